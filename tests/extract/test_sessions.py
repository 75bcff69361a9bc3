"""Trading sessions, holidays included, for the exchanges news is about."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.helpers import extract
from timeline.extract.markets import _CALENDARS, _MARKET_CUES, market_of
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


def test_an_exchange_without_a_calendar_counts_weekdays() -> None:
    # 4 July 2024 was a NYSE holiday and is a session of a market the library does not know
    assert previous_session(dt.date(2024, 7, 5), "XNOPE") == dt.date(2024, 7, 4)
    assert previous_session(dt.date(2024, 7, 8), "XNOPE") == dt.date(2024, 7, 5)


def test_a_market_without_a_calendar_trades_on_weekdays_not_on_nyse_holidays() -> None:
    # 4 July 2023, a Tuesday: NYSE was shut, the Dubai Financial Market was open
    text = (
        "Dubai: Zorvex Bank shares surged by 6 per cent on Tuesday, lifting the DFM index.\n"
        "Quenwick Properties rose 1.9 per cent to Dh6.77 at the start of trading. "
        "The DFM index rose 1.3 per cent."
    )
    events = extract(text, published="2023-07-04", subject="Zorvex Bank")
    assert {e.occurred_start for e in events if e.kind == "price_move"} == {dt.date(2023, 7, 4)}


@pytest.mark.parametrize("exchange", ["XMUS", "XCAI", "XKUW", "DSMD", "XBAH"])
def test_a_gulf_or_egyptian_market_trades_sunday_to_thursday(exchange: str) -> None:
    friday, saturday, sunday = dt.date(2025, 9, 19), dt.date(2025, 9, 20), dt.date(2025, 9, 21)
    thursday = dt.date(2025, 9, 18)
    assert session_on_or_before(saturday, exchange) == thursday
    assert session_on_or_before(friday, exchange) == thursday
    assert session_on_or_before(sunday, exchange) == sunday
    assert previous_session(sunday, exchange) == thursday


def test_a_saturday_papers_close_of_a_sunday_to_thursday_market_is_thursdays() -> None:
    text = (
        "The Boursa Kuwait premier index rose 0.8 per cent to close at 8,412.3 points. "
        "Zorvex Telecom gained 2.1 per cent to 1.104 dinars, lifting Boursa Kuwait."
    )
    events = extract(text, published="2025-09-20", subject="Zorvex Telecom")
    days = {e.occurred_start for e in events if e.kind in {"price_move", "price_level"}}
    assert days == {dt.date(2025, 9, 18)}


def test_a_monday_to_friday_gulf_market_keeps_its_friday() -> None:
    # the UAE's exchanges trade Monday to Friday since 2022
    text = (
        "Zorvex Bank shares rose 2.2 per cent to Dh6.10 on the Dubai Financial Market. "
        "The DFM index gained 0.5 per cent."
    )
    events = extract(text, published="2025-09-20", subject="Zorvex Bank")
    days = {e.occurred_start for e in events if e.kind == "price_move"}
    assert days == {dt.date(2025, 9, 19)}


@pytest.mark.parametrize(
    ("cue", "exchange"),
    [
        ("the Muscat Stock Exchange's MSX 30 index", "XMUS"),
        ("the EGX30 index of the Egyptian Exchange", "XCAI"),
        ("the Tadawul All Share Index (TASI)", "XSAU"),
        ("the Athens Exchange general index", "ASEX"),
        ("the Crobex index of the Zagreb Stock Exchange", "XZAG"),
        ("Pakistan Stock Exchange's KSE-100 index", "XKAR"),
        ("Nasdaq Stockholm's OMXS30", "XSTO"),
    ],
)
def test_the_market_an_article_names_gives_its_sessions(cue: str, exchange: str) -> None:
    text = f"{cue} rose 1%. Later {cue} gained again."
    assert market_of(text) == exchange


def test_every_market_an_article_can_name_has_sessions() -> None:
    # some calendars do not build under this pandas (Orthodox Easter, special sessions):
    # those count weekdays rather than fail the extraction
    codes = set(_MARKET_CUES) | set(_CALENDARS.values())
    for code in sorted(codes):
        day = session_on_or_before(dt.date(2025, 7, 2), code)
        assert dt.date(2025, 6, 25) <= day <= dt.date(2025, 7, 2), code


def test_an_athens_wrap_extracts_with_its_market_named() -> None:
    text = (
        "The Athens Exchange (ATHEX) general index closed at 1,345.95 points. ATHEX turnover rose."
    )
    events = extract(text, published="2023-07-25", subject="ATHEX General Index")
    assert any(e.kind == "price_level" for e in events)
