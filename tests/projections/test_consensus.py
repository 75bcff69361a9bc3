from __future__ import annotations

import datetime as dt
from typing import Any

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from polars.testing import assert_frame_equal

from tests.projections.conftest import Build, lazy
from timeline.errors import ArgumentInvalid
from timeline.events import Correction, EventBase, Retraction, parse_event
from timeline.log import EventLog
from timeline.projections import (
    per_day,
    project_derived_consensus,
    project_derived_consensus_daily,
    project_derived_consensus_intervals,
    project_fair_values,
    project_reported_consensus,
)


def _derived(events: pl.LazyFrame, at: str, **kw: int) -> dict[str, object]:
    rows = project_derived_consensus(events, at, **kw).collect().to_dicts()
    return rows[0] if rows else {}


def test_one_target_per_firm_its_latest(ev: Build) -> None:
    log = lazy(
        ev("price_target", "2025-01-10", firm="Citi", value=100.0),
        ev("price_target", "2025-02-10", firm="Citi", value=120.0),  # revised once
        ev("price_target", "2025-03-10", firm="Citi", value=90.0),  # and again
        ev("price_target", "2025-02-20", firm="UBS", value=150.0),
    )
    assert _derived(log, "2025-02-15")["mean"] == 120.0
    late = _derived(log, "2025-03-15")
    assert (late["mean"], late["median"], late["high"], late["low"], late["count"]) == (
        120.0, 120.0, 150.0, 90.0, 2
    )  # fmt: skip
    assert late["firms"] == ["Citi", "UBS"]


def test_stale_targets_expire(ev: Build) -> None:
    log = lazy(
        ev("price_target", "2025-01-01", firm="Citi", value=100.0),
        ev("price_target", "2025-03-01", firm="UBS", value=200.0),
    )
    assert _derived(log, "2025-04-11")["count"] == 2  # Citi is 100 days old: still counts
    assert _derived(log, "2025-04-12")["firms"] == ["UBS"]  # 101 days: dropped
    assert _derived(log, "2025-04-12", staleness_days=365)["count"] == 2
    assert _derived(log, "2025-07-01") == {}


def test_a_stale_latest_target_never_lets_an_older_one_count(ev: Build) -> None:
    """Only targets within the staleness window are looked at: a firm whose latest target
    is stale drops out, and a fresh latest hides its older ones, on one date or many."""
    log = lazy(
        ev("price_target", "2025-01-01", firm="Citi", value=100.0),
        ev("price_target", "2025-03-01", firm="Citi", value=120.0),
        ev("price_target", "2025-05-01", firm="UBS", value=200.0),
    )
    assert _derived(log, "2025-04-01")["firms"] == ["Citi"]
    assert _derived(log, "2025-04-01")["mean"] == 120.0  # not 110: the older one is hidden
    assert _derived(log, "2025-06-10")["firms"] == ["UBS"]  # Citi's latest is 101 days old
    assert _derived(log, "2025-06-10", staleness_days=101)["mean"] == 160.0
    days = ["2025-04-01", "2025-06-10"]
    series = project_derived_consensus(log, days).collect()
    assert series.get_column("firms").to_list() == [["Citi"], ["UBS"]]
    assert series.get_column("oldest_days").to_list() == [31, 40]


def test_fair_values_are_kept_out(ev: Build) -> None:
    log = lazy(
        ev("price_target", "2025-01-10", firm="Citi", value=100.0),
        ev("price_target", "2025-01-10", firm="Morningstar", value=258.0, target_type="fair_value"),
    )
    assert _derived(log, "2025-01-11")["firms"] == ["Citi"]
    fair = project_fair_values(log, "2025-01-11").collect()
    assert fair.select("firm", "value").rows() == [("Morningstar", 258.0)]


def test_a_retracted_target_leaves_from_the_retraction_on(ev: Build) -> None:
    wrong = ev("price_target", "2025-01-10", firm="Citi", value=900.0)
    keep = ev("price_target", "2025-01-10", firm="UBS", value=100.0)
    retraction = Retraction(
        subject="ACME", target_event_id=wrong.event_id, reason="not Citi's", source_id="x",
        reported_at="2025-01-20",
    )  # fmt: skip
    log = lazy(wrong, keep, retraction)
    assert _derived(log, "2025-01-19")["mean"] == 500.0
    assert _derived(log, "2025-01-20")["mean"] == 100.0
    # what we now know was true then: with today's knowledge, the retracted target never counts
    then = project_derived_consensus(log, "2025-01-15", known_at="2025-02-01").collect()
    assert then.get_column("mean").to_list() == [100.0]


