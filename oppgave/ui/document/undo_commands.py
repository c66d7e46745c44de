"""Every edit of the app as a :class:`QUndoCommand` that calls the services.

Each command calls one service to do the edit and keeps what the service returned to reverse it
(the previous shares, the snapshots of deleted tasks, the old record), as docs/architecture.md
describes. The first application is :meth:`ServiceCommand.execute`, called *before* the command
is pushed, so that a refused edit (a :class:`ValidationError`) never reaches the stack and the
caller can show the reason where the user typed; ``redo`` after that repeats it.

After doing or undoing, a command tells the document what it changed (:meth:`change`), and the
views refresh from the services.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from oppgave.domain import records as r
from oppgave.domain.enums import DayType, ServiceType, Shift
from oppgave.errors import ConflictError, OppgaveError
from oppgave.lazy import lazy_module
from oppgave.ui.document.workspace_document import ChangeKind, DataChange, WorkspaceDocument

if TYPE_CHECKING:
    from oppgave.db.workspace import Workspace
    from oppgave.services import (
        catalogue,
        organisation,
        scenarios,
        staffing,
        staffing_plan_edits,
        tasks,
    )
    from oppgave.services.tasks import TaskDraft, TaskSnapshot
else:
    # the services load SQLAlchemy: imported when a command first runs, not with the first
    # window (issue 18)
    catalogue = lazy_module("oppgave.services.catalogue")
    organisation = lazy_module("oppgave.services.organisation")
    scenarios = lazy_module("oppgave.services.scenarios")
    staffing = lazy_module("oppgave.services.staffing")
    staffing_plan_edits = lazy_module("oppgave.services.staffing_plan_edits")
    tasks = lazy_module("oppgave.services.tasks")


def _tr(text: str) -> str:
    return QCoreApplication.translate("UndoCommands", text)


class ServiceCommand(QUndoCommand):
    """Base of the commands: ``do_first`` once through :meth:`execute`, then ``do_redo`` and
    ``do_undo`` from the undo stack."""

    #: Whether the command keeps ``document.own_versions`` true for what it writes (the
    #: versioned edits); any other command empties it, as it may have written a versioned
    #: record (a restore, a bulk change) without saying which version it left.
    keeps_versions = False

    def __init__(self, document: WorkspaceDocument, text: str) -> None:
        super().__init__(text)
        self.document = document
        self._skip_next_redo = False

    def expected_version(self, kind: str, record_id: int, seen: int) -> int | None:
        """The version a write to the record may find: the newer of the one the user ``seen``
        and the one this window's own last write left (a step undone after later steps on the
        same task, a list not yet refreshed after an own edit). Someone else's write in
        between makes the stored version differ, and the service refuses the stale edit.
        ``None`` (no check) when neither is known."""
        known = max(seen, self.document.own_versions.get((kind, record_id), 0))
        return known or None

    def wrote_version(self, kind: str, record_id: int, version: int) -> None:
        if version:
            self.document.own_versions[(kind, record_id)] = version

    def _forget_versions(self) -> None:
        if not self.keeps_versions:
            self.document.own_versions.clear()

    @property
    def workspace(self) -> Workspace:
        return self.document.workspace

    # --- what subclasses implement --------------------------------------------------------------

    def do_first(self) -> None:
        self.do_redo()

    def do_redo(self) -> None:
        raise NotImplementedError

    def do_undo(self) -> None:
        raise NotImplementedError

    def change(self) -> DataChange:
        raise NotImplementedError

    # --- the machinery ---------------------------------------------------------------------------

    def execute(self) -> None:
        """Do the edit for the first time; raises :class:`OppgaveError` when it is refused.

        A :class:`ConflictError` (someone else changed the record since the user read it) also
        tells the views to re-read what the command names, so the row shows the other's value
        instead of the stale copy the user edited; the command is not pushed."""
        try:
            self.do_first()
        except ConflictError:
            self.document.notify(self.change())
            raise
        finally:
            self._forget_versions()
        self._skip_next_redo = True
        self.document.notify(self.change())

    def redo(self) -> None:
        if self._skip_next_redo:
            self._skip_next_redo = False
            return
        self._guarded(self.do_redo)

    def undo(self) -> None:
        self._guarded(self.do_undo)

    def _guarded(self, action: Any) -> None:
        try:
            action()
        except OppgaveError as error:
            self._forget_versions()
            # The data moved on in a way this step cannot follow (e.g. edited elsewhere):
            # drop the step rather than leave the stack pointing at something untrue.
            self.setObsolete(True)
            self.document.command_failed.emit(error.message)
        finally:
            self._forget_versions()
            self.document.notify(self.change())


# --- creating and deleting records ------------------------------------------------------------
#
# Every create and delete in the app is undone the same way: the service that deletes a record
# returns what the service that restores it needs (the record, or a snapshot with what went with
# it), and the restore puts it back with the same id and uuid, so later steps on the stack that
# name it still work. A :class:`RecordKind` names that pair of services for one kind of record;
# :class:`CreateCommand` and :class:`DeleteCommand` are the only two commands built on them.

Record = TypeVar("Record")
Snapshot = TypeVar("Snapshot")


@dataclass(frozen=True, slots=True)
class RecordKind(Generic[Record, Snapshot]):
    """How one kind of record is taken away and put back by the services.

    ``delete`` returns what ``restore`` needs; ``change`` says what a create or delete of the
    record changed, for the views to refresh."""

    name: str
    delete: Callable[[Workspace, Record], Snapshot]
    restore: Callable[[Workspace, Snapshot], Record]
    change: Callable[[Record], DataChange]


class CreateCommand(ServiceCommand, Generic[Record, Snapshot]):
    """A new record made by ``create``; undo deletes it, redo restores it (same id and uuid)."""

    def __init__(
        self,
        document: WorkspaceDocument,
        text: str,
        kind: RecordKind[Record, Snapshot],
        create: Callable[[Workspace], Record],
        record: Record | None = None,
    ) -> None:
        super().__init__(document, text)
        self.kind = kind
        self._create = create
        #: The record once created (``None`` until then): callers select or edit it.
        self.record: Record | None = record
        self.snapshot: Snapshot | None = None

    def do_first(self) -> None:
        self.record = self._create(self.workspace)

    def do_redo(self) -> None:
        assert self.snapshot is not None
        self.record = self.kind.restore(self.workspace, self.snapshot)

    def do_undo(self) -> None:
        assert self.record is not None
        self.snapshot = self.kind.delete(self.workspace, self.record)

    def change(self) -> DataChange:
        if self.record is None:
            return DataChange.of()
        return self.kind.change(self.record)


class DeleteCommand(ServiceCommand, Generic[Record, Snapshot]):
    """Delete a record; undo restores it (same id and uuid) with what went with it."""

    def __init__(
        self,
        document: WorkspaceDocument,
        text: str,
        kind: RecordKind[Record, Snapshot],
        record: Record,
    ) -> None:
        super().__init__(document, text)
        self.kind = kind
        self.record = record
        self.snapshot: Snapshot | None = None

    def do_redo(self) -> None:
        self.snapshot = self.kind.delete(self.workspace, self.record)

    def do_undo(self) -> None:
        assert self.snapshot is not None
        self.record = self.kind.restore(self.workspace, self.snapshot)

    def change(self) -> DataChange:
        return self.kind.change(self.record)


@dataclass(frozen=True, slots=True)
class TaskSet:
    """Tasks of one department handled as one record by create and delete commands.

    ``order_before``: the department's task order (task id, ``sort_order``) before these
    tasks were made, when making them renumbered the others (a duplicate is placed right after
    its original); deleting them puts that order back, and the views re-read the whole order."""

    department_id: int
    task_ids: tuple[int, ...]
    order_before: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class DeletedTasks:
    """What restoring a :class:`TaskSet` needs: the tasks with their shares, and the order of
    the department's tasks just before they were deleted."""

    task_set: TaskSet
    snapshots: list[TaskSnapshot]
    order: dict[int, int]


