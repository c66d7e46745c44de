"""The one-baseline index is partial on SQLite and on PostgreSQL, without the model naming the
PostgreSQL option (which would import SQLAlchemy's PostgreSQL dialect at every start, issue 18)."""

from __future__ import annotations

import subprocess
import sys

from sqlalchemy import create_mock_engine

from oppgave.db.models import Base


def _index_ddl(url: str) -> str:
    statements: list[str] = []

    def collect(sql: object, *_args: object, **_kw: object) -> None:
        statements.append(str(sql.compile(dialect=engine.dialect)).strip())  # type: ignore[attr-defined]

    engine = create_mock_engine(url, collect)  # type: ignore[arg-type]
    Base.metadata.create_all(engine, checkfirst=False)  # type: ignore[arg-type]
    (ddl,) = [s for s in statements if "uq_scenario_one_baseline" in s]
    return ddl


def test_postgresql_gets_its_own_where_clause() -> None:
    assert _index_ddl("postgresql://").endswith("WHERE is_baseline")


def test_sqlite_keeps_its_where_clause() -> None:
    assert _index_ddl("sqlite://").endswith("WHERE is_baseline = 1")


def test_the_models_do_not_import_the_postgresql_dialect() -> None:
    probe = "import sys, oppgave.db.models; print('sqlalchemy.dialects.postgresql' in sys.modules)"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip() == "False"
