"""Hand edits of the bemanningsplan: stored per scenario, applied to every plan the services
return, undoable, gone with their scenario and back with its restore; the competence needs per
shift reach the rota solver."""

from __future__ import annotations

from pathlib import Path

import pytest

from oppgave.analysis.rota import RotaRules
from oppgave.domain.enums import DayType, Shift
from oppgave.errors import ValidationError
from oppgave.services import (
    rota_planning,
    scenarios,
    staffing_plan_edits,
    workspaces,
)

DEPARTMENT = "Skaun sykehjem, skjermet enhet"


def _ids(workspace, department: str = DEPARTMENT):  # type: ignore[no-untyped-def]
    data, scenario = rota_planning.load(workspace, department, "Forslag A")
    roles = {role.code: role.id for role in data.roles}
    return data.department.id, scenario.id, roles


def test_an_edit_overrides_the_cell_and_the_flags_follow(demo_copy: Path) -> None:
    with workspaces.open_workspace(demo_copy) as workspace:
        department_id, scenario_id, roles = _ids(workspace)
        before = staffing_plan_edits.edited_plan(workspace, department_id, scenario_id)
        cell = before.plan.cell(roles["HFA"], Shift.EVENING, DayType.WEEKDAY)
        assert cell is not None and not cell.edited
        wanted = cell.today + 2

        previous = staffing_plan_edits.set_edit(
            workspace, scenario_id, roles["HFA"], Shift.EVENING, DayType.WEEKDAY, wanted
        )
        assert previous is None
        after = staffing_plan_edits.edited_plan(workspace, department_id, scenario_id)
        edited = after.plan.cell(roles["HFA"], Shift.EVENING, DayType.WEEKDAY)
        assert edited is not None and edited.edited and edited.people == wanted
        assert edited.overloaded and edited.change == 2
        # FTE of the role follows: 2 more people × 7.5 h × 5 weekdays more hours per week
        hfa_before = next(r for r in before.plan.roles if r.role_id == roles["HFA"])
        hfa_after = next(r for r in after.plan.roles if r.role_id == roles["HFA"])
        hours = (wanted - cell.people) * 5 * before.data.settings.shift(Shift.EVENING).hours
        assert hfa_after.hours_per_week == pytest.approx(hfa_before.hours_per_week + hours)
        assert after.warnings() == []

        # the CLI's and the rota's plan are the same edited plan
        staffing = rota_planning.scenario_staffing(workspace, DEPARTMENT, "Forslag A")
        assert staffing.plan.people(roles["HFA"], Shift.EVENING, DayType.WEEKDAY) == wanted

        # undo: set the previous value back (None clears)
        again = staffing_plan_edits.set_edit(
            workspace, scenario_id, roles["HFA"], Shift.EVENING, DayType.WEEKDAY, previous
        )
        assert again == wanted
        assert staffing_plan_edits.list_edits(workspace, scenario_id) == []
        restored = staffing_plan_edits.edited_plan(workspace, department_id, scenario_id)
        assert restored.plan.cells == before.plan.cells


def test_breaking_the_nurse_floor_is_a_warning_not_silent(demo_copy: Path) -> None:
    with workspaces.open_workspace(demo_copy) as workspace:
        department_id, scenario_id, roles = _ids(workspace)
        plan = staffing_plan_edits.edited_plan(workspace, department_id, scenario_id)
        assert plan.plan.breaches == ()
        nurses = [
            c
            for c in plan.plan.cells
            if c.shift is Shift.NIGHT
            and c.day_type is DayType.WEEKEND
            and c.people
            and c.role_id in {roles["SPL"], roles["SSP"], roles["VPL"]}
        ]
        assert nurses
        for cell in nurses:
            staffing_plan_edits.set_edit(
                workspace, scenario_id, cell.role_id, Shift.NIGHT, DayType.WEEKEND, 0
            )
        broken = staffing_plan_edits.edited_plan(workspace, department_id, scenario_id)
        assert [(b.floor.shift, b.day_type, b.people) for b in broken.plan.breaches] == [
            (Shift.NIGHT, DayType.WEEKEND, 0)
        ]
        # the floor first, then the competences the missing nurses carried
        warning = broken.warnings()[0]
        assert warning.startswith("Natt helg: 0 ") and "minst 1" in warning
        # the medication competence the nurses carry is missing at night as well
        names = {c.id: c.name for c in broken.data.competences}
        assert any(
            n.shift is Shift.NIGHT
            and n.day_type is DayType.WEEKEND
            and names[n.competence_id].startswith("Legemidler")
            for n in broken.plan.competence_gaps
        )


def test_deleting_a_scenario_removes_its_edits_and_restore_brings_them_back(
    demo_copy: Path,
) -> None:
    with workspaces.open_workspace(demo_copy) as workspace:
        _department_id, scenario_id, roles = _ids(workspace)
        staffing_plan_edits.set_edit(workspace, scenario_id, roles["SPL"], "night", "weekend", 2)
        staffing_plan_edits.set_edit(workspace, scenario_id, roles["HFA"], "day", "weekday", 5)
        kept = staffing_plan_edits.edits_map(workspace, scenario_id)
        snapshot = scenarios.delete_scenario(workspace, scenario_id)
        assert staffing_plan_edits.list_edits(workspace, scenario_id) == []
        scenarios.restore_scenario(workspace, snapshot)
        assert staffing_plan_edits.edits_map(workspace, scenario_id) == kept
        assert workspaces.check(workspace) == []


