"""The plain data a report shows, gathered through the services and the analysis.

This is the only part of :mod:`oppgave.report` that talks to the services (and so to the
workspace file). Everything it returns is frozen records, analysis results and numpy arrays; the
layout code only formats and draws them, so a figure in the PDF is always the analysis' figure.

* :func:`gather_department` — one department under one scenario (and «I dag» for comparison);
* :func:`gather_municipality` — every department of a municipality (or of the whole workspace)
  plus the key figures side by side (DESIGN §6.7).

Which scenario: a name or an id; without one, the department's chosen scenario («valgt»), else
its latest proposal, else «I dag». In a municipality report every department uses its scenario
of that name; a department that has none uses «I dag», and the report says so. Without a name
each department uses its chosen scenario (the latest proposal when none is chosen, said so).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np
import pandas as pd

from oppgave.analysis.comparison import (
    KeyFigureInputs,
    key_figure_inputs,
    key_figures,
    key_figures_by_municipality,
)
from oppgave.analysis.decision_figures import course_people, open_objections, staff_by_role
from oppgave.analysis.department_analysis import DepartmentAnalysis, analyse_department
from oppgave.analysis.department_arrays import DAYS_OF_TYPE, FloatArray
from oppgave.analysis.scenario_price import ScenarioPrice
from oppgave.analysis.work_environment import WorkEnvironmentSummary, work_environment_summary
from oppgave.analysis.workload import staffing_rhythm
from oppgave.db.workspace import Workspace
from oppgave.domain.enums import Category, CommentStatus, DayType, Shift
from oppgave.domain.records import (
    AssignmentMap,
    Department,
    DepartmentData,
    Municipality,
    ReviewComment,
    Role,
    Scenario,
    Task,
)
from oppgave.errors import NotFoundError, OppgaveError, ValidationError
from oppgave.i18n import translate
from oppgave.services import (
    organisation,
    review_comments,
    saved_rotas,
    scenarios,
    staffing_plan_edits,
    workspaces,
)
from oppgave.services.saved_rotas import RotaView

#: ``(done, total)``: called as the report's work advances.
Progress = Callable[[int, int], None]
#: Returns ``True`` when the user has asked to stop.
CancelCheck = Callable[[], bool]


class ReportCancelled(OppgaveError):  # noqa: N818 - it is what the user did, not a failure
    """The user stopped the report before it was written."""

    def __init__(self) -> None:
        super().__init__(translate("Report", "Rapporten ble avbrutt."))


def _tr(text: str) -> str:
    return translate("Report", text)


# --- records ----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ScenarioFigures:
    """The key figures of one department under one scenario (per week unless said)."""

    hours_per_week: float  # Σ task hours (assigned or not)
    assigned_hours_per_week: float
    unassigned_hours_per_week: float
    fte: float  # FTE needed for the assigned hours
    cost_per_week: float  # kroner
    cost_per_year: float  # kroner = per week × weeks per year
    mapped_share: float | None
    nurse_share: float | None
    fulltime_share: float | None


@dataclass(frozen=True, slots=True)
class RoleComparison:
    """One role in «I dag» and in the chosen scenario, with the current positions."""

    role: Role
    hours_today: float
    hours_scenario: float
    fte_today: float
    fte_scenario: float
    cost_today: float  # kroner per week
    cost_scenario: float
    positions_fte: float  # FTE of the current positions (count × size)
    people: int  # people in the current positions

    @property
    def used(self) -> bool:
        """Whether the role has any hours or positions worth a row."""
        return bool(
            self.hours_today > 0.005 or self.hours_scenario > 0.005 or self.positions_fte > 0
        )


@dataclass(frozen=True, slots=True)
class TaskRow:
    """A task in the task map: its hours and who does it today and in the scenario."""

    task: Task
    hours_per_week: float
    today: Mapping[int, float]  # role id → share %
    scenario: Mapping[int, float]
    explanation: str = ""

    @property
    def changed(self) -> bool:
        return _rounded_shares(self.today) != _rounded_shares(self.scenario)

    @property
    def moved_hours(self) -> float:
        """Hours per week that change role = hours × Σ_roles max(0, share now − today) / 100."""
        gained = sum(
            max(0.0, share - self.today.get(role_id, 0.0))
            for role_id, share in self.scenario.items()
        )
        return self.hours_per_week * gained / 100.0


def _rounded_shares(shares: Mapping[int, float]) -> dict[int, float]:
    return {role: round(share, 1) for role, share in shares.items() if share > 0}


@dataclass(frozen=True, slots=True)
class ShiftRow:
    """One shift on weekdays or weekends: the staffing against the task hours.

    ``staffed_people`` is the people on duty per day (from the staffing per shift), hours are
    per day (Σ over the days of that type ÷ the number of days).
    """

    shift: Shift
    day_type: DayType
    shift_hours: float
    staffed_people: int
    staffed_hours_per_day: float
    task_hours_per_day: float

    @property
    def task_share(self) -> float | None:
        """Task hours as a share of the staffed hours (``None`` when nobody is staffed)."""
        if self.staffed_hours_per_day <= 0:
            return None
        return self.task_hours_per_day / self.staffed_hours_per_day


@dataclass(frozen=True)
class DepartmentReport:
    """Everything the report shows about one department under one scenario.

    The derived tables (:meth:`task_rows`, :meth:`role_comparison`) are computed once and kept.
    """

    workspace_name: str
    municipality: Municipality
    data: DepartmentData
    scenario: Scenario
    baseline: Scenario
    analysis: DepartmentAnalysis
    baseline_analysis: DepartmentAnalysis
    figures: ScenarioFigures
    baseline_figures: ScenarioFigures
    key_inputs: KeyFigureInputs
    comments: tuple[ReviewComment, ...]
    explanations: Mapping[int, str] = field(default_factory=dict)
    #: Set when the scenario asked for does not exist in this department.
    scenario_note: str = ""
    #: Another proposal to set beside this one (``--compare``), analysed the same way.
    compared: DepartmentReport | None = None
    #: The scenario's saved rota, checked (the «Turnus» section); None: it has none.
    rota: RotaView | None = None
    #: The leader's hand edits of the scenario's bemanningsplan, (role id, shift, day type) →
    #: people (``services.staffing_plan_edits``)
    plan_edits: Mapping[tuple[int, Shift, DayType], int] = field(default_factory=dict)

    @property
    def department(self) -> Department:
        return self.data.department

    @property
    def compares(self) -> bool:
        """Whether the scenario differs from «I dag» (otherwise one column is enough)."""
        return self.scenario.id != self.baseline.id

    def role_comparison(self) -> list[RoleComparison]:
        return self._kept("_role_comparison", role_comparison)

    def task_rows(self) -> list[TaskRow]:
        return self._kept("_task_rows", task_rows)

    def work_environment(self) -> WorkEnvironmentSummary:
        """Flagged work per role, «I dag» against the report's scenario (HMS section)."""
        return self._kept("_work_environment", work_environment_of)

    @property
    def price(self) -> ScenarioPrice:
        """The scenario's one price (kroner per year, freed hours, courses, payback)."""
        return scenario_price(self)

    def courses(self) -> list[CourseLine]:
        """The courses the scenario needs: one list for the summary, the brief and the
        competence section (places and kroner from the price)."""
        return self._kept("_courses", course_lines)

    def brief(self) -> DecisionBrief:
        """The figures of the one-page decision brief."""
        return self._kept("_brief", decision_brief)

    def comparison(self) -> ProposalComparison | None:
        """This scenario against :attr:`compared` (``None`` without one)."""
        if self.compared is None:
            return None
        return self._kept("_comparison", lambda r: compare_proposals(r, r.compared))

    def _kept(self, name: str, compute: Callable[[DepartmentReport], Any]) -> Any:
        if name not in self.__dict__:
            self.__dict__[name] = compute(self)  # frozen: set once, behind the dataclass
        return self.__dict__[name]

    def staffing_rows(self) -> StaffingTable:
        """Positions today and the price's FTE and wages per role, with their sum."""
        return self._kept("_staffing_rows", staffing_table)

    def course_totals(self) -> CourseTotals:
        """The sums under the competence section's course list."""
        return self._kept("_course_totals", lambda r: course_totals(r.courses()))

    def position_sizes(self) -> PositionSizes:
        """Employees per position size and role, with the sums."""
        return self._kept("_position_sizes", position_sizes)

    def category_rows(self) -> list[CategoryRow]:
        """Tasks and hours per category (every category, in order), for the task map."""
        return self._kept("_category_rows", category_rows)

    def shift_rows(self) -> list[ShiftRow]:
        return shift_rows(self.data, self.analysis)

    def staffing_by_hour(self) -> FloatArray:
        """People on duty per clock hour of the week (7 × 24), from the staffing per shift."""
        return staffing_rhythm(self.data.staffing, self.data.settings)


