"""The app killed (SIGKILL) in the middle of a session loses no committed edit.

A subprocess runs the real window (with the extensions: backups every commit, the file
banner) and makes edits through the undo stack — adding tasks, and now and then undoing —
printing the expected task list after each committed step. The test kills it at an arbitrary
moment, then reopens the file in a new window: it opens without asking (the dead session's
lock is recognised as stale), every printed step is in the file (at most the step in flight
after it), the file is sound, and no journal or temporary file is left to block anything.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from ui_support import ScriptedDialogs

import oppgave
from oppgave.db import workspace_file
from oppgave.db.workspace import Workspace
from oppgave.services import backups, file_lock, organisation, tasks, workspaces
from oppgave.ui.window.main_window import MainWindow

SESSION = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QTimer
    from oppgave.services.tasks import TaskDraft
    from oppgave.ui.app import create_application, create_window
    from oppgave.ui.startup.app_settings import AppSettings
    from oppgave.ui.document.undo_commands import add_tasks_command

    path, settings_file = sys.argv[1], sys.argv[2]
    app = create_application([])
    settings = AppSettings.in_file(settings_file)
    settings.set_value("backups/interval_minutes", 0)  # a backup after every commit
    window = create_window(settings, language="nb")
    window.show()
    assert window.open_path(path)
    department = next(d for d in window.document.departments() if d.name == "Solsiden")
    window.select_department(department.id)
    step = {"n": 0}

    def next_step():
        context = window.context
        n = step["n"] = step["n"] + 1
        if n % 4 == 0:
            context.undo_stack.undo()
        else:
            command = add_tasks_command(context.document, department.id, [TaskDraft(f"Steg {n}")])
            context.execute(command)
        print(n, flush=True)  # printed only after the step was committed
        QTimer.singleShot(0, next_step)

    QTimer.singleShot(0, next_step)
    app.exec()
    """
)


def expected_after(steps: int) -> set[str]:
    """The added task names after ``steps`` steps (every fourth step undoes the last add)."""
    stack: list[str] = []
    for n in range(1, steps + 1):
        if n % 4 == 0:
            if stack:
                stack.pop()
        else:
            stack.append(f"Steg {n}")
    return set(stack)


def _names(path: Path) -> set[str]:
    with Workspace.open(path) as workspace:
        assert workspaces.check(workspace) == []
        department = next(
            d for d in organisation.list_departments(workspace) if d.name == "Solsiden"
        )
        return {t.name for t in tasks.list_tasks(workspace, department.id)}


@pytest.mark.parametrize("steps_before_kill", [7, 23])
def test_killed_app_loses_no_committed_edit(
    qtbot: QtBot,
    window: MainWindow,
    small_path: Path,
    dialogs: ScriptedDialogs,
    tmp_path: Path,
    steps_before_kill: int,
) -> None:
    original = _names(small_path)
    env = dict(os.environ)
    env["PYTHONPATH"] = str(Path(oppgave.__file__).resolve().parent.parent)
    env["QT_QPA_PLATFORM"] = "offscreen"
    session = subprocess.Popen(
        [sys.executable, "-c", SESSION, str(small_path), str(tmp_path / "settings.ini")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert session.stdout is not None
    printed = 0
    deadline = time.monotonic() + 60
    while printed < steps_before_kill:
        line = session.stdout.readline()
        if not line:
            pytest.fail(
                "the session ended early: " + (session.stderr.read() if session.stderr else "")
            )
        printed = int(line)
        assert time.monotonic() < deadline
    os.kill(session.pid, signal.SIGKILL)
    rest, _ = session.communicate()  # also reaps the process, so its pid is really gone
    printed = max([printed, *(int(x) for x in rest.split())])

    lock = file_lock.read_lock(small_path)
    assert lock is not None and lock.pid == session.pid, "the killed session left its lock"
    assert file_lock.holder(small_path) is None, "…which is recognised as stale"

    added = _names(small_path) - original
    assert added in (expected_after(printed), expected_after(printed + 1))
    assert workspace_file.sidecar_files(small_path) == []

    # Reopening in the app: no question about the lock, it becomes ours, editing works.
    assert window.open_path(small_path)
    assert dialogs.asked == []
    assert file_lock.read_lock(small_path).pid == os.getpid()  # type: ignore[union-attr]
    assert window.document is not None
    assert not window.document.workspace.read_only
    # The backups written (one may have been half-written when killed: it is a temporary
    # file, ignored) are sound copies of a state the session went through.
    identity = backups.FileIdentity.of(window.document.workspace)
    found = backups.list_backups(identity, backups.BackupPolicy())
    assert found, "backups were made during the session"
    states = [expected_after(k) for k in range(printed + 2)]
    assert _names(found[0].path) - original in states
