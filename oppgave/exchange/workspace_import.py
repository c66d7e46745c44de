"""Importing the app's own export: rebuild (or update) a workspace from it, exactly.

The export (:mod:`oppgave.exchange.workbook_export`) holds every record with its uuid. Reading
it is strict — a sheet or column missing, a reference to nothing, shares not summing to 100 —
and gives the same per-row report as a department's sheet; nothing is written unless the whole
file is sound. Writing matches by uuid first, then by code or name (so a catalogue exported
from one workspace updates the same roles in another), and updates instead of duplicating, all
in one transaction.

Into a new file the catalogue and settings are exactly the exported ones (no default catalogue
first); into an existing workspace the catalogue is merged and its settings are kept.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from typing import Any, TypeVar

from oppgave.db.workspace import Workspace
from oppgave.domain import records as r
from oppgave.domain import task_fields
from oppgave.domain import task_text as ft
from oppgave.domain.enums import (
    DayType,
    ServiceType,
    Shift,
)
from oppgave.domain.names import normalise_name
from oppgave.domain.task_text import TaskTextError
from oppgave.errors import OppgaveError
from oppgave.exchange import export_format as fmt
from oppgave.exchange import labels
from oppgave.exchange.export_format import Column
from oppgave.exchange.sheet_import import Problem, Severity, cell_text
from oppgave.exchange.workbook_reading import CellValue, SheetGrid, WorkbookGrid
from oppgave.i18n import translate
from oppgave.services import catalogue, organisation, scenarios, settings, staffing, tasks
from oppgave.services.tasks import TaskDraft

T = TypeVar("T")


def _tr(text: str) -> str:
    return translate("WorkspaceImport", text)


def is_full_export(grid: WorkbookGrid) -> bool:
    """Whether a workbook is the app's own export (its "Om filen" sheet names the format)."""
    return _about(grid).get(fmt.ABOUT_FORMAT_KEY.casefold()) == fmt.FORMAT_NAME


def _about(grid: WorkbookGrid) -> dict[str, CellValue]:
    for sheet in grid.sheets:
        if sheet.name == fmt.SHEET_ABOUT:
            return {
                str(row[0]).strip().casefold(): row[1] if len(row) > 1 else None
                for row in sheet.rows
                if row and row[0] is not None
            }
    return {}


# --- what the file holds ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RoleRow:
    uuid: str
    code: str
    name: str
    leon_level: int
    authorised: bool
    hourly_cost: float
    colour: str
    sort_order: int
    competences: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CourseRow:
    uuid: str
    name: str
    competence: str
    min_level: int
    hours: float
    cost: float


@dataclass(frozen=True, slots=True)
class DepartmentRow:
    municipality_uuid: str
    municipality: str
    uuid: str
    name: str
    service_type: ServiceType
    residents: int
    beds: int | None
    baseline_uuid: str


@dataclass(frozen=True, slots=True)
class TaskRow:
    department_uuid: str
    uuid: str
    name: str
    fields: Mapping[str, Any]  # as create_tasks takes them, with codes for competences/roles
    competences: tuple[str, ...]
    allowed_roles: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ScenarioRow:
    department_uuid: str
    uuid: str
    name: str
    is_baseline: bool
    description: str
    sort_order: int
    is_chosen: bool = False
    proposal_options: str | None = None


@dataclass(frozen=True, slots=True)
class ExportContent:
    version: int
    municipalities: tuple[tuple[str, str], ...]  # (uuid, name)
    departments: tuple[DepartmentRow, ...]
    competences: tuple[tuple[str, str, str, str], ...]  # (uuid, code, name, description)
    roles: tuple[RoleRow, ...]
    courses: tuple[CourseRow, ...]
    tasks: tuple[TaskRow, ...]
    scenarios: tuple[ScenarioRow, ...]
    # scenario uuid → task uuid → role code → share; explanations: scenario → task → text
    assignments: Mapping[str, Mapping[str, Mapping[str, float]]]
    explanations: Mapping[str, Mapping[str, str]]
    positions: Mapping[str, tuple[tuple[str, float, int], ...]]  # department uuid → rows
    staffing: Mapping[str, tuple[tuple[str, Shift, DayType, int], ...]]
    settings: r.Settings
    problems: tuple[Problem, ...] = ()
    #: the export says which scenario is chosen and how proposals were made (its scenario
    #: sheet has those columns; older exports do not, and then the workspace's are kept)
    scenario_marks: bool = False

    @property
    def has_errors(self) -> bool:
        return any(p.severity is Severity.ERROR for p in self.problems)


class ExportReadError(OppgaveError):
    """The export file is not sound; ``problems`` is the report."""

    def __init__(self, message: str, problems: Sequence[Problem]) -> None:
        super().__init__(message)
        self.problems = tuple(problems)


# --- reading ----------------------------------------------------------------------------------

_text = task_fields.cell_str
_required_text = task_fields.required_text
_number = task_fields.number
_integer = task_fields.integer
_optional_integer = task_fields.optional_integer
_codes = task_fields.codes

