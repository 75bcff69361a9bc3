"""The projection registry: every projection declared once, and what is derived from it."""

from __future__ import annotations

import inspect
from pathlib import Path

import polars as pl
import pytest
from polars.testing import assert_frame_equal

from tests.conftest import MakeEvent
from timeline import State, Timeline
from timeline import projections as p
from timeline.events import KINDS
from timeline.projections import registry
from timeline.projections.registry import PROJECTIONS, collect, plans, read

ROOT = Path(__file__).resolve().parents[2]
DATES = ["2025-10-01", "2025-12-07", "2026-01-05"]


@pytest.fixture(scope="module")
def tl() -> Timeline:
    return Timeline.from_articles([ROOT / "seeds"])


def test_every_point_projection_is_registered() -> None:
    exported = {n for n in p.__all__ if n.startswith("project_")}
    over_a_span = {  # start..end, not points
        "project_diff",
        "project_derived_consensus_daily",
        "project_derived_consensus_intervals",
    }
    over_prices = {"project_event_study"}  # the log and prices: no part of a state
    registered = {proj.method for proj in PROJECTIONS.values()}
    assert registered == exported - over_a_span - over_prices


def test_declared_options_are_the_functions_own() -> None:
    for proj in PROJECTIONS.values():
        keywords = {
            name
            for name, param in inspect.signature(proj.function).parameters.items()
            if param.kind is param.KEYWORD_ONLY
        }
        assert set(proj.options) == keywords, proj.name


@pytest.mark.parametrize("name", list(PROJECTIONS))
def test_keys_identify_one_row_per_query_point(name: str, tl: Timeline) -> None:
    proj = PROJECTIONS[name]
    frame = tl.project(name, DATES)
    assert not frame.is_empty() or name == "conflicts"
    if proj.keys is not None:
        assert frame.select("at", "known_at", *proj.keys).is_duplicated().sum() == 0, name


@pytest.mark.parametrize("name", list(PROJECTIONS))
def test_a_projection_reads_only_its_declared_kinds(name: str, tl: Timeline) -> None:
    kinds = PROJECTIONS[name].kinds
    if kinds is None:
        return
    assert set(kinds) <= set(KINDS)
    others = tl.events().filter(~pl.col("kind").is_in(kinds))
    assert collect(others, DATES, None, [name])[name].is_empty()
    if name != "conflicts":  # the seeds hold no conflicting reports
        mine = tl.events().filter(pl.col("kind").is_in([*kinds, "retraction", "correction"]))
        assert not collect(mine, DATES, None, [name])[name].is_empty()


@pytest.mark.parametrize("name", list(PROJECTIONS))
def test_one_read_of_what_a_projection_uses_answers_as_the_whole_log(
    name: str, tl: Timeline
) -> None:
    whole = plans(tl.events(), DATES, None, [name])[name].collect()
    assert collect(tl.events(), DATES, None, [name])[name].equals(whole)
    kinds = set(PROJECTIONS[name].kinds or KINDS) | {"retraction", "correction"}
    assert set(read(tl.events(), [name]).collect().get_column("kind")) <= kinds


def test_either_engine_gives_the_same_state(tl: Timeline, monkeypatch: pytest.MonkeyPatch) -> None:
    # a few events run in the in-memory engine, many in the streaming one: same answers
    small = collect(tl.events(), DATES)
    monkeypatch.setattr(registry, "IN_MEMORY_UP_TO", 0)
    large = collect(tl.events(), DATES)
    assert list(small) == list(large)
    for name, frame in small.items():
        assert_frame_equal(frame, large[name], check_row_order=False)


def test_the_read_keeps_the_withdrawals(make_event: MakeEvent) -> None:
    level = make_event("price_level", price=150.0)
    oops = make_event(
        "retraction",
        target_event_id=level.event_id,
        reason="misquoted",
        source_id="b",
        reported_at="2025-12-08",
    )
    tl = Timeline.from_events([level, oops, make_event()])
    assert read(tl.events(), ["last_price"]).collect().height == 2
    assert tl.project("last_price", "2025-12-07").height == 1
    assert tl.project("last_price", "2025-12-08").is_empty()


@pytest.mark.parametrize("every_kind", [True, False])
def test_a_read_leaves_out_a_kind_it_does_not_know(tl: Timeline, every_kind: bool) -> None:
    # a store's kinds are text: one a newer version wrote is left out (it has no Enum
    # code), whether the read asks for a few kinds or for every kind
    events = tl.events().with_columns(pl.col("kind").cast(pl.String))
    newer = events.head(1).with_columns(kind=pl.lit("a_kind_from_the_future"))
    names, rows_of = (None, list(KINDS)) if every_kind else (["last_price"], [])
    held = read(pl.concat([events, newer]), names, rows_of=rows_of).collect()
    assert held.height == read(events, names, rows_of=rows_of).collect().height
    assert held.get_column("kind").null_count() == 0


def test_state_timeline_and_registry_agree(tl: Timeline) -> None:
    state = tl.asof("2026-01-05", subject="BABA")
    assert list(state.frames()) == list(PROJECTIONS)
    for proj in PROJECTIONS.values():
        by_method = getattr(tl, proj.method)("2026-01-05", subject="BABA").drop("at", "known_at")
        assert by_method.equals(getattr(state, proj.name)), proj.name
    assert {proj.method for proj in PROJECTIONS.values()} <= set(dir(tl))
    assert tl.project_kpis.__doc__ == p.project_kpis.__doc__


def test_the_span_projections_are_timeline_methods_too(tl: Timeline) -> None:
    daily = tl.project_derived_consensus_daily("2026-01-01", "2026-01-05", subject="BABA")
    assert daily.height == 5
    point = tl.project_derived_consensus("2026-01-05", subject="BABA")
    assert (
        daily.filter(pl.col("at") == daily["at"].max())["mean"].to_list() == point["mean"].to_list()
    )
    assert not tl.diff("2025-12-01", "2026-01-05", subject="BABA").is_empty()


def test_asof_only_computes_what_is_asked(tl: Timeline) -> None:
    state = tl.asof("2026-01-05", only=["last_price"])
    assert list(state.frames()) == ["last_price"]
    with pytest.raises(AttributeError, match="it has last_price"):
        _ = state.analysts
    assert isinstance(state, State)


def test_an_unknown_projection_is_named_with_the_known_ones(tl: Timeline) -> None:
    with pytest.raises(ValueError, match="analysts"):
        tl.project("analyst", "2026-01-05")
    with pytest.raises(AttributeError):
        _ = tl.project_nothing  # type: ignore[attr-defined]


def test_options_reach_only_the_projections_that_take_them(tl: Timeline) -> None:
    fresh = tl.asof("2026-01-05", subject="BABA", staleness_days=1).derived_consensus
    usual = tl.asof("2026-01-05", subject="BABA").derived_consensus
    assert fresh.is_empty() or fresh["count"][0] < usual["count"][0]


def test_collect_without_leaves_columns_out_in_the_plans(tl: Timeline) -> None:
    events = tl.events("BABA")
    whole = collect(events, "2026-01-05")
    narrow = collect(events, "2026-01-05", without=("at", "known_at"))
    assert list(narrow) == list(whole)
    for name, frame in whole.items():
        assert_frame_equal(narrow[name], frame.drop("at", "known_at"), check_row_order=True)
    state = tl.asof("2026-01-05", subject="BABA")  # a state is collected that way
    assert all(f.columns == whole[n].columns[2:] for n, f in state.frames().items())
