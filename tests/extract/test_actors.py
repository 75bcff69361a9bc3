from __future__ import annotations

import re

import pytest

from tests.extract.helpers import only
from timeline.extract.actors import (
    SELF,
    actor_after,
    actor_before,
    clause,
    company_heading,
    leading_actor,
)


@pytest.mark.parametrize(
    ("text", "verb", "actor"),
    [
        ("Brembo rose 2% while Pirelli & C. fell 1%", "fell", "Pirelli & C"),
        ("Italy's Brembo rose 2%", "rose", "Brembo"),
        ("Orsted, the wind farm developer, sank 9%", "sank", "Orsted"),
        ("Orsted (CPH:ORSTED) shares sank 9%", "sank", "ORSTED.CO"),
        ("the share price of Tata Steel rose 3%", "rose", "Tata Steel"),
        ("Its shares sank 9%", "sank", SELF),
        ("it was up 4%", "up", SELF),
        ("the broader market declined", "declined", None),
        ("On Monday, analysts said margins fell", "fell", None),
        # a list of movers "occupied by", "topped by", "headed by" its first name
        ("the top gainers, occupied by FMII shares rose 23%", "rose", "FMII"),
        ("the gainers were topped by Zorvex Bank, which jumped 9%", "jumped", "Zorvex Bank"),
        ("the losers, headed by Quillon shares fell 7%", "fell", "Quillon"),
        ("Exports from Zorvia fell 3%", "fell", None),
        # a Spanish name's "y"
        ("Sociedad Quimica y Minera shares rose 5%", "rose", "Sociedad Quimica y Minera"),
    ],
)
def test_actor_before(text: str, verb: str, actor: str | None) -> None:
    assert actor_before(text, text.index(verb)) == actor


def test_actor_after_a_nominal_move() -> None:
    text = "driven by a 2.1% gain in Banco Sabadell"
    assert actor_after(text, text.index("%") + 1) == "Banco Sabadell"


def test_a_clause_leaves_out_a_reason() -> None:
    text = "Brembo rose 2% on Tuesday after Friday's results, while Pirelli fell 1%"
    assert clause(text, 0, text.index("%") + 1) == "Brembo rose 2% on Tuesday"


@pytest.mark.parametrize(
    ("text", "word", "actor"),
    [
        ("Frozen foods owner Nordvik rallied after Jefferies upgraded it", "rallied", "Nordvik"),
        ("Pet and garden retailer Halvard Group slid 3% after the update", "slid", "Halvard Group"),
        ("Chipmaker Teravolt gained after its results", "gained", "Teravolt"),
        # any "-maker", a manufacturer, a lower-case "group", after "Shares of the"
        ("Shares of the Belgian steelmaker Ferrovant sank 6%", "sank", "Ferrovant"),
        ("Shares of the Danish toolmaker Kraglund fell", "fell", "Kraglund"),
        ("Shares in the German chemicals group Velmar rose 3%", "rose", "Velmar"),
        ("The Italian eyewear manufacturer Occhiara slipped 2%", "slipped", "Occhiara"),
        ("Shares of the payments provider Tilvex jumped", "jumped", "Tilvex"),
    ],
)
def test_what_a_company_does_before_its_name_is_not_its_name(
    text: str, word: str, actor: str
) -> None:
    assert leading_actor(text, text.index(word)) == actor


def test_a_capitalised_group_stays_part_of_the_name() -> None:
    text = "Shares of Halvard Group rose 2%"
    assert leading_actor(text, text.index("rose")) == "Halvard Group"


def test_a_descriptor_before_a_nominal_move() -> None:
    text = "a near-4% slide for battery maker Voltaro on the day"
    assert actor_after(text, text.index("%") + 1) == "Voltaro"


def test_a_heading_glued_to_its_paragraph_is_not_part_of_the_name() -> None:
    text = "Hang Seng Index The Hang Seng Index fell 1.2% on Friday"
    assert actor_before(text, text.index("fell")) == "HSI"


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Shares of Zorvex Steel and Power Limited surged", "Zorvex Steel and Power Limited"),
        ("Given Zorvex's shares are up", None),
    ],
)
def test_names_joined_by_and_and_openings_that_are_no_names(text: str, actor: str | None) -> None:
    verb = text.rindex(" ")
    assert actor_before(text, verb) == actor


@pytest.mark.parametrize(
    ("text", "mover"),
    [
        (
            "The general index of the Zorvia Stock Exchange fell 0.3%",
            "general index of the Zorvia Stock Exchange",
        ),
        (
            "In Quenwick, the main index of the Zorvia Stock Exchange rose 1.2%",
            "main index of the Zorvia Stock Exchange",
        ),
        ("The benchmark DAX 40 index on the Frankfurt Stock Exchange added 0.5%", "DAX"),
        (
            "The Taiex, the weighted index on the Zorvia Stock Exchange (ZSE), ended up 0.48%",
            "TAIEX",
        ),
        ("Shares of Quenwick Mining on the Zorvia Stock Exchange rose 4%", "Quenwick Mining"),
        # an exchange's code glued to a letter is another code, no ticker on it
        ("The TSXV rose 2%", "TSXV"),
        ("The TSX Venture Exchange rose 2%", "TSXV"),
        ("Shares of NYSE ZVX rose 2%", "ZVX"),
    ],
)
def test_an_exchange_is_where_an_index_is_listed_not_what_moved(text: str, mover: str) -> None:
    at = re.search(r"\s(?:fell|rose|added|ended)\b", text)
    assert at is not None
    assert actor_before(text, at.start()) == mover


