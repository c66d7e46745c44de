"""The cost of a staffing: the one objective the optimiser minimises (DESIGN §6.4).

:func:`scenario_cost` evaluates **any** assignment (today's, the LEON suggestion, a proposal) on
exactly the objective of :mod:`oppgave.analysis.staffing_mix`, so they can be compared fairly.

Time basis: **kroner per year** = wage cost per week × ``weeks_per_year`` (default 52) + the
one-off course cost (counted once, in the first year).

Wage cost per week = Σ over roles of hours_r × hourly cost_r ÷ (1 − absence − training): the same
rule as :mod:`oppgave.analysis.capacity` (absent people are paid too). Here hours_r is the role's
task hours plus any **idle minimum-staffing time**: a minimum of N people of a role on a shift
(:class:`ShiftMinimum`) means that role is paid for at least N × shift hours × days on that shift
anyway, so the hours counted for that (role, shift, day type) are
max(task hours in that shift, N × shift hours × days). Days: 5 for weekdays, 2 for weekends.

FTE_r = hours_r ÷ (hours_per_fte × (1 − allowances)); a cap limits this FTE.

Course cost: each (role, competence) that the assignment needs — the role has a share of a task
requiring a competence it lacks — costs cost per participant × the people that course needs.
To keep the objective linear that number is fixed in advance, from the upgrade-plan formula
(:mod:`oppgave.analysis.upgrades`) applied to *every* task requiring the competence that the
role's restrictions allow: the people needed if the role took all such tasks ("full coverage").
The upgrade plan of a finished scenario counts only the tasks the role really got, so it can be
lower than the course cost here; never higher.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np

from oppgave.analysis.capacity import productive_hours_per_fte, productive_share
from oppgave.analysis.department_arrays import (
    DAY_TYPE_OF_DAY,
    DAYS_OF_TYPE,
    DepartmentArrays,
    FloatArray,
)
from oppgave.analysis.eligibility import Qualifications
from oppgave.analysis.norwegian_text import format_number, quoted
from oppgave.analysis.upgrades import UpgradeNeed, plan_upgrade
from oppgave.domain.enums import DayType, Shift
from oppgave.domain.records import AssignmentMap, Course, DepartmentData
from oppgave.i18n import translate

#: Shares within this of 100 % count as fully covered (floating point from percentages).
SHARE_TOLERANCE = 1e-6


@dataclass(frozen=True, slots=True)
class ShiftMinimum:
    """At least ``people`` of a role on ``shift`` — on ``day_type`` days, or every day if None."""

    role_id: int
    shift: Shift
    people: int
    day_type: DayType | None = None


@dataclass(frozen=True, slots=True)
class StaffingOptions:
    """Optional limits of the staffing-mix optimiser.

    ``fte_caps``: role id → the most FTE the role may have (e.g. nurses the labour market can
    give); ``shift_minimums``: people of a role that must be on a shift anyway;
    ``time_limit_seconds``: the solver stops with its best solution after this long;
    ``mip_gap``: the solver stops when its solution is proven within this relative distance of
    the cheapest possible (1e-4: within 0.01 %, about 2 000 kroner a year on a department
    costing 20 million; the last 0.01 % can take the solver seconds to prove).
    """

    fte_caps: Mapping[int, float] = field(default_factory=dict)
    shift_minimums: tuple[ShiftMinimum, ...] = ()
    time_limit_seconds: float = 30.0
    mip_gap: float = 1e-4


@dataclass(frozen=True, slots=True)
class RoleCost:
    """One role in a :class:`CostBreakdown` (hours per week, FTE, kroner per week)."""

    role_id: int
    role_name: str
    task_hours_per_week: float  # Σ task hours × share
    hours_per_week: float  # task hours + idle minimum-staffing hours
    fte: float
    cost_per_week: float


@dataclass(frozen=True, slots=True)
class CourseCost:
    """A course the assignment needs, priced for full coverage (see the module docstring)."""

    role_id: int
    role_name: str
    competence_id: int
    competence_name: str
    course_id: int
    course_name: str
    people: int
    cost: float  # kroner, once


@dataclass(frozen=True, slots=True)
class CostBreakdown:
    """The optimiser's objective for one assignment, and the rules it breaks (if any)."""

    roles: tuple[RoleCost, ...]
    courses: tuple[CourseCost, ...]
    wage_cost_per_week: float
    weeks_per_year: float
    violations: tuple[str, ...]  # Norwegian, one per broken rule; empty when all rules hold

    @property
    def wage_cost_per_year(self) -> float:
        """Kroner per year = wage cost per week × weeks per year."""
        return self.wage_cost_per_week * self.weeks_per_year

    @property
    def course_cost(self) -> float:
        """Kroner, once = Σ course costs."""
        return sum(course.cost for course in self.courses)

    @property
    def total_cost(self) -> float:
        """The objective in kroner per year = wage cost per year + course cost."""
        return self.wage_cost_per_year + self.course_cost

    @property
    def fte(self) -> float:
        return sum(role.fte for role in self.roles)

    @property
    def satisfies_rules(self) -> bool:
        return not self.violations

    def by_role_id(self) -> dict[int, RoleCost]:
        return {role.role_id: role for role in self.roles}