def _delete_task_set(workspace: Workspace, task_set: TaskSet) -> DeletedTasks:
    order = tasks.task_order(workspace, task_set.department_id)
    snapshots = tasks.delete_tasks(workspace, list(task_set.task_ids))
    if task_set.order_before:
        tasks.set_task_order(workspace, dict(task_set.order_before))
    return DeletedTasks(task_set, snapshots, order)


def _restore_task_set(workspace: Workspace, deleted: DeletedTasks) -> TaskSet:
    restored = tasks.restore_tasks(workspace, deleted.snapshots)
    tasks.set_task_order(workspace, deleted.order)
    return replace(deleted.task_set, task_ids=tuple(task.id for task in restored))


def _task_set_change(task_set: TaskSet) -> DataChange:
    return DataChange.of(
        ChangeKind.TASKS,
        department_id=task_set.department_id,
        task_ids=None if task_set.order_before else task_set.task_ids,
    )


def _delete_municipality(workspace: Workspace, municipality: r.Municipality) -> r.Municipality:
    organisation.delete_municipality(workspace, municipality.id)
    return municipality


@dataclass(frozen=True, slots=True)
class NewDepartment:
    """A department as it is created: empty, with its baseline scenario «I dag»."""

    department: r.Department
    baseline: r.Scenario


