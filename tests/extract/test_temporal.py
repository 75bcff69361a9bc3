from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.helpers import extract, only
from timeline.extract.temporal import (
    Occurrence,
    TemporalContext,
    horizon,
    planned,
    resolve,
    shifted,
)

D = dt.date
SUNDAY = D(2026, 1, 4)


@pytest.mark.parametrize(
    ("sentence", "published", "start", "end", "precision"),
    [
        ("On Friday, shares surged 6.39%.", SUNDAY, D(2026, 1, 2), D(2026, 1, 2), "day"),
        ("Shares fell on Tuesday.", D(2025, 3, 7), D(2025, 3, 4), D(2025, 3, 4), "day"),
        ("Shares fell on Friday.", D(2025, 3, 7), D(2025, 3, 7), D(2025, 3, 7), "day"),
        (
            "The contest dates back to December 2021, when Quenwick Rao bought 5%.",
            D(2024, 6, 20),
            D(2021, 12, 1),
            D(2021, 12, 31),
            "month",
        ),
        (
            "It goes back to 2019, when Zorvex sold 2%.",
            D(2024, 6, 20),
            D(2019, 1, 1),
            D(2019, 12, 31),
            "year",
        ),
        ("The stock rose yesterday.", D(2025, 3, 7), D(2025, 3, 6), D(2025, 3, 6), "day"),
        (
            "Last night in after-market trading, the stock fell 7%.",
            D(2025, 4, 3),
            D(2025, 4, 2),
            D(2025, 4, 2),
            "day",
        ),
        (
            "Quenwick renewed its neutral view this morning.",
            D(2025, 3, 7),
            D(2025, 3, 7),
            D(2025, 3, 7),
            "day",
        ),
        (
            "Quenwick upgraded the stock earlier in the day.",
            D(2025, 3, 7),
            D(2025, 3, 7),
            D(2025, 3, 7),
            "day",
        ),
        (
            "It increased its stake during the third quarter.",
            D(2025, 12, 30),
            D(2025, 7, 1),
            D(2025, 9, 30),
            "quarter",
        ),
        ("Sales grew in Q2 2024.", D(2025, 3, 1), D(2024, 4, 1), D(2024, 6, 30), "quarter"),
        (
            "In September alone, investors bought $7.8 billion.",
            D(2025, 9, 27),
            D(2025, 9, 1),
            D(2025, 9, 30),
            "month",
        ),
        (
            "In December, the firm cut jobs.",
            D(2026, 1, 4),
            D(2025, 12, 1),
            D(2025, 12, 31),
            "month",
        ),
        (
            "Shares are up 86.4% since the start of the year.",
            D(2025, 12, 6),
            D(2025, 1, 1),
            D(2025, 12, 6),
            "day",
        ),
        (
            "The index has advanced 42% year-to-date.",
            D(2025, 9, 27),
            D(2025, 1, 1),
            D(2025, 9, 27),
            "day",
        ),
        (
            "Over the past month, the stock surged.",
            D(2025, 9, 27),
            D(2025, 8, 27),
            D(2025, 9, 27),
            "month",
        ),
        (
            "Last month the company launched it.",
            D(2025, 3, 3),
            D(2025, 2, 1),
            D(2025, 2, 28),
            "month",
        ),
        (
            "For the quarter ending in September, revenue soared.",
            D(2025, 12, 6),
            D(2025, 7, 1),
            D(2025, 9, 30),
            "quarter",
        ),
        (
            "Revenue for the quarter ended October rose.",
            D(2025, 11, 20),
            D(2025, 8, 1),
            D(2025, 10, 31),
            "quarter",
        ),
        (
            "Cloud revenue grew 26% in the most recent quarter.",
            D(2025, 9, 27),
            D(2025, 4, 1),
            D(2025, 6, 30),
            "quarter",
        ),
        (
            "Cloud revenue grew 34% in its latest quarter.",
            SUNDAY,
            D(2025, 7, 1),
            D(2025, 9, 30),
            "quarter",
        ),
        ("The stock appreciated 70% in 2025.", SUNDAY, D(2025, 1, 1), D(2025, 12, 31), "year"),
        (
            "Mizuho started coverage last week.",
            D(2025, 12, 15),
            D(2025, 12, 8),
            D(2025, 12, 14),
            "week",
        ),
        (
            "In the past fortnight, Quenwick has increased its ownership in Zorvex to 47.4%.",
            D(2025, 2, 6),
            D(2025, 1, 23),
            D(2025, 2, 6),
            "week",
        ),
        (
            "Helvion bought 2 million Zorvex shares over the last two weeks.",
            D(2025, 2, 6),
            D(2025, 1, 23),
            D(2025, 2, 6),
            "week",
        ),
        (
            "The RSI currently registers at 29.4.",
            D(2025, 12, 30),
            D(2025, 12, 30),
            D(2025, 12, 30),
            "day",
        ),
        ("Arete recently downgraded the stock.", SUNDAY, None, None, "unknown"),
        ("On Friday, Arete recently cut the stock.", SUNDAY, None, None, "unknown"),
        ("The recently listed Zorvex fell on Friday.", SUNDAY, D(2026, 1, 2), D(2026, 1, 2), "day"),
        # "recently" describing a thing dates nothing: the day written does
        (
            "Zorvex said on Friday its recently approved drug is now on sale.",
            SUNDAY,
            D(2026, 1, 2),
            D(2026, 1, 2),
            "day",
        ),
        (
            "On Friday, Quillon opened the recently renovated Kestrel store.",
            SUNDAY,
            D(2026, 1, 2),
            D(2026, 1, 2),
            "day",
        ),
        ("Morningstar sees fair value at $258.", SUNDAY, None, None, "unknown"),
        ("The market could reach 10 million units by 2026.", D(2025, 12, 6), None, None, "unknown"),
    ],
)
def test_resolution(
    sentence: str,
    published: dt.date,
    start: dt.date | None,
    end: dt.date | None,
    precision: str,
) -> None:
    occ = resolve(sentence, published)
    assert (occ.start, occ.end, occ.precision) == (start, end, precision)


def test_the_preceding_quarter_follows_the_one_named_before() -> None:
    ctx = TemporalContext()
    resolve("For the quarter ending in September, revenue rose.", D(2025, 12, 6), ctx)
    occ = resolve("That beat the 26% of the preceding quarter.", D(2025, 12, 6), ctx)
    assert (occ.start, occ.end) == (D(2025, 4, 1), D(2025, 6, 30))
    again = resolve("Revenue for the quarter reached 248 billion yuan.", D(2025, 12, 6), ctx)
    assert again.start == D(2025, 7, 1)


# --- the cue table's newer rows (see the module docstring) --------------------------------
FRIDAY = dt.date(2025, 3, 7)


