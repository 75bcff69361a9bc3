from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.helpers import extract, only
from timeline.articles import Article
from timeline.extract import RuleExtractor


def _target_change(text: str) -> tuple[object, object, object]:
    """The one target's value, previous value and action in ``text``."""
    [target] = only(text, "price_target")
    return target["value"], target["previous_value"], target["action"]


@pytest.mark.parametrize(
    ("text", "firm", "rating", "cls", "action", "previous"),
    [
        (
            "Goldman Sachs upgraded Acme to Buy from Neutral.",
            "Goldman Sachs",
            "Buy",
            "buy",
            "upgrade",
            "Neutral",
        ),
        (
            "Acme was cut to Hold from Buy at Jefferies.",
            "Jefferies",
            "Hold",
            "hold",
            "downgrade",
            "Buy",
        ),
        (
            "Morgan Stanley initiated coverage with an Overweight rating.",
            "Morgan Stanley",
            "Overweight",
            "buy",
            "initiate",
            None,
        ),
        (
            "Barclays reiterated its Equal-weight rating on the stock.",
            "Barclays",
            "Equal-weight",
            "hold",
            "reiterate",
            None,
        ),
        ('Analysts at UBS rate the shares "Sell".', "UBS", "Sell", "sell", "assign", None),
        (
            "Citi downgraded the shares to Underperform.",
            "Citi",
            "Underperform",
            "sell",
            "downgrade",
            None,
        ),
        (
            "J.P. Morgan moved the stock to Strong Buy from Hold.",
            "JPMorgan",
            "Strong Buy",
            "buy",
            "upgrade",
            "Hold",
        ),
        (
            "Tiny Boutique Research started coverage at Accumulate.",
            "Tiny Boutique Research",
            "Accumulate",
            "buy",
            "initiate",
            None,
        ),
        (
            "BofA Securities keeps a Market Perform rating.",
            "Bank of America",
            "Market Perform",
            "hold",
            "reiterate",
            None,
        ),
        # a firm no table knows, named only by where the call was made; the verb its action
        (
            "Quarry Holdings (NYSE: QRY) was raised to Overweight from Neutral at Stephens.",
            "Stephens",
            "Overweight",
            "buy",
            "upgrade",
            "Neutral",
        ),
        (
            "Quarry Holdings Inc. was cut to Underperform at Northland.",
            "Northland",
            "Underperform",
            "sell",
            "downgrade",
            None,
        ),
        (
            "Quarry Holdings was lowered to a Sell at Halcyon Partners.",
            "Halcyon Partners",
            "Sell",
            "sell",
            "downgrade",
            None,
        ),
        (
            "Acme received a downgrade from Quenwick to Sell.",
            "Quenwick",
            "Sell",
            "sell",
            "downgrade",
            None,
        ),
        (
            "Acme got a fresh upgrade from Helvion Partners to Outperform.",
            "Helvion Partners",
            "Outperform",
            "buy",
            "upgrade",
            None,
        ),
        (
            "Acme received a downgrade from Buy to Hold at Quenwick.",
            "Quenwick",
            "Hold",
            "hold",
            "downgrade",
            "Buy",
        ),
        (
            "Acme Corp was upgraded by Quenwick Securities Inc. to buy from market perform.",
            "Quenwick Securities",
            "buy",
            "buy",
            "upgrade",
            "market perform",
        ),
        (
            "Jefferies lifted the shares to Buy.",
            "Jefferies",
            "Buy",
            "buy",
            "upgrade",
            None,
        ),
    ],
)
def test_ratings(
    text: str, firm: str, rating: str, cls: str, action: str, previous: str | None
) -> None:
    [got] = only(text, "analyst_rating")
    assert (got["firm"], got["rating"], got["rating_normalized"]) == (firm, rating, cls)
    assert (got["action"], got["previous_rating"]) == (action, previous)


def test_strong_buy_stays_distinguishable() -> None:
    [strong] = only("Mizuho rates the stock a Strong Buy.", "analyst_rating")
    [plain] = only("Mizuho rates the stock a Buy.", "analyst_rating")
    assert strong["rating_normalized"] == plain["rating_normalized"] == "buy"
    assert (strong["rating_score"], plain["rating_score"]) == (1, 2)


@pytest.mark.parametrize(
    ("title", "body", "firms", "company"),
    [
        (  # a company no table knows, named after the teams that rate it
            "Leila’s view",
            "Zorvex fell 4% this week. Research teams at 9 of the 12 banks that track Zorvex have "
            "a buy rating, including Morgan Stanley and UBS. Zorvex said it would pay its dividend.",
            ["Morgan Stanley", "UBS"],
            "Zorvex",
        ),
        (
            "Markets today",
            "Shares in Brelmor fell. Desk analysts at six of 10 banks covering Brelmor have a buy "
            "rating, including Barclays. Brelmor said its sales rose.",
            ["Barclays"],
            "Brelmor",
        ),
        (  # a known company heading the sentence is still its own subject
            "Markets today",
            "Zorvex fell 4% this week. Zorvex said it would pay. Apple has a buy rating at Morgan "
            "Stanley, whose research teams follow Zorvex too.",
            ["Morgan Stanley"],
            "AAPL",
        ),
    ],
)
def test_a_rating_in_a_sentence_naming_the_article_company_is_its(
    title: str, body: str, firms: list[str], company: str
) -> None:
    article = Article.from_text(f"{title}\n{body}", published="2025-09-01")
    got = [e for e in RuleExtractor().extract(article) if e.kind == "analyst_rating"]
    assert [(e.subject, e.ev_payload()["firm"]) for e in got] == [(company, f) for f in firms]


@pytest.mark.parametrize(
    "text",
    [
        "Investors should buy the dip, one trader said.",
        "Is it worth buying the stock now?",
        "The company will hold its annual meeting in May.",
        "Analysts maintain a Buy consensus on the name.",
    ],
)
def test_no_firm_rating_without_a_firm(text: str) -> None:
    assert only(text, "analyst_rating") == []


@pytest.mark.parametrize(
    ("text", "firm", "value", "previous", "action", "kind"),
    [
        (
            "Needham raised its price target to $230 from $178.",
            "Needham",
            230.0,
            178.0,
            "raise",
            "price_target",
        ),
        (
            "Wedbush cut its target price on Acme to $95.50.",
            "Wedbush",
            95.5,
            None,
            "cut",
            "price_target",
        ),
        (
            "Bernstein set a $1,150 price objective.",
            "Bernstein",
            1150.0,
            None,
            "set",
            "price_target",
        ),
        (
            "Piper Sandler initiated coverage with a $400 price target.",
            "Piper Sandler",
            400.0,
            None,
            "initiate",
            "price_target",
        ),
        (
            "Morningstar puts its fair value estimate at $258.",
            "Morningstar",
            258.0,
            None,
            None,
            "fair_value",
        ),
        (
            "Macquarie lifted its target to HK$780 from HK$720.",
            "Macquarie",
            780.0,
            720.0,
            "raise",
            "price_target",
        ),
        (
            "Goldman Sachs reiterated its Buy rating and $275 price target.",
            "Goldman Sachs",
            275.0,
            None,
            "maintain",
            "price_target",
        ),
    ],
)
def test_targets(
    text: str, firm: str, value: float, previous: float | None, action: str | None, kind: str
) -> None:
    [got] = only(text, "price_target")
    assert (got["firm"], got["value"], got["previous_value"]) == (firm, value, previous)
    assert (got["action"], got["target_type"]) == (action, kind)


def test_two_firms_two_targets_in_one_sentence() -> None:
    got = only("Citi raised its target to $200, while HSBC cut its target to $150.", "price_target")
    assert [(g["firm"], g["value"]) for g in got] == [("Citi", 200.0), ("HSBC", 150.0)]


def test_a_pronoun_continues_the_firm() -> None:
    text = "UBS upgraded Acme to Buy. The firm also raised its price target to $88."
    [got] = only(text, "price_target")
    assert (got["firm"], got["value"]) == ("UBS", 88.0)


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        (
            "Barclays Lowers Price Target for Zorvex\n\nThe investment bank lowered the price "
            "target for Zorvex from the previous 190 euros to 185 euros.",
            "Barclays",
        ),
        (
            "Halden & Co cuts Zorvex target\n\n12.03.2025\n\n• Price Target: The brokerage "
            "lowered its target on Zorvex to 185 euros from 190 euros.",
            "Halden & Co",
        ),
        (
            "Zorvex shares slip as Quenwick trims its outlook\n\nThe firm cut its price "
            "target on Zorvex to $185 from $190.",
            "Quenwick",
        ),
        (
            "Zorvex is attractively valued, according to Halden Markets.\n\nThe Norwegian bank "
            "cut its price target on Zorvex to 185 euros from 190 euros.",
            "Halden Markets",
        ),
    ],
)
def test_a_pronoun_speaks_for_the_firm_the_headline_names_acting(text: str, firm: str) -> None:
    [got] = only(text, "price_target", published="2025-03-12")
    assert (got["firm"], got["value"], got["previous_value"]) == (firm, 185.0, 190.0)


@pytest.mark.parametrize(
    "text",
    [
        # a firm named before without an analyst's verb is no one "the firm" speaks for
        "Quenwick hosts its investor day\n\nThe firm cut its price target on Zorvex to $185.",
        "Zorvex rallies\n\nThe bank lowered its price target on Zorvex to $185.",
    ],
)
def test_no_pronouns_firm_without_one_acting_before(text: str) -> None:
    assert [g["firm"] for g in only(text, "price_target", published="2025-03-12")] in ([], [None])


@pytest.mark.parametrize(
    ("label", "rating"),
    [("Price Target", "Overweight"), ("Recommendation", "Buy"), ("Rating", "Hold")],
)
def test_a_label_of_the_calls_own_words_is_no_company(label: str, rating: str) -> None:
    text = (
        f"Quenwick reviews Zorvex\n\nQuenwick cut its target on Zorvex to 185 euros.\n\n"
        f"• {label}: The investment bank maintains the “{rating}” rating on Zorvex."
    )
    ratings = only(text, "analyst_rating", published="2025-03-12")
    assert [(r["subject"], r["firm"], r["rating"]) for r in ratings] == [
        ("Zorvex", "Quenwick", rating)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The consensus price target stands at $192.", {"value": 192.0}),
        ("The average analyst price target is about $61.", {"value": 61.0, "qualifier": "approx"}),
        (
            "Of the 30 analysts covering Acme, 21 rate it a Buy, according to FactSet.",
            {"analyst_count": 30, "buy_count": 21, "rating": "Buy", "provider": "FactSet"},
        ),
        ("Sell-side analysts overwhelmingly rate the stock a Buy.", {"rating": "Buy"}),
        ("Their median 12-month price target is $142.", {"value": 142.0}),
    ],
)
def test_consensus(text: str, expected: dict[str, object]) -> None:
    [got] = only(text, "consensus")
    assert {k: got[k] for k in expected} == expected
    assert only(text, "price_target") == []


def test_a_beat_against_estimates_is_not_a_consensus_target() -> None:
    text = "Revenue of $8.1 billion topped consensus estimates by $200 million."
    assert only(text, "consensus") == []


@pytest.mark.parametrize(
    "text",
    [
        "Acme posted EPS of $1.12, short of the consensus estimate of $1.20.",
        "That compares with the consensus EPS forecast of $2.41 for the year.",
        "Sales came in at $3.3 billion against consensus expectations of $3.1 billion.",
    ],
)
def test_an_earnings_estimate_is_not_a_consensus_target(text: str) -> None:
    assert [c["value"] for c in only(text, "consensus")] == []


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "Two analysts rate Acme a Sell, thirteen have issued a hold rating and "
            "twenty-one have given a buy rating to the stock.",
            (21, 13, 2),
        ),
        (
            "Seventeen brokers have rated the shares with a buy rating and four have "
            "assigned a hold rating.",
            (17, 4, None),
        ),
    ],
)
def test_a_tally_of_ratings_in_words_is_a_consensus(
    text: str, counts: tuple[int | None, ...]
) -> None:
    (got,) = only(text, "consensus")
    assert (got["buy_count"], got["hold_count"], got["sell_count"]) == counts


def test_a_bare_tally_and_the_consensus_it_adds_up_to_are_one_fact() -> None:
    text = (
        "Nine analysts have rated the stock with a buy rating and three have given a hold "
        "rating. According to FactSet, the stock has a consensus rating of Moderate Buy and "
        "an average price target of $88.50."
    )
    (got,) = only(text, "consensus")
    assert (got["value"], got["rating"], got["buy_count"], got["hold_count"]) == (
        88.5, "Moderate Buy", 9, 3,
    )  # fmt: skip
    with_total = (
        "Of the 14 analysts covering Acme, 11 rate it a Buy and 3 a Hold. According to "
        "FactSet, the stock has a consensus rating of Moderate Buy and an average price target "
        "of $88.50."
    )
    assert len(only(with_total, "consensus")) == 2  # a tally with its total stands alone


@pytest.mark.parametrize(
    ("text", "buy", "hold", "sell"),
    [
        (
            "Two research analysts have rated the stock with a sell rating, twelve have given it "
            "a hold rating and five have issued a buy rating on the company.",
            5,
            12,
            2,
        ),
        (
            "Eleven analysts have rated the shares with a buy rating and three have assigned a "
            "hold rating to the company's stock.",
            11,
            3,
            None,
        ),
    ],
)
def test_rating_tallies_in_words(text: str, buy: int, hold: int, sell: int | None) -> None:
    (got,) = only(text, "consensus")
    assert (got["buy_count"], got["hold_count"], got["sell_count"]) == (buy, hold, sell)
    assert got["rating"] is None  # a tally is no consensus rating


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Bank of Montreal trimmed its price target on Acme to $41.", "Bank of Montreal"),
        (
            "Keefe, Bruyette & Woods upped its price target on Acme to $41.",
            "Keefe, Bruyette & Woods",
        ),
        ("Wells Fargo & Company decreased their price target on Acme to $41.", "Wells Fargo"),
        ("Finally, Piper Sandler bumped up their price target on Acme to $41.", "Piper Sandler"),
        ("Royal Bank Of Canada restated its target price of $41 on Acme.", "RBC Capital Markets"),
    ],
)
def test_a_firm_is_its_whole_name(text: str, firm: str) -> None:
    [got] = only(text, "price_target")
    assert (got["firm"], got["value"], got["subject"]) == (firm, 41.0, "ACME")


def test_from_then_to_gives_the_previous_target() -> None:
    [got] = only("Stifel moved its target on Acme from $52.50 to $47.", "price_target")
    assert (got["value"], got["previous_value"], got["action"]) == (47.0, 52.5, "cut")


def test_they_in_the_next_sentence_is_the_firm_and_its_date() -> None:
    text = (
        "Nomura started coverage of Acme in a note on Monday, March 3rd. They gave the company "
        "a “reduce” rating and a 2,300 yen price target. He sees little upside."
    )
    [rating] = only(text, "analyst_rating")
    [target] = only(text, "price_target")
    assert (rating["firm"], rating["rating_normalized"], str(rating["start"])) == (
        "Nomura",
        "sell",
        "2025-03-03",
    )
    assert (target["firm"], target["value"], target["currency"]) == ("Nomura", 2300.0, "JPY")
    assert str(target["start"]) == "2025-03-03"


