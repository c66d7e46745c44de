"""``oppgave/ui/`` keeps its folders: every module lies in the sub-package the folder table of
``docs/architecture.md`` («Desktop app») lists it under, and only ``app.py`` (the entry point)
lies at the top. A new module fails here until it has a folder and a place in the table, so the
table stays the map of the UI (issue 19).
"""

from __future__ import annotations

import re

from tests.layer_rules import ARCHITECTURE, PACKAGE, ROOT

UI = ROOT / PACKAGE / "ui"
START, END = "<!-- ui-folders", "<!-- /ui-folders -->"
ROW = re.compile(r"^\| `ui/(\w+)/` \| .* \| (.*) \|$")


def _table() -> dict[str, set[str]]:
    """Folder → module names, as the table in docs/architecture.md lists them."""
    text = (ROOT / ARCHITECTURE).read_text(encoding="utf-8")
    assert START in text and END in text, "the ui folder table is missing from the docs"
    section = text[text.index(START) : text.index(END)]
    table = {}
    for line in section.splitlines():
        if match := ROW.match(line):
            table[match.group(1)] = set(re.findall(r"`(\w+)`", match.group(2)))
    return table


def _tree() -> dict[str, set[str]]:
    """Folder → module names, as they lie in oppgave/ui/ ("" for the top)."""
    tree: dict[str, set[str]] = {}
    for path in UI.rglob("*.py"):
        if path.name == "__init__.py":
            continue
        folder = path.parent.relative_to(UI).as_posix()
        tree.setdefault("" if folder == "." else folder, set()).add(path.stem)
    return tree


def test_only_the_entry_point_lies_at_the_top_of_ui() -> None:
    assert _tree().get("", set()) == {"app"}, "put the module in a folder of oppgave/ui/"


def test_every_ui_folder_is_a_package_with_a_docstring() -> None:
    for folder in (p for p in UI.iterdir() if p.is_dir() and p.name != "__pycache__"):
        init = folder / "__init__.py"
        assert init.exists(), f"{folder} has no __init__.py (the installer would miss it)"
        assert init.read_text(encoding="utf-8").startswith('"""'), f"{init}: say what it holds"


def test_the_docs_table_lists_every_module_in_its_folder() -> None:
    tree = {folder: names for folder, names in _tree().items() if folder}
    assert _table() == tree
