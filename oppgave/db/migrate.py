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

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

#: The revisions shipped, oldest first. Kept as a constant so opening an up-to-date workspace
#: does not import Alembic (a third of a second at start-up); ``tests/db/test_migrations.py``
#: checks it against the scripts in ``migrations/versions``. Add each new revision here.
KNOWN_REVISIONS: tuple[str, ...] = ("0001", "0002", "0003")


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
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection, revision: str = "head") -> None:
    """Upgrade the database behind ``connection`` to ``revision`` inside its transaction."""
    from alembic import command

    command.upgrade(alembic_config(connection), revision)
