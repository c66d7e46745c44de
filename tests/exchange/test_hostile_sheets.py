"""Hostile sheets (issue 14): each of the probe's findings as a regression test. A sheet that
tries to cost minutes or gigabytes is refused from cheap facts before openpyxl parses it, a
damaged one gives a sentence (never exit 70), there is one row limit whatever the sheets are
called, and the validation report CSV never carries a live formula.

The files are generated here (``tests/hostile_files.py``), not checked in."""

from __future__ import annotations

import csv
import subprocess
import sys
import time
import zipfile
import zlib
from pathlib import Path

import pytest
from exchange_sheets import digest

from oppgave.cli.main import EXIT_BUG, main
from oppgave.db.workspace import Workspace
from oppgave.domain.records import Municipality
from oppgave.errors import ValidationError
from oppgave.exchange import workbook_reading as wr
from oppgave.exchange.importing import ImportTarget, SheetImport
from oppgave.exchange.workbook_reading import WorkbookError, read_workbook
from oppgave.services import workspaces
from tests import hostile_files as hf


def _refused(workspace: Workspace, path: Path) -> str:
    before = digest(workspace.path)
    with pytest.raises(WorkbookError) as caught:
        SheetImport.open(workspace, path, ImportTarget("Buvik"))
    assert digest(workspace.path) == before
    assert isinstance(caught.value, ValidationError), "a bad file is a validation error"
    return caught.value.message


def _cost_in_fresh_process(path: Path) -> tuple[float, int, str]:
    """Seconds, peak memory (KiB above the start) and outcome of ``read_workbook(path)`` in a
    fresh interpreter (the test runner's own peak would hide the figure)."""
    script = (
        "import re, sys, time\n"
        "from oppgave.exchange.workbook_reading import WorkbookError, read_workbook\n"
        "import openpyxl\n"
        "def rss(key):\n"
        "    status = open('/proc/self/status').read()\n"
        "    return int(re.search(key + r':\\s+(\\d+)', status).group(1))\n"
        "open('/proc/self/clear_refs', 'w').write('5')\n"
        "base = rss('VmRSS')\n"
        "started = time.perf_counter()\n"
        "try:\n"
        "    read_workbook(sys.argv[1])\n"
        "    outcome = 'read'\n"
        "except WorkbookError as error:\n"
        "    outcome = 'refused: ' + error.message\n"
        "print(time.perf_counter() - started)\n"
        "print(rss('VmHWM') - base)\n"
        "print(outcome)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(path)], capture_output=True, text=True, timeout=300
    )
    if result.returncode != 0:
        pytest.skip(f"cannot measure here: {result.stderr.strip()[-300:]}")
    seconds, peak, outcome = result.stdout.strip().split("\n", 2)
    return float(seconds), int(peak), outcome


linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="reads /proc/self/status"
)


@linux_only
def test_one_merged_range_over_the_whole_sheet_is_refused_cheaply(tmp_path: Path) -> None:
    """The probe: 1.8 KB, one range A1:XFD20000, 118 s and 5.3 GB before the fix."""
    path = hf.merged_range_bomb(tmp_path / "bombe.xlsx")
    assert path.stat().st_size < 10_000
    seconds, peak_kib, outcome = _cost_in_fresh_process(path)
    assert outcome.startswith("refused") and "sammenslåtte" in outcome
    assert seconds < 10, f"{seconds:.1f} s"
    assert peak_kib < 200 * 1024, f"{peak_kib} KiB"


@linux_only
def test_two_hundred_merged_ranges_are_refused_cheaply(tmp_path: Path) -> None:
    path = hf.merged_range_bomb(tmp_path / "bomber.xlsx", ranges=200)
    seconds, peak_kib, outcome = _cost_in_fresh_process(path)
    assert outcome.startswith("refused") and "sammenslåtte" in outcome
    assert seconds < 10 and peak_kib < 200 * 1024


