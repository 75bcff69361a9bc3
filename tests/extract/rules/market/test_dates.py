"""When a market figure happened: its clause's cue, the sentence's, a weekly report's week, the
session of the news (`timeline.extract.rules.market.dates`)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.helpers import only
from tests.extract.rules.market.helpers import weekly
from timeline.articles import Article
from timeline.extract import RuleExtractor


def _dated_moves(text: str, published: str) -> list[tuple[float, dt.date | None]]:
    return [(g["percent"], g["start"]) for g in only(text, "price_move", published=published)]


THU, TUE = dt.date(2024, 12, 26), dt.date(2024, 12, 24)


def test_a_move_from_the_price_the_year_started_at_is_year_to_date() -> None:
    [move] = only(
        "The stock closed June at N4.20, up 212% from the N1.35 it began the year with.",
        "price_move",
    )
    assert (move["period"], move["start"]) == ("ytd", dt.date(2025, 1, 1))


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
    ("text", "published", "start", "precision"),
    [
        # no cue of its own: the latest session on or before publication (a Saturday here)
        ("Valeo jumped 5.2% after results.", "2025-06-14", dt.date(2025, 6, 13), "day"),
        # the clause's own cue, not a date in a reason clause after it
        (
            "Valeo jumped 5.2% on Wednesday after Monday's results.",
            "2025-06-13",
            dt.date(2025, 6, 11),
            "day",
        ),
        ("Valeo has fallen 30% since its listing.", "2025-06-13", None, "unknown"),
    ],
)
def test_a_move_without_its_own_cue_is_the_reported_session(
    text: str, published: str, start: dt.date | None, precision: str
) -> None:
    [got] = only(text, "price_move", published=published, subject="Valeo")
    assert (got["start"], got["precision"]) == (start, precision)


def test_a_template_headline_is_a_move_of_its_sections_day() -> None:
    text = "Acme Robotics Trading Down 2.3%\n\nAcme Robotics opened at $12.40 on Tuesday."
    [move] = only(text, "price_move", published="2025-06-13", subject="Acme Robotics")
    assert (move["percent"], move["start"]) == (-2.3, dt.date(2025, 6, 10))


@pytest.mark.parametrize(
    "text",
    [
        "Halvard shares have traded as high as $127.05 over the past year.",
        "Over the last 12 months the stock has hit a high of 410p.",
    ],
)
def test_a_high_or_low_over_the_past_year_is_the_52_week_range(text: str) -> None:
    got = only(text, "price_level", published="2024-02-29", subject="Halvard")
    assert got
    assert {(g["start"], g["end"], g["precision"]) for g in got} == {
        (dt.date(2023, 3, 2), dt.date(2024, 2, 29), "year")
    }


def test_a_close_over_the_past_year_is_not_a_range() -> None:
    text = "Halvard shares fell 9% over the past year to close at $40.10."
    [move] = only(text, "price_move", published="2024-02-29", subject="Halvard")
    assert (move["start"], move["precision"]) == (dt.date(2023, 2, 28), "year")


def test_a_52_week_range_spans_the_past_year() -> None:
    [low] = only("Acme has a twelve month low of $30.05.", "price_level", published="2025-06-13")
    assert (low["level_type"], low["end"], low["precision"]) == (
        "low",
        dt.date(2025, 6, 13),
        "year",
    )


def test_an_exchange_prefixed_ticker_opening_a_sentence() -> None:
    [got] = only("NASDAQ ACME opened at $12.40 on Friday.", "price_level")
    assert (got["subject"], got["price"], got["level_type"]) == ("ACME", 12.4, "open")
    assert str(got["start"]) == "2025-06-13"


@pytest.mark.parametrize(
    ("text", "percent", "day"),
    [
        ("Investors saw the shares plummet by 15% as of 1500 GMT on Tuesday.", -15.0, 4),
        ("Acme's shares dip about 16% after the guidance cut.", -16.0, 7),
        ("The stock sags 2.1% in early trade.", -2.1, 7),
        ("Acme shares soar 9% as the deal closes.", 9.0, 7),
        ("The stock has been trading down around 1.7% at lunchtime.", -1.7, 7),
        ("Shares have been down more than 12% in early afternoon trade.", -12.0, 7),
    ],
)
def test_moves_in_the_present_and_base_forms(text: str, percent: float, day: int) -> None:
    (move,) = only(text, "price_move", published="2025-03-07")
    assert (move["percent"], move["start"]) == (percent, dt.date(2025, 3, day))


def test_a_move_in_the_present_perfect_stays_undated() -> None:
    (move,) = only("Acme shares have fallen 30% this year so far.", "price_move")
    assert move["precision"] == "unknown" or move["start"] == dt.date(2025, 1, 1)


@pytest.mark.parametrize(
    "text",
    [
        "The stock has been down around 1.7% in early afternoon trading.",
        "Shares have been 3% higher in late morning trade.",
        "The shares have slipped 0.5% intraday.",
        "At the time of writing, shares have fallen 2%.",
    ],
)
def test_a_perfect_move_placed_in_the_session_is_the_session(text: str) -> None:
    (move,) = only(text, "price_move", published="2025-03-08")  # a Saturday
    assert (move["start"], move["precision"]) == (dt.date(2025, 3, 7), "day")


def test_a_session_cue_does_not_date_a_rating_in_the_same_sentence() -> None:
    text = "Helvion Partners upgrades Acme to Buy; shares jumped 4% and touched $107.40 intraday."
    (rating,) = only(text, "analyst_rating")
    assert rating["precision"] == "unknown"


def test_an_index_a_gain_is_ahead_of_measures_over_the_same_period() -> None:
    text = "The CAC 40 has posted an 11% gain over the course of 2024, ahead of the DAX which has added 9%."
    got = {
        m["subject"]: (m["start"], m["end"], m["precision"])
        for m in only(text, "price_move", published="2024-12-31", subject="CAC40")
    }
    whole = (dt.date(2024, 1, 1), dt.date(2024, 12, 31), "year")
    assert got == {"CAC40": whole, "DAX": whole}


def test_a_move_ahead_of_an_event_keeps_its_own_session() -> None:
    text = "Ahead of its results, Zorvex shares rose 2% on Tuesday."
    [move] = only(text, "price_move", published="2025-06-13", subject="Zorvex")
    assert (move["start"], move["precision"]) == (dt.date(2025, 6, 10), "day")


def test_undated_moves_take_the_session_the_lead_names() -> None:
    text = (
        "Investors on the Lagos bourse recorded a N259 billion gain on Tuesday.\n"
        "Zorvex Flour increased by 10 percent, closing at N22.00."
    )
    moves = only(text, "price_move", published="2025-06-04", subject="ACME")  # a Wednesday
    assert [(m["percent"], m["start"]) for m in moves] == [(10, dt.date(2025, 6, 3))]


def test_a_lead_days_before_is_no_session_of_this_story() -> None:
    text = "Zorvex shares rose 2% on Tuesday, May 20.\nQuenwick increased by 10 percent, closing at $22.00."
    moves = only(text, "price_move", published="2025-06-04")
    assert [m["start"] for m in moves] == [dt.date(2025, 5, 20), dt.date(2025, 6, 4)]


@pytest.mark.parametrize(
    "text",
    [
        "Acme shares rose 2% on Tuesday, May 20.",
        "Acme shares rose 2% on Tuesday, 20 May, on the news.",
    ],
)
def test_a_weekday_before_its_calendar_date_is_that_date(text: str) -> None:
    moves = only(text, "price_move", published="2025-06-04")
    assert [m["start"] for m in moves] == [dt.date(2025, 5, 20)]


def test_a_premarket_move_is_of_the_session_under_way_not_the_leads() -> None:
    text = "Zorvex Inc stock closed up 2.9% at $400.99 on Tuesday and rose 1.55% in pre-market trading."
    moves = only(text, "price_move", published="2024-12-11")
    assert [(m["percent"], m["start"]) for m in moves] == [
        (2.9, dt.date(2024, 12, 10)),
        (1.55, dt.date(2024, 12, 11)),
    ]


def test_since_a_month_is_the_comparison_not_the_date() -> None:
    text = "Shares of TASI-listed Zorvex Oil Co. hit today, March 4, the lowest price since August 2024 at SAR 26.85 apiece."
    levels = only(text, "price_level", published="2025-03-04")
    assert [(lv["subject"], lv["price"], lv["start"]) for lv in levels] == [
        ("Zorvex Oil Co", 26.85, dt.date(2025, 3, 4))
    ]


def test_a_price_move_written_as_a_field_of_a_companys_section() -> None:
    text = (
        "Small caps closed higher today.\n\nZorvex Corporation Ltd (ZVX)\n\nMarket Cap: $12.7 "
        "million\n\nShare price movement: -27.2%\n\nZorvex released its revenue.\n\n"
        "Quenwick Limited (QWK)\n\nShare price movement: +2.0%\n\nQuenwick secured a facility."
    )
    moves = [
        (e["subject"], e["percent"], e["start"])
        for e in only(text, "price_move", published="2025-02-06")
    ]
    assert moves == [
        ("Zorvex Corporation Ltd", -27.2, dt.date(2025, 2, 6)),
        ("Quenwick Limited", 2.0, dt.date(2025, 2, 6)),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Shares of the French car parts maker Valeo rose on Tuesday, closing at EUR 10.48 "
        "for a gain of 3.76%.",
        "Valeo stock climbed for a third straight session on Tuesday, ending at EUR 10.48, "
        "up 3.76%.",
        "Shares of the supplier Valeo jumped sharply on Tuesday, with a gain of 3.76% by the "
        "close.",
        "Valeo shares advanced for a third session on Tuesday, gaining 3.76% to EUR 10.48.",
    ],
)
def test_a_move_continuing_a_dated_clause_is_of_that_day(text: str) -> None:
    """A participle or a phrase with no verb of its own is told at the time of the clause it
    continues (the article reports Friday's session; the move is Tuesday's)."""
    lead = "Car parts makers led European stocks higher on Friday. "
    [got] = [
        m
        for m in only(lead + text, "price_move", published="2025-06-13", subject="Valeo")
        if m["percent"] == 3.76
    ]
    assert (got["percent"], got["start"], got["precision"]) == (3.76, dt.date(2025, 6, 10), "day")


def test_a_time_stamp_or_ticker_line_does_not_hide_the_session_lead() -> None:
    """A line of a few words under the title is no lead: the first sentence's "on Tuesday"
    still names the session the article's undated moves are of."""
    text = (
        "10.06.2025 - 06:53:04\n\nValeo SA FR0013176526\n\n"
        "Valeo shares gained on Tuesday after an upgrade. The stock added 2.1%."
    )
    moves = only(text, "price_move", published="2025-06-13", subject="Valeo")
    assert [(m["percent"], m["start"]) for m in moves] == [(2.1, dt.date(2025, 6, 10))]


