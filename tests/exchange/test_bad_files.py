"""Files that are not what they claim, or too big, give a sentence the user can act on, and
the workspace stays byte for byte as it was."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest
from exchange_sheets import (
    biff_stream,
    big_sheet,
    digest,
    encrypted_copy,
    ole_file,
    simple_sheet,
)

from oppgave.db.workspace import Workspace
from oppgave.domain.records import Municipality
from oppgave.exchange.importing import ImportTarget, SheetImport
from oppgave.exchange.workbook_reading import MAX_ROWS, WorkbookError, read_workbook


def _refused(workspace: Workspace, path: Path) -> str:
    before = digest(workspace.path)
    with pytest.raises(WorkbookError) as caught:
        SheetImport.open(workspace, path, ImportTarget("Buvik"))
    assert digest(workspace.path) == before
    assert "Traceback" not in caught.value.message
    return caught.value.message


def test_a_text_file_renamed_to_xlsx(
    workspace: Workspace, municipality: Municipality, tmp_path: Path
) -> None:
    path = tmp_path / "oppgaver.xlsx"
    path.write_text("Oppgave;Hyppighet\nStell;daglig\n", encoding="utf-8")
    assert "tekstfil" in _refused(workspace, path)


def test_a_pdf(workspace: Workspace, municipality: Municipality, tmp_path: Path) -> None:
    path = tmp_path / "rapport.xlsx"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    assert "er en PDF" in _refused(workspace, path)


def test_an_old_xls(workspace: Workspace, municipality: Municipality, tmp_path: Path) -> None:
    path = ole_file(tmp_path / "gammel.xls", "Workbook", biff_stream(password=False))
    message = _refused(workspace, path)
    assert "gamle Excel-formatet (.xls)" in message and "lagre som" in message


def test_an_old_xls_with_a_password(
    workspace: Workspace, municipality: Municipality, tmp_path: Path
) -> None:
    path = ole_file(tmp_path / "gammel.xls", "Workbook", biff_stream(password=True))
    assert "passordbeskyttet" in _refused(workspace, path)


def test_a_password_protected_workbook(
    workspace: Workspace, municipality: Municipality, tmp_path: Path
) -> None:
    plain = simple_sheet(tmp_path / "plain.xlsx", [["Stell", "daglig", "10 min", "HFA"]])
    path = encrypted_copy(plain, tmp_path / "hemmelig.xlsx")
    message = _refused(workspace, path)
    assert "passordbeskyttet" in message and "fjern passordet" in message


def test_an_empty_file_and_an_empty_workbook(
    workspace: Workspace, municipality: Municipality, tmp_path: Path
) -> None:
    empty = tmp_path / "tom.xlsx"
    empty.write_bytes(b"")
    assert "0 byte" in _refused(workspace, empty)
    workbook = openpyxl.Workbook()
    workbook.create_sheet("Ark2")
    workbook.save(tmp_path / "blank.xlsx")
    assert "ingen av arkene har innhold" in _refused(workspace, tmp_path / "blank.xlsx")


def test_a_damaged_workbook(
    workspace: Workspace, municipality: Municipality, tmp_path: Path
) -> None:
    good = simple_sheet(tmp_path / "good.xlsx", [["Stell", "daglig", "10 min", "HFA"]])
    damaged = tmp_path / "damaged.xlsx"
    damaged.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    assert "skadet" in _refused(workspace, damaged)
    broken_xml = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(broken_xml, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]
            target.writestr(item, data)
    assert "skadet" in _refused(workspace, broken_xml) or "kan ikke leses" in _refused(
        workspace, broken_xml
    )


def test_other_office_files(
    workspace: Workspace, municipality: Municipality, tmp_path: Path
) -> None:
    ods = tmp_path / "ark.xlsx"
    with zipfile.ZipFile(ods, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    assert "OpenDocument" in _refused(workspace, ods)
    docx = tmp_path / "notat.xlsx"
    with zipfile.ZipFile(docx, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    assert "Word-dokument" in _refused(workspace, docx)
    assert "Word" in _refused(workspace, ole_file(tmp_path / "gammel.doc", "WordDocument", b"x"))


def test_a_folder_and_a_missing_file(workspace: Workspace, tmp_path: Path) -> None:
    assert "Finner ikke" in _refused(workspace, tmp_path / "finnes-ikke.xlsx")
    assert "mappe" in _refused(workspace, tmp_path)


def test_a_sheet_with_100_000_rows_is_refused(
    workspace: Workspace, municipality: Municipality, tmp_path: Path
) -> None:
    """How cheaply is measured below (memory, in its own process); time belongs in the
    benchmarks, not in a test that a busy machine makes fail."""
    path = big_sheet(tmp_path / "logg.xlsx", 100_000)
    message = _refused(workspace, path)
    assert f"mer enn {MAX_ROWS:,}".replace(",", " ") in message


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/status")
def test_refusing_100_000_rows_needs_little_memory(tmp_path: Path) -> None:
    """Peak memory of reading the file, in a fresh process whose high-water mark is reset
    after the imports (a forked child would otherwise report the test runner's peak)."""
    path = big_sheet(tmp_path / "logg.xlsx", 100_000)
    script = (
        "import re, sys\n"
        "from oppgave.exchange.workbook_reading import WorkbookError, read_workbook\n"
        "def rss(key):\n"
        "    status = open('/proc/self/status').read()\n"
        "    return int(re.search(key + r':\\s+(\\d+)', status).group(1))\n"
        "open('/proc/self/clear_refs', 'w').write('5')\n"
        "base = rss('VmRSS')\n"
        "try:\n"
        "    read_workbook(sys.argv[1])\n"
        "except WorkbookError:\n"
        "    pass\n"
        "print(rss('VmHWM') - base)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(path)], capture_output=True, text=True
    )
    if result.returncode != 0:
        pytest.skip(f"cannot measure memory here: {result.stderr.strip()[-200:]}")
    growth_kb = int(result.stdout.strip())
    assert growth_kb < 50 * 1024, f"reading grew memory by {growth_kb // 1024} MB"


def test_the_row_limit_also_holds_when_counting_while_reading(tmp_path: Path) -> None:
    path = simple_sheet(
        tmp_path / "a.xlsx", [[f"Oppgave {n}", "daglig", "5 min", "HFA"] for n in range(30)]
    )
    with pytest.raises(WorkbookError, match="mer enn 20 rader"):
        read_workbook(path, max_rows=20)
    assert len(read_workbook(path, max_rows=31).sheets[0].rows) == 31
