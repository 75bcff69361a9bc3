"""Run the benchmark and write ``benchmarks/RESULTS.md``.

    .venv/bin/python -m benchmarks.run                      # 1M and 10M events
    .venv/bin/python -m benchmarks.run --sizes 1000000      # 1M only
    .venv/bin/python -m benchmarks.run --quick              # after changing a projection
    .venv/bin/python -m benchmarks.run --cold-start         # `timeline asof` from a 1M store

``--quick`` asks the four questions of the 1M log of timeline and of DuckDB at its best only,
once each, answers cross-checked, and writes ``benchmarks/data/quick.md`` (not RESULTS.md).
``--cold-start`` times the whole command ``timeline asof`` in fresh processes and writes
``benchmarks/data/cold-start.md``.

Each (size, engine, question) runs in a fresh subprocess, so its peak memory (max RSS) is its
own. Answers of every engine are compared with timeline's before anything is timed. The
event-by-event replay is timed on every question but the daily series, where it is timed on
its first 30 days and scaled to the whole period (said so in the table).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from importlib.metadata import version
from importlib.util import cache_from_source
from pathlib import Path
from typing import Any

import polars as pl
from deltalake import CommitProperties, DeltaTable, write_deltalake
from polars.testing import assert_frame_equal

from benchmarks.engines import ENGINES, PREPARE, QUESTIONS, answer
from benchmarks.synthetic import generate, with_content_ids
from timeline import KINDS
from timeline.extract import RuleExtractor
from timeline.extract.text import forget_sentences
from timeline.front import Timeline
from timeline.log import EventLog
from timeline.sources import load_articles
from timeline.store import DeltaStore
from timeline.store.delta import TABLE_CONFIGURATION, WRITER_TAG

ROOT = Path(__file__).resolve().parent
DATA = ROOT / "data"
AT = dt.date(2024, 6, 30)
SERIES = (dt.date(2016, 1, 1), dt.date(2025, 12, 31))
REPLAY_DAYS = 30
COLD_RUNS = 7  # fresh processes per command of the cold start: a start varies more than a query


def _rss() -> int:
    """This process's resident memory now, in bytes (Linux /proc)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return 0


