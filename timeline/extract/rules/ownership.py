"""Ownership: investors buying and selling, and reported levels of ownership.

A stake change needs a named investor (the alias table's, or a fund-like name such as
"Westend Capital Management") and a buying or selling verb; the amount is the money or the
share count in the sentence.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import wraps

from timeline._time import MONTHS, WEEKDAYS
from timeline.entities import canonical
from timeline.extract.actors import SELF, leading_actor
from timeline.extract.context import Context, Draft, Rule
from timeline.extract.gates import Gated, gated
from timeline.extract.mentions import Mention, find_entities
from timeline.extract.numbers import find_counts, find_money, find_percents, qualifier_before
from timeline.extract.places import is_place
from timeline.extract.rules._common import (
    NAMES_SPLIT,
    TableState,
    investing_company,
    investors_in,
    table_cells,
)
from timeline.extract.temporal import Occurrence, resolve
from timeline.extract.text import Sentence

__all__ = [
    "bought_by",
    "clause_trades",
    "flows",
    "holders_across",
    "levels",
    "listed_traders",
    "sellers",
    "stakes",
    "then_trades",
]

# A person's role written before the name, in apposition: "The chairman of the United Bank for
# Africa (UBA), Tony Elumelu, has acquired ..." (the holder is the person)
_ROLE_OF = (
    r"(?:[Tt]he\s+(?:[\w&.'’()-]+\s+){0,3}?(?:chairman|chairwoman|chief\s+executive|CEO|founder|"
    r"co-founder|president|owner|promoter|director)\s+of\s+[^,]{2,60},\s+)?"
)


#: A percentage sign as the press writes it: "5%", "5 per cent", "5 percent"
_PCT = r"\s?(?:%|per\s?cent|percent)"
_HOLDING = (
    r"(?:stake|position|holding|holdings|interest|shares|investment|ownership|shareholding)s?\b"
)
# A trade announced as a noun: "announced the sale of 1 million shares of DXG", "completed the
# purchase of 2.5 million shares", "disclosed the acquisition of a 5.1% stake"
_TOLD_AS_NOUN = (
    r"\b(?:announced|completed|disclosed|reported|finali[sz]ed|confirmed)\s+(?:the\s+|its\s+)?"
    r"(?:{noun})\s+of\s+(?:an?\s+|another\s+)?[\d.,]+\s?(?:million\s+|billion\s+)?"
    r"(?:(?:ordinary\s+)?shares|%|per\s?cent|percent)"
)
_DIRECTIONS: list[tuple[str, Gated]] = [
    (
        "new_position",
        gated(
            r"\b(?:established|initiated|opened|built|took|disclosed|acquired|purchased|bought|"
            r"bought\s+into|took\s+up|started|added)\s+(?:a\s+|an\s+)?(?:new\s+)?"
            r"(?:position|stake)s?\s+in\b|\bnew\s+(?:position|stake)s?\b|\bfirst\s+investment\b|"
            # "acquired a 10 per cent stake in": a stake bought whole
            r"\b(?:acquired|purchased|bought|took|picked\s+up|snapped\s+up)\s+an?\s+"
            r"(?:(?:about|around|nearly|roughly)\s+)?[\d.,]+\s?(?:%|per\s?cent|percent)\s+"
            r"(?:stake|holding|interest)\s+in\b",
            re.I,
        ),
    ),
    (
        "exit",
        gated(
            r"\bexited\b|\bsold\s+(?:off\s+)?(?:all|its|their)\s+(?:\w+\s+)?entire\b|"
            # "shed their full stake in Zorvex", "dumped its whole position"
            r"\b(?:shed|sold|dumped|unloaded|offloaded)\s+(?:its|their|his|her)\s+"
            r"(?:full|entire|whole|remaining)\s+(?:stake|position|holding)s?\b|"
            r"\bsold\s+all\s+of\b|\bdumped\s+all\b|\bliquidated\b",
            re.I,
        ),
    ),
    (
        "increase",
        gated(
            r"\b(?:increased|boosted|raised|upped|lifted|grew|added\s+to|expanded|bumped\s+up|"
            r"hiked|topped\s+up|doubled)\s+(?:\w+\s+){0,2}" + _HOLDING,
            re.I,
        ),
    ),
    (
        "decrease",
        gated(
            # "began reducing its Tele2 stake", "had begun to sell down its holdings"
            r"\b(?:began|begun|started)\s+(?:to\s+)?(?:sell(?:ing)?|reduc(?:e|ing)|cut(?:ting)?|"
            r"trim(?:ming)?|par(?:e|ing))(?:\s+down)?\s+(?:\w+\s+){0,2}" + _HOLDING + "|"
            r"\b(?:trimmed|reduced|cut|lowered|lessened|pared|slashed|shrank|decreased|halved|"
            r"scaled\s+back|sold\s+(?:\w+\s+){0,3}"
            r"of)\s+(?:\w+\s+){0,2}" + _HOLDING,
            re.I,
        ),
    ),
    (
        "buy",
        gated(
            r"\bagreed\s+(?:a\s+deal\s+)?to\s+(?:buy|purchase|acquire)\b|"
            # "spent $45.9 million on Friday to acquire an additional 21,216,389 shares"
            r"\bspent\s+[^;]{1,60}?\bto\s+(?:buy|purchase|acquire)\b|"
            r"\bafter\s+(?:acquiring|buying|purchasing)\b|"
            r"\b(?:bought|purchased|acquired|snapped\s+up|picked\s+up|accumulated|scooped\s+up|"
            r"re-?established\s+(?:a\s+)?positions?|reopened\s+(?:a\s+)?positions?|re-?entered|"
            r"added\s+(?:(?:nearly|about|around|roughly|some|almost|approximately|over|"
            r"more\s+than|slightly\s+more\s+than)\s+)?(?:[\d.,]+\s+(?:million\s+)?)?shares)\b|"
            + _TOLD_AS_NOUN.format(noun="purchase|acquisition"),
            re.I,
        ),
    ),
    (
        "sell",
        gated(
            r"\bagreed\s+(?:a\s+deal\s+)?to\s+(?:sell|offload|divest|dispose\s+of)\b|"
            r"\b(?:sold|offloaded|dumped|unloaded|divested|disposed\s+of|trimmed|sold\s+off|"
            r"hived\s+off|off-?loaded|after\s+(?:selling|offloading|disposing\s+of))\b|"
            + _TOLD_AS_NOUN.format(noun="sale|disposal|divestment"),
            re.I,
        ),
    ),
]
_OBJECT = gated(
    r"\b(?:stake|position|shares|equity|ADRs?|ADSs?|holdings?|stock|ownership|shareholding)\b",
    re.I,
)
_SHARES = re.compile(r"^\s*(?:\w+\s+){0,2}(?:shares|ADRs|ADSs|stock)\b", re.I)
# A trade told after the level it brought: "after acquiring", "after selling"
_AFTER_TRADING = r"after\s+(?:acquiring|buying|purchasing|selling|offloading|disposing\s+of)\b"
# The verb of a trade, right after who traded
_TRADE_VERB = (
    r"(?=(?:increased|boosted|raised|upped|lifted|grew|added|expanded|bumped|hiked|trimmed|reduced|"
    r"cut|lowered|lessened|scaled|pared|slashed|shrank|decreased|sold|acquired|purchased|bought|"
    r"took|initiated|snapped|picked|scooped|divested|offloaded|dumped|unloaded|disposed|"
    r"established|opened|built|exited|liquidated|started|began|begun|halved|doubled|hived|spent|"
    r"agreed\s+(?:a\s+deal\s+)?to|"
    # "... now holds a 9.41 per cent stake in the bank after acquiring N18.9 billion worth"
    r"(?:now\s+)?(?:holds|owns)\b(?=[^;]*\b" + _AFTER_TRADING + r"))\b)"
)
# What the holder is, in lower case before its name: "large fund manager Coronation has
# increased", "the activist investor Quenwick Partners sold", "Japanese conglomerate Zorvex
# bought", "the Public Investment Corporation (PIC) increased"
_HOLDER_DESCRIPTOR = (
    r"(?:(?:[Tt]he\s+|[Aa]n?\s+)?(?:[a-z$][\w$.,’'-]*\s+){0,3}?"
    r"(?:fund\s+manager|asset\s+manager|money\s+manager|investor|fund|billionaire|tycoon|"
    r"conglomerate|investment\s+(?:firm|company|group|manager|vehicle)|activist|insurer|"
    r"shareholder|businessman|businesswoman|entrepreneur|magnate|mogul|founders|co-founders|"
    r"promoters|owners)\s+|[Tt]he\s+(?=[A-Z])|"
    # a person's descriptor heading the sentence: "Billionaire Femi Quadrant bought ..."
    r"(?:Billionaire|Tycoon|Businessman|Businesswoman|Entrepreneur|Magnate|Mogul)\s+(?=[A-Z]))?"
)
# The holdings-story clause: "Acme Capital LLC raised its position in shares of X by 3.4%".
_ACTOR_FIRST = re.compile(
    r"^(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?:\s+)?"  # a dateline: "Hyderabad: ..."
    # who reported it: "Arab News also reported on February 17 that ..."
    r"(?:(?:[A-Z][\w&.'’-]*\s+){1,3}(?:also\s+)?(?:reported|reports|said|says|noted|notes|"
    r"wrote|writes|showed|shows|revealed|reveals)"
    r"(?:\s+on\s+[^,]{1,25}?)?\s+that\s+|It\s+means\s+(?:that\s+)?)?"
    r"(?:(?:Also|Finally|Additionally|Meanwhile|Separately|In addition|In (?:other|related) "
    r"news|(?:On|In|During|Earlier|Last|Between)\s+[^,]{1,30}),?\s+)?"
    # "After Zorvex sold its unit, the fund ...": a clause of its own before the holder's
    r"(?:(?:After|When|Once|Since|Although|Though|Following)\s+[^,]{1,80},\s+)?"
    + _HOLDER_DESCRIPTOR
    + r"(?:(?i:insider|director|major\s+shareholder)\s+)?"
    + _ROLE_OF
    # "InterGlobe Aviation promoter Rakesh Gangwal": a company's role before a person's name
    + r"(?P<name>[A-Z0-9][\w&.,'’\-]*(?:\s+(?:[A-Z0-9&][\w&.,'’\-]*|of|de|and|&|"
    r"promoter|founder|co-founder|chairman|chairwoman))*?)"
    r"(?:\s+\([A-Z&]{2,8}\))?"  # "the Public Investment Corporation (PIC) increased"
    # "Michael Dell, the founder and CEO of Dell Technologies, recently sold ..."
    # "..., a firm linked to Zorvex board member, Ann Lee, has acquired": one more comma
    r"(?:,\s+(?:the|its|a|an)\s+[^,]{1,70}(?:,\s+[A-Z][^,]{1,40})?,)?"
    # "... and his family trust": who acted with the holder, one holder with it; "... with its
    # affiliates": the holder alone
    r"(?:\s+(?P<joint>and\s+(?:his|her|their|its)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)|"
    r"\s+with\s+(?:his|her|their|its)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)?"
    # "on Tuesday", "last week", "earlier this month": when, between holder and verb
    r"(?:\s+(?:on\s+\w+(?:\s+\d{1,2})?|(?:last|this|earlier\s+this|late\s+last)\s+\w+))?"
    # "... disclosed that he sold": the holder speaks of its own trade
    r"(?:\s+(?:said|disclosed|revealed|announced|reported|confirmed)\s+(?:that\s+)?"
    r"(?:he|she|it|they))?"
    r"(?:,?\s+(?:which|who))?,?\s+"  # "Equinor, which acquired ...", "Orvale Investment, bought"
    r"(?:has\s+|have\s+|had\s+)?(?:(?:recently|also|since|now|further|again|\w+ly)\s+)?"
    + _TRADE_VERB
)
_BY_PERCENT = re.compile(r"\bby\s+(?:about\s+|approximately\s+)?(?P<p>\d+(?:[.,]\d+)?)" + _PCT)
_HELD = re.compile(
    r"\b(?:now\s+)?(?:owned|owns|holds|held|owning|holding)\s+(?:a\s+total\s+of\s+)?"
    r"(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s+(?:shares|ADRs|ADSs|units)",
    re.I,
)
_CHANGED = re.compile(
    r"\b(?:after|by)\s+(?:buying|purchasing|acquiring|selling|disposing\s+of|adding)\s+"
    r"(?:an\s+additional\s+|a\s+further\s+)?(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s+(?:shares|ADRs|ADSs)",
    re.I,
)
_WORTH = re.compile(r"\b(?:valued\s+at|worth)\b", re.I)
# "worth" tells the value of a holding only where a holding is spoken of ("a new stake ...
# valued at $41,000", "now owns 901 shares worth $88,000"); "acquired equity valued at $7.8
# billion" is what was paid.
_HOLDING_CONTEXT = re.compile(r"\b(?:stake|position|holdings?|owns|owned|holds|held)\b", re.I)
_CONTINUATION = re.compile(
    r"^(?:The\s+(?:institutional\s+investor|fund|firm|hedge\s+fund|investor|company|bank|"
    r"investment\s+(?:firm|manager)|asset\s+manager)|"
    r"The\s+(?:shares|stock)\s+(?:were|was)\s+(?:sold|bought|purchased|acquired))\b",
    re.I,
)
# "for a total value of $2,810,000", "for a total of $1.2 million": the money traded
_TOTAL = re.compile(
    r"\b(?:total\s+(?:value|transaction(?:\s+value)?|consideration|amount)\s+of|"
    r"for\s+a\s+total\s+of|in\s+total\s+for)\s+",
    re.I,
)


# A person's role written before the name: "Director Jane Doe", "Acme CEO Jane Doe", "EVP
# John Smith", "Non-Executive Director Ann Lee". The holder is the person.
_ROLE = re.compile(
    r"^(?:[A-Z][\w&.'’-]*\s+){0,3}?(?:(?:Chief\s+\w+\s+Officer|CEO|CFO|COO|CTO|CIO|EVP|SVP|VP|"
    r"(?:Executive\s+|Senior\s+)?Vice\s+President|President|(?:Executive\s+|Non-[Ee]xecutive\s+"
    r"|Managing\s+|Independent\s+)?Director|(?:Executive\s+|Non-[Ee]xecutive\s+)?Chair(?:man|woman|"
    r"person)?|General\s+Counsel|Secretary|Founder|Co-[Ff]ounder|Insider|Treasurer|Officer|"
    r"promoter|founder|co-founder|chairman|chairwoman)"
    r"(?:\s+and\s+[A-Z][\w-]*)?),?\s+(?=[A-Z][a-z])"
)


# A person's role in brackets after the name: "Dana T. Vale (MD)"
_ROLE_AFTER = re.compile(
    r"\s*\((?:MD|CEO|CFO|COO|CTO|Chairman|Chairwoman|Chairperson|Director|Founder|Promoter|"
    r"MD\s*(?:&|and)\s*CEO)\)$"
)


def _holder(name: str) -> str:
    """The holder a name stands for, without the role written before a person's name.

    >>> _holder("Acme CEO Jane Doe"), _holder("Director Richard Roe"), _holder("Vanguard Group")
    ('Jane Doe', 'Richard Roe', 'Vanguard Group')
    >>> _holder("While Dr. Jane Doe’s"), _holder("Quenwick Partners'")
    ('Jane Doe', 'Quenwick Partners')
    >>> _holder("Roe’s Yew Oak Consortium"), _holder("The chairman of Zorvex Bank, Jane Doe")
    ('Yew Oak Consortium', 'Jane Doe')
    >>> _holder("Dana Q. Roe’s Quillon Capital Limited")
    'Quillon Capital Limited'

    >>> _holder("Saudi Arabia's Public Investment Fund"), _holder("Dana T. Vale (MD)")
    ('Public Investment Fund', 'Dana T. Vale')
    """
    name = _ROLE_AFTER.sub("", name.strip().rstrip(","))
    name = _ROLE.sub("", _POSSESSIVE_END.sub("", name))
    name = _OWNED_BY_PERSON.sub("", _OPENER.sub("", name))
    place = _OWNED_BY_PLACE.match(name)  # "Saudi Arabia's Public Investment Fund"
    return name[place.end() :] if place and is_place(place["owner"]) else name


# The word that ends a holder's full name: "Yew Tree" is the article's "Yew Tree Consortium"
_ORG_WORD = (
    r"(?:Consortium|Capital|Holdings?|Group|Partners|Fund|Investments?|Management|Trust|"
    r"Ventures|Advisors|Advisers|Works|Associates)\b"
)


def _full_form(name: str, ctx: Context) -> str:
    """The holder's full name where the article gives it with an organisation's words after a
    shorter form ("Yew Tree" for "Yew Tree Consortium", "Elliott" for "Elliott Investment
    Management", "Rheos Capital" for "Rheos Capital Works")."""
    longer = re.search(rf"(?<![\w-]){re.escape(name)}(?:\s+{_ORG_WORD})+", ctx.article.text)
    return longer.group(0) if longer else name


# --- a holder's name in full -----------------------------------------------------------------

# A name with its abbreviation after it: "the Public Investment Fund (PIF)", "The Abu Dhabi
# Investment Authority (Adia)", "National Pension Service (NPS)"
_ABBREVIATED = re.compile(
    r"(?P<full>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|for|and|&)){1,7})\s+"
    r"\((?P<abbr>[A-Z][A-Za-z&]{1,7})\)"
)
_LINKS = frozenset({"of", "for", "and", "&"})


def _abbreviated(full: str, abbr: str) -> str | None:
    """The words of ``full`` that ``abbr`` abbreviates, by their initials, else None.

    >>> _abbreviated("Saudi Arabia's Public Investment Fund", "PIF")
    'Public Investment Fund'
    >>> _abbreviated("The Abu Dhabi Investment Authority", "Adia")
    'Abu Dhabi Investment Authority'
    >>> _abbreviated("Zorvex Holdings", "ZH"), _abbreviated("Zorvex Holdings", "NYSE")
    ('Zorvex Holdings', None)
    """
    words = full.split()
    for i in range(len(words) - 1):
        initials = "".join(w[0] for w in words[i:] if w not in _LINKS)
        if initials.upper() == abbr.upper().replace("&", ""):
            return " ".join(words[i:])
    return None


@dataclass(slots=True)
class _Abbreviations:
    """The names the article abbreviates, by their abbreviation."""

    full: dict[str, str] | None = None


def _in_full(name: str, ctx: Context) -> str:
    """A holder's name as the article writes it in full: "PIF" for the "Public Investment Fund
    (PIF)" named before, "Saudi Arabia's Public Investment Fund" without its country, "Elliott"
    with its organisation's words, a surname with the given name the article names it with."""
    memory = ctx.memory(_Abbreviations)
    if memory.full is None:
        memory.full = {}
        for m in _ABBREVIATED.finditer(ctx.article.text):
            if (full := _abbreviated(m["full"], m["abbr"])) is not None:
                memory.full.setdefault(m["abbr"].upper(), full)
    place = _OWNED_BY_PLACE.match(name)
    if place and is_place(place["owner"]):
        name = name[place.end() :]
    if " " not in name and name.upper() in memory.full:
        return memory.full[name.upper()]
    full = _full_form(name, ctx)
    if " " in full or full.lower() in _NOT_HOLDERS or ctx.subjects.is_word(full):
        return full  # "Institutions", a word the article writes in lower case: no surname
    return _given_name(full, ctx.article.text) or full


# A given name before a surname: "Femi Otedola", "Jane Q. Roe"
_GIVEN = r"(?P<given>[A-Z][a-z]+(?: [A-Z]\.)?) "  # on one line
# Words written with a capital before a name that are no given names
_NOT_GIVEN = frozenset(
    [
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "As",
        "By",
        "For",
        "From",
        "With",
        "After",
        "Before",
        "When",
        "While",
        "Since",
        "Once",
        "But",
        "And",
        "Also",
        "Meanwhile",
        "However",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Sir",
        "Dame",
        "Chairman",
        "Chairwoman",
        "Director",
        "Founder",
        "Billionaire",
        "Investor",
        "Tycoon",
        "Chief",
        "President",
        "Minister",
        "Promoter",
        "Analyst",
        "Shares",
        "Stock",
        "Shareholder",
        "Swedish",
        "American",
        "British",
        "Indian",
        "Chinese",
        "Japanese",
        "Korean",
        "Nigerian",
        "Saudi",
    ]
)


def _given_name(surname: str, text: str) -> str | None:
    """The full name of a person the article names in full and elsewhere by the surname
    ``surname`` alone (one capitalised word, no acronym, no company the tables know), else
    None.

    >>> _given_name("Roe", "Dana Roe bought shares. Later, Roe sold.")
    'Dana Roe'
    >>> _given_name("Roe", "In Roe's view, Mr Roe sold."), _given_name("PIF", "The Saudi PIF")
    (None, None)
    """
    if not re.fullmatch(r"[A-Z][a-z][\w’'-]*", surname) or find_entities(surname):
        return None
    for m in re.finditer(rf"(?<![\w’'-]){_GIVEN}{re.escape(surname)}(?![\w-])", text):
        given = m["given"].split()[0]
        if given not in _NOT_GIVEN and not is_place(given) and not find_entities(given):
            return f"{m['given']} {surname}"
    return None


_NAMED = {"stake_change": "investor", "ownership_level": "holder"}


def _named_in_full(rule: Callable[[Sentence, Context], Iterator[Draft]]) -> Rule:
    """A rule whose holders are named in full (`_in_full`); the name as written is one the
    events show acting, never the article's company."""

    @wraps(rule)
    def read(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
        for draft in rule(sentence, ctx):
            key = _NAMED.get(draft.kind)
            written = draft.payload.get(key) if key else None
            if key and isinstance(written, str) and (full := _in_full(written, ctx)) != written:
                draft.payload[key] = full
                ctx.acting.add(ctx.subjects.id_of(written))  # "Adia" acts: no company of it
            yield draft

    return read


# What opens a clause or a name, not a holder: "While Daniel Ek sold", "Dr. Jane Doe's holding"
_OPENER = re.compile(
    r"^(?:(?:While|Whereas|As|After|Although|Meanwhile|Also|But|And)\s+)?"
    + _ROLE_OF
    + r"(?:[A-Z][\w.]*-based\s+)?"  # "Sweden-based Kinnevik"
    r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Sir|Dame)\.?\s+)?"
)
_POSSESSIVE_END = re.compile(r"['’]s?$")
# "Stroll's Yew Tree Consortium": the holder is the consortium its owner's name is written on
_OWNED_BY_PERSON = re.compile(r"^(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s\s+(?=[A-Z])")
_OWNED_BY_PLACE = re.compile(r"^(?P<owner>(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*)['’]s\s+(?=[A-Z])")


