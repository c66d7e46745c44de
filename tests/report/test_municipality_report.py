"""A municipality report: a chapter per department and the key figures side by side."""

from __future__ import annotations

import re

from oppgave.analysis.comparison import key_figure_inputs, key_figures_by_municipality
from oppgave.db.workspace import Workspace
from oppgave.report import formatting as fmt
from oppgave.report.report_data import default_scenario
from oppgave.services import organisation, workspaces
from tests.report.conftest import BuiltReport
from tests.report.test_department_report import has_row, lines_of, plain


def test_a_chapter_per_department(municipality_pdf: BuiltReport, demo_workspace: Workspace) -> None:
    skaun = organisation.resolve_municipality(demo_workspace, "Skaun")
    names = sorted(
        (d.name for d in organisation.list_departments(demo_workspace, skaun.id)), key=str.casefold
    )
    assert names == [
        "Bofellesskapet Børsa",
        "Hjemmetjenesten Skaun",
        "Skaun sykehjem, skjermet enhet",
    ]
    lines = lines_of(municipality_pdf.text)
    for chapter, name in enumerate(names, start=3):
        heading = f"{chapter}   {name}"
        assert heading in lines, heading
        for title in (
            "Sammendrag",
            "Oppgavekart etter kategori",
            "Kompetanseløft",
            "HMS-kommentarer",
        ):
            assert any(re.fullmatch(rf"{chapter}\.\d   {title}", line) for line in lines), title
    # The footer names the department of the chapter.
    page = next(p for p in municipality_pdf.pages[3:] if "3   Bofellesskapet Børsa" in lines_of(p))
    assert "Bofellesskapet Børsa  ·  Forslag A" in page.replace("\xa0", " ")


def test_comparison_holds_the_municipality_key_figures(
    municipality_pdf: BuiltReport, demo_workspace: Workspace
) -> None:
    skaun = organisation.resolve_municipality(demo_workspace, "Skaun")
    ids = [d.id for d in organisation.list_departments(demo_workspace, skaun.id)]
    inputs = []
    for data in workspaces.load_workspace_data(demo_workspace, ids):
        inputs.append(key_figure_inputs(data, default_scenario(data.scenarios).id))
    row = key_figures_by_municipality(inputs, {skaun.id: "Skaun kommune"}).iloc[0]
    text = municipality_pdf.text
    assert "Sammenligning av avdelingene" in text
    assert has_row(
        text,
        "Skaun kommune",
        [
            fmt.number(row["residents"], 0),
            fmt.number(row["task_hours"], 0),
            fmt.number(row["hours_per_resident"], 1),
            fmt.kroner(row["cost_per_resident_day"]),
            fmt.percent(row["nurse_share"], 0),
            fmt.percent(row["fulltime_share"], 0),
            fmt.percent(row["mapped_share"], 0),
        ],
    )
    assert "Kostnad per brukerdøgn" in text
    assert "Oppgavetimer etter kategori" in text


def test_summary_sums_the_departments(municipality_pdf: BuiltReport) -> None:
    text = plain(municipality_pdf.pages[3])
    assert "Rapporten samler 3 avdelinger" in text
    assert "Sum" in text


def test_contents_pages_point_at_the_chapters(municipality_pdf: BuiltReport) -> None:
    contents = lines_of(municipality_pdf.pages[2])
    assert contents[0] == "Innhold"
    checked = 0
    for index, line in enumerate(contents[1:-4], start=1):
        if re.fullmatch(r"\d+(\.\d+)?   .+", line) and contents[index + 1].isdigit():
            page = int(contents[index + 1])
            assert line in lines_of(municipality_pdf.pages[page - 1]), (line, page)
            checked += 1
    assert checked >= 3 + 3 * 8, "chapters, each department's sections"
