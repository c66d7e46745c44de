"""Fixtures for the exchange tests: a workspace with a municipality, and a compact view of what
a department holds, to compare imports with exactly what is expected."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from oppgave.db.workspace import Workspace
from oppgave.domain import task_text as ft
from oppgave.domain.records import Municipality
from oppgave.services import catalogue, organisation, scenarios, tasks


@pytest.fixture
def municipality(workspace: Workspace) -> Municipality:
    return organisation.create_municipality(workspace, "Melhus")


Summary = dict[str, dict[str, Any]]


def department_summary(workspace: Workspace, department_id: int) -> Summary:
    """Every task of a department as plain values: frequency and windows in words, competences
    and roles by code, shares per scenario name."""
    roles = {role.id: role.code for role in catalogue.list_roles(workspace)}
    competences = {c.id: c.code for c in catalogue.list_competences(workspace)}
    assignments = {
        scenario.name: scenarios.get_assignments(workspace, scenario.id)
        for scenario in scenarios.list_scenarios(workspace, department_id)
    }
    result: Summary = {}
    for task in tasks.list_tasks(workspace, department_id):
        row: dict[str, Any] = {
            "category": task.category.value,
            "frequency": ft.describe_frequency(task.frequency),
            "duration": task.duration_minutes,
            "windows": ft.describe_windows(task.windows),
            "competences": sorted(competences[c] for c in task.competence_ids),
            "notes": task.notes,
        }
        for name, shares in assignments.items():
            row[name] = {
                roles[role_id]: round(share, 6)
                for role_id, share in shares.get(task.id, {}).items()
            }
        result[task.name] = row
    return result


@pytest.fixture
def summarise() -> Callable[[Workspace, int], Summary]:
    return department_summary


@pytest.fixture
def sheets_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "sheets"
    folder.mkdir()
    return folder
