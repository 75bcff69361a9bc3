"""The benchmark questions, answered by four engines with the same semantics.

Questions (point in time: a date ``at`` knows the reports made by its end; retractions apply
from their own report on; a fact takes effect at its occurrence, else its report date):

* ``derived``: per subject, the derived consensus of each firm's latest fresh 12-month target
  (mean, median, high, low, count);
* ``ratings``: per subject, buy/hold/sell counts of each firm's latest rating;
* ``price``: per subject, the latest reported price level;
* ``daily``: ``derived`` for every day of a period. timeline and ``duckdb-native`` answer it
  as intervals of days (a row per subject and stretch of days over which the consensus
  stays the same, `timeline.projections.project_derived_consensus_intervals`); ``duckdb``,
  ``pandas`` and ``replay`` as a row per subject and day. `answer` turns intervals into days
  (untimed), so every engine's answer is compared day by day.

Engines: ``polars`` (timeline's projections), ``duckdb`` (SQL with window functions and range
joins over the log as given), ``duckdb-native`` (DuckDB at its best: only the columns the
questions need, loaded into a native DuckDB table before timing, and the idiomatic query,
``arg_max(value, struct_pack(valid_from, reported_at, seq))`` per subject and firm),
``pandas`` (sort, group and merge over the needed columns, keys as categoricals),
``replay`` (a Python loop folding events into state one at a
time, the way aggregate-based event-sourcing libraries rebuild state).

Each engine first takes the log into its own form (`PREPARE`: a DuckDB table, a pandas frame;
timeline an `EventLog`, names and labels as Categoricals), outside the timing, as a user of that
engine keeps the data; then it answers. Every engine returns Polars frames with the same
columns, sorted, so answers can be compared.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections import defaultdict
from collections.abc import Callable
from typing import Any

import duckdb
import pandas as pd
import polars as pl

from timeline import projections as p
from timeline._time import as_instant
from timeline.log import EventLog

__all__ = ["ENGINES", "PREPARE", "QUESTIONS", "answer"]

STALE = p.DEFAULT_STALENESS_DAYS
DERIVED = ["subject", "mean", "median", "high", "low", "count"]
RATINGS = ["subject", "buy", "hold", "sell"]
PRICE = ["subject", "price"]


# --- polars (timeline) -----------------------------------------------------------------------


def _polars(log: EventLog, question: str, at: dt.date, end: dt.date | None) -> pl.DataFrame:
    lf = log.lazy()
    if question == "derived":
        return p.project_derived_consensus(lf, at).select(DERIVED).collect()
    if question == "ratings":
        return p.project_rating_distribution(lf, at).select(RATINGS).collect()
    if question == "price":
        return p.project_last_price(lf, at).select(PRICE).collect()
    assert end is not None
    return p.project_derived_consensus_intervals(lf, at, end)


# --- duckdb ----------------------------------------------------------------------------------

_FACTS = """
WITH retracted AS (
    SELECT target_event_id, min(reported_at) AS known_until
    FROM log WHERE kind = 'retraction' GROUP BY target_event_id
),
facts AS (
    SELECT l.*, coalesce(l.occurred_start, CAST(l.reported_at AS DATE)) AS valid_from,
           r.known_until
    FROM log l LEFT JOIN retracted r ON l.event_id = r.target_event_id
    WHERE l.kind <> 'retraction'
)
"""
_VISIBLE = """,
vis AS (
    SELECT * FROM facts
    WHERE reported_at <= $known AND valid_from <= $at
      AND (known_until IS NULL OR known_until > $known)
)
"""
_LATEST = (
    "row_number() OVER (PARTITION BY {by} ORDER BY valid_from DESC, reported_at DESC, seq DESC)"
)
_SQL = {
    "derived": _FACTS
    + _VISIBLE
    + f"""
SELECT subject, avg(value) AS mean, median(value) AS median, max(value) AS high,
       min(value) AS low, count(*) AS count
