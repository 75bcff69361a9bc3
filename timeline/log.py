"""The append-only event log: one Polars frame with one fixed, documented schema.

Layout
------
The log is *wide*: the envelope columns (``ENVELOPE_FIELDS`` of `timeline.events`) followed by
the union of every kind's payload fields, each a nullable, typed column. A field name means the
same thing with the same type in every kind that has it (``firm``, ``value``, ``currency``...),
and `log_schema` refuses a schema where two kinds disagree.

Why wide, rather than a JSON payload or a struct per kind: projections filter on ``kind`` and then
read a handful of typed columns (``firm``, ``value``, ``reported_at``). Flat columns are what
Polars, Parquet statistics and Delta's predicate push-down handle fastest; a null costs almost
nothing in Parquet; and a new kind just adds its columns, which older stores read back as nulls
(upcasting) without a migration. In memory a null costs its column's width (Arrow allocates a
value for it), so `EventLog` holds only the columns that carry a value, each no wider than its
values need, and one column for the columns of one type that different kinds fill (`compact`),
and shows every view of the log in the full schema (`complete`).

Rules
-----
* Append-only: there is no update or delete. Appending an event whose ``event_id`` is present is
  a no-op, so re-ingesting an article adds nothing.
* The log assigns ``seq`` (1, 2, 3, ... in commit order) and ``recorded_at`` (UTC, never
  decreasing along ``seq``).
* Retractions and corrections are new events; the originals stay forever. `visible` applies them
  from their own ``reported_at`` on, by the rule of `timeline.knowledge`.

Examples
--------
>>> from timeline.log import EventLog
>>> from timeline.events import PriceTarget, Retraction
>>> pt = PriceTarget(subject="BABA", firm="Arete", value=172, source_id="a",
...                  reported_at="2025-12-30")
>>> log = EventLog().append([pt])
>>> log = log.append([pt])  # the same event again is a no-op
>>> len(log)
1
>>> oops = Retraction(subject="BABA", target_event_id=pt.event_id, reason="misquoted",
...                   source_id="b", reported_at="2026-01-02")
>>> log = log.append([oops])
>>> len(log.known_at("2026-01-01").of_kind("price_target"))
1
>>> len(log.known_at("2026-01-02").of_kind("price_target"))
0
"""

from __future__ import annotations

import datetime as dt
import types
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Annotated, Any, Literal, Union, get_args, get_origin

import polars as pl
from pydantic import ValidationError

from timeline import knowledge
from timeline._time import Instant, as_instant, utc_now
from timeline.errors import (
    ArgumentInvalid,
    EventInvalid,
    EventReferenceMissing,
    ReportFromTheFuture,
)
from timeline.events import ENVELOPE_FIELDS, KINDS, EventBase, parse_event
from timeline.hashing import SCALAR_DTYPES, check_batches

__all__ = [
    "STRUCTURE_COLUMNS",
    "TEXT_COLUMNS",
    "AppendReport",
    "EventLog",
    "Held",
    "Problem",
    "VerifyReport",
    "columns_of",
    "compact",
    "complete",
    "conform",
    "events_to_frame",
    "frame_to_events",
    "held",
    "log_schema",
    "prepare_append",
    "stored",
    "stored_schema",
    "verify_batches",
    "verify_frame",
    "visible",
]

_SCALARS = SCALAR_DTYPES


def _dtype(annotation: Any) -> pl.DataType:
    """The Polars type that stores a pydantic field annotation."""
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        inner = [a for a in get_args(annotation) if a is not type(None)]
        if len(inner) != 1:
            msg = f"cannot store a union of {inner}"
            raise TypeError(msg)
        return _dtype(inner[0])
    if origin is Literal:
        return _dtype(type(get_args(annotation)[0]))
    if origin is Annotated:  # UtcDatetime and the like: stored as the type they annotate
        return _dtype(get_args(annotation)[0])
    if origin is list:
        return pl.List(_dtype(get_args(annotation)[0]))
    if annotation in _SCALARS:
        return _SCALARS[annotation]
    msg = f"no column type for annotation {annotation!r}"
    raise TypeError(msg)


@cache
def stored_schema() -> pl.Schema:
    """The log's columns as stored (Parquet, Delta) and hashed: envelope first, then payload
    columns in order of first use, text as plain strings."""
    columns: dict[str, pl.DataType] = {}
    owner: dict[str, str] = {}
    for name in ENVELOPE_FIELDS:
        columns[name] = _dtype(EventBase.model_fields[name].annotation)
    columns["seq"] = pl.Int64()
    for kind, cls in KINDS.items():
        for name in cls.model_fields:
            if name in ENVELOPE_FIELDS:
                continue
            dtype = _dtype(cls.model_fields[name].annotation)
            if name in columns and columns[name] != dtype:
                msg = (
                    f"field {name!r} is {dtype} in {kind!r} but {columns[name]} in "
                    f"{owner[name]!r}; one name must have one type across kinds"
                )
                raise TypeError(msg)
            columns.setdefault(name, dtype)
            owner.setdefault(name, kind)
    return pl.Schema(columns)


