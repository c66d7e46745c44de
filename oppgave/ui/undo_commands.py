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
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from oppgave.domain import records as r
from oppgave.domain.enums import DayType, ServiceType, Shift
from oppgave.errors import OppgaveError
from oppgave.services import (
    catalogue,
    organisation,
    scenarios,
    staffing,
    staffing_plan_edits,
    tasks,
)
from oppgave.services.tasks import TaskDraft, TaskSnapshot
from oppgave.ui.workspace_document import ChangeKind, DataChange, WorkspaceDocument


def _tr(text: str) -> str:
    return QCoreApplication.translate("UndoCommands", text)


class ServiceCommand(QUndoCommand):
    """Base of the commands: ``do_first`` once through :meth:`execute`, then ``do_redo`` and
    ``do_undo`` from the undo stack."""

    def __init__(self, document: WorkspaceDocument, text: str) -> None:
        super().__init__(text)
        self.document = document
        self._skip_next_redo = False

    @property
    def workspace(self):  # type: ignore[no-untyped-def]
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
        """Do the edit for the first time; raises :class:`OppgaveError` when it is refused."""
        self.do_first()
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
            # The data moved on in a way this step cannot follow (e.g. edited elsewhere):
            # drop the step rather than leave the stack pointing at something untrue.
            self.setObsolete(True)
            self.document.command_failed.emit(error.message)
        finally:
            self.document.notify(self.change())


# --- tasks ------------------------------------------------------------------------------------


class EditTaskCommand(ServiceCommand):
    """Change some fields of a task; undo writes the old values back."""

    def __init__(
        self, document: WorkspaceDocument, before: r.Task, changes: Mapping[str, Any], what: str
    ) -> None:
        super().__init__(
            document, _tr("Endre {what} for «{task}»").format(what=what, task=before.name)
        )
        self.task_id = before.id
        self.department_id = before.department_id
        self.new = dict(changes)
        self.old = {key: getattr(before, key) for key in changes}
        self.result: r.Task | None = None

    def do_redo(self) -> None:
        self.result = tasks.update_task(self.workspace, self.task_id, **self.new)

    def do_undo(self) -> None:
        self.result = tasks.update_task(self.workspace, self.task_id, **self.old)

    def change(self) -> DataChange:
        return DataChange.of(
            ChangeKind.TASKS,
            department_id=self.department_id,
            task_ids=[self.task_id],
            tasks=(self.result,) if self.result is not None else None,
        )


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


class _TaskSetCommand(ServiceCommand):
    """Shared by the commands that create tasks: undo deletes them, redo restores them."""

    def __init__(self, document: WorkspaceDocument, department_id: int, text: str) -> None:
        super().__init__(document, text)
        self.department_id = department_id
        self.created: list[r.Task] = []
        self.snapshots: list[TaskSnapshot] = []

    @property
    def task_ids(self) -> list[int]:
        return [task.id for task in self.created]

    def do_redo(self) -> None:
        self.created = tasks.restore_tasks(self.workspace, self.snapshots)

    def do_undo(self) -> None:
        self.snapshots = tasks.delete_tasks(self.workspace, self.task_ids)

    def change(self) -> DataChange:
        return DataChange.of(
            ChangeKind.TASKS, department_id=self.department_id, task_ids=self.task_ids
        )


class AddTasksCommand(_TaskSetCommand):
    """New tasks (quick add, paste, the task library) in one transaction."""

    def __init__(
        self,
        document: WorkspaceDocument,
        department_id: int,
        drafts: Sequence[TaskDraft],
        text: str | None = None,
    ) -> None:
        if text is None:
            text = (
                _tr("Ny oppgave «{name}»").format(name=drafts[0].name)
                if len(drafts) == 1
                else _tr("{n} nye oppgaver").format(n=len(drafts))
            )
        super().__init__(document, department_id, text)
        self.drafts = list(drafts)

    def do_first(self) -> None:
        self.created = tasks.create_tasks(self.workspace, self.department_id, self.drafts)


