from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from timeline.extract import actors, core, markets, modality, numbers, temporal, text, vocab
from timeline.extract.gates import (
    Gated,
    Gates,
    _stems,
    fold,
    gated,
    leading_words,
    needed_words,
)
from timeline.extract.rules import _common, analysts, company, kpis, ownership, returns
from timeline.extract.rules.market import (
    _shared,
    dates,
    indicators,
    multiples,
    price_levels,
    price_moves,
    tables,
)
from timeline.extract.rules.products import _names as product_names
from timeline.extract.rules.products import (
    makers,
    naming,
    prices,
    product_launches,
    product_metrics,
    timing,
    verbs,
)
from timeline.extract.subjects import article, names

# (imported by path: the package exports a function named like its module, `levels`)
ownership_levels, ownership_names, trades, across, counterparties = (
    importlib.import_module(f"timeline.extract.rules.ownership.{name}")
    for name in ("levels", "_names", "trades", "across", "counterparties")
)
ROOT = Path(__file__).resolve().parents[2]
_MODULES = (
    actors,
    core,
    markets,
    numbers,
    text,
    _common,
    analysts,
    company,
    kpis,
    _shared,
    dates,
    price_moves,
    price_levels,
    tables,
    indicators,
    multiples,
    ownership,
    ownership_levels,
    ownership_names,
    trades,
    across,
    counterparties,
    product_names,
    makers,
    naming,
    prices,
    product_launches,
    product_metrics,
    timing,
    verbs,
    returns,
    article,
    names,
    modality,
    temporal,
)


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"\bsince\s+(?P<year>20\d\d)\b", ("since",)),
        (r"\bQ(?P<q>[1-4])\b|\b(?:first|second)\s+quarter\b", ("q1", "q2", "q3", "q4", "quarter")),
        (r"\b(?:apr|april)\b", ("apr",)),  # "april" contains "apr": one test finds both
        (r"\b(?:w/w|WoW)\b", ("w/w", "wow")),
        (r"(?:this\s+)?week", ("week",)),  # an optional word is not needed
        (r"\d+(?:%|\s?per\s?cent)", ("%", "cent")),  # a sign is rare enough to look for
        (r"\d+", None),
        (r"[a-z]+y", None),  # a single letter is not worth a test
        (r"(?P<a>x)(?P=a)", None),
        (r"(?:ab)*cd", ("cd",)),
        (r"a(?=bcd)e", None),  # what a look-ahead needs may lie outside the match
    ],
)
def test_needed_words(pattern: str, words: tuple[str, ...] | None) -> None:
    assert needed_words(re.compile(pattern, re.I)) == words


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"\b(?:rose|fell|gained)\s+\d+%", ("fell", "gained", "rose")),
        (r"(?<![\w$])(?:US\$|C\$)\s?\d", ("c$", "us$")),
        (r"(?:US\$|€)\s?\d", ("us$", "€")),  # "€" has no case: it is looked for as it is
        (r"(?:US\$|É)\s?\d", None),  # "É" is not ASCII and has a case: not looked for
        (r"\b(?:rises?|rose)\b", ("rise", "rose")),  # re writes "r(?:ises?|ose)"
        (r"\bQ(?P<q>[1-4])\s+(?:sales|revenue)", ("q1", "q2", "q3", "q4")),
        (r"(?:downgrad|upgrad)(?:ed|es)\b|\bcut\b", ("cut", "downgrad", "upgrad")),
        (r"(?:launch|launches|launched)\s+the", ("launch",)),  # "launches" starts with it
        (r"(?:shares\s+)?(?:rose|fell)", None),  # may start either way
        (
            r"\b(?:" + "|".join(f"w{i:02}" for i in range(40)) + ")",
            tuple(f"w{i:02}" for i in range(40)),
        ),
        (r"\d+%\s+(?:rise|fall)", None),  # a digit first: nothing to look for
        (r"(?:stake)?", None),  # may match nothing
        (r"(?=\w)x", None),  # a single letter is not worth looking for
    ],
)
def test_leading_words(pattern: str, words: tuple[str, ...] | None) -> None:
    assert leading_words(re.compile(pattern, re.I)) == words


_SAMPLES = [
    "ZORVEX rose 4% on Monday, then Fell 2%; Quenwick ROSE 3% and gained 1%.",
    "The rise: rose 5% (ROSE 6%), no fall. Rises 7%, fell 8%.",
    "Sales of the Nova X5 launched Friday; launches of the Vela start in June.",
    "nothing to see here",
]


@pytest.mark.parametrize(
    "pattern",
    [
        r"\b(?:rose|fell|gained)\s+(?P<pct>\d+)%",
        r"(?<![\w-])(?:rises?|rose)\b",
        r"\b(?:launch(?:es|ed)?|sales\s+of)\b",
        r"(?:fell|rose)\s+\d+%(?=[,;.])",
    ],
)
def test_a_gated_pattern_finds_what_the_pattern_finds(pattern: str) -> None:
    # tried only where a leading word starts, it finds the same matches, in any window
    regex, behind = re.compile(pattern, re.I), gated(pattern, re.I)
    assert behind.leads is not None
    for sample in _SAMPLES:
        for pos, endpos in [(0, len(sample)), (5, 40), (-3, 999), (20, 10)]:
            spans = [m.span() for m in regex.finditer(sample, pos, endpos)]
            assert [m.span() for m in behind.finditer(sample, pos, endpos)] == spans
            first = regex.search(sample, pos, endpos)
            found = behind.search(sample, pos, endpos)
            assert (found and found.span()) == (first and first.span())


