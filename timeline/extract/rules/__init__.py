"""The default rules, one module per topic, applied to every factual sentence in this order."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import wraps

from timeline.extract.context import Context, Draft, Rule
from timeline.extract.rules import (
    analysts,
    company,
    index_targets,
    kpis,
    market,
    ownership,
    products,
    returns,
)
from timeline.extract.text import Sentence

__all__ = ["DEFAULT_RULES", "HEADING_RULES"]

_DIGIT = re.compile(r"\d")


def _figures(rule: Rule) -> Rule:
    """A rule that reads a written figure (a price, a percentage, an amount): a sentence with
    no digit in it is passed over without asking it, the cheapest test first."""

    @wraps(rule)
    def read(sentence: Sentence, ctx: Context) -> Iterable[Draft]:
        return rule(sentence, ctx) if _DIGIT.search(sentence.text) else ()

    return read


DEFAULT_RULES: tuple[Rule, ...] = (
    analysts.ratings,
    _figures(analysts.targets),
    _figures(index_targets.index_targets),
    analysts.consensus,
    ownership.stakes,
    ownership.clause_trades,
    ownership.then_trades,
    ownership.respective_trades,
    ownership.meanwhile_trades,
    ownership.sellers,
    _figures(ownership.bought_by),
    ownership.listed_traders,
    ownership.holders_across,
    _figures(ownership.flows),
    _figures(ownership.levels),
    _figures(market.rows),  # a movers' table or a market snapshot copied onto one long line
    market.moves,  # "shares doubled" has no digit
    _figures(returns.returns),
    _figures(market.fields),
    _figures(market.levels),
    _figures(market.technicals),
    _figures(market.valuations),
    products.launches,
    _figures(products.priced),
    products.metrics,
    _figures(kpis.kpis),
    _figures(company.plans),
    company.partnerships,
    company.legal,
    company.corporate,
)

#: Rules for heading lines: those that start a section, and those that state a price
#: (movers' table rows, template headlines).
HEADING_RULES: tuple[Rule, ...] = (
    kpis.headings,
    market.rows,
    market.fields,
    analysts.table,
    ownership.table,
)
