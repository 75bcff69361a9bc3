"""Event studies: how a company's shares moved around its news, in its exchange's sessions.

The news studied (`STUDIED`) is every rating change, target change and stake purchase known
by the query. Its session is the first whose close came after the news became known: a
downgrade at 14:30 UTC on a New York trading day is that day's, one after the close the next
session's. Returns are cumulative from the close of the session before it,
``close(t0 + k) / close(t0 - 1) - 1`` for ``k`` from ``-before`` to ``after``, counted in the
sessions of the price series. Only closes known by the query's ``known_at`` count: a study as
of a date sees no later close, and a window that reaches past it is cut there.
"""

from __future__ import annotations

from collections.abc import Mapping

import polars as pl

from timeline.projections._core import Dates, answer, queries, visible

__all__ = ["STUDIED", "mean_returns", "project_event_study"]

#: The news an event study looks at, by the name it is shown under.
STUDIED: Mapping[str, pl.Expr] = {
    "upgrade": (pl.col("kind") == "analyst_rating") & (pl.col("action") == "upgrade"),
    "downgrade": (pl.col("kind") == "analyst_rating") & (pl.col("action") == "downgrade"),
    "target raised": (pl.col("kind") == "price_target") & (pl.col("action") == "raise"),
    "target cut": (pl.col("kind") == "price_target") & (pl.col("action") == "cut"),
    "stake bought": (pl.col("kind") == "stake_change")
    & pl.col("direction").is_in(["buy", "increase", "new_position"]),
}
_KINDS = ["analyst_rating", "price_target", "stake_change"]


def _news() -> pl.Expr:
    label = pl.lit(None, pl.String)
    for name, condition in reversed(list(STUDIED.items())):
        label = pl.when(condition).then(pl.lit(name)).otherwise(label)
    return label.alias("news")


@answer
def project_event_study(
    events: pl.LazyFrame,
    prices: pl.LazyFrame | pl.DataFrame,
    at: Dates,
    known_at: Dates | None = None,
    *,
    before: int = 5,
    after: int = 20,
) -> pl.LazyFrame:
    """Each studied event's cumulative return at each session ``k`` of its window: ``at``,
    ``known_at``, ``event_id``, ``subject``, ``news``, ``session`` (its day), ``k``, ``date``
    and ``return`` (``prices``: bars as `timeline.prices.PRICES` has them)."""
    points = queries(at, known_at)
    seen = (
        visible(events, points, _KINDS).with_columns(_news()).filter(pl.col("news").is_not_null())
    )
    news = seen.select(
        "query", "event_id", "subject", "news", pl.col("known_from").alias("news_known")
    ).sort("news_known")
    bars = (
        prices.lazy()
        .select("subject", "date", "close", "known_from")
        .join(points, how="cross")
        .filter(pl.col("known_from") <= pl.col("known_at"), pl.col("date") <= pl.col("at"))
        .with_columns(pl.col("subject").cast(pl.String))
        .sort("query", "subject", "date")
        .with_columns(n=pl.int_range(pl.len(), dtype=pl.Int64).over("query", "subject"))
    )
    first = (
        news.with_columns(pl.col("subject").cast(pl.String))
        .join_asof(
            bars.select(
                "query", "subject", "known_from", "n", pl.col("date").alias("session")
            ).sort("known_from"),
            left_on="news_known",
            right_on="known_from",
            by=["query", "subject"],
            strategy="forward",
            check_sortedness=False,  # both sorted on their keys above
        )
        .filter(pl.col("n").is_not_null())
    )
    base = bars.select(
        "query", "subject", (pl.col("n") + 1).alias("n"), pl.col("close").alias("base")
    )
    steps = pl.LazyFrame({"k": range(-before, after + 1)}, schema={"k": pl.Int64})
    return (
        first.join(base, on=["query", "subject", "n"])
        .join(steps, how="cross")
        .with_columns(pl.col("n") + pl.col("k"))
        .join(bars.select("query", "subject", "n", "date", "close"), on=["query", "subject", "n"])
        .join(points.select("query", "at", "known_at"), on="query")
        .select(
            "at",
            "known_at",
            "event_id",
            "subject",
            "news",
            "session",
            "k",
            "date",
            (pl.col("close") / pl.col("base") - 1).alias("return"),
        )
        .sort("at", "known_at", "news", "subject", "session", "event_id", "k")
    )


def mean_returns(study: pl.DataFrame | pl.LazyFrame) -> pl.DataFrame:
    """The mean cumulative return at each session ``k`` of each kind of news, with how many
    events it averages: "did the stock move after downgrades?".

    >>> study = pl.DataFrame({"at": [1] * 4, "known_at": [1] * 4, "news": ["downgrade"] * 4,
    ...                       "k": [0, 0, 1, 1], "return": [-0.02, -0.04, -0.03, -0.05]})
    >>> mean_returns(study).rows()
    [(1, 1, 'downgrade', 0, -0.03, 2), (1, 1, 'downgrade', 1, -0.04, 2)]
    """
    lf = study.lazy()
    keys = [c for c in ("at", "known_at") if c in lf.collect_schema().names()]  # a query's own
    return (
        lf.group_by(*keys, "news", "k")
        .agg(pl.col("return").mean().round(6).alias("mean_return"), pl.len().alias("events"))
        .sort(*keys, "news", "k")
        .collect()
    )
