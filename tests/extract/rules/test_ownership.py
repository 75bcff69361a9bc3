from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.helpers import extract, only
from timeline.articles import Article
from timeline.events import StakeChange
from timeline.extract import RuleExtractor


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
            None,  # what the holding is worth: value_held, not an amount paid
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
            None,
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
    "text",
    [
        "Quenwick Capital acquired 5.2 per cent stake in Zorvex on Monday.",
        "Quenwick Capital purchased 6.7% stake in Zorvex.",
        "Quenwick Capital bought a 3% stake in Zorvex.",
    ],
)
def test_a_stake_bought_whole_with_or_without_its_article(text: str) -> None:
    [got] = only(text, "stake_change")
    assert (got["investor"], got["direction"], got["subject"]) == (
        "Quenwick Capital",
        "new_position",
        "Zorvex",
    )
    assert only(text, "partnership") == []  # a stake bought, not the company's goods


def test_the_stake_bought_from_its_seller_is_in_the_company_named_after() -> None:
    [got] = only("Helvion bought the 4.92% stake held by Quenwick Trust in Zorvex.", "stake_change")
    assert (got["investor"], got["subject"]) == ("Helvion", "Zorvex")


def test_a_name_after_an_opening_preposition_is_no_given_name() -> None:
    text = (
        "Helvion has bought more shares in Zorvex Energy.\n"
        "Like Helvion, Quenwick Trust acquired its shares in Zorvex Energy last year."
    )
    assert [s["investor"] for s in only(text, "stake_change")] == ["Helvion", "Quenwick Trust"]


@pytest.mark.parametrize(
    "text",
    [
        "In June, Zorvex sold 0.7 percent of its stock in a secondary listing priced at SAR27.25 "
        "per share.",
        "Quillon Holdings sold 5% of its shares through a placement at 120p.",
        "Brelmor Energy sold its own shares to fund the plant.",
        "Last year Zorvex Bank sold 12 million of its ordinary shares in an offering.",
    ],
)
def test_a_company_selling_its_own_shares_is_no_stake_change(text: str) -> None:
    assert only(text, "stake_change") == []


@pytest.mark.parametrize(
    ("text", "investor", "company"),
    [
        ("Quenwick Capital sold its shares in Zorvex last week.", "Quenwick Capital", "Zorvex"),
        ("Quenwick Capital sold 10% of its stake in Zorvex.", "Quenwick Capital", "Zorvex"),
        ("Quenwick Capital sold its shares in the company.", "Quenwick Capital", "ACME"),
    ],
)
def test_its_shares_in_a_company_are_a_holding_sold(text: str, investor: str, company: str) -> None:
    [got] = only(text, "stake_change")
    assert (got["investor"], got["direction"], got["subject"]) == (investor, "sell", company)


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
        # the figure joined to its noun by a hyphen, as an adjective
        ("James Okafor owns a 4.57-percent stake in Zorvex.", "James Okafor", 4.57, None),
        ("Temasek holds a 10-per-cent stake in Zorvex.", "Temasek", 10.0, None),
        ("Brevik Capital disclosed a 6.1-per cent holding in Zorvex.", "Brevik Capital", 6.1, None),
    ],
)
def test_ownership_levels(text: str, holder: str, percent: float, previous: float | None) -> None:
    [got] = only(text, "ownership_level")
    assert (got["holder"], got["percent"], got["previous_percent"]) == (holder, percent, previous)
    assert only(text, "price_move") == []


# --- institutional-holder (13F) stories: the genre, in many phrasings ----------------------


@pytest.mark.parametrize(
    ("text", "investor", "direction", "change", "held"),
    [
        (
            "Harbor Lane Advisors LLC raised its position in shares of Acme Corp (NYSE:ACME) by "
            "3.4% during the fourth quarter, according to its latest 13F filing with the SEC. The "
            "institutional investor owned 12,510 shares of the company's stock after buying an "
            "additional 410 shares during the period.",
            "Harbor Lane Advisors LLC",
            "increase",
            3.4,
            12_510.0,
        ),
        (
            "Quarry Peak Wealth Partners Inc. trimmed its holdings in Acme Corp by 22.0% in the "
            "3rd quarter. Quarry Peak Wealth Partners Inc. now owns 901 shares of the company's "
            "stock worth $88,000 after selling 254 shares in the last quarter.",
            "Quarry Peak Wealth Partners Inc.",
            "decrease",
            -22.0,
            901.0,
        ),
        (
            "Finally, Old Mill Family Office grew its stake in Acme by 118.6% in the second "
            "quarter.",
            "Old Mill Family Office",
            "increase",
            118.6,
            None,
        ),
        (
            "Tidewater Bank & Trust Co. decreased its position in shares of Acme Corp by 1.5% "
            "during the 1st quarter.",
            "Tidewater Bank & Trust Co.",
            "decrease",
            -1.5,
            None,
        ),
        (  # a name that starts with a digit, after an opening adverb
            "Additionally, 4Pillars Wealth LLC boosted its stake in Acme by 7.5% in the 3rd "
            "quarter.",
            "4Pillars Wealth LLC",
            "increase",
            7.5,
            None,
        ),
        (
            "Harrow Street Capital lessened its holdings in Acme Corp by 12.0% in the second "
            "quarter.",
            "Harrow Street Capital",
            "decrease",
            -12.0,
            None,
        ),
        (  # a bank the alias table knows as an analyst firm holds shares too
            "UBS Group AG scaled back its position in Acme by 3.1% during the 4th quarter.",
            "UBS Group AG",
            "decrease",
            -3.1,
            None,
        ),
    ],
)
def test_holdings_story_stake(
    text: str, investor: str, direction: str, change: float, held: float | None
) -> None:
    (stake,) = only(text, "stake_change", published="2026-02-16")
    assert (stake["investor"], stake["direction"]) == (investor, direction)
    assert stake["change_percent"] == change
    assert stake["shares_held"] == held
    assert stake["precision"] == "quarter"


def test_holdings_story_quarter_year_is_the_last_one_started() -> None:
    text = "Pine Ridge Capital LLC lifted its stake in Acme by 5.0% during the 4th quarter."
    (stake,) = only(text, "stake_change", published="2026-02-16")
    assert (str(stake["start"]), str(stake["end"])) == ("2025-10-01", "2025-12-31")


@pytest.mark.parametrize(
    ("text", "direction", "value"),
    [
        (
            "Maple Row Advisors acquired a new stake in shares of Acme during the third quarter "
            "valued at approximately $41,000.",
            "new_position",
            41_000.0,
        ),
        (
            "Crescent Fields LLC bought a new position in Acme in the second quarter worth "
            "about $1,250,000.",
            "new_position",
            1_250_000.0,
        ),
    ],
)
def test_holdings_story_new_position(text: str, direction: str, value: float) -> None:
    (stake,) = only(text, "stake_change", published="2025-11-20")
    assert stake["direction"] == direction
    assert stake["value_held"] == value
    assert stake["amount"] is None  # what the holding is worth, not what was paid


def test_holdings_story_follow_up_sentence_is_not_another_stake() -> None:
    text = (
        "Birch Hollow LLC boosted its stake in Acme by 9.1% in the third quarter. Birch Hollow "
        "LLC now owns 5,120 shares of the company's stock valued at $640,000 after acquiring an "
        "additional 427 shares in the last quarter."
    )
    (stake,) = only(text, "stake_change", published="2025-11-20")
    assert (stake["shares"], stake["shares_held"], stake["value_held"]) == (427, 5120, 640_000)


@pytest.mark.parametrize(
    ("text", "holder", "percent"),
    [
        (
            "71.3% of the stock is owned by institutional investors.",
            "Institutional investors",
            71.3,
        ),
        (
            "64.2% of the stock is currently owned by hedge funds and other institutional investors.",
            "Hedge funds and other institutional investors",
            64.2,
        ),
        ("Company insiders own 0.45% of the company's stock.", "Company insiders", 0.45),
        ("Insiders own 12.0% of the company's stock.", "Insiders", 12.0),
        (
            "Institutional investors own 80.9% of the company's stock.",
            "Institutional investors",
            80.9,
        ),
        # after an opening clause, in "per cent", by the names Indian filings use
        (
            "As of December 2024, Foreign Institutional Investors own 8.94 per cent.",
            "Foreign Institutional Investors",
            8.94,
        ),
        (
            "As per data till December 2024, the Domestic Institutional Investors (DIIs) hold "
            "2.53 per cent.",
            "Domestic Institutional Investors",
            2.53,
        ),
        ("Promoters and promoter group held ~63 per cent.", "Promoters and promoter group", 63.0),
    ],
)
def test_group_ownership_level(text: str, holder: str, percent: float) -> None:
    (level,) = only(text, "ownership_level")
    assert (level["holder"], level["percent"]) == (holder, percent)


@pytest.mark.parametrize(
    ("text", "investor", "direction", "shares", "amount"),
    [
        (
            "Director Richard Roe sold 364,261 shares on-market at an average price of $112.40.",
            "Richard Roe",
            "sell",
            364261.0,
            40942936.4,
        ),
        (
            "Acme CEO Jane Doe sold 50,000 shares of the company's stock on Tuesday.",
            "Jane Doe",
            "sell",
            50000.0,
            None,
        ),
        (
            "In other news, insider Tom Brandt bought 12,500 shares of Acme stock at an average "
            "cost of $21.10 per share.",
            "Tom Brandt",
            "buy",
            12500.0,
            263750.0,
        ),
        (
            "Non-Executive Director Ann Lee bought 10,000 shares for $98,500.",
            "Ann Lee",
            "buy",
            10000.0,
            98500.0,
        ),
        (
            "In related news, EVP John Smith sold 5,000 shares of the firm's stock.",
            "John Smith",
            "sell",
            5000.0,
            None,
        ),
    ],
)
def test_insider_trades_are_the_person_s(
    text: str, investor: str, direction: str, shares: float, amount: float | None
) -> None:
    (stake,) = only(text, "stake_change")
    assert (stake["investor"], stake["direction"], stake["shares"], stake["amount"]) == (
        investor,
        direction,
        shares,
        amount,
    )


@pytest.mark.parametrize(
    ("text", "investor", "shares", "amount", "currency"),
    [
        # the sum paid, whatever the word before it: never a price of each share
        (
            "Kestrel Capital bought 2,000,000 shares at the cost of $48 million.",
            "Kestrel Capital",
            2e6,
            48e6,
            "USD",
        ),
        (
            "Promoter Ravi Menon bought 1,200,000 shares valued at Rs 3.6 crore.",
            "Ravi Menon",
            1.2e6,
            36e6,
            "INR",
        ),
        (
            "Zorvex Partners sold 5,000,000 shares at €12.5 million on Tuesday.",
            "Zorvex Partners",
            5e6,
            12.5e6,
            "EUR",
        ),
        # a price of each share: the sum is the shares times it
        (
            "Brevik Holdings acquired 400,000 shares at A$4.10 apiece.",
            "Brevik Holdings",
            4e5,
            1.64e6,
            "AUD",
        ),
    ],
)
def test_a_sum_paid_is_no_price_per_share(
    text: str, investor: str, shares: float, amount: float, currency: str
) -> None:
    (stake,) = only(text, "stake_change")
    got = (stake["investor"], stake["shares"], stake["amount"], stake["currency"])
    assert got == (investor, shares, amount, currency)


@pytest.mark.parametrize(
    ("text", "holder", "percent", "subject"),
    [
        # "per cent", and a holder heading the clause that no table knows
        (
            "Quenwick Prospecting now holds a 10.69 per cent stake in Acme.",
            "Quenwick Prospecting",
            10.69,
            "ACME",
        ),
        (
            "Helvion will remain a shareholder in Acme, retaining just under 23% of the company.",
            "Helvion",
            23.0,
            "ACME",
        ),
        # the company the stake is in, when it is not the article's
        (
            "Brelmor Holdings owns a 12 per cent stake in Globex Mining.",
            "Brelmor Holdings",
            12.0,
            "Globex Mining",
        ),
    ],
)
def test_levels_in_more_forms(text: str, holder: str, percent: float, subject: str) -> None:
    (level,) = only(text, "ownership_level")
    assert (level["holder"], level["percent"], level["subject"]) == (holder, percent, subject)


@pytest.mark.parametrize(
    "text",
    [
        "Promoter Rakesh Vale sold a 5.7 per cent stake in Acme on Tuesday.",
        "Helvion decided to pare its holding by divesting a 2.5% stake in Acme.",
    ],
)
def test_the_size_of_a_sale_is_no_level(text: str) -> None:
    assert only(text, "ownership_level") == []


def test_shares_bought_are_the_shares_of_the_company_named() -> None:
    (stake,) = only(
        "Quenwick Capital purchased 12.4 million shares of Globex Petroleum.", "stake_change"
    )
    assert (stake["investor"], stake["subject"], stake["shares"]) == (
        "Quenwick Capital", "Globex Petroleum", 12_400_000,
    )  # fmt: skip


def test_an_insider_named_with_an_apposition() -> None:
    text = "Michael Vale, the founder and CEO of Acme, recently sold 10 million shares worth $1.2 billion."
    (stake,) = only(text, "stake_change")
    assert (stake["investor"], stake["direction"], stake["shares"], stake["amount"]) == (
        "Michael Vale", "sell", 10_000_000, 1.2e9,
    )  # fmt: skip


def test_the_total_of_a_sale_told_in_the_next_sentence() -> None:
    text = (
        "Acme CEO Jane Roe sold 25,000 shares of the company's stock on Monday. The shares were "
        "sold at an average price of $112.40, for a total value of $2,810,000."
    )
    (stake,) = only(text, "stake_change")
    assert (stake["shares"], stake["amount"]) == (25_000, 2_810_000)
    assert only(text, "price_level") == []


def test_an_insiders_price_per_share_is_no_market_price() -> None:
    assert only("Director Tom Lee bought 5,000 shares at $20.10 per share.", "price_level") == []


@pytest.mark.parametrize(
    ("text", "holder", "percent"),
    [
        (
            "Hedge funds and other institutional investors own 70.26% of the company’s stock.",
            "Hedge funds and other institutional investors",
            70.26,
        ),
        (
            "Quenwick Capital Management LLC owned approximately 0.17% of Acme at the end of the quarter.",
            "Quenwick Capital Management LLC",
            0.17,
        ),
    ],
)
def test_more_holders_of_a_level(text: str, holder: str, percent: float) -> None:
    (level,) = only(text, "ownership_level")
    assert (level["holder"], level["percent"]) == (holder, percent)


@pytest.mark.parametrize(
    ("text", "investor", "direction"),
    [
        (
            "Quenwick Rao and his family trust on Tuesday sold a 5.7 per cent stake in Zorvex.",
            "Quenwick Rao and his family trust",  # one holder, as written
            "sell",
        ),
        (
            "On March 3, Quenwick disclosed that he sold an additional 10 million shares.",
            "Quenwick",
            "sell",
        ),
        ("Helvion Capital had roughly halved its stake in Zorvex.", "Helvion Capital", "decrease"),
        (
            "Helvion Capital added a position in retail company Zorvex Inc.",
            "Helvion Capital",
            "new_position",
        ),
        # the holder confirms its own trade, with an auxiliary
        ("Helvion has confirmed it purchased more shares in Zorvex.", "Helvion", "buy"),
        # appositions between the holder and its verb: who controls it, what it is
        (
            "Namsen Trading, controlled by Dana Vale, the majority shareholder, bought 1.2 "
            "million shares of Zorvex on Monday.",
            "Namsen Trading",
            "buy",
        ),
        # a preposition opens the sentence before another name: the holder comes after it
        (
            "Like Quenwick, Helvion Trust acquired its shares in Zorvex after the takeover.",
            "Helvion Trust",
            "buy",
        ),
    ],
)
def test_more_ways_a_holder_trades(text: str, investor: str, direction: str) -> None:
    assert [(s["investor"], s["direction"]) for s in only(text, "stake_change")] == [
        (investor, direction)
    ]


@pytest.mark.parametrize(
    ("text", "percent", "subject"),
    [
        (
            "Helvion Capital now holds 8.2 million shares, or 6.1% of the outstanding stock.",
            6.1,
            "ACME",
        ),
        ("Helvion Capital owns 6.1% of Zorvex.", 6.1, "Zorvex"),
        ("Helvion had hit a 16 percent economic interest in the airline.", 16, "ACME"),
        ("Helvion announced it had taken more than a 10 percent share in the airline.", 10, "ACME"),
    ],
)
def test_more_ways_a_level_is_written(text: str, percent: float, subject: str) -> None:
    assert [(o["percent"], o["subject"]) for o in only(text, "ownership_level")] == [
        (percent, subject)
    ]


