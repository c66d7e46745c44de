"""Benchmark of the analysis on a synthetic workspace (a script that prints figures).

Two parts, each timing the same three things:

* the full analysis (:func:`analyse_department`) of every department — target < 0.5 s in total;
* the staffing-mix optimiser on one 300-task department with the 10 default roles — target < 1 s;
* the optimiser on every department — target < 30 s;

**In memory**: 10 000 tasks over 30 departments built as records from a fixed seed (the
analysis alone). **Real path**: a 10 000-task workspace *file* written by
:func:`oppgave.demo.synthetic.generate`, opened and loaded through the services
(:mod:`oppgave.services.analysis_runs`, :mod:`oppgave.services.staffing_proposals`), with
loading timed apart from computing, and one proposal saved as a scenario. Peak memory is
reported for both.

Run: ``python benchmarks/bench_analysis.py [--seed N] [--workspace FILE] [--skip-in-memory]``
(``--workspace``: reuse or create the file there instead of a temporary one).
"""

from __future__ import annotations

import argparse
import dataclasses
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import numpy as np

from oppgave.analysis.department_analysis import analyse_department
from oppgave.analysis.staffing_cost import ShiftMinimum, StaffingOptions
from oppgave.analysis.staffing_mix import propose_staffing_mix
from oppgave.domain import default_catalogue as cat
from oppgave.domain.enums import (
    ALL_DAYS,
    WEEKDAYS,
    WEEKENDS,
    Category,
    DayType,
    FrequencyUnit,
    Restriction,
    ServiceType,
    Shift,
)
from oppgave.domain.records import (
    Competence,
    Course,
    Department,
    DepartmentData,
    Frequency,
    Position,
    Role,
    Scenario,
    Settings,
    ShiftStaffing,
    Task,
    TimeWindow,
)

T = TypeVar("T")

TOTAL_TASKS = 10_000
DEPARTMENTS = 30

#: Typical time windows in a nursing home (start, end) in minutes after midnight.
WINDOWS = [
    (7 * 60, 10 * 60),
    (8 * 60, 9 * 60),
    (11 * 60 + 30, 13 * 60),
    (14 * 60, 16 * 60),
    (16 * 60, 17 * 60 + 30),
    (18 * 60, 22 * 60),
    (20 * 60, 21 * 60),
    (23 * 60, 6 * 60),
    (2 * 60, 3 * 60),
    (7 * 60 + 30, 8 * 60 + 30),
]
#: (competence codes, restriction, weight): task profiles from a workshop mapping
PROFILES: list[tuple[tuple[str, ...], Restriction, float]] = [
    ((), Restriction.NONE, 0.15),
    (("STELL",), Restriction.NONE, 0.20),
    (("STELL", "FORFLYT"), Restriction.NONE, 0.08),
    (("MAT",), Restriction.NONE, 0.08),
    (("RENHOLD",), Restriction.NONE, 0.06),
    (("DEMENS",), Restriction.NONE, 0.05),
    (("DOK",), Restriction.NONE, 0.06),
    (("LM-MULTI",), Restriction.AUTHORISED, 0.08),
    (("LM-INSULIN",), Restriction.AUTHORISED, 0.04),
    (("LM-INJ",), Restriction.AUTHORISED, 0.03),
    (("SAR-ENKEL",), Restriction.NONE, 0.03),
    (("SAR-KOMPL",), Restriction.AUTHORISED, 0.02),
    (("OBS",), Restriction.NONE, 0.04),
    (("LM-OPIOID",), Restriction.ROLES, 0.02),
    (("PALL",), Restriction.MIN_LEVEL, 0.02),
    (("KATETER",), Restriction.AUTHORISED, 0.02),
    (("TURNUS",), Restriction.NONE, 0.01),
    (("VEIL",), Restriction.NONE, 0.01),
]


def catalogue() -> tuple[tuple[Role, ...], tuple[Competence, ...], tuple[Course, ...]]:
    competences = tuple(
        Competence(i, f"c{i}", s.code, s.name) for i, s in enumerate(cat.COMPETENCES, 1)
    )
    ids = {c.code: c.id for c in competences}
    roles = tuple(
        Role(
            i,
            f"r{i}",
            s.code,
            s.name,
            s.leon_level,
            s.authorised,
            s.hourly_cost,
            s.colour,
            frozenset(ids[c] for c in s.competences),
            i,
        )
        for i, s in enumerate(cat.ROLES, 1)
    )
    courses = tuple(
        Course(i, f"k{i}", s.name, ids[s.competence], s.min_level, s.hours, s.cost_per_participant)
        for i, s in enumerate(cat.COURSES, 1)
    )
    return roles, competences, courses


