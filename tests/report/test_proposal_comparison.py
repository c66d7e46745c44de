"""Two proposals against each other (report section, CLI --compare, the report dialog)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from oppgave.cli.main import main
from oppgave.db.workspace import Workspace
from oppgave.errors import ValidationError
from oppgave.report import Section, build_department_report
from oppgave.report import formatting as fmt
from oppgave.report.report_data import gather_department
from oppgave.services import catalogue, organisation, scenario_pricing, scenarios, tasks, workspaces
from oppgave.ui.files.report_dialog import ReportDialog
from tests.report.conftest import DEPARTMENT, REPORT_DATE, pdf_text
from tests.report.test_department_report import plain


def _second_proposal(workspace: Workspace) -> tuple[int, str]:
    """«Forslag B»: «Forslag A» with one care task moved to another role."""
    department = organisation.resolve_department(workspace, DEPARTMENT)
    first = scenarios.resolve_scenario(workspace, department.id, "Forslag A")
    second = scenarios.create_scenario(workspace, department.id, "Forslag B", copy_from=first.id)
    roles = {r.code: r.id for r in catalogue.list_roles(workspace)}
    shares = scenarios.get_assignments(workspace, second.id)
    task = next(
        t
        for t in tasks.list_tasks(workspace, department.id)
        if set(shares.get(t.id, {})) != {roles["SPL"]}
        and t.restriction.value == "none"
        and t.hours_per_week > 1
    )
    scenarios.set_assignment(workspace, second.id, task.id, {roles["SPL"]: 100.0})
    return department.id, task.name


def test_two_proposals_side_by_side(demo_copy: Path, tmp_path: Path) -> None:
    path = tmp_path / "b-mot-a.pdf"
    with workspaces.open_workspace(demo_copy) as workspace:
        department_id, moved = _second_proposal(workspace)
        report = gather_department(workspace, department_id, "Forslag B", compare="Forslag A")
        comparison = report.comparison()
        assert comparison is not None
        assert [t.name for t, *_ in comparison.different] == [moved]
        ids = {s.name: s.id for s in scenarios.list_scenarios(workspace, department_id)}
        a = scenario_pricing.price_scenario(workspace, ids["Forslag A"])
        b = scenario_pricing.price_scenario(workspace, ids["Forslag B"])
        assert comparison.price_difference == pytest.approx(a.total_per_year - b.total_per_year)
        build_department_report(
            workspace,
            department_id,
            path,
            scenario="Forslag B",
            compare="Forslag A",
            report_date=REPORT_DATE,
        )
        with pytest.raises(ValidationError):
            gather_department(workspace, department_id, "Forslag A", compare="Forslag A")
    text = plain("\n".join(pdf_text(path)))
    assert "Forslagene mot hverandre" in text
    assert "1 oppgaver fordeles ulikt" in text and moved in text
    assert plain(fmt.kroner(abs(comparison.price_difference))) in text


def test_compare_from_the_command_line(
    demo_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with workspaces.open_workspace(demo_copy) as workspace:
        _second_proposal(workspace)
    target = tmp_path / "cli.pdf"
    code = main(["report", str(demo_copy), "--department", DEPARTMENT, "--scenario",
                 "Forslag B", "--compare", "Forslag A", "-o", str(target),
                 "--sections", "sammendrag,forslag"])  # fmt: skip
    assert code == 0
    text = plain("\n".join(pdf_text(target)))
    assert "Forslagene mot hverandre" in text
    code = main(["report", str(demo_copy), "--municipality", "Melhus", "--compare",
                 "Forslag A", "-o", str(tmp_path / "m.pdf")])  # fmt: skip
    assert code == 1 and "--compare" in capsys.readouterr().err


def test_report_dialog_compares_with_the_chosen_proposal(
    qtbot: QtBot, demo_workspace: Workspace, department_id: int, tmp_path: Path
) -> None:
    target = tmp_path / "dialog.pdf"
    dialog = ReportDialog(
        demo_workspace,
        department_id=department_id,
        choose_path=lambda *_: str(target),
        open_file=lambda _p: None,
        report_date=date(2026, 11, 28),
    )
    qtbot.addWidget(dialog)
    assert dialog.compare_combo.currentData() is None  # nothing to compare by default
    assert Section.PROPOSALS in dialog.section_boxes
    dialog.compare_combo.setCurrentIndex(dialog.compare_combo.findData("I dag"))
    assert dialog.selected_compare() == "I dag"
    for section, box in dialog.section_boxes.items():
        box.setChecked(section in {Section.SUMMARY, Section.PROPOSALS})
    dialog.path_edit.setText(str(target))
    with qtbot.waitSignal(dialog.report_written, timeout=60_000):
        dialog.create_button.click()
    text = plain("\n".join(pdf_text(target)))
    assert "Forslagene mot hverandre" in text and "«Forslag A» og «I dag» side om side" in text
