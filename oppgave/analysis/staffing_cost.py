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

Rules: a role may take (a share of) a task only if :class:`~oppgave.analysis.eligibility.
Qualifications` allows it — the task's restriction and the support-role rule (support roles only
take practical and administrative tasks) — and it has or can get by a course every required
competence. :func:`scenario_cost` lists each broken rule; the optimiser never breaks one.

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
from dataclasses import dataclass, field, replace
from enum import StrEnum

import numpy as np

from oppgave.analysis.capacity import productive_share, role_hours_per_fte
from oppgave.analysis.department_arrays import (
    DAY_TYPE_OF_DAY,
    DAYS_OF_TYPE,
    DepartmentArrays,
    FloatArray,
)
from oppgave.analysis.eligibility import Qualifications
from oppgave.analysis.norwegian_text import format_number, quoted
from oppgave.analysis.upgrades import UpgradeNeed, plan_upgrade
from oppgave.domain.enums import Category, DayType, DelegationRule, RiskLevel, Shift
from oppgave.domain.records import AssignmentMap, Course, DepartmentData, Frequency, Role, Task
from oppgave.i18n import translate

#: Shares within this of 100 % count as fully covered (floating point from percentages).
SHARE_TOLERANCE = 1e-6


class ProposalMode(StrEnum):
    """What question a proposal answers (stored with the scenario; see docs/analyse.md).

    REDISTRIBUTE («Omfordel med dagens ansatte»): today's positions per role, plus a hiring
    allowance per role, are the supply; LOWEST_COST («Laveste kostnad»): any role may grow
    unless a cap or a hiring allowance limits it; GROWTH («Flere brukere»): demand scaled by
    ``growth_percent``, supply as in REDISTRIBUTE.
    """

    REDISTRIBUTE = "redistribute"
    LOWEST_COST = "lowest_cost"
    GROWTH = "growth"


@dataclass(frozen=True, slots=True)
class ShiftMinimum:
    """At least ``people`` of a role on ``shift`` — on ``day_type`` days, or every day if None."""

    role_id: int
    shift: Shift
    people: int
    day_type: DayType | None = None


@dataclass(frozen=True, slots=True)
class GroupMinimum:
    """At least ``people`` of *any* of ``role_ids`` on ``shift`` (``day_type`` None: every day).

    The safety floor (forsvarlighet) is one of these: «minst 1 autorisert sykepleier på vakt» is
    a group of roles (SPL, VPL, SSP), not one role. ``factor`` is the share of the shift the
    people count for: 1 on duty, e.g. 0.2 on call (hjemmevakt counted 1:5). ``reason`` names the
    floor in Norwegian (used when a task moves up a level because of it).
    """

    role_ids: frozenset[int]
    shift: Shift
    people: int
    day_type: DayType | None = None
    factor: float = 1.0
    reason: str = ""


@dataclass(frozen=True, slots=True)
class StaffingOptions:
    """Everything that shapes a proposal; stored with the scenario (see ``proposal_json``).

    ``fte_caps``: role id → the most FTE the role may have (hard: a proposal breaking it is
    infeasible); ``shift_minimums``: people of a role that must be on a shift anyway;
    ``group_minimums``: people of any of a group of roles on a shift (the safety floor);
    ``supply_fte``: role id → the FTE the role can give (today's positions + hiring allowance):
    soft — a proposal that needs more names the shortfall instead of failing;
    ``hire_fte``: the hiring allowance part of ``supply_fte`` (for the description);
    ``presence_share``: the share of shift time spent on unmapped necessary presence
    (observasjon, tilstedeværelse, uforutsette oppgaver): not free for tasks;
    ``skilled_share``: least share of task hours done by authorised roles (fagutdannede);
    ``growth_percent``: demand scaled by 1 + growth/100 (mode GROWTH);
    ``time_limit_seconds``: the solver stops with its best solution after this long;
    ``mip_gap``: the solver stops when its solution is proven within this relative distance of
    the cheapest possible (1e-4: within 0.01 %, about 2 000 kroner a year on a department
    costing 20 million; the last 0.01 % can take the solver seconds to prove).
    """

    fte_caps: Mapping[int, float] = field(default_factory=dict)
    shift_minimums: tuple[ShiftMinimum, ...] = ()
    time_limit_seconds: float = 30.0
    mip_gap: float = 1e-4
    mode: ProposalMode = ProposalMode.LOWEST_COST
    group_minimums: tuple[GroupMinimum, ...] = ()
    supply_fte: Mapping[int, float] = field(default_factory=dict)
    hire_fte: Mapping[int, float] = field(default_factory=dict)
    presence_share: float = 0.0
    skilled_share: float = 0.0
    growth_percent: float = 0.0
    keep_staffing_role_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class RoleCost:
    """One role in a :class:`CostBreakdown` (hours per week, FTE, kroner per week)."""

    role_id: int
    role_name: str
    task_hours_per_week: float  # Σ task hours × share
    hours_per_week: float  # task hours + idle minimum-staffing hours + supervision
    fte: float
    cost_per_week: float
    supervision_hours_per_week: float = 0.0  # supervising tasks delegated to lower roles


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
    cost_per_year: float = 0.0  # kroner per year: once ÷ horizon + refresher share × once


