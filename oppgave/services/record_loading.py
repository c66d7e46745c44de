"""Fast reads of whole tables into plain records.

Reading 10,000 tasks through ORM objects costs seconds; these functions select plain columns
with SQLAlchemy Core and build the frozen records of :mod:`oppgave.domain.records` directly,
a few queries per call whatever the number of tasks.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from oppgave.db import models as m
from oppgave.domain import records as r
from oppgave.domain.enums import (
    Category,
    CommentStatus,
    DayType,
    DelegationRule,
    FrequencyUnit,
    Restriction,
    ReviewerRole,
    RiskLevel,
    ServiceType,
    Shift,
    TaskStatus,
    Verdict,
)


def department_record(row: Any) -> r.Department:
    """A department record from an ORM object or a selected row with the same names."""
    return r.Department(
        id=row.id,
        uuid=row.uuid,
        municipality_id=row.municipality_id,
        name=row.name,
        service_type=ServiceType(row.service_type),
        residents=row.residents,
        beds=row.beds,
        proposal_settings_json=row.proposal_settings,
    )


def competence_record(row: Any) -> r.Competence:
    return r.Competence(
        id=row.id, uuid=row.uuid, code=row.code, name=row.name, description=row.description
    )


def course_record(row: Any) -> r.Course:
    return r.Course(
        id=row.id,
        uuid=row.uuid,
        name=row.name,
        competence_id=row.competence_id,
        min_level=row.min_level,
        hours=row.hours,
        cost_per_participant=row.cost_per_participant,
    )


def scenario_record(row: Any) -> r.Scenario:
    return r.Scenario(
        id=row.id,
        uuid=row.uuid,
        department_id=row.department_id,
        name=row.name,
        is_baseline=bool(row.is_baseline),
        description=row.description,
        sort_order=row.sort_order,
        proposal_options_json=row.proposal_options,
        is_chosen=bool(row.is_chosen),
        version=row.version,
    )


def municipalities(session: Session) -> list[r.Municipality]:
    rows = session.execute(
        select(m.Municipality.id, m.Municipality.uuid, m.Municipality.name).order_by(
            m.Municipality.name
        )
    )
    return [r.Municipality(id=row.id, uuid=row.uuid, name=row.name) for row in rows]


def departments(session: Session, municipality_id: int | None = None) -> list[r.Department]:
    query = select(
        m.Department.id,
        m.Department.uuid,
        m.Department.municipality_id,
        m.Department.name,
        m.Department.service_type,
        m.Department.residents,
        m.Department.beds,
        m.Department.proposal_settings,
    ).order_by(m.Department.municipality_id, m.Department.name)
    if municipality_id is not None:
        query = query.where(m.Department.municipality_id == municipality_id)
    return [department_record(row) for row in session.execute(query)]


def competences(session: Session) -> list[r.Competence]:
    rows = session.execute(
        select(
            m.Competence.id,
            m.Competence.uuid,
            m.Competence.code,
            m.Competence.name,
            m.Competence.description,
        ).order_by(m.Competence.name)
    )
    return [competence_record(row) for row in rows]


def roles(session: Session) -> list[r.Role]:
    has: dict[int, set[int]] = defaultdict(set)
    for role_id, competence_id in session.execute(
        select(m.RoleCompetence.role_id, m.RoleCompetence.competence_id)
    ):
        has[role_id].add(competence_id)
    rows = session.execute(
        select(
            m.Role.id,
            m.Role.uuid,
            m.Role.code,
            m.Role.name,
            m.Role.leon_level,
            m.Role.authorised,
            m.Role.hourly_cost,
            m.Role.colour,
            m.Role.sort_order,
            m.Role.hours_per_fte,
            m.Role.version,
        ).order_by(m.Role.sort_order, m.Role.leon_level, m.Role.name)
    )
    return [
        r.Role(
            id=row.id,
            uuid=row.uuid,
            code=row.code,
            name=row.name,
            leon_level=row.leon_level,
            authorised=bool(row.authorised),
            hourly_cost=row.hourly_cost,
            colour=row.colour,
            competence_ids=frozenset(has.get(row.id, ())),
            sort_order=row.sort_order,
            hours_per_fte=row.hours_per_fte,
            version=row.version,
        )
        for row in rows
    ]


def courses(session: Session) -> list[r.Course]:
    rows = session.execute(
        select(
            m.Course.id,
            m.Course.uuid,
            m.Course.name,
            m.Course.competence_id,
            m.Course.min_level,
            m.Course.hours,
            m.Course.cost_per_participant,
        ).order_by(m.Course.name)
    )
    return [course_record(row) for row in rows]


_TASK_COLUMNS = (
    m.Task.id,
    m.Task.uuid,
    m.Task.department_id,
    m.Task.name,
    m.Task.description,
    m.Task.category,
    m.Task.frequency_count,
    m.Task.frequency_unit,
    m.Task.days,
    m.Task.duration_minutes,
    m.Task.staff_count,
    m.Task.restriction,
    m.Task.restriction_min_level,
    m.Task.status,
    m.Task.notes,
    m.Task.work_flags,
    m.Task.sort_order,
    m.Task.risk_level,
    m.Task.delegation_rule,
    m.Task.version,
)


def tasks(
    session: Session,
    department_ids: Iterable[int] | None = None,
    task_ids: Iterable[int] | None = None,
) -> list[r.Task]:
    """Tasks with their windows, competences and allowed roles, ordered as the user sorted them."""
    query = select(*_TASK_COLUMNS).order_by(m.Task.department_id, m.Task.sort_order, m.Task.id)
    if department_ids is not None:
        query = query.where(m.Task.department_id.in_(list(department_ids)))
    if task_ids is not None:
        query = query.where(m.Task.id.in_(list(task_ids)))
    rows = session.execute(query).all()
    if not rows:
        return []
    windows: dict[int, list[r.TimeWindow]] = defaultdict(list)
    needs: dict[int, set[int]] = defaultdict(set)
    allowed: dict[int, set[int]] = defaultdict(set)
    for task_filter in _child_filters(rows, department_ids, task_ids):
        for task_id, start, end in session.execute(
            select(
                m.TaskTimeWindow.task_id, m.TaskTimeWindow.start_minute, m.TaskTimeWindow.end_minute
            )
            .where(task_filter(m.TaskTimeWindow.task_id))
            .order_by(m.TaskTimeWindow.task_id, m.TaskTimeWindow.start_minute)
        ):
            windows[task_id].append(r.TimeWindow(start, end))
        for task_id, competence_id in session.execute(
            select(m.TaskCompetence.task_id, m.TaskCompetence.competence_id).where(
                task_filter(m.TaskCompetence.task_id)
            )
        ):
            needs[task_id].add(competence_id)
        for task_id, role_id in session.execute(
            select(m.TaskAllowedRole.task_id, m.TaskAllowedRole.role_id).where(
                task_filter(m.TaskAllowedRole.task_id)
            )
        ):
            allowed[task_id].add(role_id)
    empty: frozenset[int] = frozenset()
    return [
        r.Task(
            id=row.id,
            uuid=row.uuid,
            department_id=row.department_id,
            name=row.name,
            description=row.description,
            category=_CATEGORIES[row.category],
            frequency=r.Frequency(row.frequency_count, _UNITS[row.frequency_unit], row.days),
            duration_minutes=row.duration_minutes,
            staff_count=row.staff_count,
            windows=tuple(windows.get(row.id, ())),
            competence_ids=frozenset(needs[row.id]) if row.id in needs else empty,
            restriction=_RESTRICTIONS[row.restriction],
            restriction_min_level=row.restriction_min_level,
            allowed_role_ids=frozenset(allowed[row.id]) if row.id in allowed else empty,
            status=_STATUSES[row.status],
            notes=row.notes,
            work_flags=row.work_flags,
            sort_order=row.sort_order,
            risk_level=_RISKS[row.risk_level],
            delegation_rule=_DELEGATIONS[row.delegation_rule],
            version=row.version,
        )
        for row in rows
    ]


def task_hours(
    session: Session, department_ids: Iterable[int]
) -> list[tuple[int, int, Category, float]]:
    """(department id, task id, category, hours per week) of the departments' tasks, in the
    order of :func:`tasks`: all the comparison of many departments needs of a task, in one
    query without the windows, competences and allowed roles (a tenth of the time)."""
    query = (
        select(
            m.Task.department_id,
            m.Task.id,
            m.Task.category,
            m.Task.frequency_count,
            m.Task.frequency_unit,
            m.Task.days,
            m.Task.duration_minutes,
            m.Task.staff_count,
        )
        .where(m.Task.department_id.in_(list(department_ids)))
        .order_by(m.Task.department_id, m.Task.sort_order, m.Task.id)
    )
    frequencies: dict[tuple[float, str, int], r.Frequency] = {}
    result = []
    for department_id, task_id, category, count, unit, days, duration, staff in session.execute(
        query
    ):
        key = (count, unit, days)
        frequency = frequencies.get(key)
        if frequency is None:
            frequency = frequencies[key] = r.Frequency(count, _UNITS[unit], days)
        result.append(
            (
                department_id,
                task_id,
                _CATEGORIES[category],
                r.hours_per_week(frequency, duration, staff),
            )
        )
    return result


def task_lines(session: Session, department_ids: Iterable[int]) -> list[r.TaskLine]:
    """The departments' tasks as :class:`TaskLine` (identity, name, hours per week), in the
    order of :func:`tasks`, in one query without the child tables."""
    query = (
        select(
            m.Task.id,
            m.Task.uuid,
            m.Task.department_id,
            m.Task.name,
            m.Task.frequency_count,
            m.Task.frequency_unit,
            m.Task.days,
            m.Task.duration_minutes,
            m.Task.staff_count,
        )
        .where(m.Task.department_id.in_(list(department_ids)))
        .order_by(m.Task.department_id, m.Task.sort_order, m.Task.id)
    )
    return [
        r.TaskLine(
            id=row.id,
            uuid=row.uuid,
            department_id=row.department_id,
            name=row.name,
            hours_per_week=r.hours_per_week(
                r.Frequency(row.frequency_count, _UNITS[row.frequency_unit], row.days),
                row.duration_minutes,
                row.staff_count,
            ),
        )
        for row in session.execute(query)
    ]


_CATEGORIES = {member.value: member for member in Category}
_UNITS = {member.value: member for member in FrequencyUnit}
_RESTRICTIONS = {member.value: member for member in Restriction}
_STATUSES = {member.value: member for member in TaskStatus}
_RISKS = {member.value: member for member in RiskLevel}
_DELEGATIONS = {member.value: member for member in DelegationRule}


def _child_filters(
    rows: Sequence[Any],
    department_ids: Iterable[int] | None,
    task_ids: Iterable[int] | None,
) -> Iterable[Callable[[Any], Any]]:
    """How to select the child rows (windows, competences, allowed roles) of the loaded tasks:
    by a sub-select on the department when whole departments are loaded (no huge IN lists),
    else by task id in chunks."""
    if task_ids is None:
        if department_ids is None:
            yield lambda column: column.is_not(None)
            return
        departments = list(department_ids)
        yield lambda column: column.in_(
            select(m.Task.id).where(m.Task.department_id.in_(departments))
        )
        return
    for chunk in _chunks([row.id for row in rows]):
        yield _in_ids(chunk)


def _in_ids(ids: list[int]) -> Callable[[Any], Any]:
    """A filter «column in these ids» (a function of its own: each chunk keeps its list)."""
    return lambda column: column.in_(ids)


def _chunks(ids: Sequence[int], size: int = 20_000) -> Iterable[list[int]]:
    """Split long id lists; keeps the bound parameters under every backend's limit."""
    if len(ids) <= size:
        yield list(ids)
        return
    for start in range(0, len(ids), size):
        yield list(ids[start : start + size])


