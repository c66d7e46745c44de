"""Saved rotas: a scenario's rota survives closing the workspace, exactly as it was."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from oppgave.analysis.rota import (
    Rota,
    RotaPosition,
    RotaProblem,
    RotaRules,
    default_types,
)
from oppgave.analysis.rota_rules import check_rota
from oppgave.domain.enums import Shift
from oppgave.errors import ValidationError
from oppgave.services import organisation, saved_rotas, scenarios, workspaces


def _rota() -> Rota:
    rules = RotaRules(weeks=2, weekend_every=2, long_weekend_shifts=True)
    positions = (
        RotaPosition("SPL 1 (100 %)", 7, 100.0, 35.5, frozenset({3})),
        RotaPosition("HFA 1 (75 %)", 8, 75.0, 35.5),
    )
    problem = RotaProblem(
        positions,
        default_types(),
        {(0, Shift.DAY, 7): 1, (5, Shift.EVENING, 8): 1},
        rules,
        role_names={7: "Sykepleier", 8: "Helsefagarbeider"},
        competence_demand={(0, Shift.DAY, 3): 1},
        holidays={3: "Skjærtorsdag"},
        start=date(2027, 3, 22),
    )
    grid = (
        ("D", "D", "A", "", "", "L", "L", "", "N", "", "", "", "", ""),
        ("", "", "", "D", "D", "", "", "A", "A", "", "", "", "", ""),
    )
    return Rota(problem, grid, (100.0, 75.0))


def _department(path: Path) -> tuple[int, int]:
    with workspaces.open_workspace(path) as workspace:
        department = organisation.resolve_department(workspace, "Korttidsavdelingen Melhus")
        scenario = scenarios.resolve_scenario(workspace, department.id, "Forslag A")
        return department.id, scenario.id


def test_json_round_trip_keeps_everything() -> None:
    rota = _rota()
    again = saved_rotas.decode_rota(saved_rotas.encode_rota(rota))
    assert again == rota
    assert check_rota(again) == check_rota(rota)


def test_damaged_content_is_a_norwegian_error() -> None:
    with pytest.raises(ValidationError, match="kan ikke leses"):
        saved_rotas.decode_rota('{"version": 1, "grid": []}')
    text = saved_rotas.encode_rota(_rota()).replace('"L","L"', '"L"')
    with pytest.raises(ValidationError):
        saved_rotas.decode_rota(text)


def test_saved_rota_survives_reopening_and_is_replaced_listed_and_deleted(
    demo_copy: Path,
) -> None:
    department_id, scenario_id = _department(demo_copy)
    rota = _rota()
    with workspaces.open_workspace(demo_copy) as workspace:
        assert saved_rotas.load_rota(workspace, scenario_id) is None
        saved_rotas.save_rota(workspace, scenario_id, rota)
    with workspaces.open_workspace(demo_copy) as workspace:
        loaded = saved_rotas.load_rota(workspace, scenario_id)
        assert loaded is not None
        assert loaded.rota == rota
        assert loaded.edited is False
        assert loaded.start == date(2027, 3, 22)
        # a hand edit saved replaces the rota (one per scenario)
        edited = rota.with_shift(1, 0, "D")
        saved_rotas.save_rota(workspace, scenario_id, edited, edited=True)
        listed = saved_rotas.list_rotas(workspace, department_id)
        assert [(i.scenario_id, i.scenario_name, i.weeks, i.edited) for i in listed] == [
            (scenario_id, "Forslag A", 2, True)
        ]
    with workspaces.open_workspace(demo_copy) as workspace:
        loaded = saved_rotas.load_rota(workspace, scenario_id)
        assert loaded is not None and loaded.rota.grid[1][0] == "D" and loaded.edited
        removed = saved_rotas.delete_rota(workspace, scenario_id)
        assert removed is not None and removed.rota == edited
        assert saved_rotas.load_rota(workspace, scenario_id) is None
        assert saved_rotas.delete_rota(workspace, scenario_id) is None


def test_deleting_the_scenario_deletes_its_rota_and_undo_brings_it_back(demo_copy: Path) -> None:
    department_id, scenario_id = _department(demo_copy)
    with workspaces.open_workspace(demo_copy) as workspace:
        saved_rotas.save_rota(workspace, scenario_id, _rota(), edited=True)
        snapshot = scenarios.delete_scenario(workspace, scenario_id)
        assert saved_rotas.list_rotas(workspace, department_id) == []
        scenarios.restore_scenario(workspace, snapshot)
        again = saved_rotas.load_rota(workspace, scenario_id)
        assert again is not None and again.rota == _rota() and again.edited


def test_a_most_fulltime_rota_keeps_its_start_and_can_be_saved(demo_copy: Path) -> None:
    from oppgave.domain.enums import PositionSource
    from oppgave.services import rota_planning

    with workspaces.open_workspace(demo_copy) as workspace:
        staffing = rota_planning.scenario_staffing(
            workspace, "Korttidsavdelingen Melhus", "Forslag A"
        )
    outcome = rota_planning.generate_rota_data(
        staffing,
        RotaRules(weeks=6, weekend_every=3),
        PositionSource.MOST_FULLTIME,
        time_limit=60,
        start=date(2027, 1, 4),
    )
    assert outcome.fulltime is not None and outcome.result.rota is not None
    assert outcome.result.rota.problem.start == date(2027, 1, 4)
    with workspaces.open_workspace(demo_copy) as workspace:
        saved = saved_rotas.save_rota(workspace, staffing.scenario.id, outcome.result.rota)
        loaded = saved_rotas.load_rota(workspace, staffing.scenario.id)
    assert loaded is not None and loaded.rota == saved.rota
