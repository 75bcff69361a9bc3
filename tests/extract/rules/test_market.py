from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.extract.helpers import extract, only
from timeline.articles import Article
from timeline.extract import RuleExtractor


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


@pytest.mark.parametrize(
    "text",
    [
        "Zorvex is trading about -18.4% off its 52-week high of €42.10.",
        "It is also 31.2% off the consensus price target high of A$5.60 offered by 9 analysts.",
        "Current levels are 22.5% higher than the price target low of ₹480.",
        "That leaves the stock -4.3% off its SMA50.",
        "Kestrel Mining now sits 12% away from its record peak.",
        "At 640 pence the shares are 9.8% lower than their 200-day moving average.",
    ],
)
def test_a_distance_from_a_reference_level_is_no_move(text: str) -> None:
    assert only(text, "price_move") == []


@pytest.mark.parametrize(
    ("text", "percent"),
    [
        ("Zorvex shares fell 5% off their highs on Tuesday.", -5.0),
        ("Halvorsen stock dropped 11% off its peak on Friday.", -11.0),
    ],
)
def test_a_move_told_by_its_verb_stays_a_move_against_a_reference(
    text: str, percent: float
) -> None:
    assert [m["percent"] for m in only(text, "price_move")] == [percent]


@pytest.mark.parametrize(
    "text",
    [
        # a figure of the business heading the move, however far before it
        "The miner said underlying profit attributable to owners has climbed 31 percent.",
        "Operating income for the period ended March 31 was $4.2 million, a 38% decline.",
        "Net interest income in the six months reached R2.1bn, or 88 cents a unit, up 14%.",
        "Daily active users at the platform grew 9% in the quarter.",
        "Its return on average equity is seen above 15%, up from 12.4%.",
        "The margin widened to 21.5%, up from 19.8% a year earlier.",
        "The fall was blamed on a 12 percent drop in average daily trading value.",
        # an expectation or a need, not a move
        "One bullish analyst expects the stock to soar 85% over the next year.",
        "Brokers see the shares rising another 25% by December.",
        "To reach the top target, the share price needs a 40% climb from here.",
    ],
)
def test_figures_of_the_business_and_expectations_are_not_moves(text: str) -> None:
    assert only(text, "price_move") == []


@pytest.mark.parametrize(
    ("text", "subject", "percent"),
    [
        # the business's figure comes first, the shares' move after a name or the shares
        ("Despite record earnings, Zorvex shares fell 6% on Tuesday.", "Zorvex", -6.0),
        ("After weak quarterly sales, Quillon slid 7% on Friday.", "Quillon", -7.0),
        ("Revenue rose 10% and Zorvex shares gained 4% on Monday.", "Zorvex", 4.0),
        (
            "The lender's profit beat forecasts and Quillon Bank shares jumped 5%.",
            "Quillon Bank",
            5.0,
        ),
    ],
)
def test_a_move_after_a_figure_of_the_business(text: str, subject: str, percent: float) -> None:
    moves = {(m["subject"], m["percent"]) for m in only(text, "price_move")}
    assert moves == {(subject, percent)}


@pytest.mark.parametrize(
    ("text", "subject", "percent"),
    [
        # the business's figure told after the move, in a clause of its cause
        ("Zorvex shares rose 5% as revenue beat estimates.", "Zorvex", 5.0),
        ("Quillon Bank (NYSE:QBK) fell 3% after quarterly sales missed forecasts.", "QBK", -3.0),
        (
            "Shares of Tarnow Mining slid 8.2% on Thursday, when its output fell short.",
            "Tarnow Mining",
            -8.2,
        ),
        ("Zorvex stock jumped 11% following earnings that topped the consensus.", "Zorvex", 11.0),
    ],
)
def test_a_move_before_the_figure_of_the_business_that_caused_it(
    text: str, subject: str, percent: float
) -> None:
    moves = {(m["subject"], m["percent"]) for m in only(text, "price_move")}
    assert moves == {(subject, percent)}


@pytest.mark.parametrize(
    "text",
    [
        "Zorvex posted 7% revenue growth in the quarter.",
        "Quillon reported a 12% sales decline for the year.",
    ],
)
def test_a_figure_of_the_business_right_after_its_percentage_is_no_move(text: str) -> None:
    assert only(text, "price_move") == []


def test_a_move_from_the_price_the_year_started_at_is_year_to_date() -> None:
    [move] = only(
        "The stock closed June at N4.20, up 212% from the N1.35 it began the year with.",
        "price_move",
    )
    assert (move["period"], move["start"]) == ("ytd", dt.date(2025, 1, 1))


def test_an_index_move_belongs_to_the_index() -> None:
    [hs] = only("The Hang Seng Tech Index has advanced 42% year-to-date.", "price_move")
    assert hs["subject"] == "HSTECH"
    [kospi] = only("The benchmark KOSPI index gained 1.8%.", "price_move")
    assert kospi["subject"] == "KOSPI"


@pytest.mark.parametrize(
    ("text", "moves"),
    [
        # a translated wrap's verbs
        (
            "Zorvex Bank earned 2.37%, Quillon Foods contracted 0.61% and Tarvo parted with 1.42%.",
            {"Zorvex Bank": 2.37, "Quillon Foods": -0.61, "Tarvo": -1.42},
        ),
        ("Among blue chips, Quillon Foods earned 1.2 percent.", {"Quillon Foods": 1.2}),
        # the names of an absolute clause after "on": each its own move
        (
            "The banks index improved 0.34%, on Zorvex rising 2.30% and Tarvo Bank earning 0.95%.",
            {"banks index": 0.34, "Zorvex": 2.3, "Tarvo Bank": 0.95},
        ),
        # who was noted, then what it did
        (
            "Among the losers, the major bank Quillon was noted, which fell 7.0 percent.",
            {"Quillon": -7.0},
        ),
        ("Among the gainers, the carmaker Zorvex was noted, which rose 3.1%.", {"Zorvex": 3.1}),
        # the name that followed or trailed, then its bare direction
        (
            "Building material firm Zorvex followed in close second, up 2.89 per cent.",
            {"Zorvex": 2.89},
        ),
        ("Quillon Foods trailed the field, down 4.4 percent.", {"Quillon Foods": -4.4}),
    ],
)
def test_who_moved_in_wrap_phrasings(text: str, moves: dict[str, float]) -> None:
    assert {m["subject"]: m["percent"] for m in only(text, "price_move")} == moves


@pytest.mark.parametrize(
    ("text", "subject", "percent"),
    [
        ("Quillon closed at €12,45, up 1,2% on the day.", "Quillon", 1.2),
        ("Zorvex Steel traded at €39,62, down 0,5%.", "Zorvex Steel", -0.5),
        (
            "At noon, the stock of Tarvo Ports was trading at Rs 1,239.75, up 0.74 per cent.",
            "Tarvo Ports",
            0.74,
        ),
    ],
)
def test_a_figures_comma_before_the_bare_direction(text: str, subject: str, percent: float) -> None:
    [move] = only(text, "price_move")
    assert (move["subject"], move["percent"]) == (subject, percent)


@pytest.mark.parametrize(
    ("text", "subject", "price"),
    [
        (
            "Tarvo agreed to buy Quillon at NT$32 a share, a premium of 11% to Quillon's closing"
            " price of NT$28.8 on Wednesday.",
            "Quillon",
            28.8,
        ),
        (
            "Reports from two brokers pushed down Zorvex's shares by 9.5% to RON 120.1 on Monday.",
            "Zorvex",
            120.1,
        ),
        (
            "The offer is a 20% premium to Zorvex Mining's last closing price of A$3.12.",
            "Zorvex Mining",
            3.12,
        ),
    ],
)
def test_a_level_is_the_name_whose_price_or_shares_the_clause_tells(
    text: str, subject: str, price: float
) -> None:
    levels = {lv["price"]: lv["subject"] for lv in only(text, "price_level")}
    assert levels[price] == subject


def test_a_days_session_is_no_owner_of_a_level() -> None:
    text = "The Hang Seng Index concluded Friday's trading session at 16,304.13 points."
    assert [lv["subject"] for lv in only(text, "price_level")] == ["HSI"]


def test_a_level_after_another_names_move_is_its_own_names() -> None:
    # (a figure's comma before the first move must not carry that move's name further)
    text = (
        "BSE Sensex traded at 72,816.03, up by 174.84 pts or 0.24 per cent as of noon, Nifty 50"
        " traded at 22,083.70, up by 71.75 pts or 0.33 per cent."
    )
    levels = {lv["price"]: lv["subject"] for lv in only(text, "price_level")}
    assert levels == {72816.03: "SENSEX", 22083.7: "NIFTY50"}


@pytest.mark.parametrize(
    ("text", "moves"),
    [
        (
            "Zorvex Bank fell 2.1%, Quillon Foods 3.4% and Tarvo Steel 1.5%.",
            {"Zorvex Bank": -2.1, "Quillon Foods": -3.4, "Tarvo Steel": -1.5},
        ),
        (
            "Zorvex rose 3% to $4.10, Quillon 2.2% to $8.05 and Tarvo Mining about 1.1%.",
            {"Zorvex": 3.0, "Quillon": 2.2, "Tarvo Mining": 1.1},
        ),
        (
            "Banks declined by 0.75 percent, industrial by 0.003 percent, holding firms by 0.60"
            " percent, and mining and oil by 0.20 percent.",
            {"Banks": -0.75, "industrial": -0.003, "holding firms": -0.6, "mining and oil": -0.2},
        ),
        # no name between: one figure of the move's clause, not another move
        ("Shares rose 3%, its best day since March.", {"ACME": 3.0}),
    ],
)
def test_names_sharing_the_verb_of_the_move_before(text: str, moves: dict[str, float]) -> None:
    assert {m["subject"]: m["percent"] for m in only(text, "price_move")} == moves


@pytest.mark.parametrize(
    ("text", "subject", "percent"),
    [
        # the index had its own figure; the stock told of after it is what moved next
        ("While the CAC 40 rebounded by around 0.7%, the stock fell by more than 3%.", "ACME", -3),
        ("The Nikkei 225 slipped 0.4% on Tuesday, but the shares jumped 6.2%.", "ACME", 6.2),
        ("As the FTSE 100 eased 0.2 per cent, its stock price climbed 4 per cent.", "ACME", 4),
        # the index is only the market the stock named before it trades on
        (
            "Quillon Foods shares traded at 113,500 won on the secondary Kosdaq market, up 9.77"
            " percent from the previous close.",
            "Quillon Foods",
            9.77,
        ),
        (
            "Zorvex Marine shares were quoted at 45.20 rupees on the main Nifty 50 board, up 3.1%"
            " at noon.",
            "Zorvex Marine",
            3.1,
        ),
    ],
)
def test_a_stock_told_of_after_an_index_is_what_moved(
    text: str, subject: str, percent: float
) -> None:
    moves = {m["percent"]: m["subject"] for m in only(text, "price_move")}
    assert moves[percent] == subject


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
    ("text", "subject", "price", "currency"),
    [
        ("Quenwick shares closed 12 cents lower at $4.50 on Friday.", "Quenwick", 4.5, "USD"),
        ("Zorvia Mining ended 5 pence weaker at 120.5 in London.", "Zorvia Mining", 120.5, "GBX"),
        ("Halvex closed $1.20 higher at $45.60 on Friday.", "Halvex", 45.6, "USD"),
        (
            "The index was lifted by Brandt Tobacco Holdings which ended 45.00 rupees stronger "
            "at 1,600.",
            "Brandt Tobacco Holdings",
            1600.0,
            "INR",
        ),
        ("Norvale Lanka shares moved 7.65 rupees up to 105.75.", "Norvale Lanka", 105.75, "INR"),
        ("Acme closed Tuesday's trading at $96.82 up $0.37 or 0.38%.", "ACME", 96.82, "USD"),
        # the percentage beside the amount moved by
        ("Quillon Bhd closed 12 sen or 5% higher at RM2.52 on Friday.", "Quillon Bhd", 2.52, "MYR"),
        ("Halvex ended $1.20 (2.7%) lower at $43.20 on Friday.", "Halvex", 43.2, "USD"),
    ],
)
def test_a_price_moved_by_an_amount_is_the_level_it_moved_to(
    text: str, subject: str, price: float, currency: str
) -> None:
    [got] = only(text, "price_level")
    assert (got["subject"], got["price"], got["currency"]) == (subject, price, currency)
    assert got["qualifier"] == "exact"  # "up to 105.75": where it moved, no bound


@pytest.mark.parametrize(
    "text",
    [
        "JPMorgan is targeting $230 per share.",
        "The average price target of 64 analysts stands at $212.40.",
        "Nvidia will buy common stock at $23.28 per share.",
        "The glasses are priced from $299.",
        "Shares of Norvale rose 2 rupees to 150 per cent of their issue price.",
    ],
)
def test_not_price_levels(text: str) -> None:
    assert only(text, "price_level") == []


@pytest.mark.parametrize(
    "text",
    [
        "Zorvex shares ended S$0.05 or 3% lower on Friday.",
        "Zorvex Bhd shares closed 12 sen, or 5 per cent, higher on Friday.",
        "Zorvex shares closed $0.40 (2.1%) higher on Friday.",
        "Zorvex Trust made its debut, closing S$0.08 or 9.1% above its S$0.88 offer price.",
        "Zorvex shares closed 15 cents below their IPO price on Friday.",
    ],
)
def test_an_amount_moved_by_is_no_level(text: str) -> None:
    assert [lv["price"] for lv in only(text, "price_level")] == []


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
        "Zorvex Bank (00998.HK) and Quillon Bank of China (01288.HK) rose 2.4% and 2.6%, "
        "respectively.",
        "Among the banks, Zorvex Bank (00998.HK) and Quillon Bank of China (01288.HK) rose 2.4% "
        "and 2.6%, respectively.",
        "Zorvex Bank (00998.HK) and Quillon Bank of China (01288.HK) rose 2.4% and 2.6%.",
    ],
)
def test_names_listed_with_their_tickers_pair_with_their_moves(text: str) -> None:
    got = [(g["subject"], g["percent"]) for g in only(text, "price_move", subject="HSI")]
    assert got == [("0998.HK", 2.4), ("1288.HK", 2.6)]


@pytest.mark.parametrize(
    "text",
    [
        "Zorvex makes up 1.4% of Quenwick Capital LLC's holdings, its 17th biggest holding.",
        "The stock accounts for about 2.8% of Brevik Partners' investment portfolio.",
        "Zorvex represents 6.1% of the index.",
    ],
)
def test_a_weight_in_a_portfolio_is_no_move(text: str) -> None:
    assert only(text, "price_move") == []


@pytest.mark.parametrize(
    "text",
    [
        "Zorvex Rail Systems shares are near a 52-week low, down 21% in February.",
        "Zorvex Rail Systems stock is trading near its lows, down 21% this month.",
    ],
)
def test_the_company_a_sentence_opens_on_moved_though_no_table_knows_it(text: str) -> None:
    [move] = only(text, "price_move", subject="QLN")
    assert (move["subject"], move["percent"]) == ("Zorvex Rail Systems", -21.0)


def test_a_price_in_a_brokers_call_is_the_rated_companys() -> None:
    text = (
        "The analysts of brokerage firm Quenwick Securities gave a buy rating on Zorvex Health "
        "with a target price of Rs. 820 per share, representing a potential upside of nearly 22 "
        "percent from Friday's closing price of Rs. 672.95."
    )
    [level] = only(text, "price_level", subject="QLN")
    assert (level["subject"], level["price"]) == ("Zorvex Health", 672.95)


@pytest.mark.parametrize(
    "text",
    [
        "Its target is ₹669, which is about 65% higher than the current price.",
        "The target of $45 is 30% above the current market price.",
        "From here, Zorvex stock can go up by 45%.",
        "Zorvex can give investors returns of up to 55%.",
    ],
)
def test_an_upside_from_todays_price_or_a_move_that_can_come_is_no_move(text: str) -> None:
    moves = only("Zorvex shares rose 2% on Monday. " + text, "price_move", subject="ZRV")
    assert [m["percent"] for m in moves] == [2.0]


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