@pytest.mark.parametrize(
    ("sentence", "exchange", "start", "end", "precision"),
    [
        ("in a research note on Tuesday, March 4th", "XNYS", "2025-03-04", "2025-03-04", "day"),
        ("in a report on Monday, February 24th", "XNYS", "2025-02-24", "2025-02-24", "day"),
        ("on 4 March the stock fell", "XNYS", "2025-03-04", "2025-03-04", "day"),
        ("shares closed higher in the previous session", "XNYS", "2025-03-06", "2025-03-06", "day"),
        ("it had closed at $41.10 the day before", "XNYS", "2025-03-06", "2025-03-06", "day"),
        ("over the past five sessions", "XNYS", "2025-03-03", "2025-03-07", "day"),
        ("a three-day losing streak", "XNYS", "2025-03-05", "2025-03-07", "day"),
        ("up 2% week-to-date", "XNYS", "2025-03-03", "2025-03-07", "week"),
        ("down 4% month-to-date", "XNYS", "2025-03-01", "2025-03-07", "month"),
        ("a 52-week high", "XNYS", "2024-03-08", "2025-03-07", "year"),
        ("during the 4th quarter", "XNYS", "2024-10-01", "2024-12-31", "quarter"),
        ("in the 3rd quarter", "XNYS", "2024-07-01", "2024-09-30", "quarter"),
        ("Q3 FY25 results", "XBOM", "2024-10-01", "2024-12-31", "quarter"),
        ("FY2025 Q1", "XTKS", "2024-04-01", "2024-06-30", "quarter"),
        ("Q2 FY25 results", "XNYS", "2025-04-01", "2025-06-30", "quarter"),
        ("For the week, the index added 2.1 per cent", "XNYS", "2025-03-03", "2025-03-07", "week"),
        ("the week's star performer", "XNYS", "2025-03-03", "2025-03-07", "week"),
        ("top gainers for the week were", "XNYS", "2025-03-03", "2025-03-07", "week"),
        (
            "a 25% decline compared to the beginning of the year",
            "XNYS",
            "2025-01-01",
            "2025-03-07",
            "day",
        ),
        ("Globex (-3.15% w/w)", "XNYS", "2025-02-28", "2025-03-07", "week"),
        ("up 2.4% week-on-week", "XNYS", "2025-02-28", "2025-03-07", "week"),
        ("closed this month with a loss of 1.12%", "XNYS", "2025-03-01", "2025-03-07", "month"),
        ("For the month, the index added 2%", "XNYS", "2025-03-01", "2025-03-07", "month"),
        ("a twelve-month low of $51.80", "XNYS", "2024-03-08", "2025-03-07", "year"),
        ("its 12-month high", "XNYS", "2024-03-08", "2025-03-07", "year"),
        ("hit a new 52-week high on Tuesday", "XNYS", "2025-03-04", "2025-03-04", "day"),
        ("the index reversed some of yesterday's losses", "XNYS", "None", "None", "unknown"),
        ("recouped Monday's losses", "XNYS", "None", "None", "unknown"),
        ("sold shares between June 10 and July 8", "XNYS", "2024-06-10", "2024-07-08", "day"),
        ("bought stock between February 23 and 25", "XNYS", "2025-02-23", "2025-02-25", "day"),
        ("from 3 to 5 March", "XNYS", "2025-03-03", "2025-03-05", "day"),
        # a range written with a dash, as dealings columns write it
        ("scooping up 165,000 shares from 4-7 Mar", "XNYS", "2025-03-04", "2025-03-07", "day"),
        ("bought shares between Feb 24 – 27", "XNYS", "2025-02-24", "2025-02-27", "day"),
        ("grew from 3-5% a year", "XNYS", "None", "None", "unknown"),
        ("between December 28 and January 3", "XNYS", "2024-12-28", "2025-01-03", "day"),
        ("from 10% to 12% on March 4", "XNYS", "2025-03-04", "2025-03-04", "day"),
        (
            "Stocks ended the Mar. 20-24 trading period higher",
            "XNYS",
            "2024-03-20",
            "2024-03-24",
            "day",
        ),
        ("during June 3–7, 2024", "XNYS", "2024-06-03", "2024-06-07", "day"),
        ("margins of 20-24% in March", "XNYS", "2025-03-01", "2025-03-31", "month"),
        # "recently" tells when a telling was, not the day the told act names
        (
            "Quillon has recently announced the sale of 1 million shares during the March 4 "
            "trading session",
            "XNYS",
            "2025-03-04",
            "2025-03-04",
            "day",
        ),
        (
            "Brevik recently disclosed it bought shares on Tuesday",
            "XNYS",
            "2025-03-04",
            "2025-03-04",
            "day",
        ),
        ("Quillon recently bought shares on Tuesday", "XNYS", "None", "None", "unknown"),
        # a range ending on a weekday: its last on or before P
        (
            "after building its stake from Feb. 20 to Thursday",
            "XNYS",
            "2025-02-20",
            "2025-03-06",
            "day",
        ),
        ("bought shares from 24 February to Friday", "XNYS", "2025-02-24", "2025-03-07", "day"),
        ("sold between December 30 and Tuesday", "XNYS", "2024-12-30", "2025-03-04", "day"),
    ],
)
def test_cue_table_rows(sentence: str, exchange: str, start: str, end: str, precision: str) -> None:
    occ = resolve(sentence, FRIDAY, None, exchange)
    assert (str(occ.start), str(occ.end), occ.precision) == (start, end, precision)


def test_previous_session_counts_exchange_holidays() -> None:
    # Friday 29 November 2024: the session before it is Wednesday (Thanksgiving is closed)
    occ = resolve("up from the previous close", dt.date(2024, 11, 29))
    assert occ.start == dt.date(2024, 11, 27)


def test_previous_session_after_a_named_day() -> None:
    ctx = TemporalContext()
    resolve("Shares rose 3% on Tuesday.", FRIDAY, ctx)
    occ = resolve("They had closed at $41.10 in the previous session.", FRIDAY, ctx)
    assert occ.start == dt.date(2025, 3, 3)


@pytest.mark.parametrize(
    ("text", "published", "start", "end", "precision"),
    [
        # the year of publication: to date, and whole on its last day
        (
            "for the year the index still gained 28 percent",
            "2025-12-31",
            "2025-01-01",
            "2025-12-31",
            "year",
        ),
        (
            "the index jumped 23 percent in the year",
            "2025-07-15",
            "2025-01-01",
            "2025-07-15",
            "day",
        ),
        (
            "The FTSE 100 gained 22% over the course of 2025",
            "2025-12-31",
            "2025-01-01",
            "2025-12-31",
            "year",
        ),
    ],
)
def test_the_year_of_publication(
    text: str, published: str, start: str, end: str, precision: str
) -> None:
    occ = resolve(text, dt.date.fromisoformat(published))
    assert (occ.start, occ.end, occ.precision) == (
        dt.date.fromisoformat(start), dt.date.fromisoformat(end), precision,
    )  # fmt: skip


@pytest.mark.parametrize(
    "sentence",
    [
        "It was up from its previous market close of 4,722.06.",
        "It compares with the previous day’s close.",
    ],
)
def test_the_previous_market_close_is_the_session_before(sentence: str) -> None:
    occ = resolve(sentence, D(2024, 11, 29))  # Thanksgiving, 28 November, was no session
    assert (occ.start, occ.end, occ.precision) == (D(2024, 11, 27), D(2024, 11, 27), "day")


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("The index closed higher, adding 0.64% to Monday’s 1,337.42 points.", None),
        ("Monday's session saw the index fall 3%.", D(2023, 7, 24)),
        ("The index fell 3% on Monday.", D(2023, 7, 24)),
    ],
)
def test_a_weekdays_level_compared_with_is_no_date_of_the_move(
    sentence: str, start: D | None
) -> None:
    assert resolve(sentence, D(2023, 7, 25)).start == start


@pytest.mark.parametrize(
    ("published", "sentence", "start", "end", "precision"),
    [
        (
            D(2023, 10, 27),
            "The stock has lost about 13% over the past three months.",
            D(2023, 7, 27),
            D(2023, 10, 27),
            "month",
        ),
        (
            D(2023, 10, 27),
            "Shares gained 10.2% over the past four weeks.",
            D(2023, 9, 29),
            D(2023, 10, 27),
            "week",
        ),
        (
            D(2023, 10, 27),
            "Shares rose 8% in the last 10 days.",
            D(2023, 10, 17),
            D(2023, 10, 27),
            "day",
        ),
        (
            D(2023, 10, 27),
            "In the 30-day time frame, Zorvex is 61.15% up.",
            D(2023, 9, 27),
            D(2023, 10, 27),
            "month",
        ),
        (
            D(2023, 10, 27),
            "The stock has gained 40% over the past two years.",
            D(2021, 10, 27),
            D(2023, 10, 27),
            "year",
        ),
        (
            D(2023, 10, 27),
            "Shares are up 9% over the last 12 months.",
            D(2022, 10, 27),
            D(2023, 10, 27),
            "year",
        ),
        (
            D(2023, 10, 27),
            "Zorvex shares had fallen by 14.9% this quarter.",
            D(2023, 10, 1),
            D(2023, 10, 27),
            "day",
        ),
        (
            D(2023, 10, 27),
            "Its shares are down 60 per cent since April 2021.",
            D(2021, 4, 1),
            D(2023, 10, 27),
            "day",
        ),
        (
            D(2023, 10, 27),
            "The stock is up 12% since March 3.",
            D(2023, 3, 3),
            D(2023, 10, 27),
            "day",
        ),
        (
            D(2026, 1, 19),
            "Shares are down more than 70% since 2022.",
            D(2022, 1, 1),
            D(2026, 1, 19),
            "day",
        ),
        (
            D(2026, 1, 19),
            "They had risen 112% since the start of June.",
            D(2025, 6, 1),
            D(2026, 1, 19),
            "day",
        ),
        (
            D(2026, 1, 19),
            "As per June 2025 shareholding, promoters held 63%.",
            D(2025, 6, 1),
            D(2025, 6, 30),
            "month",
        ),
        (
            D(2026, 1, 19),
            "As per data till December 2024, DIIs hold 2.5%.",
            D(2024, 12, 1),
            D(2024, 12, 31),
            "month",
        ),
        (
            D(2026, 1, 19),
            "The index closed at its highest level since 2015.",
            None,
            None,
            "unknown",
        ),
    ],
)
def test_windows_back_from_publication(
    published: dt.date, sentence: str, start: dt.date | None, end: dt.date | None, precision: str
) -> None:
    got = resolve(sentence, published)
    assert (got.start, got.end, got.precision) == (start, end, precision)


