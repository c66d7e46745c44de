"""The *Turnus* tab: make a rota for a scenario, see it checked, edit it by hand, export it.

Inputs: the scenario (the window's selection), rota length (6 / 8 / 12 / 52 weeks), weekend
every N, long weekend shifts, the positions (the plan's structure with full-time positions and
people per role adjustable here, today's positions, or «flest mulig heltidsstillinger»), and
for a 52-week årsturnus its first Monday (the holidays of its year are staffed as Sundays; the
ferie is not planned in the rota, see ``docs/bemanning-og-turnus.md``).

«Lag turnus» runs the generator off the UI thread (:func:`solve_rota` on Qt's thread pool,
OR-Tools imported there, never at start-up) with progress; «Avbryt» sets a flag the solver's
watcher polls every 0.1 s and calls ``CpSolver.stop_search``: the search really ends. A rota
found is saved for the scenario at once (an undoable step on the window's stack, Ctrl+Z);
when none exists, the blocking constraint the generator names is shown in words.

The grid (:class:`oppgave.ui.staffing.rota_models.RotaGridModel`) shows the saved rota; a cell edit
is an undoable, saved step too, and the rule checker runs again at once (the list under the grid
and the marked cells follow).
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from oppgave.analysis.rota import Rota, RotaRules
from oppgave.domain.enums import PositionSource
from oppgave.errors import OppgaveError
from oppgave.lazy import lazy_module
from oppgave.ui.common.background import BackgroundRunner, load_on_gui_thread
from oppgave.ui.common.choice_delegate import ChoiceDelegate
from oppgave.ui.common.dialog_service import FileKind
from oppgave.ui.document.department_context import DepartmentContext
from oppgave.ui.document.department_tab import DepartmentTab
from oppgave.ui.document.undo_commands import ServiceCommand
from oppgave.ui.document.workspace_document import ChangeKind, DataChange, WorkspaceDocument
from oppgave.ui.staffing.rota_models import RotaGridModel

if TYPE_CHECKING:
    from oppgave.db.workspace import Workspace
    from oppgave.services import saved_rotas
    from oppgave.services.rota_planning import RotaOutcome, ScenarioStaffing
    from oppgave.services.saved_rotas import RotaView, SavedRota
    from oppgave.ui.window.main_window import MainWindow
else:
    # SQLAlchemy: imported when a rota is read, not when the tab is registered (issue 18)
    saved_rotas = lazy_module("oppgave.services.saved_rotas")

WEEK_CHOICES = (6, 8, 12, 52)


def _tr(text: str) -> str:
    return QCoreApplication.translate("RotaTab", text)


# --- the background job -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RotaRequest:
    """What «Lag turnus» asks for (read on the UI thread, solved on a worker)."""

    workspace: Workspace
    department_id: int
    scenario_id: int
    rules: RotaRules
    source: PositionSource = PositionSource.PLAN
    splits: dict[int, tuple[int, int]] = field(default_factory=dict)
    start: date | None = None
    time_limit: float = 60.0


class SolveProgress(QObject):
    """Carries the solver's progress from its watcher thread to the UI thread (queued)."""

    changed = Signal(float, str)


def solve_rota(
    request: RotaRequest, cancel: threading.Event, progress: SolveProgress | None = None
) -> RotaOutcome:
    """Load the scenario and run the generator (worker thread; imports OR-Tools here)."""
    from oppgave.services import rota_planning

    staffing = rota_planning.scenario_staffing(
        request.workspace, request.department_id, request.scenario_id
    )

    def report(fraction: float, text: str) -> None:
        # called on the solver's watcher thread, which must live on to stop the solver when
        # cancelled: a relay already deleted (the tab closed) is no reason to die
        if progress is not None and isValid(progress):
            try:
                progress.changed.emit(fraction, text)
            except RuntimeError:
                pass

    return rota_planning.generate_rota_data(
        staffing,
        request.rules,
        request.source,
        time_limit=request.time_limit,
        progress=report,
        cancelled=cancel.is_set,
        start=request.start,
        splits=request.splits if request.source is PositionSource.PLAN else None,
    )


