"""Staffing-mix optimiser (DESIGN §6.4): a mixed-integer programme solved by HiGHS.

The model (all hours per week; the objective in kroner per year, see
:mod:`oppgave.analysis.staffing_cost` for the cost rules it shares with :func:`scenario_cost`):

Variables
    ``y[t, r]`` ∈ {0, 1, …, 100}: role r's share of task t in **whole percent**, only for the
    (task, role) pairs where the role is eligible (restriction and support-role rule allow it,
    every required competence is held or reachable by a course). Working in whole percent means
    the result needs no rounding afterwards, so it never breaks a rule or a cap by rounding.
    ``z[r, c]`` ∈ {0, 1}: role r gets the course for competence c (only for pairs some eligible
    task needs).
    ``u[b]`` ≥ N × shift hours × days: hours role r is present on a shift with a minimum of N
    people (one per minimum block).
Objective
    min Σ y[t,r]/100 × h_t' × rate_r × W + Σ u[b] × rate_r × W + Σ z[r,c] × course price[r,c],
    where W = weeks per year, rate_r = hourly cost ÷ (1 − allowances) and h_t' = the task hours
    outside r's minimum blocks (those are paid through u).
Constraints
    Σ_r y[t, r] = 100 for each task (fully covered);
    y[t, r] ≤ 100 × z[r, c] for every competence c the role lacks for the task;
    Σ_t y[t, r]/100 × hours of t in block b ≤ u[b] (paid minimum time is filled with tasks);
    hours_r (task hours + idle minimum time) ≤ cap_r × hours_per_fte × (1 − allowances).

Ties are broken towards the reference scenario (a bonus of 10⁻⁵ kroner per percentage point kept),
so equal-cost alternatives do not show up as moves.
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import csr_array

from oppgave.analysis.department_arrays import FloatArray
from oppgave.analysis.norwegian_text import format_number, join_names, quoted
from oppgave.analysis.staffing_cost import (
    CostBreakdown,
    CostModel,
    StaffingOptions,
)
from oppgave.domain.records import AssignmentMap, DepartmentData
from oppgave.errors import OppgaveError
from oppgave.i18n import translate

#: Kroner per year per percentage point a task keeps of its reference assignment (tie-break).
_KEEP_BONUS = 1e-5


@dataclass(frozen=True, slots=True)
class BlockingConstraint:
    """What made a staffing problem infeasible.

    ``kind``: ``"task"`` (no role may do ``task_id``), ``"cap"`` (the cap of ``role_ids[0]`` is
    too low), ``"caps"`` (the caps of ``role_ids`` together are too low) or ``"other"``.
    ``required_fte`` is the least FTE the capped role(s) need; ``cap_fte`` the cap(s) set.
    """

    kind: str
    task_id: int | None = None
    role_ids: tuple[int, ...] = ()
    required_fte: float | None = None
    cap_fte: float | None = None


class InfeasibleStaffingError(OppgaveError):
    """No staffing satisfies the rules and options; the message names the blocking constraint."""

    def __init__(self, message: str, constraint: BlockingConstraint) -> None:
        super().__init__(message)
        self.constraint = constraint


@dataclass(frozen=True, slots=True)
class TaskMove:
    """A task whose roles changed against the reference scenario."""

    task_id: int
    task_name: str
    before: Mapping[int, float]  # role id → share %
    after: Mapping[int, float]
    explanation: str  # Norwegian, one line


@dataclass(frozen=True, slots=True)
class RoleSummary:
    """One role before (reference) and after (proposal): FTE and kroner per week."""

    role_id: int
    role_name: str
    fte_before: float
    fte_after: float
    cost_per_week_before: float
    cost_per_week_after: float

    @property
    def fte_change(self) -> float:
        return self.fte_after - self.fte_before

    @property
    def cost_per_week_change(self) -> float:
        return self.cost_per_week_after - self.cost_per_week_before


@dataclass(frozen=True, slots=True)
class StaffingMixResult:
    """The optimiser's proposal: a new assignment map, what moved and why, and what it costs."""

    assignments: Mapping[int, Mapping[int, float]]  # task id → role id → whole percent
    moves: tuple[TaskMove, ...]
    cost: CostBreakdown
    reference_cost: CostBreakdown | None  # None when there is no reference scenario
    roles: tuple[RoleSummary, ...]
    status: str  # "optimal" or "time_limit"
    status_text: str  # Norwegian
    solve_seconds: float
    variables: int
    constraints: int
    explanations: Mapping[int, str] = field(default_factory=dict)  # task id → move explanation

    @property
    def saving_per_year(self) -> float | None:
        """Reference cost − proposal cost, kroner per year (``None`` without a reference)."""
        if self.reference_cost is None:
            return None
        return self.reference_cost.total_cost - self.cost.total_cost


