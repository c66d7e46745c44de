"""``workspaces.change_marker``: the cheap check the app polls to notice others' changes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from oppgave.db.workspace import Workspace
from oppgave.domain.enums import FrequencyUnit
from oppgave.domain.records import Frequency
from oppgave.services import catalogue, organisation, scenarios, tasks, workspaces


@pytest.fixture
def workspace(any_workspace: Workspace) -> Workspace:
    return any_workspace


@pytest.fixture
def second(workspace: Workspace, workspace_location: str) -> Iterator[Workspace]:
    other = Workspace.open(workspace_location)
    yield other
    other.close()


def test_the_marker_moves_with_every_change_of_the_department_and_only_then(
    workspace: Workspace, second: Workspace
) -> None:
    melhus = organisation.create_municipality(workspace, "Melhus")
    solsiden = organisation.create_department(workspace, melhus.id, "Solsiden", residents=20)
    bakken = organisation.create_department(workspace, melhus.id, "Bakken", residents=12)
    day = Frequency(1, FrequencyUnit.DAY)
    middag = tasks.create_task(workspace, solsiden.id, "Middag", frequency=day)
    seen = workspaces.change_marker(workspace, solsiden.id)
    assert workspaces.change_marker(second, solsiden.id) == seen  # the same for both users
    assert workspaces.change_marker(workspace, solsiden.id) == seen  # stable when quiet

    tasks.create_task(second, bakken.id, "Annet sted", frequency=day)
    assert workspaces.change_marker(workspace, solsiden.id) == seen  # other department

    steps = [
        lambda: tasks.update_task(second, middag.id, notes="fra Kari"),
        lambda: tasks.create_task(second, solsiden.id, "Aftens", frequency=day),
        lambda: scenarios.create_scenario(second, solsiden.id, "Forslag A"),
    ]
    for step in steps:
        step()
        now = workspaces.change_marker(workspace, solsiden.id)
        assert now != seen
        seen = now

    role = catalogue.list_roles(workspace)[0]
    baseline = next(s for s in scenarios.list_scenarios(second, solsiden.id) if s.is_baseline)
    scenarios.set_assignment(second, baseline.id, middag.id, {role.id: 100.0})
    assert workspaces.change_marker(workspace, solsiden.id) != seen
    seen = workspaces.change_marker(workspace, solsiden.id)

    # delete one task and add another: same count, but not the same marker
    aftens = next(t for t in tasks.list_tasks(second, solsiden.id) if t.name == "Aftens")
    tasks.delete_task(second, aftens.id)
    tasks.create_task(second, solsiden.id, "Kveldsmat", frequency=day)
    assert workspaces.change_marker(workspace, solsiden.id) != seen


def test_the_ids_of_a_department_s_tasks(workspace: Workspace) -> None:
    melhus = organisation.create_municipality(workspace, "Melhus")
    solsiden = organisation.create_department(workspace, melhus.id, "Solsiden", residents=20)
    made = [tasks.create_task(workspace, solsiden.id, name).id for name in ("B", "A")]
    assert tasks.list_task_ids(workspace, solsiden.id) == sorted(made)


def test_catalogue_and_settings_changes_by_another_move_the_catalogue_part_only(
    workspace: Workspace, second: Workspace
) -> None:
    """Roles, competences, courses, municipalities and settings are shared by every
    department: another user's change of them must be noticed (the app reloads its cached
    catalogue), without pretending the department's tasks changed."""
    from oppgave.services import settings

    melhus = organisation.create_municipality(workspace, "Melhus")
    solsiden = organisation.create_department(workspace, melhus.id, "Solsiden", residents=20)
    seen = workspaces.change_marker(workspace, solsiden.id)
    role = catalogue.list_roles(workspace)[0]
    competence = catalogue.list_competences(workspace)[0]
    steps = [
        lambda: catalogue.update_role(second, role.id, name="Sykepleier (ny)"),
        lambda: catalogue.update_role(second, role.id, competence_ids=[competence.id]),
        lambda: catalogue.create_competence(second, "NYK", "Ny kompetanse"),
        lambda: catalogue.update_competence(second, competence.id, name="Endret"),
        lambda: catalogue.create_course(second, "Kurs i forflytning", competence.id),
        lambda: settings.update(second, hours_per_fte=37.5),
        lambda: settings.update(second, hours_per_fte=35.5),  # same length of text as before
        lambda: organisation.rename_municipality(second, melhus.id, "Melhus kommune"),
        lambda: organisation.create_department(second, melhus.id, "Bakken"),
    ]
    for number, step in enumerate(steps):
        step()
        now = workspaces.change_marker(workspace, solsiden.id)
        assert now.catalogue != seen.catalogue, number
        assert now.department == seen.department, number
        seen = now
    assert workspaces.change_marker(second, solsiden.id) == seen
