"""Creating, opening, describing and checking workspaces; loading data for the analysis."""

from __future__ import annotations

import functools
import json
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Integer, Select, bindparam, func, select, true
from sqlalchemy.orm import Session

from oppgave.db import models as m
from oppgave.db import workspace_file
from oppgave.db.locations import is_server_url, with_credentials
from oppgave.db.workspace import Workspace
from oppgave.domain import records as r
from oppgave.i18n import translate
from oppgave.services import record_loading, settings
from oppgave.services.catalogue import install_default_catalogue
from oppgave.services.validation import SHARE_TOLERANCE


def _tr(text: str) -> str:
    return translate("Workspaces", text)


def new_workspace(
    path: Path | str, *, overwrite: bool = False, default_catalogue: bool = True
) -> Workspace:
    """A new workspace file with default settings and (unless ``default_catalogue`` is False,
    as when an export is imported with its own catalogue) the default catalogue."""
    workspace = Workspace.create(path, overwrite=overwrite)
    try:
        if default_catalogue:
            install_default_catalogue(workspace)
            settings.save(workspace, r.Settings())
        # Without a catalogue the settings stay unsaved (they read as the defaults): they name
        # role codes, which the importer's catalogue brings, and it saves its own settings.
    except BaseException:
        workspace.close()
        raise
    return workspace


def open_workspace(path: Path | str) -> Workspace:
    """Open a workspace file, or a database on a server given by a ``postgresql://`` URL."""
    return Workspace.open(path)


def is_server_location(location: object) -> bool:
    """Whether ``location`` is a server URL rather than a file path (the UI's open choice)."""
    return is_server_url(location)


def server_url(address: str, user: str, password: str = "") -> str:
    """A server address with the user (and a password only if given) put in, for opening;
    never stored (see ``db.locations.with_credentials``)."""
    return with_credentials(address, user, password)


@dataclass(frozen=True, slots=True)
class WorkspaceInfo:
    path: Path
    schema_revision: str | None
    counts: dict[str, int]
    workspace_uuid: str
    created_by_version: str
    #: The file's path or the server URL without password (what to show the user).
    location: str = ""
    on_server: bool = False


#: Tables counted by ``oppgave info``, with the label shown for each.
COUNTED = (
    ("municipalities", m.Municipality),
    ("departments", m.Department),
    ("roles", m.Role),
    ("competences", m.Competence),
    ("courses", m.Course),
    ("tasks", m.Task),
    ("scenarios", m.Scenario),
    ("assignments", m.Assignment),
    ("positions", m.Position),
    ("shift_staffing", m.ShiftStaffing),
    ("review_comments", m.ReviewComment),
)


def info(workspace: Workspace) -> WorkspaceInfo:
    with workspace.reading() as session:
        counts = {
            label: session.scalar(select(func.count()).select_from(model)) or 0
            for label, model in COUNTED
        }
    return WorkspaceInfo(
        path=workspace.path,
        schema_revision=workspace.schema_revision(),
        counts=counts,
        workspace_uuid=workspace.uuid,
        created_by_version=workspace.meta("created_by_version"),
        location=workspace.location,
        on_server=workspace.is_server,
    )


