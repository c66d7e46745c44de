"""The import checker behind ``tests/test_layers.py`` and ``tests/test_import_graph.py``.

The rules live in one place: the table in ``docs/architecture.md`` (column «may import»: the
backticked names). This module reads that table and walks every ``.py`` file of ``oppgave/``:

* every ``import`` and ``from … import`` counts, also inside functions and ``if TYPE_CHECKING``
  blocks (a type-only import still ties the layers together);
* relative imports are resolved to absolute names (``from ..db import models`` in
  ``oppgave/analysis/x.py`` is ``oppgave.db.models``);
* ``importlib.import_module("…")``, ``__import__("…")`` and ``oppgave.lazy.lazy_module("…")`` with a
  literal name count as imports of that name; a computed name is a finding unless the file is
  one of the :data:`DYNAMIC_LOADERS`, where every string of the file that names a module counts
  as an import (so the lists of module names are checked).

The checker takes the tree's root as an argument, so its self-test runs it unchanged on a copy
with crossings injected.
"""

from __future__ import annotations

import ast
import functools
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARCHITECTURE = Path("docs") / "architecture.md"
PACKAGE = "oppgave"

#: Calls that import the module named by their first argument.
DYNAMIC_IMPORTS = frozenset({"import_module", "__import__", "lazy_module"})

#: The modules allowed to import a computed name, and where the names come from. In these the
#: strings of the file that name a module count as its imports (so the lists are checked); a
#: computed import anywhere else is a finding, since nothing could check what it loads.
DYNAMIC_LOADERS = {
    "oppgave/analysis/__init__.py": "_EXPORTS: the package's names, imported on first use",
    "oppgave/report/__init__.py": "_LAZY: the package's names, imported on first use",
    "oppgave/cli/main.py": "COMMAND_MODULES: the subcommand modules",
    "oppgave/lazy.py": "lazy_module(name): its callers' literal names are checked",
}


@dataclass(frozen=True)
class Imported:
    """One import in one file: the absolute module name, and whether it runs at import time."""

    file: str  # path relative to the tree's root, with forward slashes
    line: int
    name: str
    top_level: bool  # executed when the module is imported (not in a function, not type-only)
    how: str  # "import", "relative", "dynamic"
    type_only: bool = False  # under ``if TYPE_CHECKING:``: never executed


def module_of(path: Path, root: Path) -> str:
    """``oppgave/db/models.py`` → ``oppgave.db.models``; a package's ``__init__`` → the package."""
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def unit_of(module: str) -> str:
    """The layer a module belongs to: ``oppgave.db.models`` → ``db``, ``oppgave.i18n`` →
    ``i18n``, ``oppgave`` → ``oppgave``; outside the package its top-level name (``PySide6``)."""
    parts = module.split(".")
    if parts[0] != PACKAGE:
        return parts[0]
    return parts[1] if len(parts) > 1 else PACKAGE


def source_files(root: Path) -> list[Path]:
    """Every module of the package (migrations included: they are code the app runs)."""
    return sorted((root / PACKAGE).rglob("*.py"))


def known_modules(root: Path) -> set[str]:
    return {module_of(path, root) for path in source_files(root)}


def _resolve_relative(module: str, is_package: bool, level: int, name: str | None) -> str:
    base = module.split(".")
    if not is_package:
        base = base[:-1]
    if level > 1:
        base = base[: len(base) - (level - 1)]
    return ".".join([*base, name] if name else base)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _call_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