@dataclass(frozen=True, slots=True)
class CourseLine:
    """One course a scenario needs for one role: places (seats on the course) and kroner.

    ``places`` is how many seats: the same employee may take several courses, so the places of
    a role can add up to more than its staff; :attr:`DecisionBrief` counts people separately.
    """

    role_id: int
    role_name: str
    competence_name: str
    course_name: str | None  # None: no course in the catalogue gives the competence
    places: int
    staff: int  # employees in the role today (positions)
    shifts_per_week: float | None
    course_hours: float  # Σ hours over the places
    cost_once: float  # kroner
    cost_per_year: float  # kroner per year (spread over the horizon, with refreshers)
    note: str = ""


@dataclass(frozen=True, slots=True)
class CourseTotals:
    """Sums over a list of :class:`CourseLine` (the competence section's «Sum» row)."""

    places: int
    course_hours: float
    cost_once: float


def course_totals(lines: Sequence[CourseLine]) -> CourseTotals:
    """The sums of ``lines``: computed here so the section only prints them."""
    return CourseTotals(
        places=sum(line.places for line in lines),
        course_hours=sum(line.course_hours for line in lines),
        cost_once=sum(line.cost_once for line in lines),
    )


@dataclass(frozen=True, slots=True)
class StaffingRow:
    """One role (or the sum) in the staffing section: positions today and the price's FTE and
    wages per year, «I dag» and the scenario (the same figures as page one)."""

    label: str
    people: int
    positions_fte: float
    fte_today: float
    fte_scenario: float
    wages_today: float  # kroner per year
    wages_scenario: float


