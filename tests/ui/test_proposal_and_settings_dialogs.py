"""*Lag forslag …* saves an optimiser result as a scenario undoably and explains the moves, an
infeasible request shows the service's message; *Analyseinnstillinger …* refuses bad input
with a visible reason and saves good input undoably."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QTime
from pytestqt.qtbot import QtBot

from oppgave.domain.enums import Shift
from oppgave.services import scenario_pricing, scenarios, staffing_proposals, workspaces
from oppgave.services import settings as settings_service
from oppgave.ui.analysis.analysis_settings_dialog import AnalysisSettingsDialog
from oppgave.ui.analysis.analysis_tab import AnalysisTab, install
from oppgave.ui.analysis.proposal_dialog import ProposalDialog
from oppgave.ui.analysis.proposal_options_model import OptionColumn
from oppgave.ui.window.main_window import MainWindow


def _tab(window: MainWindow) -> AnalysisTab:
    if window.department_tab("analysis") is None:
        install(window)
    tab = window.show_tab("analysis")
    assert isinstance(tab, AnalysisTab)
    return tab


def _proposal_dialog(window: MainWindow) -> ProposalDialog:
    dialog = _tab(window).open_proposal_dialog()
    assert isinstance(dialog, ProposalDialog)
    return dialog


def _names(window: MainWindow) -> list[str]:
    context = window.context
    assert context is not None and context.department is not None
    return [s.name for s in scenarios.list_scenarios(context.workspace, context.department.id)]


def _role_row(dialog: ProposalDialog, code: str) -> int:
    return next(i for i, role in enumerate(dialog.model.roles) if role.code == code)


# --- Lag forslag ------------------------------------------------------------------------------


def test_lag_forslag_creates_a_scenario_and_undo_removes_it(
    qtbot: QtBot, opened: MainWindow
) -> None:
    context = opened.context
    assert context is not None
    dialog = _proposal_dialog(opened)
    assert dialog.isVisible()
    assert dialog.name_edit.text() == "Forslag B"  # «Forslag A» exists already
    dialog.name_edit.setText("Optimert")
    dialog.run_button.click()
    assert dialog.progress.isVisible()  # computing off the UI thread
    qtbot.waitUntil(lambda: dialog.command is not None or bool(dialog.error), timeout=30_000)
    assert dialog.error == ""
    assert "Optimert" in _names(opened)
    # the new scenario is selected, and its moves are explained
    assert context.scenario is not None and context.scenario.name == "Optimert"
    assert opened.header.scenario_combo.currentText() == "Optimert"
    draft = dialog.draft
    assert draft is not None
    shown = dialog.moves_model.stringList()
    assert len(shown) == len(draft.result.moves)
    for move, line in zip(draft.result.moves, shown, strict=True):
        assert move.task_name in line and move.explanation in line
    assert "Optimert" in dialog.result_summary.text()
    assert dialog.close_button.isVisible()
    # the dialog shows the scenario's one price: the service's figure for the saved scenario
    price = scenario_pricing.price_scenario(context.workspace, context.scenario.id)
    assert price.options_stored
    assert (
        f"endring mot i dag {staffing_proposals.signed_kroner(price.change_vs_today)} kr"
        in dialog.result_summary.text()
    )
    # undo deletes the created scenario; redo brings it back, with its options
    opened.undo_action.trigger()
    assert "Optimert" not in _names(opened)
    assert context.scenario is not None and context.scenario.is_baseline
    opened.redo_action.trigger()
    assert "Optimert" in _names(opened)
    again = scenarios.resolve_scenario(context.workspace, context.department.id, "Optimert")
    assert again.proposal_options_json is not None
    assert scenario_pricing.price_scenario(
        context.workspace, again.id
    ).total_per_year == pytest.approx(price.total_per_year)


def test_lag_forslag_shows_the_floor_and_takes_mode_growth_and_hiring(opened: MainWindow) -> None:
    dialog = _proposal_dialog(opened)
    assert "Forsvarlighetsgulv" in dialog.floor_label.text()
    assert "autorisert sykepleier" in dialog.floor_label.text()
    model = dialog.model
    assert model.setData(model.index(_role_row(dialog, "SPL"), OptionColumn.HIRE), "1,5")
    dialog.mode_combo.setCurrentIndex(dialog.mode_combo.findText("Flere brukere"))
    dialog.growth_spin.setValue(30)
    dialog.floor_check.setChecked(False)
    request = dialog.request()
    assert request.mode is staffing_proposals.ProposalMode.GROWTH
    assert request.growth_percent == 30
    assert not request.use_floor
    nurse = dialog.model.roles[_role_row(dialog, "SPL")]
    assert request.hire == {nurse.id: 1.5}
    dialog.reject()


def test_lag_forslag_honours_a_cap_the_user_typed(qtbot: QtBot, opened: MainWindow) -> None:
    dialog = _proposal_dialog(opened)
    model = dialog.model
    row = _role_row(dialog, "HFA")
    assert model.setData(model.index(row, OptionColumn.CAP), "1,5")
    assert model.setData(model.index(_role_row(dialog, "SPL"), OptionColumn.NIGHT), "1")
    request = model.request()
    role_id = model.roles[row].id
    assert request.caps == {role_id: 1.5}
    assert [(m.people, m.shift) for m in request.minimums] == [(1, Shift.NIGHT)]
    # a typed value that is no number is refused with the reason shown
    assert not model.setData(model.index(row, OptionColumn.DAY), "mange")
    assert dialog.error_label.isVisible() and "tall" in dialog.error_label.text()
    assert not model.setData(model.index(row, OptionColumn.CAP), "-2")
    dialog.run_button.click()
    qtbot.waitUntil(lambda: dialog.command is not None or bool(dialog.error), timeout=30_000)
    assert dialog.draft is not None and dialog.error == ""
    assert dialog.draft.options.fte_caps[role_id] == 1.5


def test_infeasible_caps_show_the_services_message(qtbot: QtBot, opened: MainWindow) -> None:
    context = opened.context
    assert context is not None and context.department is not None
    before = _names(opened)
    dialog = _proposal_dialog(opened)
    model = dialog.model
    for row in range(model.rowCount()):
        assert model.setData(model.index(row, OptionColumn.CAP), "0")
    dialog.run_button.click()
    qtbot.waitUntil(lambda: bool(dialog.error), timeout=30_000)
    data = workspaces.load_department_data(context.workspace, context.department.id)
    with pytest.raises(staffing_proposals.InfeasibleStaffingError) as expected:
        staffing_proposals.compute_proposal(data, model.request())
    assert dialog.error == expected.value.message
    assert dialog.error_label.isVisible() and dialog.error_label.text() == dialog.error
    assert dialog.command is None and _names(opened) == before
    assert dialog.run_button.isEnabled()  # the user can change the caps and try again


def test_a_taken_name_is_refused_before_computing(opened: MainWindow) -> None:
    dialog = _proposal_dialog(opened)
    dialog.name_edit.setText("forslag a")
    dialog.run_button.click()
    assert "allerede" in dialog.error and not dialog.progress.isVisible()


def test_cancel_drops_the_result(qtbot: QtBot, opened: MainWindow) -> None:
    before = _names(opened)
    dialog = _proposal_dialog(opened)
    dialog.run_button.click()
    dialog.cancel_button.click()
    assert "forkastet" in dialog.error
    qtbot.wait(1500)  # the solver finishes in the background; nothing is saved
    assert dialog.command is None and _names(opened) == before
    assert dialog.isVisible()


def test_menu_action_opens_the_dialog(opened: MainWindow) -> None:
    tab = _tab(opened)
    tab.propose_action.trigger()
    assert any(isinstance(child, ProposalDialog) for child in tab.findChildren(ProposalDialog))


# --- Analyseinnstillinger ---------------------------------------------------------------------


def _settings_dialog(window: MainWindow) -> AnalysisSettingsDialog:
    dialog = _tab(window).open_settings_dialog()
    assert isinstance(dialog, AnalysisSettingsDialog)
    return dialog


@pytest.mark.parametrize(
    ("field", "text", "reason"),
    [
        ("hours_edit", "mye", "Må være et tall"),
        ("hours_edit", "0", "mindre enn 1"),
        ("absence_edit", "95", "større enn 0,5"),
        ("weekend_hours_edit", "", "tom"),
        ("weekend_hours_edit", "7,5; 20", "større enn 16"),
        ("holiday_weeks_edit", "12", "Ferie"),
        ("public_holidays_edit", "x", "Må være et tall"),
        ("supervision_edit", "150", "prosent"),
        ("horizon_edit", "0", "Kurs fordeles over"),
        ("refresher_edit", "-5", "Oppfriskning"),
        ("safety_roles_edit", "SPL; XYZ", "XYZ"),
    ],
)
def test_settings_dialog_refuses_bad_input(
    opened: MainWindow, field: str, text: str, reason: str
) -> None:
    context = opened.context
    assert context is not None
    before = settings_service.load(context.workspace)
    dialog = _settings_dialog(opened)
    getattr(dialog, field).setText(text)
    dialog.accept()
    assert dialog.isVisible(), "a refused input keeps the dialog open"
    assert dialog.error_label.isVisible() and reason in dialog.error_label.text()
    assert settings_service.load(context.workspace) == before
    assert dialog.command is None


def test_settings_dialog_refuses_overlapping_shifts(opened: MainWindow) -> None:
    dialog = _settings_dialog(opened)
    start, _end = dialog.shift_edits[Shift.EVENING]
    start.setTime(QTime(14, 0))  # the day shift ends at 15:00
    dialog.accept()
    assert "overlapper" in dialog.error_label.text()


def test_settings_dialog_saves_good_input_undoably(qtbot: QtBot, opened: MainWindow) -> None:
    context = opened.context
    assert context is not None
    before = settings_service.load(context.workspace)
    tab = _tab(opened)
    qtbot.waitUntil(lambda: not tab.is_computing() and tab.snapshot is not None, timeout=20_000)
    fte_before = tab.fte_card.value.text()
    dialog = _settings_dialog(opened)
    dialog.hours_edit.setText("37,5")
    dialog.absence_edit.setText("8")
    dialog.weekend_hours_edit.setText("8; 12,5")
    dialog.accept()
    assert dialog.error == "" and not dialog.isVisible()
    saved = settings_service.load(context.workspace)
    assert saved.hours_per_fte == 37.5
    assert saved.absence_allowance == pytest.approx(0.08)
    assert saved.weekend_shift_hours == (8.0, 12.5)
    assert context.document.settings() == saved  # the cache follows
    # the figures follow the new settings
    qtbot.waitUntil(lambda: tab.fte_card.value.text() != fte_before, timeout=20_000)
    opened.undo_action.trigger()
    assert settings_service.load(context.workspace) == before
    opened.redo_action.trigger()
    assert settings_service.load(context.workspace) == saved


def test_settings_dialog_edits_the_proposal_settings_undoably(opened: MainWindow) -> None:
    """Holidays, high-risk level, supervision, course horizon, refreshers and the floor's nurse
    roles (issue 13): shown as stored, saved through the service, undone with Ctrl+Z."""
    context = opened.context
    assert context is not None
    before = settings_service.load(context.workspace)
    dialog = _settings_dialog(opened)
    assert dialog.high_risk_spin.value() == before.high_risk_min_level
    assert dialog.safety_roles_edit.text() == "; ".join(before.safety_role_codes)
    dialog.holiday_weeks_edit.setText("6")
    dialog.public_holidays_edit.setText("9,5")
    dialog.high_risk_spin.setValue(3)
    dialog.supervision_edit.setText("15")
    dialog.horizon_edit.setText("5")
    dialog.refresher_edit.setText("20")
    dialog.safety_roles_edit.setText("SPL, SSP")
    dialog.accept()
    assert dialog.error == "", dialog.error
    saved = settings_service.load(context.workspace)
    assert (saved.holiday_weeks, saved.public_holidays) == (6.0, 9.5)
    assert saved.high_risk_min_level == 3
    assert saved.supervision_share == pytest.approx(0.15)
    assert saved.course_horizon_years == 5.0
    assert saved.course_refresher_share == pytest.approx(0.2)
    assert saved.safety_role_codes == ("SPL", "SSP")
    opened.undo_action.trigger()
    assert settings_service.load(context.workspace) == before
    opened.redo_action.trigger()
    assert settings_service.load(context.workspace) == saved


def test_a_save_that_lands_after_cancel_is_deleted_again(opened: MainWindow) -> None:
    """The optimiser and the save run on the worker thread; whatever it wrote after the user
    cancelled must not stay (there is no undo step for it)."""
    import threading

    from oppgave.services.staffing_proposals import ProposalRequest
    from oppgave.ui.analysis.proposal_dialog import _compute_and_save

    context = opened.context
    assert context is not None and context.department is not None
    before = _names(opened)
    cancelled = threading.Event()
    cancelled.set()
    result = _compute_and_save(
        context.workspace, context.department.id, ProposalRequest(), "Sen", cancelled
    )
    assert result.scenario is None and _names(opened) == before
    # saved by the worker, cancelled before the result reached the dialog
    saved = _compute_and_save(
        context.workspace, context.department.id, ProposalRequest(), "Sen", threading.Event()
    )
    assert saved.scenario is not None and "Sen" in _names(opened)
    dialog = _proposal_dialog(opened)
    dialog.run_button.click()
    dialog.cancel_button.click()
    dialog._computed("Sen", saved)
    assert _names(opened) == before and dialog.command is None


def test_options_model_passes_the_model_tester(opened: MainWindow, qtmodeltester: Any) -> None:
    dialog = _proposal_dialog(opened)
    qtmodeltester.check(dialog.model)


def test_keep_todays_staffing_becomes_minimums(qtbot: QtBot, opened: MainWindow) -> None:
    from oppgave.analysis.staffing_cost import ShiftMinimum
    from oppgave.domain.enums import DayType

    dialog = _proposal_dialog(opened)
    dialog.keep_staffing.setChecked(True)
    dialog.run_button.click()
    qtbot.waitUntil(lambda: dialog.command is not None or bool(dialog.error), timeout=30_000)
    assert dialog.draft is not None, dialog.error
    hfa = dialog.model.roles[_role_row(dialog, "HFA")].id
    # the small workspace staffs 3 helsefagarbeidere on weekday day shifts
    assert ShiftMinimum(hfa, Shift.DAY, 3, DayType.WEEKDAY) in dialog.draft.options.shift_minimums
