"""Stores of the event log.

Every store is an `EventSource` (scan, load, append, version, history, verify): `MemoryStore`
in this process, `DeltaStore` on disk or object storage. `open_store` gives the durable store
at a path or URL, or the embedded default: ``$TIMELINE_STORE`` when set, else ``.timeline/``
in the working directory.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from timeline.log import AppendReport
from timeline.store.delta import DeltaStore
from timeline.store.memory import MemoryStore
from timeline.store.source import EventSource

__all__ = [
    "DEFAULT_STORE",
    "AppendReport",
    "DeltaStore",
    "EventSource",
    "MemoryStore",
    "default_store_uri",
    "open_store",
]

#: The embedded default store, relative to the working directory.
DEFAULT_STORE = ".timeline"


def default_store_uri() -> str:
    """``$TIMELINE_STORE`` when set, else ``.timeline`` in the working directory."""
    return os.environ.get("TIMELINE_STORE") or str(Path.cwd() / DEFAULT_STORE)


def open_store(
    uri: str | Path | None = None, *, storage_options: Mapping[str, str] | None = None
) -> DeltaStore:
    """The event store at ``uri`` (a folder or object-store URL), or the default one."""
    return DeltaStore(uri or default_store_uri(), storage_options=storage_options)
