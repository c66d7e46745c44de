"""The *Analyse* tab and *Lag forslag* on the demo and on a large workspace (prints figures;
asserts nothing).

    python benchmarks/bench_analysis_ui.py                      # demo + generated 10,000 tasks
    python benchmarks/bench_analysis_ui.py --scale 3000         # a smaller large workspace
    python benchmarks/bench_analysis_ui.py --big /tmp/big.oppgave   # an existing large file
    (made with ``python -m oppgave demo /tmp/big.oppgave --scale 10000``)

Figures, for the largest department of each workspace (and, for the generated one, also for a
workspace with every task in one department):

* edit → refreshed figures: a duration typed in the task table until the *Analyse* tab shows
  figures computed after the edit (includes the 400 ms quiet time the tab waits for more edits);
  the same without the quiet time = the analysis and both charts on the worker thread;
* longest UI-thread stall while the analysis runs: the largest gap between the ticks of a 10 ms
  timer on the UI thread (what a user typing meanwhile would feel);
* Lag forslag: the button until the proposal is saved, selected and explained (optimiser in the
  worker thread, saving through the undo command on the UI thread).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _wait(predicate, timeout: float = 300.0) -> None:  # type: ignore[no-untyped-def]
    """Run the event loop (as the app does) until ``predicate()``."""
    from PySide6.QtCore import QEventLoop, QTimer

    deadline = time.perf_counter() + timeout
    loop = QEventLoop()
    while not predicate():
        if time.perf_counter() > deadline:
            raise TimeoutError
        QTimer.singleShot(5, loop.quit)
        loop.exec()


class StallMeter:
    """Largest gap between ticks of a 10 ms timer on the UI thread while running."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.longest = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def start(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return self.longest


def measure(path: Path, edits: int, proposals: int) -> dict[str, float | int | str]:
    from oppgave.services import organisation, tasks, workspaces
    from oppgave.ui.analysis.analysis_tab import REFRESH_DELAY_MS, AnalysisTab
    from oppgave.ui.analysis.proposal_dialog import ProposalDialog
    from oppgave.ui.app import create_window
    from oppgave.ui.startup.app_settings import AppSettings
    from oppgave.ui.tasks.task_tab import TaskTab
    from oppgave.ui.tasks.task_table_model import TaskColumn
    from oppgave.ui.window.main_window import department_setting_key

    copy = Path(tempfile.mkdtemp(prefix="bench-analysis-ui-")) / path.name
    shutil.copyfile(path, copy)
    with workspaces.open_workspace(copy) as workspace:
        uuid = workspace.uuid
        sizes = [
            (len(tasks.list_tasks(workspace, d.id)), d.id, d.name)
            for d in organisation.list_departments(workspace)
        ]
    count, department_id, name = max(sizes)
    settings = AppSettings.in_file(copy.with_suffix(".ini"))
    settings.set_value(department_setting_key(uuid), department_id)
    window = create_window(settings, language="nb")
    window.resize(1280, 720)
    window.show()
    assert window.open_path(copy)
    context = window.context
    assert context is not None
    _wait(lambda: not context.loading)
    tab = window.show_tab("analysis")
    assert isinstance(tab, AnalysisTab)
    started = time.perf_counter()
    _wait(lambda: tab.snapshot is not None and not tab.is_computing())
    first = time.perf_counter() - started

    task_tab = window.department_tab("tasks")
    assert isinstance(task_tab, TaskTab)
    model = task_tab.model
    rows = model.rowCount()
    meter = StallMeter()
    edit_figures: dict[str, float] = {}
    for view, page in (("table", tab.pages.widget(0)), ("rhythm", tab.rhythm_page)):
        tab.pages.setCurrentWidget(page)
        _wait(lambda: not tab.is_computing())
        refreshed: list[float] = []
        stalls: list[float] = []
        for step in range(edits):
            index = model.index((step * 37) % rows, TaskColumn.DURATION)
            task = model.task_at(index.row())
            assert task is not None
            old = tab.snapshot
            meter.start()
            started = time.perf_counter()
            assert model.setData(index, f"{int(task.duration_minutes) % 200 + 1}"), model.last_error
            _wait(lambda old=old: tab.snapshot is not old and not tab.is_computing())
            refreshed.append(time.perf_counter() - started)
            stalls.append(meter.stop())
        edit_figures[f"edit_{view}_s"] = statistics.median(refreshed)
        edit_figures[f"stall_{view}_ms"] = max(stalls) * 1000

    proposal_times: list[float] = []
    proposal_stalls: list[float] = []
    proposal_note = ""
    for _ in range(proposals):
        dialog = tab.open_proposal_dialog()
        assert isinstance(dialog, ProposalDialog)
        meter.start()
        started = time.perf_counter()
        dialog.run_button.click()
        _wait(lambda dialog=dialog: dialog.command is not None or bool(dialog.error), 900)
        proposal_times.append(time.perf_counter() - started)
        proposal_stalls.append(meter.stop())
        if dialog.error:
            proposal_note = dialog.error
        elif dialog.draft is not None:
            result = dialog.draft.result
            proposal_note = f"{result.status}, {len(result.moves)} moves, {result.variables} vars"
        dialog.accept()
    window.close()
    window.close_document()
    return {
        "department": name,
        "tasks": count,
        "first_analysis_s": first,
        "delay_s": REFRESH_DELAY_MS / 1000,
        **edit_figures,
        "proposal_s": statistics.median(proposal_times) if proposal_times else float("nan"),
        "proposal_stall_ms": max(proposal_stalls) * 1000 if proposal_stalls else 0.0,
        "proposal_note": proposal_note,
    }