def test_a_correction_replaces_from_its_own_report_on(ev: Build) -> None:
    wrong = ev("price_target", "2025-01-10", firm="Citi", value=900.0)
    right = ev("price_target", "2025-01-25", firm="Citi", value=90.0, source_id="erratum")
    fix = Correction(
        subject="ACME", target_event_id=wrong.event_id, replacement_event_id=right.event_id,
        reason="extra zero", source_id="erratum", reported_at="2025-01-25",
    )  # fmt: skip
    log = lazy(wrong, right, fix)
    assert _derived(log, "2025-01-24")["mean"] == 900.0
    assert _derived(log, "2025-01-25")["mean"] == 90.0


def test_reported_consensus_is_the_latest_report(ev: Build) -> None:
    log = lazy(
        ev("consensus", "2025-01-10", value=192.0, qualifier="approx"),
        ev("consensus", "2025-02-10", rating="Buy"),  # a rating only: not a target
        ev("consensus", "2025-03-10", value=205.0, analyst_count=40, provider="FactSet"),
    )
    out = project_reported_consensus(log, ["2025-01-09", "2025-02-11", "2025-03-10"]).collect()
    assert out.select("value", "analyst_count", "provider").rows() == [
        (192.0, None, None),
        (205.0, 40, "FactSet"),
    ]


def test_consensus_is_per_subject(ev: Build) -> None:
    log = lazy(
        ev("consensus", "2025-01-10", value=10.0, subject="AAPL"),
        ev("consensus", "2025-01-10", value=20.0, subject="MSFT"),
    )
    out = project_reported_consensus(log, "2025-01-10").collect()
    assert out.select("subject", "value").rows() == [("AAPL", 10.0), ("MSFT", 20.0)]


def test_the_mean_does_not_depend_on_the_order_of_the_events(ev: Build) -> None:
    # 1e16 + 1.0 + 1.5 and 1.0 + 1.5 + 1e16 differ (floats round at each step); the mean is
    # summed in sorted order, so the same targets give the same figure whatever order they
    # were logged in, one day or every day
    values = [1e16, 1.0, 1.5, 2.5, 0.1, 0.2]
    firms = dict(zip(values, ["Citi", "UBS", "Jefferies", "Nomura", "Mizuho", "HSBC"], strict=True))
    means = set()
    for order in (values, values[::-1], values[2:] + values[:2]):
        log = lazy(*(ev("price_target", "2025-02-10", firm=firms[v], value=v) for v in order))
        means.add(_derived(log, "2025-02-15")["mean"])
        daily = project_derived_consensus_daily(log, "2025-02-15", "2025-02-15")
        means.add(daily["mean"][0])
    assert len(means) == 1


# --- the derived consensus as intervals of days ----------------------------------------------

SUMMARY = ["mean", "median", "high", "low", "count"]


def test_a_withdrawn_target_gives_its_firms_older_one_back(ev: Build) -> None:
    """A newer target retracted before it goes stale: the firm's older target, still fresh,
    is its latest again from the retraction on (a span cut by a higher one)."""
    old = ev("price_target", "2025-01-10", firm="Citi", value=100.0)
    new = ev("price_target", "2025-02-01", firm="Citi", value=120.0)
    gone = Retraction(
        subject="ACME", target_event_id=new.event_id, reason="misquoted", source_id="r",
        reported_at="2025-02-10",
    )  # fmt: skip
    log = lazy(old, new, ev("price_target", "2025-01-20", firm="UBS", value=80.0), gone)
    intervals = project_derived_consensus_intervals(log, "2025-01-01", "2025-12-31")
    assert intervals.select("valid_from", "valid_until", "mean", "count").rows() == [
        (dt.date(2025, 1, 10), dt.date(2025, 1, 20), 100.0, 1),
        (dt.date(2025, 1, 20), dt.date(2025, 2, 1), 90.0, 2),
        (dt.date(2025, 2, 1), dt.date(2025, 2, 10), 100.0, 2),  # Citi's 120 and UBS's 80
        (dt.date(2025, 2, 10), dt.date(2025, 4, 21), 90.0, 2),  # Citi's 100 again
        (dt.date(2025, 4, 21), dt.date(2025, 5, 1), 80.0, 1),  # Citi's 100 stale
    ]


