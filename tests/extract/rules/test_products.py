from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.helpers import only
from timeline.articles import Article
from timeline.extract import RuleExtractor


@pytest.mark.parametrize(
    ("text", "product", "category", "price", "currency"),
    [
        (
            "Acme unveiled its Pixel Fold 3 smartphone, priced from $1,799.",
            "Pixel Fold 3",
            "smartphone",
            1799.0,
            "USD",
        ),
        (
            "The company launched its most advanced AI model to date, Qwen3-Max.",
            "Qwen3-Max",
            "AI model",
            None,
            None,
        ),
        ('Acme released "Nimbus", a chatbot for banks.', "Nimbus", None, None, None),
        (
            "Acme introduced the Radeon RX 9060 XT graphics card, priced from $299.",
            "Radeon RX 9060 XT",
            None,
            299.0,
            "USD",
        ),
        (
            "It rolled out the Orbit Ring wearable in Japan, starting at 39,800 yen.",
            "Orbit Ring",
            "wearables",
            39800.0,
            "JPY",
        ),
    ],
)
def test_launches(
    text: str, product: str, category: str | None, price: float | None, currency: str | None
) -> None:
    [got] = only(text, "product_launch")
    assert (got["product"], got["category"], got["price"], got["currency"]) == (
        product,
        category,
        price,
        currency,
    )


def test_the_price_can_follow_in_the_next_sentence() -> None:
    text = "Acme launched its Lumen Glasses series in May. Priced from 1,899 yuan, they ship now."
    [got] = only(text, "product_launch")
    assert (got["product"], got["price"], got["currency"]) == ("Lumen Glasses", 1899.0, "CNY")
    assert (got["start"], got["precision"]) == (dt.date(2025, 5, 1), "month")


@pytest.mark.parametrize(
    ("text", "product", "modality", "start", "precision"),
    [
        # the name after descriptive words, and model numbers with a decimal point
        ("Acme launched its all-new Vireo EV in India.", "Vireo EV", "actual", None, "unknown"),
        (
            "Acme rolled out Nimbus 2.5 Pro on Tuesday.",
            "Nimbus 2.5 Pro",
            "actual",
            "2025-06-10",
            "day",
        ),
        ("Acme introduced a 75-inch wireless OLED TV.", "OLED TV", "actual", None, "unknown"),
        (
            "Acme launched its globally acclaimed drug Zentrel (zentrelide).",
            "Zentrel",
            "actual",
            None,
            "unknown",
        ),
        (
            "Fans queued for the launch of Acme's Kite 2 console.",
            "Kite 2",
            "actual",
            None,
            "unknown",
        ),
        ("Acme debuted the company’s first-ever C1 chip.", "C1", "actual", None, "unknown"),
        # the company acting is no product; an apposition with "the" names it
        (
            "Zorvex Motor Corp will launch two luxury vehicles, the Zorvex Crown, in Japan.",
            "Zorvex Crown",
            "plan",
            None,
            "unknown",
        ),
        (
            "Acme plans to launch its new EV Model C series in March.",
            "Model C",
            "plan",
            "2026-03-01",
            "month",
        ),
        (
            "Acme began deliveries of the Orca X1 in May.",
            "Orca X1",
            "actual",
            "2025-05-01",
            "month",
        ),
        (
            "Acme made Lumen Studio available to all users.",
            "Lumen Studio",
            "actual",
            None,
            "unknown",
        ),
        ("Acme said Zentrel is now available in pharmacies.", "Zentrel", "actual", None, "unknown"),
        # before an intransitive verb; a present tense with a day to come is a plan
        ("The new Kite 7 lineup goes on sale Monday.", "Kite 7", "plan", "2025-06-16", "day"),
        (
            "Acme Switch 3 launches July 5, priced at $449.",
            "Acme Switch 3",
            "plan",
            "2025-07-05",
            "day",
        ),
        # plans resolve forward: the next such day or month
        (
            "Acme will begin selling the Vela Pro on Nov. 7.",
            "Vela Pro",
            "plan",
            "2025-11-07",
            "day",
        ),
        (
            "Acme said it would start selling the qX5 next month.",
            "qX5",
            "plan",
            "2025-07-01",
            "month",
        ),
        ("Acme plans to launch the Tern in January.", "Tern", "plan", "2026-01-01", "month"),
    ],
)
def test_launch_phrasings(
    text: str, product: str, modality: str, start: str | None, precision: str
) -> None:
    [got] = only(text, "product_launch")
    when = dt.date.fromisoformat(start) if start else None
    assert (got["product"], got["modality"], got["start"], got["precision"]) == (
        product,
        modality,
        when,
        precision,
    )


@pytest.mark.parametrize(
    "text",
    [
        "The regulator launched an investigation into the company.",
        "Acme launched a $2 billion share buyback.",
        "Goldman launched coverage of Acme with a Buy rating.",
        "Despite unveiling a bigger budget, Acme fell 3%.",
        "Acme launched a tender offer for Beta Corp.",
        "Acme presented its Q3 results to investors.",
        "Acme presented the Vision 2030 strategy on Monday.",
        # landing somewhere that sells nothing
        "The Acme delegation landed in Australia on Monday.",
        "The chief executive arrived in Paris for the Acme investor day.",
    ],
)
def test_not_launches(text: str) -> None:
    assert only(text, "product_launch") == []


@pytest.mark.parametrize(
    ("text", "product", "metric", "value", "change"),
    [
        (
            'Its "Qwen" series has surpassed 600 million downloads.',
            "Qwen",
            "downloads",
            600e6,
            None,
        ),
        (
            "Temu had 92 million monthly active users in Europe.",
            "Temu",
            "monthly_active_users",
            92e6,
            None,
        ),
        (
            "The Apollo Go robotaxi service completed 3.1 million rides.",
            "Apollo Go",
            "rides",
            3.1e6,
            None,
        ),
        (
            "The Meta AI assistant now has more than 1 billion monthly active users.",
            "Meta AI",
            "monthly_active_users",
            1e9,
            None,
        ),
    ],
)
def test_product_metrics(
    text: str, product: str, metric: str, value: float, change: float | None
) -> None:
    [got] = only(text, "product_metric")
    assert (got["product"], got["metric"], got["value"], got["change_percent"]) == (
        product,
        metric,
        value,
        change,
    )


