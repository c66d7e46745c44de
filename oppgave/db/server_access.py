"""Who may change what on a shared server, enforced by PostgreSQL itself (docs/server.md).

Four group roles, granted to login roles (one per person):

* ``oppgave_read`` — reads everything (the comparison across departments needs it), writes
  nothing;
* ``oppgave_edit_department`` — also writes the tasks, scenarios, shares and staffing of the
  departments they are granted (``oppgave_access.grant``);
* ``oppgave_edit_municipality`` — the same for every department of the municipalities they are
  granted, and creates and deletes departments there (``may_organise``);
* ``oppgave_admin`` — writes everything, the catalogue and the settings included.

Table privileges say *which tables* a role may write; row-level security policies say *which
rows*: a department-owned row may be inserted or updated only when
``oppgave_access.may_edit(department_id)`` holds for the current user. The grants live in the
schema ``oppgave_access`` (not in the workspace's own tables: a checked-out file never carries
them). Everything here is PostgreSQL-only and runs as the server's owner (``oppgave server
init``); the app itself never sees a password (libpq reads ``~/.pgpass`` or asks).
"""

from __future__ import annotations

import re

from sqlalchemy import Connection, text

from oppgave.errors import ValidationError
from oppgave.i18n import translate

#: Access level (as the CLI names it) → PostgreSQL group role.
ROLES = {
    "read": "oppgave_read",
    "edit-department": "oppgave_edit_department",
    "edit-municipality": "oppgave_edit_municipality",
    "admin": "oppgave_admin",
}

#: Tables every role reads and only admins write (catalogue, settings, organisation).
ADMIN_TABLES = (
    "workspace_meta",
    "setting",
    "municipality",
    "competence",
    "role",
    "role_competence",
    "course",
    "alembic_version",
)

#: Tables owned by a department, and how a row finds its department: a column, or a task id.
DEPARTMENT_TABLES = {
    "department": "id",
    "task": "department_id",
    "scenario": "department_id",
    "position": "department_id",
    "shift_staffing": "department_id",
    "review_comment": "department_id",
}
TASK_CHILD_TABLES = ("task_time_window", "task_competence", "task_allowed_role", "assignment")
#: Tables owned by a scenario (its bemanningsplan edits and saved rota).
SCENARIO_CHILD_TABLES = ("staffing_plan_edit", "saved_rota")

_USER_NAME = re.compile(r"^[a-z_][a-z0-9_.-]{0,62}$")

SETUP_SQL = """
CREATE SCHEMA IF NOT EXISTS oppgave_access;
CREATE TABLE IF NOT EXISTS oppgave_access.grants (
    user_name name NOT NULL,
    department_id integer,
    municipality_id integer,
    CHECK ((department_id IS NULL) <> (municipality_id IS NULL))
);
CREATE UNIQUE INDEX IF NOT EXISTS grants_unique ON oppgave_access.grants
    (user_name, coalesce(department_id, -1), coalesce(municipality_id, -1));
CREATE OR REPLACE FUNCTION oppgave_access.may_edit(dept integer) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_catalog AS $$
    SELECT pg_has_role(session_user, 'oppgave_admin', 'MEMBER')
        OR (pg_has_role(session_user, 'oppgave_edit_department', 'MEMBER') AND EXISTS (
            SELECT 1 FROM oppgave_access.grants g
            WHERE g.user_name = session_user AND g.department_id = dept))
        OR (pg_has_role(session_user, 'oppgave_edit_municipality', 'MEMBER') AND EXISTS (
            SELECT 1 FROM oppgave_access.grants g JOIN department d
                ON d.municipality_id = g.municipality_id
            WHERE g.user_name = session_user AND d.id = dept))
$$;
CREATE OR REPLACE FUNCTION oppgave_access.may_edit_task(edited integer) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_catalog AS $$
    SELECT oppgave_access.may_edit((SELECT t.department_id FROM task t WHERE t.id = edited))
$$;
CREATE OR REPLACE FUNCTION oppgave_access.may_edit_scenario(edited integer) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_catalog AS $$
    SELECT oppgave_access.may_edit((SELECT s.department_id FROM scenario s WHERE s.id = edited))
$$;
-- Creating and deleting departments is the municipality's business: admins, and editors of
-- that municipality (a department editor may change their department, not make new ones).
CREATE OR REPLACE FUNCTION oppgave_access.may_organise(place integer) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_catalog AS $$
    SELECT pg_has_role(session_user, 'oppgave_admin', 'MEMBER')
        OR (pg_has_role(session_user, 'oppgave_edit_municipality', 'MEMBER') AND EXISTS (
            SELECT 1 FROM oppgave_access.grants g
            WHERE g.user_name = session_user AND g.municipality_id = place))
$$;
-- An edited department row: its editor may change it, but move it only into a municipality
-- they organise (the statement's snapshot still shows the row where it was).
CREATE OR REPLACE FUNCTION oppgave_access.may_keep_department(dept integer, place integer)
RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_catalog AS $$
    SELECT oppgave_access.may_edit(dept) AND (oppgave_access.may_organise(place) OR EXISTS (
        SELECT 1 FROM department d WHERE d.id = dept AND d.municipality_id = place))
$$;
"""


def _tr(text_: str) -> str:
    return translate("Server", text_)


