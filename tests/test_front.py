from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline import PriceTarget, Timeline
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


def test_open_reads_a_store(tmp_path: Path, tl: Timeline) -> None:
    store = DeltaStore(tmp_path)
    store.append(tl.log.events())
    assert len(Timeline.open(store)) == len(tl)
