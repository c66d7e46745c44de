"""The «valgt» mark in the window: a Scenario-menu action, a marker in the list, undoable."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from ui_support import ScriptedDialogs, wait_loaded

from oppgave.services import scenarios
from oppgave.ui.window.main_window import MainWindow


def _chosen(window: MainWindow) -> list[str]:
    assert window.context is not None
    return [s.name for s in window.context.scenarios() if s.is_chosen]


def test_choose_a_scenario_from_the_menu_and_undo_it(
    opened: MainWindow, qtbot: QtBot, dialogs: ScriptedDialogs
) -> None:
    context = opened.context
    assert context is not None and context.department is not None
    action = opened.choose_scenario_action
    assert action in opened.menu("scenario").actions()
    proposal = next(s for s in context.scenarios() if not s.is_baseline)
    opened.select_scenario(proposal.id)
    wait_loaded(qtbot, context)
    assert action.isEnabled() and not action.isChecked()

    action.trigger()
    assert _chosen(opened) == [proposal.name]
    assert action.isChecked()
    marked = opened.header.scenario_combo.itemText(
        opened.header.scenario_combo.findData(proposal.id)
    )
    assert marked.startswith(proposal.name) and "valgt" in marked

    # another scenario takes the mark; undo gives it back
    dialogs.answer("get_text", "Forslag B")
    opened.scenarios.new_scenario()
    wait_loaded(qtbot, context)
    assert context.scenario is not None and context.scenario.name == "Forslag B"
    action.trigger()
    assert _chosen(opened) == ["Forslag B"]
    stack = context.document.undo_stack
    stack.undo()
    assert _chosen(opened) == [proposal.name]
    stack.undo()  # the new scenario
    stack.undo()  # the first mark
    assert _chosen(opened) == []
    assert scenarios.chosen_scenario(context.workspace, context.department.id) is None
    stack.redo()
    assert _chosen(opened) == [proposal.name]
    remarked = opened.header.scenario_combo.itemText(
        opened.header.scenario_combo.findData(proposal.id)
    )
    assert "valgt" in remarked  # the list follows undo/redo too
