"""Opening, refusing, creating and copying workspace files."""

from __future__ import annotations

import hashlib
import sqlite3
import zipfile
from pathlib import Path

import pytest

from oppgave.db import workspace_file
from oppgave.db.workspace import Workspace
from oppgave.errors import (
    CorruptWorkspaceError,
    NewerSchemaError,
    NotAWorkspaceError,
    OutputFileError,
    WorkspaceFileError,
    WorkspaceNotFoundError,
)
from oppgave.services import organisation, tasks, workspaces


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _filled_workspace(path: Path) -> Path:
    with workspaces.new_workspace(path) as workspace:
        municipality = organisation.create_municipality(workspace, "Melhus")
        department = organisation.create_department(workspace, municipality.id, "Langtid")
        drafts = [
            tasks.TaskDraft(name=f"Oppgave {n}", fields={"description": "x" * 200})
            for n in range(200)
        ]
        tasks.create_tasks(workspace, department.id, drafts)
    return path


def _assert_refused_untouched(path: Path, error: type[Exception], words: str) -> None:
    before = _digest(path)
    siblings = set(path.parent.iterdir())
    with pytest.raises(error) as caught:
        Workspace.open(path)
    assert words in str(caught.value)
    assert _digest(path) == before
    assert set(path.parent.iterdir()) == siblings, "nothing written next to a refused file"


def test_text_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notater.oppgave"
    path.write_text("Dette er ikke en database\n" * 20, encoding="utf-8")
    _assert_refused_untouched(path, NotAWorkspaceError, "ikke en oppgave-arbeidsfil")


def test_xlsx_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "kartlegging.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    _assert_refused_untouched(path, NotAWorkspaceError, "ikke en oppgave-arbeidsfil")


def test_empty_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "tom.oppgave"
    path.write_bytes(b"")
    _assert_refused_untouched(path, NotAWorkspaceError, "ikke en oppgave-arbeidsfil")


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "annet.oppgave"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE t (x)")
    connection.execute("INSERT INTO t VALUES (1)")
    connection.commit()
    connection.close()
    _assert_refused_untouched(path, NotAWorkspaceError, "annet program")


def test_truncated_workspace_is_refused(tmp_path: Path) -> None:
    path = _filled_workspace(tmp_path / "hel.oppgave")
    data = path.read_bytes()
    broken = tmp_path / "avkortet.oppgave"
    broken.write_bytes(data[: len(data) // 2])
    _assert_refused_untouched(broken, CorruptWorkspaceError, "ufullstendig")


def test_corrupted_pages_are_refused(tmp_path: Path) -> None:
    path = _filled_workspace(tmp_path / "skadet.oppgave")
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for offset in range(page_size * 3, page_size * 6):  # scribble over a few pages
        data[offset] = 0xA5
    path.write_bytes(bytes(data))
    before = _digest(path)
    with pytest.raises(CorruptWorkspaceError):
        Workspace.open(path)
    assert _digest(path) == before


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = _filled_workspace(tmp_path / "fremtid.oppgave")
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    _assert_refused_untouched(path, NewerSchemaError, "nyere versjon")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceNotFoundError):
        Workspace.open(tmp_path / "finnes-ikke.oppgave")
    assert list(tmp_path.iterdir()) == []


def test_create_refuses_to_overwrite(tmp_path: Path) -> None:
    path = _filled_workspace(tmp_path / "a.oppgave")
    before = _digest(path)
    with pytest.raises(OutputFileError, match="arbeidsfil"):
        Workspace.create(path)
    with pytest.raises(OutputFileError, match="aldri overskrevet"):
        Workspace.create(path, overwrite=True)  # a workspace, not even when asked to
    assert _digest(path) == before


def test_no_sidecar_files_after_close(tmp_path: Path) -> None:
    path = _filled_workspace(tmp_path / "ren.oppgave")
    with Workspace.open(path) as workspace:
        department = organisation.list_departments(workspace)[0]
        tasks.create_task(workspace, department.id, "Kveldsstell")
    assert workspace_file.sidecar_files(path) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ren.oppgave"]


def test_save_as_writes_an_independent_copy(tmp_path: Path) -> None:
    path = _filled_workspace(tmp_path / "original.oppgave")
    with Workspace.open(path) as workspace:
        copy_path = workspace.save_as(tmp_path / "kopi æøå.oppgave")
        department = organisation.list_departments(workspace)[0]
        tasks.create_task(workspace, department.id, "Bare i originalen")
    with Workspace.open(copy_path) as copy:
        department = organisation.list_departments(copy)[0]
        names = {t.name for t in tasks.list_tasks(copy, department.id)}
        assert "Bare i originalen" not in names
        assert len(names) == 200
        assert workspaces.check(copy) == []


def test_file_deleted_while_open_gives_a_message_not_a_new_file(tmp_path: Path) -> None:
    path = _filled_workspace(tmp_path / "borte.oppgave")
    workspace = Workspace.open(path)
    department = organisation.list_departments(workspace)[0]
    path.unlink()
    with pytest.raises(WorkspaceFileError, match="finnes ikke lenger"):
        tasks.create_task(workspace, department.id, "Ny")
    assert not path.exists()
    workspace.close()


def test_new_files_get_normal_permissions(tmp_path: Path) -> None:
    path = tmp_path / "mode.oppgave"
    workspaces.new_workspace(path).close()
    assert path.stat().st_mode & 0o044, "readable by group/others as the umask allows"


@pytest.mark.parametrize(("offset", "value"), [(56, 2), (56, 3), (16, 3)])
def test_damaged_header_fields_are_refused(tmp_path: Path, offset: int, value: int) -> None:
    """Found by fuzzing: a header claiming UTF-16 text (or a bad page size) made SQLite hand back
    undecodable text later; such a file is refused up front."""
    path = _filled_workspace(tmp_path / "hode.oppgave")
    data = bytearray(path.read_bytes())
    width = 4 if offset == 56 else 2
    data[offset : offset + width] = value.to_bytes(width, "big")
    path.write_bytes(bytes(data))
    _assert_refused_untouched(path, CorruptWorkspaceError, "skadet")
