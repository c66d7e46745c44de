"""The task field registry: complete (a new field cannot be forgotten) and the export's columns,
written and read back through it, give every field back."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from oppgave.db import models as m
from oppgave.db.workspace import Workspace
from oppgave.domain import records as r
from oppgave.domain import task_fields
from oppgave.domain.enums import (
    Category,
    DelegationRule,
    FrequencyUnit,
    Restriction,
    RiskLevel,
    TaskStatus,
    WorkFlag,
)
from oppgave.exchange import columns as sheet_columns
from oppgave.exchange import export_format as fmt
from oppgave.exchange.importing import workspace_for_import
from oppgave.exchange.workbook_export import export
from oppgave.exchange.workbook_reading import read_workbook
from oppgave.exchange.workspace_import import apply_export, read_export
from oppgave.services import catalogue, organisation, tasks

#: ORM columns of ``task`` that are bookkeeping, not task fields.
_ORM_BOOKKEEPING = {"id", "version", "department_id", "created_at", "modified_at"}


def _registry_attributes() -> list[str]:
    return [a for item in task_fields.TASK_FIELDS for a in item.attributes]


def test_every_record_field_is_in_the_registry() -> None:
    record_fields = {f.name for f in dataclasses.fields(r.Task)} - task_fields.NOT_FIELDS
    described = _registry_attributes()
    missing = record_fields - set(described)
    assert not missing, f"records.Task fields missing in domain/task_fields.py: {missing}"
    assert not set(described) - record_fields, "the registry names attributes Task lacks"
    assert len(described) == len(set(described)), "an attribute is described twice"


def test_every_orm_column_and_child_table_of_a_task_is_in_the_registry() -> None:
    stored = {s for item in task_fields.TASK_FIELDS for s in item.stored_as}
    columns = {c.name for c in m.Task.__table__.columns} - _ORM_BOOKKEEPING
    missing = columns - stored
    assert not missing, f"task columns missing in domain/task_fields.py: {missing}"
    child_tables = {
        table.name
        for table in m.Base.metadata.sorted_tables
        if table.name != "task"
        and any(
            fk.column.table.name == "task" and fk.parent.name == "task_id"
            for fk in table.foreign_keys
        )
        and not table.name.startswith(("assignment", "scenario"))
    }
    described = {s.removeprefix("table:") for s in stored if s.startswith("table:")}
    assert described <= child_tables
    assert {"task_time_window", "task_competence", "task_allowed_role"} <= described


def test_the_export_columns_and_the_editable_fields_derive_from_the_registry() -> None:
    keys = [c.key for c in fmt.TASK_COLUMNS]
    assert len(keys) == len(set(keys))
    assert keys[2:] == [c.key for c in task_fields.export_columns()]
    assert set(tasks.EDITABLE_FIELDS) == set(_registry_attributes()) - {"uuid"}
    assert set(tasks._CLEANERS) == set(tasks.EDITABLE_FIELDS), "a field without its check"
    for item in task_fields.TASK_FIELDS:
        for name in item.sheet_fields:
            assert sheet_columns.Field(name) in sheet_columns.FIELD_LABELS
        if item.sheet_fields:
            first = sheet_columns.Field(item.sheet_fields[0])
            assert sheet_columns.field_label(first) == item.title


def _full_tasks(workspace: Workspace) -> list[r.Task]:
    """Two tasks with every registry field away from its default (a task has one kind of
    restriction, so the level and the role list need one each)."""
    municipality = organisation.create_municipality(workspace, "Testkommune")
    department = organisation.create_department(workspace, municipality.id, "Avdeling A")
    roles = catalogue.list_roles(workspace)
    competences = catalogue.list_competences(workspace)
    common = {
        "description": "Hjelp med stell og påkledning",
        "category": Category.INDIRECT,
        "frequency": r.Frequency(2.0, FrequencyUnit.WEEK, 0b0011111),
        "windows": (r.TimeWindow(7 * 60, 9 * 60),),
        "duration_minutes": 25.0,
        "staff_count": 2,
        "competence_ids": frozenset({competences[0].id, competences[1].id}),
        "status": TaskStatus.AGREED,
        "notes": "Merknad\nover to linjer",
        "work_flags": int(WorkFlag.HEAVY_LIFTING | WorkFlag.NIGHT_WORK),
        "sort_order": 7,
        "risk_level": RiskLevel.HIGH,
        "delegation_rule": DelegationRule.KEEP,
    }
    first = tasks.create_task(
        workspace,
        department.id,
        "Morgenstell",
        restriction=Restriction.ROLES,
        allowed_role_ids=frozenset({roles[0].id, roles[1].id}),
        **common,
    )
    second = tasks.create_task(
        workspace,
        department.id,
        "Medisinering",
        restriction=Restriction.MIN_LEVEL,
        restriction_min_level=3,
        **common,
    )
    return [first, second]


def test_every_field_survives_export_and_import(workspace: Workspace, tmp_path: Path) -> None:
    originals = _full_tasks(workspace)
    # the test means something only if every described attribute is away from its default
    for name in _registry_attributes():
        default = next(
            (f.default for f in dataclasses.fields(r.Task) if f.name == name), dataclasses.MISSING
        )
        if default is dataclasses.MISSING:
            continue
        assert any(getattr(task, name) != default for task in originals), name
    path = tmp_path / "eksport.xlsx"
    export(workspace, path)
    target = tmp_path / "kopi.oppgave"
    content = read_export(read_workbook(path))
    with workspace_for_import(target, default_catalogue=False) as (copy, _new):
        apply_export(copy, content, apply_settings=True)
        by_uuid = tasks.tasks_by_uuid(copy, [t.uuid for t in originals])
        codes_before = {c.id: c.code for c in catalogue.list_competences(workspace)}
        codes_after = {c.id: c.code for c in catalogue.list_competences(copy)}
        roles_before = {role.id: role.code for role in catalogue.list_roles(workspace)}
        roles_after = {role.id: role.code for role in catalogue.list_roles(copy)}
    for original in originals:
        copied = by_uuid[original.uuid]
        for name in _registry_attributes():
            before, after = getattr(original, name), getattr(copied, name)
            if name == "competence_ids":
                before = {codes_before[i] for i in before}
                after = {codes_after[i] for i in after}
            elif name == "allowed_role_ids":
                before = {roles_before[i] for i in before}
                after = {roles_after[i] for i in after}
            if isinstance(before, float):
                assert after == pytest.approx(before), name
            else:
                assert after == before, name
