"""The chosen scenario («valgt»): one per department, undoable, kept through delete/restore."""

from __future__ import annotations

from pathlib import Path

import pytest

from oppgave.cli.main import main
from oppgave.db.workspace import Workspace
from oppgave.domain.enums import ServiceType
from oppgave.errors import NotFoundError
from oppgave.services import organisation, scenarios, workspaces


def _department(workspace: Workspace, name: str) -> int:
    municipality = organisation.create_municipality(workspace, f"Kommune {name}")
    return organisation.create_department(
        workspace, municipality.id, name, ServiceType.LONG_TERM
    ).id


def test_one_chosen_scenario_per_department(workspace: Workspace) -> None:
    first = _department(workspace, "Solsiden")
    other = _department(workspace, "Bakkehuset")
    a = scenarios.create_scenario(workspace, first, "Forslag A")
    b = scenarios.create_scenario(workspace, first, "Forslag B")
    elsewhere = scenarios.create_scenario(workspace, other, "Forslag A")
    assert scenarios.chosen_scenario(workspace, first) is None

    assert scenarios.set_chosen(workspace, a.id) is None
    assert scenarios.set_chosen(workspace, elsewhere.id) is None
    assert scenarios.set_chosen(workspace, b.id) == a.id  # the old mark, for undo
    chosen = [s.name for s in scenarios.list_scenarios(workspace, first) if s.is_chosen]
    assert chosen == ["Forslag B"]
    # the other department keeps its own choice
    assert scenarios.chosen_scenario(workspace, other) == scenarios.get_scenario(
        workspace, elsewhere.id
    )
    # undo: give the mark back to A
    scenarios.set_chosen(workspace, a.id)
    assert scenarios.chosen_scenario(workspace, first).name == "Forslag A"  # type: ignore[union-attr]
    assert scenarios.clear_chosen(workspace, first) == a.id
    assert scenarios.chosen_scenario(workspace, first) is None
    assert scenarios.clear_chosen(workspace, first) is None
    with pytest.raises(NotFoundError):
        scenarios.set_chosen(workspace, 99_999)


def test_deleted_chosen_scenario_comes_back_chosen(workspace: Workspace) -> None:
    department = _department(workspace, "Solsiden")
    a = scenarios.create_scenario(workspace, department, "Forslag A")
    scenarios.set_chosen(workspace, a.id)
    snapshot = scenarios.delete_scenario(workspace, a.id)
    assert scenarios.chosen_scenario(workspace, department) is None
    restored = scenarios.restore_scenario(workspace, snapshot)
    assert restored.is_chosen
    assert scenarios.chosen_scenario(workspace, department) == restored


def test_choose_from_the_command_line(demo_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    department = "Melhus/Melhus sykehjem, langtid 2. etasje"
    code = main(["scenario", "choose", str(demo_copy), "--department", department,
                 "--scenario", "Forslag A"])  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0 and "«Forslag A» er valgt" in out
    code = main(["scenario", "list", str(demo_copy), "--department", department])
    out = capsys.readouterr().out
    assert code == 0 and "Forslag A (valgt)" in out
    with workspaces.open_workspace(demo_copy) as workspace:
        found = organisation.resolve_department(workspace, department)
        assert scenarios.chosen_scenario(workspace, found.id).name == "Forslag A"  # type: ignore[union-attr]
    code = main(["scenario", "choose", str(demo_copy), "--department", department, "--clear"])
    assert code == 0
    code = main(["scenario", "choose", str(demo_copy), "--department", department,
                 "--scenario", "Forslag Z"])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 1 and "Feil:" in err and "Forslag Z" in err