# "at an average price of $112.40", "$21.10 per share": the price of each share traded
_PER_SHARE_PRICE = re.compile(
    r"(?:\b(?:average\s+)?(?:price|cost)\s+of|\bat)\s+(?:about\s+|approximately\s+)?$", re.I
)


@dataclass(slots=True)
class _Stakes:
    """The stake last reported, so that "The institutional investor owned 16,284 shares ..."
    in the next sentence adds to it rather than making another event."""

    investor: str | None = None
    index: int = -10
    #: the id of that investor, for "It acquired ..." / "The conglomerate sold ..." after it
    investor_id: str | None = None
    #: the quarter a holdings story named for its trade ("trimmed its position ... during the
    #: 4th quarter"), the one its "most recent quarter" means
    quarter: Occurrence | None = None


# The filing's quarter told without naming it: "worth $451 million at the end of the most
# recent quarter", "after buying 24,216 shares during the last quarter"
_FILING_QUARTER = gated(r"\b(?:most\s+recent|last|latest)\s+quarter\b", re.I)
_NAMED_QUARTER = re.compile(
    r"\b(?:first|second|third|fourth|1st|2nd|3rd|4th)[\s-]quarter\b|\bQ[1-4]\b", re.I
)


def _holdings_time(text: str, ctx: Context) -> Occurrence | None:
    """The date of a holdings sentence that tells its quarter as "the most recent quarter": the
    quarter the story named for its trade, when it named one (its filing's quarter, not the
    latest quarter whose filings are all in); None (the sentence's date) otherwise."""
    quarter = ctx.memory(_Stakes).quarter
    if quarter is None or not _FILING_QUARTER.search(text) or _NAMED_QUARTER.search(text):
        return None
    return quarter


