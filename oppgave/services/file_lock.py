"""A lock file that tells others a workspace is open: who, on which machine, since when.

A workspace often lives on a network drive or is mailed around; two people editing the same file
at once would overwrite each other's work silently. While the app has a file open it keeps a small
JSON file next to it (``.~lock.avdeling.oppgave#``, hidden on Linux and macOS like LibreOffice's),
and removes it on close, so a closed workspace is still exactly one file.

A lock left behind by a crash is recognised as *stale* and taken over without asking: on the same
machine when its process no longer runs; on another machine when it has not been refreshed for
:data:`STALE_AFTER_HOURS` (the app refreshes it every few minutes while open).
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from oppgave import __version__
from oppgave.db.workspace import current_user_and_host
from oppgave.errors import OppgaveError
from oppgave.i18n import translate

STALE_AFTER_HOURS = 12.0
#: How often an open session refreshes its lock (the UI runs a timer).
REFRESH_MINUTES = 5


def _tr(text: str) -> str:
    return translate("FileLock", text)


@dataclass(frozen=True, slots=True)
class LockInfo:
    """What a lock file says: who holds the workspace, where, and since when (UTC, ISO)."""

    user: str
    host: str
    pid: int
    started: str
    updated: str
    version: str = ""

    def started_local(self) -> str:
        """The start time in local time as ``dd.mm.yyyy HH:MM`` for messages."""
        try:
            moment = datetime.fromisoformat(self.started).astimezone()
        except ValueError:
            return self.started
        return moment.strftime("%d.%m.%Y %H:%M")


class WorkspaceLockedError(OppgaveError):
    """The workspace is open in another live session; ``info`` says whose."""

    def __init__(self, path: Path, info: LockInfo) -> None:
        super().__init__(
            _tr(
                "{name} er allerede åpen hos {user} på maskinen {host} (siden {time}). "
                "Endringer dere gjør samtidig kan overskrive hverandre."
            ).format(name=path.name, user=info.user, host=info.host, time=info.started_local())
        )
        self.path = path
        self.info = info


def lock_path(path: Path | str) -> Path:
    """Where the lock of ``path`` lives: ``.~lock.<name>#`` in the same folder."""
    path = Path(path)
    return path.with_name(f".~lock.{path.name}#")


def _now() -> datetime:
    return datetime.now(UTC)


def read_lock(path: Path | str) -> LockInfo | None:
    """The lock of a workspace, or ``None`` when there is none (or it is unreadable junk)."""
    try:
        raw = json.loads(lock_path(path).read_text(encoding="utf-8"))
        return LockInfo(
            user=str(raw["user"]),
            host=str(raw["host"]),
            pid=int(raw["pid"]),
            started=str(raw["started"]),
            updated=str(raw.get("updated", raw["started"])),
            version=str(raw.get("version", "")),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None


def pid_alive(pid: int) -> bool:
    """Whether a process with ``pid`` runs on this machine."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        try:
            code = ctypes.c_ulong()
            kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
            return code.value == 259  # STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it exists, it is just someone else's
    except OSError:
        return False
    return True


def is_stale(
    info: LockInfo,
    *,
    host: str | None = None,
    now: datetime | None = None,
    stale_after_hours: float = STALE_AFTER_HOURS,
) -> bool:
    """A lock from a crashed session: on this host its process is gone; elsewhere it has not
    been refreshed for ``stale_after_hours`` (we cannot see another machine's processes)."""
    this_host = host if host is not None else current_user_and_host()[1]
    if info.host.casefold() == this_host.casefold():
        return not pid_alive(info.pid)
    try:
        updated = datetime.fromisoformat(info.updated)
    except ValueError:
        return True
    if updated.tzinfo is None:
        updated = updated.replace(tzinfo=UTC)
    return (now or _now()) - updated > timedelta(hours=stale_after_hours)


def is_own(info: LockInfo) -> bool:
    """Whether this very process holds the lock."""
    return info.pid == os.getpid() and info.host == current_user_and_host()[1]


def holder(path: Path | str) -> LockInfo | None:
    """Who else has the workspace open right now: ``None`` when nobody (or only a stale lock,
    or this process)."""
    info = read_lock(path)
    if info is None or is_own(info) or is_stale(info):
        return None
    return info


class FileLock:
    """The lock this session holds on an open workspace; :meth:`release` when closing."""

    def __init__(self, path: Path) -> None:
        self.workspace_path = Path(path)
        self.path = lock_path(path)
        self.info: LockInfo | None = None

    @classmethod
    def acquire(cls, path: Path | str, *, force: bool = False) -> FileLock:
        """Take the lock of ``path``.

        Raises :class:`WorkspaceLockedError` when another live session holds it, unless
        ``force`` (the user chose to open anyway). A stale lock is replaced silently. A folder
        where no lock can be written (read-only share) gives a lock that holds nothing rather
        than blocking the user: the workspace file itself will say whether it can be written.
        """
        lock = cls(Path(path))
        current = read_lock(path)
        if current is not None and not force and not is_own(current) and not is_stale(current):
            raise WorkspaceLockedError(Path(path), current)
        lock._write()
        return lock

    def _write(self) -> None:
        user, host = current_user_and_host()
        now = _now().isoformat(timespec="seconds")
        started = self.info.started if self.info is not None else now
        info = LockInfo(user, host, os.getpid(), started, now, __version__)
        tmp = self.path.with_name(self.path.name + ".tmp")
        try:
            tmp.write_text(json.dumps(asdict(info), ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, self.path)
            _hide_on_windows(self.path)
        except OSError:
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)
            self.info = None
            return
        self.info = info

    @property
    def held(self) -> bool:
        return self.info is not None

    def refresh(self) -> None:
        """Renew the time stamp so that other machines do not take the lock for stale; takes
        the lock back if someone removed it."""
        if self.info is None:
            return
        current = read_lock(self.workspace_path)
        if current is not None and not is_own(current) and not is_stale(current):
            return  # someone forced their way in: leave their lock alone
        self._write()

    def release(self) -> None:
        """Remove the lock file if it is still ours."""
        if self.info is None:
            return
        current = read_lock(self.workspace_path)
        if current is None or is_own(current):
            with contextlib.suppress(OSError):
                self.path.unlink()
        self.info = None


def _hide_on_windows(path: Path) -> None:
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        ctypes.windll.kernel32.SetFileAttributesW(str(path), 0x02)  # type: ignore[attr-defined]