class _PeakSampler(threading.Thread):
    """Samples resident memory every 5 ms while a question runs."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak = 0
        self.stop = False

    def run(self) -> None:
        while not self.stop:
            self.peak = max(self.peak, _rss())
            time.sleep(0.005)


def _log(size: int) -> Path:
    """The cached synthetic log of ``size`` events (generated once, seed 0)."""

    DATA.mkdir(exist_ok=True)
    path = DATA / f"log-{size}.parquet"
    if not path.exists():
        generate(size, seed=0).write_parquet(path)
    return path


# --- one measurement, in its own process -----------------------------------------------------


def measure(size: int, engine: str, question: str, repeat: int) -> dict[str, Any]:

    log = pl.read_parquet(_log(size))
    rss_loaded = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    start, end = (AT, None) if question != "daily" else SERIES
    scaled = 1.0
    window = _window(size, engine, question)
    if window:
        end = SERIES[0] + dt.timedelta(days=window - 1)
        scaled = ((SERIES[1] - SERIES[0]).days + 1) / window
    held = PREPARE[engine](log)  # the engine's own form of the log, as its users keep it
    del log  # only the engine's own form stays in memory while it answers
    times = []
    before = _rss()
    sampler = _PeakSampler()
    sampler.start()
    for _ in range(1 if engine == "replay" else repeat):
        began = time.perf_counter()
        ENGINES[engine](held, question, start, end)  # the engine alone; no normalising sort
        times.append(time.perf_counter() - began)
    sampler.stop = True
    sampler.join()
    return {
        "size": size,
        "engine": engine,
        "question": question,
        "seconds": statistics.median(times) * scaled,
        "runs": len(times),
        "scaled": scaled != 1.0,
        "peak_rss": max(sampler.peak, before),
        "rss_before": before,
        "rss_after_load": rss_loaded,
        **(_held_sizes(held) if engine == "polars" else {}),
    }


def _held_sizes(log: EventLog) -> dict[str, int]:
    """The log as timeline holds it, in bytes: every Arrow buffer (a string's 16-byte view
    included, which Polars' ``estimated_size`` leaves out; `EventLog.nbytes`), and that
    estimate (of its `frame`, whose columns without a value are literals, not buffers)."""
    return {"log_bytes": log.nbytes, "log_estimated": log.frame.estimated_size()}


def _window(size: int, engine: str, question: str) -> int | None:
    """Days the slow engines are timed on for the daily series (then scaled to the period)."""
    if question != "daily":
        return None
    if engine == "replay":
        return REPLAY_DAYS
    if engine == "duckdb":  # its answer a row per day: the full ten years spilled 55 GB to
        return 90  # disk at 1M events and was stopped (duckdb-native answers in intervals)
    if engine == "pandas" and size > 1_000_000:
        return 365
    return None


def _subprocess(size: int, engine: str, question: str, repeat: int) -> dict[str, Any]:
    cmd = [
        sys.executable,
        "-m",
        "benchmarks.run",
        "--one",
        str(size),
        engine,
        question,
        str(repeat),
    ]
    out = subprocess.run(cmd, check=False, capture_output=True, text=True, cwd=ROOT.parent)
    if out.returncode != 0:  # an engine that cannot answer is a result too
        why = "killed: out of memory" if out.returncode == -9 else f"failed ({out.returncode})"
        return {"size": size, "engine": engine, "question": question, "failed": why}
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


# --- checks before timing ---------------------------------------------------------------------


def check_agreement(size: int) -> list[str]:
    """Every engine's answers equal timeline's (the daily series on a 30-day window).

    The replay is cross-checked up to 1M events; beyond, its answers take minutes each.
    """

    log = pl.read_parquet(_log(size))
    notes = []
    for question in QUESTIONS:
        start, end = (AT, None) if question != "daily" else (AT, AT + dt.timedelta(days=29))
        reference = answer("polars", log, question, start, end)
        for engine in ENGINES:
            if engine == "polars" or (engine == "replay" and size > 1_000_000):
                continue
            got = answer(engine, log, question, start, end)
            assert_frame_equal(reference, got, check_exact=False, rel_tol=1e-9)
        notes.append(f"{question}: {reference.height} rows, all engines equal")
    return notes


# --- store and extraction ---------------------------------------------------------------------


class _Steps:
    """The store benchmark's steps, in order, each timed with its peak resident memory; a step
    that fails is recorded as failed (its error in one line) and the steps after it that need
    what it made are skipped, so the report says how far the run got rather than dying."""

    def __init__(self) -> None:
        self.done: dict[str, dict[str, Any]] = {}
        self.failed: str | None = None

    def run(self, name: str, step: Callable[[], Any]) -> Any:
        """``step()``'s result, or None when it or an earlier step failed."""
        if self.failed is not None:
            self.done[name] = {"skipped": f"after {self.failed} failed"}
            return None
        sampler = _PeakSampler()
        before = _rss()
        sampler.start()
        began = time.perf_counter()
        try:
            result = step()
        except Exception as exc:  # the report says which step failed and why
            self.failed = name
            self.done[name] = {"failed": f"{type(exc).__name__}: {str(exc).splitlines()[0]}"}
            return None
        finally:
            sampler.stop = True
            sampler.join()
        self.done[name] = {
            "seconds": time.perf_counter() - began,
            "rss_before": before,
            "peak_rss": max(sampler.peak, before),
        }
        # what is done so far, a line each step: a parent whose child is killed still has it
        print(json.dumps({"steps": self.done}), flush=True)
        return result


def _fresh_rows() -> list[dict[str, Any]]:
    """10,000 new events (another seed of the generator) as a user hands them to `append`:
    their fields only, no id, sequence number or record time."""
    fresh = generate(10_000, seed=99).filter(pl.col("kind") != "retraction")
    fields = {n: set(cls.model_fields) for n, cls in KINDS.items()}
    log_fields = ("event_id", "seq", "recorded_at")
    return [
        {k: v for k, v in r.items() if v is not None and k in fields[r["kind"]]
         and k not in log_fields}
        for r in fresh.iter_rows(named=True)
    ]  # fmt: skip


def _timed_appends(store: DeltaStore, batches: list[list[dict[str, Any]]]) -> list[float]:
    times = []
    for batch in batches:
        t0 = time.perf_counter()
        store.append(batch)
        times.append(time.perf_counter() - t0)
    return times


def _p95(times: list[float]) -> float:
    return statistics.quantiles(times, n=20, method="inclusive")[-1] if len(times) > 1 else times[0]


def measure_store(size: int) -> dict[str, Any]:
    """The Delta store at ``size`` events, step by step: the log written in one commit (read
    and written in batches, in ``seq`` order, as an ingest leaves it); 10k appends in batches
    of 100; reopen; scan one subject; one subject's state before and after
    `DeltaStore.optimize`, and appends after it. Each step's time and peak resident memory
    are recorded; a failed step is reported, not raised (`_Steps`)."""

    folder = tempfile.mkdtemp(prefix="timeline-bench-")
    try:
        return _store_steps(size, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _store_steps(size: int, folder: str) -> dict[str, Any]:
    store = DeltaStore(folder)
    steps = _Steps()

    def write() -> None:
        # the synthetic log, sequence numbers and all, in one commit tagged as timeline's own
        # (as an ingest of it would be; a store refuses commits other writers made), streamed:
        # the whole log is never in memory at once
        stream = pl.scan_parquet(_log(size)).collect_batches(
            maintain_order=True, chunk_size=None, lazy=True
        )
        write_deltalake(
            store.table_uri,
            stream,  # type: ignore[arg-type]  # an Arrow stream
            target_file_size=64 * 1024 * 1024,
            configuration=TABLE_CONFIGURATION,
            commit_properties=CommitProperties(custom_metadata=WRITER_TAG),
        )
        store._record_checksums(0, store._added_by(0))  # as an append records them
        store._write_ledger(0, size)

    steps.run("initial write", write)
    rows = _fresh_rows()
    batches = [rows[i : i + 100] for i in range(0, len(rows), 100)]
    first = steps.run("first append (builds the ids' filter)", lambda: _timed_appends(
        store, batches[:1]))  # fmt: skip
    appends = steps.run("appends", lambda: _timed_appends(store, batches[1:]))
    reopen = steps.run("reopen", lambda: [_reopen(folder) for _ in range(5)])
    subject = steps.run("choose a subject", lambda: (
        pl.scan_parquet(_log(size)).group_by("subject").len()
        .sort("len", "subject", descending=[True, False]).collect().item(0, "subject")
    ))  # the best-covered subject (the first in order among equals)  # fmt: skip
    window = (dt.datetime(2024, 1, 1, tzinfo=dt.UTC), dt.datetime(2024, 12, 31, tzinfo=dt.UTC))

    def scan() -> tuple[list[float], int, str]:
        query = (
            DeltaStore(folder)
            .scan()
            .filter(pl.col("subject") == subject, pl.col("reported_at").is_between(*window))
        )
        times, rows = [], 0
        for _ in range(5):
            t0 = time.perf_counter()
            rows = query.collect().height
            times.append(time.perf_counter() - t0)
        return times, rows, query.explain()

    scanned = steps.run("scan one subject", scan)
    files = len(DeltaTable(store.table_uri).file_uris()) if steps.failed is None else None
    asofs = steps.run("as-of one subject", lambda: _asof_one_subject(folder, subject))
    steps.run("optimize", store.optimize)
    optimized = steps.run("as-of one subject after optimize", lambda: _asof_one_subject(
        folder, subject))  # fmt: skip
    again = [[{**r, "source_id": f"{r['source_id']}-again"} for r in b] for b in batches[:10]]
    after = steps.run("appends after optimize", lambda: _timed_appends(store, again))
    result: dict[str, Any] = {"size": size, "steps": steps.done, "failed": steps.failed}
    if first is not None and appends is not None:
        everything = first + appends
        result |= {
            "append_total_s": sum(everything),
            "append_median_batch_s": statistics.median(everything),
            "append_p95_batch_s": _p95(everything),
            "append_max_batch_s": max(everything),
            "first_append_s": first[0],
        }
    if reopen is not None:
        result["reopen_median_s"] = statistics.median(reopen)
    if scanned is not None:
        result |= {
            "scan_median_s": statistics.median(scanned[0]),
            "scan_rows": scanned[1],
            "pushdown": any(
                "SELECTION" in ln and "subject" in ln for ln in scanned[2].splitlines()
            ),
            "plan": scanned[2],
            "files": files,
        }
    if asofs is not None:
        result["asof_one_subject_s"] = statistics.median(asofs)
    if optimized is not None:
        result["asof_one_subject_optimized_s"] = statistics.median(optimized)
        result["optimized_files"] = len(DeltaTable(store.table_uri).file_uris()) - len(again)
    if after is not None:
        result["append_after_optimize_median_batch_s"] = statistics.median(after)
    result["peak_rss"] = max(
        (s["peak_rss"] for s in steps.done.values() if "peak_rss" in s), default=0
    )
    return result


def _reopen(folder: str) -> float:
    """Seconds to open the store and check it as a read does (its files, commits and
    sequence), without reading events."""
    t0 = time.perf_counter()
    DeltaStore(folder).scan()
    return time.perf_counter() - t0


def _store_subprocess(size: int) -> dict[str, Any]:
    """`measure_store` in a fresh process: its memory is its own, and a process killed (out of
    memory, say) is a result the report shows rather than the end of the run."""
    cmd = [sys.executable, "-m", "benchmarks.run", "--one-store", str(size)]
    out = subprocess.run(cmd, check=False, capture_output=True, text=True, cwd=ROOT.parent)
    lines = out.stdout.strip().splitlines()
    if out.returncode == 0:
        return dict(json.loads(lines[-1]))
    why = "killed: out of memory" if out.returncode == -9 else f"failed ({out.returncode})"
    steps = json.loads(lines[-1])["steps"] if lines else {}  # those done before it ended
    error = (out.stderr.strip().splitlines() or [""])[-1][:300]
    return {"size": size, "steps": steps, "killed": why, "error": error}


def _asof_one_subject(folder: str, subject: str, repeat: int = 7) -> list[float]:
    """Seconds of one subject's as-of state from the store as `timeline asof --subject` asks
    it, in a reader's fresh process (`_asof_times`).

    NOTE: not in this process: it has just written, appended to and optimized the store, and
    the memory its allocator frees (5.9 GiB at the peak of `optimize` at 10M) is handed back
    to the system over the next seconds, at the expense of whatever allocates meanwhile.
    Measured on the optimized 10M store after the 10M log was read into memory and dropped,
    the next 7 states took 142 ms of CPU each rather than 49, and 49 after a pause of 15 s."""
    cmd = [sys.executable, "-m", "benchmarks.run", "--one-asof", folder, subject, str(repeat)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=ROOT.parent)
    return [float(t) for t in json.loads(out.stdout.strip().splitlines()[-1])]


def _asof_times(folder: str, subject: str, repeat: int) -> list[float]:
    """`_asof_one_subject` in this process: each from a store opened anew (the Delta log read
    and the store checked each time)."""
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        Timeline.open(DeltaStore(folder), subject=subject).asof(AT, subject=subject)
        times.append(time.perf_counter() - t0)
    return times


def _verify_store(size: int) -> DeltaStore:
    """A Delta store of the synthetic log, every event with its true content id, as an ingest
    leaves it: one commit tagged as timeline's own, checksums and ledger recorded (cached in
    ``data/store-<size>``)."""

    folder = DATA / f"store-{size}"
    if not folder.exists():
        building = DATA / f"store-{size}.building"
        if building.exists():
            shutil.rmtree(building)
        store = DeltaStore(building)
        log = with_content_ids(pl.read_parquet(_log(size)))
        log.write_delta(
            store.table_uri,
            delta_write_options={
                "target_file_size": 64 * 1024 * 1024,
                "configuration": TABLE_CONFIGURATION,
                "commit_properties": CommitProperties(custom_metadata=WRITER_TAG),
            },
        )
        store._record_checksums(0, store._added_by(0))  # as an append records them
        store._write_ledger(0, log.height)
        building.rename(folder)
    return DeltaStore(folder)


def measure_verify(size: int, repeat: int) -> dict[str, Any]:
    """`DeltaStore.verify()` of the whole store: every hash recomputed, every check run."""

    store = _verify_store(size)
    load = float(Path("/proc/loadavg").read_text().split()[0])  # other work on the machine
    times = []
    before = _rss()
    sampler = _PeakSampler()
    sampler.start()
    for _ in range(repeat):
        began = time.perf_counter()
        report = store.verify()
        times.append(time.perf_counter() - began)
    sampler.stop = True
    sampler.join()
    return {
        "size": size,
        "seconds": statistics.median(times),
        "runs": len(times),
        "all_seconds": times,
        "events_checked": report.events_checked,
        "ok": report.ok,
        "problems": len(report.problems),
        "peak_rss": max(sampler.peak, before),
        "load_before": load,
        "store_bytes": sum(p.stat().st_size for p in Path(store.table_uri).glob("*.parquet")),
    }


def _verify_subprocess(size: int, repeat: int) -> dict[str, Any]:
    _verify_store(size)  # built here, untimed, so the measuring process only reads it
    cmd = [sys.executable, "-m", "benchmarks.run", "--one-verify", str(size), str(repeat)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=ROOT.parent)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def verify_lines(verifies: list[dict[str, Any]]) -> list[str]:
    """The report's section on `verify()`."""
    if not verifies:
        return []
    lines = [
        "## verify() of a Delta store",
        "",
        "`DeltaStore.verify()` of a store holding the synthetic log with true content ids "
        "(`synthetic.with_content_ids`), written in one commit as an ingest leaves it: file "
        "sizes, checksums, commits and the ledger checked, sequence, times and references "
        "checked, and every event's content hash recomputed and compared. Each size in a fresh "
        "process; median of the runs; the load average (1 minute) shows other work on the "
        "machine when the runs began.",
        "",
        "| events | data on disk | time | runs | result | peak RSS | load average before |",
        "| ---: | ---: | ---: | ---: | --- | ---: | ---: |",
    ]
    for v in verifies:
        result = "ok" if v["ok"] else f"{v['problems']} problem(s)"
        lines.append(
            f"| {v['size']:,} | {v['store_bytes'] / 2**20:,.0f} MiB | {_fmt(v['seconds'])} | "
            f"{v['runs']} | {v['events_checked']:,} events, {result} | "
            f"{v['peak_rss'] / 2**20:,.0f} MiB | {v['load_before']:.2f} |"
        )
    return [*lines, ""]


def _cold_runs(command: list[str], repeat: int) -> list[float]:
    """Wall-clock seconds of ``command`` in a fresh process, ``repeat`` times (output dropped:
    the command's own work, not a terminal's)."""
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, cwd=ROOT.parent)
        times.append(time.perf_counter() - began)
    return times


def measure_cold_start(size: int, repeat: int) -> list[dict[str, Any]]:
    """`timeline asof` of every subject and of one, each a fresh process from the start of the
    interpreter to its exit, on the store of `_verify_store`; and the import of the command
    line alone."""
    store = _verify_store(size).uri
    subject = pl.read_parquet(_log(size), columns=["subject"]).to_series().mode().sort().item(0)
    asof = [str(Path(sys.executable).with_name("timeline")), "asof", AT.isoformat()]
    runs = {
        f"timeline asof {AT} --store S": [*asof, "--store", store],
        f"timeline asof {AT} --store S --subject {subject}": [
            *asof, "--store", store, "--subject", subject
        ],
        'python -c "import timeline.cli"': [sys.executable, "-c", "import timeline.cli"],
    }  # fmt: skip
    compiled = _compiled()  # the environment is the same for every command
    if not compiled:
        print(
            "warning: the dependencies are not compiled to bytecode, so every start compiles "
            "them; run `python3 dev.py test` (or `.venv/bin/python -m compileall -qq .venv/lib`)",
            file=sys.stderr,
        )
    results = []
    for name, command in runs.items():
        load = float(Path("/proc/loadavg").read_text().split()[0])  # other work on the machine
        times = _cold_runs(command, repeat)
        results.append(
            {"size": size, "command": name, "seconds": statistics.median(times),
             "all_seconds": times, "load_before": load, "compiled": compiled}
        )  # fmt: skip
    return results


def _compiled() -> bool:
    """Whether the environment's packages are compiled to bytecode, as `dev.py` leaves them (a
    start that compiles polars and pydantic first takes 0.35 s longer)."""
    return Path(cache_from_source(pl.__file__)).exists()


def cold_start_lines(colds: list[dict[str, Any]]) -> list[str]:
    """The report's section on the cold start of `timeline asof`."""
    if not colds:
        return []
    lines = [
        "## Cold start of `timeline asof`",
        "",
        "The whole command in a fresh process, from the start of the interpreter to its exit "
        "(its output to /dev/null), on the store `--verify` reads (S: the synthetic log in one "
        f"commit), as of {AT}; median of the runs. The load average (1 minute) shows other "
        "work on the machine when the runs began. The environment is the one `python3 dev.py` "
        "sets up: its packages compiled to bytecode"
        + ("." if all(c.get("compiled", True) for c in colds) else " (NOT in this run)."),
        "",
        "| events | command | median | runs | load average before |",
        "| ---: | --- | ---: | --- | ---: |",
    ]
    for c in colds:
        shown = ", ".join(_fmt(t) for t in c["all_seconds"])
        lines.append(
            f"| {c['size']:,} | `{c['command']}` | {_fmt(c['seconds'])} | {shown} | "
            f"{c['load_before']:.2f} |"
        )
    return [*lines, ""]


def run_cold_start(size: int, repeat: int, out: Path) -> None:
    """Time the cold start at ``size`` events and write the section alone to ``out``."""
    colds = measure_cold_start(size, repeat)
    for c in colds:
        print(f"{c['command']}: median {_fmt(c['seconds'])}", flush=True)
    _write_section(out, "Cold start of `timeline asof`", "--cold-start", cold_start_lines(colds))
    print(f"wrote {out}", flush=True)


def _write_section(out: Path, title: str, option: str, lines: list[str]) -> None:
    """Write one section of the report alone to ``out``, with the command and machine."""
    head = [
        f"# {title}",
        "",
        f"Produced by `.venv/bin/python -m benchmarks.run {option}` on {dt.date.today()}.",
        f"Machine: {_machine()}.",
        "",
    ]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(head + lines))


