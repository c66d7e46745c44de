"""Table model of the *Turnus* tab: positions × days of a rota, with hours and people per shift.

Columns: the position (:class:`LeadColumn`), one column per day of the rota, then the computed
columns (:class:`HoursColumn`: hours over the rota, average per week against the position's
target). Rows: one per position, then one footer row per analysis shift (dag / kveld / natt)
with people on duty against the need. Every figure comes from
:func:`oppgave.services.saved_rotas.rota_view`; the model only lays it out, shades weekend and
holiday columns and marks the cells the rule checker names.

A cell edit does not change the rota here: :attr:`RotaGridModel.edit_requested` asks the tab,
which pushes an undoable command that saves the edited rota; the tab then shows it again.
"""

from __future__ import annotations

from datetime import timedelta
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from oppgave.analysis.rota import DAYS_PER_WEEK, is_weekend_day
from oppgave.analysis.rota_shifts import clock
from oppgave.domain.enums import Shift
from oppgave.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from oppgave.services.saved_rotas import RotaView  # a type only: the service loads SQLAlchemy

Index = QModelIndex | QPersistentModelIndex
CENTER = int(Qt.AlignmentFlag.AlignCenter)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

WEEKEND_BRUSH = QBrush(QColor(226, 226, 232))
VIOLATION_BRUSH = QBrush(QColor(248, 190, 190))
SHORT_BRUSH = QBrush(QColor(240, 150, 150))
FOOTER_BRUSH = QBrush(QColor(240, 244, 250))
#: Shift codes with a colour of their own (the rest keep the view's).
CODE_COLOURS = {"N": QColor(60, 70, 140), "L": QColor(140, 60, 20)}

