"""Writes that are interrupted: SIGTERM unwinds and removes the temporary file; what a SIGKILL
leaves (a temporary file, a scratch folder of a review import) is swept by the next run
(issue 14, "Killed exports leave hidden .tmp files; killed review imports leave folders")."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from oppgave import output_files
from oppgave.cli.main import main

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def _wait_for_temporary(folder: Path, process: subprocess.Popen[str]) -> Path:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        found = [p for p in folder.iterdir() if output_files.TEMP_MARK in p.name]
        if found:
            return found[0]
        assert process.poll() is None, "the command ended before it wrote anything"
        time.sleep(0.05)
    raise AssertionError("no temporary file appeared")


@pytest.mark.parametrize(("sig", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_terminated_demo_leaves_nothing(tmp_path: Path, sig: int, code: int) -> None:
    target = tmp_path / "stor.oppgave"
    process = subprocess.Popen(
        [sys.executable, "-m", "oppgave", "demo", str(target), "--scale", "60000"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    _wait_for_temporary(tmp_path, process)
    time.sleep(0.5)
    process.send_signal(sig)
    _out, err = process.communicate(timeout=120)
    assert process.returncode == code, err
    assert "Avbrutt" in err and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == [], "no target, no temporary file"


def test_a_killed_write_is_swept_by_the_next(tmp_path: Path) -> None:
    target = tmp_path / "stor.oppgave"
    process = subprocess.Popen(
        [sys.executable, "-m", "oppgave", "demo", str(target), "--scale", "60000"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    left = _wait_for_temporary(tmp_path, process)
    process.kill()
    process.communicate(timeout=60)
    assert left.exists(), "SIGKILL cannot clean up"
    assert str(process.pid) in left.name, "the name says whose it was"
    hour_ago = time.time() - output_files.STALE_AFTER_SECONDS - 60
    for path in tmp_path.iterdir():
        os.utime(path, (hour_ago, hour_ago))
    assert main(["new", str(tmp_path / "neste.oppgave")]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["neste.oppgave"]


def test_a_stale_review_scratch_folder_is_swept(tmp_path: Path) -> None:
    workspace = tmp_path / "W.oppgave"
    copy = tmp_path / "kopi.oppgave"
    assert main(["demo", str(workspace)]) == 0
    assert main(["review", "export", str(workspace), "--department", "1", "-o", str(copy)]) == 0
    dead_pid = 2**22 + 4242
    stale = Path(tempfile.gettempdir()) / f"{output_files.SCRATCH_PREFIX}{dead_pid}-review-x1"
    fresh = Path(tempfile.gettempdir()) / f"{output_files.SCRATCH_PREFIX}{dead_pid}-review-x2"
    try:
        for folder in (stale, fresh):
            folder.mkdir()
            (folder / "retur.oppgave").write_bytes(b"\0" * 100_000)
        hour_ago = time.time() - output_files.STALE_AFTER_SECONDS - 60
        os.utime(stale, (hour_ago, hour_ago))
        mine = f"{output_files.SCRATCH_PREFIX}{os.getpid()}-*"
        before = set(Path(tempfile.gettempdir()).glob(mine))
        assert main(["review", "import", str(copy), str(workspace), "--check"]) == 0
        assert not stale.exists(), "a killed import's folder is swept"
        assert fresh.exists(), "a recent folder may belong to a running import"
        after = set(Path(tempfile.gettempdir()).glob(mine))
        assert after == before, "this run's own scratch folders are gone"
    finally:
        for folder in (stale, fresh):
            if folder.exists():
                for child in folder.iterdir():
                    child.unlink()
                folder.rmdir()
