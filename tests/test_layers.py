"""The layers stay apart: every import of ``oppgave/`` is one the table in
``docs/architecture.md`` allows (the table is the allow-list; ``tests/layer_rules.py`` reads it).

The self-test runs the same checker on a copy of the tree with one crossing injected each time,
so a checker that stopped seeing relative, dynamic or function-level imports would fail here.
"""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest

from tests.layer_rules import (
    ARCHITECTURE,
    DYNAMIC_LOADERS,
    PACKAGE,
    ROOT,
    allowed_imports,
    crossings,
    layers_in_tree,
)


def _imports(path: Path) -> set[str]:
    """The absolute imports named in one file (for the finer per-package tests)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_every_import_is_allowed_by_the_architecture_table() -> None:
    assert crossings(ROOT) == []


def test_the_table_has_one_row_per_layer_of_the_tree() -> None:
    """A new package needs its row (else it could import anything); a removed one loses it."""
    assert set(allowed_imports(ROOT)) == layers_in_tree(ROOT)


def test_the_table_keeps_the_house_rules() -> None:
    """The promises of docs/architecture.md and STYLE §1, checked on the table itself, so a
    row cannot be widened to let a crossing through without this test saying so."""
    rules = allowed_imports(ROOT)
    qt = {"PySide6", "shiboken6"}
    for layer in ("domain", "db", "analysis", "review", "services", "exchange", "report", "demo"):
        assert not rules[layer] & qt, f"{layer} may not import Qt"
    for layer in ("domain", "analysis", "review", "exchange", "report", "ui", "cli"):
        assert not {"sqlalchemy", "alembic", "oppgave.db", "oppgave.db.models"} & rules[layer]
    assert rules["domain"] <= {"oppgave.i18n", "oppgave.errors"}
    assert not {"oppgave.services", "oppgave.ui", "oppgave.db"} & rules["analysis"]
    for layer in ("domain", "db", "analysis", "review", "services", "exchange", "report", "demo"):
        assert "oppgave.ui" not in rules[layer], f"{layer} may not import the UI"


def _copy_of_the_tree(tmp_path: Path) -> Path:
    root = tmp_path / "tree"
    shutil.copytree(ROOT / PACKAGE, root / PACKAGE, ignore=shutil.ignore_patterns("__pycache__"))
    (root / ARCHITECTURE).parent.mkdir(parents=True)
    shutil.copyfile(ROOT / ARCHITECTURE, root / ARCHITECTURE)
    return root


#: (file the source is added to, the source, the crossing the checker must report); an existing
#: module of the layer, so the module set stays the same and the checker's cache stays warm.
INJECTED = {
    "relative import of db from analysis": (
        "analysis/capacity.py",
        "from ..db import models\n",
        "(analysis) imports oppgave.db.models (relative)",
    ),
    "importlib import of Qt in analysis": (
        "analysis/capacity.py",
        "import importlib\n\n\ndef charts():\n"
        '    return importlib.import_module("PySide6.QtWidgets")\n',
        "(analysis) imports PySide6.QtWidgets (dynamic)",
    ),
    "Qt in report, inside a function": (
        "report/charts.py",
        "def image():\n    from PySide6.QtGui import QImage\n\n    return QImage()\n",
        "(report) imports PySide6.QtGui (import)",
    ),
    "sqlalchemy in ui": (
        "ui/startup/app_icon.py",
        "from sqlalchemy import select\n",
        "(ui) imports sqlalchemy (import)",
    ),
    "services from domain, type-only": (
        "domain/names.py",
        "from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n"
        "    from oppgave.services import tasks\n",
        "(domain) imports oppgave.services.tasks (import)",
    ),
    "ui from services, through __import__": (
        "services/lookup.py",
        'main_window = __import__("oppgave.ui.window.main_window")\n',
        "(services) imports oppgave.ui.window.main_window (dynamic)",
    ),
    "a computed name nothing can check": (
        "services/lookup.py",
        "import importlib\n\n\ndef load(name: str) -> object:\n"
        "    return importlib.import_module(name)\n",
        "imports a computed name that cannot be checked",
    ),
    "a layer missing from the table": (
        "plugins/__init__.py",
        "import numpy\n",
        "(plugins) imports numpy (import)",
    ),
}


@pytest.mark.parametrize("case", sorted(INJECTED))
def test_the_checker_catches_an_injected_crossing(tmp_path: Path, case: str) -> None:
    relative, source, expected = INJECTED[case]
    root = _copy_of_the_tree(tmp_path)
    assert crossings(root) == [], "the copy starts clean"
    target = root / PACKAGE / relative
    target.parent.mkdir(exist_ok=True)
    before = target.read_text(encoding="utf-8") if target.exists() else ""
    target.write_text(before + "\n\n" + source, encoding="utf-8")
    found = crossings(root)
    assert found, case
    assert all(line.startswith(f"{PACKAGE}/{relative}:") for line in found), found
    assert any(expected in line for line in found), found


def test_a_row_of_the_table_is_what_allows_an_import(tmp_path: Path) -> None:
    """Taking ``numpy`` out of the analysis row makes analysis's numpy imports crossings: the
    checker reads the document, not a copy of it."""
    root = _copy_of_the_tree(tmp_path)
    doc = root / ARCHITECTURE
    text = doc.read_text(encoding="utf-8")
    row = next(line for line in text.splitlines() if line.startswith("| `oppgave/analysis/`"))
    doc.write_text(text.replace(row, row.replace("`numpy`, ", "")), encoding="utf-8")
    found = crossings(root)
    assert found and all("(analysis) imports numpy" in line for line in found)


def test_every_listed_dynamic_loader_exists() -> None:
    """A stale entry would let a new file of that name import anything it computes."""
    missing = [file for file in DYNAMIC_LOADERS if not (ROOT / file).is_file()]
    assert missing == []
