"""Export of a workspace to one Excel workbook, or of its task list to CSV.

The workbook is for two readers. People (HR, rota planners, the municipal chief) get readable
sheets: styled and frozen headers, filters, sensible widths, numbers as numbers with formats,
the frequency in words, hours per week, FTE and kroner, the analysis and the upgrade plan. The
app gets a complete, exact copy: uuids, every field, every scenario, assignment, position and
shift (see :mod:`oppgave.exchange.export_format`), so ``oppgave import`` rebuilds the workspace.

The CSV is the task list for Norwegian Excel: ``;`` between fields, decimal comma, UTF-8 with a
byte-order mark.

Files are written to a temporary file next to the target and renamed into place, so a crash or
a full disk never leaves half a workbook under the target's name.
"""

from __future__ import annotations

import csv
import dataclasses
import json
import os
import re
import tempfile
import zipfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from oppgave import __version__
from oppgave.db.workspace import Workspace
from oppgave.domain import records as r
from oppgave.domain import task_text as ft
from oppgave.errors import OppgaveError
from oppgave.exchange import export_format as fmt
from oppgave.exchange import labels
from oppgave.exchange.export_format import Column
from oppgave.i18n import translate
from oppgave.services import catalogue, organisation, scenarios, settings, workspaces

HEADER_FONT = Font(bold=True, color="FFFFFF")
HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
HEADER_ALIGNMENT = Alignment(vertical="center", wrap_text=True)
MAX_WIDTH = 60
MIN_WIDTH = 8
#: Rows sampled to size a column (the rest are assumed alike).
WIDTH_SAMPLE = 300

Progress = Callable[[str], None]


def _tr(text: str) -> str:
    return translate("Export", text)


class ExportError(OppgaveError):
    """The export could not be written; the message says why."""


@dataclass(frozen=True, slots=True)
class ExportSummary:
    path: Path
    departments: int
    tasks: int
    sheets: tuple[str, ...] = ()


# --- what is exported -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ExportData:
    """Everything an export writes, loaded through the services in a few queries."""

    municipalities: tuple[r.Municipality, ...]
    departments: tuple[r.DepartmentData, ...]
    roles: tuple[r.Role, ...]
    competences: tuple[r.Competence, ...]
    courses: tuple[r.Course, ...]
    settings: r.Settings
    explanations: Mapping[int, Mapping[int, str]]
    workspace_uuid: str
    workspace_name: str


def collect(workspace: Workspace, department_ids: Sequence[int] | None = None) -> ExportData:
    data = tuple(
        workspaces.load_workspace_data(
            workspace, list(department_ids) if department_ids is not None else None
        )
    )
    explanations = {
        scenario.id: scenarios.get_explanations(workspace, scenario.id)
        for department in data
        for scenario in department.scenarios
    }
    wanted = {d.department.municipality_id for d in data}
    municipalities = tuple(
        m
        for m in organisation.list_municipalities(workspace)
        if department_ids is None or m.id in wanted
    )
    return ExportData(
        municipalities=municipalities,
        departments=data,
        roles=tuple(catalogue.list_roles(workspace)),
        competences=tuple(catalogue.list_competences(workspace)),
        courses=tuple(catalogue.list_courses(workspace)),
        settings=settings.load(workspace),
        explanations=explanations,
        workspace_uuid=workspace.uuid,
        workspace_name=workspace.path.name,
    )


def export(
    workspace: Workspace,
    path: Path | str,
    *,
    department_ids: Sequence[int] | None = None,
    progress: Progress | None = None,
) -> ExportSummary:
    """Export to ``path``: a workbook for ``.xlsx``, the task list for ``.csv``."""
    path = Path(path)
    suffix = path.suffix.casefold()
    if suffix == ".csv":
        return export_csv(workspace, path, department_ids=department_ids)
    if suffix in (".xlsx", ".xlsm"):
        return export_workbook(workspace, path, department_ids=department_ids, progress=progress)
    raise ExportError(
        _tr("Ukjent filtype «{suffix}»: bruk .xlsx eller .csv.").format(suffix=path.suffix or "")
    )


# --- the workbook -----------------------------------------------------------------------------


def export_workbook(
    workspace: Workspace,
    path: Path | str,
    *,
    department_ids: Sequence[int] | None = None,
    progress: Progress | None = None,
) -> ExportSummary:
    path = Path(path)
    data = collect(workspace, department_ids)
    tables = build_tables(data, progress)
    with _atomic(path) as temporary:
        write_tables(temporary, tables)
    return ExportSummary(
        path,
        len(data.departments),
        sum(len(d.tasks) for d in data.departments),
        tuple(name for name, _, _ in tables),
    )


