"""Service-layer round trips: what goes in comes out, and bad input is refused with a reason."""

from __future__ import annotations

import pytest

from oppgave.db.workspace import Workspace
from oppgave.domain.enums import (
    WEEKDAYS,
    Category,
    FrequencyUnit,
    Restriction,
    TaskStatus,
)
from oppgave.domain.records import Department, Frequency, Role, TimeWindow
from oppgave.errors import ConflictError, NotFoundError, ValidationError
from oppgave.services import catalogue, organisation, scenarios, settings, tasks


@pytest.fixture
def workspace(any_workspace: Workspace) -> Workspace:
    """These services must behave the same on a file and on a server (PostgreSQL)."""
    return any_workspace


@pytest.fixture
def department(workspace: Workspace) -> Department:
    municipality = organisation.create_municipality(workspace, "Midtre Gauldal")
    return organisation.create_department(
        workspace, municipality.id, "Skjermet enhet", "dementia", residents=12
    )


@pytest.fixture
def roles(workspace: Workspace) -> dict[str, Role]:
    return {role.code: role for role in catalogue.list_roles(workspace)}


def test_task_round_trip_keeps_every_field(
    workspace: Workspace, department: Department, roles: dict[str, Role]
) -> None:
    competences = {c.code: c.id for c in catalogue.list_competences(workspace)}
    created = tasks.create_task(
        workspace,
        department.id,
        "  Insulin   og blodsukker ",
        assignment={roles["SPL"].id: 60, roles["HFA"].id: 40},
        description="Måling og injeksjon",
        category=Category.DIRECT,
        frequency=Frequency(2, FrequencyUnit.DAY, WEEKDAYS),
        windows=(TimeWindow(15 * 60, 16 * 60), TimeWindow(7 * 60, 8 * 60)),
        duration_minutes=12.5,
        staff_count=1,
        competence_ids={competences["LM-INSULIN"], competences["LM-INJ"]},
        restriction=Restriction.AUTHORISED,
        status=TaskStatus.DISCUSSED,
        notes="Gjelder 3 beboere",
        work_flags=2,
    )
    loaded = tasks.get_task(workspace, created.id)
    assert loaded == created
    assert loaded.name == "Insulin og blodsukker", "whitespace is normalised"
    assert loaded.windows == (TimeWindow(420, 480), TimeWindow(900, 960)), "sorted windows"
    assert loaded.hours_per_week == pytest.approx(2 * 5 * 12.5 / 60)
    baseline = scenarios.baseline(workspace, department.id)
    assert scenarios.get_assignments(workspace, baseline.id) == {
        created.id: {roles["SPL"].id: 60.0, roles["HFA"].id: 40.0}
    }


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("duration_minutes", 0),
        ("duration_minutes", -5),
        ("duration_minutes", "ti"),
        ("duration_minutes", 1441),
        ("staff_count", 0),
        ("staff_count", 2.5),
        ("category", "kaffe"),
        ("status", "ferdig"),
        ("frequency", Frequency(0, FrequencyUnit.DAY, 127)),
        ("frequency", Frequency(1, FrequencyUnit.DAY, 0)),
        ("windows", (TimeWindow(-1, 60),)),
        ("work_flags", 99),
        ("name", "   "),
        ("competence_ids", {99999}),
    ],
)
def test_invalid_task_fields_are_refused_not_clamped(
    workspace: Workspace, department: Department, field: str, value: object
) -> None:
    task = tasks.create_task(workspace, department.id, "Tilsyn natt", duration_minutes=10)
    with pytest.raises(ValidationError) as caught:
        tasks.update_task(workspace, task.id, **{field: value})
    assert caught.value.field == field
    assert caught.value.message
    assert tasks.get_task(workspace, task.id) == task, "nothing changed"


def test_restriction_needs_its_details(workspace: Workspace, department: Department) -> None:
    task = tasks.create_task(workspace, department.id, "Opioider")
    with pytest.raises(ValidationError):
        tasks.update_task(workspace, task.id, restriction=Restriction.MIN_LEVEL)
    with pytest.raises(ValidationError):
        tasks.update_task(workspace, task.id, restriction=Restriction.ROLES)
    updated = tasks.update_task(
        workspace, task.id, restriction=Restriction.MIN_LEVEL, restriction_min_level=2
    )
    assert updated.restriction is Restriction.MIN_LEVEL and updated.restriction_min_level == 2


