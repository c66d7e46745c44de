"""Time and peak memory of importing the worst hostile sheets (issue 14).

Run: ``python benchmarks/bench_hostile.py [--shared-mb 900]``. Prints, per sheet, the outcome
(refused with its message, or planned), the seconds, and the peak memory (above the start, and
in total) of a fresh interpreter that reads the file and plans the import
(``SheetImport.open`` + ``plan``, what ``oppgave import --dry-run`` does). Asserts nothing.
Before the fix the probe measured the merged-range bomb at 118 s and 5.3 GB; 200 merged ranges
and 900 MB of shared strings ran past minutes and gigabytes.

The sheets come from ``tests/hostile_files.py`` (generated, never checked in):

* the merged-range bomb: one range A1:XFD20000 over a sheet with a value in row 20,000;
* 200 such ranges;
* 900 MB of tiny shared strings packed into a few MB;
* one range A1:XFD20000 over a four-row sheet (clipped, then imported);
* 10,000 small merged ranges (the cap; imported);
* a stray value in Excel's last row, 1,048,576 (imported).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests import hostile_files as hf  # noqa: E402

MEASURE = """
import re, sys, time
from oppgave.db.workspace import Workspace
from oppgave.errors import OppgaveError
from oppgave.exchange.importing import ImportTarget, SheetImport

def rss(key):
    return int(re.search(key + r':\\s+(\\d+)', open('/proc/self/status').read()).group(1))

workspace = Workspace.open(sys.argv[2])
open('/proc/self/clear_refs', 'w').write('5')
base = rss('VmRSS')
started = time.perf_counter()
try:
    plan = SheetImport.open(workspace, sys.argv[1], ImportTarget('Buvik', 'Melhus')).plan()
    outcome = f'planned ({len(plan.rows)} rows)'
except OppgaveError as error:
    outcome = 'refused: ' + error.message
print(f'{time.perf_counter() - started:.2f}')
print((rss('VmHWM') - base) // 1024, rss('VmHWM') // 1024)
print(outcome)
"""


def measure(sheet: Path, workspace: Path) -> tuple[str, str, str, str]:
    result = subprocess.run(
        [sys.executable, "-c", MEASURE, str(sheet), str(workspace)],
        capture_output=True,
        text=True,
        timeout=900,
    )
    if result.returncode != 0:
        return "?", "?", "?", "crashed: " + result.stderr.strip()[-300:]
    seconds, memory, outcome = result.stdout.strip().split("\n", 2)
    above, total = memory.split()
    return seconds, above, total, outcome


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared-mb", type=int, default=900, help="shared strings, unpacked")
    args = parser.parse_args()
    from oppgave.services import organisation, workspaces

    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        workspace_path = folder / "arbeid.oppgave"
        with workspaces.new_workspace(workspace_path) as workspace:
            organisation.create_municipality(workspace, "Melhus")
        started = time.perf_counter()
        sheets = {
            "merged-range bomb A1:XFD20000": hf.merged_range_bomb(folder / "bombe.xlsx"),
            "200 merged ranges A1:XFD20000": hf.merged_range_bomb(
                folder / "bomber.xlsx", ranges=200
            ),
            f"{args.shared_mb} MB of shared strings": hf.shared_strings_bomb(
                folder / "tekster.xlsx", args.shared_mb
            ),
            "A1:XFD20000 over 4 rows (clipped)": hf.merged_over_small_sheet(folder / "bred.xlsx"),
            "10,000 merged ranges (the cap)": hf.many_merged_ranges(folder / "mange.xlsx", 10_000),
            "a value in row 1,048,576": hf.far_row(folder / "sist.xlsx", 1_048_576),
        }
        print(f"(made the sheets in {time.perf_counter() - started:.1f} s)")
        print(f"{'sheet':<36} {'file':>8} {'seconds':>8} {'+MB':>5} {'peak MB':>8}  outcome")
        for label, path in sheets.items():
            seconds, above, total, outcome = measure(path, workspace_path)
            size = f"{path.stat().st_size / 1024:.0f} KB"
            print(f"{label:<36} {size:>8} {seconds:>8} {above:>5} {total:>8}  {outcome[:100]}")


if __name__ == "__main__":
    main()
