"""Positions per role and staffing per shift of a department (Bemanning)."""

from __future__ import annotations

from sqlalchemy import func, select

from oppgave.analysis.capacity import positions_fte
from oppgave.db import models as m
from oppgave.db.models import new_uuid
from oppgave.db.workspace import Workspace
from oppgave.domain import records as r
from oppgave.domain.enums import DayType, Shift
from oppgave.services import record_loading, validation
from oppgave.services.lookup import delete_row, delete_where, get_or_raise, upsert_value

MAX_POSITIONS = 10_000
MAX_ON_SHIFT = 1_000


def list_positions(workspace: Workspace, department_id: int) -> list[r.Position]:
    with workspace.reading() as session:
        return record_loading.positions(session, [department_id])


def positions_fte_by_role(workspace: Workspace, department_id: int) -> dict[int, float]:
    """FTE in today's positions per role id (roles without positions are left out): what the
    proposal options show beside each role's cap."""
    positions = list_positions(workspace, department_id)
    role_ids = {position.role_id for position in positions}
    return {role_id: positions_fte(positions, role_id) for role_id in role_ids}


def list_staffing(workspace: Workspace, department_id: int) -> list[r.ShiftStaffing]:
    with workspace.reading() as session:
        return record_loading.staffing(session, [department_id])


def set_positions(
    workspace: Workspace, department_id: int, role_id: int, size_percent: float, count: int
) -> int:
    """Set how many positions of ``size_percent`` % a role has (0 removes the row).

    Returns the previous count (0 if there was none), for undo.
    """
    size = validation.number(
        size_percent, "size_percent", minimum=0, maximum=100, exclusive_minimum=True
    )
    count = validation.integer(count, "count", minimum=0, maximum=MAX_POSITIONS)
    with workspace.transaction() as session:
        get_or_raise(session, m.Department, department_id)
        get_or_raise(session, m.Role, role_id)
        row = session.scalar(
            select(m.Position).where(
                m.Position.department_id == department_id,
                m.Position.role_id == role_id,
                m.Position.size_percent == size,
            )
        )
        previous = row.count if row is not None else 0
        if count == 0:
            if row is not None:
                delete_row(session, row)
        elif row is None:
            session.add(
                m.Position(
                    department_id=department_id, role_id=role_id, size_percent=size, count=count
                )
            )
        else:
            row.count = count
        return previous


def set_shift_staffing(
    workspace: Workspace,
    department_id: int,
    role_id: int,
    shift: Shift | str,
    day_type: DayType | str,
    count: int,
) -> int:
    """Set how many of a role work a shift on weekdays or weekends; returns the previous count."""
    shift_value = validation.enum_value(Shift, shift, "shift")
    day_value = validation.enum_value(DayType, day_type, "day_type")
    count = validation.integer(count, "count", minimum=0, maximum=MAX_ON_SHIFT)
    with workspace.transaction() as session:
        get_or_raise(session, m.Department, department_id)
        get_or_raise(session, m.Role, role_id)
        key = {
            "department_id": department_id,
            "role_id": role_id,
            "shift": shift_value.value,
            "day_type": day_value.value,
        }
        # no row is a count of 0
        previous = upsert_value(session, m.ShiftStaffing, key, "count", count or None)
        return int(previous or 0)


def replace_department_staffing(
    workspace: Workspace,
    department_id: int,
    positions: list[tuple[int, float, int]],
    shifts: list[tuple[int, Shift | str, DayType | str, int]],
) -> None:
    """Replace all positions (role id, size %, count) and shift staffing (role id, shift,
    day type, count) of a department in one transaction (demo generation, import)."""
    clean_positions = [
        (
            role_id,
            validation.number(size, "size_percent", minimum=0, maximum=100, exclusive_minimum=True),
            validation.integer(count, "count", minimum=0, maximum=MAX_POSITIONS),
        )
        for role_id, size, count in positions
    ]
    clean_shifts = [
        (
            role_id,
            validation.enum_value(Shift, shift, "shift").value,
            validation.enum_value(DayType, day_type, "day_type").value,
            validation.integer(count, "count", minimum=0, maximum=MAX_ON_SHIFT),
        )
        for role_id, shift, day_type, count in shifts
    ]
    with workspace.transaction() as session:
        get_or_raise(session, m.Department, department_id)
        for model in (m.Position, m.ShiftStaffing):
            on_department = model.department_id == department_id
            delete_where(
                session,
                model,
                on_department,
                expected=session.scalar(
                    select(func.count()).select_from(model).where(on_department)
                )
                or 0,
            )
        merged_positions: dict[tuple[int, float], int] = {}
        for role_id, size, count in clean_positions:
            merged_positions[(role_id, size)] = merged_positions.get((role_id, size), 0) + count
        position_rows = [
            {
                "uuid": new_uuid(),
                "department_id": department_id,
                "role_id": role_id,
                "size_percent": size,
                "count": count,
            }
            for (role_id, size), count in merged_positions.items()
            if count > 0
        ]
        shift_rows = [
            {
                "uuid": new_uuid(),
                "department_id": department_id,
                "role_id": role_id,
                "shift": shift,
                "day_type": day_type,
                "count": count,
            }
            for role_id, shift, day_type, count in clean_shifts
            if count > 0
        ]
        if position_rows:
            session.execute(m.table_of(m.Position).insert(), position_rows)
        if shift_rows:
            session.execute(m.table_of(m.ShiftStaffing).insert(), shift_rows)
