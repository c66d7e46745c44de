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


def _department_state(location: Path | str) -> dict[str, object]:
    """Everything a publish must make equal, by uuid: tasks (name, notes), scenarios (name,
    chosen), and every scenario's shares."""
    with workspaces.open_workspace(location) as workspace:
        department = organisation.resolve_department(workspace, "Langtid")
        task_list = tasks.list_tasks(workspace, department.id)
        uuid_of = {t.id: t.uuid for t in task_list}
        roles = {role.id: role.code for role in catalogue.list_roles(workspace)}
        state_scenarios = {}
        shares = {}
        for scenario in scenarios.list_scenarios(workspace, department.id):
            state_scenarios[scenario.uuid] = (scenario.name, scenario.is_chosen)
            shares[scenario.uuid] = {
                uuid_of[task_id]: {roles[role]: share for role, share in by_role.items()}
                for task_id, by_role in scenarios.get_assignments(workspace, scenario.id).items()
            }
        return {
            "tasks": {t.uuid: (t.name, t.notes) for t in task_list},
            "scenarios": state_scenarios,
            "shares": shares,
        }


def test_publish_makes_the_server_equal_to_the_file_deletions_included(
    workspace_location: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pg_url = workspace_location  # a server, and a file standing in for one (same code path)
    workspaces.new_workspace(pg_url).close()
    source = tmp_path / "langtid.oppgave"
    _file_with_a_department(source)
    with workspaces.open_workspace(source) as workspace:
        department = organisation.resolve_department(workspace, "Langtid")
        hfa = catalogue.resolve_role(workspace, "HFA")
        tasks.create_task(
            workspace, department.id, "Aftens", duration_minutes=20, assignment={hfa.id: 100}
        )
        proposal = scenarios.create_scenario(workspace, department.id, "Forslag A")
        scenarios.set_chosen(workspace, proposal.id)
    first = server_sync.publish(source, pg_url, "Langtid")
    assert first.deleted == 0 and first.created > 0
    assert _department_state(pg_url) == _department_state(source)

    workshop = tmp_path / "workshop.oppgave"
    server_sync.checkout(pg_url, "Langtid", workshop)
    assert _department_state(workshop) == _department_state(pg_url)  # «valgt» came along
    with workspaces.open_workspace(workshop) as workspace:  # the workshop, without network
        department = organisation.resolve_department(workspace, "Langtid")
        tasks.delete_task(workspace, tasks.find_task(workspace, department.id, "Aftens").id)
        morgen = tasks.find_task(workspace, department.id, "Morgenstell")
        tasks.update_task(workspace, morgen.id, notes="to på morgenen")
        tasks.create_task(workspace, department.id, "Kveldsstell", duration_minutes=30)
        forslag = next(
            s for s in scenarios.list_scenarios(workspace, department.id) if not s.is_baseline
        )
        scenarios.delete_scenario(workspace, forslag.id)
    before = _department_state(pg_url)

    args = ["server", "publish", str(workshop), pg_url, "--department", "Langtid"]
    assert main([*args, "--dry-run"]) == 0
    out = capsys.readouterr().out
    # 1 new task; Morgenstell changed; Aftens and «Forslag A» (with its shares) deleted
    assert "Prøvekjøring" in out and "1 nye, 1 endret, 2 slettet" in out, out
    assert _department_state(pg_url) == before  # a dry run writes nothing

    assert main(args) == 0
    assert "Lagt ut på serveren: Langtid: 1 nye, 1 endret, 2 slettet" in capsys.readouterr().out
    after = _department_state(pg_url)
    assert after == _department_state(workshop)
    assert "Aftens" not in {name for name, _notes in after["tasks"].values()}  # type: ignore[attr-defined]
    assert len(after["scenarios"]) == 1  # type: ignore[arg-type]

    # publishing the same file again is fine (the file noted the server's state) and a no-op
    again = server_sync.publish(workshop, pg_url, "Langtid")
    assert (again.created, again.updated, again.deleted) == (0, 0, 0)


def test_publish_refuses_to_overwrite_what_another_changed_on_the_server(
    workspace_location: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from oppgave.errors import ConflictError

    pg_url = workspace_location  # a server, and a file standing in for one (same code path)
    workspaces.new_workspace(pg_url).close()
    source = tmp_path / "langtid.oppgave"
    _file_with_a_department(source)
    server_sync.publish(source, pg_url, "Langtid")
    workshop = tmp_path / "workshop.oppgave"
    server_sync.checkout(pg_url, "Langtid", workshop)
    with workspaces.open_workspace(workshop) as workspace:
        department = organisation.resolve_department(workspace, "Langtid")
        tasks.create_task(workspace, department.id, "Fra verkstedet")
    with workspaces.open_workspace(pg_url) as server:  # Kari, on the server meanwhile
        department = organisation.resolve_department(server, "Langtid")
        tasks.create_task(server, department.id, "Fra Kari")
    before = _department_state(pg_url)

    with pytest.raises(ConflictError, match="endret på serveren av en annen"):
        server_sync.publish(workshop, pg_url, "Langtid")
    with pytest.raises(ConflictError, match="endret på serveren"):
        server_sync.publish(workshop, pg_url, "Langtid", dry_run=True)
    args = ["server", "publish", str(workshop), pg_url, "--department", "Langtid"]
    assert main(args) == 1
    assert "Feil:" in capsys.readouterr().err
    assert _department_state(pg_url) == before  # Kari's task is still there

    # a file made elsewhere (its own uuids, the same names) does not replace the department
    elsewhere = tmp_path / "annen.oppgave"
    _file_with_a_department(elsewhere)
    with pytest.raises(ConflictError, match="ikke hentet derfra"):
        server_sync.publish(elsewhere, pg_url, "Langtid")

    assert main([*args, "--force"]) == 0
    assert "1 nye, 0 endret, 1 slettet" in capsys.readouterr().out  # Kari's task replaced
    names = {name for name, _notes in _department_state(pg_url)["tasks"].values()}  # type: ignore[attr-defined]
    assert names == {"Morgenstell", "Fra verkstedet"}


def _by_name(comparison: object) -> dict[str, object]:
    """A comparison's tables keyed by names instead of ids (a file and a server number their
    rows differently; the uuids and names are what they share)."""
    import pandas as pd

    departments: pd.DataFrame = comparison.departments  # type: ignore[attr-defined]
    keyed = departments.set_index(["municipality_name", "department_name"])
    municipalities: pd.DataFrame = comparison.municipalities  # type: ignore[attr-defined]
    return {
        "departments": keyed.sort_index(),
        "municipalities": municipalities.set_index("municipality_name").sort_index(),
        "total": comparison.total.reset_index(drop=True),  # type: ignore[attr-defined]
    }


def test_the_comparison_from_the_server_equals_the_one_from_the_file(
    pg_url: str, demo_copy: Path
) -> None:
    """Tallanalyse across the server: every department of the demo published to the server,
    compared under each department's chosen proposal and under «I dag», gives the very same
    tables as the file (the same definitions, the same «valgt»)."""
    import pandas as pd

    from oppgave.services import analysis_runs

    workspaces.new_workspace(pg_url).close()
    with workspaces.open_workspace(demo_copy) as demo:
        departments = organisation.list_departments(demo)
        for department in departments[::2]:
            proposal = next(
                s for s in scenarios.list_scenarios(demo, department.id) if not s.is_baseline
            )
            scenarios.set_chosen(demo, proposal.id)
    for department in departments:
        server_sync.publish(demo_copy, pg_url, str(department.id))

    with workspaces.open_workspace(demo_copy) as file, workspaces.open_workspace(pg_url) as server:
        for chosen in (True, False):
            from_file = _by_name(analysis_runs.compare(file, chosen=chosen))
            from_server = _by_name(analysis_runs.compare(server, chosen=chosen))
            for table in ("departments", "municipalities", "total"):
                pd.testing.assert_frame_equal(
                    from_server[table], from_file[table], check_exact=False, rtol=1e-12
                )
        valgt = _by_name(analysis_runs.compare(server, chosen=True))["departments"]
        assert (valgt["scenario_name"] != "I dag").sum() == len(departments[::2])
