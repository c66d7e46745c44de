"""The grunnturnus generator: the classic nurse-rostering model on OR-Tools CP-SAT.

Variables: ``x[p, d, t]`` = position p works shift type t on day d. Constraints, one group each
(named so a blocking group can be told in words, :data:`GROUP_NAMES`):

* ``one_shift``: at most one shift a day;
* ``coverage``: for each day, analysis shift and role, Σ x over the role's positions and the shift
  types covering that shift ≥ demand (competence demand the same way);
* ``rest``: no pair of shifts on days d, d+1 with less rest than the rule between them;
* ``weekly_rest``: ``free[p, d]`` may be 1 only if no shift starts on d and the shifts on d−1 and
  d+1 leave the weekly rest between them; every calendar week has a ``free`` day;
* ``days_in_a_row``: in every window of N+1 days at most N shifts;
* ``week_hours``: minutes per calendar week ≤ the maximum;
* ``hours``: minutes over the rota within the tolerance of the position's size;
* ``weekends``: ``wk[p, w]`` ⇔ a shift touches Saturday 00:00–Sunday 24:00 (Friday nights
  included); worked weekends both days; exactly weeks ÷ f worked, none two within f.

The days wrap around: the rota repeats. The model has no objective: the hours tolerance is a hard
rule, and a rota that keeps every rule is what is asked (it is also found far faster).

Before solving, :func:`necessary_conditions` checks counts a rota cannot do without and names the
first that fails («helgene krever 34 helsefagarbeidere, stillingene gir 29»). When the solver
proves there is no rota, :func:`solve` relaxes one group at a time and names the group without
which a rota exists. The solver stops at the time limit or when ``cancelled()`` turns true
(``CpSolver.stop_search`` from a watcher thread: the search really ends).
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum

from ortools.sat.python import cp_model

from oppgave.analysis.rota import (
    DAYS_PER_WEEK,
    FRIDAY,
    SATURDAY,
    SUNDAY,
    Rota,
    RotaProblem,
    is_weekend_day,
)
from oppgave.analysis.rota_shifts import MINUTES_PER_DAY
from oppgave.domain.enums import Shift
from oppgave.i18n import translate

#: Minutes are counted in units of 5 (every shift length is a multiple).
UNIT = 5


def _tr(text: str) -> str:
    return translate("RotaSolver", text)


class RotaStatus(StrEnum):
    OPTIMAL = "optimal"
    FEASIBLE = "feasible"  # a rota, not proved the best
    INFEASIBLE = "infeasible"
    UNKNOWN = "unknown"  # time ran out before any rota was found
    CANCELLED = "cancelled"


GROUP_NAMES = {
    "coverage": "bemanningen på hver vakt",
    "rest": "hviletiden mellom vakter",
    "weekly_rest": "den ukentlige fritiden på 35 timer",
    "days_in_a_row": "grensen for dager på rad",
    "week_hours": "grensen for timer per uke",
    "hours": "stillingsstørrelsene (timer innenfor toleransen)",
    "weekends": "helgefrekvensen",
}
RELAXABLE = ("weekends", "weekly_rest", "days_in_a_row", "rest", "week_hours", "hours")


@dataclass(frozen=True, slots=True)
class RotaResult:
    """The generator's answer: the rota (None without one), status, figures and why not."""

    status: RotaStatus
    rota: Rota | None
    seconds: float
    message: str = ""
    objective: float | None = None
    blocking: tuple[str, ...] = ()  # group ids whose relaxation gives a rota


Progress = Callable[[float, str], None]


