"""The market: price moves, price levels, technical readings, valuation multiples.

A price move is a percentage tied to a move verb or noun ("surged 6.39%", "a 15% decline",
"doubled") in a sentence about the stock or an index, and not about revenue, users, upside or
ownership. Its sign comes from the verb; its period from the sentence's temporal cue.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from timeline.extract.context import Context, Draft
from timeline.extract.mentions import find_entities
from timeline.extract.numbers import find_money, find_percents, qualifier_before
from timeline.extract.rules._common import PROJECTION, hypothetical_before, is_per_share
from timeline.extract.temporal import Occurrence
from timeline.extract.text import Sentence

__all__ = ["levels", "moves", "technicals", "valuations"]

_UP = (
    r"rose|rise|rising|rises|gained|gaining|gains?|jumped|jumping|jumps?|climbed|climbing|"
    r"advanced|advancing|advance|rallied|rally|rallying|surged|surging|surges?|soared|soaring|"
    r"added|appreciated|rebounded|rebound|up|higher|increased|spiked|popped|leapt|leaped|"
    r"skyrocketed|recovered"
)
_DOWN = (
    r"fell|falling|falls?|dropped|dropping|drops?|declined|declining|declines?|slid|sliding|"
    r"slipped|tumbled|tumbling|plunged|plunging|plunges?|sank|sinking|lost|losing|shed|"
    r"corrected|correction|retreated|retreat|down|lower|decreased|slumped|dipped|sell-off|"
    r"losses|loss|plummeted|crashed|eased"
)
_MOVE = re.compile(rf"\b(?P<up>{_UP})\b|\b(?P<down>{_DOWN})\b", re.I)
_MULTIPLE = re.compile(r"\b(?P<w>doubl(?:ed|ing|es)|tripl(?:ed|ing|es)|halv(?:ed|ing|es))\b", re.I)
_ABOUT_STOCK = re.compile(
    r"\b(?:shares?|stock|equity|ADRs?|index|Index|trading|traded|share price|market value|"
    r"performance|rally|sell-off|closed|closing|opened|on the day)\b",
    re.IGNORECASE,
)
_NOT_PRICE = re.compile(
    r"\b(?:revenue|sales|income|profit|earnings|EBITA|EBITDA|margin|users|downloads|ownership|"
    r"stake|market share|upside|downside|below|above|short interest|float|weighting|growth|"
    r"units|subscribers|budget|costs?|expenses|capex|guidance|dividend|yield|GDP|inflation)\b",
    re.I,
)
# "rose to 11%" is a level and "from 8.6%" a previous value: neither is a move.
_LEVEL_NOT_MOVE = re.compile(r"\b(?:to|from|at)\s+(?:a\s+)?(?:about\s+|around\s+)?$", re.I)
_LISTING = [
    ("HKEX", re.compile(r"Hong Kong[-\s]listed|in Hong Kong|HK-listed|\bHKEX\b", re.I)),
    ("NYSE", re.compile(r"U\.?S\.?[-\s]listed|\bADRs?\b|New York[-\s]listed|\bNYSE\b", re.I)),
]


def _listing(text: str) -> str | None:
    return next((name for name, p in _LISTING if p.search(text)), None)


def _mover(text: str, at: int, ctx: Context) -> str:
    """The index when an index, not the company, is what moved."""
    before = find_entities(text[:at], kinds=("index", "company"))
    if before and before[-1].kind == "index":
        return before[-1].id
    named = re.search(
        r"\b(?P<n>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})\s+[Ii]ndex\b[^.]{0,30}$", text[:at]
    )
    if named and not before:
        return named.group("n")  # an index the alias table does not know, kept as written
    return ctx.subject


def moves(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """Percentage moves of the share price (or of an index) over a period."""
    text = sentence.text
    previous = ctx.sentences[ctx.index - 1] if ctx.index else None
    about_stock = _ABOUT_STOCK.search(text) or (
        previous is not None
        and previous.block == sentence.block
        and _ABOUT_STOCK.search(previous.text)
    )
    if not about_stock:
        return
    found: list[tuple[float, int, str]] = []
    for p in find_percents(text):
        lead = text[max(0, p.start - 45) : p.start]
        tail = text[p.end : p.end + 25]
        verbs = list(_MOVE.finditer(lead)) or list(_MOVE.finditer(tail[:14]))
        if not verbs or _NOT_PRICE.search(lead + tail[:15]) or _LEVEL_NOT_MOVE.search(lead):
            continue
        if PROJECTION.search(lead) or hypothetical_before(text, p.start):
            continue
        verb = verbs[-1] if _MOVE.search(lead) else verbs[0]
        sign = -1.0 if verb.group("down") else 1.0
        found.append((sign * abs(p.value), p.start, p.qualifier))
    for m in _MULTIPLE.finditer(text):
        if _NOT_PRICE.search(text[max(0, m.start() - 30) : m.end() + 30]):
            continue
        word = m.group("w").lower()
        value = 100.0 if word.startswith("doubl") else 200.0 if word.startswith("tripl") else -50.0
        found.append((value, m.start(), "approx"))
    for value, at, qualifier in found:
        yield Draft(
            "price_move",
            {
                "percent": value,
                "period": ctx.occurrence.period,
                "listing": _listing(text),
                "qualifier": qualifier,
            },
            confidence=0.85,
            subject=_mover(text, at, ctx),
        )


_LEVEL_CUE = re.compile(
    r"\b(?P<kind>clos(?:ed|ing)|end(?:ed|ing)|settl(?:ed|ing)|finish(?:ed|ing)|open(?:ed|ing)|"
    r"trad(?:ed|ing|es|e)|hit|touched|reached|to|at)\b(?:\s+(?:at|to))?(?:\s+(?:a|an|its|their)?\s*"
    r"(?:(?:record|all-time|52-week|intraday|session)\s+)?(?P<hl>high|low)?\s*(?:of)?)?\s*$",
    re.I,
)
_NOT_LEVEL = re.compile(
    r"target|fair[\s-]value|objective|worth|valued|market (?:value|cap)|revenue|budget|"
    r"consensus|estimate|investment|commitment|priced|costs?|buyback|dividend|\bbuy\b|"
    r"purchase|acquire|offer|deal|tender|analysts",
    re.I,
)


def _level_type(word: str, high_low: str | None) -> str:
    word = word.lower()
    if high_low:
        return high_low.lower()
    if word.startswith(("clos", "end", "settl", "finish")):
        return "close"
    if word.startswith("open"):
        return "open"
    if word.startswith("trad"):
        return "current"
    return "intraday"


def levels(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """A price the shares closed, opened or traded at."""
    text = sentence.text
    if not re.search(r"\b(?:shares?|stock|equity|ADRs?|clos\w+|trad\w+)\b", text, re.I):
        return
    for a in find_money(text):
        if not is_per_share(text, a.start, a.end, a.value):
            continue
        lead = text[max(0, a.start - 45) : a.start]
        cue = _LEVEL_CUE.search(lead)
        if cue is None or _NOT_LEVEL.search(lead):
            continue
        closing = cue.group("kind").lower().startswith(("clos", "end", "settl", "finish", "open"))
        if not closing and _NOT_LEVEL.search(text[: a.start]):
            continue  # "the average target ... stands at $212": not a market price
        occ = ctx.occurrence
        if occ.precision == "unknown" and cue.group("kind").lower().startswith("trad"):
            occ = Occurrence(ctx.published, ctx.published, "day", "day")
        yield Draft(
            "price_level",
            {
                "price": a.value,
                "currency": a.currency,
                "level_type": _level_type(cue.group("kind"), cue.group("hl")),
                "listing": _listing(text),
                "qualifier": a.qualifier,
            },
            confidence=0.85,
            occurrence=occ,
        )


_RSI = re.compile(
    r"(?:(?P<win>\d+)[-\s]day\s+)?(?:relative\s+strength\s+index|\bRSI\b)(?:\s*\(RSI\))?", re.I
)
_VALUE_AFTER = re.compile(
    r"^[^.;]{0,50}?\b(?:at|of|to|reads?|is|stands at|registers at)\s+(?:an?\s+)?"
    r"(?:[a-z]+\s+){0,3}?(?P<v>\d+(?:\.\d+)?)\b(?!\s?%)",
    re.I,
)
_SIGNAL = re.compile(r"\b(?P<s>overbought|oversold|bullish|bearish)\b", re.I)
_MOVING_AVERAGE = re.compile(
    r"(?P<win>\d+)[-\s]day\s+(?:simple\s+|exponential\s+)?moving\s+average", re.I
)
_SHORT_INTEREST = re.compile(r"short\s+interest[^.%]{0,70}?(?P<v>\d+(?:\.\d+)?)\s?%", re.I)


def _signal(text: str) -> str | None:
    m = _SIGNAL.search(text)
    return m.group("s").lower() if m else None


def technicals(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """RSI, moving averages and short interest, with value, window and signal."""
    text = sentence.text
    previous = ctx.sentences[ctx.index - 1].text if ctx.index else ""
    for m in _RSI.finditer(text):
        v = _VALUE_AFTER.match(text[m.end() :])
        value = float(v.group("v")) if v else None
        signal = (
            _signal(text)
            or ("oversold" if value is not None and value < 30 else None)
            or ("overbought" if value is not None and value > 70 else None)
            or _signal(previous)
        )
        earlier = re.search(r"(\d+)[-\s]day", text[: m.start()])
        win = m.group("win") or (earlier.group(1) if earlier else None)
        window_days = int(win) if win else None
        yield Draft(
            "technical_indicator",
            {"indicator": "RSI", "value": value, "window": window_days, "signal": signal},
            confidence=0.9,
        )
        break
    for m in _MOVING_AVERAGE.finditer(text):
        money = [a for a in find_money(text) if a.start > m.end() and a.start - m.end() < 40]
        above = re.search(r"\babove\b", text[: m.start()], re.I)
        below = re.search(r"\bbelow\b", text[: m.start()], re.I)
        yield Draft(
            "technical_indicator",
            {
                "indicator": f"SMA{m.group('win')}",
                "value": money[0].value if money else None,
                "window": int(m.group("win")),
                "signal": "bullish" if above else "bearish" if below else _signal(text),
            },
            confidence=0.8,
        )
    si = _SHORT_INTEREST.search(text)
    if si:
        yield Draft(
            "technical_indicator",
            {"indicator": "short_interest", "value": float(si.group("v"))},
            confidence=0.8,
        )


_MULTIPLE_OF = re.compile(
    r"(?P<v>\d+(?:\.\d+)?)\s*(?:x|times)\s+(?P<basis>forward|trailing|next\s+year'?s|"
    r"this\s+year'?s|expected)?\s*(?P<what>earnings|sales|revenue|EBITDA|book(?:\s+value)?|"
    r"free\s+cash\s+flow)",
    re.I,
)
_RATIO_OF = re.compile(
    r"(?P<basis>forward|trailing)?\s*(?:P/E|price[-\s]to[-\s]earnings|PE)\s*(?:ratio|multiple)?"
    r"\s+(?:of\s+)?(?:about\s+|around\s+|roughly\s+)?(?P<v>\d+(?:\.\d+)?)",
    re.I,
)
_METRIC = {"earnings": "pe", "sales": "ps", "revenue": "ps", "ebitda": "ev_ebitda", "book": "pb"}


def valuations(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """Valuation multiples such as forward P/E; historical peaks are not current readings."""
    text = sentence.text
    if re.search(r"\bpeak\b|\ball-time\b|\bhistorical(?:ly)?\b|\bat its height\b", text, re.I):
        return
    m = _MULTIPLE_OF.search(text) or _RATIO_OF.search(text)
    if m is None:
        return
    what = (m.groupdict().get("what") or "earnings").split()[0].lower()
    basis = (m.group("basis") or "").lower()
    prefix = (
        "forward_"
        if basis.startswith(("forward", "next", "expected"))
        else ("trailing_" if basis.startswith("trailing") else "")
    )
    yield Draft(
        "valuation_multiple",
        {
            "metric": prefix + _METRIC.get(what, what),
            "value": float(m.group("v")),
            "qualifier": qualifier_before(text, m.start()),
        },
        confidence=0.85,
    )
