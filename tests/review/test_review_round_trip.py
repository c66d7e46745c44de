"""The review round trip through the services: export a copy, comment in it, import it back.

(The same trip through the review-mode UI, with pytest-qt, follows when the desktop app lands.)
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from oppgave.domain.enums import CommentStatus, ReviewerRole, Verdict, WorkFlag
from oppgave.errors import (
    ConflictError,
    OutputFileError,
    ReviewCopyError,
)
from oppgave.services import (
    organisation,
    review,
    review_comments,
    scenarios,
    tasks,
    workspaces,
)
from oppgave.services.review_comments import TaskState
from tests.review.conftest import Leader


def _comment_in_copy(path: Path, leader: Leader) -> dict[str, int]:
    """What an HMS group does in its copy; returns the copy's comment ids by label."""
    with workspaces.open_workspace(path) as copy:
        assert copy.is_review_copy
        info = review.copy_info(copy)
        assert info is not None and info.department_id is not None
        morning = tasks.find_task(copy, info.department_id, "Morgenstell")
        night = tasks.find_task(copy, info.department_id, "Nattrunde")
        assert morning.id == leader.task_ids["Morgenstell"], "the copy keeps the ids too"
        disagree = review_comments.add_comment(
            copy, morning.id, "uenig", "tillitsvalgt", "For tungt for én assistent"
        )
        question = review_comments.add_comment(
            copy, night.id, Verdict.QUESTION, ReviewerRole.SAFETY_REP, "Hvem er bakvakt?"
        )
        flags = review_comments.suggest_work_flags(
            copy, night.id, WorkFlag.LONE_WORK | WorkFlag.MENTAL_STRAIN, "ansatt", "Urolige netter"
        )
        overall = review_comments.set_overall_comment(
            copy, info.department_id, "Greit, men se på tunge løft.", "verneombud"
        )
        return {
            "disagree": disagree.id,
            "question": question.id,
            "flags": flags.id,
            "overall": overall.id,
        }


def test_export_holds_one_department_marked_as_review_copy(leader: Leader, tmp_path: Path) -> None:
    info = leader.export(tmp_path / "kopi")
    path = tmp_path / "kopi.oppgave"
    assert path.exists(), "the .oppgave suffix is added"
    assert info.department_name == leader.department.name
    assert info.municipality_name == "Skaun"
    assert info.scenario_name == "Forslag A"
    assert info.source_workspace_uuid == leader.workspace.uuid
    assert info.copy_uuid != leader.workspace.uuid
    assert set(info.scenario_uuids) == {leader.baseline.uuid, leader.proposal.uuid}
    with workspaces.open_workspace(path) as copy:
        assert copy.is_review_copy
        assert workspaces.check(copy) == []
        assert [d.uuid for d in organisation.list_departments(copy)] == [leader.department.uuid]
        assert [m.name for m in organisation.list_municipalities(copy)] == ["Skaun"]
        copied = {t.uuid: t for t in tasks.list_tasks(copy, leader.department.id)}
        original = {t.uuid: t for t in tasks.list_tasks(leader.workspace, leader.department.id)}
        assert copied == original, "same tasks, same uuids, same fields"
        assert review_comments.list_comments(copy) == []
        assert review.copy_is_intact(copy)
        assert review.list_exports(copy) == [], "the leader's records stay at home"
    exports = review.list_exports(leader.workspace)
    assert [e.copy_uuid for e in exports] == [info.copy_uuid]
    assert exports[0].fingerprint == info.fingerprint
    assert not leader.workspace.is_review_copy


def test_copy_carries_nothing_of_other_departments(leader: Leader, tmp_path: Path) -> None:
    leader.export(tmp_path / "kopi.oppgave")
    raw = (tmp_path / "kopi.oppgave").read_bytes()
    assert b"Innkomstsamtale" not in raw, "deleted rows do not survive in free pages"
    assert b"Korttidsavdelingen" not in raw
    assert b"Melhus" not in raw


def test_export_without_scenario_carries_all_scenarios(leader: Leader, tmp_path: Path) -> None:
    scenarios.create_scenario(leader.workspace, leader.department.id, "Forslag B")
    info = leader.export(tmp_path / "alle.oppgave", scenario=False)
    assert info.scenario_uuid is None
    assert len(info.scenario_uuids) == 3


