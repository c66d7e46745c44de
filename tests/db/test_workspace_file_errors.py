"""Files that are not what the user meant to open: each refused with a message naming it, and
nothing written to it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from oppgave.db import workspace_file
from oppgave.db.workspace import Workspace
from oppgave.errors import (
    CorruptWorkspaceError,
    NotAWorkspaceError,
    ReadOnlyWorkspaceError,
    WorkspaceFileError,
)
from tests.db.test_hostile_conditions import _digest, _read_only
from tests.db.test_migrations import _file_at_revision


def test_a_folder_is_not_a_workspace(tmp_path: Path) -> None:
    folder = tmp_path / "avdeling.oppgave"
    folder.mkdir()
    with pytest.raises(NotAWorkspaceError, match="er en mappe, ikke en arbeidsfil"):
        Workspace.open(folder)


def test_a_path_through_a_file_says_it_cannot_be_read(tmp_path: Path) -> None:
    """«notater.txt/avdeling.oppgave»: the operating system's own reason, not a traceback."""
    text = tmp_path / "notater.txt"
    text.write_text("ikke en mappe")
    with pytest.raises(WorkspaceFileError, match="Kunne ikke lese .*avdeling.oppgave"):
        Workspace.open(text / "avdeling.oppgave")


def test_a_file_of_ours_without_a_schema_revision_is_refused(tmp_path: Path) -> None:
    """The app's own header but no ``alembic_version`` (a creation cut short by hand)."""
    path = tmp_path / "uten versjon.oppgave"
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA application_id = {workspace_file.APPLICATION_ID}")
    connection.execute("CREATE TABLE notat (tekst TEXT)")
    connection.commit()
    connection.close()
    before = _digest(path)
    with pytest.raises(CorruptWorkspaceError, match="mangler skjemaversjon"):
        Workspace.open(path)
    assert _digest(path) == before


def test_an_older_read_only_file_says_to_copy_it_first(tmp_path: Path) -> None:
    """An upgrade writes the file; a read-only one (a shared folder) cannot be upgraded."""
    folder = tmp_path / "delt"
    folder.mkdir()
    original = folder / "gammel.oppgave"
    _file_at_revision(original, "0001")
    before = _digest(original)
    with (
        _read_only(original, "file") as path,
        pytest.raises(ReadOnlyWorkspaceError, match="eldre versjon.*Kopier filen"),
    ):
        Workspace.open(path)
    assert _digest(original) == before
    assert [p.name for p in folder.iterdir()] == [original.name], "no backup, no journal"
