"""Full-time arithmetic (DESIGN §6.6): full-time share, continuity carriers and the weekend table.

From the current positions (people = Σ count):

* full-time share = people in 100 % positions ÷ all people (a fraction; the goal is ≥ 0.5);
* continuity-carrier share = people in positions above 80 % (``continuity_threshold_percent``)
  ÷ all people;
* average position = Σ count × size % ÷ Σ count (in percent).

The weekend table, for every weekend frequency f (every 2nd, 3rd, 4th weekend) and weekend shift
length L (7.5 h and 12.5 h) in the settings:

* weekend hours = Σ over the weekend rows of the staffing per shift of people × shift hours × 2
  (Saturday and Sunday): the staffed hours of one weekend;
* weekend shifts = ⌈weekend hours ÷ L⌉;
* people needed = ⌈weekend shifts × f ÷ shifts per person per weekend⌉ (default 2: everyone who
  works a weekend works Saturday and Sunday);
* largest average position = min(100 %, total FTE ÷ people needed × 100 %).

Worked example: 5 on day, 4 on evening and 2 on night (8 h shifts) each weekend day give
(5 + 4 + 2) × 8 × 2 = 176 hours per weekend. With 7.5 h shifts: ⌈176 ÷ 7.5⌉ = 24 shifts; every
3rd weekend: ⌈24 × 3 ÷ 2⌉ = 36 people; with 25 FTE the average position can be at most
25 ÷ 36 = 69.4 %. With 12.5 h shifts every 4th weekend: ⌈176 ÷ 12.5⌉ = 15 shifts,
⌈15 × 4 ÷ 2⌉ = 30 people, 25 ÷ 30 = 83.3 %.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from oppgave.domain.enums import DayType
from oppgave.domain.records import Position, Settings, ShiftStaffing

if TYPE_CHECKING:
    import pandas as pd  # only the *_frame helpers build frames, importing pandas themselves

#: Days in one weekend (Saturday and Sunday).
WEEKEND_DAYS_PER_WEEKEND = 2
_CEIL_TOLERANCE = 1e-9
#: Position sizes within this of 100 % count as full time (floating point from the UI).
_FULL_TIME_PERCENT = 100.0 - 1e-6


@dataclass(frozen=True, slots=True)
class FulltimeFigures:
    """Head counts and shares from the positions (shares as fractions, positions in percent)."""

    people: int
    fulltime_people: int
    continuity_people: int
    fte: float
    fulltime_share: float | None  # None without positions
    continuity_share: float | None
    avg_position: float | None  # percent


def fulltime_figures(
    positions: Iterable[Position], settings: Settings, role_ids: Iterable[int] | None = None
) -> FulltimeFigures:
    """Full-time share, continuity-carrier share and average position (only ``role_ids`` if given).

    full-time share = people in 100 % positions ÷ people; continuity share = people in positions
    above ``continuity_threshold_percent`` ÷ people; average position = Σ count × size ÷ Σ count.
    """
    wanted = None if role_ids is None else set(role_ids)
    people = fulltime = continuity = 0
    percent = 0.0
    for position in positions:
        if wanted is not None and position.role_id not in wanted:
            continue
        people += position.count
        percent += position.count * position.size_percent
        if position.size_percent >= _FULL_TIME_PERCENT:
            fulltime += position.count
        if position.size_percent > settings.continuity_threshold_percent:
            continuity += position.count
    return FulltimeFigures(
        people=people,
        fulltime_people=fulltime,
        continuity_people=continuity,
        fte=percent / 100.0,
        fulltime_share=fulltime / people if people else None,
        continuity_share=continuity / people if people else None,
        avg_position=percent / people if people else None,
    )


def weekend_hours(staffing: Iterable[ShiftStaffing], settings: Settings) -> float:
    """Staffed hours of one weekend = Σ weekend rows people × shift hours × 2 days."""
    return sum(
        row.count * settings.shift(row.shift).hours * WEEKEND_DAYS_PER_WEEKEND
        for row in staffing
        if row.day_type is DayType.WEEKEND
    )


@dataclass(frozen=True, slots=True)
class WeekendRow:
    """One cell of the weekend table (DESIGN §6.6)."""

    frequency: int  # every n-th weekend
    shift_hours: float  # length of a weekend shift, hours
    weekend_hours: float  # hours to staff per weekend
    shifts_needed: int  # per weekend
    people_needed: int
    max_avg_position: float | None  # percent; None when nobody is needed


def weekend_row(
    hours_per_weekend: float,
    frequency: int,
    shift_hours: float,
    total_fte: float,
    shifts_per_person: int = 2,
) -> WeekendRow:
    """One weekend-table row: shifts = ⌈hours ÷ L⌉, people = ⌈shifts × f ÷ shifts per person⌉,
    largest average position = min(100, total FTE ÷ people × 100) percent."""
    shifts = math.ceil(hours_per_weekend / shift_hours - _CEIL_TOLERANCE)
    shifts = max(shifts, 0)
    people = math.ceil(shifts * frequency / shifts_per_person - _CEIL_TOLERANCE)
    people = max(people, 0)
    largest = min(100.0, total_fte / people * 100.0) if people else None
    return WeekendRow(frequency, shift_hours, hours_per_weekend, shifts, people, largest)


def weekend_table(
    hours_per_weekend: float, total_fte: float, settings: Settings
) -> tuple[WeekendRow, ...]:
    """The weekend table for every frequency × weekend shift length in the settings."""
    return tuple(
        weekend_row(
            hours_per_weekend, frequency, length, total_fte, settings.weekend_shifts_per_person
        )
        for frequency in settings.weekend_frequencies
        for length in settings.weekend_shift_hours
    )


def weekend_frame(rows: Iterable[WeekendRow]) -> pd.DataFrame:
    """The weekend table as a frame: rows frequency, columns shift length, values max position."""
    import pandas as pd

    frame = pd.DataFrame(
        [(r.frequency, r.shift_hours, r.max_avg_position) for r in rows],
        columns=["frequency", "shift_hours", "max_avg_position"],
    )
    return frame.pivot(index="frequency", columns="shift_hours", values="max_avg_position")