# Market wraps: each figure belongs to the name heading its own clause.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In Paris, Renault climbed 3.1%, while Kering slid 2.4% and Orange added 0.6%.",
            {("Renault", 3.1), ("Kering", -2.4), ("Orange", 0.6)},
        ),
        (
            "Among the laggards, Glencore shed 1.9 per cent and Anglo Pacific eased 0.2 per cent.",
            {("Glencore", -1.9), ("Anglo Pacific", -0.2)},
        ),
        (
            "Kawasaki Heavy, the defence contractor, jumped 8% and Fanuc 6954.T lost 1.1%.",
            {("Kawasaki Heavy", 8.0), ("6954.T", -1.1)},
        ),
        ("Shares of Hexagon Labs are down 12% in early trade.", {("Hexagon Labs", -12.0)}),
        ("Germany's Zalando edged 0.8% higher.", {("Zalando", 0.8)}),
        (
            "Top gainers were Bharat Forge (4.10%), Lupin (2.2%) and Cipla (1.05%).",
            {("Bharat Forge", 4.1), ("Lupin", 2.2), ("Cipla", 1.05)},
        ),
        (
            "The worst performers were Ocado (3.3%) and Rightway Homes (-1.2%).",
            {("Ocado", -3.3), ("Rightway Homes", -1.2)},
        ),
        ("The Hang Seng Index fell 412 points, or 1.6%, to 19,804.10.", {("HSI", -1.6)}),
    ],
)
def test_each_move_gets_the_name_of_its_clause(text: str, expected: set[tuple[str, float]]) -> None:
    got = {(m["subject"], m["percent"]) for m in only(text, "price_move", subject="ZZZZ")}
    assert got == expected


def test_the_stock_and_unnamed_clauses_are_the_articles_subject() -> None:
    [got] = only("The stock dropped 3.5% to $41.20 in afternoon trading.", "price_move")
    assert (got["subject"], got["percent"]) == ("ACME", -3.5)


def test_a_place_or_a_revenue_line_is_no_mover() -> None:
    assert {m["subject"] for m in only("The shares lost 2% in Hong Kong.", "price_move")} == {
        "ACME"
    }
    assert only("Revenue in Europe rose 12% in the quarter.", "price_move") == []
    assert only("Exports from China fell 3% in May.", "price_move") == []


@pytest.mark.parametrize("exchange", ["BSE", "NSE", "NYSE", "SGX"])
def test_an_exchange_is_where_shares_moved_not_what_moved(exchange: str) -> None:
    text = f"On the {exchange}, the scrip settled 1.8 per cent lower at Rs 540."
    events = extract(text)
    assert {(e.kind, e.subject) for e in events} == {
        ("price_move", "ACME"),
        ("price_level", "ACME"),
    }


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


def test_movers_table_rows_give_a_move_and_a_price() -> None:
    text = "FTSE 250 - Risers\nHalma Works (HWK) 1,234.50p 3.12%\nBrightline (BRL) 88.10p -0.45%"
    moves = {(m["subject"], m["percent"]) for m in only(text, "price_move", subject="ZZZZ")}
    levels = {(m["subject"], m["price"], m["currency"]) for m in only(text, "price_level")}
    assert moves == {("Halma Works", 3.12), ("Brightline", -0.45)}
    assert levels == {("Halma Works", 1234.5, "GBX"), ("Brightline", 88.1, "GBX")}


def test_a_template_headline_is_a_move_of_its_sections_day() -> None:
    text = "Acme Robotics Trading Down 2.3%\n\nAcme Robotics opened at $12.40 on Tuesday."
    [move] = only(text, "price_move", published="2025-06-13", subject="Acme Robotics")
    assert (move["percent"], move["start"]) == (-2.3, dt.date(2025, 6, 10))


@pytest.mark.parametrize(
    ("text", "subject", "price", "level_type"),
    [
        ("The Nikkei share average closed at 38,112.40, up 0.4%.", "N225", 38112.4, "close"),
        ("The KOSPI ended 0.7% higher at 2,702.15 points.", "KOSPI", 2702.15, "close"),
        ("Acme has a 52-week high of $88.10.", "ACME", 88.1, "high"),
        ("Its stock traded up $0.40 during mid-day trading, hitting $51.25.", "ACME", 51.25, None),
        ("Dongwon Tech closed at 182,500 won.", "Dongwon Tech", 182500.0, "close"),
    ],
)
def test_price_levels_of_companies_and_indices(
    text: str, subject: str, price: float, level_type: str | None
) -> None:
    got = [(m["subject"], m["price"]) for m in only(text, "price_level")]
    assert (subject, price) in got
    if level_type:
        assert level_type in {m["level_type"] for m in only(text, "price_level")}


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


@pytest.mark.parametrize(
    ("text", "subject", "percent"),
    [
        ("The pan-European benchmark ended the day up 0.6%.", "STOXX600", 0.6),
        ("Earlier, the continent-wide index had slipped 0.3%.", "STOXX600", -0.3),
        ("In Paris the French benchmark index lost 1.1%.", "CAC40", -1.1),
        ("Stocks on the tech-heavy Nasdaq climbed 2.2%.", "COMP", 2.2),
    ],
)
def test_an_index_named_by_description(text: str, subject: str, percent: float) -> None:
    [got] = only(text, "price_move", subject="ACME")
    assert (got["subject"], got["percent"]) == (subject, percent)


def test_moves_paired_with_names_respectively() -> None:
    text = (
        "Banks weighed, with Acme Bank, Globex and Initech off 1.5%, 2.25% and 0.4% respectively."
    )
    got = [(g["subject"], g["percent"]) for g in only(text, "price_move")]
    assert got == [("Acme Bank", -1.5), ("Globex", -2.25), ("Initech", -0.4)]


def test_a_participle_move_belongs_to_the_sentence_head() -> None:
    text = "The Russell 2000 gained 14.2 points to 2,240.10, adding 0.6%."
    [got] = only(text, "price_move", subject="ACME")
    assert (got["subject"], got["percent"]) == ("RUT", 0.6)


def test_an_exchange_prefixed_ticker_opening_a_sentence() -> None:
    [got] = only("NASDAQ ACME opened at $12.40 on Friday.", "price_level")
    assert (got["subject"], got["price"], got["level_type"]) == ("ACME", 12.4, "open")
    assert str(got["start"]) == "2025-06-13"


@pytest.mark.parametrize(
    "text",
    [
        "Nasdaq Composite: Up 41.20 (+.23%)\nS&P 500: Down 12.05 (Down .21%)",
        "Nasdaq Composite: Up 41.20 (+.23%) S&P 500: Down 12.05 (Down .21%)",  # run together
    ],
)
def test_a_market_snapshot_gives_a_move_per_index(text: str) -> None:
    moves = {(m["subject"], m["percent"]) for m in only(text, "price_move")}
    assert moves == {("COMP", 0.23), ("SPX", -0.21)}


@pytest.mark.parametrize("opening", ["The index", "The benchmark", "The gauge"])
def test_the_index_is_the_one_just_named(opening: str) -> None:
    text = (
        "Acme shares rose 2% on Tuesday. The Nikkei 225 opened lower as exporters slipped. "
        f"{opening} was last down 0.4% at 38,120.55."
    )
    moves = {(m["subject"], m["percent"]) for m in only(text, "price_move")}
    assert ("N225", -0.4) in moves
    assert ("ACME", -0.4) not in moves


def test_a_movers_table_copied_onto_one_line() -> None:
    text = (
        "FTSE 250 - Fallers\n\n"
        "Kestrel Homes (KHM) 312.40p -3.12% Shell (SHEL.) 2,701.50p -1.10% "
        "Acme Foods (ACF) 88.20p -0.45%"
    )
    moves = {(m["subject"], m["percent"]) for m in only(text, "price_move")}
    assert moves == {("Kestrel Homes", -3.12), ("Shell", -1.1), ("Acme Foods", -0.45)}
    levels = {(m["subject"], m["price"], m["currency"]) for m in only(text, "price_level")}
    assert ("Shell", 2701.5, "GBX") in levels


def test_a_sentence_that_only_mentions_rows_is_no_table() -> None:
    text = "Kestrel Homes (KHM) 312.40p -3.12% was the worst performer after a profit warning."
    assert [m["percent"] for m in only(text, "price_move")] in ([], [-3.12])


@pytest.mark.parametrize(
    ("text", "percent"),
    [
        ("Acme closed 1.4 per cent or 2.10 points down on Tuesday.", -1.4),
        ("Acme shares closed 0.8%, or A$0.12, higher on Tuesday.", 0.8),
        ("Acme finished 2.25% (EUR 1.30) lower in Frankfurt on Tuesday.", -2.25),
    ],
)
def test_the_direction_written_after_the_points(text: str, percent: float) -> None:
    assert [m["percent"] for m in only(text, "price_move")] == [percent]


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
    ("text", "price", "currency", "level_type"),
    [
        ("The stock went as low as Rs 947.2 per share.", 947.2, "INR", "low"),
        ("Shares reached as high as HK$41.20 in the session.", 41.2, "HKD", "high"),
        ("Acme fell 8.5% to 2,970 pence.", 2970.0, "GBX", "intraday"),
        ("Acme rose 4.7 percent, reaching HK$586 per share.", 586.0, "HKD", "intraday"),
        ("Acme shares hit an all time high of ₹7,719 apiece.", 7719.0, "INR", "high"),
        ("Acme has been trading around 50 cents.", 0.5, "USD", "current"),
        ("Acme shares traded As High As $41.20.", 41.2, "USD", "high"),
    ],
)
def test_price_levels_in_more_forms(
    text: str, price: float, currency: str, level_type: str
) -> None:
    (level,) = only(text, "price_level")
    assert (level["price"], level["currency"], level["level_type"]) == (price, currency, level_type)


def test_cents_on_an_asx_listing_are_australian() -> None:
    (level,) = only(
        "The shares have been trading at around 73 cents.", "price_level", subject="EML.AX"
    )
    assert (level["price"], level["currency"]) == (0.73, "AUD")


@pytest.mark.parametrize(
    "text",
    ["Demand for chips may dip 5% next year.", "A drop of 10% in orders was possible, it said."],
)
def test_base_form_verbs_do_not_make_forecasts_moves(text: str) -> None:
    assert only(text, "price_move") == []


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


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # a listing before "shares" says where, not who
        ("The news sent Globex’s Hong Kong-listed shares up 15.3 percent.", "Globex"),
        ("Globex's US-listed shares fell 3%.", "Globex"),
        # an apposition saying what the company is, and a verb of fillers only
        ("Shares of Initech Ltd., an RPG Group Company, inched up 0.92 per cent.", "Initech Ltd"),
    ],
)
def test_the_mover_behind_listings_and_appositions(text: str, subject: str) -> None:
    (move,) = only(text, "price_move")
    assert move["subject"] == subject


@pytest.mark.parametrize(
    ("text", "percent"),
    [
        ("Toyota trimmed 0.24 percent to 2,837 yen.", -0.24),
        ("The benchmark gave up around 0.9 percent.", -0.9),
    ],
)
def test_more_verbs_of_a_fall(text: str, percent: float) -> None:
    (move,) = only(text, "price_move")
    assert move["percent"] == percent


@pytest.mark.parametrize(
    ("text", "kind", "subject"),
    [
        ("Last seen up 2.9% to trade at $50.34.", "price_level", "ACME"),
        (
            "As of 12.28 pm, the stock rose 1.94 per cent to trade at ₹12,139.75.",
            "price_level",
            "ACME",
        ),
        # a city's market is no mover: the index the clause names is
        (
            "Tokyo stocks rose, while the broader Topix index added 0.46 percent, to 2,494.23.",
            "price_level",
            "TOPIX",
        ),
    ],
)
def test_openings_that_name_no_mover(text: str, kind: str, subject: str) -> None:
    (event,) = only(text, kind)
    assert event["subject"] == subject


@pytest.mark.parametrize(
    ("text", "subject", "percent"),
    [
        ("Zorvex's Hong Kong shares rose as much as 7.8% to HK$102.3.", "Zorvex", 7.8),
        ("Zorvex's American depositary receipts fell 3% in New York.", "Zorvex", -3.0),
    ],
)
def test_a_companys_listing_or_receipts_are_the_company(
    text: str, subject: str, percent: float
) -> None:
    (move,) = only(text, "price_move")
    assert (move["subject"], move["percent"]) == (subject, percent)


def test_a_comparison_measures_over_the_main_clauses_period() -> None:
    text = "The stock has fallen 18% so far this year, lagging the S&P 500's 9% gain."
    periods = {m["subject"]: m["period"] for m in only(text, "price_move", published="2025-06-13")}
    assert periods == {"ACME": "ytd", "SPX": "ytd"}


@pytest.mark.parametrize(
    "text",
    [
        "Acme's shares have fallen 31% over the past year, as against the S&P 500, which rose 11%.",
        "Acme's shares have fallen 31% over the past year, while the S&P 500 rose 11% during the "
        "same period.",
        "Acme's shares fell 31% over the past year; the S&P 500 gained 11% in the same time frame.",
    ],
)
def test_a_figure_of_the_same_period_is_over_the_figure_before_it(text: str) -> None:
    got = {m["subject"]: m["period"] for m in only(text, "price_move", published="2025-06-13")}
    assert got == {"ACME": "year", "SPX": "year"}


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


@pytest.mark.parametrize(
    "text",
    [
        "Underlying EPS rose 8.4% at constant currency to CHF 4.80, rising 23.7% to CHF 4.24.",
        "Acme said its preliminary earnings per share for the quarter was $0.80, down 25% over prior year.",
        "Adjusted revenue fell 3% year-on-year.",
    ],
)
def test_a_results_figure_is_no_move_of_the_shares(text: str) -> None:
    assert only(text, "price_move") == []
    assert only(text, "price_level") == []


def test_the_benchmark_named_in_apposition() -> None:
    text = "Acme shares went up 45.08% in 2023, compared with a 28.24% gain for the benchmark index, Nikkei 225."
    moves = {m["subject"]: m["percent"] for m in only(text, "price_move", published="2024-02-10")}
    assert moves == {"ACME": 45.08, "N225": 28.24}


def test_names_with_their_signed_moves() -> None:
    text = "Luxury stocks fell: Globex -2.18%, Initech -2.21%, Zorvex +0.4%."
    moves = {m["subject"]: m["percent"] for m in only(text, "price_move")}
    assert moves == {"Globex": -2.18, "Initech": -2.21, "Zorvex": 0.4}


def test_index_closes_with_points_and_percent_in_parentheses() -> None:
    text = "Nifty 50 closed at 25,722.10 (-155.8, -0.6%), while BSE Sensex closed at 83,938.71 (-465.8, -0.6%)."
    moves = {m["subject"]: m["percent"] for m in only(text, "price_move")}
    assert moves == {"NIFTY50": -0.6, "SENSEX": -0.6}


def test_list_items_whose_direction_is_said_after_them() -> None:
    text = "Globex (0.96%), Initech Bank (0.30%) and Zorvex Ltd (0.23%) were the only winners on the index."
    moves = {m["subject"]: m["percent"] for m in only(text, "price_move")}
    assert moves == {"Globex": 0.96, "Initech Bank": 0.3, "Zorvex Ltd": 0.23}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Index Recap: Hang Seng (1.32%) to 25,410.20, Nikkei 225 +0.85% to 42,118.40.",
            {"HSI": -1.32, "N225": 0.85},
        ),
        (
            "Sector movers: Globex (2.4%), Initech +1.1%, Zorvex (0.6%).",
            {"Globex": -2.4, "Initech": 1.1, "Zorvex": -0.6},
        ),
    ],
)
def test_a_bare_bracketed_figure_among_plus_signed_ones_is_a_fall(
    text: str, expected: dict[str, float]
) -> None:
    moves = {m["subject"]: m["percent"] for m in only(text, "price_move", subject="UNKNOWN")}
    assert moves == expected


def test_a_bare_bracketed_figure_with_no_signs_or_cue_tells_no_direction() -> None:
    text = "Movers: Globex (2.4%), Initech (1.1%), Zorvex (0.6%)."
    assert only(text, "price_move", subject="UNKNOWN") == []


@pytest.mark.parametrize(
    "text",
    [
        "Spain +0.6%, Italy +0.4% and Portugal (0.9%) lead the region's markets.",
        "Among the markets, Japan -1.2% and Australia -0.4% lagged while Globex +2.1% led.",
    ],
)
def test_a_country_with_its_signed_figure_is_no_mover(text: str) -> None:
    movers = {m["subject"] for m in only(text, "price_move", subject="UNKNOWN")}
    assert not movers & {"Spain", "Italy", "Portugal", "Japan", "Australia"}


def test_a_move_after_its_change_in_money() -> None:
    (move,) = only(
        "Globex shares traded at 174,700 won, down 5,100 won, or 2.84 percent.", "price_move"
    )
    assert move["percent"] == -2.84


def test_a_known_name_written_partly_in_lower_case() -> None:
    (level,) = only("SK hynix shares traded at 174,700 won on Thursday.", "price_level")
    assert level["subject"] == "000660.KS"


@pytest.mark.parametrize(
    "text",
    [
        "Intra-day, shares of the firm declined 3.49 per cent to Rs 5,230.50.",
        "Year-to-date, the stock has gained 12%.",
        "Based on Friday's close, shares are down 4% since the results.",
        "One of the best performers, the stock rose 2.5% on the day.",
    ],
)
def test_a_capitalised_opening_word_is_no_mover(text: str) -> None:
    assert {e.subject for e in extract(text) if e.kind.startswith("price_")} == {"ACME"}


