"""Every undo command of the app, run the same way: do, undo, redo — each compared with a dump
of the whole workspace file.

The commands are found by walking the ``oppgave.ui`` package, so a new command class fails
:func:`test_every_command_class_has_a_case` until it gets a case in :data:`CASES`; every kind
of record the generic create/delete commands handle must have a case too.
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from PySide6.QtGui import QUndoCommand

import oppgave.ui
from oppgave.db import models as m
from oppgave.db.workspace import Workspace
from oppgave.domain import records as r
from oppgave.domain.enums import (
    DayType,
    ReviewerRole,
    ServiceType,
    Shift,
    Verdict,
    WorkFlag,
)
from oppgave.services import (
    catalogue,
    organisation,
    review,
    review_comments,
    saved_rotas,
    scenario_pricing,
    scenarios,
    staffing_plan_edits,
    staffing_proposals,
    tasks,
    workspaces,
)
from oppgave.services import settings as settings_service
from oppgave.services.staffing_proposals import ProposalRequest
from oppgave.services.tasks import TaskDraft
from oppgave.ui.analysis.analysis_commands import SaveSettingsCommand, save_proposal_command
from oppgave.ui.analysis.floor_settings_dialog import SaveProposalSettingsCommand
from oppgave.ui.document import undo_commands as uc
from oppgave.ui.document.workspace_document import WorkspaceDocument
from oppgave.ui.review.review_ui import (
    COMMENT,
    CommentStatusCommand,
    OverallCommentCommand,
    add_comment_command,
)
from oppgave.ui.review.work_environment_view import SuggestFlagsCommand
from oppgave.ui.staffing.rota_tab import SaveRotaCommand

# --- the workspace dump -------------------------------------------------------------------------


#: Columns an undo need not keep: rows identified by their content (a share of a task in a
#: scenario, a staffing cell), whose row id or uuid no other row, export or import reads —
#: putting such a row back may give it a new one. Everything else must come back exactly.
INCIDENTAL = {("assignment", "id"), ("position", "uuid"), ("shift_staffing", "uuid")}


def dump(workspace: Workspace) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table in a stable order, timestamps and edit versions left out (an
    undo puts the data back, not the clock; to other editors it is a new edit, so the row's
    version goes up as for any write)."""
    tables: dict[str, list[tuple[Any, ...]]] = {}
    with workspace.reading() as session:
        for table in m.Base.metadata.sorted_tables:
            columns = [
                c
                for c in table.columns
                if not isinstance(c.type, sa.DateTime)
                and (table.name, c.name) not in INCIDENTAL
                and c.name != "version"
            ]
            rows = session.execute(sa.select(*columns)).all()
            tables[table.name] = sorted((tuple(row) for row in rows), key=repr)
    return tables


def assert_same(actual: dict[str, list[tuple[Any, ...]]], expected: dict[str, Any]) -> None:
    """Equal dumps, reported table by table (a whole-file diff is unreadable)."""
    differing = {
        name: (
            [row for row in expected[name] if row not in actual[name]],
            [row for row in actual[name] if row not in expected[name]],
        )
        for name in expected
        if actual[name] != expected[name]
    }
    assert not differing, f"tables differ (missing, extra): {differing}"


# --- the workspaces the commands run on ---------------------------------------------------------


@dataclass
class Env:
    """A document on a workspace, with names for what the cases pick from it."""

    document: WorkspaceDocument
    department: r.Department

    @property
    def workspace(self) -> Workspace:
        return self.document.workspace

    def task(self, name: str) -> r.Task:
        return next(
            t for t in tasks.list_tasks(self.workspace, self.department.id) if t.name == name
        )

    def role(self, code: str) -> r.Role:
        return next(x for x in catalogue.list_roles(self.workspace) if x.code == code)

    def competence(self, code: str) -> r.Competence:
        return next(x for x in catalogue.list_competences(self.workspace) if x.code == code)

    def proposal(self) -> r.Scenario:
        return next(
            s
            for s in scenarios.list_scenarios(self.workspace, self.department.id)
            if not s.is_baseline
        )


