"""Technical indicators: moving averages and the like (`timeline.extract.rules.market.indicators`)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.helpers import only


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
            "50-day moving average",
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


def test_moving_averages_in_words_are_named_as_the_guide_names_them() -> None:
    text = (
        "The firm's fifty day simple moving average is $89.34 and its two-hundred day moving "
        "average price is $93.98."
    )
    got = {
        (t["indicator"], t["value"], t["window"], t["start"])
        for t in only(text, "technical_indicator", published="2025-06-14")
    }
    assert got == {
        ("50-day moving average", 89.34, 50, dt.date(2025, 6, 14)),
        ("200-day moving average", 93.98, 200, dt.date(2025, 6, 14)),
    }


@pytest.mark.parametrize(
    ("text", "subject", "value"),
    [
        ("Since Nifty’s current RSI is 71, a big correction looks unlikely.", "NIFTY50", 71.0),
        ("The Sensex RSI is at 65.", "SENSEX", 65.0),
        ("Apple’s 14-day RSI is 72, in overbought territory.", "AAPL", 72.0),
        # no name before it: the sentence's company
        ("Its RSI is 40.", "ACME", 40.0),
        ("The RSI reading of 55 is neutral.", "ACME", 55.0),
    ],
)
def test_a_reading_is_of_the_index_or_company_named_before_it(
    text: str, subject: str, value: float
) -> None:
    [got] = only(text, "technical_indicator")
    assert (got["subject"], got["value"]) == (subject, value)