def scenarios(session: Session, department_ids: Iterable[int] | None = None) -> list[r.Scenario]:
    query = select(
        m.Scenario.id,
        m.Scenario.uuid,
        m.Scenario.department_id,
        m.Scenario.name,
        m.Scenario.is_baseline,
        m.Scenario.description,
        m.Scenario.sort_order,
        m.Scenario.proposal_options,
        m.Scenario.is_chosen,
        m.Scenario.version,
    ).order_by(
        m.Scenario.department_id,
        m.Scenario.is_baseline.desc(),
        m.Scenario.sort_order,
        m.Scenario.id,
    )
    if department_ids is not None:
        query = query.where(m.Scenario.department_id.in_(list(department_ids)))
    return [scenario_record(row) for row in session.execute(query)]


def assignments(
    session: Session, scenario_ids: Iterable[int]
) -> dict[int, dict[int, dict[int, float]]]:
    """scenario id → task id → role id → share (%)."""
    result: dict[int, dict[int, dict[int, float]]] = {}
    ids = list(scenario_ids)
    for scenario_id in ids:
        result[scenario_id] = {}
    for scenario_id, task_id, role_id, share in session.execute(
        select(
            m.Assignment.scenario_id, m.Assignment.task_id, m.Assignment.role_id, m.Assignment.share
        )
        .where(m.Assignment.scenario_id.in_(ids))
        .order_by(m.Assignment.scenario_id, m.Assignment.task_id, m.Assignment.share.desc())
    ):
        result[scenario_id].setdefault(task_id, {})[role_id] = share
    return result


