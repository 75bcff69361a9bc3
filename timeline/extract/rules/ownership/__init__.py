"""Ownership: investors buying and selling, and reported levels of ownership.

A stake change needs a named investor (the alias table's, or a fund-like name such as
"Westend Capital Management") and a buying or selling verb; the amount is the money or the
share count in the sentence. One module per way the news tells it: trades with their trader
(`trades`), one holder's changes across companies (`across`), trades told by their other side
(`counterparties`), levels of ownership (`levels`) and holders' tables (`tables`); what they
share, the words of a holding and a holder's name in full, is in `_names`.
"""

from __future__ import annotations

from timeline.extract.rules.ownership.across import holders_across
from timeline.extract.rules.ownership.counterparties import bought_by, flows, sellers
from timeline.extract.rules.ownership.levels import levels
from timeline.extract.rules.ownership.tables import table
from timeline.extract.rules.ownership.trades import (
    clause_trades,
    listed_traders,
    meanwhile_trades,
    respective_trades,
    stakes,
    then_trades,
)

__all__ = [
    "bought_by",
    "clause_trades",
    "flows",
    "holders_across",
    "levels",
    "listed_traders",
    "meanwhile_trades",
    "respective_trades",
    "sellers",
    "stakes",
    "table",
    "then_trades",
]
