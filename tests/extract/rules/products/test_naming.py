from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.helpers import only


def test_the_console_is_the_product_last_named() -> None:
    text = (
        "Zorvex unveiled the Zorvex Pro 5 on Tuesday. "
        "The console will be released on November 7, 2024, for the price of $699.99 in the US."
    )
    launches = only(text, "product_launch", published="2024-09-12")
    assert launches[-1]["product"] == "Zorvex Pro 5"
    assert (launches[-1]["price"], launches[-1]["modality"]) == (699.99, "plan")
    assert launches[-1]["start"] == dt.date(2024, 11, 7)


@pytest.mark.parametrize(
    ("text", "products", "prices"),
    [
        (
            "The company also introduced two new variants, the X7 Pro and the X7 Max.",
            ["X7 Pro", "X7 Max"],
            [None, None],
        ),
        (
            "Acme introduced the Sollen One and Sollen One Plus on Monday, priced at $799 and "
            "$999 respectively.",
            ["Sollen One", "Sollen One Plus"],
            [799.0, 999.0],
        ),
        (
            "Acme launched the Vela A3, A5 and A7 phones.",
            ["Vela A3", "Vela A5", "Vela A7"],
            [None] * 3,
        ),
        (
            "Acme launched a new credit card, the Kestrel Platinum card, aimed at travellers.",
            ["Kestrel Platinum"],
            [None],
        ),
        # a verb after the name begins another clause; places are no products
        ("Acme launched the Vela A3 and Globex said it would follow.", ["Vela A3"], [None]),
        ("Acme's new game launched across PC, PS5 and Xbox on Friday.", [], []),
    ],
)
def test_products_launched_together_are_one_launch_each(
    text: str, products: list[str], prices: list[float | None]
) -> None:
    got = only(text, "product_launch")
    assert [(e["product"], e["price"]) for e in got] == list(zip(products, prices, strict=True))


@pytest.mark.parametrize(
    ("text", "product", "modality"),
    [
        (
            "Zorvex revealed its next electric vehicle, the R2, a more affordable SUV.",
            "R2",
            "actual",
        ),
        ("Zorvex revealed the Orca X10 at a show in Oslo.", "Orca X10", "actual"),
        (
            "First revealed as a concept in 2021, the Zorvex 5 is an electric hatchback set to "
            "go on sale in Europe later this year.",
            "Zorvex 5",
            "plan",
        ),
        (
            "Zorvex showed the ‘e-Vela’ during the launch of its first electric SUV, the ‘e-Vela’.",
            "e-Vela",
            "actual",
        ),
    ],
)
def test_more_ways_a_launch_is_told(text: str, product: str, modality: str) -> None:
    [got] = only(text, "product_launch", subject="Zorvex")
    assert (got["product"], got["modality"]) == (product, modality)


@pytest.mark.parametrize(
    "text",
    [
        "The finance chief revealed on the call that price hikes 'will be modest in nature.'",
        "Zorvex revealed that it would cut prices next year.",
        "Zorvex revealed plans to expand in Europe.",
    ],
)
def test_revealing_news_or_a_quoted_phrase_is_no_launch(text: str) -> None:
    assert only(text, "product_launch", subject="Zorvex") == []


def test_the_new_model_is_the_product_last_named() -> None:
    text = (
        "Zorvex unveiled the Orca X10 on Monday. The company said the new model will go on sale "
        "in Europe in March 2026 at a price of around €68,900."
    )
    launches = only(text, "product_launch", subject="Zorvex", published="2025-09-08")
    assert [(e["product"], e["modality"], e["price"]) for e in launches] == [
        ("Orca X10", "actual", None),
        ("Orca X10", "plan", 68900.0),
    ]


def test_a_background_launch_in_a_relative_clause_is_none() -> None:
    text = "The Zorvex EV is based on the Zorvex Creta, which was launched in 2015."
    assert only(text, "product_launch", published="2025-03-07", subject="Zorvex") == []


