"""Projections on Apache Spark: the same Polars functions, run per subject on a cluster.

    >>> from timeline import spark                                      # doctest: +SKIP
    >>> with spark.session("spark://head:7077") as session:             # doctest: +SKIP
    ...     state = spark.asof(session, "s3://desk/news", "2025-12-31")
    ...     frames = spark.project(session, "s3://desk/news", "2025-12-31", ["analysts"])

The log is the store's Delta table at a version. Its data files are resolved with deltalake,
after the checks every read of a store makes (`DeltaStore.data_files`), and Spark's tasks read
them, each its share of the files, with Polars (`timeline.store.delta.read_data_files`), which
reaches object stores itself: Spark's own Delta and S3 readers need jars that are fetched from
a Maven repository, which a cluster without the internet does not reach.

The events are then grouped by subject (by a hash of it: a group holds every event of its
subjects), and each group is answered by the projections of a single machine
(`timeline.projections.registry.collect`), unchanged, through Arrow
(``groupBy("_group").applyInArrow``). Every projection answers each subject from that
subject's events alone, so the answers of all groups together are the single machine's. A
retraction or correction goes to the group of every subject it touches (its own, its
target's and its replacement's), so a fact withdrawn or replaced is withdrawn in its
subject's group whatever subject the withdrawal was filed under.

The answers come back as Polars frames of the single machine's types (`project`, `asof`), or
stay on the cluster as Spark DataFrames (`plan`), to be written where the cluster keeps its
tables.

Spark needs Java 17 or newer (``JAVA_HOME``, or ``java`` on the path) and ``pyspark``
(``pip install 'timeline[spark]'``); every worker needs ``timeline`` installed in the Python
it runs (``spark.pyspark.python``, by default this interpreter).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import polars as pl

from timeline._time import Instant
from timeline.errors import EngineUnavailable
from timeline.knowledge import CONTROL_KINDS
from timeline.log import conform, stored_schema
from timeline.projections.registry import PROJECTIONS, collect, reads
from timeline.state import State
from timeline.store import DeltaStore, open_store
from timeline.store.delta import read_data_files

if TYPE_CHECKING:
    import pyarrow as pa
    from polars._typing import PolarsDataType
    from pyspark.sql import DataFrame, SparkSession
    from pyspark.sql.types import StructType

__all__ = ["LocalCluster", "asof", "plan", "project", "session"]

_GROUP = "_group"  # the group a row is answered in: its subject's hash bucket (`_grouped`)
_PROJECTION = "_projection"  # the projection an answer's row is of (`_packed`)


def _pyspark() -> Any:
    """pyspark, imported, or `EngineUnavailable` saying how to install it."""
    try:
        import pyspark  # noqa: PLC0415 - only the Spark engine needs it
        import pyspark.sql.pandas.types  # noqa: PLC0415 - Arrow <-> Spark types
    except ImportError as exc:
        raise EngineUnavailable(
            "spark",
            f"pyspark cannot be imported ({exc})",
            "Install it: pip install 'timeline[spark]'.",
        ) from None
    return pyspark


def java_home() -> str:
    """The Java that Spark will run: ``JAVA_HOME``, else the one ``java`` on the path belongs
    to; `EngineUnavailable` when there is none."""
    home = os.environ.get("JAVA_HOME")
    if home and Path(home, "bin", "java").exists():
        return home
    java = shutil.which("java")
    if java is None:
        raise EngineUnavailable(
            "spark",
            "no Java runtime (JAVA_HOME is not set and `java` is not on the path)",
            "Install Java 17 or newer (Debian: apt-get install openjdk-17-jre-headless).",
        )
    return str(Path(java).resolve().parents[1])


@contextmanager
def session(
    master: str | None = None, *, config: Mapping[str, str] | None = None
) -> Iterator[SparkSession]:
    """A Spark session on ``master`` (a cluster's ``spark://host:port``; by default
    ``local[*]``, this machine's cores), stopped when the block ends.

    Its time zone is UTC (the log's instants are UTC), its workers run this Python
    interpreter (``spark.pyspark.python``) unless ``config`` says otherwise."""
    _pyspark()
    from pyspark.sql import SparkSession  # noqa: PLC0415

    os.environ.setdefault("JAVA_HOME", java_home())
    # NOTE: the Python workers of this machine start from the environment, whatever the
    # session's configuration says: without it, `python3` (without pyarrow, or timeline)
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    settings = {
        "spark.sql.session.timeZone": "UTC",
        "spark.pyspark.python": sys.executable,
        "spark.pyspark.driver.python": sys.executable,
        "spark.ui.enabled": "false",
        "spark.sql.shuffle.partitions": "8",
        "spark.sql.execution.arrow.maxRecordsPerBatch": "100000",
        **(config or {}),
    }
    builder = SparkSession.builder.master(master or "local[*]").appName("timeline")
    for key, value in settings.items():
        builder = builder.config(key, value)
    try:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", "PySpark does not yet fully", FutureWarning)
            spark = builder.getOrCreate()
        spark.sparkContext.setLogLevel("ERROR")
    except Exception as exc:  # a JVM that does not start, a master that does not answer
        raise EngineUnavailable(
            "spark", str(exc).splitlines()[0][:300], "Check the master's address and Java."
        ) from None
    try:
        yield spark
    finally:
        spark.stop()


# --- types: Spark has no unsigned integers, no Categorical, and takes plain strings ---------


#: Spark's integers are signed: each unsigned one goes into the next wider signed one (a UInt64
#: above 2^63 would not fit; the log's are counts and sequence numbers far below).
_SIGNED: dict[type[pl.DataType], pl.DataType] = {
    pl.UInt8: pl.Int16(),
    pl.UInt16: pl.Int32(),
    pl.UInt32: pl.Int64(),
    pl.UInt64: pl.Int64(),
}


def _sparkable(given: PolarsDataType) -> pl.DataType:
    """A Polars type Spark can hold for ``given`` (Arrow's types Spark reads)."""
    dtype = given() if isinstance(given, type) else given
    if isinstance(dtype, (pl.Categorical, pl.Enum)):
        return pl.String()
    if type(dtype) in _SIGNED:
        return _SIGNED[type(dtype)]
    if isinstance(dtype, (pl.Datetime, pl.Duration)):
        zone = "UTC" if isinstance(dtype, pl.Datetime) and dtype.time_zone else None
        return pl.Datetime("us", zone) if isinstance(dtype, pl.Datetime) else pl.Duration("us")
    if isinstance(dtype, (pl.List, pl.Array)):
        return pl.List(_sparkable(dtype.inner))
    if isinstance(dtype, pl.Struct):
        return pl.Struct({f.name: _sparkable(f.dtype) for f in dtype.fields})
    return dtype


def _spark_schema(schema: pl.Schema) -> tuple[StructType, pa.Schema]:
    """The Spark schema of frames of ``schema`` (cast `_sparkable`), and the Arrow schema
    Spark expects batches of it in."""
    from pyspark.sql.pandas.types import from_arrow_schema, to_arrow_schema  # noqa: PLC0415

    empty = pl.DataFrame(schema={n: _sparkable(t) for n, t in schema.items()})
    struct = from_arrow_schema(empty.to_arrow(compat_level=pl.CompatLevel.oldest()).schema)
    return struct, to_arrow_schema(struct, timezone="UTC")


def _to_spark(frame: pl.DataFrame, arrow: pa.Schema) -> pa.Table:
    """``frame`` as Spark takes it: `_sparkable` types, cast to the declared Arrow schema."""
    sparkable = frame.cast({n: _sparkable(t) for n, t in frame.schema.items()})
    return sparkable.to_arrow(compat_level=pl.CompatLevel.oldest()).cast(arrow)


# --- the log on Spark -----------------------------------------------------------------------


def _events(
    spark: SparkSession, store: DeltaStore, version: int | None, names: Sequence[str]
) -> tuple[DataFrame, DataFrame]:
    """The events the projections ``names`` read, as a Spark DataFrame: the store's data files
    at ``version`` read by Spark's tasks (`read_data_files`), only those kinds and columns;
    and every event's id and subject, read apart (two columns of the files: where the
    withdrawals' targets are looked up, `_grouped`)."""
    _, uris, schema = store.data_files(version)
    kinds, used = reads(names)
    columns = [c for c in schema if c in used]
    # a task a file (after `DeltaStore.optimize`, files of 2 MiB; an ingest's, up to 64)
    paths = spark.createDataFrame([(u,) for u in uris], "path string")
    paths = paths.repartition(max(1, len(uris)))
    options = dict(store.storage_options)
    events = _read(paths, schema, options, columns, kinds)
    return events, _read(paths, schema, options, ["event_id", "subject"])


def _read(
    paths: DataFrame,
    schema: pl.Schema,
    options: Mapping[str, str],
    columns: Sequence[str],
    kinds: Iterable[str] | None = None,
) -> DataFrame:
    """The ``columns`` of the events (of ``kinds``) in the data files ``paths`` names, each
    task reading its files with Polars (which reads those columns alone)."""
    read = conform(pl.LazyFrame(schema=schema)).select(columns).collect_schema()
    struct, arrow = _spark_schema(read)

    def read_files(batches: Iterator[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
        for batch in batches:
            lazy = conform(read_data_files(batch.column(0).to_pylist(), schema, options))
            if kinds is not None:
                lazy = lazy.filter(pl.col("kind").is_in(sorted(kinds)))
            yield from _to_spark(lazy.select(columns).collect(), arrow).to_batches()

    return paths.mapInArrow(read_files, struct)


def _grouped(events: DataFrame, owners: DataFrame, subject: str | None, buckets: int) -> DataFrame:
    """``events`` with the group each row is answered in (`_GROUP`): the hash bucket of its
    subject, and for a retraction or correction also of its target's and its replacement's
    subjects (one row a bucket), looked up in ``owners`` (every event's id and subject). With
    ``subject``, that subject's rows alone."""
    from pyspark.sql import functions as F  # noqa: N812, PLC0415 - Spark's idiom

    controls = events.filter(F.col("kind").isin(list(CONTROL_KINDS)))
    # the subjects of the events withdrawn and of the replacements: the few ids the controls
    # name, sent to every task, looked up in the log (never the log sent anywhere)
    named = (
        controls.select(F.col("target_event_id").alias("_id"))
        .unionByName(controls.select(F.col("replacement_event_id").alias("_id")))
        .where(F.col("_id").isNotNull())
        .distinct()
    )
    owners = F.broadcast(
        owners.select(F.col("event_id").alias("_id"), F.col("subject").alias("_owner")).join(
            F.broadcast(named), "_id"
        )
    )
    target, replacement = owners.alias("t"), owners.alias("r")
    touched = (
        controls.join(target, controls["target_event_id"] == F.col("t._id"), "left")
        .join(replacement, controls["replacement_event_id"] == F.col("r._id"), "left")
        .withColumn("_subject", F.array("subject", "t._owner", "r._owner"))
        .drop("_id", "_owner")
    )
    facts = events.filter(~F.col("kind").isin(list(CONTROL_KINDS)))
    rows = facts.withColumn("_subject", F.array("subject")).unionByName(touched)
    rows = rows.withColumn("_subject", F.explode(F.array_distinct("_subject")))
    rows = rows.filter(F.col("_subject").isNotNull())
    if subject is not None:
        rows = rows.filter(F.col("_subject") == subject)
    bucket = F.pmod(F.xxhash64("_subject"), F.lit(buckets))
    # a withdrawal touching two subjects of one bucket goes there once
    return rows.withColumn(_GROUP, bucket).drop("_subject").dropDuplicates(["event_id", _GROUP])


#: The schema of each projection's answer, by name.
Answers = dict[str, pl.Schema]


def _answers(names: Sequence[str], at: Any, known_at: Any, options: Mapping[str, Any]) -> Answers:
    """The schema of each projection's answer (that of an empty log's)."""
    empty = collect(_no_events(), at, known_at, names, **options)
    return {name: frame.schema for name, frame in empty.items()}


def _no_events() -> pl.LazyFrame:
    return pl.LazyFrame(schema=stored_schema())


def _packed_schema(answers: Answers) -> pl.Schema:
    """One schema for the answers of several projections, one row each: the projection's name
    (`_PROJECTION`), then every projection's columns, each named ``<projection>__<column>``
    (a row of one projection holds nulls in the others')."""
    columns: dict[str, pl.DataType] = {_PROJECTION: pl.String()}
    for name, schema in answers.items():
        columns.update({f"{name}__{c}": t for c, t in schema.items()})
    return pl.Schema(columns)


def _packed(frames: Mapping[str, pl.DataFrame], schema: pl.Schema) -> pl.DataFrame:
    """The answers ``frames`` in one frame of the `_packed_schema` ``schema``."""
    rows = [
        frame.select(pl.all().name.prefix(f"{name}__")).with_columns(
            pl.lit(name).alias(_PROJECTION)
        )
        for name, frame in frames.items()
        if frame.height
    ]
    held = pl.concat(rows, how="diagonal_relaxed") if rows else pl.DataFrame()
    return held.select(
        pl.col(c) if c in held.columns else pl.lit(None, t).alias(c) for c, t in schema.items()
    )


def _unpacked(packed: pl.DataFrame, answers: Answers) -> dict[str, pl.DataFrame]:
    """Each projection's answer, from the packed rows of all of them (`_packed`), in the
    single machine's types and order (by query point and subject; each subject's rows in the
    projection's own order)."""
    frames = {}
    for name, schema in answers.items():
        mine = packed.filter(pl.col(_PROJECTION) == name).select(
            pl.col(f"{name}__{c}").alias(c) for c in schema
        )
        mine = mine.cast(schema)
        order = [c for c in ("at", "known_at", "subject") if c in schema]
        frames[name] = mine.sort(order, maintain_order=True, nulls_last=True) if order else mine
    return frames


def plan(
    spark: SparkSession,
    store: DeltaStore | str | Path,
    at: Instant | Sequence[Instant],
    names: Iterable[str] | None = None,
    *,
    known_at: Instant | Sequence[Instant] | None = None,
    subject: str | None = None,
    version: int | None = None,
    buckets: int | None = None,
    **options: Any,
) -> DataFrame:
    """The named projections (all of `PROJECTIONS` by default) as one Spark DataFrame over
    the store's log, not yet run. The events are grouped by subject, in ``buckets`` groups
    (hashes of the subject; by default four a core of the cluster): each group, every event
    of its subjects, is answered on the cluster by every projection in one pass, as one
    machine answers them (`timeline.projections.registry.collect`). With ``subject``, that
    subject's events alone. ``options`` are the projections' (``staleness_days``,
    ``tolerance``).

    NOTE: not a group a subject: the projections answer a group in one vectorised pass
    whose fixed cost (a plan, its read) is about 15 ms, against microseconds a subject in
    it; 5,000 groups of 20 events took 89 s on one core, 8 groups of all of them 2 s.

    Its rows are the answers' rows: a column ``_projection`` names the projection, and
    projection ``p``'s column ``c`` is ``p__c`` (`project` brings them back apart). Write it
    where the cluster keeps its tables, or filter it to one projection's rows and columns.
    """
    planned, _ = _planned(
        spark, store, at, names,
        known_at=known_at, subject=subject, version=version, buckets=buckets, options=options,
    )  # fmt: skip
    return planned


def _planned(
    spark: SparkSession,
    store: DeltaStore | str | Path,
    at: Instant | Sequence[Instant],
    names: Iterable[str] | None,
    *,
    known_at: Instant | Sequence[Instant] | None,
    subject: str | None,
    version: int | None,
    buckets: int | None,
    options: Mapping[str, Any],
) -> tuple[DataFrame, Answers]:
    """`plan`, and the schema of each projection's answer (`_answers`)."""
    st = store if isinstance(store, DeltaStore) else open_store(store)
    chosen = list(PROJECTIONS) if names is None else list(names)
    answers = _answers(chosen, at, known_at, options)  # ArgumentInvalid for a name unknown
    parallel = int(spark.sparkContext.defaultParallelism)
    events, owners = _events(spark, st, version, chosen)
    grouped = _grouped(events, owners, subject, buckets or 4 * parallel)
    schema = _packed_schema(answers)
    struct, arrow = _spark_schema(schema)

    def answer(group: pa.Table) -> pa.Table:
        events = conform(pl.DataFrame(group.drop_columns([_GROUP])))
        frames = collect(events, at, known_at, chosen, **options)
        return _to_spark(_packed(frames, schema), arrow)

    with warnings.catch_warnings():
        # NOTE: pyspark 4 warns, defining an Arrow function, that it does not fully support
        # pandas 3; no pandas runs here
        warnings.filterwarnings("ignore", "PySpark does not yet fully", FutureWarning)
        return grouped.groupBy(_GROUP).applyInArrow(answer, struct), answers


def project(
    spark: SparkSession,
    store: DeltaStore | str | Path,
    at: Instant | Sequence[Instant],
    names: Iterable[str] | None = None,
    *,
    known_at: Instant | Sequence[Instant] | None = None,
    subject: str | None = None,
    version: int | None = None,
    buckets: int | None = None,
    **options: Any,
) -> dict[str, pl.DataFrame]:
    """The named projections run on the cluster (`plan`) and brought back: the frames
    `Timeline.project` gives on one machine, of the same types."""
    planned, answers = _planned(
        spark, store, at, names,
        known_at=known_at, subject=subject, version=version, buckets=buckets, options=options,
    )  # fmt: skip
    return _unpacked(pl.DataFrame(planned.toArrow()), answers)


def asof(
    spark: SparkSession,
    store: DeltaStore | str | Path,
    at: Instant,
    known_at: Instant | None = None,
    *,
    subject: str | None = None,
    only: Iterable[str] | None = None,
    version: int | None = None,
    **options: Any,
) -> State:
    """The whole picture as of ``at`` (`Timeline.asof`), every projection (or ``only`` the
    named ones) run on the cluster."""
    from timeline.front import _state  # noqa: PLC0415 - the front imports this module's users

    frames = project(
        spark, store, at, only, known_at=known_at, subject=subject, version=version, **options
    )
    return _state(at, known_at, subject, frames)


# --- a small standalone cluster on this machine, for tests and benchmarks ------------------


class LocalCluster:
    """A standalone Spark cluster on 127.0.0.1: a master and ``workers`` worker processes
    (each a JVM of its own, as on separate machines), started on entering and stopped on
    leaving. ``master`` is its URL for `session`.

    Not ``local[*]``: tasks cross processes and the network stack, as on a real cluster.
    """

    def __init__(self, workers: int = 2, *, cores: int = 1, memory: str = "2g") -> None:
        self.workers, self.cores, self.memory = workers, cores, memory
        self.master = ""
        self._procs: list[subprocess.Popen[bytes]] = []
        self._dir = ""

    def __enter__(self) -> LocalCluster:
        pyspark = _pyspark()
        home = Path(pyspark.__file__).parent
        self._dir = tempfile.mkdtemp(prefix="timeline-spark-")
        env = {
            **os.environ,
            "JAVA_HOME": java_home(),
            "SPARK_HOME": str(home),
            "SPARK_LOCAL_IP": "127.0.0.1",
            "SPARK_LOG_DIR": self._dir,
            "PYSPARK_PYTHON": sys.executable,
        }
        port = _free_port()
        self.master = f"spark://127.0.0.1:{port}"
        launcher = str(home / "bin" / "spark-class")
        self._start(
            env,
            [launcher, "org.apache.spark.deploy.master.Master"],
            ["--host", "127.0.0.1", "--port", str(port), "--webui-port", str(_free_port())],
            "master",
        )
        for w in range(self.workers):
            work = Path(self._dir, f"worker-{w}")
            self._start(
                env,
                [launcher, "org.apache.spark.deploy.worker.Worker", self.master],
                [
                    "--host",
                    "127.0.0.1",
                    "--cores",
                    str(self.cores),
                    "--memory",
                    self.memory,
                    "--webui-port",
                    str(_free_port()),
                    "--work-dir",
                    str(work),
                ],
                f"worker-{w}",
            )
        self._wait_for_workers()
        return self

    @property
    def config(self) -> dict[str, str]:
        """A session's settings for this cluster (`session`'s ``config``): its driver on
        127.0.0.1 too, and executors that fit in a worker's memory."""
        return {
            "spark.driver.host": "127.0.0.1",
            "spark.driver.bindAddress": "127.0.0.1",
            "spark.executor.memory": self.memory,
            "spark.executor.cores": str(self.cores),
        }

    def executors(self, spark: SparkSession, timeout: float = 60) -> int:
        """How many executors ``spark`` has on this cluster, once one per worker has
        registered (or ``timeout`` seconds have passed)."""
        deadline = time.monotonic() + timeout
        while True:
            # the driver's own block manager is in the list: not an executor
            found = int(spark.sparkContext._jsc.sc().getExecutorMemoryStatus().size()) - 1
            if found >= self.workers or time.monotonic() > deadline:
                return found
            time.sleep(0.5)

    def _start(
        self, env: Mapping[str, str], command: list[str], args: list[str], name: str
    ) -> None:
        with Path(self._dir, f"{name}.log").open("wb") as log:  # the process keeps its own
            self._procs.append(
                subprocess.Popen([*command, *args], env=dict(env), stdout=log, stderr=log)
            )

    def _wait_for_workers(self, timeout: float = 120) -> None:
        """Until every worker has registered with the master (its log says so)."""
        deadline = time.monotonic() + timeout
        master_log = Path(self._dir, "master.log")
        while time.monotonic() < deadline:
            text = master_log.read_text(errors="replace") if master_log.exists() else ""
            if text.count("Registering worker") >= self.workers:
                return
            if any(p.poll() is not None for p in self._procs):
                break
            time.sleep(0.5)
        self.__exit__(None, None, None)
        raise EngineUnavailable(
            "spark",
            f"the local cluster did not start ({self.workers} workers expected)",
            f"Its logs were in {self._dir}.",
        )

    def __exit__(self, *exc: object) -> None:
        for proc in reversed(self._procs):
            proc.terminate()
        for proc in self._procs:
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
        self._procs.clear()


def _free_port() -> int:
    import socket  # noqa: PLC0415

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])
