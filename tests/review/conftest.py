"""A small leader's workspace for the review round trip: two departments, a proposal, and
tasks with working-environment flags, built through the services."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from oppgave.db.workspace import Workspace
from oppgave.domain.enums import Category, FrequencyUnit, Restriction, WorkFlag
from oppgave.domain.records import Department, Frequency, Scenario
from oppgave.services import catalogue, organisation, review, scenarios, tasks, workspaces


@dataclass
class Leader:
    """The leader's workspace and what the tests refer to."""

    workspace: Workspace
    department: Department
    other_department: Department
    baseline: Scenario
    proposal: Scenario
    task_ids: dict[str, int]
    role_ids: dict[str, int]

    @property
    def path(self) -> Path:
        return self.workspace.path

    def export(self, target: Path, *, scenario: bool = True) -> review.ReviewCopyInfo:
        return review.export_review_copy(
            self.workspace,
            self.department.id,
            target,
            scenario_id=self.proposal.id if scenario else None,
        )


@pytest.fixture
def leader(tmp_path: Path) -> Iterator[Leader]:
    ws = workspaces.new_workspace(tmp_path / "leder.oppgave")
    roles = {role.code: role.id for role in catalogue.list_roles(ws)}
    skaun = organisation.create_municipality(ws, "Skaun")
    melhus = organisation.create_municipality(ws, "Melhus")
    department = organisation.create_department(
        ws, skaun.id, "Skaun sykehjem, skjermet enhet", "dementia", residents=12
    )
    other = organisation.create_department(ws, melhus.id, "Korttidsavdelingen Melhus")
    proposal = scenarios.create_scenario(ws, department.id, "Forslag A")
    baseline = scenarios.baseline(ws, department.id)
    daily = Frequency(1, FrequencyUnit.DAY)
    specs = {
        # name: (fields, today, proposal)
        "Morgenstell": (
            {"duration_minutes": 30, "staff_count": 2, "work_flags": WorkFlag.HEAVY_LIFTING},
            {roles["HFA"]: 100},
            {roles["ASS"]: 50, roles["HFA"]: 50},
        ),
        "Medisinutdeling": (
            {"duration_minutes": 15, "restriction": Restriction.AUTHORISED},
            {roles["SPL"]: 100},
            {roles["SPL"]: 100},
        ),
        "Nattrunde": (
            {
                "duration_minutes": 60,
                "work_flags": WorkFlag.LONE_WORK | WorkFlag.NIGHT_WORK,
            },
            {roles["HFA"]: 100},
            {roles["ASS"]: 100},
        ),
        "Oppvask": (
            {"duration_minutes": 20, "category": Category.PRACTICAL},
            {roles["ASS"]: 100},
            {roles["SRV"]: 100},
        ),
    }
    task_ids: dict[str, int] = {}
    for name, (fields, today, then) in specs.items():
        task = tasks.create_task(
            ws, department.id, name, assignment=today, frequency=daily, **fields
        )
        scenarios.set_assignment(ws, proposal.id, task.id, then)
        task_ids[name] = task.id
    tasks.create_task(ws, other.id, "Innkomstsamtale", assignment={roles["SPL"]: 100})
    yield Leader(ws, department, other, baseline, proposal, task_ids, roles)
    ws.close()
