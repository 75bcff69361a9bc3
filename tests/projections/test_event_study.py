"""Event studies over prices the tests make: a known jump on known sessions."""

from __future__ import annotations

import datetime as dt

import polars as pl
import pytest

from tests.projections.conftest import Build, lazy
from timeline.extract.sessions import session_closes
from timeline.prices import known_from
from timeline.projections import mean_returns, project_event_study

JULY_10 = dt.date(2024, 7, 10)  # a Wednesday; NYSE closes at 20:00 UTC


def _prices(jumps: dict[dt.date, float], subject: str = "ZVX") -> pl.DataFrame:
    """NYSE sessions of June to August 2024 at 100, moved by each jump on its day."""
    days = sorted(
        d for d in session_closes("XNYS") if dt.date(2024, 6, 3) <= d <= dt.date(2024, 8, 30)
    )
    close, closes = 100.0, []
    for day in days:
        close *= 1 + jumps.get(day, 0.0)
        closes.append(close)
    return known_from(
        pl.DataFrame({"subject": [subject] * len(days), "date": days, "close": closes})
    )


def _downgrade(ev: Build, reported: str, subject: str = "ZVX") -> object:
    return ev("analyst_rating", reported, subject=subject, firm="Helvion", rating="sell",
              rating_normalized="sell", rating_score=4, action="downgrade")  # fmt: skip


def test_the_news_session_is_the_first_close_after_it(ev: Build) -> None:
    prices = _prices({JULY_10: -0.10})
    during = project_event_study(lazy(_downgrade(ev, "2024-07-10T14:30:00Z")), prices, "2024-08-30")
    after = project_event_study(lazy(_downgrade(ev, "2024-07-09T21:00:00Z")), prices, "2024-08-30")
    for study in (during, after):
        rows = study.collect().select("session", "k", "return").rows()
        assert rows[0][0] == JULY_10  # reported in the session, or after the close before it
        by_k = {k: r for _, k, r in rows}
        assert (by_k[-1], by_k[0], by_k[20]) == (0.0, pytest.approx(-0.10), pytest.approx(-0.10))
        assert (min(by_k), max(by_k)) == (-5, 20)


def test_a_study_as_of_a_day_sees_no_later_close(ev: Build) -> None:
    prices = _prices({JULY_10: -0.10, dt.date(2024, 7, 12): 0.05})
    log = lazy(_downgrade(ev, "2024-07-10T14:30:00Z"))
    dates = project_event_study(log, prices, "2024-07-11").collect().get_column("date")
    assert dates.max() == dt.date(2024, 7, 11)
    # asked as of the 12th but knowing only what was known at noon UTC: the 12th's close is not
    known = project_event_study(log, prices, "2024-07-12", known_at="2024-07-12T12:00:00Z")
    assert known.collect().get_column("date").max() == dt.date(2024, 7, 11)
    # a downgrade not yet reported is no event
    assert project_event_study(log, prices, "2024-07-09").collect().is_empty()


def test_the_mean_of_each_kind_of_news(ev: Build) -> None:
    prices = pl.concat([_prices({JULY_10: -0.10}, "ZVX"), _prices({JULY_10: -0.04}, "QLN")])
    raised = ev("price_target", "2024-07-10T14:30:00Z", subject="QLN", firm="Helvion",
                value=50.0, currency="USD", action="raise")  # fmt: skip
    log = lazy(
        _downgrade(ev, "2024-07-10T14:30:00Z"),
        _downgrade(ev, "2024-07-10T15:00:00Z", "QLN"),
        raised,
    )
    means = mean_returns(project_event_study(log, prices, "2024-08-30", before=1, after=1))
    rows = means.filter(pl.col("k") == 0).select("news", "mean_return", "events").rows()
    assert rows == [
        ("downgrade", pytest.approx(-0.07), 2),
        ("target raised", pytest.approx(-0.04), 1),
    ]


def test_news_without_a_close_before_it_is_left_out(ev: Build) -> None:
    prices = _prices({})
    log = lazy(_downgrade(ev, "2024-05-01T14:30:00Z"))  # before the first bar
    assert project_event_study(log, prices, "2024-08-30").collect().is_empty()
