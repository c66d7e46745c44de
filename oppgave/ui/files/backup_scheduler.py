"""Rolling backups while a workspace is edited: at most one per interval, the last N kept.

Edits are committed at once, so the file is always up to date; backups protect against what
the file itself cannot: a wrong bulk edit noticed a day later, a colleague overwriting the file,
a deleted folder. After a commit the scheduler checks (in memory, no disk access) whether the
newest backup is older than the interval (default one hour) and, if so, writes one with
:func:`oppgave.services.backups.make_backup` on Qt's thread pool, so that a large workspace on a
slow disk never freezes the window. Read-only, review and vanished files are not backed up.

Settings (``AppSettings``): ``backups/keep`` (default 10), ``backups/interval_minutes``
(default 60), ``backups/enabled`` (default true).
"""

from __future__ import annotations

import contextlib
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from oppgave.errors import OppgaveError
from oppgave.services import backups
from oppgave.ui.common.background import BackgroundRunner
from oppgave.ui.document.workspace_document import WorkspaceDocument
from oppgave.ui.startup.app_settings import AppSettings

DEFAULT_KEEP = 10
DEFAULT_INTERVAL_MINUTES = 60


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackupScheduler", text)


def policy_from(settings: AppSettings) -> backups.BackupPolicy:
    """The backup policy the user configured (or the defaults)."""

    def number(key: str, default: int, smallest: int) -> int:
        try:
            return max(int(settings.value(key, default)), smallest)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return default

    return backups.BackupPolicy(
        keep=number("backups/keep", DEFAULT_KEEP, 1),
        min_interval=timedelta(
            minutes=number("backups/interval_minutes", DEFAULT_INTERVAL_MINUTES, 0)
        ),
    )


def backups_enabled(settings: AppSettings) -> bool:
    return str(settings.value("backups/enabled", "true")).lower() not in ("false", "0", "no")


class BackupScheduler(QObject):
    """Watches one open document at a time and backs it up after edits when one is due."""

    #: A backup was written (its path).
    backup_made = Signal(object)
    #: A backup failed; the message is for the status bar.
    backup_failed = Signal(str)

    def __init__(self, settings: AppSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.document: WorkspaceDocument | None = None
        self._identity: backups.FileIdentity | None = None
        self._last: datetime | None = None
        self._runner = BackgroundRunner(self)
        self.last_duration: float | None = None

    def attach(self, document: WorkspaceDocument | None) -> None:
        """Follow ``document`` (``None`` when the window closed its file)."""
        if self.document is not None and self._identity is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                self.document.saved.disconnect(self.after_commit)
        self._runner.cancel()
        self.document = document
        self._identity = None
        self._last = None
        if document is None:
            return
        workspace = document.workspace
        if workspace.read_only or workspace.is_review_copy or workspace.is_server:
            return  # a server is backed up by its administrator (pg_dump), not by copying a file
        self._identity = backups.FileIdentity.of(workspace)
        newest = backups.newest_backup(self._identity, policy_from(self.settings))
        self._last = newest.created if newest is not None else None
        document.saved.connect(self.after_commit)

    @property
    def busy(self) -> bool:
        return self._runner.busy

    def is_due(self, now: datetime | None = None) -> bool:
        policy = policy_from(self.settings)
        return self._last is None or (now or datetime.now()) - self._last >= policy.min_interval

    def after_commit(self) -> None:
        """Called after every commit: start a backup when one is due."""
        identity = self._identity
        if identity is None or self._runner.busy or not backups_enabled(self.settings):
            return
        if not self.is_due() or not identity.path.exists():
            return
        policy = policy_from(self.settings)
        self._last = datetime.now()  # no second attempt while this one runs or after it failed

        def work() -> tuple[Path, float]:
            started = datetime.now()
            path = backups.make_backup(identity, policy)
            return path, (datetime.now() - started).total_seconds()

        self._runner.start(work, self._done, self._failed)

    def _done(self, result: tuple[Path, float]) -> None:
        path, self.last_duration = result
        self.backup_made.emit(path)

    def _failed(self, error: BaseException) -> None:
        reason = error.message if isinstance(error, OppgaveError) else str(error)
        self.backup_failed.emit(
            _tr("Sikkerhetskopien ble ikke laget: {reason}").format(reason=reason)
        )
