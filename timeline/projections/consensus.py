"""The consensus price target, two views side by side.

*Reported*: the latest consensus an article reported (value, analysts, who computed it, source).

*Derived*: computed the way estimate vendors do from each firm's latest 12-month price target:
one target per firm (its latest), targets older than a staleness window dropped (default 100
days, as FactSet's), fair-value estimates kept out (see `project_fair_values`); mean, median,
high, low, count and the contributing firms, per subject and currency.
"""

from __future__ import annotations

import polars as pl

from timeline._time import Instant, as_date
from timeline.projections._core import Dates, answer, facts, latest, queries, visible

__all__ = [
    "DEFAULT_STALENESS_DAYS",
    "project_derived_consensus",
    "project_derived_consensus_daily",
    "project_fair_values",
    "project_reported_consensus",
]

DEFAULT_STALENESS_DAYS = 100
_POINT = ["at", "known_at"]


@answer
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
    events: pl.LazyFrame,
    at: Dates,
    known_at: Dates | None,
    target_type: str,
    within_days: int | None = None,
) -> pl.LazyFrame:
    points = queries(at, known_at)
    seen = visible(events, points, ["price_target"], within_days=within_days).filter(
        pl.col("target_type") == target_type
    )
    return latest(seen, ["subject", "firm"]).with_columns(
        age_days=(pl.col("at") - pl.col("valid_from")).dt.total_days()
    )


# The targets' mean summed in ascending order, the same bits whatever order the events were
# logged in and however the engine's threads meet them (a plain mean sums in arrival order,
# and Polars' optimiser drops a sort before it)
_MEAN = pl.col("value").sort().cum_sum().last() / pl.len()


@answer
def project_derived_consensus(
    events: pl.LazyFrame,
    at: Dates,
    known_at: Dates | None = None,
    *,
    staleness_days: int = DEFAULT_STALENESS_DAYS,
) -> pl.LazyFrame:
    """Mean, median, high, low and count of each firm's latest fresh 12-month target."""
    # NOTE: a firm whose latest target is stale is left out, so a target older than the window
    # can never count: only the window's targets are looked at (a tenth of them at 1M events)
    fresh = _latest_targets(events, at, known_at, "price_target", staleness_days).filter(
        pl.col("age_days") <= staleness_days
    )
    return (
        fresh.group_by(*_POINT, "subject", "currency")
        .agg(
            mean=_MEAN,
            median=pl.col("value").median(),
            high=pl.col("value").max(),
            low=pl.col("value").min(),
            count=pl.len(),
            firms=pl.col("firm").sort(),
            oldest_days=pl.col("age_days").max(),
        )
        .sort("at", "known_at", "subject", "currency")
    )


@answer
def project_fair_values(
    events: pl.LazyFrame, at: Dates, known_at: Dates | None = None
) -> pl.LazyFrame:
    """Each firm's latest fair-value estimate (kept out of the derived consensus)."""
    return (
        _latest_targets(events, at, known_at, "fair_value")
        .select(*_POINT, "subject", "firm", "value", "currency", "valid_from", "source_id")
        .sort("at", "known_at", "subject", "firm")
    )


def _pieces(spans: pl.LazyFrame, by: list[str]) -> pl.LazyFrame:
    """Cut each group's time at every span boundary: one row per (piece, span active in it)."""
    bounds = pl.concat(
        [
            spans.select(*by, pl.col("start").alias("cut")),
            spans.select(*by, pl.col("stop").alias("cut")),
        ]
    ).unique()
    pieces = (
        bounds.sort(*by, "cut")
        .with_columns(piece_end=pl.col("cut").shift(-1).over(by))
        .drop_nulls("piece_end")
    )
    return pieces.join_where(
        spans,
        *[pl.col(c) == pl.col(f"{c}_right") for c in by],
        pl.col("start") <= pl.col("cut"),
        pl.col("stop") > pl.col("cut"),
    )


@answer
def project_derived_consensus_daily(
    events: pl.LazyFrame,
    start: Instant,
    end: Instant,
    *,
    staleness_days: int = DEFAULT_STALENESS_DAYS,
) -> pl.DataFrame:
    """The derived consensus for every day from ``start`` to ``end``, point in time.

    The same answer as `project_derived_consensus` over those days, computed on intervals:

    1. a target can only be its firm's fresh latest while it is visible and fresh, on
       ``[max(valid_from, report day), min(retraction day, valid_from + staleness + 1))``
       (an older target is stale whenever a newer one exists, since both order by
       ``valid_from``);
    2. per firm, time is cut at every such boundary and each piece takes the highest-priority
       target active in it;
    3. per subject, time is cut again at the firms' boundaries and each piece is aggregated;
       pieces become days only at the end.

    Rows grow with the number of targets, not with targets times days. The result is ordered
    by subject, currency and day.
    """
    first, last = as_date(start), as_date(end)
    stop_fresh = pl.col("valid_from") + pl.duration(days=staleness_days + 1)
    targets = (
        facts(events)
        .filter(pl.col("kind") == "price_target", pl.col("target_type") == "price_target")
        .sort("valid_from", "known_from", "seq")
        .with_columns(priority=pl.int_range(pl.len(), dtype=pl.Int64))
        .select(
            "subject",
            "firm",
            "currency",
            "value",
            "priority",
            start=pl.max_horizontal("valid_from", pl.col("known_from").dt.date()),
            stop=pl.min_horizontal(stop_fresh, pl.col("known_until").dt.date()),
        )
        .filter(pl.col("stop") > pl.col("start"))
    )
    firm_keys = ["subject", "currency", "firm"]
    reigns = (
        _pieces(targets, firm_keys)
        .sort("priority")
        .group_by(*firm_keys, "cut")
        .agg(pl.col("piece_end").first(), pl.col("value").last())
        .select(*firm_keys, "value", start="cut", stop="piece_end")
    )
    subject_keys = ["subject", "currency"]
    pieces = (
        _pieces(reigns, subject_keys)
        .group_by(*subject_keys, "cut")
        .agg(
            pl.col("piece_end").first(),
            mean=_MEAN,
            median=pl.col("value").median(),
            high=pl.col("value").max(),
            low=pl.col("value").min(),
            count=pl.len(),
        )
        .filter(pl.col("piece_end") > first, pl.col("cut") <= last)
    )
    # NOTE: sort the few pieces, not the many days: the days then come out in order
    days = (
        pieces.sort("subject", "currency", "cut")
        .with_columns(
            at=pl.date_ranges(
                pl.max_horizontal("cut", pl.lit(first)),
                pl.min_horizontal(pl.col("piece_end") - pl.duration(days=1), pl.lit(last)),
            )
        )
        .explode("at")
    )
    return days.select(
        "at", "subject", "currency", "mean", "median", "high", "low", "count"
    ).collect()
