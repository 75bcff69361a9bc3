"""What the market's rules share: the move verbs, the words of a figure that is no
price, the listing a sentence names, and who moved (a named company or an index).
"""

from __future__ import annotations

import re

from timeline.extract.actors import SELF, company_heading, is_index
from timeline.extract.context import Context
from timeline.extract.gates import gated
from timeline.extract.mentions import Mention, find_entities
from timeline.extract.numbers import CURRENCY_WORDS, SUBUNIT_WORDS
from timeline.extract.rules._common import CALL_OBJECT, FALL_WORDS, RISE_WORDS, STOCK_FORECAST
from timeline.extract.subjects import ticker_id

_MOVE = gated(rf"\b(?P<up>{RISE_WORDS})\b|\b(?P<down>{FALL_WORDS})\b", re.I)
_NOT_PRICE = gated(
    r"\b(?:revenue|sales|income|profit|earnings|EBITA|EBITDA|margin|users|downloads|ownership|"
    # (not a wrap's turn, "On the downside, Zorvex shed 10%")
    r"stake|market share|(?<!on\sthe\s)(?:upside|downside)|below|above|short interest|float|"
    r"weighting|growth|"
    r"units(?!\s+of\s+[A-Z])|subscribers|budget|costs?|expenses|capex|guidance|dividend|yield|GDP|inflation|EPS|E\.P\.S|"
    r"target\s+price|price\s+target|"
    + STOCK_FORECAST
    + r"|shipments|ASPs?|average\s+selling\s+prices?|contract\s+prices?)\b",
    re.I,
)
_LISTING = [
    ("HKEX", gated(r"Hong Kong[-\s]listed|in Hong Kong|HK-listed|\bHKEX\b", re.I)),
    ("NYSE", gated(r"U\.?S\.?[-\s]listed|\bADRs?\b|New York[-\s]listed|\bNYSE\b", re.I)),
]


def _listing(text: str) -> str | None:
    return next((name for name, p in _LISTING if p.search(text)), None)


# "RBC downgraded Unilever to Underperform, sending shares down by 2%": the move a call caused
_CAUSED = re.compile(
    r",?\s+(?:sending|sent|pushing|pushed|driving|drove|knocking|knocked|lifting|lifted)\s+"
    r"(?:its\s+|the\s+|their\s+)?(?:shares|stock)\b[^;]{0,60}$",
    re.I,
)


def _called(text: str, at: int, ctx: Context) -> str | None:
    """The company a call was on, when the figure at ``at`` tells what the call caused."""
    if (caused := _CAUSED.search(text, 0, at)) and (
        called := list(CALL_OBJECT.finditer(text, 0, caused.start()))
    ):
        return ctx.subjects.id_of(called[-1]["name"])
    return None


def _mover(text: str, at: int, ctx: Context) -> str:
    """The index when an index, not the company, is what moved; the company a call was on
    when the move is the call's consequence."""
    if called := _called(text, at, ctx):
        return called
    before = find_entities(text[:at], kinds=("index", "company"))
    passed = before[-1] if before and before[-1].kind == "index" else None
    if passed is not None:
        if _index_moved(text, passed, at):
            return passed.id
        stock = _STOCK_AFTER_INDEX.search(text, passed.end, at)
        if stock and stock["name"] and not ctx.subjects.is_word(stock["name"]):
            return ctx.subjects.id_of(stock["name"])  # "..., Zorvex shares continued to gain"
        before = tuple(m for m in before if m.kind == "company")  # the market, not the mover
    if sector := _SECTOR_INDEX.search(text, max(0, at - 90), at):
        return f"{sector['n']} index"  # "the banks index grew 1.29%": that sector's index
    if not before and (_INDEX_ANAPHORA.match(text) or _INDEX_BEFORE.search(text, 0, at)):
        return _last_index(ctx) or ctx.subject
    mover = (None if before else _unknown_mover(text, at, ctx)) or ctx.sentence_subject
    # (an index passed over is no mover again as the sentence's opening)
    return ctx.subject if passed is not None and is_index(mover) else mover


