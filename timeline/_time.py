"""Reading the dates and times people pass to queries.

A bare date means the whole of that day in UTC: "as of 2025-12-31" includes everything
published on the 31st. An instant means that instant, in any zone: "as of
2026-02-12T10:00:00+09:00" sees what was reported by 01:00 UTC that day and nothing later.
Times without a zone are read as UTC.

>>> from timeline._time import as_instant
>>> as_instant("2025-12-31")
datetime.datetime(2025, 12, 31, 23, 59, 59, 999999, tzinfo=datetime.timezone.utc)
>>> as_instant("2025-12-31T08:00:00+01:00")
datetime.datetime(2025, 12, 31, 7, 0, tzinfo=datetime.timezone.utc)
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Annotated

from pydantic import BeforeValidator

from timeline.errors import InstantInvalid

__all__ = [
    "MONTHS",
    "MONTH_NAMES",
    "MONTH_PATTERN",
    "WEEKDAYS",
    "Instant",
    "UtcDatetime",
    "as_date",
    "as_instant",
    "as_query",
    "epoch_micros",
    "local_day",
    "to_utc",
    "utc_now",
]

Instant = dt.datetime | dt.date | str

_LAST_MICROSECOND = dt.timedelta(days=1, microseconds=-1)

#: Month names and abbreviations, lower case, to their numbers: "march", "mar", "sept" -> 3, 3, 9.
MONTHS: dict[str, int] = {
    name.lower(): number
    for number in range(1, 13)
    for name in (calendar.month_name[number], calendar.month_abbr[number])
} | {"sept": 9}
#: Weekday names, lower case, Monday first: "monday" ... "sunday".
WEEKDAYS: tuple[str, ...] = tuple(name.lower() for name in calendar.day_name)
#: The month names and abbreviations as a regex alternation, longest first ("september" before
#: "sept" before "sep"), in lower case: match them with re.I.
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
#: A month name in text (named group ``month``, optional full stop): "Sept.", "March".
MONTH_PATTERN = rf"(?P<month>{MONTH_NAMES})\.?"


def to_utc(value: Instant, *, day_end: bool = False) -> dt.datetime:
    """The UTC instant of a datetime, a date or ISO text: the one parser of times.

    A time without a zone is UTC; a date is its first microsecond, or with ``day_end`` its
    last (a query "as of a date" sees that whole day). Raises `InstantInvalid`.

    >>> to_utc("2026-01-08T14:30:00Z"), to_utc("2026-01-08").hour
    (datetime.datetime(2026, 1, 8, 14, 30, tzinfo=datetime.timezone.utc), 0)
    """
    value = _parsed(value)
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)
    if isinstance(value, dt.date):
        start = dt.datetime(value.year, value.month, value.day, tzinfo=dt.UTC)
        return start + _LAST_MICROSECOND if day_end else start
    raise InstantInvalid(value)


def _parsed(value: Instant) -> Instant:
    if not isinstance(value, str):
        return value
    text = value.strip()
    try:
        return (
            dt.date.fromisoformat(text)
            if len(text) == 10
            else dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        )
    except ValueError:
        raise InstantInvalid(value) from None


def local_day(value: Instant) -> dt.date:
    """The calendar day a datetime, a date or ISO text names where it was written (in its own
    offset, not UTC's): the day an article's "today" and "on Tuesday" count from.

    >>> local_day("2025-09-23T00:15:00+05:30"), to_utc("2025-09-23T00:15:00+05:30").date()
    (datetime.date(2025, 9, 23), datetime.date(2025, 9, 22))
    """
    value = _parsed(value)
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    raise InstantInvalid(value)


def _lenient_utc(value: object) -> object:
    if not isinstance(value, (str, dt.date)):
        return value
    try:
        return to_utc(value)
    except InstantInvalid:
        return value  # pydantic reports the bad value with the field's name


#: A datetime field read by `to_utc` (dates and naive times are UTC), for pydantic models.
UtcDatetime = Annotated[dt.datetime, BeforeValidator(_lenient_utc)]


def as_instant(value: Instant) -> dt.datetime:
    """The UTC instant meant by ``value`` in a query; a date is the last microsecond of that
    day."""
    return to_utc(value, day_end=True)


def as_query(value: Instant) -> tuple[dt.date, dt.datetime]:
    """(valid date, knowledge instant) of an as-of point: a date is its whole day; an instant
    is its UTC date up to that very instant, never later.

    >>> as_query("2026-02-12T10:00:00+09:00")
    (datetime.date(2026, 2, 12), datetime.datetime(2026, 2, 12, 1, 0, tzinfo=datetime.timezone.utc))
    >>> as_query("2026-02-12")[1].time()
    datetime.time(23, 59, 59, 999999)
    """
    instant = as_instant(value)
    return instant.date(), instant


def as_date(value: Instant) -> dt.date:
    """The UTC date meant by ``value`` (a date stays itself).

    >>> as_date("2025-12-31T23:30:00-05:00")
    datetime.date(2026, 1, 1)
    """
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    return as_instant(value).date()


_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_MICROSECOND = dt.timedelta(microseconds=1)


def epoch_micros(when: dt.datetime) -> int:
    """Microseconds since 1970 in UTC (what the log stores an instant as); a time without a
    zone is UTC.

    >>> epoch_micros(dt.datetime(1970, 1, 1, 0, 0, 1, tzinfo=dt.UTC))
    1000000
    """
    aware = when if when.tzinfo is not None else when.replace(tzinfo=dt.UTC)
    return (aware - _EPOCH) // _MICROSECOND


def utc_now() -> dt.datetime:
    """Now, in UTC, to the microsecond (what the log stores)."""
    return dt.datetime.now(dt.UTC)
