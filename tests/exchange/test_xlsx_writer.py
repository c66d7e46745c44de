"""The streaming writer: rows from a list, from rows made as they are written, or from a plain
iterator, read back by openpyxl and by the app's own reader."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl

from oppgave.exchange.workbook_export import LazyRows
from oppgave.exchange.workbook_reading import read_workbook
from oppgave.exchange.xlsx_writer import WIDTH_SAMPLE, SheetColumn, write_workbook

COLUMNS = (SheetColumn("Navn", 20), SheetColumn("Timer", 10, "0.0"), SheetColumn("Ja", 6))


def _rows(count: int) -> Iterator[list[Any]]:
    for n in range(count):
        yield [f"Oppgave {n % 7}", n / 4 if n % 3 else None, n % 2 == 0]


def _sheet_xml(path: Path, number: int) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read(f"xl/worksheets/sheet{number}.xml")


def test_list_lazy_and_iterator_rows_give_the_same_cells(tmp_path: Path) -> None:
    path = tmp_path / "bok.xlsx"
    made: list[int] = []

    def make() -> Iterator[list[Any]]:
        made.append(1)
        return _rows(1200)

    write_workbook(
        path,
        [
            ("Liste", COLUMNS, list(_rows(1200))),
            ("Lat", COLUMNS, LazyRows(1200, make)),
            ("Strøm", COLUMNS, _rows(1200)),
        ],
    )
    assert made == [1], "the rows are made once, as they are written"
    book = openpyxl.load_workbook(path, read_only=True)
    expected = [tuple(c.title for c in COLUMNS)] + [tuple(row) for row in _rows(1200)]
    for name in ("Liste", "Lat", "Strøm"):
        assert list(book[name].iter_rows(values_only=True)) == expected, name
    book.close()
    # the number of rows is in the dimension when it is known before the rows
    assert b'<dimension ref="A1:C1201"/>' in _sheet_xml(path, 1)
    assert b'<dimension ref="A1:C1201"/>' in _sheet_xml(path, 2)
    assert b"<dimension" not in _sheet_xml(path, 3)
    for number in (1, 2, 3):  # the filter covers every row, counted as they were written
        assert b'<autoFilter ref="A1:C1201"/>' in _sheet_xml(path, number)
    # shared strings: seven distinct names, however many cells
    with zipfile.ZipFile(path) as archive:
        strings = archive.read("xl/sharedStrings.xml")
    assert strings.count(b"<si>") == len(
        {"Navn", "Timer", "Ja"} | {f"Oppgave {n}" for n in range(7)}
    )
    grid = read_workbook(path)
    assert [len(sheet.rows) for sheet in grid.sheets] == [1201, 1201, 1201]


def test_an_empty_iterator_writes_only_the_header(tmp_path: Path) -> None:
    path = tmp_path / "tom.xlsx"
    write_workbook(path, [("Tom", COLUMNS, iter(()))])
    assert b"<autoFilter" not in _sheet_xml(path, 1)
    book = openpyxl.load_workbook(path)
    assert [tuple(r) for r in book["Tom"].iter_rows(values_only=True)] == [("Navn", "Timer", "Ja")]


def test_a_column_without_width_is_sized_from_the_first_rows_in_one_pass(tmp_path: Path) -> None:
    path = tmp_path / "bredde.xlsx"
    passes: list[int] = []

    def rows() -> Iterator[list[Any]]:
        passes.append(1)
        for n in range(WIDTH_SAMPLE + 50):
            # the longest text of the sample is 20 characters; a longer one after it is ignored
            name = "x" * 20 if n == 7 else "x" * (200 if n == WIDTH_SAMPLE + 10 else 3)
            yield [name, float(n), None]

    columns = (SheetColumn("Navn", None), SheetColumn("Timer", None, "0.0"), SheetColumn("Ja", 6))
    write_workbook(path, [("Ark", columns, LazyRows(WIDTH_SAMPLE + 50, rows))])
    assert passes == [1], "the rows that size the columns are not made twice"
    cols = _sheet_xml(path, 1).split(b"<cols>")[1].split(b"</cols>")[0]
    # 20 + 2 characters; the numbers' longest text is "299.0" → at least the minimum (8)
    assert b'<col min="1" max="1" width="22" customWidth="1"/>' in cols
    assert b'<col min="2" max="2" width="8" customWidth="1"/>' in cols
    assert b'<col min="3" max="3" width="6" customWidth="1"/>' in cols
    book = openpyxl.load_workbook(path, read_only=True)
    values = list(book["Ark"].iter_rows(values_only=True))
    book.close()
    assert len(values) == WIDTH_SAMPLE + 51
    assert values[WIDTH_SAMPLE + 11][0] == "x" * 200  # sampled rows and the rest, all written


def test_a_text_with_control_characters_shares_its_clean_string(tmp_path: Path) -> None:
    path = tmp_path / "rent.xlsx"
    rows = [["Stell\x01", 1.0, True], ["Stell", 2.0, False], ["Stell\x01", 3.0, True]]
    write_workbook(path, [("Ark", COLUMNS, rows)])
    with zipfile.ZipFile(path) as archive:
        strings = archive.read("xl/sharedStrings.xml")
    assert strings.count(b"<t>Stell</t>") == 1
    assert b"\x01" not in strings
    book = openpyxl.load_workbook(path, read_only=True)
    assert [row[0] for row in book["Ark"].iter_rows(min_row=2, values_only=True)] == ["Stell"] * 3
    book.close()