def test_a_copy_of_a_scenario_starts_with_its_edits_and_they_stay_apart(demo_copy: Path) -> None:
    with workspaces.open_workspace(demo_copy) as workspace:
        department_id, scenario_id, roles = _ids(workspace)
        staffing_plan_edits.set_edit(workspace, scenario_id, roles["SPL"], "night", "weekend", 2)
        copy = scenarios.create_scenario(workspace, department_id, "Kopi", copy_from=scenario_id)
        assert staffing_plan_edits.edits_map(workspace, copy.id) == staffing_plan_edits.edits_map(
            workspace, scenario_id
        )
        staffing_plan_edits.set_edit(workspace, copy.id, roles["SPL"], "night", "weekend", 3)
        assert staffing_plan_edits.edits_map(workspace, scenario_id) != (
            staffing_plan_edits.edits_map(workspace, copy.id)
        )


def test_bad_edits_are_refused_in_words(demo_copy: Path) -> None:
    with workspaces.open_workspace(demo_copy) as workspace:
        _department_id, scenario_id, roles = _ids(workspace)
        with pytest.raises(ValidationError):
            staffing_plan_edits.set_edit(workspace, scenario_id, roles["SPL"], "day", "weekday", -1)
        with pytest.raises(ValidationError):
            staffing_plan_edits.set_edit(workspace, scenario_id, roles["SPL"], "noon", "weekday", 1)
        assert staffing_plan_edits.list_edits(workspace, scenario_id) == []


def test_every_shift_of_a_nursing_home_needs_medication_competence_and_the_solver_gets_it(
    demo_path: Path,
) -> None:
    """Item 3 of issue 17: the plan names the competences each shift needs (the nurse floor's
    medication competences on every shift, nights included) and the rota problem carries them."""
    with workspaces.open_workspace(demo_path) as workspace:
        staffing = rota_planning.scenario_staffing(workspace, DEPARTMENT, "Forslag A")
    names = {c.id: c.name for c in staffing.data.competences}
    plan = staffing.plan
    medication = {
        (n.shift, n.day_type)
        for n in plan.competences
        if names[n.competence_id].startswith("Legemidler") and n.met
    }
    assert medication == {(s, d) for s in Shift for d in DayType}
    assert plan.competence_gaps == ()
    outcome = rota_planning.generate_rota_data(
        staffing, RotaRules(weeks=6, weekend_every=3), time_limit=30
    )
    demand = outcome.problem.competence_demand
    night_medication = {
        c
        for (day, shift, c), people in demand.items()
        if day == 5 and shift is Shift.NIGHT and names[c].startswith("Legemidler") and people
    }
    assert night_medication
    rota = outcome.result.rota
    assert rota is not None
    positions = outcome.problem.positions
    for competence in night_medication:
        # the Saturday night of week 1 has someone with the competence on a night shift
        on_night = [
            p
            for p, row in enumerate(rota.grid)
            if row[5]
            and Shift.NIGHT in rota.shift_type(row[5]).covers
            and competence in positions[p].competence_ids
        ]
        assert on_night


def test_deleting_a_role_removes_its_edits_and_undo_brings_them_back(demo_copy: Path) -> None:
    from oppgave.services import catalogue

    with workspaces.open_workspace(demo_copy) as workspace:
        _department_id, scenario_id, _roles = _ids(workspace)
        role = catalogue.create_role(
            workspace, "NATT", "Nattevakt", leon_level=1, hourly_cost=450.0, hours_per_fte=33.6
        )
        staffing_plan_edits.set_edit(workspace, scenario_id, role.id, "night", "weekend", 1)
        snapshot = catalogue.delete_role(workspace, role.id)
        assert staffing_plan_edits.list_edits(workspace, scenario_id) == []
        restored = catalogue.restore_role(workspace, snapshot)
        assert restored.hours_per_fte == 33.6
        assert staffing_plan_edits.edits_map(workspace, scenario_id) == {
            (role.id, Shift.NIGHT, DayType.WEEKEND): 1
        }


def test_an_edit_of_a_cell_the_plan_leaves_out_is_shown_so_it_can_be_undone(
    demo_copy: Path,
) -> None:
    with workspaces.open_workspace(demo_copy) as workspace:
        department_id, scenario_id, roles = _ids(workspace)
        plan = staffing_plan_edits.edited_plan(workspace, department_id, scenario_id).plan
        missing = next(
            (role_id, shift, day_type)
            for role_id in roles.values()
            for shift in Shift
            for day_type in DayType
            if plan.cell(role_id, shift, day_type) is None
        )
        staffing_plan_edits.set_edit(workspace, scenario_id, *missing, 0)
        cell = staffing_plan_edits.edited_plan(workspace, department_id, scenario_id).plan.cell(
            *missing
        )
        assert cell is not None and cell.edited and cell.people == 0
