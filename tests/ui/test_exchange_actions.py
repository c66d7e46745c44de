"""The File menu's report and import actions (oppgave.ui.files.exchange_actions)."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
from pytestqt.qtbot import QtBot
from ui_support import ScriptedDialogs

from oppgave.services import tasks
from oppgave.ui.files import exchange_actions
from oppgave.ui.files.import_dialog import ImportDialog
from oppgave.ui.files.report_dialog import ReportDialog
from oppgave.ui.window.main_window import MainWindow


def _action(window: MainWindow, name: str):  # type: ignore[no-untyped-def]
    return next(a for a in window.menu("file").actions() if a.objectName() == name)


def test_actions_are_in_the_file_menu(opened: MainWindow) -> None:
    exchange_actions.install(opened)
    report = _action(opened, "reportAction")
    assert report.isEnabled()
    assert report.shortcut().toString() == "Ctrl+P"
    assert _action(opened, "importAction").isEnabled()


def test_report_action_opens_dialog_for_selected_department(
    qtbot: QtBot, opened: MainWindow
) -> None:
    dialog = exchange_actions.open_report_dialog(opened)
    assert isinstance(dialog, ReportDialog)
    qtbot.addWidget(dialog)
    assert dialog.is_department
    assert "Solsiden" in dialog.windowTitle()
    dialog.close()


def test_import_action_opens_dialog(qtbot: QtBot, opened: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(ImportDialog, "ask_for_file", lambda self: None)
    dialog = exchange_actions.open_import_dialog(opened)
    assert isinstance(dialog, ImportDialog)
    qtbot.addWidget(dialog)
    assert opened.context is not None and opened.context.department is not None
    assert dialog.department_id == opened.context.department.id
    dialog.close()


def test_import_refused_in_review_copy(
    opened: MainWindow,
    dialogs: ScriptedDialogs,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    assert opened.document is not None
    monkeypatch.setattr(type(opened.document.workspace), "is_review_copy", property(lambda s: True))
    assert exchange_actions.open_import_dialog(opened) is None
    assert any("gjennomgangskopi" in m for m in dialogs.messages("error"))
    assert not exchange_actions.import_allowed(opened)


def test_the_window_parts_put_the_actions_in_the_file_menu(window: MainWindow) -> None:
    window.parts.install()
    names = {action.objectName() for action in window.menu("file").actions()}
    assert {"exportExcelAction", "exportCsvAction", "templateAction"} <= names


def _run(qtbot: QtBot, runner: object) -> None:
    assert runner is not None
    qtbot.waitUntil(lambda: not runner.busy, timeout=60_000)  # type: ignore[attr-defined]


def _task_count(window: MainWindow) -> int:
    assert window.document is not None
    return sum(
        len(tasks.list_tasks(window.document.workspace, d.id))
        for d in window.document.departments()
    )


def test_export_excel_writes_the_tasks(
    qtbot: QtBot, opened: MainWindow, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    target = tmp_path / "eksport.xlsx"
    dialogs.answer("save_file", str(target))
    _run(qtbot, exchange_actions.export_excel(opened))
    book = openpyxl.load_workbook(target)
    sheet = book["Oppgaver"]
    assert sheet.max_row - 1 == _task_count(opened) > 0
    assert str(target) in dialogs.messages("information")[-1]


def test_export_csv_has_one_row_per_task(
    qtbot: QtBot, opened: MainWindow, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    target = tmp_path / "oppgaver"
    dialogs.answer("save_file", str(target))
    _run(qtbot, exchange_actions.export_task_csv(opened))
    written = target.with_name("oppgaver.csv")
    with written.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert len(rows) - 1 == _task_count(opened)


def test_template_has_drop_downs(
    qtbot: QtBot, opened: MainWindow, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    target = tmp_path / "mal.xlsx"
    dialogs.answer("save_file", str(target))
    _run(qtbot, exchange_actions.make_template(opened))
    book = openpyxl.load_workbook(target)
    assert any(sheet.data_validations.dataValidation for sheet in book.worksheets)


def test_unwritable_target_gives_a_message(
    qtbot: QtBot, opened: MainWindow, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    target = tmp_path / "finnes-ikke" / "eksport.xlsx"
    dialogs.answer("save_file", str(target))
    _run(qtbot, exchange_actions.export_excel(opened))
    assert "finnes ikke" in dialogs.messages("error")[-1]
    assert not target.exists()
    assert opened.document is not None  # nothing lost: the workspace is still open


def _import_sheet(opened: MainWindow, sheet: Path, monkeypatch) -> ImportDialog:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(ImportDialog, "ask_for_file", lambda self: None)
    dialog = exchange_actions.open_import_dialog(opened)
    assert dialog is not None
    dialog.dialogs = opened.dialogs  # type: ignore[assignment]
    assert dialog.load(sheet)
    if dialog.can_import():
        dialog.do_import()
    dialog.close()
    return dialog


def _two_task_sheet(folder: Path) -> Path:
    """A department's own sheet with two tasks the demo does not have."""
    sheet = folder / "ark.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Oppgave", "Hyppighet", "Tidsbruk", "Hvem gjør i dag"])
    book.active.append(["Importert tilsyn", "daglig", "10 min", "HFA"])
    book.active.append(["Importert stell", "2 ganger daglig", "20 min", "HFA"])
    book.save(sheet)
    return sheet


