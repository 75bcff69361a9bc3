"""A real, small Spark cluster: a standalone master and two workers, each a process of its own
on 127.0.0.1 (not ``local[*]``), answering over a 1M-event synthetic store on the local S3
server exactly as one machine answers."""

from __future__ import annotations

import time

import pytest
from deltalake import CommitProperties, write_deltalake
from polars.testing import assert_frame_equal

from benchmarks.synthetic import generate
from tests.conftest import Reliability, S3Server
from timeline import spark
from timeline.front import Timeline
from timeline.store import DeltaStore
from timeline.store.delta import TABLE_CONFIGURATION, WRITER_TAG

EVENTS = 1_000_000
#: the derived consensus, the ratings (each firm's, and their distribution), the last price
ASKED = ["derived_consensus", "analysts", "rating_distribution", "last_price"]
AT = ["2019-06-30", "2024-12-31"]


@pytest.fixture(scope="module")
def synthetic_on_s3(s3_server: S3Server) -> DeltaStore:
    """The synthetic log (1M events, 400 subjects) in a store on S3, written as an ingest
    leaves it: one commit tagged as timeline's own, in files of about 16 MB."""
    store = DeltaStore(f"{s3_server.bucket()}/synthetic", storage_options=s3_server.options)
    log = generate(EVENTS, subjects=400, firms=60, seed=16)
    write_deltalake(
        store.table_uri,
        log.to_arrow(),
        storage_options=store.storage_options,
        target_file_size=16 * 1024 * 1024,
        configuration=TABLE_CONFIGURATION,
        commit_properties=CommitProperties(custom_metadata=WRITER_TAG),
    )
    return store


def test_two_workers_answer_a_million_events_as_one_machine_does(
    synthetic_on_s3: DeltaStore, reliability: Reliability
) -> None:
    store = synthetic_on_s3
    started = time.monotonic()
    one = Timeline.open(store)
    want = {name: one.project(name, AT) for name in ASKED}
    alone = time.monotonic() - started
    with (
        spark.LocalCluster(workers=2, cores=1, memory="2g") as cluster,
        spark.session(cluster.master, config=cluster.config) as session,
    ):
        assert cluster.executors(session) == 2  # one in each worker process
        started = time.monotonic()
        got = spark.project(session, store, AT, ASKED)
        clustered = time.monotonic() - started
    files = len(store.data_files()[1])
    assert files > 2  # the read is shared between the workers' tasks
    for name in ASKED:
        assert want[name].height > 0
        assert_frame_equal(got[name], want[name], check_row_order=False)
    # row for row: in the same order too, where the single machine's rows have one
    assert_frame_equal(got["last_price"], want["last_price"])
    reliability.record(
        "a standalone Spark cluster (master and 2 workers) over 1M events on S3",
        1,
        f"{', '.join(ASKED)} at {len(AT)} dates equal to one machine's, row for row "
        f"({sum(f.height for f in got.values())} rows; {files} data files; cluster "
        f"{clustered:.0f} s, one machine {alone:.0f} s on this test's machine)",
    )
