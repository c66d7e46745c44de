"""Report section «Bemanningsplan og heltid i scenarioet»: the plan and the full-time answer."""

from __future__ import annotations

from pathlib import Path

from oppgave.analysis.fulltime_effect import fulltime_effect
from oppgave.analysis.staffing_plan import staffing_plan
from oppgave.db.workspace import Workspace
from oppgave.report import Section, build_department_report
from oppgave.services import scenarios, workspaces
from tests.report.conftest import REPORT_DATE, pdf_text
from tests.report.test_department_report import plain


def test_section_shows_the_plan_and_every_weekend_option(
    demo_workspace: Workspace, department_id: int, tmp_path: Path
) -> None:
    proposal = scenarios.resolve_scenario(demo_workspace, department_id, "Forslag A")
    path = tmp_path / "plan.pdf"
    build_department_report(
        demo_workspace,
        department_id,
        path,
        scenario=proposal.id,
        sections={Section.STAFFING_PLAN},
        report_date=REPORT_DATE,
    )
    text = plain("\n".join(pdf_text(path)))
    assert "Bemanningsplan og heltid i scenarioet" in text
    assert "Hvor mange 100 %-stillinger kan vi tilby?" in text
    for frequency in (2, 3, 4):
        assert f"hver {frequency}. helg" in text
    # the figures are the analysis' own: the every-3rd-weekend, 12.5 h row
    data = workspaces.load_department_data(demo_workspace, department_id)
    effect = fulltime_effect(data, staffing_plan(data, proposal.id))
    option = effect.option(3, 12.5)
    assert option is not None
    assert f"{option.fulltime_positions} / {option.people}" in text
    assert f"{effect.today_fulltime} av {effect.today_people}" in text
