"""A proposal's share that has come to break a rule since it was set: found, reported, kept.

Setting such a share is refused (``check_restrictions``), but the settings' support roles or a
task's category or restriction can change afterwards. ``rule_breaks`` finds those shares, and
the import of the app's own export restores them (``enforce_rules=False``) instead of refusing.
"""

from __future__ import annotations

import pytest

from oppgave.db.workspace import Workspace
from oppgave.domain.enums import Category, Restriction
from oppgave.domain.records import Department, Role
from oppgave.errors import ValidationError
from oppgave.services import catalogue, organisation, scenarios, settings, tasks
from oppgave.services.tasks import TaskDraft


@pytest.fixture
def workspace(any_workspace: Workspace) -> Workspace:
    return any_workspace


@pytest.fixture
def department(workspace: Workspace) -> Department:
    municipality = organisation.create_municipality(workspace, "Skaun")
    return organisation.create_department(
        workspace, municipality.id, "Langtid 2", "long_term", residents=16
    )


@pytest.fixture
def roles(workspace: Workspace) -> dict[str, Role]:
    return {role.code: role for role in catalogue.list_roles(workspace)}


def test_nothing_breaks_a_rule_in_a_sound_proposal(
    workspace: Workspace, department: Department, roles: dict[str, Role]
) -> None:
    ass, srv = roles["ASS"].id, roles["SRV"].id
    tasks.create_task(workspace, department.id, "Morgenstell", assignment={ass: 100})
    tasks.create_task(
        workspace, department.id, "Oppvask", category=Category.PRACTICAL, assignment={srv: 100}
    )
    scenarios.create_scenario(workspace, department.id, "Forslag A")
    assert scenarios.rule_breaks(workspace) == []
    assert scenarios.rule_break_lines([]) == []


def test_a_changed_setting_and_a_changed_task_are_found_in_proposals_only(
    workspace: Workspace, department: Department, roles: dict[str, Role]
) -> None:
    ass, srv, spl = roles["ASS"].id, roles["SRV"].id, roles["SPL"].id
    care = tasks.create_task(workspace, department.id, "Morgenstell", assignment={ass: 100})
    dishes = tasks.create_task(
        workspace, department.id, "Oppvask", category=Category.PRACTICAL, assignment={srv: 100}
    )
    medicine = tasks.create_task(
        workspace, department.id, "Utdeling av medisiner", assignment={spl: 50, ass: 50}
    )
    proposal = scenarios.create_scenario(workspace, department.id, "Forslag A")
    assert scenarios.get_assignments(workspace, proposal.id)[care.id] == {ass: 100.0}
    # afterwards: the assistants are counted as support staff, dishes becomes care work, and
    # medicine is restricted to authorised staff; every share stays as it was stored
    settings.update(workspace, support_role_codes=["MRK", "SRV", "ASS"])
    tasks.update_task(workspace, dishes.id, category=Category.DIRECT)
    tasks.update_task(workspace, medicine.id, restriction=Restriction.AUTHORISED)

    breaks = scenarios.rule_breaks(workspace)
    assert {(b.scenario_id, b.task_id, b.role_id) for b in breaks} == {
        (proposal.id, care.id, ass),
        (proposal.id, dishes.id, srv),
        (proposal.id, medicine.id, ass),  # the restriction first: named in the reason
    }, "the baseline records today and is never counted"
    reasons = {b.task_id: b.reason for b in breaks}
    assert "støttefunksjoner" in reasons[care.id]
    assert "støttefunksjoner" in reasons[dishes.id]
    assert "autorisert" in reasons[medicine.id]
    assert {b.department_name for b in breaks} == {"Langtid 2"}
    assert scenarios.rule_breaks(workspace, scenario_ids=[proposal.id]) == breaks
    other = organisation.create_department(workspace, department.municipality_id, "Korttid")
    assert scenarios.rule_breaks(workspace, department_ids=[other.id]) == []

    [line] = scenarios.rule_break_lines(breaks, examples=2)
    assert line.startswith("Langtid 2, «Forslag A»: 3 oppgaver er fordelt til yrkesgrupper")
    assert "«Morgenstell» til Assistent (ufaglært)" in line
    assert " og 1 til." in line
    # a new share that breaks a rule is still refused
    with pytest.raises(ValidationError, match="støttefunksjoner"):
        scenarios.set_assignment(workspace, proposal.id, care.id, {ass: 50, srv: 50})


def test_restoring_stored_shares_keeps_a_broken_one_and_the_default_refuses_it(
    workspace: Workspace, department: Department, roles: dict[str, Role]
) -> None:
    ass, srv = roles["ASS"].id, roles["SRV"].id
    proposal = scenarios.create_scenario(workspace, department.id, "Forslag A")
    baseline = scenarios.baseline(workspace, department.id)
    draft = TaskDraft(
        name="Måltid",
        assignments={baseline.id: {ass: 100}, proposal.id: {srv: 100}},
    )
    with pytest.raises(ValidationError, match="støttefunksjoner"):
        tasks.create_tasks(workspace, department.id, [draft])
    assert tasks.list_tasks(workspace, department.id) == []

    [created] = tasks.create_tasks(workspace, department.id, [draft], enforce_rules=False)
    assert scenarios.get_assignments(workspace, proposal.id) == {created.id: {srv: 100.0}}
    [line] = scenarios.rule_break_lines(scenarios.rule_breaks(workspace))
    assert line == (
        "Langtid 2, «Forslag A»: 1 oppgave er fordelt til en yrkesgruppe som reglene nå ikke "
        "tillater: «Måltid» til Renholder / kjøkken / service (støttefunksjoner får bare "
        "praktiske og administrative oppgaver)."
    )

    # set_assignments the same: refused by default, kept when restoring
    with pytest.raises(ValidationError, match="støttefunksjoner"):
        scenarios.set_assignments(workspace, proposal.id, {created.id: {ass: 50, srv: 50}})
    scenarios.set_assignments(
        workspace, proposal.id, {created.id: {ass: 50, srv: 50}}, enforce_rules=False
    )
    assert scenarios.get_assignments(workspace, proposal.id) == {created.id: {ass: 50.0, srv: 50.0}}
