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
import itertools
import json
import math
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from oppgave import __version__, output_files
from oppgave.db.workspace import Workspace
from oppgave.domain import records as r
from oppgave.domain import task_text as ft
from oppgave.errors import OppgaveError
from oppgave.exchange import export_format as fmt
from oppgave.exchange import labels
from oppgave.exchange.export_format import Column
from oppgave.exchange.xlsx_writer import SheetColumn, clean_text, write_workbook
from oppgave.i18n import translate
from oppgave.services import catalogue, organisation, scenarios, settings, workspaces

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
    """Everything the export writes, read in one snapshot (see ``Workspace.reading``): a
    colleague's commit during the export is in the file wholly or not at all."""
    with workspace.reading():
        return _collect(workspace, department_ids)


def _collect(workspace: Workspace, department_ids: Sequence[int] | None) -> ExportData:
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
    with _atomic(path, (workspace.path,)) as temporary:
        write_tables(temporary, tables)
    return ExportSummary(
        path,
        len(data.departments),
        sum(len(d.tasks) for d in data.departments),
        tuple(name for name, _, _ in tables),
    )


#: A sheet: name, columns and rows (a list, or :class:`LazyRows` made as the sheet is written).
Table = tuple[str, Sequence[Column], "list[list[Any]] | LazyRows"]


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
                    labels.yes_no(scenario.is_chosen),
                    scenario.proposal_options_json or "",
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
        (
            fmt.SHEET_TASKS,
            fmt.TASK_COLUMNS,
            LazyRows(
                sum(len(item.tasks) for item in data.departments),
                lambda: _task_rows(data, roles, competences, matcher),
            ),
        ),
        (
            fmt.SHEET_ASSIGNMENTS,
            fmt.ASSIGNMENT_COLUMNS,
            LazyRows(_assignment_count(data), lambda: _assignment_rows(data, roles)),
        ),
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


@dataclass(frozen=True, slots=True)
class LazyRows:
    """A sheet's rows made each time they are iterated, with their number known beforehand
    (the sheet's ``<dimension>`` comes before its rows): the two largest sheets are never
    held in memory."""

    count: int
    make: Callable[[], Iterator[list[Any]]]

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator[list[Any]]:
        return self.make()


def _assignment_count(data: ExportData) -> int:
    """The rows :func:`_assignment_rows` makes: one per task, scenario and role with a share."""
    return sum(
        len(shares.get(task.id, {}))
        for item in data.departments
        for shares in (item.assignments.get(s.id, {}) for s in item.scenarios)
        for task in item.tasks
    )


def _task_rows(
    data: ExportData,
    roles: Mapping[int, r.Role],
    competences: Mapping[int, r.Competence],
    matcher: ft.RoleMatcher,
) -> Iterator[list[Any]]:
    """The task sheet's rows, made as they are written (see :class:`LazyRows`)."""
    for item in data.departments:
        today = item.assignments.get(item.baseline.id, {})
        for task in item.tasks:
            yield _task_row(task, item.department, today, roles, competences, matcher)


def _assignment_rows(data: ExportData, roles: Mapping[int, r.Role]) -> Iterator[list[Any]]:
    """Who does each task in each scenario, made as it is written (see :func:`_task_rows`)."""
    for item in data.departments:
        department = item.department
        for scenario in item.scenarios:
            shares = item.assignments.get(scenario.id, {})
            explanations = data.explanations.get(scenario.id, {})
            for task in item.tasks:
                for role_id, share in shares.get(task.id, {}).items():
                    yield [
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
    from oppgave.analysis.comparison import KeyFigureInputs, key_figure_inputs, key_figures
    from oppgave.analysis.decision_figures import decision_figures

    role_rows: list[list[Any]] = []
    key_rows: list[list[Any]] = []
    upgrade_rows: list[list[Any]] = []
    inputs: list[KeyFigureInputs] = []
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
            decision = decision_figures(result.price, item.positions)
            inputs.append(key_figure_inputs(item, scenario.id))
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
                    decision.course_places,
                    decision.course_people,
                    0.0 if scenario.is_baseline else result.price.course_cost_once,
                    result.price.total_per_year,
                    result.price.change_vs_today,
                    result.price.payback_years,
                    item.department.residents,
                    None,  # the three key figures: filled below, from one frame for all rows
                    None,
                    None,
                    decision.positions_budget,
                    decision.change_vs_positions,
                    decision.freed_hours_per_week,
                    decision.recruit_fte,
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
    # One frame for every department and scenario: a frame per row was a tenth of the export.
    compared = key_figures(inputs)
    keys = [column.key for column in fmt.KEY_FIGURE_COLUMNS]
    for name in _COMPARED_KEYS:
        index = keys.index(name)
        for row, value in zip(key_rows, compared[name].tolist(), strict=True):
            row[index] = _number_or_none(value)
    return [
        (fmt.SHEET_ANALYSIS, fmt.ANALYSIS_COLUMNS, role_rows),
        (fmt.SHEET_KEY_FIGURES, fmt.KEY_FIGURE_COLUMNS, key_rows),
        (fmt.SHEET_UPGRADES, fmt.UPGRADE_COLUMNS, upgrade_rows),
    ]


#: The key figures of the comparison (analysis.comparison.key_figures) in the key-figure sheet,
#: computed in one frame for all its rows: their names are the sheet's column keys.
_COMPARED_KEYS = ("nurse_share", "hours_per_resident", "cost_per_resident_day")


# --- writing ----------------------------------------------------------------------------------


def _number_or_none(value: Any) -> float | None:
    """A figure from a key-figure frame; ``None`` (an empty cell) for NaN (no residents…)."""
    number = float(value)
    return None if math.isnan(number) else number


def _width(column: Column, sample: Sequence[list[Any]], index: int) -> float:
    if column.width is not None:
        return column.width
    longest = len(column.title)
    for row in sample:
        value = row[index]
        if value is not None:
            longest = max(longest, len(str(value)))
    return float(min(MAX_WIDTH, max(MIN_WIDTH, longest + 2)))


def write_tables(path: Path, tables: Sequence[Table]) -> None:
    """Write sheets with styled, frozen, filterable headers: streamed straight into the zip
    by :mod:`oppgave.exchange.xlsx_writer` (one pass, no empty cells, strings shared)."""
    sheets = []
    for name, columns, rows in tables:
        iterator = iter(rows)
        sample = list(itertools.islice(iterator, WIDTH_SAMPLE))  # the first rows size the columns
        sheets.append(
            (
                name,
                [
                    SheetColumn(column.title, _width(column, sample, index), column.number_format)
                    for index, column in enumerate(columns)
                ],
                rows,  # a list, or LazyRows: iterated again as the sheet is written
            )
        )
    write_workbook(path, sheets)


@contextmanager
def _atomic(path: Path, inputs: Sequence[Path] = ()) -> Iterator[Path]:
    """A temporary file next to ``path`` that replaces it only when the block succeeds (see
    :func:`oppgave.output_files.atomic_output`: never a workspace, never one of ``inputs``)."""
    with output_files.atomic_output(path, inputs=inputs) as temporary:
        yield temporary


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
    text = clean_text(str(value))
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
    with _atomic(path, (workspace.path,)) as temporary:
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
