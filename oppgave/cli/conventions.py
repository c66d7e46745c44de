"""What every ``oppgave`` subcommand shares: its exit codes and the ``--force`` option.

Apart from :mod:`oppgave.cli.main` because ``main`` imports the command modules (its
``COMMAND_MODULES``) to build the parser: a command module that took these from ``main`` would
close an import circle.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from oppgave.db.locations import is_server_url
from oppgave.i18n import translate

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_BUG = 70  # EX_SOFTWARE: an unexpected exception, a bug


def add_force_option(parser: argparse.ArgumentParser) -> None:
    """``--force`` for a command that writes a file: the one way to replace an existing file.
    A workspace and the command's own input are refused even then (``oppgave.output_files``)."""
    parser.add_argument(
        "--force",
        action="store_true",
        help=translate(
            "Cli", "overskriv filen om den finnes (aldri en arbeidsfil eller filen som leses)"
        ),
    )


def workspace_location(text: str) -> Path | str:
    """argparse type of a workspace argument: a file path, or a ``postgresql://`` URL as is."""
    return text if is_server_url(text) else Path(text)
