"""Bemanningsplan, full-time effect and grunnturnus on every demo department's proposal."""

from __future__ import annotations

from pathlib import Path

import pytest

from oppgave.analysis.rota import RotaRules
from oppgave.analysis.rota_rules import check_rota
from oppgave.demo.generator import DEPARTMENTS
from oppgave.domain.enums import PositionSource
from oppgave.services import rota_planning, workspaces


@pytest.mark.parametrize("name", [spec.name for spec in DEPARTMENTS])
def test_six_week_rota_for_each_demo_proposal_passes_the_rule_checker(
    demo_path: Path, name: str
) -> None:
    with workspaces.open_workspace(demo_path) as workspace:
        staffing = rota_planning.scenario_staffing(workspace, name, "Forslag A")
    assert not staffing.scenario.is_baseline
    # the full-time answer exists for every 2nd, 3rd and 4th weekend, 7.5 h and 12.5 h
    assert {(o.frequency, o.shift_hours) for o in staffing.effect.options} == {
        (f, h) for f in (2, 3, 4) for h in (7.5, 12.5)
    }
    outcome = rota_planning.generate_rota_data(
        staffing, RotaRules(weeks=6, weekend_every=3), time_limit=30
    )
    rota = outcome.result.rota
    assert rota is not None, outcome.result.message
    # checked again here, by the checker alone, not by what the service reported
    assert check_rota(rota) == ()
    assert len(rota.grid[0]) == 42
    option = staffing.effect.option(3, 7.5)
    assert option is not None
    assert rota.fulltime_positions() == option.fulltime_positions


def test_today_positions_that_cannot_cover_the_weekends_are_named(demo_path: Path) -> None:
    with workspaces.open_workspace(demo_path) as workspace:
        staffing = rota_planning.scenario_staffing(workspace, "Hjemmetjenesten Skaun", "Forslag A")
    outcome = rota_planning.generate_rota_data(
        staffing, RotaRules(weeks=6, weekend_every=3), PositionSource.TODAY, time_limit=5
    )
    assert outcome.result.rota is None
    assert "Helgene krever" in outcome.result.message
    assert "stillingene gir" in outcome.result.message
