"""Returns: a share's or an index's performance over a period, told as a noun.

"a 7.47% year-to-date return", "recording a year-to-date gain of 10%", "the YTD returns settled
at 6.38%", "has returned 31% over the past year": a price move over the period its cue names
(`timeline.extract.temporal`), for the company or index heading the clause, else the
sentence's. A return needs a period; "return on equity", a fund's or a dividend's return and a
business's growth are no share's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from timeline.extract.actors import SELF, actor_after, actor_before, leading_actor
from timeline.extract.context import Context, Draft
from timeline.extract.gates import gated
from timeline.extract.rules.market.dates import _cue
from timeline.extract.text import Sentence

__all__ = ["returns"]

# "6.38%", "over 1,500 per cent"
_PCT = (
    r"(?:(?:over|about|around|nearly|almost|more\s+than|some)\s+)?"
    r"(?P<pct>[+\-−]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[+\-−]?\d+(?:\.\d+)?)\s?(?:%|per\s?cent|percent)"
)
_NOUN = (
    r"(?P<noun>returns?|gains?|loss(?:es)?|declines?|performance|downside|increase|decrease|"
    r"change)"
)
# "a 7.47% year-to-date return", "a 31% one-year gain"
# (not the figure before another's noun: "a 4-week loss of 0.8% and a year-to-date gain of 9.9%")
_BEFORE_NOUN = gated(_PCT + r"\s+(?:(?!(?:and|or)\b)[\w()-]+\s+){0,3}?" + _NOUN + r"\b", re.I)
# "a year-to-date gain of 10%", "YTD returns settled at 6.38%", "return ... rose to 42.81%"
_NOUN_BEFORE = re.compile(
    # not "the price increase assumptions for DRAM to 111%": a noun the change qualifies
    r"\b"
    + _NOUN
    + r"\b(?!\s+(?:assumptions?|estimates?|forecasts?|expectations?|rates?|targets?))"
    + r"(?:[^.;%\d]{0,40}?)(?:\b(?:of|to|at|was|is|stood\s+at)\s+|:\s*)"
    + _PCT,
    re.I,
)
_RETURNED = re.compile(r"\b(?:has|have|had)\s+returned\s+(?:about\s+|nearly\s+|over\s+)?" + _PCT)
# a period the return is over: year-to-date, one-year, since, this year, in 2025
_PERIOD = re.compile(
    r"\b(?:year[\s-]to[\s-]date|ytd|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|\d+)[\s-](?:days?|weeks?|months?|years?)|since|this\s+year|"
    r"so\s+far\s+(?:this|in)|in\s+20\d\d|over\s+the\s+(?:past|last)|month[\s-]to[\s-]date|"
    r"week[\s-]to[\s-]date)\b",
    re.I,
)
_NOT_A_SHARES = re.compile(
    r"\breturn\s+on\s+(?:equity|assets|capital|investment|invested)|\b(?:ROE|ROA|ROCE|ROI)\b|"
    # "an 11.8 per cent decline from the same quarter in 2023": a business's change
    r"\bfrom\s+the\s+(?:same|previous|prior|preceding)\s+(?:quarter|period|year|month)|"
    r"\byear[\s-](?:on|over)[\s-]year\b|\b[yq]/?o/?[yq]\b|"
    r"\b(?:revenue|sales|profit|earnings|income|EPS|margin|volume|turnover|deliveries|dividend|"
    r"yield|fund|portfolio|bond|deposit|coupon|economy|GDP|inflation|upside|target)\b",
    re.I,
)
_CLAUSE_END = re.compile(r"[;,]\s|\s(?:while|whereas)\s")
_NEGATIVE = ("loss", "losses", "decline", "declines", "downside")
_COMPARED = re.compile(r"\b(?:compared\s+(?:with|to)|versus|vs\.?|against|than)\b", re.I)
_PERIOD_WORD = re.compile(
    r"(?i)(?:the\s+)?(?:ytd|mtd|wtd|year-to-date|year|[\w]+[\s-](?:days?|weeks?|months?|years?))"
)
_OWNER = re.compile(
    r"(?P<n>[A-Z][\w&.-]*(?:\s+[A-Z0-9][\w&.-]*){0,4})['’]s\s+(?:[\w()-]+\s+){0,4}$"
)


def _owner(text: str, at: int) -> str | None:
    """The possessive owner of the return at ``at``: "The Fenmore index's YTD returns"."""
    m = _OWNER.search(text, 0, at)
    return m.group("n") if m else None


def returns(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """The return over a period the sentence tells as a noun, as a price move."""
    text = sentence.text
    if not _PERIOD.search(text) or _NOT_A_SHARES.search(text):
        return
    m = _BEFORE_NOUN.search(text) or _NOUN_BEFORE.search(text) or _RETURNED.search(text)
    if m is None:
        return
    if _COMPARED.search(text, max(0, m.start() - 30), m.start()):
        return  # "compared with a 28.24% gain for the Nikkei": the moves rule reads the pair
    # "a return of -22.63% YTD and -27.03% over 12 months": each figure over its own period
    more = [a] if (a := _AND_MORE.match(text, m.end())) else []
    noun = (m.groupdict().get("noun") or "").lower()
    subject = _named(text, m, ctx) or ctx.sentence_subject
    # (where each figure's own words begin and end, its figure and the figure's span)
    figures = [(0, len(text), m.group("pct"), m.start(), m.end())]
    for a in more:
        figures[-1] = (figures[-1][0], a.start("conj"), *figures[-1][2:])
        figures.append((a.end("conj"), len(text), a["pct"], a.start("pct"), a.end()))
    for first, last, written, start, end in figures:
        # the cue of the figure's own clause ("year-to-date downside of -2.41%, with the 5-day
        # performance at 64.41%"), else the sentence's, as the extractor resolved it
        opens = [c.end() for c in _CLAUSE_END.finditer(text, first, start)]
        closes = _CLAUSE_END.search(text, end, last)
        own = _cue(text[opens[-1] if opens else first : closes.start() if closes else last], ctx)
        occ = own if own.precision != "unknown" else ctx.occurrence
        if occ.precision == "unknown":
            continue  # no period it is over
        value = float(written.replace("−", "-").replace(",", ""))
        if noun in _NEGATIVE and not written.startswith(("-", "+")):
            value = -value
        yield Draft(
            "price_move",
            {"percent": value, "period": occ.period, "qualifier": "exact"},
            confidence=0.7,
            subject=subject,
            occurrence=occ,
        )


# a second figure of the same return, over a period of its own: "... -22.63% YTD and -27.03%
# over 12 months"
_AND_MORE = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s*(?P<conj>,\s*and|,|and)\s+(?:a\s+)?"
    + _PCT
    + r"(?=\s+(?:over|in|for|since|year[\s-]to[\s-]date|ytd|this|so\s+far)\b)",
    re.I,
)


def _named(text: str, m: re.Match[str], ctx: Context) -> str | None:
    """The company or index whose return ``m`` is: named after it, its owner, or the name
    heading its clause or the sentence."""
    return next(
        (
            ctx.subjects.id_of(actor)
            for actor in (
                actor_after(text, m.end()),  # "a 31% gain for the Fenmore index"
                _owner(text, m.start()),  # "The Fenmore index's YTD returns"
                actor_before(text, m.start()),
                leading_actor(text, m.start()),
            )
            if actor and actor != SELF and not _PERIOD_WORD.fullmatch(actor)
        ),
        None,
    )
