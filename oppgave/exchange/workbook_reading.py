"""Reading an Excel workbook that somebody mailed us, safely.

Every file is checked before openpyxl sees it, so what reaches the user is a sentence that says
what the file is and what to do (an old .xls: save as .xlsx; password-protected: remove the
password; a PDF or a text file renamed to .xlsx: not a workbook), never a traceback. Large files
are read with openpyxl's streaming reader and refused beyond :data:`MAX_ROWS` rows, so a sheet
with 100,000 rows costs neither minutes nor gigabytes.

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

from oppgave.errors import OppgaveError
from oppgave.i18n import translate

CellValue = str | int | float | bool | datetime | date | time | timedelta | None
Row = tuple[CellValue, ...]

#: Rows with content per workbook beyond which a file is refused (a department has hundreds of
#: tasks; many thousands of rows means the wrong file, or a sheet of logged events).
MAX_ROWS = 20_000
#: Rows accepted in the app's own export (recognised by its sheets "Om filen", "Oppgaver" and
#: "Fordeling"): enough for a workspace of about 100,000 tasks.
MAX_EXPORT_ROWS = 500_000
_EXPORT_SHEETS = frozenset({"Om filen", "Oppgaver", "Fordeling"})
#: Columns read per row; anything further right is ignored (formatted but empty columns).
MAX_COLUMNS = 200
#: Largest file accepted, and the largest its sheets may unpack to (defence against zip bombs).
MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_UNPACKED_BYTES = 1024 * 1024 * 1024

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
_BIFF_FILEPASS = 0x002F
_BIFF_BOF = 0x0809

Progress = Callable[[int], None]


def _tr(text: str) -> str:
    return translate("Workbook", text)


class WorkbookError(OppgaveError):
    """A file that cannot be read as a workbook; the message says why and what to do."""

    def __init__(self, message: str, path: Path | str = "") -> None:
        super().__init__(message)
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
            if merged.min_row > len(grid):
                continue
            source = self.value(merged.min_row, merged.min_col)
            if source is None:
                continue
            for row in range(merged.min_row, min(merged.max_row, len(grid)) + 1):
                cells = grid[row - 1]
                if len(cells) < merged.max_col:
                    cells.extend([None] * (merged.max_col - len(cells)))
                for column in range(merged.min_col, merged.max_col + 1):
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
            names = set(archive.namelist())
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise WorkbookError(
            _tr("{name} er skadet (ufullstendig eller ødelagt zip-fil) og kan ikke leses.").format(
                name=name
            ),
            path,
        ) from None
    if "xl/workbook.xml" in names or any(n.endswith("/workbook.xml") for n in names):
        if unpacked > MAX_UNPACKED_BYTES:
            raise WorkbookError(
                _tr("{name} pakker seg ut til mer enn {limit} MB og blir ikke lest.").format(
                    name=name, limit=MAX_UNPACKED_BYTES // (1024 * 1024)
                ),
                path,
            )
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
    without a stored value. Raises :class:`WorkbookError` with a message for the user."""
    path = Path(path)
    check_file(path)
    import openpyxl

    try:
        facts = _scan_sheet_xml(path)
    except (zipfile.BadZipFile, OSError, KeyError, ValueError, EOFError) as error:
        raise WorkbookError(
            _tr("{name} er skadet og kan ikke leses ({reason}).").format(
                name=path.name, reason=_reason(error)
            ),
            path,
        ) from None
    if _looks_like_own_export(facts):
        # The app's own export of a big workspace is legitimately large (a row per task and
        # one per assignment): it gets its own, higher limit.
        max_rows = max(max_rows, MAX_EXPORT_ROWS)
    if sum(fact.rows_with_values for fact in facts.values()) > max_rows:
        raise _too_many_rows(path, max_rows)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl warns about extensions it skips
            workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # noqa: BLE001 - openpyxl raises many kinds on damaged files
        raise WorkbookError(
            _tr("{name} kan ikke leses som Excel-arbeidsbok ({reason}).").format(
                name=path.name, reason=_reason(error)
            ),
            path,
        ) from None
    try:
        sheets: list[SheetGrid] = []
        total = 0
        for worksheet in workbook.worksheets:
            rows, total = _read_rows(worksheet, path, total, max_rows, progress)
            fact = facts.get(worksheet.title, _SheetFacts((), False, 0))
            missing = (
                _formulas_without_value(path, worksheet.title, rows)
                if fact.has_formula
                else frozenset()
            )
            sheets.append(
                SheetGrid(
                    name=worksheet.title,
                    rows=rows,
                    merged=fact.merged,
                    formulas_without_value=missing,
                    hidden=getattr(worksheet, "sheet_state", "visible") != "visible",
                )
            )
    except WorkbookError:
        raise
    except Exception as error:  # noqa: BLE001 - damaged sheet XML surfaces while streaming
        raise WorkbookError(
            _tr("{name} er skadet og kan ikke leses ({reason}).").format(
                name=path.name, reason=_reason(error)
            ),
            path,
        ) from None
    finally:
        workbook.close()
    grid = WorkbookGrid(path, tuple(sheets))
    if all(sheet.is_empty() for sheet in grid.sheets):
        raise WorkbookError(
            _tr("{name} er tom: ingen av arkene har innhold.").format(name=path.name), path
        )
    return grid


