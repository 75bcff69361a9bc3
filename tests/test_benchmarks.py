"""The benchmark's engines give the same answers (checked here on a small log, every run)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import polars as pl
import pytest
from polars.testing import assert_frame_equal

from benchmarks.engines import ENGINES, QUESTIONS, answer
from benchmarks.synthetic import generate
from timeline.projections import project_derived_consensus, project_derived_consensus_daily


@pytest.fixture(scope="module")
def log() -> pl.DataFrame:
    return generate(30_000, subjects=60, firms=25, seed=4)


@pytest.mark.parametrize("question", QUESTIONS)
@pytest.mark.parametrize("engine", [e for e in ENGINES if e != "polars"])
def test_engines_agree(log: pl.DataFrame, engine: str, question: str) -> None:
    at = dt.date(2021, 3, 31)
    end = at + dt.timedelta(days=20) if question == "daily" else None
    reference = answer("polars", log, question, at, end)
    assert reference.height > 0
    assert_frame_equal(reference, answer(engine, log, question, at, end), rel_tol=1e-9)


def test_the_daily_series_equals_the_general_projection(log: pl.DataFrame) -> None:
    start, end = dt.date(2019, 1, 1), dt.date(2020, 12, 31)
    fast = project_derived_consensus_daily(log.lazy(), start, end)
    days = pl.date_range(start, end, eager=True).to_list()
    general = project_derived_consensus(log.lazy(), days).collect()
    cols = ["at", "subject", "currency", "mean", "median", "high", "low", "count"]
    assert_frame_equal(
        fast.sort("at", "subject"), general.select(cols), check_dtypes=False, rel_tol=1e-12
    )


def test_the_generator_is_reproducible_and_realistic() -> None:
    a, b = generate(5_000, seed=1), generate(5_000, seed=1)
    assert a.equals(b)
    shares = a.get_column("kind").value_counts(normalize=True)
    top = set(shares.sort("proportion", descending=True).get_column("kind").head(3))
    assert top == {"price_target", "analyst_rating", "price_move"}
    assert a.filter(pl.col("kind") == "retraction").get_column("target_event_id").null_count() == 0


def test_a_failed_store_step_is_reported_and_the_steps_after_it_skipped() -> None:
    from benchmarks.run import _Steps, store_lines

    steps = _Steps()
    assert steps.run("write", lambda: 1) == 1

    def boom() -> None:
        raise MemoryError("no room")

    assert steps.run("append", boom) is None
    assert steps.run("optimize", lambda: 3) is None  # not run: it needs the appends
    assert steps.failed == "append"
    assert steps.done["append"] == {"failed": "MemoryError: no room"}
    assert steps.done["optimize"] == {"skipped": "after append failed"}
    lines = store_lines({"size": 10, "steps": steps.done, "failed": steps.failed})
    assert "- the run did not finish: a step failed (in: append)" in lines
    assert "| append | MemoryError: no room | - |" in lines
    killed = store_lines({"size": 10, "steps": {"write": steps.done["write"]},
                          "killed": "killed: out of memory", "error": ""})  # fmt: skip
    assert "- the run did not finish: killed: out of memory (in: the step after the last)" in killed


def _row(question: str, engine: str, seconds: float) -> dict[str, object]:
    return {
        "size": 10,
        "engine": engine,
        "question": question,
        "seconds": seconds,
        "peak_rss": 150,
        "rss_before": 100,
    }


def test_the_report_says_which_targets_are_met_and_by_how_much_the_others_are_missed() -> None:
    from benchmarks.run import target_lines

    results = [
        {**_row("derived", "polars", 0.1), "log_bytes": 900},
        _row("derived", "duckdb-native", 0.3),
        _row("daily", "polars", 4.0),
        _row("daily", "duckdb-native", 6.0),
    ]
    stores = [{"size": 10, "asof_one_subject_optimized_s": 0.06, "append_median_batch_s": 0.04}]
    text = "\n".join(target_lines(results, stores, [], [], {"per_second": 250.0}))
    assert "| derived: 2x faster than DuckDB at its best | 3.0x | met |" in text
    assert "| daily: 2x faster than DuckDB at its best | 1.5x | missed (0.75 of it) |" in text
    assert "| daily: 3.00 s | 4.00 s | missed (0.75 of it) |" in text
    assert "| log in memory: 100 bytes an event | 90 bytes | met |" in text
    assert "30 ms | 60 ms | missed (0.50 of it) |" in text
    assert "| verify(): 20 s | not measured | - |" in text
    assert "| extraction (issue 11): 200 articles a second on one core | 250 | met |" in text


def test_a_new_report_keeps_the_history_of_earlier_runs(tmp_path: Path) -> None:
    from benchmarks.run import write_report

    out = tmp_path / "RESULTS.md"
    out.write_text("# old\n\n## Earlier runs\n\nThe first run was slow.\n")
    write_report([], [], None, {}, out)
    assert out.read_text().rstrip().endswith("## Earlier runs\n\nThe first run was slow.")
