"""The report package is Qt-free and reaches the database only through the services."""

from __future__ import annotations

from pathlib import Path

from tests.test_layers import _imports

REPORT = Path(__file__).resolve().parents[2] / "oppgave" / "report"
FORBIDDEN = ("PySide6", "oppgave.ui", "sqlalchemy", "alembic", "oppgave.db.models")


def test_report_imports() -> None:
    found = []
    for path in sorted(REPORT.rglob("*.py")):
        for name in _imports(path):
            if any(name == banned or name.startswith(banned + ".") for banned in FORBIDDEN):
                found.append(f"{path.name} imports {name}")
    assert found == []


def test_only_report_data_uses_the_services() -> None:
    users = sorted(
        path.name
        for path in REPORT.rglob("*.py")
        if any(n.startswith("oppgave.services") for n in _imports(path))
    )
    assert users == ["report_data.py"]