# After the index's name, a stock the figure is told of: "While the CAC 40 rebounded 0.7%, the
# stock fell 3%", "... among the leading stocks on the DAX, with its share price slipping",
# "Despite the Nifty IT index trading lower, Zorvex shares continued to gain, following a 4% jump"
_STOCK_AFTER_INDEX = re.compile(
    r"\b(?:the|its|their|(?P<name>(?-i:[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})))\s+"
    r"(?:shares?|stock|share\s+price|stock\s+price)\b",
    re.I,
)
# The index as the market the stock trades on: "Zorvex shares traded at 113,500 won on the
# secondary Kosdaq market, up 9.77 percent", "the biggest drop on the Paris index"
_VENUE_BEFORE = re.compile(r"\b(?:on|in|among|across)\s+the\s+(?:[a-z-]+\s+){0,2}$")
_STOCK_BEFORE = re.compile(r"\b(?:shares?|stocks?|scrip|counter)\b", re.I)


def _index_moved(text: str, index: Mention, at: int) -> bool:
    """Whether the index named before the figure at ``at`` is what moved: not when a stock is
    told of between them, nor when the index is only the market a stock named before it
    trades on."""
    if _STOCK_AFTER_INDEX.search(text, index.end, at):
        return False
    return not (
        _VENUE_BEFORE.search(text, 0, index.start) and _STOCK_BEFORE.search(text, 0, index.start)
    )


# The figure a possessive tells of: "biotech giant Zorvex Limited (ASX: ZVX)'s 16.9 per cent
# slide to $227.79", "Quillon Bank's 3% gain"
_POSSESSOR = re.compile(
    # (the figure right after it, told as its noun's: not "The Group's shares climbed 1.83%")
    r"\b(?!(?:The|This|That|Its|Their)\b)(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})"
    r"(?:\s+\((?P<ex>[A-Z]{2,6}):\s?(?P<t>[A-Z0-9]{1,6})\))?['’]s\s+$"
)


def _unknown_mover(text: str, at: int, ctx: Context) -> str | None:
    """A mover no table knows: the name whose figure a possessive tells of, an index named
    before the figure, kept as written, or the company the sentence opens on as its shares
    ("Zorvex Rail Systems shares are near a 52-week low, down 21%")."""
    if owner := _POSSESSOR.search(text, max(0, at - 80), at):
        if owner["t"]:
            return ticker_id(owner["ex"], owner["t"])
        if not ctx.subjects.is_word(owner["name"]):
            return ctx.subjects.id_of(owner["name"])
    named = re.search(
        r"\b(?!The\b)(?P<n>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})\s+[Ii]ndex\b[^.]{0,30}$",
        text[:at],
    )
    if named:
        return named.group("n")
    opened = company_heading(text)
    return ctx.subjects.id_of(opened) if opened is not None else None


# A sector's index, written in lower case: "The banks index improved 0.34%", "the mining and
# oil index closed ... declining by 2.04 percent" (not "the broader index": the market's own)
_SECTOR_INDEX = re.compile(
    r"\b[Tt]he\s+(?!(?:broader|benchmark|main|key|wider|composite|all-share|blue-chip|"
    r"headline|local|general|overall|primary|leading|stock|share|equity|market)\b)"
    r"(?P<n>[a-z][\w&-]*(?:\s+(?:and\s+)?[a-z][\w&-]*){0,2})\s+(?:sub-?)?index\b"
    r"(?=[^.;A-Z]{0,60}$)"  # no other name between it and its move
)
# "The index is up about 6 points, or .03%": the index the last sentences named
_INDEX_NOUN = r"index|benchmark|gauge|composite"  # what a wrap calls its index
_INDEX_ANAPHORA = re.compile(rf"^\s*the\s+(?:{_INDEX_NOUN}|average)\b", re.I)


# "At the close, the benchmark gave up around 224 points, or about 0.9 percent", "On Thursday,
# the index opened lower at 7,526, down 27.82 points or 0.37 percent": the index moved
_INDEX_BEFORE = re.compile(rf"(?:^|,\s+)the\s+(?:{_INDEX_NOUN})\s+[a-z]")


def _last_index(ctx: Context) -> str | None:
    """The index the last sentences named: one the alias table knows, or a name that says it
    is one ("the IDX Composite", "the Zorvia All-Share Index")."""
    for sentence in reversed(ctx.sentences[max(0, ctx.index - 4) : ctx.index]):
        if named := find_entities(sentence.text, kinds=("index",)):
            return named[-1].id
        if written := list(_INDEX_NAME.finditer(sentence.text)):
            return written[-1].group("name")
    return None


# An index named by what it is: "IDX Composite", "Zorvia All-Share Index"
_INDEX_NAME = re.compile(
    r"\b(?:the\s+)?(?P<name>(?:[A-Z][\w&-]*\s+){1,3}(?:Composite|Index|Average))\b(?!\s+of\b)"
)