def check(workspace: Workspace) -> list[str]:
    """Everything wrong with a workspace, in words; empty when it is sound.

    Beyond SQLite's own checks (pages, indexes, foreign keys) this checks the rules the database
    cannot express: every department has exactly one baseline, shares of a task in a scenario
    sum to 100 %, and a scenario only assigns tasks of its own department. Before those, every
    value's storage class is checked against its column (SQLite keeps a BLOB in a text column;
    the app then fails on it): a file with such values gets no further checks, since reading
    its records is what fails.
    """
    if workspace.is_server:
        # PostgreSQL enforces column types and foreign keys itself; the rules below are ours.
        problems: list[str] = []
    else:
        problems = workspace_file.integrity_problems(workspace.path)
        wrong_types = workspace_file.type_problems(workspace.path)
        if wrong_types:
            return problems + wrong_types
    with workspace.reading() as session:
        departments = {d.id: d for d in record_loading.departments(session)}
        scenarios = record_loading.scenarios(session)
        baselines: dict[int, int] = defaultdict(int)
        for scenario in scenarios:
            if scenario.is_baseline:
                baselines[scenario.department_id] += 1
        for department in departments.values():
            if baselines[department.id] != 1:
                problems.append(
                    _tr("Avdelingen {name} har {n} «I dag»-scenarioer (skal ha ett).").format(
                        name=department.name, n=baselines[department.id]
                    )
                )
        sums = session.execute(
            select(m.Assignment.scenario_id, m.Assignment.task_id, func.sum(m.Assignment.share))
            .group_by(m.Assignment.scenario_id, m.Assignment.task_id)
            .having(func.abs(func.sum(m.Assignment.share) - 100.0) > SHARE_TOLERANCE)
        ).all()
        names = dict(session.execute(select(m.Task.id, m.Task.name)).all())
        scenario_names = {s.id: s.name for s in scenarios}
        for scenario_id, task_id, total in sums:
            problems.append(
                _tr(
                    "Oppgaven {task} i scenario {scenario}: andelene summerer til {total} %."
                ).format(
                    task=names.get(task_id, task_id),
                    scenario=scenario_names.get(scenario_id, scenario_id),
                    total=round(total, 2),
                )
            )
        crossing = session.execute(
            select(m.Assignment.task_id, m.Assignment.scenario_id)
            .join(m.Task, m.Task.id == m.Assignment.task_id)
            .join(m.Scenario, m.Scenario.id == m.Assignment.scenario_id)
            .where(m.Task.department_id != m.Scenario.department_id)
            .distinct()
        ).all()
        for task_id, scenario_id in crossing:
            problems.append(
                _tr(
                    "Oppgaven {task} er fordelt i et scenario fra en annen avdeling ({scenario})."
                ).format(task=names.get(task_id, task_id), scenario=scenario_names.get(scenario_id))
            )
    return problems


def load_department_data(workspace: Workspace, department_id: int) -> r.DepartmentData:
    """Everything the analysis needs about one department, as plain records."""
    found = load_workspace_data(workspace, [department_id])
    if not found:
        from oppgave.errors import NotFoundError

        raise NotFoundError(_tr("Fant ingen avdeling med id {id}.").format(id=department_id))
    return found[0]


def load_workspace_data(
    workspace: Workspace, department_ids: Sequence[int] | None = None
) -> list[r.DepartmentData]:
    """:class:`DepartmentData` for many departments with a fixed number of queries, all in one
    read transaction (with the settings), so another process's commit is seen wholly or not at
    all."""
    with workspace.reading() as session:
        departments = record_loading.departments(session)
        if department_ids is not None:
            wanted = set(department_ids)
            departments = [d for d in departments if d.id in wanted]
        return _Loader(session).load(departments)


def count_tasks(workspace: Workspace, department_ids: Sequence[int] | None = None) -> int:
    """The number of tasks of the departments (all when None), without loading them."""
    query = select(func.count()).select_from(m.Task)
    if department_ids is not None:
        query = query.where(m.Task.department_id.in_(list(department_ids)))
    with workspace.reading() as session:
        return session.scalar(query) or 0


#: Tasks loaded together by :func:`iter_workspace_data` (whole departments, so a department
#: larger than this is loaded alone): few enough queries, little memory.
TASKS_PER_LOAD = 2_000


def iter_workspace_data(
    workspace: Workspace, department_ids: Sequence[int] | None = None
) -> Iterator[r.DepartmentData]:
    """:class:`DepartmentData` one department at a time, in the order of
    :func:`load_workspace_data`, read as it is consumed: memory holds a few departments (about
    :data:`TASKS_PER_LOAD` tasks, read with one set of queries), not the workspace. The export
    of 50 000 tasks streams through this.

    The whole iteration is one read transaction (``Workspace.reading``), or the caller's when
    it runs inside one: consume it promptly, since on a file the read lock makes writers wait.
    """
    with workspace.reading() as session:
        loader = _Loader(session)
        for group in _groups(session, department_ids):
            yield from loader.load(group)


def iter_assignment_data(
    workspace: Workspace, department_ids: Sequence[int] | None = None
) -> Iterator[r.DepartmentShares]:
    """:class:`DepartmentShares` one department at a time, in the order of
    :func:`iter_workspace_data`: the assignments of every scenario with only what a list of
    them shows of each task (a lighter read than the whole :class:`DepartmentData`). One read
    transaction, as :func:`iter_workspace_data`."""
    with workspace.reading() as session:
        for group in _groups(session, department_ids):
            ids = [d.id for d in group]
            tasks: dict[int, list[r.TaskLine]] = defaultdict(list)
            for line in record_loading.task_lines(session, ids):
                tasks[line.department_id].append(line)
            scenarios: dict[int, list[r.Scenario]] = defaultdict(list)
            for scenario in record_loading.scenarios(session, ids):
                scenarios[scenario.department_id].append(scenario)
            for department in group:
                department_scenarios = tuple(scenarios[department.id])
                scenario_ids = [s.id for s in department_scenarios]
                yield r.DepartmentShares(
                    department=department,
                    tasks=tuple(tasks.pop(department.id, ())),
                    scenarios=department_scenarios,
                    assignments=record_loading.assignments(session, scenario_ids),
                    explanations={s: record_loading.explanations(session, s) for s in scenario_ids},
                )


