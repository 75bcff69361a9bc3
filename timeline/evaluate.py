"""Scoring extraction against hand-checked gold annotations.

A gold file (TOML, one per article, see ``tests/corpus/ANNOTATION.md``) lists every event the
article states. An extracted event matches a gold event of the same kind and subject when every
key field (`timeline.events.FACT_KEYS`) and every checked value (`CHECKED`) the gold gives
agrees: numbers within 0.5 %, names after folding case and punctuation, product names when one
starts with the other, stake directions by their sign. A gold event without ``modality`` is an
actual. Subjects agree through the gold's ``[aliases]`` (another listing or name of the same
company). Matching is one-to-one and greedy in text order. Date accuracy is the share of
matched events whose ``occurred_start``, ``occurred_end`` and ``occurred_precision`` all agree
with the gold.

A gold folder holding a file named ``SEALED`` is a sealed evaluation set: it is scored, never
studied, so only its totals per kind and overall are shown (`SealedGold` refuses the rest).
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from timeline.articles import Article, load_article
from timeline.entities import canonical, canonical_metric, normalise, resolve
from timeline.errors import SealedGold
from timeline.events import DIRECTION_SIGN, FACT_KEYS, KINDS, EventBase, parse_event
from timeline.extract import Extractor, RuleExtractor
from timeline.extract.core import detect_subject

__all__ = [
    "CHECKED",
    "CORE_KINDS",
    "ArticleScore",
    "EvalReport",
    "GoldFile",
    "evaluate",
    "load_gold",
    "match_events",
]

_REL_TOL = 0.005
SEAL_NAME = "SEALED"

#: The core facts: ratings, targets, consensus, stakes, price moves and levels, launches.
CORE_KINDS: tuple[str, ...] = (
    "analyst_rating",
    "price_target",
    "consensus",
    "stake_change",
    "ownership_level",
    "price_move",
    "price_level",
    "product_launch",
)

#: Values a fact must get right to count as found, beyond its identity (`FACT_KEYS`).
CHECKED: dict[str, tuple[str, ...]] = {
    "analyst_rating": ("rating_normalized",),
    "price_target": ("value", "currency"),
    "consensus": ("currency",),
    "stake_change": ("direction",),
    "price_level": ("currency",),
    "product_launch": ("modality",),
    "financial_kpi": ("unit", "modality"),
    "corporate_action": ("modality",),
}


@dataclass(frozen=True, slots=True)
class GoldFile:
    """The gold events of one article."""

    path: Path
    article: Path
    subject: str | None
    events: tuple[dict[str, Any], ...]
    aliases: dict[str, str] = field(default_factory=dict)

    def subject_of(self, name: str) -> str:
        """The gold's id for a subject name an extractor gave (another listing, a name, the
        name without "the", its legal form or the word "index")."""
        return self.aliases.get(_subject_key(name), canonical(name))


def load_gold(path: Path) -> GoldFile:
    """Read one gold file; the article it names sits beside the gold folder."""
    data = tomllib.loads(path.read_text("utf-8"))
    subject = data.get("subject")
    aliases = {
        _subject_key(alias): canonical(key)
        for key, names in data.get("aliases", {}).items()
        for alias in [key, *names]
    }
    return GoldFile(
        path,
        path.parent.parent / data["article"],
        canonical(subject) if subject else None,
        tuple(data.get("event", [])),
        aliases,
    )


def is_sealed(gold_dir: Path) -> bool:
    """Whether ``gold_dir`` is a sealed evaluation set (a ``SEALED`` file marks it)."""
    return (gold_dir / SEAL_NAME).is_file()


def _same(field: str, gold: Any, got: Any) -> bool:
    if gold is None:
        return True
    if got is None:
        return False
    if isinstance(gold, (int, float)) and isinstance(got, (int, float)):
        return math.isclose(float(gold), float(got), rel_tol=_REL_TOL, abs_tol=1e-9)
    if field == "metric":  # gold written "operating_profit" is the model's "operating_income"
        gold = canonical_metric(str(gold))
    a, b = _name(gold), _name(got)
    if field == "product":  # "Switch 2", "Nintendo Switch 2", "Switch 2 OLED": one product
        short, long = sorted((a, b), key=len)
        return long.startswith(short) or long.endswith(f" {short}")
    return a == b


# "the government" is "government", "National Social Security Fund (NSSF)" is the fund,
# "Cordros Securities Limited" is "Cordros Securities"
_ARTICLE = re.compile(r"^the\s+", re.I)
_ABBREVIATION = re.compile(r"\s*\([A-Z&]{2,8}\)$")
_LEGAL_FORM = re.compile(
    r",?\s+(?:(?:Pvt|Pty|Private)\.?\s+)?(?:Limited|Ltd|Inc|Incorporated|LLC|L\.L\.C|LP|L\.P|"
    r"plc|PLC|Plc|Corp|Corporation|Co|AG|SA|S\.A|NV|N\.V|GmbH|SE|AB|ASA|Bhd|Berhad)\.?$"
)


def _name(value: Any) -> str:
    """A name folded for comparison: its canonical id, without a leading "the", a trailing
    abbreviation in brackets or a legal form.

    >>> _name("The Treasury") == _name("treasury"), _name("Fund (NSSF)") == _name("Fund")
    (True, True)
    >>> _name("Cordros Securities Limited") == _name("Cordros Securities")
    True
    >>> _name("JPMorgan Chase & Co.") == _name("JPMorgan")
    True
    """
    text = _ABBREVIATION.sub("", _ARTICLE.sub("", str(value).strip()))
    if (known := resolve(text.rstrip("."))) is not None:
        return normalise(known)  # "JPMorgan Chase & Co.", an alias with its legal form
    return normalise(canonical(_LEGAL_FORM.sub("", text)))


_INDEX_WORD = re.compile(r"\s+index$", re.I)


def _subject_key(name: str) -> str:
    """A subject's name folded for looking it up among a gold file's aliases: "The Shariah
    index" is "Shariah", "Cordros Securities Limited" is "Cordros Securities".

    >>> _subject_key("The Shariah index") == _subject_key("Shariah")
    True
    """
    return _name(_INDEX_WORD.sub("", _ABBREVIATION.sub("", str(name).strip())))


def _gold_value(gold: dict[str, Any], name: str) -> Any:
    if name == "modality":
        return gold.get(name, "actual")
    return gold.get(name)


def _checked(kind: str, gold: dict[str, Any], payload: dict[str, Any]) -> bool:
    for name in (*FACT_KEYS.get(kind, ()), *CHECKED.get(kind, ())):
        want, got = _gold_value(gold, name), payload.get(name)
        if name == "direction" and want is not None:
            if DIRECTION_SIGN.get(str(want)) != DIRECTION_SIGN.get(str(got)):
                return False
        elif not _same(name, want, got):
            return False
    return True


def _matches(
    gold: dict[str, Any], event: EventBase, subject: str, names: GoldFile | None = None
) -> bool:
    same_subject = names.subject_of if names else canonical
    wanted = canonical(gold.get("subject", subject))
    if event.kind != gold["kind"] or same_subject(event.subject) != wanted:
        return False
    return _checked(event.kind, gold, event.ev_payload())


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


def _when(event: EventBase) -> str:
    return f"{event.occurred_start}..{event.occurred_end} {event.occurred_precision}"


def _when_gold(gold: dict[str, Any]) -> str:
    start = gold.get("occurred_start")
    end = gold.get("occurred_end", start)
    return f"{start}..{end} {gold.get('occurred_precision', 'unknown')}"


def match_events(
    gold: Sequence[dict[str, Any]],
    extracted: Sequence[EventBase],
    subject: str,
    names: GoldFile | None = None,
) -> tuple[list[tuple[dict[str, Any], EventBase]], list[dict[str, Any]], list[EventBase]]:
    """(matched pairs, missed gold events, extra extracted events)."""
    free = list(extracted)
    pairs: list[tuple[dict[str, Any], EventBase]] = []
    missed: list[dict[str, Any]] = []
    for g in gold:
        candidates = [e for e in free if _matches(g, e, subject, names)]
        # two notes by one firm in one article: pair each with the one of its own date
        hit = next((e for e in candidates if _date_ok(g, e)), candidates[0] if candidates else None)
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


def _micro(counts: pl.DataFrame) -> dict[str, float]:
    """Micro precision, recall, F1 and date accuracy of outcome rows (`EvalReport.counts`)."""
    tp, fp, fn = (counts.filter(pl.col("outcome") == o).height for o in ("tp", "fp", "fn"))
    p, r, f = _prf(tp, fp, fn)
    dates = int(counts.filter(pl.col("outcome") == "tp").get_column("date_ok").sum())
    return {
        "precision": p,
        "recall": r,
        "f1": f,
        "date_accuracy": dates / tp if tp else 1.0,
        "gold": tp + fn,
        "extracted": tp + fp,
    }


@dataclass(frozen=True, slots=True)
class EvalReport:
    """Scores per kind, per article and overall, with the missed and extra events."""

    scores: tuple[ArticleScore, ...]
    sealed: bool = False

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
        """Precision, recall, F1 and date accuracy per article (not for a sealed set)."""
        if self.sealed:
            raise SealedGold("per-article scores")
        return self._table("article")

    def overall(self) -> dict[str, float]:
        """Micro-averaged precision, recall, F1 and date accuracy over every event."""
        return _micro(self.counts())

    def f1_for(self, kinds: Sequence[str]) -> float:
        """Micro F1 over the given kinds."""
        return self.scores_for(kinds)["f1"]

    def scores_for(self, kinds: Sequence[str]) -> dict[str, float]:
        """Micro precision, recall, F1 and date accuracy over the given kinds."""
        return _micro(self.counts().filter(pl.col("kind").is_in(list(kinds))))

    def core(self) -> dict[str, float]:
        """Micro scores over the core kinds (`CORE_KINDS`)."""
        return self.scores_for(CORE_KINDS)

    def mistakes(self) -> list[str]:
        """One line per missed or extra event and per event found with the wrong date, to read
        when a score drops (not for a sealed set)."""
        if self.sealed:
            raise SealedGold("its mistakes")
        out = []
        for s in self.scores:
            aid = s.article.article_id
            out += [
                f"{aid} missed {g['kind']} {g.get('subject', '')}: {g['quote'][:80]!r}"
                for g in s.missed
            ]
            out += [f"{aid} extra  {e.kind} {e.subject}: {e.ev_payload()}" for e in s.extra]
            out += [
                f"{aid} date   {g['kind']}: {_when(e)} for gold {_when_gold(g)}: "
                f"{g['quote'][:60]!r}"
                for g, e in s.pairs
                if not _date_ok(g, e)
            ]
        return out


class EventsFile:
    """An extractor that replays events extracted earlier (JSON lines, as ``timeline extract
    --json`` writes them), so that any extractor's output can be scored."""

    name = "events-file"
    version = "1"

    def __init__(self, path: Path) -> None:
        self.by_source: dict[str, list[EventBase]] = {}
        for line in path.read_text("utf-8").splitlines():
            if line.strip():
                raw = json.loads(line)
                known = {k: v for k, v in raw.items() if k in KINDS[raw["kind"]].model_fields}
                event = parse_event(known | {"event_id": ""})
                self.by_source.setdefault(event.source_id, []).append(event)

    def extract(self, article: Article) -> list[EventBase]:
        return self.by_source.get(article.article_id, [])


def evaluate(gold_dir: Path, extractor: Extractor | None = None) -> EvalReport:
    """Extract every article that has a gold file in ``gold_dir`` and score it."""
    ex = extractor or RuleExtractor()
    scores = []
    for path in sorted(gold_dir.glob("*.toml")):
        gold = load_gold(path)
        article = load_article(gold.article)
        subject = gold.subject or detect_subject(article)
        pairs, missed, extra = match_events(gold.events, ex.extract(article), subject, gold)
        scores.append(ArticleScore(article, tuple(pairs), tuple(missed), tuple(extra)))
    return EvalReport(tuple(scores), sealed=is_sealed(gold_dir))
