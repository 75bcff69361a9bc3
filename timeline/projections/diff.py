"""What changed between two dates: new facts, withdrawn facts, and changed opinions."""

from __future__ import annotations

import polars as pl

from timeline._time import Instant
from timeline.events import FACT_KEYS
from timeline.projections._core import CONTROL_KINDS, answer, queries, visible
from timeline.projections.analysts import project_analyst_table
from timeline.projections.consensus import project_reported_consensus
from timeline.projections.reports import says_label

__all__ = ["project_diff"]

_FACT_KINDS = [kind for kind in FACT_KEYS if kind not in CONTROL_KINDS]
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
        "event_id", "subject", "kind", "firm", "source_id", fact=says_label()
    )


def _changed(
    both: pl.LazyFrame, column: str, change: str, kind: str, firm: pl.Expr | None = None
) -> pl.LazyFrame:
    """Rows where ``column`` has a value at the end that differs from the start's."""
    after = f"{column}_after"
    return both.filter(
        pl.col(after).is_not_null() & pl.col(column).ne_missing(pl.col(after))
    ).select(
        pl.lit(change).alias("change"),
        "subject",
        pl.lit(kind).alias("kind"),
        (pl.col("firm") if firm is None else firm).alias("firm"),
        pl.col(column).cast(pl.String).alias("before"),
        pl.col(after).cast(pl.String).alias("after"),
    )


def _opinion_changes(events: pl.LazyFrame, start: Instant, end: Instant) -> pl.LazyFrame:
    cols = ["subject", "firm", "rating", "target"]
    a = project_analyst_table(events, start).select(cols)
    b = project_analyst_table(events, end).select(cols)
    both = a.join(b, on=["subject", "firm"], how="full", coalesce=True, suffix="_after")
    rating = _changed(both, "rating", "rating_changed", "analyst_rating")
    target = _changed(both, "target", "target_changed", "price_target")
    ca = project_reported_consensus(events, start).select("subject", "value")
    cb = project_reported_consensus(events, end).select("subject", "value")
    both_consensus = ca.join(cb, on="subject", how="full", coalesce=True, suffix="_after")
    no_firm = pl.lit(None, dtype=pl.String)
    consensus = _changed(both_consensus, "value", "consensus_changed", "consensus", no_firm)
    return pl.concat([rating, target, consensus], how="vertical_relaxed")


@answer
def project_diff(events: pl.LazyFrame, start: Instant, end: Instant) -> pl.LazyFrame:
    """Changes from the state as of ``start`` to the state as of ``end`` (point in time)."""
    a, b = _side(events, start), _side(events, end)
    none = pl.lit(None, dtype=pl.String)  # a new fact is what it says after; a withdrawn, before
    new = b.join(a, on="event_id", how="anti").with_columns(
        change=pl.lit("new"), before=none, after="fact"
    )
    gone = a.join(b, on="event_id", how="anti").with_columns(
        change=pl.lit("withdrawn"), before="fact", after=none
    )
    facts = pl.concat([new, gone])
    opinions = _opinion_changes(events, start, end).with_columns(
        event_id=pl.lit(None, dtype=pl.String), source_id=pl.lit(None, dtype=pl.String)
    )
    schema = pl.Schema(_SCHEMA)  # the log's Categorical names as the opinions' strings
    both = pl.concat([facts.select(list(_SCHEMA)).cast(schema), opinions.select(list(_SCHEMA))])
    return both.cast(schema).sort("change", "subject", "kind", "firm", "event_id", nulls_last=True)
