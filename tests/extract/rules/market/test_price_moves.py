"""Price moves: a share's or an index's percentage move, whose it is and how qualified
(`timeline.extract.rules.market.price_moves`)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.helpers import extract, only
from timeline.articles import Article
from timeline.extract import RuleExtractor

_DAILY_LEAD = (
    "Singapore shares fell on Monday as the Straits Times Index lost 0.5% in thin trade. Banks "
    "led the decline as investors weighed the outlook for interest rates. Quillon Bank was the "
    "worst performer among the index constituents today. Trading volumes were below the daily "
    "average of recent months.\n\n"
)


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
        # the name that ranked or pulled the market, then its bare direction
        ("Tarvo Bank led the gainers, up 1.7%.", {"Tarvo Bank": 1.7}),
        ("Quillon bucked the trend, up 0.8 per cent.", {"Quillon": 0.8}),
        ("Zorvex dragged the index lower, down 2.1%.", {"Zorvex": -2.1}),
        ("Property group Quillon was at the bottom, down by 1.7%.", {"Quillon": -1.7}),
        # a comparative for its direction
        ("Shares in Quillon were 3% weaker at 412p by mid-morning.", {"Quillon": -3.0}),
        ("Zorvex shares were 1.2% firmer.", {"Zorvex": 1.2}),
        # a list's items after "with", their direction told by its lead
        (
            "The biggest gains were for Zorvex, with 2.1%, Quillon, with 1.4%, and Tarvo, with 0.3%.",
            {"Zorvex": 2.1, "Quillon": 1.4, "Tarvo": 0.3},
        ),
        (
            "Zorvex led the losses with a 2.1% drop, followed by Quillon with 1.4%.",
            {"Zorvex": -2.1, "Quillon": -1.4},
        ),
        # a company's price, and a word of size before the figure
        ("Zorvex's price has risen 12%.", {"Zorvex": 12.0}),
        ("Quillon stock is up an astounding 145% this year.", {"Quillon": 145.0}),
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
    "text",
    ["Demand for chips may dip 5% next year.", "A drop of 10% in orders was possible, it said."],
)
def test_base_form_verbs_do_not_make_forecasts_moves(text: str) -> None:
    assert only(text, "price_move") == []


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


@pytest.mark.parametrize(
    "text",
    ["Revenues jumped 15% with strong cloud sales.", "Profits fell 8% in the quarter."],
)
def test_a_results_figure_in_the_plural_is_no_share_move(text: str) -> None:
    assert not [e for e in extract(text) if e.kind == "price_move"]


def test_an_amount_is_no_mover() -> None:
    text = "The counter opened gap up with a gain of 7.36 per cent at Rs 32.80 on the BSE."
    assert [m["subject"] for m in only(text, "price_move")] == ["ACME"]


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


def test_one_name_with_two_moves_is_no_pairing() -> None:
    assert {m["subject"] for m in only("Zorvex rose 3% and 2% in two sessions.", "price_move")} <= {
        "ACME",
        "Zorvex",
    }


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


def test_a_name_with_particles_or_an_amount_before_the_bracket() -> None:
    text = "Banca dei Paschi di Zorvia (+4.01%) led, while Globex fell by Rs. 5 (14.53%)."
    moves = {(m["subject"], m["percent"]) for m in only(text, "price_move", subject="Sample")}
    assert ("Banca dei Paschi di Zorvia", 4.01) in moves
    assert all(not s.startswith("Rs") for s, _ in moves)


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


def test_a_change_in_percentage_points_is_no_price_move() -> None:
    text = "Zorvex Mipo (up 5.24 percentage points to 12.24%) led the fund's stake increases."
    assert only(text, "price_move", subject="UNKNOWN") == []


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
        "Zorvex shares saw a 5% increase in revenue.",
        "Zorvex posted a 5% increase in sales.",
        "The company saw a 4% increase.",
    ],
)
def test_a_business_increase_after_its_figure_is_no_share_move(text: str) -> None:
    assert only(text, "price_move", subject="Zorvex") == []


def test_a_headline_s_qualified_move_keeps_its_qualifier() -> None:
    [move] = only("Zorvex shares soar more than 12% after results", "price_move", subject="Zorvex")
    assert (move["percent"], move["qualifier"]) == (12.0, "at_least")


def test_a_rise_in_revenue_is_still_no_move() -> None:
    assert only("Guidance implies a 5% rise in revenue for Zorvex.", "price_move") == []


def test_a_plunge_in_a_company_s_shares_after_an_outlook_s_clause() -> None:
    text = (
        "This revised guidance, coupled with a weaker-than-expected profit outlook for the "
        "current quarter, triggered a steep 23% plunge in Zorvex shares."
    )
    assert [m["percent"] for m in only(text, "price_move", subject="Zorvex")] == [-23.0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure written with its plus is a rise, whatever the paragraph or the clause says
        (
            "Zorvex Exchange closes lower\n\nThe exchange closed Thursday's session down on "
            "most indices.\n\nThe best developments were recorded by the shares of Quillon "
            "Resita (+14.56%), Brevik Ceahlau (+7.69%) and Osprey (+5.29%).",
            [("Quillon Resita", 14.56), ("Brevik Ceahlau", 7.69), ("Osprey", 5.29)],
        ),
        (
            "Zorvex Exchange closes lower\n\nGrowth leaders on the falling stock market were "
            "Quillonneftegaz ordinary stocks (+4.1%) due to talk of lower sales.",
            [("Quillonneftegaz", 4.1)],
        ),
        (
            "Zorvex Exchange closes lower\n\nBrevikneft ordinary stocks fell the most (down "
            "5.7%), probably because of the oil price drop.",
            [("Brevikneft", -5.7)],
        ),
        (
            "Zorvex Exchange closes lower\n\nHelvion preferred shares slipped 2.5% on Thursday.",
            [("Helvion", -2.5)],
        ),
    ],
)
def test_a_written_plus_and_a_share_class_after_the_name(
    text: str, expected: list[tuple[str, float]]
) -> None:
    got = only(text, "price_move", published="2024-01-18")
    assert [(g["subject"], g["percent"]) for g in got] == expected


def test_moves_listed_respectively_with_their_prices_in_brackets() -> None:
    text = (
        "Biotech rallies\n\nAccording to exchange data (formerly MarketPoint), shares of Quillon, "
        "Brevik Bio, Helvion, and Osprey climbed sharply by the close, rising 29.86% (₩8,350), "
        "22.55% (₩82,600), 22.45% (₩4,690), and 20.16% (₩1,560), respectively."
    )
    moves = only(text, "price_move", published="2025-05-28")
    levels = only(text, "price_level", published="2025-05-28")
    names = ["Quillon", "Brevik Bio", "Helvion", "Osprey"]
    assert [(m["subject"], m["percent"]) for m in moves] == list(
        zip(names, [29.86, 22.55, 22.45, 20.16], strict=True)
    )
    assert [(lv["subject"], lv["price"]) for lv in levels] == list(
        zip(names, [8350.0, 82600.0, 4690.0, 1560.0], strict=True)
    )


@pytest.mark.parametrize(
    ("told", "percent", "period"),
    [
        ("Quillon Bank (QLB) with 9.56% YtD correction", -9.56, "ytd"),
        ("Quillon Bank (QLB) with an 8.09% YTD drop", -8.09, "ytd"),
        ("Quillon Bank (QLB) with a 3.1% w/w gain", 3.1, "week"),
    ],
)
def test_a_move_noun_after_its_figure_and_a_period_tag(
    told: str, percent: float, period: str
) -> None:
    text = f"Jakarta index slides\n\nThe index is weighed down by big caps, including {told}."
    [move] = only(text, "price_move", published="2025-03-19")
    assert (move["subject"], move["percent"], move["period"]) == ("Quillon Bank", percent, period)


@pytest.mark.parametrize(
    "told",
    [
        "Ordinary shares (ZORV3) fell 8.36% while preferred shares (ZORV4) went down 6.75%.",
        "Common shares (ZORV3) were down 8.36%, while class B preferred shares (ZORV4) lost 6.75%.",
    ],
)
def test_a_class_of_shares_heading_the_clause_is_the_company_s(told: str) -> None:
    text = f"Zorvex shares drop\n\nZorvex shares fell on Wednesday. {told}"
    moves = only(text, "price_move", published="2024-05-15", subject=None)
    assert {(m["subject"], m["percent"]) for m in moves} >= {("Zorvex", -8.36), ("Zorvex", -6.75)}


@pytest.mark.parametrize(
    "told",
    [
        "Shares of electric vehicle leader Zorvex witnessed a 1.7% increase in morning trading.",
        "Shares of Zorvex saw a 1.7% increase in morning trading.",
        "Zorvex shares posted a 1.7% increase in morning trading.",
    ],
)
def test_shares_of_a_company_that_saw_an_increase(told: str) -> None:
    [move] = only(f"Zorvex update\n\n{told}", "price_move", published="2025-09-19", subject=None)
    assert (move["subject"], move["percent"]) == ("Zorvex", 1.7)


def test_names_that_share_a_move_told_as_a_noun() -> None:
    text = (
        "Macau stocks surge\n\nShares of Quillon Holdings surged 10% in Hong Kong. Brevik "
        "Entertainment and Helvion Macau also experienced over 3% gains."
    )
    moves = only(text, "price_move", published="2024-02-16")
    assert {(m["subject"], m["percent"]) for m in moves} == {
        ("Quillon Holdings", 10.0), ("Brevik Entertainment", 3.0), ("Helvion Macau", 3.0),
    }  # fmt: skip


@pytest.mark.parametrize(
    "told",
    [
        "Zorvex shares rose 5.35% on Monday, following a surge of 9.31% on June 15, 2.26% on June 13 "
        "and 1.79% on June 12.",
        "Shares of Zorvex gained 9.31% on 15 June, 2.26% on 13 June, and 1.79% on 12 June.",
    ],
)
def test_one_company_s_moves_told_each_with_its_day(told: str) -> None:
    moves = only(f"Zorvex update\n\n{told}", "price_move", published="2023-06-21", subject=None)
    days = {(m["percent"], m["start"].isoformat()) for m in moves if m["percent"] < 5}
    assert days == {(2.26, "2023-06-13"), (1.79, "2023-06-12")}
    assert {m["subject"] for m in moves} == {"Zorvex"}


def test_figures_after_a_dated_move_with_no_day_of_their_own_are_no_moves() -> None:
    text = "Zorvex rose 3% on Monday, 2% of its float changing hands."
    assert [m["percent"] for m in only(text, "price_move", published="2025-03-05")] == [3.0]


@pytest.mark.parametrize("name", ["Zorvex", "Zorvex Consultancy Services"])
def test_a_stock_named_after_a_falling_index_is_the_mover(name: str) -> None:
    text = (
        f"Despite the broader Nifty IT index trading lower, {name} shares continued to gain, "
        "following a 4% jump in the previous session."
    )
    [move] = only(text, "price_move", published="2024-10-21", subject=None)
    assert (move["subject"], move["percent"], str(move["start"])) == (name, 4.0, "2024-10-18")


@pytest.mark.parametrize(
    ("published", "start", "end"),
    [("2023-02-13", "2023-02-06", "2023-02-12"), ("2023-02-15", "2023-02-08", "2023-02-15")],
)
def test_a_weekly_gain_as_a_field(published: str, start: str, end: str) -> None:
    text = (
        "Top weekly stocks\n1. Zorvex Mining (TSXV:ZVX)\nWeekly gain: 133.33 percent; current "
        "share price: C$0.175; market cap: C$11.05 million\n2. Quillon Energy (TSXV:QLN)\n"
        "Weekly loss: 12.5 percent; current share price: C$0.18"
    )
    moves = only(text, "price_move", published=published, subject=None)
    assert [(m["subject"], m["percent"], m["period"]) for m in moves] == [
        ("ZVX.V", 133.33, "week"), ("QLN.V", -12.5, "week"),
    ]  # fmt: skip
    assert {(str(m["start"]), str(m["end"])) for m in moves} == {(start, end)}


def test_a_returns_table_by_period() -> None:
    text = (
        "Zorvex stock rallies\n\nReturns vs S&P 500\n"
        "| Return Period | ZVX | S&P 500 |\n|---|---|---|\n| 1D | 0.7% | -0.0% |\n"
        "| 7D (Current Streak) | 6.9% | 1.9% |\n| 1M (21D) | 11.8% | 2.4% |\n"
        "| YTD 2025 | 30.1% | 17.8% |\n| 2023 | -3.7% | 24.2% |\n"
    )
    moves = only(text, "price_move", published="2025-12-27", subject="ZVX")
    told = {
        (m["subject"], m["percent"], m["period"], str(m["start"]), str(m["end"])) for m in moves
    }
    assert told == {
        ("ZVX", 0.7, "day", "2025-12-26", "2025-12-26"),
        ("ZVX", 6.9, "7 sessions", "2025-12-17", "2025-12-26"),
        ("SPX", 1.9, "7 sessions", "2025-12-17", "2025-12-26"),
        ("ZVX", 11.8, "month", "2025-11-27", "2025-12-27"),
        ("SPX", 2.4, "month", "2025-11-27", "2025-12-27"),
        ("ZVX", 30.1, "ytd", "2025-01-01", "2025-12-27"),
        ("SPX", 17.8, "ytd", "2025-01-01", "2025-12-27"),
        ("ZVX", -3.7, "year", "2023-01-01", "2023-12-31"),
        ("SPX", 24.2, "year", "2023-01-01", "2023-12-31"),
    }


@pytest.mark.parametrize(
    "told",
    [
        "The Zorvex Index reversed some of yesterday's losses as it gained 0.05% to 913.515 points.",
        "The Zorvex Index recouped Tuesday's losses, gaining 0.05%.",
    ],
)
def test_a_move_that_reverses_the_session_before_is_the_session_s(told: str) -> None:
    [move] = only(f"Daily review\n{told}", "price_move", published="2024-10-23", subject=None)
    assert (move["percent"], str(move["start"])) == (0.05, "2024-10-23")


@pytest.mark.parametrize(
    ("text", "moves"),
    [
        # a move as large as the market lets a share move in a day, its size given
        (
            "Longi, Tongwei, and JA Solar hit the 10% daily limit down, while rivals fell.",
            {"Longi": -10.0, "Tongwei": -10.0, "JA Solar": -10.0},
        ),
        ("Shares of Zorvex hit the 10% limit-up on Tuesday.", {"Zorvex": 10.0}),
        ("Quillon rose by the 30% daily limit up in Seoul.", {"Quillon": 30.0}),
    ],
)
def test_a_move_to_the_daily_limit(text: str, moves: dict[str, float]) -> None:
    got = {m["subject"]: m["percent"] for m in only(text, "price_move")}
    assert got == moves


@pytest.mark.parametrize(
    "text",
    [
        # a count of stocks heading the move: the market's breadth
        "Solar stocks fell, with more than 120 PV-related shares declining in Shanghai and over "
        "85 dropping more than 10%.",
        "The market was weak; 40 stocks fell over 5% and 12 of them lost more than 8%.",
        # the most a share may move, not its move
        "STAR Market-listed companies faced steeper losses under a 20% cap.",
        "The exchange kept the 10% daily limit for main-board shares.",
    ],
)
def test_a_count_of_movers_or_a_limit_is_no_move(text: str) -> None:
    assert only(text, "price_move") == []


def test_an_index_number_before_its_verb_is_no_count_of_movers() -> None:
    moves = only("The FTSE 100 fell 0.5%, while 40 stocks rose over 5%.", "price_move")
    assert [(m["subject"], m["percent"]) for m in moves] == [("FTSE100", -0.5)]


def test_a_year_to_date_move_led_by_its_period_after_so_that() -> None:
    text = (
        "Zorvex shares stand at 3.853 euros, so that so far this year, the share has gained 18.63%."
    )
    [move] = only(text, "price_move", published="2023-09-06")
    assert (move["percent"], move["period"], move["start"]) == (18.63, "ytd", dt.date(2023, 1, 1))


def test_a_move_of_only_its_figure() -> None:
    text = "The IBEX rose 0.5%, followed by Quillon, with a rise of only 0.31 %."
    moves = {m["subject"]: m["percent"] for m in only(text, "price_move")}
    assert moves["Quillon"] == 0.31


def test_the_volume_of_deals_heading_a_change_is_no_move() -> None:
    text = (
        "Volume of deals in shares included in KASE Index representative list, on May 30 "
        "against the previous trading day decreased by 9.2 % and made up KZT410.4 mln."
    )
    assert only(text, "price_move") == []