#: How one value of a row is read: (attribute of the row record, column key, converter). A
#: converter that fails reports the cell and leaves None; ``None`` as the converter reads the
#: cell as plain text (never an error).
_Read = tuple[str, str, Callable[[CellValue], Any] | None]


class _Reader:
    """Reads the sheets of an export into rows of typed values, collecting problems."""

    def __init__(self, grid: WorkbookGrid) -> None:
        self.grid = grid
        self.problems: list[Problem] = []

    def error(self, sheet: str, row: int, column: str, value: str, message: str) -> None:
        self.problems.append(Problem(sheet, row, column, value, message, Severity.ERROR))

    def rows(
        self, name: str, columns: Sequence[Column], *, required: bool = True
    ) -> list[tuple[int, dict[str, CellValue]]]:
        sheet = self._sheet(name)
        if sheet is None:
            if required:
                self.error(name, 0, "", "", _tr("Arket «{name}» mangler.").format(name=name))
            return []
        header = sheet.rows[0] if sheet.rows else ()
        found = fmt.header_keys(header, columns)
        missing = fmt.missing_columns(found, columns)
        if missing:
            self.error(
                name,
                1,
                "",
                "",
                _tr("Kolonner mangler: {columns}.").format(
                    columns=", ".join(c.title for c in missing)
                ),
            )
            return []
        result = []
        for number, cells in enumerate(sheet.rows[1:], start=2):
            if not any(c is not None and str(c).strip() for c in cells):
                continue
            values = {
                key: cells[index] if index < len(cells) else None for key, index in found.items()
            }
            result.append((number, values))
        return result

    def records(
        self,
        name: str,
        columns: Sequence[Column],
        reads: Sequence[_Read],
        *,
        required: bool = True,
    ) -> list[tuple[int, dict[str, Any]]]:
        """The sheet's rows read by the table ``reads``: (row number, attribute → value),
        None where a cell could not be read (reported)."""
        by_key = {c.key: c for c in columns}
        result = []
        for row, values in self.rows(name, columns, required=required):
            record: dict[str, Any] = {}
            for attribute, key, convert in reads:
                value = values.get(key)
                record[attribute] = (
                    _text(value)
                    if convert is None
                    else self.convert(name, row, by_key[key], value, convert)
                )
            result.append((row, record))
        return result

    def unknown(
        self, name: str, row: int, columns: Sequence[Column], key: str, value: str, message: str
    ) -> None:
        """A reference to nothing (a code, a uuid) in column ``key``."""
        title = next(c.title for c in columns if c.key == key)
        self.error(name, row, title, value, message)

    def _sheet(self, name: str) -> SheetGrid | None:
        for sheet in self.grid.sheets:
            if sheet.name == name:
                return sheet
        return None

    def convert(
        self,
        sheet: str,
        row: int,
        column: Column | task_fields.TaskColumn,
        value: CellValue,
        convert: Callable[[CellValue], T],
    ) -> T | None:
        try:
            return convert(value)
        except (TaskTextError, ValueError, TypeError, KeyError) as error:
            message = getattr(error, "message", None) or _tr("Ugyldig verdi.")
            self.error(sheet, row, column.title, cell_text(value), message)
            return None


def read_export(grid: WorkbookGrid) -> ExportContent:
    """Parse an export. Raises :class:`ExportReadError` with the report when it is not sound."""
    about = _about(grid)
    version_value = about.get(fmt.ABOUT_VERSION_KEY.casefold())
    try:
        version = int(float(str(version_value)))
    except (TypeError, ValueError):
        version = 0
    if version > fmt.FORMAT_VERSION:
        raise ExportReadError(
            _tr(
                "Filen er eksportert fra en nyere versjon av oppgave (format {version}). "
                "Oppdater programmet for å importere den."
            ).format(version=version),
            (),
        )
    reader = _Reader(grid)
    content = _read(reader, version)
    if content.has_errors:
        errors = [p for p in content.problems if p.severity is Severity.ERROR]
        raise ExportReadError(
            _tr("Eksportfilen har {n} feil; ingenting er importert.").format(n=len(errors)),
            content.problems,
        )
    return content


def _read(reader: _Reader, version: int) -> ExportContent:
    """Every sheet in the order their references need: the catalogue, the organisation, the
    tasks, the scenarios and what refers to them."""
    competences = _read_competences(reader)
    competence_codes = {code.casefold() for _, code, _, _ in competences}
    roles = _read_roles(reader, competence_codes)
    role_codes = {role.code.casefold() for role in roles}
    courses = _read_courses(reader, competence_codes)
    municipalities, departments = _read_organisation(reader)
    department_uuids = {d.uuid for d in departments}
    task_rows = _read_tasks(reader, department_uuids, competence_codes, role_codes)
    scenario_rows, scenario_marks = _read_scenarios(reader, department_uuids)
    assignments, explanations = _read_assignments(reader, scenario_rows, task_rows, role_codes)
    return ExportContent(
        version=version,
        municipalities=tuple(municipalities),
        departments=tuple(departments),
        competences=tuple(competences),
        roles=tuple(roles),
        courses=tuple(courses),
        tasks=tuple(task_rows),
        scenarios=tuple(scenario_rows),
        assignments=assignments,
        explanations=explanations,
        positions=_read_positions(reader, department_uuids, role_codes),
        staffing=_read_staffing(reader, department_uuids, role_codes),
        settings=_read_settings(reader),
        problems=tuple(reader.problems),
        scenario_marks=scenario_marks,
    )


