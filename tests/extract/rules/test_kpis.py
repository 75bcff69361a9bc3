from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.helpers import only
from timeline.articles import Article
from timeline.extract import RuleExtractor


def kpis(text: str, published: str = "2025-11-20") -> list[tuple[object, ...]]:
    return [
        (g["metric"], g["segment"], g["value"], g["unit"], g["basis"], g["start"], g["precision"])
        for g in only(text, "financial_kpi", published=published)
    ]


Q3 = dt.date(2025, 7, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cloud revenue grew 34% year-over-year in the quarter ending in September.",
            [("revenue", "cloud", 34.0, "percent", "yoy", Q3, "quarter")],
        ),
        (
            "Revenue for the third quarter rose 15% year-on-year to 192.9 billion yuan.",
            [
                ("revenue", None, 15.0, "percent", "yoy", Q3, "quarter"),
                ("revenue", None, 192.9e9, "CNY", None, Q3, "quarter"),
            ],
        ),
        (
            "Adjusted EBITA for the September quarter plummeted by 78% compared to the previous quarter.",
            [("adjusted_ebita", None, -78.0, "percent", "qoq", Q3, "quarter")],
        ),
        (
            "Games revenue climbed 15%, while advertising revenue jumped 21%.",
            [
                ("revenue", "gaming", 15.0, "percent", "change", None, "unknown"),
                ("revenue", "advertising", 21.0, "percent", "change", None, "unknown"),
            ],
        ),
        (
            "The unit holds a 36% market share in China.",
            [("market_share", None, 36.0, "percent", None, None, "unknown")],
        ),
        (
            "The carmaker delivered 336,681 vehicles in the third quarter, down 13% from a year earlier.",
            [
                ("deliveries", None, 336681.0, "vehicles", None, Q3, "quarter"),
                ("deliveries", None, -13.0, "percent", "yoy", Q3, "quarter"),
            ],
        ),
        (
            "Total revenue reached $8.1 billion, beating estimates by $200 million.",
            [("revenue", None, 8.1e9, "USD", None, None, "unknown")],
        ),
        (
            "The carrier flew 12.4 million passengers in the third quarter, up 6% from a year earlier.",
            [
                ("passengers", None, 12.4e6, "passengers", None, Q3, "quarter"),
                ("passengers", None, 6.0, "percent", "yoy", Q3, "quarter"),
            ],
        ),
        (
            "Its order book rose 12% to £3.4 billion in the third quarter.",
            [
                ("backlog", None, 12.0, "percent", "change", Q3, "quarter"),
                ("backlog", None, 3.4e9, "GBP", None, Q3, "quarter"),
            ],
        ),
        (
            "Zorvia Air's EBITDAR rose 9% to €1.3 billion in the third quarter.",
            [
                ("ebitdar", None, 9.0, "percent", "change", Q3, "quarter"),
                ("ebitdar", None, 1.3e9, "EUR", None, Q3, "quarter"),
            ],
        ),
    ],
)
def test_kpis(text: str, expected: list[tuple[object, ...]]) -> None:
    assert kpis(text) == expected


def test_the_segment_and_metric_carry_to_the_next_sentence() -> None:
    text = (
        "The cloud unit is the engine of growth. For the quarter ending in September, revenue "
        "soared by 34%. This figure is up from the 26% growth recorded in the preceding quarter."
    )
    got = kpis(text, published="2025-12-06")
    assert [(g[1], g[2], g[5]) for g in got] == [
        ("cloud", 34.0, Q3),
        ("cloud", 26.0, dt.date(2025, 4, 1)),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Analysts forecast revenue growth of 20% next year.",
        "Acme shares rose 5% after revenue topped estimates.",
        "The market for wearables is expected to grow 30%.",
    ],
)
def test_not_actual_kpis(text: str) -> None:
    actuals = [
        k
        for k in only(text, "financial_kpi")
        if k["modality"] == "actual" and k["unit"] == "percent" and k["value"] in (20.0, 30.0, 5.0)
    ]
    assert actuals == []


def test_an_analysts_forecast_is_an_estimate_of_its_period() -> None:
    (got,) = only("Analysts forecast revenue growth of 20% next year.", "financial_kpi")
    assert (got["value"], got["modality"], got["start"].year) == (20.0, "estimate", 2026)


@pytest.mark.parametrize(
    "text",
    [
        "Nifty 50 ends higher as banks gain\nThe Nifty 50 closed 0.4% higher on Tuesday. "
        "Net profit at lenders rose 12% in the quarter.",
        "Hang Seng Index slips as developers fall\nThe Hang Seng Index slipped 1.1% on Monday. "
        "Sales at mainland developers fell 20% in May, to 300 billion yuan.",
        "S&P 500 edges up\nThe S&P 500 rose 0.3% on Friday. "
        "Revenue of its members grew 5% year-over-year.",
    ],
)
def test_an_index_has_no_kpis(text: str) -> None:
    article = Article.from_text(text, published="2025-06-13")
    assert [e for e in RuleExtractor().extract(article) if e.kind == "financial_kpi"] == []