def test_equal_neighbours_are_one_interval_and_the_days_asked_bound_them(ev: Build) -> None:
    log = lazy(
        ev("price_target", "2025-01-10", firm="Citi", value=100.0),
        ev("price_target", "2025-02-10", firm="Citi", value=100.0),  # the same target again
    )
    intervals = project_derived_consensus_intervals(log, "2025-01-15", "2025-03-01")
    assert intervals.select("valid_from", "valid_until", "count").rows() == [
        (dt.date(2025, 1, 15), dt.date(2025, 3, 2), 1)
    ]
    daily = project_derived_consensus_daily(log, "2025-01-15", "2025-03-01")
    assert daily.height == 46
    assert daily.get_column("at").is_sorted()


def test_bad_spans_say_what_to_give(ev: Build) -> None:
    log = lazy(ev("price_target", "2025-01-10", firm="Citi", value=100.0))
    with pytest.raises(ArgumentInvalid, match=r"a date on or after start \(2025-02-01\)"):
        project_derived_consensus_intervals(log, "2025-02-01", "2025-01-01")
    with pytest.raises(ArgumentInvalid, match="0 or more"):
        project_derived_consensus_intervals(log, "2025-01-01", "2025-02-01", staleness_days=-1)
    with pytest.raises(ArgumentInvalid, match="valid_from and valid_until"):
        per_day(pl.DataFrame({"at": [dt.date(2025, 1, 1)]}))


def test_no_target_gives_no_interval(ev: Build) -> None:
    log = lazy(ev("price_level", "2025-01-10", price=10.0))
    intervals = project_derived_consensus_intervals(log, "2025-01-01", "2025-02-01")
    assert intervals.is_empty()
    assert intervals.columns == ["subject", "currency", "valid_from", "valid_until", *SUMMARY]
    assert project_derived_consensus_daily(log, "2025-01-01", "2025-02-01").is_empty()


DAY0 = dt.date(2025, 1, 1)


@st.composite
def a_target(draw: st.DrawFn) -> dict[str, Any]:
    day = DAY0 + dt.timedelta(days=draw(st.integers(0, 300)))
    event: dict[str, Any] = {
        "kind": "price_target",
        "subject": draw(st.sampled_from(["ACME", "BETA"])),
        "currency": draw(st.sampled_from(["USD", "USD", "EUR"])),
        "firm": draw(st.sampled_from(["Citi", "UBS", "HSBC", "Nomura", "Jefferies"])),
        "value": float(draw(st.sampled_from([10, 20, 25, 40, 1e16, 0.1, 0.2, 1.5]))),
        "target_type": draw(st.sampled_from(["price_target"] * 4 + ["fair_value"])),
        "reported_at": dt.datetime.combine(day, dt.time(draw(st.integers(0, 23))), dt.UTC),
        "source_id": f"a{draw(st.integers(0, 1000))}",
    }
    if draw(st.booleans()):  # some targets were set before they were reported
        back = dt.timedelta(days=draw(st.integers(0, 150)))
        event |= {"occurred_start": day - back, "occurred_precision": "day"}
    return event


