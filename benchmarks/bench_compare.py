"""Benchmark of the tallanalyse comparison of all departments on a workspace *file*.

A synthetic workspace of ``--departments`` × ``--per-department`` tasks (default 100 × 100, the
shape of issue 20's «100-department server»), written by :func:`oppgave.demo.synthetic.generate`,
and :func:`oppgave.services.analysis_runs.compare` of all its departments timed through the
real service path (loading included). Target: < 1 s. ``benchmarks/server_concurrency.py``
times the same on a PostgreSQL server.

Run: ``python benchmarks/bench_compare.py [--departments N] [--per-department N] [--runs N]
[--workspace FILE]`` (``--workspace``: reuse or create the file there).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from oppgave.db.workspace import Workspace
from oppgave.demo import synthetic
from oppgave.services import analysis_runs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--departments", type=int, default=100)
    parser.add_argument("--per-department", type=int, default=100)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--workspace", type=Path)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="oppgave-bench-") as folder:
        path = args.workspace or Path(folder) / "sammenligning.oppgave"
        if not path.exists():
            began = time.perf_counter()
            synthetic.generate(
                path,
                tasks=args.departments * args.per_department,
                tasks_per_department=args.per_department,
            ).close()
            print(f"built {path.name} in {time.perf_counter() - began:.1f} s")
        with Workspace.open(str(path)) as workspace:
            analysis_runs.compare(workspace)  # warm: imports (pandas) and the file cache
            times = []
            for _ in range(args.runs):
                began = time.perf_counter()
                result = analysis_runs.compare(workspace)
                times.append(time.perf_counter() - began)
    print(
        f"compare all {len(result.departments)} departments "
        f"({args.per_department} tasks each): best {min(times):.3f} s, "
        f"median {statistics.median(times):.3f} s of {args.runs} (target < 1 s)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