def measure_extraction() -> dict[str, Any]:
    """Articles per second on one core: the seeds, the test and the held-out articles."""

    roots = [
        ROOT.parent / "seeds",
        ROOT.parent / "tests" / "articles",
        ROOT.parent / "tests" / "holdout",
    ]
    articles = load_articles(roots, progress=False).articles
    extractor = RuleExtractor()
    began = time.perf_counter()
    for article in articles:  # one pass compiles the patterns and builds exchange calendars
        extractor.extract(article)
    warm_up = time.perf_counter() - began
    rounds = 20
    began = time.perf_counter()
    for _ in range(rounds):
        forget_sentences()  # each round reads the articles as unseen: no memo from the last
        for article in articles:
            extractor.extract(article)
    elapsed = time.perf_counter() - began
    chars = sum(len(a.text) for a in articles) / len(articles)
    return {
        "articles": len(articles) * rounds,
        "seconds": elapsed,
        "per_second": len(articles) * rounds / elapsed,
        "mean_chars": chars,
        "warm_up_seconds": warm_up,
    }


# --- the report -------------------------------------------------------------------------------


def _machine() -> str:
    cpu = next(
        (
            ln.split(":", 1)[1].strip()
            for ln in Path("/proc/cpuinfo").read_text().splitlines()
            if ln.startswith("model name")
        ),
        platform.processor() or "unknown CPU",
    )
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    libs = ", ".join(f"{n} {version(n)}" for n in ("polars", "duckdb", "pandas", "deltalake"))
    return (
        f"{os.cpu_count()} cores ({cpu}), {mem:.0f} GiB; Python {platform.python_version()}; {libs}"
    )


