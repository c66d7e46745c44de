"""Risk level and delegation rule per task (Calderdale): every service path keeps them."""

from __future__ import annotations

from pathlib import Path

import pytest

from oppgave.db.workspace import Workspace
from oppgave.domain import labels
from oppgave.domain.enums import DelegationRule, RiskLevel
from oppgave.domain.records import Department, Role
from oppgave.errors import ValidationError
from oppgave.services import catalogue, organisation, review, tasks, workspaces


@pytest.fixture
def department(workspace: Workspace) -> Department:
    municipality = organisation.create_municipality(workspace, "Skaun")
    return organisation.create_department(
        workspace, municipality.id, "Langtid 2. etasje", "long_term", residents=24
    )


@pytest.fixture
def roles(workspace: Workspace) -> dict[str, Role]:
    return {role.code: role for role in catalogue.list_roles(workspace)}


def test_new_task_defaults_to_low_risk_and_transferable(
    workspace: Workspace, department: Department
) -> None:
    task = tasks.create_task(workspace, department.id, "Oppvask")
    assert (task.risk_level, task.delegation_rule) == (RiskLevel.LOW, DelegationRule.TRANSFER)
    assert tasks.get_task(workspace, task.id) == task


def test_create_and_update_store_both_fields(workspace: Workspace, department: Department) -> None:
    task = tasks.create_task(
        workspace,
        department.id,
        "Insulin",
        risk_level=RiskLevel.HIGH,
        delegation_rule="delegate",  # stored values are accepted as well as members
    )
    assert task.risk_level is RiskLevel.HIGH
    assert task.delegation_rule is DelegationRule.DELEGATE
    assert tasks.get_task(workspace, task.id) == task, "the record built on create = a read"
    updated = tasks.update_task(
        workspace, task.id, risk_level="medium", delegation_rule=DelegationRule.KEEP
    )
    assert (updated.risk_level, updated.delegation_rule) == (
        RiskLevel.MEDIUM,
        DelegationRule.KEEP,
    )
    assert tasks.get_task(workspace, task.id) == updated


@pytest.mark.parametrize(("field", "value"), [("risk_level", "ekstrem"), ("delegation_rule", 3)])
def test_invalid_values_are_refused_naming_the_field(
    workspace: Workspace, department: Department, field: str, value: object
) -> None:
    task = tasks.create_task(workspace, department.id, "NEWS2")
    with pytest.raises(ValidationError) as caught:
        tasks.update_task(workspace, task.id, **{field: value})
    assert caught.value.field == field
    assert tasks.get_task(workspace, task.id) == task, "nothing changed"
    with pytest.raises(ValidationError):
        tasks.create_task(workspace, department.id, "NEWS2 igjen", **{field: value})
    assert [t.name for t in tasks.list_tasks(workspace, department.id)] == ["NEWS2"]


def test_bulk_update_duplicate_and_restore_keep_them(
    workspace: Workspace, department: Department, roles: dict[str, Role]
) -> None:
    first, second = tasks.create_tasks(
        workspace,
        department.id,
        [
            tasks.TaskDraft("Sårstell, komplekst", {"risk_level": RiskLevel.HIGH}),
            tasks.TaskDraft("Forflytning", default_assignment={roles["HFA"].id: 100}),
        ],
    )
    assert first.risk_level is RiskLevel.HIGH and second.risk_level is RiskLevel.LOW
    changed = tasks.update_tasks(
        workspace,
        {
            first.id: {"delegation_rule": DelegationRule.KEEP},
            second.id: {"risk_level": RiskLevel.MEDIUM, "delegation_rule": "delegate"},
        },
    )
    assert [(t.risk_level, t.delegation_rule) for t in changed] == [
        (RiskLevel.HIGH, DelegationRule.KEEP),
        (RiskLevel.MEDIUM, DelegationRule.DELEGATE),
    ]
    copy = tasks.duplicate_task(workspace, second.id)
    assert (copy.risk_level, copy.delegation_rule) == (RiskLevel.MEDIUM, DelegationRule.DELEGATE)
    snapshots = tasks.delete_tasks(workspace, [first.id, second.id])
    restored = tasks.restore_tasks(workspace, snapshots)
    assert {t.id: (t.risk_level, t.delegation_rule) for t in restored} == {
        first.id: (RiskLevel.HIGH, DelegationRule.KEEP),
        second.id: (RiskLevel.MEDIUM, DelegationRule.DELEGATE),
    }
    assert tasks.task_fields(restored[0])["risk_level"] in RiskLevel


def test_review_copy_carries_them(
    workspace: Workspace, department: Department, tmp_path: Path
) -> None:
    task = tasks.create_task(
        workspace,
        department.id,
        "Opioider, administrering",
        risk_level=RiskLevel.HIGH,
        delegation_rule=DelegationRule.KEEP,
    )
    info = review.export_review_copy(workspace, department.id, tmp_path / "kopi.oppgave")
    with workspaces.open_workspace(tmp_path / "kopi.oppgave") as copy:
        (copied,) = tasks.list_tasks(copy, department.id)
    assert (copied.risk_level, copied.delegation_rule) == (RiskLevel.HIGH, DelegationRule.KEEP)
    assert copied.uuid == task.uuid
    assert not review.check_review_copy(workspace, tmp_path / "kopi.oppgave").tampered
    assert info.fingerprint


def test_norwegian_words_parse_back_to_the_members() -> None:
    for enum_type in (RiskLevel, DelegationRule):
        for member in enum_type:
            word = labels.label(member)
            assert labels.parse(enum_type, word) is member
            assert labels.parse(enum_type, word.upper()) is member
    assert labels.source_label(RiskLevel.HIGH) == "høy"
    assert labels.source_label(DelegationRule.DELEGATE) == "kan delegeres med veiledning"
