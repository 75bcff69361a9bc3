from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import MakeEvent, Reliability
from timeline import PriceTarget, Timeline, TimelineError
from timeline.articles import ArticleSkipped
from timeline.errors import ArgumentInvalid, ArticleUnreadable, InstantInvalid
from timeline.store import DeltaStore

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture(scope="module")
def tl() -> Timeline:
    return Timeline.from_articles([SEEDS])


@pytest.mark.parametrize(
    ("at", "value"),
    [("2025-10-01", None), ("2025-12-07", 192.0), ("2025-12-31", 200.0), ("2026-01-05", 205.0)],
)
def test_reported_consensus_on_the_must_show_dates(
    tl: Timeline, at: str, value: float | None
) -> None:
    frame = tl.asof(at, subject="BABA").reported_consensus
    assert frame.get_column("value").to_list() == ([] if value is None else [value])


def test_analyst_table_as_of_2026_01_05(tl: Timeline) -> None:
    state = tl.asof("2026-01-05", subject="BABA")
    rows = {r["firm"]: r for r in state.analysts.to_dicts()}
    assert (rows["Arete"]["rating"], rows["Arete"]["rating_action"], rows["Arete"]["target"]) == (
        "Neutral", "downgrade", 172.0
    )  # fmt: skip
    assert (rows["Bernstein"]["rating"], rows["Bernstein"]["target"]) == ("Outperform", 190.0)
    assert rows["JPMorgan"]["target"] == 230.0
    assert (rows["Morningstar"]["target"], rows["Morningstar"]["target_type"]) == (
        258.0,
        "fair_value",
    )
    [derived] = state.derived_consensus.to_dicts()
    assert "Morningstar" not in derived["firms"]
    assert state.fair_values.get_column("firm").to_list() == ["Morningstar"]


def test_stakes_known_on_2025_12_29_and_12_30(tl: Timeline) -> None:
    def investors(at: str) -> set[str]:
        return set(tl.asof(at, subject="BABA").stakes.get_column("investor").to_list())

    assert investors("2025-12-29") == {"ARK Invest", "Southbound investors"}
    assert investors("2025-12-30") == {
        "ARK Invest", "Southbound investors", "Westend Capital Management", "Norges Bank"
    }  # fmt: skip
    amounts = tl.asof("2025-12-29").stakes.to_dicts()
    assert {(r["investor"], r["amount"]) for r in amounts if r["amount"]} == {
        ("ARK Invest", 16.3e6), ("Southbound investors", 7.8e9)
    }  # fmt: skip


def test_last_price_and_the_implied_previous_close(tl: Timeline) -> None:
    state = tl.asof("2026-01-05", subject="BABA")
    [last] = state.last_price.to_dicts()
    assert (last["price"], last["date"]) == (155.74, dt.date(2026, 1, 2))
    implied = state.implied_prices.filter(state.implied_prices["basis"] != "reported")
    assert [round(v, 2) for v in implied.get_column("price")] == [146.39]


def test_the_cloud_growth_reported_three_times_shows_once(tl: Timeline) -> None:
    facts = tl.asof("2026-01-05").reported_facts
    [row] = facts.filter(facts["fact"] == "metric=revenue segment=cloud value=34.0").to_dicts()
    assert row["reports"] == 3


def test_verbs_return_new_objects(tl: Timeline) -> None:
    extra = PriceTarget(
        subject="BABA", firm="Citi", value=1.0, source_id="t", reported_at="2026-01-01"
    )
    grown = tl.append([extra])
    assert len(grown) == len(tl) + 1
    assert len(tl.known_at("2025-10-01")) < len(tl)
    with pytest.raises(AttributeError):
        tl.log = grown.log  # type: ignore[misc]


def test_known_at_later_than_at_sees_what_we_now_know(tl: Timeline) -> None:
    then = tl.asof("2025-10-01", known_at="2026-01-05", subject="BABA")
    stakes = set(then.stakes.get_column("investor").to_list())
    assert "Westend Capital Management" in stakes  # happened in Q3, reported in December
    assert "Norges Bank" not in stakes  # no occurrence date: true from its report on