FROM (SELECT *, {_LATEST.format(by="subject, firm")} AS rn FROM vis
      WHERE kind = 'price_target' AND target_type = 'price_target')
WHERE rn = 1 AND date_diff('day', valid_from, $at) <= {STALE}
GROUP BY subject ORDER BY subject""",
    "ratings": _FACTS
    + _VISIBLE
    + f"""
SELECT subject, sum((rating_normalized = 'buy')::INT) AS buy,
       sum((rating_normalized = 'hold')::INT) AS hold,
       sum((rating_normalized = 'sell')::INT) AS sell
FROM (SELECT *, {_LATEST.format(by="subject, firm")} AS rn FROM vis WHERE kind = 'analyst_rating')
WHERE rn = 1 GROUP BY subject ORDER BY subject""",
    "price": _FACTS
    + _VISIBLE
    + f"""
SELECT subject, price FROM (SELECT *, {_LATEST.format(by="subject")} AS rn FROM vis
                            WHERE kind = 'price_level')
WHERE rn = 1 ORDER BY subject""",
    "daily": _FACTS
    + f""",
targets AS (
    SELECT *, greatest(valid_from, CAST(reported_at AS DATE)) AS from_day,
           valid_from + INTERVAL {STALE} DAY AS to_day
    FROM facts WHERE kind = 'price_target' AND target_type = 'price_target'
),
days AS (SELECT CAST(unnest(generate_series($at, $end, INTERVAL 1 DAY)) AS DATE) AS "at"),
seen AS (
    SELECT days."at", targets.* FROM days JOIN targets
      ON targets.from_day <= days."at" AND targets.to_day >= days."at"
    WHERE targets.known_until IS NULL
       OR targets.known_until > days."at" + INTERVAL 1 DAY - INTERVAL 1 MICROSECOND
)
SELECT "at", subject, avg(value) AS mean, median(value) AS median, max(value) AS high,
       min(value) AS low, count(*) AS count
FROM (SELECT *, {_LATEST.format(by='"at", subject, firm')} AS rn FROM seen)
WHERE rn = 1 GROUP BY "at", subject ORDER BY "at", subject""",
}


def _connect() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("SET TimeZone = 'UTC'")
    con.execute(f"SET temp_directory = '{tempfile.gettempdir()}/timeline-duckdb'")
    return con


def _duckdb_registered(log: pl.DataFrame) -> duckdb.DuckDBPyConnection:
    """The log as given, registered as an Arrow view (every column)."""
    con = _connect()
    con.register("log", log.to_arrow())
    return con


#: The columns the questions read: all that DuckDB at its best keeps in its table.
_NEEDED = (
    "event_id", "kind", "subject", "firm", "value", "target_type", "rating_normalized", "price",
    "occurred_start", "reported_at", "seq", "target_event_id",
)  # fmt: skip


def _duckdb_native(log: pl.DataFrame) -> duckdb.DuckDBPyConnection:
    """The needed columns loaded into a native DuckDB table."""
    con = _connect()
    arrow = log.select(_NEEDED).to_arrow()  # noqa: F841 - read by name in the SQL below
    con.execute("CREATE TABLE log AS SELECT * FROM arrow")
    return con


def _sql(con: duckdb.DuckDBPyConnection, sql: str, params: dict[str, Any]) -> pl.DataFrame:
    result = pl.from_arrow(con.sql(sql, params=params).to_arrow_table())
    assert isinstance(result, pl.DataFrame)
    return result


def _params(at: dt.date, end: dt.date | None, question: str) -> dict[str, Any]:
    return {"at": at, "end": end} if question == "daily" else {"at": at, "known": as_instant(at)}


def _duckdb(
    con: duckdb.DuckDBPyConnection, question: str, at: dt.date, end: dt.date | None
) -> pl.DataFrame:
    return _sql(con, _SQL[question], _params(at, end, question))


# DuckDB's own idiom for "the latest per group": arg_max over a struct of the ordering keys,
# no window and no sort; a kind's rows are filtered before the retraction join.
_BEST_VISIBLE = """
WITH retracted AS (
    SELECT target_event_id, min(reported_at) AS known_until
    FROM log WHERE kind = 'retraction' GROUP BY target_event_id
),
vis AS (
    SELECT l.*, coalesce(l.occurred_start, CAST(l.reported_at AS DATE)) AS valid_from
    FROM log l LEFT JOIN retracted r ON l.event_id = r.target_event_id
    WHERE l.kind = '{kind}' AND l.reported_at <= $known
      AND coalesce(l.occurred_start, CAST(l.reported_at AS DATE)) <= $at
      AND (r.known_until IS NULL OR r.known_until > $known)
)
"""
_ORDER = "struct_pack(valid_from, reported_at, seq)"
_BEST_SQL = {
    "derived": _BEST_VISIBLE.format(kind="price_target")
    + f"""