def test_shares_must_sum_to_100(
    workspace: Workspace, department: Department, roles: dict[str, Role]
) -> None:
    task = tasks.create_task(workspace, department.id, "Morgenstell")
    baseline = scenarios.baseline(workspace, department.id)
    with pytest.raises(ValidationError, match="100"):
        scenarios.set_assignment(
            workspace, baseline.id, task.id, {roles["HFA"].id: 70, roles["SPL"].id: 20}
        )
    previous = scenarios.set_assignment(
        workspace, baseline.id, task.id, {roles["HFA"].id: 70, roles["SPL"].id: 30}
    )
    assert previous == {}
    previous = scenarios.set_assignment(workspace, baseline.id, task.id, {roles["ASS"].id: 100})
    assert previous == {roles["HFA"].id: 70.0, roles["SPL"].id: 30.0}


def test_copied_scenario_is_independent_of_its_source(
    workspace: Workspace, department: Department, roles: dict[str, Role]
) -> None:
    task = tasks.create_task(
        workspace, department.id, "Medisinutdeling", assignment={roles["SPL"].id: 100}
    )
    baseline = scenarios.baseline(workspace, department.id)
    proposal = scenarios.create_scenario(workspace, department.id, "Forslag A")
    copy = scenarios.create_scenario(workspace, department.id, "Forslag B", copy_from=proposal.id)
    scenarios.move_share(workspace, proposal.id, task.id, roles["SPL"].id, roles["HFA"].id, 40)
    assert scenarios.get_assignments(workspace, proposal.id)[task.id] == {
        roles["SPL"].id: 60.0,
        roles["HFA"].id: 40.0,
    }
    assert scenarios.get_assignments(workspace, copy.id)[task.id] == {roles["SPL"].id: 100.0}
    assert scenarios.get_assignments(workspace, baseline.id)[task.id] == {roles["SPL"].id: 100.0}


def test_proposal_refuses_a_restricted_role_but_baseline_records_reality(
    workspace: Workspace, department: Department, roles: dict[str, Role]
) -> None:
    task = tasks.create_task(
        workspace,
        department.id,
        "Opioider",
        restriction=Restriction.AUTHORISED,
        assignment={roles["SPL"].id: 100},
    )
    proposal = scenarios.create_scenario(workspace, department.id, "Forslag A")
    with pytest.raises(ValidationError, match="autorisert"):
        scenarios.move_share(workspace, proposal.id, task.id, roles["SPL"].id, roles["ASS"].id)
    baseline = scenarios.baseline(workspace, department.id)
    scenarios.set_assignment(workspace, baseline.id, task.id, {roles["ASS"].id: 100})
    assert scenarios.get_assignments(workspace, baseline.id)[task.id] == {roles["ASS"].id: 100.0}


SUPPORT_RULE = (
    "Renholder / kjøkken / service kan ikke gjøre «Hjelp til å spise»: støttefunksjoner får "
    "bare praktiske og administrative oppgaver."
)


def test_proposal_refuses_care_work_for_a_support_role_but_baseline_records_reality(
    workspace: Workspace, department: Department, roles: dict[str, Role]
) -> None:
    srv, ass = roles["SRV"].id, roles["ASS"].id
    feeding = tasks.create_task(
        workspace, department.id, "Hjelp til å spise", assignment={ass: 100}
    )
    dishes = tasks.create_task(
        workspace, department.id, "Oppvask", category=Category.PRACTICAL, assignment={ass: 100}
    )
    proposal = scenarios.create_scenario(workspace, department.id, "Forslag A")
    # the board: dragging the card to the support role is refused, with the analysis' words
    with pytest.raises(ValidationError) as caught:
        scenarios.move_share(workspace, proposal.id, feeding.id, ass, srv)
    assert caught.value.message == SUPPORT_RULE
    assert caught.value.field == "assignments"
    # editing the shares: also a part of it is refused, and nothing is written
    with pytest.raises(ValidationError, match="støttefunksjoner"):
        scenarios.set_assignments(
            workspace, proposal.id, {dishes.id: {srv: 100}, feeding.id: {ass: 50, srv: 50}}
        )
    assert scenarios.get_assignments(workspace, proposal.id) == {
        feeding.id: {ass: 100.0},
        dishes.id: {ass: 100.0},
    }
    # practical and administrative work is fine
    scenarios.move_share(workspace, proposal.id, dishes.id, ass, srv)
    assert scenarios.get_assignments(workspace, proposal.id)[dishes.id] == {srv: 100.0}
    # a proposal saved in one go (the optimiser's path) is refused the same way
    with pytest.raises(ValidationError, match="støttefunksjoner"):
        scenarios.create_scenario_with_assignments(
            workspace, department.id, "Forslag B", {feeding.id: {srv: 100}, dishes.id: {srv: 100}}
        )
    assert [s.name for s in scenarios.list_scenarios(workspace, department.id)] == [
        "I dag",
        "Forslag A",
    ]
    # a new task whose assignment holds in every scenario: refused for the proposals
    with pytest.raises(ValidationError, match="støttefunksjoner"):
        tasks.create_task(workspace, department.id, "Måltidshjelp", assignment={srv: 100})
    # «I dag» records reality: today the service worker helps with feeding
    baseline = scenarios.baseline(workspace, department.id)
    scenarios.move_share(workspace, baseline.id, feeding.id, ass, srv)
    assert scenarios.get_assignments(workspace, baseline.id)[feeding.id] == {srv: 100.0}