@pytest.mark.parametrize(
    ("text", "launches"),
    [
        # a holiday, a sentence's opening adverb, a category or an index is no product
        ("Zorvex said then it would launch after Thanksgiving.", []),
        ("Zorvex will roll out before Christmas, the company said.", []),
        ("First launched in 2008, there are 2.7 million Zorvex sedans on the road.", []),
        ("Zorvex's new action RPG launched across PC and consoles on Friday.", []),
        ("A large SUV will launch this year, Zorvex said.", []),
        ("The exchange's launch of the Quillon Next 50 Index widens the market.", []),
        ("It was the city's biggest debut after Quillon Technology since 2021.", []),
        ("The game enjoyed the biggest launch of any Quillon Saga title.", []),
        # a name followed by its description and kind, before the verb
        (
            "A much brasher and all-new Zorvex Vela seven-seat large SUV will launch this year.",
            [("Zorvex Vela", "plan")],
        ),
        (
            "The Quillon Pulse 5 flagship phone will go on sale in March.",
            [("Quillon Pulse 5", "plan")],
        ),
        ("The Kestrel Nova compact sedan was unveiled on Monday.", [("Kestrel Nova", "actual")]),
        # up to four descriptive words between the verb and the name
        (
            "Zorvex will launch its hugely popular anti-obesity drug Quillex in Japan on Feb. 22.",
            [("Quillex", "plan")],
        ),
        (
            "Zorvex released its long-awaited fourth-generation compact hatchback Vela on Friday.",
            [("Vela", "actual")],
        ),
    ],
)
def test_names_that_are_no_products_and_names_described(
    text: str, launches: list[tuple[str, str]]
) -> None:
    got = only(text, "product_launch", subject="Zorvex")
    assert [(e["product"], e["modality"]) for e in got] == launches


@pytest.mark.parametrize(
    ("text", "product"),
    [
        # a title that begins with a possessive keeps it
        (
            "Attention turns to Zorvex, whose Quillon's Creed Shadows is set to launch in November.",
            "Quillon's Creed Shadows",
        ),
        (
            "Zorvex said the recent release of Quillon’s Gate Saga had been a hit.",
            "Quillon’s Gate Saga",
        ),
        # the launch of what a possessive names
        ("At the time of Quillon Saga XVI's launch, Zorvex had no other game.", "Quillon Saga XVI"),
        ("Zorvex fans waited for Kestrel Quest 2’s debut on Friday.", "Kestrel Quest 2"),
        # a company's possessive is the maker's, not the product's
        ("Zorvex's Nova 3 was unveiled on Monday. Zorvex shares rose.", "Nova 3"),
    ],
)
def test_a_possessive_title_and_a_possessors_launch(text: str, product: str) -> None:
    [got] = only(text, "product_launch", subject="Zorvex")
    assert got["product"] == product


def test_a_companys_possessive_launch_of_names_the_product_after() -> None:
    got = only("Zorvex's launch of the Nova 3 drew crowds.", "product_launch", subject="Zorvex")
    assert [e["product"] for e in got] == ["Nova 3"]


@pytest.mark.parametrize(
    "text",
    [
        "In a post, Zorvex reveals the Kestrel 5 Pro is meant to give gamers better graphics.",
        "Zorvex revealed the Quillon X2 uses a new chip.",
        "Zorvex announced the new Vela Pro will cost less than expected.",
    ],
)
def test_news_told_of_a_product_is_no_launch(text: str) -> None:
    assert only(text, "product_launch", subject="Zorvex") == []


