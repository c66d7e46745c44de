"""The task table: one row per task of the selected department, shares of the selected scenario.

The model reads from the :class:`DepartmentContext`'s task cache (never from the database in
``data()``), formats a row's cells once when it is first painted and keeps that text until the
task changes, and writes every edit through an undo command. Cell text is parsed with
:mod:`oppgave.domain.task_text`; input that cannot be parsed, or that a service refuses, makes
:meth:`setData` return ``False`` with the reason in :attr:`last_error` (and
:attr:`edit_refused`), so the delegate can show it at the cell.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from oppgave.domain import labels, numbers, task_text
from oppgave.domain import records as r
from oppgave.domain.enums import Category, DelegationRule, RiskLevel, TaskStatus
from oppgave.errors import OppgaveError
from oppgave.i18n import QT_TRANSLATE_NOOP
from oppgave.ui.common.text_cell_delegate import CONFIRM_ROLE, UNCONFIRMED_ROLE
from oppgave.ui.document.department_context import DepartmentContext, TaskUpdate
from oppgave.ui.document.undo_commands import SetSharesCommand, edit_task_command
from oppgave.ui.document.workspace_document import ChangeKind, DataChange

Index = QModelIndex | QPersistentModelIndex

TASK_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class TaskColumn(IntEnum):
    NAME = 0
    CATEGORY = 1
    FREQUENCY = 2
    WINDOWS = 3
    DURATION = 4
    STAFF = 5
    HOURS = 6
    ROLES = 7
    COMPETENCES = 8
    RESTRICTION = 9
    STATUS = 10
    NOTES = 11
    DESCRIPTION = 12
    # appended after the original columns, so rows pasted without a header line and column
    # layouts saved by earlier versions keep their meaning
    RISK = 13
    DELEGATION = 14


#: Column headers (Norwegian source text, translated in ``headerData``).
COLUMN_TITLES: dict[TaskColumn, str] = {
    TaskColumn.NAME: QT_TRANSLATE_NOOP("TaskColumn", "Oppgave"),
    TaskColumn.CATEGORY: QT_TRANSLATE_NOOP("TaskColumn", "Kategori"),
    TaskColumn.FREQUENCY: QT_TRANSLATE_NOOP("TaskColumn", "Hyppighet"),
    TaskColumn.WINDOWS: QT_TRANSLATE_NOOP("TaskColumn", "Tid på døgnet"),
    TaskColumn.DURATION: QT_TRANSLATE_NOOP("TaskColumn", "Varighet"),
    TaskColumn.STAFF: QT_TRANSLATE_NOOP("TaskColumn", "Ansatte samtidig"),
    TaskColumn.HOURS: QT_TRANSLATE_NOOP("TaskColumn", "Timer/uke"),
    TaskColumn.ROLES: QT_TRANSLATE_NOOP("TaskColumn", "Utføres av"),
    TaskColumn.COMPETENCES: QT_TRANSLATE_NOOP("TaskColumn", "Krever kompetanse"),
    TaskColumn.RESTRICTION: QT_TRANSLATE_NOOP("TaskColumn", "Begrensning"),
    TaskColumn.STATUS: QT_TRANSLATE_NOOP("TaskColumn", "Status"),
    TaskColumn.NOTES: QT_TRANSLATE_NOOP("TaskColumn", "Notater"),
    TaskColumn.DESCRIPTION: QT_TRANSLATE_NOOP("TaskColumn", "Beskrivelse"),
    TaskColumn.RISK: QT_TRANSLATE_NOOP("TaskColumn", "Risiko"),
    TaskColumn.DELEGATION: QT_TRANSLATE_NOOP("TaskColumn", "Delegering"),
}

#: What each column explains in its header tool tip.
COLUMN_HINTS: dict[TaskColumn, str] = {
    TaskColumn.FREQUENCY: QT_TRANSLATE_NOOP(
        "TaskColumn", "Hvor ofte, f.eks. «2 per dag», «1 per uke (man–fre)», «4 per år»"
    ),
    TaskColumn.WINDOWS: QT_TRANSLATE_NOOP(
        "TaskColumn", "Når på døgnet, f.eks. «07:00–09:00, 15:00–16:00» eller «dag, kveld»"
    ),
    TaskColumn.DURATION: QT_TRANSLATE_NOOP(
        "TaskColumn", "Minutter per gang, f.eks. «15» eller «1,5 t»"
    ),
    TaskColumn.STAFF: QT_TRANSLATE_NOOP("TaskColumn", "Hvor mange som må være med samtidig"),
    TaskColumn.HOURS: QT_TRANSLATE_NOOP(
        "TaskColumn", "Ganger per uke × varighet / 60 × ansatte samtidig (regnes ut)"
    ),
    TaskColumn.ROLES: QT_TRANSLATE_NOOP(
        "TaskColumn", "Hvem gjør oppgaven i valgt scenario, f.eks. «HFA 70 %, SPL 30 %»"
    ),
    TaskColumn.COMPETENCES: QT_TRANSLATE_NOOP("TaskColumn", "Kompetanser oppgaven krever"),
    TaskColumn.RESTRICTION: QT_TRANSLATE_NOOP(
        "TaskColumn", "Hvem som har lov: «autorisert», «nivå 2», «bare SPL, VPL» eller tom"
    ),
    TaskColumn.RISK: QT_TRANSLATE_NOOP(
        "TaskColumn",
        "Hvor stor skade en feil kan gjøre: lav, middels eller høy. "
        "Oppgaver med høy risiko går aldri under fastsatt LEON-nivå i et forslag",
    ),
    TaskColumn.DELEGATION: QT_TRANSLATE_NOOP(
        "TaskColumn",
        "Kan overføres, kan delegeres med veiledning (gir veiledningstid og "
        "kompetansegodkjenning) eller beholdes hos dagens yrkesgrupper",
    ),
}

#: The task field each column edits (ROLES edits the scenario's shares instead).
COLUMN_FIELDS: dict[TaskColumn, str] = {
    TaskColumn.NAME: "name",
    TaskColumn.CATEGORY: "category",
    TaskColumn.FREQUENCY: "frequency",
    TaskColumn.WINDOWS: "windows",
    TaskColumn.DURATION: "duration_minutes",
    TaskColumn.STAFF: "staff_count",
    TaskColumn.COMPETENCES: "competence_ids",
    TaskColumn.RESTRICTION: "restriction",
    TaskColumn.STATUS: "status",
    TaskColumn.NOTES: "notes",
    TaskColumn.DESCRIPTION: "description",
    TaskColumn.RISK: "risk_level",
    TaskColumn.DELEGATION: "delegation_rule",
}

NUMERIC_COLUMNS = {TaskColumn.DURATION, TaskColumn.STAFF, TaskColumn.HOURS}
UNASSIGNED_COLOUR = QColor("#b00020")
#: A default the app filled in and the user has not confirmed: placeholder grey.
UNCONFIRMED_COLOUR = QColor("#7a7a7a")
#: The cells a quick-added task gets defaults for (category, «1 per dag», «15 min»).
QUICK_ADD_DEFAULTS = frozenset({TaskColumn.CATEGORY, TaskColumn.FREQUENCY, TaskColumn.DURATION})


def column_title(column: TaskColumn) -> str:
    return QCoreApplication.translate("TaskColumn", COLUMN_TITLES[column])


def _tr(text: str) -> str:
    return QCoreApplication.translate("TaskTableModel", text)


#: The column → the key of :func:`oppgave.domain.task_text.read_cell` (shared with the paste).
CELL_KEYS: dict[TaskColumn, str] = {
    TaskColumn.CATEGORY: "category",
    TaskColumn.STATUS: "status",
    TaskColumn.FREQUENCY: "frequency",
    TaskColumn.WINDOWS: "windows",
    TaskColumn.DURATION: "duration",
    TaskColumn.STAFF: "staff",
    TaskColumn.COMPETENCES: "competences",
    TaskColumn.RESTRICTION: "restriction",
    TaskColumn.RISK: "risk",
    TaskColumn.DELEGATION: "delegation",
}


class TaskTableModel(QAbstractTableModel):
    """Tasks of the context's department as table rows."""

    #: (row, column, message) when an edit was refused.
    edit_refused = Signal(int, int, str)
    #: (row, column) when an edit was accepted (a refusal shown before is out of date).
    edit_accepted = Signal(int, int)

    def __init__(self, context: DepartmentContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.context = context
        self.last_error = ""
        self._ids: list[int] = []
        self._texts: dict[int, tuple[str, ...]] = {}
        self._search: dict[int, str] = {}
        self._labels: dict[Category | TaskStatus | RiskLevel | DelegationRule, str] = {}
        self._sort_column: int = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._role_map: dict[int, r.Role] = {}
        self._competence_map: dict[int, r.Competence] = {}
        self._shifts: tuple[r.ShiftDefinition, ...] = r.DEFAULT_SHIFTS
        self._bold = QFont()
        self._bold.setBold(True)
        self._italic = QFont()
        self._italic.setItalic(True)
        #: Per task: cells holding a default the user has not confirmed yet (this session).
        self.unconfirmed: dict[int, set[TaskColumn]] = {}
        self._load_catalogue()
        context.tasks_loaded.connect(self.reset_from_context)
        context.tasks_changed.connect(self.apply_update)
        context.data_changed.connect(self._on_data_changed)
        self.reset_from_context()

    # --- Qt model interface ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(TaskColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(TaskColumn):
            column = TaskColumn(section)
            if role == Qt.ItemDataRole.DisplayRole:
                return column_title(column)
            if role == Qt.ItemDataRole.ToolTipRole and column in COLUMN_HINTS:
                return QCoreApplication.translate("TaskColumn", COLUMN_HINTS[column])
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() != TaskColumn.HOURS:
            flags |= Qt.ItemFlag.ItemIsEditable
        if index.column() == TaskColumn.ROLES and self.context.scenario is None:
            flags &= ~Qt.ItemFlag.ItemIsEditable
        if self.context.data_locked:
            flags &= ~Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None
        task_id = self._ids[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._row_texts(task_id)[column]
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(task_id, column)
        unconfirmed = column in self.unconfirmed.get(task_id, ())
        if role == UNCONFIRMED_ROLE:
            return unconfirmed
        if unconfirmed and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(UNCONFIRMED_COLOUR)
        if unconfirmed and role == Qt.ItemDataRole.FontRole:
            return self._italic
        if unconfirmed and role == Qt.ItemDataRole.ToolTipRole:
            return _tr(
                "Standardverdi, ikke bekreftet: skriv riktig verdi, eller trykk Enter to ganger "
                "for å beholde den."
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(task_id, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC_COLUMNS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == TaskColumn.ROLES:
            if not self.context.shares(task_id):
                return QBrush(UNASSIGNED_COLOUR)
        if role == Qt.ItemDataRole.FontRole and column == TaskColumn.NAME:
            return self._bold
        if role == TASK_ID_ROLE:
            return task_id
        if role == SORT_ROLE:
            return self._sort_key(column)(task_id)
        return None

    def mark_unconfirmed(self, task_ids: Iterable[int], columns: Iterable[TaskColumn]) -> None:
        """Show these cells as placeholders (defaults the app filled in) until confirmed."""
        for task_id in task_ids:
            self.unconfirmed.setdefault(task_id, set()).update(columns)
            row = self.row_of(task_id)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(TaskColumn) - 1))

    def _confirm(self, task_id: int, column: int) -> None:
        cells = self.unconfirmed.get(task_id)
        if cells is None or column not in cells:
            return
        cells.discard(TaskColumn(column))
        if not cells:
            del self.unconfirmed[task_id]
        row = self.row_of(task_id)
        if row is not None:
            self.dataChanged.emit(self.index(row, column), self.index(row, column))

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role == CONFIRM_ROLE and index.isValid():
            self._confirm(self._ids[index.row()], index.column())
            return True
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        task = self.context.task(self._ids[index.row()])
        if task is None:
            return False
        self.last_error = ""
        column = TaskColumn(index.column())
        try:
            command = self._command_for(task, column, value)
            if command is not None:
                self.context.execute(command)
        except OppgaveError as error:
            self.last_error = error.message
            self.edit_refused.emit(index.row(), index.column(), error.message)
            return False
        self._confirm(task.id, index.column())
        self.edit_accepted.emit(index.row(), index.column())
        return True

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort rows by a column's value (numbers as numbers); ``-1`` restores the task order."""
        self._sort_column = column
        self._sort_order = order
        self.layoutAboutToBeChanged.emit()
        old_ids = list(self._ids)
        self._ids = self._ordered(self._ids)
        self._move_persistent(old_ids)
        self.layoutChanged.emit()

    # --- reading rows ----------------------------------------------------------------------------

    def task_id_at(self, row: int) -> int:
        return self._ids[row]

    def task_at(self, row: int) -> r.Task | None:
        return self.context.task(self._ids[row])

    def row_of(self, task_id: int) -> int | None:
        try:
            return self._ids.index(task_id)
        except ValueError:
            return None

    def row_texts(self, row: int) -> tuple[str, ...]:
        return self._row_texts(self._ids[row])

    def search_text(self, row: int) -> str:
        """Everything a text filter looks at in a row, case-folded: names, notes, category,
        status, who does it (codes and names) and required competences (codes and names).

        Built from the record, not from the formatted cells, so that filtering 10,000 rows
        the first time does not format 130,000 cells."""
        task_id = self._ids[row]
        text = self._search.get(task_id)
        if text is None:
            task = self.context.task(task_id)
            if task is None:
                return ""
            parts = [
                task.name,
                task.description,
                task.notes,
                self._label(task.category),
                self._label(task.status),
                self._label(task.risk_level),
                self._label(task.delegation_rule),
            ]
            for role_id in self.context.shares(task_id):
                role = self._role_map.get(role_id)
                if role is not None:
                    parts += (role.code, role.name)
            for competence_id in task.competence_ids:
                competence = self._competence_map.get(competence_id)
                if competence is not None:
                    parts += (competence.code, competence.name)
            text = " ".join(parts).casefold()
            self._search[task_id] = text
        return text

    # --- keeping up with the context -------------------------------------------------------------

    def reset_from_context(self) -> None:
        self.beginResetModel()
        self._texts.clear()
        self._search.clear()
        self._ids = [task.id for task in self.context.task_list()]
        if self._sort_column >= 0:
            self._ids = self._ordered(self._ids)
        self.endResetModel()

    def apply_update(self, update: TaskUpdate) -> None:
        for task_id in update.removed:
            self._texts.pop(task_id, None)
            self._search.pop(task_id, None)
            row = self.row_of(task_id)
            if row is not None:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._ids[row]
                self.endRemoveRows()
        for task_id in update.changed:
            self._texts.pop(task_id, None)
            self._search.pop(task_id, None)
            row = self.row_of(task_id)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(TaskColumn) - 1))
        if update.added:
            order = {task_id: i for i, task_id in enumerate(self.context.task_order())}
            for task_id in sorted(update.added, key=lambda i: order.get(i, 0)):
                if task_id in self._ids or task_id not in order:
                    continue
                row = self._insert_position(task_id, order)
                self.beginInsertRows(QModelIndex(), row, row)
                self._ids.insert(row, task_id)
                self.endInsertRows()

    def _insert_position(self, task_id: int, order: dict[int, int]) -> int:
        if self._sort_column >= 0:
            key = self._sort_key(self._sort_column)
            keys = [key(i) for i in self._ids]
            new_key = key(task_id)
            if self._sort_order == Qt.SortOrder.DescendingOrder:
                return len(keys) - bisect.bisect_right(keys[::-1], new_key)
            return bisect.bisect_right(keys, new_key)
        positions = [order.get(i, -1) for i in self._ids]
        return bisect.bisect_left(positions, order[task_id])

    def _on_data_changed(self, change: DataChange) -> None:
        if change.touches(ChangeKind.CATALOGUE) or change.touches(ChangeKind.SETTINGS):
            self._load_catalogue()
            self.refresh_texts()

    def _load_catalogue(self) -> None:
        document = self.context.document
        self._role_map = document.role_map()
        self._competence_map = document.competence_map()
        self._shifts = document.settings().shifts

    def _label(self, value: Category | TaskStatus | RiskLevel | DelegationRule) -> str:
        text = self._labels.get(value)
        if text is None:
            text = self._labels[value] = labels.label(value)
        return text

    def refresh_texts(self) -> None:
        """Format every cell again (after a catalogue change or a language switch)."""
        self._texts.clear()
        self._labels.clear()
        self._search.clear()
        if self._ids:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, len(TaskColumn) - 1)
            )
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(TaskColumn) - 1)

    # --- formatting ------------------------------------------------------------------------------

    def _row_texts(self, task_id: int) -> tuple[str, ...]:
        texts = self._texts.get(task_id)
        if texts is None:
            task = self.context.task(task_id)
            texts = self._format(task) if task is not None else ("",) * len(TaskColumn)
            self._texts[task_id] = texts
        return texts

    def _catalogue(self) -> task_text.Catalogue:
        return task_text.Catalogue(
            tuple(self._role_map.values()), tuple(self._competence_map.values()), self._shifts
        )

    def _format(self, task: r.Task) -> tuple[str, ...]:
        shares = self.context.shares(task.id)
        catalogue = self._catalogue()
        return (
            task.name,
            task_text.write_cell("category", task, catalogue),
            task_text.write_cell("frequency", task, catalogue),
            task_text.write_cell("windows", task, catalogue),
            task_text.write_cell("duration", task, catalogue),
            task_text.write_cell("staff", task, catalogue),
            numbers.format_number(task.hours_per_week, 2),
            task_text.format_shares(shares, self._role_map)
            if shares
            else task_text.unassigned_label(),
            task_text.write_cell("competences", task, catalogue),
            task_text.write_cell("restriction", task, catalogue),
            task_text.write_cell("status", task, catalogue),
            task.notes,
            task.description,
            task_text.write_cell("risk", task, catalogue),
            task_text.write_cell("delegation", task, catalogue),
        )

    def _edit_value(self, task_id: int, column: int) -> Any:
        task = self.context.task(task_id)
        if task is None:
            return None
        if column == TaskColumn.CATEGORY:
            return task.category
        if column == TaskColumn.STATUS:
            return task.status
        if column == TaskColumn.RISK:
            return task.risk_level
        if column == TaskColumn.DELEGATION:
            return task.delegation_rule
        if column == TaskColumn.COMPETENCES:
            return task.competence_ids
        if column == TaskColumn.ROLES:
            shares = self.context.shares(task_id)
            return task_text.format_shares(shares, self._role_map) if shares else ""
        return self._row_texts(task_id)[column]

    def _tooltip(self, task_id: int, column: int) -> str | None:
        if column == TaskColumn.ROLES:
            shares = self.context.shares(task_id)
            if not shares:
                return _tr("Ingen er satt til å gjøre oppgaven i dette scenarioet.")
            return "\n".join(
                f"{self._role_map[i].name}: {numbers.format_number(s)} %"
                for i, s in shares.items()
                if i in self._role_map
            )
        if column == TaskColumn.COMPETENCES:
            task = self.context.task(task_id)
            if task is None or not task.competence_ids:
                return None
            return "\n".join(
                sorted(
                    self._competence_map[c].name
                    for c in task.competence_ids
                    if c in self._competence_map
                )
            )
        text = self._row_texts(task_id)[column]
        return text if column in (TaskColumn.NOTES, TaskColumn.DESCRIPTION) and text else None

    # --- editing ---------------------------------------------------------------------------------

    def _command_for(self, task: r.Task, column: TaskColumn, value: Any) -> Any:
        """The undo command for writing ``value`` to ``column``; ``None`` when nothing changes.

        Raises :class:`ValidationError` for text that cannot be read.
        """
        if column == TaskColumn.ROLES:
            shares = task_text.parse_shares(str(value or ""), list(self._role_map.values()))
            if shares == self.context.shares(task.id):
                return None
            assert self.context.scenario is not None
            return SetSharesCommand(self.context.document, self.context.scenario, task, shares)
        changes = self._parse(column, value, task)
        changes = {key: v for key, v in changes.items() if getattr(task, key) != v}
        if not changes:
            return None
        return edit_task_command(self.context.document, task, changes, column_title(column))

    def _parse(self, column: TaskColumn, value: Any, task: r.Task | None = None) -> dict[str, Any]:
        text = value if isinstance(value, str) else ""
        if column == TaskColumn.NAME:
            return {"name": text}
        if column == TaskColumn.CATEGORY and isinstance(value, Category):
            return {"category": value}
        if column == TaskColumn.STATUS and isinstance(value, TaskStatus):
            return {"status": value}
        if column == TaskColumn.COMPETENCES and isinstance(value, frozenset | set):
            return {"competence_ids": frozenset(value)}
        if column == TaskColumn.RISK and isinstance(value, RiskLevel):
            return {"risk_level": value}
        if column == TaskColumn.DELEGATION and isinstance(value, DelegationRule):
            return {"delegation_rule": value}
        if column == TaskColumn.NOTES:
            return {"notes": text}
        if column == TaskColumn.DESCRIPTION:
            return {"description": text}
        key = CELL_KEYS.get(column)
        if key is None:
            return {}
        windows = task.windows if task is not None else ()
        return task_text.read_cell(key, text, self._catalogue(), windows)

    # --- sorting ---------------------------------------------------------------------------------

    def _sort_key(self, column: int) -> Callable[[int], Any]:
        def task_of(task_id: int) -> r.Task | None:
            return self.context.task(task_id)

        def numeric(get: Callable[[r.Task], float]) -> Callable[[int], Any]:
            def key(task_id: int) -> Any:
                task = task_of(task_id)
                return get(task) if task is not None else 0.0

            return key

        if column == TaskColumn.FREQUENCY:
            return numeric(lambda t: t.frequency.occurrences_per_week())
        if column == TaskColumn.DURATION:
            return numeric(lambda t: t.duration_minutes)
        if column == TaskColumn.STAFF:
            return numeric(lambda t: float(t.staff_count))
        if column == TaskColumn.HOURS:
            return numeric(lambda t: t.hours_per_week)
        if column == TaskColumn.WINDOWS:
            return numeric(lambda t: t.windows[0].start_minute if t.windows else 10_000.0)
        if column == TaskColumn.STATUS:
            statuses = list(TaskStatus)
            return numeric(lambda t: float(statuses.index(t.status)))
        if column == TaskColumn.RISK:
            risks = list(RiskLevel)
            return numeric(lambda t: float(risks.index(t.risk_level)))
        if column == TaskColumn.DELEGATION:
            rules = list(DelegationRule)
            return numeric(lambda t: float(rules.index(t.delegation_rule)))
        return lambda task_id: self._row_texts(task_id)[column].casefold()

    def _ordered(self, ids: Iterable[int]) -> list[int]:
        if self._sort_column < 0:
            order = {task_id: i for i, task_id in enumerate(self.context.task_order())}
            return sorted(ids, key=lambda i: order.get(i, 0))
        return sorted(
            ids,
            key=self._sort_key(self._sort_column),
            reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
        )

    def _move_persistent(self, old_ids: list[int]) -> None:
        new_rows = {task_id: row for row, task_id in enumerate(self._ids)}
        old = self.persistentIndexList()
        new = [
            self.index(new_rows[old_ids[index.row()]], index.column())
            if 0 <= index.row() < len(old_ids)
            else QModelIndex()
            for index in old
        ]
        self.changePersistentIndexList(old, new)
