"""A module imported when it is first used, not when the module naming it is imported.

The CLI builds its whole parser before every command, and the app builds its first window before
a file is opened; if the modules they import named the services at the top, both would pay for
SQLAlchemy and the ORM models (≈0.7 s) before doing anything (issue 18). Such a module writes::

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
from typing import Any, cast


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
    return cast(ModuleType, _LazyModule(name))  # typed as the module it stands for