def _fmt(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


def write_report(
    results: list[dict[str, Any]],
    stores: list[dict[str, Any]],
    extraction: dict[str, Any] | None,
    checks: dict[int, list[str]],
    out: Path,
    *,
    verifies: list[dict[str, Any]] | None = None,
    colds: list[dict[str, Any]] | None = None,
) -> None:
    lines = [
        "# Benchmark results",
        "",
        f"Produced by `.venv/bin/python -m benchmarks.run` on {dt.date.today()}.",
        f"Machine: {_machine()}.",
        "",
        "Synthetic logs from `benchmarks/synthetic.py` (seed 0): 5,000 subjects, 300 firms, 10 "
        "years, price targets 30%, ratings 20%, price moves 20%, news bursts around earnings, "
        "0.5% retractions. Point in time as of "
        f"{AT}; the daily series runs {SERIES[0]}..{SERIES[1]}. Median of repetitions; peak "
        "RSS is sampled every 5 ms while the engine answers (log and libraries included); "
        "'above the log' is that peak minus the resident size just before answering.",
        "",
        "Each engine holds the log in its own form before timing (`engines.PREPARE`), as its "
        "users keep data: timeline an `EventLog` (kind and closed sets Enums, names, labels "
        "and repeated or sparse text Categorical, only the columns that carry a value, "
        "different kinds' columns of one type in one, a column of one value held once, "
        "integers no wider than their values); "
        "`duckdb-native` a native DuckDB table of the "
        "twelve columns the questions read, asked with DuckDB's idiom for the latest row per "
        "group (`arg_max(value, struct_pack(valid_from, reported_at, seq))`, no window, no "
        "sort); `duckdb` the whole log registered as an Arrow view and asked with window "
        "functions (kept for comparison with earlier runs); pandas a frame of the needed "
        "columns with categorical keys. "
        "'vs timeline' above 1 means timeline is faster.",
        "",
    ]
    for size in sorted({r["size"] for r in results}):
        rows = [r for r in results if r["size"] == size]
        held = next(r for r in rows if "log_bytes" in r)
        lines += [
            f"## {size:,} events (log in memory as timeline holds it: "
            f"{held['log_bytes'] / 2**20:,.0f} MiB, {held['log_bytes'] / size:,.0f} bytes per "
            f"event; Polars' estimated_size of `EventLog.frame`, every column in its schema's "
            f"type, those without a value as literals, no string views: "
            f"{held['log_estimated'] / 2**20:,.0f} MiB)",
            "",
        ]
        lines += [f"- {c}" for c in checks.get(size, [])] + [""]
        lines += [
            "| question | engine | time | vs timeline | peak RSS while answering | above the log |",
            "| --- | --- | ---: | ---: | ---: | ---: |",
        ]
        for question in ("derived", "ratings", "price", "daily"):
            base = next(r for r in rows if r["question"] == question and r["engine"] == "polars")
            for r in [x for x in rows if x["question"] == question]:
                if "failed" in r:
                    lines.append(f"| {question} | {r['engine']} | {r['failed']} | - | - | - |")
                    continue
                ratio = r["seconds"] / base["seconds"]
                days = _window(r["size"], r["engine"], question)
                note = f" (first {days} days, scaled)" if r["scaled"] else ""
                lines.append(
                    f"| {question} | {r['engine']} | {_fmt(r['seconds'])}{note} | {ratio:.1f}x | "
                    f"{r['peak_rss'] / 2**20:,.0f} MiB | "
                    f"{(r['peak_rss'] - r['rss_before']) / 2**20:,.0f} MiB |"
                )
        lines.append("")
    for s in stores:
        lines += store_lines(s)
    lines += verify_lines(verifies or [])
    lines += cold_start_lines(colds or [])
    if extraction is not None:
        lines += [
            "## Extraction",
            "",
            f"- {extraction['per_second']:.0f} articles per second on one core "
            f"({extraction['articles']} extractions of articles averaging "
            f"{extraction['mean_chars']:.0f} characters in {extraction['seconds']:.2f} s)",
            "",
        ]
    lines += target_lines(results, stores, verifies or [], colds or [], extraction)
    lines += _kept_history(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines))