WEEKDAYS = (
    QT_TRANSLATE_NOOP("RotaModels", "ma"),
    QT_TRANSLATE_NOOP("RotaModels", "ti"),
    QT_TRANSLATE_NOOP("RotaModels", "on"),
    QT_TRANSLATE_NOOP("RotaModels", "to"),
    QT_TRANSLATE_NOOP("RotaModels", "fr"),
    QT_TRANSLATE_NOOP("RotaModels", "lø"),
    QT_TRANSLATE_NOOP("RotaModels", "sø"),
)
SHIFT_TITLES = {
    Shift.DAY: QT_TRANSLATE_NOOP("RotaModels", "Dag"),
    Shift.EVENING: QT_TRANSLATE_NOOP("RotaModels", "Kveld"),
    Shift.NIGHT: QT_TRANSLATE_NOOP("RotaModels", "Natt"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("RotaModels", text)


def _number(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


class LeadColumn(IntEnum):
    """Columns before the days."""

    POSITION = 0


class HoursColumn(IntEnum):
    """Computed columns after the days."""

    HOURS = 0
    PER_WEEK = 1


HOURS_TITLES = {
    HoursColumn.HOURS: QT_TRANSLATE_NOOP("RotaModels", "Timer"),
    HoursColumn.PER_WEEK: QT_TRANSLATE_NOOP("RotaModels", "Per uke (mål)"),
}
FOOTER_SHIFTS = (Shift.DAY, Shift.EVENING, Shift.NIGHT)


class RotaGridModel(QAbstractTableModel):
    """Positions × days of a :class:`RotaView` (empty until :meth:`set_view`)."""

    #: The user picked ``code`` for (position, day): the tab makes the undoable edit.
    edit_requested = Signal(int, int, str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.view: RotaView | None = None
        self.last_error = ""
        self._marked: dict[tuple[int, int], list[str]] = {}
        self._row_marked: dict[int, list[str]] = {}

    # --- content ----------------------------------------------------------------------------------

    def set_view(self, view: RotaView | None) -> None:
        self.beginResetModel()
        self.view = view
        self._marked = {}
        self._row_marked = {}
        if view is not None:
            for violation in view.violations:
                if violation.position is None:
                    continue
                if violation.day is None:
                    self._row_marked.setdefault(violation.position, []).append(violation.message)
                else:
                    key = (violation.position, violation.day)
                    self._marked.setdefault(key, []).append(violation.message)
        self.endResetModel()

    @property
    def days(self) -> int:
        return 0 if self.view is None else self.view.rota.problem.rules.days

    @property
    def positions(self) -> int:
        return 0 if self.view is None else len(self.view.rota.problem.positions)

    def day_of_column(self, column: int) -> int | None:
        day = column - len(LeadColumn)
        return day if 0 <= day < self.days else None

    def column_of_day(self, day: int) -> int:
        return len(LeadColumn) + day

    def hours_column(self, column: HoursColumn) -> int:
        return len(LeadColumn) + self.days + int(column)

    def footer_shift(self, row: int) -> Shift | None:
        index = row - self.positions
        return FOOTER_SHIFTS[index] if 0 <= index < len(FOOTER_SHIFTS) else None

    def codes(self) -> list[tuple[str, str]]:
        """(code, label) choices for a cell: free, then every shift type with its times."""
        choices = [("", _tr("Fri"))]
        if self.view is not None:
            for shift_type in self.view.rota.problem.shift_types:
                choices.append(
                    (shift_type.code, f"{shift_type.code}  {shift_type.name} {shift_type.times()}")
                )
        return choices

    def is_helg(self, day: int) -> bool:
        return self.view is not None and self.view.rota.problem.is_helg(day)

    # --- Qt model ---------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid() or self.view is None:
            return 0
        return self.positions + len(FOOTER_SHIFTS)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid() or self.view is None:
            return 0
        return len(LeadColumn) + self.days + len(HoursColumn)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.row() < self.positions and self.day_of_column(index.column()) is not None:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or self.view is None:
            return None
        day = self.day_of_column(section)
        problem = self.view.rota.problem
        if role == Qt.ItemDataRole.DisplayRole:
            if section == LeadColumn.POSITION:
                return _tr("Stilling")
            if day is None:
                column = HoursColumn(section - len(LeadColumn) - self.days)
                return _tr(HOURS_TITLES[column])
            name = _tr(WEEKDAYS[day % DAYS_PER_WEEK])
            if problem.start is not None:
                when = problem.start + timedelta(days=day)
                return f"{name}\n{when.day}.{when.month}"
            return f"{name}\n{day + 1}"
        if role == Qt.ItemDataRole.ToolTipRole and day is not None:
            week = day // DAYS_PER_WEEK + 1
            text = _tr("Uke {w}, dag {d}").format(w=week, d=day + 1)
            holiday = problem.holidays.get(day)
            if holiday:
                text += "\n" + _tr("{h}: bemannes som søndag").format(h=holiday)
            return text
        if role == Qt.ItemDataRole.BackgroundRole and day is not None and self.is_helg(day):
            return WEEKEND_BRUSH
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        view = self.view
        if view is None or not index.isValid():
            return None
        row, column = index.row(), index.column()
        day = self.day_of_column(column)
        if row >= self.positions:
            return self._footer(row, column, day, role)
        rota = view.rota
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == LeadColumn.POSITION:
                return rota.problem.positions[row].label
            if day is not None:
                return rota.grid[row][day]
            hours = view.hours[row]
            if column == self.hours_column(HoursColumn.HOURS):
                return _number(hours.hours)
            return f"{_number(hours.per_week)} ({_number(hours.target_per_week)})"
        if role == Qt.ItemDataRole.BackgroundRole:
            if day is not None:
                if (row, day) in self._marked:
                    return VIOLATION_BRUSH
                if self.is_helg(day):
                    return WEEKEND_BRUSH
            elif column != LeadColumn.POSITION and not view.hours[row].within:
                return VIOLATION_BRUSH
            elif column == LeadColumn.POSITION and row in self._row_marked:
                return VIOLATION_BRUSH
            return None
        if role == Qt.ItemDataRole.ForegroundRole and day is not None:
            colour = CODE_COLOURS.get(rota.grid[row][day])
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return CENTER if day is not None else (RIGHT if column else None)
        if role == Qt.ItemDataRole.ToolTipRole:
            if day is not None:
                lines = list(self._marked.get((row, day), []))
                code = rota.grid[row][day]
                if code:
                    shift_type = rota.shift_type(code) if code in self._type_codes() else None
                    if shift_type is not None:
                        lines.insert(
                            0,
                            f"{shift_type.name} {clock(shift_type.start_minute)}–"
                            f"{clock(shift_type.end_minute)}",
                        )
                return "\n".join(lines) or None
            if column == LeadColumn.POSITION:
                return "\n".join(self._row_marked.get(row, [])) or None
            hours = view.hours[row]
            return _tr("Mål {t} timer ± {k} over turnusen").format(
                t=_number(hours.target), k=_number(hours.tolerance)
            )
        return None

    def _type_codes(self) -> set[str]:
        assert self.view is not None
        return {t.code for t in self.view.rota.problem.shift_types}

    def _footer(self, row: int, column: int, day: int | None, role: int) -> Any:
        assert self.view is not None
        shift = self.footer_shift(row)
        if shift is None:
            return None
        count = self.view.counts.get((day, shift)) if day is not None else None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == LeadColumn.POSITION:
                return _tr("{s}: på vakt / behov").format(s=_tr(SHIFT_TITLES[shift]))
            if count is not None:
                return f"{count.have}/{count.need}"
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            if count is not None and count.short:
                return SHORT_BRUSH
            return FOOTER_BRUSH
        if role == Qt.ItemDataRole.TextAlignmentRole and day is not None:
            return CENTER
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setPointSizeF(max(6.0, font.pointSizeF() - 1))
            return font
        if role == Qt.ItemDataRole.ToolTipRole and count is not None and count.short:
            return "\n".join(
                v.message
                for v in self.view.violations
                if v.day == day and v.shift is shift and v.position is None
            )
        return None

    def setData(  # noqa: N802
        self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or self.view is None or not index.isValid():
            return False
        day = self.day_of_column(index.column())
        if index.row() >= self.positions or day is None:
            return False
        code = str(value or "").strip().upper()
        if code and code not in self._type_codes():
            self.last_error = _tr("Ukjent vaktkode «{c}».").format(c=code)
            return False
        self.last_error = ""
        if code != self.view.rota.grid[index.row()][day]:
            self.edit_requested.emit(index.row(), day, code)
        return True

    def is_weekend_column(self, column: int) -> bool:
        day = self.day_of_column(column)
        return day is not None and is_weekend_day(day)
