"""The bemanningsplan and full-time effect of a scenario to an .xlsx workbook.

Sheets: «Bemanningsplan» (one row per role, shift and day type: task hours per day, need, people
on the plan, today, change, on call, flags), «Årsverk» (per role: hours per week and FTE on the
plan and today) and «Heltid» (per weekend frequency and weekend shift length: people the weekends
need, 100 % positions, people, full-time share, the goal). Written to a temporary name and moved
into place.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from oppgave.analysis.fulltime_effect import FULLTIME_GOAL, FulltimeEffect
from oppgave.analysis.staffing_plan import StaffingPlan
from oppgave.domain.records import DepartmentData
from oppgave.errors import ValidationError
from oppgave.exchange.rota_export import atomic_path
from oppgave.i18n import translate

SHIFT_WORDS = {"day": "dag", "evening": "kveld", "night": "natt"}
DAY_TYPE_WORDS = {"weekday": "hverdag", "weekend": "helg"}


def _tr(text: str) -> str:
    return translate("StaffingPlanExport", text)


def write_staffing_plan_xlsx(
    path: Path | str, data: DepartmentData, plan: StaffingPlan, effect: FulltimeEffect
) -> Path:
    """Write the three sheets (see the module docstring)."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ValidationError(_tr("Bemanningsplanen skrives til en .xlsx-fil."), "path")
    roles = {role.id: role for role in data.roles}
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _tr("Bemanningsplan")
    sheet.append(
        [
            _tr("Rolle"),
            _tr("Vakt"),
            _tr("Dagtype"),
            _tr("Oppgavetimer per dag"),
            _tr("Behov (personer)"),
            _tr("Plan"),
            _tr("I dag"),
            _tr("Endring"),
            _tr("Hjemmevakt"),
            _tr("Lagt til av gulvet"),
            _tr("Overbelastet i dag"),
            _tr("Ledig kapasitet i dag"),
        ]
    )
    for cell in plan.cells:
        sheet.append(
            [
                roles[cell.role_id].name,
                SHIFT_WORDS[cell.shift.value],
                DAY_TYPE_WORDS[cell.day_type.value],
                round(cell.task_hours_per_day, 2),
                round(cell.need, 2),
                cell.people,
                cell.today,
                cell.change,
                cell.on_call,
                cell.floor_added,
                _tr("ja") if cell.overloaded else "",
                _tr("ja") if cell.under_used else "",
            ]
        )
    fte = workbook.create_sheet(_tr("Årsverk"))
    fte.append(
        [
            _tr("Rolle"),
            _tr("Timer per uke, plan"),
            _tr("Årsverk, plan"),
            _tr("Timer per uke, i dag"),
            _tr("Årsverk, i dag"),
            _tr("Bare hverdager"),
        ]
    )
    for row in plan.roles:
        fte.append(
            [
                roles[row.role_id].name,
                round(row.hours_per_week, 1),
                round(row.fte, 2),
                round(row.today_hours_per_week, 1),
                round(row.today_fte, 2),
                _tr("ja") if row.weekday_only else "",
            ]
        )
    full = workbook.create_sheet(_tr("Heltid"))
    full.append(
        [
            _tr("Hver n. helg"),
            _tr("Helgevakt (timer)"),
            _tr("Personer helgene krever"),
            _tr("100 %-stillinger"),
            _tr("Ansatte"),
            _tr("Heltidsandel"),
            _tr("Mål"),
            _tr("Mulig med minste stilling"),
        ]
    )
    for option in effect.options:
        full.append(
            [
                option.frequency,
                option.shift_hours,
                option.people_needed,
                option.fulltime_positions,
                option.people,
                option.fulltime_share,
                FULLTIME_GOAL,
                _tr("ja") if option.feasible else _tr("nei"),
            ]
        )
    full.append([])
    full.append(
        [
            _tr("I dag"),
            None,
            None,
            effect.today_fulltime,
            effect.today_people,
            effect.today_share,
            FULLTIME_GOAL,
        ]
    )
    for row in full.iter_rows(min_row=2, min_col=6, max_col=7):
        for cell in row:
            cell.number_format = "0.0 %"
    for each in (sheet, fte, full):
        for cell in each[1]:
            cell.font = Font(bold=True)
        each.freeze_panes = "A2"
    with atomic_path(path) as temporary:
        workbook.save(temporary)
    return path
