"""Product launches (`launches`): one per product launched together, with its category, its
starting price (this or the next sentence), its modality and date; a launch told again under
another spelling of its name ("Final Fantasy XVI", "Final Fantasy 16") is told once.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from timeline._time import WEEKDAYS
from timeline.events import Modality
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
    _LAUNCH_LIST,
    _PRODUCT_ANAPHOR,
    _coordinated,
    _introduced,
    _product_before,
    _product_of,
)
from timeline.extract.rules.products.verbs import (
    _LAUNCH,
    _NOT_LAUNCH,
    _PRESENT,
    _launch_verbs,
)
from timeline.extract.temporal import Occurrence, planned, resolve
from timeline.extract.text import Sentence

__all__ = ["launches", "metrics", "priced"]

# "its public beta launch in November" in the sentence after a launch dates the launch
_LAUNCH_WHEN = re.compile(
    r"\blaunch\w*\s+(?:in|on|during)\s+[A-Z]\w+(?:\s+\d{1,2})?(?:,?\s+\d{4})?"
)
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


# The day a launch event is told of, its verb passive or the event named: "were unveiled on
# Thursday night", "announced on Wednesday at a launch event", "at a product launch event on
# Thursday"; not "released its results on Monday"
_WEEKDAY = "(?:" + "|".join(day.capitalize() for day in WEEKDAYS) + ")"


def _day(group: str) -> str:
    return rf"(?P<{group}>{_WEEKDAY}|today|yesterday|[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}})\b"


_EVENT = r"(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?launch\s+(?:event|ceremony)"
_LAUNCH_DAY = gated(
    r"\b(?:is|are|was|were|been)\s+(?:officially\s+|formally\s+)?(?:unveiled|launched|"
    r"introduced|released|revealed|debuted|rolled\s+out)\s+on\s+" + _day("d") + r"|"
    r"\bon\s+" + _day("e") + r"(?:\s+\w+)?\s+(?:at|during)\s+" + _EVENT + r"|"
    r"\b(?:at|during)\s+" + _EVENT + r"\s+(?:[^.;\n]{0,30}?\s)?on\s+" + _day("f")
)


def _launch_day(ctx: Context) -> Occurrence | None:
    """The day of the launch event an article tells of, when every mention dates it alike: it
    dates a launch or price the article tells without a date ("BYD launches Dolphin EV" in
    the title, "The Dolphin will start from 3.63 million yen, BYD announced on Wednesday at a
    launch event")."""
    memory = ctx.memory(_Products)
    if not memory.day_read:
        memory.day_read = True
        days = {
            resolve(m["d"] or m["e"] or m["f"], ctx.published)
            for m in _LAUNCH_DAY.finditer(ctx.article.text)
        }
        days = {d for d in days if d.precision == "day"}
        memory.day = days.pop() if len(days) == 1 else None
    return memory.day


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


def _launch_modality(text: str, verb: re.Match[str], ctx: Context) -> Modality | None:
    """Whether a launch was made ("actual") or is intended ("plan"); none when others expect
    or guess at it, or when it was not made, is denied, called off or only weighed."""
    modality = modality_of(text, verb.start(), verb.end(), ctx.sentence_subject)
    if modality == "guidance":
        modality = "plan"  # "Acme expects to launch the Nova X5 in 2026": its own intention
    if modality not in ("actual", "plan") or PROJECTION.search(text[: verb.start()]):
        return None  # what analysts expect a company to launch is no launch, nor its plan
    before = max(0, verb.start() - 90)
    if _SPECULATED.search(text, 0, verb.start()):
        return None  # "could launch the Nova X6 as early as next month": no launch, nor a plan
    if _CALLED_OFF.search(text, before, verb.start()):
        # "did not launch", "scrapped plans to launch"; "won't go on sale until March": then
        return "plan" if _UNTIL.match(text, verb.end()) else None
    if _deferred(text, verb) or _INTENDS.search(text, before, verb.start()):
        modality = "plan"  # "delayed the launch of X to 2026", "hopes to launch": to come
    elif modality == "plan" and not _PLANNED_HERE.search(text, before, verb.start()):
        modality = "actual"  # "Plans for X would ... before the M03 officially debuted in July"
    return modality


def _deferred(text: str, verb: re.Match[str]) -> bool:
    """Whether a launch is told put off: "delayed the launch of", "pushed back the release of",
    "The launch of the Nova X5 has been delayed until 2026"."""
    before = _DEFERRED.search(text, max(0, verb.start() - 90), verb.start())
    return before is not None or _DEFERRED_AFTER.match(text, verb.end()) is not None


def _deferred_to(text: str, verb: re.Match[str], ctx: Context) -> Occurrence:
    """When a launch put off is now to be: "delayed ... to 2026", "pushed back ... to March";
    unknown when untold (never the day it was put off: "postponed ... on Monday")."""
    to = _PUT_OFF_TO.search(text, verb.end())
    return (
        planned("in " + to["when"], ctx.published, ctx.subjects.exchange)
        if to
        else Occurrence.unknown()
    )


_PUT_OFF_TO = re.compile(
    r"\b(?:to|until|till|into)\s+(?:early\s+|late\s+|mid-)?(?P<when>(?:[A-Z][a-z]+\s+)?20\d\d|"
    r"[A-Z][a-z]+)\b"
)


# Words between a verb of calling off, putting off or intending and the launch, in its clause
_BETWEEN = r"(?:(?!(?:and|but|then|after|before|while|as|when|since|to|for)\b)[\w.'’-]+\s+){0,3}"
# A launch not made, denied, called off or only weighed: "did not launch", "has yet to
# launch", "has no plans to launch", "denied it would launch", "scrapped plans to launch",
# "cancelled the launch of", "is considering launching"
_CALLED_OFF = re.compile(
    r"(?:\b(?:not(?!\s+only)|never|no\s+plans?\s+(?:to|for)|yet\s+to)|n['’]t)\s+(?:[\w-]+\s+){0,2}$|"
    r"\bden(?:y|ies|ied|ying)\b[^,.;]{0,25}?\b(?:would|will|had|has|was|plans?)\s+"
    r"(?:[\w-]+\s+){0,2}$|"
    r"\b(?:cancel\w*|scrap(?:s|ped|ping)?|abandon\w*|shelv\w*|call(?:s|ed|ing)?\s+off|"
    r"ax(?:e|es|ed|ing)|kill(?:s|ed|ing)?|suspend\w*|rul(?:e|es|ed|ing)\s+out|consider\w*|"
    r"mull\w*|weigh\w*|explor\w*)\s+(?:(?:its|the|their)\s+)?(?:plans?\s+(?:to|for)\s+|"
    + _BETWEEN
    + r")$",
    re.I,
)
_UNTIL = re.compile(r"[^.;]{0,40}?\buntil\b", re.I)
# A launch put off is still to come: "delayed the launch of", "pushed back the release of",
# "The launch of the Nova X5 has been delayed until 2026"
_DEFERRED = re.compile(
    r"\b(?:delay(?:s|ed|ing)?|postpon\w+|push(?:es|ed|ing)?\s+back|defer(?:s|red|ring)?|"
    r"reschedul\w+)\s+(?:its|the|their)\s+" + _BETWEEN + r"$",
    re.I,
)
# (the launch itself put off, its noun the subject: "The launch of the Nova X5 has been
# delayed", "The Nova X5 launch was postponed"; not "launched it after production was delayed")
_DEFERRED_AFTER = re.compile(
    r"(?:\s+of\s+(?:(?!(?:after|before|and|but|as|when|while|because|since)\b)[^\s.;,]+\s+)"
    r"{1,5}?|\s+)(?:has|have|had|was|were|is|are|will|would)\s+(?:been\s+|be\s+)?"
    r"(?:delayed|postponed|pushed\s+back|deferred|rescheduled)\b",
    re.I,
)
# A company's wish or talks to launch, a plan: "hopes to launch", "is in talks to launch"
_INTENDS = re.compile(
    r"\b(?:hop(?:e|es|ed|ing)|wants?|wanted|wish(?:es|ed)?|seek(?:s|ing)?|sought|looking|"
    r"eye(?:s|ing)?|talks)\s+to\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)


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


def _when(
    text: str, verb: re.Match[str], modality: Modality, nxt: Sentence | None, ctx: Context
) -> tuple[Modality, Occurrence | None]:
    """The launch's modality and date: a present tense with a day to come is a plan ("the
    Switch 2 launches June 5", written before June 5), and a plan's day is the next such day;
    "its public beta launch in November" in the next sentence dates an undated launch."""
    if modality == "actual" and _to_come(text, verb, ctx):
        modality = "plan"
    if modality == "plan":  # the time after the verb first: "a wrap for 2022, stating its
        # launches for 2023 will be ..."; else the sentence's ("In May, it will launch ...")
        after = planned(text[verb.start() :], ctx.published, ctx.subjects.exchange)
        if after.precision != "unknown":
            return modality, after
        return modality, planned(text, ctx.published, ctx.subjects.exchange)
    if _BACKGROUND.search(text, 0, verb.start()):  # the sentence's date is its news, not the
        # launch's, unless the launch has its own: "Since its launch in March, the Nova X5 ..."
        return modality, _own_time(text, verb, ctx) or Occurrence.unknown()
    if own := _own_time(text, verb, ctx):
        return modality, own  # "announced in April before the M03 debuted in early July"
    if ctx.occurrence.precision == "unknown" and nxt and (when := _LAUNCH_WHEN.search(nxt.text)):
        return modality, resolve(when.group(0), ctx.published)
    # undated: the article's launch event's day ("BYD launches Dolphin EV in Japan", a title)
    return modality, _launch_day(ctx) if ctx.occurrence.precision == "unknown" else None


def _to_come(text: str, verb: re.Match[str], ctx: Context) -> bool:
    """Whether a launch told without a word of intention is still to come."""
    if _PRESENT.match(verb.group(0)):  # "the Switch 2 launches June 5", written before June 5
        ahead = planned(text, ctx.published, ctx.subjects.exchange)
        if ahead.start is not None and ahead.start > ctx.published:
            return True
    own = _own_time(text, verb, ctx)
    told = own.start if own else ctx.occurrence.start  # "... launched it on Monday": its own
    if verb[0][:1].lower() in "sd" and _BEGINS_LATER.match(text, verb.end()):
        return True  # "Sales of the Nova X6 will begin in July"
    return (
        _ahead(text, ctx.published)  # "confirmed the launch of the EV4 for next year"
        or _LICENSED_TO.search(text, 0, verb.start()) is not None  # "won approval to launch"
        or _CONFIRMED.search(text, 0, verb.start()) is not None  # "has confirmed the release of"
        or _DUE_TO.search(text, 0, verb.start()) is not None  # "the range, due to hit shelves"
        or _SOLD_LATER.search(text, verb.end()) is not None  # "..., which will ship this fall"
        # "its launches for 2023 will be the Kona, ..."
        or bool((counted := _LAUNCH_LIST.match(text, verb.end())) and counted["will"][:4] == "will")
        # "announced the launch ...; it will debut on Tuesday, 16 April"
        or (told is not None and told > ctx.published)
    )


def _own_time(text: str, verb: re.Match[str], ctx: Context) -> Occurrence | None:
    """The time written right after a launch verb or noun ("debuted in early July", "its
    launch in March, ..."), which is the launch's whatever else the sentence dates."""
    own = _OWN_TIME.match(text, verb.end())
    dated = resolve(own.group(0), ctx.published) if own else None
    return dated if dated and dated.precision != "unknown" else None


# The launch clause's own time, right after its verb or its object: "debuted in early July",
# "its launch in March, ...", "launched the Nova X5 in India on Monday."
_OWN_TIME = re.compile(r"[^,.;]{0,40}?\s(?:in|on|last|earlier)\b[^,.;]{1,30}(?=[,.;]|$)")
_BEGINS_LATER = re.compile(r"[^.;]{2,40}?\s+will\s+(?:begin|start|commence|kick\s+off)\b")
# A product shown now and sold later: "unveiled ..., which will ship this fall", "..., which
# is due to go on sale next year", "..., and will be available from July"
_SOLD_LATER = re.compile(
    r",\s+(?:which|and)\s+(?:will|(?:is|are)\s+(?:set|due|slated|scheduled|expected)\s+to)\s+"
    r"(?:(?:first|only)\s+)?(?:ship|go\s+on\s+sale|hit\s+(?:\w+\s+)?(?:shelves|stores)|"
    r"be\s+(?:available|released|sold|launched|shipped|delivered)|arrive|reach|start\s+"
    r"(?:shipping|selling)|roll\s+out|launch|debut|go\s+into\s+production)\b",
    re.I,
)
# A launch told as the background of the sentence's news: "Shares gained 2.7% on July 15
# following the successful US launch of its drug"
_BACKGROUND = re.compile(
    r"\b(?:following|after|since|despite|amid|on\s+the\s+back\s+of|thanks\s+to|buoyed\s+by|"
    r"boosted\s+by|driven\s+by|helped\s+by|lifted\s+by|fu(?:e)?ll?ed\s+by)\s+(?:the|its|their|a)\s+(?:[\w-]+\s+){0,3}$",
    re.I,
)
# A word of intention in the launch verb's own clause, at most four words before it and no
# comma between: "will launch", "plans to formally unveil", "is set to be released"
_PLANNED_HERE = re.compile(
    r"\b(?:plans?|planned|planning|will|would|set|scheduled|slated|due|intends?|aims?|going|"
    r"poised|preparing|upcoming|forthcoming|(?:is|are)\s+to|forward\s+to)\b(?:\s+[\w'’.-]+){0,4}?"
    r"\s*$",
    re.I,
)
# A launch only guessed at: "could launch", "is said to be preparing the launch of", "is
# tipped to debut", "is rumoured to launch"
_SPECULATED = re.compile(
    r"\b(?:could|may|might|(?:is|are)\s+(?:likely|tipped|rumou?red|said|believed|reported)\s+to"
    r"(?:\s+be)?)\s+(?:[\w-]+\s+){0,3}$",
    re.I,
)
# A launch the sentence allows, readies or chooses a place for, not one made: "approval to
# launch", "the green light to sell", "the sixth country in which to launch", "ready to ship"
_LICENSED_TO = re.compile(
    r"\b(?:in\s+which|where|approval|permission|licen[cs]e|nod|go-ahead|green\s+light|"
    r"clearance|right|rights|decision|ready|preparing|gearing\s+up)\s+to\s+$",
    re.I,
)
# "Due to" right before a launch verb is a plan ("the products, due to hit US shelves in
# October"), where "due to strong demand" is a cause
_DUE_TO = re.compile(r"\bdue\s+to\s+$", re.I)
# A launch confirmed is one to come: "has confirmed the release of", "confirming the launch of"
_CONFIRMED = re.compile(r"\bconfirm(?:s|ed|ing)?\s+(?:the|its|their|a)\s+(?:[\w-]+\s+){0,2}$", re.I)
# A time after publication, however the verb is written: "for next year", "in 2026"
_AHEAD = re.compile(
    r"\b(?:for|in|during|by)\s+next\s+(?:year|month|quarter|week)\b|"
    r"\b(?:later|by\s+the\s+end\s+of)\s+this\s+year\b|\b(?:in|for|by)\s+(?P<year>20\d{2})\b",
    re.I,
)


def _ahead(text: str, published: dt.date) -> bool:
    """Whether ``text`` places what it tells after ``published``.

    >>> p = dt.date(2024, 12, 3)
    >>> _ahead("confirmed the launch of the EV4 for next year", p), _ahead("launched in 2024", p)
    (True, False)
    """
    return any(not m["year"] or int(m["year"]) > published.year for m in _AHEAD.finditer(text))


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
