"""Rows read from a sheet keep every cell up to the last one with content, wherever it is."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from oppgave.domain import labels
from oppgave.domain.enums import Category
from oppgave.exchange.workbook_reading import MAX_COLUMNS, read_workbook
from oppgave.i18n import install_translator


def test_trailing_empty_cells_are_dropped_and_inner_ones_kept(tmp_path: Path) -> None:
    path = tmp_path / "ark.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Oppgaver"
    sheet.append(["Navn", None, "Varighet", "", None])
    sheet.append([None] * 39 + ["langt ute", "", ""])  # content in column 40, then ""
    sheet.append([None] * 70 + [""])  # only an empty text: an empty row
    sheet.cell(row=4, column=MAX_COLUMNS, value=7)  # the last column that is read
    sheet.append(["ny", 0, False])  # falsy values are content
    book.save(path)

    (grid_sheet,) = read_workbook(path).sheets
    assert grid_sheet.rows[0] == ("Navn", None, "Varighet")
    assert grid_sheet.rows[1] == (None,) * 39 + ("langt ute",)
    assert grid_sheet.rows[2] == ()
    assert grid_sheet.rows[3] == (None,) * (MAX_COLUMNS - 1) + (7,)
    assert grid_sheet.rows[4] == ("ny", 0, False)


def test_labels_are_parsed_in_the_language_installed_last() -> None:
    """The word tables are cached per installed translator: a change of language (even through
    the same function) is seen."""
    english = {"Direkte pasientarbeid": "Patient work"}

    def translator(context: str, text: str) -> str:
        return english.get(text, text)

    try:
        install_translator(translator)
        assert labels.lookup(Category, "patient work") is Category.DIRECT
        english["Direkte pasientarbeid"] = "Bedside work"
        install_translator(translator)
        assert labels.lookup(Category, "bedside work") is Category.DIRECT
        assert labels.lookup(Category, "patient work") is None
    finally:
        install_translator(None)
    assert labels.lookup(Category, "direkte pasientarbeid") is Category.DIRECT
