"""A department's tasks, roles and assignments as numpy arrays, built once per analysis.

Every figure in DESIGN §6 that depends on *when* work happens comes from three per-task arrays,
computed here with interval arithmetic on minutes (no per-minute loops):

``day_share`` (n × 7)
    The share of the task's weekly occurrences on each weekday, Monday = 0. The occurrences per
    week (:meth:`Frequency.occurrences_per_week`) are divided evenly over the days in the task's
    day mask, whatever the frequency unit; an empty mask counts as every day.
``hour_profile`` (n × 48)
    The share of one day's occurrences in each clock hour, counted from midnight at the start of
    that day. Occurrences are spread uniformly over the minutes of the task's time windows;
    hours 24–47 hold what a window crossing midnight spills into the next day. A task with no
    window counts as working in the day shift (:data:`Shift.DAY` of the settings).
``shift_share`` (n × S × 3)
    The share of one day's occurrences that falls in shift ``s`` started the day before
    (index 0), the same day (index 1) or the next day (index 2). A shift belongs to the day it
    starts on, so Sunday's night shift (23–07) is a weekend shift, Friday's is a weekday shift.

Windows of one task that overlap are merged, so no minute counts twice.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from oppgave.domain.enums import ALL_DAYS, DayType, Shift
from oppgave.domain.records import (
    MINUTES_PER_DAY,
    AssignmentMap,
    Role,
    Settings,
    ShiftDefinition,
    Task,
)

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]

DAYS_PER_WEEK = 7
HOURS_PER_DAY = 24
#: Monday … Sunday; Saturday (5) and Sunday (6) are the weekend.
WEEKEND_DAYS = (5, 6)
DAY_TYPE_OF_DAY: tuple[DayType, ...] = (DayType.WEEKDAY,) * 5 + (DayType.WEEKEND,) * 2
DAYS_OF_TYPE: Mapping[DayType, int] = {DayType.WEEKDAY: 5, DayType.WEEKEND: 2}


def day_shift_window(settings: Settings) -> tuple[int, int]:
    """The day shift as ``(start, length)`` in minutes: where a task without windows works."""
    for definition in settings.shifts:
        if definition.shift is Shift.DAY:
            return definition.start_minute, definition.window.length_minutes
    first = settings.shifts[0]
    return first.start_minute, first.window.length_minutes


def _merged_intervals(task: Task, fallback: tuple[int, int]) -> list[tuple[int, int]]:
    """The task's windows as merged ``[start, end)`` minute intervals on a two-day axis."""
    if task.windows:
        raw = sorted((w.start_minute, w.start_minute + w.length_minutes) for w in task.windows)
    else:
        raw = [(fallback[0], fallback[0] + fallback[1])]
    merged: list[tuple[int, int]] = []
    for start, end in raw:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _overlap(starts: FloatArray, ends: FloatArray, lo: FloatArray, hi: FloatArray) -> FloatArray:
    """Minutes of each interval ``[starts, ends)`` inside each bin ``[lo, hi)`` (m × bins)."""
    inside: FloatArray = np.clip(
        np.minimum(ends[:, None], hi[None, :]) - np.maximum(starts[:, None], lo[None, :]),
        0.0,
        None,
    )
    return inside


@dataclass(frozen=True, slots=True)
class RoleArrays:
    """The department's roles in catalogue order (sort order, then id)."""

    roles: tuple[Role, ...]
    index: Mapping[int, int]
    hourly_cost: FloatArray
    level: IntArray

    @classmethod
    def build(cls, roles: Sequence[Role]) -> RoleArrays:
        ordered = tuple(sorted(roles, key=lambda role: (role.sort_order, role.id)))
        return cls(
            roles=ordered,
            index={role.id: i for i, role in enumerate(ordered)},
            hourly_cost=np.array([role.hourly_cost for role in ordered], dtype=np.float64),
            level=np.array([role.leon_level for role in ordered], dtype=np.int64),
        )

    def __len__(self) -> int:
        return len(self.roles)


