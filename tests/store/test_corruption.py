"""Corruption: the store reports what is wrong and where, and refuses to serve it silently."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
from deltalake import DeltaTable

from tests.conftest import MakeEvent, Reliability
from timeline.errors import StoreCorrupt
from timeline.store import DeltaStore


def _store(tmp_path: Path, make_event: MakeEvent, commits: int = 3) -> DeltaStore:
    store = DeltaStore(tmp_path)
    for i in range(commits):
        store.append([make_event(value=float(i + 1))])
    assert store.verify().ok
    return store


def test_a_missing_log_entry(
    tmp_path: Path, make_event: MakeEvent, reliability: Reliability
) -> None:
    store = _store(tmp_path, make_event)
    (tmp_path / "events" / "_delta_log" / "00000000000000000001.json").unlink()
    report = store.verify()
    assert [p.check for p in report.problems] == ["storage"]
    assert "Delta log cannot be read" in str(report)
    with pytest.raises(StoreCorrupt, match="Delta log cannot be read"):
        store.load()
    reliability.record(
        "a missing Delta log entry", 1, "verify() reports the unreadable log; load() refuses"
    )


def test_truncated_altered_and_deleted(
    tmp_path: Path, make_event: MakeEvent, reliability: Reliability
) -> None:
    truncated = _store(tmp_path / "t", make_event)
    [first, *_] = sorted((tmp_path / "t" / "events").glob("*.parquet"))
    first.write_bytes(first.read_bytes()[:-50])
    assert "truncated or rewritten" in str(truncated.verify())
    with pytest.raises(StoreCorrupt):
        truncated.load()

    edited = _store(tmp_path / "e", make_event)
    DeltaTable(edited.table_uri).update(updates={"value": "99.0"}, predicate="seq = 2")
    checks = {p.check: p for p in edited.verify().problems}
    assert set(checks) == {"foreign-commit", "hash"}
    assert checks["hash"].seq == 2
    with pytest.raises(StoreCorrupt, match="UPDATE"):
        edited.load()

    deleted = _store(tmp_path / "d", make_event)
    DeltaTable(deleted.table_uri).delete("seq = 2")
    assert {p.check for p in deleted.verify().problems} == {"foreign-commit", "sequence"}
    with pytest.raises(StoreCorrupt):
        deleted.load()
    for fault, outcome in [
        ("a truncated data file", "verify() names the file and its recorded size; load() refuses"),
        ("an event edited by another tool", "verify() reports the foreign UPDATE and the hash of seq 2; load() refuses"),
        ("an event deleted by another tool", "verify() reports the foreign DELETE and the seq gap; load() refuses"),
    ]:  # fmt: skip
        reliability.record(fault, 1, outcome)


def test_a_file_edited_in_place_is_refused_and_a_torn_checksum_line_loses_only_itself(
    tmp_path: Path, make_event: MakeEvent, reliability: Reliability
) -> None:
    store = DeltaStore(tmp_path)
    store.append([make_event(firm="Bernstein", value=1.0)])
    sums = tmp_path / "checksums.jsonl"
    sums.write_bytes(sums.read_bytes()[:-9])  # a writer killed while writing its line
    store.append([make_event(firm="Arete", value=2.0)])
    assert len(store.load()) == 2  # the first commit is unchecked, nothing is refused
    files = pl.DataFrame(DeltaTable(store.table_uri).get_add_actions(flatten=True)).to_dicts()
    arete = next(  # the second commit's file, whose checksum line is whole
        tmp_path / "events" / a["path"]
        for a in files
        if b"Arete" in (tmp_path / "events" / a["path"]).read_bytes()
    )
    arete.write_bytes(arete.read_bytes().replace(b"Arete", b"Arene"))
    with pytest.raises(StoreCorrupt, match="edited in place"):
        store.load()
    checks = {p.check for p in store.verify().problems}
    assert checks == {"storage", "hash"}
    reliability.record(
        "a data file edited in place (same size, still readable), after a torn checksum line",
        1,
        "load() refuses naming the file; verify() names it and the altered event",
    )


def test_a_checksum_record_rewritten_in_place_is_read_anew(
    tmp_path: Path, make_event: MakeEvent
) -> None:
    # the record is parsed once per process and reused while its bytes are the same: one
    # rewritten in place, same size and in the same clock tick, is still read as it now is
    store = _store(tmp_path, make_event, commits=2)
    store.scan(subject="BABA").collect()  # the record parsed
    sums = tmp_path / "checksums.jsonl"
    first, *rest = sums.read_text("utf-8").splitlines(keepends=True)
    crc = str(next(iter(json.loads(first)["files"].values())))
    wrong = crc[:-1] + str((int(crc[-1]) + 1) % 10)  # as long, another checksum
    sums.write_text(first.replace(f": {crc}", f": {wrong}") + "".join(rest), "utf-8")
    assert sums.stat().st_size == len(first) + sum(map(len, rest))
    with pytest.raises(StoreCorrupt, match="edited in place"):
        DeltaStore(tmp_path).scan(subject="BABA")
    sums.write_text(first + "".join(rest), "utf-8")  # as it was: served again
    assert DeltaStore(tmp_path).scan(subject="BABA").collect().height == 2