def show(title: str, figures: dict[str, float | int | str]) -> None:
    delay = float(figures["delay_s"])
    print(f"\n{title}: «{figures['department']}», {figures['tasks']} tasks")
    print(f"  first analysis shown               {figures['first_analysis_s']:.2f} s")
    for view, text in (("table", "tables page"), ("rhythm", "døgnrytme page")):
        total = float(figures[f"edit_{view}_s"])
        print(
            f"  edit -> refreshed ({text:14}) {total:.2f} s median "
            f"({total - delay:.2f} s after the {delay * 1000:.0f} ms quiet time); "
            f"longest UI stall {float(figures[f'stall_{view}_ms']):.0f} ms"
        )
    print(
        f"  Lag forslag (compute + save)       {figures['proposal_s']:.2f} s "
        f"({figures['proposal_note']}); longest UI stall "
        f"{float(figures['proposal_stall_ms']):.0f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--big", type=Path, help="an existing large workspace")
    parser.add_argument("--scale", type=int, default=10_000, help="tasks of the generated one")
    parser.add_argument("--edits", type=int, default=5)
    parser.add_argument("--one-department", action="store_true", help="also all tasks in one")
    args = parser.parse_args()

    from oppgave.demo import generator, synthetic
    from oppgave.ui.app import create_application

    create_application()
    folder = Path(tempfile.mkdtemp(prefix="bench-analysis-ui-src-"))
    demo = folder / "demo.oppgave"
    generator.generate(demo).close()
    show("Demo", measure(demo, args.edits, 1))

    big = args.big
    if big is None:
        big = folder / f"big-{args.scale}.oppgave"
        print(f"\ngenerating {big.name} …", flush=True)
        synthetic.generate(big, tasks=args.scale).close()
    show(f"Large ({big.name})", measure(big, args.edits, 1))
    if args.one_department:
        one = folder / f"one-{args.scale}.oppgave"
        synthetic.generate(one, tasks=args.scale, tasks_per_department=args.scale).close()
        show(f"All {args.scale} tasks in one department", measure(one, max(2, args.edits // 2), 1))


if __name__ == "__main__":
    main()