@dataclass(frozen=True, slots=True)
class TaskArrays:
    """Per-task figures and time geometry (see the module docstring for the shapes)."""

    tasks: tuple[Task, ...]
    index: Mapping[int, int]
    hours: FloatArray  # hours per week
    occurrences: FloatArray  # occurrences per week
    day_share: FloatArray  # n × 7
    hour_profile: FloatArray  # n × 48
    shift_share: FloatArray  # n × S × 3
    shifts: tuple[ShiftDefinition, ...]

    @classmethod
    def build(cls, tasks: Sequence[Task], settings: Settings) -> TaskArrays:
        ordered = tuple(tasks)
        n = len(ordered)
        shifts = tuple(settings.shifts)
        fallback = day_shift_window(settings)
        hours = np.empty(n, dtype=np.float64)
        occurrences = np.empty(n, dtype=np.float64)
        day_share = np.zeros((n, DAYS_PER_WEEK), dtype=np.float64)
        window_task: list[int] = []
        window_start: list[int] = []
        window_end: list[int] = []
        masks: dict[int, FloatArray] = {}
        for i, task in enumerate(ordered):
            occurrences[i] = task.frequency.occurrences_per_week()
            hours[i] = occurrences[i] * task.duration_minutes / 60.0 * task.staff_count
            days = task.frequency.days & ALL_DAYS or ALL_DAYS
            mask = masks.get(days)
            if mask is None:
                selected = np.array([(days >> d) & 1 for d in range(DAYS_PER_WEEK)], dtype=float)
                mask = selected / selected.sum()
                masks[days] = mask
            day_share[i] = mask
            for start, end in _merged_intervals(task, fallback):
                window_task.append(i)
                window_start.append(start)
                window_end.append(end)
        task_of_window = np.array(window_task, dtype=np.int64)
        starts = np.array(window_start, dtype=np.float64)
        ends = np.array(window_end, dtype=np.float64)
        minutes = np.bincount(task_of_window, weights=ends - starts, minlength=n)
        minutes[minutes == 0] = 1.0  # only reachable for n == 0; keeps the division safe

        hour_lo = np.arange(2 * HOURS_PER_DAY, dtype=np.float64) * 60.0
        hour_profile = np.zeros((n, 2 * HOURS_PER_DAY), dtype=np.float64)
        np.add.at(hour_profile, task_of_window, _overlap(starts, ends, hour_lo, hour_lo + 60.0))
        hour_profile /= minutes[:, None]

        # Shift s started on day k - 1 relative to the window's day (k = 0, 1, 2).
        shift_lo = np.array(
            [
                (k - 1) * MINUTES_PER_DAY + definition.start_minute
                for definition in shifts
                for k in range(3)
            ],
            dtype=np.float64,
        )
        shift_len = np.repeat(
            np.array([d.window.length_minutes for d in shifts], dtype=np.float64), 3
        )
        shift_minutes = np.zeros((n, len(shifts) * 3), dtype=np.float64)
        np.add.at(
            shift_minutes, task_of_window, _overlap(starts, ends, shift_lo, shift_lo + shift_len)
        )
        shift_share: FloatArray = (shift_minutes / minutes[:, None]).reshape(n, len(shifts), 3)
        return cls(
            tasks=ordered,
            index={task.id: i for i, task in enumerate(ordered)},
            hours=hours,
            occurrences=occurrences,
            day_share=day_share,
            hour_profile=hour_profile,
            shift_share=shift_share,
            shifts=shifts,
        )

    def __len__(self) -> int:
        return len(self.tasks)

    def hours_by_day(self) -> FloatArray:
        """Hours per week of each task on each weekday (n × 7)."""
        return self.hours[:, None] * self.day_share

    def per_shift_instance(self, per_day: FloatArray) -> FloatArray:
        """Spread a per-task-per-day quantity (n × 7) over shift instances (n × S × 7).

        Result ``[t, s, d]`` is the part of the quantity in shift ``s`` *started* on day ``d``:
        ``Σ_k per_day[t, d − (k − 1)] × shift_share[t, s, k]`` (weeks wrap Sunday → Monday).
        """
        result = np.zeros((len(self), len(self.shifts), DAYS_PER_WEEK), dtype=np.float64)
        for k in range(3):
            # shift started on day d covers what started on day d - (k - 1) at offset k
            rolled = np.roll(per_day, k - 1, axis=1)
            result += rolled[:, None, :] * self.shift_share[:, :, k, None]
        return result

    def hours_by_shift_instance(self) -> FloatArray:
        """Hours per week of each task in shift ``s`` started on weekday ``d`` (n × S × 7)."""
        return self.per_shift_instance(self.hours_by_day())

    def occurrences_by_shift_instance(self) -> FloatArray:
        """Occurrences per week of each task in shift ``s`` started on weekday ``d`` (n × S × 7)."""
        return self.per_shift_instance(self.occurrences[:, None] * self.day_share)


