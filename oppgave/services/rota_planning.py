"""Bemanningsplan, full-time effect and grunnturnus of a scenario (DESIGN §8), for CLI and UI.

``*_data`` functions take records already loaded and touch no database (a worker thread calls
them); the others load the department first.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from oppgave.analysis.fulltime_effect import FulltimeEffect, fulltime_effect
from oppgave.analysis.rota import (
    RotaProblem,
    RotaRules,
    competence_demand_from_plan,
    default_types,
    demand_from_plan,
    positions_from_department,
    positions_from_split,
)
from oppgave.analysis.rota_fulltime import FulltimeRota, most_fulltime
from oppgave.analysis.rota_rules import RuleViolation, check_rota
from oppgave.analysis.rota_solver import Progress, RotaResult, solve
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


def generate_rota_data(
    staffing: ScenarioStaffing,
    rules: RotaRules,
    source: PositionSource = PositionSource.PLAN,
    *,
    time_limit: float = 30.0,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> RotaOutcome:
    """A grunnturnus for the scenario (pure; a worker thread calls it)."""
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
        found = most_fulltime(data, plan, option, rules, time_limit=time_limit, cancelled=cancelled)
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
            result = solve(problem, time_limit=time_limit, progress=progress, cancelled=cancelled)
            return RotaOutcome(staffing, problem, result, ())
        violations = check_rota(found.result.rota) if found.result.rota else ()
        return RotaOutcome(staffing, found.problem, found.result, violations, found)
    if source is PositionSource.TODAY:
        positions = positions_from_department(data, roles)
    else:
        role_fte = {row.role_id: row.fte for row in option.roles}
        splits = {row.role_id: (row.split.fulltime, row.split.people) for row in option.roles}
        positions = positions_from_split(data, role_fte, splits)
    problem = RotaProblem(
        positions,
        default_types(),
        demand_from_plan(plan, rules.weeks, roles),
        rules,
        role_names=names,
        competence_demand=competence_demand_from_plan(plan, rules.weeks, competences, roles),
    )
    result = solve(problem, time_limit=time_limit, progress=progress, cancelled=cancelled)
    violations = check_rota(result.rota) if result.rota else ()
    return RotaOutcome(staffing, problem, result, violations)
