"""Trading sessions, holidays included, for the exchanges news is about."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract.sessions import previous_session, session_on_or_before, sessions_back


@pytest.mark.parametrize(
    ("day", "exchange", "expected"),
    [
        (dt.date(2024, 11, 29), "XNYS", dt.date(2024, 11, 27)),  # Thanksgiving
        (dt.date(2024, 12, 27), "XETR", dt.date(2024, 12, 23)),  # Christmas, Boxing Day
        (dt.date(2025, 10, 17), "XBOM", dt.date(2025, 10, 16)),
        (dt.date(2024, 2, 13), "XHKG", dt.date(2024, 2, 9)),  # Lunar New Year
        (dt.date(2024, 1, 4), "XTKS", dt.date(2023, 12, 29)),  # New Year holidays
    ],
)
def test_previous_session(day: dt.date, exchange: str, expected: dt.date) -> None:
    assert previous_session(day, exchange) == expected


def test_session_on_or_before_a_weekend() -> None:
    assert session_on_or_before(dt.date(2025, 3, 9), "XNYS") == dt.date(2025, 3, 7)


def test_five_sessions_back_skip_a_holiday() -> None:
    assert sessions_back(dt.date(2024, 7, 8), 5, "XNYS") == (
        dt.date(2024, 7, 1),
        dt.date(2024, 7, 8),
    )


def test_unknown_exchange_counts_nyse_sessions() -> None:
    assert previous_session(dt.date(2024, 7, 5), "XNOPE") == dt.date(2024, 7, 3)