def _create_department(
    workspace: Workspace,
    municipality_id: int,
    name: str,
    service_type: ServiceType,
    residents: int,
) -> NewDepartment:
    department = organisation.create_department(
        workspace, municipality_id, name, service_type, residents=residents
    )
    return NewDepartment(department, scenarios.baseline(workspace, department.id))


def _delete_new_department(workspace: Workspace, created: NewDepartment) -> NewDepartment:
    organisation.delete_department(workspace, created.department.id)
    return created


def _restore_new_department(workspace: Workspace, created: NewDepartment) -> NewDepartment:
    organisation.restore_department(workspace, created.department, created.baseline)
    return created


def _catalogue_change(*_records: object) -> DataChange:
    return DataChange.of(ChangeKind.CATALOGUE)


def _scenario_change(scenario: r.Scenario) -> DataChange:
    return DataChange.of(
        ChangeKind.SCENARIOS,
        ChangeKind.ASSIGNMENTS,
        department_id=scenario.department_id,
        scenario_id=scenario.id,
    )


TASKS: RecordKind[TaskSet, DeletedTasks] = RecordKind(
    "tasks", _delete_task_set, _restore_task_set, _task_set_change
)
SCENARIO: RecordKind[r.Scenario, scenarios.ScenarioSnapshot] = RecordKind(
    "scenario",
    lambda workspace, scenario: scenarios.delete_scenario(workspace, scenario.id),
    lambda workspace, snapshot: scenarios.restore_scenario(workspace, snapshot),
    _scenario_change,
)
ROLE: RecordKind[r.Role, catalogue.RoleSnapshot] = RecordKind(
    "role",
    lambda workspace, role: catalogue.delete_role(workspace, role.id),
    lambda workspace, snapshot: catalogue.restore_role(workspace, snapshot),
    # a deleted role leaves the «allowed roles» of tasks
    lambda _role: DataChange.of(ChangeKind.CATALOGUE, ChangeKind.TASKS),
)
COMPETENCE: RecordKind[r.Competence, catalogue.CompetenceSnapshot] = RecordKind(
    "competence",
    lambda workspace, competence: catalogue.delete_competence(workspace, competence.id),
    lambda workspace, snapshot: catalogue.restore_competence(workspace, snapshot),
    _catalogue_change,
)
COURSE: RecordKind[r.Course, r.Course] = RecordKind(
    "course",
    lambda workspace, course: catalogue.delete_course(workspace, course.id),
    lambda workspace, snapshot: catalogue.restore_course(workspace, snapshot),
    _catalogue_change,
)
MUNICIPALITY: RecordKind[r.Municipality, r.Municipality] = RecordKind(
    "municipality",
    _delete_municipality,
    lambda workspace, snapshot: organisation.restore_municipality(workspace, snapshot),
    lambda _municipality: DataChange.of(ChangeKind.ORGANISATION),
)
DEPARTMENT: RecordKind[NewDepartment, NewDepartment] = RecordKind(
    "department",
    _delete_new_department,
    _restore_new_department,
    lambda _created: DataChange.of(ChangeKind.ORGANISATION),
)

#: Every kind of record the commands create or delete (the undo test runs each).
RECORD_KINDS: tuple[RecordKind[Any, Any], ...] = (
    TASKS,
    SCENARIO,
    ROLE,
    COMPETENCE,
    COURSE,
    MUNICIPALITY,
    DEPARTMENT,
)


