"""Fiscal years: when a company's year ends, as its article tells it or its market suggests.

A fiscal year is named by the calendar year it ends in (Microsoft's fiscal 2025 runs from July
2024 to June 2025, Toyota's FY2026 from April 2025 to March 2026). What an article says of the
year's end is the company's calendar; without a word of it, companies listed in India or Tokyo
mostly close their year in March, and any other year is the calendar year (the gold's rule for
"fiscal 2025": "that fiscal year as the company defines it when the text says; else the
calendar year").

=============================================  ===============================================
the article says                               the fiscal year ends in
=============================================  ===============================================
"the fiscal year ended last June 30",          June
"its fiscal year ending in June"
"our FY 26 (May) EPS estimate"                 May
"the second quarter ended Dec. 31",            June (the quarter's end and its rank tell it)
"the first quarter ended June 30"              March
"the April to June first quarter"              March
nothing of it, an NSE/BSE or Tokyo listing     March
nothing of it, any other                       untold: the calendar year for a year's
                                               figures; no quarter of a fiscal year
=============================================  ===============================================

Examples
--------
>>> fiscal_year_end("Prices rose 4% for the fiscal year ended last June 30.")
6
>>> fiscal_year_end("For the April to June first quarter, profit fell.")
3
>>> fiscal_year_end("Revenue rose 5%.", "XTKS"), fiscal_year_end("Revenue rose 5%.")
(3, None)
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from timeline._time import MONTH_NAMES, MONTHS
from timeline.extract.gates import gated

__all__ = ["fiscal_now", "fiscal_quarter", "fiscal_year", "fiscal_year_end", "month_end"]

#: Exchanges whose listed companies mostly keep fiscal years starting in April.
APRIL_FISCAL = frozenset({"XBOM", "XTKS"})

_MONTH = rf"(?:{MONTH_NAMES})\.?"
_RANK = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_ORDINAL = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"

# "the fiscal year ended last June 30", "a financial year that ends in March", "FY 26 (May)"
_YEAR_ENDS = gated(
    r"\b(?:fiscal|financial)\s+year\s+(?:that\s+|which\s+)?(?:ended|ending|ends|closing|to)\s+"
    r"(?:(?:on|in|at|last|this)\s+)*(?P<m>" + _MONTH + r")|"
    r"\bFY\s?'?(?:\d{4}|\d{2})E?\s*\((?P<m2>" + _MONTH + r")\)",
    re.I,
)
# a ranked quarter and the month it ends: "the second quarter ended Dec. 31", "its fiscal
# first quarter ending in June", "the April to June first quarter", "Q3 ended January 31"
_QUARTER_ENDS = gated(
    r"\b(?:(?P<ord>" + _ORDINAL + r")[\s-](?:fiscal\s+)?quarter|Q(?P<q>[1-4]))\s+"
    r"(?:ended|ending|to|through)\s+(?:(?:on|in)\s+)?(?P<m>" + _MONTH + r")|"
    r"\b" + _MONTH + r"\s*(?:-|–|to|-to-)\s*(?P<m2>" + _MONTH + r")\s+(?P<ord2>" + _ORDINAL + r")"
    r"[\s-](?:fiscal\s+)?quarter\b",
    re.I,
)


def _month_no(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def fiscal_year_end(text: str, exchange: str = "XNYS") -> int | None:
    """The month the fiscal year of the article's company ends: as the text tells it (the
    year's end, or a ranked quarter's end), else March for an NSE/BSE or Tokyo listing, else
    None (untold).

    >>> fiscal_year_end("We lower our FY 26 (May) EPS estimate.")
    5
    >>> fiscal_year_end("Net income for the second quarter ended Dec. 31 rose.")
    6
    >>> fiscal_year_end("Revenue for the quarter ended Jan. 31 rose.")  # no rank: untold
    """
    if m := _YEAR_ENDS.search(text):
        return _month_no(m["m"] or m["m2"])
    if m := _QUARTER_ENDS.search(text):
        rank = m["ord"] or m["ord2"]
        q = _RANK[rank.lower()] if rank else int(m["q"])
        return (_month_no(m["m"] or m["m2"]) + 3 * (4 - q) - 1) % 12 + 1
    return 3 if exchange in APRIL_FISCAL else None


def month_end(year: int, month: int) -> dt.date:
    """The last day of ``month`` in ``year``.

    >>> str(month_end(2024, 2))
    '2024-02-29'
    """
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def fiscal_year(fy: int, end: int | None) -> tuple[dt.date, dt.date]:
    """First and last day of fiscal year ``fy``, which ends in month ``end`` of calendar year
    ``fy`` (None: the calendar year).

    >>> [str(d) for d in fiscal_year(2026, 5)]
    ['2025-06-01', '2026-05-31']
    """
    end = end or 12
    first = dt.date(fy, end % 12 + 1, 1) if end != 12 else dt.date(fy, 1, 1)
    return (first.replace(year=fy - 1) if end != 12 else first), month_end(fy, end)


def fiscal_now(p: dt.date, end: int | None) -> int:
    """The fiscal year under way on ``p``.

    >>> fiscal_now(dt.date(2025, 8, 7), 3), fiscal_now(dt.date(2025, 8, 7), None)
    (2026, 2025)
    """
    end = end or 12
    return p.year + (p.month > end)


def fiscal_quarter(fy: int, q: int, end: int | None) -> tuple[dt.date, dt.date]:
    """First and last day of quarter ``q`` of fiscal year ``fy``.

    >>> [str(d) for d in fiscal_quarter(2023, 2, 6)]
    ['2022-10-01', '2022-12-31']
    """
    first, _ = fiscal_year(fy, end)
    month = first.month + 3 * (q - 1)
    start = dt.date(first.year + (month - 1) // 12, (month - 1) % 12 + 1, 1)
    last_month = start.month + 2
    year = start.year + (last_month - 1) // 12
    return start, month_end(year, (last_month - 1) % 12 + 1)
