"""Benchmark of the grunnturnus generator (a script that prints figures).

Cases, each run in its own process so the peak memory (``ru_maxrss``: CP-SAT's memory is outside
Python's ``tracemalloc``) belongs to that case alone:

* ``30x6``: about 30 positions (a nurse group and a helsefagarbeider group, positions sized by
  the full-time arithmetic with a 50 % minimum), 6 weeks, every 3rd weekend;
* ``60x52``: about 60 positions, a 52-week årsturnus from Monday 4 January 2027 with the
  year's holidays (staffed as Sundays), every 4th weekend, bounded by ``--time-limit``
  (default 120 s): a 4-week grunnturnus rolled out 13 times and its holiday weeks repaired
  (:mod:`oppgave.analysis.rota_arsturnus`); ``--whole-year`` solves the year as one model
  instead (the old way, for comparison);
* ``heltid``: «flest mulig heltid» on every demo department's «Forslag A» (6 weeks, every 3rd
  weekend, 7.5 h and 12.5 h weekend shifts): 100 % positions with a rota that passes the rule
  checker, against the arithmetic's answer and today's 100 % positions in the same roles.

Every rota found is checked with :func:`oppgave.analysis.rota_rules.check_rota`.

Run: ``python benchmarks/bench_rota.py [--case 30x6|60x52|heltid|all] [--time-limit S]``
"""

from __future__ import annotations

import argparse
import json
import math
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from oppgave.analysis.fulltime_effect import max_fulltime
from oppgave.analysis.holidays import holidays_between
from oppgave.analysis.rota import RotaPosition, RotaProblem, RotaRules, default_types
from oppgave.analysis.rota_arsturnus import solve_rota
from oppgave.analysis.rota_rules import check_rota
from oppgave.analysis.rota_solver import solve
from oppgave.domain.enums import Shift

HOURS_PER_FTE = 35.5
ARSTURNUS_START = date(2027, 1, 4)
SPARE = 1.10  # positions hold 10 % more hours than the shifts need
NURSE, HELPER = 1, 2


def synthetic_problem(helpers_per_shift: int, weeks: int, every: int) -> RotaProblem:
    """A nurse on every shift, ``helpers_per_shift`` helsefagarbeidere on day and evening
    (one fewer in the evening), one at night; positions from the full-time arithmetic."""
    demand: dict[tuple[int, Shift, int], int] = {}
    per_day = {
        NURSE: {Shift.DAY: 1, Shift.EVENING: 1, Shift.NIGHT: 1},
        HELPER: {
            Shift.DAY: helpers_per_shift,
            Shift.EVENING: max(1, helpers_per_shift - 1),
            Shift.NIGHT: 1,
        },
    }
    types = {t.code: t for t in default_types()}
    length = {
        Shift.DAY: types["D"].hours,
        Shift.EVENING: types["A"].hours,
        Shift.NIGHT: types["N"].hours,
    }
    positions: list[RotaPosition] = []
    for role, shifts in per_day.items():
        for day in range(weeks * 7):
            for shift, people in shifts.items():
                demand[(day, shift, role)] = people
        hours = sum(people * length[s] for s, people in shifts.items()) * 7
        fte = hours / HOURS_PER_FTE * SPARE
        weekend_people = sum(shifts.values()) * every
        split = max_fulltime(fte, math.ceil(weekend_people), 0.5)
        rest = (fte - split.fulltime) * 100
        parts = split.people - split.fulltime
        sizes = [100.0] * split.fulltime + [math.floor(rest / parts) if parts else 0] * parts
        for number, size in enumerate(sizes, start=1):
            positions.append(RotaPosition(f"{role}-{number}", role, float(size), HOURS_PER_FTE))
    dated = weeks == 52
    return RotaProblem(
        tuple(positions),
        default_types(),
        demand,
        RotaRules(weeks=weeks, weekend_every=every),
        role_names={NURSE: "Sykepleier", HELPER: "Helsefagarbeider"},
        holidays=holidays_between(ARSTURNUS_START, weeks * 7) if dated else {},
        start=ARSTURNUS_START if dated else None,
    )


