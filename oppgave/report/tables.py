"""Tables in the report's house style: a dark header row repeated on every page, light zebra
rows, numbers right-aligned, a ruled and bold total row.

Cells are plain strings where they never need wrapping (numbers, codes; ``\\n`` breaks lines)
and :class:`Paragraph` where they may (names, comments): plain strings keep a report of
thousands of tasks fast.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Paragraph, Table, TableStyle

from oppgave.report import styles

Cell = Any  # str or a Flowable


@dataclass
class TableSpec:
    """What :func:`make_table` needs beyond the cells."""

    widths: Sequence[float]
    #: "L", "R" or "C" per column (body and header).
    align: Sequence[str]
    header_rows: int = 1
    #: Extra commands for the header, e.g. ``("SPAN", (1, 0), (2, 0))``.
    header_spans: Sequence[tuple[Any, ...]] = ()
    #: Body rows (0-based, counting from the first body row) to print bold with a rule above.
    total_rows: Sequence[int] = ()
    #: Body rows to shade (e.g. tasks whose distribution changes).
    highlight_rows: Sequence[int] = ()
    #: Body rows whose text is muted (e.g. roles without hours).
    muted_rows: Sequence[int] = ()
    font_size: float = styles.TABLE_SIZE
    zebra: bool = True
    extra: list[tuple[Any, ...]] = field(default_factory=list)


_ALIGN = {"L": "LEFT", "R": "RIGHT", "C": "CENTER"}


def para(text: str, style: Any = None, *, markup: bool = False) -> Paragraph:
    """A wrapping cell; ``text`` is escaped unless it is ``markup``."""
    return Paragraph(text if markup else escape(text), style or styles.CELL)


class Wrap(str):
    """A plain-text cell that :func:`make_table` breaks into lines fitting its column."""

    __slots__ = ()


#: Left + right padding of a cell (see :func:`make_table`).
CELL_PADDING = 7.0


def wrapped(
    text: str, width: float, font: str = styles.FONT, size: float = styles.TABLE_SIZE
) -> str:
    """``text`` broken into lines that fit a column ``width`` points wide, as a plain string.

    Much cheaper to lay out than a :class:`Paragraph`; used for the long tables (task map).
    """
    return "\n".join(simpleSplit(text, font, size, width - CELL_PADDING)) or text


def make_table(
    header: Sequence[Sequence[Cell]], body: Sequence[Sequence[Cell]], spec: TableSpec
) -> Table:
    """A table in the house style; the header rows repeat when it splits over pages."""
    bold_rows = {len(header) + row for row in spec.total_rows}
    rows = [list(row) for row in header] + [list(row) for row in body]
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if isinstance(cell, Wrap):
                font = styles.FONT_BOLD if r in bold_rows else styles.FONT
                row[c] = wrapped(cell, spec.widths[c], font, spec.font_size)
    table = Table(
        rows,
        colWidths=list(spec.widths),
        repeatRows=spec.header_rows,
        hAlign="LEFT",
        splitByRow=1,
    )
    first = spec.header_rows
    leading = spec.font_size * 1.25
    commands: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), styles.FONT),
        ("FONTSIZE", (0, 0), (-1, -1), spec.font_size),
        ("LEADING", (0, 0), (-1, -1), leading),
        ("TEXTCOLOR", (0, 0), (-1, -1), styles.INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.0),
        ("LEFTPADDING", (0, 0), (-1, -1), 3.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3.5),
        # header
        ("BACKGROUND", (0, 0), (-1, first - 1), styles.ACCENT),
        ("TEXTCOLOR", (0, 0), (-1, first - 1), styles.WHITE),
        ("FONTNAME", (0, 0), (-1, first - 1), styles.FONT_BOLD),
        ("VALIGN", (0, 0), (-1, first - 1), "BOTTOM"),
        ("TOPPADDING", (0, 0), (-1, first - 1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, first - 1), 4),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, styles.ACCENT),
    ]
    for column, align in enumerate(spec.align):
        commands.append(("ALIGN", (column, 0), (column, -1), _ALIGN[align]))
    if len(body) > 0:
        commands.append(("LINEBELOW", (0, first), (-1, -2), 0.25, styles.RULE))
        if spec.zebra:
            commands.append(("ROWBACKGROUNDS", (0, first), (-1, -1), [styles.WHITE, styles.ZEBRA]))
    for row in spec.highlight_rows:
        commands.append(("BACKGROUND", (0, first + row), (-1, first + row), styles.HIGHLIGHT))
    for row in spec.muted_rows:
        commands.append(("TEXTCOLOR", (0, first + row), (-1, first + row), styles.MUTED))
    for row in spec.total_rows:
        r = first + row
        commands += [
            ("FONTNAME", (0, r), (-1, r), styles.FONT_BOLD),
            ("LINEABOVE", (0, r), (-1, r), 0.9, styles.INK),
            ("BACKGROUND", (0, r), (-1, r), styles.WHITE),
        ]
        # a «Sum» row never stands alone on the next page: it keeps the two rows above it
        # (the header repeats over them)
        commands.append(("NOSPLIT", (0, max(first, r - 2)), (-1, r)))
    commands += list(spec.header_spans)
    commands += spec.extra
    table.setStyle(TableStyle(commands))
    return table


def head(text: str, align: str = "L") -> Paragraph:
    """A header cell (white bold on the accent); ``\n`` in ``text`` breaks the line."""
    markup = "<br/>".join(escape(line) for line in text.split("\n"))
    return Paragraph(markup, styles.HEAD_RIGHT if align == "R" else styles.HEAD)
