"""Workload (DESIGN §6.1): hours per week per task, role, category, shift and hour of the week.

Units: every figure is **hours of work per week** (staff-hours: a task that needs two people for
30 minutes is one hour). In the 7 × 24 døgnrytme matrix a cell is the hours of work that fall in
that clock hour in a week, which is also the average number of people busy with tasks in that
hour, so it can be drawn directly against the staffing per shift (:func:`staffing_rhythm`).

Rules (see also :mod:`oppgave.analysis.department_arrays`):

* hours per week of a task = occurrences per week × duration / 60 × staff at once;
* hours of a role = Σ over tasks of task hours × the role's share / 100;
* a task's occurrences are divided evenly over the days in its day mask and spread uniformly over
  the minutes of its time windows; windows that cross midnight spill into the next day (Sunday
  into Monday); a task without windows counts as day-shift work;
* a shift belongs to the day it starts on; Saturday and Sunday are weekend days.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from oppgave.analysis.department_arrays import (
    DAY_TYPE_OF_DAY,
    DAYS_OF_TYPE,
    DAYS_PER_WEEK,
    HOURS_PER_DAY,
    DepartmentArrays,
    FloatArray,
    fold_to_week,
)
from oppgave.domain.enums import Category, DayType, Shift
from oppgave.domain.records import AssignmentMap, DepartmentData, Settings, ShiftStaffing, Task

if TYPE_CHECKING:
    import pandas as pd  # only the *_frame helpers build frames, importing pandas themselves

ShiftKey = tuple[Shift, DayType]
RoleShiftKey = tuple[int, Shift, DayType]


def task_hours(tasks: Iterable[Task]) -> dict[int, float]:
    """Hours per week per task id = occurrences per week × duration / 60 × staff at once."""
    return {task.id: task.hours_per_week for task in tasks}


def role_hours(tasks: Iterable[Task], assignments: AssignmentMap) -> dict[int, float]:
    """Hours per week per role id = Σ over tasks of task hours × share / 100.

    Only roles with at least one share appear; see :func:`workload` for every role of a
    department.
    """
    result: dict[int, float] = {}
    for task in tasks:
        hours = task.hours_per_week
        for role_id, share in assignments.get(task.id, {}).items():
            result[role_id] = result.get(role_id, 0.0) + hours * share / 100.0
    return result


def unassigned_hours(tasks: Iterable[Task], assignments: AssignmentMap) -> float:
    """Hours per week not given to any role = Σ task hours × max(0, 1 − Σ shares / 100)."""
    total = 0.0
    for task in tasks:
        given = sum(assignments.get(task.id, {}).values())
        total += task.hours_per_week * max(0.0, 1.0 - given / 100.0)
    return total


def category_hours(tasks: Iterable[Task]) -> dict[Category, float]:
    """Hours per week per task category (every category present, 0 if it has no tasks)."""
    result = dict.fromkeys(Category, 0.0)
    for task in tasks:
        result[task.category] += task.hours_per_week
    return result


@dataclass(frozen=True, slots=True)
class Workload:
    """The workload of one department under one assignment; every figure in hours per week.

    ``rhythm`` is the 7 × 24 døgnrytme matrix (Monday = row 0, clock hour = column), and
    ``role_rhythm`` the same per role id. ``shift_hours`` and ``role_shift_hours`` hold the hours
    per (shift, day type) summed over the days of that type (5 weekdays, 2 weekend days).
    """

    task_hours: Mapping[int, float]
    role_hours: Mapping[int, float]
    unassigned_hours: float
    category_hours: Mapping[Category, float]
    shift_hours: Mapping[ShiftKey, float]
    role_shift_hours: Mapping[RoleShiftKey, float]
    rhythm: FloatArray
    role_rhythm: Mapping[int, FloatArray]

    @property
    def total_hours(self) -> float:
        """Σ task hours per week (assigned or not)."""
        return float(sum(self.task_hours.values()))

    def role_shift_frame(self) -> pd.DataFrame:
        """``role_shift_hours`` as a frame: rows role id, columns (shift, day type)."""
        import pandas as pd

        if not self.role_shift_hours:
            return pd.DataFrame()
        series = pd.Series(self.role_shift_hours, dtype=float)
        series.index = series.index.set_names(["role_id", "shift", "day_type"])
        return series.unstack(["shift", "day_type"]).fillna(0.0)

    def rhythm_frame(self, role_id: int | None = None) -> pd.DataFrame:
        """The døgnrytme matrix as a frame (rows Monday … Sunday as 0–6, columns hour 0–23)."""
        import pandas as pd

        matrix = self.rhythm if role_id is None else self.role_rhythm[role_id]
        return pd.DataFrame(matrix, index=range(DAYS_PER_WEEK), columns=range(HOURS_PER_DAY))


def compute_workload(arrays: DepartmentArrays, shares: FloatArray) -> Workload:
    """Every workload figure from prebuilt arrays and a share matrix (see :func:`workload`)."""
    tasks, roles = arrays.tasks, arrays.roles
    hours = tasks.hours
    by_role = hours @ shares if len(tasks) else np.zeros(len(roles))
    given = shares.sum(axis=1) if len(roles) else np.zeros(len(tasks))
    unassigned = float(np.sum(hours * np.clip(1.0 - given, 0.0, None)))

    categories = dict.fromkeys(Category, 0.0)
    for task, task_hour in zip(tasks.tasks, hours, strict=True):
        categories[task.category] += float(task_hour)

    hours_by_day = tasks.hours_by_day()
    # 7 × 48 hours counted from each start day, then folded onto the clock week.
    total_by_start = hours_by_day.T @ tasks.hour_profile
    rhythm = fold_to_week(total_by_start)
    role_by_start = np.einsum("tr,td,th->rdh", shares, hours_by_day, tasks.hour_profile)
    role_rhythm = fold_to_week(role_by_start)

    by_instance = tasks.hours_by_shift_instance()  # n × S × 7
    weekend = np.array([t is DayType.WEEKEND for t in DAY_TYPE_OF_DAY])
    shift_totals = by_instance.sum(axis=0)  # S × 7
    role_instance = np.einsum("tr,tsd->rsd", shares, by_instance)  # R × S × 7
    shift_hours: dict[ShiftKey, float] = {}
    role_shift: dict[RoleShiftKey, float] = {}
    for s, definition in enumerate(tasks.shifts):
        for day_type, days in ((DayType.WEEKDAY, ~weekend), (DayType.WEEKEND, weekend)):
            shift_hours[(definition.shift, day_type)] = float(shift_totals[s, days].sum())
            for r, role in enumerate(roles.roles):
                role_shift[(role.id, definition.shift, day_type)] = float(
                    role_instance[r, s, days].sum()
                )
    return Workload(
        task_hours={task.id: float(h) for task, h in zip(tasks.tasks, hours, strict=True)},
        role_hours={role.id: float(by_role[r]) for r, role in enumerate(roles.roles)},
        unassigned_hours=unassigned,
        category_hours=categories,
        shift_hours=shift_hours,
        role_shift_hours=role_shift,
        rhythm=rhythm,
        role_rhythm={role.id: role_rhythm[r] for r, role in enumerate(roles.roles)},
    )


def workload(data: DepartmentData, assignments: AssignmentMap) -> Workload:
    """All workload figures of a department under ``assignments`` (hours per week).

    Per role: Σ task hours × share / 100 (every role of the department, 0 if unused); per
    category: Σ task hours; per (shift, day type) and per (role, shift, day type): the hours whose
    minutes fall in that shift (a shift belongs to the day it starts on); døgnrytme: 7 × 24 hours.
    """
    arrays = DepartmentArrays.build(data.tasks, data.roles, data.settings)
    return compute_workload(arrays, arrays.shares(assignments))


def weekly_rhythm(
    data: DepartmentData, assignments: AssignmentMap | None = None, role_id: int | None = None
) -> FloatArray:
    """The 7 × 24 døgnrytme matrix in hours of work per clock hour per week.

    Without ``role_id``: all tasks (assignments are not needed). With ``role_id``: only that
    role's share of each task. Σ of the matrix = the hours per week it covers.
    """
    arrays = DepartmentArrays.build(data.tasks, data.roles, data.settings)
    tasks = arrays.tasks
    weights = tasks.hours_by_day()
    if role_id is not None:
        shares = arrays.shares(assignments or {})
        weights = weights * shares[:, arrays.roles.index[role_id], None]
    return fold_to_week(weights.T @ tasks.hour_profile)


def shift_hours(tasks: Sequence[Task], settings: Settings) -> dict[ShiftKey, float]:
    """Hours per week per (shift, day type): the task minutes inside each shift, summed."""
    arrays = DepartmentArrays.build(tasks, (), settings)
    return dict(compute_workload(arrays, np.zeros((len(tasks), 0))).shift_hours)


def staffing_hours(
    staffing: Iterable[ShiftStaffing], settings: Settings
) -> dict[RoleShiftKey, float]:
    """Staffed hours per week per (role, shift, day type) = people × shift hours × days.

    Days: 5 for weekdays, 2 for weekends. Comparable with :attr:`Workload.role_shift_hours`.
    """
    result: dict[RoleShiftKey, float] = {}
    for row in staffing:
        key = (row.role_id, row.shift, row.day_type)
        hours = row.count * settings.shift(row.shift).hours * DAYS_OF_TYPE[row.day_type]
        result[key] = result.get(key, 0.0) + hours
    return result


def staffing_rhythm(
    staffing: Iterable[ShiftStaffing], settings: Settings, role_ids: Iterable[int] | None = None
) -> FloatArray:
    """People on duty per clock hour of the week (7 × 24), from the staffing per shift.

    A cell is the people at work in that hour (people × the share of the hour the shift covers);
    shifts crossing midnight count on the next day's early hours. Only ``role_ids`` if given.
    """
    wanted = None if role_ids is None else set(role_ids)
    by_start = np.zeros((DAYS_PER_WEEK, 2 * HOURS_PER_DAY), dtype=np.float64)
    hour_lo = np.arange(2 * HOURS_PER_DAY, dtype=np.float64) * 60.0
    for row in staffing:
        if wanted is not None and row.role_id not in wanted:
            continue
        definition = settings.shift(row.shift)
        start = float(definition.start_minute)
        end = start + definition.window.length_minutes
        covered = np.clip(np.minimum(end, hour_lo + 60.0) - np.maximum(start, hour_lo), 0, None)
        for day in range(DAYS_PER_WEEK):
            if DAY_TYPE_OF_DAY[day] is row.day_type:
                by_start[day] += row.count * covered / 60.0
    return fold_to_week(by_start)
