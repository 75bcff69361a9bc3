"""Modality: what happened, what analysts expect, what the company guides, what it plans."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.helpers import only
from timeline.extract.modality import modality_of


def _at(text: str, figure: str) -> tuple[int, int]:
    start = text.index(figure)
    return start, start + len(figure)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        ("Quarterly revenue rose 12% to $4.1 billion.", "$4.1 billion", "actual"),
        (
            "Globex invests, as it aims for revenue of $48 billion by 2035.",
            "$48 billion",
            "guidance",
        ),
        ("Globex targets annual sales of $9 billion.", "$9 billion", "guidance"),
        ("Globex's price target is $9.", "$9", "actual"),
        ("Globex posted EPS of $1.02, beating estimates of $0.95.", "$1.02", "actual"),
        ("Globex posted EPS of $1.02, beating estimates of $0.95.", "$0.95", "estimate"),
        ("EPS was $1.02, slightly beating the forecast of $0.95.", "$0.95", "estimate"),
        (
            "Revenue was $4.1 billion, missing the market's projection of $4.3bn.",
            "$4.3bn",
            "estimate",
        ),
        (
            "Sales were $4.1 billion, surpassing the consensus of $3.9 billion.",
            "$3.9 billion",
            "estimate",
        ),
        ("Its market value surpassed $200 billion.", "$200 billion", "actual"),
        ("Sales came in at €2.3bn versus €2.2bn expected.", "€2.3bn", "actual"),
        ("Sales came in at €2.3bn versus €2.2bn expected.", "€2.2bn", "estimate"),
        ("Analysts polled by LSEG expect revenue of $9.8 billion.", "$9.8 billion", "estimate"),
        ("The company is expected to report earnings of $2.10 a share.", "$2.10", "estimate"),
        ("Morgan Stanley expects services revenue to rise 11%.", "11%", "estimate"),
        ("Wall Street had forecast a profit of ¥80 billion.", "¥80 billion", "estimate"),
        ("The consensus estimate for full-year EPS is $6.40.", "$6.40", "estimate"),
        ("The company expects revenue of $5 billion to $5.2 billion.", "$5 billion", "guidance"),
        ("Globex now sees 2026 sales growing 4% to 6%.", "4%", "guidance"),
        ("It raised its full-year forecast to $3.30 a share.", "$3.30", "guidance"),
        ("Management guided to an operating margin of 18%.", "18%", "guidance"),
        ("Its outlook calls for revenue of Rs 9,000 crore.", "Rs 9,000 crore", "guidance"),
        ("The group plans to spend $2 billion on new plants.", "$2 billion", "plan"),
        ("The tablet will go on sale at $399.", "$399", "plan"),
        ("Net profit fell 8% but the company expects a rebound of 5%.", "8%", "actual"),
        ("Net profit fell 8% but the company expects a rebound of 5%.", "5%", "guidance"),
    ],
)
def test_modality_of_a_figure(text: str, figure: str, expected: str) -> None:
    assert modality_of(text, *_at(text, figure), company="GBX") == expected


def test_kpis_keep_estimates_and_guidance_with_their_modality() -> None:
    text = (
        "Acme reported revenue of $6.31 billion, compared with $6.28 billion expected. "
        "The company expects revenue of $6.6 billion next quarter."
    )
    found = {(k["value"], k["modality"]) for k in only(text, "financial_kpi")}
    assert found == {(6.31e9, "actual"), (6.28e9, "estimate"), (6.6e9, "guidance")}


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # the quarter to come
        ("Acme expects fourth-quarter revenue of $4.4 billion.", dt.date(2025, 10, 1)),
        ("Analysts expect first-quarter revenue of $4.1 billion.", dt.date(2026, 1, 1)),
        # the quarter just reported
        ("Analysts had expected third-quarter revenue of $4.3 billion.", dt.date(2025, 7, 1)),
    ],
)
def test_an_estimate_of_a_quarter_without_its_year(text: str, start: dt.date) -> None:
    [kpi] = only(text, "financial_kpi", published="2025-10-29")
    assert (kpi["start"], kpi["precision"]) == (start, "quarter")


@pytest.mark.parametrize(
    ("sentence", "product"),
    [
        ("The Orbit 3 will be released on June 5, 2025, priced at $450.", "Orbit 3"),
        ("Acme plans to launch its Vega X tablet in September.", "Vega X"),
        ("The Nova Pro is set to go on sale on March 3, 2025.", "Nova Pro"),
        # a company looking forward to a launch has not made it
        (
            'Quillon said it "looks forward to introducing the Nova Brew to more cafes".',
            "Nova Brew",
        ),
        ("Zorvex is looking forward to releasing the Lumen X5 in Japan.", "Lumen X5"),
    ],
)
def test_a_planned_launch_is_a_plan(sentence: str, product: str) -> None:
    launches = only(sentence, "product_launch")
    assert [(e["product"].startswith(product), e["modality"]) for e in launches] == [(True, "plan")]


def test_a_launch_that_analysts_expect_is_no_event() -> None:
    assert only("Analysts expect Acme to launch the Vega X in September.", "product_launch") == []


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # the estimates a figure beat or missed are the verb's object: the figure is the actual
        ("Revenue missed estimates at $459 million, down 16%.", "$459 million", "actual"),
        ("Sales topped analysts' expectations at €3.2bn.", "€3.2bn", "actual"),
        ("Zorvex beat consensus, with EPS at $1.12.", "$1.12", "actual"),
        ("Revenue of $2.1 billion missed estimates of $2.3 billion.", "$2.3 billion", "estimate"),
        ("Zorvex beat the consensus forecast of $0.95 a share.", "$0.95", "estimate"),
        # a past "saw" is what happened; a present "sees" is the company's outlook
        ("Quillon saw net income grow 38 percent to $1.8 billion.", "38 percent", "actual"),
        ("Zorvex's retail arm saw same-store sales rise 4.0%.", "4.0%", "actual"),
        ("Quillon sees net income growing 10% next year.", "10%", "guidance"),
        # bare expectations, a branded estimate and a figure "estimated at" are estimates
        (
            "Profit was $10.6 billion, versus expectations of $10.2 billion.",
            "$10.2 billion",
            "estimate",
        ),
        ("That compares with a 3.5 trillion won SmartEstimate.", "3.5 trillion won", "estimate"),
        ("Fourth-quarter revenue is estimated at €270 million.", "€270 million", "estimate"),
        # a broker the entity table does not know, by the words of its name
        (
            "Sangsangin Investment & Securities forecasts a profit of 6.2 trillion won.",
            "6.2 trillion won",
            "estimate",
        ),
        ("Kowloon Research predicts revenue of HK$9 billion.", "HK$9 billion", "estimate"),
        ("Zorvex Motors forecasts revenue of $9 billion.", "$9 billion", "guidance"),
    ],
)
def test_modality_of_a_figure_beside_its_estimate(text: str, figure: str, expected: str) -> None:
    assert modality_of(text, *_at(text, figure), company="Zorvex Motors") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Zorvex aims to achieve revenue of $3.9 billion next year.",
        "Quillon plans to reach $1 billion in sales in India by 2030.",
        "Zorvex said revenue would expand to more than $7 billion this year.",
    ],
)
def test_a_kpi_the_company_aims_at_is_guidance(text: str) -> None:
    assert {k["modality"] for k in only(text, "financial_kpi")} == {"guidance"}


_FELL_SHORT = (
    "Zorvex's third-quarter sales outlook of €2.1 billion fell short of analysts' average "
    "estimate of €2.3 billion."
)
_MARKET_FORECASTS = (
    "Halvorsen posted net profit of ₹410 crore, falling short of market forecasts, which had "
    "predicted ₹455 crore."
)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (_FELL_SHORT, "€2.1 billion", "guidance"),
        (_FELL_SHORT, "€2.3 billion", "estimate"),
        (_MARKET_FORECASTS, "₹410 crore", "actual"),
        (_MARKET_FORECASTS, "₹455 crore", "estimate"),
        (
            "Kestrel Mining's guidance of A$610 million falls short of the market projections "
            "of A$650 million.",
            "A$650 million",
            "estimate",
        ),
    ],
)
def test_what_a_figure_fell_short_of_and_the_markets_forecasts_are_estimates(
    text: str, figure: str, expected: str
) -> None:
    assert modality_of(text, *_at(text, figure), company="HALV") == expected


_TWO_FIGURES = (
    "The company reported third-quarter earnings per share of $2.45, beating the consensus "
    "estimate of $2.23 per share, and revenue of $52.86 billion, versus the analyst "
    "expectation of $51.02 billion."
)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # an expectation's own figure is the estimate; the next figure told anew is actual
        (_TWO_FIGURES, "$2.45", "actual"),
        (_TWO_FIGURES, "$2.23", "estimate"),
        (_TWO_FIGURES, "$52.86 billion", "actual"),
        (_TWO_FIGURES, "$51.02 billion", "estimate"),
        (
            "Net income beat the average forecast of ₹410 crore, while sales were ₹2,100 crore.",
            "₹2,100 crore",
            "actual",
        ),
        # a list of estimates stays estimates
        (
            "The consensus estimate was $1.10 a share and $5 billion in revenue.",
            "$5 billion",
            "estimate",
        ),
        (
            "Analysts had expected EPS of $1.10, and revenue of $5 billion.",
            "$5 billion",
            "estimate",
        ),
        # a new clause after the expectation's own figure, with its own verb
        (
            "Though below the analyst expectation of $0.65, revenue reached $1.17 billion, up "
            "from $1.08 billion a year earlier.",
            "$1.17 billion",
            "actual",
        ),
        (
            "Though below the analyst expectation of $0.65, revenue reached $1.17 billion, up "
            "from $1.08 billion a year earlier.",
            "$1.08 billion",
            "actual",
        ),
        (
            "EPS topped the consensus estimate of ¥41, and sales were ¥900 billion, up from ¥850 "
            "billion.",
            "¥850",
            "actual",
        ),
        (
            "Zorvex missed the consensus forecast of €2.10, its margin came in at 11.2%.",
            "€2.10",
            "estimate",
        ),
        (
            "The consensus estimates were €2.10 a share, €5 billion in sales.",
            "€5 billion",
            "estimate",
        ),
    ],
)
def test_an_expectation_governs_its_own_figure_not_the_next_one_told(
    text: str, figure: str, expected: str
) -> None:
    assert modality_of(text, *_at(text, figure), company="ZRVX") == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        (
            "The forecast EBIT of €560 million is below analysts' estimates of €693 million.",
            "€693",
            "estimate",
        ),
        (
            "The forecast EBIT of €560 million is below analysts' estimates of €693 million.",
            "€560",
            "guidance",
        ),
        (
            "Zorvex expects revenue of $6.3 billion, above the consensus estimate of $6.1 billion.",
            "$6.1",
            "estimate",
        ),
        (
            "Zorvex expects revenue of $6.3 billion, above the consensus estimate of $6.1 billion.",
            "$6.3",
            "guidance",
        ),
        ("Analysts expect revenue of $6.3 billion.", "$6.3", "estimate"),
    ],
)
def test_the_expectation_nearer_the_figure_is_its_own(
    text: str, figure: str, expected: str
) -> None:
    at = text.index(figure)
    assert modality_of(text, at, at + len(figure) + 8, "Zorvex") == expected


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # the figures after "beat forecasts for profit" are what beat them
        (
            "WestJet beat forecasts for profit and revenue as it posted a net profit of "
            "$51.8 million.",
            "$51.8 million",
            "actual",
        ),
        (
            "Zorvex topped estimates for sales, reporting revenue of $3 billion.",
            "$3 billion",
            "actual",
        ),
        # the estimate's own figure
        ("EPS beat forecasts of $2.04.", "$2.04", "estimate"),
        ("Revenue topped analysts' estimates of $4.1 billion.", "$4.1 billion", "estimate"),
    ],
)
def test_beaten_forecasts_for_a_metric_leave_the_figures_after_actual(
    text: str, figure: str, expected: str
) -> None:
    at = text.index(figure)
    assert modality_of(text, at, at + len(figure)) == expected
