"""The report's bemanningsplan shows the leader's hand edits (marked) and the floor they break."""

from __future__ import annotations

from pathlib import Path

from oppgave.domain.enums import DayType, Shift
from oppgave.report import Section, build_department_report
from oppgave.services import organisation, rota_planning, staffing_plan_edits, workspaces
from tests.report.conftest import REPORT_DATE, pdf_text
from tests.report.test_department_report import plain

NURSING_HOME = "Skaun sykehjem, skjermet enhet"


def test_report_plan_carries_the_hand_edits(demo_copy: Path, tmp_path: Path) -> None:
    path = tmp_path / "plan.pdf"
    with workspaces.open_workspace(demo_copy) as workspace:
        department = organisation.resolve_department(workspace, NURSING_HOME)
        data, proposal = rota_planning.load(workspace, department.id, "Forslag A")
        roles = {role.code: role for role in data.roles}
        before = rota_planning.scenario_staffing(workspace, department.id, proposal.id)
        hfa = before.plan.cell(roles["HFA"].id, Shift.EVENING, DayType.WEEKDAY)
        assert hfa is not None
        wanted = hfa.people + 3
        staffing_plan_edits.set_edit(
            workspace, proposal.id, roles["HFA"].id, Shift.EVENING, DayType.WEEKDAY, wanted
        )
        for cell in before.plan.cells:
            if cell.shift is Shift.NIGHT and cell.day_type is DayType.WEEKEND:
                if roles_by_id(data)[cell.role_id].authorised and cell.people:
                    staffing_plan_edits.set_edit(
                        workspace, proposal.id, cell.role_id, Shift.NIGHT, DayType.WEEKEND, 0
                    )
        build_department_report(
            workspace,
            department.id,
            path,
            scenario=proposal.id,
            sections={Section.STAFFING_PLAN},
            report_date=REPORT_DATE,
        )
    text = plain("\n".join(pdf_text(path)))
    assert f"{wanted}* ({hfa.today}) !" in text
    assert "* = endret for hånd" in text
    assert "Advarsel: Natt helg: 0" in text


def roles_by_id(data):  # type: ignore[no-untyped-def]
    return {role.id: role for role in data.roles}
