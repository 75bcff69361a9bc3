"""A cheap test before a regex: the words any match of it must contain.

A sentence is searched by dozens of patterns, and most patterns find nothing in most
sentences. `needed_words` reads a compiled pattern and derives the literal words one of which
every match contains ("since", "quarter", a month's name); a sentence whose folded text
(`fold`) contains none of them cannot match, so the pattern is never run on it. The words are
derived from the pattern itself, never written by hand, so a gate cannot drift from its
pattern; a pattern the reader cannot vouch for gets no gate (``None``) and is always run.

Where every match of a pattern starts with one of a few words (`leading_words`: "rose" or
"fell" in "\\b(?:rose|fell)\\s+\\d+%"), a `Gated` pattern is tried only where those words
start, never scanned along the whole sentence: Python's `re` cannot skip ahead to a word
under IGNORECASE, and tries every branch of an alternation at every character.

>>> import re
>>> from timeline.extract.gates import Gates, needed_words
>>> week = re.compile(r"\\b(?:this|last|past)\\s+week\\b", re.I)
>>> needed_words(week)
('week',)
>>> needed_words(re.compile(r"\\d+")) is None  # any digit: no word to look for
True
>>> gates = Gates([week, re.compile(r"\\d+%")])
>>> gates.open("Shares fell 3% this WEEK."), gates.open("Shares fell 3%.")
((True, True), (False, True))
"""

from __future__ import annotations

import importlib
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from typing import Any

__all__ = ["Gated", "Gates", "fold", "gated", "leading_words", "needed_words"]

# NOTE: the standard library's own regex parser (private, no type stubs); should it change,
# `needed_words` answers None and every pattern simply runs ungated.
_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

# Letters that IGNORECASE matches with an ASCII letter but that lower() does not turn into it
_ODD_CASES = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT}
_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}
_Words = frozenset[str] | None  # one of these occurs in every match; None: nothing known
_END = sys.maxsize  # as re's own methods default endpos
_MAX_WORDS = 16  # more ways to spell a needed word than this: not worth testing each


@lru_cache(maxsize=16)  # the rules ask many gated patterns of one sentence in turn
def fold(text: str) -> str:
    """The text as the gates read it: lower case, with the few letters IGNORECASE matches
    with an ASCII letter that lower() keeps apart ("ſ" matches "s") written as that letter."""
    if "İ" in text or "ı" in text or "ſ" in text:
        text = text.translate(_ODD_CASES)
    return text.lower()


