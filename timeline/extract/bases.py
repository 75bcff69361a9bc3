"""The base of a comparison and the period it is told of.

A results story compares each figure with a base: "revenue rose 5% to $2.2 billion from $2.1
billion a year earlier". The base is a figure too (the gold dates it to its own period), but
not the period of the sentence: it is the year before's, or the quarter before's, or the one
its words name.

=================================================  ==========================================
the base is told                                   its period
=================================================  ==========================================
"from €113.4m in 2023", "compared to Rs 4.09 in     the period written right after it
Q1FY25", "from 63.9 million in January-September
of 2023"
"from $2.1 billion a year earlier", "compared       the figure's period a year back (a fiscal
with ₹12,380 crore in the same period last          quarter's too: Dec..Feb a year before)
year", "₹229.4 crore in the year-ago period",
"from last year's 3.68 trillion won", "up 73%
year-on-year from Rs 156.7 crore"
"from ₹22.73 crore in the previous June quarter",   the figure's period a quarter back
"sequential growth of 2.5% from Rs 264.35 crore"
"compared to COP190bn in the same period of 2023"   the figure's period in that year
"from $1.2 billion" (no cue in the sentence)        the sentence's period (none: not the
                                                    figure's)
=================================================  ==========================================

Examples
--------
>>> from timeline.extract.numbers import find_money
>>> text = "Revenue rose to $2.2 billion from $2.1 billion a year earlier."
>>> [is_base(text, a) for a in find_money(text)]
[False, True]
>>> back_cue(text, find_money(text)[1])
(12, 47, 61)
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.extract.numbers import Amount, find_counts, find_money, find_percents
from timeline.extract.temporal import Occurrence, TemporalContext, resolve, shifted

__all__ = [
    "THAT_PERIOD",
    "back",
    "back_cue",
    "base_tail",
    "is_base",
    "own_period",
    "same_period_year",
    "years_back",
]

# the base a figure is compared with: "up 38% from 840 billion won a year earlier", "down from
# a profit of $133.4 million", "from last year's 3.68 trillion won", "up 21% over Rs 6,619 crore"
_BASE_BEFORE = re.compile(
    r"(?:\b(?:from|than|versus|vs\.?|compared\s+(?:with|to)|against)|(?:%|\bper\s?cent)\s+over)"
    r"\s+(?:(?:a|an|the)\s+)?(?:(?:last|previous|prior)\s+(?:year|quarter)['’]s\s+)?"
    r"(?:(?:adjusted\s+|net\s+)?(?:profit|loss|income|earnings|revenue|sales)\s+of\s+)?$",
    re.I,
)
# ... a figure joined to a base before it: its per-share figure ("$19.1 million, or $2.82 per
# share"), or the next base of a list ("compared to Rs 4.09 in Q1FY25 and just Rs 0.43 in Q2FY24")
_JOINED = re.compile(r"\)?,?\s+(?:or|and(?:\s+(?:just|only))?)\s+$", re.I)
# a figure told as the one of a year before: "₹229.4 crore in the year-ago period"
_YEAR_AGO_AFTER = re.compile(
    r"\s*(?:\([^)]{0,30}\)\s*)?,?\s*(?:(?:in|during|for)\s+the\s+(?:year[\s-]ago|prior[\s-]year)|"
    r"(?:reported\s+)?a\s+year\s+(?:ago|earlier))\b",
    re.I,
)
# a year back: "a year ago", "the same period last year", "year-ago", "the year before", "the
# corresponding quarter of the previous financial year", "year-on-year", "an annual jump"
_YEAR_BACK = re.compile(
    r"\b(?:a\s+year\s+(?:ago|earlier|before)|(?:last|previous|prior)\s+(?:fiscal\s+|financial\s+)?"
    r"year|the\s+year\s+(?:before|prior|earlier)|year[\s-]ago|prior[\s-]year|(?:on|over)[\s-]year|"
    r"year[\s-](?:on|over)[\s-]year|yoy|y/y|annual\s+(?:jump|rise|increase|growth|decline|drop|fall))\b",
    re.I,
)
# a quarter back: "the previous June quarter", "sequential growth", "quarter-on-quarter"
_QUARTER_BACK = re.compile(
    r"\b(?:previous|prior|preceding|last)\s+(?:\w+\s+)?quarter\b|\bsequential(?:ly)?\b|"
    r"\bthe\s+quarter\s+before\b|\b(?:quarter[\s-](?:on|over)[\s-]quarter|qoq|q/q)\b",
    re.I,
)
# "the same quarter a year ago", "the year-ago period": the quarter the article named, back
THAT_PERIOD = re.compile(
    r"\b(?:same|corresponding|comparable|year[\s-]ago|prior[\s-]year)\s+(?:period|quarter)\b",
    re.I,
)
_SAME_PERIOD_OF = re.compile(
    r"\b(?:same|corresponding|comparable)\s+(?:period|quarter|months)\s+(?:of|in)\s+"
    r"(?P<y>(?:19|20)\d{2})\b",
    re.I,
)
# where a base's own words end: the next figure compared, or the clause's end
_NEXT_BASE = re.compile(
    r"\b(?:from|compared|versus|vs\.?|than|against|while|and)\b|[;.](?!\d)", re.I
)
# a base's own period, right after it: "(£94m) in 2023", "in Q2 FY25", "in January-September"
_OWN_AFTER = re.compile(r"\s*(?:\([^)]{0,30}\)\s*)?,?\s*(?:in|during|for|over)\s", re.I)
_LEAD = 40


def _figures(text: str) -> list[Amount]:
    """The sentence's figures: money, percentages and counts (not years: "in Q2 2024")."""
    counts = [c for c in find_counts(text) if c.value >= 1000 and not 1900 <= c.value <= 2100]
    return sorted([*find_money(text), *find_percents(text), *counts], key=lambda a: a.start)


