"""Turning typical tasks from the built-in library into new tasks of a department.

The library (:mod:`oppgave.domain.task_library`) names roles and competences by code, because it
is read before any workspace exists; a workspace may have edited its catalogue, so this maps the
codes to the workspace's ids and reports what it could not map instead of failing. Library tasks
given per resident get their count for the department's number of residents.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from oppgave.db.workspace import Workspace
from oppgave.domain import records as r
from oppgave.i18n import translate
from oppgave.services import catalogue, scenarios
from oppgave.services.tasks import TaskDraft


def _tr(text: str) -> str:
    return translate("LibraryTasks", text)


class LibraryTaskLike(Protocol):
    """What this module reads of a ``task_library.LibraryTask``."""

    name: str
    description: str
    category: Any
    windows: tuple[r.TimeWindow, ...]
    duration: float
    staff: int
    competences: tuple[str, ...]
    restriction: Any
    restriction_min_level: int | None
    restriction_roles: frozenset[str]
    today: Mapping[str, float]
    proposal: Mapping[str, float] | None
    flags: Any
    risk_level: Any
    delegation_rule: Any

    def frequency_for(self, residents: int) -> r.Frequency: ...


@dataclass(frozen=True, slots=True)
class LibraryDrafts:
    drafts: list[TaskDraft]
    notes: list[str] = field(default_factory=list)


def library_drafts(
    workspace: Workspace,
    department_id: int,
    tasks: Sequence[LibraryTaskLike],
    residents: int,
) -> LibraryDrafts:
    """Drafts for :func:`oppgave.services.tasks.create_tasks`: the baseline gets who does the
    task today, proposals get the library's proposal (or today's split when it has none)."""
    roles = {role.code.casefold(): role.id for role in catalogue.list_roles(workspace)}
    competences = {c.code.casefold(): c.id for c in catalogue.list_competences(workspace)}
    department_scenarios = scenarios.list_scenarios(workspace, department_id)
    notes: list[str] = []
    drafts: list[TaskDraft] = []

    def shares(task: LibraryTaskLike, split: Mapping[str, float]) -> dict[int, float]:
        mapped = {roles.get(code.casefold()): share for code, share in split.items()}
        if None in mapped:
            unknown = sorted(code for code in split if code.casefold() not in roles)
            notes.append(
                _tr("«{task}»: ukjent yrkesgruppe {codes}; oppgaven er ikke fordelt.").format(
                    task=task.name, codes=", ".join(unknown)
                )
            )
            return {}
        return {role_id: share for role_id, share in mapped.items() if role_id is not None}

    for task in tasks:
        needed = set()
        for code in task.competences:
            competence_id = competences.get(code.casefold())
            if competence_id is None:
                notes.append(
                    _tr(
                        "«{task}»: kompetansen {code} finnes ikke i katalogen og er utelatt."
                    ).format(task=task.name, code=code)
                )
            else:
                needed.add(competence_id)
        allowed = {roles[c.casefold()] for c in task.restriction_roles if c.casefold() in roles}
        today = shares(task, task.today)
        proposal = shares(task, task.proposal) if task.proposal else today
        assignments = {
            scenario.id: (today if scenario.is_baseline else proposal)
            for scenario in department_scenarios
        }
        drafts.append(
            TaskDraft(
                name=task.name,
                fields={
                    "description": task.description,
                    "category": task.category,
                    "frequency": task.frequency_for(residents),
                    "windows": tuple(task.windows),
                    "duration_minutes": float(task.duration),
                    "staff_count": int(task.staff),
                    "competence_ids": frozenset(needed),
                    "restriction": task.restriction,
                    "restriction_min_level": task.restriction_min_level,
                    "allowed_role_ids": frozenset(allowed),
                    "work_flags": int(task.flags),
                    "risk_level": task.risk_level,
                    "delegation_rule": task.delegation_rule,
                },
                assignments=assignments,
            )
        )
    return LibraryDrafts(drafts, notes)
