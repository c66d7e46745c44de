"""A 52-week årsturnus on a demo department: grunnturnus rolled out, holidays repaired, and
the whole year passes the independent rule checker (seams included)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from oppgave.analysis.rota import DAYS_PER_WEEK, Rota, RotaRules, is_weekend_day
from oppgave.analysis.rota_arsturnus import base_weeks, repair_days
from oppgave.analysis.rota_rules import check_rota
from oppgave.analysis.rota_solver import RotaStatus
from oppgave.services import rota_planning, workspaces
from oppgave.services.rota_planning import RotaOutcome

#: The smallest demo department with a rota (20 positions): keeps the test to ~15 s.
DEPARTMENT = "Bofellesskapet Børsa"
START = date(2027, 1, 4)


@pytest.fixture(scope="module")
def outcome(demo_path: Path) -> RotaOutcome:
    with workspaces.open_workspace(demo_path) as workspace:
        staffing = rota_planning.scenario_staffing(workspace, DEPARTMENT, "Forslag A")
    return rota_planning.generate_rota_data(
        staffing, RotaRules(weeks=52, weekend_every=4), start=START, time_limit=30
    )


@pytest.mark.slow
def test_arsturnus_passes_the_rule_checker(outcome: RotaOutcome) -> None:
    result = outcome.result
    assert result.status in (RotaStatus.OPTIMAL, RotaStatus.FEASIBLE), result.message
    assert result.rota is not None
    assert all(len(row) == 52 * DAYS_PER_WEEK for row in result.rota.grid)
    assert check_rota(result.rota) == ()
    assert outcome.violations == ()


@pytest.mark.slow
def test_seams_keep_the_rest_and_the_pattern_repeats(outcome: RotaOutcome) -> None:
    rota = outcome.result.rota
    assert rota is not None
    problem = rota.problem
    weeks = base_weeks(4)
    assert weeks == 12
    period = weeks * DAYS_PER_WEEK
    changed = set(repair_days(problem, weeks))
    # Outside the repaired days the year is the grunnturnus repeated
    for row in rota.grid:
        for day in range(period, 52 * DAYS_PER_WEEK):
            if day not in changed and day % period not in changed:
                assert row[day] == row[day % period]
    # Every seam (between repeats and the year's end back to its start) keeps the rest
    seams = {day for day in range(period, 52 * DAYS_PER_WEEK, period)} | {0}
    for p, row in enumerate(rota.grid):
        for seam in seams:
            before, after = row[seam - 1], row[seam]
            if before and after:
                first, second = rota.shift_type(before), rota.shift_type(after)
                rest = 24 * 60 + second.start_minute - first.end_offset
                assert rest >= problem.rules.min_rest_hours * 60, (p, seam)
    rest_rules = ("rest", "weekly_rest", "days_in_a_row")
    assert not [v for v in check_rota(rota) if v.rule in rest_rules]


@pytest.mark.slow
def test_holidays_are_staffed_as_sundays_and_given_off(outcome: RotaOutcome) -> None:
    rota = outcome.result.rota
    assert rota is not None
    problem = rota.problem
    weekday_holidays = [d for d in problem.holidays if not is_weekend_day(d)]
    assert weekday_holidays  # skjærtorsdag, langfredag, 2. påskedag, … in 2027
    ordinary = _shifts(rota, weekday_holidays[0] - 7)  # the same weekday a week before
    on_holiday = _shifts(rota, weekday_holidays[0])
    assert on_holiday <= ordinary


def _shifts(rota: Rota, day: int) -> int:
    return sum(1 for row in rota.grid if row[day])