@pytest.mark.parametrize(
    "text",
    ["Revenues jumped 15% with strong cloud sales.", "Profits fell 8% in the quarter."],
)
def test_a_results_figure_in_the_plural_is_no_share_move(text: str) -> None:
    assert not [e for e in extract(text) if e.kind == "price_move"]


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


def test_an_amount_is_no_mover() -> None:
    text = "The counter opened gap up with a gain of 7.36 per cent at Rs 32.80 on the BSE."
    assert [m["subject"] for m in only(text, "price_move")] == ["ACME"]


def test_a_premarket_move_is_of_the_session_under_way_not_the_leads() -> None:
    text = "Zorvex Inc stock closed up 2.9% at $400.99 on Tuesday and rose 1.55% in pre-market trading."
    moves = only(text, "price_move", published="2024-12-11")
    assert [(m["percent"], m["start"]) for m in moves] == [
        (2.9, dt.date(2024, 12, 10)),
        (1.55, dt.date(2024, 12, 11)),
    ]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Automaker Zorvex added 3.14 percent to 2,860 yen.", "Zorvex"),
        ("Quenwick-operator Zorvex Retailing climbed 1.2 percent.", "Zorvex Retailing"),
        ("Zorvex, maker of chip testers, rose 7.34 percent to 11,255 yen.", "Zorvex"),
        ("Japanese tech investor Zorvex group jumped 7.07 percent to 14,845 yen.", "Zorvex"),
    ],
)
def test_what_a_company_does_is_no_part_of_its_name(text: str, subject: str) -> None:
    found = {(e.kind, e.subject) for e in extract(text) if e.kind.startswith("price_")}
    assert ("price_move", subject) in found
    assert all(s == subject for _, s in found)


def test_a_close_at_a_multi_week_low_is_a_close() -> None:
    text = "The SENSEX dropped 733.22 points or 0.90% to settle at a three-week low of 80,426.46."
    levels = only(text, "price_level")
    assert [(lv["price"], lv["level_type"]) for lv in levels] == [(80426.46, "close")]


def test_since_a_month_is_the_comparison_not_the_date() -> None:
    text = "Shares of TASI-listed Zorvex Oil Co. hit today, March 4, the lowest price since August 2024 at SAR 26.85 apiece."
    levels = only(text, "price_level", published="2025-03-04")
    assert [(lv["subject"], lv["price"], lv["start"]) for lv in levels] == [
        ("Zorvex Oil Co", 26.85, dt.date(2025, 3, 4))
    ]


def test_a_date_in_parentheses_is_no_mover() -> None:
    text = "Zorvex Corp (ZVX) shares hit a record on Thursday (Sep 11), climbing S$0.51 to S$53.24."
    assert "Sep 11" not in {e.subject for e in extract(text, published="2025-09-11")}


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "Shares of Zorvex, Quenwick and Helvion each gained 2% on the day.",
            {"Zorvex", "Quenwick", "Helvion"},
        ),
        ("Apple and Microsoft shares both fell 1.5%.", {"AAPL", "MSFT"}),
        ("Zorvex Mining and Quenwick Gold rose 3% each.", {"Zorvex Mining", "Quenwick Gold"}),
        ("The index fell, with heavyweights Zorvex and Quenwick down 1%.", {"Zorvex", "Quenwick"}),
        (
            "Miners slid, with Zorvex and Quenwick Gold dropping over 1%.",
            {"Zorvex", "Quenwick Gold"},
        ),
        ("The Dow and S&P 500 each closed 1.7% lower.", {"DJI", "SPX"}),
    ],
)
def test_names_in_a_list_share_one_move(text: str, subjects: set[str]) -> None:
    moves = only(text, "price_move")
    assert {m["subject"] for m in moves} == subjects
    assert {abs(m["percent"]) for m in moves} == {moves[0]["percent"] and abs(moves[0]["percent"])}


def test_a_legal_name_with_and_is_one_mover() -> None:
    text = "Shares of Zorvex Steel and Power Limited surged over 10 percent on Monday."
    assert [m["subject"] for m in only(text, "price_move")] == ["Zorvex Steel and Power Limited"]


def test_the_stock_after_a_name_that_moved_is_that_names() -> None:
    text = "Zorvex Pharma extended its decline for the second straight session. The stock ended 2.5% lower."
    assert [m["subject"] for m in only(text, "price_move")] == ["Zorvex Pharma"]


def test_a_name_that_begins_in_lower_case_moves() -> None:
    text = "zorJet soared 6.40 percent, while Rolls-Royce Holdings rallied 2.55 percent."
    assert [m["subject"] for m in only(text, "price_move")] == ["zorJet", "Rolls-Royce Holdings"]


def test_a_level_after_a_move_is_the_movers() -> None:
    text = "Initial investor reaction was positive, with shares in the group rising 2.3% to €14.50."
    found = {(e.kind, e.subject) for e in extract(text) if e.kind.startswith("price_")}
    assert found == {("price_move", "ACME"), ("price_level", "ACME")}


@pytest.mark.parametrize(
    ("text", "price", "level_type"),
    [
        (
            "Based on the current share price of €3.14, the target implies 15% upside.",
            3.14,
            "current",
        ),
        ("Zorvex Nasional added 20 sen to RM12.80.", 12.8, "intraday"),
        (
            "Zorvex Properties reached a five-and-a-half-year high of Dh6.81 before mid-trading.",
            6.81,
            "high",
        ),
    ],
)
def test_more_ways_a_price_is_written(text: str, price: float, level_type: str) -> None:
    levels = only(text, "price_level")
    assert [(lv["price"], lv["level_type"]) for lv in levels] == [(price, level_type)]
    assert levels[0]["subject"] in ("ACME", "Zorvex Nasional", "Zorvex Properties")


def test_a_move_told_as_a_noun_is_its_subjects() -> None:
    text = "Zorvex Islamic Bank also saw a rise of 0.54 per cent to Dh5.54, while Quenwick experienced a leap of 2.79 per cent to Dh0.7."
    found = sorted(
        (e.kind, e.subject, e.ev_payload().get("percent") or e.ev_payload().get("price"))
        for e in extract(text)
    )
    assert found == [
        ("price_level", "Quenwick", 0.7),
        ("price_level", "Zorvex Islamic Bank", 5.54),
        ("price_move", "Quenwick", 2.79),
        ("price_move", "Zorvex Islamic Bank", 0.54),
    ]


@pytest.mark.parametrize(
    ("line", "percent"),
    [
        ("- ZORVEX up + 6.25% to close at N323.00", 6.25),
        ("- QUENWICK down – 5.00% to close at N0.57", -5.0),
    ],
)
def test_a_sign_set_apart_in_a_movers_list(line: str, percent: float) -> None:
    assert [m["percent"] for m in only(line, "price_move")] == [percent]


@pytest.mark.parametrize(
    "text",
    [
        "Network and Telecommunications rose by 10.4% and Cloud revenue increased by 56.8%.",
        "Europe and Asia rose 3% in the quarter.",
    ],
)
def test_words_and_places_in_a_list_share_no_move(text: str) -> None:
    assert len(only(text, "price_move")) <= 1


@pytest.mark.parametrize(
    ("text", "percent"),
    [
        ("Shares in Japanese giant Zorvex jumped more than five percent Tuesday.", 5.0),
        ("Zorvex shares fell twenty-five per cent on the day.", -25.0),
        ("Zorvex led the way with a gain of 4.9%.", 4.9),
        ("Quenwick Bank closed the session with a drop of 2.1%.", -2.1),
    ],
)
def test_moves_in_words_and_as_nouns_after_with(text: str, percent: float) -> None:
    assert [m["percent"] for m in only(text, "price_move")] == [percent]


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("With the current price at €6.83, the upside is 14%.", 6.83),
        ("For the current market price (RON 120.1), the upside is 20%.", 120.1),
        ("At the current share price of €3.14, the upside potential is 42%.", 3.14),
    ],
)
def test_the_current_price_beside_an_upside_is_a_level(text: str, price: float) -> None:
    assert [lv["price"] for lv in only(text, "price_level")] == [price]


def test_an_offers_floor_price_is_no_level() -> None:
    text = "The floor price is fixed at Rs 505 a piece, a 10% discount to the current market price."
    assert only(text, "price_level") == []


@pytest.mark.parametrize(
    ("text", "subject", "percent"),
    [
        (
            "The large-cap Zorvia-25 index expanded 0.59% to end at 3,262.20 points.",
            "Zorvia-25 index",  # as written, as "All-share Index" below
            0.59,
        ),
        (
            "The All-share Index (ASI) depreciated by 0.05% to close at 54,892.53 points.",
            "All-share Index",
            -0.05,
        ),
        (
            "Zorvex IT, which declined by 1.97 per cent to trade at Rs 35.6, led losses.",
            "Zorvex IT",
            -1.97,
        ),
        (
            "Quenwick gave up around 224 points, or about 0.9 percent, to settle at 25,630.",
            "Quenwick",
            -0.9,
        ),
        ("On the NSE, it lost 2.08 per cent to Rs 5,307.", "ACME", -2.08),
        ("Zorvex shares have more than doubled this year.", "Zorvex", 100.0),
    ],
)
def test_moves_beside_levels_in_wrap_phrasings(text: str, subject: str, percent: float) -> None:
    moves = only(text, "price_move")
    assert [(m["subject"], m["percent"]) for m in moves] == [(subject, percent)]


def test_a_results_figure_moved_to_money_is_no_share_move() -> None:
    text = "Government services climbed 18.5% to €52.4 million, bolstered by demand."
    assert only(text, "price_move") == []


@pytest.mark.parametrize(
    "title", ["Zorvian stocks end the day down", "Zorvia bourse slips as banks weigh"]
)
def test_a_market_wrap_is_about_the_index_its_title_moves(title: str) -> None:
    body = (
        "The Hang Seng Index fell 1.2% in early trade. Quenwick rose 3%.\n"
        "At the close, the benchmark gave up about 0.9 percent, to settle at 25,630."
    )
    article = Article.from_text(f"{title}\n\n{body}", published="2025-06-13")
    events = RuleExtractor().extract(article)
    last = [e for e in events if "benchmark" in e.quote and e.kind == "price_move"]
    assert [e.subject for e in last] == ["HSI"]


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        (
            "Zorvex, Quenwick Gold and Helvion were falling by 0.60% to €16.57, 0.30% to €6.74 "
            "and 0.29% to €2.41.",
            {("Zorvex", -0.6), ("Quenwick Gold", -0.3), ("Helvion", -0.29)},
        ),
        ("Zorvex and Quenwick rose 3% and 2% on the day.", {("Zorvex", 3.0), ("Quenwick", 2.0)}),
        (
            "Zorvex and Quenwick were down 1.99% and 1.87%, respectively.",
            {("Zorvex", -1.99), ("Quenwick", -1.87)},
        ),
    ],
)
def test_a_list_of_names_and_a_list_of_moves_pair_in_order(
    text: str, pairs: set[tuple[str, float]]
) -> None:
    assert {(m["subject"], m["percent"]) for m in only(text, "price_move")} == pairs


def test_each_price_after_a_paired_move_is_its_names() -> None:
    text = "Zorvex, Quenwick Gold and Helvion were falling by 0.60% to €16.57, 0.30% to €6.74 and 0.29% to €2.41."
    levels = {(lv["subject"], lv["price"]) for lv in only(text, "price_level")}
    assert levels == {("Zorvex", 16.57), ("Quenwick Gold", 6.74), ("Helvion", 2.41)}


def test_one_name_with_two_moves_is_no_pairing() -> None:
    assert {m["subject"] for m in only("Zorvex rose 3% and 2% in two sessions.", "price_move")} <= {
        "ACME",
        "Zorvex",
    }


@pytest.mark.parametrize(
    ("text", "percent", "price", "currency"),
    [
        (
            "The share price of Zorvex Cables decreased by Rs. 5 (14.53%) to close at Rs. 29.40.",
            -14.53,
            29.4,
            "INR",
        ),
        (
            "Zorvex Cables recorded a gain of Rs. 1.10 (1.80%) to close at Rs. 61.20.",
            1.8,
            61.2,
            "INR",
        ),
    ],
)
def test_a_move_in_parentheses_after_its_amount(
    text: str, percent: float, price: float, currency: str
) -> None:
    assert [(m["subject"], m["percent"]) for m in only(text, "price_move")] == [
        ("Zorvex Cables", percent)
    ]
    assert [(lv["price"], lv["currency"]) for lv in only(text, "price_level")] == [
        (price, currency)
    ]


@pytest.mark.parametrize(
    ("lead", "currency"),
    [
        ("The Colombo Stock Exchange's ASPI gained 0.67%; the S&P SL20 rose too.", "LKR"),
        ("The Pakistan Stock Exchange's KSE-100 index rose 1%; PSX volumes grew.", "PKR"),
        ("The Sensex rose 1% on the NSE.", "INR"),
    ],
)
def test_rupees_are_the_rupees_of_the_articles_market(lead: str, currency: str) -> None:
    text = f"{lead}\nZorvex Foods closed at Rs 194.84 after rising 2%."
    assert [
        lv["currency"] for lv in only(text, "price_level") if lv["subject"] == "Zorvex Foods"
    ] == [currency]


def test_points_higher_is_a_change_and_the_level_is_the_movers() -> None:
    text = "The benchmark Zorvia All-Share Index gained 0.67% to close 141.78 points higher at 21,226.87."
    levels = only(text, "price_level")
    assert [(lv["subject"], lv["price"]) for lv in levels] == [("Zorvia All-Share Index", 21226.87)]


def test_the_index_of_earlier_clauses_and_sentences_is_what_moves() -> None:
    text = (
        "By the close on Monday, the Zorvia Composite increased 0.47 percent to 7,466.\n"
        "On Thursday, the index opened lower at 7,526, down 27.82 points or 0.37 percent, and "
        "then dropped 0.86 percent shortly afterward to 7,489."
    )
    moves = only(text, "price_move", published="2024-08-23")
    assert {(m["subject"], m["percent"]) for m in moves} == {
        ("Zorvia Composite", 0.47),
        ("Zorvia Composite", -0.37),
        ("Zorvia Composite", -0.86),
    }


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("US-based Zorvex Technology gained more than 8%.", "Zorvex Technology"),
        ("Buffalo-based Zorvex Bank fell 4% on the day.", "Zorvex Bank"),
        ("Zorvex Semiconductor jumped, closing up 3.02% at NT$1,365.", "Zorvex Semiconductor"),
    ],
)
def test_a_place_it_is_based_in_or_a_currency_is_no_part_of_the_mover(
    text: str, subject: str
) -> None:
    assert [m["subject"] for m in only(text, "price_move")] == [subject]


def test_names_with_particles_and_after_led_by_in_a_movers_list() -> None:
    text = (
        "Banks led the list, led by Zorvex Bank (+4.99%) and Monte dei Quenwick di Siena (+4.01%)."
    )
    moves = {(m["subject"], m["percent"]) for m in only(text, "price_move")}
    assert moves == {("Zorvex Bank", 4.99), ("Monte dei Quenwick di Siena", 4.01)}


def test_a_move_after_a_participle_of_the_session() -> None:
    text = "Zorvex Forsikring ASA also recorded gains, concluding the day up 1.54% or 3.60 points."
    assert [(m["subject"], m["percent"]) for m in only(text, "price_move")] == [
        ("Zorvex Forsikring ASA", 1.54)
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
    ("text", "percent"),
    [
        ("The stock hit the 5% upper circuit at Rs 12.16 on Tuesday.", 5.0),
        ("The shares were locked in the 20% lower circuit of Rs 45.30.", -20.0),
    ],
)
def test_a_circuit_limit_hit_is_the_days_move(text: str, percent: float) -> None:
    assert [e["percent"] for e in only(text, "price_move")] == [percent]


@pytest.mark.parametrize(
    "text",
    [
        "That was when the rand was trading at R18.60/$ and Brent was priced at $75.",
        "The phone will retail at R249, or US$13.",
    ],
)
def test_an_exchange_rate_or_a_retail_price_is_no_share_price(text: str) -> None:
    assert only(text, "price_level") == []


@pytest.mark.parametrize(
    ("text", "moves"),
    [
        ("Zorvex Corporation Ltd (ZVX)\n\nPercent Change: +1.52", [1.52]),
        ("Zorvex Corporation Ltd (ZVX)\n\nPercent Change: -0.8%", [-0.8]),
        ("Zorvex Corporation Ltd (ZVX)\n\nShare price: 12.40", []),
        ("Gains for Zorvex +3.10%, Quenwick +1.86%.", [3.10, 1.86]),
    ],
)
def test_moves_in_fields_and_signed_lists(text: str, moves: list[float]) -> None:
    assert [e["percent"] for e in only(text, "price_move")] == moves


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


def test_a_name_with_particles_or_an_amount_before_the_bracket() -> None:
    text = "Banca dei Paschi di Zorvia (+4.01%) led, while Globex fell by Rs. 5 (14.53%)."
    moves = {(m["subject"], m["percent"]) for m in only(text, "price_move", subject="Sample")}
    assert ("Banca dei Paschi di Zorvia", 4.01) in moves
    assert all(not s.startswith("Rs") for s, _ in moves)


