"""Scoring extraction against hand-checked gold annotations.

A gold file (TOML, one per article, see ``seeds/gold/README.md``) lists every event the article
states. An extracted event matches a gold event of the same kind and subject when every key
field (`timeline.events.FACT_KEYS`) the gold gives agrees: numbers within 0.5 %, names after
folding case and punctuation, product names when one starts with the other. Matching is
one-to-one and greedy in text order. Date accuracy is the share of matched events whose
``occurred_start``, ``occurred_end`` and ``occurred_precision`` all agree with the gold.
"""

from __future__ import annotations

import datetime as dt
import math
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl

from timeline.articles import Article, load_article
from timeline.entities import canonical, normalise
from timeline.events import FACT_KEYS, EventBase
from timeline.extract import Extractor, RuleExtractor
from timeline.extract.core import detect_subject

__all__ = ["ArticleScore", "EvalReport", "GoldFile", "evaluate", "load_gold", "match_events"]

_REL_TOL = 0.005


@dataclass(frozen=True, slots=True)
class GoldFile:
    """The gold events of one article."""

    path: Path
    article: Path
    subject: str | None
    events: tuple[dict[str, Any], ...]


def load_gold(path: Path) -> GoldFile:
    """Read one gold file; the article it names sits beside the gold folder."""
    data = tomllib.loads(path.read_text("utf-8"))
    subject = data.get("subject")
    return GoldFile(
        path,
        path.parent.parent / data["article"],
        canonical(subject) if subject else None,
        tuple(data.get("event", [])),
    )


def _same(field: str, gold: Any, got: Any) -> bool:
    if gold is None:
        return True
    if got is None:
        return False
    if isinstance(gold, (int, float)) and isinstance(got, (int, float)):
        return math.isclose(float(gold), float(got), rel_tol=_REL_TOL, abs_tol=1e-9)
    a, b = normalise(canonical(str(gold))), normalise(canonical(str(got)))
    if field == "product":
        return a.startswith(b) or b.startswith(a)
    return a == b


def _matches(gold: dict[str, Any], event: EventBase, subject: str) -> bool:
    if event.kind != gold["kind"] or event.subject != canonical(gold.get("subject", subject)):
        return False
    payload = event.ev_payload()
    return all(_same(f, gold.get(f), payload.get(f)) for f in FACT_KEYS.get(event.kind, ()))


def _date_ok(gold: dict[str, Any], event: EventBase) -> bool:
    def as_date(v: Any) -> dt.date | None:
        return v if isinstance(v, dt.date) or v is None else dt.date.fromisoformat(str(v))

    start, end = as_date(gold.get("occurred_start")), as_date(gold.get("occurred_end"))
    precision = gold.get("occurred_precision", "unknown")
    return (event.occurred_start, event.occurred_end or None, event.occurred_precision) == (
        start,
        end or start,
        precision,
    )


def match_events(
    gold: Sequence[dict[str, Any]], extracted: Sequence[EventBase], subject: str
) -> tuple[list[tuple[dict[str, Any], EventBase]], list[dict[str, Any]], list[EventBase]]:
    """(matched pairs, missed gold events, extra extracted events)."""
    free = list(extracted)
    pairs: list[tuple[dict[str, Any], EventBase]] = []
    missed: list[dict[str, Any]] = []
    for g in gold:
        hit = next((e for e in free if _matches(g, e, subject)), None)
        if hit is None:
            missed.append(g)
        else:
            free.remove(hit)
            pairs.append((g, hit))
    return pairs, missed, free


@dataclass(frozen=True, slots=True)
class ArticleScore:
    """The comparison for one article."""

    article: Article
    pairs: tuple[tuple[dict[str, Any], EventBase], ...]
    missed: tuple[dict[str, Any], ...]
    extra: tuple[EventBase, ...]


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