_COMPETENCE_READS: tuple[_Read, ...] = (
    ("uuid", "competence_uuid", _required_text),
    ("code", "code", _required_text),
    ("name", "name", _required_text),
    ("description", "description", None),
)


def _read_competences(reader: _Reader) -> list[tuple[str, str, str, str]]:
    rows = reader.records(fmt.SHEET_COMPETENCES, fmt.COMPETENCE_COLUMNS, _COMPETENCE_READS)
    return [
        (v["uuid"], v["code"], v["name"], v["description"])
        for _, v in rows
        if v["uuid"] and v["code"] and v["name"]
    ]


_ROLE_READS: tuple[_Read, ...] = (
    ("uuid", "role_uuid", _required_text),
    ("code", "code", _required_text),
    ("name", "name", _required_text),
    ("leon_level", "leon_level", _integer),
    ("authorised", "authorised", labels.parse_yes_no),
    ("hourly_cost", "hourly_cost", _number),
    ("colour", "colour", lambda x: _text(x) or "#808080"),
    ("sort_order", "sort_order", _integer),
    ("competences", "competences", _codes),
)


def _read_roles(reader: _Reader, competence_codes: set[str]) -> list[RoleRow]:
    roles: list[RoleRow] = []
    s, columns = fmt.SHEET_ROLES, fmt.ROLE_COLUMNS
    for row, values in reader.records(s, columns, _ROLE_READS):
        unknown = [c for c in values["competences"] if c.casefold() not in competence_codes]
        if unknown:
            reader.unknown(
                s, row, columns, "competences", ", ".join(unknown), _tr("Ukjent kompetanse.")
            )
        elif None not in values.values():
            roles.append(RoleRow(**values))
    return roles


_COURSE_READS: tuple[_Read, ...] = (
    ("uuid", "course_uuid", _required_text),
    ("name", "name", _required_text),
    ("competence", "competence", _required_text),
    ("min_level", "min_level", _integer),
    ("hours", "hours", _number),
    ("cost", "cost", _number),
)


def _read_courses(reader: _Reader, competence_codes: set[str]) -> list[CourseRow]:
    courses: list[CourseRow] = []
    s, columns = fmt.SHEET_COURSES, fmt.COURSE_COLUMNS
    for row, course in reader.records(s, columns, _COURSE_READS):
        if course["competence"] and str(course["competence"]).casefold() not in competence_codes:
            reader.unknown(
                s, row, columns, "competence", str(course["competence"]), _tr("Ukjent kompetanse.")
            )
        elif None not in course.values():
            courses.append(CourseRow(**course))
    return courses


_DEPARTMENT_READS: tuple[_Read, ...] = (
    ("municipality_uuid", "municipality_uuid", _required_text),
    ("municipality", "municipality", _required_text),
    ("uuid", "department_uuid", _required_text),
    ("name", "department", _required_text),
    ("service_type", "service_type", task_fields.enum_label(ServiceType)),
    ("residents", "residents", _integer),
    ("beds", "beds", _optional_integer),
    ("baseline_uuid", "baseline_uuid", _required_text),
)


def _read_organisation(
    reader: _Reader,
) -> tuple[list[tuple[str, str]], list[DepartmentRow]]:
    """(municipalities as (uuid, name), departments); a department's municipality counts even
    when the municipality sheet lacks it."""
    municipalities = [
        (_text(v["municipality_uuid"]), _text(v["municipality"]))
        for _, v in reader.rows(fmt.SHEET_MUNICIPALITIES, fmt.MUNICIPALITY_COLUMNS, required=False)
    ]
    departments: list[DepartmentRow] = []
    rows = reader.records(fmt.SHEET_DEPARTMENTS, fmt.DEPARTMENT_COLUMNS, _DEPARTMENT_READS)
    for _, department in rows:
        if None in (x for k, x in department.items() if k != "beds"):
            continue
        departments.append(DepartmentRow(**department))
        owner = (department["municipality_uuid"], department["municipality"])
        if owner not in municipalities:
            municipalities.append(owner)
    return municipalities, departments


