"""No import circle between the modules of ``oppgave``.

A circle makes the import order matter (a name is missing while the other module is half
initialised) and ties modules that should move separately. Imports inside functions count: they
only hide a circle until the function runs. Type-only imports (``if TYPE_CHECKING:``) never run
and are left out; literal dynamic imports (``importlib.import_module("…")``) count.
"""

from __future__ import annotations

import pytest

from tests.layer_rules import ROOT, circles, import_graph


@pytest.mark.parametrize("top_level_only", [True, False], ids=["module level", "with functions"])
def test_the_import_graph_has_no_circle(top_level_only: bool) -> None:
    assert circles(import_graph(ROOT, top_level_only=top_level_only)) == []


def test_the_graph_holds_the_imports() -> None:
    graph = import_graph(ROOT, top_level_only=True)
    assert "oppgave.domain.records" in graph["oppgave.services.tasks"]
    # ``from oppgave.services import tasks`` is an edge to the module, not to the package
    assert "oppgave.services.tasks" in graph["oppgave.ui.document.undo_commands"]
    # an import inside a function is only in the full graph
    assert "oppgave.demo.workspace" not in graph["oppgave.ui.files.file_actions"]
    full = import_graph(ROOT, top_level_only=False)
    assert "oppgave.demo.workspace" in full["oppgave.ui.files.file_actions"]
    # the CLI's command modules are imported by name from COMMAND_MODULES
    assert "oppgave.cli.report_commands" in full["oppgave.cli.main"]


def test_circles_finds_each_circle_and_nothing_else() -> None:
    graph = {
        "a": {"b"},
        "b": {"c"},
        "c": {"a", "d"},
        "d": {"e"},
        "e": {"d"},
        "f": {"a"},
        "g": set(),
    }
    assert circles(graph) == [["a", "b", "c"], ["d", "e"]]
    assert circles({"a": {"b"}, "b": {"c"}, "c": set()}) == []
