"""What a department tab works on: the workspace, the selected department and scenario, the
undo stack, and the department's tasks with their shares in that scenario.

The main window owns one :class:`DepartmentContext` per open workspace and hands it to every tab
factory (see ``MainWindow.add_department_tab``). The context loads the selected department's
tasks off the UI thread and keeps them up to date: after an edit, an undo or a redo it re-reads
just the tasks the change names and says so with :attr:`tasks_changed`, so a table of 10,000 rows
refreshes one row, not all of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from oppgave.domain import records as r
from oppgave.errors import OppgaveError
from oppgave.lazy import lazy_module
from oppgave.ui.common.background import BackgroundRunner
from oppgave.ui.common.dialog_service import DialogService
from oppgave.ui.document.undo_commands import ServiceCommand
from oppgave.ui.document.workspace_document import ChangeKind, DataChange, WorkspaceDocument

if TYPE_CHECKING:
    from oppgave.db.workspace import Workspace
    from oppgave.services import scenarios, tasks, workspaces
else:
    # the services load SQLAlchemy: imported on first use, after the first window shows (issue 18)
    scenarios = lazy_module("oppgave.services.scenarios")
    tasks = lazy_module("oppgave.services.tasks")
    workspaces = lazy_module("oppgave.services.workspaces")

#: How often an open department on a server is checked for others' changes (milliseconds).
WATCH_INTERVAL_MS = 5000


def _tr(text: str) -> str:
    return QCoreApplication.translate("DepartmentContext", text)


@dataclass(frozen=True, slots=True)
class TaskUpdate:
    """Which tasks of the shown department changed: ``changed`` (fields or shares), ``added``
    (new or restored), ``removed`` (deleted)."""

    changed: frozenset[int] = frozenset()
    added: frozenset[int] = frozenset()
    removed: frozenset[int] = frozenset()
    shares_only: bool = False


@dataclass(slots=True)
class _Loaded:
    tasks: list[r.Task] = field(default_factory=list)
    shares: dict[int, dict[int, float]] = field(default_factory=dict)


class DepartmentContext(QObject):
    """The selection and the task cache that all department tabs share."""

    #: The selected department changed (a :class:`Department` or ``None``).
    department_changed = Signal(object)
    #: The selected scenario changed (a :class:`Scenario` or ``None``).
    scenario_changed = Signal(object)
    #: The tasks of the selection were (re)loaded; read them with :meth:`task_list`.
    tasks_loaded = Signal()
    #: Some tasks changed (a :class:`TaskUpdate`).
    tasks_changed = Signal(object)
    #: Any change of the workspace (a :class:`DataChange`), for tabs that show other data.
    data_changed = Signal(object)
    #: A message for the status bar.
    status_message = Signal(str)

    def __init__(
        self, document: WorkspaceDocument, dialogs: DialogService, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.dialogs = dialogs
        self.department: r.Department | None = None
        self.scenario: r.Scenario | None = None
        self.loading = False
        self._tasks: dict[int, r.Task] = {}
        self._order: list[int] = []
        self._shares: dict[int, dict[int, float]] = {}
        self._loader = BackgroundRunner(self)
        # others' changes (see watch_others): the department's change marker as last seen,
        # None until read again after an own edit or a new selection
        self._marker: r.ChangeMarker | None = None
        self._watcher = BackgroundRunner(self)
        self._watch_timer = QTimer(self)
        self._watch_timer.timeout.connect(self.check_for_others)
        document.changed.connect(self._on_change)

    # --- what tabs read ---------------------------------------------------------------------------

    @property
    def workspace(self) -> Workspace:
        return self.document.workspace

    @property
    def undo_stack(self):  # type: ignore[no-untyped-def]
        return self.document.undo_stack

    def task_list(self) -> list[r.Task]:
        """The department's tasks in their order."""
        return [self._tasks[i] for i in self._order]

    def task_order(self) -> list[int]:
        """The ids of the department's tasks in their order."""
        return self._order

    def task(self, task_id: int) -> r.Task | None:
        return self._tasks.get(task_id)

    def shares(self, task_id: int) -> dict[int, float]:
        """Role id → share (%) of a task in the selected scenario (empty: unassigned)."""
        return self._shares.get(task_id, {})

    def all_shares(self) -> dict[int, dict[int, float]]:
        return self._shares

    def scenarios(self) -> list[r.Scenario]:
        if self.department is None:
            return []
        return scenarios.list_scenarios(self.workspace, self.department.id)

    # --- selection -------------------------------------------------------------------------------

    def set_department(
        self, department: r.Department | None, scenario_id: int | None = None
    ) -> None:
        self.department = department
        self._marker = None
        scenario = None
        if department is not None:
            available = scenarios.list_scenarios(self.workspace, department.id)
            scenario = next((s for s in available if s.id == scenario_id), None) or next(
                (s for s in available if s.is_baseline), available[0] if available else None
            )
        self.scenario = scenario
        self.department_changed.emit(department)
        self.scenario_changed.emit(scenario)
        self.reload()

    def set_scenario(self, scenario: r.Scenario | None) -> None:
        if scenario == self.scenario:
            return
        self.scenario = scenario
        self.scenario_changed.emit(scenario)
        self.reload(shares_only=True)

    def reload(self, *, shares_only: bool = False) -> None:
        """Read the selected department's tasks (and shares) again, off the UI thread."""
        department, scenario = self.department, self.scenario
        if department is None:
            self._loader.cancel()
            self._set_loaded(_Loaded())
            return
        workspace = self.workspace
        keep_tasks = shares_only and not self.loading and bool(self._order)

        def load() -> _Loaded:
            loaded = _Loaded()
            if not keep_tasks:
                loaded.tasks = tasks.list_tasks(workspace, department.id)
            if scenario is not None:
                loaded.shares = scenarios.get_assignments(workspace, scenario.id)
            return loaded

        self.loading = True
        self._loader.start(
            load,
            lambda loaded: self._set_loaded(loaded, keep_tasks=keep_tasks),
            self._load_failed,
        )

    def _set_loaded(self, loaded: _Loaded, *, keep_tasks: bool = False) -> None:
        self.loading = False
        if not keep_tasks:
            self._tasks = {task.id: task for task in loaded.tasks}
            self._order = [task.id for task in loaded.tasks]
        self._shares = loaded.shares
        self.tasks_loaded.emit()

    def _load_failed(self, error: BaseException) -> None:
        self.loading = False
        message = error.message if isinstance(error, OppgaveError) else str(error)
        self.status_message.emit(message)
        self._set_loaded(_Loaded())

    # --- doing things ----------------------------------------------------------------------------

    def execute(self, command: ServiceCommand) -> None:
        """Do ``command`` and put it on the undo stack; raises :class:`OppgaveError` when the
        services refuse it (nothing is pushed then)."""
        command.execute()
        self.undo_stack.push(command)

    def run(self, command: ServiceCommand, title: str = "") -> bool:
        """Like :meth:`execute`, but shows a refusal in a message box; ``True`` when done."""
        try:
            self.execute(command)
        except OppgaveError as error:
            self.dialogs.error(title or command.text(), error.message)
            return False
        return True

    # --- keeping the cache true ------------------------------------------------------------------

    # --- others' changes -------------------------------------------------------------------------

    def watch_others(self, interval_ms: int = WATCH_INTERVAL_MS) -> None:
        """Check every ``interval_ms`` whether someone else changed the open department (a
        workspace on a server has several users) and show their changes when so."""
        self._watch_timer.start(interval_ms)

    def stop_watching(self) -> None:
        self._watch_timer.stop()
        self._watcher.cancel()

    def check_for_others(self) -> None:
        """Read the change marker off the UI thread; when the department's part differs from
        the one last seen, re-read its tasks (keeping the selection: rows change in place);
        when the catalogue's part differs (roles, competences, courses, settings, the
        organisation), drop the cached catalogue so every tab shows the new one. Either way
        say «Oppdatert med endringer fra andre»."""
        department = self.department
        if department is None or self._watcher.busy or self.loading:
            return
        workspace = self.workspace
        seen = self._marker

        def look() -> tuple[r.ChangeMarker, list[int] | None]:
            marker = workspaces.change_marker(workspace, department.id)
            if seen is None or marker.department == seen.department:
                return marker, None
            return marker, tasks.list_task_ids(workspace, department.id)

        def looked(result: tuple[r.ChangeMarker, list[int] | None]) -> None:
            marker, ids = result
            if self.department is None or self.department.id != department.id:
                return
            before = self._marker
            if before is None or seen is None or before != seen:
                # first look, or an own edit meanwhile: that is the new baseline
                self._marker = marker
                return
            if marker == before:
                return
            if marker.catalogue != before.catalogue:
                self.document.notify(
                    DataChange.of(
                        ChangeKind.CATALOGUE, ChangeKind.SETTINGS, ChangeKind.ORGANISATION
                    )
                )
            if ids is not None:
                self.document.notify(
                    DataChange.of(
                        ChangeKind.TASKS,
                        ChangeKind.ASSIGNMENTS,
                        ChangeKind.SCENARIOS,
                        ChangeKind.STAFFING,
                        department_id=department.id,
                        task_ids=set(ids) | set(self._tasks),
                    )
                )
            self._marker = marker  # after notify, which forgets the marker as for an own edit
            self.status_message.emit(_tr("Oppdatert med endringer fra andre"))

        self._watcher.start(look, looked, lambda _error: None)  # retried at the next tick

    def _on_change(self, change: DataChange) -> None:
        self._marker = None  # an own edit moves the marker: read it afresh, do not reload
        department = self.department
        if department is not None and (change.department_id in (None, department.id)):
            if change.touches(ChangeKind.SCENARIOS) and self.scenario is not None:
                still = {s.id: s for s in self.scenarios()}
                if self.scenario.id not in still:
                    fallback = next((s for s in still.values() if s.is_baseline), None)
                    self.scenario = fallback
                    self.scenario_changed.emit(fallback)
                    self.reload(shares_only=True)
                elif still[self.scenario.id] != self.scenario:
                    self.scenario = still[self.scenario.id]
                    self.scenario_changed.emit(self.scenario)
            if change.touches(ChangeKind.ORGANISATION) and change.department_id == department.id:
                refreshed = next(
                    (d for d in self.document.departments() if d.id == department.id), None
                )
                self.department = refreshed
                self.department_changed.emit(refreshed)
                if refreshed is None:
                    self.scenario = None
                    self.scenario_changed.emit(None)
                    self.reload()
            if change.department_id == department.id:
                self._refresh_tasks(change)
            elif change.touches(ChangeKind.TASKS) and change.department_id is None:
                self.reload()  # e.g. a role deleted: restrictions of any task may have changed
        self.data_changed.emit(change)

    def _refresh_tasks(self, change: DataChange) -> None:
        tasks_touched = change.touches(ChangeKind.TASKS)
        shares_touched = change.touches(ChangeKind.ASSIGNMENTS) and (
            self.scenario is not None and change.scenario_id in (None, self.scenario.id)
        )
        if not (tasks_touched or shares_touched):
            return
        if change.task_ids is None:
            self.reload(shares_only=not tasks_touched)
            return
        if self.loading:
            return  # the running load will see the change
        ids = sorted(change.task_ids)
        if change.tasks is not None and not shares_touched:
            # the command handed over the records the service returned: no reading needed
            fresh = {task.id: task for task in change.tasks}
            fresh_shares = {i: self._shares[i] for i in ids if i in self._shares}
        elif change.shares is not None and not tasks_touched:
            fresh = {i: self._tasks[i] for i in ids if i in self._tasks}
            fresh_shares = {i: dict(s) for i, s in change.shares.items() if s}
        else:
            fresh = {task.id: task for task in tasks.get_tasks(self.workspace, ids)}
            fresh_shares = (
                scenarios.get_assignments(self.workspace, self.scenario.id, ids)
                if self.scenario is not None
                else {}
            )
        changed: set[int] = set()
        added: set[int] = set()
        removed: set[int] = set()
        order_changed = False
        for task_id in ids:
            task = fresh.get(task_id)
            if task is None or (self.department and task.department_id != self.department.id):
                if task_id in self._tasks:
                    removed.add(task_id)
                    del self._tasks[task_id]
                    self._shares.pop(task_id, None)
                continue
            if task_id in self._tasks:
                changed.add(task_id)
                order_changed = order_changed or self._tasks[task_id].sort_order != task.sort_order
            else:
                added.add(task_id)
            self._tasks[task_id] = task
            if task_id in fresh_shares:
                self._shares[task_id] = fresh_shares[task_id]
            else:
                self._shares.pop(task_id, None)
        if removed or added or order_changed:
            self._order = [
                task.id for task in sorted(self._tasks.values(), key=lambda t: (t.sort_order, t.id))
            ]
        self.tasks_changed.emit(
            TaskUpdate(
                frozenset(changed),
                frozenset(added),
                frozenset(removed),
                shares_only=shares_touched and not tasks_touched,
            )
        )

    @property
    def data_locked(self) -> bool:
        """Whether data edits are off (an HMS review copy): ``WorkspaceDocument.data_locked``."""
        return self.document.data_locked
