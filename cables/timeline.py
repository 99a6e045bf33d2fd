"""Articles per month of publication and cables per month of creation, as bars for an SVG chart."""
from __future__ import annotations

from html import escape

from django.db.models import Count
from django.db.models.functions import TruncMonth
from django.utils.safestring import SafeString, mark_safe

from .models import Article, Cable

COLUMN = 14  # SVG units per month
HEIGHT = 100  # of the tallest bar


def _months(first: str, last: str) -> list[str]:
    year, month = map(int, first.split("-"))
    end = tuple(map(int, last.split("-")))
    months = []
    while (year, month) <= end and len(months) < 600:
        months.append(f"{year:04d}-{month:02d}")
        month += 1
        if month == 13:
            year, month = year + 1, 1
    return months


def chart(series: dict[str, dict[str, int]], url_for) -> dict | None:
    """Bars for every month between the first and last with anything, gaps included."""
    months = sorted({m for counts in series.values() for m in counts})
    if not months:
        return None
    span = _months(months[0], months[-1])
    peak = max(n for counts in series.values() for n in counts.values()) or 1
    bar_width = COLUMN / len(series) - 1
    columns = []
    for i, month in enumerate(span):
        bars = []
        for j, (name, counts) in enumerate(series.items()):
            count = counts.get(month, 0)
            height = round(HEIGHT * count / peak, 1) if count else 0
            # Only a bar with something in it is drawn, so only it needs its link.
            bars.append({"series": name, "count": count, "url": url_for(month, name) if count else None, "x": i * COLUMN + j * (bar_width + 1),
                         "y": HEIGHT - height, "width": bar_width, "height": max(height, 1.5) if count else 0})
        # A year under its January, and under the first month unless a January follows soon.
        label = month[:4] if month.endswith("-01") or (i == 0 and int(month[5:]) <= 9) else ""
        columns.append({"month": month, "label": label, "x": i * COLUMN, "bars": bars})
    height = HEIGHT + 16
    return {"columns": columns, "series": list(series), "peak": peak, "width": len(span) * COLUMN, "height": height,
            "marks": _marks(columns, height)}


def _noun(bar: dict) -> str:
    """"1 article", "2 articles": the series are named in the plural."""
    return bar["series"][:-1] if bar["count"] == 1 else bar["series"]


def _marks(columns: list[dict], height: int) -> SafeString:
    """The bars and year ticks as SVG: a timeline of many years has hundreds of bars, too
    many for a template loop on a search page, and for format_html too (a few ms a page).
    Every text is escaped here; the numbers are ints and floats this module computed."""
    parts = []
    for column in columns:
        month = escape(column["month"])
        for bar in column["bars"]:
            if bar["count"]:
                what = f'{month}: {bar["count"]} {escape(_noun(bar))}'
                parts.append(f'<a href="{escape(bar["url"])}" class="bar bar-{escape(bar["series"])}" aria-label="{what}">'
                             f'<rect x="{_number(bar["x"])}" y="{_number(bar["y"])}" width="{_number(bar["width"])}" '
                             f'height="{_number(bar["height"])}"><title>{what}</title></rect></a>')
    parts += [f'<text x="{_number(column["x"])}" y="{_number(height - 3)}" class="tick">{escape(column["label"])}</text>'
              for column in columns if column["label"]]
    return mark_safe("".join(parts))  # noqa: S308 - every value above is escaped or a number


def _number(value: int | float) -> str:
    if not isinstance(value, (int, float)):
        raise TypeError(f"an SVG coordinate must be a number, not {value!r}")
    return str(value)


def timeline_from_database() -> dict | None:
    articles = {
        row["month"].strftime("%Y-%m"): row["n"]
        for row in Article.objects.filter(published__isnull=False).annotate(month=TruncMonth("published")).values("month").annotate(n=Count("pk"))
    }
    cables = {
        row["month"].strftime("%Y-%m"): row["n"]
        for row in Cable.objects.filter(date__isnull=False).annotate(month=TruncMonth("date")).values("month").annotate(n=Count("pk"))
    }
    kinds = {"articles": "article", "cables": "cable"}
    return chart({"articles": articles, "cables": cables}, lambda month, name: f"/search/?month={month}&type={kinds[name]}")


def timeline_from_facets(counts: dict, state) -> dict | None:
    months = dict(counts.get("fields", {}).get("month", []))
    if not months:
        return None
    return chart({"results": {m: n for m, n in months.items() if m and n and m[:1].isdigit()}}, lambda month, name: state.add("month", month))
