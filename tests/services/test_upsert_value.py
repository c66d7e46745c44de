"""The one upsert of the services (a shift's staffing, a hand edit of the bemanningsplan): a cell
set again keeps its row, a cell emptied loses it — on a file and on a server alike."""

from __future__ import annotations

import sqlalchemy as sa

from oppgave.db import models as m
from oppgave.db.workspace import Workspace
from oppgave.domain.enums import DayType, Shift
from oppgave.services import catalogue, organisation, staffing
from oppgave.services.lookup import upsert_value


def _rows(workspace: Workspace) -> list[tuple[int, str, int]]:
    with workspace.reading() as session:
        query = sa.select(m.ShiftStaffing.id, m.ShiftStaffing.uuid, m.ShiftStaffing.count)
        return [tuple(row) for row in session.execute(query)]  # type: ignore[misc]


def test_a_cell_is_inserted_updated_in_place_and_deleted(any_workspace: Workspace) -> None:
    workspace = any_workspace
    municipality = organisation.create_municipality(workspace, "Melhus")
    department = organisation.create_department(workspace, municipality.id, "Langtid")
    hfa = catalogue.resolve_role(workspace, "HFA")
    key = {
        "department_id": department.id,
        "role_id": hfa.id,
        "shift": Shift.NIGHT.value,
        "day_type": DayType.WEEKEND.value,
    }
    with workspace.transaction() as session:
        assert upsert_value(session, m.ShiftStaffing, key, "count", 2) is None
    ((row_id, uuid, count),) = _rows(workspace)
    assert count == 2
    with workspace.transaction() as session:
        assert upsert_value(session, m.ShiftStaffing, key, "count", 3) == 2
    assert _rows(workspace) == [(row_id, uuid, 3)]  # the same row, not a replacement
    with workspace.transaction() as session:
        assert upsert_value(session, m.ShiftStaffing, key, "count", None) == 3
        assert upsert_value(session, m.ShiftStaffing, key, "count", None) is None
    assert _rows(workspace) == []
    # through the service: no row reads as 0, and 0 empties the cell
    assert staffing.set_shift_staffing(workspace, department.id, hfa.id, "night", "weekend", 4) == 0
    assert staffing.set_shift_staffing(workspace, department.id, hfa.id, "night", "weekend", 0) == 4
    assert _rows(workspace) == []
