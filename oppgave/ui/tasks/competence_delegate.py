"""The "Krever kompetanse" cell: tick the competences a task requires.

The editor is a list of the workspace's competences with check boxes and a search line above it;
Space ticks the highlighted one (also after a search word; Shift+Space types a space), Enter
commits, Escape cancels. Enter never empties the cell by surprise: after a search word with
nothing ticked it takes the highlighted match, and removing every competence the task had asks
for a second Enter.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from oppgave.domain import records as r
from oppgave.ui.common.text_cell_delegate import CellDelegate, Index

EDITOR_WIDTH = 340
EDITOR_HEIGHT = 320


class CompetenceEditor(QFrame):
    """A search line over a list of check boxes."""

    def __init__(self, competences: list[r.Competence], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.Box)
        self.setAutoFillBackground(True)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(
            QCoreApplication.translate("CompetenceEditor", "Søk … (mellomrom krysser av)")
        )
        self.list = QListWidget(self)
        for competence in competences:
            item = QListWidgetItem(f"{competence.code} – {competence.name}", self.list)
            item.setData(Qt.ItemDataRole.UserRole, competence.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        self.setFocusProxy(self.search)
        if self.list.count():
            self.list.setCurrentRow(0)

    def checked(self) -> frozenset[int]:
        return frozenset(
            int(self.list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        )

    def set_checked(self, ids: frozenset[int]) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            on = int(item.data(Qt.ItemDataRole.UserRole)) in ids
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def toggle_current(self) -> None:
        item = self.list.currentItem()
        if item is not None and not item.isHidden():
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def current_match(self) -> QListWidgetItem | None:
        """The highlighted competence, if the search shows it."""
        item = self.list.currentItem()
        return item if item is not None and not item.isHidden() else None

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        first = None
        for i in range(self.list.count()):
            item = self.list.item(i)
            hidden = not all(word in item.text().casefold() for word in words)
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        if first is not None:
            self.list.setCurrentItem(first)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            if event.key() == Qt.Key.Key_Space and not shift:
                self.toggle_current()  # not a space in the search: tick the highlighted one
                return True
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self._step(-1 if event.key() == Qt.Key.Key_Up else 1)
                return True
        return super().eventFilter(watched, event)

    def _step(self, delta: int) -> None:
        row = self.list.currentRow()
        count = self.list.count()
        for _ in range(count):
            row = (row + delta) % count
            if not self.list.item(row).isHidden():
                self.list.setCurrentRow(row)
                return


class CompetenceDelegate(CellDelegate):
    def __init__(
        self, competences: Callable[[], list[r.Competence]], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.competences = competences

    def create_widget(self, parent: QWidget, index: Index) -> QWidget:
        return CompetenceEditor(sorted(self.competences(), key=lambda c: c.code), parent)

    def focus_widgets(self, editor: QWidget) -> list[QWidget]:
        assert isinstance(editor, CompetenceEditor)
        return [editor, editor.search, editor.list]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        editor = self._editor_of(watched)
        if (
            isinstance(editor, CompetenceEditor)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not editor.checked()
        ):
            match = editor.current_match()
            if editor.search.text().strip() and match is not None:
                # a search word and Enter: the user means the highlighted competence
                match.setCheckState(Qt.CheckState.Checked)
            elif self._initial.get(editor) and not editor.property("confirmClear"):
                editor.setProperty("confirmClear", True)
                self.show_refusal(
                    editor,
                    QCoreApplication.translate(
                        "CompetenceEditor",
                        "Ingen kompetanse er krysset av. Trykk Enter en gang til for å fjerne "
                        "alle kravene, eller Esc for å beholde dem.",
                    ),
                )
                return True
        return super().eventFilter(watched, event)

    def editor_value(self, editor: QWidget) -> Any:
        assert isinstance(editor, CompetenceEditor)
        return editor.checked()

    def set_editor_value(self, editor: QWidget, value: Any) -> None:
        assert isinstance(editor, CompetenceEditor)
        editor.set_checked(frozenset(value or ()))

    def updateEditorGeometry(  # noqa: N802
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        rect = QRect(option.rect)
        parent = editor.parentWidget()
        width = max(rect.width(), EDITOR_WIDTH)
        height = EDITOR_HEIGHT
        if parent is not None:
            height = min(height, parent.height())
            if rect.top() + height > parent.height():
                rect.moveTop(max(0, parent.height() - height))
            if rect.left() + width > parent.width():
                rect.moveLeft(max(0, parent.width() - width))
        editor.setGeometry(rect.left(), rect.top(), width, height)