@dataclass(frozen=True, slots=True)
class StaffingTable:
    rows: tuple[StaffingRow, ...]
    total: StaffingRow


def staffing_table(report: DepartmentReport) -> StaffingTable:
    """Per role with hours or positions: the price's figures, and their sum."""
    priced = report.price.by_role_id()
    rows: list[StaffingRow] = []
    for row in report.role_comparison():
        if not row.used:
            continue
        price = priced.get(row.role.id)
        rows.append(
            StaffingRow(
                label=row.role.name,
                people=row.people,
                positions_fte=row.positions_fte,
                fte_today=price.fte_today if price is not None else 0.0,
                fte_scenario=price.fte if price is not None else 0.0,
                wages_today=price.cost_per_year_today if price is not None else 0.0,
                wages_scenario=price.cost_per_year if price is not None else 0.0,
            )
        )
    total = StaffingRow(
        label=_tr("Sum"),
        people=sum(r.people for r in rows),
        positions_fte=sum(r.positions_fte for r in rows),
        fte_today=sum(r.fte_today for r in rows),
        fte_scenario=sum(r.fte_scenario for r in rows),
        wages_today=sum(r.wages_today for r in rows),
        wages_scenario=sum(r.wages_scenario for r in rows),
    )
    return StaffingTable(tuple(rows), total)


@dataclass(frozen=True, slots=True)
class PositionSizes:
    """Employees per position size and role (the full-time section's table), with the sums."""

    roles: tuple[Role, ...]  # roles with employees, in the workspace's order
    sizes: tuple[float, ...]  # position sizes in percent, largest first
    counts: Mapping[tuple[float, int], int]  # (size, role id) → employees
    per_size: Mapping[float, int]
    per_role: Mapping[int, int]
    total: int


def position_sizes(report: DepartmentReport) -> PositionSizes:
    """Count today's positions by size and role (the sums printed under the table)."""
    positions = report.data.positions
    counts: dict[tuple[float, int], int] = {}
    for position in positions:
        key = (position.size_percent, position.role_id)
        counts[key] = counts.get(key, 0) + position.count
    roles = tuple(
        r for r in report.data.roles if any(p.role_id == r.id and p.count for p in positions)
    )
    sizes = tuple(sorted({p.size_percent for p in positions}, reverse=True))
    return PositionSizes(
        roles=roles,
        sizes=sizes,
        counts=counts,
        per_size={size: sum(counts.get((size, r.id), 0) for r in roles) for size in sizes},
        per_role={r.id: sum(counts.get((size, r.id), 0) for size in sizes) for r in roles},
        total=sum(counts.values()),
    )


@dataclass(frozen=True, slots=True)
class CategoryRow:
    """Tasks and hours per week of one category (``category`` ``None``: the sum)."""

    category: Category | None
    tasks: int
    hours_per_week: float
    share: float | None  # of all hours; None without any


def category_rows(report: DepartmentReport) -> list[CategoryRow]:
    """Every category in order, then the sum (its share is 1 when there are tasks)."""
    rows = report.task_rows()
    total = sum(row.hours_per_week for row in rows)
    result: list[CategoryRow] = []
    for category in Category:
        items = [row for row in rows if row.task.category is category]
        hours = sum(row.hours_per_week for row in items)
        result.append(CategoryRow(category, len(items), hours, hours / total if total else 0.0))
    result.append(CategoryRow(None, len(rows), total, 1.0 if rows else None))
    return result


@dataclass(frozen=True, slots=True)
class RoleBrief:
    """One role in the decision brief (FTE, hours per week, kroner per year)."""

    role: Role
    people: int  # employees in today's positions
    positions_fte: float
    fte_today: float
    fte_scenario: float
    freed_hours_per_week: float  # positive: the role does less than «I dag»
    freed_fte: float
    recruit_fte: float  # FTE needed beyond today's positions and hiring room
    course_places: int
    course_people: int  # at least this many employees go on a course (≤ staff)
    course_cost_once: float

    @property
    def worth_a_row(self) -> bool:
        return bool(
            abs(self.freed_hours_per_week) >= 5.0 or self.recruit_fte >= 0.05 or self.course_places
        )


@dataclass(frozen=True, slots=True)
class DecisionBrief:
    """What page one of a department report says (kroner per year unless said).

    The positions budget is today's positions priced (FTE × paid hours × hourly cost × weeks):
    what the department pays now, mapped or not. Task wages are only the mapped task time.
    """

    department_name: str
    scenario_name: str
    baseline_name: str
    compares: bool
    tasks: int
    moved_tasks: int
    moved_hours_per_week: float
    main_moves: tuple[TaskRow, ...]
    positions_budget: float
    positions_fte: float
    people: int
    task_wages_today: float
    scenario_total: float  # wages and courses per year: the scenario's price
    scenario_wages: float
    course_cost_once: float
    course_cost_per_year: float
    payback: str
    payback_years: float | None
    roles: tuple[RoleBrief, ...]
    course_places: int
    course_people: int
    courses_missing: tuple[CourseLine, ...]
    open_objections: int  # open comments with the verdict «uenig»
    open_comments: int
    warnings: tuple[str, ...]
    fte_scenario: float
    fte_today: float
    scenario_note: str = ""

    @property
    def change_vs_budget(self) -> float:
        """The scenario's price against today's positions budget (negative: below it)."""
        return self.scenario_total - self.positions_budget

    @property
    def recruit_fte(self) -> float:
        return sum(role.recruit_fte for role in self.roles)

    @property
    def freed_hours_per_week(self) -> float:
        """Hours per week the roles that do less than «I dag» give up (the card and the text)."""
        return sum(r.freed_hours_per_week for r in self.roles if r.freed_hours_per_week > 0)


