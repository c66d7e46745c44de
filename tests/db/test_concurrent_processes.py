"""Two processes on one workspace, for real (issue 14, "torn reads" and "hot journal").

* A writer process commits, in a loop, one change that touches three tables at once (a task's
  name, a scenario's name and the municipality's name all become the same counter). While it
  runs, this process loads the workspace the ways the analysis, the export, the report and the
  review fingerprint do, and asserts every load saw one state: the three names agree.
* A writer process holds a write transaction open (its journal is live) while this process
  opens the file: the journal is not touched, the open does not wait for it, and the writer's
  commit then succeeds. A journal whose writer was killed is rolled back at the next open.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from oppgave.db import workspace_file
from oppgave.db.workspace import Workspace
from oppgave.exchange import export_format as fmt
from oppgave.exchange import labels
from oppgave.exchange.workbook_export import export_workbook
from oppgave.report.report_data import gather_department, gather_municipality
from oppgave.review import fingerprint
from oppgave.services import analysis_runs, organisation, scenarios, tasks, workspaces

_WRITER = """
import sys, time
from pathlib import Path
from oppgave.services import organisation, scenarios, tasks, workspaces
path, task_id, scenario_id, municipality_id, stop = sys.argv[1:6]
ws = workspaces.open_workspace(Path(path))
n = 0
print("ready", flush=True)
while not Path(stop).exists():
    n += 1
    with ws.batch():
        tasks.update_task(ws, int(task_id), name=f"Oppgave {n}")
        scenarios.update_scenario(ws, int(scenario_id), name=f"Forslag {n}")
        organisation.rename_municipality(ws, int(municipality_id), f"Kommune {n}")
print(n, flush=True)
"""


def _number(name: str) -> int:
    return int(name.rsplit(" ", 1)[1])


@pytest.fixture
def shared(tmp_path: Path) -> tuple[Path, int, int, int]:
    path = tmp_path / "delt.oppgave"
    with workspaces.new_workspace(path) as workspace:
        municipality = organisation.create_municipality(workspace, "Kommune 0")
        department = organisation.create_department(workspace, municipality.id, "Buvik")
        for n in range(30):
            tasks.create_task(workspace, department.id, f"Fast {n}", duration_minutes=10)
        task = tasks.create_task(workspace, department.id, "Oppgave 0", duration_minutes=10)
        proposal = scenarios.create_scenario(workspace, department.id, "Forslag 0")
    return path, task.id, proposal.id, municipality.id


@pytest.fixture
def writer(shared: tuple[Path, int, int, int], tmp_path: Path) -> Iterator[Path]:
    path, task_id, scenario_id, municipality_id = shared
    stop = tmp_path / "stopp"
    process = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(path), str(task_id), str(scenario_id),
         str(municipality_id), str(stop)],
        stdout=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    try:
        yield path
    finally:
        stop.touch()
        out, _ = process.communicate(timeout=60)
        assert process.returncode == 0
        assert int(out.strip()) > 0, "the writer committed while the loads ran"


def _exported_names(book: Path, task_uuid: str) -> tuple[str, str, str]:
    """The task's name, the proposal's name and the municipality's name in an export."""
    workbook = openpyxl.load_workbook(book, read_only=True)
    try:
        task = next(
            row[4]
            for row in workbook[fmt.SHEET_TASKS].iter_rows(values_only=True)
            if row[2] == task_uuid
        )
        scenario = next(
            row[3]
            for row in workbook[fmt.SHEET_SCENARIOS].iter_rows(min_row=2, values_only=True)
            if row[4] != labels.yes_no(True)  # the proposal, not «I dag»
        )
        municipality = next(
            row[1]
            for row in workbook[fmt.SHEET_MUNICIPALITIES].iter_rows(min_row=2, values_only=True)
        )
    finally:
        workbook.close()
    return str(task), str(scenario), str(municipality)


