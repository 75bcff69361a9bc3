"""Sentences with their offsets in the article, and the boilerplate to leave out.

Offsets are into the article text exactly as loaded, so ``text[s.start:s.end] == s.text``
always holds and every event's quote can be checked against its span.

>>> from timeline.extract.text import split_sentences
>>> [s.text for s in split_sentences("Shares of Acme Inc. rose 4%. J.P. Morgan cut to Hold.")]
['Shares of Acme Inc. rose 4%.', 'J.P. Morgan cut to Hold.']
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, ParamSpec, TypeVar, cast

from timeline.extract.gates import gated

_P = ParamSpec("_P")
_T = TypeVar("_T")
_MEMOISED: list[Any] = []


def per_sentence(lookup: Callable[_P, _T]) -> Callable[_P, _T]:
    """Memoise a pure lookup on a sentence's text (entities, amounts, metrics): several rules
    ask the same of one sentence, and syndicated stories repeat sentences. What it returns
    is shared, so it is immutable (tuples of frozen dataclasses)."""
    memo = lru_cache(maxsize=4096)(lookup)
    _MEMOISED.append(memo)
    return cast(Callable[_P, _T], memo)


def forget_sentences() -> None:
    """Empty every `per_sentence` memo: a benchmark measures articles it has not seen."""
    for memo in _MEMOISED:
        memo.cache_clear()


__all__ = ["LIST_MARKER", "POSSESSIVE_END", "Sentence", "split_sentences"]

#: A possessive ending a name ("Zorvex's", "Quillon’"): written with the name, no part of it.
POSSESSIVE_END = re.compile(r"['’]s?$")

_ABBREVIATIONS = frozenset(
    [
        "inc",
        "ltd",
        "co",
        "corp",
        "plc",
        "llc",
        "lp",
        "no",
        "vs",
        "etc",
        "approx",
        "est",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mr",
        "mrs",
        "ms",
        "dr",
        "st",
        "u.s",
        "u.k",
        "e.g",
        "i.e",
        "al",
        "fig",
        "jr",
        "sr",
        "rs",  # "Rs. 29.40": rupees
    ]
)
# A sentence ends before a capital, or before a list item run into its line ("... order
# book. - Kotak Mahindra Bank:", "results.- Nuvama: Buy", as flattened pages write lists)
_BOUNDARY = re.compile(
    r"(?<=[.!?])[\"”’')\]]*(?:\s+(?=[\"“‘'(\[]?[A-Z0-9$€£¥])|\s*(?=[-•*–➢➤►▶]\s+[A-Z]))"
)
_TICKER_DOT = re.compile(r"\([A-Z0-9][A-Z0-9.]{0,7}\.\)$")
_PROMO = gated(
    r"read more|free analysis|buy or sell\?|click here|\bsign up\b|\bnewsletter\b|"
    # "Subscribe now", not "will subscribe to the rights issue"
    r"\bsubscribe\b(?![^.]{0,40}\b(?:rights|shares|issue|offer|IPO|placement|allotment)\b)|"
    r"should investors sell immediately|is it worth buying|"
    r"this article (was|is) (written|provided)",
    re.IGNORECASE,
)
_AD_MARKER = re.compile(r"^(ad|advertisement|anzeige|sponsored)$", re.IGNORECASE)
_HEADING_MAX = 90
# What opens a list item: a dash or a dot, or the arrows and squares some sites list with
# ("➢ Zorvex notched Q2 EPS of Rs.5.5", "► Quillon rose 3%")
LIST_MARKER = r"[-•*·▪◦–➢➤►▶■◆]"
_MARKER = LIST_MARKER
_BULLET = re.compile(rf"{_MARKER}\s+\S")
_ITEM = re.compile(rf"[ \t]*(?:{_MARKER}|\d{{1,2}}[.)])[ \t]+")
# A record of labelled fields, not a heading: "Emkay: Buy | Target raised to Rs 430"
_RECORD = re.compile(r"^[\w&.'’ -]{2,40}(?:\([\w&.'’ -]{1,30}\))?:\s*[^|:]{1,30}\|\s*\S")
# A line of labelled figures, not a heading: "Weekly gain: 89.47 percent; current share price:
# C$0.18; market cap: C$15.6 million"
# (a label may carry its code: "ASX 200 (XJO): -0.36%; ASX Small Ordinaries (XSO): +1.16%")
_FIELD = r"[A-Za-z][\w '’/-]{1,30}(?:\s\([A-Z0-9.]{1,10}\))?:\s*[^;|:]*\d[^;|:]*"
_FIELDS = re.compile(rf"^{_FIELD}(?:[;|]\s*{_FIELD})+$")
# A mover's line in a list, not a heading: "First Rock, up 17.07 per cent to close at $8.78",
# "CAB, down 18.12 per cent closing at $2.53" (a title, the first line, stays a heading)
_MOVER_LINE = re.compile(
    r"^[A-Z][^,;:]{0,60}?,?\s+(?:up|down|rose|fell|gained|lost|added|shed|declined|advanced|"
    r"climbed|dropped|jumped|slipped)\s+(?:by\s+)?[\d.,]+\s?(?:%|per\s?cent|percent)"
    r".*\d$"
)


# A broker's call in a list, not a heading: "Lufthansa (LHA GY) downgraded to Neutral from Buy
# at Citi" (a title, the first line, stays a heading)
_CALL_LINE = re.compile(
    r"^[A-Z][^.;:]{0,60}?\s(?:upgraded|downgraded|initiated|reiterated|kept|maintained)\s+"
    r"(?:to|at|with|as)\s+[\"'“‘]?[A-Z][\w-]*.{0,40}?\s(?:at|by)\s+[A-Z]"
)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence (or a heading line) and where it sits in the article."""

    start: int
    end: int
    text: str
    block: int
    heading: bool = False
    boilerplate: bool = False
    item: bool = False  # opens a list item: "• JPMorgan downgraded ...", "2. Acme rose"

    @property
    def question(self) -> bool:
        return self.text.rstrip("\"”’' ").endswith("?")

    @property
    def factual(self) -> bool:
        """A sentence that can state a fact: not a heading, a question or boilerplate."""
        return not (self.heading or self.boilerplate or self.question)