def test_support_roles_follow_the_workspace_settings(
    workspace: Workspace, department: Department, roles: dict[str, Role]
) -> None:
    srv, ass, mrk = roles["SRV"].id, roles["ASS"].id, roles["MRK"].id
    feeding = tasks.create_task(
        workspace, department.id, "Hjelp til å spise", assignment={ass: 100}
    )
    proposal = scenarios.create_scenario(workspace, department.id, "Forslag A")
    settings.update(workspace, support_role_codes=["MRK"])
    scenarios.move_share(workspace, proposal.id, feeding.id, ass, srv)  # SRV is ordinary now
    with pytest.raises(ValidationError, match="Merkantil / administrativ kan ikke gjøre"):
        scenarios.move_share(workspace, proposal.id, feeding.id, srv, mrk)


def test_delete_and_restore_task_brings_back_everything(
    workspace: Workspace, department: Department, roles: dict[str, Role]
) -> None:
    task = tasks.create_task(
        workspace,
        department.id,
        "Sårstell",
        assignment={roles["SPL"].id: 100},
        windows=(TimeWindow(600, 660),),
    )
    proposal = scenarios.create_scenario(workspace, department.id, "Forslag A")
    scenarios.set_assignment(workspace, proposal.id, task.id, {roles["HFA"].id: 100}, "kurs")
    snapshot = tasks.delete_task(workspace, task.id)
    assert tasks.list_tasks(workspace, department.id) == []
    (restored,) = tasks.restore_tasks(workspace, [snapshot])
    assert restored == task
    assert scenarios.get_assignments(workspace, proposal.id)[task.id] == {roles["HFA"].id: 100.0}
    assert scenarios.get_explanations(workspace, proposal.id) == {task.id: "kurs"}


def test_delete_and_restore_scenario(
    workspace: Workspace, department: Department, roles: dict[str, Role]
) -> None:
    task = tasks.create_task(workspace, department.id, "Vask", assignment={roles["SRV"].id: 100})
    proposal = scenarios.create_scenario(workspace, department.id, "Forslag A")
    snapshot = scenarios.delete_scenario(workspace, proposal.id)
    assert [s.name for s in scenarios.list_scenarios(workspace, department.id)] == ["I dag"]
    restored = scenarios.restore_scenario(workspace, snapshot)
    assert restored == proposal
    assert scenarios.get_assignments(workspace, proposal.id) == {task.id: {roles["SRV"].id: 100.0}}


def test_baseline_cannot_be_deleted_and_names_are_unique(
    workspace: Workspace, department: Department
) -> None:
    baseline = scenarios.baseline(workspace, department.id)
    with pytest.raises(ConflictError):
        scenarios.delete_scenario(workspace, baseline.id)
    scenarios.create_scenario(workspace, department.id, "Forslag A")
    with pytest.raises(ValidationError):
        scenarios.create_scenario(workspace, department.id, "forslag a")


def test_duplicate_task_copies_assignments_and_sits_after_the_original(
    workspace: Workspace, department: Department, roles: dict[str, Role]
) -> None:
    first = tasks.create_task(workspace, department.id, "A", assignment={roles["HFA"].id: 100})
    tasks.create_task(workspace, department.id, "B")
    copy = tasks.duplicate_task(workspace, first.id)
    assert copy.uuid != first.uuid
    assert [t.name for t in tasks.list_tasks(workspace, department.id)] == ["A", "A (kopi)", "B"]
    baseline = scenarios.baseline(workspace, department.id)
    assert scenarios.get_assignments(workspace, baseline.id)[copy.id] == {roles["HFA"].id: 100.0}


def test_bulk_create_is_all_or_nothing(workspace: Workspace, department: Department) -> None:
    drafts = [
        tasks.TaskDraft(name="God"),
        tasks.TaskDraft(name="Dårlig", fields={"duration_minutes": -1}),
    ]
    with pytest.raises(ValidationError, match="Oppgave 2"):
        tasks.create_tasks(workspace, department.id, drafts)
    assert tasks.list_tasks(workspace, department.id) == []


def test_unknown_ids_give_not_found(workspace: Workspace, department: Department) -> None:
    with pytest.raises(NotFoundError):
        tasks.update_task(workspace, 424242, name="x")
    with pytest.raises(NotFoundError):
        scenarios.get_assignments(workspace, 424242)
    with pytest.raises(NotFoundError):
        tasks.create_task(workspace, 424242, "x")
