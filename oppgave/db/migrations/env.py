"""Alembic environment: always run on a connection handed in by :mod:`oppgave.db.migrate`.

``render_as_batch`` lets ALTER-style operations work on SQLite (table rebuilds) while staying
plain ALTER TABLE on PostgreSQL.
"""

from __future__ import annotations

from alembic import context

from oppgave.db.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only for `alembic` run by hand during development
    from sqlalchemy import create_engine

    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.begin() as connection:
        context.configure(
            connection=connection, target_metadata=Base.metadata, render_as_batch=True
        )
        with context.begin_transaction():
            context.run_migrations()
else:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
