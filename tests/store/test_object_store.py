"""The store on object storage: a real S3 server (moto's, started by the tests on 127.0.0.1),
reached through delta-rs as any S3 would be; no client is mocked.

Each test records what it tried in the reliability table (see tests/conftest.py).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import polars as pl
import pytest

from tests.conftest import MakeEvent, Reliability, S3Server
from tests.store.writer import batch
from timeline.errors import StoreContended
from timeline.front import Timeline
from timeline.store import DeltaStore
from timeline.store.delta import storage_defaults

ROOT = Path(__file__).resolve().parents[2]
WRITER = Path(__file__).with_name("writer.py")
TIMELINE = Path(sys.executable).with_name("timeline")


def _writer(s3: S3Server, uri: str, tag: str, first: int, count: int, size: int) -> Any:
    return subprocess.Popen(
        [sys.executable, str(WRITER), uri, tag, str(first), str(count), str(size)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, **s3.env},
    )


def _cli(s3: S3Server, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(TIMELINE), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **s3.env},
        check=False,
        timeout=300,
    )


def _ids(events: list[Any]) -> set[str]:
    return {e.event_id for e in events}


def test_s3_stores_take_conditional_writes_unless_told_otherwise(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("AWS_S3_ALLOW_UNSAFE_RENAME", raising=False)
    monkeypatch.delenv("AWS_CONDITIONAL_PUT", raising=False)
    assert storage_defaults("s3://b/p", None) == {"conditional_put": "etag"}
    assert storage_defaults("s3://b/p", {"aws_conditional_put": "dynamo:t"}) == {
        "aws_conditional_put": "dynamo:t"
    }
    assert storage_defaults("gs://b/p", None) == {}  # put-if-absent is native there
    monkeypatch.setenv("AWS_S3_ALLOW_UNSAFE_RENAME", "true")
    assert storage_defaults("s3://b/p", None) == {}


def test_the_cli_ingests_answers_verifies_and_travels_on_s3(s3_server: S3Server) -> None:
    store = f"{s3_server.bucket()}/desk/news"
    first = _cli(s3_server, "ingest", "seeds/000_773378267ce6a58c.txt", "--store", store)
    assert first.returncode == 0, first.stderr
    rest = _cli(s3_server, "ingest", "seeds", "--store", store)
    assert rest.returncode == 0, rest.stderr
    again = _cli(s3_server, "ingest", "seeds", "--store", store)  # nothing new the second time
    assert again.returncode == 0, again.stderr

    asof = _cli(s3_server, "asof", "2025-12-31", "--subject", "BABA", "--store", store)
    assert asof.returncode == 0, asof.stderr
    assert "JPMorgan" in asof.stdout
    assert "Derived consensus" in asof.stdout
    verify = _cli(s3_server, "verify", "--store", store, "--json")
    assert verify.returncode == 0, verify.stdout + verify.stderr
    checked = json.loads(verify.stdout)
    assert checked["problems"] == []
    assert checked["events"] > 0

    st = DeltaStore(store, storage_options=s3_server.options)
    assert st.version() == 1  # two ingests added events; the third committed nothing
    everything = Timeline.open(store, storage_options=s3_server.options).log.frame
    then = Timeline.open(store, version=0, storage_options=s3_server.options).log.frame
    assert 0 < then.height < everything.height  # time travel: the first article alone
    assert then.get_column("source_id").n_unique() == 1
    assert everything.get_column("seq").to_list() == list(range(1, everything.height + 1))
    assert st.articles.read().height == 5  # the articles table lives beside the log


def test_a_writer_that_lost_the_race_starts_over_on_the_new_version(
    s3_server: S3Server, make_event: MakeEvent, monkeypatch: pytest.MonkeyPatch
) -> None:
    uri = f"{s3_server.bucket()}/race"
    ours = DeltaStore(uri, storage_options=s3_server.options)
    theirs = DeltaStore(uri, storage_options=s3_server.options)
    ours.append([make_event(value=1.0)])
    tail = DeltaStore._tail
    raced: list[Any] = []
    racing = [True]

    def tail_then_race(*args: Any) -> Any:  # another writer commits after ours has read
        found = tail(*args)
        if racing.pop() if racing else False:
            raced.append(theirs.append([make_event(value=2.0 + 10 * len(raced))]))
        return found

    monkeypatch.setattr(DeltaStore, "_tail", staticmethod(tail_then_race))
    report = ours.append([make_event(value=3.0)])
    assert raced[0].version == 1
    assert (report.version, report.first_seq) == (2, 3)  # read again, numbered after theirs
    frame = ours.load().frame
    assert frame.get_column("seq").to_list() == [1, 2, 3]
    assert frame.get_column("value").to_list() == [1.0, 2.0, 3.0]

    racing.append(True)
    hurried = DeltaStore(uri, storage_options=s3_server.options, lock_timeout=0)
    with pytest.raises(StoreContended, match="another writer had committed first"):
        hurried.append([make_event(value=4.0)])
    held = ours.load().frame
    # theirs landed; ours, refused, committed nothing
    assert held.get_column("value").to_list() == [1.0, 2.0, 3.0, 12.0]
    assert held.get_column("seq").to_list() == [1, 2, 3, 4]
    assert ours.verify().ok


def test_a_writer_that_lost_the_race_to_create_the_table_starts_over(
    s3_server: S3Server, make_event: MakeEvent, monkeypatch: pytest.MonkeyPatch
) -> None:
    uri = f"{s3_server.bucket()}/created"
    ours = DeltaStore(uri, storage_options=s3_server.options)
    theirs = DeltaStore(uri, storage_options=s3_server.options)
    tail = DeltaStore._tail
    racing = [True]

    def tail_then_race(*args: Any) -> Any:  # both found no table; theirs creates it first
        found = tail(*args)
        if racing.pop() if racing else False:
            theirs.append([make_event(value=1.0)])
        return found

    monkeypatch.setattr(DeltaStore, "_tail", staticmethod(tail_then_race))
    report = ours.append([make_event(value=2.0)])
    assert (report.version, report.first_seq) == (1, 2)
    frame = ours.load().frame
    assert frame.select("seq", "value").rows() == [(1, 1.0), (2, 2.0)]
    assert ours.verify().ok


def test_four_writer_processes_on_s3_commit_every_event_exactly_once(
    s3_server: S3Server, reliability: Reliability
) -> None:
    uri = f"{s3_server.bucket()}/concurrent"
    # (120 commits: two checkpoints' worth; 200 took 270 s of a 20-minute suite on a slow machine)
    writers, batches, size = 4, 30, 5
    procs = [_writer(s3_server, uri, f"s{w}", 0, batches, size) for w in range(writers)]
    outs = [p.communicate(timeout=900) for p in procs]
    assert all(p.returncode == 0 for p in procs), [err[-500:] for _, err in outs]
    assert all(out.count("committed") == batches for out, _ in outs)
    store = DeltaStore(uri, storage_options=s3_server.options)
    frame = store.load().frame
    expected = _ids(
        [e for w in range(writers) for i in range(batches) for e in batch(f"s{w}", i, size)]
    )
    assert frame.height == len(expected) == writers * batches * size
    assert set(frame.get_column("event_id")) == expected  # every event, each exactly once
    assert frame.get_column("seq").to_list() == list(range(1, frame.height + 1))  # gap-free
    # one commit per batch: each writer's batch is whole in one table version
    assert store.version() == writers * batches - 1
    by_commit = pl.DataFrame(
        [(h["version"], int(h["events"])) for h in store.history() if "events" in h],
        schema=["version", "events"],
        orient="row",
    )
    assert by_commit.get_column("events").to_list() == [size] * writers * batches
    report = store.verify()
    assert report.ok, str(report)
    checkpoints = {
        int(k.rsplit("/", 1)[1][:20])
        for k in s3_server.keys(uri)
        if k.endswith(".checkpoint.parquet")
    }
    # each writer checkpoints the version it committed, every 50th (delta-rs adds its own)
    assert {50, 100} <= checkpoints
    reliability.record(
        f"{writers} processes appending {batches} batches each to S3 at once",
        1,
        f"{frame.height} events, each exactly once; seq 1..{frame.height} gap-free; "
        f"{store.version() + 1} commits; verify() passed",
    )


def test_a_writer_killed_on_s3_loses_nothing_it_committed(
    s3_server: S3Server, reliability: Reliability
) -> None:
    uri = f"{s3_server.bucket()}/killed"
    rng = random.Random(11)
    store = DeltaStore(uri, storage_options=s3_server.options)
    size, kills = 10, 8
    committed: list[int] = []
    for _ in range(kills):
        first = len(committed) and committed[-1] + 1
        proc = _writer(s3_server, uri, "k", first, 1_000, size)
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.2, 2.0))  # it appends in a loop meanwhile
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        committed += [int(x.split()[1]) for x in out.splitlines() if x.startswith("committed")]
        if not store.exists():
            assert not committed
            continue
        report = store.verify()
        assert report.ok, str(report)
        held = _ids(list(store.load().events()))
        expected = _ids([e for i in committed for e in batch("k", i, size)])
        in_flight = _ids(batch("k", (committed[-1] + 1) if committed else first, size))
        # the reported commits, and the one in flight only if its commit landed whole
        assert held in (expected, expected | in_flight), (len(held), len(expected))
        if held == expected | in_flight:
            committed.append((committed[-1] + 1) if committed else first)
    assert len(committed) > kills
    reliability.record(
        "writer on S3 killed with SIGKILL during appends",
        kills,
        f"after every kill verify() passed and the store held exactly the {len(committed)} "
        f"completed commits ({len(committed) * size} events)",
    )