def _read_tasks(
    reader: _Reader, departments: set[str], competences: set[str], roles: set[str]
) -> list[TaskRow]:
    """The task sheet, field by field from the registry (:data:`task_fields.TASK_FIELDS`): every
    readable column converted, the references checked, then each field's values assembled.
    A field whose columns an older file lacks (``optional``) is left out: the task keeps what
    it has."""
    s, columns = fmt.SHEET_TASKS, fmt.TASK_COLUMNS
    readable = [column for item in task_fields.TASK_FIELDS for column in item.readable]
    result: list[TaskRow] = []
    seen: set[str] = set()
    for row, v in reader.rows(s, columns):
        before = len(reader.problems)
        read = {
            column.key: reader.convert(s, row, column, v[column.key], column.read)  # type: ignore[arg-type]
            for column in readable
            if column.key in v
        }
        department = _text(v["department_uuid"])
        uuid = read["task_uuid"]
        if department not in departments:
            reader.unknown(s, row, columns, "department_uuid", department, _tr("Ukjent avdeling."))
        if uuid in seen:
            reader.unknown(
                s, row, columns, "task_uuid", str(uuid), _tr("Oppgave-ID-en står to ganger.")
            )
        for key, known, message in (
            ("competences", competences, _tr("Ukjent kompetanse.")),
            ("allowed_roles", roles, _tr("Ukjent yrkesgruppe.")),
        ):
            for code in read[key] or ():  # type: ignore[attr-defined]
                if code.casefold() not in known:
                    reader.unknown(s, row, columns, key, code, message)
        if len(reader.problems) > before:
            continue
        values: dict[str, Any] = {}
        for item in task_fields.TASK_FIELDS:
            if item.readable and all(c.key in read for c in item.readable):
                values.update(item.values(read))
        seen.add(uuid)  # type: ignore[arg-type]
        result.append(
            TaskRow(
                department,
                values.pop("uuid"),
                values.pop("name"),
                values,
                values.pop("competence_ids"),
                values.pop("allowed_role_ids"),
            )
        )
    return result


_SCENARIO_READS: tuple[_Read, ...] = (
    ("department_uuid", "department_uuid", None),
    ("uuid", "scenario_uuid", _required_text),
    ("name", "scenario", _required_text),
    ("is_baseline", "is_baseline", labels.parse_yes_no),
    ("description", "description", None),
    ("sort_order", "sort_order", _integer),
    ("is_chosen", "is_chosen", lambda x: bool(_text(x).strip()) and labels.parse_yes_no(x)),
    ("proposal_options", "proposal_options", lambda x: _text(x) or ""),
)


def _read_scenarios(reader: _Reader, departments: set[str]) -> tuple[list[ScenarioRow], bool]:
    """The scenario rows, and whether the sheet says which is chosen and how proposals were
    made (``ExportContent.scenario_marks``: exports made before those columns do not)."""
    result: list[ScenarioRow] = []
    s, columns = fmt.SHEET_SCENARIOS, fmt.SCENARIO_COLUMNS
    sheet = reader._sheet(s)  # noqa: SLF001 - the header of the reader's own sheet
    header = sheet.rows[0] if sheet is not None and sheet.rows else ()
    marks = "is_chosen" in fmt.header_keys(header, columns)
    for row, scenario in reader.records(s, columns, _SCENARIO_READS):
        if scenario["department_uuid"] not in departments:
            reader.unknown(
                s,
                row,
                columns,
                "department_uuid",
                str(scenario["department_uuid"]),
                _tr("Ukjent avdeling."),
            )
        elif None not in scenario.values():
            scenario["proposal_options"] = scenario["proposal_options"] or None
            result.append(ScenarioRow(**scenario))
    return result, marks


def _read_assignments(
    reader: _Reader,
    scenario_rows: Sequence[ScenarioRow],
    task_rows: Sequence[TaskRow],
    role_codes: set[str],
) -> tuple[dict[str, dict[str, dict[str, float]]], dict[str, dict[str, str]]]:
    """(scenario → task → role code → share, scenario → task → explanation); each task's
    shares in a scenario must sum to 100."""
    scenario_departments = {sc.uuid: sc.department_uuid for sc in scenario_rows}
    tasks_by_uuid = {t.uuid: t for t in task_rows}
    assignments: dict[str, dict[str, dict[str, float]]] = {sc.uuid: {} for sc in scenario_rows}
    explanations: dict[str, dict[str, str]] = {sc.uuid: {} for sc in scenario_rows}
    s, columns = fmt.SHEET_ASSIGNMENTS, fmt.ASSIGNMENT_COLUMNS
    reads: tuple[_Read, ...] = (
        ("scenario", "scenario_uuid", None),
        ("task", "task_uuid", None),
        ("role", "role", None),
        ("share", "share", _number),
        ("explanation", "explanation", None),
    )
    for row, v in reader.records(s, columns, reads):
        scenario_uuid, task_uuid, role = v["scenario"], v["task"], v["role"]
        task = tasks_by_uuid.get(task_uuid)
        if scenario_uuid not in scenario_departments:
            reader.unknown(s, row, columns, "scenario_uuid", scenario_uuid, _tr("Ukjent scenario."))
        elif task is None or task.department_uuid != scenario_departments[scenario_uuid]:
            reader.unknown(
                s, row, columns, "task_uuid", task_uuid, _tr("Ukjent oppgave i avdelingen.")
            )
        elif role.casefold() not in role_codes:
            reader.unknown(s, row, columns, "role", role, _tr("Ukjent yrkesgruppe."))
        elif v["share"] is not None:
            shares = assignments[scenario_uuid].setdefault(task_uuid, {})
            shares[role] = shares.get(role, 0.0) + v["share"]
            if v["explanation"]:
                explanations[scenario_uuid][task_uuid] = v["explanation"]
    for by_task in assignments.values():
        for task_uuid, shares in by_task.items():
            total = sum(shares.values())
            if abs(total - 100.0) > 0.01:
                reader.error(
                    s, 0, "", tasks_by_uuid[task_uuid].name,
                    _tr("Andelene for oppgaven summerer til {total} % i et scenario.").format(
                        total=ft.format_number(round(total, 2))
                    ),
                )  # fmt: skip
    return assignments, explanations


