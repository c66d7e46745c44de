"""Rolling backups while editing and «Gjenopprett fra sikkerhetskopi …» in the File menu."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot
from ui_support import ScriptedDialogs, wait_loaded

from oppgave.db.workspace import Workspace
from oppgave.services import backups, tasks
from oppgave.services.tasks import TaskDraft
from oppgave.ui.document.undo_commands import add_tasks_command
from oppgave.ui.files.backup_dialog import BackupDialog
from oppgave.ui.files.backup_scheduler import policy_from
from oppgave.ui.files.file_safety import FileSafety
from oppgave.ui.startup.app_settings import AppSettings
from oppgave.ui.window.main_window import MainWindow


def _add(window: MainWindow, name: str) -> None:
    context = window.context
    assert context is not None and context.department is not None
    assert context.run(
        add_tasks_command(context.document, context.department.id, [TaskDraft(name)])
    )


def _file_safety(window: MainWindow) -> FileSafety:
    return window.parts.file_safety


def _names(path: Path) -> set[str]:
    with Workspace.open(path) as workspace:
        return {t.name for d in [1] for t in tasks.list_tasks(workspace, _department(workspace))}


def _department(workspace: Workspace) -> int:
    from oppgave.services import organisation

    return next(d.id for d in organisation.list_departments(workspace) if d.name == "Solsiden")


def test_one_backup_per_interval_while_editing_keep_n(
    qtbot: QtBot, window: MainWindow, small_path: Path, app_settings: AppSettings
) -> None:
    app_settings.set_value("backups/keep", 3)
    file_safety = _file_safety(window)
    assert window.open_path(small_path)
    window.select_department(_department(window.document.workspace))  # type: ignore[union-attr]
    wait_loaded(qtbot, window.context)  # type: ignore[arg-type]
    scheduler = file_safety.scheduler
    identity = backups.FileIdentity.of(window.document.workspace)  # type: ignore[union-attr]
    policy = policy_from(app_settings)
    assert policy.keep == 3 and policy.min_interval == timedelta(hours=1)

    _add(window, "Første endring")
    qtbot.waitUntil(lambda: len(backups.list_backups(identity, policy)) == 1 and not scheduler.busy)
    _add(window, "Andre endring")  # within the hour: no second backup
    qtbot.wait(100)
    assert not scheduler.busy
    assert len(backups.list_backups(identity, policy)) == 1
    assert "Første endring" in _names(backups.list_backups(identity, policy)[0].path)

    # Older backups beyond keep are dropped; the interval comes from the settings.
    for hours in (5, 4, 3):
        backups.make_backup(identity, policy, datetime.now() - timedelta(hours=hours))
    assert len(backups.list_backups(identity, policy)) == 3
    app_settings.set_value("backups/interval_minutes", 0)
    scheduler.last_duration = None  # wait for this backup, not the first one
    _add(window, "Tredje endring")
    qtbot.waitUntil(lambda: not scheduler.busy and scheduler.last_duration is not None)
    found = backups.list_backups(identity, policy)
    assert len(found) == 3
    assert "Tredje endring" in _names(found[0].path)


def test_no_backups_of_a_read_only_file(window: MainWindow, small_path: Path) -> None:
    file_safety = _file_safety(window)
    small_path.chmod(0o444)
    try:
        assert window.open_path(small_path)
        if not window.document.workspace.read_only:  # type: ignore[union-attr]
            return  # root: modes do not bind (the db tests cover a real read-only mount)
        assert file_safety.scheduler._identity is None
        assert file_safety.banner.kind == "read_only"
    finally:
        small_path.chmod(0o644)


def test_restore_menu_action_and_restore_as_new_file(
    qtbot: QtBot,
    window: MainWindow,
    small_path: Path,
    dialogs: ScriptedDialogs,
    tmp_path: Path,
) -> None:
    window.settings.set_value("backups/enabled", "false")  # only the backup made below
    _file_safety(window)
    assert window.open_path(small_path)
    window.select_department(_department(window.document.workspace))  # type: ignore[union-attr]
    wait_loaded(qtbot, window.context)  # type: ignore[arg-type]
    file_menu = window.menu("file")
    texts = [a.text() for a in file_menu.actions()]
    assert "Gjenopprett fra sikkerhetskopi …" in texts
    assert texts.index("Gjenopprett fra sikkerhetskopi …") < len(texts) - 1, "before «Avslutt»"

    identity = backups.FileIdentity.of(window.document.workspace)  # type: ignore[union-attr]
    backup = backups.make_backup(identity, policy_from(window.settings))
    _add(window, "Etter sikkerhetskopien")

    dialog = BackupDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 1).data().endswith("kB")
    target = tmp_path / "gjenopprettet æøå.oppgave"
    dialogs.answer("save_file", str(target))
    assert dialog.restore_as_new()
    assert window.document is not None and window.document.path == target
    assert "Etter sikkerhetskopien" not in _names(target)
    assert "Etter sikkerhetskopien" in _names(small_path), "the current file is untouched"
    assert backup.exists()


def test_replace_current_keeps_the_replaced_file(
    qtbot: QtBot, window: MainWindow, small_path: Path, dialogs: ScriptedDialogs
) -> None:
    window.settings.set_value("backups/enabled", "false")  # only the backup made below
    _file_safety(window)
    assert window.open_path(small_path)
    window.select_department(_department(window.document.workspace))  # type: ignore[union-attr]
    wait_loaded(qtbot, window.context)  # type: ignore[arg-type]
    identity = backups.FileIdentity.of(window.document.workspace)  # type: ignore[union-attr]
    backups.make_backup(identity, policy_from(window.settings))
    _add(window, "Senere endring")

    dialog = BackupDialog(window)
    qtbot.addWidget(dialog)
    dialogs.answer("confirm", False)
    assert not dialog.replace_current()
    assert "Senere endring" in _names(small_path)

    dialog = BackupDialog(window)
    qtbot.addWidget(dialog)
    dialogs.answer("confirm", True)
    assert dialog.replace_current()
    assert window.document is not None and window.document.path == small_path
    assert "Senere endring" not in _names(small_path)
    (kept,) = small_path.parent.glob("*før-gjenoppretting*.oppgave")
    assert "Senere endring" in _names(kept), "the replaced file is kept"
