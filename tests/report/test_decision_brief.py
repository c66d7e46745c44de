"""Page one: the decision brief, and the municipality report under each chosen scenario."""

from __future__ import annotations

from pathlib import Path

from oppgave.analysis.decision_figures import course_people, open_objections
from oppgave.db.workspace import Workspace
from oppgave.domain.enums import CommentStatus, ReviewerRole, Verdict
from oppgave.domain.records import ReviewComment
from oppgave.report import build_municipality_report
from oppgave.report import formatting as fmt
from oppgave.report.report_data import gather_department, gather_municipality
from oppgave.services import organisation, scenarios, workspaces
from tests.report.conftest import REPORT_DATE, BuiltReport, pdf_text
from tests.report.test_department_report import plain


def test_brief_prices_the_positions_not_only_the_task_time(
    department_pdf: BuiltReport, demo_workspace: Workspace, department_id: int
) -> None:
    report = gather_department(demo_workspace, department_id)
    brief = report.brief()
    price = report.analysis.price
    assert brief.positions_budget == price.positions_budget_per_year
    # the positions cost more than the mapped task time: the headline is the positions
    assert brief.positions_budget > brief.task_wages_today > 0
    page = plain(department_pdf.pages[1])
    assert page.startswith("Beslutningsnotat")
    assert plain(fmt.kroner(brief.positions_budget)) in page
    assert plain(fmt.kroner(brief.task_wages_today)) in page
    assert plain(fmt.kroner(price.total_per_year)) in page
    assert plain(fmt.signed(price.total_per_year - price.positions_budget_per_year, 0)) in page
    assert f"{brief.moved_tasks} av {brief.tasks} oppgaver får ny fordeling" in page
    assert f"{brief.open_objections} åpne innsigelser" in page
    for section in ("Hva endres", "Kostnad mot dagens budsjett", "HMS og arbeidsmiljø"):
        assert section in page
    assert "Til beslutning" in page + plain(department_pdf.pages[2])
    warnings = report.work_environment().warnings
    assert len(brief.warnings) == len(warnings)
    if warnings:
        assert "⚠" in page


def test_course_places_and_people_come_from_one_list(
    demo_workspace: Workspace, department_id: int
) -> None:
    report = gather_department(demo_workspace, department_id)
    brief = report.brief()
    lines = report.courses()
    price = report.analysis.price
    assert (
        brief.course_places == sum(c.places for c in lines) == sum(c.people for c in price.courses)
    )
    assert brief.course_cost_once == sum(c.cost_once for c in lines) == price.course_cost_once
    for role in brief.roles:
        staff = role.people
        assert role.course_people <= staff or not staff
        assert role.course_people <= role.course_places
        if role.course_places:
            largest = max(c.places for c in lines if c.role_id == role.role.id)
            assert role.course_people == min(largest, staff)


def test_open_objections_count_open_disagreements_only() -> None:
    def comment(verdict: Verdict, status: CommentStatus) -> ReviewComment:
        return ReviewComment(
            id=1,
            uuid="u",
            department_id=1,
            task_uuid=None,
            verdict=verdict,
            reviewer_role=ReviewerRole.UNION_REP,
            text="x",
            status=status,
        )

    comments = [
        comment(Verdict.DISAGREE, CommentStatus.OPEN),
        comment(Verdict.DISAGREE, CommentStatus.OPEN),
        comment(Verdict.DISAGREE, CommentStatus.RESOLVED),
        comment(Verdict.QUESTION, CommentStatus.OPEN),
    ]
    assert open_objections(comments) == 2


def test_municipality_report_uses_each_departments_chosen_scenario(
    demo_copy: Path, tmp_path: Path
) -> None:
    with workspaces.open_workspace(demo_copy) as workspace:
        skaun = organisation.resolve_municipality(workspace, "Skaun")
        departments = organisation.list_departments(workspace, skaun.id)
        chosen_in = next(d for d in departments if d.name == "Skaun sykehjem, skjermet enhet")
        # a later proposal exists, but the leader chose «Forslag A»; elsewhere nothing is chosen
        proposal_a = scenarios.resolve_scenario(workspace, chosen_in.id, "Forslag A")
        scenarios.create_scenario(workspace, chosen_in.id, "Forslag B")
        scenarios.set_chosen(workspace, proposal_a.id)
        report = gather_municipality(workspace, skaun.id)
        used = {d.department.name: (d.scenario.name, d.scenario_note) for d in report.departments}
        assert used["Skaun sykehjem, skjermet enhet"] == ("Forslag A", "")
        for name, (scenario, note) in used.items():
            if name != chosen_in.name:
                assert scenario == "Forslag A"
                assert "Ingen scenario er valgt" in note and "siste forslaget" in note
        assert report.uses_chosen
        totals = report.totals()
        briefs = [d.brief() for d in report.departments]
        assert totals.course_places == sum(b.course_places for b in briefs)
        assert totals.course_cost_once == sum(b.course_cost_once for b in briefs)
        assert totals.positions_budget == sum(b.positions_budget for b in briefs)
        path = tmp_path / "skaun.pdf"
        build_municipality_report(workspace, skaun.id, path, report_date=REPORT_DATE)
    page = plain(pdf_text(path)[1])
    assert page.startswith("Beslutningsnotat")
    assert "hver med sitt valgte scenario" in page
    assert f"{totals.course_places} kursplasser" in page
    assert "siste forslaget" in page  # the fallback is said on page one
    assert plain(fmt.percent(totals.fulltime_share, 0)) in page


def test_course_people_are_not_places() -> None:
    """Two courses of 13 places in a role of 23 employees: at least 13 people, not 26; never
    more people than the role has."""
    assert course_people([(1, 13), (1, 13), (2, 5)], {1: 23, 2: 3}) == {1: 13, 2: 3}
    assert course_people([(1, 4), (1, 0)], {}) == {1: 4}
