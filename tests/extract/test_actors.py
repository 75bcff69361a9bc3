from __future__ import annotations

import pytest

from timeline.extract.actors import SELF, actor_after, actor_before, clause, leading_actor


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
    ],
)
def test_what_a_company_does_before_its_name_is_not_its_name(
    text: str, word: str, actor: str
) -> None:
    assert leading_actor(text, text.index(word)) == actor


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
