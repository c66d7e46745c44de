"""The window's view settings: appearance (workshop mode, zoom), the organisation tree's
visibility, and the language.

Composed by :class:`~oppgave.ui.window.main_window.MainWindow` as ``window.view``; each setting is
stored in :class:`~oppgave.ui.startup.app_settings.AppSettings` and applied to the running app.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from oppgave.ui.startup.app_settings import next_zoom
from oppgave.ui.startup.appearance import apply_appearance
from oppgave.ui.startup.translations import LANGUAGES, install_language

if TYPE_CHECKING:
    from oppgave.ui.window.main_window import MainWindow


def _tr(text: str) -> str:
    # the window's translation context: these texts were the window's and keep their translations
    return QCoreApplication.translate("MainWindow", text)


class ViewSettings:
    """Workshop mode, text size, tree visibility and language of one window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        #: Whether the window was maximised before workshop mode made it full screen.
        self._was_maximized = False

    def apply_appearance(self) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            settings = self.window.settings
            apply_appearance(app, workshop=settings.workshop_mode(), zoom=settings.zoom())

    def toggle_workshop_mode(self, enabled: bool | None = None) -> None:
        window, settings = self.window, self.window.settings
        on = (
            not settings.workshop_mode()
            if enabled is None or not isinstance(enabled, bool)
            else enabled
        )
        settings.set_workshop_mode(on)
        window.workshop_action.setChecked(on)
        self.apply_appearance()
        if on:
            self._was_maximized = window.isMaximized()
            window.showFullScreen()
        elif window.isFullScreen():
            window.showMaximized() if self._was_maximized else window.showNormal()
        window.statusBar().showMessage(
            _tr("Verkstedmodus: stor tekst og høy kontrast. F11 slår av.") if on else "", 6000
        )

    def toggle_tree(self, visible: bool | None = None) -> None:
        """Show or hide the organisation tree (more room for the table on a projector)."""
        window = self.window
        show = not window.tree_panel.isVisible() if not isinstance(visible, bool) else visible
        window.tree_panel.setVisible(show)
        window.tree_action.setChecked(show)
        window.settings.set_value("show_tree", show)

    def zoom(self, step: int) -> None:
        settings = self.window.settings
        settings.set_zoom(100 if step == 0 else next_zoom(settings.zoom(), step))
        self.apply_appearance()
        self.window.statusBar().showMessage(
            _tr("Tekststørrelse {zoom} %").format(zoom=settings.zoom()), 3000
        )

    def set_language(self, language: str) -> None:
        """Switch the language: install the translation and rebuild the window's texts."""
        app = QCoreApplication.instance()
        if app is None or language not in LANGUAGES:
            return
        self.window.settings.set_language(language)
        install_language(app, language)
        self.window.rebuild()
        self.window.language_changed.emit(language)
