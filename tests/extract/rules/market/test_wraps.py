"""Market wraps: each figure for the name heading its own clause, moves and levels together."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.helpers import extract, only
from tests.extract.rules.market.helpers import weekly
from timeline.articles import Article
from timeline.extract import RuleExtractor


def _moves_of(text: str, published: str = "2025-06-13") -> list[tuple[str, float, str]]:
    article = Article.from_text(text, published=published, subject="Zorvex")
    return [
        (e.subject, e.ev_payload()["percent"], e.ev_payload()["period"])
        for e in RuleExtractor().extract(article)
        if e.kind == "price_move"
    ]


@pytest.mark.parametrize("exchange", ["BSE", "NSE", "NYSE", "SGX"])
def test_an_exchange_is_where_shares_moved_not_what_moved(exchange: str) -> None:
    text = f"On the {exchange}, the scrip settled 1.8 per cent lower at Rs 540."
    events = extract(text)
    assert {(e.kind, e.subject) for e in events} == {
        ("price_move", "ACME"),
        ("price_level", "ACME"),
    }


def test_movers_table_rows_give_a_move_and_a_price() -> None:
    text = "FTSE 250 - Risers\nHalma Works (HWK) 1,234.50p 3.12%\nBrightline (BRL) 88.10p -0.45%"
    moves = {(m["subject"], m["percent"]) for m in only(text, "price_move", subject="ZZZZ")}
    levels = {(m["subject"], m["price"], m["currency"]) for m in only(text, "price_level")}
    assert moves == {("Halma Works", 3.12), ("Brightline", -0.45)}
    assert levels == {("Halma Works", 1234.5, "GBX"), ("Brightline", 88.1, "GBX")}


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


def test_a_date_in_parentheses_is_no_mover() -> None:
    text = "Zorvex Corp (ZVX) shares hit a record on Thursday (Sep 11), climbing S$0.51 to S$53.24."
    assert "Sep 11" not in {e.subject for e in extract(text, published="2025-09-11")}


def test_a_level_after_a_move_is_the_movers() -> None:
    text = "Initial investor reaction was positive, with shares in the group rising 2.3% to €14.50."
    found = {(e.kind, e.subject) for e in extract(text) if e.kind.startswith("price_")}
    assert found == {("price_move", "ACME"), ("price_level", "ACME")}


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
    got = weekly(text, published)
    assert got["Halvard Foods price_move"][2] == "day"


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


def test_a_headline_s_nearly_restating_the_body_s_whole_figure_is_one_move() -> None:
    text = (
        "Zorvex stock plunges nearly 40% on Friday after Q2 earnings.\n\n"
        "Zorvex stock has plunged 39% at the time of writing, to trade at $53.75.\n\n"
        "Zorvex stock could find support in $43 to $47 range from April."
    )
    moves = only(text, "price_move", subject="Zorvex")
    assert [(m["percent"], m["qualifier"]) for m in moves] == [(-39.0, "exact")]
    assert [lv["price"] for lv in only(text, "price_level", subject="Zorvex")] == [53.75]


def test_a_move_of_the_shares_told_as_a_noun_after_a_guidance_cut() -> None:
    text = (
        "The company lowered its full-year earnings outlook to a range of $14.58 to $14.78 per "
        "share. This revised guidance triggered a steep 23% plunge in Zorvex shares."
    )
    assert [m["percent"] for m in only(text, "price_move", subject="Zorvex")] == [-23.0]
    assert only(text, "price_level", subject="Zorvex") == []


@pytest.mark.parametrize(
    ("text", "mover", "percent"),
    [
        ("Zorvex posted the sharpest decline of the day with a 9.5% drop.", "Zorvex", -9.5),
        ("Zorvex led the gainers with a 7% rise.", "Zorvex", 7.0),
        ("Zorvex was the top gainer, with a 7% rise.", "Zorvex", 7.0),
        ("Zorvex topped the losers list with a 9.5% fall.", "Zorvex", -9.5),
    ],
)
def test_a_wrap_s_leader_with_its_move_told_as_a_noun(
    text: str, mover: str, percent: float
) -> None:
    moves = only(text, "price_move", subject="BIST100")
    assert [(m["subject"], m["percent"]) for m in moves] == [(mover, percent)]


def test_a_sector_followed_by_another_with_its_move_is_no_first_sector_s() -> None:
    text = (
        "Financials led the charge with a 2.6-percent jump, followed by industrial with a "
        "1.41-percent gain."
    )
    assert [(m["subject"], m["percent"]) for m in only(text, "price_move", subject="PSEI")] == [
        ("Financials", 2.6)
    ]


def test_a_ticker_table_s_rows_in_the_unit_of_its_header_on_its_lead_s_day() -> None:
    text = (
        "Zorvia bourse update\n\nBelow is a summary of how shares exchanged hands by close of "
        "business yesterday:\nTOP GAINERS\nSYMBOL VALUE (ZWG cents) CHANGE\n"
        "QLN.zw 5686.7500 +15.00%▲\nBRV.zw 472.7000 +14.98%▲\nTOP LOSERS\n"
        "HLV.zw 55.2000 -14.98%▼"
    )
    moves = only(text, "price_move", published="2024-09-13")
    levels = only(text, "price_level", published="2024-09-13")
    assert [(m["subject"], m["percent"], m["start"]) for m in moves] == [
        ("QLN.zw", 15.0, dt.date(2024, 9, 12)),
        ("BRV.zw", 14.98, dt.date(2024, 9, 12)),
        ("HLV.zw", -14.98, dt.date(2024, 9, 12)),
    ]
    assert [(lv["price"], lv["currency"]) for lv in levels] == [
        (56.8675, "ZWG"), (4.727, "ZWG"), (0.552, "ZWG"),
    ]  # fmt: skip
