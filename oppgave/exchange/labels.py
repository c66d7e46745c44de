"""Words for the closed vocabularies in sheets: what the export writes for a category, a
service type, a shift …, and how the import reads them back.

The words themselves live in :mod:`oppgave.domain.labels` (one word list): the export writes the
app's label (translated when the user runs the app in English); the import accepts every word
that list knows (labels in either language, long forms, synonyms, the stored value), so a file
exported in either language, or by an earlier version, imports again.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from oppgave.domain import labels as domain_labels
from oppgave.domain.task_text import WORK_FLAG_LABELS as WORK_FLAG_LABELS
from oppgave.domain.task_text import TaskTextError, normalise
from oppgave.domain.task_text import describe_work_flags as describe_work_flags
from oppgave.domain.task_text import parse_work_flags as parse_work_flags
from oppgave.errors import ValidationError
from oppgave.i18n import QT_TRANSLATE_NOOP, translate

E = TypeVar("E", bound=StrEnum)

CONTEXT = "Labels"

YES = QT_TRANSLATE_NOOP(CONTEXT, "ja")
NO = QT_TRANSLATE_NOOP(CONTEXT, "nei")


def label(value: StrEnum) -> str:
    """The label of an enum value, in the user's language: the app's own word
    (:func:`oppgave.domain.labels.label`), so the sheet says what the app says."""
    return domain_labels.label(value)


def labels(enum_type: type[E]) -> list[str]:
    return [label(member) for member in enum_type]


def parse_label(enum_type: type[E], text: object) -> E:
    """An enum value from any word :mod:`oppgave.domain.labels` knows for it (labels in both
    languages, long forms, synonyms, older exports' words, the stored value)."""
    try:
        return domain_labels.parse(enum_type, text)
    except ValidationError as error:
        raise TaskTextError(error.message) from None


def yes_no(value: bool) -> str:
    return translate(CONTEXT, YES if value else NO)


def parse_yes_no(text: object) -> bool:
    key = normalise("" if text is None else str(text))
    if key in ("ja", "yes", "true", "sann", "1", "x", normalise(translate(CONTEXT, YES))):
        return True
    if key in ("nei", "no", "false", "usann", "0", "", normalise(translate(CONTEXT, NO))):
        return False
    raise TaskTextError(translate(CONTEXT, "Skriv ja eller nei («{text}»).").format(text=text))