def _is_abbreviation(block: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` ends an abbreviation or an initial, not a sentence."""
    word_start = dot
    while word_start > 0 and (block[word_start - 1].isalpha() or block[word_start - 1] == "."):
        word_start -= 1
    word = block[word_start:dot].lower()
    if word_start > 0 and block[word_start - 1].isdigit():
        return False  # "on Thursday, August 21st.": an ordinal ends the sentence
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or "." in word


def _split_block(block: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(block):
        dot = m.start() - 1
        while dot > 0 and block[dot] not in ".!?":
            dot -= 1
        if block[dot] == "." and _is_abbreviation(block, dot):
            continue
        if _TICKER_DOT.search(block, max(0, dot - 10), dot + 2):
            continue  # "BP (BP.) 474.05p": a London ticker's dot, inside its parentheses
        end = m.start() + len(m.group(0).rstrip())
        spans.append((start, end))
        start = m.end()
    spans.append((start, len(block)))
    return [(a, b) for a, b in spans if block[a:b].strip()]


def split_sentences(text: str) -> list[Sentence]:
    """Every sentence and heading line of ``text``, in order, with offsets into ``text``.

    A trailing advertisement (after a line that reads ``Ad``) and promotional lines are
    marked as boilerplate; they are kept, so offsets stay whole, but carry no facts.
    """
    out: list[Sentence] = []
    offset = 0
    in_ad = False
    for block_no, line in enumerate(text.split("\n")):
        stripped = line.strip()
        lead = len(line) - len(line.lstrip())
        if _AD_MARKER.match(stripped):
            in_ad = True
        heading = (
            bool(stripped)
            and len(stripped) <= _HEADING_MAX
            and stripped[-1] not in '.!?"”'
            and not _BULLET.match(stripped)  # "- Infosys rose 3.88%, TCS up 2.69%": an item
            and not _RECORD.match(stripped)
            and not _FIELDS.match(stripped)
            and not (block_no and (_MOVER_LINE.match(stripped) or _CALL_LINE.match(stripped)))
        )
        spans = _split_block(line)
        # a line that runs into a list item ("Mixed views.- Quenwick: Buy | Target at Rs 1,170")
        # is a sentence and an item, not a heading
        heading = heading and not any(_ITEM.match(line, a) for a, _ in spans[1:])
        # ... and one whose sentence ends before the line does is no heading: "Last night in
        # after-market trading, Apple's stock fell 7%. As my colleague Ben wrote:"
        # (a list's number is no sentence: "1. Jura Energy (TSXV:JEC)" stays a heading)
        opening = line[: spans[0][1]].rstrip() if spans else ""
        heading = heading and not (
            len(spans) > 1 and opening[-1:] in ".!?" and not _ITEM.fullmatch(f"{opening} ")
        )
        for first, last in spans:
            a = first + lead if first == 0 else first
            piece = line[a:last].rstrip()
            if not piece:
                continue
            out.append(
                Sentence(
                    start=offset + a,
                    end=offset + a + len(piece),
                    text=piece,
                    block=block_no,
                    heading=heading,
                    boilerplate=in_ad or bool(_PROMO.search(piece)),
                    item=_ITEM.match(piece) is not None,
                )
            )
        offset += len(line) + 1
    return out
