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
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Any, TypeVar

from oppgave.db.workspace import Workspace
from oppgave.domain import records as r
from oppgave.domain import task_text as ft
from oppgave.domain.enums import (
    Category,
    DayType,
    DelegationRule,
    FrequencyUnit,
    Restriction,
    RiskLevel,
    ServiceType,
    Shift,
    TaskStatus,
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
E = TypeVar("E", bound=StrEnum)


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

    def _sheet(self, name: str) -> SheetGrid | None:
        for sheet in self.grid.sheets:
            if sheet.name == name:
                return sheet
        return None

    def convert(
        self,
        sheet: str,
        row: int,
        column: Column,
        value: CellValue,
        convert: Callable[[CellValue], T],
    ) -> T | None:
        try:
            return convert(value)
        except (TaskTextError, ValueError, TypeError, KeyError) as error:
            message = getattr(error, "message", None) or _tr("Ugyldig verdi.")
            self.error(sheet, row, column.title, cell_text(value), message)
            return None


def _text(value: CellValue) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _required_text(value: CellValue) -> str:
    text = _text(value).strip()
    if not text:
        raise TaskTextError(_tr("Verdien mangler."))
    return text


def _number(value: CellValue) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        if isinstance(value, str):
            return ft.parse_number(value)
        raise TaskTextError(_tr("Må være et tall."))
    if not math.isfinite(value):
        raise TaskTextError(_tr("Må være et tall."))
    return float(value)


def _integer(value: CellValue) -> int:
    number = _number(value)
    if not number.is_integer():
        raise TaskTextError(_tr("Må være et heltall."))
    return int(number)


def _optional_integer(value: CellValue) -> int | None:
    return None if value is None or _text(value).strip() == "" else _integer(value)


def _codes(value: CellValue) -> tuple[str, ...]:
    return tuple(part.strip() for part in _text(value).split(",") if part.strip())


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
    col = {c.key: c for c in fmt.COMPETENCE_COLUMNS}
    competences: list[tuple[str, str, str, str]] = []
    for row, v in reader.rows(fmt.SHEET_COMPETENCES, fmt.COMPETENCE_COLUMNS):
        s = fmt.SHEET_COMPETENCES
        uuid = reader.convert(s, row, col["competence_uuid"], v["competence_uuid"], _required_text)
        code = reader.convert(s, row, col["code"], v["code"], _required_text)
        name = reader.convert(s, row, col["name"], v["name"], _required_text)
        if uuid and code and name:
            competences.append((uuid, code, name, _text(v.get("description"))))
    competence_codes = {code.casefold() for _, code, _, _ in competences}

    col = {c.key: c for c in fmt.ROLE_COLUMNS}
    roles: list[RoleRow] = []
    for row, v in reader.rows(fmt.SHEET_ROLES, fmt.ROLE_COLUMNS):
        s = fmt.SHEET_ROLES
        values: dict[str, Any] = {
            "uuid": reader.convert(s, row, col["role_uuid"], v["role_uuid"], _required_text),
            "code": reader.convert(s, row, col["code"], v["code"], _required_text),
            "name": reader.convert(s, row, col["name"], v["name"], _required_text),
            "leon_level": reader.convert(s, row, col["leon_level"], v["leon_level"], _integer),
            "authorised": reader.convert(
                s, row, col["authorised"], v["authorised"], labels.parse_yes_no
            ),
            "hourly_cost": reader.convert(s, row, col["hourly_cost"], v["hourly_cost"], _number),
            "colour": _text(v["colour"]) or "#808080",
            "sort_order": reader.convert(s, row, col["sort_order"], v["sort_order"], _integer),
            "competences": _codes(v["competences"]),
        }
        unknown = [c for c in values["competences"] if c.casefold() not in competence_codes]
        if unknown:
            reader.error(
                s, row, col["competences"].title, ", ".join(unknown), _tr("Ukjent kompetanse.")
            )
        elif None not in values.values():
            roles.append(RoleRow(**values))
    role_codes = {role.code.casefold() for role in roles}

    col = {c.key: c for c in fmt.COURSE_COLUMNS}
    courses: list[CourseRow] = []
    for row, v in reader.rows(fmt.SHEET_COURSES, fmt.COURSE_COLUMNS):
        s = fmt.SHEET_COURSES
        course = {
            "uuid": reader.convert(s, row, col["course_uuid"], v["course_uuid"], _required_text),
            "name": reader.convert(s, row, col["name"], v["name"], _required_text),
            "competence": reader.convert(
                s, row, col["competence"], v["competence"], _required_text
            ),
            "min_level": reader.convert(s, row, col["min_level"], v["min_level"], _integer),
            "hours": reader.convert(s, row, col["hours"], v["hours"], _number),
            "cost": reader.convert(s, row, col["cost"], v["cost"], _number),
        }
        if course["competence"] and str(course["competence"]).casefold() not in competence_codes:
            reader.error(
                s,
                row,
                col["competence"].title,
                str(course["competence"]),
                _tr("Ukjent kompetanse."),
            )
        elif None not in course.values():
            courses.append(CourseRow(**course))  # type: ignore[arg-type]

    municipalities = [
        (_text(v["municipality_uuid"]), _text(v["municipality"]))
        for _, v in reader.rows(fmt.SHEET_MUNICIPALITIES, fmt.MUNICIPALITY_COLUMNS, required=False)
    ]

    col = {c.key: c for c in fmt.DEPARTMENT_COLUMNS}
    departments: list[DepartmentRow] = []
    for row, v in reader.rows(fmt.SHEET_DEPARTMENTS, fmt.DEPARTMENT_COLUMNS):
        s = fmt.SHEET_DEPARTMENTS
        department = {
            "municipality_uuid": reader.convert(
                s, row, col["municipality_uuid"], v["municipality_uuid"], _required_text
            ),
            "municipality": reader.convert(
                s, row, col["municipality"], v["municipality"], _required_text
            ),
            "uuid": reader.convert(
                s, row, col["department_uuid"], v["department_uuid"], _required_text
            ),
            "name": reader.convert(s, row, col["department"], v["department"], _required_text),
            "service_type": reader.convert(
                s,
                row,
                col["service_type"],
                v["service_type"],
                lambda x: labels.parse_label(ServiceType, x),
            ),
            "residents": reader.convert(s, row, col["residents"], v["residents"], _integer),
            "beds": reader.convert(s, row, col["beds"], v["beds"], _optional_integer),
            "baseline_uuid": reader.convert(
                s, row, col["baseline_uuid"], v["baseline_uuid"], _required_text
            ),
        }
        if None not in (x for k, x in department.items() if k != "beds"):
            departments.append(DepartmentRow(**department))  # type: ignore[arg-type]
            if (department["municipality_uuid"], department["municipality"]) not in municipalities:
                municipalities.append((department["municipality_uuid"], department["municipality"]))  # type: ignore[arg-type]
    department_uuids = {d.uuid for d in departments}

    task_rows = _read_tasks(reader, department_uuids, competence_codes, role_codes)
    task_hours = {t.uuid: t for t in task_rows}

    col = {c.key: c for c in fmt.SCENARIO_COLUMNS}
    scenario_rows: list[ScenarioRow] = []
    scenario_marks = False
    for row, v in reader.rows(fmt.SHEET_SCENARIOS, fmt.SCENARIO_COLUMNS):
        scenario_marks = scenario_marks or "is_chosen" in v
        s = fmt.SHEET_SCENARIOS
        scenario = {
            "department_uuid": _text(v["department_uuid"]),
            "uuid": reader.convert(
                s, row, col["scenario_uuid"], v["scenario_uuid"], _required_text
            ),
            "name": reader.convert(s, row, col["scenario"], v["scenario"], _required_text),
            "is_baseline": reader.convert(
                s, row, col["is_baseline"], v["is_baseline"], labels.parse_yes_no
            ),
            "description": _text(v["description"]),
            "sort_order": reader.convert(s, row, col["sort_order"], v["sort_order"], _integer),
        }
        chosen = v.get("is_chosen")
        is_chosen = (
            reader.convert(s, row, col["is_chosen"], chosen, labels.parse_yes_no)
            if chosen is not None and str(chosen).strip()
            else False
        )
        if scenario["department_uuid"] not in department_uuids:
            reader.error(
                s,
                row,
                col["department_uuid"].title,
                str(scenario["department_uuid"]),
                _tr("Ukjent avdeling."),
            )
        elif None not in scenario.values() and is_chosen is not None:
            scenario_rows.append(
                ScenarioRow(
                    **scenario,  # type: ignore[arg-type]
                    is_chosen=bool(is_chosen),
                    proposal_options=_text(v.get("proposal_options")) or None,
                )
            )
    scenario_departments = {sc.uuid: sc.department_uuid for sc in scenario_rows}

    col = {c.key: c for c in fmt.ASSIGNMENT_COLUMNS}
    assignments: dict[str, dict[str, dict[str, float]]] = {sc.uuid: {} for sc in scenario_rows}
    explanations: dict[str, dict[str, str]] = {sc.uuid: {} for sc in scenario_rows}
    for row, v in reader.rows(fmt.SHEET_ASSIGNMENTS, fmt.ASSIGNMENT_COLUMNS):
        s = fmt.SHEET_ASSIGNMENTS
        scenario_uuid, task_uuid, role = (
            _text(v["scenario_uuid"]),
            _text(v["task_uuid"]),
            _text(v["role"]),
        )
        share = reader.convert(s, row, col["share"], v["share"], _number)
        if scenario_uuid not in scenario_departments:
            reader.error(s, row, col["scenario_uuid"].title, scenario_uuid, _tr("Ukjent scenario."))
        elif (
            task_uuid not in task_hours
            or task_hours[task_uuid].department_uuid != scenario_departments[scenario_uuid]
        ):
            reader.error(
                s, row, col["task_uuid"].title, task_uuid, _tr("Ukjent oppgave i avdelingen.")
            )
        elif role.casefold() not in role_codes:
            reader.error(s, row, col["role"].title, role, _tr("Ukjent yrkesgruppe."))
        elif share is not None:
            shares = assignments[scenario_uuid].setdefault(task_uuid, {})
            shares[role] = shares.get(role, 0.0) + share
            if _text(v.get("explanation")):
                explanations[scenario_uuid][task_uuid] = _text(v["explanation"])
    for by_task in assignments.values():
        for task_uuid, shares in by_task.items():
            total = sum(shares.values())
            if abs(total - 100.0) > 0.01:
                reader.error(
                    fmt.SHEET_ASSIGNMENTS, 0, "", task_hours[task_uuid].name,
                    _tr("Andelene for oppgaven summerer til {total} % i et scenario.").format(
                        total=ft.format_number(round(total, 2))
                    ),
                )  # fmt: skip

    positions: dict[str, list[tuple[str, float, int]]] = {d: [] for d in department_uuids}
    col = {c.key: c for c in fmt.POSITION_COLUMNS}
    for row, v in reader.rows(fmt.SHEET_POSITIONS, fmt.POSITION_COLUMNS):
        s = fmt.SHEET_POSITIONS
        size = reader.convert(s, row, col["size"], v["size"], _number)
        count = reader.convert(s, row, col["count"], v["count"], _integer)
        owner, role = _text(v["department_uuid"]), _text(v["role"])
        if owner not in positions:
            reader.error(s, row, col["department_uuid"].title, owner, _tr("Ukjent avdeling."))
        elif role.casefold() not in role_codes:
            reader.error(s, row, col["role"].title, role, _tr("Ukjent yrkesgruppe."))
        elif size is not None and count is not None:
            positions[owner].append((role, size, count))

    shift_rows: dict[str, list[tuple[str, Shift, DayType, int]]] = {d: [] for d in department_uuids}
    col = {c.key: c for c in fmt.STAFFING_COLUMNS}
    for row, v in reader.rows(fmt.SHEET_STAFFING, fmt.STAFFING_COLUMNS):
        s = fmt.SHEET_STAFFING
        shift = reader.convert(
            s, row, col["shift"], v["shift"], lambda x: labels.parse_label(Shift, x)
        )
        day_type = reader.convert(
            s, row, col["day_type"], v["day_type"], lambda x: labels.parse_label(DayType, x)
        )
        count = reader.convert(s, row, col["count"], v["count"], _integer)
        owner, role = _text(v["department_uuid"]), _text(v["role"])
        if owner not in shift_rows:
            reader.error(s, row, col["department_uuid"].title, owner, _tr("Ukjent avdeling."))
        elif role.casefold() not in role_codes:
            reader.error(s, row, col["role"].title, role, _tr("Ukjent yrkesgruppe."))
        elif shift is not None and day_type is not None and count is not None:
            shift_rows[owner].append((role, shift, day_type, count))

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
        positions={k: tuple(v) for k, v in positions.items()},
        staffing={k: tuple(v) for k, v in shift_rows.items()},
        settings=_read_settings(reader),
        problems=tuple(reader.problems),
        scenario_marks=scenario_marks,
    )


