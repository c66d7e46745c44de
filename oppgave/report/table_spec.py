"""Report tables from column specs: what a column shows is declared once, next to its heading.

Every table of the report is a list of :class:`ColumnSpec` (heading, width, alignment, how a
value is written) and rows of values; :func:`column_table` turns them into a styled ReportLab
table. A section module never builds a table by hand, and a number is written by the column's
``format`` (the formatters of :mod:`oppgave.report.formatting`, which round through
:mod:`oppgave.domain.numbers`), so the same kind of figure looks the same in every table.

Why it is fast: the house style (fonts, padding, colours, alignment per column) lives in cell
style objects shared by all body cells of a column instead of one style command per cell per
table; only header, total, muted and highlighted rows get cell styles of their own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any, Literal

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Table, TableStyle
from reportlab.platypus.tables import CellStyle

from oppgave.report import formatting as fmt
from oppgave.report import styles
from oppgave.report.layout import FRAME_WIDTH
from oppgave.report.tables import Wrap, head, wrapped

Align = Literal["L", "R", "C"]
Formatter = Callable[[Any], str]

_ALIGN = {"L": "LEFT", "R": "RIGHT", "C": "CENTER"}


@dataclass(frozen=True, slots=True)
class ColumnSpec:
    """One column of a report table.

    ``width`` is in points; ``None`` shares what is left of the frame with the other columns
    without a width. ``format`` writes a value that is not already text (a number, ``None``);
    text and flowables are printed as they are. ``wrap`` breaks plain text to fit the column.
    Neighbouring columns with the same ``group`` share a heading above their own (two header
    rows); the other columns' headings then span both rows.
    """

    header: str
    width: float | None = None
    align: Align = "L"
    format: Formatter | None = None
    wrap: bool = False
    group: str | None = None


# --- formatters (one place for how a kind of figure is written) ---------------------------------


def decimals(places: int) -> Formatter:
    """``1234.5`` → ``"1 234,5"`` with ``places`` decimals; ``None`` → ``"–"``."""
    return _number(places)


def change(places: int) -> Formatter:
    """A change with its sign: ``+1,2``, ``−3 400``."""
    return _signed(places)


@cache
def _number(places: int) -> Formatter:
    return lambda value: fmt.number(value, places)


@cache
def _signed(places: int) -> Formatter:
    return lambda value: fmt.signed(value, places)


def share(places: int = 1) -> Formatter:
    """A fraction as percent: ``0.762`` → ``"76,2 %"``."""
    return lambda value: fmt.percent(value, places)


KRONER: Formatter = fmt.kroner
COUNT: Formatter = _number(0)
THOUSANDS: Formatter = lambda value: fmt.number(None if value is None else value / 1000.0, 0)  # noqa: E731


# --- shared styles -----------------------------------------------------------------------------


class _BodyCell(CellStyle):  # type: ignore[misc]
    """The house style of a body cell (the class attributes are the defaults every table
    shares; ReportLab reads them like a TableStyle command over the whole table would set)."""

    fontname = styles.FONT
    fontsize = styles.TABLE_SIZE
    leading = styles.TABLE_SIZE * 1.25
    leftPadding = 3.5
    rightPadding = 3.5
    topPadding = 2.6
    bottomPadding = 3.0
    color = styles.INK
    valign = "TOP"


@lru_cache(maxsize=8)
def _shared_cell(align: str) -> _BodyCell:
    """One cell style per alignment, shared by every plain body cell of every table."""
    cell = _BodyCell(f"body-{align}")
    cell.alignment = _ALIGN[align]
    return cell


def _own_cell(align: str) -> _BodyCell:
    cell = _BodyCell(f"own-{align}")
    cell.alignment = _ALIGN[align]
    return cell


@lru_cache(maxsize=8)
def _header_style(header_rows: int) -> TableStyle:
    """The header's commands, shared by all tables with as many header rows."""
    last = header_rows - 1
    return TableStyle(
        [
            ("BACKGROUND", (0, 0), (-1, last), styles.ACCENT),
            ("TEXTCOLOR", (0, 0), (-1, last), styles.WHITE),
            ("FONTNAME", (0, 0), (-1, last), styles.FONT_BOLD),
            ("VALIGN", (0, 0), (-1, last), "BOTTOM"),
            ("TOPPADDING", (0, 0), (-1, last), 3.5),
            ("BOTTOMPADDING", (0, 0), (-1, last), 4),
            ("LINEBELOW", (0, -1), (-1, -1), 0.8, styles.ACCENT),
        ]
    )


