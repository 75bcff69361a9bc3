from __future__ import annotations

import datetime as dt
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.extract.helpers import only
from timeline.articles import Article
from timeline.extract import Extractor, RuleExtractor
from timeline.extract.core import detect_subject

GENRE_WORDS = st.sampled_from(
    [
        "Shares",
        "rose",
        "fell",
        "4%",
        "$230",
        "to",
        "from",
        "on Friday",
        "Goldman Sachs",
        "upgraded",
        "Buy",
        "Hold",
        "price target",
        "raised",
        "its",
        "stake",
        "1.2 million",
        "shares",
        "Norges Bank",
        "bought",
        "RSI",
        "of",
        "72",
        "revenue",
        "grew",
        "34%",
        "in the third quarter",
        "launched",
        "Orbit",
        "priced from",
        "1,899 yuan",
        ".",
        ",",
        '"',
        "\u201c",
        "consensus",
        "analysts",
        "38",
        "out of",
        "43",
        "the",
        "Inc.",
        "\n",
    ]
)


def _article(text: str) -> Article:
    return Article.from_text(text, published="2025-06-13", subject="ACME")


def test_the_default_extractor_is_an_extractor() -> None:
    assert isinstance(RuleExtractor(), Extractor)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(GENRE_WORDS, max_size=60).map(" ".join))
def test_genre_soup_never_raises_and_spans_match(text: str) -> None:
    article = _article(text)
    for event in RuleExtractor().extract(article):
        assert article.text[event.span_start : event.span_end] == event.quote
        assert event.reported_at == article.published_at


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=2000))
def test_arbitrary_text_never_raises(text: str) -> None:
    article = _article(text)
    for event in RuleExtractor().extract(article):
        assert article.text[event.span_start : event.span_end] == event.quote


def test_empty_binary_looking_and_long_input_return_in_bounded_time() -> None:
    extractor = RuleExtractor()
    for text in ("", "\x00\x01\x02" * 1000, "\ufffd" * 10_000):
        assert extractor.extract(_article(text)) == []
    long = ("Goldman Sachs raised its price target to $230 from $178. " * 2000) + "x" * 100_000
    started = time.perf_counter()
    events = extractor.extract(_article(long))
    assert [e.kind for e in events] == ["price_target"]  # one fact, stated 2,000 times
    assert time.perf_counter() - started < 60  # a generous bound: this guards a hang, not speed


def test_subject_detection_without_a_manifest() -> None:
    art = Article.from_text("Tesla Inc shares rose.\nTesla is a carmaker.", published="2025-01-01")
    assert detect_subject(art) == "TSLA"
    art = Article.from_text("Acme news\nAcme Corp (NYSE: ACME) rose 4%.", published="2025-01-01")
    assert detect_subject(art) == "ACME"


@pytest.mark.parametrize(
    "phrase",
    [
        "Analysts at Kestrel Ventures raised their price target for Quorvane Telecom",
        "Kestrel Ventures analyst Dana Vale raised the price target for Quorvane Telecom",
        "A Kestrel Ventures analyst raised the price target for Quorvane Telecom",
    ],
)
def test_a_broker_taken_for_the_subject_is_decided_again(phrase: str) -> None:
    text = (
        f"Kestrel Ventures sees more upside\n\n{phrase} to EUR 12.50 from EUR 11.00 on "
        "Tuesday and kept a buy rating. Kestrel Ventures expects margins to widen."
    )
    subjects, events = RuleExtractor().read(Article.from_text(text, published="2025-06-13"))
    assert subjects.article != "Kestrel Ventures"
    assert {(e.kind, e.subject, getattr(e, "firm", None)) for e in events} == {
        ("analyst_rating", "Quorvane Telecom", "Kestrel Ventures"),
        ("price_target", "Quorvane Telecom", "Kestrel Ventures"),
    }


