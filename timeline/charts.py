"""Altair charts of a timeline. Every ``plot_*`` function returns a chart value; none displays.

Importing this module inside a Jupyter kernel switches Altair to its ``jupyter`` renderer in
offline mode (vega bundled by vl-convert, drawn by anywidget), because Altair's default renderer
loads vega from a CDN and JupyterLab 4 does not understand Vega-Lite 6's mimetype. Call
`enable_offline_rendering` yourself anywhere else. `save_chart` writes PNG, SVG or
self-contained HTML without a network.

All times are UTC and drawn on UTC scales, so a chart looks the same in every time zone.

Examples
--------
>>> from timeline import Timeline
>>> from timeline.charts import plot_consensus
>>> chart = plot_consensus(Timeline.from_articles(["seeds"]), "2025-11-01", "2026-01-10")
>>> spec = chart.to_dict()
>>> "/vega-lite/v6" in spec["$schema"]
True
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Protocol

import altair as alt
import polars as pl

from timeline._time import Instant, as_date, to_utc
from timeline.events import KINDS
from timeline.projections import facts, queries, visible
from timeline.projections.event_study import mean_returns
from timeline.projections.registry import PROJECTIONS, collect
from timeline.projections.reports import fact_label

__all__ = [
    "CHARTS",
    "Chart",
    "Events",
    "enable_offline_rendering",
    "plot_asof_explorer",
    "plot_consensus",
    "plot_event_study",
    "plot_event_timeline",
    "plot_kpis",
    "plot_ownership",
    "plot_price",
    "save_chart",
]

_DAY_MS = 86_400_000
_UTC = alt.Scale(type="utc")
_WIDTH = 640


def enable_offline_rendering() -> None:
    """Render charts in JupyterLab with no network: the ``jupyter`` renderer, offline."""
    alt.renderers.enable("jupyter", offline=True)


if "ipykernel" in sys.modules:  # NOTE: only inside a notebook kernel; scripts keep Altair's default
    enable_offline_rendering()


def _utc(col: str) -> pl.Expr:
    return pl.col(col).cast(pl.Datetime("us")).dt.replace_time_zone("UTC")


class _HasEvents(Protocol):
    def events(self, subject: str | None = None) -> pl.LazyFrame: ...


#: What a chart draws from: a `timeline.Timeline` (or anything with its ``events(subject)``),
#: or the log as a LazyFrame.
Events = _HasEvents | pl.LazyFrame


def _log(source: Events, subject: str | None) -> pl.LazyFrame:
    if isinstance(source, pl.LazyFrame):
        return source if subject is None else source.filter(pl.col("subject") == subject)
    return source.events(subject)


def _days(start: Instant, end: Instant) -> list[dt.date]:
    first, last = as_date(start), as_date(end)
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]


def _events(source: Events, subject: str | None, known_at: Instant | None) -> pl.DataFrame:
    lf = _log(source, subject)
    seen = (
        visible(lf, queries(known_at), list(_KIND_LANES))
        if known_at is not None  # else every fact that stands today (withdrawn ones are not)
        else facts(lf).filter(
            pl.col("kind").is_in(list(_KIND_LANES)), pl.col("known_until").is_null()
        )
    )
    return seen.with_columns(label=fact_label()).sort("seq").collect()


# The kinds drawn, in lane order (analysts, ownership, market, company), from each kind's info.
_KIND_LANES = {kind: model.info.lane for kind, model in KINDS.items() if model.info.lane}
_TOOLTIP = [
    alt.Tooltip("kind:N"),
    alt.Tooltip("label:N", title="what"),
    alt.Tooltip("when:N", title="happened"),
    alt.Tooltip("reported:T", title="reported", format="%Y-%m-%d", formatType="utc"),
    alt.Tooltip("quote:N"),
    alt.Tooltip("source_id:N", title="article"),
]


def plot_event_timeline(
    tl: Events, *, subject: str | None = None, known_at: Instant | None = None
) -> alt.LayerChart:
    """One lane per kind; a mark per event at its occurrence.

    Intervals ("during the third quarter") are spans; an event with no known occurrence is a
    hollow mark at its report date.
    """
    data = (
        _events(tl, subject, known_at)
        .with_columns(
            start=_utc("valid_from"),
            end=_utc("occurred_end") + pl.duration(days=1),
            reported=pl.col("reported_at"),
            occurrence=pl.when(pl.col("occurred_precision") == "unknown")
            .then(pl.lit("unknown: at report date"))
            .otherwise(pl.col("occurred_precision").cast(pl.String)),  # an Enum: no other text
            when=pl.when(pl.col("occurred_start").is_null())
            .then(pl.lit("unknown"))
            .otherwise(
                pl.format("{}..{} ({})", "occurred_start", "occurred_end", "occurred_precision")
            ),
        )
        .select(
            "kind", "label", "start", "end", "reported", "occurrence", "when", "quote", "source_id"
        )
    )
    base = alt.Chart(data).encode(
        y=alt.Y("kind:N", title=None, sort=list(_KIND_LANES)),
        tooltip=_TOOLTIP,
    )
    spans = (
        base.transform_filter(
            "datum.occurrence != 'day' && datum.occurrence != 'unknown: at report date'"
        )
        .mark_bar(opacity=0.35, height=10)
        .encode(
            x=alt.X("start:T", scale=_UTC, title="happened (UTC)"),
            x2="end:T",
            color=alt.value("#4c78a8"),
        )
    )
    unknown = "datum.occurrence == 'unknown: at report date'"
    known_points = base.transform_filter(f"!({unknown})").mark_point(size=90, filled=True).encode(
        x=alt.X("start:T", scale=_UTC), shape=alt.Shape("occurrence:N", title="occurrence"),
        color=alt.value("#e45756"),
    )  # fmt: skip
    unknown_points = (
        base.transform_filter(unknown)
        .mark_point(size=90, filled=False, strokeWidth=2, shape="diamond")
        .encode(x=alt.X("start:T", scale=_UTC), color=alt.value("#72b7b2"))
    )
    points = known_points + unknown_points
    return (spans + points).properties(
        width=_WIDTH,
        title=alt.Title(
            "Events by kind, when they happened",
            subtitle="bars: intervals; hollow diamonds: occurrence unknown, at the report date",
        ),
    )


def plot_consensus(
    tl: Events, start: Instant, end: Instant, *, subject: str | None = None
) -> alt.LayerChart:
    """Reported and derived consensus as steps, each firm's targets as connected steps (the
    targets that stand as known at ``end``: a withdrawn one is not drawn)."""
    days = _days(start, end)
    lf = _log(tl, subject)
    frames = collect(lf, days, None, CHARTS["consensus"].projections)
    reported = frames["reported_consensus"].select(
        "at", pl.col("value"), pl.lit("reported consensus").alias("series")
    )
    derived = frames["derived_consensus"].select(
        "at", pl.col("mean").alias("value"), pl.lit("derived consensus (mean)").alias("series")
    )
    lines = pl.concat([reported, derived]).with_columns(date=_utc("at"))
    targets = (
        visible(lf, queries(end), ["price_target"])
        .select("firm", "value", "target_type", "source_id", "quote", date=_utc("valid_from"))
        .sort("firm", "date")
        .collect()
    )
    x = alt.X("date:T", scale=_UTC, title="as of (UTC)")
    consensus = (
        alt.Chart(lines)
        .mark_line(interpolate="step-after", strokeWidth=3)
        .encode(
            x=x,
            y=alt.Y("value:Q", title="price target", scale=alt.Scale(zero=False)),
            color=alt.Color("series:N", title=None),
            strokeDash=alt.StrokeDash("series:N", legend=None),
            tooltip=[
                "series:N",
                alt.Tooltip("date:T", format="%Y-%m-%d", formatType="utc"),
                "value:Q",
            ],
        )
    )
    firm_tooltip = ["firm:N", "value:Q", "target_type:N", "quote:N", "source_id:N"]
    firm_steps = (
        alt.Chart(targets)
        .transform_filter("datum.target_type == 'price_target'")
        .mark_line(interpolate="step-after", opacity=0.5)
        .encode(x=x, y="value:Q", detail="firm:N", color=alt.value("#888"))
    )
    firm_points = (
        alt.Chart(targets)
        .mark_point(size=80, filled=True)
        .encode(
            x=x,
            y="value:Q",
            shape=alt.Shape("target_type:N", title="target type"),
            color=alt.Color("firm:N", title="firm"),
            tooltip=firm_tooltip,
        )
    )
    return (
        alt.layer(consensus, firm_steps, firm_points)
        .resolve_scale(color="independent")
        .properties(width=_WIDTH, title="Consensus price target: reported and derived")
    )


def plot_price(
    tl: Events,
    at: Instant,
    *,
    subject: str | None = None,
    prices: pl.DataFrame | None = None,
    tolerance: float = 0.02,
) -> alt.VConcatChart:
    """Reported and implied price levels; moves as spans and catalysts, in aligned lanes.

    With ``prices`` (daily bars, `timeline.prices.PRICES`), the real closes known by ``at``
    are the line the levels sit on, and a level more than ``tolerance`` from that day's close
    is flagged (red, with the close in its tooltip). Catalysts' labels take as many rows as
    they need not to run into each other."""
    lf = _log(tl, subject)
    frames = collect(lf, at, None, CHARTS["price"].projections)
    levels = (
        frames["implied_prices"]
        .with_columns(
            date=_utc("date"),
            source=pl.when(pl.col("basis") == "reported")
            .then(pl.lit("reported"))
            .otherwise(pl.lit("implied")),
        )
        .select("date", "price", "source", "basis", "conflict", "source_id")
    )
    moves = (
        frames["price_moves"]
        .filter(pl.col("occurred_start").is_not_null())
        .with_columns(
            start=_utc("occurred_start"),
            end=_utc("occurred_end") + pl.duration(days=1),
            label=pl.format("{} {}%", "period", pl.col("percent").round(2)),
        )
        .select("subject", "start", "end", "percent", "label", "quote", "source_id")
    )
    catalysts = (
        visible(lf, queries(at), ["analyst_rating", "stake_change", "product_launch"])
        .filter(
            (pl.col("kind") != "analyst_rating")
            | pl.col("action").is_in(["upgrade", "downgrade", "initiate"])
        )
        .select("kind", "quote", "source_id", start=_utc("valid_from"), label=fact_label())
        .sort("start", "kind", "label", "source_id")
        .collect()
    )
    closes = _closes(prices, subject, at)
    levels = _checked(_against_closes(levels, closes, tolerance))
    dates = [
        *levels.get_column("date"),
        *moves.get_column("start"),
        *catalysts.get_column("start"),
        *closes.select(_utc("date")).to_series(),
    ]
    scale = alt.Scale(type="utc", domain=[min(dates), max(dates)]) if dates else _UTC
    x = alt.X("start:T", scale=scale, title=None)
    y = alt.Y("price:Q", scale=alt.Scale(zero=False), title="price")
    level_chart = (
        alt.Chart(levels.rename({"date": "start"}))
        .mark_line(point=alt.OverlayMarkDef(size=120, filled=True), strokeDash=[2, 2])
        .encode(
            x=x,
            y=y,
            shape=alt.Shape("source:N", title="level"),
            color=alt.Color(
                "check:N",
                title="check",
                scale=alt.Scale(domain=list(_CHECKS), range=list(_CHECKS.values())),
            ),
            tooltip=["start:T", "price:Q", "basis:N", "check:N", "close:Q", "source_id:N"],
        )
    )
    if closes.height:
        real = (
            alt.Chart(closes.select(start=_utc("date"), price="close"))
            .mark_line(color="#9d9d9d", strokeWidth=1.5)
            .encode(x=x, y=y, tooltip=["start:T", alt.Tooltip("price:Q", title="close")])
        )
        # each catalyst on the close of its day (or of the session before, on a day of none)
        on_closes = (
            catalysts.sort("start")
            .join_asof(
                closes.select(start=_utc("date"), price="close").sort("start"),
                on="start",
                strategy="backward",
            )
            .filter(pl.col("price").is_not_null())
        )
        news = (
            alt.Chart(on_closes)
            .mark_point(shape="triangle-down", size=90, filled=True, color="#3c3c3c")
            .encode(x=x, y=y, tooltip=["start:T", "kind:N", "label:N", "quote:N"])
        )
        level_chart = real + news + level_chart
    title = f"Price and catalysts known on {as_date(at)}" + (
        f" (grey: closes, the news on them; red: {_off(levels)} level(s) off the close by more "
        f"than {tolerance:.0%})"
        if closes.height
        else ""
    )
    priced = level_chart.properties(width=_WIDTH, height=160, title=title)
    spans = (
        alt.Chart(moves)
        .mark_bar(height=12)
        .encode(
            x=x,
            x2="end:T",
            y=alt.Y("label:N", title="moves"),
            color=alt.condition("datum.percent >= 0", alt.value("#54a24b"), alt.value("#e45756")),
            tooltip=["label:N", "subject:N", "quote:N", "source_id:N"],
        )
        .properties(width=_WIDTH)
    )
    rowed = _label_rows(catalysts, dates)
    marks = alt.Chart(rowed).encode(
        x=x,
        y=alt.Y("row:O", title="catalysts", axis=None),
        color=alt.Color("kind:N", title="catalyst"),
        tooltip=["kind:N", "label:N", "quote:N"],
    )
    after = marks.transform_filter("!datum.left").mark_text(align="left", dx=6, fontSize=9)
    before = marks.transform_filter("datum.left").mark_text(align="right", dx=-6, fontSize=9)
    labels = after.encode(text="label:N") + before.encode(text="label:N")
    rows = len(set(rowed.get_column("row").to_list())) if rowed.height else 1
    lane = (marks.mark_point(filled=True, size=70) + labels).properties(
        width=_WIDTH, height=max(40, 18 * rows)
    )
    return alt.vconcat(priced, spans, lane).resolve_scale(color="independent", shape="independent")


_CHAR_PX = 5.5  # the width of a character of a 9-pixel label, about


def _label_rows(catalysts: pl.DataFrame, dates: list[Any]) -> pl.DataFrame:
    """``catalysts`` with a ``row`` each, so that no label runs into another on its row (a
    label takes the first row free where it stands: its text's width, as time on the chart's
    axis), and ``left``: a label too near the axis's end to fit after its point goes before it.
    """
    if catalysts.is_empty() or not dates:
        return catalysts.with_columns(row=pl.lit(0, pl.Int32), left=pl.lit(False))
    first = min(dates)
    span_ms = max((max(dates) - first).total_seconds() * 1000, _DAY_MS)
    ms_per_px = span_ms / _WIDTH
    free: list[float] = []  # where each row is free again, in ms since the first date
    rows, lefts = [], []
    for start, label in catalysts.select("start", "label").iter_rows():
        at = (start - first).total_seconds() * 1000
        width = (len(str(label)) * _CHAR_PX + 16) * ms_per_px
        left = at + width > span_ms
        begin, end = (at - width, at) if left else (at, at + width)
        row = next((i for i, until in enumerate(free) if until <= begin), len(free))
        if row == len(free):
            free.append(0.0)
        free[row] = end
        rows.append(row)
        lefts.append(left)
    return catalysts.with_columns(
        row=pl.Series(rows, dtype=pl.Int32), left=pl.Series(lefts, dtype=pl.Boolean)
    )


def _closes(prices: pl.DataFrame | None, subject: str | None, at: Instant) -> pl.DataFrame:
    """The closes of ``subject`` known by the end of ``at`` (all subjects' when None)."""
    if prices is None or prices.is_empty():
        return pl.DataFrame(schema={"subject": pl.String, "date": pl.Date, "close": pl.Float64})
    day = as_date(at)
    known = prices.filter(
        pl.col("date") <= day,
        pl.col("known_from") <= to_utc(day, day_end=True),
        *([pl.col("subject") == subject] if subject else []),
    )
    return known.select("subject", "date", "close").sort("date")


def _against_closes(levels: pl.DataFrame, closes: pl.DataFrame, tolerance: float) -> pl.DataFrame:
    """``levels`` with the day's ``close`` and ``off_close``: a level further from it than
    ``tolerance`` (a relative difference)."""
    if closes.is_empty():
        return levels.with_columns(close=pl.lit(None, pl.Float64), off_close=pl.lit(False))
    daily = closes.group_by("date").agg(pl.col("close").first())
    return (
        levels.with_columns(day=pl.col("date").dt.date())
        .join(daily, left_on="day", right_on="date", how="left")
        .drop("day")
        .with_columns(
            off_close=((pl.col("price") / pl.col("close") - 1).abs() > tolerance).fill_null(False)
        )
    )


def _off(levels: pl.DataFrame) -> int:
    return int(levels.get_column("off_close").sum())


#: How a level stands against the others of its day and the day's close, and its colour.
_CHECKS = {"agrees": "#4c78a8", "levels disagree": "#f58518", "off the close": "#e45756"}


def _checked(levels: pl.DataFrame) -> pl.DataFrame:
    return levels.with_columns(
        check=pl.when("off_close")
        .then(pl.lit("off the close"))
        .when("conflict")
        .then(pl.lit("levels disagree"))
        .otherwise(pl.lit("agrees"))
    )


def plot_event_study(study: pl.DataFrame | pl.LazyFrame) -> alt.LayerChart:
    """Cumulative returns around news, in sessions (`project_event_study`): each event's path
    faint, the mean of each kind of news bold; session 0 is the news's.

    >>> import polars as pl
    >>> study = pl.DataFrame({"event_id": ["e"] * 2, "news": ["downgrade"] * 2, "k": [0, 1],
    ...                       "return": [-0.02, -0.03], "subject": ["ZVX"] * 2})
    >>> type(plot_event_study(study)).__name__
    'LayerChart'
    """
    paths = study.lazy().collect()
    means = mean_returns(paths) if paths.height else paths
    x = alt.X("k:Q", title="sessions from the news (0: its session)", axis=alt.Axis(tickMinStep=1))
    y = alt.Y("return:Q", axis=alt.Axis(format="%"), title="cumulative return")
    colour = alt.Color("news:N", title="news")
    each = (
        alt.Chart(paths.select("event_id", "subject", "news", "k", "return"))
        .mark_line(opacity=0.25, strokeWidth=1)
        .encode(
            x=x,
            y=y,
            color=colour,
            detail="event_id:N",
            tooltip=["subject:N", "news:N", "k:Q", "return:Q"],
        )
    )
    mean = (
        alt.Chart(means.rename({"mean_return": "return"}) if means.height else means)
        .mark_line(strokeWidth=3, point=True)
        .encode(x=x, y=y, color=colour, tooltip=["news:N", "k:Q", "return:Q", "events:Q"])
    )
    zero = alt.Chart(pl.DataFrame({"k": [0]})).mark_rule(strokeDash=[4, 4]).encode(x="k:Q")
    count = paths.select(pl.col("event_id").n_unique()).item() if paths.height else 0
    title = f"Returns around news ({count} events; bold: the mean of each kind)"
    return (each + mean + zero).properties(width=_WIDTH, height=320, title=title)


def plot_ownership(tl: Events, at: Instant, *, subject: str | None = None) -> alt.VConcatChart:
    """Stake changes by investor over time (sized by amount), and ownership levels."""
    frames = collect(_log(tl, subject), at, None, CHARTS["ownership"].projections)
    stakes = (
        frames["stakes"]
        .with_columns(
            date=_utc("occurred_start").fill_null(pl.col("reported_at")),
            amount_usd_m=(pl.col("amount") / 1e6).round(1),
            size=(pl.col("amount") / 1e6).fill_null(0.0),
        )
        .select(
            "investor", "direction", "amount_usd_m", "size", "shares", "date", "quote", "source_id"
        )
    )
    buys = (
        alt.Chart(stakes)
        .mark_circle(opacity=0.8)
        .encode(
            x=alt.X("date:T", scale=_UTC, title="when (occurrence, else report; UTC)"),
            y=alt.Y("investor:N", title=None),
            size=alt.Size(
                "size:Q",
                title="amount ($m; smallest: not stated)",
                scale=alt.Scale(type="sqrt", range=[60, 1800]),
            ),
            color=alt.Color("direction:N"),
            tooltip=["investor:N", "direction:N", "amount_usd_m:Q", "shares:Q", "quote:N"],
        )
        .properties(width=_WIDTH, title="Stake changes")
    )
    levels = (
        frames["ownership_levels"]
        .with_columns(date=_utc("valid_from"))
        .select("holder", "percent", "previous_percent", "date", "source_id")
    )
    held = (
        alt.Chart(levels)
        .mark_bar()
        .encode(
            x=alt.X("percent:Q", title="% of shares"),
            y=alt.Y("holder:N", title=None),
            tooltip=["holder:N", "percent:Q", "previous_percent:Q", "source_id:N"],
        )
        .properties(width=_WIDTH, title="Reported ownership levels")
    )
    return alt.vconcat(buys, held)


def plot_kpis(tl: Events, at: Instant, *, subject: str | None = None) -> alt.FacetChart:
    """Each KPI across fiscal periods; the mark's size is how many articles reported it."""
    frames = collect(_log(tl, subject), at, None, CHARTS["kpis"].projections)
    reports = (
        frames["reported_facts"]
        .filter(pl.col("kind") == "financial_kpi")
        .select("subject", "fact", "reports")
    )
    kpis = (
        frames["kpis"]
        .filter(pl.col("fiscal_period").is_not_null())
        .with_columns(
            fact=pl.format(
                "metric={} segment={} value={}",
                "metric",
                pl.col("segment").fill_null("-"),
                pl.col("value").cast(pl.String),
            ),
            series=pl.format(  # one row per company and metric: two companies are two lines
                "{} · {} {} ({})", "subject", pl.col("segment").fill_null("group"), "metric", "unit"
            ),
        )
        .join(reports, on=["subject", "fact"], how="left")
        .with_columns(
            pl.col("reports").fill_null(1),
            text=pl.format(
                "{} · {} report(s)", pl.col("value").round(2), pl.col("reports").fill_null(1)
            ),
        )
        .select("series", "fiscal_period", "value", "basis", "reports", "text", "source_id")
        .sort("series", "fiscal_period", "value", "source_id")
    )
    base = alt.Chart(kpis).encode(
        x=alt.X("fiscal_period:O", title="fiscal period", sort="ascending"),
        y=alt.Y("value:Q", title=None, scale=alt.Scale(zero=False)),
    )
    points = base.mark_line(point=False, opacity=0.4) + base.mark_circle().encode(
        size=alt.Size("reports:Q", title="reports", scale=alt.Scale(range=[80, 500])),
        color=alt.Color("series:N", legend=None),
        tooltip=["series:N", "fiscal_period:N", "value:Q", "basis:N", "reports:Q", "source_id:N"],
    )
    labels = base.mark_text(dy=-14, fontSize=10).encode(text="text:N")
    return (
        (points + labels)
        .properties(width=260, height=110)
        .facet(
            row=alt.Row("series:N", title=None, header=alt.Header(labelAngle=0, labelAlign="left"))
        )
        .resolve_scale(y="independent")
        .properties(title="KPIs by fiscal period (size: number of reports)")
    )


def plot_asof_explorer(
    tl: Events, start: Instant, end: Instant, *, subject: str | None = None
) -> alt.VConcatChart:
    """A date slider moves an as-of cursor; the panel shows each firm's target known that day.

    The overview carries an interval brush that zooms the detail below it.
    """
    days = _days(start, end)
    frames = collect(_log(tl, subject), days, None, CHARTS["explorer"].projections)
    table = (
        frames["analysts"]
        .filter(pl.col("target").is_not_null())
        .select("at", "firm", "target", "target_type", "rating")
        .with_columns(at_ms=pl.col("at").cast(pl.Datetime("ms")).dt.epoch("ms"))
    )
    series = pl.concat(
        [
            frames["reported_consensus"].select("at", "value", series=pl.lit("reported")),
            frames["derived_consensus"].select("at", value="mean", series=pl.lit("derived")),
        ]
    ).with_columns(date=_utc("at"))
    first, last = (
        int(dt.datetime.combine(d, dt.time(), dt.UTC).timestamp() * 1000)
        for d in (days[0], days[-1])
    )
    cursor = alt.param(
        name="asof",
        value=last,
        bind=alt.binding_range(min=first, max=last, step=_DAY_MS, name="as of (epoch ms) "),
    )
    brush = alt.selection_interval(name="zoom", encodings=["x"])
    line = alt.Chart(series).mark_line(interpolate="step-after").encode(
        y=alt.Y("value:Q", scale=alt.Scale(zero=False), title="consensus"),
        color=alt.Color("series:N", title=None),
    )  # fmt: skip
    rule = (
        alt.Chart(pl.DataFrame({"one": [1]}))
        .transform_calculate(when="asof")
        .mark_rule(color="black", strokeWidth=2)
        .encode(x=alt.X("when:T", scale=_UTC))
    )
    overview = alt.layer(
        line.encode(x=alt.X("date:T", scale=_UTC, title="drag to zoom")).add_params(brush), rule
    ).properties(width=_WIDTH, height=90, title="Overview: brush to zoom, slide to move the cursor")
    detail = alt.layer(
        line.encode(
            x=alt.X("date:T", scale=alt.Scale(type="utc", domain={"param": "zoom"}), title=None)
        ),
        rule,
    ).properties(width=_WIDTH, height=200, title="Consensus over time (zoomed)")
    panel = (
        alt.Chart(table)
        .transform_filter(f"datum.at_ms >= asof && datum.at_ms < asof + {_DAY_MS}")
        .mark_bar()
        .encode(
            x=alt.X("target:Q", title="target known on the cursor date"),
            y=alt.Y("firm:N", title=None),
            color=alt.Color("target_type:N", title=None),
            tooltip=["firm:N", "target:Q", "target_type:N", "rating:N"],
        )
        .properties(width=_WIDTH, title="Each firm's target, as known on the cursor date")
    )
    return (
        alt.vconcat(overview, detail, panel).add_params(cursor).resolve_scale(color="independent")
    )


@dataclass(frozen=True, slots=True)
class Chart:
    """One chart: its function, the projections it draws (none: it draws the events
    themselves), and what its function takes: ``at`` (a picture as of that date),
    ``span`` (a series over ``start``..``at``) or ``known_at`` (the events known then)."""

    name: str
    plot: Callable[..., alt.TopLevelMixin]
    projections: tuple[str, ...]
    takes: Literal["at", "span", "known_at"] = "at"
    #: whether it draws daily bars beside the events, when it is given them
    takes_prices: bool = False

    @property
    def kinds(self) -> tuple[str, ...] | None:
        """The event kinds it draws (``None``: every kind), to tell an empty chart before it
        is drawn; from its projections' kinds (a projection of every kind adds none)."""
        if not self.projections:
            return None
        kinds = [k for p in self.projections for k in PROJECTIONS[p].kinds or ()]
        return tuple(dict.fromkeys(kinds))

    def draw(
        self,
        tl: Events,
        *,
        at: Instant,
        start: Instant | None = None,
        subject: str | None = None,
        prices: pl.DataFrame | None = None,
    ) -> alt.TopLevelMixin:
        """The chart as of ``at`` (from ``start`` for a series; by default 90 days before),
        with ``prices`` (daily bars) where it draws them."""
        if self.takes_prices and prices is not None:
            return self.plot(tl, at, subject=subject, prices=prices)
        if self.takes == "known_at":
            return self.plot(tl, subject=subject, known_at=at)
        if self.takes == "span":
            first = start if start is not None else as_date(at) - dt.timedelta(days=90)
            return self.plot(tl, first, at, subject=subject)
        return self.plot(tl, at, subject=subject)


#: Every chart by name: the CLI's `timeline chart NAME` and the tests draw from this table.
CHARTS: dict[str, Chart] = {
    chart.name: chart
    for chart in (
        Chart("timeline", plot_event_timeline, (), "known_at"),
        Chart("consensus", plot_consensus, ("reported_consensus", "derived_consensus"), "span"),
        Chart("price", plot_price, ("implied_prices", "price_moves"), takes_prices=True),
        Chart("ownership", plot_ownership, ("stakes", "ownership_levels")),
        Chart("kpis", plot_kpis, ("kpis", "reported_facts")),
        Chart(
            "explorer",
            plot_asof_explorer,
            ("analysts", "reported_consensus", "derived_consensus"),
            "span",
        ),
    )
}


class _ScriptSafeEncoder(json.JSONEncoder):
    """JSON that cannot close the ``<script>`` it is embedded in: ``</`` is written ``<\\/``.

    The two are the same string to JavaScript, so article text shows unchanged.
    """

    def encode(self, o: Any) -> str:
        return super().encode(o).replace("</", "<\\/")


def save_chart(chart: alt.TopLevelMixin, path: Path | str) -> Path:
    """Write ``chart`` as PNG, SVG or self-contained HTML (by the suffix), with no network."""
    out = Path(path)
    suffix = out.suffix.lower()
    if suffix not in (".png", ".svg", ".html"):
        msg = f"cannot write {out.name}: use a .png, .svg or .html file name"
        raise ValueError(msg)
    out.parent.mkdir(parents=True, exist_ok=True)
    kwargs: dict[str, Any] = (
        {"inline": True, "json_kwds": {"cls": _ScriptSafeEncoder}} if suffix == ".html" else {}
    )
    if suffix == ".png":
        kwargs["scale_factor"] = 2
    chart.save(str(out), **kwargs)
    return out
