"""A delete that touches fewer rows than it saw is refused with a message, never passed over
(``services.lookup.delete_where``): on a server row-level security hides a row from a DELETE
instead of raising, and another user may have deleted the row meanwhile."""

from __future__ import annotations

import pytest

from oppgave.db import models as m
from oppgave.db.workspace import Workspace
from oppgave.errors import ConflictError
from oppgave.services import organisation, tasks
from oppgave.services.lookup import delete_where


@pytest.fixture
def workspace(any_workspace: Workspace) -> Workspace:
    return any_workspace


def test_a_row_gone_before_the_delete_is_changed_by_another(workspace: Workspace) -> None:
    melhus = organisation.create_municipality(workspace, "Melhus")
    solsiden = organisation.create_department(workspace, melhus.id, "Solsiden")
    middag = tasks.create_task(workspace, solsiden.id, "Middag")
    aftens = tasks.create_task(workspace, solsiden.id, "Aftens")
    with pytest.raises(ConflictError, match="Endret av en annen"):
        with workspace.transaction() as session:
            # the caller saw two rows; one of them is gone by the time it deletes
            session.execute(m.Task.__table__.delete().where(m.Task.id == aftens.id))
            delete_where(session, m.Task, m.Task.id.in_([middag.id, aftens.id]), expected=2)
    # the whole transaction was rolled back: both tasks are still there
    assert tasks.list_task_ids(workspace, solsiden.id) == sorted([middag.id, aftens.id])
    with workspace.transaction() as session:
        assert delete_where(session, m.Task, m.Task.id == middag.id, expected=1) == 1
    assert tasks.list_task_ids(workspace, solsiden.id) == [aftens.id]


def test_a_delete_racing_another_users_delete_on_the_server(pg_url: str) -> None:
    """Two users delete the same task at once: the second is told, not silently «done»."""
    from oppgave.services import workspaces

    with workspaces.new_workspace(pg_url) as first, Workspace.open(pg_url) as second:
        melhus = organisation.create_municipality(first, "Melhus")
        solsiden = organisation.create_department(first, melhus.id, "Solsiden")
        middag = tasks.create_task(first, solsiden.id, "Middag")
        with pytest.raises(ConflictError, match="Endret av en annen"):
            with first.transaction() as session:
                assert session.get(m.Task, middag.id) is not None  # seen by the first user
                tasks.delete_task(second, middag.id)  # committed by the second meanwhile
                delete_where(session, m.Task, m.Task.id == middag.id, expected=1)
        assert tasks.list_task_ids(first, solsiden.id) == []


def test_an_update_of_a_task_another_user_deleted_meanwhile_is_refused(pg_url: str) -> None:
    """The bulk update (``update_tasks``) reads the tasks, then updates them: a task another
    user deletes in between is touched by no row. The second user's delete is made to happen
    exactly then (just before the UPDATE reaches the server), through the real code path."""
    from sqlalchemy import event

    from oppgave.services import workspaces

    with workspaces.new_workspace(pg_url) as first, Workspace.open(pg_url) as second:
        melhus = organisation.create_municipality(first, "Melhus")
        solsiden = organisation.create_department(first, melhus.id, "Solsiden")
        middag = tasks.create_task(first, solsiden.id, "Middag")
        aftens = tasks.create_task(first, solsiden.id, "Aftens")
        done: list[bool] = []

        def meanwhile(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
            if statement.lstrip().upper().startswith("UPDATE TASK") and not done:
                done.append(True)
                tasks.delete_task(second, aftens.id)  # committed by the other user

        engine = first._engine  # noqa: SLF001 - the hook needs the engine itself
        event.listen(engine, "before_cursor_execute", meanwhile)
        try:
            with pytest.raises(ConflictError, match="Endret av en annen"):
                tasks.update_tasks(first, {middag.id: {"notes": "a"}, aftens.id: {"notes": "b"}})
        finally:
            event.remove(engine, "before_cursor_execute", meanwhile)
        assert done
        assert tasks.get_task(first, middag.id).notes == ""  # rolled back, not half done
