"""The *Lag forslag …* dialog: run the staffing-mix optimiser on the selected department and
save the result as a new proposal scenario.

The optimiser (``services.staffing_proposals.compute_proposal``, a MILP) and the writing of
the new scenario (``save_proposal``, one transaction) run on a worker thread while the dialog
shows a moving bar; *Avbryt* forgets the running computation (the solver finishes in the
background, bounded by its time limit, and its result is thrown away — a scenario already
written is deleted again, so nothing is kept). The save is put on the undo stack as a
:func:`save_proposal_command` (Ctrl+Z deletes the new scenario), the new scenario is selected,
and the dialog lists the
explanation of every moved task. When no staffing meets the options the dialog shows the
service's message, which names the task or cap that blocks it.
"""

from __future__ import annotations

import dataclasses
import threading
from dataclasses import dataclass
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QStringListModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from oppgave.analysis.norwegian_text import format_number
from oppgave.db.workspace import Workspace
from oppgave.domain import records as r
from oppgave.errors import OppgaveError
from oppgave.services import (
    scenario_pricing,
    scenarios,
    staffing,
    staffing_proposals,
    workspaces,
)
from oppgave.services.staffing_proposals import ProposalDraft, ProposalMode, ProposalRequest
from oppgave.ui.analysis.analysis_commands import save_proposal_command
from oppgave.ui.analysis.proposal_options_model import ProposalOptionsModel
from oppgave.ui.common.background import BackgroundRunner
from oppgave.ui.document.department_context import DepartmentContext
from oppgave.ui.document.undo_commands import CreateCommand


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProposalDialog", text)


@dataclass(frozen=True, slots=True)
class _Saved:
    draft: ProposalDraft
    scenario: r.Scenario | None  # None: cancelled before saving


def _compute_and_save(
    workspace: Workspace,
    department_id: int,
    request: ProposalRequest,
    name: str,
    cancelled: threading.Event,
) -> _Saved:
    """Worker thread: load the department, run the optimiser and save the result as a new
    scenario (one transaction), unless the user cancelled; a save that the user cancelled
    while it was being written is deleted again."""
    data = workspaces.load_department_data(workspace, department_id)
    draft = staffing_proposals.compute_proposal(data, request)
    if cancelled.is_set():
        return _Saved(draft, None)
    scenario = staffing_proposals.save_proposal(workspace, name, draft)
    if cancelled.is_set():
        scenarios.delete_scenario(workspace, scenario.id)
        return _Saved(draft, None)
    return _Saved(draft, scenario)