@dataclass(frozen=True, slots=True)
class CostBreakdown:
    """The optimiser's objective for one assignment, and the rules it breaks (if any).

    ``courses_charged`` is False for today's practice («I dag»): its courses are competence
    gaps, not costs, so they are listed but not in :attr:`total_cost`.
    """

    roles: tuple[RoleCost, ...]
    courses: tuple[CourseCost, ...]
    wage_cost_per_week: float
    weeks_per_year: float
    violations: tuple[str, ...]  # Norwegian, one per broken rule; empty when all rules hold
    courses_charged: bool = True

    @property
    def wage_cost_per_year(self) -> float:
        """Kroner per year = wage cost per week × weeks per year."""
        return self.wage_cost_per_week * self.weeks_per_year

    @property
    def course_cost(self) -> float:
        """Kroner, once = Σ course costs (0 when the courses are not charged)."""
        return sum(course.cost for course in self.courses) if self.courses_charged else 0.0

    @property
    def course_cost_per_year(self) -> float:
        """Kroner per year = Σ course cost ÷ horizon + refresher share × course cost."""
        if not self.courses_charged:
            return 0.0
        return sum(course.cost_per_year for course in self.courses)

    @property
    def total_cost(self) -> float:
        """The objective in kroner per year = wage cost per year + course cost per year."""
        return self.wage_cost_per_year + self.course_cost_per_year

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
    """A minimum-staffing block: the roles ``role_indices`` together have at least
    ``floor_hours`` per week on one shift type (tasks + idle time paid anyway).

    ``floor_hours`` = people × shift hours × days × factor × (1 − presence share): only the part
    of the shift not taken by unmapped necessary presence can hold tasks.
    """

    role_indices: tuple[int, ...]
    shift: Shift
    day_type: DayType
    people: int
    floor_hours: float
    task_hours: FloatArray  # per task: hours per week inside this shift and day type
    reason: str = ""

    @property
    def role_index(self) -> int:
        """The first role of the block (single-role blocks)."""
        return self.role_indices[0]


@dataclass(frozen=True, slots=True)
class CoursePrice:
    role_index: int
    competence_id: int
    course: Course
    need: UpgradeNeed
    per_year: float

    @property
    def cost(self) -> float:
        return self.need.cost


SHIFT_WORDS = {Shift.DAY: "dagvakt", Shift.EVENING: "kveldsvakt", Shift.NIGHT: "nattevakt"}


def shift_word(shift: Shift) -> str:
    """«dagvakt», «kveldsvakt», «nattevakt» (translated)."""
    return translate("StaffingCost", SHIFT_WORDS[shift])


def annual_course_cost(once: float, horizon_years: float, refresher_share: float) -> float:
    """Kroner per year of a course bought once: spread over the horizon, plus the yearly
    refresher (oppfriskning) as a share of the course cost."""
    return once / max(horizon_years, 1e-9) + once * refresher_share


def grown(data: DepartmentData, growth_percent: float) -> DepartmentData:
    """The department with every task's frequency scaled by 1 + growth/100 (more users)."""
    if not growth_percent:
        return data
    factor = 1.0 + growth_percent / 100.0
    tasks = tuple(
        replace(
            task,
            frequency=Frequency(
                task.frequency.count * factor, task.frequency.unit, task.frequency.days
            ),
        )
        for task in data.tasks
    )
    return replace(data, tasks=tasks)