@dataclass(frozen=True, slots=True)
class _Pair:
    task_row: int
    role_index: int
    missing: tuple[int, ...]  # competence ids the role lacks (each reachable by a course)


@dataclass(slots=True)
class _Problem:
    """The MILP in scipy's form, plus the index maps needed to read a solution."""

    cost: FloatArray
    matrix: csr_array
    lower: FloatArray
    upper: FloatArray
    var_lower: FloatArray
    var_upper: FloatArray
    integrality: FloatArray
    pairs: list[_Pair]
    course_keys: list[tuple[int, int]]
    # per role index: the coefficient row of its hours (task hours + idle minimum time)
    role_hours: dict[int, dict[int, float]]


#: Kroner per year per hour per week beyond a role's supply, × the role's yearly rate: high
#: enough that a shortfall is only ever the last resort, finite so it can be named.
_SHORTFALL_PENALTY = 100.0


def _eligible_pairs(model: CostModel) -> list[_Pair]:
    """Eligible (task, role) pairs; raises :class:`InfeasibleStaffingError` for a task with none."""
    roles = model.arrays.roles.roles
    pairs: list[_Pair] = []
    for t, task in enumerate(model.arrays.tasks.tasks):
        found = False
        for r, role in enumerate(roles):
            if not model.proposal_allows(t, r):
                continue
            missing = tuple(sorted(task.competence_ids - role.competence_ids))
            if any(model.course_price(r, c) is None for c in missing):
                continue
            pairs.append(_Pair(t, r, missing))
            found = True
        if not found:
            raise InfeasibleStaffingError(
                model.qualifications.no_role_reason(task),
                BlockingConstraint("task", task_id=task.id),
            )
    return pairs


def _drop_dominated(
    model: CostModel, pairs: list[_Pair], reference: FloatArray | None
) -> list[_Pair]:
    """Leave out (task, role B) when another role A is never worse for that task.

    A dominates B when A needs no course for the task, has no cap nor supply limit, costs less
    per hour (ties broken by the reference assignment, then catalogue order), counts as skilled
    if B does, and B has no minimum staffing (whose idle time would make B's hours free).
    Delegated tasks (supervision depends on the role) are never pruned. Moving B's share to A
    then never raises the cost nor breaks a constraint, so the optimum is unchanged.
    """
    block_roles = {r for block in model.blocks for r in block.role_indices}
    capped = set(model.cap_hours) | set(model.supply_hours)

    def key(pair: _Pair) -> tuple[float, int, int]:
        kept = reference is not None and reference[pair.task_row, pair.role_index] > 0
        return (float(model.rate[pair.role_index]), 0 if kept else 1, pair.role_index)

    by_task: dict[int, list[_Pair]] = {}
    for pair in pairs:
        by_task.setdefault(pair.task_row, []).append(pair)
    kept_pairs: list[_Pair] = []
    skilled = model.options.skilled_share > 0
    for t, candidates in by_task.items():
        if t in model.delegator:
            kept_pairs.extend(candidates)
            continue
        dominators = [p for p in candidates if not p.missing and p.role_index not in capped]
        for pair in candidates:
            dominated = pair.role_index not in block_roles and any(
                key(a) < key(pair)
                and (
                    not skilled
                    or model.authorised[a.role_index]
                    or not model.authorised[pair.role_index]
                )
                for a in dominators
            )
            if not dominated:
                kept_pairs.append(pair)
    return kept_pairs