def necessary_conditions(problem: RotaProblem) -> list[str]:
    """Counts every rota needs, in words; empty when none fails (the solver may still fail)."""
    rules = problem.rules
    f = rules.weekend_every
    messages: list[str] = []
    by_role: dict[int, list[int]] = {}
    for p, position in enumerate(problem.positions):
        by_role.setdefault(position.role_id, []).append(p)
    roles = sorted({r for (_, _, r) in problem.demand})
    long_ok = rules.long_weekend_shifts and any(t.is_long for t in problem.shift_types)
    for role_id in roles:
        name = problem.role_name(role_id)
        members = by_role.get(role_id, [])
        people = len(members)

        def need(day: int, shift: Shift, role: int = role_id) -> int:
            return problem.demand.get((day, shift, role), 0)

        # people on one day: each works at most one shift (a long shift fills day and evening)
        worst_day = 0
        for day in range(rules.days):
            day_evening = (
                max(need(day, Shift.DAY), need(day, Shift.EVENING))
                if long_ok and is_weekend_day(day)
                else need(day, Shift.DAY) + need(day, Shift.EVENING)
            )
            worst_day = max(worst_day, day_evening + need(day, Shift.NIGHT))
        if worst_day > people:
            messages.append(
                _tr("Én dag krever {n} {r} på vakt, stillingene gir {p}.").format(
                    n=worst_day, r=name, p=people
                )
            )
            continue
        # weekends: the people on a weekend work both days; each position every f-th weekend
        weekend_people = 0
        for week in range(rules.weeks):
            sat, sun = week * DAYS_PER_WEEK + SATURDAY, week * DAYS_PER_WEEK + SUNDAY
            per_day = []
            for day in (sat, sun):
                if long_ok:
                    seats = max(need(day, Shift.DAY), need(day, Shift.EVENING))
                else:
                    seats = need(day, Shift.DAY) + need(day, Shift.EVENING)
                per_day.append(seats + need(day, Shift.NIGHT))
            weekend_people = max(weekend_people, max(per_day))
        if weekend_people * f > people:
            messages.append(
                _tr(
                    "Helgene krever {n} {r} i turnusen (hver {f}. helg {w} på jobb), "
                    "stillingene gir {p}."
                ).format(n=weekend_people * f, r=name, f=f, w=weekend_people, p=people)
            )
        # hours: the shifts must be worked within the positions' hours
        demand_minutes = 0
        for (day, shift, role), count in problem.demand.items():
            if role != role_id:
                continue
            lengths = [
                t.length_minutes
                for t in problem.usable_types(day)
                if shift in t.covers and not t.is_long
            ]
            demand_minutes += count * (min(lengths) if lengths else 0)
        if long_ok:
            # a long shift covers day and evening: count the shorter of the two ordinary shifts
            for day in range(rules.days):
                if is_weekend_day(day):
                    both = min(need(day, Shift.DAY), need(day, Shift.EVENING))
                    longest = max(
                        (t.length_minutes for t in problem.shift_types if t.is_long), default=0
                    )
                    ordinary = sum(
                        min(
                            (
                                t.length_minutes
                                for t in problem.usable_types(day)
                                if s in t.covers and not t.is_long
                            ),
                            default=0,
                        )
                        for s in (Shift.DAY, Shift.EVENING)
                    )
                    demand_minutes -= both * max(0, ordinary - longest)
        capacity = 0
        for p in members:
            position = problem.positions[p]
            target = rules.target_minutes(position.size_percent, position.hours_per_fte)
            capacity += target + rules.tolerance_minutes(target)
        if demand_minutes > capacity:
            messages.append(
                _tr("Vaktene krever {h} timer {r} i turnusen, stillingene gir høyst {c}.").format(
                    h=round(demand_minutes / 60), r=name, c=round(capacity / 60)
                )
            )
    return messages


def weekend_groups(problem: RotaProblem) -> dict[int, int]:
    """Position index → weekend group 0 … f−1 (works the weekends w with w mod f = group).

    With a rota length a multiple of f, «exactly weeks ÷ f weekends, never two within f» is the
    same as a weekend group; dealing each role's positions (largest first) round the groups
    gives every weekend the same mix of roles and sizes, and spares the solver the choice.
    """
    f = problem.rules.weekend_every
    result: dict[int, int] = {}
    by_role: dict[int, list[int]] = {}
    for p, position in enumerate(problem.positions):
        by_role.setdefault(position.role_id, []).append(p)
    offset = 0
    for members in by_role.values():
        members.sort(key=lambda p: (-problem.positions[p].size_percent, p))
        for i, p in enumerate(members):
            result[p] = (i + offset) % f
        offset += len(members)
    return result


