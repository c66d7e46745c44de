"""The lock file: who has a workspace open, stale locks from crashed sessions, taking over."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from oppgave.db.workspace import current_user_and_host
from oppgave.services import file_lock
from oppgave.services.file_lock import FileLock, LockInfo, WorkspaceLockedError


@pytest.fixture
def target(tmp_path: Path) -> Path:
    path = tmp_path / "avdeling.oppgave"
    path.write_bytes(b"")
    return path


@pytest.fixture
def live_pid() -> Iterator[int]:
    """The pid of another process that runs for the duration of the test."""
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    yield process.pid
    process.kill()
    process.wait()


def _write_lock(path: Path, **fields: object) -> None:
    now = datetime.now(UTC).isoformat(timespec="seconds")
    info = {"user": "kari", "host": "pc-42", "pid": 1, "started": now, "updated": now} | fields
    file_lock.lock_path(path).write_text(json.dumps(info), encoding="utf-8")


def test_acquire_writes_user_host_pid_and_release_removes(target: Path) -> None:
    lock = FileLock.acquire(target)
    info = file_lock.read_lock(target)
    assert info is not None
    user, host = current_user_and_host()
    assert (info.user, info.host, info.pid) == (user, host, os.getpid())
    assert file_lock.lock_path(target).name == ".~lock.avdeling.oppgave#"
    assert file_lock.holder(target) is None  # our own lock is no obstacle
    lock.release()
    assert not file_lock.lock_path(target).exists()


def test_live_lock_on_this_host_refuses_with_who_and_where(target: Path, live_pid: int) -> None:
    _, host = current_user_and_host()
    _write_lock(target, user="kari", host=host, pid=live_pid)
    with pytest.raises(WorkspaceLockedError) as caught:
        FileLock.acquire(target)
    assert "kari" in caught.value.message and host in caught.value.message
    assert caught.value.info.pid == live_pid
    assert file_lock.holder(target) is not None


def test_force_takes_over_and_release_leaves_foreign_lock(target: Path, live_pid: int) -> None:
    _, host = current_user_and_host()
    _write_lock(target, host=host, pid=live_pid)
    lock = FileLock.acquire(target, force=True)
    assert file_lock.read_lock(target).pid == os.getpid()  # type: ignore[union-attr]
    _write_lock(target, host=host, pid=live_pid)  # the other session writes again
    lock.release()
    assert file_lock.read_lock(target).pid == live_pid  # type: ignore[union-attr]


def test_dead_process_on_this_host_is_stale(target: Path) -> None:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    _, host = current_user_and_host()
    _write_lock(target, host=host, pid=process.pid)
    assert file_lock.holder(target) is None
    FileLock.acquire(target).release()


def test_other_host_is_stale_only_when_old() -> None:
    now = datetime(2026, 1, 10, 12, tzinfo=UTC)
    fresh = LockInfo("kari", "pc-42", 1, "x", (now - timedelta(hours=1)).isoformat())
    old = LockInfo("kari", "pc-42", 1, "x", (now - timedelta(hours=13)).isoformat())
    assert not file_lock.is_stale(fresh, host="my-pc", now=now)
    assert file_lock.is_stale(old, host="my-pc", now=now)
    assert file_lock.is_stale(old, host="my-pc", now=now, stale_after_hours=12)
    assert not file_lock.is_stale(old, host="my-pc", now=now, stale_after_hours=24)


def test_fresh_lock_from_other_host_refuses(target: Path) -> None:
    _write_lock(target, host="another-machine-xyz")
    with pytest.raises(WorkspaceLockedError, match="another-machine-xyz"):
        FileLock.acquire(target)


def test_junk_lock_is_ignored(target: Path) -> None:
    file_lock.lock_path(target).write_text("not json", encoding="utf-8")
    assert file_lock.read_lock(target) is None
    FileLock.acquire(target).release()


def test_refresh_updates_time(target: Path) -> None:
    lock = FileLock.acquire(target)
    _write_lock(
        target,
        user="me",
        host=current_user_and_host()[1],
        pid=os.getpid(),
        updated="2000-01-01T00:00:00+00:00",
    )
    lock.refresh()
    info = file_lock.read_lock(target)
    assert info is not None and info.updated > "2000-01-02"
    lock.release()
