"""What the window shows with no workspace open: new, open, demo and the recent files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class StartPage(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    demo_requested = Signal()
    recent_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("oppgave"), self)
        title.setObjectName("pageTitle")
        subtitle = QLabel(
            self.tr(
                "Kartlegg alle oppgavene i avdelingen, se hvem som gjør dem, og lag forslag til "
                "ny oppgavedeling."
            ),
            self,
        )
        subtitle.setWordWrap(True)
        self.new_button = QPushButton(self.tr("Ny arbeidsfil …"), self)
        self.open_button = QPushButton(self.tr("Åpne arbeidsfil …"), self)
        self.demo_button = QPushButton(self.tr("Åpne demo (Melhus, Skaun, Midtre Gauldal)"), self)
        for button in (self.new_button, self.open_button, self.demo_button):
            button.setMinimumHeight(button.sizeHint().height() * 3 // 2)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.demo_button.clicked.connect(self.demo_requested)
        self.recent = QListWidget(self)
        self.recent.itemActivated.connect(
            lambda item: self.recent_requested.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.recent_label = QLabel(self.tr("Sist brukte filer"), self)

        buttons = QVBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        recent = QVBoxLayout()
        recent.addWidget(self.recent_label)
        recent.addWidget(self.recent)
        row = QHBoxLayout()
        row.addLayout(buttons, 1)
        row.addSpacing(24)
        row.addLayout(recent, 2)
        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(subtitle)
        column.addSpacing(16)
        column.addLayout(row, 1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 6)
        outer.addStretch(1)

    def set_recent_files(self, files: list[str]) -> None:
        self.recent.clear()
        for file in files:
            item = QListWidgetItem(f"{Path(file).name}   —   {Path(file).parent}", self.recent)
            item.setData(Qt.ItemDataRole.UserRole, file)
            item.setToolTip(file)
        if not files:
            item = QListWidgetItem(self.tr("(ingen ennå)"), self.recent)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
