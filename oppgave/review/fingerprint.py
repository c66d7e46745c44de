"""Fingerprints of what a review copy carries (SHA-256 over canonical JSON).

Two fingerprints exist:

* the **content fingerprint** of one department as exported: department, catalogue (roles,
  competences, courses), tasks, scenarios with their assignments, positions, staffing per shift
  and the analysis settings. It is stored in the copy and remembered by the leader's file at
  export; an import recomputes it from the returned copy, so any change made to the data
  outside review mode (another tool, a hand-edited database) shows as tampering.
* the **task fingerprint** of one task: its fields and its assignments in the scenarios of the
  copy. A comment carries the fingerprint of its task as the reviewer saw it; comparing it with
  the task in the leader's file now tells whether the task changed since the copy was made.

Everything is keyed by uuid, never by row id, so fingerprints compare across files. Numbers are
written with Python's shortest round-trip ``repr`` (what :mod:`json` does), so a value read back
from the database gives the same text. Sort order and timestamps are left out: moving a task in
the list or touching it without a change is not a change of content.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from enum import Enum

from oppgave.domain.enums import DelegationRule, RiskLevel
from oppgave.domain.records import AssignmentMap, DepartmentData, Settings, Task

#: A JSON value (what the canonical form is made of).
Json = None | bool | int | float | str | list["Json"] | dict[str, "Json"]

#: Version of the canonical form; part of every digest, so a future change of the form cannot
#: make an old fingerprint match new content by accident.
FORM_VERSION = 1


def digest(value: Json) -> str:
    """SHA-256 (hex) of ``value`` written as compact JSON with sorted keys."""
    text = json.dumps(
        {"form": FORM_VERSION, "value": value},
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
        allow_nan=False,
    )
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _uuids(ids: Iterable[int], uuid_of: Mapping[int, str]) -> list[Json]:
    return [u for u in sorted(uuid_of.get(i, f"#{i}") for i in ids)]


def canonical_task(
    task: Task, competence_uuid: Mapping[int, str], role_uuid: Mapping[int, str]
) -> dict[str, Json]:
    """The content of a task as plain JSON (no row ids, no sort order, no timestamps).

    Risk level and delegation rule (added in schema 0003) are written only when they differ
    from their defaults, so a copy exported before they existed (every task «lav» and «kan
    overføres» once upgraded) keeps its fingerprints, while a change of either is a change.
    """
    content: dict[str, Json] = {
        "uuid": task.uuid,
        "name": task.name,
        "description": task.description,
        "category": task.category.value,
        "frequency": {
            "count": float(task.frequency.count),
            "unit": task.frequency.unit.value,
            "days": int(task.frequency.days),
        },
        "duration_minutes": float(task.duration_minutes),
        "staff_count": int(task.staff_count),
        "windows": [[w.start_minute, w.end_minute] for w in sorted(task.windows)],
        "competences": _uuids(task.competence_ids, competence_uuid),
        "restriction": task.restriction.value,
        "restriction_min_level": task.restriction_min_level,
        "allowed_roles": _uuids(task.allowed_role_ids, role_uuid),
        "status": task.status.value,
        "notes": task.notes,
        "work_flags": int(task.work_flags),
    }
    if task.risk_level is not RiskLevel.LOW:
        content["risk_level"] = task.risk_level.value
    if task.delegation_rule is not DelegationRule.TRANSFER:
        content["delegation_rule"] = task.delegation_rule.value
    return content


def _shares(shares: Mapping[int, float], role_uuid: Mapping[int, str]) -> dict[str, Json]:
    return {role_uuid.get(role_id, f"#{role_id}"): float(s) for role_id, s in shares.items()}


def _uuid_maps(data: DepartmentData) -> tuple[dict[int, str], dict[int, str]]:
    return (
        {c.id: c.uuid for c in data.competences},
        {role.id: role.uuid for role in data.roles},
    )


def task_fingerprint(
    task: Task,
    assignments_by_scenario: Mapping[str, Mapping[int, float] | None],
    competence_uuid: Mapping[int, str],
    role_uuid: Mapping[int, str],
) -> str:
    """Fingerprint of a task and its shares per scenario uuid (``None``: scenario missing)."""
    return digest(
        {
            "task": canonical_task(task, competence_uuid, role_uuid),
            "assignments": {
                scenario: None if shares is None else _shares(shares, role_uuid)
                for scenario, shares in assignments_by_scenario.items()
            },
        }
    )


def task_fingerprints(data: DepartmentData, scenario_uuids: Sequence[str]) -> dict[str, str]:
    """Task uuid → :func:`task_fingerprint` over the scenarios ``scenario_uuids`` of ``data``.

    A scenario uuid that ``data`` does not have (deleted since) counts as missing for every
    task, so each task's fingerprint changes.
    """
    competence_uuid, role_uuid = _uuid_maps(data)
    by_uuid = {s.uuid: s for s in data.scenarios}
    maps: dict[str, AssignmentMap | None] = {
        u: (data.assignments.get(by_uuid[u].id, {}) if u in by_uuid else None)
        for u in scenario_uuids
    }
    result: dict[str, str] = {}
    for task in data.tasks:
        per_scenario: dict[str, Mapping[int, float] | None] = {
            u: (None if amap is None else amap.get(task.id, {})) for u, amap in maps.items()
        }
        result[task.uuid] = task_fingerprint(task, per_scenario, competence_uuid, role_uuid)
    return result


def _plain(value: object) -> Json:
    """Settings and similar records as JSON: dataclasses as objects, enums by value."""
    if isinstance(value, Enum):
        return _plain(value.value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, bool | str | int) or value is None:
        return value
    if isinstance(value, float):
        return value
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    if isinstance(value, frozenset | set):
        return sorted((_plain(item) for item in value), key=repr)
    raise TypeError(f"cannot fingerprint {type(value).__name__}")


def canonical_settings(settings: Settings) -> Json:
    return _plain(settings)


def canonical_content(data: DepartmentData) -> dict[str, Json]:
    """Everything a review copy carries about one department, as plain JSON."""
    competence_uuid, role_uuid = _uuid_maps(data)
    department = data.department
    task_uuid = {t.id: t.uuid for t in data.tasks}
    return {
        "department": {
            "uuid": department.uuid,
            "name": department.name,
            "service_type": department.service_type.value,
            "residents": department.residents,
            "beds": department.beds,
        },
        "competences": [
            {"uuid": c.uuid, "code": c.code, "name": c.name, "description": c.description}
            for c in sorted(data.competences, key=lambda c: c.uuid)
        ],
        "roles": [
            {
                "uuid": role.uuid,
                "code": role.code,
                "name": role.name,
                "leon_level": role.leon_level,
                "authorised": role.authorised,
                "hourly_cost": float(role.hourly_cost),
                "colour": role.colour,
                "competences": _uuids(role.competence_ids, competence_uuid),
            }
            for role in sorted(data.roles, key=lambda role: role.uuid)
        ],
        "courses": [
            {
                "uuid": c.uuid,
                "name": c.name,
                "competence": competence_uuid.get(c.competence_id, f"#{c.competence_id}"),
                "min_level": c.min_level,
                "hours": float(c.hours),
                "cost_per_participant": float(c.cost_per_participant),
            }
            for c in sorted(data.courses, key=lambda c: c.uuid)
        ],
        "tasks": [
            canonical_task(t, competence_uuid, role_uuid)
            for t in sorted(data.tasks, key=lambda t: t.uuid)
        ],
        "scenarios": [
            {
                "uuid": s.uuid,
                "name": s.name,
                "is_baseline": s.is_baseline,
                "description": s.description,
                "assignments": {
                    task_uuid.get(task_id, f"#{task_id}"): _shares(shares, role_uuid)
                    for task_id, shares in data.assignments.get(s.id, {}).items()
                },
            }
            for s in sorted(data.scenarios, key=lambda s: s.uuid)
        ],
        "positions": [
            {
                "uuid": p.uuid,
                "role": role_uuid.get(p.role_id, f"#{p.role_id}"),
                "count": p.count,
                "size_percent": float(p.size_percent),
            }
            for p in sorted(data.positions, key=lambda p: p.uuid)
        ],
        "staffing": [
            {
                "uuid": s.uuid,
                "role": role_uuid.get(s.role_id, f"#{s.role_id}"),
                "shift": s.shift.value,
                "day_type": s.day_type.value,
                "count": s.count,
            }
            for s in sorted(data.staffing, key=lambda s: s.uuid)
        ],
        "settings": canonical_settings(data.settings),
    }


def content_fingerprint(data: DepartmentData) -> str:
    """SHA-256 (hex) of :func:`canonical_content`."""
    return digest(canonical_content(data))
