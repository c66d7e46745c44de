"""The task table: every kind of cell, refused input, sorting, filtering, quick add, paste."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QComboBox, QLineEdit
from pytestqt.qtbot import QtBot
from ui_support import ScriptedDialogs, wait_loaded

from oppgave.domain.enums import (
    ALL_DAYS,
    WEEKDAYS,
    Category,
    FrequencyUnit,
    Restriction,
    TaskStatus,
)
from oppgave.domain.records import Frequency, TimeWindow
from oppgave.services import catalogue, scenarios, tasks
from oppgave.ui.common.text_cell_delegate import error_popup
from oppgave.ui.tasks.competence_delegate import CompetenceEditor
from oppgave.ui.tasks.task_filter_proxy import UNASSIGNED
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


def _set(model: TaskTableModel, name: str, column: TaskColumn, value: Any) -> bool:
    return model.setData(model.index(_row(model, name), column), value, Qt.ItemDataRole.EditRole)


def test_model_passes_the_model_tester(opened: MainWindow, qtmodeltester: Any) -> None:
    tab = _tab(opened)
    assert tab.model.rowCount() == 6
    qtmodeltester.check(tab.model)
    qtmodeltester.check(tab.proxy)


def test_shows_the_department_and_formats_cells(opened: MainWindow) -> None:
    model = _tab(opened).model
    row = _row(model, "Morgenstell")
    texts = model.row_texts(row)
    assert texts[TaskColumn.FREQUENCY] == "12 ganger daglig"
    assert texts[TaskColumn.WINDOWS] == "07:00–10:00"
    assert texts[TaskColumn.ROLES] == "HFA 70 %, ASS 30 %"
    assert texts[TaskColumn.COMPETENCES] == "STELL"
    assert texts[TaskColumn.HOURS] == "28"  # 12 × 7 × 20 / 60
    assert model.row_texts(_row(model, "Aktivitet"))[TaskColumn.ROLES] == "Ikke fordelt"
    assert model.row_texts(_row(model, "Insulin"))[TaskColumn.RESTRICTION] == (
        "Autorisert helsepersonell"
    )


@pytest.mark.parametrize(
    ("column", "text", "field", "expected"),
    [
        (TaskColumn.NAME, "Morgenstell og påkledning", "name", "Morgenstell og påkledning"),
        (
            TaskColumn.FREQUENCY,
            "2 per dag (man–fre)",
            "frequency",
            Frequency(2, FrequencyUnit.DAY, WEEKDAYS),
        ),
        (
            TaskColumn.WINDOWS,
            "07:00-09:00, kveld",
            "windows",
            (TimeWindow(420, 540), TimeWindow(900, 1380)),
        ),
        (TaskColumn.DURATION, "1,5 t", "duration_minutes", 90.0),
        (TaskColumn.STAFF, "2", "staff_count", 2),
        (TaskColumn.CATEGORY, Category.INDIRECT, "category", Category.INDIRECT),
        (TaskColumn.CATEGORY, "administrativt", "category", Category.ADMINISTRATIVE),
        (TaskColumn.STATUS, TaskStatus.AGREED, "status", TaskStatus.AGREED),
        (TaskColumn.NOTES, "Tas på morgenmøtet", "notes", "Tas på morgenmøtet"),
        (TaskColumn.DESCRIPTION, "Stell før frokost", "description", "Stell før frokost"),
        (TaskColumn.RESTRICTION, "nivå 1", "restriction", Restriction.MIN_LEVEL),
    ],
)
def test_edit_each_kind_of_cell(
    opened: MainWindow, column: TaskColumn, text: Any, field: str, expected: Any
) -> None:
    model = _tab(opened).model
    assert _set(model, "Morgenstell", column, text), model.last_error
    name = text if column == TaskColumn.NAME else "Morgenstell"
    assert getattr(_stored(opened, name), field) == expected
    # the row shows the stored value at once
    assert model.task_at(_row(model, name)).__getattribute__(field) == expected  # type: ignore[union-attr]


def test_edit_competences_and_shares(opened: MainWindow) -> None:
    model = _tab(opened).model
    context = opened.context
    assert context is not None
    comps = {c.code: c.id for c in catalogue.list_competences(context.workspace)}
    assert _set(
        model, "Middag", TaskColumn.COMPETENCES, frozenset({comps["MAT"], comps["HYGIENE"]})
    )
    assert _stored(opened, "Middag").competence_ids == {comps["MAT"], comps["HYGIENE"]}
    assert _set(model, "Middag", TaskColumn.COMPETENCES, "MAT")  # text too (paste)
    assert _stored(opened, "Middag").competence_ids == {comps["MAT"]}
    assert _set(model, "Middag", TaskColumn.ROLES, "SRV 60 %, ASS 40 %")
    roles = {r.code: r.id for r in catalogue.list_roles(context.workspace)}
    assert context.scenario is not None
    stored = scenarios.get_assignments(context.workspace, context.scenario.id)
    assert stored[_stored(opened, "Middag").id] == {roles["SRV"]: 60.0, roles["ASS"]: 40.0}
    assert model.row_texts(_row(model, "Middag"))[TaskColumn.ROLES] == "SRV 60 %, ASS 40 %"


@pytest.mark.parametrize(
    ("column", "text", "reason"),
    [
        (TaskColumn.NAME, "   ", "tomt"),
        (TaskColumn.FREQUENCY, "abc", "Forstår ikke"),
        (TaskColumn.FREQUENCY, "0 per dag", "mer enn 0"),
        (TaskColumn.WINDOWS, "25-26", "klokkeslett"),
        (TaskColumn.DURATION, "0", "mer enn 0"),
        (TaskColumn.DURATION, "2 døgn", "tidsbruken"),
        (TaskColumn.STAFF, "0", "fra 1 til 20"),
        (TaskColumn.STAFF, "21", "fra 1 til 20"),
        (TaskColumn.ROLES, "HFA 70 %, SPL 20 %", "100 %"),
        (TaskColumn.ROLES, "XYZ", "Ukjent yrkesgruppe"),
        (TaskColumn.COMPETENCES, "FINNES-IKKE", "Ukjent kompetanse"),
        (TaskColumn.RESTRICTION, "bare NOEN", "Forstår ikke"),
        (TaskColumn.CATEGORY, "blått", "gyldig valg"),
    ],
)
def test_refused_input_keeps_the_value_and_says_why(
    opened: MainWindow, column: TaskColumn, text: str, reason: str
) -> None:
    model = _tab(opened).model
    before = _stored(opened, "Morgenstell")
    stack_size = opened.context.undo_stack.count()  # type: ignore[union-attr]
    refused: list[str] = []
    model.edit_refused.connect(lambda _r, _c, message: refused.append(message))
    assert not _set(model, "Morgenstell", column, text)
    assert reason in model.last_error
    assert refused == [model.last_error]
    assert _stored(opened, "Morgenstell") == before  # nothing clamped, nothing written
    assert opened.context.undo_stack.count() == stack_size  # type: ignore[union-attr]


def test_proposal_refuses_a_role_the_restriction_forbids(opened: MainWindow) -> None:
    context = opened.context
    assert context is not None
    proposal = next(s for s in context.scenarios() if not s.is_baseline)
    opened.select_scenario(proposal.id)
    wait_loaded_shares(opened)
    model = _tab(opened).model
    assert not _set(model, "Insulin", TaskColumn.ROLES, "ASS")
    assert "begrenset" in model.last_error


def wait_loaded_shares(window: MainWindow) -> None:
    from PySide6.QtWidgets import QApplication

    assert window.context is not None
    while window.context.loading:
        QApplication.processEvents()


def test_typing_in_a_cell_commits_on_enter_and_moves_down(opened: MainWindow, qtbot: QtBot) -> None:
    tab = _tab(opened)
    view = tab.view
    row = _row(tab.model, "Morgenstell")
    index = tab.proxy.mapFromSource(tab.model.index(row, TaskColumn.DURATION))
    view.setCurrentIndex(index)
    view.setFocus()
    view.edit(index)
    editor = view.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "25")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert _stored(opened, "Morgenstell").duration_minutes == 25.0
    assert view.currentIndex().row() == index.row() + 1


def test_refused_typing_keeps_the_editor_open_with_the_reason(
    opened: MainWindow, qtbot: QtBot
) -> None:
    tab = _tab(opened)
    view = tab.view
    index = tab.proxy.mapFromSource(
        tab.model.index(_row(tab.model, "Morgenstell"), TaskColumn.FREQUENCY)
    )
    view.setCurrentIndex(index)
    view.setFocus()
    view.edit(index)
    editor = view.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "ofte")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor.isVisible() and editor.text() == "ofte"  # still editing what was typed
    popup = error_popup()
    assert popup.isVisible() and "Forstår ikke hyppigheten «ofte»" in popup.text()
    assert _stored(opened, "Morgenstell").frequency == Frequency(12, FrequencyUnit.DAY, ALL_DAYS)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    popup.hide()


def test_choice_and_competence_editors(opened: MainWindow, qtbot: QtBot) -> None:
    tab = _tab(opened)
    view = tab.view
    index = tab.proxy.mapFromSource(tab.model.index(_row(tab.model, "Middag"), TaskColumn.STATUS))
    view.setCurrentIndex(index)
    view.edit(index)
    combo = view.indexWidget(index) or view.focusWidget()
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(TaskStatus.DISCUSSED))
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    assert _stored(opened, "Middag").status is TaskStatus.DISCUSSED

    index = tab.proxy.mapFromSource(
        tab.model.index(_row(tab.model, "Middag"), TaskColumn.COMPETENCES)
    )
    view.setCurrentIndex(index)
    view.edit(index)
    editor = next(w for w in view.findChildren(CompetenceEditor) if w.isVisible())
    qtbot.keyClicks(editor.search, "MAT")
    editor.search.clear()  # filtering leaves "MAT" current; space ticks it
    editor.search.setText("")
    editor._filter("måltider")  # noqa: SLF001 - drive the list like typing does
    editor.toggle_current()
    qtbot.keyClick(editor.search, Qt.Key.Key_Return)
    codes = {
        c.id: c.code
        for c in catalogue.list_competences(opened.context.workspace)  # type: ignore[union-attr]
    }
    assert {codes[i] for i in _stored(opened, "Middag").competence_ids} == {"MAT"}


def test_sort_by_hours_and_back(opened: MainWindow) -> None:
    tab = _tab(opened)
    tab.proxy.sort(TaskColumn.HOURS, Qt.SortOrder.DescendingOrder)
    hours = [tab.model.task_at(row).hours_per_week for row in range(tab.model.rowCount())]  # type: ignore[union-attr]
    assert hours == sorted(hours, reverse=True)
    tab.proxy.sort(TaskColumn.NAME, Qt.SortOrder.AscendingOrder)
    names = [tab.proxy.index(row, TaskColumn.NAME).data() for row in range(tab.proxy.rowCount())]
    assert names == sorted(names, key=str.casefold)


def test_filters(opened: MainWindow) -> None:
    tab = _tab(opened)
    tab.search.setText("stell")
    assert tab.proxy.rowCount() == 1
    assert "1 av 6" in tab.count_label.text()
    tab.search.setText("")
    tab.category_filter.setCurrentIndex(tab.category_filter.findData(Category.PRACTICAL))
    assert [tab.proxy.index(r, 0).data() for r in range(tab.proxy.rowCount())] == ["Middag"]
    tab.category_filter.setCurrentIndex(0)
    tab.role_filter.setCurrentIndex(tab.role_filter.findData(UNASSIGNED))
    assert [tab.proxy.index(r, 0).data() for r in range(tab.proxy.rowCount())] == ["Aktivitet"]
    spl = catalogue.resolve_role(opened.context.workspace, "SPL").id  # type: ignore[union-attr]
    tab.role_filter.setCurrentIndex(tab.role_filter.findData(spl))
    assert {tab.proxy.index(r, 0).data() for r in range(tab.proxy.rowCount())} == {
        "Insulin",
        "Turnusplanlegging",
    }
    tab.role_filter.setCurrentIndex(0)
    tab.status_filter.setCurrentIndex(tab.status_filter.findData(TaskStatus.AGREED))
    assert tab.proxy.rowCount() == 0


def test_quick_add_one_after_another(opened: MainWindow, qtbot: QtBot) -> None:
    tab = _tab(opened)
    tab.quick_add.setFocus()
    for name in ("Nattevakt runde", "Bestille varer"):
        qtbot.keyClicks(tab.quick_add, name)
        qtbot.keyClick(tab.quick_add, Qt.Key.Key_Return)
        assert tab.quick_add.text() == ""
    assert tab.model.rowCount() == 8
    names = [
        t.name for t in tasks.list_tasks(opened.context.workspace, opened.context.department.id)
    ]  # type: ignore[union-attr]
    assert names[-2:] == ["Nattevakt runde", "Bestille varer"]
    assert (
        tab.view.currentIndex().data() == "Nattevakt runde"
        or tab.model.row_of(_stored(opened, "Bestille varer").id) is not None
    )
    # blank input adds nothing
    qtbot.keyClick(tab.quick_add, Qt.Key.Key_Return)
    assert tab.model.rowCount() == 8


def test_quick_add_shows_the_new_task_even_when_filtered_out(
    opened: MainWindow, qtbot: QtBot
) -> None:
    tab = _tab(opened)
    tab.search.setText("insulin")
    assert tab.proxy.rowCount() == 1
    qtbot.keyClicks(tab.quick_add, "Sårstell")
    qtbot.keyClick(tab.quick_add, Qt.Key.Key_Return)
    assert tab.proxy.rowCount() == 2


def test_paste_rows_from_tab_separated_text(opened: MainWindow, dialogs: ScriptedDialogs) -> None:
    tab = _tab(opened)
    text = (
        "Oppgave\tHyppighet\tVarighet\tUtføres av\tKrever kompetanse\tKategori\n"
        "Nattrunde\t3 per dag\t10\tHFA\tOBS\tDirekte pasientarbeid\n"
        "Vaske rullestoler\t1 per uke (lør–søn)\t1 t\tSRV 50 %, ASS 50 %\t\tpraktisk\n"
    )
    QGuiApplication.clipboard().setText(text)
    tab.view.setFocus()
    tab.paste()
    assert dialogs.messages("error") == []
    assert tab.model.rowCount() == 8
    night = _stored(opened, "Nattrunde")
    assert night.frequency == Frequency(3, FrequencyUnit.DAY)
    assert night.duration_minutes == 10
    wash = _stored(opened, "Vaske rullestoler")
    assert wash.frequency.days == 96 and wash.category is Category.PRACTICAL
    assert wash.duration_minutes == 60
    context = opened.context
    assert context is not None and context.scenario is not None
    roles = {r.code: r.id for r in catalogue.list_roles(context.workspace)}
    assert scenarios.get_assignments(context.workspace, context.scenario.id)[wash.id] == {
        roles["SRV"]: 50.0,
        roles["ASS"]: 50.0,
    }
    # one undo takes the whole paste back
    context.undo_stack.undo()
    assert tab.model.rowCount() == 6


def test_paste_refuses_all_rows_when_one_is_bad(
    opened: MainWindow, dialogs: ScriptedDialogs
) -> None:
    tab = _tab(opened)
    QGuiApplication.clipboard().setText(
        "God\tDirekte pasientarbeid\t1 per dag\nDårlig\tDirekte pasientarbeid\tav og til\n"
    )
    tab.paste()
    assert tab.model.rowCount() == 6
    (message,) = dialogs.messages("error")
    assert "Rad 2" in message and "Hyppighet" in message


def test_copy_rows_round_trips_through_paste(opened: MainWindow) -> None:
    tab = _tab(opened)
    row = tab.proxy.mapFromSource(tab.model.index(_row(tab.model, "Morgenstell"), 0)).row()
    tab.view.selectRow(row)
    tab.copy_rows(with_header=True)
    copied = QGuiApplication.clipboard().text()
    assert copied.splitlines()[0].startswith("Oppgave\tKategori\tHyppighet")
    assert "Morgenstell\tDirekte pasientarbeid\t12 ganger daglig\t07:00–10:00" in copied
    tab.paste()
    copies = [
        t
        for t in tasks.list_tasks(opened.context.workspace, opened.context.department.id)
        if t.name == "Morgenstell"
    ]  # type: ignore[union-attr]
    assert len(copies) == 2
    original, copy = copies
    assert (copy.frequency, copy.windows, copy.competence_ids) == (
        original.frequency,
        original.windows,
        original.competence_ids,
    )


def test_paste_a_value_into_selected_cells(opened: MainWindow) -> None:
    tab = _tab(opened)
    selection = tab.view.selectionModel()
    for name in ("Middag", "Aktivitet"):
        index = tab.proxy.mapFromSource(tab.model.index(_row(tab.model, name), TaskColumn.STATUS))
        selection.select(index, selection.SelectionFlag.Select)
    QGuiApplication.clipboard().setText("Enighet")
    tab.paste()
    assert _stored(opened, "Middag").status is TaskStatus.AGREED
    assert _stored(opened, "Aktivitet").status is TaskStatus.AGREED
    opened.context.undo_stack.undo()  # type: ignore[union-attr]
    assert _stored(opened, "Middag").status is TaskStatus.MAPPED
    assert _stored(opened, "Aktivitet").status is TaskStatus.MAPPED


def test_duplicate_and_delete(opened: MainWindow, qtbot: QtBot) -> None:
    tab = _tab(opened)
    tab.view.selectRow(
        tab.proxy.mapFromSource(tab.model.index(_row(tab.model, "Insulin"), 0)).row()
    )
    tab.duplicate_selected()
    wait_loaded(qtbot, opened.context)  # type: ignore[arg-type]
    assert tab.model.rowCount() == 7
    assert (
        _stored(opened, "Insulin (kopi)").competence_ids
        == _stored(opened, "Insulin").competence_ids
    )
    tab.view.selectRow(
        tab.proxy.mapFromSource(tab.model.index(_row(tab.model, "Insulin (kopi)"), 0)).row()
    )
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert tab.model.rowCount() == 6
    assert all(
        t.name != "Insulin (kopi)"
        for t in tasks.list_tasks(opened.context.workspace, opened.context.department.id)
    )  # type: ignore[union-attr]
