from __future__ import annotations

import pytest

from tests.extract.helpers import only


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
        "Nimbus is a large AI-powered language model introduced in 2019.",
        "It unveiled a Cloud-based platform for retailers on Monday.",
    ],
)
def test_a_compound_adjective_is_no_product_name(text: str) -> None:
    assert only(text, "product_launch") == []


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


def test_a_phones_variant_called_a_model_is_no_ai_model() -> None:
    text = (
        "Quillon on Tuesday launched the Nova X5 smartphone in India, priced at Rs 24,999, "
        "while the 12GB model costs Rs 27,999."
    )
    [launch] = only(text, "product_launch", subject="Quillon")
    assert launch["category"] == "smartphone"


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
    ("text", "product"),
    [
        # a city's or region's name may be a product's
        (
            "Zorvex Motors on Wednesday launched the Aurora in India, priced at Rs 18.5 lakh.",
            "Aurora",
        ),
        ("Zorvex launched the Tucson Hybrid on Tuesday.", "Tucson Hybrid"),
    ],
)
def test_a_place_s_name_may_be_a_product_s(text: str, product: str) -> None:
    [launch] = only(text, "product_launch", subject="Zorvex Motors")
    assert launch["product"] == product


def test_a_country_is_no_product() -> None:
    assert only("Zorvex celebrated the India launch of its app on Tuesday.", "product_launch") == []
