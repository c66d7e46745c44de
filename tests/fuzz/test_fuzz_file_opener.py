"""Fuzzing the workspace opener: whatever the bytes, the result is a workspace or an
``OppgaveError`` with a message, and a refused file is left exactly as it was."""

from __future__ import annotations

import hashlib
from pathlib import Path

from fuzz_budget import fuzz_settings
from hypothesis import event, given
from hypothesis import strategies as st

from oppgave.db.workspace import Workspace
from oppgave.errors import OppgaveError
from oppgave.services import organisation, tasks, workspaces

FUZZ = fuzz_settings(60)


def _valid_bytes(folder: Path) -> bytes:
    path = folder / "gyldig.oppgave"
    if not path.exists():
        with workspaces.new_workspace(path) as workspace:
            municipality = organisation.create_municipality(workspace, "Melhus")
            department = organisation.create_department(workspace, municipality.id, "Langtid")
            tasks.create_tasks(
                workspace, department.id, [tasks.TaskDraft(name=f"O{n}") for n in range(30)]
            )
    return path.read_bytes()


def _open_and_judge(path: Path) -> None:
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    try:
        workspace = Workspace.open(path)
    except OppgaveError as error:
        assert error.message.strip(), "a refusal always says why"
        assert hashlib.sha256(path.read_bytes()).hexdigest() == before, "refused: untouched"
        event(f"refused: {type(error).__name__}")
        return
    try:
        # Opened: reading everything either works or fails with a message.
        try:
            problems = workspaces.check(workspace)
            workspaces.load_workspace_data(workspace)
            event("opened, check found problems" if problems else "opened and read")
        except OppgaveError as error:
            assert error.message.strip()
            event(f"opened, reading refused: {type(error).__name__}")
    finally:
        workspace.close()


@FUZZ
@given(data=st.binary(min_size=0, max_size=4096))
def test_random_bytes(tmp_path_factory, data: bytes) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("fuzz") / "tilfeldig.oppgave"
    path.write_bytes(data)
    _open_and_judge(path)


@FUZZ
@given(
    edits=st.lists(
        st.tuples(st.integers(min_value=0, max_value=10**7), st.integers(0, 255)),
        min_size=1,
        max_size=40,
    ),
    cut=st.one_of(st.none(), st.integers(min_value=0, max_value=10**7)),
)
def test_mutated_workspace(  # type: ignore[no-untyped-def]
    tmp_path_factory, edits: list[tuple[int, int]], cut: int | None
) -> None:
    folder = tmp_path_factory.mktemp("mut")
    data = bytearray(_valid_bytes(folder))
    for offset, value in edits:
        data[offset % len(data)] = value
    if cut is not None:
        data = data[: cut % (len(data) + 1)]
    path = folder / "mutert.oppgave"
    path.write_bytes(bytes(data))
    _open_and_judge(path)


# --- SQLite files with the wrong schema or wrong values -----------------------------------------

TABLES = [
    "task",
    "scenario",
    "assignment",
    "department",
    "municipality",
    "role",
    "competence",
    "course",
    "setting",
    "workspace_meta",
    "position",
    "shift_staffing",
    "task_time_window",
    "task_competence",
    "task_allowed_role",
    "role_competence",
    "review_comment",
    "alembic_version",
]
#: Values of the wrong type or out of range: SQLite stores whatever it is given.
ODD_VALUES = st.one_of(
    st.none(),
    st.sampled_from(["", "abc", "æøå", "-1", "1e999", "NaN", "2024-13-45", "x" * 400, "[]"]),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=True, allow_infinity=True),
    st.binary(max_size=16),
)
COLUMNS = {
    "task": [
        "name",
        "category",
        "frequency_count",
        "frequency_unit",
        "days",
        "duration_minutes",
        "staff_count",
        "restriction",
        "restriction_min_level",
        "status",
        "work_flags",
        "created_at",
        "modified_at",
        "department_id",
        "sort_order",
        "uuid",
    ],
    "assignment": ["share", "role_id", "task_id", "scenario_id"],
    "scenario": ["is_baseline", "name", "created_at", "department_id", "sort_order"],
    "department": ["service_type", "residents", "beds", "municipality_id", "name"],
    "role": ["leon_level", "authorised", "hourly_cost", "code", "colour", "sort_order"],
    "setting": ["value", "key"],
    "workspace_meta": ["value"],
    "shift_staffing": ["shift", "day_type", "count", "role_id"],
    "position": ["count", "size_percent", "role_id"],
    "task_time_window": ["start_minute", "end_minute"],
    "review_comment": [
        "verdict",
        "reviewer_role",
        "status",
        "suggested_work_flags",
        "created_at",
        "resolved_at",
    ],
}
SCHEMA_CHANGE = st.one_of(
    st.sampled_from(TABLES).map(lambda table: f"DROP TABLE IF EXISTS {table}"),
    st.sampled_from(TABLES).map(lambda table: f"DELETE FROM {table}"),
    st.sampled_from(TABLES).map(lambda table: f"ALTER TABLE {table} RENAME TO {table}_old"),
    st.sampled_from(["0001", "9999_future", "", "x' OR '1"]).map(
        lambda revision: f"UPDATE alembic_version SET version_num = '{revision}'"
    ),
    st.sampled_from(
        [
            "PRAGMA user_version = 7",
            "PRAGMA application_id = 0",
            "CREATE TABLE extra (x)",
            "DELETE FROM workspace_meta",
        ]
    ),
)


def _value_edit(draw: st.DrawFn) -> tuple[str, list[object]]:
    table = draw(st.sampled_from(sorted(COLUMNS)))
    column = draw(st.sampled_from(COLUMNS[table]))
    return f"UPDATE {table} SET {column} = ?", [draw(ODD_VALUES)]


@st.composite
def _edits(draw: st.DrawFn) -> list[tuple[str, list[object]]]:
    edits: list[tuple[str, list[object]]] = []
    for _ in range(draw(st.integers(min_value=1, max_value=4))):
        if draw(st.booleans()):
            edits.append(_value_edit(draw))
        else:
            edits.append((draw(SCHEMA_CHANGE), []))
    return edits


def _rich_bytes(folder: Path) -> bytes:
    """A workspace with something in every table the edits touch."""
    path = folder / "rik.oppgave"
    if not path.exists():
        from oppgave.demo import generator

        generator.generate(path).close()
    return path.read_bytes()


@FUZZ
@given(edits=_edits())
def test_sqlite_with_wrong_schema_or_values(  # type: ignore[no-untyped-def]
    tmp_path_factory, edits: list[tuple[str, list[object]]]
) -> None:
    import sqlite3

    folder = tmp_path_factory.mktemp("schema")
    path = folder / "feil skjema.oppgave"
    path.write_bytes(_rich_bytes(tmp_path_factory.getbasetemp()))
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA foreign_keys = OFF")
        for statement, parameters in edits:
            try:
                connection.execute(statement, parameters)
            except sqlite3.Error:
                pass  # e.g. the table was dropped by an earlier edit
        connection.commit()
    finally:
        connection.close()
    _open_and_judge(path)