def test_a_company_beside_an_index_keeps_its_kpis() -> None:
    text = (
        "Zorvex Corp posts record quarter\nZorvex Corp said revenue rose 12% in the quarter. "
        "The S&P 500 rose 0.3% on Friday."
    )
    article = Article.from_text(text, published="2025-06-13")
    got = [e for e in RuleExtractor().extract(article) if e.kind == "financial_kpi"]
    assert [(e.subject, e.ev_payload()["value"]) for e in got] == [("Zorvex Corp", 12.0)]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Zorvex's adjusted EPS rose 14% in the quarter.", "adjusted_eps"),
        ("Quillon said non-GAAP earnings per share grew 9% in the year.", "adjusted_eps"),
        ("Quillon's headline earnings per share rose 12% in the half.", "headline_eps"),
        ("Zorvex said HEPS fell 4% to 310 cents.", "headline_eps"),
        ("Zorvex's earnings per share rose 6% in the quarter.", "eps"),
        ("Adjusted net profit rose 20% to 1.2 billion euros.", "adjusted_net_income"),
        ("Zorvex's pre-tax profit climbed 8% to 3.4 billion yen.", "pretax_profit"),
        ("Profit before tax fell 5% to £410 million.", "pretax_profit"),
        ("Adjusted pretax profit rose 6% to £1.1 billion.", "adjusted_pretax_profit"),
        ("Ordinary profit rose 31% to 52 billion yen.", "ordinary_profit"),
        ("Quillon's gross profit rose 11% to $640 million.", "gross_profit"),
        ("Net interest income rose 4% to 2.1 billion ringgit.", "net_interest_income"),
        ("The order backlog grew 7% to a record $21 billion.", "backlog"),
        ("Net profit rose 10% to $2 billion.", "net_income"),
        ("Net bookings rose 10% to $2 billion.", "bookings"),
    ],
)
def test_the_metric_is_named_as_the_text_names_it(text: str, metric: str) -> None:
    assert {g[0] for g in kpis(text)} == {metric}


def test_a_share_price_move_is_no_kpi() -> None:
    assert kpis("Zorvex shares rose 5% after revenue topped estimates.") == []


@pytest.mark.parametrize(
    ("text", "segment"),
    [
        ("Total fuel gross profit at Zorvex increased 1.1% to $312.3 million.", "fuel"),
        ("Quillon said sales of its cargo business fell 51% to 915 billion won.", "cargo"),
        ("Revenue from the company's lending division rose 8% to $2 billion.", "lending"),
        ("A 33.6% growth in data revenue offset weaker voice sales.", "data"),
        ("Zorvex's commodity derivatives revenue rose 24.7%.", "commodity derivatives"),
        ("Zorvex said commodity derivatives revenue rose 24.7%.", None),
        ("Premium subscribers at Quillon rose 11% to 263 million.", None),
        ("Total revenue rose 12% to $4.1 billion.", None),
        ("Zorvex said quarterly revenue rose 12% to $4.1 billion.", None),
        ("The used-car dealer said revenue rose 9% to $1.1 billion.", None),
        ("Third-quarter revenue rose 7% to €6.4 billion.", None),
        ("Analysts expect revenue of $6.3 billion.", None),
        ("Growth came from the Kenyan unit, where service revenue grew by 12.9 per cent.", None),
        ("It gained in Asia, where cloud revenue rose 30% to $2 billion.", "cloud"),
    ],
)
def test_a_segment_as_the_text_writes_it(text: str, segment: str | None) -> None:
    assert {g[1] for g in kpis(text)} == {segment}


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Zorvex reported a net profit of 3.29 billion kronor ($305 million).", {3.29e9}),
        ("Net profit reached 424.5 billion won (US$319.3 million) at Quillon.", {424.5e9}),
        ("Quillon's revenue was €19.08 billion (about $20.8 billion).", {19.08e9}),
        ("Operating profit rose to 475.6 billion won (approximately $365.8 million).", {475.6e9}),
        ("Revenue rose to $4.1 billion from $3.6 billion.", {4.1e9, 3.6e9}),
        (
            "Revenue was $4.1 billion, and net bookings (a new metric) were $3.6 billion.",
            {4.1e9, 3.6e9},
        ),
    ],
)
def test_a_figure_in_another_currency_is_no_second_figure(text: str, values: set[float]) -> None:
    assert {g[2] for g in kpis(text) if g[3] != "percent"} == values


@pytest.mark.parametrize(
    "text",
    [
        "Turnover was Rs. 8.1 billion on more than 276.3 million shares traded.",
        "The market turnover reached 9.19 billion rupees on Tuesday.",
        "Equity turnover surged by 28.2% to KES 477.82 million.",
        "Total value turnover was slightly lower at P5.81 billion.",
        "Zorvex topped trades, posting a turnover of Ksh230.2 million in the session.",
        "Dravia jumped 6.2% to Ft 25,000 on heavy turnover of Ft 26.5 billion.",
        "Orvelle slid 3% to 41.20 zlotys on thin turnover of 12 million zlotys.",
        "The stock closed up 4% on brisk turnover of $48 million.",
    ],
)
def test_a_markets_turnover_is_no_revenue(text: str) -> None:
    assert kpis(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Quillon delivered turnover of 7.9 billion euros in 2023.",
        "Quillon's margin improved on higher turnover of 7.9 billion euros in 2023.",
    ],
)
def test_a_companys_turnover_is_its_revenue(text: str) -> None:
    assert [(g[0], g[2]) for g in kpis(text)] == [("revenue", 7.9e9)]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Zorvex's revenue grew 16%, with net margins swelling by 5.5 percentage points.", {16.0}),
        ("Quillon's gross margin rose 2.1 pct points to 45%.", {45.0}),
        ("Revenue rose 4 % points faster than costs, up 9% in all.", {9.0}),
        ("Revenue rose 9% while costs rose 4%.", {9.0}),  # the costs' rate is no revenue's
    ],
)
def test_a_change_in_points_is_no_rate(text: str, values: set[float]) -> None:
    assert {g[2] for g in kpis(text)} == values


def test_the_word_segment_is_no_part_of_the_segments_name() -> None:
    [kpi] = only("Zorvex said its cloud segment revenue grew 34% in the quarter.", "financial_kpi")
    assert (kpi["segment"], kpi["value"]) == ("cloud", 34.0)


