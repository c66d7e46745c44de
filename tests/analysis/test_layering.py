"""oppgave.analysis stays pure: no Qt, no SQLAlchemy, only the allowed imports (STYLE §1)."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import oppgave.analysis

ALLOWED_THIRD_PARTY = {"numpy", "pandas", "scipy", "ortools"}
ALLOWED_OWN = ("oppgave.analysis", "oppgave.domain", "oppgave.i18n", "oppgave.errors")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_analysis_imports_only_allowed_modules() -> None:
    package = Path(oppgave.analysis.__file__).parent
    offenders = []
    for path in sorted(package.glob("*.py")):
        for name in imported_modules(path):
            top = name.split(".")[0]
            if top in sys.stdlib_module_names or top == "__future__":
                continue
            if top in ALLOWED_THIRD_PARTY or name.startswith(ALLOWED_OWN):
                continue
            offenders.append(f"{path.name}: {name}")
    assert offenders == []
