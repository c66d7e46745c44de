"""Rolling backups: at most one per interval, the newest N kept, restore is checked."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from oppgave.db.workspace import Workspace
from oppgave.errors import WorkspaceFileError
from oppgave.services import backups, organisation, tasks, workspaces


def test_at_most_one_backup_per_interval_and_keep_n(tmp_path: Path) -> None:
    policy = backups.BackupPolicy(folder=tmp_path / "kopier", keep=3)
    with workspaces.new_workspace(tmp_path / "avd.oppgave") as workspace:
        start = datetime(2026, 11, 28, 9, 0, 0)
        assert backups.maybe_backup(workspace, policy, start) is not None
        assert backups.maybe_backup(workspace, policy, start + timedelta(minutes=59)) is None
        for hour in range(1, 6):
            assert backups.maybe_backup(workspace, policy, start + timedelta(hours=hour))
        kept = backups.list_backups(workspace, policy)
        assert [b.created.hour for b in kept] == [14, 13, 12]


def test_two_backups_within_one_second_are_both_kept_newest_first(tmp_path: Path) -> None:
    policy = backups.BackupPolicy(folder=tmp_path / "kopier", keep=5)
    moment = datetime(2026, 11, 28, 9, 0, 0)
    with workspaces.new_workspace(tmp_path / "avd.oppgave") as workspace:
        first = backups.make_backup(workspace, policy, moment)
        second = backups.make_backup(workspace, policy, moment)
        third = backups.make_backup(workspace, policy, moment)
        assert len({first, second, third}) == 3
        assert [b.path for b in backups.list_backups(workspace, policy)] == [third, second, first]


def test_backups_follow_the_workspace_when_renamed(tmp_path: Path) -> None:
    policy = backups.BackupPolicy(folder=tmp_path / "kopier")
    path = tmp_path / "før.oppgave"
    with workspaces.new_workspace(path) as workspace:
        backups.make_backup(workspace, policy)
    moved = path.rename(tmp_path / "etter.oppgave")
    with Workspace.open(moved) as workspace:
        assert len(backups.list_backups(workspace, policy)) == 1


def test_restore_brings_back_the_backed_up_state(tmp_path: Path) -> None:
    policy = backups.BackupPolicy(folder=tmp_path / "kopier")
    path = tmp_path / "avd.oppgave"
    with workspaces.new_workspace(path) as workspace:
        municipality = organisation.create_municipality(workspace, "Skaun")
        department = organisation.create_department(workspace, municipality.id, "Korttid")
        tasks.create_task(workspace, department.id, "Før kopien")
        backup = backups.make_backup(workspace, policy)
        tasks.create_task(workspace, department.id, "Etter kopien")
    backups.restore_backup(backup, path)
    with Workspace.open(path) as workspace:
        assert [t.name for t in tasks.list_tasks(workspace, department.id)] == ["Før kopien"]
    (kept,) = tmp_path.glob("avd.før-gjenoppretting-*.oppgave")
    with Workspace.open(kept) as previous:
        assert len(tasks.list_tasks(previous, department.id)) == 2, "the replaced file is kept"


def test_a_damaged_backup_is_not_restored(tmp_path: Path) -> None:
    path = tmp_path / "avd.oppgave"
    workspaces.new_workspace(path).close()
    before = path.read_bytes()
    broken = tmp_path / "avd-20260101-000000.oppgave"
    broken.write_bytes(before[: len(before) // 3])
    with pytest.raises(WorkspaceFileError):
        backups.restore_backup(broken, path)
    assert path.read_bytes() == before
