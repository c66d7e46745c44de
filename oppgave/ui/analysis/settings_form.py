"""What the settings dialogs share: fields in forms, a note, the reason of a refusal in red
under the fields, and *Lagre*/*Avbryt* (the analysis settings and the floor settings).

A dialog built on :class:`SettingsForm` adds its rows with :meth:`SettingsForm.add_form`, ends
with :meth:`SettingsForm.finish`, and in ``accept`` reports a refusal from the service with
:meth:`SettingsForm.show_refusal` and saves with :meth:`SettingsForm.save`. The texts keep the
analysis settings dialog's translation context, where they were first translated.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from oppgave.errors import OppgaveError, ValidationError
from oppgave.ui.document.department_context import DepartmentContext
from oppgave.ui.document.undo_commands import ServiceCommand


def _tr(text: str) -> str:
    return QCoreApplication.translate("AnalysisSettingsDialog", text)


#: One row of a form: its label and the field (a widget, or a row of widgets as a layout).
Row = tuple[str, QWidget | QLayout]


class SettingsForm(QDialog):
    """A dialog of settings fields whose OK validates through a service and saves undoably."""

    def __init__(self, context: DepartmentContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        #: the reason the last OK was refused ("" when none)
        self.error = ""
        self.main_layout = QVBoxLayout(self)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setVisible(False)

    def add_form(self, rows: Iterable[Row], title: str | None = None) -> QFormLayout:
        """The rows as a form, in a titled group box when ``title`` is given."""
        if title is None:
            form = QFormLayout()
            self.main_layout.addLayout(form)
        else:
            box = QGroupBox(title)
            form = QFormLayout(box)
            self.main_layout.addWidget(box)
        for label, field in rows:
            form.addRow(label, field)
        return form

    def add_note(self, text: str) -> QLabel:
        note = QLabel(text)
        note.setWordWrap(True)
        self.main_layout.addWidget(note)
        return note

    def finish(self, minimum_width: int, *extra: QPushButton) -> None:
        """The refusal's place and the buttons (``extra`` ones on the reset side)."""
        self.main_layout.addWidget(self.error_label)
        buttons = QDialogButtonBox()
        for button in extra:
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.addButton(_tr("Lagre"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(_tr("Avbryt"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.main_layout.addWidget(buttons)
        self.setMinimumWidth(minimum_width)

    def show_error(self, message: str) -> None:
        self.error = message
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def show_refusal(
        self, error: ValidationError, label: str, percent_fields: Collection[str]
    ) -> None:
        """The service's reason, after the field's ``label``; for a field typed in percent a
        hint, as the service speaks in shares."""
        message = f"{label}: {error.message}"
        if error.field in percent_fields:
            message += " " + _tr("(Feltet er i prosent: 0,5 som andel er 50 %.)")
        self.show_error(message)

    def save(self, command: ServiceCommand) -> bool:
        """Run ``command`` (pushed on the undo stack when it succeeds) and close; a refusal
        stays open with its reason. Returns whether it was saved."""
        try:
            self.context.execute(command)
        except OppgaveError as error:
            self.show_error(error.message)
            return False
        super().accept()
        return True
