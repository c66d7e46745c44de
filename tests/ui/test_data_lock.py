"""The data lock is one property of the window: ``MainWindow.data_editable``.

Opening an HMS review copy turns every listed data edit off and the task table read-only;
opening an ordinary file again turns them back on — with no waiting for timers (the lock is
part of the window's own state update, not a race with it).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from ui_support import wait_loaded

from oppgave.services import review
from oppgave.ui.tasks.task_tab import TaskTab
from oppgave.ui.tasks.task_table_model import TaskColumn
from oppgave.ui.window.main_window import MainWindow


def _open(qtbot: QtBot, window: MainWindow, path: Path) -> None:
    assert window.open_path(path)
    assert window.context is not None
    solsiden = next(d for d in window.context.document.departments() if d.name == "Solsiden")
    window.select_department(solsiden.id)
    wait_loaded(qtbot, window.context)


def _table_editable(window: MainWindow) -> bool:
    tab = window.department_tab("tasks")
    assert isinstance(tab, TaskTab)
    index = tab.proxy.index(0, TaskColumn.NAME)
    return bool(tab.proxy.flags(index) & Qt.ItemFlag.ItemIsEditable)


def _name(control: object) -> str:
    name = control.objectName()  # type: ignore[attr-defined]
    if not name and hasattr(control, "text"):
        name = control.text()
    return f"{type(control).__name__} {name}"


def _controls(window: MainWindow) -> dict[str, bool]:
    """Each data edit whose own condition holds, and whether it is enabled."""
    return {
        _name(edit.control): edit.control.isEnabled() for edit in window.data_edits() if edit.when()
    }


def test_locking_turns_every_data_edit_off_and_unlocking_back_on(
    qtbot: QtBot, opened: MainWindow, small_path: Path, tmp_path: Path
) -> None:
    assert opened.parts.review  # the review adds its own data edits (export / import a copy)
    opened.show_tab("tasks")
    assert opened.data_editable
    unlocked = _controls(opened)
    assert len(unlocked) >= 15, unlocked  # window, task, staffing and catalogue tabs, review
    assert all(unlocked.values()), unlocked
    assert _table_editable(opened)
    context = opened.context
    assert context is not None and context.department is not None
    copy = tmp_path / "hms.oppgave"
    review.export_review_copy(context.workspace, context.department.id, copy)
    changes: list[bool] = []
    opened.data_editable_changed.connect(changes.append)

    opened.close_document()
    _open(qtbot, opened, copy)
    assert not opened.data_editable
    locked = _controls(opened)
    assert locked and not any(locked.values()), locked
    assert not _table_editable(opened)
    # a scenario switch runs the window's state update: the lock is part of it
    scenarios = opened.context.scenarios() if opened.context else []
    opened.select_scenario(scenarios[-1].id)
    assert not any(_controls(opened).values())

    opened.close_document()
    _open(qtbot, opened, small_path)
    assert opened.data_editable
    assert all(_controls(opened).values()), _controls(opened)
    assert _table_editable(opened)
    assert changes[-1] is True and False in changes


def test_no_file_no_edits(opened: MainWindow) -> None:
    """On the start page nothing edits data."""
    opened.close_document()
    assert not opened.data_editable
    assert not any(edit.control.isEnabled() for edit in opened.data_edits())
