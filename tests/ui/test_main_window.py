"""The main window: files, the lock warning, recent files, organisation, workshop mode."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot
from ui_support import ScriptedDialogs, wait_loaded

from oppgave.db.workspace import current_user_and_host
from oppgave.demo.workspace import DEMO_FILE
from oppgave.domain.enums import ServiceType
from oppgave.services import file_lock, organisation
from oppgave.services.user_folders import DATA_DIR_VARIABLE
from oppgave.ui.common.dialog_service import DepartmentFields
from oppgave.ui.document.department_context import DepartmentContext
from oppgave.ui.startup.app_settings import AppSettings
from oppgave.ui.window.main_window import MainWindow
from oppgave.ui.window.organisation_tree_model import OrganisationTreeModel


@pytest.fixture
def other_session() -> Iterator[int]:
    """A live process that plays the other user's app."""
    process = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    yield process.pid
    process.kill()
    process.wait()


def _lock_as(path: Path, user: str, host: str, pid: int) -> None:
    now = datetime.now(UTC).isoformat(timespec="seconds")
    file_lock.lock_path(path).write_text(
        json.dumps({"user": user, "host": host, "pid": pid, "started": now, "updated": now}),
        encoding="utf-8",
    )


def test_lock_file_warning_names_user_and_machine(
    window: MainWindow, small_path: Path, dialogs: ScriptedDialogs, other_session: int
) -> None:
    host = current_user_and_host()[1]
    _lock_as(small_path, "kari.nordmann", host, other_session)
    dialogs.answer("choose", None)  # "Avbryt"
    assert not window.open_path(small_path)
    (message,) = dialogs.messages("choose")
    assert "kari.nordmann" in message and host in message
    assert window.document is None
    assert file_lock.read_lock(small_path).user == "kari.nordmann"  # type: ignore[union-attr]

    dialogs.answer("choose", 0)  # "Åpne likevel"
    assert window.open_path(small_path)
    assert window.document is not None
    assert file_lock.read_lock(small_path).pid == os.getpid()  # type: ignore[union-attr]


def test_stale_lock_from_a_crash_opens_without_asking(
    window: MainWindow, small_path: Path, dialogs: ScriptedDialogs
) -> None:
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    _lock_as(small_path, "kari.nordmann", current_user_and_host()[1], dead.pid)
    assert window.open_path(small_path)
    assert dialogs.asked == []


def test_open_takes_and_close_releases_the_lock(window: MainWindow, small_path: Path) -> None:
    assert window.open_path(small_path)
    assert file_lock.lock_path(small_path).exists()
    window.close_document()
    assert not file_lock.lock_path(small_path).exists()
    assert window.stack.currentWidget() is window.start_page


def test_recent_files_and_failed_open(
    window: MainWindow,
    small_path: Path,
    app_settings: AppSettings,
    dialogs: ScriptedDialogs,
    tmp_path: Path,
) -> None:
    assert window.open_path(small_path)
    assert app_settings.recent_files() == [str(small_path.resolve())]
    assert app_settings.last_file() == str(small_path.resolve())
    recent_menu = next(
        action.menu() for action in window.menu("file").actions() if action.menu() is not None
    )
    assert [a.text() for a in recent_menu.actions()] == [small_path.name]
    window.close_document()
    assert window.start_page.recent.item(0).data(0x0100) == str(small_path.resolve())
    missing = tmp_path / "borte.oppgave"
    app_settings.add_recent_file(missing)
    assert not window.open_path(missing)
    assert "Finner ikke" in dialogs.messages("error")[0]
    assert str(missing.resolve()) not in app_settings.recent_files()
    junk = tmp_path / "tekst.oppgave"
    junk.write_text("ikke en database")
    assert not window.open_path(junk)
    assert "ikke en oppgave-arbeidsfil" in dialogs.messages("error")[1]