def add_tasks_command(
    document: WorkspaceDocument,
    department_id: int,
    drafts: Sequence[TaskDraft],
    text: str | None = None,
) -> CreateCommand[TaskSet, DeletedTasks]:
    """New tasks (quick add, paste, the task library) in one transaction."""
    if text is None:
        text = (
            _tr("Ny oppgave «{name}»").format(name=drafts[0].name)
            if len(drafts) == 1
            else _tr("{n} nye oppgaver").format(n=len(drafts))
        )
    chosen = list(drafts)

    def create(workspace: Workspace) -> TaskSet:
        created = tasks.create_tasks(workspace, department_id, chosen)
        return TaskSet(department_id, tuple(task.id for task in created))

    return CreateCommand(document, text, TASKS, create)


def duplicate_tasks_command(
    document: WorkspaceDocument, department_id: int, task_ids: Sequence[int]
) -> CreateCommand[TaskSet, DeletedTasks]:
    """Copies of tasks, each placed right after its original."""
    sources = list(task_ids)

    def create(workspace: Workspace) -> TaskSet:
        order_before = tuple(tasks.task_order(workspace, department_id).items())
        copies = [tasks.duplicate_task(workspace, task_id) for task_id in sources]
        return TaskSet(department_id, tuple(task.id for task in copies), order_before)

    text = _tr("Dupliser {n} oppgave(r)").format(n=len(sources))
    return CreateCommand(document, text, TASKS, create)


def delete_tasks_command(
    document: WorkspaceDocument, department_id: int, task_ids: Sequence[int]
) -> DeleteCommand[TaskSet, DeletedTasks]:
    """Delete tasks; undo restores them with their identity and every scenario's shares."""
    text = _tr("Slett {n} oppgave(r)").format(n=len(task_ids))
    return DeleteCommand(document, text, TASKS, TaskSet(department_id, tuple(task_ids)))


def create_scenario_command(
    document: WorkspaceDocument, department_id: int, name: str, copy_from: int | None
) -> CreateCommand[r.Scenario, scenarios.ScenarioSnapshot]:
    """A new proposal as a copy of another scenario."""
    return CreateCommand(
        document,
        _tr("Nytt scenario «{name}»").format(name=name),
        SCENARIO,
        lambda workspace: scenarios.create_scenario(
            workspace, department_id, name, copy_from=copy_from
        ),
    )


def delete_scenario_command(
    document: WorkspaceDocument, scenario: r.Scenario
) -> DeleteCommand[r.Scenario, scenarios.ScenarioSnapshot]:
    text = _tr("Slett scenario «{name}»").format(name=scenario.name)
    return DeleteCommand(document, text, SCENARIO, scenario)


def create_role_command(
    document: WorkspaceDocument, code: str, name: str, **fields: Any
) -> CreateCommand[r.Role, catalogue.RoleSnapshot]:
    return CreateCommand(
        document,
        _tr("Ny yrkesgruppe {code}").format(code=code),
        ROLE,
        lambda workspace: catalogue.create_role(workspace, code, name, **fields),
    )


def delete_role_command(
    document: WorkspaceDocument, role: r.Role
) -> DeleteCommand[r.Role, catalogue.RoleSnapshot]:
    text = _tr("Slett yrkesgruppen {code}").format(code=role.code)
    return DeleteCommand(document, text, ROLE, role)


def create_competence_command(
    document: WorkspaceDocument, code: str, name: str
) -> CreateCommand[r.Competence, catalogue.CompetenceSnapshot]:
    return CreateCommand(
        document,
        _tr("Ny kompetanse {code}").format(code=code),
        COMPETENCE,
        lambda workspace: catalogue.create_competence(workspace, code, name),
    )


def delete_competence_command(
    document: WorkspaceDocument, competence: r.Competence
) -> DeleteCommand[r.Competence, catalogue.CompetenceSnapshot]:
    text = _tr("Slett kompetansen {code}").format(code=competence.code)
    return DeleteCommand(document, text, COMPETENCE, competence)


def create_course_command(
    document: WorkspaceDocument, name: str, competence_id: int, **fields: Any
) -> CreateCommand[r.Course, r.Course]:
    return CreateCommand(
        document,
        _tr("Nytt kurs «{name}»").format(name=name),
        COURSE,
        lambda workspace: catalogue.create_course(workspace, name, competence_id, **fields),
    )


def delete_course_command(
    document: WorkspaceDocument, course: r.Course
) -> DeleteCommand[r.Course, r.Course]:
    text = _tr("Slett kurset «{name}»").format(name=course.name)
    return DeleteCommand(document, text, COURSE, course)


