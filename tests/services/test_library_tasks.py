"""Library tasks (by role and competence codes) become drafts with the workspace's ids."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import pytest

from oppgave.db.workspace import Workspace
from oppgave.domain.enums import (
    Category,
    DelegationRule,
    FrequencyUnit,
    Restriction,
    RiskLevel,
    ServiceType,
)
from oppgave.domain.records import Frequency, TimeWindow
from oppgave.services import catalogue, organisation, scenarios, tasks
from oppgave.services.library_tasks import library_drafts


@dataclass(frozen=True)
class FakeLibraryTask:
    """The attributes of task_library.LibraryTask that the service reads."""

    name: str
    today: Mapping[str, float]
    proposal: Mapping[str, float] | None = None
    competences: tuple[str, ...] = ()
    per_resident: float = 0.0
    description: str = "fra biblioteket"
    category: Category = Category.DIRECT
    windows: tuple[TimeWindow, ...] = (TimeWindow(420, 600),)
    duration: float = 20.0
    staff: int = 1
    restriction: Restriction = Restriction.NONE
    restriction_min_level: int | None = None
    restriction_roles: frozenset[str] = field(default_factory=frozenset)
    flags: int = 0
    risk_level: RiskLevel = RiskLevel.LOW
    delegation_rule: DelegationRule = DelegationRule.TRANSFER

    def frequency_for(self, residents: int) -> Frequency:
        count = max(1, round(residents * self.per_resident)) if self.per_resident else 1
        return Frequency(float(count), FrequencyUnit.DAY)


@pytest.fixture
def department(workspace: Workspace) -> int:
    municipality = organisation.create_municipality(workspace, "Melhus")
    department = organisation.create_department(
        workspace, municipality.id, "Avd", ServiceType.LONG_TERM, residents=20
    )
    scenarios.create_scenario(workspace, department.id, "Forslag A")
    return department.id


def test_codes_are_mapped_and_proposal_goes_to_proposals(
    workspace: Workspace, department: int
) -> None:
    hfa = catalogue.resolve_role(workspace, "HFA").id
    ass = catalogue.resolve_role(workspace, "ASS").id
    stell = {c.code: c.id for c in catalogue.list_competences(workspace)}["STELL"]
    library = [
        FakeLibraryTask(
            "Morgenstell",
            today={"HFA": 60, "ASS": 40},
            proposal={"HFA": 30, "ASS": 70},
            competences=("STELL",),
            per_resident=0.8,
        )
    ]
    result = library_drafts(workspace, department, library, residents=20)
    assert result.notes == []
    created = tasks.create_tasks(workspace, department, result.drafts)
    task = created[0]
    assert task.frequency.count == 16  # 20 residents × 0.8
    assert task.competence_ids == {stell}
    base, proposal = scenarios.list_scenarios(workspace, department)
    assert scenarios.get_assignments(workspace, base.id)[task.id] == {hfa: 60, ass: 40}
    assert scenarios.get_assignments(workspace, proposal.id)[task.id] == {hfa: 30, ass: 70}


def test_unknown_codes_are_reported_not_fatal(workspace: Workspace, department: int) -> None:
    library = [FakeLibraryTask("Noe", today={"XYZ": 100}, competences=("FINNES-IKKE",))]
    result = library_drafts(workspace, department, library, residents=10)
    assert len(result.notes) == 2
    created = tasks.create_tasks(workspace, department, result.drafts)
    base = scenarios.baseline(workspace, department)
    assert created[0].id not in scenarios.get_assignments(workspace, base.id)


def test_risk_and_delegation_come_with_the_task(workspace: Workspace, department: int) -> None:
    library = [
        FakeLibraryTask(
            "Insulin",
            today={"SPL": 100},
            risk_level=RiskLevel.HIGH,
            delegation_rule=DelegationRule.DELEGATE,
        ),
        FakeLibraryTask("Oppvask", today={"ASS": 100}),
    ]
    drafts = library_drafts(workspace, department, library, residents=10).drafts
    insulin, dishes = tasks.create_tasks(workspace, department, drafts)
    assert (insulin.risk_level, insulin.delegation_rule) == (
        RiskLevel.HIGH,
        DelegationRule.DELEGATE,
    )
    assert (dishes.risk_level, dishes.delegation_rule) == (
        RiskLevel.LOW,
        DelegationRule.TRANSFER,
    )
