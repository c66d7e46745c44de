"""Start-up time to a shown main window, for the pip-installed app and the PyInstaller bundle.

Each run starts a fresh process with ``--self-test`` offscreen and stops the clock when the
self-test reports the main window shown (``✓ hovedvindu``): interpreter start, imports, Qt
start-up and the first paint, as a user waits for it. The process is then stopped, so the rest
of the self-test does not cost time. Prints the first run (the closest to a cold start without
dropping the OS file cache, which would disturb other work on the machine) and the median.

Usage: python benchmarks/bench_startup.py [--runs N] [--bundle dist/oppgave/oppgave]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

MARKER = "hovedvindu"


def time_to_window(command: list[str]) -> float:
    """Seconds from process start to the self-test's window line (raises if it never comes)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONUNBUFFERED": "1"}
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    )
    try:
        assert process.stdout is not None
        for line in process.stdout:
            if MARKER in line:
                if not line.startswith("✓"):
                    raise RuntimeError(f"the window check failed: {line.strip()}")
                return time.perf_counter() - started
        raise RuntimeError(f"{command[0]} ended without showing the window")
    finally:
        process.kill()
        process.wait()


def measure(name: str, command: list[str], runs: int) -> None:
    times = [time_to_window(command) for _ in range(runs)]
    print(
        f"{name:<14} first {times[0]:.2f} s   median {statistics.median(times):.2f} s   "
        f"min {min(times):.2f} s   ({runs} runs)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--bundle", type=Path, default=Path("dist/oppgave/oppgave"))
    args = parser.parse_args()
    measure("pip-installert", [sys.executable, "-m", "oppgave", "--self-test"], args.runs)
    if args.bundle.exists():
        measure("bundle", [str(args.bundle), "--self-test"], args.runs)
    else:
        print(f"bundle: {args.bundle} finnes ikke (bygg med installer/build.sh)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
