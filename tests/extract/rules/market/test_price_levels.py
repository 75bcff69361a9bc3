"""Price levels: a market price, its kind and whose it is
(`timeline.extract.rules.market.price_levels`)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import only


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


def test_a_price_in_a_brokers_call_is_the_rated_companys() -> None:
    text = (
        "The analysts of brokerage firm Quenwick Securities gave a buy rating on Zorvex Health "
        "with a target price of Rs. 820 per share, representing a potential upside of nearly 22 "
        "percent from Friday's closing price of Rs. 672.95."
    )
    [level] = only(text, "price_level", subject="QLN")
    assert (level["subject"], level["price"]) == ("Zorvex Health", 672.95)


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


def test_a_known_name_written_partly_in_lower_case() -> None:
    (level,) = only("SK hynix shares traded at 174,700 won on Thursday.", "price_level")
    assert level["subject"] == "000660.KS"


def test_a_close_at_a_multi_week_low_is_a_close() -> None:
    text = "The SENSEX dropped 733.22 points or 0.90% to settle at a three-week low of 80,426.46."
    levels = only(text, "price_level")
    assert [(lv["price"], lv["level_type"]) for lv in levels] == [(80426.46, "close")]


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


def test_each_price_after_a_paired_move_is_its_names() -> None:
    text = "Zorvex, Quenwick Gold and Helvion were falling by 0.60% to €16.57, 0.30% to €6.74 and 0.29% to €2.41."
    levels = {(lv["subject"], lv["price"]) for lv in only(text, "price_level")}
    assert levels == {("Zorvex", 16.57), ("Quenwick Gold", 6.74), ("Helvion", 2.41)}


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


def test_an_index_written_with_a_slash_keeps_its_whole_name() -> None:
    text = "The S&P/Zorvia Venture Composite Index slumped 7.87 points to close at 549.08."
    [level] = only(text, "price_level", subject="Sample")
    assert (level["subject"], level["price"]) == ("S&P/Zorvia Venture Composite Index", 549.08)


def test_a_list_items_price_after_its_move_in_brackets() -> None:
    text = "Among the gainers were Quillon (+0.33% to €1.81) and Zorvex Bank (+0.31% to €3.21)."
    levels = only(text, "price_level", subject="PSI")
    assert [(lv["subject"], lv["price"]) for lv in levels] == [
        ("Quillon", 1.81),
        ("Zorvex Bank", 3.21),
    ]


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


def test_a_target_moved_from_one_price_to_another_is_no_level() -> None:
    text = "Zorvex stays Neutral at Goldman Sachs, TP up from HKD23.5 to HKD29."
    assert only(text, "price_level", subject="Zorvex") == []


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


def test_a_price_after_a_ranked_move_is_the_ranked_names() -> None:
    text = "Quillon was the top gainer on the FTSE 100, up 5.2% at 410p."
    [level] = only(text, "price_level", subject="Zorvex")
    assert (level["subject"], level["price"]) == ("Quillon", 410.0)


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


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("Quillon's shares hit a record of ¥10,700, up from the previous close of ¥10,400.", "JPY"),
        (
            "Chinese liquor maker Quillon's shares closed at ¥1,500 in Shanghai, up from ¥1,450.",
            "CNY",
        ),
    ],
)
def test_the_yen_sign_is_the_yuan_only_in_a_story_of_china(text: str, currency: str) -> None:
    levels = only(f"Quillon update\n\n{text}", "price_level", published="2025-02-05", subject=None)
    assert levels
    assert {lv["currency"] for lv in levels} == {currency}


@pytest.mark.parametrize(
    "told",
    [
        "The counter touched an intraday high and low of ₹68.99, and ₹65.78, respectively.",
        "The stock's high and low were ₹68.99 and ₹65.78 respectively.",
    ],
)
def test_a_days_high_and_low_told_together(told: str) -> None:
    text = f"Zorvex slips\n\nZorvex was trading 4.65% lower at ₹68.55. {told}"
    levels = only(text, "price_level", published="2026-01-20")
    assert {(lv["level_type"], lv["price"]) for lv in levels} >= {("high", 68.99), ("low", 65.78)}
    assert all(lv["precision"] == "day" for lv in levels)


@pytest.mark.parametrize(
    "told",
    [
        "Zorvex saw its stock hover around $53.67 in Tuesday trading.",
        "Zorvex shares hovered near $53.67 on Tuesday.",
        "Zorvex stock is hovering at $53.67 on Tuesday.",
    ],
)
def test_a_price_the_stock_hovers_around(told: str) -> None:
    [level] = only(told, "price_level", published="2025-10-28", subject="Zorvex")
    assert (level["price"], level["level_type"], str(level["start"])) == (
        53.67, "current", "2025-10-28",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("told", "day"),
    [
        (
            "Zorvex shares gained, following a 4% jump in the previous session, where they hit "
            "an intra-day high of Rs 550.55.",
            "2024-10-18",
        ),
        (
            "Zorvex shares rose 3% on Wednesday, when they touched a high of Rs 550.55.",
            "2024-10-16",
        ),
    ],
)
def test_a_relative_clause_is_told_at_the_time_of_the_clause_before(told: str, day: str) -> None:
    [level] = only(told, "price_level", published="2024-10-21", subject="Zorvex")
    assert (level["price"], str(level["start"])) == (550.55, day)


@pytest.mark.parametrize(
    ("told", "start", "precision"),
    [
        (
            "On Monday, Zorvex shares jumped 6% to a new 52-week high of Rs 280.",
            "2024-08-19",
            "day",
        ),
        ("Zorvex shares hit a fresh 52-week high of Rs 280 on Monday.", "2024-08-19", "day"),
        ("Zorvex shares are near their 52-week high of Rs 280.", "2023-08-21", "year"),
    ],
)
def test_a_new_52_week_high_is_the_session_s(told: str, start: str, precision: str) -> None:
    [level] = only(told, "price_level", published="2024-08-19", subject="Zorvex")
    assert (str(level["start"]), level["precision"]) == (start, precision)


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("Zorvex shares closed just above $101 on Wednesday.", "at_least"),
        ("Zorvex shares closed slightly below $50 on Wednesday.", "at_most"),
    ],
)
def test_a_close_just_above_or_below_a_price_is_bounded_by_it(text: str, qualifier: str) -> None:
    [level] = only(text, "price_level", subject="Zorvex", published="2025-03-13")
    assert (level["level_type"], level["qualifier"]) == ("close", qualifier)


def test_a_threshold_crossed_is_no_level() -> None:
    text = "The Zorvia index closed above the 17,000-point mark on Friday."
    assert only(text, "price_level", subject="Zorvia index") == []