def test_a_company_that_acts_only_on_itself_stays_the_subject() -> None:
    text = "Quorvane Telecom lifts outlook\n\nQuorvane Telecom raised its revenue forecast."
    article = Article.from_text(text, published="2025-06-13")
    assert RuleExtractor().read(article)[0].article == "Quorvane Telecom"


@pytest.mark.parametrize(
    "before",
    [
        "Among other company news, it was noted that Brevik Mining announced a new mine.",
        "Shares moved after Brevik Mining announced a new mine.",
        "Brevik Mining announced on Thursday evening that it is raising capital.",
        "It was noted that Brevik Mining announced that the miner will invest in a new mine.",
        "Brevik Mining has therefore lowered its margin target for 2026.",
        "Brevik Mining Plc emerged top in terms of price performance in the first half.",
    ],
)
def test_the_stock_is_the_company_a_clause_of_the_sentence_before_opened_on(before: str) -> None:
    text = f"Stockholm stocks fall\n\n{before} The share fell 1.9 percent."
    article = Article.from_text(text, published="2025-06-13", subject="OMXS30")
    [move] = [e for e in RuleExtractor().extract(article) if e.kind == "price_move"]
    assert move.subject == "Brevik Mining"


def test_a_repeated_statement_is_one_event_per_article() -> None:
    text = "Acme trades at 22 times forward earnings. Acme trades at 22x forward earnings."
    events = RuleExtractor().extract(_article(text))
    assert [e.kind for e in events] == ["valuation_multiple"]


@pytest.mark.parametrize(
    ("lead", "body", "percent"),
    [
        (
            "Acme shares fell by almost 7% on Tuesday.",
            "The stock fell 6.84% to $68.30 on Tuesday.",
            -6.84,
        ),
        (
            "Acme shares dropped over 3% on Tuesday.",
            "On Tuesday the stock lost 3.18% to $42.",
            -3.18,
        ),
        (
            "Acme stock declined 2 per cent on Tuesday.",
            "The shares dipped 1.94 per cent on Tuesday.",
            -1.94,
        ),
        ("Acme jumped nearly 14% on Tuesday.", "Acme shares ended up 13.8% on Tuesday.", 13.8),
    ],
)
def test_a_move_in_round_figures_restating_an_exact_one_is_one_event(
    lead: str, body: str, percent: float
) -> None:
    moves = only(f"{lead}\n\n{body}", "price_move", published="2025-06-11")
    assert [m["percent"] for m in moves] == [percent]


@pytest.mark.parametrize(
    "body",
    [
        "Acme shares rose as much as 9.6% on Tuesday.",  # an extreme of its own
        "Acme shares rose 2.5% on Monday.",  # another day
        "Acme shares rose 4.2% on Tuesday.",  # another figure
        "Acme shares rose more than 2% on Tuesday.",  # bounds a whole figure, itself round
    ],
)
def test_a_round_move_that_restates_no_other_stays(body: str) -> None:
    moves = only(f"Acme shares rose 3% on Tuesday.\n\n{body}", "price_move", published="2025-06-11")
    assert len(moves) == 2


def test_an_approximate_move_far_from_the_exact_one_is_another_reading() -> None:
    text = (
        "Acme shares fell 1.2% in early trade on Tuesday.\n\n"
        "At the close on Tuesday, the stock gave up about 0.9 percent."
    )
    moves = only(text, "price_move", published="2025-06-11")
    assert sorted(m["percent"] for m in moves) == [-1.2, -0.9]


def test_the_stock_is_the_company_the_sentence_before_opened_on() -> None:
    text = (
        "Markets were mixed on Friday.\n"
        "Zorvex Motors stock hit a record high. As of noon, the stock rose 1.94 per cent.\n"
        "Initech Cement Limited announced a new plant. The stock traded 0.02 per cent lower.\n"
        "Tim Vale said demand was strong. The stock rose 3%."
    )
    moves = [(m["subject"], m["percent"]) for m in only(text, "price_move", subject="ACME")]
    assert moves == [("Zorvex Motors", 1.94), ("Initech Cement", -0.02), ("ACME", 3.0)]


