"""The extractor protocol and the rule-based default extractor.

An extractor is anything with a ``name``, a ``version`` and ``extract(article) -> events``;
ingestion depends on nothing else, so a model-based extractor can be dropped in later.

The default `RuleExtractor` reads an article sentence by sentence. For each factual sentence
it resolves the temporal cue once (`timeline.extract.temporal`), then asks every rule (one
module per topic under `timeline.extract.rules`) for *drafts*: a kind, a payload and a
confidence. Drafts become validated events whose quote is the sentence and whose span is the
sentence's offsets, so ``article.text[span_start:span_end] == quote`` always holds. A draft
that fails validation is dropped, never raised. The same fact stated twice in one article
(the same kind and key fields) is kept once, the most complete statement winning.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from timeline.articles import Article
from timeline.entities import canonical
from timeline.errors import EventInvalid
from timeline.events import KINDS, EventBase, fact_key
from timeline.extract.mentions import find_entities, find_tickers
from timeline.extract.temporal import Occurrence, TemporalContext, resolve
from timeline.extract.text import Sentence, split_sentences

__all__ = [
    "Context",
    "Draft",
    "Extractor",
    "Rule",
    "RuleExtractor",
]


@runtime_checkable
class Extractor(Protocol):
    """Text and article metadata in, events out."""

    name: str
    version: str

    def extract(self, article: Article) -> list[EventBase]:
        """Every event the article states, in text order."""
        ...


@dataclass(frozen=True, slots=True)
class Draft:
    """What a rule found in one sentence, before it becomes an event."""

    kind: str
    payload: dict[str, Any]
    confidence: float = 0.8
    subject: str | None = None
    occurrence: Occurrence | None = None


@dataclass(slots=True)
class Context:
    """What the extractor knows while reading one article (private to one extraction)."""

    article: Article
    subject: str
    sentences: Sequence[Sentence]
    index: int = 0
    occurrence: Occurrence = field(default_factory=Occurrence.unknown)
    temporal: TemporalContext = field(default_factory=TemporalContext)
    last_product: str | None = None
    last_segment: str | None = None
    last_firm: str | None = None
    last_kpi: tuple[str, str | None, str | None] | None = None
    last_kpi_index: int = -10

    @property
    def published(self) -> dt.date:
        return self.article.published_at.date()

    @property
    def sentence(self) -> Sentence:
        return self.sentences[self.index]

    def following(self) -> Sentence | None:
        """The next sentence of the same paragraph, if any."""
        if self.index + 1 < len(self.sentences):
            nxt = self.sentences[self.index + 1]
            if nxt.block == self.sentence.block or not nxt.heading:
                return nxt
        return None


Rule = Callable[[Sentence, Context], Iterable[Draft]]


def detect_subject(article: Article) -> str:
    """The company an article is about: the manifest's, else its most named company."""
    if article.subject:
        return article.subject
    counts: Counter[str] = Counter()
    head = article.text[:3000]
    for m in find_entities(head, kinds=("company",)):
        counts[m.id] += 3 if m.start < len(article.title) else 1
    if counts:
        return counts.most_common(1)[0][0]
    tickers = find_tickers(head)
    if tickers:
        return canonical(tickers[0])
    words = [w for w in article.title.split() if w[:1].isupper()]
    return canonical(words[0].strip("’'s:,")) if words else "UNKNOWN"


class RuleExtractor:
    """The default extractor: deterministic rules for the genre of financial news.

    Examples
    --------
    >>> from timeline.articles import Article
    >>> from timeline.extract import RuleExtractor
    >>> text = "Acme Corp (NASDAQ: ACME) News\\nOn Tuesday, Goldman Sachs raised its price "\\
    ...        "target on Acme to $230 from $178 and reiterated a Buy rating."
    >>> art = Article.from_text(text, published="2025-03-07", subject="ACME")
    >>> for ev in RuleExtractor().extract(art):
    ...     print(ev.kind, ev.firm, getattr(ev, "value", None), ev.occurred_start)
    analyst_rating Goldman Sachs None 2025-03-04
    price_target Goldman Sachs 230.0 2025-03-04
    """

    name = "rules"
    version = "1"

    def __init__(self, rules: Sequence[Rule] | None = None) -> None:
        if rules is None:
            from timeline.extract.rules import DEFAULT_RULES  # noqa: PLC0415 - rules import core

            rules = DEFAULT_RULES
        self.rules = tuple(rules)

    def __repr__(self) -> str:
        return f"RuleExtractor({len(self.rules)} rules, version {self.version})"

    def extract(self, article: Article) -> list[EventBase]:
        sentences = split_sentences(article.text)
        ctx = Context(article=article, subject=detect_subject(article), sentences=sentences)
        events: dict[tuple[Any, ...], EventBase] = {}
        for i, sentence in enumerate(sentences):
            ctx.index = i
            if not sentence.factual:
                if sentence.heading and not sentence.boilerplate:
                    _note_heading(sentence, ctx)
                continue
            ctx.occurrence = resolve(sentence.text, ctx.published, ctx.temporal)
            for rule in self.rules:
                for draft in rule(sentence, ctx):
                    event = self._build(draft, sentence, ctx)
                    if event is not None:
                        _keep(events, event)
        return sorted(events.values(), key=lambda e: (e.span_start, list(KINDS).index(e.kind)))

    def _build(self, draft: Draft, sentence: Sentence, ctx: Context) -> EventBase | None:
        occ = draft.occurrence or ctx.occurrence
        payload = {k: v for k, v in draft.payload.items() if v is not None}
        try:
            return KINDS[draft.kind](
                subject=draft.subject or ctx.subject,
                occurred_start=occ.start,
                occurred_end=occ.end,
                occurred_precision=occ.precision,
                reported_at=ctx.article.published_at,
                source_id=ctx.article.article_id,
                span_start=sentence.start,
                span_end=sentence.end,
                quote=sentence.text,
                extractor=f"{self.name}/{self.version}",
                confidence=draft.confidence,
                **payload,
            )
        except (EventInvalid, ValueError):
            return None  # a rule's guess that does not validate is not an event


def _completeness(event: EventBase) -> int:
    return sum(v is not None for v in event.ev_payload().values()) + (
        event.occurred_precision != "unknown"
    )


def _keep(events: dict[tuple[Any, ...], EventBase], event: EventBase) -> None:
    key = fact_key(event.kind, event.subject, event.ev_payload())
    if key not in events or _completeness(event) > _completeness(events[key]):
        events[key] = event


def _note_heading(sentence: Sentence, ctx: Context) -> None:
    from timeline.extract.rules.kpis import segment_of  # noqa: PLC0415 - rules import core

    ctx.last_segment = segment_of(sentence.text)  # a new section: its segment, or none
