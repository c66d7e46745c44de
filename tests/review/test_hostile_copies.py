"""Returned review copies edited outside the app (issue 14): each of the probe's findings as a
regression test. A copy is hostile until checked: its schema, counts and every value are
checked before anything enters the leader's file, a comment never crosses departments (or
copies), and the leader's file is byte for byte unchanged by every refusal."""

from __future__ import annotations

import hashlib
import time
from pathlib import Path

import pytest

from oppgave.cli.main import EXIT_BUG, main
from oppgave.db import workspace_file
from oppgave.domain.enums import ReviewerRole, Verdict
from oppgave.errors import OppgaveError
from oppgave.services import review, review_comments, tasks, workspaces
from tests import hostile_files as hf
from tests.review.conftest import Leader


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _commented_copy(leader: Leader, target: Path, *, department: str = "A") -> Path:
    """A copy with two comments, made and filled through the app."""
    if department == "A":
        leader.export(target)
        department_id = leader.department.id
        task_name = "Morgenstell"
    else:
        review.export_review_copy(leader.workspace, leader.other_department.id, target)
        department_id = leader.other_department.id
        task_name = "Innkomstsamtale"
    with workspaces.open_workspace(target) as copy:
        task = tasks.find_task(copy, department_id, task_name)
        review_comments.add_comment(
            copy, task.id, Verdict.DISAGREE, ReviewerRole.UNION_REP, f"Uenig om {task_name}"
        )
        review_comments.set_overall_comment(copy, department_id, "Greit", ReviewerRole.EMPLOYEE)
    return target


def _refused(leader: Leader, copy: Path, *, accept: bool = False) -> str:
    """Import ``copy``; it must be refused with a message and leave the leader's file as it was."""
    before = _digest(leader.path)
    with pytest.raises(OppgaveError) as caught:
        review.import_review_copy(leader.workspace, copy, accept_tampered=accept)
    assert _digest(leader.path) == before, "the leader's file is unchanged"
    message = caught.value.message + " ".join(getattr(caught.value, "problems", ()))
    for raw in ("sqlite", "OperationalError", "no such", "SELECT", "Traceback"):
        assert raw not in message, message
    return message


def _comment_texts(leader: Leader, department_id: int) -> list[str]:
    return sorted(c.text for c in review_comments.list_comments(leader.workspace, department_id))


# --- departments and copies never cross ------------------------------------------------------


def test_a_copy_for_one_department_never_touches_anothers_comments(
    leader: Leader, tmp_path: Path
) -> None:
    """The probe: a copy made for department A overwrote department B's comments, matched by
    uuid across the whole file."""
    b_copy = _commented_copy(leader, tmp_path / "b.oppgave", department="B")
    review.import_review_copy(leader.workspace, b_copy)
    b_comments = review_comments.list_comments(leader.workspace, leader.other_department.id)
    b_texts = _comment_texts(leader, leader.other_department.id)
    a_copy = _commented_copy(leader, tmp_path / "a.oppgave")
    # Somebody gives A's comment the uuid of B's comment, and new text.
    hf.edit_copy(
        a_copy,
        f"UPDATE review_comment SET uuid = '{b_comments[0].uuid}', text = 'Overskrevet' "
        "WHERE task_uuid IS NOT NULL",
    )
    message = _refused(leader, a_copy)
    assert "annen avdeling" in message
    result = review.import_review_copy(leader.workspace, a_copy, accept_tampered=True)
    assert _comment_texts(leader, leader.other_department.id) == b_texts, "B untouched"
    assert "Overskrevet" not in _comment_texts(leader, leader.department.id)
    assert result.added == 1, "only the overall comment, whose uuid is A's own"
    assert any("annen avdeling" in problem for problem in result.problems)


def test_a_copy_cannot_overwrite_another_copys_comments_in_the_same_department(
    leader: Leader, tmp_path: Path
) -> None:
    first = _commented_copy(leader, tmp_path / "en.oppgave")
    review.import_review_copy(leader.workspace, first)
    before = _comment_texts(leader, leader.department.id)
    stolen = review_comments.list_comments(leader.workspace, leader.department.id)[0].uuid
    second = _commented_copy(leader, tmp_path / "to.oppgave")
    hf.edit_copy(
        second,
        f"UPDATE review_comment SET uuid = '{stolen}', text = 'Kapret' WHERE task_uuid IS NULL",
    )
    assert "annen kopi" in _refused(leader, second)
    review.import_review_copy(leader.workspace, second, accept_tampered=True)
    after = _comment_texts(leader, leader.department.id)
    assert "Kapret" not in after and set(before) <= set(after)