@dataclass(frozen=True, slots=True)
class MunicipalityReport:
    """Many departments (one municipality, or the whole workspace) under one scenario name."""

    workspace_name: str
    title: str  # "Melhus kommune", or the workspace's name for every municipality
    municipalities: tuple[Municipality, ...]
    departments: tuple[DepartmentReport, ...]
    scenario_name: str
    by_department: pd.DataFrame  # key_figures() under the chosen scenario
    by_department_today: pd.DataFrame  # key_figures() under «I dag»
    by_municipality: pd.DataFrame  # key_figures_by_municipality() under the chosen scenario
    #: True when each department uses its own chosen («valgt») scenario (no name was asked for)
    uses_chosen: bool = False

    def totals(self) -> MunicipalityTotals:
        """Courses, money and full time summed over the departments (one source for the
        municipality summary)."""
        return municipality_totals(self.departments)


@dataclass(frozen=True, slots=True)
class MunicipalityTotals:
    """Sums over a municipality's departments, each under its own scenario."""

    positions_budget: float
    task_wages_today: float
    scenario_total: float
    scenario_wages: float
    fte_today: float
    fte_scenario: float
    course_places: int
    course_people: int
    course_cost_once: float
    people: int  # employees in today's positions
    fulltime_people: int
    rota_people: int  # the employees the full-time share counts
    open_objections: int

    @property
    def fulltime_share(self) -> float | None:
        return self.fulltime_people / self.rota_people if self.rota_people else None


# --- derived tables (pure) --------------------------------------------------------------------


def scenario_figures(
    data: DepartmentData, analysis: DepartmentAnalysis, inputs: KeyFigureInputs
) -> ScenarioFigures:
    """The summary figures; shares through :mod:`oppgave.analysis.comparison` (same rules)."""
    row = key_figures([inputs]).iloc[0]
    return ScenarioFigures(
        hours_per_week=analysis.workload.total_hours,
        assigned_hours_per_week=analysis.capacity.hours_per_week,
        unassigned_hours_per_week=analysis.capacity.unassigned_hours_per_week,
        fte=analysis.capacity.fte,
        cost_per_week=analysis.capacity.cost_per_week,
        cost_per_year=analysis.capacity.cost_per_week * data.settings.weeks_per_year,
        mapped_share=analysis.mapped_share,
        nurse_share=_float_or_none(row["nurse_share"]),
        fulltime_share=analysis.fulltime.fulltime_share,
    )


def _float_or_none(value: object) -> float | None:
    number = float(value)  # type: ignore[arg-type]
    return None if np.isnan(number) else number


def role_comparison(report: DepartmentReport) -> list[RoleComparison]:
    """Every role of the catalogue, «I dag» against the scenario, with current positions."""
    today = report.baseline_analysis.capacity.by_role_id()
    chosen = report.analysis.capacity.by_role_id()
    rows = []
    for role in report.data.roles:
        before, after = today.get(role.id), chosen.get(role.id)
        positions = [p for p in report.data.positions if p.role_id == role.id]
        rows.append(
            RoleComparison(
                role=role,
                hours_today=before.hours_per_week if before else 0.0,
                hours_scenario=after.hours_per_week if after else 0.0,
                fte_today=before.fte if before else 0.0,
                fte_scenario=after.fte if after else 0.0,
                cost_today=before.cost_per_week if before else 0.0,
                cost_scenario=after.cost_per_week if after else 0.0,
                positions_fte=sum(p.fte for p in positions),
                people=sum(p.count for p in positions),
            )
        )
    return rows


def task_rows(report: DepartmentReport) -> list[TaskRow]:
    """The department's tasks in their order, with «I dag» and the scenario's shares."""
    today: AssignmentMap = report.data.assignments.get(report.baseline.id, {})
    chosen: AssignmentMap = report.data.assignments.get(report.scenario.id, {})
    hours = report.analysis.workload.task_hours
    return [
        TaskRow(
            task=task,
            hours_per_week=hours.get(task.id, task.hours_per_week),
            today=dict(today.get(task.id, {})),
            scenario=dict(chosen.get(task.id, {})),
            explanation=report.explanations.get(task.id, ""),
        )
        for task in sorted(report.data.tasks, key=lambda t: (t.sort_order, t.id))
    ]


def shift_rows(data: DepartmentData, analysis: DepartmentAnalysis) -> list[ShiftRow]:
    """Per shift and day type: people on duty per day against the scenario's task hours."""
    people: dict[tuple[Shift, DayType], int] = {}
    for row in data.staffing:
        key = (row.shift, row.day_type)
        people[key] = people.get(key, 0) + row.count
    rows = []
    for definition in data.settings.shifts:
        for day_type in (DayType.WEEKDAY, DayType.WEEKEND):
            days = DAYS_OF_TYPE[day_type]
            staffed = people.get((definition.shift, day_type), 0)
            task_hours = analysis.workload.shift_hours.get((definition.shift, day_type), 0.0)
            rows.append(
                ShiftRow(
                    shift=definition.shift,
                    day_type=day_type,
                    shift_hours=definition.hours,
                    staffed_people=staffed,
                    staffed_hours_per_day=staffed * definition.hours,
                    task_hours_per_day=task_hours / days,
                )
            )
    return rows


