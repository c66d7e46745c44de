"""The report's charts: matplotlib draws the graphics, ReportLab sets the words.

Each chart is a :class:`matplotlib.figure.Figure` drawn with the Agg canvas directly (never
through ``pyplot``, so no global state is touched and a report can be made on a worker thread)
at the size it has on the page and at :data:`DPI`. Matplotlib draws bars, lines, hatching and
grid; every word and number on the chart (tick labels, values at the bar ends, legends, titles)
is placed by matplotlib's own transforms but set by ReportLab as vector text on top of the image
(:class:`ChartLabel`). The text is therefore as sharp as the rest of the page, in the report's
font, searchable in the PDF — and a chart costs a fraction of the time, because laying out and
rasterising text is most of what matplotlib spends on a small chart.

Charts must read in black and white: series differ by fill, hatching and direct labels, never by
colour alone.
"""

from __future__ import annotations

import functools
import io
import threading
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import numpy as np
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import PolyCollection
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle
from matplotlib.ticker import MaxNLocator
from PIL import Image as PILImage
from reportlab.lib import colors
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable

from oppgave.analysis.department_arrays import FloatArray
from oppgave.domain.records import Settings
from oppgave.i18n import translate, translator_generation
from oppgave.report import formatting as fmt
from oppgave.report import labels, styles

#: Resolution of the chart images: sharp in print, small enough to keep the PDF light.
DPI = 200
FONT_SIZE = 7.5
_PT_PER_PX = 72.0 / DPI


def _tr(text: str) -> str:
    return translate("Report", text)


#: Charts kept by their data: a report drawn again with the same figures (the dialog's preview
#: and its PDF, a second layout pass, the same department in two reports) reuses the picture.
_CACHE: OrderedDict[tuple[Any, ...], tuple[PILImage.Image, float, float, tuple[Any, ...]]] = (
    OrderedDict()
)
_CACHE_SIZE = 48
_cache_lock = threading.Lock()


def _key_part(value: Any) -> Any:
    """A hashable, exact stand-in for a chart argument (arrays by dtype, shape and bytes)."""
    if isinstance(value, np.ndarray):
        return ("ndarray", value.dtype.str, value.shape, value.tobytes())
    if isinstance(value, (list, tuple)):
        return tuple(_key_part(item) for item in value)
    if isinstance(value, dict):
        return tuple(sorted((repr(k), _key_part(v)) for k, v in value.items()))
    if isinstance(value, (str, int, float, bool, type(None))):
        return value
    return repr(value)  # frozen records (Settings): their repr names every field


F = TypeVar("F", bound=Callable[..., "ChartImage"])


def cached(draw: F) -> F:
    """Keep ``draw``'s charts by their arguments and the language: the same data gives the
    same picture (the same PNG bytes) without drawing it again."""

    @functools.wraps(draw)
    def wrapper(*args: Any, **kwargs: Any) -> ChartImage:
        key = (
            draw.__name__,
            translator_generation(),
            _key_part(args),
            _key_part(sorted(kwargs.items())),
        )
        with _cache_lock:
            hit = _CACHE.get(key)
            if hit is not None:
                _CACHE.move_to_end(key)
        if hit is None:
            chart = draw(*args, **kwargs)
            with _cache_lock:
                _CACHE[key] = (chart.image, chart.width, chart.height, chart.labels)
                while len(_CACHE) > _CACHE_SIZE:
                    _CACHE.popitem(last=False)
            return chart
        image, width, height, labels_ = hit
        return ChartImage(image, width, height, labels_)

    return wrapper  # type: ignore[return-value]


@dataclass(frozen=True, slots=True)
class ChartLabel:
    """A word or number on a chart, in points from the chart's bottom-left corner.

    ``align`` is "left", "right" or "center" (horizontal anchor at ``x``); ``valign`` is
    "center", "top", "bottom" or "baseline" (vertical anchor at ``y``).
    """

    x: float
    y: float
    text: str
    size: float = FONT_SIZE
    align: str = "left"
    valign: str = "center"
    bold: bool = False
    color: Any = styles.INK
    angle: float = 0.0


