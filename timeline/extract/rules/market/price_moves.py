"""Price moves.

A price move is a percentage tied to a move verb or noun ("surged 6.39%", "a 15% decline",
"doubled") in a sentence about the stock or an index, and not about revenue, users, upside or
ownership. Its sign comes from the verb; its period from the sentence's temporal cue.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Sequence

from timeline._time import MONTHS
from timeline.extract.actors import (
    SELF,
    SHARE_CLASS,
    actor_after,
    actor_before,
    clause,
    ends_legally,
    is_index,
    leading_actor,
)
from timeline.extract.context import Context, Draft
from timeline.extract.gates import gated
from timeline.extract.numbers import (
    CURRENCY_CODES,
    SUBUNIT_WORDS,
    Amount,
    find_money,
    find_percents,
)
from timeline.extract.places import is_country, is_place
from timeline.extract.rules._common import (
    CAUSE_OPENS,
    FALL_WORDS,
    NAMES_SPLIT,
    PER_SHARE,
    PROJECTION,
    RISE_WORDS,
    SECTOR_WORDS,
    expected_before,
    hypothetical_before,
    is_per_share,
)
from timeline.extract.rules.market._shared import (
    _COMMODITY_UNIT,
    _IT_BEFORE,
    _MOVE,
    _MOVED_TO,
    _NOT_PRICE,
    _NOT_SECURITY,
    _SIGNED_AFTER_NAME,
    _UNIT,
    _last_index,
    _listing,
    _mover,
    _named,
)
from timeline.extract.rules.market.dates import _FROM_BEFORE, _when
from timeline.extract.temporal import Occurrence
from timeline.extract.text import Sentence

__all__ = ["moves"]


_MULTIPLE = gated(r"\b(?P<w>doubl(?:ed|ing|es)|tripl(?:ed|ing|es)|halv(?:ed|ing|es))\b", re.I)
_ABOUT_STOCK = gated(
    r"\b(?:shares?|stock|scrip|counter|equity|ADRs?|depositary|index|Index|benchmark|gauge|"
    r"trading|traded|"
    r"share price|market value|performance|rally|sell-off|closed|closing|opened|settled|ended|"
    # "hit the 10% daily limit down": only a listed share has a daily limit
    r"on the day|limit[\s-](?:up|down))\b",
    re.IGNORECASE,
)
_YEAR_ON_YEAR = re.compile(
    r"\s*(?:over|from|versus|vs\.?|on|compared\s+(?:with|to))\s+(?:the\s+)?(?:prior|previous|"
    r"last|a)\s+(?:year|quarter)|\s*(?:(?:higher|lower)\s+)?(?:year[\s-]on[\s-]year|year[\s-]over[\s-]year|y/?o/?y|"
    r"from\s+a\s+year\s+(?:earlier|ago)|quarter[\s-]on[\s-]quarter|q/?o/?q|"
    # "rose by 10.4% half-on-half", "3% higher sequentially": a result's change
    r"half[\s-](?:on|over)[\s-]half|h/?o/?h|sequentially)\b",
    re.I,
)
# "about 10% higher than where shares trade now", "up about 25% from recent levels": what a
# target or a forecast implies, measured from today's price
_FROM_TODAYS_PRICE = re.compile(
    r"\s*(?:higher|lower|above|below)?\s*(?:than|from)\s+(?:where\s+(?:the\s+)?(?:shares|stock)\s+"
    r"(?:trades?|is|are)|(?:the\s+)?(?:recent|current|today['’]s|(?:current\s+)?market)\s+"
    r"(?:levels?|(?:share\s+|market\s+)?prices?))\b",
    re.I,
)
# What a target or a valuation implies, no move yet: "implies 27% upside", "suggests a 30% gain
# from the last close", "pointing to a 15% rise" (not "representing a 25% decline since
# January", a move)
_IMPLIED = re.compile(
    r"\b(?:impl(?:y|ies|ied|ying)|suggest(?:s|ed|ing)?|"
    r"indicat(?:es|ed|ing)|signal(?:s|led|ling|ed|ing)?|point(?:s|ed|ing)?\s+to)\s+"
    r"(?:an?\s+)?(?:(?:potential|possible|further|additional|more)\s+)?"
    r"(?:(?:upside|downside|return|gain|rise|increase|decline|drop|fall)\s+(?:of\s+)?)?"
    r"(?:(?:about|around|nearly|some|roughly|almost|over)\s+)?[+\-−]?$",
    re.I,
)
# "-12.56% off its SMA200", "52.37% off the consensus price target high", "33.94% higher than
# the price target low": where the price stands against a reference level, not a move ("below"
# and "above" are already a level's words, see `_NOT_PRICE`)
_FROM_REFERENCE = re.compile(
    r"\s*(?:off|away\s+from|short\s+of|(?:higher|lower)\s+than)\s+(?:its|their|the)\s+"
    r"(?:[\w’'-]+\s+){0,4}?(?:(?:price\s+)?targets?|SMA\s?\d*|(?:simple\s+|exponential\s+)?"
    r"moving\s+averages?|(?:52|fifty-two)[-\s]week|highs?|lows?|peaks?)\b",
    re.I,
)
# ... unless a move's verb tells the percentage: "fell 5% off its highs" is a fall
_MOVED_BY = re.compile(
    rf"\b(?:{RISE_WORDS}|{FALL_WORDS})\s+(?:by\s+)?(?:(?:about|around|nearly|almost|some|"
    r"roughly|over)\s+)?[+\-−]?$",
    re.I,
)
# A sentence about a figure of the results ("Underlying EPS rose 8.4%", "Adjusted revenue fell")
_KPI_OPENING = re.compile(
    r"^(?:(?:underlying|adjusted|diluted|basic|core|organic|comparable|reported|preliminary|"
    r"non-gaap|gaap|quarterly|annual|net|operating|total|group)\s+)*"
    rf"(?:EPS|earnings\s+{PER_SHARE}|revenues?|sales|profits?|income|margins?|EBITDA|EBIT|"
    r"turnover|orders|bookings|deliveries|shipments)\b",
    re.I,
)
# "rose to 11%" is a level and "from 8.6%" a previous value: neither is a move ("fell up to
# 3%" is: its bound).
_LEVEL_NOT_MOVE = re.compile(
    r"\b(?:(?<!up\s)to|from|at)\s+(?:a\s+)?(?:about\s+|around\s+)?$|"
    # a weight in a portfolio or an index: "Zorvex makes up 1.4% of the fund's holdings"
    r"\b(?:makes?\s+up|made\s+up|accounts?\s+for|accounted\s+for|represents?|represented|"
    r"comprises?)\s+(?:about\s+|around\s+|roughly\s+|approximately\s+|nearly\s+)?$",
    re.I,
)
# The market's breadth: "Of the more than 1,600 stocks trading on the TSE's prime market, 85%
# rose, 13% fell"
_BREADTH = re.compile(
    r"\bof\s+(?:the\s+)?(?:more\s+than\s+|over\s+|some\s+)?[\d,]+\s+(?:stocks|shares|issues|"
    r"companies|counters|scrips|constituents|members)\b",
    re.I,
)
_COUNTED_MOVE = re.compile(
    r"\s*(?:of\s+them\s+)?(?:rose|fell|advanced|declined|gained|lost|were\s+(?:up|down|higher|"
    r"lower)|closed|ended|traded)\b",
    re.I,
)
# A count of stocks heading the move, the market's breadth: "with more than 120 PV-related
# shares declining and over 85 dropping more than 10%", "while 40 stocks rose over 5%" (not an
# index's number: "the FTSE 100 fell 0.5%")
_COUNT_OF_MOVERS = re.compile(
    r"(?:^|(?<!\d)[,;:]\s+|\b(?:and|with|while|as|but)\s+)(?:(?:more\s+than|over|some|about|"
    r"nearly|around|almost)\s+)?\d{1,3}(?:,\d{3})*\s+(?:(?:[\w-]+\s+){0,2}?(?:stocks|shares|issues|companies|"
    r"counters|names|constituents|members|of\s+them)\s+)?(?:\w+ing|fell|rose|dropped|declined|"
    r"gained|advanced|jumped|surged|slumped|plunged|lost|added|climbed|were\s+(?:up|down))\s+"
    r"(?:by\s+)?(?:(?:more\s+than|over|at\s+least|upwards\s+of|in\s+excess\s+of)\s+)?$",
    re.I,
)
# The most a share may move, not its move: "faced steeper losses under a 20% cap", "the 10%
# daily limit" (but "hit the 10% daily limit down" is the move, `_LIMIT_MOVE`)
_LIMIT_ITSELF = re.compile(
    r"\s+(?:(?:daily|trading|price)\s+)*(?:cap|ceiling|limit|band|circuit(?:\s+breaker)?)\b"
    r"(?![\s-]+(?:up|down)\b)",
    re.I,
)
# "(up 5.24 percentage points to 12.24%)": a ratio changed in points, no price's move
_IN_POINTS = re.compile(r"percentage\s+points?\b|^\s*(?:points?|pts|pp)\b", re.I)


# "Hero Motocorp (2.70%)", "UPL (higher by 3.53 per cent)", "Wipro (-2.58%)": a list item.
_LIST_ITEM = re.compile(
    r"\(\s*(?:[+\-−]?[\d,.]+\s*(?:points?|pts)?\s*,\s*)?"  # "(-155.8, -0.6%)": points first
    r"(?P<word>higher|lower|up|down)?\s*(?:by\s+)?[+\-−]?\s*$",
    re.I,
)
_POLARITY = gated(
    rf"\b(?P<up>gain(?:er)?s|gained|risers|advancers|winners|(?:top|best)\s+performers|led|{RISE_WORDS})\b|"
    rf"\b(?P<down>los(?:er)?s|laggards|fallers|decliners|declines|dragged|"
    rf"(?:worst|weakest)\s+performers|{FALL_WORDS})\b",
    re.I,
)
# Between a verb and its figure only the points or the amount may stand.
_SAME_CLAUSE = re.compile(
    r"^\s*(?:by\s+|of\s+|(?:stands?|stood|is|was)(?:\s+at)?\s+)?"
    r"(?:(?:as much as|about|around|roughly|approximately|nearly|almost|some|close to|just|only|"
    r"more than|over|less than|under|another|a further|a little|slightly|a|an|~|up to|"
    r"back|further|"  # "fell back 0.4 percent", "slid further 2%"
    # "improved by a marginal 0.09 percent", "rose a hefty 12%"
    r"marginal|modest|slight|mere|meagre|meager|hefty|whopping|solid|sharp|strong|robust|"
    # "up an astounding 145%", "down a painful 30%"
    r"astounding|staggering|stunning|remarkable|impressive|massive|huge|big|healthy|"
    r"respectable|painful|brutal|steep|eye-watering|incredible|astonishing)\s*)*"
    # an amount in figures, or in a word before its small unit ("dishing off six cents")
    r"(?:(?:(?:Rs\.|[\w$€£¥₹]{0,3})\s?[\d,.]+|[a-z-]{3,12}(?=\s+(?:cents?|pence|sen)\b))"
    r"\s*(?:(?:basis\s+)?points?|pts|won|yen|yuan|rupees?|"
    # ... or a local currency's subunit: "fell 12 sen, or 5%, to RM2.28"
    rf"euros?|pence|p|{SUBUNIT_WORDS}|"
    # ("shed 59.7 points, also 0.7 per cent": the same fall as the index's before it)
    r"cents?|dollars?)?,?\s*(?:(?:or|also)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+)?"
    r"|\()?|"
    r"by\s+|another\s+|a\s+)?"
    r"(?:[+\-–−]\s)?$",  # a sign set apart: "GEREGU up + 6.25%", "AIICO down – 5.00%"
    re.I,
)


# The stems of a session's verbs: "closed", "ending", "settles", "traded"
_SESSION_STEM = r"clos|end|finish|settl|trad"
# A change told as a noun, which is a price's change only when the sentence says so: measured
# against the last session ("an increase of 5,000 won (8.16%) compared to the previous trading
# day") or set beside a close ("closed at 66,300 won, a decrease of 2.1%"); otherwise it is a
# figure's ("an increase of 12% over the prior year")
_CHANGE_NOUN = re.compile(r"\b(?:(?P<up>increase)|(?P<down>decrease))\s+of\b", re.I)
# (the last session's words are the dates' `_FROM_BEFORE`; or its tag: "day-on-day", "d/d")
_VS_LAST_SESSION = re.compile(r"[^.;]{0,12}?\b(?:day[\s-]on[\s-]day|d/d|DoD)\b", re.I)
_LAST_SESSION_REACH = 40  # characters after the figure
_BESIDE_CLOSE = re.compile(
    rf"\b(?:{_SESSION_STEM})\w*\s+(?:at|on)\s+[^,;]{{1,24}},\s+(?:an?\s+)?$", re.I
)


def _change_noun_of(text: str, p: Amount) -> re.Match[str] | None:
    """The noun "increase" or "decrease" that governs percentage ``p`` when it tells a share
    price's change (`_CHANGE_NOUN`)."""
    nouns = list(_CHANGE_NOUN.finditer(text, max(0, p.start - 45), p.start))
    if not nouns or not _SAME_CLAUSE.match(text[nouns[-1].end() : p.start]):
        return None
    noun = nouns[-1]
    after = text[p.end : p.end + _LAST_SESSION_REACH].split(".", 1)[0]
    told = _FROM_BEFORE.search(after) or _VS_LAST_SESSION.match(after)
    return noun if told or _BESIDE_CLOSE.search(text, 0, noun.start()) else None


