"""Valuation multiples: forward and trailing P/E and the like."""

from __future__ import annotations

import re
from collections.abc import Iterator

from timeline.extract.context import Context, Draft
from timeline.extract.gates import gated
from timeline.extract.numbers import qualifier_before
from timeline.extract.text import Sentence

__all__ = ["valuations"]


_MULTIPLE_OF = gated(
    r"(?P<v>\d+(?:\.\d+)?)\s*(?:x|times)\s+(?P<basis>forward|trailing|next\s+year'?s|"
    r"this\s+year'?s|expected)?\s*(?P<what>earnings|sales|revenue|EBITDA|book(?:\s+value)?|"
    r"free\s+cash\s+flow)",
    re.I,
)
_RATIO_OF = gated(
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