def fold_to_week(by_start_day: FloatArray) -> FloatArray:
    """Fold ``(..., 7, 48)`` hours counted from each start day into ``(..., 7, 24)`` clock hours.

    Hours 24–47 of day ``d`` are hours 0–23 of day ``d + 1``; Sunday spills into Monday.
    """
    same_day = by_start_day[..., :HOURS_PER_DAY]
    next_day = np.roll(by_start_day[..., HOURS_PER_DAY:], 1, axis=-2)
    result: FloatArray = same_day + next_day
    return result


def share_matrix(tasks: TaskArrays, roles: RoleArrays, assignments: AssignmentMap) -> FloatArray:
    """Shares as fractions, ``W[t, r] = share in % / 100`` (n × R); missing tasks are all 0.

    Raises :class:`KeyError` for a role id that is not one of the department's roles.
    """
    return share_matrix_of(tasks.index, len(tasks), roles, assignments)


def share_matrix_of(
    task_index: Mapping[int, int], task_count: int, roles: RoleArrays, assignments: AssignmentMap
) -> FloatArray:
    """:func:`share_matrix` from a task id → row map alone (the comparison of many departments
    needs only the tasks' hours, not their time geometry)."""
    matrix = np.zeros((task_count, len(roles)), dtype=np.float64)
    for task_id, shares in assignments.items():
        row = task_index.get(task_id)
        if row is None:
            continue
        for role_id, share in shares.items():
            column = roles.index.get(role_id)
            if column is None:
                raise KeyError(f"assignment of task {task_id} names unknown role id {role_id}")
            matrix[row, column] += share / 100.0
    return matrix


@dataclass(frozen=True, slots=True)
class DepartmentArrays:
    """Tasks and roles of one department, built once and shared by the analysis functions."""

    tasks: TaskArrays
    roles: RoleArrays
    settings: Settings

    @classmethod
    def build(
        cls, tasks: Sequence[Task], roles: Sequence[Role], settings: Settings
    ) -> DepartmentArrays:
        """The arrays of ``tasks`` and ``roles``; the same objects asked again (the next
        scenario of the department, its pricing) get the arrays already built.

        The analysis of one department asks for them once per scenario and once more per cost
        model: at 10 000 tasks that was a sixth of ``analyse``. The arrays are made read-only
        so that sharing them can never pass one caller's change on to the next.
        """
        global _last_built
        last = _last_built
        if last is not None and last[0] is tasks and last[1] is roles and last[2] is settings:
            return last[3]
        built = cls(TaskArrays.build(tasks, settings), RoleArrays.build(roles), settings)
        for array in (
            built.tasks.hours,
            built.tasks.occurrences,
            built.tasks.day_share,
            built.tasks.hour_profile,
            built.tasks.shift_share,
            built.roles.hourly_cost,
            built.roles.level,
        ):
            array.flags.writeable = False
        if isinstance(tasks, tuple) and isinstance(roles, tuple):  # immutable: safe to keep
            _last_built = (tasks, roles, settings, built)
        return built

    def shares(self, assignments: AssignmentMap) -> FloatArray:
        return share_matrix(self.tasks, self.roles, assignments)


#: The last arrays built and what they were built from (see :meth:`DepartmentArrays.build`):
#: one slot, keyed on the identity of immutable inputs, held only until the next department.
_last_built: tuple[tuple[Task, ...], tuple[Role, ...], Settings, DepartmentArrays] | None = None