_HISTORY = "## Earlier runs"


def _kept_history(out: Path) -> list[str]:
    """The report's hand-written history of earlier runs, carried over from the file a new run
    replaces (a run measures; what the runs before it found is kept beside it)."""
    if not out.exists() or _HISTORY not in (old := out.read_text()):
        return []
    return [*old[old.index(_HISTORY) :].rstrip("\n").split("\n"), ""]


def target_lines(
    results: list[dict[str, Any]],
    stores: list[dict[str, Any]],
    verifies: list[dict[str, Any]],
    colds: list[dict[str, Any]],
    extraction: dict[str, Any] | None,
) -> list[str]:
    """Issue 14's targets beside this run's figures at the largest size measured (the cold
    start at 1M), each met or missed and by how much."""
    if not results:
        return []
    size = max(r["size"] for r in results)
    out = [
        f"## Against issue 14's targets ({size:,} events)",
        "",
        "| target | this run | |",
        "| --- | ---: | --- |",
    ]
    for target, value, limit, shown, least in _targets(
        size, results, stores=stores, verifies=verifies, colds=colds, extraction=extraction
    ):
        if value is None:
            out.append(f"| {target} | not measured | - |")
            continue
        met = value >= limit if least else value <= limit
        share = value / limit if least else limit / value
        out.append(f"| {target} | {shown} | {'met' if met else f'missed ({share:.2f} of it)'} |")
    return [*out, ""]


