from __future__ import annotations

from pathlib import Path

from timeline.errors import ArticleDateMissing
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
