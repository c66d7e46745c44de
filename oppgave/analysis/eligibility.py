"""Which role may do which task, and which courses that takes (DESIGN §4, §6.3–6.4).

A role is **allowed** a task when

* the task's restriction allows the role (:meth:`Task.allows`), and
* the role is not a **support role** (støttefunksjon: ``Settings.support_role_codes``, by
  default Merkantil and Renholder / kjøkken / service), or the task's category is practical or
  administrative (:data:`SUPPORT_ROLE_CATEGORIES`). Support roles are cheap and can get care
  competences through level-0 courses, but they are not care staff: a proposal never gives them
  personal care, documentation or other patient work. «I dag» may still record that they do
  (it is reality); every proposal — LEON, the optimiser, a user's — respects the rule.

A role is **eligible** for a task when it is allowed the task and, for every competence the task
requires, the role has it by its education or a course can give it: a course for that competence
whose ``min_level`` ≤ the role's LEON level.

This module is the one place these rules live: build :class:`Qualifications` with
:meth:`Qualifications.for_department` (it reads the support roles from the settings) and ask it
(:meth:`~Qualifications.allows`, :meth:`~Qualifications.refusal`,
:meth:`~Qualifications.eligible_roles`).

When several courses give the same competence to a role, the cheapest per participant is used
(then the shortest, then the lowest id), everywhere in the analysis.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from oppgave.analysis.norwegian_text import join_names, quoted
from oppgave.domain.enums import Category, Restriction
from oppgave.domain.records import Competence, Course, DepartmentData, Role, Task
from oppgave.i18n import translate

#: The task categories a support role (``Settings.support_role_codes``) may take in a proposal.
SUPPORT_ROLE_CATEGORIES: frozenset[Category] = frozenset(
    {Category.PRACTICAL, Category.ADMINISTRATIVE}
)


@dataclass(frozen=True, slots=True)
class Qualification:
    """How one role stands to one task."""

    task_id: int
    role_id: int
    allowed: bool  # the restriction and the support-role rule let the role do the task
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
    """Qualification look-ups for one catalogue of roles, competences and courses.

    ``support_role_codes``: the codes of the support roles (see the module docstring); use
    :meth:`for_department` to take them from the workspace settings.
    """

    def __init__(
        self,
        roles: Sequence[Role],
        competences: Iterable[Competence],
        courses: Iterable[Course],
        support_role_codes: Iterable[str] = (),
    ) -> None:
        self.roles = tuple(sorted(roles, key=lambda role: (role.sort_order, role.id)))
        self.role_by_id = {role.id: role for role in self.roles}
        support_codes = frozenset(support_role_codes)
        self.support_role_ids = frozenset(r.id for r in self.roles if r.code in support_codes)
        self.competence_names = {c.id: c.name for c in competences}
        self._courses_by_competence: dict[int, list[Course]] = {}
        for course in sorted(courses, key=lambda c: (c.cost_per_participant, c.hours, c.id)):
            self._courses_by_competence.setdefault(course.competence_id, []).append(course)
        self._course_cache: dict[tuple[int, int], Course | None] = {}

    @classmethod
    def for_department(cls, data: DepartmentData) -> Qualifications:
        """The qualifications of a department's catalogue under its workspace settings."""
        return cls(data.roles, data.competences, data.courses, data.settings.support_role_codes)

    def is_support_role(self, role: Role) -> bool:
        return role.id in self.support_role_ids

    def support_rule_allows(self, task: Task, role: Role) -> bool:
        """False only for a support role and a task outside :data:`SUPPORT_ROLE_CATEGORIES`."""
        return not self.is_support_role(role) or task.category in SUPPORT_ROLE_CATEGORIES

    def allows(self, task: Task, role: Role) -> bool:
        """Whether a proposal may give ``task`` to ``role`` (competences aside): the task's
        restriction allows it and the support-role rule does."""
        return task.allows(role) and self.support_rule_allows(task, role)

    def refusal(self, task: Task, role: Role) -> str:
        """Why a proposal may not give ``task`` to ``role`` (competences aside), in Norwegian;
        "" when :meth:`allows` is true. The restriction is named first."""
        if not task.allows(role):
            return translate("Eligibility", "restriksjonen tillater {who}").format(
                who=self.restriction_text(task)
            )
        if not self.support_rule_allows(task, role):
            return support_rule_text()
        return ""

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
        return Qualification(task.id, role.id, self.allows(task, role), frozenset(missing), courses)

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
            return self.refusal(task, role)
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
        """Why no role can do ``task``: names the task, the restriction, the support-role rule
        and the gaps."""
        head = translate("Eligibility", "Ingen rolle kan gjøre oppgaven {task}").format(
            task=quoted(task.name)
        )
        restricted = [role for role in self.roles if task.allows(role)]
        if not restricted:
            return translate(
                "Eligibility", "{head}: restriksjonen tillater {who}, og ingen slik rolle finnes."
            ).format(head=head, who=self.restriction_text(task))
        reasons = [
            f"{role.name} {self.why_not(task, role)}"
            for role in restricted
            if self.support_rule_allows(task, role)
        ]
        support = [role.name for role in restricted if not self.support_rule_allows(task, role)]
        if support:
            reasons.append(f"{support_rule_text()} ({join_names(support)})")
        if task.restriction is Restriction.NONE:
            return f"{head}: {'; '.join(reasons)}."
        return translate("Eligibility", "{head}: restriksjonen tillater {who}; {reasons}.").format(
            head=head, who=self.restriction_text(task), reasons="; ".join(reasons)
        )


def support_rule_text() -> str:
    """The support-role rule in words (the same everywhere it is refused or explained)."""
    return translate(
        "Eligibility", "støttefunksjoner får bare praktiske og administrative oppgaver"
    )
