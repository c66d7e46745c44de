"""No member of our Qt classes hides a Qt member by accident.

A ``self.result`` on a dialog hides ``QDialog.result()``, a ``mask()`` on a widget hides
``QWidget.mask()``: Qt code and readers calling the Qt one get ours. Overriding a Qt virtual
is meant (``data``, ``rowCount``, ``paintEvent``…): those are methods in Qt's camelCase or in
:data:`VIRTUALS`. Everything else that matches a Qt name is reported.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import sys
from pathlib import Path

from PySide6.QtCore import QObject

import oppgave.ui

#: One-word Qt virtuals our classes override on purpose.
VIRTUALS = {"data", "flags", "index", "parent", "sort", "accept", "reject", "paint"}


def _members(node: ast.ClassDef) -> dict[str, str]:
    """Methods of the class and the attributes its methods assign on ``self``."""
    names: dict[str, str] = {}
    for item in node.body:
        if isinstance(item, ast.FunctionDef):
            names[item.name] = "method"
    for sub in ast.walk(node):
        if (
            isinstance(sub, ast.Attribute)
            and isinstance(sub.value, ast.Name)
            and sub.value.id == "self"
            and isinstance(sub.ctx, ast.Store)
        ):
            names.setdefault(sub.attr, "attribute")
    return names


def shadowed_names() -> list[str]:
    for info in pkgutil.walk_packages(oppgave.ui.__path__, "oppgave.ui."):
        importlib.import_module(info.name)
    found = []
    for name, module in sorted(sys.modules.items()):
        if not name.startswith("oppgave.ui") or module is None:
            continue
        tree = ast.parse(Path(module.__file__ or "").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            cls = getattr(module, node.name, None) if isinstance(node, ast.ClassDef) else None
            if not (inspect.isclass(cls) and issubclass(cls, QObject)):
                continue
            qt = {
                n
                for base in cls.__mro__
                if base.__module__.startswith("PySide6")
                for n in dir(base)
            }
            for member, kind in _members(node).items():  # type: ignore[arg-type]
                if member not in qt or member.startswith("_"):
                    continue
                overrides = kind == "method" and (member in VIRTUALS or member != member.lower())
                if not overrides:
                    found.append(f"{name}.{cls.__name__}.{member} ({kind})")
    return found


def test_no_member_shadows_a_qt_name() -> None:
    assert shadowed_names() == []
