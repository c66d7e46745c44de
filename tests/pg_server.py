"""Helpers for the tests on a PostgreSQL server (fixtures in tests/conftest.py)."""

from __future__ import annotations

from typing import Any


def admin_connect(url: str, database: str | None = None) -> Any:
    """An autocommit psycopg connection (CREATE/DROP DATABASE) as the URL's user."""
    import psycopg
    from sqlalchemy.engine import make_url

    from oppgave.db.server import normalise_url

    parsed = make_url(normalise_url(url))
    return psycopg.connect(
        host=parsed.host,
        port=parsed.port or 5432,
        user=parsed.username,
        password=parsed.password,
        dbname=database or parsed.database,
        autocommit=True,
    )


def with_database(url: str, database: str) -> str:
    from sqlalchemy.engine import make_url

    from oppgave.db.server import normalise_url

    return make_url(normalise_url(url)).set(database=database).render_as_string(hide_password=False)