_Target = tuple[str, float | None, float, str, bool]  # what, measured, limit, shown, at least


def _targets(
    size: int,
    results: list[dict[str, Any]],
    *,
    stores: list[dict[str, Any]],
    verifies: list[dict[str, Any]],
    colds: list[dict[str, Any]],
    extraction: dict[str, Any] | None,
) -> list[_Target]:
    """Each of issue 14's targets as (what, measured, limit, as shown, whether at least)."""
    rows = {
        (r["engine"], r["question"]): r for r in results if r["size"] == size and "failed" not in r
    }
    found: list[_Target] = []
    for question, limit in (("derived", 0.5), ("ratings", 0.5), ("price", 0.5), ("daily", 3.0)):
        ours, peer = rows.get(("polars", question)), rows.get(("duckdb-native", question))
        if ours is None:
            continue
        ratio = peer["seconds"] / ours["seconds"] if peer else None
        shown = f"{ratio:.1f}x" if ratio else "-"
        found.append((f"{question}: 2x faster than DuckDB at its best", ratio, 2.0, shown, True))
        found.append(
            (f"{question}: {_fmt(limit)}", ours["seconds"], limit, _fmt(ours["seconds"]), False)
        )
    held = next((r for r in results if r["size"] == size and "log_bytes" in r), None)
    if held is not None:
        per_event = held["log_bytes"] / size
        found.append(
            ("log in memory: 100 bytes an event", per_event, 100, f"{per_event:.0f} bytes", False)
        )
        above = [
            r["peak_rss"] - r["rss_before"]
            for (e, q), r in rows.items()
            if e == "polars" and q != "daily"
        ]
        peak = (held["log_bytes"] + max(above)) / held["log_bytes"] if above else None
        found.append(
            (
                "peak memory of a single-date question: 2x the log",
                peak,
                2.0,
                f"{peak:.2f}x" if peak else "-",
                False,
            )
        )
    store = next((s for s in stores if s["size"] == size), {})
    one, append = store.get("asof_one_subject_optimized_s"), store.get("append_median_batch_s")
    found.append(
        (
            "one subject's as-of state from the store, optimized: 30 ms",
            one,
            0.030,
            _fmt(one) if one else "-",
            False,
        )
    )
    found.append(
        (
            "append of a 100-event batch, median: 50 ms",
            append,
            0.050,
            _fmt(append) if append else "-",
            False,
        )
    )
    check = next((v["seconds"] for v in verifies if v["size"] == size), None)
    found.append(("verify(): 20 s", check, 20.0, _fmt(check) if check else "-", False))
    cold = next(
        (
            c["seconds"]
            for c in colds
            if c["size"] == 1_000_000 and c["command"].endswith("--store S")
        ),
        None,
    )
    found.append(
        (
            "cold start of `timeline asof D --store S`, 1M events: 1 s",
            cold,
            1.0,
            _fmt(cold) if cold else "-",
            False,
        )
    )
    if extraction is not None:
        rate = extraction["per_second"]
        found.append(
            (
                "extraction (issue 11): 200 articles a second on one core",
                rate,
                200,
                f"{rate:.0f}",
                True,
            )
        )
    return found


