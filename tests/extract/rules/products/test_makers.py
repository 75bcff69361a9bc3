from __future__ import annotations

import pytest

from tests.extract.helpers import only
from timeline.articles import Article
from timeline.extract import RuleExtractor


def test_a_product_named_after_its_maker_is_the_makers_launch() -> None:
    text = (
        "Zorvex Corp (NASDAQ: ZVX) rose. Quenwick Retail unveiled the Zorvex Edge 50 Pro "
        "smartphone, priced at Rs 31,999."
    )
    launches = [
        (e["subject"], e["product"])
        for e in only(text, "product_launch", subject="Quenwick Retail")
    ]
    assert launches == [("ZVX", "Zorvex Edge 50 Pro")]


@pytest.mark.parametrize(
    ("text", "maker"),
    [
        ("Lei also released Zorvex Ltd's SU7 Ultra electric sedan on Thursday.", "Zorvex"),
        ("Quenwick Cement Limited announced the launch of Bangur Concrete.", "Quenwick Cement"),
        ("On Monday, Quenwick Holdings unveiled the Orca X1.", "Quenwick"),
    ],
)
def test_the_maker_is_the_owner_or_the_company_the_sentence_opens_on(text: str, maker: str) -> None:
    [got] = only(text, "product_launch", subject="Globex")
    assert got["subject"] == maker


@pytest.mark.parametrize(
    ("text", "maker"),
    [
        (
            "COPENHAGEN--Quenwick Nordisk will launch its hugely popular drug Zentrel in Japan "
            "on Feb. 22 next year, the company said on Thursday.",
            "Quenwick Nordisk",
        ),
        (
            "TOKYO (Reuters) - Zorvex Pharma said on Wednesday it plans to launch the Quillex "
            "pen in March.",
            "Zorvex Pharma",
        ),
        ("Kestrel Motors has unveiled the Vela X2, a compact SUV.", "Kestrel Motors"),
        ("On Monday, Kestrel Motors is set to unveil the Vela X2.", "Kestrel Motors"),
    ],
)
def test_in_an_article_of_no_known_company_the_opener_is_the_maker(text: str, maker: str) -> None:
    article = Article.from_text("a launch in the market\n" + text, published="2023-11-24")
    [got] = [e for e in RuleExtractor().extract(article) if e.kind == "product_launch"]
    assert got.subject == maker


def test_a_person_or_a_pronoun_opening_the_sentence_is_no_maker() -> None:
    text = "He unveiled the Vela X2 on Monday."
    article = Article.from_text("a launch in the market\n" + text, published="2023-11-24")
    [got] = [e for e in RuleExtractor().extract(article) if e.kind == "product_launch"]
    assert got.subject == "UNKNOWN"


@pytest.mark.parametrize(
    ("text", "maker"),
    [
        ("On the heels of an Apple deal, Microsoft is debuting its own Orbit cola.", "MSFT"),
        ("Its rival said on Friday that Microsoft had launched the Orbit Pad on Monday.", "MSFT"),
        ("In a market led by Apple, Microsoft has unveiled the Orbit Ring wearable.", "MSFT"),
    ],
)
def test_the_maker_is_the_company_whose_clause_launches(text: str, maker: str) -> None:
    [got] = only(text, "product_launch")
    assert got["subject"] == maker


@pytest.mark.parametrize(
    ("text", "product"),
    [
        (
            "Microsoft confirmed the launch of its entire Orbit 50 series. "
            "The Microsoft Orbit 50 series has three phones.",
            "Microsoft Orbit 50",
        ),
        (
            "The Microsoft Slate Go is thin. Acme launched the Slate Go on Monday.",
            "Microsoft Slate Go",
        ),
    ],
)
def test_a_product_takes_its_makers_name_where_the_article_writes_it(
    text: str, product: str
) -> None:
    [got] = only(text, "product_launch")
    assert (got["product"], got["subject"]) == (product, "MSFT")


def test_a_makers_name_ending_a_sentence_is_not_taken_into_the_product() -> None:
    text = "Shares fell at Microsoft. Orbit Saga launched on Friday."
    assert [e["product"] for e in only(text, "product_launch")] == ["Orbit Saga"]


@pytest.mark.parametrize(
    "sale",
    [
        "The handset will go on sale from March 12 via Amazon and the company's website.",
        "The handset will be available exclusively on Flipkart from March 12.",
        "The handset goes on sale on March 12 at Walmart.",
    ],
)
def test_the_shop_a_product_is_sold_through_is_not_its_maker(sale: str) -> None:
    text = f"Quillon launched the Nova X5 smartphone on Tuesday. {sale}"
    launches = only(text, "product_launch", subject="Quillon", published="2025-03-04")
    assert {launch["subject"] for launch in launches} == {"Quillon"}
