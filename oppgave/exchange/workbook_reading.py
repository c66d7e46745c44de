"""Reading an Excel workbook that somebody mailed us, safely.

Every file is checked before openpyxl sees it, so what reaches the user is a sentence that says
what the file is and what to do (an old .xls: save as .xlsx; password-protected: remove the
password; a PDF or a text file renamed to .xlsx: not a workbook), never a traceback. Large files
are read with openpyxl's streaming reader and refused beyond :data:`MAX_ROWS` rows, so a sheet
with 100,000 rows costs neither minutes nor gigabytes.

A hostile file (a zip bomb, a merged range over the whole sheet, gigabytes of shared strings, a
row numbered in the billions, a byte-flipped member) is refused from cheap facts **before**
openpyxl parses it: the sizes the zip's directory declares (Python's zipfile never unpacks more
than a member declares), the compression ratio, the number of shared strings, merged ranges and
cells with a value, and the last row number, all found by streaming the XML once with regular
expressions. Every limit is a module constant below; every failure becomes a
:class:`WorkbookError` (a :class:`~oppgave.errors.ValidationError`) with a sentence for the user.

What comes out is a :class:`WorkbookGrid`: per sheet, the cell values row by row (sheet row 1 is
``rows[0]``), the merged ranges, and the cells that hold a formula whose value Excel never
stored (the import reports those rather than reading them as empty).
"""

from __future__ import annotations

import posixpath
import re
import struct
import warnings
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
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
#: Shared strings: openpyxl keeps them all in memory as Python strings, so both the XML and
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
    except Exception as error:  # noqa: BLE001 - zlib.error, BadZipFile, NotImplementedError, ...
        raise _damaged(path, error) from None
    try:
        sheets = _read_sheets(path, facts, max_rows, progress)
    except WorkbookError:
        raise
    except Exception as error:  # noqa: BLE001 - openpyxl raises many kinds on damaged files
        raise _damaged(path, error) from None
    grid = WorkbookGrid(path, tuple(sheets))
    if all(sheet.is_empty() for sheet in grid.sheets):
        raise WorkbookError(
            _tr("{name} er tom: ingen av arkene har innhold.").format(name=path.name), path
        )
    return grid


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
    import openpyxl

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl warns about extensions it skips
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        sheets: list[SheetGrid] = []
        total = 0
        merged_cells = 0
        for worksheet in workbook.worksheets:
            fact = facts.get(worksheet.title)
            if fact is None:
                # openpyxl found a sheet the scan did not see: its bounds were never checked.
                raise WorkbookError(
                    _tr("{name} er skadet: arket «{sheet}» mangler i arbeidsboken.").format(
                        name=path.name, sheet=worksheet.title[:80]
                    ),
                    path,
                )
            rows, total = _read_rows(worksheet, path, total, max_rows, progress)
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
            missing = (
                _formulas_without_value(path, worksheet.title, rows)
                if fact.has_formula
                else frozenset()
            )
            sheets.append(
                SheetGrid(
                    name=worksheet.title,
                    rows=rows,
                    merged=merged,
                    formulas_without_value=missing,
                    hidden=getattr(worksheet, "sheet_state", "visible") != "visible",
                )
            )
    finally:
        workbook.close()
    return sheets


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


def _read_rows(
    worksheet: object, path: Path, total: int, max_rows: int, progress: Progress | None
) -> tuple[tuple[Row, ...], int]:
    rows: list[Row] = []
    last_content = 0
    # The <dimension> a file states is not trusted: openpyxl would stop at its last row and
    # column, silently dropping cells a careless (or hostile) writer left outside it. Every
    # row is read, padded to MAX_COLUMNS by openpyxl and trimmed below.
    if hasattr(worksheet, "reset_dimensions"):
        worksheet.reset_dimensions()
    iterator = worksheet.iter_rows(values_only=True, max_col=MAX_COLUMNS)  # type: ignore[attr-defined]
    for values in iterator:
        if len(rows) >= MAX_ROW_NUMBER:
            # The scan refuses row numbers beyond Excel's; this bounds the loop even if
            # openpyxl numbers the rows differently from the scan.
            raise _too_big(path, _tr("arket har flere rader enn Excel tillater"))
        if values.count(None) == len(values):  # fast path: openpyxl's filler for skipped rows
            rows.append(())
            continue
        cells = values[: _content_width(values)]
        rows.append(cells)
        if cells:
            last_content = len(rows)
            total += 1
            if total > max_rows:
                raise _too_many_rows(path, max_rows)
            if progress is not None and total % 1000 == 0:
                progress(total)
    return tuple(rows[:last_content]), total


def _content_width(values: tuple[CellValue, ...]) -> int:
    """The row's length without its trailing empty cells (None or "").

    openpyxl pads every row to ``MAX_COLUMNS`` with None: the padding is skipped a block at a
    time (``tuple.count`` runs in C), so a 26-column row costs a few steps, not 174 pops.
    """
    end = len(values)
    while end >= _TRIM_BLOCK and values[end - _TRIM_BLOCK : end].count(None) == _TRIM_BLOCK:
        end -= _TRIM_BLOCK
    while end and (values[end - 1] is None or values[end - 1] == ""):
        end -= 1
    return end


_TRIM_BLOCK = 32


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
    workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    targets = {
        rel.get("Id"): rel.get("Target", "")
        for rel in rels.iter(f"{{{_PACKAGE_RELS_NS}}}Relationship")
    }
    paths: dict[str, str] = {}
    for sheet in workbook.iter():
        if not sheet.tag.endswith("}sheet"):
            continue
        target = targets.get(sheet.get(f"{{{_RELS_NS}}}id"), "")
        if not target:
            continue
        resolved = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
        paths[sheet.get("name", "")] = posixpath.normpath(resolved)
    return paths


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
        formulas = len(_FORMULA.findall(data))
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
        if _MERGE.search(data):
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
            len(_VALUE.findall(data)),
            formulas,
            len(self.merged) - merged_before,
        )


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
            types = ElementTree.fromstring(archive.read("[Content_Types].xml"))
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


def _formulas_without_value(
    path: Path, sheet: str, cached: tuple[Row, ...]
) -> frozenset[tuple[int, int]]:
    """Cells that hold a formula but no cached value (a file written by a program that does
    not calculate): with ``data_only`` they would silently read as empty."""
    import openpyxl

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=False)
    missing: set[tuple[int, int]] = set()
    try:
        worksheet = workbook[sheet]
        worksheet.reset_dimensions()  # as in _read_rows: the stated dimension is not trusted
        for row_number, values in enumerate(
            worksheet.iter_rows(values_only=True, max_col=MAX_COLUMNS), start=1
        ):
            for column, value in enumerate(values, start=1):
                is_formula = (isinstance(value, str) and value.startswith("=")) or (
                    value is not None
                    and type(value).__name__ in ("ArrayFormula", "DataTableFormula")
                )
                if not is_formula:
                    continue
                row = cached[row_number - 1] if row_number <= len(cached) else ()
                if column > len(row) or row[column - 1] is None:
                    missing.add((row_number, column))
    finally:
        workbook.close()
    return frozenset(missing)