@lru_cache(maxsize=8)
def _body_style(header_rows: int) -> TableStyle:
    """Zebra rows and a hairline under each body row, shared by all tables."""
    return TableStyle(
        [
            ("LINEBELOW", (0, header_rows), (-1, -2), 0.25, styles.RULE),
            ("ROWBACKGROUNDS", (0, header_rows), (-1, -1), [styles.WHITE, styles.ZEBRA]),
        ]
    )


# Style operations that change a cell's style object (the others draw lines or backgrounds).
_CELL_OPS = {
    "FONT",
    "FONTNAME",
    "FACE",
    "FONTSIZE",
    "SIZE",
    "LEADING",
    "TEXTCOLOR",
    "ALIGN",
    "ALIGNMENT",
    "VALIGN",
    "LEFTPADDING",
    "RIGHTPADDING",
    "TOPPADDING",
    "BOTTOMPADDING",
}


# --- drawing -------------------------------------------------------------------------------------


class _HouseTable(Table):  # type: ignore[misc]
    """A table that writes its plain-text cells through one ReportLab text object per piece.

    ReportLab draws every text cell with a Python text object of its own (``drawString``); a
    task map has tens of thousands of them. Here the cells in the house style (top-aligned
    strings, left, right or centred) share one, which sets font and colour only when they
    change; empty cells draw nothing.
    Flowables (headings, paragraphs) are drawn by ReportLab as usual.
    """

    _text: Any = None
    _text_font: tuple[str, float] | None = None
    _text_color: Any = None

    def _flush_text(self) -> None:
        if self._text is not None:
            self.canv.drawText(self._text)
            self._text = None
            self._curcellstyle = None  # the canvas' font and colour are ReportLab's again

    def _drawCell(self, cellval: Any, cellstyle: Any, pos: Any, size: Any) -> None:  # noqa: N802
        if (
            not isinstance(cellval, str)
            or cellstyle.valign != "TOP"
            or cellstyle.direction
            or cellstyle.shaping
            or cellstyle.href
            or cellstyle.destination
            or cellstyle.alignment not in ("LEFT", "RIGHT", "CENTER", "CENTRE")
        ):
            self._flush_text()
            super()._drawCell(cellval, cellstyle, pos, size)
            return
        if not cellval:
            return
        text = self._text
        if text is None:
            text = self._text = self.canv.beginText()
            self._text_font = None
            self._text_color = None
        font = (cellstyle.fontname, cellstyle.fontsize)
        if font != self._text_font:
            text.setFont(cellstyle.fontname, cellstyle.fontsize, cellstyle.leading)
            self._text_font = font
        if cellstyle.color != self._text_color:
            text.setFillColor(cellstyle.color)
            self._text_color = cellstyle.color
        colpos, rowpos = pos
        colwidth, rowheight = size
        y = rowpos + rowheight - cellstyle.topPadding - cellstyle.fontsize
        for line in cellval.split("\n"):
            if cellstyle.alignment == "LEFT":
                x = colpos + cellstyle.leftPadding
            else:
                width = stringWidth(line, cellstyle.fontname, cellstyle.fontsize)
                if cellstyle.alignment == "RIGHT":
                    x = colpos + colwidth - cellstyle.rightPadding - width
                else:
                    x = colpos + (colwidth + cellstyle.leftPadding - cellstyle.rightPadding) * 0.5
                    x -= width * 0.5
            text.setTextOrigin(x, y)
            text.textLine(line)  # ends with a line break (T*), as drawString does: copied and
            # extracted text reads one cell a line, as before
            y -= cellstyle.leading

    def _drawLines(self) -> None:  # noqa: N802 - ReportLab's name
        self._flush_text()
        super()._drawLines()


# --- the one table function ------------------------------------------------------------------


def widths(columns: Sequence[ColumnSpec], total: float = FRAME_WIDTH) -> list[float]:
    """The columns' widths in points: the columns without a width share what is left."""
    fixed = sum(c.width for c in columns if c.width is not None)
    flexible = [c for c in columns if c.width is None]
    rest = (total - fixed) / len(flexible) if flexible else 0.0
    return [c.width if c.width is not None else rest for c in columns]


def _headers(columns: Sequence[ColumnSpec]) -> tuple[list[list[Any]], list[tuple[Any, ...]]]:
    """One header row, or two when columns are grouped (with the spans and group rules)."""
    if not any(c.group for c in columns):
        return [[head(c.header, c.align) for c in columns]], []
    top: list[Any] = []
    bottom: list[Any] = []
    commands: list[tuple[Any, ...]] = []
    index = 0
    while index < len(columns):
        column = columns[index]
        if column.group is None:
            top.append(head(column.header, column.align))
            bottom.append("")
            commands.append(("SPAN", (index, 0), (index, 1)))
            if index and columns[index - 1].group is not None:  # ruled off from a group
                commands.append(("LINEBEFORE", (index, 0), (index, -1), 0.5, styles.RULE))
            index += 1
            continue
        last = index
        while last + 1 < len(columns) and columns[last + 1].group == column.group:
            last += 1
        top += [head(column.group)] + [""] * (last - index)
        bottom += [head(c.header, c.align) for c in columns[index : last + 1]]
        if last > index:
            commands.append(("SPAN", (index, 0), (last, 0)))
        commands.append(("LINEBELOW", (index, 0), (last, 0), 0.5, styles.ACCENT_LIGHT))
        commands.append(("LINEBEFORE", (index, 0), (index, -1), 0.5, styles.RULE))
        index = last + 1
    return [top, bottom], commands