class ChartImage(Flowable):
    """A rendered chart at a fixed size on the page: one image and its vector labels."""

    def __init__(
        self,
        image: PILImage.Image,
        width: float,
        height: float,
        chart_labels: Sequence[ChartLabel] = (),
    ) -> None:
        super().__init__()
        self.image = image
        self._reader = ImageReader(image)
        self.width = width
        self.height = height
        self.labels = tuple(chart_labels)
        self.hAlign = "LEFT"

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.drawImage(self._reader, 0, 0, self.width, self.height)
        for label in self.labels:
            font = styles.FONT_BOLD if label.bold else styles.FONT
            canvas.saveState()
            canvas.setFont(font, label.size)
            canvas.setFillColor(label.color)
            canvas.translate(label.x, label.y)
            if label.angle:
                canvas.rotate(label.angle)
            shift = {
                "center": -0.36 * label.size,
                "top": -0.78 * label.size,
                "bottom": 0.22 * label.size,
                "baseline": 0.0,
            }[label.valign]
            if label.align == "right":
                canvas.drawRightString(0, shift, label.text)
            elif label.align == "center":
                canvas.drawCentredString(0, shift, label.text)
            else:
                canvas.drawString(0, shift, label.text)
            canvas.restoreState()


class _Chart:
    """A figure at its size on the page, and the labels to set over it."""

    def __init__(self, width: float, height: float) -> None:
        self.width = width
        self.height = height
        self.figure = Figure(figsize=(width / 72.0, height / 72.0), dpi=DPI)
        FigureCanvasAgg(self.figure)
        self.labels: list[ChartLabel] = []

    def axes(self, left: float, bottom: float, width: float, height: float) -> Axes:
        """Axes at a rectangle given in points (no ticks: grid and labels come separately)."""
        ax = self.figure.add_axes(
            (left / self.width, bottom / self.height, width / self.width, height / self.height)
        )
        ax.set_xticks([])
        ax.set_yticks([])
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        for side in ("left", "bottom"):
            ax.spines[side].set_color(styles.CHART_DARK)
            ax.spines[side].set_linewidth(0.6)
        ax.patch.set_visible(False)
        return ax

    def at(self, ax: Axes, x: float, y: float) -> tuple[float, float]:
        """Data coordinates of ``ax`` → points on the chart."""
        px, py = ax.transData.transform((x, y))
        return float(px) * _PT_PER_PX, float(py) * _PT_PER_PX

    def text(self, x: float, y: float, text: str, **style: Any) -> None:
        self.labels.append(ChartLabel(x, y, text, **style))

    def swatch(self, x: float, y: float, **patch: Any) -> None:
        """A legend key (9 × 6.5 pt box) with its lower-left corner at (x, y) points."""
        self.figure.add_artist(
            Rectangle(
                (x / self.width, y / self.height),
                9.0 / self.width,
                6.5 / self.height,
                transform=self.figure.transFigure,
                linewidth=0.6,
                **patch,
            )
        )

    def line_key(self, x: float, y: float, **line: Any) -> None:
        """A legend key for a line (12 pt long) centred vertically on y points."""
        self.figure.add_artist(
            Line2D(
                [x / self.width, (x + 12.0) / self.width],
                [y / self.height, y / self.height],
                transform=self.figure.transFigure,
                **line,
            )
        )

    def render(self) -> ChartImage:
        canvas = self.figure.canvas
        assert isinstance(canvas, FigureCanvasAgg)
        canvas.draw()
        rgba = np.asarray(canvas.buffer_rgba())
        image = PILImage.fromarray(rgba[:, :, :3].copy(), "RGB")
        return ChartImage(image, self.width, self.height, self.labels)


def _bars(
    ax: Axes,
    positions: Any,
    lengths: Any,
    thickness: float,
    *,
    starts: Any = None,
    horizontal: bool = True,
    **style: Any,
) -> None:
    """Bars as one collection (much cheaper than ``barh``'s one patch per bar).

    ``positions`` are the bar centres across the value axis, ``lengths`` the values, ``starts``
    where each bar begins (0 by default).
    """
    centre = np.asarray(positions, dtype=float)
    length = np.asarray(lengths, dtype=float)
    begin = np.zeros_like(length) if starts is None else np.asarray(starts, dtype=float)
    low, high = centre - thickness / 2, centre + thickness / 2
    end = begin + length
    if horizontal:
        corners = [begin, low, end, low, end, high, begin, high]
    else:
        corners = [low, begin, high, begin, high, end, low, end]
    verts = np.stack(corners, axis=1).reshape(-1, 4, 2)
    ax.add_collection(PolyCollection(verts, **style), autolim=False)


def _ticks(low: float, high: float, count: int = 6, integer: bool = False) -> list[float]:
    locator = MaxNLocator(nbins=count, integer=integer, min_n_ticks=3)
    return [float(v) for v in locator.tick_values(low, high) if low - 1e-9 <= v <= high + 1e-9]


