"""Modules the command handlers use, imported when a handler first touches them.

Every ``oppgave`` command first builds the whole parser, which imports every command module;
if those modules imported the services at the top, each command (``--help`` included) would
pay for SQLAlchemy and the ORM models (≈1 s) before doing anything. A command module instead
writes::

    if TYPE_CHECKING:
        from oppgave.services import workspaces
    else:
        workspaces = lazy_module("oppgave.services.workspaces")

and uses ``workspaces.open_workspace(...)`` as before: the type checker sees the real module,
the first attribute access at run time imports it.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any


class _LazyModule:
    """Stands for a module until an attribute is read, then imports it and delegates."""

    __slots__ = ("_name",)

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attribute: str) -> Any:
        return getattr(importlib.import_module(self._name), attribute)

    def __repr__(self) -> str:
        return f"<lazy module {self._name!r}>"


def lazy_module(name: str) -> ModuleType:
    """A stand-in for the module ``name`` that imports it on first attribute access."""
    module: Any = _LazyModule(name)
    return module  # typed as the module it stands for
