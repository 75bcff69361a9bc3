from __future__ import annotations

import pytest

from tests.extract.helpers import only
from timeline.articles import Article
from timeline.extract import RuleExtractor


@pytest.mark.parametrize(
    ("text", "amount", "years", "qualifier"),
    [
        ("Acme plans to invest $80 billion in AI data centers.", 80e9, None, "exact"),
        ("It unveiled a three-year commitment of $53 billion dedicated to AI.", 53e9, 3.0, "exact"),
        (
            "Acme earmarked a budget exceeding $50 billion over the coming years.",
            50e9,
            None,
            "at_least",
        ),
        (
            "Acme plans to spend $100 billion over the next five years on factories.",
            100e9,
            5.0,
            "exact",
        ),
    ],
)
def test_investment_plans(text: str, amount: float, years: float | None, qualifier: str) -> None:
    [got] = only(text, "investment_plan")
    assert (got["amount"], got["horizon_years"], got["qualifier"]) == (amount, years, qualifier)


@pytest.mark.parametrize(
    "text",
    [
        "Capital expenditures could reach $72 billion this year.",
        "Amazon and Microsoft are projected to spend $344 billion on AI.",
        "Nvidia agreed to invest $5 billion in the chipmaker.",
    ],
)
def test_not_investment_plans(text: str) -> None:
    assert only(text, "investment_plan") == []


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        ("Acme struck a strategic partnership with leading chipmaker Nvidia.", "NVDA"),
        ("Acme signed a supply agreement with Panasonic for battery cells.", "Panasonic"),
        ("Acme plans the procurement of up to 50,000 AMD AI chips.", "AMD"),
        ("Oracle will deploy up to 131,072 Acme chips in a new cluster.", "Oracle"),
    ],
)
def test_partnerships(text: str, partner: str) -> None:
    [got] = only(text, "partnership")
    assert got["partner"] == partner


@pytest.mark.parametrize(
    ("text", "action_type", "actor"),
    [
        (
            "The Schall Law Firm opened an investigation into possible securities fraud.",
            "investigation",
            "Schall Law Firm",
        ),
        ("A shareholder filed a class action lawsuit against Acme.", "lawsuit", None),
        ("The SEC fined Acme $10 million.", "fine", "SEC"),
        ("Acme agreed to a $50 million settlement.", "settlement", None),
    ],
)
def test_legal(text: str, action_type: str, actor: str | None) -> None:
    [got] = only(text, "legal_action")
    assert (got["action_type"], got["actor"]) == (action_type, actor)


def test_a_fine_that_may_come_is_not_legal_news() -> None:
    assert only("Acme could face a fine of up to 6% of turnover.", "legal_action") == []


@pytest.mark.parametrize(
    "text",
    [
        "The plans are set to be a key line of inquiry on Acme's earnings call on Wednesday.",
        "Margins will be the main lines of inquiry for analysts at the Acme results.",
    ],
)
def test_a_line_of_inquiry_is_no_investigation(text: str) -> None:
    assert only(text, "legal_action") == []


@pytest.mark.parametrize(
    "text",
    [
        "The regulator opened an inquiry into Acme's accounts on Monday.",
        "A commission of inquiry into Acme's collapse began hearings.",
    ],
)
def test_an_inquiry_is_an_investigation(text: str) -> None:
    [got] = only(text, "legal_action")
    assert got["action_type"] == "investigation"


@pytest.mark.parametrize(
    ("text", "action_type", "shares", "amount"),
    [
        ("Acme announced a $5 billion share repurchase program.", "buyback", None, 5e9),
        ("The company bought back HK$80 billion of its own shares.", "buyback", None, 80e9),
        (
            "Filings show the issuance of about 2.28 million restricted share units.",
            "share_issuance",
            2.28e6,
            None,
        ),
        ("Acme completed the spin-off of its logistics arm.", "spin_off", None, None),
        ("Acme declared a dividend of $0.25 per share.", "dividend", None, 0.25),
    ],
)
def test_corporate_actions(
    text: str, action_type: str, shares: float | None, amount: float | None
) -> None:
    [got] = only(text, "corporate_action")
    assert (got["action_type"], got["shares"], got["amount"]) == (action_type, shares, amount)


