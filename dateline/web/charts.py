"""Charts drawn on the server as SVG geometry: the templates turn these numbers into markup, so
a chart needs no script and every label goes through the template's escaping.

Axis labels come in two sizes through the stylesheet: small on a wide screen, and larger with
every other label hidden (``Tick.minor``) on a phone, where the drawing is scaled down. Ticks
of counts are whole numbers; labels near an edge are anchored so that they stay inside."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

#: The drawing's coordinate box; the SVG scales to its container through its viewBox.
WIDTH, HEIGHT = 640, 260
#: Room for axis labels and titles: left, right, top, bottom.
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 72, 16, 30, 58
#: Colour classes cycled over series (style.css gives each a contrasting colour).
SERIES_CLASSES = 8
#: Marker shapes cycled over series, so that series differ by more than colour.
MARKERS = ("circle", "square", "diamond", "triangle")
#: Half the width of the widest axis label (a date at phone size) in drawing units: a label
#: nearer than this to an edge is anchored at its end or start instead of its middle.
LABEL_HALF_WIDTH = 72
#: Axis labels shown on a wide screen at most (a phone shows every other one).
X_LABELS = 6
#: Intervals between y ticks at most.
Y_STEPS = 5


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar: its box, its axis label, its value and what it stands for in words."""

    x: float
    y: float
    width: float
    height: float
    label: str
    value: int
    title: str = ""


@dataclass(frozen=True, slots=True)
class Tick:
    """An axis label at a position; ``minor`` ones are hidden on small screens."""

    position: float
    label: str
    anchor: str = "middle"
    minor: bool = False


@dataclass(slots=True)
class ChartFrame:
    """What every chart draws its marks in: axis ticks and titles, size, and the plot box."""

    y_ticks: list[Tick]
    x_ticks: list[Tick]
    y_title: str = ""
    x_title: str = ""
    width: int = WIDTH
    height: int = HEIGHT
    left: float = MARGIN_LEFT
    right: float = WIDTH - MARGIN_RIGHT
    top: float = MARGIN_TOP
    bottom: float = HEIGHT - MARGIN_BOTTOM


@dataclass(slots=True)
class BarChart(ChartFrame):
    """A bar per category (one per day, week or month for coverage)."""

    bars: list[Bar] = field(kw_only=True)


@dataclass(frozen=True, slots=True)
class Point:
    """A plotted point: position, value, its label (date, figure) and its marker's path."""

    x: float
    y: float
    label: str
    marker: str = ""


@dataclass(slots=True)
class Series:
    """One source's figures over time, drawn in colour class ``css`` with ``shape`` markers."""

    name: str
    css: str
    shape: str = "circle"
    points: list[Point] = field(default_factory=list)

    @property
    def path(self) -> str:
        """The SVG path data joining the points in time order."""
        return " ".join(
            f"{'M' if i == 0 else 'L'}{p.x:.1f},{p.y:.1f}" for i, p in enumerate(self.points)
        )

    @property
    def swatch(self) -> str:
        """The series' marker at the origin, for the legend."""
        return marker_path(self.shape, 0, 0)


@dataclass(slots=True)
class LineChart(ChartFrame):
    """Figures by source over time: a line of points per source."""

    series: list[Series] = field(kw_only=True)


def bar_chart(
    data: list[tuple[str, int]],
    *,
    describe: Callable[[str, int], str] | None = None,
    y_title: str = "",
    x_title: str = "",
) -> BarChart:
    """Bars for ``(label, count)`` pairs in order, on a scale of whole-number ticks; each bar's
    ``title`` is ``describe(label, count)`` (by default "label: count")."""
    top = max((value for _, value in data), default=0)
    scale, step = count_scale(top)
    plot_width = WIDTH - MARGIN_LEFT - MARGIN_RIGHT
    plot_height = HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    slot = plot_width / max(len(data), 1)
    bars = []
    for index, (label, value) in enumerate(data):
        height = plot_height * value / scale if scale else 0.0
        bars.append(
            Bar(
                x=MARGIN_LEFT + index * slot + slot * 0.1,
                y=HEIGHT - MARGIN_BOTTOM - height,
                width=slot * 0.8,
                height=height,
                label=label,
                value=value,
                title=describe(label, value) if describe else f"{label}: {value}",
            )
        )
    every = max(1, math.ceil(len(data) / X_LABELS))
    x_ticks = _x_ticks([(b.x + b.width / 2, b.label) for b in bars[::every]])
    return BarChart(
        _y_ticks(scale, plot_height, step), x_ticks, y_title=y_title, x_title=x_title, bars=bars
    )