def _owned_rows(
    reader: _Reader,
    name: str,
    columns: Sequence[Column],
    reads: Sequence[_Read],
    departments: set[str],
    role_codes: set[str],
) -> list[tuple[str, dict[str, Any]]]:
    """Rows of a sheet keyed by department and role (positions, staffing): (department uuid,
    values) of the rows whose department and role exist and whose values all read."""
    result = []
    for row, v in reader.records(name, columns, reads):
        owner, role = v["department"], v["role"]
        if owner not in departments:
            reader.unknown(name, row, columns, "department_uuid", owner, _tr("Ukjent avdeling."))
        elif role.casefold() not in role_codes:
            reader.unknown(name, row, columns, "role", role, _tr("Ukjent yrkesgruppe."))
        elif None not in v.values():
            result.append((owner, v))
    return result


def _read_positions(
    reader: _Reader, departments: set[str], role_codes: set[str]
) -> dict[str, tuple[tuple[str, float, int], ...]]:
    reads: tuple[_Read, ...] = (
        ("size", "size", _number),
        ("count", "count", _integer),
        ("department", "department_uuid", None),
        ("role", "role", None),
    )
    positions: dict[str, list[tuple[str, float, int]]] = {d: [] for d in departments}
    rows = _owned_rows(
        reader, fmt.SHEET_POSITIONS, fmt.POSITION_COLUMNS, reads, departments, role_codes
    )
    for owner, v in rows:
        positions[owner].append((v["role"], v["size"], v["count"]))
    return {k: tuple(v) for k, v in positions.items()}


def _read_staffing(
    reader: _Reader, departments: set[str], role_codes: set[str]
) -> dict[str, tuple[tuple[str, Shift, DayType, int], ...]]:
    reads: tuple[_Read, ...] = (
        ("shift", "shift", task_fields.enum_label(Shift)),
        ("day_type", "day_type", task_fields.enum_label(DayType)),
        ("count", "count", _integer),
        ("department", "department_uuid", None),
        ("role", "role", None),
    )
    shift_rows: dict[str, list[tuple[str, Shift, DayType, int]]] = {d: [] for d in departments}
    rows = _owned_rows(
        reader, fmt.SHEET_STAFFING, fmt.STAFFING_COLUMNS, reads, departments, role_codes
    )
    for owner, v in rows:
        shift_rows[owner].append((v["role"], v["shift"], v["day_type"], v["count"]))
    return {k: tuple(v) for k, v in shift_rows.items()}


def _read_settings(reader: _Reader) -> r.Settings:
    values: dict[str, Any] = {}
    defaults = r.Settings()
    known = {item.name for item in fields(r.Settings)}
    for row, v in reader.rows(fmt.SHEET_SETTINGS, fmt.SETTING_COLUMNS, required=False):
        key = _text(v["key"]).strip()
        if key not in known:
            continue  # a setting of a newer version: keep this workspace's default
        raw = v["value"]
        try:
            default = getattr(defaults, key)
            if key == "shifts":
                values[key] = tuple(
                    r.ShiftDefinition(
                        Shift(i["shift"]), int(i["start_minute"]), int(i["end_minute"])
                    )
                    for i in json.loads(str(raw))
                )
            elif isinstance(default, tuple):
                values[key] = tuple(json.loads(str(raw)))
            elif isinstance(default, float):
                values[key] = _number(raw)
            elif isinstance(default, int):
                values[key] = _integer(raw)
            else:
                values[key] = type(default)(raw)
        except (ValueError, TypeError, KeyError, TaskTextError):
            reader.error(
                fmt.SHEET_SETTINGS,
                row,
                "",
                cell_text(raw),
                _tr("Ugyldig verdi for {key}.").format(key=key),
            )
    return r.Settings(**values)


# --- writing ----------------------------------------------------------------------------------


@dataclass(slots=True)
class FullImportOutcome:
    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    #: what ``delete_missing`` removed (tasks, scenarios) because the export no longer has it
    deleted: dict[str, int] = field(default_factory=dict)
    settings_applied: bool = False
    notes: list[str] = field(default_factory=list)

    def count(self, kind: str, created: bool) -> None:
        target = self.created if created else self.updated
        target[kind] = target.get(kind, 0) + 1


