"""An unexpected exception: logged, shown with details and a copy button, workspace intact."""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot
from ui_support import ScriptedDialogs

from oppgave.db.workspace import Workspace
from oppgave.services import organisation, tasks, user_folders, workspaces
from oppgave.ui.common.dialog_service import _crash_box
from oppgave.ui.startup.crash_reporter import CrashReporter


@pytest.fixture
def reporter(dialogs: ScriptedDialogs, tmp_path: Path) -> Iterator[CrashReporter]:
    reporter = CrashReporter(dialogs, tmp_path / "logg" / "oppgave.log")
    reporter.install()
    yield reporter
    reporter.uninstall()


def _raise(kind: type[BaseException], text: str) -> None:
    try:
        raise kind(text)
    except BaseException:  # noqa: BLE001
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]


def test_uncaught_exception_is_logged_and_shown(
    qtbot: QtBot, reporter: CrashReporter, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    assert sys.excepthook == reporter.handle
    _raise(RuntimeError, "noe uventet")
    qtbot.waitUntil(lambda: bool(dialogs.messages("crash")))
    title = next(t for k, t, _ in dialogs.asked if k == "crash")
    assert title == "Noe gikk galt"
    shown = dialogs.messages("crash")[0]
    assert "RuntimeError: noe uventet" in shown
    assert "Traceback" in shown  # in the folded details, not as the message
    log = (tmp_path / "logg" / "oppgave.log").read_text(encoding="utf-8")
    assert "RuntimeError: noe uventet" in log and "Traceback" in log


def test_exception_in_a_worker_thread_reaches_the_ui_thread(
    qtbot: QtBot, reporter: CrashReporter, dialogs: ScriptedDialogs
) -> None:
    def work() -> None:
        raise ValueError("i bakgrunnen")

    worker = threading.Thread(target=work, name="arbeider")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(dialogs.messages("crash")))
    assert "ValueError: i bakgrunnen" in dialogs.messages("crash")[0]
    assert "thread: arbeider" in dialogs.messages("crash")[0]


def test_uninstall_restores_the_previous_hooks(dialogs: ScriptedDialogs, tmp_path: Path) -> None:
    before = (sys.excepthook, threading.excepthook)
    reporter = CrashReporter(dialogs, tmp_path / "x.log")
    reporter.install()
    reporter.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_default_log_is_in_the_private_data_folder() -> None:
    # conftest points OPPGAVE_DATA_DIR at a temporary folder: tests never touch the real home.
    private = Path(os.environ[user_folders.DATA_DIR_VARIABLE])
    assert user_folders.log_file() == private / "logg" / "oppgave.log"
    assert user_folders.backup_folder() == private / "sikkerhetskopier"


def test_copy_button_copies_the_details_and_keeps_the_dialog(qtbot: QtBot) -> None:
    dialog = _crash_box(None, "Noe gikk galt", "Arbeidet ditt er trygt.", "Traceback: detaljer")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.findChild(QPlainTextEdit, "crashDetails").toPlainText() == "Traceback: detaljer"
    QGuiApplication.clipboard().setText("")
    dialog.findChild(QPushButton, "copyDetails").click()
    assert QGuiApplication.clipboard().text() == "Traceback: detaljer"
    assert dialog.isVisible()


def test_exception_mid_transaction_leaves_the_workspace_intact(
    qtbot: QtBot, reporter: CrashReporter, dialogs: ScriptedDialogs, tmp_path: Path
) -> None:
    """A bug in the middle of a change: the half change is rolled back, earlier edits stay, and
    the workspace keeps working."""
    path = tmp_path / "intakt.oppgave"
    with workspaces.new_workspace(path) as workspace:
        municipality = organisation.create_municipality(workspace, "Melhus")
        department = organisation.create_department(workspace, municipality.id, "Langtid")
        tasks.create_task(workspace, department.id, "Lagret før feilen")
    workspace = Workspace.open(path)
    try:
        try:
            with workspace.transaction() as session:
                from oppgave.db import models as m

                session.add(m.Task(department_id=department.id, name="Halv endring"))
                session.flush()
                raise KeyError("bug midt i en endring")
        except KeyError:
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
        qtbot.waitUntil(lambda: bool(dialogs.messages("crash")))
        names = [t.name for t in tasks.list_tasks(workspace, department.id)]
        assert names == ["Lagret før feilen"]
        tasks.create_task(workspace, department.id, "Etter feilen")
    finally:
        workspace.close()
    with Workspace.open(path) as again:
        assert workspaces.check(again) == []
        assert len(tasks.list_tasks(again, department.id)) == 2


def test_exception_escaping_a_qt_slot_is_reported(
    qtbot: QtBot, dialogs: ScriptedDialogs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PySide6 hands an exception that escapes a slot to ``sys.excepthook``: the reporter's."""
    reporter = CrashReporter(dialogs, tmp_path / "slot.log")
    button = QPushButton()
    qtbot.addWidget(button)

    def broken_slot() -> None:
        raise RuntimeError("feil i en knapp")

    button.clicked.connect(broken_slot)
    # Replaces pytest-qt's capturing hook for this test only, as install() does in the app.
    monkeypatch.setattr(sys, "excepthook", reporter.handle)
    button.click()
    qtbot.waitUntil(lambda: bool(dialogs.messages("crash")))
    assert "RuntimeError: feil i en knapp" in dialogs.messages("crash")[0]
