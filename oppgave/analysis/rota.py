"""Grunnturnus: the problem (positions, demand, rules) and the rota (who works what, which day).

A rota of ``weeks`` weeks starts on a Monday and repeats (it is cyclic: the last Sunday is followed
by the first Monday, for rest and days in a row). Day ``d`` is weekday ``d % 7`` (0 = Monday);
the weekend is Saturday 00:00 to Sunday 24:00, so a Friday night shift ending Saturday morning is
weekend work. A shift belongs to the day it starts on; its hours count in that day's week.

**Demand** (:func:`demand_from_plan`): people of each role on each analysis shift (dag / kveld /
natt) of each day, from the bemanningsplan. A rota shift type covers one or more analysis shifts
(:mod:`oppgave.analysis.rota_shifts`): a long weekend shift fills a day and an evening seat.

**Rules** (:class:`RotaRules`, AML § 10-8 and the local agreement):

* at least ``min_rest_hours`` (11) between the end of one shift and the start of the next;
  fewer (not below 8) only with ``rest_agreement`` naming the agreement;
* in every calendar week a free period of at least ``weekly_rest_hours`` (35) that contains
  noon of one of the week's days;
* at most ``max_week_hours`` (48) in any calendar week, at most ``max_average_week_hours`` (40)
  on average;
* at most ``max_days_in_a_row`` days in a row with a shift;
* each position's hours over the rota within ± tolerance of its size: size × hours per FTE ×
  weeks, tolerance = max(``min_tolerance_hours``, ``tolerance_percent`` of that);
* every position works exactly weeks ÷ ``weekend_every`` weekends, never two within
  ``weekend_every`` weekends, and on a worked weekend both Saturday and Sunday;
* long shifts only on Saturday and Sunday, and only with ``long_weekend_shifts``.

**Holidays** (:mod:`oppgave.analysis.holidays`): a 52-week årsturnus (``ARSTURNUS_WEEKS``) starts
on a real Monday (``RotaProblem.start``) and knows the public holidays in its year
(``RotaProblem.holidays``); a holiday is staffed as a Sunday (the plan's helg need) whatever
weekday it falls on. The weekend rules stay on Saturday and Sunday; a holiday shift counts in the
position's hours like any shift. Vacation (5 weeks ferie) is not planned in the rota: the hours
per årsverk already leave it out (``role_hours_per_fte``), and the ferie is laid over the
årsturnus afterwards, as the departments do today.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from oppgave.analysis.capacity import role_hours_per_fte
from oppgave.analysis.rota_shifts import MINUTES_PER_DAY, RotaShiftType, default_shift_types
from oppgave.domain.enums import DayType, Shift
from oppgave.domain.records import DepartmentData
from oppgave.errors import ValidationError
from oppgave.i18n import translate

if TYPE_CHECKING:
    # only a type here: the plan's module needs NumPy, which the rota tab's registration at the
    # app's start must not load (issue 18)
    from oppgave.analysis.staffing_plan import StaffingPlan

DAYS_PER_WEEK = 7
SATURDAY, SUNDAY, FRIDAY = 5, 6, 4
#: A rota this long is an årsturnus: it has real dates and the year's holidays.
ARSTURNUS_WEEKS = 52
#: The rest between shifts may not be agreed below this (AML § 10-8 (3), tariff agreement).
LOWEST_AGREED_REST_HOURS = 8.0
STANDARD_REST_HOURS = 11.0

#: (day index in the rota, analysis shift, role id) → people.
Demand = Mapping[tuple[int, Shift, int], int]


def _tr(text: str) -> str:
    return translate("Rota", text)


def weekday(day: int) -> int:
    return day % DAYS_PER_WEEK


def is_weekend_day(day: int) -> bool:
    return weekday(day) >= SATURDAY


@dataclass(frozen=True, slots=True)
class RotaRules:
    """The rules a rota must meet (see the module docstring); defaults per AML § 10-8."""

    weeks: int = 6
    weekend_every: int = 3
    long_weekend_shifts: bool = False
    min_rest_hours: float = STANDARD_REST_HOURS
    rest_agreement: str = ""
    weekly_rest_hours: float = 35.0
    max_week_hours: float = 48.0
    max_average_week_hours: float = 40.0
    max_days_in_a_row: int = 5
    tolerance_percent: float = 2.0
    min_tolerance_hours: float = 5.0
    weekend_shifts_per_person: int = 2
    #: The generator deals positions into weekend groups before solving (see
    #: ``rota_solver.weekend_groups``); False lets the solver choose each position's weekends.
    fixed_weekend_groups: bool = True

    @property
    def days(self) -> int:
        return self.weeks * DAYS_PER_WEEK

    def validate(self) -> None:
        """Raise :class:`ValidationError` with a Norwegian message for rules that cannot be."""
        if self.weeks < 1 or self.weeks > 52:
            raise ValidationError(_tr("Turnusen må være mellom 1 og 52 uker."), "weeks")
        if self.weekend_every < 1:
            raise ValidationError(_tr("Helgefrekvensen må være minst 1."), "weekend_every")
        if self.weeks % self.weekend_every:
            raise ValidationError(
                _tr(
                    "En turnus på {w} uker går ikke opp med arbeid hver {f}. helg: velg en "
                    "lengde som er et multiplum av {f}."
                ).format(w=self.weeks, f=self.weekend_every),
                "weeks",
            )
        if self.min_rest_hours < LOWEST_AGREED_REST_HOURS:
            raise ValidationError(
                _tr("Hviletiden mellom vakter kan ikke avtales kortere enn 8 timer."),
                "min_rest_hours",
            )
        if self.min_rest_hours < STANDARD_REST_HOURS and not self.rest_agreement.strip():
            raise ValidationError(
                _tr(
                    "Hviletid under 11 timer krever en skriftlig avtale med de tillitsvalgte "
                    "(AML § 10-8 (3)): oppgi avtalen."
                ),
                "rest_agreement",
            )
        if self.max_days_in_a_row < 1:
            raise ValidationError(_tr("Dager på rad må være minst 1."), "max_days_in_a_row")

    def target_minutes(self, size_percent: float, hours_per_fte: float) -> int:
        """Minutes a position of ``size_percent`` works over the rota."""
        return round(size_percent / 100.0 * hours_per_fte * self.weeks * 60)

    def tolerance_minutes(self, target: int) -> int:
        return round(max(self.min_tolerance_hours * 60, target * self.tolerance_percent / 100.0))


@dataclass(frozen=True, slots=True)
class RotaPosition:
    """One position (stilling) in the rota: its size (percent of full time) and the paid hours
    per week of a full-time position in its role."""

    label: str
    role_id: int
    size_percent: float
    hours_per_fte: float
    competence_ids: frozenset[int] = frozenset()


@dataclass(frozen=True, slots=True)
class RotaProblem:
    """Everything the generator needs; ``competence_demand``: (day, shift, competence id) →
    people with that competence on the shift."""

    positions: tuple[RotaPosition, ...]
    shift_types: tuple[RotaShiftType, ...]
    demand: Demand
    rules: RotaRules
    role_names: Mapping[int, str] = field(default_factory=dict)
    competence_demand: Mapping[tuple[int, Shift, int], int] = field(default_factory=dict)
    #: Day index → holiday name (an årsturnus; empty for a grunnturnus that repeats).
    holidays: Mapping[int, str] = field(default_factory=dict)
    #: The Monday the rota starts (None: any Monday, a grunnturnus).
    start: date | None = None

    def usable_types(self, day: int) -> tuple[RotaShiftType, ...]:
        """Shift types allowed on ``day`` (long shifts only on weekends, only if chosen)."""
        return tuple(
            t
            for t in self.shift_types
            if not t.weekend_only or (self.rules.long_weekend_shifts and is_weekend_day(day))
        )

    def role_name(self, role_id: int) -> str:
        return self.role_names.get(role_id, str(role_id))

    def is_helg(self, day: int) -> bool:
        """Staffed as a weekend: Saturday, Sunday or a holiday."""
        return is_weekend_day(day) or day in self.holidays


@dataclass(frozen=True, slots=True)
class Rota:
    """A rota: ``grid[p][d]`` the shift code of position p on day d, "" when free."""

    problem: RotaProblem
    grid: tuple[tuple[str, ...], ...]
    sizes: tuple[float, ...]  # position sizes in percent

    def shift_type(self, code: str) -> RotaShiftType:
        return next(t for t in self.problem.shift_types if t.code == code)

    def minutes(self, position: int) -> int:
        return sum(self.shift_type(c).length_minutes for c in self.grid[position] if c)

    def week_hours(self, position: int, week: int) -> float:
        days = self.grid[position][week * DAYS_PER_WEEK : (week + 1) * DAYS_PER_WEEK]
        return sum(self.shift_type(c).hours for c in days if c)

    def fulltime_positions(self) -> int:
        return sum(1 for s in self.sizes if s >= 100.0 - 1e-6)

    def with_shift(self, position: int, day: int, code: str) -> Rota:
        """A copy with one cell changed (a hand edit in the grid)."""
        rows = [list(row) for row in self.grid]
        rows[position][day] = code
        return Rota(self.problem, tuple(tuple(r) for r in rows), self.sizes)


def demand_from_plan(
    plan: StaffingPlan,
    weeks: int,
    role_ids: Iterable[int] | None = None,
    holidays: Iterable[int] = (),
) -> dict[tuple[int, Shift, int], int]:
    """People per (day, analysis shift, role) for every day of a ``weeks``-week rota (only
    ``role_ids`` if given: weekday-only roles work days outside the rota). Days in ``holidays``
    are staffed as weekend days (the helg need)."""
    wanted = None if role_ids is None else set(role_ids)
    helg = set(holidays)
    result: dict[tuple[int, Shift, int], int] = {}
    for day in range(weeks * DAYS_PER_WEEK):
        weekend = is_weekend_day(day) or day in helg
        day_type = DayType.WEEKEND if weekend else DayType.WEEKDAY
        for cell in plan.cells:
            if wanted is not None and cell.role_id not in wanted:
                continue
            if cell.day_type is day_type and cell.people > 0:
                result[(day, cell.shift, cell.role_id)] = cell.people
    return result


def competence_demand_from_plan(
    plan: StaffingPlan,
    weeks: int,
    role_competences: Mapping[int, frozenset[int]],
    role_ids: Iterable[int] | None = None,
) -> dict[tuple[int, Shift, int], int]:
    """People with each competence per (day, analysis shift, competence id) for every day of a
    ``weeks``-week rota: the plan's competence needs (:attr:`StaffingPlan.competences`: safety
    floors and patient tasks per shift), as far as the plan's people of ``role_ids`` (the rota
    roles) can meet them. A need the plan itself leaves unmet is the plan's warning, not a
    constraint no rota could satisfy."""
    wanted = None if role_ids is None else set(role_ids)
    result: dict[tuple[int, Shift, int], int] = {}
    for need in plan.competences:
        available = sum(
            cell.people
            for cell in plan.cells
            if cell.shift is need.shift
            and cell.day_type is need.day_type
            and (wanted is None or cell.role_id in wanted)
            and need.competence_id in role_competences.get(cell.role_id, frozenset())
        )
        people = min(need.people, available)
        if people <= 0:
            continue
        for day in range(weeks * DAYS_PER_WEEK):
            day_type = DayType.WEEKEND if is_weekend_day(day) else DayType.WEEKDAY
            if day_type is need.day_type:
                result[(day, need.shift, need.competence_id)] = people
    return result


def rota_roles(plan: StaffingPlan) -> tuple[int, ...]:
    """Roles with people on shifts of the plan (the roles the rota staffs)."""
    return tuple(dict.fromkeys(c.role_id for c in plan.cells if c.people > 0))


def positions_from_department(
    data: DepartmentData, role_ids: Iterable[int]
) -> tuple[RotaPosition, ...]:
    """Today's positions of ``role_ids``, one :class:`RotaPosition` per person («HFA 80 % 2»)."""
    wanted = tuple(role_ids)
    roles = {r.id: r for r in data.roles}
    result: list[RotaPosition] = []
    for role_id in wanted:
        role = roles[role_id]
        rows = sorted(
            (p for p in data.positions if p.role_id == role_id), key=lambda p: -p.size_percent
        )
        number = 0
        for row in rows:
            for _ in range(row.count):
                number += 1
                result.append(
                    RotaPosition(
                        label=f"{role.code} {number} ({format_percent(row.size_percent)})",
                        role_id=role_id,
                        size_percent=row.size_percent,
                        hours_per_fte=role_hours_per_fte(role, data.settings),
                        competence_ids=role.competence_ids,
                    )
                )
    return tuple(result)


