"""The built-in library of typical tasks per service type.

A workshop should not start from a blank page: the "Legg til typiske oppgaver" dialog and the
demo-workspace generator both start from these lists, one JSON file per
:class:`~oppgave.domain.enums.ServiceType` in ``resources/task_library/``. The files are data
that health-care people can read and correct without touching code, so this module turns them
into frozen records and refuses anything malformed with a :class:`TaskLibraryError` that names
the file, the task and the field, instead of letting a typo surface later as a wrong analysis.

Role and competence codes stay plain strings here: a workspace may have edited its catalogue,
so mapping codes to a workspace's roles and competences is the caller's business (the tests
check that every code exists in the default catalogue).

File format (one object per file)::

    {"service_type": "long_term", "label": "Langtidsavdeling", "typical_residents": 24,
     "tasks": [{"name": ..., "description": ..., "category": "direct",
                "count": 1, "unit": "day", "days": "all", "per_resident": 0.8,
                "windows": ["07:00-10:30"], "duration": 25, "staff": 1,
                "competences": ["STELL"], "restriction": "none",
                "risk": "low", "delegation": "transfer",
                "today": {"HFA": 60, "ASS": 40}, "proposal": {"HFA": 70, "ASS": 30},
                "flags": ["heavy_lifting"]}, ...]}

``per_resident``, ``proposal``, ``flags``, ``risk`` and ``delegation`` are optional; every other
key is required, and unknown keys are refused so that a misspelt optional key cannot silently be
ignored. ``risk`` (low / medium / high) and ``delegation`` (transfer / delegate / keep) are the
task's Calderdale risk level and delegation rule; left out, a task is low risk and may be
transferred (the database defaults). The built-in files state both for every task.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path
from types import MappingProxyType
from typing import Any, NoReturn, TypeGuard, TypeVar

from oppgave.domain.enums import (
    ALL_DAYS,
    WEEKDAYS,
    WEEKENDS,
    Category,
    DelegationRule,
    FrequencyUnit,
    Restriction,
    RiskLevel,
    ServiceType,
    Weekday,
    WorkFlag,
)
from oppgave.domain.records import MINUTES_PER_DAY, Frequency, TimeWindow

RESOURCE_PACKAGE = "oppgave.resources"
LIBRARY_FOLDER = "task_library"

#: Tolerance when checking that role shares sum to 100 %: the files hold whole or decimal
#: percentages, and only floating-point noise may be forgiven.
SHARE_SUM_TOLERANCE = 1e-6

_DAY_NAMES: Mapping[str, Weekday] = MappingProxyType(
    {
        "mon": Weekday.MON,
        "tue": Weekday.TUE,
        "wed": Weekday.WED,
        "thu": Weekday.THU,
        "fri": Weekday.FRI,
        "sat": Weekday.SAT,
        "sun": Weekday.SUN,
    }
)
_DAY_SETS: Mapping[str, int] = MappingProxyType(
    {"all": ALL_DAYS, "weekdays": WEEKDAYS, "weekends": WEEKENDS}
)
_FLAG_NAMES: Mapping[str, WorkFlag] = MappingProxyType(
    {
        "heavy_lifting": WorkFlag.HEAVY_LIFTING,
        "lone_work": WorkFlag.LONE_WORK,
        "infection_risk": WorkFlag.INFECTION_RISK,
        "night_work": WorkFlag.NIGHT_WORK,
        "mental_strain": WorkFlag.MENTAL_STRAIN,
    }
)
_WINDOW_PATTERN = re.compile(r"^(\d{2}):(\d{2})-(\d{2}):(\d{2})$")
_ROUND_THE_CLOCK = frozenset({"00:00-24:00", "00:00-00:00"})

_FILE_KEYS = frozenset({"service_type", "label", "typical_residents", "tasks"})
_REQUIRED_TASK_KEYS = frozenset(
    {
        "name",
        "description",
        "category",
        "count",
        "unit",
        "days",
        "windows",
        "duration",
        "staff",
        "competences",
        "restriction",
        "today",
    }
)
_OPTIONAL_TASK_KEYS = frozenset({"per_resident", "proposal", "flags", "risk", "delegation"})


class TaskLibraryError(ValueError):
    """A library file that cannot be used; the message names file, task and field.

    A ``ValueError`` because the file's content, not the program state, is wrong. ``source``,
    ``task`` and ``field`` are kept apart for callers that want to point at the culprit.
    """

    def __init__(self, message: str, source: str, task: str = "", field: str = "") -> None:
        super().__init__(message)
        self.source = source
        self.task = task
        self.field = field


@dataclass(frozen=True, slots=True)
class LibraryTask:
    """One typical task as the library describes it, before it belongs to any department.

    Mirrors the JSON keys: ``count`` times per ``unit`` on the days in ``days`` (a
    :class:`~oppgave.domain.enums.Weekday` mask); ``per_resident`` > 0 makes the task occur for
    that share of the residents (see :meth:`count_for`), 0 means it is department-level.
    ``duration`` is minutes per occurrence (per resident when ``per_resident`` > 0) and
    ``staff`` the people needed at once. ``today`` and ``proposal`` map role codes to shares
    in percent that sum to 100; ``proposal`` is ``None`` when the library suggests no change.
    ``risk_level`` and ``delegation_rule`` are the Calderdale classification the task gets.
    """

    name: str
    description: str
    category: Category
    count: float
    unit: FrequencyUnit
    days: int
    windows: tuple[TimeWindow, ...]
    duration: float
    staff: int
    competences: tuple[str, ...]
    restriction: Restriction
    today: Mapping[str, float] = field(hash=False)
    per_resident: float = 0.0
    restriction_min_level: int | None = None
    restriction_roles: frozenset[str] = frozenset()
    proposal: Mapping[str, float] | None = field(default=None, hash=False)
    flags: WorkFlag = WorkFlag(0)
    risk_level: RiskLevel = RiskLevel.LOW
    delegation_rule: DelegationRule = DelegationRule.TRANSFER

    def resident_multiplier(self, residents: int) -> int:
        """How many residents the task occurs for: round(residents × per_resident), at least 1.

        Rounds half up (2.5 → 3), as people count, not half-to-even like :func:`round`.
        Department-level tasks (``per_resident`` = 0) have multiplier 1 whatever the size.
        """
        if residents < 0:
            raise ValueError(f"residents must be 0 or more, got {residents}")
        if self.per_resident <= 0:
            return 1
        # The small epsilon keeps e.g. 30 × 0.15 = 4.4999999… from rounding the wrong way.
        return max(1, math.floor(residents * self.per_resident + 0.5 + 1e-9))

    def count_for(self, residents: int) -> float:
        """Occurrences per ``unit`` in a department with ``residents`` residents.

        count × round(residents × per_resident) (at least 1) for per-resident tasks, else count.
        """
        return self.count * self.resident_multiplier(residents)

    def frequency_for(self, residents: int) -> Frequency:
        """The task's :class:`Frequency` in a department with ``residents`` residents."""
        return Frequency(self.count_for(residents), self.unit, self.days)

    def hours_per_week(self, residents: int) -> float:
        """Hours per week = occurrences per week × duration / 60 × staff at once (DESIGN §6.1)."""
        occurrences = self.frequency_for(residents).occurrences_per_week()
        return occurrences * self.duration / 60.0 * self.staff

    def allows(self, role_code: str, leon_level: int, authorised: bool) -> bool:
        """Whether the task's restriction lets a role do it (competences aside).

        The same rule as :meth:`oppgave.domain.records.Task.allows`, on role codes, because
        the library is read before any workspace (and its role ids) exists.
        """
        if self.restriction is Restriction.NONE:
            return True
        if self.restriction is Restriction.AUTHORISED:
            return authorised
        if self.restriction is Restriction.MIN_LEVEL:
            return leon_level >= (self.restriction_min_level or 0)
        return role_code in self.restriction_roles