_UP_TO = re.compile(r"up\s+to\s", re.I)
# "shares showed a 1.2% increase", "the stock posted a 3% decrease in early trading": the
# shares' own change, told as a noun after its figure (not "a 5% increase in revenue")
_SHARES_SHOWED = re.compile(
    # ("Shares of electric vehicle leader Tesla witnessed a 1.7% increase in morning trading")
    r"\b(?:shares?|stock)(?:\s+of(?:\s+[\w&.'’-]+){1,6}?)?\s+(?:(?:also|have|has|had)\s+)?"
    r"(?:showed|shows|posted|posts|saw|sees|witnessed|recorded|registered|logged|notched|"
    r"booked)\s+an?\s+$",
    re.I,
)
_SHARES_CHANGE = re.compile(
    r"\s+(?:(?P<up>increase)|(?P<down>decrease))\b(?!\s+in\s+(?!(?:(?:pre|post)-?market\s+|"
    r"after-?hours\s+|early\s+|late\s+|morning\s+|afternoon\s+)?trad))",
    re.I,
)
# A change told as a noun after its figure, of the share price by name: "witnessed a 3.3%
# increase in its share price", "a 2% depreciation in the stock price"
_PRICE_NOUN = re.compile(
    r"\s+(?:(?P<up>increase|rise|gain|jump|appreciation|uptick)|"
    r"(?P<down>decrease|decline|drop|fall|depreciation|dip))\s+in\s+(?:(?:its|the|their)\s+)?"
    r"(?:share|stock)\s+prices?\b",  # "has shown a 5% increase in stock price"
    re.I,
)


# A move as large as the market lets a share move in a day, its size given: "hit the 10% daily
# limit down", "rose by the 30% limit-up"
_LIMIT_MOVE = re.compile(
    r"\s+(?:(?:daily|trading|price)\s+)*limit[\s-]+(?:(?P<up>up)|(?P<down>down))\b", re.I
)
_PERIOD_TAG = re.compile(r"\b(?:YTD|YtD|ytd|MTD|QTD|WTD|y/y|m/m|w/w|d/d|YoY|MoM|WoW|DoD)\b")


def _verb_of(text: str, p: Amount) -> re.Match[str] | None:
    """The move verb that governs percentage ``p``: in its clause before it, or just after."""
    before = list(_MOVE.finditer(text, max(0, p.start - 45), p.start))
    if len(before) > 1 and _UP_TO.match(text, before[-1].start()):
        before.pop()  # "shares fall up to 3%": "up to" is the figure's bound, not its verb
    if before and _SAME_CLAUSE.match(text[before[-1].end() : p.start]):
        return before[-1]
    if noun := _change_noun_of(text, p):
        return noun
    if noun := _PRICE_NOUN.match(text, p.end) or _LIMIT_MOVE.match(text, p.end):
        return noun
    if _SHARES_SHOWED.search(text, max(0, p.start - 90), p.start) and (
        noun := _SHARES_CHANGE.match(text, p.end)
    ):
        return noun  # "shares showed a 1.2% increase in pre-market trading"
    after = _MOVE.search(text, p.end, p.end + 20)
    # "with 9.56% YtD correction": a period's tag may stand between
    if after and not _PERIOD_TAG.sub("", text[p.end : after.start()]).strip(" ,"):
        return after
    # "closed 0.2 per cent or 9.36 points up", "closed 0.66% (JPY 11.5) lower"
    aside = _ASIDE.match(text, p.end)
    after = _MOVE.match(text, aside.end()) if aside else None
    return after if after and after.group(0).lower() in ("up", "down", "higher", "lower") else None


