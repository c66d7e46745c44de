"""Modules the command handlers use, imported when a handler first touches them.

Every ``oppgave`` command first builds the whole parser, which imports every command module;
if those modules imported the services at the top, each command (``--help`` included) would
pay for SQLAlchemy and the ORM models (≈1 s) before doing anything. A command module instead
writes::

    if TYPE_CHECKING:
        from oppgave.services import workspaces
    else:
        workspaces = lazy_module("oppgave.services.workspaces")

and uses ``workspaces.open_workspace(...)`` as before. The stand-in itself lives in
:mod:`oppgave.lazy` (the app's first window uses it too).
"""

from __future__ import annotations

from oppgave.lazy import lazy_module

__all__ = ["lazy_module"]