@pytest.mark.parametrize(
    ("text", "action_type", "modality"),
    [
        ("Zorvex completed a 2-for-1 stock split on Monday.", "split", "actual"),
        ("Quillon plans to spin off its biosimilar unit.", "spin_off", "plan"),
        ("Zorvex said it would delist from the NZX.", "listing", "plan"),
        ("Quillon priced its initial public offering at $18 a share.", "listing", "actual"),
        ("Zorvex announced it was laying off about 500 salaried employees.", "layoffs", "actual"),
        (
            "Quillon acquired a French maker of pumps in a deal worth $1.2 billion.",
            "acquisition",
            "actual",
        ),
        ("Zorvex declared a special dividend.", "dividend", "actual"),
        ("Quillon launched a DKK 60 billion rights issue.", "share_issuance", "actual"),
    ],
)
def test_corporate_actions_as_the_guide_names_them_with_their_modality(
    text: str, action_type: str, modality: str
) -> None:
    [got] = only(text, "corporate_action")
    assert (got["action_type"], got["modality"]) == (action_type, modality)


@pytest.mark.parametrize(
    "text",
    [
        "When an executive buys, it boosts the confidence of shareholders to hold or acquire more.",
        "Retail investors may decide to acquire some, the broker said.",
    ],
)
def test_acquiring_more_of_what_is_held_is_no_acquisition(text: str) -> None:
    assert only(text, "corporate_action") == []


@pytest.mark.parametrize(
    "text",
    [
        "Managing director Dana Vale acquired 1.5 million shares in Zorvex Bhd on March 4.",
        "Zorvex Ltd's promoter Quillon Holdings acquired 1.2 lakh shares of the company.",
        "Quillon Capital acquired a 5.01% stake in Zorvex in May 2022.",
    ],
)
def test_acquiring_shares_told_with_a_decimal_is_no_acquisition(text: str) -> None:
    assert only(text, "corporate_action") == []


def test_acquiring_more_than_a_count_of_a_business_is_an_acquisition() -> None:
    [got] = only("Zorvex will acquire more than 40 stores from Quillon.", "corporate_action")
    assert got["action_type"] == "acquisition"


@pytest.mark.parametrize(
    "text",
    [
        "Zorvex's dividend yield of 4% attracts income investors.",
        "Quillon booked dividend income of $812 million from its holdings.",
        "Analysts praised Zorvex's dividend policy.",
        "Quenwick Capital acquired 14,298,816 ordinary shares of Zorvex at $2.20.",
        "The fund acquired a new stake in Quillon during the fourth quarter.",
        "Zorvex's chairman is acquiring an additional 2,780 shares.",
    ],
)
def test_a_yield_a_policy_or_a_purchase_of_shares_is_no_corporate_action(text: str) -> None:
    assert only(text, "corporate_action") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The central bank ruled out further rate hikes.", []),
        ("Support for the ruling alliance grew ahead of the vote.", []),
        ("The Zorvex Dzire ruled the roads for years.", []),
        ("A court ruled in favour of Zorvex on Tuesday.", ["ruling"]),
        ("The ruling by the tribunal went against Zorvex.", ["ruling"]),
    ],
)
def test_a_ruling_is_a_courts_or_a_regulators(text: str, expected: list[str]) -> None:
    assert [e["action_type"] for e in only(text, "legal_action")] == expected