def test_a_day_named_nearer_the_figure_wins_over_the_opening() -> None:
    text = (
        "On Monday, the Fenmore index rose 1.47 percent to a record, which was surpassed on "
        "Tuesday when the index rose 0.9 percent to close at 7,533."
    )
    moves = only(text, "price_move", published="2025-06-13", subject="Fenmore")
    assert [(m["percent"], m["start"]) for m in moves] == [
        (1.47, dt.date(2025, 6, 9)),
        (0.9, dt.date(2025, 6, 10)),
    ]


def test_a_day_that_bounds_a_period_is_not_the_figures_day() -> None:
    text = (
        "Zorvex traded above Rs 12,000 for the second time after March 20, hitting a high, "
        "and rose 1.94 per cent to trade at Rs 12,139.75."
    )
    [move] = only(text, "price_move", published="2025-06-13", subject="Zorvex")
    assert (move["percent"], move["start"]) == (1.94, dt.date(2025, 6, 13))


@pytest.mark.parametrize(
    "text",
    [
        "The gains were driven by Zorvex (+10.8%), Quenwick (+9.5%) and Globex (-3.15% w/w).",
        "Gains in Zorvex (+10.8%) and Quenwick (+9.5%) outweighed selloffs in Globex (-3.15% w/w).",
    ],
)
def test_bracketed_list_items_with_their_period(text: str) -> None:
    """A name with its move in brackets is the item's, whatever noun ("gains") comes before;
    a "w/w" tag makes it the week's move up to the session reported."""
    moves = {
        (m["subject"], m["percent"], m["period"], m["start"], m["end"])
        for m in only(text, "price_move", published="2025-06-14", subject="Sample")
    }
    friday, week_before = dt.date(2025, 6, 13), dt.date(2025, 6, 6)
    assert moves == {
        ("Zorvex", 10.8, "day", friday, friday),
        ("Quenwick", 9.5, "day", friday, friday),
        ("Globex", -3.15, "week", week_before, friday),
    }


def test_a_participle_continuing_a_weekly_clause_is_the_weeks() -> None:
    text = "Zorvex Packaging was the week's star performer, surging 10.4% to 158 cents."
    [move] = only(text, "price_move", published="2025-06-13", subject="Sample")
    assert (move["percent"], move["period"], move["start"]) == (10.4, "week", dt.date(2025, 6, 9))