def create_municipality_command(
    document: WorkspaceDocument, name: str
) -> CreateCommand[r.Municipality, r.Municipality]:
    return CreateCommand(
        document,
        _tr("Ny kommune «{name}»").format(name=name),
        MUNICIPALITY,
        lambda workspace: organisation.create_municipality(workspace, name),
    )


def create_department_command(
    document: WorkspaceDocument,
    municipality_id: int,
    name: str,
    service_type: ServiceType,
    residents: int,
) -> CreateCommand[NewDepartment, NewDepartment]:
    return CreateCommand(
        document,
        _tr("Ny avdeling «{name}»").format(name=name),
        DEPARTMENT,
        lambda workspace: _create_department(
            workspace, municipality_id, name, service_type, residents
        ),
    )


# --- changing fields of a record --------------------------------------------------------------
#
# Every field edit (a task's cells, a scenario's name, a role, competence or course, a
# department) is undone the same way: the command keeps the old values of the fields it
# changes and writes them back. An :class:`UpdateKind` names the service that writes the fields
# of one kind of record; :class:`UpdateCommand` is the one command built on them. A record that
# carries an edit ``version`` (tasks, scenarios, roles) has each write checked against it: when
# someone else changed the record since this window last saw it, the service refuses the write
# with a :class:`ConflictError`, so the stale edit is never pushed (see ServiceCommand.execute).


@dataclass(frozen=True, slots=True)
class UpdateKind(Generic[Record]):
    """How the fields of one kind of record are changed by the services.

    ``update(workspace, record_id, **fields)`` writes the fields (and takes
    ``expected_version=`` when the record carries a version); ``change(before, result)`` says
    what an edit changed, for the views to refresh (``result`` is ``None`` after a refused
    write, so the views re-read the record)."""

    name: str
    update: Callable[..., Record]
    change: Callable[[Record, Record | None], DataChange]


class UpdateCommand(ServiceCommand, Generic[Record]):
    """Change some fields of a record; undo writes the old values back."""

    keeps_versions = True

    def __init__(
        self,
        document: WorkspaceDocument,
        text: str,
        kind: UpdateKind[Record],
        before: Record,
        changes: Mapping[str, Any],
    ) -> None:
        super().__init__(document, text)
        self.kind = kind
        self.before = before
        self.record_id: int = getattr(before, "id")  # noqa: B009 - records are not a protocol
        self.new = dict(changes)
        self.old = {key: getattr(before, key) for key in changes}
        #: the record as the last write left it (``None`` before, or after a refused write)
        self.result: Record | None = None
        #: the record's edit version as the user saw it (0 or absent: a record without one)
        self.version: int = getattr(before, "version", 0)

    def do_redo(self) -> None:
        self._write(self.new)

    def do_undo(self) -> None:
        self._write(self.old)

    def _write(self, values: Mapping[str, Any]) -> None:
        self.result = None  # a refused write re-reads the record instead of showing this
        if not self.version:
            self.result = self.kind.update(self.workspace, self.record_id, **values)
            return
        expected = self.expected_version(self.kind.name, self.record_id, self.version)
        self.result = self.kind.update(
            self.workspace, self.record_id, expected_version=expected, **values
        )
        self.wrote_version(self.kind.name, self.record_id, getattr(self.result, "version", 0))

    def change(self) -> DataChange:
        return self.kind.change(self.before, self.result)


def _task_edit_change(before: r.Task, result: r.Task | None) -> DataChange:
    return DataChange.of(
        ChangeKind.TASKS,
        department_id=before.department_id,
        task_ids=[before.id],
        tasks=(result,) if result is not None else None,
    )


TASK_FIELDS: UpdateKind[r.Task] = UpdateKind(
    "task", lambda *a, **k: tasks.update_task(*a, **k), _task_edit_change
)
SCENARIO_FIELDS: UpdateKind[r.Scenario] = UpdateKind(
    "scenario",
    lambda *a, **k: scenarios.update_scenario(*a, **k),
    lambda before, _result: DataChange.of(ChangeKind.SCENARIOS, department_id=before.department_id),
)
ROLE_FIELDS: UpdateKind[r.Role] = UpdateKind(
    "role", lambda *a, **k: catalogue.update_role(*a, **k), _catalogue_change
)
COMPETENCE_FIELDS: UpdateKind[r.Competence] = UpdateKind(
    "competence", lambda *a, **k: catalogue.update_competence(*a, **k), _catalogue_change
)
COURSE_FIELDS: UpdateKind[r.Course] = UpdateKind(
    "course", lambda *a, **k: catalogue.update_course(*a, **k), _catalogue_change
)
DEPARTMENT_FIELDS: UpdateKind[r.Department] = UpdateKind(
    "department",
    lambda *a, **k: organisation.update_department(*a, **k),
    lambda before, _result: DataChange.of(ChangeKind.ORGANISATION, department_id=before.id),
)