def test_a_metric_without_a_name_belongs_to_the_last_product() -> None:
    text = (
        "The standalone Lumo application had a spectacular debut. Within two weeks, monthly "
        "active users jumped by 149% to reach 18.34 million."
    )
    [got] = only(text, "product_metric")
    assert (got["product"], got["value"], got["change_percent"]) == ("Lumo app", 18.34e6, 149.0)


@pytest.mark.parametrize(
    ("text", "product", "modality"),
    [
        (
            "The automaker will introduce a luxury sport-utility vehicle, the Zorvex Century, in its home market.",
            "Zorvex Century",
            "plan",
        ),
        (
            "The new Zorvex BEV line’s flagship model, the M03, officially debuted in early July.",
            "M03",
            "actual",
        ),
        (
            "When the MONA M03 officially launched in China in late August, Zorvex surprised the public.",
            "MONA M03",
            "actual",
        ),
        ("Zorvex is debuting its own prebiotic Quenwick cola.", "Quenwick", "actual"),
    ],
)
def test_more_ways_a_launch_is_written(text: str, product: str, modality: str) -> None:
    assert [
        (e["product"], e["modality"]) for e in only(text, "product_launch", published="2025-09-01")
    ] == [(product, modality)]


def test_the_console_is_the_product_last_named() -> None:
    text = (
        "Zorvex unveiled the Zorvex Pro 5 on Tuesday. "
        "The console will be released on November 7, 2024, for the price of $699.99 in the US."
    )
    launches = only(text, "product_launch", published="2024-09-12")
    assert launches[-1]["product"] == "Zorvex Pro 5"
    assert (launches[-1]["price"], launches[-1]["modality"]) == (699.99, "plan")
    assert launches[-1]["start"] == dt.date(2024, 11, 7)


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


def test_a_price_in_the_next_sentence_of_another_launch_is_not_this_ones() -> None:
    text = "Acme will begin selling the EcoAir 9 in July. Globex introduced the Sollen One, priced at $799."
    first = only(text, "product_launch")[0]
    assert (first["product"], first["price"]) == ("EcoAir 9", None)


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
    ("text", "product", "modality", "start"),
    [
        (
            "Acme is going to launch its next flagship chipset, Dimensity 9400, on October 9.",
            "Dimensity 9400",
            "plan",
            dt.date(2025, 10, 9),
        ),
        ("Acme is poised to launch the Orca X1 in March.", "Orca X1", "plan", dt.date(2026, 3, 1)),
        ("The Orca X1 is due to hit UK shelves in July.", "Orca X1", "plan", dt.date(2025, 7, 1)),
        # arriving in the showrooms that sell it
        (
            "An updated version of the Orca X1 will land in Australian showrooms from next month "
            "with a starting price of $58,900.",
            "Orca X1",
            "plan",
            dt.date(2025, 7, 1),
        ),
        (
            "The Vela GT arrives in UK dealerships in September.",
            "Vela GT",
            "plan",
            dt.date(2025, 9, 1),
        ),
        ("The Nova S5 hit Indian showrooms on Monday.", "Nova S5", "actual", dt.date(2025, 6, 9)),
        ("Acme presented the Orca X1 at the Auto China show.", "Orca X1", "actual", None),
        ("Acme showcased its new Lumen Ring in Las Vegas.", "Lumen Ring", "actual", None),
    ],
)
def test_launches_to_come_and_shown(
    text: str, product: str, modality: str, start: dt.date | None
) -> None:
    [got] = only(text, "product_launch")
    assert (got["product"], got["modality"], got["start"]) == (product, modality, start)


@pytest.mark.parametrize(
    ("text", "products"),
    [
        ("Acme said its drug Zentrel will launch in Japan on Dec. 20.", ["Zentrel"]),
        ("Acme will announce its latest camera, the Z6 III, on June 17.", ["Z6 III"]),
        ("At launch, the console will be available in a bundle priced at $499.", []),
        ("The company advanced the India launch, which was planned for later.", []),
    ],
)
def test_launch_verbs_without_an_object_and_names_that_are_no_products(
    text: str, products: list[str]
) -> None:
    assert [e["product"] for e in only(text, "product_launch")] == products


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


@pytest.mark.parametrize(
    ("text", "launches"),
    [
        ("The Zorvex X2 is priced at $499.", [("Zorvex X2", 499.0, "actual")]),
        (
            "QUILLAX will be sold in the U.S. at a wholesale acquisition cost of $15.50 a pill.",
            [("QUILLAX", 15.5, "plan")],
        ),
        (
            "The two devices are Neon Smarta retailing for KES 7,499 and Neon Ultra which is "
            "sold at KES 8,999.",
            [("Neon Smarta", 7499.0, "actual"), ("Neon Ultra", 8999.0, "actual")],
        ),
        ("Shares are priced at $20 in the offering.", []),
        ("The SUV is priced from 4.4 million yen.", []),
        ("The new fund costs 0.2% a year.", []),
    ],
)
def test_a_products_price_told_without_a_launch_verb(
    text: str, launches: list[tuple[str, float, str]]
) -> None:
    got = only(text, "product_launch", subject="Sample")
    assert [(e["product"], e["price"], e["modality"]) for e in got] == launches


@pytest.mark.parametrize(
    ("text", "product", "start"),
    [
        # a relative clause of a plan names the product it follows
        (
            "Attention turns to Quillon Quest, which is set to launch in November.",
            "Quillon Quest",
            dt.date(2025, 11, 1),
        ),
        # a launch told in the past tense but placed after publication is a plan
        ("Zorvex confirmed the launch of the ZX4 for next year.", "ZX4", dt.date(2026, 1, 1)),
    ],
)
def test_a_launch_still_to_come_is_a_plan(text: str, product: str, start: dt.date) -> None:
    (launch,) = only(text, "product_launch", published="2025-03-07", subject="Zorvex")
    assert (launch["product"], launch["modality"], launch["start"]) == (product, "plan", start)


def test_a_background_launch_in_a_relative_clause_is_none() -> None:
    text = "The Zorvex EV is based on the Zorvex Creta, which was launched in 2015."
    assert only(text, "product_launch", published="2025-03-07", subject="Zorvex") == []


