"""One holder's changes across several companies in a roundup ("FPIs raised stakes in A, B and
C")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from timeline.extract.context import Context, Draft
from timeline.extract.gates import gated
from timeline.extract.rules._common import (
    NAMES_SPLIT,
)
from timeline.extract.rules.ownership._names import (
    _named_in_full,
)
from timeline.extract.temporal import Occurrence
from timeline.extract.text import Sentence

__all__ = ["holders_across"]

# --- one holder's changes across companies -------------------------------------------------

_CO = r"[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|&))*"
_COS = rf"{_CO}(?:,\s+{_CO})*(?:,?\s+and\s+{_CO})?"
# A holder, a named one or a class of them as the press writes it: "NPS", "FPIs", "mutual
# funds", "banks and financial institutions"
_ACROSS_HOLDER = (
    r"(?:[A-Z][\w&.’-]*(?:\s+(?:[A-Z][\w&.’-]*|of|&)){0,4}|"
    r"(?:foreign\s+(?:portfolio\s+|institutional\s+)?|domestic\s+(?:institutional\s+)?|"
    r"institutional\s+|retail\s+)?investors|mutual\s+funds|banks\s+and\s+financial\s+"
    r"institutions|insurers|insurance\s+companies|pension\s+funds|promoters)"
)
_STAKE_WORD = r"(?:stake|ownership|holding|shareholding)s?"
_CHANGE = r"(?:(?P<up>increase|rise|jump|gain)|decrease|decline|drop|fall|reduction|cut)s?"
# "Zorvex, Quillon and Brevik saw the highest increase in stake by FPIs", "Zorvex saw the
# largest increase in NPS ownership": the companies first
_SAW_CHANGE = gated(
    rf"(?P<cos>{_COS})(?:,\s+an?\s+[^,]{{1,60}},)?\s+"  # "Zorvex, a cosmetics maker, saw"
    r"(?:saw|see|sees|recorded|witnessed|had|posted|experienced)\s+"
    rf"(?:the\s+)?(?:[\w-]+\s+)?{_CHANGE}\s+in\s+(?:(?:the\s+)?(?P<h1>{_ACROSS_HOLDER})"
    rf"(?:['’]s?)?\s+{_STAKE_WORD}|{_STAKE_WORD}\s+(?:held\s+)?by\s+(?P<h2>{_ACROSS_HOLDER}))"
)
# "The highest increase in stake by mutual funds was in Zorvex, Quillon and Brevik"
_CHANGE_WAS_IN = gated(
    rf"\b(?:[\w-]+\s+)?{_CHANGE}\s+in\s+{_STAKE_WORD}\s+(?:held\s+)?by\s+"
    rf"(?P<h>{_ACROSS_HOLDER})\s+was\s+(?:seen\s+|recorded\s+)?in\s+(?P<cos>{_COS})"
)
# "banks and financial institutions increased their stake the most in Zorvex and Quillon"
_CHANGED_MOST = gated(
    rf"(?P<h>{_ACROSS_HOLDER})\s+(?:(?P<up>increased|raised|boosted|added\s+to)|reduced|cut|"
    rf"trimmed|lowered|pared)\s+(?:their|its)\s+{_STAKE_WORD}\s+the\s+most\s+in\s+(?P<cos>{_COS})"
)
# "..., while for BFIs it was in Zorvex and Quillon": the same change, another holder
_FOR_IT_WAS = gated(rf"\bfor\s+(?P<h>{_ACROSS_HOLDER})\s+it\s+was\s+in\s+(?P<cos>{_COS})")
# "Other increases included Zorvex (up 5.24 percentage points to 12.24%), Quillon (down 4.1
# points to 11.14%)": the holder of the sentences before
_MOVED_POINTS = re.compile(
    rf"(?P<co>{_CO})\s+\((?P<dir>up|down)\s+[\d.]+\s+(?:percentage\s+)?points?\s+to\s+"
    r"(?P<pct>\d+(?:\.\d+)?)\s?%\)"
)
_FROM_TO = re.compile(r"\bfrom\s+(?P<prev>\d+(?:\.\d+)?)\s?%\s+to\s+(?P<pct>\d+(?:\.\d+)?)\s?%")


@dataclass(slots=True)
class _Across:
    """The holder whose changes across companies were told last, for the lists after."""

    holder: str | None = None
    index: int = -10
    #: when the changes told last happened, for the next that do not say ("... in the
    #: September quarter." then "The highest increase in stake by MFs was in ...")
    occurrence: Occurrence | None = None


def _changes_across(text: str) -> list[tuple[str, str, list[str]]]:
    """(holder, direction, companies) of each change a sentence tells across companies."""
    out: list[tuple[str, str, list[str]]] = []
    direction = None
    for pattern in (_SAW_CHANGE, _CHANGE_WAS_IN, _CHANGED_MOST):
        for m in pattern.finditer(text):
            direction = "increase" if m["up"] else "decrease"
            holder = m.groupdict().get("h") or m.groupdict().get("h1") or m["h2"]
            out.append((holder, direction, _companies(m["cos"])))
    if direction is not None:
        for m in _FOR_IT_WAS.finditer(text):
            out.append((m["h"], direction, _companies(m["cos"])))
    return out


# Words that open a sentence before a list of companies, no company: "Conversely, Zorvex ..."
_LIST_OPENERS = frozenset(
    [
        "Conversely",
        "Meanwhile",
        "However",
        "Similarly",
        "Likewise",
        "Also",
        "Separately",
        "Additionally",
        "Moreover",
        "Overall",
        "Elsewhere",
        "Instead",
        "Finally",
    ]
)


def _companies(written: str) -> list[str]:
    """The companies of a written list, without a sentence's opening word."""
    return [c for c in NAMES_SPLIT.split(written) if c and c not in _LIST_OPENERS]