def test_export_refusals(leader: Leader, tmp_path: Path) -> None:
    target = tmp_path / "kopi.oppgave"
    leader.export(target)
    # An earlier copy is a workspace (the group may have written in it): never overwritten.
    with pytest.raises(OutputFileError, match="aldri overskrevet"):
        leader.export(target)
    with pytest.raises(OutputFileError, match="aldri overskrevet"):
        review.export_review_copy(leader.workspace, leader.department.id, target, overwrite=True)
    with pytest.raises(OutputFileError, match="filen som leses"):
        review.export_review_copy(
            leader.workspace, leader.department.id, leader.workspace.path, overwrite=True
        )
    with workspaces.open_workspace(target) as copy, pytest.raises(ReviewCopyError):
        review.export_review_copy(copy, leader.department.id, tmp_path / "kopi2.oppgave")
    with pytest.raises(Exception, match="hører ikke til"):
        review.export_review_copy(
            leader.workspace,
            leader.other_department.id,
            tmp_path / "feil.oppgave",
            scenario_id=leader.proposal.id,
        )


def test_full_round_trip_puts_comments_on_the_right_tasks(leader: Leader, tmp_path: Path) -> None:
    path = tmp_path / "kopi.oppgave"
    info = leader.export(path)
    _comment_in_copy(path, leader)
    with workspaces.open_workspace(path) as copy:
        assert review.copy_is_intact(copy), "comments do not change the fingerprinted content"
        views = review_comments.comment_views(copy)
        assert all(v.editable for v in views), "the group can edit its own comments"
    check = review.check_review_copy(leader.workspace, path)
    assert check.problems == () and check.comment_count == 4 and not check.already_imported

    result = review.import_review_copy(leader.workspace, path)

    assert (result.added, result.updated, result.unchanged) == (4, 0, 0)
    assert result.on_changed_tasks == () and result.on_deleted_tasks == ()
    views = review_comments.comment_views(leader.workspace, leader.department.id)
    by_text = {v.comment.text: v for v in views}
    morning = by_text["For tungt for én assistent"]
    assert morning.task_id == leader.task_ids["Morgenstell"]
    assert morning.comment.verdict is Verdict.DISAGREE
    assert morning.comment.reviewer_role is ReviewerRole.UNION_REP
    assert morning.comment.source_copy_uuid == info.copy_uuid
    assert morning.comment.scenario_uuid == leader.proposal.uuid
    assert morning.task_state is TaskState.UNCHANGED
    assert not morning.editable, "the group's words cannot be edited by the leader"
    night = by_text["Hvem er bakvakt?"]
    assert night.task_id == leader.task_ids["Nattrunde"]
    assert night.comment.verdict is Verdict.QUESTION
    suggestion = by_text["Urolige netter"]
    assert suggestion.comment.suggested_work_flags == WorkFlag.LONE_WORK | WorkFlag.MENTAL_STRAIN
    overall = by_text["Greit, men se på tunge løft."]
    assert overall.task_state is TaskState.OVERALL and overall.task_id is None
    assert review_comments.tasks_with_disagreement(leader.workspace, leader.department.id) == [
        leader.task_ids["Morgenstell"]
    ]
    imports = review.list_imports(leader.workspace)
    assert [(i.copy_uuid, i.comment_count, i.problems) for i in imports] == [
        (info.copy_uuid, 4, ())
    ]


def test_the_returned_file_is_never_written(leader: Leader, tmp_path: Path) -> None:
    path = tmp_path / "kopi.oppgave"
    leader.export(path)
    _comment_in_copy(path, leader)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    review.check_review_copy(leader.workspace, path)
    review.import_review_copy(leader.workspace, path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kopi.oppgave", "leder.oppgave"]


def test_importing_the_same_copy_twice_adds_nothing(leader: Leader, tmp_path: Path) -> None:
    path = tmp_path / "kopi.oppgave"
    leader.export(path)
    _comment_in_copy(path, leader)
    review.import_review_copy(leader.workspace, path)
    first = review_comments.list_comments(leader.workspace)
    again = review.import_review_copy(leader.workspace, path)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 4)
    assert again.already_imported
    assert review_comments.list_comments(leader.workspace) == first
    assert review.list_imports(leader.workspace)[0].times == 2


