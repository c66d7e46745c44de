"""Simple totals the editors show live: hours per role, FTE, and staffing figures.

These are the plain sums of DESIGN §6.1, §6.2 and §6.6 that the board and the staffing tab need
while a user edits; the full analysis (allowances, døgnrytme, optimisation) lives in
``oppgave.analysis``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from oppgave.domain.enums import DayType
from oppgave.domain.records import Position, Settings, ShiftStaffing, Task

#: Full time is a 100 % position; continuity carriers hold more than 80 % (DESIGN §1).
FULL_TIME_PERCENT = 100.0
CONTINUITY_PERCENT = 80.0
#: Days per week of each day type, for hours of shift staffing per week.
DAYS_PER_WEEK = {DayType.WEEKDAY: 5, DayType.WEEKEND: 2}


def hours_by_role(
    tasks: Iterable[Task], assignments: Mapping[int, Mapping[int, float]]
) -> dict[int | None, float]:
    """Hours per week per role id (``None``: tasks nobody is assigned to).

    hours(role) = Σ over tasks of task hours per week × the role's share / 100.
    """
    result: dict[int | None, float] = defaultdict(float)
    for task in tasks:
        hours = task.hours_per_week
        shares = assignments.get(task.id)
        if not shares:
            result[None] += hours
            continue
        for role_id, share in shares.items():
            result[role_id] += hours * share / 100.0
    return dict(result)


def fte(hours_per_week: float, hours_per_fte: float) -> float:
    """FTE (årsverk) = hours per week / hours of one FTE per week (no allowances)."""
    return hours_per_week / hours_per_fte if hours_per_fte > 0 else 0.0


@dataclass(frozen=True, slots=True)
class PositionTotals:
    """Totals of a set of positions: people (positions), FTE, and the shares of people in full-
    time positions (heltidsandel) and in positions above 80 % (kontinuitetsbærere)."""

    people: int
    fte: float
    full_time_share: float  # 0..1
    continuity_share: float  # 0..1
    average_size_percent: float


def position_totals(positions: Iterable[Position]) -> PositionTotals:
    """people = Σ count; FTE = Σ count × size / 100; full-time share = people in 100 %
    positions / people; continuity share = people in positions > 80 % / people."""
    people = 0
    total_fte = 0.0
    full_time = 0
    continuity = 0
    for position in positions:
        people += position.count
        total_fte += position.fte
        if position.size_percent >= FULL_TIME_PERCENT:
            full_time += position.count
        if position.size_percent > CONTINUITY_PERCENT:
            continuity += position.count
    if people == 0:
        return PositionTotals(0, 0.0, 0.0, 0.0, 0.0)
    return PositionTotals(
        people=people,
        fte=total_fte,
        full_time_share=full_time / people,
        continuity_share=continuity / people,
        average_size_percent=total_fte * 100.0 / people,
    )


def staffing_hours_by_role(
    staffing: Iterable[ShiftStaffing], settings: Settings
) -> dict[int, float]:
    """Hours per week the shift staffing covers per role id:
    Σ count × shift length (h) × days of that day type per week (5 weekdays, 2 weekend days)."""
    result: dict[int, float] = defaultdict(float)
    for row in staffing:
        hours = settings.shift(row.shift).hours
        result[row.role_id] += row.count * hours * DAYS_PER_WEEK[row.day_type]
    return dict(result)