# A bare direction after a comma that restates the clause before it: "The forest company SCA
# also fell sharply, down 4.3 percent", "The share fell moderately, down 1.1 percent"
_TOLD_BEFORE = re.compile(
    r"\b(?P<verb>fell|rose|gained|lost|dropped|climbed|jumped|slipped|declined|advanced|"
    r"traded|closed|ended|finished|moved|was\s+(?:trading|quoted)|"
    # "Zorvex followed in close second, up 2.89 per cent"
    r"followed|trailed|"
    # "Zorvex led the gainers, up 1.7%", "Zorvex bucked the trend, down 2%": a mover's rank or
    # its pull on the market
    r"led|topped|headed|lagged|bucked|dragged|weighed|propped|"
    # "Zorvex was at the bottom, down by 1.7%"
    r"(?:was|were)\s+(?:at|near)\s+the\s+(?:top|bottom|head|tail|foot)\b|"
    # "Kapchorua was the day's top gainer, up 7.1%"
    r"(?:was|were)\s+(?:the\s+|among\s+the\s+)?(?:(?:day|session|week)['’]s\s+)?"
    r"(?:top|biggest|best|worst|leading|main|star|next|poorest|weakest|strongest)\b|"
    # "Societe Generale was a weak spot in a positive banking sector, down 2.5 per cent"
    r"(?:was|were)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:spots?|standouts?|drags?|laggards?|"
    r"gainers?|losers?|exceptions?|outliers?|(?:out|under)performers?|winners?)\b)"
    # (a figure's comma is no clause's: "closed at €12,45, up 1,2%", "at Rs 1,239.75, up 0.74%")
    r"(?:[^,;()]|,(?=\d)){0,40}"
    # "..., up 7.1%", "... on the index (down by 9.5 per cent)"
    r"(?:,\s*|\s*\(\s*)$"
)


# What may stand between a percentage and the direction written after it: the points or the
# amount ("or 9.36 points", ", or S$0.16,", "(JPY 11.5)")
_ASIDE = re.compile(
    r"\s*(?:\([^()]{1,24}\)|"
    # ... or the amount in pence or cents: "3% or 17p lower"
    r",?\s*or\s+[\w$€£¥₹]{0,3}\s?[\d,.]+\s*(?:points?|pts|pence|p|cents?|c)?\b|"
    # ... or its period's tag: "settled 2.4% w/w higher"
    r"(?:w/w|d/d|m/m|y/y|WoW|DoD|MoM|YoY|YTD|ytd)\b)"
    r"\s*,?\s*"
)
# "ended 1% and 2% higher, respectively": the direction may stand before the word
_RESPECTIVELY = re.compile(r"(?P<dir>\s+(?:higher|lower|up|down))?,?\s+respectively\b", re.I)
# (not the bracket of a name's ticker: "Meituan (03690.HK) and Baidu (09888.HK) fell")
_NAMES_START = re.compile(r"\b(?:with|while|as|led\s+by|including)\s|[;:]|\((?![^()]{1,16}\))")


def _last_list(text: str) -> list[str]:
    """The names of the last list of names ("A, B and C") in ``text``."""
    lists = list(_LIST_OF_NAMES.finditer(text))
    return _names_of(lists[-1]) if lists else []


def _respectively(text: str, percents: Sequence[Amount]) -> dict[int, tuple[str | None, float]]:
    """Moves paired with names in order: "Advantest and Tokyo Electron down 1.99% and
    1.87%, respectively", and without the word when the list of names and the list of moves
    are as long ("Galp, Amorim and Altri were falling by 0.60% to €16.57, 0.30% to €6.74 and
    0.29% to €2.41") -> {start of each percent: (its name, the verb's sign)}."""
    out: dict[int, tuple[str | None, float]] = {}
    for chain, said in _chains(text, percents):
        verb = _verb_of(text, chain[0])
        head = text[: verb.start() if verb is not None else chain[0].start]
        if verb is None and _HOLDING_VERB.search(head):
            continue  # "State Street and Vanguard held 5.3% and 5%, respectively": stakes
        cut = max((m.end() for m in _NAMES_START.finditer(head)), default=0)
        names = [n for n in NAMES_SPLIT.split(head[cut:].strip()) if n]
        unnamed = len(names) != len(chain) or any(actor_before(n, len(n)) is None for n in names)
        if said and unnamed and not _NOT_PRICE.search(text):
            names = _last_list(head) or names  # "Tele2 and Telia closed on a plus, up 3.5 and"
        if not said:  # no "respectively": the names a list of their own, before its verb
            listed = _COORDINATED.search(head)
            if listed is None or verb is None:
                continue
            names = _names_of(listed)
        if len(names) != len(chain):
            continue
        after = _RESPECTIVELY.match(text, _after_price(text, chain[-1].end))
        down = after is not None and (after["dir"] or "").strip().lower() in ("lower", "down")
        sign = -1.0 if down or (verb is not None and verb.group("down")) else 1.0
        for p, name in zip(chain, names, strict=True):
            out[p.start] = (actor_before(name, len(name)), sign)
    return out


_HOLDING_VERB = re.compile(r"\b(?:held|holds?|holding|owns?|owned|stakes?|shareholding)\b", re.I)


# After a move in a list of moves, its price: "0.60% to €16.57, 0.30% to €6.74"
# "to €16.57", "to KES 35.30", or the price in brackets: "29.86% (₩8,350)"
_TO_PRICE = (
    r"(?:\s+to\s+(?:[A-Z][A-Za-z]{1,2}\s)?[^\s,;]{1,14}|\s*\((?:[A-Z]{1,3}\s?)?[^\s()%]{1,14}\))?"
)
_PRICE_AFTER = re.compile(_TO_PRICE)
_MOVE_TO = re.compile(r"[+\-−]?[\d.,]+\s?(?:%|per\s?cent|percent)\s*(?:\s+to\s+|\(\s*)")
_CHAIN_GAP = re.compile(_TO_PRICE + r"\s*(?:,|,?\s+and)\s*")
_CHAIN_END = re.compile(_TO_PRICE + r"\s*(?:[.;),]|$|(?:on|in|at|for|during|over|this|last)\b)")


def _chains(text: str, percents: Sequence[Amount]) -> Iterator[tuple[list[Amount], bool]]:
    """Runs of two or more percentages joined by commas and "and", each with whether
    "respectively" follows it; a run without the word must end its clause."""
    run: list[Amount] = []
    for p in [*percents, None]:
        if p is not None and run and _CHAIN_GAP.fullmatch(text, run[-1].end, p.start):
            run.append(p)
            continue
        if len(run) >= 2:
            said = _RESPECTIVELY.match(text, _after_price(text, run[-1].end)) is not None
            if said or _CHAIN_END.match(text, run[-1].end):
                yield run, said
        run = [p] if p is not None else []


def _paired_price(text: str, at: int, paired: dict[int, tuple[str | None, float]]) -> str | None:
    """The name a price at ``at`` goes with when it follows a paired move ("0.30% to €6.74",
    "29.86% (₩8,350)")."""
    for start, (name, _) in paired.items():
        p = _MOVE_TO.match(text, start)
        if p is not None and p.end() == at:
            return name
    return None


def _after_price(text: str, at: int) -> int:
    m = _PRICE_AFTER.match(text, at)
    return m.end() if m else at


# a name with its figure in brackets: "MTNN (+10.8%", "Hero Motocorp (2.70", and a series
# mark between them: "ORBIA * (-9.8%"
_NAME_BRACKET = gated(  # letters of any alphabet: "Jerónimo Martins (+0.20%"
    r"(?<![\w&.'’-])(?P<name>[A-Z](?:[^\W\d_]|[&.'’-])*(?:\s+(?:[A-Z](?:[^\W\d_]|[&.'’-])*|&|"
    r"de|di|dei|del|della|da|das|do|dos|du|van|von|der|den|la|le|of|and)){0,6})"
    # its shares' class between: "Surgutneftegaz ordinary stocks (+4.1%"
    rf"(?:\s+(?:{SHARE_CLASS}\s+)?(?:shares|stocks?))?"
    r"(?:\s+\*)?\s*\(\s*[+\-−]?\s*$"
)
# the item's figure closes its brackets, perhaps with its period: "(-3.15% w/w)"
# ... or its price: "Sonae (+0.33% to €1.81)"
_ITEM_END = re.compile(
    r"\s*(?:(?:w/w|d/d|m/m|y/y|YTD|ytd|WoW|DoD|YoY)\s*)?(?:,?\s*(?:to|at)\s+[^()]{1,16}?)?\)"
)


