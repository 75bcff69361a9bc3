from __future__ import annotations

import datetime as dt
from pathlib import Path

import polars as pl
import pytest
from deltalake import CommitProperties, DeltaTable
from polars.testing import assert_frame_equal

from tests.conftest import MakeEvent
from timeline import hashing
from timeline.errors import ArgumentInvalid, StoreCorrupt, StoreNotFound
from timeline.events import Correction, EventBase, Retraction
from timeline.front import Timeline
from timeline.log import EventLog, log_schema, stored, stored_schema
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


def test_a_store_round_trip_keeps_the_full_schema(tmp_path: Path, make_event: MakeEvent) -> None:
    store = DeltaStore(tmp_path / "s")
    store.append([make_event(), make_event(value=2.0)])  # most payload columns hold nothing
    store.append([make_event("stake_change")])  # and one more now does
    log = DeltaStore(tmp_path / "s").load()
    assert log.frame.schema == log.lazy().collect_schema() == log_schema()
    assert store.scan().collect_schema() == stored_schema()
    assert log.frame.get_column("amount").to_list() == [None, None, 16.3e6]
    assert_frame_equal(stored(log.frame), store.scan().sort("seq").collect())
    assert store.verify().ok


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


def test_a_store_reads_its_files_as_the_delta_reader_does(
    tmp_path: Path, make_event: MakeEvent
) -> None:
    store = DeltaStore(tmp_path)
    store.append([make_event(subject="BABA", value=1.0), make_event("analyst_rating")])
    store.append([make_event(subject="AAPL", value=2.0)])
    store.append([make_event("stake_change", subject="AAPL")])
    for version in (None, 0, 1):
        by_delta = pl.scan_delta(store.table_uri, version=version).collect()
        assert_frame_equal(store.load(version=version).frame, EventLog.from_frame(by_delta).frame)


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


def _news(make_event: MakeEvent) -> list[list[EventBase]]:
    """Three subjects' news in four appends: late reports (an old fact told weeks after,
    a rating reported in a later commit than newer ones), a retraction and a correction with
    its replacement."""
    day = dt.datetime(2025, 11, 3, 9, tzinfo=dt.UTC)

    def at(days: int) -> dict[str, dt.datetime]:
        return {"reported_at": day + dt.timedelta(days=days)}

    first = [
        make_event(subject=s, firm=f, value=v, source_id=f"a-{s}-{f}", **at(i))
        for i, (s, f, v) in enumerate(
            [("BABA", "JPMorgan", 230.0), ("BABA", "Arete", 172.0), ("NVDA", "Arete", 210.0),
             ("TSLA", "UBS", 250.0), ("NVDA", "UBS", 190.0)]
        )
    ]  # fmt: skip
    wrong = first[1]
    fixed = make_event(firm="Arete", value=182.0, source_id="c-1", **at(20))
    second = [
        make_event("price_level", subject="BABA", price=155.74, source_id="p-1", **at(12)),
        make_event("price_level", subject="NVDA", price=181.0, source_id="p-2", **at(12)),
        Retraction(
            subject="NVDA",
            target_event_id=first[2].event_id,
            reason="misquoted",
            source_id="r-1",
            **at(15),
        ),
    ]
    third = [
        fixed,
        Correction(
            subject="BABA",
            target_event_id=wrong.event_id,
            replacement_event_id=fixed.event_id,
            reason="wrong firm's note",
            source_id="c-1",
            **at(20),
        ),
        make_event("analyst_rating", subject="TSLA", firm="UBS", source_id="r-2", **at(21)),
    ]
    late = [  # reported weeks before the third append's news, appended after it
        make_event(subject="BABA", firm="Nomura", value=199.0, source_id="late", **at(5)),
        make_event("analyst_rating", subject="NVDA", firm="UBS", source_id="late-r", **at(2)),
    ]
    return [first, second, third, late]