def test_a_firm_acting_on_another_company_in_a_wrap() -> None:
    text = (
        "Acme slipped 1%. Globex surged 6% after Barclays lifted the stock to 'overweight'. "
        "The bank, which raised its target to 900p, sees a re-rating."
    )
    [rating] = only(text, "analyst_rating")
    [target] = only(text, "price_target")
    assert (rating["subject"], rating["firm"]) == ("Globex", "Barclays")
    assert (target["subject"], target["firm"], target["currency"]) == ("Globex", "Barclays", "GBX")


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "Shares of the Luxembourg-based steelmaker Ferrovant sank 6.1% in Paris after "
            "Deutsche Bank cut its recommendation on the stock to hold from buy.",
            "Ferrovant",
        ),
        (
            "Shares of the Swiss toolmaker Kraglund rose 3% as UBS upgraded the shares to buy "
            "with a CHF 40 target.",
            "Kraglund",
        ),
        (
            "The Dutch chemicals group Velmar slid 4% after Jefferies lowered its rating on "
            "the stock to underperform.",
            "Velmar",
        ),
    ],
)
def test_the_stock_a_firm_acts_on_is_the_described_company_heading_the_sentence(
    text: str, company: str
) -> None:
    [rating] = only("Acme rose 1%. " + text, "analyst_rating")
    assert rating["subject"] == company


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            "Barclays analysts have raised their target prices on several carmakers. In "
            "Germany, they have raised their ratings on Kraglund Motors, with a target price of "
            "€44 per share from €40.",
            "Kraglund Motors",
        ),
        (
            "Citi cut its recommendations on Velmar Holdings, with a target price of 12 euros "
            "per share from 15 euros.",
            "Velmar Holdings",
        ),
    ],
)
def test_a_notes_ratings_in_the_plural_name_the_company_after_them(text: str, company: str) -> None:
    [target] = only(text, "price_target")
    assert target["subject"] == company


def test_an_opening_adverb_is_not_the_company() -> None:
    [got] = only("Finally, Mizuho set a $70 price target on the shares.", "price_target")
    assert (got["subject"], got["firm"]) == ("ACME", "Mizuho")


def test_list_items_take_the_date_of_the_sentence_leading_in() -> None:
    text = (
        "Here is what brokers said on Thursday.\n\n"
        "  - Citi kept its Buy rating.\n"
        "  - HSBC cut Acme to Hold from Buy on June 2."
    )
    got = {g["firm"]: str(g["start"]) for g in only(text, "analyst_rating")}
    assert got == {"Citi": "2025-06-12", "HSBC": "2025-06-02"}


def test_a_brokers_table() -> None:
    text = (
        "Ratings on Acme from three houses:\n\n"
        "Broker | Recommendation | Target price\n"
        "Daiwa | Outperform | 1,250 JPY\n"
        "CLSA | Underperform (downgraded) | JPY 980\n"
        "SMBC Nikko | Neutral | 1,100 yen\n\n"
        "Acme rose 2% on Friday."
    )
    ratings = [(g["firm"], g["rating_normalized"]) for g in only(text, "analyst_rating")]
    targets = [(g["firm"], g["value"], g["currency"]) for g in only(text, "price_target")]
    assert ratings == [("Daiwa", "buy"), ("CLSA", "sell"), ("SMBC Nikko", "hold")]
    assert targets == [
        ("Daiwa", 1250.0, "JPY"),
        ("CLSA", 980.0, "JPY"),
        ("SMBC Nikko", 1100.0, "JPY"),
    ]
    assert all(g["precision"] == "unknown" for g in only(text, "price_target"))


def test_a_dated_sentence_that_does_not_introduce_the_list_gives_it_no_date() -> None:
    text = "Acme shares fell 4% on Thursday after its guidance.\n\n  - Citi kept its Buy rating."
    [got] = only(text, "analyst_rating")
    assert (got["firm"], got["precision"]) == ("Citi", "unknown")


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("Mirae Asset Securities raised its target price on Acme to 412,000 won.", 412_000, "KRW"),
        ("Nomura cut its target on Acme to 152,000 yen from 168,000 yen.", 152_000, "JPY"),
        ("Motilal Oswal raised its target price on Acme to Rs 142,500.", 142_500, "INR"),
    ],
)
def test_share_prices_as_large_as_their_currency_allows(
    text: str, value: float, currency: str
) -> None:
    (target,) = only(text, "price_target")
    assert (target["value"], target["currency"]) == (value, currency)


def test_dollar_amounts_of_that_size_are_no_share_price() -> None:
    assert only("Goldman Sachs set a target of $412,000 for the deal fees.", "price_target") == []


def test_a_broker_heading_a_sentence_is_it_in_the_next() -> None:
    text = (
        "Daeyang Securities Co. expects margins to recover next year. For that reason, "
        "while keeping a buy rating, it lowered the target price from 88,000 won to 81,000 won."
    )
    (target,) = only(text, "price_target", published="2025-05-02")
    assert (target["firm"], target["value"], target["previous_value"]) == (
        "Daeyang Securities Co.", 81_000, 88_000,
    )  # fmt: skip
    assert target["precision"] == "unknown"  # the first sentence's date is of its forecast


@pytest.mark.parametrize(
    ("text", "firm", "rating", "previous", "subject"),
    [
        # ratings in lower case after the verb that changes them
        (
            "Helvion Partners downgraded the stock to equal-weight from overweight.",
            "Helvion Partners",
            "equal-weight",
            "overweight",
            "ACME",
        ),
        (
            "Brelmor Securities moved the shares to outperform from market perform.",
            "Brelmor Securities",
            "outperform",
            "market perform",
            "ACME",
        ),
        (
            "Brelmor Securities changed its rating on the stock from buy to hold.",
            "Brelmor Securities",
            "hold",
            "buy",
            "ACME",
        ),
        (
            "Brelmor Securities revised its recommendation to sell from hold.",
            "Brelmor Securities",
            "sell",
            "hold",
            "ACME",
        ),
        # the agent of a passive, after "by"
        ("Upgrade to Buy from Overweight by Quenwick.", "Quenwick", "Buy", "Overweight", "ACME"),
        (
            "Acme was downgraded to Neutral by Helvion Partners.",
            "Helvion Partners",
            "Neutral",
            None,
            "ACME",
        ),
        # the company acted on, as the verb's object
        (
            "Quenwick moves Globex to Underweight from Sell.",
            "Quenwick",
            "Underweight",
            "Sell",
            "Globex",
        ),
    ],
)
def test_rating_changes_in_other_voices(
    text: str, firm: str, rating: str, previous: str | None, subject: str
) -> None:
    (event,) = only(text, "analyst_rating")
    assert (event["firm"], event["rating"], event["previous_rating"], event["subject"]) == (
        firm,
        rating,
        previous,
        subject,
    )


def test_an_outlook_moved_to_neutral_is_no_rating() -> None:
    assert (
        only("Acme lowered its outlook to neutral from positive for the year.", "analyst_rating")
        == []
    )


@pytest.mark.parametrize(
    ("text", "firm", "rating", "action"),
    [
        # a rating in lower case after a determiner or possessive and before "rating"/"call"
        (
            "Quenwick reiterated its equal-weight rating on Acme.",
            "Quenwick",
            "equal-weight",
            "reiterate",
        ),
        (
            "Helvion Partners initiated Acme with an outperform rating.",
            "Helvion Partners",
            "outperform",
            "initiate",
        ),
        (
            "Brelmor Securities has an underweight call on the stock.",
            "Brelmor Securities",
            "underweight",
            "assign",
        ),
        (
            "Quenwick issued a note, reiterating a buy rating on Acme.",
            "Quenwick",
            "buy",
            "reiterate",
        ),
    ],
)
def test_lower_case_ratings_before_their_noun(
    text: str, firm: str, rating: str, action: str
) -> None:
    (event,) = only(text, "analyst_rating")
    assert (event["firm"], event["rating"], event["action"]) == (firm, rating, action)


def test_outperform_as_a_verb_is_no_rating() -> None:
    assert only("Quenwick expects Acme to outperform its peers.", "analyst_rating") == []


def test_a_target_without_its_noun_and_a_step_that_is_no_target() -> None:
    text = "Helvion Partners analysts increased their price from $94 to $116."
    (target,) = only(text, "price_target")
    assert (target["firm"], target["value"], target["previous_value"]) == (
        "Helvion Partners",
        116,
        94,
    )
    text = "Quenwick cut its rating on Acme to Sell. We lower our 12-month target by $29 to $187."
    (target,) = only(text, "price_target")
    assert (target["firm"], target["value"], target["action"]) == ("Quenwick", 187, "cut")


@pytest.mark.parametrize(
    ("text", "kind", "subject"),
    [
        (
            "Quenwick has maintained a 'neutral' rating on Globex Motors with a target of Rs 90.",
            "analyst_rating",
            "Globex Motors",
        ),
        (
            "Helvion Securities raised its target price for Globex from 170,000 won to 200,000 won.",
            "price_target",
            "Globex",
        ),
        (
            "Brelmor Securities has a buy rating on Initech Pharma with a target of Rs 1,150.",
            "price_target",
            "Initech Pharma",
        ),
    ],
)
def test_a_call_on_another_company_is_that_companys(text: str, kind: str, subject: str) -> None:
    (event,) = only(text, kind)
    assert event["subject"] == subject


def test_a_table_of_rating_changes_across_companies() -> None:
    text = (
        "Rating upgrades this month:\n\n"
        "Company | Broker | New Rating | Old Rating | Price Target | PT Upside% |\n"
        "Globex (GBX) | Quenwick | Buy | Hold | $33.00 | 15.0% |\n"
        "Initech Metals (INM) | Helvion Partners | Hold | Sell | $1.25 | 0.8% |\n\n"
        "Miners led the gains."
    )
    ratings = [
        (g["subject"], g["firm"], g["rating"], g["previous_rating"], g["action"])
        for g in only(text, "analyst_rating")
    ]
    assert ratings == [
        ("Globex", "Quenwick", "Buy", "Hold", "upgrade"),
        ("Initech Metals", "Helvion Partners", "Hold", "Sell", "upgrade"),
    ]
    targets = [(g["subject"], g["value"]) for g in only(text, "price_target")]
    assert targets == [("Globex", 33.0), ("Initech Metals", 1.25)]


@pytest.mark.parametrize(
    ("text", "subject", "firm", "rating", "target", "previous"),
    [
        # company first, the firm after its rating: notes summarised the Hong Kong way
        (
            "Globex kept at Buy by Quenwick, with TP lifted from HKD51 to HKD58.",
            "Globex",
            "Quenwick",
            "Buy",
            58.0,
            51.0,
        ),
        (
            "Initech Life (INL) stays Neutral at Quenwick, TP up from HKD23.5 to HKD27.",
            "Initech Life",
            "Quenwick",
            "Neutral",
            27.0,
            23.5,
        ),
        (
            "Globex Insurance remains Sell at Helvion Partners, TP raised from HKD20.5 to HKD24.",
            "Globex Insurance",
            "Helvion Partners",
            "Sell",
            24.0,
            20.5,
        ),
        # the object of the verb, before "from"
        (
            "Quenwick cut Globex Life from Buy to Neutral but raised its target price from HKD17.5 to HKD21.",
            "Globex Life",
            "Quenwick",
            "Neutral",
            21.0,
            17.5,
        ),
    ],
)
def test_ratings_kept_at_a_firm(
    text: str, subject: str, firm: str, rating: str, target: float, previous: float
) -> None:
    (rated,) = only(text, "analyst_rating")
    (tp,) = only(text, "price_target")
    assert (rated["subject"], rated["firm"], rated["rating"]) == (subject, firm, rating)
    assert (tp["subject"], tp["firm"], tp["value"], tp["previous_value"], tp["action"]) == (
        subject, firm, target, previous, "raise",
    )  # fmt: skip


def test_an_opinion_renewed_is_a_rating_reiterated() -> None:
    text = "Analysts at Helvion Partners renewed their 'neutral' opinion on the share."
    (rated,) = only(text, "analyst_rating")
    assert (rated["firm"], rated["rating"], rated["action"]) == (
        "Helvion Partners",
        "neutral",
        "reiterate",
    )


@pytest.mark.parametrize(
    "second",
    [
        "Analyst Charlotte Vale assigned the stock a 110p price target.",
        "The investment bank set a price target of 110p.",
        "It also said the investment bank has set a 110p price target.",
    ],
)
def test_a_person_or_a_description_speaks_for_the_firm_last_named(second: str) -> None:
    text = f"Quenwick upgraded Acme to buy. {second}"
    (target,) = only(text, "price_target")
    assert (target["firm"], target["value"]) == ("Quenwick", 110.0)


@pytest.mark.parametrize(
    ("text", "value", "high", "previous", "action"),
    [
        (
            "Quenwick has set price targets between Rs 2,100 and Rs 2,250 for Acme.",
            2100,
            2250,
            None,
            "set",
        ),
        ("Helvion Securities has a target range of $40-$45 on Acme.", 40, 45, None, "set"),
        (
            "Quenwick Partners now sees the stock reaching $150, up from $130 previously.",
            150,
            None,
            130,
            "raise",
        ),
        (
            "Helvion Securities started coverage of Acme with a C$42 price target.",
            42,
            None,
            None,
            "initiate",
        ),
    ],
)
def test_ranges_and_other_forms_of_a_target(
    text: str, value: float, high: float | None, previous: float | None, action: str | None
) -> None:
    (target,) = only(text, "price_target")
    assert (target["value"], target["value_high"], target["previous_value"], target["action"]) == (
        value, high, previous, action,
    )  # fmt: skip


def test_two_targets_joined_by_and_are_no_range() -> None:
    text = "Quenwick raised its target to $50 and Helvion Securities raised its target to $55."
    assert [t["value_high"] for t in only(text, "price_target")] == [None, None]


def test_a_note_that_moved_the_shares_is_of_that_session_and_that_company() -> None:
    text = (
        "Elsewhere, B&Q owner Zorvex rallied after Quenwick Capital Markets upgraded the stock to "
        "'outperform' and lifted the price target to 350p from 320p."
    )
    for kind in ("analyst_rating", "price_target"):
        (event,) = only(text, kind, published="2025-10-24")
        assert (event["subject"], event["start"], event["precision"]) == (
            "Zorvex", dt.date(2025, 10, 24), "day",
        )  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Analysts led by Dana Vale lowered their rating to Market Perform from Outperform.",
        "For FY26 it has a buy rating on the stock.",
    ],
)
def test_a_person_or_a_fiscal_year_is_no_firm(text: str) -> None:
    assert [e["firm"] for e in only(text, "analyst_rating")] in ([], [None])


def test_a_brokers_line_of_rating_and_target() -> None:
    text = (
        "Brokerages on Acme after Q2:\n- Quenwick Securities: Buy | Target raised to Rs 400 (from Rs 320)\n"
        "- Helvion Partners: Overweight | Target at Rs 330\n"
    )
    ratings = [(r["firm"], r["rating"]) for r in only(text, "analyst_rating")]
    targets = [(t["firm"], t["value"], t["previous_value"]) for t in only(text, "price_target")]
    assert ratings == [("Quenwick Securities", "Buy"), ("Helvion Partners", "Overweight")]
    assert targets == [("Quenwick Securities", 400, 320), ("Helvion Partners", 330, None)]


@pytest.mark.parametrize(
    "lines",
    [
        "Quenwick: Buy | Target raised to Rs 400 (from Rs 320)\nHelvion: Hold | Target at Rs 330",
        "• Quenwick: buy | TP raised to €400 (from €320)\n• Helvion: 'Hold' | TP at €330",
    ],
)
def test_a_brokers_line_names_a_firm_no_table_knows(lines: str) -> None:
    ratings = [(r["firm"], r["rating_normalized"]) for r in only(lines, "analyst_rating")]
    targets = [(t["firm"], t["value"]) for t in only(lines, "price_target")]
    assert ratings == [("Quenwick", "buy"), ("Helvion", "hold")]
    assert targets == [("Quenwick", 400), ("Helvion", 330)]


