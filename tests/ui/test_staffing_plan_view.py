"""The «Bemanningsplan» tab: edit a cell through the spin-box delegate, the figure is saved,
Ctrl+Z restores and redo repeats it, the flags follow, and a review copy is read-only."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QSpinBox, QStyleOptionViewItem
from pytestqt.qtbot import QtBot
from ui_support import ScriptedDialogs, wait_loaded

from oppgave.domain.enums import DayType, Shift
from oppgave.services import staffing_plan_edits
from oppgave.ui.staffing.staffing_plan_view import PlanColumn, StaffingPlanTab
from oppgave.ui.window.main_window import MainWindow


def _tab(qtbot: QtBot, window: MainWindow) -> StaffingPlanTab:
    window.parts.install()  # the Analyse and Bemanningsplan tabs (idempotent)
    tab = window.department_tab("staffing_plan")
    assert isinstance(tab, StaffingPlanTab)
    window.tabs.setCurrentWidget(tab)
    tab.refresh()
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=5000)
    return tab


def _review_copy(qtbot: QtBot, window: MainWindow, dialogs: ScriptedDialogs, target: Path) -> None:
    """Export an HMS review copy through the window and open it (review mode)."""
    controller = window.parts.review
    dialogs.answer("save_file", str(target))
    controller.export_copy()
    qtbot.waitUntil(lambda: not controller.writing, timeout=10_000)
    window.close_document()
    assert window.open_path(target)
    assert window.context is not None
    window.select_department(window.context.document.departments()[0].id)
    wait_loaded(qtbot, window.context)


DEPARTMENT = "Skaun sykehjem, skjermet enhet"


@pytest.fixture
def skaun(qtbot: QtBot, window: MainWindow, demo_copy: Path) -> MainWindow:
    """The window on a copy of the demo, the Skaun nursing home selected (a proposal, real
    task hours per shift and the nurse floor)."""
    assert window.open_path(demo_copy)
    assert window.context is not None
    found = next(d for d in window.context.document.departments() if d.name == DEPARTMENT)
    window.select_department(found.id)
    wait_loaded(qtbot, window.context)
    return window


def _row(tab: StaffingPlanTab, code: str, shift: Shift, day_type: DayType) -> int:
    roles = {r.id: r.code for r in tab.model.edited.data.roles}  # type: ignore[union-attr]
    return next(
        i
        for i, c in enumerate(tab.model.rows)
        if roles[c.role_id] == code and c.shift is shift and c.day_type is day_type
    )


def _edit_through_delegate(tab: StaffingPlanTab, row: int, people: int) -> None:
    """What a double click, typing and Enter do: the delegate's spin box writes the model."""
    index = tab.model.index(row, PlanColumn.PLAN)
    delegate = tab.view.itemDelegateForColumn(PlanColumn.PLAN)
    editor = delegate.createEditor(tab.view.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(editor, QSpinBox)
    delegate.setEditorData(editor, index)
    assert editor.value() == tab.model.rows[row].people
    editor.setValue(people)
    delegate.setModelData(editor, tab.model, index)
    editor.deleteLater()


def test_edit_is_saved_undone_with_ctrl_z_and_redone(qtbot: QtBot, skaun: MainWindow) -> None:
    tab = _tab(qtbot, skaun)
    edited = tab.model.edited
    assert edited is not None and not edited.scenario.is_baseline  # the proposal by default
    row = _row(tab, "HFA", Shift.EVENING, DayType.WEEKDAY)
    cell = tab.model.rows[row]
    derived = cell.people
    wanted = cell.today + 3
    assert skaun.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)

    _edit_through_delegate(tab, row, wanted)
    qtbot.waitUntil(lambda: tab.model.rows[row].people == wanted, timeout=5000)
    workspace = skaun.context.workspace  # type: ignore[union-attr]
    assert staffing_plan_edits.edits_map(workspace, edited.scenario.id) == {
        (cell.role_id, Shift.EVENING, DayType.WEEKDAY): wanted
    }
    shown = tab.model.rows[row]
    assert shown.edited and shown.overloaded
    assert tab.model.index(row, PlanColumn.PLAN).data() == f"{wanted} ✎"
    assert tab.model.index(row, PlanColumn.DERIVED).data() == str(derived)
    assert tab.model.index(row, PlanColumn.CHANGE).data() == "+3"
    assert "overbelastet i dag" in tab.model.index(row, PlanColumn.FLAGS).data()
    assert "endret" in tab.model.index(row, PlanColumn.FLAGS).data()

    skaun.undo_action.trigger()  # Ctrl+Z
    qtbot.waitUntil(lambda: not tab.model.rows[row].edited, timeout=5000)
    assert tab.model.rows[row].people == derived
    assert staffing_plan_edits.list_edits(workspace, edited.scenario.id) == []

    skaun.redo_action.trigger()
    qtbot.waitUntil(lambda: tab.model.rows[row].edited, timeout=5000)
    assert tab.model.rows[row].people == wanted
    assert staffing_plan_edits.edits_map(workspace, edited.scenario.id) == {
        (cell.role_id, Shift.EVENING, DayType.WEEKDAY): wanted
    }


