"""A 1280×720 projector: the window, workshop mode and larger text (100/125/150 %) must fit,
with the quick-add row, the status bar, the toolbar's actions and the table's scrollbar on
screen. Measured on the real window with the small workspace open."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from ui_support import ScriptedDialogs

from oppgave.ui.startup.app_settings import AppSettings
from oppgave.ui.startup.appearance import apply_appearance
from oppgave.ui.window.main_window import DEFAULT_SIZE, MainWindow

PROJECTOR = QSize(1280, 720)


def _inside(window: MainWindow, widget: QWidget) -> bool:
    """The widget is shown and lies wholly within the window's client area."""
    if not widget.isVisible():
        return False
    top_left = widget.mapTo(window, QPoint(0, 0))
    rect = QRect(top_left, widget.size())
    return QRect(QPoint(0, 0), window.size()).contains(rect)


def test_default_window_fits_a_projector(
    qtbot: QtBot, app_settings: AppSettings, dialogs: ScriptedDialogs
) -> None:
    window = MainWindow(app_settings, dialogs)
    qtbot.addWidget(window)
    assert window.size().width() <= PROJECTOR.width()
    assert window.size().height() <= PROJECTOR.height()
    assert DEFAULT_SIZE == PROJECTOR


def test_default_window_shows_quick_add_and_status_bar(qtbot: QtBot, opened: MainWindow) -> None:
    opened.resize(DEFAULT_SIZE)
    qtbot.waitUntil(lambda: opened.size() == DEFAULT_SIZE, timeout=2000)
    tab = opened.department_tab("tasks")
    assert tab is not None
    assert _inside(opened, tab.quick_add)
    assert _inside(opened, opened.statusBar())


@pytest.mark.parametrize("zoom", [100, 125, 150])
def test_workshop_mode_fits_1280x720(qtbot: QtBot, opened: MainWindow, zoom: int) -> None:
    opened.settings.set_zoom(zoom)
    opened.view.toggle_workshop_mode(True)
    opened.showNormal()  # offscreen: a «full screen» of exactly the projector's size
    opened.resize(PROJECTOR)
    QApplication.processEvents()
    try:
        hint = opened.minimumSizeHint()
        assert hint.width() <= PROJECTOR.width(), hint
        assert hint.height() <= PROJECTOR.height(), hint
        assert opened.size() == PROJECTOR
        tab = opened.department_tab("tasks")
        assert tab is not None
        opened.show_tab("tasks")
        QApplication.processEvents()
        for widget in (tab.quick_add, tab.library_button, tab.search, opened.statusBar()):
            assert _inside(opened, widget), widget
        # The table, and so its scrollbars (shown when the rows need them), on screen.
        assert _inside(opened, tab.view)
        for bar in (tab.view.verticalScrollBar(), tab.view.horizontalScrollBar()):
            assert not bar.isVisible() or _inside(opened, bar)
        toolbar = opened.toolbar
        for action in (
            opened.undo_action,
            opened.redo_action,
            opened.zoom_out_action,
            opened.zoom_in_action,
            opened.workshop_action,
        ):
            button = toolbar.widgetForAction(action)
            assert button is not None and _inside(opened, button), action.text()
        for key in ("board", "staffing", "catalogue", "analysis"):
            page = opened.department_tab(key)
            if page is not None:
                assert page.minimumSizeHint().width() <= PROJECTOR.width(), key
    finally:
        opened.view.toggle_workshop_mode(False)
        opened.settings.set_zoom(100)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_appearance(app, workshop=False, zoom=100)


def test_undo_and_redo_buttons_are_short_with_the_command_in_the_tooltip(
    qtbot: QtBot, opened: MainWindow
) -> None:
    tab = opened.department_tab("tasks")
    assert tab is not None
    tab.quick_add.setText("Ny oppgave for angre")
    tab.add_from_quick_line()
    assert opened.undo_action.isEnabled()
    assert opened.undo_action.text() == "Angre"
    assert opened.undo_action.toolTip().startswith("Angre: ")
    assert len(opened.undo_action.toolTip()) > len("Angre: ")
    opened.undo_action.trigger()
    assert opened.redo_action.isEnabled() and opened.redo_action.text() == "Gjør om"
    assert opened.redo_action.toolTip().startswith("Gjør om: ")
    assert not opened.undo_action.isEnabled()
    opened.redo_action.trigger()
    assert opened.undo_action.isEnabled()