@pytest.mark.parametrize(
    ("text", "value", "previous", "action", "subject"),
    [
        ("Quenwick set a target of HKD120, down from HKD180.", 120, 180, "cut", "ACME"),
        (
            "Helvion Securities cut its target price for Globex to HKD179 (USD22.92) a share from HKD206.",
            179,
            206,
            "cut",
            "Globex",
        ),
    ],
)
def test_a_targets_change_written_after_it(
    text: str, value: float, previous: float, action: str, subject: str
) -> None:
    (target,) = only(text, "price_target")
    assert (target["value"], target["previous_value"], target["action"], target["subject"]) == (
        value, previous, action, subject,
    )  # fmt: skip


def test_a_firms_analyst_by_name_is_the_firm() -> None:
    text = "Quenwick Bank’s Dana Vale dropped his recommendation to “sector perform” from “outperform”."
    assert [r["firm"] for r in only(text, "analyst_rating")] == ["Quenwick Bank"]


@pytest.mark.parametrize(
    ("text", "firm", "rating"),
    [
        (
            "Analysts at Quenwick Partners (rating: overweight) described the results as solid.",
            "Quenwick Partners",
            "buy",
        ),
        (
            "Helvion (rating: neutral) noted relief related to positive free cash flow.",
            "Helvion",
            "hold",
        ),
    ],
)
def test_a_rating_in_parentheses(text: str, firm: str, rating: str) -> None:
    assert [(r["firm"], r["rating_normalized"]) for r in only(text, "analyst_rating")] == [
        (firm, rating)
    ]


def test_a_price_prediction_is_a_target() -> None:
    text = "Quenwick analyst Dana Vale maintained her price prediction of $4 per share."
    assert [t["value"] for t in only(text, "price_target")] == [4]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Quenwick reaffirmed Buy on Acme. For Zorvex India, Quenwick maintained its 'Buy' rating and a target of Rs 610.",
            "Zorvex India",
        ),
        (
            "Quenwick reaffirmed Buy on Acme. In the chemicals sector, Zorvex Fluorine received a 'Buy' reiteration and a target price of Rs 6,635.",
            "Zorvex Fluorine",
        ),
        (
            "Quenwick reaffirmed Buy on Acme. Zorvex also received a 'Buy' rating with a target of Rs 440.",
            "Zorvex",
        ),
    ],
)
def test_the_company_a_call_is_for_or_given_to(text: str, subject: str) -> None:
    rated = [(r["firm"], r["subject"]) for r in only(text, "analyst_rating")]
    assert rated[-1] == ("Quenwick", subject)
    assert only(text, "price_target")[-1]["subject"] == subject


@pytest.mark.parametrize(
    "text",
    [
        "Quenwick Securities raised its target price for Zorvex Electronics by 53% to 260,000 won "
        "and lifted its target for Helvion Semi by 50% to 1.5 million won.",
        "Quenwick Securities increased its target price for Zorvex Electronics to 260,000 won and "
        "for Helvion Semi to 1.5 million won.",
    ],
)
def test_each_target_is_for_the_company_its_clause_names(text: str) -> None:
    targets = [(t["subject"], t["value"]) for t in only(text, "price_target")]
    assert targets == [("Zorvex Electronics", 260_000), ("Helvion Semi", 1_500_000)]


def test_a_list_under_a_note_names_each_company_by_its_label() -> None:
    text = (
        "Quenwick Bank revised upward the price targets for all Greek banks, while Zorvex Bank of "
        "Greece remains at a neutral rating.\n"
        "- Helvion: New price target of €4.45 (from €4.36), with a Buy recommendation.\n"
        "- Orvex Bank: Continues with a Buy recommendation, with a target of €3.89 (from €3.59)."
    )
    targets = [(t["firm"], t["subject"], t["value"]) for t in only(text, "price_target")]
    assert targets == [("Quenwick Bank", "Helvion", 4.45), ("Quenwick Bank", "Orvex Bank", 3.89)]


def test_a_firm_with_an_aside_before_its_verb() -> None:
    text = (
        "Quenwick has, at the same time, downgraded its recommendation for Acme to hold from buy."
    )
    assert [(r["firm"], r["rating"]) for r in only(text, "analyst_rating")] == [
        ("Quenwick", "hold")
    ]


def test_the_company_a_rating_is_on_is_no_firm() -> None:
    text = "Jefferies maintains a Buy rating on Zorvex First Bank with a target price of Rs 100."
    assert [(t["firm"], t["subject"]) for t in only(text, "price_target")] == [
        ("Jefferies", "Zorvex First Bank")
    ]


def test_the_target_price_of_the_sentence_after_a_call_is_its_firms() -> None:
    text = "Quenwick Securities cut Acme to hold. The target price is 32 SEK."
    assert [(t["firm"], t["value"]) for t in only(text, "price_target")] == [
        ("Quenwick Securities", 32.0)
    ]


@pytest.mark.parametrize(
    ("text", "count", "buys"),
    [
        ("Of the 27 analysts who cover Acme, 18 assign it Buy or Overweight ratings.", 27, 18),
        ("Of the 20 analysts covering Acme, 12 rate it a buy.", 20, 12),
    ],
)
def test_a_count_of_buy_ratings_among_the_analysts_who_cover_it(
    text: str, count: int, buys: int
) -> None:
    assert [(c["analyst_count"], c["buy_count"]) for c in only(text, "consensus")] == [
        (count, buys)
    ]


@pytest.mark.parametrize(
    ("text", "subjects"),
    [
        (
            "Quenwick maintained its buy recommendation for Zorvex, Globex, Initech Bank and Vandelay.",
            ["Zorvex", "Globex", "Initech Bank", "Vandelay"],
        ),
        (
            "Quenwick kept its underweight rating on regional lenders Zorvex and Globex.",
            ["Zorvex", "Globex"],
        ),
        # one company is the one company
        ("Quenwick maintained its buy recommendation for Zorvex.", ["Zorvex"]),
    ],
)
def test_a_rating_on_a_list_of_companies_is_one_rating_each(text: str, subjects: list[str]) -> None:
    got = only(text, "analyst_rating")
    assert [e["subject"] for e in got] == subjects
    assert {e["firm"] for e in got} == {"Quenwick"}


@pytest.mark.parametrize(
    ("text", "value", "currency", "previous"),
    [
        ("Quenwick now values the shares at 2,100p, up from 1,950p.", 2100.0, "GBX", 1950.0),
        ("Quenwick values the stock at $30 a share.", 30.0, "USD", None),
        ("The deal values the company at $30 billion.", None, None, None),
        ("Carnegie raised the target price to 1,050 kronor.", 1050.0, "SEK", None),
        ("Quenwick raised its target price to 4,200 baht.", 4200.0, "THB", None),
        ("Quenwick cut its target to 12.50 rand from 14 rand.", 12.5, "ZAR", 14.0),
        ("Quenwick lifted its target to 85 lira.", 85.0, "TRY", None),
    ],
)
def test_targets_written_as_a_valuation_and_in_currency_words(
    text: str, value: float, currency: str, previous: float | None
) -> None:
    got = only(text, "price_target")
    if value is None:  # a company's value, not a share's
        assert got == []
        return
    assert [(e["value"], e["currency"], e["previous_value"]) for e in got] == [
        (value, currency, previous)
    ]
    assert only(text, "price_level") == []


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        (
            "Several brokerages raised their targets after the results: Morgan Stanley to $150, "
            "Goldman Sachs to $155 and UBS to $148.",
            [("Morgan Stanley", 150.0), ("Goldman Sachs", 155.0), ("UBS", 148.0)],
        ),
        (
            "Citi and Barclays both raised their price targets to $300.",
            [("Citi", 300.0), ("Barclays", 300.0)],
        ),
        (
            "Bernstein raised its target to $95, while Jefferies lifted its target to $100.",
            [("Bernstein", 95.0), ("Jefferies", 100.0)],
        ),
    ],
)
def test_several_firms_targets_in_one_sentence(text: str, targets: list[tuple[str, float]]) -> None:
    assert [(e["firm"], e["value"]) for e in only(text, "price_target")] == targets


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        (
            "Quenwick Securities Limited maintained a buy rating on the stock.",
            "Quenwick Securities",
        ),
        ("Quenwick Capital LLC upgraded the stock to buy.", "Quenwick Capital"),
        ("Citibank kept its buy rating on the stock.", "Citi"),
    ],
)
def test_a_firm_is_named_without_its_legal_form(text: str, firm: str) -> None:
    assert [e["firm"] for e in only(text, "analyst_rating")] == [firm]


@pytest.mark.parametrize(
    ("text", "firm", "value"),
    [
        (
            "JPMorgan downgraded the stock. The bank said it had cut its price target from "
            "R107 to R94.",
            "JPMorgan",
            94.0,
        ),
        (
            "UBS trimmed its estimates. The financial institution continues to maintain its "
            "A$56.50 target.",
            "UBS",
            56.5,
        ),
        (
            "Goldman Sachs now sees the stock going up to ₹18,900 (from ₹13,800).",
            "Goldman Sachs",
            18900.0,
        ),
    ],
)
def test_the_firm_spoken_of_again_and_targets_seen(text: str, firm: str, value: float) -> None:
    assert [(e["firm"], e["value"]) for e in only(text, "price_target")] == [(firm, value)]


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        (
            "Jefferies and Nomura both rate the stock a Buy.",
            [("Nomura", "buy"), ("Jefferies", "buy")],
        ),
        (
            "Goldman Sachs raised its target and recommended buying the stock.",
            [("Goldman Sachs", "buy")],
        ),
        ("Jefferies recommended selling the shares.", [("Jefferies", "sell")]),
        ("Buying interest rose in the afternoon, Jefferies said.", []),
    ],
)
def test_calls_made_together_and_recommended_verbs(text: str, calls: list[tuple[str, str]]) -> None:
    assert [(e["firm"], e["rating_normalized"]) for e in only(text, "analyst_rating")] == calls


def test_a_count_that_recommends_buying_is_the_consensus() -> None:
    [got] = only("Out of 48 analysts, 41 recommend buying the stock.", "consensus")
    assert (got["analyst_count"], got["buy_count"]) == (48, 41)


@pytest.mark.parametrize(
    ("line", "company", "firm", "rating", "value"),
    [
        (
            "Zorvex Foods (Quenwick): Add | Target Price: ₹1,290/sh",
            "Zorvex Foods",
            "Quenwick",
            "buy",
            1290,
        ),
        (
            "Globex (Helvion Research): Reduce | Target Price: ₹1,180/sh",
            "Globex",
            "Helvion Research",
            "sell",
            1180,
        ),
        ("Initech (UBS): Upgrade to Buy | TP: Rs 2,300", "Initech", "UBS", "buy", 2300),
        (
            "- Umbrella Labs (Quenwick): Neutral | Target: €45",
            "Umbrella Labs",
            "Quenwick",
            "hold",
            45,
        ),
    ],
)
def test_a_record_of_company_firm_rating_and_target(
    line: str, company: str, firm: str, rating: str, value: float
) -> None:
    """ "Company (Firm): Rating | Target Price: X": the firm in brackets rates the company the
    line opens on; a rating "Reduce" is no cut of the target."""
    text = "Fund house recommendations\n" + line
    [got] = only(text, "analyst_rating", subject="Sample")
    [target] = only(text, "price_target", subject="Sample")
    assert (got["subject"], got["firm"], got["rating_normalized"]) == (company, firm, rating)
    assert (target["subject"], target["firm"], target["value"], target["action"]) == (
        company,
        firm,
        value,
        None,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Jane Roe, a Quenwick analyst, upgraded Zorvex's stock to 'outperformer'.",
        "A Quenwick analyst upgraded Zorvex's stock to outperformer.",
        "Jane Roe, the Quenwick analyst, upgraded Zorvex to outperformer.",
    ],
)
def test_a_firms_analyst_in_apposition_names_the_firm(text: str) -> None:
    [got] = only(text, "analyst_rating", subject="Zorvex")
    assert (got["firm"], got["rating_normalized"], got["action"]) == ("Quenwick", "buy", "upgrade")


def test_the_target_that_moves_in_the_next_sentence_is_the_firms_last_named() -> None:
    text = "Quenwick rates Zorvex as Buy. The target falls to 26c from 31c."
    [target] = only(text, "price_target", subject="Zorvex")
    assert (target["firm"], target["value"], target["previous_value"]) == ("Quenwick", 0.26, 0.31)


@pytest.mark.parametrize(
    "text",
    [
        'Kestrel Partners on Wednesday initiated coverage of Zorvex Bank with a "buy" rating.',
        "Kestrel Partners yesterday began coverage of Zorvex Bank with an overweight rating.",
        "Kestrel Partners on Monday started coverage of Zorvex Bank with a neutral rating.",
    ],
)
def test_the_bank_a_firm_covers_is_no_firm(text: str) -> None:
    [rating] = only(text, "analyst_rating", subject="Zorvex Bank")
    assert (rating["firm"], rating["subject"]) == ("Kestrel Partners", "Zorvex Bank")


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Partners set a price target of 89.5 shekels for Quillon Bank.",
        "Kestrel Partners set a target price of NOK 120 on Quillon Bank, a 12% upside.",
        "Kestrel Partners has a price target of $41 for rival Quillon Bank.",
    ],
)
def test_the_company_after_a_targets_value_is_its_subject_and_no_firm(text: str) -> None:
    [target] = only(text, "price_target", subject="Sample")
    assert (target["firm"], target["subject"]) == ("Kestrel Partners", "Quillon Bank")


def test_a_target_for_another_company_continues_the_call_before() -> None:
    text = (
        "Kestrel Partners set a price target of 89.5 shekels for Quillon Bank. "
        "The target for rival Brevik Bank was 85.0 shekels."
    )
    targets = only(text, "price_target", subject="Sample")
    assert [(t["firm"], t["subject"], t["value"]) for t in targets] == [
        ("Kestrel Partners", "Quillon Bank", 89.5),
        ("Kestrel Partners", "Brevik Bank", 85.0),
    ]


def test_an_analyst_of_the_firm_before_sets_a_target_for_a_named_company() -> None:
    text = (
        "Kestrel Partners on Wednesday initiated coverage of Israel’s largest banks with buy "
        "ratings. Analyst Dana Vale set a price target of 89.5 shekels for Quillon Bank."
    )
    ratings = only(text, "analyst_rating", subject="Sample")
    [target] = only(text, "price_target", subject="Sample")
    assert {r["subject"] for r in ratings} <= {"Sample"}  # a country is no company
    assert (target["firm"], target["subject"]) == ("Kestrel Partners", "Quillon Bank")


@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("It currently has a 1-year price target of $21.08.", {"value": 21.08}),
        ("The stock now has a price target of $41.50.", {"value": 41.5}),
        (
            "There are 3 analysts who recommend BUY ratings, while 0 suggest SELL ratings.",
            {"buy_count": 3, "sell_count": 0},
        ),
        (
            "Five analysts rate the stock a buy, while two recommend a hold rating.",
            {"buy_count": 5, "hold_count": 2},
        ),
    ],
)
def test_the_street_view_as_stock_sites_write_it(text: str, fields: dict[str, float]) -> None:
    [consensus] = only(text, "consensus", subject="Zorvex")
    assert {k: consensus[k] for k in fields} == fields


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Partners lowered its price target on Zorvex shares from $92 apiece to $85.",
        "Kestrel Partners cut the price target for Zorvex from the previous $92 to $85.",
        "Kestrel Partners cut its target on Zorvex to $85 from just $92.",
        "Kestrel Partners cut its target on Zorvex to $85, down from its earlier $92.",
    ],
)
def test_the_previous_target_written_with_a_word_between(text: str) -> None:
    [target] = only(text, "price_target", subject="Zorvex")
    assert (target["value"], target["previous_value"], target["action"]) == (85.0, 92.0, "cut")