@pytest.mark.parametrize(
    ("text", "price"),
    [
        (
            "The Fenmore Combined advanced by 1,728.93 points or 0.53 per cent to close at 327,861.17.",
            327861.17,
        ),
        ("The Fenmore Combined fell 39.04 points, or 1.02%, closing at 3,802.02.", 3802.02),
        ("The Fenmore Shariah index edged down slightly to 471 points.", 471.0),
    ],
)
def test_an_index_level_after_its_points(text: str, price: float) -> None:
    """A name that moves by points is an index: the figure it closed at is its level."""
    levels = only(text, "price_level", subject="Sample")
    assert [lv["price"] for lv in levels] == [price]


def test_a_participle_continuing_a_weekly_clause_is_the_weeks() -> None:
    text = "Zorvex Packaging was the week's star performer, surging 10.4% to 158 cents."
    [move] = only(text, "price_move", published="2025-06-13", subject="Sample")
    assert (move["percent"], move["period"], move["start"]) == (10.4, "week", dt.date(2025, 6, 9))


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        (
            "The Zorvex share price reached the day's high of ₹3,279 and a low of ₹3,210.30.",
            [(3279.0, "high"), (3210.3, "low")],
        ),
        ("Zorvex's closing price of Rs 351.75 on the BSE was its lowest.", [(351.75, "close")]),
        ("Zorvex surged 10.4% to 158 baisas.", [(0.158, "intraday")]),
    ],
)
def test_more_ways_a_price_level_is_written(text: str, levels: list[tuple[float, str]]) -> None:
    got = only(text, "price_level", subject="Zorvex")
    assert [(lv["price"], lv["level_type"]) for lv in got] == levels


@pytest.mark.parametrize(
    ("text", "moves"),
    [
        (
            "Zorvex Motors and Globex Foods ended 1% and 2% higher, respectively.",
            {("Zorvex Motors", 1.0), ("Globex Foods", 2.0)},
        ),
        (
            "Zorvex and Globex closed 1.5% and 0.4% lower, respectively.",
            {("Zorvex", -1.5), ("Globex", -0.4)},
        ),
    ],
)
def test_moves_paired_with_their_direction_before_respectively(
    text: str, moves: set[tuple[str, float]]
) -> None:
    assert {
        (m["subject"], m["percent"]) for m in only(text, "price_move", subject="Sample")
    } == moves


def test_the_stock_is_the_company_that_reported_the_sentence_before() -> None:
    text = (
        "Globex rose 2% in Oslo. Zorvex reported a quarterly loss. The stock was up by around 3%."
    )
    moves = {(m["subject"], m["percent"]) for m in only(text, "price_move", subject="Sample")}
    assert moves == {("Globex", 2.0), ("Zorvex", 3.0)}


@pytest.mark.parametrize(
    ("text", "subject", "percent"),
    [
        ("The forest company Scandia also fell sharply, down 4.3 percent.", "Scandia", -4.3),
        (
            "Electricity utility firm Zorvex Power emerged the top gainer, gaining 7.4%.",
            "Zorvex Power",
            7.4,
        ),
        ("Quenwick plc decreased 0.8% to 492.30 pence.", "Quenwick", -0.8),
        ("Globex reported a loss on Friday. The share fell 1.9 percent.", "Globex", -1.9),
    ],
)
def test_the_mover_behind_a_description_a_legal_form_or_a_singular_share(
    text: str, subject: str, percent: float
) -> None:
    moves = only(text, "price_move", subject="Sample")
    assert (subject, percent) in {(m["subject"], m["percent"]) for m in moves}


def test_a_bank_in_a_name_is_no_description() -> None:
    [move] = only("Zorvex Bank Holdings fell 2.1% on Friday.", "price_move", subject="Sample")
    assert move["subject"] == "Zorvex Bank Holdings"


def test_names_sharing_a_move_after_while() -> None:
    text = "Zorvex gained 9% after results, while Globex and Quenwick both rose 7% on the day."
    moves = {(m["subject"], m["percent"]) for m in only(text, "price_move", subject="Sample")}
    assert moves == {("Zorvex", 9.0), ("Globex", 7.0), ("Quenwick", 7.0)}


@pytest.mark.parametrize(
    "text",
    [
        "Brent crude for March delivery rose 0.4%, settling at $81.20 per barrel.",
        "WTI crude slipped 1.1% to $74.05 a barrel.",
        "Silver futures fell 2.3% to $29.10 an ounce.",
        "Spot gold rose 0.8% to $2,410.55 per troy ounce.",
        "European natural gas climbed 3% to €38.10 per MWh.",
        "The USD/JPY pair fell 0.4% to 151.20, while the EUR/SEK rose 0.2%.",
        "The Dollar Index slipped 0.3% to 103.80.",
        "Copper for delivery in three months traded at $9,410 a tonne, up 1.2%.",
    ],
)
def test_commodities_currencies_and_futures_are_no_share_prices(text: str) -> None:
    kinds = {e.kind for e in extract(text, subject="Zorvex")}
    assert not kinds & {"price_move", "price_level"}


@pytest.mark.parametrize(
    "text",
    [
        "Turnover on the Zorvia bourse rose 18.2% to 402 million dinars.",
        "Trading on the main board increased by 37% to 1.2 trillion dong.",
        "Equity turnover jumped 12.5% from the previous session.",
        "Foreign buys contracted by 21.4%, while foreign sales rose 9%.",
        "Trading volume fell 30% to 88 million shares.",
        "Deals Executed jumped by more than 80 percent to 21,335.",
        "The number of transactions fell 12 percent to 4,210.",
        "The number of trades rose 9% from the week before.",
    ],
)
def test_the_markets_activity_is_no_price_move(text: str) -> None:
    assert only(text, "price_move", subject="ZSE Index") == []


@pytest.mark.parametrize(
    ("text", "percent"),
    [
        ("Zorvex shares trade 2% higher after the deals were signed.", 2.0),
        ("Quillon jumped 6% after its transactions unit was sold.", 6.0),
    ],
)
def test_a_share_that_trades_or_deals_still_moves(text: str, percent: float) -> None:
    assert [m["percent"] for m in only(text, "price_move", subject="Zorvex")] == [percent]


@pytest.mark.parametrize(
    "text",
    [
        "The fund sold 4.2 million shares in a placement at 315 pence each.",
        "Shares in the placing are being marketed at NOK 88.50 to NOK 90.00.",
        "The block trades were executed at N31.00 per share.",
        "Selling a 3% stake at €2.025 per share, the state raised €55 million.",
        "The promoter offloaded 12 lakh shares at ₹1,240.50 apiece.",
        "The divestment involved the sale of 2.5 crore equity shares at Rs 413 per share.",
    ],
)
def test_the_price_of_a_deal_in_the_shares_is_no_market_level(text: str) -> None:
    assert only(text, "price_level", subject="Zorvex") == []


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("Zorvex rose 2% to 500p as Brent crude climbed 1.2% to $80 a barrel.", 500.0),
        ("Zorvex shares fell after the sale announcement, closing at $12.10.", 12.1),
        ("Zorvex was the most traded with 17.2 million shares at Rs8.85 per share.", 8.85),
    ],
)
def test_a_share_price_beside_a_commodity_or_a_deal_stays(text: str, price: float) -> None:
    assert [lv["price"] for lv in only(text, "price_level", subject="Zorvex")] == [price]


@pytest.mark.parametrize(
    "text",
    [
        # a trade's legs, each a count of shares and its price
        "The shares were bought at different prices, 1,000,000 shares at NGN7.40 per share, "
        "77, 202 shares at NGN7.50 per share and 865,647 shares at NGN7.50 per share.",
        "The director's purchases were 250,000 ordinary shares at 41.9p and 80,000 shares at 43p.",
        "The trust acquired 2.5 million units at R89.61 in the open market.",
        # a trader's exits set for the stock
        "A stop loss at ₦9.90 and a take profit at ₦13.50 are recommended for short-term traders.",
        "Short-term investors are advised to set a stop-loss at $248.20 and take-profit at $335.80.",
    ],
)
def test_a_trades_legs_and_a_traders_exits_are_no_market_level(text: str) -> None:
    assert only(text, "price_level", subject="Zorvex") == []


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("Zorvex closed at $12.50 on Friday, with 2,000,000 shares traded.", 12.5),
        ("Zorvex led the volume chart with 64.86 million shares at Rs5.40 per share.", 5.4),
        ("Zorvex shares traded at N31.00 after the stop-loss orders were filled.", 31.0),
    ],
)
def test_a_price_beside_a_share_count_or_an_order_stays(text: str, price: float) -> None:
    assert [lv["price"] for lv in only(text, "price_level", subject="Zorvex")] == [price]


def test_a_movers_list_of_names_signed_moves_and_bracketed_prices() -> None:
    text = (
        "Top movers at the opening:\n\n"
        "Quillon North Africa: +8.42% (MAD 15.96)\n"
        "Zorvex Payment Systems: -3.85% (MAD 225)\n"
        "- Brevik Bank: +2.75% (MAD 207.5)"
    )
    moves = only(text, "price_move", subject="MASI")
    levels = only(text, "price_level", subject="MASI")
    assert [(m["subject"], m["percent"]) for m in moves] == [
        ("Quillon North Africa", 8.42),
        ("Zorvex Payment Systems", -3.85),
        ("Brevik Bank", 2.75),
    ]
    assert [(lv["subject"], lv["price"], lv["currency"]) for lv in levels] == [
        ("Quillon North Africa", 15.96, "MAD"),
        ("Zorvex Payment Systems", 225.0, "MAD"),
        ("Brevik Bank", 207.5, "MAD"),
    ]


def test_a_change_in_brackets_is_no_price() -> None:
    text = "The shares of Zorvex closed 0.66% (JPY 11.5) lower at JPY 1,736.5 on Friday."
    assert [lv["price"] for lv in only(text, "price_level", subject="Zorvex")] == [1736.5]


def test_sub_indices_no_table_knows_are_named_as_written() -> None:
    text = (
        "The Financials index gained 7.73 to 1,746.61, the Industrial index increased 85.71 "
        "to 9,161.62, the Mining Products Index declined 19.33 to 2,835.61."
    )
    levels = only(text, "price_level", subject="PSEI")
    assert [(lv["subject"], lv["price"]) for lv in levels] == [
        ("Financials index", 1746.61),
        ("Industrial index", 9161.62),
        ("Mining Products Index", 2835.61),
    ]


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        (
            "Zorvex Holdings Inc. gained P10 to close at P882, while Quillon Bank fell P2.70 "
            "to P127.80.",
            [("Zorvex Holdings Inc", 882.0), ("Quillon Bank", 127.8)],
        ),
        ("Brevik Land was up P0.10 to P34.55.", [("Brevik Land", 34.55)]),
    ],
)
def test_the_peso_as_the_philippine_press_writes_it(
    text: str, levels: list[tuple[str, float]]
) -> None:
    got = only(text, "price_level", subject="PSEI")
    assert [(lv["subject"], lv["price"]) for lv in got] == levels
    assert {lv["currency"] for lv in got} == {"PHP"}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Target shares closed at $86.33 on Thursday.", "Target"),
        ("Zorvex Investments Corp. gained $10 to close at $882.", "Zorvex Investments Corp"),
        ("Offerpad Deal Corp shares closed at $12.50.", "Offerpad Deal Corp"),
    ],
)
def test_a_name_that_holds_a_word_of_a_deal_or_a_target_has_its_price(
    text: str, subject: str
) -> None:
    [level] = only(text, "price_level", subject="Sample")
    assert level["subject"] == subject


@pytest.mark.parametrize(
    "text",
    [
        "Only the mining and oil index closed in the red, declining by 2.04 percent.",
        "Additionally, the small-cap gauge dropped by 0.13%.",
        "Notably, the stock fell 1.2% on the day.",
    ],
)
def test_a_sentence_adverb_is_no_mover(text: str) -> None:
    adverb = text.split(maxsplit=1)[0].strip(",")
    subjects = {m["subject"] for m in only(text, "price_move", subject="Sample")}
    assert subjects
    assert not any(adverb in s for s in subjects)


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        (
            "Zorvex Land was the top-traded stock as it increased by 1.79 percent to P28.45.",
            [("Zorvex Land", 1.79, 28.45)],
        ),
        (
            "Quillon Bank was the most active issue, and it closed 2.1% higher at $14.20.",
            [("Quillon Bank", 2.1, 14.2)],
        ),
    ],
)
def test_it_in_a_clause_is_the_name_the_sentence_opened_on(
    text: str, levels: list[tuple[str, float, float]]
) -> None:
    [move] = only(text, "price_move", subject="ZSE Index")
    [level] = only(text, "price_level", subject="ZSE Index")
    assert [(move["subject"], move["percent"], level["price"])] == levels
    assert level["subject"] == move["subject"]


def test_an_index_written_with_a_slash_keeps_its_whole_name() -> None:
    text = "The S&P/Zorvia Venture Composite Index slumped 7.87 points to close at 549.08."
    [level] = only(text, "price_level", subject="Sample")
    assert (level["subject"], level["price"]) == ("S&P/Zorvia Venture Composite Index", 549.08)


@pytest.mark.parametrize(
    ("text", "moves"),
    [
        ("Telecom company Zorvex rose by half a percent.", [("Zorvex", 0.5)]),
        ("Zorvex Mining was up a quarter of a percent.", [("Zorvex Mining", 0.25)]),
        (
            "Quillon was the most active stock, rising by 3.49 percent to P54.85, followed by "
            "Zorvex Land with a 1.13-percent decline to P21.85.",
            [("Quillon", 3.49), ("Zorvex Land", -1.13)],
        ),
    ],
)
def test_moves_in_fractions_hyphenated_percents_and_after_followed_by(
    text: str, moves: list[tuple[str, float]]
) -> None:
    got = only(text, "price_move", subject="PSEI")
    assert [(m["subject"], m["percent"]) for m in got] == moves


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


def test_names_with_their_participles_after_with() -> None:
    text = (
        "The banks index improved 0.34%, with Quillon rising 2.30%, Zorvex Bank adding 2.18% "
        "and Bank of Brevik gaining 0.95%."
    )
    moves = only(text, "price_move", subject="ZSE")
    assert [(m["subject"], m["percent"]) for m in moves][1:] == [
        ("Quillon", 2.3),
        ("Zorvex Bank", 2.18),
        ("Bank of Brevik", 0.95),
    ]


def test_a_list_items_price_after_its_move_in_brackets() -> None:
    text = "Among the gainers were Quillon (+0.33% to €1.81) and Zorvex Bank (+0.31% to €3.21)."
    levels = only(text, "price_level", subject="PSI")
    assert [(lv["subject"], lv["price"]) for lv in levels] == [
        ("Quillon", 1.81),
        ("Zorvex Bank", 3.21),
    ]


@pytest.mark.parametrize(
    ("text", "moves"),
    [
        ("Brent crude for June delivery showed a marginal increase of 0.01%.", []),
        (
            "As of March 15th, there was short interest totalling 7,450,000 shares, an "
            "increase of 10.0% from the February 28th total.",
            [],
        ),
    ],
)
def test_no_move_of_a_commodity_or_of_the_short_interest(text: str, moves: list[float]) -> None:
    assert [m["percent"] for m in only(text, "price_move", subject="Zorvex")] == moves


@pytest.mark.parametrize(
    ("text", "mover", "percent", "qualifier"),
    [
        # whose shares: the name the sentence opens on, told again by "its shares"
        (
            "As of today, Quillon saw its stock price tumble by a little more than 7%.",
            "Quillon",
            -7.0,
            "at_least",
        ),
        (
            "Quillon Bank was the weakest of the big four, its shares slipping 1.2 per cent.",
            "Quillon Bank",
            -1.2,
            "exact",
        ),
        # an index's points written as basis points, its percentage after "or"
        (
            "The Zorvia All Share Index (ZASI) dipped by 249.42 basis points or 0.24 per cent.",
            "Zorvia All Share Index",
            -0.24,
            "exact",
        ),
    ],
)
def test_who_moved_and_by_how_much(text: str, mover: str, percent: float, qualifier: str) -> None:
    (move,) = only(text, "price_move")
    assert (move["subject"], move["percent"], move["qualifier"]) == (mover, percent, qualifier)