def test_the_stock_is_the_one_company_the_sentence_before_names() -> None:
    text = (
        "Markets were mixed on Friday.\n"
        "The year's laggard was Zorvex Mining (ASX: ZVX). The stock dropped 62%.\n"
        "Analysts compared Quillon (ASX: QLN) with Zorvex Mining (ASX: ZVX). The stock rose 3%."
    )
    moves = [(m["subject"], m["percent"]) for m in only(text, "price_move", subject="ACME")]
    assert moves == [("ZVX.AX", -62.0), ("ACME", 3.0)]


def test_the_stock_in_a_wrap_about_an_index_is_the_last_company_spoken_of() -> None:
    text = (
        "Sensex ends higher\n"
        "The 30-share BSE Sensex climbed 0.61 per cent to settle at 74,332.58 on Friday.\n"
        "Shares of Zorvex Foods surged 6 per cent after Quenwick reiterated its buy call.\n"
        "The stock has fallen 18 per cent this year.\n"
        "Brokerage Brevik Securities has a neutral rating on the stock.\n"
        "The index has gained 1.4 per cent this week."
    )
    events = RuleExtractor().extract(Article.from_text(text, published="2025-03-21"))
    got = [(e.kind, e.subject) for e in events if e.kind in ("price_move", "analyst_rating")]
    assert got == [
        ("price_move", "SENSEX"),
        ("analyst_rating", "Zorvex Foods"),
        ("price_move", "Zorvex Foods"),
        ("price_move", "Zorvex Foods"),
        ("analyst_rating", "Zorvex Foods"),
        ("price_move", "SENSEX"),
    ]


def test_a_roundup_paragraph_goes_on_about_its_call_after_another_fact_of_it() -> None:
    text = (
        "These are the top analyst calls of Monday.\n"
        "Zorvex Mining Inc. (NYSE: ZVX) was raised to Buy at Quenwick. The last trade was $82.49.\n"
        "Initech Corp. (NYSE: ITC) was cut to Sell at Quenwick. The consensus target is $35.58."
        " The last trade on Friday was $33.50, up 4% on the day."
    )
    levels = [(m["subject"], m["price"]) for m in only(text, "price_level", subject="ACME")]
    assert levels == [("ZVX", 82.49), ("ITC", 33.5)]


@pytest.mark.parametrize(
    ("subject", "text", "unit"),
    [
        ("ZRV.AX", "Zorvex reported revenue of $412 million for the half.", "AUD"),
        ("QNW.TO", "Quenwick's net income rose to $88.5 million in the quarter.", "CAD"),
        ("ZRV.AX", "Zorvex reported revenue of US$412 million for the half.", "USD"),
        ("QNWK", "Quenwick's net income rose to $88.5 million in the quarter.", "USD"),
    ],
)
def test_a_kpis_dollar_is_the_market_s_as_a_prices_is(subject: str, text: str, unit: str) -> None:
    (kpi,) = only(text, "financial_kpi", subject=subject)
    assert kpi["unit"] == unit


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Zorvex Bank Ltd shares fell 2% on Monday. The lender's shares closed at $4.10.",
            "Zorvex Bank",
        ),
        ("Zorvex Mining Ltd shares fell 2% on Monday. The miner closed at $4.10.", "Zorvex Mining"),
        (
            "Zorvex Motors Ltd shares fell 2% on Monday. The German carmaker closed at $4.10.",
            "Zorvex Motors",
        ),
        (
            "Zorvex Group Ltd shares fell 2% on Monday. The conglomerate closed at $4.10.",
            "Zorvex Group",
        ),
    ],
)
def test_a_company_called_by_what_it_is_is_the_one_the_sentence_before_opened_on(
    text: str, subject: str
) -> None:
    levels = only(text, "price_level")
    assert [(e["subject"], e["price"]) for e in levels] == [(subject, 4.1)]