@dataclass(frozen=True, slots=True)
class TaskLibrary:
    """All typical tasks of one service type, for a department of ``typical_residents``."""

    service_type: ServiceType
    label: str
    typical_residents: int
    tasks: tuple[LibraryTask, ...]
    source: str = ""

    def hours_per_week(self, residents: int | None = None) -> float:
        """Sum of the tasks' hours per week at ``residents`` (default: typical_residents)."""
        size = self.typical_residents if residents is None else residents
        return sum(task.hours_per_week(size) for task in self.tasks)


def _library_folder() -> Traversable:
    return files(RESOURCE_PACKAGE) / LIBRARY_FOLDER


def available_service_types() -> tuple[ServiceType, ...]:
    """Service types that have a built-in library, in the enum's order."""
    folder = _library_folder()
    present = {entry.name for entry in folder.iterdir() if entry.is_file()}
    return tuple(st for st in ServiceType if f"{st.value}.json" in present)


def load_library(service_type: ServiceType | str) -> TaskLibrary:
    """The built-in library for ``service_type``.

    Cached: the result is immutable, and the dialog may ask for it every time it opens.
    Raises ``ValueError`` for an unknown service type or one without a library (``other``).
    """
    try:
        kind = ServiceType(service_type)
    except ValueError:
        raise ValueError(f"unknown service type {service_type!r}") from None
    return _load_builtin(kind)


