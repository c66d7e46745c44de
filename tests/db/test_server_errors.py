"""What a user sees when a server URL is wrong or the server says no: a message, never a crash.

The errors are the server's own (PostgreSQL raising the SQLSTATE), turned into messages by
:func:`oppgave.db.server.translate_db_error`; the URL errors come from typing mistakes.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from oppgave.cli.main import main
from oppgave.db import migrate, server
from oppgave.db.workspace import Workspace
from oppgave.errors import (
    ConflictError,
    NewerSchemaError,
    ValidationError,
    WorkspaceFileError,
)
from oppgave.services import workspaces

MISTYPED_PORT = "postgresql://kari@db.melhus.kommune.no:54x2/oppgave"


def test_a_mistyped_port_is_a_message_not_a_crash(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(ValidationError, match="porten må være et tall"):
        Workspace.open(MISTYPED_PORT)
    assert main(["info", MISTYPED_PORT]) == 1
    assert "Feil: Ugyldig server-adresse" in capsys.readouterr().err


def test_an_unparsable_url_is_shown_as_typed() -> None:
    """The title bar and messages show what the user typed when it cannot be parsed."""
    assert server.display_name(MISTYPED_PORT) == MISTYPED_PORT
    assert server.database_name(MISTYPED_PORT) == ""
    assert server.database_name("postgresql://kari@db.melhus.kommune.no/oppgave") == "oppgave"


def test_an_unknown_driver_is_named() -> None:
    with pytest.raises(ValidationError, match="Ugyldig server-adresse.*nodriver"):
        server.make_engine("postgresql+nodriver://kari@db.melhus.kommune.no/oppgave")


def test_without_the_server_extra_the_message_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """psycopg is an optional extra; an installation without it is simulated by hiding it
    from the import system (the code asks ``importlib.util.find_spec``)."""
    real_find_spec = importlib.util.find_spec

    def find_spec(name: str, *args: object) -> object:
        return None if name == "psycopg" else real_find_spec(name, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(importlib.util, "find_spec", find_spec)
    with pytest.raises(WorkspaceFileError, match=r"pip install oppgave\[server\]"):
        Workspace.open("postgresql://kari@127.0.0.1:1/oppgave")


def test_a_database_from_a_newer_program_is_refused(pg_url: str) -> None:
    workspaces.new_workspace(pg_url).close()
    opened = server.open_server(pg_url)
    with opened.engine.begin() as connection:
        connection.execute(text(f"UPDATE {migrate.VERSION_TABLE} SET version_num = 'f00d_future'"))
    opened.engine.dispose()
    with pytest.raises(NewerSchemaError, match="nyere versjon av oppgave.*f00d_future"):
        Workspace.open(pg_url)


def _server_error(url: str, sql: str) -> DBAPIError:
    """The error PostgreSQL itself raises for ``sql``."""
    engine = server.make_engine(url)
    try:
        with engine.begin() as connection, pytest.raises(DBAPIError) as caught:
            connection.execute(text(sql))
    finally:
        engine.dispose()
    return caught.value


@pytest.mark.parametrize("sqlstate", [server.SERIALIZATION_FAILURE, server.DEADLOCK_DETECTED])
def test_a_lost_race_with_another_user_is_a_stale_edit(pg_url: str, sqlstate: str) -> None:
    error = _server_error(
        pg_url, f"DO $$ BEGIN RAISE EXCEPTION 'race' USING ERRCODE = '{sqlstate}'; END $$"
    )
    translated = server.translate_db_error(pg_url, error)
    assert isinstance(translated, ConflictError)
    assert "Endret av en annen" in translated.message


def test_any_other_refusal_names_the_server_and_its_reason(pg_url: str) -> None:
    error = _server_error(pg_url, "SELECT 1 / 0")
    translated = server.translate_db_error(pg_url, error)
    assert type(translated) is WorkspaceFileError
    assert "avviste forespørselen" in translated.message
    assert "division by zero" in translated.message
    assert server.database_name(pg_url) in translated.message


def test_whole_file_copies_are_for_files_only(pg_url: str, tmp_path: Path) -> None:
    with workspaces.new_workspace(pg_url) as workspace:
        with pytest.raises(WorkspaceFileError, match="oppgave server checkout"):
            workspace.save_as(tmp_path / "kopi.oppgave")
        with pytest.raises(WorkspaceFileError, match="oppgave server checkout"):
            workspace.restore_snapshot(tmp_path / "kopi.oppgave")
    assert not (tmp_path / "kopi.oppgave").exists()


def test_a_refused_administration_step_is_a_message(pg_url: str) -> None:
    with workspaces.new_workspace(pg_url) as workspace:
        with pytest.raises(WorkspaceFileError, match="avviste forespørselen"):
            with workspace.server_admin() as connection:
                connection.execute(text("SELECT 1 / 0"))