def store_lines(s: dict[str, Any]) -> list[str]:
    """The report's section on the Delta store at one size: the figures, then every step's
    time and peak memory, and which step failed or killed the process, if one did."""
    lines = [f"## Delta store, {s['size']:,} events", ""]
    if "killed" in s or s.get("failed"):
        where = s.get("failed") or next(
            (n for n, d in s["steps"].items() if "seconds" not in d), "the step after the last"
        )
        lines += [f"- the run did not finish: {s.get('killed') or 'a step failed'} "
                  f"(in: {where}) {s.get('error', '')}".rstrip()]  # fmt: skip
    if "append_median_batch_s" in s:
        lines.append(
            f"- 10,000 events appended in 100 batches of 100: {_fmt(s['append_total_s'])} in "
            f"all, median batch {_fmt(s['append_median_batch_s'])}, 95th percentile "
            f"{_fmt(s['append_p95_batch_s'])}, slowest {_fmt(s['append_max_batch_s'])} (the "
            f"first, which builds the ids' filter from the store: {_fmt(s['first_append_s'])})"
        )
    if "reopen_median_s" in s:
        lines.append(
            f"- reopen (open the store and check it as a read does, no event read): "
            f"{_fmt(s['reopen_median_s'])}"
        )
    if "scan_median_s" in s:
        lines.append(
            f"- scan one subject for one year: {_fmt(s['scan_median_s'])} ({s['scan_rows']} "
            f"rows; {s['files']} data files); filter pushed into the scan: {s['pushdown']}"
        )
    if "asof_one_subject_s" in s:
        lines.append(
            f"- as-of state for one subject read from the store (`Timeline.open(store, "
            f"subject=...).asof(...)` in a reader's fresh process, store opened anew each "
            f"time): "
            f"{_fmt(s['asof_one_subject_s'])}"
        )
    if "asof_one_subject_optimized_s" in s:
        optimize = s["steps"]["optimize"]["seconds"]
        lines.append(
            f"- `DeltaStore.optimize()` (files sorted by subject): {_fmt(optimize)}, "
            f"{s['optimized_files']} data files; then the same as-of state: "
            f"{_fmt(s['asof_one_subject_optimized_s'])}"
        )
    if "append_after_optimize_median_batch_s" in s:
        lines.append(
            f"- median batch of 100 appended after it: "
            f"{_fmt(s['append_after_optimize_median_batch_s'])}"
        )
    lines += [
        "",
        "| step | time | peak RSS |",
        "| --- | ---: | ---: |",
    ]
    for name, d in s["steps"].items():
        if "seconds" in d:
            lines.append(f"| {name} | {_fmt(d['seconds'])} | {d['peak_rss'] / 2**20:,.0f} MiB |")
        else:
            lines.append(f"| {name} | {d.get('failed') or d.get('skipped')} | - |")
    return [*lines, ""]


