"""Text to events: the extractor protocol and the default rule-based extractor.

>>> from timeline.extract import Extractor, RuleExtractor
>>> isinstance(RuleExtractor(), Extractor)
True
"""

from __future__ import annotations

from timeline.extract.core import Draft, Extractor, RuleExtractor

__all__ = ["Draft", "Extractor", "RuleExtractor"]
