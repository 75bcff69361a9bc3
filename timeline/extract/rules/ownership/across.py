"""One holder's changes across several companies in a roundup ("FPIs raised stakes in A, B and
C")."""

from __future__ import annotations

import datetime as dt
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
from timeline.extract.temporal import Occurrence, resolve
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
# The span a roundup compares, told as two period ends: "fell from 285 at the end of 2023 to
# 271 by the end of 2024", "rose from 17.3% at end-June to 18.1% at end-September"
_ENDS_COMPARED = gated(
    r"\bfrom\s+[^;]{0,60}?\b(?P<a>(?:at|by)\s+(?:the\s+)?end(?:\s+of\s+|-)[^.;,]{2,30}?)\s+"
    r"to\s+[^;]{0,60}?\b(?P<b>(?:at|by)\s+(?:the\s+)?end(?:\s+of\s+|-)[^.;,]{2,30})",
    re.I,
)


@dataclass(slots=True)
class _Across:
    """The holder whose changes across companies were told last, for the lists after."""

    holder: str | None = None
    index: int = -10
    #: when the changes told last happened, for the next that do not say ("... in the
    #: September quarter." then "The highest increase in stake by MFs was in ...")
    occurrence: Occurrence | None = None
    #: the span the roundup compares ("from ... at the end of 2023 to ... by the end of
    #: 2024"): its changes' dates, and its last day their levels'
    span: Occurrence | None = None


def _compared_span(text: str, ctx: Context) -> Occurrence | None:
    """The span between two period ends a sentence compares, from the day after the first
    to the second: a calendar year, quarter or month when it is one, else days."""
    m = _ENDS_COMPARED.search(text) if "end" in text else None
    if m is None:
        return None
    first, last = (
        resolve(m[g], ctx.published, exchange=ctx.subjects.exchange).end for g in ("a", "b")
    )
    if first is None or last is None or first >= last:
        return None
    start = first + dt.timedelta(days=1)
    if start.day != 1 or (last + dt.timedelta(days=1)).day != 1:
        return Occurrence(start, last, "day", "day")
    months = (last.year - start.year) * 12 + last.month - start.month + 1
    precision = {12: "year", 3: "quarter", 1: "month"}.get(months, "day")
    if (precision == "year" and start.month != 1) or (
        precision == "quarter" and start.month % 3 != 1
    ):
        precision = "day"
    return Occurrence(start, last, precision, precision)


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
    12.31%", then "Other increases included Quillon (up 5.24 percentage points to 12.24%)".
    Undated, they are of the span the roundup compares ("from 285 at the end of 2023 to 271 by
    the end of 2024": the changes 2024's, the levels its last day's)."""
    text = sentence.text
    memory = ctx.memory(_Across)
    memory.span = _compared_span(text, ctx) or memory.span
    changes = _changes_across(text)
    when = ctx.occurrence
    if changes and memory.index >= ctx.index - 2 and when.precision == "unknown":
        when = memory.occurrence or when
    if when.precision == "unknown" and memory.span is not None:
        when = memory.span
    at = when  # a level's date: the compared span's last day
    if memory.span is not None and when == memory.span:
        at = Occurrence(memory.span.end, memory.span.end, "day", "day")
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
                occurrence=at,
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
            occurrence=when,
        )
        yield Draft(
            "ownership_level",
            {"holder": memory.holder, "percent": float(m["pct"]), "qualifier": "exact"},
            confidence=0.65,
            subject=company,
            occurrence=at,
        )
    memory.index = ctx.index  # the list goes on in the next sentence
