"""The vectorised canonical JSON equals the models' (`timeline.hashing`), and `verify` built
on it judges every row exactly as validating each row as a model does."""

from __future__ import annotations

import datetime as dt
import math
import random
import types
from typing import Any, Literal, Union, get_args, get_origin

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from timeline import hashing
from timeline.errors import EventInvalid
from timeline.events import _NOT_HASHED, KINDS, EventBase, parse_event
from timeline.log import (
    EventLog,
    Problem,
    _row_to_dict,
    _sequence_problems,
    events_to_frame,
    row_problem,
    stored,
    stored_schema,
    verify_frame,
)

UTC = dt.UTC

# --- strategies: values of every column, mostly valid, sometimes not -----------------------

_NAMES = ["JPMorgan", "J.P. Morgan", "BABA", "9988.HK", "Alibaba", "Acme Corp", "  spaced  ",
          'say "hi"', "back\\slash", "line\nbreak", "tab\there", "é ü 中文 😀", "\u2028", "\x01",
          "\x7f", "x", ""]  # fmt: skip
_FLOATS = [0.0, -0.0, 1e-05, 0.0001, 0.00012, 0.5, 230.0, 1e15, 1e16, 1.5e20, 5e-324,
           math.nan, math.inf, -math.inf, 0.1 + 0.2, -3.25]  # fmt: skip


def _choices(annotation: Any) -> tuple[Any, ...] | None:
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        inner = [a for a in get_args(annotation) if a is not type(None)]
        return _choices(inner[0]) if len(inner) == 1 else None
    return get_args(annotation) if origin is Literal else None


def _value(dtype: pl.DataType, choices: tuple[Any, ...] | None) -> st.SearchStrategy[Any]:
    if choices is not None:
        return st.one_of(st.sampled_from(choices), st.sampled_from(["bogus", ""]))
    if dtype == pl.String:
        return st.one_of(st.sampled_from(_NAMES), st.text(max_size=8))
    if dtype == pl.Float64:
        return st.one_of(
            st.floats(0.0001, 1e9), st.sampled_from(_FLOATS), st.floats(allow_nan=True)
        )
    if dtype == pl.Int64:
        return st.one_of(st.integers(1, 5), st.integers(-2, 10**6))
    if dtype == pl.Date:
        return st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31))
    return st.one_of(
        st.datetimes(dt.datetime(2000, 1, 1), dt.datetime(2030, 1, 1), timezones=st.just(UTC)),
        st.datetimes(dt.datetime(1, 1, 2), timezones=st.just(UTC)),
    )


@st.composite
def rows(draw: st.DrawFn, *, valid_leaning: bool = True) -> dict[str, Any]:
    """A row of the log: a kind, and for each of its fields a value, often valid, or none."""
    kind = draw(st.sampled_from([*KINDS, "rumour"]))
    schema = stored_schema()
    fields = KINDS[kind].model_fields if kind in KINDS else {"subject": None, "value": None}
    row: dict[str, Any] = {"kind": kind}
    for name in fields:
        if name in ("kind", "event_id", "seq"):
            continue
        info = KINDS[kind].model_fields[name] if kind in KINDS else None
        required = info is not None and info.is_required()
        absent = draw(st.booleans()) if not required else draw(st.integers(0, 19)) == 0
        if not absent:
            choices = _choices(info.annotation) if info is not None else None
            row[name] = draw(_value(schema[name], choices))
    if valid_leaning and draw(st.integers(0, 3)):  # a coherent envelope, most of the time
        quote = draw(st.sampled_from(["", "Arete cut", "a\nb", '"q"', "é😀"]))
        start = draw(st.integers(0, 50))
        row |= {"quote": quote, "span_start": start, "span_end": start + len(quote)}
        row["occurred_precision"] = draw(st.sampled_from(["unknown", "day", "quarter"]))
        if row["occurred_precision"] == "unknown":
            row["occurred_start"] = row["occurred_end"] = None
        else:
            row["occurred_start"] = draw(st.dates(dt.date(1990, 1, 1), dt.date(2030, 1, 1)))
            row["occurred_end"] = row["occurred_start"] + dt.timedelta(draw(st.integers(0, 90)))
    if draw(st.booleans()):  # another kind's column holds a value: both paths ignore it
        row["horizon_years"] = 2.5
    return row


def _frame(items: list[dict[str, Any]]) -> pl.DataFrame:
    return pl.DataFrame(items, schema=stored_schema())


def _model(row: dict[str, Any]) -> EventBase | None:
    """The event the model makes of a row of the log, None when it refuses it."""
    content = _row_to_dict(row)
    content.pop("event_id", None)
    try:
        return parse_event(content)
    except (EventInvalid, ValidationError):
        return None


