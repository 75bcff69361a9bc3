"""A generator of realistic event logs, seeded and reproducible, for benchmarks.

Defaults follow the issue: ~10 years, 5,000 subjects, 300 firms; most events are price targets,
ratings and price moves; news bursts around each subject's quarterly earnings; a few
retractions. Each subject is covered by 8-15 firms. Rows are in the log schema, ready for the
projections; ids are synthetic (a row hash) until `with_content_ids` gives every event its
content hash, for benchmarks of `verify()`.

>>> from benchmarks.synthetic import generate
>>> log = generate(20_000, subjects=50, firms=20, seed=1)
>>> log.height, log.get_column("kind").n_unique() >= 8
(20000, True)
>>> generate(1_000, seed=7).equals(generate(1_000, seed=7))
True
"""

from __future__ import annotations

import datetime as dt
import hashlib

import numpy as np
import polars as pl

from timeline.hashing import vouched_json
from timeline.log import conform

__all__ = ["KIND_SHARES", "generate", "with_content_ids"]

KIND_SHARES = {
    "price_target": 0.30,
    "analyst_rating": 0.20,
    "price_move": 0.20,
    "price_level": 0.10,
    "consensus": 0.05,
    "stake_change": 0.05,
    "financial_kpi": 0.04,
    "technical_indicator": 0.02,
    "product_launch": 0.01,
    "partnership": 0.01,
    "legal_action": 0.005,
    "retraction": 0.005,
}
_RATINGS = [
    ("Buy", "buy", 2),
    ("Outperform", "buy", 2),
    ("Hold", "hold", 3),
    ("Neutral", "hold", 3),
    ("Underperform", "sell", 4),
    ("Strong Buy", "buy", 1),
]
_START = dt.datetime(2016, 1, 1, tzinfo=dt.UTC)


