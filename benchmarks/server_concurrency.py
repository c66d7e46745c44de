"""Benchmark of the shared server: many editors at once, and the comparison of 100 departments.

Two parts (a script that prints figures, never a timed test):

1. **Concurrent editors.** N editors (threads, each with its own ``Workspace``: its own
   connections, as N people's apps have) edit the tasks of one department for T seconds. Each
   edit reads a task, waits a moment (the user typing), and writes it back with the version it
   read (``update_task(..., expected_version=)``), appending a token of its own to the task's
   notes. Printed: edits per second, conflicts detected (stale edits refused), and **lost
   updates**, counted, not assumed: every token of every edit that was reported as saved must
   be in the notes at the end; a missing one is an edit that someone silently overwrote.
2. **Comparison across the server.** A 100-department server (synthetic, 100 tasks each) and
   ``analysis_runs.compare`` of all departments, timed (target < 1 s).

Run: ``python benchmarks/server_concurrency.py --url postgresql://oppgave@127.0.0.1:54329/x``
(a superuser's URL: the script creates and drops its own databases beside it; start a local
server with ``bash scripts/pg_test_server.sh start``). ``--editors 50 --seconds 60`` are the
defaults of the issue's figures; ``--file`` runs part 1 on a SQLite file instead.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from oppgave.db.workspace import Workspace
from oppgave.errors import ConflictError, OppgaveError
from oppgave.services import analysis_runs, organisation, tasks, workspaces

TOKEN = re.compile(r"e(\d+):(\d+);")


@dataclass
class EditorResult:
    saved: list[tuple[int, int]] = field(default_factory=list)  # (task id, edit number)
    conflicts: int = 0
    other_errors: list[str] = field(default_factory=list)
    latencies: list[float] = field(default_factory=list)


def _editor(
    number: int,
    location: str,
    task_ids: list[int],
    stop: threading.Event,
    start: threading.Barrier,
    result: EditorResult,
    think_ms: float,
) -> None:
    rng = random.Random(number)
    workspace = Workspace.open(location)
    try:
        start.wait()
        edit = 0
        while not stop.is_set():
            task_id = rng.choice(task_ids)
            began = time.perf_counter()
            seen = tasks.get_task(workspace, task_id)
            time.sleep(rng.uniform(0, think_ms) / 1000)
            edit += 1
            try:
                tasks.update_task(
                    workspace,
                    task_id,
                    expected_version=seen.version,
                    notes=seen.notes + f"e{number}:{edit};",
                )
            except ConflictError:
                result.conflicts += 1
                continue
            except OppgaveError as error:
                result.other_errors.append(error.message)
                continue
            result.saved.append((task_id, edit))
            result.latencies.append(time.perf_counter() - began)
    finally:
        workspace.close()


def concurrent_editors(location: str, editors: int, seconds: float, task_count: int) -> None:
    with workspaces.new_workspace(location) as workspace:
        municipality = organisation.create_municipality(workspace, "Melhus")
        department = organisation.create_department(
            workspace, municipality.id, "Langtid", residents=24
        )
        drafts = [tasks.TaskDraft(f"Oppgave {n:03d}", {"notes": ""}) for n in range(task_count)]
        task_ids = [t.id for t in tasks.create_tasks(workspace, department.id, drafts)]
    results = [EditorResult() for _ in range(editors)]
    stop = threading.Event()
    start = threading.Barrier(editors + 1)
    threads = [
        threading.Thread(
            target=_editor,
            args=(n, location, task_ids, stop, start, results[n], 30.0),
            daemon=True,
        )
        for n in range(editors)
    ]
    for thread in threads:
        thread.start()
    start.wait()
    began = time.perf_counter()
    time.sleep(seconds)
    stop.set()
    for thread in threads:
        thread.join(60)
    elapsed = time.perf_counter() - began

    saved = {(n, edit): task_id for n, r in enumerate(results) for task_id, edit in r.saved}
    with Workspace.open(location) as workspace:
        found: dict[tuple[int, int], int] = {}
        for task in tasks.get_tasks(workspace, task_ids):
            for editor, edit in TOKEN.findall(task.notes):
                found[(int(editor), int(edit))] = task.id
    lost = [key for key, task_id in saved.items() if found.get(key) != task_id]
    phantom = [key for key in found if key not in saved]  # written but reported as refused
    latencies = [x for r in results for x in r.latencies]
    errors = [e for r in results for e in r.other_errors]
    print(f"  editors {editors}, {seconds:.0f} s, {task_count} tasks in one department")
    print(f"  edits saved        {len(saved):>8}  ({len(saved) / elapsed:.1f} per second)")
    print(f"  conflicts detected {sum(r.conflicts for r in results):>8}  (stale edits refused)")
    print(f"  lost updates       {len(lost):>8}  (saved edits missing at the end; must be 0)")
    print(f"  phantom writes     {len(phantom):>8}  (refused edits found anyway; must be 0)")
    print(f"  other errors       {len(errors):>8}  {errors[:1]}")
    if latencies:
        print(
            f"  edit latency       median {statistics.median(latencies) * 1000:.0f} ms, "
            f"p95 {sorted(latencies)[int(len(latencies) * 0.95)] * 1000:.0f} ms "
            "(read + think + write)"
        )
    if lost or phantom:
        raise SystemExit("LOST UPDATES")


def comparison(location: str, departments: int, per_department: int) -> None:
    from oppgave.demo import synthetic

    began = time.perf_counter()
    synthetic.generate(
        location, tasks=departments * per_department, tasks_per_department=per_department
    ).close()
    print(
        f"  built {departments} departments × {per_department} tasks in "
        f"{time.perf_counter() - began:.1f} s"
    )
    _time_comparison(location, "server")
    # The same data in a file, for reference: what the server adds over SQLite on this machine.
    with tempfile.TemporaryDirectory(prefix="oppgave-bench-") as folder:
        path = Path(folder) / "samme.oppgave"
        synthetic.generate(
            path, tasks=departments * per_department, tasks_per_department=per_department
        ).close()
        _time_comparison(str(path), "file  ")


def _time_comparison(location: str, label: str) -> None:
    with Workspace.open(location) as workspace:
        count = len(organisation.list_departments(workspace))
        times = []
        for _ in range(3):
            began = time.perf_counter()
            result = analysis_runs.compare(workspace)
            times.append(time.perf_counter() - began)
    print(
        f"  {label}: compare all {count} departments: best {min(times):.3f} s, "
        f"median {statistics.median(times):.3f} s of 3 (target < 1 s); "
        f"{len(result.departments)} rows"
    )


def _database(url: str, name: str) -> str:
    from tests.pg_server import with_database

    return with_database(url, name)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default=os.environ.get("OPPGAVE_TEST_PG_URL", ""))
    parser.add_argument("--file", action="store_true", help="part 1 on a SQLite file")
    parser.add_argument("--editors", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--tasks", type=int, default=100)
    parser.add_argument("--departments", type=int, default=100)
    parser.add_argument("--per-department", type=int, default=100)
    parser.add_argument("--skip-comparison", action="store_true")
    parser.add_argument("--skip-editors", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tests.pg_server import admin_connect

    if args.file:
        folder = tempfile.mkdtemp(prefix="oppgave-bench-")
        print("Part 1 on a SQLite file")
        concurrent_editors(
            str(Path(folder) / "delt.oppgave"), args.editors, args.seconds, args.tasks
        )
        return 0
    if not args.url:
        parser.error("--url (or OPPGAVE_TEST_PG_URL) is needed")
    names = [f"oppgave_bench_{os.getpid()}_{part}" for part in ("edit", "compare")]
    with admin_connect(args.url) as admin:
        for name in names:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            admin.execute(f'CREATE DATABASE "{name}"')
    try:
        if not args.skip_editors:
            print("Part 1: concurrent editors on one PostgreSQL server (loopback)")
            concurrent_editors(
                _database(args.url, names[0]), args.editors, args.seconds, args.tasks
            )
        if not args.skip_comparison:
            print("Part 2: comparison across the server")
            comparison(_database(args.url, names[1]), args.departments, args.per_department)
    finally:
        with admin_connect(args.url) as admin:
            for name in names:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
