from __future__ import annotations

import pytest

from tests.extract.helpers import only


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        (
            "JPMorgan Chase has raised its year-end 2026 target for the "
            "Nikkei 225 index to 61,000 points, up from the previous target of 60,000 points.",
            [("N225", "JPMorgan", 61000.0, 60000.0, "raise")],
        ),
        (
            "UBS has raised its year-end target for the TOPIX index from 2750 points to 2900 "
            "points.",
            [("TOPIX", "UBS", 2900.0, 2750.0, "raise")],
        ),
        (
            "Goldman Sachs raised its year-end target for the S&P 500 to 6,500 from 6,200.",
            [("SPX", "Goldman Sachs", 6500.0, 6200.0, "raise")],
        ),
        (
            "Citi cut its target for the Hang Seng Index to 22,000.",
            [("HSI", "Citi", 22000.0, None, "cut")],
        ),
        (
            "After the budget, analysts at JP Morgan set a bull case target for the Singapore "
            "benchmark index of 4,200, implying a six-percent rise.",
            [("STI", "JPMorgan", 4200.0, None, "set")],
        ),
        (  # two targets in one sentence, the second without its previous level
            "Morgan Stanley lifted its end-2026 target for the Nikkei 225 to 58,000 points and "
            "raised its target for the Topix to 3,900 points.",
            [
                ("N225", "Morgan Stanley", 58000.0, None, "raise"),
                ("TOPIX", "Morgan Stanley", 3900.0, None, "raise"),
            ],
        ),
    ],
)
def test_a_firms_target_for_an_index(
    text: str, targets: list[tuple[str, str, float, float | None, str]]
) -> None:
    got = [
        (t["subject"], t["firm"], t["value"], t["previous_value"], t["action"])
        for t in only(text, "price_target", subject=None)
    ]
    assert got == targets


@pytest.mark.parametrize(
    "text",
    [
        # a company's target is the analysts' rule's, not an index's
        "The company raised its target for the Nikkei-linked fund to 5,000 units.",
        # no firm before the verb
        "The index has a target of 4,200 points, strategists say.",
        # a target for a company's sales, not an index
        "Zorvex raised its target for annual sales to 1,200 units.",
    ],
)
def test_no_index_target_without_an_index_and_a_firm(text: str) -> None:
    assert [t for t in only(text, "price_target", subject=None) if t["value"] >= 1000] == []


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the index named before its target, a house no table knows
        (
            "Zorvia Securities lifted its 12-month KOSPI target to 4,500 from 4,000.",
            ("KOSPI", "Zorvia Securities", 4500.0, 4000.0, None, "raise"),
        ),
        # a band: its bottom and its top
        (
            "Zorvia Securities lifted its KOSPI forecast band from 3,250–3,700 points to "
            "3,600–4,050, the most bullish call this year.",
            ("KOSPI", "Zorvia Securities", 3600.0, 3250.0, 4050.0, "raise"),
        ),
        (
            "Goldman Sachs cut its year-end S&P 500 target to 5,600.",
            ("SPX", "Goldman Sachs", 5600.0, None, None, "cut"),
        ),
    ],
)
def test_an_index_named_before_its_target(
    text: str, target: tuple[str, str, float, float | None, float | None, str]
) -> None:
    [t] = only(text, "price_target")
    assert (
        t["subject"],
        t["firm"],
        t["value"],
        t["previous_value"],
        t["value_high"],
        t["action"],
    ) == target


@pytest.mark.parametrize(
    "text",
    [
        # a company's own target, a shop's name before it
        "Zorvex raised its Apple Store target to 400 outlets.",
        # no house: a name that is no firm
        "The government lifted its KOSPI target to 5,000 under the reform plan.",
    ],
)
def test_no_index_target_without_an_index_and_a_house(text: str) -> None:
    assert only(text, "price_target") == []
