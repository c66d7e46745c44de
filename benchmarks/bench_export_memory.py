"""Peak memory of ``oppgave export -o x.xlsx`` at two sizes: constant memory (issue 18 item 3).

The export streams the workspace a few departments at a time, so its peak resident memory
should hardly grow with the tasks (target: 50 000 tasks within ≈1.2× the peak of 10 000).
Each export runs as a fresh process; the figures are the child's maximum resident set and CPU
seconds (user + system) from ``os.wait4``. Prints figures; asserts nothing.

Usage: python benchmarks/bench_export_memory.py [--scales 10000,50000] [--workspace A B …]
(``--workspace``: existing workspaces instead of making ``oppgave demo --scale N`` ones).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path


def _run(arguments: list[str]) -> tuple[float, float]:
    """Peak resident memory (MiB) and CPU seconds of one child process."""
    process = subprocess.Popen(arguments, stdout=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"failed ({process.returncode}): {' '.join(arguments)}")
    return usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scales", default="10000,50000")
    parser.add_argument("--workspace", nargs="*", type=Path)
    args = parser.parse_args()
    oppgave = [sys.executable, "-m", "oppgave"]
    with tempfile.TemporaryDirectory() as directory:
        folder = Path(directory)
        workspaces = list(args.workspace or [])
        if not workspaces:
            for scale in (int(s) for s in args.scales.split(",")):
                path = folder / f"stor{scale}.oppgave"
                subprocess.run(
                    [*oppgave, "demo", "--scale", str(scale), str(path)],
                    check=True,
                    stdout=subprocess.DEVNULL,
                )
                workspaces.append(path)
        peaks = []
        for path in workspaces:
            target = folder / f"{path.stem}.xlsx"
            peak, cpu = _run([*oppgave, "export", str(path), "-o", str(target), "--force"])
            peaks.append(peak)
            size = target.stat().st_size / 2**20
            print(f"{path.name}: peak {peak:.0f} MiB, {cpu:.1f} s CPU, workbook {size:.1f} MiB")
        if len(peaks) > 1:
            print(f"peak of the last ÷ peak of the first: {peaks[-1] / peaks[0]:.2f}")


if __name__ == "__main__":
    main()
