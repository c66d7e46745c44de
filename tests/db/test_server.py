"""A workspace on a PostgreSQL server: opened by URL, its schema made by the migrations."""

from __future__ import annotations

import json

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from oppgave.cli.main import main
from oppgave.db import migrate, server
from oppgave.db.locations import is_server_url
from oppgave.db.models import Base
from oppgave.db.workspace import Workspace
from oppgave.errors import WorkspaceFileError, WorkspaceNotFoundError
from oppgave.services import organisation, tasks, workspaces
from tests.pg_server import admin_connect, with_database


def test_server_urls_are_told_from_paths() -> None:
    assert is_server_url("postgresql://kari@db.melhus.kommune.no/oppgave")
    assert is_server_url("postgresql+psycopg://kari@127.0.0.1:5432/oppgave")
    assert is_server_url("POSTGRES://kari@host/db")
    assert not is_server_url("avdeling.oppgave")
    assert not is_server_url("/home/kari/postgresql/avdeling.oppgave")
    assert not is_server_url("C:\\Users\\kari\\avdeling.oppgave")


def test_the_password_is_never_shown() -> None:
    shown = server.display_name("postgresql://kari:hemmelig@db.example.org:5433/oppgave")
    assert "hemmelig" not in shown
    assert shown.startswith("postgresql://kari:")
    assert shown.endswith("@db.example.org:5433/oppgave")


def test_models_match_the_migrations_on_postgresql(pg_url: str) -> None:
    """The database the migrations made equals the models (the same check as on SQLite)."""
    opened = server.open_server(pg_url)
    try:
        with opened.engine.connect() as connection:
            assert migrate.current_revision(connection) == migrate.head_revision()
            differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    finally:
        opened.engine.dispose()
    assert differences == []


def test_a_new_workspace_on_a_server_holds_data_like_a_file(pg_url: str) -> None:
    with workspaces.new_workspace(pg_url) as workspace:
        assert workspace.is_server
        assert workspace.schema_revision() == migrate.head_revision()
        municipality = organisation.create_municipality(workspace, "Melhus")
        department = organisation.create_department(
            workspace, municipality.id, "Langtid", residents=24
        )
        tasks.create_task(workspace, department.id, "Morgenstell", duration_minutes=25)
        uuid = workspace.uuid
    with Workspace.open(pg_url) as reopened:
        assert reopened.uuid == uuid
        (task,) = tasks.list_tasks(reopened, department.id)
        assert task.name == "Morgenstell" and task.duration_minutes == 25
        details = workspaces.info(reopened)
        assert details.counts["tasks"] == 1 and details.counts["roles"] > 0
        assert details.on_server and details.location.startswith("postgresql://")
        assert workspaces.check(reopened) == []


def test_creating_twice_on_one_database_is_refused(pg_url: str) -> None:
    workspaces.new_workspace(pg_url).close()
    with pytest.raises(WorkspaceFileError, match="har allerede"):
        Workspace.create(pg_url)


def test_opening_a_database_without_the_schema_says_what_to_do(
    pg_template: tuple[str, str],
) -> None:
    url, _template = pg_template
    name = "oppgave_t_empty_open"
    with admin_connect(url) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        with pytest.raises(WorkspaceNotFoundError, match="oppgave server init"):
            Workspace.open(with_database(url, name))
    finally:
        with admin_connect(url) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_an_unreachable_server_gives_a_message_not_a_traceback() -> None:
    with pytest.raises(WorkspaceFileError, match="Får ikke kontakt"):
        Workspace.open("postgresql://kari@127.0.0.1:1/oppgave")


def test_cli_info_and_check_take_a_url(pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    workspaces.new_workspace(pg_url).close()
    assert main(["info", pg_url, "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["schema_revision"] == migrate.head_revision()
    assert document["path"].startswith("postgresql://")
    assert document["counts"]["roles"] > 0
    assert main(["check", pg_url]) == 0
    assert "er i orden" in capsys.readouterr().out


def test_a_server_at_the_first_revision_with_data_upgrades_to_head(
    pg_template: tuple[str, str],
) -> None:
    """The whole chain runs on PostgreSQL over existing rows (booleans are booleans there,
    added NOT NULL columns need their server defaults): what opening an older server does."""
    from sqlalchemy import create_engine
    from sqlalchemy import text as sql

    url, _template = pg_template
    name = "oppgave_t_first_revision"
    with admin_connect(url) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.execute(f'CREATE DATABASE "{name}"')
    database = with_database(url, name)
    try:
        engine = create_engine(server.normalise_url(database))
        with engine.begin() as connection:
            migrate.upgrade(connection, "0001")
            connection.execute(
                sql(
                    """
                INSERT INTO municipality (id, uuid, name) VALUES (1, 'm-1', 'Melhus');
                INSERT INTO department (id, uuid, municipality_id, name, service_type, residents)
                    VALUES (1, 'd-1', 1, 'Langtid', 'long_term', 24);
                INSERT INTO role (id, uuid, code, name, leon_level, authorised, hourly_cost,
                                  colour, sort_order)
                    VALUES (1, 'r-1', 'HFA', 'Helsefagarbeider', 1, true, 440, '#00aa00', 0);
                INSERT INTO scenario (id, uuid, department_id, name, is_baseline, description,
                                      sort_order, created_at)
                    VALUES (1, 's-1', 1, 'I dag', true, '', 0, '2023-01-01 00:00:00');
                INSERT INTO task (id, uuid, department_id, name, description, category,
                                  frequency_count, frequency_unit, days, duration_minutes,
                                  staff_count, restriction, status, notes, sort_order,
                                  created_at, modified_at)
                    VALUES (1, 't-1', 1, 'Morgenstell', '', 'direct', 20, 'day', 127, 25, 1,
                            'none', 'mapped', 'fra 2023', 0, '2023-01-01', '2023-01-01');
                INSERT INTO assignment (scenario_id, task_id, role_id, share, explanation)
                    VALUES (1, 1, 1, 100, '');
                INSERT INTO workspace_meta (key, value) VALUES ('workspace_uuid', 'w-1');
                """
                )
            )
        engine.dispose()
        with Workspace.open(database) as workspace:
            assert workspace.schema_revision() == migrate.head_revision()
            (task,) = tasks.list_tasks(workspace, 1)
            assert (task.uuid, task.notes, task.work_flags, task.version) == (
                "t-1",
                "fra 2023",
                0,
                1,
            )
            assert task.risk_level.value == "low"
            assert workspaces.check(workspace) == []
    finally:
        with admin_connect(url) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