def _ensure_roles(connection: Connection) -> None:
    for role in ROLES.values():
        exists = connection.execute(
            text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": role}
        ).scalar()
        if not exists:
            connection.execute(text(f'CREATE ROLE "{role}" NOLOGIN'))


def _policy_checks() -> dict[str, tuple[str, str, str]]:
    """Table → the row-level security conditions of (INSERT, UPDATE, DELETE) for editors."""
    checks: dict[str, tuple[str, str, str]] = {}
    for table, column in DEPARTMENT_TABLES.items():
        check = f"oppgave_access.may_edit({column})"
        checks[table] = (check, check, check)
    checks["department"] = (
        "oppgave_access.may_organise(municipality_id)",
        "oppgave_access.may_keep_department(id, municipality_id)",
        "oppgave_access.may_organise(municipality_id)",
    )
    for table in TASK_CHILD_TABLES:
        check = "oppgave_access.may_edit_task(task_id)"
        checks[table] = (check, check, check)
    for table in SCENARIO_CHILD_TABLES:
        check = "oppgave_access.may_edit_scenario(scenario_id)"
        checks[table] = (check, check, check)
    return checks


def install(connection: Connection) -> None:
    """Create the roles, privileges and row-level security policies (idempotent: running
    ``oppgave server init`` again after an upgrade adds what new tables need)."""
    _ensure_roles(connection)
    connection.exec_driver_sql(SETUP_SQL)
    everyone = ", ".join(f'"{role}"' for role in ROLES.values())
    editors = '"oppgave_edit_department", "oppgave_edit_municipality", "oppgave_admin"'
    statements = [
        f"GRANT USAGE ON SCHEMA public, oppgave_access TO {everyone}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {everyone}",
        f"GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA oppgave_access TO {everyone}",
        'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "oppgave_admin"',
        'GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO "oppgave_admin"',
        f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {editors}",
        'GRANT SELECT ON oppgave_access.grants TO "oppgave_admin"',
    ]
    for table in _policy_checks():
        statements.append(f'GRANT INSERT, UPDATE, DELETE ON "{table}" TO {editors}')
    for table, (insert_check, update_check, delete_check) in _policy_checks().items():
        statements += [
            f'ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY',
            f'DROP POLICY IF EXISTS oppgave_read ON "{table}"',
            f'CREATE POLICY oppgave_read ON "{table}" FOR SELECT USING (true)',
            f'DROP POLICY IF EXISTS oppgave_insert ON "{table}"',
            f'CREATE POLICY oppgave_insert ON "{table}" FOR INSERT WITH CHECK ({insert_check})',
            # USING (true): a refused update is an error the user sees ("new row violates
            # row-level security"), not an update that silently touched no row.
            f'DROP POLICY IF EXISTS oppgave_update ON "{table}"',
            f'CREATE POLICY oppgave_update ON "{table}" FOR UPDATE USING (true) '
            f"WITH CHECK ({update_check})",
            f'DROP POLICY IF EXISTS oppgave_delete ON "{table}"',
            # a refused DELETE touches no row (PostgreSQL filters it): the services count
            # what they delete and say «Ingen tilgang» (services.lookup.delete_where)
            f'CREATE POLICY oppgave_delete ON "{table}" FOR DELETE USING ({delete_check})',
        ]
    for statement in statements:
        connection.exec_driver_sql(statement)


def check_user_name(user: str) -> str:
    if not _USER_NAME.match(user):
        raise ValidationError(
            _tr(
                "Ugyldig brukernavn {user}: bruk små bokstaver, sifre, punktum, bindestrek og "
                "understrek."
            ).format(user=user),
            "user",
        )
    return user


def grant(
    connection: Connection,
    user: str,
    level: str,
    *,
    department_id: int | None = None,
    municipality_id: int | None = None,
) -> None:
    """Give ``user`` (a login role, created without password if missing: the administrator
    sets one with ``ALTER ROLE … PASSWORD`` or the server uses other authentication) the
    access ``level``; edit levels name their department or municipality."""
    check_user_name(user)
    if level not in ROLES:
        raise ValidationError(
            _tr("Ukjent tilgang {level}; velg en av {choices}.").format(
                level=level, choices=", ".join(ROLES)
            ),
            "role",
        )
    if level == "edit-department" and department_id is None:
        raise ValidationError(_tr("Tilgangen edit-department trenger --department."), "department")
    if level == "edit-municipality" and municipality_id is None:
        raise ValidationError(
            _tr("Tilgangen edit-municipality trenger --municipality."), "municipality"
        )
    exists = connection.execute(
        text("SELECT 1 FROM pg_roles WHERE rolname = :name"), {"name": user}
    ).scalar()
    if not exists:
        connection.exec_driver_sql(f'CREATE ROLE "{user}" LOGIN')
    connection.exec_driver_sql(f'GRANT "{ROLES[level]}" TO "{user}"')
    if department_id is not None or municipality_id is not None:
        connection.execute(
            text(
                "INSERT INTO oppgave_access.grants (user_name, department_id, municipality_id) "
                "VALUES (:user, :department, :municipality) ON CONFLICT DO NOTHING"
            ),
            {"user": user, "department": department_id, "municipality": municipality_id},
        )
