"""Working-environment flags per task and the summary per role (HMS), for the review UI.

The leader sets a task's flags through an undoable task edit; in a review copy the same
checkboxes write a *suggestion* (a comment carrying the flags, ``suggest_work_flags``) that
travels back to the leader. The summary is ``services.work_environment.summary``; this module
only lays it out.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from oppgave.analysis.work_environment import (
    FLAG_ORDER,
    WorkEnvironmentSummary,
    flag_label,
    hours_text,
)
from oppgave.domain import records as r
from oppgave.domain.enums import ReviewerRole, WorkFlag
from oppgave.services import review_comments
from oppgave.services.work_environment import WorkEnvironmentView
from oppgave.ui.document.undo_commands import ServiceCommand
from oppgave.ui.document.workspace_document import DataChange, WorkspaceDocument

Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("WorkEnvironmentView", text)


class SuggestFlagsCommand(ServiceCommand):
    """In a review copy: suggest the whole set of flags for a task. The task keeps one flag
    suggestion (updated by every tick, gone when the boxes match the task again), so the
    leader imports flags, not a blank comment per click. Undo puts the previous suggestion
    back; redo the new one (same uuid)."""

    def __init__(
        self, document: WorkspaceDocument, task: r.Task, flags: int, role: ReviewerRole
    ) -> None:
        super().__init__(
            document, _tr("Foreslå arbeidsmiljømerker for «{task}»").format(task=task.name)
        )
        self.task_id, self.flags, self.role = task.id, flags, role
        self.department_id = task.department_id
        self.before: r.ReviewComment | None = None
        self.after: r.ReviewComment | None = None

    def do_first(self) -> None:
        self.before = review_comments.flag_suggestion(self.workspace, self.task_id)
        self.after = review_comments.set_flag_suggestion(
            self.workspace, self.task_id, self.flags, self.role
        )

    def do_redo(self) -> None:
        current = review_comments.flag_suggestion(self.workspace, self.task_id)
        self.after = review_comments.put_flag_suggestion(self.workspace, current, self.after)

    def do_undo(self) -> None:
        current = review_comments.flag_suggestion(self.workspace, self.task_id)
        review_comments.put_flag_suggestion(self.workspace, current, self.before)

    def change(self) -> DataChange:
        return DataChange(frozenset(), self.department_id)


class FlagBoxes(QWidget):
    """One checkbox per flag; calls ``on_change`` with the ticked flags when the user ticks one."""

    def __init__(self, on_change: Callable[[int], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_change = on_change
        self.boxes: dict[WorkFlag, QCheckBox] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(_tr("Arbeidsmiljø:"), self))
        for flag in FLAG_ORDER:
            box = QCheckBox(flag_label(flag, short=True), self)
            box.setToolTip(flag_label(flag))
            box.clicked.connect(lambda _checked: self._on_change(self.checked_flags()))
            self.boxes[flag] = box
            layout.addWidget(box)
        layout.addStretch(1)

    def checked_flags(self) -> int:
        return sum(int(flag) for flag, box in self.boxes.items() if box.isChecked())

    def set_checked_flags(self, mask: int) -> None:
        for flag, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(bool(mask & flag))
            box.blockSignals(False)


#: The first column of :class:`WorkEnvironmentModel` (the role); one column per flag follows.
ROLE_COLUMN = 0


def flag_of_column(column: int) -> WorkFlag | None:
    """The flag a column of :class:`WorkEnvironmentModel` shows (``None``: the role column)."""
    return None if column == ROLE_COLUMN else FLAG_ORDER[column - ROLE_COLUMN - 1]


class WorkEnvironmentModel(QAbstractTableModel):
    """Per role: for each flag «today → proposal» hours per week; warned cells in red.

    The columns are the role (:data:`ROLE_COLUMN`) and then one per flag in ``FLAG_ORDER``
    (:func:`flag_of_column`); the last row is the sum."""

    def __init__(self, summary: WorkEnvironmentSummary, parent: Any = None) -> None:
        super().__init__(parent)
        self.summary = summary
        self._warned = {(w.role_id, w.flag) for w in summary.warnings}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.summary.roles) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(FLAG_ORDER) + 1

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < self.columnCount():
            return None
        flag = flag_of_column(section)
        return _tr("Yrkesgruppe") if flag is None else flag_label(flag, short=True)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = index.row()
        flag = flag_of_column(index.column())
        total = row == len(self.summary.roles)
        if role == Qt.ItemDataRole.DisplayRole:
            if flag is None:
                return _tr("Sum") if total else self.summary.roles[row].role_name
            item = self.summary.total(flag) if total else self.summary.roles[row].hours(flag)
            if item.today == 0 and item.proposal == 0:
                return "–"
            return f"{hours_text(item.today)} → {hours_text(item.proposal)}"
        if role == Qt.ItemDataRole.TextAlignmentRole and flag is not None:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.BackgroundRole and flag is not None and not total:
            if (self.summary.roles[row].role_id, flag) in self._warned:
                return QBrush(QColor("#f8d0cc"))
        return None


class WorkEnvironmentDialog(QDialog):
    """The summary per role: hours per week of flagged work today and in the proposal."""

    def __init__(self, view: WorkEnvironmentView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Arbeidsmiljø per yrkesgruppe"))
        self.view = view
        heading = QLabel(
            _tr("{department}: timer per uke med merket arbeid, {today} → {proposal}").format(
                department=view.department.name,
                today=view.baseline.name,
                proposal=view.proposal.name,
            ),
            self,
        )
        heading.setWordWrap(True)
        self.model = WorkEnvironmentModel(view.summary, self)
        table = QTableView(self)
        table.setModel(self.model)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ROLE_COLUMN, QHeaderView.ResizeMode.ResizeToContents)
        if view.summary.warnings:
            text = "\n".join(
                "⚠ " + warning.text() + " (" + warning.detail() + ")"
                for warning in view.summary.warnings
            )
        else:
            text = _tr(
                "Ingen advarsler: forslaget samler ikke tunge løft eller alenearbeid "
                "på én yrkesgruppe."
            )
        self.warnings = QLabel(text, self)
        self.warnings.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(table, 1)
        layout.addWidget(self.warnings)
        layout.addWidget(buttons)
        self.resize(900, 420)
