"""A minimal streaming .xlsx writer: header-styled tables, written as Excel saves them.

openpyxl builds an element per cell and serialises it through a generic XML writer; for the
export's ≈600 000 cells that was four fifths of ``oppgave export``. This module writes the sheet
XML directly, row by row, into the zip: one pass, no cell written for an empty value, strings
in one shared-string table (written last, as its size is known only then), each sheet with its
dimension, column widths (given, or sized from the sheet's first rows as they pass), a frozen
and filterable header row. Memory holds a few hundred rows and the distinct strings, not the
sheet.

Only what the export needs: text, numbers (with an optional number format per column) and
booleans; a header row styled bold white on dark blue. The workbooks open in Excel, LibreOffice
and openpyxl (the tests read them back with openpyxl).
"""

from __future__ import annotations

import itertools
import math
import re
import zipfile
from collections.abc import Iterable, Sequence, Sized
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

#: Characters XML 1.0 does not allow (pasted from other programs): removed from text.
ILLEGAL_CHARACTERS = re.compile(r"[\000-\010]|[\013-\014]|[\016-\037]")

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
#: Rows buffered before a write to the zip stream.
_CHUNK = 500
#: Widths of columns sized from their content, in characters.
MAX_WIDTH = 60
MIN_WIDTH = 8
#: Rows sampled to size a column (the rest are assumed alike).
WIDTH_SAMPLE = 300


@dataclass(frozen=True, slots=True)
class SheetColumn:
    """A column: its header text, width in characters (None: sized from the first
    :data:`WIDTH_SAMPLE` rows, as they are written) and number format (None: General)."""

    title: str
    width: float | None
    number_format: str | None = None


def _sized(columns: Sequence[SheetColumn], sample: Sequence[Sequence[Any]]) -> list[SheetColumn]:
    """``columns`` with every missing width taken from the longest text in ``sample`` (the
    sheet's first rows; the title counts too), within :data:`MIN_WIDTH`…:data:`MAX_WIDTH`."""
    sized = []
    for index, column in enumerate(columns):
        if column.width is None:
            longest = len(column.title)
            for row in sample:
                value = row[index]
                if value is not None:
                    longest = max(longest, len(str(value)))
            column = SheetColumn(
                column.title,
                float(min(MAX_WIDTH, max(MIN_WIDTH, longest + 2))),
                column.number_format,
            )
        sized.append(column)
    return sized


def column_letter(index: int) -> str:
    """1 → A, 27 → AA (Excel's column names)."""
    letters = ""
    while index > 0:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def clean_text(value: str) -> str:
    """Text Excel accepts: control characters removed."""
    return ILLEGAL_CHARACTERS.sub("", value)


class _Styles:
    """The cell formats: 0 default, 1 the header, then one per number format used."""

    def __init__(self, formats: Iterable[str]) -> None:
        self.formats = sorted(set(formats))
        self.style_of = {fmt: index + 2 for index, fmt in enumerate(self.formats)}

    def xml(self) -> str:
        num_fmts = "".join(
            f"<numFmt numFmtId={quoteattr(str(164 + i))} formatCode={quoteattr(fmt)}/>"
            for i, fmt in enumerate(self.formats)
        )
        num_fmts_xml = (
            f'<numFmts count="{len(self.formats)}">{num_fmts}</numFmts>' if self.formats else ""
        )
        number_xfs = "".join(
            f'<xf numFmtId="{164 + i}" fontId="0" fillId="0" borderId="0" xfId="0" '
            f'applyNumberFormat="1"/>'
            for i in range(len(self.formats))
        )
        return (
            f'{_DECLARATION}<styleSheet xmlns="{_MAIN}">{num_fmts_xml}'
            '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
            '<font><b/><sz val="11"/><color rgb="FFFFFFFF"/><name val="Calibri"/>'
            '<family val="2"/></font></fonts>'
            '<fills count="3"><fill><patternFill patternType="none"/></fill>'
            '<fill><patternFill patternType="gray125"/></fill>'
            '<fill><patternFill patternType="solid"><fgColor rgb="FF1F4E79"/>'
            '<bgColor rgb="FF1F4E79"/></patternFill></fill></fills>'
            '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border>'
            "</borders>"
            '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'
            "</cellStyleXfs>"
            f'<cellXfs count="{2 + len(self.formats)}">'
            '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
            '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" '
            'applyFill="1" applyAlignment="1"><alignment vertical="center" wrapText="1"/></xf>'
            f"{number_xfs}</cellXfs>"
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/>'
            "</cellStyles></styleSheet>"
        )


