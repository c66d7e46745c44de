"""The ORM schema of a workspace (DESIGN §4–5).

Integrity lives here as well as in the services: foreign keys, check constraints on shares,
durations, sizes and enum values, and uniqueness, so a file edited by another tool (or a bug)
cannot hold what the app would refuse. Everything here is portable SQL; SQLite specifics live in
:mod:`oppgave.db.workspace_file` only. Every change to these classes needs an Alembic revision in
``oppgave/db/migrations/versions``.
"""

from __future__ import annotations

import random
import uuid as uuid_module
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, date, datetime
from typing import cast

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    event,
    false,
    text,
)
from sqlalchemy.engine import Connection
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

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

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


_uuid_source: ContextVar[Callable[[], str] | None] = ContextVar("uuid_source", default=None)


def new_uuid() -> str:
    """A new random uuid, or the next one of a seeded source (see :func:`seeded_uuids`)."""
    source = _uuid_source.get()
    return source() if source is not None else str(uuid_module.uuid4())


@contextmanager
def seeded_uuids(seed: int) -> Iterator[None]:
    """Make :func:`new_uuid` deterministic inside the block, so generated workspaces (the demo)
    are identical for the same seed."""
    rng = random.Random(seed)

    def next_uuid() -> str:
        return str(uuid_module.UUID(int=rng.getrandbits(128), version=4))

    token = _uuid_source.set(next_uuid)
    try:
        yield
    finally:
        _uuid_source.reset(token)


def utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _in(column: str, values: type) -> str:
    """SQL for ``column IN (...)`` over an enum's values, for a check constraint."""
    members = ", ".join(f"'{member.value}'" for member in values)  # type: ignore[attr-defined]
    return f"{column} IN ({members})"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def table_of(model: type[Base]) -> Table:
    """The Core table of a mapped class, for bulk ``insert()`` of plain dicts (no ORM objects,
    several times faster for thousands of rows). SQLAlchemy types ``__table__`` as any
    ``FromClause``; every model here is mapped to a ``Table``."""
    return cast(Table, model.__table__)


class UuidMixin:
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)


