"""Review mode: a review copy refuses every change except comments, in the services (the
guard is ``Workspace.transaction``), so no UI or script can change the data by mistake."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from oppgave.db.workspace import Workspace
from oppgave.domain.enums import CommentStatus, WorkFlag
from oppgave.errors import ConflictError, ReviewCopyError
from oppgave.services import (
    analysis_runs,
    catalogue,
    organisation,
    review,
    review_comments,
    scenarios,
    settings,
    staffing,
    staffing_proposals,
    tasks,
    workspaces,
)
from tests.review.conftest import Leader


@pytest.fixture
def copy(leader: Leader, tmp_path: Path) -> Iterator[Workspace]:
    path = tmp_path / "kopi.oppgave"
    leader.export(path)
    with workspaces.open_workspace(path) as workspace:
        yield workspace


def _edits(leader: Leader) -> dict[str, Callable[[Workspace], Any]]:
    department = leader.department.id
    morning = leader.task_ids["Morgenstell"]
    hfa, spl = leader.role_ids["HFA"], leader.role_ids["SPL"]
    return {
        "create task": lambda ws: tasks.create_task(ws, department, "Ny oppgave"),
        "rename task": lambda ws: tasks.update_task(ws, morning, name="Stell"),
        "set task flags": lambda ws: tasks.update_task(ws, morning, work_flags=1),
        "duplicate task": lambda ws: tasks.duplicate_task(ws, morning),
        "move task": lambda ws: tasks.move_task(ws, morning, 3),
        "set assignment": lambda ws: scenarios.set_assignment(
            ws, leader.proposal.id, morning, {hfa: 100}
        ),
        "board drag": lambda ws: scenarios.move_share(ws, leader.proposal.id, morning, hfa, spl),
        "create scenario": lambda ws: scenarios.create_scenario(ws, department, "Forslag B"),
        "rename scenario": lambda ws: scenarios.rename_scenario(ws, leader.proposal.id, "X"),
        "delete scenario": lambda ws: scenarios.delete_scenario(ws, leader.proposal.id),
        "positions": lambda ws: staffing.set_positions(ws, department, hfa, 80, 3),
        "settings": lambda ws: settings.update(ws, hours_per_fte=37.5),
        "department": lambda ws: organisation.update_department(ws, department, residents=20),
        "municipality": lambda ws: organisation.create_municipality(ws, "Orkland"),
        "role": lambda ws: catalogue.create_role(ws, "NY", "Ny rolle"),
        "save a staffing proposal": lambda ws: staffing_proposals.propose(ws, department),
        "meta": lambda ws: ws.set_meta("review_copy", "0"),
        "delete task": lambda ws: tasks.delete_tasks(ws, [morning]),
    }


def test_every_kind_of_data_edit_is_refused(copy: Workspace, leader: Leader) -> None:
    before = workspaces.load_department_data(copy, leader.department.id)
    for label, edit in _edits(leader).items():
        with pytest.raises(ReviewCopyError, match="gjennomgangskopi") as raised:
            edit(copy)
        assert "bare skrive kommentarer" in raised.value.message, label
    assert workspaces.load_department_data(copy, leader.department.id) == before
    assert review.copy_is_intact(copy)
    assert copy.is_review_copy


def test_the_same_edits_work_in_the_leaders_file(leader: Leader) -> None:
    """The guard refuses because of the mark, not because the edits are broken."""
    for edit in _edits(leader).values():
        edit(leader.workspace)
    assert not leader.workspace.is_review_copy


def test_the_board_and_the_analysis_read_as_in_the_leaders_file(
    copy: Workspace, leader: Leader
) -> None:
    department = leader.department.id
    for scenario in (None, leader.proposal.id):
        in_copy = analysis_runs.analyse(copy, department, scenario)
        at_home = analysis_runs.analyse(leader.workspace, department, scenario)
        assert in_copy.workload.total_hours == pytest.approx(at_home.workload.total_hours)
    assert scenarios.get_assignments(copy, leader.proposal.id) == scenarios.get_assignments(
        leader.workspace, leader.proposal.id
    )


def test_comments_are_the_only_writes_allowed(copy: Workspace, leader: Leader) -> None:
    morning = leader.task_ids["Morgenstell"]
    comment = review_comments.add_comment(copy, morning, "uenig", "tillitsvalgt", "Nei")
    assert comment.source_copy_uuid == copy.uuid
    assert comment.task_fingerprint, "the task as the reviewer saw it"
    assert comment.scenario_uuid == leader.proposal.uuid
    changed = review_comments.update_comment(copy, comment.id, verdict="question", text="Hvorfor?")
    assert changed.text == "Hvorfor?"
    deleted = review_comments.delete_comment(copy, comment.id)
    assert review_comments.restore_comment(copy, deleted) == deleted
    suggestion = review_comments.suggest_work_flags(copy, morning, WorkFlag.NIGHT_WORK, "ansatt")
    assert suggestion.suggested_work_flags == WorkFlag.NIGHT_WORK
    first = review_comments.set_overall_comment(copy, leader.department.id, "Bra", "leder")
    second = review_comments.set_overall_comment(copy, leader.department.id, "Bra nok", "leder")
    assert first.id == second.id, "one overall comment per copy"
    assert review_comments.overall_comment(copy, leader.department.id) == second
    assert tasks.get_task(copy, morning).work_flags == WorkFlag.HEAVY_LIFTING, "not applied"
    assert review.copy_is_intact(copy)


def test_the_leaders_work_on_comments_is_refused_in_a_copy(copy: Workspace, leader: Leader) -> None:
    comment = review_comments.suggest_work_flags(
        copy, leader.task_ids["Nattrunde"], WorkFlag.MENTAL_STRAIN, "verneombud"
    )
    with pytest.raises(ReviewCopyError):
        review_comments.resolve_comment(copy, comment.id)
    with pytest.raises(ReviewCopyError):
        review_comments.accept_suggested_flags(copy, comment.id)
    with pytest.raises(ReviewCopyError):
        review.import_review_copy(copy, copy.path)
    assert review_comments.get_comment(copy, comment.id).status is CommentStatus.OPEN


def test_invalid_comments_are_refused_with_a_reason(copy: Workspace, leader: Leader) -> None:
    morning = leader.task_ids["Morgenstell"]
    with pytest.raises(Exception, match="Ukjent vurdering"):
        review_comments.add_comment(copy, morning, "kanskje", "ansatt")
    with pytest.raises(Exception, match="Ukjent rolle"):
        review_comments.add_comment(copy, morning, "enig", "sjef")
    with pytest.raises(Exception, match="Kan ikke være større"):
        review_comments.add_comment(copy, morning, "enig", "ansatt", suggested_work_flags=99)
    with pytest.raises(Exception, match="for lang"):
        review_comments.add_comment(copy, morning, "enig", "ansatt", "x" * 6000)
    assert review_comments.list_comments(copy) == []


def test_imported_comments_cannot_be_edited_in_a_copy_made_later(
    leader: Leader, tmp_path: Path
) -> None:
    """A copy made after an import starts without the earlier comments."""
    first = tmp_path / "runde1.oppgave"
    leader.export(first)
    with workspaces.open_workspace(first) as copy:
        review_comments.add_comment(copy, leader.task_ids["Oppvask"], "enig", "ansatt", "ok")
    review.import_review_copy(leader.workspace, first)
    second = tmp_path / "runde2.oppgave"
    leader.export(second)
    with workspaces.open_workspace(second) as copy:
        assert review_comments.list_comments(copy) == []
    imported = review_comments.list_comments(leader.workspace)[0]
    with pytest.raises(ConflictError):
        review_comments.update_comment(leader.workspace, imported.id, text="annet")


def test_parsing_words_for_flags_verdicts_and_roles() -> None:
    assert review_comments.parse_work_flags("tunge-loft, Natt") == (
        WorkFlag.HEAVY_LIFTING | WorkFlag.NIGHT_WORK
    )
    assert review_comments.parse_work_flags("psykisk belastning,alene") == (
        WorkFlag.MENTAL_STRAIN | WorkFlag.LONE_WORK
    )
    assert review_comments.parse_work_flags("ingen") == 0
    with pytest.raises(Exception, match="Ukjent arbeidsmiljømerke"):
        review_comments.parse_work_flags("støy")
    assert review_comments.parse_verdict("Spørsmål").value == "question"
    assert review_comments.parse_reviewer_role("VERNEOMBUD").value == "safety_rep"
