"""The database itself refuses what the app would refuse (integrity not only in the UI)."""

from __future__ import annotations

import pytest
from sqlalchemy import insert, update
from sqlalchemy.exc import IntegrityError

from oppgave.db import models as m
from oppgave.db.workspace import Workspace
from oppgave.errors import ValidationError
from oppgave.services import catalogue, organisation, tasks


@pytest.fixture
def ids(workspace: Workspace) -> dict[str, int]:
    municipality = organisation.create_municipality(workspace, "Skaun")
    department = organisation.create_department(workspace, municipality.id, "Korttid", "short_term")
    task = tasks.create_task(workspace, department.id, "Morgenstell")
    role = catalogue.resolve_role(workspace, "HFA")
    with workspace.reading() as session:
        scenario_id = session.query(m.Scenario.id).filter_by(department_id=department.id).scalar()
    return {"department": department.id, "task": task.id, "role": role.id, "scenario": scenario_id}


def _raw_insert(workspace: Workspace, model: type[m.Base], **values: object) -> None:
    with workspace.transaction() as session:
        session.execute(insert(model), [values])


@pytest.mark.parametrize("share", [0, -5, 100.5])
def test_share_out_of_range_is_refused(
    workspace: Workspace, ids: dict[str, int], share: float
) -> None:
    with pytest.raises(ValidationError):
        _raw_insert(
            workspace,
            m.Assignment,
            scenario_id=ids["scenario"],
            task_id=ids["task"],
            role_id=ids["role"],
            share=share,
            explanation="",
        )


def test_share_at_bounds_is_accepted(workspace: Workspace, ids: dict[str, int]) -> None:
    _raw_insert(
        workspace,
        m.Assignment,
        scenario_id=ids["scenario"],
        task_id=ids["task"],
        role_id=ids["role"],
        share=100,
        explanation="",
    )


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("duration_minutes", 0),
        ("duration_minutes", -1),
        ("duration_minutes", 2000),
        ("staff_count", 0),
        ("frequency_count", 0),
        ("days", 0),
        ("days", 128),
        ("category", "coffee"),
        ("frequency_unit", "fortnight"),
        ("status", "done"),
        ("restriction", "min_level"),  # without restriction_min_level
        ("work_flags", 64),
        ("name", "   "),
    ],
)
def test_task_check_constraints(
    workspace: Workspace, ids: dict[str, int], column: str, value: object
) -> None:
    with pytest.raises(ValidationError), workspace.transaction() as session:
        session.execute(update(m.Task).where(m.Task.id == ids["task"]).values({column: value}))


def test_foreign_keys_are_enforced(workspace: Workspace, ids: dict[str, int]) -> None:
    with pytest.raises(ValidationError):
        _raw_insert(
            workspace,
            m.Assignment,
            scenario_id=ids["scenario"],
            task_id=99999,
            role_id=ids["role"],
            share=50,
            explanation="",
        )


def test_role_in_use_cannot_be_deleted_by_sql(workspace: Workspace, ids: dict[str, int]) -> None:
    _raw_insert(
        workspace,
        m.Assignment,
        scenario_id=ids["scenario"],
        task_id=ids["task"],
        role_id=ids["role"],
        share=100,
        explanation="",
    )
    with pytest.raises(ValidationError), workspace.transaction() as session:
        session.execute(m.Role.__table__.delete().where(m.Role.id == ids["role"]))


def test_only_one_baseline_per_department(workspace: Workspace, ids: dict[str, int]) -> None:
    with pytest.raises(ValidationError):
        _raw_insert(
            workspace,
            m.Scenario,
            department_id=ids["department"],
            name="Andre I dag",
            is_baseline=True,
            description="",
            sort_order=0,
            uuid="x-1",
        )


@pytest.mark.parametrize("size", [0, 101, -10])
def test_position_size_range(workspace: Workspace, ids: dict[str, int], size: float) -> None:
    with pytest.raises(ValidationError):
        _raw_insert(
            workspace,
            m.Position,
            department_id=ids["department"],
            role_id=ids["role"],
            count=1,
            size_percent=size,
            uuid="p-1",
        )


def test_shift_values_are_checked(workspace: Workspace, ids: dict[str, int]) -> None:
    with pytest.raises(ValidationError):
        _raw_insert(
            workspace,
            m.ShiftStaffing,
            department_id=ids["department"],
            role_id=ids["role"],
            shift="lunch",
            day_type="weekday",
            count=1,
            uuid="s-1",
        )


def test_deleting_a_task_cascades_to_its_rows(workspace: Workspace, ids: dict[str, int]) -> None:
    _raw_insert(
        workspace,
        m.Assignment,
        scenario_id=ids["scenario"],
        task_id=ids["task"],
        role_id=ids["role"],
        share=100,
        explanation="",
    )
    _raw_insert(workspace, m.TaskTimeWindow, task_id=ids["task"], start_minute=420, end_minute=600)
    with workspace.transaction() as session:
        session.execute(m.Task.__table__.delete().where(m.Task.id == ids["task"]))
    with workspace.reading() as session:
        assert session.query(m.Assignment).count() == 0
        assert session.query(m.TaskTimeWindow).count() == 0


def test_integrity_error_is_not_swallowed_as_generic(
    workspace: Workspace, ids: dict[str, int]
) -> None:
    """The message names the broken rule, so a user (or developer) can act on it."""
    with pytest.raises(ValidationError) as caught, workspace.transaction() as session:
        session.execute(update(m.Task).where(m.Task.id == ids["task"]).values(staff_count=0))
    assert "staff_range" in caught.value.message
    assert isinstance(caught.value.__cause__, IntegrityError)