@pytest.mark.parametrize(
    ("text", "products"),
    [
        (
            "Acme introduced three new phones: the Nova 7, Nova 7 Pro and Nova 7 Max.",
            ["Nova 7", "Nova 7 Pro", "Nova 7 Max"],
        ),
        ("Acme unveiled two cameras: Lumen Z5 and Lumen Z9.", ["Lumen Z5", "Lumen Z9"]),
        (
            "In the quarter, new devices, including Neon Smarta and Ultra, were introduced.",
            ["Neon Smarta", "Neon Ultra"],
        ),
        (
            "Two models, namely the Vela X7 and the Vela X9, have been launched in India.",
            ["Vela X7", "Vela X9"],
        ),
        (
            "The Sollen One and the Sollen One Plus were launched on Monday.",
            ["Sollen One", "Sollen One Plus"],
        ),
        (
            "Acme released the Tessel S, Pro and Max on Friday.",
            ["Tessel S", "Tessel Pro", "Tessel Max"],
        ),
    ],
)
def test_products_listed_after_a_colon_or_before_a_passive(text: str, products: list[str]) -> None:
    got = only(text, "product_launch")
    assert sorted(e["product"] for e in got) == sorted(products)


def test_a_company_that_speaks_of_a_drug_is_no_product() -> None:
    text = "Quillon said the drug, sold under the brand name Zentrel, will launch in July."
    assert "Quillon" not in [e["product"] for e in only(text, "product_launch")]


def test_a_quoted_platform_is_no_product() -> None:
    text = "Six new cars will be launched from its 'Vela Nova' platform by 2027."
    assert [e["product"] for e in only(text, "product_launch")] == []


@pytest.mark.parametrize(
    ("text", "products"),
    [
        (
            "Acme launched two new phones in India on Monday – the Nova X5 and the Nova X5 Pro.",
            ["Nova X5", "Nova X5 Pro"],
        ),
        ("Acme Unveils Nova X5 With 200MP Camera, Price Starts At Rs 24,999.", ["Nova X5"]),
        ("The Nova X5 is now on sale in the US.", ["Nova X5"]),
    ],
)
def test_a_dash_list_a_title_cased_line_and_now_on_sale(text: str, products: list[str]) -> None:
    assert sorted(e["product"] for e in only(text, "product_launch")) == products


@pytest.mark.parametrize(
    ("text", "product", "price", "currency"),
    [
        (
            "Mazda presented an electric saloon at the Auto China in Beijing. The Mazda EZ-6 was "
            "developed with partner Changan.",
            "Mazda EZ-6",
            None,
            None,
        ),
        (
            "Zorvex unveiled its first foldable phone on Tuesday. The Zorvex Fold X will cost "
            "$1,499.",
            "Zorvex Fold X",
            1499.0,
            "USD",
        ),
        (
            "Quillon Motors has introduced a seven-seat SUV for India. The Vela X7 is built in "
            "Pune and starts at Rs 18.9 lakh.",
            "Vela X7",
            1_890_000.0,
            "INR",
        ),
    ],
)
def test_a_launch_told_by_its_kind_is_of_the_name_the_next_sentence_gives(
    text: str, product: str, price: float | None, currency: str | None
) -> None:
    [got] = only(text, "product_launch")
    assert (got["product"], got["price"], got["currency"]) == (product, price, currency)


@pytest.mark.parametrize(
    "text",
    [
        "Quillon launched a new compact SUV in India. The company said demand was strong.",
        "Brevik released a new game last week. The Brevik Group said it sold a million copies.",
    ],
)
def test_a_launch_told_by_its_kind_names_no_company_as_its_product(text: str) -> None:
    assert only(text, "product_launch") == []


@pytest.mark.parametrize(
    ("text", "products"),
    [
        # a platform, a brand or a technology before the kind: no product's name
        ("Acme introduced a new Android smartphone on Monday.", []),
        ("Kestrel launched a Windows tablet for schools.", []),
        ("Nordia unveiled an Intel laptop priced at NOK 9,990.", []),
        # the name told after: the product's
        ("Acme launched a new Android smartphone, the Nova 7, on Monday.", ["Nova 7"]),
        ("Acme introduced a new Android smartphone. The Nova 7 costs $299.", ["Nova 7"]),
        # a definite or possessive name before its kind is the product
        ("Kestrel launched its Falcon 5 sedan in Brazil.", ["Falcon 5"]),
        ("Nordia unveiled the Aero 5 laptop in Oslo.", ["Aero 5"]),
    ],
)
def test_a_name_between_an_indefinite_article_and_a_kind_is_no_product(
    text: str, products: list[str]
) -> None:
    assert [e["product"] for e in only(text, "product_launch")] == products


