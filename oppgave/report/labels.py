"""Norwegian words for the domain's closed vocabularies, and how a task's fields are written.

The enum values are storage keys (never shown); these are the labels a reader sees.
"""

from __future__ import annotations

from collections.abc import Mapping

from oppgave.domain import labels as domain_labels
from oppgave.domain import task_text
from oppgave.domain.enums import (
    ALL_DAYS,
    Category,
    CommentStatus,
    DayType,
    DelegationRule,
    ReviewerRole,
    ServiceType,
    Shift,
    Verdict,
)
from oppgave.domain.records import Frequency, Role, Task
from oppgave.i18n import QT_TRANSLATE_NOOP, translate
from oppgave.report import formatting as fmt


def _tr(text: str) -> str:
    return translate("Report", text)


_VERDICT = {
    Verdict.AGREE: QT_TRANSLATE_NOOP("Report", "Enig"),
    Verdict.DISAGREE: QT_TRANSLATE_NOOP("Report", "Uenig"),
    Verdict.QUESTION: QT_TRANSLATE_NOOP("Report", "Spørsmål"),
    Verdict.COMMENT: QT_TRANSLATE_NOOP("Report", "Kommentar"),
}
_REVIEWER = {
    ReviewerRole.UNION_REP: QT_TRANSLATE_NOOP("Report", "Tillitsvalgt"),
    ReviewerRole.SAFETY_REP: QT_TRANSLATE_NOOP("Report", "Verneombud"),
    ReviewerRole.EMPLOYEE: QT_TRANSLATE_NOOP("Report", "Ansatt"),
    ReviewerRole.LEADER: QT_TRANSLATE_NOOP("Report", "Leder"),
}
_STATUS = {
    CommentStatus.OPEN: QT_TRANSLATE_NOOP("Report", "Åpen"),
    CommentStatus.RESOLVED: QT_TRANSLATE_NOOP("Report", "Løst"),
}
WEEKDAY_SHORT = (
    QT_TRANSLATE_NOOP("Report", "man"),
    QT_TRANSLATE_NOOP("Report", "tir"),
    QT_TRANSLATE_NOOP("Report", "ons"),
    QT_TRANSLATE_NOOP("Report", "tor"),
    QT_TRANSLATE_NOOP("Report", "fre"),
    QT_TRANSLATE_NOOP("Report", "lør"),
    QT_TRANSLATE_NOOP("Report", "søn"),
)


def category(value: Category) -> str:
    """The long form of :mod:`oppgave.domain.labels` (the one word list)."""
    return domain_labels.long_label(value)


def service_type(value: ServiceType) -> str:
    return domain_labels.long_label(value)


def shift(value: Shift) -> str:
    """The app's word (:mod:`oppgave.domain.labels`) as a heading: «Dag», «Kveld», «Natt»."""
    word = domain_labels.label(value)
    return word[:1].upper() + word[1:]


def day_type(value: DayType) -> str:
    word = domain_labels.label(value)
    return word[:1].upper() + word[1:]


def verdict(value: Verdict) -> str:
    return _tr(_VERDICT[value])


def reviewer(value: ReviewerRole) -> str:
    return _tr(_REVIEWER[value])


def comment_status(value: CommentStatus) -> str:
    return _tr(_STATUS[value])


def weekday_short(index: int) -> str:
    return _tr(WEEKDAY_SHORT[index])


def _count(value: float) -> str:
    """``16.0`` → ``"16"``, ``2.5`` → ``"2,5"``, ``0.25`` → ``"0,25"``."""
    if float(value).is_integer():
        return fmt.number(value, 0)
    if round(value, 1) == round(value, 2):
        return fmt.number(value, 1)
    return fmt.number(value, 2)


def days(mask: int) -> str:
    """The days of a task in the one written form (:func:`task_text.describe_days`)."""
    return task_text.describe_days(mask & ALL_DAYS) if mask & ALL_DAYS else ""


def frequency(value: Frequency) -> str:
    """The one written form of :mod:`oppgave.domain.task_text`, the days on their own line:
    ``16 ganger daglig``; ``3 ganger daglig\nhverdager``; ``1 gang i uka\nman, tor``."""
    text = task_text.describe_frequency(Frequency(value.count, value.unit, ALL_DAYS))
    when = days(value.days)
    return f"{text}\n{when}" if when else text


def windows(task: Task) -> str:
    """The task's time windows, one per line ("07:00–10:30"), or "(dagvakt)" without one."""
    if not task.windows:
        return _tr("(dagvakt)")
    return "\n".join(
        _tr("hele døgnet")
        if w.length_minutes >= 1440
        else f"{fmt.clock(w.start_minute)}{fmt.EN_DASH}{fmt.clock(w.end_minute)}"
        for w in sorted(task.windows)
    )


def duration(task: Task) -> str:
    """``40 min``; ``15 min × 2`` when the task takes two staff at once."""
    text = f"{_count(task.duration_minutes)}{fmt.NBSP}min"
    if task.staff_count > 1:
        text += f"{fmt.NBSP}×{fmt.NBSP}{task.staff_count}"
    return text


def shares(assignment: Mapping[int, float], roles: Mapping[int, Role]) -> str:
    """``HFA`` (alone) or ``HFA 50 %\\nASS 50 %`` (largest share first); "–" when unassigned."""
    items = sorted(
        ((share, roles[role_id]) for role_id, share in assignment.items() if share > 0),
        key=lambda item: (-item[0], item[1].sort_order, item[1].id),
    )
    if not items:
        return fmt.MISSING
    if len(items) == 1 and items[0][0] >= 99.95:
        return items[0][1].code
    return "\n".join(f"{role.code} {_count(round(share, 1))}{fmt.NBSP}%" for share, role in items)


#: One word per delegation rule for the task map's narrow «Risiko» column; the full words are
#: the app's (:mod:`oppgave.domain.labels`) and stand in the assumptions.
_DELEGATION_SHORT = {
    DelegationRule.TRANSFER: QT_TRANSLATE_NOOP("Report", "overføres"),
    DelegationRule.DELEGATE: QT_TRANSLATE_NOOP("Report", "veiledning"),
    DelegationRule.KEEP: QT_TRANSLATE_NOOP("Report", "beholdes"),
}


def delegation_short(rule: DelegationRule) -> str:
    return translate("Report", _DELEGATION_SHORT[rule])


def risk_marker(task: Task) -> str:
    """«høy» over «beholdes»: the task's risk level and delegation rule in two short lines."""
    return f"{domain_labels.label(task.risk_level)}\n{delegation_short(task.delegation_rule)}"