def synthetic_workspace(seed: int) -> list[DepartmentData]:
    rng = np.random.default_rng(seed)
    roles, competences, courses = catalogue()
    role_id = {r.code: r.id for r in roles}
    comp_id = {c.code: c.id for c in competences}
    weights = np.array([p[2] for p in PROFILES])
    weights /= weights.sum()
    sizes = rng.multinomial(TOTAL_TASKS - DEPARTMENTS * 250, [1 / DEPARTMENTS] * DEPARTMENTS) + 250
    sizes[0] = 300  # the department the single-optimiser timing uses
    sizes[-1] += TOTAL_TASKS - sizes.sum()
    departments = []
    task_id = 0
    for d, size in enumerate(sizes.tolist(), start=1):
        tasks = []
        baseline: dict[int, dict[int, float]] = {}
        for _ in range(size):
            task_id += 1
            codes, restriction, _ = PROFILES[rng.choice(len(PROFILES), p=weights)]
            unit = FrequencyUnit(
                rng.choice(["day", "week", "month", "year"], p=[0.7, 0.2, 0.08, 0.02])
            )
            count = {
                "day": rng.choice([1, 1, 1, 2, 2, 3, 4]),
                "week": rng.integers(1, 4),
                "month": rng.integers(1, 5),
                "year": rng.integers(1, 13),
            }[unit.value]
            days = rng.choice(
                [ALL_DAYS, WEEKDAYS, WEEKENDS, int(rng.integers(1, 128))],
                p=[0.75, 0.15, 0.05, 0.05],
            )
            n_windows = rng.choice([0, 1, 2], p=[0.3, 0.55, 0.15])
            chosen = rng.choice(len(WINDOWS), size=n_windows, replace=False)
            tasks.append(
                Task(
                    id=task_id,
                    uuid=f"t{task_id}",
                    department_id=d,
                    name=f"Oppgave {task_id}",
                    frequency=Frequency(float(count), unit, int(days)),
                    duration_minutes=float(
                        rng.choice(
                            [5, 10, 15, 20, 30, 45, 60], p=[0.2, 0.25, 0.2, 0.15, 0.12, 0.05, 0.03]
                        )
                    ),
                    staff_count=int(rng.choice([1, 2], p=[0.85, 0.15])),
                    category=Category(
                        rng.choice([c.value for c in Category], p=[0.55, 0.2, 0.1, 0.1, 0.05])
                    ),
                    windows=tuple(TimeWindow(*WINDOWS[i]) for i in chosen),
                    competence_ids=frozenset(comp_id[c] for c in codes),
                    restriction=restriction,
                    restriction_min_level=2 if restriction is Restriction.MIN_LEVEL else None,
                    allowed_role_ids=(
                        frozenset({role_id["SPL"], role_id["SSP"]})
                        if restriction is Restriction.ROLES
                        else frozenset()
                    ),
                )
            )
            # today: nurses do medicines and anything restricted; the rest is shared
            if restriction is not Restriction.NONE or any(c.startswith("LM") for c in codes):
                baseline[task_id] = {role_id["SPL"]: 100.0}
            elif codes in (("TURNUS",), ("VEIL",)):
                baseline[task_id] = {role_id["SPL"]: 100.0}
            elif codes in (("MAT",), ("RENHOLD",)) and rng.random() < 0.5:
                baseline[task_id] = {role_id["SRV"]: 100.0}
            else:
                share = float(rng.choice([50, 60, 70, 100]))
                baseline[task_id] = {role_id["HFA"]: share}
                if share < 100:
                    baseline[task_id][role_id["ASS"]] = 100.0 - share
        scale = size / 330
        positions = tuple(
            Position(d * 100 + i, f"p{d}-{i}", d, role_id[code], max(1, round(n * scale)), pct)
            for i, (code, n, pct) in enumerate(
                [
                    ("SPL", 5, 100),
                    ("SPL", 4, 80),
                    ("HFA", 8, 100),
                    ("HFA", 10, 75),
                    ("ASS", 8, 50),
                    ("SRV", 2, 100),
                    ("SSP", 1, 100),
                ]
            )
        )
        staffing = tuple(
            ShiftStaffing(d * 100 + i, f"s{d}-{i}", d, role_id[code], shift, day_type, n)
            for i, (code, shift, day_type, n) in enumerate(
                [
                    ("SPL", Shift.DAY, DayType.WEEKDAY, 3),
                    ("HFA", Shift.DAY, DayType.WEEKDAY, 6),
                    ("SPL", Shift.EVENING, DayType.WEEKDAY, 2),
                    ("HFA", Shift.EVENING, DayType.WEEKDAY, 4),
                    ("SPL", Shift.NIGHT, DayType.WEEKDAY, 1),
                    ("HFA", Shift.NIGHT, DayType.WEEKDAY, 2),
                    ("SPL", Shift.DAY, DayType.WEEKEND, 2),
                    ("HFA", Shift.DAY, DayType.WEEKEND, 5),
                    ("SPL", Shift.EVENING, DayType.WEEKEND, 2),
                    ("HFA", Shift.EVENING, DayType.WEEKEND, 4),
                    ("SPL", Shift.NIGHT, DayType.WEEKEND, 1),
                    ("HFA", Shift.NIGHT, DayType.WEEKEND, 2),
                ]
            )
        )
        departments.append(
            DepartmentData(
                department=Department(
                    d,
                    f"d{d}",
                    1 + (d - 1) // 10,
                    f"Avdeling {d}",
                    ServiceType.LONG_TERM,
                    residents=int(size // 12),
                ),
                tasks=tuple(tasks),
                roles=roles,
                competences=competences,
                courses=courses,
                positions=positions,
                staffing=staffing,
                scenarios=(Scenario(d, f"sc{d}", d, "I dag", True),),
                assignments={d: baseline},
                settings=Settings(),
            )
        )
    return departments


def timed(function: Callable[[], T]) -> tuple[T, float]:
    started = time.perf_counter()
    result = function()
    return result, time.perf_counter() - started


def repeated(function: Callable[[], T], times: int = 5) -> tuple[T, float, float]:
    """Run ``times`` times: the last result, the best and the median seconds. The best is the
    figure least disturbed by other work on the machine; the median shows the spread."""
    seconds = []
    result = function()
    for _ in range(times):
        result, elapsed = timed(function)
        seconds.append(elapsed)
    return result, min(seconds), statistics.median(seconds)


def optimiser_options(data: DepartmentData) -> StaffingOptions:
    """One nurse on every shift, every day (the minimum the three municipalities kept)."""
    nurse = next(r.id for r in data.roles if r.code == "SPL")
    return StaffingOptions(shift_minimums=tuple(ShiftMinimum(nurse, s, 1) for s in Shift))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=20250101)
    parser.add_argument("--skip-all-optimiser", action="store_true")
    parser.add_argument("--skip-in-memory", action="store_true")
    parser.add_argument("--skip-real-path", action="store_true")
    parser.add_argument("--tasks", type=int, default=TOTAL_TASKS, help="tasks in the file")
    parser.add_argument("--workspace", type=Path, help="the workspace file to use or create")
    args = parser.parse_args(argv)
    if not args.skip_in_memory:
        in_memory(args)
    if not args.skip_real_path:
        if args.workspace is not None:
            real_path(args, args.workspace)
        else:
            with tempfile.TemporaryDirectory() as folder:
                real_path(args, Path(folder) / "bench.oppgave")
    max_rss_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"peak resident memory of the process (getrusage): {max_rss_kib / 1024:.1f} MiB")
    return 0


