"""Full-time effect of a scenario: weekend arithmetic on the plan and «hvor mange 100 %»."""

from __future__ import annotations

import pytest

from oppgave.analysis.fulltime_effect import fulltime_effect, max_fulltime, weekend_shifts
from oppgave.analysis.staffing_plan import staffing_plan
from tests.analysis.factories import BASELINE_ID, CATALOGUE, make_department, make_task

HFA = CATALOGUE.role_id("HFA")
SPL = CATALOGUE.role_id("SPL")
MRK = CATALOGUE.role_id("MRK")


def test_max_fulltime_worked_example() -> None:
    # 15 people with 12 FTE, minimum 50 %: 9 × 100 % + 6 × 50 %
    split = max_fulltime(12.0, 15, 0.5)
    assert (split.fulltime, split.people, split.feasible) == (9, 15, True)
    # more FTE than the weekends need people: everyone full time
    assert max_fulltime(12.0, 9, 0.5).fulltime == 12
    # a remainder below the minimum cannot be its own position
    odd = max_fulltime(12.2, 9, 0.5)
    assert odd.fulltime == 11 and odd.people == 13  # 11 × 100 % + 2 × 60 %


def test_max_fulltime_too_little_fte_is_not_feasible() -> None:
    split = max_fulltime(5.0, 12, 0.5)  # 12 × 50 % = 6 FTE > 5
    assert not split.feasible and split.fulltime == 0


def _department():
    tasks = [
        # HFA on day and evening, every day; SPL at night; MRK weekday mornings only
        make_task(1, count=20, minutes=30, windows=[("08:00", "14:00")]),
        make_task(2, count=16, minutes=30, windows=[("16:00", "22:00")]),
        make_task(3, count=10, minutes=30, windows=[("23:30", "05:00")]),
        make_task(4, count=8, minutes=30, days=0b0011111, windows=[("08:00", "14:00")]),
    ]
    return make_department(
        tasks,
        baseline={1: {"HFA": 100}, 2: {"HFA": 100}, 3: {"SPL": 100}, 4: {"MRK": 100}},
        positions=[("HFA", 4, 100), ("HFA", 6, 50), ("SPL", 3, 80), ("MRK", 1, 100)],
    )


def test_weekday_only_roles_left_out_and_nights_kept() -> None:
    data = _department()
    plan = staffing_plan(data, BASELINE_ID)
    effect = fulltime_effect(data, plan)
    assert MRK in effect.left_out_role_ids
    assert set(effect.rota_role_ids) == {HFA, SPL}
    # today's share over rota staff only: 4 of 13 (MRK's full-time position is not counted)
    assert effect.today_fulltime == 4 and effect.today_people == 13
    assert effect.today_share == pytest.approx(4 / 13)
    # SPL works one night and covers day/evening by the floor: a long shift merges day and
    # evening, never the night
    assert weekend_shifts(plan, SPL, long_shifts=False) == 2 * 3
    assert weekend_shifts(plan, SPL, long_shifts=True) == 2 * 2


def test_options_for_every_frequency_and_shift_length() -> None:
    data = _department()
    effect = fulltime_effect(data, staffing_plan(data, BASELINE_ID), min_position_percent=50)
    assert {(o.frequency, o.shift_hours) for o in effect.options} == {
        (f, h) for f in (2, 3, 4) for h in (7.5, 12.5)
    }
    for option in effect.options:
        for row in option.roles:
            shifts = row.shifts_per_weekend
            assert row.people_needed == -(-shifts * option.frequency // 2)
            assert row.split.people >= row.people_needed or not row.split.feasible
    # rarer weekends need more people, so never more full-time positions
    for hours in (7.5, 12.5):
        counts = [effect.option(f, hours).fulltime_positions for f in (2, 3, 4)]  # type: ignore[union-attr]
        assert counts == sorted(counts, reverse=True)
    # long weekend shifts never need more people
    for f in (2, 3, 4):
        assert effect.option(f, 12.5).people_needed <= effect.option(f, 7.5).people_needed  # type: ignore[union-attr]