class DuplicateTasksCommand(_TaskSetCommand):
    """Copies of tasks, each placed right after its original."""

    def __init__(
        self, document: WorkspaceDocument, department_id: int, task_ids: Sequence[int]
    ) -> None:
        super().__init__(
            document, department_id, _tr("Dupliser {n} oppgave(r)").format(n=len(task_ids))
        )
        self.source_ids = list(task_ids)

    def do_first(self) -> None:
        self.created = [tasks.duplicate_task(self.workspace, i) for i in self.source_ids]

    def change(self) -> DataChange:
        # Duplicating renumbers the tasks after the copy: the whole order has to be re-read.
        return DataChange.of(ChangeKind.TASKS, department_id=self.department_id)


class DeleteTasksCommand(ServiceCommand):
    """Delete tasks; undo restores them with their identity and every scenario's shares."""

    def __init__(
        self, document: WorkspaceDocument, department_id: int, task_ids: Sequence[int]
    ) -> None:
        super().__init__(document, _tr("Slett {n} oppgave(r)").format(n=len(task_ids)))
        self.department_id = department_id
        self.task_ids = list(task_ids)
        self.snapshots: list[TaskSnapshot] = []

    def do_redo(self) -> None:
        self.snapshots = tasks.delete_tasks(self.workspace, self.task_ids)

    def do_undo(self) -> None:
        tasks.restore_tasks(self.workspace, self.snapshots)

    def change(self) -> DataChange:
        return DataChange.of(
            ChangeKind.TASKS, department_id=self.department_id, task_ids=self.task_ids
        )


# --- scenarios --------------------------------------------------------------------------------


class CreateScenarioCommand(ServiceCommand):
    """A new proposal as a copy of another scenario."""

    def __init__(
        self, document: WorkspaceDocument, department_id: int, name: str, copy_from: int | None
    ) -> None:
        super().__init__(document, _tr("Nytt scenario «{name}»").format(name=name))
        self.department_id = department_id
        self.name = name
        self.copy_from = copy_from
        self.scenario: r.Scenario | None = None
        self.snapshot: scenarios.ScenarioSnapshot | None = None

    def do_first(self) -> None:
        self.scenario = scenarios.create_scenario(
            self.workspace, self.department_id, self.name, copy_from=self.copy_from
        )

    def do_redo(self) -> None:
        assert self.snapshot is not None
        self.scenario = scenarios.restore_scenario(self.workspace, self.snapshot)

    def do_undo(self) -> None:
        assert self.scenario is not None
        self.snapshot = scenarios.delete_scenario(self.workspace, self.scenario.id)

    def change(self) -> DataChange:
        return DataChange.of(ChangeKind.SCENARIOS, department_id=self.department_id)


class RenameScenarioCommand(ServiceCommand):
    def __init__(self, document: WorkspaceDocument, scenario: r.Scenario, name: str) -> None:
        super().__init__(document, _tr("Gi «{old}» nytt navn").format(old=scenario.name))
        self.scenario = scenario
        self.name = name

    def do_redo(self) -> None:
        scenarios.rename_scenario(self.workspace, self.scenario.id, self.name)

    def do_undo(self) -> None:
        scenarios.rename_scenario(self.workspace, self.scenario.id, self.scenario.name)

    def change(self) -> DataChange:
        return DataChange.of(ChangeKind.SCENARIOS, department_id=self.scenario.department_id)