@cache
def _load_builtin(service_type: ServiceType) -> TaskLibrary:
    resource = _library_folder() / f"{service_type.value}.json"
    if not resource.is_file():
        raise ValueError(f"no built-in task library for service type {service_type.value!r}")
    library = load_library_file(resource)
    if library.service_type is not service_type:
        raise TaskLibraryError(
            f"{resource.name}: field 'service_type' is {library.service_type.value!r}, "
            f"but the file name says {service_type.value!r}",
            resource.name,
            field="service_type",
        )
    return library


def load_library_file(path: str | os.PathLike[str] | Traversable) -> TaskLibrary:
    """Load and validate one library file from anywhere (tests, a user's own library)."""
    resource: Traversable = path if isinstance(path, Traversable) else Path(path)
    source = resource.name
    try:
        text = resource.read_text(encoding="utf-8")
    except OSError as error:
        raise TaskLibraryError(f"{source}: cannot read file: {error}", source) from error
    except UnicodeDecodeError as error:
        raise TaskLibraryError(f"{source}: not UTF-8 text: {error}", source) from error
    try:
        data = json.loads(text, object_pairs_hook=_reject_duplicate_keys)
    except _DuplicateKeyError as error:
        raise TaskLibraryError(f"{source}: duplicate key {error.key!r}", source) from None
    except json.JSONDecodeError as error:
        raise TaskLibraryError(
            f"{source}: not valid JSON (line {error.lineno}, column {error.colno}): {error.msg}",
            source,
        ) from error
    return parse_library(data, source)


