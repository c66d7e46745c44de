"""The first window, and a file opened on the task table, import none of the heavy libraries
(nor, for the window, SQLAlchemy);
the features that need them load them when first used (issue 18). Runs in a fresh
interpreter: the test process has imported them all long ago."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

HEAVY = ("numpy", "pandas", "scipy", "matplotlib", "reportlab", "openpyxl", "alembic", "ortools")

PROBE = """
import json, sys
from PySide6.QtWidgets import QApplication
HEAVY = {heavy!r}
def loaded():
    return sorted(name for name in HEAVY if name in sys.modules)
from oppgave.ui.app import create_window
from oppgave.ui.startup.app_settings import AppSettings
from PySide6.QtCore import QSettings
settings = AppSettings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
window = create_window(settings, language="nb")
deferred = list(window.parts.built())
# the window and its registered tabs import no SQLAlchemy nor ORM models: those come with the
# first file opened (or after the first turn of the event loop, with review mode and backups)
window_db = sorted(
    name for name in ("sqlalchemy", "oppgave.db.models", "oppgave.db.workspace")
    if name in sys.modules
)
window.show()
QApplication.processEvents()
stages = {{"window": loaded(), "deferred": deferred, "built": list(window.parts.built())}}
stages["window_db"] = window_db
window.open_path(sys.argv[1])
from oppgave.services import organisation, tasks
workspace = window.document.workspace
busiest = max(
    organisation.list_departments(workspace),
    key=lambda d: len(tasks.list_tasks(workspace, d.id)),
)
window.select_department(busiest.id)
for _ in range(20):
    QApplication.processEvents()
stages["file"] = loaded()
from PySide6.QtWidgets import QTableView
stages["table_rows"] = window.department_tab("tasks").findChild(QTableView).model().rowCount()
from oppgave.ui.files import exchange_actions
dialog = exchange_actions.open_report_dialog(window)
stages["report"] = loaded()
dialog.close()
print(json.dumps(stages))
"""


def test_first_window_and_task_table_import_no_heavy_library(
    small_path: Path, tmp_path: Path
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE.format(heavy=HEAVY), str(small_path), str(tmp_path / "u.ini")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    stages = json.loads(done.stdout.strip().splitlines()[-1])
    assert stages["window"] == []
    assert stages["window_db"] == []
    # review mode and backups are built after the window shows, not by create_window
    assert stages["deferred"] == []
    assert stages["built"] == ["review", "file_safety"]
    assert stages["file"] == []
    assert stages["table_rows"] > 0  # the probe did look at a real, filled table
    # the report dialog is where ReportLab comes in: the probe sees a heavy import
    assert "reportlab" in stages["report"]
