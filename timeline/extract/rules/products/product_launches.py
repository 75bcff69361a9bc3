"""Product launches (`launches`): one per product launched together, with its category, its
starting price (this or the next sentence), its modality and date; a launch told again under
another spelling of its name ("Final Fantasy XVI", "Final Fantasy 16") is told once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from timeline.extract.context import Context, Draft
from timeline.extract.numbers import word_number
from timeline.extract.places import is_place
from timeline.extract.rules.products._names import (
    _KINDS,
    _NAME,
    _category,
    _other_product,
    _Products,
    _trim,
)
from timeline.extract.rules.products.makers import _fullest, _maker, _owner
from timeline.extract.rules.products.naming import _coordinated, _product_of
from timeline.extract.rules.products.prices import _next_price, _plan_of, _prices, _sale_to_come
from timeline.extract.rules.products.timing import (
    _PLANNED_HERE,
    _deferred,
    _deferred_to,
    _launch_modality,
    _when,
)
from timeline.extract.rules.products.verbs import _NOT_LAUNCH, _launch_verbs
from timeline.extract.temporal import planned, resolve
from timeline.extract.text import Sentence

__all__ = ["launches"]


def launches(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """A product launch, its category and starting price (this or the next sentence); products
    launched together ("the Sollen One and the Sollen One Plus") are one launch each."""
    text = sentence.text
    if _NOT_LAUNCH.search(text):
        return
    if (first := _first_launch(text, ctx)) is None:
        return
    m, product, described = first
    modality = _launch_modality(text, m, ctx)
    if modality is None or (described and modality != "plan"):
        return
    products = [product, *_coordinated(text, product, m.end(), ctx)]
    nxt = ctx.following()
    prices = _prices(text, len(products), m.end())
    # "Priced from 1,899 yuan, ...", "It costs US$349, a US$50 discount from a Pixel released
    # last year" (its price first: a launch told later in it is another's)
    later = [] if prices or nxt is None else _next_price(nxt)
    modality, occurrence = _when(text, m, modality, nxt, ctx)
    if modality == "plan" and _deferred(text, m):
        occurrence = _deferred_to(text, m, ctx)
    sale = _sale_to_come(nxt, later[0], ctx) if nxt and later and modality == "actual" else None
    if sale is not None:
        later = []  # "Rivian revealed the R2. ... it will come with a starting price of $45,000
        # when it goes into production in 2026": shown now, a plan priced
    prices = prices or later
    ctx.memory(_Products).last = product
    maker = _maker(product, ctx) or _owner(text, product, m, ctx)
    ctx.memory(_Products).told = None
    for i, name in enumerate(products):
        price = prices[i] if i < len(prices) else None
        draft = Draft(
            "product_launch",
            {
                "product": (name := _fullest(name, ctx)),
                "category": _category(text),
                "price": price.value if price else None,
                "currency": price.currency if price else None,
                "modality": modality,
            },
            confidence=0.8,
            subject=_maker(name, ctx) or maker,
            occurrence=occurrence,
        )
        if _told_again(name, modality, ctx):
            continue  # "Final Fantasy XVI" told as "Final Fantasy 16": one fact, the first
        if len(products) == 1 and price is None:  # its time, for a price told later
            ctx.memory(_Products).told = replace(draft, occurrence=occurrence or ctx.occurrence)
            ctx.memory(_Products).told_in = text
        if sale is not None:
            ctx.memory(_Products).to_come = (ctx.index + 1, _plan_of(draft, *sale))
        yield draft
    yield from _gapped(text, products, m.end(), draft, ctx)


# Another product the launch verb governs, told after the first's own words with a time of its
# own: "plans to launch its Model C for the US market in the fourth quarter of this year, and
# a Model D in 2027"
_GAPPED = re.compile(
    r",\s+and\s+(?:(?:a|an|the|its|their)\s+)?(?:new\s+)?(?P<n>" + _NAME + r")\s+"
    r"(?P<when>(?:in|by|from|during|on|next|later|early|late)\b[^,.;]{1,30}?)(?=\s*(?:[,.;]|$))"
)


def _gapped(
    text: str, products: list[str], after: int, last: Draft, ctx: Context
) -> Iterator[Draft]:
    """The launch of a product told after the others' with a time of its own ("..., and a
    Model D in 2027"), as the others' in all but its name and time."""
    at = text.find(products[-1], after)
    gap = _GAPPED.search(text, at + len(products[-1])) if at >= 0 else None
    if gap is None or (name := _trim(gap["n"])) in products or not _other_product(name, ctx):
        return
    if is_place(name):
        return  # "..., and the US in 2027": a market, no product
    if last.payload["modality"] == "plan":
        when = planned(gap["when"], ctx.published, ctx.subjects.exchange)
    else:
        when = resolve(gap["when"], ctx.published)
    payload = {**last.payload, "product": name, "price": None, "currency": None}
    yield replace(last, payload=payload, subject=_maker(name, ctx) or last.subject, occurrence=when)