class _Walker(ast.NodeVisitor):
    """Collects the imports of one module, remembering whether each runs at import time."""

    def __init__(self, file: str, module: str, is_package: bool, modules: frozenset[str]) -> None:
        self.file = file
        self.module = module
        self.is_package = is_package
        self.modules = modules
        self.found: list[Imported] = []
        self.unresolved: list[int] = []
        self._depth = 0  # functions and type-only blocks we are inside
        self._type_only = 0  # type-only blocks we are inside
        self._computed: list[tuple[int, bool, str]] = []  # line, top level, prefix
        self._strings: list[str] = []

    # where we are ---------------------------------------------------------------------------
    def _nested(self, node: ast.AST) -> None:
        self._depth += 1
        self.generic_visit(node)
        self._depth -= 1

    visit_FunctionDef = _nested
    visit_AsyncFunctionDef = _nested
    visit_Lambda = _nested

    def visit_If(self, node: ast.If) -> None:
        if _is_type_checking(node.test):
            self.visit(node.test)
            self._depth += 1
            self._type_only += 1
            for statement in node.body:
                self.visit(statement)
            self._type_only -= 1
            self._depth -= 1
            for statement in node.orelse:
                self.visit(statement)
        else:
            self.generic_visit(node)

    def _add(self, line: int, name: str, how: str) -> None:
        self.found.append(
            Imported(self.file, line, name, self._depth == 0, how, self._type_only > 0)
        )

    # imports --------------------------------------------------------------------------------
    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self._add(node.lineno, alias.name, "import")

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        if node.level:
            base = _resolve_relative(self.module, self.is_package, node.level, node.module)
            how = "relative"
        else:
            base = node.module or ""
            how = "import"
        for alias in node.names:
            # ``from oppgave.services import tasks`` imports the module oppgave.services.tasks
            submodule = f"{base}.{alias.name}"
            self._add(node.lineno, submodule if submodule in self.modules else base, how)

    def visit_Call(self, node: ast.Call) -> None:
        if _call_name(node) in DYNAMIC_IMPORTS and node.args:
            self._dynamic(node)
        self.generic_visit(node)

    def visit_Constant(self, node: ast.Constant) -> None:
        if isinstance(node.value, str):
            self._strings.append(node.value)

    def _dynamic(self, call: ast.Call) -> None:
        argument = call.args[0]
        if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
            name = argument.value
            if name.startswith("."):
                level = len(name) - len(name.lstrip("."))
                name = _resolve_relative(self.module, True, level, name.lstrip(".") or None)
            self._add(call.lineno, name, "dynamic")
            return
        prefix = ""
        if isinstance(argument, ast.JoinedStr) and argument.values:
            first = argument.values[0]
            if (
                isinstance(first, ast.FormattedValue)
                and isinstance(first.value, ast.Name)
                and first.value.id in {"__name__", "__package__"}
            ):
                prefix = self.module + "."
        self._computed.append((call.lineno, self._depth == 0, prefix))

    def finish(self) -> None:
        """In a known loader a computed name counts every string of the file naming a module."""
        for line, top_level, prefix in self._computed:
            if self.file not in DYNAMIC_LOADERS:
                self.unresolved.append(line)
                continue
            names = sorted(
                {prefix + text for text in self._strings if prefix + text in self.modules}
                | {text for text in self._strings if _names_third_party(text)}
            )
            for name in names:
                self.found.append(Imported(self.file, line, name, top_level, "dynamic"))


_MODULE_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)+")
_THIRD_PARTY_TOPS = ("PySide6", "shiboken6", "sqlalchemy", "alembic")


def _names_third_party(text: str) -> bool:
    """A dotted string naming a module of a library whose reach the layers restrict."""
    return bool(_MODULE_NAME.fullmatch(text)) and text.split(".")[0] in _THIRD_PARTY_TOPS


@functools.cache
def _walk(
    source: str, file: str, module: str, is_package: bool, modules: frozenset[str]
) -> tuple[tuple[Imported, ...], tuple[int, ...]]:
    """One file's imports; cached because the self-test scans copies of the same files."""
    walker = _Walker(file, module, is_package, modules)
    walker.visit(ast.parse(source, filename=file))
    walker.finish()
    return tuple(walker.found), tuple(walker.unresolved)


@dataclass(frozen=True)
class FileImports:
    file: str
    module: str
    imports: tuple[Imported, ...]
    unresolved_dynamic: tuple[int, ...]  # lines of dynamic imports whose target is unknown


def scan(root: Path) -> list[FileImports]:
    """The imports of every module of ``root/oppgave``."""
    modules = frozenset(known_modules(root))
    result = []
    for path in source_files(root):
        module = module_of(path, root)
        file = path.relative_to(root).as_posix()
        source = path.read_text(encoding="utf-8")
        found, unresolved = _walk(source, file, module, path.name == "__init__.py", modules)
        result.append(FileImports(file, module, found, unresolved))
    return result


