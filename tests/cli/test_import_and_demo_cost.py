"""What ``import`` and ``demo`` cost beyond their work (issue 18 item 6): the import of an
export reads it without openpyxl or Alembic, and a large demo workspace is written about once,
not many times over (the probe found 30× the file size written). Each runs in a fresh
interpreter: the test process has long imported everything, and /proc/self/io counts the
whole process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

_IMPORT_PROBE = """
import json, sys
from oppgave.cli.main import main
code = main(["import", sys.argv[1], sys.argv[2]])
print(json.dumps([code, sorted(m for m in ("openpyxl", "alembic") if m in sys.modules)]))
"""

_DEMO_PROBE = """
import json, sys
from oppgave.cli.main import main
code = main(["demo", sys.argv[1], "--scale", sys.argv[2]])
io = dict(line.split(": ") for line in open("/proc/self/io").read().splitlines())
print(json.dumps([code, int(io["write_bytes"])]))
"""


def _run(script: str, *args: str) -> list[object]:
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    result: list[object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def test_importing_an_export_loads_neither_openpyxl_nor_alembic(
    demo_path: Path, tmp_path: Path
) -> None:
    from oppgave.exchange.workbook_export import export
    from oppgave.services import workspaces

    sheet = tmp_path / "eksport.xlsx"
    with workspaces.open_workspace(demo_path) as workspace:
        export(workspace, sheet)
    target = tmp_path / "kopi.oppgave"
    assert _run(_IMPORT_PROBE, str(sheet), str(target)) == [0, []]
    with workspaces.open_workspace(target) as copy:
        assert workspaces.check(copy) == []


@pytest.mark.skipif(not Path("/proc/self/io").exists(), reason="reads /proc/self/io")
def test_a_large_demo_is_written_about_once(tmp_path: Path) -> None:
    """Measured at 50,000 tasks: 36 MB written for a 26 MB file (1.4×). Here 3,000 tasks
    keep the test short; the bound leaves room for the journal and the catalogue."""
    path = tmp_path / "stor.oppgave"
    code, written = _run(_DEMO_PROBE, str(path), "3000")
    assert code == 0
    size = path.stat().st_size
    assert isinstance(written, int)
    assert written < 3 * size, f"{written} bytes written for a file of {size}"
