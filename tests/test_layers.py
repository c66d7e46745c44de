"""The layers stay apart: db, domain and analysis know nothing of Qt; the UI never touches
SQLAlchemy; the domain knows nothing of the database. Checked on the source's imports."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "oppgave"

FORBIDDEN = {
    "domain": ("PySide6", "sqlalchemy", "alembic", "oppgave.db", "oppgave.services", "oppgave.ui"),
    "db": ("PySide6", "oppgave.services", "oppgave.ui", "oppgave.analysis"),
    "analysis": (
        "PySide6",
        "sqlalchemy",
        "alembic",
        "oppgave.db",
        "oppgave.services",
        "oppgave.ui",
    ),
    "services": ("PySide6", "oppgave.ui"),
    "exchange": ("PySide6", "sqlalchemy", "alembic", "oppgave.db.models", "oppgave.ui"),
    "ui": ("sqlalchemy", "alembic", "oppgave.db.models"),
}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _violations(layer: str) -> list[str]:
    found = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for name in _imports(path):
            for banned in FORBIDDEN[layer]:
                if name == banned or name.startswith(banned + "."):
                    found.append(f"{path.relative_to(PACKAGE.parent)} imports {name}")
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports(layer: str) -> None:
    if not (PACKAGE / layer).is_dir():
        pytest.skip(f"no {layer} package yet")
    assert _violations(layer) == []


def test_the_checker_finds_a_violation(tmp_path: Path) -> None:
    """The import walk itself works (otherwise the tests above could never fail)."""
    sample = tmp_path / "sample.py"
    sample.write_text("from PySide6.QtWidgets import QWidget\nimport sqlalchemy.orm\n")
    assert _imports(sample) == {"PySide6.QtWidgets", "sqlalchemy.orm"}
