"""Valuation multiples: forward and trailing P/E and the like."""

from __future__ import annotations

import re
from collections.abc import Iterator

from timeline.extract.context import Context, Draft
from timeline.extract.gates import gated
from timeline.extract.numbers import qualifier_before
from timeline.extract.temporal import Occurrence
from timeline.extract.text import Sentence

__all__ = ["valuations"]


_MULTIPLE_OF = gated(
    r"(?P<v>\d+(?:\.\d+)?)\s*(?:x|times)\s+(?P<basis>forward|trailing|next\s+year'?s|"
    r"this\s+year'?s|expected)?\s*(?P<what>earnings|sales|revenue|EBITDA|book(?:\s+value)?|"
    r"free\s+cash\s+flow)",
    re.I,
)
_RATIO_OF = gated(
    # "Fwd P/E is 2.18": a data site's abbreviation of forward
    r"(?P<basis>forward|fwd\.?|trailing)?\s*(?<![\w/])(?P<ratio>P/E/G|PEG|price[-\s]to[-\s]earnings"
    r"(?:[-\s]to)?[-\s]growth|P/E|price[-\s]to[-\s]earnings|(?-i:PE)|"
    # "a P/B ratio of 5.16", "a price-to-book value of 0.9"
    r"P/BV?|price[-\s]to[-\s]book(?:[-\s]value)?)(?![\w/])"
    # the name, then its abbreviation in brackets: "a price-to-book (P/B) ratio of 3.45"
    r"(?:\s*\((?:P/E/G|PEG|P/E|(?-i:PE)|P/BV?|(?-i:PB))\))?\s*(?:ratio|multiple)?"
    r"\s+(?:of\s+|is\s+|at\s+)?(?:about\s+|around\s+|roughly\s+)?(?P<v>\d+(?:\.\d+)?)",
    re.I,
)
_METRIC = {
    "earnings": "pe",
    "sales": "ps",
    "revenue": "ps",
    "ebitda": "ev_ebitda",
    "book": "price_to_book",
}
# the growth-adjusted P/E: "a P/E/G ratio of 1.22", "a price-to-earnings-growth ratio of 1.28"
_GROWTH_ADJUSTED = re.compile(r"^(?:P/E/G|PEG|.*growth)$", re.I)
# the price to book value: "P/B", "P/BV", "price-to-book"
_TO_BOOK = re.compile(r"^(?:P/BV?|.*book.*)$", re.I)
_PAST = re.compile(r"\bpeak\b|\ball-time\b|\bhistorical(?:ly)?\b|\bat its height\b", re.I)
# A multiple put into a valuation, not the stock's reading: "a residual income model ..., using
# a price-to-book ratio of 2.3", "applying a target P/E of 25x", "assuming a 12x multiple"
_MODEL_INPUT = re.compile(
    r"\b(?:using|applying|appl(?:y|ies|ied)|assum(?:e|es|ed|ing)|target(?:ed)?)\s+"
    r"(?:(?:an?|the|our|its|their)\s+)?(?:[\w-]+\s+){0,2}$",
    re.I,
)


# A mean to compare with, not the stock's reading: "close to -2 SD to its 5-year average PE of
# 19.3x", "the sector's median P/E of 14", "the index's mean multiple"
_AVERAGE_BEFORE = re.compile(r"\b(?:average|mean|median)\s+$", re.I)
# A multiple written bare after the stock's verb, its kind told elsewhere in the sentence: "Dialog
# now trades at a low of 16x or close to -2 SD to its 5-year average PE of 19.3x"
_TRADES_AT = gated(
    r"\b(?:trades?|trading|traded|is\s+valued|valued)\s+at\s+(?:(?:a\s+)?(?:low|high)\s+of\s+)?"
    r"(?:only\s+|just\s+|about\s+|around\s+)?(?P<v>\d+(?:\.\d+)?)\s*(?:x|times)(?![\w/])"
    r"(?!\s+(?:forward|trailing|next|this|expected|earnings|sales|revenue|EBITDA|book|free|"
    r"FY|CY|its|their|the)\b)",
    re.I,
)


def _bare_multiples(text: str, told: list[re.Match[str]]) -> Iterator[re.Match[str]]:
    """The multiples written bare ("trades at a low of 16x") in a sentence that names one
    kind of ratio only (``told``: P/E, else none): read as that kind."""
    kinds = {m.group("ratio").lower() for m in told if m.group("ratio")}
    if len(kinds) == 1 and not any(_GROWTH_ADJUSTED.match(k) or _TO_BOOK.match(k) for k in kinds):
        yield from _TRADES_AT.finditer(text)


def valuations(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """Valuation multiples such as forward P/E, each the sentence gives ("a P/E ratio of 18.5,
    a P/E/G ratio of 1.2"); historical peaks are not current readings. A trailing multiple told
    with no time of its own is the stock's reading as the news is written (the day of
    publication, as a current price is)."""
    text = sentence.text
    if _PAST.search(text):
        return
    now = None
    if ctx.occurrence.precision == "unknown":
        now = Occurrence(ctx.published, ctx.published, "day", "day")
    taken: list[tuple[int, int]] = []
    ratios = list(_RATIO_OF.finditer(text))
    bare = list(_bare_multiples(text, ratios))
    for m in sorted([*_MULTIPLE_OF.finditer(text), *ratios, *bare], key=re.Match.start):
        if any(a < m.end() and m.start() < b for a, b in taken):
            continue
        taken.append(m.span())
        begin = m.start() + len(m.group(0)) - len(m.group(0).lstrip())
        if _MODEL_INPUT.search(text, max(0, begin - 40), begin) or _AVERAGE_BEFORE.search(
            text, max(0, begin - 20), begin
        ):
            continue
        found = m.groupdict()
        if m in bare:
            what = "pe"
        elif found.get("ratio"):
            ratio = found["ratio"]
            what = (
                "peg"
                if _GROWTH_ADJUSTED.match(ratio)
                else ("price_to_book" if _TO_BOOK.match(ratio) else "pe")
            )
        else:
            word = found["what"].split()[0].lower()
            what = _METRIC.get(word, word)
        basis = (found.get("basis") or "").lower()
        prefix = (
            "forward_"
            if basis.startswith(("forward", "fwd", "next", "expected"))
            else ("trailing_" if basis.startswith("trailing") else "")
        )
        yield Draft(
            "valuation_multiple",
            {
                "metric": prefix + what,
                "value": float(m.group("v")),
                "qualifier": qualifier_before(text, m.start()),
            },
            confidence=0.85,
            # (a forward multiple, on earnings still to come, keeps no day: the seed convention)
            occurrence=None if prefix == "forward_" else now,
        )
