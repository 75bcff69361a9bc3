"""When each fact is known: the withdrawal rule, written once.

Retractions and corrections are *control* events: they never state a fact themselves, they
withdraw one. For every other event (a fact):

* ``known_from``: when it became known: its ``reported_at``, or, for a correction's
  replacement, the time the correction was reported when that is later (a replacement is not
  known before the correction that brings it);
* ``known_until``: when the first retraction or correction naming it was reported (null while
  it stands).

A fact is known at instant ``t`` when ``known_from <= t < known_until``. The log's view of
what a reader had (`timeline.log.visible`) and every projection (`timeline.projections`) apply
this rule through `known_spans` and `known_at`.

>>> import polars as pl
>>> from timeline.log import EventLog
>>> from timeline.events import PriceTarget, Retraction
>>> pt = PriceTarget(subject="BABA", firm="Arete", value=172, source_id="a",
...                  reported_at="2025-12-30")
>>> oops = Retraction(subject="BABA", target_event_id=pt.event_id, reason="misquoted",
...                   source_id="b", reported_at="2026-01-02")
>>> spans = known_spans(EventLog().append([pt, oops]).lazy()).collect()
>>> spans.select("kind", pl.col("known_from", "known_until").dt.date()).rows()
[('price_target', datetime.date(2025, 12, 30), datetime.date(2026, 1, 2))]
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable

import polars as pl
import polars.selectors as cs

from timeline._time import epoch_micros

__all__ = [
    "CONTROL_KINDS",
    "instant_literal",
    "known_at",
    "known_spans",
    "of_kinds",
    "spans_applied",
    "spans_once",
    "withdrawals",
]

#: The kinds that withdraw a fact rather than state one.
CONTROL_KINDS = ("retraction", "correction")
_FEW_KINDS = 6  # up to this many, equalities pick kinds faster than is_in (`of_kinds`)


def of_kinds(kinds: Iterable[str]) -> pl.Expr:
    """True for the events of ``kinds``."""
    return _of_kinds(tuple(kinds))


# NOTE: the expressions below are cached: a state's plans ask for the same few (its kinds, its
# instants) about 70 times each, and building one costs tens of microseconds. An expression is
# immutable: one serves every plan.
@functools.lru_cache(maxsize=256)
def _of_kinds(chosen: tuple[str, ...]) -> pl.Expr:
    # NOTE: `is_in` hashes every string of the column, where an equality compares bytes: over
    # 1M events one kind takes 11 ms against 2.5, six kinds 21 against 15, twelve 13 against 28.
    # The projections pick a few kinds, many times: a fifth of a state's time at 1M events.
    if len(chosen) <= _FEW_KINDS:
        return pl.any_horizontal(False, *(pl.col("kind") == kind for kind in chosen))
    return pl.col("kind").is_in(list(chosen))


def known_spans(events: pl.LazyFrame) -> pl.LazyFrame:
    """The facts of ``events`` (control events left out) with ``known_from`` and
    ``known_until``.

    Events that carry both columns already had the rule applied (to a whole read, once:
    `timeline.projections.registry.read`): their facts are returned as they are.
    """
    if spans_applied(events):
        return events.filter(~of_kinds(CONTROL_KINDS))
    return (
        events.filter(~of_kinds(CONTROL_KINDS))
        .join(withdrawals(events), on="event_id", how="left")
        .with_columns(known_from=pl.max_horizontal("reported_at", "corrected_at"))
        .drop("corrected_at")
    )


def spans_once(events: pl.DataFrame) -> pl.DataFrame:
    """``events`` (held in memory) with the rule applied once: its facts carry
    ``known_from`` and ``known_until`` as `known_spans` gives them, its control events nulls
    there; the rows stay in their order. `known_spans` of the result is that of ``events``.

    NOTE: only the facts a withdrawal names are looked up (a retraction's target, a
    correction's replacement: a few in a thousand); every other fact is known from its
    report and stands. A join of every fact to the withdrawals gathers every column of every
    fact: 66 ms for the summary's read of 1M events when its spans alone were joined, about
    15 this way, and each plan over the read then filters, where it joined.
    """
    instant = events.schema["reported_at"]
    if events.is_empty():
        return events.with_columns(
            known_from=pl.lit(None, instant), known_until=pl.lit(None, instant)
        )
    fact = ~of_kinds(CONTROL_KINDS)
    named = withdrawals(events.lazy()).collect(engine="in-memory")
    found = (
        events.lazy()
        .select("event_id", fact=fact)
        .with_row_index("row")
        .filter(pl.col("fact"), pl.col("event_id").is_in(named.get_column("event_id").implode()))
        .join(named.lazy(), on="event_id", how="inner")
        .collect(engine="in-memory")
    )

    def placed(column: str) -> pl.Series:
        # the found facts' values at their rows, null elsewhere
        empty = pl.Series(column, [None], instant).extend_constant(None, events.height - 1)
        return empty.scatter(found.get_column("row"), found.get_column(column).cast(instant))

    return events.with_columns(
        known_from=pl.when(fact).then(pl.max_horizontal("reported_at", placed("corrected_at"))),
        known_until=pl.when(fact).then(placed("known_until")),
    )


def spans_applied(events: pl.LazyFrame) -> bool:
    """Whether ``events`` carry ``known_from`` and ``known_until`` already (`known_spans`).

    NOTE: the schema of those two columns alone: Polars builds a Python object per column of
    a schema asked for (60 us for the log's 67 columns, 10 for two), and a state asks this
    of its read 18 times."""
    return events.select(_SPANS).collect_schema().len() == len(_SPAN_COLUMNS)


_SPAN_COLUMNS = ("known_from", "known_until")
_SPANS = cs.by_name(*_SPAN_COLUMNS, require_all=False)


def withdrawals(events: pl.LazyFrame) -> pl.LazyFrame:
    """The facts the control events of ``events`` name, one row each: ``event_id``,
    ``known_until`` (the first retraction or correction of it; null if none) and
    ``corrected_at`` (the first correction that brings it as a replacement; null if none).
    A fact not named here stands, known from its ``reported_at``."""
    control = events.filter(of_kinds(CONTROL_KINDS))
    withdrawn = control.group_by(pl.col("target_event_id").alias("event_id")).agg(
        known_until=pl.col("reported_at").min()
    )
    corrected = (
        control.filter(pl.col("kind") == "correction")
        .group_by(pl.col("replacement_event_id").alias("event_id"))
        .agg(corrected_at=pl.col("reported_at").min())
    )
    # NOTE: the few withdrawals and corrections are put side by side first, so that every
    # fact goes through one join rather than two: a join of the 200k ratings of 1M events
    # takes 15-20 ms in Polars' streaming engine, however few the rows it looks up.
    return withdrawn.join(corrected, on="event_id", how="full", coalesce=True)


@functools.lru_cache(maxsize=1024)
def instant_literal(when: dt.datetime) -> pl.Expr:
    """``when`` as a literal of the log's instants (microseconds, UTC; a naive time is UTC).

    NOTE: ``pl.lit(when, dtype=pl.Datetime("us", "UTC"))`` builds a Series and runs two
    queries to give it its zone: 110 us, where an integer cast is 14 us (and folded into
    the same literal before the plan runs). A state builds a hundred such literals.

    >>> pl.select(instant_literal(dt.datetime(2025, 12, 31, 8, tzinfo=dt.UTC))).item()
    datetime.datetime(2025, 12, 31, 8, 0, tzinfo=zoneinfo.ZoneInfo(key='UTC'))
    """
    return pl.lit(epoch_micros(when), dtype=pl.Int64).cast(pl.Datetime("us", "UTC"))


def known_at(when: dt.datetime | pl.Expr) -> pl.Expr:
    """True for the rows of `known_spans` known at ``when`` (an instant or a column)."""
    t = instant_literal(when) if isinstance(when, dt.datetime) else when
    return (pl.col("known_from") <= t) & (
        pl.col("known_until").is_null() | (pl.col("known_until") > t)
    )
