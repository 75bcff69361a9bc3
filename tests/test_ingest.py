from __future__ import annotations

from pathlib import Path

from tests.conftest import Reliability
from timeline.errors import ArticleDatedDifferently, ArticleDateMissing
from timeline.ingest import ingest
from timeline.store import DeltaStore

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def test_ingest_then_reingest_adds_nothing(tmp_path: Path) -> None:
    store = DeltaStore(tmp_path)
    first = ingest([SEEDS], store=store)
    assert (first.articles, first.duplicate_count, first.failures) == (5, 0, ())
    assert first.new_count == first.extracted == len(store.load())
    again = ingest([SEEDS], store=store)
    assert (again.new_count, again.duplicate_count) == (0, first.new_count)
    assert store.version() == 0
    assert store.verify().ok


def test_a_bad_article_does_not_stop_the_batch(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Title\n2025-03-07\nGoldman Sachs upgraded Acme to Buy.")
    (folder / "undated.txt").write_text("UBS cut Acme to Sell.")
    report = ingest([folder], store=DeltaStore(tmp_path / "store"))
    assert (report.articles, report.new_count) == (1, 1)
    [(path, error)] = report.failures
    assert path.name == "undated.txt"
    assert isinstance(error, ArticleDateMissing)
    assert "1 article(s) failed" in str(report)


def test_the_same_text_with_another_date_is_refused_not_added_twice(
    tmp_path: Path, reliability: Reliability
) -> None:
    article = tmp_path / "acme.txt"
    article.write_text("Acme news\nGoldman Sachs upgraded Acme to Buy and set a $90 target.")
    other = tmp_path / "other.txt"
    other.write_text("Globex news\nUBS cut Globex to Sell.")
    store = DeltaStore(tmp_path / "store")
    first = ingest([article], store=store, published="2025-03-07", subject="ACME")
    again = ingest([article, other], store=store, published="2025-03-10", subject="ACME")
    [(path, error)] = again.failures
    assert (path, again.articles, again.new_count) == (article, 1, 1)
    assert isinstance(error, ArticleDatedDifferently)
    assert "--published 2025-03-07T00:00:00+00:00" in str(error)
    assert len(store.load()) == first.new_count + 1
    same = ingest([article], store=store, published="2025-03-07", subject="ACME")
    assert (same.failures, same.new_count, same.duplicate_count) == ((), 0, first.new_count)
    reliability.record(
        "the same article ingested again with another publication date",
        1,
        "ArticleDatedDifferently giving the stored time; nothing added twice; the batch went on",
    )
