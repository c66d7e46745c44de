"""Reading the workspace a few departments at a time (the export's constant-memory path) gives
exactly what reading it at once gives, in the same order."""

from __future__ import annotations

from pathlib import Path

import pytest

from oppgave.services import scenarios, workspaces


@pytest.mark.parametrize("tasks_per_load", [1, 150, 10**9])
def test_iterating_gives_the_departments_load_gives(
    demo_path: Path, tasks_per_load: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workspaces, "TASKS_PER_LOAD", tasks_per_load)
    with workspaces.open_workspace(demo_path) as workspace:
        loaded = workspaces.load_workspace_data(workspace)
        assert len(loaded) > 2
        assert list(workspaces.iter_workspace_data(workspace)) == loaded
        some = [loaded[2].department.id, loaded[0].department.id]
        streamed = list(workspaces.iter_workspace_data(workspace, some))
        assert [d.department.id for d in streamed] == [loaded[0].department.id, some[0]]
        assert streamed == workspaces.load_workspace_data(workspace, some)
        assert workspaces.count_tasks(workspace) == sum(len(d.tasks) for d in loaded)
        assert workspaces.count_tasks(workspace, some) == sum(len(d.tasks) for d in streamed)


@pytest.mark.parametrize("tasks_per_load", [1, 10**9])
def test_the_assignment_read_matches_the_whole_records(
    demo_path: Path, tasks_per_load: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(workspaces, "TASKS_PER_LOAD", tasks_per_load)
    with workspaces.open_workspace(demo_path) as workspace:
        loaded = workspaces.load_workspace_data(workspace)
        shares = list(workspaces.iter_assignment_data(workspace))
        assert [s.department for s in shares] == [d.department for d in loaded]
        for item, light in zip(loaded, shares, strict=True):
            assert [(t.id, t.uuid, t.name) for t in light.tasks] == [
                (t.id, t.uuid, t.name) for t in item.tasks
            ]
            assert [t.hours_per_week for t in light.tasks] == [t.hours_per_week for t in item.tasks]
            assert light.scenarios == item.scenarios
            for scenario in item.scenarios:
                # the same shares in the same order (the order of the assignment sheet's rows)
                assert [
                    list(by_role.items()) for by_role in light.assignments[scenario.id].values()
                ] == [list(by_role.items()) for by_role in item.assignments[scenario.id].values()]
                expected = scenarios.get_explanations(workspace, scenario.id)
                assert light.explanations[scenario.id] == expected
