"""Desktop app figures on a 10,000-task workspace (prints them; asserts nothing).

    python -m oppgave demo /tmp/big.oppgave --scale 10000      # 30 departments of ~333 tasks
    python benchmarks/bench_ui.py /tmp/big.oppgave [--runs 5]

Figures (targets from the issue):

* start → window shown with the table filled (< 1.5 s): a fresh process, from launch (before
  Python imports anything) until the task table holds the department's rows;
* one cell edit written (< 50 ms): ``setData`` on a cell until the service has committed it and
  the row shows the new value (median of many edits);
* a text filter over all rows (< 100 ms): first filter (row text built then) and a later one;
* peak memory (maximum resident set size of the process).

Each figure is measured twice: on the workspace given (its largest department, ~333 tasks with
``--scale 10000``) and on a worst case with all 10,000 tasks in one department, generated next to
it (``<name>-one-department.oppgave``), so the table itself holds 10,000 rows.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve()


def wait_idle(window: object) -> None:
    """Wait in an event loop (as the app does) until the task table has been loaded; a busy
    loop of processEvents() would take the GIL from the loading thread and measure itself."""
    from PySide6.QtCore import QEventLoop, QTimer

    context = window.context  # type: ignore[attr-defined]
    if not context.loading:
        return
    loop = QEventLoop()
    context.tasks_loaded.connect(loop.quit)
    QTimer.singleShot(60_000, loop.quit)
    if context.loading:
        loop.exec()
    context.tasks_loaded.disconnect(loop.quit)


# --- the measuring child process ------------------------------------------------------------------


def child(
    path: Path, launched: float, department_id: int | None, workspace_uuid: str
) -> dict[str, object]:
    """Start the app on ``path``, wait for the table, then edit and filter; return the figures."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import resource
    import tempfile

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from oppgave.domain.enums import Category
    from oppgave.ui.app import create_window
    from oppgave.ui.startup.app_settings import AppSettings
    from oppgave.ui.tasks.task_filter_proxy import TaskFilter
    from oppgave.ui.tasks.task_tab import TaskTab
    from oppgave.ui.tasks.task_table_model import TaskColumn
    from oppgave.ui.window.main_window import department_setting_key

    settings = AppSettings.in_file(Path(tempfile.mkdtemp()) / "bench.ini")
    if department_id is not None:
        settings.set_value(department_setting_key(workspace_uuid), department_id)
    window = create_window(settings, language="nb")
    window.resize(1440, 900)
    window.show()
    window.open_path(path)
    app = QApplication.instance()
    assert app is not None and window.context is not None
    tab = window.department_tab("tasks")
    assert isinstance(tab, TaskTab)
    wait_idle(window)
    app.processEvents()
    shown = time.time() - launched
    rows = tab.model.rowCount()

    # one cell edit: duration of a different row each time, written through the undo command
    edits = []
    for step in range(25):
        index = tab.model.index((step * 37) % rows, TaskColumn.DURATION)
        task = tab.model.task_at(index.row())
        assert task is not None
        value = f"{int(task.duration_minutes) % 200 + 1}"  # always a different value
        started = time.perf_counter()
        ok = tab.model.setData(index, value, Qt.ItemDataRole.EditRole)
        edits.append(time.perf_counter() - started)
        assert ok, tab.model.last_error
        assert tab.model.data(index) == f"{value} min"
    # filters over all rows
    started = time.perf_counter()
    tab.proxy.set_filter(TaskFilter(text="stell"))
    first_filter = time.perf_counter() - started
    matched = tab.proxy.rowCount()
    later = []
    for text in ("medisin", "vask", "ob", "dokumentasjon rapport", ""):
        started = time.perf_counter()
        tab.proxy.set_filter(TaskFilter(text=text, category=Category.DIRECT if text else None))
        later.append(time.perf_counter() - started)
    # sorting by hours (numbers, all rows)
    started = time.perf_counter()
    tab.proxy.sort(TaskColumn.HOURS, Qt.SortOrder.DescendingOrder)
    sort_time = time.perf_counter() - started
    # switching scenario re-reads the shares of every row off the UI thread
    scenarios = window.context.scenarios()
    started = time.perf_counter()
    window.select_scenario(scenarios[-1].id)
    wait_idle(window)
    app.processEvents()
    switch = time.perf_counter() - started
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    window.close()
    return {
        "rows": rows,
        "start_to_table_s": shown,
        "edit_median_ms": statistics.median(edits) * 1000,
        "edit_max_ms": max(edits) * 1000,
        "filter_first_ms": first_filter * 1000,
        "filter_matched": matched,
        "filter_later_ms": statistics.median(later) * 1000,
        "sort_ms": sort_time * 1000,
        "scenario_switch_ms": switch * 1000,
        "peak_rss_mib": peak_kib / 1024,
    }


