"""Ownership: stake changes per investor with their amounts, and reported ownership levels."""

from __future__ import annotations

import polars as pl

from timeline.projections._core import Dates, answer, latest, queries, visible

__all__ = ["project_ownership_levels", "project_stake_changes"]


@answer
def project_stake_changes(
    events: pl.LazyFrame, at: Dates, known_at: Dates | None = None
) -> pl.LazyFrame:
    """Every stake change known at each query point, oldest first."""
    seen = visible(events, queries(at, known_at), ["stake_change"])
    return seen.select(
        "at",
        "known_at",
        "subject",
        "investor",
        "direction",
        "amount",
        "currency",
        "shares",
        "qualifier",
        "occurred_start",
        "occurred_end",
        "occurred_precision",
        "reported_at",
        "source_id",
        "quote",
    ).sort(
        "at",
        "known_at",
        "subject",
        "reported_at",
        "investor",
        "amount",
        "source_id",
        nulls_last=True,
    )


@answer
def project_ownership_levels(
    events: pl.LazyFrame, at: Dates, known_at: Dates | None = None
) -> pl.LazyFrame:
    """Each holder's latest reported ownership level."""
    seen = visible(events, queries(at, known_at), ["ownership_level"])
    return (
        latest(seen, ["subject", "holder"])
        .select(
            "at",
            "known_at",
            "subject",
            "holder",
            "percent",
            "previous_percent",
            "valid_from",
            "source_id",
        )
        .sort("at", "known_at", "subject", "holder")
    )