# (The services are reached through lambdas: looking an attribute up on a lazy module would
# import SQLAlchemy with the first window.)

#: Every kind of record whose fields the update command changes (the undo test runs each).
UPDATE_KINDS: tuple[UpdateKind[Any], ...] = (
    TASK_FIELDS,
    SCENARIO_FIELDS,
    ROLE_FIELDS,
    COMPETENCE_FIELDS,
    COURSE_FIELDS,
    DEPARTMENT_FIELDS,
)


def edit_task_command(
    document: WorkspaceDocument, before: r.Task, changes: Mapping[str, Any], what: str
) -> UpdateCommand[r.Task]:
    """Change some fields of a task (``what``: the column or fields, for the undo menu)."""
    text = _tr("Endre {what} for «{task}»").format(what=what, task=before.name)
    return UpdateCommand(document, text, TASK_FIELDS, before, changes)


def rename_scenario_command(
    document: WorkspaceDocument, scenario: r.Scenario, name: str
) -> UpdateCommand[r.Scenario]:
    text = _tr("Gi «{old}» nytt navn").format(old=scenario.name)
    return UpdateCommand(document, text, SCENARIO_FIELDS, scenario, {"name": name})


def update_role_command(
    document: WorkspaceDocument, before: r.Role, changes: Mapping[str, Any]
) -> UpdateCommand[r.Role]:
    text = _tr("Endre yrkesgruppen {code}").format(code=before.code)
    return UpdateCommand(document, text, ROLE_FIELDS, before, changes)


def update_competence_command(
    document: WorkspaceDocument, before: r.Competence, changes: Mapping[str, Any]
) -> UpdateCommand[r.Competence]:
    text = _tr("Endre kompetansen {code}").format(code=before.code)
    return UpdateCommand(document, text, COMPETENCE_FIELDS, before, changes)


def update_course_command(
    document: WorkspaceDocument, before: r.Course, changes: Mapping[str, Any]
) -> UpdateCommand[r.Course]:
    text = _tr("Endre kurset «{name}»").format(name=before.name)
    return UpdateCommand(document, text, COURSE_FIELDS, before, changes)


def update_department_command(
    document: WorkspaceDocument,
    before: r.Department,
    name: str,
    service_type: ServiceType,
    residents: int,
) -> UpdateCommand[r.Department]:
    text = _tr("Endre avdelingen «{name}»").format(name=before.name)
    changes = {"name": name, "service_type": service_type, "residents": residents}
    return UpdateCommand(document, text, DEPARTMENT_FIELDS, before, changes)


# --- tasks ------------------------------------------------------------------------------------


class SetSharesCommand(ServiceCommand):
    """Set who does a task in a scenario; undo puts the previous shares back."""

    def __init__(
        self,
        document: WorkspaceDocument,
        scenario: r.Scenario,
        task: r.Task,
        shares: Mapping[int, float],
    ) -> None:
        super().__init__(document, _tr("Endre hvem som gjør «{task}»").format(task=task.name))
        self.scenario_id = scenario.id
        self.department_id = scenario.department_id
        self.task_id = task.id
        self.new = dict(shares)
        self.previous: dict[int, float] = {}
        self.current: dict[int, float] = {}

    def do_first(self) -> None:
        self.previous = scenarios.set_assignment(
            self.workspace, self.scenario_id, self.task_id, self.new
        )
        self.current = self.new

    def do_redo(self) -> None:
        scenarios.set_assignment(self.workspace, self.scenario_id, self.task_id, self.new)
        self.current = self.new

    def do_undo(self) -> None:
        scenarios.set_assignment(self.workspace, self.scenario_id, self.task_id, self.previous)
        self.current = self.previous

    def change(self) -> DataChange:
        return DataChange.of(
            ChangeKind.ASSIGNMENTS,
            department_id=self.department_id,
            scenario_id=self.scenario_id,
            task_ids=[self.task_id],
            shares={self.task_id: self.current},
        )