def _load_solver() -> object:
    """OR-Tools and the rota services, imported (see :func:`load_on_gui_thread`)."""
    from oppgave.services import rota_planning

    return rota_planning


def load_staffing(workspace: Workspace, department_id: int, scenario_id: int) -> ScenarioStaffing:
    """The scenario's bemanningsplan and full-time effect (worker thread)."""
    from oppgave.services import rota_planning

    return rota_planning.scenario_staffing(workspace, department_id, scenario_id)


# --- undo -----------------------------------------------------------------------------------------


class SaveRotaCommand(ServiceCommand):
    """Save a rota for a scenario (a new one, or a hand edit); undo puts back the one before
    (or none)."""

    def __init__(
        self,
        document: WorkspaceDocument,
        text: str,
        department_id: int,
        scenario_id: int,
        rota: Rota,
        *,
        edited: bool,
        before: SavedRota | None,
    ) -> None:
        super().__init__(document, text)
        self.department_id = department_id
        self.scenario_id = scenario_id
        self.rota = rota
        self.edited = edited
        self.before = before

    def do_redo(self) -> None:
        saved_rotas.save_rota(self.workspace, self.scenario_id, self.rota, edited=self.edited)

    def do_undo(self) -> None:
        if self.before is None:
            saved_rotas.delete_rota(self.workspace, self.scenario_id)
        else:
            saved_rotas.save_rota(
                self.workspace, self.scenario_id, self.before.rota, edited=self.before.edited
            )

    def change(self) -> DataChange:
        return DataChange.of(
            ChangeKind.ROTA, department_id=self.department_id, scenario_id=self.scenario_id
        )


# --- the tab ----------------------------------------------------------------------------------


