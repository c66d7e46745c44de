"""Sections can be switched off; progress, cancel and write errors; HMS comments."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from oppgave.db import models as m
from oppgave.db.workspace import Workspace
from oppgave.domain.enums import CommentStatus, ReviewerRole, Verdict
from oppgave.errors import NotFoundError, ValidationError
from oppgave.report import (
    ReportCancelled,
    ReportWriteError,
    Section,
    build_department_report,
    build_municipality_report,
    parse_sections,
)
from oppgave.services import organisation, tasks, workspaces
from tests.report.conftest import DEPARTMENT, REPORT_DATE, pdf_text
from tests.report.test_department_report import plain


def test_sections_can_be_switched_off(
    demo_workspace: Workspace, department_id: int, tmp_path: Path
) -> None:
    path = tmp_path / "kort.pdf"
    result = build_department_report(
        demo_workspace,
        department_id,
        path,
        sections={Section.SUMMARY, Section.HMS},
        report_date=REPORT_DATE,
    )
    pages = pdf_text(path)
    assert result.pages == len(pages) == 2
    text = plain("\n".join(pages))
    assert "1 Sammendrag" in text and "2 HMS-kommentarer" in text
    for absent in ("Innhold", "Oppgavekart", "Døgnrytme", "Arbeidsfil", "Forutsetninger"):
        assert absent not in text
    assert "Side 1 av 2" in text, "without a cover the first page is a content page"


def test_parse_sections() -> None:
    assert parse_sections("alle") == frozenset(Section)
    assert parse_sections("sammendrag, HMS") == {Section.SUMMARY, Section.HMS}
    with pytest.raises(ValidationError, match="Ukjent del av rapporten: tull"):
        parse_sections("sammendrag,tull")


def test_scenario_by_name_and_baseline_only(demo_workspace: Workspace, department_id: int) -> None:
    stream = io.BytesIO()
    build_department_report(
        demo_workspace,
        department_id,
        stream,
        scenario="I dag",
        sections={Section.COVER, Section.SUMMARY},
        report_date=REPORT_DATE,
    )
    text = plain(
        "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(stream.getvalue())).pages)
    )
    assert "«I dag»" in text and "Forslag A" not in text
    with pytest.raises(NotFoundError, match="Fant ikke scenarioet Forslag Q"):
        build_department_report(demo_workspace, department_id, io.BytesIO(), scenario="Forslag Q")


def test_progress_runs_to_the_end(demo_workspace: Workspace, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    melhus = organisation.resolve_municipality(demo_workspace, "Melhus")
    build_municipality_report(
        demo_workspace,
        melhus.id,
        tmp_path / "melhus.pdf",
        sections={Section.SUMMARY, Section.COMPARISON, Section.UPGRADES},
        progress=lambda done, total: calls.append((done, total)),
    )
    assert calls[-1] == (7, 7), "3 departments analysed, 3 laid out, the file finished"
    assert [done for done, _ in calls] == sorted(done for done, _ in calls)
    assert {total for _, total in calls} == {7}


def test_cancel_leaves_no_file(demo_workspace: Workspace, tmp_path: Path) -> None:
    target = tmp_path / "avbrutt.pdf"
    seen: list[int] = []

    def cancelled() -> bool:
        return bool(seen)

    with pytest.raises(ReportCancelled):
        build_municipality_report(
            demo_workspace,
            None,
            target,
            progress=lambda done, total: seen.append(done),
            cancelled=cancelled,
        )
    assert list(tmp_path.iterdir()) == []


def test_cancel_during_layout_keeps_the_old_file(
    demo_workspace: Workspace, department_id: int, tmp_path: Path
) -> None:
    target = tmp_path / "rapport.pdf"
    target.write_bytes(b"old")
    checks = iter(range(10_000))
    with pytest.raises(ReportCancelled):
        build_department_report(
            demo_workspace, department_id, target, cancelled=lambda: next(checks) > 40
        )
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["rapport.pdf"]


def test_unwritable_targets(demo_workspace: Workspace, department_id: int, tmp_path: Path) -> None:
    with pytest.raises(ReportWriteError, match="finnes ikke"):
        build_department_report(demo_workspace, department_id, tmp_path / "mangler" / "r.pdf")
    with pytest.raises(ReportWriteError, match="er en mappe"):
        build_department_report(demo_workspace, department_id, tmp_path)


def test_hms_comments_are_listed(demo_copy: Path, tmp_path: Path) -> None:
    workspace = workspaces.open_workspace(demo_copy)
    try:
        department = organisation.resolve_department(workspace, DEPARTMENT)
        task = tasks.find_task(workspace, department.id, "Morgenstell")
        with workspace.transaction() as session:
            session.add_all(
                [
                    m.ReviewComment(
                        department_id=department.id,
                        task_uuid=None,
                        verdict=Verdict.AGREE.value,
                        reviewer_role=ReviewerRole.UNION_REP.value,
                        text="Fordelingen er gjennomførbar hvis kursene kommer før sommeren.",
                    ),
                    m.ReviewComment(
                        department_id=department.id,
                        task_uuid=task.uuid,
                        task_name=task.name,
                        verdict=Verdict.DISAGREE.value,
                        reviewer_role=ReviewerRole.SAFETY_REP.value,
                        text="Tunge løft: morgenstell må være to på rom 4–6.",
                        status=CommentStatus.RESOLVED.value,
                    ),
                ]
            )
        path = tmp_path / "hms.pdf"
        build_department_report(workspace, department.id, path, sections={Section.HMS})
    finally:
        workspace.close()
    text = plain("\n".join(pdf_text(path)))
    assert "2 kommentarer, 1 åpne" in text
    assert "Hele fordelingen Tillitsvalgt Enig" in text
    assert "Fordelingen er gjennomførbar hvis kursene kommer før sommeren." in text
    assert (
        "Morgenstell Verneombud Uenig Tunge løft: morgenstell må være to på rom 4–6. Løst" in text
    )


def test_hms_section_has_the_work_environment_summary(demo_copy: Path, tmp_path: Path) -> None:
    """Morgenstell, the only task flagged heavy lifting, moved wholly to assistent in the
    proposal: the sum row is the task's hours on both sides, and assistent gets a warning."""
    from oppgave.analysis.work_environment import hours_text
    from oppgave.services import catalogue, scenarios

    workspace = workspaces.open_workspace(demo_copy)
    try:
        department = organisation.resolve_department(workspace, DEPARTMENT)
        for other in tasks.list_tasks(workspace, department.id):
            if other.work_flags:
                tasks.update_task(workspace, other.id, work_flags=0)
        task = tasks.find_task(workspace, department.id, "Morgenstell")
        task = tasks.update_task(workspace, task.id, work_flags=1)
        proposal = next(
            s for s in scenarios.list_scenarios(workspace, department.id) if not s.is_baseline
        )
        assistent = next(r for r in catalogue.list_roles(workspace) if r.code == "ASS")
        scenarios.set_assignment(workspace, proposal.id, task.id, {assistent.id: 100.0})
        path = tmp_path / "hms.pdf"
        build_department_report(
            workspace, department.id, path, scenario=proposal.id, sections={Section.HMS}
        )
    finally:
        workspace.close()
    text = plain("\n".join(pdf_text(path)))
    assert "Arbeidsmiljø per yrkesgruppe" in text
    hours = hours_text(task.hours_per_week)
    assert f"Sum {hours} → {hours}" in text
    assert "Assistent (ufaglært): tunge løft" in text
    assert f"→ {hours} t/uke" in text