@pytest.mark.parametrize(
    ("text", "launches"),
    [
        # news released beside a launch does not hide the launch
        (
            "After releasing its quarterly results, Zorvex unveiled the Quillon X5.",
            [("Quillon X5", "actual")],
        ),
        (
            "Zorvex released its sales numbers and introduced the Nova 3 on Tuesday.",
            [("Nova 3", "actual")],
        ),
        (
            "Just after releasing its sales figures, Zorvex confirmed the launch of the Kestrel "
            "Edge for next year.",
            [("Kestrel Edge", "plan")],
        ),
        # a press release is no product's release
        ("The halt on the Quillon Nova marketplace was confirmed in a press release.", []),
        ("Zorvex said in a news release that its Kestrel Hub platform is growing.", []),
        ("In a release, Zorvex said its Kestrel Hub service had been popular.", []),
    ],
)
def test_news_released_is_no_launch_and_hides_none(
    text: str, launches: list[tuple[str, str]]
) -> None:
    got = only(text, "product_launch", subject="Zorvex", published="2024-12-03")
    assert [(e["product"], e["modality"]) for e in got] == launches


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
    ("text", "product", "modality", "start"),
    [
        # a debut made: past, to come, present with a day to come
        (
            "The Quillon Nova made its debut in Paris on Monday.",
            "Quillon Nova",
            "actual",
            "2024-04-08",
        ),
        (
            "The Zorvex Edge 5 series will make its global debut on Tuesday, 16 April 2024.",
            "Zorvex Edge 5",
            "plan",
            "2024-04-16",
        ),
        (
            "Zorvex Pulse 3 makes its India debut on April 20.",
            "Zorvex Pulse 3",
            "plan",
            "2024-04-20",
        ),
        # a determiner before a name, a part named with the product
        ("The Quillon Nova launched in India on Monday.", "Quillon Nova", "actual", "2024-04-08"),
        (
            "The Zorvex Edge 5 Pro with Quillon 7 Gen 3 SoC made its debut in India recently.",
            "Zorvex Edge 5 Pro",
            "actual",
            None,
        ),
        # a launch confirmed is one to come
        (
            "As rumored for months, Zorvex has confirmed the release of the Kestrel 5 Pro.",
            "Kestrel 5 Pro",
            "plan",
            None,
        ),
        ("Zorvex confirmed the launch of its Vela X2 phone.", "Vela X2", "plan", None),
    ],
)
def test_debuts_made_and_launches_confirmed(
    text: str, product: str, modality: str, start: str | None
) -> None:
    [got] = only(text, "product_launch", subject="Zorvex", published="2024-04-10")
    when = dt.date.fromisoformat(start) if start else None
    assert (got["product"], got["modality"], got["start"]) == (product, modality, when)


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
    "text",
    [
        "Zorvex said on Tuesday its recently approved drug Quillex is now available in pharmacies.",
        "On Tuesday, Zorvex said Quillex is now available in U.S. pharmacies.",
        "Zorvex said on Tuesday that Quillex is now available nationwide.",
    ],
)
def test_now_available_is_a_launch_of_the_day_it_was_said(text: str) -> None:
    [got] = only(text, "product_launch", subject="Zorvex", published="2023-12-06")
    assert (got["product"], got["modality"], got["start"], got["precision"]) == (
        "Quillex",
        "actual",
        dt.date(2023, 12, 5),
        "day",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Zorvex Sleep is rolling out new advertising tied to the football season.",
        "Zorvex Sleep launched an ad campaign with the league on Monday.",
        "Zorvex Sleep unveiled its new marketing push in Oslo.",
        "Zorvex Sleep introduced new television commercials last week.",
        "Zorvex Sleep is rolling out across Europe this year.",
    ],
)
def test_marketing_or_the_company_itself_is_no_launch(text: str) -> None:
    assert only(text, "product_launch", subject="Zorvex Sleep") == []


def test_an_ad_beside_a_launch_does_not_hide_it() -> None:
    text = "Zorvex Sleep rolled out new ads and launched the Quillon Bed 5 on Monday."
    got = only(text, "product_launch", subject="Zorvex Sleep")
    assert [e["product"] for e in got] == ["Quillon Bed 5"]


@pytest.mark.parametrize(
    "text",
    [
        "Zorvex announced the launch of the entire Nova 5 series in global markets, which will "
        "make its debut on Tuesday, 16 April 2024.",
        "Zorvex unveiled the Nova 5 smartphone at an event on 16 April 2024.",
    ],
)
def test_a_launch_dated_after_publication_is_a_plan(text: str) -> None:
    got = only(text, "product_launch", published="2024-04-10")
    assert [(p["modality"], p["start"]) for p in got] == [("plan", dt.date(2024, 4, 16))]


@pytest.mark.parametrize(
    "text",
    [
        "It seems similar to the launch of Quillon Saga, which sold well in its first week.",
        "Unlike the release of the Nova 3, demand held up.",
        "Compared with the debut of the Nova 3 phone, sales were slow.",
    ],
)
def test_a_launch_the_news_is_compared_with_is_no_launch(text: str) -> None:
    assert only(text, "product_launch") == []


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("Microsoft unveiled the Microsoft Orbit 3 headset on Tuesday.", "Microsoft Orbit 3"),
        ("The Microsoft Orbit 3 went on sale on Tuesday.", "Microsoft Orbit 3"),
        (
            "Acme has launched its new tablet, the Microsoft Slate Go, in India.",
            "Microsoft Slate Go",
        ),
    ],
)
def test_a_product_named_after_a_known_company_is_a_product(text: str, product: str) -> None:
    [got] = only(text, "product_launch")
    assert got["product"] == product


@pytest.mark.parametrize(
    "text",
    [
        "Acme unveiled its next headset, the Orbit 3, which will ship this fall at $500.",
        "Acme unveiled the Vela X7 sedan, which is due to go on sale next year.",
        "Acme showcased its Nova Fold phone on Tuesday, which will be available from July.",
    ],
)
def test_a_product_shown_now_and_sold_later_is_a_plan(text: str) -> None:
    [got] = only(text, "product_launch")
    assert got["modality"] == "plan"


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


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Acme plans to launch the Vela X7 in the fourth quarter of this year.",
            "2025-10-01",
            "2025-12-31",
        ),
        ("Acme will roll out the Orbit Pad in the first quarter.", "2026-01-01", "2026-03-31"),
        ("The Nova X6 is set to go on sale in Q3 2026.", "2026-07-01", "2026-09-30"),
    ],
)
def test_a_plan_for_a_quarter_is_dated_by_that_quarter(text: str, start: str, end: str) -> None:
    [got] = only(text, "product_launch")
    assert (got["modality"], got["precision"]) == ("plan", "quarter")
    assert (str(got["start"]), str(got["end"])) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "Acme shares gained 2.7% on Tuesday following the successful US launch of its drug Quellix.",
        "The stock jumped 5% on Monday after the debut of its new Orbit Pad tablet.",
        "The stock rose 3% on Monday, helped by the launch of the Nova X5.",
        "On Friday the stock hit a record, buoyed by the recent launch of the Vela X7.",
    ],
)
def test_a_launch_behind_the_news_is_not_dated_by_it(text: str) -> None:
    [got] = only(text, "product_launch")
    assert got["precision"] == "unknown"


