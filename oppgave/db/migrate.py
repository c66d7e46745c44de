"""Run the Alembic migrations shipped inside the package.

Migrations run in a straight line from the first revision to head; there is no downgrade path
for users (a backup is taken before any upgrade instead, see :mod:`oppgave.db.workspace_file`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

#: Alembic's table holding the stamped revision.
VERSION_TABLE = "alembic_version"

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

#: The revisions shipped, oldest first. Kept as a constant so opening an up-to-date workspace
#: does not import Alembic (a third of a second at start-up); ``tests/db/test_migrations.py``
#: checks it against the scripts in ``migrations/versions``. Add each new revision here.
KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003", "0004", "0005", "0006")


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    return KNOWN_REVISIONS[-1]


def known_revisions() -> list[str]:
    """All revisions this version of the app knows, oldest first."""
    return list(KNOWN_REVISIONS)


def scripted_revisions() -> list[str]:
    """The revisions found in the migration scripts, oldest first (what Alembic will run)."""
    return [rev.revision for rev in reversed(list(script_directory().walk_revisions()))]


def current_revision(connection: Connection) -> str | None:
    """The revision stamped in the database, ``None`` if none. Read with one portable query
    (what Alembic's ``MigrationContext.get_current_revision`` does) so that ``oppgave info``
    and opening a file do not import Alembic."""
    from sqlalchemy import inspect, text

    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    rows = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).all()
    if len(rows) > 1:
        raise RuntimeError(f"{VERSION_TABLE} has {len(rows)} rows; the chain is linear")
    return str(rows[0][0]) if rows else None


def stamp(connection: Connection, revision: str) -> None:
    """Record ``revision`` in a database whose tables were made from the models (a new file):
    the version table exactly as Alembic creates it, one row."""
    from sqlalchemy import text

    connection.execute(
        text(
            f"CREATE TABLE {VERSION_TABLE} (version_num VARCHAR(32) NOT NULL, "
            f"CONSTRAINT {VERSION_TABLE}_pkc PRIMARY KEY (version_num))"
        )
    )
    connection.execute(
        text(f"INSERT INTO {VERSION_TABLE} (version_num) VALUES (:revision)"),
        {"revision": revision},
    )


def upgrade(connection: Connection, revision: str = "head") -> None:
    """Upgrade the database behind ``connection`` to ``revision`` inside its transaction."""
    from alembic import command

    command.upgrade(alembic_config(connection), revision)
