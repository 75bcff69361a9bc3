from __future__ import annotations

import dataclasses
import html
import re
from pathlib import Path

from timeline.articles import Article
from timeline.review import review
from timeline.sources import load_articles

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "004_be3f86df37a2d424.txt"


def test_a_seed_review_has_every_span_and_its_gold() -> None:
    page = review(ROOT / "seeds" / "004_be3f86df37a2d424.txt")
    html = page.to_html()
    assert page.gold is not None
    assert (page.missed, page.extra) == ((), ())
    for i in range(len(page.events)):
        assert f'id="span-{i}"' in html
        assert f'href="#span-{i}"' in html
    assert "http://" not in html.replace("http://www.w3.org", "")  # no network
    assert "<script src" not in html


def test_missed_and_extra_events_are_marked() -> None:
    page = review(ROOT / "tests" / "holdout" / "h04_samsung_wire.txt")
    assert len(page.missed) == 1
    html = page.to_html()
    assert 'class="missed"' in html
    assert "1 missed" in html


def test_article_text_is_escaped_in_both_renderings() -> None:
    text = 'Headline\nUBS cut Acme to Sell. <img src=x onerror="alert(1)">'
    page = review(Article.from_text(text, published="2025-03-07", subject="ACME"))
    for rendering in (page.to_html(), page._repr_html_()):
        assert "<img" not in rendering
        assert "&lt;img" in rendering
    assert page.gold is None


def test_the_article_text_survives_the_templates_exactly() -> None:
    page = review(SEED)
    for rendered in (page.to_html(), page._repr_html_()):
        text = rendered.split('1.6">' if '1.6">' in rendered else '<div id="text">', 1)[1]
        text = text.split("</div>", 1)[0]
        assert html.unescape(re.sub(r"<[^>]+>", "", text)) == page.article.text


def test_a_review_names_the_outlet_time_and_address_of_its_article() -> None:
    page = Path(__file__).parent / "sources" / "data" / "ledger_zorvex_upgrade.html"
    html = review(page).to_html()
    assert "Daily Ledger · published 2025-03-04 14:30 UTC (page)" in html
    assert 'href="https://www.dailyledger.example/markets/2025/03/04/zorvex-upgrade"' in html
    # an address that is no web page's is shown, never linked
    [article] = load_articles([page]).articles
    risky = dataclasses.replace(article, url="javascript:alert(1)")
    shown = review(risky).to_html()
    assert "javascript:alert(1)" in shown
    assert 'href="javascript' not in shown
