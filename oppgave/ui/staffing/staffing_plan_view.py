"""The *Bemanningsplan* tab: a scenario's people per role per shift, editable by hand.

Rows are role × shift × day type; columns today's staffing, the figure derived from the
scenario's tasks (:mod:`oppgave.analysis.staffing_plan`), the plan (the derived figure or the
leader's hand edit, edited with a spin box), the difference against today and the flags
(overloaded today, spare capacity, edited, added by the safety floor, on call). Beside it: the
full-time answer (``fulltime_effect``) for every 2nd/3rd/4th weekend and 7.5 h / 12.5 h weekend
shifts against the ≥ 50 % goal, and the warnings when an edit breaks a safety floor or leaves a
shift without a competence its tasks need.

Edits go through :class:`SetPlanEditCommand` on the window's undo stack (Ctrl+Z undoes them like
any other edit). A review copy (``data_locked``) shows the plan read-only. The plan is computed
off the UI thread when the tab is shown (the analysis modules load then, not at start-up).
"""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from oppgave.domain import labels, numbers
from oppgave.domain.enums import DayType, Shift
from oppgave.errors import OppgaveError
from oppgave.i18n import QT_TRANSLATE_NOOP
from oppgave.ui.common.background import BackgroundRunner
from oppgave.ui.document.department_context import DepartmentContext
from oppgave.ui.document.department_tab import DepartmentTab
from oppgave.ui.document.undo_commands import SetPlanEditCommand
from oppgave.ui.document.workspace_document import ChangeKind, DataChange

if TYPE_CHECKING:
    from oppgave.analysis.staffing_plan import PlanCell
    from oppgave.services.staffing_plan_edits import EditedPlan
    from oppgave.ui.window.main_window import MainWindow

Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
#: Most people of one role on one shift the spin box offers (the service's limit).
MAX_PEOPLE = 500


def _tr(text: str) -> str:
    return QCoreApplication.translate("StaffingPlanView", text)


class PlanColumn(IntEnum):
    ROLE = 0
    SHIFT = 1
    TODAY = 2
    DERIVED = 3
    PLAN = 4
    CHANGE = 5
    FLAGS = 6


PLAN_TITLES = {
    PlanColumn.ROLE: QT_TRANSLATE_NOOP("StaffingPlanView", "Rolle"),
    PlanColumn.SHIFT: QT_TRANSLATE_NOOP("StaffingPlanView", "Vakt"),
    PlanColumn.TODAY: QT_TRANSLATE_NOOP("StaffingPlanView", "I dag"),
    PlanColumn.DERIVED: QT_TRANSLATE_NOOP("StaffingPlanView", "Beregnet"),
    PlanColumn.PLAN: QT_TRANSLATE_NOOP("StaffingPlanView", "Plan"),
    PlanColumn.CHANGE: QT_TRANSLATE_NOOP("StaffingPlanView", "Endring"),
    PlanColumn.FLAGS: QT_TRANSLATE_NOOP("StaffingPlanView", "Merknad"),
}

PLAN_TIPS = {
    PlanColumn.TODAY: QT_TRANSLATE_NOOP("StaffingPlanView", "Personer på vakt i dag"),
    PlanColumn.DERIVED: QT_TRANSLATE_NOOP(
        "StaffingPlanView",
        "Personer scenarioets oppgaver trenger på vakten, med tilstedeværelse og sikkerhetsgulv",
    ),
    PlanColumn.PLAN: QT_TRANSLATE_NOOP(
        "StaffingPlanView", "Planen: det beregnede tallet, eller ditt eget (dobbeltklikk)"
    ),
    PlanColumn.CHANGE: QT_TRANSLATE_NOOP("StaffingPlanView", "Plan minus i dag"),
}

_OVERLOAD = QColor("#b3261e")
_SPARE = QColor("#1a5fb4")
_EDITED = QColor("#fff3c4")


