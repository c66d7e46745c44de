"""Publish a department from a file to a server and check it out again: stable uuids keep the
two in step (a second publish updates, never duplicates)."""

from __future__ import annotations

from pathlib import Path

import pytest

from oppgave.cli.main import main
from oppgave.exchange import server_sync
from oppgave.services import catalogue, organisation, scenarios, tasks, workspaces


def _file_with_a_department(path: Path) -> tuple[str, str]:
    with workspaces.new_workspace(path) as workspace:
        municipality = organisation.create_municipality(workspace, "Melhus")
        department = organisation.create_department(
            workspace, municipality.id, "Langtid", "long_term", residents=24
        )
        hfa = catalogue.resolve_role(workspace, "HFA")
        task = tasks.create_task(
            workspace, department.id, "Morgenstell", duration_minutes=25, assignment={hfa.id: 100}
        )
        return department.uuid, task.uuid


def _tasks_by_uuid(location: Path | str) -> dict[str, tuple[str, str]]:
    with workspaces.open_workspace(location) as workspace:
        department = organisation.resolve_department(workspace, "Langtid")
        return {t.uuid: (t.name, t.notes) for t in tasks.list_tasks(workspace, department.id)}


def test_publish_then_checkout_keeps_identities(pg_url: str, tmp_path: Path) -> None:
    workspaces.new_workspace(pg_url).close()
    source = tmp_path / "langtid.oppgave"
    department_uuid, task_uuid = _file_with_a_department(source)

    first = server_sync.publish(source, pg_url, "Langtid")
    assert first.department_name == "Langtid"
    assert _tasks_by_uuid(pg_url) == {task_uuid: ("Morgenstell", "")}

    with workspaces.open_workspace(source) as workspace:  # edited offline, published again
        tasks.update_task(workspace, tasks.find_task(workspace, None, "Morgenstell").id, notes="ny")
    server_sync.publish(source, pg_url, "Langtid")
    assert _tasks_by_uuid(pg_url) == {task_uuid: ("Morgenstell", "ny")}  # updated, not doubled

    copy = tmp_path / "workshop.oppgave"
    server_sync.checkout(pg_url, "Langtid", copy)
    assert _tasks_by_uuid(copy) == {task_uuid: ("Morgenstell", "ny")}
    with workspaces.open_workspace(copy) as workspace:
        department = organisation.resolve_department(workspace, "Langtid")
        assert department.uuid == department_uuid
        (baseline,) = [s for s in scenarios.list_scenarios(workspace, department.id)]
        shares = scenarios.get_assignments(workspace, baseline.id)
        assert sum(shares[next(iter(shares))].values()) == pytest.approx(100)


def test_checkout_never_overwrites_without_force(
    pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workspaces.new_workspace(pg_url).close()
    source = tmp_path / "langtid.oppgave"
    _file_with_a_department(source)
    assert main(["server", "publish", str(source), pg_url, "--department", "Langtid"]) == 0
    assert "Lagt ut" in capsys.readouterr().out
    target = tmp_path / "annen.oppgave"
    target.write_text("mine notater", encoding="utf-8")
    assert main(["server", "checkout", pg_url, "--department", "Langtid", "-o", str(target)]) == 1
    assert target.read_text(encoding="utf-8") == "mine notater"
    fresh = tmp_path / "ny.oppgave"
    assert main(["server", "checkout", pg_url, "--department", "Langtid", "-o", str(fresh)]) == 0
    assert len(_tasks_by_uuid(fresh)) == 1