def test_a_target_price_adjusted_by_a_percentage_is_no_move() -> None:
    text = "Quenwick adjusted its target price up slightly by 4% compared to the previous one."
    assert only(text, "price_move") == []


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        (
            "The S&P/BMV IPC fell 2%. On the Bolsa Mexicana, Zorvex fell 6.03% to 10.13 pesos.",
            "MXN",
        ),
        (
            "The PSEi rose 1%. On the Philippine Stock Exchange, Zorvex rose 2% to 10.13 pesos.",
            "PHP",
        ),
        (
            "The ASX200 rose. The All Ordinaries rose. Zorvex Bank tumbled 7.3 per cent to $10.20.",
            "AUD",
        ),
    ],
)
def test_a_currency_name_markets_share_is_the_article_market_s(text: str, currency: str) -> None:
    (level,) = only(text, "price_level", subject="UNKNOWN")
    assert level["currency"] == currency


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
    ("text", "moves", "levels"),
    [
        (
            "Zorvex Bank and Quillon Foods recorded the highest price gain of 10 per cent each"
            " to close at N3.63 and N27.50 respectively.",
            {("Zorvex Bank", 10.0), ("Quillon Foods", 10.0)},
            {("Zorvex Bank", 3.63), ("Quillon Foods", 27.5)},
        ),
        (
            "On the other hand, Alpha Mills, Beta Oil and Gamma Insurance shed 9.98 per cent"
            " apiece to close at N1.80, N2.70 and N1.53, respectively.",
            {("Alpha Mills", -9.98), ("Beta Oil", -9.98), ("Gamma Insurance", -9.98)},
            {("Alpha Mills", 1.8), ("Beta Oil", 2.7), ("Gamma Insurance", 1.53)},
        ),
    ],
)
def test_a_figure_each_and_prices_respectively_are_every_listed_name_s(
    text: str, moves: set[tuple[str, float]], levels: set[tuple[str, float]]
) -> None:
    got_moves = {(m["subject"], m["percent"]) for m in only(text, "price_move", subject="UNKNOWN")}
    got_levels = {(m["subject"], m["price"]) for m in only(text, "price_level", subject="UNKNOWN")}
    assert (got_moves, got_levels) == (moves, levels)


@pytest.mark.parametrize(
    ("text", "moves"),
    [
        (
            "Only the two telecom companies Zorvex and Quillon closed on a plus, up 3.5 and 1.2"
            " percent, respectively.",
            {("Zorvex", 3.5), ("Quillon", 1.2)},
        ),
        (
            "Zorvex Bank, Quillon Oil and Tarsk Mining fell by 2.1, 1.8 and 0.9 per cent"
            " respectively.",
            {("Zorvex Bank", -2.1), ("Quillon Oil", -1.8), ("Tarsk Mining", -0.9)},
        ),
    ],
)
def test_figures_sharing_one_percent_sign_are_each_a_name_s_move(
    text: str, moves: set[tuple[str, float]]
) -> None:
    assert {
        (m["subject"], m["percent"]) for m in only(text, "price_move", subject="UNKNOWN")
    } == moves


def test_a_price_before_a_percentage_is_no_percentage() -> None:
    text = "Galp and Altri were falling by 0.30% to €6.74 and 0.11% to €4.39."
    assert sorted(m["percent"] for m in only(text, "price_move", subject="UNKNOWN")) == [
        -0.3,
        -0.11,
    ]


@pytest.mark.parametrize(
    ("text", "price", "level_type"),
    [
        (
            "Shares of Zorvex surged 2.53 percent to touch an all-time high of Rs 14,823.45"
            " intraday.",
            14823.45,
            "high",
        ),
        (
            "At 10.29am, Zorvex shares were down 34 cents, or 4.5 per cent, to $7.16.",
            7.16,
            "intraday",
        ),
    ],
)
def test_the_price_a_move_reached(text: str, price: float, level_type: str) -> None:
    (level,) = only(text, "price_level", subject="Zorvex")
    assert (level["price"], level["level_type"]) == (price, level_type)


def test_a_change_in_percentage_points_is_no_price_move() -> None:
    text = "Zorvex Mipo (up 5.24 percentage points to 12.24%) led the fund's stake increases."
    assert only(text, "price_move", subject="UNKNOWN") == []


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


def test_a_target_moved_from_one_price_to_another_is_no_level() -> None:
    text = "Zorvex stays Neutral at Goldman Sachs, TP up from HKD23.5 to HKD29."
    assert only(text, "price_level", subject="Zorvex") == []


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


def test_the_stock_after_a_company_s_results_is_that_company_s() -> None:
    text = (
        "The Sensex fell 0.5% on Thursday. Zorvex Bank reported weak results on Wednesday."
        " The stock ended 3.5% lower and was the worst hit in the index."
    )
    moves = only(text, "price_move", published="2025-03-07", subject="SENSEX")
    assert ("Zorvex Bank", -3.5) in {(m["subject"], m["percent"]) for m in moves}


def test_the_market_s_breadth_is_no_move_but_a_listed_stock_s_move_is() -> None:
    text = (
        "Of the more than 1,600 stocks on the prime market, 85% rose, 13% fell and 1% traded flat."
    )
    assert only(text, "price_move", subject="N225") == []
    moves = only("Zorvex, one of the 30 stocks in the index, rose 3%.", "price_move")
    assert [(m["subject"], m["percent"]) for m in moves] == [("Zorvex", 3.0)]


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


@pytest.mark.parametrize(
    ("text", "subject", "percent"),
    [
        (
            "Quenwick overtook Brandt after its rally, compared to Brandt's 0.37% drop.",
            "Brandt",
            -0.37,
        ),
        ("Zorvex stock's 3% slide followed the downgrade.", "Zorvex", -3.0),
        ("Halvex's shares' 4.5% jump on Friday was the biggest.", "Halvex", 4.5),
    ],
)
def test_a_move_told_as_a_noun_is_its_possessors(text: str, subject: str, percent: float) -> None:
    [move] = only(text, "price_move")
    assert (move["subject"], move["percent"]) == (subject, percent)


def test_a_possessors_rise_in_a_figure_is_no_move_of_its_shares() -> None:
    assert only("Halvex's 5% rise in revenue beat forecasts.", "price_move") == []


def test_prices_listed_after_the_moves_they_end_are_each_the_names_in_its_place() -> None:
    text = (
        "Quenwick Group, Halvex Bank, and Brandt dipped by 7.1%, 3.7%, and 2.3% to KES 35.30, "
        "KES 42.10, and KES 250.00."
    )
    moves = {(m["subject"], m["percent"]) for m in only(text, "price_move")}
    assert moves == {("Quenwick Group", -7.1), ("Halvex Bank", -3.7), ("Brandt", -2.3)}
    levels = {(g["subject"], g["price"]) for g in only(text, "price_level")}
    assert levels == {("Quenwick Group", 35.3), ("Halvex Bank", 42.1), ("Brandt", 250.0)}
    text = (
        "Zorvia Power and Norvale eased by 1.0% and 3.0% to KES 6.02 and KES 180.00, respectively."
    )
    levels = {(g["subject"], g["price"]) for g in only(text, "price_level")}
    assert levels == {("Zorvia Power", 6.02), ("Norvale", 180.0)}


@pytest.mark.parametrize(
    ("text", "subject", "price", "currency"),
    [
        (
            "The share price of Brandt Kapital closed the month of June at N0.92.",
            "Brandt Kapital",
            0.92,
            "NGN",
        ),
        (
            "Zorvex Tobacco ended today's trading at Kc17,760 per share.",
            "Zorvex Tobacco",
            17760.0,
            "CZK",
        ),
        (
            "Quenwick was the day's top gainer, up 7.1% to close at KES 225.00.",
            "Quenwick",
            225.0,
            "KES",
        ),
    ],
)
def test_a_close_told_over_a_period_or_after_a_ranking(
    text: str, subject: str, price: float, currency: str
) -> None:
    [level] = only(text, "price_level")
    assert (level["subject"], level["price"], level["currency"]) == (subject, price, currency)


def test_a_figure_after_a_name_is_no_part_of_it() -> None:
    text = "Photon Energy wrote off 1.35 percent to Kc22, drone maker Halvex UAV 0.57 percent to Kc875."
    levels = {(g["subject"], g["price"]) for g in only(text, "price_level")}
    assert ("Halvex UAV", 875.0) in levels


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
    ("text", "subject", "percent", "price"),
    [
        ("Zorvex Mining vaulted 41 cents, or 3.9%, to $10.95.", "Zorvex Mining", 3.9, 10.95),
        ("Quillon tacked on $1.10, or 2.5%, to $45.10.", "Quillon", 2.5, 45.10),
        ("Zorvex Mining faded 12 cents, or 1.1%, to $10.83.", "Zorvex Mining", -1.1, 10.83),
        ("Quillon let go of nine cents, or 0.8%, to $11.02.", "Quillon", -0.8, 11.02),
        ("Units of Helvion REIT withered 30 cents, or 2%, to $14.70.", "Helvion REIT", -2.0, 14.70),
        (
            "Tech issues slid, while those for Quillon Systems surrendered $2.40, or 1.2%, to $197.60.",
            "Quillon Systems",
            -1.2,
            197.60,
        ),
    ],
)
def test_a_wraps_livelier_verbs_and_holders(
    text: str, subject: str, percent: float, price: float
) -> None:
    moves = [(m["subject"], m["percent"]) for m in only(text, "price_move")]
    levels = [(lv["subject"], lv["price"]) for lv in only(text, "price_level")]
    assert moves == [(subject, percent)]
    assert levels == [(subject, price)]


@pytest.mark.parametrize(
    ("text", "subject", "percent"),
    [
        ("The banks index grew 1.29%, as Zorvex Bank earned more.", "banks index", 1.29),
        (
            "Only the mining and oil index closed in the red, declining by 2.04 percent.",
            "mining and oil index",
            -2.04,
        ),
        ("The broader index rose 1.2%.", "ACME", 1.2),
    ],
)
def test_a_sectors_index_in_lower_case_is_that_index(
    text: str, subject: str, percent: float
) -> None:
    moves = [(m["subject"], m["percent"]) for m in only(text, "price_move")]
    assert moves[0] == (subject, percent)


@pytest.mark.parametrize(
    ("text", "moves"),
    [
        # a sector in lower case, or with its group noun, is no company and no index
        ("The S&P/TSX composite index rose 0.4%, as the energy sector gained 2.4%.", {"TSX": 0.4}),
        (
            "The S&P/TSX composite index slipped 0.5%, led by a 1.2% fall in the technology sector.",
            {"TSX": -0.5},
        ),
        (
            "Quillon Ltd shares rose 3%, helped by a 2% gain in the mining sector.",
            {"Quillon Ltd": 3.0},
        ),
        (
            "Rate-sensitive real estate rose 1.1%. Zorvex Corp shares fell 4%.",
            {"Zorvex Corp": -4.0},
        ),
        (
            "Real estate stocks advanced 1.4% while Quillon Ltd shares fell 2%.",
            {"Quillon Ltd": -2.0},
        ),
        ("Bank shares dropped 0.9% on Friday, and Zorvex Corp gained 1%.", {"Zorvex Corp": 1.0}),
        ("Notably, the sector fell 1.2% on the day.", {}),  # the sector, not the company
        (
            "Notably, the financial sector, which includes Tarvo Bank and Quillon Bank, dropped by "
            "0.8%, with Zorvex Corp shares falling 7.2%.",
            {"Zorvex Corp": -7.2},
        ),
        # a company's name that holds a sector's word, or one told of after the sector's verb,
        # is the company's
        ("Zorvex Energy gained 5% on Tuesday.", {"Zorvex Energy": 5.0}),
        ("The energy sector led gains, with Quillon Ltd shares up 2%.", {"Quillon Ltd": 2.0}),
        ("The tech giant's shares rose 3% after its results.", {"ACME": 3.0}),
        # a wrap's capitalised sub-index keeps its name
        ("Financials declined by 0.75 percent.", {"Financials": -0.75}),
    ],
)
def test_a_sectors_move_is_no_companys_or_indexs(text: str, moves: dict[str, float]) -> None:
    got = {m["subject"]: m["percent"] for m in only(text, "price_move")}
    assert got == moves


def test_it_after_a_sentence_opening_on_a_companys_shares_is_that_company() -> None:
    text = (
        "The share price of Zorvex Power closed the month at N1,000. "
        "Year to date, it grew by 150.63% from N399."
    )
    moves = [(m["subject"], m["percent"]) for m in only(text, "price_move")]
    assert moves == [("Zorvex Power", 150.63)]


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
    "text",
    [
        "Helvion downgraded Quillon Industries to sell, sending shares down by 2% or 83p to 4478p.",
        "Caution spread after Helvion cut Quillon Industries to sell, sending the stock down 2% "
        "to 4478p.",
        "Helvion downgraded Quillon Industries to sell on Monday, knocking its shares down 2% to "
        "4478p.",
    ],
)
def test_a_move_a_call_caused_is_the_called_companys(text: str) -> None:
    moves = [(m["subject"], m["percent"]) for m in only(text, "price_move", subject="FTSE100")]
    levels = [(lv["subject"], lv["price"]) for lv in only(text, "price_level", subject="FTSE100")]
    assert moves == [("Quillon Industries", -2.0)]
    assert levels == [("Quillon Industries", 4478.0)]


def _weekly(text: str, published: str, subject: str = "Sample") -> dict[str, tuple[Any, ...]]:
    """Each event's subject and kind -> its start, end and precision."""
    article = Article.from_text(text, published=published, subject=subject)
    return {
        f"{e.subject} {e.kind}": (e.occurred_start, e.occurred_end, e.occurred_precision)
        for e in RuleExtractor().extract(article)
    }


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
    got = _weekly(text, published)
    friday = dt.date(2024, 8, 9)
    assert got["Halvard Foods price_move"] == (start, end, "week")
    assert got["Brennick Steel price_move"] == (start, end, "week")
    # its levels are the week's last session's
    assert got["Halvard Foods price_level"] == (friday, friday, "day")


def test_a_weekly_report_turning_to_a_days_session() -> None:
    text = (
        "Market review\n\n"
        "The Zorvia All Share index closed 1.1% w/w lower at 2,210.5 points on Friday.\n"
        "Halvard Foods rose 12.5%.\n"
        "On Friday, the market rebounded slightly.\n"
        "Brennick Steel (+3.2%) topped the day's gainers."
    )
    got = _weekly(text, "2024-08-10")
    assert got["Halvard Foods price_move"] == (dt.date(2024, 8, 2), dt.date(2024, 8, 9), "week")
    friday = dt.date(2024, 8, 9)
    assert got["Brennick Steel price_move"] == (friday, friday, "day")


@pytest.mark.parametrize(
    ("lead", "published"),
    [
        # a Friday's report of the day that adds the week's tally
        ("Zorvia stocks rose on Friday, and the main index gained 2% for the week.", "2024-08-09"),
        # the week is the base, not the report's period
        ("Zorvia stocks fell 1% on Monday after last week's rally.", "2024-08-12"),
        ("Zorvia stocks rose 0.8%, capping a third straight weekly gain.", "2024-08-09"),
    ],
)
def test_a_daily_report_mentioning_the_week_stays_daily(lead: str, published: str) -> None:
    text = "Market review\n\n" + lead + "\n\nHalvard Foods jumped 12.5% to 340 cents."
    got = _weekly(text, published)
    assert got["Halvard Foods price_move"][2] == "day"


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


@pytest.mark.parametrize(
    ("text", "percent"),
    [
        ("The index rose 0.5% on Monday, capped off by a 0.88% rise on Friday.", 0.88),
        ("The index ended the week on a high, rounded off by a 1.2% rise on Friday.", 1.2),
        ("Zorvex shares were off 2% on Tuesday.", -2.0),
    ],
)
def test_off_is_a_fall_only_alone(text: str, percent: float) -> None:
    moves = [
        m["percent"] for m in only(text, "price_move", published="2025-06-13", subject="Zorvex")
    ]
    assert percent in moves
    assert -percent not in moves


@pytest.mark.parametrize(
    ("text", "subject", "percent"),
    [
        # the name heading a ranking clause moved, not the index named inside it
        ("Quillon was the top gainer on the FTSE 100, up 5.2% at 410p.", "Quillon", 5.2),
        (
            "Quillon Mining was the best performer on the Nikkei 225, rising 6%.",
            "Quillon Mining",
            6.0,
        ),
        (
            "Quillon Mining was the next worst performer on the index (down by 9.5 per cent).",
            "Quillon Mining",
            -9.5,
        ),
        (
            "Helvion Cement was the poorest performer of the day, with its share price dropping "
            "8.02 percent.",
            "Helvion Cement",
            -8.02,
        ),
        # the amount beside the percentage, in pence or cents
        ("Quillon shares closed 3% or 17p lower at 568p.", "Quillon", -3.0),
        ("Quillon closed 2.1% or 9 cents higher at $4.40.", "Quillon", 2.1),
    ],
)
def test_who_moved_in_a_ranking_or_beside_an_amount(
    text: str, subject: str, percent: float
) -> None:
    moves = {(m["subject"], m["percent"]) for m in only(text, "price_move", subject="Zorvex")}
    assert moves == {(subject, percent)}


