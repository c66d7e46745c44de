"""Hostile inputs, generated (never checked in): sheets that try to cost minutes and gigabytes,
damaged packages, and review copies edited outside the app.

Shared by the regression tests (``tests/exchange/test_hostile_sheets.py``,
``tests/review/test_hostile_copies.py``), the fuzz tests (``tests/fuzz``) and
``benchmarks/bench_hostile.py``. Everything is written with the standard library and openpyxl,
so what a test feeds the importer is exactly the bytes a mailed file would have.
"""

from __future__ import annotations

import sqlite3
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path

import openpyxl

SHEET = "xl/worksheets/sheet1.xml"
#: Rows of the small valid sheet every hostile sheet starts from.
VALID_ROWS: tuple[tuple[object, ...], ...] = (
    ("Oppgave", "Hyppighet", "Tidsbruk", "Hvem gjør i dag"),
    ("Morgenstell", "daglig", "20 min", "HFA"),
    ("Medisinutdeling", "3 ganger daglig", "10 min", "SPL"),
    ("Oppvask", "daglig", 15, "ASS"),
)


def valid_sheet(path: Path, rows: Iterable[Iterable[object]] = VALID_ROWS) -> Path:
    """A small, honest workshop sheet (openpyxl writes inline strings)."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Oppgaver"
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return path


def members(path: Path) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(path) as archive:
        return [(info.filename, archive.read(info.filename)) for info in archive.infolist()]


def write_members(
    path: Path, items: Iterable[tuple[str, bytes]], compression: int = zipfile.ZIP_DEFLATED
) -> Path:
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, data in items:
            archive.writestr(name, data)
    return path


def rewrite(source: Path, target: Path, change: Callable[[str, bytes], bytes | None]) -> Path:
    """``source`` with every member passed through ``change`` (``None`` drops the member)."""
    changed = [(name, change(name, data)) for name, data in members(source)]
    return write_members(target, [(n, d) for n, d in changed if d is not None])


def _into_sheet(extra_rows: bytes = b"", after_data: bytes = b"") -> Callable[[str, bytes], bytes]:
    def change(name: str, data: bytes) -> bytes:
        if name != SHEET:
            return data
        data = data.replace(b"</sheetData>", extra_rows + b"</sheetData>" + after_data)
        return data.replace(b'<dimension ref="A1:D4" />', b'<dimension ref="A1:XFD20000" />')

    return change


def merged_range_bomb(path: Path, *, ranges: int = 1, last_row: int = 20_000) -> Path:
    """The probe's 1.8 KB sheet: one merged range A1:XFD20000 (16,384 columns × 20,000 rows)
    over a sheet with a value in its last row, so a cell-by-cell fill would visit 327 million
    cells. ``ranges`` repeats it (the probe's 200 merged ranges)."""
    base = valid_sheet(path.with_name(path.stem + "-base.xlsx"))
    last = f'<row r="{last_row}"><c r="A{last_row}" t="inlineStr"><is><t>Slutt</t></is></c></row>'
    merged = f'<mergeCell ref="A1:XFD{last_row}"/>' * ranges
    return rewrite(
        base,
        path,
        _into_sheet(last.encode(), f'<mergeCells count="{ranges}">{merged}</mergeCells>'.encode()),
    )


def merged_over_small_sheet(path: Path) -> Path:
    """One merged range A1:XFD20000 over the four rows of a valid sheet: harmless once the range
    is clipped to the rows there are (and imported)."""
    base = valid_sheet(path.with_name(path.stem + "-base.xlsx"))
    return rewrite(
        base,
        path,
        _into_sheet(
            after_data=b'<mergeCells count="1"><mergeCell ref="A1:XFD20000"/></mergeCells>'
        ),
    )


def many_merged_ranges(path: Path, count: int) -> Path:
    """``count`` small merged ranges (two cells each, one per row pair)."""
    base = valid_sheet(path.with_name(path.stem + "-base.xlsx"))
    merged = "".join(f'<mergeCell ref="E{r}:F{r}"/>' for r in range(1, count + 1))
    return rewrite(
        base,
        path,
        _into_sheet(after_data=f'<mergeCells count="{count}">{merged}</mergeCells>'.encode()),
    )


def far_row(path: Path, row: int) -> Path:
    """A valid sheet with one more value in row ``row`` (beyond Excel's last row: damage)."""
    base = valid_sheet(path.with_name(path.stem + "-base.xlsx"))
    extra = f'<row r="{row}"><c t="inlineStr"><is><t>x</t></is></c></row>'.encode()
    return rewrite(base, path, _into_sheet(extra))


def shared_strings_bomb(path: Path, megabytes: int, *, stored: bool = False) -> Path:
    """A valid sheet whose shared-string part unpacks to ``megabytes`` MB of tiny strings
    (the probe's 900 MB packed into 2.2 MB). Streamed, so writing it costs no memory;
    ``stored`` leaves it uncompressed (to pass the ratio check and reach the count)."""
    base = valid_sheet(path.with_name(path.stem + "-base.xlsx"))
    items = members(base)
    compression = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    item = b"<si><t>a</t></si>"
    chunk = item * (1024 * 1024 // len(item))
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, data in items:
            if name == "[Content_Types].xml":
                data = data.replace(
                    b"</Types>",
                    b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                    b"</Types>",
                )
            archive.writestr(name, data)
        with archive.open("xl/sharedStrings.xml", "w", force_zip64=True) as handle:
            handle.write(
                b'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.'
                b'openxmlformats.org/spreadsheetml/2006/main">'
            )
            for _ in range(megabytes):
                handle.write(chunk)
            handle.write(b"</sst>")
    return path


def with_export_sheet_names(path: Path, rows: int) -> Path:
    """A plain task sheet of ``rows`` rows, with extra sheets named like the app's own export
    ("Om filen", "Oppgaver", "Fordeling"): it must not buy a higher row limit."""
    workbook = openpyxl.Workbook(write_only=True)
    about = workbook.create_sheet("Om filen")
    about.append(["Format", "noe annet"])
    sheet = workbook.create_sheet("Oppgaver")
    sheet.append(["Oppgave", "Hyppighet"])
    for n in range(rows):
        sheet.append([f"Oppgave {n}", "daglig"])
    workbook.create_sheet("Fordeling").append(["Oppgave", "Rolle"])
    workbook.save(path)
    return path


# --- review copies edited outside the app ---------------------------------------------------


def edit_copy(path: Path, *statements: str, ignore_checks: bool = False) -> None:
    """Run SQL on a review copy the way somebody with an SQLite tool would."""
    connection = sqlite3.connect(path)
    try:
        if ignore_checks:
            connection.execute("PRAGMA ignore_check_constraints = ON")
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    finally:
        connection.close()
