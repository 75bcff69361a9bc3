"""Tables kept beside the log, each a Delta table of its own in the store's folder or URL:
where each article came from (`timeline.store.articles`) and daily price bars
(`timeline.store.prices`). Metadata and data the events are read with, never the log: written
after the events, read whole, and no part of `verify`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

import polars as pl
from deltalake import DeltaTable

__all__ = ["SideTable"]


class SideTable:
    """A table named `name`, of schema `schema`, beside the log of the store at ``uri``."""

    name: ClassVar[str]
    schema: ClassVar[pl.Schema]

    def __init__(self, uri: str, storage_options: Mapping[str, str] | None = None) -> None:
        self.uri = f"{uri.rstrip('/')}/{self.name}"
        self.storage_options = dict(storage_options or {})

    def _held(self) -> pl.DataFrame:
        """Every row held, in `schema` (a column added since a row was written reads as null;
        no table yet, no row)."""
        if not DeltaTable.is_deltatable(self.uri, self.storage_options or None):
            return pl.DataFrame(schema=self.schema)
        held = pl.read_delta(self.uri, storage_options=self.storage_options or None)
        return self._conformed(held)

    def _conformed(self, frame: pl.DataFrame) -> pl.DataFrame:
        """``frame`` in `schema`: its columns cast, the ones it lacks null."""
        return frame.select(
            pl.col(name).cast(dtype) if name in frame.columns else pl.lit(None, dtype).alias(name)
            for name, dtype in self.schema.items()
        )

    def _append(self, rows: pl.DataFrame) -> None:
        if not rows.is_empty():
            rows.write_delta(
                self.uri,
                mode="append",
                storage_options=self.storage_options or None,
                delta_write_options={"schema_mode": "merge"},
            )
