"""Which competences a role lacks for a task, and which course would give them (DESIGN §4).

A role *has* competences by its education; a course gives one competence to roles whose LEON
level is at least the course's ``min_level``. The board warns on a card whose role lacks a
required competence and names the course that fixes it (cheapest first); a gap that no course
can close for that role (its level is too low) is shown as such.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from oppgave.domain.records import Competence, Course, Role, Task


@dataclass(frozen=True, slots=True)
class CompetenceGap:
    """A competence ``task`` requires that ``role`` does not have, and the courses (cheapest
    first) that would give it to the role; empty when no course is open to the role's level."""

    competence: Competence
    courses: tuple[Course, ...]

    @property
    def fixable(self) -> bool:
        return bool(self.courses)


def missing_competence_ids(task: Task, role: Role) -> frozenset[int]:
    """Competences the task requires and the role does not have."""
    return task.competence_ids - role.competence_ids


def fixing_courses(competence_id: int, role: Role, courses: Iterable[Course]) -> tuple[Course, ...]:
    """Courses for ``competence_id`` that ``role`` may take (min_level ≤ role's LEON level),
    cheapest first (cost per participant, then hours, then name)."""
    return tuple(
        sorted(
            (
                course
                for course in courses
                if course.competence_id == competence_id and course.min_level <= role.leon_level
            ),
            key=lambda c: (c.cost_per_participant, c.hours, c.name),
        )
    )


def competence_gaps(
    task: Task,
    role: Role,
    competences: Mapping[int, Competence],
    courses: Iterable[Course],
) -> tuple[CompetenceGap, ...]:
    """Every competence ``role`` lacks for ``task``, with the courses that would fix it, in
    the order of the competences' codes."""
    missing = missing_competence_ids(task, role)
    if not missing:
        return ()
    course_list = list(courses)
    gaps = [
        CompetenceGap(competences[c], fixing_courses(c, role, course_list))
        for c in missing
        if c in competences
    ]
    return tuple(sorted(gaps, key=lambda gap: gap.competence.code))