def test_crore_and_lakh_scale_an_amount() -> None:
    sale = only("Quenwick Rao sold 75 lakh shares of Zorvex for Rs 304 crore.", "stake_change")
    assert [(s["shares"], s["amount"]) for s in sale] == [(7_500_000, 3_040_000_000)]


def test_who_reported_a_stake_is_not_its_holder() -> None:
    text = "Quenwick News also reported on February 17 that Helvion Investment Fund raised its stake in Zorvex to 8.26%."
    stakes = [(s["investor"], s["subject"]) for s in only(text, "stake_change")]
    levels = [(lv["holder"], lv["percent"]) for lv in only(text, "ownership_level")]
    assert stakes == [("Helvion Investment Fund", "Zorvex")]
    assert levels == [("Helvion Investment Fund", 8.26)]


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "Quenwick Investment Management AB owned approximately 0.17% of Acme.",
            "Quenwick Investment Management AB",
        ),
        ("Dr. Jane Doe’s holding as a promoter of the company has changed to 31.69%.", "Jane Doe"),
        ("While Jane Doe sold 1.1 million shares, she still holds 16% of Acme.", "Jane Doe"),
        # a state named in full before its fund
        (
            "The Kingdom of Saudi Arabia's Public Investment Fund (PIF), chaired by its crown prince, "
            "has raised its stake in Acme to 6.03%.",
            "Public Investment Fund",
        ),
    ],
)
def test_a_holder_is_named_in_full_without_title_or_opener(text: str, holder: str) -> None:
    holders = {e["holder"] for e in only(text, "ownership_level")}
    holders |= {e["investor"] for e in only(text, "stake_change")}
    assert holder in holders


@pytest.mark.parametrize(
    ("text", "investor", "direction"),
    [
        (
            "Quenwick Energy, which acquired a 10 per cent stake in Acme in December 2024, will subscribe to the rights issue.",
            "Quenwick Energy",
            "new_position",
        ),
        ("Quenwick hived off a 3.3% stake in the firm for $950 million.", "Quenwick", "sell"),
    ],
)
def test_a_stake_bought_or_sold_whole_is_a_change_not_a_level(
    text: str, investor: str, direction: str
) -> None:
    assert [(c["investor"], c["direction"]) for c in only(text, "stake_change")] == [
        (investor, direction)
    ]
    assert only(text, "ownership_level") == []


def test_subscribing_to_a_rights_issue_is_no_promotion() -> None:
    text = "Quenwick holds a 50.1% stake in Acme and will subscribe to the rights issue."
    assert [lv["percent"] for lv in only(text, "ownership_level")] == [50.1]


def test_a_holders_ownership_in_a_company_is_its_stake() -> None:
    text = "Quenwick has increased its ownership in Zorvex to 12%."
    assert [(e["holder"], e["percent"]) for e in only(text, "ownership_level")] == [
        ("Quenwick", 12.0)
    ]


def test_stakes_held_respectively_are_no_price_moves() -> None:
    text = "Quenwick held 10 per cent, compared to Globex and Initech that held 5.3 per cent and 5 per cent, respectively."
    assert only(text, "price_move") == []


@pytest.mark.parametrize(
    ("text", "holder", "percent"),
    [
        ("The government currently holds a 25.3% stake in Zorvex.", "government", 25.3),
        ("The Treasury now owns 38.7% of Zorvex after a sale.", "Treasury", 38.7),
        ("The state's stake in Zorvex stands at 17.2% through a holding company.", "state", 17.2),
        ("The sovereign wealth fund holds a 6.1% stake in Zorvex.", "sovereign wealth fund", 6.1),
        (
            "Minister Jane Roe announced the sale, reducing the State's shareholding to 57.4%.",
            "State",
            57.4,
        ),
    ],
)
def test_a_public_holder_is_named_as_written(text: str, holder: str, percent: float) -> None:
    [got] = only(text, "ownership_level", subject="Zorvex")
    assert (got["holder"], got["percent"]) == (holder, percent)


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        (  # a state heads the level: the country is its holder; then a second holder's
            "Qatar owns 81.5 percent of Zorvex and the state-owned Quillon Fund holds a further "
            "16 percent.",
            [("Qatar", 81.5), ("Quillon Fund", 16.0)],
        ),
        ("As of June, Norway still holds about 34 percent of Zorvex.", [("Norway", 34.0)]),
        (
            "Quenwick Capital owns 8.5 percent of Zorvex and Brelmor Partners has an additional "
            "6 percent.",
            [("Quenwick Capital", 8.5), ("Brelmor Partners", 6.0)],
        ),
        # what follows "and" is no second holder when it holds no level
        (
            "Quenwick Capital owns 8.5 percent of Zorvex and revenue rose 6 percent.",
            [("Quenwick Capital", 8.5)],
        ),
        ("In Norway, Quenwick holds 5% of Zorvex.", [("Quenwick", 5.0)]),
        ("Zorvia holds 3 seats on the board.", []),
    ],
)
def test_a_state_and_a_second_holder_after_and(text: str, levels: list[tuple[str, float]]) -> None:
    assert [(g["holder"], g["percent"]) for g in only(text, "ownership_level")] == levels


def test_a_holders_levels_in_a_list_and_after_its() -> None:
    """ "Its" and "it" are the holder of the level before; each "N% in Company" of a list is a
    level in that company; "with X owning N%" is another holder's level in the same one."""
    text = (
        "The government holds a 25.3% stake in Zorvex Cement, with the Pension Fund (NPF) "
        "owning an additional 27%. Its shareholding in Quenwick Bank stands at 3.36%, while it "
        "holds 2.41% in Globex Finance, 1.1% in Initech Holdings, and 0.9% in Umbrella Insurance."
    )
    got = {(e["subject"], e["holder"], e["percent"]) for e in only(text, "ownership_level")}
    assert got == {
        ("Zorvex Cement", "government", 25.3),
        ("Zorvex Cement", "Pension Fund", 27.0),
        ("Quenwick Bank", "government", 3.36),
        ("Globex Finance", "government", 2.41),
        ("Initech Holdings", "government", 1.1),
        ("Umbrella Insurance", "government", 0.9),
    }


def test_its_stake_without_a_holder_before_is_no_level() -> None:
    assert only("Its shareholding in Quenwick Bank stands at 3.36%.", "ownership_level") == []


def test_a_level_as_units_with_their_share_in_brackets() -> None:
    text = "Quenwick's direct shareholding in Zorvex has risen to 3,251,346,245 units (7.77%)."
    [got] = only(text, "ownership_level")
    assert (got["holder"], got["percent"]) == ("Quenwick", 7.77)


@pytest.mark.parametrize(
    ("text", "investor", "direction"),
    [
        (
            "In a notice filed on Thursday, it was revealed that Orvale Investment, bought "
            "94,593,705 units of shares at £0.9604.",
            "Orvale Investment",
            "buy",
        ),
        (
            "The chairman of Umbrella Bank, Jane Ekwe, has acquired 1.268 billion shares in the bank.",
            "Jane Ekwe",
            "buy",
        ),
        (
            "Roe’s Yew Oak Consortium agreed a deal to purchase 26 million more shares.",
            "Yew Oak Consortium",
            "buy",
        ),
        (
            "Quenwick Partners agreed to sell 2 million shares of Zorvex.",
            "Quenwick Partners",
            "sell",
        ),
        (
            "It means Yew Oak Consortium has increased its stake to 26.23 per cent.",
            "Yew Oak Consortium",
            "increase",
        ),
    ],
)
def test_more_ways_a_holder_is_written_before_its_trade(
    text: str, investor: str, direction: str
) -> None:
    [got] = only(text, "stake_change", subject="Zorvex")
    assert (got["investor"], got["direction"]) == (investor, direction)


@pytest.mark.parametrize(
    ("text", "investor", "direction"),
    [
        # the holder heads a clause a conjunction opens after the sentence's own
        (
            "Acme shares slid on Monday after Quenwick sold 2 million shares in the company.",
            "Quenwick",
            "sell",
        ),
        (
            "That happened this week when Torvald disclosed that it had begun to sell down its "
            "holdings in Acme.",
            "Torvald",
            "decrease",
        ),
        (
            "The deal closed in March, when the largest shareholder, Brevik, trimmed its "
            "holding in Acme.",
            "Brevik",
            "decrease",
        ),
        # a holder named after what it is, in apposition
        (
            "The sale comes months after the majority shareholder in the company, Norvale hived "
            "off a 3.3% stake in Acme for $950 million.",
            "Norvale",
            "sell",
        ),
    ],
)
def test_a_holder_heading_a_later_clause(text: str, investor: str, direction: str) -> None:
    [got] = only(text, "stake_change")
    assert (got["investor"], got["direction"]) == (investor, direction)


@pytest.mark.parametrize(
    "text",
    [
        "Acme surged after Quenwick raised the shares to “Buy” from “Hold”.",
        "Acme gained after Brevik lifted the stock to Outperform on Tuesday.",
    ],
)
def test_a_brokers_call_after_a_conjunction_is_no_trade(text: str) -> None:
    assert only(text, "stake_change") == []


def test_a_holder_is_named_in_full_where_the_article_gives_its_full_name() -> None:
    text = (
        "Yew Oak Consortium bought 26 million shares. It means Yew Oak has increased its stake "
        "to 26.23 per cent of the firm."
    )
    levels = only(text, "ownership_level", subject="Zorvex")
    assert [(lv["holder"], lv["percent"]) for lv in levels] == [("Yew Oak Consortium", 26.23)]


def test_shares_in_the_company_opening_a_sentence_name_no_holder() -> None:
    text = "Shares in Zorvex Global Holdings jumped after Jane Roe's consortium raised its stake."
    assert [e["investor"] for e in only(text, "stake_change", subject="Zorvex")] != [
        "Zorvex Global Holdings"
    ]


def test_a_public_holder_trades_and_its_level_keeps_where_it_came_from() -> None:
    sold = only(
        "The state sold its remaining 2 per cent stake in Zorvex Bank last week.", "stake_change"
    )
    # its whole remaining stake: an exit, as dev's gold reads "sold the State's remaining 2 per
    # cent stake" (b10_h3_03) and "offload its remaining ... shares" (b14_h1_06)
    assert [(e["investor"], e["direction"]) for e in sold] == [("state", "exit")]
    text = "The Treasury now owns 4.92 billion voting rights after reducing its stake from 15.99% to 14.81%."
    [level] = only(text, "ownership_level", subject="Zorvex")
    assert (level["holder"], level["percent"], level["previous_percent"]) == (
        "Treasury",
        14.81,
        15.99,
    )


@pytest.mark.parametrize(
    ("text", "who", "direction"),
    [
        (
            "The Treasury now owns 4.92 billion voting rights after reducing its stake from "
            "15.99% to 14.81%.",
            "Treasury",
            "decrease",
        ),
        (
            "Kestrel Capital now holds 4.9 million shares after raising its holding from 4.1% "
            "to 5.3%.",
            "Kestrel Capital",
            "increase",
        ),
    ],
)
def test_a_level_told_with_the_change_that_made_it_is_the_change_too(
    text: str, who: str, direction: str
) -> None:
    [change] = only(text, "stake_change", subject="Zorvex")
    [level] = only(text, "ownership_level", subject="Zorvex")
    assert (change["investor"], change["direction"]) == (who, direction)
    assert level["holder"] == who


def test_a_place_that_owns_a_fund_is_not_its_name() -> None:
    text = "Saudi Arabia's Public Investment Fund has raised its stake in Zorvex from 5% to 6.03%."
    [change] = only(text, "stake_change", subject="Sample")
    assert change["investor"] == "Public Investment Fund"


def test_a_holders_table_gives_each_rows_level_and_date() -> None:
    text = (
        "Institutions Invested in Zorvex\n"
        "Date Reported | Holder | Percentage | Shares | Value |\n"
        "---|---|---|---|---|\n"
        "2023-03-31 | Kestrel Capital Management, LLC | 8% | 1,894,551 | $1,060,948 |\n"
        "2023-03-31 | Dana Vale | 2.5% | 401,757 | $224,983 |\n"
        "2023-03-31 | Quillon Trust Corporation | 0% | 54,300 | $30,408 |\n"
        "That is all."
    )
    levels = only(text, "ownership_level", subject="Zorvex")
    assert [(lv["holder"], lv["percent"], lv["shares"], lv["start"]) for lv in levels] == [
        ("Kestrel Capital Management, LLC", 8.0, 1894551.0, dt.date(2023, 3, 31)),
        ("Dana Vale", 2.5, 401757.0, dt.date(2023, 3, 31)),
    ]


def test_a_table_without_a_holders_column_is_no_holders_table() -> None:
    text = "Company | Percentage | Shares |\nZorvex | 8% | 1,000 |"
    assert only(text, "ownership_level", subject="Zorvex") == []


@pytest.mark.parametrize(
    ("text", "holder", "percent", "qualifier"),
    [
        ("Institutions own 64% of Zorvex.", "Institutions", 64.0, "exact"),
        (
            "Insiders such as directors and executives own 7.09% of the company's shares.",
            "Insiders",
            7.09,
            "exact",
        ),
        ("Insiders hold about 3.2% of the stock.", "Insiders", 3.2, "approx"),
        ("The top 19 shareholders own 51% of the company.", "Top 19 shareholders", 51.0, "exact"),
        (
            "With 76% stake, institutions possess the maximum shares in the company.",
            "Institutions",
            76.0,
            "exact",
        ),
        (
            "The company's rate of institutional share ownership now stands at 12.8%.",
            "Institutional investors",
            12.8,
            "exact",
        ),
        (
            "The promoter and promoter group shareholding has changed from 41.96 per cent to "
            "40.12 per cent.",
            "Promoter and promoter group",
            40.12,
            "exact",
        ),
    ],
)
def test_a_class_of_holders_and_its_level(
    text: str, holder: str, percent: float, qualifier: str
) -> None:
    [level] = only(text, "ownership_level", subject="Zorvex")
    assert (level["holder"], level["percent"], level["qualifier"]) == (holder, percent, qualifier)


def test_the_seller_after_from_is_never_who_traded() -> None:
    text = (
        "Brevik Capital has purchased another 20 per cent of Zorvex. It acquired 14,298,816 "
        "ordinary shares at $2.20 from Enqueue Inc, a holding company."
    )
    assert "Enqueue Inc" not in {
        s["investor"] for s in only(text, "stake_change", subject="Zorvex")
    }


def test_each_holder_of_a_sentence_has_its_own_level() -> None:
    text = (
        "The transfer doubles the PIF's holdings in Zorvex to 16%, with the government's stake "
        "falling to 82.186%."
    )
    levels = {(g["holder"], g["percent"]) for g in only(text, "ownership_level", subject="Zorvex")}
    assert levels == {("PIF", 16.0), ("government", 82.186)}


@pytest.mark.parametrize(
    ("text", "investor", "direction", "shares"),
    [
        (
            "The Brevik Capital Group has recently announced the sale of 1 million shares of Zorvex.",
            "Brevik Capital Group",
            "sell",
            1_000_000,
        ),
        (
            "Quenwick Partners completed the purchase of 2.5 million shares in Zorvex on Monday.",
            "Quenwick Partners",
            "buy",
            2_500_000,
        ),
    ],
)
def test_a_trade_announced_as_a_noun(text: str, investor: str, direction: str, shares: int) -> None:
    [trade] = only(text, "stake_change", subject="Zorvex")
    assert (trade["investor"], trade["direction"], trade["shares"]) == (investor, direction, shares)


@pytest.mark.parametrize(
    "second",
    [
        "It acquired 1.5 million shares of Quillon Industries on Tuesday.",
        "The fund acquired 1.5 million shares of Quillon Industries on Tuesday.",
        "The conglomerate acquired 1.5 million shares of Quillon Industries on Tuesday.",
    ],
)
def test_a_trade_told_by_a_pronoun_is_the_last_traders(second: str) -> None:
    text = "Helvion Capital sold 2 million shares of Zorvex on Monday. " + second
    stakes = [(s["investor"], s["direction"], s["subject"]) for s in only(text, "stake_change")]
    assert stakes == [
        ("Helvion Capital", "sell", "Zorvex"),
        ("Helvion Capital", "buy", "Quillon Industries"),
    ]


def test_a_pronoun_with_no_trader_before_names_nobody() -> None:
    assert only("It acquired 1.5 million shares of Quillon Industries.", "stake_change") == []


def test_money_spent_to_acquire_shares_is_a_purchase() -> None:
    text = (
        "Helvion Capital, a Dublin investment company, spent $45.9 million on Friday to acquire "
        "an additional 2,100,000 ordinary shares in Zorvex."
    )
    stakes = [(s["investor"], s["direction"], s["amount"]) for s in only(text, "stake_change")]
    assert stakes == [("Helvion Capital", "buy", 45.9e6)]


