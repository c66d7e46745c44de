"""The printable review form and the HMS sections of the report, filled from a workspace.

* :func:`review_document` / :func:`write_review_pdf`: the form an HMS group reviews on paper
  (from the leader's file or from a review copy; comments already written are printed in it).
* :func:`comment_digest`: the comments on a department, counted and quoted, for the report
  (render with :func:`oppgave.review.review_pdf.comment_digest_flowables`).
* The working-environment section of the report: :func:`oppgave.services.work_environment.summary`
  rendered with :func:`oppgave.review.review_pdf.work_environment_flowables`.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from pathlib import Path

from oppgave import output_files
from oppgave.analysis.capacity import capacity, capacity_change
from oppgave.analysis.norwegian_text import format_number, long_date
from oppgave.analysis.work_environment import flags_text
from oppgave.db.workspace import Workspace
from oppgave.domain import labels, task_text
from oppgave.domain import records as r
from oppgave.domain.enums import (
    Category,
    CommentStatus,
    ReviewerRole,
    Verdict,
)
from oppgave.i18n import translate
from oppgave.review import review_pdf
from oppgave.review.review_document import (
    CommentDigest,
    CommentLine,
    ReviewDocument,
    ReviewTaskRow,
    RoleFteRow,
    ShareText,
    TaskGroup,
)
from oppgave.services import organisation, review, review_comments, staffing, work_environment
from oppgave.services.review_comments import CommentView
from oppgave.services.workspaces import load_department_data


def _tr(text: str) -> str:
    return translate("ReviewPdf", text)


def task_details(task: r.Task) -> str:
    """Frequency and duration in the one written form of the task table (`domain.task_text`),
    so the HMS group reads what the workshop typed."""
    parts = [
        task_text.describe_frequency(task.frequency),
        task_text.describe_duration(task.duration_minutes),
    ]
    if task.staff_count > 1:
        parts.append(_tr("{n} personer").format(n=task.staff_count))
    return " · ".join(parts)


def risk_text(task: r.Task) -> str:
    """The task's risk level and delegation rule as the review form prints them, so the HMS
    group sees which tasks the proposal may hand over and which need supervision."""
    return _tr("Risiko {risk} · {rule}").format(
        risk=labels.label(task.risk_level), rule=labels.label(task.delegation_rule)
    )


def shares_text(
    shares: dict[int, float], roles: dict[int, r.Role], other: dict[int, float] | None = None
) -> tuple[ShareText, ...]:
    """One entry per role, largest share first: "Helsefagarbeider 60 %" (a single role: just
    its name). With ``other`` (today's shares), an entry is *changed* when the role's share
    differs from it."""
    ordered = sorted(shares.items(), key=lambda item: (-item[1], roles[item[0]].sort_order))

    def changed(role_id: int, share: float) -> bool:
        return other is not None and abs(other.get(role_id, 0.0) - share) >= 0.01

    if len(ordered) == 1:
        role_id, share = ordered[0]
        return (ShareText(roles[role_id].name, changed(role_id, share)),)
    return tuple(
        ShareText(
            f"{roles[role_id].name} {format_number(share, 0)}\u00a0%", changed(role_id, share)
        )
        for role_id, share in ordered
    )


def _same(a: dict[int, float], b: dict[int, float]) -> bool:
    return set(a) == set(b) and all(abs(a[k] - b[k]) < 0.01 for k in a)


def comment_line(view: CommentView) -> CommentLine:
    comment = view.comment
    flags = comment.suggested_work_flags
    return CommentLine(
        verdict=comment.verdict,
        verdict_label=review_comments.verdict_label(comment.verdict),
        reviewer_role_label=review_comments.reviewer_role_label(comment.reviewer_role),
        text=comment.text,
        task_name=view.task_name,
        flags_text="" if flags is None else (flags_text(flags) or _tr("ingen")),
        state_label=review_comments.task_state_label(view.task_state)
        if view.changed_since_copy
        else "",
        resolved=comment.status is CommentStatus.RESOLVED,
    )


def _when(text: str) -> str:
    try:
        if not text:
            return ""
        when = datetime.fromisoformat(text)
        return f"{long_date(when.date())} {when:%H:%M}"
    except ValueError:
        return text


def fte_rows(
    workspace: Workspace, data: r.DepartmentData, proposal: r.Scenario
) -> tuple[tuple[RoleFteRow, ...], RoleFteRow]:
    """FTE per role today and in the proposal (the analysis' capacity figures, as on the
    analysis tab) beside today's positions; roles with no work in either are left out."""
    before = capacity(data, data.assignments.get(data.baseline.id, {}))
    after = capacity(data, data.assignments.get(proposal.id, {}))
    positions = staffing.positions_fte_by_role(workspace, data.department.id)
    rows = tuple(
        RoleFteRow(
            role_name=change.role_name,
            positions_fte=positions.get(change.role_id),
            fte_today=change.fte_before,
            fte_proposal=change.fte_after,
            fte_change=change.fte_change,
        )
        for change in capacity_change(before, after)
        if change.fte_before > 0.005 or change.fte_after > 0.005
    )
    total = RoleFteRow(
        role_name=_tr("Sum"),
        positions_fte=sum(positions.values()) if positions else None,
        fte_today=before.fte,
        fte_proposal=after.fte,
        fte_change=after.fte - before.fte,
    )
    return rows, total


def review_document(
    workspace: Workspace, department_id: int, scenario_id: int | None = None
) -> ReviewDocument:
    """The review form of a department: the baseline against a proposal (by default the one a
    review copy was made for, else the department's first proposal)."""
    data = load_department_data(workspace, department_id)
    proposal = work_environment.proposal_for(workspace, data, scenario_id)
    environment = work_environment.summary(workspace, department_id, proposal.id).summary
    roles = {role.id: role for role in data.roles}
    today = data.assignments.get(data.baseline.id, {})
    proposed = data.assignments.get(proposal.id, {})
    by_task: dict[str, list[CommentLine]] = defaultdict(list)
    overall: list[CommentLine] = []
    for view in review_comments.comment_views(workspace, department_id):
        if view.comment.task_uuid is None:
            overall.append(comment_line(view))
        else:
            by_task[view.comment.task_uuid].append(comment_line(view))
    groups: list[TaskGroup] = []
    number = 0
    for category in Category:
        rows: list[ReviewTaskRow] = []
        for task in (t for t in data.tasks if t.category is category):
            number += 1
            now = dict(today.get(task.id, {}))
            then = dict(proposed.get(task.id, {}))
            rows.append(
                ReviewTaskRow(
                    number=number,
                    name=task.name,
                    details=task_details(task),
                    flags=flags_text(task.work_flags),
                    hours_per_week=task.hours_per_week,
                    today=shares_text(now, roles),
                    proposal=shares_text(then, roles, now),
                    changed=not _same(now, then),
                    comments=tuple(by_task.get(task.uuid, ())),
                    risk=risk_text(task),
                )
            )
        if rows:
            # the category's name from the one source the app and the report use
            groups.append(TaskGroup(labels.label(category), tuple(rows)))
    info = review.copy_info(workspace)
    municipality = organisation.resolve_municipality(
        workspace, data.department.municipality_id
    ).name
    roles_fte, fte_total = fte_rows(workspace, data, proposal)
    return ReviewDocument(
        municipality=municipality,
        department=data.department.name,
        baseline_name=data.baseline.name,
        proposal_name=proposal.name,
        source_name=info.source_name if info else workspace.path.name,
        copy_uuid=info.copy_uuid if info else None,
        fingerprint=info.fingerprint if info else None,
        exported_at=_when(info.exported_at) if info else "",
        printed_on=long_date(date.today()),
        groups=tuple(groups),
        work_environment=environment,
        overall_comments=tuple(overall),
        fte_rows=roles_fte,
        fte_total=fte_total,
    )


def write_review_pdf(
    workspace: Workspace,
    target: Path | str,
    department_id: int,
    *,
    scenario_id: int | None = None,
) -> int:
    """Write the review form of a department as PDF; returns the number of pages.

    Written through a temporary file beside ``target`` (see :mod:`oppgave.output_files`): never
    onto a workspace, and nothing under ``target`` unless the whole form was written.
    """
    target = Path(target)
    output_files.check_output_path(target, inputs=(workspace.path,), force=True)
    with workspace.reading():  # one snapshot of tasks, shares and comments
        document = review_document(workspace, department_id, scenario_id)
    with output_files.atomic_output(target, inputs=(workspace.path,)) as temporary:
        return review_pdf.write_review_pdf(document, temporary)


def comment_digest(workspace: Workspace, department_id: int) -> CommentDigest:
    """The HMS comments on a department for the PDF report (DESIGN §7)."""
    summary = review_comments.comment_summary(workspace, department_id)
    department = organisation.get_department(workspace, department_id)
    return CommentDigest(
        department=department.name,
        total=summary.total,
        open=summary.open,
        resolved=summary.resolved,
        copies=summary.copies,
        by_verdict=tuple(
            (review_comments.verdict_label(v), summary.by_verdict[v]) for v in Verdict
        ),
        by_reviewer_role=tuple(
            (review_comments.reviewer_role_label(role), summary.by_reviewer_role[role])
            for role in ReviewerRole
        ),
        disagreements=tuple(comment_line(v) for v in summary.disagreements),
        questions=tuple(comment_line(v) for v in summary.questions),
        flag_suggestions=tuple(comment_line(v) for v in summary.flag_suggestions),
        overall=tuple(comment_line(v) for v in summary.overall),
        on_changed_tasks=summary.on_changed_tasks,
        on_deleted_tasks=summary.on_deleted_tasks,
    )
