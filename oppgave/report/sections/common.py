"""What every section module shares: the sub-heading, paragraph helpers, key-figure cards and a
few ways of writing names and kroner in running text."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Table, TableStyle

from oppgave.i18n import translate
from oppgave.report import formatting as fmt
from oppgave.report import styles
from oppgave.report.layout import FRAME_WIDTH
from oppgave.report.report_data import DepartmentReport


def tr(text: str) -> str:
    """``text`` in the current language (context «Report»)."""
    return translate("Report", text)


@dataclass(frozen=True, slots=True)
class SectionStyle:
    """Heading style for sub-headings inside a section (one level below the section's)."""

    sub: Any = styles.H2


def sub_heading(text: str, style: SectionStyle, space: float = 35 * mm) -> list[Flowable]:
    """A sub-heading that moves to the next page when less than ``space`` is left under it."""
    return [CondPageBreak(space), Paragraph(text, style.sub)]


def p(text: str, style: Any = styles.BODY) -> Paragraph:
    """A paragraph of (already escaped) markup."""
    return Paragraph(text, style)


def b(text: str) -> str:
    """Bold markup."""
    return f"<b>{text}</b>"


def esc(text: str) -> str:
    """``text`` escaped for paragraph markup."""
    return escape(text)


def q(name: str) -> str:
    """A scenario's or competence's name in «quotes», escaped."""
    return f"«{esc(name)}»"


def millions(kroner: float) -> str:
    """Kroner in millions for a key-figure card: one decimal, two below one million."""
    return fmt.number(kroner / 1_000_000, 1 if abs(kroner) >= 1_000_000 else 2)


def signed_kroner(value: float) -> str:
    """A change in kroner for running text: ``+1 234 kr``."""
    return ("+" if round(value) > 0 else "") + fmt.kroner_text(value)


def short(name: str, limit: int = 14) -> str:
    """A scenario name short enough for a narrow column heading."""
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"


def superscript(number: int) -> str:
    """``12`` → ``"¹²"`` (a note mark in plain text)."""
    return str(number).translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹"))


def productive_hours(report: DepartmentReport) -> float:
    """Hours per week one FTE gives to tasks after absence and training."""
    settings = report.data.settings
    return settings.hours_per_fte * (1.0 - settings.total_allowance)


_CARD_STYLE = TableStyle(
    [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 7),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ]
)


def cards(items: Sequence[tuple[str, str]]) -> Table:
    """Key-figure cards: a big value over a small label, side by side (a layout, not a table
    of figures: it is the one grid the column specs do not build)."""
    gap = 3 * mm
    width = (FRAME_WIDTH - gap * (len(items) - 1)) / len(items)
    widths: list[float] = []
    row: list[Any] = []
    for index, (value, label) in enumerate(items):
        if index:
            row.append("")
            widths.append(gap)
        row.append([Paragraph(value, styles.CARD_VALUE), Paragraph(label, styles.CARD_LABEL)])
        widths.append(width)
    table = Table([row], colWidths=widths, hAlign="LEFT")
    table.setStyle(_CARD_STYLE)
    commands: list[tuple[Any, ...]] = []
    for index in range(0, len(row), 2):
        commands += [
            ("BACKGROUND", (index, 0), (index, 0), styles.ZEBRA),
            ("LINEABOVE", (index, 0), (index, 0), 2.2, styles.ACCENT),
        ]
    table.setStyle(TableStyle(commands))
    return table