@pytest.mark.parametrize(
    ("text", "investor", "amount", "shares"),
    [
        (
            "Dana Okoro parted with a total of N22.50 million to acquire three million shares.",
            "Dana Okoro",
            22.5e6,
            3e6,
        ),
        ("Lars Holm paid $1.2 million to buy 50,000 shares of Zorvex.", "Lars Holm", 1.2e6, 5e4),
        (
            "Helvion Capital shelled out £1.04 million to purchase 116,000 shares in Zorvex.",
            "Helvion Capital",
            1.04e6,
            116000.0,
        ),
    ],
)
def test_money_paid_to_acquire_shares_is_a_purchase(
    text: str, investor: str, amount: float, shares: float
) -> None:
    [got] = only(text, "stake_change")
    assert (got["investor"], got["direction"], got["amount"], got["shares"]) == (
        investor,
        "buy",
        amount,
        shares,
    )


def test_money_paid_to_acquire_a_company_is_no_stake() -> None:
    assert only("Zorvex paid $2 billion to acquire Quillon Corp.", "stake_change") == []


def test_the_company_a_stake_is_in_is_not_its_holder() -> None:
    text = (
        "The contest for the majority stake in Zorvex Holdings dates back to 2021, when Quenwick "
        "Rao increased his shareholding from 5.07 per cent to 7.57 per cent."
    )
    stakes = [s["investor"] for s in only(text, "stake_change", subject="Zorvex")]
    levels = [
        (lv["holder"], lv["percent"]) for lv in only(text, "ownership_level", subject="Zorvex")
    ]
    assert stakes == ["Quenwick Rao"]
    assert levels == [("Quenwick Rao", 7.57)]


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        (
            "Quenwick Rao now holds a 9.4 per cent stake in Zorvex after acquiring 2 million shares.",
            "buy",
        ),
        (
            "Helvion Capital now owns 3.1% of Zorvex after selling 2 million shares on Monday.",
            "sell",
        ),
    ],
)
def test_a_trade_told_after_the_level_it_brought(text: str, direction: str) -> None:
    stakes = [(s["investor"], s["direction"]) for s in only(text, "stake_change")]
    assert [d for _, d in stakes] == [direction]
    assert len(only(text, "ownership_level")) == 1


@pytest.mark.parametrize(
    ("text", "investor", "direction"),
    [
        (
            "Helvion Capital sold 1.3 million Zorvex shares on Monday, its first sale since the "
            "fund bought into the company.",
            "Helvion Capital",
            "sell",
        ),
        (
            "Quillon Partners trimmed its holding in Zorvex, months after it acquired a new stake.",
            "Quillon Partners",
            "decrease",
        ),
        (
            "Brevik Holdings offloaded 800,000 shares of Zorvex; it had bought them in 2019.",
            "Brevik Holdings",
            "sell",
        ),
        (
            "Helvion Capital bought 2 million shares of Zorvex before it sold other holdings.",
            "Helvion Capital",
            "buy",
        ),
    ],
)
def test_the_first_trading_verb_tells_the_trade(text: str, investor: str, direction: str) -> None:
    stakes = [(s["investor"], s["direction"]) for s in only(text, "stake_change", subject="Zorvex")]
    assert stakes == [(investor, direction)]


@pytest.mark.parametrize(
    "trade",
    [
        "reduced its shareholding to below three per cent",
        "sold 2 million shares",
        "cut its position by 12%",
    ],
)
def test_the_trade_told_after_the_investor_is_its_own(trade: str) -> None:
    text = (
        "Meanwhile, about the time that the firm increased its stake, another investor, Quillon "
        f"Telecom International Ltd, {trade}."
    )
    stakes = [(s["investor"], s["direction"]) for s in only(text, "stake_change", subject="Zorvex")]
    assert [d for _, d in stakes] in (["decrease"], ["sell"])
    assert stakes[0][0].startswith("Quillon Telecom International")


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        (
            "The balance of his shareholdings are held through Helvion Capital Limited (13.2 "
            "percent), Quillon (11.9 percent), and Brevik Holdings (9.8 percent).",
            [("Helvion Capital Limited", 13.2), ("Quillon", 11.9), ("Brevik Holdings", 9.8)],
        ),
        (
            "Its largest shareholders are Dana Vale (21.59%) and Quenwick Partners (about 6.4%).",
            [("Dana Vale", 21.59), ("Quenwick Partners", 6.4)],
        ),
        (
            "The fund became Zorvex's largest investor, ahead of Helvion Capital and Quenwick "
            "Partners that held 5.3 per cent and 5 per cent, respectively.",
            [("Helvion Capital", 5.3), ("Quenwick Partners", 5.0)],
        ),
        (
            "Brevik, Quillon and Helvion own 12%, 8.5% and 4% respectively.",
            [("Brevik", 12.0), ("Quillon", 8.5), ("Helvion", 4.0)],
        ),
    ],
)
def test_holders_listed_with_their_levels(text: str, levels: list[tuple[str, float]]) -> None:
    got = [(g["holder"], g["percent"]) for g in only(text, "ownership_level", subject="Zorvex")]
    assert got == levels


@pytest.mark.parametrize(
    "text",
    [
        # figures in brackets that are moves or weights, or with no word of holdings
        "Zorvex (0.96%), Quillon Bank (0.30%), and Brevik Ltd (0.23%) were the only winners.",
        "The top losers were Zorvex Breweries Limited (2.36%) and Quillon Cement (2.14%).",
        "Zorvex (3.5%) and Quillon (2.1%) rose the most, with their shares held near highs.",
        "Zorvex (12.5%) and Quillon (8.1%) carry the largest weightings in the index.",
        "Revenue from Zorvex (45%) and Quillon (30%) made up most of the total.",
    ],
)
def test_figures_in_brackets_that_are_no_holders_levels(text: str) -> None:
    assert only(text, "ownership_level", subject="Helvion") == []


@pytest.mark.parametrize(
    ("text", "holder", "direction", "percent"),
    [
        (
            "In the past fortnight, large fund manager Quenwick has increased its ownership in "
            "niche real estate investment trust company Zorvex to a staggering 47.4%.",
            "Quenwick",
            "increase",
            47.4,
        ),
        (
            "After Brevik Group sold its Australian subsidiary, the Helvion Investment "
            "Corporation (HIC) increased its stake to 25.77%.",
            "Helvion Investment Corporation",
            "increase",
            25.77,
        ),
        (
            "The activist investor Quillon Partners cut its shareholding in Zorvex to 3.1%.",
            "Quillon Partners",
            "decrease",
            3.1,
        ),
        (
            "Japanese conglomerate Helvion Holdings raised its stake in Zorvex to a combined 12%.",
            "Helvion Holdings",
            "increase",
            12.0,
        ),
    ],
)
def test_a_holder_named_after_what_it_is(
    text: str, holder: str, direction: str, percent: float
) -> None:
    stakes = [(s["investor"], s["direction"]) for s in only(text, "stake_change", subject="Zorvex")]
    levels = [(g["holder"], g["percent"]) for g in only(text, "ownership_level", subject="Zorvex")]
    assert (stakes, levels) == ([(holder, direction)], [(holder, percent)])


@pytest.mark.parametrize(
    ("text", "sold"),
    [
        (
            "Helvion Capital acquired 14,298,816 ordinary shares in Zorvex at $2.20 from Enqueue "
            "Inc, a holding company, and 6,420,550 ordinary shares at $2.20 from Brevik "
            "Holdings Inc.",
            [("Enqueue Inc", 14_298_816), ("Brevik Holdings Inc", 6_420_550)],
        ),
        (
            "The investors bought 18 million shares of Zorvex, or 1.6%, from the Quillon family "
            "in a single block trade.",
            [("Quillon family", 18_000_000)],
        ),
        (
            "An 8% stake in Zorvex has been transferred from the government to the sovereign "
            "wealth fund.",
            [("government", None)],
        ),
        (
            "Quenwick Partners purchased a 5 per cent stake in Zorvex from Brevik Capital for "
            "€40 million.",
            [("Brevik Capital", None)],
        ),
    ],
)
def test_the_seller_a_buyer_bought_from(text: str, sold: list[tuple[str, int | None]]) -> None:
    sellers = [
        (s["investor"], s["shares"])
        for s in only(text, "stake_change", subject="Zorvex")
        if s["direction"] == "sell"
    ]
    assert sellers == sold


@pytest.mark.parametrize(
    "text",
    [
        "Helvion Capital bought 2 million shares of Zorvex from January to March.",
        "Helvion Capital bought 2 million shares of Zorvex from Hong Kong investors.",
        "Helvion Capital bought 2 million shares of Zorvex from the London Stock Exchange.",
        "Helvion Capital acquired shares in Zorvex from Zorvex itself in a placement.",
        "Helvion Capital bought 2 million shares from Brevik Holdings.",  # no company named
        "Zorvex's rating was raised from Hold to Buy after Helvion bought shares of Zorvex.",
    ],
)
def test_no_seller_after_from(text: str) -> None:
    sellers = [s for s in only(text, "stake_change", subject="Zorvex") if s["direction"] == "sell"]
    assert sellers == []


@pytest.mark.parametrize(
    "text",
    [
        "An 8% stake in Zorvex has been transferred from the government to the fund.",
        "A 12 per cent stake in Zorvex was sold to Helvion Capital last week.",
        "A 4.5% holding was placed with institutional investors on Monday.",
    ],
)
def test_a_stake_traded_in_the_passive_is_no_level(text: str) -> None:
    assert only(text, "ownership_level", subject="Zorvex") == []


def test_a_holder_is_named_in_full_with_all_its_organisations_words() -> None:
    text = (
        "Quenwick Investment Management took a stake last year. Quenwick has since raised its "
        "stake in Zorvex to 9.7 per cent."
    )
    levels = only(text, "ownership_level", subject="Zorvex")
    assert [(g["holder"], g["percent"]) for g in levels] == [
        ("Quenwick Investment Management", 9.7)
    ]


def test_a_company_whose_name_begins_in_lower_case_holds_the_stake() -> None:
    text = "Helvion Capital acquired 2,100,000 ordinary shares in zTech from Brevik Holdings."
    trades = [(s["investor"], s["subject"]) for s in only(text, "stake_change", subject="Quillon")]
    assert ("Brevik Holdings", "zTech") in trades


@pytest.mark.parametrize(
    ("text", "traders", "direction"),
    [
        (
            "According to the exchange, Quillon Mutual Fund, Brevik Investments (Mauritius), "
            "Helvion India Fund and Long Term Equity Fund were among the buyers of shares of "
            "Zorvex.",
            [
                "Quillon Mutual Fund",
                "Brevik Investments (Mauritius)",
                "Helvion India Fund",
                "Long Term Equity Fund",
            ],
            "buy",
        ),
        (
            "Quillon Trust and Helvion Capital were the sellers of the stake in Zorvex.",
            ["Quillon Trust", "Helvion Capital"],
            "sell",
        ),
        (
            "Buyers of the shares included Quillon Fund, Brevik Partners and Helvion Trust.",
            ["Quillon Fund", "Brevik Partners", "Helvion Trust"],
            "buy",
        ),
        (
            "Named sellers include Dana T. Vale (MD) and other Vale family members.",
            ["Dana T. Vale"],
            "sell",
        ),
        (
            "Quillon Institute of Technology, and Oslo-based Brevik Capital Management also "
            "picked up the shares of Zorvex, as per the block data.",
            ["Quillon Institute of Technology", "Brevik Capital Management"],
            "buy",
        ),
    ],
)
def test_traders_named_in_a_list(text: str, traders: list[str], direction: str) -> None:
    stakes = only(text, "stake_change", subject="Zorvex")
    assert [s["investor"] for s in stakes] == traders
    assert {s["direction"] for s in stakes} == {direction}


@pytest.mark.parametrize(
    "text",
    [
        "Foreign investors were net buyers of shares of Zorvex at Rs 584.1 million.",
        "Foreigners were net buyers at Rs. 584.1 million, up from Friday.",
        "The Zorvex EV4 was among the top sellers in November.",
        "Retail investors were among the buyers of Zorvex shares.",
    ],
)
def test_no_listed_traders(text: str) -> None:
    assert only(text, "stake_change", subject="Zorvex") == []


def test_two_names_joined_by_and_trade_together() -> None:
    text = "The founders Dana Vale and Ann Lee sold $1 billion worth of shares in Zorvex."
    assert [s["investor"] for s in only(text, "stake_change", subject="Zorvex")] == [
        "Dana Vale and Ann Lee"
    ]


def test_a_holder_in_apposition_is_no_list() -> None:
    text = "Zorvex’s Vice President, Ms. Dana Vale, sold nearly 147,000 Zorvex shares in June."
    assert [s["investor"] for s in only(text, "stake_change", subject="Zorvex")] == ["Dana Vale"]


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "The Quillon Investment Authority (Qia) has formally begun a stake sale. Qia sold "
            "2 million shares of Zorvex on Monday.",
            "Quillon Investment Authority",
        ),
        (
            "Norway's Helvion Pension Fund (HPF) is a large holder. HPF raised its stake in "
            "Zorvex to 6.1%.",
            "Helvion Pension Fund",
        ),
        (
            "Saudi Arabia's Brevik Investment Fund raised its stake in Zorvex to 6.03%.",
            "Brevik Investment Fund",
        ),
    ],
)
def test_a_holder_is_named_as_the_article_abbreviates_it(text: str, holder: str) -> None:
    stakes = {s["investor"] for s in only(text, "stake_change", subject="Zorvex")}
    levels = {g["holder"] for g in only(text, "ownership_level", subject="Zorvex")}
    assert stakes | levels == {holder}


def test_an_abbreviation_the_article_does_not_spell_out_stays() -> None:
    text = "The fund manager (FM) is new. QIA sold 2 million shares of Zorvex on Monday."
    assert [s["investor"] for s in only(text, "stake_change", subject="Zorvex")] == ["QIA"]


@pytest.mark.parametrize(
    "text",
    [
        "Quillon News reports that this acquisition raised his interest in Zorvex from 11.67 "
        "percent to 13.15 percent.",
        "Helvion Wire said that the deal raised her stake in Zorvex to 9 per cent.",
        "OSLO, Jan. 16 (Quillon Wire) — The number of companies in which the fund holds stakes "
        "of 5% or more has decreased by 14.",
        "INVESTORS bought shares of Zorvex last week after the company raised its outlook.",
        "Companies in which the pension fund holds stakes of 10% or more also decreased.",
    ],
)
def test_who_tells_the_news_or_a_class_of_many_holds_nothing(text: str) -> None:
    holders = {s["investor"] for s in only(text, "stake_change", subject="Zorvex")} | {
        g["holder"] for g in only(text, "ownership_level", subject="Zorvex")
    }
    assert not holders & {"Quillon News", "Helvion Wire", "Quillon Wire", "INVESTORS", "Companies"}


@pytest.mark.parametrize(
    "text",
    [
        "Quillon Research lowered shares of Zorvex from a “hold” rating to a “strong sell” "
        "rating in a report on Monday.",
        "Helvion Securities cut Zorvex shares to a sell recommendation on Friday.",
    ],
)
def test_a_brokers_call_on_the_shares_is_no_trade(text: str) -> None:
    assert only(text, "stake_change", subject="Zorvex") == []


@pytest.mark.parametrize(
    ("text", "holder", "percent"),
    [
        (
            "On Tuesday, the regulator authorised Quillon Bank - which previously held a 9.9% "
            "stake in Zorvex - to cross the 10% threshold.",
            "Quillon Bank",
            9.9,
        ),
        (
            "Dana Q. Roe’s Brevik Capital Limited, which holds an 8.67% stake, did not sell.",
            "Brevik Capital Limited",
            8.67,
        ),
        (
            "Helvion Partners, Zorvex’s second-largest investor with an 8.67 percent stake, "
            "did not sell.",
            "Helvion Partners",
            8.67,
        ),
    ],
)
def test_the_holder_a_relative_clause_tells_the_level_of(
    text: str, holder: str, percent: float
) -> None:
    levels = [(g["holder"], g["percent"]) for g in only(text, "ownership_level", subject="Zorvex")]
    assert levels == [(holder, percent)]


