"""The app icon (resources/icons), set on the QApplication so every window shows it."""

from __future__ import annotations

from importlib.resources import as_file, files

from PySide6.QtGui import QIcon

#: The PNG sizes in resources/icons; Qt picks the nearest for title bar, task bar and dock.
ICON_SIZES = (16, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    """All bundled sizes in one QIcon (empty if the files are missing; the self-test catches it)."""
    icon = QIcon()
    folder = files("oppgave.resources") / "icons"
    for size in ICON_SIZES:
        with as_file(folder / f"oppgave-{size}.png") as path:
            if path.is_file():
                icon.addFile(str(path))
    return icon
