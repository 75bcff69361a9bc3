"""The Spark engine on this machine (``local[2]``): the same answers as the single machine.

The cluster of separate processes is `tests/test_spark_cluster.py`.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import polars as pl
import pytest
from polars.testing import assert_frame_equal

from tests.conftest import MakeEvent
from timeline import spark
from timeline.errors import ArgumentInvalid, EngineUnavailable
from timeline.events import Correction, Retraction
from timeline.front import Timeline
from timeline.ingest import ingest
from timeline.projections.registry import PROJECTIONS
from timeline.store import DeltaStore

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

ROOT = Path(__file__).resolve().parents[1]
TIMELINE = Path(sys.executable).with_name("timeline")


@pytest.fixture(scope="module")
def session() -> Iterator[SparkSession]:
    with spark.session("local[2]") as started:
        yield started


@pytest.fixture(scope="module")
def seeds_store(tmp_path_factory: pytest.TempPathFactory) -> DeltaStore:
    store = DeltaStore(tmp_path_factory.mktemp("spark") / "store")
    ingest([ROOT / "seeds"], store=store, progress=False)
    return store


@pytest.mark.parametrize(
    ("given", "held"),
    [
        (pl.Categorical(), pl.String()),
        (pl.Enum(["buy", "hold"]), pl.String()),
        (pl.UInt32(), pl.Int64()),
        (pl.UInt8, pl.Int16()),
        (pl.Datetime("ns", "Asia/Tokyo"), pl.Datetime("us", "UTC")),
        (pl.List(pl.Categorical()), pl.List(pl.String())),
        (pl.Struct({"n": pl.UInt16()}), pl.Struct({"n": pl.Int32()})),
        (pl.Float64(), pl.Float64()),
    ],
)
def test_types_spark_cannot_hold_are_widened(given: pl.DataType, held: pl.DataType) -> None:
    assert spark._sparkable(given) == held


def test_every_projection_on_spark_is_the_single_machines(
    session: SparkSession, seeds_store: DeltaStore
) -> None:
    at = ["2025-11-30", "2025-12-31"]
    got = spark.project(session, seeds_store, at)
    one = Timeline.open(seeds_store)
    assert list(got) == list(PROJECTIONS)
    for name, frame in got.items():
        assert_frame_equal(frame, one.project(name, at), check_row_order=False)
    # the stakes' rows, a list of facts, in the single machine's order too
    assert_frame_equal(got["stakes"], one.project("stakes", at))


@pytest.mark.parametrize("buckets", [1, 97])  # every subject in one group; each in its own
def test_a_withdrawal_filed_under_another_subject_reaches_its_facts(
    session: SparkSession, tmp_path: Path, make_event: MakeEvent, buckets: int
) -> None:
    store = DeltaStore(tmp_path / "store")
    kept = make_event(subject="BABA", firm="Arete", value=180.0)
    gone = make_event(subject="BABA", firm="JPMorgan", value=230.0)
    wrong = make_event(subject="BABA", firm="Nomura", value=150.0)
    right = make_event(subject="JD", firm="Nomura", value=150.0, reported_at="2025-12-08")
    store.append([kept, gone, wrong, right])
    store.append(
        [
            # filed under the subject of neither event, and of the replacement's only
            Retraction(
                subject="HSTECH",
                target_event_id=gone.event_id,
                reason="misquoted",
                source_id="note",
                reported_at="2025-12-09",
            ),
            Correction(
                subject="JD",
                target_event_id=wrong.event_id,
                replacement_event_id=right.event_id,
                reason="it was JD",
                source_id="note",
                reported_at="2025-12-09",
            ),
        ]
    )
    at = ["2025-12-08", "2025-12-10"]
    got = spark.project(session, store, at, ["analysts", "derived_consensus"], buckets=buckets)
    one = Timeline.open(store)
    for name, frame in got.items():
        assert_frame_equal(frame, one.project(name, at), check_row_order=False)
    after = got["analysts"].filter(pl.col("at") == pl.date(2025, 12, 10))
    assert sorted(after.select("subject", "firm").rows()) == [("BABA", "Arete"), ("JD", "Nomura")]


def test_one_subject_and_a_known_at_on_spark(
    session: SparkSession, seeds_store: DeltaStore
) -> None:
    got = spark.asof(session, seeds_store, "2025-12-31", "2025-12-10", subject="BABA")
    want = Timeline.open(seeds_store).asof("2025-12-31", "2025-12-10", subject="BABA")
    assert got.summary() == want.summary()
    with pytest.raises(ArgumentInvalid, match="analysts"):
        spark.plan(session, seeds_store, "2025-12-31", ["analyst"])


def test_the_cli_runs_the_state_on_spark(seeds_store: DeltaStore) -> None:
    def asof(*more: str) -> str:
        done = subprocess.run(
            [str(TIMELINE), "asof", "2025-12-31", "--store", seeds_store.uri, *more],
            capture_output=True, text=True, check=True, timeout=600,
        )  # fmt: skip
        return done.stdout

    assert asof("--engine", "spark", "--master", "local[1]") == asof()


def test_no_java_is_said_in_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JAVA_HOME", raising=False)
    monkeypatch.setenv("PATH", "/nonexistent")
    with pytest.raises(EngineUnavailable, match="openjdk-17-jre-headless"):
        spark.java_home()
    done = subprocess.run(
        [str(TIMELINE), "asof", "2025-12-31", "--engine", "spark", "--store", "/nonexistent"],
        capture_output=True, text=True, check=False,
        env={**os.environ, "PATH": "/nonexistent", "JAVA_HOME": ""},
    )  # fmt: skip
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    assert "the spark engine cannot start: no Java runtime" in done.stderr
