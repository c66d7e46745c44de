"""The report's charts: matplotlib figures, placed in the PDF as 200 dpi images.

Figures are made with :class:`matplotlib.figure.Figure` and the Agg canvas directly, never
through ``pyplot``, so no global state is touched and a report can be made on a worker thread
while the app runs. Each chart is drawn at the size it has on the page (fonts in points match
the text), and must read in black and white: series differ by fill, hatching and direct labels,
never by colour alone.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter, MaxNLocator
from PIL import Image as PILImage
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable

from oppgave.analysis.department_arrays import FloatArray
from oppgave.domain.records import Settings
from oppgave.i18n import translate
from oppgave.report import formatting as fmt
from oppgave.report import labels, styles

#: Resolution of the chart images: sharp in print, small enough to keep the PDF light.
DPI = 200
FONT_SIZE = 7.5


def _tr(text: str) -> str:
    return translate("Report", text)


class ChartImage(Flowable):
    """A rendered chart at a fixed size on the page (RGB pixels, drawn as one image)."""

    def __init__(self, image: PILImage.Image, width: float, height: float) -> None:
        super().__init__()
        self._reader = ImageReader(image)
        self.width = width
        self.height = height
        self.hAlign = "LEFT"

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        self.canv.drawImage(self._reader, 0, 0, self.width, self.height)


def _figure(width: float, height: float) -> Figure:
    """A figure of ``width`` × ``height`` points with the report's fonts and no frame clutter."""
    figure = Figure(figsize=(width / 72.0, height / 72.0), dpi=DPI)
    FigureCanvasAgg(figure)
    return figure


def _to_flowable(figure: Figure, width: float, height: float) -> ChartImage:
    canvas = figure.canvas
    assert isinstance(canvas, FigureCanvasAgg)
    canvas.draw()
    rgba = np.asarray(canvas.buffer_rgba())
    image = PILImage.fromarray(rgba[:, :, :3].copy(), "RGB")
    return ChartImage(image, width, height)


def _style_axes(axes: object) -> None:
    ax = axes  # matplotlib Axes
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)  # type: ignore[attr-defined]
    for side in ("left", "bottom"):
        ax.spines[side].set_color(styles.CHART_DARK)  # type: ignore[attr-defined]
        ax.spines[side].set_linewidth(0.6)  # type: ignore[attr-defined]
    ax.tick_params(labelsize=FONT_SIZE, colors=styles.CHART_DARK, width=0.6, length=2.5)  # type: ignore[attr-defined]


def png_bytes(flowable: ChartImage) -> bytes:
    """The chart as PNG (for tests and for saving a chart on its own)."""
    buffer = io.BytesIO()
    image = flowable._reader._image  # type: ignore[attr-defined]
    image.save(buffer, format="PNG")
    return buffer.getvalue()


# --- today against the scenario per role --------------------------------------------------------


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
    count = len(names)
    pair = 2 if scenario is not None else 1
    legend_space = 18.0 if scenario is not None else 4.0
    height = max(70.0, 30.0 + legend_space + count * (9.0 * pair + 6.0))
    bottom = 28.0 / height
    top = 1.0 - legend_space / height
    ax = figure_axes = _figure(width, height).add_axes((0.26, bottom, 0.68, top - bottom))
    figure = figure_axes.figure
    positions = np.arange(count)[::-1].astype(float)
    bar = 0.38 if pair == 2 else 0.6
    largest = max([*today, *(scenario or []), 0.0]) or 1.0
    bars_today = ax.barh(
        positions + (bar / 2 if pair == 2 else 0.0),
        today,
        height=bar,
        color="white",
        edgecolor=styles.CHART_DARK,
        hatch="//////",
        linewidth=0.6,
        label=today_label,
    )
    groups = [bars_today]
    if scenario is not None:
        groups.append(
            ax.barh(
                positions - bar / 2,
                scenario,
                height=bar,
                color=styles.CHART_ACCENT,
                edgecolor=styles.CHART_ACCENT,
                linewidth=0.6,
                label=scenario_label,
            )
        )
    for group in groups:
        for rect in group:
            value = rect.get_width()
            ax.text(
                value + largest * 0.01,
                rect.get_y() + rect.get_height() / 2,
                fmt.number(value, 1),
                va="center",
                ha="left",
                fontsize=FONT_SIZE - 0.5,
                color=styles.CHART_DARK,
            )
    ax.set_yticks(positions, list(names))
    ax.set_xlim(0, largest * 1.14)
    ax.set_ylim(-0.6, count - 0.4)
    ax.set_xlabel(unit_label, fontsize=FONT_SIZE, color=styles.CHART_DARK)
    ax.xaxis.set_major_formatter(_number_formatter(0))
    ax.grid(axis="x", color=styles.CHART_LIGHT, linewidth=0.5)
    ax.set_axisbelow(True)
    _style_axes(ax)
    ax.tick_params(axis="y", length=0)
    if scenario is not None:
        figure.legend(
            loc="upper right",
            fontsize=FONT_SIZE,
            frameon=False,
            ncols=2,
            bbox_to_anchor=(0.94, 1.0),
            handleheight=1.1,
        )
    return _to_flowable(figure, width, height)