def run_verify(sizes: list[int], repeat: int, out: Path) -> None:
    """Time `verify()` at each size and write the section alone to ``out``."""
    verifies = []
    for size in sizes:
        verifies.append(_verify_subprocess(size, repeat))
        shown = ", ".join(_fmt(t) for t in verifies[-1]["all_seconds"])
        print(f"{size:,}: verify {shown}", flush=True)
        _write_section(out, "verify() benchmark", "--verify", verify_lines(verifies))
    print(f"wrote {out}", flush=True)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000_000, 10_000_000])
    parser.add_argument(
        "--repeat", type=int, default=None, help="runs to take the median of (3; 7 cold starts)"
    )
    parser.add_argument(
        "--engines", nargs="+", default=["polars", "duckdb-native", "duckdb", "pandas", "replay"]
    )
    parser.add_argument("--out", type=Path, default=ROOT / "RESULTS.md")
    parser.add_argument("--one", nargs=4, help=argparse.SUPPRESS)
    parser.add_argument("--extraction", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--one-verify", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--one-store", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--one-asof", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument(
        "--verify",
        action="store_true",
        help="time DeltaStore.verify() only, at each of --sizes; writes benchmarks/data/verify.md",
    )
    parser.add_argument(
        "--cold-start",
        type=int,
        nargs="?",
        const=1_000_000,
        metavar="EVENTS",
        help="time `timeline asof` in fresh processes on a store of EVENTS (1M) events; "
        "writes benchmarks/data/cold-start.md",
    )
    parser.add_argument(
        "--quick",
        action="store_true",
        help="1M events, timeline and duckdb-native, once each; writes benchmarks/data/quick.md",
    )
    parser.add_argument(
        "--skip-check",
        action="store_true",
        help="do not cross-check answers (say so in the report)",
    )
    return parser


def _measured_alone(args: argparse.Namespace) -> bool:
    """Run the mode that measures one thing, if one was asked for (one engine's question in
    a subprocess, verify(), the cold start, the extraction)."""
    if args.one:
        size, engine, question, repeat = args.one
        print(json.dumps(measure(int(size), engine, question, int(repeat))))
    elif args.one_store:
        print(json.dumps(measure_store(args.one_store)))
    elif args.one_verify:
        print(json.dumps(measure_verify(int(args.one_verify[0]), int(args.one_verify[1]))))
    elif args.one_asof:
        folder, subject, repeat = args.one_asof
        print(json.dumps(_asof_times(folder, subject, int(repeat))))
    elif args.verify:
        run_verify(args.sizes, args.repeat, DATA / "verify.md")
    elif args.cold_start:
        run_cold_start(args.cold_start, args.repeat, DATA / "cold-start.md")
    elif args.extraction:
        print(json.dumps(measure_extraction()))
    else:
        return False
    return True


def main() -> None:
    args = _parser().parse_args()
    if args.repeat is None:
        args.repeat = COLD_RUNS if args.cold_start else 3
    if _measured_alone(args):
        return
    if args.quick:
        args.sizes, args.repeat, args.engines = [1_000_000], 1, ["polars", "duckdb-native"]
        args.out = DATA / "quick.md"
    results, stores, checks, verifies, colds = [], [], {}, [], []
    for size in args.sizes:
        _log(size)
        checks[size] = (
            ["answers not cross-checked in this run (--skip-check)"]
            if args.skip_check
            else check_agreement(size)
        )
        print(f"{size:,}: " + "; ".join(checks[size]), flush=True)
        for question in ("derived", "ratings", "price", "daily"):
            for engine in args.engines:
                r = _subprocess(size, engine, question, args.repeat)
                results.append(r)
                shown = r.get("failed") or _fmt(r["seconds"])
                print(f"  {question:8} {engine:7} {shown}", flush=True)
        extraction: dict[str, Any] | None = None
        if not args.quick:
            stores.append(_store_subprocess(size))
            print("\n".join(store_lines(stores[-1])), flush=True)
            # in a fresh process, as the engines: the parent holds the logs of the checks, and
            # a Python heap of millions of objects slows every collection the extractor makes
            cmd = [sys.executable, "-m", "benchmarks.run", "--extraction"]
            out = subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=ROOT.parent)
            extraction = json.loads(out.stdout.strip().splitlines()[-1])
            verifies.append(_verify_subprocess(size, args.repeat))
            print(f"  verify: {_fmt(verifies[-1]['seconds'])}", flush=True)
            cold = measure_cold_start(size, COLD_RUNS)
            colds += cold
            print(f"  cold start of asof: {_fmt(cold[0]['seconds'])}", flush=True)
        # after every size
        write_report(results, stores, extraction, checks, args.out, verifies=verifies, colds=colds)
        print(f"wrote {args.out}", flush=True)


if __name__ == "__main__":
    main()