def _build_problem(
    model: CostModel,
    pairs: list[_Pair],
    cap_hours: Mapping[int, float],
    reference: FloatArray | None,
) -> _Problem:
    tasks = model.arrays.tasks
    n_pairs = len(pairs)
    course_keys = sorted({(p.role_index, c) for p in pairs for c in p.missing})
    course_index = {key: i for i, key in enumerate(course_keys)}
    blocks = model.blocks
    idle_keys = [(b, r) for b, block in enumerate(blocks) for r in block.role_indices]
    supply = sorted(model.supply_hours.items())
    z0 = n_pairs
    u0 = n_pairs + len(course_keys)
    s0 = u0 + len(idle_keys)
    n_vars = s0 + len(supply)
    weeks = model.weeks_per_year

    pair_task = np.array([p.task_row for p in pairs], dtype=np.int64)
    pair_role = np.array([p.role_index for p in pairs], dtype=np.int64)
    hours = tasks.hours[pair_task].astype(np.float64)
    supervision = np.array([model.supervision(p.task_row, p.role_index) for p in pairs])

    cost = np.zeros(n_vars)
    cost[:n_pairs] = hours / 100.0 * model.rate[pair_role] * weeks
    for p, pair in enumerate(pairs):
        if supervision[p]:
            d = model.delegator[pair.task_row]
            cost[p] += supervision[p] / 100.0 * model.rate[d] * weeks
    if reference is not None:
        cost[:n_pairs] -= _KEEP_BONUS * (reference[pair_task, pair_role] > 0.0)
    for key, i in course_index.items():
        price = model.course_price(*key)
        assert price is not None  # pairs only hold reachable competences
        cost[z0 + i] = price.per_year
    for i, (_, r) in enumerate(idle_keys):
        cost[u0 + i] = model.rate[r] * weeks
    for i, (r, _) in enumerate(supply):
        cost[s0 + i] = model.rate[r] * weeks * _SHORTFALL_PENALTY

    rows: list[int] = []
    cols: list[int] = []
    vals: list[float] = []
    lower: list[float] = []
    upper: list[float] = []
    # 1. every task fully covered: Σ_r y[t, r] = 100
    rows.extend(pair_task.tolist())
    cols.extend(range(n_pairs))
    vals.extend([1.0] * n_pairs)
    row = len(tasks)
    lower.extend([100.0] * row)
    upper.extend([100.0] * row)
    # 2. competence via course: y[t, r] − 100 z[r, c] ≤ 0
    for p, pair in enumerate(pairs):
        for competence_id in pair.missing:
            rows.extend((row, row))
            cols.extend((p, z0 + course_index[(pair.role_index, competence_id)]))
            vals.extend((1.0, -100.0))
            lower.append(-np.inf)
            upper.append(0.0)
            row += 1
    # 3. minimum blocks: Σ_(r in group) Σ_t y[t, r]/100 × hours in block + idle[b, r] ≥ floor
    for b, block in enumerate(blocks):
        group = np.isin(pair_role, block.role_indices)
        mine = np.flatnonzero(group & (block.task_hours[pair_task] > 0))
        idle = [u0 + i for i, (bb, _) in enumerate(idle_keys) if bb == b]
        rows.extend([row] * (len(mine) + len(idle)))
        cols.extend([*mine.tolist(), *idle])
        vals.extend([*(block.task_hours[pair_task[mine]] / 100.0).tolist(), *[1.0] * len(idle)])
        lower.append(block.floor_hours)
        upper.append(np.inf)
        row += 1
    # 4. hours per role (tasks + supervision of delegated tasks + idle floor time)
    role_hours: dict[int, dict[int, float]] = {}
    for p, pair in enumerate(pairs):
        coefficients = role_hours.setdefault(pair.role_index, {})
        coefficients[p] = coefficients.get(p, 0.0) + hours[p] / 100.0
        if supervision[p]:
            d = model.delegator[pair.task_row]
            sup = role_hours.setdefault(d, {})
            sup[p] = sup.get(p, 0.0) + supervision[p] / 100.0
    for i, (_, r) in enumerate(idle_keys):
        role_hours.setdefault(r, {})[u0 + i] = 1.0
    for r, cap in sorted(cap_hours.items()):
        coefficients = role_hours.get(r, {})
        rows.extend([row] * len(coefficients))
        cols.extend(coefficients.keys())
        vals.extend(coefficients.values())
        lower.append(-np.inf)
        upper.append(cap)
        row += 1
    # 5. supply (soft): hours − shortfall ≤ positions + hiring allowance
    for i, (r, limit) in enumerate(supply):
        coefficients = role_hours.get(r, {})
        rows.extend([row] * (len(coefficients) + 1))
        cols.extend([*coefficients.keys(), s0 + i])
        vals.extend([*coefficients.values(), -1.0])
        lower.append(-np.inf)
        upper.append(limit)
        row += 1
    # 6. skilled share: authorised roles do at least that share of the task hours
    if model.options.skilled_share > 0 and n_pairs:
        skilled = np.flatnonzero(model.authorised[pair_role])
        rows.extend([row] * len(skilled))
        cols.extend(skilled.tolist())
        vals.extend((hours[skilled] / 100.0).tolist())
        lower.append(model.options.skilled_share * float(tasks.hours.sum()))
        upper.append(np.inf)
        row += 1

    matrix = csr_array((vals, (rows, cols)), shape=(row, n_vars))
    var_lower = np.zeros(n_vars)
    var_upper = np.full(n_vars, np.inf)
    var_upper[:n_pairs] = [model.share_limit(p.task_row, p.role_index) for p in pairs]
    var_upper[z0:u0] = 1.0
    integrality = np.zeros(n_vars)
    integrality[:u0] = 1.0
    return _Problem(
        cost=cost,
        matrix=matrix,
        lower=np.array(lower),
        upper=np.array(upper),
        var_lower=var_lower,
        var_upper=var_upper,
        integrality=integrality,
        pairs=pairs,
        course_keys=course_keys,
        role_hours=role_hours,
    )