SELECT subject, avg(v) AS mean, median(v) AS median, max(v) AS high, min(v) AS low,
       count(*) AS count
FROM (SELECT subject, arg_max(value, {_ORDER}) AS v, max(valid_from) AS newest
      FROM vis WHERE target_type = 'price_target' GROUP BY subject, firm)
WHERE date_diff('day', newest, $at) <= {STALE}
GROUP BY subject ORDER BY subject""",
    "ratings": _BEST_VISIBLE.format(kind="analyst_rating")
    + f"""
SELECT subject, count(*) FILTER (r = 'buy') AS buy, count(*) FILTER (r = 'hold') AS hold,
       count(*) FILTER (r = 'sell') AS sell
FROM (SELECT subject, arg_max(rating_normalized, {_ORDER}) AS r FROM vis GROUP BY subject, firm)
GROUP BY subject ORDER BY subject""",
    "price": _BEST_VISIBLE.format(kind="price_level")
    + f"""
SELECT subject, arg_max(price, {_ORDER}) AS price FROM vis GROUP BY subject ORDER BY subject""",
    "daily": _FACTS
    + f""",
spans AS (  -- the days on which each 12-month target can be its firm's fresh latest
    SELECT subject, firm, value, valid_from, reported_at, seq,
           greatest(valid_from, CAST(reported_at AS DATE)) AS s,
           least(valid_from + {STALE + 1},
                 coalesce(CAST(known_until AS DATE), valid_from + {STALE + 1})) AS e
    FROM facts WHERE kind = 'price_target' AND target_type = 'price_target'
),
live AS (SELECT * FROM spans WHERE e > s AND e > $at AND s <= $end),
firm_cuts AS (SELECT subject, firm, s AS c FROM live UNION SELECT subject, firm, e FROM live),
firm_pieces AS (
    SELECT subject, firm, c AS ps, lead(c) OVER (PARTITION BY subject, firm ORDER BY c) AS pe
    FROM firm_cuts
),
reigns AS (  -- per firm and piece of time, its latest active target (a range join)
    SELECT p.subject, p.ps, p.pe, arg_max(t.value, {_ORDER}) AS value
    FROM firm_pieces p JOIN live t
      ON p.subject = t.subject AND p.firm = t.firm AND t.s <= p.ps AND t.e > p.ps
    WHERE p.pe IS NOT NULL
    GROUP BY p.subject, p.firm, p.ps, p.pe
),
cuts AS (SELECT subject, ps AS c FROM reigns UNION SELECT subject, pe FROM reigns),
pieces AS (
    SELECT subject, c AS ps, lead(c) OVER (PARTITION BY subject ORDER BY c) AS pe FROM cuts
),
summary AS (  -- per subject and piece of time, the reigning targets summarised
    SELECT p.subject, p.ps, p.pe, avg(r.value) AS mean, median(r.value) AS median,
           max(r.value) AS high, min(r.value) AS low, count(*) AS count
    FROM pieces p JOIN reigns r ON p.subject = r.subject AND r.ps <= p.ps AND r.pe > p.ps
    WHERE p.pe IS NOT NULL
    GROUP BY p.subject, p.ps, p.pe
),
marked AS (  -- a piece equal to the one it touches goes on that one's interval
    SELECT *, CASE WHEN lag(pe) OVER w = ps AND lag(mean) OVER w = mean
                    AND lag(median) OVER w = median AND lag(high) OVER w = high
                    AND lag(low) OVER w = low AND lag(count) OVER w = count
               THEN 0 ELSE 1 END AS starts
    FROM summary WINDOW w AS (PARTITION BY subject ORDER BY ps)
),
runs AS (
    SELECT *, sum(starts) OVER (PARTITION BY subject ORDER BY ps ROWS UNBOUNDED PRECEDING) AS run
    FROM marked
)
SELECT subject, greatest(min(ps), $at) AS valid_from, least(max(pe), $end + 1) AS valid_until,
       first(mean) AS mean, first(median) AS median, first(high) AS high, first(low) AS low,
       first(count) AS count