Table = tuple[str, Sequence[Column], list[list[Any]]]


def build_tables(data: ExportData, progress: Progress | None = None) -> list[Table]:
    """Every sheet as (name, columns, rows), in the order they appear in the workbook."""
    roles = {role.id: role for role in data.roles}
    competences = {c.id: c for c in data.competences}
    municipalities = {m.id: m for m in data.municipalities}
    matcher = ft.RoleMatcher(data.roles)

    def report(sheet: str) -> None:
        if progress is not None:
            progress(sheet)

    tables: list[Table] = [(fmt.SHEET_ABOUT, _ABOUT_COLUMNS, _about_rows(data))]
    report(fmt.SHEET_TASKS)
    task_rows: list[list[Any]] = []
    assignment_rows: list[list[Any]] = []
    scenario_rows: list[list[Any]] = []
    department_rows: list[list[Any]] = []
    position_rows: list[list[Any]] = []
    staffing_rows: list[list[Any]] = []
    for item in data.departments:
        department = item.department
        municipality = municipalities[department.municipality_id]
        baseline = item.baseline
        department_rows.append(
            [
                municipality.uuid,
                municipality.name,
                department.uuid,
                department.name,
                labels.label(department.service_type),
                department.residents,
                department.beds,
                baseline.uuid,
            ]
        )
        today = item.assignments.get(baseline.id, {})
        for task in item.tasks:
            task_rows.append(_task_row(task, department, today, roles, competences, matcher))
        for scenario in item.scenarios:
            scenario_rows.append(
                [
                    department.uuid,
                    department.name,
                    scenario.uuid,
                    scenario.name,
                    labels.yes_no(scenario.is_baseline),
                    scenario.description,
                    scenario.sort_order,
                ]
            )
            shares = item.assignments.get(scenario.id, {})
            explanations = data.explanations.get(scenario.id, {})
            for task in item.tasks:
                for role_id, share in shares.get(task.id, {}).items():
                    assignment_rows.append(
                        [
                            department.uuid,
                            department.name,
                            scenario.uuid,
                            scenario.name,
                            task.uuid,
                            task.name,
                            roles[role_id].code,
                            share,
                            task.hours_per_week * share / 100.0,
                            explanations.get(task.id, ""),
                        ]
                    )
        for position in item.positions:
            position_rows.append(
                [
                    department.uuid,
                    department.name,
                    roles[position.role_id].code,
                    position.size_percent,
                    position.count,
                    position.fte,
                ]
            )
        for staffing in item.staffing:
            staffing_rows.append(
                [
                    department.uuid,
                    department.name,
                    roles[staffing.role_id].code,
                    labels.label(staffing.shift),
                    labels.label(staffing.day_type),
                    staffing.count,
                ]
            )
    tables += [
        (fmt.SHEET_TASKS, fmt.TASK_COLUMNS, task_rows),
        (fmt.SHEET_ASSIGNMENTS, fmt.ASSIGNMENT_COLUMNS, assignment_rows),
        (fmt.SHEET_SCENARIOS, fmt.SCENARIO_COLUMNS, scenario_rows),
    ]
    report(fmt.SHEET_ANALYSIS)
    tables += _analysis_tables(data)
    tables += [
        (fmt.SHEET_POSITIONS, fmt.POSITION_COLUMNS, position_rows),
        (fmt.SHEET_STAFFING, fmt.STAFFING_COLUMNS, staffing_rows),
        (fmt.SHEET_DEPARTMENTS, fmt.DEPARTMENT_COLUMNS, department_rows),
        (
            fmt.SHEET_MUNICIPALITIES,
            fmt.MUNICIPALITY_COLUMNS,
            [[m.uuid, m.name] for m in data.municipalities],
        ),
        (fmt.SHEET_ROLES, fmt.ROLE_COLUMNS, [_role_row(role, competences) for role in data.roles]),
        (
            fmt.SHEET_COMPETENCES,
            fmt.COMPETENCE_COLUMNS,
            [[c.uuid, c.code, c.name, c.description] for c in data.competences],
        ),
        (
            fmt.SHEET_COURSES,
            fmt.COURSE_COLUMNS,
            [
                [
                    course.uuid,
                    course.name,
                    competences[course.competence_id].code,
                    course.min_level,
                    course.hours,
                    course.cost_per_participant,
                ]
                for course in data.courses
            ],
        ),
        (fmt.SHEET_SETTINGS, fmt.SETTING_COLUMNS, settings_rows(data.settings)),
    ]
    return tables


