from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest
from deltalake import CommitProperties, DeltaTable
from polars.testing import assert_frame_equal

from tests.conftest import MakeEvent
from timeline import hashing
from timeline.errors import ArgumentInvalid, StoreCorrupt, StoreNotFound
from timeline.log import EventLog, stored
from timeline.store import DeltaStore, default_store_uri, open_store
from timeline.store.delta import WRITER_TAG


def test_round_trip_through_a_reopened_store(tmp_path: Path, make_event: MakeEvent) -> None:
    events = [make_event(), make_event("analyst_rating"), make_event("stake_change")]
    first = DeltaStore(tmp_path / "s")
    report = first.append(events)
    assert (report.new_count, report.duplicate_count, report.version) == (3, 0, 0)
    written = first.load().frame
    del first

    reopened = DeltaStore(tmp_path / "s").load()
    assert_frame_equal(reopened.frame, written)
    assert reopened.frame.get_column("event_id").to_list() == [e.event_id for e in events]
    assert reopened.frame.get_column("seq").to_list() == [1, 2, 3]
    assert [e.event_id for e in reopened.events()] == [e.event_id for e in events]


def test_append_is_idempotent_and_commits_nothing(tmp_path: Path, make_event: MakeEvent) -> None:
    store = DeltaStore(tmp_path)
    store.append([make_event()])
    again = store.append([make_event()])
    assert (again.new_count, again.duplicate_count, again.version) == (0, 1, None)
    assert store.version() == 0
    mixed = store.append([make_event(), make_event(value=1.0)])
    assert (mixed.new_count, mixed.duplicate_count, mixed.first_seq) == (1, 1, 2)


def test_time_travel_to_an_earlier_version(tmp_path: Path, make_event: MakeEvent) -> None:
    store = DeltaStore(tmp_path)
    store.append([make_event(value=1.0)])
    store.append([make_event(value=2.0)])
    store.append([make_event(value=3.0)])
    assert store.version() == 2
    assert len(store.load(version=0)) == 1
    assert store.load(version=1).frame.get_column("value").to_list() == [1.0, 2.0]
    assert len(store.load()) == 3
    assert [h["version"] for h in store.history()] == [2, 1, 0]
    for wrong in (3, -1, "1"):
        with pytest.raises(ArgumentInvalid, match=r"version=.* a table version from 0 to 2"):
            store.load(version=wrong)  # type: ignore[arg-type]
    with pytest.raises(ArgumentInvalid, match="from 0 to 2"):
        store.verify(version=99)


def test_scan_filters_lazily(tmp_path: Path, make_event: MakeEvent) -> None:
    store = DeltaStore(tmp_path)
    store.append([make_event(subject="BABA"), make_event(subject="AAPL")])
    lf = store.scan().filter(pl.col("subject") == "AAPL")
    assert isinstance(lf, pl.LazyFrame)
    assert lf.collect().get_column("subject").to_list() == ["AAPL"]


def test_missing_store_says_what_to_do(tmp_path: Path) -> None:
    store = DeltaStore(tmp_path / "nowhere")
    assert not store.exists()
    assert store.version() is None
    with pytest.raises(StoreNotFound, match="timeline ingest"):
        store.load()


def test_verify_catches_an_event_edited_by_another_tool(
    tmp_path: Path, make_event: MakeEvent
) -> None:
    store = DeltaStore(tmp_path)
    store.append([make_event(value=1.0), make_event(value=2.0)])
    assert store.verify().ok
    DeltaTable(store.table_uri).update(updates={"value": "9.0"}, predicate="seq = 2")
    report = store.verify()
    assert [(p.check, p.seq) for p in report.problems] == [("foreign-commit", None), ("hash", 2)]
    assert "(UPDATE) was not written by timeline" in str(report)
    with pytest.raises(StoreCorrupt, match="UPDATE"):
        store.load()
    assert store.verify(version=0).ok  # the version before the edit is intact


@pytest.mark.parametrize("helpers", [False, True])
@pytest.mark.parametrize(
    ("column", "edit"),
    [
        ("firm", "'JPMorgam'"),  # one byte of a payload text
        ("value", "value + 0.01"),  # a payload number
        ("subject", "'BABB'"),  # one byte of the envelope
        ("reported_at", "reported_at + INTERVAL 1 SECOND"),
    ],
)
def test_verify_names_the_one_event_whose_byte_was_edited(
    tmp_path: Path,
    make_event: MakeEvent,
    monkeypatch: pytest.MonkeyPatch,
    helpers: bool,
    column: str,
    edit: str,
) -> None:
    if helpers:  # the hashing helper processes, which large stores use, on a small one
        monkeypatch.setattr(hashing, "_PARALLEL_FROM", 1)
    store = DeltaStore(tmp_path)
    store.append([make_event(value=float(v)) for v in range(1, 41)])
    store.append([make_event("analyst_rating", source_id=f"r{i}") for i in range(20)])
    assert store.verify().ok
    target = store.load().frame.filter(pl.col("seq") == 23).row(0, named=True)
    DeltaTable(store.table_uri).update(updates={column: edit}, predicate="seq = 23")
    report = store.verify()
    assert [(p.check, p.seq, p.event_id) for p in report.problems] == [
        ("foreign-commit", None, None),
        ("hash", 23, target["event_id"]),
    ]
    assert report.events_checked == 60


def test_load_refuses_a_log_with_a_deleted_event(tmp_path: Path, make_event: MakeEvent) -> None:
    store = DeltaStore(tmp_path)
    store.append([make_event(value=v) for v in (1.0, 2.0, 3.0)])
    DeltaTable(store.table_uri).delete("seq = 2")
    with pytest.raises(StoreCorrupt, match="DELETE"):
        store.load()
    assert {p.check for p in store.verify().problems} == {"foreign-commit", "sequence"}


def test_verify_reports_a_truncated_data_file(tmp_path: Path, make_event: MakeEvent) -> None:
    store = DeltaStore(tmp_path)
    store.append([make_event()])
    [path] = (tmp_path / "events").glob("*.parquet")
    path.write_bytes(path.read_bytes()[:-100])
    report = store.verify()
    assert [p.check for p in report.problems] == ["storage"]
    assert "truncated or rewritten" in str(report)
    with pytest.raises(StoreCorrupt, match="truncated"):
        store.load()
    path.unlink()
    assert "is missing" in str(store.verify())


def test_a_store_written_before_a_field_existed_still_loads(
    tmp_path: Path, make_event: MakeEvent
) -> None:
    store = DeltaStore(tmp_path)
    old = stored(EventLog().append([make_event(value=1.0)]).frame).drop("horizon_months")
    old.write_delta(  # as an older version of timeline wrote it
        store.table_uri,
        mode="append",
        delta_write_options={"commit_properties": CommitProperties(custom_metadata=WRITER_TAG)},
    )
    store.append([make_event(value=2.0, horizon_months=12)])
    log = store.load()
    assert log.frame.get_column("horizon_months").to_list() == [None, 12]
    assert store.verify().ok


def test_default_store_is_in_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TIMELINE_STORE", raising=False)
    monkeypatch.chdir(tmp_path)
    assert default_store_uri() == str(tmp_path / ".timeline")
    monkeypatch.setenv("TIMELINE_STORE", str(tmp_path / "elsewhere"))
    assert open_store().uri == str(tmp_path / "elsewhere")


def test_urls_keep_their_scheme() -> None:
    store = DeltaStore("s3://bucket/research/", storage_options={"AWS_REGION": "eu-west-1"})
    assert store.uri == "s3://bucket/research"
    assert store.table_uri == "s3://bucket/research/events"
