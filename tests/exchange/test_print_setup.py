"""The Excel export prints sensibly and carries the report's comparison and decision figures."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from oppgave.exchange import export_format as fmt
from oppgave.exchange.workbook_export import export_workbook
from oppgave.report.report_data import gather_department
from oppgave.services import organisation, scenario_pricing, workspaces

DEPARTMENT = "Melhus sykehjem, langtid 2. etasje"


@pytest.fixture(scope="module")
def exported(demo_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("export") / "eksport.xlsx"
    with workspaces.open_workspace(demo_path) as workspace:
        export_workbook(workspace, target)
    return target


def test_every_sheet_prints_landscape_fit_to_width_with_the_header_repeated(
    exported: Path,
) -> None:
    book = openpyxl.load_workbook(exported)
    assert len(book.worksheets) > 5
    for sheet in book.worksheets:
        setup = sheet.page_setup
        assert setup.orientation == "landscape", sheet.title
        assert str(setup.paperSize) == "9", sheet.title  # A4
        assert setup.fitToWidth == 1 and setup.fitToHeight == 0, sheet.title
        assert sheet.sheet_properties.pageSetUpPr.fitToPage, sheet.title
        assert sheet.print_title_rows == "$1:$1", sheet.title
        assert 0 < sheet.page_margins.left <= 0.5 and 0 < sheet.page_margins.top <= 0.75
        assert "&P" in sheet.oddFooter.center.text


def test_key_figures_sheet_holds_the_reports_figures(exported: Path, demo_path: Path) -> None:
    book = openpyxl.load_workbook(exported)
    sheet = book[fmt.SHEET_KEY_FIGURES]
    header = [cell.value for cell in sheet[1]]
    titles = {column.key: column.title for column in fmt.KEY_FIGURE_COLUMNS}
    rows = [dict(zip(header, (c.value for c in row), strict=True)) for row in sheet.iter_rows(2)]
    row = next(
        r
        for r in rows
        if r[titles["department"]] == DEPARTMENT and r[titles["scenario"]] == "Forslag A"
    )
    with workspaces.open_workspace(demo_path) as workspace:
        department = organisation.resolve_department(workspace, DEPARTMENT)
        report = gather_department(workspace, department.id, "Forslag A")
        price = scenario_pricing.price_scenario(workspace, report.scenario.id)
    brief = report.brief()
    assert row[titles["positions_budget"]] == pytest.approx(brief.positions_budget)
    assert row[titles["positions_budget"]] == pytest.approx(price.positions_budget_per_year)
    assert row[titles["change_vs_positions"]] == pytest.approx(brief.change_vs_budget)
    assert row[titles["course_places"]] == brief.course_places
    assert row[titles["course_people"]] == brief.course_people
    assert row[titles["freed_hours"]] == pytest.approx(brief.freed_hours_per_week)
    assert row[titles["recruit_fte"]] == pytest.approx(brief.recruit_fte)
    assert row[titles["nurse_share"]] == pytest.approx(report.figures.nurse_share)
    assert row[titles["residents"]] == report.department.residents
    assert row[titles["course_people"]] <= row[titles["course_places"]]
