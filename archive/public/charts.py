"""Coverage over time as a server-rendered SVG bar chart: geometry computed here, drawn by the
template; no script, readable without CSS (a table follows the chart for screen readers)."""

from __future__ import annotations

from dataclasses import dataclass

LANGUAGE_ORDER = ("fr", "ar", "en")
WIDTH, HEIGHT, GAP = 600, 160, 4
WIDEST = 60  # a column is never wider than this: two years do not fill the chart


@dataclass
class Segment:
    language: str
    y: float
    height: float
    count: int


@dataclass
class Column:
    year: int
    x: float
    width: float
    total: int
    segments: list[Segment]

    @property
    def center(self) -> float:
        return round(self.x + self.width / 2, 1)


def coverage_chart(bars) -> dict:
    """Stacked columns per year (French, Arabic, English, others), scaled to the busiest year."""
    if not bars:
        return {"columns": [], "width": WIDTH, "height": HEIGHT}
    top = max(bar.total for bar in bars) or 1
    step = min(WIDTH / len(bars), WIDEST)
    columns = []
    for i, bar in enumerate(bars):
        y = float(HEIGHT)
        segments = []
        others = sum(n for lang, n in bar.counts.items() if lang not in LANGUAGE_ORDER)
        for language, count in [*((lang, bar.counts.get(lang, 0)) for lang in LANGUAGE_ORDER), ("other", others)]:
            if not count:
                continue
            height = HEIGHT * count / top
            y -= height
            segments.append(Segment(language, round(y, 1), round(height, 1), count))
        columns.append(Column(bar.year, round(i * step + GAP / 2, 1), round(step - GAP, 1), bar.total, segments))
    return {"columns": columns, "width": WIDTH, "height": HEIGHT, "top": top}
