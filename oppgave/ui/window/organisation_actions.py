"""The window's organisation tree actions: which department is shown, and new/edit/delete of
municipalities and departments.

Composed by :class:`~oppgave.ui.window.main_window.MainWindow` as ``window.organisation``; the tree
widget and its model are the window's, this module fills and follows them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint
from PySide6.QtWidgets import QMenu

from oppgave.domain import records as r
from oppgave.errors import OppgaveError
from oppgave.lazy import lazy_module
from oppgave.ui.common.dialog_service import DepartmentFields
from oppgave.ui.document.undo_commands import (
    create_department_command,
    create_municipality_command,
    update_department_command,
)
from oppgave.ui.document.workspace_document import ChangeKind, DataChange

if TYPE_CHECKING:
    from oppgave.services import organisation
    from oppgave.ui.window.main_window import MainWindow
else:
    # the services load SQLAlchemy: imported on first use, after the first window shows (issue 18)
    organisation = lazy_module("oppgave.services.organisation")


def _tr(text: str) -> str:
    # the window's translation context: these texts were the window's and keep their translations
    return QCoreApplication.translate("MainWindow", text)


def department_setting_key(workspace_uuid: str) -> str:
    """Where the app remembers the department last shown in a workspace."""
    return f"last_department/{workspace_uuid}"


class OrganisationActions:
    """The organisation tree of one window: selection, context menu and the edits."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        #: The scenario to show once the department chosen by :meth:`select_department` is set.
        self._pending_scenario: int | None = None

    def department_key(self) -> str:
        """The setting holding the department last shown in the open workspace."""
        document = self.window.document
        return department_setting_key(document.workspace.uuid if document else "")

    def refresh_tree(self) -> None:
        window = self.window
        if window.document is None:
            window.tree_model.set_data([], [])
            return
        workspace = window.document.workspace
        window.tree_model.set_data(
            organisation.list_municipalities(workspace), organisation.list_departments(workspace)
        )
        window.tree.expandAll()

    def select_department(self, department_id: int | None, scenario_id: int | None = None) -> None:
        window = self.window
        model = window.tree_model
        index = model.index_of_department(department_id) if department_id is not None else None
        if index is None or not index.isValid():
            index = model.first_department()
        self._pending_scenario = scenario_id
        if index.isValid():
            window.tree.setCurrentIndex(index)
            # setCurrentIndex does not signal when the index is already current
            if window.context is not None and window.context.department != model.record(index):
                self.tree_current_changed(index, QModelIndex())
        elif window.context is not None:
            window.context.set_department(None)

    def tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        window = self.window
        context = window.context
        if context is None:
            return
        record = window.tree_model.record(current)
        if isinstance(record, r.Department):
            scenario_id = self._pending_scenario
            self._pending_scenario = None
            if context.department is None or context.department.id != record.id or scenario_id:
                context.set_department(record, scenario_id)
            if window.document is not None:
                window.settings.set_value(self.department_key(), record.id)

    def tree_menu(self, position: QPoint) -> None:
        window = self.window
        menu = QMenu(window)
        for item in (
            window.new_municipality_action,
            window.new_department_action,
            window.edit_department_action,
            window.delete_department_action,
        ):
            menu.addAction(item)
        menu.exec(window.tree.viewport().mapToGlobal(position))

    def _selected_municipality_id(self) -> int | None:
        window = self.window
        record = window.tree_model.record(window.tree.currentIndex())
        if isinstance(record, r.Municipality):
            return record.id
        if isinstance(record, r.Department):
            return record.municipality_id
        municipalities = window.tree_model.municipalities()
        return municipalities[0].id if municipalities else None

    def new_municipality(self) -> None:
        context = self.window.context
        if context is None:
            return
        name = self.window.dialogs.get_text(_tr("Ny kommune"), _tr("Navn på kommunen:"))
        if name:
            context.run(create_municipality_command(context.document, name))

    def new_department(self) -> None:
        context, dialogs = self.window.context, self.window.dialogs
        if context is None:
            return
        municipality_id = self._selected_municipality_id()
        if municipality_id is None:
            name = dialogs.get_text(_tr("Ny avdeling"), _tr("Først en kommune. Navn på kommunen:"))
            if not name:
                return
            command = create_municipality_command(context.document, name)
            if not context.run(command) or command.record is None:
                return
            municipality_id = command.record.id
        fields = dialogs.edit_department(_tr("Ny avdeling"))
        if fields is None:
            return
        create = create_department_command(
            context.document, municipality_id, fields.name, fields.service_type, fields.residents
        )
        if context.run(create) and create.record is not None:
            self.select_department(create.record.department.id)

    def edit_department(self) -> None:
        context = self.window.context
        if context is None or context.department is None:
            return
        before = context.department
        fields = self.window.dialogs.edit_department(
            _tr("Endre avdeling"),
            DepartmentFields(before.name, before.service_type, before.residents),
        )
        if fields is not None:
            context.run(
                update_department_command(
                    context.document, before, fields.name, fields.service_type, fields.residents
                )
            )

    def delete_department(self) -> None:
        context, dialogs = self.window.context, self.window.dialogs
        if context is None or context.department is None:
            return
        department = context.department
        if not dialogs.confirm(
            _tr("Slett avdeling"),
            _tr(
                "Slette avdelingen «{name}» med alle oppgaver, scenarioer og bemanning? "
                "Dette kan ikke angres, og angre-historikken tømmes."
            ).format(name=department.name),
            _tr("Slett avdelingen"),
        ):
            return
        try:
            organisation.delete_department(context.workspace, department.id)
        except OppgaveError as error:
            dialogs.error(_tr("Kunne ikke slette"), error.message)
            return
        context.undo_stack.clear()
        context.document.notify(DataChange.of(ChangeKind.ORGANISATION, department_id=department.id))