@pytest.mark.parametrize(
    "sentence",
    [
        "The stock hit its lowest price since August 2024 at SAR 26.85.",
        "The index reached its highest level since August 2015.",
        "Shares closed above $300 for the first time since March 2021.",
        "Quenwick bought $16 million of shares, its first investment in the company since 2021.",
    ],
)
def test_a_record_since_a_month_is_no_window(sentence: str) -> None:
    assert resolve(sentence, D(2025, 3, 4)).period != "since"


def test_week_on_week_ends_at_the_session_before_a_weekend() -> None:
    """Published on a Saturday, "w/w" is the week up to Friday's session."""
    occ = resolve("TRANSCORP (-3.15% w/w)", dt.date(2025, 3, 8), None, "XNYS")
    assert (occ.start, occ.end, occ.precision) == (dt.date(2025, 2, 28), FRIDAY, "week")


@pytest.mark.parametrize(
    "sentence",
    [
        "Zorvex presently has a consensus rating of Hold",
        "the current consensus on the target price is $67.40",
        "The current average analyst rating on the shares is buy",
    ],
)
def test_presently_and_the_current_consensus_are_the_publication_day(sentence: str) -> None:
    occ = resolve(sentence, FRIDAY, None, "XNYS")
    assert (occ.start, occ.precision) == (FRIDAY, "day")


@pytest.mark.parametrize(
    "sentence",
    [
        "The stock was trading at Rs 28.26 as of 1 pm on the NSE",
        "Zorvex stood at $41.10 as of 11:30 a.m.",
        "shares were at HK$3.20 as of 14:05 GMT",
    ],
)
def test_a_clock_time_with_no_day_is_the_publication_day(sentence: str) -> None:
    occ = resolve(sentence, FRIDAY, None, "XNYS")
    assert (occ.start, occ.precision) == (FRIDAY, "day")


def test_a_previous_close_beside_a_clock_time_is_the_session_before_the_days() -> None:
    """The day named in the sentence before ("on Monday") is not the one "previous close" is
    counted back from, when the sentence tells the price now ("as of 1 pm")."""
    text = (
        "The stock had already dropped about 7% on Monday. The stock was trading at $28.26 as "
        "of 1 pm, down nearly 2% from its previous close of $28.83."
    )
    days = {e["price"]: e["start"] for e in only(text, "price_level", published="2026-03-10")}
    assert days == {28.26: dt.date(2026, 3, 10), 28.83: dt.date(2026, 3, 9)}


def test_the_week_a_monday_report_sums_up_is_the_week_before() -> None:
    monday = dt.date(2025, 5, 5)
    occ = resolve("The index's top gainers for the week were Zorvex and Quillon.", monday)
    assert (occ.start, occ.end, occ.precision) == (
        dt.date(2025, 4, 28),
        dt.date(2025, 5, 4),
        "week",
    )


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        # a return over the past year runs from the same day a year before (the 28th for a 29th)
        ("Halvard Mining stock has slid 12.4% over the past year.", D(2023, 2, 28)),
        ("The shares have gained 27 per cent in the past year.", D(2023, 2, 28)),
        ("Over the past 12 months the stock has lost a third of its value.", D(2023, 2, 28)),
        ("Its one-year return stands at 18%.", D(2023, 2, 28)),
        ("Brennick's 12-month gain of 44% leads the sector.", D(2023, 2, 28)),
        ("The stock's one year performance is -9%.", D(2023, 2, 28)),
        # a 52-week range is the 52 weeks up to publication
        ("Brennick trades near its 52-week high of $88.", D(2023, 3, 2)),
        ("The stock's 52 week low is 410p.", D(2023, 3, 2)),
        ("It has a twelve-month range of $20 to $35.", D(2023, 3, 2)),
        ("Shares fell 4% over the past 52 weeks.", D(2023, 3, 2)),
    ],
)
def test_a_year_back_and_a_52_week_range(sentence: str, start: dt.date) -> None:
    occ = resolve(sentence, D(2024, 2, 29))
    assert (occ.start, occ.end, occ.precision) == (start, D(2024, 2, 29), "year")


@pytest.mark.parametrize(
    ("sentence", "start", "end", "precision"),
    [
        # "so far in" the month of publication: to date, as "so far in 2025" is
        ("Halvard shares have gained 4% so far in March.", D(2025, 3, 1), D(2025, 3, 20), "day"),
        ("Brennick has lost a tenth so far in March 2025.", D(2025, 3, 1), D(2025, 3, 20), "day"),
        # another month, or no "so far": the whole month
        ("Brennick rallied 6% so far in February.", D(2025, 2, 1), D(2025, 2, 28), "month"),
        ("Halvard shares have gained 4% in March.", D(2025, 3, 1), D(2025, 3, 31), "month"),
    ],
)
def test_so_far_in_a_month(sentence: str, start: dt.date, end: dt.date, precision: str) -> None:
    occ = resolve(sentence, D(2025, 3, 20))
    assert (occ.start, occ.end, occ.precision) == (start, end, precision)


@pytest.mark.parametrize(
    ("sentence", "start", "end", "precision"),
    [
        # a return over the year to a day: from the same day a year before
        (
            "Brennick stock has gained 41 per cent over the year to 14 August.",
            D(2024, 8, 14),
            D(2025, 8, 14),
            "year",
        ),
        (
            "Halvard shares lost 8% in the 12 months to July 3.",
            D(2024, 7, 3),
            D(2025, 7, 3),
            "year",
        ),
        # a reporting period of whole months, ending on a month's last day or in a month
        (
            "In the three months to June 30th, Brennick's revenue rose 9%.",
            D(2025, 4, 1),
            D(2025, 6, 30),
            "quarter",
        ),
        (
            "For the year ended December 31, 2024, Halvard earned $3.1 billion.",
            D(2024, 1, 1),
            D(2024, 12, 31),
            "year",
        ),
        (
            "Profit for the six months to the end of June was flat.",
            D(2025, 1, 1),
            D(2025, 6, 30),
            "month",
        ),
        # no year, a month not yet ended by P: the year before's
        (
            "For the year to September, Halvard's sales fell 2%.",
            D(2023, 10, 1),
            D(2024, 9, 30),
            "year",
        ),
        # since the start of the month or the quarter: to date
        (
            "The index has risen 5.8% since the start of the month.",
            D(2025, 8, 1),
            D(2025, 8, 20),
            "month",
        ),
        (
            "Halvard has gained 9% since the beginning of the quarter.",
            D(2025, 7, 1),
            D(2025, 8, 20),
            "day",
        ),
        # the months named, first to last: the latest such span to end by P
        (
            "Brennick posted an operating profit of 7 trillion won for the April-June period.",
            D(2025, 4, 1),
            D(2025, 6, 30),
            "quarter",
        ),
        (
            "Halvard's sales for the October to December quarter rose 4%.",
            D(2024, 10, 1),
            D(2024, 12, 31),
            "quarter",
        ),
        (
            "In the November–January quarter, Brennick's revenue fell.",
            D(2024, 11, 1),
            D(2025, 1, 31),
            "quarter",
        ),
        (
            "Halvard's profit for the January-June 2024 half rose 12%.",
            D(2024, 1, 1),
            D(2024, 6, 30),
            "month",
        ),
    ],
)
def test_a_span_of_months_to_a_day_or_month(
    sentence: str, start: dt.date, end: dt.date, precision: str
) -> None:
    occ = resolve(sentence, D(2025, 8, 20))
    assert (occ.start, occ.end, occ.precision) == (start, end, precision)


