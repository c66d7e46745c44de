"""The department report's text holds the analysis' own figures, formatted the Norwegian way."""

from __future__ import annotations

import re

import pytest

from oppgave.analysis.comparison import key_figure_inputs, key_figures
from oppgave.analysis.department_analysis import DepartmentAnalysis, analyse_department
from oppgave.db.workspace import Workspace
from oppgave.domain.records import DepartmentData
from oppgave.report import formatting as fmt
from oppgave.report.report_data import default_scenario
from oppgave.services import workspaces
from tests.report.conftest import DEPARTMENT, BuiltReport


def plain(text: str) -> str:
    """Text with no-break spaces as spaces and every run of whitespace as one space."""
    return re.sub(r"\s+", " ", text.replace("\xa0", " "))


def lines_of(text: str) -> list[str]:
    return [line.strip().replace("\xa0", " ") for line in text.splitlines() if line.strip()]


def has_row(text: str, first: str, cells: list[str]) -> bool:
    """Whether a table row reads ``first`` followed by ``cells`` (one extracted line each)."""
    lines = lines_of(text)
    wanted = [c.replace("\xa0", " ") for c in cells]
    return any(
        line == first and lines[i + 1 : i + 1 + len(wanted)] == wanted
        for i, line in enumerate(lines)
    )


@pytest.fixture(scope="module")
def data(demo_workspace: Workspace, department_id: int) -> DepartmentData:
    return workspaces.load_department_data(demo_workspace, department_id)


@pytest.fixture(scope="module")
def chosen(data: DepartmentData) -> DepartmentAnalysis:
    return analyse_department(data, default_scenario(data.scenarios).id)


@pytest.fixture(scope="module")
def today(data: DepartmentData) -> DepartmentAnalysis:
    return analyse_department(data, data.baseline.id)


def test_default_scenario_is_the_first_proposal(data: DepartmentData) -> None:
    assert default_scenario(data.scenarios).name == "Forslag A"


def test_cover_and_footer(department_pdf: BuiltReport) -> None:
    cover = plain(department_pdf.pages[0])
    assert "Melhus kommune" in cover
    assert DEPARTMENT in cover
    assert "«Forslag A» sammenlignet med «I dag»" in cover
    assert "28. november 2026" in cover
    total = len(department_pdf.pages)
    for number, page in enumerate(department_pdf.pages[1:], start=2):
        text = plain(page)
        assert f"Side {number} av {total}" in text
        assert f"{DEPARTMENT} · Forslag A · 28. november 2026" in text.replace("  ", " ")
        assert "demo.oppgave" in text


def test_contents_lists_every_section_with_its_page(department_pdf: BuiltReport) -> None:
    assert lines_of(department_pdf.pages[1])[0] == "Beslutningsnotat"  # page one after the cover
    contents = lines_of(department_pdf.pages[2])
    assert contents[0] == "Innhold"
    for title in (
        "Sammendrag",
        "Oppgavekart etter kategori",
        "I dag og forslaget per yrkesgruppe",
        "Døgnrytme og bemanning per vakt",
        "Bemanningsforslag",
        "Kompetanseløft",
        "Heltid og helgearbeid",
        "HMS-kommentarer",
        "Forutsetninger og formler",
    ):
        index = next(i for i, line in enumerate(contents) if line.endswith(title))
        page = int(contents[index + 1])
        assert title in plain(department_pdf.pages[page - 1]), title


def test_summary_figures(
    department_pdf: BuiltReport,
    data: DepartmentData,
    chosen: DepartmentAnalysis,
    today: DepartmentAnalysis,
) -> None:
    nurse = key_figures([key_figure_inputs(data, chosen.scenario.id)]).iloc[0]["nurse_share"]
    nurse_today = key_figures([key_figure_inputs(data, data.baseline.id)]).iloc[0]["nurse_share"]
    text = department_pdf.text
    assert has_row(
        text,
        "Oppgavetimer per uke",
        [fmt.number(today.workload.total_hours), fmt.number(chosen.workload.total_hours), "0,0"],
    )
    price = chosen.price  # the scenario's one price (analysis.scenario_price)
    assert has_row(
        text,
        "Pris per år, lønn og kurs (kr)",
        [
            fmt.kroner(price.today_total_per_year),
            fmt.kroner(price.total_per_year),
            fmt.signed(price.change_vs_today, 0),
        ],
    )
    assert "Lønnskostnad per uke (kr)" not in text  # no second cost figure on the page
    assert has_row(
        text, "Sykepleierandel av timene", [fmt.percent(nurse_today), fmt.percent(nurse)]
    )
    assert has_row(
        text,
        "Andel av tilgjengelig tid som er kartlagt",
        [fmt.percent(chosen.mapped_share), fmt.percent(chosen.mapped_share)],
    )
    assert has_row(
        text,
        "Heltidsandel (stillinger i dag)",
        [fmt.percent(chosen.fulltime.fulltime_share)] * 2,
    )
    assert has_row(text, "Årsverk til oppgavene", [fmt.number(today.capacity.fte, 2)] * 2)


