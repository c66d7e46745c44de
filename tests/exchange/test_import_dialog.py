"""The import dialog: preview, mapping, skip and fix rows, report, accept (pytest-qt)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from exchange_sheets import digest, municipal_sheet, sheet_per_shift, simple_sheet
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from oppgave.db.workspace import Workspace
from oppgave.domain.records import Department, Municipality
from oppgave.exchange.columns import Field
from oppgave.exchange.sheet_import import RowAction
from oppgave.services import organisation, tasks
from oppgave.ui.files.import_dialog import ImportDialog, PreviewTableModel, ReportTableModel


class ScriptedMessages:
    """Answers instead of message boxes; records what was said."""

    def __init__(self) -> None:
        self.errors: list[tuple[str, str]] = []
        self.infos: list[tuple[str, str]] = []

    def error(self, title: str, message: str) -> None:
        self.errors.append((title, message))

    def information(self, title: str, message: str) -> None:
        self.infos.append((title, message))


@pytest.fixture
def department(workspace: Workspace, municipality: Municipality) -> Department:
    return organisation.create_department(workspace, municipality.id, "Buvik")


def _dialog(
    qtbot: QtBot, workspace: Workspace, department: Department, path: Path | None
) -> tuple[ImportDialog, ScriptedMessages]:
    messages = ScriptedMessages()
    dialog = ImportDialog(
        workspace, department.id, path=path, dialogs=messages, choose_file=lambda _parent: None
    )
    qtbot.addWidget(dialog)
    return dialog, messages


def _find(model: PreviewTableModel, sheet_row: int) -> int:
    return model.model_row(sheet_row)


def test_models_pass_the_model_tester(
    qtbot: QtBot, qtmodeltester: Any, workspace: Workspace, department: Department, tmp_path: Path
) -> None:
    dialog, _ = _dialog(qtbot, workspace, department, municipal_sheet(tmp_path / "a.xlsx"))
    qtmodeltester.check(dialog.preview_model)
    qtmodeltester.check(dialog.report_model)
    qtmodeltester.check(PreviewTableModel(lambda *a: None, lambda *a: None))
    qtmodeltester.check(ReportTableModel())


def test_preview_fix_and_import(
    qtbot: QtBot, workspace: Workspace, department: Department, tmp_path: Path
) -> None:
    path = municipal_sheet(tmp_path / "a.xlsx")
    before = digest(workspace.path)
    dialog, messages = _dialog(qtbot, workspace, department, path)
    model = dialog.preview_model
    assert dialog.plan is not None and dialog.plan.count(RowAction.INVALID) == 1
    assert not dialog.import_button.isEnabled(), "a row has an error"
    assert digest(workspace.path) == before, "planning writes nothing"
    row = _find(model, 7)
    assert model.data(model.index(row, PreviewTableModel.COL_STATUS)) == "feil"
    assert "en stund" in (
        model.data(model.index(row, PreviewTableModel.COL_STATUS), Qt.ItemDataRole.ToolTipRole)
        or ""
    )
    # the report lists the problem with sheet, row, column and value
    report = dialog.report_model
    lines = [[report.data(report.index(r, c)) for c in range(6)] for r in range(report.rowCount())]
    assert ["feil", "Kartlegging", "7", "E «Tidsbruk»", "en stund"] in [line[:5] for line in lines]
    # fix the cell in place (column E is the fifth sheet column)
    cell = model.index(row, PreviewTableModel.FIRST_SHEET_COLUMN + 4)
    assert model.setData(cell, "30 min")
    assert dialog.plan.count(RowAction.INVALID) == 0
    assert model.data(model.index(_find(model, 7), PreviewTableModel.COL_STATUS)) == "ny"
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported) as signal:
        dialog.import_button.click()
    assert signal.args[0].created == 8
    assert messages.errors == []
    assert len(tasks.list_tasks(workspace, department.id)) == 8


def test_untick_a_row_to_skip_it(
    qtbot: QtBot, workspace: Workspace, department: Department, tmp_path: Path
) -> None:
    path = simple_sheet(
        tmp_path / "a.xlsx",
        [["Tilsyn", "daglig", "10 min", "HFA"], ["Bad", "sjelden", "10 min", "HFA"]],
    )
    dialog, _ = _dialog(qtbot, workspace, department, path)
    model = dialog.preview_model
    include = model.index(_find(model, 3), PreviewTableModel.COL_INCLUDE)
    assert model.data(include, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert model.setData(include, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert dialog.plan is not None and dialog.plan.count(RowAction.SKIPPED) == 1
    assert dialog.import_button.isEnabled()
    dialog.do_import()
    assert [t.name for t in tasks.list_tasks(workspace, department.id)] == ["Tilsyn"]


def test_skip_invalid_checkbox_enables_import(
    qtbot: QtBot, workspace: Workspace, department: Department, tmp_path: Path
) -> None:
    path = simple_sheet(
        tmp_path / "a.xlsx",
        [["Tilsyn", "daglig", "10 min", "HFA"], ["Bad", "sjelden", "10 min", "HFA"]],
    )
    dialog, _ = _dialog(qtbot, workspace, department, path)
    assert not dialog.import_button.isEnabled()
    dialog.skip_invalid.setChecked(True)
    assert dialog.import_button.isEnabled()


def test_the_mapping_combo_boxes_change_what_a_column_holds(
    qtbot: QtBot, workspace: Workspace, department: Department, tmp_path: Path
) -> None:
    path = simple_sheet(
        tmp_path / "a.xlsx",
        [["Tilsyn", "daglig", 10, "HFA"]],
        header=["Oppgave", "Gjentas", "Minutter", "Utførende"],
    )
    dialog, _ = _dialog(qtbot, workspace, department, path)
    assert dialog.plan is not None and dialog.plan.count(RowAction.INVALID) == 1
    combo = dialog.mapping_combos[2]
    combo.setCurrentIndex(combo.findData(Field.FREQUENCY.value))
    combo = dialog.mapping_combos[4]
    combo.setCurrentIndex(combo.findData(Field.TODAY.value))
    assert dialog.plan.count(RowAction.CREATE) == 1
    header = dialog.preview_model.headerData(
        PreviewTableModel.FIRST_SHEET_COLUMN + 1, Qt.Orientation.Horizontal
    )
    assert header == "B: Gjentas\n→ Hyppighet"
    dialog.do_import()
    task = tasks.list_tasks(workspace, department.id)[0]
    assert (task.name, task.duration_minutes) == ("Tilsyn", 10.0)


def test_sheets_header_rows_and_report_navigation(
    qtbot: QtBot, workspace: Workspace, department: Department, tmp_path: Path
) -> None:
    dialog, _ = _dialog(qtbot, workspace, department, sheet_per_shift(tmp_path / "a.xlsx"))
    assert [dialog.sheet_combo.itemText(i) for i in range(dialog.sheet_combo.count())] == [
        "Forklaring",
        "Dag",
        "Kveld",
        "Natt",
    ], "the hidden list sheet is not offered"
    dialog.sheet_combo.setCurrentIndex(2)
    assert dialog.header_spin.value() == 2
    dialog.include_sheet.setChecked(False)
    assert dialog.plan is not None
    assert {row.sheet for row in dialog.plan.rows} == {"Dag", "Natt"}
    dialog.show_info.setChecked(True)
    assert dialog.report_model.rowCount() > 0


def test_a_bad_file_is_reported_and_nothing_changes(
    qtbot: QtBot, workspace: Workspace, department: Department, tmp_path: Path
) -> None:
    path = tmp_path / "a.xlsx"
    path.write_text("tekst")
    before = digest(workspace.path)
    dialog, messages = _dialog(qtbot, workspace, department, path)
    assert messages.errors and "tekstfil" in messages.errors[0][1]
    assert not dialog.import_button.isEnabled()
    assert digest(workspace.path) == before


def test_choose_file_button_and_a_failed_write(
    qtbot: QtBot, workspace: Workspace, department: Department, tmp_path: Path
) -> None:
    path = simple_sheet(tmp_path / "a.xlsx", [["Tilsyn", "daglig", "10 min", "HFA"]])
    messages = ScriptedMessages()
    dialog = ImportDialog(
        workspace, department.id, dialogs=messages, choose_file=lambda _p: str(path)
    )
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.plan is not None)
    assert dialog.file_label.text() == str(path)
    organisation.delete_department(workspace, department.id)  # gone before «Importer»
    dialog.do_import()
    assert messages.errors and messages.errors[0][0] == "Importen ble ikke lagret"
    assert dialog.result() == 0


def test_dialog_asks_about_an_ambiguous_column_and_offers_all_roles(
    qtbot: QtBot, workspace: Workspace, department: Department, tmp_path: Path
) -> None:
    import openpyxl

    from oppgave.domain.enums import AllRoles

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Oppgave", "Hyppighet", "Tidsbruk", "Ant.", "Hvem gjør i dag"])
    sheet.append(["Forflytning", "6 ganger daglig", "15 min", 2, "Alle"])
    path = tmp_path / "ark.xlsx"
    book.save(path)
    dialog, messages = _dialog(qtbot, workspace, department, path)
    assert dialog.plan is not None, messages.errors
    assert [use.letter for use in dialog.plan.ambiguous_columns] == ["D"]
    assert "antall personer eller hyppighet" in dialog.summary.text()
    assert dialog.column_reasons[4].ambiguous
    assert not dialog.can_import()  # asked, not guessed
    dialog.set_mapping(4, Field.STAFF)
    assert not dialog.plan.ambiguous_columns
    assert dialog.plan.invalid_rows  # «Alle» needs a choice
    dialog.set_all_roles(AllRoles.UNASSIGNED)
    assert not dialog.plan.invalid_rows
    assert dialog.can_import()


def test_the_apps_export_with_a_proposal_that_now_breaks_a_rule_imports_with_a_notice(
    qtbot: QtBot, workspace: Workspace, department: Department, demo_copy: Path, tmp_path: Path
) -> None:
    from oppgave.domain.enums import Category
    from oppgave.exchange.workbook_export import export
    from oppgave.services import catalogue, scenarios, workspaces

    path = tmp_path / "eksport.xlsx"
    with workspaces.open_workspace(demo_copy) as source:
        first = organisation.list_departments(source)[0]
        proposal = next(s for s in scenarios.list_scenarios(source, first.id) if not s.is_baseline)
        srv = next(role.id for role in catalogue.list_roles(source) if role.code == "SRV")
        shares = scenarios.get_assignments(source, proposal.id)
        practical = next(
            t
            for t in tasks.list_tasks(source, first.id)
            if t.category is Category.PRACTICAL and srv in shares.get(t.id, {})
        )
        # the service staff's task becomes care work after the proposal gave it to them
        tasks.update_task(source, practical.id, category=Category.DIRECT)
        export(source, path)
    dialog, messages = _dialog(qtbot, workspace, department, path)
    assert dialog.full_export is not None and dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported):
        dialog.import_button.click()
    assert messages.errors == []
    [(title, text)] = messages.infos
    assert title == "Importert, med merknader"
    assert f"Advarsel (beholdt som i filen): {first.name}, «{proposal.name}»: " in text
    assert f"«{practical.name}» til Renholder / kjøkken / service" in text
