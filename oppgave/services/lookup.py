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


def check_version(row: object, expected_version: int | None) -> None:
    """Refuse an edit made on a stale copy: ``expected_version`` is the ``version`` of the
    record the user edited (None: the caller does not know it, e.g. a script). The message is
    the one a stale write gets from the version column (``db.server.stale_edit_error``)."""
    from oppgave.db.server import stale_edit_error

    if expected_version is not None and getattr(row, "version", None) != expected_version:
        raise stale_edit_error()
