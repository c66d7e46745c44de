"""The user's demo workspace: ``oppgave --demo`` and *Fil → Åpne demo* open it.

Qt-free (it used to live in ``ui/app.py``, where the main window had to import the module that
imports the main window: an import circle). The file is generated once, in the user's data
folder (``services.user_folders``, ``OPPGAVE_DATA_DIR``), and reused afterwards.
"""

from __future__ import annotations

from pathlib import Path

from oppgave import output_files
from oppgave.services.user_folders import data_folder

DEMO_FILE = "demo.oppgave"


def demo_path() -> Path:
    """Where the demo workspace lives: the user's data folder."""
    return data_folder() / DEMO_FILE


def ensure_demo_workspace(path: Path | None = None) -> Path:
    """The demo workspace, created at ``path`` (default: :func:`demo_path`) if missing."""
    target = path or demo_path()
    if target.exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    from oppgave.demo import generator  # imported late: pandas and the ORM, only when created

    # Built beside the target and renamed when whole: a full disk leaves no half demo behind.
    with output_files.atomic_output(target, force=False, workspace=True) as temporary:
        generator.generate(temporary, overwrite=True).close()
    return target
