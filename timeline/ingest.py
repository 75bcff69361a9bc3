"""Ingestion: articles in, events appended to a store in one atomic commit.

Articles that cannot be read or dated are reported and skipped; the rest of the batch is still
ingested. Re-ingesting the same articles adds nothing (event ids are content hashes); the same
text given another publication date is refused (it would add every fact a second time).

>>> import tempfile
>>> from timeline.ingest import ingest
>>> from timeline.store import DeltaStore
>>> report = ingest(["seeds"], store=DeltaStore(tempfile.mkdtemp()))
>>> report.articles, report.new_count > 40, report.failures
(5, True, ())
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from tqdm.auto import tqdm

from timeline.articles import Article
from timeline.errors import ArticleDatedDifferently, ArticleError
from timeline.events import EventBase
from timeline.extract import Extractor, RuleExtractor
from timeline.sources import load_articles
from timeline.store import DeltaStore

__all__ = ["IngestReport", "extract_articles", "ingest"]


@dataclass(frozen=True, slots=True)
class IngestReport:
    """What an ingest did: articles read, events new and already present, failures."""

    articles: int
    extracted: int
    new_count: int
    duplicate_count: int
    failures: tuple[tuple[Path, ArticleError], ...] = ()

    def __str__(self) -> str:
        line = (
            f"{self.articles} articles, {self.extracted} events extracted: "
            f"{self.new_count} new, {self.duplicate_count} already present"
        )
        if self.failures:
            line += f"; {len(self.failures)} article(s) failed"
        return line


def extract_articles(
    articles: Sequence[Article], extractor: Extractor | None = None, *, progress: bool | None = None
) -> list[EventBase]:
    """Every event of every article, in article then text order."""
    ex = extractor or RuleExtractor()
    show = progress if progress is not None else len(articles) > 20
    events: list[EventBase] = []
    for article in tqdm(articles, desc="extracting", unit="article", disable=not show):
        events.extend(ex.extract(article))
    return events


def ingest(
    paths: Sequence[Path | str],
    *,
    store: DeltaStore,
    extractor: Extractor | None = None,
    published: dt.date | dt.datetime | str | None = None,
    progress: bool | None = None,
    subject: str | None = None,
    allow_future: bool = False,
    mapping: Mapping[str, str] | None = None,
) -> IngestReport:
    """Load, extract and append; one commit for the whole batch. ``subject`` overrides the
    company each article is about; a publication after now is refused unless
    ``allow_future``; ``mapping`` names an export's fields (`timeline.sources.records`)."""
    loaded = load_articles(
        paths, published=published, progress=progress, subject=subject, mapping=mapping
    )
    articles, refused = _not_dated_differently(loaded.articles, store)
    events = extract_articles(articles, extractor, progress=progress)
    report = store.append(events, allow_future=allow_future) if events else None
    if events:
        store.articles.record(articles)  # where each came from, once its events are in
    return IngestReport(
        articles=len(articles),
        extracted=len(events),
        new_count=report.new_count if report else 0,
        duplicate_count=report.duplicate_count if report else 0,
        failures=(*loaded.failures, *refused),
    )


def _not_dated_differently(
    articles: Sequence[Article], store: DeltaStore
) -> tuple[list[Article], list[tuple[Path, ArticleError]]]:
    """The articles to ingest, and those refused because the store holds the same text
    (the same ``source_id``) reported at another time: one text is one article, and a second
    date would add every fact again."""
    stored = store.reported_at_of([a.article_id for a in articles])
    keep: list[Article] = []
    refused: list[tuple[Path, ArticleError]] = []
    for article in articles:
        was = stored.get(article.article_id)
        if was is None or was == article.published_at:
            keep.append(article)
        else:
            where = article.path or Path(article.article_id)
            refused.append((where, ArticleDatedDifferently(where, was, article.published_at)))
    return keep, refused
