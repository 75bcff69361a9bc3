from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.helpers import only


def test_the_price_can_follow_in_the_next_sentence() -> None:
    text = "Acme launched its Lumen Glasses series in May. Priced from 1,899 yuan, they ship now."
    [got] = only(text, "product_launch")
    assert (got["product"], got["price"], got["currency"]) == ("Lumen Glasses", 1899.0, "CNY")
    assert (got["start"], got["precision"]) == (dt.date(2025, 5, 1), "month")


def test_a_price_in_the_next_sentence_of_another_launch_is_not_this_ones() -> None:
    text = "Acme will begin selling the EcoAir 9 in July. Globex introduced the Sollen One, priced at $799."
    first = only(text, "product_launch")[0]
    assert (first["product"], first["price"]) == ("EcoAir 9", None)


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
