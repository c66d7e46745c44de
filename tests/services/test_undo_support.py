"""Service functions the UI needs for undo and for refreshing a few rows."""

from __future__ import annotations

import pytest

from oppgave.db.workspace import Workspace
from oppgave.domain.enums import ServiceType
from oppgave.errors import ConflictError
from oppgave.services import catalogue, organisation, scenarios, tasks


@pytest.fixture
def workspace(any_workspace: Workspace) -> Workspace:
    """These services must behave the same on a file and on a server (PostgreSQL)."""
    return any_workspace


@pytest.fixture
def department(workspace: Workspace) -> int:
    municipality = organisation.create_municipality(workspace, "Melhus")
    return organisation.create_department(
        workspace, municipality.id, "Avd A", ServiceType.LONG_TERM
    ).id


def test_get_tasks_and_assignments_for_some_tasks(workspace: Workspace, department: int) -> None:
    hfa = catalogue.resolve_role(workspace, "HFA")
    spl = catalogue.resolve_role(workspace, "SPL")
    a = tasks.create_task(workspace, department, "Stell", assignment={hfa.id: 100.0})
    b = tasks.create_task(workspace, department, "Medisin", assignment={spl.id: 100.0})
    assert [t.name for t in tasks.get_tasks(workspace, [b.id])] == ["Medisin"]
    assert tasks.get_tasks(workspace, []) == []
    base = scenarios.baseline(workspace, department)
    assert scenarios.get_assignments(workspace, base.id, [a.id]) == {a.id: {hfa.id: 100.0}}
    assert set(scenarios.get_assignments(workspace, base.id)) == {a.id, b.id}


def test_role_delete_and_restore_keeps_identity(workspace: Workspace, department: int) -> None:
    role = catalogue.create_role(workspace, "TST", "Testrolle", leon_level=1, competence_ids=[1, 2])
    task = tasks.create_task(
        workspace, department, "Begrenset", restriction="roles", allowed_role_ids={role.id}
    )
    snapshot = catalogue.delete_role(workspace, role.id)
    assert all(r.id != role.id for r in catalogue.list_roles(workspace))
    assert tasks.get_task(workspace, task.id).allowed_role_ids == frozenset()
    restored = catalogue.restore_role(workspace, snapshot)
    assert restored == role
    assert tasks.get_task(workspace, task.id).allowed_role_ids == {role.id}


def test_competence_delete_and_restore_brings_back_roles_and_courses(
    workspace: Workspace,
) -> None:
    competence = catalogue.create_competence(workspace, "NY", "Ny kompetanse")
    hfa = catalogue.resolve_role(workspace, "HFA")
    catalogue.set_role_has_competence(workspace, hfa.id, competence.id, True)
    course = catalogue.create_course(workspace, "Nytt kurs", competence.id, 1, 5, 500)
    snapshot = catalogue.delete_competence(workspace, competence.id)
    assert course.id not in {c.id for c in catalogue.list_courses(workspace)}
    assert catalogue.restore_competence(workspace, snapshot) == competence
    assert course in catalogue.list_courses(workspace)
    assert competence.id in catalogue.resolve_role(workspace, "HFA").competence_ids


def test_course_delete_and_restore(workspace: Workspace) -> None:
    course = catalogue.list_courses(workspace)[0]
    assert catalogue.delete_course(workspace, course.id) == course
    assert catalogue.restore_course(workspace, course) == course
    with pytest.raises(Exception):  # noqa: B017 - same name twice is refused
        catalogue.restore_course(workspace, course)


def test_department_and_municipality_restore(workspace: Workspace) -> None:
    municipality = organisation.create_municipality(workspace, "Skaun")
    department = organisation.create_department(workspace, municipality.id, "Avd B")
    base = scenarios.baseline(workspace, department.id)
    organisation.delete_department(workspace, department.id)
    assert organisation.restore_department(workspace, department, base) == department
    assert scenarios.baseline(workspace, department.id) == base
    with pytest.raises(ConflictError):
        organisation.restore_department(workspace, department, base)
    organisation.delete_municipality(workspace, municipality.id)
    assert organisation.restore_municipality(workspace, municipality) == municipality
