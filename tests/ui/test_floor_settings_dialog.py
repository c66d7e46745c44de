"""*Forsvarlighet og forslag …*: a department's floor and proposal settings, prefilled with the
service type's defaults (and saying so), bad input refused with the reason, saves undoable."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from oppgave.domain.enums import Shift
from oppgave.services import organisation, scenario_pricing
from oppgave.ui.analysis.analysis_tab import AnalysisTab, install
from oppgave.ui.analysis.floor_settings_dialog import FloorSettingsDialog
from oppgave.ui.window.main_window import MainWindow


def _dialog(window: MainWindow) -> FloorSettingsDialog:
    if window.department_tab("analysis") is None:
        install(window)
    tab = window.show_tab("analysis")
    assert isinstance(tab, AnalysisTab)
    assert tab.floor_action in window.menu("edit").actions()
    assert tab.floor_action.isEnabled()
    dialog = tab.open_floor_dialog()
    assert isinstance(dialog, FloorSettingsDialog)
    return dialog


def test_opens_on_the_service_type_defaults_and_says_so(qtbot: QtBot, opened: MainWindow) -> None:
    context = opened.context
    assert context is not None and context.department is not None
    defaults = scenario_pricing.defaults_for(context.department.service_type)
    dialog = _dialog(opened)
    assert dialog.nurses_spin.value() == defaults.nurses_per_shift
    assert dialog.settings_typed() == defaults
    assert "standardene for tjenestetypen" in dialog.source_label.text()


def test_bad_input_is_refused_with_the_field_and_reason(qtbot: QtBot, opened: MainWindow) -> None:
    context = opened.context
    assert context is not None and context.department is not None
    dialog = _dialog(opened)
    depth = context.undo_stack.count()
    for field, text, expected in (
        (dialog.presence_edit, "70", "tilstedeværelse"),
        (dialog.skilled_edit, "mye", "Må være et tall"),
        (dialog.hire_edit, "XYZ=1", "Ukjent rolle"),
        (dialog.hire_edit, "SPL", "ROLLE=ÅRSVERK"),
    ):
        dialog._fill(scenario_pricing.defaults_for(context.department.service_type))
        field.setText(text)
        dialog.accept()
        assert dialog.isVisible()
        assert expected in dialog.error, dialog.error
        assert dialog.error_label.isVisible()
    assert context.undo_stack.count() == depth
    stored = organisation.get_department(context.workspace, context.department.id)
    assert stored.proposal_settings_json is None


def test_save_is_undoable_and_the_defaults_button_resets(qtbot: QtBot, opened: MainWindow) -> None:
    context = opened.context
    assert context is not None and context.department is not None
    department_id = context.department.id
    workspace = context.workspace
    defaults = scenario_pricing.defaults_for(context.department.service_type)
    dialog = _dialog(opened)
    dialog.nurses_spin.setValue(2)
    dialog.on_call_checks[Shift.NIGHT].setChecked(True)
    dialog.skilled_edit.setText("60")
    dialog.presence_edit.setText("12,5")
    dialog.hire_edit.setText("SPL=1,5")
    dialog.accept()
    assert dialog.error == "" and dialog.command is not None
    saved = scenario_pricing.department_proposal_settings(workspace, department_id)
    assert saved.nurses_per_shift == 2
    assert saved.on_call_shifts == (Shift.NIGHT,)
    assert abs(saved.skilled_share - 0.6) < 1e-9
    assert abs(saved.presence_share - 0.125) < 1e-9
    assert dict(saved.hire_fte) == {"SPL": 1.5}
    # reopened: shows the stored values and says they are the department's own
    again = _dialog(opened)
    assert again.settings_typed() == saved
    assert "egne verdier" in again.source_label.text()
    again.reject()
    context.undo_stack.undo()
    assert scenario_pricing.department_proposal_settings(workspace, department_id) == defaults
    assert organisation.get_department(workspace, department_id).proposal_settings_json is None
    context.undo_stack.redo()
    assert scenario_pricing.department_proposal_settings(workspace, department_id) == saved
    # «Standardverdier» fills in the defaults; saving stores «no own settings»
    reset = _dialog(opened)
    reset.defaults_button.click()
    assert reset.settings_typed() == defaults
    reset.accept()
    assert organisation.get_department(workspace, department_id).proposal_settings_json is None
    context.undo_stack.undo()
    assert scenario_pricing.department_proposal_settings(workspace, department_id) == saved