@pytest.mark.parametrize("suffix", ["& Industries", "& Sons", "& Co."])
def test_a_name_with_a_business_words_suffix_is_the_titles_company(suffix: str) -> None:
    text = (
        f"Zorvex Tyre shares zoom 14 pc\n\nShares of Zorvex Tyre {suffix} on Thursday jumped 14 "
        "per cent.\n\nThe stock rallied 13.94 per cent to Rs 351.05 on the BSE."
    )
    article = Article.from_text(text, published="2023-11-02")
    moves = [e for e in RuleExtractor().extract(article) if e.kind == "price_move"]
    assert {e.subject for e in moves} == {"Zorvex Tyre"}


@pytest.mark.parametrize(
    "restated",
    [
        "This represented a 1-week gain of 6.61% and a 4-week gain of 14.7%.",
        "That marks a weekly gain of 6.61% and a monthly gain of 14.7%.",
        "This translated into a 1-week gain of 6.61% and a 4-week gain of 14.7%.",
    ],
)
def test_a_move_this_restates_is_of_the_mover_the_sentence_before_told(restated: str) -> None:
    text = (
        "Markets were mixed on Monday.\n"
        f"The Quenwick Composite Index rose 0.84% to close at 4,356.46. {restated}"
    )
    moves = only(text, "price_move", subject="ACME", published="2024-07-22")
    assert {m["subject"] for m in moves} == {"Quenwick Composite Index"}
    assert sorted(m["percent"] for m in moves) == [0.84, 6.61, 14.7]


def test_this_after_a_sentence_of_no_figure_is_not_told_again() -> None:
    text = "Markets were mixed on Monday.\nAcme named a new chief. This represented a change of course."
    assert only(text, "price_move", subject="ACME") == []


@pytest.mark.parametrize(
    "points",
    [
        "• Zorvex fell 2.4% to $41.20 as orders slowed\n• Other news\n\n",
        "- Zorvex fell 2.4% to $41.20 as orders slowed\n\n",
        "➢ Zorvex fell 2.4% to $41.20\n\n",
    ],
)
def test_a_summarys_point_told_again_in_the_prose_is_the_prose_fact(points: str) -> None:
    """A summary's bullets restate the body: the fact is the body's, with the body's date."""
    text = points + "Zorvex fell for three sessions last week, losing 2.4% to $41.20 in all."
    moves = only(text, "price_move", published="2025-09-29", subject="Zorvex")
    assert [(m["percent"], m["start"], m["end"]) for m in moves] == [
        (-2.4, dt.date(2025, 9, 22), dt.date(2025, 9, 28))
    ]


def test_a_list_item_alone_keeps_its_fact() -> None:
    text = "• Zorvex fell 2.4% to $41.20 as orders slowed\n\nThe board met on Friday."
    [move] = only(text, "price_move", published="2025-09-29", subject="Zorvex")
    assert move["percent"] == -2.4


def test_the_stock_is_the_company_that_came_second_in_the_chart() -> None:
    text = (
        "Zorvex tops weekly turnover chart\n"
        "Quillon Industries came second on the turnover chart, with shares worth Tk 1.49 billion "
        "changing hands. The company's stock surged 12 per cent to close at Tk 201.1 on Thursday.\n"
        "Brevik clinched the third spot, with shares worth Tk 1.37 billion changing hands. The "
        "largest market-cap stock closed at Tk 344."
    )
    events = RuleExtractor().extract(Article.from_text(text, published="2024-08-31"))
    got = [
        (e.kind, e.subject, getattr(e, "currency", None))
        for e in events
        if e.kind in ("price_move", "price_level")
    ]
    assert got == [
        ("price_move", "Quillon Industries", None),
        ("price_level", "Quillon Industries", "BDT"),
        ("price_level", "Brevik", "BDT"),
    ]
