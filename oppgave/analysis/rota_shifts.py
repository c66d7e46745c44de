"""Rota shift types (vakttyper) with real clock times, and the overlap between them.

The analysis divides the day into three non-overlapping shifts (``Settings.shifts``: dag, kveld,
natt). A rota uses shift types with real times that overlap for the handover (overlapptid) and may
include a long weekend shift (langvakt, default 12.5 hours). Each rota shift type **covers** one or
more analysis shifts: a person on it counts as one person on each of them in the bemanningsplan.
A long day shift covers the day and the evening shift; the part of the evening it does not reach
is reported (:func:`uncovered_minutes`).

Defaults (:func:`default_shift_types`), the common pattern in Norwegian nursing homes:

* D  dagvakt 07:30–15:00 (7.5 h), covers dag;
* A  aftenvakt 14:30–22:00 (7.5 h), covers kveld;
* N  nattevakt 21:45–07:45 (10 h), covers natt;
* L  langvakt 08:00–20:30 (12.5 h), weekends only, covers dag and kveld.

Overlap per week (:func:`overlap_minutes`): for two shift types that follow each other, the
minutes both are on duty, × the people on both; the handover time the rota pays for.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from oppgave.domain.enums import Shift
from oppgave.domain.records import Settings, ShiftDefinition

MINUTES_PER_DAY = 24 * 60


@dataclass(frozen=True, slots=True)
class RotaShiftType:
    """One shift type of a rota. ``end_minute`` ≤ ``start_minute`` means it ends the next day."""

    code: str
    name: str
    start_minute: int
    end_minute: int
    covers: tuple[Shift, ...]
    weekend_only: bool = False

    @property
    def length_minutes(self) -> int:
        """Minutes on duty (a shift crossing midnight ends the next day)."""
        length = (self.end_minute - self.start_minute) % MINUTES_PER_DAY
        return length or MINUTES_PER_DAY

    @property
    def hours(self) -> float:
        return self.length_minutes / 60.0

    @property
    def end_offset(self) -> int:
        """End in minutes from midnight of the start day (> 1440 when it ends the next day)."""
        return self.start_minute + self.length_minutes

    @property
    def is_long(self) -> bool:
        return len(self.covers) > 1

    def times(self) -> str:
        """«07:30–15:00»."""
        return f"{clock(self.start_minute)}–{clock(self.end_minute)}"


def clock(minute: int) -> str:
    """Minutes from midnight as «hh:mm»."""
    minute %= MINUTES_PER_DAY
    return f"{minute // 60:02d}:{minute % 60:02d}"


def default_shift_types(long_shift_hours: float = 12.5) -> tuple[RotaShiftType, ...]:
    """D, A, N and the long weekend shift L of ``long_shift_hours`` starting 08:00."""
    long_end = (8 * 60 + round(long_shift_hours * 60)) % MINUTES_PER_DAY
    return (
        RotaShiftType("D", "Dagvakt", 7 * 60 + 30, 15 * 60, (Shift.DAY,)),
        RotaShiftType("A", "Aftenvakt", 14 * 60 + 30, 22 * 60, (Shift.EVENING,)),
        RotaShiftType("N", "Nattevakt", 21 * 60 + 45, 7 * 60 + 45, (Shift.NIGHT,)),
        RotaShiftType(
            "L", "Langvakt", 8 * 60, long_end, (Shift.DAY, Shift.EVENING), weekend_only=True
        ),
    )


def shift_types_from_settings(settings: Settings) -> tuple[RotaShiftType, ...]:
    """One rota shift type per analysis shift with the analysis times (no overlap), plus L."""
    codes = {
        Shift.DAY: ("D", "Dagvakt"),
        Shift.EVENING: ("A", "Aftenvakt"),
        Shift.NIGHT: ("N", "Nattevakt"),
    }
    types = [
        RotaShiftType(
            codes[d.shift][0], codes[d.shift][1], d.start_minute, d.end_minute, (d.shift,)
        )
        for d in settings.shifts
    ]
    return (*types, default_shift_types()[-1])


def covered_minutes(shift_type: RotaShiftType, definition: ShiftDefinition) -> int:
    """Minutes of the analysis shift ``definition`` (same start day) that ``shift_type`` is on
    duty for."""
    start = definition.start_minute
    end = start + definition.window.length_minutes
    return max(0, min(end, shift_type.end_offset) - max(start, shift_type.start_minute))


def uncovered_minutes(shift_type: RotaShiftType, settings: Settings) -> dict[Shift, int]:
    """Per analysis shift the type covers: minutes of that shift it is not on duty for."""
    result: dict[Shift, int] = {}
    for shift in shift_type.covers:
        definition = settings.shift(shift)
        missing = definition.window.length_minutes - covered_minutes(shift_type, definition)
        if missing > 0:
            result[shift] = missing
    return result


def overlap_minutes(first: RotaShiftType, second: RotaShiftType) -> int:
    """Minutes ``second`` (starting the same day, or the next day if it starts earlier in the
    clock day than ``first``) is on duty while ``first`` still is: the handover."""
    start = second.start_minute
    if start < first.start_minute:
        start += MINUTES_PER_DAY
    end = start + second.length_minutes
    return max(0, min(first.end_offset, end) - max(first.start_minute, start))


@dataclass(frozen=True, slots=True)
class Overlap:
    """Overlap between two shift types that follow each other, minutes per handover."""

    first: str
    second: str
    minutes: int


def overlaps(types: Iterable[RotaShiftType]) -> tuple[Overlap, ...]:
    """Every handover: pairs of shift types covering different analysis shifts where the second
    starts while the first is on (a long shift running alongside a day shift is no handover)."""
    types = tuple(types)
    result = []
    for first in types:
        for second in types:
            if first.code == second.code or set(first.covers) & set(second.covers):
                continue
            minutes = overlap_minutes(first, second)
            if minutes > 0 and first.start_minute != second.start_minute:
                result.append(Overlap(first.code, second.code, minutes))
    return tuple(result)