# --- the JSON ----------------------------------------------------------------------------------


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(rows(), min_size=1, max_size=25))
def test_vouched_json_is_the_models_json_or_nothing(items: list[dict[str, Any]]) -> None:
    """The core property: wherever the vectorised path writes a row's JSON, the model takes
    the row as valid and writes exactly that JSON. Every other row is left to the model."""
    frame = _frame(items)
    for row, text in zip(frame.iter_rows(named=True), hashing.vouched_json(frame), strict=True):
        if text is not None:
            event = _model(row)
            assert event is not None, row
            assert text == event.ev_canonical_json()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(rows(), min_size=1, max_size=25))
def test_events_as_the_log_stores_them_are_written_alike(items: list[dict[str, Any]]) -> None:
    events = [e for e in map(_model, _frame(items).iter_rows(named=True)) if e is not None]
    frame = events_to_frame(events)
    for event, text in zip(events, hashing.vouched_json(frame), strict=True):
        assert text is None or text == event.ev_canonical_json()


def _typical(seed: int, n: int) -> list[EventBase]:
    """Valid events of every kind, with ordinary values, as extraction makes them."""
    rnd = random.Random(seed)
    made: list[EventBase] = []
    while len(made) < n:
        kind = rnd.choice(list(KINDS))
        if kind in ("retraction", "correction") and not made:
            continue
        since = dt.timedelta(seconds=rnd.randrange(10**8), microseconds=rnd.choice([0, 0, 17]))
        data: dict[str, Any] = {
            "kind": kind,
            "subject": rnd.choice(["BABA", "AAPL", "Some Co"]),
            "source_id": f"a{rnd.randrange(50)}",
            "reported_at": dt.datetime(2020, 1, 1, tzinfo=UTC) + since,
        }
        for name, info in KINDS[kind].model_fields.items():
            if name in data or name in EventBase.model_fields:
                continue
            if not info.is_required() and (rnd.random() < 0.7 or name.endswith("event_id")):
                continue
            choices = _choices(info.annotation)
            data[name] = rnd.choice(choices) if choices else _ordinary(stored_schema()[name], rnd)
        made.append(parse_event(data | _extras(kind, rnd, made)))
    return made


def _extras(kind: str, rnd: random.Random, made: list[EventBase]) -> dict[str, Any]:
    """What makes a typical event of ``kind`` valid and varied: references to earlier events,
    an occurred date, a quote."""
    extras: dict[str, Any] = {"value": 12.5} if kind == "consensus" else {}
    if kind in ("retraction", "correction"):
        extras["target_event_id"] = rnd.choice(made).event_id
        if kind == "correction":
            extras["replacement_event_id"] = rnd.choice(made).event_id
    if rnd.random() < 0.5:
        day = dt.date(2024, 1, 1) + dt.timedelta(rnd.randrange(700))
        extras |= {"occurred_precision": "day", "occurred_start": day, "occurred_end": day}
    if rnd.random() < 0.3:
        extras |= {"quote": 'He said "buy"', "span_start": 3, "span_end": 16}
    return extras


def _ordinary(dtype: pl.DataType, rnd: Any) -> Any:
    if dtype == pl.String:
        return rnd.choice(["JPMorgan", "Arete", "RSI", "revenue", "Pixel 9", "USD"])
    if dtype == pl.Float64:
        return round(rnd.uniform(1, 99), 2)
    return rnd.randrange(1, 5)


def test_ordinary_events_of_every_kind_are_all_vouched_for() -> None:
    """Speed depends on this: events as extraction makes them never need the model."""
    events = _typical(seed=1, n=2_000)
    frame = stored(EventLog().append(events).frame)
    texts = hashing.vouched_json(frame)
    assert texts.null_count() == 0
    by_id = {e.event_id: e.ev_canonical_json() for e in events}
    assert texts.to_list() == [by_id[i] for i in frame.get_column("event_id")]
    assert not hashing.suspect_rows(frame).any()
    assert set(frame.get_column("kind")) == set(KINDS)


@pytest.mark.parametrize(
    ("setting", "value"),
    [
        ("_MAX_SHAPES", 0),  # one general expression per kind
        ("_MAX_TABLE_DAYS", 0),  # dates written by a cast, not a table
        ("_PARALLEL_FROM", 1),  # hashed by the helper processes
        ("_BATCH", 7),  # many batches, each hashed while the next is built
    ],
)
def test_every_way_of_writing_and_hashing_agrees(
    monkeypatch: pytest.MonkeyPatch, setting: str, value: int
) -> None:
    events = _typical(seed=2, n=300)
    frame = stored(EventLog().append(events).frame)
    priced = frame.filter(pl.col("value").is_not_null()).get_column("seq").item(3)
    tampered = frame.with_columns(
        value=pl.when(pl.col("seq") == priced).then(pl.col("value") + 1).otherwise("value"),
        subject=pl.when(pl.col("seq") == 250).then(pl.lit("J.P. Morgan")).otherwise("subject"),
    )
    expected = hashing.suspect_rows(tampered)
    monkeypatch.setattr(hashing, setting, value)
    by_id = {e.event_id: e.ev_canonical_json() for e in events}
    written = [by_id[i] for i in frame.get_column("event_id")]
    assert hashing.vouched_json(frame).to_list() == written
    got = hashing.suspect_rows(tampered)
    assert got.to_list() == expected.to_list()
    assert tampered.filter(got).get_column("seq").to_list() == [priced, 250]


