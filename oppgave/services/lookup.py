"""Fetching one row by id inside a transaction, with a message when it is gone; setting the one
value of a row found by its natural key (a cell of a staffing table)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, delete, func, select
from sqlalchemy.orm import Session

from oppgave.errors import NotFoundError, ReadOnlyWorkspaceError
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
            delete_row(session, row)  # refused on a server: says so (see delete_where)
    elif row is None:
        session.add(model(**key, **{field: value}))
    else:
        setattr(row, field, value)
    return previous


def no_access_error() -> ReadOnlyWorkspaceError:
    """A delete the server refused by hiding the rows from it (row-level security filters a
    DELETE to the rows the user may change instead of raising): say so instead of pretending
    it happened."""
    return ReadOnlyWorkspaceError(
        translate(
            "Lookup",
            "Ingen tilgang: serveren lot deg ikke slette dette (det hører til en avdeling du "
            "ikke har skrivetilgang til). Ingenting er slettet.",
        )
    )


def delete_where(
    session: Session, model: type[Any], *conditions: ColumnElement[bool], expected: int
) -> int:
    """Delete the rows of ``model`` matching ``conditions``, which the caller has just seen
    ``expected`` of, and refuse when fewer went: on a server a refused DELETE touches no row
    rather than raising, and a row another user deleted meanwhile is not there to delete.
    Rows still visible afterwards mean the server refused (no access); rows gone mean someone
    else got there first (changed by another). Either way the transaction is rolled back by
    the caller's ``transaction()`` and nothing is half done."""
    from oppgave.db.server import stale_edit_error

    result = session.execute(
        delete(model).where(*conditions).execution_options(synchronize_session=False)
    )
    deleted: int | None = getattr(result, "rowcount", None)  # a CursorResult for a DELETE
    if deleted is not None and 0 <= deleted < expected:
        left = session.scalar(select(func.count()).select_from(model).where(*conditions))
        raise no_access_error() if left else stale_edit_error()
    return int(deleted or 0)


def delete_row(session: Session, row: Any) -> None:
    """Delete one loaded ORM row by its id and check that it went (:func:`delete_where`);
    the database's ON DELETE CASCADE takes its children, as ``session.delete`` relied on."""
    model = type(row)
    delete_where(session, model, model.id == row.id, expected=1)
    session.expunge(row)
