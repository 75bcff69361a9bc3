from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.helpers import only


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


def test_a_bare_kind_is_no_plans_product() -> None:
    assert only("Acme will launch an app in India next month.", "product_launch") == []


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
