"""Output paths through the real command line: no command writes onto a workspace or onto its
own input, another existing file is replaced only with ``--force``, and every file is written
through a temporary file that never outlives an error (issue 14, "Data destroyed by an output
path")."""

from __future__ import annotations

import hashlib
import os
import stat
import time
from pathlib import Path

import openpyxl
import pytest

from oppgave import output_files
from oppgave.cli.main import main
from oppgave.services import organisation, tasks, workspaces

DEPARTMENT = "Buvik"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small workspace with one department and two tasks (copied per test)."""
    path = tmp_path_factory.mktemp("kilde") / "kilde.oppgave"
    with workspaces.new_workspace(path) as workspace:
        municipality = organisation.create_municipality(workspace, "Skaun")
        department = organisation.create_department(workspace, municipality.id, DEPARTMENT)
        tasks.create_task(workspace, department.id, "Morgenstell", duration_minutes=20)
        tasks.create_task(workspace, department.id, "Medisinutdeling", duration_minutes=10)
    return path


@pytest.fixture
def workspace_path(source: Path, tmp_path: Path) -> Path:
    target = tmp_path / "W.oppgave"
    target.write_bytes(source.read_bytes())
    return target


@pytest.fixture
def sheet(tmp_path: Path) -> Path:
    path = tmp_path / "ark.xlsx"
    workbook = openpyxl.Workbook()
    grid = workbook.active
    assert grid is not None
    grid.append(["Oppgave", "Hyppighet", "Varighet (min)"])
    grid.append(["Kveldsstell", "daglig", 15])
    grid.append(["Nattrunde", "2 ganger daglig", 10])
    workbook.save(path)
    return path


def _run(*args: object) -> int:
    return main([str(a) for a in args])


def _writers(w: Path, target: Path, sheet: Path) -> dict[str, list[object]]:
    """Every command that writes a file, writing to ``target``."""
    return {
        "report": ["report", w, "-o", target, "--department", DEPARTMENT],
        "export": ["export", w, "-o", target],
        "template": ["template", target, "--workspace", w],
        "review export": ["review", "export", w, "--department", DEPARTMENT, "-o", target],
        "review pdf": ["review", "pdf", w, "--department", DEPARTMENT, "-o", target],
        "import --report": ["import", sheet, w, "--department", DEPARTMENT, "--report", target],
        "import --report --dry-run": [
            "import", sheet, w, "--department", DEPARTMENT, "--report", target, "--dry-run",
        ],
        "new": ["new", target],
        "demo": ["demo", target],
    }  # fmt: skip


COMMANDS = list(_writers(Path("w"), Path("t"), Path("s")))


def _no_temporaries(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if output_files.TEMP_MARK in p.name]


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("force", [False, True])
def test_no_command_writes_onto_its_workspace(
    command: str,
    force: bool,
    workspace_path: Path,
    sheet: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = _digest(workspace_path)
    args = _writers(workspace_path, workspace_path, sheet)[command]
    assert _run(*args, *(["--force"] if force else [])) == 1
    err = capsys.readouterr().err
    assert "filen som leses" in err or "arbeidsfil" in err, err
    assert _digest(workspace_path) == before
    assert main(["check", str(workspace_path)]) == 0
    assert _no_temporaries(workspace_path.parent) == []


@pytest.mark.parametrize("command", COMMANDS)
def test_no_command_writes_onto_another_workspace(
    command: str,
    workspace_path: Path,
    source: Path,
    sheet: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # A workspace whatever its name says (a review copy's name always ends in .oppgave).
    other = tmp_path / ("annen.oppgave" if command == "review export" else "annen.pdf")
    other.write_bytes(source.read_bytes())
    before = _digest(other)
    args = _writers(workspace_path, other, sheet)[command]
    assert _run(*args, "--force") == 1
    assert "aldri overskrevet" in capsys.readouterr().err
    assert _digest(other) == before


def test_a_symlink_or_hard_link_to_the_input_is_the_input(
    workspace_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _digest(workspace_path)
    link = tmp_path / "lenke.pdf"
    link.symlink_to(workspace_path)
    hard = tmp_path / "hard.xlsx"
    os.link(workspace_path, hard)
    assert _run("report", workspace_path, "-o", link, "--force", "--department", "1") == 1
    assert _run("export", workspace_path, "-o", hard, "--force") == 1
    assert capsys.readouterr().err.count("filen som leses") == 2
    assert _digest(workspace_path) == before and link.is_symlink()


def test_import_report_never_lands_on_the_sheet(
    workspace_path: Path, sheet: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _digest(sheet)
    for extra in ([], ["--dry-run"], ["--dry-run", "--force"]):
        args = ["import", sheet, workspace_path, "--department", DEPARTMENT, "--report", sheet]
        assert _run(*args, *extra) == 1
        assert "filen som leses" in capsys.readouterr().err
    assert _digest(sheet) == before


@pytest.mark.parametrize("command", [c for c in COMMANDS if c not in ("new", "demo")])
def test_another_file_is_replaced_only_with_force(
    command: str,
    workspace_path: Path,
    sheet: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    suffix = {
        "export": ".xlsx",
        "template": ".xlsx",
        "review export": ".oppgave",
        "import --report": ".csv",
        "import --report --dry-run": ".csv",
    }.get(command, ".pdf")
    target = tmp_path / f"gammel{suffix}"
    target.write_bytes(b"en gammel fil")
    args = _writers(workspace_path, target, sheet)[command]
    assert _run(*args) == 1
    assert "finnes allerede" in capsys.readouterr().err
    assert target.read_bytes() == b"en gammel fil"
    assert _run(*args, "--force") == 0, capsys.readouterr().err
    assert target.read_bytes() != b"en gammel fil"
    assert _no_temporaries(tmp_path) == []


@pytest.mark.parametrize("command", ["new", "demo"])
def test_new_and_demo_replace_a_plain_file_only_with_force(
    command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "ny.oppgave"
    target.write_text("notater")
    assert _run(command, target) == 1
    assert "finnes allerede" in capsys.readouterr().err
    assert _run(command, target, "--force") == 0
    assert output_files.is_database(target)
    assert _run(command, target, "--force") == 1, "now it is a workspace: never replaced"
    assert "aldri overskrevet" in capsys.readouterr().err


def test_written_files_get_the_users_umask(
    workspace_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = os.umask(0o022)
    try:
        assert _run("export", workspace_path, "-o", tmp_path / "ut.xlsx") == 0
        assert _run("report", workspace_path, "-o", tmp_path / "r.pdf", "--department", "1") == 0
        assert _run("new", tmp_path / "ny.oppgave") == 0
        os.umask(0o027)
        assert _run("export", workspace_path, "-o", tmp_path / "ut.csv") == 0
    finally:
        os.umask(old)
    mode = {p.name: stat.S_IMODE(p.stat().st_mode) for p in tmp_path.iterdir()}
    assert mode["ut.xlsx"] == mode["r.pdf"] == mode["ny.oppgave"] == 0o644
    assert mode["ut.csv"] == 0o640


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["report", "{w}", "-o", "{tmp}/mangler/r.pdf"], "finnes ikke"),
        (["export", "{w}", "-o", "{tmp}/mangler/ut.xlsx"], "finnes ikke"),
        (["import", "{sheet}", "{w}", "--department", DEPARTMENT, "--report",
          "{tmp}/mangler/r.csv"], "finnes ikke"),
        (["import", "{sheet}", "{w}", "--department", DEPARTMENT, "--dry-run", "--report",
          "{tmp}/mangler/r.csv"], "finnes ikke"),
        (["import", "{sheet}", "{w}", "--department", DEPARTMENT, "--header-row",
          "99999999999999999999"], "høyst"),
        (["import", "{sheet}", "{w}", "--department", DEPARTMENT, "--header-row",
          "2-99999999999999999999"], "høyst"),
        (["report", "{w}", "-o", "{tmp}"], "mappe"),
        (["export", "{w}", "-o", "/dev/null", "--force"], "vanlig fil"),
    ],
)  # fmt: skip
def test_clear_refusals(
    args: list[str],
    expected: str,
    workspace_path: Path,
    sheet: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    filled = [a.format(w=workspace_path, tmp=tmp_path, sheet=sheet) for a in args]
    before = _digest(workspace_path)
    assert main(filled) == 1
    err = capsys.readouterr().err
    assert err.startswith("Feil:") and expected in err and "Traceback" not in err
    assert _digest(workspace_path) == before


LONG_NAMES = {
    "248 byte": "a" * 240 + ".oppgave",
    "255 byte": "b" * 247 + ".oppgave",
    "over NAME_MAX": "c" * 300 + ".oppgave",
    "248 byte of æøå": "æ" * 120 + ".oppgave",
}


@pytest.mark.parametrize("name", list(LONG_NAMES.values()), ids=list(LONG_NAMES))
def test_long_file_names_give_a_message(
    name: str,
    workspace_path: Path,
    sheet: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    long = tmp_path / name
    if len(os.fsencode(name)) <= output_files.NAME_MAX:
        long.write_bytes(workspace_path.read_bytes())  # a workspace somebody renamed
    commands = [
        ["check", long],
        ["info", long],
        ["analyse", long],
        ["propose", long, "--department", DEPARTMENT],
        ["import", sheet, long, "--department", DEPARTMENT],
        ["new", tmp_path / ("n" + name)],
        ["demo", tmp_path / ("d" + name)],
        ["review", "export", workspace_path, "--department", DEPARTMENT, "-o", tmp_path / name],
        ["export", workspace_path, "-o", tmp_path / ("e" * 300 + ".xlsx")],
        ["report", workspace_path, "-o", tmp_path / ("r" * 300 + ".pdf")],
    ]
    for command in commands:
        code = _run(*command)
        err = capsys.readouterr().err
        assert code == 1, (command[0], err)
        assert "for lang" in err and "Traceback" not in err, err
    assert _no_temporaries(tmp_path) == []


def test_a_long_but_legal_output_name_is_written(
    workspace_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A 255-byte PDF name is fine: only the temporary name is shortened."""
    target = tmp_path / ("r" * 251 + ".pdf")
    assert _run("report", workspace_path, "-o", target, "--department", DEPARTMENT) == 0
    assert target.read_bytes().startswith(b"%PDF")
    assert _no_temporaries(tmp_path) == []


