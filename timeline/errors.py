"""Every error `timeline` raises on purpose, in one tree.

Each error carries the facts as attributes and its message says what went wrong, with which
input, and what to do next. Catch `TimelineError` to catch them all::

    TimelineError
    ├── ArgumentInvalid         an argument of the Python API has the wrong type or value
    ├── EventInvalid            an event dict or model failed validation (names the field)
    ├── LogError
    │   ├── EventReferenceMissing   a retraction/correction names an event the log lacks
    │   ├── ReportFromTheFuture     an event reported after the moment it is recorded
    │   └── InstantInvalid          a date or time given for a query could not be read
    ├── StoreError
    │   ├── StoreNotFound           no event store at the path or URL
    │   ├── StoreUnusable           the location is a file, unwritable or unreachable
    │   ├── StoreCorrupt            verify() found problems; the store refuses to serve
    │   ├── StoreLockTimeout        another writer held the store's lock too long
    │   └── StoreContended          other writers on an object store kept committing first
    ├── ArticleError
    │   ├── ArticleUnreadable       a file that is not text (binary, empty, unreadable)
    │   ├── ArticleDateMissing      no publication date in manifest, dateline or text
    │   ├── ArticleDatedDifferently the same text is stored with another publication time
    │   ├── RecordInvalid           one record of an export or a feed cannot be an article
    │   ├── PricesInvalid           a file of price bars cannot be read or is inconsistent
    │   └── ManifestInvalid         the seeds manifest names a missing file or a bad date
    ├── EngineUnavailable       a distributed engine (Spark) cannot start here
    └── SealedGold              a sealed evaluation set was asked for more than its totals
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

__all__ = [
    "ArgumentInvalid",
    "ArticleDateMissing",
    "ArticleDatedDifferently",
    "ArticleError",
    "ArticleUnreadable",
    "EngineUnavailable",
    "EventInvalid",
    "EventReferenceMissing",
    "InstantInvalid",
    "LogError",
    "ManifestInvalid",
    "PricesInvalid",
    "RecordInvalid",
    "SealedGold",
    "StoreContended",
    "StoreCorrupt",
    "StoreError",
    "StoreLockTimeout",
    "StoreNotFound",
    "StoreUnusable",
    "TimelineError",
]


class TimelineError(Exception):
    """Base of every error raised on purpose by `timeline`."""


class ArgumentInvalid(TimelineError, TypeError, ValueError):
    """An argument of the Python API has the wrong type or value.

    >>> raise ArgumentInvalid("subject", 123, "a ticker, like 'BABA'")
    Traceback (most recent call last):
    ...
    timeline.errors.ArgumentInvalid: subject=123 cannot be used: give a ticker, like 'BABA'.
    """

    def __init__(self, argument: str, value: object, accepted: str) -> None:
        self.argument = argument
        self.value = value
        super().__init__(f"{argument}={value!r} cannot be used: give {accepted}.")


class EventInvalid(TimelineError, ValueError):
    """An event failed validation.

    ``problems`` holds one ``(field, value, message)`` triple per problem; ``value`` is
    ``...`` where the problem is about the event as a whole.
    """

    def __init__(self, kind: str | None, problems: Sequence[tuple[str, object, str]]) -> None:
        self.kind = kind
        self.problems = list(problems)
        lines = [
            f"  - {field}: {message}" + ("" if value is ... else f" (got {value!r})")
            for field, value, message in problems
        ]
        what = f"a {kind!r} event" if kind else "an event"
        super().__init__(
            f"{what} is invalid:\n"
            + "\n".join(lines)
            + "\nFix the named fields; `timeline schema` prints every kind's fields and types."
        )


class LogError(TimelineError):
    """A problem with what was asked of the event log."""


class EventReferenceMissing(LogError):
    """A retraction or correction names an event that is not in the log."""

    def __init__(self, event_id: str, missing: Sequence[str]) -> None:
        self.event_id = event_id
        self.missing = list(missing)
        super().__init__(
            f"event {event_id} refers to {', '.join(self.missing)}, which the log does not hold. "
            "Append the referenced event first (or in the same batch)."
        )


class ReportFromTheFuture(LogError, ValueError):
    """An event says it was reported after the moment it is being recorded."""

    def __init__(self, event_id: str, reported_at: object, recorded_at: object) -> None:
        self.event_id = event_id
        super().__init__(
            f"event {event_id} was reported at {reported_at}, after it is being recorded "
            f"({recorded_at}): a report cannot come from the future. Check the publication "
            "date (--published, the manifest); to replay a simulated future on purpose, "
            "pass allow_future=True (--allow-future)."
        )


class InstantInvalid(LogError, ValueError):
    """A query date or time could not be understood."""

    def __init__(self, value: object, argument: str | None = None) -> None:
        self.value = value
        self.argument = argument
        what = f"{argument}={value!r}" if argument else repr(value)
        super().__init__(
            f"cannot read {what} as a date or time. Give a date like 2025-12-31, "
            "an ISO time with a zone like 2025-12-31T18:00:00+00:00, or a datetime.date."
        )


class StoreError(TimelineError):
    """A problem with the durable event store."""


class StoreNotFound(StoreError):
    """No event store exists where one was expected."""

    def __init__(self, uri: str) -> None:
        self.uri = uri
        super().__init__(
            f"no event store at {uri}. Run `timeline ingest seeds/` to create one, "
            "or pass --store with the path of an existing store."
        )


class StoreUnusable(StoreError):
    """The store's location cannot be used: not a folder, not writable, or not reachable."""

    def __init__(self, uri: str, reason: str, remedy: str) -> None:
        self.uri = uri
        self.reason = reason
        super().__init__(f"cannot use the event store at {uri}: {reason}. {remedy}")