def _per_share(text: str) -> list[tuple[object, ...]]:
    return [
        (g["metric"], g["value"], g["unit"], g["modality"])
        for g in only(text, "financial_kpi")
        if g["unit"] != "percent"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zorvex reported adjusted earnings of 13 cents per share for the quarter.",
            [("adjusted_eps", 0.13, "USD", "actual")],
        ),
        (
            "Quillon posted diluted EPS of $1.85 in the third quarter.",
            [("eps", 1.85, "USD", "actual")],
        ),
        (
            "Earnings per share rose to 323.9 pence for the year.",
            [("eps", 323.9, "GBX", "actual")],
        ),
        (
            "Zorvex's reported EPS for the quarter was a loss of 6 cents.",
            [("eps", -0.06, "USD", "actual")],
        ),
        (
            "Quillon declared a dividend of €0.65 per share.",
            [("dividend_per_share", 0.65, "EUR", "actual")],
        ),
        (
            "It also declared a SAR 0.33 per share dividend.",
            [("dividend_per_share", 0.33, "SAR", "actual")],
        ),
        (
            "Analysts expect earnings per share of $0.61 for the quarter.",
            [("eps", 0.61, "USD", "estimate")],
        ),
        (
            "The net income per diluted share climbed to $0.62.",
            [("eps", 0.62, "USD", "actual")],
        ),
        (
            "Net profit per basic share was 45 cents, and net income was $12 million.",
            [("eps", 0.45, "USD", "actual"), ("net_income", 12e6, "USD", "actual")],
        ),
        (
            "Quillon's earnings per diluted share reached ₹18.40.",
            [("eps", 18.4, "INR", "actual")],
        ),
        (
            "Zorvex reported adjusted profit per share of 3 cents.",
            [("adjusted_eps", 0.03, "USD", "actual")],
        ),
    ],
)
def test_a_per_share_figure_is_read_at_any_size(text: str, expected: list[object]) -> None:
    assert _per_share(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a company's total, not its per-share figure
        "Quillon paid nearly P11 billion in cash dividends, or P9 per share.",
        # a distance to the estimate, not a figure of its own
        "Zorvex reported adjusted EPS of 18 cents, which was 5 cents worse than estimates.",
        "Quillon's EPS of $3.86 missed the consensus estimate of $3.95 by ($0.09).",
    ],
)
def test_a_per_share_figure_is_not_a_total_or_a_margin(text: str) -> None:
    values = [v for _, v, _, _ in _per_share(text)]
    assert not {11e9, 0.05, 0.09} & set(values)
    assert values  # the figure itself is still read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zorvex reported a net loss of $39 million for the quarter.", -39e6),
        ("Quillon posted a loss after tax of £461m last year.", -461e6),
        ("The company reported a quarterly loss of $78 million.", -78e6),
        ("That brought its net annual losses to $5.4 billion.", -5.4e9),
        ("Zorvex's profit swung to a loss of 12 million euros.", -12e6),
        ("Quillon posted Q4 earnings of SAR 87.3 billion, down 15% year-on-year.", 87.3e9),
        ("Net earnings rose to $35 million in the quarter.", 35e6),
    ],
)
def test_a_loss_is_a_negative_net_income_and_earnings_of_money_a_net_income(
    text: str, expected: float
) -> None:
    assert [g[2] for g in kpis(text) if g[0] == "net_income" and g[3] != "percent"] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Zorvex has a market capitalization of $118.58 billion and a price-to-earnings ratio of 18.",
        "The bank booked a net loan loss charge of €85 million for the half.",
        "Quillon reported earnings of 13 cents a share.",  # a per-share figure, not the total
    ],
)
def test_no_net_income_where_none_is_told(text: str) -> None:
    assert [g for g in kpis(text) if g[0] == "net_income"] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Zorvex has a market capitalization of $84.87 billion.", 84.87e9),
        ("Quillon's market cap reached $13.31 billion on Friday.", 13.31e9),
        ("That gives Zorvex a market capitalisation of RON 54 billion.", 54e9),
        ("The market valuation of Quillon stands at $12.18 million.", 12.18e6),
    ],
)
def test_a_market_capitalisation_is_a_kpi(text: str, value: float) -> None:
    assert [g[2] for g in kpis(text) if g[0] == "market_cap"] == [value]


@pytest.mark.parametrize(
    "subject", ["Zorvex Composite Index", "The Quillon All-Share index", "Zorvex Share Index"]
)
def test_an_index_no_table_knows_has_no_kpis(subject: str) -> None:
    text = "Market capitalisation rose by 0.37 percent to close at N70.894 trillion."
    assert only(text, "financial_kpi", subject=subject) == []


@pytest.mark.parametrize(
    "text",
    [
        "The total turnover of the market for the half-day was HKD 134.768 billion.",
        "Turnover on the main board reached 41.2 billion ringgit.",
    ],
)
def test_a_markets_turnover_is_no_companys_revenue(text: str) -> None:
    assert kpis(text) == []


@pytest.mark.parametrize(
    ("text", "value", "basis"),
    [
        ("Operating profit tumbled 38 percent to 520.3 billion won.", -38.0, "change"),
        ("The builder's operating profit ballooned 32 per cent to €150m.", 32.0, "change"),
        ("Zorvex has seen operating profit slump 4.8%.", -4.8, "change"),
        ("Revenue in the truckload unit dipped 0.6% y/y to $532 million.", -0.6, "yoy"),
        ("Quillon's revenue skyrocketed 41% year-on-year.", 41.0, "yoy"),
    ],
)
def test_a_figures_rise_or_fall_is_read_with_the_move_verbs(
    text: str, value: float, basis: str
) -> None:
    rates = [(g[2], g[4]) for g in kpis(text) if g[3] == "percent"]
    assert rates == [(value, basis)]