def _direction(text: str, pos: int = 0) -> tuple[str, int] | None:
    """The trade the first buying or selling verb from ``pos`` tells, and where it stands:
    "Berkshire sold 1.33 million shares, the first reduction since Buffett bought them" is a
    sale. Two verbs at one place ("sold its entire stake" is a sale and an exit) are read as
    the one listed first in `_DIRECTIONS`.

    >>> _direction("Zorvex Capital sold 2,000 shares, its first sale since it bought them")
    ('sell', 15)
    >>> _direction("Quillon Partners sold its entire stake")
    ('exit', 17)
    """
    found = [
        (m.start(), i, name)
        for i, (name, pattern) in enumerate(_DIRECTIONS)
        if (m := pattern.search(text, pos))
    ]
    if not found:
        return None
    at, _, name = min(found)
    return name, at


def _int(text: str) -> float:
    return float(text.replace(",", ""))


def _details(text: str, after: int, direction: str) -> dict[str, float | str | None]:
    """Change %, shares changed, shares held and value held stated in a holdings sentence."""
    out: dict[str, float | str | None] = {}
    by = _BY_PERCENT.search(text, after)
    if by:
        pct = float(by.group("p").replace(",", "."))
        out["change_percent"] = -pct if direction in ("decrease", "sell", "exit") else pct
    if held := _HELD.search(text):
        out["shares_held"] = _int(held.group("n"))
    if changed := _CHANGED.search(text):
        out["shares"] = _int(changed.group("n"))
    if total := _TOTAL.search(text):
        money = [a for a in find_money(text) if a.start >= total.end()]
        if money and money[0].start - total.end() < 3:
            out["amount"], out["currency"] = money[0].value, money[0].currency
    worth = _WORTH.search(text) if _HOLDING_CONTEXT.search(text) else None
    if worth:
        money = [a for a in find_money(text) if a.start > worth.end()]
        if money and money[0].start - worth.end() < 30:
            out["value_held"], out["currency"] = money[0].value, money[0].currency
    return out


_BUYBACK = re.compile(r"\bbought\s+back\b|\brepurchas", re.I)


def _unknown_actor(name: str, ctx: Context) -> bool:
    """A holder named at the head of the clause that is no company of the alias table and not
    the article's subject: a fund the table does not know, or a bank the table knows as an
    analyst firm ("Mizuho Bank Ltd. acquired a new stake in ...": banks hold shares too).
    Known investors are found by their own names; a pronoun names nobody."""
    if _PRONOUN.match(name) or find_entities(name, kinds=("company", "investor")):
        return False
    return name.lower() not in _NOT_HOLDERS and not ctx.subjects.mentions(name)


