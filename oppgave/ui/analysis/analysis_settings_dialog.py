"""The *Analyseinnstillinger …* dialog: the assumptions of the analysis (hours per FTE, absence
and training allowances, holidays, delegation supervision, high-risk level, course horizon and
refreshers, the floor's nurse roles, the shifts, weekend shift lengths and frequencies).

The dialog only reads what was typed; ``services.settings.validate`` decides what is allowed
(shifts must cover the day without overlapping, allowances below 90 % in all, …). A refusal
keeps the dialog open with the reason under the fields; accepted settings are saved through
:class:`SaveSettingsCommand` on the undo stack.
"""

from __future__ import annotations

import dataclasses
import re

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from oppgave.analysis.norwegian_text import format_number
from oppgave.domain import labels
from oppgave.domain import records as r
from oppgave.domain.enums import Shift
from oppgave.errors import ValidationError
from oppgave.services import settings as settings_service
from oppgave.ui.analysis.analysis_commands import SaveSettingsCommand
from oppgave.ui.analysis.settings_form import Row, SettingsForm
from oppgave.ui.document.department_context import DepartmentContext


def _tr(text: str) -> str:
    return QCoreApplication.translate("AnalysisSettingsDialog", text)


def field_label(field: str) -> str:
    """The translated label of a settings field (``services.settings.FIELD_LABELS``)."""
    source = settings_service.FIELD_LABELS.get(field, field)
    return QCoreApplication.translate("Settings", source)


def parse_number(text: str, field: str) -> float:
    """«35,5» → 35.5; anything else that is not a number is refused naming the field."""
    clean = text.strip().replace(" ", "").replace("\u00a0", "").replace(",", ".")
    try:
        return float(clean)
    except ValueError:
        raise ValidationError(_tr("Må være et tall."), field) from None


def parse_numbers(text: str, field: str) -> tuple[float, ...]:
    """«7,5; 12,5» or «7,5 12,5» → (7.5, 12.5): separated by semicolons or spaces (a comma is
    the decimal mark)."""
    parts = [p for p in re.split(r"[;\s]+", text.strip()) if p]
    if not parts:
        raise ValidationError(_tr("Listen kan ikke være tom."), field)
    return tuple(parse_number(p, field) for p in parts)


#: Fields typed in percent here but stored as shares.
PERCENT_FIELDS = (
    "absence_allowance",
    "training_allowance",
    "supervision_share",
    "course_refresher_share",
)


def _minutes(time: QTime) -> int:
    return time.hour() * 60 + time.minute()