def test_a_stock_that_delivered_a_performance_has_no_deliveries() -> None:
    text = "Over the past month, Zorvex's stock delivered an impressive performance, surging 46.8%."
    assert kpis(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Zorvex's cloud division reported a striking 34% year-over-year revenue increase.", 34.0),
        ("Quillon reported a 12% revenue decrease in the quarter.", -12.0),
        ("Zorvex delivered 1,812 vehicles in May, up 9%.", 9.0),
    ],
)
def test_an_increase_or_a_decrease_named_after_its_figure_signs_it(text: str, value: float) -> None:
    assert [g[2] for g in kpis(text) if g[3] == "percent"] == [value]


def test_a_market_capitalisation_takes_no_rate_of_the_shares() -> None:
    text = (
        "With a market capitalisation of Rs 8,045 crore, the shares of the infrastructure "
        "developer moved up by 1.4 percent."
    )
    assert kpis(text) == [("market_cap", None, 80.45e9, "INR", None, None, "unknown")]


@pytest.mark.parametrize(
    ("text", "basis"),
    [
        ("Operating profit rose 1,242 percent on-year to 7 trillion won.", "yoy"),
        ("Quarterly revenue rose 8 percent on year.", "yoy"),
        ("Operating profit fell 12 percent on-quarter.", "qoq"),
    ],
)
def test_a_change_on_year_or_on_quarter(text: str, basis: str) -> None:
    [change] = [k for k in only(text, "financial_kpi") if k["unit"] == "percent"]
    assert change["basis"] == basis


@pytest.mark.parametrize(
    ("text", "metrics"),
    [
        (
            "Nintendo now expects 1.19 trillion yen in net sales (-7%), 280 billion yen in "
            "operating profit and 270 billion yen in net profit for the year.",
            [("revenue", 1.19e12), ("operating_income", 2.8e11), ("net_income", 2.7e11)],
        ),
        (
            "Zorvex posted $7.3 billion in sales and $1.1 billion in net income for the quarter.",
            [("revenue", 7.3e9), ("net_income", 1.1e9)],
        ),
        (
            "Halvorsen reported Rs 1,200 crore in net profit and Rs 9,800 crore in revenue in "
            "the December quarter.",
            [("net_income", 1.2e10), ("revenue", 9.8e10)],
        ),
    ],
)
def test_a_figure_belongs_to_the_metric_named_after_it_by_in(
    text: str, metrics: list[tuple[str, float]]
) -> None:
    got = [(k["metric"], k["value"]) for k in only(text, "financial_kpi")]
    assert got == metrics


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Kestrel Mining has around 900 employees and a market worth around A$1.2B.", 1.2e9),
        ("Halvorsen, with a market worth of $820 million, rose 3%.", 8.2e8),
    ],
)
def test_a_market_worth_is_the_market_capitalisation(text: str, value: float) -> None:
    got = [(k["metric"], k["value"]) for k in only(text, "financial_kpi")]
    assert got == [("market_cap", value)]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Swedish group Kraglund said net sales fell 15% to 53.3 billion crowns.", "SEK"),
        ("The Norwegian salmon farmer Velmar said revenue rose to 6.1 billion crowns.", "NOK"),
        ("Czech utility Ostrava Energie said revenue reached 82 billion crowns.", "CZK"),
        # two crown-paying peoples: the default reading stays
        (
            "Danish and Swedish peers lagged as Velmar said revenue rose to 6.1 billion crowns.",
            "DKK",
        ),
        # a market's own cue says whose crowns: it wins over a people named in passing
        (
            "On the Oslo Stock Exchange, the Oslo Stock Exchange's Danish-owned Velmar said "
            "revenue rose to 6.1 billion crowns.",
            "NOK",
        ),
    ],
)
def test_crowns_are_the_money_of_the_only_crown_paying_people_named(text: str, unit: str) -> None:
    [got] = [g for g in only(text, "financial_kpi", subject="Kraglund") if g["unit"] != "percent"]
    assert got["unit"] == unit


@pytest.mark.parametrize(
    "text",
    [
        "Acme declared a dividend of GH¢0.175 per share, driving the share price up by 0.15 pesewas.",
        "Acme declared a dividend of 20 sen per share, sending the stock price down by 5 sen.",
    ],
)
def test_a_share_price_change_is_no_dividend(text: str) -> None:
    values = [
        k["value"] for k in only(text, "financial_kpi") if k["metric"] == "dividend_per_share"
    ]
    assert len(values) == 1
    assert values[0] in (0.175, 0.2)


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a column's hedged projection after the results is no figure of its own
        ("Zorvex notched Q2 EPS of Rs.21.9, which may lead to FY24 EPS of Rs.90.", [21.9]),
        (
            "Quillon notched Q2 EPS of Rs.20.6, which may lead FY24 EPS of Rs.80 from Rs.39.2 in FY23.",
            [20.6, 39.2],
        ),
        ("The merger could translate into a net profit of $2 billion.", []),
        # what the results did lead to is no hedge
        ("Zorvex reported net profit of $2 billion, which led to a record dividend.", [2e9]),
    ],
)
def test_a_figure_a_result_may_lead_to_is_no_kpi(text: str, values: list[float]) -> None:
    assert [g["value"] for g in only(text, "financial_kpi") if g["unit"] != "percent"] == values


def test_a_results_storys_quarter_dates_its_figures_with_no_period_of_their_own() -> None:
    text = (
        "Zorvia Air released its third-quarter 2025 results on Thursday. "
        "Net income declined 8.2 percent to $640 million. "
        "Revenue rose 5 percent from $2.10 billion a year earlier."
    )
    got = {(g["metric"], g["value"]): (g["start"], g["precision"]) for g in kpis_of(text)}
    assert got[("net_income", -8.2)] == (Q3, "quarter")
    assert got[("net_income", 640e6)] == (Q3, "quarter")
    assert got[("revenue", 5.0)] == (Q3, "quarter")
    # the base of the comparison is not the quarter's figure: the same quarter a year before
    assert got[("revenue", 2.1e9)] == (dt.date(2024, 7, 1), "quarter")


