from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.errors import ArticleDateMissing, ArticleUnreadable
from timeline.extract import RuleExtractor
from timeline.sources import load_articles
from timeline.sources.pages import page_article

DATA = Path(__file__).parent / "data"
PAGE = DATA / "ledger_zorvex_upgrade.html"


def test_a_saved_page_keeps_the_article_and_leaves_the_rest_out() -> None:
    [article] = load_articles([PAGE]).articles
    assert article.title == "Zorvex shares jump after Helvion upgrade"
    assert "rose 6.2% to $48.10 on Tuesday" in article.text
    assert "lagging the broader market" in article.text
    for chrome in ("Home", "Related stories", "Five stocks", "Quillon", "Advertisement",
                   "All rights reserved", "dataLayer", "display: flex", "newsletter"):  # fmt: skip
        assert chrome not in article.text, chrome


def test_a_pages_time_address_and_outlet_come_from_the_page() -> None:
    [article] = load_articles([PAGE]).articles
    assert article.published_at == dt.datetime(2025, 3, 4, 14, 30, tzinfo=dt.UTC)
    assert (article.date_basis, article.published_on) == ("page", dt.date(2025, 3, 4))
    assert article.url == "https://www.dailyledger.example/markets/2025/03/04/zorvex-upgrade"
    assert article.outlet == "Daily Ledger"


def test_the_events_of_a_page_quote_its_kept_text() -> None:
    [article] = load_articles([PAGE]).articles
    events = RuleExtractor().extract(article)
    kinds = {(e.kind, e.subject) for e in events}
    assert {("analyst_rating", "ZVX"), ("price_target", "ZVX"), ("price_move", "ZVX")} <= kinds
    for e in events:
        assert article.text[e.span_start : e.span_end] == e.quote
    assert not [e for e in events if "Quillon" in e.quote or e.subject == "Quillon"]


def test_the_callers_date_and_the_manifests_win_over_the_pages(tmp_path: Path) -> None:
    page = tmp_path / "zorvex.html"
    page.write_text(PAGE.read_text())
    (tmp_path / "manifest.toml").write_text(
        '[[article]]\nfile = "zorvex.html"\npublished = 2025-03-05\ndate_basis = "archive"\n'
        'outlet = "Ledger (print)"\n'
    )
    [from_manifest] = load_articles([page]).articles
    [given] = load_articles([page], published="2025-03-06").articles
    assert (from_manifest.published_on, from_manifest.date_basis) == (
        dt.date(2025, 3, 5),
        "archive",
    )
    assert from_manifest.outlet == "Daily Ledger"  # the page's own name stands
    assert (given.published_on, given.date_basis) == (dt.date(2025, 3, 6), "given")


def test_a_page_with_no_date_anywhere_says_how_to_give_one() -> None:
    html = "<html><body><article><p>" + "Zorvex rose 3% after an upgrade. " * 5 + "</p></article>"
    with pytest.raises(ArticleDateMissing, match="--published"):
        page_article(html + "</body></html>", source="undated.html")


@pytest.mark.parametrize(
    "html",
    [
        "<html><body><nav><a href='/'>Home</a></nav><script>var x;</script></body></html>",
        "<html><head><title>Zorvex</title></head><body></body></html>",
    ],
)
def test_a_page_of_no_article_is_refused(html: str) -> None:
    with pytest.raises(ArticleUnreadable, match="no article text was found"):
        page_article(html, source="menu.html", published="2025-03-04")


def test_a_page_saved_as_text_is_read_as_a_page(tmp_path: Path) -> None:
    saved = tmp_path / "zorvex.txt"
    saved.write_text(PAGE.read_text())
    [article] = load_articles([saved]).articles
    assert article.date_basis == "page"
    assert "<" not in article.text


def test_a_short_page_keeps_its_paragraphs_and_leaves_its_byline_out() -> None:
    html = (
        "<html><head><title>Helvion cuts Zorvex | Ledger</title></head><body><nav>"
        "<a href='/'>Home</a></nav><article><h1>Helvion cuts Zorvex</h1>"
        "<p class='byline'>By Jane Roe</p><p>Helvion Securities downgraded Zorvex Corp to "
        "neutral from buy on Tuesday.</p><p>The broker kept its price target of $58.</p>"
        "</article></body></html>"
    )
    article = page_article(html, source="short.html", published="2025-07-08")
    assert article.text.split("\n\n") == [
        "Helvion cuts Zorvex",
        "Helvion Securities downgraded Zorvex Corp to neutral from buy on Tuesday.",
        "The broker kept its price target of $58.",
    ]
