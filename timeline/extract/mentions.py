"""Finding named entities in a sentence: known aliases first, then organisation-like names.

>>> from timeline.extract.mentions import find_entities
>>> [(m.id, m.kind) for m in find_entities("J.P. Morgan and Norges Bank bought BABA shares.")]
[('JPMorgan', 'firm'), ('Norges Bank', 'investor'), ('BABA', 'company')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from timeline.entities import Entity, alias_table, entities, normalise
from timeline.extract.text import per_sentence

__all__ = ["Mention", "find_entities", "find_orgs", "find_tickers"]

_ORG_SUFFIX = (
    r"(?:Capital(?:\s+Management)?|Management|Advisors|Advisers|Partners|Investments?|"
    r"Asset\s+Management|Research|Securities|Holdings|Group|Bank|Trust|Fund|Funds|LLC|LLP|LP|"
    r"Ltd|Inc|Corp|Associates|Law\s+Firm|Wealth|Markets|Equities)"
)
_CAP = r"(?:[A-Z][\w&.'’-]*|&)"
# "Nordea Investment Management": a name runs to its last organisation word
_ORG = re.compile(rf"\b(?P<name>{_CAP}(?:\s+{_CAP}){{0,4}}?(?:\s+{_ORG_SUFFIX}\b)+)")
_TICKER = re.compile(
    r"\((?:NYSE|NASDAQ|Nasdaq|NYSEAMERICAN|LSE|TSX|HKEX|HKG|XETRA|ASX|OTC)\s*:\s*(?P<t>[A-Z0-9.]{1,8})"
)


@dataclass(frozen=True, slots=True)
class Mention:
    """An entity named in a sentence, with its canonical id and offsets."""

    id: str
    kind: str
    start: int
    end: int
    text: str


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(case-insensitive aliases, case-sensitive short upper-case aliases)."""
    loose: set[str] = set()
    strict: set[str] = set()
    for entity in entities():
        for alias in entity.aliases:
            short_upper = alias.isupper() and len(alias.replace(".", "")) <= 4
            (strict if short_upper or len(alias) <= 3 else loose).add(alias)
    return (
        re.compile(_bounded(_trie(loose, fold=True)), re.IGNORECASE),
        re.compile(_bounded(_trie(strict, fold=False))),
    )


def _bounded(body: str) -> str:
    return rf"(?<![\w$])(?:{body})(?:['’]s)?(?![\w-])"


# Words match across any whitespace; a slash with spaces or none ("S&P / BMV IPC")
_CHAR = {" ": r"\s+", "/": r"\s?/\s?"}


def _trie(aliases: set[str], *, fold: bool) -> str:
    r"""One regex for many aliases, shared prefixes written once (ten times faster than an
    alternation of whole aliases with Python's `re`). Words match across any whitespace, and
    a longer alias is tried before its prefix, as an alternation sorted longest first would.

    >>> print(_trie({"Bank of America", "Bank"}, fold=False))
    Bank(?:\s+of\s+America)?
    """
    root: dict[str, Any] = {}
    for alias in aliases:
        node = root
        for char in " ".join(alias.split()).lower() if fold else " ".join(alias.split()):
            node = node.setdefault(char, {})
        node[""] = {}

    def regex(node: dict[str, Any]) -> str:
        branches = [
            _CHAR.get(char, re.escape(char)) + regex(node[char]) for char in sorted(node) if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
        return f"(?:{body})?" if "" in node else body

    return regex(root)


# An index named before a noun of one company describes that company, not the index.
_INDEX_AS_ADJECTIVE = re.compile(
    r"\s+(?:[a-z]+[ -])?(?:share|stock|company|constituent|member|director|name|listing)\b"
    r"(?!\s+(?:average|index|market|exchange)\b)"
)


# An index's short alias written as the exchange of a ticker: "(ASX: CSL)", "NZX:FPH"
_EXCHANGE_PREFIX = re.compile(r"\s?:\s?[A-Z0-9]")


@per_sentence
def find_entities(sentence: str, kinds: tuple[str, ...] | None = None) -> tuple[Mention, ...]:
    """Every alias-table entity named in ``sentence``, in order, longest match first."""
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    table = alias_table()
    for pattern in _patterns():
        for m in pattern.finditer(sentence):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            text = re.sub(r"['’]s$", "", m.group(0))
            entity: Entity | None = table.get(normalise(text))
            if entity is None or (kinds and entity.kind not in kinds):
                continue
            if entity.kind == "index" and _INDEX_AS_ADJECTIVE.match(sentence, m.end()):
                taken.append(m.span())  # "This ASX 200 property share": a member, not the
                continue  # index (nor its shorter alias "ASX")
            if entity.kind == "index" and _EXCHANGE_PREFIX.match(sentence, m.end()):
                taken.append(m.span())  # "CSL Limited (ASX: CSL)": the exchange of a
                continue  # company's ticker, not the index
            taken.append((m.start(), m.end()))
            found.append(Mention(entity.id, entity.kind, m.start(), m.start() + len(text), text))
    return tuple(sorted(found, key=lambda x: x.start))


# Words before an organisation's name, no part of it (a sentence's opening word: "For Quillon
# Bank, HSBC raised ...")
_NOT_OF_THE_NAME = re.compile(
    r"^(?:(?:The|A|An|Investment firm|Hedge fund|Asset manager)\s+|"
    r"(?:For|On|As\s+for|At|By|From|With|Like|Unlike|After|Before|While|Since)\s+(?:the\s+)?)"
)


@per_sentence
def find_orgs(sentence: str) -> tuple[Mention, ...]:
    """Organisation-like names the alias table does not know ("Westend Capital Management")."""
    known = find_entities(sentence)
    out = []
    for m in _ORG.finditer(sentence):
        name = _NOT_OF_THE_NAME.sub("", m.group("name"))
        start = m.end("name") - len(name)
        if any(k.start <= start < k.end or start <= k.start < m.end() for k in known):
            continue
        out.append(Mention(name, "org", start, m.end("name"), name))
    return tuple(out)


def find_tickers(text: str) -> list[str]:
    """Exchange tickers written as ``(NASDAQ: XYZ)``, in order."""
    return [m.group("t") for m in _TICKER.finditer(text)]