FROM runs GROUP BY subject, run ORDER BY subject, valid_from""",
}


def _duckdb_best(
    con: duckdb.DuckDBPyConnection, question: str, at: dt.date, end: dt.date | None
) -> pl.DataFrame:
    return _sql(con, _BEST_SQL[question], _params(at, end, question))


# --- pandas ----------------------------------------------------------------------------------


def _pandas_native(log: pl.DataFrame) -> pd.DataFrame:
    """The needed columns as a pandas frame, repeated strings as categoricals (pandas' best
    form for group keys and filters)."""
    frame = log.select(_NEEDED).to_pandas()
    for column in ("kind", "subject", "firm", "target_type", "rating_normalized"):
        frame[column] = frame[column].astype("category")
    return frame


def _pandas_facts(log: pd.DataFrame) -> pd.DataFrame:
    control = log[log["kind"] == "retraction"]
    until = control.groupby("target_event_id")["reported_at"].min().rename("known_until")
    facts = log[log["kind"] != "retraction"].join(until, on="event_id")
    report_day = facts["reported_at"].dt.tz_convert("UTC").dt.tz_localize(None).dt.normalize()
    start = pd.to_datetime(facts["occurred_start"])
    return facts.assign(valid_from=start.fillna(report_day), report_day=report_day)


def _pandas_latest(frame: pd.DataFrame, by: list[str]) -> pd.DataFrame:
    return frame.sort_values(["valid_from", "reported_at", "seq"]).groupby(by).tail(1)


def _pandas(log: pd.DataFrame, question: str, at: dt.date, end: dt.date | None) -> pl.DataFrame:
    facts = _pandas_facts(log)
    if question == "daily":
        assert end is not None
        return _pandas_daily(facts, at, end)
    known = pd.Timestamp(as_instant(at))
    day = pd.Timestamp(at)
    vis = facts[
        (facts["reported_at"] <= known)
        & (facts["valid_from"] <= day)
        & (facts["known_until"].isna() | (facts["known_until"] > known))
    ]
    if question == "derived":
        targets = vis[(vis["kind"] == "price_target") & (vis["target_type"] == "price_target")]
        newest = _pandas_latest(targets, ["subject", "firm"])
        fresh = newest[(day - newest["valid_from"]).dt.days <= STALE]
        out = fresh.groupby("subject")["value"].agg(["mean", "median", "max", "min", "count"])
        out = out.rename(columns={"max": "high", "min": "low"}).reset_index()
        return pl.from_pandas(out).select(DERIVED)
    if question == "ratings":
        newest = _pandas_latest(vis[vis["kind"] == "analyst_rating"], ["subject", "firm"])
        counts = pd.crosstab(newest["subject"], newest["rating_normalized"])
        counts = counts.reindex(columns=["buy", "hold", "sell"], fill_value=0).reset_index()
        return pl.from_pandas(counts).select(RATINGS)
    newest = _pandas_latest(vis[vis["kind"] == "price_level"], ["subject"])
    return pl.from_pandas(newest[PRICE].reset_index(drop=True)).sort("subject")


def _pandas_daily(facts: pd.DataFrame, start: dt.date, end: dt.date) -> pl.DataFrame:
    targets = facts[(facts["kind"] == "price_target") & (facts["target_type"] == "price_target")]
    targets = targets.assign(
        from_day=targets[["valid_from", "report_day"]].max(axis=1),
        to_day=targets["valid_from"] + pd.Timedelta(days=STALE),
    )
    parts = []
    for chunk in pd.date_range(start, end, freq="64D"):
        days = pd.DataFrame(
            {"at": pd.date_range(chunk, min(chunk + pd.Timedelta(days=63), pd.Timestamp(end)))}
        )
        window = targets[
            (targets["to_day"] >= days["at"].min()) & (targets["from_day"] <= days["at"].max())
        ]
        seen = days.merge(window, how="cross")
        end_of_day = (
            seen["at"] + pd.Timedelta(days=1) - pd.Timedelta(microseconds=1)
        ).dt.tz_localize("UTC")
        seen = seen[
            (seen["from_day"] <= seen["at"])
            & (seen["to_day"] >= seen["at"])
            & (seen["known_until"].isna() | (seen["known_until"] > end_of_day))
        ]
        newest = _pandas_latest(seen, ["at", "subject", "firm"])
        agg = newest.groupby(["at", "subject"])["value"].agg(
            ["mean", "median", "max", "min", "count"]
        )
        parts.append(agg.rename(columns={"max": "high", "min": "low"}).reset_index())
    out = pl.from_pandas(pd.concat(parts, ignore_index=True))
    return out.with_columns(pl.col("at").cast(pl.Date)).select("at", *DERIVED)


# --- event-by-event replay -------------------------------------------------------------------


class _Replay:
    """Folds events into per-subject state one at a time."""

    def __init__(self) -> None:
        self.targets: dict[tuple[str, str], dict[str, tuple[Any, ...]]] = defaultdict(dict)
        self.ratings: dict[tuple[str, str], dict[str, tuple[Any, ...]]] = defaultdict(dict)
        self.prices: dict[str, dict[str, tuple[Any, ...]]] = defaultdict(dict)
        self.where: dict[str, tuple[str, Any]] = {}

    def apply(self, e: dict[str, Any]) -> None:
        kind = e["kind"]
        if kind == "retraction":
            place = self.where.pop(e["target_event_id"], None)
            if place is not None:
                getattr(self, place[0])[place[1]].pop(e["target_event_id"], None)
            return
        valid = e["occurred_start"] or e["reported_at"].date()
        key = (valid, e["reported_at"], e["seq"])
        if kind == "price_target" and e["target_type"] == "price_target":
            pair = (e["subject"], e["firm"])
            self.targets[pair][e["event_id"]] = (key, e["value"], valid)
            self.where[e["event_id"]] = ("targets", pair)
        elif kind == "analyst_rating":
            pair = (e["subject"], e["firm"])
            self.ratings[pair][e["event_id"]] = (key, e["rating_normalized"], valid)
            self.where[e["event_id"]] = ("ratings", pair)
        elif kind == "price_level":
            self.prices[e["subject"]][e["event_id"]] = (key, e["price"], valid)
            self.where[e["event_id"]] = ("prices", e["subject"])

    @staticmethod
    def _newest(entries: dict[str, tuple[Any, ...]], at: dt.date) -> tuple[Any, ...] | None:
        live = [v for v in entries.values() if v[2] <= at]
        return max(live, key=lambda v: v[0]) if live else None

    def derived(self, at: dt.date) -> dict[str, list[float]]:
        values: dict[str, list[float]] = defaultdict(list)
        for (subject, _), entries in self.targets.items():
            newest = self._newest(entries, at)
            if newest is not None and (at - newest[2]).days <= STALE:
                values[subject].append(newest[1])
        return values


def _derived_frame(values: dict[str, list[float]], at: dt.date | None = None) -> pl.DataFrame:
    rows = [
        {
            "subject": s,
            "mean": sum(v) / len(v),
            "median": float(pl.Series(v).median() or 0.0),
            "high": max(v),
            "low": min(v),
            "count": len(v),
        }
        for s, v in values.items()
        if v
    ]
    frame = pl.DataFrame(
        rows,
        schema={
            "subject": pl.String,
            "mean": pl.Float64,
            "median": pl.Float64,
            "high": pl.Float64,
            "low": pl.Float64,
            "count": pl.Int64,
        },
    )
    return frame if at is None else frame.with_columns(at=pl.lit(at)).select("at", *DERIVED)


def _replay(log: pl.DataFrame, question: str, at: dt.date, end: dt.date | None) -> pl.DataFrame:
    state = _Replay()
    rows = log.sort("reported_at", "seq").iter_rows(named=True)
    if question == "daily":
        assert end is not None
        return _replay_daily(state, rows, at, end)
    known = as_instant(at)
    for row in rows:
        if row["reported_at"] > known:
            break
        state.apply(row)
    if question == "derived":
        return _derived_frame(state.derived(at)).sort("subject")
    if question == "ratings":
        counts: dict[str, dict[str, int]] = defaultdict(lambda: {"buy": 0, "hold": 0, "sell": 0})
        for (subject, _), entries in state.ratings.items():
            newest = state._newest(entries, at)
            if newest is not None:
                counts[subject][newest[1]] += 1
        return pl.DataFrame([{"subject": s, **c} for s, c in counts.items()]).sort("subject")
    prices = {s: state._newest(e, at) for s, e in state.prices.items()}
    rows_out = [{"subject": s, "price": v[1]} for s, v in prices.items() if v is not None]
    return pl.DataFrame(rows_out).sort("subject")


def _replay_daily(state: _Replay, rows: Any, start: dt.date, end: dt.date) -> pl.DataFrame:
    frames = []
    pending = next(rows, None)
    day = start
    while day <= end:
        known = as_instant(day)
        while pending is not None and pending["reported_at"] <= known:
            state.apply(pending)
            pending = next(rows, None)
        frames.append(_derived_frame(state.derived(day), day))
        day += dt.timedelta(days=1)
    return pl.concat(frames).sort("at", "subject")


Engine = Callable[[Any, str, dt.date, dt.date | None], pl.DataFrame]
ENGINES: dict[str, Engine] = {
    "polars": _polars,
    "duckdb": _duckdb,
    "duckdb-native": _duckdb_best,
    "pandas": _pandas,
    "replay": _replay,
}
#: How each engine holds the log before it is asked anything (not timed).
PREPARE: dict[str, Callable[[pl.DataFrame], Any]] = {
    "polars": EventLog.from_frame,  # the log as an `EventLog` holds it (`timeline.log.conform`)
    "duckdb": _duckdb_registered,
    "duckdb-native": _duckdb_native,
    "pandas": _pandas_native,
    "replay": lambda log: log,
}
QUESTIONS = ("derived", "ratings", "price", "daily")


def answer(
    engine: str, log: pl.DataFrame, question: str, at: dt.date, end: dt.date | None = None
) -> pl.DataFrame:
    """One engine's answer, normalised for comparison (sorted, standard dtypes)."""
    out = ENGINES[engine](PREPARE[engine](log), question, at, end)
    if "valid_until" in out.columns:  # intervals of days: a row per day, to compare
        out = p.per_day(out).select("at", *DERIVED)
    keys = ["at", "subject"] if question == "daily" else ["subject"]
    casts = {c: pl.Float64 for c in ("mean", "median", "high", "low", "price") if c in out.columns}
    casts |= {c: pl.Int64 for c in ("count", "buy", "hold", "sell") if c in out.columns}
    casts["subject"] = pl.String  # pandas keeps it as a categorical
    if "at" in out.columns:
        casts["at"] = pl.Date
    return out.cast(casts).sort(keys)