# --- the parent: workspaces, runs, report ---------------------------------------------------------


def largest_department(path: Path) -> tuple[int, str, int]:
    from oppgave.services import organisation, tasks, workspaces

    with workspaces.open_workspace(path) as workspace:
        sizes = [
            (len(tasks.list_tasks(workspace, d.id)), d.id, d.name)
            for d in organisation.list_departments(workspace)
        ]
    count, department_id, name = max(sizes)
    return department_id, name, count


def one_department_copy(path: Path, total: int) -> Path:
    from oppgave.demo import synthetic

    target = path.with_name(f"{path.stem}-one-department{path.suffix}")
    if not target.exists():
        print(f"generating {target} ({total} tasks in one department) …", flush=True)
        synthetic.generate(target, tasks=total, tasks_per_department=total).close()
    return target


def _child_environment() -> dict[str, str]:
    """Offscreen, and with bytecode caching on: an installed app starts from .pyc files, and a
    development shell that sets PYTHONDONTWRITEBYTECODE would measure compiling instead."""
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    return environment


def run_child(path: Path, department_id: int) -> dict[str, object]:
    import shutil
    import tempfile

    from oppgave.services import workspaces

    # a fresh copy per run: the edits of one run must not turn the next run's edits into no-ops
    copy = Path(tempfile.mkdtemp(prefix="bench-ui-")) / path.name
    shutil.copyfile(path, copy)
    with workspaces.open_workspace(copy) as workspace:
        uuid = workspace.uuid
    launched = time.time()
    result = subprocess.run(
        [sys.executable, str(HERE), "--child", str(copy), str(launched), str(department_id), uuid],
        check=True,
        capture_output=True,
        text=True,
        env=_child_environment(),
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def report(title: str, runs: list[dict[str, object]]) -> None:
    def best(key: str) -> float:
        return min(float(run[key]) for run in runs)  # type: ignore[arg-type]

    def median(key: str) -> float:
        return statistics.median(float(run[key]) for run in runs)  # type: ignore[arg-type]

    print(f"\n{title}: {runs[0]['rows']} rows in the table, {len(runs)} runs (best / median)")
    print(
        f"  start → window with table filled  {best('start_to_table_s'):7.2f} s "
        f"/ {median('start_to_table_s'):.2f} s   (target < 1.5 s)"
    )
    print(
        f"  one cell edit written             {best('edit_median_ms'):7.1f} ms "
        f"/ {median('edit_median_ms'):.1f} ms  (median of 25 edits; worst "
        f"{max(float(r['edit_max_ms']) for r in runs):.1f} ms; target < 50 ms)"  # type: ignore[arg-type]
    )
    print(
        f"  text filter over all rows, first  {best('filter_first_ms'):7.1f} ms "
        f"/ {median('filter_first_ms'):.1f} ms  (target < 100 ms; "
        f"{runs[0]['filter_matched']} rows match «stell»)"
    )
    print(
        f"  text filter, later                {best('filter_later_ms'):7.1f} ms "
        f"/ {median('filter_later_ms'):.1f} ms"
    )
    sort_best, sort_median = best("sort_ms"), median("sort_ms")
    print(f"  sort all rows by hours            {sort_best:7.1f} ms / {sort_median:.1f} ms")
    print(
        f"  switch scenario (reload shares)   {best('scenario_switch_ms'):7.1f} ms "
        f"/ {median('scenario_switch_ms'):.1f} ms"
    )
    peak = max(float(r["peak_rss_mib"]) for r in runs)  # type: ignore[arg-type]
    print(f"  peak memory (max RSS)             {peak:7.1f} MiB")


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        path, launched, department = Path(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
        print(json.dumps(child(path, launched, department, sys.argv[5])))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, help="a workspace made with `oppgave demo --scale`")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from oppgave.services import workspaces

    with workspaces.open_workspace(args.path) as workspace:
        total = workspaces.info(workspace).counts["tasks"]
    department_id, name, count = largest_department(args.path)
    print(f"{args.path}: {total} tasks; largest department {name!r} with {count} tasks")
    run_child(args.path, department_id)  # warm-up: bytecode caches, file system cache
    runs = [run_child(args.path, department_id) for _ in range(args.runs)]
    report(f"Workspace as given ({name})", runs)
    worst = one_department_copy(args.path, total)
    department_id, name, count = largest_department(worst)
    run_child(worst, department_id)
    runs = [run_child(worst, department_id) for _ in range(args.runs)]
    report(f"Worst case: all {count} tasks in one department", runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