# Words for many, written with a capital at a sentence's head: "INVESTORS bought shares",
# "Companies in which the fund holds stakes of 10% ..."
_NOT_HOLDERS = frozenset(
    [
        "investors",
        "companies",
        "shareholders",
        "traders",
        "funds",
        "firms",
        "institutions",
        "foreigners",
        "stocks",
        "shares",
        "analysts",
        "buyers",
        "sellers",
        "banks",
        "brokers",
    ]
)


_PERSONAL = re.compile(r"\b(?:he|she|his|her|him)\b", re.I)
_PRONOUN = re.compile(r"(?:It|He|She|They|This|That|These|Those|We)\b")


def _continues(text: str, ctx: Context, memory: _Stakes) -> bool:
    """Whether the sentence only adds details to the stake of the sentence before."""
    if memory.index != ctx.index - 1 or memory.investor is None:
        return False  # the cheapest test first: no stake the sentence before
    about_it = _CONTINUATION.match(text) or text.startswith(memory.investor)
    return bool(about_it and (not _direction(text) or _HELD.search(text) or _CHANGED.search(text)))


# Who traded, told by a pronoun or a description: the investor of a trade just reported
_REFERS_BACK = re.compile(
    # "With his purchase of 863,180,810 shares, he increased ...": a clause before the pronoun
    r"(?:[^.;]{0,80}?,\s+)?"
    r"(?:It|He|She|They|he|she|The\s+(?:conglomerate|billionaire|investor|fund|group|tycoon|"
    r"investment\s+(?:firm|company|vehicle|group)|holding\s+company))\s+"
    r"(?:has\s+|have\s+|had\s+)?(?:also\s+|then\s+|later\s+|since\s+)?" + _TRADE_VERB
)
_REFERS_WITHIN = 3  # sentences
# "It acquired 14,298,816 shares at $2.20 from Enqueue Inc": the seller, not who traded
_FROM_SELLER = re.compile(r"\bfrom\s+(?:the\s+|its\s+)?$", re.I)


# Holders acting as one: "Quillon Partners and Brevik Corp. together acquired", "Quillon and
# Brevik's combined stake", "Vale and the family trust together owned"
_JOINT = gated(
    r"(?<![\w&.'’-])(?P<joint>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}\s+and\s+"
    r"(?:(?:his|her|its|their|the)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*|"
    r"[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}))(?:['’]s)?,?\s+(?:together|jointly|combined)\b"
)


def _joint_holder(text: str, at: int) -> tuple[str, int, int] | None:
    """Holders written as acting as one before ``at`` ("Quillon and Brevik together acquired"):
    their names as written, without a legal form's full stop, and where."""
    if "together" not in text and "jointly" not in text and "combined" not in text:
        return None  # the cheap test first
    m = _JOINT.search(text, 0, at)
    if m is None:
        return None
    return _holder(m["joint"]).rstrip("."), m.start("joint"), m.end("joint")


def _investor(sentence: Sentence, ctx: Context, at: int) -> Mention | None:
    """Who traded in a stake sentence whose verb stands at ``at``: the holder heading the
    clause, a public holder, else the investor named nearest before the verb."""
    text = sentence.text
    if back := _REFERS_BACK.match(text):
        memory = ctx.memory(_Stakes)  # "It acquired 14,298,816 shares": who traded before
        if memory.investor_id and memory.index >= ctx.index - _REFERS_WITHIN:
            return Mention(memory.investor_id, "investor", 0, back.end(), memory.investor or "")
    if joint := _joint_holder(text, at + 12):  # "together acquired": before the verb or at it
        return Mention(canonical(joint[0], "investor"), "investor", joint[1], joint[2], joint[0])
    actor = _ACTOR_FIRST.match(text)
    if actor and _unknown_actor(actor.group("name"), ctx):
        name = actor.group("name").rstrip(",")
        holder = _full_form(_holder(name), ctx)
        if actor["joint"]:  # "Dana Vale and his family trust sold": one holder, as written
            holder, name = f"{holder} {actor['joint']}", f"{name} {actor['joint']}"
        return Mention(canonical(holder, "investor"), "investor", actor.start("name"), at, name)
    if public := _public_holder(text):  # "the government reduced its shareholding"
        return Mention(public[0], "investor", public[1], public[2], public[0])
    investors = _holders_named(sentence, ctx)
    if not investors:
        return None
    before = [m for m in investors if m.start < at]
    return (before or investors)[-1 if before else 0]


# Who tells the news, not who holds: "Gatekeepers News reports that ...", "according to
# Quillon Research", "SEOUL, Jan. 16 (Korea Bizwire) —"
_REPORTER = re.compile(
    r"(?:\s+also)?\s+(?:reports?|reported|said|says|noted|notes|wrote|writes|showed|shows|"
    r"revealed|reveals)\b|\)\s*[—–-]"
)
_ACCORDING_TO = re.compile(r"\b(?:according\s+to|(?:told|reported\s+by))\s+(?:the\s+)?$", re.I)


def _holders_named(sentence: Sentence, ctx: Context) -> list[Mention]:
    """The investors a stake's sentence names, less the company the stake is in ("the stake
    in FBN Holdings", "Shares in Zorvex ..."), the article's company and a seller ("from")."""
    text = sentence.text
    held = _IN_COMPANY.search(text)
    opening = _SHARES_IN.match(text)
    return [
        m
        for m in investors_in(sentence)
        if m.id != ctx.subject
        and not (held and held.start("name") <= m.start < held.end())
        and not (opening and m.start < opening.end())
        and not _FROM_SELLER.search(text, max(0, m.start - 12), m.start)
        and not _REPORTER.match(text, m.end)
        and not _ACCORDING_TO.search(text, max(0, m.start - 20), m.start)
        and not _REGULATOR.match(text, m.end)
    ]


# A regulator a filing is made with, not a holder: "A filing with the United States Securities
# and Exchange Commission reveals that ..."
_REGULATOR = re.compile(r"\s+(?:and\s+Exchange\s+(?:Commission|Board)|Commission)\b")
# A trade told in the passive, its trader after "by" (`bought_by`): "a cement firm purchased by
# the Quillon group", "Zorvex Stock Holdings Trimmed by Brevik Partners"
_PASSIVE_TRADE = re.compile(r"\w+(?:\s+off|\s+up)?\s+by\b")
# Traders in general heading the verb, no holder: "as investors scooped up AI-related shares"
# ("Chinese investors acquired ...": a group of holders named)
_TRADERS_IN_GENERAL = re.compile(
    r"(?:^|(?-i:\b(?:[a-z][\w’'-]*|The))\s+)(?:investors|traders|shareholders|funds|buyers|"
    r"sellers|institutions|foreigners|speculators|bargain\s+hunters)\s+"
    r"(?:have\s+|had\s+|also\s+|then\s+|\w+ly\s+)?$",
    re.I,
)
# A broker's verb on a rating, not a holder's trade: "cut shares of Zorvex from a “hold”
# rating to a “strong sell” rating"
_RATED = re.compile(r"[^.;]{0,80}?\b(?:rating|recommendation)\b", re.I)


def _trade(sentence: Sentence, ctx: Context) -> tuple[Mention, str, int] | None:
    """Who traded, the trade (a direction) and where its verb stands, in a stake sentence."""
    text = sentence.text
    found = _direction(text) if _OBJECT.search(text) else None  # the cheaper test first
    if found is None or _BUYBACK.search(text):
        return None
    direction, at = found
    if _RATED.match(text, at) or _TRADERS_IN_GENERAL.search(text, max(0, at - 40), at):
        # "lowered shares of Zorvex from a hold rating": a broker's call; "as investors
        # scooped up shares": traders in general
        return None
    if _PASSIVE_TRADE.match(text, at):
        investor = _passive_trader(sentence, ctx, at)
    else:
        investor = _investor(sentence, ctx, at)
    if investor is None:
        return None
    if investor.start > at and (own := _direction(text, investor.start)):
        # "the firm increased its stake, while another investor, Quillon Ltd, reduced its
        # shareholding": the trade told after the investor is the investor's
        direction, at = own
    return investor, direction, at


def _first_act(text: str, at: int, ctx: Context) -> tuple[int, Occurrence | None]:
    """Where the act whose verb stands at ``at`` is told up to, before a later act's clause
    ("..., and then raised ..."), and its own date when the sentence's is not its (that of its
    clause, or of the holdings story's quarter); remembers a quarter the story names."""
    if ctx.occurrence.precision == "quarter" and _NAMED_QUARTER.search(text):
        ctx.memory(_Stakes).quarter = ctx.occurrence  # "... during the 4th quarter"
    later = _then_clauses(text)
    if later and at < later[0][0]:
        return later[0][0], _clause_time(text, 0, later[0][0], ctx) or _holdings_time(text, ctx)
    return len(text), _holdings_time(text, ctx)


_PASSIVE_AUXILIARY = re.compile(r"\b(?:was|were|been|being|is|are)\s+$")