#: The text columns held as plain strings in memory: ids and free text, (nearly) one value per
#: event, which a dictionary would not shrink. Every other text column holds few distinct values
#: (names, labels, codes: a subject, a firm, a currency) and is held as a Categorical.
TEXT_COLUMNS = frozenset(
    {"event_id", "source_id", "quote", "target_event_id", "replacement_event_id", "description",
     "reason"}
)  # fmt: skip


def _literal_values(annotation: Any) -> set[str]:
    """The text values a ``Literal`` annotation allows (inside ``| None`` too); none if it is
    not one."""
    origin = get_origin(annotation)
    if origin is Literal:
        return {v for v in get_args(annotation) if isinstance(v, str)}
    if origin in (Union, types.UnionType):
        return set().union(*(_literal_values(a) for a in get_args(annotation)))
    return set()


@cache
def _closed_sets() -> dict[str, tuple[str, ...]]:
    """The text fields whose values are a closed set (a ``Literal`` in every kind that has
    them), each with the union of its values over the kinds, in alphabetical order."""
    found: dict[str, set[str]] = {}
    open_: set[str] = set()
    models: tuple[type[EventBase], ...] = (EventBase, *KINDS.values())
    for cls in models:
        for name, info in cls.model_fields.items():
            values = _literal_values(info.annotation)
            if values:
                found.setdefault(name, set()).update(values)
            else:
                open_.add(name)
    return {name: tuple(sorted(v)) for name, v in found.items() if name not in open_}


def _held(name: str, dtype: pl.DataType) -> pl.DataType:
    # NOTE: an Enum's categories in alphabetical order: sorting by it sorts as text did
    if name == "kind":
        return pl.Enum(sorted(KINDS))
    if dtype == pl.String and name in _closed_sets():
        return pl.Enum(_closed_sets()[name])
    if dtype == pl.String and name not in TEXT_COLUMNS:
        return pl.Categorical()
    return dtype


@cache
def log_schema() -> pl.Schema:
    """The log's columns in memory (`EventLog`, a store's scan): `stored_schema`, with
    ``kind`` an Enum of the kinds, every text field whose values are a closed set (a
    ``Literal``: a precision, a normalised rating, a qualifier) an Enum of its values, and
    every other text column but `TEXT_COLUMNS` a Categorical.

    A string costs 16 bytes a row in Polars (its view) before its text, null or not; a
    Categorical 4 and an Enum of up to 256 values 1. Comparing and grouping them compares
    integers.
    `held` brings any log frame to this schema and `stored` back.
    """
    return pl.Schema({name: _held(name, dtype) for name, dtype in stored_schema().items()})


#: The text columns of `TEXT_COLUMNS` `compact` holds as a dictionary (a Categorical) and
#: `complete` shows as text: an article's id repeats over the events read from it, and the
#: references and reasons of retractions and corrections (and a description) are null in
#: nearly every row, where a string's view costs 16 bytes and a Categorical's code 4. An id
#: and a quote, one value per event, stay strings.
_HELD_AS_DICTIONARY = TEXT_COLUMNS - {"event_id", "quote"}

#: The narrower types a number may be held in (`compact`), narrowest first.
_NARROWER: dict[pl.DataType, tuple[pl.DataType, ...]] = {
    pl.Int64(): (pl.Int8(), pl.Int16(), pl.Int32()),
    pl.Int32(): (pl.Int8(), pl.Int16()),
}

_BITS: dict[pl.DataType, int] = {pl.Int8(): 8, pl.Int16(): 16, pl.Int32(): 32}

#: A date `compact` holds as its days after another's: an event's end, which is its start
#: unless the event spans more than a day (`EventBase._check_envelope`). A span's days fit
#: one or two bytes where a date takes four, and a log of one-day events holds only zeros:
#: one value (`Held.same`).
_SPAN_OF = {"occurred_end": "occurred_start"}


def _narrowest(column: pl.Series) -> pl.DataType:
    """The narrowest type of ``column``'s family that holds every one of its values (from
    its least and greatest: no cast is tried)."""
    low, high = column.min(), column.max()
    if not isinstance(low, int) or not isinstance(high, int):  # no value
        return column.dtype
    for dtype in _NARROWER.get(column.dtype, ()):
        bound = 1 << (_BITS[dtype] - 1)
        if -bound <= low and high < bound:
            return dtype
    return column.dtype


#: The columns the log reads in every row from its held frame (`EventLog`): never shared.
_READ_WHOLE = frozenset({"event_id", "kind", "recorded_at", "seq"})


