"""`MemoryStore`: the in-memory backend of `EventSource`.

Versioned like the Delta store (each append that adds events is a new version, and every
version can be read back), held in this process only. Good for notebooks, tests and
experiments that should leave nothing on disk.

>>> from timeline.events import PriceTarget
>>> store = MemoryStore()
>>> pt = PriceTarget(subject="BABA", firm="JPMorgan", value=230, source_id="a",
...                  reported_at="2025-12-06")
>>> print(store.append([pt]))
1 new, 0 already present (table version 0)
>>> print(store.append([pt]))
0 new, 1 already present
>>> store.scan().select("seq", "firm", "value").collect().rows()
[(1, 'JPMorgan', 230.0)]
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

import polars as pl

from timeline.errors import ArgumentInvalid
from timeline.events import EventBase
from timeline.log import AppendReport, EventLog, VerifyReport

__all__ = ["MemoryStore"]


class MemoryStore:
    """An event log in memory, with a version per append."""

    def __init__(self) -> None:
        self._versions: list[EventLog] = []
        self._commits: list[dict[str, Any]] = []

    def __repr__(self) -> str:
        return f"MemoryStore({len(self._versions)} versions)"

    def version(self) -> int | None:
        """The latest version, ``None`` before the first append."""
        return len(self._versions) - 1 if self._versions else None

    def load(self, version: int | None = None) -> EventLog:
        """The log at the latest or a given version."""
        if version is None:
            return self._versions[-1] if self._versions else EventLog()
        if isinstance(version, bool) or not isinstance(version, int):
            version = -1  # refused below, with what is accepted
        if not 0 <= version < len(self._versions):
            latest = len(self._versions) - 1
            accepted = f"a version from 0 to {latest}" if latest >= 0 else "None (nothing yet)"
            raise ArgumentInvalid("version", version, accepted)
        return self._versions[version]

    def scan(self, version: int | None = None, *, subject: str | None = None) -> pl.LazyFrame:
        """The log at the latest or a given version, lazily, or only ``subject``'s events."""
        lf = self.load(version).lazy()
        return lf if subject is None else lf.filter(pl.col("subject") == subject)

    def append(
        self,
        events: Iterable[EventBase | Mapping[str, Any]],
        *,
        recorded_at: dt.datetime | None = None,
        allow_future: bool = False,
    ) -> AppendReport:
        """Append ``events`` as one new version; those already present are skipped."""
        grown, report = self.load().appended(
            events, recorded_at=recorded_at, allow_future=allow_future
        )
        if not report.new_count:
            return report
        self._versions.append(grown)
        version = len(self._versions) - 1
        when = grown.lazy().select(pl.col("recorded_at").max()).collect().item()
        self._commits.append(
            {
                "version": version,
                "timestamp": when,
                "operation": "WRITE",
                "events": report.new_count,
            }
        )
        return AppendReport(report.new_count, report.duplicate_count, version, report.first_seq)

    def history(self) -> list[dict[str, Any]]:
        """The commits, newest first."""
        return list(reversed(self._commits))

    def verify(self, version: int | None = None) -> VerifyReport:
        """Recompute every hash and check sequence numbers, times and references."""
        return self.load(version).verify()
