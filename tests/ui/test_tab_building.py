"""Opening a file builds the task tab at once and the other tabs after the first tasks load
(issue 18): until then they stand as placeholders, and asking for one builds it."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from oppgave.ui.analysis.analysis_tab import AnalysisTab, install
from oppgave.ui.board.board_tab import BoardTab
from oppgave.ui.catalogue.catalogue_tab import CatalogueTab
from oppgave.ui.staffing.staffing_tab import StaffingTab
from oppgave.ui.tasks.task_tab import TaskTab
from oppgave.ui.window.main_window import MainWindow

KINDS = {"board": BoardTab, "staffing": StaffingTab, "catalogue": CatalogueTab}


def _kinds(window: MainWindow) -> list[str]:
    return [type(window.tabs.widget(i)).__name__ for i in range(window.tabs.count())]


def test_the_task_tab_first_the_others_after_the_tasks_load(
    qtbot: QtBot, window: MainWindow, small_path: Path
) -> None:
    install(window)
    assert window.open_path(small_path)
    # right after opening: the task table is real, the others are placeholders
    assert _kinds(window) == ["TaskTab", "QWidget", "QWidget", "QWidget", "QWidget"]
    assert window.tabs.currentIndex() == 0
    qtbot.waitUntil(lambda: "QWidget" not in _kinds(window), timeout=10_000)
    assert _kinds(window) == ["TaskTab", "BoardTab", "StaffingTab", "CatalogueTab", "AnalysisTab"]
    assert window.tabs.currentIndex() == 0  # building them did not move the user
    analysis = window.department_tab("analysis")
    assert isinstance(analysis, AnalysisTab)
    # the built tab's menu actions reached the menus
    assert analysis.propose_action in window.menu("scenario").actions()


def test_asking_for_a_tab_builds_it_at_once(window: MainWindow, small_path: Path) -> None:
    assert window.open_path(small_path)
    assert isinstance(window.department_tab("tasks"), TaskTab)
    for key, kind in KINDS.items():
        tab = window.show_tab(key)
        assert isinstance(tab, kind)
        assert window.tabs.currentWidget() is tab
        assert window.department_tab(key) is tab


def test_switching_to_a_placeholder_builds_it(window: MainWindow, small_path: Path) -> None:
    assert window.open_path(small_path)
    window.tabs.setCurrentIndex(1)
    assert isinstance(window.tabs.currentWidget(), BoardTab)
    assert window.tabs.currentIndex() == 1