def test_a_half_year_story_does_not_lend_its_quarter_to_its_figures() -> None:
    text = (
        "Quillon Bank's second-quarter profit beat forecasts. "
        "For the first half, net income rose 11 percent to R2.4 billion."
    )
    got = {(g["metric"], g["value"]): g["precision"] for g in kpis_of(text)}
    assert got[("net_income", 11.0)] == "unknown"


def kpis_of(text: str) -> list[dict[str, object]]:
    return only(text, "financial_kpi", published="2025-11-20", subject="UNKNOWN")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zorvex Bank reported a bottom line of C$4.27 billion, or C$3.02 per share, which fell "
            "short of analyst expectations of C$3.20 per share.",
            [
                ("net_income", 4.27e9, "CAD", "actual"),
                ("eps", 3.02, "CAD", "actual"),
                ("eps", 3.2, "CAD", "estimate"),
            ],
        ),
        (
            "Quillon Corp posted net income of $1.2 billion, or $2.10 a diluted share.",
            [("net_income", 1.2e9, "USD", "actual"), ("eps", 2.1, "USD", "actual")],
        ),
        (
            "Tarvo Ltd reported a net loss of $78 million, or 23 cents per share.",
            [("net_income", -78e6, "USD", "actual"), ("eps", -0.23, "USD", "actual")],
        ),
        (
            "Adjusted net income was £310 million, or 41p per share.",
            [
                ("adjusted_net_income", 310e6, "GBP", "actual"),
                ("adjusted_eps", 41.0, "GBX", "actual"),
            ],
        ),
    ],
)
def test_a_profits_figure_per_share_is_its_per_share_metric(
    text: str, expected: list[tuple[object, ...]]
) -> None:
    got = [
        (g["metric"], g["value"], g["unit"], g["modality"])
        for g in only(text, "financial_kpi", published="2025-05-29")
    ]
    assert got == expected


@pytest.mark.parametrize(
    "text",
    [
        # a share price told beside a profit is no profit per share
        "Traders should take profit at N13.5 and keep a stop at N11.",
        "Net profit rose to $1.2 billion while the shares closed at $45.10.",
        # a figure's bottom line in words, no amount
        "The bottom line is that Zorvex Corp needs more cash.",
    ],
)
def test_a_price_beside_a_profit_is_no_profit_per_share(text: str) -> None:
    assert not [g for g in only(text, "financial_kpi") if g["metric"] in ("eps", "adjusted_eps")]


@pytest.mark.parametrize(
    "text",
    [
        "According to a local paper, the total value of the share sales amounted to about "
        "HK$475 million.",
        "Insider stock sales at Zorvex reached $12 million in the quarter.",
        "The founders' stake sales raised EUR 80 million last year.",
    ],
)
def test_a_holders_share_sales_are_no_company_sales(text: str) -> None:
    assert only(text, "financial_kpi") == []


@pytest.mark.parametrize(
    "text",
    [
        "Zorvex's sales rose 12% to $4.5 billion in the quarter.",
        "Net sales of the share registry unit reached $120 million.",
    ],
)
def test_a_companys_sales_are_still_sales(text: str) -> None:
    assert [k["metric"] for k in only(text, "financial_kpi") if k["unit"] != "percent"] == [
        "revenue"
    ]


@pytest.mark.parametrize(
    ("opening", "start", "end"),
    [
        (
            "Marlow Stores reported results for the quarter ended Jan. 31.",
            (2024, 11, 1),
            (2025, 1, 31),
        ),
        (
            "Quillon Cruises posted its figures for the three months ending August 31.",
            (2025, 6, 1),
            (2025, 8, 31),
        ),
        ("Tarvo AB reported a profit for the March-to-May period.", (2025, 3, 1), (2025, 5, 31)),
    ],
)
def test_a_fiscal_quarter_named_dates_the_figures_after_it(
    opening: str, start: tuple[int, int, int], end: tuple[int, int, int]
) -> None:
    text = opening + " Revenue for the period was $327 million, up 14%."
    got = {(g["metric"], g["value"]): (g["start"], g["end"]) for g in kpis_of(text)}
    assert got[("revenue", 327e6)] == (dt.date(*start), dt.date(*end))
    assert got[("revenue", 14.0)] == (dt.date(*start), dt.date(*end))


Q3_2024 = (dt.date(2024, 7, 1), dt.date(2024, 9, 30))


