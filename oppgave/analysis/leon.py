"""LEON suggestion (DESIGN §6.3): laveste effektive omsorgsnivå, task by task.

For each task the suggested role is, among the roles eligible for it
(:mod:`oppgave.analysis.eligibility`: the restriction allows it, and it has or can get through a
course every required competence), the one with the **lowest LEON level**, then the **lowest
hourly cost**, then the first in catalogue order. The suggestion gives that role 100 % of the
task. It ignores caps, minimum staffing and course costs: that is what the optimiser
(:mod:`oppgave.analysis.staffing_mix`) weighs.
"""

from __future__ import annotations

from dataclasses import dataclass

from oppgave.analysis.eligibility import Qualifications
from oppgave.analysis.norwegian_text import join_names
from oppgave.domain.enums import Restriction
from oppgave.domain.records import Course, DepartmentData, Role, Task
from oppgave.i18n import translate


@dataclass(frozen=True, slots=True)
class LeonSuggestion:
    """The LEON role for one task; ``role_id`` is ``None`` when no role qualifies."""

    task_id: int
    task_name: str
    role_id: int | None
    role_name: str | None
    courses: tuple[Course, ...]  # courses the role needs for the task (cheapest per competence)
    reason: str  # Norwegian, one line


def _leon_key(role: Role) -> tuple[int, float, int, int]:
    return (role.leon_level, role.hourly_cost, role.sort_order, role.id)


def suggest_for_task(task: Task, qualifications: Qualifications) -> LeonSuggestion:
    """The LEON suggestion for one task: lowest level, then cheapest eligible role."""
    candidates = qualifications.eligible_roles(task)
    if not candidates:
        return LeonSuggestion(
            task.id, task.name, None, None, (), qualifications.no_role_reason(task)
        )
    role, qualification = min(candidates, key=lambda pair: _leon_key(pair[0]))
    courses = tuple(
        sorted(
            qualification.courses.values(),
            key=lambda c: qualifications.competence_name(c.competence_id),
        )
    )
    required = sorted(qualifications.competence_name(c) for c in task.competence_ids)
    if required:
        reason = translate("Leon", "{role}: laveste nivå som har {competences}").format(
            role=role.name, competences=join_names(required)
        )
    else:
        reason = translate("Leon", "{role}: laveste nivå som kan gjøre oppgaven").format(
            role=role.name
        )
    if courses:
        reason += translate("Leon", " etter kurs: {courses}").format(
            courses=join_names(c.name for c in courses)
        )
    same_level = [r for r, _ in candidates if r.leon_level == role.leon_level and r is not role]
    if same_level:
        reason += translate("Leon", "; lavest timekostnad på nivået")
    if task.restriction is not Restriction.NONE:
        reason += translate("Leon", " (restriksjon: {who})").format(
            who=qualifications.restriction_text(task)
        )
    return LeonSuggestion(task.id, task.name, role.id, role.name, courses, reason)


def leon_suggestions(data: DepartmentData) -> tuple[LeonSuggestion, ...]:
    """The LEON suggestion for every task of the department, in task order."""
    qualifications = Qualifications(data.roles, data.competences, data.courses)
    return tuple(suggest_for_task(task, qualifications) for task in data.tasks)


def leon_assignments(suggestions: tuple[LeonSuggestion, ...]) -> dict[int, dict[int, float]]:
    """The suggestions as an assignment map: 100 % to the suggested role.

    Tasks without a qualifying role are left out (they stay unassigned).
    """
    return {s.task_id: {s.role_id: 100.0} for s in suggestions if s.role_id is not None}


def unqualified_tasks(suggestions: tuple[LeonSuggestion, ...]) -> list[str]:
    """The reasons for every task no role can do (empty when every task has a role)."""
    return [s.reason for s in suggestions if s.role_id is None]
