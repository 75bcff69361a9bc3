from __future__ import annotations

import datetime as dt

import pytest

from tests.projections.conftest import Build, lazy
from timeline.projections import project_implied_prices, project_last_price, project_price_moves


def _day(d: str) -> dict[str, str]:
    return {"occurred_start": d, "occurred_precision": "day"}


def test_last_price_and_the_level_a_move_implies(ev: Build) -> None:
    log = lazy(
        ev("price_level", "2026-01-04", price=155.74, level_type="close", **_day("2026-01-02")),
        ev("price_move", "2026-01-04", percent=6.39, period="day", **_day("2026-01-02")),
    )
    [last] = project_last_price(log, "2026-01-05").collect().to_dicts()
    assert (last["price"], last["date"]) == (155.74, dt.date(2026, 1, 2))
    path = project_implied_prices(log, "2026-01-05").collect()
    implied = path.filter(path["basis"] != "reported").to_dicts()
    assert [(r["date"], round(r["price"], 2)) for r in implied] == [(dt.date(2026, 1, 1), 146.39)]
    assert not path.get_column("conflict").any()


def test_a_move_from_a_known_level_implies_its_end(ev: Build) -> None:
    log = lazy(
        ev("price_level", "2025-03-04", price=100.0, **_day("2025-03-03")),
        ev("price_move", "2025-03-05", percent=-4.0, period="day", **_day("2025-03-04")),
    )
    path = project_implied_prices(log, "2025-03-05").collect().to_dicts()
    assert [(r["date"], r["price"], r["basis"][:5]) for r in path] == [
        (dt.date(2025, 3, 3), 100.0, "repor"),
        (dt.date(2025, 3, 4), pytest.approx(96.0), "after"),
    ]


def test_articles_that_disagree_are_flagged(ev: Build) -> None:
    log = lazy(
        ev("price_level", "2026-01-04", price=155.74, **_day("2026-01-02")),
        ev("price_move", "2026-01-04", percent=6.39, period="day", **_day("2026-01-02")),
        ev("price_level", "2026-01-03", price=151.00, **_day("2026-01-01")),  # another article
    )
    path = project_implied_prices(log, "2026-01-05").collect()
    flagged = path.filter(path["conflict"]).get_column("date").unique().to_list()
    assert sorted(flagged) == [dt.date(2026, 1, 1), dt.date(2026, 1, 2)]  # both ends disagree


def test_moves_keep_their_periods(ev: Build) -> None:
    ytd = {
        "occurred_start": "2025-01-01",
        "occurred_end": "2025-12-06",
        "occurred_precision": "day",
    }
    log = lazy(ev("price_move", "2025-12-06", percent=86.4, period="ytd", **ytd))
    [move] = project_price_moves(log, "2025-12-31").collect().to_dicts()
    assert (move["percent"], move["period"], move["occurred_end"]) == (
        86.4, "ytd", dt.date(2025, 12, 6)
    )  # fmt: skip


def test_one_story_told_many_times_is_one_implied_level(ev: Build) -> None:
    copies = [
        event
        for i in range(40)
        for event in (
            ev("price_level", "2026-01-04", price=155.74, source_id=f"copy{i:02}", **_day("2026-01-02")),
            ev("price_move", "2026-01-04", percent=6.39, period="day", source_id=f"copy{i:02}",
               **_day("2026-01-02")),
        )
    ]  # fmt: skip
    path = project_implied_prices(lazy(*copies), "2026-01-05").collect()
    assert path.select("basis", "reports", "source_id").rows() == [
        ("before a 6.39% move to 155.74", 40, "copy00+copy00"),
        ("reported", 40, "copy00"),
    ]