def test_the_year_to_date_is_no_span_to_a_month() -> None:
    occ = resolve("The stock is up 12% in the year to date.", D(2025, 8, 20))
    assert (occ.start, occ.end) == (D(2025, 1, 1), D(2025, 8, 20))


def test_last_friday_said_on_a_friday_is_the_week_befores() -> None:
    friday = dt.date(2025, 6, 13)
    assert resolve("shares climbed last Friday", friday).start == dt.date(2025, 6, 6)
    assert resolve("shares climbed on Friday", friday).start == friday
    assert resolve("shares climbed last Friday", dt.date(2025, 6, 16)).start == friday


def test_the_last_week_is_the_seven_days_to_publication() -> None:
    friday = dt.date(2025, 6, 20)
    during = resolve("the stock has declined 8.3% during the last week", friday)
    assert (during.start, during.end) == (dt.date(2025, 6, 13), friday)
    last = resolve("the stock fell 3% last week", friday)
    assert (last.start, last.end) == (dt.date(2025, 6, 9), dt.date(2025, 6, 15))


def test_that_day_without_a_day_named_before_is_no_cue() -> None:
    assert (
        resolve("That day, the shares closed higher.", dt.date(2025, 6, 20)).precision == "unknown"
    )


JUNE_13 = D(2025, 6, 13)  # a Friday


def _when(text: str, kind: str, published: str) -> tuple[dt.date | None, dt.date | None, str]:
    """When the first event of ``kind`` in ``text`` happened, as (start, end, precision)."""
    events = [e for e in extract(text, published=published, subject="ZORV") if e.kind == kind]
    assert events, text
    got = events[0]
    return got.occurred_start, got.occurred_end, got.occurred_precision


@pytest.mark.parametrize(
    ("text", "kind", "start", "end", "precision"),
    [
        # dates in figures: year first, day first, month first with slashes on a US listing
        ("Shares of Zorvex rose 4.2% on 2025-06-10.", "price_move", D(2025, 6, 10), None, "day"),
        ("Shares of Zorvex rose 4.2% on 2025/06/10.", "price_move", D(2025, 6, 10), None, "day"),
        ("Shares of Zorvex rose 4.2% on 10.06.2025.", "price_move", D(2025, 6, 10), None, "day"),
        ("Shares of Zorvex rose 4.2% on 06/10/2025.", "price_move", D(2025, 6, 10), None, "day"),
        ("Shares of Zorvex rose 4.2% on 13/06/2025.", "price_move", D(2025, 6, 13), None, "day"),
        (
            "Halvern Capital held 5.2% of Zorvex as of 2025-03-31.",
            "ownership_level",
            D(2025, 3, 31),
            None,
            "day",
        ),
        (
            "Halvern Capital bought 120,000 shares of Zorvex on 03.06.2025.",
            "stake_change",
            D(2025, 6, 3),
            None,
            "day",
        ),
        (
            "Jefferies upgraded Zorvex to buy from hold on 11-Jun-2025.",
            "analyst_rating",
            D(2025, 6, 11),
            None,
            "day",
        ),
        # a day of the month alone, the press's weekday abbreviations, days ago
        ("Shares of Zorvex rose 4.2% on the 10th.", "price_move", D(2025, 6, 10), None, "day"),
        (
            "Jefferies upgraded Zorvex to buy from hold on the 11th.",
            "analyst_rating",
            D(2025, 6, 11),
            None,
            "day",
        ),
        ("Shares of Zorvex rose 4.2% on Weds.", "price_move", D(2025, 6, 11), None, "day"),
        ("Shares of Zorvex rose 4.2% on Thurs.", "price_move", D(2025, 6, 12), None, "day"),
        ("Shares of Zorvex rose 4.2% on Tue.", "price_move", D(2025, 6, 10), None, "day"),
        ("Shares of Zorvex rose 4.2% two days ago.", "price_move", D(2025, 6, 11), None, "day"),
        # since a weekday: that day..P, as "since March 3"
        (
            "Shares of Zorvex have risen 4.2% since Monday.",
            "price_move",
            D(2025, 6, 9),
            JUNE_13,
            "day",
        ),
        # quarters written number first
        (
            "Shares of Zorvex rose 4.2% in 1Q25.",
            "price_move",
            D(2025, 1, 1),
            D(2025, 3, 31),
            "quarter",
        ),
        (
            "Halvern Capital raised its stake in Zorvex by 12% in 4Q2024.",
            "stake_change",
            D(2024, 10, 1),
            D(2024, 12, 31),
            "quarter",
        ),
        # the end of a month, quarter or year: its last day
        (
            "Halvern Capital held 5.2% of Zorvex at the end of March.",
            "ownership_level",
            D(2025, 3, 31),
            None,
            "day",
        ),
        (
            "Halvern Capital held 5.2% of Zorvex at year-end 2024.",
            "ownership_level",
            D(2024, 12, 31),
            None,
            "day",
        ),
        (
            "Halvern Capital held 5.2% of Zorvex at the end of 2024.",
            "ownership_level",
            D(2024, 12, 31),
            None,
            "day",
        ),
        # a week ended on a day: Monday..that day
        (
            "Shares of Zorvex rose 4.2% in the week ended June 6.",
            "price_move",
            D(2025, 6, 2),
            D(2025, 6, 6),
            "week",
        ),
        (
            "Shares of Zorvex rose 4.2% in the month of May.",
            "price_move",
            D(2025, 5, 1),
            D(2025, 5, 31),
            "month",
        ),
        # a half year has no precision: unknown, never the year it is of
        (
            "Zorvex reported revenue of $12.1 billion in the first half of 2024.",
            "financial_kpi",
            None,
            None,
            "unknown",
        ),
        (
            "Zorvex's revenue rose 8% to $12.1 billion for the first half of the year.",
            "financial_kpi",
            None,
            None,
            "unknown",
        ),
    ],
)
def test_cues_read_in_realistic_sentences(
    text: str, kind: str, start: dt.date | None, end: dt.date | None, precision: str
) -> None:
    assert _when(text, kind, "2025-06-13") == (start, end or start, precision)


@pytest.mark.parametrize(
    ("sentence", "exchange", "day"),
    [
        ("Shares rose 2% on 04/03/2025.", "XNYS", D(2025, 4, 3)),  # month first in New York
        ("Shares rose 2% on 04/03/2025.", "XLON", D(2025, 3, 4)),  # day first elsewhere
        ("Shares rose 2% on 04.03.2025.", "XNYS", D(2025, 3, 4)),  # dots: always day first
        ("Shares rose 2% on 06/09/2025.", "XLON", D(2025, 6, 9)),  # 6 September is after P
        # a data site's short year, slashes only
        ("A 52-week high of $82.68 was reached on 01/06/25.", "XNYS", D(2025, 1, 6)),
        ("The low of 41.20 euros came on 3/4/25.", "XETR", D(2025, 4, 3)),
        ("It touched $12.10 on 12/31/24, its low.", "XNAS", D(2024, 12, 31)),
    ],
)
def test_a_date_in_figures_is_read_in_its_listings_order(
    sentence: str, exchange: str, day: dt.date
) -> None:
    occ = resolve(sentence, D(2025, 6, 9), exchange=exchange)
    assert (occ.start, occ.end, occ.precision) == (day, day, "day")


@pytest.mark.parametrize(
    "sentence",
    [
        "The desk is staffed 24/7 by 12 analysts.",
        "Votes split 1/2/3 across the plans.",
        "Shares rose 2% on 1-6-25.",
        "The ratio moved to 3/4/25%.",
    ],
)
def test_figures_with_slashes_that_are_no_short_dates(sentence: str) -> None:
    assert resolve(sentence, D(2025, 6, 9)).precision == "unknown"


def test_a_quarter_a_call_follows_is_no_time_of_the_call() -> None:
    text = "Jefferies raised its price target on Zorvex to $50 from $45 after Q3 2024 results."
    (target,) = [e for e in extract(text, subject="ZORV") if e.kind == "price_target"]
    assert (target.occurred_start, target.occurred_precision) == (None, "unknown")


MONDAY = D(2025, 6, 16)


