"""Fetching one row by id inside a transaction, with a message when it is gone; setting the one
value of a row found by its natural key (a cell of a staffing table)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from sqlalchemy import select
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


def upsert_value(
    session: Session, model: type[Any], key: Mapping[str, Any], field: str, value: Any
) -> Any:
    """Set ``field`` of the ``model`` row whose columns equal ``key`` to ``value``; returns the
    value it had (``None``: there was no row). ``value`` ``None`` deletes the row, so a cell
    with nothing in it has no row.

    For the tables that hold one number per cell (a shift's staffing, a hand edit of the
    bemanningsplan): a select, then an insert, update or delete in the caller's transaction —
    portable SQL, where SQLite's ``INSERT OR REPLACE`` would not run on PostgreSQL and would
    give the row a new id even on SQLite."""
    row = session.scalar(
        select(model).where(*(getattr(model, column) == wanted for column, wanted in key.items()))
    )
    previous = getattr(row, field) if row is not None else None
    if value is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(model(**key, **{field: value}))
    else:
        setattr(row, field, value)
    return previous
