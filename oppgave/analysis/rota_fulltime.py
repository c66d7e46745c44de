"""«Flest mulig heltidsstillinger»: the most 100 % positions a rota can carry.

Start from the full-time arithmetic of the scenario (:mod:`oppgave.analysis.fulltime_effect`:
per rota role k full-time among n people) and ask the generator for a rota with that position
structure; while no rota is found, turn one full-time position per role into part time
(k − 1, the other part-time positions share the freed FTE) and try again. The first structure the
generator can build a rota for is the answer, so the count is backed by a rota that passes the
rule checker, not by arithmetic alone.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date

from oppgave.analysis.fulltime_effect import FulltimeOption
from oppgave.analysis.rota import (
    RotaProblem,
    RotaRules,
    competence_demand_from_plan,
    default_types,
    demand_from_plan,
    positions_from_split,
)
from oppgave.analysis.rota_arsturnus import solve_rota
from oppgave.analysis.rota_solver import RotaResult, RotaStatus
from oppgave.analysis.staffing_plan import StaffingPlan
from oppgave.domain.records import DepartmentData


@dataclass(frozen=True, slots=True)
class FulltimeRota:
    """The most full-time positions found with a rota, and the tries it took."""

    fulltime: int
    people: int
    result: RotaResult
    problem: RotaProblem
    tries: int


def most_fulltime(
    data: DepartmentData,
    plan: StaffingPlan,
    option: FulltimeOption,
    rules: RotaRules,
    *,
    time_limit: float = 20.0,
    cancelled: Callable[[], bool] | None = None,
    holidays: Mapping[int, str] | None = None,
    start: date | None = None,
) -> FulltimeRota | None:
    """The most full-time positions with a rota (None: no structure gave one). ``holidays``
    (day → name) are staffed as Sundays; ``start`` the rota's first Monday."""
    role_fte = {r.role_id: r.fte for r in option.roles}
    first_splits = {r.role_id: (r.split.fulltime, r.split.people) for r in option.roles}
    names = {r.id: r.name for r in data.roles}
    holidays = dict(holidays or {})
    demand = demand_from_plan(plan, rules.weeks, role_fte, holidays)
    competences = competence_demand_from_plan(
        plan, rules.weeks, {r.id: r.competence_ids for r in data.roles}, role_fte
    )
    top = max((k for k, _ in first_splits.values()), default=0)
    for step in range(top + 1):
        if cancelled is not None and cancelled():
            return None
        splits = {role: (max(0, k - step), n) for role, (k, n) in first_splits.items()}
        problem = RotaProblem(
            positions_from_split(data, role_fte, splits),
            default_types(),
            demand,
            rules,
            role_names=names,
            holidays=holidays,
            start=start,
            competence_demand=competences,
        )
        result = solve_rota(problem, time_limit=time_limit, cancelled=cancelled, diagnose=False)
        if result.rota is not None and result.status is not RotaStatus.CANCELLED:
            return FulltimeRota(
                fulltime=sum(k for k, _ in splits.values()),
                people=sum(n for _, n in splits.values()),
                result=result,
                problem=problem,
                tries=step + 1,
            )
    return None
