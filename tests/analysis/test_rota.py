"""Grunnturnus: the CP-SAT generator, checked by the independent rule checker."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest

from oppgave.analysis.rota import (
    Rota,
    RotaPosition,
    RotaProblem,
    RotaRules,
    default_types,
)
from oppgave.analysis.rota_rules import check_rota
from oppgave.analysis.rota_shifts import default_shift_types, overlaps, uncovered_minutes
from oppgave.analysis.rota_solver import RotaStatus, necessary_conditions, solve
from oppgave.domain.enums import Shift
from oppgave.domain.records import Settings
from oppgave.errors import ValidationError

HFA = 3


def _problem(
    positions: int = 6,
    size: float = 85.0,
    weeks: int = 4,
    every: int = 2,
    long: bool = False,
    **rules: object,
) -> RotaProblem:
    """One role, one person on day, evening and night every day."""
    demand = {
        (day, shift, HFA): 1
        for day in range(weeks * 7)
        for shift in (Shift.DAY, Shift.EVENING, Shift.NIGHT)
    }
    return RotaProblem(
        positions=tuple(RotaPosition(f"HFA {i + 1}", HFA, size, 35.5) for i in range(positions)),
        shift_types=default_types(),
        demand=demand,
        rules=RotaRules(weeks=weeks, weekend_every=every, long_weekend_shifts=long, **rules),  # type: ignore[arg-type]
        role_names={HFA: "Helsefagarbeider"},
    )


@pytest.fixture(scope="module")
def solved() -> Rota:
    result = solve(_problem(), time_limit=20)
    assert result.rota is not None, result.message
    return result.rota


def test_generated_rota_passes_the_rule_checker(solved: Rota) -> None:
    assert check_rota(solved) == ()
    # every day has its day, evening and night shift (spare hours may add a second)
    for day in range(28):
        codes = {row[day] for row in solved.grid if row[day]}
        assert codes == {"A", "D", "N"}


def test_checker_finds_short_rest_after_a_hand_edit(solved: Rota) -> None:
    # put an evening shift before someone's day shift: 22:00 → 07:30 is 9.5 hours
    p, day = next(
        (p, d)
        for p, row in enumerate(solved.grid)
        for d in range(1, 28)
        if row[d] == "D" and not row[d - 1]
    )
    edited = solved.with_shift(p, day - 1, "A")
    rules = {v.rule for v in check_rota(edited) if v.position == p}
    assert "rest" in rules
    assert any("9,5 timer hvile" in v.message for v in check_rota(edited))


def test_checker_finds_missing_cover_and_wrong_hours(solved: Rota) -> None:
    p, day = next((p, d) for p, row in enumerate(solved.grid) for d in range(28) if row[d] == "N")
    edited = solved.with_shift(p, day, "")
    found = check_rota(edited)
    assert any(v.rule == "coverage" and v.day == day for v in found)


def test_checker_counts_a_friday_night_as_weekend_work() -> None:
    problem = _problem(positions=1, weeks=2, every=2)
    grid = [""] * 14
    grid[4] = "N"  # Friday night, ends Saturday 07:45
    rota = Rota(problem, (tuple(grid),), (85.0,))
    rules = {v.rule for v in check_rota(rota)}
    assert "weekend_both_days" in rules  # a worked weekend without Saturday and Sunday shifts


def test_checker_finds_days_in_a_row_and_weekly_rest() -> None:
    problem = _problem(positions=1, weeks=1, every=1)
    rota = Rota(problem, (("D", "D", "D", "D", "D", "D", ""),), (85.0,))
    rules = {v.rule for v in check_rota(rota)}
    assert "days_in_a_row" in rules
    # the only free day is Friday: A Thursday 22:00 → D Saturday 07:30 is 33.5 hours
    tight = Rota(problem, (("D", "D", "D", "A", "", "D", "D"),), (85.0,))
    assert "weekly_rest" in {v.rule for v in check_rota(tight)}
    # the same week with D on Thursday instead: 15:00 → 07:30 is 40.5 hours
    tight = Rota(problem, (("D", "D", "D", "D", "", "D", "D"),), (85.0,))
    assert "weekly_rest" not in {v.rule for v in check_rota(tight)}


def test_weekends_every_third_and_both_days() -> None:
    result = solve(_problem(positions=9, size=57.0, weeks=6, every=3), time_limit=20)
    assert result.rota is not None, result.message
    assert check_rota(result.rota) == ()
    for row in result.rota.grid:
        worked = [w for w in range(6) if row[w * 7 + 5] or row[w * 7 + 6]]
        assert len(worked) == 2 and (worked[1] - worked[0]) % 6 >= 3


def test_long_weekend_shifts_fill_day_and_evening() -> None:
    result = solve(_problem(long=True), time_limit=20)
    assert result.rota is not None, result.message
    assert check_rota(result.rota) == ()
    for row in result.rota.grid:
        for day, code in enumerate(row):
            if code == "L":
                assert day % 7 in (5, 6)


def test_too_few_positions_for_the_weekends_is_named() -> None:
    reasons = necessary_conditions(_problem(positions=5))
    assert any("Helgene krever 6 Helsefagarbeider" in r and "gir 5" in r for r in reasons)
    result = solve(_problem(positions=5), time_limit=5)
    assert result.status is RotaStatus.INFEASIBLE and "Helgene krever 6" in result.message


def test_solver_proof_is_explained_by_relaxing_rule_groups() -> None:
    # one day in a row at most, but a worked weekend is Saturday and Sunday: no rota
    problem = _problem(max_days_in_a_row=1)
    assert necessary_conditions(problem) == []
    result = solve(problem, time_limit=8)
    assert result.status is RotaStatus.INFEASIBLE
    assert "days_in_a_row" in result.blocking
    assert "dager på rad" in result.message


def test_rules_refuse_short_rest_without_agreement() -> None:
    with pytest.raises(ValidationError, match="avtale"):
        RotaRules(min_rest_hours=9).validate()
    with pytest.raises(ValidationError, match="8 timer"):
        RotaRules(min_rest_hours=7, rest_agreement="x").validate()
    RotaRules(min_rest_hours=9, rest_agreement="Særavtale 2025 § 3").validate()
    with pytest.raises(ValidationError, match="multiplum"):
        RotaRules(weeks=6, weekend_every=4).validate()


def test_agreed_shorter_rest_allows_a_quick_return() -> None:
    problem = _problem(positions=1, weeks=1, every=1)
    grid = (("A", "D", "", "", "", "", ""),)
    assert "rest" in {v.rule for v in check_rota(Rota(problem, grid, (85.0,)))}
    agreed = replace(problem, rules=replace(problem.rules, min_rest_hours=9, rest_agreement="x"))
    assert "rest" not in {v.rule for v in check_rota(Rota(agreed, grid, (85.0,)))}


def test_cancel_really_stops_the_solver() -> None:
    # the watcher asks every 0.1 s; presolve alone of this model takes longer than that
    problem = _problem(positions=30, size=30.0, weeks=12, every=3)
    started = time.monotonic()
    result = solve(problem, time_limit=120, cancelled=lambda: True)
    assert result.status is RotaStatus.CANCELLED
    assert time.monotonic() - started < 20  # far below the time limit


def test_shift_overlap_and_long_shift_gap() -> None:
    types = default_shift_types()
    handovers = {(o.first, o.second): o.minutes for o in overlaps(types)}
    assert handovers[("D", "A")] == 30  # 14:30–15:00
    assert handovers[("A", "N")] == 15  # 21:45–22:00
    assert handovers[("N", "D")] == 15  # 07:30–07:45
    assert ("D", "L") not in handovers  # a long shift alongside a day shift is no handover
    long = next(t for t in types if t.code == "L")
    assert long.hours == 12.5
    # 08:00–20:30 leaves the evening shift's last 2.5 hours (15–23 in the analysis) uncovered
    assert uncovered_minutes(long, Settings()) == {Shift.DAY: 60, Shift.EVENING: 150}
