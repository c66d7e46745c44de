"""Full-time effect of a scenario (DESIGN §6.6 on the scenario's own bemanningsplan).

The scenario's staffing plan (:mod:`oppgave.analysis.staffing_plan`) says how many of each role
are on each shift. Per **rota role** (a role with people on weekend shifts; weekday-only roles
such as merkantil and trainee roles are left out, as KS PAI counts rota staff):

* FTE = the plan's FTE of the role (hours per week ÷ the role's hours per FTE ÷ (1 − allowances));
* weekend shifts per weekend day: with ordinary shifts (7.5 h) day + evening + night people;
  with long weekend shifts (12.5 h, langvakt covering day and evening) max(day, evening) +
  night people: a long shift fills a day and an evening seat, the rest work ordinary shifts;
  **nights are kept as their own shifts** in both cases;
* weekend shifts per weekend = Saturday + Sunday;
* people the weekends need = ⌈weekend shifts × f ÷ shifts per person per weekend⌉ for every f-th
  weekend (``Settings.weekend_shifts_per_person``, default 2: Saturday and Sunday);
* «hvor mange 100 % stillinger kan vi tilby?»: the most full-time positions k among n ≥ people
  needed people whose positions sum to the role's FTE, every other position at least the
  minimum size m and below 100 % (:func:`max_fulltime`).

Full-time share = Σ k ÷ Σ n over the rota roles, shown against the goal (≥ 50 %). Today's share is
counted the same way over today's positions in the same roles.

Worked example: a role with 12 FTE and 2 day + 2 evening + 1 night on each weekend day needs
(2 + 2 + 1) × 2 = 10 shifts a weekend with 7.5 h shifts; every 3rd weekend ⌈10 × 3 ÷ 2⌉ = 15
people; with a minimum of 50 %: 15 people with 12 FTE give at most 9 × 100 % + 6 × 50 %, a 60 %
full-time share. With 12.5 h shifts: (2 + 1) × 2 = 6 shifts, 9 people: 12 × 100 % = 12 people.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from oppgave.analysis.fulltime import fulltime_figures
from oppgave.analysis.staffing_plan import StaffingPlan
from oppgave.domain.enums import DayType, Shift
from oppgave.domain.records import DepartmentData

#: The municipalities' goal: at least half of rota staff in full-time positions.
FULLTIME_GOAL = 0.5
#: Largest part-time position (a fraction): below full time.
_LARGEST_PART_TIME = 0.99
_EPS = 1e-6


@dataclass(frozen=True, slots=True)
class FulltimeSplit:
    """k full-time positions and n − k part-time ones summing to ``fte`` (n = ``people``)."""

    fulltime: int
    people: int
    feasible: bool  # False: even n people at the minimum size need more FTE than there is

    @property
    def part_time(self) -> int:
        return self.people - self.fulltime


def max_fulltime(fte: float, people_needed: int, min_size: float) -> FulltimeSplit:
    """The most 100 % positions: n ≥ ``people_needed`` people, k of them full time, the other
    n − k in [``min_size``, 0.99] (fractions), Σ = ``fte``. Largest k, then smallest n.

    When even ``people_needed`` positions at ``min_size`` need more than ``fte`` the answer is
    0 full-time among ``people_needed`` people and ``feasible`` is False.
    """
    if fte <= _EPS:
        return FulltimeSplit(0, 0, people_needed == 0)
    min_size = max(min_size, 0.01)
    low = max(people_needed, math.ceil(fte - _EPS))
    high = max(low, math.floor(fte / min_size + _EPS))
    best: FulltimeSplit | None = None
    for n in range(low, high + 1):
        for k in range(min(n, math.floor(fte + _EPS)), -1, -1):
            rest, parts = fte - k, n - k
            if parts == 0:
                fits = abs(rest) < 1e-3
            else:
                fits = parts * min_size - _EPS <= rest <= parts * _LARGEST_PART_TIME + _EPS
            if fits:
                if best is None or k > best.fulltime:
                    best = FulltimeSplit(k, n, True)
                break
    return best or FulltimeSplit(0, max(people_needed, 1), False)


@dataclass(frozen=True, slots=True)
class RoleWeekend:
    """One rota role under one weekend frequency and weekend shift length."""

    role_id: int
    fte: float
    shifts_per_weekend: int
    people_needed: int
    split: FulltimeSplit


@dataclass(frozen=True, slots=True)
class FulltimeOption:
    """Every f-th weekend with weekend shifts of ``shift_hours`` (7.5: ordinary, 12.5: long)."""

    frequency: int
    shift_hours: float
    roles: tuple[RoleWeekend, ...]

    @property
    def long_shifts(self) -> bool:
        return self.shift_hours > LONG_SHIFT_THRESHOLD

    @property
    def people_needed(self) -> int:
        return sum(r.people_needed for r in self.roles)

    @property
    def fulltime_positions(self) -> int:
        return sum(r.split.fulltime for r in self.roles)

    @property
    def people(self) -> int:
        return sum(r.split.people for r in self.roles)

    @property
    def fulltime_share(self) -> float | None:
        return self.fulltime_positions / self.people if self.people else None

    @property
    def feasible(self) -> bool:
        return all(r.split.feasible for r in self.roles)

    @property
    def meets_goal(self) -> bool:
        share = self.fulltime_share
        return share is not None and share >= FULLTIME_GOAL - _EPS


#: Weekend shifts longer than this (hours) are long shifts covering day and evening.
LONG_SHIFT_THRESHOLD = 10.0


@dataclass(frozen=True, slots=True)
class FulltimeEffect:
    """The full-time effect of one scenario (see the module docstring)."""

    scenario_id: int
    rota_role_ids: tuple[int, ...]
    left_out_role_ids: tuple[int, ...]  # weekday-only or trainee roles
    min_position: float  # fraction
    plan_fte: float  # FTE of the rota roles on the plan
    today_people: int
    today_fulltime: int
    today_share: float | None
    options: tuple[FulltimeOption, ...]

    def option(self, frequency: int, shift_hours: float) -> FulltimeOption | None:
        return next(
            (
                o
                for o in self.options
                if o.frequency == frequency and abs(o.shift_hours - shift_hours) < 1e-6
            ),
            None,
        )


def weekend_shifts(plan: StaffingPlan, role_id: int, long_shifts: bool) -> int:
    """Shifts of ``role_id`` one weekend needs (Saturday + Sunday; see the module docstring)."""
    day = plan.people(role_id, Shift.DAY, DayType.WEEKEND)
    evening = plan.people(role_id, Shift.EVENING, DayType.WEEKEND)
    night = plan.people(role_id, Shift.NIGHT, DayType.WEEKEND)
    per_day = (max(day, evening) if long_shifts else day + evening) + night
    return 2 * per_day


def fulltime_effect(
    data: DepartmentData,
    plan: StaffingPlan,
    *,
    min_position_percent: float = 50.0,
    frequencies: Iterable[int] | None = None,
    shift_hours: Iterable[float] | None = None,
) -> FulltimeEffect:
    """The full-time effect of the scenario whose bemanningsplan is ``plan``."""
    settings = data.settings
    frequencies = tuple(frequencies or settings.weekend_frequencies)
    lengths = tuple(shift_hours or settings.weekend_shift_hours)
    trainees = {r.id for r in data.roles if r.code in settings.trainee_role_codes}
    rota, left_out = [], []
    for role_plan in plan.roles:
        if role_plan.fte <= 0:
            continue
        if role_plan.weekday_only or role_plan.role_id in trainees:
            left_out.append(role_plan.role_id)
        else:
            rota.append(role_plan)
    min_size = min_position_percent / 100.0
    per_person = max(1, settings.weekend_shifts_per_person)
    options = []
    for frequency in frequencies:
        for length in lengths:
            long_shifts = length > LONG_SHIFT_THRESHOLD
            rows = []
            for role_plan in rota:
                shifts = weekend_shifts(plan, role_plan.role_id, long_shifts)
                needed = math.ceil(shifts * frequency / per_person - _EPS)
                rows.append(
                    RoleWeekend(
                        role_id=role_plan.role_id,
                        fte=role_plan.fte,
                        shifts_per_weekend=shifts,
                        people_needed=needed,
                        split=max_fulltime(role_plan.fte, needed, min_size),
                    )
                )
            options.append(FulltimeOption(frequency, length, tuple(rows)))
    rota_ids = tuple(r.role_id for r in rota)
    today = fulltime_figures(data.positions, settings, rota_ids)
    return FulltimeEffect(
        scenario_id=plan.scenario_id,
        rota_role_ids=rota_ids,
        left_out_role_ids=tuple(left_out),
        min_position=min_size,
        plan_fte=sum(r.fte for r in rota),
        today_people=today.people,
        today_fulltime=today.fulltime_people,
        today_share=today.fulltime_share,
        options=tuple(options),
    )