@dataclass(frozen=True, slots=True)
class Held:
    """A log frame as `EventLog` holds it (`compact`), and how `complete` shows it.

    ``frame`` holds the columns that carry a value; ``shared`` names the payload columns
    held in another's column, each with the kinds whose rows are its own: ``(column, held
    in, kinds)``; ``same`` the columns that hold one value in every row, with that value.
    """

    frame: pl.DataFrame
    shared: tuple[tuple[str, str, tuple[str, ...]], ...] = ()
    same: tuple[tuple[str, Any], ...] = ()
    spans: tuple[str, ...] = ()  # the dates held as their days after another's (_SPAN_OF)

    def columns(self) -> list[str]:
        """The log's columns some row fills, in the log's order."""
        held = {*self.frame.columns, *(n for n, _, _ in self.shared), *(n for n, _ in self.same)}
        return [n for n in log_schema() if n in held]

    def filter(self, predicate: pl.Expr) -> Held:
        """The rows ``predicate`` keeps, held the same way."""
        return Held(self.frame.filter(predicate), self.shared, self.same, self.spans)


def _as_spans(frame: pl.DataFrame) -> tuple[pl.DataFrame, tuple[str, ...]]:
    """``frame`` with each date of `_SPAN_OF` as its days after its base date (0 where both
    are null), and those dates; a date null where its base is not, or the reverse (no valid
    event), is left as it is."""
    spans = tuple(
        end
        for end, start in _SPAN_OF.items()
        if frame.schema.get(end) == frame.schema.get(start) == pl.Date()
        and frame.select((pl.col(end).is_null() == pl.col(start).is_null()).all()).item()
    )
    days = (
        (pl.col(end).to_physical() - pl.col(_SPAN_OF[end]).to_physical()).fill_null(0).alias(end)
        for end in spans
    )
    return (frame.with_columns(days), spans) if spans else (frame, ())


def _same(frame: pl.DataFrame, columns: Sequence[str]) -> dict[str, Any]:
    """The ``columns`` (without a null) of ``frame`` whose every row holds one value, with
    that value. A float of zero or NaN is not one value (-0.0 == 0.0, NaN != NaN)."""
    if not columns or not frame.height:
        return {}
    alike = frame.select((pl.col(c) == pl.col(c).first()).all() for c in columns).row(0)
    first = frame.row(0, named=True)
    return {
        c: first[c]
        for c, one in zip(columns, alike, strict=True)
        if one and not (isinstance(first[c], float) and (first[c] == 0 or first[c] != first[c]))
    }


def _shares(
    frame: pl.DataFrame, columns: Sequence[str]
) -> tuple[list[list[str]], dict[str, tuple[str, ...]]]:
    """Groups of ``columns`` (payload columns of ``frame``) that one column can hold, and the
    kinds whose rows each of their members fills. A group's columns are of one type and
    filled by disjoint sets of kinds, so no row has a value in two of them. A column with a
    value in a row of no known kind (one this version does not know) stays alone: the kind
    would not tell its rows apart."""
    if not columns:
        return [], {}
    # NOTE: the kinds of each column's values, each a filter and a unique of a small
    # integer: 7 ms at 1M events, where a group by the kind with an any() per column took 155
    filled = frame.select(
        pl.col("kind").filter(pl.col(c).is_not_null()).unique().implode().alias(c) for c in columns
    ).row(0, named=True)
    kinds: dict[str, set[str | None]] = {c: set(filled[c]) for c in columns}
    groups: list[list[str]] = []
    for name in columns:
        mine = kinds[name]
        fits = (
            g
            for g in groups
            if frame.schema[g[0]] == frame.schema[name]
            and not any(None in kinds[other] or mine & kinds[other] for other in g)
        )
        group = next(fits, None) if None not in mine else None
        if group is None:
            groups.append([name])
        else:
            group.append(name)
    shared = [g for g in groups if len(g) > 1]
    return shared, {
        n: tuple(sorted(k for k in kinds[n] if k is not None)) for g in shared for n in g
    }


