from __future__ import annotations

import pytest

from tests.extract.helpers import only


@pytest.mark.parametrize(
    ("text", "investor", "direction", "amount", "shares"),
    [
        (
            "BlackRock trimmed its stake by 1.2 million shares.",
            "BlackRock",
            "decrease",
            None,
            1_200_000.0,
        ),
        (
            "Vanguard raised its stake in Acme by 38.5 million shares.",
            "Vanguard",
            "increase",
            None,
            38_500_000.0,
        ),
        (
            "Norges Bank established a new position worth $500 million.",
            "Norges Bank",
            "new_position",
            500e6,
            None,
        ),
        (
            "Pershing Square Capital Management bought 2 million shares.",
            "Pershing Square Capital Management",
            "buy",
            None,
            2e6,
        ),
        (
            "Soros Fund Management sold its entire stake of 450,000 shares.",
            "Soros Fund Management",
            "exit",
            None,
            450_000.0,
        ),
        (
            "Cathie Wood's ARK Invest sold 120,000 Acme shares on Thursday.",
            "ARK Invest",
            "sell",
            None,
            120_000.0,
        ),
        (
            "Temasek took a new stake worth about $1.2 billion.",
            "Temasek",
            "new_position",
            1.2e9,
            None,
        ),
        ("Nvidia agreed to invest $5 billion in the chipmaker.", "NVDA", "buy", 5e9, None),
    ],
)
def test_stake_changes(
    text: str, investor: str, direction: str, amount: float | None, shares: float | None
) -> None:
    [got] = only(text, "stake_change")
    assert (got["investor"], got["direction"]) == (investor, direction)
    assert (got["amount"], got["shares"]) == (amount, shares)


@pytest.mark.parametrize(
    "text",
    [
        "Investors bought the dip after the report.",
        "Acme bought back $2 billion of its shares.",
        "Some funds are viewing this as an accumulation opportunity.",
    ],
)
def test_no_stake_change_without_a_named_investor(text: str) -> None:
    assert only(text, "stake_change") == []


@pytest.mark.parametrize(
    ("text", "holder", "percent", "previous"),
    [
        (
            "Onshore ownership rose to 11% in September, up from 8.6%.",
            "Southbound investors",
            11.0,
            8.6,
        ),
        ("BlackRock disclosed a 5.1% holding in the company.", "BlackRock", 5.1, None),
        ("Temasek now owns roughly 2.5% of the outstanding shares.", "Temasek", 2.5, None),
        ("Vanguard holds a 7.2% stake.", "Vanguard", 7.2, None),
    ],
)
def test_ownership_levels(text: str, holder: str, percent: float, previous: float | None) -> None:
    [got] = only(text, "ownership_level")
    assert (got["holder"], got["percent"], got["previous_percent"]) == (holder, percent, previous)
    assert only(text, "price_move") == []