def _passive_trader(sentence: Sentence, ctx: Context, at: int) -> Mention | None:
    """The trader after "by" of a stake or shares traded in the passive ("A 12% stake in Zorvex
    was bought by Brevik"); none for a company bought ("a firm purchased by the Brevik group")
    or a headline's passive ("Holdings Trimmed by ...", its story's lead tells it)."""
    text = sentence.text
    if not _PASSIVE_AUXILIARY.search(text, max(0, at - 8), at):
        return None
    if not _OBJECT.search(text, max(0, at - 60), at):
        return None
    after = [m for m in _holders_named(sentence, ctx) if m.start > at]
    return after[0] if after else None


@_named_in_full
def stakes(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """An investor's purchase or sale, with the amount in money and/or shares."""
    text = sentence.text
    memory = ctx.memory(_Stakes)
    if _continues(text, ctx, memory):
        return  # its details were read with the stake the sentence before reported
    if _changes_across(text):
        return  # a holder's changes across companies: `holders_across`
    company = investing_company(text, ctx)
    if company is not None:
        money = [a for a in find_money(text) if a.start > company.end]
        yield Draft(
            "stake_change",
            {
                "investor": company.id,
                "direction": "buy",
                "amount": money[0].value if money else None,
                "currency": money[0].currency if money else None,
                "qualifier": money[0].qualifier if money else "exact",
            },
            confidence=0.75,
        )
        return
    trade = _trade(sentence, ctx)
    if trade is None:
        return
    investor, direction, at = trade
    if investor.id == ctx.subject:
        # the article's "company" trading another's shares ("Indian Continent Investment ...
        # has acquired the telco's shares") may be the investor, not what the article is
        # about; not a person of the company's name ("Dell disclosed that he sold")
        traded = _stake_in(text, ctx)
        if traded != ctx.subject and not _PERSONAL.search(text):
            ctx.acting.add(ctx.subject)
        return
    details = _details(text, at, direction)
    nxt = ctx.following()
    if nxt is not None and (_CONTINUATION.match(nxt.text) or nxt.text.startswith(investor.text)):
        details = _details(nxt.text, 0, direction) | details
    memory.investor, memory.index, memory.investor_id = investor.text, ctx.index, investor.id
    own_end, when = _first_act(text, at, ctx)
    money = [
        a
        for a in find_money(text)
        if investor.end < a.start < own_end
        and not ("value_held" in details and _WORTH.search(text[max(0, a.start - 35) : a.start]))
    ]
    shares = [
        c
        for c in find_counts(text)
        if investor.end < c.start < own_end and _SHARES.match(text[c.end :])
    ]
    amount = money[0] if money else None
    counted = amount or (shares[0] if shares else None)
    value = amount.value if amount else None
    if amount and _PER_SHARE_PRICE.search(text[max(0, amount.start - 30) : amount.start]):
        # a price per share: the amount traded is the shares times it, when both are written
        value = round(amount.value * shares[0].value, 2) if shares else None
    for who in _each_listed(investor, ctx):
        yield Draft(
            "stake_change",
            {
                "investor": who,
                "direction": direction,
                "amount": value,
                "currency": amount.currency if value is not None and amount else None,
                "shares": shares[0].value if shares and "shares" not in details else None,
                "qualifier": counted.qualifier if counted else "exact",
                **details,
            },
            confidence=0.85 if investor.kind == "investor" else 0.7,
            subject=_stake_in(text, ctx),
            occurrence=when,
        )


# Where a sentence's second trade begins: "Norges Bank sold 200,000 shares, while Quillon
# Group offloaded 800,000 shares", "While Dana Vale sold 1.1 million shares, Ann Lee offloaded
# ...", "...; Brevik Capital bought ..."
_NEXT_CLAUSE = re.compile(r",\s+(?:while|whereas)\s+|;\s+|^(?:While|Whereas)\s+[^,]{5,120},\s+")


@_named_in_full
def clause_trades(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """The trades of a sentence's later clauses, each with its own holder at its head ("...,
    while Quillon Group offloaded 800,000 shares"); the first clause's is `stakes`'."""
    text = sentence.text
    breaks = list(_NEXT_CLAUSE.finditer(text)) if _OBJECT.search(text) else []
    for i, cut in enumerate(breaks):
        clause = text[cut.end() : breaks[i + 1].start() if i + 1 < len(breaks) else len(text)]
        actor = _ACTOR_FIRST.match(clause)
        found = _direction(clause)
        if actor is None or found is None or not _unknown_actor(actor["name"], ctx):
            continue
        shares = [c for c in find_counts(clause) if _SHARES.match(clause[c.end :])]
        money = [a for a in find_money(clause) if not _PER_SHARE_PRICE.search(clause[: a.start])]
        counted = money[0] if money else (shares[0] if shares else None)
        yield Draft(
            "stake_change",
            {
                "investor": canonical(_full_form(_holder(actor["name"]), ctx), "investor"),
                "direction": found[0],
                "amount": money[0].value if money else None,
                "currency": money[0].currency if money else None,
                "shares": shares[0].value if shares else None,
                "qualifier": counted.qualifier if counted else "exact",
            },
            confidence=0.7,
            subject=_stake_in(text, ctx),
        )


# A later act of the same holder, told in a clause of its own: "Quillon acquired a 5% stake in
# May 2022, and then raised that stake to 6.07% in January", "..., later cutting it to 4%"
_THEN_VERBS = {
    "increase": (
        "raised",
        "increased",
        "boosted",
        "lifted",
        "upped",
        "raising",
        "increasing",
        "boosting",
        "lifting",
    ),
    "buy": ("bought", "acquired", "purchased", "buying", "acquiring", "purchasing"),
    "sell": ("sold", "offloaded", "divested", "selling", "offloading", "divesting"),
    "decrease": (
        "cut",
        "reduced",
        "trimmed",
        "lowered",
        "pared",
        "cutting",
        "reducing",
        "trimming",
        "lowering",
        "paring",
    ),
    "exit": ("exited", "exiting"),
}
_THEN_DIRECTION = {verb: direction for direction, verbs in _THEN_VERBS.items() for verb in verbs}
_THEN_ACT = gated(
    r"(?:,\s+|\s+)(?:and\s+)?(?:then|later|subsequently)\s+(?P<verb>"
    + "|".join(_THEN_DIRECTION)
    + r")\s+(?=(?:it|them|that|this|the|its|his|her|their|an?|another|more|further)\b|[\d$€£₹])",
    re.I,
)
_TO_LEVEL = re.compile(r"\bto\s+(?:about\s+|around\s+|nearly\s+)?(?P<pct>\d+(?:\.\d+)?)" + _PCT)


def _then_clauses(text: str) -> list[tuple[int, int, str]]:
    """The later clauses of a holder's acts in a sentence ("..., and then raised that stake to
    6.07% in January"): where each begins and ends, and its direction."""
    if "then" not in text and "later" not in text and "subsequently" not in text:
        return []  # the cheap test first
    cuts = list(_THEN_ACT.finditer(text))
    return [
        (
            cut.start("verb"),
            cuts[i + 1].start() if i + 1 < len(cuts) else len(text),
            _THEN_DIRECTION[cut["verb"].lower()],
        )
        for i, cut in enumerate(cuts)
    ]


def _clause_time(text: str, start: int, end: int, ctx: Context) -> Occurrence | None:
    """The date a clause of the sentence (``text[start:end]``) gives of its own, if any."""
    when = resolve(text[start:end], ctx.published, ctx.temporal, ctx.subjects.exchange)
    return None if when.precision == "unknown" else when


def _level_time(text: str, at: int, ctx: Context) -> Occurrence | None:
    """The date of the clause a level at ``at`` stands in, when the sentence tells a holder's
    acts in clauses of their own ("acquired 5% in May 2022, and then raised it to 6.07% in
    January"); None (the sentence's date) otherwise."""
    clauses = _then_clauses(text)
    if not clauses:
        return None
    start, end = next(((s, e) for s, e, _ in clauses if s <= at < e), (0, clauses[0][0]))
    return _clause_time(text, start, end, ctx)


@_named_in_full
def then_trades(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """The later acts of a sentence's trader told in clauses of their own, each of its own
    date ("Quillon acquired a 5.01% stake in Zorvex in May 2022, and then raised that stake to
    6.07% in January"): the change and the level it reached; the first act is `stakes`'."""
    clauses = _then_clauses(sentence.text)
    if not clauses:
        return
    trade = _trade(sentence, ctx)
    if trade is None or trade[2] >= clauses[0][0] or trade[0].id == ctx.subject:
        return
    investor, text = trade[0].id, sentence.text
    company = _stake_in(text, ctx)
    for start, end, direction in clauses:
        when = _clause_time(text, start, end, ctx)
        clause = text[start:end]
        shares = [c for c in find_counts(clause) if _SHARES.match(clause[c.end :])]
        yield Draft(
            "stake_change",
            {
                "investor": investor,
                "direction": direction,
                "shares": shares[0].value if shares else None,
                "qualifier": shares[0].qualifier if shares else "exact",
            },
            confidence=0.7,
            subject=company,
            occurrence=when,
        )
        if level := _TO_LEVEL.search(text, start, end):
            yield Draft(
                "ownership_level",
                {"holder": investor, "percent": float(level["pct"]), "qualifier": "exact"},
                confidence=0.7,
                subject=company,
                occurrence=when,
            )


# A list with commas ends on "and": "A, B and C", "A, and B" (no apposition: "Zorvex's Vice
# President, Ms. Dana Vale,")
_COMMA_LIST = re.compile(r",\s.*\band\s+[A-Z]")


def _each_listed(investor: Mention, ctx: Context) -> list[str]:
    """The investors a holder's name written as a list with commas stands for ("Quillon
    Trust, and Oslo-based Brevik Capital also picked up shares"), each its own trader; two
    names joined by "and" alone trade together ("the founders Dana Vale and Ann Lee sold")."""
    if not _COMMA_LIST.search(investor.text) or investor.id != canonical(
        _full_form(_holder(investor.text.rstrip(",")), ctx), "investor"
    ):
        return [investor.id]
    parts = [p for p in NAMES_SPLIT.split(investor.text.rstrip(",")) if p.strip()]
    if len(parts) < 2 or not all(p[:1].isupper() for p in parts):
        return [investor.id]
    return [canonical(_full_form(_holder(p), ctx), "investor") for p in parts]


# "A, B and C were among the buyers of shares of Zorvex", "Buyers of the shares included A, B
# and C": traders listed by name, then the company
_TRADERS_LISTED = gated(
    r"^(?:[^,]{0,40}\bto\s+[^,]{1,30},\s+)?"  # "According to PTI, ..."
    r"(?P<names>[A-Z][^;:]{2,400}?)\s+(?:were|was)\s+(?:(?:also\s+)?among\s+)?(?:the\s+)?"
    r"(?:(?P<buy>buyers|purchasers|acquirers)|sellers)\s+(?:of|in)\s+|"
    r"\b(?:(?P<buy2>[Bb]uyers|[Pp]urchasers)|[Ss]ellers)\s+(?:of\s+(?:the\s+)?(?:shares|stake)\s+)?"
    r"(?:included|include|were)\s+(?P<names2>[A-Z][^;:]{2,400}?)(?:(?<!\b[A-Z])\.(?=\s|$)|$)"
)
_NOT_A_TRADER = re.compile(
    r"(?i:^(?:foreign|domestic|local|retail|institutional|individual|other)\b|"
    r"\b(?:investors|foreigners|institutions|funds|members)$)"
)


@_named_in_full
def listed_traders(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """Traders named in a list as the buyers or sellers of a company's shares: "Quillon
    Fund, Brevik Capital and Helvion Trust were among the buyers of shares of Zorvex". A class
    of holders ("Foreign investors were net buyers") is none."""
    m = _TRADERS_LISTED.search(sentence.text)
    if m is None:
        return
    names = m["names"] or m["names2"]
    company = _stake_in(sentence.text, ctx)
    for written in NAMES_SPLIT.split(names):
        name = written.strip()
        if not name[:1].isupper() or _NOT_A_TRADER.search(name) or is_place(name):
            continue
        yield Draft(
            "stake_change",
            {
                "investor": canonical(_full_form(_holder(name), ctx), "investor"),
                "direction": "buy" if (m["buy"] or m["buy2"]) else "sell",
            },
            confidence=0.7,
            subject=company,
        )


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


# --- a buyer after "by" ----------------------------------------------------------------------

# "following the acquisition of a 41.73% stake by Quillon Limited", "the purchase of 2 million
# shares of Zorvex by Helvion Capital", "a 12% stake in Zorvex was bought by Brevik Partners"
_BOUGHT_BY = re.compile(
    r"\b(?:(?:acquisition|purchase)\s+of\s+(?:an?\s+)?|"
    r"(?:an?\s+)(?=[\d.,]+\s?(?:%|per\s?cent|percent)[^.;]{0,60}?\s+(?:was|were|has\s+been|had\s+"
    r"been)\s+(?:acquired|bought|purchased)\s+by\b))"
    r"(?P<what>[\d.,]+\s?(?:%|per\s?cent|percent|(?:million\s+|billion\s+)?shares))"
    r"[^.;]{0,60}?\s+by\s+(?:the\s+)?"
    r"(?P<buyer>[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|&))*)"
)


@_named_in_full
def bought_by(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """A purchase told with its buyer after "by": "following the acquisition of a 41.73%
    stake by Quillon Limited" (a stake or shares bought, never a company taken over)."""
    text = sentence.text
    m = _BOUGHT_BY.search(text) if _OBJECT.search(text) else None
    if m is None or not re.search(r"%|per\s?cent|percent|shares", m["what"]):
        return
    span = text[m.start() : m.end()]
    if not re.search(r"\b(?:stake|shares|holding|interest)\b", span):
        return
    buyer = m["buyer"].rstrip(".,")
    if is_place(buyer) or ctx.subjects.id_of(buyer) == ctx.subject:
        return
    opening = _WHOSE_SHARES.match(text)  # "Zorvex’s stock rose ... following the acquisition"
    counts = [c for c in find_counts(span) if _SHARES.match(span[c.end :])]
    yield Draft(
        "stake_change",
        {
            "investor": canonical(_full_form(_holder(buyer), ctx), "investor"),
            "direction": "buy",
            "shares": counts[0].value if counts else None,
        },
        confidence=0.7,
        subject=_stake_in(text, ctx) or (ctx.subjects.id_of(opening["co"]) if opening else None),
    )


_WHOSE_SHARES = re.compile(
    r"^(?P<co>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['’]s\s+(?:stock|shares)\b"
)


# --- money flowing into a company's shares -------------------------------------------------

# Who the money of a flow is: "Southbound funds", "foreign investors"
_FLOWERS = {
    "southbound": "Southbound investors",
    "mainland": "Southbound investors",
    "northbound": "Northbound investors",
    "foreign": "Foreign investors",
    "overseas": "Foreign investors",
}
_FLOWER = r"(?i:southbound|northbound|mainland|foreign|overseas)"
# "Tencent saw HKD2.35B net inflows from Southbound funds", "SMIC netted HKD733M inflows",
# "Zorvex (ZVX-W) followed with HKD1.388B net inflows", "Li Auto-W gained HKD705M in Southbound
# inflows", "Zorvex recorded net outflows of HKD120M from foreign investors"
_FLOW = re.compile(
    r"(?P<co>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})(?:\s+\([A-Z0-9.-]{2,12}\))?\s+"
    r"(?:saw|sees|received|receives|recorded|records|attracted|attracts|netted|nets|gained|"
    r"gains|drew|draws|posted|posts|logged|logs|had|followed\s+with|suffered|suffers)\s+"
    r"(?P<what>(?:[^.;]|\.\d){0,40}?)"
    rf"(?:(?P<h1>{_FLOWER})\s+)?(?:net\s+)?(?:(?P<in>inflows?|net\s+buying|net\s+purchases)|"
    r"outflows?|net\s+selling|net\s+sales)\b"
    rf"(?:(?:[^.;]|\.\d){{0,25}}?\bfrom\s+(?:the\s+)?(?P<h2>{_FLOWER})\s+(?:funds|investors|money|"
    r"capital|traders|buyers))?"
)


@dataclass(slots=True)
class _Flows:
    """Whose money the flow told last was, and when, for the next flows that do not say."""

    holder: str | None = None
    index: int = -10
    occurrence: Occurrence | None = None


_FLOWS_WITHIN = 8  # sentences: a list of flows with a broker's call between each


@_named_in_full
def flows(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """Money of a class of investors flowing into or out of a company's shares, as market
    reports tell it ("Tencent saw HKD2.35B net inflows from Southbound funds last week"), each
    a purchase or a sale by that class; a flow that does not say whose money is the money of
    the flow told just before ("Kuaishou-W received HKD965M net inflows")."""
    text = sentence.text
    memory = ctx.memory(_Flows)
    for m in _FLOW.finditer(text):
        written = m["h1"] or m["h2"]
        recent = memory.index >= ctx.index - _FLOWS_WITHIN
        holder = _FLOWERS[written.lower()] if written else (memory.holder if recent else None)
        money = [a for a in find_money(text) if m.start("what") <= a.start < m.end()]
        if holder is None or not money or is_place(m["co"]):
            continue
        when = ctx.occurrence
        if when.precision == "unknown" and recent:
            when = memory.occurrence or when
        memory.holder, memory.index, memory.occurrence = holder, ctx.index, when
        yield Draft(
            "stake_change",
            {
                "investor": holder,
                "direction": "buy" if m["in"] else "sell",
                "amount": money[0].value,
                "currency": money[0].currency,
                "qualifier": money[0].qualifier,
            },
            confidence=0.65,
            subject=ctx.subjects.id_of(m["co"]),
            occurrence=when,
        )


# --- who sold to the buyer -----------------------------------------------------------------

# A buyer's verb, for the seller named after it: "acquired 14,298,816 shares at $2.20 from
# Quillon Inc", "an 8% stake has been transferred from the government to the fund"
_BOUGHT = gated(
    r"\b(?:bought|buys|buying|purchased|purchases|purchasing|acquired|acquires|acquiring|"
    r"picked\s+up|snapped\s+up|took\s+over|transferred|agreed\s+to\s+(?:buy|purchase|acquire))\b",
    re.I,
)
# The seller after "from": "from Quillon Holdings Inc", "from the Zorvex family", "from the
# government"
_SOLD_FROM = re.compile(
    r"\bfrom\s+(?:the\s+)?(?P<name>(?:[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|&))*)"
    r"(?:\s+(?:family|founders?|promoters?|trust))?|government|state|[Tt]reasury)\b"
)
# What follows "from" that is no seller: a time, a rating, a market, an exchange
_NO_SELLER = re.compile(
    r"(?i:^(?:" + "|".join([*MONTHS, *WEEKDAYS]) + r")\b\.?|.*\d|.*\b(?:exchange|market|bourse|"
    r"index|buy|hold|sell|neutral|outperform|underperform|overweight|underweight|"
    r"IPO|offering|placement|public)\b)"
)


@_named_in_full
def sellers(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """Who sold what a buyer bought, named after "from": "It acquired 14,298,816 shares at
    $2.20 from Quillon Inc", "The investors bought 18 million shares, or 1.6%, from the Zorvex
    family", "an 8% stake has been transferred from the government to the fund". The shares
    are the count told right before the seller. The sentence names the company the shares are
    of; neither it, the buyer, a place, a time nor an exchange sells."""
    text = sentence.text
    bought = _BOUGHT.search(text) if _OBJECT.search(text) else None
    if bought is None:
        return
    company = _stake_in(text, ctx)
    if company is None:
        return  # the company the shares are of, named, or the seller is too loosely told
    pos = bought.end()
    for m in _SOLD_FROM.finditer(text, bought.end()):
        name = m["name"]
        seller = canonical(_full_form(name, ctx), "investor")
        if (
            _NO_SELLER.match(name)
            or is_place(name)
            or find_entities(name, kinds=("index",))
            or ctx.subjects.id_of(name) in (ctx.subject, company)
        ):
            pos = m.end()
            continue
        counts = [
            c
            for c in find_counts(text[: m.start()])
            if c.start >= pos
            and (_SHARES.match(text[c.end :]) or not text[c.end : m.start()].strip())
        ]
        pos = m.end()
        yield Draft(
            "stake_change",
            {
                "investor": seller,
                "direction": "sell",
                "shares": counts[-1].value if counts else None,
                "qualifier": counts[-1].qualifier if counts else "exact",
            },
            confidence=0.7,
            subject=company,
        )


_LEVEL = gated(
    r"\b(?:ownership|stake|holding|holdings|shareholding|owns|holds|held)\b(?P<rest>.{0,80}?)"
    r"(?:\b(?:to|at|of|or)\s+|\ba\s+)"
    # "to a staggering 47.4%", "to a combined 12%": a word of emphasis before the level
    r"(?:(?:an?\s+)?(?:staggering|whopping|record|massive|hefty|combined|total)\s+)?"
    # "has risen to 3,251,346,245 units (7.77%)": the count, then its share of the company
    r"(?:[\d,.]+\s+(?:million\s+|billion\s+)?(?:units|shares)\s+\()?"
    r"(?P<pct>\d+(?:\.\d+)?)" + _PCT,
    re.I,
)
_LEVEL_FIRST = re.compile(
    r"(?:\b(?:owns|owned|holds|held|controls|retain(?:s|ed|ing)?)\s+"
    r"(?:about\s+|roughly\s+|around\s+|nearly\s+|some\s+|just\s+(?:under|over)\s+|almost\s+|"
    r"approximately\s+|close\s+to\s+|"
    r"more\s+than\s+|over\s+)?|"
    r"(?:\b(?:an?|its|his|her|their)|(?<=[A-Za-z])['’]s)\s+)(?P<pct>\d+(?:\.\d+)?)"
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


# A public holder heading the clause: "The government currently holds a 25.3% stake",
# "The state's stake in ...", "The Treasury now owns 38.7%"; kept as written, without "the"
_PUBLIC = r"(?i:government|state|treasury|sovereign(?:\s+wealth)?\s+fund|finance\s+ministry)"
_PUBLIC_HOLDER = re.compile(
    r"^(?:[^,]{0,40},\s+)?(?:[Tt]he\s+)?(?P<holder>(?:[A-Z][\w-]*\s+)?" + _PUBLIC + ")"
    r"(?=['’]s\s|\s+(?:\w+ly\s+|now\s+|still\s+|also\s+)?"
    r"(?:holds|owns|held|owned|retains|controls|has|had)\b)"
)
# ... or owning the stake anywhere in the sentence: "reducing the State's shareholding in the
# bank to 57.4%"
_PUBLIC_STAKE = re.compile(
    r"\b[Tt]he\s+(?P<holder>" + _PUBLIC + r")['’]s?s?\s+(?:\w+\s+)?"
    r"(?:stake|shareholding|holding|ownership)\b"
)
# A holder named before as "its"/"it": "Its shareholding in the NSE stands at 3.36%", "while
# it holds 2.41% in Housing Finance"
_PRONOUN_HOLDER = re.compile(
    r"^(?:[^,]{0,40},\s+)?(?:(?i:its|their)\s+(?:\w+\s+)?"
    r"(?:stake|shareholding|holding|ownership|interest)\b|"
    r"(?i:it|they)\s+(?:also\s+|still\s+|now\s+)?(?:holds|owns|held|owned)\b)"
)
# A person named before as "his"/"he": "His indirect holdings now stand at 8.34%", "With his
# purchase of 863,180,810 shares, he increased his total stake in the group to 9.41 per cent"
_PERSON_HOLDER = re.compile(
    r"^(?:[^.;]{0,80}?,\s+)?(?:(?i:his|her)\s+(?:\w+\s+)?"
    r"(?:stake|shareholding|holdings?|ownership|interest)\b|"
    r"(?:he|she|He|She)\s+(?:has\s+|had\s+)?(?:also\s+|still\s+|now\s+|further\s+)?"
    r"(?:holds|owns|held|owned|increased|raised|boosted|lifted|reduced|cut|trimmed|lowered)\b)"
)
# More levels of one holder in a list: ", 1.1% in Stanbic Holdings, and 0.9% in Liberty"
_MORE_IN = re.compile(
    r"(?:,|\band|\bwhile\s+(?:it|they)\s+(?:holds|owns|hold|own))\s+(?:and\s+)?"
    r"(?P<pct>\d+(?:\.\d+)?)" + _PCT + r"\s+in\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,4})"
)
# Another holder of the same company: "..., with the National Social Security Fund (NSSF)
# owning an additional 27%"
_WITH_HOLDER = re.compile(
    r"\bwith\s+(?:the\s+)?(?P<holder>[A-Z][\w&.’'-]*(?:\s+(?:[A-Z][\w&.’'-]*|of|and|&))*)"
    r"(?:\s+\([A-Z&]{2,8}\))?\s+(?:owning|holding|controlling)\s+"
    r"(?:an?\s+(?:additional|further)\s+|another\s+)?(?P<pct>\d+(?:\.\d+)?)" + _PCT
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


# A public holder heading the sentence whatever its verb: "Earlier this month, the
# government reduced its shareholding", "The state sold its remaining 2 per cent stake"
_PUBLIC_AT_HEAD = re.compile(
    r"^(?:[^,]{0,40},\s+)?(?:[Tt]he\s+)?(?P<holder>(?:[A-Z][\w-]*\s+)?" + _PUBLIC + r")\b"
)


def _public_holder(text: str) -> tuple[str, int, int] | None:
    """The public holder (its name as written, where) a stake sentence speaks of, if any."""
    m = _PUBLIC_AT_HEAD.match(text) or _PUBLIC_STAKE.search(text)
    return (m["holder"], m.start("holder"), m.end("holder")) if m else None


@dataclass(slots=True)
class _Levels:
    """The holder of the level last reported, for "its" and "it" in the next sentences."""

    holder: str | None = None
    index: int = -10


_FROM_PERCENT = re.compile(r"\bfrom\s+(?P<p>\d+(?:\.\d+)?)" + _PCT, re.I)
_TRADED = re.compile(
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


_OWNERS = re.compile(
    r"\b(?P<holder>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['’]s\s+(?:[a-z]+\s+)?"
    r"(?:ownership|stake|holding|shareholding)\b"
)
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


# "a 15 per cent stake in beleaguered Philips", "its position in shares of Acme", "12.4 million
# shares of Occidental Petroleum": the company a stake is in
_IN_COMPANY = re.compile(
    r"\b(?:(?:stake|holding|interest|position|shareholder|ownership|shareholding)s?\s+in\s+"
    r"(?:shares\s+of\s+)?|"
    r"(?:stake|shareholding)s?\s+of\s+(?=[A-Z])|"  # "Jim Vale's 11.29% shareholding of Zorvex"
    r"(?:shares|stock|ADRs|ADSs)\s+(?:of|in)\s+|\d" + _PCT + r"\s+of\s+)"
    r"(?:(?:the|beleaguered|embattled|rival|peer|fellow)\s+)*"
    # "a position in retail cosmetics company Ulta Beauty": what the company does, first
    r"(?:(?:[a-z][\w-]*\s+){0,5}?(?:company|firm|group|maker|retailer|lender|bank|insurer)\s+)?"
    r"(?P<name>(?:[A-Z]|[a-z]{1,2}[A-Z])[\w&-]*(?:\s+[A-Z][\w&-]*){0,3})"  # "tTech", "eBay"
)


# "Shares in Aston Martin Lagonda jumped after ...": the company the news is about, no holder
_SHARES_IN = re.compile(r"^(?:Shares|Stock)\s+(?:of|in)\s+[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,5}")


# "sold 1.33 million Zorvex shares", "bought 120,000 Quillon Bank shares": the company named
# between the count and its shares
_COUNT_OF_COMPANY = re.compile(
    r"\b\d[\d,.]*\s?(?:million|billion|mn|bn|m|lakh|crore)?\s+"
    r"(?P<name>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2})\s+(?:shares|stock|ADRs|ADSs)\b"
)
# ... or named as the stake's own before it: "began reducing its Tele2 stake", "sold $15.6
# million of Wyndham shares", "Berkshire's Apple holding"
_NAMED_STAKE = re.compile(
    r"(?:\b(?:its|his|her|their|of)|['’]s)\s+(?P<name>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2})\s+"
    r"(?:stake|holding|shares|stock|shareholding|position)s?\b"
)
# Words before "shares" that tell a class of shares, no company: "Class A shares", "H shares"
_SHARE_CLASS = re.compile(r"^(?:Class\b|[A-Z]$|Series\b|Ordinary\b|Common\b|Preferred\b)")


# A time, no company, after "shares in": "bought 300,000 shares in January", "in Q2"
_TIME_NAME = re.compile(r"(?i:(?:" + "|".join([*MONTHS, *WEEKDAYS]) + r")\b)|Q[1-4]\b|H[12]\b|FY\d")


def _stake_in(text: str, ctx: Context) -> str | None:
    """The subject id of the company a stake in the sentence is in, when it names one."""
    m = next((m for m in _IN_COMPANY.finditer(text) if not _TIME_NAME.match(m["name"])), None)
    if m is None:
        m = _COUNT_OF_COMPANY.search(text) or _NAMED_STAKE.search(text)
        if m is not None and (_SHARE_CLASS.match(m["name"]) or _TIME_NAME.match(m["name"])):
            return None
    if m is None or is_place(m.group("name")):
        return None
    return ctx.subjects.id_of(m.group("name"))


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
    if _PRONOUN_HOLDER.match(text):  # unknown when the sentences before do not say whose
        return memory.holder if memory.index >= ctx.index - 2 else None
    if _PERSON_HOLDER.match(text):  # the holder or investor named just before
        return _holder_before(ctx)
    if described := _DESCRIBED_HOLDER.match(text) or _DESCRIBED_OWNER.search(text, 0, level_at):
        # "The fund now holds ...", "the group's ownership ...": the holder named before
        return _named_as(described["what"], ctx) or _holder_before(ctx)
    return _named_holder(sentence, ctx, at, company)


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


def _named_holder(sentence: Sentence, ctx: Context, at: int, company: str | None) -> str | None:
    """The holder a level's sentence names: the one heading the clause, an investor, or the
    owner of a possessive ("BAT's previous ownership of a 25.44% stake")."""
    text = sentence.text
    actor = _ACTOR_FIRST.match(text)
    if actor and _unknown_actor(actor["name"], ctx):  # the holder who traded, as in `stakes`
        return canonical(_full_form(_holder(actor["name"].rstrip(",")), ctx), "investor")
    if investors := _holders_named(sentence, ctx):
        first = investors[0]
        known = find_entities(first.text, kinds=("investor",))
        suffix = _LEGAL_SUFFIX.match(text, first.end)
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
_LISTED_PCT = r"(?:\d+(?:\.\d+)?|\.\d+)" + _PCT
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
_A_PCT = re.compile(r"(?:\d+(?:\.\d+)?|\.\d+)")
# What makes figures in brackets a list of moves, or of weights, not of holders
_MOVES = re.compile(
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
        traded = _TRADED.search(text, max(0, m.start("pct") - 40), m.start("pct"))
        if not traded and not _TRADED_AFTER.match(text, m.end()):
            return m  # "the sale of a 7.2 per cent stake, leaving it with 20 per cent": the 20
    return None


@_named_in_full
def levels(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """A reported ownership level ("rose to 11% ... from 8.6%", "holds a 5.2% stake"), the
    levels the same holder has in companies listed after it ("..., 1.1% in Stanbic"), and
    another holder's level in the same company ("with the NSSF owning an additional 27%")."""
    text = sentence.text
    if re.search(r"short interest|free float|weighting|underweight|overweight", text, re.I):
        return
    if (owned := _group_level(text)) is not None:
        yield owned
        return
    if listed := _listed_levels(text, ctx):
        yield from listed
        return
    passive = _held_by(text, ctx)
    yield from passive
    m = _held_level(text)
    if m is None or any(d.payload["percent"] == float(m["pct"]) for d in passive):
        return
    if passive and (by := text.find(" by ", m.end())) >= 0:
        # "The Vale family owns 30%, while 25% is held by Quillon": the holder is named before
        sentence = replace(sentence, text=text[:by])
    company = _stake_in(text, ctx)  # the company the level is of, when not the article's
    holder = _level_holder_of(sentence, ctx, m.start(), company, m.start("pct"))
    if holder is None:
        return
    pct = float(m.group("pct"))
    # "reducing its stake from 15.99% to 14.81%", "rose to 11% from 8.6%"
    prev = _FROM_PERCENT.search(text, m.start(), m.start("pct")) or _FROM_PERCENT.search(
        text, m.end()
    )
    qualifier = next((p.qualifier for p in find_percents(text) if p.value == pct), "exact")
    memory = ctx.memory(_Levels)
    memory.holder, memory.index = holder, ctx.index
    yield Draft(
        "ownership_level",
        {
            "holder": holder,
            "percent": pct,
            "previous_percent": float(prev.group("p")) if prev else None,
            "qualifier": qualifier,
        },
        confidence=0.75,
        subject=company,
        occurrence=_level_time(text, m.start("pct"), ctx) or _holdings_time(text, ctx),
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
    yield from _more_levels(text, m.end(), holder, company, ctx)


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
    if other := _WITH_HOLDER.search(text, after) or _WITH_HOLDERS_LEVEL.search(text, after):
        yield Draft(
            "ownership_level",
            {"holder": other["holder"], "percent": float(other["pct"]), "qualifier": "exact"},
            confidence=0.7,
            subject=company,
        )


# --- holders' tables ------------------------------------------------------------------------

# The columns of a holders' table ("Date Reported | Holder | Percentage | Shares | Value"),
# each found by its header's words
_HOLDER_COLUMNS = {
    "holder": re.compile(r"^(?:top\s+)?(?:holder|shareholder|investor|institution|owner)s?$", re.I),
    "percent": re.compile(r"^(?:%|percent(?:age)?|pct|stake|%\s*(?:held|out|of\s+shares))", re.I),
    "shares": re.compile(r"^(?:shares(?:\s+held)?|position|holding)$", re.I),
    "date": re.compile(r"^(?:date(?:\s+reported)?|as\s+of|reported)$", re.I),
}
_PERCENT_CELL = re.compile(r"^(?P<p>\d+(?:\.\d+)?)\s?%$")
_COUNT_CELL = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+$")


class _HolderTable(TableState):
    """The holders' table being read."""


def table(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """Rows of a holders' table under a header that names a holder's column and a
    percentage's ("Date Reported | Holder | Percentage | Shares | Value", then "2023-03-31 |
    Vanguard Group, Inc. | 1% | 256,935 | $143,883"): each row a holder's level, of its date
    when the table gives one. Any other line between rows ends the table."""
    cells = table_cells(sentence.text)
    columns = ctx.memory(_HolderTable).row_of(cells, ctx.index, _holders_header)
    if columns is None:
        return
    holder = cells[columns["holder"]].strip()
    pct = _PERCENT_CELL.match(cells[columns["percent"]].strip())
    if not holder or pct is None or not re.search(r"[A-Za-z]", holder) or not float(pct["p"]):
        return  # the "---|---" line under a header, a row with no level, or one rounded to 0%
    shares = cells[columns["shares"]].strip() if "shares" in columns else ""
    day = _table_day(cells[columns["date"]]) if "date" in columns else None
    yield Draft(
        "ownership_level",
        {
            "holder": holder,
            "percent": float(pct["p"]),
            "shares": float(shares.replace(",", "")) if _COUNT_CELL.match(shares) else None,
            "qualifier": "exact",
        },
        confidence=0.75,
        occurrence=Occurrence(day, day, "day", "day") if day else None,
    )


def _holders_header(cells: list[str]) -> dict[str, int] | None:
    """The roles of a holders' table's header: a holder's column and a percentage's."""
    roles = {
        role: i
        for role, pattern in _HOLDER_COLUMNS.items()
        for i, cell in reversed(list(enumerate(cells)))
        if pattern.search(cell.strip())
    }
    return roles if "holder" in roles and "percent" in roles else None


def _table_day(cell: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(cell.strip())
    except ValueError:
        return None
