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
from oppgave.exchange.xlsx_writer import SheetColumn, write_workbook

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