def _open(path: Path) -> Iterator[Env]:
    workspace = Workspace.open(path)
    document = WorkspaceDocument(workspace)
    department = next(d for d in organisation.list_departments(workspace) if d.name == "Solsiden")
    try:
        yield Env(document, department)
    finally:
        document.undo_stack.clear()
        document.deleteLater()
        workspace.close()


@pytest.fixture
def leader(small_path: Path) -> Iterator[Env]:
    """The leader's workspace (Solsiden with six tasks, a proposal, positions, staffing)."""
    yield from _open(small_path)


@pytest.fixture
def review_copy(small_path: Path, tmp_path: Path) -> Iterator[Env]:
    """A review copy of Solsiden, as the HMS group gets it (only comments can be written)."""
    with workspaces.open_workspace(small_path) as workspace:
        solsiden = next(d for d in organisation.list_departments(workspace) if d.name == "Solsiden")
        review.export_review_copy(workspace, solsiden.id, tmp_path / "hms.oppgave")
    yield from _open(tmp_path / "hms.oppgave")


@pytest.fixture
def leader_with_comments(small_path: Path, tmp_path: Path) -> Iterator[Env]:
    """The leader's workspace after importing a returned copy with one comment."""
    copy = tmp_path / "hms.oppgave"
    with workspaces.open_workspace(small_path) as workspace:
        solsiden = next(d for d in organisation.list_departments(workspace) if d.name == "Solsiden")
        review.export_review_copy(workspace, solsiden.id, copy)
    returned = Workspace.open(copy)
    try:
        department = review.copy_info(returned)
        assert department is not None
        insulin = next(
            t for t in tasks.list_tasks(returned, department.department_id) if t.name == "Insulin"
        )
        review_comments.add_comment(
            returned, insulin.id, Verdict.DISAGREE, ReviewerRole.SAFETY_REP, "For lite tid"
        )
    finally:
        returned.close()
    with workspaces.open_workspace(small_path) as workspace:
        review.import_review_copy(workspace, copy)
    yield from _open(small_path)


# --- one case per way of making each command ----------------------------------------------------


@dataclass(frozen=True)
class Case:
    """How to make one command: ``workspace`` names the fixture it runs on; ``make`` may
    prepare data through the services first (before the first dump)."""

    id: str
    command: type[QUndoCommand]
    make: Callable[[Env], QUndoCommand]
    workspace: str = "leader"


def _unused_role(env: Env) -> r.Role:
    return catalogue.create_role(env.workspace, "VIK", "Vikar", leon_level=2)


def _unused_competence(env: Env) -> r.Competence:
    competence = catalogue.create_competence(env.workspace, "SÅR", "Sårstell")
    catalogue.create_course(env.workspace, "Sårkurs", competence.id, hours=7.5)
    catalogue.set_role_has_competence(env.workspace, env.role("HFA").id, competence.id, True)
    return competence


def _a_course(env: Env) -> r.Course:
    competence = env.competence("STELL")
    return catalogue.create_course(env.workspace, "Stellkurs", competence.id, hours=4.0)


def _proposal_draft(env: Env) -> staffing_proposals.ProposalDraft:
    data = workspaces.load_department_data(env.workspace, env.department.id)
    return staffing_proposals.compute_proposal(data, ProposalRequest())


def _insulin_comment(env: Env) -> r.ReviewComment:
    return next(c for c in review_comments.list_comments(env.workspace) if c.task_name == "Insulin")


def _save_settings(env: Env) -> QUndoCommand:
    before = settings_service.load(env.workspace)
    after = dataclasses.replace(before, hours_per_fte=37.5, absence_allowance=0.12)
    return SaveSettingsCommand(env.document, before, after)


def _save_floor_settings(env: Env) -> QUndoCommand:
    before = scenario_pricing.department_proposal_settings(env.workspace, env.department.id)
    after = dataclasses.replace(before, nurses_per_shift=before.nurses_per_shift + 1)
    return SaveProposalSettingsCommand(env.document, env.department.id, None, after)


def _snapshot_import(env: Env) -> QUndoCommand:
    def bulk_change() -> object:
        department = env.department.id
        tasks.create_tasks(env.workspace, department, [TaskDraft("Importert 1")])
        return tasks.delete_tasks(env.workspace, [env.task("Middag").id])

    return uc.SnapshotCommand(env.document, "Importer", bulk_change)


