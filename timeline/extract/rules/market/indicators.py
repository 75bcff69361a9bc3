"""Technical readings: RSI, moving averages and short interest."""

from __future__ import annotations

import re
from collections.abc import Iterator

from timeline.extract.context import Context, Draft
from timeline.extract.gates import gated
from timeline.extract.numbers import find_money
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
_MOVING_AVERAGE = gated(
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
