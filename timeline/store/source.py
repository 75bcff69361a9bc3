"""What every event store offers: the `EventSource` protocol.

Two backends implement it: `MemoryStore` (in this process, versioned, gone when it ends) and
`DeltaStore` (a Delta Lake table, durable, on a local disk or object storage). `Timeline` wraps
any of them and stays lazy: it holds the source's ``scan``, so a filter on one subject or one
date is pushed down to the store.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any, Protocol, runtime_checkable

import polars as pl

from timeline.events import EventBase
from timeline.log import AppendReport, EventLog, VerifyReport

__all__ = ["EventSource"]


@runtime_checkable
class EventSource(Protocol):
    """An append-only event log with versions (one per append)."""

    def scan(self, version: int | None = None, *, subject: str | None = None) -> pl.LazyFrame:
        """The log at the latest or a given version, lazily, or only ``subject``'s events;
        filters are pushed down. A store that is damaged is refused here
        (`timeline.errors.StoreCorrupt`)."""
        ...

    def load(self, version: int | None = None) -> EventLog:
        """The log at the latest or a given version, in memory and checked."""
        ...

    def append(
        self,
        events: Iterable[EventBase | Mapping[str, Any]],
        *,
        recorded_at: dt.datetime | None = None,
        allow_future: bool = False,
    ) -> AppendReport:
        """Append ``events`` atomically; those already present are skipped."""
        ...

    def version(self) -> int | None:
        """The latest version, ``None`` before the first append."""
        ...

    def history(self) -> list[dict[str, Any]]:
        """The commits, newest first (``version``, ``timestamp``, ``operation``, ...)."""
        ...

    def verify(self, version: int | None = None) -> VerifyReport:
        """Every check, hashes included."""
        ...
