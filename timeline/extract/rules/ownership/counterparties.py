"""Trades told by their other side: a buyer after "by", money flowing into a company's shares,
who sold to the buyer."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from timeline._time import MONTHS, WEEKDAYS
from timeline.entities import canonical
from timeline.extract.context import Context, Draft
from timeline.extract.gates import gated
from timeline.extract.mentions import find_entities
from timeline.extract.numbers import find_counts, find_money
from timeline.extract.places import is_place
from timeline.extract.rules.ownership._names import (
    _OBJECT,
    _SHARES,
    _full_form,
    _holder,
    _named_in_full,
    _stake_in,
)
from timeline.extract.temporal import Occurrence
from timeline.extract.text import Sentence

__all__ = ["bought_by", "flows", "sellers"]

# --- a buyer after "by" ----------------------------------------------------------------------

# "following the acquisition of a 41.73% stake by Quillon Limited", "the purchase of 2 million
# shares of Zorvex by Helvion Capital", "a 12% stake in Zorvex was bought by Brevik Partners"
_BOUGHT_BY = re.compile(
    r"\b(?:(?:acquisition|purchase)\s+of\s+(?:an?\s+)?|"
    r"(?:an?\s+)(?=[\d.,]+\s?(?:%|per\s?cent|percent)[^.;]{0,60}?\s+(?:was|were|has\s+been|had\s+"
    r"been)\s+(?:acquired|bought|purchased)\s+by\b))"
    r"(?P<what>[\d.,]+\s?(?:%|per\s?cent|percent|(?:million\s+|billion\s+)?shares))"
    r"[^.;]{0,60}?\s+by\s+(?:the\s+)?"
    # what the buyer is, before its name: "by the Saudi telecommunications company STC Group"
    r"(?:(?:[A-Z][a-z]+\s+)?(?:[a-z][\w-]*\s+){1,3}(?=[A-Z]))?"
    r"(?P<buyer>[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|&))*)"
)


@_named_in_full
def bought_by(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """A purchase told with its buyer after "by": "following the acquisition of a 41.73%
    stake by Quillon Limited" (a stake or shares bought, never a company taken over)."""
    text = sentence.text
    m = _BOUGHT_BY.search(text) if _OBJECT.search(text) else None
    if m is None or not re.search(r"%|per\s?cent|percent|shares", m["what"]):
        return
    span = text[m.start() : m.end()]
    if not re.search(r"\b(?:stake|shares|holding|interest)\b", span):
        return
    buyer = m["buyer"].rstrip(".,")
    if is_place(buyer) or ctx.subjects.id_of(buyer) == ctx.subject:
        return
    opening = _WHOSE_SHARES.match(text)  # "Zorvex’s stock rose ... following the acquisition"
    counts = [c for c in find_counts(span) if _SHARES.match(span[c.end :])]
    # what it cost, told right after the buyer: "... by STC Group for 2.1 billion euros"
    paid = [a for a in find_money(text) if _FOR.fullmatch(text, m.end(), a.start)]
    yield Draft(
        "stake_change",
        {
            "investor": canonical(_full_form(_holder(buyer), ctx), "investor"),
            "direction": "buy",
            "shares": counts[0].value if counts else None,
            "amount": paid[0].value if paid else None,
            "currency": paid[0].currency if paid else None,
        },
        confidence=0.7,
        subject=_stake_in(text, ctx) or (ctx.subjects.id_of(opening["co"]) if opening else None),
    )


_FOR = re.compile(r"\s+for\s+(?:about\s+|around\s+|nearly\s+|some\s+)?")
_WHOSE_SHARES = re.compile(
    r"^(?P<co>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['’]s\s+(?:stock|shares)\b"
)


# --- money flowing into a company's shares -------------------------------------------------

# Who the money of a flow is: "Southbound funds", "foreign investors"
_FLOWERS = {
    "southbound": "Southbound investors",
    "mainland": "Southbound investors",
    "northbound": "Northbound investors",
    "foreign": "Foreign investors",
    "overseas": "Foreign investors",
}
_FLOWER = r"(?i:southbound|northbound|mainland|foreign|overseas)"
# "Tencent saw HKD2.35B net inflows from Southbound funds", "SMIC netted HKD733M inflows",
# "Zorvex (ZVX-W) followed with HKD1.388B net inflows", "Li Auto-W gained HKD705M in Southbound
# inflows", "Zorvex recorded net outflows of HKD120M from foreign investors"
_FLOW = re.compile(
    r"(?P<co>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})(?:\s+\([A-Z0-9.-]{2,12}\))?\s+"
    r"(?:saw|sees|received|receives|recorded|records|attracted|attracts|netted|nets|gained|"
    r"gains|drew|draws|posted|posts|logged|logs|had|followed\s+with|suffered|suffers)\s+"
    r"(?P<what>(?:[^.;]|\.\d){0,40}?)"
    rf"(?:(?P<h1>{_FLOWER})\s+)?(?:net\s+)?(?:(?P<in>inflows?|net\s+buying|net\s+purchases)|"
    r"outflows?|net\s+selling|net\s+sales)\b"
    rf"(?:(?:[^.;]|\.\d){{0,25}}?\bfrom\s+(?:the\s+)?(?P<h2>{_FLOWER})\s+(?:funds|investors|money|"
    r"capital|traders|buyers))?"
)