@pytest.mark.parametrize(
    ("text", "changes"),
    [
        (
            "Zorvex, Quillon Bank and Brevik Foods saw the highest increase in stake by FPIs in "
            "the September quarter, as per a broker's report.",
            [
                ("FPIs", "increase", "Zorvex"),
                ("FPIs", "increase", "Quillon Bank"),
                ("FPIs", "increase", "Brevik Foods"),
            ],
        ),
        (
            "The highest decrease in stake by mutual funds was in Zorvex and Helvion Motors while "
            "for insurers it was in Quillon Bank.",
            [
                ("mutual funds", "decrease", "Zorvex"),
                ("mutual funds", "decrease", "Helvion Motors"),
                ("insurers", "decrease", "Quillon Bank"),
            ],
        ),
        (
            "Meanwhile, banks and financial institutions increased their stake the most in Brevik "
            "Foods and Zorvex, the report said.",
            [
                ("banks and financial institutions", "increase", "Brevik Foods"),
                ("banks and financial institutions", "increase", "Zorvex"),
            ],
        ),
        (
            "Conversely, Zorvex, a cosmetics maker, experienced the largest decrease in Helvion "
            "Fund ownership.",
            [("Helvion Fund", "decrease", "Zorvex")],
        ),
    ],
)
def test_a_holders_changes_across_companies(text: str, changes: list[tuple[str, str, str]]) -> None:
    stakes = [(s["investor"], s["direction"], s["subject"]) for s in only(text, "stake_change")]
    assert stakes == changes


def test_a_holders_changes_listed_with_their_points() -> None:
    text = (
        "The Helvion Pension Service (HPS) cut stakes in 173 companies. Zorvex saw the largest "
        "increase in HPS ownership, with the fund’s stake rising 6.67 percentage points from "
        "5.64% to 12.31%. Other notable increases included Quillon Bank (up 5.24 percentage "
        "points to 12.24%) and Brevik Foods (down 5.02 points to 13.45%)."
    )
    stakes = [(s["investor"], s["direction"], s["subject"]) for s in only(text, "stake_change")]
    levels = [
        (g["holder"], g["percent"], g["previous_percent"], g["subject"])
        for g in only(text, "ownership_level")
    ]
    fund = "Helvion Pension Service"
    assert stakes[-3:] == [
        (fund, "increase", "Zorvex"),
        (fund, "increase", "Quillon Bank"),
        (fund, "decrease", "Brevik Foods"),
    ]
    assert levels == [
        (fund, 12.31, 5.64, "Zorvex"),
        (fund, 12.24, None, "Quillon Bank"),
        (fund, 13.45, None, "Brevik Foods"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # points with no holder told before: no one's changes
        "Other gainers included Quillon Bank (up 5.24 percentage points to 12.24%).",
        # a market's share, no stake
        "Zorvex saw the largest increase in market share among the carmakers.",
    ],
)
def test_no_changes_across_companies(text: str) -> None:
    assert only(text, "stake_change", subject="Zorvex") == []
    assert only(text, "ownership_level", subject="Zorvex") == []


def test_changes_across_companies_keep_the_period_told_before() -> None:
    text = (
        "Zorvex and Quillon Bank saw the highest increase in stake by FPIs in the September "
        "quarter. The highest decrease in stake by mutual funds was in Brevik Foods."
    )
    stakes = only(text, "stake_change", published="2023-11-29")
    assert {(s["start"], s["end"], s["precision"]) for s in stakes} == {
        (dt.date(2023, 7, 1), dt.date(2023, 9, 30), "quarter")
    }
    assert len(stakes) == 3


def test_money_flowing_into_shares_is_a_classes_purchase() -> None:
    text = (
        "Quillon Securities reported Zorvex saw HKD2.35B net inflows from Southbound funds last "
        "week, topping the buy list. Helvion (HLV-W) followed with HKD1.388B net inflows from "
        "Southbound funds. Brevik-W received HKD965M net inflows and had a broker raise its "
        "target. Quillon Motors recorded net outflows of US$120 million from foreign investors."
    )
    trades = [
        (s["subject"], s["investor"], s["direction"], s["amount"], s["currency"], s["precision"])
        for s in only(text, "stake_change", published="2025-08-12")
    ]
    assert trades == [
        ("Zorvex", "Southbound investors", "buy", 2.35e9, "HKD", "week"),
        ("Helvion", "Southbound investors", "buy", 1.388e9, "HKD", "week"),
        ("Brevik-W", "Southbound investors", "buy", 965e6, "HKD", "week"),
        ("Quillon Motors", "Foreign investors", "sell", 120e6, "USD", "week"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a company's own cash, no investors' money
        "Zorvex saw a cash inflow of R1bn in the first half, compared to an outflow of R4bn.",
        "Zorvex posted a free cash flow inflow of €2.2bn.",
        # no money, or whose money is never told
        "Zorvex saw strong inflows from Southbound funds last week.",
        "Zorvex received HKD965M net inflows.",
    ],
)
def test_no_flow_of_investors_money(text: str) -> None:
    assert only(text, "stake_change", subject="Zorvex") == []


@pytest.mark.parametrize(
    ("second", "percent"),
    [
        ("The $299 billion super fund raised its stake by 1 per cent to 13.7 per cent.", 13.7),
        ("The fund now holds a 6.2% stake.", 6.2),
        ("As a result, the fund's ownership in Zorvex decreased from 11.02% to 10.88%.", 10.88),
        ("The investment firm has since lifted its holding to 9 per cent.", 9.0),
    ],
)
def test_a_holder_told_by_what_it_is_is_the_one_named_before(second: str, percent: float) -> None:
    text = "Helvion Capital bought 2 million shares of Zorvex on Monday. " + second
    levels = [(g["holder"], g["percent"]) for g in only(text, "ownership_level", subject="Zorvex")]
    assert levels == [("Helvion Capital", percent)]


def test_a_group_told_by_its_word_is_the_story_s_group() -> None:
    text = (
        "The Quillon Capital Group announced the sale of 1 million shares of Zorvex. Quillon "
        "Capital Group said Brevik Group Limited offloaded 800,000 shares. As a result, the "
        "group’s ownership in Zorvex decreased from 11.02% to 10.88%."
    )
    levels = [(g["holder"], g["percent"]) for g in only(text, "ownership_level", subject="Zorvex")]
    assert levels == [("Quillon Capital Group", 10.88)]


def test_a_holder_told_by_what_it_is_with_no_holder_before_is_nobody() -> None:
    assert only("The fund now holds a 6.2% stake in Zorvex.", "ownership_level") == []


@pytest.mark.parametrize(
    ("text", "trades"),
    [
        (
            "Helvion Bank sold 200,000 shares of Zorvex, while Quillon Group Limited offloaded "
            "800,000 shares.",
            [("Helvion Bank", "sell", 200_000), ("Quillon Group Limited", "sell", 800_000)],
        ),
        (
            "While Dana Vale sold 1.1 million shares of Zorvex, Ann Lee bought nearly 1.5 "
            "million shares.",
            [("Dana Vale", "sell", 1_100_000), ("Ann Lee", "buy", 1_500_000)],
        ),
        (
            "Brevik Capital trimmed its stake in Zorvex by 2 million shares; Helvion Partners "
            "raised its position by 500,000 shares.",
            [("Brevik Capital", "decrease", 2_000_000), ("Helvion Partners", "increase", 500_000)],
        ),
    ],
)
def test_each_clause_of_a_sentence_has_its_own_trade(
    text: str, trades: list[tuple[str, str, int]]
) -> None:
    got = [
        (s["investor"], s["direction"], s["shares"])
        for s in only(text, "stake_change", subject="Zorvex")
    ]
    assert got == trades


def test_a_later_clause_without_a_holder_at_its_head_is_no_trade() -> None:
    text = "Helvion Bank sold 200,000 shares of Zorvex, while the stock fell 3% on the day."
    assert [s["investor"] for s in only(text, "stake_change", subject="Zorvex")] == ["Helvion Bank"]


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "Quenwick Investment Management took a position last year. By June, Quenwick held "
            "9.7 percent of the outstanding common shares of Zorvex.",
            "Quenwick Investment Management",
        ),
        (
            "Norway’s Helvion Capital Works has built a stake. Norway’s Helvion Capital holds "
            "5.12% of Zorvex shares.",
            "Helvion Capital Works",
        ),
    ],
)
def test_a_holders_short_name_is_its_full_name(text: str, holder: str) -> None:
    levels = {g["holder"] for g in only(text, "ownership_level", subject="Zorvex")}
    assert levels == {holder}


@pytest.mark.parametrize(
    ("text", "percent"),
    [
        (
            "Quillon began reducing its Zorvex stake in 2022, when it revealed the sale of a 7.2 "
            "per cent stake, leaving it with just shy of 20 per cent.",
            20.0,
        ),
        (
            "Quillon plans to take part in Zorvex’s rights issue and maintain its 10 per cent "
            "ownership stake in the developer.",
            10.0,
        ),
        (
            "Quillon announced the disposal of a 3% stake in Zorvex, taking its holding to 11%.",
            11.0,
        ),
    ],
)
def test_the_level_left_after_a_trade_told_as_a_noun(text: str, percent: float) -> None:
    levels = [(g["holder"], g["percent"]) for g in only(text, "ownership_level", subject="Zorvex")]
    assert levels == [("Quillon", percent)]


@pytest.mark.parametrize(
    "text",
    [
        "Quillon Investments will not be selling its 24.99% stake in Zorvex to Brevik.",
        "Quillon completed the acquisition of a 41.73% stake in Zorvex.",
    ],
)
def test_a_stake_traded_is_no_level(text: str) -> None:
    assert only(text, "ownership_level", subject="Zorvex") == []


@pytest.mark.parametrize(
    ("text", "buyer", "subject"),
    [
        (
            "Zorvex’s stock rose by 5.98%, closing at 155 rupees, following the acquisition of a "
            "41.73% stake by Quillon Dock Builders Limited.",
            "Quillon Dock Builders Limited",
            "Zorvex",
        ),
        (
            "A 12 per cent stake in Zorvex was bought by Brevik Partners last week.",
            "Brevik Partners",
            "Zorvex",
        ),
        (
            "The purchase of 2 million shares of Zorvex by Helvion Capital closed on Monday.",
            "Helvion Capital",
            "Zorvex",
        ),
    ],
)
def test_a_buyer_told_after_by(text: str, buyer: str, subject: str) -> None:
    stakes = [(s["investor"], s["direction"], s["subject"]) for s in only(text, "stake_change")]
    assert (buyer, "buy", subject) in stakes


def test_a_buyer_told_after_by_and_what_it_is_with_what_it_paid() -> None:
    text = (
        "Zorvex shares rose 2.85%, rewarding the purchase of a 9.9 % stake in the company by "
        "the Saudi telecommunications company Quillon Group for 2.1 billion euros."
    )
    [stake] = only(text, "stake_change", subject="Zorvex")
    got = (stake["investor"], stake["direction"], stake["amount"], stake["currency"])
    assert got == ("Quillon Group", "buy", 2.1e9, "EUR")


@pytest.mark.parametrize(
    "text",
    [
        "Zorvex, a cement firm purchased by the Quillon group, closed 1% higher.",
        "The acquisition of Zorvex by Helvion Capital closed on Monday.",
        "Shares of Zorvex rose 4% after a 12% jump in sales reported by the company.",
    ],
)
def test_no_buyer_after_by(text: str) -> None:
    investors = {s["investor"] for s in only(text, "stake_change")}
    assert not {i for i in investors if "Quillon" in i or "Helvion" in i}


@pytest.mark.parametrize(
    "text",
    [
        "Quenwick disclosed that it had begun to sell down its holdings in Zorvex.",
        "Oslo-based Helvion began reducing its Zorvex stake in 2022.",
        "Brevik Capital started trimming its position in Zorvex last month.",
    ],
)
def test_a_holder_beginning_to_sell_decreases_its_stake(text: str) -> None:
    assert [s["direction"] for s in only(text, "stake_change", subject="Zorvex")] == ["decrease"]


@pytest.mark.parametrize(
    "text",
    [
        "Zorvex began selling its new model in March.",
        "Quillon started cutting costs across its holdings of stores.",
    ],
)
def test_beginning_to_sell_goods_is_no_trade(text: str) -> None:
    assert only(text, "stake_change", subject="Zorvex") == []


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Helvion sold 1.33 million Zorvex shares traded in Hong Kong on Monday.", "Zorvex"),
        ("Brevik Capital bought 120,000 Quillon Bank shares last week.", "Quillon Bank"),
        ("Helvion sold 2 million Class A shares of Zorvex.", "Zorvex"),
    ],
)
def test_the_company_named_between_a_count_and_its_shares(text: str, subject: str) -> None:
    assert [s["subject"] for s in only(text, "stake_change", subject="Orvane")] == [subject]


def test_a_class_of_shares_is_no_company() -> None:
    text = "Helvion sold 2 million Class A shares on Monday."
    assert [s["subject"] for s in only(text, "stake_change", subject="Orvane")] == ["Orvane"]


@pytest.mark.parametrize(
    ("text", "investor"),
    [
        (
            "The founders Dana Vale and Ann Lorimer run Zorvex. While Vale sold 1.1 million "
            "shares, Lorimer offloaded nearly 1.5 million shares of Zorvex.",
            "Ann Lorimer",
        ),
        (
            "Billionaire Femi Quadrant controls Zorvex. Quadrant now holds a 9.41 per cent stake "
            "in Zorvex after acquiring 2 million shares.",
            "Femi Quadrant",
        ),
    ],
)
def test_a_person_named_by_surname_is_named_in_full(text: str, investor: str) -> None:
    assert investor in {s["investor"] for s in only(text, "stake_change", subject="Zorvex")}


@pytest.mark.parametrize(
    "text",
    [
        # a class of holders, a word the article writes in lower case
        "Zorvex Financial Institutions is a lender. With 76% stake, Institutions possess the "
        "maximum shares in the company, as institutions often do.",
    ],
)
def test_a_word_is_no_surname(text: str) -> None:
    holders = {g["holder"] for g in only(text, "ownership_level", subject="Zorvex")}
    assert "Zorvex Financial Institutions" not in holders
    assert "Financial Institutions" not in holders


@pytest.mark.parametrize(
    ("text", "sizes"),
    [
        (  # two dated trades
            "Quillon Partners sold 1 million Zorvex shares on March 3. Quillon Partners sold "
            "another 2 million Zorvex shares on April 9.",
            {1e6, 2e6},
        ),
        (  # two sizes, the date of one only
            "On May 2, Quillon Partners bought 400,000 shares of Zorvex. Quillon Partners later "
            "bought 1.5 million more shares of Zorvex.",
            {4e5, 1.5e6},
        ),
        (  # a purchase then a sale
            "Quillon Partners bought 300,000 Zorvex shares in January. Quillon Partners sold "
            "300,000 Zorvex shares in March.",
            {3e5},
        ),
    ],
)
def test_each_trade_of_one_investor_is_kept(text: str, sizes: set[float]) -> None:
    trades = only(text, "stake_change", subject="Zorvex")
    assert len(trades) == 2
    assert {t["shares"] for t in trades} == sizes


def test_a_trade_told_twice_is_one_event() -> None:
    text = (
        "Quillon Partners sold 2 million Zorvex shares on Tuesday. The sale by Quillon "
        "Partners of 2 million shares was its first."
    )
    assert len(only(text, "stake_change", subject="Zorvex")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Quillon Partners bought 300,000 Zorvex shares in January.",
        "Quillon Partners sold 1.2 million shares in Q3, cutting its holding in Zorvex to 4%.",
        "Quillon Partners lifted its stake in March by buying 50,000 Zorvex shares.",
    ],
)
def test_a_time_after_shares_in_is_no_company(text: str) -> None:
    assert {t["subject"] for t in only(text, "stake_change", subject="Zorvex")} == {"Zorvex"}


@pytest.mark.parametrize(
    ("text", "percent"),
    [
        (
            "Tycoon Dana Vale bought more Zorvex shares on Monday. His indirect holdings now "
            "stand at 3,491,125,586 units (8.34%).",
            8.34,
        ),
        (
            "Dana Vale bought 2 million Zorvex shares on Monday. With his purchase of "
            "863,180,810 shares, he increased his total stake in the group to 9.41 per cent.",
            9.41,
        ),
        (
            "Dana Vale sold 2 million Zorvex shares on Monday. She now holds 4.5% of Zorvex.",
            4.5,
        ),
    ],
)
def test_a_persons_level_told_by_a_pronoun(text: str, percent: float) -> None:
    levels = only(text, "ownership_level", subject="Zorvex")
    assert [(g["holder"], g["percent"]) for g in levels] == [("Dana Vale", percent)]


@pytest.mark.parametrize(
    "text",
    [
        "Billionaire Dana Vale bought 2 million Zorvex shares on Monday.",
        "Tycoon Dana Vale has raised her stake in Zorvex to 12%.",
        "Businessman Dana Vale sold 400,000 shares of Zorvex.",
    ],
)
def test_a_persons_descriptor_is_no_part_of_the_name(text: str) -> None:
    assert {s["investor"] for s in only(text, "stake_change", subject="Zorvex")} == {"Dana Vale"}