def _groups(session: Session, department_ids: Sequence[int] | None) -> Iterator[list[r.Department]]:
    """The departments (all, or those of ``department_ids``) in their order, in groups of
    about :data:`TASKS_PER_LOAD` tasks: whole departments, one alone when it is larger."""
    departments = record_loading.departments(session)
    if department_ids is not None:
        wanted = set(department_ids)
        departments = [d for d in departments if d.id in wanted]
    sizes = dict(
        session.execute(
            select(m.Task.department_id, func.count()).group_by(m.Task.department_id)
        ).all()
    )
    group: list[r.Department] = []
    tasks = 0
    for department in departments:
        size = sizes.get(department.id, 0)
        if group and tasks + size > TASKS_PER_LOAD:
            yield group
            group, tasks = [], 0
        group.append(department)
        tasks += size
    if group:
        yield group


class _Loader:
    """Loads :class:`DepartmentData` of departments in one session; the catalogue and the
    settings, shared by every department, are read once."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.settings = settings.load_in_session(session)
        self.roles = tuple(record_loading.roles(session))
        self.competences = tuple(record_loading.competences(session))
        self.courses = tuple(record_loading.courses(session))

    def load(self, departments: Sequence[r.Department]) -> list[r.DepartmentData]:
        """The departments' data with a fixed number of queries, in their order."""
        session = self.session
        ids = [d.id for d in departments]
        if not ids:
            return []
        tasks = record_loading.tasks(session, ids)
        scenarios = record_loading.scenarios(session, ids)
        assignments = record_loading.assignments(session, [s.id for s in scenarios])
        positions = record_loading.positions(session, ids)
        staffing = record_loading.staffing(session, ids)
        by_department: dict[str, dict[int, list[Any]]] = {
            "tasks": defaultdict(list),
            "scenarios": defaultdict(list),
            "positions": defaultdict(list),
            "staffing": defaultdict(list),
        }
        for kind, items in (
            ("tasks", tasks),
            ("scenarios", scenarios),
            ("positions", positions),
            ("staffing", staffing),
        ):
            for item in items:
                by_department[kind][item.department_id].append(item)
        result = []
        for department in departments:
            department_scenarios = tuple(by_department["scenarios"][department.id])
            result.append(
                r.DepartmentData(
                    department=department,
                    tasks=tuple(by_department["tasks"][department.id]),
                    roles=self.roles,
                    competences=self.competences,
                    courses=self.courses,
                    positions=tuple(by_department["positions"][department.id]),
                    staffing=tuple(by_department["staffing"][department.id]),
                    scenarios=department_scenarios,
                    assignments={s.id: assignments[s.id] for s in department_scenarios},
                    settings=self.settings,
                )
            )
        return result


def change_marker(workspace: Workspace, department_id: int) -> r.ChangeMarker:
    """A cheap fingerprint of one department's editable data and of the shared catalogue, for
    noticing that someone else (another user on the server, another process on the file)
    changed it.

    One query of aggregates over the rows an edit touches. The department part: the
    department itself, its tasks, scenarios, shares and staffing — counts, sums of edit
    versions (``version_id_col`` bumps on every ORM update), the latest task change
    (``modified_at``, also set by bulk updates), the latest scenario, and sums over the
    shares' roles and percentages (SQLite hands a deleted row's id to the next insert, so a
    share moved from one role to another can keep count, id and version). The catalogue part:
    counts and version sums of roles, competences, courses, municipalities and departments
    (the tree), the roles' competence links, and the settings rows themselves (a handful of
    key/value rows, joined onto the one row of aggregates, so still one round trip). Equal
    markers mean nothing the window shows has changed; the app polls this and reloads only
    what differs, so a quiet server costs one small query every few seconds. The statement is
    built once (:func:`_marker_query`): building its forty subqueries cost more than running
    them.
    """
    query, cut, end = _marker_query()
    with workspace.reading() as session:
        rows = session.execute(query, {"marker_department": department_id}).all()

    def text_of(values: Any) -> tuple[str, ...]:
        return tuple(f"{v:.4f}" if isinstance(v, float) else str(v) for v in values)

    first = rows[0]
    settings_rows = tuple(f"{row[end]}={row[end + 1]}" for row in rows if row[end] is not None)
    return r.ChangeMarker(
        department=text_of(first[:cut]), catalogue=text_of(first[cut:end]) + settings_rows
    )