def compact(frame: pl.DataFrame) -> Held:
    """A log frame (`log_schema`'s types) as `EventLog` holds it: only the columns that carry a
    value, each in the narrowest type that holds its values, the text columns that repeat or
    are mostly null as a dictionary, payload columns of the same type that different kinds
    fill held in one column, and a column of one value held as that value; `complete` gives
    it back.

    A column costs its type's width on every row, null or not (Arrow allocates a value for
    each null): at 1M synthetic events about 30 payload columns hold no value at all and took
    200 of the 499 bytes an event, and the payload columns that do are null in most rows
    (a rating's firm, a move's percent, a level's price). A column no row fills is left out;
    columns of one type whose values come from disjoint sets of kinds (a price target's
    ``value``, a move's ``percent``, a level's ``price``) share one column, and `complete`
    takes each back from the rows of its own kinds. A column that holds one value in every
    row (a log's one extractor, every event's confidence of 1) is held as that value, once;
    an event's end as its days after its start.
    The log reads ``event_id``, ``kind``, ``recorded_at``, ``seq`` of every row: those stay
    columns, never shared and never held once. An integer column holds no more
    than its values need: ``seq`` fits 32 bits below 2**31 events, a score of 1 to 5 fits 8;
    the type is chosen from the values held (a cast that would lose one is not taken), so
    nothing changes but the width.

    >>> from timeline.events import PriceLevel, PriceTarget
    >>> log = EventLog().append([
    ...     PriceTarget(subject="BABA", firm="Arete", value=172, source_id="a",
    ...                 reported_at="2025-12-30"),
    ...     PriceLevel(subject="BABA", price=151.5, currency="USD", source_id="b",
    ...                reported_at="2025-12-30"),
    ... ])
    >>> held = compact(log.frame)
    >>> len(log.frame.columns), len(held.frame.columns), held.frame.schema["seq"]
    (67, 10, Int8)
    >>> dict(held.same)["subject"], dict(held.same)["currency"]
    ('BABA', 'USD')
    >>> held.shared[-1], held.frame.get_column("value").to_list()
    (('price', 'value', ('price_level',)), [172.0, 151.5])
    >>> complete(held).collect().equals(log.frame)
    True
    """
    frame, spans = _as_spans(frame)
    have, nulls = frame.schema, frame.null_count().row(0, named=True)
    empty = {n for n in have if n not in ENVELOPE_FIELDS and nulls[n] == frame.height}
    kept = [n for n in log_schema() if n in have and n not in empty]
    narrow = {n: _narrowest(frame.get_column(n)) for n in kept if have[n] in _NARROWER}
    narrow |= {n: pl.Categorical() for n in kept if n in _HELD_AS_DICTIONARY}
    flat = [n for n in kept if n not in _READ_WHOLE and not nulls[n] and not have[n].is_nested()]
    same = _same(frame, flat)
    kept = [n for n in kept if n not in same]
    casts = pl.Schema({n: d for n, d in narrow.items() if d != have[n] and n not in same})
    narrowed = frame.select(kept).cast(casts)
    payload = [n for n in kept if n not in ENVELOPE_FIELDS and n not in _READ_WHOLE]
    groups, kinds = _shares(narrowed, payload)
    if not groups:
        return Held(narrowed, same=tuple(same.items()), spans=spans)
    firsts = {group[0]: group for group in groups}
    held_in = {name: group[0] for group in groups for name in group}
    columns = [
        pl.coalesce(firsts[name]).alias(name) if name in firsts else pl.col(name)
        for name in kept
        if held_in.get(name, name) == name
    ]
    shared = tuple((name, group[0], kinds[name]) for group in groups for name in group)
    return Held(narrowed.select(columns), shared, tuple(same.items()), spans)


def complete(held: Held) -> pl.LazyFrame:
    """A `compact` log frame back in `log_schema`: every column in its type and place, those
    it left out as typed nulls (a literal: nothing is allocated unless a plan reads it), those
    held in another's column taken from the rows of their own kinds, a span's end from its
    start and days."""
    have = held.frame.schema
    shared = {name: (column, kinds) for name, column, kinds in held.shared}
    same = dict(held.same)

    def column(name: str, dtype: pl.DataType) -> pl.Expr:
        if name in held.spans:  # its days after its base date
            days = pl.lit(same[name]) if name in same else pl.col(name)
            base = column(_SPAN_OF[name], dtype).to_physical()
            return (base + days).cast(dtype).alias(name)
        if name in same:
            return pl.lit(same[name], dtype).alias(name)
        if name in shared:
            source, kinds = shared[name]
            value = pl.when(pl.col("kind").is_in(kinds)).then(pl.col(source))
            return (value if have[source] == dtype else value.cast(dtype)).alias(name)
        if name not in have:
            return pl.lit(None, dtype).alias(name)
        return pl.col(name) if have[name] == dtype else pl.col(name).cast(dtype)

    return held.frame.lazy().select(column(name, dtype) for name, dtype in log_schema().items())


def columns_of(kinds: Iterable[str]) -> list[str]:
    """The log's columns events of ``kinds`` fill: the envelope, ``seq`` and their payload
    fields, in the log's order.

    >>> columns_of(["price_level"])[-5:]
    ['currency', 'qualifier', 'listing', 'price', 'level_type']
    """
    fields = {*ENVELOPE_FIELDS, "seq"}.union(*(KINDS[kind].model_fields for kind in kinds))
    return [name for name in log_schema() if name in fields]


def _empty() -> pl.DataFrame:
    return pl.DataFrame(schema=log_schema())


def events_to_frame(events: Iterable[EventBase]) -> pl.DataFrame:
    """Rows of the stored schema for ``events`` (in the order given), as a store writes them."""
    schema = stored_schema()
    rows = [dict(ev) for ev in events]  # its own fields only: the other kinds' columns are null
    return pl.DataFrame(rows, schema=schema)


