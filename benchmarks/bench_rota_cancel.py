"""How fast «Avbryt» stops the rota generator (a script that prints figures).

For each case the demo department «Melhus sykehjem, langtid 2. etasje» («Forslag A», plan
positions, every 4th weekend) is solved with a long time limit and cancelled ``--after`` seconds
after the solver's first progress report (``solving``), or ``--after`` seconds after the call
(``building``: the model is still being built). Printed: weeks, phase, the status (must be
«cancelled») and the seconds from setting the cancel flag to the generator returning.

Run: ``python benchmarks/bench_rota_cancel.py [--weeks 12 24 52] [--after 0.5]``
"""

from __future__ import annotations

import argparse
import tempfile
import threading
import time
from pathlib import Path

from oppgave.analysis.rota import RotaRules
from oppgave.demo import generator
from oppgave.services import rota_planning, workspaces

DEPARTMENT = "Melhus sykehjem, langtid 2. etasje"


def measure(staffing: rota_planning.ScenarioStaffing, weeks: int, phase: str, after: float) -> str:
    cancel = threading.Event()
    progressed = threading.Event()
    marks: dict[str, float] = {}

    def progress(_fraction: float, _text: str) -> None:
        progressed.set()

    def canceller() -> None:
        if phase == "solving":
            progressed.wait()
        time.sleep(after)
        marks["cancel"] = time.monotonic()
        cancel.set()

    threading.Thread(target=canceller, daemon=True).start()
    outcome = rota_planning.generate_rota_data(
        staffing,
        RotaRules(weeks=weeks, weekend_every=4),
        time_limit=600.0,
        progress=progress,
        cancelled=cancel.is_set,
    )
    stopped = time.monotonic() - marks.get("cancel", time.monotonic())
    return f"{weeks:>3} uker  {phase:<9} {outcome.result.status.value:<10} {stopped:6.2f} s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--weeks", type=int, nargs="+", default=[12, 24, 52])
    parser.add_argument("--after", type=float, default=0.5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.oppgave"
        generator.generate(path).close()
        with workspaces.open_workspace(path) as workspace:
            staffing = rota_planning.scenario_staffing(workspace, DEPARTMENT, "Forslag A")
    print("weeks  phase     status     cancel → return")
    for weeks in args.weeks:
        for phase in ("building", "solving"):
            print(measure(staffing, weeks, phase, args.after), flush=True)


if __name__ == "__main__":
    main()
