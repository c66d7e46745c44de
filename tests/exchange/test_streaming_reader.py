"""The import's own sheet reader (issue 18 item 6) reads every cell as openpyxl did.

``read_workbook`` no longer uses openpyxl: plain cells are read with regular expressions and
anything else with the C XML parser a row at a time. openpyxl's read-only reader (what the
import used before) is the reference here: for the app's own export, for a workbook openpyxl
writes with every kind of value, and for hand-written XML that only the tree path reads, the
grids must be equal cell for cell, type for type."""

from __future__ import annotations

import warnings
import zipfile
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from oppgave.exchange import workbook_reading as wr
from oppgave.exchange.workbook_export import export
from oppgave.exchange.workbook_reading import WorkbookError, read_workbook
from oppgave.services import workspaces
from tests import hostile_files as hf


def openpyxl_rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every sheet's rows as openpyxl's read-only reader gives them (the import's reader
    before), trimmed of trailing empty cells and rows as the grid is."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    result: dict[str, list[tuple[Any, ...]]] = {}
    try:
        for sheet in workbook.worksheets:
            sheet.reset_dimensions()
            rows = []
            for values in sheet.iter_rows(values_only=True, max_col=wr.MAX_COLUMNS):
                cells = list(values)
                while cells and (cells[-1] is None or cells[-1] == ""):
                    cells.pop()
                rows.append(tuple(cells))
            while rows and not rows[-1]:
                rows.pop()
            result[sheet.title] = rows
    finally:
        workbook.close()
    return result


def assert_same_as_openpyxl(path: Path) -> wr.WorkbookGrid:
    grid = read_workbook(path)
    expected = openpyxl_rows(path)
    assert [sheet.name for sheet in grid.sheets] == list(expected)
    for sheet in grid.sheets:
        rows = list(sheet.rows)
        assert len(rows) == len(expected[sheet.name]), sheet.name
        for number, (got, wanted) in enumerate(zip(rows, expected[sheet.name], strict=True), 1):
            assert got == wanted, f"{sheet.name} row {number}"
            assert [type(v) for v in got] == [type(v) for v in wanted], f"{sheet.name} {number}"
    return grid


def test_the_demo_export_reads_cell_for_cell_as_openpyxl_read_it(
    demo_path: Path, tmp_path: Path
) -> None:
    path = tmp_path / "demo.xlsx"
    with workspaces.open_workspace(demo_path) as workspace:
        export(workspace, path)
    grid = assert_same_as_openpyxl(path)
    assert grid.row_count > 100


def test_the_plain_and_the_tree_reading_agree_on_the_export(
    demo_path: Path, tmp_path: Path
) -> None:
    """The export is read by the fast path; the tree path (for any other XML) gives the same."""
    path = tmp_path / "demo.xlsx"
    with workspaces.open_workspace(demo_path) as workspace:
        export(workspace, path)
    with zipfile.ZipFile(path) as archive:
        strings = wr._read_shared_strings(archive, set(archive.namelist()))
        dates, durations = wr._date_styles(archive, set(archive.namelist()))
        entries, _ = wr._workbook_sheets(archive)
        for entry in entries:
            reader = wr._SheetReader(
                path, strings, dates, durations, wr._WINDOWS_EPOCH, wr.MAX_ROWS, None
            )
            plain = reader._read_plain(archive, entry.member)
            assert plain is not None, f"{entry.name}: the export should be plain"
            tree, missing = reader._read_tree(archive, entry.member)
            assert plain == tree, entry.name
            assert missing == frozenset()


