"""Services the Excel import needs: bulk updates, finding tasks by uuid and by name, and
creating records with the identity (uuid) they had in another file."""

from __future__ import annotations

import uuid

import pytest

from oppgave.db.workspace import Workspace
from oppgave.domain.enums import FrequencyUnit, Restriction
from oppgave.domain.records import Department, Frequency, TimeWindow
from oppgave.errors import NotFoundError, ValidationError
from oppgave.services import catalogue, organisation, scenarios, tasks


@pytest.fixture
def workspace(any_workspace: Workspace) -> Workspace:
    """These services must behave the same on a file and on a server (PostgreSQL)."""
    return any_workspace


@pytest.fixture
def department(workspace: Workspace) -> Department:
    municipality = organisation.create_municipality(workspace, "Skaun")
    return organisation.create_department(workspace, municipality.id, "Buvik sykehjem")


def test_update_tasks_changes_many_tasks_at_once(
    workspace: Workspace, department: Department
) -> None:
    competences = {c.code: c.id for c in catalogue.list_competences(workspace)}
    created = tasks.create_tasks(
        workspace,
        department.id,
        [tasks.TaskDraft(name=f"Oppgave {n}") for n in range(50)],
    )
    changes = {
        task.id: {
            "duration_minutes": 20.0 + n,
            "windows": (TimeWindow(420, 480),) if n % 2 else (),
            "competence_ids": {competences["OBS"]},
        }
        for n, task in enumerate(created)
    }
    changes[created[0].id] = {"name": "Morgenstell", "frequency": Frequency(2, FrequencyUnit.WEEK)}
    updated = tasks.update_tasks(workspace, changes)
    assert [t.id for t in updated] == list(changes)
    loaded = {t.id: t for t in tasks.list_tasks(workspace, department.id)}
    assert loaded[created[0].id].name == "Morgenstell"
    assert loaded[created[0].id].frequency == Frequency(2, FrequencyUnit.WEEK)
    assert loaded[created[0].id].duration_minutes == 15.0, "fields not given are kept"
    assert loaded[created[1].id].windows == (TimeWindow(420, 480),)
    assert loaded[created[2].id].windows == ()
    assert loaded[created[3].id].competence_ids == {competences["OBS"]}
    assert loaded[created[3].id].duration_minutes == 23.0


def test_update_tasks_is_all_or_nothing(workspace: Workspace, department: Department) -> None:
    a, b = tasks.create_tasks(
        workspace, department.id, [tasks.TaskDraft(name="A"), tasks.TaskDraft(name="B")]
    )
    with pytest.raises(ValidationError, match="id"):
        tasks.update_tasks(workspace, {a.id: {"notes": "ok"}, b.id: {"duration_minutes": -1}})
    with pytest.raises(ValidationError, match="kompetanse"):
        tasks.update_tasks(workspace, {a.id: {"notes": "ok"}, b.id: {"competence_ids": {9999}}})
    with pytest.raises(ValidationError, match="LEON"):
        tasks.update_tasks(workspace, {a.id: {"restriction": Restriction.MIN_LEVEL}})
    with pytest.raises(NotFoundError):
        tasks.update_tasks(workspace, {a.id: {"notes": "ok"}, 9999: {"notes": "x"}})
    assert tasks.get_task(workspace, a.id).notes == ""
    assert tasks.update_tasks(workspace, {}) == []


def test_tasks_by_uuid_and_by_name(workspace: Workspace, department: Department) -> None:
    created = tasks.create_tasks(
        workspace,
        department.id,
        [tasks.TaskDraft(name="Morgenstell"), tasks.TaskDraft(name="Tilsyn natt")],
    )
    found = tasks.tasks_by_uuid(workspace, [created[1].uuid, str(uuid.uuid4())])
    assert found == {created[1].uuid: created[1]}
    assert tasks.tasks_by_uuid(workspace, []) == {}
    by_name = tasks.tasks_by_name(workspace, department.id)
    assert by_name["morgenstell"] == [created[0]]
    assert by_name["tilsyn natt"] == [created[1]]


def test_records_keep_an_imported_uuid(workspace: Workspace) -> None:
    ids = [str(uuid.uuid4()) for _ in range(7)]
    municipality = organisation.create_municipality(workspace, "Melhus", uuid=ids[0])
    department = organisation.create_department(
        workspace, municipality.id, "Lundamo", uuid=ids[1], baseline_uuid=ids[2].upper()
    )
    proposal = scenarios.create_scenario(workspace, department.id, "Forslag A", uuid=ids[3])
    competence = catalogue.create_competence(workspace, "TEGN", "Tegnspråk", uuid=ids[4])
    role = catalogue.create_role(
        workspace, "LEG", "Lege", leon_level=4, authorised=True, hourly_cost=900, uuid=ids[5]
    )
    course = catalogue.create_course(workspace, "Tegnspråkkurs", competence.id, uuid=ids[6])
    assert (municipality.uuid, department.uuid) == (ids[0], ids[1])
    assert scenarios.baseline(workspace, department.id).uuid == ids[2], "stored in lower case"
    assert (proposal.uuid, competence.uuid, role.uuid, course.uuid) == (
        ids[3],
        ids[4],
        ids[5],
        ids[6],
    )


def test_an_invalid_or_taken_uuid_is_refused(workspace: Workspace) -> None:
    with pytest.raises(ValidationError, match="uuid"):
        organisation.create_municipality(workspace, "Melhus", uuid="not-a-uuid")
    taken = organisation.create_municipality(workspace, "Melhus").uuid
    with pytest.raises(ValidationError):
        organisation.create_municipality(workspace, "Skaun", uuid=taken)