class StaffingPlanModel(QAbstractTableModel):
    """One row per (role, shift, day type) of the plan; the PLAN column is editable."""

    def __init__(self, context: DepartmentContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.context = context
        self.edited: EditedPlan | None = None
        self.rows: list[PlanCell] = []
        self.last_error = ""
        self._bold = QFont()
        self._bold.setBold(True)

    # --- loading ---------------------------------------------------------------------------------

    def set_plan(self, edited: EditedPlan | None) -> None:
        self.beginResetModel()
        self.edited = edited
        if edited is None:
            self.rows = []
        else:
            order = {role.id: (role.sort_order, role.code) for role in edited.data.roles}
            days = list(DayType)
            shifts = list(Shift)
            self.rows = sorted(
                edited.plan.cells,
                key=lambda c: (
                    order.get(c.role_id, (0, "")),
                    days.index(c.day_type),
                    shifts.index(c.shift),
                ),
            )
        self.endResetModel()

    def cell(self, row: int) -> PlanCell:
        return self.rows[row]

    def derived(self, cell: PlanCell) -> int:
        assert self.edited is not None
        return self.edited.derived.people(cell.role_id, cell.shift, cell.day_type)

    # --- Qt --------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(PlanColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(PlanColumn):
            return None
        column = PlanColumn(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(PLAN_TITLES[column])
        if role == Qt.ItemDataRole.ToolTipRole and column in PLAN_TIPS:
            return _tr(PLAN_TIPS[column])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == PlanColumn.PLAN and not self.context.data_locked:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows) or self.edited is None:
            return None
        cell = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.EditRole and column == PlanColumn.PLAN:
            return cell.people
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(cell, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            PlanColumn.TODAY,
            PlanColumn.DERIVED,
            PlanColumn.PLAN,
            PlanColumn.CHANGE,
        ):
            return RIGHT
        if role == Qt.ItemDataRole.FontRole and column == PlanColumn.PLAN and cell.edited:
            return self._bold
        if role == Qt.ItemDataRole.BackgroundRole and column == PlanColumn.PLAN and cell.edited:
            return QBrush(_EDITED)
        if role == Qt.ItemDataRole.ForegroundRole and column in (
            PlanColumn.CHANGE,
            PlanColumn.FLAGS,
        ):
            if cell.overloaded:
                return QBrush(_OVERLOAD)
            if cell.under_used:
                return QBrush(_SPARE)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == PlanColumn.ROLE:
                found = next((r for r in self.edited.data.roles if r.id == cell.role_id), None)
                return found.name if found else None
            if column == PlanColumn.DERIVED:
                return _tr("{need} personer uavrundet ({hours} t oppgaver per dag)").format(
                    need=numbers.format_number(cell.need, 2),
                    hours=numbers.format_number(cell.task_hours_per_day, 1),
                )
            if column == PlanColumn.FLAGS:
                return self._text(cell, column) or None
        return None

    def _text(self, cell: PlanCell, column: int) -> str:
        if column == PlanColumn.ROLE:
            assert self.edited is not None
            found = next((r for r in self.edited.data.roles if r.id == cell.role_id), None)
            return found.code if found else str(cell.role_id)
        if column == PlanColumn.SHIFT:
            return f"{labels.label(cell.shift)} {labels.label(cell.day_type)}"
        if column == PlanColumn.TODAY:
            return str(cell.today)
        if column == PlanColumn.DERIVED:
            return str(self.derived(cell))
        if column == PlanColumn.PLAN:
            return f"{cell.people} ✎" if cell.edited else str(cell.people)
        if column == PlanColumn.CHANGE:
            return f"{cell.change:+d}" if cell.change else "0"
        if column == PlanColumn.FLAGS:
            return ", ".join(self.flag_words(cell))
        return ""

    def flag_words(self, cell: PlanCell) -> list[str]:
        """The cell's flags in words (the FLAGS column)."""
        words = []
        if cell.overloaded:
            words.append(_tr("overbelastet i dag"))
        elif cell.under_used:
            words.append(_tr("ledig kapasitet"))
        if cell.edited:
            words.append(_tr("endret"))
        if cell.floor_added:
            words.append(_tr("+{n} sikkerhetsgulv").format(n=cell.floor_added))
        if cell.on_call:
            words.append(_tr("+{n} hjemmevakt").format(n=cell.on_call))
        return words

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        cell = self.rows[index.row()]
        try:
            people = int(value)
        except (TypeError, ValueError):
            self.last_error = _tr("Antallet må være et heltall.")
            return False
        if people == cell.people:
            return True
        return self.set_people(cell, people)

    def set_people(self, cell: PlanCell, people: int | None) -> bool:
        """Override ``cell`` with ``people`` (None: back to the derived figure) through the
        window's undo stack; ``False`` (and :attr:`last_error`) when refused."""
        context = self.context
        if self.edited is None or context.department is None:
            return False
        found = next((r for r in self.edited.data.roles if r.id == cell.role_id), None)
        if found is None:
            return False
        self.last_error = ""
        try:
            context.execute(
                SetPlanEditCommand(
                    context.document,
                    context.department.id,
                    self.edited.scenario.id,
                    found,
                    cell.shift,
                    cell.day_type,
                    people,
                )
            )
        except OppgaveError as error:
            self.last_error = error.message
            return False
        return True


class PeopleDelegate(QStyledItemDelegate):
    """A spin box for the number of people on a shift."""

    def createEditor(  # noqa: N802
        self, parent: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> QWidget:
        editor = QSpinBox(parent)
        editor.setRange(0, MAX_PEOPLE)
        editor.setFrame(False)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QSpinBox):
            editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or 0))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class StaffingPlanTab(DepartmentTab):
    """The scenario chooser, the plan table, and the full-time answer with the warnings."""

    def __init__(self, context: DepartmentContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = StaffingPlanModel(context, self)
        self._runner = BackgroundRunner(self)
        self.loading = False
        self._follow: int | None = None
        self.scenario_choice = QComboBox(self)
        self.scenario_choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.scenario_choice.setMinimumContentsLength(14)
        self.scenario_choice.activated.connect(lambda _i: self.refresh())
        self.reset_button = QPushButton(self.tr("Tilbake til beregnet"), self)
        self.reset_button.setToolTip(
            self.tr("Fjern din endring i den valgte raden; det beregnede tallet gjelder igjen")
        )
        self.reset_button.clicked.connect(self.reset_selected)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)

        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(PlanColumn.PLAN, PeopleDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PlanColumn.FLAGS, QHeaderView.ResizeMode.Stretch)

        self.fulltime = QLabel(self)
        self.fulltime.setWordWrap(True)
        self.fulltime.setTextFormat(Qt.TextFormat.RichText)
        self.fulltime.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.warnings = QLabel(self)
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(f"color: {_OVERLOAD.name()};")
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(6, 0, 0, 0)
        side_layout.addWidget(self.warnings)
        side_layout.addWidget(self.fulltime)
        side_layout.addStretch(1)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Scenario:"), self))
        top.addWidget(self.scenario_choice)
        top.addStretch(1)
        top.addWidget(self.reset_button)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.view)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 460])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary)

        context.department_changed.connect(lambda _d: self._department_changed())
        context.scenario_changed.connect(self._follow_scenario)
        context.data_changed.connect(self._data_changed)
        self.schedule_refresh()

    # --- refreshing ------------------------------------------------------------------------------

    def _follow_scenario(self, scenario: object) -> None:
        """The window's scenario chooser picked a proposal: show its plan (the baseline keeps
        the proposal shown, the plan of «I dag» is chosen here)."""
        if scenario is not None and not getattr(scenario, "is_baseline", True):
            self._follow = scenario.id  # type: ignore[attr-defined]
        self.schedule_refresh()

    def _department_changed(self) -> None:
        self.scenario_choice.clear()
        self.schedule_refresh()

    def _data_changed(self, change: DataChange) -> None:
        department = self.context.department
        if department is None or change.department_id not in (None, department.id):
            return
        if any(
            change.touches(kind)
            for kind in (
                ChangeKind.STAFFING,
                ChangeKind.SCENARIOS,
                ChangeKind.ASSIGNMENTS,
                ChangeKind.TASKS,
                ChangeKind.CATALOGUE,
                ChangeKind.SETTINGS,
            )
        ):
            self.schedule_refresh()

    def _fill_scenarios(self) -> int | None:
        """Fill the chooser; the scenario to show (kept, else the window's proposal, else the
        first proposal, else «I dag»)."""
        wanted = self._follow if self._follow is not None else self.scenario_choice.currentData()
        self._follow = None
        available = self.context.scenarios()
        if wanted is None or wanted not in {s.id for s in available}:
            current = self.context.scenario
            if current is not None and not current.is_baseline:
                wanted = current.id
            else:
                wanted = next(
                    (s.id for s in available if not s.is_baseline),
                    available[0].id if available else None,
                )
        self.scenario_choice.blockSignals(True)
        self.scenario_choice.clear()
        for scenario in available:
            self.scenario_choice.addItem(scenario.name, scenario.id)
        self.scenario_choice.setCurrentIndex(max(self.scenario_choice.findData(wanted), 0))
        self.scenario_choice.blockSignals(False)
        return wanted

    def refresh(self) -> None:
        """Compute the plan off the UI thread (a few hundred ms on a demo department) and show it
        when done; a newer refresh makes an older result ignored."""
        from oppgave.services import staffing_plan_edits  # the analysis loads when first shown

        department = self.context.department
        scenario_id = self._fill_scenarios() if department is not None else None
        self.setEnabled(department is not None)
        if department is None or scenario_id is None:
            self._runner.cancel()
            self._show(None)
            return
        workspace = self.context.workspace
        department_id = department.id
        self.loading = True
        self._runner.start(
            lambda: staffing_plan_edits.edited_plan(workspace, department_id, scenario_id),
            self._show,
            self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        self._show(None, error.message if isinstance(error, OppgaveError) else str(error))

    def _show(self, edited: EditedPlan | None, problem: str = "") -> None:
        self.loading = False
        current = self.view.currentIndex()
        self.model.set_plan(edited)
        if current.isValid() and current.row() < self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(current.row(), current.column()))
        locked = self.context.data_locked
        self.reset_button.setEnabled(edited is not None and not locked)
        self._show_side(edited, problem, locked)

    def _show_side(self, edited: EditedPlan | None, problem: str, locked: bool) -> None:
        if edited is None:
            self.fulltime.setText(problem)
            self.warnings.setText("")
            self.summary.setText("")
            return
        warnings = edited.warnings()
        self.warnings.setText(
            "\n".join([self.tr("Advarsel:")] + [f"• {w}" for w in warnings]) if warnings else ""
        )
        self.warnings.setVisible(bool(warnings))
        self.fulltime.setText(fulltime_html(edited))
        plan = edited.plan
        text = self.tr(
            "Planen gir {fte} årsverk (i dag {today}); tilstedeværelse {presence} % av vakten."
        ).format(
            fte=numbers.format_number(plan.fte, 1),
            today=numbers.format_number(plan.today_fte, 1),
            presence=numbers.format_number(plan.presence_share * 100, 0),
        )
        if plan.edited:
            text += " " + self.tr("✎ = endret for hånd.")
        if locked:
            text += " " + self.tr("Gjennomgangskopi: planen kan ikke endres her.")
        for note in plan.notes:
            text += " " + note
        self.summary.setText(text)

    # --- actions ---------------------------------------------------------------------------------

    def reset_selected(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid() or self.context.data_locked:
            return
        cell = self.model.cell(index.row())
        if cell.edited and not self.model.set_people(cell, None):
            self.context.dialogs.error(self.tr("Bemanningsplan"), self.model.last_error)


def fulltime_html(edited: EditedPlan) -> str:
    """The full-time answer as a compact table: every f-th weekend × weekend shift length."""
    effect = edited.effect
    goal = _tr("mål ≥ 50 %")
    rows = [
        "<b>{}</b>".format(_tr("Hvor mange 100 %-stillinger kan vi tilby?")),
        _tr("I dag: {k} av {n} i 100 % ({share}); minste stilling {m} %; {goal}.").format(
            k=effect.today_fulltime,
            n=effect.today_people,
            share=_percent(effect.today_share),
            m=numbers.format_number(effect.min_position * 100, 0),
            goal=goal,
        ),
        "<table cellspacing='0' cellpadding='3' border='1' style='border-collapse:collapse'>",
        "<tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>".format(
            _tr("Helg"), _tr("Vakt"), _tr("Personer"), _tr("100 %"), _tr("Andel")
        ),
    ]
    for option in effect.options:
        colour = "#1b7f3b" if option.meets_goal and option.feasible else _OVERLOAD.name()
        rows.append(
            "<tr><td>{f}</td><td align='right'>{h} t</td><td align='right'>{n}</td>"
            "<td align='right'>{k}</td><td align='right' style='color:{c}'>{s}</td></tr>".format(
                f=_tr("hver {f}.").format(f=option.frequency),
                h=numbers.format_number(option.shift_hours, 1),
                n=option.people,
                k=option.fulltime_positions,
                c=colour,
                s=_percent(option.fulltime_share) if option.feasible else _tr("går ikke"),
            )
        )
    rows.append("</table>")
    return "<br>".join(rows[:2]) + "".join(rows[2:])


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{numbers.format_number(value * 100, 0)} %"


def install(window: MainWindow) -> None:
    """Add the *Bemanningsplan* tab to the main window."""
    window.add_department_tab(
        StaffingPlanTab,
        lambda: QCoreApplication.translate("MainWindow", "Bemanningsplan"),
        key="staffing_plan",
    )