def _list_item(text: str, p: Amount) -> float | None:
    """The signed move of a movers' list item, "Name (2.70%)", or ``None``."""
    m = _LIST_ITEM.search(text[max(0, p.start - 20) : p.start])
    if m is None or not _ITEM_END.match(text, p.end):
        return None
    if p.value < 0 or (m.group("word") or "").lower() in ("lower", "down"):
        return -abs(p.value)
    if m.group("word") or "+" in m.group(0) or text[p.start] == "+":  # "(+14.56%)"
        return abs(p.value)
    return _by_polarity(text, p)


# A mover's name and its figure after "with", the move's direction told by the list's lead:
# "The biggest gains were for Zorvex, with 2.1%, Quillon, with 1.4%", "followed by Quillon with
# 1.4%"
_WITH_ITEM = re.compile(
    r"(?<![\w&.'’-])(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}),?\s+with\s+$"
)


def _with_item(text: str, p: Amount) -> tuple[float, str | None] | None:
    """The signed move and the name of a list item "Name, with 2.1%", or ``None``."""
    item = _WITH_ITEM.search(text, max(0, p.start - 60), p.start)
    if item is None:
        return None
    value = -abs(p.value) if text[p.start] in "-−" else _by_polarity(text, p)
    return (value, item["name"]) if value is not None else None


def _bracket_item(text: str, p: Amount) -> tuple[float, str | None] | None:
    """The signed move and the name of a list item "Name (2.70%)", or ``None``."""
    listed = _list_item(text, p)
    return None if listed is None else (listed, actor_before(text, text.rindex("(", 0, p.start)))


def _by_polarity(text: str, p: Amount) -> float | None:
    """``p``'s move signed by the word of rise or fall nearest before it (else after it: "...
    were the only winners"); where none is, a bare figure is a fall when the rises carry
    their "+" (the accountants' minus), else unsigned: ``None``."""
    before = list(_POLARITY.finditer(text, 0, p.start))
    cue = before[-1] if before else _POLARITY.search(text, p.end)  # "... were the only winners"
    if cue is None:
        # the accountants' minus: where the rises carry their "+", a bare figure in brackets is
        # a fall ("FTSE 100 (0.11%) to 9255.50, ... CAC40 +0.44% to 7743.93")
        return -abs(p.value) if _PLUS_FIGURE.search(text) else None
    return abs(p.value) if cue.group("up") else -abs(p.value)


# a rise written with its plus sign: "+0.44%", "+ 1.2 per cent"
_PLUS_FIGURE = re.compile(r"(?<![\w.])\+\s?\d[\d,]*(?:\.\d+)?\s?(?:%|per\s?cent\b|percent\b)", re.I)


_UNIT_BEFORE = re.compile(rf"{_UNIT}[^.;]{{0,12}}$", re.I)
# The market's activity, not its prices: "Equity turnover at the NSE surged by 28.2%",
# "Trading on the exchange increased by 45%", "foreigner buys contracted by 35.4%", "Deals
# executed jumped by more than 80 percent", "the number of trades rose 12%"
_ACTIVITY = re.compile(
    r"\b(?:turnover|volumes?|value\s+traded|traded\s+value|inflows?|outflows?|"
    r"(?i:deals|transactions|number\s+of\s+trades)|"
    r"foreign(?:ers?)?\s+(?:buys|sales|buying|selling|purchases)|"
    r"(?:^|\s)[Tt]rading\s+(?:on|in|volumes?|values?|activity))\b"
)


# A figure of the business heading the move: "its interim profit attributable to shareholders
# has skyrocketed 68.5 percent", "net income ... was $1.5 million, a 92% drop", "a return on
# tangible equity of greater than 18.0%"
_METRIC = gated(
    r"\b(?:revenues?|sales|income|profits?|earnings|EBITDA|EBIT|EPS|margins?|turnover|orders|"
    r"bookings|deliveries|shipments|dividends?|payouts?|returns?\s+on\s+(?:\w+\s+)?(?:equity|"
    r"assets|capital)|RoTE|RoE|RoA|costs?|expenses|loans|deposits|output|subscribers|users|"
    r"DAUs|MAUs)\b",
    re.I,
)
# ... unless the shares, the company or another name come between that figure and the move
_SHARES = (
    r"(?<!\bper\s)(?<!\ba\s)\b(?:shares?|stocks?|scrip|share\s+price|stock\s+price|ADRs?|index|"
    r"benchmark|gauge|market\s+(?:value|capitali[sz]ation|cap)|valuation)\b"
)
_MOVER_BETWEEN = re.compile(
    rf"{_SHARES}|\b(?:it|they|(?:the|its)\s+(?:company|group|firm|lender|bank|insurer|carmaker|"
    r"automaker|miner|retailer|chipmaker|operator))\b|[;—]|\s[-–]\s|\b(?:while|whereas|but)\s",
    re.I,
)
_SHARES_WORD = gated(_SHARES, re.I)
# a name: capitalised letters, not an amount ("Kc1,700") nor a month
_CAPITALISED = re.compile(r"\b[A-Z][A-Za-z&'’-]+\b(?![\d.,]*\d)")


def _metric_heads(text: str, at: int) -> bool:
    """Whether a figure of the business, written before ``at`` with no mover nor name between,
    is what the move at ``at`` is told of."""
    metrics = list(_METRIC.finditer(text, 0, at))
    if not metrics:
        return False
    between = text[metrics[-1].end() : at]
    if _MOVER_BETWEEN.search(between):
        return False
    return _last_name(between) is None


def _last_name(text: str) -> re.Match[str] | None:
    """The last capitalised word of ``text`` that is no month, currency or figure's name."""
    names = [
        m
        for m in _CAPITALISED.finditer(text)
        if m.group(0).rstrip(".").lower() not in MONTHS
        and m.group(0) not in CURRENCY_CODES
        and not _NOT_PRICE.regex.fullmatch(m.group(0))
    ]
    return names[-1] if names else None


def _after_mover(lead: str) -> str:
    """``lead`` after the last shares' word or name in it: "Despite strong earnings, Zorvex
    shares fell " -> " fell " (the earnings are not what fell)."""
    marks = [m.end() for m in _SHARES_WORD.finditer(lead)]
    if (name := _last_name(lead)) is not None:
        marks.append(name.end())
    return lead[max(marks, default=0) :]


# "greater than 18.0%, up from 16.5%": a ratio's level beside its previous level
_LEVEL_FROM_LEVEL = re.compile(
    r"\s*,?\s*(?:up|down|higher|lower|compared)\s+(?:with\s+|to\s+)?from\s+"
    r"(?:about\s+|around\s+)?[\d.,]+\s?(?:%|per\s?cent|percent)",
    re.I,
)
# "a 10.7 percent dip in average trading value": the noun's own figure, written after it
_TRADING = re.compile(
    r"\b(?:turnover|volumes?|value\s+traded|traded\s+value|trading\s+(?:values?|volumes?|activity))\b",
    re.I,
)
_NOUN_OF_WHAT = re.compile(r"\s*[a-z]+\s+(?:in|of)\s+(?:the\s+|its\s+)?(?P<what>[^,.;]{1,40})")
# ... a price of goods, not of the shares: "a 10% rise in the fuel price", "a 3% drop in crude
# oil prices" (not "in the share price", "in its price")
_GOODS_PRICE = re.compile(r"(?!(?:share|stock)\b)(?:[a-z][\w-]*\s+){1,3}prices?\b")

_NOUN_CHANGE = re.compile(r"\b(?:increase|decrease)\s+of\s+$", re.I)
_SHORT_INTEREST_WORDS = re.compile(r"\bshort\s+interest\b", re.I)


# The exchange's own aggregates heading the sentence: "Trading value on the Zorvia Stock Exchange
# (ZSE) increased by 14.58 per cent", "The total market capitalization of the ZSE rose by
# 0.2%", "The total value of shares traded rose by 2.89%"
_AGGREGATE_HEAD = re.compile(
    r"^(?:the\s+)?(?:total\s+|overall\s+|average\s+(?:daily\s+)?)?(?:trading\s+value|"
    r"value\s+of\s+(?:the\s+)?(?:shares|stocks|equities)\s+traded|traded\s+value|"
    r"(?:equity\s+|stock\s+)?market\s+capitali[sz]ation|turnover|trading\s+volumes?|"
    # "Volume of deals in shares included in KASE Index representative list, on May 30 ..."
    r"(?:volume|value|number)\s+of\s+(?:deals|trades|transactions)|daily\s+contracts)\b",
    re.I,
)
# ... until a clause of another mover
_OTHER_CLAUSE = re.compile(r";|\b(?:while|whereas|but|as)\s|,\s+(?:and\s+|with\s+)?[A-Z]")


