"""Where each article came from, kept beside the log: its outlet, address, title,
publication and text (the text its events' spans point into: a saved page's kept text, not
its markup), one row per article id (`PROVENANCE`).

The log's events name their article by ``source_id``; this table says what that article is,
so that every event can be shown with its outlet and URL (`with_provenance`) without each of
millions of events carrying them (two text columns would cost each event of the log held in
memory 8 bytes more). `timeline.ingest.ingest` records the articles once their events are
appended (a writer stopped in between leaves events whose provenance is unknown, never a
provenance without events); an article already recorded is not recorded again. It is a Delta table
of its own, ``articles`` beside ``events`` in the store's folder or URL, and metadata:
`verify` does not hash it, and a store written before it existed reads as one whose
articles' sources are unknown.

>>> import tempfile
>>> from timeline.articles import Article
>>> table = ArticleTable(tempfile.mkdtemp())
>>> a = Article.from_text("Zorvex rises\\nBody.", published="2025-03-04", article_id="z")
>>> table.record([a]), table.record([a])
(1, 0)
>>> table.read().select("article_id", "title").rows()
[('z', 'Zorvex rises')]
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import polars as pl

from timeline.store.side import SideTable

if TYPE_CHECKING:  # a store is opened without the article readers (`timeline asof`)
    from timeline.articles import Article

__all__ = ["PROVENANCE", "ArticleTable", "provenance", "with_provenance"]

#: Where each article came from, and its text, as the store keeps it: one row per article id.
PROVENANCE = pl.Schema(
    {
        "article_id": pl.String(),
        "outlet": pl.String(),
        "url": pl.String(),
        "title": pl.String(),
        "published_at": pl.Datetime("us", "UTC"),
        "date_basis": pl.String(),
        "text": pl.String(),  # the text every event's span points into
    }
)


def provenance(articles: Iterable[Article]) -> pl.DataFrame:
    """The `PROVENANCE` rows of ``articles``."""
    rows = [
        (a.article_id, a.outlet, a.url, a.title, a.published_at, a.date_basis, a.text)
        for a in articles
    ]
    return pl.DataFrame(rows, schema=PROVENANCE, orient="row")


class ArticleTable(SideTable):
    """The articles of the store at ``uri`` (its ``articles`` Delta table)."""

    name = "articles"
    schema = PROVENANCE

    def read(self) -> pl.DataFrame:
        """Every article recorded, one row each (empty when none was; two writers may record
        one article at once: it is one article)."""
        return self._held().unique("article_id", keep="first")

    def record(self, articles: Iterable[Article]) -> int:
        """Record the articles not recorded yet; the number recorded."""
        rows = provenance(articles).unique("article_id", keep="first")
        known = self.read().get_column("article_id")
        new = rows.filter(~pl.col("article_id").is_in(known.implode()))
        self._append(new)
        return new.height


def with_provenance(events: pl.DataFrame, articles: pl.DataFrame) -> pl.DataFrame:
    """``events`` with the ``outlet`` and ``url`` of the article each came from (null where
    the store does not know it).

    >>> events = pl.DataFrame({"seq": [1, 2], "source_id": ["z", "y"]})
    >>> articles = pl.DataFrame({"article_id": ["z"], "outlet": ["Ledger"], "url": ["u"]})
    >>> with_provenance(events, articles).rows()
    [(1, 'z', 'Ledger', 'u'), (2, 'y', None, None)]
    """
    sources = articles.select(
        pl.col("article_id").cast(pl.String).alias("_source"), pl.col("outlet"), pl.col("url")
    )
    keyed = events.with_columns(_source=pl.col("source_id").cast(pl.String))
    return keyed.join(sources, on="_source", how="left", maintain_order="left").drop("_source")
