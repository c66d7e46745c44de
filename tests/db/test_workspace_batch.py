"""Several service calls as one transaction (``Workspace.batch``): all or nothing."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from oppgave.db.workspace import Workspace
from oppgave.errors import ConflictError, OppgaveError, ValidationError
from oppgave.services import organisation, tasks, workspaces


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_batch_commits_once_at_the_end(workspace: Workspace) -> None:
    commits: list[int] = []
    workspace.add_listener(lambda: commits.append(1))
    with workspace.batch():
        municipality = organisation.create_municipality(workspace, "Skaun")
        department = organisation.create_department(workspace, municipality.id, "Sykehjem")
        tasks.create_task(workspace, department.id, "Tilsyn")
        # reads inside the batch see what the batch wrote so far
        assert [t.name for t in tasks.list_tasks(workspace, department.id)] == ["Tilsyn"]
        assert commits == []
    assert commits == [1]
    assert [t.name for t in tasks.list_tasks(workspace, department.id)] == ["Tilsyn"]


def test_an_error_rolls_back_every_step_and_leaves_the_file_unchanged(
    workspace: Workspace,
) -> None:
    organisation.create_municipality(workspace, "Skaun")
    before = _digest(workspace.path)
    with pytest.raises(ConflictError), workspace.batch():
        municipality = organisation.create_municipality(workspace, "Melhus")
        organisation.create_department(workspace, municipality.id, "Avdeling A")
        organisation.create_municipality(workspace, "Skaun")  # exists: refused
    assert [m.name for m in organisation.list_municipalities(workspace)] == ["Skaun"]
    assert _digest(workspace.path) == before


def test_a_failed_step_is_not_committed_even_if_the_caller_swallows_the_error(
    workspace: Workspace,
) -> None:
    municipality = organisation.create_municipality(workspace, "Skaun")
    with pytest.raises(OppgaveError, match="ingenting er lagret"), workspace.batch():
        organisation.create_department(workspace, municipality.id, "Avdeling A")
        try:
            organisation.create_department(workspace, municipality.id, "Avdeling A")
        except ConflictError:
            pass
    assert organisation.list_departments(workspace) == []


def test_validation_before_any_write_also_aborts(workspace: Workspace) -> None:
    with pytest.raises(ValidationError), workspace.batch():
        organisation.create_municipality(workspace, "Melhus")
        organisation.create_municipality(workspace, "   ")
    assert organisation.list_municipalities(workspace) == []


def test_nested_batches_join_the_outer_one(workspace: Workspace) -> None:
    with pytest.raises(RuntimeError), workspace.batch():
        with workspace.batch():
            organisation.create_municipality(workspace, "Melhus")
        raise RuntimeError("stop")
    assert organisation.list_municipalities(workspace) == []


def test_no_journal_is_left_behind(tmp_path: Path) -> None:
    path = tmp_path / "batch.oppgave"
    with workspaces.new_workspace(path) as workspace, workspace.batch():
        organisation.create_municipality(workspace, "Melhus")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["batch.oppgave"]
