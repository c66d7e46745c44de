"""Fuzzing the command line: any arguments end in an exit code and a message, never a
traceback, and a workspace named in them is unchanged when the command is refused."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from fuzz_budget import fuzz_settings
from hypothesis import given
from hypothesis import strategies as st

from oppgave.cli.main import EXIT_BUG, build_parser, main
from oppgave.services import workspaces

WORDS = st.sampled_from(
    [
        "info",
        "check",
        "demo",
        "new",
        "analyse",
        "propose",
        "--json",
        "--scale",
        "--force",
        "--seed",
        "-1",
        "0",
        "abc",
        "æøå",
        "--department",
        "--scenario",
        "--cap",
        "SPL=1,5",
        "--min-per-shift",
        "SPL:natt=x",
        "",
        " ",
        "--",
        "-x",
        "999999999999",
    ]
)


@pytest.fixture(scope="module")
def existing(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A workspace to name in commands; the commands run in a scratch folder, since ``demo`` and
    ``new`` with a fuzzed name write files where they are told."""
    folder = tmp_path_factory.mktemp("cli")
    path = folder / "fast.oppgave"
    workspaces.new_workspace(path).close()
    scratch = folder / "scratch"
    scratch.mkdir()
    previous = os.getcwd()
    os.chdir(scratch)
    try:
        yield path
    finally:
        os.chdir(previous)


@fuzz_settings(80)
@given(words=st.lists(st.one_of(WORDS, st.text(max_size=12)), max_size=6))
def test_any_arguments(
    existing: Path, capsys: pytest.CaptureFixture[str], words: list[str]
) -> None:
    before = hashlib.sha256(existing.read_bytes()).hexdigest()
    commands = {"info", "check", "analyse"}  # read-only commands: the file must stay unchanged
    argv = [word.replace("PATH", str(existing)) for word in words]
    if argv and argv[0] in {*commands, "propose"}:
        argv.insert(1, str(existing))
    if not argv or argv[0] not in build_parser_commands():
        return  # no subcommand would start the desktop app; not what this fuzzes
    try:
        code = main(argv)
    except SystemExit as exit_:  # argparse: usage errors and --help
        code = exit_.code if isinstance(exit_.code, int) else 2
    out, err = capsys.readouterr()
    assert isinstance(code, int)
    assert "Traceback" not in out + err
    assert code != EXIT_BUG, f"an unexpected exception: {err}"
    if argv[0] in commands:
        assert hashlib.sha256(existing.read_bytes()).hexdigest() == before


def build_parser_commands() -> set[str]:
    parser = build_parser()
    for action in parser._subparsers._group_actions:  # type: ignore[union-attr]
        return set(action.choices)  # type: ignore[arg-type]
    return set()


# --- every command, with files of every kind --------------------------------------------------

TOP_COMMANDS = [
    "new",
    "demo",
    "info",
    "check",
    "analyse",
    "propose",
    "review",
    "export",
    "template",
    "import",
    "report",
]
REVIEW_COMMANDS = [
    "export",
    "pdf",
    "comment",
    "flags",
    "import",
    "list",
    "resolve",
    "accept-flags",
    "summary",
    "info",
]
#: A command as the first words: a top-level one, or ``review`` and one of its own (or none).
COMMANDS = st.one_of(
    st.sampled_from(TOP_COMMANDS).map(lambda name: [name]),
    st.sampled_from([*REVIEW_COMMANDS, "--help", ""]).map(
        lambda name: ["review", name] if name else ["review"]
    ),
)
OPTION_WORDS = st.sampled_from(
    [
        "--json",
        "--force",
        "--department",
        "Solsiden",
        "Langtid",
        "--scenario",
        "I dag",
        "--name",
        "--cap",
        "SPL=2",
        "--cap-at-positions",
        "--min-per-shift",
        "SPL:natt=1",
        "--keep-staffing",
        "--time-limit",
        "0.1",
        "-o",
        "--output",
        "OUT.pdf",
        "OUT.xlsx",
        "OUT.oppgave",
        "--workspace",
        "--municipality",
        "Melhus",
        "--map",
        "Oppgave=navn",
        "oppgave=Hyppighet",
        "--sheet",
        "Ark1",
        "--header-row",
        "0",
        "3",
        "-5",
        "--dry-run",
        "--skip-invalid",
        "--report",
        "-v",
        "--sections",
        "sammendrag",
        "--quiet",
        "--task",
        "Morgenstell",
        "--overall",
        "--verdict",
        "enig",
        "--reviewer-role",
        "--text",
        "--flags",
        "--set",
        "--open",
        "--disagreement",
        "--reopen",
        "1,2",
        "1",
        "--accept-tampered",
        "--check",
        "--suggestions",
        "--scale",
        "3",
        "--seed",
        "æøå",
        "",
        "-",
        "--",
        "PATH",
        "SHEET",
        "JUNK",
        "MISSING",
        "FOLDER",
    ]
)


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    """A workspace template, a real sheet, a junk file and a folder; commands run in a scratch
    folder of their own."""
    import openpyxl

    from oppgave.services import organisation

    folder = tmp_path_factory.mktemp("cli-all")
    template = folder / "mal.oppgave"
    with workspaces.new_workspace(template) as workspace:
        municipality = organisation.create_municipality(workspace, "Melhus")
        organisation.create_department(workspace, municipality.id, "Solsiden")
    sheet = folder / "ark.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Oppgave", "Hyppighet", "Tidsbruk", "Hvem gjør i dag"])
    book.active.append(["Morgenstell", "hver morgen", "20 min", "HFA"])
    book.save(sheet)
    junk = folder / "søppel.xlsx"
    junk.write_bytes(b"PK\x03\x04 this is no workbook")
    scratch = folder / "scratch"
    scratch.mkdir()
    previous = os.getcwd()
    os.chdir(scratch)
    try:
        yield {
            "TEMPLATE": template,
            "PATH": folder / "arbeid.oppgave",
            "SHEET": sheet,
            "JUNK": junk,
            "MISSING": folder / "finnes-ikke.oppgave",
            "FOLDER": scratch,
        }
    finally:
        os.chdir(previous)


@fuzz_settings(120)
@given(
    command=COMMANDS,
    words=st.lists(st.one_of(OPTION_WORDS, st.text(max_size=8)), max_size=7),
)
def test_every_command_with_any_arguments(
    files: dict[str, Path],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    command: list[str],
    words: list[str],
) -> None:
    import shutil

    from oppgave.ui import app

    def no_desktop(**_kwargs: object) -> int:
        raise AssertionError("a subcommand must never start the desktop app")

    monkeypatch.setattr(app, "run_app", no_desktop)

    shutil.copyfile(files["TEMPLATE"], files["PATH"])
    before = hashlib.sha256(files["PATH"].read_bytes()).hexdigest()
    argv = [*command, *(str(files.get(word, word)) for word in words)]
    try:
        code = main(argv)
    except SystemExit as exit_:  # argparse: usage errors and --help
        code = exit_.code if isinstance(exit_.code, int) else 2
    out, err = capsys.readouterr()
    assert isinstance(code, int)
    assert "Traceback" not in out + err
    assert code != EXIT_BUG, f"an unexpected exception: {err}"
    if code != 0 and files["PATH"].exists():
        assert hashlib.sha256(files["PATH"].read_bytes()).hexdigest() == before, (
            "a refused command leaves the workspace unchanged"
        )