def test_every_kind_can_be_vouched_for() -> None:
    """A model validator or constraint this module does not know leaves its kind to the
    model: still right, but slow. Teach `timeline.hashing` the new rule."""
    for kind, cls in KINDS.items():
        assert set(cls.__pydantic_decorators__.model_validators) <= set(
            hashing.KNOWN_MODEL_VALIDATORS
        )
        assert hashing._provable(kind), kind


# --- verify: exactly as strict as validating every row ---------------------------------------


def _reference_problems(frame: pl.DataFrame) -> list[Problem]:
    """What `verify_frame` reported before `timeline.hashing`: every row validated."""
    problems: list[Problem] = []
    ordered = frame.sort("seq", nulls_last=True)
    for row in (
        ordered.filter(pl.col("event_id").is_duplicated()).select("seq", "event_id").iter_rows()
    ):
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
    ids = frame.select("event_id")
    for col in ("target_event_id", "replacement_event_id"):
        dangling = frame.filter(pl.col(col).is_not_null()).join(
            ids, left_on=col, right_on="event_id", how="anti"
        )
        for row in dangling.select("seq", "event_id", col).iter_rows():
            problems.append(Problem("reference", f"{col} {row[2]} is not in the log", *row[:2]))
    # every row validated as a model, where `verify_frame` validates only the rows its hashing
    # cannot vouch for
    problems += [p for row in frame.iter_rows(named=True) if (p := row_problem(row))]
    return problems


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.tuples(rows(), st.sampled_from(["own", "own", "own", "altered", "other",
                                                 "upper", "wide"])),
             min_size=1, max_size=20),
)  # fmt: skip
def test_verify_reports_what_validating_every_row_reports(
    items: list[tuple[dict[str, Any], str]],
) -> None:
    """Random rows, valid or not, with their true id, an altered one, another row's, the
    true one in capitals, or 32 bytes of other letters: the problems, their order and their
    words are the same as before."""
    made = []
    for seq, (row, how) in enumerate(items, start=1):
        event = _model(row)
        own = event.event_id if event is not None else "0" * 32
        eid = {"own": own, "altered": own[:-1] + "x", "other": f"{seq:032x}",
               "upper": own.upper(), "wide": "é" * 16}[how]  # fmt: skip
        at = dt.datetime(2026, 1, 1, tzinfo=UTC)
        made.append(row | {"event_id": eid, "seq": seq, "recorded_at": at})
    frame = _frame(made)
    assert list(verify_frame(frame).problems) == _reference_problems(frame)


# --- a single edited byte, in any field of any kind, is caught and named ---------------------


def _edited(value: Any) -> Any:
    """``value`` with its smallest change."""
    if isinstance(value, str):
        return value[:-1] + chr(ord(value[-1]) ^ 1) if value else "x"
    if isinstance(value, bool):
        return not value
    if isinstance(value, float):
        return math.nextafter(value, math.inf)
    if isinstance(value, int):
        return value + 1
    if isinstance(value, dt.datetime):
        return value + dt.timedelta(microseconds=1)
    return value + dt.timedelta(days=1)


def test_an_edit_of_any_hashed_field_is_caught_and_named() -> None:
    """For each field, the smallest change of its value in every event that has one: each of
    those events, and no other, is reported by seq and id."""
    frame = stored(EventLog().append(_typical(seed=3, n=300)).frame)
    hashed = {n for cls in KINDS.values() for n in cls.model_fields} - _NOT_HASHED - {"kind"}
    for name in sorted(hashed):
        values = [_edited(v) if v is not None else None for v in frame.get_column(name)]
        edited = frame.with_columns(pl.Series(name, values, dtype=frame.schema[name]))
        problems = verify_frame(edited).problems
        changed = frame.filter(pl.col(name).is_not_null()).select("seq", "event_id")
        assert {(p.seq, p.event_id) for p in problems} == set(changed.iter_rows()), name
        caught = {p.seq for p in problems if p.check in ("hash", "invalid")}
        assert caught == set(changed.get_column("seq")), name
