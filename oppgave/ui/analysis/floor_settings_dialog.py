"""The *Forsvarlighet og forslag …* dialog: a department's proposal settings (issue 13).

The safety floor (authorised nurses per shift, shifts where the nurse may be on call), the least
share of skilled hours, the share of shift time kept for necessary presence and the hiring
allowance per role. The fields open with what is in force; the note under them says whether that
is the service type's defaults. ``services.scenario_pricing.validate_proposal_settings`` decides
what is allowed: a refusal keeps the dialog open with the field and the reason; accepted settings
are saved through :class:`SaveProposalSettingsCommand` on the undo stack.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from oppgave.analysis.norwegian_text import format_number
from oppgave.analysis.scenario_price import ProposalSettings
from oppgave.domain import labels
from oppgave.domain import records as r
from oppgave.domain.enums import Shift
from oppgave.errors import ValidationError
from oppgave.services import organisation, scenario_pricing
from oppgave.ui.analysis.analysis_settings_dialog import parse_number
from oppgave.ui.analysis.settings_form import SettingsForm
from oppgave.ui.document.department_context import DepartmentContext
from oppgave.ui.document.undo_commands import ServiceCommand
from oppgave.ui.document.workspace_document import ChangeKind, DataChange, WorkspaceDocument

#: Fields given in percent in the dialog (shares in the settings).
PERCENT_FIELDS = ("skilled_share", "presence_share", "on_call_factor")


def _tr(text: str) -> str:
    return QCoreApplication.translate("FloorSettingsDialog", text)


class SaveProposalSettingsCommand(ServiceCommand):
    """Store a department's proposal settings (``None``: the service type's defaults); undo
    stores what was there before (``None`` again when nothing was stored)."""

    def __init__(
        self,
        document: WorkspaceDocument,
        department_id: int,
        before: ProposalSettings | None,
        after: ProposalSettings | None,
    ) -> None:
        super().__init__(document, _tr("Endre forsvarlighet og forslag"))
        self.department_id = department_id
        self.before = before
        self.after = after

    def do_redo(self) -> None:
        scenario_pricing.set_department_proposal_settings(
            self.workspace, self.department_id, self.after
        )

    def do_undo(self) -> None:
        scenario_pricing.set_department_proposal_settings(
            self.workspace, self.department_id, self.before
        )

    def change(self) -> DataChange:
        return DataChange.of(ChangeKind.SETTINGS, department_id=self.department_id)


def _percent(share: float) -> str:
    return format_number(share * 100, 1)


class FloorSettingsDialog(SettingsForm):
    """Edit the selected department's proposal settings; OK saves them undoably or says why
    not. *Standardverdier* fills in the service type's defaults (saved as «no own settings»)."""

    def __init__(
        self, context: DepartmentContext, department: r.Department, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        workspace = context.workspace
        # fresh from the file: the context's record may predate an earlier save or undo
        self.department = organisation.get_department(workspace, department.id)
        self.defaults = scenario_pricing.defaults_for(department.service_type)
        self.stored = self._stored_settings()
        self.before = scenario_pricing.department_proposal_settings(workspace, department.id)
        self.roles = [role.code for role in context.document.roles()]
        self.command: SaveProposalSettingsCommand | None = None
        self.setWindowTitle(_tr("Forsvarlighet og forslag – {name}").format(name=department.name))
        self._build()
        self._fill(self.before)

    def _stored_settings(self) -> ProposalSettings | None:
        """What the department has stored (None: it runs on its service type's defaults)."""
        if not self.department.proposal_settings_json:
            return None
        return scenario_pricing.department_proposal_settings(
            self.context.workspace, self.department.id
        )

    def _build(self) -> None:
        label = scenario_pricing.field_label
        self.nurses_spin = QSpinBox()
        self.nurses_spin.setRange(0, 10)
        on_call_row = QHBoxLayout()
        self.on_call_checks: dict[Shift, QCheckBox] = {}
        for shift in Shift:
            check = QCheckBox(labels.label(shift))
            on_call_row.addWidget(check)
            self.on_call_checks[shift] = check
        on_call_row.addStretch()
        self.on_call_edit = QLineEdit()
        self.skilled_edit = QLineEdit()
        self.presence_edit = QLineEdit()
        self.hire_edit = QLineEdit()
        self.hire_edit.setPlaceholderText("SPL=1; HFA=0,5")
        self.add_form(
            [
                (label("nurses_per_shift"), self.nurses_spin),
                (label("on_call_shifts"), on_call_row),
                (label("on_call_factor") + " (%)", self.on_call_edit),
                (label("skilled_share") + " (%)", self.skilled_edit),
                (label("presence_share") + " (%)", self.presence_edit),
                (label("hire_fte"), self.hire_edit),
            ]
        )
        self.source_label = self.add_note("")
        self.add_note(
            _tr(
                "Gulvet gjelder alle forslag for avdelingen. Begrunnelsene står i "
                "docs/analyse.md («Forsvarlighetsgulv»). Ctrl+Z angrer en endring."
            )
        )
        self.defaults_button = QPushButton(_tr("Standardverdier"))
        self.defaults_button.clicked.connect(lambda: self._fill(self.defaults))
        self.finish(560, self.defaults_button)

    def _fill(self, settings: ProposalSettings) -> None:
        self.nurses_spin.setValue(settings.nurses_per_shift)
        for shift, check in self.on_call_checks.items():
            check.setChecked(shift in settings.on_call_shifts)
        self.on_call_edit.setText(_percent(settings.on_call_factor))
        self.skilled_edit.setText(_percent(settings.skilled_share))
        self.presence_edit.setText(_percent(settings.presence_share))
        self.hire_edit.setText(
            "; ".join(
                f"{code}={format_number(fte, 1)}" for code, fte in sorted(settings.hire_fte.items())
            )
        )
        service = labels.label(self.department.service_type)
        if settings == self.defaults:
            text = _tr("Verdiene er standardene for tjenestetypen «{service}».")
        else:
            text = _tr("Avdelingen har egne verdier (standardene for «{service}» er annerledes).")
        self.source_label.setText(text.format(service=service))

    def parse_hire(self, text: str) -> dict[str, float]:
        """«SPL=1; HFA=0,5» → {"SPL": 1.0, "HFA": 0.5} (0 or empty leaves the role out)."""
        hire: dict[str, float] = {}
        for part in text.replace("\n", ";").split(";"):
            part = part.strip()
            if not part:
                continue
            code, sep, value = part.partition("=")
            if not sep or not code.strip():
                raise ValidationError(
                    _tr("Skriv ROLLE=ÅRSVERK, for eksempel SPL=1, ikke «{part}».").format(
                        part=part
                    ),
                    "hire_fte",
                )
            fte = parse_number(value, "hire_fte")
            if fte:
                hire[code.strip()] = fte
        return hire

    def settings_typed(self) -> ProposalSettings:
        """The settings as typed (not yet validated); text that is not a number is refused."""
        return replace(
            self.defaults,
            nurses_per_shift=self.nurses_spin.value(),
            on_call_shifts=tuple(
                s for s, check in self.on_call_checks.items() if check.isChecked()
            ),
            on_call_factor=parse_number(self.on_call_edit.text(), "on_call_factor") / 100,
            skilled_share=parse_number(self.skilled_edit.text(), "skilled_share") / 100,
            presence_share=parse_number(self.presence_edit.text(), "presence_share") / 100,
            hire_fte=self.parse_hire(self.hire_edit.text()),
        )

    def accept(self) -> None:
        """Validate through the service and save undoably; on a refusal show why and stay."""
        try:
            typed = self.settings_typed()
            scenario_pricing.validate_proposal_settings(self.context.workspace, typed)
        except ValidationError as error:
            label = scenario_pricing.field_label(error.field or "")
            self.show_refusal(error, label, PERCENT_FIELDS)
            return
        after = None if typed == self.defaults else typed
        if after == self.stored:
            super().accept()
            return
        command = SaveProposalSettingsCommand(
            self.context.document, self.department.id, self.stored, after
        )
        if self.save(command):
            self.command = command
