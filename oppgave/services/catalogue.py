"""The workspace's catalogue: roles, competences, the competences roles have, and courses."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from oppgave.db import models as m
from oppgave.db.workspace import Workspace
from oppgave.domain import default_catalogue
from oppgave.domain import records as r
from oppgave.errors import ConflictError, NotFoundError, ValidationError
from oppgave.i18n import translate
from oppgave.services import record_loading, validation
from oppgave.services.lookup import check_version, get_or_raise


def _tr(text: str) -> str:
    return translate("Catalogue", text)


# --- reading ----------------------------------------------------------------------------------


def list_roles(workspace: Workspace) -> list[r.Role]:
    with workspace.reading() as session:
        return record_loading.roles(session)


def list_competences(workspace: Workspace) -> list[r.Competence]:
    with workspace.reading() as session:
        return record_loading.competences(session)


def list_courses(workspace: Workspace) -> list[r.Course]:
    with workspace.reading() as session:
        return record_loading.courses(session)


def resolve_role(workspace: Workspace, key: str | int) -> r.Role:
    """A role by id, code (e.g. ``SPL``) or name, case-insensitive."""
    return match_role(list_roles(workspace), key)


def match_role(roles: Sequence[r.Role], key: str | int) -> r.Role:
    """The role in ``roles`` with id, code or name ``key`` (case-insensitive); raises
    :class:`NotFoundError` listing the roles when none matches."""
    text = str(key).strip()
    for role in roles:
        if text.isdigit() and role.id == int(text):
            return role
    folded = text.casefold()
    for role in roles:
        if folded in (role.code.casefold(), role.name.casefold()):
            return role
    raise NotFoundError(
        _tr("Fant ingen yrkesgruppe {key}. Yrkesgrupper: {names}").format(
            key=text, names=", ".join(f"{role.code} ({role.name})" for role in roles)
        )
    )


# --- the default catalogue --------------------------------------------------------------------


def install_default_catalogue(workspace: Workspace) -> None:
    """Write the default roles, competences and courses (DESIGN §4) into an empty workspace."""
    with workspace.transaction() as session:
        if session.scalar(select(func.count()).select_from(m.Role)):
            raise ConflictError(_tr("Arbeidsfilen har allerede en katalog."))
        competence_ids: dict[str, int] = {}
        for spec in default_catalogue.COMPETENCES:
            row = m.Competence(code=spec.code, name=spec.name, description=spec.description)
            session.add(row)
            session.flush()
            competence_ids[spec.code] = row.id
        for order, role_spec in enumerate(default_catalogue.ROLES):
            role = m.Role(
                code=role_spec.code,
                name=role_spec.name,
                leon_level=role_spec.leon_level,
                authorised=role_spec.authorised,
                hourly_cost=role_spec.hourly_cost,
                colour=role_spec.colour,
                sort_order=order,
            )
            session.add(role)
            session.flush()
            session.add_all(
                m.RoleCompetence(role_id=role.id, competence_id=competence_ids[code])
                for code in role_spec.competences
            )
        for course_spec in default_catalogue.COURSES:
            session.add(
                m.Course(
                    name=course_spec.name,
                    competence_id=competence_ids[course_spec.competence],
                    min_level=course_spec.min_level,
                    hours=course_spec.hours,
                    cost_per_participant=course_spec.cost_per_participant,
                )
            )


# --- roles ------------------------------------------------------------------------------------

_ROLE_FIELDS = {
    "code",
    "name",
    "leon_level",
    "authorised",
    "hourly_cost",
    "colour",
    "sort_order",
    "hours_per_fte",
}


def _clean_role_fields(changes: dict[str, Any]) -> dict[str, Any]:
    unknown = set(changes) - _ROLE_FIELDS - {"competence_ids"}
    if unknown:
        raise ValidationError(
            _tr("Ukjente felt: {fields}").format(fields=", ".join(sorted(unknown)))
        )
    clean: dict[str, Any] = {}
    for key, value in changes.items():
        if key == "code":
            clean[key] = validation.name(value, "code", max_length=32).upper()
        elif key == "name":
            clean[key] = validation.name(value, "name", max_length=200)
        elif key == "leon_level":
            clean[key] = validation.integer(value, key, minimum=0, maximum=9)
        elif key == "authorised":
            if not isinstance(value, bool):
                raise ValidationError(_tr("Må være ja eller nei."), key)
            clean[key] = value
        elif key == "hourly_cost":
            clean[key] = validation.number(value, key, minimum=0, maximum=100_000)
        elif key == "colour":
            clean[key] = validation.colour(value)
        elif key == "sort_order":
            clean[key] = validation.integer(value, key)
        elif key == "hours_per_fte":
            # None: the workspace's hours per FTE (Settings.hours_per_fte)
            clean[key] = (
                None if value is None else validation.number(value, key, minimum=1, maximum=60)
            )
        elif key == "competence_ids":
            clean[key] = frozenset(int(c) for c in value)
    return clean


def _role_unique(session: Session, fields: dict[str, Any], role_id: int | None) -> None:
    for key, column in (("code", m.Role.code), ("name", m.Role.name)):
        if key not in fields:
            continue
        query = select(m.Role.id).where(func.lower(column) == fields[key].lower())
        if role_id is not None:
            query = query.where(m.Role.id != role_id)
        if session.scalar(query) is not None:
            raise ValidationError(
                _tr("Det finnes allerede en yrkesgruppe med {value}.").format(value=fields[key]),
                key,
            )


def _role_record(session: Session, role_id: int) -> r.Role:
    for role in record_loading.roles(session):
        if role.id == role_id:
            return role
    raise NotFoundError(_tr("Fant ingen yrkesgruppe med id {id}.").format(id=role_id))


def _set_role_competences(session: Session, role_id: int, competence_ids: frozenset[int]) -> None:
    for competence_id in competence_ids:
        get_or_raise(session, m.Competence, competence_id)
    session.execute(delete(m.RoleCompetence).where(m.RoleCompetence.role_id == role_id))
    session.add_all(m.RoleCompetence(role_id=role_id, competence_id=c) for c in competence_ids)


def create_role(
    workspace: Workspace, code: str, name: str, *, uuid: str | None = None, **fields: Any
) -> r.Role:
    """A new role; ``uuid`` keeps an imported identity."""
    clean = _clean_role_fields({"code": code, "name": name, **fields})
    competence_ids = clean.pop("competence_ids", frozenset())
    if uuid is not None:
        clean["uuid"] = validation.uuid_text(uuid)
    with workspace.transaction() as session:
        _role_unique(session, clean, None)
        if "sort_order" not in clean:
            clean["sort_order"] = (session.scalar(select(func.max(m.Role.sort_order))) or 0) + 1
        row = m.Role(**clean)
        session.add(row)
        session.flush()
        _set_role_competences(session, row.id, competence_ids)
        session.flush()
        return _role_record(session, row.id)


def update_role(
    workspace: Workspace, role_id: int, *, expected_version: int | None = None, **changes: Any
) -> r.Role:
    """Change fields of a role; ``expected_version`` (``Role.version`` as the user saw it)
    refuses the edit with ``ConflictError`` if someone changed the role since."""
    clean = _clean_role_fields(changes)
    competence_ids = clean.pop("competence_ids", None)
    with workspace.transaction() as session:
        row = get_or_raise(session, m.Role, role_id)
        check_version(row, expected_version)
        _role_unique(session, clean, role_id)
        for key, value in clean.items():
            setattr(row, key, value)
        if competence_ids is not None:
            _set_role_competences(session, role_id, competence_ids)
        session.flush()
        return _role_record(session, role_id)


def set_role_has_competence(
    workspace: Workspace, role_id: int, competence_id: int, has: bool
) -> r.Role:
    with workspace.transaction() as session:
        get_or_raise(session, m.Role, role_id)
        get_or_raise(session, m.Competence, competence_id)
        exists = session.get(m.RoleCompetence, (role_id, competence_id))
        if has and exists is None:
            session.add(m.RoleCompetence(role_id=role_id, competence_id=competence_id))
        elif not has and exists is not None:
            session.delete(exists)
        session.flush()
        return _role_record(session, role_id)


def role_usage(workspace: Workspace, role_id: int) -> dict[str, int]:
    """How many assignments, positions and shift rows use a role (before deleting it)."""
    with workspace.reading() as session:
        return {
            "assignments": session.scalar(
                select(func.count()).where(m.Assignment.role_id == role_id)
            )
            or 0,
            "positions": session.scalar(select(func.count()).where(m.Position.role_id == role_id))
            or 0,
            "staffing": session.scalar(
                select(func.count()).where(m.ShiftStaffing.role_id == role_id)
            )
            or 0,
        }


def delete_role(workspace: Workspace, role_id: int) -> RoleSnapshot:
    """Delete a role that nothing uses; otherwise say what still uses it.

    Returns what :func:`restore_role` needs to put it back (undo).
    """
    usage = role_usage(workspace, role_id)
    if any(usage.values()):
        raise ConflictError(
            _tr(
                "Yrkesgruppen er i bruk ({assignments} tildelinger, {positions} stillingsrader, "
                "{staffing} vaktrader) og kan ikke slettes. Flytt oppgavene først."
            ).format(**usage)
        )
    with workspace.transaction() as session:
        role = _role_record(session, role_id)
        allowed_on = tuple(
            session.scalars(
                select(m.TaskAllowedRole.task_id).where(m.TaskAllowedRole.role_id == role_id)
            )
        )
        plan_edits = tuple(
            (scenario_id, shift, day_type, people)
            for scenario_id, shift, day_type, people in session.execute(
                select(
                    m.StaffingPlanEdit.scenario_id,
                    m.StaffingPlanEdit.shift,
                    m.StaffingPlanEdit.day_type,
                    m.StaffingPlanEdit.people,
                ).where(m.StaffingPlanEdit.role_id == role_id)
            )
        )
        session.delete(get_or_raise(session, m.Role, role_id))  # cascades to its plan edits
        return RoleSnapshot(role, allowed_on, plan_edits)


@dataclass(frozen=True, slots=True)
class RoleSnapshot:
    """A deleted role, the tasks that listed it as allowed (their restriction) and its hand
    edits in bemanningsplans (scenario id, shift, day type, people)."""

    role: r.Role
    allowed_on_task_ids: tuple[int, ...] = ()
    plan_edits: tuple[tuple[int, str, str, int], ...] = ()


def restore_role(workspace: Workspace, snapshot: RoleSnapshot | r.Role) -> r.Role:
    """Put a deleted role back with the same id, uuid, fields and competences (undo of delete,
    redo of create)."""
    if isinstance(snapshot, r.Role):
        snapshot = RoleSnapshot(snapshot)
    role = snapshot.role
    with workspace.transaction() as session:
        _role_unique(session, {"code": role.code, "name": role.name}, None)
        session.add(
            m.Role(
                id=role.id,
                uuid=role.uuid,
                code=role.code,
                name=role.name,
                leon_level=role.leon_level,
                authorised=role.authorised,
                hourly_cost=role.hourly_cost,
                colour=role.colour,
                sort_order=role.sort_order,
                hours_per_fte=role.hours_per_fte,
            )
        )
        session.flush()
        _set_role_competences(session, role.id, role.competence_ids)
        existing = set(
            session.scalars(
                select(m.Task.id).where(m.Task.id.in_(list(snapshot.allowed_on_task_ids)))
            )
        )
        session.add_all(
            m.TaskAllowedRole(task_id=task_id, role_id=role.id)
            for task_id in snapshot.allowed_on_task_ids
            if task_id in existing
        )
        scenarios = set(
            session.scalars(
                select(m.Scenario.id).where(
                    m.Scenario.id.in_([edit[0] for edit in snapshot.plan_edits])
                )
            )
        )
        session.add_all(
            m.StaffingPlanEdit(
                scenario_id=scenario_id,
                role_id=role.id,
                shift=shift,
                day_type=day_type,
                people=people,
            )
            for scenario_id, shift, day_type, people in snapshot.plan_edits
            if scenario_id in scenarios
        )
        session.flush()
        return _role_record(session, role.id)


# --- competences ------------------------------------------------------------------------------


def create_competence(
    workspace: Workspace, code: str, name: str, description: str = "", *, uuid: str | None = None
) -> r.Competence:
    """A new competence; ``uuid`` keeps an imported identity."""
    clean_code = validation.name(code, "code", max_length=32).upper()
    clean_name = validation.name(name, "name", max_length=200)
    with workspace.transaction() as session:
        _competence_unique(session, clean_code, clean_name, None)
        row = m.Competence(
            code=clean_code,
            name=clean_name,
            description=validation.text(description, "description"),
        )
        if uuid is not None:
            row.uuid = validation.uuid_text(uuid)
        session.add(row)
        session.flush()
        return record_loading.competence_record(row)


def update_competence(workspace: Workspace, competence_id: int, **changes: Any) -> r.Competence:
    with workspace.transaction() as session:
        row = get_or_raise(session, m.Competence, competence_id)
        code = row.code
        name = row.name
        for key, value in changes.items():
            if key == "code":
                code = validation.name(value, "code", max_length=32).upper()
            elif key == "name":
                name = validation.name(value, "name", max_length=200)
            elif key == "description":
                row.description = validation.text(value, "description")
            else:
                raise ValidationError(_tr("Ukjent felt: {field}").format(field=key), key)
        _competence_unique(session, code, name, competence_id)
        row.code, row.name = code, name
        session.flush()
        return record_loading.competence_record(row)


@dataclass(frozen=True, slots=True)
class CompetenceSnapshot:
    """A deleted competence with the roles that had it and its courses (deleted with it)."""

    competence: r.Competence
    role_ids: tuple[int, ...] = ()
    courses: tuple[r.Course, ...] = ()


def delete_competence(workspace: Workspace, competence_id: int) -> CompetenceSnapshot:
    """Delete a competence no task requires, with its courses; returns what undo needs."""
    with workspace.transaction() as session:
        used = session.scalar(
            select(func.count()).where(m.TaskCompetence.competence_id == competence_id)
        )
        if used:
            raise ConflictError(
                _tr("{n} oppgaver krever denne kompetansen; fjern kravet først.").format(n=used)
            )
        row = get_or_raise(session, m.Competence, competence_id)
        snapshot = CompetenceSnapshot(
            competence=record_loading.competence_record(row),
            role_ids=tuple(
                session.scalars(
                    select(m.RoleCompetence.role_id).where(
                        m.RoleCompetence.competence_id == competence_id
                    )
                )
            ),
            courses=tuple(
                record_loading.course_record(course)
                for course in session.scalars(
                    select(m.Course).where(m.Course.competence_id == competence_id)
                )
            ),
        )
        session.delete(row)
        return snapshot


def restore_competence(
    workspace: Workspace, snapshot: CompetenceSnapshot | r.Competence
) -> r.Competence:
    """Put a deleted competence back (same id and uuid) with its roles and courses."""
    if isinstance(snapshot, r.Competence):
        snapshot = CompetenceSnapshot(snapshot)
    competence = snapshot.competence
    with workspace.transaction() as session:
        _competence_unique(session, competence.code, competence.name, None)
        row = m.Competence(
            id=competence.id,
            uuid=competence.uuid,
            code=competence.code,
            name=competence.name,
            description=competence.description,
        )
        session.add(row)
        session.flush()
        roles = set(session.scalars(select(m.Role.id)))
        session.add_all(
            m.RoleCompetence(role_id=role_id, competence_id=competence.id)
            for role_id in snapshot.role_ids
            if role_id in roles
        )
        for course in snapshot.courses:
            session.add(_course_row(course))
        session.flush()
        return record_loading.competence_record(row)


def _competence_unique(session: Session, code: str, name: str, competence_id: int | None) -> None:
    for field, column, value in (
        ("code", m.Competence.code, code),
        ("name", m.Competence.name, name),
    ):
        query = select(m.Competence.id).where(func.lower(column) == value.lower())
        if competence_id is not None:
            query = query.where(m.Competence.id != competence_id)
        if session.scalar(query) is not None:
            raise ValidationError(
                _tr("Det finnes allerede en kompetanse med {value}.").format(value=value), field
            )


# --- courses ----------------------------------------------------------------------------------


def _clean_course_fields(changes: dict[str, Any]) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    for key, value in changes.items():
        if key == "name":
            clean[key] = validation.name(value, "name", max_length=200)
        elif key == "competence_id":
            clean[key] = validation.integer(value, key, minimum=1)
        elif key == "min_level":
            clean[key] = validation.integer(value, key, minimum=0, maximum=9)
        elif key == "hours":
            clean[key] = validation.number(value, key, minimum=0, maximum=10_000)
        elif key == "cost_per_participant":
            clean[key] = validation.number(value, key, minimum=0, maximum=10_000_000)
        else:
            raise ValidationError(_tr("Ukjent felt: {field}").format(field=key), key)
    return clean


def create_course(
    workspace: Workspace,
    name: str,
    competence_id: int,
    min_level: int = 0,
    hours: float = 0.0,
    cost_per_participant: float = 0.0,
    *,
    uuid: str | None = None,
) -> r.Course:
    """A new course; ``uuid`` keeps an imported identity."""
    clean = _clean_course_fields(
        {
            "name": name,
            "competence_id": competence_id,
            "min_level": min_level,
            "hours": hours,
            "cost_per_participant": cost_per_participant,
        }
    )
    with workspace.transaction() as session:
        get_or_raise(session, m.Competence, clean["competence_id"])
        _course_unique(session, clean["name"], None)
        row = m.Course(**clean)
        if uuid is not None:
            row.uuid = validation.uuid_text(uuid)
        session.add(row)
        session.flush()
        return record_loading.course_record(row)


def update_course(workspace: Workspace, course_id: int, **changes: Any) -> r.Course:
    clean = _clean_course_fields(changes)
    with workspace.transaction() as session:
        row = get_or_raise(session, m.Course, course_id)
        if "competence_id" in clean:
            get_or_raise(session, m.Competence, clean["competence_id"])
        if "name" in clean:
            _course_unique(session, clean["name"], course_id)
        for key, value in clean.items():
            setattr(row, key, value)
        session.flush()
        return record_loading.course_record(row)


def delete_course(workspace: Workspace, course_id: int) -> r.Course:
    """Delete a course; returns it for :func:`restore_course` (undo)."""
    with workspace.transaction() as session:
        row = get_or_raise(session, m.Course, course_id)
        record = record_loading.course_record(row)
        session.delete(row)
        return record


def restore_course(workspace: Workspace, course: r.Course) -> r.Course:
    """Put a deleted course back with the same id and uuid."""
    with workspace.transaction() as session:
        get_or_raise(session, m.Competence, course.competence_id)
        _course_unique(session, course.name, None)
        row = _course_row(course)
        session.add(row)
        session.flush()
        return record_loading.course_record(row)


def _course_row(course: r.Course) -> m.Course:
    return m.Course(
        id=course.id,
        uuid=course.uuid,
        name=course.name,
        competence_id=course.competence_id,
        min_level=course.min_level,
        hours=course.hours,
        cost_per_participant=course.cost_per_participant,
    )


def _course_unique(session: Session, name: str, course_id: int | None) -> None:
    query = select(m.Course.id).where(func.lower(m.Course.name) == name.lower())
    if course_id is not None:
        query = query.where(m.Course.id != course_id)
    if session.scalar(query) is not None:
        raise ValidationError(
            _tr("Det finnes allerede et kurs som heter {name}.").format(name=name), "name"
        )