def generate(
    n_events: int,
    *,
    subjects: int = 5_000,
    firms: int = 300,
    years: float = 10.0,
    seed: int = 0,
) -> pl.DataFrame:
    """A log frame of ``n_events`` synthetic events, sorted by report time (``seq`` order)."""
    rng = np.random.default_rng(seed)
    span_s = int(years * 365.25 * 86_400)
    kinds = np.array(list(KIND_SHARES))
    shares = np.array(list(KIND_SHARES.values()))
    kind = rng.choice(kinds, size=n_events, p=shares / shares.sum())
    subject = rng.integers(0, subjects, n_events)
    # each subject reports quarterly; 40% of its news falls within 5 days of an earnings date
    phase = rng.integers(0, 91 * 86_400, subjects)
    t = rng.integers(0, span_s, n_events)
    burst = rng.random(n_events) < 0.4
    quarter = (t - phase[subject]) // (91 * 86_400)
    jitter = rng.integers(-5 * 86_400, 5 * 86_400, n_events)
    t = np.where(burst, phase[subject] + quarter * 91 * 86_400 + jitter, t).clip(0, span_s - 1)
    # each subject is covered by 8-15 firms, drawn from the 300
    coverage = rng.integers(0, firms, (subjects, 15))
    firm = coverage[subject, rng.integers(0, rng.integers(8, 16, n_events))]
    base = rng.uniform(10, 500, subjects)[subject]
    known = rng.random(n_events) < 0.4  # 40% give an occurrence date, days before the report
    back = rng.integers(0, 30, n_events)
    rating = rng.integers(0, len(_RATINGS), n_events)
    value = np.round(base * rng.lognormal(0.1, 0.2, n_events), 2)

    frame = pl.DataFrame(
        {
            "kind": kind,
            "subject_no": subject,
            "firm_no": firm,
            "t": t,
            "known": known,
            "back": back,
            "rating_no": rating,
            "value": value,
            "pct": np.round(rng.normal(0, 4, n_events), 2),
            "base": np.round(base, 2),
        }
    ).sort("t", maintain_order=True)
    reported = pl.lit(_START) + pl.duration(seconds=pl.col("t"))
    is_kind = pl.col("kind").is_in
    occurred = pl.when(pl.col("known")).then(
        (reported - pl.duration(days=pl.col("back"))).dt.date()
    )
    ratings = pl.DataFrame(
        {"rating_no": range(len(_RATINGS)), "rating": [r[0] for r in _RATINGS],
         "rating_normalized": [r[1] for r in _RATINGS], "rating_score": [r[2] for r in _RATINGS]},
        schema_overrides={"rating_no": pl.Int64},
    )  # fmt: skip
    out = (
        frame.join(ratings, on="rating_no", how="left", maintain_order="left")
        .with_columns(
            seq=pl.int_range(1, pl.len() + 1, dtype=pl.Int64),
            subject=pl.format("S{}", pl.col("subject_no")),
            reported_at=reported,
            occurred_start=occurred,
            occurred_end=occurred,
            occurred_precision=pl.when(pl.col("known"))
            .then(pl.lit("day"))
            .otherwise(pl.lit("unknown")),
            source_id=pl.format("syn-{}", pl.col("t") // 3_600),
            firm=pl.when(is_kind(["price_target", "analyst_rating"])).then(
                pl.format("F{}", "firm_no")
            ),
            investor=pl.when(pl.col("kind") == "stake_change").then(pl.format("F{}", "firm_no")),
            price_value=pl.when(pl.col("kind") == "price_level").then(pl.col("base")),
            value=pl.when(
                is_kind(["price_target", "consensus", "financial_kpi", "technical_indicator"])
            ).then(pl.col("value")),
            percent=pl.when(pl.col("kind") == "price_move").then(pl.col("pct")),
            target_type=pl.when(pl.col("kind") == "price_target").then(
                pl.when(pl.col("firm_no") % 50 == 0)
                .then(pl.lit("fair_value"))
                .otherwise(pl.lit("price_target"))
            ),
            currency=pl.when(is_kind(["price_target", "consensus", "price_level"])).then(
                pl.lit("USD")
            ),
        )
        .with_columns(
            rating=pl.when(pl.col("kind") == "analyst_rating").then("rating"),
            rating_normalized=pl.when(pl.col("kind") == "analyst_rating").then("rating_normalized"),
            rating_score=pl.when(pl.col("kind") == "analyst_rating").then("rating_score"),
            price=pl.col("price_value"),
            level_type=pl.when(pl.col("kind") == "price_level").then(pl.lit("close")),
            period=pl.when(pl.col("kind") == "price_move").then(pl.lit("day")),
            metric=pl.when(pl.col("kind") == "financial_kpi").then(pl.lit("revenue")),
            unit=pl.when(pl.col("kind") == "financial_kpi").then(pl.lit("USD")),
            indicator=pl.when(pl.col("kind") == "technical_indicator").then(pl.lit("RSI")),
            direction=pl.when(pl.col("kind") == "stake_change").then(pl.lit("buy")),
            product=pl.when(pl.col("kind") == "product_launch").then(pl.format("P{}", "firm_no")),
            partner=pl.when(pl.col("kind") == "partnership").then(pl.format("C{}", "firm_no")),
            action_type=pl.when(pl.col("kind") == "legal_action").then(pl.lit("lawsuit")),
            qualifier=pl.lit("exact"),
            span_start=pl.lit(0, pl.Int64),
            span_end=pl.lit(0, pl.Int64),
            quote=pl.lit(""),
            extractor=pl.lit("synthetic"),
            confidence=pl.lit(1.0),
            recorded_at=reported + pl.duration(hours=1),
        )
        .with_columns(event_id=pl.format("{}", pl.struct("seq", "subject", "kind").hash(seed)))
    )
    # a retraction withdraws a random earlier event of the same subject
    retracts = out.filter(pl.col("kind") == "retraction").select("seq", "subject", "reported_at")
    candidates = out.filter(pl.col("kind") != "retraction").select(
        pl.col("event_id").alias("target_event_id"),
        "subject",
        pl.col("reported_at").alias("target_at"),
    )
    targets = (
        retracts.sort("reported_at")
        .join_asof(
            candidates.sort("target_at"),
            left_on="reported_at",
            right_on="target_at",
            by="subject",
            strategy="backward",
            allow_exact_matches=False,
            check_sortedness=False,  # sorted by the join key just above
        )
        .select("seq", "target_event_id")
    )
    out = out.join(targets, on="seq", how="left", maintain_order="left").with_columns(
        reason=pl.when(pl.col("kind") == "retraction").then(pl.lit("synthetic retraction")),
        kind=pl.when((pl.col("kind") == "retraction") & pl.col("target_event_id").is_null())
        .then(pl.lit("legal_action"))
        .otherwise("kind"),
        action_type=pl.when((pl.col("kind") == "retraction") & pl.col("target_event_id").is_null())
        .then(pl.lit("other"))
        .otherwise("action_type"),
    )
    return conform(out).collect()


def with_content_ids(log: pl.DataFrame) -> pl.DataFrame:
    """``log`` with every ``event_id`` the event's true content hash, so `verify()` applies.

    Retractions are re-pointed at their targets' new ids before their own are computed. An
    event that repeats an earlier one (an append would drop it) gets a source of its own, so
    the log keeps ``log.height`` distinct events. The hashes come from `timeline.hashing`; a
    row it does not vouch for stops this rather than getting a wrong id.

    >>> from timeline.log import verify_frame
    >>> verify_frame(with_content_ids(generate(2_000, subjects=20, firms=5, seed=3))).ok
    True
    """
    refs = ("target_event_id", "replacement_event_id")
    ids = _hash_ids(log)
    control = log.get_column("kind").is_in(["retraction", "correction"])
    renamed = pl.DataFrame({"old": log.get_column("event_id"), "new": ids}).filter(~control)
    log = log.with_columns(
        pl.col(ref).replace(renamed.get_column("old"), renamed.get_column("new")) for ref in refs
    ).with_columns(event_id=ids)
    log = _rehash(log, control)  # they name their targets by the new ids now
    repeat = ~log.get_column("event_id").is_first_distinct()
    if repeat.any():
        own = pl.concat_str("source_id", pl.lit("-"), pl.col("seq").cast(pl.String))
        log = log.with_columns(source_id=pl.when(repeat).then(own).otherwise("source_id"))
        log = _rehash(log, repeat)
    return log


def _rehash(log: pl.DataFrame, rows: pl.Series) -> pl.DataFrame:
    """``log`` with the ids of the ``rows`` (a mask) computed again."""
    new = _hash_ids(log.filter(rows))
    return log.with_columns(event_id=log.get_column("event_id").scatter(rows.arg_true(), new))


def _hash_ids(rows: pl.DataFrame) -> pl.Series:
    sha = hashlib.sha256
    digests: list[str] = []
    for start in range(0, rows.height, 1_000_000):  # a million at a time: memory stays small
        json = vouched_json(rows.slice(start, 1_000_000))
        if json.null_count():
            msg = f"{json.null_count()} synthetic rows are not valid events"
            raise ValueError(msg)
        digests += [sha(text).hexdigest()[:32] for text in json.cast(pl.Binary).to_list()]
    return pl.Series("event_id", digests, dtype=pl.String)