def test_a_broker_s_call_on_a_line_of_its_own() -> None:
    text = "BROKER MOVES\nZorvex (ZRV GY) downgraded to Neutral from Buy at Citi\nDAX"
    (rating,) = only(text, "analyst_rating", subject="UNKNOWN")
    assert (rating["subject"], rating["firm"], rating["rating"], rating["previous_rating"]) == (
        "ZRV.DE",
        "Citi",
        "Neutral",
        "Buy",
    )


def test_a_target_a_broker_raised_is_the_company_whose_target_it_is() -> None:
    text = (
        "Zorvex Capital Limited has raised its target prices for telecom stocks. In its latest "
        "report, the investment firm increased Quenwick's target price to N3,458 per share from "
        "N1,988.87. Similarly, Halvex Telecom's target price was revised upward to N304.26 from "
        "N254.87 per share."
    )
    got = {
        (t["subject"], t["firm"], t["value"], t["previous_value"], t["action"], t["currency"])
        for t in only(text, "price_target", subject="Halvex Telecom")
    }
    assert got == {
        ("Quenwick", "Zorvex Capital", 3458.0, 1988.87, "raise", "NGN"),
        ("Halvex Telecom", "Zorvex Capital", 304.26, 254.87, "raise", "NGN"),
    }


@pytest.mark.parametrize(
    "second",
    [
        "Roe also lowered Quillon Industries from overweight to underweight.",
        "Jane Roe also lowered Quillon Industries from overweight to underweight.",
        "Separately, Roe downgraded Quillon Industries to underweight from overweight.",
    ],
)
def test_an_analyst_named_alone_stands_for_the_firm_named_with_them(second: str) -> None:
    text = "Goldman Sachs analyst Jane Roe upgraded Zorvex to buy on Monday. " + second
    ratings = [
        (r["subject"], r["firm"], r["rating_normalized"]) for r in only(text, "analyst_rating")
    ]
    assert ratings == [
        ("Zorvex", "Goldman Sachs", "buy"),
        ("Quillon Industries", "Goldman Sachs", "sell"),
    ]


@pytest.mark.parametrize(
    "first",
    [
        "Analyst Jane Roe of Goldman Sachs upgraded Zorvex to buy on Monday.",
        "Jane Roe, an analyst at Goldman Sachs, upgraded Zorvex to buy on Monday.",
        "Jane Roe, senior analyst with Goldman Sachs, upgraded Zorvex to buy on Monday.",
    ],
)
def test_an_analyst_named_before_their_firm_stands_for_it(first: str) -> None:
    text = first + " Roe also set a $40 price target on the stock."
    [target] = only(text, "price_target", subject="Zorvex")
    assert (target["firm"], target["value"]) == ("Goldman Sachs", 40.0)


def test_a_name_never_given_a_firm_is_no_analysts() -> None:
    text = "Helvion Research upgraded Zorvex to buy. Jane Roe, a fund manager, said she agreed."
    assert [r["firm"] for r in only(text, "analyst_rating")] == ["Helvion Research"]


@pytest.mark.parametrize(
    ("text", "rating", "previous"),
    [
        ("Helvion cut Zorvex from its previous “overweight” rating to “equal weight.”",
         "equal weight", "overweight"),
        ("Helvion moved Zorvex from the prior Buy rating to Hold.", "Hold", "Buy"),
        ("Helvion lifted Zorvex from an existing Sell recommendation to Buy.", "Buy", "Sell"),
    ],
)  # fmt: skip
def test_a_previous_rating_written_with_its_article_and_adjective(
    text: str, rating: str, previous: str
) -> None:
    [r] = only(text, "analyst_rating")
    assert (r["firm"], r["rating"], r["previous_rating"]) == ("Helvion", rating, previous)


def test_an_analysts_forecast_for_the_stock_is_a_target_not_a_price() -> None:
    text = "Helvion Research lowered its forecast for the stock from $16 to $13."
    [t] = only(text, "price_target")
    assert (t["firm"], t["value"], t["previous_value"], t["action"]) == (
        "Helvion Research",
        13.0,
        16.0,
        "cut",
    )
    assert only(text, "price_level") == []


def test_the_analyst_after_the_sentence_that_named_them_with_their_firm() -> None:
    text = (
        "That is the view of Goldman Sachs analyst Jane Roe. "
        "The equity analyst downgraded Zorvex from buy to neutral."
    )
    assert [(r["firm"], r["rating"]) for r in only(text, "analyst_rating")] == [
        ("Goldman Sachs", "neutral")
    ]


@pytest.mark.parametrize("maker", ["EV maker", "the Japanese carmaker", "chipmaker"])
def test_the_company_a_call_is_on_after_what_it_does(maker: str) -> None:
    text = f"Helvion Research downgraded {maker} Quillon Motors to hold from buy."
    assert [r["subject"] for r in only(text, "analyst_rating")] == ["Quillon Motors"]


@pytest.mark.parametrize(
    ("lead", "start", "end", "precision"),
    [
        (
            "Here are the brokers' moves so far in June.",
            dt.date(2025, 6, 1),
            dt.date(2025, 6, 13),
            "day",
        ),
        ("These were the calls brokers made on Wednesday.", *[dt.date(2025, 6, 11)] * 2, "day"),
        ("Brokers were busy after the results season.", None, None, "unknown"),
    ],
)
def test_a_brokers_table_is_of_the_time_the_text_leading_into_it_gives(
    lead: str, start: dt.date | None, end: dt.date | None, precision: str
) -> None:
    text = (
        lead + "\n\nRating changes\n\n"
        "Stock | Broker | Rating | Target |\n"
        "Globex (GBX) | Quenwick | Outperform | $41.00 |\n"
        "Initech (INT) | Helvion Partners | Underweight | $7.10 |"
    )
    got = only(text, "analyst_rating") + only(text, "price_target")
    assert len(got) == 4
    assert {(g["start"], g["end"], g["precision"]) for g in got} == {(start, end, precision)}


@pytest.mark.parametrize(
    ("second", "day"),
    [
        # "currently" only says the rating stands: the note's own day
        ("The firm currently has a “buy” rating on the stock.", dt.date(2025, 6, 10)),
        ("The bank presently has an “overweight” rating on the shares.", dt.date(2025, 6, 10)),
    ],
)
def test_a_rating_the_firm_currently_has_is_of_its_dated_note(second: str, day: dt.date) -> None:
    text = (
        "Halvard Foods had its price objective lifted by Quenwick Partners from $30.00 to "
        "$34.00 in a note issued to clients on Tuesday. " + second
    )
    [rating] = only(text, "analyst_rating", published="2025-06-13", subject="Halvard Foods")
    assert (rating["firm"], rating["start"]) == ("Quenwick Partners", day)


@pytest.mark.parametrize(
    "text",
    [
        # no day for the note: "currently" is as published
        "Quenwick Partners lifted its target on Halvard Foods to $34.00. "
        "The firm currently has a “buy” rating on the stock.",
        # the firm named again: its own sentence, as published
        "Quenwick Partners lifted its target on Halvard Foods to $34.00 on Tuesday. "
        "Brennick Securities currently has a “buy” rating on the stock.",
    ],
)
def test_a_rating_currently_held_without_a_dated_note_is_as_published(text: str) -> None:
    ratings = only(text, "analyst_rating", published="2025-06-13", subject="Halvard Foods")
    assert ratings
    assert all(r["start"] == dt.date(2025, 6, 13) for r in ratings)


@pytest.mark.parametrize(
    "text",
    [
        "Given Zorvex's shares are up 33 per cent year-to-date, said Stifel's Jane Roe, who "
        "moved her recommendation to hold from buy.",
        "With the stock up 40% so far this year, Helvion Securities cut Zorvex to neutral.",
    ],
)
def test_the_span_of_a_return_is_not_when_a_call_was_made(text: str) -> None:
    [rating] = only(text, "analyst_rating", published="2025-06-13", subject="Zorvex")
    assert (rating["start"], rating["precision"]) == (None, "unknown")


@pytest.mark.parametrize(
    "second",
    [
        "The analyst downgraded Quillon Motors from overweight to equal weight.",
        "The equity analyst specifically downgraded Quillon Motors to equal weight from overweight.",
        "He also cut Quillon Motors to equal weight from overweight.",
    ],
)
def test_a_call_told_of_the_analyst_is_on_the_company_it_names(second: str) -> None:
    text = "Morgan Stanley analyst Jane Roe turned cautious on carmakers on Tuesday. " + second
    [rating] = only(text, "analyst_rating", subject="Zorvex")
    assert (rating["subject"], rating["firm"], rating["rating_normalized"]) == (
        "Quillon Motors",
        "Morgan Stanley",
        "hold",
    )


def test_a_list_of_firms_sharing_one_verb_each_with_its_target() -> None:
    text = (
        "Other brokers followed, including Helvion Capital, which raised its target from "
        "US$26.30 to US$30.70, Quillon Securities from US$26.30 to US$27.80, Brevik Partners "
        "from US$24.90 to US$34.40, and Ostrava Research from US$32.20 to US$32.95."
    )
    got = {(t["firm"], t["value"], t["previous_value"]) for t in only(text, "price_target")}
    assert got == {
        ("Helvion Capital", 30.7, 26.3),
        ("Quillon Securities", 27.8, 26.3),
        ("Brevik Partners", 34.4, 24.9),
        ("Ostrava Research", 32.95, 32.2),
    }


@pytest.mark.parametrize(
    ("text", "action"),
    [
        (
            "Helvion Securities has revised its price target for Zorvex from 120 SEK down to 110 SEK.",
            "cut",
        ),
        (
            "Helvion Securities revised its price target for Zorvex from 120 SEK up to 135 SEK.",
            "raise",
        ),
    ],
)
def test_a_revised_target_moves_as_its_figures_say(text: str, action: str) -> None:
    [target] = only(text, "price_target", subject="Zorvex")
    assert (target["previous_value"], target["action"]) == (120.0, action)


def test_a_firms_short_form_is_the_firm_named_in_full_before() -> None:
    text = (
        "Zorvex received a downgrade from Helvion Sundal Collier, which lowered its rating from "
        "buy to hold. "
        "Helvion also cut its price target for Zorvex to 110 SEK from 120 SEK."
    )
    assert {r["firm"] for r in only(text, "analyst_rating")} == {"Helvion Sundal Collier"}
    assert {t["firm"] for t in only(text, "price_target")} == {"Helvion Sundal Collier"}


@pytest.mark.parametrize(
    "text",
    [
        # one firm's call, told with the street's words
        "Analysts led by Jane Roe lowered their rating to Market Perform from Strong Buy on Monday.",
        "This saw its analysts upgrade the company's shares from a hold rating to a buy rating.",
        "Helvion has lowered its recommendation on Zorvex to underweight after results that came "
        "in below market consensus.",
        # a consensus of the results expected, not of targets
        "Earnings of 310 pence were slightly below the analysts' consensus of 328.2 pence.",
        "A consensus of three analysts had estimated earnings per share at 49 cents.",
    ],
)
def test_a_firms_call_or_an_earnings_consensus_is_no_consensus_rating_or_target(text: str) -> None:
    assert only(text, "consensus", subject="Zorvex") == []


@pytest.mark.parametrize(
    ("text", "rating", "value"),
    [
        (
            'Analysts upgraded peers, but Zorvex still has a consensus rating of "Hold".',
            "Hold",
            None,
        ),
        ("Of the 27 analysts who cover Zorvex, 18 rate it Buy.", "Buy", None),
        ("The consensus price target of analysts stands at $66.75.", None, 66.75),
    ],
)
def test_the_streets_rating_and_target_are_consensus(
    text: str, rating: str | None, value: float | None
) -> None:
    [got] = only(text, "consensus", subject="Zorvex")
    assert (got["rating"], got["value"]) == (rating, value)


@pytest.mark.parametrize(
    "text",
    [
        "Helvion Securities now values Zorvex at N92.77 per share, up from its previous valuation.",
        "Helvion Securities values the stock at N92.77 per share.",
    ],
)
def test_a_firm_valuing_a_share_sets_its_fair_value(text: str) -> None:
    [target] = only(text, "price_target", subject="Zorvex")
    assert (target["firm"], target["value"], target["target_type"]) == (
        "Helvion Securities",
        92.77,
        "fair_value",
    )
    assert only(text, "price_level", subject="Zorvex") == []


@pytest.mark.parametrize(
    "text",
    [
        "Helvion: Maintains Zorvex (01177.HK) Outperform rating, with the target price raised by "
        "17.1% to 8.90 Hong Kong dollars.",
        "Helvion: Upgrades Zorvex to Outperform, target price raised to 8.90 Hong Kong dollars.",
    ],
)
def test_a_brokers_line_whose_call_is_a_verb(text: str) -> None:
    [rating] = only(text, "analyst_rating", subject="Zorvex")
    [target] = only(text, "price_target", subject="Zorvex")
    assert (rating["firm"], rating["rating_normalized"]) == ("Helvion", "buy")
    assert (target["firm"], target["value"], target["currency"]) == ("Helvion", 8.9, "HKD")


def test_a_firm_gives_a_rating() -> None:
    [rating] = only("Helvion gives the stock a buy rating.", "analyst_rating", subject="Zorvex")
    assert (rating["firm"], rating["rating_normalized"]) == ("Helvion", "buy")


@pytest.mark.parametrize(
    "opening",
    [
        "Building on this, JPMorgan analyst Jane Roe issued an upgrade on December 8th.",
        "Looking ahead, JPMorgan analyst Jane Roe issued an upgrade on December 8th.",
        "Following on from that, JPMorgan analyst Jane Roe issued an upgrade on December 8th.",
    ],
)
def test_a_participle_opening_the_sentence_is_no_company(opening: str) -> None:
    text = f"{opening} He moved his rating from Neutral to Overweight and doubled his price target from €25 to €50."
    events = [
        e for e in extract(text, subject="Zorvex") if e.kind in ("analyst_rating", "price_target")
    ]
    assert {e.subject for e in events} == {"Zorvex"}
    assert {e.kind for e in events} == {"analyst_rating", "price_target"}


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ('Analysts are upbeat, with 10 of the 14 in coverage rating Zorvex a "buy" or better.', 14),
        ("That matches the consensus rating for Zorvex, a buy rating based on three opinions.", 3),
        ('The consensus recommendation from 39 brokerage firms is "Hold".', 39),
        (
            "Zorvex has been given a consensus rating of “Moderate Buy” by the twenty-nine "
            "research firms that are presently covering the company.",
            29,
        ),
        (
            "Among fifteen analysts, seven rate Zorvex's stock as ‘buy’ or higher, while five "
            "recommend a ‘hold’ and three a ‘sell’.",
            15,
        ),
    ],
)
def test_a_consensus_counts_the_firms_or_opinions_it_is_over(text: str, count: int) -> None:
    assert [c["analyst_count"] for c in only(text, "consensus")] == [count]


@pytest.mark.parametrize(
    ("text", "buy", "count"),
    [
        (
            "Research teams at 13 of the 19 banks that actively follow Zorvex have a buy rating.",
            13,
            19,
        ),
        ("Thirteen of 19 analysts have a buy rating on the stock.", 13, 19),
        ("Desks at eight of the 11 brokerages that cover Quillon have a buy rating.", 8, 11),
        ("Of the 19 analysts covering Zorvex, 13 rate it a buy.", 13, 19),
        ("13 of the 19 analysts covering Zorvex rate it a buy.", 13, 19),
    ],
)
def test_a_part_of_the_banks_or_analysts_that_rate_it_buy_is_a_consensus(
    text: str, buy: int, count: int
) -> None:
    [got] = only(text, "consensus")
    assert (got["buy_count"], got["analyst_count"]) == (buy, count)


