"""Filtering the task table by text, category, role and status, fast on 10,000 rows.

A filter change decides every row once, in one Python loop over cached row text, and the proxy
then only looks the decision up; rows that appear later (a task just added) are decided when
they arrive, and a row being edited keeps its decision, so it does not vanish under the cursor
because the edit made it stop matching. Sorting is passed to the source model, which sorts on
typed keys in one ``sorted()`` call instead of through millions of ``lessThan`` calls.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from oppgave.domain.enums import Category, TaskStatus
from oppgave.ui.tasks.task_table_model import TaskTableModel

#: Qt 6.9 replaced invalidateRowsFilter() by beginFilterChange()/endFilterChange().
_NEW_FILTER_API = hasattr(QSortFilterProxyModel, "beginFilterChange")

#: The role filter value that means "tasks nobody does in the scenario".
UNASSIGNED = -1


@dataclass(frozen=True, slots=True)
class TaskFilter:
    text: str = ""
    category: Category | None = None
    role_id: int | None = None  # or UNASSIGNED
    status: TaskStatus | None = None

    @property
    def active(self) -> bool:
        return bool(self.text.strip()) or any(
            value is not None for value in (self.category, self.role_id, self.status)
        )


class TaskFilterProxyModel(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.filter = TaskFilter()
        self._decided: dict[int, bool] = {}
        # cached for filterAcceptsRow, which Qt calls once per row (10,000 times)
        self._active = False
        self._source_model: TaskTableModel | None = None
        #: Extra restriction set by an extension (the review's «Oppgaver med uenighet»):
        #: only these task ids pass; kept across the tab's own filter changes.
        self.only_tasks: frozenset[int] | None = None
        #: Per task id, an icon and a tooltip shown on the name column (review comments).
        self.markers: dict[int, tuple[Any, str]] = {}
        self.setDynamicSortFilter(False)

    def source(self) -> TaskTableModel:
        model = self.sourceModel()
        assert isinstance(model, TaskTableModel)
        return model

    def _begin(self) -> None:
        if _NEW_FILTER_API:
            self.beginFilterChange()

    def _end(self) -> None:
        if _NEW_FILTER_API:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # Qt < 6.9
            self.invalidateRowsFilter()

    def set_filter(self, task_filter: TaskFilter) -> None:
        self._begin()
        self.filter = task_filter
        self._active = task_filter.active or self.only_tasks is not None
        source = self.source()
        self._source_model = source
        if self._active:
            words = task_filter.text.casefold().split()
            self._decided = {
                source.task_id_at(row): self._matches(source, row, words)
                for row in range(source.rowCount())
            }
        else:
            self._decided = {}
        self._end()

    def reveal(self, task_ids: list[int]) -> None:
        """Show these tasks whatever the filter says (a task just added or pasted)."""
        if not self._active:
            return
        self._begin()
        for task_id in task_ids:
            self._decided[task_id] = True
        self._end()

    def refilter(self) -> None:
        self.set_filter(self.filter)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:  # noqa: N802,E501
        if not self._active:
            return True
        source = self._source_model
        assert source is not None
        task_id = source.task_id_at(source_row)
        decided = self._decided.get(task_id)
        if decided is None:
            words = self.filter.text.casefold().split()
            decided = self._decided[task_id] = self._matches(source, source_row, words)
        return decided

    def _matches(self, source: TaskTableModel, row: int, words: list[str]) -> bool:
        task_filter = self.filter
        task = source.task_at(row)
        if task is None:
            return False
        if self.only_tasks is not None and task.id not in self.only_tasks:
            return False
        if task_filter.category is not None and task.category is not task_filter.category:
            return False
        if task_filter.status is not None and task.status is not task_filter.status:
            return False
        if task_filter.role_id is not None:
            shares = source.context.shares(task.id)
            if task_filter.role_id == UNASSIGNED:
                if shares:
                    return False
            elif task_filter.role_id not in shares:
                return False
        if words:
            haystack = source.search_text(row)
            return all(word in haystack for word in words)
        return True

    def set_only_tasks(self, task_ids: frozenset[int] | None) -> None:
        """Show only these tasks (``None``: no such restriction), on top of the filter."""
        self.only_tasks = task_ids
        self.refilter()

    def set_markers(self, markers: dict[int, tuple[Any, str]]) -> None:
        """Icons and tooltips on the name column, per task id (e.g. tasks with comments)."""
        self.markers = markers
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(self.rowCount() - 1, 0),
                [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole],
            )

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            self.markers
            and index.column() == 0
            and role in (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole)
        ):
            marker = self.markers.get(self.source().task_id_at(self.mapToSource(index).row()))
            if marker is not None:
                return marker[0] if role == Qt.ItemDataRole.DecorationRole else marker[1]
        return super().data(index, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.source().sort(column, order)
