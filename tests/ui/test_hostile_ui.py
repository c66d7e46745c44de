"""Hostile conditions in the window: each gives a clear Norwegian message and loses no data.

Read-only file or folder, a full disk (in the middle of an edit and of an undo), a path with
æøå and spaces, a file renamed or deleted while open (the banner's «Lagre som …» rescues the
work), a slow path (checks and backups stay off the UI thread), and a file in use by another
instance (the lock names user and machine) or locked by another program (SQLite's lock).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import subprocess
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import event
from ui_support import ScriptedDialogs, wait_loaded

from oppgave.db.workspace import Workspace
from oppgave.services import backups, file_keeper, file_lock, organisation, tasks
from oppgave.services.tasks import TaskDraft
from oppgave.ui.document.undo_commands import add_tasks_command
from oppgave.ui.files.file_safety import FileSafety
from oppgave.ui.window.main_window import MainWindow


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _names(path: Path) -> list[str]:
    with Workspace.open(path) as workspace:
        department = next(
            d for d in organisation.list_departments(workspace) if d.name == "Solsiden"
        )
        return [t.name for t in tasks.list_tasks(workspace, department.id)]


def _open(qtbot: QtBot, window: MainWindow, path: Path) -> FileSafety:
    file_safety = window.parts.file_safety
    assert window.open_path(path)
    assert window.document is not None
    solsiden = next(d for d in window.document.departments() if d.name == "Solsiden")
    window.select_department(solsiden.id)
    wait_loaded(qtbot, window.context)  # type: ignore[arg-type]
    return file_safety


def _add(window: MainWindow, *names: str) -> bool:
    context = window.context
    assert context is not None and context.department is not None
    drafts = [TaskDraft(name) for name in names]
    return context.run(add_tasks_command(context.document, context.department.id, drafts))


@contextlib.contextmanager
def _read_only(path: Path, what: str) -> Iterator[Path]:
    """``path`` (what = "file") or its folder made read-only for real: file modes as an
    ordinary user; as root (where modes do not bind) a read-only bind mount, like a share."""
    if os.geteuid() != 0:
        target = path if what == "file" else path.parent
        mode = target.stat().st_mode
        target.chmod(0o444 if what == "file" else 0o555)
        try:
            yield path
        finally:
            target.chmod(mode)
        return
    view = path.parent.parent / f"{path.parent.name}-ro"
    view.mkdir()
    try:
        mounted = subprocess.run(
            ["mount", "--bind", str(path.parent), str(view)], capture_output=True
        )
        if mounted.returncode != 0:
            pytest.skip("running as root without permission to mount a read-only view")
        try:
            subprocess.run(
                ["mount", "-o", "remount,ro,bind", str(view)], check=True, capture_output=True
            )
            yield view / path.name
        finally:
            subprocess.run(["umount", "-l", str(view)], check=False, capture_output=True)
    finally:
        with contextlib.suppress(OSError):
            view.rmdir()


# --- read-only file or folder -------------------------------------------------------------------


@pytest.mark.parametrize("what", ["file", "folder"])
def test_read_only_opens_with_banner_refuses_edits_and_saves_a_copy(
    qtbot: QtBot,
    window: MainWindow,
    small_path: Path,
    dialogs: ScriptedDialogs,
    tmp_path: Path,
    what: str,
) -> None:
    before = _digest(small_path)
    with _read_only(small_path, what) as path:
        file_safety = _open(qtbot, window, path)
        assert window.document.workspace.read_only  # type: ignore[union-attr]
        assert file_safety.banner.kind == "read_only"
        assert "skrivebeskyttet" in file_safety.banner.label.text()
        assert "Skrivebeskyttet" in window.saved_label.text()
        assert not _add(window, "Ny oppgave")
        assert "skrivebeskyttet" in dialogs.messages("error")[-1]
        assert window.document.undo_stack.count() == 0  # type: ignore[union-attr]
        copy = tmp_path / "min kopi.oppgave"
        dialogs.answer("save_file", str(copy))
        assert file_safety.save_elsewhere()
        assert window.document is not None and window.document.path == copy
        assert not window.document.workspace.read_only
        assert file_safety.banner.kind == ""
        assert _add(window, "I kopien")
        window.close_document()
    assert _digest(small_path) == before
    assert "I kopien" in _names(copy)


# --- disk full ----------------------------------------------------------------------------------


class _FullDisk(sqlite3.Connection):
    """A connection whose commit fails as SQLite does when the disk is full."""

    full = False

    def commit(self) -> None:
        if _FullDisk.full:
            raise sqlite3.OperationalError("database or disk is full")
        super().commit()


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> Iterator[type[_FullDisk]]:
    real_connect = sqlite3.connect

    def connect(*args: object, **kwargs: object) -> sqlite3.Connection:
        kwargs.setdefault("factory", _FullDisk)
        return real_connect(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(sqlite3, "connect", connect)
    _FullDisk.full = False
    yield _FullDisk
    _FullDisk.full = False


def test_disk_full_refuses_the_edit_and_keeps_data_and_undo_stack_true(
    qtbot: QtBot,
    window: MainWindow,
    small_path: Path,
    dialogs: ScriptedDialogs,
    full_disk: type[_FullDisk],
) -> None:
    window.settings.set_value("backups/enabled", "false")
    _open(qtbot, window, small_path)
    document = window.document
    assert document is not None
    assert _add(window, "Før disken ble full")
    assert document.undo_stack.count() == 1
    saved = _names(small_path)

    full_disk.full = True
    assert not _add(window, "Får ikke plass")
    assert "Disken er full" in dialogs.messages("error")[-1]
    assert document.undo_stack.count() == 1, "a refused edit never reaches the stack"
    full_disk.full = False
    assert _names(small_path) == saved

    # An undo that fails on a full disk: the file keeps the edit, and the stack drops the step
    # instead of claiming it was undone.
    full_disk.full = True
    document.undo_stack.undo()
    assert "Disken er full" in dialogs.messages("error")[-1]
    full_disk.full = False
    assert "Før disken ble full" in _names(small_path)
    assert document.undo_stack.index() == document.undo_stack.count()
    assert not document.undo_stack.canRedo()
    assert "Før disken ble full" in {
        t.name
        for t in tasks.list_tasks(
            document.workspace,
            window.context.department.id,  # type: ignore[union-attr]
        )
    }

    # Space again: editing works and the file is sound.
    assert _add(window, "Etter at det ble plass")
    assert "Etter at det ble plass" in _names(small_path)


# --- æøå and spaces -----------------------------------------------------------------------------


def test_path_with_norwegian_letters_and_spaces(
    qtbot: QtBot, window: MainWindow, small_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "Tjenester for eldre" / "Sykehjem Øvre Å"
    folder.mkdir(parents=True)
    path = folder / "Avdeling 2 – kartlegging æøå.oppgave"
    small_path.rename(path)
    file_safety = _open(qtbot, window, path)
    assert file_lock.lock_path(path).exists()
    assert _add(window, "Kveldsstell på rom 12")
    qtbot.waitUntil(lambda: not file_safety.scheduler.busy)
    identity = backups.FileIdentity.of(window.document.workspace)  # type: ignore[union-attr]
    (backup,) = backups.list_backups(identity, backups.BackupPolicy())
    assert "æøå" in backup.path.name
    assert "Kveldsstell på rom 12" in _names(backup.path)
    window.close_document()
    assert not file_lock.lock_path(path).exists()
    assert "Kveldsstell på rom 12" in _names(path)


# --- renamed or deleted while open --------------------------------------------------------------


@pytest.mark.parametrize("how", ["renamed", "deleted"])
def test_vanished_file_shows_banner_and_save_as_rescues_everything(
    qtbot: QtBot,
    window: MainWindow,
    small_path: Path,
    dialogs: ScriptedDialogs,
    tmp_path: Path,
    how: str,
) -> None:
    window.settings.set_value("backups/enabled", "false")
    file_safety = _open(qtbot, window, small_path)
    assert _add(window, "Siste lagrede endring")
    if how == "renamed":
        small_path.rename(tmp_path / "flyttet.oppgave")
    else:
        small_path.unlink()
    assert not _add(window, "Etter at filen forsvant")
    assert "finnes ikke lenger" in dialogs.messages("error")[-1]
    assert not small_path.exists(), "no new empty file where the old one was"
    file_safety.check_file()  # the periodic check, off the UI thread
    qtbot.waitUntil(lambda: file_safety.banner.kind == "vanished")
    assert "finnes ikke lenger" in file_safety.banner.label.text()
    assert file_safety.banner.isVisible()

    rescued = tmp_path / "reddet.oppgave"
    dialogs.answer("save_file", str(rescued))
    assert file_safety.save_elsewhere()
    assert window.document is not None and window.document.path == rescued
    assert file_safety.banner.kind == ""
    names = _names(rescued)
    assert "Siste lagrede endring" in names and "Morgenstell" in names
    assert "Etter at filen forsvant" not in names


def test_banner_goes_away_when_the_file_comes_back(
    qtbot: QtBot, window: MainWindow, small_path: Path, tmp_path: Path
) -> None:
    file_safety = _open(qtbot, window, small_path)
    away = tmp_path / "borte.oppgave"
    small_path.rename(away)
    assert file_safety.check_file_now()
    away.rename(small_path)  # the network drive is back
    assert not file_safety.check_file_now()
    assert file_safety.banner.kind == ""


# --- slow path ----------------------------------------------------------------------------------


def test_slow_path_checks_and_backups_do_not_block_the_window(
    qtbot: QtBot, window: MainWindow, small_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file_safety = _open(qtbot, window, small_path)
    real_identity = file_keeper._identity
    real_backup = backups.make_backup

    def slow_stat(path: Path) -> tuple[int, int] | None:
        time.sleep(1.0)
        return real_identity(path)

    def slow_backup(*args: object, **kwargs: object) -> Path:
        time.sleep(1.0)
        return real_backup(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(file_keeper, "_identity", slow_stat)
    monkeypatch.setattr(backups, "make_backup", slow_backup)
    started = time.monotonic()
    file_safety.check_file()
    assert _add(window, "Mens disken er treg")  # the commit starts a (slow) backup
    assert time.monotonic() - started < 0.8, "neither the check nor the backup ran here"
    assert file_safety.scheduler.busy
    qtbot.waitUntil(lambda: not file_safety.scheduler.busy, timeout=5000)
    assert file_safety.banner.kind == ""
    identity = backups.FileIdentity.of(window.document.workspace)  # type: ignore[union-attr]
    assert len(backups.list_backups(identity, backups.BackupPolicy())) == 1


# --- in use by another instance or program ------------------------------------------------------


def test_open_in_another_instance_warns_with_user_and_machine(
    window: MainWindow, small_path: Path, dialogs: ScriptedDialogs
) -> None:
    now = datetime.now(UTC).isoformat(timespec="seconds")
    file_lock.lock_path(small_path).write_text(
        json.dumps(
            {
                "user": "ola.hansen",
                "host": "PC-HJEMMETJENESTEN",
                "pid": 4242,
                "started": now,
                "updated": now,
            }
        ),
        encoding="utf-8",
    )
    before = _digest(small_path)
    dialogs.answer("choose", None)
    assert not window.open_path(small_path)
    (message,) = dialogs.messages("choose")
    assert "ola.hansen" in message and "PC-HJEMMETJENESTEN" in message
    assert "allerede åpen" in message
    assert file_lock.read_lock(small_path).user == "ola.hansen"  # type: ignore[union-attr]
    assert _digest(small_path) == before


def test_locked_by_another_program_refuses_the_edit_with_a_message(
    qtbot: QtBot, window: MainWindow, small_path: Path, dialogs: ScriptedDialogs
) -> None:
    window.settings.set_value("backups/enabled", "false")
    _open(qtbot, window, small_path)
    document = window.document
    assert document is not None
    event.listen(
        document.workspace._engine,
        "connect",
        lambda connection, _record: connection.execute("PRAGMA busy_timeout = 200"),
    )
    saved = _names(small_path)
    blocker = sqlite3.connect(small_path, timeout=0)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        assert not _add(window, "Mens filen er låst")
        assert "i bruk" in dialogs.messages("error")[-1]
        assert document.undo_stack.count() == 0
    finally:
        blocker.rollback()
        blocker.close()
    assert _names(small_path) == saved
    assert _add(window, "Etter låsen")
