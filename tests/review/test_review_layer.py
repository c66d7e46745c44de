"""``oppgave.review`` is Qt-free logic over records: no Qt, no database, no services."""

from __future__ import annotations

from pathlib import Path

from tests.test_layers import _imports

PACKAGE = Path(__file__).resolve().parents[2] / "oppgave" / "review"
FORBIDDEN = ("PySide6", "sqlalchemy", "alembic", "oppgave.db", "oppgave.services", "oppgave.ui")


def test_review_package_imports() -> None:
    found = [
        f"{path.name} imports {name}"
        for path in sorted(PACKAGE.glob("*.py"))
        for name in _imports(path)
        if any(name == banned or name.startswith(banned + ".") for banned in FORBIDDEN)
    ]
    assert found == []
