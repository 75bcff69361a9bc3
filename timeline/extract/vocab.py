"""The rating scale, read from ``timeline/data/ratings.toml`` (data, not code).

>>> from timeline.extract.vocab import rate
>>> rate("Outperform"), rate("equal weight"), rate("Strong Buy"), rate("Underweight")
(('buy', 2), ('hold', 3), ('buy', 1), ('sell', 4))
>>> rate("Fantastic") is None
True
"""

from __future__ import annotations

import re
import tomllib
from functools import cache
from importlib import resources

from timeline.extract.gates import Gated, gated

__all__ = ["rate", "rating_alternation", "rating_pattern"]


def _fold(term: str) -> str:
    return re.sub(r"[\s\-]+", " ", term.strip().casefold())


@cache
def _scale() -> dict[str, tuple[str, int]]:
    raw = resources.files("timeline.data").joinpath("ratings.toml").read_text("utf-8")
    table = tomllib.loads(raw)
    return {
        _fold(term): (level["class"], int(level["score"]))
        for level in table.values()
        for term in level["terms"]
    }


def rate(term: str) -> tuple[str, int] | None:
    """The class (buy/hold/sell) and 1-5 score of a rating term, or ``None``."""
    return _scale().get(_fold(term))


@cache
def rating_alternation() -> str:
    """A regex alternation of every rating term, longest first (hyphen or space between words)."""
    terms = sorted(_scale(), key=len, reverse=True)
    return "|".join(r"[\s\-]+".join(map(re.escape, t.split(" "))) for t in terms)


@cache
def rating_pattern() -> Gated:
    """A pattern matching any rating term, as a named group ``rating``."""
    return gated(rf"(?<![\w-])(?P<rating>{rating_alternation()})(?![\w-])", re.IGNORECASE)
