"""A full disk through the real command line: a clear message and exit 1, the workspace as it
was (no journal beside it, ``check`` passes on the file alone), no half-written output and no
review copy remembered that was never made (issue 14, "Disk full").

Two ways to run out of room: a real small file system (a tmpfs mounted for the test; needs
root, skipped otherwise) and a file-size limit (``RLIMIT_FSIZE``) in a child process, which
works for any user.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from oppgave import output_files
from oppgave.cli.main import main
from oppgave.services import organisation, review, tasks, workspaces

DEPARTMENT = "Buvik"


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("kilde") / "kilde.oppgave"
    with workspaces.new_workspace(path) as workspace:
        municipality = organisation.create_municipality(workspace, "Skaun")
        department = organisation.create_department(workspace, municipality.id, DEPARTMENT)
        for n in range(40):
            tasks.create_task(workspace, department.id, f"Oppgave {n}", duration_minutes=10)
    return path


@pytest.fixture(scope="module")
def big_sheet(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """3,000 new tasks with long descriptions: several hundred kilobytes in the workspace."""
    path = tmp_path_factory.mktemp("ark") / "stor.xlsx"
    workbook = openpyxl.Workbook()
    grid = workbook.active
    assert grid is not None
    grid.append(["Oppgave", "Beskrivelse", "Hyppighet", "Varighet (min)"])
    for n in range(3000):
        grid.append([f"Ny oppgave {n}", "beskrivelse " * 20, "daglig", 15])
    workbook.save(path)
    return path


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 3 MB tmpfs (root only): a real file system that runs full."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root")
    mount_point = tmp_path / "liten-disk"
    mount_point.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount_point)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount tmpfs: {done.stderr.decode(errors='replace')}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def _fill(folder: Path, leave_kib: int) -> None:
    """Fill the file system of ``folder`` until ``leave_kib`` KiB are free."""
    stats = os.statvfs(folder)
    free = stats.f_bavail * stats.f_frsize
    (folder / "fyll").write_bytes(b"\0" * max(0, free - leave_kib * 1024))


def _no_traces(folder: Path) -> None:
    names = [p.name for p in folder.iterdir()]
    assert not [n for n in names if n.endswith(("-journal", "-wal", "-shm"))], names
    assert not [n for n in names if output_files.TEMP_MARK in n], names


def _task_count(path: Path) -> int:
    with workspaces.open_workspace(path) as workspace:
        return workspaces.info(workspace).counts["tasks"]


@pytest.mark.parametrize("leave_kib", [8, 64, 200])
def test_import_on_a_full_disk_rolls_back(
    small_disk: Path,
    source: Path,
    big_sheet: Path,
    leave_kib: int,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = small_disk / "W.oppgave"
    path.write_bytes(source.read_bytes())
    _fill(small_disk, leave_kib)
    code = main(["import", str(big_sheet), str(path), "--department", DEPARTMENT])
    err = capsys.readouterr().err
    assert code == 1, err
    assert "full" in err and "Traceback" not in err
    (small_disk / "fyll").unlink()
    _no_traces(small_disk)
    assert main(["check", str(path)]) == 0, "the file alone is sound"
    assert _task_count(path) == 40, "nothing of the import is in the file"


def test_export_and_demo_on_a_full_disk(
    small_disk: Path, source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "W.oppgave"  # the workspace on a roomy disk, the outputs on the full one
    path.write_bytes(source.read_bytes())
    _fill(small_disk, 4)
    for args in (
        ["export", str(path), "-o", str(small_disk / "ut.xlsx")],
        ["export", str(path), "-o", str(small_disk / "ut.csv")],
        ["report", str(path), "-o", str(small_disk / "r.pdf"), "--department", DEPARTMENT],
        ["demo", str(small_disk / "demo.oppgave")],
        ["new", str(small_disk / "ny.oppgave")],
        ["template", str(small_disk / "mal.xlsx")],
    ):
        code = main(args)
        err = capsys.readouterr().err
        assert code == 1, (args, err)
        assert err.startswith("Feil:") and "full" in err and "Traceback" not in err, err
    assert sorted(p.name for p in small_disk.iterdir()) == ["fyll"], "no partial output"


def test_review_export_on_a_full_disk_is_not_recorded(
    small_disk: Path, source: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "W.oppgave"
    path.write_bytes(source.read_bytes())
    _fill(small_disk, 4)
    target = small_disk / "kopi.oppgave"
    code = main(["review", "export", str(path), "--department", DEPARTMENT, "-o", str(target)])
    err = capsys.readouterr().err
    assert code == 1 and "full" in err, err
    assert not target.exists()
    with workspaces.open_workspace(path) as workspace:
        assert review.list_exports(workspace) == [], "a copy never made is not remembered"
    (small_disk / "fyll").unlink()
    assert main(["review", "export", str(path), "--department", DEPARTMENT, "-o", str(target)]) == 0
    with workspaces.open_workspace(path) as workspace:
        assert len(review.list_exports(workspace)) == 1


_LIMITED = """
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
limit = int(sys.argv[1])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
from oppgave.cli.main import main
sys.exit(main(sys.argv[2:]))
"""


def _limited(limit: int, *args: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", _LIMITED, str(limit), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_import_past_a_file_size_limit_rolls_back(
    source: Path, big_sheet: Path, tmp_path: Path
) -> None:
    path = tmp_path / "W.oppgave"
    path.write_bytes(source.read_bytes())
    size = path.stat().st_size
    for limit in (size + 4096, size + 100_000):
        done = _limited(limit, "import", big_sheet, path, "--department", DEPARTMENT)
        assert done.returncode == 1, done.stderr
        assert done.stderr.startswith("Feil:") and "Traceback" not in done.stderr
        assert "skadet" not in done.stderr, "a refused write is not damage"
        _no_traces(tmp_path)
        assert main(["check", str(path)]) == 0
        assert _task_count(path) == 40


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_outputs_past_a_file_size_limit(source: Path, tmp_path: Path) -> None:
    path = tmp_path / "W.oppgave"
    path.write_bytes(source.read_bytes())
    for args in (
        ["export", path, "-o", tmp_path / "ut.xlsx"],
        ["report", path, "-o", tmp_path / "r.pdf", "--department", DEPARTMENT],
        ["demo", tmp_path / "demo.oppgave"],
        ["new", tmp_path / "ny.oppgave"],
        ["template", tmp_path / "mal.xlsx"],
        ["review", "export", path, "--department", DEPARTMENT, "-o", tmp_path / "k.oppgave"],
    ):
        done = _limited(20_000, *args)
        assert done.returncode == 1, (args, done.stderr)
        assert done.stderr.startswith("Feil:") and "Traceback" not in done.stderr, done.stderr
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["W.oppgave"], names
    with contextlib.closing(workspaces.open_workspace(path)) as workspace:
        assert review.list_exports(workspace) == []
