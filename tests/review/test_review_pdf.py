"""The review PDF: A4 landscape, Norwegian text in an embedded Unicode font, every task, the
working-environment summary, the comments already written, and the sign-off block."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from oppgave.domain import task_text
from oppgave.domain.enums import ALL_DAYS, WEEKDAYS, WEEKENDS, FrequencyUnit, Weekday
from oppgave.domain.records import Frequency, Task
from oppgave.review import pdf_fonts, review_pdf
from oppgave.services import review_comments, review_documents, work_environment, workspaces
from tests.review.conftest import Leader


def _text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


@pytest.fixture
def commented_copy(leader: Leader, tmp_path: Path) -> Path:
    path = tmp_path / "kopi.oppgave"
    leader.export(path)
    with workspaces.open_workspace(path) as copy:
        review_comments.add_comment(
            copy, leader.task_ids["Morgenstell"], "uenig", "tillitsvalgt", "Tungt for én"
        )
        review_comments.set_overall_comment(
            copy, leader.department.id, "Se på nattarbeidet.", "verneombud"
        )
    return path


def test_review_pdf_of_a_commented_copy(
    leader: Leader, commented_copy: Path, tmp_path: Path
) -> None:
    target = tmp_path / "gjennomgang.pdf"
    with workspaces.open_workspace(commented_copy) as copy:
        pages = review_documents.write_review_pdf(copy, target, leader.department.id)
        copy_uuid = copy.uuid
    reader = PdfReader(target)
    assert len(reader.pages) == pages >= 2
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert (round(float(width)), round(float(height))) == (round(A4[1]), round(A4[0]))
    text = _text(target)
    for expected in (
        "Gjennomgang i HMS-gruppen",
        "Skaun sykehjem, skjermet enhet",
        "«Forslag A», sammenlignet med «I dag»",
        copy_uuid,
        "Arbeidsmiljø",
        "tunge løft/forflytning",
        "Morgenstell",
        "Medisinutdeling",
        "Nattrunde",
        "Oppvask",
        "Direkte pasientarbeid",
        "Praktisk / service",
        "Spørs",
        "Tungt for én",
        "Se på nattarbeidet.",
        "Signering",
        "Tillitsvalgt",
        "Verneombud",
        "Ansattrepresentant",
        f"Side 1 av {pages}",
        f"Side {pages} av {pages}",
    ):
        assert expected in text, expected
    # Nattrunde (7 × 60 min = 7 t/uke of lone work) moves from HFA to the assistants: 0 → 7;
    # Morgenstell gives them only 3,5 t/uke of heavy lifting (under the 5 t/uke threshold).
    assert "Assistent (ufaglært): alenearbeid 0,0 → 7,0 t/uke" in text
    assert "tunge løft 0,0 → 3,5" not in text.split("Forslaget samler")[1].split("Advarsel gis")[0]
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert any("DejaVuSans" in name for name in fonts), fonts
    assert "\u2612" in text, "the disagreeing verdict is ticked"


def test_review_pdf_from_the_leaders_file_is_a_blank_form(leader: Leader, tmp_path: Path) -> None:
    target = tmp_path / "skjema.pdf"
    review_documents.write_review_pdf(leader.workspace, target, leader.department.id)
    text = _text(target)
    assert "Gjennomgangskopi" not in text and "leder.oppgave" in text
    assert "\u2612" not in text and "\u2610" in text


def test_document_rows_mark_what_the_proposal_changes(leader: Leader) -> None:
    document = review_documents.review_document(leader.workspace, leader.department.id)
    rows = {row.name: row for group in document.groups for row in group.rows}
    assert [g.title for g in document.groups] == ["Direkte pasientarbeid", "Praktisk / service"]
    assert rows["Medisinutdeling"].changed is False
    assert [s.text for s in rows["Medisinutdeling"].proposal] == ["Sykepleier"]
    morning = rows["Morgenstell"]
    assert morning.changed
    assert [(s.text, s.changed) for s in morning.proposal] == [
        ("Assistent (ufaglært) 50\u00a0%", True),
        ("Helsefagarbeider 50\u00a0%", True),
    ]
    assert morning.details == "1 gang daglig · 30 min · 2 personer"
    assert morning.flags == "tunge løft"
    assert morning.hours_per_week == pytest.approx(7.0)
    assert [row.number for group in document.groups for row in group.rows] == [1, 2, 3, 4]


@pytest.mark.parametrize(
    "frequency",
    [
        Frequency(2, FrequencyUnit.DAY, ALL_DAYS),
        Frequency(1, FrequencyUnit.DAY, WEEKDAYS),
        Frequency(1, FrequencyUnit.WEEK, WEEKENDS),
        Frequency(0.5, FrequencyUnit.MONTH, Weekday.MON | Weekday.WED),
        Frequency(22, FrequencyUnit.DAY, ALL_DAYS),
    ],
)
def test_the_form_writes_frequencies_as_the_task_table_does(frequency: Frequency) -> None:
    """One written form: the HMS group reads what the workshop typed, and it reads back."""
    task = Task(
        id=1, uuid="u", department_id=1, name="Oppgave", frequency=frequency, duration_minutes=90
    )
    details = review_documents.task_details(task)
    written = task_text.describe_frequency(frequency)
    assert details == f"{written} · {task_text.describe_duration(90)}"
    parsed = task_text.parse_frequency(written).frequency
    assert (parsed.count, parsed.unit, parsed.days) == (
        pytest.approx(frequency.count),
        frequency.unit,
        frequency.days,
    )


def test_without_a_unicode_font_the_form_still_prints(leader: Leader, tmp_path: Path) -> None:
    document = review_documents.review_document(leader.workspace, leader.department.id)
    target = tmp_path / "helvetica.pdf"
    pages = review_pdf.write_review_pdf(document, target, fonts=pdf_fonts.HELVETICA)
    assert pages >= 2 and "[ ]" in _text(target)


def test_fonts_are_found() -> None:
    folder = pdf_fonts.find_font_folder()
    assert folder is not None and (folder / "DejaVuSans.ttf").is_file()
    assert pdf_fonts.register_fonts().unicode


def test_sections_for_the_pdf_report_build(
    leader: Leader, commented_copy: Path, tmp_path: Path
) -> None:
    """What the report lead wires in: flowables for the working environment and comments."""
    from oppgave.services import review

    review.import_review_copy(leader.workspace, commented_copy)
    view = work_environment.summary(leader.workspace, leader.department.id)
    digest = review_documents.comment_digest(leader.workspace, leader.department.id)
    assert digest.total == 2 and digest.copies == 1 and len(digest.disagreements) == 1
    story = review_pdf.work_environment_flowables(
        view.summary, baseline_name=view.baseline.name, proposal_name=view.proposal.name
    ) + review_pdf.comment_digest_flowables(digest)
    target = tmp_path / "seksjoner.pdf"
    SimpleDocTemplate(str(target), pagesize=A4).build(story)
    text = _text(target)
    assert "Kommentarer fra HMS-gruppen" in text
    assert "Tungt for én" in text and "Se på nattarbeidet." in text
    assert "2 kommentarer fra 1 gjennomgang(er)" in text


def test_form_has_the_fte_change_per_role(leader: Leader, tmp_path: Path) -> None:
    """FTE per role, today against the proposal, from the hours by hand: Morgenstell 7 t/uke
    (2 × 30 min daily), Medisinutdeling 1,75, Nattrunde 7, Oppvask 2 1/3."""
    from oppgave.analysis.capacity import fte_needed
    from oppgave.services import settings as settings_service

    settings = settings_service.load(leader.workspace)
    document = review_documents.review_document(leader.workspace, leader.department.id)
    rows = {row.role_name: row for row in document.fte_rows}
    names = {
        role.code: role.name
        for role in review_documents.load_department_data(
            leader.workspace, leader.department.id
        ).roles
    }
    hours = {  # code: (today, proposal)
        "HFA": (14.0, 3.5),
        "SPL": (1.75, 1.75),
        "ASS": (7 / 3, 10.5),
        "SRV": (0.0, 7 / 3),
    }
    assert set(rows) == {names[code] for code in hours}
    for code, (today, then) in hours.items():
        row = rows[names[code]]
        assert row.fte_today == pytest.approx(fte_needed(today, settings))
        assert row.fte_proposal == pytest.approx(fte_needed(then, settings))
        assert row.fte_change == pytest.approx(row.fte_proposal - row.fte_today)
    assert document.fte_total is not None
    total_hours = 14.0 + 1.75 + 7 / 3
    assert document.fte_total.fte_today == pytest.approx(fte_needed(total_hours, settings))
    assert document.fte_total.fte_change == pytest.approx(0.0, abs=1e-9)

    target = tmp_path / "skjema.pdf"
    review_documents.write_review_pdf(leader.workspace, target, leader.department.id)
    text = _text(target)
    assert "Årsverk per yrkesgruppe" in text
    hfa = rows[names["HFA"]]
    change = "\u2212" + f"{abs(hfa.fte_change):.1f}".replace(".", ",")
    section = text.split("Årsverk per yrkesgruppe")[1].split("Arbeidsmiljø")[0]
    assert names["HFA"] in section and change in section, section


def test_every_task_has_room_to_write(leader: Leader) -> None:
    """At least three ruled lines per task in a comment column of about 8 cm (it was 5,5 ×
    1,2 cm), also under a comment already printed."""
    from reportlab.lib.units import mm

    document = review_documents.review_document(leader.workspace, leader.department.id)
    styles = review_pdf.PdfStyles.create()
    width = review_pdf.PAGE[0] - 2 * review_pdf.MARGIN
    table = review_pdf._task_table(document, styles, width)
    table.wrap(width, review_pdf.PAGE[1])
    assert table._colWidths[-1] >= 75 * mm
    task_rows = [
        height
        for index, height in enumerate(table._rowHeights)
        if index > 0 and table._cellvalues[index][2] != ""  # not a category row
    ]
    assert len(task_rows) == document.task_count
    lines = review_pdf.WRITING_LINES * review_pdf.WRITING_LINE_SPACING
    assert review_pdf.WRITING_LINES >= 3
    assert all(height >= lines for height in task_rows)


def test_signature_block_is_never_alone_on_the_last_page(leader: Leader, tmp_path: Path) -> None:
    """However many tasks, the last page holds the overall comment box with the signatures."""
    from oppgave.services import tasks

    for count in range(0, 14):  # push the end of the task table over a page boundary
        tasks.create_task(leader.workspace, leader.department.id, f"Ekstra oppgave {count}")
        target = tmp_path / f"skjema-{count}.pdf"
        review_documents.write_review_pdf(leader.workspace, target, leader.department.id)
        last = PdfReader(target).pages[-1].extract_text()
        assert "Signering" in last and "Helhetlig kommentar fra HMS-gruppen" in last, count