def scenario_price(report: DepartmentReport) -> ScenarioPrice:
    """The one price of the report's scenario (``services.scenario_pricing`` prices a scenario
    with the same function, ``analysis.scenario_price.price_scenario_data``; the analysis
    already holds it, so the report does not price twice)."""
    return report.analysis.price


def course_lines(report: DepartmentReport) -> list[CourseLine]:
    """The courses of the scenario: places and kroner from the price, shifts, course hours and
    notes from the upgrade plan; competences no course gives are kept (no places, no cost).

    «I dag» charges no courses: its gaps are listed by the price, not costed.
    """
    price = report.price
    staff = staff_by_role(report.data.positions)
    plan = {(u.role_id, u.competence_name): u for u in report.analysis.upgrades}
    lines: list[CourseLine] = []
    charged = price.competence_gaps if report.scenario.is_baseline else price.courses
    seen: set[tuple[int, str]] = set()
    for course in charged:
        need = plan.get((course.role_id, course.competence_name))
        per_place = need.hours / need.people if need is not None and need.people else 0.0
        seen.add((course.role_id, course.competence_name))
        lines.append(
            CourseLine(
                role_id=course.role_id,
                role_name=course.role_name,
                competence_name=course.competence_name,
                course_name=course.course_name,
                places=course.people,
                staff=staff.get(course.role_id, 0),
                shifts_per_week=need.shifts_per_week if need is not None else None,
                course_hours=per_place * course.people,
                cost_once=0.0 if report.scenario.is_baseline else course.cost,
                cost_per_year=0.0 if report.scenario.is_baseline else course.cost_per_year,
                note=need.note if need is not None else "",
            )
        )
    for need in report.analysis.upgrades:
        if need.course_id is None and (need.role_id, need.competence_name) not in seen:
            lines.append(
                CourseLine(
                    role_id=need.role_id,
                    role_name=need.role_name,
                    competence_name=need.competence_name,
                    course_name=None,
                    places=0,
                    staff=staff.get(need.role_id, 0),
                    shifts_per_week=need.shifts_per_week,
                    course_hours=0.0,
                    cost_once=0.0,
                    cost_per_year=0.0,
                    note=need.note,
                )
            )
    order = {role.id: n for n, role in enumerate(report.data.roles)}
    lines.sort(key=lambda c: (order.get(c.role_id, 0), c.competence_name.casefold()))
    return lines


#: How many of the largest moves page one names.
BRIEF_MOVES = 5


def decision_brief(report: DepartmentReport) -> DecisionBrief:
    """The figures of page one (pure): what changes, the price against today's positions
    budget, freed hours, recruitment and courses per role, HMS objections and warnings."""
    price = report.price
    rows = report.task_rows()
    changed = [row for row in rows if row.changed] if report.compares else []
    largest = sorted(changed, key=lambda r: (-r.moved_hours, r.task.sort_order))[:BRIEF_MOVES]
    lines = report.courses()
    charged = [] if report.scenario.is_baseline else lines
    staff = staff_by_role(report.data.positions)
    people = course_people([(c.role_id, c.places) for c in charged], staff)
    by_role = price.by_role_id()
    roles: list[RoleBrief] = []
    for role in report.data.roles:
        priced = by_role.get(role.id)
        if priced is None:
            continue
        places = sum(c.places for c in charged if c.role_id == role.id)
        roles.append(
            RoleBrief(
                role=role,
                people=staff.get(role.id, 0),
                positions_fte=priced.positions_fte,
                fte_today=priced.fte_today,
                fte_scenario=priced.fte,
                freed_hours_per_week=priced.freed_hours_per_week if report.compares else 0.0,
                freed_fte=priced.freed_fte if report.compares else 0.0,
                recruit_fte=priced.shortfall_fte,
                course_places=places,
                course_people=people.get(role.id, 0),
                course_cost_once=sum(c.cost_once for c in charged if c.role_id == role.id),
            )
        )
    summary = report.work_environment()
    return DecisionBrief(
        department_name=report.department.name,
        scenario_name=report.scenario.name,
        baseline_name=report.baseline.name,
        compares=report.compares,
        tasks=len(rows),
        moved_tasks=len(changed),
        moved_hours_per_week=sum(row.moved_hours for row in changed),
        main_moves=tuple(largest),
        positions_budget=price.positions_budget_per_year,
        positions_fte=sum(p.fte for p in report.data.positions),
        people=sum(p.count for p in report.data.positions),
        task_wages_today=price.today_wage_per_year,
        scenario_total=price.total_per_year,
        scenario_wages=price.wage_cost_per_year,
        course_cost_once=price.course_cost_once,
        course_cost_per_year=price.course_cost_per_year,
        payback=price.payback_text(),
        payback_years=price.payback_years,
        roles=tuple(roles),
        course_places=sum(c.places for c in charged),
        course_people=sum(people.values()),
        courses_missing=tuple(c for c in lines if c.course_name is None),
        open_objections=open_objections(report.comments),
        open_comments=sum(1 for c in report.comments if c.status is CommentStatus.OPEN),
        warnings=tuple(f"{w.text()} ({w.detail()})" for w in summary.warnings),
        fte_scenario=price.fte,
        fte_today=sum(role.fte_today for role in price.roles),
        scenario_note=report.scenario_note,
    )


