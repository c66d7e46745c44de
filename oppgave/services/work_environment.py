"""The working-environment view (HMS): flagged work per role, today and in a proposal.

The arithmetic is :func:`oppgave.analysis.work_environment.work_environment_summary`; this
module picks the scenarios and, on request, adds the flags that review groups suggested.
"""

from __future__ import annotations

from dataclasses import dataclass

from oppgave.analysis.work_environment import (
    ConcentrationRule,
    WorkEnvironmentSummary,
    work_environment_summary,
)
from oppgave.db.workspace import Workspace
from oppgave.domain import records as r
from oppgave.errors import NotFoundError
from oppgave.i18n import translate
from oppgave.services import review, review_comments
from oppgave.services.workspaces import load_department_data


def _tr(text: str) -> str:
    return translate("WorkEnvironment", text)


@dataclass(frozen=True, slots=True)
class WorkEnvironmentView:
    """The summary with what it compares: the baseline against ``proposal``."""

    department: r.Department
    baseline: r.Scenario
    proposal: r.Scenario
    summary: WorkEnvironmentSummary
    includes_suggestions: bool


def proposal_for(
    workspace: Workspace, data: r.DepartmentData, scenario_id: int | None
) -> r.Scenario:
    """The scenario to compare with the baseline: the one asked for; in a review copy the
    proposal under review; otherwise the department's first proposal (or the baseline if it
    has none)."""
    if scenario_id is not None:
        for scenario in data.scenarios:
            if scenario.id == scenario_id:
                return scenario
        raise NotFoundError(
            _tr("Scenarioet med id {id} hører ikke til avdelingen.").format(id=scenario_id)
        )
    info = review.copy_info(workspace)
    if info is not None and info.scenario_uuid:
        for scenario in data.scenarios:
            if scenario.uuid == info.scenario_uuid:
                return scenario
    proposals = [s for s in data.scenarios if not s.is_baseline]
    return proposals[0] if proposals else data.baseline


def summary(
    workspace: Workspace,
    department_id: int,
    scenario_id: int | None = None,
    *,
    include_suggestions: bool = False,
    rule: ConcentrationRule | None = None,
) -> WorkEnvironmentView:
    """Hours per week of flagged work per role, the baseline against a proposal.

    With ``include_suggestions`` a task also counts under every flag that an open review
    comment suggests for it (the union: the view shows what the groups worry about, the
    leader decides by accepting or resolving the suggestion).
    """
    data = load_department_data(workspace, department_id)
    proposal = proposal_for(workspace, data, scenario_id)
    flags = {task.id: task.work_flags for task in data.tasks}
    if include_suggestions:
        for view in review_comments.comment_views(workspace, department_id, open_only=True):
            suggested = view.comment.suggested_work_flags
            if view.task_id is not None and suggested is not None:
                flags[view.task_id] = flags.get(view.task_id, 0) | suggested
    result = work_environment_summary(
        data.tasks,
        data.roles,
        data.assignments.get(data.baseline.id, {}),
        data.assignments.get(proposal.id, {}),
        flags_by_task=flags,
        rule=rule,
    )
    return WorkEnvironmentView(
        department=data.department,
        baseline=data.baseline,
        proposal=proposal,
        summary=result,
        includes_suggestions=include_suggestions,
    )
