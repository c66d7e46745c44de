"""Norwegian public holidays and how an årsturnus staffs them."""

from __future__ import annotations

from datetime import date

import pytest

from oppgave.analysis.holidays import easter_sunday, holidays_between, public_holidays
from oppgave.analysis.rota import (
    Rota,
    RotaPosition,
    RotaProblem,
    RotaRules,
    default_types,
    demand_from_plan,
)
from oppgave.analysis.rota_rules import check_rota
from oppgave.analysis.staffing_plan import PlanCell, StaffingPlan
from oppgave.domain.enums import DayType, Shift


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        (2024, date(2024, 3, 31)),
        (2025, date(2025, 4, 20)),
        (2026, date(2026, 4, 5)),
        (2027, date(2027, 3, 28)),
        (2028, date(2028, 4, 16)),
        (2038, date(2038, 4, 25)),  # the latest possible
        (2285, date(2285, 3, 22)),  # the earliest possible
    ],
)
def test_easter_sunday_known_dates(year: int, expected: date) -> None:
    assert easter_sunday(year) == expected


def test_public_holidays_2027() -> None:
    found = public_holidays(2027)
    assert found == {
        date(2027, 1, 1): "1. nyttårsdag",
        date(2027, 3, 25): "Skjærtorsdag",
        date(2027, 3, 26): "Langfredag",
        date(2027, 3, 28): "1. påskedag",
        date(2027, 3, 29): "2. påskedag",
        date(2027, 5, 1): "Arbeidernes dag",
        date(2027, 5, 6): "Kristi himmelfartsdag",
        date(2027, 5, 16): "1. pinsedag",
        date(2027, 5, 17): "2. pinsedag / Grunnlovsdag",
        date(2027, 12, 25): "1. juledag",
        date(2027, 12, 26): "2. juledag",
    }
    # 2027: 2. pinsedag and grunnlovsdag fall on the same Monday: one day, both names
    assert len(found) == 11


def test_holidays_between_spans_new_year() -> None:
    start = date(2026, 12, 21)  # a Monday
    found = holidays_between(start, 14)
    assert found == {4: "1. juledag", 5: "2. juledag", 11: "1. nyttårsdag"}
    whole_year = holidays_between(date(2027, 1, 4), 52 * 7)
    # 1/1 2027 is before the start; 1/1 2028 is day 362, inside the 364 days
    assert len(whole_year) == 11
    assert whole_year[362] == "1. nyttårsdag"
    assert whole_year[(date(2027, 3, 25) - date(2027, 1, 4)).days] == "Skjærtorsdag"


def _plan() -> StaffingPlan:
    def cell(day_type: DayType, people: int) -> PlanCell:
        return PlanCell(1, Shift.DAY, day_type, 10.0, float(people), people, people)

    return StaffingPlan(1, 1, 0.0, (cell(DayType.WEEKDAY, 3), cell(DayType.WEEKEND, 2)), (), ())


def test_holidays_are_staffed_as_sundays() -> None:
    holidays = {3: "Skjærtorsdag", 4: "Langfredag"}
    demand = demand_from_plan(_plan(), 1, [1], holidays)
    assert demand[(2, Shift.DAY, 1)] == 3  # Wednesday: weekday need
    assert demand[(3, Shift.DAY, 1)] == 2  # Thursday, a holiday: the helg need
    assert demand[(4, Shift.DAY, 1)] == 2
    assert demand[(6, Shift.DAY, 1)] == 2  # Sunday
    assert demand_from_plan(_plan(), 1, [1])[(3, Shift.DAY, 1)] == 3


def test_the_rule_checker_names_the_holiday_of_an_uncovered_day() -> None:
    holidays = {3: "Skjærtorsdag"}
    positions = tuple(RotaPosition(f"P{i}", 1, 100.0, 35.5) for i in range(3))
    problem = RotaProblem(
        positions,
        default_types(),
        demand_from_plan(_plan(), 1, [1], holidays),
        RotaRules(weeks=1, weekend_every=1),
        role_names={1: "Sykepleier"},
        holidays=holidays,
    )
    grid = [["D"] * 7 for _ in positions]
    grid[0][3] = grid[1][3] = ""  # one on Skjærtorsdag: the helg need is 2
    rota = Rota(problem, tuple(tuple(row) for row in grid), (100.0,) * 3)
    coverage = [v for v in check_rota(rota) if v.rule == "coverage"]
    assert [v.day for v in coverage] == [3]
    assert "Skjærtorsdag" in coverage[0].message
    assert "1 Sykepleier, trenger 2" in coverage[0].message
