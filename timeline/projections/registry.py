"""Every projection of a state, declared once.

A `Projection` names a ``project_*`` function (its name is the function's without
``project_``, or a shorter one: ``analysts``, ``stakes``), the section title a reader sees,
the columns that identify one row of its answer at a query point (its grain), the event kinds
it reads and the options it takes.
`timeline.State`'s frames and sections, `Timeline.asof`, `Timeline.project` and its
``project_*`` methods, ``timeline asof --only`` and the charts' data needs are all derived from
`PROJECTIONS`; adding a projection means adding one line here.

>>> [p.name for p in PROJECTIONS.values()][:3]
['reported_consensus', 'derived_consensus', 'fair_values']
>>> PROJECTIONS["analysts"].keys
('subject', 'firm')
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import polars as pl

from timeline.errors import ArgumentInvalid
from timeline.events import KINDS
from timeline.knowledge import of_kinds, spans_once
from timeline.log import columns_of, log_schema
from timeline.projections._core import CONTROL_KINDS, RULE_COLUMNS, Dates
from timeline.projections.analysts import project_analyst_table, project_rating_distribution
from timeline.projections.consensus import (
    project_derived_consensus,
    project_fair_values,
    project_reported_consensus,
)
from timeline.projections.ownership import project_ownership_levels, project_stake_changes
from timeline.projections.price import (
    project_implied_prices,
    project_last_price,
    project_price_moves,
)
from timeline.projections.products import project_kpis, project_product_metrics, project_products
from timeline.projections.reports import project_conflicts, project_reported_facts

if TYPE_CHECKING:
    from polars._typing import EngineType

__all__ = ["PROJECTIONS", "Projection", "collect", "collect_plans", "plans", "read", "reads"]

#: Up to this many events read (`read`), plans over them run in Polars' in-memory engine.
#: NOTE: the streaming engine (the default) starts up each plan at a cost of about a
#: millisecond, a fixed cost that dominates a subject's few hundred events: the 15 plans of
#: one subject's state take 16 ms in memory against 35 streaming. In memory is faster up to
#: at least 200k events (398 ms against 433); at the whole 1M log streaming wins (1.33 s
#: against 1.43).
IN_MEMORY_UP_TO = 100_000


@dataclass(frozen=True, slots=True)
class Projection:
    """One projection of the state.

    ``keys``: the columns that identify a row at one query point (besides ``at`` and
    ``known_at``); ``None`` for a list of facts (every stake change, every price move).
    ``kinds``: the event kinds it reads (``None``: every kind).
    ``options``: the keyword options the function takes beyond the query points.
    """

    name: str
    function: Callable[..., pl.LazyFrame]
    title: str
    keys: tuple[str, ...] | None
    kinds: tuple[str, ...] | None
    options: tuple[str, ...] = ()

    @property
    def method(self) -> str:
        """The name of the function, which is also `Timeline`'s method: ``project_kpis``."""
        return str(self.function.__name__)

    def plan(
        self, events: pl.LazyFrame, at: Dates, known_at: Dates | None = None, **options: Any
    ) -> pl.LazyFrame:
        """The lazy plan of this projection; options it does not take are ignored."""
        mine = {k: v for k, v in options.items() if k in self.options}
        return self.function(events, at, known_at, **mine)


def _p(
    function: Callable[..., pl.LazyFrame],
    title: str,
    keys: tuple[str, ...] | None,
    kinds: tuple[str, ...] | None,
    options: tuple[str, ...] = (),
    *,
    name: str | None = None,
) -> Projection:
    short = name or function.__name__.removeprefix("project_")
    return Projection(short, function, title, keys, kinds, options)


#: The projections of a state, in the order a state shows them.
PROJECTIONS: Mapping[str, Projection] = {
    p.name: p
    for p in (
        _p(project_reported_consensus, "Reported consensus", ("subject",), ("consensus",)),
        _p(
            project_derived_consensus,
            "Derived consensus",
            ("subject", "currency"),
            ("price_target",),
            ("staleness_days",),
        ),
        _p(project_fair_values, "Fair values", ("subject", "firm"), ("price_target",)),
        _p(
            project_analyst_table,
            "Analysts",
            ("subject", "firm"),
            ("analyst_rating", "price_target"),
            name="analysts",
        ),
        _p(project_rating_distribution, "Rating distribution", ("subject",), ("analyst_rating",)),
        _p(project_last_price, "Last price", ("subject",), ("price_level",)),
        _p(
            project_implied_prices,
            "Implied price path",
            ("subject", "date"),
            ("price_level", "price_move"),
            ("tolerance",),
        ),
        _p(project_price_moves, "Price moves", None, ("price_move",)),
        _p(project_stake_changes, "Stake changes", None, ("stake_change",), name="stakes"),
        _p(
            project_ownership_levels,
            "Ownership levels",
            ("subject", "holder"),
            ("ownership_level",),
        ),
        _p(
            project_products,
            "Products",
            ("subject", "product"),
            ("product_launch", "product_metric"),
        ),
        _p(
            project_product_metrics,
            "Product metrics",
            ("subject", "product", "metric"),
            ("product_metric",),
        ),
        _p(project_kpis, "KPIs", None, ("financial_kpi",)),
        _p(project_reported_facts, "Facts and how often they were reported", None, None),
        _p(
            project_conflicts,
            "Conflicting reports",
            None,
            ("financial_kpi", "product_metric"),
            ("tolerance",),
        ),
    )
}


