"""Saved rotas: the current rota of a scenario survives closing the app (table ``saved_rota``).

One rota per scenario: saving replaces the one before. The rota is stored as JSON in a Text
column (format version 1, below) holding everything needed to show and re-check it without
solving again: positions, shift types, demand per (day, shift, role), the rules, holidays and the
start Monday, and the grid of shift codes. The demand is the one the rota was made for: if the
bemanningsplan changes later, the saved rota is still checked against the demand it was made
for (make a new rota to follow the plan).

Format version 1::

    {"version": 1, "grid": [["D", "", ...], ...], "sizes": [100.0, ...],
     "positions": [{"label", "role_id", "size_percent", "hours_per_fte", "competence_ids"}],
     "shift_types": [{"code", "name", "start_minute", "end_minute", "covers", "weekend_only"}],
     "demand": [[day, shift, role_id, people], ...], "competence_demand": [[...], ...],
     "rules": {RotaRules fields}, "role_names": {"id": name}, "holidays": {"day": name},
     "start": "2027-01-04" | null}
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, select

from oppgave.analysis.rota import Rota, RotaPosition, RotaProblem, RotaRules
from oppgave.analysis.rota_rules import (
    PositionHours,
    RuleViolation,
    ShiftCount,
    check_rota,
    position_hours,
    shift_counts,
)
from oppgave.analysis.rota_shifts import RotaShiftType
from oppgave.db import models as m
from oppgave.db.workspace import Workspace
from oppgave.domain.enums import Shift
from oppgave.errors import ValidationError
from oppgave.i18n import translate
from oppgave.services.lookup import get_or_raise

FORMAT_VERSION = 1


def _tr(text: str) -> str:
    return translate("SavedRotas", text)


@dataclass(frozen=True, slots=True)
class SavedRota:
    """A scenario's saved rota; ``edited``: changed by hand after the generator made it."""

    scenario_id: int
    rota: Rota
    edited: bool
    updated_at: datetime

    @property
    def weeks(self) -> int:
        return self.rota.problem.rules.weeks

    @property
    def start(self) -> date | None:
        return self.rota.problem.start


@dataclass(frozen=True, slots=True)
class SavedRotaInfo:
    """One line of :func:`list_rotas` (without the grid)."""

    scenario_id: int
    scenario_name: str
    weeks: int
    start: date | None
    edited: bool
    updated_at: datetime


# --- JSON ---------------------------------------------------------------------------------------


def encode_rota(rota: Rota) -> str:
    """The rota as JSON text (format version 1)."""
    problem = rota.problem
    document: dict[str, Any] = {
        "version": FORMAT_VERSION,
        "grid": [list(row) for row in rota.grid],
        "sizes": list(rota.sizes),
        "positions": [
            {
                "label": p.label,
                "role_id": p.role_id,
                "size_percent": p.size_percent,
                "hours_per_fte": p.hours_per_fte,
                "competence_ids": sorted(p.competence_ids),
            }
            for p in problem.positions
        ],
        "shift_types": [
            {
                "code": t.code,
                "name": t.name,
                "start_minute": t.start_minute,
                "end_minute": t.end_minute,
                "covers": [s.value for s in t.covers],
                "weekend_only": t.weekend_only,
            }
            for t in problem.shift_types
        ],
        "demand": [[d, s.value, r, n] for (d, s, r), n in problem.demand.items()],
        "competence_demand": [
            [d, s.value, c, n] for (d, s, c), n in problem.competence_demand.items()
        ],
        "rules": asdict(problem.rules),
        "role_names": {str(k): v for k, v in problem.role_names.items()},
        "holidays": {str(k): v for k, v in problem.holidays.items()},
        "start": problem.start.isoformat() if problem.start else None,
    }
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"))


def decode_rota(text: str) -> Rota:
    """The rota from :func:`encode_rota`'s JSON; :class:`ValidationError` if it is damaged."""
    try:
        document = json.loads(text)
        if document.get("version") != FORMAT_VERSION:
            raise ValueError("version")
        known = {f.name for f in fields(RotaRules)}
        rules = RotaRules(**{k: v for k, v in document["rules"].items() if k in known})
        positions = tuple(
            RotaPosition(
                label=str(p["label"]),
                role_id=int(p["role_id"]),
                size_percent=float(p["size_percent"]),
                hours_per_fte=float(p["hours_per_fte"]),
                competence_ids=frozenset(int(c) for c in p["competence_ids"]),
            )
            for p in document["positions"]
        )
        types = tuple(
            RotaShiftType(
                str(t["code"]),
                str(t["name"]),
                int(t["start_minute"]),
                int(t["end_minute"]),
                tuple(Shift(s) for s in t["covers"]),
                bool(t["weekend_only"]),
            )
            for t in document["shift_types"]
        )
        problem = RotaProblem(
            positions,
            types,
            {(int(d), Shift(s), int(r)): int(n) for d, s, r, n in document["demand"]},
            rules,
            role_names={int(k): str(v) for k, v in document["role_names"].items()},
            competence_demand={
                (int(d), Shift(s), int(c)): int(n) for d, s, c, n in document["competence_demand"]
            },
            holidays={int(k): str(v) for k, v in document["holidays"].items()},
            start=date.fromisoformat(document["start"]) if document["start"] else None,
        )
        grid = tuple(tuple(str(c) for c in row) for row in document["grid"])
        sizes = tuple(float(s) for s in document["sizes"])
        if len(grid) != len(positions) or len(sizes) != len(positions):
            raise ValueError("rows")
        if any(len(row) != rules.days for row in grid):
            raise ValueError("days")
    except (ValueError, KeyError, TypeError, AttributeError) as error:
        raise ValidationError(
            _tr("Den lagrede turnusen kan ikke leses (skadet innhold)."), "content"
        ) from error
    return Rota(problem, grid, sizes)