_SIGNED_AFTER_NAME = re.compile(
    r"(?:^[-•*·]?\s*|[,;:(]\s*|\b(?:and|for|with|including|like|in|by)\s+)"
    # "Dax 40 -0.71%", "Euro Stoxx 50 -0.80%": an index's number is in its name
    r"(?P<name>[A-Z][\w’'&.-]*(?:\s+(?:[A-Z][\w’'&.-]*|\d{1,3})){0,3})"
    r"(?:\s+\([A-Z][A-Z0-9.&-]{0,9}\))?:?\s*$"  # "Habib Bank Limited (HBL): +3.1%": its ticker
)


def _named(actor: str | None, ctx: Context) -> str | None:
    """The subject id of a named actor; ``None`` for "the stock" or nobody."""
    if actor is None or actor == SELF or ctx.subjects.is_word(actor):
        return None
    return ctx.subjects.id_of(actor)


# What moves that is no share or index: a commodity, a currency pair, a futures contract
# ("Brent crude rose 0.4% to $82.56 a barrel", "the EUR/NOK traded at 11.33, down 0.19%")
_NOT_SECURITY = re.compile(
    r"\b(?:crude|Brent|WTI|futures|spot\s+gold|gold\s+(?:prices?|futures)|natural\s+gas|"
    r"bullion|Dollar\s+Index|(?-i:[A-Z]{3}/[A-Z]{3}))\b",
    re.I,
)
# ... and the unit a commodity is priced in ("$72.38 per barrel", "$9,410 a tonne, up 1.2%")
_UNIT = r"\b(?:per|a|an)\s+(?:barrel|(?:troy\s+)?ounce|tonne|MWh|bushel)\b"
_COMMODITY_UNIT = re.compile(rf"(?:[^,;]|,(?=\d)){{0,14}}?{_UNIT}", re.I)
# "it" or "its shares" before a verb: the name the sentence opened on ("Zorvex Land was the
# top-traded stock as it increased by 1.79%", "Quillon Bank was the weakest, its shares
# slipping 1.2 per cent", "Zorvex saw its stock price tumble by 7%", "Quillon has fared
# better, with shares up 26.85%")
_IT_BEFORE = re.compile(
    r"\bit\s+(?:\w+\s+){0,2}(?:[\d.,]+\s?(?:%|per\s?cent|percent)\s+)?$|"
    r"(?:,|\b(?:saw|sees?|had|watched|with))\s+its\s+(?:shares?|stock)(?:\s+price)?\s+$|"
    r",\s+with\s+(?:the\s+)?(?:shares|stock)\s+$"
)
_SUBUNIT_WORDS = rf"(?:{SUBUNIT_WORDS}|cents?|pence|points?)"
_FROM_PRICE = rf"from\s+[^\s,;]{{1,10}}(?:\s(?:{_SUBUNIT_WORDS}|[\d.,]+))?"
_MOVED_TO = gated(
    rf"\b(?:{RISE_WORDS}|{FALL_WORDS}|leap|gain|jump|upticks?|downticks?)\s+"
    # "rose 3% to", "added 20 sen to RM12.80", "rose $1.20 to $45.10", "firmed eight sen to"
    # ... and a list: "eased by 1.0% and 3.0% to KES 6.02 and KES 180.00"
    r"(?:(?:(?:by|of)\s+)?(?:[\d.]+\s?(?:%|per\s?cent|percent)"
    r"(?:(?:,\s*|,?\s+and\s+)[\d.]+\s?(?:%|per\s?cent|percent))*|"
    # ... "rose 1,350 VND to 25,500 VND": thousands and a currency's code after the amount
    # ... "climbed 48.5 yen, or 2.4 percent, to 2,078.5 yen": a currency's word after it
    rf"(?:[^\s,;]|,(?=\d{{3}})){{1,12}}(?:\s(?:{_SUBUNIT_WORDS}|{CURRENCY_WORDS}|(?-i:[A-Z]{{3}})))?)"
    rf"(?:\s+(?:each|apiece))?(?:\s+{_FROM_PRICE})?|"
    # "gained 2 pesewas from GHC 2.35 to GHC 2.37", "increased from 12 pesewas to 13 pesewas"
    rf"{_FROM_PRICE})"
    # "down 34 cents, or 4.5 per cent, to $7.16": the percentage beside the amount
    r"(?:,?\s+or\s+[\d.]+\s?(?:%|per\s?cent|percent),?)?\s+to\b",
    re.I,
)