def test_every_kind_of_value_reads_as_openpyxl_read_it(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Verdier"
    sheet.append(["tekst", 7, 2.5, True, False, -3, 1e-7, "  mellomrom  ", ""])
    sheet["A3"] = datetime(2024, 3, 1, 7, 30)
    sheet["B3"] = date(2024, 3, 1)
    sheet["C3"] = time(14, 45)
    sheet["D3"] = timedelta(hours=30, minutes=15)
    sheet["E3"] = 45000
    sheet["E3"].number_format = "dd.mm.yyyy"
    sheet["F3"] = 0.5
    sheet["F3"].number_format = "[h]:mm"
    sheet["G3"] = 12
    sheet["G3"].number_format = '"kl." 0'  # quoted letters: not a date
    sheet["A5"] = "=1+1"  # openpyxl stores no value for a formula
    sheet["C7"] = "hull før"
    sheet.cell(row=8, column=wr.MAX_COLUMNS + 5, value="for langt til høyre")
    sheet.cell(row=9, column=wr.MAX_COLUMNS, value="siste kolonne")
    sheet.merge_cells("A10:C11")
    sheet["A10"] = "slått sammen"
    hidden = workbook.create_sheet("Skjult")
    hidden.sheet_state = "hidden"
    hidden["B2"] = 'æøå & <tegn> "sitat"'
    path = tmp_path / "verdier.xlsx"
    workbook.save(path)
    grid = assert_same_as_openpyxl(path)
    values = grid.sheet("Verdier")
    assert values.value(3, 1) == datetime(2024, 3, 1, 7, 30)
    assert values.value(3, 3) == time(14, 45)
    assert values.value(3, 4) == timedelta(hours=30, minutes=15)
    assert values.value(3, 6) == timedelta(hours=12)
    assert values.value(3, 7) == 12
    assert values.formulas_without_value == frozenset({(5, 1)})
    # Clipped to the rows with content, as before.
    assert values.merged == (wr.MergedRange(10, 1, 10, 3),)
    assert grid.sheet("Skjult").hidden and not values.hidden
    assert grid.sheet("Skjult").value(2, 2) == 'æøå & <tegn> "sitat"'


_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _with_sheet_xml(tmp_path: Path, name: str, sheet_data: str, *, root: str = "") -> Path:
    """The small valid workbook with its sheet's XML replaced."""
    base = hf.valid_sheet(tmp_path / "grunnlag.xlsx")
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        + (root or f'<worksheet xmlns="{_MAIN}">')
        + sheet_data
        + ("</x:worksheet>" if root.startswith("<x:") else "</worksheet>")
    )
    return hf.rewrite(base, tmp_path / name, lambda n, d: xml.encode() if n == hf.SHEET else d)


@pytest.mark.parametrize(
    ("label", "sheet_data", "root"),
    [
        (
            "entities and inline strings",
            '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>A &amp; B</t></is></c>'
            '<c r="B1" t="inlineStr"><is><r><t>fet</t></r><r><t> og vanlig</t></r>'
            '<rPh sb="0" eb="1"><t>uttale</t></rPh></is></c>'
            '<c r="C1" t="str"><v>x &lt; y</v></c></row>'
            '<row r="3"><c r="B3"><f>SUM(1,2)</f><v>3</v></c><c r="C3"><f>NÅ()</f></c>'
            '<c r="D3" t="e"><v>#N/A</v></c><c r="E3" t="b"><v>1</v></c></row></sheetData>',
            "",
        ),
        (
            "comments, whitespace and cells without references",
            "<sheetData>\n  <!-- en kommentar -->\n  <row>\n    <c><v>1</v></c>\n"
            '    <c t="str"><v>tekst</v></c>\n  </row>\n  <row r="4" spans="1:2">'
            '<c r="B4"><v>2.50</v></c><c><v>1E3</v></c></row>\n</sheetData>',
            "",
        ),
        (
            "a namespace prefix",
            '<x:sheetData><x:row r="2"><x:c r="A2" t="str"><x:v>tekst</x:v></x:c></x:row>'
            "</x:sheetData>",
            f'<x:worksheet xmlns:x="{_MAIN}">',
        ),
        (
            "rows out of order and a repeated row number",
            '<sheetData><row r="2"><c r="A2"><v>2</v></c></row><row r="2"><c r="A2"><v>9</v>'
            '</c></row><row r="1"><c r="A1"><v>1</v></c></row><row r="5"><c r="C5"><v>5</v>'
            "</c></row></sheetData>",
            "",
        ),
    ],
)
def test_xml_outside_the_plain_form_reads_as_openpyxl_read_it(
    tmp_path: Path, label: str, sheet_data: str, root: str
) -> None:
    path = _with_sheet_xml(tmp_path, "ark.xlsx", sheet_data, root=root)
    grid = assert_same_as_openpyxl(path)
    assert not grid.sheets[0].is_empty(), label