def test_a_merged_range_wider_than_the_sheet_is_clipped_and_imported(
    workspace: Workspace, municipality: Municipality, tmp_path: Path
) -> None:
    path = hf.merged_over_small_sheet(tmp_path / "bred.xlsx")
    grid = read_workbook(path)
    (merged,) = grid.sheets[0].merged
    assert (merged.max_row, merged.max_col) == (len(hf.VALID_ROWS), wr.MAX_COLUMNS)
    filled = grid.sheets[0].with_merged_filled()
    assert filled.max_column == wr.MAX_COLUMNS, "filled to the columns read, not to XFD"
    session = SheetImport.open(workspace, path, ImportTarget("Buvik", municipality.name))
    session.plan()  # a plan, not a crash (what the filled title means is the importer's call)


def test_more_merged_ranges_than_the_cap_are_refused_before_parsing(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(wr, "MAX_MERGED_RANGES", 50)
    assert "sammenslåtte områder" in _refused(
        workspace, hf.many_merged_ranges(tmp_path / "mange.xlsx", 51)
    )
    read_workbook(hf.many_merged_ranges(tmp_path / "noen.xlsx", 50))  # at the cap: read


def test_a_shared_string_bomb_is_refused_from_the_zip_directory(
    workspace: Workspace, tmp_path: Path
) -> None:
    """The probe's 900 MB of shared strings packed small: refused by its declared size (or its
    ratio) before a byte is unpacked."""
    path = hf.shared_strings_bomb(tmp_path / "tekster.xlsx", 150)
    assert path.stat().st_size < 2 * 1024 * 1024
    started = time.perf_counter()
    message = _refused(workspace, path)
    assert "sharedStrings" in message and "blir ikke lest" in message
    assert time.perf_counter() - started < 5


def test_too_many_shared_strings_are_counted_and_refused(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(wr, "MAX_SHARED_STRINGS", 10_000)
    path = hf.shared_strings_bomb(tmp_path / "tekster.xlsx", 1, stored=True)
    assert "ulike tekster" in _refused(workspace, path)
    monkeypatch.setattr(wr, "MAX_SHARED_STRINGS_BYTES", 512 * 1024)
    assert "tekstene i arbeidsboken" in _refused(workspace, path)


def test_a_zip_bomb_member_is_refused_by_its_ratio(workspace: Workspace, tmp_path: Path) -> None:
    base = hf.valid_sheet(tmp_path / "gyldig.xlsx")
    items = hf.members(base) + [("xl/media/fylla.xml", b"<a/>" * (5 * 1024 * 1024))]
    path = hf.write_members(tmp_path / "bombe.xlsx", items)
    assert "zip-bombe" in _refused(workspace, path)


def test_a_row_number_beyond_excel_is_refused(workspace: Workspace, tmp_path: Path) -> None:
    path = hf.far_row(tmp_path / "langt.xlsx", 99_999_999_999)
    started = time.perf_counter()
    assert "rad nummer" in _refused(workspace, path)
    assert time.perf_counter() - started < 5


def test_a_value_in_excels_last_row_is_read_quickly(tmp_path: Path) -> None:
    """A stray value in row 1,048,576 (Ctrl+↓ and a typo): openpyxl yields a million empty rows;
    they cost a second, not minutes."""
    path = hf.far_row(tmp_path / "sist.xlsx", wr.MAX_ROW_NUMBER)
    started = time.perf_counter()
    grid = read_workbook(path)
    assert len(grid.sheets[0].rows) == wr.MAX_ROW_NUMBER
    assert grid.sheets[0].value(wr.MAX_ROW_NUMBER, 1) == "x"
    assert time.perf_counter() - started < 20


def test_sheets_named_like_the_export_get_no_higher_row_limit(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The probe put 150,000 tasks into one department by naming three sheets like the export;
    one limit now holds for every layout (a smaller cap keeps the test fast)."""
    assert not hasattr(wr, "MAX_EXPORT_ROWS")
    monkeypatch.setattr(wr, "MAX_ROWS", 500)
    path = hf.with_export_sheet_names(tmp_path / "lurt.xlsx", 600)
    assert "mer enn 500 rader" in _refused(workspace, path)


def test_a_caller_cannot_raise_the_row_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(wr, "MAX_ROWS", 500)
    path = hf.with_export_sheet_names(tmp_path / "lurt.xlsx", 600)
    with pytest.raises(WorkbookError, match="mer enn 500 rader"):
        read_workbook(path, max_rows=10**9)


def _flip(data: bytes, offset: int) -> bytes:
    return data[:offset] + bytes([data[offset] ^ 0xFF]) + data[offset + 1 :]


def test_damaged_packages_give_a_sentence(workspace: Workspace, tmp_path: Path) -> None:
    """zlib.error, CRC errors, an unknown compression method (NotImplementedError), a missing
    part (KeyError), broken XML: each a WorkbookError."""
    base = hf.valid_sheet(tmp_path / "gyldig.xlsx")
    raw = base.read_bytes()
    with zipfile.ZipFile(base) as archive:
        sheet = archive.getinfo(hf.SHEET)
        directory = archive.start_dir  # type: ignore[attr-defined]
    data_start = sheet.header_offset + 30 + len(sheet.filename.encode()) + len(sheet.extra)
    entry = raw.index(hf.SHEET.encode(), directory) - 46  # the sheet's central directory entry
    cases = {
        "inflate": _flip(raw, data_start + 5),  # zlib.error or a CRC mismatch
        "method": raw[: entry + 10] + b"\x63\x00" + raw[entry + 12 :],  # NotImplementedError
        "truncated": raw[: len(raw) // 2],
    }
    for label, content in cases.items():
        path = tmp_path / f"{label}.xlsx"
        path.write_bytes(content)
        assert _refused(workspace, path), label
    missing = hf.rewrite(base, tmp_path / "mangler.xlsx", lambda n, d: None if n == hf.SHEET else d)
    broken = hf.rewrite(
        base, tmp_path / "xml.xlsx", lambda n, d: d[: len(d) // 2] if n == hf.SHEET else d
    )
    no_rels = hf.rewrite(
        base,
        tmp_path / "rels.xlsx",
        lambda n, d: None if n == "xl/_rels/workbook.xml.rels" else d,
    )
    for path in (missing, broken, no_rels):
        try:
            read_workbook(path)
        except WorkbookError as error:
            assert "Traceback" not in error.message
    with pytest.raises(zlib.error):  # the case above really reaches zlib
        zlib.decompressobj(-15).decompress(_flip(raw, data_start + 5)[data_start:])


def test_damaged_sheets_never_exit_70(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "arbeid.oppgave"
    workspaces.new_workspace(target).close()
    before = digest(target)
    base = hf.valid_sheet(tmp_path / "gyldig.xlsx")
    raw = base.read_bytes()
    for offset in range(30, len(raw), max(1, len(raw) // 40)):
        path = tmp_path / "skadet.xlsx"
        path.write_bytes(_flip(raw, offset))
        code = main(["import", str(path), str(target), "--department", "Buvik", "--dry-run"])
        assert code != EXIT_BUG, f"byte {offset}: {capsys.readouterr().err[-400:]}"
        capsys.readouterr()
    assert digest(target) == before


def test_the_validation_report_neutralises_formulas(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Cells of a mailed sheet come back in the report CSV: like the export's CSV, a leading
    =, +, -, @, tab or carriage return is defused with an apostrophe."""
    target = tmp_path / "arbeid.oppgave"
    workspace = workspaces.new_workspace(target)
    from oppgave.services import organisation

    organisation.create_municipality(workspace, "Melhus")
    workspace.close()
    evil = [
        "=cmd|' /C calc'!A0",
        "+SUM(1)",
        "-2+3",
        "@SUM(1)",
        "\t=1+1",
        "\r=1+1",
    ]
    rows = [("Oppgave", "Hyppighet", "Tidsbruk")] + [
        (f"Oppgave {n}", text, text) for n, text in enumerate(evil)
    ]
    sheet = hf.valid_sheet(tmp_path / "ark.xlsx", rows)
    report = tmp_path / "rapport.csv"
    code = main(
        ["import", str(sheet), str(target), "--department", "Buvik", "--dry-run",
         "--report", str(report)]
    )  # fmt: skip
    capsys.readouterr()
    assert code != EXIT_BUG
    with report.open(encoding="utf-8-sig", newline="") as handle:
        cells = [cell for row in csv.reader(handle, delimiter=";") for cell in row]
    values = [cell for cell in cells if any(text.strip() in cell for text in evil)]
    assert values, "the report repeats the cells"
    for cell in cells:
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), repr(cell)
