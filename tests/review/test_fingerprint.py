"""Fingerprints: stable for the same content, changed by any change of content, keyed by uuid."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from oppgave.domain.enums import DelegationRule, FrequencyUnit, RiskLevel, WorkFlag
from oppgave.domain.records import Frequency, Task
from oppgave.review import fingerprint
from oppgave.services import scenarios, tasks, workspaces
from tests.review.conftest import Leader

TASK = Task(
    id=7,
    uuid="2f0c1c8e-0000-4000-8000-000000000001",
    department_id=1,
    name="Morgenstell",
    frequency=Frequency(1.0, FrequencyUnit.DAY),
    duration_minutes=30.0,
    staff_count=2,
    work_flags=WorkFlag.HEAVY_LIFTING,
)
ROLES = {3: "role-hfa", 1: "role-ass"}


def test_task_fingerprint_is_pinned() -> None:
    """The canonical form must not drift: copies made by one version are imported by the
    next. Change FORM_VERSION (and this value) only on purpose."""
    value = fingerprint.task_fingerprint(TASK, {"scenario-1": {3: 100.0}}, {}, ROLES)
    assert value == "59d6eda1abd2e3538b6fce409dc4c5973cccbcf898ee158bb88c0404cb1e7f61"


def test_task_fingerprint_sees_content_not_ids_or_order() -> None:
    base = fingerprint.task_fingerprint(TASK, {"s": {3: 100.0}}, {}, ROLES)
    same = [
        dataclasses.replace(TASK, id=99),
        dataclasses.replace(TASK, sort_order=5),
        dataclasses.replace(TASK, department_id=2),
    ]
    for task in same:
        assert fingerprint.task_fingerprint(task, {"s": {3: 100.0}}, {}, ROLES) == base
    assert (
        fingerprint.task_fingerprint(TASK, {"s": {3: 100.0}}, {}, {3: "role-hfa", 9: "x"}) == base
    )
    different = [
        dataclasses.replace(TASK, name="Kveldsstell"),
        dataclasses.replace(TASK, duration_minutes=31.0),
        dataclasses.replace(TASK, staff_count=1),
        dataclasses.replace(TASK, work_flags=0),
        dataclasses.replace(TASK, notes="ny merknad"),
        dataclasses.replace(TASK, frequency=Frequency(2.0, FrequencyUnit.DAY)),
        dataclasses.replace(TASK, risk_level=RiskLevel.HIGH),
        dataclasses.replace(TASK, delegation_rule=DelegationRule.KEEP),
    ]
    for task in different:
        assert fingerprint.task_fingerprint(task, {"s": {3: 100.0}}, {}, ROLES) != base
    assert fingerprint.task_fingerprint(TASK, {"s": {1: 100.0}}, {}, ROLES) != base
    assert fingerprint.task_fingerprint(TASK, {"s": {3: 50.0, 1: 50.0}}, {}, ROLES) != base
    assert fingerprint.task_fingerprint(TASK, {"s": None}, {}, ROLES) != base, "scenario gone"


def test_integer_and_float_numbers_fingerprint_alike() -> None:
    as_int = dataclasses.replace(
        TASK, duration_minutes=30, frequency=Frequency(1, FrequencyUnit.DAY)
    )
    assert fingerprint.canonical_task(as_int, {}, ROLES) == fingerprint.canonical_task(
        TASK, {}, ROLES
    )
    assert fingerprint.task_fingerprint(as_int, {"s": {3: 100}}, {}, ROLES) == (
        fingerprint.task_fingerprint(TASK, {"s": {3: 100.0}}, {}, ROLES)
    )


def test_content_fingerprint_of_copy_matches_the_leaders_department(
    leader: Leader, tmp_path: Path
) -> None:
    info = leader.export(tmp_path / "kopi.oppgave", scenario=False)
    leader_data = workspaces.load_department_data(leader.workspace, leader.department.id)
    assert fingerprint.content_fingerprint(leader_data) == info.fingerprint
    with workspaces.open_workspace(tmp_path / "kopi.oppgave") as copy:
        copy_data = workspaces.load_department_data(copy, leader.department.id)
    assert fingerprint.task_fingerprints(
        copy_data, info.scenario_uuids
    ) == fingerprint.task_fingerprints(leader_data, info.scenario_uuids)


def test_content_fingerprint_follows_every_part_of_the_department(leader: Leader) -> None:
    ws, department = leader.workspace, leader.department.id

    def digest() -> str:
        return fingerprint.content_fingerprint(workspaces.load_department_data(ws, department))

    seen = {digest()}
    tasks.update_task(ws, leader.task_ids["Oppvask"], description="Etter middag")
    seen.add(digest())
    scenarios.set_assignment(
        ws, leader.proposal.id, leader.task_ids["Oppvask"], {leader.role_ids["ASS"]: 100}
    )
    seen.add(digest())
    from oppgave.services import catalogue, settings, staffing

    staffing.set_positions(ws, department, leader.role_ids["HFA"], 75, 4)
    seen.add(digest())
    settings.update(ws, hours_per_fte=37.5)
    seen.add(digest())
    catalogue.update_role(ws, leader.role_ids["HFA"], hourly_cost=450.0)
    seen.add(digest())
    assert len(seen) == 6
    tasks.move_task(ws, leader.task_ids["Oppvask"], 0)
    assert digest() in seen, "the order of the list is not content"
