"""Text to events: the extractor protocol and the default rule-based extractor.

>>> from timeline.extract import Extractor, RuleExtractor
>>> isinstance(RuleExtractor(), Extractor)
True
"""

from __future__ import annotations

from timeline.extract.core import KEY_FIELDS, Draft, Extractor, RuleExtractor, event_key

__all__ = ["KEY_FIELDS", "Draft", "Extractor", "RuleExtractor", "event_key"]
