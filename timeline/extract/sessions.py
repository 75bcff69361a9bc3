"""Trading sessions of an exchange, holidays included, from the `exchange_calendars` library.

"The previous session", "the day before" and "over the past five sessions" count sessions of
the market the article is about, not calendar days. The library is imported, and each
exchange's sessions listed, only when an article first needs them.

>>> import datetime as dt
>>> from timeline.extract.sessions import previous_session, session_on_or_before
>>> previous_session(dt.date(2024, 7, 5), "XNYS")  # 4 July is a NYSE holiday
datetime.date(2024, 7, 3)
>>> session_on_or_before(dt.date(2024, 2, 10), "XHKG")  # a Saturday, then Lunar New Year
datetime.date(2024, 2, 9)
>>> session_on_or_before(dt.date(2025, 9, 20), "XMUS")  # Muscat trades Sunday to Thursday
datetime.date(2025, 9, 18)
"""

from __future__ import annotations

import bisect
import datetime as dt
import warnings
from collections.abc import Mapping
from functools import cache
from types import MappingProxyType
from typing import Any

__all__ = [
    "SUNDAY_TO_THURSDAY",
    "WEEKDAYS",
    "previous_session",
    "session_closes",
    "session_on_or_before",
    "sessions_back",
]

#: The calendar of a market the library has none for (Dubai, Lagos, Colombo, or any code it
#: does not know): every weekday a session, no holidays known, rather than another market's.
WEEKDAYS = "WEEKDAYS"
#: Markets the library has no calendar for that trade Sunday to Thursday (their weekend is
#: Friday and Saturday): Muscat, Cairo, Kuwait, Doha, Bahrain. No holidays known either.
SUNDAY_TO_THURSDAY = frozenset({"XMUS", "XCAI", "XKUW", "DSMD", "XBAH"})

_FIRST = "2000-01-03"


@cache
def _calendar(exchange: str) -> Any | None:
    """The library's calendar of ``exchange``, from 2000 to a year ahead; None for a market it
    has none for (or one whose calendar does not build)."""
    if exchange == WEEKDAYS:
        return None
    import exchange_calendars as xcals  # noqa: PLC0415 - heavy; only when a cue needs it

    if exchange not in xcals.get_calendar_names():
        return None  # a market the library has no calendar for
    last = (dt.date.today() + dt.timedelta(days=366)).isoformat()
    with warnings.catch_warnings():
        # NOTE: exchange_calendars 4.13 trips a pandas 3.1 deprecation warning on build; the
        # sessions it returns are unaffected.
        warnings.simplefilter("ignore", FutureWarning)
        warnings.simplefilter("ignore", DeprecationWarning)
        # from 2000 to a year ahead; else as far as its holidays are known (XBOM) or from where
        # its rules begin (XSAU: 2021)
        for bounds in ({"start": _FIRST, "end": last}, {"start": _FIRST}, {}):
            try:
                return xcals.get_calendar(exchange, **bounds)
            except ValueError:
                continue
            except NotImplementedError:
                # NOTE: calendars with Orthodox Easter (ASEX, XBSE, XCYS) do not build under
                # pandas 3.1 (its DateOffset has no vectorised form): weekdays, as for a market
                # the library lacks
                return None
    return None  # XTAE's special sessions do not build either


@cache
def _sessions(exchange: str) -> tuple[dt.date, ...]:
    calendar = _calendar(exchange)
    if calendar is None:
        last = dt.date.today() + dt.timedelta(days=366)
        first = dt.date.fromisoformat(_FIRST)
        days = (first + dt.timedelta(days=i) for i in range((last - first).days + 1))
        weekend = (4, 5) if exchange in SUNDAY_TO_THURSDAY else (5, 6)
        return tuple(d for d in days if d.weekday() not in weekend)
    return tuple(ts.date() for ts in calendar.sessions)


@cache
def session_closes(exchange: str) -> Mapping[dt.date, dt.datetime]:
    """When each session of ``exchange`` closes (UTC), holidays and half days included; empty
    for a market the library has no calendar for.

    >>> session_closes("XNYS")[dt.date(2024, 7, 3)]  # a half day before Independence Day
    datetime.datetime(2024, 7, 3, 17, 0, tzinfo=datetime.timezone.utc)
    """
    calendar = _calendar(exchange)
    if calendar is None:
        return MappingProxyType({})
    closes = calendar.closes
    return MappingProxyType(
        {
            day.date(): close.to_pydatetime().astimezone(dt.UTC)
            for day, close in zip(closes.index, closes, strict=True)
        }
    )


def session_on_or_before(day: dt.date, exchange: str) -> dt.date:
    """The last session of ``exchange`` on or before ``day``."""
    sessions = _sessions(exchange)
    i = bisect.bisect_right(sessions, day)
    return sessions[i - 1] if i else day


def previous_session(day: dt.date, exchange: str) -> dt.date:
    """The session before ``day`` (before the session on or before it, when it is none)."""
    sessions = _sessions(exchange)
    i = bisect.bisect_left(sessions, day)
    return sessions[i - 1] if i else day - dt.timedelta(days=1)


def next_session(day: dt.date, exchange: str) -> dt.date:
    """The session after ``day``: "after Monday's sell-off" is Tuesday's session.

    >>> next_session(dt.date(2025, 6, 20), "XNYS")  # a Friday; Monday is the next session
    datetime.date(2025, 6, 23)
    """
    sessions = _sessions(exchange)
    i = bisect.bisect_right(sessions, day)
    return sessions[i] if i < len(sessions) else day + dt.timedelta(days=1)


def sessions_back(day: dt.date, count: int, exchange: str) -> tuple[dt.date, dt.date]:
    """The first and last of the ``count`` sessions ending on the last session by ``day``."""
    sessions = _sessions(exchange)
    i = bisect.bisect_right(sessions, day)
    if i < count:
        return day - dt.timedelta(days=count), day
    return sessions[i - count], sessions[i - 1]
