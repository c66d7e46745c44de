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
    OppgaveError,
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


def _made(tmp_path: Path) -> Path:
    path = tmp_path / "avdeling.oppgave"
    Workspace.create(path).close()
    return path


def test_a_read_only_file_refuses_a_batch_before_any_step(tmp_path: Path) -> None:
    folder = tmp_path / "delt"
    folder.mkdir()
    original = _made(folder)
    with _read_only(original, "file") as path, Workspace.open(path) as workspace:
        assert workspace.read_only
        with pytest.raises(ReadOnlyWorkspaceError, match="skrivebeskyttet"), workspace.batch():
            pytest.fail("the batch ran on a read-only file")


def test_a_closed_workspace_refuses_changes(tmp_path: Path) -> None:
    workspace = Workspace.open(_made(tmp_path))
    workspace.close()
    with pytest.raises(WorkspaceFileError, match="closed"), workspace.transaction():
        pass
    with pytest.raises(WorkspaceFileError, match="closed"), workspace.batch():
        pass


def test_writing_while_reading_is_a_programming_error_not_a_deadlock(tmp_path: Path) -> None:
    with Workspace.open(_made(tmp_path)) as workspace, workspace.reading():
        with pytest.raises(RuntimeError, match="would wait on itself"), workspace.transaction():
            pass
        with pytest.raises(RuntimeError, match="would wait on itself"), workspace.batch():
            pass


def test_a_copy_to_a_folder_that_is_not_there_names_the_target(tmp_path: Path) -> None:
    target = tmp_path / "finnes ikke" / "kopi.oppgave"
    with Workspace.open(_made(tmp_path)) as workspace:
        with pytest.raises(OppgaveError, match="Mappen .*finnes ikke finnes ikke"):
            workspace.save_as(target)
    assert not target.parent.exists()


def test_a_missing_undo_snapshot_leaves_the_file_as_it_is(tmp_path: Path) -> None:
    path = _made(tmp_path)
    with Workspace.open(path) as workspace:
        workspace.set_meta("merke", "før")
        with pytest.raises(WorkspaceFileError, match="Kunne ikke sette tilbake avdeling"):
            workspace.restore_snapshot(tmp_path / "borte.oppgave")
        assert workspace.meta("merke") == "før"


def test_server_administration_needs_a_server(tmp_path: Path) -> None:
    with Workspace.open(_made(tmp_path)) as workspace:
        with pytest.raises(WorkspaceFileError, match="bare en database på en server"):
            with workspace.server_admin():
                pytest.fail("a file has no server to administer")