@pytest.mark.parametrize(
    "text",
    [
        "On this day, Zorvex closed at 278,500 won, up 7.32% from the previous day.",
        "Zorvex shares closed 4.06 percent lower than the previous day.",
        "Zorvex rose 2.2% compared to the previous session.",
        "Zorvex opened with a gain of 7.36 per cent at Rs 32.80 against the previous close.",
    ],
)
def test_the_previous_day_a_move_is_measured_from_is_not_its_day(text: str) -> None:
    [move] = only(text, "price_move", published="2025-03-07", subject="Zorvex")
    assert (move["start"], move["precision"]) == (dt.date(2025, 3, 7), "day")


def test_the_previous_close_a_price_is_stated_as_is_the_day_before() -> None:
    text = "Zorvex opened at Rs 32.80 against the previous close of Rs 30.69."
    levels = only(text, "price_level", published="2025-03-07", subject="Zorvex")
    assert [(lv["price"], lv["start"]) for lv in levels] == [
        (32.8, dt.date(2025, 3, 7)),
        (30.69, dt.date(2025, 3, 6)),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Zorvia index even touched the level of 6,011.84 or fell 7.11 percent compared to "
        "the closing of the previous session at 6,471.95.",
        "The Zorvia index hit a low of 6,011.84, against the close of the previous day at "
        "6,471.95.",
    ],
)
def test_the_close_of_the_previous_session_dates_only_its_own_price(text: str) -> None:
    levels = only(text, "price_level", published="2025-03-07", subject="Zorvia index")
    assert [(lv["price"], lv["start"]) for lv in levels] == [
        (6011.84, dt.date(2025, 3, 7)),
        (6471.95, dt.date(2025, 3, 6)),
    ]


def test_a_lead_after_a_named_days_session_reports_the_next_session() -> None:
    text = (
        "Zorvia stocks rebound\n\nThe local stock market bounced back after Monday’s bloodbath "
        "on hopes of calmer markets.\nThe Zorvia index surged by 1.2 percent to close at 6,292.75."
    )
    article = Article.from_text(text, published="2025-06-25", subject="Zorvia index")
    days = {e.occurred_start for e in RuleExtractor().extract(article)}
    assert days == {dt.date(2025, 6, 24)}  # Tuesday's session, in Wednesday's morning paper


def test_a_wrap_s_lead_saying_yesterday_dates_its_session() -> None:
    text = (
        "The domestic stock market yesterday posted its first loss of the year.\n\n"
        "Consequently, the Zorvia All Share Index fell 0.24 per cent to close at 103,398.82."
    )
    (move,) = only(text, "price_move", published="2025-01-08", subject="UNKNOWN")
    assert (move["start"], move["end"]) == (dt.date(2025, 1, 7), dt.date(2025, 1, 7))


def test_a_level_the_stock_now_sits_at_is_as_published() -> None:
    text = "Zorvex shares are down 40% over the past year to now sit at $2.95 per share."
    (level,) = only(text, "price_level", published="2025-03-07", subject="Zorvex")
    assert (level["start"], level["price"]) == (dt.date(2025, 3, 7), 2.95)


def test_a_lead_about_this_morning_s_session_is_not_dated_by_a_later_report_s_day() -> None:
    text = (
        "Shares of Zorvex surged this morning after an upgrade by Quenwick.\n"
        "Zorvex shares eased to $12.05 as at 11.32 am, up 5.52% for the day.\n"
        "Low market expectations helped, the analysts wrote in their Nov 17 report."
    )
    moves = only(text, "price_move", published="2024-11-18", subject="Zorvex")
    assert {(m["percent"], m["start"]) for m in moves} == {(5.52, dt.date(2024, 11, 18))}


@pytest.mark.parametrize(
    "text",
    [
        "Zorvex Oil Company gained 2 pesewas from GHC 2.35 to GHC 2.37.",
        "Zorvex Oil Company increased from 235 pesewas to 237 pesewas.",
    ],
)
def test_a_price_moved_from_is_the_close_before(text: str) -> None:
    levels = only(text, "price_level", published="2025-03-07", subject="UNKNOWN")
    got = {(lv["price"], lv["level_type"], lv["start"]) for lv in levels}
    assert (2.35, "close", dt.date(2025, 3, 6)) in got
    assert 2.37 in {lv["price"] for lv in levels}


def test_a_list_s_lead_tells_the_time_of_its_items() -> None:
    text = "The index's top gainers for the week were: Zorvex (+4.2%), Quillon CPO (+3.7%)."
    moves = only(text, "price_move", published="2025-03-07", subject="UNKNOWN")
    assert {(m["start"], m["end"]) for m in moves} == {(dt.date(2025, 3, 3), dt.date(2025, 3, 7))}


def test_the_closes_of_a_report_written_before_the_open_are_the_session_before() -> None:
    article = Article.from_text(
        "Zorvia Daily Equity Opening News - 23rd October 2025\n"
        "CLOSES: Dax 40 -0.71% at 24,158, FTSE 100 +0.93% at 9,515.",
        published="2025-10-23",
        subject="UNKNOWN",
    )
    moves = [e for e in RuleExtractor().extract(article) if e.kind == "price_move"]
    assert moves
    assert {e.occurred_start for e in moves} == {dt.date(2025, 10, 22)}


def test_a_days_range_and_a_level_reached_from_a_named_day() -> None:
    text = (
        "The Nikkei 225 closed at 64,590.41 points, with the index moving between an "
        "intraday high of 66,720.42 and a low of 64,395.39."
    )
    levels = {(g["price"], g["level_type"]) for g in only(text, "price_level")}
    assert levels == {(64590.41, "close"), (66720.42, "high"), (64395.39, "low")}
    # published on Friday 2025-06-13: Tuesday is the base of the rise, not the level's day
    [level] = only("The ZSI rose 2.71 points higher from Tuesday to 19,975.50.", "price_level")
    assert (level["price"], level["start"]) == (19975.5, dt.date(2025, 6, 13))


def test_a_title_that_closes_on_a_day_names_the_session_reported() -> None:
    from timeline.articles import Article

    text = (
        "TSX closes nearly flat Mar. 24 after week of mixed signals\n\n"
        "Stocks ended the week with a modest gain. The S&P/TSX Composite Index added 113.77 "
        "points or 0.6% to 19,501.49."
    )
    article = Article.from_text(text, published="2023-03-27")  # a Monday
    [level] = [e for e in RuleExtractor().extract(article) if e.kind == "price_level"]
    assert level.occurred_start == dt.date(2023, 3, 24)