@dataclass(frozen=True, slots=True)
class EvalReport:
    """Scores per kind, per article and overall, with the missed and extra events."""

    scores: tuple[ArticleScore, ...]

    def counts(self) -> pl.DataFrame:
        """One row per (article, kind, outcome) with the outcome counts."""
        rows = []
        for s in self.scores:
            aid = s.article.article_id
            rows += [(aid, g["kind"], "tp", _date_ok(g, e)) for g, e in s.pairs]
            rows += [(aid, g["kind"], "fn", False) for g in s.missed]
            rows += [(aid, e.kind, "fp", False) for e in s.extra]
        schema = {
            "article": pl.String,
            "kind": pl.String,
            "outcome": pl.String,
            "date_ok": pl.Boolean,
        }
        return pl.DataFrame(rows, schema=schema, orient="row")

    def _table(self, by: str) -> pl.DataFrame:
        c = self.counts()
        agg = c.group_by(by).agg(
            tp=(pl.col("outcome") == "tp").sum(),
            fp=(pl.col("outcome") == "fp").sum(),
            fn=(pl.col("outcome") == "fn").sum(),
            dates_ok=pl.col("date_ok").sum(),
        )
        p = pl.col("tp") / (pl.col("tp") + pl.col("fp"))
        r = pl.col("tp") / (pl.col("tp") + pl.col("fn"))
        return (
            agg.with_columns(precision=p.fill_nan(1.0), recall=r.fill_nan(1.0))
            .with_columns(
                f1=(2 * pl.col("precision") * pl.col("recall"))
                / (pl.col("precision") + pl.col("recall")),
                date_accuracy=pl.col("dates_ok") / pl.col("tp"),
            )
            .drop("dates_ok")
            .sort(by)
        )

    def by_kind(self) -> pl.DataFrame:
        """Precision, recall, F1 and date accuracy per event kind."""
        return self._table("kind")

    def by_article(self) -> pl.DataFrame:
        """Precision, recall, F1 and date accuracy per article."""
        return self._table("article")

    def overall(self) -> dict[str, float]:
        """Micro-averaged precision, recall, F1 and date accuracy over every event."""
        tp = sum(len(s.pairs) for s in self.scores)
        fp = sum(len(s.extra) for s in self.scores)
        fn = sum(len(s.missed) for s in self.scores)
        dates = sum(_date_ok(g, e) for s in self.scores for g, e in s.pairs)
        p, r, f = _prf(tp, fp, fn)
        return {
            "precision": p,
            "recall": r,
            "f1": f,
            "date_accuracy": dates / tp if tp else 1.0,
            "gold": tp + fn,
            "extracted": tp + fp,
        }

    def f1_for(self, kinds: Sequence[str]) -> float:
        """Micro F1 over the given kinds."""
        c = self.counts().filter(pl.col("kind").is_in(list(kinds)))
        tp, fp, fn = (c.filter(pl.col("outcome") == o).height for o in ("tp", "fp", "fn"))
        return _prf(tp, fp, fn)[2]

    def mistakes(self) -> list[str]:
        """One line per missed or extra event, to read when a score drops."""
        out = []
        for s in self.scores:
            aid = s.article.article_id
            out += [f"{aid} missed {g['kind']}: {g['quote'][:80]!r}" for g in s.missed]
            out += [f"{aid} extra  {e.kind}: {e.ev_payload()}" for e in s.extra]
        return out


def evaluate(gold_dir: Path, extractor: Extractor | None = None) -> EvalReport:
    """Extract every article that has a gold file in ``gold_dir`` and score it."""
    ex = extractor or RuleExtractor()
    scores = []
    for path in sorted(gold_dir.glob("*.toml")):
        gold = load_gold(path)
        article = load_article(gold.article)
        subject = gold.subject or detect_subject(article)
        pairs, missed, extra = match_events(gold.events, ex.extract(article), subject)
        scores.append(ArticleScore(article, tuple(pairs), tuple(missed), tuple(extra)))
    return EvalReport(tuple(scores))