def test_an_exchanges_index_with_its_code_in_parentheses_is_named_as_written() -> None:
    text = "The Zorvia Stock Exchange (ZSE) all-share index rose 1.2%"
    assert actor_before(text, text.index(" rose")) == "Zorvia Stock Exchange (ZSE) all-share index"


@pytest.mark.parametrize(
    ("text", "mover"),
    [
        ("Zorvex Finance, which was flat, ended over 1% higher", "Zorvex Finance"),
        (
            "Only one blue chip fell, which was ZVX of retail chain Zorvex World, down 0.6%",
            "Zorvex World",
        ),
    ],
)
def test_an_aside_is_skipped_and_an_identifying_clause_read(text: str, mover: str) -> None:
    at = re.search(r"\s(?:ended|down)\b", text)
    assert at is not None
    assert actor_before(text, at.start()) == mover


@pytest.mark.parametrize(
    ("text", "mover"),
    [
        (
            "The index was pushed higher on Brandt Tobacco Holdings which ended",
            "Brandt Tobacco Holdings",
        ),
        ("Gains were led by Quenwick Bank, which rose", "Quenwick Bank"),
        ("Losses in lenders that fell", None),  # no name heads the relative clause
    ],
)
def test_a_relative_clause_is_about_the_name_before_it(text: str, mover: str | None) -> None:
    assert actor_before(text, len(text) - len(text.rsplit(maxsplit=1)[-1]) - 1) == mover


@pytest.mark.parametrize(
    ("text", "verb", "actor"),
    [
        ("This represented a 1-week gain of 6.61%", "gain", None),
        ("The index posted a 52-week high", "high", None),
        ("and a 3-month loss of 2%", "loss", None),
        ("7-Eleven Malaysia rose 2%", "rose", "7-Eleven Malaysia"),
    ],
)
def test_a_span_of_time_told_with_its_figure_is_no_name(
    text: str, verb: str, actor: str | None
) -> None:
    assert actor_before(text, text.index(verb)) == actor


@pytest.mark.parametrize(
    ("text", "verb", "actor"),
    [
        ("The 225-issue Nikkei Stock Average closed down", "closed", "N225"),
        ("The 30-stock Dow Jones Industrial Average fell", "fell", "DJI"),
        ("The 50-share Nifty index rose", "rose", "NIFTY50"),
        ("3-Sigma Holdings rose", "rose", "3-Sigma Holdings"),
    ],
)
def test_an_index_told_with_its_size_is_the_index(text: str, verb: str, actor: str) -> None:
    assert actor_before(text, text.index(verb)) == actor


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("CAP’s stock is currently trading at ₦30.00.", "CAP"),
        ("Zorvex's shares closed at $12.10 on Friday.", "Zorvex"),
        ("Quillon Bank’s stock hit a record.", "Quillon Bank"),
    ],
)
def test_a_company_opening_a_sentence_in_the_possessive_is_the_company(
    text: str, company: str
) -> None:
    assert company_heading(text) == company


@pytest.mark.parametrize(
    ("text", "word", "actor"),
    [
        ("• Quillon in focus after an outage, fined A$100m for mis-selling", "fined", "Quillon"),
        ("- Brevik Holdings rose 4% after its results", "rose", "Brevik Holdings"),
        ("➢ Zorvex slipped 2% on the update", "slipped", "Zorvex"),
        ("■ Halvard Group, meanwhile, was hit with a fine", "hit", "Halvard Group"),
    ],
)
def test_a_list_items_marker_is_not_part_of_the_clause(text: str, word: str, actor: str) -> None:
    assert leading_actor(text, text.index(word)) == actor


def test_a_list_items_label_is_no_actor() -> None:
    text = (
        "• Price Target Range: The average target is 183.50 euros, above the close (140.60 euros)"
    )
    assert leading_actor(text, text.index("140.60")) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Quillon Mining and Exploration share price moved from N5.05 to N5.55, adding 9.9 percent.",
            "Quillon Mining and Exploration",
        ),
        ("Brevik Oil and Services shares rose 3%.", "Brevik Oil and Services"),
    ],
)
def test_a_name_ending_on_its_trade_after_and_is_one(text: str, name: str) -> None:
    [move] = only(f"Zorvia wrap\n\n{text}", "price_move", published="2024-12-24", subject=None)
    assert move["subject"] == name


def test_two_names_joined_by_and_before_a_trade_word_stay_two() -> None:
    moves = only(
        "Zorvia wrap\n\nQuillon and Brevik Mining rose 3% and 2%, respectively.",
        "price_move",
        published="2024-12-24",
    )
    assert [(m["subject"], m["percent"]) for m in moves] == [
        ("Quillon", 3.0),
        ("Brevik Mining", 2.0),
    ]
