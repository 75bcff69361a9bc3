"""`Timeline`: the thin front object. It holds a log and borrows the projection functions.

Every verb returns a new object; the log is never changed in place.

Examples
--------
>>> from timeline import Timeline
>>> tl = Timeline.from_articles(["seeds"])
>>> state = tl.asof("2026-01-05", subject="BABA")
>>> state.reported_consensus.get_column("value").to_list()
[205.0]
>>> tl.project_reported_consensus(["2025-10-01", "2025-12-07"]).get_column("value").to_list()
[192.0]
"""

from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl

from timeline import projections as p
from timeline._time import Instant, as_instant, as_query
from timeline.articles import ArticleSkipped, load_articles
from timeline.entities import canonical
from timeline.errors import ArgumentInvalid
from timeline.events import EventBase
from timeline.extract import Extractor
from timeline.ingest import extract_articles
from timeline.log import EventLog
from timeline.projections._core import Dates
from timeline.state import State
from timeline.store import DeltaStore, open_store

__all__ = ["Timeline"]


@dataclass(frozen=True, slots=True)
class Timeline:
    """A point-in-time view over an event log."""

    log: EventLog

    # --- building --------------------------------------------------------------------------

    @classmethod
    def open(
        cls, store: DeltaStore | str | Path | None = None, *, version: int | None = None
    ) -> Timeline:
        """The timeline of a durable store (the default store when none is given)."""
        st = store if isinstance(store, DeltaStore) else open_store(store)
        return cls(st.load(version=version))

    @classmethod
    def from_events(cls, events: Iterable[EventBase | Mapping[str, Any]]) -> Timeline:
        """A timeline over events held in memory."""
        return cls(EventLog().append(events).log)

    @classmethod
    def from_articles(
        cls,
        paths: Sequence[str | Path],
        *,
        extractor: Extractor | None = None,
        published: dt.date | str | None = None,
    ) -> Timeline:
        """Extract articles in memory (nothing is stored).

        An article that cannot be read is raised when no article could be; otherwise each is
        a warning and the rest are extracted.
        """
        if isinstance(paths, (str, Path)):
            paths = [paths]
        loaded = load_articles(paths, published=published)
        if loaded.failures and not loaded.articles:
            raise loaded.failures[0][1]
        for _, problem in loaded.failures:
            warnings.warn(f"skipped: {problem}", ArticleSkipped, stacklevel=2)
        return cls.from_events(extract_articles(loaded.articles, extractor))

    def append(self, events: Iterable[EventBase | Mapping[str, Any]]) -> Timeline:
        """A new timeline with ``events`` appended (this one is unchanged)."""
        return Timeline(self.log.append(events).log)

    def known_at(self, when: Instant) -> Timeline:
        """The timeline as someone reading the news at ``when`` had it."""
        return Timeline(self.log.known_at(when))

    def events(self, subject: str | None = None) -> pl.LazyFrame:
        """The log as a LazyFrame, optionally for one subject (a ticker or any alias of it:
        "Nvidia" is NVDA, as on the command line)."""
        lf = self.log.lazy()
        if subject is None:
            return lf
        if not isinstance(subject, str) or not subject.strip():
            raise ArgumentInvalid("subject", subject, "a ticker or a company name, like 'BABA'")
        return lf.filter(pl.col("subject") == canonical(subject))

    def __len__(self) -> int:
        return len(self.log)

    def __repr__(self) -> str:
        return f"Timeline({len(self.log)} events)"

    # --- one date --------------------------------------------------------------------------

    def asof(
        self,
        at: Instant,
        known_at: Instant | None = None,
        *,
        subject: str | None = None,
        staleness_days: int = p.DEFAULT_STALENESS_DAYS,
    ) -> State:
        """The whole picture as of ``at`` (known at ``known_at``, by default the end of ``at``).

        All frames are computed in one pass of the lazy engine.
        """
        lf = self.events(subject)
        plans: dict[str, pl.LazyFrame] = {
            "reported_consensus": p.project_reported_consensus(lf, at, known_at),
            "derived_consensus": p.project_derived_consensus(
                lf, at, known_at, staleness_days=staleness_days
            ),
            "fair_values": p.project_fair_values(lf, at, known_at),
            "analysts": p.project_analyst_table(lf, at, known_at),
            "rating_distribution": p.project_rating_distribution(lf, at, known_at),
            "last_price": p.project_last_price(lf, at, known_at),
            "implied_prices": p.project_implied_prices(lf, at, known_at),
            "price_moves": p.project_price_moves(lf, at, known_at),
            "stakes": p.project_stake_changes(lf, at, known_at),
            "ownership_levels": p.project_ownership_levels(lf, at, known_at),
            "products": p.project_products(lf, at, known_at),
            "product_metrics": p.project_product_metrics(lf, at, known_at),
            "kpis": p.project_kpis(lf, at, known_at),
            "reported_facts": p.project_reported_facts(lf, at, known_at),
            "conflicts": p.project_conflicts(lf, at, known_at),
        }
        collected = pl.collect_all(list(plans.values()))
        frames = {
            name: frame.drop("at", "known_at", strict=False)
            for name, frame in zip(plans, collected, strict=True)
        }
        at_date, at_instant = as_query(at)
        return State(
            at=at_date,
            known_at=as_instant(known_at) if known_at is not None else at_instant,
            subject=canonical(subject) if subject is not None else None,
            **frames,
        )

    def diff(self, start: Instant, end: Instant, *, subject: str | None = None) -> pl.DataFrame:
        """What changed between the states as of ``start`` and ``end``."""
        return p.project_diff(self.events(subject), start, end).collect()

    # --- many dates: the projections, collected --------------------------------------------

    def project_reported_consensus(self, at: Dates, known_at: Dates | None = None) -> pl.DataFrame:
        """See `timeline.projections.project_reported_consensus`."""
        return p.project_reported_consensus(self.log.lazy(), at, known_at).collect()

    def project_derived_consensus(
        self,
        at: Dates,
        known_at: Dates | None = None,
        *,
        staleness_days: int = p.DEFAULT_STALENESS_DAYS,
    ) -> pl.DataFrame:
        """See `timeline.projections.project_derived_consensus`."""
        return p.project_derived_consensus(
            self.log.lazy(), at, known_at, staleness_days=staleness_days
        ).collect()

    def project_analyst_table(self, at: Dates, known_at: Dates | None = None) -> pl.DataFrame:
        """See `timeline.projections.project_analyst_table`."""
        return p.project_analyst_table(self.log.lazy(), at, known_at).collect()

    def project_last_price(self, at: Dates, known_at: Dates | None = None) -> pl.DataFrame:
        """See `timeline.projections.project_last_price`."""
        return p.project_last_price(self.log.lazy(), at, known_at).collect()

    def project_stake_changes(self, at: Dates, known_at: Dates | None = None) -> pl.DataFrame:
        """See `timeline.projections.project_stake_changes`."""
        return p.project_stake_changes(self.log.lazy(), at, known_at).collect()

    def project_kpis(self, at: Dates, known_at: Dates | None = None) -> pl.DataFrame:
        """See `timeline.projections.project_kpis`."""
        return p.project_kpis(self.log.lazy(), at, known_at).collect()