@pytest.mark.parametrize(
    "text",
    [
        "The S&P/ASX 200 rose 0.9% to 7,959.3 points, as the ASX had its best week.",
        "SAT JUL 13 2024 - The S&P/ASX 200 rose 0.9% to 7,959.3 points on the ASX.",
    ],
)
def test_a_saturday_papers_session_is_the_last_before_it(text: str) -> None:
    moves = only(text, "price_move", published="2024-07-13", subject="ACME")
    assert [(m["start"], m["precision"]) for m in moves] == [(dt.date(2024, 7, 12), "day")]


@pytest.mark.parametrize(
    ("lead", "published", "start", "end"),
    [
        # the calendar week of the session reported, no later than P (a Sunday paper)
        (
            "The Zorvia Stock Exchange ended the week higher, its main index rising 0.4% to "
            "2,210.5 on Friday.",
            "2024-08-11",
            dt.date(2024, 8, 5),
            dt.date(2024, 8, 11),
        ),
        # "last week" on a Monday: the week before
        (
            "The Zorvia All Share index slipped 2.3% last week as banks weighed.",
            "2024-08-12",
            dt.date(2024, 8, 5),
            dt.date(2024, 8, 11),
        ),
        # "w/w" in a Saturday paper: the week to the session reported
        (
            "The Zorvia All Share index closed 1.1% w/w lower at 2,210.5 points on Friday.",
            "2024-08-10",
            dt.date(2024, 8, 2),
            dt.date(2024, 8, 9),
        ),
        # the days the lead names
        (
            "Shares closed out the Aug. 5-9 trading week lower on rate worries.",
            "2024-08-12",
            dt.date(2024, 8, 5),
            dt.date(2024, 8, 9),
        ),
    ],
)
def test_a_weekly_reports_undated_moves_are_the_weeks(
    lead: str, published: str, start: dt.date, end: dt.date
) -> None:
    text = (
        "Market review\n\n"
        + lead
        + "\n\nHalvard Foods jumped 12.5% to 340 cents, while Brennick Steel lost 6.1% to 95 cents."
    )
    got = weekly(text, published)
    friday = dt.date(2024, 8, 9)
    assert got["Halvard Foods price_move"] == (start, end, "week")
    assert got["Brennick Steel price_move"] == (start, end, "week")
    # its levels are the week's last session's
    assert got["Halvard Foods price_level"] == (friday, friday, "day")


@pytest.mark.parametrize(
    ("title", "published", "start", "end"),
    [
        # a report that names itself weekly, out on the week's Friday: this week
        ("A Weekly Recap of All Things Resources to Friday, August 9th, 2024", "2024-08-09",
         dt.date(2024, 8, 5), dt.date(2024, 8, 9)),
        ("Zorvia Small Caps Weekly Form Guide", "2024-08-10", dt.date(2024, 8, 5),
         dt.date(2024, 8, 10)),
        # ... out on the Monday after: the week before
        ("5 Top Weekly Zorvia Stocks: Halvard Leads the Pack", "2024-08-12",
         dt.date(2024, 8, 5), dt.date(2024, 8, 11)),
    ],
)  # fmt: skip
def test_a_report_named_weekly_has_the_weeks_moves(
    title: str, published: str, start: dt.date, end: dt.date
) -> None:
    text = title + "\n\nHalvard Foods jumped 12.5% to 340 cents, while Brennick Steel lost 6.1%."
    got = weekly(text, published)
    assert got["Halvard Foods price_move"] == (start, end, "week")
    assert got["Brennick Steel price_move"] == (start, end, "week")
    # its levels are the week's last session's
    friday = dt.date(2024, 8, 9)
    assert got["Halvard Foods price_level"] == (friday, friday, "day")


def test_a_current_price_in_a_weekly_report_is_the_news_days() -> None:
    text = (
        "5 Top Weekly Zorvia Stocks\n\nHalvard Foods jumped 12.5% in the week.\n\n"
        "Weekly gain: 12.5 percent; current share price: C$0.175; market cap: C$11 million"
    )
    got = weekly(text, "2024-08-12", subject="Halvard Foods")
    monday = dt.date(2024, 8, 12)
    assert got["Halvard Foods price_level"] == (monday, monday, "day")


def test_a_weekly_report_turning_to_a_days_session() -> None:
    text = (
        "Market review\n\n"
        "The Zorvia All Share index closed 1.1% w/w lower at 2,210.5 points on Friday.\n"
        "Halvard Foods rose 12.5%.\n"
        "On Friday, the market rebounded slightly.\n"
        "Brennick Steel (+3.2%) topped the day's gainers."
    )
    got = weekly(text, "2024-08-10")
    assert got["Halvard Foods price_move"] == (dt.date(2024, 8, 2), dt.date(2024, 8, 9), "week")
    friday = dt.date(2024, 8, 9)
    assert got["Brennick Steel price_move"] == (friday, friday, "day")


@pytest.mark.parametrize(
    ("lead", "published", "day"),
    [
        # a close reported at 10:05 in Frankfurt, hours before that day's close: Monday's
        (
            "DAX closes at a record as chipmakers rally",
            "2025-03-11T10:05:00+01:00",
            dt.date(2025, 3, 10),
        ),
        # the same story after the close (17:30 in Frankfurt): that day's own
        (
            "DAX closes at a record as chipmakers rally",
            "2025-03-11T19:40:00+01:00",
            dt.date(2025, 3, 11),
        ),
        # a close of the morning session only, under way: that day's
        (
            "DAX stocks closed the morning session higher as chipmakers rally",
            "2025-03-11T12:10:00+01:00",
            dt.date(2025, 3, 11),
        ),
        # no hour given: the day's session, as before
        ("DAX closes at a record as chipmakers rally", "2025-03-11", dt.date(2025, 3, 11)),
    ],
)
def test_a_close_told_before_that_days_close_is_the_session_before(
    lead: str, published: str, day: dt.date
) -> None:
    text = (
        lead + "\n\nThe DAX index stood at 23,164 points, up 1.2%. "
        "Halvard Semiconductors gained 4.1% on the Frankfurt exchange."
    )
    article = Article.from_text(text, published=published, subject="DAX")
    days = {
        e.occurred_start
        for e in RuleExtractor().extract(article)
        if e.kind in {"price_move", "price_level"}
    }
    assert days == {day}


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        # the day written after an extreme wins over the 52 weeks it is the extreme of
        (
            "Zorvex trades below its 52-week high of $53.20 reached on May 11, 2024.",
            dt.date(2024, 5, 11),
            dt.date(2024, 5, 11),
            "day",
        ),
        (
            "The shares hit a 52-week low of €21.25 on March 12, a record.",
            dt.date(2025, 3, 12),
            dt.date(2025, 3, 12),
            "day",
        ),
        (
            "Zorvex set a 52-week high of $88.10 on Tuesday, June 10.",
            dt.date(2025, 6, 10),
            dt.date(2025, 6, 10),
            "day",
        ),
        (
            "Its 12-month low of 410 yen, which it hit on April 7, is far behind.",
            dt.date(2025, 4, 7),
            dt.date(2025, 4, 7),
            "day",
        ),
        # a passive "was reached on", the day in a data site's figures
        (
            "While a 52-week high of $82.68 was reached on 01/06/25, the stock fell.",
            dt.date(2025, 1, 6),
            dt.date(2025, 1, 6),
            "day",
        ),
        (
            "Its 52-week low of 310 pence was recorded on 3 March.",
            dt.date(2025, 3, 3),
            dt.date(2025, 3, 3),
            "day",
        ),
        # a month written after it
        (
            "Zorvex trades 9% below its 52-week high of $53.20, achieved in November.",
            dt.date(2024, 11, 1),
            dt.date(2024, 11, 30),
            "month",
        ),
        # without a day, the 52 weeks up to publication
        (
            "Zorvex trades below its 52-week high of $53.20.",
            dt.date(2024, 6, 14),
            dt.date(2025, 6, 13),
            "year",
        ),
    ],
)
def test_an_extreme_reached_on_a_day(
    text: str, start: dt.date, end: dt.date, precision: str
) -> None:
    [level] = only(text, "price_level", published="2025-06-13", subject="Zorvex")
    assert (level["start"], level["end"], level["precision"]) == (start, end, precision)