def _solve(
    problem: _Problem,
    options: StaffingOptions,
    cost: FloatArray | None = None,
    relaxed: bool = False,
) -> Any:
    constraints = (
        [LinearConstraint(problem.matrix, problem.lower, problem.upper)]
        if problem.matrix.shape[0]
        else []
    )
    return milp(
        problem.cost if cost is None else cost,
        integrality=np.zeros_like(problem.integrality) if relaxed else problem.integrality,
        bounds=Bounds(problem.var_lower, problem.var_upper),
        constraints=constraints,
        options={
            "time_limit": options.time_limit_seconds,
            "mip_rel_gap": options.mip_gap,
            "presolve": True,
        },
    )


def _role_name(model: CostModel, r: int) -> str:
    return model.arrays.roles.roles[r].name


def _diagnose(
    model: CostModel, pairs: list[_Pair], reference: FloatArray | None
) -> InfeasibleStaffingError:
    """Find the cap(s) that make the problem infeasible by relaxing them one at a time."""
    caps = dict(model.cap_hours)
    for r in sorted(caps):
        others = {k: v for k, v in caps.items() if k != r}
        problem = _build_problem(model, pairs, others, reference)
        if _solve(problem, model.options).status != 0:
            continue
        fte_hours = float(model.fte_hours[r])
        need, rows = _least_hours(model, problem, [r])
        role = _role_name(model, r)
        detail = _cap_detail(model, pairs, r, need, rows)
        message = translate(
            "StaffingMix", "Taket på {cap} årsverk for {role} er for lavt: {detail}"
        ).format(cap=format_number(caps[r] / fte_hours), role=role, detail=detail)
        return InfeasibleStaffingError(
            message,
            BlockingConstraint(
                "cap",
                role_ids=(model.arrays.roles.roles[r].id,),
                required_fte=need / fte_hours,
                cap_fte=caps[r] / fte_hours,
            ),
        )
    if caps:
        problem = _build_problem(model, pairs, {}, reference)
        if _solve(problem, model.options).status == 0:
            capped = sorted(caps)
            fte_hours = float(np.mean([model.fte_hours[r] for r in capped]))
            need, _ = _least_hours(model, problem, capped)
            names = join_names(_role_name(model, r) for r in capped)
            total_cap = sum(caps.values())
            message = translate(
                "StaffingMix",
                "Takene for {roles} er til sammen for lave: de gir {cap} årsverk, "
                "men oppgavene krever minst {need} årsverk fra disse rollene",
            ).format(
                roles=names,
                cap=format_number(total_cap / fte_hours),
                need=format_number(need / fte_hours),
            )
            return InfeasibleStaffingError(
                message,
                BlockingConstraint(
                    "caps",
                    role_ids=tuple(model.arrays.roles.roles[r].id for r in capped),
                    required_fte=need / fte_hours,
                    cap_fte=total_cap / fte_hours,
                ),
            )
    return InfeasibleStaffingError(
        translate("StaffingMix", "Ingen bemanning oppfyller alle kravene."),
        BlockingConstraint("other"),
    )


