from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.helpers import only


@pytest.mark.parametrize(
    ("text", "percent", "period", "qualifier"),
    [
        ("Shares fell 4% to $118.20 on Tuesday.", -4.0, "day", "exact"),
        ("The stock has gained 19% year-to-date.", 19.0, "ytd", "exact"),
        ("Acme shares slumped 7 percent on Monday.", -7.0, "day", "exact"),
        (
            "The shares corrected by approximately 15% during the fourth quarter.",
            -15.0,
            "quarter",
            "approx",
        ),
        ("Over the past month, the stock surged by 46.8%.", 46.8, "month", "exact"),
        ("The stock had appreciated more than 70% in 2024.", 70.0, "year", "at_least"),
        ("Despite doubling this year, the shares look cheap.", 100.0, "ytd", "approx"),
        ("Acme stock is down 8% since the start of the year.", -8.0, "ytd", "exact"),
    ],
)
def test_price_moves(text: str, percent: float, period: str, qualifier: str) -> None:
    [got] = only(text, "price_move")
    assert (got["percent"], got["period"], got["qualifier"]) == (percent, period, qualifier)


@pytest.mark.parametrize(
    "text",
    [
        "Revenue rose 12% in the quarter.",
        "Monthly active users jumped 149% to 18 million.",
        "The target implies upside of 20% from current levels.",
        "Shares remain 65% below their 2020 highs.",
        "Onshore ownership rose to 11% from 8.6%.",
        "Short interest climbed to 0.47% of free float.",
        "The shares could fall 30% if the deal collapses.",
    ],
)
def test_not_price_moves(text: str) -> None:
    assert only(text, "price_move") == []


def test_an_index_move_belongs_to_the_index() -> None:
    [hs] = only("The Hang Seng Tech Index has advanced 42% year-to-date.", "price_move")
    assert hs["subject"] == "HSTECH"
    [kospi] = only("The benchmark KOSPI index gained 1.8%.", "price_move")
    assert kospi["subject"] == "KOSPI"


@pytest.mark.parametrize(
    ("text", "price", "level_type", "day"),
    [
        (
            "On Friday, the stock surged 6.39%, closing at $155.74 per share.",
            155.74,
            "close",
            dt.date(2025, 6, 13),
        ),
        ("Shares fell 4% to $118.20 on Tuesday.", 118.2, "intraday", dt.date(2025, 6, 10)),
        ("Acme closed at $1,012.35 on Thursday.", 1012.35, "close", dt.date(2025, 6, 12)),
        ("The shares now trade at HK$98.15.", 98.15, "current", dt.date(2025, 6, 13)),
    ],
)
def test_price_levels(text: str, price: float, level_type: str, day: dt.date) -> None:
    [got] = only(text, "price_level")
    assert (got["price"], got["level_type"], got["start"]) == (price, level_type, day)


@pytest.mark.parametrize(
    "text",
    [
        "JPMorgan is targeting $230 per share.",
        "The average price target of 64 analysts stands at $212.40.",
        "Nvidia will buy common stock at $23.28 per share.",
        "The glasses are priced from $299.",
    ],
)
def test_not_price_levels(text: str) -> None:
    assert only(text, "price_level") == []


@pytest.mark.parametrize(
    ("text", "indicator", "value", "window", "signal"),
    [
        ("The stock's RSI of 72 signals overbought conditions.", "RSI", 72.0, None, "overbought"),
        ("The 14-day RSI stands at 28.", "RSI", 28.0, 14, "oversold"),
        (
            "Its 14-day relative strength index suggests it is overbought.",
            "RSI",
            None,
            14,
            "overbought",
        ),
        (
            "Shares trade above their 50-day moving average of $985.10.",
            "SMA50",
            985.1,
            50,
            "bullish",
        ),
        ("Short interest rose to 3.2% of float.", "short_interest", 3.2, None, None),
    ],
)
def test_technicals(
    text: str, indicator: str, value: float | None, window: int | None, signal: str | None
) -> None:
    [got] = only(text, "technical_indicator")
    assert (got["indicator"], got["value"], got["window"], got["signal"]) == (
        indicator,
        value,
        window,
        signal,
    )


@pytest.mark.parametrize(
    ("text", "metric", "value"),
    [
        ("Acme trades at about 22 times forward earnings.", "forward_pe", 22.0),
        ("The stock trades at 31x forward earnings.", "forward_pe", 31.0),
        ("It has a trailing P/E ratio of 51.2.", "trailing_pe", 51.2),
        ("The company is valued at 8 times sales.", "ps", 8.0),
    ],
)
def test_valuations(text: str, metric: str, value: float) -> None:
    [got] = only(text, "valuation_multiple")
    assert (got["metric"], got["value"]) == (metric, value)


def test_a_historical_peak_is_not_a_current_multiple() -> None:
    assert only("At its peak, Acme commanded 29x forward earnings.", "valuation_multiple") == []
