"""Technical readings: RSI, moving averages and short interest."""

from __future__ import annotations

import re
from collections.abc import Iterator

from timeline.extract.context import Context, Draft
from timeline.extract.gates import gated
from timeline.extract.mentions import find_entities
from timeline.extract.numbers import find_money, word_number
from timeline.extract.temporal import Occurrence
from timeline.extract.text import Sentence

__all__ = ["technicals"]


_RSI = gated(
    r"(?:(?P<win>\d+)[-\s]day\s+)?(?:relative\s+strength\s+index|\bRSI\b)(?:\s*\(RSI\))?", re.I
)
_VALUE_AFTER = re.compile(
    r"^[^.;]{0,50}?\b(?:at|of|to|reads?|is|stands at|registers at)\s+(?:an?\s+)?"
    r"(?:[a-z]+\s+){0,3}?(?P<v>\d+(?:\.\d+)?)\b(?!\s?%)",
    re.I,
)
_SIGNAL = re.compile(r"\b(?P<s>overbought|oversold|bullish|bearish)\b", re.I)
_MOVING_AVERAGE = gated(  # "50-day moving average", "two-hundred day simple moving average"
    r"(?P<win>\d+|(?:one|two)[\s-]hundred|fifty|twenty|ten|hundred)[-\s]day\s+"
    r"(?:simple\s+|exponential\s+)?moving\s+average",
    re.I,
)
_HUNDREDS = {"one hundred": 100, "two hundred": 200, "hundred": 100}


def _days(written: str) -> int:
    """A window's days, in figures or words ("50", "fifty", "two-hundred")."""
    if written.isdigit():
        return int(written)
    folded = written.lower().replace("-", " ")
    return _HUNDREDS.get(folded) or word_number(folded) or 0


_SHORT_INTEREST = re.compile(r"short\s+interest[^.%]{0,70}?(?P<v>\d+(?:\.\d+)?)\s?%", re.I)


# Whose reading, written right before it: "Nifty’s current RSI", "the Sensex RSI"
_OWNER_BEFORE = re.compile(
    r"(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z0-9][\w&.-]*){0,3})(?:['’]s)?\s+"
    r"(?:(?:current|latest|daily|weekly|monthly|\d+[-\s]day)\s+){0,2}$"
)


def _read_of(lead: str, ctx: Context) -> str | None:
    """The index or company a reading is of, when its name is written right before it
    ("Nifty’s current RSI is 71": the Nifty's); None to leave it the sentence's."""
    owner = _OWNER_BEFORE.search(lead)
    if owner is None:
        return None
    if index := find_entities(owner["name"], kinds=("index",)):
        return index[0].id
    named = ctx.subjects.mentions(owner["name"])
    return named[0][1] if named else None


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
            subject=_read_of(text[: m.start()], ctx),
        )
        break
    # a moving average "is" as the article is published (its data site's reading), unless told
    today = Occurrence(ctx.published, ctx.published, "day", "day")
    reading = ctx.occurrence if ctx.occurrence.precision != "unknown" else today
    for m in _MOVING_AVERAGE.finditer(text):
        money = [a for a in find_money(text) if a.start > m.end() and a.start - m.end() < 40]
        above = re.search(r"\babove\b", text[: m.start()], re.I)
        below = re.search(r"\bbelow\b", text[: m.start()], re.I)
        yield Draft(
            "technical_indicator",
            {
                # named as the annotation guide names it: "50-day moving average"
                "indicator": f"{_days(m.group('win'))}-day moving average",
                "value": money[0].value if money else None,
                "window": _days(m.group("win")) or None,
                "signal": "bullish" if above else "bearish" if below else _signal(text),
            },
            confidence=0.8,
            occurrence=reading,
        )
    si = _SHORT_INTEREST.search(text)
    if si:
        yield Draft(
            "technical_indicator",
            {"indicator": "short_interest", "value": float(si.group("v"))},
            confidence=0.8,
        )
