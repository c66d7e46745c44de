"""The comparison of all departments (``analysis_runs.compare``) gives exactly the figures of
the full-record path (``load_workspace_data`` + ``compare_data``), whatever it loads to get
there: the fast path must never change a figure (issue 18/20: 100 departments under 1 s)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

from oppgave.db.workspace import Workspace
from oppgave.services import analysis_runs, organisation, scenarios, workspaces


@pytest.fixture
def demo(demo_copy: Path) -> Iterator[Workspace]:
    workspace = workspaces.open_workspace(demo_copy)
    yield workspace
    workspace.close()


def _reference(
    workspace: Workspace, department_ids: list[int] | None = None, scenario: str | None = None
) -> analysis_runs.Comparison:
    datas = workspaces.load_workspace_data(workspace, department_ids)
    return analysis_runs.compare_data(datas, organisation.list_municipalities(workspace), scenario)


def _assert_same(got: analysis_runs.Comparison, want: analysis_runs.Comparison) -> None:
    for name in ("departments", "municipalities", "total"):
        pd.testing.assert_frame_equal(getattr(got, name), getattr(want, name), check_exact=True)
    assert got.skipped == want.skipped


@pytest.mark.parametrize("scenario", [None, "Forslag A", "forslag a"])
def test_compare_equals_full_record_path(demo: Workspace, scenario: str | None) -> None:
    got = analysis_runs.compare(demo, scenario=scenario)
    assert len(got.departments) > 0
    assert got.departments["assigned_hours"].sum() > 0
    _assert_same(got, _reference(demo, scenario=scenario))


def test_compare_subset_and_missing_scenario(demo: Workspace) -> None:
    departments = organisation.list_departments(demo)
    chosen = [departments[0].id, departments[-1].id]
    _assert_same(analysis_runs.compare(demo, chosen), _reference(demo, chosen))
    # a scenario only one department has: the others are skipped, in department order
    only = departments[1].id
    baseline = next(s for s in scenarios.list_scenarios(demo, only) if s.is_baseline)
    scenarios.create_scenario(demo, only, "Bare her", copy_from=baseline.id)
    got = analysis_runs.compare(demo, scenario="Bare her")
    assert list(got.departments.index) == [only]
    assert len(got.skipped) == len(departments) - 1
    _assert_same(got, _reference(demo, scenario="Bare her"))


def test_compare_with_no_departments(workspace: Workspace) -> None:
    _assert_same(analysis_runs.compare(workspace), _reference(workspace))


def test_compare_under_each_department_s_chosen_proposal(demo: Workspace) -> None:
    """``chosen=True``: each department under the scenario its leader marked «valgt», the ones
    that have not chosen under «I dag» — on the fast path and on full records alike."""
    departments = organisation.list_departments(demo)
    picked = {}
    for department in departments[::2]:
        proposal = next(
            (s for s in scenarios.list_scenarios(demo, department.id) if not s.is_baseline), None
        )
        if proposal is not None:
            scenarios.set_chosen(demo, proposal.id)
            picked[department.id] = proposal.name
    assert picked, "the demo has proposals to choose"
    got = analysis_runs.compare(demo, chosen=True)
    datas = workspaces.load_workspace_data(demo)
    want = analysis_runs.compare_data(datas, organisation.list_municipalities(demo), chosen=True)
    _assert_same(got, want)
    names = got.departments["scenario_name"].to_dict()
    assert {d: names[d] for d in picked} == picked
    assert all(names[d.id] == "I dag" for d in departments if d.id not in picked)
    today = analysis_runs.compare(demo)
    figures = got.departments.drop(columns="scenario_name")
    # a chosen proposal is not «I dag» in disguise
    assert not figures.equals(today.departments.drop(columns="scenario_name"))