def _small_rota(role_id: int) -> Any:
    """A two-week rota for one position, built by hand (no solver in this test)."""
    from oppgave.analysis.rota import Rota, RotaPosition, RotaProblem, RotaRules, default_types

    rules = RotaRules(weeks=2, weekend_every=2)
    problem = RotaProblem(
        (RotaPosition("HFA 1 (100 %)", role_id, 100.0, 35.5),),
        default_types(),
        {(0, Shift.DAY, role_id): 1},
        rules,
        role_names={role_id: "Helsefagarbeider"},
    )
    grid = (("D", "D", "A", "", "", "", "", "D", "D", "", "N", "N", "", ""),)
    return Rota(problem, grid, (100.0,))


def _save_rota(env: Env, *, replace: bool) -> QUndoCommand:
    scenario = env.proposal()
    role = env.role("HFA")
    before = None
    if replace:  # a hand edit of a rota already saved
        saved_rotas.save_rota(env.workspace, scenario.id, _small_rota(role.id), edited=False)
        before = saved_rotas.load_rota(env.workspace, scenario.id)
    rota = _small_rota(role.id)
    return SaveRotaCommand(
        env.document,
        "Lagre turnus",
        env.department.id,
        scenario.id,
        rota,
        edited=replace,
        before=before,
    )


def _plan_edit(env: Env, *, twice: bool) -> QUndoCommand:
    scenario = env.proposal()
    role = env.role("HFA")
    if twice:  # the cell already holds a hand edit: undo puts that one back
        staffing_plan_edits.set_edit(
            env.workspace, scenario.id, role.id, Shift.DAY, DayType.WEEKDAY, 2
        )
    return uc.SetPlanEditCommand(
        env.document, env.department.id, scenario.id, role, Shift.DAY, DayType.WEEKDAY, 4
    )