@pytest.mark.parametrize(
    "pattern",
    [
        r"\b(?:than|versus|against)\s+(?:the\s+)?$",  # asked of the words before a name
        r"(?<=rival )(?:quillon|zorvex)\b",  # a look-behind may read before the window
        r"\b(?:rose|fell)\s+\d+%(?=\s+on)",  # a look-ahead stops at the window's end
    ],
)
def test_a_window_is_gated_by_the_words_within_it(pattern: str) -> None:
    regex, behind = re.compile(pattern, re.I), gated(pattern, re.I)
    sample = "Acme, cheaper than Zorvex and its rival Quillon, rose 4% on Monday; Zorvex fell 2%."
    windows = [(a, b) for a in range(-2, len(sample) + 2, 3) for b in range(a, len(sample) + 3, 5)]
    closed = 0
    for pos, endpos in windows:
        found = regex.search(sample, pos, endpos)
        gated_found = behind.search(sample, pos, endpos)
        assert (gated_found and gated_found.span()) == (found and found.span())
        may = behind.may_match(sample, pos, endpos)
        assert may or not found, (pos, endpos)
        closed += not may
    assert behind.may_match(sample)
    assert closed > len(windows) // 3  # windows without the words are closed, unread


def test_words_of_one_stem_are_looked_for_once() -> None:
    words = ("lowered", "lowering", "maintained", "maintains", "rate", "rated", "slashed")
    assert _stems(words, str.startswith) == ("lowe", "main", "rate", "slashed")
    # the stem alone is kept where a word holds it: no two start at one place
    assert _stems(("hold", "holding", "holds", "shareholding"), str.__contains__) == ("hold",)
    behind = gated(r"\b(?:maintained|maintains|lowered|lowering)\s+(?:its\s+)?(?P<r>buy)\b", re.I)
    assert behind.search("Quenwick MAINTAINS its Buy; Acme's main listing") is not None
    assert behind.search("the maintenance of a buy, lower buy") is None


@pytest.mark.parametrize(
    ("text", "word"),
    [("SINCE", "since"), ("ſince", "since"), ("ı", "i"), ("İ", "i"), ("\u212a", "k")],
)
def test_fold_keeps_every_ignorecase_match(text: str, word: str) -> None:
    assert re.fullmatch(word, text, re.I)
    assert word in fold(text)


def _gated_in(module: ModuleType) -> Iterator[Gated]:
    """Every gated pattern a module holds, alone or in a table of (name, pattern) pairs."""
    for value in vars(module).values():
        if isinstance(value, Gated):
            yield value
        elif isinstance(value, list | tuple):
            for row in value:
                yield from (
                    v for v in (row if isinstance(row, tuple) else ()) if isinstance(v, Gated)
                )


def test_every_match_is_admitted_by_its_gate() -> None:
    texts = sorted((ROOT / "tests" / "corpus" / "dev").glob("*.txt"))
    texts += sorted((ROOT / "seeds").glob("*.txt"))
    sentences = [s.text for p in texts for s in text.split_sentences(p.read_text(encoding="utf-8"))]
    assert len(sentences) > 1000
    patterns = [pattern for pattern, _ in temporal._RULES] + [text._PROMO, core._LEADS_LIST]
    patterns += [pattern for pattern, _ in numbers._MONEY_FORMS]
    gated = [g for m in _MODULES for g in _gated_in(m)] + [vocab.rating_pattern()]
    assert len(gated) > 10
    gates = Gates(patterns)
    for sentence in sentences:
        for pattern, may_match, m in zip(
            patterns, gates.open(sentence), gates.searches(sentence), strict=True
        ):
            assert may_match or not pattern.search(sentence), (pattern.pattern, sentence)
            expected = pattern.search(sentence)  # the same match, found from a leading word
            assert (m and m.span()) == (expected and expected.span()), pattern.pattern
        for g in gated:
            assert g.may_match(sentence) or not g.regex.search(sentence), (g.pattern, sentence)
            if g.leads is not None and g.may_match(sentence):  # tried where a word starts
                found = [m.span() for m in g.finditer(sentence)]
                assert found == [m.span() for m in g.regex.finditer(sentence)], g.pattern


def test_searches_answer_as_each_pattern_searched_alone() -> None:
    patterns = [
        re.compile(r"\b(?:rose|fell)\s+\d+%", re.I),  # tried where "rose" or "fell" starts
        re.compile(r"\d+%"),  # no word: always searched
        re.compile(r"\bsince\s+(?:March|June)\b", re.I),
    ]
    gates = Gates(patterns)
    for told in ("Zorvex FELL 4% and then rose 2%.", "Quillon gained 3% since June.", "No move."):
        found = [m and m.group(0) for m in gates.searches(told)]
        assert found == [m and m.group(0) for m in (p.search(told) for p in patterns)]
    searched = gates.searches("Acme rose 5% since March.")
    assert next(searched) is not None  # the others are searched only when asked
    assert [m and m.group(0) for m in searched] == ["5%", "since March"]
