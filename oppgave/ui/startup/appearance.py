"""How the app looks: the normal look, workshop mode (large, high contrast) and zoom.

Workshop mode is for a laptop on a projector in a meeting room: fonts 40 % larger, black on white
with strong selection colours and visible grid lines, full screen. Zoom (Ctrl + / Ctrl −) scales
the font of the whole app in both modes; layouts follow the font, so nothing is drawn at a fixed
pixel size.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

WORKSHOP_SCALE = 1.4
ACCENT = "#1f5fa8"

BASE_STYLE = """
QLabel#pageTitle { font-size: 160%; font-weight: 600; }
QLabel#departmentTitle { font-size: 130%; font-weight: 600; }
QLabel#hintLabel, QLabel#countLabel { color: palette(mid); }
QLabel#emptyHint { padding: 18px; border: 1px dashed palette(mid); border-radius: 6px; }
QLineEdit#quickAdd { padding: 4px 6px; }
QHeaderView::section { padding: 3px 6px; }
"""

WORKSHOP_STYLE = """
QTableView { gridline-color: #4d4d4d; }
QHeaderView::section { background: #e6e6e6; color: black; font-weight: 600;
                       border: 1px solid #4d4d4d; }
QLineEdit, QComboBox, QSpinBox, QDoubleSpinBox { border: 2px solid #333; padding: 3px; }
QLineEdit:focus, QComboBox:focus { border: 3px solid #0033cc; }
QTableView:focus { border: 3px solid #0033cc; }
QTabBar::tab { padding: 8px 18px; }
QTabBar::tab:selected { background: #0033cc; color: white; }
QLabel#hintLabel, QLabel#countLabel { color: #222; }
"""


def _standard_palette() -> QPalette:
    palette = QApplication.style().standardPalette()
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("white"))
    return palette


def _workshop_palette() -> QPalette:
    palette = QPalette()
    white, black = QColor("white"), QColor("black")
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Window, QColor("#f4f4f4"))
        palette.setColor(group, QPalette.ColorRole.WindowText, black)
        palette.setColor(group, QPalette.ColorRole.Base, white)
        palette.setColor(group, QPalette.ColorRole.AlternateBase, QColor("#eaf0ff"))
        palette.setColor(group, QPalette.ColorRole.Text, black)
        palette.setColor(group, QPalette.ColorRole.Button, QColor("#e6e6e6"))
        palette.setColor(group, QPalette.ColorRole.ButtonText, black)
        palette.setColor(group, QPalette.ColorRole.Highlight, QColor("#0033cc"))
        palette.setColor(group, QPalette.ColorRole.HighlightedText, white)
        palette.setColor(group, QPalette.ColorRole.ToolTipBase, QColor("#ffffcc"))
        palette.setColor(group, QPalette.ColorRole.ToolTipText, black)
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, QColor("#555555"))
        palette.setColor(group, QPalette.ColorRole.Mid, QColor("#555555"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#777777"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#777777"))
    return palette


def base_font(app: QApplication) -> QFont:
    """The platform's default font, remembered before the first zoom."""
    stored = app.property("oppgave_base_font")
    if isinstance(stored, QFont):
        return stored
    font = QFont(app.font())
    if font.pointSizeF() <= 0:
        font.setPointSizeF(10.0)
    app.setProperty("oppgave_base_font", font)
    return font


def apply_appearance(app: QApplication, *, workshop: bool, zoom: int) -> None:
    """Set the app's font, palette and style sheet for the mode and zoom (percent)."""
    font = QFont(base_font(app))
    font.setPointSizeF(font.pointSizeF() * zoom / 100.0 * (WORKSHOP_SCALE if workshop else 1.0))
    app.setFont(font)
    app.setPalette(_workshop_palette() if workshop else _standard_palette())
    app.setStyleSheet(BASE_STYLE + (WORKSHOP_STYLE if workshop else ""))
