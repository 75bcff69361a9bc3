"""One storage protocol: the in-memory and the Delta store answer the same verbs alike."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from tests.conftest import MakeEvent
from timeline import Timeline
from timeline.errors import ArgumentInvalid
from timeline.store import AppendReport, DeltaStore, EventSource, MemoryStore


@pytest.fixture(params=["memory", "delta"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> EventSource:
    return MemoryStore() if request.param == "memory" else DeltaStore(tmp_path / "store")


def test_both_backends_are_event_sources(store: EventSource) -> None:
    assert isinstance(store, EventSource)


def test_append_reports_alike_and_versions_read_back(
    store: EventSource, make_event: MakeEvent
) -> None:
    a, b = make_event(value=1.0), make_event(value=2.0)
    assert store.version() is None
    first = store.append([a])
    again = store.append([a, b])
    assert first == AppendReport(new_count=1, duplicate_count=0, version=0, first_seq=1)
    assert again == AppendReport(new_count=1, duplicate_count=1, version=1, first_seq=2)
    assert store.append([b]) == AppendReport(0, 1, None, None)
    assert store.version() == 1
    assert store.scan(0).select(pl.len()).collect().item() == 1
    assert len(store.load()) == 2
    assert [c["version"] for c in store.history()][:2] == [1, 0]
    assert store.verify().ok
    with pytest.raises(ArgumentInvalid, match="version"):
        store.scan(7)


def test_a_timeline_over_a_store_is_lazy_and_pushes_the_subject_down(
    store: EventSource, make_event: MakeEvent
) -> None:
    store.append([make_event(value=1.0), make_event(subject="NVDA", value=2.0)])
    tl = Timeline.open(store)
    plan = tl.events("NVDA").explain()
    if isinstance(store, DeltaStore):
        assert "NVDA" in plan.split("SCAN")[-1] or "selection" in plan.lower()
    assert tl.project("analysts", "2026-01-05", subject="NVDA").get_column("target").to_list() == [
        2.0
    ]
    store.append([make_event(value=3.0)])
    assert len(Timeline.open(store)) == 3
    assert len(tl) == 2  # a timeline is the version it was opened at
