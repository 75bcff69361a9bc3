"""Products' prices: the prices a launch's sentence or the next one gives ("priced from $1,799",
"Priced from 1,899 yuan, ..."), a sale to come priced in the sentence after a product shown now,
and a product's price stated without a launch verb (`priced`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from timeline.extract.context import Context, Draft
from timeline.extract.gates import gated
from timeline.extract.modality import modality_of
from timeline.extract.numbers import Amount, find_money
from timeline.extract.rules.products._names import (
    _NAME,
    _category,
    _is_entity,
    _Products,
    _same_kind,
    _stop_name,
    _trim,
)
from timeline.extract.rules.products.makers import _maker
from timeline.extract.rules.products.naming import _PRODUCT_ANAPHOR, _introduced, _product_of
from timeline.extract.rules.products.timing import _launch_day
from timeline.extract.rules.products.verbs import _LAUNCH, _NOT_LAUNCH, _launch_verbs
from timeline.extract.temporal import Occurrence, planned
from timeline.extract.text import Sentence

__all__ = ["priced"]

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
