"""The base of the tabs shown for the selected department (Oppgaver, Tavle, Bemanning, …).

A tab gets the :class:`DepartmentContext` and refreshes when the selection or the data changes.
Tabs that are expensive to refresh call :meth:`schedule_refresh`: a hidden tab only notes that
it is out of date and refreshes when it is shown. A tab may offer actions for the main window's
menus by returning them from :meth:`menu_actions` (keys are the menu names of
``MainWindow.MENUS``).

Translated strings live in the subclasses (``self.tr`` takes its context from the class of the
object, so a base class must not call it).
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import QWidget

from oppgave.ui.document.department_context import DepartmentContext
from oppgave.ui.window.data_edits import DataEdit


class DepartmentTab(QWidget):
    def __init__(self, context: DepartmentContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._dirty = False
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self._refresh_now)

    def menu_actions(self) -> dict[str, list[QAction]]:
        """Actions this tab adds to the main window's menus, by menu name."""
        return {}

    def data_edits(self) -> list[DataEdit]:
        """This tab's controls that change data; the window turns them off while the data
        cannot be edited (``MainWindow.data_editable``). A tab that edits data lists them."""
        return []

    def refresh(self) -> None:
        """Show the current data (subclasses)."""

    def schedule_refresh(self) -> None:
        """Refresh soon if visible (several changes in a row refresh once), else when shown."""
        if self.isVisible():
            self._refresh_timer.start()
        else:
            self._dirty = True

    def _refresh_now(self) -> None:
        self._dirty = False
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._dirty:
            self._refresh_now()