class _DuplicateKeyError(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _reject_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # json.loads silently keeps the last of two equal keys; in a share map that would hide
    # a typo such as two "HFA" entries, so refuse it.
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKeyError(key)
        result[key] = value
    return result


def parse_library(data: object, source: str) -> TaskLibrary:
    """Validate already-decoded JSON ``data``; ``source`` names it in error messages."""
    fail = _failer(source, "")
    if not isinstance(data, dict):
        fail("", f"the file must hold a JSON object, not {_json_type(data)}")
    unknown = sorted(set(data) - _FILE_KEYS)
    if unknown:
        fail(unknown[0], f"unknown field (allowed: {', '.join(sorted(_FILE_KEYS))})")
    for key in sorted(_FILE_KEYS):
        if key not in data:
            fail(key, "missing")
    service_type = _choice(ServiceType, data["service_type"], fail, "service_type")
    label = _text(data["label"], fail, "label")
    residents = data["typical_residents"]
    if not _is_int(residents) or residents < 1:
        fail("typical_residents", f"must be a whole number of at least 1, got {residents!r}")
    raw_tasks = data["tasks"]
    if not isinstance(raw_tasks, list) or not raw_tasks:
        fail("tasks", "must be a non-empty list of task objects")
    tasks: list[LibraryTask] = []
    seen: set[str] = set()
    for index, raw in enumerate(raw_tasks, start=1):
        task = _parse_task(raw, source, index)
        key = task.name.casefold()
        if key in seen:
            _failer(source, _task_label(index, task.name))("name", "the same name occurs twice")
        seen.add(key)
        tasks.append(task)
    return TaskLibrary(service_type, label, residents, tuple(tasks), source)


_Fail = Callable[[str, str], NoReturn]
_E = TypeVar("_E", bound=StrEnum)


def _failer(source: str, task: str) -> _Fail:
    def fail(field_name: str, problem: str) -> NoReturn:
        # "long_term.json: task #3 'Kveldsstell', field 'today': shares sum to 90, expected 100"
        where = [task] if task else []
        if field_name:
            where.append(f"field {field_name!r}")
        prefix = f"{source}: {', '.join(where)}" if where else source
        raise TaskLibraryError(f"{prefix}: {problem}", source, task, field_name)

    return fail


def _task_label(index: int, name: object) -> str:
    if isinstance(name, str) and name.strip():
        return f"task #{index} {name.strip()!r}"
    return f"task #{index}"


def _parse_task(raw: object, source: str, index: int) -> LibraryTask:
    name_value = raw.get("name") if isinstance(raw, dict) else None
    fail = _failer(source, _task_label(index, name_value))
    if not isinstance(raw, dict):
        fail("", f"must be a JSON object, not {_json_type(raw)}")
    unknown = sorted(set(raw) - _REQUIRED_TASK_KEYS - _OPTIONAL_TASK_KEYS)
    if unknown:
        fail(unknown[0], "unknown field")
    for key in sorted(_REQUIRED_TASK_KEYS):
        if key not in raw:
            fail(key, "missing")

    name = _text(raw["name"], fail, "name")
    description = _text(raw["description"], fail, "description")
    category = _choice(Category, raw["category"], fail, "category")
    unit = _choice(FrequencyUnit, raw["unit"], fail, "unit")
    count = _positive_number(raw["count"], fail, "count")
    days = _parse_days(raw["days"], fail)
    per_resident = 0.0
    if "per_resident" in raw:
        per_resident = _number(raw["per_resident"], fail, "per_resident")
        if not 0.0 <= per_resident <= 1.0:
            fail("per_resident", f"must be a share between 0 and 1, got {per_resident!r}")
    windows = _parse_windows(raw["windows"], fail)
    duration = _positive_number(raw["duration"], fail, "duration")
    staff = raw["staff"]
    if not _is_int(staff) or staff < 1:
        fail("staff", f"must be a whole number of at least 1, got {staff!r}")
    competences = _codes(raw["competences"], fail, "competences", allow_empty=True)
    restriction, min_level, roles = _parse_restriction(raw["restriction"], fail)
    today = _parse_shares(raw["today"], fail, "today")
    proposal = _parse_shares(raw["proposal"], fail, "proposal") if "proposal" in raw else None
    flags = _parse_flags(raw.get("flags", []), fail)
    risk = _choice(RiskLevel, raw.get("risk", RiskLevel.LOW.value), fail, "risk")
    delegation = _choice(
        DelegationRule, raw.get("delegation", DelegationRule.TRANSFER.value), fail, "delegation"
    )
    return LibraryTask(
        name=name,
        description=description,
        category=category,
        count=count,
        unit=unit,
        days=days,
        windows=windows,
        duration=duration,
        staff=staff,
        competences=competences,
        restriction=restriction,
        today=today,
        per_resident=per_resident,
        restriction_min_level=min_level,
        restriction_roles=roles,
        proposal=proposal,
        flags=flags,
        risk_level=risk,
        delegation_rule=delegation,
    )


def _parse_days(value: object, fail: _Fail) -> int:
    if isinstance(value, str):
        if value not in _DAY_SETS:
            fail("days", f"{value!r} is not one of {', '.join(_DAY_SETS)} or a list of days")
        return _DAY_SETS[value]
    if not isinstance(value, list) or not value:
        fail("days", f"must be {', '.join(_DAY_SETS)} or a non-empty list of day names")
    mask = 0
    for day in value:
        if not isinstance(day, str) or day not in _DAY_NAMES:
            fail("days", f"{day!r} is not a day name ({', '.join(_DAY_NAMES)})")
        if mask & _DAY_NAMES[day]:
            fail("days", f"{day!r} is listed twice")
        mask |= _DAY_NAMES[day]
    return mask


def parse_window(text: str) -> TimeWindow:
    """``"HH:MM-HH:MM"`` as a :class:`TimeWindow`; raises ``ValueError`` saying what is wrong.

    The end may be earlier than the start (the window crosses midnight, "23:00-07:00") and may
    be written 24:00. TimeWindow reads start == end as 24 hours; that is accepted only as
    "00:00-24:00" or "00:00-00:00" (what :meth:`TimeWindow.label` writes), so that a typo
    such as "08:00-08:00" is not silently read as a whole day.
    """
    match = _WINDOW_PATTERN.match(text)
    if match is None:
        raise ValueError(f"{text!r} is not 'HH:MM-HH:MM'")
    start_h, start_m, end_h, end_m = (int(part) for part in match.groups())
    if start_h > 23 or start_m > 59 or end_m > 59 or end_h > 24 or (end_h == 24 and end_m):
        raise ValueError(f"{text!r} is not a valid time of day")
    start = start_h * 60 + start_m
    end = (end_h * 60 + end_m) % MINUTES_PER_DAY
    if start == end and text not in _ROUND_THE_CLOCK:
        raise ValueError(
            f'{text!r} starts and ends at the same time (round the clock: "00:00-24:00")'
        )
    return TimeWindow(start, end)


def _parse_windows(value: object, fail: _Fail) -> tuple[TimeWindow, ...]:
    if not isinstance(value, list):
        fail("windows", "must be a list of 'HH:MM-HH:MM' (empty: any time in the day shift)")
    windows: list[TimeWindow] = []
    for text in value:
        if not isinstance(text, str):
            fail("windows", f"{text!r} is not 'HH:MM-HH:MM'")
        try:
            windows.append(parse_window(text))
        except ValueError as error:
            fail("windows", str(error))
    return tuple(windows)


def _parse_restriction(
    value: object, fail: _Fail
) -> tuple[Restriction, int | None, frozenset[str]]:
    if value == Restriction.NONE.value:
        return Restriction.NONE, None, frozenset()
    if value == Restriction.AUTHORISED.value:
        return Restriction.AUTHORISED, None, frozenset()
    if isinstance(value, dict) and len(value) == 1:
        if "min_level" in value:
            level = value["min_level"]
            if not _is_int(level) or level < 0:
                fail("restriction", f"min_level must be a whole number ≥ 0, got {level!r}")
            return Restriction.MIN_LEVEL, level, frozenset()
        if "roles" in value:
            roles = _codes(value["roles"], fail, "restriction", allow_empty=False)
            return Restriction.ROLES, None, frozenset(roles)
    fail(
        "restriction",
        f'must be "none", "authorised", {{"min_level": n}} or {{"roles": [...]}}, got {value!r}',
    )


def _parse_shares(value: object, fail: _Fail, field_name: str) -> Mapping[str, float]:
    if not isinstance(value, dict) or not value:
        fail(field_name, "must be a non-empty object of role code → share in percent")
    shares: dict[str, float] = {}
    for code, share in value.items():
        _code(code, fail, field_name)
        if not _is_number(share) or not 0 < share <= 100:
            fail(field_name, f"share of {code!r} must be a number above 0 and at most 100")
        shares[code] = float(share)
    total = sum(shares.values())
    if abs(total - 100.0) > SHARE_SUM_TOLERANCE:
        fail(field_name, f"shares sum to {total:g}, expected 100")
    return MappingProxyType(shares)


def _parse_flags(value: object, fail: _Fail) -> WorkFlag:
    if not isinstance(value, list):
        fail("flags", f"must be a list of {', '.join(_FLAG_NAMES)}")
    flags = WorkFlag(0)
    for name in value:
        if not isinstance(name, str) or name not in _FLAG_NAMES:
            fail("flags", f"{name!r} is not one of {', '.join(_FLAG_NAMES)}")
        flags |= _FLAG_NAMES[name]
    return flags


def _codes(value: object, fail: _Fail, field_name: str, *, allow_empty: bool) -> tuple[str, ...]:
    if not isinstance(value, list) or (not value and not allow_empty):
        fail(field_name, "must be a list of codes" + ("" if allow_empty else " (at least one)"))
    codes = tuple(_code(code, fail, field_name) for code in value)
    if len(set(codes)) != len(codes):
        fail(field_name, "a code is listed twice")
    return codes


def _code(value: object, fail: _Fail, field_name: str) -> str:
    if not isinstance(value, str) or not value.strip() or value != value.strip():
        fail(field_name, f"{value!r} is not a code")
    return value


def _text(value: object, fail: _Fail, field_name: str) -> str:
    if not isinstance(value, str) or not value.strip():
        fail(field_name, "must be a non-empty text")
    return value.strip()


def _choice(enum: type[_E], value: object, fail: _Fail, field_name: str) -> _E:
    if isinstance(value, str):
        try:
            return enum(value)
        except ValueError:
            pass
    fail(field_name, f"{value!r} is not one of {_choices(enum)}")


def _choices(enum: type[StrEnum]) -> str:
    return ", ".join(member.value for member in enum)


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: object) -> TypeGuard[int | float]:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _number(value: object, fail: _Fail, field_name: str) -> float:
    if not _is_number(value):
        fail(field_name, f"must be a number, got {value!r}")
    return float(value)


def _positive_number(value: object, fail: _Fail, field_name: str) -> float:
    number = _number(value, fail, field_name)
    if number <= 0:
        fail(field_name, f"must be above 0, got {value!r}")
    return number


def _json_type(value: object) -> str:
    return type(value).__name__