@pytest.mark.parametrize(
    "text",
    [
        "Nimbus is a large AI-powered language model introduced in 2019.",
        "It unveiled a Cloud-based platform for retailers on Monday.",
    ],
)
def test_a_compound_adjective_is_no_product_name(text: str) -> None:
    assert only(text, "product_launch") == []


@pytest.mark.parametrize(
    ("text", "price", "currency"),
    [
        (
            "Acme on Monday launched the new Vela at an introductory price of Rs 8.99 lakh.",
            899000.0,
            "INR",
        ),
        (
            "Acme has launched the Vela facelift, with prices starting at Rs 7.49 lakh.",
            749000.0,
            "INR",
        ),
        ("Acme unveiled the Orbit Pad with a price tag of $1,299.", 1299.0, "USD"),
        ("Acme released the Nova X5 at a special festive price of 24,999 rupees.", 24999.0, "INR"),
    ],
)
def test_more_ways_a_launch_price_is_told(text: str, price: float, currency: str) -> None:
    [got] = only(text, "product_launch")
    assert (got["price"], got["currency"]) == (price, currency)


@pytest.mark.parametrize(
    ("text", "product", "start"),
    [
        ("Acme on Tuesday took the wraps off its new Nova X5 smartphone.", "Nova X5", "2025-06-10"),
        ("Acme pulled the wraps off the Vela X7 sedan on Monday.", "Vela X7", "2025-06-09"),
        ("Acme brought the Zip EV to market on Wednesday.", "Zip EV", "2025-06-11"),
        (
            "The Zip EV, Acme's first electric scooter, was launched on Thursday.",
            "Zip EV",
            "2025-06-12",
        ),
        (
            "Acme's first electric scooter, the Zip EV, was unveiled on Thursday.",
            "Zip EV",
            "2025-06-12",
        ),
        ("Launched on Monday, the Orbit Pad costs $499.", "Orbit Pad", "2025-06-09"),
        (
            "Introduced on Wednesday, the Nova Lite targets first-time buyers.",
            "Nova Lite",
            "2025-06-11",
        ),
    ],
)
def test_idioms_appositions_and_participles_of_a_launch(
    text: str, product: str, start: str
) -> None:
    [got] = only(text, "product_launch")
    assert (got["product"], got["modality"], str(got["start"])) == (product, "actual", start)


@pytest.mark.parametrize(
    "text",
    [
        "Acme could launch the Nova X6 as early as next month, people familiar with it said.",
        "Acme may unveil the Vela X9 at the motor show.",
        "Acme is said to be preparing the launch of the Nova X6.",
        "Acme is rumoured to launch the Orbit Ring in the autumn.",
        "The Nova X6 is tipped to launch in September.",
    ],
)
def test_a_launch_only_guessed_at_is_none(text: str) -> None:
    assert only(text, "product_launch") == []


@pytest.mark.parametrize(
    ("text", "product", "price"),
    [
        (
            "The deal would make the Nova 15 Ultra, priced at 6,499 yuan, its flagship.",
            "Nova 15 Ultra",
            6499.0,
        ),
        ("Acme's latest flagship, the Nova X5, is priced at $999.", "Nova X5", 999.0),
    ],
)
def test_a_price_after_a_named_product_and_a_comma(text: str, product: str, price: float) -> None:
    [got] = only(text, "product_launch")
    assert (got["product"], got["price"]) == (product, price)


@pytest.mark.parametrize(
    "text",
    [
        "Its partner Quillon, priced at 240 rupees, led the index lower.",
        "The drug, co-developed with partner Quillon, will cost about 2.98 million yen a year.",
    ],
)
def test_a_name_before_a_comma_and_a_price_is_not_always_a_product(text: str) -> None:
    assert [e["product"] for e in only(text, "product_launch")] != ["Quillon"]


def test_a_company_that_speaks_of_a_drug_is_no_product() -> None:
    text = "Quillon said the drug, sold under the brand name Zentrel, will launch in July."
    assert "Quillon" not in [e["product"] for e in only(text, "product_launch")]


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


def test_a_quoted_platform_is_no_product() -> None:
    text = "Six new cars will be launched from its 'Vela Nova' platform by 2027."
    assert [e["product"] for e in only(text, "product_launch")] == []


def test_a_makers_name_ending_a_sentence_is_not_taken_into_the_product() -> None:
    text = "Shares fell at Microsoft. Orbit Saga launched on Friday."
    assert [e["product"] for e in only(text, "product_launch")] == ["Orbit Saga"]


@pytest.mark.parametrize(
    "text",
    [
        "Acme won approval to launch its drug Zentrel in Japan.",
        "Acme picked Japan as the sixth country in which to launch Zentrel.",
        "Acme got the go-ahead to roll out the Orbit Pad in Europe.",
        "Acme is gearing up to unveil the Vela X9 at the motor show.",
    ],
)
def test_a_launch_allowed_or_readied_is_a_plan(text: str) -> None:
    [got] = only(text, "product_launch")
    assert got["modality"] == "plan"