class StoreCorrupt(StoreError):
    """The store failed verification and will not serve its log."""

    def __init__(self, uri: str, problems: Sequence[str]) -> None:
        self.uri = uri
        self.problems = list(problems)
        shown = "\n".join(f"  - {p}" for p in self.problems[:20])
        more = f"\n  ... and {len(self.problems) - 20} more" if len(self.problems) > 20 else ""
        super().__init__(
            f"the event store at {uri} failed verification:\n{shown}{more}\n"
            f"`timeline verify --store {uri}` lists every problem. Do not append to it. "
            "Restore it from a copy, or open an earlier version (`version=`) that verifies, "
            "and re-ingest the articles since."
        )


class StoreLockTimeout(StoreError):
    """Another writer held the store's write lock for too long."""

    def __init__(self, uri: str, seconds: float) -> None:
        self.uri = uri
        self.seconds = seconds
        super().__init__(
            f"waited {seconds:g} s for the write lock of {uri}. Another process is appending; "
            "retry when it is done, or remove a stale lock file if no writer is running."
        )


class StoreContended(StoreError):
    """Other writers kept committing to an object store before this one's append could."""

    def __init__(self, uri: str, seconds: float, attempts: int) -> None:
        self.uri = uri
        self.seconds = seconds
        self.attempts = attempts
        super().__init__(
            f"{attempts} attempts in {seconds:.0f} s to append to {uri} each found that another "
            "writer had committed first. Nothing of this append was committed; retry it (it "
            "adds only what is not yet there), or give the writers fewer, larger batches."
        )


class EngineUnavailable(TimelineError):
    """A distributed engine asked for cannot start: its package or Java is missing, or its
    cluster does not answer."""

    def __init__(self, engine: str, reason: str, fix: str) -> None:
        self.engine = engine
        self.reason = reason
        super().__init__(f"the {engine} engine cannot start: {reason}. {fix}")


class ArticleError(TimelineError):
    """A problem with an input article."""


class ArticleUnreadable(ArticleError):
    """The file cannot be read as an article."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}. Give a plain-text article (UTF-8 preferred).")


class ArticleDateMissing(ArticleError):
    """No publication date could be found for an article."""

    def __init__(self, path: Path | str, tried: Sequence[str]) -> None:
        self.path = Path(path)
        self.tried = list(tried)
        super().__init__(
            f"{self.path}: no publication date found (tried: {', '.join(self.tried)}). "
            "Pass --published YYYY-MM-DD, or add the file to the manifest "
            "(seeds/manifest.toml) with `published` and `date_basis`."
        )


class ArticleDatedDifferently(ArticleError):
    """The same text is already in the store with another publication time."""

    def __init__(self, path: Path | str, stored: dt.datetime, given: dt.datetime) -> None:
        self.path = Path(path)
        self.stored = stored
        self.given = given
        super().__init__(
            f"{self.path}: this text is already in the store, reported at "
            f"{stored.isoformat()}; it was given {given.isoformat()} now. The same text is the "
            f"same article, so it was skipped: ingest it with --published "
            f"{stored.isoformat()} (nothing is added twice), or, if the stored date is "
            "wrong, withdraw those events first."
        )


class PricesInvalid(ArticleError):
    """A file of daily price bars cannot be read, or its bars are inconsistent."""

    def __init__(self, path: Path | str, reason: str, remedy: str | None = None) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(
            f"{self.path}: {reason}. "
            + (remedy or "Fix the file: one row per session, a date (YYYY-MM-DD) and a close.")
        )


class RecordInvalid(ArticleError):
    """One record of an article export (a line of JSON Lines, a row of CSV or Parquet) or one
    item of a feed cannot be read as an article; the others are read."""

    def __init__(self, path: Path | str, where: str, reason: str, remedy: str) -> None:
        self.path = Path(path)
        self.where = where
        self.reason = reason
        super().__init__(f"{self.path}, {where}: {reason}; it was skipped. {remedy}")


class ManifestInvalid(ArticleError):
    """The manifest of articles is malformed."""

    def __init__(self, path: Path | str, entry: str, reason: str) -> None:
        self.path = Path(path)
        self.entry = entry
        self.reason = reason
        super().__init__(
            f"{self.path}: entry {entry!r}: {reason}. Fix that entry of the manifest "
            "(each needs `file`, `published` as YYYY-MM-DD, `date_basis` and `subject`)."
        )


class SealedGold(TimelineError):
    """A sealed evaluation set is scored, never studied: only its totals may be read."""

    def __init__(self, what: str) -> None:
        self.what = what
        super().__init__(
            f"this gold set is sealed (a SEALED file marks it), so {what} are not shown; "
            "it is scored for its totals only. Study the dev set instead."
        )