@pytest.mark.parametrize(
    "text",
    [
        "The stock has a twelve-month low of $51.80 and a high of $130.88.",
        "Zorvex has a 52-week low of $51.80 and a 52-week high of $130.88.",
        "Zorvex shares have traded as low as $51.80 and as high as $130.88 over the past year.",
        "Over the last 12 months, the stock has traded as low as $51.80 and as high as $130.88.",
        # the range written as one
        "Zorvex has a 52-week range of $51.80 to $130.88.",
        "The stock's 12-month trading range is $51.80 - $130.88.",
        "Zorvex has traded between $51.80 and $130.88 over the past 52 weeks.",
        "Zorvex's one-year range: $51.80-$130.88.",
        # the high first, each bound tagged
        "The stock's 52-week range is $130.88 (high) to $51.80 (low).",
        # both extremes named, then their prices in the same order
        "The stock's 52-week high and low are $130.88 and $51.80, respectively.",
        "Zorvex's 52-week low and high were $51.80 and $130.88.",
        # the second extreme told after a comma
        "Zorvex's 52-week high is $130.88, with a low of $51.80.",
    ],
)
def test_both_extremes_of_a_range_span_its_year(text: str) -> None:
    levels = only(text, "price_level", published="2025-06-13", subject="Zorvex")
    assert {(lv["level_type"], lv["price"], lv["start"], lv["precision"]) for lv in levels} == {
        ("low", 51.8, dt.date(2024, 6, 14), "year"),
        ("high", 130.88, dt.date(2024, 6, 14), "year"),
    }


def test_a_days_high_told_after_its_close_is_the_days() -> None:
    text = "Zorvex closed at $12.50 on Tuesday, with a high of $13.10."
    levels = only(text, "price_level", published="2025-06-13", subject="Zorvex")
    assert {(lv["level_type"], lv["price"], lv["start"]) for lv in levels} == {
        ("close", 12.5, dt.date(2025, 6, 10)),
        ("high", 13.1, dt.date(2025, 6, 10)),
    }


def test_both_extremes_of_a_session_are_its_day() -> None:
    text = "The stock went as low as $10.20 and as high as $11.40 on Tuesday."
    levels = only(text, "price_level", published="2025-06-13", subject="Zorvex")
    assert {(lv["level_type"], lv["start"]) for lv in levels} == {
        ("low", dt.date(2025, 6, 10)),
        ("high", dt.date(2025, 6, 10)),
    }


@pytest.mark.parametrize(
    ("text", "period", "start"),
    [
        ("Zorvex's share price has now increased by 40.7% (ytd).", "ytd", dt.date(2025, 1, 1)),
        ("Zorvex stock has gained 12.5% (YTD) on strong orders.", "ytd", dt.date(2025, 1, 1)),
        ("The stock was up by 9.12% over a month.", "month", dt.date(2025, 5, 13)),
        (
            "Zorvex shares have fallen 30.56 percent in the last three months.",
            "3 months",
            dt.date(2025, 3, 13),
        ),
    ],
)
def test_a_period_written_after_the_move(text: str, period: str, start: dt.date) -> None:
    [move] = only(text, "price_move", published="2025-06-13", subject="Zorvex")
    assert (move["period"], move["start"]) == (period, start)


def test_a_clause_led_by_its_own_period_takes_it_not_the_openings() -> None:
    text = (
        "Over the past month, the stock has dropped 24.24 percent, and in the last three "
        "months, it has fallen 30.56 percent."
    )
    moves = {
        (m["percent"], m["period"], m["start"])
        for m in only(text, "price_move", published="2025-06-20")
    }
    assert moves == {
        (-24.24, "month", dt.date(2025, 5, 20)),
        (-30.56, "3 months", dt.date(2025, 3, 20)),
    }


def test_that_day_is_the_day_last_named() -> None:
    text = "Zorvex reported results on June 10. That day, the shares closed at $31.57."
    [level] = only(text, "price_level", published="2025-06-20", subject="Zorvex")
    assert (level["price"], level["start"]) == (31.57, dt.date(2025, 6, 10))


@pytest.mark.parametrize(
    ("text", "price", "day"),
    [
        (
            "The Zorvia All-Share Index rose by 401.69 points, or 0.26%, to close at 152,459.07 "
            "points, compared with 152,057.38 points recorded in the previous trading session.",
            152057.38,
            dt.date(2025, 6, 12),
        ),
        (
            "The Zorvia General Index closed at 1,882.83 points, adding 0.62% to Wednesday's "
            "1,871.22 points.",
            1871.22,
            dt.date(2025, 6, 11),
        ),
        (
            "The Zorvia Composite opened at 8,120.44, which was 21 down compared to Thursday's "
            "closing level of 8,141.02.",
            8141.02,
            dt.date(2025, 6, 12),
        ),
    ],
)
def test_the_close_a_level_is_measured_from_is_the_session_befores(
    text: str, price: float, day: dt.date
) -> None:
    got = {
        (lv["subject"], lv["price"], lv["level_type"], lv["start"])
        for lv in only(text, "price_level", published="2025-06-13", subject="Zorvex")
    }
    index = text.split(" ")[1] + " " + text.split(" ")[2]
    assert any(s.startswith(index) and (p, t, d) == (price, "close", day) for s, p, t, d in got)


