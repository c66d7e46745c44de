"""Competence-upgrade plan (DESIGN §6.5): who must take which course, how many, at what cost.

For every (role, competence) that a scenario needs and the role lacks — the role has a share of
a task requiring the competence — the plan gives:

* **shifts per week needing it** = Σ over the 21 shift instances of the week (3 shifts × 7 days)
  of min(1, occurrences per week of those tasks in that shift instance). A shift in which the
  tasks occur at least once a week counts 1; a task occurring once a month counts 12/52 ≈ 0.23
  in its shift. The role's share of a task does not reduce this: nobody knows in advance which
  occurrence the role takes, so someone with the competence must be on each such shift.
* **shifts one person works per week** = the role's average position size / 100 ×
  hours_per_fte ÷ the average shift length (the mean of the shift definitions, 8 h by default).
  A role without positions is counted as full time (100 %).
* **people** = ⌈shifts needing it ÷ shifts per person × (1 + absence allowance)⌉, capped by the
  people in the role's current positions. A role with no positions is not capped: the note
  says so rather than planning 0 people.
* **course hours** = people × course hours; **cost** = people × cost per participant (kroner,
  once). The course is the cheapest one that gives the competence to the role.

Worked example: Helsefagarbeider (4 × 75 %) takes insulin at 08:00 and 20:00 every day, windows
07:30–08:30 and 19:30–20:30: 7 day + 7 evening shifts = 14 shifts a week. One person works
0.75 × 35.5 ÷ 8 = 3.33 shifts a week; 14 ÷ 3.33 × 1.10 = 4.63 → 5 people, capped at the 4 in
the role → 4 take "Insulinopplæring": 4 × 8 = 32 course hours, 4 × 2 500 = 10 000 kroner.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from oppgave.analysis.department_arrays import DepartmentArrays, FloatArray
from oppgave.analysis.eligibility import Qualifications
from oppgave.domain.records import (
    AssignmentMap,
    Course,
    DepartmentData,
    Position,
    Role,
    Settings,
)
from oppgave.i18n import translate

#: Tolerance for rounding people up: 4.0000000001 people is 4, not 5.
_CEIL_TOLERANCE = 1e-9


def shifts_needing(occurrences_by_instance: FloatArray) -> float:
    """Shifts per week needing a competence = Σ_(shift, day) min(1, Σ_tasks occurrences).

    ``occurrences_by_instance`` is (tasks × shifts × 7) occurrences per week per shift instance.
    """
    if occurrences_by_instance.size == 0:
        return 0.0
    return float(np.minimum(occurrences_by_instance.sum(axis=0), 1.0).sum())


@functools.lru_cache(maxsize=16)  # called per plan row; settings are frozen and few
def average_shift_hours(settings: Settings) -> float:
    """Mean length of the shift definitions in hours (8 h with the default shifts)."""
    return sum(d.hours for d in settings.shifts) / len(settings.shifts)


def shifts_per_person(avg_position_percent: float, settings: Settings) -> float:
    """Shifts one person works per week = position % / 100 × hours_per_fte ÷ average shift hours."""
    return avg_position_percent / 100.0 * settings.hours_per_fte / average_shift_hours(settings)


def people_needed(shifts_per_week: float, per_person: float, absence_allowance: float) -> int:
    """People who need a course = ⌈shifts per week ÷ shifts per person × (1 + absence)⌉."""
    if shifts_per_week <= 0.0:
        return 0
    return math.ceil(shifts_per_week / per_person * (1.0 + absence_allowance) - _CEIL_TOLERANCE)


def role_staff(positions: Iterable[Position], role_id: int) -> tuple[int, float | None]:
    """People in a role's current positions and their average position size (%, or ``None``)."""
    people = 0
    percent = 0.0
    for position in positions:
        if position.role_id == role_id and position.count > 0:
            people += position.count
            percent += position.count * position.size_percent
    return people, (percent / people if people else None)


