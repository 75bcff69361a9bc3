from __future__ import annotations

import pytest

from timeline.entities import alias_table, canonical, entities, normalise, resolve


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("JPMorgan Chase", "JPMorgan"),
        ("J.P. Morgan", "JPMorgan"),
        ("JP Morgan", "JPMorgan"),
        ("Bernstein SocGen Group", "Bernstein"),
        ("Norges Bank", "Norges Bank"),
        ("Norway's sovereign wealth fund", "Norges Bank"),
        ("ARK Invest", "ARK Invest"),
        ("US01609W1027", "BABA"),
        ("BABA", "BABA"),
        ("9988.HK", "BABA"),
        ("alibaba group holding ltd.", "BABA"),
    ],
)
def test_aliases_resolve(name: str, expected: str) -> None:
    assert resolve(name) == expected


def test_unknown_names_are_kept_as_written() -> None:
    assert resolve("Tiny Boutique Partners") is None
    assert canonical("  Tiny   Boutique Partners ") == "Tiny Boutique Partners"


def test_kind_restricts_matches() -> None:
    assert resolve("JPMorgan", kind="firm") == "JPMorgan"
    assert resolve("JPMorgan", kind="investor") is None


def test_normalise_folds_case_dots_apostrophes_and_spaces() -> None:
    assert normalise("Norway’s  Sovereign Wealth Fund") == "norway sovereign wealth fund"
    assert normalise("J.P. Morgan") == normalise("jp morgan")


def test_the_table_has_no_alias_claimed_twice() -> None:
    table = alias_table()
    ids = [e.id for e in entities()]
    assert len(ids) == len(set(ids))
    assert len(table) >= sum(1 for _ in entities())


def test_a_slash_is_the_same_with_spaces_around_it() -> None:
    assert normalise("S&P / BMV IPC") == normalise("S&P/BMV IPC")


def test_a_brokerage_the_press_names_by_its_group_s_short_name() -> None:
    assert canonical("Kotak", "firm") == "Kotak Institutional Equities"
