"""A rota out to Excel and CSV in the plain layout rota systems import.

One row per position, one column per date (ISO dates from a Monday), the shift code in each cell;
then the hours of the position over the rota. The workbook has a second sheet «Vakttyper» with
each code's name, start, end and hours, and a third «Regelsjekk» with the rule checker's
findings (empty when the rota keeps every rule). The CSV (semicolon, UTF-8 with BOM for
Norwegian Excel) writes «D 07:30-15:00» in each cell: code and times in one file.
Files are written to a temporary name and moved into place (nothing half-written).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

from oppgave import output_files
from oppgave.analysis.rota import Rota
from oppgave.analysis.rota_rules import RuleViolation
from oppgave.analysis.rota_shifts import clock
from oppgave.errors import ValidationError
from oppgave.i18n import translate

WEEKEND_FILL = PatternFill("solid", start_color="FFE8E8E8", end_color="FFE8E8E8")
BOLD = Font(bold=True)


def _tr(text: str) -> str:
    return translate("RotaExport", text)


def next_monday(today: date | None = None) -> date:
    """The first Monday after ``today`` (the default start of an exported rota)."""
    today = today or date.today()
    return today + timedelta(days=7 - today.weekday())


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """Write to a temporary file beside ``path`` and move it into place at the end (the shared
    rules of :mod:`oppgave.output_files`: never onto a workspace, nothing half-written)."""
    with output_files.atomic_output(path) as temporary:
        yield temporary


def _dates(rota: Rota, start: date) -> list[date]:
    if start.weekday() != 0:
        raise ValidationError(_tr("Turnusen må starte på en mandag."), "start")
    return [start + timedelta(days=d) for d in range(rota.problem.rules.days)]


def rota_rows(rota: Rota, start: date, *, with_times: bool = False) -> list[list[object]]:
    """Header and one row per position: label, role, size, one cell per date, hours."""
    dates = _dates(rota, start)
    header: list[object] = [_tr("Stilling"), _tr("Rolle"), _tr("Stillingsprosent")]
    header += [d.isoformat() for d in dates]
    header.append(_tr("Timer i turnusen"))
    rows = [header]
    types = {t.code: t for t in rota.problem.shift_types}
    for p, position in enumerate(rota.problem.positions):
        cells: list[object] = [
            position.label,
            rota.problem.role_name(position.role_id),
            rota.sizes[p],
        ]
        for code in rota.grid[p]:
            if code and with_times:
                shift = types[code]
                cells.append(f"{code} {clock(shift.start_minute)}-{clock(shift.end_minute)}")
            else:
                cells.append(code)
        cells.append(round(rota.minutes(p) / 60, 2))
        rows.append(cells)
    return rows


def write_rota_xlsx(
    path: Path | str, rota: Rota, violations: Sequence[RuleViolation], start: date
) -> Path:
    """The rota as an .xlsx workbook (sheets Turnus, Vakttyper, Regelsjekk)."""
    path = Path(path)
    rows = rota_rows(rota, start)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _tr("Turnus")
    for row in rows:
        sheet.append(row)
    for cell in sheet[1]:
        cell.font = BOLD
    for index, day in enumerate(_dates(rota, start), start=4):
        if day.weekday() >= 5:
            for row in sheet.iter_rows(min_col=index, max_col=index, min_row=1):
                for cell in row:
                    cell.fill = WEEKEND_FILL
    sheet.freeze_panes = "D2"
    types = workbook.create_sheet(_tr("Vakttyper"))
    types.append([_tr("Kode"), _tr("Navn"), _tr("Start"), _tr("Slutt"), _tr("Timer")])
    for shift in rota.problem.shift_types:
        types.append(
            [
                shift.code,
                shift.name,
                clock(shift.start_minute),
                clock(shift.end_minute),
                shift.hours,
            ]
        )
    checks = workbook.create_sheet(_tr("Regelsjekk"))
    checks.append([_tr("Regel"), _tr("Funn")])
    for violation in violations:
        checks.append([violation.rule, violation.message])
    with atomic_path(path) as temporary:
        workbook.save(temporary)
    return path


def write_rota_csv(path: Path | str, rota: Rota, start: date) -> Path:
    """The rota as CSV: «;», UTF-8 with BOM, «D 07:30-15:00» in each cell."""
    path = Path(path)
    with atomic_path(path) as temporary:
        with temporary.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=";")
            for row in rota_rows(rota, start, with_times=True):
                writer.writerow(
                    [str(v).replace(".", ",") if isinstance(v, float) else v for v in row]
                )
    return path


def write_rota(
    path: Path | str, rota: Rota, violations: Sequence[RuleViolation], start: date
) -> Path:
    """By suffix: .xlsx or .csv."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return write_rota_xlsx(path, rota, violations, start)
    if suffix == ".csv":
        return write_rota_csv(path, rota, start)
    raise ValidationError(
        _tr("Ukjent filtype «{suffix}»: bruk .xlsx eller .csv.").format(suffix=path.suffix),
        "path",
    )
