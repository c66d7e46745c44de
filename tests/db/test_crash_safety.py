"""A process killed in the middle of writing leaves a file with the last committed state."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from oppgave.db import workspace_file
from oppgave.db.workspace import Workspace
from oppgave.services import organisation, tasks, workspaces

WRITER = textwrap.dedent(
    """
    import sys
    from oppgave.db.workspace import Workspace
    from oppgave.services import tasks

    workspace = Workspace.open(sys.argv[1])
    department_id = int(sys.argv[2])
    n = 0
    while True:
        n += 1
        drafts = [tasks.TaskDraft(name=f"Runde {n} oppgave {i}") for i in range(50)]
        tasks.create_tasks(workspace, department_id, drafts)
        print(n, flush=True)  # printed only after the commit returned
    """
)


@pytest.mark.parametrize("delay", [0.6, 1.1, 1.7])
def test_killed_writer_leaves_last_committed_state(tmp_path: Path, delay: float) -> None:
    path = tmp_path / "krasj.oppgave"
    with workspaces.new_workspace(path) as workspace:
        municipality = organisation.create_municipality(workspace, "Skaun")
        department = organisation.create_department(workspace, municipality.id, "Hjemmetjenesten")
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), str(department.id)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert writer.stdout is not None
    first = writer.stdout.readline()  # wait until it is writing
    assert first.strip() == "1"
    time.sleep(delay)
    os.kill(writer.pid, signal.SIGKILL)
    output, _ = writer.communicate()
    printed = [int(line) for line in (first + output).split()]
    last_printed = printed[-1]

    with Workspace.open(path) as workspace:
        assert workspaces.check(workspace) == []
        names = [t.name for t in tasks.list_tasks(workspace, department.id)]
    rounds = len(names) // 50
    assert len(names) % 50 == 0, "a transaction is all or nothing"
    # The commit of the round after the last printed one may have finished before the kill.
    assert rounds in (last_printed, last_printed + 1)
    assert workspace_file.sidecar_files(path) == []
