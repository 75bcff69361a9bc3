from __future__ import annotations

import datetime as dt
from pathlib import Path

import polars as pl

from timeline.articles import Article
from timeline.ingest import ingest
from timeline.store import DeltaStore
from timeline.store.articles import ArticleTable, with_provenance

DATA = Path(__file__).parents[1] / "sources" / "data"


def _article(article_id: str, outlet: str | None) -> Article:
    return Article(
        article_id=article_id,
        path=None,
        text="Zorvex rises\nZorvex rose 3%.",
        published_at=dt.datetime(2025, 3, 4, 14, 30, tzinfo=dt.UTC),
        date_basis="page",
        url=f"https://x.example/{article_id}",
        outlet=outlet,
    )


def test_an_article_is_recorded_once(tmp_path: Path) -> None:
    table = ArticleTable(str(tmp_path))
    assert table.read().is_empty()  # a store written before the table existed
    assert table.record([_article("a", "Ledger"), _article("a", "Ledger")]) == 1
    assert table.record([_article("a", "Ledger"), _article("b", None)]) == 1
    assert sorted(table.read().get_column("article_id")) == ["a", "b"]


def test_each_event_shows_the_outlet_and_url_of_its_article(tmp_path: Path) -> None:
    store = DeltaStore(tmp_path / "store")
    ingest([DATA / "markets.rss", DATA / "ledger_zorvex_upgrade.html"], store=store)
    events = with_provenance(store.load().frame, store.articles.read())
    assert events.height == store.load().frame.height
    assert events.filter(pl.col("outlet").is_null()).is_empty()
    by_outlet = events.group_by("outlet").agg(pl.col("url").unique()).sort("outlet").rows()
    assert [outlet for outlet, _ in by_outlet] == ["Daily Ledger", "Daily Ledger: Markets"]
    assert by_outlet[0][1] == ["https://www.dailyledger.example/markets/2025/03/04/zorvex-upgrade"]


def test_events_of_an_article_the_store_never_recorded_have_no_provenance() -> None:
    events = pl.DataFrame({"seq": [1], "source_id": ["gone"]}).with_columns(
        pl.col("source_id").cast(pl.Categorical)
    )
    articles = pl.DataFrame({"article_id": ["other"], "outlet": ["Ledger"], "url": ["u"]})
    assert with_provenance(events, articles).row(0) == (1, "gone", None, None)


def test_the_store_keeps_the_text_every_events_span_points_into(tmp_path: Path) -> None:
    store = DeltaStore(tmp_path / "store")
    ingest([DATA / "ledger_zorvex_upgrade.html"], store=store)
    [text] = store.articles.read().get_column("text").to_list()
    assert "<" not in text  # the page's kept text, not its markup
    spans = store.load().frame.select("span_start", "span_end", "quote")
    for start, end, quote in spans.iter_rows():
        assert text[start:end] == quote