def _withdrawn(targets: list[EventBase], withdrawals: list[tuple[int, int, bool]]) -> list[Any]:
    """Retractions, and corrections bringing a replacement, of some of ``targets``."""
    out: list[Any] = []
    for index, day, corrected in withdrawals:
        target = targets[index % len(targets)]
        when = dt.datetime.combine(DAY0 + dt.timedelta(days=day), dt.time(12), dt.UTC)
        if not corrected:
            out.append(Retraction(subject=target.subject, target_event_id=target.event_id,
                                  reason="wrong", source_id="r", reported_at=when))  # fmt: skip
            continue
        fixed = target.model_dump(exclude={"event_id", "source_id"}) | {"source_id": "fix"}
        replacement = parse_event(fixed | {"value": 33.0, "reported_at": when})
        out += [replacement, Correction(subject=target.subject, target_event_id=target.event_id,
                                        replacement_event_id=replacement.event_id,
                                        reason="typo", source_id="fix", reported_at=when)]  # fmt: skip
    return out


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    targets=st.lists(a_target(), min_size=1, max_size=30),
    withdrawals=st.lists(
        st.tuples(st.integers(0, 29), st.integers(0, 320), st.booleans()), max_size=4
    ),
    staleness=st.integers(0, 120),
    first=st.integers(-30, 330),
    days=st.integers(0, 150),
)
def test_the_intervals_are_the_derived_consensus_of_every_day(
    targets: list[dict[str, Any]],
    withdrawals: list[tuple[int, int, bool]],
    staleness: int,
    first: int,
    days: int,
) -> None:
    """On random logs (late reports, retractions, corrections giving a firm's older target
    back, values whose sum depends on its order): the intervals, a row per day, are exactly
    `project_derived_consensus` asked on each day; they never overlap, two adjacent ones
    differ, and they lie within the days asked."""
    facts = [parse_event(t) for t in targets]
    log = EventLog().append([*facts, *_withdrawn(facts, withdrawals)]).lazy()
    start = DAY0 + dt.timedelta(days=first)
    end = start + dt.timedelta(days=days)
    intervals = project_derived_consensus_intervals(log, start, end, staleness_days=staleness)

    asked = [start + dt.timedelta(days=i) for i in range(days + 1)]
    each_day = project_derived_consensus(log, asked, staleness_days=staleness).collect()
    expected = each_day.select("at", "subject", "currency", *SUMMARY).sort(
        "subject", "currency", "at"
    )
    assert_frame_equal(per_day(intervals), expected, check_exact=True)
    daily = project_derived_consensus_daily(log, start, end, staleness_days=staleness)
    assert_frame_equal(daily, expected, check_exact=True)

    following = intervals.with_columns(
        pl.all().shift(-1).over("subject", "currency").name.suffix("_next")
    ).filter(pl.col("valid_from_next").is_not_null())
    assert (intervals.get_column("valid_from") < intervals.get_column("valid_until")).all()
    assert (following.get_column("valid_until") <= following.get_column("valid_from_next")).all()
    touching = following.filter(pl.col("valid_until") == pl.col("valid_from_next"))
    same = pl.all_horizontal(pl.col(c) == pl.col(f"{c}_next") for c in SUMMARY)
    assert touching.filter(same).is_empty()
    if not intervals.is_empty():
        assert intervals.get_column("valid_from").min() >= start
        assert intervals.get_column("valid_until").max() <= end + dt.timedelta(days=1)


@pytest.mark.parametrize("case", ["packed", "wide group", "a null"])
def test_spans_are_ordered_by_group_then_priority(case: str) -> None:
    from timeline.projections.consensus import _by_priority

    n = 2_000
    rows = pl.DataFrame(
        {
            "group": (pl.int_range(n, eager=True) % 7).cast(pl.UInt64)
            * (1 << 40 if case == "wide group" else 1),
            "valid_from": pl.date_range(
                dt.date(2020, 1, 1), dt.date(2020, 1, 1) + dt.timedelta(days=n - 1), eager=True
            ).shuffle(seed=1),
            "known_from": pl.datetime_range(
                dt.datetime(2019, 1, 1, tzinfo=dt.UTC),
                dt.datetime(2019, 1, 1, tzinfo=dt.UTC) + dt.timedelta(hours=n - 1),
                "1h",
                eager=True,
            ).shuffle(seed=2),
            "seq": pl.int_range(n, eager=True).shuffle(seed=3),
        }
    ).with_columns(  # ties on the first three keys, decided by seq
        pl.col("valid_from").dt.truncate("1mo"), pl.col("known_from").dt.truncate("1mo")
    )
    if case == "a null":
        rows = rows.with_columns(
            valid_from=pl.when(pl.col("seq") == 5).then(None).otherwise("valid_from")
        )
    keys = ["group", "valid_from", "known_from", "seq"]
    assert _by_priority(rows).equals(rows.select(pl.arg_sort_by(keys)).to_series())


def test_a_values_rank_is_its_place_among_the_distinct_values() -> None:
    from timeline.projections._intervals import _ranks

    values = pl.Series("value", [1.0, -0.0, float("nan"), None, 0.0, 2.5, float("nan"), -3.0])
    distinct = values.unique().sort()
    ranks = _ranks(values.to_frame(), distinct)
    assert ranks.equals(distinct.search_sorted(values).cast(pl.UInt64).alias("rank"))
