"""Issue 13 realism check: a shift with a direct-care task done by two at once needs a second
care worker besides the floor nurse, so a proposal cannot fill the nurse's floor time with that
colleague's tasks and book the colleague's whole shift as saved («Skaun sykehjem, skjermet
enhet»: the default proposal saved 2.4 mill. kr/year, mostly a night helsefagarbeider whose
shift still had to be staffed)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from oppgave.analysis.scenario_price import (
    default_proposal_settings,
    safety_roles,
    second_pair_of_hands,
)
from oppgave.domain.enums import Category, Shift
from oppgave.services import organisation, scenario_pricing, staffing_proposals, workspaces

DEPARTMENT = "Skaun sykehjem, skjermet enhet"


def _data(path: Path):  # type: ignore[no-untyped-def]
    with workspaces.open_workspace(path) as workspace:
        department = organisation.resolve_department(workspace, DEPARTMENT)
        return workspaces.load_department_data(workspace, department.id)


def test_two_person_care_tasks_put_a_colleague_beside_the_floor_nurse(demo_path: Path) -> None:
    data = _data(demo_path)
    settings = default_proposal_settings(data.department.service_type)
    floors = {g.shift: g for g in second_pair_of_hands(data, settings)}
    night_pairs = [t for t in data.tasks if t.staff_count >= 2 and t.category is Category.DIRECT]
    assert night_pairs  # the demo has two-person care tasks
    assert Shift.NIGHT in floors
    night = floors[Shift.NIGHT]
    assert night.people == 1  # two at once, one of them the floor nurse
    nurses = {role.id for role in safety_roles(data)}
    codes = {role.id: role.code for role in data.roles}
    assert night.role_ids and not night.role_ids & nurses
    assert not {codes[r] for r in night.role_ids} & {"MRK", "SRV", "LRL"}
    # a meeting of five is not five people on the floor
    assert all(g.people <= 1 for g in floors.values())
    # the nurse on call at night is not on the floor: both people come from the others
    on_call = dataclasses.replace(settings, on_call_shifts=(Shift.NIGHT,))
    assert {g.shift: g for g in second_pair_of_hands(data, on_call)}[Shift.NIGHT].people == 2
    # no nurse floor, no extra floor (the leader chose --no-floor / 0 nurses)
    assert second_pair_of_hands(data, dataclasses.replace(settings, nurses_per_shift=0)) == ()
    # no two-person care tasks, no extra floor
    single = dataclasses.replace(
        data, tasks=tuple(dataclasses.replace(t, staff_count=1) for t in data.tasks)
    )
    assert second_pair_of_hands(single, settings) == ()


def test_default_proposal_keeps_a_paid_colleague_on_every_night(demo_copy: Path) -> None:
    """The proposal's price pays at least one non-nurse care worker's whole night (less the
    presence share) on top of the nurse floor: the saving cannot come from that shift."""
    with workspaces.open_workspace(demo_copy) as workspace:
        department = organisation.resolve_department(workspace, DEPARTMENT)
        proposal = staffing_proposals.propose(
            workspace, department.id, None, staffing_proposals.ProposalRequest()
        )
        price = scenario_pricing.price_scenario(workspace, proposal.scenario.id)
        data = workspaces.load_department_data(workspace, department.id)
    assert any("2 pleiere på vakt" in line for line in price.floors)
    settings = default_proposal_settings(data.department.service_type)
    night = {g.shift: g for g in second_pair_of_hands(data, settings)}[Shift.NIGHT]
    shift = data.settings.shift(Shift.NIGHT)
    night_hours = 7 * shift.hours * (1 - settings.presence_share)
    group_codes = {role.code for role in data.roles if role.id in night.role_ids}
    paid = sum(row.hours_per_week for row in price.roles if row.role_code in group_codes)
    assert paid >= night_hours - 1e-6