def test_reimporting_the_same_copy_still_updates_its_own_comments(
    leader: Leader, tmp_path: Path
) -> None:
    copy = _commented_copy(leader, tmp_path / "kopi.oppgave")
    assert review.import_review_copy(leader.workspace, copy).added == 2
    with workspaces.open_workspace(copy) as opened:
        own = [c for c in review_comments.list_comments(opened) if c.task_uuid is not None][0]
        review_comments.update_comment(opened, own.id, text="Endret etter møtet")
    result = review.import_review_copy(leader.workspace, copy)
    assert (result.added, result.updated, result.unchanged) == (0, 1, 1)
    assert "Endret etter møtet" in _comment_texts(leader, leader.department.id)


# --- values: type, length, words, dates ------------------------------------------------------


@pytest.mark.parametrize(
    ("statement", "ignore_checks", "expected"),
    [
        ("UPDATE review_comment SET text = X'00FF00FF'", False, "feil type"),
        ("UPDATE review_comment SET department_id = 'to'", False, "feil type"),
        ("UPDATE review_comment SET text = printf('%.*c', 1000000, 'x')", False, "lengre enn"),
        ("UPDATE review_comment SET text = printf('%.*c', 5001, 'x')", False, "høyst 5000"),
        ("UPDATE review_comment SET created_at = 'i går'", False, "gyldig dato"),
        ("UPDATE review_comment SET created_at = '2025-02-30 10:00:00'", False, "gyldig dato"),
        ("UPDATE review_comment SET verdict = 'kanskje'", True, "ukjent verdi"),
        ("UPDATE review_comment SET suggested_work_flags = 4096", True, "ukjent verdi"),
        (
            "UPDATE review_comment SET uuid = 'ikke-en-uuid' WHERE task_uuid IS NULL",
            False,
            "gyldig id",
        ),
        ("UPDATE review_comment SET task_fingerprint = 'ZZ'", False, "fingeravtrykket"),
        ("UPDATE task SET staff_count = 'mange'", True, "feil type"),
        ("UPDATE task SET name = X'41'", False, "feil type"),
    ],
)
def test_invalid_values_are_refused_before_anything_is_written(
    leader: Leader, tmp_path: Path, statement: str, ignore_checks: bool, expected: str
) -> None:
    copy = _commented_copy(leader, tmp_path / "kopi.oppgave")
    hf.edit_copy(copy, statement, ignore_checks=ignore_checks)
    assert expected in _refused(leader, copy)
    assert expected in _refused(leader, copy, accept=True), "accepting tampering is no way in"
    with pytest.raises(OppgaveError):
        review.check_review_copy(leader.workspace, copy)


# --- schema: tables only, the app's own ------------------------------------------------------


def test_a_huge_view_in_place_of_the_comments_is_refused_at_once(
    leader: Leader, tmp_path: Path
) -> None:
    """The probe: a 2-million-row view named review_comment took 62 s and 4 GB, then called
    the leader's healthy file damaged."""
    copy = _commented_copy(leader, tmp_path / "kopi.oppgave")
    columns = (
        "id, uuid, department_id, task_uuid, task_name, scenario_uuid, verdict, reviewer_role, "
        "text, status, suggested_work_flags, source_copy_uuid, task_fingerprint, created_at, "
        "resolved_at"
    )
    hf.edit_copy(
        copy,
        "DROP TABLE review_comment",
        f"CREATE VIEW review_comment({columns}) AS WITH RECURSIVE n(i) AS "
        "(SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000000) "
        "SELECT i, lower(hex(randomblob(16))), 1, NULL, '', NULL, 'agree', 'employee', "
        "printf('%.*c', 1000, 'x'), 'open', NULL, NULL, NULL, '2025-01-01 00:00:00', NULL FROM n",
    )
    started = time.perf_counter()
    message = _refused(leader, copy)
    assert time.perf_counter() - started < 10
    assert "visning" in message and "kopi.oppgave" in message
    assert leader.path.name not in message, "the leader's file is not called damaged"
    assert workspaces.check(leader.workspace) == []


def test_a_trigger_is_refused(leader: Leader, tmp_path: Path) -> None:
    copy = _commented_copy(leader, tmp_path / "kopi.oppgave")
    hf.edit_copy(
        copy,
        "CREATE TRIGGER t AFTER INSERT ON review_comment BEGIN DELETE FROM task; END",
    )
    assert "utløser" in _refused(leader, copy)


@pytest.mark.parametrize(
    ("statements", "expected"),
    [
        (("ALTER TABLE review_comment DROP COLUMN resolved_at",), "resolved_at» mangler"),
        (("ALTER TABLE task ADD COLUMN hemmelig TEXT",), "ukjente kolonnen"),
        (("CREATE TABLE ekstra (x)",), "ukjent tabell"),
        (("DROP INDEX ix_review_comment_task_uuid",), "indeksen"),
        (("UPDATE alembic_version SET version_num = '0001'",), "eldre versjon"),
        (("UPDATE alembic_version SET version_num = '9999'",), "nyere versjon"),
        (("DELETE FROM alembic_version",), "skjemaversjon"),
    ],
)
def test_another_schema_gets_a_clear_message(
    leader: Leader, tmp_path: Path, statements: tuple[str, ...], expected: str
) -> None:
    """An older-schema copy (or one with a table changed) gets Norwegian, never raw SQL."""
    copy = _commented_copy(leader, tmp_path / "kopi.oppgave")
    hf.edit_copy(copy, *statements)
    assert expected in _refused(leader, copy)