@_named_in_full
def holders_across(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """One holder's changes across companies, as holdings roundups tell them: "Zorvex and
    Quillon saw the highest increase in stake by FPIs", "The highest decrease in stake by MFs
    was in Zorvex", "Zorvex saw the largest increase in NPS ownership, ... from 5.64% to
    12.31%", then "Other increases included Quillon (up 5.24 percentage points to 12.24%)"."""
    text = sentence.text
    memory = ctx.memory(_Across)
    changes = _changes_across(text)
    when = ctx.occurrence
    if changes and memory.index >= ctx.index - 2 and when.precision == "unknown":
        when = memory.occurrence or when
    for holder, direction, companies in changes:
        memory.holder, memory.index, memory.occurrence = holder, ctx.index, when
        for company in companies:
            yield Draft(
                "stake_change",
                {"investor": holder, "direction": direction},
                confidence=0.7,
                subject=ctx.subjects.id_of(company),
                occurrence=when,
            )
        levels = list(_FROM_TO.finditer(text))
        if len(changes) == 1 and len(companies) == 1 and len(levels) == 1:
            yield Draft(
                "ownership_level",
                {
                    "holder": holder,
                    "percent": float(levels[0]["pct"]),
                    "previous_percent": float(levels[0]["prev"]),
                    "qualifier": "exact",
                },
                confidence=0.7,
                subject=ctx.subjects.id_of(companies[0]),
                occurrence=when,
            )
    if changes or memory.holder is None or memory.index < ctx.index - 2:
        return
    for m in _MOVED_POINTS.finditer(text):
        company = ctx.subjects.id_of(m["co"])
        direction = "increase" if m["dir"] == "up" else "decrease"
        yield Draft(
            "stake_change",
            {"investor": memory.holder, "direction": direction},
            confidence=0.65,
            subject=company,
        )
        yield Draft(
            "ownership_level",
            {"holder": memory.holder, "percent": float(m["pct"]), "qualifier": "exact"},
            confidence=0.65,
            subject=company,
        )
    memory.index = ctx.index  # the list goes on in the next sentence