@pytest.mark.parametrize(
    ("text", "price", "currency"),
    [
        ("Acme has launched the Vela at Rs 11.5 lakh (ex-showroom).", 1150000.0, "INR"),
        ("Acme introduced the Nova X5 in China on Monday at 2,999 yuan.", 2999.0, "CNY"),
        ("Acme launched the Vela on Monday; its shares closed at $50.", None, None),
        ("Acme launched the Vela. Its benefits are estimated at $9 billion.", None, None),
    ],
)
def test_a_bare_at_before_an_amount_prices_the_launch(
    text: str, price: float | None, currency: str | None
) -> None:
    [got] = only(text, "product_launch")
    assert (got["price"], got["currency"]) == (price, currency)


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
    ("text", "products", "year"),
    [
        (
            "In a sales wrap for 2024, Acme said its three big launches for 2025 will be the "
            "new-generation Vela, the Orbit 5 N electric hatch, and the new Santa Rosa.",
            ["Orbit 5 N", "Vela"],
            2025,
        ),
        (
            "Acme said its key launches next year will include the Nova X7 and the Nova X7 Pro.",
            ["Nova X7", "Nova X7 Pro"],
            2026,
        ),
    ],
)
def test_the_launches_a_company_counts_are_plans(text: str, products: list[str], year: int) -> None:
    got = only(text, "product_launch")
    assert sorted(e["product"] for e in got) == products
    assert {(e["modality"], e["start"]) for e in got} == {("plan", dt.date(year, 1, 1))}


def test_a_plan_is_dated_by_the_time_after_its_verb() -> None:
    text = "After a record year in 2024, Acme will launch the Vela X9 in 2026."
    [got] = only(text, "product_launch")
    assert (got["modality"], got["start"], got["precision"]) == (
        "plan",
        dt.date(2026, 1, 1),
        "year",
    )


@pytest.mark.parametrize(
    ("text", "product", "modality", "start", "precision"),
    [
        ("Sales of the Nova X5 began on Friday.", "Nova X5", "actual", dt.date(2025, 6, 13), "day"),
        (
            "Sales of the Nova X6 will begin in July.",
            "Nova X6",
            "plan",
            dt.date(2025, 7, 1),
            "month",
        ),
        (
            "Deliveries of the Vela X7 start on June 20.",
            "Vela X7",
            "plan",
            dt.date(2025, 6, 20),
            "day",
        ),
        (
            "Since its launch in March, the Nova X5 has sold 5 million units.",
            "Nova X5",
            "actual",
            dt.date(2025, 3, 1),
            "month",
        ),
    ],
)
def test_sales_begun_and_a_launch_told_before_its_name(
    text: str, product: str, modality: str, start: dt.date, precision: str
) -> None:
    [got] = only(text, "product_launch")
    assert (got["product"], got["modality"], got["start"], got["precision"]) == (
        product,
        modality,
        start,
        precision,
    )


def test_sales_of_a_company_rising_are_no_launch() -> None:
    assert (
        only("Sales of its phones rose 5% in May. Sales of Acme began to slow.", "product_launch")
        == []
    )


@pytest.mark.parametrize(
    ("text", "modality", "start", "precision"),
    [
        (
            "Plans for what would become the Vela line were announced in April before its "
            "flagship, the Vela X7, officially debuted in early May.",
            "actual",
            dt.date(2025, 5, 1),
            "month",
        ),
        (
            "Acme, which would later become a rival of Globex, launched the Nova X5 in India "
            "on Monday.",
            "actual",
            dt.date(2025, 6, 9),
            "day",
        ),
        ("Acme will in September launch the Nova X6.", "plan", dt.date(2025, 9, 1), "month"),
    ],
)
def test_a_plan_word_governs_a_launch_only_in_its_own_clause(
    text: str, modality: str, start: dt.date, precision: str
) -> None:
    [got] = only(text, "product_launch")
    assert (got["modality"], got["start"], got["precision"]) == (modality, start, precision)


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("Proton launched the e.MAS 7 today.", "e.MAS 7"),
        ("He spoke at the grand launch of e.MAS 5, here today.", "e.MAS 5"),
        ("Volkar unveiled the e-Tarro 4 on Tuesday.", "e-Tarro 4"),
        ("Kraglund introduced its x.Velo 2 e-bike on Monday.", "x.Velo 2"),
    ],
)
def test_a_product_name_with_a_lower_case_prefix_set_off_by_a_point_or_hyphen(
    text: str, product: str
) -> None:
    [got] = only(text, "product_launch", published="2024-12-16")
    assert got["product"] == product


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
    ("text", "price", "currency"),
    [
        ("Acme launched the Nova X5, which costs $699.", 699.0, "USD"),
        ("Acme unveiled the Vela Buds, and they cost €129.", 129.0, "EUR"),
        ("Acme rolled out the Orbit Ring; it retails for £299.", 299.0, "GBP"),
    ],
)
def test_a_price_right_after_costs_or_retails_for(text: str, price: float, currency: str) -> None:
    [got] = only(text, "product_launch")
    assert (got["price"], got["currency"]) == (price, currency)


def test_a_phones_variant_called_a_model_is_no_ai_model() -> None:
    text = (
        "Quillon on Tuesday launched the Nova X5 smartphone in India, priced at Rs 24,999, "
        "while the 12GB model costs Rs 27,999."
    )
    [launch] = only(text, "product_launch", subject="Quillon")
    assert launch["category"] == "smartphone"


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


@pytest.mark.parametrize(
    ("second", "price"),
    [
        ("It costs US$349, a US$50 discount from a cheap Zorfone released last year.", 349.0),
        ("The phone will retail at $299, below the model launched in 2023.", 299.0),
    ],
)
def test_a_launchs_price_told_next_by_its_pronoun(second: str, price: float) -> None:
    text = f"Zorvex unveiled the Zorfone 4a on Monday. {second}"
    launches = only(text, "product_launch", subject="Zorvex")
    assert [(p["product"], p["price"]) for p in launches] == [("Zorfone 4a", price)]


