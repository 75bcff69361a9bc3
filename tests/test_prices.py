from __future__ import annotations

import datetime as dt
from pathlib import Path

import polars as pl
import pytest

from timeline.errors import PricesInvalid
from timeline.prices import read_prices


def _csv(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "bars.csv"
    path.write_text(text)
    return path


def test_bars_of_an_export_with_its_own_column_names(tmp_path: Path) -> None:
    path = _csv(tmp_path, "Symbol,Date,Open,High,Low,Close,Volume,Currency\n"
                          "1234.HK,2024-07-03,370,375,368,372.4,1000,HKD\n")  # fmt: skip
    [bar] = read_prices(path).to_dicts()
    assert (bar["subject"], bar["date"], bar["close"], bar["currency"]) == (
        "1234.HK",
        dt.date(2024, 7, 3),
        372.4,
        "HKD",
    )
    # Hong Kong closes at 16:00 there, 08:00 UTC
    assert bar["known_from"] == dt.datetime(2024, 7, 3, 8, 0, tzinfo=dt.UTC)


def test_a_market_without_a_calendar_knows_a_bar_at_the_days_end(tmp_path: Path) -> None:
    path = _csv(tmp_path, "date,close\n2024-07-03,12.5\n")
    # Athens: a calendar the library cannot build here (Orthodox Easter)
    [bar] = read_prices(path, subject="ZVX.AT", currency="EUR").to_dicts()
    assert bar["known_from"] == dt.datetime.combine(dt.date(2024, 7, 3), dt.time.max, dt.UTC)
    assert bar["currency"] == "EUR"


def test_a_parquet_file_with_datetimes(tmp_path: Path) -> None:
    path = tmp_path / "bars.parquet"
    pl.DataFrame(
        {"date": [dt.datetime(2024, 7, 5)], "close": [10.8], "ticker": ["ZVX"]}
    ).write_parquet(path)
    assert read_prices(path).select("subject", "date").row(0) == ("ZVX", dt.date(2024, 7, 5))


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("date,price_usd\n2024-07-03,1\n", "no close column"),
        ("date,close\n2024-07-03,10\n", "no subject column"),
        ("date,close,ticker\n03/07/2024,10,ZVX\n", "no date as YYYY-MM-DD"),
        ("date,close,ticker\n2024-07-03,-1,ZVX\n", "no positive close"),
        ("date,close,ticker\n2024-07-03,10,ZVX\n2024-07-03,11,ZVX\n", "ZVX has two closes"),
    ],
)
def test_a_file_that_cannot_be_bars_says_what_to_fix(tmp_path: Path, text: str, said: str) -> None:
    with pytest.raises(PricesInvalid, match=said):
        read_prices(_csv(tmp_path, text))
