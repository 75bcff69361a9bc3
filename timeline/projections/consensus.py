"""The consensus price target, two views side by side.

*Reported*: the latest consensus an article reported (value, analysts, who computed it, source).

*Derived*: computed the way estimate vendors do from each firm's latest 12-month price target:
one target per firm (its latest), targets older than a staleness window dropped (default 100
days, as FactSet's), fair-value estimates kept out (see `project_fair_values`); mean, median,
high, low, count and the contributing firms, per subject and currency.
"""

from __future__ import annotations

import datetime as dt

import polars as pl

from timeline._time import Instant, as_date
from timeline.projections._core import Dates, facts, latest, queries, visible

__all__ = [
    "DEFAULT_STALENESS_DAYS",
    "project_derived_consensus",
    "project_derived_consensus_daily",
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


def project_derived_consensus_daily(
    events: pl.LazyFrame,
    start: Instant,
    end: Instant,
    *,
    staleness_days: int = DEFAULT_STALENESS_DAYS,
    chunk_days: int = 64,
) -> pl.DataFrame:
    """The derived consensus for every day from ``start`` to ``end``, point in time.

    The same answer as `project_derived_consensus` over those days, computed for long series:
    a target older than the staleness window can only be a firm's latest if the firm has no
    fresh target at all, so only targets whose window ``[visible, valid_from + staleness]``
    covers a day take part in that day. Days are joined to those windows in chunks of
    ``chunk_days``, which bounds memory however long the series.
    """
    first, last = as_date(start), as_date(end)
    targets = (
        facts(events)
        .filter(pl.col("kind") == "price_target", pl.col("target_type") == "price_target")
        .select(
            "subject",
            "firm",
            "value",
            "currency",
            "valid_from",
            "known_from",
            "known_until",
            "seq",
            from_day=pl.max_horizontal("valid_from", pl.col("known_from").dt.date()),
            to_day=pl.col("valid_from") + pl.duration(days=staleness_days),
        )  # fmt: skip
        .filter(pl.col("to_day") >= first, pl.col("from_day") <= last)
        .collect()
    )
    parts = []
    day = first
    while day <= last:
        stop = min(last, day + dt.timedelta(days=chunk_days - 1))
        days = pl.LazyFrame({"at": pl.date_range(day, stop, eager=True)})
        window = targets.lazy().filter(pl.col("to_day") >= day, pl.col("from_day") <= stop)
        seen = window.join_where(
            days, pl.col("from_day") <= pl.col("at"), pl.col("to_day") >= pl.col("at")
        ).filter(
            pl.col("known_until").is_null()
            | (pl.col("known_until") > pl.col("at").cast(pl.Datetime("us", "UTC")) + _END_OF_DAY)
        )
        newest = seen.sort("valid_from", "known_from", "seq").unique(
            subset=["at", "subject", "firm"], keep="last"
        )
        parts.append(
            newest.group_by("at", "subject", "currency").agg(
                mean=pl.col("value").mean(),
                median=pl.col("value").median(),
                high=pl.col("value").max(),
                low=pl.col("value").min(),
                count=pl.len(),
            )
        )
        day = stop + dt.timedelta(days=1)
    if not parts:
        return pl.DataFrame()
    return pl.concat(pl.collect_all(parts)).sort("at", "subject", "currency")


_END_OF_DAY = pl.duration(days=1, microseconds=-1)