def stored(frame: pl.DataFrame) -> pl.DataFrame:
    """``frame`` with the columns `log_schema` holds otherwise back in their stored types."""
    schema = stored_schema()
    casts = pl.Schema({n: schema[n] for n, d in frame.schema.items() if d != schema.get(n, d)})
    return frame.cast(casts) if casts else frame


def _row_to_dict(row: Mapping[str, Any]) -> dict[str, Any]:
    cls = KINDS.get(row["kind"])
    if cls is None:
        return dict(row)
    return {n: row[n] for n in cls.model_fields if n in row and row[n] is not None}


def frame_to_events(frame: pl.DataFrame) -> list[EventBase]:
    """Validated event models for every row of a log frame (ids are re-checked)."""
    return [parse_event(_row_to_dict(row)) for row in frame.iter_rows(named=True)]


@cache
def _defaults() -> dict[str, tuple[tuple[str, ...], Any]]:
    """Per payload field: the kinds that have it and its default, where they all agree."""
    seen: dict[str, tuple[list[str], set[Any]]] = {}
    for kind, cls in KINDS.items():
        for name, info in cls.model_fields.items():
            if name in ENVELOPE_FIELDS or info.is_required():
                continue
            kinds, values = seen.setdefault(name, ([], set()))
            kinds.append(kind)
            values.add(info.default)
    return {
        name: (tuple(kinds), next(iter(values)))
        for name, (kinds, values) in seen.items()
        if len(values) == 1 and next(iter(values)) is not None
    }


def conform(frame: pl.DataFrame | pl.LazyFrame) -> pl.LazyFrame:
    """Bring a frame written by any version to today's stored schema (upcasting).

    A column a newer version added comes back holding the field's default for the kinds that
    have it (null elsewhere, or when kinds disagree on the default); column order is the
    schema's. A store's scan is this: text stays text, so a filter on a subject still
    reaches the Parquet files (it would not through a cast to Categorical).
    """
    lf = frame.lazy()
    have = lf.collect_schema()

    def missing(name: str, dtype: pl.DataType) -> pl.Expr:
        if name in _defaults():
            kinds, default = _defaults()[name]
            return (
                pl.when(pl.col("kind").is_in(kinds))
                .then(pl.lit(default, dtype=dtype))
                .otherwise(pl.lit(None, dtype=dtype))
                .alias(name)
            )
        return pl.lit(None, dtype=dtype).alias(name)

    def present(name: str, dtype: pl.DataType) -> pl.Expr:
        # a cast to the type a column has already still copies it: a second read of the log
        return pl.col(name) if have[name] == dtype else pl.col(name).cast(dtype)

    return lf.select(
        present(name, dtype) if name in have else missing(name, dtype)
        for name, dtype in stored_schema().items()
    )


def held(frame: pl.DataFrame | pl.LazyFrame) -> pl.LazyFrame:
    """``frame`` `conform`-ed and in the in-memory types of `log_schema`: the one place
    where the log's text becomes Categorical and Enum (`EventLog` holds this).

    A kind this version does not know (a newer one wrote it) reads as null, and so does a
    value outside a closed set (an Enum of `log_schema`): no projection reads it, and the
    stored row is still there for a store's `verify` to report.
    """
    lf = conform(frame)
    have = lf.collect_schema()
    casts = pl.Schema({n: d for n, d in log_schema().items() if have[n] != d})
    return lf.cast(casts, strict=False) if casts else lf


def visible(events: pl.LazyFrame, known_at: Instant) -> pl.LazyFrame:
    """The log as someone reading the news at ``known_at`` saw it: the facts known then (the
    rule of `timeline.knowledge`) and the retractions and corrections reported by then."""
    t = as_instant(known_at)
    facts = (
        knowledge.known_spans(events)
        .filter(knowledge.known_at(t))
        .drop("known_from", "known_until")
    )
    control = events.filter(
        pl.col("kind").is_in(knowledge.CONTROL_KINDS), pl.col("reported_at") <= t
    )
    return pl.concat([facts, control]).sort("seq")


def record_time(last: dt.datetime | None, recorded_at: dt.datetime | None) -> dt.datetime:
    """The ``recorded_at`` of the next commit: ``recorded_at`` or now, but never before the
    last commit's (a wall clock that went back does not make time run backwards along seq)."""
    now = recorded_at or utc_now()
    return last if last is not None and now < last else now