@pytest.mark.parametrize(
    ("text", "kind", "start", "end", "precision"),
    [
        # "in the week" on a Monday: the week before
        (
            "Zorvex shares fell 3.1% in the week.",
            "price_move",
            D(2025, 6, 9),
            D(2025, 6, 15),
            "week",
        ),
        # sessions in a row
        (
            "Zorvex shares have fallen 3.1% in five straight sessions.",
            "price_move",
            D(2025, 6, 10),
            MONDAY,
            "day",
        ),
        (
            "Zorvex shares have lost 3.1% over three consecutive trading days.",
            "price_move",
            D(2025, 6, 12),
            MONDAY,
            "day",
        ),
        # a year: calendar, throughout, fiscal (ended by P)
        (
            "Zorvex shares fell 3.1% in calendar 2024.",
            "price_move",
            D(2024, 1, 1),
            D(2024, 12, 31),
            "year",
        ),
        (
            "Zorvex shares fell 3.1% throughout 2024.",
            "price_move",
            D(2024, 1, 1),
            D(2024, 12, 31),
            "year",
        ),
        (
            "Zorvex shares fell 3.1% in fiscal 2024.",
            "price_move",
            D(2024, 1, 1),
            D(2024, 12, 31),
            "year",
        ),
        # the last quarter of a year written: its fourth
        (
            "Zorvex shares fell 3.1% in the last quarter of 2024.",
            "price_move",
            D(2024, 10, 1),
            D(2024, 12, 31),
            "quarter",
        ),
        # the first three or nine months
        (
            "Halvern Capital cut its stake in Zorvex by 12% in the first three months of the year.",
            "stake_change",
            D(2025, 1, 1),
            D(2025, 3, 31),
            "quarter",
        ),
        (
            "Halvern Capital cut its stake in Zorvex by 12% in the first nine months of 2024.",
            "stake_change",
            D(2024, 1, 1),
            D(2024, 9, 30),
            "day",
        ),
        (
            "Zorvex shares fell 3.1% the day before yesterday.",
            "price_move",
            D(2025, 6, 14),
            None,
            "day",
        ),
    ],
)
def test_more_cues_read_in_realistic_sentences(
    text: str, kind: str, start: dt.date | None, end: dt.date | None, precision: str
) -> None:
    assert _when(text, kind, "2025-06-16") == (start, end or start, precision)


@pytest.mark.parametrize(
    ("text", "kind", "start", "end", "precision"),
    [
        # a week of a month
        (
            "Zorvex shares reached $70 within the first week of May.",
            "price_level",
            D(2025, 5, 1),
            D(2025, 5, 7),
            "week",
        ),
        (
            "Zorvex shares fell 3.1% in the last week of May.",
            "price_move",
            D(2025, 5, 25),
            D(2025, 5, 31),
            "week",
        ),
        # a span to date ends on the day an "as of" names
        (
            "As at Wednesday, Zorvex shares have rallied 35.6 per cent in 2025.",
            "price_move",
            D(2025, 1, 1),
            D(2025, 6, 11),
            "day",
        ),
        (
            "Zorvex shares are up 12% year to date as of June 10.",
            "price_move",
            D(2025, 1, 1),
            D(2025, 6, 10),
            "day",
        ),
        (
            "Zorvex shares have gained 12% since March 3, as of June 10.",
            "price_move",
            D(2025, 3, 3),
            D(2025, 6, 10),
            "day",
        ),
        # ... or "through" names, the day of publication too
        (
            "Zorvex stock had gained 35% this year through Friday's close.",
            "price_move",
            D(2025, 1, 1),
            D(2025, 6, 13),
            "day",
        ),
        (
            "Zorvex shares are up 8% year-to-date through Tuesday.",
            "price_move",
            D(2025, 1, 1),
            D(2025, 6, 10),
            "day",
        ),
        (
            "Zorvex shares have risen 12% since January up to Wednesday.",
            "price_move",
            D(2025, 1, 1),
            D(2025, 6, 11),
            "day",
        ),
    ],
)
def test_weeks_of_a_month_and_spans_to_a_day(
    text: str, kind: str, start: dt.date, end: dt.date, precision: str
) -> None:
    assert _when(text, kind, "2025-06-13") == (start, end or start, precision)


@pytest.mark.parametrize(
    ("text", "kind", "start", "end", "precision"),
    [
        # a day, a month and two figures of a year (not "Jun 25" read as June 25)
        ("Zorvex shares rose 2.1% on 13 Jun 25.", "price_move", D(2025, 6, 13), None, "day"),
        (
            "Jefferies upgraded Zorvex to buy from hold on 30-May-25.",
            "analyst_rating",
            D(2025, 5, 30),
            None,
            "day",
        ),
        # the end of a month written "end-March"
        (
            "Halvern Capital held 5.2% of Zorvex at end-March.",
            "ownership_level",
            D(2025, 3, 31),
            None,
            "day",
        ),
        # a span of months "through" a month, as "to" or "ended"
        (
            "Halvern Capital trimmed its Zorvex holding by 8% in the quarter through March.",
            "stake_change",
            D(2025, 1, 1),
            D(2025, 3, 31),
            "quarter",
        ),
        # a quarter under way "so far": its first day..P
        (
            "Zorvex shares rose 2.1% in the second quarter so far.",
            "price_move",
            D(2025, 4, 1),
            D(2025, 6, 13),
            "day",
        ),
    ],
)
def test_two_figure_years_end_months_and_quarters_so_far(
    text: str, kind: str, start: dt.date, end: dt.date | None, precision: str
) -> None:
    assert _when(text, kind, "2025-06-13") == (start, end or start, precision)


@pytest.mark.parametrize(
    ("text", "kind", "start", "end", "precision"),
    [
        # a weekday of last week
        ("Zorvex shares fell 3.1% on Tuesday last week.", "price_move", D(2025, 6, 3), None, "day"),
        (
            "Jefferies upgraded Zorvex to buy from hold on Wednesday of last week.",
            "analyst_rating",
            D(2025, 6, 4),
            None,
            "day",
        ),
        # the past session, as the last one
        ("Zorvex shares fell 3.1% in the past session.", "price_move", D(2025, 6, 12), None, "day"),
        # the past trading week, as the past week
        (
            "Zorvex shares fell 3.1% over the past trading week.",
            "price_move",
            D(2025, 6, 6),
            D(2025, 6, 13),
            "week",
        ),
        # a fiscal year written FY, once ended
        ("Zorvex shares fell 3.1% in FY24.", "price_move", D(2024, 1, 1), D(2024, 12, 31), "year"),
    ],
)
def test_weekdays_of_last_week_past_sessions_and_fiscal_years(
    text: str, kind: str, start: dt.date, end: dt.date | None, precision: str
) -> None:
    assert _when(text, kind, "2025-06-13") == (start, end or start, precision)


def test_a_fiscal_year_written_fy_starts_in_april_on_indian_listings() -> None:
    occ = resolve("Zorvex shares fell 20% in FY25.", D(2025, 6, 13), exchange="XBOM")
    assert (occ.start, occ.end, occ.precision) == (D(2024, 4, 1), D(2025, 3, 31), "year")


@pytest.mark.parametrize(
    ("sentence", "start", "end", "precision"),
    [
        # the end of a period that is a comparison's base is not the time of the sentence
        (
            "Halvard reported on January 15 that its count fell from 285 at the end of 2023.",
            D(2025, 1, 15),
            D(2025, 1, 15),
            "day",
        ),
        (
            "Compared to its position at the end of last year, Brennick is up 40.7% (ytd).",
            D(2025, 1, 1),
            D(2025, 6, 13),
            "day",
        ),
        # a span of fiscal years is no fiscal year
        ("Analysts see 13% EPS growth a year for FY24-28E.", None, None, "unknown"),
    ],
)
def test_ends_of_periods_as_bases_and_spans_of_fiscal_years(
    sentence: str, start: dt.date | None, end: dt.date | None, precision: str
) -> None:
    occ = resolve(sentence, D(2025, 6, 13))
    assert (occ.start, occ.end, occ.precision) == (start, end, precision)


@pytest.mark.parametrize(
    "sentence",
    [
        "Sales of 3.2 billion euros were up 6% from the same period last year.",
        "Net income fell 11.4% compared to the same period in 2024.",
        "Bookings rose to $410 million, higher than a year earlier and than in 2023.",
        "The order intake of Rs 1,200 crore compared with Rs 950 crore in 2024.",
    ],
)
def test_a_comparisons_base_year_does_not_date_the_figure(sentence: str) -> None:
    occ = resolve(sentence, D(2025, 11, 10))
    assert occ.precision == "unknown", (occ.start, occ.end)