# --- service ------------------------------------------------------------------------------------


def _record(row: m.SavedRota) -> SavedRota:
    return SavedRota(row.scenario_id, decode_rota(row.content), bool(row.edited), row.updated_at)


def save_rota(
    workspace: Workspace, scenario_id: int, rota: Rota, *, edited: bool = False
) -> SavedRota:
    """Save ``rota`` as the scenario's rota (replacing the one before)."""
    content = encode_rota(rota)
    with workspace.transaction() as session:
        get_or_raise(session, m.Scenario, scenario_id)
        row = session.scalars(
            select(m.SavedRota).where(m.SavedRota.scenario_id == scenario_id)
        ).one_or_none()
        if row is None:
            row = m.SavedRota(scenario_id=scenario_id)
            session.add(row)
        row.weeks = rota.problem.rules.weeks
        row.start_date = rota.problem.start
        row.content = content
        row.edited = edited
        row.updated_at = m.utc_now()
        session.flush()
        return SavedRota(scenario_id, rota, edited, row.updated_at)


def load_rota(workspace: Workspace, scenario_id: int) -> SavedRota | None:
    """The scenario's saved rota, None when it has none."""
    with workspace.reading() as session:
        row = session.scalars(
            select(m.SavedRota).where(m.SavedRota.scenario_id == scenario_id)
        ).one_or_none()
        return None if row is None else _record(row)


def list_rotas(workspace: Workspace, department_id: int) -> list[SavedRotaInfo]:
    """The saved rotas of a department's scenarios, in the scenarios' order."""
    with workspace.reading() as session:
        rows = session.execute(
            select(m.SavedRota, m.Scenario.name)
            .join(m.Scenario, m.Scenario.id == m.SavedRota.scenario_id)
            .where(m.Scenario.department_id == department_id)
            .order_by(m.Scenario.sort_order, m.Scenario.id)
        ).all()
        return [
            SavedRotaInfo(
                row.scenario_id, name, row.weeks, row.start_date, bool(row.edited), row.updated_at
            )
            for row, name in rows
        ]


def delete_rota(workspace: Workspace, scenario_id: int) -> SavedRota | None:
    """Delete the scenario's saved rota; returns it (for undo), None if there was none."""
    with workspace.transaction() as session:
        row = session.scalars(
            select(m.SavedRota).where(m.SavedRota.scenario_id == scenario_id)
        ).one_or_none()
        if row is None:
            return None
        record = _record(row)
        session.execute(delete(m.SavedRota).where(m.SavedRota.id == row.id))
        return record


# --- what the grid shows ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RotaView:
    """A rota with the rule checker's verdict, the people per shift and the hours per position:
    everything the Turnus grid and the report show, computed here, not in the view."""

    rota: Rota
    violations: tuple[RuleViolation, ...]
    counts: Mapping[tuple[int, Shift], ShiftCount]
    hours: tuple[PositionHours, ...]
    #: (position, day) → the findings on that cell (an index of ``violations``).
    by_cell: Mapping[tuple[int, int], tuple[RuleViolation, ...]] = field(default_factory=dict)

    def cell_violations(self, position: int, day: int) -> list[RuleViolation]:
        return list(self.by_cell.get((position, day), ()))

    def position_violations(self, position: int) -> list[RuleViolation]:
        return [v for v in self.violations if v.position == position]


def rota_view(rota: Rota) -> RotaView:
    """Check ``rota`` at once (a hand edit) and count what the grid shows."""
    violations = check_rota(rota)
    by_cell: dict[tuple[int, int], list[RuleViolation]] = {}
    for violation in violations:
        if violation.position is not None and violation.day is not None:
            by_cell.setdefault((violation.position, violation.day), []).append(violation)
    return RotaView(
        rota,
        violations,
        shift_counts(rota),
        position_hours(rota),
        {key: tuple(found) for key, found in by_cell.items()},
    )