def prepare_append(
    events: Iterable[EventBase | Mapping[str, Any]],
    *,
    existing: Callable[[Sequence[str]], Collection[str]],
    next_seq: int,
    recorded_at: dt.datetime,
    allow_future: bool = False,
) -> tuple[pl.DataFrame, tuple[str, ...]]:
    """The rows to add for ``events``, and the ids that were already present.

    ``existing(ids)`` answers which of ``ids`` the log holds. Duplicates inside the batch keep
    their first occurrence. Retractions and corrections must name events in the log or batch.
    An event reported after ``recorded_at`` is refused (`ReportFromTheFuture`) unless
    ``allow_future``.
    """
    batch: dict[str, EventBase] = {}
    repeated: list[str] = []
    for item in events:
        ev = parse_event(item)
        if ev.event_id != ev.ev_content_hash():  # a model changed without validation
            problem = (
                "event_id",
                ev.event_id,
                "does not match the content; build events with the model or parse_event(), "
                "not model_copy(update=...), which skips validation",
            )
            raise EventInvalid(ev.kind, [problem])
        if ev.event_id in batch:
            repeated.append(ev.event_id)
        else:
            batch[ev.event_id] = ev
    present = set(existing(list(batch)))
    fresh = [ev for eid, ev in batch.items() if eid not in present]
    if not allow_future:
        future = next((ev for ev in fresh if ev.reported_at > recorded_at), None)
        if future is not None:
            raise ReportFromTheFuture(future.event_id, future.reported_at, recorded_at)
    _check_references(fresh, batch.keys(), existing)
    stamped = [
        ev.ev_with_log_fields(seq=next_seq + i, recorded_at=recorded_at)
        for i, ev in enumerate(fresh)
    ]
    return events_to_frame(stamped), tuple(sorted(present)) + tuple(repeated)