@dataclass(frozen=True, slots=True)
class MinimumBlock:
    """A minimum-staffing block: role ``r`` is paid ``floor_hours`` per week on one shift type."""

    role_index: int
    shift: Shift
    day_type: DayType
    people: int
    floor_hours: float  # people × shift hours × days, hours per week
    task_hours: FloatArray  # per task: hours per week inside this shift and day type


@dataclass(frozen=True, slots=True)
class CoursePrice:
    role_index: int
    competence_id: int
    course: Course
    need: UpgradeNeed

    @property
    def cost(self) -> float:
        return self.need.cost


class CostModel:
    """Everything the objective needs for one department and one set of options, built once.

    Shared by :func:`scenario_cost` and the optimiser so both price a staffing identically.
    """

    def __init__(self, data: DepartmentData, options: StaffingOptions) -> None:
        self.data = data
        self.options = options
        settings = data.settings
        self.arrays = DepartmentArrays.build(data.tasks, data.roles, settings)
        self.qualifications = Qualifications(data.roles, data.competences, data.courses)
        roles = self.arrays.roles
        #: kroner per hour worked, allowances included (per week basis)
        self.rate: FloatArray = roles.hourly_cost / productive_share(settings)
        self.weeks_per_year = settings.weeks_per_year
        self.productive_fte_hours = productive_hours_per_fte(settings)
        self.occurrences = self.arrays.tasks.occurrences_by_shift_instance()
        self.blocks = self._minimum_blocks()
        self.cap_hours: dict[int, float] = {}
        for role_id, fte in options.fte_caps.items():
            if role_id not in roles.index:
                raise ValueError(f"FTE cap for unknown role id {role_id}")
            if fte < 0:
                raise ValueError(f"negative FTE cap for role id {role_id}")
            self.cap_hours[roles.index[role_id]] = fte * self.productive_fte_hours
        self._allowed = np.array(
            [[task.allows(role) for role in roles.roles] for task in self.arrays.tasks.tasks],
            dtype=bool,
        ).reshape(len(self.arrays.tasks), len(roles))
        self._prices: dict[tuple[int, int], CoursePrice | None] = {}

    def _minimum_blocks(self) -> tuple[MinimumBlock, ...]:
        roles = self.arrays.roles
        tasks = self.arrays.tasks
        shift_index = {d.shift: s for s, d in enumerate(tasks.shifts)}
        people: dict[tuple[int, Shift, DayType], int] = {}
        for minimum in self.options.shift_minimums:
            if minimum.role_id not in roles.index:
                raise ValueError(f"shift minimum for unknown role id {minimum.role_id}")
            if minimum.shift not in shift_index:
                raise ValueError(f"shift minimum for a shift not in the settings: {minimum.shift}")
            if minimum.people <= 0:
                continue
            day_types = (minimum.day_type,) if minimum.day_type else tuple(DayType)
            for day_type in day_types:
                key = (roles.index[minimum.role_id], minimum.shift, day_type)
                people[key] = max(people.get(key, 0), minimum.people)
        if not people:
            return ()
        by_instance = tasks.hours_by_shift_instance()  # n × S × 7
        blocks = []
        for (r, shift, day_type), count in sorted(people.items(), key=lambda i: str(i[0])):
            s = shift_index[shift]
            days = [d for d, t in enumerate(DAY_TYPE_OF_DAY) if t is day_type]
            blocks.append(
                MinimumBlock(
                    role_index=r,
                    shift=shift,
                    day_type=day_type,
                    people=count,
                    floor_hours=count * tasks.shifts[s].hours * DAYS_OF_TYPE[day_type],
                    task_hours=by_instance[:, s, days].sum(axis=1),
                )
            )
        return tuple(blocks)

    def allowed(self, task_row: int, role_index: int) -> bool:
        return bool(self._allowed[task_row, role_index])

    def course_price(self, role_index: int, competence_id: int) -> CoursePrice | None:
        """The fixed price of giving ``competence_id`` to a role (None: no course can).

        People = the upgrade-plan formula over every task requiring the competence that the
        role's restrictions allow (all tasks requiring it if the restrictions allow none).
        """
        key = (role_index, competence_id)
        if key in self._prices:
            return self._prices[key]
        role = self.arrays.roles.roles[role_index]
        course = self.qualifications.course_for(role, competence_id)
        price = None
        if course is not None:
            tasks = self.arrays.tasks.tasks
            requiring = [t for t, task in enumerate(tasks) if competence_id in task.competence_ids]
            allowed = [t for t in requiring if self._allowed[t, role_index]] or requiring
            need = plan_upgrade(
                role,
                competence_id,
                self.qualifications.competence_name(competence_id),
                course,
                [tasks[t].id for t in allowed],
                self.occurrences[allowed],
                self.data.positions,
                self.data.settings,
            )
            price = CoursePrice(role_index, competence_id, course, need)
        self._prices[key] = price
        return price

    def evaluate(self, shares: FloatArray) -> CostBreakdown:
        """The objective and rule check for a share matrix (n × R, fractions of each task)."""
        tasks, roles = self.arrays.tasks, self.arrays.roles
        task_hours = tasks.hours @ shares if len(tasks) else np.zeros(len(roles))
        hours = task_hours.copy()
        for block in self.blocks:
            in_block = float(block.task_hours @ shares[:, block.role_index])
            hours[block.role_index] += max(in_block, block.floor_hours) - in_block
        violations: list[str] = []
        courses: dict[tuple[int, int], CoursePrice] = {}
        for t, task in enumerate(tasks.tasks):
            row = shares[t]
            total = float(row.sum())
            if abs(total - 1.0) > SHARE_TOLERANCE:
                violations.append(
                    translate("StaffingCost", "{task} er fordelt med {share} %, ikke 100 %").format(
                        task=quoted(task.name), share=format_number(total * 100.0)
                    )
                )
            for r in np.flatnonzero(row > 0.0).tolist():
                role = roles.roles[r]
                if not self._allowed[t, r]:
                    violations.append(
                        translate(
                            "StaffingCost",
                            "{role} har en del av {task}, men restriksjonen tillater {who}",
                        ).format(
                            role=role.name,
                            task=quoted(task.name),
                            who=self.qualifications.restriction_text(task),
                        )
                    )
                for competence_id in sorted(task.competence_ids - role.competence_ids):
                    price = self.course_price(r, competence_id)
                    if price is None:
                        violations.append(
                            translate(
                                "StaffingCost",
                                "{role} har en del av {task}, men mangler {competence}",
                            ).format(
                                role=role.name,
                                task=quoted(task.name),
                                competence=self.qualifications.competence_name(competence_id),
                            )
                        )
                    else:
                        courses[(r, competence_id)] = price
        fte = hours / self.productive_fte_hours
        for r, cap in sorted(self.cap_hours.items()):
            if hours[r] > cap + 1e-6:
                violations.append(
                    translate(
                        "StaffingCost", "{role} trenger {fte} årsverk, over taket på {cap}"
                    ).format(
                        role=roles.roles[r].name,
                        fte=format_number(fte[r], 2),
                        cap=format_number(cap / self.productive_fte_hours, 2),
                    )
                )
        cost = hours * self.rate
        return CostBreakdown(
            roles=tuple(
                RoleCost(
                    role_id=role.id,
                    role_name=role.name,
                    task_hours_per_week=float(task_hours[r]),
                    hours_per_week=float(hours[r]),
                    fte=float(fte[r]),
                    cost_per_week=float(cost[r]),
                )
                for r, role in enumerate(roles.roles)
            ),
            courses=tuple(
                CourseCost(
                    role_id=roles.roles[price.role_index].id,
                    role_name=roles.roles[price.role_index].name,
                    competence_id=price.competence_id,
                    competence_name=price.need.competence_name,
                    course_id=price.course.id,
                    course_name=price.course.name,
                    people=price.need.people,
                    cost=price.cost,
                )
                for _, price in sorted(courses.items())
            ),
            wage_cost_per_week=float(cost.sum()),
            weeks_per_year=self.weeks_per_year,
            violations=tuple(violations),
        )


def scenario_cost(
    data: DepartmentData, assignments: AssignmentMap, options: StaffingOptions | None = None
) -> CostBreakdown:
    """Evaluate any assignment on the optimiser's objective (kroner per year, see module doc).

    total = Σ_r hours_r × hourly cost_r ÷ (1 − allowances) × weeks per year + Σ course costs,
    where hours_r includes idle minimum-staffing time. Broken rules (restriction, competence
    without a possible course, shares not summing to 100 %, FTE above a cap) are listed in
    ``violations``; the cost is computed all the same.
    """
    model = CostModel(data, options or StaffingOptions())
    return model.evaluate(model.arrays.shares(assignments))