@pytest.mark.parametrize(
    ("at", "known_at"),
    [
        ("2025-10-01", None),
        ("2025-12-07", None),
        ("2026-06-01", None),
        ("2025-10-01", "2026-01-05"),
    ],
)
def test_subjects_are_those_the_state_speaks_of(at: str, known_at: str | None) -> None:
    tl = Timeline.from_articles([SEEDS, SEEDS.parent / "tests" / "articles"])
    assert tl.subjects(at, known_at) == tl.asof(at, known_at).subjects()


def test_a_subject_whose_only_fact_is_withdrawn_is_not_spoken_of(make_event: MakeEvent) -> None:
    target = make_event(subject="ACME", reported_at="2025-12-01")
    retracted = make_event(
        "retraction",
        subject="ACME",
        target_event_id=target.event_id,
        reason="misquoted",
        source_id="b",
        reported_at="2025-12-02",
    )
    tl = Timeline.from_events([make_event(), target, retracted])
    assert tl.subjects("2025-12-01") == ["ACME"]
    assert tl.subjects("2025-12-10") == ["BABA"] == tl.asof("2025-12-10").subjects()


def test_open_reads_a_store(tmp_path: Path, tl: Timeline) -> None:
    store = DeltaStore(tmp_path)
    store.append(tl.log.events())
    assert len(Timeline.open(store)) == len(tl)


@pytest.mark.parametrize(
    ("call", "named"),
    [
        (lambda t: t.asof(None), "at=None"),
        (lambda t: t.asof(20260212), "at=20260212"),
        (lambda t: t.asof("2026-01-05", subject=123), "subject=123"),
        (lambda t: t.asof("2026-01-05", known_at=[]), "known_at=[]"),
        (lambda t: t.project_last_price(["2026-01-05"], ["2026-01-05"] * 2), "known_at="),
        (lambda t: t.append(["x"]), "events='x'"),
        (lambda t: t.log.of_kind("price_targets"), "kinds=['price_targets']"),
    ],
)
def test_a_wrong_argument_is_a_timeline_error_naming_it(
    tl: Timeline, call: Callable[[Timeline], object], named: str, reliability: Reliability
) -> None:
    with pytest.raises(TimelineError, match=re.escape(named)) as raised:
        call(tl)
    assert isinstance(raised.value, (ArgumentInvalid, InstantInvalid))
    assert "give" in str(raised.value).lower()  # and says what is accepted
    reliability.record(
        f"a wrong argument in Python: `{named}...`", 1,
        f"{type(raised.value).__name__} (a TimelineError) naming it and what is accepted",
    )  # fmt: skip


def test_a_subject_is_resolved_like_on_the_command_line(tl: Timeline) -> None:
    by_name = tl.asof("2026-01-05", subject="Alibaba")
    by_ticker = tl.asof("2026-01-05", subject="BABA")
    assert by_name.subject == "BABA"
    assert by_name.derived_consensus.equals(by_ticker.derived_consensus)
    assert by_name.derived_consensus.height == 1


def test_from_articles_says_what_it_could_not_read(tmp_path: Path) -> None:
    with pytest.raises(ArticleUnreadable, match="nonexistent"):
        Timeline.from_articles([tmp_path / "nonexistent"])
    with pytest.warns(ArticleSkipped, match="nonexistent"):
        some = Timeline.from_articles(
            [SEEDS / "004_be3f86df37a2d424.txt", tmp_path / "nonexistent"]
        )
    assert len(some) > 0


def test_a_firm_is_canonical_however_the_event_is_made() -> None:
    written = {"subject": "9988.HK", "value": 230.0, "source_id": "x", "reported_at": "2025-12-06"}
    a = PriceTarget(firm="J.P. Morgan", **written)
    b = PriceTarget(firm="JPMorgan", **written)
    assert (a.subject, a.firm, a.event_id) == ("BABA", "JPMorgan", b.event_id)
    derived = Timeline.from_events([a, b]).asof("2025-12-31").derived_consensus
    assert derived.get_column("count").to_list() == [1]