def test_a_formula_without_a_stored_value_is_reported(tmp_path: Path) -> None:
    path = _with_sheet_xml(
        tmp_path,
        "formel.xlsx",
        '<sheetData><row r="1"><c r="A1" t="str"><v>a</v></c><c r="B1"><f>1+1</f><v>2</v></c>'
        '<c r="C1"><f>1+2</f></c></row></sheetData>',
    )
    (sheet,) = read_workbook(path).sheets
    assert sheet.value(1, 2) == 2
    assert sheet.formulas_without_value == frozenset({(1, 3)})


@pytest.mark.parametrize("part", [hf.SHEET, "xl/workbook.xml", "xl/sharedStrings.xml"])
def test_a_document_type_declaration_is_refused_in_any_part(tmp_path: Path, part: str) -> None:
    """A DTD is how XML defines entities (billion laughs, external entities); no spreadsheet
    program writes one, so any part with one is refused before it is parsed."""
    base = tmp_path / "grunnlag.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet["A1"] = "Oppgave"
    workbook.save(base)
    items = hf.members(base)
    if part not in dict(items):
        items.append((part, f'<sst xmlns="{_MAIN}" count="0" uniqueCount="0"/>'.encode()))
    dtd = b'<!DOCTYPE lol [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>'

    def with_dtd(data: bytes) -> bytes:
        declaration_end = data.index(b"?>") + 2 if data.startswith(b"<?xml") else 0
        return data[:declaration_end] + dtd + data[declaration_end:]

    path = hf.write_members(
        tmp_path / "dtd.xlsx", [(n, with_dtd(d) if n == part else d) for n, d in items]
    )
    with pytest.raises(WorkbookError, match="DTD"):
        read_workbook(path)


def test_a_sheet_in_utf16_is_refused(tmp_path: Path) -> None:
    """Another encoding could hide a declaration from the byte search: refused, not parsed."""
    xml = f'<?xml version="1.0" encoding="UTF-16"?><worksheet xmlns="{_MAIN}"><sheetData/>'
    xml += "</worksheet>"
    base = hf.valid_sheet(tmp_path / "grunnlag.xlsx")
    path = hf.rewrite(
        base,
        tmp_path / "utf16.xlsx",
        lambda n, d: xml.encode("utf-16") if n == hf.SHEET else d,
    )
    with pytest.raises(WorkbookError):
        read_workbook(path)


def test_a_1904_workbook_counts_dates_from_1904(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    workbook.epoch = openpyxl.utils.datetime.CALENDAR_MAC_1904
    sheet = workbook.active
    assert sheet is not None
    sheet["A1"] = datetime(2024, 5, 17)
    path = tmp_path / "mac.xlsx"
    workbook.save(path)
    grid = assert_same_as_openpyxl(path)
    assert grid.sheets[0].value(1, 1) == datetime(2024, 5, 17)


@pytest.mark.parametrize("first_cell", ['<c r="A1"><v>1</v></c>', '<c r="A1"><f>1</f></c>'])
def test_a_row_with_more_cells_than_excel_has_columns_is_refused(
    tmp_path: Path, first_cell: str
) -> None:
    """Empty cells are not counted by the scan (it bounds cells with a value), yet each is an
    object while its row is read: a row wider than Excel is refused on both paths (a formula
    sends the sheet down the tree path)."""
    path = _with_sheet_xml(
        tmp_path,
        "bred.xlsx",
        f'<sheetData><row r="1">{first_cell}' + "<c/>" * 20_000 + "</row></sheetData>",
    )
    with pytest.raises(WorkbookError, match="flere celler enn Excel har kolonner"):
        read_workbook(path)


def test_the_pull_parser_fallback_gives_the_same_events() -> None:
    """A Python without the parser's event hook gets XMLPullParser: the same events."""
    xml = (
        f'<worksheet xmlns="{_MAIN}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row>'
        '<row r="2"><c r="B2" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>'
    )
    fast: list[tuple[str, Any]] = []
    pulled: list[tuple[str, Any]] = []
    for parser in (wr._event_parser(fast), wr._PullFeeder(pulled)):
        parser.feed(xml[:40].encode())
        parser.feed(xml[40:].encode())
        parser.close()
    assert [(e, x.tag) for e, x in fast] == [(e, x.tag) for e, x in pulled]
    assert len(fast) == 2 * xml.count("</")