# --- counts ----------------------------------------------------------------------------------


def test_more_comments_than_the_cap_are_refused_before_they_are_read(
    leader: Leader, tmp_path: Path
) -> None:
    copy = _commented_copy(leader, tmp_path / "kopi.oppgave")
    with workspaces.open_workspace(copy) as opened:
        task_count = len(tasks.list_tasks(opened, leader.department.id))
    cap = review.COMMENTS_PER_TASK * task_count + review.EXTRA_COMMENTS
    hf.edit_copy(
        copy,
        f"INSERT INTO review_comment (uuid, department_id, task_uuid, task_name, verdict, "
        f"reviewer_role, text, status, created_at) "
        f"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {cap}) "
        f"SELECT printf('00000000-0000-4000-8000-%012d', i), {leader.department.id}, NULL, '', "
        f"'agree', 'employee', X'00', 'open', '2025-01-01 00:00:00' FROM n",
    )
    message = _refused(leader, copy)
    assert "kommentarer til" in message, "the count is refused before the BLOB texts are seen"


# --- the command line and check ---------------------------------------------------------------


def test_the_command_line_refuses_with_exit_1(
    leader: Leader, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = _commented_copy(leader, tmp_path / "kopi.oppgave")
    hf.edit_copy(copy, "UPDATE review_comment SET text = X'00FF'")
    path = leader.path
    leader.workspace.close()
    before = _digest(path)
    for args in (
        ["review", "import", str(path), str(copy)],
        ["review", "import", str(path), str(copy), "--accept-tampered"],
        ["review", "import", str(path), str(copy), "--check"],
        ["review", "info", str(copy)],
    ):
        code = main(args)
        err = capsys.readouterr().err
        assert code == 1 and code != EXIT_BUG and "Feil:" in err, (args, err)
    assert _digest(path) == before


def test_check_finds_values_of_the_wrong_type(leader: Leader) -> None:
    """The probe: a BLOB in a text column made report and review list crash while check said
    the file was fine."""
    assert workspaces.check(leader.workspace) == []
    path = leader.path
    hf.edit_copy(
        path,
        "UPDATE task SET name = X'DEADBEEF' WHERE id = (SELECT min(id) FROM task)",
        "UPDATE task SET duration_minutes = 'lenge' WHERE id = (SELECT max(id) FROM task)",
        ignore_checks=True,
    )
    problems = workspaces.check(leader.workspace)
    assert any("task.name" in p and "BLOB" in p for p in problems), problems
    assert any("task.duration_minutes" in p and "tekst" in p for p in problems), problems
    assert workspace_file.type_problems(path) == problems[-2:]


def test_an_older_revision_is_vetted_against_its_own_schema(tmp_path: Path) -> None:
    """A copy exported before the app was updated has the schema of its own revision: it is
    checked against that (then migrated in the scratch copy); one from before review copies
    existed gets a sentence."""
    known = workspace_file.migrate.known_revisions()

    def file_at(revision: str) -> Path:
        path = tmp_path / f"skjema-{revision}.oppgave"
        engine = workspace_file.make_engine_for_new(path)
        with engine.begin() as connection:
            workspace_file.migrate.upgrade(connection, revision)
        engine.dispose()
        return path

    def no_caps(counts: object) -> None:
        return None

    for revision in known[known.index(review.FIRST_REVIEW_REVISION) :]:
        assert (
            workspace_file.vet_untrusted_file(
                file_at(revision),
                display_name="kopi.oppgave",
                first_revision=review.FIRST_REVIEW_REVISION,
                check_counts=no_caps,
            )
            == revision
        )
    older = known[: known.index(review.FIRST_REVIEW_REVISION)]
    for revision in older:
        with pytest.raises(workspace_file.UntrustedFileError, match="eldre versjon"):
            workspace_file.vet_untrusted_file(
                file_at(revision),
                display_name="kopi.oppgave",
                first_revision=review.FIRST_REVIEW_REVISION,
                check_counts=no_caps,
            )
    if len(known) > 1:  # a file of one revision does not pass as another
        path = file_at(known[-2])
        hf.edit_copy(path, f"UPDATE alembic_version SET version_num = '{known[-1]}'")
        with pytest.raises(workspace_file.UntrustedFileError):
            workspace_file.vet_untrusted_file(
                path,
                display_name="kopi.oppgave",
                first_revision=known[0],
                check_counts=no_caps,
            )
