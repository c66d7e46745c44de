"""Optimistic concurrency: two people editing the same task, on one file or one server.

Each test opens the workspace twice (two ``Workspace`` objects: two windows, two users) and
checks that a stale edit is refused with ``ConflictError`` and the other person's change kept.
"""

from __future__ import annotations

import threading

import pytest

from oppgave.db.workspace import Workspace
from oppgave.errors import ConflictError
from oppgave.services import organisation, tasks


@pytest.fixture
def workspace(any_workspace: Workspace) -> Workspace:
    return any_workspace


@pytest.fixture
def second(workspace: Workspace, workspace_location: str) -> Workspace:
    """The same workspace opened a second time: another user (or another window)."""
    other = Workspace.open(workspace_location)
    yield other
    other.close()


def _department(workspace: Workspace) -> int:
    municipality = organisation.create_municipality(workspace, "Melhus")
    return organisation.create_department(workspace, municipality.id, "Langtid", residents=24).id


def test_an_edit_made_on_a_stale_version_is_refused(
    workspace: Workspace, second: Workspace
) -> None:
    task = tasks.create_task(workspace, _department(workspace), "Morgenstell", notes="")
    assert task.version == 1
    seen_by_first = tasks.get_task(workspace, task.id)
    seen_by_second = tasks.get_task(second, task.id)

    changed = tasks.update_task(
        second, task.id, expected_version=seen_by_second.version, notes="sett av Kari"
    )
    assert changed.version == seen_by_second.version + 1

    with pytest.raises(ConflictError, match="(?i)endret av en annen — last inn på nytt"):
        tasks.update_task(
            workspace, task.id, expected_version=seen_by_first.version, notes="sett av Ola"
        )
    assert tasks.get_task(workspace, task.id).notes == "sett av Kari"  # not overwritten

    reloaded = tasks.get_task(workspace, task.id)  # «last inn på nytt», then edit again
    again = tasks.update_task(
        workspace, task.id, expected_version=reloaded.version, notes="sett av Kari og Ola"
    )
    assert again.notes == "sett av Kari og Ola"
    assert again.version == reloaded.version + 1


def test_a_bulk_edit_makes_earlier_copies_stale(workspace: Workspace, second: Workspace) -> None:
    department = _department(workspace)
    first = tasks.create_task(workspace, department, "Morgenstell")
    other = tasks.create_task(workspace, department, "Kveldsstell")
    tasks.update_tasks(second, {first.id: {"notes": "A"}, other.id: {"notes": "B"}})
    for task in (first, other):
        with pytest.raises(ConflictError):
            tasks.update_task(workspace, task.id, expected_version=task.version, notes="C")
    assert [t.notes for t in tasks.get_tasks(workspace, [first.id, other.id])] == ["A", "B"]


def test_edits_without_a_version_still_go_through(workspace: Workspace) -> None:
    """Scripts and imports that pass no version are not refused (the version still rises)."""
    task = tasks.create_task(workspace, _department(workspace), "Morgenstell")
    changed = tasks.update_task(workspace, task.id, notes="uten versjon")
    assert changed.version == task.version + 1


def test_a_write_between_read_and_update_is_caught_by_the_version_column(
    workspace: Workspace, second: Workspace, backend: str
) -> None:
    """Both read version 1; the second commits first; the first's UPDATE … WHERE version = 1
    then touches no row and is refused, not written over the second's change. On a server
    the transactions overlap for real; SQLite serialises writers, so there it cannot happen."""
    if backend != "postgresql":
        pytest.skip("SQLite lets only one writer in at a time: no overlapping transactions")
    from oppgave.db import models as m

    task = tasks.create_task(workspace, _department(workspace), "Morgenstell", notes="")
    read = threading.Event()
    written = threading.Event()
    errors: list[BaseException] = []

    def first_user() -> None:
        try:
            with workspace.transaction() as session:
                row = session.get(m.Task, task.id)
                assert row is not None and row.version == 1
                read.set()
                assert written.wait(10)
                row.notes = "Ola"
        except BaseException as error:  # noqa: BLE001 - collected for the assertion
            errors.append(error)

    thread = threading.Thread(target=first_user)
    thread.start()
    assert read.wait(10)
    tasks.update_task(second, task.id, expected_version=1, notes="Kari")
    written.set()
    thread.join(20)
    assert len(errors) == 1 and isinstance(errors[0], ConflictError), errors
    assert tasks.get_task(second, task.id).notes == "Kari"


def test_stale_role_and_scenario_edits_are_refused(workspace: Workspace, second: Workspace) -> None:
    from oppgave.services import catalogue, scenarios

    role = catalogue.resolve_role(workspace, "HFA")
    catalogue.update_role(second, role.id, expected_version=role.version, hourly_cost=455)
    with pytest.raises(ConflictError):
        catalogue.update_role(workspace, role.id, expected_version=role.version, hourly_cost=470)
    assert catalogue.resolve_role(workspace, "HFA").hourly_cost == 455

    department = _department(workspace)
    proposal = scenarios.create_scenario(workspace, department, "Forslag A")
    scenarios.update_scenario(
        second, proposal.id, description="Karis", expected_version=proposal.version
    )
    with pytest.raises(ConflictError):
        scenarios.update_scenario(
            workspace, proposal.id, description="Olas", expected_version=proposal.version
        )
    (stored,) = [
        s for s in scenarios.list_scenarios(workspace, department) if s.name == "Forslag A"
    ]
    assert stored.description == "Karis" and stored.version == proposal.version + 1