class WorkspaceMeta(Base):
    """Facts about the file itself: its own uuid, the app version that made it, review marks."""

    __tablename__ = "workspace_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class Setting(Base):
    """Analysis settings (DESIGN §6) as JSON values, so new settings need no migration."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Municipality(UuidMixin, Base):
    __tablename__ = "municipality"
    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="name_not_empty"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Optimistic concurrency (revision 0006): bumped on every ORM update; an UPDATE whose
    #: version no longer matches touches no row and is refused as a stale edit.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    __mapper_args__ = {"version_id_col": version}
    name: Mapped[str] = mapped_column(String(200), unique=True)


class Department(UuidMixin, Base):
    __tablename__ = "department"
    __table_args__ = (
        UniqueConstraint("municipality_id", "name", name="uq_department_municipality_name"),
        CheckConstraint("length(trim(name)) > 0", name="name_not_empty"),
        CheckConstraint(_in("service_type", ServiceType), name="service_type_valid"),
        CheckConstraint("residents >= 0", name="residents_not_negative"),
        CheckConstraint("beds IS NULL OR beds >= 0", name="beds_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Optimistic concurrency (revision 0006): bumped on every ORM update; an UPDATE whose
    #: version no longer matches touches no row and is refused as a stale edit.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    __mapper_args__ = {"version_id_col": version}
    municipality_id: Mapped[int] = mapped_column(
        ForeignKey("municipality.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    service_type: Mapped[str] = mapped_column(String(32), default=ServiceType.OTHER.value)
    residents: Mapped[int] = mapped_column(Integer, default=0)
    beds: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # revision 0003: the department's proposal settings (safety floor, unmapped presence, hiring
    # allowances …) as JSON; NULL = the defaults for its service type
    proposal_settings: Mapped[str | None] = mapped_column(Text, nullable=True)


class Competence(UuidMixin, Base):
    __tablename__ = "competence"
    __table_args__ = (
        CheckConstraint("length(trim(code)) > 0", name="code_not_empty"),
        CheckConstraint("length(trim(name)) > 0", name="name_not_empty"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Optimistic concurrency (revision 0006): bumped on every ORM update; an UPDATE whose
    #: version no longer matches touches no row and is refused as a stale edit.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    __mapper_args__ = {"version_id_col": version}
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")


class Role(UuidMixin, Base):
    __tablename__ = "role"
    __table_args__ = (
        CheckConstraint("length(trim(code)) > 0", name="code_not_empty"),
        CheckConstraint("length(trim(name)) > 0", name="name_not_empty"),
        CheckConstraint("leon_level >= 0 AND leon_level <= 9", name="leon_level_range"),
        CheckConstraint("hourly_cost >= 0", name="hourly_cost_not_negative"),
        CheckConstraint(
            "hours_per_fte IS NULL OR (hours_per_fte > 0 AND hours_per_fte <= 60)",
            name="hours_per_fte_range",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Optimistic concurrency (revision 0006): bumped on every ORM update; an UPDATE whose
    #: version no longer matches touches no row and is refused as a stale edit.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    __mapper_args__ = {"version_id_col": version}
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    leon_level: Mapped[int] = mapped_column(Integer, default=0)
    authorised: Mapped[bool] = mapped_column(Boolean, default=False)
    hourly_cost: Mapped[float] = mapped_column(Float, default=0.0)
    colour: Mapped[str] = mapped_column(String(16), default="#808080")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    # revision 0003: hours of one FTE per week for this role (35.5 rota, 37.5 day work, 33.6
    # three-shift); NULL = the workspace setting
    hours_per_fte: Mapped[float | None] = mapped_column(Float, nullable=True)


class RoleCompetence(Base):
    """A competence a role has by its education."""

    __tablename__ = "role_competence"

    role_id: Mapped[int] = mapped_column(
        ForeignKey("role.id", ondelete="CASCADE"), primary_key=True
    )
    competence_id: Mapped[int] = mapped_column(
        ForeignKey("competence.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Course(UuidMixin, Base):
    """A competence upgrade (kompetanseløft) that gives a competence to roles at ``min_level``+."""

    __tablename__ = "course"
    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name_not_empty"),
        CheckConstraint("min_level >= 0 AND min_level <= 9", name="min_level_range"),
        CheckConstraint("hours >= 0", name="hours_not_negative"),
        CheckConstraint("cost_per_participant >= 0", name="cost_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Optimistic concurrency (revision 0006): bumped on every ORM update; an UPDATE whose
    #: version no longer matches touches no row and is refused as a stale edit.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    __mapper_args__ = {"version_id_col": version}
    name: Mapped[str] = mapped_column(String(200), unique=True)
    competence_id: Mapped[int] = mapped_column(
        ForeignKey("competence.id", ondelete="CASCADE"), index=True
    )
    min_level: Mapped[int] = mapped_column(Integer, default=0)
    hours: Mapped[float] = mapped_column(Float, default=0.0)
    cost_per_participant: Mapped[float] = mapped_column(Float, default=0.0)


class Task(UuidMixin, Base):
    __tablename__ = "task"
    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name_not_empty"),
        CheckConstraint(_in("category", Category), name="category_valid"),
        CheckConstraint("frequency_count > 0", name="frequency_positive"),
        CheckConstraint(_in("frequency_unit", FrequencyUnit), name="frequency_unit_valid"),
        CheckConstraint("days >= 1 AND days <= 127", name="days_valid"),
        CheckConstraint("duration_minutes > 0 AND duration_minutes <= 1440", name="duration_range"),
        CheckConstraint("staff_count >= 1 AND staff_count <= 20", name="staff_range"),
        CheckConstraint(_in("restriction", Restriction), name="restriction_valid"),
        CheckConstraint(
            "restriction != 'min_level' OR restriction_min_level IS NOT NULL",
            name="min_level_given",
        ),
        CheckConstraint(_in("status", TaskStatus), name="status_valid"),
        CheckConstraint("work_flags >= 0 AND work_flags <= 31", name="work_flags_range"),
        CheckConstraint(_in("risk_level", RiskLevel), name="risk_level_valid"),
        CheckConstraint(_in("delegation_rule", DelegationRule), name="delegation_rule_valid"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Optimistic concurrency (revision 0006): bumped on every ORM update; an UPDATE whose
    #: version no longer matches touches no row and is refused as a stale edit.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    __mapper_args__ = {"version_id_col": version}
    department_id: Mapped[int] = mapped_column(
        ForeignKey("department.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[str] = mapped_column(String(32), default=Category.DIRECT.value)
    frequency_count: Mapped[float] = mapped_column(Float, default=1.0)
    frequency_unit: Mapped[str] = mapped_column(String(16), default=FrequencyUnit.DAY.value)
    days: Mapped[int] = mapped_column(Integer, default=127)
    duration_minutes: Mapped[float] = mapped_column(Float, default=15.0)
    staff_count: Mapped[int] = mapped_column(Integer, default=1)
    restriction: Mapped[str] = mapped_column(String(16), default=Restriction.NONE.value)
    restriction_min_level: Mapped[int | None] = mapped_column(Integer, nullable=True)
    status: Mapped[str] = mapped_column(String(16), default=TaskStatus.MAPPED.value)
    notes: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    # revision 0002: working-environment flags (bit mask of WorkFlag)
    work_flags: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # revision 0003: risk and delegation (Calderdale)
    risk_level: Mapped[str] = mapped_column(
        String(8), default=RiskLevel.LOW.value, server_default=RiskLevel.LOW.value
    )
    delegation_rule: Mapped[str] = mapped_column(
        String(16),
        default=DelegationRule.TRANSFER.value,
        server_default=DelegationRule.TRANSFER.value,
    )
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    modified_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now, onupdate=utc_now)


class TaskTimeWindow(Base):
    """When in the day a task occurs; several per task; ``end <= start`` crosses midnight."""

    __tablename__ = "task_time_window"
    __table_args__ = (
        CheckConstraint("start_minute >= 0 AND start_minute < 1440", name="start_range"),
        CheckConstraint("end_minute >= 0 AND end_minute <= 1440", name="end_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)
    start_minute: Mapped[int] = mapped_column(Integer)
    end_minute: Mapped[int] = mapped_column(Integer)


class TaskCompetence(Base):
    """A competence a task requires."""

    __tablename__ = "task_competence"

    task_id: Mapped[int] = mapped_column(
        ForeignKey("task.id", ondelete="CASCADE"), primary_key=True
    )
    competence_id: Mapped[int] = mapped_column(
        ForeignKey("competence.id", ondelete="RESTRICT"), primary_key=True, index=True
    )


class TaskAllowedRole(Base):
    """For ``restriction = 'roles'``: a role that may do the task."""

    __tablename__ = "task_allowed_role"

    task_id: Mapped[int] = mapped_column(
        ForeignKey("task.id", ondelete="CASCADE"), primary_key=True
    )
    role_id: Mapped[int] = mapped_column(
        ForeignKey("role.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Scenario(UuidMixin, Base):
    """ "I dag" (the baseline, one per department) or a proposal."""

    __tablename__ = "scenario"
    __table_args__ = (
        UniqueConstraint("department_id", "name", name="uq_scenario_department_name"),
        CheckConstraint("length(trim(name)) > 0", name="name_not_empty"),
        Index(
            "uq_scenario_one_baseline",
            "department_id",
            unique=True,
            sqlite_where=text("is_baseline = 1"),
            # postgresql_where: added by _postgresql_partial_index when PostgreSQL creates it
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Optimistic concurrency (revision 0006): bumped on every ORM update; an UPDATE whose
    #: version no longer matches touches no row and is refused as a stale edit.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    __mapper_args__ = {"version_id_col": version}
    department_id: Mapped[int] = mapped_column(
        ForeignKey("department.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    is_baseline: Mapped[bool] = mapped_column(Boolean, default=False)
    description: Mapped[str] = mapped_column(Text, default="")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    # revision 0003: the options that shaped a proposal (JSON; NULL for hand-made scenarios), so
    # every view prices it the same way; and the department's chosen scenario («valgt»)
    proposal_options: Mapped[str | None] = mapped_column(Text, nullable=True)
    is_chosen: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class Assignment(Base):
    """Who does a task in a scenario: a role and its share of the occurrences in percent."""

    __tablename__ = "assignment"
    __table_args__ = (
        UniqueConstraint(
            "scenario_id", "task_id", "role_id", name="uq_assignment_scenario_task_role"
        ),
        CheckConstraint("share > 0 AND share <= 100", name="share_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Optimistic concurrency (revision 0006): bumped on every ORM update; an UPDATE whose
    #: version no longer matches touches no row and is refused as a stale edit.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    __mapper_args__ = {"version_id_col": version}
    scenario_id: Mapped[int] = mapped_column(
        ForeignKey("scenario.id", ondelete="CASCADE"), index=True
    )
    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)
    role_id: Mapped[int] = mapped_column(ForeignKey("role.id", ondelete="RESTRICT"), index=True)
    share: Mapped[float] = mapped_column(Float)
    explanation: Mapped[str] = mapped_column(Text, default="")


class Position(UuidMixin, Base):
    """``count`` positions of ``size_percent`` % in a role, in a department."""

    __tablename__ = "position"
    __table_args__ = (
        UniqueConstraint("department_id", "role_id", "size_percent", name="uq_position_size"),
        CheckConstraint("count >= 0", name="count_not_negative"),
        CheckConstraint("size_percent > 0 AND size_percent <= 100", name="size_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Optimistic concurrency (revision 0006): bumped on every ORM update; an UPDATE whose
    #: version no longer matches touches no row and is refused as a stale edit.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    __mapper_args__ = {"version_id_col": version}
    department_id: Mapped[int] = mapped_column(
        ForeignKey("department.id", ondelete="CASCADE"), index=True
    )
    role_id: Mapped[int] = mapped_column(ForeignKey("role.id", ondelete="RESTRICT"), index=True)
    count: Mapped[int] = mapped_column(Integer, default=0)
    size_percent: Mapped[float] = mapped_column(Float, default=100.0)


class ShiftStaffing(UuidMixin, Base):
    """How many of a role work a shift, on weekdays or on weekends."""

    __tablename__ = "shift_staffing"
    __table_args__ = (
        UniqueConstraint(
            "department_id", "role_id", "shift", "day_type", name="uq_shift_staffing_cell"
        ),
        CheckConstraint("count >= 0", name="count_not_negative"),
        CheckConstraint(_in("shift", Shift), name="shift_valid"),
        CheckConstraint(_in("day_type", DayType), name="day_type_valid"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Optimistic concurrency (revision 0006): bumped on every ORM update; an UPDATE whose
    #: version no longer matches touches no row and is refused as a stale edit.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    __mapper_args__ = {"version_id_col": version}
    department_id: Mapped[int] = mapped_column(
        ForeignKey("department.id", ondelete="CASCADE"), index=True
    )
    role_id: Mapped[int] = mapped_column(ForeignKey("role.id", ondelete="RESTRICT"), index=True)
    shift: Mapped[str] = mapped_column(String(16))
    day_type: Mapped[str] = mapped_column(String(16))
    count: Mapped[int] = mapped_column(Integer, default=0)


# --- revision 0002: review comments -----------------------------------------------------------


class ReviewComment(UuidMixin, Base):
    """A comment from an HMS review. Tasks are referred to by uuid, not by foreign key, so a
    comment outlives the task it was made on (comments are never lost)."""

    __tablename__ = "review_comment"
    __table_args__ = (
        CheckConstraint(_in("verdict", Verdict), name="verdict_valid"),
        CheckConstraint(_in("reviewer_role", ReviewerRole), name="reviewer_role_valid"),
        CheckConstraint(_in("status", CommentStatus), name="status_valid"),
        CheckConstraint(
            "suggested_work_flags IS NULL OR "
            "(suggested_work_flags >= 0 AND suggested_work_flags <= 31)",
            name="suggested_flags_range",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    department_id: Mapped[int] = mapped_column(
        ForeignKey("department.id", ondelete="CASCADE"), index=True
    )
    task_uuid: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    task_name: Mapped[str] = mapped_column(String(300), default="")
    scenario_uuid: Mapped[str | None] = mapped_column(String(36), nullable=True)
    verdict: Mapped[str] = mapped_column(String(16), default=Verdict.COMMENT.value)
    reviewer_role: Mapped[str] = mapped_column(String(16), default=ReviewerRole.EMPLOYEE.value)
    text: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default=CommentStatus.OPEN.value)
    suggested_work_flags: Mapped[int | None] = mapped_column(Integer, nullable=True)
    source_copy_uuid: Mapped[str | None] = mapped_column(String(36), nullable=True, index=True)
    task_fingerprint: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


@event.listens_for(Scenario.__table__, "before_create")
def _postgresql_partial_index(target: Table, connection: Connection, **_kw: object) -> None:
    """The one-baseline index is partial on PostgreSQL too (``WHERE is_baseline``).

    Set here, when PostgreSQL creates the table, rather than as ``postgresql_where=`` in the
    model: naming a dialect's option makes SQLAlchemy import that dialect, and the PostgreSQL
    one cost every start of the app and every command ≈0.2 s (issue 18). The migrations keep
    the option (Alembic is imported only when they run)."""
    if connection.dialect.name != "postgresql":
        return
    for index in target.indexes:
        if index.name == "uq_scenario_one_baseline":
            index.dialect_kwargs["postgresql_where"] = text("is_baseline")


# --- revision 0004: hand edits of the bemanningsplan --------------------------------------------


class StaffingPlanEdit(Base):
    """A leader's hand edit of one cell of a scenario's bemanningsplan: ``people`` of a role on a
    shift of a day type, replacing the derived figure (:mod:`oppgave.analysis.staffing_plan`).
    Belongs to its scenario and role: deleting either deletes the edit."""

    __tablename__ = "staffing_plan_edit"
    __table_args__ = (
        UniqueConstraint(
            "scenario_id", "role_id", "shift", "day_type", name="uq_staffing_plan_edit_cell"
        ),
        CheckConstraint("people >= 0 AND people <= 500", name="people_range"),
        CheckConstraint(_in("shift", Shift), name="shift_valid"),
        CheckConstraint(_in("day_type", DayType), name="day_type_valid"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    scenario_id: Mapped[int] = mapped_column(
        ForeignKey("scenario.id", ondelete="CASCADE"), index=True
    )
    role_id: Mapped[int] = mapped_column(ForeignKey("role.id", ondelete="CASCADE"), index=True)
    shift: Mapped[str] = mapped_column(String(16))
    day_type: Mapped[str] = mapped_column(String(16))
    people: Mapped[int] = mapped_column(Integer)


# --- revision 0005: saved rotas ---------------------------------------------------------------


class SavedRota(Base):
    """The current rota of a scenario (one per scenario), made by the generator and perhaps
    edited by hand. ``content`` is JSON (format ``version`` 1, see
    :mod:`oppgave.services.saved_rotas`): the positions, shift types, demand, rules and the
    grid of shift codes, so the rota is shown and re-checked as it was saved, without solving
    again. ``weeks`` and ``start_date`` are kept as columns to list rotas without parsing."""

    __tablename__ = "saved_rota"
    __table_args__ = (
        UniqueConstraint("scenario_id", name="uq_saved_rota_scenario"),
        CheckConstraint("weeks >= 1 AND weeks <= 52", name="weeks_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    scenario_id: Mapped[int] = mapped_column(
        ForeignKey("scenario.id", ondelete="CASCADE"), index=True
    )
    weeks: Mapped[int] = mapped_column(Integer)
    start_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    content: Mapped[str] = mapped_column(Text)
    edited: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utc_now)
