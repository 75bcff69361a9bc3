"""Which event ids a store may hold, answered without reading them: a Bloom filter.

An append must skip the events the store already holds. Reading every ``event_id`` makes an
append cost as much as the log is long; this filter makes it cost what the batch is. It answers
*certainly absent* or *maybe present*; only the maybe-present ids (the re-ingested ones, and
about 1 in 2,000 of the rest) are then looked up exactly, so idempotency stays exact.

Event ids are already hashes (hex SHA-256 of the content, `timeline.events`): the filter's
``k`` positions come from two 60-bit slices of the id (double hashing), with no hashing of its
own. The filter records which data files it covers, so it catches up with commits it has not
seen (another process's, or a file it was not saved after) by reading the ids of those files
only. It is derived data: deleting it costs one full read of the ids on the next append.

>>> f = IdFilter.empty()
>>> ids = ["3f" * 32, "a1" * 32]
>>> f.add(ids[:1], ["part-0.parquet"])
>>> f.maybe(ids).tolist(), f.covers
([True, False], frozenset({'part-0.parquet'}))
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import polars as pl

__all__ = ["IdFilter"]

_K = 11  # hash positions per id: false positives about 1 in 2,000 at 16 bits per id
_BITS_PER_ID = 16
_MIN_BITS = 1 << 20
#: Ids hashed at once: their positions take ``8 * _K`` bytes each (88 MB a million), so a
#: filter built from a long log never holds more than a chunk's positions.
_CHUNK = 1_000_000


@dataclass(slots=True)
class IdFilter:
    """A Bloom filter of event ids and the data files whose ids it holds."""

    bits: np.ndarray  # uint8, one bit per position
    count: int = 0
    covers: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def empty(cls, capacity: int = 0) -> IdFilter:
        """A filter sized for ``capacity`` ids (rounded up to a power of two of bits)."""
        bits = max(_MIN_BITS, 1 << int(np.ceil(np.log2(max(1, capacity * _BITS_PER_ID)))))
        return cls(np.zeros(bits // 8, dtype=np.uint8))

    @property
    def full(self) -> bool:
        """Whether it holds more ids than it was sized for (false positives grow)."""
        return self.count * _BITS_PER_ID > self.bits.size * 8

    def _positions(self, ids: Sequence[str] | pl.Series) -> np.ndarray:
        h1, h2 = _halves(pl.Series(ids, dtype=pl.String))
        mask = np.uint64(self.bits.size * 8 - 1)
        steps = np.arange(_K, dtype=np.uint64)
        positions: np.ndarray = (h1[:, None] + steps[None, :] * h2[:, None]) & mask
        return positions

    def add(self, ids: Sequence[str] | pl.Series, files: Iterable[str] = ()) -> None:
        """Record ``ids`` (and that the data ``files`` they came from are covered)."""
        for start in range(0, len(ids), _CHUNK):
            pos = self._positions(ids[start : start + _CHUNK]).ravel()
            masks = (1 << (pos & np.uint64(7))).astype(np.uint8)
            np.bitwise_or.at(self.bits, pos >> np.uint64(3), masks)
            self.count += pos.size // _K
        self.covers = self.covers | frozenset(files)

    def maybe(self, ids: Sequence[str]) -> np.ndarray:
        """For each id, whether the store may hold it (False: it certainly does not)."""
        if not len(ids):
            return np.zeros(0, dtype=bool)
        pos = self._positions(ids)
        hit = (self.bits[pos >> np.uint64(3)] >> (pos & np.uint64(7)).astype(np.uint8)) & 1
        return np.asarray(hit.all(axis=1), dtype=bool)

    def save(self, path: Path) -> None:
        """Write the filter whole, then rename it into place (a torn file is never read)."""
        temp = path.with_suffix(".tmp")
        with temp.open("wb") as out:
            meta = json.dumps({"count": self.count, "covers": sorted(self.covers)})
            np.savez(out, bits=self.bits, meta=np.array(meta))
        temp.replace(path)

    @classmethod
    def load(cls, path: Path) -> IdFilter | None:
        """The filter saved at ``path``; None when there is none or it cannot be read."""
        try:
            with np.load(path) as saved:
                meta = json.loads(str(saved["meta"]))
                return cls(saved["bits"], int(meta["count"]), frozenset(meta["covers"]))
        except (OSError, ValueError, KeyError):
            return None


def _halves(ids: pl.Series) -> tuple[np.ndarray, np.ndarray]:
    """Two 60-bit numbers per id: slices of a hex digest as it is, else of its BLAKE2b digest
    (ids written by other tools), so the positions never depend on a library's hash."""
    digest = ids.str.len_chars() == 64
    hexes = ids.str.slice(0, 30)
    if not digest.all():
        hexes = hexes.zip_with(digest, pl.Series([_digest(i) for i in ids.to_list()]))
    h1 = hexes.str.slice(0, 15).str.to_integer(base=16, strict=False)
    h2 = hexes.str.slice(15, 15).str.to_integer(base=16, strict=False)
    if h1.null_count() or h2.null_count():  # 64 characters, but not hex
        return _halves(pl.Series([_digest(i) for i in ids.to_list()]))
    return h1.to_numpy().astype(np.uint64), h2.to_numpy().astype(np.uint64) | np.uint64(1)


def _digest(event_id: str) -> str:
    return hashlib.blake2b(event_id.encode("utf-8"), digest_size=32).hexdigest()