def _no_move_here(text: str, p: Amount, lead: str, tail: str, verb: re.Match[str] | None) -> bool:
    """Whether percentage ``p`` is no move of a share or an index: a figure of the business, a
    hypothetical or an expectation, the market's turnover or a commodity heading its clause, a
    change of the short interest."""
    # "triggered a steep 23% plunge in Lululemon shares": the shares', whatever leads it
    in_shares = _IN_SHARES.match(text, p.end) is not None
    if (
        (
            not in_shares
            and (_not_a_move(text, lead, tail) or _of_something_else(text, p, tail, verb))
        )
        # "The total market capitalization of the ZSE rose by 0.2%": the exchange's aggregate
        or (_AGGREGATE_HEAD.match(text) and not _OTHER_CLAUSE.search(text, 0, p.start))
        or _FROM_TODAYS_PRICE.match(text, p.end)
        or _IMPLIED.search(text, max(0, p.start - 60), p.start)
        or (_FROM_REFERENCE.match(text, p.end) and not _MOVED_BY.search(lead))
    ):
        return True
    if hypothetical_before(text, p.start) or expected_before(text, p.start):
        return True
    if _IN_POINTS.search(text, p.start, p.end) or _IN_POINTS.match(tail):
        return True
    if (
        # "Of the 1,600 stocks on the prime market, 85% rose": a share of stocks
        (_COUNTED_MOVE.match(tail) and _BREADTH.search(text, 0, p.start))
        or _COUNT_OF_MOVERS.search(text, max(0, p.start - 90), p.start)
        or _LIMIT_ITSELF.match(tail)
    ):
        return True
    own = clause(text, p.start, p.end)
    before = own[: max(0, own.find(text[p.start : p.end]))]
    if (
        _ACTIVITY.search(before)  # "Equity turnover ... surged"
        or _NOT_SECURITY.search(before)  # "Brent crude ... showed an increase of"
        # "the energy sector gained 2.4%", "led by a 0.8% drop in the bank sector"
        or _sector_moved(text[: p.start], before, tail)
    ):
        return True
    # "short interest totalling 7,450,000 shares, an increase of 10.0%"
    return bool(_NOUN_CHANGE.search(lead) and _SHORT_INTEREST_WORDS.search(text))


# A sector as what moved, not a company or the market: "the energy sector gained 2.4%",
# "Rate-sensitive real estate rose 1.1%", "Bank stocks fell 2%", "while utilities added 0.9%",
# "led by a 0.8% drop in the financial sector". A sector written alone as a capitalised name
# ("Financials declined by 0.75 percent") is a wrap's sub-index, kept as written; "the tech giant
# rose 3%" is a company (the sector's words must be followed by the move's verb).
_SECTOR_NOUN = r"(?:sector|sub-?sector|industry|segment)s?"
_SECTOR_GROUP = r"(?:sector|stocks|shares|names|counters|issues|plays)"
_SECTOR_VERB = (
    r"\s+(?:(?:also|all|were|was|have|has|had|is|are|being)\s+)*"
    rf"(?:{RISE_WORDS}|{FALL_WORDS}|ended|closed|finished|traded|led|dragged|weighed)\b"
)
_SECTOR_HEAD = re.compile(
    # lower case: "the energy sector", "Rate-sensitive real estate", "utilities"
    r"\s*(?:(?:[Tt]he|[Ii]ts|[Tt]heir)\s+)?(?:(?:[a-z][\w-]*|[A-Z][a-z]+-[a-z][\w-]*)\s+){0,2}?"
    rf"(?:(?:[a-z][\w-]*\s+){{1,3}}{_SECTOR_NOUN}|(?:{SECTOR_WORDS})(?:\s+{_SECTOR_GROUP})?)"
    rf"{_SECTOR_VERB}"
    # or a capitalised sector with its group noun: "Real estate stocks", "Energy sector"
    rf"|\s*(?:(?i:{SECTOR_WORDS})\s+{_SECTOR_GROUP}|[A-Z][a-z]+\s+{_SECTOR_NOUN}){_SECTOR_VERB}"
)
_NO_NAME_LEFT = re.compile(r"[^A-Z;]*$")  # no other name between the sector's verb and the figure
# An aside between a sector and its verb: "the financial sector, which includes Bank of
# Montreal, dropped by 0.8%"
_SECTOR_ASIDE = re.compile(r",\s+(?:which|that|including)\b[^,;]{1,100},")
_SECTOR_AFTER = re.compile(
    r"\s*(?:gain|rise|increase|jump|advance|rally|drop|decline|fall|loss|slide|slump|dip)s?\s+"
    r"(?:in|among|across|for)\s+(?:the\s+)?"
    rf"(?:(?:[a-z][\w-]*\s+){{1,3}}{_SECTOR_NOUN}|(?:{SECTOR_WORDS})(?:\s+{_SECTOR_GROUP})?)\b"
)


def _sector_moved(lead: str, before: str, tail: str) -> bool:
    """Whether a sector, not a company or the market, moved by the figure that ``lead`` (the
    sentence up to it), ``before`` (its clause up to it) and ``tail`` (the words after it)
    surround."""
    if _SECTOR_AFTER.match(tail):
        return True
    if (head := _SECTOR_HEAD.match(before)) and _NO_NAME_LEFT.match(before, head.end()):
        return True
    plain = _SECTOR_ASIDE.sub("", lead)
    if plain == lead:
        return False
    last = plain[plain.rfind(",") + 1 :]
    return bool((head := _SECTOR_HEAD.match(last)) and _NO_NAME_LEFT.match(last, head.end()))


# The market's own index, unnamed, owning the figure: "the broader index’s 11% slide", "the
# benchmark's 2% gain"
_INDEX_OWNS = re.compile(
    r"\bthe\s+(?:(?:broader|benchmark|main|wider|overall|key|local|headline)\s+)?"
    r"(?:index|benchmark|market|gauge)['’]s?\s+(?:[\w-]+\s+)?$",
    re.I,
)


def _of_something_else(text: str, p: Amount, tail: str, verb: re.Match[str] | None) -> bool:
    """Whether percentage ``p`` is told of a level, or of a figure written before or after it:
    "18.0%, up from 16.5%", "a 10.7 percent dip in average trading value", "its interim
    profit ... has skyrocketed 68.5 percent"."""
    if _LEVEL_FROM_LEVEL.match(tail):
        return True
    noun = _NOUN_OF_WHAT.match(text, p.end)
    if noun and (
        _NOT_PRICE.search(noun["what"])
        or _TRADING.search(noun["what"])
        or _GOODS_PRICE.match(noun["what"])
    ):
        return True
    return _metric_heads(text, min(p.start, verb.start()) if verb else p.start)


_LEVEL_WORDS = re.compile(r"\b(?:below|above)\b", re.I)
_NOUN_IN = re.compile(r"\s*[a-z]+\s+(?:in|of)\s", re.I)


def _not_a_move(text: str, lead: str, tail: str) -> bool:
    """Whether the percentage between ``lead`` and ``tail`` is a figure of the business, a
    level or a previous value rather than a move of the shares."""
    # the words after the last name or shares are the move's own; "below" or "above" before
    # the figure places a price ("fell back below Kc1,700, having written down 1.75 percent"),
    # after it the figure ("65% below their highs")
    own = _LEVEL_WORDS.sub(" ", _after_mover(lead))
    return bool(
        # (not a commodity before a name's bracketed move: "lifted along with iron ore
        # futures, led by Zorvex (2.7 per cent)")
        (_NOT_SECURITY.search(lead) and not _NAME_BRACKET.search(lead))
        or _UNIT_BEFORE.search(lead)
        or _COMMODITY_UNIT.match(tail)
        # (the figure's own words end where its cause's clause begins: "5% revenue growth" is the
        # revenue's, "rose 5% as revenue beat estimates" the shares')
        or _NOT_PRICE.search(own + CAUSE_OPENS.split(tail[:15], 1)[0])
        or (_NOUN_IN.match(tail) and _NOT_PRICE.search(tail))  # "a 5% rise in revenue"
        or _LEVEL_NOT_MOVE.search(lead)
        or _YEAR_ON_YEAR.match(tail)  # "down 25% over prior year": a result's change
        # "Underlying EPS rose 8.4% ..., rising 23.7% to CHF 4.24", but not "Revenue rose 10%
        # and the shares gained 4%"
        or (_KPI_OPENING.match(text) and own == lead)
        or (_SEGMENTS_CHANGED.search(text) and not _SHARES_NAMED.search(text))
        or PROJECTION.search(own)
    )


