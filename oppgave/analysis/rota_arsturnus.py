"""The 52-week årsturnus as the departments make it: a grunnturnus rolled out, holidays repaired.

Solving the whole year as one CP-SAT model (52 weeks × positions × shift types) takes seconds
just to build and finds no rota within minutes. The departments do it differently, and so does
this module:

1. **Grunnturnus.** Solve a short rota of ``L`` weeks, the first multiple of the weekend rhythm
   f from 12 up (:func:`base_weeks`): 12 weeks for every 1st, 2nd or 4th weekend, 13 or 26 for
   every 13th or 26th (every 3rd is refused for 52 weeks by :meth:`RotaRules.validate`: 52 is
   no multiple of 3). Why 12 and not 4, the only multiple of 4 below 52 that divides it
   (52 = 4 × 13): a position's hours must fall within 2 % of its size over the year, so the
   grunnturnus must too, and 2 % of 4 weeks (2.8 h for a full-time position) is narrower than
   any shift: the 4-week grunnturnus of the benchmark has no solution. Over 12 weeks 2 % is
   8.5 h, more than a shift, and the weekend rhythm runs on unbroken over the year because
   both 12 and 52 are multiples of f. The minimum tolerance in hours is scaled by ``L`` ÷ 52.
   The demand of grunnturnus day d is the year's on the first day d + k·L·7 that is no
   holiday.
2. **Roll-out.** Repeat the grunnturnus over the year: 4 × 12 weeks and the first 4 weeks of a
   fifth repeat (the *tail*). Every seam between full repeats is the grunnturnus' own
   wrap-around (last Sunday → first Monday), which the solver already checked (the
   grunnturnus is cyclic); the tail's end (year week 52 → week 1, the rota repeats next year)
   is a new seam, repaired with the holidays.
3. **Holiday repair.** A holiday is staffed as a Sunday (the helg need,
   :func:`oppgave.analysis.rota.demand_from_plan`). A small CP-SAT model over the weekdays of
   the weeks with a weekday holiday and of the tail only, hinted with the rolled-out pattern and
   the rest of the year fixed (Saturdays, Sundays and Friday night shifts too, so the weekend
   rhythm is untouched), gives staff the holiday off where the helg need is lower and moves
   hours within the week where the year's hours need them; rest, weekly rest, days in a row and
   week hours are constrained against the fixed neighbours, and each position's hours over the
   year must fall within the year's tolerance (the tail's weekdays make up what the cut-off
   repeat leaves). Objective: fewest shifts on holidays, then fewest changes to the pattern.

The result is checked like any rota by the independent
:func:`oppgave.analysis.rota_rules.check_rota`.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import replace

from ortools.sat.python import cp_model

from oppgave.analysis.rota import (
    ARSTURNUS_WEEKS,
    DAYS_PER_WEEK,
    FRIDAY,
    Rota,
    RotaProblem,
    is_weekend_day,
    weekday,
)
from oppgave.analysis.rota_shifts import MINUTES_PER_DAY
from oppgave.analysis.rota_solver import (
    UNIT,
    Progress,
    RotaResult,
    RotaStatus,
    solve,
    solve_model,
)
from oppgave.i18n import translate

#: The shortest grunnturnus rolled out (weeks); see the module docstring for why not 4.
SHORTEST_BASE_WEEKS = 12
#: Weight of one shift on a holiday against one change to the rolled-out pattern.
HOLIDAY_SHIFT_WEIGHT = 10

Literal = cp_model.IntVar | int


def _tr(text: str) -> str:
    return translate("RotaArsturnus", text)


def base_weeks(weekend_every: int) -> int | None:
    """The grunnturnus length for an årsturnus with work every ``weekend_every``-th weekend
    (None: no length below 52 fits; the year is solved as one model)."""
    return next(
        (w for w in range(SHORTEST_BASE_WEEKS, ARSTURNUS_WEEKS) if w % weekend_every == 0),
        None,
    )


def base_problem(problem: RotaProblem, weeks: int) -> RotaProblem:
    """The grunnturnus of ``weeks`` weeks behind the årsturnus ``problem`` (see the module
    docstring: holiday-free demand, the minimum tolerance in hours scaled by weeks ÷ 52)."""
    period = weeks * DAYS_PER_WEEK

    def source_day(day: int) -> int:
        for candidate in range(day, problem.rules.days, period):
            if candidate not in problem.holidays:
                return candidate
        return day

    sources = {day: source_day(day) for day in range(period)}
    demand = {
        (day, shift, role): people
        for day, src in sources.items()
        for (d, shift, role), people in problem.demand.items()
        if d == src
    }
    competence = {
        (day, shift, comp): people
        for day, src in sources.items()
        for (d, shift, comp), people in problem.competence_demand.items()
        if d == src
    }
    rules = replace(
        problem.rules,
        weeks=weeks,
        min_tolerance_hours=problem.rules.min_tolerance_hours * weeks / ARSTURNUS_WEEKS,
    )
    return replace(
        problem,
        demand=demand,
        competence_demand=competence,
        rules=rules,
        holidays={},
        start=None,
    )


def roll_out(base: Rota, problem: RotaProblem) -> Rota:
    """``base`` repeated over the year of ``problem`` (the last repeat cut off at the year's
    end)."""
    days = problem.rules.days
    repeats = math.ceil(days / len(base.grid[0]))
    grid = tuple((row * repeats)[:days] for row in base.grid)
    return Rota(problem, grid, base.sizes)


def repair_days(problem: RotaProblem, base_weeks: int) -> list[int]:
    """The days the repair may change: Monday–Friday of each week with a holiday on a weekday
    (a weekend holiday already has the helg need in the pattern) and of the tail (the weeks
    after the last whole repeat of a ``base_weeks`` grunnturnus) and, with a tail, of the
    first week (the tail's last Sunday is followed by the first Monday: the new seam)."""
    tail = set(range(problem.rules.weeks - problem.rules.weeks % base_weeks, problem.rules.weeks))
    if tail:
        tail.add(0)
    weeks = sorted({d // DAYS_PER_WEEK for d in problem.holidays if not is_weekend_day(d)} | tail)
    return [w * DAYS_PER_WEEK + k for w in weeks for k in range(5)]


def repair_holidays(
    rolled: Rota,
    base_weeks: int,
    *,
    time_limit: float,
    workers: int = 2,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[RotaStatus, Rota | None]:
    """The rolled-out year with its holiday weeks re-planned (see the module docstring)."""
    problem = rolled.problem
    rules = problem.rules
    days = rules.days
    changeable = set(repair_days(problem, base_weeks))
    if not changeable:
        return RotaStatus.OPTIMAL, rolled
    positions = problem.positions
    types_of_day = [problem.usable_types(d) for d in range(days)]
    model = cp_model.CpModel()
    x: dict[tuple[int, int, str], cp_model.IntVar] = {}

    def lit(p: int, d: int, code: str) -> Literal:
        d %= days
        var = x.get((p, d, code))
        if var is not None:
            return var
        return int(rolled.grid[p][d] == code)

    for p in range(len(positions)):
        for d in sorted(changeable):
            for t in types_of_day[d]:
                if weekday(d) == FRIDAY and t.end_offset > MINUTES_PER_DAY:
                    continue  # a Friday night touches the weekend: kept as rolled out
                var = model.new_bool_var(f"x{p}_{d}_{t.code}")
                model.add_hint(var, int(rolled.grid[p][d] == t.code))
                x[(p, d, t.code)] = var
            model.add(sum(lit(p, d, t.code) for t in types_of_day[d]) <= 1)

    def work(p: int, d: int) -> cp_model.LinearExpr:
        return sum(lit(p, d, t.code) for t in types_of_day[d % days])  # type: ignore[return-value,misc]

    def clause(literals: list[tuple[Literal, bool]]) -> None:
        """At least one of the literals (value, negated) holds; constants folded."""
        kept: list[cp_model.IntVar] = []
        for value, negated in literals:
            if isinstance(value, int):
                if (value == 1) != negated:
                    return
                continue
            kept.append(value.Not() if negated else value)  # type: ignore[arg-type]
        model.add_bool_or(kept)

    # coverage on the changeable days
    for (d, shift, role_id), people in problem.demand.items():
        if d in changeable:
            model.add(
                sum(
                    lit(p, d, t.code)
                    for p, pos in enumerate(positions)
                    if pos.role_id == role_id
                    for t in types_of_day[d]
                    if shift in t.covers
                )
                >= people
            )
    for (d, shift, competence), people in problem.competence_demand.items():
        if d in changeable:
            model.add(
                sum(
                    lit(p, d, t.code)
                    for p, pos in enumerate(positions)
                    if competence in pos.competence_ids
                    for t in types_of_day[d]
                    if shift in t.covers
                )
                >= people
            )

    rest_min = rules.min_rest_hours * 60
    weekly = rules.weekly_rest_hours * 60
    limit = rules.max_days_in_a_row
    cap = math.floor(rules.max_week_hours * 60 / UNIT)
    average_cap = math.floor(rules.max_average_week_hours * 60 * rules.weeks / UNIT)
    weeks = sorted({d // DAYS_PER_WEEK for d in changeable})

    def minutes(p: int, day_range: range) -> cp_model.LinearExpr:
        return sum(  # type: ignore[return-value]
            lit(p, d, t.code) * (t.length_minutes // UNIT)  # type: ignore[misc]
            for d in day_range
            for t in types_of_day[d]
        )

    for p, position in enumerate(positions):
        for d in range(days):
            nxt = (d + 1) % days
            if d not in changeable and nxt not in changeable:
                continue
            for t1 in types_of_day[d]:
                for t2 in types_of_day[nxt]:
                    if MINUTES_PER_DAY + t2.start_minute - t1.end_offset < rest_min:
                        clause([(lit(p, d, t1.code), True), (lit(p, nxt, t2.code), True)])
        for week in weeks:
            free = []
            for d in range(week * DAYS_PER_WEEK, (week + 1) * DAYS_PER_WEEK):
                prev, nxt = (d - 1) % days, (d + 1) % days
                is_free = model.new_bool_var(f"free{p}_{d}")
                model.add(work(p, d) == 0).only_enforce_if(is_free)
                for t1 in types_of_day[prev]:
                    for t2 in types_of_day[nxt]:
                        gap = 2 * MINUTES_PER_DAY + t2.start_minute - t1.end_offset
                        if gap < weekly:
                            clause(
                                [
                                    (is_free, True),
                                    (lit(p, prev, t1.code), True),
                                    (lit(p, nxt, t2.code), True),
                                ]
                            )
                free.append(is_free)
            model.add_bool_or(free)
            model.add(minutes(p, range(week * 7, week * 7 + 7)) <= cap)
        if limit < days:
            for first in range(days):
                window = [(first + k) % days for k in range(limit + 1)]
                if any(d in changeable for d in window):
                    model.add(sum(work(p, d) for d in window) <= limit)
        total = minutes(p, range(days))
        target = rules.target_minutes(position.size_percent, position.hours_per_fte)
        tol = rules.tolerance_minutes(target)
        model.add(total <= min(average_cap, math.floor((target + tol) / UNIT)))
        model.add(total >= math.ceil((target - tol) / UNIT))
    model.minimize(
        HOLIDAY_SHIFT_WEIGHT * sum(var for (p, d, _), var in x.items() if d in problem.holidays)
        + sum(var if rolled.grid[p][d] != code else 1 - var for (p, d, code), var in x.items())
    )
    status, solver, was_cancelled = solve_model(
        model, time_limit=time_limit, workers=workers, progress=progress, cancelled=cancelled
    )
    if was_cancelled:
        return RotaStatus.CANCELLED, None
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return (
            RotaStatus.INFEASIBLE if status == cp_model.INFEASIBLE else RotaStatus.UNKNOWN
        ), None
    rows = [list(row) for row in rolled.grid]
    for p in range(len(positions)):
        for d in changeable:
            code = ""
            for t in types_of_day[d]:
                value = lit(p, d, t.code)
                if value if isinstance(value, int) else solver.value(value):
                    code = t.code
            rows[p][d] = code
    status_out = RotaStatus.OPTIMAL if status == cp_model.OPTIMAL else RotaStatus.FEASIBLE
    return status_out, Rota(problem, tuple(tuple(r) for r in rows), rolled.sizes)


def solve_arsturnus(
    problem: RotaProblem,
    *,
    time_limit: float = 30.0,
    workers: int = 2,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> RotaResult:
    """A 52-week årsturnus for ``problem``: grunnturnus, roll-out, holiday repair (see the
    module docstring). Most of ``time_limit`` goes to the grunnturnus, the rest (at least 5 s)
    to the repair; ``progress`` and ``cancelled`` work as in :func:`rota_solver.solve`."""
    started = time.monotonic()
    weeks = base_weeks(problem.rules.weekend_every)
    if weeks is None:
        return solve(
            problem,
            time_limit=time_limit,
            workers=workers,
            progress=progress,
            cancelled=cancelled,
        )
    base = solve(
        base_problem(problem, weeks),
        time_limit=time_limit * 0.75,
        workers=workers,
        progress=progress,
        cancelled=cancelled,
    )
    if base.status is RotaStatus.CANCELLED:
        return RotaResult(RotaStatus.CANCELLED, None, time.monotonic() - started, base.message)
    if base.rota is None:
        prefix = _tr("Grunnturnusen på {w} uker som årsturnusen rulles ut fra: ").format(w=weeks)
        return replace(
            base, rota=None, seconds=time.monotonic() - started, message=prefix + base.message
        )
    rolled = roll_out(base.rota, problem)
    remaining = max(5.0, time_limit - (time.monotonic() - started))
    # the repair's pattern is good from its first solution on; the rest only trims holiday shifts
    remaining = min(remaining, max(10.0, time_limit / 4))
    status, rota = repair_holidays(
        rolled, weeks, time_limit=remaining, workers=workers, progress=progress, cancelled=cancelled
    )
    seconds = time.monotonic() - started
    if status is RotaStatus.CANCELLED:
        return RotaResult(RotaStatus.CANCELLED, None, seconds, _tr("Avbrutt."))
    if rota is None:
        message = (
            _tr(
                "Grunnturnusen på {w} uker ble rullet ut over året, men helligdagsukene lot "
                "seg ikke bemanne innenfor reglene."
            )
            if status is RotaStatus.INFEASIBLE
            else _tr("Fant ingen bemanning av helligdagsukene innen tidsgrensen.")
        ).format(w=weeks)
        return RotaResult(status, None, seconds, message)
    message = _tr(
        "Grunnturnus på {w} uker rullet ut over 52 uker, helligdagene bemannet som søndager."
    ).format(w=weeks)
    result_status = (
        RotaStatus.OPTIMAL
        if status is RotaStatus.OPTIMAL and base.status is RotaStatus.OPTIMAL
        else RotaStatus.FEASIBLE
    )
    return RotaResult(result_status, rota, seconds, message)


def solve_rota(
    problem: RotaProblem,
    *,
    time_limit: float = 30.0,
    workers: int = 2,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    diagnose: bool = True,
) -> RotaResult:
    """A rota for ``problem``: a 52-week årsturnus by :func:`solve_arsturnus`, any other length
    by :func:`oppgave.analysis.rota_solver.solve` (the entry the services and the «flest mulig
    heltid» search use; it lives here because this module builds on the solver)."""
    problem.rules.validate()
    if problem.rules.weeks == ARSTURNUS_WEEKS:
        return solve_arsturnus(
            problem, time_limit=time_limit, workers=workers, progress=progress, cancelled=cancelled
        )
    return solve(
        problem,
        time_limit=time_limit,
        workers=workers,
        progress=progress,
        cancelled=cancelled,
        diagnose=diagnose,
    )
