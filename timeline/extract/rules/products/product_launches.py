"""Product launches (`launches`): one per product launched together, with its category, its
starting price (this or the next sentence), its modality and date; a launch told again under
another spelling of its name ("Final Fantasy XVI", "Final Fantasy 16") is told once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from timeline.extract.context import Context, Draft
from timeline.extract.gates import gated
from timeline.extract.mentions import find_entities
from timeline.extract.modality import modality_of
from timeline.extract.numbers import Amount, find_counts, find_money, find_percents, word_number
from timeline.extract.places import is_place
from timeline.extract.rules._common import PROJECTION
from timeline.extract.rules.products._names import (
    _KINDS,
    _NAME,
    _STOP_NAMES,
    _category,
    _is_entity,
    _other_product,
    _Products,
    _same_kind,
    _stop_name,
    _trim,
)
from timeline.extract.rules.products.makers import (
    _fullest,
    _maker,
    _owner,
)
from timeline.extract.rules.products.naming import (
    _PRODUCT_ANAPHOR,
    _coordinated,
    _introduced,
    _product_before,
    _product_of,
)
from timeline.extract.rules.products.timing import (
    _PLANNED_HERE,
    _deferred,
    _deferred_to,
    _launch_day,
    _launch_modality,
    _when,
)
from timeline.extract.rules.products.verbs import (
    _LAUNCH,
    _NOT_LAUNCH,
    _launch_verbs,
)
from timeline.extract.temporal import Occurrence, planned, resolve
from timeline.extract.text import Sentence

__all__ = ["launches", "metrics", "priced"]

# "priced at", "costs", "for the price of $699.99"
_PRICE_CUE = re.compile(
    r"\b(?:priced|starting|starts|costs?|retails?|sells)(?:\s+(?:from|at|for))?\b|"
    r"\b(?:for|at|with)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?price(?:\s+tag|\s+point)?\s+of\b|"
    r"\bprices?\s+(?:starting|start|beginning|begin)\s+(?:from|at)\b",
    re.I,
)
# A sentence that opens on the launched product's price: "It costs US$349", "The phone will
# retail at KES 7,499"
_ITS_PRICE = re.compile(
    r"(?:It|The\s+(?:new\s+)?[a-z]+)\s+(?:will\s+)?(?:costs?|is\s+priced|be\s+priced|sells?|"
    r"retails?|starts?)\b"
)
# A bare "at" before an amount, in the launch's own sentence after its verb: "launched the Vela
# at Rs 11.5 lakh", not a share's "closed at $50" nor "benefits estimated at $9 billion"
_AT_PRICE = gated(
    r"(?<!closed\s)(?<!ended\s)(?<!traded\s)(?<!opened\s)(?<!settled\s)(?<!estimated\s)"
    r"(?<!valued\s)(?<!stood\s)\bat\s+(?=(?:Rs\.?|₹|US\$|\$|€|£|¥|KES|KSh|INR|USD|EUR|GBP|JPY|"
    r"CNY|RMB)\s?\d|\d[\d,.]*\s*(?:yuan|yen|rupees|won|euros?|dollars|pounds|lakh|crore)\b)",
    re.I,
)
_AS_SUBJECT = re.compile(
    r"^(?:(?:The company's|Its|Their)\s+)?(?P<n>" + _NAME + r")\s+(?:now\s+)?"
    r"(?:has|had|have|reached|surpassed|topped|counts|boasts|completed|recorded|logged|hit)\b"
)


def _product_as_subject(text: str, ctx: Context) -> str | None:
    """A product that is the sentence's subject: "Temu had 92 million monthly active users"."""
    m = _AS_SUBJECT.match(text)
    if m is None or m.group("n").split()[0] in _STOP_NAMES:
        return None
    name = m.group("n")
    return None if find_entities(name, kinds=("company", "firm", "investor", "index")) else name


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


def _next_price(nxt: Sentence) -> list[Amount]:
    """The price the next sentence gives a launch: "Priced from 1,899 yuan, ...", "It costs
    US$349, a US$50 discount from a Pixel released last year" (its price first: a launch told
    later in it is another's)."""
    if _LAUNCH.search(nxt.text) and not _ITS_PRICE.match(nxt.text):
        return []
    return _prices(nxt.text, 1)


# A price of a sale to come: "it will come with a starting price of", "is set to cost"
_SOLD_THEN = re.compile(
    r"\b(?:will|won['’]t|(?:is|are)\s+(?:set|due|slated|scheduled)\s+to)\b[^.;]*$", re.I
)


def _sale_to_come(nxt: Sentence, price: Amount, ctx: Context) -> tuple[Amount, Occurrence] | None:
    """The price and time of a sale to come the next sentence tells of a product shown now:
    "It will cost €1,499 when it goes on sale next month", "won't go into production until
    2026, but ... will come with a starting price of $45,000". A price to come told with no
    time ("The Fold X will cost $1,499") is the launch's own."""
    if not _SOLD_THEN.search(nxt.text, 0, price.start):
        return None
    when = planned(nxt.text, ctx.published, ctx.subjects.exchange)
    if when.precision == "unknown" and (until := _NOT_UNTIL.search(nxt.text)):
        when = planned("in " + until["when"], ctx.published, ctx.subjects.exchange)
    if when.end is None or when.end <= ctx.published:
        return None  # no time, or another's past: "below the model launched in 2023"
    return price, when


