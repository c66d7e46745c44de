"""oppgave against what a user could use instead, operation by operation, as ratios (issue 18).

Every operation runs as a fresh process, alternately with its baseline (A B A B …), so a
machine shared with other work slows both sides of a pair alike; the ratio is taken pair by
pair on CPU seconds (user + system, the operating system's accounting of the finished child),
and the median of those ratios is the figure. Peak memory is the child's maximum resident set.

Baselines, each doing the same job on the same rows:

* start: a bare PySide6 ``QMainWindow`` with a ``QTableView`` of the same number of rows;
  measured twice: until the task table shows rows (``start``) and until it can be edited
  (``editable``: the data lock open, the department loaded);
* parser: the parser without the subcommands;
* analyse: LibreOffice Calc opening oppgave's own workbook (every sheet), recalculating and
  saving it as CSV;
* export: LibreOffice converting oppgave's own workbook to .xlsx (reading and writing every
  sheet and row the export writes: the like-for-like baseline), LibreOffice converting only the
  task rows (CSV → xlsx), and the floor of writing the task rows with openpyxl in write-only
  mode;
* report: LibreOffice printing the rows of the report's own tables (every table of the first
  municipality's report, recorded as text while the report is built once) from a CSV to PDF;
* import: LibreOffice reading the same workbook oppgave imports (to CSV).

LibreOffice runs headless (``soffice --convert-to``) when it is installed.

The workspace is made once with ``oppgave demo --scale N`` (default 10 000 tasks) unless
``--workspace`` names one. LibreOffice is optional: without it those rows say so.

Usage: python benchmarks/bench_ratio.py [--runs 3] [--scale 10000] [--only export,analyse]
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

PYTHON = sys.executable
ROOT = Path(__file__).resolve().parent.parent

# --- what each side runs ------------------------------------------------------------------------

APP_START = """
import sys, time
from PySide6.QtWidgets import QApplication, QTableView
from oppgave.ui.app import create_window
window = create_window(language="nb")
window.show()
window.open_path(sys.argv[1])
view = window.department_tab("tasks").findChild(QTableView)
deadline = time.monotonic() + 60
while view.model().rowCount() == 0 and time.monotonic() < deadline:
    QApplication.processEvents()
assert view.model().rowCount() > 0, "no task in the table"
"""

# The same start, until the table can be edited: the window's data lock is open, the department
# context has finished loading and the table has its rows (a first paint that is only a preview
# does not count here).
APP_EDITABLE = """
import sys, time
from PySide6.QtWidgets import QApplication, QTableView
from oppgave.ui.app import create_window
window = create_window(language="nb")
window.show()
window.open_path(sys.argv[1])
def ready():
    tab = window.department_tab("tasks")
    view = tab.findChild(QTableView) if tab is not None else None
    context = window.context
    return (
        window.data_editable
        and context is not None
        and not context.loading
        and view is not None
        and view.model().rowCount() > 0
    )
deadline = time.monotonic() + 60
while not ready() and time.monotonic() < deadline:
    QApplication.processEvents()
assert ready(), "the task table did not become editable"
"""

BARE_WINDOW = """
import sys
from PySide6.QtCore import QAbstractTableModel, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
class Rows(QAbstractTableModel):
    def rowCount(self, parent=None):
        return int(sys.argv[1])
    def columnCount(self, parent=None):
        return 6
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return f"Oppgave {index.row()}"
        return None
app = QApplication([])
window = QMainWindow()
view = QTableView()
model = Rows()
view.setModel(model)
window.setCentralWidget(view)
window.show()
QApplication.processEvents()
"""

PARSER = """
import sys
from oppgave.cli.main import build_parser
build_parser(with_commands=sys.argv[1] == "all")
"""

# The rows of every table in the municipality report, as one CSV for LibreOffice to print: the
# report is built once with each table's cells recorded as text (a paragraph by its plain text).
REPORT_ROWS = """
import csv, sys
from pathlib import Path
from reportlab.platypus import Table
import oppgave.report.sections.rhythm, oppgave.report.table_spec, oppgave.report.tables
from oppgave.report import build_municipality_report
from oppgave.services import workspaces
rows = []
def text(cell):
    if isinstance(cell, str):
        return cell.replace("\\n", " ")
    if isinstance(cell, (list, tuple)):
        return " ".join(text(c) for c in cell)
    plain = getattr(cell, "getPlainText", None)
    return plain() if plain else ""
class Recorded(Table):
    def __init__(self, data, *args, **kwargs):
        rows.extend([text(c) for c in row] for row in data)
        rows.append([])
        super().__init__(data, *args, **kwargs)
