"""Ownership: investors buying and selling, and reported levels of ownership.

A stake change needs a named investor (the alias table's, or a fund-like name such as
"Westend Capital Management") and a buying or selling verb; the amount is the money or the
share count in the sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from timeline.extract.context import Context, Draft
from timeline.extract.numbers import find_counts, find_money, find_percents
from timeline.extract.rules._common import investing_company, investors_in
from timeline.extract.text import Sentence

__all__ = ["levels", "stakes"]

_DIRECTIONS: list[tuple[str, re.Pattern[str]]] = [
    (
        "new_position",
        re.compile(
            r"\b(?:established|initiated|opened|built|took|disclosed)\s+(?:a\s+)?(?:new\s+)?"
            r"(?:position|stake)|\bnew\s+(?:position|stake)\b|\bfirst\s+investment\b",
            re.I,
        ),
    ),
    ("exit", re.compile(r"\bexited\b|\bsold\s+(?:its|their)\s+entire\b|\bdumped\s+all\b", re.I)),
    (
        "increase",
        re.compile(
            r"\b(?:increased|boosted|raised|upped|lifted|added\s+to|expanded)\s+(?:\w+\s+){0,2}"
            r"(?:stake|position|holding)s?\b",
            re.I,
        ),
    ),
    (
        "decrease",
        re.compile(
            r"\b(?:trimmed|reduced|cut|lowered|pared|slashed|shrank)\s+(?:\w+\s+){0,2}"
            r"(?:stake|position|holding)s?\b",
            re.I,
        ),
    ),
    (
        "buy",
        re.compile(
            r"\b(?:bought|purchased|acquired|snapped\s+up|picked\s+up|accumulated|scooped\s+up|"
            r"re-?established\s+(?:a\s+)?positions?|reopened\s+(?:a\s+)?positions?|re-?entered|"
            r"added\s+(?:[\d.,]+\s+(?:million\s+)?)?shares)\b",
            re.I,
        ),
    ),
    (
        "sell",
        re.compile(
            r"\b(?:sold|offloaded|dumped|unloaded|divested|disposed\s+of|trimmed|sold\s+off)\b",
            re.I,
        ),
    ),
]
_OBJECT = re.compile(r"\b(?:stake|position|shares|equity|ADRs?|ADSs?|holding|stock)\b", re.I)
_SHARES = re.compile(r"^\s*(?:\w+\s+){0,2}(?:shares|ADRs|ADSs|stock)\b", re.I)


def _direction(text: str) -> tuple[str, int] | None:
    for name, pattern in _DIRECTIONS:
        m = pattern.search(text)
        if m:
            return name, m.start()
    return None


def stakes(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """An investor's purchase or sale, with the amount in money and/or shares."""
    text = sentence.text
    company = investing_company(text, ctx)
    if company is not None:
        money = [a for a in find_money(text) if a.start > company.end]
        yield Draft(
            "stake_change",
            {
                "investor": company.id,
                "direction": "buy",
                "amount": money[0].value if money else None,
                "currency": money[0].currency if money else None,
                "qualifier": money[0].qualifier if money else "exact",
            },
            confidence=0.75,
        )
        return
    found = _direction(text)
    if found is None or not _OBJECT.search(text):
        return
    direction, at = found
    investors = [m for m in investors_in(sentence) if m.id != ctx.subject]
    if not investors:
        return
    before = [m for m in investors if m.start < at]
    investor = (before or investors)[-1 if before else 0]
    money = [a for a in find_money(text) if a.start > investor.end]
    shares = [
        c for c in find_counts(text) if c.start > investor.end and _SHARES.match(text[c.end :])
    ]
    amount = money[0] if money else None
    yield Draft(
        "stake_change",
        {
            "investor": investor.id,
            "direction": direction,
            "amount": amount.value if amount else None,
            "currency": amount.currency if amount else None,
            "shares": shares[0].value if shares else None,
            "qualifier": (amount or (shares[0] if shares else None)).qualifier  # type: ignore[union-attr]
            if (amount or shares)
            else "exact",
        },
        confidence=0.85 if investor.kind == "investor" else 0.7,
    )


_LEVEL = re.compile(
    r"\b(?:ownership|stake|holding|holdings|owns|holds|held)\b(?P<rest>.{0,80}?)"
    r"(?:\b(?:to|at|of)\s+|\ba\s+)(?P<pct>\d+(?:\.\d+)?)\s?(?:%|percent)",
    re.I,
)
_LEVEL_FIRST = re.compile(
    r"(?:\b(?:owns|holds|held|controls)\s+(?:about\s+|roughly\s+|around\s+|nearly\s+|some\s+)?|"
    r"\ban?\s+)(?P<pct>\d+(?:\.\d+)?)\s?(?:%|percent)\s+(?:stake|holding|interest|of)\b",
    re.I,
)
_GROUPS = {
    "onshore": "Southbound investors",
    "southbound": "Southbound investors",
    "mainland": "Southbound investors",
    "institutional": "Institutional investors",
    "insider": "Insiders",
    "retail": "Retail investors",
    "foreign": "Foreign investors",
}
_GROUP = re.compile(r"\b(" + "|".join(_GROUPS) + r")\s+(?:ownership|investors|holdings)", re.I)


def levels(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """A reported ownership level ("rose to 11% ... from 8.6%", "holds a 5.2% stake")."""
    text = sentence.text
    if re.search(r"short interest|free float|weighting|underweight|overweight", text, re.I):
        return
    m = _LEVEL.search(text) or _LEVEL_FIRST.search(text)
    if m is None:
        return
    group = _GROUP.search(text)
    investors = [i for i in investors_in(sentence) if i.id != ctx.subject]
    if group:
        holder = _GROUPS[group.group(1).lower()]
    elif investors:
        holder = investors[0].id
    else:
        return
    pct = float(m.group("pct"))
    previous = None
    prev = re.search(r"\bfrom\s+(?P<p>\d+(?:\.\d+)?)\s?(?:%|percent)", text[m.end() :], re.I)
    if prev:
        previous = float(prev.group("p"))
    qualifier = next((p.qualifier for p in find_percents(text) if p.value == pct), "exact")
    yield Draft(
        "ownership_level",
        {"holder": holder, "percent": pct, "previous_percent": previous, "qualifier": qualifier},
        confidence=0.75,
    )
