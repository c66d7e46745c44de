"""Access on a shared server is enforced by PostgreSQL, not by the app: a read-only user's
UPDATE is refused by the server, an editor of one department cannot change another's."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from oppgave.cli.main import main
from oppgave.db.server import normalise_url
from oppgave.db.workspace import Workspace
from oppgave.errors import ReadOnlyWorkspaceError, ValidationError
from oppgave.services import organisation, server_admin, tasks


def _as_user(url: str, user: str) -> str:
    """The same database as another login role (the test server trusts loopback; a real one
    asks for the password, which libpq takes from ~/.pgpass or a prompt, never from us)."""
    return (
        make_url(normalise_url(url))
        .set(username=user, password=None)
        .render_as_string(hide_password=False)
    )


@pytest.fixture
def shared(pg_url: str) -> dict[str, int | str]:
    """A server set up by its owner with two departments and a task in each."""
    setup = server_admin.init_server(pg_url)
    assert setup.created
    with Workspace.open(pg_url) as workspace:
        municipality = organisation.create_municipality(workspace, "Melhus")
        langtid = organisation.create_department(workspace, municipality.id, "Langtid")
        korttid = organisation.create_department(workspace, municipality.id, "Korttid")
        own = tasks.create_task(workspace, langtid.id, "Morgenstell")
        other = tasks.create_task(workspace, korttid.id, "Innkomstsamtale")
    return {"url": pg_url, "own": own.id, "other": other.id, "department": langtid.id}


def _user(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:8]}"


def test_a_read_only_users_update_is_refused_by_the_server(shared: dict) -> None:
    reader = _user("leser")
    server_admin.grant(shared["url"], reader, "read")
    with Workspace.open(_as_user(shared["url"], reader)) as workspace:
        assert tasks.get_task(workspace, shared["own"]).name == "Morgenstell"  # may read
        with pytest.raises(ReadOnlyWorkspaceError, match="ikke tilgang"):
            tasks.update_task(workspace, shared["own"], notes="forsøk")
        # not the app refusing: the server itself, on a plain SQL UPDATE
        with pytest.raises(ReadOnlyWorkspaceError) as refused:
            with workspace.server_admin() as connection:
                connection.execute(
                    text("UPDATE task SET notes = 'sql' WHERE id = :id"), {"id": shared["own"]}
                )
        assert "permission denied" in str(refused.value.__cause__)
    with Workspace.open(shared["url"]) as owner:
        assert tasks.get_task(owner, shared["own"]).notes == ""


def test_a_department_editor_edits_only_their_department(shared: dict) -> None:
    editor = _user("redaktor")
    message = server_admin.grant(
        shared["url"], editor, "edit-department", department=str(shared["department"])
    )
    assert "Langtid" in message
    with Workspace.open(_as_user(shared["url"], editor)) as workspace:
        changed = tasks.update_task(workspace, shared["own"], notes="egen avdeling")
        assert changed.notes == "egen avdeling"
        with pytest.raises(ReadOnlyWorkspaceError, match="ikke tilgang"):
            tasks.update_task(workspace, shared["other"], notes="annen avdeling")
        with pytest.raises(ReadOnlyWorkspaceError):
            organisation.create_municipality(workspace, "Skaun")  # the catalogue: admins only
    with Workspace.open(shared["url"]) as owner:
        assert tasks.get_task(owner, shared["other"]).notes == ""


def test_grant_refuses_bad_names_and_missing_departments(shared: dict) -> None:
    with pytest.raises(ValidationError):
        server_admin.grant(shared["url"], "Robert'); DROP TABLE task;--", "read")
    with pytest.raises(ValidationError, match="--department"):
        server_admin.grant(shared["url"], _user("x"), "edit-department")


def test_cli_server_init_and_grant(pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["server", "init", pg_url]) == 0
    assert "Laget" in capsys.readouterr().out
    assert main(["server", "init", pg_url]) == 0  # again: the rules are remade, data kept
    assert "oppdatert" in capsys.readouterr().out
    assert main(["server", "grant", pg_url, _user("leser"), "--role", "read"]) == 0
    assert "read" in capsys.readouterr().out


def test_a_municipality_editor_creates_departments_in_their_municipality_only(
    shared: dict,
) -> None:
    with Workspace.open(shared["url"]) as owner:
        melhus = organisation.resolve_municipality(owner, "Melhus")
        skaun = organisation.create_municipality(owner, "Skaun")
    editor = _user("kommune")
    server_admin.grant(shared["url"], editor, "edit-municipality", municipality="Melhus")
    department_editor = _user("avdeling")
    server_admin.grant(
        shared["url"], department_editor, "edit-department", department=str(shared["department"])
    )
    with Workspace.open(_as_user(shared["url"], editor)) as workspace:
        made = organisation.create_department(workspace, melhus.id, "Rehabilitering")
        # a new department is worked on at once: its baseline came with it, tasks go in
        task = tasks.create_task(workspace, made.id, "Opptrening")
        assert task.department_id == made.id
        with pytest.raises(ReadOnlyWorkspaceError, match="ikke tilgang"):
            organisation.create_department(workspace, skaun.id, "Hjemmetjenesten")
        # moving a department into a municipality they do not organise is refused too
        with pytest.raises(ReadOnlyWorkspaceError, match="ikke tilgang"):
            organisation.update_department(workspace, made.id, municipality_id=skaun.id)
    with Workspace.open(_as_user(shared["url"], department_editor)) as workspace:
        with pytest.raises(ReadOnlyWorkspaceError, match="ikke tilgang"):
            organisation.create_department(workspace, melhus.id, "Dagsenter")
    with Workspace.open(shared["url"]) as owner:
        names = {d.name for d in organisation.list_departments(owner)}
        assert "Rehabilitering" in names
        assert not names & {"Hjemmetjenesten", "Dagsenter"}
        moved = next(d for d in organisation.list_departments(owner) if d.name == "Rehabilitering")
        assert moved.municipality_id == melhus.id


def test_a_refused_delete_says_so_and_deletes_nothing(shared: dict) -> None:
    from oppgave.services import scenarios

    editor = _user("redaktor")
    server_admin.grant(
        shared["url"], editor, "edit-department", department=str(shared["department"])
    )
    with Workspace.open(shared["url"]) as owner:
        other_task = tasks.get_task(owner, shared["other"])
        other_scenario = scenarios.create_scenario(owner, other_task.department_id, "Forslag")
        role = catalogue_role(owner)
        scenarios.set_assignment(owner, other_scenario.id, other_task.id, {role: 100.0})
    with Workspace.open(_as_user(shared["url"], editor)) as workspace:
        with pytest.raises(ReadOnlyWorkspaceError, match="Ingen tilgang"):
            tasks.delete_task(workspace, shared["other"])
        with pytest.raises(ReadOnlyWorkspaceError, match="Ingen tilgang"):
            scenarios.delete_scenario(workspace, other_scenario.id)
        with pytest.raises(ReadOnlyWorkspaceError, match="Ingen tilgang"):
            scenarios.set_assignment(workspace, other_scenario.id, other_task.id, {})
        with pytest.raises(ReadOnlyWorkspaceError, match="Ingen tilgang"):
            organisation.delete_department(workspace, other_task.department_id)
        with pytest.raises(ReadOnlyWorkspaceError, match="Ingen tilgang"):
            # a department editor does not delete departments, not even their own
            organisation.delete_department(workspace, shared["department"])
        tasks.delete_task(workspace, shared["own"])  # their own: allowed
    with Workspace.open(shared["url"]) as owner:
        assert tasks.get_task(owner, shared["other"]).name == "Innkomstsamtale"
        assert scenarios.get_scenario(owner, other_scenario.id).name == "Forslag"
        shares = scenarios.get_assignments(owner, other_scenario.id)
        assert shares[other_task.id] == {role: 100.0}
        assert {d.id for d in organisation.list_departments(owner)} >= {
            other_task.department_id,
            shared["department"],
        }
        assert tasks.list_task_ids(owner, shared["department"]) == []


def catalogue_role(workspace: Workspace) -> int:
    from oppgave.services import catalogue

    return catalogue.list_roles(workspace)[0].id