def _check_references(
    fresh: Sequence[EventBase],
    batch_ids: Collection[str],
    existing: Callable[[Sequence[str]], Collection[str]],
) -> None:
    wanted: dict[str, list[str]] = {}
    for ev in fresh:
        refs = (getattr(ev, "target_event_id", None), getattr(ev, "replacement_event_id", None))
        wanted[ev.event_id] = [r for r in refs if isinstance(r, str)]
    outside = sorted({r for refs in wanted.values() for r in refs if r not in batch_ids})
    found = set(existing(outside)) if outside else set()
    for eid, named in wanted.items():
        missing = [r for r in named if r not in batch_ids and r not in found]
        if missing:
            raise EventReferenceMissing(eid, missing)


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing `verify_frame` found wrong, and where."""

    check: str
    detail: str
    seq: int | None = None
    event_id: str | None = None

    def __str__(self) -> str:
        where = ", ".join(
            p for p in (f"seq {self.seq}" if self.seq is not None else "", self.event_id or "") if p
        )
        return f"[{self.check}] {where + ': ' if where else ''}{self.detail}"


@dataclass(frozen=True, slots=True)
class VerifyReport:
    """What `verify_frame` checked and found. ``ok`` when nothing is wrong."""

    events_checked: int
    problems: tuple[Problem, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems

    def __str__(self) -> str:
        if self.ok:
            return f"verified {self.events_checked} events: ok"
        lines = [f"verified {self.events_checked} events: {len(self.problems)} problem(s)"]
        return "\n".join([*lines, *(f"  {p}" for p in self.problems)])


def verify_frame(frame: pl.DataFrame, *, content: bool = True) -> VerifyReport:
    """Check sequence numbers, times and references; with ``content``, recompute every hash.

    Both are vectorised. The content check builds every row's canonical JSON with Polars and
    hashes it (`timeline.hashing`); the rows it cannot vouch for, and those whose hash differs,
    are validated as models, which name what is wrong.
    """
    problems = structure_problems(frame)
    if content:
        problems += _content_problems([frame])
    return VerifyReport(events_checked=frame.height, problems=tuple(problems))


def verify_batches(batches: Iterable[pl.DataFrame]) -> VerifyReport:
    """`verify_frame` of the log these consecutive batches make up, each read once: a store
    checks its log without holding all of it in memory (only the structure's columns)."""
    keys: list[pl.DataFrame] = []

    def kept() -> Iterator[pl.DataFrame]:
        for batch in batches:
            keys.append(batch.select(STRUCTURE_COLUMNS))
            yield batch

    content = _content_problems(kept())
    frame = pl.concat(keys) if keys else _empty().select(STRUCTURE_COLUMNS)
    return VerifyReport(frame.height, tuple(structure_problems(frame) + content))


def _sequence_problems(ordered: pl.DataFrame) -> list[Problem]:
    """Gaps named as the numbers that are missing ("seq 16..33 missing"), repeats, and rows
    without a number: seq runs 1, 2, 3, ... with nothing lost."""
    before = pl.col("seq").shift(1).fill_null(0)
    found = ordered.select(
        "seq",
        "event_id",
        gap=pl.when(pl.col("seq") - before > 1).then(
            pl.format("seq {}..{} missing: {} event(s) lost before this one", before + 1,
                      pl.col("seq") - 1, pl.col("seq") - before - 1)
        ),
        repeated=pl.col("seq") == before,
    )  # fmt: skip
    problems = [
        Problem("sequence", "seq is empty", None, row[0])
        for row in found.filter(pl.col("seq").is_null()).select("event_id").head(20).iter_rows()
    ]
    wrong = found.filter(pl.col("gap").is_not_null() | pl.col("repeated")).head(20)
    for seq, event_id, gap, _ in wrong.iter_rows():
        problems.append(Problem("sequence", gap or f"seq {seq} repeated", seq, event_id))
    return problems


#: The columns `structure_problems` reads (a store checks them without reading the rest).
STRUCTURE_COLUMNS = (
    "seq",
    "event_id",
    "recorded_at",
    "reported_at",
    "target_event_id",
    "replacement_event_id",
)


def structure_problems(frame: pl.DataFrame) -> list[Problem]:
    """Sequence gaps and repeats, duplicate ids, times out of order, dangling references."""
    problems: list[Problem] = []
    frame = frame.select(STRUCTURE_COLUMNS)  # sorting the payload along would cost the most
    seq = frame.get_column("seq")
    in_order = not seq.null_count() and seq.is_sorted()  # as stores keep it: nothing to sort
    ordered = frame if in_order else frame.sort("seq", nulls_last=True)
    for row in _duplicate_ids(ordered).select("seq", "event_id").iter_rows():
        problems.append(Problem("duplicate-id", "event_id appears more than once", *row))
    problems += _sequence_problems(ordered)
    went_back = ordered.filter(pl.col("recorded_at") < pl.col("recorded_at").shift(1))
    for row in went_back.select("seq", "event_id").head(20).iter_rows():
        problems.append(
            Problem("recorded-at", "recorded_at is earlier than the event before", *row)
        )
    future = ordered.filter(pl.col("reported_at") > pl.col("recorded_at"))
    for row in future.select("seq", "event_id").head(20).iter_rows():
        problems.append(
            Problem("reported-after-recorded", "reported_at is later than recorded_at", *row)
        )
    for col in ("target_event_id", "replacement_event_id"):
        for row in _dangling(frame, col).select("seq", "event_id", col).iter_rows():
            problems.append(Problem("reference", f"{col} {row[2]} is not in the log", *row[:2]))
    return problems


def _duplicate_ids(ordered: pl.DataFrame) -> pl.DataFrame:
    """The rows whose event_id another row has too. Sorted 64-bit hashes of the ids show at
    little cost that there are none; only when two hashes meet are the ids compared."""
    hashes = ordered.get_column("event_id").hash().sort()
    if not (hashes == hashes.shift(1)).any():
        return ordered.clear()
    maybe = ordered.filter(pl.col("event_id").hash().is_duplicated())
    return maybe.filter(pl.col("event_id").is_duplicated())


def _dangling(frame: pl.DataFrame, col: str) -> pl.DataFrame:
    """The rows whose reference in ``col`` names no event of the frame. The few references
    are looked up among the ids, not the ids among them."""
    named = frame.filter(pl.col(col).is_not_null())
    if named.is_empty():
        return named
    targets = named.get_column(col).implode()
    found = frame.get_column("event_id").filter(frame.get_column("event_id").is_in(targets))
    return named.filter(~pl.col(col).is_in(found.implode()))


def _content_problems(frames: Iterable[pl.DataFrame]) -> list[Problem]:
    """Rows whose content does not hash to their id, or that are no valid event, in ``seq``
    order. Only the rows `timeline.hashing` cannot clear are validated as models."""
    problems: list[Problem] = []
    batches = (b for f in frames for b in _slices(stored(f)))  # hashed as stored
    found = [batch.filter(suspect) for batch, suspect in check_batches(batches)]
    suspects = pl.concat(found, how="diagonal_relaxed") if found else pl.DataFrame()
    if "seq" in suspects.columns:
        suspects = suspects.sort("seq", maintain_order=True)
    problems += [p for row in suspects.iter_rows(named=True) if (p := row_problem(row))]
    return problems


def row_problem(row: Mapping[str, Any]) -> Problem | None:
    """What is wrong with one stored row, validated as a model: invalid, or its content hashes
    to another id than the one stored; ``None`` when it is sound."""
    stored = row["event_id"]
    content = _row_to_dict(row)
    content.pop("event_id", None)
    try:
        recomputed = parse_event(content).event_id
    except (EventInvalid, ValidationError) as exc:
        return Problem("invalid", str(exc).splitlines()[1].strip(), row["seq"], stored)
    if recomputed != stored:
        detail = f"content hashes to {recomputed}: the event was altered after it was written"
        return Problem("hash", detail, row["seq"], stored)
    return None


def _slices(frame: pl.DataFrame, size: int = 2_000_000) -> Iterator[pl.DataFrame]:
    """``frame`` in consecutive slices of at most ``size`` rows (no copy)."""
    for start in range(0, frame.height, size):
        yield frame.slice(start, size)


@dataclass(frozen=True, slots=True)
class AppendReport:
    """What one append to an event source did (`timeline.source.EventSource.append`)."""

    new_count: int
    duplicate_count: int
    version: int | None
    first_seq: int | None

    def __str__(self) -> str:
        where = f" (table version {self.version})" if self.version is not None else ""
        return f"{self.new_count} new, {self.duplicate_count} already present{where}"


@dataclass(frozen=True, slots=True)
class EventLog:
    """An immutable, in-memory event log. Every verb returns a new log.

    It holds its frame `compact` (only the columns that carry a value, numbers no wider than
    their values need, different kinds' columns of one type in one); every view of it
    (`frame`, `lazy`, `of_kind`...) is `complete`, in `log_schema`. The durable stores in
    `timeline.store` build on the same functions.
    """

    _held: Held = field(default_factory=lambda: compact(_empty()))

    @classmethod
    def from_frame(cls, frame: pl.DataFrame | pl.LazyFrame) -> EventLog:
        """A log over an existing log frame (conformed to today's schema and held in its
        in-memory types, `held`; sorted by seq)."""
        # NOTE: a log read in seq order (a store's, a file's) is not sorted again: the sort
        # costs time and leaves a chunk per thread, each pointing at all of a string column's
        # buffers (which Arrow then counts once per chunk)
        log = held(frame).collect()
        seq = log.get_column("seq")
        return cls(compact(log if not seq.null_count() and seq.is_sorted() else log.sort("seq")))

    def append(
        self,
        events: Iterable[EventBase | Mapping[str, Any]],
        *,
        recorded_at: dt.datetime | None = None,
        allow_future: bool = False,
    ) -> EventLog:
        """A new log with ``events`` appended (those already present are skipped). An event
        reported after now (after ``recorded_at``) is refused unless ``allow_future``."""
        return self.appended(events, recorded_at=recorded_at, allow_future=allow_future)[0]

    def appended(
        self,
        events: Iterable[EventBase | Mapping[str, Any]],
        *,
        recorded_at: dt.datetime | None = None,
        allow_future: bool = False,
    ) -> tuple[EventLog, AppendReport]:
        """`append`, with the report of what it did (new rows, ids already present)."""
        frame = self._held.frame
        last = frame.get_column("recorded_at").max() if frame.height else None
        next_seq = frame.height + 1
        added, dups = prepare_append(
            events,
            existing=self._existing,
            next_seq=next_seq,
            recorded_at=record_time(last if isinstance(last, dt.datetime) else None, recorded_at),
            allow_future=allow_future,
        )
        if added.is_empty():
            return self, AppendReport(0, len(dups), None, None)
        # the columns some row fills, each whole (not shared), and the new rows: held anew
        whole = self.lazy().select(self._held.columns()).collect()
        grown = EventLog(compact(pl.concat([whole, held(added).collect()], how="diagonal")))
        return grown, AppendReport(added.height, len(dups), None, next_seq)

    def _existing(self, ids: Sequence[str]) -> Collection[str]:
        hits = self._held.frame.filter(pl.col("event_id").is_in(list(ids)))
        return set(hits.get_column("event_id").to_list())

    @property
    def frame(self) -> pl.DataFrame:
        """The log as a frame, every column of `log_schema`; a copy, so changing it cannot
        change the log."""
        return self.lazy().collect()

    @property
    def nbytes(self) -> int:
        """The bytes the log holds in memory: every Arrow buffer of its `compact` frame, a
        string's 16-byte view included (which Polars' ``estimated_size`` leaves out)."""
        return int(self._held.frame.to_arrow(compat_level=pl.CompatLevel.newest()).nbytes)

    def lazy(self) -> pl.LazyFrame:
        """The log as a LazyFrame in `log_schema`, the input every projection takes."""
        return complete(self._held)

    def known_at(self, when: Instant) -> EventLog:
        """The log as someone reading the news at ``when`` saw it (see `visible`)."""
        return EventLog(compact(visible(self.lazy(), when).collect()))

    def recorded_by(self, when: Instant) -> EventLog:
        """The log as it stood in the system at ``when`` (system time, not knowledge time)."""
        return EventLog(self._held.filter(pl.col("recorded_at") <= as_instant(when)))

    def of_kind(self, *kinds: str) -> pl.DataFrame:
        """The rows of the given kinds, with only the columns those kinds use."""
        if unknown := [k for k in kinds if k not in KINDS]:
            raise ArgumentInvalid("kinds", unknown, f"kinds among {', '.join(KINDS)}")
        cols = dict.fromkeys(ENVELOPE_FIELDS)
        for kind in kinds:
            cols.update(dict.fromkeys(KINDS[kind].model_fields))
        return self.lazy().filter(pl.col("kind").is_in(kinds)).select(list(cols)).collect()

    def events(self) -> list[EventBase]:
        """Every event as a validated model, in ``seq`` order."""
        return frame_to_events(self.frame)

    def verify(self, *, content: bool = True) -> VerifyReport:
        """Recompute hashes and check sequence numbers (see `verify_frame`)."""
        return verify_frame(self.frame, content=content)

    def __len__(self) -> int:
        return self._held.frame.height

    def __repr__(self) -> str:
        return f"EventLog({len(self)} events)"