@dataclass(frozen=True, slots=True)
class ProposalRow:
    """One role in two proposals (FTE in the price, hours per week, course places)."""

    role: Role
    fte_first: float
    fte_second: float
    hours_first: float
    hours_second: float
    places_first: int
    places_second: int


@dataclass(frozen=True, slots=True)
class ProposalComparison:
    """Two proposals of one department side by side (kroner per year unless said)."""

    first: DecisionBrief
    second: DecisionBrief
    roles: tuple[ProposalRow, ...]
    #: tasks the two proposals give to different roles, most hours first
    different: tuple[tuple[Task, Mapping[int, float], Mapping[int, float], float], ...]

    @property
    def price_difference(self) -> float:
        """Second minus first (negative: the second is cheaper)."""
        return self.second.scenario_total - self.first.scenario_total


def compare_proposals(first: DepartmentReport, second: DepartmentReport) -> ProposalComparison:
    """Two scenarios of the same department against each other (pure), not each against
    «I dag»: the price, course places and FTE per role, and the tasks they share out
    differently (hours per week that go to another role between the two)."""
    a_brief, b_brief = first.brief(), second.brief()
    a_roles = {r.role.id: r for r in a_brief.roles}
    b_roles = {r.role.id: r for r in b_brief.roles}
    a_price, b_price = first.price.by_role_id(), second.price.by_role_id()
    rows = []
    for role in first.data.roles:
        if role.id not in a_roles or role.id not in b_roles:
            continue
        row = ProposalRow(
            role=role,
            fte_first=a_roles[role.id].fte_scenario,
            fte_second=b_roles[role.id].fte_scenario,
            hours_first=a_price[role.id].hours_per_week,
            hours_second=b_price[role.id].hours_per_week,
            places_first=a_roles[role.id].course_places,
            places_second=b_roles[role.id].course_places,
        )
        if (
            row.hours_first > 0.05
            or row.hours_second > 0.05
            or row.places_first
            or row.places_second
        ):
            rows.append(row)
    a_shares = first.data.assignments.get(first.scenario.id, {})
    b_shares = second.data.assignments.get(second.scenario.id, {})
    hours = first.analysis.workload.task_hours
    different = []
    for task in first.data.tasks:
        one, two = dict(a_shares.get(task.id, {})), dict(b_shares.get(task.id, {}))
        if _rounded_shares(one) == _rounded_shares(two):
            continue
        moved = sum(max(0.0, share - one.get(role, 0.0)) for role, share in two.items())
        different.append((task, one, two, hours.get(task.id, task.hours_per_week) * moved / 100))
    different.sort(key=lambda item: (-item[3], item[0].sort_order))
    return ProposalComparison(a_brief, b_brief, tuple(rows), tuple(different))


def municipality_totals(departments: Sequence[DepartmentReport]) -> MunicipalityTotals:
    """Sums over ``departments`` (each under its own scenario), from the departments' briefs."""
    briefs = [d.brief() for d in departments]
    return MunicipalityTotals(
        positions_budget=sum(b.positions_budget for b in briefs),
        task_wages_today=sum(b.task_wages_today for b in briefs),
        scenario_total=sum(b.scenario_total for b in briefs),
        scenario_wages=sum(b.scenario_wages for b in briefs),
        fte_today=sum(b.fte_today for b in briefs),
        fte_scenario=sum(b.fte_scenario for b in briefs),
        course_places=sum(b.course_places for b in briefs),
        course_people=sum(b.course_people for b in briefs),
        course_cost_once=sum(b.course_cost_once for b in briefs),
        people=sum(d.analysis.fulltime.people for d in departments),
        fulltime_people=sum(d.analysis.fulltime.fulltime_people for d in departments),
        rota_people=sum(d.analysis.fulltime.people for d in departments),
        open_objections=sum(b.open_objections for b in briefs),
    )


# --- gathering (services) ---------------------------------------------------------------------


def default_scenario(department_scenarios: Sequence[Scenario]) -> Scenario:
    """The department's chosen scenario («valgt»), else its latest proposal, else «I dag»."""
    chosen = [s for s in department_scenarios if s.is_chosen]
    if chosen:
        return chosen[0]
    ordered = sorted(department_scenarios, key=lambda s: (not s.is_baseline, s.sort_order, s.id))
    return ordered[-1]


