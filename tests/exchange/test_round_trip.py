"""Export, then import into a fresh workspace: the same records and the same figures."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from exchange_sheets import digest

from oppgave.analysis import analyse_department
from oppgave.db.workspace import Workspace
from oppgave.exchange import export_format as fmt
from oppgave.exchange.importing import workspace_for_import
from oppgave.exchange.workbook_export import export
from oppgave.exchange.workbook_reading import read_workbook
from oppgave.exchange.workspace_import import (
    ExportReadError,
    apply_export,
    is_full_export,
    read_export,
)
from oppgave.services import (
    catalogue,
    organisation,
    scenarios,
    settings,
    staffing,
    tasks,
    workspaces,
)


def snapshot(workspace: Workspace) -> dict[str, Any]:
    """Everything a workspace holds, keyed by uuids and codes (row ids differ between files)."""
    roles = {role.id: role for role in catalogue.list_roles(workspace)}
    competences = {c.id: c for c in catalogue.list_competences(workspace)}
    municipalities = {m.id: m for m in organisation.list_municipalities(workspace)}
    result: dict[str, Any] = {
        "settings": settings.load(workspace),
        "municipalities": {m.uuid: m.name for m in municipalities.values()},
        "competences": {c.uuid: (c.code, c.name, c.description) for c in competences.values()},
        "roles": {
            role.uuid: (
                role.code,
                role.name,
                role.leon_level,
                role.authorised,
                role.hourly_cost,
                role.colour,
                role.sort_order,
                sorted(competences[c].code for c in role.competence_ids),
            )
            for role in roles.values()
        },  # fmt: skip
        "courses": {
            course.uuid: (
                course.name,
                competences[course.competence_id].code,
                course.min_level,
                course.hours,
                course.cost_per_participant,
            )
            for course in catalogue.list_courses(workspace)
        },  # fmt: skip
        "departments": {},
    }
    for department in organisation.list_departments(workspace):
        task_list = tasks.list_tasks(workspace, department.id)
        uuids = {task.id: task.uuid for task in task_list}
        scenario_list = scenarios.list_scenarios(workspace, department.id)
        result["departments"][department.uuid] = {
            "fields": (
                municipalities[department.municipality_id].uuid,
                department.name,
                department.service_type,
                department.residents,
                department.beds,
            ),
            "tasks": {
                task.uuid: {
                    **{
                        f.name: getattr(task, f.name)
                        for f in dataclasses.fields(task)
                        if f.name
                        not in ("id", "department_id", "competence_ids", "allowed_role_ids")
                    },
                    "competences": sorted(competences[c].code for c in task.competence_ids),
                    "allowed": sorted(roles[c].code for c in task.allowed_role_ids),
                }
                for task in task_list
            },
            "scenarios": [(s.uuid, s.name, s.is_baseline, s.description) for s in scenario_list],
            "assignments": {
                s.uuid: {
                    uuids[task_id]: {
                        roles[role_id].code: share for role_id, share in shares.items()
                    }
                    for task_id, shares in scenarios.get_assignments(workspace, s.id).items()
                }
                for s in scenario_list
            },
            "explanations": {
                s.uuid: {
                    uuids[task_id]: text
                    for task_id, text in scenarios.get_explanations(workspace, s.id).items()
                }
                for s in scenario_list
            },
            "positions": sorted(
                (roles[p.role_id].code, p.size_percent, p.count)
                for p in staffing.list_positions(workspace, department.id)
            ),
            "staffing": sorted(
                (roles[s.role_id].code, s.shift.value, s.day_type.value, s.count)
                for s in staffing.list_staffing(workspace, department.id)
            ),
        }
    return result


def _without_ids(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_ids(v) for k, v in value.items() if k not in ("id", "municipality_id")}
    if isinstance(value, list):
        return [_without_ids(v) for v in value]
    return value


def figures(workspace: Workspace) -> dict[tuple[str, str], Any]:
    """The analysis document of every department and scenario, keyed by uuids."""
    result = {}
    for data in workspaces.load_workspace_data(workspace):
        for scenario in data.scenarios:
            document = analyse_department(data, scenario.id).to_json_dict()
            result[(data.department.uuid, scenario.uuid)] = _without_ids(document)
    return result


def _import_into(export_path: Path, target: Path) -> None:
    content = read_export(read_workbook(export_path))
    with workspace_for_import(target, default_catalogue=False) as (workspace, new):
        apply_export(workspace, content, apply_settings=new)


@pytest.fixture(scope="module")
def demo_export(demo_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("export") / "demo.xlsx"
    with workspaces.open_workspace(demo_path) as workspace:
        export(workspace, path)
    return path


def test_export_then_import_gives_the_same_records_and_figures(
    demo_path: Path, demo_export: Path, tmp_path: Path
) -> None:
    target = tmp_path / "kopi.oppgave"
    _import_into(demo_export, target)
    with (
        workspaces.open_workspace(demo_path) as original,
        workspaces.open_workspace(target) as copy,
    ):
        before, after = snapshot(original), snapshot(copy)
        assert after["settings"] == before["settings"]
        for key in ("municipalities", "competences", "roles", "courses"):
            assert after[key] == before[key], key
        assert after["departments"].keys() == before["departments"].keys()
        for uuid, department in before["departments"].items():
            assert after["departments"][uuid] == department, department["fields"][1]
        _same_figures(figures(copy), figures(original))
        assert workspaces.check(copy) == []


def _same_figures(a: dict[Any, Any], b: dict[Any, Any]) -> None:
    assert a.keys() == b.keys()
    for key in a:
        _assert_close(a[key], b[key], str(key))


def _assert_close(a: Any, b: Any, where: str) -> None:
    if isinstance(a, dict):
        assert a.keys() == b.keys(), where
        for key in a:
            _assert_close(a[key], b[key], f"{where}/{key}")
    elif isinstance(a, list):
        assert len(a) == len(b), where
        for index, (x, y) in enumerate(zip(a, b, strict=True)):
            _assert_close(x, y, f"{where}[{index}]")
    elif isinstance(a, float) and isinstance(b, float):
        assert a == pytest.approx(b, rel=1e-9, abs=1e-9), where
    else:
        assert a == b, where


def test_importing_the_export_again_changes_nothing(demo_export: Path, tmp_path: Path) -> None:
    target = tmp_path / "kopi.oppgave"
    _import_into(demo_export, target)
    with workspaces.open_workspace(target) as workspace:
        first = snapshot(workspace)
        counts = workspaces.info(workspace).counts
    _import_into(demo_export, target)
    with workspaces.open_workspace(target) as workspace:
        assert snapshot(workspace) == first
        assert workspaces.info(workspace).counts == counts


def test_the_export_of_an_edited_workspace_updates_the_copy(
    demo_copy: Path, tmp_path: Path
) -> None:
    first_export = tmp_path / "a.xlsx"
    with workspaces.open_workspace(demo_copy) as workspace:
        export(workspace, first_export)
    target = tmp_path / "kopi.oppgave"
    _import_into(first_export, target)
    with workspaces.open_workspace(demo_copy) as workspace:
        department = organisation.list_departments(workspace)[0]
        task = tasks.list_tasks(workspace, department.id)[0]
        tasks.update_task(workspace, task.id, name="Omdøpt oppgave", duration_minutes=42.0)
        tasks.create_task(workspace, department.id, "Helt ny oppgave")
        export(workspace, tmp_path / "b.xlsx")
        expected = snapshot(workspace)
    _import_into(tmp_path / "b.xlsx", target)
    with workspaces.open_workspace(target) as workspace:
        assert snapshot(workspace)["departments"] == expected["departments"]


def test_a_department_export_creates_only_that_department(demo_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "en.xlsx"
    with workspaces.open_workspace(demo_path) as workspace:
        department = organisation.list_departments(workspace)[2]
        export(workspace, path, department_ids=[department.id])
    target = tmp_path / "en.oppgave"
    _import_into(path, target)
    with workspaces.open_workspace(target) as workspace:
        assert [d.uuid for d in organisation.list_departments(workspace)] == [department.uuid]


def test_the_export_is_recognised_and_a_newer_format_refused(
    demo_export: Path, tmp_path: Path
) -> None:
    assert is_full_export(read_workbook(demo_export))
    workbook = openpyxl.load_workbook(demo_export)
    about = workbook[fmt.SHEET_ABOUT]
    for row in about.iter_rows():
        if row[0].value == fmt.ABOUT_VERSION_KEY:
            row[1].value = fmt.FORMAT_VERSION + 1
    newer = tmp_path / "newer.xlsx"
    workbook.save(newer)
    with pytest.raises(ExportReadError, match="nyere versjon"):
        read_export(read_workbook(newer))


def test_a_damaged_export_is_reported_and_nothing_is_created(
    demo_export: Path, tmp_path: Path
) -> None:
    workbook = openpyxl.load_workbook(demo_export)
    sheet = workbook[fmt.SHEET_ASSIGNMENTS]
    sheet["G2"] = "XYZ"  # a role code that does not exist
    sheet["H3"] = "mye"  # a share that is no number
    del workbook[fmt.SHEET_COURSES]
    damaged = tmp_path / "damaged.xlsx"
    workbook.save(damaged)
    with pytest.raises(ExportReadError) as caught:
        read_export(read_workbook(damaged))
    report = {(p.sheet, p.row, p.column) for p in caught.value.problems}
    assert (fmt.SHEET_ASSIGNMENTS, 2, "Yrkesgruppe") in report
    assert (fmt.SHEET_ASSIGNMENTS, 3, "Andel (%)") in report
    assert (fmt.SHEET_COURSES, 0, "") in report
    assert not (tmp_path / "kopi.oppgave").exists()


def test_an_export_into_an_existing_workspace_keeps_its_settings(
    demo_export: Path, workspace: Workspace
) -> None:
    settings.update(workspace, hours_per_fte=37.5)
    before = digest(workspace.path)
    content = read_export(read_workbook(demo_export))
    outcome = apply_export(workspace, content, apply_settings=False)
    assert digest(workspace.path) != before
    assert settings.load(workspace).hours_per_fte == 37.5
    assert outcome.notes and "Forutsetningene" in outcome.notes[0]
    assert outcome.created["departments"] == 8
    assert "roles" not in outcome.created, "the default roles are matched by code"