CASES: tuple[Case, ...] = (
    # tasks
    Case(
        "edit task",
        uc.UpdateCommand,
        lambda env: uc.edit_task_command(
            env.document,
            env.task("Insulin"),
            {"duration_minutes": 12.0, "notes": "dobbeltkontroll"},
            "varighet",
        ),
    ),
    Case(
        "set shares",
        uc.SetSharesCommand,
        lambda env: uc.SetSharesCommand(
            env.document, env.proposal(), env.task("Morgenstell"), {env.role("HFA").id: 100.0}
        ),
    ),
    Case(
        "move share",
        uc.MoveShareCommand,
        lambda env: uc.MoveShareCommand(
            env.document,
            env.proposal(),
            env.task("Morgenstell"),
            env.role("HFA").id,
            env.role("ASS"),
            20.0,
        ),
    ),
    Case(
        "add tasks",
        uc.CreateCommand,
        lambda env: uc.add_tasks_command(
            env.document, env.department.id, [TaskDraft("Kveldsstell"), TaskDraft("Tannpuss")]
        ),
    ),
    Case(
        "duplicate tasks",
        uc.CreateCommand,
        lambda env: uc.duplicate_tasks_command(
            env.document, env.department.id, [env.task("Insulin").id]
        ),
    ),
    Case(
        "delete tasks",
        uc.DeleteCommand,
        lambda env: uc.delete_tasks_command(
            env.document, env.department.id, [env.task("Insulin").id, env.task("Middag").id]
        ),
    ),
    # scenarios
    Case(
        "create scenario",
        uc.CreateCommand,
        lambda env: uc.create_scenario_command(
            env.document, env.department.id, "Forslag 2", env.proposal().id
        ),
    ),
    Case(
        "save proposal",
        uc.CreateCommand,
        lambda env: save_proposal_command(env.document, "Optimert", _proposal_draft(env)),
    ),
    Case(
        "rename scenario",
        uc.UpdateCommand,
        lambda env: uc.rename_scenario_command(env.document, env.proposal(), "Nytt navn"),
    ),
    Case(
        "delete scenario",
        uc.DeleteCommand,
        lambda env: uc.delete_scenario_command(env.document, env.proposal()),
    ),
    Case(
        "choose scenario",
        uc.ChooseScenarioCommand,
        lambda env: uc.ChooseScenarioCommand(env.document, env.proposal(), True),
    ),
    # staffing
    Case(
        "set positions",
        uc.SetPositionsCommand,
        lambda env: uc.SetPositionsCommand(
            env.document, env.department.id, env.role("HFA"), 75.0, 3
        ),
    ),
    Case(
        "set shift staffing",
        uc.SetShiftStaffingCommand,
        lambda env: uc.SetShiftStaffingCommand(
            env.document, env.department.id, env.role("SPL"), Shift.EVENING, DayType.WEEKEND, 2
        ),
    ),
    # catalogue
    Case(
        "update role",
        uc.UpdateCommand,
        lambda env: uc.update_role_command(
            env.document, env.role("ASS"), {"hourly_cost": 333.0, "name": "Assistent (ufaglært)"}
        ),
    ),
    Case(
        "update competence",
        uc.UpdateCommand,
        lambda env: uc.update_competence_command(
            env.document, env.competence("STELL"), {"description": "Personlig stell"}
        ),
    ),
    Case(
        "update course",
        uc.UpdateCommand,
        lambda env: uc.update_course_command(env.document, _a_course(env), {"hours": 6.0}),
    ),
    Case(
        "set role competence",
        uc.SetRoleCompetenceCommand,
        lambda env: uc.SetRoleCompetenceCommand(
            env.document, env.role("ASS"), env.competence("LM-INSULIN"), True
        ),
    ),
    Case(
        "create role",
        uc.CreateCommand,
        lambda env: uc.create_role_command(env.document, "NY", "Ny yrkesgruppe", leon_level=0),
    ),
    Case(
        "delete role",
        uc.DeleteCommand,
        lambda env: uc.delete_role_command(env.document, _unused_role(env)),
    ),
    Case(
        "create competence",
        uc.CreateCommand,
        lambda env: uc.create_competence_command(env.document, "NY", "Ny kompetanse"),
    ),
    Case(
        "delete competence",
        uc.DeleteCommand,
        lambda env: uc.delete_competence_command(env.document, _unused_competence(env)),
    ),
    Case(
        "create course",
        uc.CreateCommand,
        lambda env: uc.create_course_command(
            env.document, "Løftekurs", env.competence("FORFLYT").id, hours=3.0
        ),
    ),
    Case(
        "delete course",
        uc.DeleteCommand,
        lambda env: uc.delete_course_command(env.document, _a_course(env)),
    ),
    # organisation
    Case(
        "create municipality",
        uc.CreateCommand,
        lambda env: uc.create_municipality_command(env.document, "Gauldal"),
    ),
    Case(
        "create department",
        uc.CreateCommand,
        lambda env: uc.create_department_command(
            env.document, env.department.municipality_id, "Lia", ServiceType.SHORT_TERM, 12
        ),
    ),
    Case(
        "update department",
        uc.UpdateCommand,
        lambda env: uc.update_department_command(
            env.document, env.department, "Solsiden sykehjem", ServiceType.DEMENTIA, 24
        ),
    ),
    # settings
    Case("save analysis settings", SaveSettingsCommand, _save_settings),
    Case("save floor settings", SaveProposalSettingsCommand, _save_floor_settings),
    # bulk
    Case("snapshot (import)", uc.SnapshotCommand, _snapshot_import),
    # review
    Case(
        "add comment",
        uc.CreateCommand,
        lambda env: add_comment_command(
            env.document,
            env.task("Forflytning").id,
            Verdict.DISAGREE,
            ReviewerRole.EMPLOYEE,
            "Trenger to",
        ),
        workspace="review_copy",
    ),
    Case(
        "overall comment",
        OverallCommentCommand,
        lambda env: OverallCommentCommand(
            env.document, env.department.id, "Godt arbeid", ReviewerRole.SAFETY_REP
        ),
        workspace="review_copy",
    ),
    Case(
        "suggest flags",
        SuggestFlagsCommand,
        lambda env: SuggestFlagsCommand(
            env.document,
            env.task("Forflytning"),
            int(WorkFlag.HEAVY_LIFTING),
            ReviewerRole.EMPLOYEE,
        ),
        workspace="review_copy",
    ),
    # bemanningsplan and rota
    Case("plan edit", uc.SetPlanEditCommand, lambda env: _plan_edit(env, twice=False)),
    Case("plan edit over an edit", uc.SetPlanEditCommand, lambda env: _plan_edit(env, twice=True)),
    Case("save a new rota", SaveRotaCommand, lambda env: _save_rota(env, replace=False)),
    Case("save an edited rota", SaveRotaCommand, lambda env: _save_rota(env, replace=True)),
    Case(
        "resolve comment",
        CommentStatusCommand,
        lambda env: CommentStatusCommand(env.document, _insulin_comment(env), True),
        workspace="leader_with_comments",
    ),
)