@pytest.mark.parametrize(
    ("sentence", "start", "end", "precision"),
    [
        # months joined by a dash need no "period"; the year may follow the noun
        ("Sales rose 4% in January-September of 2024.", D(2024, 1, 1), D(2024, 9, 30), "day"),
        ("Net profit in July–September jumped 12%.", D(2025, 7, 1), D(2025, 9, 30), "quarter"),
        (
            "Output for the January-June period of 2024 fell 3%.",
            D(2024, 1, 1),
            D(2024, 6, 30),
            "month",
        ),
        # "from January to March" with no noun is no period
        ("Shares rose from January to March.", None, None, "unknown"),
    ],
)
def test_spans_of_months(
    sentence: str, start: dt.date | None, end: dt.date | None, precision: str
) -> None:
    occ = resolve(sentence, D(2025, 11, 10))
    assert (occ.start, occ.end, occ.precision) == (start, end, precision)


def test_a_year_that_is_no_base_still_dates_the_figure() -> None:
    occ = resolve("Sales rose 6% in 2024 from the year before.", D(2025, 11, 10))
    assert (occ.start, occ.end, occ.precision) == (D(2024, 1, 1), D(2024, 12, 31), "year")


@pytest.mark.parametrize(
    ("text", "start", "precision"),
    [
        # a half year names a period no precision holds: the move's date is not guessed
        ("Zorvex shares rose 4.2% in the first half.", None, "unknown"),
        ("Zorvex shares rose 4.2% in H1 2024.", None, "unknown"),
    ],
)
def test_a_half_year_leaves_a_market_figure_undated(
    text: str, start: dt.date | None, precision: str
) -> None:
    events = [
        e
        for e in extract(text, published="2025-06-13", subject="ZORV")
        if e.kind.startswith("price")
    ]
    assert events, text
    assert {(e.occurred_start, e.occurred_precision) for e in events} == {(start, precision)}


def test_the_most_recent_quarter_is_the_quarter_the_article_named() -> None:
    text = (
        "Halvern Capital trimmed its stake in Zorvex by 6.9% during the 4th quarter. "
        "Halvern Capital owned 0.17% of Zorvex at the end of the most recent quarter."
    )
    (level,) = only(text, "ownership_level", published="2025-01-06", subject="ZORV")
    assert (level["start"], level["end"], level["precision"]) == (
        D(2024, 10, 1),
        D(2024, 12, 31),
        "quarter",
    )


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("Zorvex shares have risen 8% since the end of September.", D(2025, 9, 30)),
        ("Zorvex shares have fallen 16% since the end of the third quarter.", D(2025, 9, 30)),
        ("Zorvex shares are up 8% since the close of the second quarter.", D(2025, 6, 30)),
        ("Zorvex shares are up 8% since the beginning of the third quarter.", D(2025, 7, 1)),
    ],
)
def test_since_the_end_of_a_period_runs_from_its_edge_to_publication(
    sentence: str, start: dt.date
) -> None:
    occ = resolve(sentence, D(2025, 11, 14))
    assert (occ.start, occ.end, occ.precision) == (start, D(2025, 11, 14), "day")


def test_since_the_end_of_a_quarter_never_named_is_undated() -> None:
    occ = resolve("Zorvex shares have fallen 16% since the end of the quarter.", D(2025, 11, 14))
    assert occ.precision == "unknown"


@pytest.mark.parametrize(
    ("one", "plain"),
    [
        ("over the past one month", "over the past month"),
        ("in the last one week", "in the past week"),
        ("over the past one year", "over the past year"),
    ],
)
def test_the_past_one_unit_is_the_past_unit(one: str, plain: str) -> None:
    p = dt.date(2015, 10, 28)
    assert resolve(f"The stock rose 16% {one}.", p) == resolve(f"The stock rose 16% {plain}.", p)
    assert resolve(f"The stock rose 16% {one}.", p).precision != "unknown"


@pytest.mark.parametrize(
    ("text", "published", "quarter"),
    [
        ("its second-quarter revenue forecast of $36.5 billion", dt.date(2024, 4, 25), (2024, 2)),
        ("analysts expect fourth-quarter EPS of $1.10", dt.date(2025, 1, 20), (2024, 4)),
        ("Zorvex sees Q3 sales of €2.1 billion", dt.date(2025, 8, 6), (2025, 3)),
        ("Halvorsen guided first-quarter revenue to ₹900 crore", dt.date(2024, 11, 5), (2025, 1)),
    ],
)
def test_a_forecast_quarter_without_a_year_is_the_first_still_awaited(
    text: str, published: dt.date, quarter: tuple[int, int]
) -> None:
    got = horizon(text, published)
    year, q = quarter
    assert (got.start, got.precision) == (dt.date(year, 3 * q - 2, 1), "quarter")


def test_a_fiscal_quarter_without_a_year_is_no_calendar_quarter() -> None:
    assert horizon("its fiscal second-quarter guidance", dt.date(2024, 11, 5)).precision == (
        "unknown"
    )


def test_a_forecast_quarter_where_fiscal_years_start_in_april() -> None:
    got = horizon("above the 902 billion yen first-quarter estimate", dt.date(2025, 8, 7), "XTKS")
    assert (got.start, got.end) == (dt.date(2025, 4, 1), dt.date(2025, 6, 30))


@pytest.mark.parametrize(
    ("text", "start", "precision", "period"),
    [
        ("a six-month decline of 12%", dt.date(2022, 12, 26), "month", "6 months"),
        ("a three-month rally of 30% in the shares", dt.date(2023, 3, 26), "month", "3 months"),
        ("the stock's 1-month gain of 4.2%", dt.date(2023, 5, 26), "month", "month"),
        ("a two-year slide of 40%", dt.date(2021, 6, 26), "year", "2 years"),
        ("its 12-month return of 18%", dt.date(2022, 6, 26), "year", "year"),
        ("TKC registered 36.09% gain for a year", dt.date(2022, 6, 26), "year", "year"),
    ],
)
def test_a_span_its_adjective_names_runs_up_to_publication(
    text: str, start: dt.date, precision: str, period: str
) -> None:
    got = resolve(text, dt.date(2023, 6, 26))
    assert (got.start, got.end, got.precision, got.period) == (
        start,
        dt.date(2023, 6, 26),
        precision,
        period,
    )


OCT_10 = D(2025, 10, 10)


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        ("Acme shares have fallen nearly 28.15% since the year began.", D(2025, 1, 1), OCT_10),
        ("The stock has gained 12% since the turn of the year.", D(2025, 1, 1), OCT_10),
        ("Zorvex is up 40% since the year started.", D(2025, 1, 1), OCT_10),
    ],
)
def test_year_to_date_told_in_other_words(sentence: str, start: dt.date, end: dt.date) -> None:
    occ = resolve(sentence, OCT_10)
    assert (occ.start, occ.end, occ.precision) == (start, end, "day")


@pytest.mark.parametrize(
    ("text", "moved", "closed"),
    [
        (
            "Acme hit the day’s low of ₹5406.45 today, down 2.99% against its last closing price of ₹5573.15.",
            -2.99,
            5573.15,
        ),
        (
            "Acme shares rose 1.5% to $20.30, compared with a last closing price of $20.00.",
            1.5,
            20.0,
        ),
    ],
)
def test_a_move_against_the_last_close_is_of_the_day_the_close_of_the_one_before(
    text: str, moved: float, closed: float
) -> None:
    [move] = only(text, "price_move", published="2025-10-10")
    assert (move["percent"], move["start"]) == (moved, OCT_10)
    [close] = [e for e in only(text, "price_level", published="2025-10-10") if e["price"] == closed]
    assert close["start"] == D(2025, 10, 9)


@pytest.mark.parametrize(
    "text",
    [
        "Its last closing price was €14.20.",
        "The stock fell 2% to Rs 410 from its previous closing price of Rs 418.40.",
        "Zorvex opened at 1,020 yen, above its prior closing price of 1,000 yen.",
    ],
)
def test_a_last_closing_price_is_the_session_before(text: str) -> None:
    closes = [e for e in only(text, "price_level", published="2025-10-10") if e["start"] != OCT_10]
    assert [c["start"] for c in closes] == [D(2025, 10, 9)]


def test_an_upside_from_the_last_closing_price_dates_no_call() -> None:
    text = "Quenwick raised its target price to Rs 1,450, a 30% upside from the previous closing price of Rs 1,113.80."
    [target] = only(text, "price_target", published="2025-10-10")
    assert target["precision"] == "unknown"


