from __future__ import annotations

import pytest

from timeline.extract.numbers import find_counts, find_money, find_percents, parse_number


@pytest.mark.parametrize(
    ("text", "value", "currency", "qualifier"),
    [
        ("approximately $16.3 million worth", 16.3e6, "USD", "approx"),
        ("priced from 1,899 yuan", 1899.0, "CNY", "exact"),
        ("a target of HK$240", 240.0, "HKD", "exact"),
        ("valued at a substantial $7.8 billion", 7.8e9, "USD", "exact"),
        ("exceeding $500 million", 500e6, "USD", "at_least"),
        ("up to €34,990", 34990.0, "EUR", "at_most"),
        ("revenue of 248 billion yuan", 248e9, "CNY", "exact"),
        ("a $2bn buyback", 2e9, "USD", "exact"),
        ("700 Danish crowns", 700.0, "DKK", "exact"),
        ("a target price of 985 TL per share", 985.0, "TRY", "exact"),
        ("4.6 trillion won", 4.6e12, "KRW", "exact"),
        ("US$1,012.35 a share", 1012.35, "USD", "exact"),
        ("fell to 2,970 pence", 2970.0, "GBX", "exact"),
        ("closed at 454.2p", 454.2, "GBX", "exact"),
        ("around 50 cents", 0.5, "USD", "approx"),
    ],
)
def test_money(text: str, value: float, currency: str, qualifier: str) -> None:
    [m] = find_money(text)
    assert (m.value, m.currency, m.qualifier) == (value, currency, qualifier)
    assert text[m.start : m.end].strip()


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        # a decimal comma before the comma that ends its clause
        ("closed at €12,45, up 1,2%", 12.45, "EUR"),
        ("ended at 8,15 euros, a gain", 8.15, "EUR"),
        ("traded at €1.204,50, down", 1204.5, "EUR"),
        # a thousands comma stays one
        ("closed at €1,245, up 2%", 1245.0, "EUR"),
    ],
)
def test_a_decimal_comma_before_a_clauses_comma(text: str, value: float, currency: str) -> None:
    m = find_money(text)[0]
    assert (m.value, m.currency) == (value, currency)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("an order book of ₹6,67,047 crore", 6_670_470_000_000),
        ("a market value of Rs 12,34,560 crore", 12_345_600_000_000),
        ("a payout of Rs 1,23,45,678", 12_345_678),
        ("revenue of ₹67,983 crore", 679_830_000_000),  # English grouping still
        ("sold for $1,234,567", 1_234_567),
    ],
)
def test_indian_grouping_in_lakhs(text: str, value: float) -> None:
    [money] = find_money(text)
    assert money.value == value


def test_a_target_word_is_not_a_scale() -> None:
    [m] = find_money("a $190 target")
    assert m.value == 190.0


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("surged 6.39%, closing", [6.39]),
        ("grew 17.5 percent year over year", [17.5]),
        ("a −3% move and a +2 pct gain", [-3.0, 2.0]),
        ("margin of 36 per cent", [36.0]),
    ],
)
def test_percents(text: str, values: list[float]) -> None:
    assert [p.value for p in find_percents(text)] == values


def test_counts_with_scales_and_words() -> None:
    assert [c.value for c in find_counts("2.28 million units and one trillion parameters")] == [
        2.28e6,
        1e12,
    ]
    assert parse_number("1,899") == 1899.0


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("closed at EGP 60.35", 60.35, "EGP"),
        ("at SAR 26.85 apiece", 26.85, "SAR"),
        ("worth 1,200 ZAR", 1200, "ZAR"),
        ("closing at ₦22.00", 22.0, "NGN"),
        ("close at ₱258 each", 258, "PHP"),
        ("R$ 12.40 a share", 12.40, "BRL"),
        ("for Rs 304 crore", 3_040_000_000, "INR"),
    ],
)
def test_money_in_any_iso_code_or_symbol(text: str, value: float, currency: str) -> None:
    assert [(a.value, a.currency) for a in find_money(text)] == [(pytest.approx(value), currency)]


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("revenue of 214.64 billion Mexican pesos", 214.64e9, "MXN"),
        ("a profit of 2.1 billion Philippine pesos", 2.1e9, "PHP"),
        ("sales of 3.2 billion Brazilian reais", 3.2e9, "BRL"),
        ("a loss of 45 million Canadian dollars", 45e6, "CAD"),
        ("EBITDA of 900 million Chilean pesos", 900e6, "CLP"),
        ("raised 120 million US dollars", 120e6, "USD"),
        ("a dividend of 1.5 billion Saudi riyals", 1.5e9, "SAR"),
    ],
)
def test_a_currency_named_with_its_people(text: str, value: float, currency: str) -> None:
    assert [(a.value, a.currency) for a in find_money(text)] == [(pytest.approx(value), currency)]