def _cell(value: Any, column: ColumnSpec, width: float, bold: bool) -> Any:
    if isinstance(value, Flowable):
        return value
    if not isinstance(value, str):
        value = column.format(value) if column.format is not None else fmt.number(value)
    if column.wrap or isinstance(value, Wrap):
        font = styles.FONT_BOLD if bold else styles.FONT
        return wrapped(value, width, font)
    return value


def _rows_of(command: tuple[Any, ...], count: int) -> range:
    start, stop = command[1][1], command[2][1]
    start = start + count if start < 0 else start
    stop = stop + count if stop < 0 else stop
    return range(start, stop + 1)


def column_table(
    columns: Sequence[ColumnSpec],
    rows: Sequence[Sequence[Any]],
    *,
    total_rows: Sequence[int] = (),
    highlight_rows: Sequence[int] = (),
    muted_rows: Sequence[int] = (),
    bold_cells: Sequence[tuple[int, int]] = (),
    spans: Sequence[tuple[int, int, int]] = (),
    width: float = FRAME_WIDTH,
    zebra: bool = True,
) -> Table:
    """``rows`` of values under ``columns``, in the house style; the header repeats on every
    page. Row numbers count body rows from 0; ``-1`` is the last. ``total_rows`` print bold
    with a rule above and never stand alone at the top of a page; ``spans`` are
    ``(row, first column, last column)`` cells merged (e.g. a «Sum» label over columns)."""
    count = len(rows)
    totals = {r % count for r in total_rows} if count else set()
    bold = {(r % count, c) for r, c in bold_cells} if count else set()
    col_widths = widths(columns, width)
    header, header_commands = _headers(columns)
    first = len(header)
    data: list[list[Any]] = [list(row) for row in header]
    for r, row in enumerate(rows):
        if len(row) != len(columns):
            raise ValueError(f"row {r} has {len(row)} cells for {len(columns)} columns")
        data.append(
            [
                _cell(value, column, col_widths[c], r in totals or (r, c) in bold)
                for c, (value, column) in enumerate(zip(row, columns, strict=True))
            ]
        )
    commands: list[tuple[Any, ...]] = list(header_commands)
    for r in sorted(totals):
        at = first + r
        commands += [
            ("FONTNAME", (0, at), (-1, at), styles.FONT_BOLD),
            ("LINEABOVE", (0, at), (-1, at), 0.9, styles.INK),
            ("BACKGROUND", (0, at), (-1, at), styles.WHITE),
            # a «Sum» row keeps the two rows above it on its page (the header repeats over them)
            ("NOSPLIT", (0, max(first, at - 2)), (-1, at)),
        ]
    for r in highlight_rows:
        at = first + r % count
        commands.append(("BACKGROUND", (0, at), (-1, at), styles.HIGHLIGHT))
    for r in muted_rows:
        at = first + r % count
        commands.append(("TEXTCOLOR", (0, at), (-1, at), styles.MUTED))
    for r, c in sorted(bold):
        commands.append(("FONTNAME", (c, first + r), (c, first + r), styles.FONT_BOLD))
    for r, low, high in spans:
        at = first + r % count
        commands.append(("SPAN", (low, at), (high, at)))

    # Cell styles: shared per alignment, own objects only where a command changes a cell.
    own_rows = set(range(first))
    for command in commands:
        if command[0] in _CELL_OPS:
            own_rows.update(_rows_of(command, len(data)))
    cell_styles = [
        [(_own_cell if r in own_rows else _shared_cell)(column.align) for column in columns]
        for r in range(len(data))
    ]
    table = _HouseTable(
        data,
        colWidths=col_widths,
        repeatRows=first,
        hAlign="LEFT",
        splitByRow=1,
        cellStyles=cell_styles,
    )
    table.setStyle(_header_style(first))
    if count:
        table.setStyle(
            _body_style(first)
            if zebra
            else TableStyle([("LINEBELOW", (0, first), (-1, -2), 0.25, styles.RULE)])
        )
    if commands:
        table.setStyle(TableStyle(commands))
    return table