# a figure's translation into another currency, in brackets after it: "€113.4m (£94m)"
_BRACKET = re.compile(r"\s*\([^)]{0,30}\)")


def is_base(text: str, number: Amount) -> bool:
    """Whether ``number`` is the base a figure is compared with ("from $1.24 billion", "compared
    with $19.1 million, or $2.82 per share"), or a figure told as a year before's ("₹229.4 crore
    in the year-ago period")."""
    lead = text[max(0, number.start - _LEAD) : number.start]
    if _BASE_BEFORE.search(lead) or _YEAR_AGO_AFTER.match(text, number.end):
        return True
    if joined := _JOINED.search(lead):  # joined to a base before it
        cut = number.start - len(joined[0])
        before = [a for a in _figures(text) if a.end <= cut + 1 and a.start != number.start]
        return bool(before) and is_base(text, before[-1])
    return False


def base_tail(text: str, number: Amount) -> str:
    """The base's own words after it: up to the next figure, the next comparison, or the
    clause's end."""
    after = m.end() if (m := _BRACKET.match(text, number.end)) else number.end
    stop = _NEXT_BASE.search(text, after)
    end = stop.start() if stop else len(text)
    later = [a.start for a in _figures(text) if a.start >= after]
    return text[number.end : min([end, *later])][:90]


def same_period_year(tail: str) -> int | None:
    """The year of "the same period of 2023" told after a base."""
    m = _SAME_PERIOD_OF.search(tail)
    return int(m["y"]) if m else None


def back_cue(text: str, number: Amount, tail: str | None = None) -> tuple[int, int, int] | None:
    """How far back the base's period lies from its figure's, 12 months (a year) or 3 (a
    quarter), and where in ``text`` the words that tell it are: its own words after it, else
    the words before it ("from last year's", "up 73% year-on-year from"), else the sentence's
    one kind of comparison; None where nothing tells."""
    tail = base_tail(text, number) if tail is None else tail
    lead_at = max(0, number.start - _LEAD)
    near = ((number.end, tail, min), (lead_at, text[lead_at : number.start], max))
    for at, words, nearer in (*near, (0, text, None)):
        year = _YEAR_BACK.search(words)
        found = [m for m in (year, _QUARTER_BACK.search(words)) if m is not None]
        if not found or (len(found) == 2 and nearer is None):
            continue  # no cue; or both kinds in the sentence, and neither tells
        cue = nearer(found, key=lambda m: m.start()) if nearer else found[0]  # nearer the base
        return (12 if cue is year else 3), at + cue.start(), at + cue.end()
    return None


def years_back(period: Occurrence, year: int) -> int:
    """Months from ``period`` back to the same period in ``year``."""
    return 12 * (period.end.year - year) if period.end is not None else 0


def own_period(tail: str, published: dt.date, exchange: str) -> Occurrence | None:
    """The span of time written right after a base ("in 2023", "in Q2 FY25"), if it has ended."""
    if not _OWN_AFTER.match(tail):
        return None
    own = resolve(tail, published, TemporalContext(exchange=exchange), exchange)
    if own.start is None or own.end is None or own.start == own.end or own.end > published:
        return None
    return own


def back(period: Occurrence, months: int) -> Occurrence:
    """A quarter's or a year's period ``months`` before; any other period is none of a base."""
    if months <= 0 or period.precision not in ("quarter", "year"):
        return period if months == 0 else Occurrence.unknown()
    return shifted(period, -months)
