"""Setting up a shared PostgreSQL server: the schema, the access roles and who may edit what
(``oppgave server init`` / ``grant``; docs/server.md)."""

from __future__ import annotations

from dataclasses import dataclass

from oppgave.db import server_access
from oppgave.db.locations import is_server_url
from oppgave.db.workspace import Workspace
from oppgave.errors import ValidationError, WorkspaceNotFoundError
from oppgave.i18n import translate
from oppgave.services import organisation, workspaces


def _tr(text: str) -> str:
    return translate("Server", text)


@dataclass(frozen=True, slots=True)
class ServerSetup:
    location: str
    created: bool  # False: the workspace was there; only the access rules were (re)made


def _require_url(url: str) -> None:
    if not is_server_url(url):
        raise ValidationError(
            _tr("{url} er ikke en server-adresse (postgresql://bruker@maskin/database).").format(
                url=url
            ),
            "url",
        )


def init_server(url: str) -> ServerSetup:
    """Make the database at ``url`` a shared workspace: the schema by the migrations and the
    default catalogue (if it is new), then the access roles and row-level security policies
    (again after every upgrade: new tables need theirs). Run as the database's owner."""
    _require_url(url)
    try:
        workspace = Workspace.open(url)
        created = not workspace.uuid  # the schema without a workspace in it: make one
        if created:
            workspace.close()
    except WorkspaceNotFoundError:
        created = True
    if created:
        workspace = workspaces.new_workspace(url)
    with workspace:
        with workspace.server_admin() as connection:
            server_access.install(connection)
        return ServerSetup(workspace.location, created)


def grant(
    url: str,
    user: str,
    level: str,
    *,
    department: str | None = None,
    municipality: str | None = None,
) -> str:
    """Give ``user`` an access level; ``department``/``municipality`` by name or id (as
    everywhere in the CLI). Returns a sentence saying what was granted."""
    _require_url(url)
    with Workspace.open(url) as workspace:
        department_id = municipality_id = None
        where = ""
        if department is not None:
            found = organisation.resolve_department(workspace, department)
            department_id, where = found.id, found.name
        if municipality is not None:
            place = organisation.resolve_municipality(workspace, municipality)
            municipality_id, where = place.id, place.name
        with workspace.server_admin() as connection:
            server_access.grant(
                connection,
                user,
                level,
                department_id=department_id if level == "edit-department" else None,
                municipality_id=municipality_id if level == "edit-municipality" else None,
            )
    if where and level.startswith("edit-"):
        return _tr("{user} har fått tilgangen {level} for {where}.").format(
            user=user, level=level, where=where
        )
    return _tr("{user} har fått tilgangen {level}.").format(user=user, level=level)
