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

from oppgave.cli.main import build_parser, main
from oppgave.services import workspaces

WORDS = st.sampled_from(
    ["info", "check", "demo", "new", "analyse", "propose", "--json", "--scale", "--force",
     "--seed", "-1", "0", "abc", "æøå", "--department", "--scenario", "--cap", "SPL=1,5",
     "--min-per-shift", "SPL:natt=x", "", " ", "--", "-x", "999999999999"]
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
    if argv[0] in commands:
        assert hashlib.sha256(existing.read_bytes()).hexdigest() == before


def build_parser_commands() -> set[str]:
    parser = build_parser()
    for action in parser._subparsers._group_actions:  # type: ignore[union-attr]
        return set(action.choices)  # type: ignore[arg-type]
    return set()
