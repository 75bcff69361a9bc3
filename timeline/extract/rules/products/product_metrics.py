"""A product's usage metrics (`metrics`): users, downloads, units sold, parameters, with the
change; a count without a product name is the product last named.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from timeline.extract.context import Context, Draft
from timeline.extract.gates import gated
from timeline.extract.mentions import find_entities
from timeline.extract.numbers import Amount, find_counts, find_money, find_percents
from timeline.extract.rules._common import PROJECTION
from timeline.extract.rules.products._names import _NAME, _STOP_NAMES, _Products
from timeline.extract.rules.products.naming import _product_before
from timeline.extract.text import Sentence

__all__ = ["metrics"]

_AS_SUBJECT = re.compile(
    r"^(?:(?:The company's|Its|Their)\s+)?(?P<n>" + _NAME + r")\s+(?:now\s+)?"
    r"(?:has|had|have|reached|surpassed|topped|counts|boasts|completed|recorded|logged|hit)\b"
)


def _product_as_subject(text: str, ctx: Context) -> str | None:
    """A product that is the sentence's subject: "Temu had 92 million monthly active users"."""
    m = _AS_SUBJECT.match(text)
    if m is None or m.group("n").split()[0] in _STOP_NAMES:
        return None
    name = m.group("n")
    return None if find_entities(name, kinds=("company", "firm", "investor", "index")) else name


_METRICS = [
    (
        "monthly_active_users",
        gated(r"monthly\s+active\s+users|\bMAUs?\b|monthly\s+users", re.I),
    ),
    ("daily_active_users", gated(r"daily\s+active\s+users|\bDAUs?\b", re.I)),
    ("downloads", gated(r"\bdownloads\b", re.I)),
    ("units_sold", gated(r"\bunits\b|\bdeliveries\b|\bshipments\b", re.I)),
    ("subscribers", gated(r"\bsubscribers\b|\bpaying\s+users\b", re.I)),
    ("parameters", gated(r"\bparameters?\b", re.I)),
    ("rides", gated(r"\brides\b|\btrips\b", re.I)),
    ("orders", gated(r"\borders\b", re.I)),
]


def metrics(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """A product's usage metric: users, downloads, units, parameters, with the change."""
    text = sentence.text
    if PROJECTION.search(text) or re.search(r"\bby\s+20\d\d\b", text):
        return
    for name, pattern in _METRICS:
        cue = pattern.search(text)
        if cue is None:
            continue
        if name == "units_sold" and _SHARE_UNITS.search(text):
            continue  # "acquired 2.6 billion units of shares": a stake, no product sold
        money = find_money(text)
        counts = [
            c
            for c in find_counts(text)
            if c.value >= 100 and not _is_year(c) and not _is_money(c, money)
        ]
        if not counts:
            continue
        count = min(counts, key=lambda c: abs(c.start - cue.start()))
        # a quoted name, not a word in scare quotes ('progress in "diversifying" its revenue')
        quoted = re.search(r"[\"“]([A-Z0-9][^\"”]{1,39})[\"”]", text)
        last = ctx.memory(_Products).last
        named_before = last if last and last in text else None
        product = (
            (quoted.group(1) if quoted else None)
            or named_before
            or _product_before(text, cue.start())
            or _product_as_subject(text, ctx)
            or (None if _A_MARKET.search(text, 0, cue.start()) else last)
        )
        if product is None:
            continue  # (a market's count is no product's: "India's EV market ... 90,000 units")
        change = [p for p in find_percents(text) if re.search(r"\bby\s*$", text[: p.start])]
        yield Draft(
            "product_metric",
            {
                "product": product,
                "metric": name,
                "value": count.value,
                "change_percent": change[0].value if change else None,
                "qualifier": count.qualifier,
            },
            confidence=0.75,
        )
        return


# A market or an industry the count is told of, where no product is named
_A_MARKET = re.compile(r"\b(?:market|industry|sector|segment)\b", re.I)
# Units of a security, not of a product: "2.6 billion units of shares"
_SHARE_UNITS = re.compile(r"\bunits\s+of\s+(?:\w+['’]s\s+)?(?:shares|stock|equity)\b", re.I)


def _is_money(count: Amount, money: Sequence[Amount]) -> bool:
    """Whether a count is an amount of money ("a deposit of 5,000 yuan", "RMB 119,800"), no
    count of orders or units."""
    return any(a.start < count.end and count.start < a.end for a in money)


def _is_year(amount: Amount) -> bool:
    return amount.value.is_integer() and 1900 <= amount.value <= 2100