@pytest.mark.parametrize(
    "text",
    [
        "Two of the five banks said they would cut rates.",
        "Three of the 12 banks in the index fell 2%.",
    ],
)
def test_a_part_of_the_banks_without_a_rating_is_no_consensus(text: str) -> None:
    assert only(text, "consensus") == []


def test_an_average_rating_is_the_consensus_rating() -> None:
    text = (
        "Zorvex currently has an average rating of “Hold” and an average price target of $190.11."
    )
    got = only(text, "consensus")
    assert [(c["rating"], c["value"]) for c in got] == [("Hold", 190.11)]


@pytest.mark.parametrize(
    "second",
    [
        "Last week, Irwin raised the price target from $85 to $380.",
        "Irwin has lifted his price target to $380.",
    ],
)
def test_a_named_analyst_speaks_for_a_firm_no_table_knows(second: str) -> None:
    text = f"The boldest call came from Quenwick Partners analyst Craig Irwin on Zorvex. {second}"
    assert [t["firm"] for t in only(text, "price_target")] == ["Quenwick Partners"]


@pytest.mark.parametrize(
    "text",
    [
        "Quenwick has maintained a 'buy' rating on Ostral Cement with a target of Rs 3,200, "
        "while Harlow Capital has maintained a 'neutral' rating on Samvar Motors with a target "
        "of Rs 90.",
        "Quenwick kept its Buy call on Ostral Cement, and Harlow Capital reiterated its Neutral "
        "recommendation for Samvar Motors.",
    ],
)
def test_each_rating_of_a_sentence_is_on_the_company_its_words_name(text: str) -> None:
    got = {(r["firm"], r["subject"]) for r in only(text, "analyst_rating")}
    assert got == {("Quenwick", "Ostral Cement"), ("Harlow Capital", "Samvar Motors")}


@pytest.mark.parametrize("verb", ["remains at", "stays at", "remains"])
def test_a_company_kept_at_a_rating_in_a_second_clause(verb: str) -> None:
    text = (
        "Quenwick raised its targets for Greek lenders. Its top pick is Ostral, while "
        f"National Insurance of Corinth {verb} a neutral rating."
    )
    got = [(r["rating"], r["subject"]) for r in only(text, "analyst_rating")]
    assert got == [("neutral", "National Insurance of Corinth")]


def test_a_list_item_labelled_with_a_name_with_of_is_that_company() -> None:
    text = (
        "Quenwick raised its targets for Greek lenders.\n"
        "- National Insurance of Corinth (NIC): Maintains a Neutral rating, with a new price "
        "target of €12.81 (from €12.11)."
    )
    got = [(t["firm"], t["subject"], t["value"]) for t in only(text, "price_target")]
    assert got == [("Quenwick", "National Insurance of Corinth", 12.81)]


@pytest.mark.parametrize(
    ("named", "firm"),
    [
        ("Truist Securities Barry Jonas", "Truist Securities"),
        ("Truist Securities' Barry Jonas", "Truist Securities"),
        ("Stifel's Barry Jonas", "Stifel"),
    ],
)
@pytest.mark.parametrize(
    "second",
    [
        "However, Jonas maintained a Buy recommendation on the stock.",
        "He also kept his Buy rating on Zorvex.",
    ],
)
def test_a_person_written_after_a_firms_name_is_its_analyst(
    named: str, firm: str, second: str
) -> None:
    text = f"Weak visitation prompted {named} to trim his projections for Zorvex. {second}"
    assert [r["firm"] for r in only(text, "analyst_rating")] == [firm]


@pytest.mark.parametrize(
    ("text", "kind", "firm", "company"),
    [
        (
            "Wells Fargo upgraded Hoxton Bank to overweight from equal weight.",
            "analyst_rating",
            "Wells Fargo",
            "Hoxton Bank",
        ),
        (
            "Quenwick lifted Hoxton Group TP to HKD8.5, kept Buy.",
            "analyst_rating",
            "Quenwick",
            "Hoxton Group",
        ),
        ("Quenwick lifted Hoxton Group TP to HKD8.5.", "price_target", "Quenwick", "Hoxton Group"),
        (
            "Quenwick raised Hoxton Group's target to HKD8.5.",
            "price_target",
            "Quenwick",
            "Hoxton Group",
        ),
    ],
)
def test_a_firm_acted_on_by_the_firm_before_it_is_the_company(
    text: str, kind: str, firm: str, company: str
) -> None:
    assert [(e["firm"], e["subject"]) for e in only(text, kind)] == [(firm, company)]


def test_a_companys_legal_form_is_no_firm() -> None:
    text = "The estimated fair value for Target Corp (TGT) in one year is $149.10."
    assert only(text, "price_target") == []


def test_a_range_of_money_in_lakh_crore_is_no_target() -> None:
    text = "The Zorvex Group’s flagship company is targeting Rs 6.5-7 lakh crore in capital expenditure."
    assert only(text, "price_target") == []


@pytest.mark.parametrize(
    "text",
    [
        "The data shows that 0 out of 7 analysts rate Zorvex as a Sell, with a further 1 "
        "assigning it an Overweight rating.",
        "Of the remaining analysts, 0 believe Zorvex is worth HOLDING, 0 give it an "
        "OVERWEIGHT rating, and 0 think it is UNDERWEIGHT.",
    ],
)
def test_a_rating_no_analyst_gives_is_no_consensus(text: str) -> None:
    assert only(text, "consensus") == []


@pytest.mark.parametrize(
    ("second", "count"),
    [
        ("The mean estimate comprises 15 short-term price targets with a deviation of $26.54.", 15),
        ("It is based on twelve estimates.", 12),
    ],
)
def test_the_count_of_a_consensus_target_told_next(second: str, count: int) -> None:
    text = f"The mean price target of $125.07 for Zorvex indicates a 49.4% upside. {second}"
    got = only(text, "consensus")
    assert [(c["value"], c["analyst_count"]) for c in got] == [(125.07, count)]


@pytest.mark.parametrize(
    "text",
    [
        "Quenwick raised its target prices for Ostral Motors, Vexo Steel and Harlow Foods to "
        "Rs 240, Rs 1,200 and Rs 95, respectively.",
        "Quenwick also raised its price targets for Ostral Motors, Vexo Steel and "
        "Harlow Foods to Rs 240, Rs 1,200 and Rs 95 respectively, citing demand.",
    ],
)
def test_respectively_pairs_each_target_with_its_company(text: str) -> None:
    got = [(t["subject"], t["value"]) for t in only(text, "price_target")]
    assert got == [("Ostral Motors", 240.0), ("Vexo Steel", 1200.0), ("Harlow Foods", 95.0)]


def test_a_company_whose_name_ends_in_lower_case_after_and_for() -> None:
    text = "Quenwick increased its target price for Ostral to Rs 200 and for Vexo bio to Rs 950."
    got = [(t["subject"], t["value"]) for t in only(text, "price_target")]
    assert got == [("Ostral", 200.0), ("Vexo bio", 950.0)]


@pytest.mark.parametrize(
    ("first", "second", "firm"),
    [
        (
            "Citigroup told clients that Zorvex has little upside left after a 90% rally.",
            "The bank switched its recommendation from Buy to Neutral.",
            "Citi",
        ),
        (
            "Gains leave little room for Zorvex shares to rise, Barclays says.",
            "Analysts led by Dana Vale lowered their rating to Neutral from Buy on Monday.",
            "Barclays",
        ),
        # a firm heading its sentence with any verb
        (
            "Jefferies is moving off the sidelines when it comes to Zorvex.",
            "The bank moved the shares of the pump maker to Neutral from Buy.",
            "Jefferies",
        ),
        (
            "Nomura said Zorvex's margins were weak in the quarter.",
            "The brokerage switched its rating to Neutral from Buy.",
            "Nomura",
        ),
        (
            "Goldman Sachs sees little upside for Zorvex after the rally.",
            "Analyst Dana Vale cut the rating to Neutral from Buy.",
            "Goldman Sachs",
        ),
    ],
)
def test_a_firm_telling_its_view_is_who_the_next_sentence_speaks_for(
    first: str, second: str, firm: str
) -> None:
    got = only(f"{first} {second}", "analyst_rating")
    assert [(r["firm"], r["rating"], r["previous_rating"]) for r in got] == [
        (firm, "Neutral", "Buy")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Investors weighed Harlow Capital's recent downgrade of Ostral's stock rating from \"Buy\" "
        'to "Neutral".',
        "Harlow Capital's downgrade of Ostral to Neutral from Buy weighed on the shares.",
    ],
)
def test_a_downgrade_of_a_company_is_on_it(text: str) -> None:
    assert [(r["firm"], r["subject"]) for r in only(text, "analyst_rating")] == [
        ("Harlow Capital", "Ostral")
    ]


@pytest.mark.parametrize("noun", ["price targets", "target prices"])
def test_plural_targets_for_a_company_are_its(noun: str) -> None:
    text = f"Quenwick raised its {noun} for Ostral Motors to Rs 240."
    assert [t["subject"] for t in only(text, "price_target")] == ["Ostral Motors"]


@pytest.mark.parametrize(
    "second",
    [
        "To go along with that upgrade, Roe increased his price target from $120 to $135.",
        "Quenwick Securities also lifted its price target to $135 from $120.",
    ],
)
def test_a_firms_next_call_without_a_date_is_of_its_last_calls_day(second: str) -> None:
    text = (
        "Quenwick Securities analyst Jane Roe upgraded Zorvex from neutral to buy on Tuesday. "
        + second
    )
    [target] = only(text, "price_target", published="2025-06-13")
    assert (target["value"], target["start"]) == (135.0, dt.date(2025, 6, 10))


def test_a_call_after_another_firms_is_not_given_its_day() -> None:
    text = (
        "Quenwick Securities upgraded Zorvex to buy on Tuesday. "
        "Brevik Capital lifted its price target on Zorvex to $135 from $120."
    )
    [target] = only(text, "price_target", published="2025-06-13")
    assert target["precision"] == "unknown"


@pytest.mark.parametrize(
    "text",
    [
        "For comparison, the analysts' consensus price prediction for Zorvex shares is $157 each.",
        "The consensus price goal for Zorvex stands at $157.",
    ],
)
def test_a_consensus_price_prediction_is_a_consensus_target(text: str) -> None:
    [got] = only(text, "consensus", subject="ZRV")
    assert got["value"] == 157.0


@pytest.mark.parametrize(
    ("text", "rating"),
    [
        ("The analysts' consensus rating for Zorvex shares is hold based on 31 opinions.", "hold"),
        ("Zorvex has a consensus rating of buy.", "buy"),
        ("The average recommendation on Zorvex stands at hold.", "hold"),
    ],
)
def test_a_consensus_rating_told_in_lower_case_after_its_noun(text: str, rating: str) -> None:
    [got] = only(text, "consensus", subject="ZRV")
    assert got["rating"] == rating


@pytest.mark.parametrize(
    "text",
    [
        "Quenwick Capital has recommended buying Zorvex Industries shares. Its target is ₹669.",
        "Quenwick Capital has also recommended investing in Zorvex Industries shares. "
        "Its target is ₹669.",
    ],
)
def test_a_broker_recommending_buying_a_companys_shares_is_a_call_on_it(text: str) -> None:
    [target] = only(text, "price_target", subject="QLN")
    assert (target["subject"], target["value"]) == ("Zorvex Industries", 669.0)


@pytest.mark.parametrize(
    "second",
    [
        "The rating was released on June 2, 2025, according to a data provider.",
        "Quenwick's estimates were contained in a research note released on Monday, June 2, 2025.",
        "Quenwick published their figures in a research note released to investors on June 2nd.",
        "The upgrade was issued on Monday, June 2.",
        # the analyst's words, then the note they were written in
        "Analyst Dana Vale sees further upside, she wrote in a study published on Monday, June 2.",
        "Margins should recover, the analysts said in a note to clients on June 2.",
    ],
)
def test_a_call_told_undated_takes_the_day_the_next_sentence_dates_its_note(second: str) -> None:
    [rating] = only(f"Quenwick upgraded Acme to Buy from Hold. {second}", "analyst_rating")
    assert (rating["start"], rating["precision"]) == (dt.date(2025, 6, 2), "day")


@pytest.mark.parametrize(
    "second",
    [
        "The company released results on Monday.",  # dates something else
        "The shares fell 3% on Monday.",
    ],
)
def test_a_next_sentence_that_dates_something_else_leaves_a_call_undated(second: str) -> None:
    [rating] = only(f"Quenwick upgraded Acme to Buy from Hold. {second}", "analyst_rating")
    assert rating["precision"] == "unknown"


@pytest.mark.parametrize(
    "lead",
    [
        "These are the top analyst upgrades, downgrades and initiations seen on Monday, June 9.",
        "Here are the biggest analyst calls of Monday, June 9, 2025.",
        "The following were the brokers' notes published on June 9.",
    ],
)
def test_a_roundups_calls_are_of_the_day_it_says_they_are(lead: str) -> None:
    text = (
        f"{lead}\n\nAcme Corp. (NYSE: ACM) was raised to Buy from Hold at Quenwick.\n\n"
        "Initech Corp. (NYSE: ITC) was cut to Sell at Helvion Partners, which also lowered its "
        "price target to $12."
    )
    got = only(text, "analyst_rating") + only(text, "price_target")
    assert len(got) == 3
    assert {(g["start"], g["precision"]) for g in got} == {(dt.date(2025, 6, 9), "day")}


def test_upgrades_an_event_prompted_on_a_day_do_not_date_the_calls_told_after() -> None:
    text = (
        "Acme shares climbed on Monday after results that prompted two analyst upgrades.\n\n"
        "Quenwick raised its rating to buy, and Helvion Partners lifted its stance to hold."
    )
    got = only(text, "analyst_rating")
    assert len(got) == 2
    assert {g["precision"] for g in got} == {"unknown"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Several brokers raised their price targets on Acme. The biggest increases came from "
            "Quenwick (to $128 from $107) and Helvion Partners (to $130 from $115).",
            [("Quenwick", 128.0, 107.0, "raise"), ("Helvion Partners", 130.0, 115.0, "raise")],
        ),
        (
            "Acme rose 3%. Analysts moved their targets after the results: Quenwick to $45 from "
            "$40, Helvion Partners to $38 from $44.",
            [("Quenwick", 45.0, 40.0, "raise"), ("Helvion Partners", 38.0, 44.0, "cut")],
        ),
        (
            "Acme's price target changes: Quenwick raised to $90 from $85; Helvion Partners cut "
            "to $70 from $75.",
            [("Quenwick", 90.0, 85.0, "raise"), ("Helvion Partners", 70.0, 75.0, "cut")],
        ),
    ],
)
def test_a_list_of_firms_targets(text: str, expected: list[tuple[str, float, float, str]]) -> None:
    got = only(text, "price_target")
    assert [(t["firm"], t["value"], t["previous_value"], t["action"]) for t in got] == expected
    assert {t["subject"] for t in got} == {"ACME"}


def test_one_firm_to_a_figure_is_no_list_of_targets() -> None:
    text = "Acme raised its price target. Quenwick to $45 is the story of the day."
    assert only(text, "price_target") == []