def _least_hours(
    model: CostModel, problem: _Problem, roles: Sequence[int]
) -> tuple[float, list[int]]:
    """The least hours per week ``roles`` together need, other constraints kept (LP bound).

    Also returns the task rows those roles then do, largest first (for the message).
    """
    objective = np.zeros_like(problem.cost)
    for r in roles:
        for column, value in problem.role_hours.get(r, {}).items():
            objective[column] += value
    result = _solve(problem, model.options, cost=objective, relaxed=True)
    if result.status != 0:
        return float("nan"), []
    x = np.asarray(result.x)
    hours: dict[int, float] = {}
    wanted = set(roles)
    for p, pair in enumerate(problem.pairs):
        if pair.role_index in wanted and x[p] > 1e-6:
            hours[pair.task_row] = hours.get(pair.task_row, 0.0) + x[p] / 100.0 * float(
                model.arrays.tasks.hours[pair.task_row]
            )
    return float(result.fun), sorted(hours, key=lambda t: -hours[t])


def _cap_detail(model: CostModel, pairs: list[_Pair], r: int, need: float, rows: list[int]) -> str:
    """Why role ``r`` needs ``need`` hours: its minimum staffing, its exclusive tasks, or both."""
    fte_hours = float(model.fte_hours[r])
    role = _role_name(model, r)
    tasks = model.arrays.tasks
    floor = sum(b.floor_hours for b in model.blocks if b.role_indices == (r,))
    roles_of_task: dict[int, int] = {}
    for pair in pairs:
        roles_of_task[pair.task_row] = roles_of_task.get(pair.task_row, 0) + 1
    exclusive = [
        pair.task_row
        for pair in pairs
        if pair.role_index == r and roles_of_task[pair.task_row] == 1
    ]
    exclusive_hours = float(tasks.hours[exclusive].sum()) if exclusive else 0.0
    cap = model.cap_hours[r]
    if floor > cap:
        return translate(
            "StaffingMix", "minstebemanningen alene krever {floor} årsverk {role}"
        ).format(floor=format_number(floor / fte_hours), role=role)
    if exclusive_hours > cap:
        examples = join_names(
            quoted(tasks.tasks[t].name)
            for t in sorted(exclusive, key=lambda t: -tasks.hours[t])[:3]
        )
        return translate(
            "StaffingMix",
            "oppgaver bare {role} kan gjøre krever {need} årsverk (blant annet {examples})",
        ).format(role=role, need=format_number(exclusive_hours / fte_hours), examples=examples)
    examples = join_names(quoted(tasks.tasks[t].name) for t in rows[:3])
    if floor > 0:
        text = translate(
            "StaffingMix", "oppgavene og minstebemanningen krever minst {need} årsverk {role}"
        )
    else:
        text = translate("StaffingMix", "oppgavene krever minst {need} årsverk {role}")
    text = text.format(need=format_number(need / fte_hours), role=role)
    if examples:
        text += translate("StaffingMix", " (blant annet {examples})").format(examples=examples)
    return text


