"""The market: price moves, price levels, technical readings, valuation multiples.

One module per topic, imports flowing one way (``_shared`` and ``dates`` below the rules):

- `price_moves`: percentage moves of share prices and indices (`moves`);
- `price_levels`: prices the shares or an index closed, opened, traded or peaked at (`levels`);
- `tables`: movers' table rows and lists, price fields, snapshots, headlines (`rows`, `fields`);
- `indicators`: RSI, moving averages, short interest (`technicals`);
- `multiples`: valuation multiples (`valuations`);
- `dates`: when a market figure happened, the session the news reports;
- `_shared`: the move verbs, what is no price, who moved.
"""

from __future__ import annotations

from timeline.extract.rules.market.indicators import technicals
from timeline.extract.rules.market.multiples import valuations
from timeline.extract.rules.market.price_levels import levels
from timeline.extract.rules.market.price_moves import moves
from timeline.extract.rules.market.tables import fields, rows

__all__ = ["fields", "levels", "moves", "rows", "technicals", "valuations"]
