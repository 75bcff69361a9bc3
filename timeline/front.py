"""`Timeline`: the thin front object. It holds a log and borrows the projection functions.

Every projection of `timeline.projections.registry.PROJECTIONS` is `tl.project(name, ...)`,
a ``tl.project_<name>(...)`` method and a frame of `tl.asof(...)`; none is written here by
hand. Every verb returns a new object; the log is never changed in place.

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
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import polars as pl

from timeline import projections as p
from timeline._lines import ROWS_SHOWN, shown
from timeline._time import Instant, as_instant, as_query
from timeline.entities import canonical
from timeline.errors import ArgumentInvalid
from timeline.events import FACT_KEYS, EventBase
from timeline.log import EventLog, visible
from timeline.projections._core import Dates, subjects_seen
from timeline.projections.registry import PROJECTIONS, collect, collect_plans, plans, read
from timeline.state import SUMMARY_COLUMNS, SUMMARY_SECTIONS, State
from timeline.store import EventSource, open_store

if TYPE_CHECKING:
    from timeline.extract import Extractor

__all__ = ["Timeline"]

_METHODS = {projection.method: projection for projection in PROJECTIONS.values()}
_POINT = ("at", "known_at")  # the query point's columns, which a state's frames leave out


def _subject(subject: str | None) -> str | None:
    """A subject asked for by ticker or alias, as the log names it ("Nvidia" is NVDA)."""
    if subject is None:
        return None
    if not isinstance(subject, str) or not subject.strip():
        raise ArgumentInvalid("subject", subject, "a ticker or a company name, like 'BABA'")
    return canonical(subject)


@dataclass(frozen=True)
class Timeline:
    """A point-in-time view over an event log.

    It holds the log as a lazy plan: over a store, nothing is read until a question is asked,
    and then only what the question needs (a subject's filter reaches the Parquet files).
    ``source`` is any `EventSource` (`MemoryStore`, `DeltaStore`), an `EventLog`, or a frame
    of the log.
    """

    source: EventSource | EventLog | pl.LazyFrame | pl.DataFrame
    plan: pl.LazyFrame = field(init=False, repr=False)

    def __post_init__(self) -> None:
        source = self.source
        if isinstance(source, EventLog):
            plan = source.lazy()
        elif isinstance(source, (pl.DataFrame, pl.LazyFrame)):
            plan = EventLog.from_frame(source).lazy()
        elif isinstance(source, EventSource):
            plan = source.scan()
        else:
            accepted = "an EventSource (MemoryStore, DeltaStore), an EventLog or a log frame"
            raise ArgumentInvalid("source", source, accepted)
        object.__setattr__(self, "plan", plan)

    @classmethod
    def _over(cls, plan: pl.LazyFrame) -> Timeline:
        tl = object.__new__(cls)
        object.__setattr__(tl, "source", plan)
        object.__setattr__(tl, "plan", plan)
        return tl

    # --- building --------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        store: EventSource | str | Path | None = None,
        *,
        version: int | None = None,
        subject: str | None = None,
        storage_options: Mapping[str, str] | None = None,
    ) -> Timeline:
        """The timeline of a store (the default durable store when none is given), lazily;
        with ``subject`` (a ticker or any alias of it), the timeline of that subject's events
        alone. A store may be a folder or an object-store URL (``s3://bucket/prefix``; its
        credentials and endpoint in ``storage_options`` or the ``AWS_*`` variables).

        The store is checked on opening (`DeltaStore.scan`); the events are read when asked.
        Opened for one subject, a store checks and reads only the data files that may hold
        it: ``Timeline.open(store, subject="BABA").asof(at)`` is
        ``Timeline.open(store).asof(at, subject="BABA")`` without the rest of the log.
        """
        if isinstance(store, EventSource):
            st = store
        else:
            st = open_store(store, storage_options=storage_options)
        return cls._over(st.scan(version, subject=_subject(subject)))

    @classmethod
    def from_events(cls, events: Iterable[EventBase | Mapping[str, Any]]) -> Timeline:
        """A timeline over events held in memory."""
        return cls(EventLog().append(events))

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
        # NOTE: the extractor (its patterns, exchange calendars) loads only when articles are
        # read: a timeline over a store never needs it, and `timeline asof` starts without it
        from timeline.articles import ArticleSkipped  # noqa: PLC0415
        from timeline.ingest import extract_articles  # noqa: PLC0415
        from timeline.sources import load_articles  # noqa: PLC0415

        if isinstance(paths, (str, Path)):
            paths = [paths]
        loaded = load_articles(paths, published=published)
        if loaded.failures and not loaded.articles:
            raise loaded.failures[0][1]
        for _, problem in loaded.failures:
            warnings.warn(f"skipped: {problem}", ArticleSkipped, stacklevel=2)
        return cls.from_events(extract_articles(loaded.articles, extractor))

    @property
    def log(self) -> EventLog:
        """The log in memory (read now, when the timeline is over a store)."""
        return self.source if isinstance(self.source, EventLog) else EventLog.from_frame(self.plan)

    def append(self, events: Iterable[EventBase | Mapping[str, Any]]) -> Timeline:
        """A new timeline with ``events`` appended in memory (this one and its store are
        unchanged; append to a store with its own ``append``)."""
        return Timeline(self.log.append(events))

    def known_at(self, when: Instant) -> Timeline:
        """The timeline as someone reading the news at ``when`` had it."""
        return Timeline._over(visible(self.plan, when))

    def events(self, subject: str | None = None) -> pl.LazyFrame:
        """The log as a LazyFrame, optionally for one subject (a ticker or any alias of it:
        "Nvidia" is NVDA, as on the command line)."""
        if subject is None:
            return self.plan
        return self.plan.filter(pl.col("subject") == _subject(subject))

    def __len__(self) -> int:
        return int(self.plan.select(pl.len()).collect().item())

    def __repr__(self) -> str:
        return f"Timeline({len(self)} events)"

    # --- one date --------------------------------------------------------------------------

    def asof(
        self,
        at: Instant,
        known_at: Instant | None = None,
        *,
        subject: str | None = None,
        only: Iterable[str] | None = None,
        staleness_days: int = p.DEFAULT_STALENESS_DAYS,
    ) -> State:
        """The whole picture as of ``at`` (known at ``known_at``, by default the end of ``at``):
        every projection of `PROJECTIONS`, or ``only`` the named ones, in one pass of the lazy
        engine."""
        frames = collect(
            self.events(subject), at, known_at, only, without=_POINT, staleness_days=staleness_days
        )
        return _state(at, known_at, subject, frames)

    def subjects(self, at: Instant, known_at: Instant | None = None) -> list[str]:
        """The subjects with a fact known as of ``at`` (known at ``known_at``), sorted: every
        subject ``asof(at, known_at)`` speaks of, found without computing the state.

        >>> Timeline.from_articles(["seeds"]).subjects("2026-01-05")
        ['BABA', 'HSTECH']
        """
        return _subjects(self.plan, at, known_at).collect().get_column("subject").to_list()

    def summary(
        self, at: Instant, known_at: Instant | None = None, *, subject: str | None = None
    ) -> str:
        """The text summary of the state as of ``at`` (`State.summary`), from the sections it
        shows only, under each of the subjects a fact is known of (`subjects`); the events
        are read once for both.

        >>> print(Timeline.from_articles(["seeds"]).summary("2026-01-05").splitlines()[2])
        BABA:
        """
        events = read(
            self.events(subject), SUMMARY_SECTIONS, rows_of=FACT_KEYS, columns=SUMMARY_COLUMNS
        )
        sections, every = _summary_plans(events, at, known_at, subject)
        done = collect_plans([*sections.values(), *every], events)
        state = _state(at, known_at, subject, dict(zip(sections, done, strict=False)))
        return state.summary(None if subject else done[-1].get_column("subject").to_list())

    def diff(self, start: Instant, end: Instant, *, subject: str | None = None) -> pl.DataFrame:
        """What changed between the states as of ``start`` and ``end``."""
        return p.project_diff(self.events(subject), start, end).collect()

    def event_study(
        self,
        prices: pl.DataFrame | pl.LazyFrame,
        at: Instant,
        *,
        known_at: Instant | None = None,
        subject: str | None = None,
        before: int = 5,
        after: int = 20,
    ) -> pl.DataFrame:
        """Returns around each rating change, target change and stake purchase known as of
        ``at``, in sessions of ``prices`` (`timeline.prices.read_prices`, or a store's
        ``prices.read()``); `timeline.projections.mean_returns` averages them by kind of news,
        `timeline.charts.plot_event_study` draws them."""
        who = _subject(subject)
        bars = prices.lazy() if who is None else prices.lazy().filter(pl.col("subject") == who)
        study = p.project_event_study(
            self.events(who), bars, at, known_at, before=before, after=after
        )
        return study.collect()

    def project_derived_consensus_intervals(
        self,
        start: Instant,
        end: Instant,
        *,
        subject: str | None = None,
        staleness_days: int = p.DEFAULT_STALENESS_DAYS,
    ) -> pl.DataFrame:
        """The derived consensus from ``start`` to ``end`` as intervals of days, point in time
        (see `timeline.projections.project_derived_consensus_intervals`)."""
        return p.project_derived_consensus_intervals(
            self.events(subject), start, end, staleness_days=staleness_days
        )

    def project_derived_consensus_daily(
        self,
        start: Instant,
        end: Instant,
        *,
        subject: str | None = None,
        staleness_days: int = p.DEFAULT_STALENESS_DAYS,
    ) -> pl.DataFrame:
        """The derived consensus for every day from ``start`` to ``end``, point in time: the
        per-day view of `project_derived_consensus_intervals` (see
        `timeline.projections.project_derived_consensus_daily`)."""
        return p.project_derived_consensus_daily(
            self.events(subject), start, end, staleness_days=staleness_days
        )

    # --- many dates: every projection, collected -------------------------------------------

    def project(
        self,
        name: str,
        at: Dates,
        known_at: Dates | None = None,
        *,
        subject: str | None = None,
        **options: Any,
    ) -> pl.DataFrame:
        """One projection of `PROJECTIONS` at one date or many, collected.

        >>> tl = Timeline.from_articles(["seeds"])
        >>> tl.project("last_price", "2026-01-05", subject="BABA").get_column("price").to_list()
        [155.74]
        """
        return collect(self.events(subject), at, known_at, [name], **options)[name]

    def __getattr__(self, name: str) -> Callable[..., pl.DataFrame]:
        """``tl.project_<name>(at, known_at, subject=..., **options)`` for every projection."""
        projection = _METHODS.get(name)
        if projection is None:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

        def method(
            at: Dates, known_at: Dates | None = None, *, subject: str | None = None, **options: Any
        ) -> pl.DataFrame:
            return self.project(projection.name, at, known_at, subject=subject, **options)

        method.__name__ = name
        method.__doc__ = projection.function.__doc__
        return method

    def __dir__(self) -> list[str]:
        return sorted({*object.__dir__(self), *_METHODS})


def _state(
    at: Instant, known_at: Instant | None, subject: str | None, frames: Mapping[str, pl.DataFrame]
) -> State:
    at_date, at_instant = as_query(at)
    return State(
        at=at_date,
        known_at=as_instant(known_at) if known_at is not None else at_instant,
        subject=canonical(subject) if subject is not None else None,
        # frames collected without the query point (`collect`'s ``without``) are as they are
        sections={
            name: frame.drop(*_POINT) if _POINT[0] in frame.columns else frame
            for name, frame in frames.items()
        },
    )


def _subjects(events: pl.LazyFrame, at: Instant, known_at: Instant | None) -> pl.LazyFrame:
    """The subjects of the facts of ``events`` known as of ``at``, sorted, without nulls."""
    seen = subjects_seen(events, p.queries(at, known_at), list(FACT_KEYS))
    return seen.select(pl.col("subject").cast(pl.String).sort())


def _summary_plans(
    events: pl.LazyFrame, at: Instant, known_at: Instant | None, subject: str | None
) -> tuple[dict[str, pl.LazyFrame], list[pl.LazyFrame]]:
    """The plans of the summary's sections, each of the rows (`ROWS_SHOWN`) and columns
    (`shown`) its lines read, and, without ``subject``, the plan of the subjects
    (`_subjects`).

    NOTE: the rows a section does not show are left out in the plan, before its sort and
    its casts to text: 835 of the 86,490 rows of the implied prices at 1M events."""
    lazy = plans(events, at, known_at, SUMMARY_SECTIONS)
    sections = {
        name: plan.filter(ROWS_SHOWN.get(name, True)).select("at", "known_at", *shown(name))
        for name, plan in lazy.items()
    }
    return sections, [] if subject is not None else [_subjects(events, at, known_at)]
