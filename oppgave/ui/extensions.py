"""Modules that add tabs and menu actions to the main window.

Like the CLI's ``COMMAND_MODULES``: each module listed here has ``install(window) -> None`` and
calls :meth:`MainWindow.add_department_tab` and :meth:`MainWindow.add_menu_action`. The
analysis, report and review features add themselves by appending their module here.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from oppgave.ui.main_window import MainWindow

#: Modules with ``install(window)``; imported when the window is created.
EXTENSION_MODULES: tuple[str, ...] = (
    "oppgave.ui.analysis_tab",
    "oppgave.ui.staffing_plan_view",
    "oppgave.ui.exchange_actions",
    "oppgave.ui.review_ui",
    "oppgave.ui.hardening",
)


def install_extensions(window: MainWindow, modules: tuple[str, ...] = EXTENSION_MODULES) -> None:
    for name in modules:
        importlib.import_module(name).install(window)
