"""Small things a reader notices: one word per category, long dates, dashes, no 3 decimals."""

from __future__ import annotations

import re
from datetime import date

from oppgave.analysis.norwegian_text import long_date
from oppgave.db.workspace import Workspace
from oppgave.domain import labels as domain_labels
from oppgave.domain.enums import Category
from oppgave.report import formatting as fmt
from oppgave.report import labels as report_labels
from oppgave.services import review_documents
from tests.report.conftest import BuiltReport
from tests.report.test_department_report import plain


def test_category_names_are_the_same_in_app_report_and_review_form(
    demo_workspace: Workspace, department_id: int
) -> None:
    # one word list (domain.labels): the report's headings use its long form
    names = {category: domain_labels.label(category) for category in Category}
    for category in Category:
        assert report_labels.category(category) == domain_labels.long_label(category)
    document = review_documents.review_document(demo_workspace, department_id)
    assert document.groups and {g.title for g in document.groups} <= set(names.values())


def test_dates_are_written_out() -> None:
    assert long_date(date(2026, 12, 7)) == "7. desember 2026"
    assert fmt.norwegian_date(date(2026, 1, 31)) == "31. januar 2026"


def test_review_form_prints_a_long_date(demo_workspace: Workspace, department_id: int) -> None:
    document = review_documents.review_document(demo_workspace, department_id)
    assert document.printed_on == long_date(date.today())


def test_report_text_has_no_iso_dates_ascii_ranges_or_three_decimals(
    department_pdf: BuiltReport,
) -> None:
    text = plain(department_pdf.text)
    assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", text), "ISO date in the text"
    assert not re.search(r"\b\d{1,2}(:\d{2})?-\d{1,2}(:\d{2})?\b", text), "ASCII hyphen range"
    assert not re.search(r"\d,\d{3}(?!\d)", text), "three decimals"