def _tick_text(value: float) -> str:
    return fmt.number(value, 0 if float(value).is_integer() else 1)


MUTED = colors.HexColor(styles.CHART_DARK)


def png_bytes(flowable: ChartImage) -> bytes:
    """The chart's image as PNG (labels not included; for tests and for a quick look)."""
    buffer = io.BytesIO()
    flowable.image.save(buffer, format="PNG")
    return buffer.getvalue()


# --- today against the scenario per role --------------------------------------------------------


@cached
def roles_chart(
    names: Sequence[str],
    today: Sequence[float],
    scenario: Sequence[float] | None,
    today_label: str,
    scenario_label: str,
    unit_label: str,
    width: float,
) -> ChartImage:
    """Horizontal bars per role: «I dag» (hatched, open) against the scenario (solid, dark).

    Every bar carries its value (one decimal), so the chart reads without colour.
    """
    count = max(len(names), 1)
    pair = scenario is not None
    row = 24.0 if pair else 15.0
    legend = 16.0 if pair else 0.0
    plot_height = count * row
    height = plot_height + legend + 30.0
    left = min(0.3 * width, 130.0)
    chart = _Chart(width, height)
    ax = chart.axes(left, 26.0, width - left - 30.0, plot_height)
    largest = max([*today, *(scenario or []), 0.0]) or 1.0
    ticks = _ticks(0.0, largest * 1.12)
    top = max(ticks[-1], largest * 1.12)
    ax.set_xlim(0, top)
    ax.set_ylim(-0.5, count - 0.5)
    positions = np.arange(len(names))[::-1].astype(float)
    bar = 0.36 if pair else 0.56
    ax.vlines(ticks[1:], -0.5, count - 0.5, colors=styles.CHART_LIGHT, linewidth=0.5, zorder=0)
    first = positions + (bar / 2 + 0.02 if pair else 0.0)
    _bars(
        ax,
        first,
        today,
        bar,
        facecolors="white",
        edgecolors=styles.CHART_DARK,
        hatch="//////",
        linewidths=0.6,
    )
    series = [(first, today)]
    if scenario is not None:
        second = positions - bar / 2 - 0.02
        _bars(
            ax,
            second,
            scenario,
            bar,
            facecolors=styles.CHART_ACCENT,
            edgecolors=styles.CHART_ACCENT,
            linewidths=0.6,
        )
        series.append((second, scenario))
    for ys, values in series:
        for y, value in zip(ys, values, strict=True):
            x, yy = chart.at(ax, value, y)
            chart.text(x + 3.0, yy, fmt.number(value, 1), size=FONT_SIZE - 0.5, color=MUTED)
    for name, y in zip(names, positions, strict=True):
        x, yy = chart.at(ax, 0.0, y)
        chart.text(x - 5.0, yy, name, align="right")
    for tick in ticks:
        x, y = chart.at(ax, tick, -0.5)
        chart.text(x, y - 3.0, _tick_text(tick), valign="top", size=FONT_SIZE - 0.5, color=MUTED)
    x0, _ = chart.at(ax, 0.0, 0.0)
    x1, _ = chart.at(ax, top, 0.0)
    chart.text((x0 + x1) / 2, 4.0, unit_label, align="center", valign="bottom", color=MUTED)
    if pair:
        y = height - 12.0
        x = width - 150.0
        chart.swatch(x, y, facecolor="white", edgecolor=styles.CHART_DARK, hatch="//////")
        chart.text(x + 13.0, y + 3.2, today_label)
        chart.swatch(x + 72.0, y, facecolor=styles.CHART_ACCENT, edgecolor=styles.CHART_ACCENT)
        chart.text(x + 85.0, y + 3.2, scenario_label)
    return chart.render()


# --- døgnrytme ------------------------------------------------------------------------------------