def test_a_firm_quoted_speaking_as_we_makes_the_call() -> None:
    text = (
        "Quenwick Capital Markets has cut its price target on Acme.\n\n"
        '"We are reducing our target to $81 (from $85) and maintaining our Buy rating," '
        "analyst Dana Vale said."
    )
    got = only(text, "price_target") + only(text, "analyst_rating")
    assert {g["firm"] for g in got} == {"Quenwick Capital Markets"}
    assert [(g.get("value"), g.get("rating")) for g in got] == [(81.0, None), (None, "Buy")]


def test_an_analyst_by_honorific_and_a_firm_named_with_a_roles_word() -> None:
    text = (
        'Credit Vale analyst Dana Roe upgraded shares of Quillon Railway Ltd. to "outperform" '
        'from "neutral."\n\nMs. Roe raised her price target to $144 from $139.'
    )
    [rating] = only(text, "analyst_rating")
    [target] = only(text, "price_target")
    assert (rating["firm"], rating["subject"]) == ("Credit Vale", "Quillon Railway Ltd.")
    assert (target["firm"], target["value"]) == ("Credit Vale", 144.0)


def test_he_is_the_firm_of_the_analyst_named_since_the_last_firm_acted() -> None:
    text = (
        "Quenwick Securities raised its target price on Acme from 80,000 won to 90,000 won. "
        "Dana Roe-Vale, a researcher at Helvion Investment & Securities, said demand was "
        "strong. He also raised the target price from 71,000 won to 75,000 won."
    )
    got = [(t["firm"], t["value"]) for t in only(text, "price_target")]
    assert got == [("Quenwick Securities", 90000.0), ("Helvion Investment & Securities", 75000.0)]


@pytest.mark.parametrize(
    ("text", "value", "previous", "action"),
    [
        (
            "Quenwick raised its target price on Acme by more than 30,000 KRW from 114,000 KRW "
            "to 145,000 KRW.",
            145000.0,
            114000.0,
            "raise",
        ),
        ("Quenwick lowered its target on Acme by about $29 to $187.", 187.0, None, "cut"),
        ("Quenwick adjusted its target price on Acme upwards to $82.", 82.0, None, "raise"),
        ("Quenwick revised its price target for Acme sharply downwards to $70.", 70.0, None, "cut"),
    ],
)
def test_a_targets_step_is_not_the_target(
    text: str, value: float, previous: float | None, action: str
) -> None:
    assert _target_change(text) == (value, previous, action)


@pytest.mark.parametrize(
    ("text", "subject", "firm", "action"),
    [
        # a long name
        (
            "Quenwick raised its rating on Tarvo Real Estate Investment Trust to sector "
            "outperform from sector perform.",
            "Tarvo Real Estate Investment Trust",
            "Quenwick",
            "upgrade",
        ),
        (
            "Quenwick upgraded Tarvo Real Estate Investment Trust to outperform from hold.",
            "Tarvo Real Estate Investment Trust",
            "Quenwick",
            "upgrade",
        ),
        # what the company is, between it and its new rating
        (
            "Quenwick Securities upgraded Zorvex Gold Inc, a miner with assets in Canada, to "
            "outperform from sector perform.",
            "Zorvex Gold Inc",
            "Quenwick Securities",
            "upgrade",
        ),
        (
            "Quenwick downgraded Quillon Holdings, which makes industrial pumps, to hold from buy.",
            "Quillon Holdings",
            "Quenwick",
            "downgrade",
        ),
        (
            "Quenwick Securities cut Zorvex Mining (TSX: ZVX), the region's largest copper "
            "producer, to underperform from neutral.",
            "ZVX.TO",
            "Quenwick Securities",
            "downgrade",
        ),
    ],
)
def test_a_call_on_a_long_name_or_one_described_before_the_rating(
    text: str, subject: str, firm: str, action: str
) -> None:
    [call] = only(text, "analyst_rating", subject="ACME")
    assert (call["subject"], call["firm"], call["action"]) == (subject, firm, action)


@pytest.mark.parametrize(
    "text",
    [
        "Zorvex raised prices on its entry models in Europe, which it sells through dealers, "
        "to offset costs.",
        "Zorvex cut its forecast for sales of its pumps, which had grown for six years, to a "
        "neutral level.",
    ],
)
def test_no_call_from_a_far_verb_without_a_rating(text: str) -> None:
    assert only(text, "analyst_rating", subject="Zorvex") == []


@pytest.mark.parametrize(
    ("text", "actions"),
    [
        # each firm's target takes the verb nearest before it
        (
            "Quenwick reiterated a $75 target, while Halvern kept its rating but nudged its "
            "target up to $55.",
            {"Quenwick": ("maintain", "exact"), "Halvern": ("raise", "exact")},
        ),
        (
            "Quenwick raised its target to $80, while Halvern maintained its $60 target.",
            {"Quenwick": ("raise", "exact"), "Halvern": ("maintain", "exact")},
        ),
        (
            "Halvern kept its rating and trimmed its price target to $41.",
            {"Halvern": ("cut", "exact")},
        ),
    ],
)
def test_a_targets_action_is_the_verb_nearest_before_it(
    text: str, actions: dict[str, tuple[str, str]]
) -> None:
    found = only(text, "price_target", subject="Zorvex")
    assert {t["firm"]: (t["action"], t["qualifier"]) for t in found} == actions


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        # each rating its own verb and its own previous rating
        (
            "Halvern retained 'Hold' with a target of ₹1,090, while Quenwick upgraded the stock "
            "to 'Add' from 'Reduce' with a fair value of ₹1,200.",
            {"Halvern": ("reiterate", None), "Quenwick": ("upgrade", "Reduce")},
        ),
        (
            "Quenwick moved Zorvex from Hold to Buy, and Halvern maintained its Neutral rating.",
            {"Quenwick": ("upgrade", "Hold"), "Halvern": ("reiterate", None)},
        ),
        (
            "Halvern kept Zorvex at Overweight; Quenwick downgraded it to Sell from Neutral.",
            {"Halvern": ("reiterate", None), "Quenwick": ("downgrade", "Neutral")},
        ),
    ],
)
def test_each_rating_of_a_sentence_has_its_own_action_and_previous(
    text: str, calls: dict[str, tuple[str, str | None]]
) -> None:
    found = only(text, "analyst_rating", subject="Zorvex")
    assert {c["firm"]: (c["action"], c["previous_rating"]) for c in found} == calls


def test_a_quoted_reduce_is_a_rating_not_a_cut() -> None:
    text = "Quenwick upgraded Zorvex to 'Add' from 'Reduce' with a fair value of ₹1,200."
    [target] = only(text, "price_target", subject="Zorvex")
    assert target["action"] != "cut"


@pytest.mark.parametrize(
    ("text", "previous"),
    [
        # a bare figure first, in the money of the target after it
        ("Quenwick raised its price target for Zorvex from 95 to 120 euros.", 95.0),
        ("Halvern cut its target on Zorvex from 1,450 to 1,200 kronor.", 1450.0),
        # not a figure of another kind
        ("Quenwick raised its target for Zorvex from 2 to 120 euros after 3 quarters.", None),
    ],
)
def test_a_previous_target_written_as_a_bare_figure(text: str, previous: float | None) -> None:
    [target] = only(text, "price_target", subject="Zorvex")
    assert target["previous_value"] == previous


@pytest.mark.parametrize(
    ("text", "firms"),
    [
        # a firm heading a clause that a participle of its call ends
        (
            "Quenwick Partners showed even more optimism, hiking its price target from $62 to $98.",
            {"Quenwick Partners": 98.0},
        ),
        (
            "Halvern Research turned more cautious, slashing its target to $40 from $55.",
            {"Halvern Research": 40.0},
        ),
        # the absolute clauses of a list of calls
        (
            "Other notable calls include Citigroup raising its target to $96 from $85, Halvern "
            "increasing to $75 from $71, and Craig-Hallum reaffirming its Buy rating with a "
            "price target of $105.",
            {"Citi": 96.0, "Halvern": 75.0, "Craig-Hallum": 105.0},
        ),
    ],
)
def test_firms_of_participle_clauses(text: str, firms: dict[str, float]) -> None:
    found = only(text, "price_target", subject="Zorvex")
    assert {t["firm"]: t["value"] for t in found} == firms


def test_the_rating_in_a_list_of_calls_is_its_own_firms() -> None:
    text = (
        "Other notable calls include Halvern increasing to $75 from $71, and Craig-Hallum "
        "reaffirming its Buy rating."
    )
    [rating] = only(text, "analyst_rating", subject="Zorvex")
    assert rating["firm"] == "Craig-Hallum"


def test_a_tally_of_ratings_in_single_quotes() -> None:
    text = (
        "Out of 28 analysts tracking Zorvex, 19 have a 'buy' rating, 5 'hold' and 4 'sell', "
        "according to Bloomberg data."
    )
    [tally] = only(text, "consensus", subject="Zorvex")
    counts = (tally["analyst_count"], tally["buy_count"], tally["hold_count"], tally["sell_count"])
    assert counts == (28, 19, 5, 4)


@pytest.mark.parametrize(
    "text",
    [
        "Barclays raised its price target on Tuesday to $50 from $45.",
        "Nomura cut its rating on Monday to Neutral from Buy.",
        "UBS lifted its target on Sept. 4 to 120 euros.",
        "HSBC reiterated its Buy recommendation on Friday, with a target of 95 pence.",
        "Morgan Stanley revised its rating on July 12, 2023. It rated the stock as Equal-weight.",
    ],
)
def test_a_day_or_month_after_the_calls_noun_is_no_company(text: str) -> None:
    # "its rating on Tuesday", "its target on July 12": when the call was made, not whom on
    calls = only(text, "analyst_rating") + only(text, "price_target")
    assert calls
    assert {c["subject"] for c in calls} == {"ACME"}


@pytest.mark.parametrize(
    ("text", "rating", "previous"),
    [
        (
            "Morgan Stanley downgraded Zorvex to Equalweight from Overweight.",
            "Equalweight",
            "Overweight",
        ),
        ("Barclays has an equalweight rating on the stock.", "equalweight", None),
        (
            "Morgan Stanley upgraded the shares to overweight from equalweight.",
            "overweight",
            "equalweight",
        ),
    ],
)
def test_equal_weight_written_as_one_word(text: str, rating: str, previous: str | None) -> None:
    [call] = only(text, "analyst_rating")
    assert (call["rating"], call["previous_rating"]) == (rating, previous)


@pytest.mark.parametrize(
    ("text", "firm", "target"),
    [
        (
            "Motilal Oswal\nThe brokerage maintained a “Buy” rating with a price target of ₹1,250.",
            "Motilal Oswal",
            1250.0,
        ),
        (
            "Kotak Institutional Equities\nThe brokerage also maintained a “Sell” rating on the stock "
            "with a price target of ₹4,000.",
            "Kotak Institutional Equities",
            4000.0,
        ),
        (
            "Jefferies\nThe firm retained its Hold rating and cut its target to 450 pence.",
            "Jefferies",
            450.0,
        ),
        (
            "“Growth will slow,” opined analysts at ICICI Securities.\nManagement expects a better "
            "half, but the brokerage is cautious. It maintained a ‘sell’ rating on Acme stock, with a "
            "lower target price of ₹4,230 (as against ₹4,420).",
            "ICICI Securities",
            4230.0,
        ),
        (
            "Analysts at Nomura said demand was strong. The brokerage maintained a Buy rating, with "
            "a target price of ₹4,230.",
            "Nomura",
            4230.0,
        ),
    ],
)
def test_the_brokerage_is_the_firm_of_the_heading_or_the_analysts_named_before(
    text: str, firm: str, target: float
) -> None:
    [call] = only(text, "analyst_rating")
    [price] = only(text, "price_target")
    assert (call["firm"], price["firm"], price["value"]) == (firm, firm, target)


@pytest.mark.parametrize("currency", ["Rs", "Rs.", "Rp", "Kc"])
def test_a_currency_after_a_target_is_no_company_it_is_on(currency: str) -> None:
    text = (
        "Zorvex Industries shares fell 3% on Friday. Nomura said margins were weak. "
        f"The brokerage kept a Sell rating with a price target of {currency} 4,690."
    )
    got = only(text, "price_target", subject="ZRVX")
    assert [(t["subject"], t["firm"], t["value"]) for t in got] == [("ZRVX", "Nomura", 4690.0)]


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        (
            "Harlow Capital raised its targets on European banks. It has seen a lowered target "
            "price on Quillon Bank (90 from 94 euros, Neutral), a raised target price on Zorvex "
            "(940 pence from 870, Overweight) and on Brelmor (CHF 38 from CHF 37, Underweight).",
            [
                ("Quillon Bank", 90.0, 94.0, "cut", "EUR", "Neutral"),
                ("Zorvex", 940.0, 870.0, "raise", "GBX", "Overweight"),
                ("Brelmor", 38.0, 37.0, "raise", "CHF", "Underweight"),
            ],
        ),
        # the firm in the sentence; no rating in the brackets
        (
            "Harlow Capital cut its price targets on Quillon Bank (€12.5 from €14) and on "
            "Zorvex ($41 from $45).",
            [
                ("Quillon Bank", 12.5, 14.0, "cut", "EUR", None),
                ("Zorvex", 41.0, 45.0, "cut", "USD", None),
            ],
        ),
    ],
)
def test_one_notes_calls_on_companies_in_brackets(
    text: str, calls: list[tuple[str, float, float, str, str, str | None]]
) -> None:
    targets = only(text, "price_target")
    ratings = {r["subject"]: r["rating"] for r in only(text, "analyst_rating")}
    got = [
        (t["subject"], t["value"], t["previous_value"], t["action"], t["currency"]) for t in targets
    ]
    assert got == [call[:5] for call in calls]
    assert {t["firm"] for t in targets} == {"Harlow Capital"}
    assert ratings == {call[0]: call[5] for call in calls if call[5]}


@pytest.mark.parametrize(
    "text",
    [
        # no target spoken of: a figure from another in brackets is no call
        "Quillon Bank (90 from 94 branches, Neutral) cut staff, Harlow Capital said.",
        # a company's own figures in brackets after its name, no firm anywhere
        "The target price debate continues at Zorvex (25 from 22.60 a year ago).",
    ],
)
def test_figures_in_brackets_that_are_no_notes_calls(text: str) -> None:
    assert only(text, "price_target") == []


