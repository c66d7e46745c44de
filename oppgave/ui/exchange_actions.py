"""File-menu actions for reports and Excel exchange (issue 5, desktop side).

Wires the existing :class:`~oppgave.ui.report_dialog.ReportDialog` and
:class:`~oppgave.ui.import_dialog.ImportDialog` into the main window, so the services behind
``oppgave report`` and ``oppgave import`` are reachable without the CLI. Import changes data, so
it is refused in an HMS review copy (``Workspace.is_review_copy``): reviewers must not be able to
alter the leader's task distribution by importing a sheet into their copy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

from oppgave.i18n import translate
from oppgave.ui.import_dialog import ImportDialog
from oppgave.ui.report_dialog import ReportDialog
from oppgave.ui.workspace_document import ChangeKind, DataChange

if TYPE_CHECKING:
    from oppgave.ui.main_window import MainWindow


def _tr(text: str) -> str:
    return translate("ExchangeActions", text)


def _selected_department_id(window: MainWindow) -> int | None:
    context = window.context
    if context is None or context.department is None:
        return None
    return context.department.id


def open_report_dialog(window: MainWindow) -> ReportDialog | None:
    """Open the report dialog for the selected department (or every municipality)."""
    if window.document is None:
        return None
    dialog = ReportDialog(
        window.document.workspace, department_id=_selected_department_id(window), parent=window
    )
    dialog.show()
    return dialog


def import_allowed(window: MainWindow) -> bool:
    """Import writes tasks: only into an open, ordinary workspace with a department selected."""
    document = window.document
    if document is None or _selected_department_id(window) is None:
        return False
    return not getattr(document.workspace, "is_review_copy", False)


def open_import_dialog(window: MainWindow) -> ImportDialog | None:
    """Open the import dialog for the selected department; refused in a review copy."""
    document = window.document
    if document is None:
        return None
    if getattr(document.workspace, "is_review_copy", False):
        window.dialogs.error(
            _tr("Import ikke tillatt"),
            _tr("Dette er en HMS-gjennomgangskopi. Import kan bare gjøres i lederens arbeidsfil."),
        )
        return None
    department_id = _selected_department_id(window)
    if department_id is None:
        window.dialogs.error(_tr("Importer fra Excel"), _tr("Velg en avdeling først."))
        return None
    dialog = ImportDialog(document.workspace, department_id, parent=window)

    def refresh(_outcome: object) -> None:
        # The import wrote through the services, outside the undo stack: tell the views.
        document.notify(
            DataChange.of(ChangeKind.TASKS, ChangeKind.ASSIGNMENTS, ChangeKind.ORGANISATION)
        )

    dialog.imported.connect(refresh)
    dialog.show()
    return dialog


def _report_action(window: MainWindow) -> QAction:
    action = QAction(_tr("Rapport (PDF) …"), window)
    action.setObjectName("reportAction")
    action.setShortcut(QKeySequence("Ctrl+P"))
    action.setEnabled(window.document is not None)
    action.triggered.connect(lambda: open_report_dialog(window))
    return action


def _import_action(window: MainWindow) -> QAction:
    action = QAction(_tr("Importer fra Excel …"), window)
    action.setObjectName("importAction")
    document = window.document
    action.setEnabled(
        document is not None and not getattr(document.workspace, "is_review_copy", False)
    )
    action.triggered.connect(lambda: open_import_dialog(window))
    return action


def install(window: MainWindow) -> None:
    """Add the report and import actions to the File menu."""
    window.add_menu_action("file", _report_action)
    window.add_menu_action("file", _import_action)
