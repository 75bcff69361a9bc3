"""What a rule sees while the extractor reads one article, and what it hands back.

Rules import this module only, so the extractor (`timeline.extract.core`) can import the rules
without a cycle. A rule that needs memory across sentences (the last firm named, the current
segment) keeps it in a small typed state object of its own, got with `Context.memory`: no rule
reads or writes another's fields.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from timeline.articles import Article
from timeline.extract.subjects import Subjects
from timeline.extract.temporal import Occurrence, TemporalContext
from timeline.extract.text import Sentence

__all__ = ["Context", "Draft", "Rule"]

_State = TypeVar("_State")


@dataclass(frozen=True, slots=True)
class Draft:
    """What a rule found in one sentence, before it becomes an event."""

    kind: str
    payload: dict[str, Any]
    confidence: float = 0.8
    subject: str | None = None
    occurrence: Occurrence | None = None


@dataclass(slots=True)
class Context:
    """What the extractor knows while reading one article (private to one extraction)."""

    article: Article
    subjects: Subjects
    sentences: Sequence[Sentence]
    index: int = 0
    occurrence: Occurrence = field(default_factory=Occurrence.unknown)
    temporal: TemporalContext = field(default_factory=TemporalContext)
    sentence_subject: str = ""
    #: names a firm's own phrasing shows acting ("Kestrel Ventures raised its target") that
    #: were passed over as the article's subject: the extractor decides the subject again
    acting: set[str] = field(default_factory=set)
    _memory: dict[type, object] = field(default_factory=dict)

    @property
    def subject(self) -> str:
        """The article's subject."""
        return self.subjects.article

    @property
    def published(self) -> dt.date:
        return self.article.published_on

    @property
    def sentence(self) -> Sentence:
        return self.sentences[self.index]

    def memory(self, kind: type[_State]) -> _State:
        """The rule-owned state of type ``kind`` for this article (made on first use)."""
        if kind not in self._memory:
            self._memory[kind] = kind()
        return self._memory[kind]  # type: ignore[return-value]

    def preceding(self) -> Sentence | None:
        """The sentence before, when it is of the same paragraph."""
        if self.index and (before := self.sentences[self.index - 1]).block == self.sentence.block:
            return before
        return None

    def following(self) -> Sentence | None:
        """The next sentence of the same paragraph, if any."""
        if self.index + 1 < len(self.sentences):
            nxt = self.sentences[self.index + 1]
            if nxt.block == self.sentence.block or not nxt.heading:
                return nxt
        return None


Rule = Callable[[Sentence, Context], Iterable[Draft]]
