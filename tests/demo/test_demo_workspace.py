"""The demo workspace: deterministic, realistic in shape, and sound."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from oppgave.demo import generator, synthetic
from oppgave.services import organisation, scenarios, settings, staffing, tasks, workspaces

TIMESTAMP_COLUMNS = {"created_at", "modified_at", "resolved_at"}


def _dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, without timestamps (which record when it was generated)."""
    connection = sqlite3.connect(path)
    try:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        dump = {}
        for table in tables:
            columns = [
                row[1]
                for row in connection.execute(f"PRAGMA table_info({table})")
                if row[1] not in TIMESTAMP_COLUMNS
            ]
            order = ", ".join(str(n + 1) for n in range(len(columns)))
            query = f"SELECT {', '.join(columns)} FROM {table} ORDER BY {order}"
            rows = connection.execute(query).fetchall()
            if table == "workspace_meta":
                rows = [row for row in rows if row[0] != "created_at"]
            dump[table] = rows
        return dump
    finally:
        connection.close()


def test_demo_generation_is_deterministic(tmp_path: Path, demo_path: Path) -> None:
    again = tmp_path / "again.oppgave"
    generator.generate(again).close()
    first, second = _dump(demo_path), _dump(again)
    assert first.keys() == second.keys()
    for table in first:
        assert first[table] == second[table], f"table {table} differs"
    other_seed = tmp_path / "other.oppgave"
    generator.generate(other_seed, seed=7).close()
    assert _dump(other_seed)["task"] != first["task"], "the seed matters"


def test_demo_has_the_three_municipalities_and_varied_departments(demo_path: Path) -> None:
    with workspaces.open_workspace(demo_path) as workspace:
        assert workspaces.check(workspace) == []
        names = {m.name for m in organisation.list_municipalities(workspace)}
        assert names == {"Melhus", "Skaun", "Midtre Gauldal"}
        departments = organisation.list_departments(workspace)
        assert len(departments) >= 6
        assert len({d.service_type for d in departments}) >= 5
        for department in departments:
            department_tasks = tasks.list_tasks(workspace, department.id)
            assert len(department_tasks) >= 40, department.name
            assert len({t.category for t in department_tasks}) == 5
            assert any(t.competence_ids for t in department_tasks)
            assert any(t.windows and t.windows[0].start_minute >= 22 * 60 for t in department_tasks)
            department_scenarios = scenarios.list_scenarios(workspace, department.id)
            assert [s.is_baseline for s in department_scenarios] == [True, False]
            baseline, proposal = department_scenarios
            today = scenarios.get_assignments(workspace, baseline.id)
            future = scenarios.get_assignments(workspace, proposal.id)
            assert set(today) == {t.id for t in department_tasks}, "every task has today's roles"
            assert today != future, "the proposal moves some tasks"
            assert staffing.list_positions(workspace, department.id)
            assert staffing.list_staffing(workspace, department.id)


def test_demo_positions_match_the_workload(demo_path: Path) -> None:
    """Mapped hours are a plausible share of the hours the positions give (60–110 %)."""
    from oppgave.analysis.capacity import mapped_share

    with workspaces.open_workspace(demo_path) as workspace:
        for data in workspaces.load_workspace_data(workspace):
            share = mapped_share(data)
            assert share is not None and 0.6 <= share <= 1.1, (data.department.name, share)


def test_synthetic_workspace_has_the_requested_size(tmp_path: Path) -> None:
    path = tmp_path / "stor.oppgave"
    with synthetic.generate(path, tasks=1000, seed=3) as workspace:
        info = workspaces.info(workspace)
        assert info.counts["tasks"] == 1000
        assert info.counts["departments"] == 3
        assert workspaces.check(workspace) == []


def test_synthetic_workspace_obeys_the_support_role_rule_and_imports_back(
    tmp_path: Path,
) -> None:
    """A scaled workspace is a workspace a user could have made: no support role holds care
    work in any scenario (the import refused the 10 000-task export for that), so its export
    imports into a new file with every task."""
    from oppgave.analysis.eligibility import SUPPORT_ROLE_CATEGORIES
    from oppgave.exchange.importing import workspace_for_import
    from oppgave.exchange.workbook_export import export
    from oppgave.exchange.workbook_reading import read_workbook
    from oppgave.exchange.workspace_import import apply_export, read_export

    path = tmp_path / "stor.oppgave"
    with synthetic.generate(path, tasks=700, seed=11) as workspace:
        support = set(settings.load(workspace).support_role_codes)
        assert support, "the default settings name support roles"
        checked = 0
        for data in workspaces.load_workspace_data(workspace):
            codes = {role.id: role.code for role in data.roles}
            for task in data.tasks:
                for shares in data.assignments.values():
                    for role_id in shares.get(task.id, {}):
                        if codes[role_id] in support:
                            assert task.category in SUPPORT_ROLE_CATEGORIES, task.name
                            checked += 1
        assert checked > 0, "support roles still get practical and administrative work"
        exported = tmp_path / "stor.xlsx"
        export(workspace, exported)
    content = read_export(read_workbook(exported))
    with workspace_for_import(tmp_path / "kopi.oppgave", default_catalogue=False) as (copy, _):
        apply_export(copy, content, apply_settings=True)
        assert workspaces.info(copy).counts["tasks"] == 700