@pytest.mark.parametrize(
    "text",
    [
        "Dana Vale sold 300,000 Zorvex shares on May 2. On the same day, he bought 2 million "
        "Quillon shares.",
        "Dana Vale sold 300,000 Zorvex shares on May 2. Days after the sale of 18,000,000 "
        "units, she bought 2 million Quillon shares.",
    ],
)
def test_a_trade_by_a_pronoun_after_an_opening_clause(text: str) -> None:
    trades = only(text, "stake_change", subject="Zorvex")
    assert ("Dana Vale", "buy", "Quillon") in {
        (t["investor"], t["direction"], t["subject"]) for t in trades
    }


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Quillon Partners began reducing its Brevik stake in 2022.", "Brevik"),
        ("Quillon Hotels said they sold $15.6 million of Brevik shares in May.", "Brevik"),
        ("Dana Vale sold her Brevik Mining shares on Monday.", "Brevik Mining"),
    ],
)
def test_the_company_named_before_the_stake(text: str, company: str) -> None:
    assert {s["subject"] for s in only(text, "stake_change", subject="Zorvex")} == {company}


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        (
            "Quillon Fund originally acquired a 5.01% stake in Zorvex in May 2022, and then "
            "raised that stake to 6.07% in January before this latest raise in February.",
            {("new_position", None, dt.date(2022, 5, 1)), ("increase", None, dt.date(2023, 1, 1))},
        ),
        (
            "Quillon Fund bought 2 million Zorvex shares in 2021, later cutting its holding to "
            "3% in November.",
            {("buy", 2e6, dt.date(2021, 1, 1)), ("decrease", None, dt.date(2022, 11, 1))},
        ),
        (
            "Dana Vale bought Zorvex shares in 2021 and then sold 100,000 shares on Wednesday.",
            {("buy", None, dt.date(2021, 1, 1)), ("sell", 1e5, dt.date(2023, 3, 1))},
        ),
    ],
)
def test_a_later_act_in_a_clause_of_its_own(
    text: str, acts: set[tuple[str, float | None, dt.date]]
) -> None:
    trades = only(text, "stake_change", subject="Zorvex", published="2023-03-03")
    assert {(t["direction"], t["shares"], t["start"]) for t in trades} == acts


@pytest.mark.parametrize(
    ("text", "percent", "month"),
    [
        (
            "Quillon Fund originally acquired a 5.01% stake in Zorvex in May 2022, and then "
            "raised that stake to 6.07% in January.",
            6.07,
            dt.date(2023, 1, 1),
        ),
        (
            "Quillon Fund bought 2 million Zorvex shares in 2021, later cutting its holding to "
            "3% in November.",
            3.0,
            dt.date(2022, 11, 1),
        ),
    ],
)
def test_a_level_of_a_later_act_has_its_clauses_date(
    text: str, percent: float, month: dt.date
) -> None:
    levels = only(text, "ownership_level", subject="Zorvex", published="2023-03-03")
    assert [(g["percent"], g["start"]) for g in levels] == [(percent, month)]


@pytest.mark.parametrize(
    ("text", "investor"),
    [
        (
            "Zorvex promoter Dana Vale and his family trust on Tuesday sold a 5.7 per cent stake "
            "in the airline through a block deal.",
            "Dana Vale and his family trust",
        ),
        (
            "Quillon Partners and Brevik Corp. together acquired an additional 1.13% stake in "
            "Zorvex on the open market.",
            "Quillon Partners and Brevik Corp",
        ),
        (
            "Quillon Partners and Brevik jointly bought 3 million Zorvex shares on Monday.",
            "Quillon Partners and Brevik",
        ),
    ],
)
def test_holders_acting_as_one_trade_as_one(text: str, investor: str) -> None:
    assert {s["investor"] for s in only(text, "stake_change", subject="Zorvex")} == {investor}


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "Before the latest transaction, Vale and the family trust together owned about 13.5 "
            "per cent stake in Zorvex.",
            "Vale and the family trust",
        ),
        (
            "The purchase has increased Quillon Partners and Brevik’s combined stake in Zorvex to "
            "40.97% of total issued shares.",
            "Quillon Partners and Brevik",
        ),
    ],
)
def test_holders_acting_as_one_hold_as_one(text: str, holder: str) -> None:
    assert {g["holder"] for g in only(text, "ownership_level", subject="Zorvex")} == {holder}


@pytest.mark.parametrize(
    ("text", "holder", "percent", "company"),
    [
        (
            "The deal covers roughly half of Brevik’s 10% stake in Zorvex, according to a filing.",
            "Brevik",
            10.0,
            "Zorvex",
        ),
        (
            "Quillon Capital's 7.5 per cent stake in Zorvex is worth $2 billion.",
            "Quillon Capital",
            7.5,
            "Zorvex",
        ),
        (
            "He is behind Dana Vale’s 11.29 per cent shareholding of Brevik Bank.",
            "Dana Vale",
            11.29,
            "Brevik Bank",
        ),
    ],
)
def test_a_level_written_as_its_holders(
    text: str, holder: str, percent: float, company: str
) -> None:
    levels = only(text, "ownership_level", subject="Zorvex")
    assert [(g["holder"], g["percent"], g["subject"]) for g in levels] == [
        (holder, percent, company)
    ]


def test_a_holders_stake_sold_is_no_level() -> None:
    assert only("Quillon Capital sold its 5% stake in Zorvex.", "ownership_level") == []


@pytest.mark.parametrize(
    "second",
    [
        "Quillon Asset Management AB owned approximately 0.17% of Zorvex worth $450,988,000 at "
        "the end of the most recent quarter.",
        "Quillon Asset Management AB held 0.2% of Zorvex at the end of the last quarter.",
    ],
)
def test_the_most_recent_quarter_of_a_holdings_story_is_its_filings(second: str) -> None:
    text = (
        "Quillon Asset Management AB trimmed its position in shares of Zorvex by 6.9% during "
        "the 4th quarter, according to its most recent 13F filing. " + second
    )
    levels = only(text, "ownership_level", subject="Zorvex", published="2025-01-06")
    assert [(g["start"], g["precision"]) for g in levels] == [(dt.date(2024, 10, 1), "quarter")]


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        (
            "Promoters hold a 40.32 per cent stake and the remaining 48.22 per cent is held by "
            "the general public.",
            {("Promoters", 40.32, "Zorvex"), ("General public", 48.22, "Zorvex")},
        ),
        (
            "A 30% stake in Brevik Mining is owned by the Quillon family.",
            {("Quillon family", 30.0, "Brevik Mining")},
        ),
        (
            "Quillon Partners owns 30% of the company, while 25% is held by the Vale family.",
            {("Quillon Partners", 30.0, "Zorvex"), ("Vale family", 25.0, "Zorvex")},
        ),
    ],
)
def test_a_level_told_in_the_passive(text: str, levels: set[tuple[str, float, str]]) -> None:
    found = only(text, "ownership_level", subject="Zorvex")
    assert {(g["holder"], g["percent"], g["subject"]) for g in found} == levels


def test_a_time_after_held_by_is_no_holder() -> None:
    assert only("About 12% of Zorvex was held by March.", "ownership_level", subject="Zorvex") == []


@pytest.mark.parametrize(
    "text",
    [
        # a company bought by another, in apposition: no trade of its own
        "Quillon Holdings, a cement firm purchased by the Brevik group, closed one centavo higher.",
        # a headline's passive: the trader is after "by"
        "Zorvex Corporation $ZRV Stock Holdings Trimmed by Quillon & Associates Inc.",
        # traders in general
        "“The optimism is alive as investors scooped up AI-related shares,” said Dana Vale, "
        "chief strategist at Quillon Asset Management.",
        # the regulator a filing is made with
        "A filing with the Zorvex Securities and Exchange Commission on May 30 reveals that "
        "Zorvex offloaded 10 million shares of Brevik.",
    ],
)
def test_no_trader_named_in_the_sentence(text: str) -> None:
    traders = {s["investor"] for s in only(text, "stake_change", subject="Zorvex")}
    assert not traders & {
        "Quillon Holdings",
        "ZRV Stock Holdings",
        "Quillon Asset Management",
        "Asset Management",
        "Zorvex Securities",
    }


@pytest.mark.parametrize(
    ("text", "direction", "shares"),
    [
        (
            "Quenwick Capital added nearly 323,500 shares for a stake worth $14.7 million.",
            "buy",
            323500.0,
        ),
        ("Brevik Partners added about 1.2 million shares of Zorvex in May.", "buy", 1.2e6),
        ("Brevik Partners shed its entire stake in Zorvex.", "exit", None),
        ("Quenwick Advisors dumped their whole position in Zorvex last quarter.", "exit", None),
    ],
)
def test_a_trade_told_with_a_qualified_size_or_a_whole_stake_shed(
    text: str, direction: str, shares: float | None
) -> None:
    [got] = only(text, "stake_change", subject="ZRV")
    assert (got["direction"], got["shares"]) == (direction, shares)


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        (
            "Quillon Capital now holds a 10.7 per cent stake in Zorvex, up from the 7.7 per cent "
            "disclosed on February 11.",
            [(10.7, dt.date(2025, 3, 7), "day"), (7.7, dt.date(2025, 2, 11), "day")],
        ),
        (
            "Brevik Partners owns 12.4% of Zorvex, up from 9.1% reported on January 15, a filing "
            "showed on Tuesday.",
            [(12.4, dt.date(2025, 3, 4), "day"), (9.1, dt.date(2025, 1, 15), "day")],
        ),
        (
            "Helvion Trust now owns 4.2% of Zorvex, down from the 6.8% it held in December.",
            [(4.2, dt.date(2025, 3, 7), "day"), (6.8, dt.date(2024, 12, 1), "month")],
        ),
        (
            "As of September 30, Brevik Capital held 7.3% of Zorvex, up from 5.9% at the end of "
            "June.",
            [(7.3, dt.date(2024, 9, 30), "day"), (5.9, dt.date(2024, 6, 30), "day")],
        ),
        (  # the cue after the earlier level is the cut's: one level
            "Kestrel Fund cut its holding in Zorvex to 4.9% from 6% last week.",
            [(4.9, dt.date(2025, 2, 24), "week")],
        ),
    ],
)
def test_a_level_risen_from_a_dated_one_is_two_levels_each_of_its_date(
    text: str, levels: list[tuple[float, dt.date, str]]
) -> None:
    found = only(text, "ownership_level", subject="Zorvex", published="2025-03-07")
    assert [(g["percent"], g["start"], g["precision"]) for g in found] == levels


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Quillon Capital now owns 6.1% of Zorvex after buying more shares.", dt.date(2025, 3, 7)),
        ("Brevik Fund now holds a 5.3 per cent stake in Zorvex.", dt.date(2025, 3, 7)),
        ("Quillon Capital holds a 6.1% stake in Zorvex.", None),  # no cue: unknown
        # the level a change has brought, in the present perfect
        (
            "Post this transaction, the total promoter & promoter group shareholding in the "
            "company has changed from 41.9 per cent to 38.8 per cent.",
            dt.date(2025, 3, 7),
        ),
        (
            "The purchase has increased Quillon Capital's stake in Zorvex to 12.4%.",
            dt.date(2025, 3, 7),
        ),
        (
            "Brevik Fund's holding in Zorvex has fallen to 3.9 per cent.",
            dt.date(2025, 3, 7),
        ),
    ],
)
def test_a_level_held_now_is_the_publication_days(text: str, start: dt.date | None) -> None:
    found = only(text, "ownership_level", subject="Zorvex", published="2025-03-07")
    assert [(g["start"], g["end"]) for g in found] == [(start, start)]


@pytest.mark.parametrize(
    ("text", "direction", "first", "last"),
    [
        (
            "Quillon Capital holds 5.2% of Zorvex shares after building its stake from Feb. 20 "
            "to Thursday, according to a filing.",
            "increase",
            dt.date(2025, 2, 20),
            dt.date(2025, 3, 6),
        ),
        (
            "Brevik Partners, which runs a value fund, owns 6.4% of Zorvex after buying shares "
            "between February 3 and February 14.",
            "buy",
            dt.date(2025, 2, 3),
            dt.date(2025, 2, 14),
        ),
        (
            "Quillon Capital, which manages a pension fund, holds 7.5% of Zorvex after building "
            "up its stake from Jan. 6 to Monday.",
            "increase",
            dt.date(2025, 1, 6),
            dt.date(2025, 3, 3),
        ),
    ],
)
def test_a_level_reached_by_trading_over_days_is_the_last_days(
    text: str, direction: str, first: dt.date, last: dt.date
) -> None:
    levels = only(text, "ownership_level", subject="Zorvex", published="2025-03-07")
    trades = only(text, "stake_change", subject="Zorvex", published="2025-03-07")
    assert [(g["start"], g["end"], g["precision"]) for g in levels] == [(last, last, "day")]
    assert [(s["direction"], s["start"], s["end"]) for s in trades] == [(direction, first, last)]


@pytest.mark.parametrize(
    ("text", "trades"),
    [
        (
            "Helvion Capital and Marlow Asset Management were among investors who shed their "
            "stake in Zorvex in the third quarter.",
            {("Helvion Capital", "sell"), ("Marlow Asset Management", "sell")},
        ),
        (
            "Quillon Partners was among the hedge funds that added shares of Zorvex during the "
            "third quarter.",
            {("Quillon Partners", "buy")},
        ),
        (
            "Brevik Trust, Osprey Capital and Kestrel Fund were also among the institutions that "
            "trimmed their positions in Zorvex in the third quarter.",
            {
                ("Brevik Trust", "decrease"),
                ("Osprey Capital", "decrease"),
                ("Kestrel Fund", "decrease"),
            },
        ),
    ],
)
def test_traders_among_a_class_of_holders_trade_as_it_tells(
    text: str, trades: set[tuple[str, str]]
) -> None:
    found = only(text, "stake_change", subject="Zorvex", published="2025-02-14")
    assert {(s["investor"], s["direction"]) for s in found} == trades
    assert {s["start"] for s in found} == {dt.date(2024, 7, 1)}


@pytest.mark.parametrize(
    ("text", "investor", "direction"),
    [
        ("Torvald Sigma, meanwhile, added 250,000 shares of Zorvex.", "Torvald Sigma", "buy"),
        (
            "Osprey Capital, however, shed 40,000 Zorvex shares in the period.",
            "Osprey Capital",
            "sell",
        ),
        (
            "Kestrel Partners, for its part, sold its entire stake in Zorvex.",
            "Kestrel Partners",
            "exit",
        ),
        (
            "In a bulk deal on the exchange on Wednesday, Quillon Mutual Fund bought 25 lakh "
            "shares of Zorvex.",
            "Quillon Mutual Fund",
            "buy",
        ),
    ],
)
def test_a_trader_heads_its_trade_past_a_word_or_clause_of_the_story(
    text: str, investor: str, direction: str
) -> None:
    found = only(text, "stake_change", subject="Zorvex")
    assert [(s["investor"], s["direction"]) for s in found] == [(investor, direction)]


