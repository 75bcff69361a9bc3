"""Prices: the last reported level, the reported moves, and the price path they imply.

An absolute price and a percentage move that ends on its date imply the level just before the
move began (``price / (1 + move)``); a move that begins the day after a known price implies the
level at its end. Where reported and implied levels of one date disagree by more than
``tolerance`` (relative; default 1 %, since articles round), the date is flagged.
"""

from __future__ import annotations

import polars as pl

from timeline.projections._core import Dates, answer, latest, queries, reports, stories, visible

__all__ = ["project_implied_prices", "project_last_price", "project_price_moves"]

_DAY = pl.duration(days=1)


@answer
def project_last_price(
    events: pl.LazyFrame, at: Dates, known_at: Dates | None = None
) -> pl.LazyFrame:
    """The latest reported price level per subject."""
    seen = visible(events, queries(at, known_at), ["price_level"])
    return (
        latest(seen, ["subject"])
        .select(
            "at",
            "known_at",
            "subject",
            "price",
            "currency",
            "level_type",
            "listing",
            pl.col("valid_from").alias("date"),
            "source_id",
        )
        .sort("at", "known_at", "subject")
    )


@answer
def project_price_moves(
    events: pl.LazyFrame, at: Dates, known_at: Dates | None = None
) -> pl.LazyFrame:
    """Every reported percentage move with its period, oldest first."""
    seen = visible(events, queries(at, known_at), ["price_move"])
    return seen.select(
        "at",
        "known_at",
        "subject",
        "percent",
        "period",
        "qualifier",
        "occurred_start",
        "occurred_end",
        "occurred_precision",
        "listing",
        "source_id",
        "quote",
    ).sort("at", "known_at", "subject", "occurred_start", "percent", "source_id", nulls_last=True)


@answer
def project_implied_prices(
    events: pl.LazyFrame,
    at: Dates,
    known_at: Dates | None = None,
    *,
    tolerance: float = 0.01,
) -> pl.LazyFrame:
    """Reported and implied price levels per date, with a ``conflict`` flag per date.

    ``reports`` counts the stories behind a level (`reports`: a syndicated story's copies,
    edited or not, are one; for an implied level, the fewer of the level's and the move's);
    ``source_id`` is the first article of them."""
    points = queries(at, known_at)
    # The same level or move told by many articles (a syndicated story) is one fact with many
    # reports: collapsed before the joins, which would otherwise pair every copy with every copy.
    levels = (
        visible(events, points, ["price_level"])
        .group_by("query", "subject", "currency", pl.col("valid_from").alias("date"), "price")
        .agg(pl.col("source_id").min(), stories())
        .select(
            "query",
            "subject",
            "currency",
            "date",
            "price",
            pl.lit("reported").alias("basis"),
            "source_id",
            reports().alias("reports"),
        )
    )
    moves = (
        visible(events, points, ["price_move"])
        .filter(pl.col("occurred_start").is_not_null())
        .group_by("query", "subject", "percent", "occurred_start", "occurred_end")
        .agg(pl.col("source_id").min(), stories())
        .with_columns(reports=reports())
        .drop("stories")
    )
    factor = 1 + pl.col("percent") / 100
    before = moves.join(
        levels, left_on=["query", "subject", "occurred_end"], right_on=["query", "subject", "date"]
    ).select(
        "query",
        "subject",
        "currency",
        (pl.col("occurred_start") - _DAY).alias("date"),
        (pl.col("price") / factor).alias("price"),
        pl.format("before a {}% move to {}", "percent", "price").alias("basis"),
        pl.concat_str("source_id", "source_id_right", separator="+").alias("source_id"),
        pl.min_horizontal("reports", "reports_right").alias("reports"),
    )
    after = (
        moves.with_columns(day_before=pl.col("occurred_start") - _DAY)
        .join(
            levels,
            left_on=["query", "subject", "day_before"],
            right_on=["query", "subject", "date"],
        )
        .select(
            "query",
            "subject",
            "currency",
            pl.col("occurred_end").alias("date"),
            (pl.col("price") * factor).alias("price"),
            pl.format("after a {}% move from {}", "percent", "price").alias("basis"),
            pl.concat_str("source_id", "source_id_right", separator="+").alias("source_id"),
            pl.min_horizontal("reports", "reports_right").alias("reports"),
        )
    )
    path = pl.concat([levels, before, after], how="vertical_relaxed")
    spread = pl.col("price").max() / pl.col("price").min() - 1
    return (
        path.with_columns(
            conflict=(spread > tolerance).over("query", "subject", "currency", "date")
        )
        .join(points, on="query")
        .drop("query")
        .select(
            "at",
            "known_at",
            "subject",
            "date",
            "price",
            "currency",
            "basis",
            "conflict",
            "source_id",
            pl.col("reports").cast(pl.UInt32),
        )
        .sort("at", "known_at", "subject", "date", "basis", "price", "source_id")
    )
