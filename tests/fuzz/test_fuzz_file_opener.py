"""Fuzzing the workspace opener: whatever the bytes, the result is a workspace or an
``OppgaveError`` with a message, and a refused file is left exactly as it was."""

from __future__ import annotations

import hashlib
from pathlib import Path

from fuzz_budget import fuzz_settings
from hypothesis import given
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
        return
    try:
        # Opened: reading everything either works or fails with a message.
        try:
            workspaces.check(workspace)
            workspaces.load_workspace_data(workspace)
        except OppgaveError as error:
            assert error.message.strip()
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
