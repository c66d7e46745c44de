"""Fetching one row by id inside a transaction, with a message when it is gone."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from oppgave.errors import NotFoundError
from oppgave.i18n import QT_TRANSLATE_NOOP, translate

T = TypeVar("T")

#: What each table is called in messages for the user.
TABLE_LABELS = {
    "municipality": QT_TRANSLATE_NOOP("Lookup", "kommune"),
    "department": QT_TRANSLATE_NOOP("Lookup", "avdeling"),
    "role": QT_TRANSLATE_NOOP("Lookup", "yrkesgruppe"),
    "competence": QT_TRANSLATE_NOOP("Lookup", "kompetanse"),
    "course": QT_TRANSLATE_NOOP("Lookup", "kurs"),
    "task": QT_TRANSLATE_NOOP("Lookup", "oppgave"),
    "scenario": QT_TRANSLATE_NOOP("Lookup", "scenario"),
    "position": QT_TRANSLATE_NOOP("Lookup", "stilling"),
    "shift_staffing": QT_TRANSLATE_NOOP("Lookup", "vaktbemanning"),
    "review_comment": QT_TRANSLATE_NOOP("Lookup", "kommentar"),
}


def get_or_raise(session: Session, model: type[T], row_id: int) -> T:
    row = session.get(model, row_id)
    if row is None:
        table = getattr(model, "__tablename__", model.__name__)
        what = translate("Lookup", TABLE_LABELS.get(table, table))
        raise NotFoundError(
            translate("Lookup", "Fant ingen {what} med id {id}; den kan være slettet.").format(
                what=what, id=row_id
            )
        )
    return row
