"""Report section «Turnus»: the saved rota of the scenario, only when it has one."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from oppgave.analysis.rota import Rota, RotaPosition, RotaProblem, RotaRules, default_types
from oppgave.analysis.rota_rules import check_rota
from oppgave.domain.enums import Shift
from oppgave.report import Section, build_department_report
from oppgave.services import organisation, saved_rotas, scenarios, workspaces
from tests.report.conftest import DEPARTMENT, REPORT_DATE, pdf_text
from tests.report.test_department_report import plain


def _rota() -> Rota:
    rules = RotaRules(weeks=2, weekend_every=2)
    positions = (
        RotaPosition("SPL 1 (100 %)", 1, 100.0, 35.5),
        RotaPosition("HFA 1 (50 %)", 2, 50.0, 35.5),
    )
    problem = RotaProblem(
        positions,
        default_types(),
        {(3, Shift.DAY, 1): 1},
        rules,
        role_names={1: "Sykepleier", 2: "Helsefagarbeider"},
        holidays={3: "Skjærtorsdag"},
        start=date(2027, 3, 22),
    )
    grid = (
        ("D", "D", "A", "", "", "D", "D", "", "N", "", "", "", "", ""),
        ("", "", "", "", "D", "", "", "A", "", "", "", "", "D", "D"),
    )
    return Rota(problem, grid, (100.0, 50.0))


def _build(path: Path, target: Path) -> str:
    with workspaces.open_workspace(path) as workspace:
        department = organisation.resolve_department(workspace, DEPARTMENT)
        proposal = scenarios.resolve_scenario(workspace, department.id, "Forslag A")
        build_department_report(
            workspace,
            department.id,
            target,
            scenario=proposal.id,
            sections={Section.STAFFING_PLAN, Section.ROTA},
            report_date=REPORT_DATE,
        )
    return plain("\n".join(pdf_text(target)))


def test_the_saved_rota_is_printed_with_legend_hours_and_rule_check(
    demo_copy: Path, tmp_path: Path
) -> None:
    rota = _rota()
    with workspaces.open_workspace(demo_copy) as workspace:
        department = organisation.resolve_department(workspace, DEPARTMENT)
        proposal = scenarios.resolve_scenario(workspace, department.id, "Forslag A")
        saved_rotas.save_rota(workspace, proposal.id, rota, edited=True)
    text = _build(demo_copy, tmp_path / "turnus.pdf")
    assert "Lagret turnus for «Forslag A»: 2 stillinger, 2 uker" in text
    assert "Helligdager bemannes som søndag" in text
    assert "SPL 1 (100 %)" in text and "HFA 1 (50 %)" in text
    assert "Dagvakt 07:30–15:00" in text
    assert "Timer per stilling" in text
    # the checker's findings, as the checker words them (nobody on duty on Skjærtorsdag)
    findings = check_rota(rota)
    assert findings
    assert f"{len(findings)} brudd på reglene" in text
    coverage = next(v for v in findings if v.rule == "coverage")
    assert "Skjærtorsdag" in coverage.message
    assert plain(coverage.message) in text


def test_no_saved_rota_no_section(demo_copy: Path, tmp_path: Path) -> None:
    text = _build(demo_copy, tmp_path / "plan.pdf")
    assert "Bemanningsplan og heltid i scenarioet" in text
    assert "Lagret turnus" not in text
    assert "Timer per stilling" not in text