@pytest.mark.parametrize(
    ("sentence", "start", "precision", "period"),
    [
        # a figure's own span after it
        ("Zorvex is up 46% in 6 months.", D(2024, 12, 9), "month", "6 months"),
        ("The stock has risen 77.4% over 12 months.", D(2024, 6, 9), "year", "year"),
        ("Shares lost 12 percent in three weeks.", D(2025, 5, 19), "week", "3 weeks"),
        ("Zorvex rose 6% in five sessions.", D(2025, 6, 3), "day", "5 sessions"),
        # a span as the adjective of a move's noun
        ("Its three-month performance dropped to -41.43%.", D(2025, 3, 9), "month", "3 months"),
        ("a one-week price increase of 14.10%", D(2025, 6, 2), "week", "week"),
        ("The 5-day performance stands at 6.41%.", D(2025, 6, 3), "day", "5 sessions"),
    ],
)
def test_a_span_a_figure_is_over_runs_up_to_publication(
    sentence: str, start: dt.date, precision: str, period: str
) -> None:
    occ = resolve(sentence, D(2025, 6, 9))
    assert (occ.start, occ.end, occ.precision, occ.period) == (
        start,
        D(2025, 6, 9),
        precision,
        period,
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The company expects margins of 12% in three years.",
        "It aims to grow sales 10% over five years.",
        "Rates could fall 1% in 6 months.",
        "Revenue rose 8% in 12 months' time.",
        "Prices were 5% higher in 2 years after the merger.",
        "It had gained 6% in six sessions prior to that.",
    ],
)
def test_a_figure_looked_forward_to_has_no_span(sentence: str) -> None:
    assert resolve(sentence, D(2025, 6, 9)).precision == "unknown"


@pytest.mark.parametrize(
    ("sentence", "start", "precision"),
    [
        ("Shares have surged 40% since late May.", D(2025, 5, 1), "month"),
        ("Shares have surged 40% since mid-May.", D(2025, 5, 1), "month"),
        ("Shares have surged 40% since May 3.", D(2025, 5, 3), "day"),
    ],
)
def test_since_part_of_a_month_is_known_to_the_month(
    sentence: str, start: dt.date, precision: str
) -> None:
    occ = resolve(sentence, D(2025, 6, 9))
    assert (occ.start, occ.end, occ.precision) == (start, D(2025, 6, 9), precision)


@pytest.mark.parametrize("cue", ["to end the week", "to close out the week", "to finish the week"])
def test_a_move_to_end_the_week_is_its_last_sessions(cue: str) -> None:
    monday = resolve(f"Shares fell 3% {cue}.", D(2025, 6, 9))  # the week before's Friday
    assert (monday.start, monday.end, monday.precision) == (D(2025, 6, 6), D(2025, 6, 6), "day")
    friday = resolve(f"Shares fell 3% {cue}.", D(2025, 6, 13))
    assert (friday.start, friday.precision) == (D(2025, 6, 13), "day")
    # Good Friday 2025: the week's last session is the Thursday
    easter = resolve(f"Shares fell 3% {cue}.", D(2025, 4, 19))
    assert easter.start == D(2025, 4, 17)


def test_a_first_since_a_year_is_a_record_however_long_its_object() -> None:
    text = (
        "Lars Holm recorded his first purchase in optical products maker Zorvex Optical since "
        "2008, with shares bought on November 22."
    )
    occ = resolve(text, D(2025, 12, 3))
    assert (occ.start, occ.precision) == (D(2025, 11, 22), "day")
    # a span since a year stays one
    assert resolve("Zorvex shares are up 40% since 2022.", D(2025, 12, 3)).period == "since"


@pytest.mark.parametrize(
    ("sentence", "start", "end", "precision"),
    [
        # the first or last three months of a year: its first or last quarter
        (
            "due to hit shelves in the last three months of 2025",
            D(2025, 10, 1),
            D(2025, 12, 31),
            "quarter",
        ),
        (
            "to go on sale in the first three months of next year",
            D(2026, 1, 1),
            D(2026, 3, 31),
            "quarter",
        ),
        (
            "will launch in the final three months of the year",
            D(2025, 10, 1),
            D(2025, 12, 31),
            "quarter",
        ),
        # "in the last three months" alone is a span up to now, no quarter of a plan
        ("sales rose in the last three months", None, None, "unknown"),
    ],
)
def test_a_plan_in_the_first_or_last_three_months_of_a_year(
    sentence: str, start: dt.date | None, end: dt.date | None, precision: str
) -> None:
    got = planned(sentence, D(2025, 3, 7))
    assert (got.start, got.end, got.precision) == (start, end, precision)


@pytest.mark.parametrize(
    ("first", "start", "end"),
    [
        (
            "Net income for the quarter ended Jan. 31 was $1.5 million.",
            D(2022, 11, 1),
            D(2023, 1, 31),
        ),
        (
            "Results for the three months ending October 31, 2022 were mixed.",
            D(2022, 8, 1),
            D(2022, 10, 31),
        ),
        ("Sales in the quarter ended February 28 rose 7%.", D(2022, 12, 1), D(2023, 2, 28)),
        ("Profit for the March-to-May period fell.", D(2022, 3, 1), D(2022, 5, 31)),
    ],
)
def test_a_fiscal_quarter_named_is_the_quarter_the_article_speaks_of_after(
    first: str, start: dt.date, end: dt.date
) -> None:
    p, ctx = D(2023, 3, 20), TemporalContext()
    named = resolve(first, p, ctx)
    assert (named.start, named.end, named.precision) == (start, end, "quarter")
    again = resolve("Revenue for the quarter was $327 million.", p, ctx)
    assert (again.start, again.end) == (start, end)
    before = resolve("That beat the preceding quarter.", p, ctx)
    assert before.end is not None
    assert (before.end.month - end.month) % 12 == 9


def test_this_quarter_after_an_ended_fiscal_quarter_is_the_calendar_quarter_to_date() -> None:
    p, ctx = D(2025, 3, 21), TemporalContext()
    resolve("Revenue for the quarter ended February 28 rose.", p, ctx)
    occ = resolve("The shares had fallen by 14.9% this quarter.", p, ctx)
    assert (occ.start, occ.end, occ.precision) == (D(2025, 1, 1), p, "day")
    # a calendar quarter named stays "this quarter"'s, as before
    ctx = TemporalContext()
    resolve("Revenue for the fourth quarter rose.", D(2025, 2, 10), ctx)
    assert resolve("Sales this quarter rose.", D(2025, 2, 10), ctx).start == D(2024, 10, 1)


def test_a_period_shifted_back_a_year_keeps_whole_months() -> None:
    fiscal = Occurrence(D(2024, 12, 1), D(2025, 2, 28), "quarter", "quarter")
    back = shifted(fiscal, -12)
    assert (back.start, back.end, back.precision) == (D(2023, 12, 1), D(2024, 2, 29), "quarter")
    assert shifted(Occurrence.unknown(), -12).precision == "unknown"


@pytest.mark.parametrize(
    ("sentence", "fiscal_end", "start", "end"),
    [
        # the article tells the year's end: the quarter of that fiscal year
        (
            "EPS for the fourth quarter of fiscal year 2024 was $0.80.",
            9,
            D(2024, 7, 1),
            D(2024, 9, 30),
        ),
        (
            "Results for the second quarter of fiscal 2023 were solid.",
            6,
            D(2022, 10, 1),
            D(2022, 12, 31),
        ),
        ("Sales in the third quarter of FY25 rose.", 3, D(2024, 10, 1), D(2024, 12, 31)),
        # untold: the calendar quarter once it has ended, else none
        (
            "Results for the second quarter of fiscal 2024 were solid.",
            None,
            D(2024, 4, 1),
            D(2024, 6, 30),
        ),
        ("EPS for the fourth quarter of fiscal year 2024 was $0.80.", None, None, None),
        # a ranked quarter with no year, where the fiscal year is no calendar one: the latest
        # such fiscal quarter begun a month before P
        (
            "Car-Mart reported third-quarter earnings on Wednesday.",
            4,
            D(2023, 11, 1),
            D(2024, 1, 31),
        ),
        ("Revenue in the second quarter rose 8%.", 3, D(2024, 7, 1), D(2024, 9, 30)),
    ],
)
def test_a_quarter_of_a_fiscal_year_follows_the_articles_calendar(
    sentence: str, fiscal_end: int | None, start: dt.date | None, end: dt.date | None
) -> None:
    ctx = TemporalContext(fiscal_end=fiscal_end)
    occ = resolve(sentence, D(2024, 11, 20), ctx)
    assert (occ.start, occ.end) == (start, end)


