"""Fixtures for the UI tests: a small known workspace, a window on it, scripted dialogs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from ui_support import ScriptedDialogs, build_small_workspace, wait_loaded

from oppgave.ui.app import create_application
from oppgave.ui.startup.app_settings import AppSettings
from oppgave.ui.startup.appearance import apply_appearance
from oppgave.ui.startup.translations import install_language
from oppgave.ui.window.main_window import MainWindow


@pytest.fixture(autouse=True)
def norwegian(qapp: Any) -> Iterator[None]:
    """Every UI test starts in Norwegian with the normal look."""
    create_application()
    install_language(qapp, "nb")
    apply_appearance(qapp, workshop=False, zoom=100)
    yield
    install_language(qapp, "nb")


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    return ScriptedDialogs()


@pytest.fixture
def app_settings(tmp_path: Path) -> AppSettings:
    return AppSettings.in_file(tmp_path / "settings.ini")


@pytest.fixture(scope="session")
def small_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_small_workspace(tmp_path_factory.mktemp("template") / "template.oppgave")


@pytest.fixture
def small_path(small_template: Path, tmp_path: Path) -> Path:
    import shutil

    target = tmp_path / "solsiden.oppgave"
    shutil.copyfile(small_template, target)
    return target


@pytest.fixture
def window(
    qtbot: QtBot, app_settings: AppSettings, dialogs: ScriptedDialogs
) -> Iterator[MainWindow]:
    main = MainWindow(app_settings, dialogs)
    dialogs.parent = main
    qtbot.addWidget(main)
    main.resize(1280, 720)
    main.show()
    yield main
    main.close_document()


@pytest.fixture
def opened(qtbot: QtBot, window: MainWindow, small_path: Path) -> MainWindow:
    """The window on the small workspace, Solsiden selected and loaded."""
    assert window.open_path(small_path)
    assert window.context is not None
    solsiden = next(d for d in window.context.document.departments() if d.name == "Solsiden")
    window.select_department(solsiden.id)
    wait_loaded(qtbot, window.context)
    return window