def run_synthetic(
    target: int, weeks: int, every: int, time_limit: float, whole_year: bool = False
) -> dict[str, object]:
    problem = min(
        (synthetic_problem(helpers, weeks, every) for helpers in range(1, 12)),
        key=lambda candidate: abs(len(candidate.positions) - target),
    )
    started = time.perf_counter()
    solver = solve if whole_year else solve_rota
    result = solver(problem, time_limit=time_limit)
    seconds = time.perf_counter() - started
    violations = check_rota(result.rota) if result.rota else None
    return {
        "positions": len(problem.positions),
        "weeks": weeks,
        "weekend_every": every,
        "status": result.status.value,
        "seconds": round(seconds, 2),
        "time_limit": time_limit,
        "violations": None if violations is None else len(violations),
        "fulltime": result.rota.fulltime_positions() if result.rota else None,
        "message": result.message,
    }


def run_heltid(time_limit: float) -> dict[str, object]:
    from oppgave.demo import generator
    from oppgave.domain.enums import PositionSource
    from oppgave.services import rota_planning, workspaces

    rows = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.oppgave"
        generator.generate(path).close()
        with workspaces.open_workspace(path) as workspace:
            loaded = [
                rota_planning.scenario_staffing(workspace, spec.name, "Forslag A")
                for spec in generator.DEPARTMENTS
            ]
        for staffing in loaded:
            for long in (False, True):
                rules = RotaRules(weeks=6, weekend_every=3, long_weekend_shifts=long)
                started = time.perf_counter()
                outcome = rota_planning.generate_rota_data(
                    staffing, rules, PositionSource.MOST_FULLTIME, time_limit=time_limit
                )
                option = staffing.effect.option(3, 12.5 if long else 7.5)
                found = outcome.fulltime
                rows.append(
                    {
                        "department": staffing.data.department.name,
                        "weekend_shift_hours": 12.5 if long else 7.5,
                        "today_fulltime": staffing.effect.today_fulltime,
                        "today_people": staffing.effect.today_people,
                        "arithmetic_fulltime": option.fulltime_positions if option else None,
                        "rota_fulltime": found.fulltime if found else None,
                        "rota_people": found.people if found else None,
                        "tries": found.tries if found else None,
                        "violations": len(outcome.violations) if found else None,
                        "seconds": round(time.perf_counter() - started, 2),
                    }
                )
    return {"rows": rows}


def child(case: str, time_limit: float, whole_year: bool) -> None:
    if case == "30x6":
        figures = run_synthetic(30, 6, 3, time_limit)
    elif case == "60x52":
        figures = run_synthetic(60, 52, 4, time_limit, whole_year)
    else:
        figures = run_heltid(time_limit)
    figures["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    print(json.dumps(figures, ensure_ascii=False))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--case", default="all", choices=("all", "30x6", "60x52", "heltid"))
    parser.add_argument("--time-limit", type=float, default=None)
    parser.add_argument(
        "--whole-year", action="store_true", help="60x52: one model for the year, no roll-out"
    )
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    limits = {"30x6": 60.0, "60x52": 120.0, "heltid": 20.0}
    if args.child:
        child(args.case, args.time_limit or limits[args.case], args.whole_year)
        return
    cases = ("30x6", "60x52", "heltid") if args.case == "all" else (args.case,)
    for case in cases:
        argv = [sys.executable, __file__, "--child", "--case", case]
        if args.time_limit:
            argv += ["--time-limit", str(args.time_limit)]
        if args.whole_year:
            argv.append("--whole-year")
        done = subprocess.run(argv, capture_output=True, text=True, check=False)
        if done.returncode:
            print(f"{case}: failed\n{done.stderr}")
            continue
        figures = json.loads(done.stdout.strip().splitlines()[-1])
        if case == "heltid":
            print(f"heltid (peak {figures['peak_rss_mb']} MB):")
            for row in figures["rows"]:
                print(
                    f"  {row['department']:<40} {row['weekend_shift_hours']:>5} h: "
                    f"rota {row['rota_fulltime']}/{row['rota_people']} × 100 % "
                    f"(arithmetic {row['arithmetic_fulltime']}, today "
                    f"{row['today_fulltime']}/{row['today_people']}), "
                    f"{row['tries']} tries, {row['violations']} violations, {row['seconds']} s"
                )
        else:
            print(
                f"{case}: {figures['positions']} positions × {figures['weeks']} weeks, every "
                f"{figures['weekend_every']}. weekend: {figures['status']} in "
                f"{figures['seconds']} s (limit {figures['time_limit']} s), violations "
                f"{figures['violations']}, 100 % positions {figures['fulltime']}, peak "
                f"{figures['peak_rss_mb']} MB {figures['message']}"
            )


if __name__ == "__main__":
    main()
