"""The default rules, one module per topic, applied to every factual sentence in this order."""

from __future__ import annotations

from timeline.extract.context import Rule
from timeline.extract.rules import analysts, company, kpis, market, ownership

__all__ = ["DEFAULT_RULES", "HEADING_RULES"]

DEFAULT_RULES: tuple[Rule, ...] = (
    analysts.ratings,
    analysts.targets,
    analysts.consensus,
    ownership.stakes,
    ownership.levels,
    market.rows,  # a movers' table or a market snapshot copied onto one long line
    market.moves,
    market.levels,
    market.technicals,
    market.valuations,
    company.launches,
    company.metrics,
    kpis.kpis,
    company.plans,
    company.partnerships,
    company.legal,
    company.corporate,
)

#: Rules for heading lines: those that start a section, and those that state a price
#: (movers' table rows, template headlines).
HEADING_RULES: tuple[Rule, ...] = (kpis.headings, market.rows, analysts.table)
