"""The task table in a workshop: the frozen name column, the competence picker by keyboard,
refusal notes at the right edge, the status bar after a valid entry and quick-add defaults
shown as placeholders. Driven through the real widgets and keys."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from oppgave.domain.enums import Category, FrequencyUnit
from oppgave.domain.records import Frequency
from oppgave.domain.task_text import describe_duration, describe_frequency
from oppgave.services import catalogue, tasks
from oppgave.ui.common.text_cell_delegate import UNCONFIRMED_ROLE, error_popup
from oppgave.ui.tasks.competence_delegate import CompetenceEditor
from oppgave.ui.tasks.task_tab import TaskTab
from oppgave.ui.tasks.task_table_model import QUICK_ADD_DEFAULTS, UNCONFIRMED_COLOUR, TaskColumn
from oppgave.ui.window.main_window import MainWindow


def _tab(window: MainWindow) -> TaskTab:
    tab = window.show_tab("tasks")
    assert isinstance(tab, TaskTab)
    return tab


def _index(tab: TaskTab, name: str, column: TaskColumn) -> Any:
    row = next(
        r
        for r in range(tab.model.rowCount())
        if tab.model.task_at(r).name == name  # type: ignore[union-attr]
    )
    return tab.proxy.mapFromSource(tab.model.index(row, column))


def _stored(window: MainWindow, name: str) -> Any:
    assert window.context is not None and window.context.department is not None
    return next(
        t
        for t in tasks.list_tasks(window.context.workspace, window.context.department.id)
        if t.name == name
    )


def _codes(window: MainWindow, ids: frozenset[int]) -> set[str]:
    assert window.context is not None
    known = {c.id: c.code for c in catalogue.list_competences(window.context.workspace)}
    return {known[i] for i in ids}


def _open_competences(qtbot: QtBot, tab: TaskTab, name: str) -> CompetenceEditor:
    index = _index(tab, name, TaskColumn.COMPETENCES)
    tab.view.setCurrentIndex(index)
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)  # Enter edits, like a spreadsheet
    editor = next(w for w in tab.view.findChildren(CompetenceEditor) if w.isVisible())
    return editor


# --- frozen name column -----------------------------------------------------------------------


def test_tabbing_right_keeps_the_task_name_in_sight(opened: MainWindow, qtbot: QtBot) -> None:
    opened.resize(900, 600)  # narrow: the right-hand columns need horizontal scrolling
    tab = _tab(opened)
    view = tab.view
    QApplication.processEvents()
    start = _index(tab, "Morgenstell", TaskColumn.NAME)
    view.setCurrentIndex(start)
    view.setFocus()
    while view.currentIndex().column() != TaskColumn.DESCRIPTION:
        qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.horizontalScrollBar().value() > 0, "the table did scroll right"
    frozen = view.frozen
    assert frozen is not None and frozen.isVisible()
    # The frozen column lies over the table's name column, beside the row numbers ...
    assert frozen.x() == view.verticalHeader().width() + view.frameWidth()
    assert frozen.width() == view.columnWidth(TaskColumn.NAME)
    # ... shows the current row's name, on the same line as the current cell ...
    name_rect = frozen.visualRect(start)
    assert QRect(QPoint(0, 0), frozen.viewport().size()).contains(name_rect)
    current = view.visualRect(view.currentIndex())
    assert frozen.viewport().mapTo(view, name_rect.topLeft()).y() == (
        view.viewport().mapTo(view, current.topLeft()).y()
    )
    # ... and the current cell is not hidden under it.
    assert current.left() >= frozen.width()
    # Tab back to the left: the cells reappear beside the frozen column, not under it.
    while view.currentIndex().column() != TaskColumn.CATEGORY:
        qtbot.keyClick(view, Qt.Key.Key_Backtab)
    assert view.visualRect(view.currentIndex()).left() >= frozen.width()


def test_double_click_on_the_frozen_name_edits_it(opened: MainWindow, qtbot: QtBot) -> None:
    tab = _tab(opened)
    frozen = tab.view.frozen
    assert frozen is not None
    index = _index(tab, "Middag", TaskColumn.NAME)
    qtbot.mouseDClick(
        frozen.viewport(), Qt.MouseButton.LeftButton, pos=frozen.visualRect(index).center()
    )
    editor = tab.view.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "Middag"
    editor.setText("Middag og dessert")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert _stored(opened, "Middag og dessert").name == "Middag og dessert"


# --- the competence picker --------------------------------------------------------------------


def test_space_after_a_search_word_ticks_the_highlighted_competence(
    opened: MainWindow, qtbot: QtBot
) -> None:
    tab = _tab(opened)
    editor = _open_competences(qtbot, tab, "Middag")
    qtbot.keyClicks(editor.search, "måltid")
    qtbot.keyClick(editor.search, Qt.Key.Key_Space)
    assert editor.search.text() == "måltid", "Space is not typed into the search"
    assert _codes(opened, editor.checked()) == {"MAT"}
    qtbot.keyClick(editor.search, Qt.Key.Key_Return)
    assert _codes(opened, _stored(opened, "Middag").competence_ids) == {"MAT"}


def test_enter_after_a_search_word_takes_the_match_not_an_empty_value(
    opened: MainWindow, qtbot: QtBot
) -> None:
    tab = _tab(opened)
    editor = _open_competences(qtbot, tab, "Middag")
    qtbot.keyClicks(editor.search, "måltid")
    qtbot.keyClick(editor.search, Qt.Key.Key_Return)
    assert _codes(opened, _stored(opened, "Middag").competence_ids) == {"MAT"}


def test_enter_with_nothing_ticked_asks_before_removing_every_competence(
    opened: MainWindow, qtbot: QtBot
) -> None:
    tab = _tab(opened)
    before = _stored(opened, "Morgenstell").competence_ids
    assert before
    editor = _open_competences(qtbot, tab, "Morgenstell")
    editor.set_checked(frozenset())  # untick everything
    qtbot.keyClick(editor.search, Qt.Key.Key_Return)
    assert editor.isVisible(), "still editing"
    assert _stored(opened, "Morgenstell").competence_ids == before, "nothing saved yet"
    popup = error_popup()
    assert popup.isVisible() and "Enter en gang til" in popup.text()
    qtbot.keyClick(editor.search, Qt.Key.Key_Return)  # the second Enter: yes, remove them
    assert _stored(opened, "Morgenstell").competence_ids == frozenset()
    popup.hide()


def test_escape_keeps_the_competences(opened: MainWindow, qtbot: QtBot) -> None:
    tab = _tab(opened)
    before = _stored(opened, "Morgenstell").competence_ids
    editor = _open_competences(qtbot, tab, "Morgenstell")
    editor.set_checked(frozenset())
    qtbot.keyClick(editor.search, Qt.Key.Key_Return)
    qtbot.keyClick(editor.search, Qt.Key.Key_Escape)
    assert _stored(opened, "Morgenstell").competence_ids == before
    error_popup().hide()


# --- refusals ---------------------------------------------------------------------------------


def _refuse_in_last_visible_column(qtbot: QtBot, tab: TaskTab) -> QLineEdit:
    view = tab.view
    index = _index(tab, "Morgenstell", TaskColumn.STAFF)
    view.setCurrentIndex(index)
    view.scrollTo(index)
    # put the cell at the right edge of the visible table
    bar = view.horizontalScrollBar()
    rect = view.visualRect(index)
    bar.setValue(bar.value() + rect.right() - view.viewport().width() + 2)
    QApplication.processEvents()
    view.setFocus()
    view.edit(index)
    editor = view.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "mange")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    return editor


def test_refusal_note_at_the_right_edge_stays_inside_the_table(
    opened: MainWindow, qtbot: QtBot
) -> None:
    tab = _tab(opened)
    editor = _refuse_in_last_visible_column(qtbot, tab)
    popup = error_popup()
    assert popup.isVisible() and popup.text()
    viewport = tab.view.viewport()
    area = QRect(viewport.mapToGlobal(QPoint(0, 0)), viewport.size())
    note = QRect(popup.pos(), popup.size())
    assert area.contains(note), (area, note)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    popup.hide()


def test_a_valid_entry_clears_the_old_error_from_the_status_bar(
    opened: MainWindow, qtbot: QtBot
) -> None:
    tab = _tab(opened)
    editor = _refuse_in_last_visible_column(qtbot, tab)
    message = opened.statusBar().currentMessage()
    assert message, "the refusal is in the status bar"
    editor.selectAll()
    qtbot.keyClicks(editor, "2")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert _stored(opened, "Morgenstell").staff_count == 2
    assert opened.statusBar().currentMessage() == ""
    assert not error_popup().isVisible()


# --- quick add --------------------------------------------------------------------------------


def test_quick_add_defaults_are_placeholders_until_confirmed(
    opened: MainWindow, qtbot: QtBot
) -> None:
    tab = _tab(opened)
    qtbot.keyClicks(tab.quick_add, "Bestille varer")
    qtbot.keyClick(tab.quick_add, Qt.Key.Key_Return)
    task = _stored(opened, "Bestille varer")
    row = tab.model.row_of(task.id)
    assert row is not None

    def cell(column: TaskColumn) -> Any:
        return tab.proxy.mapFromSource(tab.model.index(row, column))

    for column in QUICK_ADD_DEFAULTS:
        index = cell(column)
        assert index.data(UNCONFIRMED_ROLE) is True, column
        assert index.data(Qt.ItemDataRole.ForegroundRole).color() == UNCONFIRMED_COLOUR
        font = index.data(Qt.ItemDataRole.FontRole)
        assert isinstance(font, QFont) and font.italic()
        assert "ikke bekreftet" in index.data(Qt.ItemDataRole.ToolTipRole)
    # the defaults are shown in the one written form of the task text (domain.task_text)
    once_a_day = describe_frequency(Frequency(1.0, FrequencyUnit.DAY))
    assert cell(TaskColumn.FREQUENCY).data() == once_a_day
    assert cell(TaskColumn.DURATION).data() == describe_duration(15.0)
    assert not cell(TaskColumn.NAME).data(UNCONFIRMED_ROLE)

    # typing the real value confirms it
    view = tab.view
    view.setCurrentIndex(cell(TaskColumn.FREQUENCY))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    editor = view.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "1 per uke")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert _stored(opened, "Bestille varer").frequency.unit is FrequencyUnit.WEEK
    assert not cell(TaskColumn.FREQUENCY).data(UNCONFIRMED_ROLE)
    assert cell(TaskColumn.FREQUENCY).data(Qt.ItemDataRole.FontRole) is None

    # Enter twice keeps the default and confirms it
    view.setCurrentIndex(cell(TaskColumn.DURATION))
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)
    editor = view.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert not cell(TaskColumn.DURATION).data(UNCONFIRMED_ROLE)
    assert _stored(opened, "Bestille varer").duration_minutes == 15.0
    # the category stays a placeholder until it is chosen
    assert cell(TaskColumn.CATEGORY).data(UNCONFIRMED_ROLE) is True
    assert _stored(opened, "Bestille varer").category is Category.DIRECT
