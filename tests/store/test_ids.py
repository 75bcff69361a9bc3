"""The event ids' Bloom filter: never a false "absent", kept in step with every commit."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import MakeEvent
from timeline.store import DeltaStore
from timeline.store.delta import _SAVE_IDS_EVERY
from timeline.store.ids import IdFilter

_HEX = st.text("0123456789abcdef", min_size=64, max_size=64)
_ANY = st.text(min_size=0, max_size=30)  # ids other tools wrote


@settings(max_examples=60, deadline=None)
@given(held=st.lists(_HEX | _ANY, max_size=200, unique=True), other=st.lists(_HEX, max_size=50))
def test_a_held_id_is_never_certainly_absent(held: list[str], other: list[str]) -> None:
    ids = IdFilter.empty()
    ids.add(held, ["part-0.parquet"])
    assert ids.maybe(held).all()
    assert ids.maybe(other).sum() <= max(1, len(other) // 10)  # mostly ruled out


def test_false_positives_stay_rare_at_capacity() -> None:
    import hashlib

    def fake(i: int) -> str:
        return hashlib.sha256(str(i).encode()).hexdigest()

    ids = IdFilter.empty(capacity=50_000)
    ids.add([fake(i) for i in range(50_000)])
    assert not ids.full
    rate = ids.maybe([fake(-i - 1) for i in range(20_000)]).mean()
    assert rate < 0.002


def test_a_saved_filter_reads_back_and_a_damaged_one_is_ignored(tmp_path: Path) -> None:
    ids = IdFilter.empty()
    ids.add(["ab" * 32], ["a.parquet"])
    ids.save(tmp_path / "ids.bloom")
    back = IdFilter.load(tmp_path / "ids.bloom")
    assert back is not None
    assert (back.count, back.covers, back.maybe(["ab" * 32]).tolist()) == (1, {"a.parquet"}, [True])
    (tmp_path / "ids.bloom").write_bytes(b"not a filter")
    assert IdFilter.load(tmp_path / "ids.bloom") is None
    assert IdFilter.load(tmp_path / "absent.bloom") is None


@pytest.mark.parametrize("damage", ["none", "deleted", "garbage"])
def test_duplicates_are_skipped_whoever_wrote_them_and_whatever_the_filter_file_says(
    tmp_path: Path, make_event: MakeEvent, damage: str
) -> None:
    ours, theirs = DeltaStore(tmp_path), DeltaStore(tmp_path)  # two processes, say
    for i in range(_SAVE_IDS_EVERY + 2):  # past a save of the filter
        ours.append([make_event(value=float(i + 1))])
    theirs.append([make_event(value=100.0), make_event(value=101.0)])  # ours has not seen it
    bloom = tmp_path / "ids.bloom"
    if damage == "deleted":
        bloom.unlink()
    elif damage == "garbage":
        bloom.write_bytes(b"\0" * 10)
    for store in (ours, DeltaStore(tmp_path)):  # in memory, and as a new process reads it
        again = store.append(
            [make_event(value=101.0), make_event(value=5.0), make_event(value=7.5)]
        )
        expected = (1, 2) if store is ours else (0, 3)  # the second time, 7.5 is held too
        assert (again.new_count, again.duplicate_count) == expected
    assert DeltaStore(tmp_path).load().frame.get_column("event_id").is_duplicated().sum() == 0


@settings(max_examples=30, deadline=None)
@given(held=st.lists(_HEX | _ANY, max_size=120), chunk=st.integers(1, 50))
def test_ids_added_in_chunks_make_the_same_filter(held: list[str], chunk: int) -> None:
    whole = IdFilter.empty()
    whole.add(held, ["a.parquet"])
    with pytest.MonkeyPatch.context() as m:
        m.setattr("timeline.store.ids._CHUNK", chunk)
        chunked = IdFilter.empty()
        chunked.add(held, ["a.parquet"])
    assert (chunked.bits == whole.bits).all()
    assert (
        (chunked.count, chunked.covers) == (whole.count, whole.covers) == (len(held), {"a.parquet"})
    )


def test_a_filter_built_from_a_store_in_batches_knows_every_id(
    tmp_path: Path, make_event: MakeEvent, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Built from the store's ids a few at a time (as a long log is), the filter still rules
    out none of them: every event appended again is a duplicate, and none is written twice."""
    store = DeltaStore(tmp_path)
    events = [make_event(value=float(i + 1)) for i in range(40)]
    for i in range(0, 40, 8):
        store.append(events[i : i + 8])
    (tmp_path / "ids.bloom").unlink(missing_ok=True)
    monkeypatch.setattr("timeline.store.delta._ID_BATCH", 3)
    again = DeltaStore(tmp_path).append([*events, make_event(value=99.0)])
    assert (again.new_count, again.duplicate_count) == (1, 40)
    ids = DeltaStore(tmp_path)._id_filter(*DeltaStore(tmp_path)._actions(None))
    assert ids.maybe([e.event_id for e in events]).all()