@pytest.mark.parametrize(
    ("sentence", "value", "period"),
    [
        ("Revenue rose 5 percent from $2.10 billion a year earlier.", 2.1e9, Q3_2024),
        (
            "Net profit was ¥52 billion, compared with ¥61 billion in the same period last year.",
            61e9,
            Q3_2024,
        ),
        (
            "Sales rose 4% on-year to 3.9 trillion won from last year's 3.7 trillion won.",
            3.7e12,
            Q3_2024,
        ),
        ("It had reported a net profit of ₹229.4 crore in the year-ago period.", 2.294e9, Q3_2024),
        (
            "Net income was $90 million, down from a profit of $133.4 million, or $1.63 per share, a year earlier.",
            133.4e6,
            Q3_2024,
        ),
        (
            "Net income was $90 million, down from a profit of $133.4 million, or $1.63 per share, a year earlier.",
            1.63,
            Q3_2024,
        ),
        (
            "Net income rose 18% to Rs 40 crore from Rs 34 crore in the previous June quarter.",
            3.4e8,
            (dt.date(2025, 4, 1), dt.date(2025, 6, 30)),
        ),
        (
            "Operating profit rose to €150m (£124m) from €113.4m (£94m) in 2024.",
            113.4e6,
            (dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
        ),
        (
            "Net profit reached COP332bn, compared to COP190bn in the same period of 2023.",
            190e9,
            (dt.date(2023, 7, 1), dt.date(2023, 9, 30)),
        ),
        # the figure compared is the quarter's own
        ("Revenue rose 7.5% to $5.81 billion from a year ago.", 5.81e9, (Q3, dt.date(2025, 9, 30))),
        (
            "Net income was $90 million, down from a profit of $133.4 million a year earlier.",
            90e6,
            (Q3, dt.date(2025, 9, 30)),
        ),
        # a base of no period told is not the quarter's
        ("Net income rose to $640 million from $600 million.", 600e6, (None, None)),
    ],
)
def test_the_base_of_a_comparison_is_the_period_it_is_told_of(
    sentence: str, value: float, period: tuple[dt.date | None, dt.date | None]
) -> None:
    text = "Zorvia Air released its third-quarter 2025 results on Thursday. " + sentence
    got = {g["value"]: (g["start"], g["end"]) for g in kpis_of(text)}
    assert got[value] == period


def test_a_fiscal_quarters_base_a_year_earlier_is_its_fiscal_quarter() -> None:
    text = (
        "Marlow Cruises reported adjusted earnings of 13 cents per share for the quarter ended "
        "February 28, up from 9 cents per share a year earlier."
    )
    got = {
        g["value"]: (g["start"], g["end"])
        for g in only(text, "financial_kpi", published="2025-03-21", subject="UNKNOWN")
    }
    assert got[0.13] == (dt.date(2024, 12, 1), dt.date(2025, 2, 28))
    assert got[0.09] == (dt.date(2023, 12, 1), dt.date(2024, 2, 29))


def test_the_same_quarter_a_year_ago_is_the_named_quarters_though_a_half_is_told() -> None:
    text = (
        "Velmora posted a weak second-quarter report. Profit fell from $35 million in the same "
        "quarter a year ago to $754,000. Management expects the second half to be stronger."
    )
    got = {
        g["value"]: g["start"]
        for g in only(text, "financial_kpi", published="2023-07-28", subject="UNKNOWN")
    }
    assert got[35e6] == dt.date(2022, 4, 1)
    # a half year told is its figures' period, undated: its base is no quarter's
    text = (
        "Velmora's third quarter was strong. Net income fell to P398 million in the first six "
        "months of 2024 from P417 million in the same period last year."
    )
    got = {
        g["value"]: g["start"]
        for g in only(text, "financial_kpi", published="2024-11-16", subject="UNKNOWN")
    }
    assert got[417e6] is None


def test_each_estimate_takes_the_period_told_with_it() -> None:
    text = (
        "Brightwell Research issued estimates for Kestrel's Q4 2025 earnings at $5.02 EPS, "
        "Q2 2026 earnings at $5.62 EPS, FY2026 earnings at $21.55 EPS and FY2027 earnings at "
        "$22.95 EPS."
    )
    got = {g["value"]: (g["start"], g["end"]) for g in kpis_of(text)}
    assert got[5.02] == (dt.date(2025, 10, 1), dt.date(2025, 12, 31))
    assert got[5.62] == (dt.date(2026, 4, 1), dt.date(2026, 6, 30))
    assert got[21.55] == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert got[22.95] == (dt.date(2027, 1, 1), dt.date(2027, 12, 31))


@pytest.mark.parametrize(
    "sentence",
    [
        "Analysts had expected revenue of $5.75 billion.",
        "Revenue beat analysts' expectations of $5.75 billion.",
        "Revenue compared with a $5.75 billion consensus estimate.",
    ],
)
def test_an_estimate_the_results_were_held_against_is_of_the_quarter_reported(
    sentence: str,
) -> None:
    text = "Quillon Cruises reported results for the quarter ended August 31. " + sentence
    (got,) = [g for g in kpis_of(text) if g["value"] == 5.75e9]
    assert (got["modality"], got["start"], got["end"]) == (
        "estimate",
        dt.date(2025, 6, 1),
        dt.date(2025, 8, 31),
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Analysts expect revenue of $5.75 billion.",
        "The consensus now calls for revenue of $5.75 billion.",
    ],
)
def test_an_estimate_still_looked_forward_to_takes_no_reported_quarter(sentence: str) -> None:
    text = "Quillon Cruises reported results for the quarter ended August 31. " + sentence
    (got,) = [g for g in kpis_of(text) if g["value"] == 5.75e9]
    assert got["precision"] == "unknown"


@pytest.mark.parametrize(
    "guidance",
    [
        "Orvale now expects full-year revenue of $84 billion.",
        "For the fiscal year, Orvale now expects revenue of $84 billion.",
        "Orvale sees revenue of $84 billion in the current fiscal year.",
    ],
)
def test_an_article_that_tells_its_fiscal_year_dates_the_years_guidance(guidance: str) -> None:
    text = (
        "Orvale Brands reported a 3% rise in sales. Prices rose 4% for the fiscal year ended "
        "last June 30. " + guidance
    )
    got = {
        g["value"]: (g["start"], g["end"])
        for g in only(text, "financial_kpi", published="2023-01-19")
    }
    assert got[84e9] == (dt.date(2022, 7, 1), dt.date(2023, 6, 30))
    # told nothing of the year's end, the calendar year
    got = {g["value"]: g["start"] for g in only(guidance, "financial_kpi", published="2023-01-19")}
    assert got[84e9] == dt.date(2023, 1, 1)


def test_a_story_of_the_three_and_six_months_ended_is_a_quarters_story() -> None:
    text = (
        "Marlow Stores released its results for the three and six months ending October 31, "
        "2024. Total inside gross profit increased 12.0% to $619.7 million."
    )
    got = {g["value"]: (g["start"], g["end"]) for g in kpis_of(text)}
    assert got[619.7e6] == (dt.date(2024, 8, 1), dt.date(2024, 10, 31))
    # a story of the six months alone lends no quarter
    text = (
        "Marlow Stores released its third-quarter results. For the six months, revenue was "
        "$1.2 billion."
    )
    assert {g["value"]: g["start"] for g in kpis_of(text)}[1.2e9] is None