def in_memory(args: argparse.Namespace) -> None:
    print("== in memory (records built directly)")

    departments, build_seconds = timed(lambda: synthetic_workspace(args.seed))
    n_tasks = sum(len(d.tasks) for d in departments)
    print(
        f"synthetic workspace: {n_tasks} tasks, {len(departments)} departments, "
        f"{len(departments[0].roles)} roles (built in {build_seconds:.2f} s)"
    )

    analyses, seconds, median = repeated(
        lambda: [analyse_department(d, d.baseline.id) for d in departments]
    )
    status = "ok" if seconds < 0.5 else "OVER TARGET"
    print(
        f"full analysis, every department:   {seconds:7.3f} s  (target < 0.5 s)  {status}  "
        f"(best of 5; median {median:.3f} s)"
    )
    print(
        f"  per department: {seconds / len(departments) * 1000:.1f} ms; "
        f"upgrade rows {sum(len(a.upgrades) for a in analyses)}"
    )

    one = departments[0]
    result, seconds, median = repeated(lambda: propose_staffing_mix(one, optimiser_options(one)))
    status = "ok" if seconds < 1.0 else "OVER TARGET"
    print(
        f"optimiser, one {len(one.tasks)}-task department: {seconds:7.3f} s  (target < 1 s)  "
        f"{status}  (best of 5; median {median:.3f} s)"
    )
    print(
        f"  {result.variables} variables, {result.constraints} constraints, {result.status}; "
        f"{len(result.moves)} tasks moved, saving {result.saving_per_year or 0:,.0f} kr/year"
    )

    if not args.skip_all_optimiser:
        results, seconds = timed(
            lambda: [propose_staffing_mix(d, optimiser_options(d)) for d in departments]
        )
        status = "ok" if seconds < 30.0 else "OVER TARGET"
        slowest = max(r.solve_seconds for r in results)
        not_optimal = sum(r.status != "optimal" for r in results)
        print(f"optimiser, every department:       {seconds:7.3f} s  (target < 30 s)  {status}")
        print(f"  slowest department {slowest:.3f} s; not optimal: {not_optimal}")

    tracemalloc.start()
    for d in departments:
        analyse_department(d, d.baseline.id)
    propose_staffing_mix(one, optimiser_options(one))
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    max_rss_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        f"peak Python allocations (tracemalloc, analysis of all + one optimiser): "
        f"{traced_peak / 2**20:.1f} MiB"
    )
    print(f"  resident memory so far (getrusage): {max_rss_kib / 1024:.1f} MiB")


