from __future__ import annotations

import polars as pl

from tests.projections.conftest import Build, lazy
from timeline.events import Correction, Retraction
from timeline.projections import (
    project_derived_consensus,
    project_derived_consensus_daily,
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