def apply_export(
    workspace: Workspace,
    content: ExportContent,
    *,
    apply_settings: bool,
    delete_missing: bool = False,
) -> FullImportOutcome:
    """Write an export into a workspace in one transaction (see the module docstring).

    With ``delete_missing`` each department of the export is made equal to it: tasks and
    proposals the workspace has in that department but the export does not (matched by uuid,
    or by name as the import matches) are deleted, with their shares (``server publish``:
    what was deleted in the file since it was checked out goes on the server too). Without
    it the import only adds and updates."""
    outcome = FullImportOutcome()
    with workspace.batch():
        competence_ids = _apply_competences(workspace, content, outcome)
        role_ids = _apply_roles(workspace, content, competence_ids, outcome)
        _apply_courses(workspace, content, competence_ids, outcome)
        if apply_settings:
            settings.save(workspace, content.settings)
            outcome.settings_applied = True
        elif settings.load(workspace) != content.settings:
            outcome.notes.append(
                _tr("Forutsetningene i filen er ulike arbeidsfilens; arbeidsfilens er beholdt.")
            )
        departments = _apply_organisation(workspace, content, outcome)
        written: list[int] = []
        for department in content.departments:
            written.extend(
                _apply_department(
                    workspace,
                    content,
                    department,
                    departments[department.uuid],
                    competence_ids,
                    role_ids,
                    outcome,
                    delete_missing=delete_missing,
                )
            )
        outcome.notes.extend(_rule_break_notes(workspace, written))
    return outcome


def _rule_break_notes(workspace: Workspace, scenario_ids: Sequence[int]) -> list[str]:
    """A warning per proposal of the file whose stored shares now break a rule (kept as they
    were: the support roles or a task changed since they were set)."""
    if not scenario_ids:
        return []
    breaks = scenarios.rule_breaks(workspace, scenario_ids=scenario_ids)
    return [
        _tr("Advarsel (beholdt som i filen): {line}").format(line=line)
        for line in scenarios.rule_break_lines(breaks)
    ]


def _by_key(items: Sequence[T], key: Callable[[T], str]) -> dict[str, T]:
    return {key(item).casefold(): item for item in items}


def _apply_competences(
    workspace: Workspace, content: ExportContent, outcome: FullImportOutcome
) -> dict[str, int]:
    existing = catalogue.list_competences(workspace)
    by_uuid = {c.uuid: c for c in existing}
    by_code = _by_key(existing, lambda c: c.code)
    ids: dict[str, int] = {}
    for uuid, code, name, description in content.competences:
        found = by_uuid.get(uuid) or by_code.get(code.casefold())
        if found is None:
            created = catalogue.create_competence(workspace, code, name, description, uuid=uuid)
            ids[code.casefold()] = created.id
            outcome.count("competences", True)
            continue
        if (found.code, found.name, found.description) != (code.upper(), name, description):
            catalogue.update_competence(
                workspace, found.id, code=code, name=name, description=description
            )
            outcome.count("competences", False)
        ids[code.casefold()] = found.id
    return ids


def _apply_roles(
    workspace: Workspace,
    content: ExportContent,
    competence_ids: Mapping[str, int],
    outcome: FullImportOutcome,
) -> dict[str, int]:
    existing = catalogue.list_roles(workspace)
    by_uuid = {role.uuid: role for role in existing}
    by_code = _by_key(existing, lambda role: role.code)
    ids: dict[str, int] = {}
    for row in content.roles:
        values = {
            "leon_level": row.leon_level,
            "authorised": row.authorised,
            "hourly_cost": row.hourly_cost,
            "colour": row.colour,
            "sort_order": row.sort_order,
            "competence_ids": frozenset(competence_ids[c.casefold()] for c in row.competences),
        }
        found = by_uuid.get(row.uuid) or by_code.get(row.code.casefold())
        if found is None:
            created = catalogue.create_role(workspace, row.code, row.name, uuid=row.uuid, **values)
            ids[row.code.casefold()] = created.id
            outcome.count("roles", True)
            continue
        current = {
            "leon_level": found.leon_level,
            "authorised": found.authorised,
            "hourly_cost": found.hourly_cost,
            "colour": found.colour,
            "sort_order": found.sort_order,
            "competence_ids": found.competence_ids,
        }
        if current != values or (found.code, found.name) != (row.code.upper(), row.name):
            catalogue.update_role(workspace, found.id, code=row.code, name=row.name, **values)
            outcome.count("roles", False)
        ids[row.code.casefold()] = found.id
    return ids


def _apply_courses(
    workspace: Workspace,
    content: ExportContent,
    competence_ids: Mapping[str, int],
    outcome: FullImportOutcome,
) -> None:
    existing = catalogue.list_courses(workspace)
    by_uuid = {course.uuid: course for course in existing}
    by_name = _by_key(existing, lambda course: course.name)
    for row in content.courses:
        values = {
            "name": row.name,
            "competence_id": competence_ids[row.competence.casefold()],
            "min_level": row.min_level,
            "hours": row.hours,
            "cost_per_participant": row.cost,
        }
        found = by_uuid.get(row.uuid) or by_name.get(row.name.casefold())
        if found is None:
            catalogue.create_course(workspace, uuid=row.uuid, **values)  # type: ignore[arg-type]
            outcome.count("courses", True)
        elif {k: getattr(found, k) for k in values} != values:
            catalogue.update_course(workspace, found.id, **values)
            outcome.count("courses", False)


