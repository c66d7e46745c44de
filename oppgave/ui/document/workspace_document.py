"""One open workspace in the app: the file, its lock, the undo stack and change notices.

Everything a window shows about a workspace is read through the services; after every change
(an edit, an undo, a redo) the undo command tells the document what it changed with a
:class:`DataChange`, and the document broadcasts it so that each view refreshes just what it
shows. The catalogue and settings, which every view needs, are cached here and dropped when a
change says they changed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from oppgave.domain import records as r
from oppgave.errors import WorkspaceFileError
from oppgave.lazy import lazy_module

if TYPE_CHECKING:
    from oppgave.db.workspace import Workspace
    from oppgave.services import catalogue, file_lock, organisation
    from oppgave.services import settings as settings_service
else:
    # the services load SQLAlchemy: imported on first use, after the first window shows (issue 18)
    catalogue = lazy_module("oppgave.services.catalogue")
    file_lock = lazy_module("oppgave.services.file_lock")
    organisation = lazy_module("oppgave.services.organisation")
    settings_service = lazy_module("oppgave.services.settings")


class ChangeKind(Enum):
    TASKS = "tasks"
    ASSIGNMENTS = "assignments"
    SCENARIOS = "scenarios"
    STAFFING = "staffing"
    CATALOGUE = "catalogue"
    ORGANISATION = "organisation"
    SETTINGS = "settings"
    ROTA = "rota"  # a saved rota (the Turnus tab)


@dataclass(frozen=True, slots=True)
class DataChange:
    """What an action changed. ``task_ids`` ``None`` means "any task of the department"."""

    kinds: frozenset[ChangeKind]
    department_id: int | None = None
    scenario_id: int | None = None
    task_ids: frozenset[int] | None = None
    #: The changed tasks as the service returned them, when the change knows them: views can
    #: use these instead of reading the tasks again (a cell edit stays one round trip).
    tasks: tuple[r.Task, ...] | None = None
    #: The new shares of ``task_ids`` in ``scenario_id``, when the change knows them.
    shares: Mapping[int, Mapping[int, float]] | None = None

    @classmethod
    def of(
        cls,
        *kinds: ChangeKind,
        department_id: int | None = None,
        scenario_id: int | None = None,
        task_ids: object = None,
        tasks: tuple[r.Task, ...] | None = None,
        shares: Mapping[int, Mapping[int, float]] | None = None,
    ) -> DataChange:
        ids = None if task_ids is None else frozenset(task_ids)  # type: ignore[call-overload]
        return cls(frozenset(kinds), department_id, scenario_id, ids, tasks, shares)

    def touches(self, kind: ChangeKind) -> bool:
        return kind in self.kinds


class WorkspaceDocument(QObject):
    """An open workspace with its lock and undo stack."""

    #: A :class:`DataChange` after any edit, undo or redo.
    changed = Signal(object)
    #: After every committed transaction (the status bar's "lagret").
    saved = Signal()
    #: An undo or redo failed; the message is for the user.
    command_failed = Signal(str)

    def __init__(
        self,
        workspace: Workspace,
        lock: file_lock.FileLock | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.lock = lock
        self.undo_stack = QUndoStack(self)
        #: (kind, id) → the edit version this window's own last write left on that record
        #: (see ServiceCommand.expected_version); emptied by any edit that does not keep it
        self.own_versions: dict[tuple[str, int], int] = {}
        self.last_saved: datetime | None = None
        self._roles: list[r.Role] | None = None
        self._competences: list[r.Competence] | None = None
        self._courses: list[r.Course] | None = None
        self._settings: r.Settings | None = None
        workspace.add_listener(self._on_commit)
        self._lock_timer = QTimer(self)
        self._lock_timer.setInterval(file_lock.REFRESH_MINUTES * 60 * 1000)
        self._lock_timer.timeout.connect(self._refresh_lock)
        if lock is not None:
            self._lock_timer.start()

    @property
    def path(self) -> Path:
        return self.workspace.path

    # --- change notices ---------------------------------------------------------------------------

    def notify(self, change: DataChange) -> None:
        if change.touches(ChangeKind.CATALOGUE):
            self._roles = self._competences = self._courses = None
        if change.touches(ChangeKind.SETTINGS):
            self._settings = None
        self.changed.emit(change)

    def _on_commit(self) -> None:
        self.last_saved = datetime.now()
        self.saved.emit()

    def _refresh_lock(self) -> None:
        if self.lock is not None:
            self.lock.refresh()

    # --- cached catalogue ------------------------------------------------------------------------

    def roles(self) -> list[r.Role]:
        if self._roles is None:
            self._roles = catalogue.list_roles(self.workspace)
        return self._roles

    def role_map(self) -> dict[int, r.Role]:
        return {role.id: role for role in self.roles()}

    def competences(self) -> list[r.Competence]:
        if self._competences is None:
            self._competences = catalogue.list_competences(self.workspace)
        return self._competences

    def competence_map(self) -> dict[int, r.Competence]:
        return {competence.id: competence for competence in self.competences()}

    def courses(self) -> list[r.Course]:
        if self._courses is None:
            self._courses = catalogue.list_courses(self.workspace)
        return self._courses

    def settings(self) -> r.Settings:
        if self._settings is None:
            self._settings = settings_service.load(self.workspace)
        return self._settings

    def departments(self) -> list[r.Department]:
        return organisation.list_departments(self.workspace)

    # --- closing ---------------------------------------------------------------------------------

    def close(self) -> None:
        self._lock_timer.stop()
        self.undo_stack.clear()
        self.workspace.close()
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    # --- review copies (appended by the review UI) ----------------------------------------------

    @property
    def data_locked(self) -> bool:
        """Whether data edits are off: an HMS review copy only takes comments. Views and actions
        consult this one place (the services refuse such edits too, see docs/review.md)."""
        try:
            self._data_locked = bool(self.workspace.is_review_copy)
        except WorkspaceFileError:
            pass  # the file is out of reach (the file banner says so): keep what was known
        return getattr(self, "_data_locked", False)