def _read_solution(problem: _Problem, x: FloatArray, n_tasks: int) -> dict[int, dict[int, int]]:
    """Task row → role index → whole percent, repaired to sum to exactly 100 per task."""
    shares: dict[int, dict[int, int]] = {t: {} for t in range(n_tasks)}
    values = np.rint(x[: len(problem.pairs)]).astype(np.int64)
    for pair, value in zip(problem.pairs, values.tolist(), strict=True):
        if value > 0:
            shares[pair.task_row][pair.role_index] = value
    for row in shares.values():
        difference = 100 - sum(row.values())
        if difference and row:
            # solver round-off only (y are integers within 1e-6): fix on the largest share
            largest = max(row, key=lambda r: row[r])
            row[largest] += difference
    return shares


def _describe(shares: Mapping[int, float], names: Mapping[int, str]) -> str:
    if not shares:
        return translate("StaffingMix", "ingen")
    if len(shares) == 1:
        return names[next(iter(shares))]
    ordered = sorted(shares.items(), key=lambda item: -item[1])
    return ", ".join(f"{names[r]} {format_number(s, 0)} %" for r, s in ordered)


def _explain(
    model: CostModel,
    t: int,
    before: Mapping[int, float],
    after: Mapping[int, int],
    result_cost: CostBreakdown,
) -> str:
    roles = model.arrays.roles.roles
    names = {r: role.name for r, role in enumerate(roles)}
    task = model.arrays.tasks.tasks[t]
    head = translate("StaffingMix", "fra {before} til {after}").format(
        before=_describe(before, names), after=_describe(after, names)
    )
    gained = [r for r in after if after[r] > before.get(r, 0.0) + 0.5]
    main = max(gained or list(after), key=lambda r: after[r])
    reasons: list[str] = []
    old_main = max(before, key=lambda r: before[r]) if before else None
    new_cost = roles[main].hourly_cost
    main_blocks = [b for b in model.blocks if main in b.role_indices]
    main_cost = result_cost.by_role_id()[roles[main].id]
    paid_idle = any(float(b.task_hours[t]) > 0.0 for b in main_blocks) and (
        main_cost.hours_per_week
        > main_cost.task_hours_per_week + main_cost.supervision_hours_per_week + 1e-9
    )
    drops = {r: share - after.get(r, 0) for r, share in before.items()}
    lost = max(drops, key=lambda r: drops[r]) if drops and max(drops.values()) > 0.5 else None
    upward = bool(model.upward[t, main]) if before else False
    floor = model.floor_for(t, main) if upward else None
    if floor is not None:
        reasons.append(translate("StaffingMix", "gulvet krever {floor}").format(floor=floor.reason))
    elif old_main is not None and not model.allowed(t, old_main):
        # today's role may not have the task in a proposal (restriction, support-role rule)
        reasons.append(model.qualifications.refusal(task, roles[old_main]))
    elif old_main is not None and new_cost < roles[old_main].hourly_cost:
        reasons.append(
            translate("StaffingMix", "lavere timekostnad ({new} mot {old} kr/t)").format(
                new=format_number(new_cost, 0), old=format_number(roles[old_main].hourly_cost, 0)
            )
        )
    elif paid_idle:
        reasons.append(
            translate(
                "StaffingMix", "fyller tid {role} uansett har på vakt (minstebemanning)"
            ).format(role=roles[main].name)
        )
    elif old_main is not None and old_main in model.cap_hours:
        reasons.append(
            translate("StaffingMix", "taket på årsverk for {role}").format(
                role=roles[old_main].name
            )
        )
    elif lost is not None and model.supply_hours.get(lost, 1.0) <= 1e-9:
        reasons.append(
            translate("StaffingMix", "{role} har ingen stillinger i avdelingen").format(
                role=roles[lost].name
            )
        )
    elif lost is not None and lost in model.supply_hours:
        reasons.append(
            translate("StaffingMix", "frigjør tid for {role} innenfor dagens stillinger").format(
                role=roles[lost].name
            )
        )
    else:
        reasons.append(translate("StaffingMix", "gir lavest samlet kostnad"))
    courses = [
        price.course.name
        for c in sorted(task.competence_ids - roles[main].competence_ids)
        if (price := model.course_price(main, c)) is not None
    ]
    if courses:
        reasons.append(
            translate("StaffingMix", "krever {courses}").format(courses=join_names(courses))
        )
    return f"{head}: {', '.join(reasons)}"


