"""Articles from where analysts keep news: text files, saved web pages, exports of news APIs
(JSON Lines, Parquet, CSV) and RSS or Atom feeds, read in one batch.

Each file is read by its kind, found from its name and, for text and XML, its first lines:

==========================  ==========================================  =====================
file                        read by                                     one file gives
==========================  ==========================================  =====================
``*.txt``                   `timeline.articles.text_article`            one article
``*.html``, ``*.htm``, or   `timeline.sources.pages` (trafilatura:      one article
text that is a page         the main text, title, time, URL, outlet)
``*.jsonl``, ``*.ndjson``,  `timeline.sources.records` (common field    one per record
``*.parquet``, ``*.csv``    names, or ``mapping``)
``*.rss``, ``*.atom``, or   `timeline.sources.feeds` (feedparser)       one per item
``*.xml`` that is a feed
==========================  ==========================================  =====================

A folder stands for the files of these kinds inside it (not its manifest). A file that cannot
be read, and a record or item that cannot be an article, is reported with where it is and
skipped; the batch goes on (`LoadResult.failures`).

>>> loaded = load_articles(["seeds"])
>>> len(loaded.articles), loaded.failures
(5, ())
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tqdm.auto import tqdm

from timeline.articles import (
    MANIFEST_NAME,
    Article,
    ManifestEntry,
    manifest_entries,
    read_text,
    text_article,
)
from timeline.errors import ArticleError, ManifestInvalid, RecordInvalid
from timeline.sources.feeds import FEED_SUFFIXES, is_feed, read_feed
from timeline.sources.pages import is_html, page_article
from timeline.sources.records import RECORD_SUFFIXES, parse_mapping, read_records

__all__ = ["SUFFIXES", "LoadResult", "expand_paths", "load_articles", "parse_mapping"]

_PAGES = frozenset({".html", ".htm"})
#: The kinds of file a folder is read for.
SUFFIXES = frozenset({".txt"}) | _PAGES | RECORD_SUFFIXES | FEED_SUFFIXES


@dataclass(frozen=True, slots=True)
class LoadResult:
    """Articles loaded from a batch, and what failed, each with where it is and why."""

    articles: tuple[Article, ...]
    failures: tuple[tuple[Path, ArticleError], ...] = field(default_factory=tuple)


def expand_paths(paths: Iterable[Path | str]) -> list[Path]:
    """Files named, and the files of the kinds read (`SUFFIXES`) inside folders named, sorted
    within each folder."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(f for f in p.iterdir() if f.suffix.lower() in SUFFIXES))
        else:
            out.append(p)
    return out


def load_articles(
    paths: Sequence[Path | str],
    *,
    published: dt.datetime | dt.date | str | None = None,
    progress: bool | None = None,
    subject: str | None = None,
    mapping: Mapping[str, str] | None = None,
) -> LoadResult:
    """Load the articles of many files; failures do not stop the batch.

    ``published`` dates every article (``--published``); ``subject`` says which company every
    article is about, overriding the manifest and the extractor's own decision; ``mapping``
    names an export's fields that have no common name (``{"body": "story"}``, see
    `timeline.sources.records`).

    ``progress`` shows a bar of articles read, with their rate (in notebooks too); by default
    when there are more than 20 files, or an export or a feed.
    """
    files = expand_paths(paths)
    manifests = _Manifests()
    articles: list[Article] = []
    failures: list[tuple[Path, ArticleError]] = []
    many = len(files) > 20 or any(f.suffix.lower() in RECORD_SUFFIXES for f in files)
    show = progress if progress is not None else many
    with tqdm(desc="reading", unit=" articles", disable=not show) as bar:
        for path in files:
            for read in _read(path, manifests, published, subject, mapping):
                if isinstance(read, Article):
                    articles.append(read)
                    bar.update()
                else:
                    failures.append((path, read))
    return LoadResult(tuple(articles), (*manifests.failures, *failures))


class _Manifests:
    """The manifest of each folder, read once; a bad entry fails its own article only."""

    def __init__(self) -> None:
        self.entries: dict[Path, dict[str, ManifestEntry]] = {}
        self.bad: dict[Path, ManifestInvalid] = {}
        self.failures: list[tuple[Path, ArticleError]] = []

    def of(self, path: Path) -> dict[str, ManifestEntry]:
        folder = path.parent
        if folder not in self.entries:
            manifest = folder / MANIFEST_NAME
            entries, problems = manifest_entries(manifest) if manifest.is_file() else ({}, [])
            self.entries[folder] = entries
            for problem in problems:
                target = folder / problem.entry
                self.bad[target] = problem
                if not target.is_file():
                    self.failures.append((manifest, problem))
        return self.entries[folder]


def _read(
    path: Path,
    manifests: _Manifests,
    published: dt.datetime | dt.date | str | None,
    subject: str | None,
    mapping: Mapping[str, str] | None,
) -> Iterator[Article | ArticleError]:
    """The articles of one file, or why it gave none (one error per bad record)."""
    suffix = path.suffix.lower()
    try:
        entries = manifests.of(path)
        if path in manifests.bad:
            raise manifests.bad[path]
        if suffix in RECORD_SUFFIXES:
            yield from read_records(path, mapping=mapping, published=published, subject=subject)
            return
        text, encoding = read_text(path)
        entry = entries.get(path.name)
        if suffix in FEED_SUFFIXES and is_feed(text):
            yield from read_feed(path, published=published, subject=subject)
        elif suffix in _PAGES or is_html(text):
            yield page_article(text, source=path, published=published, entry=entry, subject=subject)
        else:
            yield text_article(
                path, text, encoding, published=published, entry=entry, subject=subject
            )
    except (ArticleError, RecordInvalid) as problem:
        yield problem