@pytest.mark.parametrize(
    ("text", "product", "start"),
    [
        # a participle after the product, with its time: shown then, whatever is to come
        (
            "The Vela X4 unveiled on Monday is to be available on Aug. 20.",
            "Vela X4",
            dt.date(2025, 6, 9),
        ),
        (
            "The Orca S5, unveiled on Tuesday, will go on sale in July.",
            "Orca S5",
            dt.date(2025, 6, 10),
        ),
        (
            "The Falcon 5 sedan, introduced in May, has sold 20,000 units.",
            "Falcon 5",
            dt.date(2025, 5, 1),
        ),
    ],
)
def test_a_launch_told_by_a_participle_after_its_product(
    text: str, product: str, start: dt.date
) -> None:
    [got] = [e for e in only(text, "product_launch") if e["product"] == product]
    assert (got["modality"], got["start"]) == ("actual", start)


@pytest.mark.parametrize(
    "text",
    [
        # news released, no product: a capitalised word without a determiner, a report
        "Figures released last week were weak.",
        "Results released on Monday were strong.",
        "The CPI report released on Tuesday was hot.",
        # no time after the participle: not this rule's
        "Kestrel said the Falcon 5 shown in Brazil was a prototype.",
    ],
)
def test_a_participle_after_no_product_is_no_launch(text: str) -> None:
    assert only(text, "product_launch") == []


@pytest.mark.parametrize(
    ("text", "product", "price", "currency", "modality", "start"),
    [
        # a price told by the product's kind, the product named sentences before by a word of
        # naming, no launch told
        (
            "The gene therapy, called Oxalimab, was approved on Monday. Oxalimab targets a rare"
            " liver disease. Quillon said the drug will cost $2.1 million per patient.",
            "Oxalimab",
            2100000.0,
            "USD",
            "plan",
            None,
        ),
        (
            "Regulators cleared a weekly pill, known as Dormira, for insomnia. Doctors welcomed"
            " it. The medicine will cost €90 a month, Zorvex said.",
            "Dormira",
            90.0,
            "EUR",
            "plan",
            None,
        ),
        # "such a service" after the verb: the chatbot the article named
        (
            'Zorvex said it would finish testing a chatbot called "Quill" in April. Rivals'
            " rallied. A source said Zorvex was planning to launch such a service in May.",
            "Quill",
            None,
            None,
            "plan",
            dt.date(2025, 5, 1),
        ),
        # "the products, due to hit shelves": the brand named before, a plan of that quarter
        (
            "The new Harvest Table brand is aimed at diabetics, Quillon said. The company said"
            " the products, due to hit UK shelves in the last three months of 2025, would be"
            " sold in supermarkets.",
            "Harvest Table",
            None,
            None,
            "plan",
            dt.date(2025, 10, 1),
        ),
    ],
)
def test_a_product_told_by_its_kind_is_the_one_an_earlier_sentence_named(
    text: str,
    product: str,
    price: float | None,
    currency: str | None,
    modality: str,
    start: dt.date | None,
) -> None:
    [got] = only(text, "product_launch", published="2025-03-04")
    assert (got["product"], got["price"], got["currency"], got["modality"], got["start"]) == (
        product,
        price,
        currency,
        modality,
        start,
    )


@pytest.mark.parametrize(
    "text",
    [
        # no product named before: nothing to stand for
        "Quillon said the drug will cost $550 for a one-month supply.",
        "A source said Zorvex was planning to launch such a service in May.",
        # a name given to a company, not a product
        "Zorvex bought a startup called Brightloop. Shares rose. The service will launch in March.",
        # a phone named before is no drug
        "Its handset, called Nova X, sold out. Demand was high. The drug will cost $50 a month.",
        # a style is no name: "a ChatGPT-style project"
        "Zorvex is testing a Gemini-style project. A source said it was planning to launch"
        " such a service in May.",
    ],
)
def test_a_kind_stands_for_no_product_the_article_never_named(text: str) -> None:
    assert only(text, "product_launch", published="2025-03-04") == []


