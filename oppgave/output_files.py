"""Files the app writes for the user: where they may go, and how they get there whole.

Every command and dialog that writes a file (report, export, import template, review copy and
form, the import's validation report, a new or demo workspace, «Lagre som») goes through here,
because a wrong output path once turned a department's only workspace into a PDF:

* :func:`check_output_path` refuses to write onto a workspace (any SQLite file, recognised by its
  content, whatever its name), onto the command's own input (compared as files, so a symlink or
  a hard link is caught too), onto a folder or a device, into a missing folder, or under a name
  no file system accepts; another existing file is replaced only when the user said so
  (``--force`` on the command line, the file dialog's question in the app);
* :func:`atomic_output` writes to a temporary file in the target's folder and renames it into
  place (``os.replace``) only when the whole file is written and synced, so a full disk, an error
  or Ctrl+C never leaves half a file under the user's name. The temporary file is removed on
  any error, on ``KeyboardInterrupt`` and (through the CLI's signal handler) on ``SIGTERM``; one
  left by a killed process carries its pid in a recognisable name (``.NAME.oppgave-tmp-PID-…``)
  and is swept by the next write into that folder once it is an hour old and the process gone.
* Files get the mode a normal new file gets under the user's umask, not ``mkstemp``'s 0600:
  colleagues on a shared drive must be able to read a report.

This module sits beside :mod:`oppgave.errors` (standard library only) so that every layer that
writes, the database layer included, can use it.
"""

from __future__ import annotations

import contextlib
import errno
import gc
import os
import re
import secrets
import shutil
import stat
import sys
import tempfile
import time
import traceback
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from oppgave.errors import OppgaveError, OutputFileError
from oppgave.i18n import translate

#: Longest file name (one path component) most file systems accept, in bytes.
NAME_MAX = 255
#: SQLite writes ``NAME-journal`` next to a workspace, so a workspace's own name must leave room.
WORKSPACE_NAME_MAX = NAME_MAX - len("-journal")
#: Longest whole path we accept (Linux's PATH_MAX).
PATH_MAX = 4096
#: Marks the app's temporary files: ``.NAME.oppgave-tmp-PID-RANDOM``.
TEMP_MARK = ".oppgave-tmp-"
#: Longest temporary name: room for SQLite's ``-journal`` beside a temporary workspace.
TEMP_NAME_MAX = 200
#: A temporary file (or scratch folder) this old whose process is gone was left by a crash.
STALE_AFTER_SECONDS = 3600
#: Prefix of the app's scratch folders in the system's temporary folder.
SCRATCH_PREFIX = "oppgave-scratch-"

SQLITE_MAGIC = b"SQLite format 3\x00"
_SIDECARS = ("-journal", "-wal", "-shm")
_TEMP_PATTERN = re.compile(re.escape(TEMP_MARK) + r"(\d+)-[0-9a-f]+$")
_SCRATCH_PATTERN = re.compile(re.escape(SCRATCH_PREFIX) + r"(\d+)-")


def _tr(text: str) -> str:
    return translate("OutputFiles", text)


# --- names ------------------------------------------------------------------------------------


def _fs_bytes(text: str) -> int:
    return len(os.fsencode(text))


def name_problem(path: Path | str, *, limit: int = NAME_MAX) -> str | None:
    """Why no file can have this path (a NUL character, a name or path too long), or None."""
    text = str(path)
    if "\x00" in text:
        return _tr("Filnavnet inneholder et ugyldig tegn (NUL).")
    if _fs_bytes(text) > PATH_MAX:
        return _tr("Stien er for lang ({n} byte; høyst {limit}).").format(
            n=_fs_bytes(text), limit=PATH_MAX
        )
    parts = Path(text).parts
    for index, part in enumerate(parts):
        size = _fs_bytes(part)
        last = index == len(parts) - 1
        if size > (limit if last else NAME_MAX):
            if last and size <= NAME_MAX:
                return _tr(
                    "Navnet er for langt for en arbeidsfil ({n} byte; høyst {limit}, fordi "
                    "databasen trenger plass til en journalfil med lengre navn ved siden av). "
                    "Gi filen et kortere navn."
                ).format(n=size, limit=limit)
            return _tr("Navnet «{part}…» er for langt ({n} byte; høyst {limit}).").format(
                part=part[:40], n=size, limit=NAME_MAX
            )
    return None


