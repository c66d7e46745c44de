"""Review comments from HMS groups (reading; the review round trip adds the writing side)."""

from __future__ import annotations

from oppgave.db.workspace import Workspace
from oppgave.domain import records as r
from oppgave.services import record_loading


def list_comments(workspace: Workspace, department_id: int | None = None) -> list[r.ReviewComment]:
    """Comments of one department (or all), oldest first."""
    with workspace.reading() as session:
        return record_loading.review_comments(
            session, None if department_id is None else [department_id]
        )
