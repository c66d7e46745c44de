"""Risk and delegation per task in proposals (issue 13, item 4, optimiser side).

High-risk tasks never go below ``Settings.high_risk_min_level``; «beholdes» tasks stay with
today's roles; a delegated task costs the delegating role supervision time
(``Settings.supervision_share`` of the delegated hours) and needs a competence sign-off per
person who takes it.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from oppgave.analysis.scenario_price import price_assignments
from oppgave.analysis.staffing_cost import StaffingOptions, scenario_cost
from oppgave.analysis.staffing_mix import propose_staffing_mix
from oppgave.domain.enums import DelegationRule, RiskLevel
from tests.analysis.factories import CATALOGUE, make_department, make_task

SPL, HFA, ASS, LRL = (CATALOGUE.role_id(c) for c in ("SPL", "HFA", "ASS", "LRL"))
SHARE = 1 - 35 / 260 - 0.15


def test_a_high_risk_task_never_goes_below_the_set_level() -> None:
    task = replace(make_task(1, "Observasjon etter fall", minutes=60), risk_level=RiskLevel.HIGH)
    data = make_department([task], baseline={1: {"SPL": 100}})
    result = propose_staffing_mix(data, StaffingOptions(fte_caps={LRL: 0}))
    (role_id,) = result.assignments[1]
    assert CATALOGUE.role(next(r.code for r in CATALOGUE.roles if r.id == role_id)).leon_level >= 2
    # the same task at low risk goes to the assistant (cheapest level 0 care role)
    low = make_department([make_task(1, minutes=60)], baseline={1: {"SPL": 100}})
    assert propose_staffing_mix(low, StaffingOptions(fte_caps={LRL: 0})).assignments == {
        1: {ASS: 100.0}
    }
    # and a hand-made scenario giving it to the assistant breaks the rule, named
    cost = scenario_cost(data, {1: {ASS: 100}})
    assert any("høy risiko" in v for v in cost.violations)


def test_a_kept_task_stays_with_todays_roles() -> None:
    task = replace(make_task(1, "Primærkontakt", minutes=60), delegation_rule=DelegationRule.KEEP)
    data = make_department([task], baseline={1: {"SPL": 60, "HFA": 40}})
    result = propose_staffing_mix(data)
    assert set(result.assignments[1]) <= {SPL, HFA}


def test_delegation_costs_supervision_and_a_sign_off_per_person() -> None:
    # 7 h a week delegated from the nurse to the helper: the nurse supervises 10 % = 0.7 h
    task = replace(
        make_task(1, "Sårstell", minutes=60, windows=[("09:00", "10:00")]),
        delegation_rule=DelegationRule.DELEGATE,
    )
    data = make_department(
        [task], baseline={1: {"SPL": 100}}, positions=[("HFA", 4, 75), ("SPL", 2, 100)]
    )
    cost = scenario_cost(data, {1: {HFA: 100}})
    nurse = cost.by_role_id()[SPL]
    assert nurse.supervision_hours_per_week == pytest.approx(0.7)
    assert nurse.hours_per_week == pytest.approx(0.7)
    assert cost.wage_cost_per_week == pytest.approx((7 * 440 + 0.7 * 520) / SHARE)
    price = price_assignments(
        data,
        data.scenarios[0].__class__(9, "", 1, "x", False),
        {1: {HFA: 100}},
        StaffingOptions(),
    )
    (sign,) = price.sign_offs
    # 7 day shifts a week; a 75 % helper works 0.75 × 35.5 / 8 = 3.33 shifts: 7 / 3.33 × 1.1
    # = 2.31 → 3 people
    assert (sign.role_name, sign.people, sign.task_names) == ("Helsefagarbeider", 3, ("Sårstell",))
    # the optimiser weighs the supervision: delegating still pays here (440 + 52 < 520)
    result = propose_staffing_mix(data, StaffingOptions(fte_caps={LRL: 0}))
    assert result.cost.by_role_id()[SPL].supervision_hours_per_week > 0