@pytest.mark.parametrize("optimized", [False, True])
def test_one_subject_read_from_the_store_is_its_share_of_the_whole_state(
    tmp_path: Path, make_event: MakeEvent, optimized: bool
) -> None:
    store = DeltaStore(tmp_path)
    log = EventLog()
    recorded = dt.datetime(2025, 12, 30, tzinfo=dt.UTC)
    for i, batch in enumerate(_news(make_event)):
        when = recorded + dt.timedelta(days=i)
        store.append(batch, recorded_at=when)
        log = log.append(batch, recorded_at=when)
    if optimized:
        store.optimize()
    whole = Timeline(log)
    for subject in ("BABA", "NVDA", "TSLA", "AAPL"):
        one = Timeline.open(store, subject=subject)
        for at, known in [("2025-11-10", None), ("2025-11-30", None), ("2025-11-30", "2025-11-10")]:
            got = one.asof(at, known, subject=subject)
            in_memory = whole.asof(at, known, subject=subject)
            share = whole.asof(at, known).of(subject)
            assert list(got.sections) == list(share.sections)
            for name, frame in got.sections.items():
                assert_frame_equal(frame, in_memory.sections[name])
                assert_frame_equal(frame, share.sections[name])
            assert got.summary() == in_memory.summary()
    late = Timeline.open(store, subject="BABA").asof("2025-11-30")
    assert "Nomura" in late.analysts.get_column("firm").to_list()
    assert "Arete" in late.analysts.get_column("firm").to_list()  # the corrected note


def test_optimize_sorts_by_subject_and_changes_no_event(
    tmp_path: Path, make_event: MakeEvent
) -> None:
    store = DeltaStore(tmp_path)
    for batch in _news(make_event):
        store.append(batch)
    before, version = store.load().frame, store.version()
    assert store.optimize() == version + 1
    assert store.history()[0]["operation"] == "OPTIMIZE"
    log = tmp_path / "events" / "_delta_log"
    assert (log / f"{version + 1:020d}.checkpoint.parquet").is_file()  # opening reads it alone
    assert_frame_equal(store.load().frame, before)
    assert store.verify().ok
    assert_frame_equal(store.load(version).frame, before)  # time travel still reads
    subjects = store.scan().select("subject").collect().get_column("subject")
    assert subjects.is_sorted()
    again = store.append(_news(make_event)[0])  # idempotent after the rewrite
    assert (again.new_count, again.duplicate_count) == (0, 5)
    new = store.append([make_event(subject="AAPL", source_id="after")])
    assert new.first_seq == before.height + 1
    assert store.verify().ok


def _statistics_of(store: DeltaStore) -> set[str]:
    """The columns the Delta log keeps least and greatest values of, over all data files."""
    actions = DeltaTable(store.table_uri).get_add_actions(flatten=True).schema.names
    return {name.removeprefix("min.") for name in actions if name.startswith("min.")}


def test_the_delta_log_keeps_statistics_of_the_columns_read_from_it(
    tmp_path: Path, make_event: MakeEvent
) -> None:
    store = DeltaStore(tmp_path)
    store.append(_news(make_event)[0])
    read_from_it = {"subject", "seq", "recorded_at", "reported_at"}
    assert _statistics_of(store) == read_from_it
    # a table made before the property: its files keep every column's, until `optimize`
    older = {"delta.dataSkippingStatsColumns": "subject,seq,recorded_at,reported_at,firm"}
    DeltaTable(store.table_uri).alter.set_table_properties(
        older, commit_properties=CommitProperties(custom_metadata=WRITER_TAG)
    )
    store.append(_news(make_event)[1])
    assert _statistics_of(store) == read_from_it | {"firm"}
    before = store.load().frame
    store.optimize()
    assert _statistics_of(store) == read_from_it
    assert_frame_equal(store.load().frame, before)
    assert store.verify().ok
    subject = before.get_column("subject").cast(pl.String).item(0)
    assert Timeline.open(store, subject=subject).events().collect().height == (
        before.filter(pl.col("subject") == subject).height
    )


def test_a_subject_is_checked_on_the_files_that_may_hold_it(
    tmp_path: Path, make_event: MakeEvent
) -> None:
    store = DeltaStore(tmp_path)
    store.append([make_event(subject="BABA", firm="Bernstein", value=1.0)])
    store.append([make_event(subject="NVDA", firm="Arete", value=2.0)])
    nvda = next(p for p in (tmp_path / "events").glob("*.parquet") if b"Arete" in p.read_bytes())
    nvda.write_bytes(nvda.read_bytes().replace(b"Arete", b"Arene"))  # same size, still reads
    assert store.scan(subject="BABA").collect().get_column("firm").to_list() == ["Bernstein"]
    with pytest.raises(StoreCorrupt, match="edited in place"):
        store.scan(subject="NVDA")
    with pytest.raises(StoreCorrupt, match="edited in place"):
        store.scan()
    with pytest.raises(StoreCorrupt, match="edited in place"):
        store.optimize()  # a damaged store is not rewritten
    assert store.history()[0]["operation"] == "WRITE"


