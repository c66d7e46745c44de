"""«Gjenopprett fra sikkerhetskopi …»: the open workspace's backups, and bringing one back.

Restoring never loses the current file: «Gjenopprett som ny fil …» writes the backup to a file
the user names and opens it (the current file stays as it is); «Erstatt gjeldende fil …» asks
first, closes the file, and :func:`oppgave.services.backups.restore_backup` keeps the replaced
file next to it as ``<navn>.før-gjenoppretting-<tid>.oppgave`` before copying the backup in.
A damaged backup is refused before anything is touched.
"""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from oppgave import output_files
from oppgave.domain import numbers
from oppgave.errors import OppgaveError
from oppgave.services import backups
from oppgave.ui.files.backup_scheduler import policy_from

if TYPE_CHECKING:
    from oppgave.ui.window.main_window import MainWindow

Index = QModelIndex | QPersistentModelIndex


def _size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{numbers.format_number(size / (1024 * 1024), 1, keep_zeros=True)} MB"
    return f"{max(size // 1024, 1)} kB"


class BackupColumn(IntEnum):
    """The columns of :class:`BackupTableModel`."""

    TIME = 0
    SIZE = 1


class BackupTableModel(QAbstractTableModel):
    """The backups, newest first: one :class:`BackupColumn` each."""

    def __init__(self, items: list[backups.Backup], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items = items

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(BackupColumn)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == BackupColumn.TIME:
                return item.created.strftime("%d.%m.%Y kl. %H:%M:%S")
            return _size_text(item.size)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(item.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == BackupColumn.SIZE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(BackupColumn)
        ):
            if section == BackupColumn.TIME:
                return self.tr("Tidspunkt")
            return self.tr("Størrelse")
        return None


class BackupDialog(QDialog):
    """Lists the backups of the window's open workspace and restores the chosen one."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("Gjenopprett fra sikkerhetskopi"))
        self.setObjectName("backupDialog")
        document = window.document
        assert document is not None
        self.current_path = document.path
        self.policy = policy_from(window.settings)
        self.model = BackupTableModel(
            backups.list_backups(backups.FileIdentity.of(document.workspace), self.policy), self
        )
        minutes = int(self.policy.min_interval.total_seconds() // 60)
        how_often = (
            self.tr("høyst én i timen")
            if minutes == 60
            else self.tr("høyst én per {n} min").format(n=minutes)
        )
        intro = QLabel(
            self.tr(
                "Sikkerhetskopier av {name} ({often} mens du arbeider, de {n} nyeste "
                "beholdes). Å gjenopprette sletter ingenting: den nåværende filen beholdes."
            ).format(name=self.current_path.name, often=how_often, n=self.policy.keep)
        )
        intro.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            BackupColumn.TIME, QHeaderView.ResizeMode.Stretch
        )
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        empty = QLabel(self.tr("Det finnes ingen sikkerhetskopier av denne filen ennå."))
        empty.setVisible(not self.model.items)
        self.as_new_button = QPushButton(self.tr("Gjenopprett som ny fil …"))
        self.replace_button = QPushButton(self.tr("Erstatt gjeldende fil …"))
        self.as_new_button.clicked.connect(self.restore_as_new)
        self.replace_button.clicked.connect(self.replace_current)
        buttons = QDialogButtonBox()
        buttons.addButton(self.as_new_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.replace_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(self.tr("Lukk"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(empty)
        layout.addWidget(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        if self.model.items:
            self.table.selectRow(0)
        self._update_buttons()
        self.resize(560, 380)

    def selected(self) -> backups.Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.items[rows[0].row()] if rows else None

    def _update_buttons(self, *_args: object) -> None:
        chosen = self.selected() is not None
        self.as_new_button.setEnabled(chosen)
        self.replace_button.setEnabled(chosen)

    def restore_as_new(self) -> bool:
        """Write the chosen backup to a new file and open it; the current file is untouched."""
        backup = self.selected()
        if backup is None:
            return False
        dialogs = self.window_.dialogs
        suggested = self.current_path.with_name(
            f"{self.current_path.stem} ({backup.created.strftime('%d.%m.%Y %H.%M')}).oppgave"
        )
        target = dialogs.save_file(self.tr("Gjenopprett som ny fil"), str(suggested))
        if not target:
            return False
        if Path(target).resolve() == self.current_path.resolve():
            return self.replace_current()
        try:
            # A new file: never over another workspace (the dialog already asked about any
            # other existing file).
            output_files.check_output_path(target, force=True, workspace=True)
            backups.restore_backup(backup.path, Path(target))
        except OppgaveError as error:
            dialogs.error(self.tr("Kunne ikke gjenopprette"), error.message)
            return False
        self.accept()
        return self.window_.open_path(target)

    def replace_current(self) -> bool:
        """Replace the open file with the chosen backup, after asking; the replaced file is kept
        next to it, so this can be undone by opening that copy."""
        backup = self.selected()
        if backup is None:
            return False
        dialogs = self.window_.dialogs
        when = backup.created.strftime("%d.%m.%Y kl. %H:%M")
        if not dialogs.confirm(
            self.tr("Erstatte gjeldende fil?"),
            self.tr(
                "{name} erstattes med sikkerhetskopien fra {when}. Endringer gjort etter det "
                "forsvinner fra filen, og angre-historikken tømmes. Den nåværende filen "
                "beholdes som en kopi ved siden av («{name} før gjenoppretting»)."
            ).format(name=self.current_path.name, when=when),
            self.tr("Erstatt"),
        ):
            return False
        self.window_.close_document()
        try:
            backups.restore_backup(backup.path, self.current_path)
        except OppgaveError as error:
            dialogs.error(self.tr("Kunne ikke gjenopprette"), error.message)
            self.window_.open_path(self.current_path)
            return False
        self.accept()
        return self.window_.open_path(self.current_path)
