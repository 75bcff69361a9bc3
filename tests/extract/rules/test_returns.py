from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.helpers import only


@pytest.mark.parametrize(
    ("text", "percent", "period", "start"),
    [
        ("Zorvex shareholders have seen a 7.47% year-to-date return.", 7.47, "ytd", "2025-01-01"),
        (
            "Zorvex has had a bullish run, recording a year-to-date gain of 10%.",
            10.0,
            "ytd",
            "2025-01-01",
        ),
        ("Zorvex's year-to-date (YTD) returns settled at 6.38%.", 6.38, "ytd", "2025-01-01"),
        ("Zorvex shares show a year-to-date loss of 2.41%.", -2.41, "ytd", "2025-01-01"),
        ("Zorvex has returned 31% over the past year.", 31.0, "year", "2024-06-13"),
        ("Zorvex shares have a one-year return of 31%.", 31.0, "year", "2024-06-13"),
        # a span of months, weeks or sessions as the noun's adjective; a colon before the figure
        ("Zorvex's three-month performance dropped to -41.43%.", -41.43, "3 months", "2025-03-13"),
        ("The 5-day performance of Zorvex stands at 6.41%.", 6.41, "5 sessions", "2025-06-09"),
        ("Zorvex booked a one-week price increase of 14.10%.", 14.1, "week", "2025-06-06"),
        ("Zorvex's YTD performance: +12.5%.", 12.5, "ytd", "2025-01-01"),
        ("Zorvex's six-month change was -8%.", -8.0, "6 months", "2024-12-13"),
    ],
)
def test_a_return_over_a_period_is_a_move(
    text: str, percent: float, period: str, start: str
) -> None:
    [got] = only(text, "price_move", subject="Zorvex")
    assert (got["subject"], got["percent"], got["period"], got["start"]) == (
        "Zorvex",
        percent,
        period,
        dt.date.fromisoformat(start),
    )


def test_a_returns_own_clause_tells_its_period_not_the_sentences_other_one() -> None:
    for other in ("over the past five sessions", "last week", "on Monday"):
        text = f"Zorvex shows a year-to-date decline of 2.41%, while it gained 3% {other}."
        moves = only(text, "price_move", subject="Zorvex")
        got = {m["percent"]: (m["period"], m["start"]) for m in moves}
        assert got[-2.41] == ("ytd", dt.date(2025, 1, 1))


@pytest.mark.parametrize(
    "text",
    [
        "Zorvex's return on equity was 14.2% in 2024.",
        "Revenue posted a year-to-date gain of 12%.",
        "This marks an 11.8 per cent decline from the same quarter in 2023.",
        "The fund delivered a one-year return of 9%.",
        "Zorvex paid a dividend yield of 4% this year.",
        "Zorvex posted a 12% return.",  # no period it is over
        # a change a noun qualifies: an assumption's, a forecast's
        "Zorvex revised this year's price increase assumptions for DRAM to 111%.",
        "Zorvex's three-month rate change was 0.5%.",
    ],
)
def test_returns_that_are_no_shares_move(text: str) -> None:
    assert only(text, "price_move", subject="Zorvex") == []


@pytest.mark.parametrize(
    "text",
    [
        "Zorvex shares show a 4-week loss of 0.8% and a year-to-date gain of 9.9%.",
        "Zorvex shares fell 0.8% or a year-to-date loss of 9.9%.",
    ],
)
def test_a_figure_before_another_return_is_not_that_return(text: str) -> None:
    moves = only(text, "price_move", subject="Zorvex")
    assert 0.8 not in [m["percent"] for m in moves]