_ABOUT_COLUMNS = (
    Column("key", "Felt", width=22),
    Column("value", "Verdi", width=70),
)


def _about_rows(data: ExportData) -> list[list[Any]]:
    tasks = sum(len(d.tasks) for d in data.departments)
    return [
        [fmt.ABOUT_FORMAT_KEY, fmt.FORMAT_NAME],
        [fmt.ABOUT_VERSION_KEY, fmt.FORMAT_VERSION],
        [_tr("Laget"), datetime.now().isoformat(sep=" ", timespec="seconds")],
        [_tr("Program"), f"oppgave {__version__}"],
        [_tr("Arbeidsfil"), data.workspace_name],
        [_tr("Arbeidsfil-ID"), data.workspace_uuid],
        [_tr("Avdelinger"), len(data.departments)],
        [_tr("Oppgaver"), tasks],
        [
            _tr("Om filen"),
            _tr(
                "Eksport fra oppgave. Arkene «Oppgaver» og «Fordeling» viser hver oppgave og hvem "
                "som gjør den i hvert scenario; «Analyse», «Nøkkeltall» og «Kompetanseplan» viser "
                "tallene. Filen kan importeres igjen med «oppgave import» (ID-kolonnene holder "
                "styr på hva som er hva; ikke endre dem)."
            ),
        ],
    ]


def _task_row(
    task: r.Task,
    department: r.Department,
    today: Mapping[int, Mapping[int, float]],
    roles: Mapping[int, r.Role],
    competences: Mapping[int, r.Competence],
    matcher: ft.RoleMatcher,
) -> list[Any]:
    frequency = task.frequency
    return [
        department.uuid,
        department.name,
        task.uuid,
        task.sort_order,
        task.name,
        task.description,
        labels.label(task.category),
        ft.describe_frequency(frequency),
        frequency.count,
        labels.label(frequency.unit),
        ft.describe_days(frequency.days) or _tr("alle"),
        frequency.occurrences_per_week(),
        ft.describe_windows(task.windows, shifts=()),  # clock times: read back whatever the shifts
        task.duration_minutes,
        task.staff_count,
        task.hours_per_week,
        ", ".join(sorted(competences[c].code for c in task.competence_ids)),
        labels.label(task.restriction),
        task.restriction_min_level,
        ", ".join(sorted(roles[i].code for i in task.allowed_role_ids)),
        labels.label(task.status),
        labels.describe_work_flags(task.work_flags),
        labels.label(task.risk_level),
        labels.label(task.delegation_rule),
        task.notes,
        ft.describe_shares(today.get(task.id, {}), matcher),
    ]


def _role_row(role: r.Role, competences: Mapping[int, r.Competence]) -> list[Any]:
    return [
        role.uuid,
        role.code,
        role.name,
        role.leon_level,
        labels.yes_no(role.authorised),
        role.hourly_cost,
        role.colour,
        role.sort_order,
        ", ".join(sorted(competences[c].code for c in role.competence_ids)),
    ]


def settings_rows(values: r.Settings) -> list[list[Any]]:
    """Each setting: numbers as numbers, lists and shifts as JSON text (read back exactly)."""
    rows: list[list[Any]] = []
    for item in dataclasses.fields(values):
        value = getattr(values, item.name)
        if item.name == "shifts":
            value = json.dumps(
                [
                    {
                        "shift": s.shift.value,
                        "start_minute": s.start_minute,
                        "end_minute": s.end_minute,
                    }
                    for s in value
                ]
            )
        elif isinstance(value, tuple):
            value = json.dumps(list(value), ensure_ascii=False)
        rows.append([item.name, value])
    return rows