def test_a_second_company_receiving_a_target_is_no_firm() -> None:
    text = (
        "JP Morgan raised its targets on Italian banks. Zorvex Bank also received an upgrade, "
        "with a target price raised to 80 euros from 70 euros, and Quillon Bank to 12 euros "
        "from 10.8 euros."
    )
    targets = only(text, "price_target")
    assert {t["firm"] for t in targets} == {"JPMorgan"}
    assert ("Zorvex Bank", 80.0) in {(t["subject"], t["value"]) for t in targets}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the note's day told in a sentence a pronoun speaks in, for the calls after it
        (
            "At least according to Morgan Stanley analyst Adam Vale. The analyst wrote in a note "
            "today that he is downgrading the whole sector. Some companies were called out by "
            "name. The analyst specifically downgraded Zorvex from overweight to equal weight.",
            dt.date(2025, 6, 13),
        ),
        # ... and after the firm's own dated call, for "the analyst" after a comma
        (
            "On May 27, 2025, analyst Dana Vale from Harlow Capital announced a revision in the "
            "price target for Zorvex, lowering it from $155 to $115. Despite this adjustment, "
            "the analyst maintained a Buy rating on the stock.",
            dt.date(2025, 5, 27),
        ),
    ],
)
def test_a_notes_day_carries_to_the_calls_told_after_it(text: str, day: dt.date) -> None:
    [rating] = only(text, "analyst_rating", subject="Zorvex")
    assert (rating["start"], rating["precision"]) == (day, "day")


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # a tally's later counts with their verb left out
        (
            "Of the 30 analysts covering Zorvex, 18 rate it a buy, 9 a hold and 3 a sell.",
            (30, 18, 9, 3),
        ),
        # "the remaining", and other verbs of a rating
        (
            "Of the 22 who cover it, 12 rate it a buy or strong buy while the remaining 10 "
            "designated it as a hold, according to LSEG.",
            (22, 12, 10, None),
        ),
        (
            "Of the 15 that follow the stock, 11 rate it a buy while the other 4 deem it a hold.",
            (15, 11, 4, None),
        ),
        # a class of three words, counts in words, a class no one gives
        (
            "Of the 24 analysts covering Zorvex, 15 rate it a buy or higher, eight a hold and "
            "one a sell, according to LSEG data.",
            (24, 15, 8, 1),
        ),
        (
            "Of the 14 brokers covering Zorvex, twelve rate the stock a buy, two a hold and "
            "none a sell.",
            (14, 12, 2, 0),
        ),
        # the later counts without their article, and a count of analysts named by their trade
        (
            "Of the 20 analysts covering Zorvex, 12 rate it buy, six hold and two sell.",
            (20, 12, 6, 2),
        ),
        (
            "Of 19 analysts on Zorvex, five investment analysts have rated the stock with a hold "
            "rating and fourteen have assigned a buy rating to the company.",
            (19, 14, 5, None),
        ),
        # classes counted as plural nouns, in any case
        ("Zorvex has 21 analysts: 10 buy ratings, 9 holds and 2 sells.", (21, 10, 9, 2)),
        ("Of 21 analysts, Zorvex draws 10 Buys, 9 Holds and no Sells.", (21, 10, 9, 0)),
    ],
)
def test_a_street_tally_in_many_phrasings(
    text: str, counts: tuple[int, int | None, int | None, int | None]
) -> None:
    [c] = only(text, "consensus", subject="Zorvex")
    assert (c["analyst_count"], c["buy_count"], c["hold_count"], c["sell_count"]) == counts


def test_a_hold_that_is_no_rating_is_not_counted() -> None:
    text = "Of the 30 analysts covering Zorvex, 18 rate it a buy; 9 hold the shares in funds."
    [c] = only(text, "consensus", subject="Zorvex")
    assert (c["buy_count"], c["hold_count"]) == (18, None)


@pytest.mark.parametrize(
    "text",
    [
        "Zorvex holds 12 sell orders' worth of stock in its fund.",
        "Zorvex sold 4 hold-outs and bought 2 buyouts last year.",
        "The fund's 40 holdings include Zorvex.",
    ],
)
def test_words_of_trading_are_no_tally(text: str) -> None:
    assert only(text, "consensus", subject="Zorvex") == []


@pytest.mark.parametrize(
    ("text", "rating"),
    [
        ("Goldman Sachs rates Zorvex as a buy, with a price target of $335.", "buy"),
        ("Goldman Sachs rates Zorvex a hold.", "hold"),
        ("Goldman Sachs rates Zorvex shares a sell.", "sell"),
        ("Goldman Sachs rates Zorvex Buy with a $335 target.", "Buy"),
    ],
)
def test_a_firm_rating_a_company_by_name_as_a_class(text: str, rating: str) -> None:
    [r] = only(text, "analyst_rating", subject="Zorvex")
    assert (r["firm"], r["rating"]) == ("Goldman Sachs", rating)


@pytest.mark.parametrize(
    "text",
    [
        "Investors who buy the stock rate it highly.",
        "Goldman Sachs rates Zorvex highly and says investors should hold on.",
    ],
)
def test_a_verb_after_rates_is_no_rating(text: str) -> None:
    assert only(text, "analyst_rating", subject="Zorvex") == []


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        (
            "Jefferies has turned bullish on Zorvex. The bank upgraded the shares to buy from hold.",
            "Jefferies",
        ),
        (
            "Citi is moving off the sidelines on Zorvex. The bank upgraded shares of the casual "
            "restaurant operator to a buy rating from neutral.",
            "Citi",
        ),
        # the firm only named, not the sentence's subject: no firm for "The bank"
        ("Zorvex banks with Citi. The bank upgraded the shares to buy from hold.", None),
    ],
)
def test_the_bank_is_the_firm_that_opened_the_sentence_before(text: str, firm: str | None) -> None:
    got = [(r["firm"], r["action"]) for r in only(text, "analyst_rating")]
    assert got == ([(firm, "upgrade")] if firm else [])


@pytest.mark.parametrize(
    ("text", "firm", "rating"),
    [
        (
            "Jefferies maintains a ‘’Buy’’ rating on Zorvex with a target price of Rs 100.",
            "Jefferies",
            "Buy",
        ),
        ("Nomura has a ‘’Neutral’’ rating on Zorvex.", "Nomura", "Neutral"),
        ("Jefferies maintains a “Buy” rating on Zorvex.", "Jefferies", "Buy"),
    ],
)
def test_a_rating_in_doubled_quote_marks_is_a_rating(text: str, firm: str, rating: str) -> None:
    [got] = only(text, "analyst_rating")
    assert (got["firm"], got["rating"]) == (firm, rating)


def test_an_analysts_possessive_speaks_for_his_firm_and_names_no_company() -> None:
    text = (
        "DZ Bank analyst Matthias Volkert downgraded Zorvex to Sell from Buy. Most downgrades "
        "are one notch at a time. Volkert's price target for the stock is $210. Volkert’s "
        "downgrade follows three other cuts, with Barclays analyst Dan Levy cutting his rating "
        "to Hold from Buy while raising his price target to $260 from $220."
    )
    targets = only(text, "price_target", subject="Zorvex")
    ratings = only(text, "analyst_rating", subject="Zorvex")
    assert [(t["subject"], t["firm"], t["value"]) for t in targets] == [
        ("Zorvex", "DZ Bank", 210.0),
        ("Zorvex", "Barclays", 260.0),
    ]
    assert {r["subject"] for r in ratings} == {"Zorvex"}


@pytest.mark.parametrize(
    ("text", "calls"),
    [
        # a target roundup: bare figures, the old target first
        (
            "Harlow Capital raised targets for Quillon Bank (373→429) and two lenders: Zorvex "
            "(163→182), and Brelmor (140→153).",
            [
                ("Quillon Bank", 429.0, 373.0, "raise"),
                ("Zorvex", 182.0, 163.0, "raise"),
                ("Brelmor", 153.0, 140.0, "raise"),
            ],
        ),
        # money on both sides, another arrow, a rating after the figures
        (
            "Harlow Capital cut its price targets on Quillon Bank ($45 ➝ $41, Neutral) and on "
            "Zorvex (€14 → €12.5).",
            [("Quillon Bank", 41.0, 45.0, "cut"), ("Zorvex", 12.5, 14.0, "cut")],
        ),
        # the firm's words are "increased targets"; a firm written "B of A Securities"
        (
            "B of A Securities increased targets for Quillon Bank (1133→1251).",
            [("Quillon Bank", 1251.0, 1133.0, "raise")],
        ),
    ],
)
def test_target_changes_drawn_as_arrows(
    text: str, calls: list[tuple[str, float, float, str]]
) -> None:
    got = [
        (t["subject"], t["value"], t["previous_value"], t["action"])
        for t in only(text, "price_target")
    ]
    assert got == calls
    assert len({t["firm"] for t in only(text, "price_target")}) == 1


@pytest.mark.parametrize(
    "text",
    [
        # no target spoken of: a company's own figures drawn as an arrow
        "Quillon Bank (120→135) grew its branches, Harlow Capital said.",
        # no firm: the arrow items are nobody's calls
        "The targets moved for Quillon Bank (90→94) and Zorvex (12→15).",
    ],
)
def test_arrows_that_are_no_target_changes(text: str) -> None:
    assert only(text, "price_target") == []


def test_a_roundups_window_dates_the_calls_it_lists() -> None:
    text = (
        "Between May 21 and May 27, 2026, analysts issued multiple revisions. Harlow Capital "
        "raised targets for Quillon Bank (40→44) and Zorvex (12→15)."
    )
    got = only(text, "price_target", published="2026-05-27")
    assert {(t["start"], t["end"], t["precision"]) for t in got} == {
        (dt.date(2026, 5, 21), dt.date(2026, 5, 27), "day")
    }
    # no window told: the calls stay undated
    undated = only(
        "Analysts issued multiple revisions. Harlow Capital raised targets for Quillon Bank "
        "(40→44).",
        "price_target",
        published="2026-05-27",
    )
    assert [t["precision"] for t in undated] == ["unknown"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "HSBC on Lupin: The brokerage maintains a 'hold' call on the stock but raised the "
            "target to Rs 925 from Rs 780.\n\nCiti on ITC: The brokerage maintains a 'neutral' "
            "call on the stock with a target at Rs 195 per share.",
            {("Lupin", "HSBC", 925.0), ("ITC", "Citi", 195.0)},
        ),
        (
            "- Jefferies on L&T Finance: Buy, with a target of Rs 76.\n"
            "- Nomura on Bank of Baroda: Buy, with a target of Rs 260.",
            {("L&T Finance", "Jefferies", 76.0), ("Bank of Baroda", "Nomura", 260.0)},
        ),
        # a firm no table knows, the company a bank's name or a trust's: the label says which
        (
            "Morgan Stanley on Quillon Bank: Maintain Overweight, target at Rs 1,950.\n\n"
            "Harlow Research on Zorvia Industrial Trust: Reiterate Add with an unchanged "
            "DDM-based TP of S$2.54.\n\n"
            "Pell Kay Hian on Tessaly Retail Group: We lift our target price to US$4.00.",
            {
                ("Quillon Bank", "Morgan Stanley", 1950.0),
                ("Zorvia Industrial Trust", "Harlow Research", 2.54),
                ("Tessaly Retail Group", "Pell Kay Hian", 4.0),
            },
        ),
    ],
)
def test_a_line_labelled_firm_on_company_is_that_companys_call(
    text: str, expected: set[tuple[str, str, float]]
) -> None:
    got = {(t["subject"], t["firm"], t["value"]) for t in only(text, "price_target", subject=None)}
    assert got == expected


def test_a_brokers_shorthand_previous_target_and_imperative_call() -> None:
    text = (
        "Harlow Securities on Zorvex: Target price raised 8% to S$11.70 (previously S$10.85). "
        "Maintain BUY.\n\nPell Research on Quillon: Retain BUY with TP raised to RM5.60 "
        "(prev: RM5.20)."
    )
    targets = {
        (t["subject"], t["firm"], t["value"], t["previous_value"])
        for t in only(text, "price_target", subject=None)
    }
    assert targets == {
        ("Zorvex", "Harlow Securities", 11.7, 10.85),
        ("Quillon", "Pell Research", 5.6, 5.2),
    }
    ratings = {
        (r["subject"], r["firm"], r["rating"], r["action"])
        for r in only(text, "analyst_rating", subject=None)
    }
    assert ratings == {
        ("Zorvex", "Harlow Securities", "BUY", "reiterate"),
        ("Quillon", "Pell Research", "BUY", "reiterate"),
    }


@pytest.mark.parametrize(
    "text",
    [
        # a label whose body is no call: no firm's line
        "Update on Zorvex: Shares were halted on Tuesday.",
        "Spotlight on Quillon Bank: The lender opened 40 branches.",
    ],
)
def test_a_label_with_no_call_after_it_names_no_firm(text: str) -> None:
    assert only(text, "analyst_rating", subject=None) == []
    assert only(text, "price_target", subject=None) == []


def test_a_label_on_a_non_firm_is_no_call_line() -> None:
    text = "Focus on Costs: Zorvex's management kept its buy-back; Citi has a Buy rating on it."
    assert {r["subject"] for r in only(text, "analyst_rating")} == {"ACME"}


@pytest.mark.parametrize(
    ("text", "value", "previous", "action"),
    [
        (
            "Citi upgraded Zorvex to Buy. The new price target of $176 represents a solid jump "
            "from the previous $144 target.",
            176.0,
            144.0,
            "raise",
        ),
        (
            "UBS moved Zorvex to Sell. Its target of 40 euros marks a sharp cut from the earlier "
            "55 euros.",
            40.0,
            55.0,
            "cut",
        ),
        (
            "Goldman Sachs upgraded Zorvex to Neutral. That's no ringing endorsement, but the price "
            "target jump from $22 to $34 is notable.",
            34.0,
            22.0,
            "raise",
        ),
        (
            "Barclays upgraded Zorvex to Overweight. Here's the twist: he actually lowered the "
            "price target from $229 to $216.",
            216.0,
            229.0,
            "cut",
        ),
    ],
)
def test_a_target_change_told_as_a_noun_or_after_an_adverb(
    text: str, value: float, previous: float, action: str
) -> None:
    assert _target_change(text) == (value, previous, action)


def test_a_rating_flipped_from_one_to_another_far_from_the_firm() -> None:
    text = (
        "Meanwhile, Goldman Sachs analyst Mike Burton had a change of heart on Imax Corp (IMAX), "
        "flipping his rating from Sell all the way to Neutral."
    )
    [rating] = only(text, "analyst_rating")
    assert (rating["subject"], rating["firm"], rating["previous_rating"], rating["action"]) == (
        "IMAX",
        "Goldman Sachs",
        "Sell",
        "upgrade",
    )


@pytest.mark.parametrize(
    ("text", "value", "previous", "action"),
    [
        ("Peel Hunt trimmed its Zorvex price target to 48p (55p).", 48.0, 55.0, "cut"),
        (
            "Barclays confirmed its rating, with a new target price of 890p (850p).",
            890.0,
            850.0,
            "raise",
        ),
        ("Investec dropped the target price slightly to 1,300p (1,400p).", 1300.0, 1400.0, "cut"),
        # another currency in brackets is the same target translated
        ("CICC cut its target to HKD179 (USD22.92) a share.", 179.0, None, "cut"),
    ],
)
def test_a_previous_target_in_brackets(
    text: str, value: float, previous: float | None, action: str
) -> None:
    assert _target_change(text) == (value, previous, action)


@pytest.mark.parametrize(
    ("text", "rating", "previous", "action"),
    [
        ("Peel Hunt has upgraded Zorvex to 'buy' (hold).", "buy", "hold", "upgrade"),
        ("Jefferies downgrades Quillon to ‘hold’ (buy).", "hold", "buy", "downgrade"),
    ],
)
def test_a_previous_rating_in_brackets(text: str, rating: str, previous: str, action: str) -> None:
    [r] = only(text, "analyst_rating")
    assert (r["rating"], r["previous_rating"], r["action"]) == (rating, previous, action)


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Shore Capital in March kept its 'hold' rating on Zorvex.", "Shore Capital"),
        ("Numis on 4 June reiterated its 'buy' rating on Zorvex.", "Numis"),
    ],
)
def test_a_month_between_a_firm_and_its_verb_is_no_firm(text: str, firm: str) -> None:
    assert [r["firm"] for r in only(text, "analyst_rating")] == [firm]


def test_a_common_noun_heading_the_sentence_is_no_company_of_the_call() -> None:
    text = (
        "Peel Hunt has upgraded Capita (LON: CPI) to 'buy'. Broker consensus this year is "
        "positive: in March, Barclays reiterated an 'overweight' rating."
    )
    assert {r["subject"] for r in only(text, "analyst_rating", subject=None)} == {"CPI.L"}


