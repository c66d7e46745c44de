"""Capacity, FTE and cost (DESIGN §6.2): hand-computed cases."""

from __future__ import annotations

import pytest

from oppgave.analysis.capacity import (
    available_hours,
    capacity,
    capacity_change,
    change_against_baseline,
    cost_per_week,
    fte_needed,
    mapped_share,
    positions_fte,
    productive_hours_per_fte,
)
from oppgave.domain.records import Settings
from tests.analysis.factories import CATALOGUE, make_department, make_task

DEFAULT = Settings()  # 35.5 h per FTE, 10 % absence + 5 % training
HFA = CATALOGUE.role_id("HFA")
SPL = CATALOGUE.role_id("SPL")

#: 1 − holidays (5 weeks + 10 public holidays of 260 days) − 10 % absence − 5 % training
SHARE = 1 - 35 / 260 - 0.15
FTE_H = 35.5 * SHARE  # hours a week one FTE is available for tasks


def test_one_fte_works_the_productive_share_of_its_hours() -> None:
    # 35.5 × (1 − 35/260 − 0.10 − 0.05) = 25.396 hours a week for tasks
    assert productive_hours_per_fte(DEFAULT) == pytest.approx(FTE_H)
    assert fte_needed(FTE_H, DEFAULT) == pytest.approx(1.0)
    assert fte_needed(2 * FTE_H, DEFAULT) == pytest.approx(2.0)
    no_leave = Settings(
        hours_per_fte=37.5,
        absence_allowance=0.0,
        training_allowance=0.0,
        holiday_weeks=0.0,
        public_holidays=0.0,
    )
    assert fte_needed(10.0, no_leave) == pytest.approx(10 / 37.5)


def test_cost_pays_the_absent_hours_too() -> None:
    # FTE_H task hours = 1 FTE = 35.5 paid hours × 440 kr = 15 620 kr per week
    assert cost_per_week(FTE_H, 440.0, DEFAULT) == pytest.approx(15_620.0)


def test_allowances_of_100_percent_are_refused() -> None:
    with pytest.raises(ValueError):
        fte_needed(1.0, Settings(absence_allowance=0.6, training_allowance=0.4))


def test_capacity_per_role_and_total() -> None:
    # task 1: 60 min daily = 7 h; task 2: 8 × 7 × 30/60 = 28 h; task 3: 3.5 h, unassigned
    tasks = [make_task(1, minutes=60), make_task(2, count=8, minutes=30), make_task(3, minutes=30)]
    data = make_department(tasks, baseline={1: {"SPL": 100}, 2: {"HFA": 50, "SPL": 50}})
    summary = capacity(data, data.assignments[1])
    rows = summary.by_role_id()
    assert rows[SPL].hours_per_week == pytest.approx(7 + 14)
    assert rows[HFA].hours_per_week == pytest.approx(14)
    assert rows[SPL].fte == pytest.approx(21 / FTE_H)
    assert rows[HFA].cost_per_week == pytest.approx(14 / SHARE * 440)
    assert summary.hours_per_week == pytest.approx(35)
    assert summary.unassigned_hours_per_week == pytest.approx(3.5)
    assert summary.cost_per_week == pytest.approx((21 * 520 + 14 * 440) / SHARE)
    frame = summary.to_frame()
    assert frame.loc[SPL, "hours_per_week"] == pytest.approx(21)


def test_change_against_baseline() -> None:
    tasks = [make_task(1, minutes=60)]  # 7 h
    data = make_department(tasks, baseline={1: {"SPL": 100}}, proposal={1: {"HFA": 100}})
    changes = {c.role_id: c for c in change_against_baseline(data, data.assignments[2])}
    assert changes[SPL].fte_change == pytest.approx(-7 / FTE_H)
    assert changes[HFA].fte_change == pytest.approx(7 / FTE_H)
    # saving: 7 h × (520 − 440) ÷ SHARE per week
    total = sum(c.cost_change for c in changes.values())
    assert total == pytest.approx(-7 * 80 / SHARE)
    before = capacity(data, data.assignments[1])
    assert capacity_change(before, before)[0].cost_change == 0.0


def test_available_hours_and_mapped_share() -> None:
    # 4 × 80 % + 2 × 100 % = 5.2 FTE × FTE_H = 132.06 hours a week for tasks
    tasks = [make_task(1, count=10, minutes=60)]  # 70 h a week
    data = make_department(tasks, positions=[("HFA", 4, 80), ("SPL", 2, 100)])
    assert positions_fte(data.positions) == pytest.approx(5.2)
    assert positions_fte(data.positions, SPL) == pytest.approx(2.0)
    assert available_hours(data.positions, data.settings) == pytest.approx(5.2 * FTE_H)
    assert mapped_share(data) == pytest.approx(70 / (5.2 * FTE_H))


def test_mapped_share_without_positions_is_none() -> None:
    assert mapped_share(make_department([make_task(1)])) is None