def test_a_subject_is_read_from_the_files_that_may_hold_it(
    tmp_path: Path, make_event: MakeEvent, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = DeltaStore(tmp_path)
    for subject in ("AAPL", "BABA", "NVDA"):  # one file each, its statistics one subject
        store.append([make_event(subject=subject, source_id=subject)])
    holds = {
        subject: next(
            p.name
            for p in (tmp_path / "events").glob("*.parquet")
            if subject.encode() in p.read_bytes()
        )
        for subject in ("AAPL", "BABA", "NVDA")
    }
    scanned: list[list[str]] = []
    scan_parquet = pl.scan_parquet

    def spy(source: list[str], **options: object) -> pl.LazyFrame:
        scanned.append([Path(s).name for s in source])
        return scan_parquet(source, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(pl, "scan_parquet", spy)
    baba = store.scan(subject="BABA").collect()
    assert scanned == [[holds["BABA"]]]
    assert_frame_equal(baba, store.scan().filter(pl.col("subject") == "BABA").collect())
    assert store.scan(subject="TSLA").collect().is_empty()  # no file admits it
    assert sorted(scanned[1]) == sorted(holds.values())  # the whole log: every file
    assert scanned[2] == []


def test_commits_are_judged_once_and_later_ones_still_read(
    tmp_path: Path, make_event: MakeEvent, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = DeltaStore(tmp_path)
    for value in (1.0, 2.0, 3.0):
        store.append([make_event(value=value)])
    DeltaStore(tmp_path).scan(subject="BABA")  # every commit judged: timeline's own
    limits: list[int | None] = []
    history = DeltaTable.history

    def spy(table: DeltaTable, limit: int | None = None) -> list[dict[str, object]]:
        limits.append(limit)
        return history(table, limit)

    monkeypatch.setattr(DeltaTable, "history", spy)
    store.append([make_event(value=4.0)])
    DeltaStore(tmp_path).scan(subject="BABA")
    assert limits == [1]  # the new commit alone was read
    DeltaTable(store.table_uri).update(updates={"value": "9.0"}, predicate="seq = 2")
    with pytest.raises(StoreCorrupt, match="UPDATE"):
        DeltaStore(tmp_path).scan(subject="BABA")
    assert limits == [1, 1]
    with pytest.raises(StoreCorrupt, match="UPDATE"):
        DeltaStore(tmp_path).scan(version=4, subject="BABA")  # judged already: still refused
    assert DeltaStore(tmp_path).scan(version=3, subject="BABA").collect().height == 4
    assert "(UPDATE) was not written by timeline" in str(store.verify())  # reads it all
    assert limits[-1] is None


def test_files_timeline_did_not_record_are_checked_row_by_row(
    tmp_path: Path, make_event: MakeEvent
) -> None:
    store = DeltaStore(tmp_path)
    store.append([make_event(value=1.0)])
    twice = stored(EventLog().append([make_event(value=2.0)]).frame)  # seq 1 again
    twice.write_delta(
        store.table_uri,
        mode="append",
        delta_write_options={"commit_properties": CommitProperties(custom_metadata=WRITER_TAG)},
    )
    with pytest.raises(StoreCorrupt, match="seq 1 repeated"):
        store.scan(subject="BABA")


def test_a_commit_dropped_from_the_middle_of_the_log_is_refused(
    tmp_path: Path, make_event: MakeEvent
) -> None:
    store = DeltaStore(tmp_path)
    for v in (1.0, 2.0, 3.0):
        store.append([make_event(value=v)])
    middle = tmp_path / "events" / "_delta_log" / f"{1:020d}.json"
    kept = [line for line in middle.read_text().splitlines() if '"add"' not in line]
    middle.write_text("\n".join(kept) + "\n")  # the commit stays, its file is gone from it
    with pytest.raises(StoreCorrupt, match="seq 2"):
        store.scan(subject="BABA")
