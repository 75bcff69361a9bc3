"""What changed between two dates: new facts, withdrawn facts, and changed opinions."""

from __future__ import annotations

import polars as pl

from timeline._time import Instant
from timeline.projections._core import queries, visible
from timeline.projections.analysts import project_analyst_table
from timeline.projections.consensus import project_reported_consensus

__all__ = ["project_diff"]

_FACT_KINDS = [
    "analyst_rating", "price_target", "consensus", "stake_change", "ownership_level",
    "price_move", "price_level", "technical_indicator", "valuation_multiple", "product_launch",
    "product_metric", "financial_kpi", "investment_plan", "partnership", "legal_action",
    "corporate_action",
]  # fmt: skip
_SCHEMA: dict[str, pl.DataType] = {
    "change": pl.String(),
    "subject": pl.String(),
    "kind": pl.String(),
    "firm": pl.String(),
    "before": pl.String(),
    "after": pl.String(),
    "event_id": pl.String(),
    "source_id": pl.String(),
}


def _side(events: pl.LazyFrame, when: Instant) -> pl.LazyFrame:
    return visible(events, queries(when), _FACT_KINDS).select(
        "event_id", "subject", "kind", "firm", "source_id"
    )


def _opinion_changes(events: pl.LazyFrame, start: Instant, end: Instant) -> pl.LazyFrame:
    cols = ["subject", "firm", "rating", "target"]
    a = project_analyst_table(events, start).select(cols)
    b = project_analyst_table(events, end).select(cols)
    both = a.join(b, on=["subject", "firm"], how="full", coalesce=True, suffix="_after")
    rating = both.filter(
        pl.col("rating_after").is_not_null() & pl.col("rating").ne_missing(pl.col("rating_after"))
    ).select(
        pl.lit("rating_changed").alias("change"),
        "subject",
        pl.lit("analyst_rating").alias("kind"),
        "firm",
        pl.col("rating").alias("before"),
        pl.col("rating_after").alias("after"),
    )
    target = both.filter(
        pl.col("target_after").is_not_null() & pl.col("target").ne_missing(pl.col("target_after"))
    ).select(
        pl.lit("target_changed").alias("change"),
        "subject",
        pl.lit("price_target").alias("kind"),
        "firm",
        pl.col("target").cast(pl.String).alias("before"),
        pl.col("target_after").cast(pl.String).alias("after"),
    )
    ca = project_reported_consensus(events, start).select("subject", "value")
    cb = project_reported_consensus(events, end).select("subject", "value")
    consensus = (
        ca.join(cb, on="subject", how="full", coalesce=True, suffix="_after")
        .filter(
            pl.col("value_after").is_not_null() & pl.col("value").ne_missing(pl.col("value_after"))
        )
        .select(
            pl.lit("consensus_changed").alias("change"),
            "subject",
            pl.lit("consensus").alias("kind"),
            pl.lit(None, dtype=pl.String).alias("firm"),
            pl.col("value").cast(pl.String).alias("before"),
            pl.col("value_after").cast(pl.String).alias("after"),
        )
    )
    return pl.concat([rating, target, consensus], how="vertical_relaxed")


def project_diff(events: pl.LazyFrame, start: Instant, end: Instant) -> pl.LazyFrame:
    """Changes from the state as of ``start`` to the state as of ``end`` (point in time)."""
    a, b = _side(events, start), _side(events, end)
    new = b.join(a, on="event_id", how="anti").with_columns(change=pl.lit("new"))
    gone = a.join(b, on="event_id", how="anti").with_columns(change=pl.lit("withdrawn"))
    facts = pl.concat([new, gone]).with_columns(
        before=pl.lit(None, dtype=pl.String), after=pl.lit(None, dtype=pl.String)
    )
    opinions = _opinion_changes(events, start, end).with_columns(
        event_id=pl.lit(None, dtype=pl.String), source_id=pl.lit(None, dtype=pl.String)
    )
    both = pl.concat([facts.select(list(_SCHEMA)), opinions.select(list(_SCHEMA))])
    return both.cast(pl.Schema(_SCHEMA)).sort(
        "change", "subject", "kind", "firm", "event_id", nulls_last=True
    )
