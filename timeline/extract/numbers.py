"""Numbers, money and percentages as financial news writes them.

>>> from timeline.extract.numbers import find_money, find_percents
>>> [(m.value, m.currency) for m in find_money("HK$240, $16.3 million, 1,899 yuan, $7.8bn")]
[(240.0, 'HKD'), (16300000.0, 'USD'), (1899.0, 'CNY'), (7800000000.0, 'USD')]
>>> [(p.value, p.qualifier) for p in find_percents("up 6.39%, over 11 percent, about -3%")]
[(6.39, 'exact'), (11.0, 'at_least'), (-3.0, 'approx')]
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

import pycountry

from timeline.extract.gates import Gates, gated
from timeline.extract.text import per_sentence

__all__ = [
    "COUNT_WORDS",
    "CURRENCY_CODES",
    "CURRENCY_WORDS",
    "Amount",
    "find_counts",
    "find_money",
    "find_percents",
    "parse_number",
    "qualifier_before",
    "word_number",
]

_SCALES = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mn": 1e6,
    "mln": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "t": 1e12,
    # Indian numbering: "Rs 304 crore", "75 lakh shares"
    "crore": 1e7,
    "crores": 1e7,
    "cr": 1e7,
    "lakh": 1e5,
    "lakhs": 1e5,
}
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
          "eighteen", "nineteen")  # fmt: skip
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_WORDS: dict[str, float] = {
    **{w: i for i, w in enumerate(_UNITS, 1)},
    **{w: i for i, w in enumerate(_TEENS, 10)},
    **{w: 10 * i for i, w in enumerate(_TENS, 2)},
    "hundred": 100,
    "a": 1,
    "half a": 0.5,
}
# English (1,050.50), European (1.050,50) and decimal-comma (2,5) numbers.
# (a comma after it ends a clause, "closed at €12,45, up 1,2%"; not "1,23,456", India's lakhs)
_EUROPEAN_NUM = r"\d{1,3}(?:\.\d{3})+,\d+|\d+,\d{1,2}(?!\d|,\d)"
# India's grouping in lakhs and crores: "6,67,047", "1,23,45,678"
_INDIAN_NUM = r"\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])"
_NUM = rf"(?P<num>{_EUROPEAN_NUM}|(?:{_INDIAN_NUM}|\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?)"
_EUROPEAN = re.compile(_EUROPEAN_NUM)
_WORDNUM = r"(?P<word>" + "|".join(sorted(_WORDS, key=len, reverse=True)) + ")"
# A scale written as a word after a number: "million", "bn", "crore" ("m" is `_SCALE`'s short)
_SCALE_WORDS = r"trillion|billion|million|thousand|bn|mn|mln|tn|crores?|cr|lakhs?"
_SCALE = rf"(?:\s?-?(?P<scale>{_SCALE_WORDS})\b|(?P<short>[kmbt])\b)"
# The top of a range whose scale is written once, after it: "€520-600 million", "$1.2-1.4
# billion" (the amount read is the range's bottom, at least)
_RANGE_TOP = (
    r"(?:\s?[-–]\s?(?P<top>\d{1,3}(?:,\d{3})*(?:\.\d+)?)"
    rf"(?=\s?(?:{_SCALE_WORDS})\b))?"
)
_PREFIX_CUR = {
    "us$": "USD",
    "$": "USD",
    "usd": "USD",
    "hk$": "HKD",
    "hkd": "HKD",
    "c$": "CAD",
    "a$": "AUD",
    "s$": "SGD",
    "€": "EUR",
    "eur": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "¥": "CNY",
    "rmb": "CNY",
    "cny": "CNY",
    "jpy": "JPY",
    "dkk": "DKK",
    "sek": "SEK",
    "chf": "CHF",
    "inr": "INR",
    "₹": "INR",
    "rs.": "INR",
    "rs": "INR",
    "nt$": "TWD",
    "twd": "TWD",
    "krw": "KRW",
    "₩": "KRW",
    "sgd": "SGD",
    "nz$": "NZD",
    "r$": "BRL",
    "₦": "NGN",
    "₱": "PHP",
    "₺": "TRY",
    "₽": "RUB",
    "₪": "ILS",
    "₫": "VND",
    "฿": "THB",
}
_SUFFIX_CUR = {
    "yuan": "CNY",
    "renminbi": "CNY",
    "rmb": "CNY",
    "hong kong dollars": "HKD",
    "hk dollars": "HKD",
    "dollars": "USD",
    "euros": "EUR",
    "euro": "EUR",
    "yen": "JPY",
    "pounds": "GBP",
    "won": "KRW",
    "rupees": "INR",
    "pesos": "MXN",  # the Philippines' where the article is (`markets.local_currency`)
    "danish crowns": "DKK",
    "danish kroner": "DKK",
    "swedish crowns": "SEK",
    "swedish kronor": "SEK",
    "norwegian crowns": "NOK",
    "norwegian kroner": "NOK",
    "swiss francs": "CHF",
    "francs": "CHF",
    "kronor": "SEK",
    "crowns": "DKK",  # whose crowns the article's market tells (`markets.local_currency`)
    "baht": "THB",
    "ringgit": "MYR",
    "rupiah": "IDR",
    "reais": "BRL",
    "lira": "TRY",
    "liras": "TRY",
    "tl": "TRY",  # the lira as the Turkish press writes it in English: "985 TL per share"
    "zlotys": "PLN",
    "zloty": "PLN",
    "forints": "HUF",
    "dirhams": "AED",
    "riyals": "SAR",
    "shekels": "ILS",
    "naira": "NGN",
    "roubles": "RUB",
    "rubles": "RUB",
    "rand": "ZAR",
    "koruna": "CZK",
    "korunas": "CZK",
    # a currency name with its people, which settles whose it is ("214.64 billion Mexican pesos",
    # "3.2 billion Brazilian reais", "45 million Canadian dollars")
    "mexican pesos": "MXN",
    "philippine pesos": "PHP",
    "chilean pesos": "CLP",
    "colombian pesos": "COP",
    "argentine pesos": "ARS",
    "brazilian reais": "BRL",
    "brazilian real": "BRL",
    "south african rand": "ZAR",
    "egyptian pounds": "EGP",
    "saudi riyals": "SAR",
    "qatari riyals": "QAR",
    "omani rials": "OMR",
    "kuwaiti dinars": "KWD",
    "uae dirhams": "AED",
    "moroccan dirhams": "MAD",
    "nigerian naira": "NGN",
    "kenyan shillings": "KES",
    "indian rupees": "INR",
    "pakistani rupees": "PKR",
    "sri lankan rupees": "LKR",
    "indonesian rupiah": "IDR",
    "malaysian ringgit": "MYR",
    "thai baht": "THB",
    "japanese yen": "JPY",
    "chinese yuan": "CNY",
    "south korean won": "KRW",
    "korean won": "KRW",
    "turkish lira": "TRY",
    "polish zlotys": "PLN",
    "polish zloty": "PLN",
    "hungarian forints": "HUF",
    "czech korunas": "CZK",
    "czech crowns": "CZK",
    "icelandic crowns": "ISK",
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "canadian dollars": "CAD",
    "australian dollars": "AUD",
    "new zealand dollars": "NZD",
    "singapore dollars": "SGD",
    "taiwan dollars": "TWD",
    "new taiwan dollars": "TWD",
    # ISO codes after the amount ("261 HKD", "3,750 INR")
    **{code.lower(): code for code in ("USD", "EUR", "GBP", "JPY", "HKD", "CNY", "INR", "DKK")},
    **{code.lower(): code for code in ("CHF", "SEK", "NOK", "KRW", "TWD", "SGD", "AUD", "CAD")},
}
#: The words of a currency written after its amount ("2,078.5 yen", "41 euros"), as a regex
#: alternation.
CURRENCY_WORDS = "|".join(re.escape(c) for c in sorted(_SUFFIX_CUR, key=len, reverse=True))
#: Words that name a currency or a unit of amount ("Rs", "won", "crore"): never a company.
AMOUNT_WORDS = frozenset(
    [c.rstrip(".$") for c in (*_PREFIX_CUR, *_SUFFIX_CUR) if len(c.rstrip(".$")) > 1]
    + [c.rstrip(".") for c in (*_PREFIX_CUR, *_SUFFIX_CUR) if c.rstrip(".").isalpha()]
    + ["crore", "crores", "cr", "lakh", "lakhs", "pc", "bn", "mn", "mln", "billion", "million"]
)
# Every ISO 4217 code (pycountry), written in capitals before or after an amount: "EGP 60.35",
# "SAR 26.85", "1,200 ZAR"; not metals and funds (X..), nor codes that are English words in a
# headline's capitals ("TOP 10", "ALL 5").
_WORD_CODES = frozenset({"ALL", "TOP", "CUP", "BOB", "PEN", "SOS", "GEL", "MOP"})
#: The ISO 4217 codes read as money in capitals ("KES 7,499"): never a company's name either.
CURRENCY_CODES = frozenset(
    c.alpha_3
    for c in pycountry.currencies
    if not c.alpha_3.startswith("X") and c.alpha_3 not in _WORD_CODES
)
_ISO = "|".join(sorted(CURRENCY_CODES))
_ISO_MONEY = (
    re.compile(rf"(?<![\w$€£¥])(?P<code>{_ISO})\s?{_NUM}{_RANGE_TOP}{_SCALE}?"),
    re.compile(rf"(?<![\w$€£¥.]){_NUM}{_SCALE}?\s(?P<code>{_ISO})\b"),
)
# Local currency signs written in letters, matched in their own case so that no word is read
# as money: "RM12.80" (ringgit), "Dh6.81" (dirham), "GHC 3.90" (cedi), "SR30" (riyal),
# "KSh 12" (shilling), "N1.85" (naira, with its kobo written: "N1.85", "N 0.40"), "R94" (rand),
# "Kc1,680" (koruna, as the Czech wire writes it in English), "ZiG 81.1667" (Zimbabwe Gold),
# "Ft 25,000" (forint, as the Hungarian press writes it in English), "Tk479.8" (taka, as the
# Dhaka press writes it)
_LOCAL_SIGNS = {
    "Tk": "BDT",
    "RM": "MYR",
    "P": "PHP",
    "Dh": "AED",
    "Dhs": "AED",
    "GHC": "GHS",
    "GH¢": "GHS",
    "GH₵": "GHS",
    "SR": "SAR",
    "QR": "QAR",
    "KSh": "KES",
    "Ksh": "KES",
    "Rp": "IDR",
    "E£": "EGP",
    "N": "NGN",
    "R": "ZAR",
    "Kč": "CZK",
    "Kc": "CZK",
    "ZiG": "ZWG",
    "Ft": "HUF",
}
_LOCAL_MONEY = re.compile(
    r"(?<![\w$€£¥.])(?P<cur>RM|Dhs?|GH[C¢₵]|SR|QR|KSh|Ksh|Rp|E£|K[čc]|ZiG|Ft(?=\s?\d)|Tk(?=\s?\d)|"
    # the naira with its kobo ("N1.85"), its thousands ("N3,458") or per share ("N92 per share")
    r"N(?=\s?\d+(?:,\d{3})*\.\d{2}\b|\d{1,3}(?:,\d{3})+\b|\d+(?:\.\d+)?\s+per\s+share\b)|"
    r"R(?=\d{2,}|\d+[.,]\d)|"  # "R94", "R1.2bn": the rand (not "R1", a model's name)
    # "P882", "P3.65 billion": the peso as the Philippine press writes it (not "S&P500", "P2P")
    r"(?<![&/])P(?=\d[\d,.]*(?![\w-])))"
    rf"\s?{_NUM}{_SCALE}?"
)
# A local currency's subunit and how many make one: "20 sen" (ringgit), "14 pesewas" (cedi),
# "50 kobo" (naira), "158 baisas" (a thousandth of the Omani rial), "85 halalas" (riyal)
_SUBUNITS = {
    "sen": ("MYR", 100),
    "pesewas": ("GHS", 100),
    "pesewa": ("GHS", 100),
    "kobo": ("NGN", 100),
    "paise": ("INR", 100),
    "baisas": ("OMR", 1000),
    "baisa": ("OMR", 1000),
    "baizas": ("OMR", 1000),
    "halalas": ("SAR", 100),
    "halala": ("SAR", 100),
    "piastres": ("EGP", 100),
}
#: The subunits of currencies as words, longest first ("pesewas", "sen", "kobo").
SUBUNIT_WORDS = "|".join(sorted(_SUBUNITS, key=len, reverse=True))
_SUBUNIT = re.compile(
    r"(?<![\w$€£.])(?P<num>\d{1,3}(?:\.\d+)?)\s?(?P<unit>" + SUBUNIT_WORDS + r")\b"
)
_PRE = "|".join(re.escape(c) for c in sorted(_PREFIX_CUR, key=len, reverse=True))
_SUF = CURRENCY_WORDS
_MONEY_PREFIX = re.compile(rf"(?P<cur>{_PRE})\s?{_NUM}{_RANGE_TOP}{_SCALE}?", re.IGNORECASE)
_MONEY_SUFFIX = re.compile(
    rf"(?<![\w$€£¥.]){_NUM}{_SCALE}?\s(?P<cur>{_SUF})\b|"
    rf"\b{_WORDNUM}\s(?P<wscale>trillion|billion|million)\s(?P<wcur>{_SUF})\b",
    re.IGNORECASE,
)
_PERCENT = gated(
    # "a 2.6-percent jump" too
    r"(?P<sign>[+\-−])?(?P<num>\d+(?:[.,]\d+)?|(?<![\d.,])\.\d+)(?:\s?|-(?=p))"
    r"(?:%|per\s?cent\b|pct\b|percentage points?\b)",
    re.IGNORECASE,
)
# London prices in pence: "350p", "1,234.5p"
_PENCE = re.compile(r"(?<![\w$€£.])(?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?:p|\s?pence)\b")
# "around 50 cents": a dollar price in cents (the market's dollar is decided later)
_CENTS = re.compile(r"(?<![\w$€£.])(?P<num>\d{1,3}(?:\.\d+)?)(?:\s?cents?\b|c\b|¢)")
_COUNT = re.compile(
    rf"(?<![\w$€£¥.,]){_NUM}{_SCALE}?(?![\w%]|\.\d)|\b{_WORDNUM}\s(?P<wscale>trillion|billion|million|thousand)\b",
    re.IGNORECASE,
)
_APPROX = gated(
    r"(approximately|approx\.?|about|around|roughly|nearly|almost|some|near|close to|~|"
    r"an estimated|estimated)\s*$",
    re.IGNORECASE,
)
_AT_LEAST = gated(
    r"(more than|over|exceeding|exceeds?|above|at least|upwards of|in excess of|surpass(?:ed|ing)?|"
    r"north of|topping|topped)\s*(?:a\s+)?(?:significant\s+milestone\s+of\s+)?$",
    re.IGNORECASE,
)
_AT_MOST = gated(r"(up to|less than|under|below|at most|as much as|as many as)\s*$", re.I)
# "nudged its target up to $55", "moved the stock up to Buy": where a change ends, no bound
_MOVED_UP_TO = re.compile(
    r"\b(?:nudg|rais|lift|mov|push|bump|revis|ratchet|tick|notch|took|tak|boost|hik|edg)\w*\s+"
    r"(?:\S+\s+){0,4}?up\s+to\s*$",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Amount:
    """A number found in a sentence: value, currency (if money), qualifier and offsets."""

    value: float
    start: int
    end: int
    currency: str | None = None
    qualifier: str = "exact"


#: Counts written as words, for "twelve have given it a buy rating".
# "twenty-nine", "thirty one", "seventeen", "a": a count written in words, up to 99
COUNT_WORDS = (
    rf"(?:(?:{'|'.join(_TENS)})(?:[-\s](?:{'|'.join(_UNITS)})\b)?|"
    + "|".join(w for w in sorted(_WORDS, key=len, reverse=True) if w != "half a" and w not in _TENS)
    + ")"
)


def word_number(word: str) -> int | None:
    """``"twelve"`` -> 12; ``None`` for a word that is no number.

    >>> word_number("Twelve"), word_number("twenty-nine"), word_number("none"), word_number("many")
    (12, 29, 0, None)
    """
    word = word.lower()
    if word in ("none", "no"):
        return 0
    tens, _, unit = word.replace("-", " ").partition(" ")
    if unit and tens in _TENS and unit in _UNITS:  # "twenty-nine"
        return int(_WORDS[tens] + _WORDS[unit])
    value = _WORDS.get(word)
    return int(value) if value is not None and value >= 1 else None


def parse_number(text: str, scale: str | None = None) -> float:
    """``"1,899"`` -> 1899.0; with ``scale="million"`` -> 1.899e9, scaled in decimal (4.1
    million is 4,100,000 shares, not 4,099,999.9999999995).

    >>> parse_number("16.3", "million"), parse_number("4.1", "million")
    (16300000.0, 4100000.0)
    """
    if _EUROPEAN.fullmatch(text):
        text = text.replace(".", "").replace(",", ".")
    text = text.replace(",", "")
    if not scale:
        return float(text)
    return float(Decimal(text) * Decimal(_SCALES[scale.lower()]))


def qualifier_before(sentence: str, start: int) -> str:
    """``approx``, ``at_least``, ``at_most`` or ``exact``, from the words before ``start``."""
    before = sentence[max(0, start - 45) : start]
    if _APPROX.search(before):
        return "approx"
    if _AT_LEAST.search(before):
        return "at_least"
    if _AT_MOST.search(before) and not _MOVED_UP_TO.search(before):
        return "at_most"
    return "exact"


def _scale_of(m: re.Match[str]) -> str | None:
    return m.group("scale") or m.group("short")


def _scaled(m: re.Match[str]) -> float:
    if m.group("num") is not None:
        return parse_number(m.group("num"), _scale_of(m))
    return _WORDS[m.group("word").lower()] * _SCALES[m.group("wscale").lower()]


@per_sentence
def find_money(sentence: str) -> tuple[Amount, ...]:
    """Every amount of money in ``sentence``, in order: each form read in turn (`_MONEY_FORMS`),
    a later form never taking text an earlier one read."""
    found: list[Amount] = []
    for (pattern, read), may_match in zip(_MONEY_FORMS, _MONEY_GATES.open(sentence), strict=True):
        for m in pattern.finditer(sentence) if may_match else ():
            if any(a.start < m.end() and m.start() < a.end for a in found):
                continue
            value, currency = read(m)
            ranged = "top" in m.groupdict() and m.group("top") is not None
            q = "at_least" if ranged else qualifier_before(sentence, m.start())
            found.append(Amount(value, m.start(), m.end(), currency, q))
    return tuple(sorted(found, key=lambda a: a.start))


def _subunit(m: re.Match[str]) -> tuple[float, str]:
    currency, per_unit = _SUBUNITS[m.group("unit")]
    return round(parse_number(m.group("num")) / per_unit, 6), currency


def _hundredth(m: re.Match[str]) -> float:
    return round(parse_number(m.group("num")) / 100, 6)


#: The forms of money, most specific first, each with how to read its value and currency.
_MONEY_FORMS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], tuple[float, str]]], ...] = (
    (_MONEY_PREFIX, lambda m: (_scaled(m), _PREFIX_CUR[m.group("cur").lower()])),
    (
        _MONEY_SUFFIX,
        lambda m: (_scaled(m), _SUFFIX_CUR[(m.group("cur") or m.group("wcur")).lower()]),
    ),
    *((iso, lambda m: (_scaled(m), m.group("code"))) for iso in _ISO_MONEY),
    (_LOCAL_MONEY, lambda m: (_scaled(m), _LOCAL_SIGNS[m.group("cur")])),
    (_SUBUNIT, _subunit),
    (_PENCE, lambda m: (parse_number(m.group("num")), "GBX")),
    (_CENTS, lambda m: (_hundredth(m), "USD")),  # the market's dollar is decided later
)
# most sentences hold no currency's name or code: those forms are not searched there
_MONEY_GATES = Gates(pattern for pattern, _ in _MONEY_FORMS)


# "half a percent", "a quarter of a percentage point": a fraction of one
_FRACTION_PERCENT = gated(
    r"\b(?P<f>half\s+a|a\s+quarter\s+of\s+a|three[\s-]quarters\s+of\s+a)\s+"
    r"(?:per\s?cent|percent|percentage\s+point)\b",
    re.IGNORECASE,
)
_FRACTIONS = {"half": 0.5, "a": 0.25, "three": 0.75}
# "five percent", "twenty-five per cent": a percentage in words
_WORD_PERCENT = gated(rf"(?<![\w-])(?P<w>{COUNT_WORDS})\s+(?:per\s?cent|percent)\b", re.IGNORECASE)


@per_sentence
def find_percents(sentence: str) -> tuple[Amount, ...]:
    """Every percentage in ``sentence`` (signed when written with a sign), in order.

    >>> [a.value for a in find_percents("up 2,5% and then more than twenty-five per cent")]
    [2.5, 25.0]
    >>> [a.value for a in find_percents("a 2.6-percent jump, then half a percent")]
    [2.6, 0.5]
    >>> [a.value for a in find_percents("up 3.5 and 1.2 percent, respectively")]
    [3.5, 1.2]
    """
    out = []
    for m in _PERCENT.finditer(sentence):
        value = parse_number(m.group("num"))
        if m.group("sign") in ("-", "−"):
            value = -value
        out.append(Amount(value, m.start(), m.end(), None, qualifier_before(sentence, m.start())))
    for m in _WORD_PERCENT.finditer(sentence):
        number = word_number(m.group("w"))
        if number is not None and m.group("w").lower() != "a":
            q = qualifier_before(sentence, m.start())
            out.append(Amount(float(number), m.start(), m.end(), None, q))
    for m in _FRACTION_PERCENT.finditer(sentence):
        value = _FRACTIONS[m.group("f").split()[0].split("-")[0].lower()]
        out.append(Amount(value, m.start(), m.end(), None, qualifier_before(sentence, m.start())))
    for m in _SHARED_SIGN.finditer(sentence):  # "up 3.5 and 1.2 percent": each is a percentage
        if _MONEY_BEFORE.search(sentence, 0, m.start()):
            continue
        for n in _DECIMAL.finditer(m.group("lead")):
            start = m.start() + n.start()
            q = qualifier_before(sentence, start)
            out.append(Amount(parse_number(n.group(0)), start, m.start() + n.end(), None, q))
    return tuple(sorted(out, key=lambda a: a.start))


# Figures that share the percentage sign of the last of them: "up 3.5 and 1.2 percent",
# "by 2.1, 1.8 and 0.9 per cent" (decimals only: "between 3 and 5 percent" is a range)
_DECIMAL = re.compile(r"\d{1,2}\.\d{1,2}")
_SHARED_SIGN = re.compile(
    r"(?<=[\s(])(?P<lead>\d{1,2}\.\d{1,2}(?:,\s+\d{1,2}\.\d{1,2})*,?\s+and\s+)"
    r"(?=\d{1,2}\.\d{1,2}\s?(?:%|per\s?cent|percent)(?![\w]))"
)
# ... and no price among them: "to €6.74 and 0.11%" (a symbol glued to it, or a currency word)
_MONEY_BEFORE = re.compile(r"(?:\b(?:Rs|Rp|RM|N|P|R|to|at)|[$€£¥₹])\s?$", re.I)


@per_sentence
def find_counts(sentence: str) -> tuple[Amount, ...]:
    """Plain (non-money, non-percent) numbers with their scale words, in order."""
    out = []
    for m in _COUNT.finditer(sentence):
        out.append(
            Amount(_scaled(m), m.start(), m.end(), None, qualifier_before(sentence, m.start()))
        )
    return tuple(out)
