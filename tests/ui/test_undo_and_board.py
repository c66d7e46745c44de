"""Undo and redo of every kind of edit, and the board: drag, totals, warnings."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot
from ui_support import ScriptedDialogs, wait_loaded

from oppgave.domain.enums import TaskStatus
from oppgave.domain.totals import fte
from oppgave.services import catalogue, scenarios, tasks
from oppgave.ui.board.board_model import CARD_MIME, BoardColumnModel, Card
from oppgave.ui.board.board_tab import BoardTab
from oppgave.ui.tasks.task_tab import TaskTab
from oppgave.ui.tasks.task_table_model import TaskColumn
from oppgave.ui.window.main_window import MainWindow


def _tasks(window: MainWindow) -> dict[str, Any]:
    context = window.context
    assert context is not None and context.department is not None
    return {t.name: t for t in tasks.list_tasks(context.workspace, context.department.id)}


def _shares(window: MainWindow, name: str) -> dict[int, float]:
    context = window.context
    assert context is not None and context.scenario is not None
    task_id = _tasks(window)[name].id
    return scenarios.get_assignments(context.workspace, context.scenario.id).get(task_id, {})


def _roles(window: MainWindow) -> dict[str, int]:
    assert window.context is not None
    return {role.code: role.id for role in catalogue.list_roles(window.context.workspace)}


def _board(window: MainWindow, qtbot: QtBot) -> BoardTab:
    board = window.show_tab("board")
    assert isinstance(board, BoardTab)
    qtbot.waitUntil(lambda: not board._refresh_timer.isActive() and not board._dirty)
    board.refresh()
    return board


def _card(board: BoardTab, role_id: int | None, name: str) -> tuple[BoardColumnModel, QModelIndex]:
    model = board.column(role_id).model
    for row, card in enumerate(model.cards):
        if card.task.name == name:
            return model, model.index(row, 0)
    raise AssertionError(f"{name} not in column {role_id}")


# --- undo / redo ------------------------------------------------------------------------------


def test_undo_redo_of_a_cell_edit(opened: MainWindow) -> None:
    tab = opened.show_tab("tasks")
    assert isinstance(tab, TaskTab)
    stack = opened.context.undo_stack  # type: ignore[union-attr]
    row = next(r for r in range(tab.model.rowCount()) if tab.model.task_at(r).name == "Middag")  # type: ignore[union-attr]
    assert tab.model.setData(tab.model.index(row, TaskColumn.DURATION), "50")
    assert tab.model.setData(tab.model.index(row, TaskColumn.STATUS), TaskStatus.AGREED)
    assert _tasks(opened)["Middag"].duration_minutes == 50
    assert "Angre" in opened.undo_action.text()
    stack.undo()
    assert _tasks(opened)["Middag"].status is TaskStatus.MAPPED
    stack.undo()
    assert _tasks(opened)["Middag"].duration_minutes == 45
    assert tab.model.row_texts(row)[TaskColumn.DURATION] == "45 min"  # the view follows
    stack.redo()
    stack.redo()
    middag = _tasks(opened)["Middag"]
    assert (middag.duration_minutes, middag.status) == (50, TaskStatus.AGREED)
    assert tab.model.row_texts(row)[TaskColumn.STATUS] == "Enighet"


def test_undo_redo_of_shares(opened: MainWindow) -> None:
    tab = opened.show_tab("tasks")
    assert isinstance(tab, TaskTab)
    roles = _roles(opened)
    row = next(r for r in range(tab.model.rowCount()) if tab.model.task_at(r).name == "Morgenstell")  # type: ignore[union-attr]
    assert tab.model.setData(tab.model.index(row, TaskColumn.ROLES), "HFA 50, LRL 50")
    assert _shares(opened, "Morgenstell") == {roles["HFA"]: 50, roles["LRL"]: 50}
    opened.context.undo_stack.undo()  # type: ignore[union-attr]
    assert _shares(opened, "Morgenstell") == {roles["HFA"]: 70, roles["ASS"]: 30}
    assert tab.model.row_texts(row)[TaskColumn.ROLES] == "HFA 70 %, ASS 30 %"
    opened.context.undo_stack.redo()  # type: ignore[union-attr]
    assert _shares(opened, "Morgenstell") == {roles["HFA"]: 50, roles["LRL"]: 50}


def test_undo_redo_of_add_and_delete_keeps_identity_and_shares(
    opened: MainWindow, qtbot: QtBot
) -> None:
    tab = opened.show_tab("tasks")
    assert isinstance(tab, TaskTab)
    stack = opened.context.undo_stack  # type: ignore[union-attr]
    qtbot.keyClicks(tab.quick_add, "Kveldsmat")
    qtbot.keyClick(tab.quick_add, Qt.Key.Key_Return)
    added = _tasks(opened)["Kveldsmat"]
    stack.undo()
    assert "Kveldsmat" not in _tasks(opened)
    assert tab.model.rowCount() == 6
    stack.redo()
    assert _tasks(opened)["Kveldsmat"] == added  # same id and uuid after redo
    assert tab.model.rowCount() == 7

    before = _tasks(opened)["Morgenstell"]
    shares_before = _shares(opened, "Morgenstell")
    row = tab.proxy.mapFromSource(tab.model.index(tab.model.row_of(before.id), 0)).row()  # type: ignore[arg-type]
    tab.view.selectRow(row)
    tab.delete_selected()
    assert "Morgenstell" not in _tasks(opened)
    assert tab.model.row_of(before.id) is None
    stack.undo()
    assert _tasks(opened)["Morgenstell"] == before
    assert _shares(opened, "Morgenstell") == shares_before
    assert tab.model.row_of(before.id) is not None
    stack.redo()
    assert "Morgenstell" not in _tasks(opened)


def test_board_move_is_undoable(opened: MainWindow, qtbot: QtBot) -> None:
    board = _board(opened, qtbot)
    roles = _roles(opened)
    assert board.move_card(_tasks(opened)["Middag"].id, roles["ASS"], roles["SRV"])
    assert _shares(opened, "Middag") == {roles["SRV"]: 100}
    opened.context.undo_stack.undo()  # type: ignore[union-attr]
    assert _shares(opened, "Middag") == {roles["ASS"]: 100}
    opened.context.undo_stack.redo()  # type: ignore[union-attr]
    assert _shares(opened, "Middag") == {roles["SRV"]: 100}


# --- the board --------------------------------------------------------------------------------


def test_board_models_pass_the_model_tester(
    opened: MainWindow, qtbot: QtBot, qtmodeltester: Any
) -> None:
    board = _board(opened, qtbot)
    for column in board.columns.values():
        qtmodeltester.check(column.model)


def test_split_task_shows_in_each_column_with_its_share(opened: MainWindow, qtbot: QtBot) -> None:
    board = _board(opened, qtbot)
    roles = _roles(opened)
    hfa_model, hfa_index = _card(board, roles["HFA"], "Morgenstell")
    ass_model, ass_index = _card(board, roles["ASS"], "Morgenstell")
    hfa_card, ass_card = hfa_index.data(0x0101), ass_index.data(0x0101)
    assert isinstance(hfa_card, Card) and isinstance(ass_card, Card)
    assert (hfa_card.share, ass_card.share) == (70, 30)
    assert hfa_card.hours == pytest.approx(28 * 0.7)
    assert hfa_card.split and ass_card.split
    _card(board, None, "Aktivitet")  # unassigned column


def test_drag_a_card_changes_assignment_and_totals(opened: MainWindow, qtbot: QtBot) -> None:
    board = _board(opened, qtbot)
    roles = _roles(opened)
    hours_per_fte = opened.context.document.settings().hours_per_fte  # type: ignore[union-attr]
    spl_before = board.totals[roles["SPL"]].hours
    hfa_before = board.totals[roles["HFA"]].hours
    source, index = _card(board, roles["SPL"], "Turnusplanlegging")
    moved_hours = index.data(0x0101).hours
    mime = source.mimeData([index])
    assert mime.hasFormat(CARD_MIME)
    target = board.column(roles["HFA"]).model
    assert target.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert not source.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert target.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    qtbot.waitUntil(lambda: _shares(opened, "Turnusplanlegging") == {roles["HFA"]: 100})
    qtbot.waitUntil(lambda: board.totals[roles["HFA"]].hours > hfa_before)
    assert board.totals[roles["HFA"]].hours == pytest.approx(hfa_before + moved_hours)
    assert board.totals[roles["SPL"]].hours == pytest.approx(spl_before - moved_hours)
    assert board.totals[roles["HFA"]].fte == pytest.approx(
        fte(hfa_before + moved_hours, hours_per_fte)
    )
    _card(board, roles["HFA"], "Turnusplanlegging")
    hfa_header = board.column(roles["HFA"]).totals.text()
    assert "årsverk" in hfa_header
    # and the card now warns: HFA lacks rota planning, and names the course that gives it
    card = _card(board, roles["HFA"], "Turnusplanlegging")[1].data(0x0101)
    assert [gap.competence.code for gap in card.gaps] == ["TURNUS"]
    assert card.gaps[0].courses[0].name == "Turnusplanlegging"


def test_shift_drop_moves_a_share(
    opened: MainWindow, qtbot: QtBot, dialogs: ScriptedDialogs
) -> None:
    board = _board(opened, qtbot)
    roles = _roles(opened)
    dialogs.answer("get_share", 20.0)
    task = _tasks(opened)["Morgenstell"]
    assert board.move_card(task.id, roles["HFA"], roles["SPL"], ask_share=True, share=70.0)
    assert _shares(opened, "Morgenstell") == {
        roles["HFA"]: pytest.approx(50),
        roles["ASS"]: 30,
        roles["SPL"]: pytest.approx(20),
    }
    board.refresh()
    assert _card(board, roles["SPL"], "Morgenstell")[1].data(0x0101).share == pytest.approx(20)


def test_card_warns_when_role_lacks_competence(opened: MainWindow, qtbot: QtBot) -> None:
    board = _board(opened, qtbot)
    roles = _roles(opened)
    assert board.move_card(_tasks(opened)["Insulin"].id, roles["SPL"], roles["HFA"])
    board.refresh()
    card = _card(board, roles["HFA"], "Insulin")[1].data(0x0101)
    assert card.warning
    assert [(code, missing) for code, missing in card.badges] == [("LM-INSULIN", True)]
    assert card.gaps[0].courses[0].name == "Insulinopplæring"
    ok_card = _card(board, roles["HFA"], "Morgenstell")[1].data(0x0101)
    assert not ok_card.warning


def test_board_refuses_a_move_a_proposal_forbids(
    opened: MainWindow, qtbot: QtBot, dialogs: ScriptedDialogs
) -> None:
    proposal = next(s for s in opened.context.scenarios() if not s.is_baseline)  # type: ignore[union-attr]
    opened.select_scenario(proposal.id)
    wait_loaded(qtbot, opened.context)  # type: ignore[arg-type]
    board = _board(opened, qtbot)
    roles = _roles(opened)
    assert not board.move_card(_tasks(opened)["Insulin"].id, roles["SPL"], roles["ASS"])
    assert "begrenset" in dialogs.messages("error")[0]
    assert _shares(opened, "Insulin") == {roles["SPL"]: 100}