# The rules, read from the architecture document -----------------------------------------------

_ROW = re.compile(r"^\|\s*`(?P<place>[^`]+)`\s*\|(?P<holds>.*)\|(?P<may>[^|]*)\|\s*$")


def allowed_imports(root: Path) -> dict[str, frozenset[str]]:
    """Layer → the modules it may import, from the table of ``docs/architecture.md``.

    The first column names the place (``oppgave/db/``, ``oppgave/i18n.py``); the last column
    lists in backticks the layers (``domain``), single modules (``db.workspace``) and libraries
    (``PySide6``) it may import; a name allows its submodules too. The standard library, the
    layer itself and ``oppgave`` (the version) are always allowed.
    """
    layers = layers_in_tree(root)
    rules: dict[str, frozenset[str]] = {}
    for line in (root / ARCHITECTURE).read_text(encoding="utf-8").splitlines():
        match = _ROW.match(line)
        if not match or not match["place"].startswith(PACKAGE + "/"):
            continue
        names = set()
        for token in re.findall(r"`([^`]+)`", match["may"]):
            name = _layer_name(token)
            names.add(f"{PACKAGE}.{name}" if name.split(".")[0] in layers else name)
        rules[_layer_name(match["place"])] = frozenset(names)
    return rules


def _layer_name(token: str) -> str:
    """``oppgave/db/`` / ``oppgave.db`` / ``db`` → ``db``; ``oppgave/i18n.py`` → ``i18n``;
    ``oppgave/__init__.py`` → ``oppgave``; a library's name stays as it is."""
    token = token.strip().removesuffix("/").removesuffix(".py").replace("/", ".")
    if token == f"{PACKAGE}.__init__":
        return PACKAGE
    return token.removeprefix(PACKAGE + ".")


def layers_in_tree(root: Path) -> set[str]:
    return {unit_of(module_of(path, root)) for path in source_files(root)}


def _stdlib(name: str) -> bool:
    top = name.split(".")[0]
    return top in sys.stdlib_module_names or top == "__future__"


def _within(name: str, allowed: frozenset[str]) -> bool:
    return any(name == each or name.startswith(each + ".") for each in allowed)


def crossings(root: Path) -> list[str]:
    """Every import that the table does not allow, one readable line each."""
    rules = allowed_imports(root)
    found: dict[str, None] = {}  # ordered and without repeats (one line may import many names)
    for each in scan(root):
        layer = unit_of(each.module)
        allowed = rules.get(layer, frozenset())
        for line in each.unresolved_dynamic:
            found[f"{each.file}:{line} imports a computed name that cannot be checked"] = None
        for imported in each.imports:
            if _stdlib(imported.name) or unit_of(imported.name) in (layer, PACKAGE):
                continue
            if not _within(imported.name, allowed):
                text = f"{each.file}:{imported.line} ({layer}) imports {imported.name}"
                found[f"{text} ({imported.how})"] = None
    return list(found)


# The import graph ----------------------------------------------------------------------------


def import_graph(root: Path, *, top_level_only: bool) -> dict[str, set[str]]:
    """Module → the modules of ``oppgave`` it imports when it runs (a name that is not a module:
    its package). Type-only imports never run and are left out; imports inside functions are in
    unless ``top_level_only``."""
    modules = known_modules(root)
    graph: dict[str, set[str]] = {}
    for each in scan(root):
        targets = graph.setdefault(each.module, set())
        for imported in each.imports:
            if imported.type_only or (top_level_only and not imported.top_level):
                continue
            name = imported.name
            while name and name not in modules:
                name = name.rpartition(".")[0]
            if name and name != each.module:
                targets.add(name)
    return graph


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components with more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(start: str) -> None:
        # iterative Tarjan: the graph has a few hundred modules, but recursion depth is no worry
        work: list[tuple[str, Iterator[str]]] = [(start, iter(sorted(graph.get(start, ()))))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, targets = work[-1]
            for target in targets:
                if target not in index:
                    index[target] = low[target] = len(index)
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(sorted(graph.get(target, ())))))
                    break
                if target in on_stack:
                    low[node] = min(low[node], index[target])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)
