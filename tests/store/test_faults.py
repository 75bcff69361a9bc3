"""Faults: writers killed mid-append, many writers at once, re-ingest from two processes.

Each test records what it tried in the reliability table (see tests/conftest.py).
"""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import Reliability
from tests.store.writer import batch
from timeline.ingest import ingest
from timeline.store import DeltaStore

WRITER = Path(__file__).with_name("writer.py")
ROOT = Path(__file__).resolve().parents[2]


def _writer(store: Path, tag: str, first: int, count: int, size: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WRITER), str(store), tag, str(first), str(count), str(size)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
    )


def _ids(events: list[object]) -> set[str]:
    return {e.event_id for e in events}  # type: ignore[attr-defined]


def test_sigkill_during_appends_loses_nothing_and_keeps_nothing_half_done(
    tmp_path: Path, reliability: Reliability
) -> None:
    rng = random.Random(7)
    store = DeltaStore(tmp_path / "store")
    size = 25
    committed: list[int] = []  # batch numbers the writers reported as committed
    kills = 30
    for _ in range(kills):
        first = len(committed) and committed[-1] + 1
        proc = _writer(tmp_path / "store", "k", first, 1_000, size)
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.05, 1.5))  # the writer appends in a loop meanwhile
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        committed += [
            int(line.split()[1]) for line in out.splitlines() if line.startswith("committed")
        ]
        if not store.exists():  # killed before its first commit (a slow start): nothing to hold
            assert not committed
            continue
        report = store.verify()
        assert report.ok, str(report)
        held = _ids(store.load().events())
        expected = _ids([e for i in committed for e in batch("k", i, size)])
        in_flight = _ids(batch("k", (committed[-1] + 1) if committed else first, size))
        # exactly the reported commits, plus the in-flight batch only if its commit landed whole
        assert held in (expected, expected | in_flight), (len(held), len(expected))
        if held == expected | in_flight:
            committed.append((committed[-1] + 1) if committed else first)
    assert len(committed) > kills  # the kills really fell between and during appends
    reliability.record(
        "writer killed with SIGKILL during appends",
        kills,
        f"after every kill the store opened, verify() passed and it held exactly the "
        f"{len(committed)} completed commits ({len(committed) * size} events)",
    )


def test_eight_concurrent_writers_lose_and_duplicate_nothing(
    tmp_path: Path, reliability: Reliability
) -> None:
    writers, batches, size = 8, 100, 2
    procs = [_writer(tmp_path / "store", f"c{w}", 0, batches, size) for w in range(writers)]
    outs = [p.communicate(timeout=900)[0] for p in procs]
    assert all(p.returncode == 0 for p in procs)
    assert all(out.count("committed") == batches for out in outs)
    store = DeltaStore(tmp_path / "store")
    log = store.load()
    frame = log.frame
    assert frame.height == writers * batches * size
    assert frame.get_column("event_id").n_unique() == frame.height  # each event exactly once
    expected = _ids(
        [e for w in range(writers) for i in range(batches) for e in batch(f"c{w}", i, size)]
    )
    assert set(frame.get_column("event_id")) == expected
    assert frame.get_column("seq").to_list() == list(range(1, frame.height + 1))  # gap-free
    assert store.verify().ok
    reliability.record(
        f"{writers} processes appending {batches} batches each at once",
        1,
        f"{frame.height} events, each exactly once; seq 1..{frame.height} gap-free in commit "
        f"order; {store.version() + 1} commits; verify() passed",
    )


def test_the_same_articles_from_two_processes_are_stored_once(
    tmp_path: Path, reliability: Reliability
) -> None:
    code = (
        "import sys; from timeline.ingest import ingest; from timeline.store import DeltaStore; "
        "print(ingest(['seeds'], store=DeltaStore(sys.argv[1])).new_count)"
    )
    procs = [
        subprocess.Popen([sys.executable, "-c", code, str(tmp_path / "s")], cwd=ROOT,
                         stdout=subprocess.PIPE, text=True)
        for _ in range(2)
    ]  # fmt: skip
    news = sorted(int(p.communicate(timeout=300)[0].strip()) for p in procs)
    store = DeltaStore(tmp_path / "s")
    total = len(store.load())
    assert news == [0, total]  # one process stored them all, the other found them present
    again = ingest([ROOT / "seeds"], store=store)
    assert (again.new_count, len(store.load())) == (0, total)
    reliability.record(
        "the same articles ingested by two processes at once, then again",
        3,
        f"{total} events stored once; the later ingests added 0",
    )


@pytest.mark.parametrize("batches", [120])
def test_many_small_appends_stay_fast_to_open(
    tmp_path: Path, batches: int, reliability: Reliability
) -> None:
    store = DeltaStore(tmp_path)
    for i in range(batches):
        store.append(batch("s", i, 1))
    assert list((tmp_path / "events" / "_delta_log").glob("*.checkpoint.parquet"))
    assert len(store.load()) == batches
    reliability.record(f"{batches} one-event appends", 1, "checkpointed every 50 commits")
