"""Rolling backups of workspaces in the user's data folder.

A workshop's work must never be lost: while a workspace is edited, a copy is written at most
once per ``min_interval`` (default one hour) into a folder of its own under the user's data
folder, and only the newest ``keep`` copies are kept. Backups are grouped by the workspace's
uuid, so renaming or moving the file keeps its history. Copies go through SQLite's backup API
(:func:`oppgave.db.workspace_file.copy_database`), so they are consistent even mid-session.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Protocol

from oppgave.db import workspace_file
from oppgave.db.workspace import Workspace
from oppgave.errors import WorkspaceFileError
from oppgave.i18n import translate
from oppgave.services.user_folders import backup_folder
from oppgave.services.workspaces import check

STAMP_FORMAT = "%Y%m%d-%H%M%S"
_STAMP = re.compile(r"-(\d{8}-\d{6})(?:-(\d+))?\.oppgave$")


def _tr(text: str) -> str:
    return translate("Backups", text)


def default_backup_folder() -> Path:
    return backup_folder()


@dataclass(frozen=True, slots=True)
class BackupPolicy:
    folder: Path = field(default_factory=default_backup_folder)
    keep: int = 20
    min_interval: timedelta = timedelta(hours=1)


@dataclass(frozen=True, slots=True)
class Backup:
    path: Path
    created: datetime
    size: int


class BackupSource(Protocol):
    """What a backup needs of a workspace: its file and its uuid. A :class:`Workspace` is one;
    the UI passes a :class:`FileIdentity` to a worker thread so the copy needs no session."""

    @property
    def path(self) -> Path: ...

    @property
    def uuid(self) -> str: ...


@dataclass(frozen=True, slots=True)
class FileIdentity:
    path: Path
    uuid: str

    @classmethod
    def of(cls, workspace: Workspace) -> FileIdentity:
        return cls(workspace.path, workspace.uuid)


def _slug(name: str) -> str:
    cleaned = re.sub(r"[^\w\- ]+", "", name, flags=re.UNICODE).strip().replace(" ", "_")
    return cleaned[:60] or "arbeidsfil"


def folder_for(workspace: BackupSource, policy: BackupPolicy) -> Path:
    """The backup folder of one workspace: its uuid, so a renamed file keeps its backups."""
    return policy.folder / (workspace.uuid or _slug(workspace.path.stem))


def list_backups(workspace: BackupSource, policy: BackupPolicy) -> list[Backup]:
    """The workspace's backups, newest first."""
    folder = folder_for(workspace, policy)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob("*.oppgave"):
        match = _STAMP.search(path.name)
        if match is None:
            continue
        created = datetime.strptime(match.group(1), STAMP_FORMAT)
        found.append((created, int(match.group(2) or 1), path))
    found.sort(reverse=True)
    return [
        Backup(path=path, created=created, size=path.stat().st_size) for created, _, path in found
    ]


def _free_name(folder: Path, stem: str) -> Path:
    """A new name: two backups within one second get «-2», «-3», never one replacing another."""
    target = folder / f"{stem}.oppgave"
    number = 1
    while target.exists():
        number += 1
        target = folder / f"{stem}-{number}.oppgave"
    return target


def make_backup(workspace: BackupSource, policy: BackupPolicy, now: datetime | None = None) -> Path:
    """Write a backup now and drop the oldest beyond ``policy.keep``."""
    now = now or datetime.now()
    folder = folder_for(workspace, policy)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        target = _free_name(folder, f"{_slug(workspace.path.stem)}-{now.strftime(STAMP_FORMAT)}")
        workspace_file.copy_database(workspace.path, target)
    except OSError as error:
        raise WorkspaceFileError(
            _tr("Kunne ikke skrive sikkerhetskopi i {folder}: {reason}").format(
                folder=folder, reason=error.strerror or error
            ),
            str(workspace.path),
        ) from None
    for old in list_backups(workspace, policy)[max(policy.keep, 1) :]:
        old.path.unlink(missing_ok=True)
    return target


def maybe_backup(
    workspace: BackupSource, policy: BackupPolicy, now: datetime | None = None
) -> Path | None:
    """Back up if the newest backup is older than ``policy.min_interval`` (call after edits)."""
    now = now or datetime.now()
    if not is_due(workspace, policy, now):
        return None
    return make_backup(workspace, policy, now)


def is_due(workspace: BackupSource, policy: BackupPolicy, now: datetime | None = None) -> bool:
    """Whether the newest backup is at least ``policy.min_interval`` old (or there is none)."""
    newest = newest_backup(workspace, policy)
    return newest is None or (now or datetime.now()) - newest.created >= policy.min_interval


def newest_backup(workspace: BackupSource, policy: BackupPolicy) -> Backup | None:
    found = list_backups(workspace, policy)
    return found[0] if found else None


def restore_backup(backup: Path, target: Path) -> Path:
    """Replace ``target`` with a backup, after checking the backup is a sound workspace.

    The caller closes ``target`` first. The file being replaced is kept next to it as
    ``<name>.før-gjenoppretting-<time>.oppgave``, so a restore can itself be undone.
    """
    with Workspace.open(backup) as candidate:
        problems = check(candidate)
    if problems:
        raise WorkspaceFileError(
            _tr("Sikkerhetskopien {name} er skadet: {problem}").format(
                name=backup.name, problem=problems[0]
            ),
            str(backup),
        )
    if target.exists():
        stamp = datetime.now().strftime(STAMP_FORMAT)
        kept = target.with_name(f"{target.stem}.før-gjenoppretting-{stamp}{target.suffix}")
        workspace_file.copy_database(target, kept)
    workspace_file.copy_database(backup, target, replace_database=True)
    return target
