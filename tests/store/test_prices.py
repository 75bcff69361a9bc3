from __future__ import annotations

import datetime as dt
from pathlib import Path

import polars as pl
import pytest

from timeline.errors import PricesInvalid
from timeline.prices import known_from
from timeline.store import DeltaStore


def _bars(*closes: float) -> pl.DataFrame:
    days = [dt.date(2024, 7, 1) + dt.timedelta(days=i) for i in range(len(closes))]
    return known_from(pl.DataFrame({"subject": ["ZVX"] * len(closes), "date": days,
                                    "close": list(closes)}))  # fmt: skip


def test_bars_are_added_once(tmp_path: Path) -> None:
    prices = DeltaStore(tmp_path).prices
    assert prices.read().is_empty()
    assert prices.add(_bars(10.0, 10.5)) == (2, 0)
    assert prices.add(_bars(10.0, 10.5, 10.7)) == (1, 2)
    assert prices.read().get_column("close").to_list() == [10.0, 10.5, 10.7]


def test_another_close_for_a_held_session_is_refused(tmp_path: Path) -> None:
    prices = DeltaStore(tmp_path).prices
    prices.add(_bars(10.0))
    with pytest.raises(PricesInvalid, match=r"ZVX's close on 2024-07-01 is held as 10\.0"):
        prices.add(_bars(10.1))
    assert prices.read().get_column("close").to_list() == [10.0]