@cached
def rhythm_profiles(
    rhythm: FloatArray, staffed: FloatArray, settings: Settings, width: float
) -> ChartImage:
    """Weekday and weekend: people busy with tasks per hour (bars) against people on duty (line).

    Averages over Monday–Friday and Saturday–Sunday. Shift boundaries are marked and named.
    """
    height = 168.0
    chart = _Chart(width, height)
    groups = (
        (_tr("Hverdager (snitt mandag–fredag)"), slice(0, 5)),
        (_tr("Helg (snitt lørdag–søndag)"), slice(5, 7)),
    )
    largest = max(float(rhythm.max(initial=0.0)), float(staffed.max(initial=0.0)), 1.0)
    ticks = _ticks(0.0, largest * 1.08, count=5, integer=True)
    top = max(ticks[-1], largest) * 1.18
    hours = np.arange(24)
    gap = 26.0
    left_margin = 30.0
    panel = (width - left_margin - gap - 6.0) / 2
    for index, (title, days) in enumerate(groups):
        left = left_margin + index * (panel + gap)
        ax = chart.axes(left, 40.0, panel, 100.0)
        ax.set_xlim(0, 24)
        ax.set_ylim(0, top)
        ax.hlines(ticks[1:], 0, 24, colors=styles.CHART_LIGHT, linewidth=0.5, zorder=0)
        load = rhythm[days].mean(axis=0)
        people = staffed[days].mean(axis=0)
        _bars(
            ax,
            hours + 0.5,
            load,
            0.86,
            horizontal=False,
            facecolors=styles.CHART_LIGHT,
            edgecolors=styles.CHART_MID,
            linewidths=0.4,
        )
        ax.stairs(people, np.arange(25), color=styles.CHART_ACCENT, linewidth=1.5, baseline=None)
        for definition in settings.shifts:
            start = definition.start_minute / 60.0
            ax.axvline(start, color=styles.CHART_DARK, linewidth=0.5, linestyle=(0, (2, 2)))
            middle = (start + definition.hours / 2.0) % 24.0
            if middle < 1.5 or middle > 22.5:
                middle = 1.5 if middle < 12 else 22.5
            x, y = chart.at(ax, middle, top)
            chart.text(
                x,
                y - 3.0,
                labels.shift(definition.shift),
                align="center",
                valign="top",
                size=FONT_SIZE - 0.5,
                color=MUTED,
            )
        for hour in range(0, 25, 3):
            x, y = chart.at(ax, hour, 0.0)
            chart.text(
                x,
                y - 3.0,
                f"{hour:02d}",
                align="center",
                valign="top",
                size=FONT_SIZE - 0.5,
                color=MUTED,
            )
        for tick in ticks[1:]:  # 0 sits on the axis corner, where the hours start
            x, y = chart.at(ax, 0.0, tick)
            chart.text(
                x - 3.0, y, _tick_text(tick), align="right", size=FONT_SIZE - 0.5, color=MUTED
            )
        x, y = chart.at(ax, 0.0, top)
        chart.text(x, y + 6.0, title, valign="bottom", size=FONT_SIZE + 0.5, color=MUTED)
    chart.text(8.0, 90.0, _tr("Personer"), align="center", angle=90.0, color=MUTED)
    legend_y = 8.0
    chart.swatch(left_margin, legend_y, facecolor=styles.CHART_LIGHT, edgecolor=styles.CHART_MID)
    chart.text(
        left_margin + 13.0, legend_y + 3.2, _tr("Opptatt med oppgaver (timer per klokketime)")
    )
    key = left_margin + width / 2
    chart.line_key(key, legend_y + 3.2, color=styles.CHART_ACCENT, linewidth=1.5)
    chart.text(key + 16.0, legend_y + 3.2, _tr("På vakt etter bemanningsplanen (personer)"))
    return chart.render()


# --- comparison ---------------------------------------------------------------------------------

CATEGORY_HATCHES = ("", "////", "....", "xxxx", "\\\\\\\\")
CATEGORY_FILLS = (styles.CHART_ACCENT, "white", styles.CHART_LIGHT, "white", styles.CHART_MID)


