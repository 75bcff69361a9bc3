"""Durable storage for the event log.

`open_store` gives the store at a path or URL, or the embedded default: ``$TIMELINE_STORE``
when set, else ``.timeline/`` in the working directory.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from timeline.store.delta import AppendReport, DeltaStore

__all__ = ["DEFAULT_STORE", "AppendReport", "DeltaStore", "default_store_uri", "open_store"]

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