def _scenario_for(
    data: DepartmentData, key: str | int | None, *, strict: bool
) -> tuple[Scenario, str]:
    """The scenario named or numbered ``key`` in ``data`` (default: :func:`default_scenario`).

    With ``strict`` an unknown key raises :class:`NotFoundError`; otherwise «I dag» is used and
    the note says why.
    """
    if key is None or str(key).strip() == "":
        return default_scenario(data.scenarios), ""
    text = str(key).strip()
    for scenario in data.scenarios:
        if (text.isdigit() and scenario.id == int(text)) or (
            scenario.name.casefold() == text.casefold()
        ):
            return scenario, ""
    if strict:
        raise NotFoundError(
            _tr("Fant ikke scenarioet {key} i {department}. Scenarioer: {names}").format(
                key=text,
                department=data.department.name,
                names=", ".join(s.name for s in data.scenarios),
            )
        )
    return data.baseline, _tr(
        "Avdelingen har ikke scenarioet «{name}»; tallene gjelder «{baseline}»."
    ).format(name=text, baseline=data.baseline.name)


def department_report(
    workspace_name: str,
    municipality: Municipality,
    data: DepartmentData,
    scenario: Scenario,
    comments: Sequence[ReviewComment],
    explanations: Mapping[int, str] | None = None,
    scenario_note: str = "",
    plan_edits: Mapping[tuple[int, Shift, DayType], int] | None = None,
) -> DepartmentReport:
    """Analyse one department (pure: no services) for ``scenario`` and for «I dag»."""
    baseline = data.baseline
    analysis = analyse_department(data, scenario.id)
    baseline_analysis = (
        analysis if scenario.id == baseline.id else analyse_department(data, baseline.id)
    )
    inputs = key_figure_inputs(data, scenario.id)
    baseline_inputs = inputs if scenario.id == baseline.id else key_figure_inputs(data, baseline.id)
    return DepartmentReport(
        workspace_name=workspace_name,
        municipality=municipality,
        data=data,
        scenario=scenario,
        baseline=baseline,
        analysis=analysis,
        baseline_analysis=baseline_analysis,
        figures=scenario_figures(data, analysis, inputs),
        baseline_figures=scenario_figures(data, baseline_analysis, baseline_inputs),
        key_inputs=inputs,
        comments=tuple(comments),
        explanations=dict(explanations or {}),
        scenario_note=scenario_note,
        plan_edits=dict(plan_edits or {}),
    )


def _check(cancelled: CancelCheck | None) -> None:
    if cancelled is not None and cancelled():
        raise ReportCancelled()


def gather_department(
    workspace: Workspace,
    department_id: int,
    scenario: str | int | None = None,
    compare: str | int | None = None,
) -> DepartmentReport:
    """One department under ``scenario`` (name or id; default: the chosen scenario, else the
    latest proposal, else «I dag»); with ``compare`` also another scenario beside it."""
    with workspace.reading():  # one snapshot: a colleague's commit wholly or not at all
        data = workspaces.load_department_data(workspace, department_id)
        chosen, note = _scenario_for(data, scenario, strict=True)
        municipality = _municipality(workspace, data.department.municipality_id)
        comments = review_comments.list_comments(workspace, department_id)
        explanations = scenarios.get_explanations(workspace, chosen.id)
        try:
            saved = saved_rotas.load_rota(workspace, chosen.id)
        except OppgaveError:  # damaged content: the report goes on without the rota
            saved = None
        other = None
        other_explanations: dict[int, str] = {}
        if compare is not None and str(compare).strip():
            other, _ = _scenario_for(data, compare, strict=True)
            if other.id == chosen.id:
                raise ValidationError(
                    _tr("Velg et annet scenario å sammenligne {name} med.").format(
                        name=chosen.name
                    ),
                    "compare",
                )
            other_explanations = scenarios.get_explanations(workspace, other.id)
    compared = None
    if other is not None:
        compared = department_report(
            workspace.path.name,
            municipality,
            data,
            other,
            comments,
            other_explanations,
            plan_edits=staffing_plan_edits.edits_map(workspace, other.id),
        )
    report = department_report(
        workspace.path.name,
        municipality,
        data,
        chosen,
        comments,
        explanations,
        note,
        plan_edits=staffing_plan_edits.edits_map(workspace, chosen.id),
    )
    if saved is not None:
        report = dataclasses.replace(report, rota=saved_rotas.rota_view(saved.rota))
    return dataclasses.replace(report, compared=compared) if compared is not None else report


def _municipality(workspace: Workspace, municipality_id: int) -> Municipality:
    for municipality in organisation.list_municipalities(workspace):
        if municipality.id == municipality_id:
            return municipality
    raise NotFoundError(_tr("Fant ingen kommune med id {id}.").format(id=municipality_id))


def municipality_title(name: str) -> str:
    """``"Melhus"`` → ``"Melhus kommune"`` (unchanged if the name already says kommune)."""
    if "kommune" in name.casefold():
        return name
    return _tr("{name} kommune").format(name=name)