def _apply_organisation(
    workspace: Workspace, content: ExportContent, outcome: FullImportOutcome
) -> dict[str, r.Department]:
    municipalities = organisation.list_municipalities(workspace)
    by_uuid = {m.uuid: m for m in municipalities}
    by_name = _by_key(municipalities, lambda m: m.name)
    municipality_ids: dict[str, int] = {}
    for uuid, name in content.municipalities:
        found = by_uuid.get(uuid) or by_name.get(name.casefold())
        if found is None:
            found = organisation.create_municipality(workspace, name, uuid=uuid)
            outcome.count("municipalities", True)
        elif found.name != name:
            found = organisation.rename_municipality(workspace, found.id, name)
            outcome.count("municipalities", False)
        municipality_ids[uuid] = found.id
    departments = organisation.list_departments(workspace)
    department_by_uuid = {d.uuid: d for d in departments}
    department_by_name = {(d.municipality_id, d.name.casefold()): d for d in departments}
    result: dict[str, r.Department] = {}
    for row in content.departments:
        municipality_id = municipality_ids[row.municipality_uuid]
        department = department_by_uuid.get(row.uuid) or department_by_name.get(
            (municipality_id, row.name.casefold())
        )
        if department is None:
            department = organisation.create_department(
                workspace,
                municipality_id,
                row.name,
                row.service_type,
                row.residents,
                row.beds,
                uuid=row.uuid,
                baseline_uuid=row.baseline_uuid,
            )
            outcome.count("departments", True)
        elif (department.name, department.service_type, department.residents,
              department.beds, department.municipality_id) != (
            row.name, row.service_type, row.residents, row.beds, municipality_id
        ):  # fmt: skip
            department = organisation.update_department(
                workspace,
                department.id,
                name=row.name,
                service_type=row.service_type,
                residents=row.residents,
                beds=row.beds,
                clear_beds=row.beds is None,
                municipality_id=municipality_id,
            )
            outcome.count("departments", False)
        result[row.uuid] = department
    return result


def _apply_department(
    workspace: Workspace,
    content: ExportContent,
    row: DepartmentRow,
    department: r.Department,
    competence_ids: Mapping[str, int],
    role_ids: Mapping[str, int],
    outcome: FullImportOutcome,
    *,
    delete_missing: bool = False,
) -> list[int]:
    """Write one department's tasks, shares and staffing; returns its scenarios' ids."""
    scenario_ids = _apply_scenarios(
        workspace, content, row, department, outcome, delete_missing=delete_missing
    )
    if delete_missing:
        gone = [
            s.id
            for s in scenarios.list_scenarios(workspace, department.id)
            if not s.is_baseline and s.id not in scenario_ids.values()
        ]
        for scenario_id in gone:
            scenarios.delete_scenario(workspace, scenario_id)
        if gone:
            outcome.deleted["scenarios"] = outcome.deleted.get("scenarios", 0) + len(gone)
    rows = [task for task in content.tasks if task.department_uuid == row.uuid]
    existing = tasks.tasks_by_uuid(workspace, [task.uuid for task in rows])
    elsewhere = [t for t in existing.values() if t.department_id != department.id]
    if elsewhere:
        raise OppgaveError(
            _tr(
                "Oppgaven «{task}» finnes i en annen avdeling i arbeidsfilen; ingenting er "
                "importert."
            ).format(task=elsewhere[0].name)
        )
    by_name = tasks.tasks_by_name(workspace, department.id)

    def shares(scenario_uuid: str, task_uuid: str) -> dict[int, float]:
        return {
            role_ids[code.casefold()]: share
            for code, share in content.assignments.get(scenario_uuid, {}).get(task_uuid, {}).items()
        }

    drafts: list[TaskDraft] = []
    changes: dict[int, dict[str, Any]] = {}
    matched: dict[str, int] = {}
    for task in rows:
        values = dict(task.fields)
        values["competence_ids"] = frozenset(competence_ids[c.casefold()] for c in task.competences)
        values["allowed_role_ids"] = frozenset(role_ids[c.casefold()] for c in task.allowed_roles)
        found = existing.get(task.uuid)
        if found is None:
            same_name = by_name.get(normalise_name(task.name), [])
            found = same_name[0] if len(same_name) == 1 else None
        if found is None:
            drafts.append(
                TaskDraft(
                    name=task.name,
                    fields=values,
                    assignments={
                        sid: shares(suuid, task.uuid) for suuid, sid in scenario_ids.items()
                    },
                    explanations={
                        sid: content.explanations.get(suuid, {}).get(task.uuid, "")
                        for suuid, sid in scenario_ids.items()
                    },
                    uuid=task.uuid,
                )
            )
            continue
        matched[task.uuid] = found.id
        if (
            any(getattr(found, key) != value for key, value in values.items())
            or found.name != task.name
        ):
            changes[found.id] = {"name": task.name, **values}
    if delete_missing:
        # before the new ones are made: what stays is what the export matched
        kept = set(matched.values())
        gone = [i for i in tasks.list_task_ids(workspace, department.id) if i not in kept]
        if gone:
            tasks.delete_tasks(workspace, gone)
            outcome.deleted["tasks"] = outcome.deleted.get("tasks", 0) + len(gone)
    # The shares are restored as stored: one that now breaks a rule is kept and reported
    # (apply_export's notes), not a reason to refuse the whole file.
    created = (
        tasks.create_tasks(workspace, department.id, drafts, enforce_rules=False) if drafts else []
    )
    outcome.created["tasks"] = outcome.created.get("tasks", 0) + len(created)
    if changes:
        tasks.update_tasks(workspace, changes)
        outcome.updated["tasks"] = outcome.updated.get("tasks", 0) + len(changes)
    if matched:
        current = {sid: scenarios.get_assignments(workspace, sid) for sid in scenario_ids.values()}
        for scenario_uuid, scenario_id in scenario_ids.items():
            wanted = {task_id: shares(scenario_uuid, uuid) for uuid, task_id in matched.items()}
            different = {
                task_id: value
                for task_id, value in wanted.items()
                if current[scenario_id].get(task_id, {}) != value
            }
            if different:
                outcome.updated["assignments"] = outcome.updated.get("assignments", 0) + len(
                    different
                )
                explanations = content.explanations.get(scenario_uuid, {})
                uuid_of = {task_id: uuid for uuid, task_id in matched.items()}
                scenarios.set_assignments(
                    workspace,
                    scenario_id,
                    different,
                    {task_id: explanations.get(uuid_of[task_id], "") for task_id in different},
                    enforce_rules=False,
                )
    staffing.replace_department_staffing(
        workspace,
        department.id,
        [
            (role_ids[code.casefold()], size, count)
            for code, size, count in content.positions.get(row.uuid, ())
        ],
        [
            (role_ids[code.casefold()], shift, day_type, count)
            for code, shift, day_type, count in content.staffing.get(row.uuid, ())
        ],
    )
    return list(scenario_ids.values())


