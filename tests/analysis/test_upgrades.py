"""Competence-upgrade plan (DESIGN §6.5): the worked example and its edge cases."""

from __future__ import annotations

import pytest

from oppgave.analysis.upgrades import (
    people_needed,
    shifts_per_person,
    upgrade_plan,
)
from oppgave.domain.enums import FrequencyUnit, Restriction
from oppgave.domain.records import Settings
from tests.analysis.factories import CATALOGUE, make_department, make_task

INSULIN = make_task(
    1,
    "Insulin",
    count=2,
    minutes=10,
    windows=[("07:30", "08:30"), ("19:30", "20:30")],
    competences=["LM-INSULIN"],
    restriction=Restriction.AUTHORISED,
)


def test_worked_example_capped_by_staff() -> None:
    # 14 shifts a week (7 day + 7 evening); one 75 % HFA works 0.75 × 35.5 / 8 = 3.328 shifts;
    # 14 / 3.328 × 1.10 = 4.63 → 5 people, but only 4 HFA → 4 × 8 h, 4 × 2 500 kr.
    data = make_department([INSULIN], baseline={1: {"HFA": 100}}, positions=[("HFA", 4, 75)])
    (row,) = upgrade_plan(data, data.assignments[1])
    assert row.role_name == "Helsefagarbeider"
    assert row.competence_name == "Legemidler: insulin"
    assert row.course_name == "Insulinopplæring"
    assert row.shifts_per_week == pytest.approx(14.0)
    assert row.shifts_per_person == pytest.approx(0.75 * 35.5 / 8)
    assert row.people_uncapped == 5
    assert row.people == 4
    assert row.hours == pytest.approx(32.0)
    assert row.cost == pytest.approx(10_000.0)
    assert "4 ansatte" in row.note


def test_uncapped_when_the_role_has_enough_people() -> None:
    data = make_department([INSULIN], baseline={1: {"HFA": 100}}, positions=[("HFA", 10, 75)])
    (row,) = upgrade_plan(data, data.assignments[1])
    assert (row.people, row.hours, row.cost) == (5, 40.0, 12_500.0)
    assert row.note == ""


def test_no_positions_counts_full_time_and_says_so() -> None:
    # 35.5 / 8 = 4.4375 shifts per person; 14 / 4.4375 × 1.1 = 3.47 → 4 people, not capped.
    data = make_department([INSULIN], baseline={1: {"HFA": 100}})
    (row,) = upgrade_plan(data, data.assignments[1])
    assert row.people == 4
    assert row.staff_in_role is None
    assert "ingen stillinger" in row.note


def test_a_share_of_the_task_still_needs_every_shift_covered() -> None:
    data = make_department([INSULIN], baseline={1: {"HFA": 30, "SPL": 70}})
    (row,) = upgrade_plan(data, data.assignments[1])  # SPL has insulin: no row for SPL
    assert row.role_name == "Helsefagarbeider"
    assert row.shifts_per_week == pytest.approx(14.0)


def test_rare_task_counts_a_fraction_of_a_shift() -> None:
    # once a month, 07:30–08:30: 12/52 = 0.23 shifts a week → ⌈0.23 / 4.4375 × 1.1⌉ = 1 person
    task = make_task(
        1,
        count=1,
        unit=FrequencyUnit.MONTH,
        minutes=30,
        windows=[("07:30", "08:30")],
        competences=["KATETER"],
    )
    data = make_department([task], baseline={1: {"HFA": 100}})
    (row,) = upgrade_plan(data, data.assignments[1])
    assert row.shifts_per_week == pytest.approx(12 / 52)
    assert row.people == 1
    assert row.course_name == "Kateteriseringskurs"


def test_two_tasks_in_the_same_shift_need_it_once() -> None:
    a = make_task(1, minutes=10, windows=[("08:00", "09:00")], competences=["LM-INSULIN"])
    b = make_task(2, minutes=10, windows=[("10:00", "11:00")], competences=["LM-INSULIN"])
    data = make_department([a, b], baseline={1: {"HFA": 100}, 2: {"HFA": 100}})
    (row,) = upgrade_plan(data, data.assignments[1])
    assert row.shifts_per_week == pytest.approx(7.0)  # both in the day shift, every day
    assert row.task_ids == (1, 2)


def test_role_that_has_the_competence_needs_no_course() -> None:
    data = make_department([INSULIN], baseline={1: {"SPL": 100}})
    assert upgrade_plan(data, data.assignments[1]) == ()


def test_no_course_for_the_role_is_reported_without_cost() -> None:
    # Assistant doing opioids today: the opioid course needs level 2.
    task = make_task(1, competences=["LM-OPIOID"])
    data = make_department([task], baseline={1: {"ASS": 100}}, positions=[("ASS", 3, 50)])
    (row,) = upgrade_plan(data, data.assignments[1])
    assert row.course_id is None
    assert row.cost == 0.0
    assert "ingen kurs" in row.note


def test_formula_pieces() -> None:
    assert shifts_per_person(100.0, Settings()) == pytest.approx(35.5 / 8)
    assert people_needed(0.0, 4.0, 0.1) == 0
    # exactly 4 × 1.1 / 1.1: floating point must not push it to 5
    assert people_needed(4.0, 1.1, 0.1) == 4
    assert people_needed(10.0, 1.0, 0.1) == 11
    assert CATALOGUE.course("Insulinopplæring").cost_per_participant == 2500