def test_a_price_after_a_ranked_move_is_the_ranked_names() -> None:
    text = "Quillon was the top gainer on the FTSE 100, up 5.2% at 410p."
    [level] = only(text, "price_level", subject="Zorvex")
    assert (level["subject"], level["price"]) == ("Quillon", 410.0)


def test_a_weeks_tag_between_a_move_and_its_direction() -> None:
    text = "The benchmark Zorvia All-Share Index settled 2.4% w/w higher on Friday."
    [move] = only(text, "price_move", published="2025-06-13", subject="Zorvex")
    assert (move["subject"], move["percent"], move["period"]) == (
        "Zorvia All-Share Index",
        2.4,
        "week",
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Company's Shenzhen-listed shares climbed by 1.83% on Tuesday.",
        "The Group's shares climbed 1.83% on Tuesday.",
        "Its Hong Kong-listed stock climbed 1.83% on Tuesday.",
    ],
)
def test_the_company_spoken_of_by_what_it_is(text: str) -> None:
    [move] = only(text, "price_move", published="2025-06-13", subject="Zorvex")
    assert (move["subject"], move["percent"]) == ("Zorvex", 1.83)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Banks posted gains of close to 3% for Quillon Bank, 2.5% for Helvion Bank and around "
            "2% for Brevik Bank and Ostra Bank.",
            {
                ("Quillon Bank", 3.0),
                ("Helvion Bank", 2.5),
                ("Brevik Bank", 2.0),
                ("Ostra Bank", 2.0),
            },
        ),
        (
            "Miners led the losses, with declines of 4.1% for Quillon Mining and 3.2% for Helvion Metals.",
            {("Quillon Mining", -4.1), ("Helvion Metals", -3.2)},
        ),
        # a figure of the business for a unit is no move
        ("Zorvex posted sales increases of 5% for Quillon Foods and 3% for Helvion Brands.", set()),
    ],
)
def test_a_move_noun_then_figures_for_names(text: str, expected: set[tuple[str, float]]) -> None:
    moves = {(m["subject"], m["percent"]) for m in only(text, "price_move", subject="Zorvex")}
    assert moves == expected


@pytest.mark.parametrize(
    ("text", "subject", "low", "high", "currency"),
    [
        (
            "Zorvex ended at 378.15 Danish crowns after moving between 373.90 and 384.00 crowns.",
            "Zorvex",
            373.9,
            384.0,
            "DKK",
        ),
        (
            "Zorvex shares closed at $42.03 after trading between $41.10 and $42.50.",
            "Zorvex",
            41.1,
            42.5,
            "USD",
        ),
        (
            "The Nikkei 225 closed at 23,900.10 after moving between 23,887.25 and 24,249.05.",
            "N225",
            23887.25,
            24249.05,
            None,
        ),
    ],
)
def test_the_range_a_price_moved_in_is_its_sessions_low_and_high(
    text: str, subject: str, low: float, high: float, currency: str | None
) -> None:
    levels = only(text, "price_level", published="2025-06-13", subject="Zorvex")
    ranged = {(lv["subject"], lv["level_type"], lv["price"], lv["currency"]) for lv in levels}
    assert {(subject, "low", low, currency), (subject, "high", high, currency)} <= ranged


def test_a_range_of_bare_figures_is_no_companys_price() -> None:
    text = "Zorvex said its margin moved between 10 and 12 over the year."
    assert only(text, "price_level", subject="Zorvex") == []


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
    ("text", "subject", "percent"),
    [
        ("Gains were led by Jerónimo Martins (+0.20% to €20.18).", "Jerónimo Martins", 0.2),
        ("Solar builder Quillon Energy wrote off 1.35 percent to Kc22.", "Quillon Energy", -1.35),
        (
            "Quillon Bank fell back below Kc1,700, having written down 1.75 percent to Kc1,680.",
            "Quillon Bank",
            -1.75,
        ),
        ("Quillon Group rose on Tuesday, having gained 4% by midday.", "Quillon Group", 4.0),
        ("Quillon Bank improved by a marginal 0.09 percent to Kc1,103.", "Quillon Bank", 0.09),
    ],
)
def test_wraps_own_verbs_and_names(text: str, subject: str, percent: float) -> None:
    moves = {(m["subject"], m["percent"]) for m in only(text, "price_move", subject="Zorvex")}
    assert moves == {(subject, percent)}


def test_having_moved_after_a_clause_of_its_own_is_not_the_sentences_head() -> None:
    text = (
        "Helvion told clients that the engine maker looks fully valued, having risen 90% in 2024."
    )
    assert [m["subject"] for m in only(text, "price_move", subject="Zorvex")] != ["Helvion"]


@pytest.mark.parametrize(
    "text",
    [
        "Quillon and Helvion shares were both up by 0.87% to €6.94 and €4.30.",
        "Quillon and Helvion, which were both rising by 0.87% to €6.94 and €4.30, led the gains.",
        "Brevik fell 2% to €1.10, as well as Quillon and Helvion, which each rose 0.87% to €6.94 "
        "and €4.30.",
    ],
)
def test_two_names_that_moved_alike_each_with_its_price(text: str) -> None:
    moves = {(m["subject"], m["percent"]) for m in only(text, "price_move", subject="Zorvex")}
    levels = {(lv["subject"], lv["price"]) for lv in only(text, "price_level", subject="Zorvex")}
    assert {("Quillon", 0.87), ("Helvion", 0.87)} <= moves
    assert {("Quillon", 6.94), ("Helvion", 4.3)} <= levels
    assert ("Helvion", 6.94) not in levels


@pytest.mark.parametrize(
    ("text", "subject", "percent"),
    [
        ("Optima rose 2.30%, with Quillon augmenting 2.18%.", "Quillon", 2.18),
        (
            "State-owned lender Quillon Bank (QBB) led with a 3.3 per cent rise.",
            "Quillon Bank",
            3.3,
        ),
        ("Quillon Laval backed down 0.4 percent.", "Quillon Laval", -0.4),
    ],
)
def test_more_of_a_wraps_verbs(text: str, subject: str, percent: float) -> None:
    moves = {(m["subject"], m["percent"]) for m in only(text, "price_move", subject="Zorvex")}
    assert (subject, percent) in moves


def test_a_weekly_gain_is_over_the_week_and_the_days_move_the_days() -> None:
    text = "Quillon jumped 3.6 per cent to $257.38 for a weekly gain of 7 per cent."
    moves = {
        (m["subject"], m["percent"], m["period"])
        for m in only(text, "price_move", published="2025-06-13", subject="Zorvex")
    }
    assert moves == {("Quillon", 3.6, "day"), ("Quillon", 7.0, "week")}


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
    ("text", "price", "level_type"),
    [
        ("The Zorvia Bourse rose today. The benchmark index opened at 2,606.73.", 2606.73, "open"),
        (
            "The Zorvia Bourse rose today. The index touched an intraday high at 2,639.69.",
            2639.69,
            "high",
        ),
        (
            "The Zorvia Bourse rose today. The gauge gained, while the lowest point was 2,605.03.",
            2605.03,
            "low",
        ),
        ("The Zorvia Bourse gained 19.30 points (0.74%) to settle at 2,628.36.", 2628.36, "close"),
    ],
)
def test_an_unnamed_indexs_levels_are_the_indexs(text: str, price: float, level_type: str) -> None:
    got = {(lv["price"], lv["level_type"]) for lv in only(text, "price_level", subject="ZSE")}
    assert (price, level_type) in got


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


@pytest.mark.parametrize(
    ("text", "subject", "percent"),
    [
        (
            "But Quillon Bank has plummeted 47.73% in 2024 as the startup stalls.",
            "Quillon Bank",
            -47.73,
        ),
        ("And Quillon Bank slipped 2.1% on Friday.", "Quillon Bank", -2.1),
        ("Yet Quillon Motors gained 3.4% on the day.", "Quillon Motors", 3.4),
        (
            "Zorvex is down 14.31% this year, while Quillon has fared better, with shares up 26.85%.",
            "Quillon",
            26.85,
        ),
        ("Quillon has lagged, with the stock down 12% this year.", "Quillon", -12.0),
    ],
)
def test_a_move_after_an_opening_conjunction_or_with_shares_is_the_clauses_head(
    text: str, subject: str, percent: float
) -> None:
    moves = {(m["subject"], m["percent"]) for m in only(text, "price_move", subject="Zorvex")}
    assert (subject, percent) in moves


@pytest.mark.parametrize(
    ("text", "second", "period"),
    [
        ("Quillon shares gained over 11% in 2025 to date and 13% in six months.", 13.0, "6 months"),
        (
            "Quillon stock has risen 90% in 2024 and by more than 200% over the past three years.",
            200.0,
            "3 years",
        ),
        ("Quillon shares fell 4% last week and 9 per cent in two months.", -9.0, "2 months"),
    ],
)
def test_a_second_figure_over_its_own_period_shares_the_first_ones_verb(
    text: str, second: float, period: str
) -> None:
    moves = {
        (m["subject"], m["percent"], m["period"])
        for m in only(text, "price_move", published="2025-06-13", subject="Zorvex")
    }
    assert ("Quillon", second, period) in moves


@pytest.mark.parametrize(
    ("text", "percent", "period"),
    [
        (
            "Quillon shares have delivered multibagger returns of over 1,500 per cent in the past five years.",
            1500.0,
            "5 years",
        ),
        ("Quillon has posted returns of more than 1,200% since 2015.", 1200.0, None),
        ("Quillon's stock has ripped nearly 89% this year.", 89.0, "ytd"),
    ],
)
def test_a_return_of_thousands_of_per_cent_and_a_ripping_stock_are_moves(
    text: str, percent: float, period: str | None
) -> None:
    moves = {(m["percent"], m["period"]) for m in only(text, "price_move", subject="Zorvex")}
    assert any(p == percent and period in (None, got) for p, got in moves)


@pytest.mark.parametrize(
    "text",
    [
        "Trading value on the Zorvia Stock Exchange (ZSE) increased by 14.58 per cent to ZWL11.7 billion.",
        "The total market capitalization of the ZSE rose by 0.2% to TZS 14,837.10 billion.",
        "The total value of shares traded rose by 2.89% to TZS 45,866,120.00.",
        "The Market Capitalisation closed the month at N56.602 trillion, up by 38.33% from N40.918 trillion.",
    ],
)
def test_the_exchanges_aggregates_are_no_move(text: str) -> None:
    assert only(text, "price_move", subject="Zorvex") == []


def test_a_mover_after_the_exchanges_aggregate_still_moves() -> None:
    text = "Turnover fell 20%, while Quillon shares rose 3%."
    assert {(m["subject"], m["percent"]) for m in only(text, "price_move", subject="Zorvex")} == {
        ("Quillon", 3.0)
    }


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "For the whole year, the Zorvia Index gained 28 percent, its best yearly performance "
            "since 2017 when it rose about 36 percent.",
            {28.0},
        ),
        (
            "2025 will have been the second best year for the Zorvia Index, only surpassed by the "
            "53% rise recorded in 1993.",
            set(),
        ),
        ("The Zorvia Index more than doubled in 2019, its best run on record.", set()),
        ("Quillon shares have risen 300% since 2020.", {300.0}),
    ],
)
def test_a_move_of_years_ago_is_history_not_news(text: str, kept: set[float]) -> None:
    got = {m["percent"] for m in only(text, "price_move", published="2025-06-13", subject="Zorvex")}
    assert got == kept


@pytest.mark.parametrize(
    "text",
    [
        "Earnings per share rose to 323.9 pence, a 1.9% increase from the previous year.",
        "Basic earnings per share increased to 17.9 cents.",
        "Earnings per share on a non-GAAP basis was $2.59, a decrease of 4.8% from $2.72.",
        "Quillon expects net income per share to reach 79.80 yen.",
        "The net income per diluted share climbed to $0.62 from $0.46.",
        "Zorvex's profit per basic share fell to 45 cents.",
        "Wall Street expected results to range from -1 cents to 5 cents per share.",
        "The company's R1T truck starts at $70,000, while the R1S SUV kicks off at $76,000.",
        "Starting at $600, the Quillon Phone goes on sale on 28 February.",
        "The total volume of the Zorvia 50 Index was 424.61 million shares.",
        "Total turnover for the day reached Rs. 7.35 billion on the Zorvia Stock Exchange.",
        "Quillon Continent bought 94,593,705 units of shares at £0.9604.",
        "Quillon issued 7.73-million new shares at 533c a share, a 10% discount.",
        "Mrs Quillon has been buying more of the stock at $3 since September 11.",
    ],
)
def test_results_products_activity_and_deals_are_no_price_level(text: str) -> None:
    assert only(text, "price_level", subject="Zorvex") == []


@pytest.mark.parametrize(
    "text",
    [
        "On heavy volume, Quillon shares rose 5% to $45.10.",
        "Quillon shares closed at $45.10, above expectations.",
        "Quillon shares closed at $12.40 after the company issued guidance.",
    ],
)
def test_a_price_beside_volume_expectations_or_an_issue_is_still_a_level(text: str) -> None:
    assert {lv["price"] for lv in only(text, "price_level", subject="Zorvex")} in ({45.1}, {12.4})


def test_on_the_downside_is_a_wraps_turn_and_a_trade_after_and_ends_a_name() -> None:
    text = (
        "On the downside, Quillon Food and Investment shed 10% to 63 baisas, Fincorp fell 8.7% "
        "to 42 baisas, and Raysut Cement lost 7.6% to 85 baisas."
    )
    moves = {(m["subject"], m["percent"]) for m in only(text, "price_move", subject="Zorvex")}
    levels = {(lv["subject"], lv["price"]) for lv in only(text, "price_level", subject="Zorvex")}
    assert moves == {
        ("Quillon Food and Investment", -10.0),
        ("Fincorp", -8.7),
        ("Raysut Cement", -7.6),
    }
    assert levels == {
        ("Quillon Food and Investment", 0.063),
        ("Fincorp", 0.042),
        ("Raysut Cement", 0.085),
    }


@pytest.mark.parametrize(
    ("text", "price"),
    [
        (
            "Quillon Holdings dropped 4.8% to $1.98 on a volume of 1.7 million after the operator "
            "met its sharply reduced earnings guidance.",
            1.98,
        ),
        ("Quillon declined 1% to 96 cents after its revenue fell short.", 0.96),
    ],
)
def test_a_move_to_a_price_told_before_the_business_keeps_its_price(
    text: str, price: float
) -> None:
    assert price in {lv["price"] for lv in only(text, "price_level", subject="Zorvex")}


@pytest.mark.parametrize(
    "text",
    [
        "He lowered his forecast for Quillon from $16 to $13, about 10% higher than where shares "
        "trade now.",
        "He also raised his Quillon target to $260, up about 25% from recent levels.",
        "At Quillon Defense, the backlog ended at US$4.3 billion in 2Q25, 3% higher sequentially.",
        "Quillon Network and Telecommunications rose by 10.4% half-on-half.",
        "Quillon Corp has reported a -58% decline in E.P.S. from $0.45 a year ago.",
    ],
)
def test_an_implied_upside_and_a_results_change_are_no_move(text: str) -> None:
    assert only(text, "price_move", subject="Zorvex") == []


@pytest.mark.parametrize(
    ("text", "subject", "percent"),
    [
        (
            "Miners lifted along with iron ore futures, led by Quillon (2.7 per cent) and Rio "
            "Zorvia (2.3 per cent).",
            "Quillon",
            2.7,
        ),
        ("The main losers were: QUILLON * (-9.8%) and BIMBO A (-12.9%).", "QUILLON", -9.8),
        ("The top gainers for the week were: ZORV * (+4.2%), CEMEX CPO (+3.7%).", "ZORV", 4.2),
    ],
)
def test_a_bracketed_list_item_after_a_commodity_or_a_series_mark_is_its_names(
    text: str, subject: str, percent: float
) -> None:
    moves = {(m["subject"], m["percent"]) for m in only(text, "price_move", subject="Acme")}
    assert (subject, percent) in moves


@pytest.mark.parametrize(
    ("text", "subject", "price"),
    [
        (
            "Maybank improved three sen to RM9.95, while Quillon was flat at RM3.82 and Zorvia "
            "Bank slipped two sen to RM19.50.",
            "Quillon",
            3.82,
        ),
        ("Quillon Bank was unchanged at $4.10.", "Quillon Bank", 4.1),
        ("Quillon Retail held steady at 250 pence.", "Quillon Retail", 250.0),
    ],
)
def test_a_price_held_flat_is_its_names_level(text: str, subject: str, price: float) -> None:
    levels = {(lv["subject"], lv["price"]) for lv in only(text, "price_level", subject="Acme")}
    assert (subject, price) in levels


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