def _number_formatter(decimals: int) -> FuncFormatter:
    return FuncFormatter(lambda value, _pos: fmt.number(value, decimals))


# --- døgnrytme ------------------------------------------------------------------------------------


def rhythm_profiles(
    rhythm: FloatArray, staffed: FloatArray, settings: Settings, width: float
) -> ChartImage:
    """Weekday and weekend: people busy with tasks per hour (bars) against people on duty (line).

    Averages over Monday–Friday and Saturday–Sunday. Shift boundaries are marked and named.
    """
    height = 165.0
    figure = _figure(width, height)
    groups = (
        (_tr("Hverdager (snitt mandag–fredag)"), slice(0, 5)),
        (_tr("Helg (snitt lørdag–søndag)"), slice(5, 7)),
    )
    largest = max(float(rhythm.max(initial=0.0)), float(staffed.max(initial=0.0)), 1.0)
    hours = np.arange(24)
    for index, (label, days) in enumerate(groups):
        left = 0.07 + index * 0.475
        ax = figure.add_axes((left, 0.2, 0.425, 0.64))
        load = rhythm[days].mean(axis=0)
        people = staffed[days].mean(axis=0)
        ax.bar(
            hours + 0.5,
            load,
            width=0.86,
            color=styles.CHART_LIGHT,
            edgecolor=styles.CHART_MID,
            linewidth=0.4,
            label=_tr("Opptatt med oppgaver (timer per klokketime)"),
        )
        ax.step(
            np.append(hours, 24),
            np.append(people, people[-1]),
            where="post",
            color=styles.CHART_ACCENT,
            linewidth=1.5,
            label=_tr("På vakt etter bemanningsplanen (personer)"),
        )
        for definition in settings.shifts:
            start = definition.start_minute / 60.0
            ax.axvline(start, color=styles.CHART_DARK, linewidth=0.5, linestyle=(0, (2, 2)))
            middle = (start + definition.hours / 2.0) % 24.0
            if middle < 1.0 or middle > 23.0:
                middle = 1.0 if middle < 12 else 23.0
            ax.text(
                middle,
                largest * 1.12,
                labels.shift(definition.shift),
                ha="center",
                va="bottom",
                fontsize=FONT_SIZE - 0.5,
                color=styles.CHART_DARK,
            )
        ax.set_xlim(0, 24)
        ax.set_ylim(0, largest * 1.25)
        ax.set_xticks(range(0, 25, 3), [f"{h:02d}" for h in range(0, 25, 3)])
        ax.yaxis.set_major_locator(MaxNLocator(nbins=6, integer=True))
        ax.yaxis.set_major_formatter(_number_formatter(0))
        ax.grid(axis="y", color=styles.CHART_LIGHT, linewidth=0.5)
        ax.set_axisbelow(True)
        ax.set_title(label, fontsize=FONT_SIZE + 0.5, loc="left", color=styles.CHART_DARK, pad=12)
        _style_axes(ax)
        if index == 0:
            ax.set_ylabel(_tr("Personer"), fontsize=FONT_SIZE)
            handles, legend_labels = ax.get_legend_handles_labels()
            figure.legend(
                handles,
                legend_labels,
                loc="lower center",
                ncols=2,
                fontsize=FONT_SIZE,
                frameon=False,
                bbox_to_anchor=(0.5, 0.0),
            )
    return _to_flowable(figure, width, height)


# --- comparison ---------------------------------------------------------------------------------

CATEGORY_HATCHES = ("", "////", "....", "xxxx", "\\\\\\\\")
CATEGORY_FILLS = (styles.CHART_ACCENT, "white", styles.CHART_LIGHT, "white", styles.CHART_MID)


