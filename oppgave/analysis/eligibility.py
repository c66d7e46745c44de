"""Which role may do which task, and which courses that takes (DESIGN §4, §6.3–6.4).

A role is **eligible** for a task when

1. the task's restriction allows the role (:meth:`Task.allows`), and
2. for every competence the task requires, the role has it by its education or a course can give
   it: a course for that competence whose ``min_level`` ≤ the role's LEON level.

When several courses give the same competence to a role, the cheapest per participant is used
(then the shortest, then the lowest id), everywhere in the analysis.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from oppgave.analysis.norwegian_text import join_names, quoted
from oppgave.domain.enums import Restriction
from oppgave.domain.records import Competence, Course, Role, Task
from oppgave.i18n import translate


@dataclass(frozen=True, slots=True)
class Qualification:
    """How one role stands to one task."""

    task_id: int
    role_id: int
    allowed: bool  # the restriction lets the role do the task
    missing: frozenset[int]  # required competences the role does not have
    courses: Mapping[int, Course]  # per missing competence that a course can give: the course

    @property
    def unreachable(self) -> frozenset[int]:
        """Missing competences that no course can give this role."""
        return self.missing - self.courses.keys()

    @property
    def eligible(self) -> bool:
        return self.allowed and not self.unreachable


class Qualifications:
    """Qualification look-ups for one catalogue of roles, competences and courses."""

    def __init__(
        self, roles: Sequence[Role], competences: Iterable[Competence], courses: Iterable[Course]
    ) -> None:
        self.roles = tuple(sorted(roles, key=lambda role: (role.sort_order, role.id)))
        self.role_by_id = {role.id: role for role in self.roles}
        self.competence_names = {c.id: c.name for c in competences}
        self._courses_by_competence: dict[int, list[Course]] = {}
        for course in sorted(courses, key=lambda c: (c.cost_per_participant, c.hours, c.id)):
            self._courses_by_competence.setdefault(course.competence_id, []).append(course)
        self._course_cache: dict[tuple[int, int], Course | None] = {}

    def competence_name(self, competence_id: int) -> str:
        return self.competence_names.get(competence_id, f"#{competence_id}")

    def course_for(self, role: Role, competence_id: int) -> Course | None:
        """The cheapest course that gives ``competence_id`` to ``role`` (min level ≤ its level)."""
        key = (role.id, competence_id)
        if key not in self._course_cache:
            self._course_cache[key] = next(
                (
                    course
                    for course in self._courses_by_competence.get(competence_id, ())
                    if course.min_level <= role.leon_level
                ),
                None,
            )
        return self._course_cache[key]

    def any_course(self, competence_id: int) -> Course | None:
        """The course with the lowest minimum level for a competence (for explanations)."""
        candidates = self._courses_by_competence.get(competence_id, [])
        return min(candidates, key=lambda c: (c.min_level, c.cost_per_participant), default=None)

    def qualify(self, task: Task, role: Role) -> Qualification:
        missing = task.competence_ids - role.competence_ids
        courses: dict[int, Course] = {}
        for competence_id in missing:
            course = self.course_for(role, competence_id)
            if course is not None:
                courses[competence_id] = course
        return Qualification(task.id, role.id, task.allows(role), frozenset(missing), courses)

    def eligible_roles(self, task: Task) -> list[tuple[Role, Qualification]]:
        """Roles that may do ``task`` (with the courses that needs), in catalogue order."""
        result = []
        for role in self.roles:
            qualification = self.qualify(task, role)
            if qualification.eligible:
                result.append((role, qualification))
        return result

    def restriction_text(self, task: Task) -> str:
        """The task's restriction in words, e.g. "bare autorisert helsepersonell"."""
        if task.restriction is Restriction.AUTHORISED:
            return translate("Eligibility", "bare autorisert helsepersonell")
        if task.restriction is Restriction.MIN_LEVEL:
            return translate("Eligibility", "bare roller på nivå {level} eller høyere").format(
                level=task.restriction_min_level or 0
            )
        if task.restriction is Restriction.ROLES:
            names = [r.name for r in self.roles if r.id in task.allowed_role_ids]
            if not names:
                return translate("Eligibility", "ingen roller (listen er tom)")
            return translate("Eligibility", "bare {roles}").format(roles=join_names(names))
        return translate("Eligibility", "alle roller")

    def why_not(self, task: Task, role: Role) -> str:
        """Why ``role`` may not do ``task`` ("" if it may), in Norwegian."""
        qualification = self.qualify(task, role)
        if not qualification.allowed:
            return translate("Eligibility", "restriksjonen tillater {who}").format(
                who=self.restriction_text(task)
            )
        parts = []
        for competence_id in sorted(qualification.unreachable):
            course = self.any_course(competence_id)
            name = self.competence_name(competence_id)
            if course is None:
                parts.append(
                    translate("Eligibility", "mangler {competence}, og ingen kurs gir den").format(
                        competence=name
                    )
                )
            else:
                parts.append(
                    translate(
                        "Eligibility", "mangler {competence} (kurset {course} krever nivå {level})"
                    ).format(competence=name, course=quoted(course.name), level=course.min_level)
                )
        return join_names(parts)

    def no_role_reason(self, task: Task) -> str:
        """Why no role can do ``task``: names the task, the restriction and the gaps."""
        head = translate("Eligibility", "Ingen rolle kan gjøre oppgaven {task}").format(
            task=quoted(task.name)
        )
        allowed = [role for role in self.roles if task.allows(role)]
        if not allowed:
            return translate(
                "Eligibility", "{head}: restriksjonen tillater {who}, og ingen slik rolle finnes."
            ).format(head=head, who=self.restriction_text(task))
        reasons = [f"{role.name} {self.why_not(task, role)}" for role in allowed]
        if task.restriction is Restriction.NONE:
            return f"{head}: {'; '.join(reasons)}."
        return translate("Eligibility", "{head}: restriksjonen tillater {who}; {reasons}.").format(
            head=head, who=self.restriction_text(task), reasons="; ".join(reasons)
        )
