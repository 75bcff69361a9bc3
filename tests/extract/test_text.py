from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.extract.text import split_sentences

SEED_LIKE = """Headline Without Full Stop
30.12.2025 - 05:31:03Alibaba US01609W1027
J.P. Morgan raised its target to $230. Shares rose 4.5% on Friday. Is it worth buying?
Ad
Alibaba Stock: Buy or Sell?! Read more here...
"""


def test_sentences_keep_their_offsets() -> None:
    for s in split_sentences(SEED_LIKE):
        assert SEED_LIKE[s.start : s.end] == s.text


def test_abbreviations_and_decimals_do_not_split() -> None:
    texts = [s.text for s in split_sentences(SEED_LIKE) if s.factual]
    assert "J.P. Morgan raised its target to $230." in texts
    assert "Shares rose 4.5% on Friday." in texts


def test_headings_questions_and_ads_carry_no_facts() -> None:
    by_text = {s.text: s for s in split_sentences(SEED_LIKE)}
    assert by_text["Headline Without Full Stop"].heading
    assert by_text["Is it worth buying?"].question
    assert by_text["Read more here..."].boilerplate


@given(st.text())
def test_offsets_hold_for_any_text(text: str) -> None:
    for s in split_sentences(text):
        assert text[s.start : s.end] == s.text


def test_a_london_tickers_dot_ends_no_sentence() -> None:
    text = "Risers: BP (BP.) 474.05p 0.51% and BAE Systems (BA.) 1,255.00p 0.40%. Fallers next."
    assert [s.text for s in split_sentences(text)] == [
        "Risers: BP (BP.) 474.05p 0.51% and BAE Systems (BA.) 1,255.00p 0.40%.",
        "Fallers next.",
    ]


def test_a_bullet_without_a_full_stop_is_an_item_not_a_heading() -> None:
    sentences = split_sentences(
        "Title\n- IT stocks led; Infosys rose 3.88%, TCS up 2.69%\nMarkets\n"
    )
    assert [(s.text, s.heading) for s in sentences] == [
        ("Title", True),
        ("- IT stocks led; Infosys rose 3.88%, TCS up 2.69%", False),
        ("Markets", True),
    ]


@pytest.mark.parametrize(
    ("line", "pieces"),
    [
        (
            "Quenwick kept a Buy call on order wins. - Zorvex Mining:",
            ["Quenwick kept a Buy call on order wins.", "- Zorvex Mining:"],
        ),
        (
            "Brokers were bullish after results.- Quenwick: Buy | Target at Rs 400",
            ["Brokers were bullish after results.", "- Quenwick: Buy | Target at Rs 400"],
        ),
        ("Costs rose. • Zorvex fell 3%.", ["Costs rose.", "• Zorvex fell 3%."]),
        ("Costs rose. ➢ Zorvex fell 3%.", ["Costs rose.", "➢ Zorvex fell 3%."]),
        ("Costs rose. ► Quillon gained 2%.", ["Costs rose.", "► Quillon gained 2%."]),
        (
            "Shares of Zorvex Inc. - the miner - rose.",
            ["Shares of Zorvex Inc. - the miner - rose."],
        ),
    ],
)
def test_a_list_item_run_into_its_line_is_a_sentence_of_its_own(
    line: str, pieces: list[str]
) -> None:
    sentences = split_sentences(line)
    assert [s.text for s in sentences] == pieces
    assert [s.item for s in sentences] == [p[0] in "-•➢►" for p in pieces]


@pytest.mark.parametrize("marker", ["➢", "➤", "►", "▶", "■", "◆"])
def test_arrows_and_squares_open_list_items(marker: str) -> None:
    sentences = split_sentences(f"Talk\n{marker} Zorvex notched Q2 EPS of Rs.5.5\nMarkets\n")
    assert [(s.heading, s.item) for s in sentences] == [(True, False), (False, True), (True, False)]


def test_a_short_line_that_runs_into_a_list_item_is_no_heading() -> None:
    sentences = split_sentences("Mixed views.- Quenwick: Buy | Target at Rs 1,170")
    assert [(s.text, s.heading, s.item) for s in sentences] == [
        ("Mixed views.", False, False),
        ("- Quenwick: Buy | Target at Rs 1,170", False, True),
    ]


def test_an_ordinal_date_ends_a_sentence() -> None:
    text = "Quenwick cut its target in a note on Thursday, August 21st. Zorvex rose 3% on Thursday."
    assert [s.text for s in split_sentences(text)] == [
        "Quenwick cut its target in a note on Thursday, August 21st.",
        "Zorvex rose 3% on Thursday.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "First Rock, up 17.07 per cent to close at $8.78",
        "AMG Packaging up 11.16 per cent to close at $2.49",
        "CAB, down 18.12 per cent closing at $2.53",
        "Zorvex fell 4.2% to Rs 310",
    ],
)
def test_a_movers_line_without_a_full_stop_is_a_sentence(line: str) -> None:
    """A short line in a movers' list states a move; only a title, the first line, stays a
    heading however it reads."""
    title, _, mover = split_sentences(f"{line}\nWinners\n{line}")
    assert (title.heading, mover.heading, mover.factual) == (True, False, True)


def test_a_line_of_labelled_figures_is_no_heading() -> None:
    text = "Zorvex (TSXV:ZVX)\nWeekly gain: 89.47 percent; current share price: C$0.18\nMore."
    lines = {s.text: s.heading for s in split_sentences(text)}
    assert lines["Weekly gain: 89.47 percent; current share price: C$0.18"] is False
    assert lines["Zorvex (TSXV:ZVX)"] is True


def test_a_short_line_whose_sentence_ends_before_it_does_is_no_heading() -> None:
    text = "Title\nLast night, Zorvex stock fell 7%. As my colleague wrote:\n1. Quillon (TSXV:QLN)"
    lines = {s.text: s.heading for s in split_sentences(text)}
    assert lines["Last night, Zorvex stock fell 7%."] is False
    assert lines["Quillon (TSXV:QLN)"] is True  # a list's number ends no sentence


def test_a_line_of_labelled_figures_whose_labels_carry_codes_is_no_heading() -> None:
    text = "Weekly wrap\nASX 200 (XJO): -0.36%; ASX Small Ordinaries (XSO): +1.16%\nMore."
    lines = {s.text: s.heading for s in split_sentences(text)}
    assert lines["ASX 200 (XJO): -0.36%; ASX Small Ordinaries (XSO): +1.16%"] is False