def _status(seconds: float, target: float) -> str:
    return "ok" if seconds < target else "OVER TARGET"


def real_path(args: argparse.Namespace, path: Path) -> None:
    """The same figures through a workspace file and the services (what the CLI and app do)."""
    from oppgave.demo import synthetic
    from oppgave.services import analysis_runs, organisation, staffing_proposals, workspaces
    from oppgave.services.staffing_proposals import MinimumRequest, ProposalRequest

    print(f"== real path: workspace file {path}")
    if path.exists():
        workspace = workspaces.open_workspace(path)
        print("  using the existing file")
    else:
        workspace, seconds = timed(
            lambda: synthetic.generate(path, tasks=args.tasks, seed=args.seed)
        )
        print(f"  generated {args.tasks} tasks in {seconds:.1f} s")
    request = ProposalRequest(minimums=(MinimumRequest("SPL", 1),))  # a nurse on every shift
    with workspace:
        datas, load_seconds = timed(lambda: workspaces.load_workspace_data(workspace))
        municipalities = organisation.list_municipalities(workspace)
        n_tasks = sum(len(d.tasks) for d in datas)
        print(
            f"  {n_tasks} tasks, {len(datas)} departments, {len(datas[0].roles)} roles, "
            f"{sum(len(d.scenarios) for d in datas)} scenarios"
        )
        print(f"loading every department (services):  {load_seconds:7.3f} s")
        run, seconds, median = repeated(
            lambda: analysis_runs.analyse_many(datas, municipalities, "I dag")
        )
        print(
            f"full analysis, every department:      {seconds:7.3f} s  (target < 0.5 s)  "
            f"{_status(seconds, 0.5)}  (best of 5; median {median:.3f} s)"
        )
        everything, seconds_all = timed(lambda: analysis_runs.analyse_many(datas, municipalities))
        print(
            f"  every scenario of every department ({len(everything.analyses)} analyses): "
            f"{seconds_all:.3f} s"
        )
        _, seconds = timed(lambda: analysis_runs.analyse_departments(workspace, scenario="I dag"))
        print(f"  load + analyse every department (one service call): {seconds:.3f} s")
        _, seconds = timed(lambda: analysis_runs.compare_data(datas, municipalities))
        print(f"  comparison of every department and municipality: {seconds:.3f} s")

        biggest = max(datas, key=lambda d: len(d.tasks))
        one = dataclasses.replace(biggest, tasks=biggest.tasks[:300])
        draft, seconds, median = repeated(lambda: staffing_proposals.compute_proposal(one, request))
        print(
            f"optimiser, one 300-task department:   {seconds:7.3f} s  (target < 1 s)  "
            f"{_status(seconds, 1.0)}  (best of 5; median {median:.3f} s)"
        )
        result = draft.result
        print(
            f"  {result.variables} variables, {result.constraints} constraints, "
            f"{result.status}; {len(result.moves)} tasks moved"
        )
        proposal, seconds = timed(
            lambda: staffing_proposals.propose(workspace, biggest.department.id, None, request)
        )
        print(
            f"  propose() on the whole {len(biggest.tasks)}-task department "
            f"(load + optimise + save as a scenario): {seconds:.3f} s"
        )
        if not args.skip_all_optimiser:
            drafts, seconds = timed(
                lambda: [staffing_proposals.compute_proposal(d, request) for d in datas]
            )
            slowest = max(d.result.solve_seconds for d in drafts)
            not_optimal = sum(d.result.status != "optimal" for d in drafts)
            print(
                f"optimiser, every department:          {seconds:7.3f} s  (target < 30 s)  "
                f"{_status(seconds, 30.0)}"
            )
            print(f"  slowest department {slowest:.3f} s; not optimal: {not_optimal}")
        del proposal, datas, run, everything, draft
        # memory apart: tracemalloc slows Python code down several times, so not while timing
        tracemalloc.start()
        datas = workspaces.load_workspace_data(workspace)
        analysis_runs.analyse_many(datas, municipalities)
        analysis_runs.compare_data(datas, municipalities)
        staffing_proposals.compute_proposal(one, request)
        _, traced_peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(
            "peak Python allocations (tracemalloc: load every department, analyse every "
            f"scenario, compare, one optimiser): {traced_peak / 2**20:.1f} MiB"
        )


if __name__ == "__main__":
    sys.exit(main())