def test_new_file_and_save_as(
    window: MainWindow, tmp_path: Path, dialogs: ScriptedDialogs, qtbot: QtBot
) -> None:
    target = tmp_path / "ny.oppgave"
    dialogs.answer("save_file", str(target))
    window.files.new_file()
    assert window.document is not None and window.document.path == target
    assert window.tree_model.rowCount() == 0
    # no municipality yet: the app asks for one, then for the department
    dialogs.answer("get_text", "Skaun")
    dialogs.answer("edit_department", DepartmentFields("Buvika", ServiceType.HOME_CARE, 40))
    window.organisation.new_department()
    assert window.context is not None and window.context.department is not None
    assert window.context.department.name == "Buvika"
    wait_loaded(qtbot, window.context)
    copy = tmp_path / "kopi.oppgave"
    dialogs.answer("save_file", str(copy))
    window.files.save_as()
    assert window.document is not None and window.document.path == copy
    assert [d.name for d in organisation.list_departments(window.document.workspace)] == ["Buvika"]
    assert not file_lock.lock_path(target).exists()


def test_new_department_undo_and_edit(
    opened: MainWindow, dialogs: ScriptedDialogs, qtbot: QtBot
) -> None:
    context = opened.context
    assert context is not None
    dialogs.answer("edit_department", DepartmentFields("Nyheim", ServiceType.SHORT_TERM, 12))
    opened.organisation.new_department()
    assert context.department is not None and context.department.name == "Nyheim"
    assert "Nyheim" in opened.header.title.text()
    dialogs.answer(
        "edit_department", DepartmentFields("Nyheim korttid", ServiceType.SHORT_TERM, 14)
    )
    opened.organisation.edit_department()
    assert context.department.name == "Nyheim korttid"
    context.undo_stack.undo()
    assert context.department.name == "Nyheim"
    context.undo_stack.undo()
    names = [d.name for d in organisation.list_departments(context.workspace)]
    assert "Nyheim" not in names
    context.undo_stack.redo()
    assert "Nyheim" in [d.name for d in organisation.list_departments(context.workspace)]


def test_delete_department_asks_and_clears_history(
    opened: MainWindow, dialogs: ScriptedDialogs, qtbot: QtBot
) -> None:
    context = opened.context
    assert context is not None
    dialogs.answer("confirm", True)
    opened.organisation.delete_department()
    assert "kan ikke angres" in dialogs.messages("confirm")[0]
    assert [d.name for d in organisation.list_departments(context.workspace)] == ["Bakkehuset"]
    assert context.undo_stack.count() == 0
    wait_loaded(qtbot, context)
    assert context.department is not None and context.department.name == "Bakkehuset"


def test_tree_model_and_selection(opened: MainWindow, qtmodeltester: Any, qtbot: QtBot) -> None:
    model = opened.tree_model
    assert isinstance(model, OrganisationTreeModel)
    qtmodeltester.check(model)
    bakkehuset = next(d for d in opened.context.document.departments() if d.name == "Bakkehuset")  # type: ignore[union-attr]
    opened.tree.setCurrentIndex(model.index_of_department(bakkehuset.id))
    wait_loaded(qtbot, opened.context)  # type: ignore[arg-type]
    assert opened.context.department == bakkehuset  # type: ignore[union-attr]
    assert opened.header.title.text() == "Bakkehuset"
    assert "Bakkehuset" in opened.windowTitle()


def test_status_bar_shows_file_saved_state_and_scenario(opened: MainWindow) -> None:
    assert opened.file_label.text() == "Fil: solsiden.oppgave"
    assert opened.scenario_label.text() == "Scenario: I dag"
    tab = opened.show_tab("tasks")
    tab.quick_add.setText("Ny ting")  # type: ignore[union-attr]
    tab.add_from_quick_line()  # type: ignore[union-attr]
    assert opened.saved_label.text().startswith("Alt er lagret")


def test_workshop_mode_and_zoom(opened: MainWindow, app_settings: AppSettings) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    normal = app.font().pointSizeF()
    opened.view.toggle_workshop_mode()
    assert app_settings.workshop_mode()
    assert opened.isFullScreen()
    assert app.font().pointSizeF() == pytest.approx(normal * 1.4)
    assert app.palette().color(app.palette().ColorRole.Highlight).name() == "#0033cc"
    opened.view.zoom(1)
    assert app_settings.zoom() == 110
    assert app.font().pointSizeF() == pytest.approx(normal * 1.4 * 1.1)
    opened.view.zoom(0)
    opened.view.toggle_workshop_mode()
    assert not opened.isFullScreen()
    assert app.font().pointSizeF() == pytest.approx(normal)