def _shown(path: Path | str) -> str:
    """A path as it may appear in a message: a NUL made visible, an endless name shortened."""
    text = str(path).replace("\x00", "␀")
    return text if len(text) <= 160 else text[:80] + "…" + text[-60:]


def check_name(path: Path | str, *, workspace: bool = False) -> None:
    """Raise :class:`OutputFileError` when ``path`` cannot name a file (see :func:`name_problem`);
    ``workspace`` keeps room for SQLite's journal beside it."""
    problem = name_problem(path, limit=WORKSPACE_NAME_MAX if workspace else NAME_MAX)
    if problem is not None:
        raise OutputFileError(
            _tr("Kan ikke bruke {path}: {problem}").format(path=_shown(path), problem=problem),
            _shown(path),
        )


# --- what is there already --------------------------------------------------------------------


def is_database(path: Path) -> bool:
    """Whether ``path`` is an SQLite database (a workspace, a review copy, a backup, or another
    program's database): told by its first bytes, never by its name."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except FileNotFoundError:
        return False


def _same_file(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        pass
    try:
        return a.resolve() == b.resolve()
    except (OSError, RuntimeError):
        return False


def _database_beside(path: Path) -> bool:
    """Whether ``path`` is the journal of a workspace (``W.oppgave-journal``): replacing a live
    journal would corrupt the workspace, deleting a hot one would lose its last change."""
    for suffix in _SIDECARS:
        if path.name.endswith(suffix):
            base = path.with_name(path.name[: -len(suffix)])
            with contextlib.suppress(OSError):
                if is_database(base):
                    return True
    return False


def check_output_path(
    path: Path | str,
    *,
    inputs: Iterable[Path | str | None] = (),
    force: bool = False,
    workspace: bool = False,
) -> Path:
    """Refuse an output path that would destroy data or cannot work; return it as a ``Path``.

    Refused, with a message for the user (:class:`OutputFileError`): a name no file system
    accepts; a missing folder; a folder or a device; one of ``inputs`` (the command's own
    workspace or sheet); any existing SQLite database (a workspace is never overwritten, not
    even with ``force``); a workspace's journal; and any other existing file unless ``force``.
    ``workspace`` says the output is itself a workspace (its name must leave room for the
    journal).
    """
    path = Path(path)
    check_name(path, workspace=workspace)
    shown = _shown(path)
    try:
        for source in inputs:
            if source is not None and _same_file(path, Path(source)):
                raise OutputFileError(
                    _tr(
                        "{path} er filen som leses; resultatet kan ikke skrives over den. "
                        "Velg et annet navn."
                    ).format(path=shown),
                    shown,
                )
        folder = path.absolute().parent
        if not folder.is_dir():
            raise OutputFileError(
                _tr("Mappen {folder} finnes ikke.").format(folder=_shown(folder)), shown
            )
        if path.is_symlink() or path.exists():
            _check_existing(path, shown, force)
    except OSError as error:
        raise OutputFileError(
            _tr("Kan ikke skrive {path}: {reason}").format(path=shown, reason=_reason(error)),
            shown,
        ) from None
    return path


def _check_existing(path: Path, shown: str, force: bool) -> None:
    if path.is_dir():
        raise OutputFileError(_tr("{path} er en mappe, ikke en fil.").format(path=shown), shown)
    if path.exists() and not stat.S_ISREG(path.stat().st_mode):
        raise OutputFileError(
            _tr("{path} er ikke en vanlig fil og blir ikke overskrevet.").format(path=shown), shown
        )
    try:
        database = is_database(path)
    except PermissionError:
        raise OutputFileError(
            _tr("{path} finnes og kan ikke leses, så den blir ikke overskrevet.").format(
                path=shown
            ),
            shown,
        ) from None
    if database:
        raise OutputFileError(
            _tr(
                "{path} finnes allerede og er en arbeidsfil (eller en annen database); den "
                "blir aldri overskrevet. Velg et annet navn, eller flytt eller slett filen selv "
                "først."
            ).format(path=shown),
            shown,
        )
    if _database_beside(path):
        raise OutputFileError(
            _tr("{path} hører til en arbeidsfil og blir ikke overskrevet.").format(path=shown),
            shown,
        )
    if not force:
        raise OutputFileError(
            _tr("{path} finnes allerede; bruk --force for å overskrive.").format(path=shown),
            shown,
        )


def describe_os_error(error: OSError) -> str:
    """The reason of an ``OSError`` in words for the user (a full disk, a name too long, …)."""
    return _reason(error)


def _reason(error: OSError) -> str:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return _tr("disken er full")
    if error.errno == errno.ENAMETOOLONG:
        return _tr("navnet er for langt")
    if error.errno in (errno.EACCES, errno.EPERM):
        return _tr("ingen tilgang (filen kan være åpen i et annet program)")
    if error.errno == errno.EROFS:
        return _tr("disken er skrivebeskyttet")
    if error.errno == errno.EFBIG:
        return _tr("filen ble for stor")
    return error.strerror or str(error)


# --- writing ----------------------------------------------------------------------------------


def temporary_name(target: Path) -> str:
    """``.NAME.oppgave-tmp-PID-RANDOM``: hidden, recognisable, short enough for a journal."""
    tail = f"{TEMP_MARK}{os.getpid()}-{secrets.token_hex(4)}"
    room = TEMP_NAME_MAX - 1 - _fs_bytes(tail)
    stem = target.name
    while _fs_bytes(stem) > room:
        stem = stem[: max(0, len(stem) - max(1, (_fs_bytes(stem) - room) // 4))]
    return f".{stem}{tail}"


def _default_mode() -> int:
    """``0o666`` under the process's umask: the mode ``open()`` gives a new file."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return 0o666 & ~int(line.split()[1], 8)
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def _remove(path: Path) -> None:
    for each in (path, *(Path(f"{path}{suffix}") for suffix in _SIDECARS)):
        with contextlib.suppress(OSError):
            each.unlink()


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def _stale(path: Path, pid: int, now: float) -> bool:
    try:
        age = now - path.lstat().st_mtime
    except OSError:
        return False
    return age > STALE_AFTER_SECONDS and pid != os.getpid() and not _pid_alive(pid)


