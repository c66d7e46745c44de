"""Every message box, question and file dialog of the app goes through one object.

Windows and tabs never call ``QMessageBox`` or ``QFileDialog`` themselves; they ask the
:class:`DialogService` they were given. Tests hand in a scripted subclass that answers at once
and records what was asked, so no test ever blocks on a modal dialog (the Picard pattern).
Buttons carry Norwegian text through ``tr`` (Qt ships no bokmål translation of its own buttons).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from oppgave.domain import labels
from oppgave.domain.enums import ServiceType
from oppgave.i18n import QT_TRANSLATE_NOOP


class FileKind(Enum):
    """What a save or open dialog is for: its file-name suffix and its filter's description.

    Each dialog filters its own type, so a PDF is never offered as «*.oppgave» and an export
    never gets the workspace suffix glued on.
    """

    WORKSPACE = (".oppgave", QT_TRANSLATE_NOOP("DialogService", "Oppgave-arbeidsfiler"))
    EXCEL = (".xlsx", QT_TRANSLATE_NOOP("DialogService", "Excel-arbeidsbøker"))
    CSV = (".csv", QT_TRANSLATE_NOOP("DialogService", "CSV-filer"))
    PDF = (".pdf", QT_TRANSLATE_NOOP("DialogService", "PDF-filer"))

    @property
    def suffix(self) -> str:
        return self.value[0]

    def name_filter(self) -> str:
        """``"PDF-filer (*.pdf)"`` in the current language."""
        return f"{_tr(self.value[1])} (*{self.suffix})"

    @classmethod
    def of_suffix(cls, suffix: str) -> FileKind:
        """The kind of ``".xlsx"`` etc.; raises ``ValueError`` for a suffix we do not write."""
        for kind in cls:
            if kind.suffix == suffix.casefold():
                return kind
        raise ValueError(f"no file kind for {suffix!r}")


def with_suffix(path: str, suffix: str) -> str:
    """``path`` with ``suffix`` added only when it does not already end with it (any case):
    «eksport.xlsx» stays «eksport.xlsx», «eksport» becomes «eksport.xlsx», «mars.v2» becomes
    «mars.v2.xlsx» (a dot in the name is not a suffix of the right type)."""
    if path.casefold().endswith(suffix.casefold()):
        return path
    return path + suffix


@dataclass(frozen=True, slots=True)
class DepartmentFields:
    """What the department dialog asks for."""

    name: str
    service_type: ServiceType
    residents: int


class DialogService:
    """Message boxes and file dialogs with ``parent`` as their window."""

    #: ``False`` uses Qt's own file dialog instead of the system's (tests drive it by keys).
    native_file_dialogs = True

    def __init__(self, parent: QWidget | None = None) -> None:
        self.parent = parent

    # --- messages -------------------------------------------------------------------------------

    def error(self, title: str, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, parent=self.parent)
        box.addButton(self.tr_ok(), QMessageBox.ButtonRole.AcceptRole)
        box.exec()

    def information(self, title: str, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, message, parent=self.parent)
        box.addButton(self.tr_ok(), QMessageBox.ButtonRole.AcceptRole)
        box.exec()

    def confirm(self, title: str, message: str, accept_text: str) -> bool:
        """Ask before something that cannot simply be taken back; ``True`` to go ahead."""
        box = QMessageBox(QMessageBox.Icon.Question, title, message, parent=self.parent)
        accept = box.addButton(accept_text, QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr_cancel(), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is accept

    def choose(self, title: str, message: str, options: list[str]) -> int | None:
        """Ask to pick one of ``options`` (buttons); the index chosen, ``None`` for cancel."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, message, parent=self.parent)
        buttons = [box.addButton(text, QMessageBox.ButtonRole.AcceptRole) for text in options]
        cancel = box.addButton(self.tr_cancel(), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        return buttons.index(clicked) if clicked in buttons else None

    # --- input ----------------------------------------------------------------------------------

    def get_text(self, title: str, label: str, text: str = "") -> str | None:
        dialog = QInputDialog(self.parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setTextValue(text)
        dialog.setOkButtonText(self.tr_ok())
        dialog.setCancelButtonText(self.tr_cancel())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.textValue()

    def get_item(self, title: str, label: str, items: list[str], current: int = 0) -> int | None:
        """Pick one of ``items`` from a list; the index, or ``None`` for cancel."""
        dialog = QInputDialog(self.parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setComboBoxItems(items)
        dialog.setComboBoxEditable(False)
        if items:
            dialog.setTextValue(items[current])
        dialog.setOkButtonText(self.tr_ok())
        dialog.setCancelButtonText(self.tr_cancel())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return items.index(dialog.textValue()) if dialog.textValue() in items else None

    def get_share(self, title: str, label: str, maximum: float) -> float | None:
        """A percentage between 0 and ``maximum`` (how much of a task to move)."""
        dialog = QInputDialog(self.parent)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setInputMode(QInputDialog.InputMode.DoubleInput)
        dialog.setDoubleDecimals(1)
        dialog.setDoubleRange(0.1, maximum)
        dialog.setDoubleValue(maximum / 2 if maximum > 1 else maximum)
        dialog.setOkButtonText(self.tr_ok())
        dialog.setCancelButtonText(self.tr_cancel())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.doubleValue()

    def edit_department(
        self, title: str, initial: DepartmentFields | None = None
    ) -> DepartmentFields | None:
        dialog = DepartmentDialog(self.parent, title, initial)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.fields()

    # --- files ----------------------------------------------------------------------------------

    def open_file(
        self, title: str, directory: str = "", kind: FileKind = FileKind.WORKSPACE
    ) -> str | None:
        dialog = self._file_dialog(title, directory, kind)
        try:
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
            if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
                return None
            return dialog.selectedFiles()[0] or None
        finally:
            _dispose(dialog)

    def save_file(
        self, title: str, suggested: str = "", kind: FileKind = FileKind.WORKSPACE
    ) -> str | None:
        """Ask where to save a file of ``kind``; the path ends with the kind's suffix.

        The dialog offers only that type (and «Alle filer»); the suffix is added when the typed
        name lacks it, and never a second time. Qt asks before replacing a file it sees; when
        the suffix is added here and that file exists, this asks too.
        """
        dialog = self._file_dialog(title, suggested, kind)
        try:
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.setFileMode(QFileDialog.FileMode.AnyFile)
            dialog.setDefaultSuffix(kind.suffix.lstrip("."))
            if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
                return None
            chosen = dialog.selectedFiles()[0]
        finally:
            _dispose(dialog)
        if not chosen:
            return None
        path = with_suffix(chosen, kind.suffix)
        if path != chosen and Path(path).exists():
            replace = self.confirm(
                title,
                _tr("{name} finnes allerede. Vil du erstatte den?").format(name=Path(path).name),
                _tr("Erstatt"),
            )
            if not replace:
                return None
        return path

    def _file_dialog(self, title: str, start: str, kind: FileKind) -> QFileDialog:
        dialog = QFileDialog(self.parent, title, start)
        dialog.setObjectName("fileDialog")
        dialog.setNameFilters([kind.name_filter(), _tr("Alle filer (*)")])
        dialog.selectNameFilter(kind.name_filter())
        if not self.native_file_dialogs:
            dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        return dialog

    # --- texts ----------------------------------------------------------------------------------

    def tr_ok(self) -> str:
        return _tr("OK")

    def tr_cancel(self) -> str:
        return _tr("Avbryt")

    # --- crashes (added last to keep merges easy) -------------------------------------------

    def crash(self, title: str, message: str, details: str) -> None:
        """An unexpected error: ``message`` for the user, ``details`` (the traceback) folded
        away with a «Kopier detaljer» button."""
        _crash_box(self.parent, title, message, details).exec()


def _tr(text: str) -> str:
    return QCoreApplication.translate("DialogService", text)


class DepartmentDialog(QDialog):
    """Name, service type and number of residents of a department."""

    def __init__(
        self, parent: QWidget | None, title: str, initial: DepartmentFields | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.name = QLineEdit(initial.name if initial else "")
        self.name.setPlaceholderText(self.tr("f.eks. Solsiden langtidsavdeling"))
        self.service_type = QComboBox()
        for value, text in labels.choices(ServiceType):
            self.service_type.addItem(text, value)
        if initial is not None:
            self.service_type.setCurrentIndex(list(ServiceType).index(initial.service_type))
        self.residents = QSpinBox()
        self.residents.setRange(0, 100_000)
        self.residents.setValue(initial.residents if initial else 0)
        form = QFormLayout()
        form.addRow(self.tr("Navn"), self.name)
        form.addRow(self.tr("Tjenestetype"), self.service_type)
        form.addRow(self.tr("Antall brukere / beboere"), self.residents)
        buttons = QDialogButtonBox()
        ok = buttons.addButton(_tr("OK"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(_tr("Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        ok.setEnabled(bool(self.name.text().strip()))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        hint = QLabel(self.tr("Antall brukere brukes til nøkkeltall og typiske oppgaver."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def fields(self) -> DepartmentFields:
        return DepartmentFields(
            self.name.text().strip(),
            ServiceType(self.service_type.currentData()),
            self.residents.value(),
        )


def _crash_box(parent: QWidget | None, title: str, message: str, details: str) -> QDialog:
    """The «Noe gikk galt» dialog: the message, the details (read-only, scrollable) and
    «Kopier detaljer», which copies them and leaves the dialog open."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QPlainTextEdit

    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setObjectName("crashDialog")
    text = QLabel(message)
    text.setWordWrap(True)
    text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    shown = QPlainTextEdit(details)
    shown.setObjectName("crashDetails")
    shown.setReadOnly(True)
    shown.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
    buttons = QDialogButtonBox()
    copy = buttons.addButton(_tr("Kopier detaljer"), QDialogButtonBox.ButtonRole.ActionRole)
    copy.setObjectName("copyDetails")
    ok = buttons.addButton(_tr("OK"), QDialogButtonBox.ButtonRole.AcceptRole)
    ok.setDefault(True)
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
    buttons.accepted.connect(dialog.accept)
    layout = QVBoxLayout(dialog)
    layout.addWidget(text)
    layout.addWidget(shown, 1)
    layout.addWidget(buttons)
    dialog.resize(640, 420)
    return dialog


def _dispose(dialog: QFileDialog) -> None:
    """Delete a finished file dialog on the GUI thread, through the event loop.

    A parentless dialog left to Python's garbage collector may be destroyed on whatever thread
    runs the collection (a worker loading a department), together with its file-system model's
    watcher threads: Qt crashes. ``deleteLater`` destroys it where it was made.
    """
    dialog.hide()
    dialog.deleteLater()
