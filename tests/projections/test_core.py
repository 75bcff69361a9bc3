"""The guarantees every projection rests on: series = single dates, and no look-ahead."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from polars.testing import assert_frame_equal

from timeline import projections as p
from timeline.events import Correction, EventBase, Retraction, parse_event
from timeline.front import Timeline
from timeline.log import EventLog
from timeline.projections import queries
from timeline.projections._core import _table, latest, subjects_seen

ROOT = Path(__file__).resolve().parents[2]
Projection = Callable[..., pl.LazyFrame]
SERIES_PROJECTIONS: list[Projection] = [
    p.project_reported_consensus,
    p.project_derived_consensus,
    p.project_analyst_table,
    p.project_last_price,
]


def test_queries_default_to_point_in_time() -> None:
    q = queries(["2025-12-31"]).collect().row(0, named=True)
    assert q["at"] == dt.date(2025, 12, 31)
    assert q["known_at"] == dt.datetime(2025, 12, 31, 23, 59, 59, 999999, tzinfo=dt.UTC)
    with pytest.raises(ValueError, match="one per date"):
        queries(["2025-01-01", "2025-01-02"], known_at=["2025-01-01"] * 3)


@pytest.fixture(scope="module")
def seeds_log() -> pl.LazyFrame:
    return Timeline.from_articles([ROOT / "seeds"]).log.lazy()


@pytest.mark.parametrize("projection", SERIES_PROJECTIONS, ids=lambda f: f.__name__)
def test_a_1000_date_series_equals_each_single_date(
    projection: Projection, seeds_log: pl.LazyFrame
) -> None:
    start = dt.date(2025, 6, 1)
    dates = [start + dt.timedelta(days=i) for i in range(1000)]
    series = projection(seeds_log, dates).collect()
    singles = pl.concat([projection(seeds_log, d).collect() for d in dates], how="vertical_relaxed")
    assert series.height == singles.height > 0
    assert_frame_equal(series, singles.cast(series.schema), check_row_order=True)


# --- no look-ahead -------------------------------------------------------------------------

FIRMS = ["Citi", "UBS", "HSBC", "Nomura"]
DAY0 = dt.date(2025, 1, 1)


@st.composite
def an_event(draw: st.DrawFn, first: int = 0, last: int = 200) -> dict[str, Any]:
    day = DAY0 + dt.timedelta(days=draw(st.integers(first, last)))
    kind = draw(st.sampled_from(["price_target", "analyst_rating", "consensus", "price_level",
                                 "price_move", "stake_change", "financial_kpi"]))  # fmt: skip
    base: dict[str, Any] = {
        "kind": kind,
        "subject": "ACME",
        "reported_at": dt.datetime.combine(day, dt.time(draw(st.integers(0, 23))), dt.UTC),
        "source_id": f"a{draw(st.integers(0, 30))}",
    }
    if draw(st.booleans()):  # some events happened before they were reported
        back = draw(st.integers(0, 60))
        base |= {"occurred_start": day - dt.timedelta(days=back), "occurred_precision": "day"}
    value = float(draw(st.integers(1, 500)))
    firm = draw(st.sampled_from(FIRMS))
    payloads: dict[str, dict[str, Any]] = {
        "price_target": {"firm": firm, "value": value,
                         "target_type": draw(st.sampled_from(["price_target", "fair_value"]))},
        "analyst_rating": {"firm": firm, "rating": "Buy", "rating_normalized": "buy",
                           "rating_score": draw(st.integers(1, 5))},
        "consensus": {"value": value},
        "price_level": {"price": value},
        "price_move": {"percent": value / 10, "period": "day"},
        "stake_change": {"investor": firm, "direction": "buy", "amount": value},
        "financial_kpi": {"metric": "revenue", "value": value, "unit": "USD"},
    }  # fmt: skip
    return base | payloads[kind]


def _state(log: EventLog, at: dt.date) -> dict[str, pl.DataFrame]:
    return Timeline(log).asof(at).frames()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    before=st.lists(an_event(0, 100), min_size=1, max_size=25),
    after=st.lists(an_event(101, 200), max_size=25),
    retract=st.lists(st.integers(0, 24), max_size=3),
    at_day=st.integers(0, 100),
)
def test_no_look_ahead(
    before: list[dict[str, Any]], after: list[dict[str, Any]], retract: list[int], at_day: int
) -> None:
    """Adding any events reported after D never changes the state as of D."""
    at = DAY0 + dt.timedelta(days=at_day)
    cutoff = dt.datetime.combine(at, dt.time.max, dt.UTC)
    known = [e for e in (parse_event(x) for x in before) if e.reported_at <= cutoff]
    log = EventLog().append(known)
    baseline = _state(log, at)

    later: list[EventBase] = [parse_event(x) for x in after]
    late_day = dt.datetime.combine(DAY0 + dt.timedelta(days=150), dt.time(12), dt.UTC)
    for i in retract:  # retractions and corrections of known events, reported later
        if known:
            target = known[i % len(known)]
            later.append(Retraction(subject="ACME", target_event_id=target.event_id,
                                    reason="late", source_id="r", reported_at=late_day))  # fmt: skip
    if known:
        target = known[0]
        replacement = target.model_copy(update={"event_id": "", "source_id": "fix",
                                                "reported_at": late_day})  # fmt: skip
        replacement = parse_event(replacement.model_dump(exclude={"event_id"}))
        later += [replacement, Correction(subject="ACME", target_event_id=target.event_id,
                                          replacement_event_id=replacement.event_id,
                                          reason="late", source_id="fix", reported_at=late_day)]  # fmt: skip
    grown = log.append(later)
    assert len(grown) >= len(log)
    for name, frame in _state(grown, at).items():
        assert_frame_equal(frame, baseline[name], check_dtypes=False), name


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    events=st.lists(an_event(0, 30), min_size=1, max_size=30),
    day=st.integers(0, 30),
    minutes=st.integers(0, 24 * 60 - 1),
    offset_hours=st.integers(-12, 14),
)
def test_an_instant_in_any_zone_sees_only_what_was_reported_by_then(
    events: list[dict[str, Any]], day: int, minutes: int, offset_hours: int
) -> None:
    """asof(t) == asof(t) on the log cut to the reports made at or before t, for any zone."""
    zone = dt.timezone(dt.timedelta(hours=offset_hours))
    local = dt.datetime.combine(DAY0 + dt.timedelta(days=day), dt.time(), zone)
    t = local + dt.timedelta(minutes=minutes)
    log = EventLog().append([parse_event(x) for x in events])
    cut = EventLog().append([e for e in log.events() if e.reported_at <= t])
    full, known = Timeline(log).asof(t.isoformat()), Timeline(cut).asof(t.isoformat())
    assert full.known_at == t.astimezone(dt.UTC)
    for name, frame in full.frames().items():
        expected = known.frames()[name]
        assert_frame_equal(frame, expected, check_dtypes=False, check_row_order=False), name


def test_a_time_of_day_is_not_rounded_up_to_the_end_of_the_day() -> None:
    morning = dt.datetime(2026, 2, 12, 10, tzinfo=dt.UTC)
    noteworthy = {"kind": "price_target", "subject": "ACME", "firm": "Bernstein", "value": 90.0,
                  "currency": "USD", "source_id": "x", "occurred_start": morning.date(),
                  "occurred_precision": "day",
                  "reported_at": morning + dt.timedelta(hours=5)}  # fmt: skip
    tl = Timeline(EventLog().append([parse_event(noteworthy)]))
    assert tl.asof("2026-02-12T10:00:00+00:00").analysts.is_empty()
    assert tl.asof("2026-02-12T19:00:00+09:00").analysts.is_empty()  # 10:00 UTC
    assert tl.asof("2026-02-12").analysts.height == 1  # a date is the whole day


# --- visible() against its definition ----------------------------------------------------


@st.composite
def a_fact_near_midnight(draw: st.DrawFn) -> dict[str, Any]:
    """A rating reported within a microsecond or an hour of a midnight near DAY0 + 10, with
    or without an occurrence: the edges of ``valid_from <= at`` and of a staleness window."""
    day = DAY0 + dt.timedelta(days=draw(st.integers(7, 12)))
    nudge = dt.timedelta(microseconds=draw(st.sampled_from([-3_600_000_000, -1, 0, 1])))
    event: dict[str, Any] = {
        "kind": "analyst_rating",
        "subject": "ACME",
        "firm": draw(st.sampled_from(FIRMS)),
        "rating": "Buy",
        "rating_normalized": "buy",
        "rating_score": 2,
        "reported_at": dt.datetime.combine(day, dt.time(), dt.UTC) + nudge,
        "source_id": f"a{draw(st.integers(0, 30))}",
    }
    if draw(st.booleans()):
        back = dt.timedelta(days=draw(st.integers(0, 2)))
        event |= {"occurred_start": day - back, "occurred_precision": "day"}
    return event


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    events=st.lists(a_fact_near_midnight(), min_size=1, max_size=20),
    at_day=st.integers(9, 11),
    known_days=st.integers(0, 2),
    within_days=st.one_of(st.none(), st.integers(0, 2)),
    retract=st.lists(st.tuples(st.integers(0, 19), st.integers(8, 13)), max_size=3),
)
def test_visible_is_its_definition(
    events: list[dict[str, Any]],
    at_day: int,
    known_days: int,
    within_days: int | None,
    retract: list[tuple[int, int]],
) -> None:
    """One query point: the facts with known_from <= known_at < known_until and
    at - within_days <= valid_from <= at, whatever bounds `visible` narrows the log by first."""
    facts = [parse_event(x) for x in events]
    withdrawals = [
        Retraction(subject="ACME", target_event_id=facts[i % len(facts)].event_id,
                   reason="wrong", source_id="r",
                   reported_at=dt.datetime.combine(DAY0 + dt.timedelta(days=d), dt.time(), dt.UTC))
        for i, d in retract
    ]  # fmt: skip
    lf = EventLog().append([*facts, *withdrawals]).lazy()
    at = DAY0 + dt.timedelta(days=at_day)
    known_at = dt.datetime.combine(at + dt.timedelta(days=known_days), dt.time(), dt.UTC)
    seen = p.visible(lf, queries(at, known_at), ["analyst_rating"], within_days=within_days)
    since = at - dt.timedelta(days=within_days if within_days is not None else 10_000)
    expected = p.facts(lf).filter(
        pl.col("kind") == "analyst_rating",
        pl.col("known_from") <= known_at,
        pl.col("known_until").is_null() | (pl.col("known_until") > known_at),
        pl.col("valid_from").is_between(since, at),
    )
    got = seen.select(expected.collect_schema().names()).collect().sort("seq")
    assert_frame_equal(got, expected.collect().sort("seq"))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    events=st.lists(
        st.tuples(a_fact_near_midnight(), st.sampled_from(["ACME", "BETA", "GAMMA"])),
        min_size=1,
        max_size=12,
    ),
    at_day=st.integers(9, 11),
    retract=st.lists(st.tuples(st.integers(0, 11), st.integers(8, 13)), max_size=4),
    correct=st.lists(st.tuples(st.integers(0, 11), st.integers(8, 13)), max_size=2),
)
def test_subjects_seen_are_the_subjects_of_visible(
    events: list[tuple[dict[str, Any], str]],
    at_day: int,
    retract: list[tuple[int, int]],
    correct: list[tuple[int, int]],
) -> None:
    """The subjects `subjects_seen` counts are those of `visible`, whatever retractions and
    corrections (before or after the point) take facts out or bring replacements in."""
    facts = [parse_event(x | {"subject": subject}) for x, subject in events]

    def day(d: int) -> dt.datetime:
        return dt.datetime.combine(DAY0 + dt.timedelta(days=d), dt.time(), dt.UTC)

    control: list[EventBase] = [
        Retraction(subject="ACME", target_event_id=facts[i % len(facts)].event_id,
                   reason="wrong", source_id="r", reported_at=day(d))
        for i, d in retract
    ]  # fmt: skip
    for i, d in correct:
        target = facts[i % len(facts)]
        replacement = parse_event(
            target.model_dump(exclude={"event_id"}) | {"subject": "DELTA", "source_id": f"c{i}"}
        )
        control += [replacement, Correction(subject=target.subject,
                                            target_event_id=target.event_id,
                                            replacement_event_id=replacement.event_id,
                                            reason="fix", source_id=f"c{i}", reported_at=day(d))]  # fmt: skip
    lf = EventLog().append([*facts, *control]).lazy()
    points = queries(DAY0 + dt.timedelta(days=at_day))
    seen = subjects_seen(lf, points, ["analyst_rating"]).collect()
    expected = p.visible(lf, points, ["analyst_rating"]).select(pl.col("subject").unique())
    assert sorted(seen.get_column("subject").cast(pl.String).to_list()) == sorted(
        expected.collect().get_column("subject").cast(pl.String).drop_nulls().to_list()
    )


# --- latest() against a sort -------------------------------------------------------------

_DAYS = [dt.date(1969, 12, 31), dt.date(1970, 1, 1), dt.date(2024, 6, 30)]
_INSTANTS = [dt.datetime(1969, 12, 31, 23, 59, 59, 999999, tzinfo=dt.UTC),
             dt.datetime(1970, 1, 1, tzinfo=dt.UTC), dt.datetime(2024, 6, 30, 12, tzinfo=dt.UTC),
             dt.datetime(2024, 6, 30, 12, 0, 0, 1, tzinfo=dt.UTC)]  # fmt: skip


@settings(max_examples=100, deadline=None)
@given(
    rows=st.lists(
        st.tuples(
            st.integers(0, 1),
            st.sampled_from(FIRMS),
            st.sampled_from(_DAYS),
            st.sampled_from(_INSTANTS),
        ),
        min_size=1,
        max_size=30,
    ),
    seqs=st.permutations(range(30)),
)
def test_latest_is_the_last_of_a_sort(
    rows: list[tuple[int, str, dt.date, dt.datetime]], seqs: list[int]
) -> None:
    """The greatest (valid_from, known_from, seq) per group, on either side of 1970 (the sign
    of a date's and an instant's integer)."""
    frame = pl.DataFrame(
        [(*row, seq) for row, seq in zip(rows, seqs, strict=False)],
        schema={
            "query": pl.UInt32,
            "firm": pl.Categorical,
            "valid_from": pl.Date,
            "known_from": pl.Datetime("us", "UTC"),
            "seq": pl.Int64,
        },
        orient="row",
    )
    got = latest(frame.lazy(), ["firm"]).collect().sort("seq")
    expected = (
        frame.sort("valid_from", "known_from", "seq")
        .group_by("query", "firm")
        .agg(pl.all().last())
        .select(frame.columns)
        .sort("seq")
    )
    assert_frame_equal(got, expected)


def test_query_points_are_held_once_and_other_frames_collected() -> None:
    points = queries(["2025-12-07", "2025-12-31"])
    held = _table(points)
    assert _table(points) is held  # built once, not collected by every plan
    assert_frame_equal(held, points.collect())
    other = points.with_columns(pl.col("query") + 1)  # not a frame `queries` built
    assert_frame_equal(_table(other), other.collect())


def test_latest_grouped_by_a_column_of_its_order() -> None:
    frame = pl.LazyFrame(
        {
            "query": [0, 0, 0],
            "subject": ["A", "A", "B"],
            "valid_from": [dt.date(2025, 1, 1), dt.date(2025, 1, 1), dt.date(2025, 1, 2)],
            "known_from": [dt.datetime(2025, 1, 1, tzinfo=dt.UTC)] * 3,
            "seq": [1, 2, 3],
        },
        schema_overrides={"query": pl.UInt32, "known_from": pl.Datetime("us", "UTC")},
    )
    got = latest(frame, ["subject", "valid_from"]).collect().sort("seq")
    assert got.get_column("seq").to_list() == [2, 3]