def _first_launch(text: str, ctx: Context) -> tuple[re.Match[str], str, bool] | None:
    """The first launch verb that names its product ("First revealed as a concept in 2021, the
    Renault 5 is ... set to go on sale"), else the first plan whose product is told in lower
    case ("plans to launch a budget smartphone"; marked True)."""
    verbs = _launch_verbs(text)
    for verb in verbs:
        if (product := _product_of(text, verb, ctx)) is not None:
            return verb, product, False
    for verb in verbs:
        planned_here = _PLANNED_HERE.search(text, max(0, verb.start() - 90), verb.start())
        kind = _DESCRIBED_PLAN.match(text, verb.end()) if planned_here else None
        if kind and not _counted(kind["n"]):
            return verb, kind["n"], True
    return None


def _counted(words: str) -> bool:
    """Whether a phrase counts products ("two luxury vehicles", "several new SUVs"): a summary
    of launches an article tells one by one, no product.

    >>> _counted("two higher-end luxury vehicles"), _counted("budget smartphone")
    (True, False)
    """
    first = words.split(maxsplit=1)[0].lower()
    return first[0].isdigit() or word_number(first) is not None or first in _MANY


_MANY = frozenset({"several", "many", "numerous", "multiple", "some", "both", "few"})


# The product of a plan told in lower case by its kind: "plans to launch a budget smartphone in
# India", "will roll out a new lineup of smart beds in the second half" (never "the phone",
# which stands for one named)
_DESCRIBED_PLAN = re.compile(
    r"\s+(?:(?:a|an|its|their)\s+)?(?P<n>(?:(?!(?:of|in|on|at|for|to|with|from|by|the|this|that|"
    r"these|those|a|an|its|their)\b)[a-z][\w-]*\s+){1,3}?(?:(?:lineup|line-up|range|series)\s+of\s+"
    r"(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*|" + _KINDS + r"))"
    r"(?=\s*(?:[,.;]|$)|\s+(?:in|on|for|by|next|later|this|early|from|across|to|at|with|that|"
    r"which|and)\b)"
)


def _told_again(name: str, modality: str, ctx: Context) -> bool:
    """Whether a launch was told before under another spelling of its name: case, or a
    number in Roman or Arabic figures ("Final Fantasy XVI", "Final Fantasy 16")."""
    spellings = ctx.memory(_Products).spellings
    first = spellings.setdefault((_spelling(name), modality), name)
    return first != name


def _spelling(name: str) -> str:
    """A product's name folded: case, and Roman figures as Arabic.

    >>> _spelling("Final Fantasy XVI") == _spelling("final fantasy 16")
    True
    """
    return " ".join(
        str(_roman(word)) if _ROMAN.fullmatch(word) else word.casefold() for word in name.split()
    )


_ROMAN = re.compile(r"X{0,2}(?:IX|IV|V?I{0,3})")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}


def _roman(word: str) -> int:
    """The value of a Roman figure up to XXIX."""
    total = 0
    for letter, following in zip(word, [*word[1:], ""], strict=True):
        value = _ROMAN_VALUES[letter]
        total += -value if following and _ROMAN_VALUES[following] > value else value
    return total
