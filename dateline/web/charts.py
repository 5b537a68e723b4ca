"""Charts drawn on the server as SVG geometry: the templates turn these numbers into markup, so
a chart needs no script and every label goes through the template's escaping."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date

#: The drawing's coordinate box; the SVG scales to its container through its viewBox.
WIDTH, HEIGHT = 640, 240
#: Room for axis labels: left, right, top, bottom.
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 56, 12, 12, 36
#: Colour classes cycled over series (style.css gives each a contrasting colour).
SERIES_CLASSES = 8


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar: its box and what it stands for."""

    x: float
    y: float
    width: float
    height: float
    label: str
    value: int


@dataclass(frozen=True, slots=True)
class Tick:
    """An axis label at a position."""

    position: float
    label: str


@dataclass(slots=True)
class ChartFrame:
    """What every chart draws its marks in: axis ticks, size, and where the plot starts."""

    y_ticks: list[Tick]
    x_ticks: list[Tick]
    width: int = WIDTH
    height: int = HEIGHT
    left: float = MARGIN_LEFT


@dataclass(slots=True)
class BarChart(ChartFrame):
    """A bar per category (one per day for coverage)."""

    bars: list[Bar] = field(kw_only=True)


@dataclass(frozen=True, slots=True)
class Point:
    """A plotted point: position, value and its label (date, figure)."""

    x: float
    y: float
    label: str


@dataclass(slots=True)
class Series:
    """One source's figures over time."""

    name: str
    css: str
    points: list[Point] = field(default_factory=list)

    @property
    def path(self) -> str:
        """The SVG path data joining the points in time order."""
        return " ".join(
            f"{'M' if i == 0 else 'L'}{p.x:.1f},{p.y:.1f}" for i, p in enumerate(self.points)
        )


@dataclass(slots=True)
class LineChart(ChartFrame):
    """Figures by source over time: a line of points per source."""

    series: list[Series] = field(kw_only=True)


def bar_chart(data: list[tuple[str, int]]) -> BarChart:
    """Bars for ``(label, value)`` pairs in order, scaled to the largest value."""
    top = max((value for _, value in data), default=0)
    # Counts get whole-number ticks: the scale is a multiple of the four tick steps.
    scale = _nice_max(top)
    if scale % 4:
        scale = 4 * math.ceil(top / 4)
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
            )
        )
    every = max(1, len(data) // 6)
    x_ticks = [Tick(b.x + b.width / 2, b.label) for b in bars[::every]]
    return BarChart(_y_ticks(scale, plot_height), x_ticks, bars=bars)


def line_chart(series: dict[str, list[tuple[str, float]]]) -> LineChart:
    """A line per named series of ``(ISO date, value)`` points, on a shared time axis."""
    days = [_day(day) for points in series.values() for day, _ in points]
    values = [value for points in series.values() for _, value in points]
    first, last = (min(days), max(days)) if days else (0, 0)
    span = max(last - first, 1)
    scale = _nice_max(max(values, default=0))
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
        line = Series(name, f"series-{index % SERIES_CLASSES}")
        for day, value in sorted(points, key=lambda p: p[0]):
            line.points.append(
                Point(x_of(_day(day)), y_of(value), f"{day}: {format_figure(value)} ({name})")
            )
        lines.append(line)
    x_ticks = []
    if days:
        steps = min(4, last - first)
        for step in range(steps + 1):
            day = first + round(step * (last - first) / max(steps, 1))
            x_ticks.append(Tick(x_of(day), date.fromordinal(day).isoformat()))
    return LineChart(_y_ticks(scale, plot_height), x_ticks, series=lines)


def _day(iso: str) -> int:
    return date.fromisoformat(iso[:10]).toordinal()


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


def _y_ticks(scale: float, plot_height: float) -> list[Tick]:
    if not scale:
        return [Tick(HEIGHT - MARGIN_BOTTOM, "0")]
    step = scale / 4
    # Ticks of a small scale get the decimals their step needs: 0.0025, not a row of "0".
    places = max(2, 1 - math.floor(math.log10(step)))
    return [
        Tick(HEIGHT - MARGIN_BOTTOM - plot_height * share / 4, format_figure(step * share, places))
        for share in range(5)
    ]


def format_figure(value: float, places: int = 2) -> str:
    """A figure as people write it, to ``places`` decimals at most: 40,000 and 2.5, not
    40000.0, and 3 (not "3.") for 2.999."""
    text = f"{value:,.{places}f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text
