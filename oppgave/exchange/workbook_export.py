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
import math
import tempfile
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from oppgave import __version__, output_files
from oppgave.db.workspace import Workspace
from oppgave.domain import records as r
from oppgave.domain import task_fields
from oppgave.domain import task_text as ft
from oppgave.errors import OppgaveError
from oppgave.exchange import export_format as fmt
from oppgave.exchange import labels
from oppgave.exchange.export_format import Column
from oppgave.exchange.xlsx_writer import SheetColumn, clean_text, write_workbook
from oppgave.i18n import translate
from oppgave.services import catalogue, organisation, settings, workspaces

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
    """What every sheet shares, read first: the catalogue, the settings, the departments (not
    their tasks: those stream per department, see :func:`build_tables`) and the task count."""

    municipalities: tuple[r.Municipality, ...]
    departments: tuple[r.Department, ...]
    roles: tuple[r.Role, ...]
    competences: tuple[r.Competence, ...]
    courses: tuple[r.Course, ...]
    settings: r.Settings
    tasks: int
    workspace_uuid: str
    workspace_name: str
    department_ids: tuple[int, ...] | None = None


def collect(workspace: Workspace, department_ids: Sequence[int] | None = None) -> ExportData:
    """The shared part of an export (see :class:`ExportData`). Call it inside the export's
    ``Workspace.reading`` so the streamed departments come from the same snapshot."""
    with workspace.reading():
        wanted = None if department_ids is None else set(department_ids)
        departments = tuple(
            d for d in organisation.list_departments(workspace) if wanted is None or d.id in wanted
        )
        ids = None if department_ids is None else tuple(d.id for d in departments)
        in_use = {d.municipality_id for d in departments}
        return ExportData(
            municipalities=tuple(
                m
                for m in organisation.list_municipalities(workspace)
                if department_ids is None or m.id in in_use
            ),
            departments=departments,
            roles=tuple(catalogue.list_roles(workspace)),
            competences=tuple(catalogue.list_competences(workspace)),
            courses=tuple(catalogue.list_courses(workspace)),
            settings=settings.load(workspace),
            tasks=workspaces.count_tasks(workspace, ids),
            workspace_uuid=workspace.uuid,
            workspace_name=workspace.path.name,
            department_ids=ids,
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
    """The workbook, in (near) constant memory: the departments stream from the database as
    the sheets are written, the analysis is computed per department and only its rows kept.

    All of it is read in one snapshot: a colleague's commit during the export is in the
    workbook wholly or not at all (see :func:`_stable_source`)."""
    path = Path(path)
    with _stable_source(workspace) as source, source.reading():
        data = dataclasses.replace(
            collect(source, department_ids), workspace_name=workspace.path.name
        )
        tables = build_tables(source, data, progress)
        with _atomic(path, (workspace.path,)) as temporary:
            write_tables(temporary, tables)
    return ExportSummary(
        path, len(data.departments), data.tasks, tuple(name for name, _, _ in tables)
    )


#: A sheet: name, columns and rows (a list, or :class:`LazyRows` made as the sheet is written).
Table = tuple[str, Sequence[Column], "list[list[Any]] | LazyRows"]


@dataclass(frozen=True, slots=True)
class LazyRows:
    """A sheet's rows made when the sheet is written, with their number known before them (the
    sheet's ``<dimension>`` comes first): the large sheets are never held in memory. ``count``
    may be a function, asked when the sheet starts (after the sheets before it were written)."""

    count: int | Callable[[], int]
    make: Callable[[], Iterator[list[Any]]]

    def __len__(self) -> int:
        return self.count if isinstance(self.count, int) else self.count()

    def __iter__(self) -> Iterator[list[Any]]:
        return self.make()


class _Gathered:
    """The small sheets' rows, gathered department by department while the task sheet is
    written (:func:`_task_rows`): departments, scenarios, positions, staffing and the analysis.
    Their size grows with the departments and scenarios, not with the tasks."""

    def __init__(self) -> None:
        self.departments: list[list[Any]] = []
        self.scenarios: list[list[Any]] = []
        self.positions: list[list[Any]] = []
        self.staffing: list[list[Any]] = []
        self.analysis: list[list[Any]] = []
        self.key_figures: list[list[Any]] = []
        self.upgrades: list[list[Any]] = []
        self.key_inputs: list[Any] = []  # analysis.comparison.KeyFigureInputs, one per key row
        self.assignments = 0
        self.done = False


def build_tables(
    workspace: Workspace, data: ExportData, progress: Progress | None = None
) -> list[Table]:
    """Every sheet as (name, columns, rows), in the order they appear in the workbook.

    Two passes over the departments, each one department in memory at a time: the task sheet's
    (which also gathers every small sheet's rows and the analysis, see :class:`_Gathered`) and
    the assignment sheet's. The small sheets after them are lists filled by the first pass:
    the writer touches a sheet's rows only when its turn comes."""
    roles = {role.id: role for role in data.roles}
    competences = {c.id: c for c in data.competences}
    gathered = _Gathered()

    def report(sheet: str) -> None:
        if progress is not None:
            progress(sheet)

    def task_rows() -> Iterator[list[Any]]:
        report(fmt.SHEET_TASKS)
        yield from _task_rows(workspace, data, roles, competences, gathered)

    def assignment_rows() -> Iterator[list[Any]]:
        report(fmt.SHEET_ASSIGNMENTS)
        yield from _assignment_rows(workspace, data, roles, gathered)

    def analysis_rows() -> Iterator[list[Any]]:
        report(fmt.SHEET_ANALYSIS)
        return iter(gathered.analysis)

    def assignment_count() -> int:
        _require(gathered)
        return gathered.assignments

    return [
        (fmt.SHEET_ABOUT, _ABOUT_COLUMNS, _about_rows(data)),
        (fmt.SHEET_TASKS, fmt.TASK_COLUMNS, LazyRows(data.tasks, task_rows)),
        (
            fmt.SHEET_ASSIGNMENTS,
            fmt.ASSIGNMENT_COLUMNS,
            LazyRows(assignment_count, assignment_rows),
        ),
        (fmt.SHEET_SCENARIOS, fmt.SCENARIO_COLUMNS, gathered.scenarios),
        (
            fmt.SHEET_ANALYSIS,
            fmt.ANALYSIS_COLUMNS,
            LazyRows(lambda: len(gathered.analysis), analysis_rows),
        ),
        (fmt.SHEET_KEY_FIGURES, fmt.KEY_FIGURE_COLUMNS, gathered.key_figures),
        (fmt.SHEET_UPGRADES, fmt.UPGRADE_COLUMNS, gathered.upgrades),
        (fmt.SHEET_POSITIONS, fmt.POSITION_COLUMNS, gathered.positions),
        (fmt.SHEET_STAFFING, fmt.STAFFING_COLUMNS, gathered.staffing),
        (fmt.SHEET_DEPARTMENTS, fmt.DEPARTMENT_COLUMNS, gathered.departments),
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


def _require(gathered: _Gathered) -> None:
    """The sheets after the task sheet need its pass to have run to the end."""
    if not gathered.done:
        raise RuntimeError("the task sheet must be written before the sheets it gathers")


def _task_rows(
    workspace: Workspace,
    data: ExportData,
    roles: Mapping[int, r.Role],
    competences: Mapping[int, r.Competence],
    gathered: _Gathered,
) -> Iterator[list[Any]]:
    """The task sheet's rows, one department loaded at a time; each department's small rows
    and analysis are gathered after its tasks (see :class:`_Gathered`)."""
    municipalities = {m.id: m for m in data.municipalities}
    matcher = ft.RoleMatcher(data.roles)
    for item in workspaces.iter_workspace_data(workspace, data.department_ids):
        today = item.assignments.get(item.baseline.id, {})
        for task in item.tasks:
            yield _task_row(task, item.department, today, roles, competences, matcher)
        _gather(item, municipalities[item.department.municipality_id], roles, gathered)
    _finish_key_figures(gathered)
    gathered.done = True


def _gather(
    item: r.DepartmentData,
    municipality: r.Municipality,
    roles: Mapping[int, r.Role],
    gathered: _Gathered,
) -> None:
    """One department's rows of the small sheets, and its analysis."""
    department = item.department
    gathered.departments.append(
        [
            municipality.uuid,
            municipality.name,
            department.uuid,
            department.name,
            labels.label(department.service_type),
            department.residents,
            department.beds,
            item.baseline.uuid,
        ]
    )
    for scenario in item.scenarios:
        gathered.scenarios.append(
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
        gathered.positions.append(
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
        gathered.staffing.append(
            [
                department.uuid,
                department.name,
                roles[staffing.role_id].code,
                labels.label(staffing.shift),
                labels.label(staffing.day_type),
                staffing.count,
            ]
        )
    # the rows _assignment_rows makes: one per task, scenario and role with a share
    for scenario in item.scenarios:
        shares = item.assignments.get(scenario.id, {})
        gathered.assignments += sum(len(shares.get(task.id, {})) for task in item.tasks)
    _analyse(item, gathered)


def _assignment_rows(
    workspace: Workspace,
    data: ExportData,
    roles: Mapping[int, r.Role],
    gathered: _Gathered,
) -> Iterator[list[Any]]:
    """Who does each task in each scenario, the departments read again one at a time."""
    _require(gathered)
    for item in workspaces.iter_assignment_data(workspace, data.department_ids):
        department = item.department
        for scenario in item.scenarios:
            shares = item.assignments.get(scenario.id, {})
            explanations = item.explanations.get(scenario.id, {})
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
    tasks = data.tasks
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
    """The department's columns, then every task field's (the registry writes them)."""
    context = task_fields.TaskContext(roles, competences, today, matcher)
    return [department.uuid, department.name, *task_fields.export_cells(task, context)]


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


def _analyse(item: r.DepartmentData, gathered: _Gathered) -> None:
    """One department's analysis per scenario: hours, FTE and kroner per role, key figures and
    the competence-upgrade plan (:func:`oppgave.analysis.analyse_department`), kept as rows."""
    from oppgave.analysis import analyse_department
    from oppgave.analysis.comparison import key_figure_inputs
    from oppgave.analysis.decision_figures import decision_figures

    names = {task.id: task.name for task in item.tasks}
    for scenario in item.scenarios:
        result = analyse_department(item, scenario.id)
        department, scenario_name = item.department.name, scenario.name
        for row in result.capacity.roles:
            gathered.analysis.append(
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
        gathered.key_inputs.append(key_figure_inputs(item, scenario.id))
        gathered.key_figures.append(
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
                None,  # the three key figures: filled at the end, from one frame for all rows
                None,
                None,
                decision.positions_budget,
                decision.change_vs_positions,
                decision.freed_hours_per_week,
                decision.recruit_fte,
            ]
        )
        for need in result.upgrades:
            gathered.upgrades.append(
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


def _finish_key_figures(gathered: _Gathered) -> None:
    """The comparison's key figures of every key-figure row, from one frame for every
    department and scenario (a frame per row was a tenth of the export)."""
    from oppgave.analysis.comparison import key_figures

    compared = key_figures(gathered.key_inputs)
    keys = [column.key for column in fmt.KEY_FIGURE_COLUMNS]
    for name in _COMPARED_KEYS:
        index = keys.index(name)
        for row, value in zip(gathered.key_figures, compared[name].tolist(), strict=True):
            row[index] = _number_or_none(value)
    gathered.key_inputs.clear()


#: The key figures of the comparison (analysis.comparison.key_figures) in the key-figure sheet,
#: computed in one frame for all its rows: their names are the sheet's column keys.
_COMPARED_KEYS = ("nurse_share", "hours_per_resident", "cost_per_resident_day")


# --- writing ----------------------------------------------------------------------------------


def _number_or_none(value: Any) -> float | None:
    """A figure from a key-figure frame; ``None`` (an empty cell) for NaN (no residents…)."""
    number = float(value)
    return None if math.isnan(number) else number


def write_tables(path: Path, tables: Sequence[Table]) -> None:
    """Write sheets with styled, frozen, filterable headers: streamed straight into the zip
    by :mod:`oppgave.exchange.xlsx_writer` (one pass, no empty cells, strings shared; columns
    without a fixed width are sized from each sheet's first rows as they are written)."""
    write_workbook(
        path,
        [
            (
                name,
                [SheetColumn(c.title, c.width, c.number_format) for c in columns],
                rows,  # a list, or LazyRows: made as the sheet is written
            )
            for name, columns, rows in tables
        ],
    )


@contextmanager
def _stable_source(workspace: Workspace) -> Iterator[Workspace]:
    """What the export reads from: one snapshot of the workspace for the whole write.

    On a server that is the transaction's own snapshot. A file's read transaction would hold
    SQLite's shared lock for as long as the workbook takes to write (seconds to half a minute
    for a large file), and every edit in the app meanwhile would wait on it and then fail; so
    a file is copied first (SQLite's backup, a moment's lock) and the copy is read instead.
    Inside a batch or another read of this thread the caller's snapshot is used as it is."""
    if workspace.is_server or workspace.in_session():
        yield workspace
        return
    with tempfile.TemporaryDirectory(prefix="oppgave-export-") as folder:
        copy = workspace.snapshot(Path(folder) / "export.oppgave")
        source = Workspace.open(copy)
        try:
            yield source
        finally:
            source.close()


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
    with _stable_source(workspace) as source, source.reading():  # one snapshot, streamed
        data = collect(source, department_ids)
        roles = {role.id: role for role in data.roles}
        competences = {c.id: c for c in data.competences}
        matcher = ft.RoleMatcher(data.roles)
        with _atomic(path, (workspace.path,)) as temporary:
            with temporary.open("w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle, delimiter=";", quoting=csv.QUOTE_MINIMAL)
                writer.writerow([column.title for column in fmt.TASK_COLUMNS])
                for item in workspaces.iter_workspace_data(source, data.department_ids):
                    today = item.assignments.get(item.baseline.id, {})
                    for task in item.tasks:
                        row = _task_row(task, item.department, today, roles, competences, matcher)
                        writer.writerow([csv_value(value) for value in row])
    return ExportSummary(path, len(data.departments), data.tasks, ())