def format_percent(value: float) -> str:
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return f"{text.replace('.', ',')} %"


def shift_interval(day: int, shift_type: RotaShiftType) -> tuple[int, int]:
    """Start and end of a shift in minutes from the rota's first Monday 00:00."""
    start = day * MINUTES_PER_DAY + shift_type.start_minute
    return start, start + shift_type.length_minutes


def default_types(long_shift_hours: float = 12.5) -> tuple[RotaShiftType, ...]:
    return default_shift_types(long_shift_hours)


def positions_from_split(
    data: DepartmentData, role_fte: Mapping[int, float], splits: Mapping[int, tuple[int, int]]
) -> tuple[RotaPosition, ...]:
    """The position structure a scenario needs: per role ``k`` × 100 % and ``n − k`` part-time
    positions sharing the rest of the role's FTE (whole percent, the remainder on the first),
    from :func:`oppgave.analysis.fulltime_effect.max_fulltime` (role id → (k, n))."""
    roles = {r.id: r for r in data.roles}
    result: list[RotaPosition] = []
    for role_id, (fulltime, people) in splits.items():
        role = roles[role_id]
        parts = people - fulltime
        rest = max(0.0, role_fte[role_id] - fulltime) * 100.0
        each = math.floor(rest / parts) if parts else 0
        sizes = [100.0] * fulltime + [float(each)] * parts
        if parts:
            sizes[fulltime] += round(rest - each * parts)
        for number, size in enumerate(sizes, start=1):
            result.append(
                RotaPosition(
                    label=f"{role.code} {number} ({format_percent(size)})",
                    role_id=role_id,
                    size_percent=min(size, 100.0),
                    hours_per_fte=role_hours_per_fte(role, data.settings),
                    competence_ids=role.competence_ids,
                )
            )
    return tuple(result)
