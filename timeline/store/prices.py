"""Daily price bars kept beside the log (`timeline.prices.PRICES`): a Delta table ``prices``
in the store's folder or URL, one row per subject and session.

Adding bars is idempotent: a bar already held is not added again. A bar given again with
another close is refused (`PricesInvalid`): prices are facts of a session, and a store that
kept both would answer with either.

>>> import tempfile, datetime as dt
>>> import polars as pl
>>> from timeline.prices import known_from
>>> table = PriceTable(tempfile.mkdtemp())
>>> bars = known_from(pl.DataFrame({"subject": ["ZVX"], "date": [dt.date(2024, 7, 5)],
...                                 "close": [10.8]}))
>>> table.add(bars), table.add(bars)
((1, 0), (0, 1))
>>> table.read().select("subject", "close").rows()
[('ZVX', 10.8)]
"""

from __future__ import annotations

import polars as pl

from timeline.errors import PricesInvalid
from timeline.prices import PRICES
from timeline.store.side import SideTable

__all__ = ["PriceTable"]


class PriceTable(SideTable):
    """The price bars of the store at ``uri`` (its ``prices`` Delta table)."""

    name = "prices"
    schema = PRICES

    def read(self) -> pl.DataFrame:
        """Every bar held, by subject and date (empty when none is)."""
        return self._held().unique(["subject", "date"]).sort("subject", "date")

    def add(self, bars: pl.DataFrame) -> tuple[int, int]:
        """Add the bars not held yet: (added, already held)."""
        bars = self._conformed(bars)
        held = self.read()
        both = bars.join(held, on=["subject", "date"], how="inner", suffix="_held")
        changed = both.filter(pl.col("close") != pl.col("close_held"))
        if changed.height:
            subject, day, close, was = changed.select("subject", "date", "close", "close_held").row(
                0
            )
            raise PricesInvalid(
                "prices",
                f"{subject}'s close on {day} is held as {was}, and was given now as {close}",
                "A session's close is a fact: fix the file, or remove that bar from it.",
            )
        new = bars.join(held, on=["subject", "date"], how="anti")
        self._append(new)
        return new.height, bars.height - new.height