@pytest.mark.parametrize(
    ("text", "moves"),
    [
        # against the last session, the amount and its percentage
        (
            "Zorvex Tech closed at 66,300 won, an increase of 5,000 won (8.16%) compared to "
            "the previous trading day.",
            {"Zorvex Tech": 8.16},
        ),
        (
            "Quillon Motors ended at 1,240 yen, a decrease of 2.4% from the previous session.",
            {"Quillon Motors": -2.4},
        ),
        # beside a close, nothing more
        ("Tarvo Bank finished at Rs 512.40, an increase of 1.1%.", {"Tarvo Bank": 1.1}),
        (
            "The KOSPI closed at 2,650.30, a decrease of 0.85% versus the prior close.",
            {"KOSPI": -0.85},
        ),
    ],
)
def test_a_change_told_as_a_noun_against_the_last_session(
    text: str, moves: dict[str, float]
) -> None:
    assert {m["subject"]: m["percent"] for m in only(text, "price_move")} == moves


@pytest.mark.parametrize(
    "text",
    [
        "Zorvex Tech reported revenue of $5.2 billion, an increase of 12% compared to the "
        "previous year.",
        "Trading volume reached 2.1 million shares, an increase of 40% compared to the "
        "previous session.",
        "Zorvex Tech expects an increase of 8% in deliveries from the previous quarter.",
    ],
)
def test_a_change_told_as_a_noun_of_something_else_is_no_move(text: str) -> None:
    assert only(text, "price_move") == []


@pytest.mark.parametrize(
    "text",
    [
        "Quillon Inc's 52-week low is $12.10 and its 52-week high is $30.55.",
        "Quillon Inc has a 52-week low of $12.10, while its 52-week high is $30.55.",
    ],
)
def test_the_extremes_of_a_name_no_table_knows_are_its_own(text: str) -> None:
    levels = only(text, "price_level", published="2025-06-13", subject="ACME")
    assert {(lv["subject"], lv["level_type"]) for lv in levels} == {
        ("Quillon Inc", "low"),
        ("Quillon Inc", "high"),
    }


def test_both_bounds_of_a_range_take_the_day_told_after_it() -> None:
    text = "Zorvex shares moved between €10.10 and €10.80 on Friday."
    levels = only(text, "price_level", published="2025-06-12", subject="Zorvex")
    assert {(lv["level_type"], lv["start"]) for lv in levels} == {
        ("low", dt.date(2025, 6, 6)),
        ("high", dt.date(2025, 6, 6)),
    }


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # the index an exchange's possessive names, its day between
        (
            "Borsa Istanbul's benchmark BIST 100 index closed Wednesday at 10,412.37 points.",
            "BIST100",
        ),
        ("Bursa Malaysia's benchmark FBM KLCI closed Friday at 1,612.37 points.", "KLCI"),
        ("The Tokyo Stock Exchange's benchmark Topix index closed at 2,412.37 points.", "TOPIX"),
    ],
)
def test_an_exchanges_benchmark_is_the_level_of_its_index(text: str, subject: str) -> None:
    [level] = only(text, "price_level", published="2025-09-17", subject="ACME")
    assert level["subject"] == subject


@pytest.mark.parametrize(
    "text",
    [
        "On the currency front, the U.S. dollar traded at 41.38 liras, little changed.",
        "The euro was quoted at $1.17 in late trade.",
        "The Indian rupee ended at 88.21 against the dollar.",
    ],
)
def test_a_currencys_rate_is_no_price_level(text: str) -> None:
    assert only(text, "price_level", published="2025-09-17", subject="Zorvex") == []


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. dollar briefly strengthened to 1,385.20 won in Seoul, its highest level since March.",
        "The euro quickly weakened to 0.8610 pounds, its lowest since May.",
    ],
)
def test_a_currencys_rate_with_an_adverb_is_no_index_level(text: str) -> None:
    assert only(text, "price_level", published="2025-09-17", subject="KOSPI") == []


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
    ("text", "percent"),
    [
        ("The stock witnessed a -9.73% gain in the last 1 month.", -9.73),
        ("Halvorsen shares posted a -3.5% advance over the past week.", -3.5),
        ("Kestrel Mining stock gained 4% on Tuesday.", 4.0),
    ],
)
def test_a_written_minus_is_the_moves_sign_whatever_the_verb(text: str, percent: float) -> None:
    assert [m["percent"] for m in only(text, "price_move", published="2023-06-26")] == [percent]


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


@pytest.mark.parametrize(
    ("text", "subject", "price", "currency"),
    [
        (
            "The IHSG closed up 0.53% or 39.30 points to the level of 7,421.20.",
            "JKSE",
            7421.2,
            None,
        ),
        (
            "Zorvex strengthened by 11.7% to the level of Rp 6,225 per share.",
            "Zorvex",
            6225.0,
            "IDR",
        ),
        ("Kraglund shares closed at the level of NOK 182.40 on Friday.", "Kraglund", 182.4, "NOK"),
        ("The stock ended the session at the 54,500 won mark.", "ACME", 54500.0, "KRW"),
    ],
)
def test_a_level_told_as_the_level_or_mark_of_a_price(
    text: str, subject: str, price: float, currency: str | None
) -> None:
    got = [(g["subject"], g["price"], g["currency"]) for g in only(text, "price_level")]
    assert got == [(subject, price, currency)]


def test_an_economys_gauge_at_a_level_is_no_price() -> None:
    text = (
        "The Consumer Confidence Index in February was at the level of 123.1, and the "
        "manufacturing PMI stood at 52.7."
    )
    assert only(text, "price_level") == []


def _moves_of(text: str, published: str = "2025-06-13") -> list[tuple[str, float, str]]:
    article = Article.from_text(text, published=published, subject="Zorvex")
    return [
        (e.subject, e.ev_payload()["percent"], e.ev_payload()["period"])
        for e in RuleExtractor().extract(article)
        if e.kind == "price_move"
    ]


@pytest.mark.parametrize(
    ("title", "moves"),
    [
        ("Zorvex jumps 4% amid strong demand", [("Zorvex", 4.0, "day")]),
        ("Zorvex Stock Falls 3.5% As Chip Curbs Bite", [("Zorvex", -3.5, "day")]),
        ("Markets mixed. Zorvex gains 4% amid strong Q2 report", [("Zorvex", 4.0, "day")]),
        ("Zorvex's shares are down 70% since 2022", [("Zorvex", -70.0, "since")]),
        # "up to" bounds the figure; it is no rise
        ("Zorvex shares fall up to 3% after Q2 results", [("Zorvex", -3.0, "day")]),
        ("Zorvex jumps up to 8% on order win", [("Zorvex", 8.0, "day")]),
        # a figure of the business, a commodity: no move
        ("Revenue Jumps 20% at Zorvex", []),
        ("Oil falls 3% as Zorvex lifts output", []),
    ],
)
def test_a_headlines_move_in_the_present(title: str, moves: list[tuple[str, float, str]]) -> None:
    assert _moves_of(f"{title}\nZorvex said its deliveries rose in May.") == moves


def test_a_headlines_move_told_again_in_the_body_is_one_fact() -> None:
    text = (
        "Zorvex shares tumble 3% on half-year profit decline\n"
        "In early trade, the company's shares dropped 3% to $112.65."
    )
    assert [(m[1], m[2]) for m in _moves_of(text)] == [(-3.0, "day")]


@pytest.mark.parametrize(
    "text",
    [
        "Among business segments, the Media vertical led growth, up 3.7% QoQ, while Transportation "
        "declined 0.5% and Healthcare fell 4.6%.",
        "By division, Retail rose 4% while Wholesale fell 2.1% from a year earlier.",
        "In its segments, Cloud grew 12% YoY and Devices slipped 3%.",
    ],
)
def test_a_segments_changes_are_no_moves(text: str) -> None:
    # each figure is a segment's result, told with a result's tag (QoQ, YoY, from a year earlier)
    assert only(text, "price_move") == []


def test_a_move_of_the_shares_beside_segments_stays() -> None:
    text = "Acme shares fell 3% as its Media segment shrank 5% YoY."
    assert [m["percent"] for m in only(text, "price_move")] == [-3.0]


@pytest.mark.parametrize(
    ("sentence", "percent"),
    [
        ("Zorvex shares fell up to 3% after the results.", -3.0),
        ("Zorvex shares jumped up to 8% on the order win.", 8.0),
        ("The stock slid up to 2.5 per cent in early trade.", -2.5),
    ],
)
def test_a_move_up_to_a_bound_is_a_move(sentence: str, percent: float) -> None:
    [move] = only(sentence, "price_move", subject="Zorvex")
    assert (move["percent"], move["qualifier"]) == (percent, "at_most")


def test_a_figure_rising_to_a_level_is_still_no_move() -> None:
    assert only("Zorvex's operating margin rose to 11% in the quarter.", "price_move") == []


@pytest.mark.parametrize(
    ("text", "subject", "percent"),
    [
        (
            "Quenwick Energy witnessed a 3.3% increase in its share price on Monday.",
            "Quenwick Energy",
            3.3,
        ),
        (
            "Tarvo Mining registered a 4.2% rise in its stock price after the results.",
            "Tarvo Mining",
            4.2,
        ),
        ("Halden Foods suffered a 6% drop in its share price on Friday.", "Halden Foods", -6.0),
        (
            "The stock experienced a 2.5% depreciation in the share price after the results.",
            "ACME",
            -2.5,
        ),
    ],
)
def test_a_move_told_as_a_noun_of_the_share_price(text: str, subject: str, percent: float) -> None:
    [got] = only(text, "price_move")
    assert (got["subject"], got["percent"]) == (subject, percent)


@pytest.mark.parametrize(
    "text",
    [
        "Quenwick Bank posted a 12% increase in its net profit for the quarter.",
        "Refiners face a 5% increase in the price of crude.",
        "Drivers saw a 10% rise in the fuel price last month.",
    ],
)
def test_a_noun_of_another_price_is_no_share_move(text: str) -> None:
    assert only(text, "price_move") == []


@pytest.mark.parametrize(
    ("text", "percents"),
    [
        (
            "The Zorvex All Share Index closed flat at 5,120.40 points, reflecting a 1-week gain "
            "of 1.2%, a 4-week loss of 0.8% and a year-to-date gain of 9.9%.",
            [-0.8, 1.2, 9.9],
        ),
        (
            "Meanwhile, the Quenwick Banking Index held at 2,089.63 points, representing a weekly "
            "gain of 0.27%.",
            [0.27],
        ),
    ],
)
def test_moves_a_participle_restates_are_the_clause_heads(text: str, percents: list[float]) -> None:
    moves = only(text, "price_move", published="2024-07-22")
    assert sorted(m["percent"] for m in moves) == percents
    assert len({m["subject"] for m in moves}) == 1
    assert moves[0]["subject"] != "ACME"


def test_a_business_figure_a_participle_restates_is_no_share_move() -> None:
    text = (
        "Moreover, the company posted $2.71 billion in net profit between January and September, "
        "marking a 3% drop compared to the first nine months of 2023."
    )
    assert only(text, "price_move") == []


def test_a_list_of_movers_with_tickers_and_index_points() -> None:
    text = (
        "The KSE-100 Index climbed 1,274 points to close at 148,618 on Friday.\n"
        "Major support to the index came from heavyweight stocks:\n"
        "· Habib Bank Limited (HBL): +3.1% (153 points)\n"
        "· D.G. Khan Cement (DGKC): +10% (139 points)\n"
        "- Quenwick Steel (QSTL): -2.4% (40 points)"
    )
    moves = only(text, "price_move", subject="KSE100", published="2025-08-29")
    assert [(m["subject"], m["percent"]) for m in moves] == [
        ("Habib Bank Limited", 3.1),
        ("D.G. Khan Cement", 10.0),
        ("Quenwick Steel", -2.4),
    ]
    levels = only(text, "price_level", subject="KSE100", published="2025-08-29")
    assert [m["price"] for m in levels] == [148618.0]  # "(153 points)" is a change, no level


@pytest.mark.parametrize(
    ("text", "price", "currency"),
    [
        ("Saigon Beer (SAB) rose 1,000 VND to 50,500 VND.", 50500.0, "VND"),
        ("Ho Chi Minh City Securities (HCM) rose 1,350 VND to 25,500 VND.", 25500.0, "VND"),
        ("Kestrel Heavy fell 1,250 KRW to 48,300 KRW on Tuesday.", 48300.0, "KRW"),
    ],
)
def test_a_price_moved_to_in_a_currency_code_after_thousands(
    text: str, price: float, currency: str
) -> None:
    [got] = only(text, "price_level", published="2026-01-13")
    assert (got["price"], got["currency"]) == (price, currency)


@pytest.mark.parametrize(
    "text",
    [
        "Its IPO price in 2018 was GH¢0.75 per share.",
        "The offer price was $12.50 a share.",
        "Zorvex shares debuted against a listing price of Rs 210.",
        "The rights issue has a subscription price of RM1.20.",
    ],
)
def test_an_offer_price_is_no_market_level(text: str) -> None:
    assert only(text, "price_level") == []


def test_a_close_beside_an_offer_price_is_kept() -> None:
    text = "Zorvex listed in March; its offer price was $12.50 and the stock closed at $14.20 on Friday."
    assert [m["price"] for m in only(text, "price_level")] == [14.2]


def test_a_debut_close_after_the_listing_price_is_kept() -> None:
    text = (
        "The shares opened at HK$ 59.2, an 8% increase from its listing price of HK$ 54.8, and "
        "closed at HK$59.1."
    )
    assert sorted(m["price"] for m in only(text, "price_level")) == [59.1, 59.2]


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
    ("text", "prices"),
    [
        (
            "MTN Ghana closed at GH¢1.55 today. This uptick from GH¢1.50 to GH¢1.55 follows results.",
            [1.5, 1.55],
        ),
        (
            "Zorvex shares closed at $14.20; the downtick from $14.90 to $14.20 came late.",
            [14.2, 14.9],
        ),
    ],
)
def test_an_uptick_from_one_price_to_another(text: str, prices: list[float]) -> None:
    assert sorted({m["price"] for m in only(text, "price_level", published="2024-03-18")}) == prices


def test_an_uptick_of_something_else_is_no_price() -> None:
    text = "Acme saw an uptick in demand from 1.2 million to 1.4 million units."
    assert only(text, "price_level") == []


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


@pytest.mark.parametrize(
    ("text", "moves"),
    [
        (  # the market's unnamed index owns its figure: not the stock's move
            "The stock’s 15% slump this year, deeper than the broader index’s 11% slide, "
            "reflects weak oil prices.",
            [("ACME", -15.0)],
        ),
        (
            "Quillon’s 4% fall on Monday was steeper than the main index’s 3% drop.",
            [("Quillon", -4.0)],
        ),
        # ... the index named before: its move
        (
            "The Nikkei 225 rose 2% on Friday. Zorvex’s 6% jump beat the benchmark’s 2% gain.",
            [("N225", 2.0), ("Zorvex", 6.0)],
        ),
    ],
)
def test_the_broader_indexs_figure_is_no_move_of_the_stock(
    text: str, moves: list[tuple[str, float]]
) -> None:
    assert [(m["subject"], m["percent"]) for m in only(text, "price_move")] == moves


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


@pytest.mark.parametrize(
    ("text", "moves"),
    [
        (
            "The FTSEurofirst 300 index, which had risen 1.3 percent in the previous session, "
            "fell back 0.4 percent.",
            {("FTSEurofirst 300", 1.3), ("FTSEurofirst 300", -0.4)},
        ),
        ("Zorvex slid further 2% on Friday.", {("Zorvex", -2.0)}),
        (
            "Societe Generale was a weak spot in a positive banking sector, down 2.5 per cent.",
            {("Societe Generale", -2.5)},
        ),
        ("Quillon was a bright spot among miners, rising 3.1%.", {("Quillon", 3.1)}),
        ("Zorvex was the standout, up 7% on the day.", {("Zorvex", 7.0)}),
        (
            "The Spanish IBEX 35 rose 1%, and the pan-European STOXX 600 fell 2%.",
            {("IBEX35", 1.0), ("STOXX600", -2.0)},
        ),
    ],
)
def test_wrap_phrasings_of_a_move_back_a_spot_and_a_places_index(
    text: str, moves: set[tuple[str, float]]
) -> None:
    got = {(m["subject"], m["percent"]) for m in only(text, "price_move", published="2015-08-07")}
    assert got == moves


def test_a_result_that_sent_the_shares_down_is_no_kpi() -> None:
    text = "Lower-than-expected quarterly sales sent the fashion retailer Zorvex down 4.3 per cent."
    assert only(text, "financial_kpi") == []
    assert [m["percent"] for m in only(text, "price_move")] == [-4.3]


def test_a_stock_priced_at_is_its_market_price_an_offer_priced_at_is_not() -> None:
    text = "At close of trading yesterday, the stock was priced at 28.24p."
    assert [
        (x["price"], x["start"]) for x in only(text, "price_level", published="2022-06-14")
    ] == [(28.24, dt.date(2022, 6, 13))]
    assert only("Zorvex's offering was priced at $12 a share.", "price_level") == []


