"""Migrations: the models match head, and an old file with data upgrades in place."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from oppgave.db import migrate, workspace_file
from oppgave.db.models import Base
from oppgave.db.workspace import Workspace
from oppgave.services import tasks, workspaces


def _file_at_revision(path: Path, revision: str) -> None:
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA application_id = {workspace_file.APPLICATION_ID}")
    connection.commit()
    connection.close()
    engine = workspace_file.make_engine(path)
    with engine.begin() as sa_connection:
        migrate.upgrade(sa_connection, revision)
    engine.dispose()


def test_models_match_the_head_revision(tmp_path: Path) -> None:
    path = tmp_path / "head.oppgave"
    _file_at_revision(path, "head")
    engine = workspace_file.make_engine(path)
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert differences == []


def test_revisions_form_one_line() -> None:
    revisions = migrate.known_revisions()
    assert revisions[0] == "0001"
    assert revisions[-1] == migrate.head_revision()
    heads = migrate.script_directory().get_heads()
    assert len(heads) == 1


def test_known_revisions_match_the_shipped_scripts() -> None:
    """The constant that spares Alembic at start-up must list every script, in order."""
    assert migrate.known_revisions() == migrate.scripted_revisions()
    assert migrate.head_revision() == migrate.script_directory().get_current_head()


def test_first_revision_file_with_data_upgrades_to_head(tmp_path: Path) -> None:
    path = tmp_path / "old.oppgave"
    _file_at_revision(path, "0001")
    connection = sqlite3.connect(path)
    connection.executescript(
        """
        INSERT INTO municipality (id, uuid, name) VALUES (1, 'm-1', 'Melhus');
        INSERT INTO department (id, uuid, municipality_id, name, service_type, residents)
            VALUES (1, 'd-1', 1, 'Langtid', 'long_term', 24);
        INSERT INTO role (id, uuid, code, name, leon_level, authorised, hourly_cost, colour,
                          sort_order) VALUES (1, 'r-1', 'HFA', 'Helsefagarbeider', 1, 1, 440,
                          '#00aa00', 0);
        INSERT INTO scenario (id, uuid, department_id, name, is_baseline, description,
                              sort_order, created_at)
            VALUES (1, 's-1', 1, 'I dag', 1, '', 0, '2023-01-01 00:00:00');
        INSERT INTO task (id, uuid, department_id, name, description, category,
                          frequency_count, frequency_unit, days, duration_minutes, staff_count,
                          restriction, status, notes, sort_order, created_at, modified_at)
            VALUES (1, 't-1', 1, 'Morgenstell', '', 'direct', 20, 'day', 127, 25, 1, 'none',
                    'mapped', 'fra 2023', 0, '2023-01-01 00:00:00', '2023-01-01 00:00:00');
        INSERT INTO assignment (scenario_id, task_id, role_id, share, explanation)
            VALUES (1, 1, 1, 100, '');
        """
    )
    connection.commit()
    connection.close()
    assert workspace_file.schema_revision(path) == "0001"

    with Workspace.open(path) as workspace:
        assert workspace.schema_revision() == migrate.head_revision()
        (task,) = tasks.list_tasks(workspace, 1)
        assert task.uuid == "t-1"
        assert task.notes == "fra 2023"
        assert task.work_flags == 0  # the column added by 0002 got its default
        assert task.hours_per_week == 20 * 7 * 25 / 60
        assert workspaces.check(workspace) == []
        assert task.risk_level.value == "low"  # the columns added by 0003 got their defaults
    # the table rebuilds of the migrations must not cascade into the task's children
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("SELECT count(*) FROM assignment").fetchone() == (1,)
    finally:
        connection.close()

    backups = list(tmp_path.glob("old.backup-0001-*.oppgave"))
    assert len(backups) == 1, "a backup copy is written before migrating"
    assert workspace_file.schema_revision(backups[0]) == "0001"


def test_head_file_is_not_backed_up_on_open(tmp_path: Path) -> None:
    path = tmp_path / "new.oppgave"
    workspaces.new_workspace(path).close()
    Workspace.open(path).close()
    assert list(tmp_path.glob("*.backup-*")) == []


def _schema(path: Path) -> dict[tuple[str, str], tuple[str, ...]]:
    """Each table and index of a file with its definition split into clauses and sorted: the
    same columns, constraints and indexes whatever order they were written in."""
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
    finally:
        connection.close()
    result: dict[tuple[str, str], tuple[str, ...]] = {}
    for kind, name, sql in rows:
        text = " ".join((sql or "").replace('"', "").split())
        head, _, body = text.partition("(")
        clauses, depth, current = [], 0, ""
        for char in body.rsplit(")", 1)[0]:
            depth += char == "("
            depth -= char == ")"
            if char == "," and depth == 0:
                clauses.append(current.strip())
                current = ""
            else:
                current += char
        clauses.append(current.strip())
        result[(kind, name)] = (head.strip(), *sorted(clauses))
    return result


def test_a_new_file_has_the_schema_the_migrations_build(tmp_path: Path) -> None:
    """``create_file`` builds from the models and stamps head instead of running Alembic; the
    result must be what migrating from the first revision gives, constraint for constraint."""
    migrated = tmp_path / "migrated.oppgave"
    _file_at_revision(migrated, "head")
    created = tmp_path / "created.oppgave"
    workspace_file.create_file(created).dispose()
    assert workspace_file.schema_revision(created) == migrate.head_revision()
    assert _schema(created) == _schema(migrated)


def test_failed_migration_leaves_the_file_untouched(tmp_path: Path) -> None:
    """A file whose content does not match its revision is refused in words, byte for byte
    unchanged (SQLite's DDL inside the one migration transaction), with a backup beside it."""
    import hashlib

    from oppgave.demo import generator
    from oppgave.errors import OppgaveError

    path = tmp_path / "feil.oppgave"
    generator.generate(path).close()
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA foreign_keys = OFF")
    connection.execute("DROP TABLE review_comment")
    connection.execute("UPDATE alembic_version SET version_num = '0001'")
    connection.commit()
    connection.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()

    with pytest.raises(OppgaveError) as refused:
        Workspace.open(path)

    assert "kunne ikke oppgraderes" in refused.value.message
    assert "CREATE TABLE" not in refused.value.message
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert list(tmp_path.glob("feil.backup-0001-*.oppgave"))


def test_revision_0003_file_with_data_upgrades_to_head(tmp_path: Path) -> None:
    """0004 only adds the bemanningsplan edits: a 0003 file keeps every row, and the new table
    takes edits that go with their scenario."""
    path = tmp_path / "v3.oppgave"
    _file_at_revision(path, "0003")
    connection = sqlite3.connect(path)
    connection.executescript(
        """
        INSERT INTO municipality (id, uuid, name) VALUES (1, 'm-1', 'Skaun');
        INSERT INTO department (id, uuid, municipality_id, name, service_type, residents,
                                proposal_settings)
            VALUES (1, 'd-1', 1, 'Skjermet', 'long_term', 8, NULL);
        INSERT INTO role (id, uuid, code, name, leon_level, authorised, hourly_cost, colour,
                          sort_order, hours_per_fte) VALUES (1, 'r-1', 'SPL', 'Sykepleier', 3, 1,
                          520, '#0000aa', 0, 35.5);
        INSERT INTO scenario (id, uuid, department_id, name, is_baseline, description,
                              sort_order, created_at, proposal_options, is_chosen)
            VALUES (1, 's-1', 1, 'I dag', 1, '', 0, '2024-01-01 00:00:00', NULL, 0),
                   (2, 's-2', 1, 'Forslag', 0, '', 1, '2024-01-01 00:00:00', '{}', 1);
        INSERT INTO shift_staffing (id, uuid, department_id, role_id, shift, day_type, count)
            VALUES (1, 'ss-1', 1, 1, 'night', 'weekend', 1);
        """
    )
    connection.commit()
    connection.close()

    with Workspace.open(path) as workspace:
        assert workspace.schema_revision() == migrate.head_revision()
        assert workspaces.check(workspace) == []
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("SELECT count(*) FROM scenario").fetchone() == (2,)
        assert connection.execute(
            "SELECT proposal_options, is_chosen FROM scenario WHERE id = 2"
        ).fetchone() == ("{}", 1)
        assert connection.execute("SELECT count FROM shift_staffing").fetchone() == (1,)
        assert connection.execute("SELECT hours_per_fte FROM role").fetchone() == (35.5,)
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute(
            "INSERT INTO staffing_plan_edit (scenario_id, role_id, shift, day_type, people) "
            "VALUES (2, 1, 'night', 'weekend', 2)"
        )
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute(
                "INSERT INTO staffing_plan_edit (scenario_id, role_id, shift, day_type, people) "
                "VALUES (2, 1, 'night', 'weekend', 3)"
            )
        connection.execute("DELETE FROM scenario WHERE id = 2")
        assert connection.execute("SELECT count(*) FROM staffing_plan_edit").fetchone() == (0,)
    finally:
        connection.close()
