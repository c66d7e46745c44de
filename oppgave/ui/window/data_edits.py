"""The actions and widgets that change data, and the one rule that turns them off.

Whether the open data can be edited is one property of the main window,
``MainWindow.data_editable`` (false with no file open and in an HMS review copy, where
``WorkspaceDocument.data_locked``); the window announces a change with
``data_editable_changed(bool)``. Every part of the window that changes data lists its controls
as :class:`DataEdit` entries — the window its own, each tab through
``DepartmentTab.data_edits()``, extensions through ``MainWindow.register_data_edits`` — and
:func:`apply_data_edits` sets them all from that one property. Nothing looks controls up by
name or by button text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget


def _always() -> bool:
    return True


@dataclass(frozen=True, slots=True)
class DataEdit:
    """A control that changes data: enabled while the data can be edited and ``when()`` holds
    (e.g. «rename» only for a proposal, «new task» only with a department selected)."""

    control: QAction | QWidget
    when: Callable[[], bool] = _always

    def apply(self, editable: bool) -> None:
        self.control.setEnabled(editable and self.when())


def apply_data_edits(edits: Iterable[DataEdit], editable: bool) -> list[DataEdit]:
    """Enable or disable each control; returns those still alive (a menu rebuilt after a
    language switch deletes its old actions: they are dropped)."""
    alive = []
    for edit in edits:
        try:
            edit.apply(editable)
        except RuntimeError:  # the Qt object is gone
            continue
        alive.append(edit)
    return alive