@pytest.mark.parametrize(
    ("text", "product", "start"),
    [
        # the launch told in the title or lead, its day told with the launch event's
        (
            "Kestrel Motors launched the Falcon EV in Brazil. It gave the price on Tuesday at a"
            " launch event in Sao Paulo.",
            "Falcon EV",
            dt.date(2025, 6, 10),
        ),
        (
            "Nordia introduced its Aero 5 laptop. Prices were given at its launch event in"
            " Oslo on Monday.",
            "Aero 5",
            dt.date(2025, 6, 9),
        ),
        # a price told without a launch verb, in an article whose launch was on Thursday
        (
            "Lumio's new phone and watch were unveiled on Thursday night in Shenzhen. Its"
            " camera makes the Lumio Note 9, priced at 3,999 yuan, a flagship.",
            "Lumio Note 9",
            dt.date(2025, 6, 12),
        ),
    ],
)
def test_an_undated_launch_is_of_the_articles_launch_event(
    text: str, product: str, start: dt.date
) -> None:
    [got] = [e for e in only(text, "product_launch") if e["product"] == product]
    assert (got["modality"], got["start"], got["precision"]) == ("actual", start, "day")


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # a day of other news is no launch's: results released, a deal announced
        ("Acme launched the Vireo EV in India. It released its results on Monday.", None),
        ("Acme launched the Vireo EV in India. It announced a buyback on Monday.", None),
        # two launch days: which one is the Vireo's is not told
        (
            "Acme launched the Vireo EV in India. A rival phone was unveiled on Monday, and"
            " a tablet was introduced on Wednesday.",
            None,
        ),
        # the launch's own time first
        (
            "Acme launched the Vireo EV in India in May. The Nova phone was unveiled on Wednesday.",
            dt.date(2025, 5, 1),
        ),
    ],
)
def test_the_launch_event_dates_no_launch_of_another_day(text: str, start: dt.date | None) -> None:
    [got] = [e for e in only(text, "product_launch") if e["product"] == "Vireo EV"]
    assert got["start"] == start


def test_a_planned_launch_keeps_its_horizon() -> None:
    text = "Acme will launch the Vireo EV in India. The Nova phone was unveiled on Wednesday."
    [got] = [e for e in only(text, "product_launch") if e["product"] == "Vireo EV"]
    assert (got["modality"], got["start"]) == ("plan", None)


@pytest.mark.parametrize(
    "text",
    [
        "Acme launched its Aero tablet last week. It has a big screen. It will retail at $299.",
        "Kestrel unveiled two sedans. They are priced from €41,000.",
        "Nordia showed its new headsets. These will be sold at NOK 4,990.",
    ],
)
def test_a_pronoun_is_no_product(text: str) -> None:
    names = [e["product"] for e in only(text, "product_launch")]
    assert not {"It", "They", "These"} & set(names)


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
    ("text", "product", "price", "start"),
    [
        # a price to come, its launch told by a pronoun: a plan of the launch's time
        (
            "The Nova 7 will retail at $699 when it goes on sale next month.",
            "Nova 7",
            699.0,
            dt.date(2025, 7, 1),
        ),
        (
            "The Falcon 5 will cost R$ 189,900 once deliveries of it begin in September.",
            "Falcon 5",
            189900.0,
            dt.date(2025, 9, 1),
        ),
        ("The Vela Pro will be sold at KES 8,999 when it launches.", "Vela Pro", 8999.0, None),
    ],
)
def test_a_price_to_come_with_a_launch_told_by_its_pronoun(
    text: str, product: str, price: float, start: dt.date | None
) -> None:
    [got] = only(text, "product_launch")
    assert (got["product"], got["price"], got["modality"], got["start"]) == (
        product,
        price,
        "plan",
        start,
    )


def test_a_price_now_beside_a_launch_to_come_is_left() -> None:
    # when the price holds from is not told: "ships once it is released in July"
    text = "The Aero 5 is priced at €899 and ships once it is released in July."
    assert only(text, "product_launch") == []


@pytest.mark.parametrize(
    ("text", "product", "price", "modality", "start"),
    [
        # the launch's price told sentences later by its kind: that launch's, at its time
        (
            "Acme launched its Aero tablet last week. It has a big screen. The tablet will"
            " retail at $299.",
            "Aero",
            299.0,
            "actual",
            dt.date(2025, 6, 2),
        ),
        (
            "Kestrel unveiled the Falcon 5 sedan on Monday. Its range is 500km. The car is"
            " priced from R$ 189,900.",
            "Falcon 5",
            189900.0,
            "actual",
            dt.date(2025, 6, 9),
        ),
        (
            "Nordia will launch its Lumen drug in July. Trials were long. The drug will cost"
            " NOK 5,500 a month.",
            "Lumen",
            5500.0,
            "plan",
            dt.date(2025, 7, 1),
        ),
        # another kind is another product: the launch keeps no price
        (
            "Acme launched its Aero tablet last week. It has a big screen. The phone will"
            " retail at $299.",
            "Aero",
            None,
            "actual",
            dt.date(2025, 6, 2),
        ),
        # a launch priced already keeps its price
        (
            "Acme launched its Aero tablet at $199 last week. It has a big screen. The tablet"
            " will retail at $299 in Europe.",
            "Aero",
            199.0,
            "actual",
            dt.date(2025, 6, 2),
        ),
    ],
)
def test_a_price_told_later_by_the_products_kind_is_its_launchs(
    text: str, product: str, price: float | None, modality: str, start: dt.date
) -> None:
    [got] = only(text, "product_launch")
    assert (got["product"], got["price"], got["modality"], got["start"]) == (
        product,
        price,
        modality,
        start,
    )


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


def test_a_patients_insurance_coverage_hides_no_price() -> None:
    [got] = only(
        "Quillon said Veltrix will cost $550 a month, before insurance coverage and discounts.",
        "product_launch",
    )
    assert (got["product"], got["price"], got["modality"]) == ("Veltrix", 550.0, "plan")


@pytest.mark.parametrize(
    ("text", "events"),
    [
        # shown now, priced in the next sentence for a sale to come: the launch and the plan
        (
            "Zorvex revealed its next electric SUV, the Vela X9, on Tuesday. The Vela X9 won't go"
            " into production until 2027, but when it does it will come with a starting price"
            " of $52,000.",
            [
                ("Vela X9", None, "actual", dt.date(2025, 6, 10), "day"),
                ("Vela X9", 52000.0, "plan", dt.date(2027, 1, 1), "year"),
            ],
        ),
        (
            "Acme unveiled the Nova Fold on Monday. It will cost €1,499 when it goes on sale"
            " next month.",
            [
                ("Nova Fold", None, "actual", dt.date(2025, 6, 9), "day"),
                ("Nova Fold", 1499.0, "plan", dt.date(2025, 7, 1), "month"),
            ],
        ),
        # a price of now is the launch's own; a plan's price is the plan's
        (
            "Acme launched the Nova Fold on Monday. It costs €1,499.",
            [("Nova Fold", 1499.0, "actual", dt.date(2025, 6, 9), "day")],
        ),
        (
            "Acme will launch the Nova Fold in July. It will cost €1,499.",
            [("Nova Fold", 1499.0, "plan", dt.date(2025, 7, 1), "month")],
        ),
    ],
)
def test_a_product_shown_now_and_priced_next_for_a_sale_to_come_is_also_a_plan(
    text: str, events: list[tuple[str, float | None, str, dt.date, str]]
) -> None:
    got = only(text, "product_launch")
    assert [(e["product"], e["price"], e["modality"], e["start"], e["precision"]) for e in got] == (
        events
    )


