"""File-menu actions for reports and Excel exchange (issue 5, desktop side).

Wires the existing :class:`~oppgave.ui.files.report_dialog.ReportDialog` and
:class:`~oppgave.ui.files.import_dialog.ImportDialog` into the main window, so the services behind
``oppgave report`` and ``oppgave import`` are reachable without the CLI. Import changes data, so
it is refused in an HMS review copy (``Workspace.is_review_copy``): reviewers must not be able to
alter the leader's task distribution by importing a sheet into their copy.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction, QKeySequence

from oppgave.i18n import translate
from oppgave.ui.common.background import BackgroundRunner
from oppgave.ui.common.dialog_service import FileKind
from oppgave.ui.document.undo_commands import SnapshotCommand

if TYPE_CHECKING:
    from oppgave.db.workspace import Workspace
    from oppgave.ui.files.import_dialog import ImportDialog
    from oppgave.ui.files.report_dialog import ReportDialog
    from oppgave.ui.window.main_window import MainWindow

# The dialogs and writers import openpyxl, ReportLab and matplotlib: each is imported when first
# used (the writers on the worker thread that writes the file), never by the first window.


def _tr(text: str) -> str:
    return translate("ExchangeActions", text)


def _selected_department_id(window: MainWindow) -> int | None:
    context = window.context
    if context is None or context.department is None:
        return None
    return context.department.id


def open_report_dialog(window: MainWindow) -> ReportDialog | None:
    """Open the report dialog for the selected department (or every municipality), with the
    scenario selected in the window preselected."""
    if window.document is None:
        return None
    from oppgave.ui.files.report_dialog import ReportDialog

    department_id = _selected_department_id(window)
    context = window.context
    scenario = context.scenario if context is not None and department_id is not None else None
    dialog = ReportDialog(
        window.document.workspace,
        department_id=department_id,
        parent=window,
        scenario_id=scenario.id if scenario is not None else None,
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
    from oppgave.ui.files.import_dialog import ImportDialog

    dialog = ImportDialog(document.workspace, department_id, parent=window)

    def write_undoably(write: Callable[[], object]) -> object:
        # One step on the undo stack: Ctrl+Z takes the whole import back (the command tells the
        # views what changed).
        command = SnapshotCommand(document, _tr("Import fra Excel"), write)
        command.execute()
        document.undo_stack.push(command)
        return command.result

    dialog.run_write = write_undoably
    dialog.show()
    return dialog


def _error_text(error: BaseException) -> str:
    """A Norwegian message for a failed write: locked or unwritable files are the usual cause."""
    if isinstance(error, PermissionError):
        return _tr(
            "Filen kunne ikke skrives: ingen tilgang, eller den er åpen i Excel. "
            "Lukk filen eller velg et annet sted, og prøv igjen."
        )
    if isinstance(error, FileNotFoundError):
        return _tr("Filen kunne ikke skrives: mappen finnes ikke. Velg et annet sted.")
    if isinstance(error, OSError):
        return _tr("Filen kunne ikke skrives: {error}").format(error=error.strerror or error)
    return str(error)


def _write_file(
    window: MainWindow,
    title: str,
    suffix: str,
    write: Callable[[Path], Any],
) -> BackgroundRunner | None:
    """Ask for a target through the dialog service, write it off the UI thread, then report."""
    document = window.document
    if document is None:
        return None
    suggested = str(document.path.with_suffix(suffix))
    # the dialog filters this type and adds the suffix only when the name lacks it
    chosen = window.dialogs.save_file(title, suggested, FileKind.of_suffix(suffix))
    if not chosen:
        return None
    target = Path(chosen)
    runner = BackgroundRunner(window)
    window.statusBar().showMessage(_tr("Skriver {path} …").format(path=target))

    def done(_result: object) -> None:
        window.statusBar().showMessage(_tr("Skrev {path}").format(path=target), 8000)
        window.dialogs.information(title, _tr("Filen er skrevet til\n{path}").format(path=target))

    def failed(error: BaseException) -> None:
        window.statusBar().clearMessage()
        window.dialogs.error(title, _error_text(error))

    runner.start(lambda: write(target), done, failed)
    return runner


def _export_workbook(workspace: Workspace, path: Path) -> object:
    from oppgave.exchange.workbook_export import export_workbook

    return export_workbook(workspace, path)


def _export_csv(workspace: Workspace, path: Path) -> object:
    from oppgave.exchange.workbook_export import export_csv

    return export_csv(workspace, path)


def _write_template(path: Path, workspace: Workspace | None) -> object:
    from oppgave.exchange.template import write_template

    return write_template(path, workspace)


def export_excel(window: MainWindow) -> BackgroundRunner | None:
    """Export the whole workspace as a workbook for the HR/rota people."""
    workspace = window.document.workspace if window.document else None
    return _write_file(
        window,
        _tr("Eksporter til Excel"),
        ".xlsx",
        lambda path: _export_workbook(workspace, path),  # type: ignore[arg-type]
    )


def export_task_csv(window: MainWindow) -> BackgroundRunner | None:
    """Export the task list as CSV (semicolons, for Norwegian Excel)."""
    workspace = window.document.workspace if window.document else None
    return _write_file(
        window,
        _tr("Eksporter oppgaveliste (CSV)"),
        ".csv",
        lambda path: _export_csv(workspace, path),  # type: ignore[arg-type]
    )


def make_template(window: MainWindow) -> BackgroundRunner | None:
    """An import template with this workspace's roles and competences in the drop-downs."""
    workspace = window.document.workspace if window.document else None
    return _write_file(
        window,
        _tr("Lag importmal"),
        ".xlsx",
        lambda path: _write_template(path, workspace),
    )


def _simple_action(
    window: MainWindow, text: str, name: str, slot: Callable[[MainWindow], object]
) -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    action.setEnabled(window.document is not None)
    action.triggered.connect(lambda: slot(window))
    return action


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
    """Add the report, export, template and import actions to the File menu."""
    window.add_menu_action("file", _report_action)
    window.add_menu_action("file", _import_action)
    window.add_menu_action(
        "file",
        lambda w: _simple_action(
            w, _tr("Eksporter til Excel …"), "exportExcelAction", export_excel
        ),
    )
    window.add_menu_action(
        "file",
        lambda w: _simple_action(
            w, _tr("Eksporter oppgaveliste (CSV) …"), "exportCsvAction", export_task_csv
        ),
    )
    window.add_menu_action(
        "file", lambda w: _simple_action(w, _tr("Lag importmal …"), "templateAction", make_template)
    )
