"""The charts of the *Analyse* tab, drawn with matplotlib's Agg canvas into RGBA pixels.

Drawing runs on a worker thread (the tab's background job), so this module uses no Qt and no
pyplot (pyplot keeps global state that is not thread-safe); each chart is a fresh
:class:`~matplotlib.figure.Figure` on its own :class:`FigureCanvasAgg`. FreeType is not
thread-safe either, so one lock serialises the drawing of all charts.

The charts must read in black and white (a printed page, a grey projector): the two series of
the role chart differ by fill *and* hatching, the heat map uses a grey scale, and the lines of
the døgnrytme profile differ by dash pattern and marker, not by colour.

The words on the charts come in as arguments, already translated on the UI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from oppgave.analysis.norwegian_text import format_number

if TYPE_CHECKING:
    import numpy as np
    from matplotlib.figure import Figure

# matplotlib (≈0.5 s) and NumPy are imported by the drawing functions, which run on the worker
# thread, so that neither the first window nor the UI thread waits for them.

_DRAWING = threading.Lock()
DPI = 100.0


@dataclass(frozen=True, slots=True)
class ChartSize:
    """Pixels of the widget the chart is drawn for (times the screen's pixel ratio)."""

    width: int
    height: int
    ratio: float = 1.0

    def inches(self) -> tuple[float, float]:
        return max(self.width, 320) / DPI, max(self.height, 200) / DPI


@dataclass(frozen=True, slots=True)
class RoleChartText:
    title: str
    today: str
    scenario: str
    axis: str


@dataclass(frozen=True, slots=True)
class RhythmChartText:
    title: str
    days: tuple[str, ...]  # Monday … Sunday, short
    colour_bar: str
    profile_title: str
    hour_axis: str
    people_axis: str
    work_weekday: str
    staffed_weekday: str
    work_weekend: str
    staffed_weekend: str


@dataclass(frozen=True, slots=True)
class ChartImage:
    """A drawn chart as raw RGBA pixels (no PNG round trip: the UI wraps them in a QImage)."""

    width: int
    height: int
    rgba: bytes
    ratio: float = 1.0


def _pixels(figure: Figure, size: ChartSize) -> ChartImage:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    figure.set_dpi(DPI * size.ratio)
    canvas = FigureCanvasAgg(figure)
    canvas.draw()  # type: ignore[no-untyped-call]
    width, height = canvas.get_width_height()
    pixels = bytes(canvas.buffer_rgba())  # type: ignore[no-untyped-call]
    return ChartImage(width, height, pixels, size.ratio)


def _left_margin(names: Sequence[str], size: ChartSize) -> float:
    """Room for the longest role name left of the bars (about 6.5 px per character at 9 pt);
    cheaper than ``tight_layout``, which measures every text twice."""
    longest = max((len(n) for n in names), default=4)
    return min(0.45, (longest * 6.5 + 24) / max(size.width, 320))


def roles_chart(
    names: Sequence[str],
    today: Sequence[float],
    scenario: Sequence[float] | None,
    text: RoleChartText,
    size: ChartSize,
) -> ChartImage:
    """Horizontal bars of hours per week per role: «I dag» (light, plain) and the scenario
    (dark, hatched), so the two tell apart without colour. ``scenario`` None: only today."""
    import numpy as np
    from matplotlib.figure import Figure

    with _DRAWING:
        figure = Figure(figsize=size.inches(), dpi=DPI)
        ax = figure.add_subplot(1, 1, 1)
        count = len(names)
        positions = np.arange(count, dtype=float)
        height = 0.38 if scenario is not None else 0.6
        offset = height / 2 if scenario is not None else 0.0
        ax.barh(
            positions - offset,
            today,
            height=height,
            color="#d9d9d9",
            edgecolor="black",
            linewidth=0.8,
            label=text.today,
        )
        if scenario is not None:
            ax.barh(
                positions + offset,
                scenario,
                height=height,
                color="#404040",
                edgecolor="black",
                hatch="///",
                linewidth=0.8,
                label=text.scenario,
            )
        largest = max([*today, *(scenario or []), 1.0])
        for values, shift in ((today, -offset), (scenario, offset)):
            if values is None:
                continue
            for y, value in zip(positions, values, strict=True):
                if value > 0.05:
                    ax.text(
                        value + largest * 0.01,
                        y + shift,
                        format_number(value, 1),
                        va="center",
                        fontsize=8,
                    )
        ax.set_yticks(positions, list(names), fontsize=9)
        ax.invert_yaxis()
        ax.set_xlim(0, largest * 1.15)
        ax.set_xlabel(text.axis, fontsize=9)
        ax.set_title(text.title, fontsize=10, loc="left")
        ax.grid(axis="x", color="#bbbbbb", linewidth=0.5, linestyle=":")
        ax.set_axisbelow(True)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        ax.legend(fontsize=8, loc="lower right", frameon=True)
        height_in = size.inches()[1]
        figure.subplots_adjust(
            left=_left_margin(names, size),
            right=0.97,
            top=1 - 0.32 / height_in,
            bottom=0.5 / height_in,
        )
        return _pixels(figure, size)


def rhythm_chart(
    work: np.ndarray,
    staffed: np.ndarray,
    weekend_days: Sequence[int],
    text: RhythmChartText,
    size: ChartSize,
) -> ChartImage:
    """The døgnrytme: a 7 × 24 grey heat map of the hours of work per clock hour (= people
    busy), and below it the mean profile of weekdays and weekends against the people on duty
    from the staffing per shift (``staffed``, 7 × 24)."""
    weekend = [d for d in range(7) if d in set(weekend_days)]
    weekdays = [d for d in range(7) if d not in set(weekend_days)]
    import numpy as np
    from matplotlib.figure import Figure

    with _DRAWING:
        figure = Figure(figsize=size.inches(), dpi=DPI)
        grid = figure.add_gridspec(2, 2, height_ratios=[1.0, 1.1], width_ratios=[40, 1])
        heat = figure.add_subplot(grid[0, 0])
        bar_axes = figure.add_subplot(grid[0, 1])
        profile = figure.add_subplot(grid[1, 0], sharex=None)
        image = heat.imshow(
            work,
            aspect="auto",
            cmap="Greys",
            vmin=0.0,
            vmax=max(float(work.max(initial=0.0)), 0.1),
            interpolation="nearest",
            extent=(-0.5, 23.5, 6.5, -0.5),
        )
        heat.set_yticks(range(7), list(text.days), fontsize=8)
        heat.set_xticks(range(0, 24, 2), [f"{h:02d}" for h in range(0, 24, 2)], fontsize=8)
        heat.set_title(text.title, fontsize=10, loc="left")
        colour_bar = figure.colorbar(image, cax=bar_axes)
        colour_bar.set_label(text.colour_bar, fontsize=8)
        colour_bar.ax.tick_params(labelsize=7)

        hours = np.arange(24)
        series = (
            (work[weekdays].mean(axis=0) if weekdays else None, text.work_weekday, "-", "o"),
            (
                staffed[weekdays].mean(axis=0) if weekdays else None,
                text.staffed_weekday,
                "--",
                None,
            ),
            (work[weekend].mean(axis=0) if weekend else None, text.work_weekend, ":", "s"),
            (staffed[weekend].mean(axis=0) if weekend else None, text.staffed_weekend, "-.", None),
        )
        for values, label, style, marker in series:
            if values is None:
                continue
            if marker is None:
                profile.step(
                    hours,
                    values,
                    where="mid",
                    linestyle=style,
                    color="black",
                    linewidth=1.4,
                    label=label,
                )
            else:
                profile.plot(
                    hours,
                    values,
                    linestyle=style,
                    marker=marker,
                    markersize=3,
                    color="#333333",
                    linewidth=1.2,
                    label=label,
                )
        profile.set_xlim(-0.5, 23.5)
        profile.set_ylim(bottom=0)
        profile.set_xticks(range(0, 24, 2), [f"{h:02d}" for h in range(0, 24, 2)], fontsize=8)
        profile.tick_params(axis="y", labelsize=8)
        profile.set_xlabel(text.hour_axis, fontsize=8)
        profile.set_ylabel(text.people_axis, fontsize=8)
        profile.set_title(text.profile_title, fontsize=10, loc="left")
        profile.grid(color="#cccccc", linewidth=0.5, linestyle=":")
        for side in ("top", "right"):
            profile.spines[side].set_visible(False)
        # above the plot, right of its title: never over the lines
        profile.legend(
            fontsize=7, loc="lower right", bbox_to_anchor=(1.0, 1.0), ncols=4, frameon=False
        )
        width_in, height_in = size.inches()
        figure.subplots_adjust(
            left=0.55 / width_in,
            right=1 - 0.75 / width_in,
            top=1 - 0.3 / height_in,
            bottom=0.45 / height_in,
            hspace=0.55 * 4.2 / height_in,
            wspace=0.03,
        )
        return _pixels(figure, size)