def propose_staffing_mix(
    data: DepartmentData,
    options: StaffingOptions | None = None,
    reference_scenario_id: int | None = None,
) -> StaffingMixResult:
    """The cheapest staffing that breaks no rule: a new assignment map in whole percent.

    Minimises kroner per year (wage cost per week × weeks per year + course costs, see
    :mod:`oppgave.analysis.staffing_cost`) with :func:`scipy.optimize.milp` (HiGHS). Moves and
    role changes are reported against ``reference_scenario_id`` (default: the baseline).

    Raises :class:`InfeasibleStaffingError` (message in Norwegian naming the blocking task or
    cap) when no staffing satisfies every rule and option.
    """
    started = time.perf_counter()
    options = options or StaffingOptions()
    model = CostModel(data, options)
    tasks = model.arrays.tasks
    reference_id = reference_scenario_id
    if reference_id is None:
        reference_id = next((s.id for s in data.scenarios if s.is_baseline), None)
    reference_map: AssignmentMap | None = (
        data.assignments.get(reference_id, {}) if reference_id is not None else None
    )
    reference = model.arrays.shares(reference_map) if reference_map is not None else None

    pairs = _drop_dominated(model, _eligible_pairs(model), reference)
    problem = _build_problem(model, pairs, model.cap_hours, reference)
    result = _solve(problem, options)
    if result.x is None:
        if result.status == 2:  # infeasible
            raise _diagnose(model, pairs, reference)
        raise InfeasibleStaffingError(
            translate(
                "StaffingMix", "Optimeringen fant ingen løsning innen {seconds} sekunder."
            ).format(seconds=format_number(options.time_limit_seconds, 0)),
            BlockingConstraint("other"),
        )
    solution = _read_solution(problem, np.asarray(result.x, dtype=np.float64), len(tasks))
    roles = model.arrays.roles.roles
    assignments = {
        tasks.tasks[t].id: {roles[r].id: float(share) for r, share in row.items()}
        for t, row in solution.items()
    }
    shares = model.arrays.shares(assignments)
    cost = model.evaluate(shares)
    reference_is_today = reference_id is not None and any(
        s.id == reference_id and s.is_baseline for s in data.scenarios
    )
    reference_cost = (
        model.evaluate(reference, charge_courses=not reference_is_today)
        if reference is not None
        else None
    )

    moves: list[TaskMove] = []
    if reference is not None:
        for t, row in solution.items():
            before = {
                r: float(reference[t, r] * 100.0) for r in np.flatnonzero(reference[t] > 0).tolist()
            }
            if set(before) == set(row) and all(abs(before[r] - row[r]) < 0.5 for r in row):
                continue
            task = tasks.tasks[t]
            moves.append(
                TaskMove(
                    task_id=task.id,
                    task_name=task.name,
                    before={roles[r].id: s for r, s in before.items()},
                    after={roles[r].id: float(s) for r, s in row.items()},
                    explanation=_explain(model, t, before, row, cost),
                )
            )
    before_roles = reference_cost.by_role_id() if reference_cost else {}
    summaries = tuple(
        RoleSummary(
            role_id=after.role_id,
            role_name=after.role_name,
            fte_before=before_roles[after.role_id].fte if before_roles else 0.0,
            fte_after=after.fte,
            cost_per_week_before=(
                before_roles[after.role_id].cost_per_week if before_roles else 0.0
            ),
            cost_per_week_after=after.cost_per_week,
        )
        for after in cost.roles
    )
    optimal = result.status == 0
    return StaffingMixResult(
        assignments=assignments,
        moves=tuple(moves),
        cost=cost,
        reference_cost=reference_cost,
        roles=summaries,
        status="optimal" if optimal else "time_limit",
        status_text=(
            translate("StaffingMix", "Optimal løsning funnet.")
            if optimal
            else translate("StaffingMix", "Tidsgrensen ble nådd; beste løsning så langt.")
        ),
        solve_seconds=time.perf_counter() - started,
        variables=problem.matrix.shape[1],
        constraints=problem.matrix.shape[0],
        explanations={move.task_id: move.explanation for move in moves},
    )