@pytest.mark.parametrize(
    ("text", "firm", "rating", "target", "previous", "day"),
    [
        (
            "We maintain our BUY call on Zorvex with an unchanged TP of RM3.40/share.\n"
            "Source: Quenwick Research - 3 Mar 2025",
            "Quenwick Research",
            "BUY",
            3.40,
            None,
            "2025-03-03",
        ),
        (
            "We downgrade Zorvex to HOLD (from BUY). Hence, we cut our target price to S$1.20 "
            "(from S$1.45 previously).\nSource: Halvard Securities",
            "Halvard Securities",
            "HOLD",
            1.20,
            1.45,
            None,
        ),
        (
            "We revise our call on Zorvex to TRADING BUY (from HOLD previously). We raise our "
            "target price (TP) to RM2.15/share (from RM2.00/share previously).\n"
            "Source: Brevik Investment Bank - 14 Feb 2025",
            "Brevik Investment Bank",
            "TRADING BUY",
            2.15,
            2.00,
            "2025-02-14",
        ),
    ],
)
def test_a_research_houses_note_speaks_for_its_source(
    text: str, firm: str, rating: str, target: float, previous: float | None, day: str | None
) -> None:
    [got_rating] = only(text, "analyst_rating", subject="Zorvex")
    [got_target] = only(text, "price_target", subject="Zorvex")
    assert (got_rating["firm"], got_rating["rating"]) == (firm, rating)
    assert (got_target["firm"], got_target["value"], got_target["previous_value"]) == (
        firm,
        target,
        previous,
    )
    when = None if day is None else dt.date.fromisoformat(day)
    assert got_rating["start"] == got_target["start"] == when


@pytest.mark.parametrize(
    "text",
    [
        # no note's source: a company speaking of itself, or a source that is no firm
        "We maintain our BUY call on Zorvex with an unchanged TP of RM3.40/share.",
        "We maintain our BUY call on Zorvex with an unchanged TP of RM3.40.\n"
        "Source: Company filings - 3 Mar 2025",
    ],
)
def test_we_without_a_research_house_is_nobodys_call(text: str) -> None:
    assert only(text, "analyst_rating", subject="Zorvex") == []
    assert only(text, "price_target", subject="Zorvex") == []


@pytest.mark.parametrize(
    "text",
    [
        "State Bank of India has also received a buy rating from Axis Securities. The brokerage "
        "firm has set a target of Rs 600 on the stock, an upside of 15%.",
        "Zorvex Group was upgraded to Buy by Quenwick. The broker set a target of $48.",
    ],
)
def test_the_agent_of_a_received_call_speaks_in_the_next_sentence(text: str) -> None:
    [rating] = only(text, "analyst_rating", subject=None)
    [target] = only(text, "price_target", subject=None)
    assert target["firm"] == rating["firm"]
    assert target["subject"] == rating["subject"]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "The Wall Street consensus on Zorvex is a Moderate Buy, based on 13 Buys, 16 Holds, "
            "and no Sells in the last three months.",
            (13, 16, 0),
        ),
        (
            "Analysts have a Strong Buy consensus on Quillon, with nine Buys and one Hold.",
            (9, 1, None),
        ),
    ],
)
def test_a_tally_counted_in_the_plural(text: str, counts: tuple[int | None, ...]) -> None:
    [c] = only(text, "consensus")
    assert (c["buy_count"], c["hold_count"], c["sell_count"]) == counts


@pytest.mark.parametrize(
    ("text", "firm", "value", "previous"),
    [
        (
            "Barclays lowered its price target for Zorvel Económico Mexicano, S.A.B. de C.V. "
            "(NYSE:ZEM), known as ZEMSA, from $107 to $105.",
            "Barclays",
            105.0,
            107.0,
        ),
        (
            "UBS raised its price target on Quillon Holdings Berhad (KLSE:QUIL), the glove "
            "maker, from RM2.10 to RM2.45.",
            "UBS",
            2.45,
            2.10,
        ),
        (
            "Jefferies cut its target price for Grupo Financiero Brelmor, S.A.B. de C.V. "
            "(BMV:GFBREL O) from 180 pesos to 165 pesos.",
            "Jefferies",
            165.0,
            180.0,
        ),
    ],
)
def test_a_target_changed_after_a_long_company_name(
    text: str, firm: str, value: float, previous: float
) -> None:
    [target] = only(text, "price_target")
    assert (target["firm"], target["value"], target["previous_value"]) == (firm, value, previous)


def test_an_amount_far_after_a_named_target_without_its_change_is_no_target() -> None:
    text = (
        "Barclays kept its price target for Zorvel Económico Mexicano, S.A.B. de C.V. "
        "(NYSE:ZEM), known as ZEMSA, unchanged while the shares closed at $94.80."
    )
    assert only(text, "price_target") == []


@pytest.mark.parametrize(
    ("text", "close", "day"),
    [
        (
            "Goldman's new target implies 27% upside from Thursday's close of $49.23.",
            49.23,
            dt.date(2025, 6, 12),
        ),
        (
            "Morgan Stanley's $70 target suggests a 30% gain from the stock's last close of "
            "$53.80.",
            53.8,
            dt.date(2025, 6, 12),
        ),
        (
            "JPMorgan's target of $60 points to a 12% rise from Wednesday's closing price of "
            "$53.57.",
            53.57,
            dt.date(2025, 6, 11),
        ),
    ],
)
def test_a_targets_upside_from_a_close(text: str, close: float, day: dt.date) -> None:
    """The upside a broker's target implies: the close is the company's, on its own day; the
    upside is no move; the close is no target; the target is not the close's day's."""
    [level] = only(text, "price_level", subject="Zorvex")
    assert (level["subject"], level["price"], level["start"]) == ("Zorvex", close, day)
    assert only(text, "price_move", subject="Zorvex") == []
    targets = only(text, "price_target", subject="Zorvex")
    assert all(t["value"] != close for t in targets)
    assert all((t["subject"], t["precision"]) == ("Zorvex", "unknown") for t in targets)


@pytest.mark.parametrize(
    "text",
    [
        # a company's own price target, its name possessive ("Nvidia's price target raised")
        "Zorvex's price target was raised to $70 from $60 by Quenwick Securities.",
        # a share's move told as what it represents
        "Zorvex trades at $14.70, representing a nearly 25% decline from the start of the year.",
    ],
)
def test_a_companys_possessive_and_a_represented_move_stay(text: str) -> None:
    events = extract(text, subject="Zorvex")
    assert {e.kind for e in events} & {"price_target", "price_move"}
    assert all(e.subject == "Zorvex" for e in events)


def test_a_reposted_note_s_house_line_its_date_line_and_its_first_person_bullets() -> None:
    text = (
        "Nov 4 2025\n\nPell Iqbal Securities\n\n"
        "• We reinitiate coverage on Zorvex Limited (ZVX) with a ‘BUY’ recommendation.\n\n"
        "• Our DCF based target price for ZVX is PKR 108/share by June 2026, representing an "
        "upside of 38% from the last closing price of PKR 80.6/share."
    )
    [rating] = only(text, "analyst_rating", subject="Zorvex", published="2025-11-05")
    assert (rating["firm"], rating["rating"], rating["action"], rating["start"]) == (
        "Pell Iqbal Securities",
        "BUY",
        "initiate",
        dt.date(2025, 11, 4),
    )
    [target] = only(text, "price_target", subject="Zorvex", published="2025-11-05")
    assert (target["firm"], target["value"], target["start"]) == (
        "Pell Iqbal Securities",
        108.0,
        dt.date(2025, 11, 4),
    )


def test_a_tally_told_with_with() -> None:
    text = (
        "Currently, one analyst has rated Zorvex with a sell, nine with a hold, and nine with a "
        'buy rating, yielding a consensus rating of "Hold" with an average price target of $44.00.'
    )
    [c] = only(text, "consensus", subject="Zorvex")
    assert (c["sell_count"], c["hold_count"], c["buy_count"], c["rating"], c["value"]) == (
        1,
        9,
        9,
        "Hold",
        44.0,
    )


def test_an_earnings_day_s_target_list_and_its_street_count() -> None:
    text = (
        "At least three firms raised their price targets after the report. Bank of America "
        "lifted its target to $110 from $100 and reiterated a buy rating, while Morgan Stanley "
        "moved to $95 from $90, keeping an equal-weight rating. Of the 32 analysts who cover "
        "Zorvex, 24 have a buy or equivalent rating, according to FactSet."
    )
    targets = {
        (t["firm"], t["value"], t["previous_value"], t["action"])
        for t in only(text, "price_target", subject="Zorvex")
    }
    assert targets == {
        ("Bank of America", 110.0, 100.0, "raise"),
        ("Morgan Stanley", 95.0, 90.0, "raise"),
    }
    [c] = only(text, "consensus", subject="Zorvex")
    assert (c["analyst_count"], c["buy_count"], c["provider"]) == (32, 24, "FactSet")


def test_a_second_firm_s_target_set_after_a_first_firm_s_raise_is_set() -> None:
    text = (
        "KB Securities raised its target price for Zorvex to 130,000 won from 110,000 won, while "
        "Mirae Asset Securities set a target of 125,000 won."
    )
    actions = {t["firm"]: t["action"] for t in only(text, "price_target", subject="Zorvex")}
    assert actions == {"KB Securities": "raise", "Mirae Asset Securities": "set"}


@pytest.mark.parametrize(
    ("text", "rating", "previous", "target", "action"),
    [
        (
            "On August 20, 2025, JP Morgan Downgraded its rating to Neutral which previously was "
            "Overweight but kept the price unchanged to $96.",
            "Neutral",
            "Overweight",
            96.0,
            "maintain",
        ),
        (
            "On May 5, 2025, Citigroup Upgraded its rating to Buy which previously was Neutral "
            "and also upped its target price to $140.",
            "Buy",
            "Neutral",
            140.0,
            "raise",
        ),
    ],
)
def test_a_profile_page_s_call_template(
    text: str, rating: str, previous: str, target: float, action: str
) -> None:
    [r] = only(text, "analyst_rating", subject="Zorvex")
    assert (r["rating"], r["previous_rating"]) == (rating, previous)
    [t] = only(text, "price_target", subject="Zorvex")
    assert (t["value"], t["action"], t["start"]) == (target, action, r["start"])


def test_a_price_kept_unchanged_with_no_call_is_no_target() -> None:
    text = "Zorvex kept the price unchanged at $20 for its premium subscription."
    assert only(text, "price_target", subject="Zorvex") == []


def test_a_broker_s_weighting_of_a_country_is_no_rating() -> None:
    text = (
        "29.01.2025 14:22\nOne of the major banks, JPMorgan, has upgraded its recommendation for "
        'Turkey by increasing its weight in the region\'s portfolio from "Neutral" to '
        '"Overweight."\nJPMorgan has also included Zorvex, the largest stock in the MSCI Turkey '
        'Index, in its Top 10 list. The bank has set its recommendation for Zorvex as "Overweight," '
        "with a target price of 985 TL per share."
    )
    events = RuleExtractor().extract(Article.from_text(text, published="2025-01-29"))
    calls = [(e.kind, e.subject, getattr(e, "currency", None)) for e in events]
    assert calls == [("analyst_rating", "Zorvex", None), ("price_target", "Zorvex", "TRY")]


def test_targets_listed_each_before_its_firm() -> None:
    text = (
        "On Zorvex, CLSA has the highest target price at Rs 350. Other targets include Rs 300 "
        "from Motilal, Rs 280 from Nomura, and Rs 275 from Bernstein."
    )
    targets = only(text, "price_target", published="2024-08-19", subject="Zorvex")
    assert [(t["firm"], t["value"]) for t in targets] == [
        ("CLSA", 350.0), ("Motilal Oswal", 300.0), ("Nomura", 280.0), ("Bernstein", 275.0),
    ]  # fmt: skip


def test_a_bank_s_calls_on_several_companies_each_of_the_report_s_day() -> None:
    text = (
        "Miners upgraded\n"
        "Wall Street giant JPMorgan (JPM) turned more bullish on mining stocks after third "
        "quarter results, the bank said in a report on Tuesday.\n"
        "The bank upgraded Zorvex Mining (ZVX) and Quillon (QLN) to overweight from neutral.\n"
        "Brevik Holdings (BRV) was also upgraded to neutral from underweight.\n"
        "The U.S. bank downgraded Osprey (OSP) to neutral from overweight.\n"
        "It raised its Helvion Energy (HLV) price target to $16 from $9.50."
    )
    events = RuleExtractor().extract(Article.from_text(text, published="2024-12-10"))
    calls = [
        (e.kind, e.subject, e.firm, e.occurred_start)
        for e in events
        if e.kind in ("analyst_rating", "price_target")
    ]
    day = dt.date(2024, 12, 10)
    assert calls == [
        ("analyst_rating", "Zorvex Mining", "JPMorgan", day),
        ("analyst_rating", "Quillon", "JPMorgan", day),
        ("analyst_rating", "Brevik Holdings", "JPMorgan", day),
        ("analyst_rating", "Osprey", "JPMorgan", day),
        ("price_target", "Helvion Energy", "JPMorgan", day),
    ]


def _calls(text: str) -> list[tuple[str, str, str | None]]:
    """The calls of ``text``, its subject decided by the extractor."""
    return [
        (e.kind, e.subject, e.firm)
        for e in extract(text, "2025-03-13", subject=None)
        if e.kind in ("analyst_rating", "price_target")
    ]


def test_a_view_turned_on_a_company_after_a_day_names_the_company() -> None:
    text = "On Tuesday, Citi turned bullish on Zorvex Corp, raising the stock to buy from neutral."
    assert _calls(text) == [("analyst_rating", "Zorvex Corp", "Citi")]


def test_the_company_a_call_is_for_is_no_firm() -> None:
    text = "For Quillon Bank, HSBC raised its target to $40 on Tuesday."
    assert _calls(text) == [("price_target", "Quillon Bank", "HSBC")]


@pytest.mark.parametrize(
    "text",
    [
        "Morgan Stanley now sees Zorvex Corp shares reaching $95, up from $80.",
        "Morgan Stanley expects Zorvex Corp shares to climb to $95.",
        "Morgan Stanley put a price tag of $95 on Zorvex Corp shares.",
    ],
)
def test_a_price_a_firm_sees_the_shares_reach_is_its_target(text: str) -> None:
    [target] = only(text, "price_target", subject="Zorvex")
    assert (target["firm"], target["value"]) == ("Morgan Stanley", 95.0)


def test_the_company_a_firm_values_is_no_firm() -> None:
    [target] = only("Morgan Stanley values Zorvex Corp at $95 a share.", "price_target")
    assert (target["firm"], target["value"]) == ("Morgan Stanley", 95.0)


@pytest.mark.parametrize(
    "text",
    [
        'Zorvex Corp has a consensus rating of "Moderate Buy" and an average target of $54.20.',
        "Of the 14 analysts covering Zorvex Corp, nine rate it a buy, four a hold and one a sell.",
        "Zorvex Corp currently has an average rating of Buy and a consensus target of $73.50.",
    ],
)
def test_the_company_of_a_consensus_named_by_its_legal_form_is_no_firm(text: str) -> None:
    assert _calls(text) == []


@pytest.mark.parametrize(
    ("text", "provider"),
    [
        ("Zorvex shares have a consensus target of Rs 1,310, according to Trendlyne.", "Trendlyne"),
        ("The average price target is $45, according to data compiled by Koyfin.", "Koyfin"),
        ("Zorvex has an average target of $61, according to LSEG data.", "LSEG"),
    ],
)
def test_a_consensus_names_its_provider_known_or_not(text: str, provider: str) -> None:
    [got] = only(text, "consensus", subject="Zorvex")
    assert got["provider"] == provider
