"""Strategists' targets for an index: a firm's level for a market by a date, not a share's price.

"JPMorgan Chase has raised its year-end 2026 target for the Nikkei 225 index to 61,000
points, up from the previous target of 60,000 points", "UBS raised its year-end target for the
TOPIX from 2,750 points to 2,900 points", "analysts at JP Morgan set a bull case target for the
Singapore benchmark index of 4,200": a ``price_target`` on the index, in points (the event's
currency stays its default: the schema has no currency-less target), the firm the one named
before the verb. The horizon ("year-end 2026") is the target's, not the
call's date.

Examples
--------
>>> from timeline.articles import Article
>>> from timeline.extract import RuleExtractor
>>> text = "Markets\\nUBS raised its year-end target for the S&P 500 to 6,600 from 6,400."
>>> [event] = [e for e in RuleExtractor().extract(Article.from_text(text, published="2025-06-02"))
...            if e.kind == "price_target"]
>>> event.subject, event.firm, event.value, event.previous_value, event.action
('SPX', 'UBS', 6600.0, 6400.0, 'raise')
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from timeline.extract.actors import is_index
from timeline.extract.context import Context, Draft
from timeline.extract.gates import gated
from timeline.extract.mentions import find_entities, find_orgs
from timeline.extract.text import Sentence

__all__ = ["index_targets"]

_LEVEL = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{3,6}(?:\.\d+)?"  # an index's level: 4,200, 61000
_POINTS = r"(?:\s*points?|\s*pts)?"
# The verb, the target "for" an index, and its level: "raised its year-end 2026 target for the
# Nikkei 225 index to 61,000 points", "set a bull case target for the Singapore benchmark index
# of 4,200", "cut its end-2025 target for the Hang Seng from 24,000 to 22,000"
_INDEX_TARGET = gated(
    r"\b(?P<verb>rais|lift|boost|increas|hik|bump|cut|lower|trim|reduc|slash|kept|keep|maintain|"
    r"reiterat|set|has|had|sees|saw)\w*\s+(?:its|their|his|her|a|an|the)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:index\s+)?target\s+(?:level\s+)?(?:for|on)\s+(?:the\s+)?"
    rf"(?P<index>[^,;]{{2,60}}?)\s+(?:from\s+(?P<prev>{_LEVEL}){_POINTS}\s+to|to|at|of)\s+"
    rf"(?P<value>{_LEVEL}){_POINTS}(?![\d%$€£¥])",
    re.I,
)
# ... the index named before the target: "lifted its 12-month Kospi target to 4,500 from 4,000",
# "lifted its Kospi forecast band from 3,250–3,700 points to 3,600–4,050" (a band: its bottom
# and top)
_BAND = r"\s*[-–—]\s*"
_NAMED_TARGET = gated(
    r"\b(?P<verb>rais|lift|boost|increas|hik|bump|cut|lower|trim|reduc|slash|kept|keep|maintain|"
    r"reiterat|set)\w*\s+(?:its|their|his|her|a|an|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<index>(?-i:[A-Z][\w&]*)(?:\s+(?:(?-i:[A-Z][\w&]*)|\d{2,4})){0,2})\s+(?:index\s+)?"
    r"(?:target|forecast)(?:\s+(?:band|range|level))?\s+"
    rf"(?:from\s+(?P<prev>{_LEVEL})(?:{_BAND}{_LEVEL})?{_POINTS}\s+to|to|at|of)\s+"
    rf"(?P<value>{_LEVEL})(?:{_BAND}(?P<high>{_LEVEL}))?{_POINTS}(?![\d%$€£¥])",
    re.I,
)
# A research house no table knows, by the word its name ends on: "Samsung Securities"
_HOUSE = re.compile(r"\b(?:Securities|Research|Investment|Capital|Asset\s+Management)$")
# The level it was before, told after it: "up from the previous target of 60,000 points",
# "to 6,600 from 6,400"
_PREVIOUS_AFTER = re.compile(
    rf",?\s+(?:(?:up|down)\s+)?from\s+(?:the\s+|its\s+|a\s+)?(?:previous|prior|earlier|old)?\s*"
    rf"(?:target\s+(?:of\s+)?)?(?P<prev>{_LEVEL})",
    re.I,
)
_ACTIONS = {
    "rais": "raise", "lift": "raise", "boost": "raise", "increas": "raise", "hik": "raise",
    "bump": "raise", "cut": "cut", "lower": "cut", "trim": "cut", "reduc": "cut",
    "slash": "cut", "kept": "maintain", "keep": "maintain", "maintain": "maintain",
    "reiterat": "maintain", "set": "set",
}  # fmt: skip


def _level(written: str) -> float:
    return float(written.replace(",", ""))


def index_targets(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """A firm's target for an index (the index a known one, else the article's own index, else
    the name as written), with the level it replaced and the verb's action."""
    text = sentence.text
    for m in (*_INDEX_TARGET.finditer(text), *_NAMED_TARGET.finditer(text)):
        index = _index_of(m["index"], ctx)
        firms = find_entities(text[: m.start()], kinds=("firm",)) or [
            org for org in find_orgs(text[: m.start()]) if _HOUSE.search(org.text)
        ]
        if index is None or not firms:
            continue
        prev = m["prev"] or (p["prev"] if (p := _PREVIOUS_AFTER.match(text, m.end())) else None)
        value = _level(m["value"])
        previous = _level(prev) if prev else None
        action = _ACTIONS.get(m["verb"].lower())
        if action in ("raise", "cut") and previous is not None:
            action = "raise" if value > previous else "cut"
        yield Draft(
            "price_target",
            {
                "firm": firms[-1].id,
                "value": value,
                "previous_value": previous,
                "value_high": _level(high) if (high := m.groupdict().get("high")) else None,
                "action": action,
            },
            confidence=0.75,
            subject=index,
        )


def _index_of(written: str, ctx: Context) -> str | None:
    """The index a target is for: one the tables know, else the article's index where it
    writes one of its own ("the Zorvia benchmark index" in a story on the ZRX index), else the
    name written with "index"; ``None`` for a company's ("its target for Zorvex")."""
    known = find_entities(written, kinds=("index",))
    if known:
        return known[0].id
    if not re.search(r"\b(?:index|benchmark|composite|average)\b", written, re.I):
        return None
    return ctx.subject if is_index(ctx.subject) else written.strip()