class Gated:
    """A compiled pattern behind its gate, asked as the pattern itself is (`gated` compiles
    one as `re.compile` does): where the text holds none of the words the pattern needs, it
    answers at once what the pattern would (no match), else the pattern answers. A pattern
    whose matches start with known words (``leads``) is matched only where one of them starts
    (the same matches, in the same order: a match can start nowhere else)."""

    __slots__ = ("_leads", "_words", "leads", "regex", "words")

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self.words = needed_words(regex)
        self.leads = leading_words(regex)
        # what is looked for: the words, those that share a stem as the stem alone
        self._words = None if self.words is None else _stems(self.words, str.__contains__)
        self._leads = None if self.leads is None else _stems(self.leads, str.startswith)

    def __repr__(self) -> str:
        return f"Gated({self.regex!r}, words={self.words!r}, leads={self.leads!r})"

    @property
    def pattern(self) -> str:
        return self.regex.pattern

    @property
    def flags(self) -> int:
        return self.regex.flags

    def may_match(self, text: str, pos: int = 0, endpos: int = _END) -> bool:
        """False only where the pattern cannot match anywhere in ``text[pos:endpos]``.

        A needed word is matched text, never looked around (`needed_words`), so it lies
        within any match, and any match within the window: only the window is read, not a
        whole article a rule asks about 40 characters of.

        >>> rivals = gated(r"\\b(?:than|versus)\\s+$", re.I)
        >>> text = "Acme is cheaper than Zorvex; Quillon rose."
        >>> rivals.may_match(text), rivals.may_match(text, 25, 40)
        (True, False)
        """
        if self._words is None:
            return True
        folded = fold(text)
        if pos > 0 or endpos < len(folded):  # a slice's `in` is cheaper than a bounded find
            folded = folded[max(pos, 0) : max(endpos, 0)]
        for word in self._words:  # noqa: SIM110  # no generator: asked ~500,000 times a pass
            if word in folded:
                return True
        return False

    def starts(self, text: str, pos: int = 0, endpos: int = _END) -> list[int]:
        """Every place in ``text[pos:endpos]`` where one of the leading words starts, in
        order (``fold`` keeps every character's place: it writes each as one character)."""
        assert self._leads is not None
        folded = fold(text)
        pos, endpos = max(pos, 0), max(endpos, 0)  # as re reads a negative bound
        found: list[int] = []
        for word in self._leads:
            if word not in folded:
                continue  # `in` reads no bounds: the cheaper test of most words, absent
            at = folded.find(word, pos, endpos)
            while at >= 0:
                found.append(at)
                at = folded.find(word, at + 1, endpos)
        found.sort()  # no two leading words start at one place: neither begins the other
        return found

    # every match lies within text[pos:endpos], and so do the words it needs
    def search(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        if not self.may_match(text, pos, endpos):
            return None
        return self.search_past_gate(text, pos, endpos)

    def search_past_gate(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        """`search` where the gate is known open (`Gates.open` found the words): the words
        are not looked for again, the leading words still are."""
        if self.leads is None:
            return self.regex.search(text, pos, endpos)
        for at in self.starts(text, pos, endpos):  # the leftmost match, as search finds it
            if (m := self.regex.match(text, at, endpos)) is not None:
                return m
        return None

    def match(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match[str] | None:
        return self.regex.match(text, pos, endpos) if self.may_match(text, pos, endpos) else None

    def finditer(self, text: str, pos: int = 0, endpos: int = _END) -> Iterator[re.Match[str]]:
        if not self.may_match(text, pos, endpos):
            return iter(())
        if self.leads is None:
            return self.regex.finditer(text, pos, endpos)
        return self._found(text, pos, endpos)

    def _found(self, text: str, pos: int, endpos: int) -> Iterator[re.Match[str]]:
        # each match starts at or after the end of the one before, as finditer reads on; a
        # leading word is never empty, so neither is a match
        end = pos
        for at in self.starts(text, pos, endpos):
            if at >= end and (m := self.regex.match(text, at, endpos)) is not None:
                yield m
                end = m.end()


_STEM = 4  # characters two words must share to be looked for as one


def _stems(words: tuple[str, ...], within: Callable[[str, str], bool]) -> tuple[str, ...]:
    """``words`` with those that open on the same ``_STEM`` characters looked for as those
    characters ("main" for "maintained", "maintaining", "maintains"): a text without the
    stem has none of them, and one scan finds where any starts. Where a word holds a stem,
    the stem alone is kept (``within``), so two never start at one place."""
    counts = Counter(w[:_STEM] for w in words if len(w) > _STEM)
    stems = {w[:_STEM] if counts[w[:_STEM]] > 1 else w for w in words}
    return _without(frozenset(stems), within)


def gated(pattern: str, flags: int = 0) -> Gated:
    """`re.compile`, behind the gate of the words the pattern needs.

    >>> gated(r"\\bbuy-?backs?\\b", re.I).search("A $5bn BUYBACK.")
    <re.Match object; span=(7, 14), match='BUYBACK'>
    """
    return Gated(re.compile(pattern, flags))


class Gates:
    """The gates of a list of patterns, opened for one sentence at once: each word any of them
    needs is looked for once, however many patterns need it."""

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        self.patterns = tuple(Gated(p) for p in patterns)
        self.words = tuple(p.words for p in self.patterns)
        self._ungated = tuple(ws is None for ws in self.words)  # always open
        users: dict[str, list[int]] = {}
        for i, ws in enumerate(self.words):
            for word in ws or ():
                users.setdefault(word, []).append(i)
        # each word with the patterns it opens: a sentence opens the few its words name,
        # never asks every pattern whether it holds one of them
        self._users = tuple((word, tuple(users[word])) for word in sorted(users))

    def open(self, text: str) -> tuple[bool, ...]:
        """For each pattern, in order, whether ``text`` may match it (False: it cannot)."""
        folded = fold(text)
        verdicts = list(self._ungated)
        for word, users in self._users:
            if word in folded:
                for i in users:
                    verdicts[i] = True
        return tuple(verdicts)

    def searches(self, text: str) -> Iterator[re.Match[str] | None]:
        """For each pattern, in order, its first match in ``text`` or None, each searched
        only when asked (a reader stops at the first that serves it) and only where its gate
        is open (`open`), from where its leading words start (`Gated`)."""
        for pattern, may_match in zip(self.patterns, self.open(text), strict=True):
            yield pattern.search_past_gate(text) if may_match else None


def needed_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Words (lower case) one of which occurs in every match of ``pattern``; None when
    the pattern has none worth a test (a single letter or digit) or cannot be read."""
    words = _read(pattern, _in_sequence)
    # a word that contains another is found whenever the shorter one is: test the shorter
    return None if words is None else _without(words, str.__contains__)


def leading_words(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Words (lower case) one of which every match of ``pattern`` starts with; None when
    the pattern has none worth looking for (a single letter or digit) or cannot be read.

    >>> leading_words(re.compile(r"(?<!\\w)\\b(?:rises?|rising|fell)\\s+\\d+%", re.I))
    ('fell', 'rise', 'rising')
    >>> leading_words(re.compile(r"(?:shares\\s+)?rose")) is None  # may start either way
    True
    """
    words = _read(pattern, _leading)
    # a word that starts with another starts where the shorter one does: look for the shorter
    return None if words is None else _without(words, str.startswith)


def _read(pattern: re.Pattern[str], words_of: Callable[[Any], _Words]) -> frozenset[str] | None:
    try:
        words = words_of(_parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # an unreadable pattern is run ungated, never wrong
        return None
    if words is None or any(len(w) < 2 and w.isalnum() for w in words):
        return None  # a single letter or digit is in nearly every sentence
    return words


def _without(words: frozenset[str], within: Callable[[str, str], bool]) -> tuple[str, ...]:
    """``words`` without those ``within`` finds another of them in."""
    return tuple(sorted(w for w in words if not any(v != w and within(w, v) for v in words)))


def _in_sequence(items: Any) -> _Words:
    """The most selective word set among the parts every match of a sequence passes through;
    consecutive literal characters join into words ("Q[1-4]" is "q1", "q2", "q3" or "q4")."""
    found: list[frozenset[str]] = []
    runs = frozenset([""])
    for op, arg in items:
        chars = _chars(op, arg)
        if (grown := _grown(runs, chars)) is not None:
            runs = grown
            continue
        if runs != {""}:
            found.append(runs)
        runs = frozenset(chars or [""])
        if op in _ZERO_WIDTH:
            continue  # consumes nothing: the words on either side stay needed
        words = None if chars else _in_item(op, arg)
        if words is not None:
            found.append(words)
    if runs != {""}:
        found.append(runs)
    return max(found, key=lambda ws: (min(map(len, ws)), -len(ws)), default=None)


def _leading(items: Any) -> _Words:
    """The words one of which every match of a sequence starts with: the literal characters it
    opens with ("\\bQ[1-4]" starts "q1" to "q4"), else what its first group opens with."""
    runs = frozenset([""])
    for op, arg in items:
        chars = _chars(op, arg)
        if (grown := _grown(runs, chars)) is not None:
            runs = grown
            continue
        if op in _ZERO_WIDTH and runs == {""}:
            continue  # "\\b" or a look-around before the first character: the match starts after
        return _joined(runs, None if chars or op in _ZERO_WIDTH else _in_item(op, arg, _leading))
    return _joined(runs, None)


def _grown(runs: frozenset[str], chars: list[str]) -> frozenset[str] | None:
    """``runs`` each followed by one of ``chars``; ``None`` when there are none, or too many."""
    if chars and len(runs) * len(chars) <= _MAX_WORDS:
        return frozenset(r + c for r in runs for c in chars)
    return None


def _joined(runs: frozenset[str], then: _Words) -> _Words:
    """The words a run of literal characters and then one of ``then`` spell ("r(?:ises?|ose)",
    as re writes "rises?|rose": "rise" or "rose"); the run's alone where they would be many."""
    if runs == {""}:
        return then
    if then is None or (len(runs) > 1 and len(runs) * len(then) > _MAX_WORDS):
        return runs
    return frozenset(r + w for r in runs for w in then)


def _chars(op: Any, arg: Any) -> list[str]:
    """The few characters one of which this item matches, ASCII (lower case) or of no case
    ("€", "₹": IGNORECASE matches them with nothing else), else none."""
    if op is _c.LITERAL:
        return [chr(arg).lower()] if _plain(arg) else []
    if op is _c.SUBPATTERN and len(arg[-1]) == 1:  # a group around one character: "(?P<q>[1-4])"
        return _chars(*arg[-1][0])
    if op is not _c.IN:
        return []
    chars: set[str] = set()
    for kind, value in arg:
        if kind is _c.LITERAL and _plain(value):
            chars.add(chr(value).lower())
        elif kind is _c.RANGE and value[1] < 128 and value[1] - value[0] < _MAX_WORDS:
            chars.update(chr(v).lower() for v in range(value[0], value[1] + 1))
        else:
            return []  # a negated or a wide class: nothing to look for
    return sorted(chars) if len(chars) <= _MAX_WORDS else []


def _plain(code: int) -> bool:
    """Whether a character is ASCII or has no case (``fold`` keeps it, as IGNORECASE does)."""
    char = chr(code)
    return code < 128 or char.lower() == char == char.upper()


def _in_item(op: Any, arg: Any, sequence: Callable[[Any], _Words] = _in_sequence) -> _Words:
    """What ``sequence`` finds of a group, a repeat or an alternation, through all its ways."""
    if op is _c.SUBPATTERN:
        return sequence(arg[-1])
    if op is _c.ATOMIC_GROUP:
        return sequence(arg)
    if op in _REPEATS:
        low, _, body = arg
        return sequence(body) if low >= 1 else None
    if op is _c.BRANCH:
        union: set[str] = set()
        for branch in arg[1]:
            words = sequence(branch)
            if words is None:
                return None  # one way through needs no word
            union |= words
        return frozenset(union)
    return None  # a class of characters, a back-reference, a conditional: no word known
