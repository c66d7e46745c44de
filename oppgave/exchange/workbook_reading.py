"""Reading an Excel workbook that somebody mailed us, safely.

Every file is checked before it is parsed, so what reaches the user is a sentence that says
what the file is and what to do (an old .xls: save as .xlsx; password-protected: remove the
password; a PDF or a text file renamed to .xlsx: not a workbook), never a traceback, and
refused beyond :data:`MAX_ROWS` rows, so a sheet with 100,000 rows costs neither minutes nor
gigabytes.

A hostile file (a zip bomb, a merged range over the whole sheet, gigabytes of shared strings, a
row numbered in the billions, a byte-flipped member, an XML entity bomb) is refused from cheap
facts **before** it is parsed: the sizes the zip's directory declares (Python's zipfile never
unpacks more than a member declares), the compression ratio, the number of shared strings,
merged ranges and cells with a value, and the last row number, all found by streaming the XML
once with regular expressions; any part with a document type declaration (how XML defines
entities) is refused outright. Every limit is a module constant below; every failure becomes a
:class:`WorkbookError` (a :class:`~oppgave.errors.ValidationError`) with a sentence for the user.

The sheets are then read by the module's own streaming reader (:class:`_SheetReader`), straight
from the zip a row at a time, with openpyxl's rules for values (shared and inline strings,
numbers, booleans, dates by the cell's number format and the workbook's date system): plain
cells with regular expressions, anything else with the standard library's C XML parser.
openpyxl is not needed to read (it took half the time of importing an export of 10,000 tasks).

What comes out is a :class:`WorkbookGrid`: per sheet, the cell values row by row (sheet row 1 is
``rows[0]``), the merged ranges, and the cells that hold a formula whose value Excel never
stored (the import reports those rather than reading them as empty).
"""

from __future__ import annotations

import codecs
import posixpath
import re
import struct
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Protocol
from xml.etree import ElementTree

from oppgave.errors import ValidationError
from oppgave.i18n import translate

CellValue = str | int | float | bool | datetime | date | time | timedelta | None
Row = tuple[CellValue, ...]

#: Rows with content per workbook beyond which a file is refused, whatever its sheets are
#: called: one limit for a department's sheet and for the app's own export (a department has
#: hundreds of tasks; the export of a whole municipality, a row per task and one per share, has
#: some tens of thousands). Naming sheets like the export must not buy a higher limit.
MAX_ROWS = 50_000
#: Columns read per row; anything further right is ignored (formatted but empty columns).
MAX_COLUMNS = 200
#: Largest file accepted, and the largest its members may unpack to, in total and each
#: (defence against zip bombs; the directory's sizes bound what zipfile will unpack).
MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_UNPACKED_BYTES = 256 * 1024 * 1024
MAX_MEMBER_BYTES = 128 * 1024 * 1024
#: A member this large that unpacks more than :data:`MAX_RATIO` times its packed size is a bomb
#: (sheet XML packs 10–50 times; deflate's ceiling is about 1,000).
RATIO_CHECKED_FROM_BYTES = 1024 * 1024
MAX_RATIO = 400
#: Shared strings: the reader keeps them all in memory as Python strings, so both the XML and
#: the number of strings are bounded (a cell with a value needs at most one string).
MAX_SHARED_STRINGS_BYTES = 64 * 1024 * 1024
MAX_SHARED_STRINGS = 1_000_000
#: Cells with a value per workbook (each becomes a Python object in the grid), and cells with
#: a formula (each may become an entry in the list of formulas without a value).
MAX_CELLS = 2_000_000
#: Merged ranges per workbook, and cells they may cover once clipped to the rows with content
#: and :data:`MAX_COLUMNS` (the import fills each covered cell with the range's value).
MAX_MERGED_RANGES = 10_000
MAX_MERGED_CELLS = 1_000_000
#: Excel's last row: a row number beyond it is damage, and openpyxl would otherwise yield an
#: empty row for every number skipped.
MAX_ROW_NUMBER = 1_048_576

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
_BIFF_FILEPASS = 0x002F
_BIFF_BOF = 0x0809

Progress = Callable[[int], None]


def _tr(text: str) -> str:
    return translate("Workbook", text)


class WorkbookError(ValidationError):
    """A file that cannot be read as a workbook; the message says why and what to do."""

    def __init__(self, message: str, path: Path | str = "") -> None:
        super().__init__(message, "file")
        self.path = str(path)


@dataclass(frozen=True, slots=True)
class MergedRange:
    min_row: int
    min_col: int
    max_row: int
    max_col: int


@dataclass(frozen=True, slots=True)
class SheetGrid:
    """The values of one sheet. ``rows[r - 1][c - 1]`` is the cell in row r, column c (1-based
    as Excel shows them); rows are trimmed of trailing empty cells, so use :meth:`value`."""

    name: str
    rows: tuple[Row, ...]
    merged: tuple[MergedRange, ...] = ()
    formulas_without_value: frozenset[tuple[int, int]] = frozenset()
    hidden: bool = False

    def value(self, row: int, column: int) -> CellValue:
        if row < 1 or row > len(self.rows):
            return None
        cells = self.rows[row - 1]
        return cells[column - 1] if 0 < column <= len(cells) else None

    @property
    def max_column(self) -> int:
        return max((len(row) for row in self.rows), default=0)

    def is_empty(self) -> bool:
        return not self.rows

    def with_merged_filled(self) -> SheetGrid:
        """A copy where every cell of a merged range holds the range's top-left value, as the
        eye reads it: a category merged down over five rows belongs to each of them."""
        if not self.merged:
            return self
        grid = [list(row) for row in self.rows]
        for merged in self.merged:
            # Clipped again here (``read_workbook`` already clips and bounds the ranges), so a
            # grid built another way cannot make this loop run over a whole sheet's width.
            if merged.min_row > len(grid) or merged.min_col > MAX_COLUMNS:
                continue
            source = self.value(merged.min_row, merged.min_col)
            if source is None:
                continue
            last_column = min(merged.max_col, MAX_COLUMNS)
            for row in range(merged.min_row, min(merged.max_row, len(grid)) + 1):
                cells = grid[row - 1]
                if len(cells) < last_column:
                    cells.extend([None] * (last_column - len(cells)))
                for column in range(merged.min_col, last_column + 1):
                    if cells[column - 1] is None:
                        cells[column - 1] = source
        return SheetGrid(
            self.name,
            tuple(tuple(row) for row in grid),
            self.merged,
            self.formulas_without_value,
            self.hidden,
        )


@dataclass(frozen=True, slots=True)
class WorkbookGrid:
    path: Path
    sheets: tuple[SheetGrid, ...] = field(default=())

    def sheet(self, name: str) -> SheetGrid:
        for sheet in self.sheets:
            if sheet.name == name:
                return sheet
        raise KeyError(name)

    @property
    def row_count(self) -> int:
        return sum(len(sheet.rows) for sheet in self.sheets)


