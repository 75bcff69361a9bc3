"""Helpers shared by the market rules' tests."""

from __future__ import annotations

from typing import Any

from timeline.articles import Article
from timeline.extract import RuleExtractor


def weekly(text: str, published: str, subject: str = "Sample") -> dict[str, tuple[Any, ...]]:
    """Each event's subject and kind -> its start, end and precision."""
    article = Article.from_text(text, published=published, subject=subject)
    return {
        f"{e.subject} {e.kind}": (e.occurred_start, e.occurred_end, e.occurred_precision)
        for e in RuleExtractor().extract(article)
    }
