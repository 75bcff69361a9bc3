from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract.bases import back_cue, base_tail, is_base, own_period, same_period_year
from timeline.extract.numbers import Amount, find_money, find_percents


def _money(text: str, value: float) -> Amount:
    return next(a for a in [*find_money(text), *find_percents(text)] if a.value == value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Revenue rose to $2.2 billion from $2.1 billion a year earlier.", 2.1e9),
        ("Net income was $90 million, down from a profit of $133.4 million.", 133.4e6),
        ("Sales rose 4% on-year to 3.9 trillion won from last year's 3.7 trillion won.", 3.7e12),
        ("It had reported a net profit of ₹229.4 crore in the year-ago period.", 2.294e9),
        ("Revenue was up 21% over Rs 6,619 crore a year ago.", 6.619e10),
        ("Net income fell 92% compared with $19.1 million, or $2.82 per share, a year ago.", 2.82),
        ("EPS rose to Rs 4.82, compared to Rs 4.09 in Q1FY25 and just Rs 0.43 in Q2FY24.", 0.43),
        ("Margins widened to 12% versus 10% in 2023.", 10.0),
    ],
)
def test_a_base_of_a_comparison(text: str, value: float) -> None:
    assert is_base(text, _money(text, value))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Revenue rose 7.5% to $5.81 billion from a year ago.", 5.81e9),
        ("Net income rose to $640 million.", 640e6),
        ("Analysts expected revenue of over $5 billion.", 5e9),
        ("Revenue rose to $5 billion and net income to $1 billion.", 1e9),
    ],
)
def test_not_a_base(text: str, value: float) -> None:
    assert not is_base(text, _money(text, value))


@pytest.mark.parametrize(
    ("text", "value", "months"),
    [
        ("Revenue rose to $2.2 billion from $2.1 billion a year earlier.", 2.1e9, 12),
        ("Profit was ¥52 billion against ¥61 billion in the same period last year.", 61e9, 12),
        ("Net profit rose to Rs 40 crore from Rs 34 crore in the previous June quarter.", 3.4e8, 3),
        (
            "Sales rose 4% on-year to 3.9 trillion won from last year's 3.7 trillion won.",
            3.7e12,
            12,
        ),
        # the cue nearest the base: a year-on-year rise, then a sequential one
        (
            "Income rose 73% year-on-year from Rs 156.7 crore and 2.5% sequentially from "
            "Rs 264.35 crore.",
            1.567e9,
            12,
        ),
        (
            "Income rose 73% year-on-year from Rs 156.7 crore and 2.5% sequentially from "
            "Rs 264.35 crore.",
            2.6435e9,
            3,
        ),
        # the sentence's one kind of comparison
        (
            "Net profit rose 5% on an annual basis... an annual jump to $9 million from $8 million.",
            8e6,
            12,
        ),
        ("Net income rose to $640 million from $600 million.", 600e6, None),
    ],
)
def test_how_far_back_a_bases_period_lies(text: str, value: float, months: int | None) -> None:
    cue = back_cue(text, _money(text, value))
    assert (cue[0] if cue else None) == months


def test_a_bases_words_end_at_the_next_figure_or_clause() -> None:
    text = "Profit rose to €150m (£124m) in 2024 from €113.4m (£94m) in 2023, and sales rose."
    assert base_tail(text, _money(text, 113.4e6)).strip() == "(£94m) in 2023,"
    assert same_period_year(" compared to COP190bn in the same period of 2023") == 2023


@pytest.mark.parametrize(
    ("tail", "exchange", "start", "end"),
    [
        (" in 2023", "XNYS", dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
        (" (£94m) in 2023", "XNYS", dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
        (" in Q2 FY25", "XBOM", dt.date(2024, 7, 1), dt.date(2024, 9, 30)),
        (" in January-September of 2023", "XIST", dt.date(2023, 1, 1), dt.date(2023, 9, 30)),
    ],
)
def test_a_period_written_after_a_base_is_its_own(
    tail: str, exchange: str, start: dt.date, end: dt.date
) -> None:
    own = own_period(tail, dt.date(2024, 11, 20), exchange)
    assert own is not None
    assert (own.start, own.end) == (start, end)


def test_a_period_not_ended_or_not_told_right_after_is_none() -> None:
    assert own_period(" in 2025", dt.date(2024, 11, 20), "XNYS") is None
    assert own_period(" reported a year ago", dt.date(2024, 11, 20), "XNYS") is None
    assert own_period(" in the year-ago period", dt.date(2024, 11, 20), "XNYS") is None
