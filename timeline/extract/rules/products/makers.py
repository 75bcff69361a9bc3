"""Whose product it is: the company its name begins with ("Meta Quest 3"), its possessive owner
("Xiaomi's SU7 Ultra"), or the company whose clause the launch verb is in or the sentence opens
on ("Shree Cement Limited announced the launch of ...").
"""

from __future__ import annotations

import re

from timeline.entities import normalise
from timeline.extract.context import Context
from timeline.extract.gates import gated
from timeline.extract.mentions import find_entities
from timeline.extract.places import is_place
from timeline.extract.rules.products._names import _NAME, _stop_name


def _fullest(name: str, ctx: Context) -> str:
    """A product's name with its maker's, when the article writes it so anywhere ("the entire
    Edge 50 series" in an article that names the "Motorola Edge 50 series")."""
    if _maker(name, ctx) is not None:
        return name
    written = re.compile(
        r"(?<![\w&.'’-])(?P<c>[A-Z][\w&-]*(?: [A-Z][\w&-]*)?) " + re.escape(name) + r"(?![\w-])"
    )
    for m in written.finditer(ctx.article.text):
        for maker in dict.fromkeys((m["c"], m["c"].split()[-1])):
            if ctx.subjects.company_named(maker) is not None:
                return f"{maker} {name}"
    return name


# The company whose product it is, written as a possessive before it ("Xiaomi's SU7 Ultra"),
# or the company the sentence opens on ("Shree Cement Limited announced the launch of ...")
_OWNER = gated(
    r"(?P<c>" + _NAME + r")['’]s\s+(?:(?:new|latest|first|own|upcoming|flagship|all-new|"
    r"[a-z]+-[a-z]+)\s+){0,3}$"
)
# What may stand between a company's name and its launch verb: "has", "on Tuesday", "said it"
_AUX = (
    r"(?:(?:has|have|had|also|today|officially|recently|finally|now|will|would|is|are|was|it|"
    r"(?:plans?|planned|intends?|aims?|is\s+(?:set|going|poised|preparing|due))\s+to|"
    r"on\s+\w+day|(?:said|says|announced|confirmed)(?:\s+(?:it|that|the))*)\s+)*$"
)
_COMPANY = r"(?P<c>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})\s+"
_OPENER = re.compile(
    # a dateline first: "COPENHAGEN--", "TOKYO (Reuters) -", "NEW DELHI:"
    r"^(?:[A-Z][A-Z.'’ ]{2,30}(?:\s*\([^)]{1,30}\))?\s*(?:--|[-—–:])\s*)?"
    r"(?:(?:On|Earlier|Last|This)\s+\w+,?\s+)?" + _COMPANY + _AUX
)
# The company whose clause the verb is in, when the sentence opens on something else: "On the
# heels of a deal, Zorvex is debuting ...", "Quillon said Zorvex had launched ..."
_CLAUSE_SUBJECT = re.compile(
    r"(?:[,;:]\s+|\b(?:that|and|but|after|as|when|while|said|says)\s+)" + _COMPANY + _AUX
)


def _owner(text: str, product: str, verb: re.Match[str], ctx: Context) -> str | None:
    """The company a product is of: its possessive owner, or the company whose clause the verb
    is in or the sentence opens on; in an article whose company is not known, that name as
    written ("Novo Nordisk will launch its drug Wegovy")."""
    at = text.find(product)
    own = _OWNER.search(text[:at]) if at > 0 else None
    if own is not None and (company := ctx.subjects.company_named(own.group("c"))) is not None:
        return company
    before = text[: verb.start()]
    unknown = ctx.sentence_subject in ("", "UNKNOWN")
    for found in (_CLAUSE_SUBJECT.search(before), _OPENER.match(before)):
        if found is None:
            continue
        name = found.group("c")
        if (company := ctx.subjects.company_named(name)) is not None:
            return company
        if unknown and _company_like(name):
            return ctx.subjects.id_of(name)
    return None


def _company_like(name: str) -> bool:
    """Whether a name that opens a sentence may be a company's: no determiner, date, place,
    firm or investor of the tables.

    >>> _company_like("Zorvex Motors"), _company_like("The company"), _company_like("Tokyo")
    (True, False, False)
    """
    if _stop_name(name) or is_place(name):  # (a city may name a product, not a maker)
        return False
    return not find_entities(name, kinds=("firm", "investor", "index"))


def _maker(product: str, ctx: Context) -> str | None:
    """The company a product's name begins with, when the alias table or the article's own
    names know it: "Meta Quest 3" is Meta's, "Zorvex Edge 50 Pro" Zorvex's in an article that
    names Zorvex, whatever company the sentence is about."""
    words = product.split()
    for n in (2, 1):
        if len(words) <= n:
            continue
        head = " ".join(words[:n])
        if head.endswith(("'s", "’s")):
            break  # a title's possessive ("Assassin's Creed"): no maker
        named = find_entities(head, kinds=("company",))
        if named and named[0].start == 0 and len(named[0].text) == len(head):
            return named[0].id
        if (own := ctx.subjects.names.get(normalise(head))) is not None:
            return own
    return None
