"""A writer process for the fault tests: appends deterministic batches, reporting each commit.

    python tests/store/writer.py STORE TAG FIRST COUNT SIZE

Batch ``i`` of writer ``TAG`` always holds the same ``SIZE`` events, so a test can tell exactly
which events each reported (or in-flight) commit contains. A line ``committed I`` is printed,
and flushed, only after batch ``I``'s commit returned.
"""

from __future__ import annotations

import sys

from timeline.events import EventBase, PriceTarget
from timeline.store import DeltaStore


def batch(tag: str, i: int, size: int) -> list[EventBase]:
    return [
        PriceTarget(
            subject=f"W{tag}",
            firm=f"F{j}",
            value=float(i * 1000 + j + 1),
            source_id=f"{tag}-{i}",
            reported_at="2025-01-01T00:00:00Z",
        )
        for j in range(size)
    ]


def main() -> None:
    store, tag, first, count, size = sys.argv[1], sys.argv[2], *map(int, sys.argv[3:6])
    st = DeltaStore(store, lock_timeout=600)
    print("ready", flush=True)  # imports done: the tests time their kills from here
    for i in range(first, first + count):
        st.append(batch(tag, i, size))
        print(f"committed {i}", flush=True)


if __name__ == "__main__":
    main()