@cached
def category_mix_chart(
    names: Sequence[str],
    shares: Sequence[Sequence[float]],
    category_labels: Sequence[str],
    width: float,
) -> ChartImage:
    """Stacked 100 % bars: each department's hours by task category (fill and hatch per
    category, the share printed in segments of at least 8 %)."""
    count = max(len(names), 1)
    plot_height = count * 16.0
    legend_rows = (len(category_labels) + 2) // 3
    bottom = 24.0 + legend_rows * 12.0
    height = plot_height + bottom + 6.0
    left = min(0.3 * width, 130.0)
    chart = _Chart(width, height)
    ax = chart.axes(left, bottom, width - left - 14.0, plot_height)
    ax.set_xlim(0, 1)
    ax.set_ylim(-0.5, count - 0.5)
    positions = np.arange(len(names))[::-1].astype(float)
    matrix = np.nan_to_num(np.asarray(shares, dtype=float)).reshape(len(names), -1)
    start = np.zeros(len(names))
    for column in range(len(category_labels)):
        values = matrix[:, column] if matrix.size else np.zeros(len(names))
        fill = CATEGORY_FILLS[column % len(CATEGORY_FILLS)]
        _bars(
            ax,
            positions,
            values,
            0.62,
            starts=start.copy(),
            facecolors=fill,
            edgecolors=styles.CHART_DARK,
            hatch=CATEGORY_HATCHES[column % len(CATEGORY_HATCHES)] or None,
            linewidths=0.5,
        )
        dark = fill in (styles.CHART_ACCENT, styles.CHART_MID)
        for row, value in enumerate(values):
            if value >= 0.08:
                x, y = chart.at(ax, start[row] + value / 2, positions[row])
                if not dark:
                    ax.add_patch(
                        Rectangle(
                            (start[row] + value / 2 - 0.025, positions[row] - 0.17),
                            0.05,
                            0.34,
                            facecolor="white",
                            edgecolor="none",
                            zorder=3,
                        )
                    )
                chart.text(
                    x,
                    y,
                    fmt.number(value * 100, 0),
                    align="center",
                    size=FONT_SIZE - 1,
                    color=styles.WHITE if dark else styles.INK,
                    bold=dark,
                )
        start += values
    for name, y in zip(names, positions, strict=True):
        x, yy = chart.at(ax, 0.0, y)
        chart.text(x - 5.0, yy, name, align="right")
    for tick in np.linspace(0, 1, 6):
        x, y = chart.at(ax, float(tick), -0.5)
        chart.text(
            x,
            y - 3.0,
            f"{int(round(tick * 100))}{fmt.NBSP}%",
            align="center",
            valign="top",
            size=FONT_SIZE - 0.5,
            color=MUTED,
        )
    column_width = (width - left) / 3
    for index, label in enumerate(category_labels):
        x = left + (index % 3) * column_width
        y = 6.0 + (legend_rows - 1 - index // 3) * 12.0
        chart.swatch(
            x,
            y,
            facecolor=CATEGORY_FILLS[index % len(CATEGORY_FILLS)],
            edgecolor=styles.CHART_DARK,
            hatch=CATEGORY_HATCHES[index % len(CATEGORY_HATCHES)],
        )
        chart.text(x + 13.0, y + 3.2, label, size=FONT_SIZE - 0.5)
    return chart.render()


@cached
def value_bars(
    names: Sequence[str],
    values: Sequence[float | None],
    value_labels: Sequence[str],
    unit_label: str,
    width: float,
) -> ChartImage:
    """One horizontal bar per department with its value printed at the end (hatched bars)."""
    count = max(len(names), 1)
    plot_height = count * 14.0
    height = plot_height + 36.0
    left = min(0.3 * width, 130.0)
    chart = _Chart(width, height)
    ax = chart.axes(left, 28.0, width - left - 44.0, plot_height)
    clean = [0.0 if v is None or not np.isfinite(v) else float(v) for v in values]
    largest = max([*clean, 0.0]) or 1.0
    ticks = _ticks(0.0, largest)
    top = max(ticks[-1], largest)
    ax.set_xlim(0, top)
    ax.set_ylim(-0.5, count - 0.5)
    ax.vlines(ticks[1:], -0.5, count - 0.5, colors=styles.CHART_LIGHT, linewidth=0.5, zorder=0)
    positions = np.arange(len(names))[::-1].astype(float)
    _bars(
        ax,
        positions,
        clean,
        0.6,
        facecolors=styles.CHART_LIGHT,
        edgecolors=styles.CHART_DARK,
        hatch="////",
        linewidths=0.5,
    )
    for name, y, value, text in zip(names, positions, clean, value_labels, strict=True):
        x, yy = chart.at(ax, 0.0, y)
        chart.text(x - 5.0, yy, name, align="right")
        x, yy = chart.at(ax, value, y)
        chart.text(x + 3.0, yy, text, size=FONT_SIZE - 0.5, color=MUTED)
    for tick in ticks:
        x, y = chart.at(ax, tick, -0.5)
        chart.text(
            x,
            y - 3.0,
            _tick_text(tick),
            align="center",
            valign="top",
            size=FONT_SIZE - 0.5,
            color=MUTED,
        )
    x0, _ = chart.at(ax, 0.0, 0.0)
    x1, _ = chart.at(ax, top, 0.0)
    chart.text((x0 + x1) / 2, 4.0, unit_label, align="center", valign="bottom", color=MUTED)
    return chart.render()
