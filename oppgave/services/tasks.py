"""Tasks of a department: create, edit, duplicate, delete and restore (for undo)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from sqlalchemy import Table, bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session

from oppgave.db import models as m
from oppgave.db.models import new_uuid, utc_now
from oppgave.db.workspace import Workspace
from oppgave.domain import records as r
from oppgave.domain import task_fields as task_fields_registry
from oppgave.domain.enums import (
    ALL_DAYS,
    ALL_WORK_FLAGS,
    Category,
    DelegationRule,
    FrequencyUnit,
    Restriction,
    RiskLevel,
    TaskStatus,
)
from oppgave.domain.names import normalise_name
from oppgave.errors import NotFoundError, ValidationError
from oppgave.i18n import translate
from oppgave.services import record_loading, validation
from oppgave.services import settings as workspace_settings
from oppgave.services.lookup import check_version, delete_where, get_or_raise
from oppgave.services.scenarios import check_restrictions

MAX_DURATION_MINUTES = 1440
MAX_STAFF = 20

#: Fields of :class:`oppgave.domain.records.Task` that :func:`update_task` accepts.
#: What ``update_task`` may change: every attribute of the task field registry but the uuid
#: (an identity, kept across files).
EDITABLE_FIELDS = tuple(
    attribute
    for item in task_fields_registry.TASK_FIELDS
    if item.name != "uuid"
    for attribute in item.attributes
)


def _tr(text: str) -> str:
    return translate("Tasks", text)


@dataclass(frozen=True, slots=True)
class TaskDraft:
    """A task to create. ``assignments`` maps scenario id → role id → share; scenarios not in it
    get ``default_assignment`` (if any). ``uuid``/``id`` keep a task's identity when it is
    restored by undo or re-imported."""

    name: str
    fields: Mapping[str, Any] = field(default_factory=dict)
    default_assignment: Mapping[int, float] = field(default_factory=dict)
    assignments: Mapping[int, Mapping[int, float]] = field(default_factory=dict)
    explanations: Mapping[int, str] = field(default_factory=dict)
    uuid: str | None = None
    id: int | None = None


@dataclass(frozen=True, slots=True)
class TaskSnapshot:
    """A deleted task and all its assignments, enough to restore it exactly."""

    task: r.Task
    assignments: Mapping[int, Mapping[int, float]]
    explanations: Mapping[int, str]


# --- reading ----------------------------------------------------------------------------------


def list_tasks(workspace: Workspace, department_id: int) -> list[r.Task]:
    with workspace.reading() as session:
        return record_loading.tasks(session, [department_id])


def list_task_ids(workspace: Workspace, department_id: int) -> list[int]:
    """The ids of a department's tasks: what the app needs to see which tasks others added or
    deleted, without reading every task."""
    with workspace.reading() as session:
        query = select(m.Task.id).where(m.Task.department_id == department_id)
        return list(session.scalars(query.order_by(m.Task.id)))


def get_tasks(workspace: Workspace, task_ids: Sequence[int]) -> list[r.Task]:
    """The tasks with these ids that still exist, in the department's order (for refreshing
    a few rows of a view after an edit or an undo)."""
    if not task_ids:
        return []
    with workspace.reading() as session:
        return record_loading.tasks(session, task_ids=list(task_ids))


def get_task(workspace: Workspace, task_id: int) -> r.Task:
    with workspace.reading() as session:
        return _task_record(session, task_id)


def find_task(workspace: Workspace, department_id: int | None, key: str | int) -> r.Task:
    """A task by id, uuid or exact name (case-insensitive) within a department."""
    text = str(key).strip()
    with workspace.reading() as session:
        query = select(m.Task.id)
        if department_id is not None:
            query = query.where(m.Task.department_id == department_id)
        if text.isdigit():
            ids = session.scalars(query.where(m.Task.id == int(text))).all()
        else:
            ids = session.scalars(query.where(m.Task.uuid == text)).all()
            if not ids:
                ids = session.scalars(query.where(func.lower(m.Task.name) == text.casefold())).all()
        if len(ids) == 1:
            return _task_record(session, ids[0])
    if len(ids) > 1:
        raise NotFoundError(_tr("Flere oppgaver heter {key}; bruk id i stedet.").format(key=text))
    raise NotFoundError(_tr("Fant ingen oppgave {key}.").format(key=text))


def _task_record(session: Session, task_id: int) -> r.Task:
    found = record_loading.tasks(session, task_ids=[task_id])
    if not found:
        raise NotFoundError(
            _tr("Fant ingen oppgave med id {id}; den kan være slettet.").format(id=task_id)
        )
    return found[0]


# --- validation -------------------------------------------------------------------------------


def clean_task_fields(changes: Mapping[str, Any]) -> dict[str, Any]:
    """Check and normalise task fields; raise :class:`ValidationError` naming the field.

    Nothing is clamped or guessed: a value outside its range is refused with the reason.
    """
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValidationError(
            _tr("Ukjente felt: {fields}").format(fields=", ".join(sorted(unknown)))
        )
    return {key: _CLEANERS[key](value, key) for key, value in changes.items()}


def _clean_ids(value: Any, key: str) -> frozenset[int]:
    return frozenset(validation.integer(v, key, minimum=1) for v in value)


def _clean_min_level(value: Any, key: str) -> int | None:
    return None if value is None else validation.integer(value, key, minimum=0, maximum=9)


#: How each editable field is checked and normalised: one entry per attribute of the task field
#: registry (``tests/domain/test_task_fields.py`` checks none is missing).
_CLEANERS: Mapping[str, Callable[[Any, str], Any]] = {
    "name": validation.name,
    "description": validation.text,
    "notes": validation.text,
    "category": lambda v, k: validation.enum_value(Category, v, k),
    "status": lambda v, k: validation.enum_value(TaskStatus, v, k),
    "restriction": lambda v, k: validation.enum_value(Restriction, v, k),
    "risk_level": lambda v, k: validation.enum_value(RiskLevel, v, k),
    "delegation_rule": lambda v, k: validation.enum_value(DelegationRule, v, k),
    "frequency": lambda v, k: _clean_frequency(v),
    "windows": lambda v, k: _clean_windows(v),
    "duration_minutes": lambda v, k: validation.number(
        v, k, minimum=0, maximum=MAX_DURATION_MINUTES, exclusive_minimum=True
    ),
    "staff_count": lambda v, k: validation.integer(v, k, minimum=1, maximum=MAX_STAFF),
    "competence_ids": _clean_ids,
    "allowed_role_ids": _clean_ids,
    "restriction_min_level": _clean_min_level,
    "work_flags": lambda v, k: validation.integer(v, k, minimum=0, maximum=ALL_WORK_FLAGS),
    "sort_order": lambda v, k: validation.integer(v, k),
}


def _clean_frequency(value: object) -> r.Frequency:
    if not isinstance(value, r.Frequency):
        raise ValidationError(_tr("Ugyldig hyppighet."), "frequency")
    count = validation.number(
        value.count, "frequency", minimum=0, maximum=10_000, exclusive_minimum=True
    )
    unit = validation.enum_value(FrequencyUnit, value.unit, "frequency")
    days = validation.integer(value.days, "frequency", minimum=0, maximum=ALL_DAYS)
    if days == 0:
        raise ValidationError(_tr("Velg minst én ukedag."), "frequency")
    return r.Frequency(count, unit, days)


def _clean_windows(value: object) -> tuple[r.TimeWindow, ...]:
    if not isinstance(value, Iterable):
        raise ValidationError(_tr("Ugyldige tidsrom."), "windows")
    windows: list[r.TimeWindow] = []
    for window in value:
        if not isinstance(window, r.TimeWindow):
            raise ValidationError(_tr("Ugyldige tidsrom."), "windows")
        start = validation.integer(window.start_minute, "windows", minimum=0, maximum=1439)
        end = validation.integer(window.end_minute, "windows", minimum=0, maximum=1440)
        windows.append(r.TimeWindow(start, end))
    return tuple(sorted(set(windows)))


def _check_consistency(
    values: Mapping[str, Any], competence_ids: set[int], role_ids: set[int]
) -> None:
    """Rules across fields and tables: referenced competences and roles exist (``competence_ids``
    and ``role_ids`` are all that the workspace has), and a restriction has what it needs."""
    if not set(values.get("competence_ids") or ()) <= competence_ids:
        raise ValidationError(_tr("Ukjent kompetanse."), "competence_ids")
    allowed = set(values.get("allowed_role_ids") or ())
    if not allowed <= role_ids:
        raise ValidationError(_tr("Ukjent yrkesgruppe."), "allowed_role_ids")
    restriction = values.get("restriction", Restriction.NONE)
    if restriction is Restriction.MIN_LEVEL and values.get("restriction_min_level") is None:
        raise ValidationError(
            _tr("Oppgi laveste LEON-nivå for begrensningen."), "restriction_min_level"
        )
    if restriction is Restriction.ROLES and not allowed:
        raise ValidationError(
            _tr("Velg hvilke yrkesgrupper som kan gjøre oppgaven."), "allowed_role_ids"
        )


def _catalogue_ids(session: Session) -> tuple[set[int], set[int]]:
    return set(session.scalars(select(m.Competence.id))), set(session.scalars(select(m.Role.id)))


# --- writing ----------------------------------------------------------------------------------


def _row_values(values: Mapping[str, Any]) -> dict[str, Any]:
    """Task fields as column values of the ``task`` table."""
    row: dict[str, Any] = {}
    for key, value in values.items():
        if key == "frequency":
            row["frequency_count"] = value.count
            row["frequency_unit"] = value.unit.value
            row["days"] = value.days
        elif key in ("windows", "competence_ids", "allowed_role_ids"):
            continue
        elif key in ("category", "status", "restriction", "risk_level", "delegation_rule"):
            row[key] = value.value
        else:
            row[key] = value
    return row


def _write_children(session: Session, task_id: int, values: Mapping[str, Any]) -> None:
    if "windows" in values:
        session.execute(delete(m.TaskTimeWindow).where(m.TaskTimeWindow.task_id == task_id))
        if values["windows"]:
            session.execute(
                insert(m.TaskTimeWindow),
                [
                    {"task_id": task_id, "start_minute": w.start_minute, "end_minute": w.end_minute}
                    for w in values["windows"]
                ],
            )
    if "competence_ids" in values:
        session.execute(delete(m.TaskCompetence).where(m.TaskCompetence.task_id == task_id))
        if values["competence_ids"]:
            session.execute(
                insert(m.TaskCompetence),
                [
                    {"task_id": task_id, "competence_id": c}
                    for c in sorted(values["competence_ids"])
                ],
            )
    if "allowed_role_ids" in values:
        session.execute(delete(m.TaskAllowedRole).where(m.TaskAllowedRole.task_id == task_id))
        if values["allowed_role_ids"]:
            session.execute(
                insert(m.TaskAllowedRole),
                [{"task_id": task_id, "role_id": c} for c in sorted(values["allowed_role_ids"])],
            )


_DEFAULTS: dict[str, Any] = {
    "description": "",
    "category": Category.DIRECT,
    "frequency": r.Frequency(1.0, FrequencyUnit.DAY, ALL_DAYS),
    "windows": (),
    "duration_minutes": 15.0,
    "staff_count": 1,
    "competence_ids": frozenset(),
    "restriction": Restriction.NONE,
    "restriction_min_level": None,
    "allowed_role_ids": frozenset(),
    "status": TaskStatus.MAPPED,
    "notes": "",
    "work_flags": 0,
    "risk_level": RiskLevel.LOW,
    "delegation_rule": DelegationRule.TRANSFER,
}


def create_tasks(
    workspace: Workspace,
    department_id: int,
    drafts: Sequence[TaskDraft],
    *,
    enforce_rules: bool = True,
) -> list[r.Task]:
    """Create many tasks in one transaction (import, paste, the task library): all or nothing.

    A proposal's shares are checked against the restrictions and the support-role rule
    (:func:`~oppgave.services.scenarios.check_restrictions`) unless ``enforce_rules`` is false:
    only for shares restored as they were stored (the app's own export imported back), where a
    share that has come to break a rule is kept and reported
    (:func:`~oppgave.services.scenarios.rule_breaks`) rather than refusing the whole file.
    """
    prepared: list[tuple[TaskDraft, dict[str, Any]]] = []
    for index, draft in enumerate(drafts):
        try:
            values = {**_DEFAULTS, **clean_task_fields({"name": draft.name, **draft.fields})}
        except ValidationError as error:
            if len(drafts) == 1:
                raise
            raise ValidationError(
                _tr("Oppgave {n} ({name}): {message}").format(
                    n=index + 1, name=draft.name, message=error.message
                ),
                error.field,
            ) from None
        prepared.append((draft, values))
    with workspace.transaction() as session:
        get_or_raise(session, m.Department, department_id)
        scenario_rows = session.execute(
            select(m.Scenario.id, m.Scenario.is_baseline).where(
                m.Scenario.department_id == department_id
            )
        ).all()
        scenario_ids = [row.id for row in scenario_rows]
        proposals = {row.id for row in scenario_rows if not row.is_baseline}
        competence_ids, role_ids = _catalogue_ids(session)
        roles = {role.id: role for role in record_loading.roles(session)}
        current_settings = workspace_settings.load_in_session(session)
        next_order = (
            session.scalar(
                select(func.max(m.Task.sort_order)).where(m.Task.department_id == department_id)
            )
            or 0
        ) + 1
        now = utc_now()
        task_rows: list[dict[str, Any]] = []
        assignment_rows: list[list[dict[str, Any]]] = []
        for draft, values in prepared:
            _check_consistency(values, competence_ids, role_ids)
            row_values = _row_values(values)
            row_values.setdefault("sort_order", next_order)
            next_order = max(next_order, row_values["sort_order"]) + 1
            row_values.update(
                department_id=department_id,
                uuid=draft.uuid or new_uuid(),
                created_at=now,
                modified_at=now,
            )
            if draft.id is not None:
                row_values["id"] = draft.id
            task_rows.append(row_values)
            probe = _probe_task(0, department_id, values)
            rows: list[dict[str, Any]] = []
            for scenario_id in scenario_ids:
                shares = draft.assignments.get(scenario_id, draft.default_assignment)
                clean_shares = validation.shares(shares)
                if set(clean_shares) - role_ids:
                    raise ValidationError(_tr("Ukjent yrkesgruppe i fordelingen."), "assignments")
                if enforce_rules and scenario_id in proposals:
                    check_restrictions([probe], {0: clean_shares}, roles, current_settings)
                explanation = draft.explanations.get(scenario_id, "")
                rows.extend(
                    {
                        "scenario_id": scenario_id,
                        "role_id": role_id,
                        "share": share,
                        "explanation": explanation,
                    }
                    for role_id, share in clean_shares.items()
                )
            assignment_rows.append(rows)
        created = _insert_task_rows(session, task_rows)
        _insert_children(
            session, [(task_id, v) for task_id, (_d, v) in zip(created, prepared, strict=True)]
        )
        all_assignments = [
            {**row, "task_id": task_id}
            for task_id, rows in zip(created, assignment_rows, strict=True)
            for row in rows
        ]
        if all_assignments:
            session.execute(m.table_of(m.Assignment).insert(), all_assignments)
        # The records are built from the cleaned values just written (reading 10,000 tasks
        # back would double the time of an import); they equal what a read would give.
        return [
            _created_record(task_id, row, values)
            for task_id, row, (_draft, values) in zip(created, task_rows, prepared, strict=True)
        ]


def _created_record(task_id: int, row: Mapping[str, Any], values: Mapping[str, Any]) -> r.Task:
    return r.Task(
        id=task_id,
        uuid=row["uuid"],
        department_id=row["department_id"],
        name=values["name"],
        frequency=values["frequency"],
        duration_minutes=float(values["duration_minutes"]),
        staff_count=values["staff_count"],
        category=values["category"],
        description=values["description"],
        windows=tuple(values["windows"]),
        competence_ids=frozenset(values["competence_ids"]),
        restriction=values["restriction"],
        restriction_min_level=values["restriction_min_level"],
        allowed_role_ids=frozenset(values["allowed_role_ids"]),
        status=values["status"],
        notes=values["notes"],
        work_flags=values["work_flags"],
        sort_order=row["sort_order"],
        risk_level=values["risk_level"],
        delegation_rule=values["delegation_rule"],
        version=1,
    )


def _insert_task_rows(session: Session, rows: list[dict[str, Any]]) -> list[int]:
    """Insert task rows in bulk and return their ids in the order given."""
    ids: list[int] = []
    table = m.Task.__table__
    batch: list[dict[str, Any]] = []
    for row in rows:
        if batch and ("id" in row) != ("id" in batch[0]):
            ids.extend(_insert_batch(session, table, batch))
            batch = []
        batch.append(row)
    if batch:
        ids.extend(_insert_batch(session, table, batch))
    return ids


def _insert_batch(session: Session, table: Any, rows: list[dict[str, Any]]) -> list[int]:
    """One executemany, then the new ids by uuid: ``RETURNING`` in parameter order makes
    SQLite insert row by row, ten times slower for an import of thousands of tasks."""
    if "id" in rows[0]:
        session.execute(table.insert(), rows)
        return [row["id"] for row in rows]
    session.execute(table.insert(), rows)
    uuids = [row["uuid"] for row in rows]
    found: dict[str, int] = {}
    for start in range(0, len(uuids), 5000):
        chunk = uuids[start : start + 5000]
        found.update(
            (uuid, task_id)
            for task_id, uuid in session.execute(
                select(table.c.id, table.c.uuid).where(table.c.uuid.in_(chunk))
            )
        )
    return [found[uuid] for uuid in uuids]


def _insert_children(session: Session, created: list[tuple[int, Mapping[str, Any]]]) -> None:
    windows = [
        {"task_id": task_id, "start_minute": w.start_minute, "end_minute": w.end_minute}
        for task_id, values in created
        for w in values.get("windows", ())
    ]
    needs = [
        {"task_id": task_id, "competence_id": c}
        for task_id, values in created
        for c in sorted(values.get("competence_ids", ()))
    ]
    allowed = [
        {"task_id": task_id, "role_id": role_id}
        for task_id, values in created
        for role_id in sorted(values.get("allowed_role_ids", ()))
    ]
    for model, rows in (
        (m.TaskTimeWindow, windows),
        (m.TaskCompetence, needs),
        (m.TaskAllowedRole, allowed),
    ):
        if rows:
            session.execute(m.table_of(model).insert(), rows)


def _probe_task(task_id: int, department_id: int, values: Mapping[str, Any]) -> r.Task:
    """A record of a task being created, enough to check its restriction and category."""
    return r.Task(
        id=task_id,
        uuid="",
        department_id=department_id,
        name=values["name"],
        frequency=values["frequency"],
        duration_minutes=values["duration_minutes"],
        category=values["category"],
        restriction=values["restriction"],
        restriction_min_level=values["restriction_min_level"],
        allowed_role_ids=values["allowed_role_ids"],
    )


def create_task(
    workspace: Workspace,
    department_id: int,
    name: str,
    *,
    assignment: Mapping[int, float] | None = None,
    **fields: Any,
) -> r.Task:
    """One new task; ``assignment`` (role id → share) is set in every scenario."""
    draft = TaskDraft(name=name, fields=fields, default_assignment=assignment or {})
    return create_tasks(workspace, department_id, [draft])[0]


#: Fields whose change :func:`_check_consistency` must look at.
_CROSS_CHECKED = frozenset(
    {"restriction", "restriction_min_level", "allowed_role_ids", "competence_ids"}
)


def update_task(
    workspace: Workspace, task_id: int, *, expected_version: int | None = None, **changes: Any
) -> r.Task:
    """Change some fields of a task and return the task as stored.

    ``expected_version`` is the ``version`` of the task the user saw (``Task.version``): if
    someone else changed the task since (another window, another user on the server), the edit
    is refused with a :class:`ConflictError` instead of silently writing over theirs. The
    row's version column (``version_id_col``) also refuses the edit when another transaction
    commits a change between this one's read and its write.
    """
    clean = clean_task_fields(changes)
    with workspace.transaction() as session:
        row = get_or_raise(session, m.Task, task_id)
        check_version(row, expected_version)
        if clean.keys() & _CROSS_CHECKED:
            # only these fields can break a rule across fields or tables; a cell edit of a
            # name or a duration needs no look at the catalogue (one edit, few queries)
            current = _task_record(session, task_id)
            merged = {
                "restriction": current.restriction,
                "restriction_min_level": current.restriction_min_level,
                "allowed_role_ids": current.allowed_role_ids,
                "competence_ids": current.competence_ids,
                **clean,
            }
            _check_consistency(merged, *_catalogue_ids(session))
        for key, value in _row_values(clean).items():
            setattr(row, key, value)
        row.modified_at = utc_now()
        _write_children(session, task_id, clean)
        session.flush()
        return _task_record(session, task_id)


def update_tasks(workspace: Workspace, changes: Mapping[int, Mapping[str, Any]]) -> list[r.Task]:
    """Change fields of many tasks in one transaction (import, bulk edit): all or nothing.

    ``changes`` maps task id → fields (as :func:`update_task` takes them). A few statements
    per changed field whatever the number of tasks, so re-importing 10,000 rows stays fast.
    Returns the changed tasks as stored, in the order given.
    """
    clean: dict[int, dict[str, Any]] = {}
    for task_id, fields in changes.items():
        try:
            clean[task_id] = clean_task_fields(fields)
        except ValidationError as error:
            raise ValidationError(
                _tr("Oppgave med id {id}: {message}").format(id=task_id, message=error.message),
                error.field,
            ) from None
    if not clean:
        return []
    ids = list(clean)
    with workspace.transaction() as session:
        current = {t.id: t for t in record_loading.tasks(session, task_ids=ids)}
        missing = [task_id for task_id in ids if task_id not in current]
        if missing:
            raise NotFoundError(
                _tr("Fant ingen oppgave med id {id}; den kan være slettet.").format(id=missing[0])
            )
        catalogue_ids = _catalogue_ids(session)
        now = utc_now()
        rows: list[dict[str, Any]] = []
        for task_id, fields in clean.items():
            task = current[task_id]
            merged = {
                "restriction": task.restriction,
                "restriction_min_level": task.restriction_min_level,
                "allowed_role_ids": task.allowed_role_ids,
                "competence_ids": task.competence_ids,
                **fields,
            }
            try:
                _check_consistency(merged, *catalogue_ids)
            except ValidationError as error:
                raise ValidationError(
                    _tr("Oppgave {name}: {message}").format(name=task.name, message=error.message),
                    error.field,
                ) from None
            row = _row_values(fields)
            rows.append({"id": task_id, **row, "modified_at": now})
        table = cast(Table, m.Task.__table__)
        for group in _same_keys(rows):
            # Core, not the ORM's bulk update by id: every changed row's version goes up too,
            # so an edit someone made on the old version is refused (optimistic concurrency).
            columns = [key for key in group[0] if key != "id"]
            statement = (
                update(table)
                .where(table.c.id == bindparam("task_row_id"))
                .values(
                    {
                        **{key: bindparam(f"new_{key}") for key in columns},
                        "version": table.c.version + 1,
                    }
                )
            )
            session.execute(
                statement,
                [
                    {"task_row_id": row["id"], **{f"new_{key}": row[key] for key in columns}}
                    for row in group
                ],
            )
        # an UPDATE of a row another user deleted meanwhile touches nothing and says nothing:
        # count what is still there, and refuse rather than report a change that did not happen
        still = sum(
            session.scalar(select(func.count()).select_from(m.Task).where(m.Task.id.in_(chunk)))
            or 0
            for chunk in record_loading._chunks(list(clean))
        )
        if still < len(clean):
            from oppgave.db.server import stale_edit_error

            raise stale_edit_error()
        for key, model in (
            ("windows", m.TaskTimeWindow),
            ("competence_ids", m.TaskCompetence),
            ("allowed_role_ids", m.TaskAllowedRole),
        ):
            touched = [task_id for task_id, fields in clean.items() if key in fields]
            if not touched:
                continue
            for chunk in record_loading._chunks(touched):
                session.execute(delete(model).where(model.task_id.in_(chunk)))
            _insert_children(
                session, [(task_id, {key: clean[task_id][key]}) for task_id in touched]
            )
        by_id = {t.id: t for t in record_loading.tasks(session, task_ids=ids)}
        return [by_id[task_id] for task_id in ids]


def _same_keys(rows: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Rows grouped by their set of keys: an executemany needs the same columns in each."""
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(tuple(sorted(row)), []).append(row)
    return list(groups.values())


def tasks_by_uuid(workspace: Workspace, uuids: Iterable[str]) -> dict[str, r.Task]:
    """The tasks (in any department) that have these uuids: how an import recognises a task
    that came from this or another workspace."""
    wanted = list(dict.fromkeys(uuids))
    if not wanted:
        return {}
    with workspace.reading() as session:
        ids: list[int] = []
        for start in range(0, len(wanted), 5000):
            ids.extend(
                session.scalars(
                    select(m.Task.id).where(m.Task.uuid.in_(wanted[start : start + 5000]))
                )
            )
        return {t.uuid: t for t in record_loading.tasks(session, task_ids=ids)} if ids else {}


def tasks_by_name(workspace: Workspace, department_id: int) -> dict[str, list[r.Task]]:
    """A department's tasks by normalised name (:func:`oppgave.domain.names.normalise_name`):
    how an import recognises a task it created before. A list, since names may repeat."""
    found: dict[str, list[r.Task]] = {}
    for task in list_tasks(workspace, department_id):
        found.setdefault(normalise_name(task.name), []).append(task)
    return found


def snapshot_tasks(session: Session, task_ids: Sequence[int]) -> list[TaskSnapshot]:
    tasks = record_loading.tasks(session, task_ids=task_ids)
    assignments: dict[int, dict[int, dict[int, float]]] = {t.id: {} for t in tasks}
    explanations: dict[int, dict[int, str]] = {t.id: {} for t in tasks}
    for scenario_id, task_id, role_id, share, explanation in session.execute(
        select(
            m.Assignment.scenario_id,
            m.Assignment.task_id,
            m.Assignment.role_id,
            m.Assignment.share,
            m.Assignment.explanation,
        ).where(m.Assignment.task_id.in_(list(task_ids)))
    ):
        assignments[task_id].setdefault(scenario_id, {})[role_id] = share
        if explanation:
            explanations[task_id][scenario_id] = explanation
    return [TaskSnapshot(t, assignments[t.id], explanations[t.id]) for t in tasks]


def delete_tasks(workspace: Workspace, task_ids: Sequence[int]) -> list[TaskSnapshot]:
    """Delete tasks and return snapshots that :func:`restore_tasks` can put back (undo)."""
    with workspace.transaction() as session:
        snapshots = snapshot_tasks(session, task_ids)
        if len(snapshots) != len(set(task_ids)):
            raise NotFoundError(_tr("En av oppgavene finnes ikke lenger."))
        delete_where(session, m.Task, m.Task.id.in_(list(task_ids)), expected=len(snapshots))
        return snapshots


def delete_task(workspace: Workspace, task_id: int) -> TaskSnapshot:
    return delete_tasks(workspace, [task_id])[0]


def restore_tasks(workspace: Workspace, snapshots: Sequence[TaskSnapshot]) -> list[r.Task]:
    """Put deleted tasks back with the same id, uuid and assignments (undo of delete).

    Assignments for scenarios deleted in the meantime are dropped.
    """
    if not snapshots:
        return []
    department_ids = {s.task.department_id for s in snapshots}
    restored: list[r.Task] = []
    for department_id in department_ids:
        drafts = [
            TaskDraft(
                name=s.task.name,
                fields=task_fields(s.task),
                assignments=s.assignments,
                explanations=s.explanations,
                uuid=s.task.uuid,
                id=s.task.id,
            )
            for s in snapshots
            if s.task.department_id == department_id
        ]
        restored.extend(_create_exact(workspace, department_id, drafts))
    return restored


def _create_exact(
    workspace: Workspace, department_id: int, drafts: Sequence[TaskDraft]
) -> list[r.Task]:
    """Like :func:`create_tasks`, but scenarios without an entry stay unassigned."""
    with workspace.reading() as session:
        scenario_ids = set(
            session.scalars(select(m.Scenario.id).where(m.Scenario.department_id == department_id))
        )
    exact = [
        TaskDraft(
            name=d.name,
            fields=d.fields,
            assignments={s: d.assignments.get(s, {}) for s in scenario_ids},
            explanations=d.explanations,
            uuid=d.uuid,
            id=d.id,
        )
        for d in drafts
    ]
    return create_tasks(workspace, department_id, exact)


def task_fields(task: r.Task) -> dict[str, Any]:
    """The editable fields of a task record, as :func:`update_task` and drafts take them."""
    return {key: getattr(task, key) for key in EDITABLE_FIELDS if key != "name"}


def duplicate_task(workspace: Workspace, task_id: int) -> r.Task:
    """A copy of a task (new identity) with the same assignments in every scenario, placed
    right after the original."""
    with workspace.reading() as session:
        snapshot = snapshot_tasks(session, [task_id])
    if not snapshot:
        raise NotFoundError(
            _tr("Fant ingen oppgave med id {id}; den kan være slettet.").format(id=task_id)
        )
    original = snapshot[0]
    fields = task_fields(original.task)
    fields.pop("sort_order")
    name = _tr("{name} (kopi)").format(name=original.task.name)
    copy = create_tasks(
        workspace,
        original.task.department_id,
        [TaskDraft(name=name, fields=fields, assignments=original.assignments)],
    )[0]
    order = [t.id for t in list_tasks(workspace, original.task.department_id)]
    return move_task(workspace, copy.id, order.index(original.task.id) + 1)


def task_order(workspace: Workspace, department_id: int) -> dict[int, int]:
    """Each task's ``sort_order`` in a department (task id → position), for undo: a
    duplicate renumbers the tasks after it, and undoing it puts these numbers back."""
    with workspace.reading() as session:
        rows = session.execute(
            select(m.Task.id, m.Task.sort_order).where(m.Task.department_id == department_id)
        )
        return {task_id: order for task_id, order in rows}


def set_task_order(workspace: Workspace, order: Mapping[int, int]) -> None:
    """Give tasks back the ``sort_order`` of :func:`task_order` (tasks since deleted are
    skipped)."""
    with workspace.transaction() as session:
        for row in session.scalars(select(m.Task).where(m.Task.id.in_(list(order)))):
            if row.sort_order != order[row.id]:
                row.sort_order = order[row.id]


def move_task(workspace: Workspace, task_id: int, index: int) -> r.Task:
    """Put a task at position ``index`` (0-based) in its department's order; the others keep
    their relative order. Positions are stored as ``sort_order`` 0, 1, 2, …"""
    with workspace.transaction() as session:
        row = get_or_raise(session, m.Task, task_id)
        ordered = list(
            session.scalars(
                select(m.Task)
                .where(m.Task.department_id == row.department_id, m.Task.id != task_id)
                .order_by(m.Task.sort_order, m.Task.id)
            )
        )
        index = max(0, min(index, len(ordered)))
        ordered.insert(index, row)
        for position, task in enumerate(ordered):
            if task.sort_order != position:
                task.sort_order = position
        session.flush()
        return _task_record(session, task_id)