def test_pesos_alone_stay_the_default_peso() -> None:
    assert [a.currency for a in find_money("revenue of 5 billion pesos")] == ["MXN"]


def test_a_headline_word_in_capitals_is_no_currency() -> None:
    assert find_money("TOP 10 STOCKS AND ALL 5 SECTORS") == ()


def test_cents_written_with_a_c() -> None:
    assert [a.value for a in find_money("The target falls to 26c from 31c.")] == [0.26, 0.31]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Tenaga added 20 sen to RM12.80", [(0.2, "MYR"), (12.8, "MYR")]),
        ("a high of Dh6.81", [(6.81, "AED")]),
        (
            "from GHC 3.76 to GHC 3.90, gaining 14 pesewas",
            [(3.76, "GHS"), (3.9, "GHS"), (0.14, "GHS")],
        ),
        ("to close at N1.85", [(1.85, "NGN")]),
        ("an SR30 million facility", [(30_000_000, "SAR")]),
        ("N95 masks on the PLATFORM 9 line", []),
        ("fell 1.75 percent to Kc1,680, CEZ flat at Kč 1,110", [(1680, "CZK"), (1110, "CZK")]),
        ("closing at ZiG 81.1667", [(81.1667, "ZWG")]),
        ("MOL rose to Ft 2,950, Richter to Ft10,320", [(2950, "HUF"), (10320, "HUF")]),
        ("a turnover of Ft 26.5 billion", [(26_500_000_000, "HUF")]),
        ("a 500 Ft fee, 300 Ft. above, the Ft Worth office", []),
        ("to N3,458 per share, GTCO at N92 per share", [(3458, "NGN"), (92, "NGN")]),
        ("the N1000 model, PLATFORM N 2,000", []),
        ("paid 500 korunas for 300 kcal", [(500, "CZK")]),
    ],
)
def test_local_currency_signs_in_their_own_case(text: str, found: list[tuple[float, str]]) -> None:
    assert [(pytest.approx(a.value), a.currency) for a in find_money(text)] == found


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        ("cut its target from R107 to R94", [(107.0, "ZAR"), (94.0, "ZAR")]),
        ("a R2.5bn deal", [(2.5e9, "ZAR")]),
        ("the DeepSeek R1 model and the R&D budget", []),
    ],
)
def test_the_rand_written_with_its_sign(text: str, amounts: list[tuple[float, str]]) -> None:
    assert [(a.value, a.currency) for a in find_money(text)] == amounts


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("surging 10.4% to 158 baisas", 0.158, "OMR"),  # a thousandth of the rial
        ("fell to 85 halalas", 0.85, "SAR"),
        ("added 20 sen to RM12.80", 0.2, "MYR"),
        ("gained 14 pesewas", 0.14, "GHS"),
    ],
)
def test_a_currencys_subunit_is_its_fraction(text: str, value: float, currency: str) -> None:
    [first, *_] = find_money(text)
    assert (first.value, first.currency) == (value, currency)


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("EBIT is estimated at €520-600 million this year", 520e6, "EUR"),
        ("revenue guidance of $15.1-15.5 billion", 15.1e9, "USD"),
        ("sales of Rs 2,100-2,250 crore", 2100e7, "INR"),
        ("capex of USD 3–4 bn", 3e9, "USD"),
    ],
)
def test_a_range_with_one_scale_is_read_at_least_its_bottom(
    text: str, value: float, currency: str
) -> None:
    [m] = find_money(text)
    assert (m.value, m.currency, m.qualifier) == (value, currency, "at_least")


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("a target range of Rs 2,100-2,250", [2100.0]),  # no scale after it: a price's range
        ("EBIT of €520 million to €600 million", [520e6, 600e6]),
        ("priced at $10-12 a share", [10.0]),
    ],
)
def test_a_range_without_a_scale_after_it_is_read_as_before(text: str, values: list[float]) -> None:
    found = find_money(text)
    assert [m.value for m in found] == values
    assert all(m.qualifier == "exact" for m in found)