# --- column letters ---------------------------------------------------------------------------

#: Columns the letters can name (A … ZZZ), openpyxl's range.
_LAST_LETTERED_COLUMN = 18_278


def get_column_letter(index: int) -> str:
    """Excel's letters for a 1-based column (1 → A, 27 → AA), as openpyxl names them (its
    package costs a third of a second to import, and the import needs only this)."""
    if not 1 <= index <= _LAST_LETTERED_COLUMN:
        raise ValueError(f"Invalid column index {index}")
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def column_index_from_string(letters: str) -> int:
    """The 1-based column named by ``letters`` (A → 1, aa → 27); ValueError for anything else."""
    upper = letters.upper()
    if not (1 <= len(upper) <= 3 and upper.isascii() and upper.isalpha()):
        raise ValueError(f"{letters[:10]!r} is not a column")
    index = 0
    for char in upper:
        index = index * 26 + ord(char) - 64
    return index


# --- recognising the file ---------------------------------------------------------------------


def check_file(path: Path) -> None:
    """Refuse anything that is not an .xlsx/.xlsm workbook, saying what it is instead."""
    name = path.name
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(2048)
    except FileNotFoundError:
        raise WorkbookError(_tr("Finner ikke filen {path}.").format(path=path), path) from None
    except IsADirectoryError:
        raise WorkbookError(
            _tr("{path} er en mappe, ikke en fil.").format(path=path), path
        ) from None
    except PermissionError:
        raise WorkbookError(
            _tr("Du har ikke tilgang til å lese {name}.").format(name=name), path
        ) from None
    except OSError as error:
        raise WorkbookError(
            _tr("Kunne ikke lese {name}: {reason}").format(name=name, reason=error.strerror), path
        ) from None
    if size == 0:
        raise WorkbookError(_tr("{name} er tom (0 byte).").format(name=name), path)
    if size > MAX_FILE_BYTES:
        raise WorkbookError(
            _tr("{name} er for stor ({mb} MB; grensen er {limit} MB).").format(
                name=name, mb=size // (1024 * 1024), limit=MAX_FILE_BYTES // (1024 * 1024)
            ),
            path,
        )
    if head.startswith(ZIP_MAGIC):
        _check_zip(path)
        return
    if head.startswith(OLE_MAGIC):
        raise WorkbookError(_describe_ole(path), path)
    raise WorkbookError(_describe_other(name, head), path)


def _check_zip(path: Path) -> None:
    name = path.name
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except Exception:  # noqa: BLE001 - a damaged zip raises many kinds (found by fuzzing)
        raise _damaged_zip(path) from None
    names = {member.filename for member in members}
    if "xl/workbook.xml" in names or any(n.endswith("/workbook.xml") for n in names):
        _check_sizes(path, members)
        return
    if "mimetype" in names and "content.xml" in names:
        raise WorkbookError(
            _tr(
                "{name} er et OpenDocument-regneark (.ods). Åpne det i Excel eller LibreOffice og "
                "lagre som Excel-arbeidsbok (.xlsx)."
            ).format(name=name),
            path,
        )
    if "word/document.xml" in names:
        raise WorkbookError(
            _tr("{name} er et Word-dokument, ikke et Excel-regneark.").format(name=name), path
        )
    if "ppt/presentation.xml" in names:
        raise WorkbookError(
            _tr("{name} er en PowerPoint-presentasjon, ikke et Excel-regneark.").format(name=name),
            path,
        )
    raise WorkbookError(
        _tr("{name} er en zip-fil, men ikke en Excel-arbeidsbok (.xlsx).").format(name=name), path
    )


def _damaged_zip(path: Path) -> WorkbookError:
    return WorkbookError(
        _tr("{name} er skadet (ufullstendig eller ødelagt zip-fil) og kan ikke leses.").format(
            name=path.name
        ),
        path,
    )


def _too_big(path: Path, what: str) -> WorkbookError:
    return WorkbookError(
        _tr("{name} blir ikke lest: {what}. Det er ikke et vanlig oppgaveark.").format(
            name=path.name, what=what
        ),
        path,
    )


def _megabytes(size: int) -> str:
    return f"{size // (1024 * 1024)} MB"


def _check_sizes(path: Path, members: list[zipfile.ZipInfo]) -> None:
    """Refuse a package whose members would unpack to too much, from the sizes its directory
    declares (``zipfile`` stops a member at its declared size and fails on a lie), before a
    byte is unpacked."""
    unpacked = 0
    for member in members:
        size, packed = member.file_size, member.compress_size
        unpacked += size
        if size > MAX_MEMBER_BYTES:
            raise _too_big(
                path,
                _tr("delen {part} pakker seg ut til {size} (grensen er {limit})").format(
                    part=member.filename[:80],
                    size=_megabytes(size),
                    limit=_megabytes(MAX_MEMBER_BYTES),
                ),
            )
        if size >= RATIO_CHECKED_FROM_BYTES and size > MAX_RATIO * max(packed, 1):
            raise _too_big(
                path,
                _tr("delen {part} er pakket {ratio} ganger sammen (en «zip-bombe»)").format(
                    part=member.filename[:80], ratio=size // max(packed, 1)
                ),
            )
    if unpacked > MAX_UNPACKED_BYTES:
        raise WorkbookError(
            _tr("{name} pakker seg ut til mer enn {limit} MB og blir ikke lest.").format(
                name=path.name, limit=MAX_UNPACKED_BYTES // (1024 * 1024)
            ),
            path,
        )


def _describe_ole(path: Path) -> str:
    """An OLE compound file: an encrypted .xlsx, an old .xls (maybe with a password), or
    another old Office file."""
    name = path.name
    try:
        import olefile

        with olefile.OleFileIO(str(path)) as ole:
            streams = {"/".join(entry).casefold() for entry in ole.listdir()}
            if "encryptioninfo" in streams and "encryptedpackage" in streams:
                return _tr(
                    "{name} er passordbeskyttet. Åpne den i Excel, fjern passordet (Fil > Info > "
                    "Beskytt arbeidsbok > Krypter med passord) og lagre, eller lagre en kopi uten "
                    "passord."
                ).format(name=name)
            for workbook_stream in ("workbook", "book"):
                if workbook_stream in streams:
                    encrypted = _biff_is_encrypted(ole.openstream(workbook_stream).read(4096))
                    if encrypted:
                        return _tr(
                            "{name} er passordbeskyttet og i det gamle Excel-formatet (.xls). "
                            "Åpne den i Excel, fjern passordet og lagre som Excel-arbeidsbok "
                            "(.xlsx)."
                        ).format(name=name)
                    return _tr(
                        "{name} er i det gamle Excel-formatet (.xls). Åpne den i Excel og lagre "
                        "som Excel-arbeidsbok (.xlsx)."
                    ).format(name=name)
            if "worddocument" in streams:
                return _tr("{name} er et gammelt Word-dokument, ikke et Excel-regneark.").format(
                    name=name
                )
    except (OSError, ValueError, struct.error):
        pass
    except Exception:  # noqa: BLE001 - olefile raises assorted errors on damaged files
        pass
    return _tr(
        "{name} er en gammel Office-fil eller en kryptert fil som ikke kan leses. Åpne den i "
        "Excel og lagre som Excel-arbeidsbok (.xlsx) uten passord."
    ).format(name=name)