def test_usable_at_1280_by_720_in_workshop_mode(opened: MainWindow, qtbot: QtBot) -> None:
    opened.view.toggle_workshop_mode()
    opened.showNormal()
    opened.resize(1280, 720)
    QApplication.processEvents()
    tab = opened.show_tab("tasks")
    assert isinstance(tab, QWidget)
    # everything needed to work is on screen: the table shows rows, the quick-add line is visible
    assert tab.view.isVisible() and tab.view.viewport().height() > 150  # type: ignore[attr-defined]
    assert tab.quick_add.isVisible()  # type: ignore[attr-defined]
    assert tab.quick_add.mapTo(opened, tab.quick_add.rect().bottomLeft()).y() <= 720  # type: ignore[attr-defined]
    big = QFont(QApplication.font())
    assert big.pointSizeF() >= 12
    opened.view.toggle_workshop_mode()


def test_extension_point_adds_tabs_and_menu_actions(opened: MainWindow) -> None:
    seen: list[DepartmentContext] = []

    class AnalysisTab(QLabel):
        def __init__(self, context: DepartmentContext) -> None:
            super().__init__("analyse")
            seen.append(context)
            context.department_changed.connect(lambda d: self.setText(d.name if d else ""))

    opened.add_department_tab(AnalysisTab, lambda: "Analyse", key="analysis")
    assert opened.tabs.tabText(opened.tabs.count() - 1) == "Analyse"
    assert seen == [opened.context]
    from PySide6.QtGui import QAction

    action = QAction("Lag rapport", opened)
    opened.add_menu_action("file", action)
    assert action in opened.menu("file").actions()
    opened.add_menu_action("report", lambda window: QAction("Rapport …", window))
    assert [a.text() for a in opened.menu("report").actions() if a.text()] == ["Rapport …"]
    tab = opened.department_tab("analysis")
    assert isinstance(tab, AnalysisTab)
    bakkehuset = next(d for d in opened.context.document.departments() if d.name == "Bakkehuset")  # type: ignore[union-attr]
    opened.select_department(bakkehuset.id)
    assert tab.text() == "Bakkehuset"


def test_open_demo_creates_it_the_first_time(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    monkeypatch.setenv(DATA_DIR_VARIABLE, str(tmp_path / "data"))
    target = tmp_path / "data" / DEMO_FILE
    window.files.open_demo()
    assert target.exists()
    assert window.document is not None and window.document.path == target
    assert len(organisation.list_departments(window.document.workspace)) >= 3
    assert window.context is not None
    wait_loaded(qtbot, window.context)
    assert window.context.task_list()


RUN_APP = """
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import oppgave.ui.app as app_module
from oppgave.ui.startup.app_settings import AppSettings
from oppgave.ui.window.main_window import MainWindow
settings = AppSettings.in_file(sys.argv[2])
app_module.AppSettings = lambda: settings
seen = {}
def look_and_quit():
    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    seen["tabs"] = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    seen["file"] = str(window.document.path)
    seen["rows"] = window.department_tab("tasks").model.rowCount()
    seen["department"] = window.context.department.name
    window.close()
    QApplication.quit()
app_module.create_application()
QTimer.singleShot(1500, look_and_quit)
code = app_module.run_app(file=sys.argv[1], language="en")
settings.sync()
print(json.dumps({"code": code, **seen}))
"""


def test_run_app_starts_on_a_file_in_english(small_path: Path, tmp_path: Path) -> None:
    """The entry point the `oppgave` command calls, end to end in its own process."""
    ini = tmp_path / "user.ini"
    result = subprocess.run(
        [sys.executable, "-c", RUN_APP, str(small_path), str(ini)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["code"] == 0
    # the four built-in tabs, then the tabs of the extensions (ui.extensions), e.g. Analyse
    assert seen["tabs"][:4] == ["Tasks", "Board", "Staffing", "Catalogue"]
    assert seen["tabs"][4] == "Analysis"  # the analysis extension's tab, translated too
    # then the bemanningsplan and rota tabs
    assert seen["tabs"][5] in ("Bemanningsplan", "Staffing plan")
    assert seen["tabs"][6] == "Rota"
    assert seen["file"] == str(small_path)
    # the first department in the tree is shown (Bakkehuset, still empty)
    assert (seen["department"], seen["rows"]) == ("Bakkehuset", 0)
    settings = AppSettings.in_file(ini)
    assert settings.language() == "en"
    assert settings.last_file() == str(small_path.resolve())
    assert not file_lock.lock_path(small_path).exists()