@dataclass(slots=True)
class _Flows:
    """Whose money the flow told last was, and when, for the next flows that do not say."""

    holder: str | None = None
    index: int = -10
    occurrence: Occurrence | None = None


_FLOWS_WITHIN = 8  # sentences: a list of flows with a broker's call between each


@_named_in_full
def flows(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """Money of a class of investors flowing into or out of a company's shares, as market
    reports tell it ("Tencent saw HKD2.35B net inflows from Southbound funds last week"), each
    a purchase or a sale by that class; a flow that does not say whose money is the money of
    the flow told just before ("Kuaishou-W received HKD965M net inflows")."""
    text = sentence.text
    memory = ctx.memory(_Flows)
    for m in _FLOW.finditer(text):
        written = m["h1"] or m["h2"]
        recent = memory.index >= ctx.index - _FLOWS_WITHIN
        holder = _FLOWERS[written.lower()] if written else (memory.holder if recent else None)
        money = [a for a in find_money(text) if m.start("what") <= a.start < m.end()]
        if holder is None or not money or is_place(m["co"]):
            continue
        when = ctx.occurrence
        if when.precision == "unknown" and recent:
            when = memory.occurrence or when
        memory.holder, memory.index, memory.occurrence = holder, ctx.index, when
        yield Draft(
            "stake_change",
            {
                "investor": holder,
                "direction": "buy" if m["in"] else "sell",
                "amount": money[0].value,
                "currency": money[0].currency,
                "qualifier": money[0].qualifier,
            },
            confidence=0.65,
            subject=ctx.subjects.id_of(m["co"]),
            occurrence=when,
        )


# --- who sold to the buyer -----------------------------------------------------------------

# A buyer's verb, for the seller named after it: "acquired 14,298,816 shares at $2.20 from
# Quillon Inc", "an 8% stake has been transferred from the government to the fund"
_BOUGHT = gated(
    r"\b(?:bought|buys|buying|purchased|purchases|purchasing|acquired|acquires|acquiring|"
    r"picked\s+up|snapped\s+up|took\s+over|transferred|agreed\s+to\s+(?:buy|purchase|acquire))\b",
    re.I,
)
# The seller after "from": "from Quillon Holdings Inc", "from the Zorvex family", "from the
# government"
_SOLD_FROM = re.compile(
    r"\bfrom\s+(?:the\s+)?(?P<name>(?:[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|&))*)"
    r"(?:\s+(?:family|founders?|promoters?|trust))?|government|state|[Tt]reasury)\b"
)
# What follows "from" that is no seller: a time, a rating, a market, an exchange
_NO_SELLER = re.compile(
    r"(?i:^(?:" + "|".join([*MONTHS, *WEEKDAYS]) + r")\b\.?|.*\d|.*\b(?:exchange|market|bourse|"
    r"index|buy|hold|sell|neutral|outperform|underperform|overweight|underweight|"
    r"IPO|offering|placement|public)\b)"
)


@_named_in_full
def sellers(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """Who sold what a buyer bought, named after "from": "It acquired 14,298,816 shares at
    $2.20 from Quillon Inc", "The investors bought 18 million shares, or 1.6%, from the Zorvex
    family", "an 8% stake has been transferred from the government to the fund". The shares
    are the count told right before the seller. The sentence names the company the shares are
    of; neither it, the buyer, a place, a time nor an exchange sells."""
    text = sentence.text
    bought = _BOUGHT.search(text) if _OBJECT.search(text) else None
    if bought is None:
        return
    company = _stake_in(text, ctx)
    if company is None:
        return  # the company the shares are of, named, or the seller is too loosely told
    pos = bought.end()
    for m in _SOLD_FROM.finditer(text, bought.end()):
        name = m["name"]
        seller = canonical(_full_form(name, ctx), "investor")
        if (
            _NO_SELLER.match(name)
            or is_place(name)
            or find_entities(name, kinds=("index",))
            or ctx.subjects.id_of(name) in (ctx.subject, company)
        ):
            pos = m.end()
            continue
        counts = [
            c
            for c in find_counts(text[: m.start()])
            if c.start >= pos
            and (_SHARES.match(text[c.end :]) or not text[c.end : m.start()].strip())
        ]
        pos = m.end()
        yield Draft(
            "stake_change",
            {
                "investor": seller,
                "direction": "sell",
                "shares": counts[-1].value if counts else None,
                "qualifier": counts[-1].qualifier if counts else "exact",
            },
            confidence=0.7,
            subject=company,
        )