def category_mix_chart(
    names: Sequence[str],
    shares: Sequence[Sequence[float]],
    category_labels: Sequence[str],
    width: float,
) -> ChartImage:
    """Stacked 100 % bars: each department's hours by task category (fill and hatch per
    category, share printed in segments of at least 8 %)."""
    count = len(names)
    height = 62.0 + count * 15.0
    figure = _figure(width, height)
    bottom = 48.0 / height
    ax = figure.add_axes((0.3, bottom, 0.67, 1.0 - bottom - 6.0 / height))
    positions = np.arange(count)[::-1]
    left = np.zeros(count)
    matrix = np.nan_to_num(np.asarray(shares, dtype=float))
    for column, label in enumerate(category_labels):
        values = matrix[:, column] if matrix.size else np.zeros(count)
        fill = CATEGORY_FILLS[column % len(CATEGORY_FILLS)]
        ax.barh(
            positions,
            values,
            left=left,
            height=0.62,
            color=fill,
            edgecolor=styles.CHART_DARK,
            hatch=CATEGORY_HATCHES[column % len(CATEGORY_HATCHES)],
            linewidth=0.5,
            label=label,
        )
        for row, value in enumerate(values):
            if value >= 0.08:
                dark = fill in (styles.CHART_ACCENT, styles.CHART_MID)
                ax.text(
                    left[row] + value / 2,
                    positions[row],
                    fmt.number(value * 100, 0),
                    ha="center",
                    va="center",
                    fontsize=FONT_SIZE - 1,
                    color="white" if dark else styles.INK.hexval().replace("0x", "#"),
                    bbox=None if dark else {"boxstyle": "square,pad=0.1", "fc": "white", "lw": 0},
                )
        left += values
    ax.set_xlim(0, 1)
    ax.set_ylim(-0.6, count - 0.4)
    ax.set_yticks(positions, list(names))
    ax.set_xticks(np.linspace(0, 1, 6), [f"{int(v)}{fmt.NBSP}%" for v in np.linspace(0, 100, 6)])
    _style_axes(ax)
    ax.tick_params(axis="y", length=0)
    figure.legend(
        loc="lower center",
        ncols=3,
        fontsize=FONT_SIZE - 0.5,
        frameon=False,
        bbox_to_anchor=(0.6, 0.0),
        handles=[
            Patch(
                facecolor=CATEGORY_FILLS[i % len(CATEGORY_FILLS)],
                edgecolor=styles.CHART_DARK,
                hatch=CATEGORY_HATCHES[i % len(CATEGORY_HATCHES)],
                linewidth=0.5,
                label=label,
            )
            for i, label in enumerate(category_labels)
        ],
        handlelength=1.6,
        handleheight=1.1,
        columnspacing=1.0,
    )
    return _to_flowable(figure, width, height)


def value_bars(
    names: Sequence[str],
    values: Sequence[float | None],
    value_labels: Sequence[str],
    unit_label: str,
    width: float,
    highlight_last: bool = False,
) -> ChartImage:
    """One horizontal bar per department with its value printed at the end.

    ``highlight_last`` draws the last bar (the municipality's total) solid and the rest hatched.
    """
    count = len(names)
    height = 40.0 + count * 13.0
    figure = _figure(width, height)
    bottom = 26.0 / height
    ax = figure.add_axes((0.3, bottom, 0.62, 1.0 - bottom - 6.0 / height))
    positions = np.arange(count)[::-1]
    clean = [0.0 if v is None or not np.isfinite(v) else float(v) for v in values]
    largest = max(clean + [0.0]) or 1.0
    for row, value in enumerate(clean):
        total = highlight_last and row == count - 1
        ax.barh(
            positions[row],
            value,
            height=0.6,
            color=styles.CHART_ACCENT if total else styles.CHART_LIGHT,
            edgecolor=styles.CHART_ACCENT if total else styles.CHART_DARK,
            hatch="" if total else "////",
            linewidth=0.5,
        )
        ax.text(
            value + largest * 0.01,
            positions[row],
            value_labels[row],
            va="center",
            ha="left",
            fontsize=FONT_SIZE - 0.5,
            color=styles.CHART_DARK,
            fontweight="bold" if total else "normal",
        )
    ax.set_yticks(positions, list(names))
    ax.set_xlim(0, largest * 1.18)
    ax.set_ylim(-0.6, count - 0.4)
    ax.set_xlabel(unit_label, fontsize=FONT_SIZE)
    ax.xaxis.set_major_formatter(_number_formatter(0))
    ax.grid(axis="x", color=styles.CHART_LIGHT, linewidth=0.5)
    ax.set_axisbelow(True)
    _style_axes(ax)
    ax.tick_params(axis="y", length=0)
    return _to_flowable(figure, width, height)