class _SharedStrings:
    """Each distinct text once; cells refer to it by index, as Excel saves a workbook."""

    def __init__(self) -> None:
        self.index: dict[str, int] = {}  # clean text → index
        self.unclean: dict[str, int] = {}  # text with characters XML refuses → its clean one's
        self.count = 0

    def ref(self, text: str) -> int:
        """The index of ``text``, cleaned (see :func:`clean_text`) the first time it is seen:
        a text met again is looked up without the regular expression."""
        self.count += 1
        found = self.index.get(text)  # every key is clean: a hit is a clean text
        if found is None:
            found = self.unclean.get(text)
            if found is None:
                cleaned = clean_text(text)
                found = self.index.get(cleaned)
                if found is None:
                    found = self.index[cleaned] = len(self.index)
                if cleaned != text:
                    self.unclean[text] = found
        return found

    def xml_parts(self) -> Iterable[str]:
        yield (
            f'{_DECLARATION}<sst xmlns="{_MAIN}" count="{self.count}" '
            f'uniqueCount="{len(self.index)}">'
        )
        for text in self.index:  # insertion order = index order
            if text != text.strip() or "\n" in text:
                yield f'<si><t xml:space="preserve">{escape(text)}</t></si>'
            else:
                yield f"<si><t>{escape(text)}</t></si>"
        yield "</sst>"


#: Print as a leader expects: A4 landscape, every column on one page's width (as many pages
#: down as it takes), grid lines, narrow margins, the sheet's name on top and page numbers at
#: the bottom; the header row repeats through ``_xlnm.Print_Titles`` in the workbook. Without it
#: LibreOffice prints a wide sheet as hundreds of pages.
_PRINT_SETUP = (
    '<printOptions gridLines="1"/>'
    '<pageMargins left="0.4" right="0.4" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>'
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>'
    "<headerFooter><oddHeader>&amp;C&amp;A</oddHeader>"
    "<oddFooter>&amp;C&amp;P / &amp;N</oddFooter></headerFooter>"
)


def _print_titles(sheets: Sequence[str]) -> str:
    """The header row of every sheet repeated on each printed page."""
    names = "".join(
        f'<definedName name="_xlnm.Print_Titles" localSheetId="{i}">'
        f"{escape(_quoted_sheet(name))}!$1:$1</definedName>"
        for i, name in enumerate(sheets)
    )
    return f"<definedNames>{names}</definedNames>" if names else ""


def _quoted_sheet(name: str) -> str:
    return "'" + name.replace("'", "''") + "'"


def _sheet_head(columns: Sequence[SheetColumn], rows: int | None) -> str:
    """The sheet's start; its ``<dimension>`` only when the number of rows is known before
    they are written (it is optional: Excel, LibreOffice and openpyxl read the rows without)."""
    last = column_letter(max(len(columns), 1))
    dimension = f'<dimension ref="A1:{last}{rows + 1}"/>' if rows is not None else ""
    cols = "".join(
        f'<col min="{i}" max="{i}" width="{column.width:g}" customWidth="1"/>'
        for i, column in enumerate(columns, start=1)
    )
    return (
        f'{_DECLARATION}<worksheet xmlns="{_MAIN}" xmlns:r="{_REL}">'
        # fit every column on one page's width when printed (with <pageSetup> below)
        '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>'
        f"{dimension}"
        '<sheetViews><sheetView workbookViewId="0">'
        '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
        '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>'
        '<sheetFormatPr defaultRowHeight="15"/>'
        + (f"<cols>{cols}</cols>" if cols else "")
        + "<sheetData>"
    )