# --- the tests ----------------------------------------------------------------------------------


def _command_classes() -> set[type[QUndoCommand]]:
    """Every concrete QUndoCommand subclass defined in the ``oppgave.ui`` package."""
    for info in pkgutil.walk_packages(oppgave.ui.__path__, "oppgave.ui."):
        importlib.import_module(info.name)
    found: set[type[QUndoCommand]] = set()
    pending = [QUndoCommand]
    while pending:
        for subclass in pending.pop().__subclasses__():
            pending.append(subclass)
            if subclass.__module__.startswith("oppgave.ui") and not inspect.isabstract(subclass):
                found.add(subclass)
    return found


#: Base classes that are never made themselves (their subclasses have cases).
BASES = {uc.ServiceCommand}


def test_every_command_class_has_a_case() -> None:
    covered = {case.command for case in CASES}
    missing = sorted(
        f"{c.__module__}.{c.__qualname__}" for c in _command_classes() - BASES - covered
    )
    assert not missing, f"undo commands without a case in CASES: {missing}"


def _env(request: pytest.FixtureRequest, case: Case) -> Env:
    return request.getfixturevalue(case.workspace)  # type: ignore[no-any-return]


#: The kinds of record the generic create/delete commands handle, by the workspace they run on
#: (comments are written in review copies).
KINDS = {"leader": set(uc.RECORD_KINDS), "review_copy": {COMMENT}}


@pytest.mark.parametrize("workspace", sorted(KINDS))
def test_every_record_kind_has_a_case(request: pytest.FixtureRequest, workspace: str) -> None:
    """The generic create and delete commands run for every kind of record they handle."""
    env: Env = request.getfixturevalue(workspace)
    kinds = set()
    for case in CASES:
        if case.command in (uc.CreateCommand, uc.DeleteCommand) and case.workspace == workspace:
            command = case.make(env)
            assert type(command) is case.command, case.id
            kinds.add(command.kind.name)  # type: ignore[attr-defined]
    assert kinds == {kind.name for kind in KINDS[workspace]}


def test_every_update_kind_has_a_case(leader: Env) -> None:
    """The generic update command runs for every kind of record it changes."""
    kinds = set()
    for case in CASES:
        if case.command is uc.UpdateCommand:
            command = case.make(leader)
            assert type(command) is uc.UpdateCommand, case.id
            kinds.add(command.kind.name)
    assert kinds == {kind.name for kind in uc.UPDATE_KINDS}


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_do_undo_redo(request: pytest.FixtureRequest, case: Case) -> None:
    env = _env(request, case)
    failures: list[str] = []
    env.document.command_failed.connect(failures.append)
    command = case.make(env)
    assert type(command) is case.command
    stack = env.document.undo_stack
    before = dump(env.workspace)
    command.execute()  # type: ignore[attr-defined]
    stack.push(command)  # the first redo(): already done by execute()
    after = dump(env.workspace)
    assert after != before, "the command changed nothing"
    stack.undo()
    assert_same(dump(env.workspace), before)
    stack.redo()
    assert_same(dump(env.workspace), after)
    stack.undo()
    assert_same(dump(env.workspace), before)
    assert not failures
    assert not command.isObsolete()


def test_incidental_columns_are_referenced_by_nothing() -> None:
    """What the dump leaves out is no foreign key's target."""
    targets = {
        (key.column.table.name, key.column.name)
        for table in m.Base.metadata.sorted_tables
        for key in table.foreign_keys
    }
    assert not INCIDENTAL & targets


def test_the_dump_sees_an_edit(leader: Env) -> None:
    """The dump is not blind to an ordinary edit."""
    before = dump(leader.workspace)
    tasks.update_task(leader.workspace, leader.task("Middag").id, notes="")
    assert dump(leader.workspace)["task"] != before["task"]
