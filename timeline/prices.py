"""Daily price bars, as analysts keep them (CSV or Parquet: a date, a close, optionally the
open, high, low, volume, currency and subject), made point in time.

A bar is known from its session's close: the exchange's close that day, in UTC, from the
exchange calendar of the subject's listing (half days included); for a market the calendar
library does not have, the end of that day in UTC, which is never earlier than the close. A
question asked as of an instant sees the bars known by then, and no later close.

>>> import tempfile
>>> from pathlib import Path
>>> bars = Path(tempfile.mkdtemp()) / "zvx.csv"
>>> _ = bars.write_text("Date,Close,Volume\\n2024-07-03,10.5,1200\\n2024-07-05,10.8,900\\n")
>>> prices = read_prices(bars, subject="ZVX")
>>> for who, day, close, known in prices.select("subject", "date", "close", "known_from").rows():
...     print(who, day, close, f"{known:%Y-%m-%d %H:%M %Z}")  # 3 July 2024: an early close
ZVX 2024-07-03 10.5 2024-07-03 17:00 UTC
ZVX 2024-07-05 10.8 2024-07-05 20:00 UTC
"""

from __future__ import annotations

from pathlib import Path

import polars as pl

from timeline._time import to_utc
from timeline.entities import canonical
from timeline.errors import PricesInvalid

__all__ = ["PRICES", "known_from", "read_prices"]

#: A store's price bars: one row per subject and session (`timeline.store.prices`).
PRICES = pl.Schema(
    {
        "subject": pl.String(),
        "date": pl.Date(),
        "open": pl.Float64(),
        "high": pl.Float64(),
        "low": pl.Float64(),
        "close": pl.Float64(),
        "volume": pl.Float64(),
        "currency": pl.String(),
        "known_from": pl.Datetime("us", "UTC"),
    }
)
# The columns' names as exports write them, lower-cased ("Adj Close" is no close)
_NAMES = {
    "date": ("date", "day", "session", "timestamp", "time"),
    "close": ("close", "closing_price", "last", "price", "px_last"),
    "open": ("open",),
    "high": ("high",),
    "low": ("low",),
    "volume": ("volume", "vol"),
    "currency": ("currency", "ccy"),
    "subject": ("subject", "ticker", "symbol"),
}


def read_prices(
    path: Path | str, *, subject: str | None = None, currency: str | None = None
) -> pl.DataFrame:
    """The bars of a CSV or Parquet file, checked, each with when it became known
    (`known_from`). ``subject`` names the company of a file with no subject column;
    ``currency`` the currency of one with none. Raises `PricesInvalid`, saying what to fix."""
    path = Path(path)
    try:
        raw = pl.read_parquet(path) if path.suffix.lower() == ".parquet" else pl.read_csv(path)
    except (OSError, pl.exceptions.PolarsError) as exc:
        raise PricesInvalid(path, f"it cannot be read ({str(exc).splitlines()[0]})") from None
    named = _named_columns(path, raw)
    if "subject" not in named and subject is None:
        raise PricesInvalid(path, "it has no subject column", "Pass --subject TICKER.")
    frame = raw.select(
        pl.lit(subject).alias("subject")
        if subject
        else pl.col(named["subject"]).cast(pl.String).alias("subject"),
        _day(pl.col(named["date"])).alias("date"),
        *(
            pl.col(named[c]).cast(pl.Float64, strict=False).alias(c)
            if c in named
            else pl.lit(None, pl.Float64).alias(c)
            for c in ("open", "high", "low", "close", "volume")
        ),
        (
            pl.col(named["currency"]).cast(pl.String)
            if "currency" in named
            else pl.lit(currency, pl.String)
        ).alias("currency"),
    )
    _check(path, frame)
    # the listing as written places the session's close ("0700.HK": Hong Kong's), then the
    # company's id names the series
    timed = known_from(frame)
    timed = timed.with_columns(pl.col("subject").map_elements(canonical, return_dtype=pl.String))
    return timed.select(PRICES.names()).sort("subject", "date")


def _named_columns(path: Path, raw: pl.DataFrame) -> dict[str, str]:
    lower = {c.lower().strip().replace(" ", "_"): c for c in raw.columns}
    found = {
        ours: lower[next(n for n in names if n in lower)]
        for ours, names in _NAMES.items()
        if any(n in lower for n in names)
    }
    missing = [c for c in ("date", "close") if c not in found]
    if missing:
        columns = ", ".join(raw.columns) or "none"
        raise PricesInvalid(
            path,
            f"it has no {' or '.join(missing)} column (columns: {columns})",
            "Name them date and close (open, high, low, volume, currency, subject optional).",
        )
    return found


def _day(column: pl.Expr) -> pl.Expr:
    """A date column as dates, whatever it was written as (text, date, datetime)."""
    return (
        pl.when(column.is_null())
        .then(None)
        .otherwise(column.cast(pl.String).str.slice(0, 10).str.to_date("%Y-%m-%d", strict=False))
    )


def _check(path: Path, frame: pl.DataFrame) -> None:
    bad_dates = frame.filter(pl.col("date").is_null()).height
    if bad_dates:
        raise PricesInvalid(path, f"{bad_dates} row(s) have no date as YYYY-MM-DD")
    bad_closes = frame.filter(pl.col("close").is_null() | (pl.col("close") <= 0)).height
    if bad_closes:
        raise PricesInvalid(path, f"{bad_closes} row(s) have no positive close")
    twice = (
        frame.group_by("subject", "date")
        .agg(pl.col("close").n_unique())
        .filter(pl.col("close") > 1)
    )
    if twice.height:
        first = twice.sort("subject", "date").row(0)
        raise PricesInvalid(path, f"{first[0]} has two closes on {first[1]}")


def known_from(bars: pl.DataFrame) -> pl.DataFrame:
    """``bars`` with ``known_from``: the close of each bar's session on its subject's
    exchange, in UTC (a day's end, UTC, where the exchange has no calendar)."""
    from timeline.extract.markets import exchange_of  # noqa: PLC0415 - the calendars' owner
    from timeline.extract.sessions import session_closes  # noqa: PLC0415

    parts = []
    for (subject,), group in bars.group_by("subject", maintain_order=True):
        closes = session_closes(exchange_of(str(subject)))
        end_of_day = [
            closes.get(day) or to_utc(day, day_end=True) for day in group.get_column("date")
        ]
        parts.append(
            group.with_columns(known_from=pl.Series(end_of_day, dtype=pl.Datetime("us", "UTC")))
        )
    if not parts:
        return bars.with_columns(known_from=pl.lit(None, PRICES["known_from"]))
    return pl.concat(parts)