def _write_sheet(
    stream: Any,
    columns: Sequence[SheetColumn],
    rows: Iterable[Sequence[Any]],
    strings: _SharedStrings,
    styles: _Styles,
) -> None:
    letters = [column_letter(i) for i in range(1, len(columns) + 1)]
    number_styles = [
        f' s="{styles.style_of[c.number_format]}"' if c.number_format else "" for c in columns
    ]
    ref = strings.ref
    header = "".join(
        f'<c r="{letter}1" s="1" t="s"><v>{ref(column.title)}</v></c>'
        for letter, column in zip(letters, columns, strict=True)
    )
    # the count first: rows made as they are written may know it only now (see LazyRows)
    known = len(rows) if isinstance(rows, Sized) else None
    iterator = iter(rows)
    # one pass: the rows that size the columns are written from the same iterator
    sample = list(itertools.islice(iterator, WIDTH_SAMPLE))
    parts = [_sheet_head(_sized(columns, sample), known), f'<row r="1">{header}</row>']
    number = 1
    for number, row in enumerate(itertools.chain(sample, iterator), start=2):  # noqa: B007 - the last number is used below
        cells = []
        for letter, style, value in zip(letters, number_styles, row, strict=True):
            if value is None:
                continue
            if isinstance(value, str):
                if value:
                    index = ref(value)
                    cells.append(f'<c r="{letter}{number}" t="s"><v>{index}</v></c>')
            elif isinstance(value, bool):
                cells.append(f'<c r="{letter}{number}" t="b"><v>{int(value)}</v></c>')
            elif isinstance(value, int):
                cells.append(f'<c r="{letter}{number}"{style}><v>{value}</v></c>')
            elif isinstance(value, float):
                if math.isfinite(value):  # 16 significant digits, as openpyxl and Excel
                    cells.append(f'<c r="{letter}{number}"{style}><v>{value:.16g}</v></c>')
            else:
                cells.append(f'<c r="{letter}{number}" t="s"><v>{ref(str(value))}</v></c>')
        parts.append(f'<row r="{number}">{"".join(cells)}</row>')
        if len(parts) >= _CHUNK:
            stream.write("".join(parts).encode("utf-8"))
            parts.clear()
    parts.append("</sheetData>")
    if number > 1:
        parts.append(f'<autoFilter ref="A1:{letters[-1]}{number}"/>')
    parts.append(_PRINT_SETUP + "</worksheet>")
    stream.write("".join(parts).encode("utf-8"))


def write_workbook(
    path: Path, sheets: Sequence[tuple[str, Sequence[SheetColumn], Iterable[Sequence[Any]]]]
) -> None:
    """Write ``sheets`` (name, columns, rows) to ``path`` in one pass, in order. ``rows`` may
    be an iterator (a generator over the records): then no sheet's rows are held in memory.
    Each sheet's rows are first touched when its turn comes (after the sheets before it were
    written), so a later sheet may be a list that the rows of an earlier one fill."""
    styles = _Styles(
        column.number_format
        for _, columns, _ in sheets
        for column in columns
        if column.number_format
    )
    strings = _SharedStrings()
    count = len(sheets)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for index, (_, columns, rows) in enumerate(sheets, start=1):
            with archive.open(f"xl/worksheets/sheet{index}.xml", "w", force_zip64=True) as stream:
                _write_sheet(stream, columns, rows, strings, styles)
        with archive.open("xl/sharedStrings.xml", "w", force_zip64=True) as stream:
            buffer: list[str] = []
            for part in strings.xml_parts():
                buffer.append(part)
                if len(buffer) >= 4096:
                    stream.write("".join(buffer).encode("utf-8"))
                    buffer.clear()
            stream.write("".join(buffer).encode("utf-8"))
        archive.writestr("xl/styles.xml", styles.xml())
        sheet_entries = "".join(
            f'<sheet name={quoteattr(name)} sheetId="{i}" r:id="rId{i}"/>'
            for i, (name, _, _) in enumerate(sheets, start=1)
        )
        archive.writestr(
            "xl/workbook.xml",
            f'{_DECLARATION}<workbook xmlns="{_MAIN}" xmlns:r="{_REL}">'
            f"<bookViews><workbookView/></bookViews><sheets>{sheet_entries}</sheets>"
            f"{_print_titles([name for name, _, _ in sheets])}</workbook>",
        )
        relationships = "".join(
            f'<Relationship Id="rId{i}" Type="{_REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
            for i in range(1, count + 1)
        )
        archive.writestr(
            "xl/_rels/workbook.xml.rels",
            f'{_DECLARATION}<Relationships xmlns="{_PKG_REL}">{relationships}'
            f'<Relationship Id="rId{count + 1}" Type="{_REL}/styles" Target="styles.xml"/>'
            f'<Relationship Id="rId{count + 2}" Type="{_REL}/sharedStrings" '
            'Target="sharedStrings.xml"/></Relationships>',
        )
        archive.writestr(
            "_rels/.rels",
            f'{_DECLARATION}<Relationships xmlns="{_PKG_REL}">'
            f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/>'
            "</Relationships>",
        )
        overrides = "".join(
            f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="{_SHEET_TYPE}"/>'
            for i in range(1, count + 1)
        )
        spreadsheet = "application/vnd.openxmlformats-officedocument.spreadsheetml"
        archive.writestr(
            "[Content_Types].xml",
            f'{_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{spreadsheet}.sheet.main+xml"/>'
            f'<Override PartName="/xl/styles.xml" ContentType="{spreadsheet}.styles+xml"/>'
            f'<Override PartName="/xl/sharedStrings.xml" '
            f'ContentType="{spreadsheet}.sharedStrings+xml"/>{overrides}</Types>',
        )