def test_a_named_52_week_ranges_highest_and_lowest_points_span_the_year() -> None:
    text = (
        "The 52-week range on Zorvex shows that it touched its highest point at $16.74 and its "
        "lowest point at $4.25 during that stretch."
    )
    got = {
        (lv["subject"], lv["price"], lv["level_type"], lv["precision"])
        for lv in only(text, "price_level", published="2025-06-13", subject="ZRVX")
    }
    assert got == {("ZRVX", 16.74, "high", "year"), ("ZRVX", 4.25, "low", "year")}


@pytest.mark.parametrize("cue", ["so far during the day", "so far today", "so far in the session"])
def test_a_level_so_far_in_the_session_is_the_sessions(cue: str) -> None:
    text = f"The stock hit a high of Rs 1,657 {cue}, a record for the counter."
    [level] = only(text, "price_level", published="2025-06-12")
    assert (level["start"], level["precision"]) == (dt.date(2025, 6, 12), "day")


@pytest.mark.parametrize(
    "lead",
    [
        "The result was announced after market hours yesterday.",
        "Acme reported its numbers after the closing bell on Tuesday.",
    ],
)
def test_a_day_named_out_of_hours_is_no_sessions_day(lead: str) -> None:
    text = f"Acme shares surged 18.99% to Rs 1,645 after profit jumped. {lead}"
    [move] = only(text, "price_move", published="2025-06-11")  # a Wednesday
    assert (move["start"], move["precision"]) == (dt.date(2025, 6, 11), "day")


def test_both_bounds_of_a_range_take_the_day_told_after_it() -> None:
    text = "Zorvex shares moved between €10.10 and €10.80 on Friday."
    levels = only(text, "price_level", published="2025-06-12", subject="Zorvex")
    assert {(lv["level_type"], lv["start"]) for lv in levels} == {
        ("low", dt.date(2025, 6, 6)),
        ("high", dt.date(2025, 6, 6)),
    }


@pytest.mark.parametrize(
    ("text", "moves"),
    [
        (
            "Halvorsen shares posted a 12% gain for a year versus a three-month drop of 4%.",
            [(12.0, dt.date(2022, 6, 26), "year"), (-4.0, dt.date(2023, 3, 26), "month")],
        ),
        (
            "Zorvex stock logged a 36.09% gain for a year compared to 6-month loss of -18.28%.",
            [(36.09, dt.date(2022, 6, 26), "year"), (-18.28, dt.date(2022, 12, 26), "month")],
        ),
        (
            "Kestrel Mining fell to A$1.20, a nearly 25% decline compared to the beginning of "
            "the year.",
            [(-25.0, dt.date(2023, 1, 1), "day")],
        ),
    ],
)
def test_each_side_of_a_comparison_keeps_its_own_period(
    text: str, moves: list[tuple[float, dt.date, str]]
) -> None:
    got = only(text, "price_move", published="2023-06-26")
    assert [(m["percent"], m["start"], m["precision"]) for m in got] == moves


@pytest.mark.parametrize(
    ("text", "start", "period"),
    [
        ("Zorvex is -24.43% lower on its value in year-to-date trading.", "2023-01-01", "ytd"),
        ("Kestrel Mining is 18% higher on its share price so far this year.", "2023-01-01", "ytd"),
        ("Halvorsen stock is down 7.5% on its price over the past month.", "2023-05-26", "month"),
        # "its" opening another clause still ends the move's: the record is no period of it
        ("Zorvex fell 5% on Monday to its lowest since March.", "2023-06-26", "day"),
    ],
)
def test_a_period_after_its_value_or_price_is_the_moves(text: str, start: str, period: str) -> None:
    [got] = only(text, "price_move", published="2023-06-26")
    assert (str(got["start"]), got["period"]) == (start, period)


@pytest.mark.parametrize(
    ("text", "start", "period"),
    [
        (
            "Zorvex shares rose 26 percent in 2024 to finish at a record on Tuesday.",
            "2024-01-01",
            "year",
        ),
        (
            "The index gained 12% in 2024, closing the year at a high on Friday.",
            "2024-01-01",
            "year",
        ),
        ("Zorvex shares fell 3% on Tuesday after a 40% gain in 2024.", "2025-06-10", "day"),
    ],
)
def test_the_year_right_after_a_move_dates_it(text: str, start: str, period: str) -> None:
    moves = only(text, "price_move", published="2025-06-13")
    got = [m for m in moves if m["percent"] in (26.0, 12.0, -3.0)]
    assert [(str(m["start"]), m["period"]) for m in got] == [(start, period)]


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        # a Monday's weekly: the Friday before
        (
            "The Zorvia index closed the week higher at 6,264.49, up by 2.54% week-on-week.",
            "2025-09-22",
            dt.date(2025, 9, 19),
        ),
        ("The Zorvia index ended the week at 6,100.5.", "2025-09-19", dt.date(2025, 9, 19)),
        ("The Zorvia index ended the week at 6,100.5.", "2025-09-24", dt.date(2025, 9, 19)),
        # no week closed: the session the sentence names
        ("The Zorvia index closed at 6,100.5 on Tuesday.", "2025-09-24", dt.date(2025, 9, 23)),
    ],
)
def test_a_level_the_week_closed_at_is_its_last_sessions(
    text: str, published: str, day: dt.date
) -> None:
    [got] = only(text, "price_level", published=published, subject="Zorvia index")
    assert (got["start"], got["end"], got["precision"]) == (day, day, "day")


def test_a_percentage_restating_an_amount_keeps_the_clauses_time() -> None:
    text = "Zorvex shares surged more than $70, or about 40%, since late May on new deals."
    [move] = only(text, "price_move", subject="Zorvex", published="2025-07-03")
    assert (move["percent"], move["start"], move["precision"]) == (
        40.0,
        dt.date(2025, 5, 1),
        "month",
    )


def test_a_percentage_restating_an_amount_has_the_day_told_after_its_price() -> None:
    text = "Zorvex Corp added 90 cents, or 2.1%, to $43.55 on Wednesday."
    [move] = only(text, "price_move", subject="Zorvex Corp", published="2025-03-13")
    assert (move["percent"], move["start"]) == (2.1, dt.date(2025, 3, 12))


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("The stock has fallen 14 per cent from HK$2.40 on October 11.", dt.date(2025, 10, 11)),
        ("Zorvex has fallen 9% from 410 pence on November 3.", dt.date(2025, 11, 3)),
    ],
)
def test_a_move_from_a_days_price_runs_since_that_day(text: str, start: dt.date) -> None:
    [move] = only(text, "price_move", subject="Zorvex", published="2025-12-03")
    assert (move["start"], move["end"], move["period"]) == (start, dt.date(2025, 12, 3), "since")


