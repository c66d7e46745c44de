"""The editable table of the *Lag forslag* dialog: per role a hiring allowance (FTE beyond
today's positions), an optional cap on FTE and an optional minimum of people on each shift.

An empty cell means "no limit". What the user types is only parsed here (a number, not
negative); whether the limits make sense is the service's business
(``services.staffing_proposals.staffing_options``), so the model turns the rows into a
:class:`ProposalRequest` keyed by role id and lets the service check it.
"""

from __future__ import annotations

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

from oppgave.analysis.norwegian_text import format_number
from oppgave.domain import records as r
from oppgave.domain.enums import Shift
from oppgave.services.staffing_proposals import MinimumRequest, ProposalRequest

Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProposalOptionsModel", text)


class OptionColumn(IntEnum):
    ROLE = 0
    POSITIONS = 1
    HIRE = 2
    CAP = 3
    DAY = 4
    EVENING = 5
    NIGHT = 6


SHIFT_OF_COLUMN = {
    OptionColumn.DAY: Shift.DAY,
    OptionColumn.EVENING: Shift.EVENING,
    OptionColumn.NIGHT: Shift.NIGHT,
}


def parse_amount(text: str, *, integer: bool) -> float | None:
    """``""`` → None; «4,5» → 4.5; raises ValueError with a Norwegian message otherwise."""
    clean = text.strip().replace(" ", "").replace("\u00a0", "").replace(",", ".")
    if not clean:
        return None
    try:
        value = float(clean)
    except ValueError:
        raise ValueError(_tr("Skriv et tall, eller la feltet stå tomt.")) from None
    if value < 0:
        raise ValueError(_tr("Kan ikke være negativt."))
    if integer and value != int(value):
        raise ValueError(_tr("Skriv et helt antall personer."))
    return value


class ProposalOptionsModel(QAbstractTableModel):
    """One row per role of the catalogue: today's FTE in positions, the cap and the minimums."""

    #: A typed value was refused; the reason for the user.
    refused = Signal(str)

    def __init__(
        self, roles: list[r.Role], positions_fte: dict[int, float], parent: Any = None
    ) -> None:
        super().__init__(parent)
        self.roles = roles
        self.positions_fte = positions_fte
        self.caps: dict[int, float] = {}
        self.hire: dict[int, float] = {}
        self.minimums: dict[tuple[int, Shift], int] = {}
        self.last_error = ""

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.roles)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(OptionColumn)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            OptionColumn.ROLE: _tr("Yrkesgruppe"),
            OptionColumn.POSITIONS: _tr("Årsverk i stillinger i dag"),
            OptionColumn.HIRE: _tr("Kan ansette (årsverk)"),
            OptionColumn.CAP: _tr("Høyst årsverk"),
            OptionColumn.DAY: _tr("Minst på dag"),
            OptionColumn.EVENING: _tr("Minst på kveld"),
            OptionColumn.NIGHT: _tr("Minst på natt"),
        }.get(OptionColumn(section))

    def _value(self, row: int, column: OptionColumn) -> float | None:
        role_id = self.roles[row].id
        if column is OptionColumn.CAP:
            return self.caps.get(role_id)
        if column is OptionColumn.HIRE:
            return self.hire.get(role_id)
        if column in SHIFT_OF_COLUMN:
            found = self.minimums.get((role_id, SHIFT_OF_COLUMN[column]))
            return None if found is None else float(found)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = OptionColumn(index.column())
        item = self.roles[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column is OptionColumn.ROLE:
                return item.name
            if column is OptionColumn.POSITIONS:
                return format_number(self.positions_fte.get(item.id, 0.0), 2)
            value = self._value(index.row(), column)
            if value is None:
                return ""
            decimals = 2 if column in (OptionColumn.CAP, OptionColumn.HIRE) else 0
            return format_number(value, decimals)
        if role == Qt.ItemDataRole.TextAlignmentRole and column is not OptionColumn.ROLE:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and column is OptionColumn.HIRE:
            return _tr("Årsverk som kan ansettes utover dagens stillinger. Tomt: ingen")
        if role == Qt.ItemDataRole.ToolTipRole and column is not OptionColumn.ROLE:
            return _tr("Tomt: ingen grense")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() >= OptionColumn.HIRE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column = OptionColumn(index.column())
        if column < OptionColumn.HIRE:
            return False
        try:
            amount = parse_amount(
                str(value), integer=column not in (OptionColumn.CAP, OptionColumn.HIRE)
            )
        except ValueError as error:
            self.last_error = str(error)
            self.refused.emit(self.last_error)
            return False
        self.last_error = ""
        role_id = self.roles[index.row()].id
        if column in (OptionColumn.CAP, OptionColumn.HIRE):
            target = self.caps if column is OptionColumn.CAP else self.hire
            if amount is None:
                target.pop(role_id, None)
            else:
                target[role_id] = amount
        else:
            key = (role_id, SHIFT_OF_COLUMN[column])
            if amount is None:
                self.minimums.pop(key, None)
            else:
                self.minimums[key] = int(amount)
        self.dataChanged.emit(index, index)
        return True

    def request(self) -> ProposalRequest:
        """The options as the service takes them (roles by id)."""
        return ProposalRequest(
            caps={role_id: fte for role_id, fte in self.caps.items()},
            hire={role_id: fte for role_id, fte in self.hire.items() if fte > 0},
            minimums=tuple(
                MinimumRequest(role=role_id, people=people, shift=shift)
                for (role_id, shift), people in sorted(
                    self.minimums.items(), key=lambda item: (item[0][0], item[0][1].value)
                )
                if people > 0
            ),
        )
