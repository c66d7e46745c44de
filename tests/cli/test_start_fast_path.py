"""Starting the app skips the subcommand modules (pandas, ReportLab) but never a real command."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from oppgave.cli.main import starts_app_only


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["--demo"],
        ["--language", "nb"],
        ["arbeid.oppgave"],
        ["Arbeid.OPPGAVE", "--language", "en"],
    ],
)
def test_app_starts_need_no_commands(args: list[str]) -> None:
    assert starts_app_only(args)


@pytest.mark.parametrize(
    "args",
    [["info", "a.oppgave"], ["demo", "x.oppgave"], ["--help"], ["analyse", "-h"], ["notes.txt"]],
)
def test_commands_and_help_build_the_whole_parser(args: list[str]) -> None:
    assert not starts_app_only(args)


def test_app_start_parser_imports_no_heavy_libraries() -> None:
    code = (
        "import sys\n"
        "from oppgave.cli.main import build_parser\n"
        "build_parser(with_commands=False).parse_args(['--demo'])\n"
        "heavy = [m for m in ('pandas', 'matplotlib', 'reportlab', 'scipy', 'alembic')"
        " if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        check=True,
    )
    assert done.stdout.strip() == ""
