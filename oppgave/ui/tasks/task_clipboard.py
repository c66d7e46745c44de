"""Task rows to and from the clipboard as tab-separated text, the way Excel copies and pastes.

Copied rows hold the cells as the table shows them (with a header line when asked), so they
paste into Excel as columns, and back into the app as new tasks. Pasted text may come with a
header line in any column order (matched against the table's column titles in either language);
without one, the columns are taken in the table's order. Every row is checked before anything is
created: one bad cell refuses the paste with the row, the column and the reason.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt

from oppgave.domain import records as r
from oppgave.domain import task_text
from oppgave.errors import ValidationError
from oppgave.lazy import lazy_module
from oppgave.ui.tasks.task_table_model import (
    CELL_KEYS,
    COLUMN_TITLES,
    TaskColumn,
    TaskTableModel,
    column_title,
)

if TYPE_CHECKING:
    from oppgave.services import tasks
    from oppgave.services.tasks import TaskDraft
else:
    tasks = lazy_module("oppgave.services.tasks")  # SQLAlchemy: loaded on the first paste

MAX_REPORTED_ERRORS = 6

#: Other headers people use for the columns (lower case).
HEADER_ALIASES: dict[TaskColumn, tuple[str, ...]] = {
    TaskColumn.NAME: ("navn", "name", "task", "oppgavenavn"),
    TaskColumn.CATEGORY: ("category",),
    TaskColumn.FREQUENCY: ("frequency", "hvor ofte"),
    TaskColumn.WINDOWS: ("time of day", "tidsrom", "vakt", "vakter", "shifts"),
    TaskColumn.DURATION: ("duration", "minutter", "varighet (min)"),
    TaskColumn.STAFF: ("staff", "antall ansatte", "staff at once"),
    TaskColumn.HOURS: ("hours/week", "timer per uke"),
    TaskColumn.ROLES: ("done by", "hvem", "yrkesgruppe", "roles"),
    TaskColumn.COMPETENCES: ("competences", "kompetanse", "required competences"),
    TaskColumn.RESTRICTION: ("restriction",),
    TaskColumn.STATUS: ("status",),
    TaskColumn.NOTES: ("notes", "notat"),
    TaskColumn.DESCRIPTION: ("description",),
    TaskColumn.RISK: ("risk", "risk level", "risikonivå", "risikovurdering"),
    TaskColumn.DELEGATION: ("delegation", "delegeres", "kan delegeres", "delegeringsregel"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("TaskClipboard", text)


def rows_to_tsv(model: TaskTableModel, rows: Sequence[int], *, with_header: bool = False) -> str:
    """The rows as Excel-style tab-separated text (cells with tabs or newlines are quoted)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter="\t", lineterminator="\n")
    if with_header:
        writer.writerow([column_title(column) for column in TaskColumn])
    for row in rows:
        texts = list(model.row_texts(row))
        # Unassigned is an empty cell, not the words the table shows, so it pastes back.
        roles = model.data(model.index(row, TaskColumn.ROLES), Qt.ItemDataRole.EditRole)
        texts[TaskColumn.ROLES] = str(roles or "")
        writer.writerow(texts)
    return buffer.getvalue()


def _header_map(cells: Sequence[str]) -> dict[int, TaskColumn] | None:
    """Column index → table column when ``cells`` is a header line, else ``None``."""
    names: dict[str, TaskColumn] = {}
    for column in TaskColumn:
        names[COLUMN_TITLES[column].casefold()] = column
        names[column_title(column).casefold()] = column
        for alias in HEADER_ALIASES.get(column, ()):
            names[alias] = column
    mapping = {
        i: names[cell.strip().casefold()]
        for i, cell in enumerate(cells)
        if cell.strip().casefold() in names
    }
    return mapping if len(mapping) >= 2 or TaskColumn.NAME in mapping.values() else None


def looks_like_rows(text: str) -> bool:
    """Whether clipboard text is rows (tabs or several lines) rather than one cell's value."""
    stripped = text.strip("\r\n")
    return "\t" in stripped or "\n" in stripped


def parse_tsv(
    text: str,
    roles: Sequence[r.Role],
    competences: Sequence[r.Competence],
    shifts: Sequence[r.ShiftDefinition] = r.DEFAULT_SHIFTS,
) -> list[TaskDraft]:
    """Drafts of new tasks from tab-separated rows; refuses the whole text on any bad cell."""
    rows = [
        row for row in csv.reader(io.StringIO(text), delimiter="\t") if any(c.strip() for c in row)
    ]
    if not rows:
        raise ValidationError(_tr("Utklippstavlen har ingen rader å lime inn."))
    mapping = _header_map(rows[0])
    first_line = 1
    if mapping is None:
        mapping = {i: TaskColumn(i) for i in range(min(len(rows[0]), len(TaskColumn)))}
        first_line = 0
        for row in rows:
            for i in range(len(mapping), min(len(row), len(TaskColumn))):
                mapping[i] = TaskColumn(i)
    else:
        rows = rows[1:]
    if TaskColumn.NAME not in mapping.values():
        raise ValidationError(_tr("Fant ingen kolonne med oppgavenavn."))
    drafts: list[TaskDraft] = []
    errors: list[str] = []
    for number, row in enumerate(rows, start=first_line + 1):
        try:
            drafts.append(_draft(row, mapping, roles, competences, shifts))
        except _CellError as error:
            errors.append(
                _tr("Rad {row}, {column}: {message}").format(
                    row=number, column=column_title(error.column), message=error.message
                )
            )
    if errors:
        shown = errors[:MAX_REPORTED_ERRORS]
        if len(errors) > len(shown):
            shown.append(_tr("… og {n} feil til.").format(n=len(errors) - len(shown)))
        raise ValidationError(
            _tr("Ingenting ble limt inn:\n{errors}").format(errors="\n".join(shown))
        )
    return drafts


class _CellError(Exception):
    def __init__(self, column: TaskColumn, message: str) -> None:
        super().__init__(message)
        self.column = column
        self.message = message


def _draft(
    row: Sequence[str],
    mapping: dict[int, TaskColumn],
    roles: Sequence[r.Role],
    competences: Sequence[r.Competence],
    shifts: Sequence[r.ShiftDefinition],
) -> TaskDraft:
    cells = {column: row[i].strip() for i, column in mapping.items() if i < len(row)}
    name = cells.get(TaskColumn.NAME, "")
    if not name:
        raise _CellError(TaskColumn.NAME, _tr("Oppgaven mangler navn."))
    fields: dict[str, Any] = {}
    shares: dict[int, float] = {}
    catalogue = task_text.Catalogue(tuple(roles), tuple(competences), tuple(shifts))
    # the time first: «kontinuerlig» in the frequency takes the pasted time windows
    ordered = sorted(cells.items(), key=lambda item: item[0] != TaskColumn.WINDOWS)
    for column, value in ordered:
        if not value or column in (TaskColumn.NAME, TaskColumn.HOURS):
            continue
        try:
            if column == TaskColumn.ROLES:
                shares = task_text.parse_shares(value, roles)
            elif column == TaskColumn.NOTES:
                fields["notes"] = value
            elif column == TaskColumn.DESCRIPTION:
                fields["description"] = value
            elif column in CELL_KEYS:
                fields.update(
                    task_text.read_cell(
                        CELL_KEYS[column], value, catalogue, fields.get("windows", ())
                    )
                )
        except ValidationError as error:
            raise _CellError(column, error.message) from None
    return tasks.TaskDraft(name=name, fields=fields, default_assignment=shares)