def _biff_is_encrypted(stream: bytes) -> bool:
    """Whether an old .xls Workbook stream starts with a FILEPASS record (password set)."""
    offset = 0
    for _ in range(64):
        if offset + 4 > len(stream):
            return False
        record, length = struct.unpack_from("<HH", stream, offset)
        if record == _BIFF_FILEPASS:
            return True
        if record not in (_BIFF_BOF,) and offset == 0:
            return False
        offset += 4 + length
    return False


def _describe_other(name: str, head: bytes) -> str:
    lowered = head.lstrip().lower()
    if head.startswith(b"%PDF"):
        return _tr("{name} er en PDF, ikke et Excel-regneark.").format(name=name)
    if lowered.startswith((b"<html", b"<!doctype html", b"<table", b"<?xml")):
        return _tr(
            "{name} er en nettside (HTML/XML) lagret med Excel-navn. Åpne den i Excel og lagre "
            "som Excel-arbeidsbok (.xlsx)."
        ).format(name=name)
    if head.startswith(b"{\\rtf"):
        return _tr("{name} er et RTF-dokument, ikke et Excel-regneark.").format(name=name)
    if _looks_like_text(head):
        return _tr(
            "{name} er en tekstfil (kanskje CSV), ikke en Excel-arbeidsbok. Åpne den i Excel og "
            "lagre som Excel-arbeidsbok (.xlsx)."
        ).format(name=name)
    return _tr("{name} er ikke en Excel-arbeidsbok (.xlsx).").format(name=name)