@pytest.mark.parametrize(
    ("lead", "published", "span", "precision"),
    [
        (
            "The number of companies in which the fund holds 5% or more fell from 285 at the "
            "end of 2023 to 271 by the end of 2024, a research firm said.",
            "2025-01-16",
            (dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
            "year",
        ),
        (
            "Foreign portfolio investors' holdings fell from 17.3% at the end of June to 16.8% "
            "at the end of September, a brokerage's analysis showed.",
            "2024-10-20",
            (dt.date(2024, 7, 1), dt.date(2024, 9, 30)),
            "quarter",
        ),
        (
            "Pension funds' combined holdings rose from 9.1% at end-March to 9.6% at "
            "end-September, the exchange said.",
            "2024-10-20",
            (dt.date(2024, 4, 1), dt.date(2024, 9, 30)),
            "day",
        ),
    ],
)
def test_a_roundups_changes_span_the_period_ends_it_compares(
    lead: str, published: str, span: tuple[dt.date, dt.date], precision: str
) -> None:
    text = (
        f"{lead} Zorvex saw the largest increase in FPI ownership, with their stake rising from "
        "5.1% to 7.4%. Other increases included Quillon Motors (up 1.2 percentage points to "
        "9.9%) and Brevik Steel (up 0.8 points to 4.4%)."
    )
    trades = only(text, "stake_change", subject="Zorvex", published=published)
    levels = only(text, "ownership_level", subject="Zorvex", published=published)
    assert {s["subject"] for s in trades} == {"Zorvex", "Quillon Motors", "Brevik Steel"}
    assert {(s["start"], s["end"], s["precision"]) for s in trades} == {(*span, precision)}
    rising = [g for g in levels if g["percent"] in (7.4, 9.9, 4.4)]
    assert len(rising) == 3
    assert {(g["start"], g["end"], g["precision"]) for g in rising} == {(span[1], span[1], "day")}


@pytest.mark.parametrize(
    ("text", "trades"),
    [
        (
            "A regulatory filing for the fund's holdings at the end of the third quarter showed "
            "Quillon Partners had halved its stake in Zorvex while adding a position in retail "
            "company Brevik Motors.",
            {("Zorvex", "decrease"), ("Brevik Motors", "new_position")},
        ),
        (
            "Osprey Capital trimmed its holding in Zorvex, while boosting its stake in Kestrel "
            "Bank and exiting its position in Marlow Foods.",
            {("Zorvex", "decrease"), ("Kestrel Bank", "increase"), ("Marlow Foods", "exit")},
        ),
        (  # no company in the other act: no trade of it
            "Helvion Fund sold 2 million Zorvex shares while buying bonds.",
            {("Zorvex", "sell")},
        ),
    ],
)
def test_a_traders_other_company_told_as_what_it_did_meanwhile(
    text: str, trades: set[tuple[str, str]]
) -> None:
    found = only(text, "stake_change", subject="Zorvex", published="2024-11-20")
    assert {(s["subject"], s["direction"]) for s in found} == trades
    assert len({s["investor"] for s in found}) == 1


@pytest.mark.parametrize(
    ("text", "direction", "companies"),
    [
        (
            "In Q2, Quillon Capital opened new positions in three home construction companies — "
            "Brevik Homes, Osprey Builders, and Kestrel Living.",
            "new_position",
            {"Brevik Homes", "Osprey Builders", "Kestrel Living"},
        ),
        (
            "Marlow Partners raised its stakes in Helvion Bank, Torvald Steel and Lindqvist Foods "
            "during the second quarter.",
            "increase",
            {"Helvion Bank", "Torvald Steel", "Lindqvist Foods"},
        ),
        (
            "In the second quarter, Osprey Fund trimmed its positions in two lenders: Kestrel Bank "
            "and Marlow Credit.",
            "decrease",
            {"Kestrel Bank", "Marlow Credit"},
        ),
    ],
)
def test_a_trade_in_companies_listed_is_one_in_each(
    text: str, direction: str, companies: set[str]
) -> None:
    found = only(text, "stake_change", subject="Zorvex", published="2023-08-20")
    assert {(s["subject"], s["direction"]) for s in found} == {(c, direction) for c in companies}
    assert {(s["start"], s["precision"]) for s in found} == {(dt.date(2023, 4, 1), "quarter")}


def test_a_brokers_trimmed_price_is_no_trade() -> None:
    text = "Elara Securities trimmed the price at which investors should close their positions."
    assert only(text, "stake_change", subject="Zorvex") == []


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Quillon Capital bought a 4.5% stake in India's Brevik Steel on Tuesday.", "Brevik Steel"),
        (
            "Osprey Fund sold its 12% stake in Britain's biggest lender Kestrel Bank.",
            "Kestrel Bank",
        ),
        ("Marlow Partners raised its holding in Japan’s Torvald Motors to 6%.", "Torvald Motors"),
    ],
)
def test_a_stake_in_a_countrys_company_is_in_the_company(text: str, company: str) -> None:
    found = only(text, "stake_change", subject="Zorvex", published="2024-11-20")
    assert {s["subject"] for s in found} == {company}


@pytest.mark.parametrize(
    ("text", "kind", "who"),
    [
        (
            "Promoter Dana Vale offloaded 3.5 lakh shares of Zorvex between November 11 and 13.",
            "stake_change",
            "Dana Vale",
        ),
        ("Founder Ann Lee sold 200,000 Zorvex shares on Tuesday.", "stake_change", "Ann Lee"),
        (
            "At the end of the September quarter, foreign portfolio investors owned 18.4% of "
            "Zorvex.",
            "ownership_level",
            "Foreign portfolio investors",
        ),
    ],
)
def test_a_holder_named_with_its_role_or_as_a_class(text: str, kind: str, who: str) -> None:
    found = only(text, kind, subject="Zorvex", published="2024-11-20")
    assert [g.get("investor") or g.get("holder") for g in found] == [who]


@pytest.mark.parametrize(
    "text",
    [
        "FPI holding (including ADR and GDR) in the BSE-200 Index stood at 21.4 per cent in the "
        "September quarter.",
        "DII holding in the Nifty Midcap Index increased to 15.7 per cent from 15.5 per cent.",
    ],
)
def test_a_class_of_holders_share_of_an_index_is_no_companys_level(text: str) -> None:
    assert only(text, "ownership_level", subject="Zorvex", published="2023-11-29") == []


@pytest.mark.parametrize(
    "text",
    [
        "Quillon's top investor is selling around $400 million worth of shares, or a 1.85 per "
        "cent stake, in the airline, Reuters reported on Wednesday.",
        "Brevik Capital bought 18 million Zorvex shares, or about a 1.6% stake, from the founders.",
    ],
)
def test_shares_traded_told_again_as_a_stake_are_no_level(text: str) -> None:
    assert only(text, "ownership_level", subject="Zorvex", published="2023-06-30") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Temasek is the largest shareholder of Zorvex Bank, with a 29% stake.",
            [("Zorvex Bank", "Temasek", 29.0)],
        ),
        (
            "Norges Bank is also a shareholder in Kraglund, with 3.2 per cent.",
            [("Kraglund", "Norges Bank", 3.2)],
        ),
        (
            "Quillon Capital remains the second-largest shareholder of the company, with a stake "
            "of 12.5%.",
            [("ACME", "Quillon Capital", 12.5)],
        ),
        (
            "BlackRock holds 6.8% of the bank, Capital Research has 5.03%, and Vanguard is also "
            "a shareholder of the bank, with 4.7%.",
            [
                ("ACME", "BlackRock", 6.8),
                ("ACME", "Capital Research", 5.03),
                ("ACME", "Vanguard", 4.7),
            ],
        ),
        (
            "Brevik Partners is also a stakeholder in Velmar Bank, with 6.56%, as is the case "
            "with Goldman Sachs, holding 2.88% of the total shares of the bank.",
            [("Velmar Bank", "Brevik Partners", 6.56), ("Velmar Bank", "Goldman Sachs", 2.88)],
        ),
    ],
)
def test_holders_told_as_shareholders_with_their_levels_and_in_lists(
    text: str, expected: list[tuple[str, str, float]]
) -> None:
    got = [(g["subject"], g["holder"], g["percent"]) for g in only(text, "ownership_level")]
    assert got == expected


def test_a_shareholder_without_a_level_is_no_level() -> None:
    assert only("Temasek is the largest shareholder of Zorvex Bank.", "ownership_level") == []


@pytest.mark.parametrize(
    ("text", "holder", "percent"),
    [
        # a fraction of one per cent written without its nought
        ("Quenwick Capital owns only .02 percent of Acme.", "Quenwick Capital", 0.02),
        (
            "Dana Vale, who is also the company's COO, owns only .5 per cent of Acme.",
            "Dana Vale",
            0.5,
        ),
        # what a seller is left with
        ("Quenwick Capital is still left with about 16% of Acme.", "Quenwick Capital", 16.0),
        # an economic or voting interest is a level
        ("Brevik Partners raised its voting interest in Acme to 9.4%.", "Brevik Partners", 9.4),
        (
            "Quenwick Capital holds a 16% stake in Acme. Its economic interest has dropped to "
            "13.1 percent.",
            "Quenwick Capital",
            13.1,
        ),
    ],
)
def test_more_ways_a_level_is_held(text: str, holder: str, percent: float) -> None:
    got = [(e["holder"], e["percent"]) for e in only(text, "ownership_level")]
    assert (holder, percent) in got


def test_an_interest_rate_is_no_level() -> None:
    assert only("Acme cut the interest rate on its notes to 5.5 percent.", "ownership_level") == []


def test_a_role_is_nobodys_name_as_a_holder() -> None:
    text = (
        "Vale, who is president and CEO of Acme and Brevik (where he is also vice chairman and "
        "COO), owns only .02 percent of Acme under his name."
    )
    assert "COO" not in [e["holder"] for e in only(text, "ownership_level")]


@pytest.mark.parametrize(
    ("text", "investor"),
    [
        (
            "On September 29, 2008, Zorvex Energy spent $230 million to buy 225 million shares "
            "of Acme.",
            "Zorvex Energy",
        ),
        ("On March 4, 2024, Quenwick bought 2 million shares of Acme.", "Quenwick"),
        ("In June 12, 2025, Dana Vale sold 150,000 shares of Acme.", "Dana Vale"),
    ],
)
def test_the_year_of_an_opening_date_is_no_part_of_the_traders_name(
    text: str, investor: str
) -> None:
    [got] = only(text, "stake_change")
    assert got["investor"] == investor


@pytest.mark.parametrize(
    "where",
    ["the Nasdaq-listed company", "the Junior Market-listed firm", "the Lagos-based lender"],
)
def test_a_company_described_by_its_listing_is_the_articles(where: str) -> None:
    text = (
        "Quenwick Capital has purchased another 20 per cent of Acme to move its stake to 69.08 "
        f"per cent, and must now offer to buy the rest of the shares in {where}."
    )
    assert [e["subject"] for e in only(text, "ownership_level")] == ["ACME"]


@pytest.mark.parametrize(
    ("text", "investor"),
    [
        # holders named together after a plural description, heading a clause "as" opens
        (
            "Acme has been in the news, as the Danish founders Ana Berg and Lars Holm sold "
            "$200 million worth of shares in the company.",
            "Ana Berg and Lars Holm",
        ),
        (
            "Shares slipped as the activist investor Quenwick sold 2 million shares of Acme.",
            "Quenwick",
        ),
        # a capitalised adjective of where the holder is from
        ("The German billionaire Kurt Vale bought 3 million Acme shares.", "Kurt Vale"),
    ],
)
def test_a_described_holder_after_as_or_a_nationality(text: str, investor: str) -> None:
    [got] = only(text, "stake_change")
    assert got["investor"] == investor


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "A consortium of Quillon Partners and Brevik Corp. has raised its stake in Acme to "
            "46.7% of voting shares.",
            "Quillon Partners and Brevik Corp",
        ),
        (
            "A joint venture of Quenwick Capital and Brevik Holdings bought a 12% stake in Acme "
            "on Monday.",
            "Quenwick Capital and Brevik Holdings",
        ),
        (
            "The consortium led by Dana Vale and Tom Roe sold 2 million shares of Acme.",
            "Dana Vale and Tom Roe",
        ),
    ],
)
def test_a_consortium_of_two_holders_is_one_holder(text: str, holder: str) -> None:
    [got] = only(text, "stake_change")
    assert got["investor"] == holder


@pytest.mark.parametrize(
    "text",
    [
        "Quenwick Capital sold its remaining 2% stake in Acme for $30 million.",
        "Quenwick Capital offloaded its entire 4.5 per cent holding in Acme.",
        "Finance Minister Dana Vale sold the State’s remaining 2 per cent stake in Acme.",
    ],
)
def test_a_whole_stake_sold_with_its_size_is_an_exit(text: str) -> None:
    [got] = only(text, "stake_change")
    assert got["direction"] == "exit"


@pytest.mark.parametrize(
    ("text", "investor", "direction"),
    [
        (
            "Then, Dana Vale sold 400,000 shares, generating $2,100,000 in total proceeds.",
            "Dana Vale",
            "sell",
        ),
        (
            "Later, Quillon Partners bought 1.2 million shares of the company.",
            "Quillon Partners",
            "buy",
        ),
        ("Likewise, Zorvex Capital added 300,000 shares to its stake.", "Zorvex Capital", "buy"),
        ("However, Ann Lee sold 50,000 shares on Tuesday.", "Ann Lee", "sell"),
    ],
)
def test_a_linking_word_before_the_holder_is_no_part_of_its_name(
    text: str, investor: str, direction: str
) -> None:
    # "Then, HANDLER RICHARD B sold 400,000 shares": the holder is the name after the comma
    [trade] = only(text, "stake_change")
    assert (trade["investor"], trade["direction"]) == (investor, direction)


@pytest.mark.parametrize(
    ("text", "investor", "direction", "shares"),
    [
        ("Before that, Lars Holm bought 10,000 shares.", "Lars Holm", "buy", 10000.0),
        (
            "In March, Quenwick Capital sold 2 million shares of Zorvex.",
            "Quenwick Capital",
            "sell",
            2_000_000.0,
        ),
        ("Earlier this month, Dana Vale acquired 5,000 Zorvex shares.", "Dana Vale", "buy", 5000.0),
        # the phrase and a clause a conjunction opens after it
        (
            "In 2016, when Zorvex shares were listed, Dana Vale and his son purchased 2.2 "
            "billion shares through their foundation.",
            "Dana Vale and his son",
            "buy",
            2_200_000_000.0,
        ),
        (
            "Last week, after the results were out, Quenwick Capital sold 2 million shares of "
            "Zorvex.",
            "Quenwick Capital",
            "sell",
            2_000_000.0,
        ),
        # the trade told in the opening clause itself: its trader is still the one there
        (
            "In March, when Quenwick Capital sold 2 million shares of Zorvex, the stock fell 3%.",
            "Quenwick Capital",
            "sell",
            2_000_000.0,
        ),
    ],
)
def test_a_phrase_opening_the_sentence_stands_before_its_trader(
    text: str, investor: str, direction: str, shares: float
) -> None:
    [trade] = only(text, "stake_change", subject="ZRVX")
    assert (trade["investor"], trade["direction"], trade["shares"]) == (investor, direction, shares)


@pytest.mark.parametrize(
    "text",
    [
        "Throughout the year, the NPS increased its shareholding in 121 companies.",
        "The fund raised its stakes in several listed companies and cut them in 40 firms.",
    ],
)
def test_stakes_in_many_companies_are_no_companys_stake(text: str) -> None:
    assert only(text, "stake_change") == []


@pytest.mark.parametrize(
    ("text", "investor", "direction", "shares", "amount"),
    [
        # a participle's trade goes on from the holder heading the clause
        (
            "Lars Holm was the most aggressive, buying 10,000 shares to increase his holding "
            "fivefold as they hit 900p last Wednesday.",
            "Lars Holm",
            "buy",
            10000.0,
            None,  # 900p is the price they hit, not what he paid
        ),
        (
            "Dana Vale was busy, selling 40,000 shares at 310p.",
            "Dana Vale",
            "sell",
            40000.0,
            124_000.0,  # in pounds: 40,000 shares at 310 pence
        ),
        (
            "Quenwick Capital was among the buyers, adding 2 million shares.",
            "Quenwick Capital",
            "buy",
            2_000_000.0,
            None,
        ),
    ],
)
def test_a_participles_trade_is_the_clause_heads(
    text: str, investor: str, direction: str, shares: float, amount: float | None
) -> None:
    [trade] = only(text, "stake_change", subject="ZRV.L")
    got = (trade["investor"], trade["direction"], trade["shares"], trade["amount"])
    assert got == (investor, direction, shares, amount)


def test_traders_selling_by_the_hour_are_no_holder() -> None:
    assert only("Investors were selling 2 million shares an hour.", "stake_change") == []


@pytest.mark.parametrize(
    "role", ["Executive director", "Non-executive director", "Finance director"]
)
def test_a_directors_role_before_the_name_is_no_part_of_it(role: str) -> None:
    text = f"{role} Lars Holm bought 10,000 shares on November 22 at 214p each."
    [trade] = only(text, "stake_change", subject="ZRV.L", published="2025-12-03")
    assert (trade["investor"], trade["direction"], trade["start"]) == (
        "Lars Holm",
        "buy",
        dt.date(2025, 11, 22),
    )


def test_a_trade_told_as_the_holders_noun_is_the_holders() -> None:
    text = (
        "Executive director Lars Holm recorded his first purchase in Zorvex since 2008, with "
        "500,000 shares bought on November 22 at 214p each."
    )
    [trade] = only(text, "stake_change", subject="ZRV.L", published="2025-12-03")
    assert (trade["investor"], trade["direction"], trade["start"], trade["shares"]) == (
        "Lars Holm",
        "buy",
        dt.date(2025, 11, 22),
        500_000.0,
    )


