"""A total printed twice must be the same: the municipality's sums are the departments' figures
(each from its own table), and the charts of the same data are drawn once."""

from __future__ import annotations

import numpy as np
import pytest

from oppgave.db.workspace import Workspace
from oppgave.domain.records import Settings
from oppgave.report import charts
from oppgave.report.report_data import MunicipalityReport, gather_municipality
from oppgave.report.table_spec import THOUSANDS
from oppgave.services import organisation

from .conftest import BuiltReport


@pytest.fixture(scope="module")
def skaun(demo_workspace: Workspace) -> MunicipalityReport:
    municipality = organisation.resolve_municipality(demo_workspace, "Skaun")
    return gather_municipality(demo_workspace, municipality.id)


def test_municipality_totals_are_the_sums_of_the_departments_tables(
    skaun: MunicipalityReport,
) -> None:
    totals = skaun.totals()
    assert len(skaun.departments) > 1
    staffing = [d.staffing_rows().total for d in skaun.departments]
    assert totals.fte_today == pytest.approx(sum(t.fte_today for t in staffing))
    assert totals.fte_scenario == pytest.approx(sum(t.fte_scenario for t in staffing))
    assert totals.scenario_wages == pytest.approx(sum(t.wages_scenario for t in staffing))
    charged = [d for d in skaun.departments if not d.scenario.is_baseline]
    assert totals.course_cost_once == pytest.approx(
        sum(d.course_totals().cost_once for d in charged)
    )
    assert totals.course_places == sum(d.brief().course_places for d in skaun.departments)
    assert totals.course_places == sum(d.course_totals().places for d in charged)


def test_each_department_staffing_sum_is_its_rows(skaun: MunicipalityReport) -> None:
    for department in skaun.departments:
        table = department.staffing_rows()
        assert table.total.wages_scenario == pytest.approx(
            sum(row.wages_scenario for row in table.rows)
        )
        assert table.total.people == sum(row.people for row in table.rows)
        categories = department.category_rows()
        assert categories[-1].hours_per_week == pytest.approx(
            sum(row.hours_per_week for row in categories[:-1])
        )
        assert categories[-1].tasks == len(department.data.tasks)


def test_the_printed_municipality_sum_is_the_sum_of_the_departments(
    skaun: MunicipalityReport, municipality_pdf: BuiltReport
) -> None:
    totals = skaun.totals()
    wages = sum(d.brief().scenario_wages for d in skaun.departments)
    printed = THOUSANDS(wages).replace("\xa0", " ")
    assert printed == THOUSANDS(totals.scenario_wages).replace("\xa0", " ")
    assert printed in municipality_pdf.text


def test_the_same_data_gives_the_same_chart_without_drawing_it_again() -> None:
    settings = Settings()
    rhythm = np.arange(7 * 24, dtype=float).reshape(7, 24) / 10
    staffed = np.full((7, 24), 3.0)
    first = charts.rhythm_profiles(rhythm, staffed, settings, 400.0)
    second = charts.rhythm_profiles(rhythm.copy(), staffed.copy(), settings, 400.0)
    assert second.image is first.image  # kept, not drawn again
    assert charts.png_bytes(second) == charts.png_bytes(first)
    other = charts.rhythm_profiles(rhythm * 2, staffed, settings, 400.0)
    assert other.image is not first.image
    assert charts.png_bytes(other) != charts.png_bytes(first)


def test_position_size_sums_agree_both_ways(skaun: MunicipalityReport) -> None:
    for department in skaun.departments:
        table = department.position_sizes()
        employees = sum(position.count for position in department.data.positions)
        assert table.total == employees
        assert sum(table.per_role.values()) == employees
        assert sum(table.per_size.values()) == employees
        assert list(table.sizes) == sorted(table.sizes, reverse=True)
