from __future__ import annotations

import datetime as dt

import pytest

from timeline.extract.fiscal import fiscal_now, fiscal_quarter, fiscal_year, fiscal_year_end

D = dt.date


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("Prices also rose 4% for the fiscal year ended last June 30.", 6),
        ("Orvale's financial year ends in March.", 3),
        ("The company's fiscal year ending in September was its best.", 9),
        ("The retailer's fiscal year that ends on Jan. 31 ...", 1),
        ("We lower our FY 26 (May) EPS estimate.", 5),
        ("18x our FY2027E (Aug) earnings", 8),
        # a ranked quarter and the month it ends
        ("Net income for the second quarter ended Dec. 31 rose 3%.", 6),
        ("In its fiscal first quarter ending in June, sales fell.", 3),
        ("Q3 ended January 31 was weak.", 4),
        ("For the April to June first quarter, Kanto Motors reported a loss.", 3),
        ("In the September-November fourth quarter, margins widened.", 11),
    ],
)
def test_the_year_end_an_article_tells(text: str, month: int) -> None:
    assert fiscal_year_end(text) == month


@pytest.mark.parametrize(
    "text",
    [
        "Revenue for the quarter ended Jan. 31 rose.",  # no rank: the year's end is untold
        "Net income rose in fiscal 2025.",
        "The fourth quarter of fiscal year 2024 was weak.",
        "Sales from April to June rose 4%.",
    ],
)
def test_an_article_that_tells_no_year_end(text: str) -> None:
    assert fiscal_year_end(text) is None
    assert fiscal_year_end(text, "XBOM") == 3  # India's and Tokyo's custom: March


def test_the_articles_word_wins_over_the_markets_custom() -> None:
    assert fiscal_year_end("Its fiscal year ends in December.", "XTKS") == 12


@pytest.mark.parametrize(
    ("fy", "end", "first", "last"),
    [
        (2026, 5, D(2025, 6, 1), D(2026, 5, 31)),
        (2026, 3, D(2025, 4, 1), D(2026, 3, 31)),
        (2023, 6, D(2022, 7, 1), D(2023, 6, 30)),
        (2024, 2, D(2023, 3, 1), D(2024, 2, 29)),
        (2025, None, D(2025, 1, 1), D(2025, 12, 31)),
        (2025, 12, D(2025, 1, 1), D(2025, 12, 31)),
    ],
)
def test_a_fiscal_year_is_named_by_the_year_it_ends_in(
    fy: int, end: int | None, first: dt.date, last: dt.date
) -> None:
    assert fiscal_year(fy, end) == (first, last)


@pytest.mark.parametrize(
    ("fy", "q", "end", "first", "last"),
    [
        (2023, 2, 6, D(2022, 10, 1), D(2022, 12, 31)),
        (2023, 3, 4, D(2022, 11, 1), D(2023, 1, 31)),
        (2025, 1, 11, D(2024, 12, 1), D(2025, 2, 28)),
        (2026, 1, 3, D(2025, 4, 1), D(2025, 6, 30)),
        (2026, 4, 3, D(2026, 1, 1), D(2026, 3, 31)),
        (2025, 3, None, D(2025, 7, 1), D(2025, 9, 30)),
    ],
)
def test_a_quarter_of_a_fiscal_year(
    fy: int, q: int, end: int | None, first: dt.date, last: dt.date
) -> None:
    assert fiscal_quarter(fy, q, end) == (first, last)


@pytest.mark.parametrize(
    ("p", "end", "fy"),
    [
        (D(2025, 8, 7), 3, 2026),
        (D(2025, 3, 31), 3, 2025),
        (D(2023, 1, 19), 6, 2023),
        (D(2023, 7, 1), 6, 2024),
        (D(2025, 8, 7), None, 2025),
    ],
)
def test_the_fiscal_year_under_way(p: dt.date, end: int | None, fy: int) -> None:
    assert fiscal_now(p, end) == fy