@pytest.mark.parametrize(
    "text",
    [
        # a standard a product supports is no product
        "Acme unveiled Wi-Fi 7 routers on Tuesday.",
        "Acme launched a new Wi-Fi 7 router on Monday.",
        "Acme introduced Bluetooth 6.0 earbuds on Monday.",
        "Acme introduced USB-C charging on its phones on Monday.",
        # an operating system a product runs, whatever its determiner
        "Acme launched the first Android tablet with Wi-Fi 7 support on Monday.",
        # a feature or a technology, told so by its apposition
        "We're also introducing Lumen Spectral Resolution, an AI-driven upscaling that uses a"
        " machine learning-based technology.",
        "Acme unveiled Nova Link, a new wireless charging standard, on Monday.",
    ],
)
def test_a_platform_a_standard_or_a_feature_is_no_product(text: str) -> None:
    assert only(text, "product_launch") == []


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("Acme launched its first Wi-Fi 7 router, the Nova R7, on Monday.", "Nova R7"),
        ("Zorvex launched the Nova 5, which runs Android 15, on Monday.", "Nova 5"),
        ("Acme launched the Nova 5G in India on Monday.", "Nova 5G"),
        (
            "Acme unveiled Nova Link, a wireless charger that uses a new technology, on Monday.",
            "Nova Link",
        ),
    ],
)
def test_a_product_beside_a_platform_or_a_standard_is_still_named(text: str, product: str) -> None:
    assert [e["product"] for e in only(text, "product_launch")] == [product]


@pytest.mark.parametrize(
    ("text", "product", "modality", "start"),
    [
        # a drug's generic name, in lower case by its stem
        (
            "We launched oral semaglutide in 2022 for type 2 diabetes.",
            "semaglutide",
            "actual",
            dt.date(2022, 1, 1),
        ),
        (
            "Zorvex launched aflibercept in India on Monday.",
            "aflibercept",
            "actual",
            dt.date(2025, 6, 9),
        ),
        (
            "Nordia will launch its pembrolizumab biosimilar in Europe in 2026.",
            "pembrolizumab",
            "plan",
            dt.date(2026, 1, 1),
        ),
    ],
)
def test_a_drugs_generic_name_in_lower_case_is_a_product(
    text: str, product: str, modality: str, start: dt.date
) -> None:
    [got] = only(text, "product_launch")
    assert (got["product"], got["modality"], got["start"]) == (product, modality, start)


@pytest.mark.parametrize(
    "text",
    [
        "Acme launched a study of semaglutide on Monday.",
        "Acme unveiled its new concept on Monday.",
        "Acme launched a new peptide on Monday.",
    ],
)
def test_a_lower_case_word_like_a_drug_is_no_product(text: str) -> None:
    assert only(text, "product_launch") == []


@pytest.mark.parametrize("speaker", ["Acme", "Zorvex", "Quillon Motors"])
def test_a_name_that_speaks_after_a_comma_is_no_apposition(speaker: str) -> None:
    [got] = only(f"We launched the Nova X5 in 2022, {speaker} said.", "product_launch")
    assert (got["product"], got["start"]) == ("Nova X5", dt.date(2022, 1, 1))


@pytest.mark.parametrize(
    "text",
    [
        # a kind that modifies another noun names no product: "the FDA drug panel"
        "The FDA drug panel met on Monday. Acme said the drug will cost $500 a month.",
        "The Medicare drug price talks ended. Acme said the drug will cost $500 a month.",
        "An NHS drug review is due. The drug will launch in May.",
    ],
)
def test_a_kind_that_modifies_another_noun_introduces_no_product(text: str) -> None:
    assert only(text, "product_launch", published="2025-03-04") == []
