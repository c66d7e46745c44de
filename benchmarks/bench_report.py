"""Benchmark of the PDF report (a script that prints figures; it asserts nothing).

* one department of the demo workspace (Melhus sykehjem, about 56 tasks) — target < 3 s;
* a municipality of 30 departments: a ``--scale 10000`` synthetic workspace (10 000 tasks) with
  every department moved into one municipality — target < 30 s;
* peak memory (resident set size of this process) after each.

Each report is timed end to end as the CLI and the dialog run it: analysis, charts, layout and
writing the file. Run: ``python benchmarks/bench_report.py [--runs 3] [--tasks 10000]``.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

from pypdf import PdfReader

from oppgave.demo import generator, synthetic
from oppgave.report import build_department_report, build_municipality_report
from oppgave.services import organisation, workspaces


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB (Linux reports KiB, macOS bytes)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3, help="department reports to time")
    parser.add_argument("--tasks", type=int, default=10_000, help="tasks in the large workspace")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        demo = generator.generate(root / "demo.oppgave")
        department = organisation.resolve_department(demo, "Melhus sykehjem, langtid 2. etasje")
        build_department_report(demo, department.id, root / "warm-up.pdf")  # imports, fonts
        times = []
        for run in range(args.runs):
            started = time.perf_counter()
            result = build_department_report(demo, department.id, root / f"avdeling-{run}.pdf")
            times.append(time.perf_counter() - started)
        demo.close()
        size = (root / "avdeling-0.pdf").stat().st_size / 1e6
        print(
            f"one department ({result.pages} pages, {size:.1f} MB): "
            f"median {statistics.median(times):.2f} s of {args.runs} (target < 3 s)"
        )
        print(f"peak memory so far:              {peak_rss_mb():7.0f} MB")

        started = time.perf_counter()
        big = synthetic.generate(root / "stor.oppgave", tasks=args.tasks)
        municipality = organisation.list_municipalities(big)[0]
        for each in organisation.list_departments(big):
            if each.municipality_id != municipality.id:
                organisation.update_department(big, each.id, municipality_id=municipality.id)
        count = len(organisation.list_departments(big, municipality.id))
        built = time.perf_counter() - started
        print(f"built {args.tasks} tasks in {count} departments: {built:.1f} s")
        big.close()
        big = workspaces.open_workspace(root / "stor.oppgave")
        steps: list[tuple[float, int, int]] = []
        started = time.perf_counter()
        result = build_municipality_report(
            big,
            municipality.id,
            root / "kommune.pdf",
            progress=lambda done, total: steps.append((time.perf_counter(), done, total)),
        )
        elapsed = time.perf_counter() - started
        big.close()
        analysed = next(t for t, done, total in steps if done == count) - started
        size = (root / "kommune.pdf").stat().st_size / 1e6
        pages = len(PdfReader(root / "kommune.pdf").pages)
        print(
            f"{count}-department municipality ({pages} pages, {size:.1f} MB): {elapsed:.1f} s "
            f"(analysis {analysed:.1f} s, charts and layout {elapsed - analysed:.1f} s; "
            "target < 30 s)"
        )
        print(f"peak memory:                     {peak_rss_mb():7.0f} MB")


if __name__ == "__main__":
    main()