class RotaTab(DepartmentTab):
    """Rota of the selected scenario: inputs, «Lag turnus», the grid and the rule check."""

    #: A solve ended (the outcome, or the error); tests wait for it.
    solve_finished = Signal(object)

    def __init__(self, context: DepartmentContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._runner = BackgroundRunner(self)
        self._staffing_runner = BackgroundRunner(self)
        self._cancel = threading.Event()
        self._progress = SolveProgress(self)
        self._progress.changed.connect(self._on_progress)
        self._solutions = 0
        self._started = 0.0
        self.saved: SavedRota | None = None
        self.view: RotaView | None = None
        self.staffing: ScenarioStaffing | None = None
        self.last_outcome: RotaOutcome | None = None
        self._build()
        for signal in (context.department_changed, context.scenario_changed):
            signal.connect(self._selection_changed)
        context.data_changed.connect(self._data_changed)
        self._fill_scenarios()
        self.schedule_refresh()

    # --- building --------------------------------------------------------------------------------

    def _build(self) -> None:
        self.scenario_combo = QComboBox()
        self.scenario_combo.setObjectName("rotaScenario")
        self.scenario_combo.activated.connect(self._scenario_picked)
        self.weeks_combo = QComboBox()
        self.weeks_combo.setObjectName("rotaWeeks")
        for weeks in WEEK_CHOICES:
            label = _tr("{n} uker").format(n=weeks)
            if weeks == 52:
                label = _tr("52 uker (årsturnus)")
            self.weeks_combo.addItem(label, weeks)
        self.weeks_combo.currentIndexChanged.connect(self._inputs_changed)
        self.weekend_spin = QSpinBox()
        self.weekend_spin.setObjectName("rotaWeekendEvery")
        self.weekend_spin.setRange(1, 6)
        self.weekend_spin.setValue(3)
        self.weekend_spin.setPrefix(_tr("hver "))
        self.weekend_spin.setSuffix(_tr(". helg"))
        self.weekend_spin.valueChanged.connect(self._inputs_changed)
        self.long_check = QCheckBox(_tr("Langvakter i helgen (12,5 t)"))
        self.long_check.setObjectName("rotaLongShifts")
        self.long_check.toggled.connect(self._inputs_changed)
        self.source_combo = QComboBox()
        self.source_combo.setObjectName("rotaSource")
        self.source_combo.addItem(_tr("Planens stillinger (justerbare)"), PositionSource.PLAN)
        self.source_combo.addItem(_tr("Dagens stillinger"), PositionSource.TODAY)
        self.source_combo.addItem(
            _tr("Flest mulig heltidsstillinger"), PositionSource.MOST_FULLTIME
        )
        self.source_combo.currentIndexChanged.connect(self._inputs_changed)
        self.start_edit = QDateEdit()
        self.start_edit.setObjectName("rotaStart")
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat("dd.MM.yyyy")
        monday = date.today() + timedelta(days=7 - date.today().weekday())
        self.start_edit.setDate(QDate(monday.year, monday.month, monday.day))
        self.start_edit.setToolTip(
            _tr(
                "Første mandag i årsturnusen. Helligdagene i året bemannes som søndager; "
                "ferien legges ikke inn i turnusen."
            )
        )
        self.time_spin = QSpinBox()
        self.time_spin.setRange(5, 600)
        self.time_spin.setValue(60)
        self.time_spin.setSuffix(" s")
        self.time_spin.setToolTip(_tr("Hvor lenge løseren får lete før den gir opp"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(_tr("Scenario"), self.scenario_combo)
        form.addRow(_tr("Lengde"), self.weeks_combo)
        form.addRow(_tr("Helgearbeid"), self.weekend_spin)
        form.addRow("", self.long_check)
        form.addRow(_tr("Stillinger"), self.source_combo)
        start_row = QHBoxLayout()
        start_row.addWidget(self.start_edit)
        start_row.addWidget(QLabel(_tr("Tidsgrense")))
        start_row.addWidget(self.time_spin)
        start_row.addStretch(1)
        form.addRow(_tr("Start (årsturnus)"), start_row)

        self.positions_table = QTableWidget(0, 4)
        self.positions_table.setObjectName("rotaPositions")
        self.positions_table.setHorizontalHeaderLabels(
            [_tr("Rolle"), _tr("Årsverk"), _tr("Heltid"), _tr("Personer")]
        )
        self.positions_table.verticalHeader().setVisible(False)
        self.positions_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        self.positions_table.setToolTip(
            _tr(
                "Stillingene turnusen lages for: hvor mange 100 %-stillinger og hvor mange "
                "personer per rolle (resten deler årsverkene)"
            )
        )
        self.positions_table.setMaximumHeight(150)

        self.make_button = QPushButton(_tr("Lag turnus"))
        self.make_button.setObjectName("rotaMake")
        self.make_button.clicked.connect(self.make_rota)
        self.cancel_button = QPushButton(_tr("Avbryt"))
        self.cancel_button.setObjectName("rotaCancel")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.xlsx_button = QPushButton(_tr("Til Excel …"))
        self.xlsx_button.clicked.connect(lambda: self.export(FileKind.EXCEL))
        self.csv_button = QPushButton(_tr("Til CSV …"))
        self.csv_button.clicked.connect(lambda: self.export(FileKind.CSV))
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setVisible(False)
        self.progress_label = QLabel()
        self.progress_label.setObjectName("rotaProgress")
        buttons = QVBoxLayout()
        for button in (self.make_button, self.cancel_button, self.xlsx_button, self.csv_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        top = QHBoxLayout()
        top.addLayout(form)
        top.addWidget(self.positions_table, 1)
        top.addLayout(buttons)

        self.message = QLabel()
        self.message.setObjectName("rotaMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.model = RotaGridModel(self)
        self.model.edit_requested.connect(self.edit_cell)
        self.grid = QTableView()
        self.grid.setObjectName("rotaGrid")
        self.grid.setModel(self.model)
        self.grid.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.delegate = ChoiceDelegate(self.model.codes, self.grid)  # type: ignore[arg-type]
        self.grid.setItemDelegate(self.delegate)
        self.grid.horizontalHeader().setDefaultSectionSize(34)
        self.grid.horizontalHeader().setMinimumSectionSize(24)
        self.grid.verticalHeader().setVisible(False)
        self.grid.verticalHeader().setDefaultSectionSize(22)

        self.violations = QListWidget()
        self.violations.setObjectName("rotaViolations")
        self.violations.itemActivated.connect(self._show_violation)
        self.violations.itemClicked.connect(self._show_violation)
        self.check_label = QLabel()
        self.check_label.setObjectName("rotaCheck")
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.check_label)
        lower_layout.addWidget(self.violations)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.grid)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)

        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_bar)
        progress_row.addWidget(self.progress_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(progress_row)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        self._inputs_changed()
        self._update_actions()

    # --- inputs ----------------------------------------------------------------------------------

    def rules(self) -> RotaRules:
        return RotaRules(
            weeks=int(self.weeks_combo.currentData()),
            weekend_every=self.weekend_spin.value(),
            long_weekend_shifts=self.long_check.isChecked(),
        )

    def source(self) -> PositionSource:
        return PositionSource(self.source_combo.currentData())

    def start(self) -> date:
        value = self.start_edit.date()
        return date(value.year(), value.month(), value.day())

    def splits(self) -> dict[int, tuple[int, int]]:
        """Role id → (full-time positions, people) from the positions table."""
        result: dict[int, tuple[int, int]] = {}
        for row in range(self.positions_table.rowCount()):
            item = self.positions_table.item(row, 0)
            fulltime = self.positions_table.cellWidget(row, 2)
            people = self.positions_table.cellWidget(row, 3)
            if item is None or not isinstance(fulltime, QSpinBox):
                continue
            assert isinstance(people, QSpinBox)
            result[int(item.data(Qt.ItemDataRole.UserRole))] = (fulltime.value(), people.value())
        return result

    def set_splits(self, splits: dict[int, tuple[int, int]]) -> None:
        """Set full-time positions and people per role in the table (as the user would)."""
        for row in range(self.positions_table.rowCount()):
            item = self.positions_table.item(row, 0)
            if item is None:
                continue
            role_id = int(item.data(Qt.ItemDataRole.UserRole))
            if role_id in splits:
                fulltime, people = splits[role_id]
                people_spin = self.positions_table.cellWidget(row, 3)
                fulltime_spin = self.positions_table.cellWidget(row, 2)
                assert isinstance(people_spin, QSpinBox) and isinstance(fulltime_spin, QSpinBox)
                people_spin.setValue(people)
                fulltime_spin.setValue(fulltime)

    def _inputs_changed(self, *_args: Any) -> None:
        self.start_edit.setEnabled(self.weeks_combo.currentData() == 52)
        self.positions_table.setEnabled(self.source() is PositionSource.PLAN)
        self._fill_positions()

    def _fill_positions(self) -> None:
        """The plan's position structure for the chosen weekend frequency and shift length."""
        self.positions_table.setRowCount(0)
        if self.staffing is None:
            return
        from oppgave.services import rota_planning  # imported by the staffing job already

        try:
            rules = self.rules()
            structure = rota_planning.position_structure(
                self.staffing, rules.weekend_every, rules.long_weekend_shifts
            )
        except (OppgaveError, IndexError):
            return
        self.positions_table.setRowCount(len(structure))
        for row, role in enumerate(structure):
            name = QTableWidgetItem(role.role_name)
            name.setData(Qt.ItemDataRole.UserRole, role.role_id)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.positions_table.setItem(row, 0, name)
            fte = QTableWidgetItem(f"{role.fte:.2f}".replace(".", ","))
            fte.setFlags(Qt.ItemFlag.ItemIsEnabled)
            fte.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.positions_table.setItem(row, 1, fte)
            fulltime = QSpinBox()
            fulltime.setRange(0, max(0, int(role.fte + 1e-9)))
            fulltime.setValue(role.fulltime)
            people = QSpinBox()
            people.setRange(1, max(role.people * 3, 60))
            people.setValue(role.people)
            self.positions_table.setCellWidget(row, 2, fulltime)
            self.positions_table.setCellWidget(row, 3, people)

    def _fill_scenarios(self) -> None:
        self.scenario_combo.blockSignals(True)
        self.scenario_combo.clear()
        for scenario in self.context.scenarios():
            self.scenario_combo.addItem(scenario.name, scenario.id)
        current = self.context.scenario
        found = self.scenario_combo.findData(current.id) if current is not None else -1
        self.scenario_combo.setCurrentIndex(max(found, 0))
        self.scenario_combo.blockSignals(False)

    def _scenario_picked(self, index: int) -> None:
        scenario_id = self.scenario_combo.itemData(index)
        chosen = next((s for s in self.context.scenarios() if s.id == scenario_id), None)
        if chosen is not None:
            self.context.set_scenario(chosen)

    def scenario_id(self) -> int | None:
        scenario = self.context.scenario
        return scenario.id if scenario is not None else None

    # --- following the window ------------------------------------------------------------------

    def _selection_changed(self, *_args: Any) -> None:
        self.staffing = None
        self._staffing_runner.cancel()
        self._fill_scenarios()
        self.schedule_refresh()

    def _data_changed(self, change: DataChange) -> None:
        department = self.context.department
        if department is None or change.department_id not in (None, department.id):
            return
        if change.touches(ChangeKind.ROTA):
            self.load_saved()  # at once: a hand edit shows its check without a delay
            return
        plan_inputs = {
            ChangeKind.SCENARIOS,
            ChangeKind.STAFFING,
            ChangeKind.SETTINGS,
            ChangeKind.TASKS,
            ChangeKind.ASSIGNMENTS,
        }
        if change.kinds & plan_inputs:  # the bemanningsplan (and so the positions) may move
            self.staffing = None
            self._fill_scenarios()
            self.schedule_refresh()

    def refresh(self) -> None:
        self.load_saved()
        self._load_staffing()

    def _load_staffing(self) -> None:
        department, scenario_id = self.context.department, self.scenario_id()
        if department is None or scenario_id is None or self.staffing is not None:
            return

        def done(staffing: ScenarioStaffing) -> None:
            if not isValid(self):  # the tab went away (file closed) while loading
                return
            self.staffing = staffing
            self._fill_positions()

        def failed(error: BaseException) -> None:
            if not isValid(self):
                return
            message = error.message if isinstance(error, OppgaveError) else str(error)
            self.positions_table.setRowCount(0)
            self.message.setText(message)

        load_on_gui_thread(_load_solver)
        self._staffing_runner.start(
            partial(load_staffing, self.context.workspace, department.id, scenario_id),
            done,
            failed,
        )

    def load_saved(self) -> None:
        """Show the scenario's saved rota (none: an empty grid)."""
        scenario_id = self.scenario_id()
        saved = None
        if scenario_id is not None:
            try:
                saved = saved_rotas.load_rota(self.context.workspace, scenario_id)
            except OppgaveError as error:
                self.message.setText(error.message)
        self.saved = saved
        self.show_rota(saved.rota if saved is not None else None)

    def show_rota(self, rota: Rota | None) -> None:
        """Check ``rota`` and show it with its findings."""
        self.view = saved_rotas.rota_view(rota) if rota is not None else None
        self.model.set_view(self.view)
        self.grid.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        if self.view is not None:
            self.grid.setColumnWidth(0, 150)
            for column in (self.model.columnCount() - 2, self.model.columnCount() - 1):
                self.grid.setColumnWidth(column, 90)
            if self.view.rota.problem.start is not None:
                self.grid.horizontalHeader().setMinimumHeight(36)
        self.violations.clear()
        if self.view is None:
            self.check_label.setText(_tr("Ingen lagret turnus for scenarioet."))
        elif not self.view.violations:
            self.check_label.setText(_tr("Regelsjekk: turnusen holder alle reglene."))
        else:
            self.check_label.setText(
                _tr("Regelsjekk: {n} brudd (markert i rutenettet)").format(
                    n=len(self.view.violations)
                )
            )
            for violation in self.view.violations:
                item = QListWidgetItem(violation.message)
                item.setData(Qt.ItemDataRole.UserRole, (violation.position, violation.day))
                self.violations.addItem(item)
        self._update_actions()

    def _show_violation(self, item: QListWidgetItem) -> None:
        position, day = item.data(Qt.ItemDataRole.UserRole)
        row = position if position is not None else self.model.positions
        column = self.model.column_of_day(day) if day is not None else 0
        self.grid.setCurrentIndex(self.model.index(row, column))

    # --- making a rota ---------------------------------------------------------------------------

    @property
    def solving(self) -> bool:
        return self._runner.busy

    def make_rota(self) -> None:
        department, scenario_id = self.context.department, self.scenario_id()
        if department is None or scenario_id is None:
            self.context.dialogs.information(_tr("Lag turnus"), _tr("Velg en avdeling først."))
            return
        try:
            rules = self.rules()
            rules.validate()
        except OppgaveError as error:
            self.message.setText(error.message)
            return
        request = RotaRequest(
            workspace=self.context.workspace,
            department_id=department.id,
            scenario_id=scenario_id,
            rules=rules,
            source=self.source(),
            splits=self.splits(),
            start=self.start() if rules.weeks == 52 else None,
            time_limit=float(self.time_spin.value()),
        )
        self.start_solve(request)

    def start_solve(self, request: RotaRequest) -> None:
        """Run the generator for ``request`` in the background."""
        self._cancel = threading.Event()
        # the tab deleted (file closed, language switched) while solving: stop the solver
        self.destroyed.connect(self._cancel.set)
        self._solutions = 0
        self._started = time.monotonic()
        self._time_limit = request.time_limit
        self.make_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress_bar.setVisible(True)
        self.progress_bar.setValue(0)
        self.progress_label.setText(_tr("Lager turnus …"))
        self.message.clear()
        load_on_gui_thread(_load_solver)
        self._runner.start(
            partial(solve_rota, request, self._cancel, self._progress),
            partial(self._solved, request),
            self._solve_failed,
        )

    def cancel(self) -> None:
        """Stop the solver (it ends within a fraction of a second)."""
        self._cancel.set()
        self.cancel_button.setEnabled(False)
        self.progress_label.setText(_tr("Avbryter …"))

    def _on_progress(self, fraction: float, text: str) -> None:
        if not isValid(self) or not self._runner.busy or self._cancel.is_set():
            return
        elapsed = time.monotonic() - self._started
        if fraction < 0:
            self._solutions += 1
        else:
            self.progress_bar.setValue(round(100 * max(0.0, min(1.0, fraction))))
        self.progress_label.setText(
            _tr("Løser … {s} s av høyst {t} s. Løsninger funnet: {n}").format(
                s=f"{elapsed:.1f}".replace(".", ","),
                t=round(self._time_limit),
                n=self._solutions,
            )
        )

    def _solve_ended(self) -> None:
        self.make_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.progress_bar.setVisible(False)

    def _solved(self, request: RotaRequest, outcome: RotaOutcome) -> None:
        if not isValid(self):
            return
        self._solve_ended()
        self.last_outcome = outcome
        result = outcome.result
        seconds = f"{result.seconds:.1f}".replace(".", ",")
        summary = _tr("Ferdig etter {s} s. Løsninger funnet: {n}.").format(
            s=seconds, n=self._solutions
        )
        if result.objective:  # the plain model has none (0); «flest mulig heltid» searches
            summary += " " + _tr("Målverdi: {o}.").format(o=round(result.objective, 1))
        self.progress_label.setText(summary)
        if result.rota is None:
            self.message.setText(result.message or _tr("Ingen turnus funnet."))
        else:
            self.message.setText(result.message)
            if outcome.fulltime is not None:
                self.message.setText(
                    (result.message + " " if result.message else "")
                    + _tr("Flest mulig heltid: {k} heltidsstillinger av {n}.").format(
                        k=outcome.fulltime.fulltime, n=outcome.fulltime.people
                    )
                )
            command = SaveRotaCommand(
                self.context.document,
                _tr("Lag turnus"),
                request.department_id,
                request.scenario_id,
                result.rota,
                edited=False,
                before=self._saved_of(request.scenario_id),
            )
            if not self.context.run(command, _tr("Lag turnus")):
                # not saved (e.g. a review copy): show it anyway, say so
                self.show_rota(result.rota)
                self.check_label.setText(self.check_label.text() + " " + _tr("(ikke lagret)"))
        self.solve_finished.emit(outcome)

    def _solve_failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        self._solve_ended()
        message = error.message if isinstance(error, OppgaveError) else str(error)
        self.progress_label.clear()
        self.message.setText(message)
        self.solve_finished.emit(error)

    def _saved_of(self, scenario_id: int) -> SavedRota | None:
        return saved_rotas.load_rota(self.context.workspace, scenario_id)

    # --- hand edits ------------------------------------------------------------------------------

    def edit_cell(self, position: int, day: int, code: str) -> None:
        """Put ``code`` in a cell (undoable, saved; the check runs again at once)."""
        department, scenario_id = self.context.department, self.scenario_id()
        if self.view is None or department is None or scenario_id is None:
            return
        rota = self.view.rota.with_shift(position, day, code)
        label = self.view.rota.problem.positions[position].label
        command = SaveRotaCommand(
            self.context.document,
            _tr("Endre turnus: {p} dag {d}").format(p=label, d=day + 1),
            department.id,
            scenario_id,
            rota,
            edited=True,
            before=self.saved,
        )
        self.context.run(command, _tr("Endre turnus"))

    # --- export ----------------------------------------------------------------------------------

    def export(self, kind: FileKind) -> None:
        if self.view is None:
            self.context.dialogs.information(
                _tr("Eksporter turnus"), _tr("Det finnes ingen turnus å eksportere ennå.")
            )
            return
        from oppgave.exchange.rota_export import next_monday, write_rota

        scenario = self.context.scenario
        name = f"turnus-{scenario.name if scenario else ''}{kind.suffix}"
        title = _tr("Eksporter turnus")
        chosen = self.context.dialogs.save_file(title, name, kind)
        if not chosen:
            return
        rota = self.view.rota
        start = rota.problem.start or next_monday()
        try:
            path = write_rota(Path(chosen), rota, self.view.violations, start)
        except (OppgaveError, OSError) as error:
            message = error.message if isinstance(error, OppgaveError) else str(error)
            self.context.dialogs.error(title, message)
            return
        self.context.dialogs.information(
            title, _tr("Turnusen er skrevet til\n{path}").format(path=path)
        )

    def _update_actions(self) -> None:
        has = self.view is not None
        self.xlsx_button.setEnabled(has)
        self.csv_button.setEnabled(has)


def install(window: MainWindow) -> None:
    """Add the *Turnus* tab to the main window."""
    # the same word as the exported sheet «Turnus» (one source, one translation: «Rota»)
    window.add_department_tab(
        RotaTab, lambda: QCoreApplication.translate("RotaExport", "Turnus"), key="rota"
    )