def gather_municipality(
    workspace: Workspace,
    municipality_id: int | None = None,
    scenario: str | int | None = None,
    *,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
    layout_steps: bool = False,
) -> MunicipalityReport:
    """Every department of a municipality (``None``: of the whole workspace) under ``scenario``.

    ``scenario`` is a name (or the id of one department's scenario, meaning its name); without
    one each department uses its chosen scenario («valgt»), else its latest proposal (and the
    report says so), else «I dag». ``progress`` is called with
    ``(done, total)`` after each department; with ``layout_steps`` the total also counts the
    caller's steps for writing the PDF (one per department and one to finish: 2 × N + 1).
    """
    with workspace.reading():  # one snapshot; the analyses run after it is released
        municipalities = organisation.list_municipalities(workspace)
        if municipality_id is not None:
            municipalities = [m for m in municipalities if m.id == municipality_id]
            if not municipalities:
                raise NotFoundError(
                    _tr("Fant ingen kommune med id {id}.").format(id=municipality_id)
                )
        wanted = {m.id for m in municipalities}
        listed = [
            d for d in organisation.list_departments(workspace) if d.municipality_id in wanted
        ]
        if not listed:
            raise NotFoundError(_tr("Det er ingen avdelinger å lage rapport for."))
        order = {m.id: n for n, m in enumerate(municipalities)}
        listed.sort(key=lambda d: (order[d.municipality_id], d.name.casefold()))
        total = 2 * len(listed) + 1 if layout_steps else len(listed)
        _check(cancelled)
        loaded = {
            d.department.id: d
            for d in workspaces.load_workspace_data(workspace, [d.id for d in listed])
        }
        comments: dict[int, list[ReviewComment]] = {}
        for comment in review_comments.list_comments(workspace):
            comments.setdefault(comment.department_id, []).append(comment)
        scenario_name = _scenario_name(workspace, list(loaded.values()), scenario)
        choices: dict[int, tuple[Scenario, str, dict[int, str]]] = {}
        for department in listed:
            chosen, note = _scenario_for(loaded[department.id], scenario_name, strict=False)
            choices[department.id] = (
                chosen,
                note,
                scenarios.get_explanations(workspace, chosen.id),
            )
    by_id = {m.id: m for m in municipalities}
    reports: list[DepartmentReport] = []
    for done, department in enumerate(listed, start=1):
        _check(cancelled)
        chosen, note, explanations = choices[department.id]
        if scenario_name is None:
            note = _fallback_note(chosen)
        reports.append(
            department_report(
                workspace.path.name,
                by_id[department.municipality_id],
                loaded[department.id],
                chosen,
                comments.get(department.id, []),
                explanations,
                note,
                plan_edits=staffing_plan_edits.edits_map(workspace, chosen.id),
            )
        )
        if progress is not None:
            progress(done, total)
    names = {m.id: municipality_title(m.name) for m in municipalities}
    today_inputs = [key_figure_inputs(r.data, r.baseline.id) for r in reports]
    chosen_inputs = [r.key_inputs for r in reports]
    if len(municipalities) == 1:
        title = names[municipalities[0].id]
    else:
        title = _tr("Alle kommuner i {name}").format(name=workspace.path.name)
    return MunicipalityReport(
        workspace_name=workspace.path.name,
        title=title,
        municipalities=tuple(municipalities),
        departments=tuple(reports),
        scenario_name=scenario_name or _tr("valgt scenario per avdeling"),
        by_department=key_figures(chosen_inputs),
        by_department_today=key_figures(today_inputs),
        by_municipality=key_figures_by_municipality(chosen_inputs, names),
        uses_chosen=scenario_name is None,
    )


def _fallback_note(used: Scenario) -> str:
    """What a municipality report says when a department has no chosen («valgt») scenario."""
    if used.is_chosen:
        return ""
    if used.is_baseline:
        return _tr(
            "Ingen scenario er valgt og avdelingen har ingen forslag; tallene gjelder «{name}»."
        ).format(name=used.name)
    return _tr(
        "Ingen scenario er valgt for avdelingen; rapporten bruker det siste forslaget, «{name}»."
    ).format(name=used.name)


def _scenario_name(
    workspace: Workspace, loaded: Sequence[DepartmentData], key: str | int | None
) -> str | None:
    """The scenario name a municipality report uses; an id stands for its scenario's name.

    Raises :class:`NotFoundError` when no department has a scenario of that name or id.
    """
    if key is None or str(key).strip() == "":
        return None
    text = str(key).strip()
    every = [s for data in loaded for s in data.scenarios]
    for scenario in every:
        if text.isdigit() and scenario.id == int(text):
            return scenario.name
    if any(s.name.casefold() == text.casefold() for s in every):
        return text
    names = sorted({s.name for s in every}, key=str.casefold)
    raise NotFoundError(
        _tr("Ingen avdeling har scenarioet {key}. Scenarioer: {names}").format(
            key=text, names=", ".join(names)
        )
    )


def scenario_names(workspace: Workspace, department_ids: Sequence[int]) -> list[str]:
    """Scenario names across departments, «I dag» first then the proposals in order (dialog)."""
    seen: dict[str, tuple[bool, int]] = {}
    for department_id in department_ids:
        for scenario in scenarios.list_scenarios(workspace, department_id):
            rank = (not scenario.is_baseline, scenario.sort_order)
            seen.setdefault(scenario.name, rank)
    return sorted(seen, key=lambda name: seen[name])


def report_date(day: date | None) -> date:
    return day or date.today()


def work_environment_of(report: DepartmentReport) -> WorkEnvironmentSummary:
    """The working-environment summary of docs/review.md for the report's scenario, from the
    tasks' own flags (suggestions from review groups count once the leader accepts them)."""
    data = report.data
    return work_environment_summary(
        data.tasks,
        data.roles,
        data.assignments.get(report.baseline.id, {}),
        data.assignments.get(report.scenario.id, {}),
    )