def _chosen(names: Iterable[str] | None) -> list[Projection]:
    if names is None:
        return list(PROJECTIONS.values())
    chosen = [names] if isinstance(names, str) else list(names)
    if unknown := [n for n in chosen if n not in PROJECTIONS]:
        raise ArgumentInvalid("projection", unknown, f"names among {', '.join(PROJECTIONS)}")
    return [PROJECTIONS[n] for n in chosen]


def plans(
    events: pl.LazyFrame,
    at: Dates,
    known_at: Dates | None = None,
    names: Iterable[str] | None = None,
    **options: Any,
) -> dict[str, pl.LazyFrame]:
    """The lazy plans of the named projections (all of them by default)."""
    return {p.name: p.plan(events, at, known_at, **options) for p in _chosen(names)}


def collect(
    events: pl.LazyFrame,
    at: Dates,
    known_at: Dates | None = None,
    names: Iterable[str] | None = None,
    *,
    without: Sequence[str] = (),
    **options: Any,
) -> dict[str, pl.DataFrame]:
    """The named projections, collected in one pass of the lazy engine, over one read of the
    events they use (`read`); ``without``: columns left out of every answer (a state's
    frames leave out the query point, ``at`` and ``known_at``).

    NOTE: left out in the plans: dropped from each collected frame, a state's 15 frames
    ran 15 more queries (1 ms of one subject's state)."""
    chosen = [p.name for p in _chosen(names)]
    held = read(events, chosen)
    lazy = plans(held, at, known_at, chosen, **options)
    shaped = [plan.drop(*without) if without else plan for plan in lazy.values()]
    return dict(zip(lazy, collect_plans(shaped, held), strict=True))


def collect_plans(lazy: Sequence[pl.LazyFrame], events: pl.LazyFrame) -> list[pl.DataFrame]:
    """``lazy``, plans over ``events`` (what `read` returns: held in memory), collected in one
    pass, by Polars' in-memory engine when the events are few (`IN_MEMORY_UP_TO`)."""
    rows = events.select(pl.len()).collect(engine="in-memory").item()
    engine: EngineType = "in-memory" if rows <= IN_MEMORY_UP_TO else "auto"
    return pl.collect_all(list(lazy), engine=engine)


def reads(names: Iterable[str] | None = None) -> tuple[set[str], set[str]]:
    """The event kinds the named projections read (all of them by default), retractions and
    corrections included, and the columns those kinds fill with the ones the withdrawal
    rule reads: what `read` takes of a log.

    >>> kinds, columns = reads(["last_price"])
    >>> sorted(kinds), "price" in columns, "firm" in columns
    (['correction', 'price_level', 'retraction'], True, False)
    """
    kinds = {kind for p in _chosen(names) for kind in p.kinds or KINDS} | set(CONTROL_KINDS)
    return kinds, set(columns_of(kinds)) | set(RULE_COLUMNS)


def read(
    events: pl.LazyFrame,
    names: Iterable[str] | None = None,
    *,
    rows_of: Iterable[str] = (),
    columns: Iterable[str] | None = None,
) -> pl.LazyFrame:
    """The rows and columns of ``events`` the named projections use, read now: the events of
    their kinds (and of ``rows_of``, kinds whose envelope alone is wanted) and the
    retractions and corrections, with those kinds' columns. With ``columns``, the others are
    null, unread: for plans known to need no other (a summary: `timeline.state`). The
    columns the projections group by (their keys, and the kind) come in the types the log
    holds in memory (`timeline.log.log_schema`: Categorical and Enum), whatever the
    source's. The read comes with the withdrawal rule applied once
    (`timeline.knowledge.spans_once`): its facts carry ``known_from`` and ``known_until``,
    and each plan over it filters by them rather than joining its facts to the withdrawals
    (a join per plan: 6.5 ms over the 18 plans of one subject's state, against 1.4 once;
    over the summary's read of 1M events, the join of the analysts' two plans alone took 75
    ms of their 250).

    Every plan reads its input several times (its facts, their withdrawals), and the lazy
    engine shares no read between plans: over a store, each read is a scan of the table (25
    for one subject's state, each reading the whole subject column). Reading once costs one
    scan, filters and all pushed into it.

    NOTE: a store's text columns are read as text, which `latest` groups by as several
    columns; as Categorical it groups them as one integer (`_core._packed`): the ten sections
    of a summary at 1M events take 1.05 s of CPU rather than 1.34, for 0.05 s of casts.
    """
    chosen = _chosen(names)
    kinds, used = reads(names)
    have = events.collect_schema()
    read = [name for name in have if name in used and (columns is None or name in columns)]
    unread = [pl.lit(None, have[n]).alias(n) for n in have if n in used and n not in read]
    held, keys = log_schema(), {key for p in chosen for key in p.keys or ()}
    casts = pl.Schema({n: held[n] for n in read if n in keys and have[n] != held[n]})
    # NOTE: the kind held as the log's Enum, a kind this version does not know (a later
    # one's) as null: every kind wanted (a state's read) is then one test of nulls, where the
    # strings' `is_in` took 1.9 of the 3.7 ms of one subject's read from a store
    wanted = kinds | set(rows_of)
    keep = pl.col("kind").is_not_null() if wanted >= set(KINDS) else of_kinds(sorted(wanted))
    kind = pl.col("kind").cast(held["kind"], strict=False)
    frame = events.select(read).cast(casts).with_columns(kind).filter(keep).collect()
    return spans_once(frame.with_columns(unread)).lazy()
