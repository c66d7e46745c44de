"""Bemanningsplan, full-time effect and grunnturnus of a scenario (DESIGN §8), for CLI and UI.

``*_data`` functions take records already loaded and touch no database (a worker thread calls
them); the others load the department first.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta

from oppgave.analysis.fulltime_effect import FulltimeEffect, fulltime_effect
from oppgave.analysis.holidays import holidays_between
from oppgave.analysis.rota import (
    ARSTURNUS_WEEKS,
    Rota,
    RotaProblem,
    RotaRules,
    competence_demand_from_plan,
    default_types,
    demand_from_plan,
    positions_from_department,
    positions_from_split,
)
from oppgave.analysis.rota_arsturnus import solve_rota
from oppgave.analysis.rota_fulltime import FulltimeRota, most_fulltime
from oppgave.analysis.rota_rules import RuleViolation, check_rota
from oppgave.analysis.rota_solver import Progress, RotaResult
from oppgave.analysis.staffing_plan import PlanKey, StaffingPlan
from oppgave.db.workspace import Workspace
from oppgave.domain import records as r
from oppgave.domain.enums import PositionSource
from oppgave.errors import ValidationError
from oppgave.i18n import translate
from oppgave.services import organisation, scenarios, staffing_plan_edits, workspaces


def _tr(text: str) -> str:
    return translate("RotaPlanning", text)


@dataclass(frozen=True, slots=True)
class ScenarioStaffing:
    """The bemanningsplan and full-time effect of one scenario, with what they were made of."""

    data: r.DepartmentData
    scenario: r.Scenario
    plan: StaffingPlan
    effect: FulltimeEffect


@dataclass(frozen=True, slots=True)
class RotaOutcome:
    """A generated rota (``result.rota``) with its checker verdict and the problem it solved."""

    staffing: ScenarioStaffing
    problem: RotaProblem
    result: RotaResult
    violations: tuple[RuleViolation, ...]
    fulltime: FulltimeRota | None = None


def load(
    workspace: Workspace, department: str | int, scenario: str | int | None
) -> tuple[r.DepartmentData, r.Scenario]:
    """The department's records and the scenario (by name or id; None: the first proposal, else
    «I dag»)."""
    found = organisation.resolve_department(workspace, department)
    data = workspaces.load_department_data(workspace, found.id)
    if scenario is None:
        chosen = next((s for s in data.scenarios if not s.is_baseline), data.baseline)
    else:
        chosen = scenarios.resolve_scenario(workspace, found.id, scenario)
    return data, chosen


def scenario_staffing_data(
    data: r.DepartmentData,
    scenario: r.Scenario,
    min_position_percent: float = 50.0,
    edits: Mapping[PlanKey, int] | None = None,
) -> ScenarioStaffing:
    """Bemanningsplan (with the leader's hand ``edits``) and full-time effect (pure)."""
    edited = staffing_plan_edits.edited_plan_data(data, scenario, edits or {}, min_position_percent)
    return ScenarioStaffing(data, scenario, edited.plan, edited.effect)


def scenario_staffing(
    workspace: Workspace,
    department: str | int,
    scenario: str | int | None = None,
    min_position_percent: float = 50.0,
) -> ScenarioStaffing:
    """The scenario's plan with its stored hand edits, and its full-time effect."""
    data, chosen = load(workspace, department, scenario)
    edits = staffing_plan_edits.edits_map(workspace, chosen.id)
    return scenario_staffing_data(data, chosen, min_position_percent, edits)


def next_monday(today: date | None = None) -> date:
    """The first Monday after ``today`` (where a new rota starts unless told)."""
    today = today or date.today()
    return today + timedelta(days=7 - today.weekday())


def dated(problem: RotaProblem, start: date | None) -> RotaProblem:
    """``problem`` with its start Monday; an årsturnus (52 weeks) also gets the holidays of
    its year, staffed as Sundays (the demand on those days is the plan's helg need)."""
    if problem.rules.weeks < ARSTURNUS_WEEKS:
        return replace(problem, start=start)
    start = start or next_monday()
    if start.weekday() != 0:
        raise ValidationError(_tr("Turnusen må starte på en mandag."), "start")
    holidays = holidays_between(start, problem.rules.days)
    return replace(problem, start=start, holidays=holidays)


def with_holidays(problem: RotaProblem, plan: StaffingPlan, start: date | None) -> RotaProblem:
    """:func:`dated`, and the demand of the holidays set to the helg need."""
    result = dated(problem, start)
    if not result.holidays:
        return result
    roles = {role for (_, _, role) in problem.demand}
    demand = demand_from_plan(plan, problem.rules.weeks, roles, result.holidays)
    return replace(result, demand=demand)


def generate_rota_data(
    staffing: ScenarioStaffing,
    rules: RotaRules,
    source: PositionSource = PositionSource.PLAN,
    *,
    time_limit: float = 30.0,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    start: date | None = None,
    splits: Mapping[int, tuple[int, int]] | None = None,
) -> RotaOutcome:
    """A grunnturnus for the scenario (pure; a worker thread calls it). ``start``: the Monday
    it starts (a 52-week årsturnus needs one for its holidays; default the next Monday).
    ``splits`` (role id → (full-time positions, people)) replaces the plan's position structure
    for those roles (the user's adjustment in the Turnus tab; ``source`` PLAN only)."""
    rules.validate()
    data, plan, effect = staffing.data, staffing.plan, staffing.effect
    length = 12.5 if rules.long_weekend_shifts else 7.5
    option = effect.option(rules.weekend_every, length) or next(
        (
            o
            for o in fulltime_effect(
                data,
                plan,
                frequencies=[rules.weekend_every],
                shift_hours=[length],
                min_position_percent=effect.min_position * 100,
            ).options
        ),
    )
    names = {role.id: role.name for role in data.roles}
    competences = {role.id: role.competence_ids for role in data.roles}
    roles = effect.rota_role_ids
    if not roles:
        raise ValidationError(_tr("Bemanningsplanen har ingen vakter i helgene: ingen turnus."))
    if source is PositionSource.MOST_FULLTIME:
        calendar = dated(RotaProblem((), default_types(), {}, rules, role_names=names), start)
        found = most_fulltime(
            data,
            plan,
            option,
            rules,
            time_limit=time_limit,
            cancelled=cancelled,
            holidays=calendar.holidays,
            start=calendar.start,
        )
        if found is None:
            problem = RotaProblem(
                positions_from_department(data, roles),
                default_types(),
                demand_from_plan(plan, rules.weeks, roles),
                rules,
                role_names=names,
                competence_demand=competence_demand_from_plan(
                    plan, rules.weeks, competences, roles
                ),
            )
            problem = with_holidays(problem, plan, start)
            result = solve_rota(
                problem, time_limit=time_limit, progress=progress, cancelled=cancelled
            )
            return RotaOutcome(staffing, problem, result, ())
        violations = check_rota(found.result.rota) if found.result.rota else ()
        return RotaOutcome(staffing, found.problem, found.result, violations, found)
    if source is PositionSource.TODAY:
        positions = positions_from_department(data, roles)
    else:
        role_fte = {row.role_id: row.fte for row in option.roles}
        chosen = {row.role_id: (row.split.fulltime, row.split.people) for row in option.roles}
        for role_id, (fulltime, people) in (splits or {}).items():
            if role_id not in chosen:
                continue
            if people < 1 or not 0 <= fulltime <= people or fulltime > role_fte[role_id] + 1e-9:
                raise ValidationError(
                    _tr(
                        "{r}: {k} heltidsstillinger av {n} personer går ikke med {f} årsverk."
                    ).format(
                        r=names.get(role_id, role_id),
                        k=fulltime,
                        n=people,
                        f=f"{role_fte[role_id]:.1f}".replace(".", ","),
                    ),
                    "positions",
                )
            chosen[role_id] = (fulltime, people)
        positions = positions_from_split(data, role_fte, chosen)
    problem = RotaProblem(
        positions,
        default_types(),
        demand_from_plan(plan, rules.weeks, roles),
        rules,
        role_names=names,
        competence_demand=competence_demand_from_plan(plan, rules.weeks, competences, roles),
    )
    problem = with_holidays(problem, plan, start)
    result = solve_rota(problem, time_limit=time_limit, progress=progress, cancelled=cancelled)
    violations = check_rota(result.rota) if result.rota else ()
    return RotaOutcome(staffing, problem, result, violations)


@dataclass(frozen=True, slots=True)
class RoleStructure:
    """The positions the plan gives one rota role: full-time positions among people, on FTE."""

    role_id: int
    role_name: str
    fte: float
    fulltime: int
    people: int


def position_structure(
    staffing: ScenarioStaffing, weekend_every: int, long_weekend_shifts: bool
) -> tuple[RoleStructure, ...]:
    """Per rota role the position structure the generator uses by default (the full-time
    arithmetic for this weekend frequency and shift length), for the user to adjust."""
    length = 12.5 if long_weekend_shifts else 7.5
    option = staffing.effect.option(weekend_every, length)
    if option is None:
        option = fulltime_effect(
            staffing.data,
            staffing.plan,
            frequencies=[weekend_every],
            shift_hours=[length],
            min_position_percent=staffing.effect.min_position * 100,
        ).options[0]
    names = {role.id: role.name for role in staffing.data.roles}
    return tuple(
        RoleStructure(
            row.role_id,
            names.get(row.role_id, str(row.role_id)),
            row.fte,
            row.split.fulltime,
            row.split.people,
        )
        for row in option.roles
    )


def recheck(rota: Rota) -> tuple[RuleViolation, ...]:
    """The rule checker's verdict on a rota (after a hand edit)."""
    return check_rota(rota)