def _plan_of(shown: Draft, price: Amount, when: Occurrence) -> Draft:
    """The plan to sell a product shown now, at a price and time to come."""
    return replace(
        shown,
        payload={
            **shown.payload,
            "price": price.value,
            "currency": price.currency,
            "modality": "plan",
        },
        occurrence=when,
    )


# "won't go into production until 2026": from then on
_NOT_UNTIL = re.compile(
    r"\b(?:won['’]t|will\s+not)\b[^.;]{0,60}?\buntil\s+(?P<when>(?:[A-Z][a-z]+\s+)?20\d\d)\b"
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


# A product's price told in a sentence of its own: "Neon Smarta retailing for KES 7,499",
# "JOURNAVX will be sold in the U.S. at a wholesale acquisition cost of $15.50", "The Zorvex
# X2 is priced at $499", "the drug will cost $550 for a month's supply"
_PRICED = re.compile(
    r"\s+(?:will\s+(?:be\s+)?|(?:is|are|was|were)\s+)?"
    r"(?:priced\s+(?:at|from)|costs?|retail(?:s|ing)?\s+(?:at|for)|"
    r"sold\s+(?:(?:[^.,;]|(?<=[A-Z])\.){0,40}?\s+)?at|"  # "sold in the U.S. at"
    r"start(?:s|ing)?\s+at)\b",
    re.I,
)
_NAMED_PRICED = re.compile(
    r"(?:^|[\s,:;])(?:(?i:the|its|their|new)\s+)*(?P<n>" + _NAME + r")(?:,?\s+which)?$|"
    # "make the Xiaomi 15 Ultra, priced at": a name its determiner shows is a product's
    r"(?:^|[\s,:;])(?i:the|its|their)\s+(?:(?i:new|latest)\s+)?(?P<d>" + _NAME + r"),$"
)
_PRICE_REACH = 45  # characters from the cue to the amount: "at a wholesale acquisition cost of"
# What is priced in an offering, not sold as a product: "Shares are priced at $20"
_GENERIC = frozenset({"suv", "ev", "evs", "tv", "pc", "ai", "app"})
_SECURITIES = frozenset(
    {"shares", "stock", "stocks", "units", "bonds", "notes", "tickets", "warrants", "rights"}
)


def priced(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """A product's price stated without a launch verb (a launch's own sentence is read by
    `launches`): each priced product of the sentence, its maker the subject."""
    text = sentence.text
    if (plan := _priced_here(ctx)) is not None:
        yield plan  # the plan priced here for a launch the sentence before told
        return
    verbs = _launch_verbs(text)
    if _NOT_LAUNCH.search(text) or any(_product_of(text, v, ctx) for v in verbs):
        return  # a launch that names its product is `launches`'s; "when it goes on sale" is not
    for m in _PRICED.finditer(text):
        money = [a for a in find_money(text) if m.end() <= a.start <= m.end() + _PRICE_REACH]
        told = ctx.memory(_Products).told
        # (the cue's leading space ends the noun: "The tablet| will retail at")
        anaphor = _PRODUCT_ANAPHOR.search(text, 0, m.start() + 1) if money else None
        if told and anaphor and _same_kind(anaphor["noun"], ctx.memory(_Products).told_in):
            # "The tablet will retail at $299", sentences after its launch: that launch's price
            price = {"price": money[0].value, "currency": money[0].currency}
            yield replace(told, payload={**told.payload, **price})
            return
        name = _priced_name(text, m.start(), anaphor, ctx)
        if not money or not name:
            continue
        product = _trim(name)
        if product == ctx.memory(_Products).last:
            continue  # the product of a launch already told: its launch is the event
        modality = modality_of(text, m.start(), m.end(), ctx.sentence_subject)
        if modality not in ("actual", "plan"):
            continue
        if m.group(0).lstrip().lower().startswith("will"):
            modality = "plan"  # "will be sold in the U.S. at $15.50": not on sale yet
        if verbs and modality != "plan":
            continue  # "is priced at €899 and ships once it is released in July": when, untold
        # a price to come with its launch: the launch's time ("will retail at $699 when it goes
        # on sale next month"); one told undated in an article of a launch event: the event's
        when = (
            planned(text[verbs[0].start() :], ctx.published, ctx.subjects.exchange)
            if verbs
            else None
        )
        undated = modality == "actual" and ctx.occurrence.precision == "unknown"
        yield Draft(
            "product_launch",
            {
                "product": product,
                "category": _category(text),
                "price": money[0].value,
                "currency": money[0].currency,
                "modality": modality,
            },
            confidence=0.7,
            subject=_maker(product, ctx),
            occurrence=when if when and when.start else _launch_day(ctx) if undated else None,
        )


def _priced_here(ctx: Context) -> Draft | None:
    """The plan this sentence prices for a product the sentence before showed (taken once)."""
    memory = ctx.memory(_Products)
    if memory.to_come is None or memory.to_come[0] != ctx.index:
        return None
    plan, memory.to_come = memory.to_come[1], None
    return plan


def _priced_name(text: str, at: int, anaphor: re.Match[str] | None, ctx: Context) -> str:
    """The name of what a price cue at ``at`` prices: the name before it, or the product an
    earlier sentence named that its kind stands for ("Acme said the drug will cost $550");
    none for a security or a kind ("Shares are priced at $20", "The SUV is priced from")."""
    if named := _NAMED_PRICED.search(text, 0, at):
        name: str = named["n"] or named["d"]
    else:
        name = (_introduced(ctx, anaphor["noun"]) if anaphor else None) or ""
    if not name or _stop_name(name) or _is_entity(name):
        return ""
    return "" if name.split()[0].lower() in _SECURITIES or name.lower() in _GENERIC else name


def _prices(text: str, products: int, after_verb: int | None = None) -> list[Amount]:
    """The prices a sentence gives its products: the first after a price cue (a bare "at" only
    after the launch verb at ``after_verb``), or one each, in order, where as many follow and
    "respectively" pairs them."""
    cue = _PRICE_CUE.search(text)
    if cue is None and after_verb is not None:
        cue = _AT_PRICE.search(text, after_verb)
    if cue is None:
        return []
    after = [a for a in find_money(text) if a.start >= cue.start()]
    if products > 1 and len(after) == products and re.search(r"\brespectively\b", text):
        return after
    return after[:1]


_METRICS = [
    (
        "monthly_active_users",
        gated(r"monthly\s+active\s+users|\bMAUs?\b|monthly\s+users", re.I),
    ),
    ("daily_active_users", gated(r"daily\s+active\s+users|\bDAUs?\b", re.I)),
    ("downloads", gated(r"\bdownloads\b", re.I)),
    ("units_sold", gated(r"\bunits\b|\bdeliveries\b|\bshipments\b", re.I)),
    ("subscribers", gated(r"\bsubscribers\b|\bpaying\s+users\b", re.I)),
    ("parameters", gated(r"\bparameters?\b", re.I)),
    ("rides", gated(r"\brides\b|\btrips\b", re.I)),
    ("orders", gated(r"\borders\b", re.I)),
]


def metrics(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """A product's usage metric: users, downloads, units, parameters, with the change."""
    text = sentence.text
    if PROJECTION.search(text) or re.search(r"\bby\s+20\d\d\b", text):
        return
    for name, pattern in _METRICS:
        cue = pattern.search(text)
        if cue is None:
            continue
        if name == "units_sold" and _SHARE_UNITS.search(text):
            continue  # "acquired 2.6 billion units of shares": a stake, no product sold
        money = find_money(text)
        counts = [
            c
            for c in find_counts(text)
            if c.value >= 100 and not _is_year(c) and not _is_money(c, money)
        ]
        if not counts:
            continue
        count = min(counts, key=lambda c: abs(c.start - cue.start()))
        # a quoted name, not a word in scare quotes ('progress in "diversifying" its revenue')
        quoted = re.search(r"[\"“]([A-Z0-9][^\"”]{1,39})[\"”]", text)
        last = ctx.memory(_Products).last
        named_before = last if last and last in text else None
        product = (
            (quoted.group(1) if quoted else None)
            or named_before
            or _product_before(text, cue.start())
            or _product_as_subject(text, ctx)
            or (None if _A_MARKET.search(text, 0, cue.start()) else last)
        )
        if product is None:
            continue  # (a market's count is no product's: "India's EV market ... 90,000 units")
        change = [p for p in find_percents(text) if re.search(r"\bby\s*$", text[: p.start])]
        yield Draft(
            "product_metric",
            {
                "product": product,
                "metric": name,
                "value": count.value,
                "change_percent": change[0].value if change else None,
                "qualifier": count.qualifier,
            },
            confidence=0.75,
        )
        return


# A market or an industry the count is told of, where no product is named
_A_MARKET = re.compile(r"\b(?:market|industry|sector|segment)\b", re.I)
# Units of a security, not of a product: "2.6 billion units of shares"
_SHARE_UNITS = re.compile(r"\bunits\s+of\s+(?:\w+['’]s\s+)?(?:shares|stock|equity)\b", re.I)


def _is_money(count: Amount, money: Sequence[Amount]) -> bool:
    """Whether a count is an amount of money ("a deposit of 5,000 yuan", "RMB 119,800"), no
    count of orders or units."""
    return any(a.start < count.end and count.start < a.end for a in money)


def _is_year(amount: Amount) -> bool:
    return amount.value.is_integer() and 1900 <= amount.value <= 2100
