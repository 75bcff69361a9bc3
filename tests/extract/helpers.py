"""Extracting from a short text, for rule tests."""

from __future__ import annotations

from typing import Any

from timeline.articles import Article
from timeline.events import EventBase
from timeline.extract import RuleExtractor


def extract(
    text: str, published: str = "2025-06-13", subject: str | None = "ACME"
) -> list[EventBase]:
    """The events of ``text`` under a headline naming no company, about ``subject`` (None: the
    subject the extractor decides), each quote checked against the text."""
    article = Article.from_text("Headline\n" + text, published=published, subject=subject)
    events = RuleExtractor().extract(article)
    for e in events:
        assert article.text[e.span_start : e.span_end] == e.quote
    return events


def only(text: str, kind: str, **kw: Any) -> list[dict[str, Any]]:
    """The payloads of the events of one kind (with subject and dates)."""
    return [
        {
            **e.ev_payload(),
            "subject": e.subject,
            "start": e.occurred_start,
            "end": e.occurred_end,
            "precision": e.occurred_precision,
        }
        for e in extract(text, **kw)
        if e.kind == kind
    ]