@pytest.mark.parametrize(
    ("text", "moves"),
    [
        (
            "At close of trading yesterday, the stock was priced at 28.24p, a return of -22.63% "
            "YTD and -27.03% over 12 months.",
            {(-22.63, "ytd"), (-27.03, "year")},
        ),
        (
            "Zorvex shares have delivered a return of 8.1% year-to-date, and 15% over the past "
            "year.",
            {(8.1, "ytd"), (15.0, "year")},
        ),
    ],
)
def test_a_return_told_over_two_periods(text: str, moves: set[tuple[float, str]]) -> None:
    got = {(m["percent"], m["period"]) for m in only(text, "price_move", published="2022-06-14")}
    assert got == moves


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        (
            "Toyota Motor climbed 48.5 yen, or 2.4 percent, to 2,078.5 yen, and Mazda Motor rose "
            "12 yen, or 1.2 percent, to 1,052 yen.",
            {("Toyota Motor", 2078.5, "JPY"), ("Mazda Motor", 1052.0, "JPY")},
        ),
        (
            "Zorvex fell 35 won, or 0.5 percent, to 7,120 won.",
            {("Zorvex", 7120.0, "KRW")},
        ),
    ],
)
def test_a_level_after_an_amount_in_a_currencys_word(
    text: str, levels: set[tuple[str, float, str]]
) -> None:
    got = {(x["subject"], x["price"], x["currency"]) for x in only(text, "price_level")}
    assert got == levels


def test_a_name_with_its_participle_after_and_in_a_with_clause() -> None:
    text = (
        "Exporters were higher, with Sony advancing 2.29 percent to 6,948 yen and Toyota "
        "closing up 1.21 percent at 6,492 yen."
    )
    assert {(m["subject"], m["percent"]) for m in only(text, "price_move")} == {
        ("Sony", 2.29),
        ("Toyota", 1.21),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The index opened at 24,949.15, peaked at 25,021.55, and saw a low of 24,894.35.",
            (24894.35, "low"),
        ),
        ("Zorvex shares recorded an intraday high of Rs 1,412 on Tuesday.", (1412.0, "high")),
        (
            "The Zorvia All-Share Index made a session low of 3,210.4 before recovering.",
            (3210.4, "low"),
        ),
        (
            "Zorvex closed its session at EGP 99.50, after reaching a midday high of EGP 99.80.",
            (99.8, "high"),
        ),
        ("Zorvex shares recorded a morning low of ₹1,390 on Tuesday.", (1390.0, "low")),
    ],
)
def test_a_session_extreme_seen_or_recorded_is_a_level(
    text: str, expected: tuple[float, str]
) -> None:
    found = [(g["price"], g["level_type"]) for g in only(text, "price_level", subject="Zorvex")]
    assert expected in found


@pytest.mark.parametrize(
    "text",
    [
        "Zorvex recorded a net profit of Rs 1,412 crore in the quarter.",
        "Zorvex saw revenue of $1.4 billion in the quarter.",
    ],
)
def test_a_result_recorded_or_seen_is_no_level(text: str) -> None:
    assert not only(text, "price_level", subject="Zorvex")


def _dated_moves(text: str, published: str) -> list[tuple[float, dt.date | None]]:
    return [(g["percent"], g["start"]) for g in only(text, "price_move", published=published)]


THU, TUE = dt.date(2024, 12, 26), dt.date(2024, 12, 24)


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
    ("text", "mover"),
    [
        (
            "The healthcare index plunged 8.4 per cent, battered by biotech giant Zorvex "
            "Limited (ASX: ZVX)’s 16.9 per cent slide to $227.79.",
            "ZVX.AX",
        ),
        (
            "The banks index rose 1.2 per cent on the back of Quillon Bank's 3 per cent gain.",
            "Quillon Bank",
        ),
    ],
)
def test_a_possessive_names_whose_move_it_is(text: str, mover: str) -> None:
    moves = {(g["subject"], g["percent"]) for g in only(text, "price_move", subject="Brelmor")}
    assert any(s == mover for s, _ in moves)
    assert not any(s in ("ASX200", "Brelmor") for s, _ in moves)


@pytest.mark.parametrize(
    "text",
    [
        "Market-wide, 628.03 million shares were traded, compared to 880.60 million in the "
        "previous session.",
        "The Zorvia All-Share Index fell 0.4%, and turnover rose to 1,204.5 crore from 980.2 crore.",
        "The Zorvia index closed at 2,505.2 points, with market capitalisation at 13,240.75 billion.",
    ],
)
def test_a_figure_in_millions_is_no_index_level(text: str) -> None:
    prices = [g["price"] for g in only(text, "price_level", subject="Zorvia index")]
    assert not [p for p in prices if p in (880.6, 1204.5, 980.2, 13240.75)]


def test_an_index_level_beside_a_count_in_millions_stays() -> None:
    text = "The Zorvia index closed at 2,505.2 points as 628.03 million shares changed hands."
    assert [g["price"] for g in only(text, "price_level", subject="Zorvia index")] == [2505.2]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The broader Zorvia All-Share Index shed 59.7 points, also 0.7 per cent, to 9,173.8.",
            -0.7,
        ),
        ("The Zorvia index added 12.4 points, also 0.3%, to close at 4,120.5.", 0.3),
    ],
)
def test_a_points_change_restated_as_also_a_percent_is_the_move(text: str, expected: float) -> None:
    assert [g["percent"] for g in only(text, "price_move", subject="Zorvia index")] == [expected]


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


_DAILY_LEAD = (
    "Singapore shares fell on Monday as the Straits Times Index lost 0.5% in thin trade. Banks "
    "led the decline as investors weighed the outlook for interest rates. Quillon Bank was the "
    "worst performer among the index constituents today. Trading volumes were below the daily "
    "average of recent months.\n\n"
)


@pytest.mark.parametrize(
    ("text", "subject", "period"),
    [
        # an index's move with no time of its own goes on from the period the sentence before
        # opens on
        (
            "For the week, the S&P 500 slipped 0.3%, while the Dow fell 0.2%. The Nasdaq "
            "Composite retreated 0.7%.",
            "COMP",
            "week",
        ),
        (
            "For the month, the S&P 500 slipped 1.3%. The Nasdaq Composite lost 2.1%.",
            "COMP",
            "month",
        ),
        # ... not a company's move, nor one told in another paragraph
        ("For the week, the S&P 500 slipped 0.3%. Quillon shares fell 5%.", "Quillon", "day"),
        (
            "For the week, the S&P 500 slipped 0.3%.\n\nThe Nasdaq Composite retreated 0.7%.",
            "COMP",
            "day",
        ),
    ],
)
def test_an_index_move_goes_on_from_the_period_before(text: str, subject: str, period: str) -> None:
    moves = only(_DAILY_LEAD + text, "price_move", subject="UNKNOWN", published="2025-09-29")
    [move] = [m for m in moves if m["subject"] == subject]
    assert move["period"] == period


def test_two_bracketed_names_and_two_moves_pair_in_order() -> None:
    text = (
        "Canopy Growth Corporation (WEED.TO) and Toronto Dominion Bank (TD.TO) are gaining 1.5% "
        "and 1.3% on huge volumes."
    )
    assert {(m["subject"], m["percent"]) for m in only(text, "price_move")} == {
        ("WEED.TO", 1.5),
        ("TD.TO", 1.3),
    }


@pytest.mark.parametrize(
    ("text", "percent", "price"),
    [
        (
            "Revenue rose 10.3 per cent and its shares ran ahead $1.45 or 5.3 per cent to $28.87.",
            5.3,
            28.87,
        ),
        ("Zorvex shares moved ahead 2.1% to C$14.20 in Toronto.", 2.1, 14.20),
    ],
)
def test_a_move_ran_ahead_and_its_level_after_a_clause_of_revenue(
    text: str, percent: float, price: float
) -> None:
    assert [m["percent"] for m in only(text, "price_move")] == [percent]
    assert [x["price"] for x in only(text, "price_level")] == [price]
    assert [k for k in only(text, "financial_kpi") if k["value"] == percent] == []


@pytest.mark.parametrize(
    ("text", "price"),
    [
        (
            "The mean price target of $33 indicates an upside of 27.6% from the current price of $25.86.",
            25.86,
        ),
        (
            "The average target implies a 13% upside from its current share price of Rs 1,240.",
            1240.0,
        ),
        ("Its fair value of €52 is 8% above the current price of €48.10.", 48.10),
    ],
)
def test_the_current_price_a_target_is_measured_from_is_a_level(text: str, price: float) -> None:
    assert [(x["price"], x["level_type"]) for x in only(text, "price_level")] == [
        (price, "current")
    ]


def test_a_move_told_as_an_increase_in_stock_price() -> None:
    text = "Zorvex Group (ZVX) has shown a 5% increase in stock price over the past four weeks."
    assert [
        (m["percent"], m["precision"]) for m in only(text, "price_move", published="2025-03-10")
    ] == [(5.0, "week")]


@pytest.mark.parametrize(
    ("text", "percent"),
    [
        (
            "Following the earnings report, shares showed a 1.2% increase in pre-market trading.",
            1.2,
        ),
        ("Zorvex shares saw a 1.2% increase.", 1.2),
        ("Zorvex stock posted a 3% decrease in early trading on Monday.", -3.0),
    ],
)
def test_the_shares_change_told_as_a_noun_after_its_figure(text: str, percent: float) -> None:
    assert [m["percent"] for m in only(text, "price_move", subject="Zorvex")] == [percent]


@pytest.mark.parametrize(
    "text",
    [
        "Nomura expects Korea's benchmark Kospi Index to rise to 5,000 points in the first half.",
        "The analyst forecast Zorvex shares could reach as high as 3.4 million won in 12 months.",
        "Analysts predict the stock may climb to $45 by year end.",
    ],
)
def test_a_forecast_level_is_no_level(text: str) -> None:
    assert only(text, "price_level") == []


def test_a_level_after_a_forecast_in_another_clause_is_still_one() -> None:
    text = "Zorvex closed at $41.20 on Friday, and analysts expect it to rise to $45."
    assert [x["price"] for x in only(text, "price_level")] == [41.2]


def test_australian_wrap_levels_after_an_amount_and_on() -> None:
    text = (
        "The Australian share market has closed higher. ANZ gained four cents to $32.25, "
        "National Australia Bank fell six cents to $33.07 and Westpac was 22 cents higher at "
        "$33.10. OZ Minerals was unchanged on $9.92 and Paladin Energy closed 5c higher on "
        "$1.74. At the close, the S&P/ASX200 index was up 21 points, or 0.38 per cent, at 5,492."
    )
    got = {
        (x["subject"], x["price"], x["currency"]) for x in only(text, "price_level", subject=None)
    }
    assert {
        ("ANZ", 32.25, "AUD"),
        ("National Australia Bank", 33.07, "AUD"),
        ("Westpac", 33.1, "AUD"),
        ("OZ Minerals", 9.92, "AUD"),
        ("Paladin Energy", 1.74, "AUD"),
    } <= got


@pytest.mark.parametrize(
    "text",
    [
        "Zorvex shares saw a 5% increase in revenue.",
        "Zorvex posted a 5% increase in sales.",
        "The company saw a 4% increase.",
    ],
)
def test_a_business_increase_after_its_figure_is_no_share_move(text: str) -> None:
    assert only(text, "price_move", subject="Zorvex") == []


@pytest.mark.parametrize(
    ("text", "subject", "bounds"),
    [
        (
            "The Jakarta Composite Index (JCI) fell 6.12 percent to 6,076.08. The JCI movement "
            "is in the range of 6,011.84-6,465.22.",
            "JKSE",
            [(6011.84, "low"), (6465.22, "high")],
        ),
        (
            "The Zorvia index moved within the range of 6,011.84 to 6,465.22 today.",
            "Zorvia index",
            [(6011.84, "low"), (6465.22, "high")],
        ),
        (
            "Zorvex traded in a range of $41.10 to $42.50 on Monday.",
            "Zorvex",
            [(41.1, "low"), (42.5, "high")],
        ),
    ],
)
def test_the_range_a_price_moved_in_gives_its_low_and_high(
    text: str, subject: str, bounds: list[tuple[float, str]]
) -> None:
    levels = only(text, "price_level", subject=subject)
    assert [
        (lv["price"], lv["level_type"]) for lv in levels if lv["level_type"] != "intraday"
    ] == bounds


def test_a_range_analysts_see_is_no_session_range() -> None:
    assert (
        only("Analysts see the stock in the range of $40-$45.", "price_level", subject="Zorvex")
        == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "The SET Index could dip to 1,050 points amid political risks, say brokers.",
        "The index is at risk of dropping to 1,050 points, analysts warned.",
        "Zorvex shares may test $40 again next week.",
    ],
)
def test_a_level_a_price_may_move_to_is_no_level(text: str) -> None:
    assert only(text, "price_level") == []


def test_a_level_told_with_would_in_reported_speech_stays() -> None:
    text = "Zorvex shares closed at $41.10 on Friday, which analysts said would hold."
    assert [lv["price"] for lv in only(text, "price_level")] == [41.1]


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


def test_a_headline_s_nearly_restating_the_body_s_whole_figure_is_one_move() -> None:
    text = (
        "Zorvex stock plunges nearly 40% on Friday after Q2 earnings.\n\n"
        "Zorvex stock has plunged 39% at the time of writing, to trade at $53.75.\n\n"
        "Zorvex stock could find support in $43 to $47 range from April."
    )
    moves = only(text, "price_move", subject="Zorvex")
    assert [(m["percent"], m["qualifier"]) for m in moves] == [(-39.0, "exact")]
    assert [lv["price"] for lv in only(text, "price_level", subject="Zorvex")] == [53.75]


def test_a_headline_s_qualified_move_keeps_its_qualifier() -> None:
    [move] = only("Zorvex shares soar more than 12% after results", "price_move", subject="Zorvex")
    assert (move["percent"], move["qualifier"]) == (12.0, "at_least")


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


def test_a_move_of_the_shares_told_as_a_noun_after_a_guidance_cut() -> None:
    text = (
        "The company lowered its full-year earnings outlook to a range of $14.58 to $14.78 per "
        "share. This revised guidance triggered a steep 23% plunge in Zorvex shares."
    )
    assert [m["percent"] for m in only(text, "price_move", subject="Zorvex")] == [-23.0]
    assert only(text, "price_level", subject="Zorvex") == []


def test_a_rise_in_revenue_is_still_no_move() -> None:
    assert only("Guidance implies a 5% rise in revenue for Zorvex.", "price_move") == []


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


@pytest.mark.parametrize(
    ("text", "subject", "price"),
    [
        ("Costco shares closed at $900.50 on Friday.", "Costco", 900.5),
        ("Shares of used-car dealer Zorvex closed at $30.88 on Friday.", "Zorvex", 30.88),
    ],
)
def test_words_inside_a_name_veto_no_level(text: str, subject: str, price: float) -> None:
    """ "cost" in "Costco", "deal" in "dealer": a level's vetoes are whole words."""
    assert [(lv["subject"], lv["price"]) for lv in only(text, "price_level", subject=None)] == [
        (subject, price)
    ]


@pytest.mark.parametrize(
    "text",
    ["The shares were offered at $20.00 each.", "The deal values Zorvex at $30 a share."],
)
def test_an_offer_and_a_deal_s_price_are_still_no_level(text: str) -> None:
    assert only(text, "price_level", subject=None) == []


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


@pytest.mark.parametrize(
    "text",
    [
        "Tokyo stocks ended higher on Friday, with the Nikkei 225 average gaining 312.45 points, "
        "or 0.82 pct, to 38,452.10.",
        "The Nikkei 225 index finished up 18.33 points, or 0.67 pct, at 38,452.10.",
    ],
)
def test_a_level_after_a_close_told_before_it_is_the_close(text: str) -> None:
    [level] = only(text, "price_level", subject="N225")
    assert (level["price"], level["level_type"]) == (38452.1, "close")


def test_a_level_after_an_opening_is_no_close() -> None:
    text = "Zorvex opened at $10.20 and rose to $12.40 by midday."
    types = {lv["price"]: lv["level_type"] for lv in only(text, "price_level", subject="Zorvex")}
    assert types.get(12.4) != "close"


def test_a_plunge_in_a_company_s_shares_after_an_outlook_s_clause() -> None:
    text = (
        "This revised guidance, coupled with a weaker-than-expected profit outlook for the "
        "current quarter, triggered a steep 23% plunge in Zorvex shares."
    )
    assert [m["percent"] for m in only(text, "price_move", subject="Zorvex")] == [-23.0]


def test_a_signed_move_after_a_close_goes_on_in_its_session() -> None:
    text = (
        "The price of Zorvex Inc (NASDAQ: ZVX) closed at $76.03 in the last session, down -1.77% "
        "from day before closing price of $77.4."
    )
    [move] = only(text, "price_move", subject=None, published="2026-01-22")
    assert (move["percent"], move["start"]) == (-1.77, dt.date(2026, 1, 21))
