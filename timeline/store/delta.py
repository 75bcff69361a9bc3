"""The durable event store: a Delta Lake table through ``deltalake`` (delta-rs).

One table, ``<root>/events``, in the log schema of `timeline.log`. Each append is one Delta
commit, so it lands whole or not at all; every earlier table version stays readable (time
travel with ``version=``). Local folders and object-store URLs (``s3://``, ``gs://``, ``az://``)
go through the same code; ``storage_options`` pass credentials to delta-rs.

Writers on one machine are serialised by a lock file beside the table (``<root>/.write.lock``),
because the log assigns gap-free sequence numbers and delta-rs has reported lost commits with
concurrent local writers. Writers on an object store, on any number of machines, take no lock:
each append commits the table version after the one it read its sequence numbers from, or
nothing, and then starts over (`DeltaStore.append`). That rests on the store writing a commit
file only if none is there: Google Cloud and Azure storage always do; for S3, delta-rs 1.x
uses S3's conditional writes (``If-None-Match``, AWS since 2024, MinIO, R2), which
`storage_defaults` turns on (``conditional_put=etag``) unless the options choose otherwise.

Every commit carries ``writer=timeline`` in its commit metadata. `verify` and `load` treat any
other commit that changes data (an UPDATE, DELETE, MERGE or untagged WRITE by another tool) as
corruption, and so are a Delta log that cannot be read and data files that are missing or not
the size the log recorded. Beside the table, ``ledger.json`` keeps the last commit (a lost log
file cannot take it along) and ``checksums.jsonl`` the CRC-32 of every data file written, so
that a file edited in place, same size and still readable, is refused on `load` rather than
served. A checkpoint every 50 commits, and after every `DeltaStore.optimize`, keeps opening
the table fast.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import re
import time
import zlib
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from itertools import chain
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import polars as pl
from deltalake import CommitProperties, DeltaTable, WriterProperties
from deltalake.exceptions import CommitFailedError, DeltaError

from timeline.errors import (
    ArgumentInvalid,
    StoreContended,
    StoreCorrupt,
    StoreLockTimeout,
    StoreNotFound,
    StoreUnusable,
    TimelineError,
)
from timeline.events import EventBase
from timeline.log import (
    STRUCTURE_COLUMNS,
    AppendReport,
    EventLog,
    Problem,
    VerifyReport,
    conform,
    prepare_append,
    record_time,
    structure_problems,
    verify_batches,
)
from timeline.store.articles import ArticleTable

if TYPE_CHECKING:
    from timeline.store.ids import IdFilter
    from timeline.store.prices import PriceTable

__all__ = ["DeltaStore", "read_data_files", "storage_defaults"]

WRITER_TAG = {"writer": "timeline"}
CHECKPOINT_EVERY = 50
# commits: the ids' filter is saved on these, caught up in between
# NOTE: not more often: a 10M store's filter is 32 MiB, 30-40 ms to write (64 MiB and 50-80
# ms before it was sized to the log), and saving it every 10th commit set the 95th percentile
# of 100-event appends to 116 ms; a process that opens a filter saved 49 commits ago reads the
# ids of those commits' small files once
_SAVE_IDS_EVERY = 50
_ID_BATCH = 1_000_000  # ids read at once into the filter (`_id_filter`)
# `optimize`: files of about this size, each in row groups of this many rows, sorted by subject
# (the statistics of a file and of each row group then skip all but one subject's few rows).
# NOTE: a subject's read checksums the whole of each file that may hold it (`_files_of`):
# 16 MiB files cost 6 ms of CRC-32 a read, 2 MiB files under 1 ms; the 1M synthetic log
# makes 32 of them rather than 4, which opening and appending do not notice.
OPTIMIZED_FILE_BYTES = 2 * 1024 * 1024
OPTIMIZED_ROW_GROUP_ROWS = 8192
# The table's properties, set when it is created (and by `optimize` on a table made before).
# Delta's statistics (each file's least and greatest values, in the Delta log) only of the
# columns read from them: `subject` (a subject's files, `_files_of`), `seq` and `recorded_at`
# (the sequence and the ledger, `_vouched`, `_tail`), `reported_at` (time windows, for readers
# that prune on them). NOTE: of all 63 columns, the log's checkpoint after `optimize` of 10M
# events is 0.57 MB and opening the table takes 4.3 ms, 1.9 ms with these four; the data
# files keep Parquet's own statistics of every column.
TABLE_CONFIGURATION = {"delta.dataSkippingStatsColumns": "subject,seq,recorded_at,reported_at"}
# operations that never change what the table holds
_HARMLESS = frozenset({"OPTIMIZE", "VACUUM START", "VACUUM END", "SET TBLPROPERTIES"})


# the casts Polars' Delta reader allows between a file's types and the table's (`_scan_files`)
_DELTA_CASTS = pl.ScanCastOptions(
    integer_cast="upcast",
    float_cast=["upcast", "downcast"],
    datetime_cast=("nanosecond-downcast", "millisecond-upcast", "convert-timezone"),
    missing_struct_fields="insert",
    extra_struct_fields="ignore",
)


class _TableCreated(Exception):
    """The table this append would have created was created by another writer first."""


# An object store's append that another writer beat to its version (`DeltaStore.append`): the
# commit file was there (CommitFailedError), or, for the first commit, the table was.
_LOST_RACE = (CommitFailedError, _TableCreated)

_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def read_data_files(
    uris: Sequence[str], schema: pl.Schema, storage_options: Mapping[str, str] | None = None
) -> pl.LazyFrame:
    """Data files of a table of plain Parquet files, as timeline writes them (reader protocol
    1, no partition columns), read in the table's ``schema`` as Polars' Delta reader reads
    them: a column a file lacks is null, and the casts it allows. For `DeltaStore.scan`, and
    for another engine's tasks, each reading its share of `DeltaStore.data_files`."""
    return pl.scan_parquet(
        list(uris),
        schema=schema,
        missing_columns="insert",
        extra_columns="ignore",
        cast_options=_DELTA_CASTS,
        storage_options=dict(storage_options) if storage_options else None,
    )


