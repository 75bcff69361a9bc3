"""The consensus price target, two views side by side.

*Reported*: the latest consensus an article reported (value, analysts, who computed it, source).

*Derived*: computed the way estimate vendors do from each firm's latest 12-month price target:
one target per firm (its latest), targets older than a staleness window dropped (default 100
days, as FactSet's), fair-value estimates kept out (see `project_fair_values`); mean, median,
high, low, count and the contributing firms, per subject and currency.
"""

from __future__ import annotations

import polars as pl

from timeline.projections._core import Dates, latest, queries, visible

__all__ = [
    "DEFAULT_STALENESS_DAYS",
    "project_derived_consensus",
    "project_fair_values",
    "project_reported_consensus",
]

DEFAULT_STALENESS_DAYS = 100
_POINT = ["at", "known_at"]


def project_reported_consensus(
    events: pl.LazyFrame, at: Dates, known_at: Dates | None = None
) -> pl.LazyFrame:
    """The latest reported consensus target per subject at each query point."""
    seen = visible(events, queries(at, known_at), ["consensus"]).filter(
        pl.col("value").is_not_null()
    )
    return (
        latest(seen, ["subject"])
        .select(
            *_POINT,
            "subject",
            "value",
            "currency",
            "qualifier",
            "analyst_count",
            "buy_count",
            "hold_count",
            "sell_count",
            "rating",
            "provider",
            "source_id",
            "reported_at",
        )
        .sort("at", "known_at", "subject")
    )


def _latest_targets(
    events: pl.LazyFrame, at: Dates, known_at: Dates | None, target_type: str
) -> pl.LazyFrame:
    seen = visible(events, queries(at, known_at), ["price_target"]).filter(
        pl.col("target_type") == target_type
    )
    return latest(seen, ["subject", "firm"]).with_columns(
        age_days=(pl.col("at") - pl.col("valid_from")).dt.total_days()
    )


def project_derived_consensus(
    events: pl.LazyFrame,
    at: Dates,
    known_at: Dates | None = None,
    *,
    staleness_days: int = DEFAULT_STALENESS_DAYS,
) -> pl.LazyFrame:
    """Mean, median, high, low and count of each firm's latest fresh 12-month target."""
    fresh = _latest_targets(events, at, known_at, "price_target").filter(
        pl.col("age_days") <= staleness_days
    )
    return (
        fresh.group_by(*_POINT, "subject", "currency")
        .agg(
            mean=pl.col("value").mean(),
            median=pl.col("value").median(),
            high=pl.col("value").max(),
            low=pl.col("value").min(),
            count=pl.len(),
            firms=pl.col("firm").sort(),
            oldest_days=pl.col("age_days").max(),
        )
        .sort("at", "known_at", "subject", "currency")
    )


def project_fair_values(
    events: pl.LazyFrame, at: Dates, known_at: Dates | None = None
) -> pl.LazyFrame:
    """Each firm's latest fair-value estimate (kept out of the derived consensus)."""
    return (
        _latest_targets(events, at, known_at, "fair_value")
        .select(*_POINT, "subject", "firm", "value", "currency", "valid_from", "source_id")
        .sort("at", "known_at", "subject", "firm")
    )
