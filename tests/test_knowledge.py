"""One withdrawal rule: the log's view (`log.visible`) and the projections' facts agree."""

from __future__ import annotations

import datetime as dt

import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st
from polars.testing import assert_frame_equal

from timeline.events import Correction, EventBase, PriceTarget, Retraction
from timeline.knowledge import instant_literal, known_spans, spans_once
from timeline.log import EventLog, visible
from timeline.projections import facts
from timeline.projections.registry import collect, read
from timeline.projections.registry import plans as registry_plans

DAY0 = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def _at(day: int) -> dt.datetime:
    return DAY0 + dt.timedelta(days=day)


# a plan: targets reported on some day; later some are retracted or corrected, on some day
plans = st.lists(
    st.tuples(
        st.integers(0, 20),  # reported on day
        st.sampled_from(["stands", "retracted", "corrected"]),
        st.integers(0, 20),  # withdrawn this many days later
    ),
    min_size=1,
    max_size=12,
)


def _log(plan: list[tuple[int, str, int]]) -> EventLog:
    events: list[EventBase] = []
    for i, (day, fate, later) in enumerate(plan):
        target = PriceTarget(
            subject="ACME", firm=f"F{i}", value=100.0 + i, source_id=f"a{i}", reported_at=_at(day)
        )
        events.append(target)
        when = _at(day + later)
        if fate == "retracted":
            events.append(
                Retraction(
                    subject="ACME", target_event_id=target.event_id, reason="wrong",
                    source_id=f"r{i}", reported_at=when,
                )
            )  # fmt: skip
        elif fate == "corrected":
            fixed = PriceTarget(
                subject="ACME", firm=f"F{i}", value=200.0 + i, source_id=f"c{i}", reported_at=when
            )
            events += [
                fixed,
                Correction(
                    subject="ACME", target_event_id=target.event_id,
                    replacement_event_id=fixed.event_id, reason="typo",
                    source_id=f"c{i}", reported_at=when,
                ),
            ]  # fmt: skip
    return EventLog().append(events)


@settings(max_examples=60, deadline=None)
@given(plan=plans, asked=st.integers(-1, 45))
def test_the_log_and_the_projections_see_the_same_facts(
    plan: list[tuple[int, str, int]], asked: int
) -> None:
    log = _log(plan)
    t = _at(asked) + dt.timedelta(hours=12)
    seen_by_log = set(
        visible(log.lazy(), t)
        .filter(~pl.col("kind").is_in(["retraction", "correction"]))
        .collect()
        .get_column("event_id")
    )
    standing = (
        facts(log.lazy())
        .filter(
            pl.col("known_from") <= t,
            pl.col("known_until").is_null() | (pl.col("known_until") > t),
        )
        .collect()
    )
    assert seen_by_log == set(standing.get_column("event_id"))
    # and the rule itself: one target per firm is known once its report is, until withdrawn
    for i, (day, fate, later) in enumerate(plan):
        firm = standing.filter(pl.col("firm") == f"F{i}").get_column("value").to_list()
        if t < _at(day):
            assert firm == []
        elif fate == "stands" or t < _at(day + later):
            assert firm == [100.0 + i]
        elif fate == "retracted":
            assert firm == []
        else:
            assert firm == [200.0 + i]


@given(
    st.datetimes(
        min_value=dt.datetime(1900, 1, 1),
        max_value=dt.datetime(2200, 1, 1),
        timezones=st.sampled_from([None, dt.UTC, dt.timezone(dt.timedelta(hours=9))]),
    )
)
@settings(max_examples=200, deadline=None)
def test_an_instant_literal_is_polars_own_literal(when: dt.datetime) -> None:
    utc = when.astimezone(dt.UTC) if when.tzinfo else when.replace(tzinfo=dt.UTC)
    expected = pl.select(pl.lit(utc, dtype=pl.Datetime("us", "UTC")))
    got = pl.select(instant_literal(when))
    assert got.schema == expected.schema
    assert got.item() == expected.item() == utc


@settings(max_examples=40, deadline=None)
@given(plan=plans, asked=st.integers(-1, 45))
def test_the_rule_applied_once_to_a_read_sees_what_each_plan_sees(
    plan: list[tuple[int, str, int]], asked: int
) -> None:
    # a small read carries the spans (`registry.read`); the plans over the raw log apply
    # the rule themselves: the same state
    log, at = _log(plan), (_at(asked) + dt.timedelta(hours=12)).date()
    once = read(log.lazy())
    assert {"known_from", "known_until"} <= set(once.collect_schema().names())
    each = {name: frame.collect() for name, frame in registry_plans(log.lazy(), at).items()}
    for name, frame in collect(log.lazy(), at).items():
        assert_frame_equal(frame, each[name])


@settings(max_examples=60, deadline=None)
@given(plan=plans)
def test_the_rule_applied_once_is_the_rule(plan: list[tuple[int, str, int]]) -> None:
    # `spans_once` looks up only the facts a withdrawal names; its spans are `known_spans`'
    # for every fact, its control events carry none, and no row moves
    frame = _log(plan).lazy().collect()
    once = spans_once(frame)
    assert once.drop("known_from", "known_until").equals(frame)
    control = once.filter(pl.col("kind").is_in(["retraction", "correction"]))
    assert control.select("known_from", "known_until").null_count().sum_horizontal().item() == (
        2 * control.height
    )
    expected = known_spans(frame.lazy()).collect().sort("seq")
    got = known_spans(once.lazy()).collect().select(expected.columns).sort("seq")
    assert_frame_equal(got, expected)