def _looks_like_own_export(facts: dict[str, _SheetFacts]) -> bool:
    return _EXPORT_SHEETS <= set(facts)


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
    # openpyxl pads every row to ``max_col``: take the sheet's own width when it states one.
    width = getattr(worksheet, "max_column", None) or MAX_COLUMNS
    iterator = worksheet.iter_rows(values_only=True, max_col=min(width, MAX_COLUMNS))  # type: ignore[attr-defined]
    for values in iterator:
        cells = list(values)
        while cells and (cells[-1] is None or cells[-1] == ""):
            cells.pop()
        rows.append(tuple(cells))
        if cells:
            last_content = len(rows)
            total += 1
            if total > max_rows:
                raise _too_many_rows(path, max_rows)
            if progress is not None and total % 1000 == 0:
                progress(total)
    return tuple(rows[:last_content]), total


# --- what openpyxl's streaming reader does not give: merged cells and formulas ----------------

_ROW_START = re.compile(rb"<(?:\w+:)?row[\s>/]")
_VALUE = re.compile(rb"<(?:\w+:)?(?:v|is)[\s>]")
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\s+ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"')
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_RELS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"


def _column_number(letters: bytes) -> int:
    number = 0
    for char in letters.decode("ascii"):
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


class _XmlScan:
    """Facts gathered from consecutive pieces of a sheet's XML, each cut before a tag."""

    def __init__(self) -> None:
        self.merged: list[MergedRange] = []
        self.has_formula = False
        self.rows_with_values = 0
        self._row_has_value = False

    def feed(self, data: bytes) -> None:
        if not self.has_formula and _FORMULA.search(data):
            self.has_formula = True
        # Split at row starts (in C, fast); the first piece continues the row the previous
        # piece of XML left open.
        pieces = _ROW_START.split(data)
        for index, piece in enumerate(pieces):
            if index:
                self._row_has_value = False
            if not self._row_has_value and _VALUE.search(piece):
                self._row_has_value = True
                self.rows_with_values += 1
        for match in _MERGE.finditer(data):
            first_col, first_row, last_col, last_row = match.groups()
            self.merged.append(
                MergedRange(
                    int(first_row),
                    _column_number(first_col),
                    int(last_row or first_row),
                    _column_number(last_col or first_col),
                )
            )


def _scan_sheet_xml(path: Path) -> dict[str, _SheetFacts]:
    """Per sheet, by streaming its XML once (fast: bytes and regular expressions, no XML
    tree): its merged ranges, whether it has formulas, and how many rows hold a value, so an
    oversized file is refused before openpyxl parses it."""
    result: dict[str, _SheetFacts] = {}
    with zipfile.ZipFile(path) as archive:
        try:
            paths = sheet_paths(archive)
        except (KeyError, ElementTree.ParseError):
            return result
        members = set(archive.namelist())
        for name, member in paths.items():
            if member not in members:
                continue
            scan = _XmlScan()
            with archive.open(member) as handle:
                tail = b""
                while chunk := handle.read(1 << 20):
                    data = tail + chunk
                    # Scan up to the last tag start; that tag may be cut and goes to the next round.
                    end = data.rfind(b"<")
                    end = end if end > 0 else len(data)
                    scan.feed(data[:end])
                    tail = data[end:]
                scan.feed(tail)
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
        width = min(getattr(worksheet, "max_column", None) or MAX_COLUMNS, MAX_COLUMNS)
        for row_number, values in enumerate(
            worksheet.iter_rows(values_only=True, max_col=width), start=1
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