class MoveShareCommand(ServiceCommand):
    """The board's drag: move (part of) a task from one role to another."""

    def __init__(
        self,
        document: WorkspaceDocument,
        scenario: r.Scenario,
        task: r.Task,
        from_role_id: int | None,
        to_role: r.Role,
        share: float | None = None,
    ) -> None:
        super().__init__(
            document,
            _tr("Flytt «{task}» til {role}").format(task=task.name, role=to_role.code),
        )
        self.scenario_id = scenario.id
        self.department_id = scenario.department_id
        self.task_id = task.id
        self.from_role_id = from_role_id
        self.to_role_id = to_role.id
        self.share = share
        self.previous: dict[int, float] = {}
        self.after: dict[int, float] = {}

    def do_first(self) -> None:
        self.previous = scenarios.move_share(
            self.workspace,
            self.scenario_id,
            self.task_id,
            self.from_role_id,
            self.to_role_id,
            self.share,
        )
        self.after = scenarios.get_assignments(
            self.workspace, self.scenario_id, [self.task_id]
        ).get(self.task_id, {})

    def do_redo(self) -> None:
        scenarios.set_assignment(self.workspace, self.scenario_id, self.task_id, self.after)

    def do_undo(self) -> None:
        scenarios.set_assignment(self.workspace, self.scenario_id, self.task_id, self.previous)

    def change(self) -> DataChange:
        return DataChange.of(
            ChangeKind.ASSIGNMENTS,
            department_id=self.department_id,
            scenario_id=self.scenario_id,
            task_ids=[self.task_id],
        )


# --- staffing ---------------------------------------------------------------------------------


class SetPositionsCommand(ServiceCommand):
    """How many positions of one size a role has (0 removes them)."""

    def __init__(
        self,
        document: WorkspaceDocument,
        department_id: int,
        role: r.Role,
        size_percent: float,
        count: int,
    ) -> None:
        super().__init__(document, _tr("Endre stillinger for {role}").format(role=role.code))
        self.department_id = department_id
        self.role_id = role.id
        self.size = size_percent
        self.count = count
        self.previous = 0

    def do_first(self) -> None:
        self.previous = staffing.set_positions(
            self.workspace, self.department_id, self.role_id, self.size, self.count
        )

    def do_redo(self) -> None:
        staffing.set_positions(
            self.workspace, self.department_id, self.role_id, self.size, self.count
        )

    def do_undo(self) -> None:
        staffing.set_positions(
            self.workspace, self.department_id, self.role_id, self.size, self.previous
        )

    def change(self) -> DataChange:
        return DataChange.of(ChangeKind.STAFFING, department_id=self.department_id)


class SetShiftStaffingCommand(ServiceCommand):
    """How many of a role work a shift on weekdays or weekends."""

    def __init__(
        self,
        document: WorkspaceDocument,
        department_id: int,
        role: r.Role,
        shift: Shift,
        day_type: DayType,
        count: int,
    ) -> None:
        super().__init__(document, _tr("Endre vaktbemanning for {role}").format(role=role.code))
        self.department_id = department_id
        self.role_id = role.id
        self.shift = shift
        self.day_type = day_type
        self.count = count
        self.previous = 0

    def do_first(self) -> None:
        self.previous = self._set(self.count)

    def do_redo(self) -> None:
        self._set(self.count)

    def do_undo(self) -> None:
        self._set(self.previous)

    def _set(self, count: int) -> int:
        return staffing.set_shift_staffing(
            self.workspace, self.department_id, self.role_id, self.shift, self.day_type, count
        )

    def change(self) -> DataChange:
        return DataChange.of(ChangeKind.STAFFING, department_id=self.department_id)


class SetPlanEditCommand(ServiceCommand):
    """A hand edit of one cell of a scenario's bemanningsplan (``people`` None: back to the
    derived figure); undo puts the previous override back, or none."""

    def __init__(
        self,
        document: WorkspaceDocument,
        department_id: int,
        scenario_id: int,
        role: r.Role,
        shift: Shift,
        day_type: DayType,
        people: int | None,
    ) -> None:
        super().__init__(document, _tr("Endre bemanningsplan for {role}").format(role=role.code))
        self.department_id = department_id
        self.scenario_id = scenario_id
        self.role_id = role.id
        self.shift = shift
        self.day_type = day_type
        self.people = people
        self.previous: int | None = None

    def do_first(self) -> None:
        self.previous = self._set(self.people)

    def do_redo(self) -> None:
        self._set(self.people)

    def do_undo(self) -> None:
        self._set(self.previous)

    def _set(self, people: int | None) -> int | None:
        return staffing_plan_edits.set_edit(
            self.workspace, self.scenario_id, self.role_id, self.shift, self.day_type, people
        )

    def change(self) -> DataChange:
        return DataChange.of(
            ChangeKind.STAFFING, department_id=self.department_id, scenario_id=self.scenario_id
        )