def test_import_through_the_gui_adds_tasks_once(
    qtbot: QtBot,
    opened: MainWindow,
    tmp_path: Path,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    sheet = _two_task_sheet(tmp_path)
    before = _task_count(opened)
    first = _import_sheet(opened, sheet, monkeypatch)
    qtbot.addWidget(first)
    assert _task_count(opened) == before + 2
    second = _import_sheet(opened, sheet, monkeypatch)
    qtbot.addWidget(second)
    assert _task_count(opened) == before + 2, "a second import of the same sheet adds nothing"


def test_import_is_one_step_on_the_undo_stack(
    qtbot: QtBot,
    opened: MainWindow,
    tmp_path: Path,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    sheet = _two_task_sheet(tmp_path)
    stack = opened.document.undo_stack
    before = _task_count(opened)
    steps = stack.count()
    imported = {"Importert tilsyn", "Importert stell"}

    def shown() -> set[str]:
        return {t.name for t in opened.context.task_list()}

    dialog = _import_sheet(opened, sheet, monkeypatch)
    qtbot.addWidget(dialog)
    assert _task_count(opened) == before + 2
    assert stack.count() == steps + 1
    qtbot.waitUntil(lambda: imported <= shown())  # the table shows them
    stack.undo()
    assert _task_count(opened) == before
    qtbot.waitUntil(lambda: not imported & shown())
    stack.redo()
    assert _task_count(opened) == before + 2
    qtbot.waitUntil(lambda: imported <= shown())


def test_report_dialog_preselects_the_scenario_selected_in_the_window(
    qtbot: QtBot, opened: MainWindow, dialogs: ScriptedDialogs
) -> None:
    """With «Forslag B» selected in the window, the report is about «Forslag B» (it used to
    preselect the first proposal, «Forslag A»)."""
    dialogs.answer("get_text", "Forslag B")
    opened.scenarios.new_scenario()
    assert opened.context is not None and opened.context.scenario is not None
    qtbot.waitUntil(lambda: opened.header.scenario_combo.currentText() == "Forslag B", timeout=5000)
    dialog = exchange_actions.open_report_dialog(opened)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.scenario_combo.currentText() == "Forslag B"
    dialog.close()
    opened.header.scenario_combo.setCurrentText("Forslag A")
    dialog = exchange_actions.open_report_dialog(opened)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.scenario_combo.currentText() == "Forslag A"
    dialog.close()