def test_an_estimate_of_a_quarter_of_an_untold_fiscal_calendar_is_undated() -> None:
    text = (
        "Kestrel Coffee said its earnings per share for the fourth quarter of fiscal year 2024 "
        "was $0.80. Analysts expected revenues of $9.38 billion for the fourth-quarter."
    )
    got = {g["value"]: g["precision"] for g in only(text, "financial_kpi", published="2024-10-23")}
    assert got[0.8] == "unknown"
    assert got[9.38e9] == "unknown"


@pytest.mark.parametrize(
    "text",
    [
        "Zorvex shares rose 5% as revenue beat estimates.",
        "Quillon Bank (NYSE:QBK) fell nearly 20% after the lender missed sales expectations.",
        "Tarnow Mining slid 8% on weak sales.",
        "Zorvex gained 4%, while sales were flat.",
    ],
)
def test_a_move_before_a_metric_in_a_clause_of_its_cause_is_no_kpi(text: str) -> None:
    assert [k for k in only(text, "financial_kpi") if k["unit"] == "percent"] == []


def test_a_metric_right_after_its_percentage_is_still_a_kpi() -> None:
    assert [
        (k["metric"], k["value"])
        for k in only("Zorvex posted 7% revenue growth in the quarter.", "financial_kpi")
    ] == [("revenue", 7.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zorvex posted profits of $124.6 million, or 86¢ per share, in the quarter.",
            {("net_income", 124.6e6), ("eps", 0.86)},
        ),
        (
            "Ad sales rose 42% to $13.04 billion, but costs rose 50% from a year earlier.",
            {("revenue", 42.0), ("revenue", 13.04e9)},
        ),
        (
            "Analysts expect annual profit to rise 3.9%, and volumes to decline by 1.8%.",
            {("net_income", 3.9)},
        ),
        (
            "Cash profit was down 3% to $5,019 million after operating expenses increased 4% to "
            "$6,011 million.",
            {
                ("net_income", -3.0),
                ("net_income", 5019e6),
                ("operating_expenses", 4.0),
                ("operating_expenses", 6011e6),
            },
        ),
    ],
)
def test_a_figure_of_costs_or_volumes_is_no_metric_named_before_it(
    text: str, expected: set[tuple[str, float]]
) -> None:
    assert {(k["metric"], k["value"]) for k in only(text, "financial_kpi")} == expected


def test_a_conjunction_is_no_segment() -> None:
    text = "Revenue rose 9% to $2 billion, whilst operating costs rose 4.3%."
    assert {k["segment"] for k in only(text, "financial_kpi")} == {None}


@pytest.mark.parametrize(
    "sentence",
    [
        "Quillon Pharma announced 1QFY26 EPS of Rs.1.67, up 184% YoY.",  # FY undefined: not Q1 2026
        "Zorvex reported Q1 FY2026 revenue of $1.2 billion.",
    ],
)
def test_a_result_is_never_of_a_period_not_yet_begun(sentence: str) -> None:
    found = only(sentence, "financial_kpi", published="2025-10-24", subject="Zorvex")
    assert found
    assert all(g["start"] is None and g["precision"] == "unknown" for g in found)


def test_a_result_of_a_period_begun_keeps_its_dates() -> None:
    found = only(
        "Zorvex reported Q3 2025 revenue of $1.2 billion.",
        "financial_kpi",
        published="2025-10-24",
        subject="Zorvex",
    )
    assert [(g["start"], g["precision"]) for g in found] == [(dt.date(2025, 7, 1), "quarter")]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Operating profit before tax (EBIT) in 2025 was €520 million.", "ebit"),
        ("Zorvex reported EBIT of €88 million for the quarter.", "ebit"),
        ("Zorvex reported EBITDA of €88 million for the quarter.", "ebitda"),
    ],
)
def test_ebit_is_named_by_its_letters(text: str, metric: str) -> None:
    found = only(text, "financial_kpi", published="2025-11-20", subject="Zorvex")
    assert [g["metric"] for g in found] == [metric]


@pytest.mark.parametrize(
    "text",
    [
        "Zorvex pushed asset sales, with a target of raising R$10-15 billion over 18 months.",
        "Zorvex's share sales raised $2.1 billion.",
    ],
)
def test_asset_or_share_sales_are_no_revenue(text: str) -> None:
    found = only(text, "financial_kpi", published="2025-11-20", subject="Zorvex")
    assert not [g for g in found if g["metric"] == "revenue"]


def test_sales_are_still_revenue() -> None:
    found = only("Zorvex sales rose to $2.1 billion.", "financial_kpi", subject="Zorvex")
    assert [g["metric"] for g in found] == ["revenue"]


@pytest.mark.parametrize(
    "text",
    [
        "The slide wiped about $20 billion off its market capitalisation.",
        "The plunge erased over 70,000 million pesos from the company's market value.",
        "The rally added Rs 8,000 crore to Zorvex's market cap.",
    ],
)
def test_an_amount_off_or_onto_a_market_value_is_no_market_cap(text: str) -> None:
    found = only(text, "financial_kpi", published="2025-11-20", subject="Zorvex")
    assert not [g for g in found if g["metric"] == "market_cap"]


