"""Several people in one workspace at once (issue 20): the app's edits carry the version the user
saw, a stale one is refused with the Norwegian message and the row then shows the other person's
value; the change watcher picks up what others added, keeping the selection.

Each test opens the workspace in the window and a second time as a plain ``Workspace`` (the other
user), on a file and — with ``OPPGAVE_TEST_PG_URL`` set — on the PostgreSQL server.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot
from ui_support import ScriptedDialogs, wait_loaded

from oppgave.db.workspace import Workspace
from oppgave.domain.enums import FrequencyUnit, ServiceType
from oppgave.domain.records import Frequency
from oppgave.errors import ConflictError
from oppgave.services import catalogue, organisation, scenarios, tasks, workspaces
from oppgave.ui.document.undo_commands import rename_scenario_command, update_role_command
from oppgave.ui.tasks.task_tab import TaskTab
from oppgave.ui.tasks.task_table_model import TaskColumn, TaskTableModel
from oppgave.ui.window.main_window import MainWindow

STALE = "Endret av en annen — last inn på nytt"


@pytest.fixture
def location(workspace_location: str) -> str:
    ws = workspaces.new_workspace(workspace_location)
    try:
        melhus = organisation.create_municipality(ws, "Melhus")
        department = organisation.create_department(
            ws, melhus.id, "Solsiden", ServiceType.LONG_TERM, residents=20
        )
        day = Frequency(1, FrequencyUnit.DAY)
        tasks.create_task(ws, department.id, "Middag", frequency=day, duration_minutes=45.0)
        tasks.create_task(ws, department.id, "Aktivitet", frequency=day, duration_minutes=30.0)
    finally:
        ws.close()
    return workspace_location


@pytest.fixture
def opened(qtbot: QtBot, window: MainWindow, location: str) -> MainWindow:
    assert window.open_path(location)
    assert window.context is not None
    solsiden = next(d for d in window.context.document.departments() if d.name == "Solsiden")
    window.select_department(solsiden.id)
    wait_loaded(qtbot, window.context)
    return window


@pytest.fixture
def other(location: str, opened: MainWindow) -> Iterator[Workspace]:
    """The other user: the same workspace opened a second time."""
    ws = Workspace.open(location)
    yield ws
    ws.close()


def _model(window: MainWindow) -> TaskTableModel:
    tab = window.show_tab("tasks")
    assert isinstance(tab, TaskTab)
    return tab.model


def _task_id(window: MainWindow, name: str) -> int:
    assert window.context is not None
    return next(t.id for t in window.context.task_list() if t.name == name)


def _row(model: TaskTableModel, name: str) -> int:
    for row in range(model.rowCount()):
        task = model.task_at(row)
        if task is not None and task.name == name:
            return row
    raise AssertionError(f"no row {name}")


def _set(model: TaskTableModel, name: str, column: TaskColumn, value: Any) -> bool:
    return model.setData(model.index(_row(model, name), column), value, Qt.ItemDataRole.EditRole)


def _check_now(qtbot: QtBot, window: MainWindow) -> None:
    """One tick of the watcher, waited for."""
    context = window.context
    assert context is not None
    context.check_for_others()
    qtbot.waitUntil(lambda: not context._watcher.busy, timeout=10_000)
    qtbot.wait(20)  # the result is delivered through the event loop


def test_a_stale_cell_edit_is_refused_and_the_row_shows_the_others_value(
    opened: MainWindow, other: Workspace
) -> None:
    model = _model(opened)
    middag = _task_id(opened, "Middag")
    tasks.update_task(other, middag, duration_minutes=50.0)  # Kari, while Ola looks at 45
    depth = opened.document.undo_stack.count() if opened.document else -1

    assert not _set(model, "Middag", TaskColumn.DURATION, "60")

    assert STALE in model.last_error
    assert tasks.get_task(other, middag).duration_minutes == 50.0  # Kari's value kept
    assert opened.document is not None and opened.document.undo_stack.count() == depth
    row = _row(model, "Middag")
    assert model.task_at(row).duration_minutes == 50.0  # reloaded: Ola now sees Kari's 50
    assert model.row_texts(row)[TaskColumn.DURATION] == "50 min"
    # having seen it, Ola's next edit goes through
    assert _set(model, "Middag", TaskColumn.DURATION, "60")
    assert tasks.get_task(other, middag).duration_minutes == 60.0


def test_an_edit_of_another_task_is_not_refused(opened: MainWindow, other: Workspace) -> None:
    model = _model(opened)
    tasks.update_task(other, _task_id(opened, "Aktivitet"), duration_minutes=35.0)
    assert _set(model, "Middag", TaskColumn.DURATION, "40"), model.last_error


def test_undo_after_another_changed_the_task_keeps_their_value(
    opened: MainWindow, other: Workspace, dialogs: ScriptedDialogs
) -> None:
    model = _model(opened)
    middag = _task_id(opened, "Middag")
    assert _set(model, "Middag", TaskColumn.DURATION, "60")
    assert _set(model, "Middag", TaskColumn.NOTES, "kjøkkenet")  # own edits: no conflict
    stack = opened.document.undo_stack if opened.document else None
    assert stack is not None
    stack.undo()  # the notes back: own version, allowed
    assert tasks.get_task(other, middag).notes == ""
    tasks.update_task(other, middag, duration_minutes=55.0)

    stack.undo()  # would write 45 over Kari's 55

    assert tasks.get_task(other, middag).duration_minutes == 55.0
    assert any(STALE in message for message in dialogs.messages("error"))
    assert model.task_at(_row(model, "Middag")).duration_minutes == 55.0


def test_the_watcher_shows_a_task_another_added_and_keeps_the_selection(
    qtbot: QtBot, opened: MainWindow, other: Workspace
) -> None:
    context = opened.context
    assert context is not None and context.department is not None
    tab = opened.show_tab("tasks")
    assert isinstance(tab, TaskTab)
    view = tab.view
    aktivitet = _task_id(opened, "Aktivitet")
    index = tab.proxy.mapFromSource(tab.model.index(_row(tab.model, "Aktivitet"), 0))
    view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    notes: list[str] = []
    context.status_message.connect(notes.append)
    _check_now(qtbot, opened)  # the first look only notes where things stand
    assert notes == []

    day = Frequency(1, FrequencyUnit.DAY)
    added = tasks.create_task(
        other, context.department.id, "Aftens", frequency=day, duration_minutes=25.0
    )
    tasks.update_task(other, _task_id(opened, "Middag"), notes="fra Kari")
    _check_now(qtbot, opened)

    assert "Oppdatert med endringer fra andre" in notes
    assert context.task(added.id) is not None
    assert _row(tab.model, "Aftens") >= 0
    assert tab.model.task_at(_row(tab.model, "Middag")).notes == "fra Kari"
    assert tab.selected_task_ids() == [aktivitet]  # still on Aktivitet

    notes.clear()
    _check_now(qtbot, opened)  # nothing new: no reload, no note
    assert notes == []


def test_own_edits_are_not_reported_as_others(qtbot: QtBot, opened: MainWindow) -> None:
    context = opened.context
    assert context is not None
    notes: list[str] = []
    context.status_message.connect(notes.append)
    _check_now(qtbot, opened)
    assert _set(_model(opened), "Middag", TaskColumn.DURATION, "40")
    _check_now(qtbot, opened)
    _check_now(qtbot, opened)
    assert notes == []


def test_a_stale_role_edit_and_scenario_rename_are_refused(
    opened: MainWindow, other: Workspace
) -> None:
    document = opened.document
    assert document is not None and opened.context is not None
    role = catalogue.list_roles(document.workspace)[0]
    catalogue.update_role(other, role.id, name="Endret av Kari")
    depth = document.undo_stack.count()
    with pytest.raises(ConflictError, match=STALE):
        update_role_command(document, role, {"name": "Endret av Ola"}).execute()
    assert {x.id: x.name for x in catalogue.list_roles(other)}[role.id] == "Endret av Kari"

    scenario = opened.context.scenarios()[0]
    scenarios.update_scenario(other, scenario.id, name="Karis navn")
    with pytest.raises(ConflictError, match=STALE):
        rename_scenario_command(document, scenario, "Olas navn").execute()
    assert {s.name for s in scenarios.list_scenarios(other, scenario.department_id)} >= {
        "Karis navn"
    }
    assert document.undo_stack.count() == depth


def test_the_watcher_reloads_the_catalogue_another_changed(
    qtbot: QtBot, opened: MainWindow, other: Workspace
) -> None:
    """Roles and settings are cached by the window (WorkspaceDocument); another user's change
    of them must reach every tab, not wait for the app to be restarted."""
    from oppgave.services import settings

    document = opened.document
    context = opened.context
    assert document is not None and context is not None
    role = document.roles()[0]  # cached from here on
    assert document.settings().hours_per_fte == 35.5
    changes: list[Any] = []
    document.changed.connect(changes.append)
    notes: list[str] = []
    context.status_message.connect(notes.append)
    _check_now(qtbot, opened)  # the baseline

    catalogue.update_role(other, role.id, name="Sykepleier fra Kari")
    settings.update(other, hours_per_fte=37.5)
    _check_now(qtbot, opened)

    assert "Oppdatert med endringer fra andre" in notes
    assert {x.id: x.name for x in document.roles()}[role.id] == "Sykepleier fra Kari"
    assert document.settings().hours_per_fte == 37.5
    kinds = set().union(*(change.kinds for change in changes))
    assert {"catalogue", "settings"} <= {kind.value for kind in kinds}
    # the department's own data did not change: its tasks were not reloaded for it
    assert not any(change.department_id is not None for change in changes)
    assert context.department is not None and context.department.name == "Solsiden"