def test_loads_see_a_committed_change_wholly_or_not_at_all(
    writer: Path, shared: tuple[Path, int, int, int], tmp_path: Path
) -> None:
    _path, task_id, scenario_id, _municipality_id = shared
    seen: set[int] = set()
    deadline = time.monotonic() + 25
    loads = 0
    with workspaces.open_workspace(writer) as workspace:
        department_id = organisation.list_departments(workspace)[0].id
        task_uuid = tasks.get_task(workspace, task_id).uuid
        while loads < 60 and time.monotonic() < deadline:
            loads += 1
            # what analyse, the review fingerprint and everything else read
            data = workspaces.load_department_data(workspace, department_id)
            task = next(t for t in data.tasks if t.id == task_id)
            scenario = next(s for s in data.scenarios if s.id == scenario_id)
            assert _number(task.name) == _number(scenario.name), (task.name, scenario.name)
            assert fingerprint.content_fingerprint(data)  # computable from one snapshot
            # the export, streamed department by department while it writes the workbook
            book = tmp_path / f"eksport{loads}.xlsx"
            export_workbook(workspace, book)
            task_name, scenario_name, municipality_name = _exported_names(book, task_uuid)
            assert _number(task_name) == _number(municipality_name), (task_name, loads)
            assert _number(scenario_name) == _number(municipality_name), (scenario_name, loads)
            book.unlink()
            # the report, one department and the municipality overview
            report = gather_department(workspace, department_id, scenario_id)
            assert _number(report.scenario.name) == _number(report.municipality.name)
            overview = gather_municipality(workspace, None, None)
            names = {_number(m.name) for m in overview.municipalities}
            assert names == {_number(overview.departments[0].scenario.name)} or (
                overview.departments[0].scenario.is_baseline
            )
            # the analysis of every department
            run = analysis_runs.analyse_departments(workspace)
            proposal = next(a for a in run.analyses if a.scenario.id == scenario_id)
            assert _number(proposal.scenario.name) == _number(run.municipalities[0].name)
            seen.add(_number(task.name))
    assert len(seen) > 3, "the writer's changes were seen while loading"


_HOLDER = """
import sqlite3, sys, time
path, hold, spill = sys.argv[1], float(sys.argv[2]), sys.argv[3] == "spill"
connection = sqlite3.connect(path, isolation_level=None, timeout=30)
connection.execute("BEGIN IMMEDIATE")
connection.execute("UPDATE municipality SET name = 'Holdt'")
if spill:  # write pages into the file before the commit: a killed writer leaves it torn
    connection.execute("PRAGMA cache_size = 1")
    for n in range(200):
        connection.execute("INSERT INTO workspace_meta (key, value) VALUES (?, ?)",
                           (f"fyll-{n}", "x" * 2000))
print("holding", flush=True)
time.sleep(hold)
connection.execute("COMMIT")
connection.close()
print("committed", flush=True)
"""


def _start_holder(path: Path, hold: float, *, spill: bool = False) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(path), str(hold), "spill" if spill else "-"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "holding"
    return process


def test_a_live_journal_is_left_alone(shared: tuple[Path, int, int, int]) -> None:
    path = shared[0]
    holder = _start_holder(path, hold=8)
    try:
        journal = Path(f"{path}-journal")
        assert journal.exists(), "the other process's transaction has a live journal"
        before = journal.stat().st_size
        started = time.monotonic()
        with Workspace.open(path) as workspace:
            names = [m.name for m in organisation.list_municipalities(workspace)]
        assert time.monotonic() - started < 4, "opening does not wait for the writer"
        assert names == ["Kommune 0"], "the reader sees the last committed state"
        assert journal.exists() and journal.stat().st_size == before, "journal untouched"
    finally:
        out, _ = holder.communicate(timeout=60)
    assert holder.returncode == 0 and "committed" in out, "the writer's commit succeeds"
    assert not Path(f"{path}-journal").exists()
    with Workspace.open(path) as workspace:
        assert [m.name for m in organisation.list_municipalities(workspace)] == ["Holdt"]
        assert workspaces.check(workspace) == []


def test_the_journal_of_a_killed_writer_is_rolled_back(
    shared: tuple[Path, int, int, int],
) -> None:
    path = shared[0]
    holder = _start_holder(path, hold=60, spill=True)
    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=30)
    assert Path(f"{path}-journal").exists(), "a hot journal is left by the killed writer"
    with Workspace.open(path) as workspace:
        assert [m.name for m in organisation.list_municipalities(workspace)] == ["Kommune 0"]
        assert workspaces.check(workspace) == []
    assert workspace_file.sidecar_files(path) == []


@pytest.mark.skipif(not hasattr(os, "fork"), reason="POSIX")
def test_a_reading_holds_one_snapshot(shared: tuple[Path, int, int, int]) -> None:
    """The primitive itself: inside one ``reading()`` a commit from elsewhere is not seen."""
    path, task_id, scenario_id, _ = shared
    with workspaces.open_workspace(path) as reader, workspaces.open_workspace(path) as writer:
        with reader.reading():
            first = tasks.get_task(reader, task_id).name
            done = subprocess.run(
                [sys.executable, "-c",
                 "import sqlite3, sys; c = sqlite3.connect(sys.argv[1], timeout=0.5);"
                 "c.execute(\"UPDATE task SET name = 'Endret'\"); c.commit()", str(path)],
                capture_output=True, text=True, check=False,
            )  # fmt: skip
            assert done.returncode != 0, "a commit waits for the open snapshot (shared lock)"
            assert tasks.get_task(reader, task_id).name == first
        tasks.update_task(writer, task_id, name="Etterpå")
        assert tasks.get_task(reader, task_id).name == "Etterpå"