def test_stale_temporaries_of_dead_processes_are_swept(
    workspace_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dead_pid = 2**22 + 12345  # above pid_max on most systems: no such process
    stale = tmp_path / f".ut.xlsx{output_files.TEMP_MARK}{dead_pid}-0123abcd"
    journal = Path(f"{stale}-journal")
    fresh = tmp_path / f".ut.xlsx{output_files.TEMP_MARK}{dead_pid}-89abcdef"
    alive = tmp_path / f".ut.xlsx{output_files.TEMP_MARK}{os.getppid()}-00000000"
    foreign = tmp_path / ".ut.xlsx.abcdef.tmp"
    old = time.time() - 2 * output_files.STALE_AFTER_SECONDS
    for path in (stale, journal, fresh, alive, foreign):
        path.write_bytes(b"rest")
    for path in (stale, journal, alive, foreign):
        os.utime(path, (old, old))
    assert _run("export", workspace_path, "-o", tmp_path / "ut.xlsx") == 0
    left = {p.name for p in tmp_path.iterdir()}
    assert stale.name not in left and journal.name not in left
    assert {fresh.name, alive.name, foreign.name} <= left, "only old files of dead processes"


def test_a_workspace_journal_is_never_replaced(
    workspace_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A journal beside a workspace may hold its last change (a hot journal): never replaced."""
    journal = Path(f"{workspace_path}-journal")
    journal.write_bytes(b"journal")
    assert _run("export", workspace_path, "-o", journal, "--force") == 1
    assert "hører til en arbeidsfil" in capsys.readouterr().err
    assert journal.read_bytes() == b"journal"


@pytest.mark.parametrize("command", ["bemanning", "turnus"])
def test_staffing_plan_and_rota_never_write_onto_a_workspace(
    command: str,
    workspace_path: Path,
    source: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    other = tmp_path / "plan.xlsx"
    other.write_bytes(source.read_bytes())
    before = (_digest(workspace_path), _digest(other))
    for target, expected in ((workspace_path, "filen som leses"), (other, "aldri overskrevet")):
        args = [command, workspace_path, "--department", DEPARTMENT, "-o", target, "--force"]
        assert _run(*args) == 1
        assert expected in capsys.readouterr().err
    assert (_digest(workspace_path), _digest(other)) == before