def _looks_like_text(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    for encoding in ("utf-8", "cp1252"):
        try:
            head.decode(encoding)
            return True
        except UnicodeDecodeError:
            continue
    return False


# --- reading ----------------------------------------------------------------------------------


def read_workbook(
    path: Path | str, *, max_rows: int = MAX_ROWS, progress: Progress | None = None
) -> WorkbookGrid:
    """Every sheet's values (cached values for formulas), merged ranges and formula cells
    without a stored value. Raises :class:`WorkbookError` with a message for the user, for
    every damaged or hostile file (never another exception)."""
    path = Path(path)
    max_rows = min(max_rows, MAX_ROWS)  # a caller may ask for less, never for more
    check_file(path)
    try:
        facts = _scan_package(path, max_rows)
    except WorkbookError:
        raise
    except _XmlRefused as refused:
        raise _has_dtd(path, refused.part) from None
    except Exception as error:  # noqa: BLE001 - zlib.error, BadZipFile, NotImplementedError, ...
        raise _damaged(path, error) from None
    try:
        sheets = _read_sheets(path, facts, max_rows, progress)
    except WorkbookError:
        raise
    except _XmlRefused as refused:
        raise _has_dtd(path, refused.part) from None
    except Exception as error:  # noqa: BLE001 - ParseError, KeyError, ValueError, zlib.error, ...
        raise _damaged(path, error) from None
    grid = WorkbookGrid(path, tuple(sheets))
    if all(sheet.is_empty() for sheet in grid.sheets):
        raise WorkbookError(
            _tr("{name} er tom: ingen av arkene har innhold.").format(name=path.name), path
        )
    return grid


def _has_dtd(path: Path, part: str) -> WorkbookError:
    return _too_big(
        path,
        _tr("delen {part} har en DTD (<!DOCTYPE>), som Excel aldri skriver").format(part=part[:80]),
    )


def _damaged(path: Path, error: BaseException) -> WorkbookError:
    return WorkbookError(
        _tr("{name} er skadet og kan ikke leses ({reason}).").format(
            name=path.name, reason=_reason(error)
        ),
        path,
    )


def _read_sheets(
    path: Path, facts: dict[str, _SheetFacts], max_rows: int, progress: Progress | None
) -> list[SheetGrid]:
    """Every worksheet's rows, parsed by streaming its XML straight from the zip (see
    :class:`_SheetReader`); the scan has already bounded what this may cost."""
    with zipfile.ZipFile(path) as archive:
        members = set(archive.namelist())
        entries, date1904 = _workbook_sheets(archive)
        strings = _read_shared_strings(archive, members)
        date_styles, timedelta_styles = _date_styles(archive, members)
        reader = _SheetReader(
            path,
            strings,
            date_styles,
            timedelta_styles,
            _MAC_EPOCH if date1904 else _WINDOWS_EPOCH,
            max_rows,
            progress,
        )
        sheets: list[SheetGrid] = []
        merged_cells = 0
        for entry in entries:
            if entry.chart or entry.member not in members:
                continue  # a chart sheet has no cells; a sheet without its part has none either
            fact = facts.get(entry.name)
            if fact is None:
                # A sheet the scan did not see: its bounds were never checked.
                raise WorkbookError(
                    _tr("{name} er skadet: arket «{sheet}» mangler i arbeidsboken.").format(
                        name=path.name, sheet=entry.name[:80]
                    ),
                    path,
                )
            rows, missing = reader.read(archive, entry.member)
            merged = _clip_merged(fact.merged, len(rows))
            merged_cells += sum(
                (m.max_row - m.min_row + 1) * (m.max_col - m.min_col + 1) for m in merged
            )
            if merged_cells > MAX_MERGED_CELLS:
                raise _too_big(
                    path,
                    _tr("de sammenslåtte cellene dekker mer enn {limit} celler").format(
                        limit=_count(MAX_MERGED_CELLS)
                    ),
                )
            sheets.append(
                SheetGrid(
                    name=entry.name,
                    rows=rows,
                    merged=merged,
                    formulas_without_value=missing,
                    hidden=entry.hidden,
                )
            )
    return sheets


# --- the streaming sheet reader ---------------------------------------------------------------
#
# What openpyxl's read-only mode gave (``data_only=True, values_only=True``), read with the
# standard library's C XML parser, one row at a time, straight from the zip: a row's cells are
# turned into values and the row is dropped from the tree, so memory follows the grid, not the
# XML. The values are openpyxl's, rule for rule (its ``WorkSheetParser.parse_cell`` and
# ``read_only`` row filling), so a sheet reads the same as before.

_WINDOWS_EPOCH = datetime(1899, 12, 30)
_MAC_EPOCH = datetime(1904, 1, 1)
_SECONDS_PER_DAY = 86_400
#: Excel's built-in number formats that show a date or a time (the others are numbers); a
#: style with any other built-in format holds a plain number.
_BUILTIN_DATE_FORMATS = {
    14: "mm-dd-yy",
    15: "d-mmm-yy",
    16: "d-mmm",
    17: "mmm-yy",
    18: "h:mm AM/PM",
    19: "h:mm:ss AM/PM",
    20: "h:mm",
    21: "h:mm:ss",
    22: "m/d/yy h:mm",
    45: "mm:ss",
    46: "[h]:mm:ss",
    47: "mmss.0",
}
# A number format's text in quotes and its [locale]/[colour] parts say nothing about dates;
# [h], [mm], [ss] are elapsed time (a duration).
_FORMAT_NOISE = re.compile(r'".*?"|\[(?!hh?\]|mm?\]|ss?\])[^\]]*\]')
_DATE_LETTER = re.compile(r"(?<![_\\])[dmhysDMHYS]")
_ELAPSED = re.compile(
    r"\[hh?\](:mm(:ss(\.0*)?)?)?|\[mm?\](:ss(\.0*)?)?|\[ss?\](\.0*)?", re.IGNORECASE
)
_COORDINATE = re.compile(r"\$?([A-Za-z]{1,3})\$?([1-9][0-9]{0,6})")
#: Refused in every part: a document type declaration is how XML defines entities (the
#: "billion laughs" and external-entity attacks); Excel and LibreOffice never write one.
_DTD_MARKERS = (b"<!DOCTYPE", b"<!ENTITY")
_UTF16_MARKS = (b"\xff\xfe", b"\xfe\xff")


def _is_date_format(code: str | None) -> bool:
    if code is None:
        return False
    return _DATE_LETTER.search(_FORMAT_NOISE.sub("", code.split(";")[0])) is not None


def _is_duration_format(code: str | None) -> bool:
    return code is not None and _ELAPSED.search(code.split(";")[0]) is not None


@dataclass(frozen=True, slots=True)
class _SheetEntry:
    name: str
    member: str
    hidden: bool
    chart: bool


def _workbook_sheets(archive: zipfile.ZipFile) -> tuple[list[_SheetEntry], bool]:
    """The sheets in workbook order (name, part, hidden, chart sheet) and whether the workbook
    counts dates from 1904 (old Mac Excel)."""
    workbook = _parse_part(archive, "xl/workbook.xml")
    rels = _parse_part(archive, "xl/_rels/workbook.xml.rels")
    targets = {
        rel.get("Id"): (rel.get("Target", ""), rel.get("Type", ""))
        for rel in rels.iter(f"{{{_PACKAGE_RELS_NS}}}Relationship")
    }
    entries: list[_SheetEntry] = []
    date1904 = False
    for element in workbook.iter():
        tag = element.tag
        if tag.endswith("}workbookPr"):
            date1904 = element.get("date1904", "").strip().lower() in ("1", "true")
        if not tag.endswith("}sheet"):
            continue
        target, kind = targets.get(element.get(f"{{{_RELS_NS}}}id"), ("", ""))
        if not target:
            continue
        resolved = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
        entries.append(
            _SheetEntry(
                name=element.get("name", ""),
                member=posixpath.normpath(resolved),
                hidden=element.get("state", "visible") != "visible",
                chart="chartsheet" in kind,
            )
        )
    return entries, date1904


def _refuse_dtd(data: bytes, part: str) -> None:
    """Refuse XML with a document type declaration or in an encoding other than UTF-8 (where
    the declaration could hide from a byte search): stricter than defusedxml, which openpyxl
    used only when it was installed (it was not)."""
    if data[:2] in _UTF16_MARKS or b"\x00" in data[:64]:  # UTF-16 or UTF-32
        raise _XmlRefused(part)
    if any(marker in data for marker in _DTD_MARKERS):
        raise _XmlRefused(part)


class _XmlRefused(Exception):
    """A part with a DTD (turned into a :class:`WorkbookError` by :func:`read_workbook`)."""

    def __init__(self, part: str) -> None:
        super().__init__(part)
        self.part = part


def _parse_part(archive: zipfile.ZipFile, member: str) -> ElementTree.Element:
    """A small part (workbook, relationships, styles, content types) as a tree."""
    data = archive.read(member)
    _refuse_dtd(data, member)
    return ElementTree.fromstring(data)


def _pieces(archive: zipfile.ZipFile, member: str) -> Iterator[bytes]:
    """A large part's bytes in pieces of a megabyte, each checked for a DTD (a marker cut
    between two pieces is found in the overlap)."""
    with archive.open(member) as handle:
        tail = b""
        first = True
        while chunk := handle.read(1 << 20):
            if first:
                _refuse_dtd(chunk, member)
                first = False
            elif any(marker in tail + chunk for marker in _DTD_MARKERS):
                raise _XmlRefused(member)
            tail = chunk[-16:]
            yield chunk


def _text_of(element: ElementTree.Element, t_tag: str, r_tag: str) -> str:
    """A string item's text (openpyxl's ``Text.content``): its plain <t>, then every run's <t>;
    phonetic guides (<rPh>) are not part of the text."""
    plain = ""
    runs: list[str] = []
    for child in element:
        if child.tag == t_tag:
            plain = child.text or ""
        elif child.tag == r_tag:
            for part in child:
                if part.tag == t_tag:
                    runs.append(part.text or "")
    return plain + "".join(runs) if runs else plain


def _read_shared_strings(archive: zipfile.ZipFile, members: set[str]) -> list[str]:
    """The shared-string table (its size and count were bounded by the scan)."""
    parts = _shared_string_parts(archive, members)
    if not parts:
        return []
    part = "xl/sharedStrings.xml" if "xl/sharedStrings.xml" in parts else min(parts)
    strings: list[str] = []
    events: list[tuple[str, ElementTree.Element]] = []
    parser = _event_parser(events)
    root: ElementTree.Element | None = None
    si_tag = t_tag = r_tag = ""
    for chunk in _pieces(archive, part):
        parser.feed(chunk)
        for event, element in events:
            if root is None:
                root = element
                namespace = _namespace(element.tag)
                si_tag, t_tag, r_tag = (namespace + name for name in ("si", "t", "r"))
            elif event == "end" and element.tag == si_tag:
                text = _text_of(element, t_tag, r_tag)
                strings.append(text.replace("x005F_", "") if "x005F_" in text else text)
        events.clear()
        if root is not None:
            del root[:]
    parser.close()
    return strings


def _namespace(tag: str) -> str:
    return tag[: tag.index("}") + 1] if tag.startswith("{") else ""


def _date_styles(
    archive: zipfile.ZipFile, members: set[str]
) -> tuple[frozenset[int], frozenset[int]]:
    """The cell styles (indices into cellXfs) whose number format shows a date or time, and
    those of them that show a duration ([h]:mm): a number in such a cell is a date."""
    if "xl/styles.xml" not in members:
        return frozenset(), frozenset()
    styles = _parse_part(archive, "xl/styles.xml")
    namespace = _namespace(styles.tag)
    custom = {
        _int_or(number_format.get("numFmtId"), -1): number_format.get("formatCode")
        for number_format in styles.iter(f"{namespace}numFmt")
    }
    dates: set[int] = set()
    durations: set[int] = set()
    cell_formats = styles.find(f"{namespace}cellXfs")
    for index, xf in enumerate(() if cell_formats is None else cell_formats):
        if xf.tag != f"{namespace}xf":
            continue
        number = _int_or(xf.get("numFmtId"), 0)
        code = custom[number] if number in custom else _BUILTIN_DATE_FORMATS.get(number)
        if _is_date_format(code):
            dates.add(index)
        if _is_duration_format(code):
            durations.add(index)
    return frozenset(dates), frozenset(durations)


def _int_or(text: str | None, default: int) -> int:
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default


def _from_excel(serial: int | float, epoch: datetime, duration: bool) -> CellValue:
    """An Excel date serial as openpyxl reads it: a time of day below 1, a duration for an
    elapsed-time format, otherwise a datetime (Excel's fictitious 29 February 1900 kept)."""
    if duration:
        delta = timedelta(days=serial)
        if delta.microseconds:
            delta = timedelta(
                seconds=delta.total_seconds() // 1, microseconds=round(delta.microseconds, -3)
            )
        return delta
    day, fraction = divmod(serial, 1)
    difference = timedelta(milliseconds=round(fraction * _SECONDS_PER_DAY * 1000))
    if 0 <= serial < 1 and difference.days == 0:
        minutes, seconds = divmod(difference.seconds, 60)
        hours, minutes = divmod(minutes, 60)
        return time(hours, minutes, seconds, difference.microseconds)
    if 0 < serial < 60 and epoch == _WINDOWS_EPOCH:
        day += 1
    return epoch + timedelta(days=day) + difference


def _from_iso(text: str) -> CellValue:
    """A cell of type ``d`` (ISO 8601 text; rare, LibreOffice can write them)."""
    text = text.strip()
    if text.endswith("Z"):
        text = text[:-1]
    if "T" not in text and ":" in text:
        return time.fromisoformat(text)
    value = datetime.fromisoformat(text)
    return value


class _SheetReader:
    """Reads sheets of one workbook: their rows of values, and the cells with a formula whose
    value was never stored (a file written by a program that does not calculate)."""

    def __init__(
        self,
        path: Path,
        strings: list[str],
        date_styles: frozenset[int],
        duration_styles: frozenset[int],
        epoch: datetime,
        max_rows: int,
        progress: Progress | None,
    ) -> None:
        self.path = path
        self.strings = strings
        self.date_styles = date_styles
        self.duration_styles = duration_styles
        self.epoch = epoch
        self.max_rows = max_rows
        self.progress = progress
        self.total = 0  # rows with content so far, over every sheet
        self._columns: dict[str, int] = {}
        self._is_date: dict[str, bool] = {}

    def read(
        self, archive: zipfile.ZipFile, member: str
    ) -> tuple[tuple[Row, ...], frozenset[tuple[int, int]]]:
        total = self.total
        plain = self._read_plain(archive, member)
        if plain is not None:
            return plain, frozenset()
        self.total = total  # the plain reading gave up part way: read the sheet again
        return self._read_tree(archive, member)

    def _read_tree(
        self, archive: zipfile.ZipFile, member: str
    ) -> tuple[tuple[Row, ...], frozenset[tuple[int, int]]]:
        """Any sheet: the XML parsed into elements a row at a time."""
        events: list[tuple[str, ElementTree.Element]] = []
        parser = _event_parser(events)
        rows: list[Row] = []
        missing: set[tuple[int, int]] = set()
        root: ElementTree.Element | None = None
        sheet_data: ElementTree.Element | None = None
        open_row: ElementTree.Element | None = None  # the last row begun
        data_tag = row_tag = ""
        tags: tuple[str, ...] = ()
        row_number = 0
        last_content = 0
        for chunk in _pieces(archive, member):
            parser.feed(chunk)
            for event, element in events:
                if event == "end":
                    if element.tag != row_tag:
                        continue
                    number = element.get("r")
                    row_number = _row_number(number) if number is not None else row_number + 1
                    if row_number > MAX_ROW_NUMBER:
                        raise _too_big(self.path, _tr("arket har flere rader enn Excel tillater"))
                    if row_number <= len(rows):
                        continue  # a row number again or going back: openpyxl skipped it too
                    if row_number > len(rows) + 1:
                        rows.extend([()] * (row_number - 1 - len(rows)))
                    cells = self._cells(element, row_number, tags, missing)
                    rows.append(cells)
                    if cells:
                        last_content = row_number
                        self.total += 1
                        if self.total > self.max_rows:
                            raise _too_many_rows(self.path, self.max_rows)
                        if self.progress is not None and self.total % 1000 == 0:
                            self.progress(self.total)
                elif root is None:
                    root = element
                    namespace = _namespace(element.tag)
                    data_tag, row_tag = namespace + "sheetData", namespace + "row"
                    tags = tuple(namespace + name for name in ("c", "v", "f", "is", "t", "r"))
                elif element.tag == row_tag:
                    open_row = element
                elif element.tag == data_tag:
                    sheet_data = element
            events.clear()
            if sheet_data is not None:
                del sheet_data[:]  # rows read are dropped (one still open keeps being built)
            if open_row is not None and len(open_row) > _MAX_ROW_CELLS:
                raise self._row_too_wide()
        parser.close()
        return tuple(rows[:last_content]), frozenset(missing)

    def _read_plain(self, archive: zipfile.ZipFile, member: str) -> tuple[Row, ...] | None:
        """The rows of a sheet written plainly (what Excel, LibreOffice and oppgave write for
        values: ``<c r="B2" s="3" t="s"><v>17</v></c>``), read with regular expressions, five
        times faster than building elements; ``None`` at the first thing outside that form
        (a formula, an inline string, an entity, a comment, a prefix, another encoding), and
        the sheet is read as a tree instead. The whole part still goes through the XML parser
        (without building anything), so a file that is not well-formed XML is refused as
        before."""
        checker = ElementTree.XMLParser(target=_WellFormedOnly())
        decoder = codecs.getincrementaldecoder("utf-8")()
        rows: list[Row] = []
        state = _BEFORE
        text = ""
        last_content = [0]
        try:
            for chunk in _pieces(archive, member):
                text += decoder.decode(chunk)
                if state == _BEFORE:
                    start = text.find("<sheetData")
                    if start < 0:
                        continue
                    opening = _SHEET_DATA.match(text, start)
                    if opening is None or not _plain_head(text[:start]):
                        return None
                    if opening.group(1):  # <sheetData/>: no rows
                        state = _AFTER
                    else:
                        # The parser sees the XML around the rows (the rows themselves are
                        # checked by the expressions, which accept only well-formed ones).
                        checker.feed(text[: opening.end()])
                        state, text = _INSIDE, text[opening.end() :]
                if state == _INSIDE:
                    end = text.find("</sheetData>")
                    if end >= 0:
                        block, text, state = text[:end], text[end:], _AFTER
                    else:
                        cut = text.rfind("<row")
                        if cut <= 0:
                            continue
                        block, text = text[:cut], text[cut:]
                    if not self._plain_rows(block, rows, last_content):
                        return None
                if state == _AFTER:
                    if "<row" in text:
                        return None  # rows outside sheetData: openpyxl read those too
                    checker.feed(text[:-16])
                    text = text[-16:]  # a "<row" cut in two is found with the next piece
            if state != _AFTER:
                return None
            checker.feed(text)
            checker.close()
        except UnicodeDecodeError:
            return None
        return tuple(rows[: last_content[0]])

    def _plain_rows(self, block: str, rows: list[Row], last_content: list[int]) -> bool:
        """Append the rows in ``block`` (whole rows only); False if one is not plain."""
        known_columns = self._columns
        strings = self.strings
        value_of = self._value
        position, end = 0, len(block)
        row_number = len(rows)
        while position < end:
            match = _PLAIN_ROW.match(block, position)
            if match is None:
                return block[position:].isspace()
            position = match.end()
            attributes, inner = match.group(1), match.group(2)
            if inner and len(inner) > 4 * _MAX_ROW_CELLS and inner.count("<c") > _MAX_ROW_CELLS:
                raise self._row_too_wide()
            number = _ROW_ATTRIBUTE.search(attributes) if attributes else None
            row_number = _row_number(number.group(1)) if number else row_number + 1
            if row_number > MAX_ROW_NUMBER:
                raise _too_big(self.path, _tr("arket har flere rader enn Excel tillater"))
            if row_number <= len(rows):
                continue  # a row number again or going back: openpyxl skipped it too
            if row_number > len(rows) + 1:
                rows.extend([()] * (row_number - 1 - len(rows)))
            values: list[CellValue] = []
            if inner:
                column = 0
                for letters, style, kind, text, other in _PLAIN_CELL.findall(inner):
                    if other:
                        return False
                    if letters:
                        column = known_columns.get(letters) or self._column(letters + "1")
                    else:
                        column += 1
                    if column > MAX_COLUMNS:
                        continue
                    if not text:
                        value: CellValue = None
                    elif kind == "s":
                        value = strings[int(text)]
                    else:
                        value = value_of(text, kind or "n", style or None)
                    width = len(values)
                    if column == width + 1:
                        values.append(value)
                    elif column > width:
                        values.extend([None] * (column - 1 - width))
                        values.append(value)
                    else:
                        values[column - 1] = value
                while values and (values[-1] is None or values[-1] == ""):
                    values.pop()
            cells = tuple(values)
            rows.append(cells)
            if cells:
                last_content[0] = row_number
                self.total += 1
                if self.total > self.max_rows:
                    raise _too_many_rows(self.path, self.max_rows)
                if self.progress is not None and self.total % 1000 == 0:
                    self.progress(self.total)
        return True

    def _row_too_wide(self) -> WorkbookError:
        """A row with more cells than Excel has columns: damage, or a file made to cost
        gigabytes (every cell, even an empty one, is an object while its row is read)."""
        return _too_big(
            self.path,
            _tr("en rad har flere celler enn Excel har kolonner ({limit})").format(
                limit=_count(_MAX_ROW_CELLS)
            ),
        )

    def _cells(
        self,
        row: ElementTree.Element,
        row_number: int,
        tags: tuple[str, ...],
        missing: set[tuple[int, int]],
    ) -> Row:
        c_tag, v_tag, f_tag, is_tag, t_tag, r_tag = tags
        values: list[CellValue] = []
        formulas: list[int] = []
        column = 0
        known_columns = self._columns
        strings = self.strings
        for cell in row:
            if cell.tag != c_tag:
                continue
            reference = cell.get("r")
            if reference:
                column = known_columns.get(reference.rstrip(_DIGITS)) or self._column(reference)
            else:
                column += 1
            if column > MAX_COLUMNS:
                continue
            kind = cell.get("t")
            value: CellValue
            if kind == "inlineStr":
                inline = cell.find(is_tag)
                value = None if inline is None else _text_of(inline, t_tag, r_tag)
            else:
                text = cell.findtext(v_tag)
                if not text:
                    value = None
                elif kind == "s":
                    value = strings[int(text)]
                else:
                    value = self._value(text, kind or "n", cell.get("s"))
            if len(cell) > 1 or (value is None and len(cell)):
                if cell.find(f_tag) is not None:
                    formulas.append(column)
            width = len(values)
            if column == width + 1:
                values.append(value)
            elif column > width:
                values.extend([None] * (column - 1 - width))
                values.append(value)
            else:
                values[column - 1] = value
        while values and (values[-1] is None or values[-1] == ""):
            values.pop()
        for formula_column in formulas:
            # A formula whose value was never stored reads as empty; the import reports it.
            if formula_column > len(values) or values[formula_column - 1] is None:
                missing.add((row_number, formula_column))
        return tuple(values)

    def _value(self, text: str, kind: str, style: str | None) -> CellValue:
        if kind == "n":
            number: int | float = (
                float(text) if ("." in text or "e" in text or "E" in text) else int(text)
            )
            if style is None or not self.date_styles:
                return number
            is_date = self._is_date.get(style)
            if is_date is None:
                is_date = self._is_date[style] = int(style) in self.date_styles
            if not is_date:
                return number
            try:
                return _from_excel(number, self.epoch, int(style) in self.duration_styles)
            except (OverflowError, ValueError):
                return "#VALUE!"  # a date serial beyond the calendar: an error, as openpyxl
        if kind == "s":
            return self.strings[int(text)]
        if kind == "b":
            return bool(int(text))
        if kind == "d":
            return _from_iso(text)
        return text  # "str" (a formula's text), "e" (an error such as #N/A)

    def _column(self, reference: str) -> int:
        """The column of a cell reference such as ``AB12``, checked (and then cached by its
        letters: a bad reference is damage, as it was to openpyxl)."""
        match = _COORDINATE.fullmatch(reference)
        if match is None:
            raise ValueError(f"ugyldig cellereferanse {reference[:20]!r}")
        column = 0
        for char in match.group(1).upper():
            column = column * 26 + ord(char) - 64
        self._columns[reference.rstrip(_DIGITS)] = column
        return column


_DIGITS = "0123456789"
#: Cells a row may hold: Excel's columns (A … XFD). A cell is at least ``<c/>``, so a row's
#: XML shorter than four times this cannot hold more.
_MAX_ROW_CELLS = 16_384
_BEFORE, _INSIDE, _AFTER = range(3)
_SHEET_DATA = re.compile(r"<sheetData\s*(/?)>")
_PLAIN_ROOT = re.compile(
    r'<worksheet\s[^>]*?(?<=\s)xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
)
_XML_DECLARATION = re.compile(r"<\?xml\s[^>]*?\?>")
#: A row and its content up to the first </row> (written out rather than ``.*?``: a third
#: faster, as the expression engine then runs over the text between tags in one step).
_PLAIN_ROW = re.compile(
    r'\s*<row((?:\s+[\w:.-]+="[^"<&]*")*)\s*(?:/>|>([^<]*(?:<(?!/row>)[^<]*)*)</row>)'
)
_ROW_ATTRIBUTE = re.compile(r'(?:^|\s)r="([^"]*)"')
#: One plain cell: reference, style and type in the order every writer puts them, a value
#: without entities; its groups are (column letters, style, type, value text). Anything else
#: in a row (a formula, an inline string, whitespace, an entity) matches the last group, one
#: character: the row is not plain. One pass finds the cells and checks the row.
_PLAIN_CELL = re.compile(
    r'<c(?: r="([A-Z]{1,3})[0-9]{1,7}")?(?: s="([0-9]{1,9})")?(?: t="(s|n|b|str|e|d)")?\s*'
    r"(?:/>|>(?:<v>([^<&]*)</v>)?</c>)|(.)",
    re.DOTALL,
)


def _plain_head(head: str) -> bool:
    """Whether the XML before <sheetData> is plain: an UTF-8 (or no) declaration, the sheet's
    namespace as the default one, and no comment, CDATA or processing instruction that could
    hide a tag from a text search."""
    declaration = _XML_DECLARATION.match(head)
    if declaration is not None:
        encoding = re.search(r'encoding=["\']([^"\']*)', declaration.group(0))
        if encoding is not None and encoding.group(1).lower().replace("-", "") != "utf8":
            return False
        head = head[declaration.end() :]
    if "<!" in head or "<?" in head or "<row" in head:
        return False
    return _PLAIN_ROOT.search(head) is not None


class _WellFormedOnly:
    """A target without callbacks: the XML parser only checks that the part is well-formed."""


class _Feeder(Protocol):
    def feed(self, data: bytes | str) -> None: ...

    def close(self) -> object: ...


def _event_parser(events: list[tuple[str, ElementTree.Element]]) -> _Feeder:
    """The C XML parser building a tree and appending ("start"/"end", element) to ``events``:
    what ``XMLPullParser`` does, without its per-event Python generator (a third of the
    reading time on a 10,000-task export). ``_setevents`` is the hook ``XMLPullParser`` itself
    uses; a Python without it gets the pull parser, slower but the same."""
    parser = ElementTree.XMLParser(target=ElementTree.TreeBuilder())
    set_events = getattr(parser, "_setevents", None)
    if set_events is None:  # pragma: no cover - CPython has had it since 3.4
        return _PullFeeder(events)
    set_events(events, ("start", "end"))
    return parser


class _PullFeeder:
    """``XMLPullParser`` behind the same two calls, its events copied into ``events``."""

    def __init__(self, events: list[tuple[str, ElementTree.Element]]) -> None:
        self._events = events
        self._parser: ElementTree.XMLPullParser[ElementTree.Element] = ElementTree.XMLPullParser(
            events=("start", "end")
        )

    def feed(self, data: bytes | str) -> None:
        self._parser.feed(data)
        self._events.extend(self._parser.read_events())  # type: ignore[arg-type]

    def close(self) -> object:
        self._parser.close()
        self._events.extend(self._parser.read_events())  # type: ignore[arg-type]
        return None


def _row_number(text: str) -> int:
    """A row's ``r`` attribute (openpyxl accepts "7.0" too)."""
    try:
        return int(text)
    except ValueError:
        number = float(text)
        if not number.is_integer():
            raise ValueError(f"ugyldig radnummer {text[:20]!r}") from None
        return int(number)


def _clip_merged(merged: tuple[MergedRange, ...], row_count: int) -> tuple[MergedRange, ...]:
    """The merged ranges cut to the rows that were read and the columns that are read: a range
    A1:XFD20000 over a sheet of three rows covers 3 × 200 cells, not 327 million."""
    clipped = []
    for m in merged:
        if m.min_row > row_count or m.min_col > MAX_COLUMNS:
            continue
        clipped.append(
            MergedRange(
                m.min_row, m.min_col, min(m.max_row, row_count), min(m.max_col, MAX_COLUMNS)
            )
        )
    return tuple(clipped)


def _count(number: int) -> str:
    return f"{number:,}".replace(",", " ")


def _too_many_rows(path: Path, max_rows: int) -> WorkbookError:
    return WorkbookError(
        _tr(
            "{name} har mer enn {limit} rader med innhold. Det er for mye for én avdeling: del "
            "filen, eller slett rader og ark som ikke er oppgaver."
        ).format(name=path.name, limit=f"{max_rows:,}".replace(",", " ")),
        path,
    )


def _reason(error: BaseException) -> str:
    text = str(error).strip() or type(error).__name__
    return text if len(text) < 160 else text[:157] + "..."


# --- what openpyxl's streaming reader does not give: merged cells and formulas ----------------

_PREFIX = rb"(?:[\w.-]+:)?"
_ROW_START = re.compile(rb"<" + _PREFIX + rb"row[\s>/]")
_ROW_NUMBER = re.compile(rb'[^>]*?\br="\s*(\d{1,12})')
_VALUE = re.compile(rb"<" + _PREFIX + rb"(?:v|is)[\s>]")
_MERGE = re.compile(rb"<" + _PREFIX + rb"mergeCell\s")
_MERGE_REF = re.compile(rb"<" + _PREFIX + rb'mergeCell\s+ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"')
_FORMULA = re.compile(rb"<" + _PREFIX + rb"f[\s>/]")
_SHARED_STRING = re.compile(rb"<" + _PREFIX + rb"si[\s>/]")
_RELS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_CONTENT_TYPES_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
_SHARED_STRINGS_TYPE = "sharedStrings+xml"
#: Longest column reference Excel has (XFD); anything longer is not a column.
_MAX_COLUMN_LETTERS = 3


def _column_number(letters: bytes) -> int:
    number = 0
    for char in letters.decode("ascii")[: _MAX_COLUMN_LETTERS + 1]:
        number = number * 26 + (ord(char) - 64)
    return number


def sheet_paths(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name → path of its XML inside the package (from workbook.xml and its rels)."""
    return {entry.name: entry.member for entry in _workbook_sheets(archive)[0]}


@dataclass(frozen=True, slots=True)
class _SheetFacts:
    merged: tuple[MergedRange, ...]
    has_formula: bool
    rows_with_values: int


class _Bounds:
    """What the scan counts over the whole workbook, refusing as soon as a limit is passed
    (so a file far over a limit costs no more than one just over it)."""

    def __init__(self, path: Path, max_rows: int) -> None:
        self.path = path
        self.max_rows = max_rows
        self.rows = 0
        self.cells = 0
        self.formulas = 0
        self.merged = 0

    def add(self, rows: int, cells: int, formulas: int, merged: int) -> None:
        self.rows += rows
        self.cells += cells
        self.formulas += formulas
        self.merged += merged
        if self.rows > self.max_rows:
            raise _too_many_rows(self.path, self.max_rows)
        if self.cells > MAX_CELLS or self.formulas > MAX_CELLS:
            raise _too_big(
                self.path,
                _tr("arkene har mer enn {limit} celler med innhold").format(
                    limit=_count(MAX_CELLS)
                ),
            )
        if self.merged > MAX_MERGED_RANGES:
            raise _too_big(
                self.path,
                _tr("arkene har mer enn {limit} sammenslåtte områder").format(
                    limit=_count(MAX_MERGED_RANGES)
                ),
            )


class _XmlScan:
    """Facts gathered from consecutive pieces of a sheet's XML, each cut before a tag."""

    def __init__(self, bounds: _Bounds) -> None:
        self.bounds = bounds
        self.merged: list[MergedRange] = []
        self.has_formula = False
        self.rows_with_values = 0
        self.row_number = 0
        self._row_has_value = False

    def feed(self, data: bytes) -> None:
        # Every match holds "<f" or ":f" (a prefix): looking for those first is ten times
        # faster than the expression over a piece without formulas, as most are.
        formulas = len(_FORMULA.findall(data)) if b"<f" in data or b":f" in data else 0
        self.has_formula = self.has_formula or formulas > 0
        # Split at row starts (in C, fast); the first piece continues the row the previous
        # piece of XML left open.
        pieces = _ROW_START.split(data)
        rows_before = self.rows_with_values
        for index, piece in enumerate(pieces):
            if index:
                self._row_has_value = False
                # The row's number as openpyxl reads it: its r attribute, else the next one.
                number = _ROW_NUMBER.match(piece)
                self.row_number = int(number.group(1)) if number else self.row_number + 1
                if self.row_number > MAX_ROW_NUMBER:
                    raise _too_big(
                        self.bounds.path,
                        _tr("arket har rad nummer {row}; Excel går bare til {limit}").format(
                            row=_count(self.row_number)[:20], limit=_count(MAX_ROW_NUMBER)
                        ),
                    )
            if not self._row_has_value and _VALUE.search(piece):
                self._row_has_value = True
                self.rows_with_values += 1
        merged_before = len(self.merged)
        if b"mergeCell" in data and _MERGE.search(data):
            for match in _MERGE_REF.finditer(data):
                first_col, first_row, last_col, last_row = match.groups()
                self.merged.append(
                    MergedRange(
                        _bounded_row(first_row),
                        _column_number(first_col),
                        _bounded_row(last_row or first_row),
                        _column_number(last_col or first_col),
                    )
                )
                if len(self.merged) - merged_before > MAX_MERGED_RANGES:
                    break  # the bounds refuse it below
        self.bounds.add(
            self.rows_with_values - rows_before,
            _count_values(data),
            formulas,
            len(self.merged) - merged_before,
        )


def _count_values(data: bytes) -> int:
    """How many cells in ``data`` hold a value (``<v>`` or ``<is>`` tags). Counting the bytes
    ``<v>`` is ten times faster than the expression; it is exact when every ``<v`` and ``<is``
    in the piece is such a tag, without a prefix, as the app, Excel and LibreOffice write."""
    plain = data.count(b"<v>")
    if plain == data.count(b"<v") and b"<is" not in data and b":v" not in data:
        return plain
    return len(_VALUE.findall(data))


def _bounded_row(digits: bytes) -> int:
    """A row number from a merged range, capped just past Excel's last row (clipping to the
    rows read does the rest; a 10,000-digit number must not become a 10,000-digit int)."""
    return int(digits) if len(digits) <= 7 else MAX_ROW_NUMBER + 1


def _stream(archive: zipfile.ZipFile, member: str, feed: Callable[[bytes], None]) -> None:
    """Feed ``member``'s bytes to ``feed`` in pieces of about a megabyte, each cut before a tag
    (a tag cut in two goes whole into the next piece)."""
    with archive.open(member) as handle:
        tail = b""
        while chunk := handle.read(1 << 20):
            data = tail + chunk
            end = data.rfind(b"<")
            end = end if end > 0 else len(data)
            feed(data[:end])
            tail = data[end:]
        feed(tail)


def _shared_string_parts(archive: zipfile.ZipFile, members: set[str]) -> set[str]:
    """The shared-string parts openpyxl would read: named in [Content_Types].xml, plus any
    member called like one (in case the content types cannot be read)."""
    parts = {name for name in members if name.casefold().endswith("sharedstrings.xml")}
    if "[Content_Types].xml" in members:
        try:
            types = _parse_part(archive, "[Content_Types].xml")
        except ElementTree.ParseError:
            return parts
        for override in types.iter(f"{{{_CONTENT_TYPES_NS}}}Override"):
            if override.get("ContentType", "").endswith(_SHARED_STRINGS_TYPE):
                parts.add(override.get("PartName", "").lstrip("/"))
    return parts & members


def _scan_package(path: Path, max_rows: int) -> dict[str, _SheetFacts]:
    """Per sheet, by streaming its XML once (fast: bytes and regular expressions, no XML
    tree): its merged ranges, whether it has formulas, and how many rows hold a value; and the
    number of shared strings. Refuses (``WorkbookError``) at the first limit passed, so an
    oversized or hostile file is refused before openpyxl parses it."""
    result: dict[str, _SheetFacts] = {}
    bounds = _Bounds(path, max_rows)
    with zipfile.ZipFile(path) as archive:
        members = {info.filename: info for info in archive.infolist()}
        for part in _shared_string_parts(archive, set(members)):
            if members[part].file_size > MAX_SHARED_STRINGS_BYTES:
                raise _too_big(
                    path,
                    _tr("tekstene i arbeidsboken fyller {size} (grensen er {limit})").format(
                        size=_megabytes(members[part].file_size),
                        limit=_megabytes(MAX_SHARED_STRINGS_BYTES),
                    ),
                )
            strings = [0]

            def count(data: bytes, strings: list[int] = strings) -> None:
                strings[0] += len(_SHARED_STRING.findall(data))
                if strings[0] > MAX_SHARED_STRINGS:
                    raise _too_big(
                        path,
                        _tr("arbeidsboken har mer enn {limit} ulike tekster").format(
                            limit=_count(MAX_SHARED_STRINGS)
                        ),
                    )

            _stream(archive, part, count)
        try:
            paths = sheet_paths(archive)
        except (KeyError, ElementTree.ParseError):
            raise WorkbookError(
                _tr("{name} er skadet: listen over ark kan ikke leses.").format(name=path.name),
                path,
            ) from None
        for name, member in paths.items():
            if member not in members:
                continue
            scan = _XmlScan(bounds)
            _stream(archive, member, scan.feed)
            result[name] = _SheetFacts(tuple(scan.merged), scan.has_formula, scan.rows_with_values)
    return result
