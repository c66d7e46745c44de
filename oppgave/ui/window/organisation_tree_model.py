"""The organisation tree on the left: municipalities with their departments."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from oppgave.domain import labels
from oppgave.domain import records as r

Index = QModelIndex | QPersistentModelIndex
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
#: internalId of top-level (municipality) items; a department's is its municipality row + 1.
TOP = 0


class OrganisationTreeModel(QAbstractItemModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._municipalities: list[r.Municipality] = []
        self._departments: list[list[r.Department]] = []

    def set_data(
        self, municipalities: list[r.Municipality], departments: list[r.Department]
    ) -> None:
        self.beginResetModel()
        self._municipalities = list(municipalities)
        by_municipality: dict[int, list[r.Department]] = {m.id: [] for m in municipalities}
        for department in departments:
            by_municipality.setdefault(department.municipality_id, []).append(department)
        self._departments = [
            sorted(by_municipality[m.id], key=lambda d: d.name.casefold()) for m in municipalities
        ]
        self.endResetModel()

    # --- Qt interface -------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row < len(self._municipalities):
                return self.createIndex(row, 0, TOP)
            return QModelIndex()
        if parent.internalId() == TOP and parent.row() < len(self._departments):
            if row < len(self._departments[parent.row()]):
                return self.createIndex(row, 0, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == TOP:
            return QModelIndex()
        return self.createIndex(int(index.internalId()) - 1, 0, TOP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if not parent.isValid():
            return len(self._municipalities)
        if parent.internalId() == TOP and parent.column() == 0:
            return len(self._departments[parent.row()])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        record = self.record(index)
        if record is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return record.name
        if role == RECORD_ROLE:
            return record
        if role == Qt.ItemDataRole.FontRole and isinstance(record, r.Municipality):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(record, r.Department):
            details = QCoreApplication.translate(
                "OrganisationTreeModel", "{type}, {residents} brukere"
            ).format(type=labels.label(record.service_type), residents=record.residents)
            return f"{record.name}\n{details}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("OrganisationTreeModel", "Kommuner og avdelinger")
        return None

    # --- lookups ------------------------------------------------------------------------------

    def record(self, index: Index) -> r.Municipality | r.Department | None:
        if not index.isValid():
            return None
        if index.internalId() == TOP:
            return (
                self._municipalities[index.row()]
                if index.row() < len(self._municipalities)
                else None
            )
        group = self._departments[int(index.internalId()) - 1]
        return group[index.row()] if index.row() < len(group) else None

    def index_of_department(self, department_id: int) -> QModelIndex:
        for m_row, group in enumerate(self._departments):
            for d_row, department in enumerate(group):
                if department.id == department_id:
                    return self.index(d_row, 0, self.index(m_row, 0))
        return QModelIndex()

    def first_department(self) -> QModelIndex:
        for m_row, group in enumerate(self._departments):
            if group:
                return self.index(0, 0, self.index(m_row, 0))
        return QModelIndex()

    def municipalities(self) -> list[r.Municipality]:
        return list(self._municipalities)
