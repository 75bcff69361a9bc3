"""Bad input: each fails with a TimelineError naming the input; the batch goes on; nothing stored
is lost. Every case records a row in the reliability table."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Reliability
from timeline import Timeline, charts
from timeline.articles import Article, ArticleEncodingWarning
from timeline.errors import (
    ArticleDateMissing,
    ArticleUnreadable,
    EventInvalid,
    ManifestInvalid,
    TimelineError,
)
from timeline.events import parse_event
from timeline.extract import RuleExtractor
from timeline.ingest import ingest
from timeline.sources import load_articles
from timeline.store import DeltaStore

GOOD = "Title\n2025-03-07\nGoldman Sachs upgraded Acme to Buy with a $120 price target."


def _batch_with(tmp_path: Path, name: str, content: bytes) -> tuple[Path, Path]:
    folder = tmp_path / "batch"
    folder.mkdir(exist_ok=True)
    (folder / "good.txt").write_text(GOOD)
    bad = folder / name
    bad.write_bytes(content)
    return folder, bad


CASES: list[tuple[str, str, bytes, type[TimelineError], str]] = [
    ("empty file", "empty.txt", b"", ArticleUnreadable, "empty"),
    ("binary file", "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00IHDR" * 50, ArticleUnreadable, "binary"),
    ("a 50 MB article", "huge.txt", b"Shares rose 4%. " * 3_300_000, ArticleUnreadable, "split it"),
    ("an article with no findable date", "undated.txt", b"UBS cut Acme to Sell.", ArticleDateMissing, "--published"),
    ("a date in the future", "future.txt", b"Title\n2099-01-01\nShares rose.", ArticleDateMissing, "future"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("label", "name", "content", "error", "hint"), CASES, ids=[c[0] for c in CASES]
)
def test_bad_articles_fail_alone(
    tmp_path: Path,
    reliability: Reliability,
    label: str,
    name: str,
    content: bytes,
    error: type[TimelineError],
    hint: str,
) -> None:
    store = DeltaStore(tmp_path / "store")
    first = ingest([Path(__file__).resolve().parents[1] / "seeds"], store=store)
    folder, bad = _batch_with(tmp_path, name, content)
    report = ingest([folder], store=store)
    [(path, exc)] = report.failures
    assert path == bad
    assert isinstance(exc, error)
    assert str(bad) in str(exc)
    assert hint in str(exc)
    assert report.new_count == 2  # the good article of the batch went in
    assert len(store.load()) == first.new_count + 2  # nothing already stored was lost
    reliability.record(label, 1, f"{error.__name__} naming the file ('{hint}'); the batch went on")


def test_non_utf8_text_loads_with_a_warning(tmp_path: Path, reliability: Reliability) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Title\n2025-03-07\nNestlé shares fell 2% to €98.".encode("cp1252"))
    with pytest.warns(ArticleEncodingWarning, match=str(path)):
        [article] = load_articles([path]).articles
    assert "Nestlé" in article.text
    reliability.record("non-UTF-8 text (cp1252)", 1, "decoded with a warning naming the file")


def test_manifest_problems_fail_only_their_entries(
    tmp_path: Path, reliability: Reliability
) -> None:
    folder = tmp_path / "m"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD)
    (folder / "baddate.txt").write_text("UBS cut Acme to Sell.")
    (folder / "manifest.toml").write_text(
        '[[article]]\nfile = "ghost.txt"\npublished = 2025-01-01\n\n'
        '[[article]]\nfile = "baddate.txt"\npublished = "31/12/2025"\n'
    )
    loaded = load_articles([folder])
    assert [a.path.name for a in loaded.articles if a.path] == ["good.txt"]
    problems = {type(e).__name__: str(e) for _, e in loaded.failures}
    assert set(problems) == {"ManifestInvalid"}
    assert any("ghost.txt" in str(e) for _, e in loaded.failures)
    assert any("not a date" in str(e) for _, e in loaded.failures)
    assert all(isinstance(e, ManifestInvalid) for _, e in loaded.failures)
    reliability.record(
        "a manifest naming a missing file, and one with a malformed date", 1,
        "ManifestInvalid naming each entry; the other articles loaded",
    )  # fmt: skip


EVENT = {"kind": "price_target", "subject": "ACME", "firm": "Citi", "value": 100.0,
         "source_id": "x", "reported_at": "2025-01-01"}  # fmt: skip
BAD_EVENTS: list[tuple[str, dict[str, Any], str]] = [
    ("an event dict with an unknown kind", {**EVENT, "kind": "rumour"}, "kind"),
    ("an event dict with a wrong type", {**EVENT, "value": "a lot"}, "value"),
    ("an event dict with a negative price", {**EVENT, "value": -5.0}, "value"),
    ("an event dict with its end before its start",
     {**EVENT, "occurred_start": "2025-02-01", "occurred_end": "2025-01-01",
      "occurred_precision": "day"}, "occurred_end"),
]  # fmt: skip


@pytest.mark.parametrize(("label", "data", "field"), BAD_EVENTS, ids=[c[0] for c in BAD_EVENTS])
def test_bad_events_name_the_field(
    tmp_path: Path, reliability: Reliability, label: str, data: dict[str, Any], field: str
) -> None:
    store = DeltaStore(tmp_path)
    store.append([EVENT])
    with pytest.raises(EventInvalid) as info:
        store.append([data])
    assert field in str(info.value)
    assert "timeline schema" in str(info.value)
    assert len(store.load()) == 1
    reliability.record(label, 1, f"EventInvalid naming `{field}`; nothing appended")


SCRIPT = '</script><script>alert("x")</script><b>bold</b>'


def test_html_in_article_text_is_escaped_everywhere(
    tmp_path: Path, reliability: Reliability
) -> None:
    text = f"Headline\nGoldman Sachs raised its price target to $230. {SCRIPT}"
    article = Article.from_text(text, published="2025-03-07", subject="ACME")
    events = RuleExtractor().extract(article)
    assert any(SCRIPT in e.quote for e in events)
    tl = Timeline.from_events(events)
    page = tl.asof("2025-03-08")._repr_html_()
    assert "<script>" not in page
    assert "<b>" not in page
    html = charts.save_chart(charts.plot_event_timeline(tl), tmp_path / "chart.html").read_text()
    assert '</script><script>alert("x")' not in html  # cannot close the chart's script
    assert '<\\/script><script>alert(\\"x\\")' in html  # escaped, shows the same text
    spec = json.dumps(charts.plot_event_timeline(tl).to_dict())
    assert "alert" in spec  # kept as data; vega's tooltip handler escapes it when shown
    reliability.record(
        "article text with HTML and `<script>`", 1,
        "escaped in notebook reprs; cannot close a script in HTML exports; data in chart specs",
    )  # fmt: skip


def test_paths_with_spaces_and_non_ascii_letters(tmp_path: Path, reliability: Reliability) -> None:
    folder = tmp_path / "Zürich news ü"
    folder.mkdir()
    (folder / "Acme Überblick 1.txt").write_text(GOOD)
    report = ingest([folder], store=DeltaStore(tmp_path / "störe mit leerzeichen"))
    assert (report.articles, report.new_count, report.failures) == (1, 2, ())
    reliability.record("paths with spaces and non-ASCII letters", 1, "read and stored normally")


def test_future_dates_given_explicitly_are_kept(tmp_path: Path) -> None:
    # an explicit --published is the user's word; only text-derived dates are checked
    path = tmp_path / "a.txt"
    path.write_text("UBS cut Acme to Sell.")
    [article] = load_articles([path], published="2030-01-01").articles
    assert article.published_at.date() == dt.date(2030, 1, 1)


def test_parse_event_error_lists_every_problem() -> None:
    with pytest.raises(EventInvalid) as info:
        parse_event({**EVENT, "value": -1.0, "firm": ""})
    assert {p[0] for p in info.value.problems} == {"value", "firm"}
