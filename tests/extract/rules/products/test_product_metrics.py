from __future__ import annotations

import pytest

from tests.extract.helpers import only


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
