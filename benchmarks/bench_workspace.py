"""Foundation figures: generate, open and load a 10,000-task workspace; file size; peak memory.

Run: ``python benchmarks/bench_workspace.py [--tasks 10000] [--runs 5]``. Prints figures; it
asserts nothing (targets: open + load all tasks with their assignments under 1 s).
"""

from __future__ import annotations

import argparse
import gc
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from oppgave.demo import synthetic
from oppgave.services import organisation, scenarios, tasks, workspaces


def open_and_load(path: Path) -> tuple[float, float, int, int]:
    """Open the file and load every task with its assignments in every scenario."""
    started = time.perf_counter()
    workspace = workspaces.open_workspace(path)
    opened = time.perf_counter()
    task_count = assignment_count = 0
    data = workspaces.load_workspace_data(workspace)
    for department in data:
        task_count += len(department.tasks)
        assignment_count += sum(len(a) for a in department.assignments.values())
    loaded = time.perf_counter()
    workspace.close()
    return opened - started, loaded - opened, task_count, assignment_count


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tasks", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.oppgave"
        started = time.perf_counter()
        synthetic.generate(path, tasks=args.tasks).close()
        generated = time.perf_counter() - started
        print(f"generate {args.tasks} tasks:            {generated:6.2f} s")
        print(f"file size:                        {path.stat().st_size / 1e6:6.2f} MB")

        open_times, load_times = [], []
        for _ in range(args.runs):
            gc.collect()
            opened, loaded, task_count, assignment_count = open_and_load(path)
            open_times.append(opened)
            load_times.append(loaded)
        print(f"open (median of {args.runs}):             {statistics.median(open_times):6.3f} s")
        print(
            f"load {task_count} tasks + {assignment_count} assignments: "
            f"{statistics.median(load_times):6.3f} s"
        )
        total = statistics.median(a + b for a, b in zip(open_times, load_times, strict=True))
        print(f"open + load (target < 1 s):       {total:6.3f} s")

        tracemalloc.start()
        open_and_load(path)
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        print(f"peak Python memory, open + load:  {peak / 1e6:6.1f} MB (tracemalloc)")

        # A cold process, as a user starting the CLI would see it.
        code = (
            "import time; t=time.perf_counter();"
            "from oppgave.services import workspaces;"
            f"w=workspaces.open_workspace({str(path)!r}); workspaces.load_workspace_data(w);"
            "import resource; print(time.perf_counter()-t,"
            " resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
        )
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        ).stdout.split()
        print(
            f"cold process import+open+load:    {float(out[0]):6.3f} s, "
            f"max RSS {int(out[1]) / 1024:.0f} MB"
        )

        workspace = workspaces.open_workspace(path)
        department = organisation.list_departments(workspace)[0]
        task = tasks.list_tasks(workspace, department.id)[0]
        baseline = scenarios.baseline(workspace, department.id)
        edits = []
        for n in range(20):
            t = time.perf_counter()
            tasks.update_task(workspace, task.id, duration_minutes=10 + n)
            edits.append(time.perf_counter() - t)
        print(f"one task edit written (median):   {statistics.median(edits) * 1000:6.1f} ms")
        del baseline
        workspace.close()
    print(
        f"max RSS of this process:          "
        f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:6.0f} MB"
    )


if __name__ == "__main__":
    main()