def test_flags_change_and_a_broken_floor_is_shown(qtbot: QtBot, skaun: MainWindow) -> None:
    tab = _tab(qtbot, skaun)
    assert tab.warnings.text() == ""
    row = _row(tab, "SPL", Shift.NIGHT, DayType.WEEKEND)
    assert tab.model.rows[row].people >= 1
    _edit_through_delegate(tab, row, 0)
    qtbot.waitUntil(lambda: tab.model.rows[row].people == 0, timeout=5000)
    plan = tab.model.edited.plan  # type: ignore[union-attr]
    # a nursing home: at least one authorised nurse on every shift
    assert [(b.floor.shift, b.day_type) for b in plan.breaches] == [(Shift.NIGHT, DayType.WEEKEND)]
    assert "Natt helg: 0" in tab.warnings.text() and tab.warnings.isVisibleTo(tab)
    cell = tab.model.rows[row]
    flags = tab.model.index(row, PlanColumn.FLAGS).data()
    assert ("ledig kapasitet" in flags) == cell.under_used
    # back to the derived figure with the button: the warning goes
    tab.view.setCurrentIndex(tab.model.index(row, PlanColumn.PLAN))
    tab.reset_selected()
    qtbot.waitUntil(lambda: not tab.model.rows[row].edited, timeout=5000)
    assert tab.warnings.text() == ""


def test_review_copy_shows_the_plan_read_only(
    qtbot: QtBot, skaun: MainWindow, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    _review_copy(qtbot, skaun, dialogs, tmp_path / "hms.oppgave")
    tab = _tab(qtbot, skaun)
    assert skaun.context.data_locked  # type: ignore[union-attr]
    index = tab.model.index(0, PlanColumn.PLAN)
    assert not tab.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    before = tab.model.rows[0].people
    assert not tab.model.setData(index, before + 1, Qt.ItemDataRole.EditRole)
    assert not tab.reset_button.isEnabled()
    assert tab.model.rows[0].people == before
    assert not skaun.context.undo_stack.canUndo()  # type: ignore[union-attr]


def test_the_chooser_shows_the_chosen_scenario_and_follows_the_window(
    qtbot: QtBot, skaun: MainWindow
) -> None:
    tab = _tab(qtbot, skaun)
    context = skaun.context
    assert context is not None
    baseline = next(s for s in context.scenarios() if s.is_baseline)
    proposal = tab.model.edited.scenario  # type: ignore[union-attr]
    tab.scenario_choice.setCurrentIndex(tab.scenario_choice.findData(baseline.id))
    tab.scenario_choice.activated.emit(tab.scenario_choice.currentIndex())
    qtbot.waitUntil(
        lambda: tab.model.edited is not None and tab.model.edited.scenario.id == baseline.id,
        timeout=5000,
    )
    # «I dag»: the plan's today column is today's staffing, as for the proposal
    assert sum(c.today for c in tab.model.rows) > 0
    # the window picks the proposal: the tab follows
    skaun.select_scenario(baseline.id)
    skaun.select_scenario(proposal.id)
    qtbot.waitUntil(
        lambda: tab.model.edited is not None and tab.model.edited.scenario.id == proposal.id,
        timeout=5000,
    )
    assert tab.scenario_choice.currentData() == proposal.id
