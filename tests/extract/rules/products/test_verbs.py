from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.helpers import only


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
        "It seems similar to the launch of Quillon Saga, which sold well in its first week.",
        "Unlike the release of the Nova 3, demand held up.",
        "Compared with the debut of the Nova 3 phone, sales were slow.",
    ],
)
def test_a_launch_the_news_is_compared_with_is_no_launch(text: str) -> None:
    assert only(text, "product_launch") == []


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


def test_a_patients_insurance_coverage_hides_no_price() -> None:
    [got] = only(
        "Quillon said Veltrix will cost $550 a month, before insurance coverage and discounts.",
        "product_launch",
    )
    assert (got["product"], got["price"], got["modality"]) == ("Veltrix", 550.0, "plan")


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


@pytest.mark.parametrize(
    "text",
    [
        "The report presented evidence purporting to show that Zorvex carried out a “sham” sale.",
        "The chief executive presented the results to investors on Tuesday.",
    ],
)
def test_presenting_evidence_or_results_is_no_launch(text: str) -> None:
    assert only(text, "product_launch", subject="Zorvex") == []


def test_presenting_a_thing_is_still_a_launch() -> None:
    text = "Zorvex presented an all-electric saloon, the Nova X5, at the Auto China show."
    assert len(only(text, "product_launch", subject="Zorvex")) == 1
