"""The app icon comes from resources/icons in every size and is set on the application."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from oppgave.ui.app import create_application
from oppgave.ui.startup.app_icon import ICON_SIZES, app_icon


def test_icon_has_every_bundled_size(qapp: QApplication) -> None:
    icon = app_icon()
    assert not icon.isNull()
    assert {size.width() for size in icon.availableSizes()} == set(ICON_SIZES)
    assert icon.actualSize(QSize(32, 32)) == QSize(32, 32)


def test_application_carries_the_icon(qapp: QApplication) -> None:
    app = create_application()
    assert not app.windowIcon().isNull()