def _first_line(exc: BaseException) -> str:
    """An error of the Rust libraries in one line: its first lines (a chain of causes, drawn
    with arrows and colours) joined."""
    lines = [_ANSI.sub("", line).strip(" ↳:") for line in str(exc).splitlines()]
    return "; ".join([line for line in lines if line][:3])[:300] or type(exc).__name__


def _crc32(path: Path) -> int:
    crc = 0
    with path.open("rb") as f:
        while chunk := f.read(1 << 22):
            crc = zlib.crc32(chunk, crc)
    return crc


def _batches(lf: pl.LazyFrame, size: int = 2_000_000) -> Iterator[pl.DataFrame]:
    """The rows of ``lf`` in order, ``size`` at a time, from Polars' streaming engine (its
    ``collect_batches`` is marked unstable: without it, one collect, then slices)."""
    collect_batches = getattr(lf, "collect_batches", None)
    if collect_batches is not None:
        yield from collect_batches(chunk_size=size)
        return
    frame = lf.collect()
    for start in range(0, frame.height, size):
        yield frame.slice(start, size)


def _is_url(uri: str) -> bool:
    return "://" in uri  # file:// is made a plain path when the store is opened


_STATS_TEXT = 32  # characters: delta-rs may cut longer text statistics short


def _files_of(actions: pl.DataFrame, subject: str | None) -> list[str]:
    """The data files of these add actions that may hold events of ``subject`` (all of
    them without one), in their order: those whose statistics admit it, and those without
    statistics."""
    if subject is None or not {"min.subject", "max.subject"} <= set(actions.columns):
        return actions.get_column("path").to_list()
    low, high = pl.col("min.subject"), pl.col("max.subject")
    admits = (
        low.is_null()
        | high.is_null()
        | (high.str.len_chars() >= _STATS_TEXT)
        | ((low <= subject) & (high >= subject))
    )
    return actions.filter(admits).get_column("path").to_list()


# NOTE: the verdict on each commit of a table read in this process, by table (its location
# and Delta id): (the last version read, the foreign commits up to it). A commit never
# changes once written (the Delta protocol's), so opening a table reads only the commits
# after those already judged: the history of the 1M store's 102 commits takes 2.4 ms to read,
# its last one 0.2. `verify` reads the whole history every time.
_VERDICTS: dict[tuple[str, str], tuple[int, tuple[tuple[int, Problem], ...]]] = {}
# the checksums recorded beside each store read in this process, by the record's path: the
# bytes last parsed, and what they record (`DeltaStore._recorded_checksums`)
_RECORDED: dict[str, tuple[bytes, Mapping[str, int]]] = {}


def _verdict(entry: Mapping[str, Any]) -> tuple[int, Problem] | None:
    """A commit of the history (``entry``) that changed data without being made by timeline,
    with its version; None for one of timeline's own, or one that changes no data."""
    op = str(entry.get("operation", "?"))
    ours = entry.get("writer") == WRITER_TAG["writer"]
    if op in _HARMLESS or (ours and op in ("WRITE", "CREATE TABLE")):
        return None
    at = int(entry.get("version", 0))
    detail = f"table version {entry.get('version')} ({op}) was not written by timeline"
    return at, Problem("foreign-commit", detail)


def storage_defaults(uri: str, given: Mapping[str, str] | None) -> dict[str, str]:
    """``given`` storage options, with what safe concurrent commits on ``uri`` need: on S3,
    conditional writes (``conditional_put=etag``), unless the options or the environment name
    another way (a ``conditional_put`` of their own, or ``AWS_S3_ALLOW_UNSAFE_RENAME``).

    >>> storage_defaults("s3://desk/news", {"AWS_REGION": "eu-west-1"})
    {'AWS_REGION': 'eu-west-1', 'conditional_put': 'etag'}
    >>> storage_defaults("/data/news", None)
    {}
    """
    options = dict(given or {})
    if not uri.startswith(("s3://", "s3a://")):
        return options
    named = {k.lower().removeprefix("aws_") for k in (*options, *os.environ)}
    if not named & {"conditional_put", "s3_allow_unsafe_rename"}:
        options["conditional_put"] = "etag"
    return options