@pytest.mark.parametrize(
    ("text", "investor", "direction", "amount"),
    [
        (
            "Chief operating officer Nick Vale doubled his holdings last Friday with a £45,000 "
            "investment.",
            "Nick Vale",
            "increase",
            45000.0,
        ),
        (
            "Martin Holm extended his holding with a £20,000 investment on Tuesday.",
            "Martin Holm",
            "increase",
            20000.0,
        ),
        ("CEO Dana Vale sold 40,000 shares.", "Dana Vale", "sell", None),
    ],
)
def test_a_directors_investment_in_his_own_words(
    text: str, investor: str, direction: str, amount: float | None
) -> None:
    [trade] = only(text, "stake_change", subject="ZRV.L")
    assert (trade["investor"], trade["direction"], trade["amount"]) == (investor, direction, amount)
    assert only(text, "price_move", subject="ZRV.L") == []  # "doubled his holdings": no move


def test_the_trade_told_again_adds_its_details_and_its_price_is_no_market_level() -> None:
    text = (
        "Executive director Lars Holm bought five million Zorvex shares on November 22 at "
        "HK$2.14 each. The trade increased his holdings by 30 per cent to 21.65 million shares."
    )
    [trade] = only(text, "stake_change", subject="ZRV.HK", published="2025-12-03")
    assert (trade["investor"], trade["shares"], trade["change_percent"]) == (
        "Lars Holm",
        5_000_000.0,
        30.0,
    )
    assert only(text, "price_level", subject="ZRV.HK", published="2025-12-03") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hilton Foods (LSE: HFG) chairman Dana Vale last Friday sold 100,000 shares at "
            "1,200p, for a total of £1,200,000. The transaction leaves her with 2.17m shares in "
            "the company.",
            ("HFG.L", "Dana Vale", "sell", 100000.0, 1_200_000.0, "GBP", 2_170_000.0),
        ),
        (
            "Quillon Data (AIM: QLD) director Lars Holm on 20 April sold 395,000 ordinary "
            "shares in the company at 237p.",
            ("QLD.L", "Lars Holm", "sell", 395000.0, 936_150.0, "GBP", None),
        ),
        (
            "Zorvex Group (LSE: ZVX) chief financial officer Ann Lee bought 150,000 shares at "
            "604.5p.",
            ("ZVX.L", "Ann Lee", "buy", 150000.0, 906_750.0, "GBP", None),
        ),
    ],
)
def test_a_directors_dealing_told_company_ticker_role_name(
    text: str, expected: tuple[object, ...]
) -> None:
    [s] = only(text, "stake_change", subject=None)
    assert (
        s["subject"],
        s["investor"],
        s["direction"],
        s["shares"],
        s["amount"],
        s["currency"],
        s["shares_held"],
    ) == expected


def test_a_pronouns_second_trade_is_in_the_company_of_the_first() -> None:
    text = (
        "Zorvex Group (LSE: ZVX) chief financial officer Ann Lee last Friday sold 150,000 "
        "shares at 604.5p. She sold another 83,385 shares on 17 March at 520.6p."
    )
    assert {(s["subject"], s["shares"]) for s in only(text, "stake_change", subject=None)} == {
        ("ZVX.L", 150000.0),
        ("ZVX.L", 83385.0),
    }


def test_a_second_phrase_of_time_before_the_trader() -> None:
    text = (
        "Hilton Foods (LSE: HFG) chairman Dana Vale sold 100,000 shares. Three months ago, on "
        "28 January, Vale offloaded another 50,000 shares at 1,007p for a total of £503,784."
    )
    got = {(s["investor"], s["shares"], s["amount"]) for s in only(text, "stake_change")}
    assert ("Dana Vale", 50000.0, 503_784.0) in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zorvex Holdings (1234): Chairman & CEO Dana Vale resumed buying shares in the "
            "company after a six-month break, with 210,000 shares purchased on 10 Mar at $0.23 "
            "each.",
            ("Zorvex Holdings", "Dana Vale", "buy", 210000.0, dt.date(2025, 3, 10)),
        ),
        (
            "Quillon: Joint chairman Lars Holm continued buying shares, scooping up 165,000 "
            "shares from 4-7 Mar at an average of $0.769/share.",
            ("Quillon", "Lars Holm", "buy", 165000.0, dt.date(2025, 3, 4)),
        ),
        (
            "Brevik Marine: CEO and group MD Ann Lee made her first on-market trade since Aug "
            "'15, picking up 100,000 shares on 11 Mar at $0.592 each.",
            ("Brevik Marine", "Ann Lee", "buy", 100000.0, dt.date(2025, 3, 11)),
        ),
        (
            "Kestrel Land's deputy CEO Lim Hui Ling sold 1.2 million shares at S$1.05 each on "
            "Feb 2.",
            ("Kestrel Land", "Lim Hui Ling", "sell", 1_200_000.0, dt.date(2025, 2, 2)),
        ),
        (
            "Osprey Power (0987) chairman Wong Kai bought 2 million shares on-market at an "
            "average price of HK$1.32 per share on 3 March.",
            ("Osprey Power", "Wong Kai", "buy", 2_000_000.0, dt.date(2025, 3, 3)),
        ),
        (
            "Helvion Pharma (2345.HK): Executive director Chan Siu Ming disposed of 300,000 "
            "shares at HK$5.60 apiece on Feb 27.",
            ("2345.HK", "Chan Siu Ming", "sell", 300000.0, dt.date(2025, 2, 27)),
        ),
        (
            "Quillon Holdings Bhd's group managing director Lee Chong Wei disposed of 800,000 "
            "shares on March 10.",
            ("Quillon Holdings Bhd", "Lee Chong Wei", "sell", 800000.0, dt.date(2025, 3, 10)),
        ),
        (
            "Zorvex plc chief executive Dana Vale has continued to sell, offloading 25,000 shares "
            "at 412p each on 12 March.",
            ("Zorvex plc", "Dana Vale", "sell", 25000.0, dt.date(2025, 3, 12)),
        ),
    ],
)
def test_a_dealings_line_the_company_its_officer_and_the_trade(
    text: str, expected: tuple[object, ...]
) -> None:
    [s] = only(text, "stake_change", subject=None, published="2025-03-14")
    assert (s["subject"], s["investor"], s["direction"], s["shares"], s["start"]) == expected


def test_a_dealings_line_s_price_per_share_and_its_total() -> None:
    text = (
        "Quillon: Joint chairman Lars Holm continued buying shares, scooping up 165,000 shares "
        "from 4-7 Mar at an average of $0.769/share."
    )
    [s] = only(text, "stake_change", subject=None, published="2025-03-14")
    assert (s["amount"], s["start"], s["end"]) == (
        126885.0,
        dt.date(2025, 3, 4),
        dt.date(2025, 3, 7),
    )


@pytest.mark.parametrize(
    "text",
    [
        "Brevik Marine: CEO and group MD Ann Lee made her first on-market trade since Aug '15, "
        "picking up 100,000 shares on 11 Mar at $0.592 each.",
        "Kestrel Land: Director Tan Wei Ming kept buying, snapping up 50,000 shares at S$1.05 "
        "apiece on Feb 2.",
        "Osprey Power (0987): Executive director Chan Siu Ming sold 300,000 shares at HK$5.60 "
        "apiece on Feb 27.",
    ],
)
def test_a_directors_trade_price_is_no_price_level(text: str) -> None:
    assert only(text, "price_level", subject=None, published="2025-03-14") == []


def test_a_trade_resumed_with_its_shares_told_after_is_one_trade() -> None:
    text = (
        "Zorvex Holdings (1234): Chairman & CEO Dana Vale resumed buying shares, with 210,000 "
        "shares purchased on 10 Mar at $0.23 each. This increased his direct holdings to 7.91% "
        "of issued capital."
    )
    [s] = only(text, "stake_change", subject=None, published="2025-03-14")
    [level] = only(text, "ownership_level", subject=None, published="2025-03-14")
    assert (s["investor"], s["amount"]) == ("Dana Vale", 48300.0)
    assert (level["holder"], level["percent"], level["subject"], level["start"]) == (
        "Dana Vale",
        7.91,
        "Zorvex Holdings",
        dt.date(2025, 3, 10),
    )


@pytest.mark.parametrize(
    ("text", "holder", "percent"),
    [
        (
            "Brevik Logistics: Executive director Tan Wei Ming bought 500,000 shares on Jan 5 at "
            "41 cents apiece, raising his total interest to 12.3%.",
            "Tan Wei Ming",
            12.3,
        ),
        (
            "Kestrel Land's deputy CEO Lim Hui Ling sold 1.2 million shares at S$1.05 each on "
            "Feb 2, cutting her deemed interest to 4.8%.",
            "Lim Hui Ling",
            4.8,
        ),
        (
            "Osprey Power (0987) chairman Wong Kai bought 2 million shares on 3 March, lifting "
            "his stake to 61.05%.",
            "Wong Kai",
            61.05,
        ),
        (
            "Promoter Zorvex Family Trust bought 2.5 lakh shares via open market on June 3, "
            "raising its stake to 54.2%.",
            "Zorvex Family Trust",
            54.2,
        ),
    ],
)
def test_a_directors_holding_after_the_trade(text: str, holder: str, percent: float) -> None:
    [level] = only(text, "ownership_level", subject=None, published="2025-03-14")
    assert (level["holder"], level["percent"]) == (holder, percent)


@pytest.mark.parametrize(
    "text",
    [
        # a role word heading the line is no company
        "Managing director Datuk Ahmad Razak acquired 1.5 million shares in Zorvex Bhd on March 4.",
        "Non-executive director Sam Frost bought 50,000 Zorvex Bhd shares on March 4.",
    ],
)
def test_a_role_heading_the_line_is_no_company(text: str) -> None:
    [s] = only(text, "stake_change", subject=None, published="2025-03-14")
    assert s["subject"] == "Zorvex Bhd"


@pytest.mark.parametrize(
    "text",
    [
        # traders in general, no one trader
        "Market players have started buying Zorvex shares amid slowing inflation, Dana Vale, "
        "an analyst at Quillon Capital, said.",
        # no trade of the officer: the company's news
        "Zorvex: Chairman Dana Vale said the company continued to grow its order book.",
        # the level told after a trade of another's is not the trader's
        "Zorvex Holdings (1234): Chairman Dana Vale sold 10,000 shares on 3 March. Quillon "
        "Capital holds 5.2% of the company.",
    ],
)
def test_no_dealing_where_none_is_told(text: str) -> None:
    got = only(text, "stake_change", subject=None, published="2025-03-14")
    assert all(s["investor"] == "Dana Vale" for s in got)
    levels = only(text, "ownership_level", subject=None, published="2025-03-14")
    assert all(level["holder"] != "Dana Vale" for level in levels)


@pytest.mark.parametrize(
    ("text", "investor", "start"),
    [
        (
            "According to HKEX filings, Executive director Chan Siu Ming bought 300,000 shares "
            "of Helvion Pharma at HK$5.60 apiece on Feb 27.",
            "Chan Siu Ming",
            dt.date(2025, 2, 27),
        ),
        # the day it was told is not the trade's
        (
            "It was reported on March 3 that according to documents disclosed by the exchange on "
            "March 3, Wong Kai increased his holdings in Helvion Pharma at an average price of "
            "HK$1.32 per share on February 28.",
            "Wong Kai",
            dt.date(2025, 2, 28),
        ),
        (
            "Quillon Daily disclosed on Friday that director Lars Holm sold 40,000 shares of "
            "Helvion Pharma.",
            "Lars Holm",
            dt.date(2025, 3, 14),
        ),
    ],
)
def test_a_trade_told_after_its_source(text: str, investor: str, start: dt.date) -> None:
    [s] = only(text, "stake_change", subject=None, published="2025-03-14")
    assert (s["subject"], s["investor"], s["start"]) == ("Helvion Pharma", investor, start)


def test_a_class_of_shares_after_the_company_is_not_its_name() -> None:
    text = "Dana Vale and Lars Holm reduced their holdings of Zorvex H shares on October 14."
    [s] = only(text, "stake_change", subject=None)
    assert s["subject"] == "Zorvex"


def test_a_surname_is_the_name_with_both_given_names() -> None:
    text = (
        "Dana Maria Quillon, a promoter of Zorvex, has sold a 3.09 percent stake for Rs 304 "
        "crore. According to block deal data, Quillon sold 75 lakh shares of Zorvex."
    )
    got = only(text, "stake_change", subject="ZRV")
    assert {s["investor"] for s in got} == {"Dana Maria Quillon"}


@pytest.mark.parametrize(
    ("text", "subject", "investor", "direction"),
    [
        ("• Analysts downgrade Zorvex; CEO bought S$2.7m shares", "Zorvex", "CEO", "buy"),
        (
            "Quillon Bank's chairman sold 40,000 shares on Tuesday.",
            "Quillon Bank",
            "chairman",
            "sell",
        ),
        (
            "Brevik Marine chief executive has bought 25,000 shares at 412p each.",
            "Brevik Marine",
            "chief executive",
            "buy",
        ),
        (
            "Kestrel Land posts record profit; chairman bought 1m shares.",
            "Kestrel Land",
            "chairman",
            "buy",
        ),
    ],
)
def test_an_officer_told_by_the_role_alone(
    text: str, subject: str, investor: str, direction: str
) -> None:
    [s] = only(text, "stake_change", subject=None, published="2025-03-14")
    assert (s["subject"], s["investor"], s["direction"]) == (subject, investor, direction)


@pytest.mark.parametrize(
    "text",
    [
        "The CEO said the company bought back 1 million shares.",
        "Analysts downgrade the stock; CEO bought S$2.7m shares.",  # no company: no trade
        "The company posts a record profit; CEO bought S$2.7m shares.",
        "The CEO said he expects to buy more shares.",
    ],
)
def test_no_officer_s_trade_without_one(text: str) -> None:
    assert only(text, "stake_change", subject=None, published="2025-03-14") == []


def test_an_officer_named_after_the_role_is_the_person() -> None:
    text = "Zorvex CEO Dana Vale bought 40,000 shares on Tuesday."
    [s] = only(text, "stake_change", subject=None, published="2025-03-14")
    assert s["investor"] == "Dana Vale"


@pytest.mark.parametrize(
    ("text", "subject", "investor", "direction"),
    [
        (
            "In a similar vein, Zorvex’s Vice President, Ms. Ann Lee, sold nearly 147,000 "
            "shares between June 10 and July 8.",
            "Zorvex",
            "Ann Lee",
            "sell",
        ),
        (
            "Meanwhile, Quillon Bank's deputy chairman, Dr. Lars Holm, bought 20,000 shares.",
            "Quillon Bank",
            "Lars Holm",
            "buy",
        ),
        (
            "Zorvex Inc’s recent filing unveils that its President VALE DANA Q unloaded "
            "Company’s shares for reported $28.39 million on Nov 06.",
            None,
            "VALE DANA Q",
            "sell",
        ),
    ],
)
def test_an_officer_between_commas_or_after_a_filing(
    text: str, subject: str | None, investor: str, direction: str
) -> None:
    [s] = only(text, "stake_change", subject="ZVX", published="2025-03-14")
    assert (s["investor"], s["direction"]) == (investor, direction)
    assert subject is None or s["subject"] == subject


@pytest.mark.parametrize(
    ("text", "investor", "direction", "amount"),
    [
        (
            "Promoter entity Brevik Ventures has sold 10 lakh shares in Zorvex Industries through "
            "a block deal on June 4.",
            "Brevik Ventures",
            "sell",
            None,
        ),
        (
            "Promoter group company Quillon Investments bought 3,00,000 shares of Zorvex "
            "Industries at an average price of Rs 412.5 per share.",
            "Quillon Investments",
            "buy",
            123_750_000.0,
        ),
        (
            "Executive director Chan Siu Ming acquired 300,000 Zorvex Industries shares at an "
            "average HK$5.60 each on Feb 27.",
            "Chan Siu Ming",
            "buy",
            1_680_000.0,
        ),
    ],
)
def test_promoter_entities_and_average_prices(
    text: str, investor: str, direction: str, amount: float | None
) -> None:
    [s] = only(text, "stake_change", subject=None, published="2025-06-10")
    assert (s["subject"], s["investor"], s["direction"], s["amount"]) == (
        "Zorvex Industries",
        investor,
        direction,
        amount,
    )


@pytest.mark.parametrize(
    ("text", "holder", "percent", "subject", "start"),
    [
        (
            "Brevik Logistics: Executive director Tan Wei Ming bought 500,000 shares on Jan 5. "
            "His deemed interest rose to 12.3% from 11.9%.",
            "Tan Wei Ming",
            12.3,
            "Brevik Logistics",
            dt.date(2025, 1, 5),
        ),
        # a name written surname first, the surname alone after it
        (
            "Kestrel Land: CEO Lim Hui Ling sold 1.2 million shares on Feb 2. Lim's total "
            "interest fell to 4.8%.",
            "Lim Hui Ling",
            4.8,
            "Kestrel Land",
            dt.date(2025, 2, 2),
        ),
        (
            "Osprey Power: Chairman Wong Kai bought 2 million shares on 3 March. The purchase "
            "lifted his stake to 61.05%.",
            "Wong Kai",
            61.05,
            "Osprey Power",
            dt.date(2025, 3, 3),
        ),
    ],
)
def test_the_level_a_trade_brought_told_after_it(
    text: str, holder: str, percent: float, subject: str, start: dt.date
) -> None:
    [level] = only(text, "ownership_level", subject=None, published="2025-03-14")
    assert (level["holder"], level["percent"], level["subject"], level["start"]) == (
        holder,
        percent,
        subject,
        start,
    )


