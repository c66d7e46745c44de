"""Scenarios, the staffing tab and the catalogue tab."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from ui_support import ScriptedDialogs, wait_loaded

from oppgave.domain.enums import DayType, Shift
from oppgave.services import catalogue, scenarios, staffing, tasks
from oppgave.ui.catalogue.catalogue_tab import CatalogueTab
from oppgave.ui.staffing.staffing_models import SHIFT_COLUMNS, PositionColumn
from oppgave.ui.staffing.staffing_tab import StaffingTab
from oppgave.ui.tasks.task_tab import TaskTab
from oppgave.ui.tasks.task_table_model import TaskColumn
from oppgave.ui.window.main_window import MainWindow


def _roles(window: MainWindow) -> dict[str, int]:
    return {role.code: role.id for role in catalogue.list_roles(window.context.workspace)}  # type: ignore[union-attr]


# --- scenarios --------------------------------------------------------------------------------


def test_new_proposal_suggests_the_services_free_name(
    opened: MainWindow, qtbot: QtBot, dialogs: ScriptedDialogs
) -> None:
    """«Nytt forslag» suggests the same free name as «Lag forslag» (one source: the service):
    «Forslag A» is taken and «forslag b» too (names compare without case), so «Forslag C»."""
    context = opened.context
    assert context is not None and context.department is not None
    scenarios.create_scenario(context.workspace, context.department.id, "forslag b")
    opened.scenarios.new_scenario()  # the dialog accepts the suggested name
    wait_loaded(qtbot, context)
    assert context.scenario is not None and context.scenario.name == "Forslag C"
    assert [k for k, _title, _label in dialogs.asked] == ["get_text"]


def test_scenario_copy_is_independent_of_its_source(
    opened: MainWindow, qtbot: QtBot, dialogs: ScriptedDialogs
) -> None:
    context = opened.context
    assert context is not None
    roles = _roles(opened)
    dialogs.answer("get_text", "Forslag B")
    opened.scenarios.new_scenario()
    wait_loaded(qtbot, context)
    assert context.scenario is not None and context.scenario.name == "Forslag B"
    assert opened.header.scenario_combo.currentText() == "Forslag B"
    baseline = next(s for s in context.scenarios() if s.is_baseline)
    copy = context.scenario
    base_shares = scenarios.get_assignments(context.workspace, baseline.id)
    assert scenarios.get_assignments(context.workspace, copy.id) == base_shares
    # change the copy through the table: the source stays as it was
    tab = opened.show_tab("tasks")
    assert isinstance(tab, TaskTab)
    row = next(r for r in range(tab.model.rowCount()) if tab.model.task_at(r).name == "Middag")  # type: ignore[union-attr]
    assert tab.model.setData(tab.model.index(row, TaskColumn.ROLES), "SRV")
    middag = tab.model.task_at(row)
    assert middag is not None
    assert scenarios.get_assignments(context.workspace, copy.id)[middag.id] == {roles["SRV"]: 100}
    assert scenarios.get_assignments(context.workspace, baseline.id) == base_shares
    # and the table shows the selected scenario
    opened.select_scenario(baseline.id)
    wait_loaded(qtbot, context)
    assert tab.model.row_texts(row)[TaskColumn.ROLES] == "ASS"
    opened.select_scenario(copy.id)
    wait_loaded(qtbot, context)
    assert tab.model.row_texts(row)[TaskColumn.ROLES] == "SRV"


def test_rename_and_delete_scenario_with_confirmation_and_undo(
    opened: MainWindow, qtbot: QtBot, dialogs: ScriptedDialogs
) -> None:
    context = opened.context
    assert context is not None
    proposal = next(s for s in context.scenarios() if not s.is_baseline)
    opened.select_scenario(proposal.id)
    wait_loaded(qtbot, context)
    dialogs.answer("get_text", "Forslag med langvakter")
    opened.scenarios.rename_scenario()
    assert [s.name for s in context.scenarios()] == ["I dag", "Forslag med langvakter"]
    assert opened.header.scenario_combo.itemText(1) == "Forslag med langvakter"
    shares = scenarios.get_assignments(context.workspace, proposal.id)
    dialogs.answer("confirm", False)
    opened.scenarios.delete_scenario()
    assert len(context.scenarios()) == 2  # said no
    dialogs.answer("confirm", True)
    opened.scenarios.delete_scenario()
    assert [s.name for s in context.scenarios()] == ["I dag"]
    wait_loaded(qtbot, context)
    assert context.scenario is not None and context.scenario.is_baseline
    context.undo_stack.undo()
    assert [s.name for s in context.scenarios()] == ["I dag", "Forslag med langvakter"]
    assert scenarios.get_assignments(context.workspace, proposal.id) == shares
    context.undo_stack.undo()
    assert [s.name for s in context.scenarios()] == ["I dag", "Forslag A"]


def test_baseline_cannot_be_deleted(opened: MainWindow, dialogs: ScriptedDialogs) -> None:
    assert not opened.delete_scenario_action.isEnabled()
    opened.scenarios.delete_scenario()
    assert dialogs.messages("information")
    assert len(opened.context.scenarios()) == 2  # type: ignore[union-attr]


# --- staffing ---------------------------------------------------------------------------------


def _staffing(window: MainWindow, qtbot: QtBot) -> StaffingTab:
    tab = window.show_tab("staffing")
    assert isinstance(tab, StaffingTab)
    qtbot.waitUntil(lambda: tab.positions_model.rowCount() > 0)
    return tab


def test_staffing_models_pass_the_model_tester(
    opened: MainWindow, qtbot: QtBot, qtmodeltester: Any
) -> None:
    tab = _staffing(opened, qtbot)
    qtmodeltester.check(tab.positions_model)
    qtmodeltester.check(tab.shifts_model)


def test_positions_totals_and_edit_with_undo(opened: MainWindow, qtbot: QtBot) -> None:
    tab = _staffing(opened, qtbot)
    context = opened.context
    assert context is not None and context.department is not None
    # 2 × 100 % + 4 × 75 % HFA, 3 × 100 % SPL = 9 people, 8 FTE, full-time 5/9
    text = tab.position_summary.text()
    assert "9 stillinger" in text and "8 årsverk" in text and "heltidsandel 56 %" in text
    row = next(
        r
        for r, p in enumerate(tab.positions_model.positions)
        if p.size_percent == 75 and p.role_id == _roles(opened)["HFA"]
    )
    assert tab.positions_model.setData(tab.positions_model.index(row, PositionColumn.COUNT), "6")
    qtbot.waitUntil(lambda: "11 stillinger" in tab.position_summary.text())
    assert not tab.positions_model.setData(
        tab.positions_model.index(row, PositionColumn.COUNT), "mange"
    )
    assert "ikke et tall" in tab.positions_model.last_error
    assert not tab.positions_model.setData(
        tab.positions_model.index(row, PositionColumn.SIZE), "120"
    )
    context.undo_stack.undo()
    qtbot.waitUntil(lambda: "9 stillinger" in tab.position_summary.text())
    # a size change moves the positions to the new size (one undo step)
    assert tab.positions_model.setData(tab.positions_model.index(row, PositionColumn.SIZE), "80")
    sizes = {
        (p.role_id, p.size_percent): p.count
        for p in staffing.list_positions(context.workspace, context.department.id)
    }
    assert sizes[(_roles(opened)["HFA"], 80.0)] == 4 and (_roles(opened)["HFA"], 75.0) not in sizes
    context.undo_stack.undo()
    sizes = {
        (p.role_id, p.size_percent): p.count
        for p in staffing.list_positions(context.workspace, context.department.id)
    }
    assert sizes[(_roles(opened)["HFA"], 75.0)] == 4


def test_add_and_remove_positions(opened: MainWindow, qtbot: QtBot) -> None:
    tab = _staffing(opened, qtbot)
    tab.role_choice.setCurrentIndex(tab.role_choice.findData(_roles(opened)["SPL"]))
    tab.size_choice.setValue(100)
    tab.count_choice.setValue(2)
    tab.add_positions()
    qtbot.waitUntil(lambda: "11 stillinger" in tab.position_summary.text())
    spl_row = next(
        r for r, p in enumerate(tab.positions_model.positions) if p.role_id == _roles(opened)["SPL"]
    )
    assert tab.positions_model.positions[spl_row].count == 5
    tab.positions_view.selectRow(spl_row)
    tab.remove_selected_positions()
    qtbot.waitUntil(lambda: "6 stillinger" in tab.position_summary.text())


def test_shift_staffing_edit_and_totals(opened: MainWindow, qtbot: QtBot) -> None:
    tab = _staffing(opened, qtbot)
    model = tab.shifts_model
    context = opened.context
    assert context is not None and context.department is not None
    spl_row = next(r for r, role in enumerate(model.roles) if role.code == "SPL")
    column = SHIFT_COLUMNS.index((Shift.EVENING, DayType.WEEKDAY))
    assert model.setData(model.index(spl_row, column), "2")
    stored = {
        (s.role_id, s.shift, s.day_type): s.count
        for s in staffing.list_staffing(context.workspace, context.department.id)
    }
    assert stored[(_roles(opened)["SPL"], Shift.EVENING, DayType.WEEKDAY)] == 2
    qtbot.waitUntil(lambda: model.count(spl_row, column) == 2)
    total_row = len(model.roles)
    # 3 HFA day weekday (8 h × 5) + 1 SPL night weekend (8 h × 2) + 2 SPL evening weekday (8 h × 5)
    assert model.hours(total_row) == 3 * 8 * 5 + 1 * 8 * 2 + 2 * 8 * 5
    assert model.index(total_row, model.hours_column).data() == "216"
    assert not model.flags(model.index(total_row, 0)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(spl_row, column), "-1")
    context.undo_stack.undo()
    qtbot.waitUntil(lambda: model.count(spl_row, column) == 0)


# --- catalogue --------------------------------------------------------------------------------


def _catalogue(window: MainWindow, qtbot: QtBot) -> CatalogueTab:
    tab = window.show_tab("catalogue")
    assert isinstance(tab, CatalogueTab)
    qtbot.waitUntil(lambda: tab.roles_model.rowCount() > 0)
    return tab


def test_catalogue_models_pass_the_model_tester(
    opened: MainWindow, qtbot: QtBot, qtmodeltester: Any
) -> None:
    tab = _catalogue(opened, qtbot)
    for model in (tab.roles_model, tab.competences_model, tab.matrix_model, tab.courses_model):
        qtmodeltester.check(model)


def test_edit_role_fields_with_refusal_and_undo(opened: MainWindow, qtbot: QtBot) -> None:
    tab = _catalogue(opened, qtbot)
    model = tab.roles_model
    row = next(r for r, role in enumerate(model.records) if role.code == "HFA")
    assert model.setData(model.index(row, 4), "455")  # hourly cost
    assert model.setData(model.index(row, 2), "2")  # LEON level
    assert model.setData(model.index(row, 5), "#00aa00")
    assert model.setData(
        model.index(row, 3), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole
    )
    hfa = catalogue.resolve_role(opened.context.workspace, "HFA")  # type: ignore[union-attr]
    assert (hfa.hourly_cost, hfa.leon_level, hfa.colour, hfa.authorised) == (
        455,
        2,
        "#00aa00",
        False,
    )
    assert not model.setData(model.index(row, 2), "12")
    assert "mellom 0 og 9" in model.last_error
    assert not model.setData(model.index(row, 5), "grønn")
    assert "#RRGGBB" in model.last_error
    assert not model.setData(model.index(row, 0), "SPL")  # code taken
    for _ in range(4):
        opened.context.undo_stack.undo()  # type: ignore[union-attr]
    hfa = catalogue.resolve_role(opened.context.workspace, "HFA")  # type: ignore[union-attr]
    assert (hfa.hourly_cost, hfa.leon_level, hfa.authorised) == (440, 1, True)
    qtbot.waitUntil(lambda: model.index(row, 4).data() == "440")


def test_role_competence_matrix_changes_board_warnings(opened: MainWindow, qtbot: QtBot) -> None:
    tab = _catalogue(opened, qtbot)
    model = tab.matrix_model
    column = next(c for c, role in enumerate(model.roles) if role.code == "SPL")
    row = next(r for r, comp in enumerate(model.competences) if comp.code == "TURNUS")
    assert model.index(row, column).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.setData(
        model.index(row, column), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert catalogue.resolve_role(opened.context.workspace, "SPL").competence_ids >= {  # type: ignore[union-attr]
        model.competences[row].id
    }
    qtbot.waitUntil(
        lambda: (
            model.index(row, column).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
        )
    )
    opened.context.undo_stack.undo()  # type: ignore[union-attr]
    assert (
        model.competences[row].id
        not in catalogue.resolve_role(opened.context.workspace, "SPL").competence_ids
    )  # type: ignore[union-attr]


def test_add_and_delete_catalogue_entries_with_undo(
    opened: MainWindow, qtbot: QtBot, dialogs: ScriptedDialogs
) -> None:
    tab = _catalogue(opened, qtbot)
    workspace = opened.context.workspace  # type: ignore[union-attr]
    stack = opened.context.undo_stack  # type: ignore[union-attr]
    roles_before = len(catalogue.list_roles(workspace))
    tab.add_role()
    assert len(catalogue.list_roles(workspace)) == roles_before + 1
    stack.undo()
    assert len(catalogue.list_roles(workspace)) == roles_before
    stack.redo()
    assert any(role.code == "NY1" for role in catalogue.list_roles(workspace))
    tab.add_competence()
    tab.add_course()
    courses = len(catalogue.list_courses(workspace))
    tab.courses_view.setCurrentIndex(tab.courses_model.index(0, 0))
    tab.delete_course()
    assert len(catalogue.list_courses(workspace)) == courses - 1
    stack.undo()
    assert len(catalogue.list_courses(workspace)) == courses
    # a role that tasks use cannot be deleted: the reason is shown
    row = next(r for r, role in enumerate(tab.roles_model.records) if role.code == "SPL")
    tab.roles_view.setCurrentIndex(tab.roles_model.index(row, 0))
    tab.delete_role()
    assert "i bruk" in dialogs.messages("error")[-1]
    # a competence tasks require cannot be deleted either
    row = next(r for r, c in enumerate(tab.competences_model.records) if c.code == "STELL")
    tab.competences_view.setCurrentIndex(tab.competences_model.index(row, 0))
    tab.delete_competence()
    assert "krever" in dialogs.messages("error")[-1]


def test_catalogue_change_reaches_the_task_table(opened: MainWindow, qtbot: QtBot) -> None:
    tab = _catalogue(opened, qtbot)
    row = next(r for r, role in enumerate(tab.roles_model.records) if role.code == "HFA")
    assert tab.roles_model.setData(tab.roles_model.index(row, 0), "HEF")
    tasks_tab = opened.show_tab("tasks")
    assert isinstance(tasks_tab, TaskTab)
    model = tasks_tab.model
    morning = next(r for r in range(model.rowCount()) if model.task_at(r).name == "Morgenstell")  # type: ignore[union-attr]
    assert model.row_texts(morning)[TaskColumn.ROLES] == "HEF 70 %, ASS 30 %"
    names = [
        t.name for t in tasks.list_tasks(opened.context.workspace, opened.context.department.id)
    ]  # type: ignore[union-attr]
    assert "Morgenstell" in names