@pytest.mark.parametrize(
    ("text", "products"),
    [
        ("Zorvex presented the ID.7 as a concept car on Monday.", ["ID.7"]),
        ("Quillon unveiled the EX.Nova in the U.S. on Tuesday.", ["EX.Nova"]),
        # "U.S." is a place, no name of a product
        ("Acme launched the phone in the U.S. on Monday.", []),
    ],
)
def test_a_name_whose_capitals_a_point_joins_to_a_number_or_word(
    text: str, products: list[str]
) -> None:
    assert [e["product"] for e in only(text, "product_launch")] == products


@pytest.mark.parametrize(
    ("text", "product", "start"),
    [
        # a sale begun, however it is qualified, is a launch
        (
            "Acme began a limited sale of its new Nova Brew in Oslo on Monday.",
            "Nova Brew",
            dt.date(2025, 6, 9),
        ),
        (
            "Zorvex has started a longer-term test sale of its non-alcoholic Lumen Lager in London"
            " pubs.",
            "Lumen Lager",
            None,
        ),
    ],
)
def test_a_sale_begun_of_a_product_is_its_launch(
    text: str, product: str, start: dt.date | None
) -> None:
    [got] = only(text, "product_launch")
    assert (got["product"], got["modality"], got["start"]) == (product, "actual", start)


@pytest.mark.parametrize(
    "text",
    [
        "Acme started a partial sale of its Apple shares.",
        "Acme completed the sale of its Nordic unit on Monday.",
    ],
)
def test_a_sale_of_shares_or_a_unit_is_no_launch(text: str) -> None:
    assert only(text, "product_launch") == []


def test_a_plan_for_as_the_year_continues_is_this_years() -> None:
    [got] = only(
        'Quillon said it "looks forward to introducing the Nova Brew to more cafes as the year'
        ' continues".',
        "product_launch",
    )
    assert (got["modality"], got["start"], got["end"]) == (
        "plan",
        dt.date(2025, 1, 1),
        dt.date(2025, 12, 31),
    )


@pytest.mark.parametrize(
    ("text", "launches"),
    [
        # another product the verb governs, with its own time after the first's words
        (
            "Zorvex plans to launch its new EV Vela C for the US market in the fourth quarter of"
            " this year, and a Vela D in 2027, its chairman said.",
            [
                ("Vela C", "plan", dt.date(2025, 10, 1), "quarter"),
                ("Vela D", "plan", dt.date(2027, 1, 1), "year"),
            ],
        ),
        (
            "Acme launched the Nova X5 in India on Monday, and the Nova X6 in Europe on Friday.",
            [
                ("Nova X5", "actual", dt.date(2025, 6, 9), "day"),
                ("Nova X6", "actual", dt.date(2025, 6, 13), "day"),
            ],
        ),
        # a market, a company or a new clause after ", and" is no product
        (
            "Acme plans to launch the Nova X5 in India in March, and the US in 2027.",
            [("Nova X5", "plan", dt.date(2026, 3, 1), "month")],
        ),
        (
            "Acme launched the Nova X5 in India on Monday, and Apple in 2024.",
            [("Nova X5", "actual", dt.date(2025, 6, 9), "day")],
        ),
        (
            "Acme launched the Nova X5 in India on Monday, and shares rose in early trading.",
            [("Nova X5", "actual", dt.date(2025, 6, 9), "day")],
        ),
    ],
)
def test_a_product_told_after_anothers_launch_with_its_own_time(
    text: str, launches: list[tuple[str, str, dt.date, str]]
) -> None:
    got = only(text, "product_launch")
    assert [(e["product"], e["modality"], e["start"], e["precision"]) for e in got] == launches


@pytest.mark.parametrize(
    ("text", "product", "start"),
    [
        # a plan whose product is told in lower case, by its kind
        (
            "Acme plans to launch a budget smartphone in India next year.",
            "budget smartphone",
            dt.date(2026, 1, 1),
        ),
        (
            "The company plans to complete the roll out a new lineup of smart beds in the second"
            " half.",
            "new lineup of smart beds",
            None,
        ),
        (
            "Zorvex will introduce its first electric SUV in Europe in 2026.",
            "first electric SUV",
            dt.date(2026, 1, 1),
        ),
    ],
)
def test_a_plan_whose_product_is_told_in_lower_case(
    text: str, product: str, start: dt.date | None
) -> None:
    [got] = only(text, "product_launch")
    assert (got["product"], got["modality"], got["start"]) == (product, "plan", start)


@pytest.mark.parametrize(
    "text",
    [
        # done, not planned: the name is still to be told
        "Acme launched a budget smartphone in India on Monday.",
        # "the phone" stands for a product named, none here
        "Acme plans to launch the phone in India next year.",
        # no product
        "Acme plans to launch a review of its strategy in May.",
        "Acme said it would launch a chatbot service in March.",
        # a count sums up launches told one by one
        "Quillon Motor will launch two higher-end luxury vehicles in Japan next year.",
        "Acme plans to introduce several new SUVs in India next year.",
        # expected or guessed at by others
        "Analysts expect Acme to launch a budget smartphone next year.",
        "Acme could launch a budget smartphone next year.",
    ],
)
def test_a_lower_case_object_is_no_plans_product(text: str) -> None:
    assert only(text, "product_launch") == []


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
    "text",
    [
        # money is no count of orders or units
        "Zorvex launched its Vela X7 on Monday. It took pre-orders with a deposit of 5,000 yuan.",
        "Quillon opened orders for the Nova EV at a starting price of RMB 119,800.",
        "Orders for the Lumen X2 open today at €2,400 each.",
        # units of a security are no units sold
        "Kestrel Capital acquired 2.6 billion units of shares in Zorvex Power.",
    ],
)
def test_money_or_units_of_shares_are_no_product_metric(text: str) -> None:
    assert only(text, "product_metric") == []