@functools.cache
def _marker_query() -> tuple[Select[Any], int, int]:
    """The marker's statement (department id bound as ``marker_department``), and where its
    department part and its catalogue part end in a row."""
    department_id = bindparam("marker_department", type_=Integer)
    scenario_ids = select(m.Scenario.id).where(m.Scenario.department_id == department_id)
    on_task = m.Task.department_id == department_id
    on_scenario = m.Scenario.department_id == department_id
    on_share = m.Assignment.scenario_id.in_(scenario_ids)
    on_position = m.Position.department_id == department_id
    on_shift = m.ShiftStaffing.department_id == department_id
    everything = true()

    def one(value: Any, condition: Any) -> Any:
        return select(value).where(condition).scalar_subquery()

    department_part = [
        one(func.max(m.Department.version), m.Department.id == department_id),
        one(func.count(m.Task.id), on_task),
        one(func.sum(m.Task.version), on_task),
        one(func.max(m.Task.id), on_task),
        one(func.max(m.Task.modified_at), on_task),
        one(func.count(m.Scenario.id), on_scenario),
        one(func.sum(m.Scenario.version), on_scenario),
        one(func.max(m.Scenario.created_at), on_scenario),
        one(func.count(m.Assignment.id), on_share),
        one(func.sum(m.Assignment.version), on_share),
        one(func.sum(m.Assignment.role_id), on_share),
        one(func.sum(m.Assignment.task_id), on_share),
        one(func.sum(m.Assignment.share), on_share),
        one(func.count(m.Position.id), on_position),
        one(func.sum(m.Position.version), on_position),
        one(func.max(m.Position.id), on_position),
        one(func.count(m.ShiftStaffing.id), on_shift),
        one(func.sum(m.ShiftStaffing.version), on_shift),
        one(func.max(m.ShiftStaffing.id), on_shift),
    ]
    catalogue_part = []
    for model in (m.Role, m.Competence, m.Course, m.Municipality, m.Department):
        catalogue_part += [
            one(func.count(model.id), everything),
            one(func.sum(model.version), everything),
            one(func.max(model.id), everything),
        ]
    catalogue_part += [
        one(func.count(m.RoleCompetence.role_id), everything),
        one(func.sum(m.RoleCompetence.role_id), everything),
        one(func.sum(m.RoleCompetence.competence_id), everything),
    ]
    # the aggregates once (a one-row CTE), the settings rows joined onto it
    parts = [*department_part, *catalogue_part]
    figures = select(*(part.label(f"f{number}") for number, part in enumerate(parts))).cte(
        "figures"
    )
    query = (
        select(*figures.c, m.Setting.key, m.Setting.value)
        .select_from(figures.outerjoin(m.Setting, true()))
        .order_by(m.Setting.key)
    )
    cut = len(department_part)
    return query, cut, cut + len(catalogue_part)


#: workspace_meta key of a file's record of the server departments it holds: server workspace
#: uuid → department uuid → the department part of the server's change marker when the file
#: last matched it (checked out, or published). ``server publish`` refuses to overwrite a
#: department the server has changed since (another user's edits) unless forced.
SERVER_CHECKOUTS_KEY = "server_checkouts"


def server_checkouts(workspace: Workspace) -> dict[str, dict[str, list[str]]]:
    """The file's record of where its departments came from (see SERVER_CHECKOUTS_KEY)."""
    with workspace.reading() as session:
        raw = session.scalar(
            select(m.WorkspaceMeta.value).where(m.WorkspaceMeta.key == SERVER_CHECKOUTS_KEY)
        )
    try:
        value = json.loads(raw) if raw else {}
    except ValueError:
        return {}  # a damaged record is as good as none: publishing then asks for --force
    return value if isinstance(value, dict) else {}


def record_server_checkout(
    workspace: Workspace, server_uuid: str, department_uuid: str, marker: tuple[str, ...]
) -> None:
    """Note in the file that its department ``department_uuid`` equals the server's as of
    ``marker`` (the department part of ``change_marker`` read on the server)."""
    record = server_checkouts(workspace)
    record.setdefault(server_uuid, {})[department_uuid] = list(marker)
    with workspace.transaction() as session:
        session.merge(m.WorkspaceMeta(key=SERVER_CHECKOUTS_KEY, value=json.dumps(record)))
