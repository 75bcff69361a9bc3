from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.errors import ArticleUnreadable
from timeline.extract import RuleExtractor
from timeline.sources import load_articles
from timeline.sources.feeds import read_feed

DATA = Path(__file__).parent / "data"


def test_each_rss_item_is_an_article_with_its_link_time_and_the_feeds_name() -> None:
    upgrade, warning = load_articles([DATA / "markets.rss"]).articles
    assert upgrade.title == "Zorvex shares jump after Helvion upgrade"
    assert "<p>" not in upgrade.text  # content:encoded, read as a page's text
    assert upgrade.text.count("rose 6.2%") == 1  # the full content, not the summary as well
    assert upgrade.published_at == dt.datetime(2025, 3, 4, 14, 30, tzinfo=dt.UTC)
    assert (upgrade.outlet, upgrade.date_basis) == ("Daily Ledger: Markets", "feed")
    assert warning.url == "https://www.dailyledger.example/markets/2025/03/05/quillon-warning"
    # 09:15 in Tokyo on the 5th is the 4th in UTC, and still the 5th where it was written
    assert warning.published_at == dt.datetime(2025, 3, 5, 0, 15, tzinfo=dt.UTC)
    assert warning.published_on == dt.date(2025, 3, 5)


def test_each_atom_entry_is_an_article_dated_by_its_publication() -> None:
    kestrel, cfo = load_articles([DATA / "companies.atom"]).articles
    assert kestrel.published_at == dt.datetime(2025, 3, 6, 6, tzinfo=dt.UTC)  # not updated
    assert kestrel.url == "https://borvale.example/news/kestrel"
    assert cfo.published_at == dt.datetime(2025, 3, 7, 8, tzinfo=dt.UTC)  # updated, no other
    assert cfo.text.endswith("named Ann Lee its chief financial officer on Friday.")


def test_a_feeds_events_quote_its_items() -> None:
    articles = load_articles([DATA / "markets.rss", DATA / "companies.atom"]).articles
    events = [(a, e) for a in articles for e in RuleExtractor().extract(a)]
    assert {e.kind for _, e in events} >= {"analyst_rating", "price_move", "price_level"}
    for article, e in events:
        assert article.text[e.span_start : e.span_end] == e.quote


def test_an_item_without_a_time_is_skipped_unless_a_date_is_given(tmp_path: Path) -> None:
    feed = tmp_path / "undated.xml"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><title>A</title>'
        "<description>Helvion upgraded Zorvex Corp to buy from hold.</description></item>"
        "</channel></rss>"
    )
    skipped = load_articles([feed])
    assert not skipped.articles
    assert "item 1 ('A'): it has no publication time" in str(skipped.failures[0][1])
    [dated] = load_articles([feed], published="2025-03-04").articles
    assert (dated.published_on, dated.date_basis) == (dt.date(2025, 3, 4), "given")


def test_a_file_that_is_no_feed_is_refused(tmp_path: Path) -> None:
    broken = tmp_path / "broken.rss"
    broken.write_text("<rss><channel><title>T</title>")
    with pytest.raises(ArticleUnreadable, match="holds no feed items"):
        list(read_feed(broken))


def test_a_folder_reads_every_kind_of_source_but_its_manifest(tmp_path: Path) -> None:
    for name in ("markets.rss", "companies.atom", "news.jsonl", "ledger_zorvex_upgrade.html"):
        (tmp_path / name).write_bytes((DATA / name).read_bytes())
    (tmp_path / "notes.md").write_text("not an article")
    loaded = load_articles([tmp_path])
    assert len(loaded.articles) == 2 + 2 + 3 + 1
    assert len(loaded.failures) == 2  # the export's broken line and undated record
