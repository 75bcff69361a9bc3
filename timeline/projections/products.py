"""Products and KPIs: launches so far with their metrics, and the latest value of each KPI."""

from __future__ import annotations

import polars as pl

from timeline.projections._core import Dates, answer, latest, queries, visible

__all__ = ["project_kpis", "project_product_metrics", "project_products"]

# Metrics name products loosely ("Qwen" downloads, "Qwen app" launch): match on the first word.
_PRODUCT_KEY = pl.col("product").cast(pl.String).str.to_lowercase().str.extract(r"^([\w.-]+)", 1)


@answer
def project_products(
    events: pl.LazyFrame, at: Dates, known_at: Dates | None = None
) -> pl.LazyFrame:
    """Every product launched so far, with its category, price and number of metrics."""
    points = queries(at, known_at)
    launches = latest(visible(events, points, ["product_launch"]), ["subject", "product"])
    metrics = (
        latest(visible(events, points, ["product_metric"]), ["subject", "product", "metric"])
        .group_by("query", "subject", _PRODUCT_KEY.alias("key"))
        .agg(metrics=pl.format("{}={}", "metric", "value").sort())
    )
    return (
        launches.with_columns(key=_PRODUCT_KEY)
        .join(metrics, on=["query", "subject", "key"], how="left")
        .select(
            "at",
            "known_at",
            "subject",
            "product",
            "category",
            "price",
            "currency",
            pl.col("valid_from").alias("launched"),
            "occurred_precision",
            "metrics",
            "source_id",
        )
        .sort("at", "known_at", "subject", "launched", "product")
    )


@answer
def project_product_metrics(
    events: pl.LazyFrame, at: Dates, known_at: Dates | None = None
) -> pl.LazyFrame:
    """The latest value of each product metric."""
    seen = visible(events, queries(at, known_at), ["product_metric"])
    return (
        latest(seen, ["subject", "product", "metric"])
        .select(
            "at",
            "known_at",
            "subject",
            "product",
            "metric",
            "value",
            "change_percent",
            "qualifier",
            "valid_from",
            "source_id",
        )
        .sort("at", "known_at", "subject", "product", "metric")
    )


@answer
def project_kpis(events: pl.LazyFrame, at: Dates, known_at: Dates | None = None) -> pl.LazyFrame:
    """The latest value of each KPI per fiscal period (metric, segment, unit, basis, period)."""
    seen = visible(events, queries(at, known_at), ["financial_kpi"])
    by = ["subject", "metric", "segment", "unit", "basis", "occurred_start", "occurred_end"]
    return (
        latest(seen, by)
        .select(
            "at",
            "known_at",
            "subject",
            "metric",
            "segment",
            "value",
            "unit",
            "basis",
            "fiscal_period",
            "occurred_start",
            "occurred_end",
            "occurred_precision",
            "source_id",
        )
        .sort(
            "at",
            "known_at",
            "subject",
            "metric",
            "occurred_start",
            "segment",
            "value",
            "source_id",
            nulls_last=True,
        )
    )