def test_a_copy_sent_back_again_adds_new_and_updates_edited_comments(
    leader: Leader, tmp_path: Path
) -> None:
    path = tmp_path / "kopi.oppgave"
    leader.export(path)
    ids = _comment_in_copy(path, leader)
    review.import_review_copy(leader.workspace, path)
    imported = {c.text: c for c in review_comments.list_comments(leader.workspace)}
    review_comments.resolve_comment(leader.workspace, imported["Hvem er bakvakt?"].id)
    with workspaces.open_workspace(path) as copy:
        review_comments.update_comment(copy, ids["question"], text="Hvem er bakvakt om natten?")
        review_comments.add_comment(
            copy, leader.task_ids["Oppvask"], "enig", "ansatt", "Fint at service tar oppvasken"
        )
    result = review.import_review_copy(leader.workspace, path)
    assert (result.added, result.updated, result.unchanged) == (1, 1, 3)
    now = {c.uuid: c for c in review_comments.list_comments(leader.workspace)}
    edited = now[imported["Hvem er bakvakt?"].uuid]
    assert edited.text == "Hvem er bakvakt om natten?"
    assert edited.status is CommentStatus.RESOLVED, "the leader's status is kept"
    assert len(now) == 5


def test_tasks_changed_or_deleted_since_the_copy_are_flagged_and_comments_kept(
    leader: Leader, tmp_path: Path
) -> None:
    path = tmp_path / "kopi.oppgave"
    leader.export(path)
    with workspaces.open_workspace(path) as copy:
        for name in ("Morgenstell", "Nattrunde", "Oppvask", "Medisinutdeling"):
            review_comments.add_comment(
                copy, leader.task_ids[name], "uenig", "ansatt", f"Om {name}"
            )
    ws = leader.workspace
    tasks.update_task(ws, leader.task_ids["Morgenstell"], duration_minutes=45)
    scenarios.set_assignment(
        ws, leader.proposal.id, leader.task_ids["Nattrunde"], {leader.role_ids["HFA"]: 100}
    )
    deleted = tasks.delete_tasks(ws, [leader.task_ids["Oppvask"]])
    tasks.move_task(ws, leader.task_ids["Medisinutdeling"], 0)  # order is not content

    result = review.import_review_copy(ws, path)

    assert result.added == 4
    assert set(result.on_changed_tasks) == {"Morgenstell", "Nattrunde"}
    assert result.on_deleted_tasks == ("Oppvask",)
    states = {
        v.comment.text: (v.task_state, v.task_name, v.task_id)
        for v in review_comments.comment_views(ws, leader.department.id)
    }
    assert states["Om Morgenstell"][0] is TaskState.CHANGED
    assert states["Om Nattrunde"][0] is TaskState.CHANGED
    assert states["Om Oppvask"] == (TaskState.DELETED, "Oppvask", None), "kept, with its name"
    assert states["Om Medisinutdeling"][0] is TaskState.UNCHANGED
    summary = review_comments.comment_summary(ws, leader.department.id)
    assert (summary.on_changed_tasks, summary.on_deleted_tasks) == (2, 1)
    # Undo of the delete brings back the same task (uuid, fields, shares): the comment is
    # on an unchanged task again.
    tasks.restore_tasks(ws, deleted)
    restored = {
        v.comment.text: v.task_state
        for v in review_comments.comment_views(ws, leader.department.id)
    }
    assert restored["Om Oppvask"] is TaskState.UNCHANGED