class CostModel:
    """Everything the objective needs for one department and one set of options, built once.

    Shared by :func:`scenario_cost`, :mod:`oppgave.analysis.scenario_price` and the optimiser
    so all of them price a staffing identically.
    """

    def __init__(self, data: DepartmentData, options: StaffingOptions) -> None:
        data = grown(data, options.growth_percent)
        self.data = data
        self.options = options
        settings = data.settings
        self.arrays = DepartmentArrays.build(data.tasks, data.roles, settings)
        self.qualifications = Qualifications.for_department(data)
        roles = self.arrays.roles
        #: kroner per hour worked, allowances included (per week basis)
        self.rate: FloatArray = roles.hourly_cost / productive_share(settings)
        self.weeks_per_year = settings.weeks_per_year
        #: per role: hours per week one FTE is available for tasks
        self.fte_hours: FloatArray = np.array(
            [
                role_hours_per_fte(role, settings) * productive_share(settings)
                for role in roles.roles
            ]
        )
        self.productive_fte_hours = float(self.fte_hours.mean()) if len(roles) else 1.0
        self.occurrences = self.arrays.tasks.occurrences_by_shift_instance()
        self.today = (
            self.arrays.shares(data.assignments.get(data.baseline.id, {}))
            if any(s.is_baseline for s in data.scenarios)
            else np.zeros((len(self.arrays.tasks), len(roles)))
        )
        self.blocks = self._minimum_blocks()
        self.cap_hours: dict[int, float] = {}
        for role_id, fte in options.fte_caps.items():
            if role_id not in roles.index:
                raise ValueError(f"FTE cap for unknown role id {role_id}")
            if fte < 0:
                raise ValueError(f"negative FTE cap for role id {role_id}")
            r = roles.index[role_id]
            self.cap_hours[r] = fte * float(self.fte_hours[r])
        #: soft supply per role (positions + hiring allowance), task hours per week
        self.supply_hours: dict[int, float] = {}
        for role_id, fte in options.supply_fte.items():
            if role_id in roles.index:
                r = roles.index[role_id]
                self.supply_hours[r] = (
                    max(fte, 0.0) * float(self.fte_hours[r]) * (1.0 - options.presence_share)
                )
        self.authorised = np.array([role.authorised for role in roles.roles], dtype=bool)
        self._allowed = np.array(
            [
                [self._rule_allows(t, task, r, role) for r, role in enumerate(roles.roles)]
                for t, task in enumerate(self.arrays.tasks.tasks)
            ],
            dtype=bool,
        ).reshape(len(self.arrays.tasks), len(roles))
        self.upward = self._upward_mask()
        self.delegator = self._delegators()
        self._prices: dict[tuple[int, int], CoursePrice | None] = {}

    # --- rules ------------------------------------------------------------------------------

    def _rule_allows(self, t: int, task: Task, r: int, role: Role) -> bool:
        """The rules every proposal keeps: restriction, support roles, high risk, «beholdes»."""
        if not self.qualifications.allows(task, role):
            return False
        settings = self.data.settings
        if task.risk_level is RiskLevel.HIGH and role.leon_level < settings.high_risk_min_level:
            return False
        if task.delegation_rule is DelegationRule.KEEP and self.today[t].sum() > 0:
            return bool(self.today[t, r] > 0)
        return True

    def _upward_mask(self) -> FloatArray:
        """Per (task, role): True when the role is above the lowest level doing the task today
        (more of the task there would be a move against LEON): in a proposal its share may
        not grow beyond today's unless a floor demands it (:meth:`share_limit`)."""
        level = self.arrays.roles.level
        n_roles = self.today.shape[1]
        mask = np.zeros(self.today.shape, dtype=bool)
        # with a supply, a role without positions is nobody today: it sets no level
        staffed = np.array(
            [self.supply_hours.get(r, 1.0) > 1e-9 for r in range(n_roles)], dtype=bool
        )
        roles = self.arrays.roles.roles
        for t, task in enumerate(self.arrays.tasks.tasks):
            usable = (self.today[t] > 0) & staffed & self._allowed[t]
            for r in np.flatnonzero(usable).tolist():
                missing = task.competence_ids - roles[r].competence_ids
                if any(self.qualifications.course_for(roles[r], c) is None for c in missing):
                    usable[r] = False  # today's role lacks a competence no course gives
            if self.today[t, usable].sum() < 1.0 - SHARE_TOLERANCE:
                continue  # part of today's sharing breaks a rule: the task is shared anew
            doing = np.flatnonzero(usable)
            if len(doing):
                mask[t] = level > level[doing].min()
        return mask

    def floor_for(self, t: int, r: int) -> MinimumBlock | None:
        """The floor block that lets role ``r`` take task ``t`` above today's level, if any:
        a group floor (several roles, or a reason given) the role belongs to, on a shift the
        task works in. Practical tasks (cleaning, meals) never move up."""
        if self.arrays.tasks.tasks[t].category is Category.PRACTICAL:
            return None
        for block in self.blocks:
            if block.reason and r in block.role_indices and block.task_hours[t] > 0:
                return block
        return None

    def share_limit(self, t: int, r: int) -> float:
        """The largest share (whole percent) the optimiser may give role ``r`` of task ``t``:
        0 when a rule forbids it; today's share when the role is above the lowest level doing
        the task today (no move against LEON), unless a floor on the task's shift demands more
        of a role that shares the task today; else 100."""
        if not self._allowed[t, r]:
            return 0.0
        if self.upward[t, r]:
            today = float(np.floor(self.today[t, r] * 100.0 + 1e-6))
            # a floor lets a role take more of a task it shares today, never a new one
            if today > 0 and self.floor_for(t, r) is not None:
                return 100.0
            return today
        return 100.0

    def proposal_allows(self, t: int, r: int) -> bool:
        """Whether the optimiser may give (a share of) task ``t`` to role ``r``."""
        return self.share_limit(t, r) > 0.0

    def _delegators(self) -> dict[int, int]:
        """Task row → the role index that supervises it when it is delegated (DELEGATE tasks:
        the highest-level role doing it today)."""
        level = self.arrays.roles.level
        result: dict[int, int] = {}
        for t, task in enumerate(self.arrays.tasks.tasks):
            if task.delegation_rule is DelegationRule.DELEGATE:
                doing = np.flatnonzero(self.today[t] > 0)
                if len(doing):
                    result[t] = int(doing[np.argmax(level[doing])])
        return result

    def supervision(self, t: int, r: int) -> float:
        """Supervision hours per week the delegator spends when role ``r`` does all of task
        ``t`` (0 unless ``t`` is delegated to a lower level)."""
        d = self.delegator.get(t)
        if d is None or self.arrays.roles.level[r] >= self.arrays.roles.level[d]:
            return 0.0
        return float(self.arrays.tasks.hours[t]) * self.data.settings.supervision_share

    def _minimum_blocks(self) -> tuple[MinimumBlock, ...]:
        roles = self.arrays.roles
        tasks = self.arrays.tasks
        shift_index = {d.shift: s for s, d in enumerate(tasks.shifts)}
        presence = 1.0 - self.options.presence_share
        wanted: dict[tuple[tuple[int, ...], Shift, DayType], tuple[int, float, str]] = {}

        def add(
            indices: tuple[int, ...],
            shift: Shift,
            day_type: DayType | None,
            people: int,
            factor: float,
            reason: str,
        ) -> None:
            if shift not in shift_index:
                raise ValueError(f"shift minimum for a shift not in the settings: {shift}")
            if people <= 0 or not indices:
                return
            for kind in (day_type,) if day_type else tuple(DayType):
                key = (indices, shift, kind)
                old = wanted.get(key)
                if old is None or people * factor > old[0] * old[1]:
                    wanted[key] = (people, factor, reason or (old[2] if old else ""))

        for minimum in self.options.shift_minimums:
            if minimum.role_id not in roles.index:
                raise ValueError(f"shift minimum for unknown role id {minimum.role_id}")
            role = roles.roles[roles.index[minimum.role_id]]
            reason = translate(
                "StaffingCost", "minstebemanning: minst {n} {role} på {shift}"
            ).format(n=minimum.people, role=role.name, shift=shift_word(minimum.shift))
            add(
                (roles.index[minimum.role_id],),
                minimum.shift,
                minimum.day_type,
                minimum.people,
                1.0,
                reason,
            )
        for group in self.options.group_minimums:
            indices = tuple(sorted(roles.index[i] for i in group.role_ids if i in roles.index))
            add(
                indices,
                group.shift,
                group.day_type,
                group.people,
                group.factor,
                group.reason or " ",
            )
        if not wanted:
            return ()
        by_instance = tasks.hours_by_shift_instance()  # n × S × 7
        blocks = []
        for (indices, shift, day_type), (count, factor, reason) in sorted(
            wanted.items(), key=lambda i: str(i[0])
        ):
            s = shift_index[shift]
            days = [d for d, t in enumerate(DAY_TYPE_OF_DAY) if t is day_type]
            blocks.append(
                MinimumBlock(
                    role_indices=indices,
                    shift=shift,
                    day_type=day_type,
                    people=count,
                    floor_hours=count
                    * tasks.shifts[s].hours
                    * DAYS_OF_TYPE[day_type]
                    * factor
                    * presence,
                    task_hours=by_instance[:, s, days].sum(axis=1),
                    reason=reason.strip(),
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
            settings = self.data.settings
            per_year = annual_course_cost(
                need.cost, settings.course_horizon_years, settings.course_refresher_share
            )
            price = CoursePrice(role_index, competence_id, course, need, per_year)
        self._prices[key] = price
        return price

    def hours(self, shares: FloatArray) -> tuple[FloatArray, FloatArray, FloatArray]:
        """Per role: task hours, supervision hours and hours (tasks + supervision + idle floor
        time), hours per week, for a share matrix (n × R, fractions of each task)."""
        tasks = self.arrays.tasks
        n_roles = len(self.arrays.roles)
        task_hours = tasks.hours @ shares if len(tasks) else np.zeros(n_roles)
        supervision = np.zeros(n_roles)
        for t, d in self.delegator.items():
            for r in np.flatnonzero(shares[t] > 0).tolist():
                supervision[d] += self.supervision(t, r) * float(shares[t, r])
        hours = task_hours + supervision
        for block in self.blocks:
            inside = sum(float(block.task_hours @ shares[:, r]) for r in block.role_indices)
            idle = max(0.0, block.floor_hours - inside)
            # the idle time goes to the cheapest roles of the group with spare supply first
            # (as the optimiser places it), the rest to the cheapest role
            ordered = sorted(block.role_indices, key=lambda r: (self.rate[r], r))
            for r in ordered:
                if idle <= 0:
                    break
                spare = self.supply_hours.get(r, np.inf) - hours[r]
                if spare > 0:
                    given = min(idle, spare)
                    hours[r] += given
                    idle -= given
            if idle > 0:
                hours[ordered[0]] += idle
        return task_hours, supervision, hours

    def evaluate(self, shares: FloatArray, *, charge_courses: bool = True) -> CostBreakdown:
        """The objective and rule check for a share matrix (n × R, fractions of each task).

        ``charge_courses`` False prices today's practice: its courses are gaps, not costs.
        """
        tasks, roles = self.arrays.tasks, self.arrays.roles
        task_hours, supervision, hours = self.hours(shares)
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
                            "StaffingCost", "{role} har en del av {task}, men {reason}"
                        ).format(
                            role=role.name,
                            task=quoted(task.name),
                            reason=self.refusal(t, r),
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
        fte = hours / self.fte_hours
        for r, cap in sorted(self.cap_hours.items()):
            if hours[r] > cap + 1e-6:
                violations.append(
                    translate(
                        "StaffingCost", "{role} trenger {fte} årsverk, over taket på {cap}"
                    ).format(
                        role=roles.roles[r].name,
                        fte=format_number(fte[r], 2),
                        cap=format_number(cap / self.fte_hours[r], 2),
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
                    supervision_hours_per_week=float(supervision[r]),
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
                    cost_per_year=price.per_year,
                )
                for _, price in sorted(
                    courses.items(),
                    # role order, then competence name: stable across files (ids are not)
                    key=lambda item: (item[0][0], item[1].need.competence_name, item[0][1]),
                )
            ),
            wage_cost_per_week=float(cost.sum()),
            weeks_per_year=self.weeks_per_year,
            violations=tuple(violations),
            courses_charged=charge_courses,
        )

    def refusal(self, t: int, r: int) -> str:
        """Why a proposal may not give task ``t`` to role ``r`` (Norwegian)."""
        task = self.arrays.tasks.tasks[t]
        role = self.arrays.roles.roles[r]
        reason = self.qualifications.refusal(task, role)
        if reason:
            return reason
        settings = self.data.settings
        if task.risk_level is RiskLevel.HIGH and role.leon_level < settings.high_risk_min_level:
            return translate(
                "StaffingCost", "oppgaven har høy risiko og krever nivå {level} eller høyere"
            ).format(level=settings.high_risk_min_level)
        if task.delegation_rule is DelegationRule.KEEP:
            return translate("StaffingCost", "oppgaven beholdes hos rollene som gjør den i dag")
        return ""


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
