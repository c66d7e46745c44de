"""The *Analyse* tab: the selected department's figures for the selected scenario against
«I dag» (DESIGN §6), and the actions *Lag forslag …* and *Analyseinnstillinger …*.

Added to the main window through :meth:`oppgave.ui.window.window_parts.WindowParts.install` by
:func:`install`. The figures come from ``services.analysis_runs`` computed on a worker thread
(:mod:`oppgave.ui.analysis.analysis_job`): an edit anywhere in the department restarts a 400 ms
timer, and when it fires the job runs while the tab shows «Beregner …» and the window stays usable.
A result that arrives after the user moved to another department or scenario, or after the
tab was closed, is dropped.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from oppgave.analysis.capacity import RoleChange
from oppgave.domain import labels
from oppgave.domain.enums import Weekday
from oppgave.errors import OppgaveError
from oppgave.ui.analysis.analysis_charts import ChartSize, RhythmChartText, RoleChartText
from oppgave.ui.analysis.analysis_job import (
    AnalysisRequest,
    AnalysisSnapshot,
    run_analysis,
    run_comparison,
)
from oppgave.ui.analysis.analysis_models import (
    FigureTableModel,
    comparison_columns,
    comparison_rows,
    number,
    percent,
    role_columns,
    role_rows,
    signed,
    upgrade_columns,
    weekend_columns,
)
from oppgave.ui.analysis.analysis_views import (
    BusyIndicator,
    ChartPicture,
    EmphasisedLabel,
    KeyFigureCard,
    figure_table,
)
from oppgave.ui.common.background import BackgroundRunner, load_on_gui_thread
from oppgave.ui.document.department_context import DepartmentContext
from oppgave.ui.document.department_tab import DepartmentTab

if TYPE_CHECKING:
    # the analysis (NumPy, pandas) is imported by the job on the worker thread (issue 18)
    from oppgave.analysis.scenario_price import ScenarioPrice
    from oppgave.services.analysis_runs import Comparison
    from oppgave.ui.window.main_window import MainWindow

#: Milliseconds of quiet after the last change before the analysis runs again.
REFRESH_DELAY_MS = 400


def _tr(text: str) -> str:
    return QCoreApplication.translate("AnalysisTab", text)


def _load_analysis() -> object:
    """NumPy and the analysis the worker uses, imported (see :func:`load_on_gui_thread`)."""
    import numpy

    from oppgave.services import analysis_runs

    return numpy, analysis_runs


def data_actions_allowed(context: DepartmentContext) -> tuple[bool, str]:
    """Whether actions that change data may run, and if not, why (an HMS review copy or a
    read-only file). Review copies are read-only except for comments (docs/review.md)."""
    workspace = context.workspace
    if workspace.is_review_copy:
        return False, _tr("Dette er en HMS-gjennomgangskopi: her kan du bare kommentere.")
    if getattr(workspace, "read_only", False):
        return False, _tr("Filen er skrivebeskyttet.")
    return True, ""


class AnalysisTab(DepartmentTab):
    """Key figures, tables and charts of the selected department and scenario."""

    def __init__(self, context: DepartmentContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._runner = BackgroundRunner(self)
        self._comparison_runner = BackgroundRunner(self)
        self._comparison_dirty = True
        #: Charts not drawn for the figures shown (their page was hidden): drawn when shown.
        self._stale_charts: set[str] = {"roles", "rhythm"}
        self.snapshot: AnalysisSnapshot | None = None
        self.comparison: Comparison | None = None
        self.last_error = ""
        self._build_actions()
        self._build()
        self._fill_references()
        for signal in (
            context.department_changed,
            context.scenario_changed,
            context.tasks_loaded,
            context.tasks_changed,
            context.data_changed,
        ):
            signal.connect(self._changed)
        self._update_actions()
        self.schedule_refresh()

    # --- building --------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.propose_action = QAction(_tr("Lag forslag …"), self)
        self.propose_action.setStatusTip(
            _tr("Lag et bemanningsforslag med optimering og lagre det som et nytt scenario")
        )
        self.propose_action.triggered.connect(self.open_proposal_dialog)
        self.settings_action = QAction(_tr("Analyseinnstillinger …"), self)
        self.settings_action.setStatusTip(
            _tr("Timer per årsverk, fravær, vakter og helgevakter som analysen bruker")
        )
        self.settings_action.triggered.connect(self.open_settings_dialog)
        self.floor_action = QAction(_tr("Forsvarlighet og forslag …"), self)
        self.floor_action.setStatusTip(
            _tr("Avdelingens forsvarlighetsgulv, tilstedeværelse og ansettelsesramme for forslag")
        )
        self.floor_action.triggered.connect(self.open_floor_dialog)

    def menu_actions(self) -> dict[str, list[QAction]]:
        return {
            "scenario": [self.propose_action],
            "edit": [self.settings_action, self.floor_action],
        }

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)

        header = QHBoxLayout()
        self.title = EmphasisedLabel("", 1.15)
        self.busy = BusyIndicator()
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        self.error_label.setVisible(False)
        header.addWidget(self.title)
        header.addSpacing(12)
        header.addWidget(self.busy)
        header.addWidget(self.error_label, 1)
        header.addStretch()
        compare_label = QLabel(_tr("Sammenlign med:"))
        self.compare_combo = QComboBox()
        self.compare_combo.setObjectName("compareCombo")
        self.compare_combo.setToolTip(
            _tr("Scenarioet tallene sammenlignes med: «I dag», eller et annet forslag.")
        )
        compare_label.setBuddy(self.compare_combo)
        self.compare_combo.currentIndexChanged.connect(self._reference_chosen)
        header.addWidget(compare_label)
        header.addWidget(self.compare_combo)
        for action in (self.propose_action, self.settings_action):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            header.addWidget(button)
        layout.addLayout(header)

        cards = QHBoxLayout()
        cards.setSpacing(8)
        self.hours_card = KeyFigureCard(_tr("Timer per uke (fordelt)"))
        self.fte_card = KeyFigureCard(_tr("Årsverk"))
        self.cost_card = KeyFigureCard(_tr("Pris per år (lønn og kurs)"))
        self.mapped_card = KeyFigureCard(_tr("Kartlagt andel av tilgjengelig tid"))
        for card in (self.hours_card, self.fte_card, self.cost_card, self.mapped_card):
            cards.addWidget(card)
        layout.addLayout(cards)

        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        layout.addWidget(self.pages, 1)

        # Roles: table and bar chart side by side
        self.role_model = FigureTableModel(role_columns(False), self, bold_last=True)
        self.role_view = figure_table()
        self.role_view.setModel(self.role_model)
        role_page = QWidget()
        role_layout = QVBoxLayout(role_page)
        role_layout.setContentsMargins(0, 4, 0, 0)
        role_layout.addWidget(self.role_view, 1)
        self.role_note = QLabel(
            _tr(
                "Årsverk = timer per uke ÷ (timer per årsverk × (1 − fravær − opplæring)). "
                "Kroner per uke = årsverk × timer per årsverk × timekostnad: de som er borte, "
                "får også lønn. Endring = scenarioet minus «I dag»."
            )
        )
        self.role_note.setWordWrap(True)
        role_layout.addWidget(self.role_note)
        self.pages.addTab(role_page, _tr("Årsverk og kostnad"))
        self.roles_chart = ChartPicture()
        self.roles_chart.resized.connect(self.schedule_refresh)
        self.pages.addTab(self.roles_chart, _tr("Timer per yrkesgruppe"))

        # Døgnrytme
        self.rhythm_chart = ChartPicture()
        self.rhythm_chart.resized.connect(self.schedule_refresh)
        rhythm_page = QWidget()
        rhythm_layout = QVBoxLayout(rhythm_page)
        rhythm_layout.setContentsMargins(0, 4, 0, 0)
        rhythm_layout.addWidget(self.rhythm_chart, 1)
        self.rhythm_note = QLabel(
            _tr(
                "Øverst: timer arbeid i hver klokketime (= personer i arbeid) i scenarioet. "
                "Nederst: snittet for hverdager og helg mot personene på vakt etter "
                "bemanningen per vakt."
            )
        )
        self.rhythm_note.setWordWrap(True)
        rhythm_layout.addWidget(self.rhythm_note)
        self.rhythm_page = rhythm_page
        self.pages.addTab(rhythm_page, _tr("Døgnrytme"))

        # Competence upgrades
        upgrade_page = QWidget()
        upgrade_layout = QVBoxLayout(upgrade_page)
        upgrade_layout.setContentsMargins(0, 4, 0, 0)
        self.upgrade_model = FigureTableModel(upgrade_columns(self._upgrade_tasks), self)
        self.upgrade_view = figure_table(stretch_last=True)
        self.upgrade_view.setModel(self.upgrade_model)
        self.upgrade_summary = QLabel()
        self.upgrade_summary.setWordWrap(True)
        upgrade_layout.addWidget(self.upgrade_summary)
        upgrade_layout.addWidget(self.upgrade_view, 1)
        self.pages.addTab(upgrade_page, _tr("Kompetanseløft"))

        # Full time
        fulltime_page = QWidget()
        fulltime_layout = QHBoxLayout(fulltime_page)
        fulltime_layout.setContentsMargins(0, 4, 0, 0)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        self.fulltime_labels: dict[str, QLabel] = {}
        for key, text in (
            ("people", _tr("Personer i stillinger")),
            ("fulltime", _tr("Heltidsandel (100 %)")),
            ("continuity", _tr("Kontinuitetsbærere")),
            ("average", _tr("Gjennomsnittlig stilling")),
            ("fte", _tr("Årsverk i alt")),
            ("weekend", _tr("Timer å bemanne per helg")),
        ):
            label = QLabel("–")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fulltime_labels[key] = label
            form.addRow(text, label)
        form_box = QWidget()
        form_box.setLayout(form)
        form_box.setMaximumWidth(380)
        weekend_box = QVBoxLayout()
        weekend_title = QLabel(
            _tr("Helgeproblemet: hvor store stillinger helgene gir rom for i snitt")
        )
        weekend_title.setWordWrap(True)
        self.weekend_model = FigureTableModel(weekend_columns(), self)
        self.weekend_view = figure_table()
        self.weekend_view.setModel(self.weekend_model)
        weekend_box.addWidget(weekend_title)
        weekend_box.addWidget(self.weekend_view, 1)
        fulltime_layout.addWidget(form_box)
        fulltime_layout.addLayout(weekend_box, 1)
        self.pages.addTab(fulltime_page, _tr("Heltid og helg"))

        # Comparison
        comparison_page = QWidget()
        comparison_layout = QVBoxLayout(comparison_page)
        comparison_layout.setContentsMargins(0, 4, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(_tr("Nøkkeltall side om side for")))
        self.comparison_scenario = QComboBox()
        self.comparison_scenario.addItem(_tr("«I dag»"), False)
        self.comparison_scenario.addItem(_tr("hver avdelings valgte forslag"), True)
        self.comparison_scenario.setToolTip(
            _tr("En avdeling som ikke har valgt et forslag, vises med «I dag».")
        )
        self.comparison_scenario.currentIndexChanged.connect(self._comparison_scenario_changed)
        row.addWidget(self.comparison_scenario)
        self.comparison_level = QComboBox()
        self.comparison_level.addItem(_tr("Avdelinger"), "departments")
        self.comparison_level.addItem(_tr("Kommuner"), "municipalities")
        self.comparison_level.currentIndexChanged.connect(self._show_comparison)
        row.addWidget(self.comparison_level)
        self.comparison_busy = BusyIndicator()
        row.addWidget(self.comparison_busy)
        row.addStretch()
        comparison_layout.addLayout(row)
        self.comparison_model = FigureTableModel(comparison_columns(), self, bold_last=True)
        self.comparison_view = figure_table()
        self.comparison_view.setModel(self.comparison_model)
        comparison_layout.addWidget(self.comparison_view, 1)
        self.comparison_page = comparison_page
        self.pages.addTab(comparison_page, _tr("Sammenligning"))
        self.pages.currentChanged.connect(self._page_changed)

    # --- refreshing ------------------------------------------------------------------------------

    def _fill_references(self) -> None:
        """The department's scenarios to compare with; the choice is kept while it exists."""
        wanted = self.compare_combo.currentData()
        self.compare_combo.blockSignals(True)
        self.compare_combo.clear()
        for scenario in self.context.scenarios():
            self.compare_combo.addItem(scenario.name, scenario.id)
        found = self.compare_combo.findData(wanted)
        if found < 0:
            found = next((i for i, s in enumerate(self.context.scenarios()) if s.is_baseline), 0)
        self.compare_combo.setCurrentIndex(found)
        self.compare_combo.blockSignals(False)

    def reference(self) -> int | None:
        """The id of the scenario the figures are compared with (``None``: nothing selected)."""
        data = self.compare_combo.currentData()
        return int(data) if data is not None else None

    def _reference_chosen(self, _index: int) -> None:
        self._update_title()
        self.schedule_refresh()

    def _reference_name(self) -> str:
        return self.compare_combo.currentText() or _tr("I dag")

    def _changed(self, *_args: Any) -> None:
        self._fill_references()
        self._update_actions()
        self._comparison_dirty = True
        self.schedule_refresh()

    def refresh(self) -> None:
        """Start the analysis of the current selection on a worker thread."""
        context = self.context
        department = context.department
        self._update_title()
        if department is None:
            self._runner.cancel()
            self.busy.setVisible(False)
            self._clear()
            return
        scenario = context.scenario
        role_w, role_h, ratio = self.roles_chart.wanted_size(QSize(1000, 440))
        rhythm_w, rhythm_h, _ = self.rhythm_chart.wanted_size(QSize(1000, 420))
        request = AnalysisRequest(
            workspace=context.workspace,
            department_id=department.id,
            scenario_id=scenario.id if scenario is not None else None,
            role_text=self._role_text(),
            rhythm_text=self._rhythm_text(),
            role_size=ChartSize(role_w, role_h, ratio),
            rhythm_size=ChartSize(rhythm_w, rhythm_h, ratio),
            charts=frozenset(self._visible_charts()),
            reference_id=self.reference(),
        )
        self.busy.setVisible(True)
        load_on_gui_thread(_load_analysis)
        self._runner.start(
            partial(run_analysis, request),
            partial(self._guarded, self._show, request),
            partial(self._guarded, self._failed, request),
        )
        if self._comparison_dirty and self.pages.currentWidget() is self.comparison_page:
            self._refresh_comparison()

    def _guarded(self, callback: Any, request: AnalysisRequest, value: Any) -> None:
        """Drop a result for a closed tab or a selection the user has left."""
        if not shiboken6.isValid(self) or not shiboken6.isValid(self.busy):
            return
        department = self.context.department
        scenario = self.context.scenario
        if (
            department is None
            or department.id != request.department_id
            or (scenario is not None and request.scenario_id != scenario.id)
        ):
            return
        self.busy.setVisible(self._runner.busy)
        callback(value)

    def is_computing(self) -> bool:
        return self._runner.busy or self._refresh_timer.isActive()

    def _show(self, snapshot: AnalysisSnapshot) -> None:
        self.snapshot = snapshot
        self.last_error = ""
        self.error_label.setVisible(False)
        self.busy.setVisible(False)
        base, shown = snapshot.baseline, snapshot.scenario
        compares = snapshot.compares

        reference = base.scenario.name

        def detail(before: float, after: float, decimals: int, unit: str = "") -> str:
            if not compares:
                return f"«{reference}»"
            return _tr("{reference} {before}{unit}, endring {change}{unit}").format(
                reference=reference,
                before=number(before, decimals),
                change=signed(after - before, decimals),
                unit=unit,
            )

        capacity, base_capacity = shown.capacity, base.capacity
        hours_detail = detail(base_capacity.hours_per_week, capacity.hours_per_week, 1)
        if capacity.unassigned_hours_per_week > 0.05:
            hours_detail += "\n" + _tr("Ikke fordelt: {hours} t/uke").format(
                hours=number(capacity.unassigned_hours_per_week, 1)
            )
        self.hours_card.show_figure(number(capacity.hours_per_week, 1), hours_detail)
        self.fte_card.show_figure(
            number(capacity.fte, 2),
            detail(base_capacity.fte, capacity.fte, 2),
            _tr("Årsverk = timer per uke ÷ (timer per årsverk × (1 − fravær − opplæring))"),
        )
        figure, price_detail, price_tip = price_card(shown.price)
        self.cost_card.show_figure(figure, price_detail, price_tip)
        self.mapped_card.show_figure(
            percent(shown.mapped_share),
            _tr("{hours} av {available} t/uke").format(
                hours=number(shown.workload.total_hours, 1),
                available=number(shown.available_hours_per_week, 1),
            )
            if shown.mapped_share is not None
            else _tr("Ingen stillinger registrert"),
            _tr("Timer i oppgavene ÷ timene dagens stillinger gir (etter fravær og opplæring)"),
        )

        self.role_model.columns = role_columns(
            compares, None if base.scenario.is_baseline else base.scenario.name
        )
        total = RoleChange(
            role_id=0,
            role_name=_tr("Sum"),
            hours_before=base_capacity.hours_per_week,
            hours_after=capacity.hours_per_week,
            fte_before=base_capacity.fte,
            fte_after=capacity.fte,
            cost_before=base_capacity.cost_per_week,
            cost_after=capacity.cost_per_week,
        )
        self.role_model.set_rows(role_rows(snapshot.role_changes, total))
        self._stale_charts = {"roles", "rhythm"}
        for key, picture, chart in (
            ("roles", self.roles_chart, snapshot.roles_chart),
            ("rhythm", self.rhythm_chart, snapshot.rhythm_chart),
        ):
            if chart is not None:
                picture.set_chart(chart)
                self._stale_charts.discard(key)

        self.upgrade_model.set_rows(shown.upgrades)
        if shown.upgrades and shown.scenario.is_baseline:
            self.upgrade_summary.setText(
                _tr(
                    "Kompetansegap i dagens praksis: {people} personer mangler kompetanse "
                    "oppgavene krever. Regnes ikke som kostnad i «I dag»."
                ).format(people=sum(u.people for u in shown.upgrades))
            )
        elif shown.upgrades:
            self.upgrade_summary.setText(
                _tr(
                    "Kompetanseløft «{scenario}» trenger: {people} personer på kurs, "
                    "{hours} timer, {cost} kr."
                ).format(
                    scenario=shown.scenario.name,
                    people=sum(u.people for u in shown.upgrades),
                    hours=number(sum(u.hours for u in shown.upgrades), 0),
                    cost=number(sum(u.cost for u in shown.upgrades), 0),
                )
            )
        else:
            self.upgrade_summary.setText(
                _tr("«{scenario}» trenger ingen kompetanseløft.").format(
                    scenario=shown.scenario.name
                )
            )

        full = shown.fulltime
        values = {
            "people": str(full.people),
            "fulltime": percent(full.fulltime_share),
            "continuity": percent(full.continuity_share),
            "average": "–" if full.avg_position is None else f"{number(full.avg_position, 0)} %",
            "fte": number(shown.total_fte, 2)
            + ("" if shown.total_fte_source == "positions" else " " + _tr("(behov i scenarioet)")),
            "weekend": number(shown.weekend_hours, 1)
            + (
                ""
                if shown.weekend_hours_source == "staffing"
                else " " + _tr("(fra oppgavene: ingen helgebemanning registrert)")
            ),
        }
        for key, text in values.items():
            self.fulltime_labels[key].setText(text)
        self.weekend_model.set_rows(shown.weekend_table)

    def _failed(self, error: BaseException) -> None:
        self.busy.setVisible(False)
        message = error.message if isinstance(error, OppgaveError) else str(error)
        self.last_error = message
        self.error_label.setText(_tr("Kunne ikke beregne: {message}").format(message=message))
        self.error_label.setVisible(True)

    def _clear(self) -> None:
        self.snapshot = None
        for card in (self.hours_card, self.fte_card, self.cost_card, self.mapped_card):
            card.show_figure("–")
        for model in (self.role_model, self.upgrade_model, self.weekend_model):
            model.set_rows([])
        self.roles_chart.set_chart(None)
        self.rhythm_chart.set_chart(None)

    def _update_title(self) -> None:
        context = self.context
        if context.department is None:
            self.title.setText(_tr("Ingen avdeling valgt"))
        elif context.scenario is None or context.scenario.id == self.reference():
            name = context.scenario.name if context.scenario is not None else _tr("I dag")
            self.title.setText(
                _tr("{department}: «{scenario}»").format(
                    department=context.department.name, scenario=name
                )
            )
        else:
            self.title.setText(
                _tr("{department}: «{scenario}» mot «{reference}»").format(
                    department=context.department.name,
                    scenario=context.scenario.name,
                    reference=self._reference_name(),
                )
            )

    def _upgrade_tasks(self, need: Any) -> str:
        snapshot = self.snapshot
        if snapshot is None:
            return ""
        names = {task.id: task.name for task in snapshot.scenario.tasks}
        return ", ".join(names.get(t, "") for t in need.task_ids)

    # --- comparison ------------------------------------------------------------------------------

    def _visible_charts(self) -> set[str]:
        page = self.pages.currentWidget()
        if page is self.roles_chart:
            return {"roles"}
        if page is self.rhythm_page:
            return {"rhythm"}
        return set()

    def _page_changed(self, _index: int) -> None:
        if self.pages.currentWidget() is self.comparison_page and self._comparison_dirty:
            self._refresh_comparison()
        if self._visible_charts() & self._stale_charts and not self._refresh_timer.isActive():
            self.refresh()  # draw the chart now shown (the figures are cheap to recompute)

    def _refresh_comparison(self) -> None:
        self._comparison_dirty = False
        self.comparison_busy.setVisible(True)
        workspace = self.context.workspace

        def done(comparison: Comparison) -> None:
            if not shiboken6.isValid(self) or not shiboken6.isValid(self.comparison_busy):
                return
            self.comparison_busy.setVisible(False)
            self.comparison = comparison
            self._show_comparison()

        def failed(error: BaseException) -> None:
            if not shiboken6.isValid(self) or not shiboken6.isValid(self.comparison_busy):
                return
            self.comparison_busy.setVisible(False)
            self._failed(error)

        chosen = bool(self.comparison_scenario.currentData())
        self._comparison_runner.start(partial(run_comparison, workspace, chosen), done, failed)

    def _comparison_scenario_changed(self, *_args: Any) -> None:
        self._comparison_runner.cancel()
        self._refresh_comparison()

    def _show_comparison(self, *_args: Any) -> None:
        comparison = self.comparison
        if comparison is None:
            return
        if self.comparison_level.currentData() == "municipalities":
            rows = comparison_rows(comparison.municipalities, "municipality_name")
        else:
            rows = comparison_rows(comparison.departments, "department_name")
        total = comparison_rows(comparison.total, "municipality_name")
        for row in total:
            row["municipality_name"] = ""
        self.comparison_model.set_rows([*rows, *total])

    # --- actions ---------------------------------------------------------------------------------

    def _update_actions(self) -> None:
        allowed, reason = data_actions_allowed(self.context)
        has_department = self.context.department is not None
        self.propose_action.setEnabled(allowed and has_department)
        self.settings_action.setEnabled(allowed)
        self.floor_action.setEnabled(allowed and has_department)
        for action in (self.propose_action, self.settings_action, self.floor_action):
            action.setToolTip(reason or action.statusTip())

    def open_proposal_dialog(self) -> QWidget | None:
        """Open *Lag forslag …* (not modal-blocking: the dialog runs the optimiser itself)."""
        from oppgave.ui.analysis.proposal_dialog import ProposalDialog

        allowed, reason = data_actions_allowed(self.context)
        if not allowed or self.context.department is None:
            self.context.dialogs.information(
                _tr("Lag forslag"), reason or _tr("Velg en avdeling først.")
            )
            return None
        dialog = ProposalDialog(self.context, self)
        dialog.open()
        return dialog

    def open_settings_dialog(self) -> QWidget | None:
        """Open *Analyseinnstillinger …*."""
        from oppgave.ui.analysis.analysis_settings_dialog import AnalysisSettingsDialog

        allowed, reason = data_actions_allowed(self.context)
        if not allowed:
            self.context.dialogs.information(_tr("Analyseinnstillinger"), reason)
            return None
        dialog = AnalysisSettingsDialog(self.context, self)
        dialog.open()
        return dialog

    def open_floor_dialog(self) -> QWidget | None:
        """Open *Forsvarlighet og forslag …* for the selected department (not in review
        copies or read-only files)."""
        from oppgave.ui.analysis.floor_settings_dialog import FloorSettingsDialog

        allowed, reason = data_actions_allowed(self.context)
        if not allowed or self.context.department is None:
            self.context.dialogs.information(
                _tr("Forsvarlighet og forslag"), reason or _tr("Velg en avdeling først.")
            )
            return None
        dialog = FloorSettingsDialog(self.context, self.context.department, self)
        dialog.open()
        return dialog

    # --- chart words (translated here, on the UI thread) -----------------------------------------

    def _role_text(self) -> RoleChartText:
        scenario = self.context.scenario
        return RoleChartText(
            title=_tr("Timer per uke per yrkesgruppe"),
            today=self._reference_name(),
            scenario=scenario.name if scenario is not None else "",
            axis=_tr("Timer per uke"),
        )

    def _rhythm_text(self) -> RhythmChartText:
        return RhythmChartText(
            title=_tr("Døgnrytme: timer arbeid per klokketime"),
            days=tuple(labels.weekday_short(day) for day in Weekday),
            colour_bar=_tr("Personer i arbeid"),
            profile_title=_tr("Arbeid mot bemanning per vakt (snitt per time)"),
            hour_axis=_tr("Klokkeslett"),
            people_axis=_tr("Personer"),
            work_weekday=_tr("Arbeid, hverdager"),
            staffed_weekday=_tr("På vakt, hverdager"),
            work_weekend=_tr("Arbeid, helg"),
            staffed_weekend=_tr("På vakt, helg"),
        )


