"""Fonts, colours, paragraph and table styles of the report.

The report uses DejaVu Sans, bundled in ``resources/fonts`` (licence in ``LICENSE_DEJAVU``), so
æ, ø, å, the minus sign and «» print everywhere and the PDF looks the same on every machine; the
charts use the same family (matplotlib ships it). Colours are one dark blue and greys: every
colour also prints as a distinct grey, and nothing is told by colour alone.
"""

from __future__ import annotations

import threading
from importlib.resources import as_file, files

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"
FONT_BOLD_ITALIC = "DejaVuSans-BoldOblique"
_FONT_FILES = {
    FONT: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
    FONT_BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register the bundled DejaVu Sans family with ReportLab (once per process)."""
    global _registered
    with _lock:
        if _registered:
            return
        folder = files("oppgave.resources") / "fonts"
        for name, filename in _FONT_FILES.items():
            with as_file(folder / filename) as path:
                pdfmetrics.registerFont(TTFont(name, str(path)))
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
        )
        _registered = True


# --- page geometry ----------------------------------------------------------------------------

PAGE_MARGIN_LEFT = 22 * mm
PAGE_MARGIN_RIGHT = 20 * mm
PAGE_MARGIN_TOP = 22 * mm
PAGE_MARGIN_BOTTOM = 22 * mm

# --- colours ----------------------------------------------------------------------------------

#: The one accent: a dark blue that prints as a dark grey.
ACCENT = colors.HexColor("#1F3A5A")
ACCENT_LIGHT = colors.HexColor("#DCE4EC")
INK = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#5A5F66")
RULE = colors.HexColor("#9AA3AD")
ZEBRA = colors.HexColor("#F2F4F6")
HIGHLIGHT = colors.HexColor("#E4E9EF")
WHITE = colors.white

# Chart colours (matplotlib): greys and the accent, always with hatching or labels as well.
CHART_ACCENT = "#1F3A5A"
CHART_DARK = "#4A4F55"
CHART_MID = "#8C939B"
CHART_LIGHT = "#D5D9DE"

# --- paragraph styles -------------------------------------------------------------------------

BODY_SIZE = 9.5
SMALL_SIZE = 8
TABLE_SIZE = 8


def _style(name: str, **kwargs: object) -> ParagraphStyle:
    base: dict[str, object] = {
        "fontName": FONT,
        "fontSize": BODY_SIZE,
        "leading": 13.5,
        "textColor": INK,
    }
    base.update(kwargs)
    return ParagraphStyle(name, **base)  # type: ignore[arg-type]


BODY = _style("Body", spaceAfter=6)
BODY_TIGHT = _style("BodyTight", spaceAfter=2)
BULLET = _style("Bullet", leftIndent=12, bulletIndent=2, spaceAfter=3)
NOTE = _style(
    "Note", fontSize=SMALL_SIZE, leading=10.5, textColor=MUTED, spaceBefore=3, spaceAfter=6
)
NOTE_TIGHT = _style("NoteTight", fontSize=SMALL_SIZE, leading=10.5, textColor=MUTED)
CAPTION = _style(
    "Caption",
    fontName=FONT_ITALIC,
    fontSize=SMALL_SIZE,
    leading=10.5,
    textColor=MUTED,
    spaceBefore=2,
    spaceAfter=10,
)
FORMULA = _style(
    "Formula",
    fontSize=8.5,
    leading=12,
    leftIndent=10,
    spaceAfter=5,
    borderPadding=0,
)

H1 = _style(
    "Heading1",
    fontName=FONT_BOLD,
    fontSize=17,
    leading=21,
    textColor=ACCENT,
    spaceBefore=0,
    spaceAfter=10,
)
H2 = _style(
    "Heading2",
    fontName=FONT_BOLD,
    fontSize=12.5,
    leading=16,
    textColor=ACCENT,
    spaceBefore=14,
    spaceAfter=6,
)
H3 = _style(
    "Heading3",
    fontName=FONT_BOLD,
    fontSize=10,
    leading=13,
    textColor=INK,
    spaceBefore=10,
    spaceAfter=4,
)

TOC_LEVELS = [
    _style("Toc0", fontName=FONT_BOLD, fontSize=10, leading=14, leftIndent=0, spaceBefore=6),
    _style("Toc1", fontSize=9, leading=12.5, leftIndent=16, firstLineIndent=0),
    _style("Toc2", fontSize=8.5, leading=11.5, leftIndent=32, textColor=MUTED),
]

# Table cells
CELL = _style("Cell", fontSize=TABLE_SIZE, leading=10, alignment=TA_LEFT)
CELL_BOLD = _style("CellBold", fontName=FONT_BOLD, fontSize=TABLE_SIZE, leading=10)
CELL_RIGHT = _style("CellRight", fontSize=TABLE_SIZE, leading=10, alignment=TA_RIGHT)
CELL_SMALL = _style("CellSmall", fontSize=7, leading=8.8, textColor=MUTED)
HEAD_SIZE = 7.5
HEAD = _style("Head", fontName=FONT_BOLD, fontSize=HEAD_SIZE, leading=9.2, textColor=WHITE)
HEAD_RIGHT = _style(
    "HeadRight",
    fontName=FONT_BOLD,
    fontSize=HEAD_SIZE,
    leading=9.2,
    textColor=WHITE,
    alignment=TA_RIGHT,
)

# Cover
COVER_KICKER = _style("CoverKicker", fontName=FONT_BOLD, fontSize=11, leading=14, textColor=WHITE)
COVER_TITLE = _style(
    "CoverTitle", fontName=FONT_BOLD, fontSize=28, leading=34, textColor=ACCENT, spaceAfter=8
)
COVER_SUBTITLE = _style("CoverSubtitle", fontSize=15, leading=20, textColor=INK, spaceAfter=6)
COVER_TEXT = _style("CoverText", fontSize=10, leading=14, textColor=MUTED, spaceAfter=4)
COVER_LABEL = _style("CoverLabel", fontSize=9, leading=12, textColor=MUTED)
COVER_VALUE = _style("CoverValue", fontName=FONT_BOLD, fontSize=9.5, leading=12.5)

# Key-figure cards on the summary page
CARD_VALUE = _style("CardValue", fontName=FONT_BOLD, fontSize=16, leading=19, textColor=ACCENT)
CARD_LABEL = _style("CardLabel", fontSize=7.5, leading=9.5, textColor=MUTED)
