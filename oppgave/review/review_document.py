"""What the printable review form shows, as plain text and numbers.

The service :mod:`oppgave.services.review_documents` fills these records from a workspace; the
renderer :mod:`oppgave.review.review_pdf` lays them out. Every string here is already
translated and formatted for the reader.
"""

from __future__ import annotations

from dataclasses import dataclass

from oppgave.analysis.work_environment import WorkEnvironmentSummary
from oppgave.domain.enums import Verdict


@dataclass(frozen=True, slots=True)
class CommentLine:
    """One comment as printed: "Uenig (tillitsvalgt): For tungt for én person"."""

    verdict: Verdict
    verdict_label: str
    reviewer_role_label: str
    text: str
    task_name: str = ""
    flags_text: str = ""  # suggested work-environment flags, "" for none
    state_label: str = ""  # "endret siden kopien", "slettet siden kopien" or ""
    resolved: bool = False


@dataclass(frozen=True, slots=True)
class ShareText:
    """One role's part of a task as printed ("Helsefagarbeider 60 %"); ``changed`` when the
    proposal gives that role another share than today."""

    text: str
    changed: bool = False


@dataclass(frozen=True, slots=True)
class ReviewTaskRow:
    number: int
    name: str
    details: str  # "2 per dag · 15 min · 2 personer"
    flags: str  # "tunge løft, nattarbeid" or ""
    hours_per_week: float
    today: tuple[ShareText, ...]  # one entry per role, largest share first
    proposal: tuple[ShareText, ...]
    changed: bool  # the proposal gives the task to other roles or shares than today
    comments: tuple[CommentLine, ...] = ()
    risk: str = ""  # "Risiko høy · beholdes": the task's Calderdale classification


@dataclass(frozen=True, slots=True)
class TaskGroup:
    title: str  # the category
    rows: tuple[ReviewTaskRow, ...]


@dataclass(frozen=True, slots=True)
class RoleFteRow:
    """One role's full-time equivalents, today against the proposal: the union reps' first
    question. ``fte_today``/``fte_proposal`` are what the mapped tasks need (the analysis'
    capacity figures), ``positions_fte`` what today's positions give (None: none recorded)."""

    role_name: str
    positions_fte: float | None
    fte_today: float
    fte_proposal: float
    fte_change: float


@dataclass(frozen=True, slots=True)
class ReviewDocument:
    """The review form of one department and one proposal."""

    municipality: str
    department: str
    baseline_name: str
    proposal_name: str
    source_name: str  # the leader's file the data comes from
    copy_uuid: str | None  # None when printed from the leader's file
    fingerprint: str | None
    exported_at: str  # "28.11.2026 13:38" or ""
    printed_on: str  # "28.11.2026"
    groups: tuple[TaskGroup, ...]
    work_environment: WorkEnvironmentSummary
    overall_comments: tuple[CommentLine, ...] = ()
    fte_rows: tuple[RoleFteRow, ...] = ()  # roles with work today or in the proposal
    fte_total: RoleFteRow | None = None

    @property
    def task_count(self) -> int:
        return sum(len(group.rows) for group in self.groups)


@dataclass(frozen=True, slots=True)
class CommentDigest:
    """The HMS comments on a department, for the PDF report: counts and what to quote."""

    department: str
    total: int
    open: int
    resolved: int
    copies: int
    by_verdict: tuple[tuple[str, int], ...]  # (label, count) in a fixed order
    by_reviewer_role: tuple[tuple[str, int], ...]
    disagreements: tuple[CommentLine, ...]  # open
    questions: tuple[CommentLine, ...]  # open
    flag_suggestions: tuple[CommentLine, ...]  # open
    overall: tuple[CommentLine, ...]
    on_changed_tasks: int
    on_deleted_tasks: int