class ProposalDialog(QDialog):
    """Options → computing → result (the moves and their explanations)."""

    def __init__(self, context: DepartmentContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert context.department is not None
        self.context = context
        self.department = context.department
        self.setWindowTitle(
            _tr("Lag forslag – {department}").format(department=self.department.name)
        )
        self.resize(820, 560)
        self._runner = BackgroundRunner(self)
        self.command: CreateCommand[r.Scenario, Any] | None = None
        self.draft: ProposalDraft | None = None
        self.error = ""
        self._cancelled = threading.Event()
        self.model = ProposalOptionsModel(
            context.document.roles(),
            staffing.positions_fte_by_role(context.workspace, self.department.id),
            self,
        )
        self.model.refused.connect(self._show_error)
        self._build()

    # --- building --------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages, 1)

        options = QWidget()
        options_layout = QVBoxLayout(options)
        options_layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.name_edit = QLineEdit(
            staffing_proposals.free_proposal_name(self.context.workspace, self.department.id)
        )
        form.addRow(_tr("Navn på forslaget:"), self.name_edit)
        self.mode_combo = QComboBox()
        for mode, label in (
            (ProposalMode.REDISTRIBUTE, _tr("Omfordel med dagens ansatte")),
            (ProposalMode.LOWEST_COST, _tr("Laveste kostnad")),
            (ProposalMode.GROWTH, _tr("Flere brukere")),
        ):
            self.mode_combo.addItem(label, mode)
        form.addRow(_tr("Spørsmål:"), self.mode_combo)
        self.growth_spin = QDoubleSpinBox()
        self.growth_spin.setRange(0.0, 500.0)
        self.growth_spin.setDecimals(0)
        self.growth_spin.setSuffix(" %")
        self.growth_spin.setValue(30.0)
        form.addRow(_tr("Flere brukere:"), self.growth_spin)
        self.mode_combo.currentIndexChanged.connect(self._mode_changed)
        options_layout.addLayout(form)
        intro = QLabel(
            _tr(
                "«Omfordel med dagens ansatte» flytter oppgaver innenfor dagens stillinger "
                "(pluss det du kan ansette) og viser tiden som frigjøres. «Laveste kostnad» "
                "lar alle roller vokse unntatt dem du gir en ansettelsesramme. «Flere "
                "brukere» øker oppgavene med prosenten og viser hva som må deles og læres, "
                "eller hva som mangler. Oppgaver flyttes aldri oppover i LEON med mindre "
                "gulvet krever det. Tomt felt: ingen grense."
            )
        )
        intro.setWordWrap(True)
        options_layout.addWidget(intro)
        self.floor_check = QCheckBox(_tr("Bruk forsvarlighetsgulvet (anbefalt)"))
        self.floor_check.setChecked(True)
        options_layout.addWidget(self.floor_check)
        self.floor_label = QLabel(self._floor_text())
        self.floor_label.setWordWrap(True)
        self.floor_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        options_layout.addWidget(self.floor_label)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        options_layout.addWidget(self.table, 1)
        self.keep_staffing = QCheckBox(
            _tr("Minst like mange på hver vakt som i dag (bemanningen per vakt i fanen Bemanning)")
        )
        options_layout.addWidget(self.keep_staffing)
        self.pages.addWidget(options)

        result = QWidget()
        result_layout = QVBoxLayout(result)
        result_layout.setContentsMargins(0, 0, 0, 0)
        self.result_summary = QLabel()
        self.result_summary.setWordWrap(True)
        self.result_summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        result_layout.addWidget(self.result_summary)
        self.moves_model = QStringListModel(self)
        self.moves_view = QListView()
        self.moves_view.setModel(self.moves_model)
        self.moves_view.setWordWrap(True)
        self.moves_view.setAlternatingRowColors(True)
        self.moves_view.setSpacing(2)
        self.moves_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        result_layout.addWidget(self.moves_view, 1)
        self.pages.addWidget(result)

        status = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(160)
        self.progress_label = QLabel(_tr("Beregner forslaget …"))
        status.addWidget(self.progress_label)
        status.addWidget(self.progress)
        status.addStretch()
        self.progress.setVisible(False)
        self.progress_label.setVisible(False)
        layout.addLayout(status)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setVisible(False)
        layout.addWidget(self.error_label)

        buttons = QHBoxLayout()
        buttons.addStretch()
        self.run_button = QPushButton(_tr("Lag forslag"))
        self.run_button.setDefault(True)
        self.run_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(_tr("Avbryt"))
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button = QPushButton(_tr("Lukk"))
        self.close_button.clicked.connect(self.accept)
        self.close_button.setVisible(False)
        for button in (self.run_button, self.cancel_button, self.close_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)

    def _floor_text(self) -> str:
        """The department's floors, as the price will state them."""
        data = workspaces.load_department_data(self.context.workspace, self.department.id)
        options = staffing_proposals.staffing_options(data, ProposalRequest())
        floors = scenario_pricing.describe_floors(data, options)
        return _tr("Forsvarlighetsgulv: {floors}.").format(floors="; ".join(floors))

    def _mode_changed(self) -> None:
        self.growth_spin.setEnabled(
            ProposalMode(self.mode_combo.currentData()) is ProposalMode.GROWTH
        )

    # --- running ---------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._runner.busy and self.progress.isVisible()

    def _show_error(self, message: str) -> None:
        self.error = message
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.progress_label.setVisible(running)
        self.run_button.setEnabled(not running)
        self.table.setEnabled(not running)
        self.keep_staffing.setEnabled(not running)
        self.name_edit.setEnabled(not running)
        self.mode_combo.setEnabled(not running)
        self.floor_check.setEnabled(not running)

    def start(self) -> None:
        """Check the name, then run the optimiser off the UI thread."""
        self._show_error("")
        try:
            name = staffing_proposals.check_name(
                self.context.workspace, self.department.id, self.name_edit.text()
            )
        except OppgaveError as error:
            self._show_error(error.message)
            return
        request = self.request()
        self._set_running(True)
        self._cancelled = threading.Event()
        workspace = self.context.workspace
        cancelled = self._cancelled

        def done(saved: _Saved) -> None:
            if not (shiboken6.isValid(self) and shiboken6.isValid(self.progress)):
                # the dialog is gone: nobody will put the save on the undo stack
                if saved.scenario is not None and not workspace.closed:
                    scenarios.delete_scenario(workspace, saved.scenario.id)
                return
            self._computed(name, saved)

        # not BackgroundRunner.cancel(): a cancelled result must still arrive, to be undone
        self._runner.start(
            partial(_compute_and_save, workspace, self.department.id, request, name, cancelled),
            done,
            partial(self._guarded, self._failed),
        )

    def request(self) -> ProposalRequest:
        """The options as typed: caps and minimums per role, and today's staffing kept."""
        request = self.model.request()
        mode = ProposalMode(self.mode_combo.currentData())
        request = dataclasses.replace(
            request,
            mode=mode,
            growth_percent=self.growth_spin.value() if mode is ProposalMode.GROWTH else 0.0,
            use_floor=self.floor_check.isChecked(),
        )
        if self.keep_staffing.isChecked():
            kept = tuple(role.id for role in self.model.roles)
            request = dataclasses.replace(request, keep_staffing=kept)
        return request

    def _guarded(self, callback: Any, value: Any) -> None:
        if shiboken6.isValid(self) and shiboken6.isValid(self.progress):
            callback(value)

    def cancel(self) -> None:
        """While computing: forget the result (nothing is kept); otherwise close."""
        if self.progress.isVisible():
            self._cancelled.set()
            self._set_running(False)
            self._show_error(
                _tr(
                    "Avbrutt. Beregningen gjøres ferdig i bakgrunnen, men resultatet blir "
                    "forkastet og ingenting lagres."
                )
            )
            return
        self.reject()

    def _failed(self, error: BaseException) -> None:
        if self._cancelled.is_set():
            return
        self._set_running(False)
        self._show_error(error.message if isinstance(error, OppgaveError) else str(error))

    def _computed(self, name: str, saved: _Saved) -> None:
        if self._cancelled.is_set() or saved.scenario is None:
            if saved.scenario is not None:  # saved just before the user cancelled
                scenarios.delete_scenario(self.context.workspace, saved.scenario.id)
            return
        self._set_running(False)
        self.draft = saved.draft
        command = save_proposal_command(self.context.document, name, saved.draft, saved.scenario)
        try:
            self.context.execute(command)
        except OppgaveError as error:
            self._show_error(error.message)
            return
        self.command = command
        if command.record is not None:
            self.context.set_scenario(command.record)
        self._show_result(name, saved.draft)

    def _show_result(self, name: str, draft: ProposalDraft) -> None:
        result = draft.result
        price = draft.price  # the scenario's one price: the same as everywhere else
        lines = [
            _tr("«{name}» er lagret og valgt. Ctrl+Z angrer (sletter forslaget).").format(
                name=name
            ),
            draft.description,
            result.status_text,
            _tr("Pris per år (lønn og kurs): {after} kr, endring mot i dag {change} kr.").format(
                after=format_number(price.total_per_year, 0),
                change=staffing_proposals.signed_kroner(price.change_vs_today),
            ),
        ]
        if result.moves:
            lines.append(_tr("Flyttede oppgaver ({n}):").format(n=len(result.moves)))
        else:
            lines.append(_tr("Ingen oppgaver flyttes: dagens fordeling er allerede den beste."))
        self.result_summary.setText("\n".join(lines))
        self.moves_model.setStringList(
            [f"«{move.task_name}»: {move.explanation}" for move in result.moves]
        )
        self.pages.setCurrentIndex(1)
        self.run_button.setVisible(False)
        self.cancel_button.setVisible(False)
        self.close_button.setVisible(True)
        self.close_button.setDefault(True)