# --- catalogue --------------------------------------------------------------------------------


class SetRoleCompetenceCommand(ServiceCommand):
    def __init__(
        self, document: WorkspaceDocument, role: r.Role, competence: r.Competence, has: bool
    ) -> None:
        text = (
            _tr("Gi {role} kompetansen {competence}")
            if has
            else _tr("Ta kompetansen {competence} fra {role}")
        )
        super().__init__(document, text.format(role=role.code, competence=competence.code))
        self.role_id = role.id
        self.competence_id = competence.id
        self.has = has

    def do_redo(self) -> None:
        catalogue.set_role_has_competence(
            self.workspace, self.role_id, self.competence_id, self.has
        )

    def do_undo(self) -> None:
        catalogue.set_role_has_competence(
            self.workspace, self.role_id, self.competence_id, not self.has
        )

    def change(self) -> DataChange:
        return _catalogue_change()


# --- bulk changes ---------------------------------------------------------------------------


_SNAPSHOTS: list[Path] = []


def _snapshot_root() -> Path:
    """One folder per process for undo snapshots, removed when the app exits."""
    if not _SNAPSHOTS:
        _SNAPSHOTS.append(Path(tempfile.mkdtemp(prefix="oppgave-angre-")))
        atexit.register(shutil.rmtree, _SNAPSHOTS[0], True)
    return _SNAPSHOTS[0]


class SnapshotCommand(ServiceCommand):
    """A bulk change (an Excel import) undone and redone as one step by putting the whole file
    back to a copy taken before and after it. Sound because the stack undoes in order: when this
    step is undone, every later step already is, so the file is exactly as the import left it."""

    def __init__(
        self, document: WorkspaceDocument, text: str, action: Callable[[], object]
    ) -> None:
        super().__init__(document, text)
        self._action = action
        self.result: object = None
        self._folder = Path(tempfile.mkdtemp(dir=_snapshot_root()))
        self._before = self._folder / "before.oppgave"
        self._after = self._folder / "after.oppgave"

    def do_first(self) -> None:
        self.workspace.snapshot(self._before)
        self.result = self._action()
        self.workspace.snapshot(self._after)

    def do_redo(self) -> None:
        self.workspace.restore_snapshot(self._after)

    def do_undo(self) -> None:
        self.workspace.restore_snapshot(self._before)

    def change(self) -> DataChange:
        return DataChange.of(*ChangeKind)


class ChooseScenarioCommand(ServiceCommand):
    """Mark a scenario as its department's chosen one («valgt»), or take the mark away; undo
    gives the mark back to whichever scenario had it before (or to none)."""

    def __init__(self, document: WorkspaceDocument, scenario: r.Scenario, chosen: bool) -> None:
        text = _tr("Merk «{name}» som valgt") if chosen else _tr("Fjern valgt-merket fra «{name}»")
        super().__init__(document, text.format(name=scenario.name))
        self.scenario = scenario
        self.chosen = chosen
        self.previous: int | None = None

    def do_redo(self) -> None:
        if self.chosen:
            self.previous = scenarios.set_chosen(self.workspace, self.scenario.id)
        else:
            self.previous = scenarios.clear_chosen(self.workspace, self.scenario.department_id)

    def do_undo(self) -> None:
        if self.previous is None:
            scenarios.clear_chosen(self.workspace, self.scenario.department_id)
        else:
            scenarios.set_chosen(self.workspace, self.previous)

    def change(self) -> DataChange:
        return DataChange.of(ChangeKind.SCENARIOS, department_id=self.scenario.department_id)


def created_task_ids(command: CreateCommand[TaskSet, DeletedTasks]) -> list[int]:
    """The ids of the tasks a task-creating command made (empty before it ran)."""
    return [] if command.record is None else list(command.record.task_ids)
