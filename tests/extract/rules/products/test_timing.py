from __future__ import annotations

import datetime as dt

import pytest

from tests.extract.helpers import only


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
        # the product in apposition before the plan's verb; a part of a year is that year
        (
            "Zorvex Vision, the company's all-new AR/VR product, will hit stores in early 2026.",
            "Zorvex Vision",
            dt.date(2026, 1, 1),
        ),
        (
            "The ZX5, its first folding phone, is set to go on sale in mid-2026.",
            "ZX5",
            dt.date(2026, 1, 1),
        ),
    ],
)
def test_a_launch_still_to_come_is_a_plan(text: str, product: str, start: dt.date) -> None:
    (launch,) = only(text, "product_launch", published="2025-03-07", subject="Zorvex")
    assert (launch["product"], launch["modality"], launch["start"]) == (product, "plan", start)


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
        "Acme unveiled its next headset, the Orbit 3, which will ship this fall at $500.",
        "Acme unveiled the Vela X7 sedan, which is due to go on sale next year.",
        "Acme showcased its Nova Fold phone on Tuesday, which will be available from July.",
    ],
)
def test_a_product_shown_now_and_sold_later_is_a_plan(text: str) -> None:
    [got] = only(text, "product_launch")
    assert got["modality"] == "plan"


@pytest.mark.parametrize(
    "text",
    [
        "Acme on Wednesday unveiled the Z10 phone, priced from $799, which goes on sale on March 21.",
        "Acme unveiled the Z10, which ships March 21.",
    ],
)
def test_a_product_shown_now_and_sold_later_in_the_present_is_a_plan_for_that_day(
    text: str,
) -> None:
    [got] = only(text, "product_launch", published="2025-03-13")
    assert (got["modality"], got["start"]) == ("plan", dt.date(2025, 3, 21))


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
