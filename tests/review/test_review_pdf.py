"""The review PDF: A4 landscape, Norwegian text in an embedded Unicode font, every task, the
working-environment summary, the comments already written, and the sign-off block."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate

from oppgave.domain.enums import ALL_DAYS, WEEKDAYS, WEEKENDS, FrequencyUnit, Weekday
from oppgave.domain.records import Frequency
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
    assert morning.details == "1 per dag · 30 min · 2 personer"
    assert morning.flags == "tunge løft"
    assert morning.hours_per_week == pytest.approx(7.0)
    assert [row.number for group in document.groups for row in group.rows] == [1, 2, 3, 4]


def test_frequency_text() -> None:
    assert review_documents.frequency_text(Frequency(2, FrequencyUnit.DAY, ALL_DAYS)) == (
        "2 per dag"
    )
    assert review_documents.frequency_text(Frequency(1, FrequencyUnit.DAY, WEEKDAYS)) == (
        "1 per dag (hverdager)"
    )
    assert review_documents.frequency_text(Frequency(1, FrequencyUnit.WEEK, WEEKENDS)) == (
        "1 per uke (helg)"
    )
    days = Weekday.MON | Weekday.WED
    assert review_documents.frequency_text(Frequency(0.5, FrequencyUnit.MONTH, days)) == (
        "0,5 per måned (man, ons)"
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