def test_a_count_beside_money_is_still_a_metric() -> None:
    [got] = only(
        "Zorvex launched the Vela X7 on Monday. Priced at 119,800 yuan, it drew 10,000 orders"
        " in two minutes.",
        "product_metric",
    )
    assert (got["metric"], got["value"]) == ("orders", 10000.0)


def test_a_word_in_scare_quotes_is_no_product_of_a_metric() -> None:
    text = (
        "Daily active users rose to 420 million. The company noted progress in"
        ' "diversifying" its revenue, with daily active users up 12 million.'
    )
    assert [e["product"] for e in only(text, "product_metric")] == []


def test_a_quoted_name_is_the_product_of_a_metric() -> None:
    [got] = only('The "Lumo Chat" app reached 18 million monthly active users.', "product_metric")
    assert (got["product"], got["value"]) == ("Lumo Chat", 18e6)


@pytest.mark.parametrize(
    "text",
    [
        # a launch not made, denied, called off or only weighed is no launch, nor a plan
        "Quillon did not launch the Vela X5 on Monday as expected.",
        "Zorvex has yet to launch the Lumen Pad in Europe.",
        "Zorvex never released the Lumen Pad outside Japan.",
        "Nordia has no plans to launch the Aero 7 in India.",
        "Quillon denied it would launch the Vela X5 this year.",
        "Zorvex scrapped plans to launch the Lumen Pad.",
        "Nordia cancelled the launch of the Aero 7 in Europe.",
        "Quillon called off the launch of the Vela X5 in India.",
        "Zorvex abandoned the Lumen Pad launch.",
        "Nordia is considering launching the Aero 7 in India.",
    ],
)
def test_a_launch_not_made_or_called_off_is_none(text: str) -> None:
    assert only(text, "product_launch", published="2025-06-13") == []


@pytest.mark.parametrize(
    ("text", "start", "precision"),
    [
        # a launch put off is a plan, of the time it is put off to
        ("Quillon delayed the launch of the Vela X5 to 2026.", dt.date(2026, 1, 1), "year"),
        ("Zorvex pushed back the release of the Vela X5 to March.", dt.date(2026, 3, 1), "month"),
        ("The launch of the Vela X5 has been delayed until 2026.", dt.date(2026, 1, 1), "year"),
        ("The Vela X5 won't go on sale until March.", dt.date(2026, 3, 1), "month"),
        # never the day it was put off
        ("Quillon postponed the release of the Vela X5 on Monday.", None, "unknown"),
        # a wish, talks or the company's own expectation: a plan
        ("Quillon hopes to launch the Vela X5 in 2026.", dt.date(2026, 1, 1), "year"),
        (
            "Quillon is in talks to launch the Vela X5 in India in 2026.",
            dt.date(2026, 1, 1),
            "year",
        ),
        ("Quillon expects to launch the Vela X5 in 2026.", dt.date(2026, 1, 1), "year"),
    ],
)
def test_a_launch_put_off_or_wished_for_is_a_plan(
    text: str, start: dt.date | None, precision: str
) -> None:
    [got] = only(text, "product_launch", published="2025-06-13")
    assert (got["product"], got["modality"], got["start"], got["precision"]) == (
        "Vela X5",
        "plan",
        start,
        precision,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Acme not only launched the Nova X5 on Monday but also cut prices.",
        "Acme launched the Nova X5, whose rival was delayed, on Monday.",
        "Apple has killed off the SE range and introduced the new Nova X5 on Monday.",
    ],
)
def test_a_launch_beside_a_negation_or_a_delay_of_another_is_made(text: str) -> None:
    [got] = only(text, "product_launch", published="2025-06-13")
    assert (got["product"], got["modality"], got["start"]) == (
        "Nova X5",
        "actual",
        dt.date(2025, 6, 9),
    )


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


def test_a_markets_count_is_no_count_of_the_last_product() -> None:
    text = (
        "Zorvex launched the Vela EV in India on Monday. India's electric car market is still"
        " small, with only 90,000 units sold last year."
    )
    assert only(text, "product_metric") == []


def test_a_count_after_a_launch_is_still_the_last_products() -> None:
    text = "Zorvex launched the Vela EV in India on Monday. It took 12,000 orders in a day."
    [got] = only(text, "product_metric")
    assert (got["product"], got["metric"], got["value"]) == ("Vela EV", "orders", 12000.0)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # a delay, a cancellation or a kind alone told beside a launch made leaves it made
        ("Acme launched the Nova X5 after production was delayed.", None),
        ("After a brief delay Acme launched the Nova X5 on Monday.", dt.date(2025, 6, 9)),
        ("Acme scrapped its dividend to launch the Nova X5 on Monday.", dt.date(2025, 6, 9)),
        (
            "The company, which did not disclose the price, launched the Nova X5 on Monday.",
            dt.date(2025, 6, 9),
        ),
        ("It was not until March that Acme launched the Nova X5.", dt.date(2025, 3, 1)),
    ],
)
def test_a_launch_made_beside_a_delay_or_a_negation_of_something_else(
    text: str, start: dt.date | None
) -> None:
    [got] = only(text, "product_launch", published="2025-06-13")
    assert (got["product"], got["modality"], got["start"]) == ("Nova X5", "actual", start)


def test_a_bare_kind_is_no_plans_product() -> None:
    assert only("Acme will launch an app in India next month.", "product_launch") == []


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


@pytest.mark.parametrize(
    ("text", "products"),
    [
        # one launch told twice, its number in Roman then Arabic figures, or in other case
        (
            "At the time of Quillon Saga XVI's launch, rivals were quiet. That was two days"
            " before Quillon Saga 16 launched.",
            ["Quillon Saga XVI"],
        ),
        (
            "Zorvex launched the NOVA X5 on Monday. The Nova X5 launched in India on Friday.",
            ["NOVA X5"],
        ),
        # two numbers are two products; a plan beside a launch is another fact
        (
            "Zorvex launched the Nova III on Monday. The Nova IV launched on Friday.",
            ["Nova III", "Nova IV"],
        ),
        (
            "Zorvex launched the Nova III in Japan on Monday. Nova 3 will go on sale in Europe in"
            " July.",
            ["Nova III", "Nova 3"],
        ),
    ],
)
def test_a_launch_told_again_under_another_spelling_is_one(text: str, products: list[str]) -> None:
    assert [e["product"] for e in only(text, "product_launch")] == products