def _read_tasks(
    reader: _Reader, departments: set[str], competences: set[str], roles: set[str]
) -> list[TaskRow]:
    col = {c.key: c for c in fmt.TASK_COLUMNS}
    s = fmt.SHEET_TASKS
    result: list[TaskRow] = []
    seen: set[str] = set()
    for row, v in reader.rows(s, fmt.TASK_COLUMNS):
        before = len(reader.problems)

        def get(
            key: str, convert: Callable[[CellValue], T], row: int = row, v: dict[str, CellValue] = v
        ) -> T | None:
            return reader.convert(s, row, col[key], v.get(key), convert)

        department = _text(v["department_uuid"])
        uuid = get("task_uuid", _required_text)
        name = get("name", _required_text)
        count = get("frequency_count", _number)
        unit = get("frequency_unit", lambda x: labels.parse_label(FrequencyUnit, x))
        days = get("days", lambda x: ft.parse_days(_text(x)))
        task_fields: dict[str, Any] = {
            "description": _text(v["description"]),
            "category": get("category", lambda x: labels.parse_label(Category, x)),
            "windows": get("windows", lambda x: ft.parse_times(_text(x))),
            "duration_minutes": get("duration", _number),
            "staff_count": get("staff", _integer),
            "restriction": get("restriction", lambda x: labels.parse_label(Restriction, x)),
            "restriction_min_level": get("min_level", _optional_integer),
            "status": get("status", lambda x: labels.parse_label(TaskStatus, x)),
            "work_flags": get("work_flags", labels.parse_work_flags),
            "risk_level": get("risk_level", lambda x: _choice_or_default(RiskLevel, x)),
            "delegation_rule": get(
                "delegation_rule", lambda x: _choice_or_default(DelegationRule, x)
            ),
            "notes": _text(v["notes"]),
            "sort_order": get("sort_order", _integer),
        }
        for optional in ("risk_level", "delegation_rule"):
            if optional not in v:
                # a file written before the column existed: keep what the task has
                del task_fields[optional]
        task_competences = _codes(v["competences"])
        allowed = _codes(v["allowed_roles"])
        if department not in departments:
            reader.error(s, row, col["department_uuid"].title, department, _tr("Ukjent avdeling."))
        if uuid in seen:
            reader.error(
                s, row, col["task_uuid"].title, str(uuid), _tr("Oppgave-ID-en står to ganger.")
            )
        for code in task_competences:
            if code.casefold() not in competences:
                reader.error(s, row, col["competences"].title, code, _tr("Ukjent kompetanse."))
        for code in allowed:
            if code.casefold() not in roles:
                reader.error(s, row, col["allowed_roles"].title, code, _tr("Ukjent yrkesgruppe."))
        if len(reader.problems) > before or uuid is None or name is None:
            continue
        seen.add(uuid)
        task_fields["frequency"] = r.Frequency(count, unit, days)  # type: ignore[arg-type]
        result.append(TaskRow(department, uuid, name, task_fields, task_competences, allowed))
    return result


def _choice_or_default(enum_type: type[E], value: CellValue) -> E:
    """A risk level or delegation rule; a blank cell (or a file written before the column
    existed) gives the first member, the database default («lav», «kan overføres»)."""
    if value is None or not str(value).strip():
        return next(iter(enum_type))
    return labels.parse_label(enum_type, value)


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
        for department in content.departments:
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
    return outcome


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
) -> None:
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
    created = tasks.create_tasks(workspace, department.id, drafts) if drafts else []
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