def test_a_market_value_stated_stays() -> None:
    text = "With a market capitalisation of Rs 8,045 crore, Zorvex shares moved up 1.4%."
    found = only(text, "financial_kpi", published="2025-11-20", subject="Zorvex")
    assert [(g["metric"], g["value"]) for g in found] == [("market_cap", 80450000000.0)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # metrics named together by slashes, their figures in the same order
        (
            "Quillon posted 3Q25 revenue/EBITDA of $30.4m/$5.9m.",
            [("revenue", 30_400_000.0), ("ebitda", 5_900_000.0)],
        ),
        (
            "Zorvex Bhd's 3Q25 net profit / revenue came in at RM3.4m / RM25.9m.",
            [("net_income", 3_400_000.0), ("revenue", 25_900_000.0)],
        ),
        (
            "Halvex's 3Q25 net income/EBITDA of €12.1m/€40.2m beat forecasts.",
            [("net_income", 12_100_000.0), ("ebitda", 40_200_000.0)],
        ),
        # a name this rule does not know claims its own figure, which is no other metric's
        (
            "Quillon Trust's 3Q25 revenue/NPI of S$30.4m/S$25.9m were in line.",
            [("revenue", 30_400_000.0)],
        ),
        # ... or in a list, the figures told "respectively"
        (
            "Zorvex's 3Q25 revenue and net profit were $30.4m and $5.9m, respectively.",
            [("revenue", 30_400_000.0), ("net_income", 5_900_000.0)],
        ),
        (
            "Halvex's revenue, EBITDA and net profit came in at €30.4m, €9.1m and €5.9m, "
            "respectively.",
            [("revenue", 30_400_000.0), ("ebitda", 9_100_000.0), ("net_income", 5_900_000.0)],
        ),
        (
            "Quillon Trust's 3Q25 revenue and net property income were S$30.4m and S$25.9m, "
            "respectively.",
            [("revenue", 30_400_000.0)],
        ),
        # companies listed, one metric: each figure the metric's
        (
            "Zorvex and Quillon reported revenue of $30.4m and $25.9m, respectively.",
            [("revenue", 30_400_000.0), ("revenue", 25_900_000.0)],
        ),
        # no metrics slashed: each figure the metric before it
        (
            "Zorvex's 3Q25 revenue was $30.4m, and its net profit was $5.9m.",
            [("revenue", 30_400_000.0), ("net_income", 5_900_000.0)],
        ),
    ],
)
def test_metrics_named_together_take_their_figures_in_order(
    text: str, expected: list[tuple[str, float]]
) -> None:
    assert [(k[0], k[2]) for k in kpis(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a share's target told before the figure is no KPI, whatever metric follows
        ("We lift our target price to US$4.00 to reflect higher EPS estimates.", []),
        ("Target price raised 8% to S$11.70 on higher EPS forecasts.", []),
        ("The broker kept its TP of RM2.15 after trimming its EPS forecast.", []),
        (
            "Quillon's EPS rose to 14 cents, and the broker's price target to $4.00.",
            [("eps", 0.14)],
        ),
        # ... a metric named between them claims its figure
        (
            "Quillon kept its price target, with net profit of $25.2 million.",
            [("net_income", 25.2e6)],
        ),
        # a company's own target, or a company called Target, is no share's target
        ("Target reported revenue of $25.2 billion.", [("revenue", 25.2e9)]),
        ("Zorvex met its revenue target of $1.2 billion.", [("revenue", 1.2e9)]),
    ],
)
def test_a_share_price_target_is_no_kpi(text: str, expected: list[tuple[str, float]]) -> None:
    assert [(k[0], k[2]) for k in kpis(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Adjusted per-share earnings came to $1.49, ahead of the FactSet consensus of $1.26.",
            {("adjusted_eps", 1.49, "actual"), ("adjusted_eps", 1.26, "estimate")},
        ),
        ("Per-share profit rose to 82 cents in the quarter.", {("eps", 0.82, "actual")}),
    ],
)
def test_per_share_earnings_written_before_the_noun(
    text: str, expected: set[tuple[str, float, str]]
) -> None:
    got = {(k["metric"], k["value"], k["modality"]) for k in only(text, "financial_kpi")}
    assert got == expected
    assert only(text, "price_level") == []


@pytest.mark.parametrize(
    "text",
    [
        "The bank now projects adjusted net income of 21 – 25 billion BRL for 2025.",
        "Zorvex expects revenue of 4.1-4.3 billion euros this year.",
        "Quillon sees full-year EBITDA at 800 — 850 million Canadian dollars.",
    ],
)
def test_the_top_of_a_range_is_no_figure(text: str) -> None:
    assert [k["value"] for k in only(text, "financial_kpi")] == []


def test_an_amount_after_a_number_of_another_kind_is_still_a_figure() -> None:
    [kpi] = only("In fiscal 2025 revenue rose to 4.3 billion euros.", "financial_kpi")
    assert kpi["value"] == 4.3e9


@pytest.mark.parametrize(
    "text",
    [
        "Net consolidated income fell 36.8% to 5.8 billion Mexican pesos.",
        "Net attributable profit fell 36.8% to 5.8 billion Mexican pesos.",
    ],
)
def test_net_income_with_a_word_between(text: str) -> None:
    got = {(k["metric"], k["value"], k["unit"]) for k in only(text, "financial_kpi")}
    assert got == {("net_income", -36.8, "percent"), ("net_income", 5.8e9, "MXN")}


def test_a_figure_after_a_base_quarter_keeps_the_story_quarter() -> None:
    text = (
        "Zorvex reported Q3 2025 results on October 28. Revenue is 9.1% above that of Q3 2024. "
        "Net income in the quarter rose to $5.8 million."
    )
    [kpi] = [k for k in only(text, "financial_kpi", published="2025-11-24") if k["value"] == 5.8e6]
    assert (kpi["start"], kpi["end"]) == (dt.date(2025, 7, 1), dt.date(2025, 9, 30))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Zorvex had a net margin of 11.28% in the quarter.", 11.28),
        ("Quillon's net profit margin widened to 7.5%.", 7.5),
    ],
)
def test_a_net_margin_is_its_own_metric(text: str, value: float) -> None:
    got = [(k["metric"], k["value"]) for k in only(text, "financial_kpi")]
    assert got == [("net_margin", value)]