def test_a_fiscal_quarter_of_untold_months_names_no_quarter_for_what_follows() -> None:
    ctx = TemporalContext()
    resolve("EPS for the fourth quarter of fiscal year 2024 was $0.80.", D(2024, 10, 23), ctx)
    assert ctx.last_quarter is None
    # its other quarters named without a year are as undated; a calendar year's are not
    assert resolve("Revenue for the fourth-quarter fell 3%.", D(2024, 10, 23), ctx).start is None
    assert resolve("Revenue in Q3 2024 fell 3%.", D(2024, 10, 23), ctx).start == D(2024, 7, 1)


@pytest.mark.parametrize(
    ("text", "exchange", "fiscal_end", "start", "end"),
    [
        ("We set FY 27's EPS at $11.11", "XNYS", 5, D(2026, 6, 1), D(2027, 5, 31)),
        ("its full-year operating profit forecast", "XNYS", 3, D(2025, 4, 1), D(2026, 3, 31)),
        ("guidance for the fiscal year", "XNYS", 6, D(2025, 7, 1), D(2026, 6, 30)),
        ("above the first-quarter estimate", "XNYS", 3, D(2025, 4, 1), D(2025, 6, 30)),
        ("Q2 FY26 EPS", "XBOM", None, D(2025, 7, 1), D(2025, 9, 30)),
        ("Q2 FY26 EPS", "XNYS", None, D(2026, 4, 1), D(2026, 6, 30)),
        ("fourth-quarter revenue estimate", "XNYS", 11, D(2025, 9, 1), D(2025, 11, 30)),
        # a year written bare is the calendar year's, whatever the fiscal calendar
        ("revenue of $5 billion in 2026", "XNYS", 6, D(2026, 1, 1), D(2026, 12, 31)),
    ],
)
def test_a_horizon_follows_the_fiscal_calendar_the_article_tells(
    text: str, exchange: str, fiscal_end: int | None, start: dt.date, end: dt.date
) -> None:
    got = horizon(text, D(2025, 8, 7), exchange, fiscal_end)
    assert (got.start, got.end) == (start, end)


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        ("Net income for the quarter ended September 30, 2024 rose.", D(2024, 7, 1)),
        ("Results for the three months ending Oct. 31st, 2024 were mixed.", D(2024, 8, 1)),
        ("Results for the three and six months ending October 31, 2024.", D(2024, 8, 1)),
        ("Sales for the three and nine months ended June 30 rose.", D(2025, 4, 1)),
    ],
)
def test_a_quarter_ended_on_a_day_of_a_year_written(sentence: str, start: dt.date) -> None:
    occ = resolve(sentence, D(2025, 11, 20))
    assert (occ.start, occ.precision) == (start, "quarter")


def test_a_ranked_fiscal_quarter_of_untold_months_is_the_calendar_quarter() -> None:
    occ = resolve("In the third fiscal quarter, Zorvo reported an 8% gain.", D(2023, 11, 20))
    assert (occ.start, occ.end) == (D(2023, 7, 1), D(2023, 9, 30))


@pytest.mark.parametrize(
    "first",
    ["In the three months to March 31st, profit rose.", "For the quarter to March 31, sales fell."],
)
def test_the_three_months_to_a_day_are_the_quarter_the_article_speaks_of_after(first: str) -> None:
    ctx = TemporalContext()
    resolve(first, D(2024, 5, 10), ctx)
    assert ctx.last_quarter is not None
    assert (ctx.last_quarter.start, ctx.last_quarter.end) == (D(2024, 1, 1), D(2024, 3, 31))


@pytest.mark.parametrize(
    "base",
    [
        "The revenue is 9.1% above that of Q3 2024.",
        "Margins were wider than in the third quarter of 2024.",
        "Sales rose 4% compared with Q3 2024.",
        "Orders were up 12% versus the third quarter of 2024.",
    ],
)
def test_a_quarter_named_as_a_base_is_not_the_story_quarter(base: str) -> None:
    ctx = TemporalContext()
    resolve("Zorvex reported its Q3 2025 results on October 28.", D(2025, 11, 24), ctx)
    resolve(base, D(2025, 11, 24), ctx)
    assert ctx.last_quarter is not None
    assert (ctx.last_quarter.start, ctx.last_quarter.end) == (D(2025, 7, 1), D(2025, 9, 30))


def test_a_quarter_named_as_the_figure_period_is_the_story_quarter() -> None:
    ctx = TemporalContext()
    resolve("Zorvex reported its Q3 2025 results on October 28.", D(2025, 11, 24), ctx)
    resolve("In Q2 2025 revenue rose 5%.", D(2025, 11, 24), ctx)
    assert ctx.last_quarter is not None
    assert (ctx.last_quarter.start, ctx.last_quarter.end) == (D(2025, 4, 1), D(2025, 6, 30))


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        (
            "MTN's share price surged by as much as 175.3% between January 2021 and February 2022",
            (dt.date(2021, 1, 1), dt.date(2022, 2, 28), "month"),
        ),
        (
            "Zorvex rose 12% from March to June 2025",
            (dt.date(2025, 3, 1), dt.date(2025, 6, 30), "month"),
        ),
        (
            "Zorvex fell 3% from November to February 2025",
            (dt.date(2024, 11, 1), dt.date(2025, 2, 28), "month"),
        ),
    ],
)
def test_a_range_of_months(sentence: str, span: tuple[dt.date, dt.date, str]) -> None:
    occ = resolve(sentence, FRIDAY, None, "XNYS")
    assert (occ.start, occ.end, occ.precision) == span


def test_a_move_between_two_days_keeps_both_across_its_and() -> None:
    text = "Zorvex's share price dropped a whopping 43.9% between 3 January and 27 December 2022."
    [move] = only(text, "price_move", subject="Zorvex", published="2023-09-15")
    assert (move["start"], move["end"]) == (dt.date(2022, 1, 3), dt.date(2022, 12, 27))


@pytest.mark.parametrize(
    ("exchange", "start"),
    [("XASX", dt.date(2025, 7, 1)), ("XBOM", dt.date(2025, 4, 1)), ("XNYS", dt.date(2025, 1, 1))],
)
def test_since_the_start_of_this_financial_year(exchange: str, start: dt.date) -> None:
    occ = resolve(
        "Since the beginning of this financial year, Zorvex has lost 12 per cent",
        dt.date(2025, 9, 14),
        None,
        exchange,
    )
    assert (occ.start, occ.end, occ.period) == (start, dt.date(2025, 9, 14), "since")


def test_a_longer_opening_phrase_dates_the_move_after_it() -> None:
    text = "Since the beginning of this financial year, Zorvex has lost 12 per cent in value."
    [move] = only(text, "price_move", subject="Zorvex", published="2025-09-14")
    assert (move["start"], move["end"]) == (dt.date(2025, 1, 1), dt.date(2025, 9, 14))


@pytest.mark.parametrize(
    ("sentence", "exchange", "day"),
    [
        ("the HKD43.75 closing price on the last trading day in 2023", "XHKG", "2023-12-29"),
        ("Zorvex ended trading-year 2024 at HKD33.00", "XHKG", "2024-12-31"),
        ("Quillon concluded 2024 at HKD4.46", "XHKG", "2024-12-31"),
        ("the HKD5.47 recorded at trading year-end 2023", "XHKG", "2023-12-29"),
        ("on the last trading day of 2023", "XNYS", "2023-12-29"),
        ("on the last trading day of 2022", "XTKS", "2022-12-30"),
    ],
)
def test_a_years_last_session(sentence: str, exchange: str, day: str) -> None:
    found = resolve(sentence, dt.date(2025, 1, 21), None, exchange)
    assert (found.start, found.end, found.precision) == (
        dt.date.fromisoformat(day), dt.date.fromisoformat(day), "day",
    )  # fmt: skip


def test_no_last_session_of_a_year_still_under_way() -> None:
    assert resolve("Zorvex closed 2025 at $5", dt.date(2025, 6, 2)).precision == "unknown"
