"""Optimality checked by brute force (issue 13, item 8).

Small multi-task departments where the optimum gives every task to one role (no caps, no
minimums: for a fixed set of courses each task simply goes to its cheapest eligible role, so
splitting never pays). Every whole-task assignment over the eligible roles is priced with the
same cost model, and the cheapest must equal the solver's answer. Courses are what couples the
tasks: one course serves every task needing the competence, so the choice is combinatorial.

With a cap (where splitting can pay) the enumeration over shares in 25 % steps gives an upper
bound the solver must meet.
"""

from __future__ import annotations

import itertools
import random

import numpy as np
import pytest

from oppgave.analysis.staffing_cost import CostModel, StaffingOptions
from oppgave.analysis.staffing_mix import propose_staffing_mix
from oppgave.domain.enums import Category, FrequencyUnit, Restriction
from oppgave.domain.records import DepartmentData
from tests.analysis.factories import CATALOGUE, make_department, make_task

COMPETENCES = ("LM-INSULIN", "LM-MULTI", "SAR-ENKEL", "KATETER", "DOK", "STELL")
CATEGORIES = (Category.DIRECT, Category.INDIRECT, Category.PRACTICAL)


def random_department(seed: int, n_tasks: int) -> DepartmentData:
    rng = random.Random(seed)
    tasks = []
    baseline = {}
    for t in range(1, n_tasks + 1):
        competences = rng.sample(COMPETENCES, rng.randint(0, 2))
        restriction = rng.choice((Restriction.NONE, Restriction.NONE, Restriction.AUTHORISED))
        tasks.append(
            make_task(
                t,
                f"Oppgave {t}",
                count=rng.choice((1, 2, 3)),
                minutes=rng.choice((5, 10, 20, 45)),
                competences=competences,
                restriction=restriction,
                category=rng.choice(CATEGORIES),
            )
        )
        baseline[t] = {"SSP": 100}  # the top level: every role is at or below it today
    return make_department(tasks, baseline=baseline)


def eligible_roles(model: CostModel, t: int) -> list[int]:
    roles = model.arrays.roles.roles
    task = model.arrays.tasks.tasks[t]
    result = []
    for r, role in enumerate(roles):
        if model.share_limit(t, r) < 100.0:
            continue
        missing = task.competence_ids - role.competence_ids
        if all(model.course_price(r, c) is not None for c in missing):
            result.append(r)
    return result


def brute_force(model: CostModel) -> float:
    n = len(model.arrays.tasks)
    n_roles = len(model.arrays.roles)
    best = np.inf
    choices = [eligible_roles(model, t) for t in range(n)]
    for combination in itertools.product(*choices):
        shares = np.zeros((n, n_roles))
        shares[np.arange(n), list(combination)] = 1.0
        cost = model.evaluate(shares)
        if cost.satisfies_rules:
            best = min(best, cost.total_cost)
    return float(best)


@pytest.mark.parametrize("seed", range(12))
def test_solver_matches_the_cheapest_whole_task_assignment(seed: int) -> None:
    data = random_department(seed, n_tasks=3 + seed % 2)
    options = StaffingOptions(mip_gap=1e-9)
    model = CostModel(data, options)
    best = brute_force(model)
    assert np.isfinite(best)
    result = propose_staffing_mix(data, options)
    assert result.cost.satisfies_rules
    # the tie-break bonus is 1e-5 kr per kept percentage point: far below a krone
    assert result.cost.total_cost == pytest.approx(best, rel=1e-9, abs=0.01)


@pytest.mark.parametrize("seed", range(2))
def test_solver_beats_every_coarse_split_under_a_cap(seed: int) -> None:
    rng = random.Random(seed)
    tasks = [
        make_task(
            t,
            count=rng.choice((5, 10)),
            unit=FrequencyUnit.WEEK,
            minutes=60,
            category=Category.PRACTICAL,
        )
        for t in (1, 2)
    ]
    data = make_department(tasks, baseline={1: {"HFA": 100}, 2: {"HFA": 100}})
    lrl = CATALOGUE.role_id("LRL")
    options = StaffingOptions(fte_caps={lrl: rng.choice((0.1, 0.2))}, mip_gap=1e-9)
    model = CostModel(data, options)
    roles = [model.arrays.roles.index[CATALOGUE.role_id(c)] for c in ("LRL", "SRV", "ASS", "HFA")]
    best = np.inf
    steps = [i / 4 for i in range(5)]
    n_roles = len(model.arrays.roles)
    for a, b in itertools.product(itertools.product(steps, repeat=3), repeat=2):
        shares = np.zeros((2, n_roles))
        for t, parts in enumerate((a, b)):
            rest = 1.0 - sum(parts)
            if rest < -1e-9:
                break
            shares[t, roles[:3]] = parts
            shares[t, roles[3]] = rest
        else:
            cost = model.evaluate(shares)
            if cost.satisfies_rules:
                best = min(best, cost.total_cost)
    result = propose_staffing_mix(data, options)
    assert result.cost.satisfies_rules
    assert result.cost.total_cost <= best + 0.01