def test_several_copies_from_different_groups_merge_into_one_workspace(
    leader: Leader, tmp_path: Path
) -> None:
    ws = leader.workspace
    group_a = tmp_path / "gruppe-a.oppgave"
    group_b = tmp_path / "gruppe-b.oppgave"
    leader.export(group_a)
    leader.export(group_b, scenario=False)
    shared = tmp_path / "felles.oppgave"
    leader.export(shared)
    shared_twin = tmp_path / "felles-kveld.oppgave"
    shutil.copyfile(shared, shared_twin)  # the same copy mailed to two shifts
    for path, role, verdict in (
        (group_a, "tillitsvalgt", "uenig"),
        (group_b, "verneombud", "enig"),
        (shared, "ansatt", "spørsmål"),
        (shared_twin, "leder", "enig"),
    ):
        with workspaces.open_workspace(path) as copy:
            review_comments.add_comment(
                copy, leader.task_ids["Morgenstell"], verdict, role, f"{role} om morgenstell"
            )
            review_comments.set_overall_comment(copy, leader.department.id, f"{role}: helhet", role)
    for path in (group_a, group_b, shared, shared_twin):
        assert review.import_review_copy(ws, path).added == 2
    assert review.import_review_copy(ws, group_a).added == 0
    views = review_comments.comment_views(ws, leader.department.id)
    assert len(views) == 8
    morning = [v for v in views if v.task_id == leader.task_ids["Morgenstell"]]
    assert {v.comment.reviewer_role for v in morning} == set(ReviewerRole)
    assert all(v.task_state is TaskState.UNCHANGED for v in morning)
    assert len([v for v in views if v.task_state is TaskState.OVERALL]) == 4
    summary = review_comments.comment_summary(ws, leader.department.id)
    assert summary.copies == 3
    assert summary.by_verdict[Verdict.DISAGREE] == 1
    assert summary.by_verdict[Verdict.AGREE] == 2
    assert len(review.list_imports(ws)) == 3


# --- tampering ----------------------------------------------------------------------------------


def _sql(path: Path, statement: str, *params: object) -> None:
    connection = sqlite3.connect(path)
    try:
        connection.execute(statement, params)
        connection.commit()
    finally:
        connection.close()


@pytest.fixture
def returned(leader: Leader, tmp_path: Path) -> Path:
    path = tmp_path / "kopi.oppgave"
    leader.export(path)
    _comment_in_copy(path, leader)
    return path


def test_a_copy_whose_content_was_edited_outside_review_mode_is_reported(
    leader: Leader, returned: Path
) -> None:
    _sql(returned, "UPDATE task SET duration_minutes = 5 WHERE name = 'Morgenstell'")
    check = review.check_review_copy(leader.workspace, returned)
    assert check.tampered
    with pytest.raises(review.TamperedCopyError) as raised:
        review.import_review_copy(leader.workspace, returned)
    assert any("endret utenfor gjennomgangsmodus" in p for p in raised.value.problems)
    assert review_comments.list_comments(leader.workspace) == [], "nothing half-imported"
    result = review.import_review_copy(leader.workspace, returned, accept_tampered=True)
    assert result.added == 4 and result.problems == raised.value.problems
    assert review.list_imports(leader.workspace)[0].problems == raised.value.problems


def test_a_copy_with_a_forged_fingerprint_is_reported(leader: Leader, returned: Path) -> None:
    from oppgave.review import fingerprint

    _sql(returned, "UPDATE assignment SET share = share")  # no-op, then a real change:
    _sql(returned, "UPDATE task SET notes = 'endret' WHERE name = 'Oppvask'")
    with workspaces.open_workspace(returned) as copy:  # recompute as a forger would
        digest = fingerprint.content_fingerprint(
            workspaces.load_department_data(copy, leader.department.id)
        )
    _sql(returned, "UPDATE workspace_meta SET value = ? WHERE key = 'review_fingerprint'", digest)
    with pytest.raises(review.TamperedCopyError) as raised:
        review.import_review_copy(leader.workspace, returned)
    assert any("ikke det som ble registrert" in p for p in raised.value.problems)


def test_a_copy_from_another_workspace_is_reported(leader: Leader, tmp_path: Path) -> None:
    other_path = tmp_path / "annen.oppgave"
    shutil.copyfile(leader.path, other_path)
    with workspaces.open_workspace(other_path) as other:
        other.set_meta("workspace_uuid", "00000000-0000-4000-8000-000000000000")
        copy_path = tmp_path / "fremmed.oppgave"
        review.export_review_copy(other, leader.department.id, copy_path)
    with pytest.raises(review.TamperedCopyError) as raised:
        review.import_review_copy(leader.workspace, copy_path)
    assert any("annen arbeidsfil" in p for p in raised.value.problems)