# A move told as a noun of a company's shares after its figure: "a 23% plunge in Lululemon
# shares", "a 5% rise in the shares of Zorvex"
_MOVE_NOUNS = (
    r"(?:(?:plunge|surge|drop|fall|rise|gain|jump|slide|decline|tumble|rally|slump|climb|crash|"
    r"collapse|dive|spike|rebound)s?)"
)
_IN_SHARES = re.compile(
    rf"\s*{_MOVE_NOUNS}\s+in\s+(?:the\s+)?(?:(?-i:[A-Z][\w&.'’-]*)\s+){{1,4}}"
    r"(?:shares|stock|share\s+price)\b|"
    rf"\s*{_MOVE_NOUNS}\s+in\s+(?:the|its|their)\s+(?:shares|stock|share\s+price)(?:\s+of\b)?",
    re.I,
)


# A sentence of a business's segments with a result's change in it, no shares named: "the Media
# vertical led growth, up 3.7% QoQ, while Transportation declined 0.5%" (each a segment's)
_SEGMENTS_CHANGED = re.compile(
    r"\b(?:segments?|verticals?|divisions?|business\s+units?)\b"
    r"(?=.*\b(?:QoQ|YoY|q/?o/?q|y/?o/?y|(?:year|quarter)[\s-](?:on|over)[\s-](?:year|quarter)|"
    r"from\s+a\s+year\s+(?:earlier|ago)|sequentially)\b)",
    re.I,
)
_SHARES_NAMED = re.compile(r"\b(?:shares?|stocks?|scrip|counter)\b", re.I)


_PARTICIPLE = re.compile(
    rf",\s+(?:{_SESSION_STEM}|open|conclud|wrapp)ing(?:\s+(?:the\s+)?(?:day|session|week))?\s+$"
)
# "Erste Bank fell back below Kc1,700, having written down 1.75 percent": the head's move
_HAVING = re.compile(r",\s+having\s+(?:been\s+)?$")
# A participle that restates the clause before it as moves over periods, the figures it lists
# included: "maintained its value at 2,089.63 points, reflecting a 1-week gain of 0.27%, a
# 4-week loss of 1.2%", "rose 2%, bringing its year-to-date gain to 12%"
_RESTATING = re.compile(
    r",\s+(?:reflecting|representing|marking|bringing|taking|translating\s+(?:in)?to)\s+"
    r"[^;]{0,100}$",
    re.I,
)
_THAT = re.compile(
    r"\b(?:that|which|who)\b"
)  # a clause of its own, whose head is not the sentence's
# "saw an increase of", "led with a 3.3 per cent rise", "to $257.38 for a weekly gain of 7%"
_WITH_A = re.compile(
    r"\b(?:(?:led\s+)?with|saw|posted|recorded|booked|for|witnessed|experienced|registered|"
    r"logged|notched|clocked|suffered|shown|showed|shows|delivered)\s+an?\s+(?:[a-z]+\s+)?$"
)
# A move told as a noun, of a name's shares: "BHP's 0.37% drop", "Zorvex stock's 3% slide";
# the noun ends its phrase (not "Acme's 5% rise in revenue")
_POSSESSOR = re.compile(
    r"(?<![\w&.'’-])(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,4})"
    r"(?:['’]s\s+(?:(?:stock|shares?|share\s+price)['’]?s?\s+)?|"
    r"\s+(?:stock|shares|share\s+price)['’]s?\s+)[+\-−]?$"
)
_NOUN_ENDS = re.compile(
    r"\s*(?:[,.;()]|$|(?:on|after|following|followed|came|this|last|yesterday|today|since|to|and|"
    r"while|as)\b|"
    r"for\s+the\s+(?:day|session|week)\b|in\s+(?:(?:early|late|afternoon|morning)\s+)?trad)"
)


def _actor_of_verb(text: str, verb: re.Match[str], p: Amount) -> str | None:
    """Who moved, told by the move verb ``verb`` of percentage ``p``: the name heading its
    clause or written after it, the clause a bare direction restates ("X fell sharply, down
    4.3%"), or the sentence's head for a participle ("jumped, closing up 3.02%")."""
    noun = verb.start() > p.start and _NOUN_ENDS.match(text, verb.end())
    if noun and (owner := _POSSESSOR.search(text, 0, p.start)):
        return owner["name"]  # "compared to BHP's 0.37% drop", "Zorvex stock's 3% slide"
    actor = actor_before(text, min(verb.start(), p.start)) or actor_after(text, p.end)
    if told := _TOLD_BEFORE.search(text, 0, verb.start()):
        # the name heading the clause it restates, not a name inside that clause ("Zorvex was
        # the top gainer on the FTSE 100, up 5.2%": Zorvex's move, not the index's)
        actor = actor_before(text, told.start("verb")) or actor
    if actor is None and (absolute := _WITH_NAME_ING.search(text, 0, verb.end())):
        actor = absolute["n"]  # "with Optima rising 2.30%, Eurobank adding 2.18%"
    with_a = _WITH_A.search(text, 0, min(verb.start(), p.start))
    if actor is None and with_a:  # "followed by SM Prime with a 1.13-percent decline"
        actor = actor_before(text, with_a.start())
        if actor is None and (followed := _FOLLOWED_BY.search(text, 0, with_a.start())):
            actor = followed["n"]  # "followed by industrial with a 1.41-percent gain": a sector
    having = _HAVING.search(text, 0, verb.start())
    if actor is None and having and not _THAT.search(text, 0, having.start()):
        actor = leading_actor(text, verb.start())  # the head of the clause before the comma
    restating = _RESTATING.search(text, 0, verb.start()) if actor is None else None
    if restating and not _NOT_PRICE.search(text, 0, restating.start()):
        # "X held at 2,089, reflecting a 1-week gain": not "posted a profit, marking a 3% drop"
        actor = leading_actor(text, restating.start())
    if actor is None and (
        re.match(r"\w+ing\b", verb.group(0))
        or _PARTICIPLE.search(text, 0, verb.start())
        or with_a  # "led the gainers with a 7% rise": its figure before the noun
        or _WITH_A.search(text, 0, verb.start())
        or verb.re is _CHANGE_NOUN  # "closed at 66,300 won, an increase of 8.16%"
    ):  # "rose 61 points, adding 0.1%", "jumped, closing up 3.02%", "with a gain of 4.9%"
        actor = leading_actor(text, verb.start())
    if actor in (None, SELF) and _IT_BEFORE.search(text, 0, verb.start()):
        # "Zorvex Land was the top-traded stock as it increased by 1.79%": "it" is the name
        # the sentence opened on
        actor = leading_actor(text, verb.start()) or actor
    return actor


_FOLLOWED_BY = re.compile(r"\bfollowed\s+by\s+(?P<n>[\w&.'’-]+(?:\s+[\w&.'’-]+){0,3}?)\s+$", re.I)


# (and the names after it: "with Sony advancing 2.29 percent to 6,948 yen and Toyota closing
# up 1.21 percent")
_WITH_NAME_ING = re.compile(
    r"(?:\bwith|,|\band)\s+(?:on\s+)?(?P<n>[A-Z][\w&.'’-]*(?:\s+(?:of\s+)?[A-Z][\w&.'’-]*){0,3})"
    r"\s+[a-z]+ing(?:\s+(?:up|down|higher|lower))?$"
)


# Between two figures of one verb, each over its own period: "gained over 11% in 2025 to date
# and 13% in six months", "having risen 90% in 2024 and by more than 200% in the previous year"
_NEXT_PERIOD = re.compile(
    r"\s+(?:in|over|during|since|this|last|so\s+far|year[\s-]to[\s-]date|YTD)\b[^,;%]{0,30}?,?"
    r"\s+and\s+(?:by\s+)?(?:(?:about|around|nearly|almost|over|more\s+than|some|roughly)\s+)?",
    re.I,
)


def _verb_before(text: str, p: Amount, percents: Sequence[Amount]) -> re.Match[str] | None:
    """The move verb of the figure before ``p`` when ``p`` shares it, each over its own period
    ("gained over 11% in 2025 to date and 13% in six months")."""
    before = [q for q in percents if q.end <= p.start]
    if not before or not _NEXT_PERIOD.fullmatch(text, before[-1].end, p.start):
        return None
    return _verb_of(text, before[-1])


