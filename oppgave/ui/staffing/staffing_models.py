"""Table models of the *Bemanning* tab: positions per role, and staffing per shift."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from oppgave.domain import labels, numbers
from oppgave.domain import records as r
from oppgave.domain.enums import DayType, Shift
from oppgave.domain.totals import DAYS_PER_WEEK, fte
from oppgave.errors import OppgaveError, ValidationError
from oppgave.i18n import QT_TRANSLATE_NOOP
from oppgave.services import staffing
from oppgave.ui.document.department_context import DepartmentContext
from oppgave.ui.document.undo_commands import SetPositionsCommand, SetShiftStaffingCommand

Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _tr(text: str) -> str:
    return QCoreApplication.translate("StaffingModels", text)


class PositionColumn(IntEnum):
    ROLE = 0
    SIZE = 1
    COUNT = 2
    FTE = 3


POSITION_TITLES = {
    PositionColumn.ROLE: QT_TRANSLATE_NOOP("StaffingModels", "Yrkesgruppe"),
    PositionColumn.SIZE: QT_TRANSLATE_NOOP("StaffingModels", "Størrelse"),
    PositionColumn.COUNT: QT_TRANSLATE_NOOP("StaffingModels", "Antall"),
    PositionColumn.FTE: QT_TRANSLATE_NOOP("StaffingModels", "Årsverk"),
}


class PositionsTableModel(QAbstractTableModel):
    """One row per (role, position size) with the number of positions."""

    def __init__(self, context: DepartmentContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.context = context
        self.positions: list[r.Position] = []
        self.last_error = ""

    def reload(self) -> None:
        department = self.context.department
        roles = self.context.document.role_map()
        positions = (
            staffing.list_positions(self.context.workspace, department.id) if department else []
        )
        self.beginResetModel()
        self.positions = sorted(
            positions,
            key=lambda p: (
                roles[p.role_id].sort_order if p.role_id in roles else 0,
                -p.size_percent,
            ),
        )
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.positions)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(PositionColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802,E501
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(PositionColumn):
                return _tr(POSITION_TITLES[PositionColumn(section)])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (PositionColumn.SIZE, PositionColumn.COUNT):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.positions):
            return None
        position = self.positions[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == PositionColumn.ROLE:
                found = self.context.document.role_map().get(position.role_id)
                return f"{found.code} – {found.name}" if found else str(position.role_id)
            if column == PositionColumn.SIZE:
                value = numbers.format_number(position.size_percent)
                return value if role == Qt.ItemDataRole.EditRole else f"{value} %"
            if column == PositionColumn.COUNT:
                return str(position.count)
            if column == PositionColumn.FTE:
                return numbers.format_number(position.fte, 2)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != PositionColumn.ROLE:
            return RIGHT
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        position = self.positions[index.row()]
        context = self.context
        document = context.document
        found = document.role_map().get(position.role_id)
        if found is None or context.department is None:
            return False
        self.last_error = ""
        try:
            if index.column() == PositionColumn.COUNT:
                count = numbers.parse_integer(str(value).replace("stk", ""), "count")
                if count == position.count:
                    return True
                context.execute(
                    SetPositionsCommand(
                        document, context.department.id, found, position.size_percent, count
                    )
                )
            elif index.column() == PositionColumn.SIZE:
                size = numbers.parse_number(str(value).replace("%", ""), "size_percent")
                if not 0 < size <= 100:
                    raise ValidationError(_tr("Stillingsstørrelsen må være mellom 0 og 100 %."))
                if size == position.size_percent:
                    return True
                existing = next(
                    (
                        p.count
                        for p in self.positions
                        if p.role_id == position.role_id and p.size_percent == size
                    ),
                    0,
                )
                stack = context.undo_stack
                stack.beginMacro(_tr("Endre stillingsstørrelse for {role}").format(role=found.code))
                try:
                    context.execute(
                        SetPositionsCommand(
                            document, context.department.id, found, size, existing + position.count
                        )
                    )
                    context.execute(
                        SetPositionsCommand(
                            document, context.department.id, found, position.size_percent, 0
                        )
                    )
                finally:
                    stack.endMacro()
            else:
                return False
        except OppgaveError as error:
            self.last_error = error.message
            return False
        return True


#: The shift columns of the staffing grid, in order.
SHIFT_COLUMNS: tuple[tuple[Shift, DayType], ...] = tuple(
    (shift, day_type) for day_type in DayType for shift in Shift
)


class ShiftStaffingTableModel(QAbstractTableModel):
    """Roles × (dag, kveld, natt) × (hverdag, helg), with hours per week and FTE per role, and a
    total row."""

    def __init__(self, context: DepartmentContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.context = context
        self.roles: list[r.Role] = []
        self.counts: dict[tuple[int, Shift, DayType], int] = {}
        self.last_error = ""
        self._bold = QFont()
        self._bold.setBold(True)

    @property
    def hours_column(self) -> int:
        return len(SHIFT_COLUMNS)

    @property
    def fte_column(self) -> int:
        return len(SHIFT_COLUMNS) + 1

    def reload(self) -> None:
        department = self.context.department
        rows = staffing.list_staffing(self.context.workspace, department.id) if department else []
        self.beginResetModel()
        self.roles = list(self.context.document.roles())
        self.counts = {(row.role_id, row.shift, row.day_type): row.count for row in rows}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.roles) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(SHIFT_COLUMNS) + 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802,E501
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and orientation == Qt.Orientation.Vertical
            and 0 <= section < len(self.roles)
        ):
            return self.roles[section].name
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(SHIFT_COLUMNS):
                shift, day_type = SHIFT_COLUMNS[section]
                return f"{labels.label(shift).capitalize()}\n{labels.label(day_type)}"
            if section == self.hours_column:
                return _tr("Timer/uke")
            if section == self.fte_column:
                return _tr("Årsverk")
            return None
        if 0 <= section < len(self.roles):
            return self.roles[section].code
        if section == len(self.roles):
            return _tr("Sum")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.row() < len(self.roles) and index.column() < len(SHIFT_COLUMNS):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def count(self, row: int, column: int) -> int:
        shift, day_type = SHIFT_COLUMNS[column]
        if row < len(self.roles):
            return self.counts.get((self.roles[row].id, shift, day_type), 0)
        return sum(self.counts.get((role.id, shift, day_type), 0) for role in self.roles)

    def hours(self, row: int) -> float:
        """Hours per week: Σ count × shift hours × days of that day type per week."""
        settings = self.context.document.settings()
        return sum(
            self.count(row, column) * settings.shift(shift).hours * DAYS_PER_WEEK[day_type]
            for column, (shift, day_type) in enumerate(SHIFT_COLUMNS)
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() <= len(self.roles):
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column < len(SHIFT_COLUMNS):
                value = self.count(row, column)
                return str(value) if value or role == Qt.ItemDataRole.EditRole else "–"
            hours = self.hours(row)
            if column == self.hours_column:
                return numbers.format_number(hours, 1)
            if column == self.fte_column:
                return numbers.format_number(
                    fte(hours, self.context.document.settings().hours_per_fte), 2
                )
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT
        if role == Qt.ItemDataRole.FontRole and row == len(self.roles):
            return self._bold
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        context = self.context
        if context.department is None:
            return False
        shift, day_type = SHIFT_COLUMNS[index.column()]
        found = self.roles[index.row()]
        self.last_error = ""
        try:
            count = numbers.parse_integer(str(value).strip() or "0", "count")
            if count < 0:
                raise ValidationError(_tr("Antallet kan ikke være negativt."), "count")
            if count == self.count(index.row(), index.column()):
                return True
            context.execute(
                SetShiftStaffingCommand(
                    context.document, context.department.id, found, shift, day_type, count
                )
            )
        except OppgaveError as error:
            self.last_error = error.message
            return False
        return True
