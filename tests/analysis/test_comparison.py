"""Comparison (DESIGN §6.7): key figures are ratios of sums, also per municipality."""

from __future__ import annotations

import math

import pytest

from oppgave.analysis.comparison import (
    key_figure_inputs,
    key_figures,
    key_figures_by_municipality,
)
from oppgave.domain.enums import Category
from tests.analysis.factories import make_department, make_task

#: 1 − holidays (5 weeks + 10 public holidays of 260 days) − 10 % absence − 5 % training
SHARE = 1 - 35 / 260 - 0.15
FTE_H = 35.5 * SHARE  # hours a week one FTE is available for tasks


def two_departments():  # type: ignore[no-untyped-def]
    # A: 7 h SPL + 7 h HFA (practical), 10 residents, positions 1 × 100 % + 1 × 50 %
    a = make_department(
        [make_task(1, minutes=60), make_task(2, minutes=60, category=Category.PRACTICAL)],
        baseline={1: {"SPL": 100}, 2: {"HFA": 100}},
        positions=[("SPL", 1, 100), ("HFA", 1, 50)],
        residents=10,
        department_id=1,
        name="A",
    )
    # B: 28 h HFA, 30 residents, positions 2 × 100 %
    b = make_department(
        [make_task(3, count=4, minutes=60, department_id=2)],
        baseline={3: {"HFA": 100}},
        positions=[("HFA", 2, 100)],
        residents=30,
        department_id=2,
        name="B",
    )
    return a, b


def test_key_figures_per_department() -> None:
    a, b = two_departments()
    frame = key_figures([key_figure_inputs(a), key_figure_inputs(b)])
    assert frame.loc[1, "nurse_share"] == pytest.approx(0.5)  # 7 of 14 h
    assert frame.loc[2, "nurse_share"] == 0.0
    assert frame.loc[1, "hours_per_resident"] == pytest.approx(1.4)  # 14 / 10
    # cost per resident-day: (7 × 520 + 7 × 440) / SHARE per week / (10 × 7)
    assert frame.loc[1, "cost_per_resident_day"] == pytest.approx(7 * 960 / SHARE / 70)
    assert frame.loc[1, "fulltime_share"] == pytest.approx(0.5)
    assert frame.loc[1, "mapped_share"] == pytest.approx(14 / (1.5 * FTE_H))
    assert frame.loc[1, "share_practical"] == pytest.approx(0.5)
    assert frame.loc[2, "share_direct"] == pytest.approx(1.0)


def test_municipality_sums_then_divides() -> None:
    a, b = two_departments()
    frame = key_figures_by_municipality([key_figure_inputs(a), key_figure_inputs(b)], {1: "Melhus"})
    row = frame.loc[1]
    assert row["municipality_name"] == "Melhus"
    assert row["departments"] == 2
    # nurse share: 7 / (14 + 28) = 1/6, not the mean of 0.5 and 0 (= 0.25)
    assert row["nurse_share"] == pytest.approx(7 / 42)
    # hours per resident: 42 / 40, not the mean of 1.4 and 0.933
    assert row["hours_per_resident"] == pytest.approx(42 / 40)
    assert row["fulltime_share"] == pytest.approx(3 / 4)  # (1 + 2) / (2 + 2)


def test_zero_residents_give_nan() -> None:
    a = make_department([make_task(1)], baseline={1: {"HFA": 100}}, residents=0)
    frame = key_figures([key_figure_inputs(a)])
    assert math.isnan(frame.loc[1, "hours_per_resident"])
    assert key_figures([]).empty
