"""Rolling backup of a large workspace: how long one backup takes (it runs off the UI thread
anyway) and what the UI thread pays per commit to decide whether one is due.

Run: ``oppgave demo /tmp/big.oppgave --scale 10000`` once, then
``python benchmarks/bench_backup.py /tmp/big.oppgave [--runs 7]``. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("path", type=Path)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    os.environ["OPPGAVE_DATA_DIR"] = tempfile.mkdtemp(prefix="bench-backup-")
    from oppgave.services import backups, workspaces

    with workspaces.open_workspace(args.path) as workspace:
        identity = backups.FileIdentity.of(workspace)
    policy = backups.BackupPolicy(keep=10)
    times = []
    for n in range(args.runs):
        started = time.perf_counter()
        backups.make_backup(identity, policy, datetime.now() + timedelta(hours=n))
        times.append(time.perf_counter() - started)
    started = time.perf_counter()
    backups.is_due(identity, policy)
    due = time.perf_counter() - started
    print(
        f"{args.path.name}: {args.path.stat().st_size / 1e6:.1f} MB; one backup: median "
        f"{statistics.median(times) * 1000:.0f} ms (min {min(times) * 1000:.0f}, max "
        f"{max(times) * 1000:.0f}, {args.runs} runs, {policy.keep} kept); "
        f"is_due (listing the backups): {due * 1000:.1f} ms"
    )


if __name__ == "__main__":
    main()