def _apply_scenarios(
    workspace: Workspace,
    content: ExportContent,
    row: DepartmentRow,
    department: r.Department,
    outcome: FullImportOutcome,
    *,
    delete_missing: bool = False,
) -> dict[str, int]:
    """Scenario uuid in the file → scenario id in the workspace (created or updated), with
    the export's chosen scenario and proposal options when it carries them."""
    existing = scenarios.list_scenarios(workspace, department.id)
    by_uuid = {s.uuid: s for s in existing}
    by_name = _by_key([s for s in existing if not s.is_baseline], lambda s: s.name)
    baseline = next(s for s in existing if s.is_baseline)
    ids: dict[str, int] = {}
    wanted = sorted(
        (s for s in content.scenarios if s.department_uuid == row.uuid),
        key=lambda s: (not s.is_baseline, s.sort_order),
    )
    for scenario in wanted:
        if scenario.is_baseline:
            found: r.Scenario | None = baseline
        else:
            found = by_uuid.get(scenario.uuid) or by_name.get(scenario.name.casefold())
        if found is None:
            found = scenarios.create_scenario(
                workspace,
                department.id,
                scenario.name,
                description=scenario.description,
                uuid=scenario.uuid,
            )
            outcome.count("scenarios", True)
        elif (found.name, found.description) != (scenario.name, scenario.description):
            found = scenarios.update_scenario(
                workspace, found.id, name=scenario.name, description=scenario.description
            )
            outcome.count("scenarios", False)
        if content.scenario_marks and found.proposal_options_json != scenario.proposal_options:
            found = scenarios.set_proposal_options(workspace, found.id, scenario.proposal_options)
            outcome.count("scenarios", False)
        ids[scenario.uuid] = found.id
    if content.scenario_marks:
        _apply_chosen(workspace, department, wanted, ids, outcome, delete_missing=delete_missing)
    return ids


def _apply_chosen(
    workspace: Workspace,
    department: r.Department,
    wanted: Sequence[ScenarioRow],
    ids: Mapping[str, int],
    outcome: FullImportOutcome,
    *,
    delete_missing: bool,
) -> None:
    """The department's chosen scenario («valgt») as the export has it. An export without a
    chosen one clears the mark only when the department is made equal to it
    (``delete_missing``); a mark on a scenario about to be deleted goes with it uncounted."""
    chosen = next((ids[s.uuid] for s in wanted if s.is_chosen), None)
    current = next(
        (s.id for s in scenarios.list_scenarios(workspace, department.id) if s.is_chosen), None
    )
    if chosen == current:
        return
    if chosen is not None:
        scenarios.set_chosen(workspace, chosen)
    elif not delete_missing:
        return
    elif current in ids.values():
        scenarios.clear_chosen(workspace, department.id)
    else:
        return  # the chosen scenario is not in the export: deleted with its mark
    outcome.count("scenarios", False)