def _analysis_tables(data: ExportData) -> list[Table]:
    """Per department and scenario: hours, FTE and kroner per role, key figures, and the
    competence-upgrade plan, computed by :func:`oppgave.analysis.analyse_department`."""
    from oppgave.analysis import analyse_department

    role_rows: list[list[Any]] = []
    key_rows: list[list[Any]] = []
    upgrade_rows: list[list[Any]] = []
    for item in data.departments:
        names = {task.id: task.name for task in item.tasks}
        for scenario in item.scenarios:
            result = analyse_department(item, scenario.id)
            department, scenario_name = item.department.name, scenario.name
            for row in result.capacity.roles:
                role_rows.append(
                    [
                        department,
                        scenario_name,
                        row.role_code,
                        row.role_name,
                        row.hours_per_week,
                        row.fte,
                        row.cost_per_week,
                    ]
                )
            key_rows.append(
                [
                    department,
                    scenario_name,
                    result.workload.total_hours,
                    result.capacity.unassigned_hours_per_week,
                    result.capacity.fte,
                    result.capacity.cost_per_week,
                    result.available_hours_per_week,
                    result.mapped_share,
                    result.fulltime.fulltime_share,
                    result.fulltime.continuity_share,
                    result.fulltime.avg_position,
                    sum(u.people for u in result.upgrades),
                    sum(u.cost for u in result.upgrades),
                    result.price.total_per_year,
                    result.price.change_vs_today,
                    result.price.payback_years,
                ]
            )
            for need in result.upgrades:
                upgrade_rows.append(
                    [
                        department,
                        scenario_name,
                        need.role_name,
                        need.competence_name,
                        need.course_name or _tr("(ingen kurs gir kompetansen)"),
                        need.people,
                        need.hours,
                        need.cost,
                        need.shifts_per_week,
                        need.staff_in_role,
                        ", ".join(names.get(t, str(t)) for t in need.task_ids),
                        need.note,
                    ]
                )
    return [
        (fmt.SHEET_ANALYSIS, fmt.ANALYSIS_COLUMNS, role_rows),
        (fmt.SHEET_KEY_FIGURES, fmt.KEY_FIGURE_COLUMNS, key_rows),
        (fmt.SHEET_UPGRADES, fmt.UPGRADE_COLUMNS, upgrade_rows),
    ]


# --- writing ----------------------------------------------------------------------------------


def _clean_text(value: str) -> str:
    """Text Excel accepts: control characters (pasted from other programs) removed."""
    return str(ILLEGAL_CHARACTERS_RE.sub("", value))


def _cell(sheet: WriteOnlyWorksheet, value: Any, number_format: str | None) -> Any:
    if value is None:
        return None
    if isinstance(value, str):
        value = _clean_text(value)
        if value.startswith("="):
            cell = WriteOnlyCell(sheet, value=value)
            cell.data_type = "s"  # text that looks like a formula stays text
            return cell
        return value
    if number_format is not None and isinstance(value, int | float) and not isinstance(value, bool):
        cell = WriteOnlyCell(sheet, value=value)
        cell.number_format = number_format
        return cell
    return value


def _width(column: Column, rows: list[list[Any]], index: int) -> float:
    if column.width is not None:
        return column.width
    longest = len(column.title)
    for row in rows[:WIDTH_SAMPLE]:
        value = row[index]
        if value is not None:
            longest = max(longest, len(str(value)))
    return float(min(MAX_WIDTH, max(MIN_WIDTH, longest + 2)))


def write_tables(path: Path, tables: Sequence[Table]) -> None:
    """Write sheets with styled, frozen, filterable headers (streaming: low memory)."""
    workbook = Workbook(write_only=True)
    for name, columns, rows in tables:
        sheet = workbook.create_sheet(name)
        for index, column in enumerate(columns, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = _width(
                column, rows, index - 1
            )
        sheet.freeze_panes = "A2"
        if rows:
            sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(rows) + 1}"
        header = []
        for column in columns:
            cell = WriteOnlyCell(sheet, value=column.title)
            cell.font = HEADER_FONT
            cell.fill = HEADER_FILL
            cell.alignment = HEADER_ALIGNMENT
            header.append(cell)
        sheet.append(header)
        formats = [column.number_format for column in columns]
        for row in rows:
            sheet.append([_cell(sheet, value, f) for value, f in zip(row, formats, strict=True)])
    workbook.save(path)
    _as_excel_writes_it(path, [(len(rows) + 1, len(columns)) for _, columns, rows in tables])


_INLINE_STRING = re.compile(
    rb'<c ([^>]*?)t="inlineStr"([^>]*)><is><t( xml:space="preserve")?>(.*?)</t></is></c>', re.S
)
_SHEET_VIEWS = re.compile(rb"<sheetViews>|<sheetView ")
_SST = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
_SST_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"