def _move_of(
    text: str,
    p: Amount,
    ctx: Context,
    paired: dict[int, tuple[str | None, float]],
    *,
    about_stock: bool,
    percents: Sequence[Amount] = (),
) -> tuple[float, str] | None:
    """(signed percent, subject) of the move at percentage ``p``, or ``None`` when ``p`` is no
    share price move."""
    if p.start in paired:
        actor, sign = paired[p.start]
        return sign * abs(p.value), _named(actor, ctx) or ctx.sentence_subject
    lead = text[max(0, p.start - 45) : p.start]
    tail = text[p.end : p.end + 25]
    # read once: the checks of `_no_move_here` ask it too
    verb = _verb_of(text, p) or _verb_before(text, p, percents)
    if _no_move_here(text, p, lead, tail, verb):
        return None
    bracketed = _NAME_BRACKET.search(text, 0, p.start)
    if bracketed and find_money(bracketed["name"] + " 1"):  # "by Rs. 5 (14.53%)": an amount
        bracketed = None
    listed = _list_item(text, p) if bracketed else None
    if bracketed and listed is not None:  # "driven by gains in MTNN (+10.8%)": the item's name
        value, actor = listed, bracketed["name"]
    elif verb is not None:
        # a written minus is the move's sign whatever the verb: "witnessed a -9.73% gain"
        # ... and a written plus: "Growth leaders on the falling market were X (+4.1%)"
        down = (verb.group("down") and text[p.start] != "+") or text[p.start] in "-−"
        value = (-1.0 if down else 1.0) * abs(p.value)
        actor = _actor_of_verb(text, verb, p)
    elif (signed := _SIGNED_AFTER_NAME.search(text, 0, p.start)) and text[p.start] in "+-−":
        value = p.value  # "Hermès -2.18%, Kering -2.21%": a name and its signed move
        actor = signed.group("name")
    elif (item := _with_item(text, p) or _bracket_item(text, p)) is not None:
        value, actor = item
    else:
        return None
    if actor is not None and is_country(actor):
        return None  # a country's market, no index named: "Switzerland +0.4%", "Ireland (2.1%)"
    named = _named(actor, ctx)
    if named is None and not about_stock:
        return None
    return value, named or _mover(text, p.start, ctx)


# (a number in a name is whole: "Nifty 50", not "Primoco UAV 0.57 percent")
_NAME = r"[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|\d+(?![\d.,])|&|of))*"
# Names listed together: "Mitsui & Co, Sumitomo Corp, Itochu, and Marubeni"
# each may carry its ticker's bracket: "Kuaishou (01024.HK) and Bilibili (09626.HK)"
_BRACKETED = rf"{_NAME}(?:\s+\([^()]{{1,16}}\))?"
_LISTED = rf"(?P<names>{_BRACKETED}(?:,\s+{_BRACKETED})*,?\s+and\s+{_BRACKETED})"


def _names_of(listed: re.Match[str]) -> list[str]:
    """The names of a list matched by `_LISTED`, in order."""
    return [n for n in NAMES_SPLIT.split(listed["names"]) if n]


# "Mitsui & Co, Sumitomo Corp, Itochu, and Marubeni, each posting gains exceeding 5%",
# "XPeng and Li Auto dropping over 1 percent": names that share one move
_COORDINATED = gated(
    r"(?:^|[,;:—–-]\s+|\bby\s+|\bwith\s+|\bwhile\s+|\bas\s+well\s+as\s+)(?:(?:the\s+)?(?:heavyweights?|peers?|rivals?|"
    r"lenders|miners|banks|carmakers|automakers|chipmakers|insurers|retailers|stocks|shares)\s+)?"
    rf"{_LISTED},?\s+(?:shares\s+)?(?:(?:which|that)\s+)?(?:(?:each|both|all|also|were|are|was|is|have|has|had)\s+)*$"
)


def _peers(
    text: str, p: Amount, ctx: Context, about_stock: bool, *, index: bool = False
) -> list[str]:
    """The other names of a list that shares the move at ``p``, when its verb follows the
    list ("A, B and C each gained 5%"): names the article knows as companies, or any names in
    a sentence about shares. "Rathi Steel and Power Limited" is one name."""
    verb = _verb_of(text, p)
    if verb is None:
        return []
    if verb.start() > p.start:  # "The Dow and S&P 500 each closed 1.7% lower"
        # ... or "A and B also experienced over 3% gains"
        closed = _CLOSED_BEFORE.search(text, 0, p.start) or _NOUN_TOLD_BEFORE.search(
            text, 0, p.start
        )
        return _listed_before(text, closed.start(), ctx, about_stock, index=index) if closed else []
    return _listed_before(text, verb.start(), ctx, about_stock, index=index)


_CLOSED_BEFORE = re.compile(rf"\b(?:{_SESSION_STEM})\w*\s+$", re.I)
# A move told as a noun after its figure, its verb before the figure: "experienced over 3% gains"
_NOUN_TOLD_BEFORE = re.compile(
    r"\b(?:saw|posted|recorded|experienced|registered|logged|booked|notched|clocked|"
    r"witnessed|hit|touched|reached)\s+(?:(?:an?|its|their|the)\s+)?(?:(?:over|more\s+than|nearly|about|around|almost|"
    r"some|roughly)\s+)?$",
    re.I,
)


def _listed_before(
    text: str, verb: int, ctx: Context, about_stock: bool, *, index: bool = False
) -> list[str]:
    """The names of a list that ends where the verb at ``verb`` begins."""
    listed = _COORDINATED.search(text, 0, verb)
    if listed is None or (ends_legally(listed["names"]) and "," not in listed["names"]):
        return []
    names = _names_of(listed)
    if not about_stock and (
        _NOT_PRICE.search(text) or not all(_names_mover(name, ctx) for name in names)
    ):
        return []
    out = []
    for name in names:
        named = _named(_written(name), ctx)
        if named is not None and is_index(named) == index:  # indices share an index's move
            out.append(named)
    return out


def _names_mover(name: str, ctx: Context) -> bool:
    """Whether ``name``, in a list that moved together, is a company or an index: one the
    article or the tables know, or a name of several words, or of one that the article never
    writes in lower case ("Sales and Marketing rose" are words)."""
    return bool(ctx.subjects.mentions(name)) or (
        not ctx.subjects.is_word(name.split(maxsplit=1)[0]) and not is_place(name)
    )


def _written(name: str) -> str | None:
    return actor_before(name, len(name))


# Names listed together heading a clause, that a figure "each" or a list of figures
# "respectively" belongs to: "Abbey Mortgage Bank and PZ Cussons Nigeria recorded the highest
# price gain of 10 per cent each to close at N3.63 and N27.50 respectively"
_LIST_OF_NAMES = re.compile(_LISTED)
_CLAUSE_OPENS = re.compile(r";|\b(?:while|whereas|but|as\s+well\s+as)\s", re.I)
_OPENER_REACH = 40  # characters: "On the other hand, " before the list
_EACH = re.compile(r"\s*(?:each|apiece)\b", re.I)


def listed_heads(text: str, at: int, ctx: Context) -> list[str]:
    """The subject ids of the names listed together at the head of the clause holding ``at``
    (none unless every name is a mover's)."""
    start = max((m.end() for m in _CLAUSE_OPENS.finditer(text, 0, at)), default=0)
    listed = _LIST_OF_NAMES.search(text, start, at)
    if listed is None or listed.start() - start > _OPENER_REACH:
        return []
    names = _names_of(listed)
    if not all(_names_mover(name, ctx) for name in names):
        return []
    ids = [_named(_written(name), ctx) for name in names]
    return [i for i in ids if i is not None] if all(ids) else []


# "posting gains of close to 3% for Bankinter, 2.5% for Santander and around 2% for CaixaBank,
# Unicaja and BBVA": a move told as a noun, then each figure for its names
_MOVE_NOUN = gated(
    r"\b(?P<up>gains?|rises?|advances?|increases?)\b|\b(?P<down>loss(?:es)?|falls?|declines?|"
    r"drops?|decreases?)\b",
    re.I,
)
_FOR_NAMES = re.compile(rf"\s+for\s+(?P<names>{_NAME}(?:,\s+{_NAME})*(?:,?\s+and\s+{_NAME})?)")


def _for_names(text: str, p: Amount, ctx: Context) -> list[tuple[float, str]]:
    """The names a percentage is written for, after a move's noun ("gains of 2.5% for Zorvex
    and Quillon"), each with the signed move: none unless every name is a mover's."""
    after = _FOR_NAMES.match(text, p.end)
    nouns = list(_MOVE_NOUN.finditer(text, 0, p.start))
    if (
        after is None
        or not nouns
        or _NOT_PRICE.search(text, max(0, nouns[-1].start() - 30), p.start)
    ):
        return []
    names = [n for n in NAMES_SPLIT.split(after["names"]) if n]
    if not all(_names_mover(n, ctx) for n in names):
        return []
    ids = [_named(_written(n), ctx) for n in names]
    sign = -1.0 if nouns[-1]["down"] else 1.0
    return [(sign * abs(p.value), i) for i in ids if i is not None]