class DeltaStore:
    """An append-only event log kept in a Delta Lake table.

    Parameters
    ----------
    uri
        A local folder (created on first append) or an object-store URL.
    storage_options
        Passed to delta-rs for object stores (credentials, region, endpoint; also read from
        the ``AWS_*``, ``GOOGLE_*`` and ``AZURE_*`` variables), with `storage_defaults`.
    lock_timeout
        Seconds to wait for another local writer before `StoreLockTimeout`, or on an object
        store to keep trying while other writers commit first before `StoreContended`.

    Examples
    --------
    >>> import tempfile
    >>> from timeline.events import PriceTarget
    >>> store = DeltaStore(tempfile.mkdtemp())
    >>> pt = PriceTarget(subject="BABA", firm="JPMorgan", value=230, source_id="a",
    ...                  reported_at="2025-12-06")
    >>> print(store.append([pt]))
    1 new, 0 already present (table version 0)
    >>> print(store.append([pt]))
    0 new, 1 already present
    >>> store.load().frame.select("seq", "firm", "value").rows()
    [(1, 'JPMorgan', 230.0)]
    """

    def __init__(
        self,
        uri: str | Path,
        *,
        storage_options: Mapping[str, str] | None = None,
        lock_timeout: float = 60.0,
    ) -> None:
        text = str(uri)
        if text.startswith("file://"):  # file:///data/store is the local folder /data/store
            text = text.removeprefix("file://") or "/"
        self.uri = text.rstrip("/") if _is_url(text) else str(Path(text).expanduser().resolve())
        self.table_uri = f"{self.uri}/events"
        self.storage_options = storage_defaults(self.uri, storage_options)
        self.lock_timeout = lock_timeout
        self._ids: IdFilter | None = None  # the event ids' filter, kept between appends

    def __repr__(self) -> str:
        return f"DeltaStore({self.uri!r})"

    @property
    def articles(self) -> ArticleTable:
        """Where each article of the log came from (`timeline.store.articles`)."""
        return ArticleTable(self.uri, self.storage_options)

    @property
    def prices(self) -> PriceTable:
        """The daily price bars kept beside the log (`timeline.store.prices`)."""
        from timeline.store.prices import PriceTable  # noqa: PLC0415 - only when prices are asked

        return PriceTable(self.uri, self.storage_options)

    # --- reading ---------------------------------------------------------------------------

    def exists(self) -> bool:
        """Whether the table has been created (by a first append)."""
        if not _is_url(self.uri) and Path(self.uri).is_file():
            raise StoreUnusable(
                self.uri, "it is a file", "Pass --store with a folder (new or holding a store)."
            )
        try:
            return bool(DeltaTable.is_deltatable(self.table_uri, self.storage_options or None))
        except (DeltaError, OSError) as exc:
            raise StoreUnusable(
                self.uri,
                _first_line(exc),
                "Check the URL and the credentials (storage_options, or the AWS_* variables).",
            ) from None

    def _table(self) -> DeltaTable:
        # NOTE: opened first, asked whether it exists only when that fails (`exists` lists the
        # Delta log once more: 0.4 ms of every read)
        try:
            return DeltaTable(self.table_uri, storage_options=self.storage_options or None)
        except (DeltaError, OSError) as exc:
            if not self.exists():
                raise StoreNotFound(self.uri) from None
            detail = _first_line(exc)
            raise StoreCorrupt(self.uri, [f"the Delta log cannot be read: {detail}"]) from None

    def _refuse(self, problems: Sequence[Problem]) -> None:
        """Raise `StoreCorrupt` listing ``problems``, if there are any."""
        if problems:
            raise StoreCorrupt(self.uri, [str(p) for p in problems])

    @contextmanager
    def _reading(self) -> Iterator[None]:
        """Turn a data file that cannot be read (a Parquet error, or a panic of the Rust
        reader on a truncated file) into `StoreCorrupt`, which points to `verify`."""
        try:
            yield
        except BaseException as exc:  # pyo3's PanicException is a BaseException
            readable = (pl.exceptions.PolarsError, DeltaError, OSError)
            if isinstance(exc, _LOST_RACE):
                raise  # not damage: another writer committed first (`append` starts over)
            if not isinstance(exc, readable) and type(exc).__name__ != "PanicException":
                raise
            try:  # say which file, when a size check can tell (only on failure: it costs)
                found = [str(p) for p in chain(*self._file_problems(None))]
            except TimelineError:
                found = []
            detail = f"the table cannot be read: {_first_line(exc)}"
            raise StoreCorrupt(self.uri, found or [detail]) from None

    def reported_at_of(self, source_ids: Sequence[str]) -> dict[str, dt.datetime]:
        """When each of these sources (articles) was first reported, for those the store holds."""
        if not source_ids or not self.exists():
            return {}
        with self._reading():
            self._refuse(self._size_problems(self._actions(None)[1]))
            rows = (
                self._scan(None)
                .filter(pl.col("source_id").is_in(list(source_ids)))
                .group_by("source_id")
                .agg(pl.col("reported_at").min())
                .collect()
            )
        return dict(rows.iter_rows())

    def _history_problems(
        self, version: int | None = None, latest: DeltaTable | None = None, *, seen: bool = False
    ) -> list[Problem]:
        """Commits (up to ``version``) that changed data without being made by timeline.
        ``latest``: the table opened at its latest version, when the caller has it. With
        ``seen``, the verdicts on commits this process has already read are reused
        (`_verdicts`): only the newer commits are read."""
        table = latest or self._table()
        top = int(table.version())
        key = (self.table_uri, str(table.metadata().id))
        known, verdicts = _VERDICTS.get(key, (-1, ())) if seen else (-1, ())
        if known > top:  # not the table this process read before: read it all
            known, verdicts = -1, ()
        if known < top:
            entries = table.history(top - known) if known >= 0 else table.history()
            fresh = [_verdict(e) for e in entries if int(e.get("version", 0)) > known]
            verdicts = (*verdicts, *(v for v in reversed(fresh) if v is not None))
            _VERDICTS[key] = (top, verdicts)
        # newest first, as the history lists them
        return [p for at, p in reversed(verdicts) if version is None or at <= version]

    def version(self) -> int | None:
        """The latest table version, or ``None`` before the first append."""
        return int(self._table().version()) if self.exists() else None

    def _check_version(self, version: int | None, table: DeltaTable | None = None) -> int:
        """``version`` checked, or the latest when it is ``None``. ``table``: the table opened
        at its latest version, when the caller has it."""
        latest = int((table or self._table()).version())
        if version is None:
            return latest
        if isinstance(version, bool) or not isinstance(version, int) or not 0 <= version <= latest:
            accepted = f"a table version from 0 to {latest} (`timeline history` lists them)"
            raise ArgumentInvalid("version", version, accepted)
        return version

    def history(self) -> list[dict[str, Any]]:
        """The table's commits, newest first (version, timestamp, operation)."""
        return list(self._table().history())

    def scan(self, version: int | None = None, *, subject: str | None = None) -> pl.LazyFrame:
        """The log as a LazyFrame, at the latest or a given table version, checked; with
        ``subject``, only that subject's events.

        Filters on it are pushed down to the Parquet files (a subject or date filter does not
        read the whole log). Raises `StoreCorrupt` when a data file is missing, resized or
        edited, a commit was lost or not written by timeline, or the sequence, ids and
        references are broken; run `verify` for the full check that recomputes every hash.

        What opening costs does not grow with the log when timeline wrote every data file
        (`_vouched`): the sequence is then checked on the Delta log's statistics, and with
        ``subject`` only the files whose statistics admit the subject are checksummed and
        scanned (the others are not opened: after `optimize`, one or two small files).
        Otherwise the structure's columns of every event are read and checked
        (`timeline.log.structure_problems`).
        """
        table, actions = self._checked(version, subject)
        if subject is None:
            return self._scan(table)
        # NOTE: only the files whose statistics admit the subject are scanned: the Parquet
        # reader does not open the others' footers (a table sorted by `optimize`)
        return self._scan(table, _files_of(actions, subject)).filter(pl.col("subject") == subject)

    def data_files(self, version: int | None = None) -> tuple[int, list[str], pl.Schema]:
        """The table version (the latest by default), its data files' URIs and its schema,
        once checked as `scan` checks them: what another engine reads (`timeline.spark`),
        with `read_data_files`."""
        table, _ = self._checked(version)
        return int(table.version()), list(table.file_uris()), pl.Schema(table.schema())

    def _checked(
        self, version: int | None, subject: str | None = None
    ) -> tuple[DeltaTable, pl.DataFrame]:
        """`_checked_files`, and the sequence, ids and references checked unless vouched for
        (`_vouched`)."""
        table, actions = self._checked_files(version, subject)
        if not self._vouched(actions):
            with self._reading():
                keys = self._scan(table).select(STRUCTURE_COLUMNS).collect()
            self._refuse(structure_problems(keys))
        return table, actions

    def _checked_files(
        self, version: int | None, subject: str | None = None
    ) -> tuple[DeltaTable, pl.DataFrame]:
        """The table at ``version`` (pinned: later appends are not seen) and its add actions,
        once its files and commits are checked (with ``subject``, the checksums of the files
        that may hold it only); no row is read."""
        table = self._table()  # opened once: the Delta log is read once
        self._check_version(version, table)
        foreign = self._history_problems(version, table, seen=True)
        table, actions = self._actions(version, table)
        unreadable, edited = self._file_problems(version, (table, actions), subject)
        self._refuse(unreadable + edited + foreign)
        return table, actions

    def _vouched(self, actions: pl.DataFrame) -> bool:
        """Whether the sequence, ids and references need no read to be trusted: every data
        file was written by timeline (`append` or `optimize`, which check them before they
        write, and record the file's checksum) and the Delta log's statistics show every
        sequence number from 1 to the last once (as many rows as the last ``seq``). A file
        of a store written otherwise (an object store: no checksums), or whose commit's
        checksums were never recorded, and any commit lost from the log, fail this."""
        if _is_url(self.uri) or not actions.height or "max.seq" not in actions.columns:
            return False
        first, last, rows = actions.select(
            pl.col("min.seq").min(), pl.col("max.seq").max(), pl.col("num_records").sum()
        ).row(0)
        if first != 1 or last is None or rows != last:
            return False
        return set(actions.get_column("path").to_list()) <= self._recorded_checksums().keys()

    def _scan(
        self, table: DeltaTable | int | None, files: Collection[str] | None = None
    ) -> pl.LazyFrame:
        """The rows of ``table`` (opened at its version) or of a table version, lazily;
        ``files``: only those of its data files (paths relative to the table), for a table."""
        if isinstance(table, DeltaTable):
            return conform(self._scan_files(table, files))
        lf = pl.scan_delta(
            self.table_uri, version=table, storage_options=self.storage_options or None
        )
        return conform(lf)

    def _scan_files(self, table: DeltaTable, files: Collection[str] | None = None) -> pl.LazyFrame:
        """The data files of ``table`` (opened at its version) as one Parquet scan, when the
        table is a local one of plain Parquet files, as timeline writes it: reader protocol 1
        (no deletion vectors, no column mapping) and no partition columns. Other tables go
        through Polars' Delta reader.

        NOTE: the Delta reader answers the same from the same files, but it loads pyarrow and
        numpy on its first read (0.2 s of every `timeline asof`); the files, the schema and
        the casts allowed are those it would give the Parquet reader.
        """
        plain = table.protocol().min_reader_version == 1 and not table.metadata().partition_columns
        if _is_url(self.uri) or not plain:
            return pl.scan_delta(table)
        uris = table.file_uris()
        if files is not None:  # in the table's order, as the files' own list has them
            uris = [f"{self.table_uri}/{rel}" for rel in files]
        return read_data_files(uris, pl.Schema(table.schema()))

    def load(self, version: int | None = None) -> EventLog:
        """The whole log in memory, at the latest or a given table version, checked as `scan`
        checks it."""
        table, _ = self._checked_files(version)
        with self._reading():
            log = EventLog.from_frame(self._scan(table))
        self._refuse(structure_problems(log.lazy().select(STRUCTURE_COLUMNS).collect()))
        return log

    def verify(self, version: int | None = None) -> VerifyReport:
        """Recompute every hash and check sequence numbers, times and references.

        A data file that is missing, or whose size differs from what the Delta log recorded
        (truncated or rewritten), is reported as a ``storage`` problem rather than raised.
        """
        try:
            self._check_version(version)
            missing_or_resized, edited = self._file_problems(version)
            foreign = self._history_problems(version)
        except StoreCorrupt as exc:
            return VerifyReport(0, tuple(Problem("storage", p) for p in exc.problems))
        if missing_or_resized:
            return VerifyReport(events_checked=0, problems=tuple(missing_or_resized + foreign))
        foreign += edited  # an edited file still reads: read on, to name the events
        try:  # in batches: a store's log is checked without holding all of it in memory
            report = verify_batches(_batches(self._scan(version)))
        except (pl.exceptions.PolarsError, OSError) as exc:
            detail = f"the table cannot be read: {exc}".splitlines()[0]
            return VerifyReport(events_checked=0, problems=(Problem("storage", detail),))
        return VerifyReport(report.events_checked, tuple(foreign) + report.problems)

    # --- the ledger: what the Delta log should hold, kept where a lost log file cannot take it

    @property
    def _ledger(self) -> Path:
        return Path(self.uri) / "ledger.json"

    def _write_ledger(self, version: int, last_seq: int) -> None:
        """Record the last commit beside the table (written whole, then renamed into place)."""
        if _is_url(self.uri):
            return
        temp = self._ledger.with_suffix(".tmp")
        temp.write_text(json.dumps({"version": version, "last_seq": last_seq}), "utf-8")
        temp.replace(self._ledger)

    def _ledger_problems(self, table: DeltaTable, actions: pl.DataFrame) -> list[Problem]:
        """Commits the ledger saw that the Delta log no longer has (a lost or emptied log
        file) and, when there are such, the data files no commit of the log refers to (they
        held the lost events). ``actions``: the table's add actions."""
        if _is_url(self.uri) or not self._ledger.is_file():
            return []
        ledger = json.loads(self._ledger.read_text("utf-8"))
        next_seq, _ = self._tail(table, actions)
        if int(table.version()) >= int(ledger["version"]) and next_seq - 1 >= ledger["last_seq"]:
            return []  # files in no commit are then a killed writer's leftovers, not lost data
        problems = [
            Problem(
                "lost-commit",
                f"the Delta log ends at version {table.version()} with events up to seq "
                f"{next_seq - 1}, but version {ledger['version']} was committed with events "
                f"up to seq {ledger['last_seq']}: a log file was deleted, emptied or "
                "edited; restore it from a backup",
            )
        ]
        for path in self._unreferenced_files(set(actions.get_column("path").to_list())):
            problems.append(
                Problem(
                    "orphan-file",
                    f"data file {path} is in no commit of the Delta log: its commit was lost "
                    "(or an outside writer left it)",
                )
            )
        return problems

    def _unreferenced_files(self, snapshot: set[str]) -> list[Path]:
        """Data files no commit of the log names. Files outside the snapshot are looked up in
        the commit files' add and remove actions (an UPDATE's rewritten file is removed, not
        orphaned); the commit files are read only when such a file exists."""
        named = set(snapshot)
        root = Path(self.table_uri)
        outside = [
            path
            for path in sorted(root.glob("**/*.parquet"))
            if "_delta_log" not in path.parts and path.relative_to(root).as_posix() not in named
        ]
        if not outside:
            return []
        for commit in (root / "_delta_log").glob("*.json"):
            for line in commit.read_text("utf-8").splitlines():
                action = json.loads(line) if line.strip() else {}
                named.update(action[k]["path"] for k in ("add", "remove") if k in action)
        return [path for path in outside if path.relative_to(root).as_posix() not in named]

    def _file_problems(
        self,
        version: int | None,
        opened: tuple[DeltaTable, pl.DataFrame] | None = None,
        subject: str | None = None,
    ) -> tuple[list[Problem], list[Problem]]:
        """Local data files that are missing or not the size the Delta log recorded, and at
        the latest version lost commits and orphaned files (`_ledger_problems`): problems that
        stop a read; then the files that are not the bytes written (`_checksum_problems`),
        which still read. Checksums are compared only when every size is right, and with
        ``subject`` only for the files that may hold it (`_files_of`). ``opened``: the table
        and its add actions at ``version``, when the caller has them."""
        if _is_url(self.uri):
            return [], []  # object stores check sizes and checksums themselves
        table, actions = opened or self._actions(version)
        problems = [] if version is not None else self._ledger_problems(table, actions)
        resized = self._size_problems(actions)
        if resized:
            return problems + resized, []
        return problems, self._checksum_problems(set(_files_of(actions, subject)))

    # --- checksums: a data file edited in place, same size, is caught on opening -----------

    def _actions(
        self, version: int | None, table: DeltaTable | None = None
    ) -> tuple[DeltaTable, pl.DataFrame]:
        """The table at ``version`` (the latest by default) and its data files' add actions
        (``table``, opened at the latest version, is moved to ``version``)."""
        table = table or self._table()
        if version is not None:
            table.load_as_version(version)
        return table, pl.DataFrame(table.get_add_actions(flatten=True))

    @property
    def _checksums(self) -> Path:
        return Path(self.uri) / "checksums.jsonl"

    def _added_by(self, version: int) -> list[str]:
        """The data files (paths relative to the table) that commit ``version`` added."""
        commit = Path(self.table_uri) / "_delta_log" / f"{version:020d}.json"
        return [
            action["add"]["path"]
            for line in commit.read_text("utf-8").splitlines()
            if line.strip() and "add" in (action := json.loads(line))
        ]

    def _record_checksums(self, version: int, added: Sequence[str]) -> None:
        """Append the CRC-32 of each data file commit ``version`` added (``added``; one line
        per commit, so an append costs the same however long the log is)."""
        if _is_url(self.uri):
            return
        files = {rel: _crc32(Path(self.table_uri) / rel) for rel in added}
        line = json.dumps({"version": version, "files": files}) + "\n"
        with self._checksums.open("a+b") as out:
            out.seek(0, 2)
            if out.tell():  # a line torn by a killed writer ends here: start a new one
                out.seek(-1, 2)
                line = ("" if out.read(1) == b"\n" else "\n") + line
            out.write(line.encode("utf-8"))

    def _recorded_checksums(self) -> Mapping[str, int]:
        """The checksum recorded for each data file (of every commit whose line is whole).

        NOTE: the record is read every time, and parsed again only when its bytes differ from
        those this process parsed last (kept in `_RECORDED`): a read of a subject asks for it
        twice (`_checksum_problems`, `_vouched`), and parsing the 102 lines of the 10M
        store's took 0.3 ms of each; comparing the bytes, microseconds."""
        if _is_url(self.uri):
            return {}
        try:
            held = self._checksums.read_bytes()
        except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
            return {}
        path = str(self._checksums)
        kept = _RECORDED.get(path)
        if kept is not None and kept[0] == held:
            return kept[1]
        recorded: dict[str, int] = {}
        for line in held.decode("utf-8").splitlines():
            try:
                recorded.update(json.loads(line)["files"])
            except (ValueError, KeyError):
                continue  # a line torn by a killed writer
        frozen = MappingProxyType(recorded)
        _RECORDED[path] = (held, frozen)
        return frozen

    def _checksum_problems(self, files: set[str]) -> list[Problem]:
        """Those of ``files`` whose bytes are not those written. Files of a commit whose
        checksums were never recorded (a writer killed between its commit and this record)
        are not checked."""
        recorded = self._recorded_checksums()
        problems = []
        for rel in sorted(files & recorded.keys()):
            path = Path(self.table_uri) / rel
            if _crc32(path) != recorded[rel]:
                detail = (
                    f"data file {path} is not the bytes that were written (its checksum "
                    "differs): it was edited in place"
                )
                problems.append(Problem("storage", detail))
        return problems

    def _size_problems(self, actions: pl.DataFrame) -> list[Problem]:
        """Data files of these add actions that are missing or not the size recorded (one
        ``stat`` per file: cheap enough to run before every append).

        NOTE: one ``os.stat`` of the path as text per file; `Path.exists` then `Path.stat`
        made two, each through pathlib: 1.5 ms of every read of the 311 files of an
        optimized 10M store, 0.3 this way (one `Path.stat` alone: 1.1)."""
        problems: list[Problem] = []
        if _is_url(self.uri):
            return problems
        root = f"{Path(self.table_uri)}{os.sep}"
        for rel, size in actions.select("path", "size_bytes").iter_rows():
            try:
                found = os.stat(root + rel).st_size  # noqa: PTH116  (see NOTE)
            except (FileNotFoundError, NotADirectoryError):
                problems.append(Problem("storage", f"data file {Path(root + rel)} is missing"))
                continue
            if found != size:
                detail = (
                    f"data file {Path(root + rel)} is {found} bytes, the Delta log recorded "
                    f"{size}: it was truncated or rewritten"
                )
                problems.append(Problem("storage", detail))
        return problems

    # --- writing ---------------------------------------------------------------------------

    @contextmanager
    def _write_lock(self) -> Iterator[None]:
        if _is_url(self.uri):
            yield
            return
        try:
            Path(self.uri).mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreUnusable(
                self.uri,
                exc.strerror or _first_line(exc),
                "Pass --store with a folder you can write to.",
            ) from None
        # NOTE: imported here: it takes 5-20 ms to load and only writers need it (`timeline
        # asof` starts without it)
        from filelock import FileLock, Timeout  # noqa: PLC0415

        lock = FileLock(str(Path(self.uri) / ".write.lock"), timeout=self.lock_timeout)
        try:
            with lock:
                yield
        except Timeout:
            raise StoreLockTimeout(self.uri, self.lock_timeout) from None

    @property
    def _ids_path(self) -> Path:
        return Path(self.uri) / "ids.bloom"

    def _id_filter(self, table: DeltaTable, actions: pl.DataFrame) -> IdFilter:
        """The ids' filter, caught up with every data file of the table: the one in memory,
        else the one saved beside the table, else one built from a full read of the ids."""
        # NOTE: imported here: its numpy takes a tenth of a second to load, and only appends
        # need it (`timeline asof` starts without it)
        from timeline.store.ids import IdFilter  # noqa: PLC0415

        files = set(actions.get_column("path").to_list()) if actions.height else set()
        kept = self._ids
        if kept is None and not _is_url(self.uri):
            kept = IdFilter.load(self._ids_path)
        if kept is None or kept.full:
            rows = int(actions.get_column("num_records").sum()) if actions.height else 0
            # a quarter more than the log holds: the filter is rebuilt when it fills
            kept = IdFilter.empty(capacity=rows + rows // 4 + 100_000)
            ids: pl.LazyFrame | None = pl.scan_delta(table).select("event_id")
        elif missing := sorted(files - kept.covers):
            paths = [f"{self.table_uri}/{rel}" for rel in missing]
            new = pl.scan_parquet(paths, storage_options=self.storage_options or None)
            ids, files = new.select("event_id"), set(missing)
        else:
            ids = None
        if ids is not None:
            # NOTE: a million ids at a time: the ids of a 10M log are 1 GB as strings, and
            # their filter positions (88 bytes an id) several times that
            for batch in _batches(ids, size=_ID_BATCH):
                kept.add(batch.to_series())
            kept.add([], files)  # covered once every id is in
        self._ids = kept
        return kept

    def _existing(
        self, table: DeltaTable | None, actions: pl.DataFrame | None
    ) -> Callable[[Sequence[str]], Collection[str]]:
        """Which of a batch's ids the table holds: the ids' filter rules most out, the maybe-
        present ones are looked up exactly."""
        if table is None or actions is None:
            return lambda ids: set()
        ids_filter = self._id_filter(table, actions)

        def existing(ids: Sequence[str]) -> Collection[str]:
            maybe = [i for i, hit in zip(ids, ids_filter.maybe(ids), strict=True) if hit]
            return self._existing_in(table, maybe)

        return existing

    def _remember(self, added: pl.DataFrame, files: Sequence[str], version: int) -> None:
        """Add a commit's ids and data ``files`` to the filter (saved beside the table every
        few commits: one that lags behind catches up from the newer files)."""
        if self._ids is None or _is_url(self.uri):
            return
        self._ids.add(added.get_column("event_id"), files)
        if version % _SAVE_IDS_EVERY == 0:
            self._ids.save(self._ids_path)

    @staticmethod
    def _existing_in(table: DeltaTable | None, ids: Sequence[str]) -> Collection[str]:
        """Which of ``ids`` the table holds (reads the event_id column only)."""
        if not ids or table is None:
            return set()
        hits = pl.scan_delta(table).select("event_id").filter(pl.col("event_id").is_in(list(ids)))
        return set(hits.collect().get_column("event_id").to_list())

    @staticmethod
    def _tail(
        table: DeltaTable | None, actions: pl.DataFrame | None = None
    ) -> tuple[int, dt.datetime | None]:
        """The next sequence number and the last recorded_at, from the Delta log's file stats.

        Reading statistics avoids scanning the table on every append; a table whose files carry
        no statistics is scanned instead.
        """
        if table is None:
            return 1, None
        if actions is None:
            actions = pl.DataFrame(table.get_add_actions(flatten=True))
        if {"max.seq", "max.recorded_at"} <= set(actions.columns) and actions.height:
            seq, recorded = actions.select(
                pl.col("max.seq").max(), pl.col("max.recorded_at").max()
            ).row(0)
            if seq is not None:
                when = recorded if isinstance(recorded, dt.datetime) else None
                if when is not None:
                    # statistics keep milliseconds: bound the true value from above
                    when = when.astimezone(dt.UTC) + dt.timedelta(microseconds=999)
                return int(seq) + 1, when
        row = pl.scan_delta(table).select(pl.col("seq").max(), pl.col("recorded_at").max())
        seq, recorded = row.collect().row(0)
        return (int(seq) + 1 if seq is not None else 1), recorded

    def append(
        self,
        events: Iterable[EventBase | Mapping[str, Any]],
        *,
        recorded_at: dt.datetime | None = None,
        allow_future: bool = False,
    ) -> AppendReport:
        """Append ``events`` in one atomic commit; those already present are skipped. An event
        reported after now is refused (`ReportFromTheFuture`) unless ``allow_future``.

        On an object store, writers take no lock: each append commits the version after the
        one it read, or nothing (`_append_once`), and when another writer committed first it
        reads the table again and starts over, for up to ``lock_timeout`` seconds
        (`StoreContended`)."""
        items = list(events)
        if not _is_url(self.uri):
            with self._write_lock(), self._reading():
                return self._append_once(items, recorded_at, allow_future)
        started, attempts = time.monotonic(), 0
        while True:
            attempts += 1
            try:
                with self._reading():
                    return self._append_once(items, recorded_at, allow_future)
            except _LOST_RACE:
                waited = time.monotonic() - started
                if waited >= self.lock_timeout:
                    raise StoreContended(self.uri, waited, attempts) from None
                # NOTE: a random pause, growing: writers that lost to each other do not all
                # come back at the same moment
                time.sleep(random.uniform(0, min(1.0, 0.05 * 2 ** min(attempts, 5))))

    def _append_once(
        self,
        items: list[EventBase | Mapping[str, Any]],
        recorded_at: dt.datetime | None,
        allow_future: bool,
    ) -> AppendReport:
        """One attempt at `append`. The sequence numbers and the duplicates are those of the
        table version read here, and the commit is that version's next or nothing: on an object
        store, delta-rs writes the commit file only if it does not exist (put-if-absent), with
        no retry at a later version (which would keep numbers computed from an older one)."""
        table = self._table() if self.exists() else None  # opened once per append
        actions = pl.DataFrame(table.get_add_actions(flatten=True)) if table else None
        if actions is not None:
            self._refuse(self._size_problems(actions))
        next_seq, last = self._tail(table, actions)
        added, dups = prepare_append(
            items,
            existing=self._existing(table, actions),
            next_seq=next_seq,
            recorded_at=record_time(last, recorded_at),
            allow_future=allow_future,
        )
        if added.is_empty():
            return AppendReport(0, len(dups), None, None)
        tag = {**WRITER_TAG, "first_seq": str(next_seq), "events": str(added.height)}
        remote = _is_url(self.uri)
        read = int(table.version()) if table is not None else -1
        try:
            added.write_delta(
                table if remote and table is not None else self.table_uri,
                # the first commit creates the table, or nothing: a table another writer
                # created meanwhile would take this batch at its next version, numbered as if
                # the log were empty
                mode="append" if table is not None else "error",
                storage_options=self.storage_options or None,
                delta_write_options={
                    "schema_mode": "merge",
                    "commit_properties": CommitProperties(
                        custom_metadata=tag, max_commit_retries=0 if remote else None
                    ),
                    **({"configuration": TABLE_CONFIGURATION} if table is None else {}),
                },
            )
        except DeltaError as exc:
            if table is None and "already exists" in str(exc):
                raise _TableCreated(str(exc)) from None
            raise
        # the version read, and ours the next (an object store's writers take no lock: the
        # table opened now may already hold a later writer's commit)
        version = read + 1
        if version % CHECKPOINT_EVERY == 0 and version:
            checkpointed = self._table()
            checkpointed.load_as_version(version)
            checkpointed.create_checkpoint()
        files = [] if remote else self._added_by(version)  # read once
        self._record_checksums(version, files)
        self._remember(added, files, version)
        self._write_ledger(version, next_seq + added.height - 1)
        return AppendReport(added.height, len(dups), version, next_seq)

    # --- maintenance -----------------------------------------------------------------------

    def optimize(self) -> int:
        """Rewrite the data files sorted by subject, in files of `OPTIMIZED_FILE_BYTES` and
        row groups of `OPTIMIZED_ROW_GROUP_ROWS` rows; returns the new table version.

        Appends add one small file each; a subject's events end up spread over all of them.
        After this, one subject's events are in one small file (two at a boundary) and a few
        row groups, which a subject's read (`scan` with ``subject``) finds from the
        statistics: it checksums and opens that file alone.
        It is Delta's OPTIMIZE (z-order on ``subject``): a commit that changes no event,
        every earlier version stays readable, and appends go on as before. It reads and
        rewrites the whole log, so run it now and then, not after every append. The store is
        checked first (as `scan` checks it) and refused when damaged; the new files'
        checksums are recorded, and a checkpoint of the new version written.
        """
        with self._write_lock(), self._reading():
            self.scan()  # a damaged store is refused, not rewritten into trusted files
            table, actions = self._actions(None)
            ids_filter = self._id_filter(table, actions)  # caught up: the ids do not change
            if any(
                table.metadata().configuration.get(k) != v for k, v in TABLE_CONFIGURATION.items()
            ):
                table.alter.set_table_properties(
                    TABLE_CONFIGURATION,
                    commit_properties=CommitProperties(custom_metadata=WRITER_TAG),
                )  # a table made before them: the rewritten files follow them
            table.optimize.z_order(
                ["subject"],
                target_size=OPTIMIZED_FILE_BYTES,
                writer_properties=WriterProperties(
                    max_row_group_size=OPTIMIZED_ROW_GROUP_ROWS, compression="SNAPPY"
                ),
                commit_properties=CommitProperties(custom_metadata=WRITER_TAG),
            )
            table.update_incremental()  # our commit is the next version: we hold the lock
            version = int(table.version())
            # NOTE: always a checkpoint: opening the table then reads the new files' list
            # alone, not the last checkpoint's and the commit that replaced them all (2.3 ms
            # rather than 3.9 to open the 1M store after it)
            table.create_checkpoint()
            files = [] if _is_url(self.uri) else self._added_by(version)
            self._record_checksums(version, files)
            if not _is_url(self.uri):
                ids_filter.add([], files)  # the same ids, in new files
                ids_filter.save(self._ids_path)
            next_seq, _ = self._tail(table)
            self._write_ledger(version, next_seq - 1)
            return version