@pytest.mark.parametrize(
    ("text", "period", "start"),
    [
        # the time of a cause told with "on" is the cause's, not the move's
        (
            "Shares in Zorvex advanced 1 percent on Thursday on expectations the chip maker's "
            "profit will jump in the second quarter.",
            "day",
            dt.date(2013, 5, 23),
        ),
        (
            "Quillon stock rose 2% on hopes of a deal in the fourth quarter.",
            "day",
            dt.date(2013, 5, 23),
        ),
        (
            "Tarnow Mining shares slid 3% on worries that output will fall next year.",
            "day",
            dt.date(2013, 5, 23),
        ),
        # a period of the move's own clause still dates it
        (
            "Zorvex shares rose 4% in the first quarter on strong demand.",
            "quarter",
            dt.date(2013, 1, 1),
        ),
    ],
)
def test_a_time_in_a_cause_told_with_on_dates_no_move(
    text: str, period: str, start: dt.date
) -> None:
    [move] = only(text, "price_move", published="2013-05-23")
    assert (move["precision"], move["start"]) == (period, start)


def test_a_stock_priced_at_is_its_market_price_an_offer_priced_at_is_not() -> None:
    text = "At close of trading yesterday, the stock was priced at 28.24p."
    assert [
        (x["price"], x["start"]) for x in only(text, "price_level", published="2022-06-14")
    ] == [(28.24, dt.date(2022, 6, 13))]
    assert only("Zorvex's offering was priced at $12 a share.", "price_level") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the frame goes on into the next sentence of its paragraph
            "The Zorvia index fell 1.77% on Thursday.\n"
            "On Tuesday, the exchange swung both ways before ending lower. "
            "The Zorvia index dropped 1.33% to 112,414.81.",
            [(-1.77, THU), (-1.33, TUE)],
        ),
        (
            "The Zorvia index fell 1.77% on Thursday.\n"
            "Earlier on Tuesday, brokers sold banks. Zorvex Bank shares slid 2.4%.",
            [(-1.77, THU), (-2.4, TUE)],
        ),
        (  # a new paragraph is the report's session again
            "The Zorvia index fell 1.77% on Thursday.\n"
            "On Tuesday, the exchange swung both ways before ending lower.\n"
            "Zorvex Bank shares slid 2.4%.",
            [(-1.77, THU), (-2.4, THU)],
        ),
        (  # a clause of another day is no frame
            "After Tuesday's setback, the Zorvia index regained momentum. It closed up 1.1%.",
            [(1.1, THU)],
        ),
        (  # a sentence's own day wins
            "On Tuesday, the exchange swung both ways. The Zorvia index rose 0.5% on Thursday.",
            [(0.5, THU)],
        ),
    ],
)
def test_a_day_a_sentence_opens_on_frames_the_next_of_its_paragraph(
    text: str, expected: list[tuple[float, dt.date]]
) -> None:
    assert _dated_moves(text, "2024-12-26") == expected


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # a past week's move ending at its close: the close of the week's last session
        (
            "The Zorvex Index fell for three sessions last week, resulting in a net loss of 12 "
            "points or 0.4% at 3,100.50.",
            dt.date(2025, 9, 26),
            dt.date(2025, 9, 26),
        ),
        (
            "Quillon Bhd shares surged 10.4% to RM1.58 last week.",
            dt.date(2025, 9, 26),
            dt.date(2025, 9, 26),
        ),
        # a level reached within a week, or a week running up to publication, keeps the week
        (
            "Quillon shares rallied last week, reaching $70 within the week.",
            dt.date(2025, 9, 22),
            dt.date(2025, 9, 28),
        ),
        (
            "The Zorvex Index slumped 7.87 points this past week to close at 549.08.",
            dt.date(2025, 9, 22),
            dt.date(2025, 9, 29),
        ),
    ],
)
def test_a_weeks_closing_level_is_its_last_sessions(
    text: str, start: dt.date, end: dt.date
) -> None:
    [got] = only(text, "price_level", published="2025-09-29")
    assert (got["start"], got["end"]) == (start, end)


@pytest.mark.parametrize(
    ("text", "percent"),
    [
        # the amount moved by, in a local currency's subunit, stands between verb and percentage
        ("Quillon Bhd shares fell 12 sen, or 5 per cent, to RM2.28 on Friday.", -5.0),
        ("Quillon shares gained 14 pesewas or 3.1% to GH¢4.60 on Friday.", 3.1),
        ("Quillon Plc shares rose 50 kobo (2.5%) to N20.50 on Friday.", 2.5),
        ("Quillon shares slipped 34 cents, or 4.5%, to $7.16 on Friday.", -4.5),
    ],
)
def test_a_move_told_in_a_subunit_then_its_percentage(text: str, percent: float) -> None:
    [move] = only(text, "price_move", published="2025-09-29")
    assert (move["percent"], move["start"]) == (percent, dt.date(2025, 9, 26))


@pytest.mark.parametrize(
    ("text", "end"),
    [
        # a span to date told right after a past day's close runs to that close
        (
            "Zorvex shares closed at $136.10 on June 20, up more than 40% from the beginning "
            "of the year.",
            dt.date(2024, 6, 20),
        ),
        ("Zorvex shares ended Thursday at €12.40, up 18% year-to-date.", dt.date(2024, 6, 20)),
        # ... unless an "as of" names its own day
        (
            "Zorvex closed at $136.10 on Thursday, up 40% year-to-date as of Friday.",
            dt.date(2024, 6, 21),
        ),
        # a close with no day, or a span told in a sentence of its own, runs to publication
        ("Zorvex closed at $136.10, up 40% this year.", dt.date(2024, 6, 24)),
        ("Zorvex closed at $136.10 on Thursday. It is up 40% this year.", dt.date(2024, 6, 24)),
    ],
)
def test_a_span_to_date_after_a_days_close_ends_on_it(text: str, end: dt.date) -> None:
    [move] = only(text, "price_move", subject="Zorvex", published="2024-06-24")
    assert (move["period"], move["start"], move["end"]) == ("ytd", dt.date(2024, 1, 1), end)


def test_a_move_told_as_an_increase_in_stock_price() -> None:
    text = "Zorvex Group (ZVX) has shown a 5% increase in stock price over the past four weeks."
    assert [
        (m["percent"], m["precision"]) for m in only(text, "price_move", published="2025-03-10")
    ] == [(5.0, "week")]


def test_an_intraday_low_goes_on_in_the_frame_of_the_sentence_before() -> None:
    """ "intraday" naming a level's kind does not place it in the session under way."""
    text = (
        "On Monday (June 9), the Zorvia Index closed at 1,114.49 points, down 0.73%. The index "
        "touched an intraday low of 1,107.79 points."
    )
    days = {lv["price"]: lv["start"] for lv in only(text, "price_level", subject="Zorvia Index")}
    assert days == {1114.49: dt.date(2025, 6, 9), 1107.79: dt.date(2025, 6, 9)}


