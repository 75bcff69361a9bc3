"""One machine against a small Spark cluster, on the same store: ``docs/scale.md``'s table.

    .venv/bin/python -m benchmarks.scale                      # 1M and 10M events
    .venv/bin/python -m benchmarks.scale --sizes 1000000      # 1M only

For each size, the synthetic log (`synthetic.py`, seed 0, cached in ``data/``) is written
once as a local Delta store, in one commit tagged as timeline's own (files of about 32 MB).
Then the same question, the derived consensus, the analysts' table (each firm's rating and
target), the rating distribution and the last price of every subject at two dates, is asked:

- of one machine: `Timeline.open(store)` and the projections collected in one pass
  (`timeline.projections.registry.collect`), as `timeline asof` runs them;
- of a standalone Spark cluster on this machine (`timeline.spark.LocalCluster`: a master and
  1, then 2, worker processes of one core each), through `timeline.spark.project`.

Each is run ``--repeat`` times (3 by default) after one untimed warm-up (the cluster's Python
workers start, the files enter the page cache); the median is reported, with the cluster's
start-up (master, workers, session) apart. The answers of every run are compared with one
machine's before anything is written. Writes ``data/scale.md`` and prints it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import polars as pl
from deltalake import CommitProperties, write_deltalake
from polars.testing import assert_frame_equal

from benchmarks.run import DATA, _log, _machine
from timeline import spark
from timeline.front import Timeline
from timeline.projections.registry import collect
from timeline.store import DeltaStore
from timeline.store.delta import TABLE_CONFIGURATION, WRITER_TAG

ASKED = ["derived_consensus", "analysts", "rating_distribution", "last_price"]
AT = [dt.date(2020, 6, 30), dt.date(2024, 6, 30)]
FILE_BYTES = 32 * 1024 * 1024


def _store(size: int) -> DeltaStore:
    """The synthetic log of ``size`` events as a local Delta store (written once)."""
    folder = DATA / f"scale-store-{size}"
    if not folder.exists():
        building = folder.with_suffix(".building")
        stream = pl.scan_parquet(_log(size)).collect_batches(
            maintain_order=True, chunk_size=None, lazy=True
        )
        write_deltalake(
            DeltaStore(building).table_uri,
            stream,  # type: ignore[arg-type]  # an Arrow stream
            target_file_size=FILE_BYTES,
            configuration=TABLE_CONFIGURATION,
            commit_properties=CommitProperties(custom_metadata=WRITER_TAG),
        )
        building.rename(folder)
    return DeltaStore(folder)


def _timed(run: Callable[[], dict[str, pl.DataFrame]], repeat: int) -> tuple[list[float], Any]:
    run()  # warm-up, untimed
    times, answer = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        answer = run()
        times.append(time.perf_counter() - started)
    return times, answer


def _same(got: dict[str, pl.DataFrame], want: dict[str, pl.DataFrame]) -> None:
    for name in ASKED:
        assert_frame_equal(got[name], want[name], check_row_order=False)


def measure(size: int, repeat: int) -> list[dict[str, Any]]:
    store = _store(size)
    files = len(store.data_files()[1])

    def alone() -> dict[str, pl.DataFrame]:
        return collect(Timeline.open(store).events(), AT, None, ASKED)

    times, want = _timed(alone, repeat)
    rows = [{"size": size, "engine": "one machine (Polars)", "files": files, "times": times}]
    for workers in (1, 2):
        started = time.perf_counter()
        with (
            spark.LocalCluster(workers=workers, cores=1, memory="6g") as cluster,
            spark.session(cluster.master, config=cluster.config) as session,
        ):
            cluster.executors(session)
            up = time.perf_counter() - started
            times, got = _timed(lambda s=session: spark.project(s, store, AT, ASKED), repeat)
        _same(got, want)
        rows.append(
            {
                "size": size,
                "engine": f"Spark, {workers} worker{'s' if workers > 1 else ''} x 1 core",
                "files": files,
                "times": times,
                "start": up,
            }
        )
    return rows


def report(rows: list[dict[str, Any]], repeat: int) -> str:
    lines = [
        "# One machine against a Spark cluster",
        "",
        f"`.venv/bin/python -m benchmarks.scale` on {dt.datetime.now(dt.UTC):%Y-%m-%d}, "
        f"{_machine()}.",
        "",
        f"The question: {', '.join(ASKED)} of every subject at {len(AT)} dates "
        f"({', '.join(map(str, AT))}); the median of {repeat} runs after a warm-up. The "
        "cluster is a standalone master and worker processes on this one machine: its "
        "workers share the machine's cores with the driver and with each other.",
        "",
        "| events | engine | data files | median | runs | cluster start-up |",
        "| ---: | --- | ---: | ---: | --- | ---: |",
    ]
    for row in rows:
        runs = ", ".join(f"{t:.1f}" for t in row["times"])
        start = f"{row['start']:.0f} s" if "start" in row else ""
        lines.append(
            f"| {row['size']:,} | {row['engine']} | {row['files']} | "
            f"{statistics.median(row['times']):.1f} s | {runs} | {start} |"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000_000, 10_000_000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    rows = [row for size in args.sizes for row in measure(size, args.repeat)]
    text = report(rows, args.repeat)
    out = Path(DATA / "scale.md")
    out.write_text(text)
    print(text)


if __name__ == "__main__":
    main()