def line_chart(
    series: dict[str, list[tuple[str, float]]], *, y_title: str = "", x_title: str = ""
) -> LineChart:
    """A line per named series of ``(ISO date, value)`` points, on a shared time axis; when
    every value is a whole number (a count) the ticks are whole numbers too."""
    days = [_day(day) for points in series.values() for day, _ in points]
    values = [value for points in series.values() for _, value in points]
    first, last = (min(days), max(days)) if days else (0, 0)
    span = max(last - first, 1)
    top = max(values, default=0)
    if all(float(value).is_integer() for value in values):
        scale, step = count_scale(top)
    else:
        scale = _nice_max(top)
        step = scale / 4
    plot_width = WIDTH - MARGIN_LEFT - MARGIN_RIGHT
    plot_height = HEIGHT - MARGIN_TOP - MARGIN_BOTTOM

    def x_of(day: int) -> float:
        if last == first:
            return MARGIN_LEFT + plot_width / 2
        return MARGIN_LEFT + plot_width * (day - first) / span

    def y_of(value: float) -> float:
        return HEIGHT - MARGIN_BOTTOM - (plot_height * value / scale if scale else 0)

    lines = []
    for index, (name, points) in enumerate(series.items()):
        shape = MARKERS[index % len(MARKERS)]
        line = Series(name, f"series-{index % SERIES_CLASSES}", shape)
        for day, value in sorted(points, key=lambda p: p[0]):
            x, y = x_of(_day(day)), y_of(value)
            label = f"{day}: {format_figure(value)} ({name})"
            line.points.append(Point(x, y, label, marker_path(shape, x, y)))
        lines.append(line)
    x_ticks = []
    if days:
        steps = min(4, last - first)
        for step_index in range(steps + 1):
            day = first + round(step_index * (last - first) / max(steps, 1))
            x_ticks.append((x_of(day), date.fromordinal(day).isoformat()))
    return LineChart(
        _y_ticks(scale, plot_height, step),
        _x_ticks(x_ticks),
        y_title=y_title,
        x_title=x_title,
        series=lines,
    )


def marker_path(shape: str, x: float, y: float, size: float = 7) -> str:
    """SVG path data of a marker of ``shape`` centred on (x, y)."""
    s = size
    if shape == "square":
        s *= 0.85
        return f"M{x - s:.1f},{y - s:.1f}h{2 * s:.1f}v{2 * s:.1f}h{-2 * s:.1f}Z"
    if shape == "diamond":
        s *= 1.25
        return f"M{x:.1f},{y - s:.1f}L{x + s:.1f},{y:.1f}L{x:.1f},{y + s:.1f}L{x - s:.1f},{y:.1f}Z"
    if shape == "triangle":
        s *= 1.2
        return f"M{x:.1f},{y - s:.1f}L{x + s:.1f},{y + s * 0.8:.1f}L{x - s:.1f},{y + s * 0.8:.1f}Z"
    arc = f"a{s:.1f},{s:.1f} 0 1,0"
    return f"M{x - s:.1f},{y:.1f}{arc} {2 * s:.1f},0{arc} {-2 * s:.1f},0Z"


def _day(iso: str) -> int:
    return date.fromisoformat(iso[:10]).toordinal()


def count_scale(top: float) -> tuple[int, int]:
    """The top of an axis of counts reaching ``top`` and its tick step: a whole number of
    1, 2 or 5 times a power of ten, at most ``Y_STEPS`` steps (1 → 0–1, 7 → 0–8 by 2,
    41 → 0–50 by 10); (0, 1) for nothing to count."""
    if top <= 0:
        return 0, 1
    power = 1
    while True:
        for multiple in (1, 2, 5):
            step = multiple * power
            if math.ceil(top / step) <= Y_STEPS:
                return step * math.ceil(top / step), step
        power *= 10


def _nice_max(value: float) -> float:
    """The smallest 1, 2 or 5 times a power of ten at or above ``value`` (0 stays 0)."""
    if value <= 0:
        return 0
    power = 1.0
    while power * 10 <= value:
        power *= 10
    while power > value:
        power /= 10
    for step in (1, 2, 5, 10):
        if step * power >= value:
            return step * power
    return 10 * power


def _y_ticks(scale: float, plot_height: float, step: float) -> list[Tick]:
    """A tick per ``step`` from 0 to ``scale``."""
    if not scale:
        return [Tick(HEIGHT - MARGIN_BOTTOM, "0")]
    count = round(scale / step)
    # Ticks of a small scale get the decimals their step needs: 0.0025, not a row of "0".
    places = max(2, 1 - math.floor(math.log10(step)))
    return [
        Tick(
            HEIGHT - MARGIN_BOTTOM - plot_height * index / count,
            axis_figure(step * index, places),
            "end",
        )
        for index in range(count + 1)
    ]


def _x_ticks(positions: list[tuple[float, str]]) -> list[Tick]:
    """Labels along the x axis: every other one minor (hidden on phones), and
    anchored so that a label near an edge stays inside the drawing."""
    ticks = []
    for index, (position, label) in enumerate(positions):
        anchor = "middle"
        if position + LABEL_HALF_WIDTH > WIDTH:
            anchor = "end"
        elif position - LABEL_HALF_WIDTH < 0:
            anchor = "start"
        ticks.append(Tick(position, label, anchor, minor=index % 2 == 1))
    return ticks


def axis_figure(value: float, places: int = 2) -> str:
    """A tick label, short for large figures (40k, 1.5M, 2bn), else as ``format_figure``."""
    for size, suffix in ((1e9, "bn"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= max(size, 1e4):
            return format_figure(value / size, 1) + suffix
    return format_figure(value, places)


def format_figure(value: float, places: int = 2) -> str:
    """A figure as people write it, to ``places`` decimals at most: 40,000 and 2.5, not
    40000.0, and 3 (not "3.") for 2.999."""
    text = f"{value:,.{places}f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text
