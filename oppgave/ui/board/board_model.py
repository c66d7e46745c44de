"""The board's data: a column per role with a card per task that role does in the scenario.

:func:`build_columns` turns tasks and shares into cards (a split task gets a card in each of its
roles' columns, with its share and that share of the hours); each column is shown by a
:class:`BoardColumnModel`, which also carries cards in drag and drop as ``CARD_MIME`` data.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from oppgave.domain import records as r
from oppgave.domain.competence_rules import CompetenceGap, competence_gaps
from oppgave.domain.totals import fte, hours_by_role

Index = QModelIndex | QPersistentModelIndex
CARD_MIME = "application/x-oppgave-card"
CARD_ROLE = Qt.ItemDataRole.UserRole + 1
FULL_SHARE = 99.99


@dataclass(frozen=True, slots=True)
class Card:
    """One task in one role's column."""

    task: r.Task
    role_id: int | None  # None: the task is not assigned to anyone
    share: float  # percent of the task this role does (100 when unassigned)
    hours: float  # hours per week of this share
    badges: tuple[tuple[str, bool], ...]  # (competence code, the role lacks it)
    gaps: tuple[CompetenceGap, ...]
    allowed: bool  # the task's restriction allows the role

    @property
    def split(self) -> bool:
        return self.role_id is not None and self.share < FULL_SHARE

    @property
    def warning(self) -> bool:
        return bool(self.gaps) or not self.allowed


@dataclass(frozen=True, slots=True)
class ColumnTotals:
    hours: float
    fte: float
    cards: int


def build_columns(
    tasks: Sequence[r.Task],
    shares: Mapping[int, Mapping[int, float]],
    roles: Sequence[r.Role],
    competences: Mapping[int, r.Competence],
    courses: Sequence[r.Course],
    hours_per_fte: float,
    text_filter: str = "",
) -> tuple[dict[int | None, list[Card]], dict[int | None, ColumnTotals]]:
    """Cards per role id (``None``: unassigned), largest hours first, and the column totals.

    Totals count every task (the filter only hides cards): hours = Σ task hours × share;
    FTE = hours / ``hours_per_fte``.
    """
    role_map = {role.id: role for role in roles}
    words = text_filter.casefold().split()
    columns: dict[int | None, list[Card]] = {role.id: [] for role in roles}
    columns[None] = []
    counts: dict[int | None, int] = dict.fromkeys(columns, 0)
    for task in tasks:
        task_shares = shares.get(task.id) or {}
        visible = not words or all(word in task.name.casefold() for word in words)
        placements: list[tuple[int | None, float]] = (
            list(task_shares.items()) if task_shares else [(None, 100.0)]
        )
        for role_id, share in placements:
            if role_id is not None and role_id not in role_map:
                continue
            counts[role_id] += 1
            if not visible:
                continue
            role = role_map.get(role_id) if role_id is not None else None
            gaps = competence_gaps(task, role, competences, courses) if role is not None else ()
            missing = {gap.competence.id for gap in gaps}
            badges = tuple(
                sorted(
                    (competences[c].code, c in missing)
                    for c in task.competence_ids
                    if c in competences
                )
            )
            columns[role_id].append(
                Card(
                    task=task,
                    role_id=role_id,
                    share=share,
                    hours=task.hours_per_week * share / 100.0,
                    badges=badges,
                    gaps=gaps,
                    allowed=role is None or task.allows(role),
                )
            )
    for cards in columns.values():
        cards.sort(key=lambda card: (-card.hours, card.task.name.casefold()))
    hours = hours_by_role(tasks, shares)
    totals = {
        key: ColumnTotals(hours.get(key, 0.0), fte(hours.get(key, 0.0), hours_per_fte), counts[key])
        for key in columns
    }
    return columns, totals


class BoardColumnModel(QAbstractListModel):
    """The cards of one column; a drop emits :attr:`card_dropped` and changes nothing itself
    (the tab moves the task through an undo command, and the board is rebuilt from the data)."""

    #: (task id, from role id or None, share, to role id)
    card_dropped = Signal(int, object, float, object)

    def __init__(self, role: r.Role | None, parent: Any = None) -> None:
        super().__init__(parent)
        self.role = role
        self.cards: list[Card] = []
        #: No drags or drops in an HMS review copy (``DepartmentContext.data_locked``).
        self.locked = False

    @property
    def role_id(self) -> int | None:
        return self.role.id if self.role is not None else None

    def set_cards(self, cards: list[Card]) -> None:
        self.beginResetModel()
        self.cards = list(cards)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.cards)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.cards):
            return None
        card = self.cards[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return card.task.name
        if role == CARD_ROLE:
            return card
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if self.locked:
            if not index.isValid():
                return Qt.ItemFlag.NoItemFlags
            return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return (
                Qt.ItemFlag.ItemIsDropEnabled if self.role is not None else Qt.ItemFlag.NoItemFlags
            )
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [CARD_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        payload = [
            {
                "task_id": self.cards[index.row()].task.id,
                "role_id": self.cards[index.row()].role_id,
                "share": self.cards[index.row()].share,
            }
            for index in indexes
            if index.isValid()
        ]
        mime = QMimeData()
        mime.setData(CARD_MIME, QByteArray(json.dumps(payload).encode("utf-8")))
        return mime

    def canDropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if self.role is None or not data.hasFormat(CARD_MIME):
            return False
        return any(item["role_id"] != self.role.id for item in _payload(data))

    def dropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        assert self.role is not None
        for item in _payload(data):
            if item["role_id"] != self.role.id:
                self.card_dropped.emit(
                    int(item["task_id"]), item["role_id"], float(item["share"]), self.role.id
                )
        return True


def _payload(data: QMimeData) -> list[dict[str, Any]]:
    try:
        items = json.loads(bytes(data.data(CARD_MIME).data()).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return []
    return [item for item in items if isinstance(item, dict) and "task_id" in item]
