"""Hostile conditions: each gives a clear message and loses no data."""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event

from oppgave.db import workspace_file
from oppgave.db.workspace import Workspace
from oppgave.errors import ReadOnlyWorkspaceError, WorkspaceFileError
from oppgave.services import organisation, tasks, workspaces


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _make(path: Path, n_tasks: int = 20) -> int:
    with workspaces.new_workspace(path) as workspace:
        municipality = organisation.create_municipality(workspace, "Melhus")
        department = organisation.create_department(workspace, municipality.id, "Langtid")
        tasks.create_tasks(
            workspace, department.id, [tasks.TaskDraft(name=f"Oppgave {n}") for n in range(n_tasks)]
        )
        return department.id


@contextlib.contextmanager
def _read_only(path: Path, what: str) -> Iterator[Path]:
    """Make ``path`` (what = "file") or its folder (what = "folder") read-only for real.

    As an ordinary user, file modes do it. As root (CI), modes do not bind, so the folder is
    bind-mounted read-only, as a read-only network share would be.
    """
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
        if (
            subprocess.run(
                ["mount", "--bind", str(path.parent), str(view)], capture_output=True
            ).returncode
            != 0
        ):
            pytest.skip("running as root without permission to mount a read-only view")
        try:
            subprocess.run(
                ["mount", "-o", "remount,ro,bind", str(view)], check=True, capture_output=True
            )
            yield view / path.name
        finally:
            subprocess.run(["umount", str(view)], check=False, capture_output=True)
    finally:
        view.rmdir()


@pytest.mark.parametrize("what", ["file", "folder"])
def test_read_only_opens_read_only_and_refuses_edits(tmp_path: Path, what: str) -> None:
    folder = tmp_path / "delt mappe"
    folder.mkdir()
    original = folder / "skrivebeskyttet æøå.oppgave"
    department_id = _make(original)
    before = _digest(original)
    with _read_only(original, what) as path:
        with Workspace.open(path) as workspace:
            assert workspace.read_only
            assert len(tasks.list_tasks(workspace, department_id)) == 20
            with pytest.raises(ReadOnlyWorkspaceError, match="skrivebeskyttet"):
                tasks.create_task(workspace, department_id, "Ny")
        assert _digest(path) == before
    assert sorted(p.name for p in folder.iterdir()) == [original.name], "no journal left"


def test_disk_full_keeps_the_previous_state(tmp_path: Path) -> None:
    """SQLite's own "database or disk is full" (forced with max_page_count) mid-transaction."""
    path = tmp_path / "full.oppgave"
    department_id = _make(path)
    workspace = Workspace.open(path)
    pages = {"n": 0}

    def cap_pages(connection: object, _record: object) -> None:
        cursor = connection.cursor()  # type: ignore[attr-defined]
        pages["n"] = cursor.execute("PRAGMA page_count").fetchone()[0]
        cursor.execute(f"PRAGMA max_page_count = {pages['n'] + 2}")
        cursor.close()

    event.listen(workspace._engine, "connect", cap_pages)
    big = [tasks.TaskDraft(name=f"Stor {n}", fields={"notes": "x" * 4000}) for n in range(50)]
    with pytest.raises(WorkspaceFileError, match="Disken er full"):
        tasks.create_tasks(workspace, department_id, big)
    event.remove(workspace._engine, "connect", cap_pages)
    assert len(tasks.list_tasks(workspace, department_id)) == 20
    tasks.create_task(workspace, department_id, "Etter at det ble plass")
    assert len(tasks.list_tasks(workspace, department_id)) == 21
    workspace.close()


def test_real_full_disk(tmp_path: Path) -> None:
    """On a tiny tmpfs (where this machine lets us mount one): nothing half-written."""
    mount_point = tmp_path / "liten"
    mount_point.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=400k", "tmpfs", str(mount_point)],
        capture_output=True,
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a tmpfs here; covered by test_disk_full_keeps_the_previous_state")
    try:
        path = mount_point / "full.oppgave"
        department_id = _make(path, n_tasks=5)
        with Workspace.open(path) as workspace:
            with pytest.raises(WorkspaceFileError):
                for round_ in range(200):
                    drafts = [
                        tasks.TaskDraft(name=f"R{round_} {n}", fields={"notes": "y" * 3000})
                        for n in range(20)
                    ]
                    tasks.create_tasks(workspace, department_id, drafts)
            count = len(tasks.list_tasks(workspace, department_id))
            assert (count - 5) % 20 == 0, "whole transactions only"
        with Workspace.open(path) as workspace:
            assert workspaces.check(workspace) == []
    finally:
        subprocess.run(["umount", str(mount_point)], check=False)


def test_path_with_norwegian_letters_and_spaces(tmp_path: Path) -> None:
    folder = tmp_path / "Tjenester for eldre" / "Sykehjem Øvre Å"
    folder.mkdir(parents=True)
    path = folder / "Avdeling 2 – kartlegging æøå.oppgave"
    department_id = _make(path)
    with Workspace.open(path) as workspace:
        tasks.create_task(workspace, department_id, "Kveldsstell på rom 12")
        assert len(tasks.list_tasks(workspace, department_id)) == 21


def test_vanished_file_while_open(tmp_path: Path) -> None:
    """A network drive that disappears: the next edit says so, and makes no new empty file."""
    folder = tmp_path / "nettverk"
    folder.mkdir()
    path = folder / "delt.oppgave"
    department_id = _make(path)
    workspace = Workspace.open(path)
    moved = tmp_path / "delt-flyttet.oppgave"
    path.rename(moved)
    with pytest.raises(WorkspaceFileError, match="finnes ikke lenger"):
        tasks.create_task(workspace, department_id, "Ny")
    with pytest.raises(WorkspaceFileError):
        tasks.list_tasks(workspace, department_id)
    assert not path.exists()
    workspace.close()
    with Workspace.open(moved) as again:
        assert len(tasks.list_tasks(again, department_id)) == 20, "nothing lost"


def test_file_locked_by_another_writer_gives_a_message(tmp_path: Path) -> None:
    """Another process holds a write lock longer than our busy timeout."""
    path = tmp_path / "laast.oppgave"
    department_id = _make(path)
    blocker = sqlite3.connect(path, timeout=0)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        workspace = Workspace(path, workspace_file.make_engine(path))
        # A short wait instead of the app's 5 s, to keep the test quick.
        event.listen(
            workspace._engine, "connect", lambda c, _r: c.execute("PRAGMA busy_timeout = 200")
        )
        with pytest.raises(WorkspaceFileError, match="i bruk"):
            tasks.create_task(workspace, department_id, "Ny")
        workspace.close()
    finally:
        blocker.rollback()
        blocker.close()
    with Workspace.open(path) as again:
        assert len(tasks.list_tasks(again, department_id)) == 20