def test_a_level_told_later_of_its_own_is_not_the_trade_s() -> None:
    text = (
        "Osprey Power: Chairman Wong Kai bought 2 million shares on 3 March. It was June 2024 "
        "when Wong Kai had taken a 10 percent stake in the company."
    )
    levels = only(text, "ownership_level", subject=None, published="2025-03-14")
    assert all(level["start"] != dt.date(2025, 3, 3) for level in levels)


def test_an_officer_of_one_company_buying_another_s_shares() -> None:
    text = "Quillon Bank managing director Dana Vale bought 10,000 shares of Zorvex on 3 March."
    [s] = only(text, "stake_change", subject=None, published="2025-03-14")
    assert (s["subject"], s["investor"]) == ("Zorvex", "Dana Vale")


def test_two_trades_told_together_respectively_each_on_its_day() -> None:
    text = (
        "According to exchange filings, Dana Vale and Lars Holm reduced their holdings of Zorvex "
        "H shares on October 14 and October 17, selling 78.517 million and 22.801 million "
        "shares respectively, for a combined total of approximately 101 million shares."
    )
    got = {
        (s["shares"], s["start"], s["end"])
        for s in only(text, "stake_change", subject=None, published="2024-10-20")
    }
    assert got == {
        (101_000_000.0, dt.date(2024, 10, 14), dt.date(2024, 10, 17)),
        (78_517_000.0, dt.date(2024, 10, 14), dt.date(2024, 10, 14)),
        (22_801_000.0, dt.date(2024, 10, 17), dt.date(2024, 10, 17)),
    }


@pytest.mark.parametrize(
    "text",
    [
        # two holders' sizes, no two days: no trades told apart
        "Quillon Capital and Brevik Partners bought 2 million and 3 million Zorvex shares "
        "respectively.",
        # sizes of a deal, not of trades
        "Zorvex sold 2 million and 3 million units respectively on May 3 and 4 in its offer.",
    ],
)
def test_no_two_trades_without_a_trader_s_two_days(text: str) -> None:
    got = only(text, "stake_change", subject=None, published="2024-10-20")
    assert len(got) <= 1


def test_a_13f_story_s_filing_its_investments_and_the_conglomerate() -> None:
    text = (
        "Quenwick Capital has reduced its holdings in Zorvex for the second time. A U.S. "
        "Securities and Exchange Commission filing shows the conglomerate sold 20 million Zorvex "
        "shares in the June quarter, cutting its position to 280 million shares.\n\n"
        "In the same filing, Quenwick Capital disclosed a new $1.57 billion investment in Quillon Health "
        "Group, acquiring 5.04 million shares.\n\n"
        "The filing also revealed Quenwick Capital cut its stake in Bank of Brelmor."
    )
    got = {
        (s["subject"], s["investor"], s["shares"], s["start"])
        for s in only(text, "stake_change", subject="Zorvex", published="2025-08-15")
    }
    assert ("Zorvex", "Quenwick Capital", 20_000_000.0, dt.date(2025, 4, 1)) in got
    assert {s for s, *_ in got} == {"Zorvex", "Quillon Health Group", "Bank of Brelmor"}
    assert {i for _, i, *_ in got} == {"Quenwick Capital"}


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Quillon Partners Ltd. bought 758,447 Zorvex shares for $77.55 per share.", 58817564.85),
        ("Quillon Partners Ltd. bought 1,000 Zorvex shares for $73.92 each.", 73920.0),
        ("Quillon Partners Ltd. bought 357,779 Zorvex shares for $26,833,425.", 26833425.0),
    ],
)
def test_a_price_told_each_after_it_is_a_share_s_not_the_sum(text: str, amount: float) -> None:
    [trade] = only(text, "stake_change", subject="Zorvex")
    assert trade["amount"] == amount


def test_a_13f_story_s_later_trades_take_its_filing_s_quarter() -> None:
    text = (
        "A filing shows Quenwick Capital sold 20 million Zorvex shares in the June quarter.\n\n"
        "In the same filing, Quenwick Capital disclosed a new $1.57 billion investment in Quillon "
        "Health Group, acquiring 5.04 million shares. It increased holdings in Brelmor Energy "
        "and Tessaly Foods."
    )
    days = {
        s["subject"]: (s["start"], s["precision"])
        for s in only(text, "stake_change", subject="Zorvex", published="2025-08-15")
    }
    q2 = (dt.date(2025, 4, 1), "quarter")
    assert days == {
        "Zorvex": q2,
        "Quillon Health Group": q2,
        "Brelmor Energy": q2,
        "Tessaly Foods": q2,
    }


def test_a_holding_company_s_percentage_drop_is_no_stake() -> None:
    text = "Kiler Holding posted the sharpest decline of the day with a 9.5% drop."
    assert only(text, "ownership_level", subject="BIST100") == []
    kept = "Quillon raised its holding in Zorvex to 9.5%."
    assert [o["percent"] for o in only(kept, "ownership_level", subject="Zorvex")] == [9.5]


@pytest.mark.parametrize(
    "opening", ["Accordingly, ", "Specifically, ", "Notably, ", "Thereafter, ", "In particular, "]
)
def test_a_linking_word_opening_the_sentence_is_no_part_of_the_investor(opening: str) -> None:
    text = f"Zorvex holder update\n\n{opening}Quenwick Capital bought 3.45 million Zorvex shares."
    [got] = only(text, "stake_change", published="2023-01-07")
    assert (got["investor"], got["shares"]) == ("Quenwick Capital", 3_450_000.0)


def test_listed_investors_each_take_their_count_respectively_and_the_day_itemised() -> None:
    text = (
        "Zorvex holder update\n\nQuenwick Capital bought a total of 3.45 million Zorvex shares "
        "through 3 member funds on January 4. Specifically, Brevik Growth Fund, Helvion Trust "
        "and Osprey Balanced Fund bought 1.95 million, 1 million and 500,000 shares, "
        "respectively."
    )
    got = only(text, "stake_change", published="2023-01-07")
    assert [(g["investor"], g["shares"], g["start"]) for g in got] == [
        ("Quenwick Capital", 3_450_000.0, dt.date(2023, 1, 4)),
        ("Brevik Growth Fund", 1_950_000.0, dt.date(2023, 1, 4)),
        ("Helvion Trust", 1_000_000.0, dt.date(2023, 1, 4)),
        ("Osprey Balanced Fund", 500_000.0, dt.date(2023, 1, 4)),
    ]


def test_counts_not_one_for_each_investor_are_given_to_none() -> None:
    text = (
        "Zorvex holder update\n\nBrevik Growth Fund, Helvion Trust and Osprey Balanced Fund "
        "bought 1.95 million and 1 million shares, respectively."
    )
    got = only(text, "stake_change", published="2023-01-07")
    assert {g["shares"] for g in got} <= {None, 1_000_000.0}  # never one each, shifted
    assert all(g["shares"] != 1_950_000.0 for g in got)


@pytest.mark.parametrize("opening", ["Most recently, ", "More recently, ", "Recently, "])
def test_an_opening_recently_leaves_the_day_to_the_date_told(opening: str) -> None:
    text = f"Zorvex holder update\n\n{opening}Quenwick Capital sold 2.6 million Zorvex shares on January 3."
    [got] = only(text, "stake_change", published="2023-01-07")
    assert (got["start"], got["precision"]) == (dt.date(2023, 1, 3), "day")


def test_recently_without_a_date_is_still_unknown() -> None:
    text = "Zorvex holder update\n\nQuenwick Capital recently sold 2.6 million Zorvex shares."
    [got] = only(text, "stake_change", published="2023-01-07")
    assert got["precision"] == "unknown"


@pytest.mark.parametrize(
    "told",
    [
        "also announced a net purchase of 5.11 million Zorvex shares",
        "made a purchase of 5.11 million shares of Zorvex",
        "completed an additional purchase of 5.11 million shares",
        "disclosed a further acquisition of 5.11 million Zorvex shares",
    ],
)
def test_a_trade_told_as_a_noun_with_its_count(told: str) -> None:
    text = f"Zorvex holder update\n\nQuenwick Capital {told} on December 5, 2022."
    [got] = only(text, "stake_change", published="2023-01-07")
    assert (got["investor"], got["direction"], got["shares"], got["start"]) == (
        "Quenwick Capital", "buy", 5_110_000.0, dt.date(2022, 12, 5),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Quenwick Capital sold 2.6 million Zorvex shares on January 3, after buying 4.1 "
            "million shares on December 30, 2022.",
            [
                ("sell", 2_600_000.0, dt.date(2023, 1, 3)),
                ("buy", 4_100_000.0, dt.date(2022, 12, 30)),
            ],
        ),
        (
            "Quenwick Capital bought 2 million Zorvex shares on January 3, before selling 1.5 "
            "million shares on January 5.",
            [("buy", 2_000_000.0, dt.date(2023, 1, 3)), ("sell", 1_500_000.0, dt.date(2023, 1, 5))],
        ),
    ],
)
def test_an_act_told_after_another_with_after_or_before_is_its_own_trade(
    text: str, expected: list[tuple[str, float, dt.date]]
) -> None:
    got = only(f"Zorvex holder update\n\n{text}", "stake_change", published="2023-01-07")
    assert [(g["direction"], g["shares"], g["start"]) for g in got] == expected


@pytest.mark.parametrize(
    "told",
    [
        "acquired around 3 million shares of Zorvex and 6.8 million shares of Brevik",
        "bought 3 million Zorvex shares and 6.8 million Brevik shares",
    ],
)
def test_counts_of_shares_in_several_companies_are_a_trade_in_each(told: str) -> None:
    text = f"Quenwick's quarter\n\nThe filing shows that Quenwick Capital {told} in the second quarter."
    got = only(text, "stake_change", published="2024-08-15")
    assert [(g["subject"], g["investor"], g["shares"]) for g in got] == [
        ("Zorvex", "Quenwick Capital", 3_000_000.0),
        ("Brevik", "Quenwick Capital", 6_800_000.0),
    ]


def test_levels_of_several_companies_each_its_own() -> None:
    text = "Quenwick's stakes\n\nQuenwick Capital owns 0.19% of Zorvex and 0.34% of Brevik."
    got = only(text, "ownership_level", published="2024-08-15")
    assert [(g["subject"], g["holder"], g["percent"]) for g in got] == [
        ("Zorvex", "Quenwick Capital", 0.19),
        ("Brevik", "Quenwick Capital", 0.34),
    ]


def test_these_holdings_represent_the_trades_just_told_as_levels_of_their_day() -> None:
    text = (
        "Quenwick's quarter\n\nThe filing shows that, as of June 30, Quenwick Capital acquired "
        "around 3 million shares of Zorvex and 6.8 million shares of Brevik. These holdings "
        "represent approximately 0.19% of Zorvex and 0.34% of Brevik."
    )
    got = only(text, "ownership_level", published="2024-08-15")
    assert [(g["subject"], g["holder"], g["percent"], g["start"]) for g in got] == [
        ("Zorvex", "Quenwick Capital", 0.19, dt.date(2024, 6, 30)),
        ("Brevik", "Quenwick Capital", 0.34, dt.date(2024, 6, 30)),
    ]


def test_the_paid_up_capital_a_level_is_of_is_no_company() -> None:
    text = (
        "Zorvex promoter update\n\nDana Vale's holding as a promoter of the company has changed "
        "from 34.78 % to 31.69 % of the Paid-up equity share capital of the Company."
    )
    [got] = only(text, "ownership_level", published="2024-08-15")
    assert (got["subject"], got["percent"]) == ("ACME", 31.69)  # the article's company


def test_the_article_s_company_buying_a_stake_in_a_company_its_people_s_name_describes() -> None:
    text = (
        "Zorvex Aerospace shares fell on Friday.\n\nEarlier this week, the company said it "
        "bought a 9.9% stake in Australian shipbuilder Quillon Marine Ltd."
    )
    events = RuleExtractor().extract(Article.from_text(text, published="2025-03-21"))
    [stake] = [e for e in events if isinstance(e, StakeChange)]
    assert (stake.subject, stake.investor) == ("Quillon Marine Ltd", "Zorvex Aerospace")


@pytest.mark.parametrize(
    "told",
    [
        "Quillon Banking Corporation will buy a 20% stake in Zorvex Bank for $1.2 billion.",
        "Quillon Capital plans to acquire a 20% stake in Zorvex Bank.",
        "The company seeks to raise its holding in Zorvex Bank to 19.9%.",
    ],
)
def test_a_trade_or_a_holding_still_to_come_is_neither(told: str) -> None:
    events = extract(f"Zorvex Bank shares jumped.\n{told}", published="2025-05-12", subject=None)
    assert [e.kind for e in events if e.kind in ("stake_change", "ownership_level")] == []


def test_a_bank_holder_named_with_its_country() -> None:
    text = "State Bank of India (SBI) currently owned a 24 per cent stake in Zorvex Bank."
    [level] = only(text, "ownership_level", published="2025-05-12", subject="Zorvex Bank")
    assert (level["holder"], level["percent"]) == ("State Bank of India", 24.0)


@pytest.mark.parametrize(
    "title",
    [
        # (titles too long to be headings: a heading's facts are a few kinds')
        "Maxeon's Stock Drops Below $0.10 as TCL Zhonghuan Invests $100 Million to Increase Stake "
        "to 69.3%",
        "Maxeon Shares Fall to a Record Low of $0.09 as TCL Zhonghuan Lifts Its Stake in the "
        "Company to 69.3%",
    ],
)
def test_a_headline_s_verb_in_title_case_is_no_part_of_the_holder(title: str) -> None:
    text = f"{title}\nMaxeon (NASDAQ:MAXN) shares were quoted on Tuesday."
    levels = [
        e
        for e in RuleExtractor().extract(Article.from_text(text, published="2024-09-05"))
        if e.kind == "ownership_level"
    ]
    assert [(e.holder, e.percent) for e in levels] == [("TCL Zhonghuan", 69.3)]


def test_the_vehicle_a_holder_holds_through_is_not_the_holder() -> None:
    text = (
        "After the settlement, TCL Zhonghuan's shareholding in Maxeon, through Zhonghuan New "
        "Investment, will increase, and its ownership stake will rise from 26% to 69.30%."
    )
    [level] = only(text, "ownership_level", subject="Maxeon")
    assert (level["holder"], level["percent"], level["previous_percent"]) == (
        "TCL Zhonghuan",
        69.3,
        26.0,
    )


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        # a headline's present tense, told as a sentence
        ("Brevik Capital boosts stake in Quillon to 12.5%.", "increase"),
        ("Brevik Capital Lifts Its Stake In Quillon To 12.5%.", "increase"),
        ("Brevik Capital trims holding in Quillon to 12.5%.", "decrease"),
        ("Brevik Capital takes 12.5% stake in Quillon.", "buy"),
    ],
)
def test_a_trade_told_in_a_headline_s_present(text: str, direction: str) -> None:
    [change] = only(text, "stake_change", subject="Quillon")
    assert (change["investor"], change["direction"]) == ("Brevik Capital", direction)


def test_a_post_taken_over_is_no_position_bought() -> None:
    text = "The CFO will leave at the end of the year, as Alex Kayyal takes over the position."
    assert only(text, "stake_change", subject="Quillon") == []


def test_the_insurer_who_traded_is_the_holder_named_before() -> None:
    text = (
        "Brevik Life Insurance has increased its shareholding in Zorvex Pharma to 7.1 per cent. "
        "The insurer acquired 2.1 crore shares through open market purchases between July 8 and "
        "October 13, 2025."
    )
    changes = only(text, "stake_change", published="2025-10-15", subject="Zorvex Pharma")
    bought = [c for c in changes if c["direction"] == "buy"]
    assert [(c["investor"], c["shares"]) for c in bought] == [("Brevik Life Insurance", 21e6)]


def test_the_holder_a_stake_is_bought_from_is_not_the_buyer() -> None:
    text = (
        "Quillon has confirmed it has purchased more shares in Zorvex Energy, buying the 4.92% "
        "stake held by Brevik Holdings."
    )
    changes = only(text, "stake_change", subject="Zorvex Energy")
    assert all(c["investor"] != "Brevik Holdings" for c in changes)