class AnalysisSettingsDialog(SettingsForm):
    """Edit the workspace's analysis settings; OK saves them undoably or shows why not."""

    def __init__(self, context: DepartmentContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.before: r.Settings = context.document.settings()
        self.command: SaveSettingsCommand | None = None
        self.setWindowTitle(_tr("Analyseinnstillinger"))
        self._build()

    def _build(self) -> None:
        before = self.before
        self.hours_edit = QLineEdit(format_number(before.hours_per_fte, 1))
        self.absence_edit = QLineEdit(format_number(before.absence_allowance * 100, 1))
        self.training_edit = QLineEdit(format_number(before.training_allowance * 100, 1))
        self.weekend_hours_edit = QLineEdit(
            "; ".join(format_number(h, 1) for h in before.weekend_shift_hours)
        )
        self.weekend_hours_edit.setPlaceholderText("7,5; 12,5")
        self.frequencies_edit = QLineEdit("; ".join(str(f) for f in before.weekend_frequencies))
        self.frequencies_edit.setPlaceholderText("2; 3; 4")
        self.add_form(
            [
                (field_label("hours_per_fte"), self.hours_edit),
                (_tr("Fravær (%)"), self.absence_edit),
                (_tr("Opplæring og møter (%)"), self.training_edit),
                (field_label("weekend_shift_hours"), self.weekend_hours_edit),
                (field_label("weekend_frequencies"), self.frequencies_edit),
            ]
        )

        # issue 13: holidays (WISN's available time), delegation, courses, the floor's roles
        self.holiday_weeks_edit = QLineEdit(format_number(before.holiday_weeks, 1))
        self.public_holidays_edit = QLineEdit(format_number(before.public_holidays, 1))
        self.high_risk_spin = QSpinBox()
        self.high_risk_spin.setRange(0, 5)
        self.high_risk_spin.setValue(before.high_risk_min_level)
        self.supervision_edit = QLineEdit(format_number(before.supervision_share * 100, 1))
        self.horizon_edit = QLineEdit(format_number(before.course_horizon_years, 1))
        self.refresher_edit = QLineEdit(format_number(before.course_refresher_share * 100, 1))
        self.safety_roles_edit = QLineEdit("; ".join(before.safety_role_codes))
        self.safety_roles_edit.setPlaceholderText("SPL; VPL; SSP")
        self.add_form(
            [
                (field_label("holiday_weeks"), self.holiday_weeks_edit),
                (field_label("public_holidays"), self.public_holidays_edit),
                (field_label("high_risk_min_level"), self.high_risk_spin),
                (_tr("Veiledning ved delegering (%)"), self.supervision_edit),
                (field_label("course_horizon_years"), self.horizon_edit),
                (_tr("Oppfriskning per år (% av kurskostnaden)"), self.refresher_edit),
                (field_label("safety_role_codes"), self.safety_roles_edit),
            ],
            _tr("Ferie, delegering og kurs"),
        )

        self.shift_edits: dict[Shift, tuple[QTimeEdit, QTimeEdit]] = {}
        shift_rows: list[Row] = []
        for shift in Shift:
            definition = before.shift(shift)
            start = QTimeEdit(QTime(definition.start_minute // 60, definition.start_minute % 60))
            end_minute = definition.end_minute % (24 * 60)
            end = QTimeEdit(QTime(end_minute // 60, end_minute % 60))
            row = QHBoxLayout()
            for edit in (start, end):
                edit.setDisplayFormat("HH:mm")
            row.addWidget(QLabel(_tr("fra")))
            row.addWidget(start)
            row.addWidget(QLabel(_tr("til")))
            row.addWidget(end)
            row.addStretch()
            shift_rows.append((labels.label(shift).capitalize(), row))
            self.shift_edits[shift] = (start, end)
        self.add_form(shift_rows, field_label("shifts"))
        self.add_note(
            _tr("Vaktene må dekke hele døgnet uten å overlappe. Ctrl+Z angrer en endring.")
        )
        self.finish(520)

    def settings_typed(self) -> r.Settings:
        """The settings as typed (not yet validated); raises ValidationError for text that is
        not a number."""
        return dataclasses.replace(
            self.before,
            hours_per_fte=parse_number(self.hours_edit.text(), "hours_per_fte"),
            absence_allowance=parse_number(self.absence_edit.text(), "absence_allowance") / 100,
            training_allowance=parse_number(self.training_edit.text(), "training_allowance") / 100,
            weekend_shift_hours=parse_numbers(
                self.weekend_hours_edit.text(), "weekend_shift_hours"
            ),
            weekend_frequencies=tuple(
                int(v) if v == int(v) else v  # type: ignore[misc]
                for v in parse_numbers(self.frequencies_edit.text(), "weekend_frequencies")
            ),
            shifts=tuple(
                r.ShiftDefinition(shift, _minutes(start.time()), _minutes(end.time()))
                for shift, (start, end) in self.shift_edits.items()
            ),
            holiday_weeks=parse_number(self.holiday_weeks_edit.text(), "holiday_weeks"),
            public_holidays=parse_number(self.public_holidays_edit.text(), "public_holidays"),
            high_risk_min_level=self.high_risk_spin.value(),
            supervision_share=parse_number(self.supervision_edit.text(), "supervision_share") / 100,
            course_horizon_years=parse_number(self.horizon_edit.text(), "course_horizon_years"),
            course_refresher_share=parse_number(
                self.refresher_edit.text(), "course_refresher_share"
            )
            / 100,
            safety_role_codes=tuple(
                code for code in re.split(r"[;,\s]+", self.safety_roles_edit.text()) if code
            ),
        )

    def accept(self) -> None:
        """Validate through the service and save undoably; on a refusal show why and stay."""
        try:
            after = settings_service.validate(
                self.settings_typed(), [role.code for role in self.context.document.roles()]
            )
        except ValidationError as error:
            self.show_refusal(error, field_label(error.field or ""), PERCENT_FIELDS)
            return
        if after == self.before:
            super().accept()
            return
        command = SaveSettingsCommand(self.context.document, self.before, after)
        if self.save(command):
            self.command = command
