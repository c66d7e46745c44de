"""Where the app keeps its own files: the user's data folder, its log and its backups.

Kept free of Qt (no ``QStandardPaths``) so that the services and the CLI can find the same
folders as the desktop app. ``OPPGAVE_DATA_DIR`` overrides the folder: the tests point it at a
temporary folder so that they never write into the real home folder, and an administrator can
move the data folder of a shared installation.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APPLICATION = "oppgave"
#: Environment variable that, when set, replaces the user's data folder.
DATA_DIR_VARIABLE = "OPPGAVE_DATA_DIR"


def data_folder() -> Path:
    """The user's data folder (``~/.local/share/oppgave``, ``%LOCALAPPDATA%\\oppgave``, …)."""
    override = os.environ.get(DATA_DIR_VARIABLE, "").strip()
    if override:
        return Path(override)
    return platformdirs.user_data_path(APPLICATION, appauthor=False)


def log_folder() -> Path:
    """Where the crash reporter writes ``oppgave.log``."""
    return data_folder() / "logg"


def log_file() -> Path:
    return log_folder() / "oppgave.log"


def backup_folder() -> Path:
    """Where rolling backups are kept, one sub-folder per workspace."""
    return data_folder() / "sikkerhetskopier"