def explanations(session: Session, scenario_id: int) -> dict[int, str]:
    """task id → the explanation an optimiser wrote for its assignment in a scenario."""
    result: dict[int, str] = {}
    for task_id, explanation in session.execute(
        select(m.Assignment.task_id, m.Assignment.explanation).where(
            m.Assignment.scenario_id == scenario_id, m.Assignment.explanation != ""
        )
    ):
        result.setdefault(task_id, explanation)
    return result


def positions(session: Session, department_ids: Iterable[int] | None = None) -> list[r.Position]:
    query = select(
        m.Position.id,
        m.Position.uuid,
        m.Position.department_id,
        m.Position.role_id,
        m.Position.count.label("staff_count"),  # not ``count``: a Row is a tuple
        m.Position.size_percent,
    ).order_by(m.Position.department_id, m.Position.role_id, m.Position.size_percent.desc())
    if department_ids is not None:
        query = query.where(m.Position.department_id.in_(list(department_ids)))
    return [
        r.Position(
            id=row.id,
            uuid=row.uuid,
            department_id=row.department_id,
            role_id=row.role_id,
            count=row.staff_count,
            size_percent=row.size_percent,
        )
        for row in session.execute(query)
    ]


def staffing(
    session: Session, department_ids: Iterable[int] | None = None
) -> list[r.ShiftStaffing]:
    query = select(
        m.ShiftStaffing.id,
        m.ShiftStaffing.uuid,
        m.ShiftStaffing.department_id,
        m.ShiftStaffing.role_id,
        m.ShiftStaffing.shift,
        m.ShiftStaffing.day_type,
        m.ShiftStaffing.count.label("staff_count"),
    ).order_by(m.ShiftStaffing.department_id, m.ShiftStaffing.role_id)
    if department_ids is not None:
        query = query.where(m.ShiftStaffing.department_id.in_(list(department_ids)))
    return [
        r.ShiftStaffing(
            id=row.id,
            uuid=row.uuid,
            department_id=row.department_id,
            role_id=row.role_id,
            shift=Shift(row.shift),
            day_type=DayType(row.day_type),
            count=row.staff_count,
        )
        for row in session.execute(query)
    ]


def review_comments(
    session: Session, department_ids: Iterable[int] | None = None
) -> list[r.ReviewComment]:
    c = m.ReviewComment
    query = select(c).order_by(c.department_id, c.created_at, c.id)
    if department_ids is not None:
        query = query.where(c.department_id.in_(list(department_ids)))
    return [
        r.ReviewComment(
            id=row.id,
            uuid=row.uuid,
            department_id=row.department_id,
            task_uuid=row.task_uuid,
            verdict=Verdict(row.verdict),
            reviewer_role=ReviewerRole(row.reviewer_role),
            text=row.text,
            status=CommentStatus(row.status),
            task_name=row.task_name,
            scenario_uuid=row.scenario_uuid,
            suggested_work_flags=row.suggested_work_flags,
            source_copy_uuid=row.source_copy_uuid,
            task_fingerprint=row.task_fingerprint,
            created_at=row.created_at.isoformat(timespec="seconds") if row.created_at else "",
        )
        for row in session.scalars(query)
    ]
