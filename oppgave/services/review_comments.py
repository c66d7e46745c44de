"""Review comments from HMS groups: writing them (also in review mode), reading them with the
state of their task, and working with them in the leader's file (resolve, reopen, accept a
suggested working-environment flag).

In a review copy these are the only writes allowed: they pass ``allow_in_review=True`` to
:meth:`~oppgave.db.workspace.Workspace.transaction`. Resolving, reopening and accepting flags
are the leader's work and use ordinary transactions, which a review copy refuses.

A comment is *own* to the file it was written in: in a review copy, the comments of that copy;
in the leader's file, the leader's own comments. Only own comments can be edited or deleted;
comments imported from a group are the group's words and can only be resolved or reopened.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from oppgave.db import models as m
from oppgave.db.models import utc_now
from oppgave.db.workspace import REVIEW_COPY_KEY, Workspace
from oppgave.domain import records as r
from oppgave.domain.enums import ALL_WORK_FLAGS, CommentStatus, ReviewerRole, Verdict, WorkFlag
from oppgave.errors import ConflictError, NotFoundError, ValidationError
from oppgave.i18n import QT_TRANSLATE_NOOP, translate
from oppgave.review import fingerprint
from oppgave.services import record_loading, validation
from oppgave.services.lookup import delete_row, get_or_raise
from oppgave.services.review import (
    MAX_COMMENT_LENGTH,
    META_SCENARIO,
    META_SCENARIOS,
    decode_uuid_list,
    scenario_uuids_by_copy,
)
from oppgave.services.workspaces import load_department_data, load_workspace_data


def _tr(text: str) -> str:
    return translate("Review", text)


VERDICT_LABELS: Mapping[Verdict, str] = {
    Verdict.AGREE: QT_TRANSLATE_NOOP("Review", "enig"),
    Verdict.DISAGREE: QT_TRANSLATE_NOOP("Review", "uenig"),
    Verdict.QUESTION: QT_TRANSLATE_NOOP("Review", "spørsmål"),
    Verdict.COMMENT: QT_TRANSLATE_NOOP("Review", "kommentar"),
}
REVIEWER_ROLE_LABELS: Mapping[ReviewerRole, str] = {
    ReviewerRole.UNION_REP: QT_TRANSLATE_NOOP("Review", "tillitsvalgt"),
    ReviewerRole.SAFETY_REP: QT_TRANSLATE_NOOP("Review", "verneombud"),
    ReviewerRole.EMPLOYEE: QT_TRANSLATE_NOOP("Review", "ansatt"),
    ReviewerRole.LEADER: QT_TRANSLATE_NOOP("Review", "leder"),
}
#: Words accepted for each work flag (CLI, Excel): the stored names and Norwegian ones.
WORK_FLAG_WORDS: Mapping[str, WorkFlag] = {
    "heavy_lifting": WorkFlag.HEAVY_LIFTING,
    "tunge-loft": WorkFlag.HEAVY_LIFTING,
    "tunge-løft": WorkFlag.HEAVY_LIFTING,
    "tunge løft": WorkFlag.HEAVY_LIFTING,
    "forflytning": WorkFlag.HEAVY_LIFTING,
    "lone_work": WorkFlag.LONE_WORK,
    "alenearbeid": WorkFlag.LONE_WORK,
    "alene": WorkFlag.LONE_WORK,
    "infection_risk": WorkFlag.INFECTION_RISK,
    "smittefare": WorkFlag.INFECTION_RISK,
    "smitte": WorkFlag.INFECTION_RISK,
    "night_work": WorkFlag.NIGHT_WORK,
    "nattarbeid": WorkFlag.NIGHT_WORK,
    "natt": WorkFlag.NIGHT_WORK,
    "mental_strain": WorkFlag.MENTAL_STRAIN,
    "psykisk belastning": WorkFlag.MENTAL_STRAIN,
    "psykisk-belastning": WorkFlag.MENTAL_STRAIN,
    "psykisk": WorkFlag.MENTAL_STRAIN,
}
_VERDICT_WORDS = {
    **{v.value: v for v in Verdict},
    "enig": Verdict.AGREE,
    "uenig": Verdict.DISAGREE,
    "spørsmål": Verdict.QUESTION,
    "sporsmal": Verdict.QUESTION,
    "kommentar": Verdict.COMMENT,
}
_ROLE_WORDS = {
    **{v.value: v for v in ReviewerRole},
    "tillitsvalgt": ReviewerRole.UNION_REP,
    "verneombud": ReviewerRole.SAFETY_REP,
    "ansatt": ReviewerRole.EMPLOYEE,
    "leder": ReviewerRole.LEADER,
}


def verdict_label(verdict: Verdict) -> str:
    return translate("Review", VERDICT_LABELS[verdict])


def reviewer_role_label(role: ReviewerRole) -> str:
    return translate("Review", REVIEWER_ROLE_LABELS[role])


def parse_verdict(value: str | Verdict) -> Verdict:
    """A verdict from its stored name or Norwegian word (enig, uenig, spørsmål, kommentar)."""
    found = _VERDICT_WORDS.get(str(value).strip().casefold())
    if found is None:
        raise ValidationError(
            _tr("Ukjent vurdering {value}; bruk enig, uenig, spørsmål eller kommentar.").format(
                value=value
            ),
            "verdict",
        )
    return found


def parse_reviewer_role(value: str | ReviewerRole) -> ReviewerRole:
    """A reviewer role from its stored name or Norwegian word (tillitsvalgt, verneombud, ...)."""
    found = _ROLE_WORDS.get(str(value).strip().casefold())
    if found is None:
        raise ValidationError(
            _tr("Ukjent rolle {value}; bruk tillitsvalgt, verneombud, ansatt eller leder.").format(
                value=value
            ),
            "reviewer_role",
        )
    return found


def parse_work_flags(text: str) -> int:
    """Flags written as words separated by commas ("tunge løft, natt"); "" or "ingen" is 0."""
    mask = 0
    for word in text.split(","):
        key = " ".join(word.split()).casefold()
        if key in ("", "ingen", "none"):
            continue
        if key not in WORK_FLAG_WORDS:
            raise ValidationError(
                _tr(
                    "Ukjent arbeidsmiljømerke {word}; bruk tunge-loft, alenearbeid, smittefare, "
                    "nattarbeid eller psykisk."
                ).format(word=word.strip()),
                "work_flags",
            )
        mask |= WORK_FLAG_WORDS[key]
    return mask


# --- views ------------------------------------------------------------------------------------


class TaskState(StrEnum):
    """How the task of a comment stands now, against what the reviewer saw."""

    OVERALL = "overall"  # the overall comment on the distribution, on no task
    UNCHANGED = "unchanged"
    CHANGED = "changed"  # the task or its shares changed since the copy was made
    DELETED = "deleted"  # the task is gone; the comment keeps its name
    UNTRACKED = "untracked"  # written in this file: nothing to compare with


TASK_STATE_LABELS: Mapping[TaskState, str] = {
    TaskState.OVERALL: QT_TRANSLATE_NOOP("Review", "helhetlig"),
    TaskState.UNCHANGED: QT_TRANSLATE_NOOP("Review", "uendret"),
    TaskState.CHANGED: QT_TRANSLATE_NOOP("Review", "endret siden kopien"),
    TaskState.DELETED: QT_TRANSLATE_NOOP("Review", "slettet siden kopien"),
    TaskState.UNTRACKED: QT_TRANSLATE_NOOP("Review", ""),
}


def task_state_label(state: TaskState) -> str:
    text = TASK_STATE_LABELS[state]
    return translate("Review", text) if text else ""


@dataclass(frozen=True, slots=True)
class CommentView:
    """A comment as the comments panel and ``oppgave review list`` show it."""

    comment: r.ReviewComment
    department_name: str
    task_id: int | None  # the task in this file; None for the overall comment or a deleted task
    task_name: str  # the current name, or the name the reviewer saw if the task is gone
    task_state: TaskState
    editable: bool

    @property
    def changed_since_copy(self) -> bool:
        return self.task_state in (TaskState.CHANGED, TaskState.DELETED)


def _own_copy_uuid(session: Session) -> str | None:
    """The copy uuid of comments written in this file (None in the leader's file)."""
    meta = dict(session.execute(select(m.WorkspaceMeta.key, m.WorkspaceMeta.value)).all())
    return meta.get("workspace_uuid") if meta.get(REVIEW_COPY_KEY) == "1" else None


def list_comments(workspace: Workspace, department_id: int | None = None) -> list[r.ReviewComment]:
    """Comments of one department (or all), oldest first."""
    with workspace.reading() as session:
        return record_loading.review_comments(
            session, None if department_id is None else [department_id]
        )


def get_comment(workspace: Workspace, comment_id: int) -> r.ReviewComment:
    with workspace.reading() as session:
        return _comment_record(session, comment_id)


def find_comment(workspace: Workspace, key: str | int) -> r.ReviewComment:
    """A comment by id or by (the start of) its uuid, as ``review list`` prints them. A key of
    digits is an id when such a comment exists, else the start of a uuid (one uuid in 40 starts
    with eight digits: the list's short uuid must still find it)."""
    text = str(key).strip()
    with workspace.reading() as session:
        if text.isdigit() and session.get(m.ReviewComment, int(text)) is not None:
            return _comment_record(session, int(text))
        ids = list(
            session.scalars(select(m.ReviewComment.id).where(m.ReviewComment.uuid.like(f"{text}%")))
        )
        if len(ids) == 1 and len(text) >= 4:
            return _comment_record(session, ids[0])
    raise NotFoundError(_tr("Fant ingen (entydig) kommentar {key}.").format(key=text))


def _comment_record(session: Session, comment_id: int) -> r.ReviewComment:
    row = get_or_raise(session, m.ReviewComment, comment_id)
    for comment in record_loading.review_comments(session, [row.department_id]):
        if comment.id == comment_id:
            return comment
    raise NotFoundError(_tr("Fant ingen kommentar med id {id}.").format(id=comment_id))


def comment_views(
    workspace: Workspace,
    department_id: int | None = None,
    *,
    task_id: int | None = None,
    open_only: bool = False,
    disagreement_only: bool = False,
) -> list[CommentView]:
    """Comments with the current state of their task, oldest first.

    A task counts as changed when its fingerprint over the scenarios of the copy the comment
    came from differs from the one the comment carries (:mod:`oppgave.review.fingerprint`).
    """
    with workspace.reading() as session:
        comments = record_loading.review_comments(
            session, None if department_id is None else [department_id]
        )
        own = _own_copy_uuid(session)
        scenarios_by_copy = scenario_uuids_by_copy(session)
        department_names = {d.id: d.name for d in record_loading.departments(session)}
    if open_only:
        comments = [c for c in comments if c.status is CommentStatus.OPEN]
    if disagreement_only:
        comments = [c for c in comments if c.verdict is Verdict.DISAGREE]
    department_ids = sorted({c.department_id for c in comments})
    data = {d.department.id: d for d in _load(workspace, department_ids)}
    fingerprints: dict[tuple[int, tuple[str, ...]], dict[str, str]] = {}
    views: list[CommentView] = []
    for comment in comments:
        department = data.get(comment.department_id)
        tasks = {t.uuid: t for t in department.tasks} if department else {}
        task = tasks.get(comment.task_uuid) if comment.task_uuid else None
        if comment.task_uuid is None:
            state = TaskState.OVERALL
        elif task is None:
            state = TaskState.DELETED
        elif not comment.task_fingerprint or department is None:
            state = TaskState.UNTRACKED
        else:
            scenario_uuids = scenarios_by_copy.get(comment.source_copy_uuid or "")
            if scenario_uuids is None:
                state = TaskState.UNTRACKED
            else:
                key = (comment.department_id, scenario_uuids)
                if key not in fingerprints:
                    fingerprints[key] = fingerprint.task_fingerprints(department, scenario_uuids)
                same = fingerprints[key].get(task.uuid) == comment.task_fingerprint
                state = TaskState.UNCHANGED if same else TaskState.CHANGED
        if task_id is not None and (task is None or task.id != task_id):
            continue
        views.append(
            CommentView(
                comment=comment,
                department_name=department_names.get(comment.department_id, ""),
                task_id=task.id if task else None,
                task_name=task.name if task else comment.task_name,
                task_state=state,
                editable=comment.source_copy_uuid == own,
            )
        )
    return views


def _load(workspace: Workspace, department_ids: list[int]) -> list[r.DepartmentData]:
    return load_workspace_data(workspace, department_ids) if department_ids else []


def tasks_with_disagreement(
    workspace: Workspace, department_id: int, *, include_resolved: bool = False
) -> list[int]:
    """Ids of the department's tasks with a disagreeing comment (open ones unless
    ``include_resolved``): the filter "oppgaver med uenighet"."""
    found: list[int] = []
    for view in comment_views(
        workspace, department_id, open_only=not include_resolved, disagreement_only=True
    ):
        if view.task_id is not None and view.task_id not in found:
            found.append(view.task_id)
    return found


# --- writing (allowed in review mode) --------------------------------------------------------


def _clean_text(text: object) -> str:
    return validation.text(text, "text", max_length=MAX_COMMENT_LENGTH).strip()


def _clean_flags(flags: object) -> int | None:
    if flags is None:
        return None
    return validation.integer(flags, "suggested_work_flags", minimum=0, maximum=ALL_WORK_FLAGS)


def _task_fingerprint_in_copy(
    workspace: Workspace, department_id: int, task_uuid: str
) -> str | None:
    """The task's fingerprint as the reviewer sees it (review copies only)."""
    with workspace.reading() as session:
        if _own_copy_uuid(session) is None:
            return None
        meta = dict(session.execute(select(m.WorkspaceMeta.key, m.WorkspaceMeta.value)).all())
    scenario_uuids = decode_uuid_list(meta.get(META_SCENARIOS, ""))
    data = load_department_data(workspace, department_id)
    return fingerprint.task_fingerprints(data, scenario_uuids).get(task_uuid)


def _default_scenario_uuid(session: Session) -> str | None:
    if _own_copy_uuid(session) is None:
        return None
    value = session.scalar(
        select(m.WorkspaceMeta.value).where(m.WorkspaceMeta.key == META_SCENARIO)
    )
    return value or None


def add_comment(
    workspace: Workspace,
    task_id: int,
    verdict: Verdict | str,
    reviewer_role: ReviewerRole | str,
    text: str = "",
    *,
    suggested_work_flags: int | None = None,
    scenario_id: int | None = None,
) -> r.ReviewComment:
    """A comment on one task (agree / disagree / question / comment), with the reviewer's role
    and, optionally, the work-environment flags the reviewer suggests for the task."""
    clean_verdict = parse_verdict(verdict)
    clean_role = parse_reviewer_role(reviewer_role)
    clean_text = _clean_text(text)
    flags = _clean_flags(suggested_work_flags)
    with workspace.reading() as session:
        task = get_or_raise(session, m.Task, task_id)
        department_id, task_uuid, task_name = task.department_id, task.uuid, task.name
    task_fingerprint = _task_fingerprint_in_copy(workspace, department_id, task_uuid)
    with workspace.transaction(allow_in_review=True) as session:
        scenario_uuid = _scenario_uuid(session, department_id, scenario_id)
        row = m.ReviewComment(
            department_id=department_id,
            task_uuid=task_uuid,
            task_name=task_name,
            scenario_uuid=scenario_uuid,
            verdict=clean_verdict.value,
            reviewer_role=clean_role.value,
            text=clean_text,
            status=CommentStatus.OPEN.value,
            suggested_work_flags=flags,
            source_copy_uuid=_own_copy_uuid(session),
            task_fingerprint=task_fingerprint,
        )
        session.add(row)
        session.flush()
        return _comment_record(session, row.id)


def _scenario_uuid(session: Session, department_id: int, scenario_id: int | None) -> str | None:
    if scenario_id is None:
        return _default_scenario_uuid(session)
    scenario = get_or_raise(session, m.Scenario, scenario_id)
    if scenario.department_id != department_id:
        raise ValidationError(_tr("Scenarioet hører til en annen avdeling."), "scenario")
    return scenario.uuid


def suggest_work_flags(
    workspace: Workspace,
    task_id: int,
    flags: int,
    reviewer_role: ReviewerRole | str,
    text: str = "",
) -> r.ReviewComment:
    """Suggest the work-environment flags a task should carry (the whole set, not a change).

    In a review copy this is how a flag is "set": it travels back as a suggestion that the
    leader accepts (:func:`accept_suggested_flags`) or resolves.
    """
    if flags is None:
        raise ValidationError(_tr("Velg merkene oppgaven bør ha."), "suggested_work_flags")
    return add_comment(
        workspace, task_id, Verdict.COMMENT, reviewer_role, text, suggested_work_flags=flags
    )


def flag_suggestion(workspace: Workspace, task_id: int) -> r.ReviewComment | None:
    """This file's own pure flag suggestion for a task (no text, flags set), or None."""
    with workspace.reading() as session:
        row = _flag_suggestion_row(session, task_id)
        return None if row is None else _comment_record(session, row.id)


def _flag_suggestion_row(session: Session, task_id: int) -> m.ReviewComment | None:
    task = get_or_raise(session, m.Task, task_id)
    own = _own_copy_uuid(session)
    query = select(m.ReviewComment).where(
        m.ReviewComment.task_uuid == task.uuid,
        m.ReviewComment.suggested_work_flags.is_not(None),
        m.ReviewComment.text == "",
        m.ReviewComment.verdict == Verdict.COMMENT.value,
        m.ReviewComment.source_copy_uuid.is_(None)
        if own is None
        else m.ReviewComment.source_copy_uuid == own,
    )
    return session.scalars(query.order_by(m.ReviewComment.id.desc())).first()


def set_flag_suggestion(
    workspace: Workspace, task_id: int, flags: int, reviewer_role: ReviewerRole | str
) -> r.ReviewComment | None:
    """Suggest the flags a task should carry, as one flag suggestion per task and file.

    Ticking a box in a review copy calls this once per tick: the task's existing suggestion is
    updated instead of adding another row (the leader would import a blank comment per tick),
    and the suggestion disappears when the boxes are back to the task's own flags. Returns the
    suggestion, or None when there is none left. Undo: keep :func:`flag_suggestion` from before
    and put it back with :func:`put_flag_suggestion`.
    """
    clean_flags = _clean_flags(flags)
    if clean_flags is None:
        raise ValidationError(_tr("Velg merkene oppgaven bør ha."), "suggested_work_flags")
    clean_role = parse_reviewer_role(reviewer_role)
    with workspace.reading() as session:
        task = get_or_raise(session, m.Task, task_id)
        unchanged = int(task.work_flags or 0) == clean_flags
        row = _flag_suggestion_row(session, task_id)
        existing = None if row is None else row.id
    if existing is None:
        if unchanged:
            return None
        return add_comment(
            workspace, task_id, Verdict.COMMENT, clean_role, "", suggested_work_flags=clean_flags
        )
    if unchanged:
        delete_comment(workspace, existing)
        return None
    return update_comment(
        workspace, existing, suggested_work_flags=clean_flags, reviewer_role=clean_role
    )


def put_flag_suggestion(
    workspace: Workspace,
    current: r.ReviewComment | None,
    wanted: r.ReviewComment | None,
) -> r.ReviewComment | None:
    """Make the task's flag suggestion ``wanted`` again (undo/redo of
    :func:`set_flag_suggestion`): delete ``current``, restore ``wanted`` with its uuid, or set
    ``wanted``'s flags on the row both share."""
    if wanted is None:
        if current is not None:
            delete_comment(workspace, current.id)
        return None
    if current is None:
        return restore_comment(workspace, wanted)
    if current.id != wanted.id:
        delete_comment(workspace, current.id)
        return restore_comment(workspace, wanted)
    return update_comment(
        workspace,
        wanted.id,
        suggested_work_flags=wanted.suggested_work_flags,
        reviewer_role=wanted.reviewer_role,
    )


def set_overall_comment(
    workspace: Workspace,
    department_id: int,
    text: str,
    reviewer_role: ReviewerRole | str,
    verdict: Verdict | str = Verdict.COMMENT,
) -> r.ReviewComment:
    """The one overall comment of this file on the department's distribution (created or
    replaced). In a review copy it is the group's; in the leader's file, the leader's own."""
    clean_verdict = parse_verdict(verdict)
    clean_role = parse_reviewer_role(reviewer_role)
    clean_text = _clean_text(text)
    with workspace.transaction(allow_in_review=True) as session:
        get_or_raise(session, m.Department, department_id)
        own = _own_copy_uuid(session)
        query = select(m.ReviewComment).where(
            m.ReviewComment.department_id == department_id,
            m.ReviewComment.task_uuid.is_(None),
        )
        query = query.where(
            m.ReviewComment.source_copy_uuid.is_(None)
            if own is None
            else m.ReviewComment.source_copy_uuid == own
        )
        row = session.scalars(query.order_by(m.ReviewComment.id)).first()
        if row is None:
            row = m.ReviewComment(
                department_id=department_id,
                task_uuid=None,
                task_name="",
                scenario_uuid=_default_scenario_uuid(session),
                source_copy_uuid=own,
                status=CommentStatus.OPEN.value,
            )
            session.add(row)
        row.verdict = clean_verdict.value
        row.reviewer_role = clean_role.value
        row.text = clean_text
        session.flush()
        return _comment_record(session, row.id)


def overall_comment(workspace: Workspace, department_id: int) -> r.ReviewComment | None:
    """This file's own overall comment on a department, if written."""
    with workspace.reading() as session:
        own = _own_copy_uuid(session)
    for comment in list_comments(workspace, department_id):
        if comment.task_uuid is None and comment.source_copy_uuid == own:
            return comment
    return None


_EDITABLE = ("verdict", "reviewer_role", "text", "suggested_work_flags")


def update_comment(workspace: Workspace, comment_id: int, **changes: Any) -> r.ReviewComment:
    """Change an own comment (verdict, reviewer_role, text, suggested_work_flags)."""
    unknown = set(changes) - set(_EDITABLE)
    if unknown:
        raise ValidationError(
            _tr("Ukjente felt: {fields}").format(fields=", ".join(sorted(unknown)))
        )
    clean: dict[str, Any] = {}
    if "verdict" in changes:
        clean["verdict"] = parse_verdict(changes["verdict"]).value
    if "reviewer_role" in changes:
        clean["reviewer_role"] = parse_reviewer_role(changes["reviewer_role"]).value
    if "text" in changes:
        clean["text"] = _clean_text(changes["text"])
    if "suggested_work_flags" in changes:
        clean["suggested_work_flags"] = _clean_flags(changes["suggested_work_flags"])
    with workspace.transaction(allow_in_review=True) as session:
        row = _own_row(session, comment_id)
        for key, value in clean.items():
            setattr(row, key, value)
        session.flush()
        return _comment_record(session, comment_id)


def _own_row(session: Session, comment_id: int) -> m.ReviewComment:
    row = get_or_raise(session, m.ReviewComment, comment_id)
    if row.source_copy_uuid != _own_copy_uuid(session):
        raise ConflictError(
            _tr(
                "Kommentaren kom fra en HMS-gruppe og kan ikke endres her; du kan merke den som "
                "behandlet eller åpne den igjen."
            )
        )
    return row


def delete_comment(workspace: Workspace, comment_id: int) -> r.ReviewComment:
    """Delete an own comment; returns it for :func:`restore_comment` (undo)."""
    with workspace.transaction(allow_in_review=True) as session:
        row = _own_row(session, comment_id)
        record = _comment_record(session, comment_id)
        delete_row(session, row)
        return record


def restore_comment(workspace: Workspace, comment: r.ReviewComment) -> r.ReviewComment:
    """Undo of :func:`delete_comment`: the same comment back, with its id and uuid."""
    with workspace.transaction(allow_in_review=True) as session:
        if comment.source_copy_uuid != _own_copy_uuid(session):
            raise ConflictError(_tr("Bare egne kommentarer kan gjenopprettes."))
        get_or_raise(session, m.Department, comment.department_id)
        session.add(
            m.ReviewComment(
                id=comment.id,
                uuid=comment.uuid,
                department_id=comment.department_id,
                task_uuid=comment.task_uuid,
                task_name=comment.task_name,
                scenario_uuid=comment.scenario_uuid,
                verdict=comment.verdict.value,
                reviewer_role=comment.reviewer_role.value,
                text=comment.text,
                status=comment.status.value,
                suggested_work_flags=comment.suggested_work_flags,
                source_copy_uuid=comment.source_copy_uuid,
                task_fingerprint=comment.task_fingerprint,
                created_at=_parse_time(comment.created_at),
            )
        )
        session.flush()
        return _comment_record(session, comment.id)


def _parse_time(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text) if text else utc_now()
    except ValueError:
        return utc_now()


# --- the leader's work (refused in review mode) ----------------------------------------------


def set_comment_status(
    workspace: Workspace, comment_ids: Iterable[int], status: CommentStatus | str
) -> dict[int, CommentStatus]:
    """Mark comments as resolved (behandlet) or open again; returns the previous status of
    each (for undo). The group's review copy cannot do this."""
    clean = validation.enum_value(CommentStatus, status, "status")
    previous: dict[int, CommentStatus] = {}
    with workspace.transaction() as session:
        for comment_id in comment_ids:
            row = get_or_raise(session, m.ReviewComment, comment_id)
            previous[comment_id] = CommentStatus(row.status)
            row.status = clean.value
            row.resolved_at = utc_now() if clean is CommentStatus.RESOLVED else None
    return previous


def resolve_comment(workspace: Workspace, comment_id: int) -> r.ReviewComment:
    set_comment_status(workspace, [comment_id], CommentStatus.RESOLVED)
    return get_comment(workspace, comment_id)


def reopen_comment(workspace: Workspace, comment_id: int) -> r.ReviewComment:
    set_comment_status(workspace, [comment_id], CommentStatus.OPEN)
    return get_comment(workspace, comment_id)


def accept_suggested_flags(workspace: Workspace, comment_id: int) -> tuple[r.Task, int]:
    """Give the task the flags a comment suggests and resolve the comment, in one step.

    Returns the task as stored and its previous flags (for undo).
    """
    with workspace.transaction() as session:
        comment = get_or_raise(session, m.ReviewComment, comment_id)
        if comment.suggested_work_flags is None:
            raise ValidationError(_tr("Kommentaren foreslår ingen arbeidsmiljømerker."))
        task_id = session.scalar(
            select(m.Task.id).where(
                m.Task.uuid == comment.task_uuid, m.Task.department_id == comment.department_id
            )
        )
        if task_id is None:
            raise NotFoundError(
                _tr("Oppgaven «{name}» finnes ikke lenger.").format(name=comment.task_name)
            )
        task = session.get(m.Task, task_id)
        assert task is not None
        previous = task.work_flags
        task.work_flags = comment.suggested_work_flags
        task.modified_at = utc_now()
        comment.status = CommentStatus.RESOLVED.value
        comment.resolved_at = utc_now()
        session.flush()
        return record_loading.tasks(session, task_ids=[task_id])[0], previous


# --- summary for the report -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CommentSummary:
    """The HMS comments on one department, counted, with the ones a report should quote."""

    department_id: int
    total: int
    open: int
    resolved: int
    by_verdict: Mapping[Verdict, int]
    by_reviewer_role: Mapping[ReviewerRole, int]
    disagreements: tuple[CommentView, ...]  # open, on tasks
    questions: tuple[CommentView, ...]  # open, on tasks
    flag_suggestions: tuple[CommentView, ...]  # open, with suggested flags
    overall: tuple[CommentView, ...]
    on_changed_tasks: int
    on_deleted_tasks: int
    copies: int  # review copies the comments came from


def comment_summary(workspace: Workspace, department_id: int) -> CommentSummary:
    """Counts per verdict and reviewer role, and the open disagreements and questions."""
    views = comment_views(workspace, department_id)
    comments = [v.comment for v in views]
    by_verdict = Counter(c.verdict for c in comments)
    by_role = Counter(c.reviewer_role for c in comments)

    def open_on_task(view: CommentView) -> bool:
        return view.comment.status is CommentStatus.OPEN and view.comment.task_uuid is not None

    grouped: dict[str, list[CommentView]] = defaultdict(list)
    for view in views:
        grouped[view.comment.source_copy_uuid or ""].append(view)
    return CommentSummary(
        department_id=department_id,
        total=len(comments),
        open=sum(1 for c in comments if c.status is CommentStatus.OPEN),
        resolved=sum(1 for c in comments if c.status is CommentStatus.RESOLVED),
        by_verdict={v: by_verdict.get(v, 0) for v in Verdict},
        by_reviewer_role={role: by_role.get(role, 0) for role in ReviewerRole},
        disagreements=tuple(
            v for v in views if open_on_task(v) and v.comment.verdict is Verdict.DISAGREE
        ),
        questions=tuple(
            v for v in views if open_on_task(v) and v.comment.verdict is Verdict.QUESTION
        ),
        flag_suggestions=tuple(
            v for v in views if open_on_task(v) and v.comment.suggested_work_flags is not None
        ),
        overall=tuple(v for v in views if v.task_state is TaskState.OVERALL),
        on_changed_tasks=sum(1 for v in views if v.task_state is TaskState.CHANGED),
        on_deleted_tasks=sum(1 for v in views if v.task_state is TaskState.DELETED),
        copies=len([key for key in grouped if key]),
    )