class DeleteScenarioCommand(ServiceCommand):
    def __init__(self, document: WorkspaceDocument, scenario: r.Scenario) -> None:
        super().__init__(document, _tr("Slett scenario «{name}»").format(name=scenario.name))
        self.scenario = scenario
        self.snapshot: scenarios.ScenarioSnapshot | None = None

    def do_redo(self) -> None:
        self.snapshot = scenarios.delete_scenario(self.workspace, self.scenario.id)

    def do_undo(self) -> None:
        assert self.snapshot is not None
        scenarios.restore_scenario(self.workspace, self.snapshot)

    def change(self) -> DataChange:
        return DataChange.of(
            ChangeKind.SCENARIOS,
            ChangeKind.ASSIGNMENTS,
            department_id=self.scenario.department_id,
            scenario_id=self.scenario.id,
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


def _catalogue_change() -> DataChange:
    return DataChange.of(ChangeKind.CATALOGUE)


class UpdateRecordCommand(ServiceCommand):
    """Change fields of a role, competence or course; undo writes the old values back."""

    def __init__(
        self,
        document: WorkspaceDocument,
        service: Any,
        before: Any,
        changes: Mapping[str, Any],
        text: str,
    ) -> None:
        super().__init__(document, text)
        self.service = service
        self.record_id = before.id
        self.new = dict(changes)
        self.old = {key: getattr(before, key) for key in changes}

    def do_redo(self) -> None:
        self.service(self.workspace, self.record_id, **self.new)

    def do_undo(self) -> None:
        self.service(self.workspace, self.record_id, **self.old)

    def change(self) -> DataChange:
        return _catalogue_change()


class UpdateRoleCommand(UpdateRecordCommand):
    def __init__(
        self, document: WorkspaceDocument, before: r.Role, changes: Mapping[str, Any]
    ) -> None:
        super().__init__(
            document,
            catalogue.update_role,
            before,
            changes,
            _tr("Endre yrkesgruppen {code}").format(code=before.code),
        )


class UpdateCompetenceCommand(UpdateRecordCommand):
    def __init__(
        self, document: WorkspaceDocument, before: r.Competence, changes: Mapping[str, Any]
    ) -> None:
        super().__init__(
            document,
            catalogue.update_competence,
            before,
            changes,
            _tr("Endre kompetansen {code}").format(code=before.code),
        )


class UpdateCourseCommand(UpdateRecordCommand):
    def __init__(
        self, document: WorkspaceDocument, before: r.Course, changes: Mapping[str, Any]
    ) -> None:
        super().__init__(
            document,
            catalogue.update_course,
            before,
            changes,
            _tr("Endre kurset «{name}»").format(name=before.name),
        )


class CreateRoleCommand(ServiceCommand):
    def __init__(self, document: WorkspaceDocument, code: str, name: str, **fields: Any) -> None:
        super().__init__(document, _tr("Ny yrkesgruppe {code}").format(code=code))
        self.args = (code, name)
        self.fields = fields
        self.role: r.Role | None = None
        self.snapshot: catalogue.RoleSnapshot | None = None

    def do_first(self) -> None:
        self.role = catalogue.create_role(self.workspace, *self.args, **self.fields)

    def do_redo(self) -> None:
        assert self.snapshot is not None
        self.role = catalogue.restore_role(self.workspace, self.snapshot)

    def do_undo(self) -> None:
        assert self.role is not None
        self.snapshot = catalogue.delete_role(self.workspace, self.role.id)

    def change(self) -> DataChange:
        return _catalogue_change()


class DeleteRoleCommand(ServiceCommand):
    def __init__(self, document: WorkspaceDocument, role: r.Role) -> None:
        super().__init__(document, _tr("Slett yrkesgruppen {code}").format(code=role.code))
        self.role = role
        self.snapshot: catalogue.RoleSnapshot | None = None

    def do_redo(self) -> None:
        self.snapshot = catalogue.delete_role(self.workspace, self.role.id)

    def do_undo(self) -> None:
        assert self.snapshot is not None
        catalogue.restore_role(self.workspace, self.snapshot)

    def change(self) -> DataChange:
        return DataChange.of(ChangeKind.CATALOGUE, ChangeKind.TASKS)


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


class CreateCompetenceCommand(ServiceCommand):
    def __init__(self, document: WorkspaceDocument, code: str, name: str) -> None:
        super().__init__(document, _tr("Ny kompetanse {code}").format(code=code))
        self.args = (code, name)
        self.competence: r.Competence | None = None
        self.snapshot: catalogue.CompetenceSnapshot | None = None

    def do_first(self) -> None:
        self.competence = catalogue.create_competence(self.workspace, *self.args)

    def do_redo(self) -> None:
        assert self.snapshot is not None
        self.competence = catalogue.restore_competence(self.workspace, self.snapshot)

    def do_undo(self) -> None:
        assert self.competence is not None
        self.snapshot = catalogue.delete_competence(self.workspace, self.competence.id)

    def change(self) -> DataChange:
        return _catalogue_change()


class DeleteCompetenceCommand(ServiceCommand):
    def __init__(self, document: WorkspaceDocument, competence: r.Competence) -> None:
        super().__init__(document, _tr("Slett kompetansen {code}").format(code=competence.code))
        self.competence = competence
        self.snapshot: catalogue.CompetenceSnapshot | None = None

    def do_redo(self) -> None:
        self.snapshot = catalogue.delete_competence(self.workspace, self.competence.id)

    def do_undo(self) -> None:
        assert self.snapshot is not None
        catalogue.restore_competence(self.workspace, self.snapshot)

    def change(self) -> DataChange:
        return _catalogue_change()


class CreateCourseCommand(ServiceCommand):
    def __init__(
        self, document: WorkspaceDocument, name: str, competence_id: int, **fields: Any
    ) -> None:
        super().__init__(document, _tr("Nytt kurs «{name}»").format(name=name))
        self.name = name
        self.competence_id = competence_id
        self.fields = fields
        self.course: r.Course | None = None

    def do_first(self) -> None:
        self.course = catalogue.create_course(
            self.workspace, self.name, self.competence_id, **self.fields
        )

    def do_redo(self) -> None:
        assert self.course is not None
        catalogue.restore_course(self.workspace, self.course)

    def do_undo(self) -> None:
        assert self.course is not None
        catalogue.delete_course(self.workspace, self.course.id)

    def change(self) -> DataChange:
        return _catalogue_change()


class DeleteCourseCommand(ServiceCommand):
    def __init__(self, document: WorkspaceDocument, course: r.Course) -> None:
        super().__init__(document, _tr("Slett kurset «{name}»").format(name=course.name))
        self.course = course

    def do_redo(self) -> None:
        catalogue.delete_course(self.workspace, self.course.id)

    def do_undo(self) -> None:
        catalogue.restore_course(self.workspace, self.course)

    def change(self) -> DataChange:
        return _catalogue_change()


# --- organisation -----------------------------------------------------------------------------


class CreateMunicipalityCommand(ServiceCommand):
    def __init__(self, document: WorkspaceDocument, name: str) -> None:
        super().__init__(document, _tr("Ny kommune «{name}»").format(name=name))
        self.name = name
        self.municipality: r.Municipality | None = None

    def do_first(self) -> None:
        self.municipality = organisation.create_municipality(self.workspace, self.name)

    def do_redo(self) -> None:
        assert self.municipality is not None
        organisation.restore_municipality(self.workspace, self.municipality)

    def do_undo(self) -> None:
        assert self.municipality is not None
        organisation.delete_municipality(self.workspace, self.municipality.id)

    def change(self) -> DataChange:
        return DataChange.of(ChangeKind.ORGANISATION)


class CreateDepartmentCommand(ServiceCommand):
    def __init__(
        self,
        document: WorkspaceDocument,
        municipality_id: int,
        name: str,
        service_type: ServiceType,
        residents: int,
    ) -> None:
        super().__init__(document, _tr("Ny avdeling «{name}»").format(name=name))
        self.municipality_id = municipality_id
        self.name = name
        self.service_type = service_type
        self.residents = residents
        self.department: r.Department | None = None
        self.baseline: r.Scenario | None = None

    def do_first(self) -> None:
        self.department = organisation.create_department(
            self.workspace,
            self.municipality_id,
            self.name,
            self.service_type,
            residents=self.residents,
        )
        self.baseline = scenarios.baseline(self.workspace, self.department.id)

    def do_redo(self) -> None:
        assert self.department is not None and self.baseline is not None
        organisation.restore_department(self.workspace, self.department, self.baseline)

    def do_undo(self) -> None:
        assert self.department is not None
        organisation.delete_department(self.workspace, self.department.id)

    def change(self) -> DataChange:
        return DataChange.of(ChangeKind.ORGANISATION)


class UpdateDepartmentCommand(ServiceCommand):
    def __init__(
        self,
        document: WorkspaceDocument,
        before: r.Department,
        name: str,
        service_type: ServiceType,
        residents: int,
    ) -> None:
        super().__init__(document, _tr("Endre avdelingen «{name}»").format(name=before.name))
        self.before = before
        self.new = {"name": name, "service_type": service_type, "residents": residents}

    def do_redo(self) -> None:
        organisation.update_department(self.workspace, self.before.id, **self.new)

    def do_undo(self) -> None:
        organisation.update_department(
            self.workspace,
            self.before.id,
            name=self.before.name,
            service_type=self.before.service_type,
            residents=self.before.residents,
        )

    def change(self) -> DataChange:
        return DataChange.of(ChangeKind.ORGANISATION, department_id=self.before.id)


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