@pytest.mark.parametrize("role_name", ["Helsefagarbeider", "Sykepleier", "Spesialsykepleier"])
def test_roles_today_against_the_proposal(
    department_pdf: BuiltReport,
    chosen: DepartmentAnalysis,
    today: DepartmentAnalysis,
    role_name: str,
) -> None:
    before = next(r for r in today.capacity.roles if r.role_name == role_name)
    after = next(r for r in chosen.capacity.roles if r.role_name == role_name)
    assert has_row(
        department_pdf.text,
        role_name,
        [
            fmt.number(before.hours_per_week),
            fmt.number(after.hours_per_week),
            fmt.number(before.fte, 2),
            fmt.number(after.fte, 2),
            fmt.signed(after.fte - before.fte, 2),
            fmt.kroner(before.cost_per_week),
            fmt.kroner(after.cost_per_week),
            fmt.signed(after.cost_per_week - before.cost_per_week, 0),
        ],
    )


def test_task_map_lists_every_task_with_its_hours(
    department_pdf: BuiltReport, data: DepartmentData
) -> None:
    text = plain(department_pdf.text)
    for task in data.tasks:
        assert plain(task.name) in text, task.name
    first = min(data.tasks, key=lambda t: t.sort_order)
    assert f"{first.name} " in text
    assert fmt.number(first.hours_per_week, 1).replace("\xa0", " ") in text


def test_upgrade_plan(department_pdf: BuiltReport, chosen: DepartmentAnalysis) -> None:
    text = plain(department_pdf.text)
    assert chosen.upgrades, "the demo proposal needs courses"
    for row in chosen.upgrades:
        assert plain(row.competence_name) in text
        if row.course_name:
            assert plain(row.course_name) in text
    # places and kroner are the price's courses: the same figures as page one and the summary
    price = chosen.price
    total_cost = plain(fmt.kroner(price.course_cost_once))
    places = sum(c.people for c in price.courses)
    per_place = {(u.role_id, u.competence_name): u.hours / u.people for u in chosen.upgrades}
    hours = sum(per_place[(c.role_id, c.competence_name)] * c.people for c in price.courses)
    assert f"Sum {places} {plain(fmt.number(hours, 0))} {total_cost}" in text
    assert f"{places} kursplasser" in text  # summary, page one and this section agree
    assert not re.search(r"\d+ personer på \d+ kurs", text)  # places are not people


def test_fulltime_and_weekend_table(
    department_pdf: BuiltReport, chosen: DepartmentAnalysis
) -> None:
    text = department_pdf.text
    rows = {(r.frequency, r.shift_hours): r for r in chosen.weekend_table}
    for frequency in (2, 3, 4):
        cells = []
        for length in (7.5, 12.5):
            row = rows[(frequency, length)]
            cells += [
                str(row.shifts_needed),
                str(row.people_needed),
                fmt.position_percent(row.max_avg_position),
            ]
        assert has_row(text, f"Hver {frequency}. helg", cells), frequency
    assert f"Helgen krever {fmt.number(chosen.weekend_hours, 1)} timer" in plain(text)
    assert has_row(
        text,
        "Gjennomsnittlig stillingsstørrelse",
        [fmt.position_percent(chosen.fulltime.avg_position)],
    )


def test_norwegian_letters_and_no_comments(department_pdf: BuiltReport) -> None:
    text = department_pdf.text
    for word in ("Døgnrytme", "Kompetanseløft", "Lærling / elev", "årsverk", "Sårstell"):
        assert word in text
    assert "Ingen kommentarer er registrert fra HMS-gjennomgangen." in plain(text)
    assert "�" not in text
