"""The PostgreSQL side of a workspace: a shared server instead of a file (docs/server.md).

A workspace on a server is opened by URL (``postgresql://user@host/database``). Everything that
is specific to PostgreSQL lives here, as the SQLite specifics live in ``workspace_file``: making
the engine, creating and upgrading the schema with the Alembic chain, and turning server errors
into messages for the user. psycopg (the ``server`` extra) is imported only when a URL is used.

One database holds one collaboration: every municipality and department in one schema, each
department owned by its municipality (``department.municipality_id``); the row-level security
policies of ``db/server_access.py`` give each user their part of it.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm.exc import StaleDataError

from oppgave.db import migrate
from oppgave.errors import (
    ConflictError,
    NewerSchemaError,
    OppgaveError,
    ReadOnlyWorkspaceError,
    ValidationError,
    WorkspaceFileError,
    WorkspaceNotFoundError,
)
from oppgave.i18n import translate

#: An advisory-lock key taken while the schema is created or upgraded, so two clients opening a
#: new server at once do not both run the migrations.
MIGRATION_LOCK = 0x0_9964_A7E

#: SQLSTATEs (PostgreSQL's error codes) that the messages below tell apart.
INSUFFICIENT_PRIVILEGE = "42501"
SERIALIZATION_FAILURE = "40001"
DEADLOCK_DETECTED = "40P01"


def _tr(text_: str) -> str:
    return translate("Server", text_)


def normalise_url(url: str) -> str:
    """The SQLAlchemy URL for ``url``: ``postgresql://`` and ``postgres://`` use psycopg 3."""
    scheme, _, rest = url.partition("://")
    if scheme.lower() in ("postgresql", "postgres"):
        return f"postgresql+psycopg://{rest}"
    return url


def display_name(url: str) -> str:
    """The URL without its password: what the title bar, ``oppgave info`` and messages show."""
    try:
        return (
            make_url(normalise_url(url))
            .render_as_string(hide_password=True)
            .replace("postgresql+psycopg://", "postgresql://")
        )
    except (ArgumentError, ValueError):  # ValueError: a port that is not a number
        return url


def database_name(url: str) -> str:
    try:
        return make_url(normalise_url(url)).database or ""
    except (ArgumentError, ValueError):
        return ""


def require_driver() -> None:
    """psycopg is an optional extra: say how to get it instead of an ImportError."""
    if importlib.util.find_spec("psycopg") is None:
        raise WorkspaceFileError(
            _tr(
                "Støtte for PostgreSQL-server er ikke installert. Installer den med "
                "«pip install oppgave[server]»."
            )
        )


def make_engine(url: str) -> Engine:
    """An engine on the server. Connections are pooled (a server connection costs a round trip
    and authentication, unlike a file) and checked before use (a server may restart)."""
    require_driver()
    try:
        return create_engine(normalise_url(url), pool_pre_ping=True, pool_size=5, max_overflow=10)
    except (ArgumentError, ValueError) as error:
        # ArgumentError: an unknown driver; ValueError: a port that is not a number
        reason = error if isinstance(error, ArgumentError) else _tr("porten må være et tall")
        raise ValidationError(
            _tr("Ugyldig server-adresse {url}: {reason}").format(
                url=display_name(url), reason=reason
            )
        ) from None


@dataclass(frozen=True, slots=True)
class OpenedServer:
    engine: Engine
    revision: str


def open_server(url: str, *, create: bool = False) -> OpenedServer:
    """Connect, and bring the schema to head: created by the Alembic chain on an empty database
    when ``create`` (``oppgave server init``), upgraded when older. Raises a
    :class:`WorkspaceFileError` with a message for the user otherwise."""
    engine = make_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
            revision = migrate.current_revision(connection)
            known = migrate.known_revisions()
            if revision is None and not create:
                raise WorkspaceNotFoundError(
                    _tr(
                        "Databasen {name} på serveren er ikke satt opp for oppgave. "
                        "Kjør «oppgave server init» først."
                    ).format(name=database_name(url)),
                    display_name(url),
                )
            if revision is not None and revision not in known:
                raise NewerSchemaError(
                    _tr(
                        "Databasen {name} er satt opp av en nyere versjon av oppgave (skjema "
                        "{revision}). Oppdater programmet."
                    ).format(name=database_name(url), revision=revision),
                    display_name(url),
                )
            if revision != known[-1]:
                # PostgreSQL's DDL is transactional: a failed migration leaves nothing behind.
                migrate.upgrade(connection)
                revision = known[-1]
    except DBAPIError as error:
        engine.dispose()
        raise translate_db_error(url, error) from error
    except BaseException:
        engine.dispose()
        raise
    return OpenedServer(engine, revision)


def _sqlstate(error: BaseException) -> str:
    original = getattr(error, "orig", None)
    return str(getattr(original, "sqlstate", "") or "")


def stale_edit_error() -> ConflictError:
    """The one message for an edit made on something another user changed meanwhile."""
    return ConflictError(
        _tr("Endret av en annen — last inn på nytt. Endringen din er ikke lagret.")
    )


def translate_db_error(url: str, error: DBAPIError | StaleDataError) -> OppgaveError:
    """A server error during a transaction as a message for the user."""
    if isinstance(error, StaleDataError):
        return stale_edit_error()
    state = _sqlstate(error)
    if state in (SERIALIZATION_FAILURE, DEADLOCK_DETECTED):
        return stale_edit_error()
    if state == INSUFFICIENT_PRIVILEGE or "row-level security" in str(error.orig):
        return ReadOnlyWorkspaceError(
            _tr(
                "Du har ikke tilgang til å endre dette på serveren {name}. Spør den som "
                "administrerer serveren om skrivetilgang."
            ).format(name=database_name(url)),
            display_name(url),
        )
    if isinstance(error, IntegrityError):
        return ValidationError(
            _tr("Endringen ble avvist fordi den bryter en regel i databasen ({reason}).").format(
                reason=error.orig
            )
        )
    if isinstance(error, OperationalError):
        return WorkspaceFileError(
            _tr(
                "Får ikke kontakt med serveren {name} ({reason}). Sjekk nettverket og adressen; "
                "den siste endringen ble ikke lagret."
            ).format(name=display_name(url), reason=_first_line(error.orig)),
            display_name(url),
        )
    return WorkspaceFileError(
        _tr("Serveren {name} avviste forespørselen: {reason}").format(
            name=display_name(url), reason=_first_line(error.orig)
        ),
        display_name(url),
    )


def _first_line(error: object) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else ""