for module in (oppgave.report.table_spec, oppgave.report.tables, oppgave.report.sections.rhythm):
    module.Table = Recorded
workspace = workspaces.open_workspace(Path(sys.argv[1]))
build_municipality_report(workspace, 1, Path(sys.argv[2]))
with open(sys.argv[3], "w", encoding="utf-8", newline="") as handle:
    csv.writer(handle).writerows(rows)
print(sum(1 for row in rows if row), "rows")
"""

OPENPYXL_FLOOR = """
import csv, sys
from openpyxl import Workbook
book = Workbook(write_only=True)
sheet = book.create_sheet("Oppgaver")
with open(sys.argv[1], encoding="utf-8-sig", newline="") as handle:
    for row in csv.reader(handle, delimiter=";"):
        sheet.append(row)
book.save(sys.argv[2])
"""


@dataclass
class Side:
    """One command and what it cost over the runs."""

    label: str
    command: list[str]
    cpu: list[float] = field(default_factory=list)
    wall: list[float] = field(default_factory=list)
    peak_mib: list[float] = field(default_factory=list)


def run_once(side: Side, env: dict[str, str], before: Callable[[], None] | None) -> None:
    """Start the command, wait for it (``os.wait4`` gives its own CPU time and peak memory)."""
    if before is not None:
        before()
    started = time.perf_counter()
    process = subprocess.Popen(
        side.command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env
    )
    assert process.stderr is not None
    error = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - started
    if process.returncode != 0:
        raise RuntimeError(f"{side.label} failed ({process.returncode}): {error[-800:]!r}")
    side.cpu.append(usage.ru_utime + usage.ru_stime)
    side.wall.append(wall)
    side.peak_mib.append(usage.ru_maxrss / 1024)


def spread(values: Sequence[float], unit: str, digits: int = 2) -> str:
    return (
        f"{min(values):.{digits}f}/{statistics.median(values):.{digits}f}/"
        f"{max(values):.{digits}f} {unit}"
    )


@dataclass
class Operation:
    name: str
    ours: Side
    baselines: list[Side]
    target: float
    before: Callable[[], None] | None = None


def measure(operation: Operation, runs: int, env: dict[str, str]) -> None:
    """Runs A B [C] A B [C] … and prints each side and the median ratio of each pair."""
    run_once(operation.ours, env, operation.before)  # warm-up: file cache, .pyc
    operation.ours.cpu.clear()
    operation.ours.wall.clear()
    operation.ours.peak_mib.clear()
    for _ in range(runs):
        run_once(operation.ours, env, operation.before)
        for baseline in operation.baselines:
            run_once(baseline, env, operation.before)
    print(f"\n{operation.name}")
    for side in (operation.ours, *operation.baselines):
        print(
            f"  {side.label:<34} cpu {spread(side.cpu, 's')}   wall {spread(side.wall, 's')}"
            f"   peak {statistics.median(side.peak_mib):.0f} MiB"
        )
    for baseline in operation.baselines:
        ratios = [a / b for a, b in zip(operation.ours.cpu, baseline.cpu, strict=True)]
        verdict = "met" if statistics.median(ratios) <= operation.target else "NOT met"
        print(
            f"  ratio vs {baseline.label:<25} {spread(ratios, '×')}  "
            f"(target ≤ {operation.target:g}×: {verdict})"
        )


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def lo_convert(source: Path, kind: str, out_dir: Path, profile: Path) -> list[str]:
    """LibreOffice headless converting ``source`` to ``kind`` (csv, xlsx, pdf)."""
    command = soffice()
    assert command is not None
    return [
        command,
        f"-env:UserInstallation=file://{profile}",
        "--headless",
        "--norestore",
        "--convert-to",
        kind,
        "--outdir",
        str(out_dir),
        str(source),
    ]


def machine() -> str:
    """The date and the machine, for the figures table."""
    model = ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            model = next(
                (line.split(":", 1)[1].strip() for line in handle if line.startswith("model name")),
                "",
            )
    except OSError:
        pass
    load = f", load {os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else ""
    return (
        f"{datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC; {platform.system()} "
        f"{platform.machine()}, {os.cpu_count()} cores{f' ({model})' if model else ''}{load}; "
        f"Python {platform.python_version()}"
    )


def oppgave(*args: str) -> list[str]:
    return [PYTHON, "-m", "oppgave", *args]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--scale", type=int, default=10_000)
    parser.add_argument("--workspace", type=Path, help="an existing workspace to measure on")
    parser.add_argument(
        "--only", help="comma-separated: start,editable,parser,analyse,export,report,import"
    )
    args = parser.parse_args()
    only = set(args.only.split(",")) if args.only else None
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    work = Path(tempfile.mkdtemp(prefix="bench-ratio-"))
    profile = work / "lo-profile"
    workspace = args.workspace
    if workspace is None:
        workspace = work / f"stor-{args.scale}.oppgave"
        subprocess.run(
            oppgave("demo", str(workspace), "--scale", str(args.scale)),
            check=True,
            env=env,
            stdout=subprocess.DEVNULL,
        )
    # The same rows for every baseline: the task list as CSV, and oppgave's own workbook.
    rows_csv = work / "oppgaver.csv"
    workbook = work / "eksport.xlsx"
    subprocess.run(oppgave("export", str(workspace), "-o", str(rows_csv)), check=True, env=env)
    subprocess.run(oppgave("export", str(workspace), "-o", str(workbook)), check=True, env=env)
    with rows_csv.open(encoding="utf-8-sig") as handle:
        rows = sum(1 for _ in handle) - 1
    print(machine())
    # Like for like for the report: the rows of the report's own tables (every department of the
    # first municipality), which LibreOffice prints to PDF.
    report_rows = work / "rapport-tabeller.csv"
    if only is None or "report" in only:
        subprocess.run(
            [PYTHON, "-c", REPORT_ROWS, str(workspace), str(work / "opptak.pdf"), str(report_rows)],
            check=True,
            env=env,
        )
    print(f"{workspace.name}: {rows} tasks; {args.runs} runs each, alternating with the baseline")
    print("figures: min/median/max; ratio = oppgave CPU ÷ baseline CPU, pair by pair")
    has_lo = soffice() is not None
    if not has_lo:
        print("LibreOffice is not installed: its baselines are left out")
    lo_out = work / "lo"
    lo_out.mkdir()

    def lo(label: str, source: Path, kind: str) -> list[Side]:
        return [Side(label, lo_convert(source, kind, lo_out, profile))] if has_lo else []

    floor = Side(
        "openpyxl write-only, task rows",
        [PYTHON, "-c", OPENPYXL_FLOOR, str(rows_csv), str(work / "floor.xlsx")],
    )
    out_xlsx = work / "ut.xlsx"
    out_pdf = work / "kommune.pdf"
    imported = work / "importert.oppgave"
    operations = [
        Operation(
            "start",
            Side("oppgave: window + file + table", [PYTHON, "-c", APP_START, str(workspace)]),
            [Side("bare QMainWindow + QTableView", [PYTHON, "-c", BARE_WINDOW, str(rows)])],
            target=2.0,
        ),
        Operation(
            "editable",
            Side("oppgave: start → editable table", [PYTHON, "-c", APP_EDITABLE, str(workspace)]),
            [Side("bare QMainWindow + QTableView", [PYTHON, "-c", BARE_WINDOW, str(rows)])],
            target=2.0,
        ),
        Operation(
            "parser",
            Side("oppgave: the whole parser", [PYTHON, "-c", PARSER, "all"]),
            [Side("parser without subcommands", [PYTHON, "-c", PARSER, "bare"])],
            target=2.0,
        ),
        Operation(
            "analyse",
            Side("oppgave analyse --json", oppgave("analyse", str(workspace), "--json")),
            lo("LibreOffice open+recalc+csv", workbook, "csv"),
            target=1.2,
        ),
        Operation(
            "export",
            Side(
                "oppgave export -o x.xlsx", oppgave("export", str(workspace), "-o", str(out_xlsx))
            ),
            [
                *lo("LibreOffice xlsx → xlsx, all sheets", workbook, "xlsx"),
                *lo("LibreOffice csv → xlsx, task rows", rows_csv, "xlsx"),
                floor,
            ],
            target=1.2,
            before=lambda: out_xlsx.unlink(missing_ok=True),
        ),
        Operation(
            "report",
            Side(
                "oppgave report (first municipality)",
                oppgave(
                    "report", str(workspace), "-o", str(out_pdf), "--quiet", "--municipality", "1"
                ),
            ),
            lo("LibreOffice: the report's table rows → pdf", report_rows, "pdf"),
            target=2.0,
            before=lambda: out_pdf.unlink(missing_ok=True),
        ),
        Operation(
            "import",
            Side("oppgave import (the export)", oppgave("import", str(workbook), str(imported))),
            lo("LibreOffice reading the sheet", workbook, "csv"),
            target=2.0,
            before=lambda: imported.unlink(missing_ok=True),
        ),
    ]
    for operation in operations:
        if only is None or operation.name in only:
            try:
                measure(operation, args.runs, env)
            except RuntimeError as error:  # one failing operation must not hide the others
                print(f"\n{operation.name}\n  FAILED: {error}")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
