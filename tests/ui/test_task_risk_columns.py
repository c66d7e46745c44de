"""The task table's «Risiko» and «Delegering» columns: drop-down and typed edits with undo,
copy and paste, sorting and the search filter."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot
from ui_support import ScriptedDialogs

from oppgave.domain.enums import DelegationRule, RiskLevel
from oppgave.services import tasks
from oppgave.ui.tasks.task_filter_proxy import TaskFilter
from oppgave.ui.tasks.task_tab import TaskTab
from oppgave.ui.tasks.task_table_model import TaskColumn, TaskTableModel
from oppgave.ui.window.main_window import MainWindow


def _tab(window: MainWindow) -> TaskTab:
    tab = window.show_tab("tasks")
    assert isinstance(tab, TaskTab)
    return tab


def _row(model: TaskTableModel, name: str) -> int:
    for row in range(model.rowCount()):
        task = model.task_at(row)
        if task is not None and task.name == name:
            return row
    raise AssertionError(f"no row {name}")


def _stored(window: MainWindow, name: str) -> Any:
    assert window.context is not None and window.context.department is not None
    return next(
        t
        for t in tasks.list_tasks(window.context.workspace, window.context.department.id)
        if t.name == name
    )


def test_columns_show_the_norwegian_words(opened: MainWindow) -> None:
    model = _tab(opened).model
    headers = [
        model.headerData(c, Qt.Orientation.Horizontal)
        for c in (TaskColumn.RISK, TaskColumn.DELEGATION)
    ]
    assert headers == ["Risiko", "Delegering"]
    texts = model.row_texts(_row(model, "Insulin"))
    assert (texts[TaskColumn.RISK], texts[TaskColumn.DELEGATION]) == ("lav", "kan overføres")
    tooltip = model.headerData(
        TaskColumn.RISK, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    assert "LEON" in tooltip


def test_drop_down_edit_is_undoable(opened: MainWindow, qtbot: QtBot) -> None:
    tab = _tab(opened)
    context = opened.context
    assert context is not None
    view = tab.view
    source = tab.model.index(_row(tab.model, "Insulin"), TaskColumn.RISK)
    index = tab.proxy.mapFromSource(source)
    view.setCurrentIndex(index)
    view.edit(index)
    combo = view.indexWidget(index) or view.focusWidget()
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == ["lav", "middels", "høy"]
    combo.setCurrentIndex(combo.findData(RiskLevel.HIGH))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    assert _stored(opened, "Insulin").risk_level is RiskLevel.HIGH
    assert tab.model.row_texts(_row(tab.model, "Insulin"))[TaskColumn.RISK] == "høy"
    context.undo_stack.undo()
    assert _stored(opened, "Insulin").risk_level is RiskLevel.LOW
    assert tab.model.row_texts(_row(tab.model, "Insulin"))[TaskColumn.RISK] == "lav"
    context.undo_stack.redo()
    assert _stored(opened, "Insulin").risk_level is RiskLevel.HIGH


def test_typed_words_and_refused_words(opened: MainWindow) -> None:
    model = _tab(opened).model
    index = model.index(_row(model, "Insulin"), TaskColumn.DELEGATION)
    assert model.setData(index, "kan delegeres med veiledning", Qt.ItemDataRole.EditRole)
    assert _stored(opened, "Insulin").delegation_rule is DelegationRule.DELEGATE
    assert model.setData(index, "Beholdes", Qt.ItemDataRole.EditRole)
    assert _stored(opened, "Insulin").delegation_rule is DelegationRule.KEEP
    assert not model.setData(index, "kanskje", Qt.ItemDataRole.EditRole)
    assert "kan overføres" in model.last_error
    assert _stored(opened, "Insulin").delegation_rule is DelegationRule.KEEP, "nothing changed"


def test_paste_with_header_copy_round_trip_and_paste_into_cells(
    opened: MainWindow, dialogs: ScriptedDialogs
) -> None:
    tab = _tab(opened)
    QGuiApplication.clipboard().setText(
        "Oppgave\tRisikonivå\tKan delegeres\n"
        "Sondeernæring\tmiddels\tkan delegeres med veiledning\n"
        "Smertepumpe\thøy\tbeholdes\n"
    )
    tab.view.setFocus()
    tab.paste()
    assert dialogs.messages("error") == []
    tube, pump = _stored(opened, "Sondeernæring"), _stored(opened, "Smertepumpe")
    assert (tube.risk_level, tube.delegation_rule) == (RiskLevel.MEDIUM, DelegationRule.DELEGATE)
    assert (pump.risk_level, pump.delegation_rule) == (RiskLevel.HIGH, DelegationRule.KEEP)

    row = tab.proxy.mapFromSource(tab.model.index(_row(tab.model, "Smertepumpe"), 0)).row()
    tab.view.selectRow(row)
    tab.copy_rows(with_header=True)
    header = QGuiApplication.clipboard().text().splitlines()[0].split("\t")
    assert header[-2:] == ["Risiko", "Delegering"]
    tab.paste()
    copies = [
        t
        for t in tasks.list_tasks(opened.context.workspace, pump.department_id)  # type: ignore[union-attr]
        if t.name == "Smertepumpe"
    ]
    assert [(t.risk_level, t.delegation_rule) for t in copies] == [
        (RiskLevel.HIGH, DelegationRule.KEEP)
    ] * 2

    selection = tab.view.selectionModel()
    selection.clearSelection()
    for name in ("Middag", "Aktivitet"):
        index = tab.proxy.mapFromSource(tab.model.index(_row(tab.model, name), TaskColumn.RISK))
        selection.select(index, selection.SelectionFlag.Select)
    QGuiApplication.clipboard().setText("middels")
    tab.paste()
    assert _stored(opened, "Middag").risk_level is RiskLevel.MEDIUM
    assert _stored(opened, "Aktivitet").risk_level is RiskLevel.MEDIUM
    opened.context.undo_stack.undo()  # type: ignore[union-attr]
    assert _stored(opened, "Middag").risk_level is RiskLevel.LOW


def test_sort_and_search_by_risk(opened: MainWindow) -> None:
    tab = _tab(opened)
    model = tab.model
    assert model.setData(
        model.index(_row(model, "Middag"), TaskColumn.RISK), "høy", Qt.ItemDataRole.EditRole
    )
    model.sort(TaskColumn.RISK, Qt.SortOrder.DescendingOrder)
    assert model.task_at(0).name == "Middag"  # type: ignore[union-attr]
    model.sort(-1)
    tab.proxy.set_filter(TaskFilter(text="høy"))
    assert tab.proxy.rowCount() == 1
    assert tab.proxy.index(0, TaskColumn.NAME).data() == "Middag"


def test_board_card_names_a_risky_task(opened: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtGui import QFont

    from oppgave.ui.board.board_tab import BoardTab, risk_line

    insulin = _stored(opened, "Insulin")
    assert risk_line(insulin) is None, "low risk and transferable: nothing to say"
    model = _tab(opened).model
    assert model.setData(
        model.index(_row(model, "Insulin"), TaskColumn.RISK), "høy", Qt.ItemDataRole.EditRole
    )
    board = opened.show_tab("board")
    assert isinstance(board, BoardTab)
    qtbot.waitUntil(lambda: not board._refresh_timer.isActive() and not board._dirty)  # noqa: SLF001
    board.refresh()
    card = next(
        card
        for column in board.columns.values()
        for card in column.model.cards
        if card.task.name == "Insulin"
    )
    assert risk_line(card.task) == "Risiko høy · kan overføres"
    view = board.columns[None].view
    lines, _badges = view.itemDelegate()._lines(card, 300, QFont(view.font()))  # noqa: SLF001
    assert "Risiko høy · kan overføres" in [line.text for line in lines]
