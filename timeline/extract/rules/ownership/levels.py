"""Levels of ownership: a holder's percent of a company, told actively, in the passive, by a
class of holders or in a list."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from timeline._time import MONTHS, WEEKDAYS
from timeline.entities import canonical
from timeline.extract.actors import SELF, leading_actor
from timeline.extract.context import Context, Draft
from timeline.extract.gates import gated
from timeline.extract.mentions import find_entities
from timeline.extract.numbers import find_percents, qualifier_before
from timeline.extract.places import is_place
from timeline.extract.rules._common import (
    NAMES_SPLIT,
)
from timeline.extract.rules.ownership._names import (
    _ACTOR_FIRST,
    _COMPANY_OFFICER,
    _NOT_HOLDERS,
    _PCT,
    _PLANNED_LEVEL,
    _PUBLIC_HOLDER,
    _PUBLIC_STAKE,
    _full_form,
    _holder,
    _named_in_full,
    _stake_in,
)
from timeline.extract.rules.ownership.across import (
    _MOVED_POINTS,
    _changes_across,
)
from timeline.extract.rules.ownership.trades import (
    _PRONOUN,
    _REPORTER,
    _clause_time,
    _holders_named,
    _holdings_time,
    _joint_holder,
    _level_time,
    _Stakes,
    _unknown_actor,
)
from timeline.extract.temporal import Occurrence, resolve
from timeline.extract.text import Sentence

__all__ = ["levels"]

# A level's figure, also as the press writes a fraction of one: "owns only .02 percent"
_PCT_NUMBER = r"(?:\d+(?:\.\d+)?|\.\d+)"
_LEVEL = gated(
    r"\b(?:ownership|stake|holding|holdings|shareholding|owns|holds|held|"
    # "its economic interest has dropped to 13.1 percent", "raised his interest in Acme to 9%"
    # "raising his total interest to 12.3%", "cutting her deemed interest to 4.8%"
    r"(?:economic|equity|voting|total|direct|deemed|indirect|aggregate)\s+interest|"
    r"interest\s+in)\b(?P<rest>.{0,80}?)"
    # "These holdings represent approximately 0.19% of Nike"
    r"(?:\b(?:to|at|of|or)\s+|\ba\s+|\brepresent(?:s|ed|ing)?\s+(?:approximately\s+|about\s+|"
    r"around\s+|roughly\s+|some\s+|nearly\s+|almost\s+)?)"
    # "to a staggering 47.4%", "to a combined 12%": a word of emphasis before the level
    r"(?:(?:an?\s+)?(?:staggering|whopping|record|massive|hefty|combined|total)\s+)?"
    # "has risen to 3,251,346,245 units (7.77%)": the count, then its share of the company
    r"(?:[\d,.]+\s+(?:million\s+|billion\s+)?(?:units|shares)\s+\()?"
    r"(?P<pct>" + _PCT_NUMBER + ")" + _PCT,
    re.I,
)
_LEVEL_FIRST = gated(
    # "both founders are still left with about 16% of Acme"
    r"(?:\b(?:owns|owned|holds|held|controls|retain(?:s|ed|ing)?|left\s+with)\s+"
    r"(?:about\s+|roughly\s+|around\s+|nearly\s+|some\s+|just\s+(?:under|over)\s+|almost\s+|only\s+|"
    r"approximately\s+|close\s+to\s+|"
    r"more\s+than\s+|over\s+)?|"
    r"(?:\b(?:an?|its|his|her|their)|(?<=[A-Za-z])['’]s)\s+)(?P<pct>"
    + _PCT_NUMBER
    + ")"
    + _PCT
    # "a 9.9% stake", "a 16 percent economic interest", "a 10 percent share in the airline",
    # "its 10 per cent ownership stake"
    + r"\s+(?:(?:ownership\s+)?stake|(?:equity\s+)?holding|shareholding|(?:[a-z]+\s+)?interest|"
    r"share\s+in|of)\b",
    re.I,
)
_GROUPS = {
    "onshore": "Southbound investors",
    "southbound": "Southbound investors",
    "mainland": "Southbound investors",
    "institutional": "Institutional investors",
    "insider": "Insiders",
    "retail": "Retail investors",
    "foreign": "Foreign investors",
}
_GROUP = re.compile(r"\b(" + "|".join(_GROUPS) + r")\s+(?:ownership|investors|holdings)", re.I)


# "68.5% of the stock is owned by institutional investors", "Insiders own 0.3% of the
# company's stock": the holder is kept as written.
_OWNED_BY = re.compile(
    r"(?P<pct>\d+(?:\.\d+)?)\s?%\s+of\s+(?:the\s+)?(?:company(?:['’]s)?\s+)?"
    r"(?:stock|shares|outstanding\s+shares)\s+(?:is\s+|are\s+)?(?:currently\s+|now\s+)?"
    r"(?:owned|held)\s+by\s+(?P<holder>[^.;,]+?)\s*[.;,]?$",
    re.I,
)
_HOLDERS_OWN = gated(
    # "As of December 2024, Foreign Institutional Investors own 8.94 per cent": an opening
    # clause at most before the holders
    r"(?:^(?:[^,]{0,40},\s+)?(?:the\s+)?|[.;]\s*)"
    r"(?P<holder>(?:[A-Z][\w-]*\s+)?(?:institutional\s+investors|institutions|insiders|"
    r"hedge\s+funds|(?:company\s+)?insiders|retail\s+investors|individual\s+investors|"
    r"mutual\s+funds|top\s+\d+\s+shareholders|"
    r"(?:foreign|domestic)\s+(?:portfolio\s+|institutional\s+)?investors|"
    r"FIIs|DIIs|FPIs|promoters?(?:\s+(?:and|&)\s+promoter\s+group)?)"
    r"(?:\s+and\s+(?:other\s+)?(?:hedge\s+funds|institutional\s+investors))?)"
    r"(?:\s+\([A-Z]{2,5}s?\))?\s+"  # "Domestic Institutional Investors (DIIs)"
    # "Insiders such as directors and executives own 7.09%"
    r"(?:(?:such\s+as|like|including)\s+[^,;%]{1,40}?\s+)?"
    r"(?:currently\s+|collectively\s+|together\s+)?"
    r"(?:own|owns|hold|holds|owned|held|possess|control|controls)\s+"
    r"(?:about\s+|approximately\s+|roughly\s+|nearly\s+|around\s+|~)?(?P<pct>\d+(?:\.\d+)?)" + _PCT,
    re.I,
)


# "With 76% stake, institutions possess the maximum shares", "the company's rate of
# institutional share ownership, which now stands at 12.8%": a class of holders' level
_WITH_STAKE = re.compile(
    r"^With\s+(?:an?\s+)?(?P<pct>\d+(?:\.\d+)?)"
    + _PCT
    + r"\s+(?:stake|ownership|of\s+the\s+shares),"
    r"\s+(?P<holder>institutions|insiders|retail\s+investors|individual\s+investors|"
    r"institutional\s+investors|the\s+(?:general\s+)?public)\s+(?:own|possess|hold|control)\b",
    re.I,
)
_CLASS_OWNERSHIP = re.compile(
    r"\b(?P<holder>institutional|insider|promoter(?:\s+(?:and|&)\s+promoter\s+group)?)\s+"
    r"(?:share\s*|stock\s+)?(?:ownership|holding)\b(?:[^.%;]|\.\d){0,60}?"
    r"\b(?:stands?\s+at|is|was|of|at|to)\s+(?P<pct>\d+(?:\.\d+)?)" + _PCT,
    re.I,
)


# A level told in the passive, its holder after "by": "the remaining 48.22 per cent is held by
# the general public", "A 30% stake in Zorvex is owned by the Brevik family"
_HELD_BY = gated(
    r"(?P<pct>\d+(?:\.\d+)?)" + _PCT + r"(?:\s+(?:stake|interest|holding|shareholding))?"
    r"(?:\s+(?:of|in)\s+(?:the\s+)?(?P<co>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3}|[a-z]+))?"
    r"(?:\s+(?:is|are|was|were|remains|remained))\s+(?:currently\s+|now\s+|still\s+)?"
    r"(?:owned|held|controlled)\s+by\s+(?:the\s+)?"
    r"(?P<holder>[A-Za-z][\w&.'’-]*(?:\s+[A-Za-z][\w&.'’-]*){0,4}?)"
    r"(?=\s*(?:[,;:]|\.(?:\s|$)|$|\s+(?:and|while|whereas|through|via|as|since|after)\b))",
)
# Holders of a passive level that are the market's stock, not a holder: "held by investors"
# in general is kept ("the general public"), a time is not ("held by March")
_NOT_PASSIVE_HOLDERS = re.compile(r"(?i:(?:" + "|".join([*MONTHS, *WEEKDAYS]) + r")\b)")


def _held_by(text: str, ctx: Context) -> list[Draft]:
    """Levels told in the passive, each of the holder after "by" ("the remaining 48.22 per cent
    is held by the general public")."""
    if " by " not in text:
        return []  # the cheap test first
    found = []
    for m in _HELD_BY.finditer(text):
        holder = m["holder"].rstrip(".")
        if _NOT_PASSIVE_HOLDERS.match(holder) or not 0 < float(m["pct"]) <= 100:
            continue
        company = m["co"]
        found.append(
            Draft(
                "ownership_level",
                {
                    "holder": holder[:1].upper() + holder[1:] if holder.islower() else holder,
                    "percent": float(m["pct"]),
                    "qualifier": qualifier_before(text, m.start("pct")),
                },
                confidence=0.75,
                subject=ctx.subjects.id_of(company) if company and company[0].isupper() else None,
            )
        )
    return found


def _group_level(text: str) -> Draft | None:
    m = (
        _OWNED_BY.search(text)
        or _HOLDERS_OWN.search(text)
        or _WITH_STAKE.search(text)
        or _CLASS_OWNERSHIP.search(text)
    )
    if m is None:
        return None
    written = _GROUPS.get(m.group("holder").lower(), m.group("holder"))
    holder = re.sub(r"^(?:the|its)\s+", "", written.strip(), flags=re.I)
    return Draft(
        "ownership_level",
        {
            "holder": holder[:1].upper() + holder[1:],
            "percent": float(m.group("pct")),
            "qualifier": qualifier_before(text, m.start("pct")),
        },
        confidence=0.8,
    )


# A holder named before as "its"/"it": "Its shareholding in the NSE stands at 3.36%", "while
# it holds 2.41% in Housing Finance"
_PRONOUN_HOLDER = re.compile(
    r"^(?:[^,]{0,40},\s+)?(?:(?i:its|their)\s+(?:\w+\s+)?"
    r"(?:stake|shareholding|holding|ownership|interest)\b|"
    r"(?i:it|they)\s+(?:also\s+|still\s+|now\s+)?(?:holds|owns|held|owned)\b)"
)
# The level the trade told before brought: "This increased his direct holdings to 7.91%", "The
# purchase takes her stake to 12%"
_BROUGHT_BY_TRADE = (
    r"^(?:This|That|The\s+(?:purchase|acquisition|sale|disposal|trade|transaction|deal|buy))\s+"
    r"(?:has\s+|had\s+)?(?:increased|raised|lifted|boosted|took|takes|brought|brings|"
    r"reduced|cut|lowered|trimmed)\s+(?:his|her)\b"
)
# ... or told as moved, right after the trade: "His deemed interest rose to 12.3%", "Lim's
# total interest fell to 4.8%"
_AFTER_TRADE = re.compile(
    _BROUGHT_BY_TRADE + r"|\b(?:rose|risen|increased|grew|climbed|went\s+up|fell|fallen|"
    r"dropped|decreased|declined|went\s+down)\s+to\s+\d"
)
# A person named before as "his"/"he": "His indirect holdings now stand at 8.34%", "With his
# purchase of 863,180,810 shares, he increased his total stake in the group to 9.41 per cent"
_PERSON_HOLDER = re.compile(
    r"^(?:[^.;]{0,80}?,\s+)?(?:(?i:his|her)\s+(?:\w+\s+)?"
    r"(?:stake|shareholding|holdings?|ownership|interest)\b|"
    r"(?:he|she|He|She)\s+(?:has\s+|had\s+)?(?:also\s+|still\s+|now\s+|further\s+)?"
    r"(?:holds|owns|held|owned|increased|raised|boosted|lifted|reduced|cut|trimmed|lowered)\b)|"
    + _BROUGHT_BY_TRADE
)
# More levels of one holder in a list: ", 1.1% in Stanbic Holdings, and 0.9% in Liberty"
_MORE_IN = re.compile(
    r"(?:,|\band|\bwhile\s+(?:it|they)\s+(?:holds|owns|hold|own))\s+(?:and\s+)?"
    r"(?P<pct>\d+(?:\.\d+)?)" + _PCT + r"\s+(?:in|of)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,4})"
)
# Another holder of the same company: "..., with the National Social Security Fund (NSSF)
# owning an additional 27%"
_WITH_HOLDER = re.compile(
    r"\bwith\s+(?:the\s+)?(?P<holder>[A-Z][\w&.’'-]*(?:\s+(?:[A-Z][\w&.’'-]*|of|and|&))*)"
    # "as is the case with Goldman Sachs, holding 2.88% of the total shares"
    r"(?:\s+\([A-Z&]{2,8}\))?,?\s+(?:owning|holding|controlling)\s+"
    r"(?:an?\s+(?:additional|further)\s+|another\s+)?(?P<pct>\d+(?:\.\d+)?)" + _PCT
)


_NAME = r"[A-Z][\w&.’'-]*(?:\s+(?:[A-Z][\w&.’'-]*|of|&))*"
# A holder told as a shareholder of the company, with its level after: "Temasek is the largest
# shareholder of DBS, with a 29% stake", "BlackRock is also a stakeholder in Banco Sabadell,
# with 6.56%"; the company unnamed ("of the bank") is the sentence's own
_SHAREHOLDER_WITH = gated(
    rf"(?P<holder>{_NAME})\s+(?:is|was|remains)\s+(?:also\s+|now\s+|still\s+)?"
    r"(?:a|an|the|its)\s+(?:[\w-]+\s+){0,2}?(?:share|stake)holder"
    rf"(?:\s+(?:of|in)\s+(?:(?P<company>{_NAME})|the\s+(?:company|bank|group|firm|lender|insurer)))?"
    r",?\s+with\s+(?:an?\s+)?(?:(?:stake|holding)\s+of\s+)?(?P<pct>\d+(?:\.\d+)?)" + _PCT
)
# The next holder in a list of holders of one company: "BlackRock holds 6.8%, Capital Research
# has 5.027%, and ...", "Zorvia owns 81.5 percent of Zorvex and the state-owned Quillon Fund
# holds a further 16 percent"
_NEXT_HOLDER_HAS = re.compile(
    r"(?:[,;]\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?(?:[a-z][\w-]*-(?:owned|run|backed)\s+)?"
    rf"(?P<holder>{_NAME})\s+(?:has|holds|owns|had|held|owned)\s+"
    r"(?:an?\s+)?(?:(?:further|additional|other|another)\s+)?(?P<pct>\d+(?:\.\d+)?)" + _PCT
)


# The holder whose stake a level is, written as its owner right before it: "doubles the PIF's
# holdings in Aramco to 16%" (a level is at most 40 characters after the stake's word)
_OWNS_THE_LEVEL = re.compile(
    r"\b(?:the\s+)?(?!(?:His|Her|Its|Their|Our)\b)(?P<holder>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['’]s?\s+(?:\w+\s+)?"
    r"(?:stake|holdings?|shareholding|ownership)\b[^.;%]{0,40}$"
)
# ... or as the owner of the level itself: "roughly half of Brevik’s 10% stake in Zorvex"
_OWNER_OF_LEVEL = re.compile(
    r"(?<![\w&.'’-])(?!(?:The|A|An|This|That|It)\b)(?P<holder>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})"
    r"['’]s\s+$"
)
# The holder a relative clause tells the level of: "the regulator authorised Quillon Bank -
# which previously held a 9.9% stake in Zorvex - to ...", "Dana Vale’s Brevik Capital Limited,
# which holds an 8.67% stake", "Brevik Capital, Zorvex’s second-largest investor with an 8.67
# percent stake"
_WHICH_HOLDS = re.compile(
    r"(?P<holder>[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|&))*)(?:\s*,|\s+[-–—])\s+"
    r"(?:(?:which|who)\s+(?:\w+ly\s+|now\s+|still\s+|also\s+)?"
    r"(?:holds|held|owns|owned|controls|controlled)|"
    r"(?:[\w’'-]+\s+){1,4}?(?:investor|shareholder|holder)\s+with)\s+"
    r"(?:an?\s+)?(?:(?:about|around|roughly|nearly)\s+)?$"
)
# ... and another holder's after "with": "with the government's stake falling to 82.186%"
_WITH_HOLDERS_LEVEL = re.compile(
    r"\bwith\s+(?:the\s+)?(?P<holder>[A-Z]?[\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['’]s\s+"
    r"(?:stake|holdings?|shareholding|ownership)\s+(?:\w+\s+)?(?:falling|rising|dropping|"
    r"climbing|increasing|decreasing|shrinking|growing|going)\s+to\s+"
    r"(?P<pct>\d+(?:\.\d+)?)" + _PCT
)


@dataclass(slots=True)
class _Levels:
    """The holder of the level last reported, for "its" and "it" in the next sentences."""

    holder: str | None = None
    index: int = -10


_FROM_PERCENT = re.compile(r"\bfrom\s+(?:the\s+)?(?P<p>\d+(?:\.\d+)?)" + _PCT, re.I)
_TRADED = gated(
    r"\b(?:sold|sell(?:s|ing)?|divest\w*|offload\w*|dispos\w*|dump\w*|unload\w*|pare\w*|"
    r"trim\w*|cut(?:s|ting)?|reduc\w*|hived\s+off|acquir\w*|bought|purchas\w*|took|"
    r"snapped\s+up|picked\s+up|(?:sale|disposal|divestment|purchase|acquisition|transfer)\s+of)"
    r"\s+(?:\w+\s+){0,3}?(?:an?|its|his|her|their)\s+$",
    re.I,
)


_TRADED_AFTER = re.compile(
    r"(?:\s+in\s+[^,;]{1,40}?)?\s+(?:has\s+|have\s+|had\s+)?(?:been|was|were|is|are)\s+"
    r"(?:being\s+|now\s+)?(?:transferred|sold|acquired|bought|purchased|offloaded|divested|"
    r"disposed\s+of|placed)\b",
    re.I,
)


# The shares traded told again as a share of the company: "selling around $400 million worth
# of shares, or a 1.85 per cent stake", "bought 18 million shares, or 1.6%,"
_SHARES_OR = re.compile(
    r"\b(?:shares|stock|units)\s*,?\s+or\s+"
    r"(?:(?:an?|about|around|nearly|roughly|some|almost|over|just)\s+){0,2}$",
    re.I,
)


_TRADING = re.compile(
    r"\b(?:sell(?:s|ing)?|sold|buy(?:s|ing)?|bought|acquir\w*|purchas\w*|offload\w*|divest\w*|"
    r"dispos\w*|dump\w*)\b",
    re.I,
)
_HOLDING_VERB = re.compile(r"\b(?:holds|owns|held|owned|holding|owning)\b", re.I)


def _traded_shares_restated(text: str, at: int) -> bool:
    """Whether the percent at ``at`` restates the shares a trade's verb tells before it ("is
    selling $400 million worth of shares, or a 1.85 per cent stake"), not shares held ("now
    holds 8.2 million shares, or 6.1% of the stock")."""
    if not _SHARES_OR.search(text, max(0, at - 40), at):
        return False
    before = text[max(0, at - 100) : at]
    return bool(_TRADING.search(before)) and not _HOLDING_VERB.search(before)


_OWNERS = re.compile(
    r"\b(?P<holder>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['’]s\s+(?:[a-z]+\s+)?"
    r"(?:ownership|stake|holding|shareholding)\b"
)
# ... or the place a bank or a fund is of, after its name: "State Bank of India"
_OF_PLACE = re.compile(r"\s+of\s+(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)")
_LEGAL_SUFFIX = re.compile(
    r",?\s+(?:LLC|L\.L\.C\.|LP|L\.P\.|Inc\.?|Ltd\.?|AB|AG|SA|plc|PLC|N\.A\.)(?!\w)"
)


def _level_holder(text: str, at: int, ctx: Context, company: str | None) -> str | None:
    """The holder heading the clause of a level ("Hancock Prospecting now holds a 10.69 per
    cent stake in ..."), when it is no company of the article, no place and no pronoun."""
    name = leading_actor(text, at)
    if name is None or name == SELF or is_place(name) or name.lower() in _NOT_HOLDERS:
        return None
    if (named_at := text.find(name)) >= 0 and _REPORTER.match(text, named_at + len(name)):
        return None  # "Gatekeepers News reports that ...": who tells the news
    if canonical(name) in (ctx.subject, company) or find_entities(name, kinds=("index", "firm")):
        return None
    return _holder(name)


def _level_holder_of(
    sentence: Sentence, ctx: Context, at: int, company: str | None, level_at: int
) -> str | None:
    """Who holds the level found at ``at`` (its percentage at ``level_at``): a holders' group,
    the owner written right before it, a public holder, the holder of the level before ("its"),
    else the holder the sentence names."""
    text = sentence.text
    memory = ctx.memory(_Levels)
    if group := _GROUP.search(text):
        return _GROUPS[group.group(1).lower()]
    if (written := _written_owner(text, level_at)) is not None:
        return written
    pronoun = _PRONOUN_HOLDER.match(text)
    if _HOLDINGS_REPRESENT.match(text) or (_PERSON_HOLDER.match(text) and not pronoun):
        # the holder or investor named just before: "These holdings represent 0.19% of Nike"
        return _holder_before(ctx)
    if pronoun:  # unknown when the sentences before do not say whose
        return memory.holder if memory.index >= ctx.index - 2 else None
    if described := _DESCRIBED_HOLDER.match(text) or _DESCRIBED_OWNER.search(text, 0, level_at):
        # "The fund now holds ...", "the group's ownership ...": the holder named before
        return _named_as(described["what"], ctx) or _holder_before(ctx)
    return _named_holder(sentence, ctx, at, company)


# The stakes the sentence before told, as a share of their companies: "These holdings
# represent approximately 0.19% of Nike"
_HOLDINGS_REPRESENT = re.compile(
    r"^(?:These|Those|The|Its|Their|His|Her)\s+(?:combined\s+|new\s+)?(?:holdings?|stakes?|"
    r"positions?)\s+(?:now\s+)?represent(?:s|ed)?\b"
)


def _dated_then(drafts: Iterable[Draft], then: Occurrence | None, ctx: Context) -> Iterator[Draft]:
    """``drafts``, those the sentence leaves undated of the day ``then`` (if any)."""
    for draft in drafts:
        unknown = (draft.occurrence or ctx.occurrence).precision == "unknown"
        yield replace(draft, occurrence=then) if then and unknown else draft


def _held_then(text: str, ctx: Context) -> Occurrence | None:
    """The day of the trade the sentence before told, for the stakes it tells as their share
    of the companies ("These holdings represent approximately 0.19% of Nike")."""
    traded = ctx.memory(_Stakes)
    if not _HOLDINGS_REPRESENT.match(text) or traded.index != ctx.index - 1:
        return None
    return traded.when


def _written_owner(text: str, level_at: int) -> str | None:
    """The holder written as the owner of the level at ``level_at``: right before it ("the
    PIF's holdings ... to 16%"), in a relative clause ("Quillon - which previously held a 9.9%
    stake"), holders acting as one ("Quillon and Brevik's combined stake") or a public holder
    ("The government currently holds ...")."""
    if joint := _joint_holder(text, level_at):
        return joint[0]
    if owner := _OWNS_THE_LEVEL.search(text, 0, level_at) or _OWNER_OF_LEVEL.search(
        text, max(0, level_at - 60), level_at
    ):
        return owner["holder"]
    if which := _WHICH_HOLDS.search(text, max(0, level_at - 160), level_at):
        return _holder(which["holder"])
    public = _PUBLIC_HOLDER.match(text) or _PUBLIC_STAKE.search(text)
    return public["holder"] if public else None


# A holder told by what it is, for the holder named just before: "The $299 billion super fund
# raised its stake", "As a result, the group’s ownership in Zorvex decreased to 10.88%"
_WHAT_HOLDS = (
    r"(?P<what>fund|firm|group|investor|conglomerate|billionaire|tycoon|insurer|manager|"
    r"consortium|vehicle|shareholder|trust)"
)
_DESCRIBED_HOLDER = re.compile(
    r"^(?:[^,]{0,40},\s+)?[Tt]he\s+(?:[\w$.,’'-]+\s+){0,4}?" + _WHAT_HOLDS + r"\s+"
    r"(?:(?:\w+ly|now|also|still|since|further|has|had)\s+)*(?:holds|owns|held|owned|"
    r"controls|raised|increased|boosted|lifted|cut|reduced|trimmed|lowered|expanded|built)\b"
)
_DESCRIBED_OWNER = re.compile(
    r"\b[Tt]he\s+" + _WHAT_HOLDS + r"['’]s?\s+(?:\w+\s+)?(?:stake|ownership|holding|"
    r"shareholding|interest)\b"
)


def _named_as(what: str, ctx: Context) -> str | None:
    """The holder the sentences just before name with the word a description uses ("the
    group" for "The Quillon Capital Group" named before): of several, the one the article
    names most often (the story's holder, not a unit of it), else the nearest."""
    named = [
        re.sub(r"^The\s+", "", name)
        for before in ctx.sentences[max(0, ctx.index - 3) : ctx.index]
        for name in re.findall(rf"(?:[A-Z][\w&.'’-]*\s+){{1,4}}{what.capitalize()}\b", before.text)
    ]
    if not named:
        return None
    text = ctx.article.text
    best = max(reversed(named), key=text.count)
    return canonical(_holder(best), "investor")


def _holder_before(ctx: Context) -> str | None:
    """The holder named last, in a stake or a level of the two sentences before or this one."""
    stakes, levels = ctx.memory(_Stakes), ctx.memory(_Levels)
    known = [
        (index, holder)
        for index, holder in ((stakes.index, stakes.investor_id), (levels.index, levels.holder))
        if holder is not None and index >= ctx.index - 2
    ]
    return max(known)[1] if known else None


# A country heading a level's sentence as its holder, the state owning it: "Zorvia owns 81.5
# percent of Zorvex", "As of June, Zorvia still holds about 60%"
_STATE_HOLDS = re.compile(
    r"(?:[^,]{0,40},\s+)?(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+(?:now\s+|still\s+|"
    r"also\s+|directly\s+)?(?:owns|holds|controls)\s+(?:about\s+|roughly\s+|around\s+|"
    r"nearly\s+|some\s+|over\s+|more\s+than\s+)?\d"
)


def _named_holder(sentence: Sentence, ctx: Context, at: int, company: str | None) -> str | None:
    """The holder a level's sentence names: the one heading the clause, an investor, or the
    owner of a possessive ("BAT's previous ownership of a 25.44% stake")."""
    text = sentence.text
    if (state := _STATE_HOLDS.match(text)) and is_place(state["name"]):
        return state["name"]  # "Zorvia owns 81.5 percent of Zorvex": the state holds it
    actor = _COMPANY_OFFICER.match(text) or _ACTOR_FIRST.match(text)
    if actor and _unknown_actor(actor["name"], ctx):  # the holder who traded, as in `stakes`
        return canonical(_full_form(_holder(actor["name"].rstrip(",")), ctx), "investor")
    if investors := _holders_named(sentence, ctx):
        first = investors[0]
        known = find_entities(first.text, kinds=("investor",))
        suffix = _LEGAL_SUFFIX.match(text, first.end)
        if suffix is None and (of := _OF_PLACE.match(text, first.end)) and is_place(of["place"]):
            suffix = of  # "State Bank of India (SBI) currently owned a 24 per cent stake"
        written = first.text + (suffix.group(0) if suffix else "")
        return first.id if known else canonical(written)  # as written, legal suffix too
    if (named := _level_holder(text, at, ctx, company)) is not None:
        return named
    if owner := _OWNERS.search(text):
        return canonical(owner.group("holder"))
    return None


# A holder's verb that changes its level: "after reducing its stake from 15.99% to 14.81%"
_LEVEL_CHANGED = re.compile(
    r"\b(?:(?P<up>rais|increas|boost|lift|upp)|reduc|cut|lower|trim|pare|decreas)\w*\s+"
    r"(?:its|his|her|their|the)\s+(?:\w+\s+)?(?:stake|holding|shareholding|interest|position)",
    re.I,
)


# --- holders listed with their levels -------------------------------------------------------

_LISTED_NAME = r"[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|&))*"
_LISTED_PCT = _PCT_NUMBER + _PCT
# A holder with its level in brackets: "Evangelos Mytilineos (21.59%) and Fairfax (6.42%)",
# "held through Master Year Limited (13.2 percent), Far East (11.9 percent)"
_BRACKETED = re.compile(
    rf"(?<![\w&.'’-])(?P<name>{_LISTED_NAME})\s+\((?:about\s+|around\s+|nearly\s+|"
    rf"almost\s+|some\s+|over\s+)?(?P<pct>{_LISTED_PCT})\)"
)
# Holders and their levels in two lists: "State Street and Vanguard that held 5.3 per cent and
# 5 per cent, respectively", "Quillon and Brevik own 4% and 3.2% respectively"
_RESPECTIVELY = re.compile(
    rf"(?<![\w&.'’-])(?P<names>{_LISTED_NAME}(?:,\s+{_LISTED_NAME})*,?\s+and\s+{_LISTED_NAME})"
    r",?\s+(?:(?:that|which|who)\s+)?(?:\w+ly\s+)?(?:hold|held|own|owned|control|controlled)\s+"
    r"(?:stakes\s+of\s+)?"
    rf"(?P<pcts>{_LISTED_PCT}(?:,\s+{_LISTED_PCT})*,?\s+and\s+{_LISTED_PCT})"
    r"(?:\s+stakes?)?(?:\s+of\s+[\w\s’'-]{1,30}?)?,?\s+respectively\b"
)
_A_PCT = re.compile(_PCT_NUMBER)
# What makes figures in brackets a list of moves, or of weights, not of holders
_MOVES = gated(
    r"\b(?:ros[ea]|rising|fell|falling|gain\w*|los[st]|losing|jump\w*|climb\w*|declin\w*|"
    r"drop\w*|slid|slump\w*|surg\w*|soar\w*|plung\w*|advanc\w*|retreat\w*|up|down|higher|"
    r"lower|weight\w*|yield\w*|margin|growth|share\s+of\s+(?:the\s+)?market|market\s+share|"
    r"winners?|losers?|gainers?|laggards?|decliners?)\b",
    re.I,
)
# Words of ownership, without which figures in brackets are no holders' levels: "his
# shareholdings are held through Far East (11.9%)"
_OWNERSHIP_WORDS = re.compile(
    r"\b(?:stakes?|shareholders?|shareholdings?|holdings?|owns?|owned|held|investors?|"
    r"voting\s+rights)\b",
    re.I,
)


def _listed_levels(text: str, ctx: Context) -> list[Draft]:
    """Holders listed with their levels: each in brackets after its name ("held through Master
    Year (13.2 percent) and Far East (11.9 percent)"), where the sentence speaks of holdings
    and tells no move or weight; or names and levels in two lists, "respectively"."""
    found: list[tuple[str, float, str]] = []
    if m := _RESPECTIVELY.search(text):
        names = NAMES_SPLIT.split(m["names"])
        pcts = _A_PCT.findall(m["pcts"])
        if len(names) == len(pcts):
            found = [(n, float(p), "exact") for n, p in zip(names, pcts, strict=True)]
    elif not _MOVES.search(text):
        bracketed = [b for b in _BRACKETED.finditer(text) if _listed_holder(b["name"], ctx)]
        if bracketed and _OWNERSHIP_WORDS.search(text):
            found = [
                (
                    b["name"],
                    float(_A_PCT.findall(b["pct"])[0]),
                    qualifier_before(text, b.end("name") + 2),
                )
                for b in bracketed
            ]
    return [
        Draft(
            "ownership_level",
            {"holder": _holder(name), "percent": pct, "qualifier": qualifier},
            confidence=0.7,
            subject=_stake_in(text, ctx),
        )
        for name, pct, qualifier in found
        if 0 < pct <= 100
    ]


def _listed_holder(name: str, ctx: Context) -> bool:
    """Whether a name in a list of holders may be a holder: no index, no place, no pronoun."""
    return not (
        is_place(name)
        or _PRONOUN.fullmatch(name)
        or find_entities(name, kinds=("index",))
        or name in ("The", "A", "An")
    )


def _held_level(text: str) -> re.Match[str] | None:
    """The level a sentence tells as held, not the size of a trade: "sold a 5.7 per cent
    stake", "an 8% stake in Zorvex has been transferred" are no levels, nor a holder's changes
    across companies (`holders_across`)."""
    if _changes_across(text) or _MOVED_POINTS.search(text):
        return None  # a holder's changes across companies: `holders_across`
    for m in (*_LEVEL.finditer(text), *_LEVEL_FIRST.finditer(text)):
        traded = _TRADED.search(text, max(0, m.start("pct") - 40), m.start("pct")) or (
            _traded_shares_restated(text, m.start("pct"))
        )
        if _MOVE_AFTER.match(text, m.end()):
            continue  # "Kiler Holding posted the sharpest decline ... with a 9.5% drop": a move
        if not traded and not _TRADED_AFTER.match(text, m.end()):
            return m  # "the sale of a 7.2 per cent stake, leaving it with 20 per cent": the 20
    return None


# The company a level is of, named right after it: "0.19% of Nike" (not "of the Paid-up
# equity share capital of the Company")
_OF_COMPANY = re.compile(
    r"\s+of\s+(?:the\s+)?(?!(?:Company|Paid|Issued|Share|Equity|Voting|Total)\b)"
    r"(?P<name>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,4})"
    r"(?!\s+(?:equity|share|shares|capital|stock|voting|outstanding|issued)\b)"
)


# A percentage told as a move of the shares, no level: "a 9.5% drop", "a 3% gain"
_MOVE_AFTER = re.compile(
    r"\s+(?:drop|decline|fall|loss|gain|rise|jump|surge|plunge|slide|slump|rally|increase|decrease)"
    r"s?\b",
    re.I,
)


# No holder's level of a company: a short interest, a free float or an index's weight, or a
# class of holders' share of an index's companies ("FPI holding in the BSE-200 Index stood at
# 21.4 per cent")
_NO_HOLDING = gated(
    r"short interest|free float|weighting|underweight|overweight|"
    r"\bin\s+(?:the\s+)?[A-Z][\w&-]*(?:[\s-][A-Z0-9][\w&-]*){0,3}\s+[Ii]ndex\b",
    re.I,
)


def _after_trade(
    text: str, holder: str, company: str | None, ctx: Context
) -> tuple[str, _Stakes | None]:
    """The holder of a level told just after that holder's trade, named in full ("Lim's total
    interest" after "Lim Hui Ling sold ...", a name written surname first), and that trade
    when the level is the one it brought, of no company of its own ("This increased his
    direct holdings to 7.91%", "His deemed interest rose to 12.3%"): in its company, on its
    day."""
    traded = ctx.memory(_Stakes)
    if not (traded.investor_id and ctx.index - 2 <= traded.index < ctx.index):
        return holder, None
    if traded.investor_id.startswith(f"{holder} "):
        holder = traded.investor_id
    brought = holder == traded.investor_id and not company and _AFTER_TRADE.search(text)
    return holder, traded if brought else None


@_named_in_full
def levels(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """A reported ownership level ("rose to 11% ... from 8.6%", "holds a 5.2% stake"), the
    levels the same holder has in companies listed after it ("..., 1.1% in Stanbic"), and
    another holder's level in the same company ("with the NSSF owning an additional 27%")."""
    text = sentence.text
    if _NO_HOLDING.search(text):
        return
    if (told := _told_apart(text, ctx)) is not None:
        yield from told
        return
    passive = _held_by(text, ctx)
    yield from passive
    m = _held_level(text)
    if m is None or any(d.payload["percent"] == float(m["pct"]) for d in passive):
        return
    if _PLANNED_LEVEL.search(text, max(0, m.start() - 60), m.start("pct")):
        return  # "seeks to raise its holding in Zorvex to 19.9%": a level still to come
    if passive and (by := text.find(" by ", m.end())) >= 0:
        # "The Vale family owns 30%, while 25% is held by Quillon": the holder is named before
        sentence = replace(sentence, text=text[:by])
    # the company the level is of, when not the article's; the first of a list's named
    # right after it: "owns 0.19% of Nike and 0.34% of Brookfield"
    of = _OF_COMPANY.match(text, m.end() - 3 if m.group(0).endswith(" of") else m.end())
    listed = of is not None and _MORE_IN.match(text[of.end() :].lstrip()) is not None
    company = ctx.subjects.id_of(of["name"]) if of and listed else _stake_in(text, ctx)
    holder = _level_holder_of(sentence, ctx, m.start(), company, m.start("pct"))
    if holder is None:
        return
    holder, trade = _after_trade(text, holder, company, ctx)
    if trade is not None:  # "This increased his holdings to 7.91%": in the trade's company
        company = trade.company
    pct = float(m.group("pct"))
    # "reducing its stake from 15.99% to 14.81%", "rose to 11% from 8.6%"
    prev = _FROM_PERCENT.search(text, m.start(), m.start("pct")) or _FROM_PERCENT.search(
        text, m.end()
    )
    memory = ctx.memory(_Levels)
    memory.holder, memory.index = holder, ctx.index
    # the trade just told, as its share of the company: "These holdings represent 0.19% ..."
    then = trade.when if trade else _held_then(text, ctx)
    yield from _dated_then(
        _dated_levels(
            text, m.start("pct"), pct=pct, prev=prev, holder=holder, company=company, ctx=ctx
        ),
        then,
        ctx,
    )
    changed = _LEVEL_CHANGED.search(text)
    if prev and changed and ctx.memory(_Stakes).index != ctx.index:
        # "now owns ... after reducing its stake from 15.99% to 14.81%": the change too,
        # when the sentence's trade was not read as one
        up = pct > float(prev.group("p"))
        if up == bool(changed["up"]):
            yield Draft(
                "stake_change",
                {"investor": holder, "direction": "increase" if up else "decrease"},
                confidence=0.7,
                subject=company,
            )
    yield from _dated_then(_more_levels(text, m.end(), holder, company, ctx), then, ctx)


def _told_apart(text: str, ctx: Context) -> list[Draft] | None:
    """The levels of a sentence that tells them in a form of its own: a class of holders'
    ("insiders now own 7%"), a holder's across listed companies, a holder told as a
    shareholder with its level; None when it tells none of these."""
    if (owned := _group_level(text)) is not None:
        if ctx.occurrence.precision == "unknown" and _NOW_HELD.search(text):
            owned = replace(owned, occurrence=_published_day(ctx))  # "insiders now own 7%"
        return [owned]
    if listed := _listed_levels(text, ctx):
        return list(listed)
    told = _SHAREHOLDER_WITH.search(text)
    if told and _held_level(text[: told.start()]) is None:  # else the list after a level
        return list(_shareholder_with(told, ctx))
    return None


def _shareholder_with(told: re.Match[str], ctx: Context) -> Iterator[Draft]:
    """A holder told as a shareholder with its level ("Temasek is the largest shareholder of
    DBS, with a 29% stake"), and the holders the sentence lists after it."""
    company = ctx.subjects.id_of(told["company"]) if told["company"] else None
    holder = _holder(told["holder"])
    yield Draft(
        "ownership_level",
        {"holder": holder, "percent": float(told["pct"]), "qualifier": "exact"},
        confidence=0.7,
        subject=company,
    )
    yield from _more_levels(told.string, told.end(), holder, company, ctx)


# A holder's level told as now's, as "currently" is in the date table: "now holds 10.69%";
# a level a change has brought, told in the present perfect ("Post this transaction, the
# promoters' holding has changed from 41.96% to 38.87%", "The purchase has increased their
# combined stake to 40.97%")
_NOW_HELD = re.compile(
    r"\bnow\s+(?:holds?|owns?|controls?|has|had|stands?\s+at|amounts?\s+to)\b|"
    r"\b(?:has|have)\s+(?:now\s+)?(?:changed|risen|increased|grown|climbed|jumped|fallen|"
    r"dropped|declined|decreased|gone\s+(?:up|down))\b",
    re.I,
)
# Where the level a change started from is told up to: "up from the 7.72 per cent disclosed
# on September 11, ...", "from 5.64% to 12.31%"
_FROM_CLAUSE_END = re.compile(r"[,;]|\s+to\s+(?=\d)|$")
# ... where it is told as a level of its own, disclosed or held then ("the 7.72 per cent
# disclosed on September 11", "the 6.8% it held in December"); "cut it to 4.9% from 6% last
# week" is the cut's date
_TOLD_THEN = re.compile(
    r"\s+(?:(?:it|he|she|they|which|that)\s+)?(?:had\s+)?(?:disclosed|reported|announced|held|"
    r"owned|filed|recorded|notified|declared|stated)\b|"
    # "up from 5.9% at the end of June", "from 5.9% as of June 30": a period end's level
    r"\s+(?:at\s+(?:the\s+)?end(?:\s+of\b|-)|as\s+(?:of|at|on)\b)",
    re.I,
)


def _dated_levels(
    text: str,
    at: int,
    *,
    pct: float,
    prev: re.Match[str] | None,
    holder: str,
    company: str | None,
    ctx: Context,
) -> Iterator[Draft]:
    """The level at ``at`` with its date, and the level it rose or fell from where that one
    has a date of its own ("up from the 7.72 per cent disclosed on September 11")."""
    when, then = _level_time(text, at, ctx) or _holdings_time(text, ctx), None
    if when is None:
        when, then = _level_dates(text, at, prev, ctx)
    yield Draft(
        "ownership_level",
        {
            "holder": holder,
            "percent": pct,
            "previous_percent": float(prev.group("p")) if prev else None,
            "qualifier": next(
                (p.qualifier for p in find_percents(text) if p.value == pct), "exact"
            ),
        },
        confidence=0.75,
        subject=company,
        occurrence=when,
    )
    if prev and then and float(prev["p"]) != pct:
        yield Draft(
            "ownership_level",
            {"holder": holder, "percent": float(prev["p"]), "qualifier": "exact"},
            confidence=0.7,
            subject=company,
            occurrence=then,
        )


def _level_dates(
    text: str, at: int, prev: re.Match[str] | None, ctx: Context
) -> tuple[Occurrence, Occurrence | None]:
    """The date of a level and, where the level it rose or fell from has a date of its own
    ("now holds 10.69%, up from the 7.72% disclosed on September 11"), that one's: the
    sentence's other cue is the level's, else "now" before the level at ``at`` (P). A span of
    days is the trading that brought the level, reached by its last day ("holds 5.12% after
    building its stake from Jan. 20 to Thursday": that Thursday)."""
    own, then = ctx.occurrence, None
    if prev is not None and _TOLD_THEN.match(text, prev.end()):
        end = _FROM_CLAUSE_END.search(text, prev.end())
        cut = end.start() if end else len(text)
        then = _clause_time(text, prev.end(), cut, ctx)  # not "from": no base compared
        if then is not None:
            rest = text[: prev.start()] + text[cut:]
            own = resolve(rest, ctx.published, ctx.temporal, ctx.subjects.exchange)
    if own.period == "day" and own.end is not None and own.start != own.end:
        own = Occurrence(own.end, own.end, "day", "day")
    elif own.precision == "unknown" and _NOW_HELD.search(text, 0, at):
        own = _published_day(ctx)
    return own, then


def _published_day(ctx: Context) -> Occurrence:
    return Occurrence(ctx.published, ctx.published, "day", "day")


def _more_levels(
    text: str, after: int, holder: str, company: str | None, ctx: Context
) -> Iterator[Draft]:
    """The levels told after a holder's level (at ``after``): the same holder's in companies
    listed after it ("..., 1.1% in Stanbic"), another holder's in the same company ("with the
    NSSF owning an additional 27%")."""
    for more in _MORE_IN.finditer(text, after):
        yield Draft(
            "ownership_level",
            {"holder": holder, "percent": float(more["pct"]), "qualifier": "exact"},
            confidence=0.7,
            subject=ctx.subjects.id_of(more["name"]),
        )
    others = [
        *_NEXT_HOLDER_HAS.finditer(text, after),
        *_SHAREHOLDER_WITH.finditer(text, after),
        *(m for m in (_WITH_HOLDER.search(text, after),) if m),
    ]
    if not others and (other := _WITH_HOLDERS_LEVEL.search(text, after)):
        others = [other]
    for other in sorted(others, key=lambda m: m.start()):
        yield Draft(
            "ownership_level",
            {"holder": other["holder"], "percent": float(other["pct"]), "qualifier": "exact"},
            confidence=0.7,
            subject=company,
        )