@pytest.mark.parametrize(
    ("text", "action_type", "subject"),
    [
        (
            "Quillon, meanwhile, was hit with a R1 million fine for its cancellation process.",
            "fine",
            "Quillon",
        ),
        (
            "Brevik fell a day after it was hit with $15 million in fines by the casino regulator.",
            "fine",
            "Brevik",
        ),
        ("The SEC fined Quillon $5 million.", "fine", "Quillon"),
        ("Investors sued Quillon Motors over the recall.", "lawsuit", "Quillon Motors"),
        ("Brevik fell after losing a case against the securities regulator.", "lawsuit", "Brevik"),
        ("The company was fined $2 million.", "fine", "Zorvex"),
        # a currency's sign before the sum is no company: the clause's head is
        ("Quillon in focus after an outage, fined A$100m for mis-selling.", "fine", "Quillon"),
        ("The regulator fined Brevik Bank S$2 million for lapses.", "fine", "Brevik Bank"),
        ("The watchdog fined Quillon Retail HK$10m over pricing.", "fine", "Quillon Retail"),
        ("Brevik was fined Rs 5 crore by the market regulator.", "fine", "Brevik"),
    ],
)
def test_legal_news_is_about_the_company_it_names(
    text: str, action_type: str, subject: str
) -> None:
    [got] = only(text, "legal_action", subject="Zorvex")
    assert (got["action_type"], got["subject"]) == (action_type, subject)


def test_hit_with_selling_is_no_fine() -> None:
    assert only("Zorvex was hit with a wave of selling.", "legal_action", subject="Zorvex") == []


def test_the_integration_of_a_business_into_another_is_a_corporate_action() -> None:
    text = "Zorvex completed the integration of its Quillon delivery service into the Brevik app."
    assert [g["action_type"] for g in only(text, "corporate_action")] == ["integration"]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "The Nikkei 225 fell as SoftBank Group slid after it announced plans to acquire "
            "DigitalBridge Group for roughly $4 billion.",
            "SoftBank",
        ),
        (
            "The FTSE 100 rose as Quenwick Retail gained after it agreed to acquire Tarvo Stores "
            "for £2 billion.",
            "Quenwick Retail",
        ),
    ],
)
def test_an_index_wrap_tells_a_companys_corporate_action(text: str, subject: str) -> None:
    [got] = only(text, "corporate_action", subject="N225")
    assert got["subject"] == subject


def test_a_companys_article_keeps_its_corporate_action() -> None:
    text = "Acme said it plans to acquire Tarvo Stores for $2 billion."
    [got] = only(text, "corporate_action", subject="ACME")
    assert got["subject"] == "ACME"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "Acme reported a profit of GH¢3.98 billion and declared a dividend of GH¢0.175 per share.",
            0.175,
        ),
        ("Acme declared P11 billion in cash dividends, or P9 per share.", 11e9),
        ("Acme posted sales of $2 billion, and approved a final dividend of $0.40.", 0.4),
    ],
)
def test_a_dividend_is_its_own_amount_not_another_clauses(text: str, amount: float) -> None:
    [got] = only(text, "corporate_action")
    assert got["amount"] == amount


@pytest.mark.parametrize(
    "text",
    [
        "On BSE, the Zorvex shares settled with a gain of 6.71 per cent at Rs 167 apiece.",
        "Quillon stock settled in the red after the results.",
        "The index settled with a loss of 0.4% at 21,300.",
    ],
)
def test_a_close_told_with_settled_is_no_settlement(text: str) -> None:
    assert only(text, "legal_action") == []


def _wrap_actions(body: str) -> list[tuple[str, str]]:
    """(subject, action type) of the corporate actions of a KSE-100 wrap."""
    text = (
        "KSE-100 index falls 1,286 points\n"
        "The KSE-100 index closed at 163,304 points on the Pakistan Stock Exchange.\n" + body
    )
    article = Article.from_text(text, published="2025-10-24", subject=None)
    return [
        (e.subject, e.ev_payload()["action_type"])
        for e in RuleExtractor().extract(article)
        if e.kind == "corporate_action"
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Zorvex Bank Limited (ZRVX) reported 3Q2025 EPS of Rs.11.7. "
        "The result included an interim cash dividend of Rs.7 per share.",
        "Zorvex Bank Limited (ZRVX) reported 3Q2025 EPS of Rs.11.7. "
        "It also declared a cash dividend of Rs.7 per share.",
    ],
)
def test_the_result_in_a_wrap_is_the_company_the_sentence_before_told_of(body: str) -> None:
    assert _wrap_actions(body) == [("Zorvex Bank Limited", "dividend")]