def install(window: MainWindow) -> None:
    """Add the *Analyse* tab (and through it the menu actions) to the main window."""
    window.add_department_tab(
        AnalysisTab, lambda: QCoreApplication.translate("MainWindow", "Analyse"), key="analysis"
    )


def price_card(price: ScenarioPrice) -> tuple[str, str, str]:
    """The scenario's one price on the tab's card: the figure, the line under it and the
    tooltip (the same figure as ``propose``, ``analyse --json``, Excel and the report)."""
    figure = _tr("{kr} kr").format(kr=number(price.total_per_year, 0))
    if price.is_baseline:
        detail = _tr("Dagens stillinger: {kr} kr").format(
            kr=number(price.positions_budget_per_year, 0)
        )
    else:
        detail = _tr("Endring mot i dag: {change} kr").format(
            change=signed(price.change_vs_today, 0)
        )
        if price.course_cost_once > 0:
            detail += "\n" + _tr("Kurs tjenes inn på {payback}").format(
                payback=price.payback_text()
            )
    lines = [
        _tr("Lønn {wages} kr + kurs {courses} kr per år").format(
            wages=number(price.wage_cost_per_year, 0),
            courses=number(price.course_cost_per_year, 0),
        ),
        *price.floors,
    ]
    freed = price.freed_text()
    if freed and not price.is_baseline:
        lines.append(freed)
    return figure, detail, "\n".join(lines)