def test_a_move_intraday_is_still_the_session_under_way() -> None:
    text = "On Monday, Zorvex closed flat. The stock fell 3% intraday."
    [move] = only(text, "price_move", subject="Zorvex")
    assert move["start"] == dt.date(2025, 6, 13)


def test_an_intraday_record_is_a_high_and_on_the_day_is_the_day_just_told() -> None:
    text = (
        "On June 10, Zorvex's share price touched an intraday record of 99,900 won. On the day, "
        "Quillon Securities lifted its KOSPI target to 4,050 from 3,700."
    )
    [level] = only(text, "price_level", subject="Zorvex")
    assert (level["price"], level["level_type"], level["start"]) == (
        99900.0,
        "high",
        dt.date(2025, 6, 10),
    )
    [target] = only(text, "price_target", subject="Zorvex")
    assert (target["subject"], target["start"]) == ("KOSPI", dt.date(2025, 6, 10))


@pytest.mark.parametrize(
    ("text", "percent"),
    [
        ("The stock price of the Warsaw-listed retailer Zorvex collapsed 35.8% on Friday.", -35.8),
        ("Zorvex shares cratered 20% on Friday after the profit warning.", -20.0),
    ],
)
def test_a_collapse_is_a_fall(text: str, percent: float) -> None:
    [move] = only(text, "price_move", subject="Zorvex")
    assert (move["percent"], move["start"]) == (percent, dt.date(2025, 6, 13))


def test_a_dashboard_line_s_price_and_consensus_target() -> None:
    text = (
        "Zorvex shares are in focus.\nCurrent Price: $185.07 • Consensus Target: $357.22 • "
        "Upside Potential: 93.0%\nFrom the consensus target of $357, the implied nearly doubling "
        "of market value rests on growth."
    )
    [level] = only(text, "price_level", subject="Zorvex")
    assert (level["price"], level["level_type"], level["start"]) == (
        185.07,
        "current",
        dt.date(2025, 6, 13),
    )
    assert [c["value"] for c in only(text, "consensus", subject="Zorvex")] == [357.22]
    assert only(text, "price_move", subject="Zorvex") == []


def test_the_body_s_dated_move_wins_over_the_title_s_as_full() -> None:
    text = (
        "Shares of Zorvex jumped more than 12% in extended trading Tuesday after the chipmaker "
        "reported results."
    )
    article = Article.from_text(
        "Zorvex stock soars 12% after earnings beat\n" + text,
        published="2025-11-05",
        subject="Zorvex",
    )
    moves = [e for e in RuleExtractor().extract(article) if e.kind == "price_move"]
    assert [(m.occurred_start, m.qualifier) for m in moves] == [(dt.date(2025, 11, 4), "at_least")]


def test_a_signed_move_after_a_close_goes_on_in_its_session() -> None:
    text = (
        "The price of Zorvex Inc (NASDAQ: ZVX) closed at $76.03 in the last session, down -1.77% "
        "from day before closing price of $77.4."
    )
    [move] = only(text, "price_move", subject=None, published="2026-01-22")
    assert (move["percent"], move["start"]) == (-1.77, dt.date(2026, 1, 21))


_TODAY_LEAD = (
    "Zorvex rallies\n\nStocks rose across the region today as investors cheered results.\n\n"
)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a sentence of the paragraph names its session; the lead told of today's
        (
            _TODAY_LEAD + "Europe\nThe STOXX 600 closed at a record 574.43 points on "
            "Thursday, driven by energy stocks. Earnings were mixed: luxury stocks rose, with "
            "Quillon up 8.7%.",
            dt.date(2025, 10, 23),
        ),
        (
            _TODAY_LEAD + "Shares of Quillon opened at a hair over $44 on the market on "
            "Wednesday, and by the end of the session the sell-off was under way. The stock "
            "closed 25% lower at $32.",
            dt.date(2025, 10, 22),
        ),
    ],
)
def test_a_session_a_sentence_of_the_paragraph_names_dates_the_moves_after_it(
    text: str, day: dt.date
) -> None:
    moves = only(text, "price_move", published="2025-10-24")
    assert [m["start"] for m in moves] == [day]


@pytest.mark.parametrize(
    "paragraph",
    [
        # a day told of something else than a market's move in the sentence's own clause
        "Brevik shares, which hit a low on Wednesday, are cheap. Quillon gained 6.69% to NT$167.5.",
        # a move told as under way is the session under way's
        "The DAX rose 1% on Thursday to a record. Quillon is gaining more than 3% after results.",
    ],
)
def test_no_frame_from_another_day_or_for_a_move_under_way(paragraph: str) -> None:
    moves = only(_TODAY_LEAD + paragraph, "price_move", published="2025-10-24")
    assert [m["start"] for m in moves if m["subject"] == "Quillon"] == [dt.date(2025, 10, 24)]


@pytest.mark.parametrize(
    "text",
    [
        "Tokyo slump\n\nQuillon shares are now worth 15% less than last Friday's close, while "
        "Brevik shares are down 16%.",
        "Tokyo slump\n\nQuillon shares trade 15% below last Friday's closing price, and Brevik "
        "shares are down 16%.",
    ],
)
def test_a_days_close_a_figure_is_measured_against_is_no_session_of_the_news(text: str) -> None:
    moves = only(text, "price_move", published="2024-08-05")
    assert [m["start"] for m in moves if m["subject"] == "Brevik"] == [dt.date(2024, 8, 5)]


def test_the_same_period_as_the_sentence_before() -> None:
    text = (
        "Crypto stocks fall\n"
        "Shares of Zorvex fell over 17% this week. Quillon dropped more than 15% over the same "
        "period, while Brevik and Osprey shed approximately 18% and 7%, respectively."
    )
    events = RuleExtractor().extract(Article.from_text(text, published="2025-11-22"))
    got = {
        e.subject: (e.occurred_start, e.occurred_precision)
        for e in events
        if e.kind == "price_move"
    }
    week = (dt.date(2025, 11, 17), "week")
    assert got == {"Zorvex": week, "Quillon": week, "Brevik": week, "Osprey": week}


def test_the_period_right_after_a_move_wins_over_the_day_of_its_price() -> None:
    text = "Zorvex's stock price jumped 2.4 per cent during the week to Tk 419.7 on Thursday."
    [move] = only(text, "price_move", published="2024-08-31")
    assert (move["start"], move["precision"]) == (dt.date(2024, 8, 26), "week")