@pytest.mark.parametrize(
    "body",
    [
        "Investors were cheered by buyback programs and the inflow of foreign capital.",
        "The announcement of dividend distributions will also lift the market's enthusiasm.",
        # an anaphor two sentences on names nothing
        "Zorvex Bank Limited (ZRVX) reported 3Q2025 EPS of Rs.11.7. Volumes were thin. "
        "The result included an interim cash dividend of Rs.7 per share.",
    ],
)
def test_no_index_pays_or_buys_back(body: str) -> None:
    assert not [s for s, _ in _wrap_actions(body) if s == "KSE100"]
    assert not [a for s, a in _wrap_actions(body) if s != "Zorvex Bank Limited"]


@pytest.mark.parametrize(
    "text",
    [
        "Zorvex said it will cut up to 3,000 jobs by 2027.",
        "Zorvex is axing about 500 roles in its retail arm.",
        "Zorvex plans to shed 1,200 staff.",
    ],
)
def test_jobs_cut_by_number_are_layoffs(text: str) -> None:
    assert [g["action_type"] for g in only(text, "corporate_action", subject="Zorvex")] == [
        "layoffs"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Zorvex cut costs by 5% and 3,000 jobs were safe.",
        "Zorvex cut 3,000 tonnes of output.",
    ],
)
def test_other_cuts_are_no_layoffs(text: str) -> None:
    assert not [
        g for g in only(text, "corporate_action", subject="Zorvex") if g["action_type"] == "layoffs"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Zorvex said it could potentially raise $17 billion through the spin-off of its unit.",
        "Zorvex may consider a share buyback later this year.",
    ],
)
def test_a_speculated_action_is_none(text: str) -> None:
    assert not only(text, "corporate_action", subject="Zorvex")


def test_a_planned_action_stays() -> None:
    found = only("Zorvex will spin off its vaccine unit.", "corporate_action", subject="Zorvex")
    assert [(g["action_type"], g["modality"]) for g in found] == [("spin_off", "plan")]


@pytest.mark.parametrize(
    "text",
    [
        "We see a high likelihood of special dividends given the pace of asset sales.",
        "Investors see little chance of a buyback at Zorvex this year.",
        "Quillon could raise its dividend next year.",
        "Analysts said Zorvex might also declare a special dividend.",
        "There is growing speculation of a share buyback at Quillon.",
    ],
)
def test_an_action_told_as_a_possibility_is_no_corporate_action(text: str) -> None:
    assert only(text, "corporate_action") == []


@pytest.mark.parametrize(
    ("text", "action_type"),
    [
        ("Quillon declared a special dividend of 5 cents.", "dividend"),
        ("Zorvex may have ended its buyback, but it announced a special dividend.", "buyback"),
    ],
)
def test_a_possibility_elsewhere_leaves_the_action(text: str, action_type: str) -> None:
    [got] = only(text, "corporate_action")
    assert got["action_type"] == action_type


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Zorvex distributed dividends amounting to 11.8 billion Mexican pesos.", 11.8e9),
        ("Quillon Bank distributes cash dividends of $450 million to shareholders.", 450e6),
    ],
)
def test_dividends_distributed_are_a_dividend(text: str, amount: float) -> None:
    [action] = only(text, "corporate_action")
    assert (action["action_type"], action["amount"]) == ("dividend", amount)


def test_a_distribution_policy_without_dividends_named_is_no_dividend() -> None:
    assert only("Zorvex distributed its new products to 40 countries.", "corporate_action") == []