def _as_excel_writes_it(path: Path, sizes: Sequence[tuple[int, int]]) -> None:
    """Rewrite openpyxl's inline strings as a shared-string table and add each sheet's
    dimension, as Excel saves a workbook: the file gets smaller, and reading it back (the
    import, Excel, other programs) is several times faster."""
    strings: dict[tuple[bytes, bool], int] = {}

    def share(match: re.Match[bytes]) -> bytes:
        key = (match.group(4), match.group(3) is not None)
        index = strings.setdefault(key, len(strings))
        return b"<c " + match.group(1) + b't="s"' + match.group(2) + b"><v>%d</v></c>" % index

    with zipfile.ZipFile(path) as source:
        items = [(item, source.read(item.filename)) for item in source.infolist()]
    rewritten: list[tuple[zipfile.ZipInfo, bytes]] = []
    for item, data in items:
        if item.filename.startswith("xl/worksheets/sheet") and item.filename.endswith(".xml"):
            data = _INLINE_STRING.sub(share, data)
            number = int(item.filename[len("xl/worksheets/sheet") : -len(".xml")])
            if 0 < number <= len(sizes) and b"<dimension" not in data:
                rows, columns = sizes[number - 1]
                dimension = f'<dimension ref="A1:{get_column_letter(max(columns, 1))}{rows}"/>'
                match = _SHEET_VIEWS.search(data)
                if match is not None:
                    data = data[: match.start()] + dimension.encode() + data[match.start() :]
        elif item.filename == "[Content_Types].xml":
            data = data.replace(
                b"</Types>",
                b'<Override PartName="/xl/sharedStrings.xml" ContentType="'
                + _SST.encode()
                + b'"/></Types>',
            )
        elif item.filename == "xl/_rels/workbook.xml.rels":
            data = data.replace(
                b"</Relationships>",
                f'<Relationship Id="rIdSharedStrings" Type="{_SST_REL}" '
                f'Target="sharedStrings.xml"/></Relationships>'.encode(),
            )
        rewritten.append((item, data))
    entries = b"".join(
        (b'<si><t xml:space="preserve">' if preserve else b"<si><t>") + text + b"</t></si>"
        for (text, preserve) in strings
    )
    table = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        b'count="%d" uniqueCount="%d">' % (len(strings), len(strings)) + entries + b"</sst>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item, data in rewritten:
            target.writestr(item, data)
        target.writestr("xl/sharedStrings.xml", table)


@contextmanager
def _atomic(path: Path) -> Iterator[Path]:
    """A temporary file next to ``path`` that replaces it only when the block succeeds."""
    folder = path.resolve().parent
    if not folder.is_dir():
        raise ExportError(_tr("Mappen {folder} finnes ikke.").format(folder=folder))
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise ExportError(
            _tr("Kan ikke skrive i mappen {folder}: {reason}").format(
                folder=folder, reason=error.strerror
            )
        ) from None
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        try:
            os.replace(temporary, path)
        except PermissionError:
            raise ExportError(
                _tr(
                    "Kan ikke skrive {name}: filen er kanskje åpen i Excel. Lukk den og prøv igjen."
                ).format(name=path.name)
            ) from None
        except OSError as error:
            raise ExportError(
                _tr("Kan ikke skrive {name}: {reason}").format(
                    name=path.name, reason=error.strerror
                )
            ) from None
    finally:
        temporary.unlink(missing_ok=True)


# --- CSV --------------------------------------------------------------------------------------


#: First characters that make Excel (or LibreOffice) read a CSV cell as a formula: =, +, -, @,
#: and a tab or carriage return in front of one (CSV injection; OWASP's list).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def csv_value(value: Any) -> str:
    """One CSV cell as text Norwegian Excel reads as the value itself: numbers with a decimal
    comma, yes/no in words, control characters removed, and text that Excel would run as a
    formula prefixed with an apostrophe. Every CSV the app writes goes through here (the task
    list and the import's validation report), because the report repeats cells of a file
    somebody mailed us."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return labels.yes_no(value)
    if isinstance(value, float):
        return ft.format_number(round(value, 6))
    if isinstance(value, int):
        return str(value)
    text = _clean_text(str(value))
    return f"'{text}" if text.startswith(FORMULA_TRIGGERS) else text


def export_csv(
    workspace: Workspace, path: Path | str, *, department_ids: Sequence[int] | None = None
) -> ExportSummary:
    """The task list as CSV for Norwegian Excel (the columns of the "Oppgaver" sheet)."""
    path = Path(path)
    data = collect(workspace, department_ids)
    roles = {role.id: role for role in data.roles}
    competences = {c.id: c for c in data.competences}
    matcher = ft.RoleMatcher(data.roles)
    with _atomic(path) as temporary:
        with temporary.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=";", quoting=csv.QUOTE_MINIMAL)
            writer.writerow([column.title for column in fmt.TASK_COLUMNS])
            for item in data.departments:
                today = item.assignments.get(item.baseline.id, {})
                for task in item.tasks:
                    row = _task_row(task, item.department, today, roles, competences, matcher)
                    writer.writerow([csv_value(value) for value in row])
    return ExportSummary(
        path, len(data.departments), sum(len(d.tasks) for d in data.departments), ()
    )
