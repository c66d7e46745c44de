"""Starting the desktop app: ``oppgave``, ``oppgave FILE``, ``oppgave --demo``.

With no file the app reopens the last file, else shows the start page. ``--demo`` opens the demo
workspace in the user's data folder, creating it the first time, so that one command installs
and starts the app on realistic data.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication

from oppgave import __version__
from oppgave.ui.common.dialog_service import DialogService
from oppgave.ui.startup import refcount_guard
from oppgave.ui.startup.app_icon import app_icon
from oppgave.ui.startup.app_settings import APPLICATION, ORGANISATION, AppSettings
from oppgave.ui.startup.translations import install_language
from oppgave.ui.window.main_window import MainWindow


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        QApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(argv if argv is not None else sys.argv)
    refcount_guard.install(app)
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    app.setStyle("Fusion")
    if app.windowIcon().isNull():
        app.setWindowIcon(app_icon())
    return app


def create_window(
    settings: AppSettings | None = None,
    dialogs: DialogService | None = None,
    *,
    language: str | None = None,
) -> MainWindow:
    """The main window with the language, appearance and its parts set up (no file open).

    The *Analyse* tab and the exchange actions are registered now; review mode and backups are
    built on a turn of the event loop after the window (and the table of the file the caller
    opens next) is on screen, so that they do not delay the first table (issue 18). They attach
    to a file already open when they are built."""
    app = create_application()
    settings = settings or AppSettings()
    install_language(app, language or settings.language())
    window = MainWindow(settings, dialogs)
    window.parts.install()
    window.view.apply_appearance()
    # With the window as context: dropped if the window is gone before the loop turns.
    QTimer.singleShot(0, window, window.parts.complete_when_shown)
    return window


def run_app(file: str | None = None, demo: bool = False, language: str | None = None) -> int:
    """Start the app; returns the exit code."""
    app = create_application()
    settings = AppSettings()
    if language is not None:
        settings.set_language(language)
    window = create_window(settings, language=language)
    from oppgave.ui.startup import crash_reporter

    # Installed before anything is opened; kept alive by the window for the app's lifetime.
    window.parts.crash_reporter = crash_reporter.install(window.dialogs)
    geometry = settings.window_geometry()
    if geometry is not None:
        window.restoreGeometry(geometry)
    if settings.workshop_mode():
        window.showFullScreen()
    else:
        window.show()
    if demo:
        window.files.open_demo()
    elif file:
        window.open_path(file)
    elif settings.last_file() and Path(settings.last_file()).exists():
        window.open_path(settings.last_file())
    return app.exec()


def main() -> None:
    """The ``oppgave-gui`` entry point."""
    from oppgave.system_libraries import check_before_qt

    missing = check_before_qt()
    if missing is not None:
        raise SystemExit(missing)
    args = sys.argv[1:]
    raise SystemExit(run_app(file=args[0] if args else None))