# A move found: (signed percent, subject, qualifier, when)
_Found = tuple[float, str, str, Occurrence]
# Years before a move's publication from which on a move is history, not news
_HISTORY_YEARS = 3
# "its best yearly performance since 2017 when it rose about 36 percent": that year's move
_YEAR_WHEN = re.compile(r"\b(?:since|in)\s+(?P<year>(?:19|20)\d\d),?\s+when\b")


def _historic(text: str, at: int, occ: Occurrence, ctx: Context) -> bool:
    """Whether the move at ``at`` is a record of years ago, a comparison for today's ("only
    surpassed by the 53% rise recorded in 1993", "since 2017 when it rose about 36 percent"),
    not news."""
    oldest = ctx.published.year - _HISTORY_YEARS
    if occ.end is not None and occ.end.year <= oldest:
        return True
    when = _YEAR_WHEN.search(text, max(0, at - 60), at)
    return when is not None and int(when["year"]) <= oldest


_IMPLIED_BEFORE = re.compile(
    r"\b(?:impl(?:y|ies|ied|ying)|suggest\w*|potential)\b[^.;]{0,30}$", re.I
)


# An object after a multiple's verb: shares double, a holder doubles "his holdings"
_ITS_OBJECT = re.compile(r"\s+(?:its|his|her|their|the|a|an|our|my)\b", re.I)


def _multiples(text: str, ctx: Context, *, about_stock: bool) -> list[_Found]:
    """The moves told as multiples ("doubled", "more than tripled", "halved"), each for its
    name and the names listed with it."""
    found: list[_Found] = []
    for m in _MULTIPLE.finditer(text):
        if not about_stock or _NOT_PRICE.search(text[max(0, m.start() - 30) : m.end() + 30]):
            continue
        if _ITS_OBJECT.match(text, m.end()):
            continue  # "doubled his holdings", "halved the dividend": what someone multiplied
        if _IMPLIED_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "the implied nearly doubling of market value": what a target implies
        word = m.group("w").lower()
        value = 100.0 if word.startswith("doubl") else 200.0 if word.startswith("tripl") else -50.0
        subject = _named(actor_before(text, m.start()), ctx) or _mover(text, m.start(), ctx)
        when = _when(text, m.start(), m.end(), ctx)
        if _historic(text, m.start(), when, ctx):
            continue
        found.append((value, subject, "approx", when))
        verb = re.search(
            r"(?:(?:have|has|had)\s+)?(?:more\s+than\s+|nearly\s+|almost\s+)?$", text[: m.start()]
        )
        start = verb.start() if verb else m.start()
        peers = _listed_before(text, start, ctx, about_stock, index=is_index(subject))
        found += [(value, peer, "approx", when) for peer in peers if peer != subject]
    return found


# A name whose verb is the move's before it: "Zorvex fell 2.1%, Quillon 3.4% and Tarvo 1.5%",
# "Financials declined by 0.75 percent, industrial by 0.003 percent, holding firms by 0.60"
_GAPPED = re.compile(
    _TO_PRICE + r"(?:\s*[,;]\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?"
    r"(?:(?P<name>[A-Z][\w&.-]*(?:\s+(?:[A-Z][\w&.-]*|&|of))*)\s+(?:by\s+)?|"
    r"(?!(?:its|their|the|a|an|or|up|down|and|while|with|shares|stocks?)\b)"
    r"(?P<words>[a-z]+(?:\s+(?:and\s+)?[a-z]+){0,2})\s+by\s+)"
    r"(?:(?:about|around|nearly|almost|some|over|more\s+than|just)\s+)?"
)


# Moves of one company told one after another, each on its own day: "a surge of 9.31% on June
# 15, 2.26% on June 13 and 1.79% on June 12" (what stands between two, and after the last)
_DAY_CUE = (
    r"\s+on\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s+[A-Z][a-z]{2,8}|"
    r"[A-Z][a-z]+day)"
)
_DAYS_GAP = re.compile(_DAY_CUE + r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
_DAY_AFTER = re.compile(_DAY_CUE + r"\b")


def _next_day(text: str, p: Amount, last: tuple[int, float, str]) -> tuple[float, str] | None:
    """The move at ``p`` of the company whose move on another day, ending at ``last[0]``,
    was told just before, in the same direction (``last[1]``): both figures told with their
    days, the day of the first standing between them."""
    if p.value < 0 or not (
        _DAYS_GAP.fullmatch(text, last[0], p.start) and _DAY_AFTER.match(text, p.end)
    ):
        return None
    return math.copysign(p.value, last[1]), last[2]


def _gapped(
    text: str, p: Amount, last: tuple[int, float, str], ctx: Context
) -> tuple[float, str] | None:
    """The move at ``p`` of a name written between it and the move before, ending at
    ``last[0]``, whose verb it shares (its sign is ``last[1]``'s)."""
    gap = _GAPPED.fullmatch(text, last[0], p.start)
    if gap is None or p.value < 0:
        return None
    if gap["name"] is not None:
        name = _named(_written(gap["name"]), ctx)
        return (math.copysign(p.value, last[1]), name) if name is not None else None
    return math.copysign(p.value, last[1]), gap["words"]  # a sector as written


def moves(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """Percentage moves of share prices and indices over a period, each for its own company.

    A move belongs to the name heading its clause ("Volkswagen spiked 3.56 percent"), or to a
    list item's name ("Gains were led by Antofagasta (4.22%)"); "the stock" and unnamed
    clauses are the sentence's subject, as is a move in a sentence about the shares.
    """
    text = sentence.text
    percents = find_percents(text)
    if not percents and not _MULTIPLE.search(text):
        return  # no figure a move is told in: the cheapest test first
    previous = ctx.sentences[ctx.index - 1] if ctx.index else None
    about_stock = bool(
        _ABOUT_STOCK.search(text)
        or (
            previous is not None
            and previous.block == sentence.block
            and _ABOUT_STOCK.search(previous.text)
        )
        # "it lost 2.08 per cent to Rs 5,307": a move to a price is the shares'
        or (
            " to " in text
            and any(is_per_share(a, text) for a in find_money(text))
            and _MOVED_TO.search(text)
            and not _NOT_PRICE.search(text)
        )
    )
    found: list[_Found] = []
    paired = _respectively(text, percents)
    last: tuple[int, float, str] | None = None  # the end, move and mover of the last figure read
    for p in percents:
        if shared := _for_names(text, p, ctx):  # "gains of 2.5% for Zorvex and Quillon"
            when = _when(text, p.start, p.end, ctx)
            found += [(value, name, p.qualifier, when) for value, name in shared]
            continue
        move = _move_of(text, p, ctx, paired, about_stock=about_stock, percents=percents)
        if move is None and last is not None:
            # "Zorvex fell 2.1%, Quillon 3.4%"; "rose 9.31% on June 15, 2.26% on June 13"
            move = _gapped(text, p, last, ctx) or _next_day(text, p, last)
        last = (p.end, *move) if move is not None else None
        if move is not None and _INDEX_OWNS.search(text, max(0, p.start - 40), p.start):
            # "deeper than the broader index’s 11% slide": the market's move, not the stock's
            market = _last_index(ctx) or (ctx.subject if is_index(ctx.subject) else None)
            move = (move[0], market) if market else None
        if move is not None:
            when = _when(text, p.start, p.end, ctx)
            if _historic(text, p.start, when, ctx):
                continue
            if _EACH.match(text, p.end) and (heads := listed_heads(text, p.start, ctx)):
                found += [(move[0], head, p.qualifier, when) for head in heads]  # "10% each"
                continue
            found.append((move[0], move[1], p.qualifier, when))
            index = is_index(move[1])
            peers = _peers(text, p, ctx, about_stock, index=index) if p.start not in paired else []
            found += [(move[0], peer, p.qualifier, when) for peer in peers if peer != move[1]]
    found += _multiples(text, ctx, about_stock=about_stock)
    for value, subject, qualifier, occ in found:
        yield Draft(
            "price_move",
            {
                "percent": value,
                "period": occ.period,
                "listing": _listing(text),
                "qualifier": qualifier,
            },
            confidence=0.85,
            subject=subject,
            occurrence=occ,
        )
