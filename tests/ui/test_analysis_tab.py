"""The *Analyse* tab shows what ``services.analysis_runs`` computes, refreshes after an edit
without blocking, drops stale results, and offers no data-changing action in a review copy."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from ui_support import wait_loaded

from oppgave.analysis.capacity import capacity_change
from oppgave.services import analysis_runs, review, scenario_pricing, scenarios
from oppgave.ui.analysis.analysis_models import number, percent, signed
from oppgave.ui.analysis.analysis_tab import AnalysisTab, install
from oppgave.ui.document.workspace_document import ChangeKind, DataChange
from oppgave.ui.tasks.task_table_model import TaskColumn
from oppgave.ui.window.main_window import MainWindow


def _analysis_tab(window: MainWindow) -> AnalysisTab:
    install(window)
    tab = window.show_tab("analysis")
    assert isinstance(tab, AnalysisTab)
    return tab


def _wait_figures(qtbot: QtBot, tab: AnalysisTab) -> None:
    qtbot.waitUntil(lambda: not tab.is_computing() and tab.snapshot is not None, timeout=20_000)


def _cell(tab: AnalysisTab, row: int, column: int) -> str:
    model = tab.role_model
    return str(model.data(model.index(row, column)))


@pytest.fixture
def demo_window(qtbot: QtBot, window: MainWindow, demo_path: Path, tmp_path: Path) -> MainWindow:
    """The window on a copy of the demo, its first department with «Forslag A» selected."""
    target = tmp_path / "demo.oppgave"
    shutil.copyfile(demo_path, target)
    assert window.open_path(target)
    context = window.context
    assert context is not None
    department = next(
        d
        for d in context.document.departments()
        if len(scenarios.list_scenarios(context.workspace, d.id)) > 1
    )
    window.select_department(department.id)
    wait_loaded(qtbot, context)
    proposal = next(s for s in context.scenarios() if not s.is_baseline)
    window.select_scenario(proposal.id)
    wait_loaded(qtbot, context)
    return window


def test_tab_shows_the_services_figures_for_the_demo(qtbot: QtBot, demo_window: MainWindow) -> None:
    tab = _analysis_tab(demo_window)
    _wait_figures(qtbot, tab)
    context = demo_window.context
    assert context is not None and context.department is not None and context.scenario is not None
    expected = analysis_runs.analyse(context.workspace, context.department.id, context.scenario.id)
    baseline = analysis_runs.analyse(context.workspace, context.department.id)
    assert not context.scenario.is_baseline

    # key figures
    assert tab.fte_card.value.text() == number(expected.capacity.fte, 2)
    assert tab.hours_card.value.text() == number(expected.capacity.hours_per_week, 1)
    # the scenario's one price (services.scenario_pricing), as propose/JSON/Excel/PDF show it
    price = scenario_pricing.price_scenario(context.workspace, context.scenario.id)
    assert tab.cost_card.value.text() == f"{number(price.total_per_year, 0)} kr"
    assert signed(price.change_vs_today, 0) in tab.cost_card.detail.text()
    assert baseline.price.today_total_per_year > 0
    assert tab.mapped_card.value.text() == percent(expected.mapped_share)
    assert "«I dag»" in tab.title.text() and context.scenario.name in tab.title.text()

    # FTE and cost per role, today vs the scenario, with the change
    changes = [
        c
        for c in capacity_change(baseline.capacity, expected.capacity)
        if c.hours_before > 0.005 or c.hours_after > 0.005
    ]
    model = tab.role_model
    assert model.rowCount() == len(changes) + 1  # and the Sum row
    headers = [model.headerData(c, _horizontal()) for c in range(model.columnCount())]
    fte_after = headers.index("Årsverk\nscenario")
    fte_change = headers.index("Endring\nårsverk")
    for row, change in enumerate(changes):
        assert _cell(tab, row, 0) == change.role_name
        assert _cell(tab, row, fte_after) == number(change.fte_after, 2)
    assert _cell(tab, len(changes), fte_after) == number(expected.capacity.fte, 2)
    moved = next(c for c in changes if abs(c.fte_change) > 0.01)
    assert _cell(tab, changes.index(moved), fte_change).lstrip("+") == number(moved.fte_change, 2)

    # the other tables hold the service's rows
    assert tab.upgrade_model.rowCount() == len(expected.upgrades)
    assert tab.weekend_model.rowCount() == len(expected.weekend_table)
    assert tab.fulltime_labels["fulltime"].text() == percent(expected.fulltime.fulltime_share)

    # charts are drawn (off the UI thread) when their page is shown
    assert not tab.roles_chart.has_picture()
    tab.pages.setCurrentWidget(tab.roles_chart)
    qtbot.waitUntil(tab.roles_chart.has_picture, timeout=20_000)
    tab.pages.setCurrentWidget(tab.rhythm_page)
    qtbot.waitUntil(tab.rhythm_chart.has_picture, timeout=20_000)
    assert tab.rhythm_chart.image().width() > 300
    assert tab.snapshot is not None and tab.snapshot.rhythm_chart is not None


def _horizontal():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_comparison_page_shows_every_department(qtbot: QtBot, demo_window: MainWindow) -> None:
    tab = _analysis_tab(demo_window)
    _wait_figures(qtbot, tab)
    tab.pages.setCurrentWidget(tab.comparison_page)
    qtbot.waitUntil(lambda: tab.comparison is not None, timeout=20_000)
    context = demo_window.context
    assert context is not None
    expected = analysis_runs.compare(context.workspace)
    model = tab.comparison_model
    assert model.rowCount() == len(expected.departments) + 1  # and «Alle»
    names = [model.data(model.index(row, 0)) for row in range(model.rowCount())]
    assert names[:-1] == list(expected.departments["department_name"])
    tab.comparison_level.setCurrentIndex(1)
    assert model.rowCount() == len(expected.municipalities) + 1


def test_an_edit_in_the_task_table_refreshes_the_figures(qtbot: QtBot, opened: MainWindow) -> None:
    tab = _analysis_tab(opened)
    context = opened.context
    assert context is not None and context.department is not None
    _wait_figures(qtbot, tab)
    before = tab.hours_card.value.text()
    task_tab = opened.department_tab("tasks")
    model = task_tab.model  # type: ignore[union-attr]
    row = next(
        r
        for r in range(model.rowCount())
        if model.task_at(r).name == "Morgenstell"  # type: ignore[union-attr]
    )
    assert model.setData(model.index(row, TaskColumn.DURATION), "40")  # was 20 minutes
    # the tab is not blocked: the edit returns at once and the refresh is debounced
    assert tab.is_computing()
    expected = analysis_runs.analyse(context.workspace, context.department.id)
    qtbot.waitUntil(
        lambda: tab.hours_card.value.text() == number(expected.capacity.hours_per_week, 1),
        timeout=20_000,
    )
    assert tab.hours_card.value.text() != before
    assert not tab.busy.isVisible()


def test_a_result_for_a_department_left_is_dropped(qtbot: QtBot, opened: MainWindow) -> None:
    tab = _analysis_tab(opened)
    context = opened.context
    assert context is not None
    _wait_figures(qtbot, tab)
    bakkehuset = next(d for d in context.document.departments() if d.name == "Bakkehuset")
    tab.refresh()  # a job for Solsiden is running …
    opened.select_department(bakkehuset.id)  # … when the user moves on
    qtbot.waitUntil(
        lambda: (
            not tab.is_computing()
            and tab.snapshot is not None
            and tab.snapshot.department_id == bakkehuset.id
        ),
        timeout=20_000,
    )
    qtbot.wait(300)
    assert tab.snapshot is not None and tab.snapshot.department_id == bakkehuset.id
    assert "Bakkehuset" in tab.title.text()


def test_closing_the_workspace_while_computing_is_harmless(
    qtbot: QtBot, opened: MainWindow
) -> None:
    tab = _analysis_tab(opened)
    _wait_figures(qtbot, tab)
    tab.refresh()
    opened.close_document()
    qtbot.wait(1500)  # the job finishes (or fails on the closed file) and is dropped
    assert opened.department_tab("analysis") is None


def test_data_actions_are_disabled_in_a_review_copy(
    qtbot: QtBot, opened: MainWindow, tmp_path: Path
) -> None:
    context = opened.context
    assert context is not None and context.department is not None
    tab = _analysis_tab(opened)
    assert tab.propose_action.isEnabled() and tab.settings_action.isEnabled()
    assert tab.propose_action in opened.menu("scenario").actions()
    assert tab.settings_action in opened.menu("edit").actions()
    copy = tmp_path / "hms.oppgave"
    review.export_review_copy(context.workspace, context.department.id, copy)
    opened.close_document()
    assert opened.open_path(copy)
    assert opened.context is not None and opened.context.workspace.is_review_copy
    department = opened.context.document.departments()[0]
    opened.select_department(department.id)
    wait_loaded(qtbot, opened.context)
    copy_tab = opened.department_tab("analysis")
    assert isinstance(copy_tab, AnalysisTab)
    assert not copy_tab.propose_action.isEnabled()
    assert not copy_tab.settings_action.isEnabled()
    assert not copy_tab.floor_action.isEnabled()
    assert "kommentere" in copy_tab.propose_action.toolTip()
    # triggered anyway (e.g. a shortcut): refused with the reason, nothing opened
    assert copy_tab.open_proposal_dialog() is None
    assert copy_tab.open_settings_dialog() is None
    assert copy_tab.open_floor_dialog() is None
    dialogs = opened.dialogs
    assert any("kommentere" in m for m in dialogs.messages("information"))  # type: ignore[attr-defined]
    before = scenarios.list_scenarios(opened.context.workspace, department.id)
    assert len(before) >= 1
    # the figures are still shown: reading is allowed
    opened.show_tab("analysis")
    _wait_figures(qtbot, copy_tab)


def test_the_tabs_models_pass_the_model_tester(
    qtbot: QtBot, demo_window: MainWindow, qtmodeltester: Any
) -> None:
    tab = _analysis_tab(demo_window)
    _wait_figures(qtbot, tab)
    tab.pages.setCurrentWidget(tab.comparison_page)
    qtbot.waitUntil(lambda: tab.comparison is not None, timeout=20_000)
    for model in (tab.role_model, tab.upgrade_model, tab.weekend_model, tab.comparison_model):
        assert model.rowCount() > 0
        qtmodeltester.check(model)


def test_compare_two_proposals_with_each_other(qtbot: QtBot, demo_window: MainWindow) -> None:
    """«Sammenlign med» another proposal: the figures are the selected proposal against that
    one, not against «I dag»."""
    context = demo_window.context
    assert context is not None and context.department is not None and context.scenario is not None
    first = context.scenario
    second = scenarios.create_scenario(context.workspace, context.department.id, "Forslag B")
    context.document.notify(
        DataChange.of(ChangeKind.SCENARIOS, department_id=context.department.id)
    )
    tab = _analysis_tab(demo_window)
    _wait_figures(qtbot, tab)
    assert tab.compare_combo.findData(second.id) >= 0
    assert tab.compare_combo.currentText() == "I dag"
    tab.compare_combo.setCurrentIndex(tab.compare_combo.findData(second.id))
    qtbot.waitUntil(
        lambda: (
            not tab.is_computing()
            and tab.snapshot is not None
            and tab.snapshot.baseline.scenario.id == second.id
        ),
        timeout=20_000,
    )
    expected = analysis_runs.analyse(context.workspace, context.department.id, first.id)
    reference = analysis_runs.analyse(context.workspace, context.department.id, second.id)
    assert f"«{first.name}» mot «Forslag B»" in tab.title.text()
    assert tab.fte_card.value.text() == number(expected.capacity.fte, 2)
    assert "Forslag B" in tab.fte_card.detail.text()
    change = expected.capacity.fte - reference.capacity.fte
    assert number(abs(change), 2) in tab.fte_card.detail.text()
    model = tab.role_model
    headers = [model.headerData(c, _horizontal()) for c in range(model.columnCount())]
    assert "Årsverk\nForslag B" in headers
    total = model.rowCount() - 1
    assert _cell(tab, total, headers.index("Årsverk\nForslag B")) == number(
        reference.capacity.fte, 2
    )


def test_the_comparison_under_each_department_s_chosen_proposal(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    from oppgave.services import organisation, scenarios

    context = demo_window.context
    assert context is not None
    workspace = context.workspace
    department = organisation.list_departments(workspace)[0]
    proposal = next(
        s for s in scenarios.list_scenarios(workspace, department.id) if not s.is_baseline
    )
    scenarios.set_chosen(workspace, proposal.id)
    tab = _analysis_tab(demo_window)
    _wait_figures(qtbot, tab)
    tab.pages.setCurrentWidget(tab.comparison_page)
    qtbot.waitUntil(lambda: tab.comparison is not None, timeout=20_000)
    tab.comparison = None
    tab.comparison_scenario.setCurrentIndex(1)  # «hver avdelings valgte forslag»
    qtbot.waitUntil(lambda: tab.comparison is not None, timeout=20_000)
    expected = analysis_runs.compare(workspace, chosen=True)
    model = tab.comparison_model
    last = model.columnCount() - 1
    shown = {
        model.data(model.index(row, 0)): model.data(model.index(row, last))
        for row in range(model.rowCount() - 1)
    }
    assert shown[department.name] == proposal.name
    assert list(shown.values()) == list(expected.departments["scenario_name"])