def sweep_stale_temporaries(folder: Path) -> list[Path]:
    """Remove the app's temporary files in ``folder`` that a killed process left: older than
    :data:`STALE_AFTER_SECONDS` and from a pid no longer running. Returns what was removed."""
    removed: list[Path] = []
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        name = entry.name
        base = name
        for suffix in _SIDECARS:
            if base.endswith(suffix):
                base = base[: -len(suffix)]
        match = _TEMP_PATTERN.search(base)
        if not name.startswith(".") or match is None:
            continue
        path = Path(entry.path)
        if _stale(path, int(match.group(1)), now):
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


@contextmanager
def atomic_output(
    path: Path | str,
    *,
    inputs: Iterable[Path | str | None] = (),
    force: bool = True,
    workspace: bool = False,
    replace_database: bool = False,
) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; when the block ends without error, the file
    written there is synced and renamed to ``path`` in one step.

    The checks of :func:`check_output_path` run first (``force`` defaults to true here: the
    caller asked the user before; a workspace and the ``inputs`` are refused regardless). The
    temporary file exists, empty, when the block starts; a writer that needs to create it
    itself (SQLite's ``VACUUM INTO``) may delete it first. On any error, ``KeyboardInterrupt``
    or ``SystemExit`` the temporary file (and any journal beside it) is removed and ``path`` is
    untouched; an ``OSError`` becomes an :class:`OutputFileError` naming ``path``.

    ``replace_database`` is for the one caller that must replace a workspace: restoring a
    backup over it, after keeping a copy of the file it replaces.
    """
    if replace_database:
        target = Path(path)
        check_name(target, workspace=workspace)
    else:
        target = check_output_path(path, inputs=inputs, force=force, workspace=workspace)
    folder = target.absolute().parent
    sweep_stale_temporaries(folder)
    temporary = folder / temporary_name(target)
    shown = _shown(target)
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as error:
        raise OutputFileError(
            _tr("Kan ikke skrive i mappen {folder}: {reason}").format(
                folder=_shown(folder), reason=_reason(error)
            ),
            shown,
        ) from None
    os.close(descriptor)
    try:
        yield temporary
        _finish(temporary, target, replace_database)
    except OSError as error:
        _remove(temporary)
        _finalise_quietly(error)
        raise OutputFileError(
            _tr("Kan ikke skrive {path}: {reason}. Ingenting er lagret under det navnet.").format(
                path=shown, reason=_reason(error)
            ),
            shown,
            reason=_reason(error),
        ) from None
    except OppgaveError as error:
        _remove(temporary)
        # A writer's message may name the temporary file; the user knows only the target.
        error.message = error.message.replace(str(temporary), shown).replace(
            temporary.name, target.name
        )
        error.args = (error.message,)
        raise
    except BaseException:
        _remove(temporary)
        raise


def _finalise_quietly(error: BaseException) -> None:
    """Finalise now what a failed writer left over its closed file (openpyxl leaves generators
    that, collected at exit, write to the closed file and print a traceback at the user). The
    writer's frames, kept alive by ``error``'s traceback, are cleared first."""
    traceback.clear_frames(error.__traceback__)
    error.__traceback__ = None
    hook = sys.unraisablehook
    sys.unraisablehook = lambda _unraisable: None
    try:
        gc.collect()
    finally:
        sys.unraisablehook = hook


def _finish(temporary: Path, target: Path, replace_database: bool) -> None:
    os.chmod(temporary, _default_mode())
    descriptor = os.open(temporary, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
    # The target may have become a workspace while this file was written: look again.
    if not replace_database and target.exists() and is_database(target):
        raise OutputFileError(
            _tr(
                "{path} er blitt en arbeidsfil mens filen ble skrevet; den blir ikke overskrevet."
            ).format(path=_shown(target)),
            _shown(target),
        )
    os.replace(temporary, target)


# --- scratch folders --------------------------------------------------------------------------


def sweep_stale_scratch_folders(root: Path | None = None) -> list[Path]:
    """Remove scratch folders (``oppgave-scratch-PID-…``) a killed process left in ``root``
    (default: the system's temporary folder)."""
    root = Path(root or tempfile.gettempdir())
    removed: list[Path] = []
    now = time.time()
    try:
        entries = list(os.scandir(root))
    except OSError:
        return removed
    for entry in entries:
        match = _SCRATCH_PATTERN.match(entry.name)
        if match is None or not entry.is_dir(follow_symlinks=False):
            continue
        path = Path(entry.path)
        if _stale(path, int(match.group(1)), now):
            shutil.rmtree(path, ignore_errors=True)
            if not path.exists():
                removed.append(path)
    return removed


@contextmanager
def scratch_folder(purpose: str = "") -> Iterator[Path]:
    """A private temporary folder, removed when the block ends (on errors and interrupts too);
    its name carries the pid so a folder left by a killed process is swept at the next start."""
    sweep_stale_scratch_folders()
    prefix = f"{SCRATCH_PREFIX}{os.getpid()}-{purpose + '-' if purpose else ''}"
    with tempfile.TemporaryDirectory(prefix=prefix, ignore_cleanup_errors=True) as folder:
        yield Path(folder)
