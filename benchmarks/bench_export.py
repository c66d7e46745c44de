"""Excel and CSV export figures for a large synthetic workspace.

Run: ``python benchmarks/bench_export.py [--tasks 10000]``. Prints figures; asserts nothing
(target: a 10,000-task workbook in under ~10 s; measured 2026-11-29: xlsx ≈19 s,
CSV ≈1.8 s, so the workbook is still slow).
The workspace is made with the demo generator's ``--scale`` option.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from oppgave.exchange.workbook_export import export_csv, export_workbook
from oppgave.services import workspaces


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tasks", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as directory:
        folder = Path(directory)
        path = folder / "stor.oppgave"
        subprocess.run(
            [sys.executable, "-m", "oppgave", "demo", "--scale", str(args.tasks), str(path)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        with workspaces.open_workspace(path) as workspace:
            for label, write, target in (
                ("export xlsx", export_workbook, folder / "eksport.xlsx"),
                ("export csv", export_csv, folder / "oppgaver.csv"),
            ):
                start = time.perf_counter()
                summary = write(workspace, target)
                elapsed = time.perf_counter() - start
                size = target.stat().st_size / 1e6
                print(f"{label}: {summary.tasks} tasks in {elapsed:.2f} s ({size:.1f} MB)")


if __name__ == "__main__":
    main()