class _Watcher(cp_model.CpSolverSolutionCallback):
    """Counts solutions and reports them (progress)."""

    def __init__(self, progress: Progress | None, started: float) -> None:
        super().__init__()
        self.progress = progress
        self.started = started
        self.solutions = 0

    def on_solution_callback(self) -> None:
        self.solutions += 1
        if self.progress is not None:
            self.progress(
                -1.0,
                _tr("Turnus nr. {n} funnet etter {s} s").format(
                    n=self.solutions, s=round(time.monotonic() - self.started, 1)
                ),
            )


@dataclass
class _Model:
    model: cp_model.CpModel
    x: dict[tuple[int, int, str], cp_model.IntVar]


class _BuildCancelled(Exception):
    """Raised inside :func:`_build` when the user cancels while the model is being built
    (a 52-week model of 60 positions takes seconds to build)."""


def _build(
    problem: RotaProblem,
    relaxed: frozenset[str],
    cancelled: Callable[[], bool] | None = None,
) -> _Model:
    def check() -> None:
        if cancelled is not None and cancelled():
            raise _BuildCancelled

    rules = problem.rules
    days = rules.days
    model = cp_model.CpModel()
    positions = problem.positions
    x: dict[tuple[int, int, str], cp_model.IntVar] = {}
    types_of_day = [problem.usable_types(d) for d in range(days)]
    for p in range(len(positions)):
        check()
        for d in range(days):
            for t in types_of_day[d]:
                x[(p, d, t.code)] = model.new_bool_var(f"x{p}_{d}_{t.code}")
    work: dict[tuple[int, int], cp_model.LinearExpr] = {}
    for p in range(len(positions)):
        for d in range(days):
            shifts = [x[(p, d, t.code)] for t in types_of_day[d]]
            model.add_at_most_one(shifts)
            work[(p, d)] = sum(shifts)  # type: ignore[assignment]

    # coverage
    if "coverage" not in relaxed:
        for (d, shift, role_id), people in problem.demand.items():
            check()
            terms = [
                x[(p, d, t.code)]
                for p, pos in enumerate(positions)
                if pos.role_id == role_id
                for t in types_of_day[d]
                if shift in t.covers
            ]
            model.add(sum(terms) >= people)
        for (d, shift, competence), people in problem.competence_demand.items():
            terms = [
                x[(p, d, t.code)]
                for p, pos in enumerate(positions)
                if competence in pos.competence_ids
                for t in types_of_day[d]
                if shift in t.covers
            ]
            model.add(sum(terms) >= people)

    check()
    # rest between shifts on days d and d+1 (cyclic)
    rest_min = rules.min_rest_hours * 60
    weekly = rules.weekly_rest_hours * 60
    for p in range(len(positions)):
        check()
        for d in range(days):
            nxt = (d + 1) % days
            if "rest" not in relaxed:
                for t1 in types_of_day[d]:
                    for t2 in types_of_day[nxt]:
                        gap = MINUTES_PER_DAY + t2.start_minute - t1.end_offset
                        if gap < rest_min:
                            first, second = x[(p, d, t1.code)], x[(p, nxt, t2.code)]
                            model.add_bool_or([first.Not(), second.Not()])

    check()
    # weekly rest: a free day d whose neighbours leave the weekly rest
    if "weekly_rest" not in relaxed:
        for p in range(len(positions)):
            check()
            free: dict[int, cp_model.IntVar] = {}
            for d in range(days):
                prev, nxt = (d - 1) % days, (d + 1) % days
                free[d] = model.new_bool_var(f"free{p}_{d}")
                model.add(work[(p, d)] == 0).only_enforce_if(free[d])
                for t1 in types_of_day[prev]:
                    for t2 in types_of_day[nxt]:
                        gap = 2 * MINUTES_PER_DAY + t2.start_minute - t1.end_offset
                        if gap < weekly:
                            model.add_bool_or(
                                [
                                    free[d].Not(),
                                    x[(p, prev, t1.code)].Not(),
                                    x[(p, nxt, t2.code)].Not(),
                                ]
                            )
            for week in range(rules.weeks):
                model.add_bool_or([free[d] for d in range(week * 7, week * 7 + 7)])

    check()
    # days in a row
    if "days_in_a_row" not in relaxed:
        limit = rules.max_days_in_a_row
        if limit < days:
            for p in range(len(positions)):
                for d in range(days):
                    model.add(sum(work[(p, (d + k) % days)] for k in range(limit + 1)) <= limit)

    # minutes per week and over the rota
    def minutes(p: int, day_range: range) -> cp_model.LinearExpr:
        return sum(  # type: ignore[return-value]
            x[(p, d, t.code)] * (t.length_minutes // UNIT)
            for d in day_range
            for t in types_of_day[d]
        )

    if "week_hours" not in relaxed:
        cap = math.floor(rules.max_week_hours * 60 / UNIT)
        for p in range(len(positions)):
            for week in range(rules.weeks):
                model.add(minutes(p, range(week * 7, week * 7 + 7)) <= cap)
    average_cap = math.floor(rules.max_average_week_hours * 60 * rules.weeks / UNIT)

    groups = weekend_groups(problem) if rules.fixed_weekend_groups else None
    for p, position in enumerate(positions):
        check()
        total = minutes(p, range(days))
        model.add(total <= average_cap)
        target = rules.target_minutes(position.size_percent, position.hours_per_fte)
        tol = rules.tolerance_minutes(target)
        if "hours" not in relaxed:
            model.add(total <= math.floor((target + tol) / UNIT))
            model.add(total >= math.ceil((target - tol) / UNIT))

        # weekends
        if "weekends" not in relaxed:
            f = rules.weekend_every
            worked = []
            for week in range(rules.weeks):
                wk = model.new_bool_var(f"wk{p}_{week}")
                sat, sun = week * 7 + SATURDAY, week * 7 + SUNDAY
                fri = week * 7 + FRIDAY
                touching = [x[(p, d, t.code)] for d in (sat, sun) for t in types_of_day[d]]
                touching += [
                    x[(p, fri, t.code)] for t in types_of_day[fri] if t.end_offset > MINUTES_PER_DAY
                ]
                for var in touching:
                    model.add_implication(var, wk)
                model.add(sum(touching) >= 1).only_enforce_if(wk)
                if rules.weekend_shifts_per_person >= 2:
                    model.add(work[(p, sat)] == 1).only_enforce_if(wk)
                    model.add(work[(p, sun)] == 1).only_enforce_if(wk)
                worked.append(wk)
            model.add(sum(worked) == rules.weeks // f)
            if f > 1:
                for week in range(rules.weeks):
                    model.add(sum(worked[(week + k) % rules.weeks] for k in range(f)) <= 1)
            if groups is not None:
                for week in range(rules.weeks):
                    model.add(worked[week] == int(week % f == groups[p]))

    return _Model(model, x)


def _rota_from(problem: RotaProblem, built: _Model, solver: cp_model.CpSolver) -> Rota:
    rules = problem.rules
    grid = []
    for p in range(len(problem.positions)):
        row = []
        for d in range(rules.days):
            code = ""
            for t in problem.usable_types(d):
                if solver.value(built.x[(p, d, t.code)]):
                    code = t.code
            row.append(code)
        grid.append(tuple(row))
    return Rota(problem, tuple(grid), tuple(p.size_percent for p in problem.positions))


def _run(
    problem: RotaProblem,
    relaxed: frozenset[str],
    *,
    time_limit: float,
    workers: int,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> tuple[int, Rota | None, float | None, bool]:
    try:
        built = _build(problem, relaxed, cancelled)
    except _BuildCancelled:
        return int(cp_model.UNKNOWN), None, None, True
    status, solver, was_cancelled = solve_model(
        built.model, time_limit=time_limit, workers=workers, progress=progress, cancelled=cancelled
    )
    rota = None
    objective = None
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        rota = _rota_from(problem, built, solver)
        objective = solver.objective_value
    return int(status), rota, objective, was_cancelled


def solve_model(
    model: cp_model.CpModel,
    *,
    time_limit: float,
    workers: int,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> tuple[int, cp_model.CpSolver, bool]:
    """Solve ``model`` with progress reports and a cancel that really stops the search (a
    watcher thread polls ``cancelled()`` every 0.1 s and calls ``stop_search``). Shared by the
    grunnturnus and the årsturnus holiday repair (:mod:`oppgave.analysis.rota_arsturnus`)."""
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = time_limit
    solver.parameters.num_workers = workers
    started = time.monotonic()
    watcher = _Watcher(progress, started)
    done = threading.Event()
    stop_flag = {"cancelled": False}

    def watch() -> None:
        while not done.wait(0.1):
            if progress is not None:
                elapsed = time.monotonic() - started
                progress(min(1.0, elapsed / time_limit), "")
            if cancelled is not None and cancelled():
                stop_flag["cancelled"] = True
                solver.stop_search()
                return

    thread = threading.Thread(target=watch, daemon=True)
    thread.start()
    try:
        status = solver.solve(model, watcher)
    finally:
        done.set()
        thread.join()
    return int(status), solver, stop_flag["cancelled"]


def solve(
    problem: RotaProblem,
    *,
    time_limit: float = 30.0,
    workers: int = 2,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    diagnose: bool = True,
) -> RotaResult:
    """A rota for ``problem`` (see the module docstring). ``progress(fraction, text)`` is called
    from a watcher thread (fraction −1: a new rota found); ``cancelled()`` is polled every 0.1 s.

    This solves the whole rota as one model; callers go through
    :func:`oppgave.analysis.rota_arsturnus.solve_rota`, which makes a 52-week årsturnus from a
    rolled-out grunnturnus instead (one model for the year takes seconds just to build).

    Raises :class:`~oppgave.errors.ValidationError` for rules that cannot be (``RotaRules``).
    """
    problem.rules.validate()
    started = time.monotonic()
    reasons = necessary_conditions(problem)
    if reasons:
        return RotaResult(
            RotaStatus.INFEASIBLE,
            None,
            time.monotonic() - started,
            _tr("Turnusen går ikke opp: ") + " ".join(reasons),
        )
    status, rota, objective, was_cancelled = _run(
        problem,
        frozenset(),
        time_limit=time_limit,
        workers=workers,
        progress=progress,
        cancelled=cancelled,
    )
    seconds = time.monotonic() - started
    if was_cancelled:
        return RotaResult(RotaStatus.CANCELLED, rota, seconds, _tr("Avbrutt."), objective)
    if status == cp_model.OPTIMAL:
        return RotaResult(RotaStatus.OPTIMAL, rota, seconds, "", objective)
    if status == cp_model.FEASIBLE:
        return RotaResult(
            RotaStatus.FEASIBLE,
            rota,
            seconds,
            _tr("Tidsgrensen nådd: turnusen holder reglene, men er ikke bevist den beste."),
            objective,
        )
    if status != cp_model.INFEASIBLE:
        return RotaResult(
            RotaStatus.UNKNOWN,
            None,
            seconds,
            _tr("Fant ingen turnus innen tidsgrensen på {s} sekunder.").format(s=round(time_limit)),
        )
    blocking: list[str] = []
    if diagnose:
        for group in RELAXABLE:
            if cancelled is not None and cancelled():
                break
            relaxed_status, *_ = _run(
                problem,
                frozenset({group}),
                time_limit=max(2.0, time_limit / 4),
                workers=workers,
                progress=None,
                cancelled=cancelled,
            )
            if relaxed_status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
                blocking.append(group)
    if blocking:
        names = ", ".join(_tr(GROUP_NAMES[g]) for g in blocking)
        message = _tr("Turnusen går ikke opp. Det som stenger: {g} (uten den finnes en turnus).")
        message = message.format(g=names)
    else:
        message = _tr("Turnusen går ikke opp: flere regler stenger sammen.")
    return RotaResult(
        RotaStatus.INFEASIBLE, None, time.monotonic() - started, message, None, tuple(blocking)
    )


def with_rules(problem: RotaProblem, **changes: object) -> RotaProblem:
    """A copy of ``problem`` with some rules changed."""
    return replace(problem, rules=replace(problem.rules, **changes))  # type: ignore[arg-type]
