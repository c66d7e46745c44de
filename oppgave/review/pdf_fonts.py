"""The Unicode font of the review PDF (DejaVu Sans), registered with ReportLab once.

ReportLab's built-in Helvetica has no glyphs for ☐ ☒ → ⚠ and handles æ ø å only through
Latin-1, so the review form is set in DejaVu Sans. It is looked for first in the app's own
resources (``oppgave.resources/fonts``, where the report work bundles it), then in
matplotlib's bundled fonts (always installed with the app). When neither is found the form
falls back to Helvetica with ASCII boxes, so a PDF is still written.
"""

from __future__ import annotations

import importlib.resources
import importlib.util
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FAMILY = "OppgaveSans"
_FILES = {
    "regular": "DejaVuSans.ttf",
    "bold": "DejaVuSans-Bold.ttf",
    "italic": "DejaVuSans-Oblique.ttf",
    "bold_italic": "DejaVuSans-BoldOblique.ttf",
}


@dataclass(frozen=True, slots=True)
class FontSet:
    """ReportLab font names for the four faces, and whether they have the symbol glyphs."""

    regular: str
    bold: str
    italic: str
    bold_italic: str
    unicode: bool

    def box(self, checked: bool) -> str:
        """A tick box: ☐ / ☒ (``[ ]`` / ``[x]`` without a Unicode font)."""
        if self.unicode:
            return "\u2612" if checked else "\u2610"
        return "[x]" if checked else "[ ]"


HELVETICA = FontSet(
    "Helvetica", "Helvetica-Bold", "Helvetica-Oblique", "Helvetica-BoldOblique", False
)
_registered: FontSet | None = None


def font_folders() -> Iterator[Path]:
    """Where DejaVu Sans is looked for, in order."""
    try:
        bundled = importlib.resources.files("oppgave.resources") / "fonts"
        yield Path(str(bundled))
    except (ModuleNotFoundError, TypeError):
        pass
    spec = importlib.util.find_spec("matplotlib")
    if spec is not None and spec.origin:
        yield Path(spec.origin).parent / "mpl-data" / "fonts" / "ttf"


def find_font_folder() -> Path | None:
    for folder in font_folders():
        if all((folder / name).is_file() for name in _FILES.values()):
            return folder
    return None


def register_fonts(folder: Path | None = None) -> FontSet:
    """Register DejaVu Sans (from ``folder`` or :func:`find_font_folder`) and return its
    names; Helvetica when no font files are found. Safe to call many times."""
    global _registered
    if _registered is not None and folder is None:
        return _registered
    folder = folder or find_font_folder()
    if folder is None:
        return HELVETICA
    names = {face: f"{FAMILY}-{face}" for face in _FILES}
    for face, file_name in _FILES.items():
        if names[face] not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(names[face], str(folder / file_name)))
    pdfmetrics.registerFontFamily(
        FAMILY,
        normal=names["regular"],
        bold=names["bold"],
        italic=names["italic"],
        boldItalic=names["bold_italic"],
    )
    _registered = FontSet(
        names["regular"], names["bold"], names["italic"], names["bold_italic"], True
    )
    return _registered