def test_a_copy_unknown_to_the_leaders_file_is_reported(leader: Leader, returned: Path) -> None:
    with leader.workspace.transaction() as session:
        from sqlalchemy import delete

        from oppgave.db import models as m

        session.execute(delete(m.WorkspaceMeta).where(m.WorkspaceMeta.key.like("review_export:%")))
    with pytest.raises(review.TamperedCopyError) as raised:
        review.import_review_copy(leader.workspace, returned)
    assert any("ingen oversikt" in p for p in raised.value.problems)


def test_an_ordinary_workspace_is_not_a_review_copy(leader: Leader, tmp_path: Path) -> None:
    plain = tmp_path / "vanlig.oppgave"
    workspaces.new_workspace(plain).close()
    with pytest.raises(ReviewCopyError, match="ikke en gjennomgangskopi"):
        review.import_review_copy(leader.workspace, plain)


def test_a_copy_for_a_deleted_department_cannot_be_imported(leader: Leader, returned: Path) -> None:
    organisation.delete_department(leader.workspace, leader.department.id)
    with pytest.raises(ReviewCopyError, match="finnes ikke lenger"):
        review.import_review_copy(leader.workspace, returned)


# --- working with comments in the leader's file ----------------------------------------------


def test_resolve_reopen_and_accept_suggested_flags(leader: Leader, returned: Path) -> None:
    ws = leader.workspace
    review.import_review_copy(ws, returned)
    by_text = {c.text: c for c in review_comments.list_comments(ws)}
    disagreement = by_text["For tungt for én assistent"]
    with pytest.raises(ConflictError):
        review_comments.update_comment(ws, disagreement.id, text="mildere")
    with pytest.raises(ConflictError):
        review_comments.delete_comment(ws, disagreement.id)
    assert review_comments.resolve_comment(ws, disagreement.id).status is CommentStatus.RESOLVED
    assert review_comments.tasks_with_disagreement(ws, leader.department.id) == []
    assert review_comments.tasks_with_disagreement(
        ws, leader.department.id, include_resolved=True
    ) == [leader.task_ids["Morgenstell"]]
    assert review_comments.reopen_comment(ws, disagreement.id).status is CommentStatus.OPEN
    suggestion = by_text["Urolige netter"]
    task, previous = review_comments.accept_suggested_flags(ws, suggestion.id)
    assert previous == WorkFlag.LONE_WORK | WorkFlag.NIGHT_WORK
    assert task.work_flags == WorkFlag.LONE_WORK | WorkFlag.MENTAL_STRAIN
    assert review_comments.get_comment(ws, suggestion.id).status is CommentStatus.RESOLVED
    # The leader's own comments are editable and deletable (with undo).
    own = review_comments.add_comment(ws, task.id, "kommentar", "leder", "Tas opp i AMU")
    assert review_comments.comment_views(ws, task_id=task.id)[-1].editable
    deleted = review_comments.delete_comment(ws, own.id)
    assert review_comments.restore_comment(ws, deleted) == deleted


def test_a_short_uuid_of_digits_still_finds_its_comment(leader: Leader) -> None:
    """``review list`` shows the first eight characters of a uuid; one uuid in 40 starts with
    eight digits, which ``find_comment`` read as an id (a flaky CLI test found it)."""
    task_id = leader.task_ids["Morgenstell"]
    comment = review_comments.add_comment(leader.workspace, task_id, "enig", "ansatt", "Greit")
    path = leader.path
    connection = sqlite3.connect(path)
    with connection:
        connection.execute(
            "UPDATE review_comment SET uuid = '12345678-1234-4234-8234-123456789abc' WHERE id = ?",
            (comment.id,),
        )
    connection.close()
    assert review_comments.find_comment(leader.workspace, "12345678").id == comment.id
    assert review_comments.find_comment(leader.workspace, str(comment.id)).id == comment.id
