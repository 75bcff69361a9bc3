"""Valuation multiples (`timeline.extract.rules.market.multiples`)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.helpers import only


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


@pytest.mark.parametrize(
    ("text", "multiples"),
    [
        # the price to book value, under each of its names
        (
            "Zorvex has a P/B ratio of 5.16 and a P/E ratio of 18.47x.",
            [("price_to_book", 5.16), ("pe", 18.47)],
        ),
        ("Quillon trades at a price-to-book ratio of 1.2.", [("price_to_book", 1.2)]),
        (
            "The bank has a P/BV of 0.85 and a forward P/E of 9.1.",
            [("price_to_book", 0.85), ("forward_pe", 9.1)],
        ),
        ("The lender trades at 1.4 times book value.", [("price_to_book", 1.4)]),
        # the name, then its abbreviation in brackets
        (
            "It reflects a price-to-book (P/B) ratio of 3.45 and a price-to-earnings (P/E) ratio "
            "of 16.37x.",
            [("price_to_book", 3.45), ("pe", 16.37)],
        ),
        # a multiple put into a valuation is no reading of the stock
        ("The model values Zorvex using a price-to-book ratio of 2.3.", []),
        ("The new price target implies a price-to-earnings ratio of 28X.", []),
        ("Brevik values the lender applying a target P/E of 12x to 2026 earnings.", []),
        # a mean to compare with is no reading; the stock's own multiple, written bare, is
        (
            "Zorvex now trades at a low of 16x or close to -2 SD to its 5-year average PE of "
            "19.3x.",
            [("pe", 16.0)],
        ),
        ("Quillon is trading at 11.5x, below the sector's average P/E of 14.2x.", [("pe", 11.5)]),
        ("Brevik trades at 9 times, against its five-year median PE of 12.", [("pe", 9.0)]),
        ("The sector's median P/E ratio of 15 looks stretched.", []),
        # a bare multiple with no ratio told, or with two, is no reading of a known kind
        ("Zorvex trades at 16x, a discount to peers.", []),
        (
            "Zorvex trades at 16x, with a P/E of 18 and a P/B of 2.1.",
            [("pe", 18.0), ("price_to_book", 2.1)],
        ),
    ],
)
def test_price_to_book_and_multiples_put_into_a_valuation(
    text: str, multiples: list[tuple[str, float]]
) -> None:
    got = [(g["metric"], g["value"]) for g in only(text, "valuation_multiple")]
    assert got == multiples


def test_a_multiple_told_with_no_time_is_read_on_the_day_of_publication() -> None:
    [got] = only("Zorvex has a P/E ratio of 20.64.", "valuation_multiple", published="2024-08-31")
    assert (got["start"], got["end"], got["precision"]) == (
        dt.date(2024, 8, 31),
        dt.date(2024, 8, 31),
        "day",
    )
    [got] = only("At the end of 2023, Zorvex traded at a P/E of 12.", "valuation_multiple")
    assert (got["start"], got["precision"]) == (dt.date(2023, 12, 31), "day")
    # a forward multiple, on earnings still to come, keeps no day
    [got] = only("Zorvex trades at about 22 times forward earnings.", "valuation_multiple")
    assert got["precision"] == "unknown"


def test_every_multiple_of_a_sentence_is_read_the_growth_adjusted_one_as_peg() -> None:
    text = (
        "Zorvex has a market capitalization of $118.58 billion, a price-to-earnings ratio of "
        "18.46, a P/E/G ratio of 1.22 and a beta of 1.11."
    )
    got = [(g["metric"], g["value"]) for g in only(text, "valuation_multiple")]
    assert got == [("pe", 18.46), ("peg", 1.22)]
    text = "Quillon has a PE ratio of 21.8 and a price-to-earnings-growth ratio of 2.89."
    got = [(g["metric"], g["value"]) for g in only(text, "valuation_multiple")]
    assert got == [("pe", 21.8), ("peg", 2.89)]


@pytest.mark.parametrize(
    "text",
    [
        "GLP-1 drugs were designed to treat type 2 diabetes.",  # "pe 2" inside a word
        "Sales grew in Japan 24.3 percent and in Europe 26.9 percent.",  # "pe 26.9"
        "Its pe 12 line of lathes sold well.",  # "PE" is written in capitals
    ],
)
def test_no_multiple_inside_a_word(text: str) -> None:
    assert only(text, "valuation_multiple") == []


@pytest.mark.parametrize(
    ("text", "multiples"),
    [
        ("Current P/E ratio is 5.71 and Fwd P/E is 2.18.", [("pe", 5.71), ("forward_pe", 2.18)]),
        ("Zorvex's Fwd P/E of 14.2 is low for its sector.", [("forward_pe", 14.2)]),
        ("Kestrel Mining trades at a forward P/E of 9.5.", [("forward_pe", 9.5)]),
    ],
)
def test_a_data_sites_fwd_is_forward(text: str, multiples: list[tuple[str, float]]) -> None:
    got = [(m["metric"], m["value"]) for m in only(text, "valuation_multiple")]
    assert got == multiples
