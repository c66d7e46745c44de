"""The *Bemanning* tab: the department's positions per role (count × size) and how many of each
role work each shift, with the totals leaders ask for (FTE, full-time share, continuity carriers,
and the FTE the shift plan needs)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from oppgave.domain import numbers
from oppgave.domain.totals import fte, position_totals
from oppgave.services import staffing
from oppgave.ui.common.text_cell_delegate import TextCellDelegate
from oppgave.ui.document.department_context import DepartmentContext
from oppgave.ui.document.department_tab import DepartmentTab
from oppgave.ui.document.undo_commands import SetPositionsCommand
from oppgave.ui.document.workspace_document import ChangeKind, DataChange
from oppgave.ui.staffing.staffing_models import (
    PositionColumn,
    PositionsTableModel,
    ShiftStaffingTableModel,
)
from oppgave.ui.window.data_edits import DataEdit


class StaffingTab(DepartmentTab):
    def __init__(self, context: DepartmentContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.positions_model = PositionsTableModel(context, self)
        self.shifts_model = ShiftStaffingTableModel(context, self)

        # positions
        self.positions_view = QTableView(self)
        self.positions_view.setModel(self.positions_model)
        self.positions_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.positions_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.positions_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.positions_view.horizontalHeader().setSectionResizeMode(
            PositionColumn.ROLE, QHeaderView.ResizeMode.Interactive
        )
        self.positions_view.horizontalHeader().resizeSection(
            PositionColumn.ROLE, self.fontMetrics().averageCharWidth() * 26
        )
        self.positions_view.verticalHeader().hide()
        self.positions_view.setWordWrap(False)
        delegate = TextCellDelegate(self.positions_view)
        delegate.advance.connect(lambda index: self._move_below(self.positions_view, index))
        self.positions_view.setItemDelegate(delegate)
        self.role_choice = QComboBox(self)
        self.role_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.role_choice.setMinimumContentsLength(8)  # fits 1280 px at 150 % workshop text
        self.size_choice = QDoubleSpinBox(self)
        self.size_choice.setRange(1, 100)
        self.size_choice.setDecimals(1)
        self.size_choice.setValue(100)
        self.size_choice.setSuffix(" %")
        self.count_choice = QSpinBox(self)
        self.count_choice.setRange(1, 1000)
        self.count_choice.setValue(1)
        add = QPushButton(self.tr("Legg til"), self)
        add.clicked.connect(self.add_positions)
        remove = QPushButton(self.tr("Fjern valgt rad"), self)
        remove.clicked.connect(self.remove_selected_positions)
        add_row = QVBoxLayout()
        first = QHBoxLayout()
        first.addWidget(QLabel(self.tr("Legg til:"), self))
        first.addWidget(self.count_choice)
        first.addWidget(QLabel("×", self))
        first.addWidget(self.size_choice)
        first.addWidget(self.role_choice, 1)
        second = QHBoxLayout()
        second.addStretch(1)
        second.addWidget(add)
        second.addWidget(remove)
        add_row.addLayout(first)
        add_row.addLayout(second)
        self.position_summary = QLabel(self)
        self.position_summary.setWordWrap(True)
        positions_box = QGroupBox(self.tr("Stillinger"), self)
        positions_layout = QVBoxLayout(positions_box)
        positions_layout.addWidget(self.positions_view, 1)
        positions_layout.addLayout(add_row)
        positions_layout.addWidget(self.position_summary)

        # shifts
        self.shifts_view = QTableView(self)
        self.shifts_view.setModel(self.shifts_model)
        self.shifts_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        shift_delegate = TextCellDelegate(self.shifts_view)
        shift_delegate.advance.connect(lambda index: self._move_below(self.shifts_view, index))
        self.shifts_view.setItemDelegate(shift_delegate)
        self.shifts_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.shifts_view.horizontalHeader().setMinimumSectionSize(
            self.fontMetrics().horizontalAdvance("hverdag") + 8
        )
        self.shifts_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.shift_summary = QLabel(self)
        self.shift_summary.setWordWrap(True)
        # A group box is at least as wide as its title: keep it short for a projector.
        shifts_box = QGroupBox(self.tr("Bemanning per vakt"), self)
        shifts_box.setToolTip(self.tr("Antall på jobb per vakt, hverdag og helg"))
        shifts_layout = QVBoxLayout(shifts_box)
        shifts_layout.addWidget(self.shifts_view, 1)
        shifts_layout.addWidget(self.shift_summary)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(positions_box)
        splitter.addWidget(shifts_box)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([470, 670])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(splitter, 1)

        context.department_changed.connect(lambda _d: self.schedule_refresh())
        context.data_changed.connect(self._data_changed)
        self.positions_model.modelReset.connect(self._update_summary)
        self.shifts_model.modelReset.connect(self._update_summary)
        self.schedule_refresh()

    def _move_below(self, view: QTableView, index: object) -> None:
        current = view.currentIndex()
        model = view.model()
        if current.isValid() and current.row() + 1 < model.rowCount():
            view.setCurrentIndex(model.index(current.row() + 1, current.column()))

    def data_edits(self) -> list[DataEdit]:
        """The whole tab edits data (positions, shift staffing): off while the data is locked."""
        return [DataEdit(self)]

    def _data_changed(self, change: DataChange) -> None:
        department = self.context.department
        if change.touches(ChangeKind.CATALOGUE) or change.touches(ChangeKind.SETTINGS):
            self.schedule_refresh()
        elif (
            change.touches(ChangeKind.STAFFING)
            and department is not None
            and (change.department_id in (None, department.id))
        ):
            self.schedule_refresh()

    def refresh(self) -> None:
        current = self.role_choice.currentData()
        self.role_choice.clear()
        for role in self.context.document.roles():
            self.role_choice.addItem(f"{role.code} – {role.name}", role.id)
        position = self.role_choice.findData(current)
        self.role_choice.setCurrentIndex(max(position, 0))
        enabled = self.context.department is not None
        self.setEnabled(enabled)
        self.positions_model.reload()
        self.shifts_model.reload()

    def _update_summary(self) -> None:
        totals = position_totals(self.positions_model.positions)
        self.position_summary.setText(
            self.tr(
                "{people} stillinger · {fte} årsverk · gjennomsnitt {average} % · "
                "heltidsandel {full} % · over 80 % (kontinuitetsbærere) {continuity} %"
            ).format(
                people=totals.people,
                fte=numbers.format_number(totals.fte, 2),
                average=numbers.format_number(totals.average_size_percent, 0),
                full=numbers.format_number(totals.full_time_share * 100, 0),
                continuity=numbers.format_number(totals.continuity_share * 100, 0),
            )
        )
        rows = len(self.shifts_model.roles)
        hours = self.shifts_model.hours(rows) if self.context.department else 0.0
        settings = self.context.document.settings()
        needed = fte(hours, settings.hours_per_fte)
        self.shift_summary.setText(
            self.tr(
                "Vaktplanen dekker {hours} timer per uke = {fte} årsverk à {per_fte} t "
                "(uten fravær). Stillingene gir {positions} årsverk."
            ).format(
                hours=numbers.format_number(hours, 1),
                fte=numbers.format_number(needed, 2),
                per_fte=numbers.format_number(settings.hours_per_fte),
                positions=numbers.format_number(totals.fte, 2),
            )
        )

    def add_positions(self) -> None:
        context = self.context
        role = context.document.role_map().get(self.role_choice.currentData())
        if context.department is None or role is None:
            return
        size = self.size_choice.value()
        existing = next(
            (
                p.count
                for p in staffing.list_positions(context.workspace, context.department.id)
                if p.role_id == role.id and p.size_percent == size
            ),
            0,
        )
        context.run(
            SetPositionsCommand(
                context.document,
                context.department.id,
                role,
                size,
                existing + self.count_choice.value(),
            ),
            self.tr("Kunne ikke legge til stillinger"),
        )

    def remove_selected_positions(self) -> None:
        context = self.context
        rows = sorted(
            {index.row() for index in self.positions_view.selectionModel().selectedRows()}
        )
        if context.department is None or not rows:
            return
        positions = [self.positions_model.positions[row] for row in rows]
        role_map = context.document.role_map()
        stack = context.undo_stack
        stack.beginMacro(self.tr("Fjern stillinger"))
        try:
            for position in positions:
                context.run(
                    SetPositionsCommand(
                        context.document,
                        context.department.id,
                        role_map[position.role_id],
                        position.size_percent,
                        0,
                    )
                )
        finally:
            stack.endMacro()