@dataclass(frozen=True, slots=True)
class UpgradeNeed:
    """One row of the competence-upgrade plan (units: people, hours once, kroner once)."""

    role_id: int
    role_name: str
    competence_id: int
    competence_name: str
    course_id: int | None  # None: no course can give the competence to this role
    course_name: str | None
    task_ids: tuple[int, ...]
    shifts_per_week: float
    shifts_per_person: float
    people_uncapped: int
    people: int
    staff_in_role: int | None  # None: the role has no positions recorded
    hours: float
    cost: float
    note: str


def plan_upgrade(
    role: Role,
    competence_id: int,
    competence_name: str,
    course: Course | None,
    task_ids: Sequence[int],
    occurrences_by_instance: FloatArray,
    positions: Sequence[Position],
    settings: Settings,
) -> UpgradeNeed:
    """One plan row for ``role`` and ``competence_id`` needed by the tasks given (formulas above).

    ``occurrences_by_instance`` holds only those tasks' occurrences (tasks × shifts × 7).
    """
    staff, average = role_staff(positions, role.id)
    per_person = shifts_per_person(average if average is not None else 100.0, settings)
    shifts = shifts_needing(occurrences_by_instance)
    uncapped = people_needed(shifts, per_person, settings.absence_allowance)
    notes: list[str] = []
    if staff:
        people = min(uncapped, staff)
        if people < uncapped:
            notes.append(
                translate("Upgrades", "begrenset til de {staff} ansatte i rollen").format(
                    staff=staff
                )
            )
    else:
        people = uncapped
        notes.append(
            translate(
                "Upgrades", "ingen stillinger registrert for rollen: regnet 100 % og ikke begrenset"
            )
        )
    if course is None:
        notes.append(translate("Upgrades", "ingen kurs gir kompetansen til denne rollen"))
    return UpgradeNeed(
        role_id=role.id,
        role_name=role.name,
        competence_id=competence_id,
        competence_name=competence_name,
        course_id=course.id if course else None,
        course_name=course.name if course else None,
        task_ids=tuple(task_ids),
        shifts_per_week=shifts,
        shifts_per_person=per_person,
        people_uncapped=uncapped,
        people=people,
        staff_in_role=staff or None,
        hours=people * course.hours if course else 0.0,
        cost=people * course.cost_per_participant if course else 0.0,
        note="; ".join(notes),
    )


def plan_from_arrays(
    arrays: DepartmentArrays,
    shares: FloatArray,
    qualifications: Qualifications,
    positions: Sequence[Position],
    occurrences_by_instance: FloatArray | None = None,
) -> tuple[UpgradeNeed, ...]:
    """:func:`upgrade_plan` on prebuilt arrays and a share matrix (n × R, fractions)."""
    tasks, roles = arrays.tasks, arrays.roles
    needed: dict[tuple[int, int], list[int]] = {}
    rows, columns = np.nonzero(shares > 0.0)
    for t, r in zip(rows.tolist(), columns.tolist(), strict=True):
        task = tasks.tasks[t]
        for competence_id in task.competence_ids - roles.roles[r].competence_ids:
            needed.setdefault((r, competence_id), []).append(t)
    if not needed:
        return ()
    if occurrences_by_instance is None:
        occurrences_by_instance = tasks.occurrences_by_shift_instance()
    plan = []
    for (r, competence_id), task_rows in sorted(
        needed.items(),
        key=lambda item: (item[0][0], qualifications.competence_name(item[0][1])),
    ):
        role = roles.roles[r]
        plan.append(
            plan_upgrade(
                role,
                competence_id,
                qualifications.competence_name(competence_id),
                qualifications.course_for(role, competence_id),
                [tasks.tasks[t].id for t in task_rows],
                occurrences_by_instance[task_rows],
                positions,
                arrays.settings,
            )
        )
    return tuple(plan)


def upgrade_plan(data: DepartmentData, assignments: AssignmentMap) -> tuple[UpgradeNeed, ...]:
    """The competence-upgrade plan for ``assignments`` (see the module docstring for formulas).

    Rows are ordered by role (catalogue order), then competence name.
    """
    arrays = DepartmentArrays.build(data.tasks, data.roles, data.settings)
    qualifications = Qualifications(data.roles, data.competences, data.courses)
    return plan_from_arrays(arrays, arrays.shares(assignments), qualifications, data.positions)
