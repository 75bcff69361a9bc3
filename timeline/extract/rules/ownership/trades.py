"""Trades told with their trader: "Quenwick Capital raised its stake in Zorvex by 3.4%", a
later act in a clause of its own, traders listed with their companies."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from timeline._time import MONTH_NAMES
from timeline.entities import canonical
from timeline.extract.context import Context, Draft
from timeline.extract.gates import gated
from timeline.extract.mentions import Mention, find_entities
from timeline.extract.numbers import Amount, find_counts, find_money, parse_number
from timeline.extract.places import is_place
from timeline.extract.rules._common import (
    NAMES_SPLIT,
    investing_company,
    investors_in,
    is_per_share,
)
from timeline.extract.rules.ownership._names import (
    _ACTOR_FIRST,
    _BY_PERCENT,
    _CHANGED,
    _COMPANY_OFFICER,
    _CONTINUATION,
    _DIRECTIONS,
    _HELD,
    _HOLDING_CONTEXT,
    _IN_COMPANY,
    _LINKED,
    _NOT_GIVEN,
    _NOT_HOLDERS,
    _OBJECT,
    _OFFICER_ALONE,
    _OPENING_PREPOSITIONS,
    _PCT,
    _PLANNED,
    _SHARES,
    _SHARES_IN,
    _TOTAL,
    _TRADE_VERB,
    _WORTH,
    _full_form,
    _holder,
    _named_in_full,
    _per_share_price,
    _public_holder,
    _stake_in,
)
from timeline.extract.rules.ownership.across import (
    _changes_across,
)
from timeline.extract.temporal import Occurrence, resolve
from timeline.extract.text import Sentence
from timeline.extract.vocab import rating_alternation

__all__ = [
    "clause_trades",
    "listed_traders",
    "meanwhile_trades",
    "respective_trades",
    "stakes",
    "then_trades",
]


# A count of shares with its scale, if any
_COUNT = r"\d[\d,.]*(?:\s?(?:million|billion|mn|m|bn|lakh|crore))?"


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
    #: the company that stake is in, for "She sold another 83,385 shares" after it
    company: str | None = None
    #: when that trade was, for the level it brought told after it ("This increased his
    #: direct holdings to 7.91%")
    when: Occurrence | None = None

    def trader(self, investor: Mention, index: int) -> None:
        """Remember who traded in sentence ``index``."""
        self.investor, self.index, self.investor_id = investor.text, index, investor.id


# The filing's quarter told without naming it: "worth $451 million at the end of the most
# recent quarter", "after buying 24,216 shares during the last quarter"
_FILING_QUARTER = gated(
    r"\b(?:most\s+recent|last|latest)\s+quarter\b|"
    # "In the same filing, Berkshire disclosed ...", "The filing also revealed ..."
    r"\b(?:same|that|this)\s+filing\b|\bfiling\s+also\b",
    re.I,
)
_NAMED_QUARTER = re.compile(
    r"\b(?:first|second|third|fourth|1st|2nd|3rd|4th)[\s-]quarter\b|\bQ[1-4]\b|"
    # "sold 20 million shares in the June quarter"
    r"\b(?:March|June|September|December)\s+quarter\b",
    re.I,
)


def _holdings_time(text: str, ctx: Context) -> Occurrence | None:
    """The date of a holdings sentence that tells its quarter as "the most recent quarter", or
    as the same filing's ("In the same filing, ..."), or that goes on with the investor just
    reported and no date of its own ("It increased holdings in ..."): the quarter the story
    named for its trade, when it named one (its filing's quarter, not the latest quarter whose
    filings are all in); None (the sentence's date) otherwise."""
    quarter = ctx.memory(_Stakes).quarter
    if quarter is None or _NAMED_QUARTER.search(text):
        return None
    if _FILING_QUARTER.search(text):
        return quarter
    # "It increased holdings in Chevron, ...": the investor just reported, its filing's quarter
    unsaid = ctx.occurrence.precision == "unknown" and _REFERS_BACK.match(text) is not None
    return quarter if unsaid else None


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


# A count with its scale, if any, as `_HELD`, `_CHANGED` and `_COUNT` capture it
_SCALED_COUNT = re.compile(r"(?P<n>[\d,.]+)\s?(?P<scale>[a-z]+)?", re.I)


def _int(text: str) -> float:
    """A count as written, scaled as `parse_number` scales it.

    >>> _int("1,270,752"), _int("2.17m"), _int("2.17 million"), _int("1.5 billion"), _int("5 lakh")
    (1270752.0, 2170000.0, 2170000.0, 1500000000.0, 500000.0)
    """
    count = _SCALED_COUNT.match(text)
    return parse_number(count["n"], count["scale"]) if count else 0.0


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


_IN_MANY = re.compile(
    r"\bin\s+(?:\d[\d,]*|some|several|many|dozens\s+of)\s+(?:\w+\s+)?(?:companies|firms|stocks|"
    r"businesses|holdings)\b",
    re.I,
)
_BUYBACK = re.compile(r"\bbought\s+back\b|\brepurchas", re.I)


def _unknown_actor(name: str, ctx: Context) -> bool:
    """A holder named at the head of the clause that is no company of the alias table and not
    the article's subject: a fund the table does not know, or a bank the table knows as an
    analyst firm ("Mizuho Bank Ltd. acquired a new stake in ...": banks hold shares too).
    Known investors are found by their own names; a pronoun names nobody."""
    if _PRONOUN.match(name) or find_entities(name, kinds=("company", "investor")):
        return False
    return name.lower() not in _NOT_HOLDERS and not ctx.subjects.mentions(name)


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
    r"(?:[^.;]{0,80}?,\s+|"
    # "A U.S. Securities and Exchange Commission filing shows the conglomerate sold ..."
    r"(?:[^.;]|(?<=[A-Z])\.){0,80}?\b(?:shows?|showed|reveal(?:s|ed)?|says|said|indicates?|"
    r"indicated)\s+"
    r"(?:that\s+)?)?"
    r"(?:It|He|She|They|he|she|[Tt]he\s+(?:conglomerate|billionaire|investor|fund|group|tycoon|"
    r"investment\s+(?:firm|company|vehicle|group)|holding\s+company|insurer|pension\s+fund|"
    r"hedge\s+fund|sovereign(?:\s+wealth)?\s+fund|asset\s+manager))\s+"
    r"(?:has\s+|have\s+|had\s+)?(?:also\s+|then\s+|later\s+|since\s+)?" + _TRADE_VERB
)
_REFERS_WITHIN = 3  # sentences
# What stands before a name that is not who traded: the seller ("It acquired 14,298,816 shares
# at $2.20 from Enqueue Inc", "buying the 4.92% stake held by TECT Holdings") or the vehicle a
# holder holds through ("TCL Zhonghuan's shareholding in Maxeon, through Zhonghuan New
# Investment, will increase", "held via its unit Quillon BV")
_NOT_THE_TRADER = re.compile(
    r"\bfrom\s+(?:the\s+|its\s+)?$|"
    r"\b(?:buy(?:s|ing)?|bought|acquir(?:e|es|ed|ing)|purchas(?:e|es|ed|ing))\s+(?:the|its|their|"
    r"an?)\s+(?:[\d.,]+\s?(?:%|per\s?cent|percent)\s+)?(?:stake|holding|shares|position)\s+"
    r"(?:held|owned)\s+by\s+(?:the\s+)?$|"
    r"\b(?:through|via)\s+(?:(?:its|their|the)\s+(?:[\w-]+\s+){0,3})?$",
    re.I,
)


# Holders acting as one: "Quillon Partners and Brevik Corp. together acquired", "Quillon and
# Brevik's combined stake", "Vale and the family trust together owned", "a consortium of
# Quillon and Brevik"
_JOINT = gated(
    r"(?<![\w&.'’-])(?P<joint>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}\s+and\s+"
    r"(?:(?:his|her|its|their|the)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*|"
    r"[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}))(?:['’]s)?,?\s+(?:together|jointly|combined)\b|"
    # "A consortium of Quillon Partners and Brevik Corp. has raised its stake"
    r"\b(?:consortium|joint\s+venture|partnership)\s+(?:of|between|led\s+by|formed\s+by)\s+"
    r"(?:the\s+)?(?P<group>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}\s+and\s+(?:the\s+)?"
    r"[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})"
)
_JOINT_WORDS = ("together", "jointly", "combined", "consortium", "joint venture", "partnership")


def _joint_holder(text: str, at: int) -> tuple[str, int, int] | None:
    """Holders written as acting as one before ``at`` ("Quillon and Brevik together acquired"):
    their names as written, without a legal form's full stop, and where."""
    if not any(word in text for word in _JOINT_WORDS):
        return None  # the cheap test first
    m = _JOINT.search(text, 0, at)
    if m is None:
        return None
    which = "joint" if m["joint"] else "group"
    return _holder(m[which]).rstrip("."), m.start(which), m.end(which)


def _unnamed(text: str, ctx: Context, at: int) -> Mention | None:
    """A trader its clause does not name: the one of a trade just reported ("It acquired
    14,298,816 shares"), an officer told by the role alone ("CEO bought S$2.7m shares": the
    role as written)."""
    if back := _REFERS_BACK.match(text):
        memory = ctx.memory(_Stakes)
        if memory.investor_id and memory.index >= ctx.index - _REFERS_WITHIN:
            return Mention(memory.investor_id, "investor", 0, back.end(), memory.investor or "")
    if alone := _OFFICER_ALONE.match(text):
        return Mention(alone["role"], "investor", alone.start("role"), at, alone["role"])
    return None


def _investor(sentence: Sentence, ctx: Context, at: int) -> Mention | None:
    """Who traded in a stake sentence whose verb stands at ``at``: the holder heading the
    clause, a public holder, else the investor named nearest before the verb."""
    text = sentence.text
    if (unnamed := _unnamed(text, ctx, at)) is not None:
        return unnamed
    if joint := _joint_holder(text, at + 12):  # "together acquired": before the verb or at it
        return Mention(canonical(joint[0], "investor"), "investor", joint[1], joint[2], joint[0])
    actor, head = _clause_actor(text, at)
    if actor and _unknown_actor(actor.group("name"), ctx):
        name = actor.group("name").rstrip(",")
        holder = _full_form(_holder(name), ctx)
        if actor.groupdict().get("joint"):  # "Dana Vale and his family trust sold": one holder
            holder, name = f"{holder} {actor['joint']}", f"{name} {actor['joint']}"
        at_name = head + actor.start("name")
        return Mention(canonical(holder, "investor"), "investor", at_name, at, name)
    if public := _public_holder(text):  # "the government reduced its shareholding"
        return Mention(public[0], "investor", public[1], public[2], public[0])
    investors = _holders_named(sentence, ctx)
    before = [m for m in investors if m.start < at]
    if before:
        return before[-1]
    return _named_after(text, investors, ctx, at)


def _named_after(text: str, investors: list[Mention], ctx: Context, at: int) -> Mention | None:
    """The trader of a clause that names its investors after the verb only: the first, unless
    it is the company the stake is in, which is not who bought it ("the company said it bought
    a 9.9% stake in Australian shipbuilder Austal Ltd": the company, the sentence's)."""
    owned = _stake_in(text, ctx) if investors else None
    investors = [m for m in investors if m.id != owned]
    if investors:
        return investors[0]
    if owned and (own := _OWN_COMPANY.search(text, 0, at)):
        written = ctx.sentence_subject
        return Mention(written, "investor", own.start(), own.end(), written)
    return None


# The article's company, trading: "the company said it bought", "the group acquired"
_OWN_COMPANY = re.compile(r"\b[Tt]he\s+(?:company|group|firm)\b")


# Where a clause a conjunction opens after the sentence's own begins: "That happened this
# week when Quenwick disclosed ...", "Acme slid after Brevik sold ...", "..., as the founders
# Ana Berg and Lars Holm sold ..."
_LATER_CLAUSE = re.compile(r"[\s,](?:when|after|once|because|as)\s+")


# A holder heading a clause that a participle's trade goes on from ("Stephen Bird was the most
# aggressive, buying 10,000 shares")
_HEAD_BEFORE_PARTICIPLE = re.compile(
    r"(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+"
    r"(?:was|were|is|are|had|has|also)\b[^,;.]{0,60},\s+"
)
_PARTICIPLE = re.compile(r"[a-z]+ing\b")
# An opening phrase before the holder: a short one ("Before that, "), or that and a clause a
# conjunction opens ("In 2016, when Zorvex listed, ")
_OPENING_PHRASE = re.compile(
    # (or a second phrase of time: "Three months ago, on 28 January, Watson offloaded ...")
    r"[A-Z][^,;.]{1,30},\s+(?:(?:when|as|after|once|while|on|in)\s+[^,;.]{1,60},\s+)?"
)


# A sentence opening on a preposition, its name no holder's: "Like Quillon, Zorvex Trust ..."
_PREPOSITION_OPENS = re.compile(rf"(?:{'|'.join(_OPENING_PREPOSITIONS)})\s")


def _clause_actor(text: str, at: int) -> tuple[re.Match[str] | None, int]:
    """The holder heading the sentence, else the clause a conjunction opens before the trade's
    verb at ``at``; and where the text it was read in begins."""
    if not _PREPOSITION_OPENS.match(text) and (
        actor := _COMPANY_OFFICER.match(text) or _ACTOR_FIRST.match(text)
    ):
        return actor, 0
    # an opening phrase before the holder: "Before that, Lars Holm bought 10,000 shares",
    # "Like Quillon, Zorvex Trust acquired its shares ..."
    opening = _OPENING_PHRASE.match(text)
    if opening and opening.end() < at and (actor := _ACTOR_FIRST.match(text[opening.end() :])):
        return actor, opening.end()
    if _PARTICIPLE.match(text, at) and (head := _HEAD_BEFORE_PARTICIPLE.fullmatch(text, 0, at)):
        return head, 0  # "Stephen Bird was the most aggressive, buying 10,000 shares"
    for cut in _LATER_CLAUSE.finditer(text, 0, at):
        if actor := _ACTOR_FIRST.match(text[cut.end() :]):
            return actor, cut.end()
    return None, 0


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
        and not _NOT_THE_TRADER.search(text, max(0, m.start - 40), m.start)
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
_TRADERS_IN_GENERAL = gated(
    r"(?:^|(?-i:\b(?:[a-z][\w’'-]*|The))\s+)(?:investors|traders|shareholders|funds|buyers|"
    r"sellers|institutions|foreigners|speculators|bargain\s+hunters|(?:market\s+)?players|"
    r"participants)\s+"
    r"(?:have\s+|had\s+|also\s+|then\s+|\w+ly\s+)?$",
    re.I,
)
# A broker's verb on a rating, not a holder's trade: "cut shares of Zorvex from a “hold”
# rating to a “strong sell” rating", "raised the shares to “Buy” from “Hold”"
_RATED = re.compile(
    r"[^.;]{0,80}?\b(?:rating|recommendation)\b|"
    rf"[^.;]{{0,60}}?\bto\s+(?-i:[“\"‘']|(?=[A-Z]))(?:{rating_alternation()})(?![\w-])",
    re.I,
)


# A company trading its own shares (an offering, a placement), no investor's stake: "sold 0.7
# percent of its stock in a secondary listing", "sold its own shares", not "sold its shares in
# Zorvex" nor "its shares in the company" (a holding)
_OWN_SHARES = gated(
    r"\w+\s+(?:[^,;]{0,30}?\s)?(?:of\s+)?its\s+(?:own\s+)?(?:(?:ordinary|common|issued|"
    r"treasury)\s+)?(?:stock|shares|share\s+capital|equity)\b(?!\s+(?:in|of)\s+(?!an?\s))"
)


def _trade(sentence: Sentence, ctx: Context) -> tuple[Mention, str, int] | None:
    """Who traded, the trade (a direction) and where its verb stands, in a stake sentence."""
    text = sentence.text
    # the cheaper test first; "opened new positions in A, B and C": stakes listed
    found = _direction(text) if _OBJECT.search(text) or _IN_LISTED.search(text) else None
    if found is None or _BUYBACK.search(text) or _IN_MANY.search(text, found[1]):
        return None  # "increased its shareholding in 121 companies": no one company's stake
    direction, at = found
    if _PLANNED.search(text, max(0, at - 30), at):
        return None  # "SMBC will buy a 20% stake": a trade still to come
    if _OWN_SHARES.match(text, at):
        return None  # "Zorvex sold 0.7 percent of its stock in a secondary listing": its own
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


_LISTED_NAME = r"[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}"
# The companies a trade is in, listed: "opened new positions in three home construction
# companies — Brevik Homes, Osprey Builders, and Kestrel Living", "raised its stakes in A, B
# and C"
_IN_LISTED = gated(
    r"\b(?:positions|stakes|holdings|interests)\s+in\s+"
    r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several)\s+(?:[a-z][\w-]*\s+){0,3}"
    r"(?:companies|firms|stocks|names|businesses|banks|lenders|groups|makers|builders|retailers|"
    r"miners|insurers)\s*(?:[—–:-]|,\s+(?:namely|including))\s*)?"
    rf"(?P<list>{_LISTED_NAME}(?:,\s+{_LISTED_NAME})*,?\s+and\s+{_LISTED_NAME})"
)


def _listed_companies(text: str, at: int, ctx: Context) -> list[str]:
    """The subject ids of the companies a trade whose verb stands at ``at`` is in, when the
    sentence lists several after it; none when it names one."""
    m = _IN_LISTED.search(text, at)
    if m is None or m.start() - at > 60:
        return []
    names = [n.strip().rstrip(".") for n in NAMES_SPLIT.split(m["list"]) if n.strip()]
    if len(names) < 2 or any(is_place(n) for n in names):
        return []
    return [ctx.subjects.id_of(n) for n in names]


def _subject_trading(text: str, ctx: Context) -> None:
    """The article's "company" trading another's shares ("Indian Continent Investment ...
    has acquired the telco's shares") may be the investor, not what the article is about
    (`Context.acting`); not a person of the company's name ("Dell disclosed that he sold")."""
    if _stake_in(text, ctx) != ctx.subject and not _PERSONAL.search(text):
        ctx.acting.add(ctx.subject)


def _invested(text: str, ctx: Context) -> Draft | None:
    """A company's investment in the article's company, told as the company's
    (`investing_company`), with the money it put in."""
    company = investing_company(text, ctx)
    if company is None:
        return None
    money = [a for a in find_money(text) if a.start > company.end]
    return Draft(
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


def _in_each(
    investor: str, direction: str, companies: list[str], when: Occurrence | None
) -> Iterator[Draft]:
    for company in companies:
        yield Draft(
            "stake_change",
            {"investor": investor, "direction": direction},
            confidence=0.7,
            subject=company,
            occurrence=when,
        )


# A count of shares in a company: "around 3 million shares of Nike", "6.8 million Brookfield
# shares"
_SHARES_OF_COMPANY = re.compile(
    rf"(?P<n>(?:(?:around|about|nearly|roughly|approximately|some|over|more\s+than)\s+)?{_COUNT})"
    r"\s+(?:(?:shares|units)\s+(?:of|in)\s+(?P<of>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})|"
    r"(?P<named>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2})\s+(?:shares|units))"
)
_EACH_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def _in_several(investor: Mention, direction: str, text: str, at: int, ctx: Context) -> list[Draft]:
    """A trade in each company the sentence lists after its verb: its size not told apart
    ("bought shares in A, B and C"), or told for each ("acquired around 3 million shares of
    Nike and 6.8 million shares of Brookfield"); none when it names one company."""
    listed = _listed_companies(text, at, ctx)
    each = [] if listed else _counts_in_each(text, at, ctx)
    if not listed and len(each) < 2:
        return []
    when = _first_act(text, at, ctx)[1]
    if listed:
        return list(_in_each(investor.id, direction, listed, when))
    memory = ctx.memory(_Stakes)  # for "These holdings represent ..." after it
    memory.trader(investor, ctx.index)
    memory.when = when or ctx.occurrence
    return list(_sized_in_each(investor.id, direction, each, when))


def _counts_in_each(text: str, at: int, ctx: Context) -> list[tuple[str, Amount]]:
    """The companies a trade whose verb stands at ``at`` is in, each with its count, when its
    clause lists them together ("acquired around 3 million shares of Nike and 6.8 million
    shares of Brookfield"); none when it names one."""
    found: list[tuple[str, Amount]] = []
    pos = at
    while (m := _SHARES_OF_COMPANY.search(text, pos)) is not None:
        if found and not _EACH_GAP.fullmatch(text, pos, m.start()):
            break
        if not found and m.start() - at > 40:
            return []
        counts = find_counts(m["n"])
        if not counts:
            return []
        found.append((ctx.subjects.id_of(m["of"] or m["named"]), counts[-1]))
        pos = m.end()
    return found if len({c for c, _ in found}) == len(found) else []


def _sized_in_each(
    investor: str, direction: str, each: list[tuple[str, Amount]], when: Occurrence | None
) -> Iterator[Draft]:
    for company, count in each:
        yield Draft(
            "stake_change",
            {
                "investor": investor,
                "direction": direction,
                "shares": count.value,
                "qualifier": count.qualifier,
            },
            confidence=0.7,
            subject=company,
            occurrence=when,
        )


# Where the news of a trade comes from, opening its sentence: "According to filings with the
# exchange, "
_SOURCE_OPENS = re.compile(r"(?i:according\s+to)\s+[^,;]{1,120},\s+")
# A telling of the trade before its trader: "It was reported on June 14 that ...", "according
# to documents disclosed on June 14, ...", "The exchange disclosed on Friday that ..."
_TOLD_BEFORE_TRADER = gated(
    r"\b(?:reported|disclosed|announced|filed|filings?|according\s+to)\b", re.I
)
# The shares a trade's participle follows: "... since 2008, with five million shares bought"
_SHARES_TRADED = re.compile(r"\s+(?:ordinary\s+|common\s+)?shares\s+")
# A share's price the market quoted, not what a trader paid: "buying 10,000 shares ... as they
# hit 900p"
_QUOTED = re.compile(r"\b(?:hit|hits|reached|touched|topped|traded\s+at|trading\s+at)\s+$", re.I)


def _paid(
    text: str, amount: Amount | None, shares: float | None
) -> tuple[float | None, str | None]:
    """The money a trade's ``amount`` says was paid, and its currency: the sum written, or the
    shares times a price per share ("sold at $2.20"; a price in pence makes pounds: "sold
    100,000 shares at 1,200p" is £1.2 million); none for a price the shares were quoted at."""
    if amount is None:
        return None, None
    if _per_share_price(text, amount):
        if not shares:
            return None, None
        if amount.currency == "GBX":
            return round(amount.value * shares / 100, 2), "GBP"
        return round(amount.value * shares, 2), amount.currency
    if is_per_share(amount, text) and _QUOTED.search(text, max(0, amount.start - 12), amount.start):
        return None, None
    return amount.value, amount.currency


def _traded_in(text: str, ctx: Context, memory: _Stakes) -> str | None:
    """The company a trade is in: the one the sentence names as the stake's, else that of the
    trade before for a pronoun ("She sold another 83,385 shares"), else the article's when the
    sentence names a company only as where the news came from ("According to a document
    obtained from Zorvex Exchange, Dana Vale bought 3 million shares"); None: the sentence's."""
    if (subject := _stake_in(text, ctx)) is not None:
        return subject
    if _REFERS_BACK.match(text):
        return memory.company
    source = _SOURCE_OPENS.match(text)
    if source and not ctx.subjects.names_any(text[source.end() :]):
        return ctx.subject
    return None


@_named_in_full
def stakes(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """An investor's purchase or sale, with the amount in money and/or shares."""
    text = sentence.text
    memory = ctx.memory(_Stakes)
    if _continues(text, ctx, memory):
        return  # its details were read with the stake the sentence before reported
    if _changes_across(text):
        return  # a holder's changes across companies: `holders_across`
    if (invested := _invested(text, ctx)) is not None:
        yield invested
        return
    trade = _trade(sentence, ctx)
    if trade is None:
        return
    investor, direction, at = trade
    if several := _in_several(investor, direction, text, at, ctx):
        yield from several
        return
    if investor.id == ctx.subject and _stake_in(text, ctx) in (None, ctx.subject):
        _subject_trading(text, ctx)  # its own shares (a stake in another company is a trade)
        return
    details = _details(text, at, direction)
    nxt = ctx.following()
    if nxt is not None and (_CONTINUATION.match(nxt.text) or nxt.text.startswith(investor.text)):
        details = _details(nxt.text, 0, direction) | details
    before = (memory.index, memory.when)  # the stake told before this sentence's
    memory.trader(investor, ctx.index)
    own_end, when = _first_act(text, at, ctx)
    when = when or _day_otherwise(text, investor, own_end, ctx, before)
    money = [
        a
        for a in find_money(text)
        if investor.end < a.start < own_end
        and not ("value_held" in details and _WORTH.search(text[max(0, a.start - 35) : a.start]))
    ]
    shares = [
        c
        for c in find_counts(text)
        if (investor.end < c.start < own_end and _SHARES.match(text[c.end :]))
        or _SHARES_TRADED.fullmatch(text, c.end, at)  # "with five million shares bought"
    ]
    shares, when = _whole_of_respective(text, shares, when, ctx)
    amount = money[0] if money else None
    counted = amount or (shares[0] if shares else None)
    subject = _traded_in(text, ctx, memory)
    memory.company, memory.when = subject or ctx.sentence_subject, when or ctx.occurrence
    value, currency = _paid(text, amount, shares[0].value if shares else None)
    for who, own in _traders(investor, text, shares[0].value if shares else None, ctx):
        yield Draft(
            "stake_change",
            {
                "investor": who,
                "direction": direction,
                "amount": value,
                "currency": currency,
                "shares": own if "shares" not in details else None,
                "qualifier": counted.qualifier if counted else "exact",
                **details,
            },
            confidence=0.85 if investor.kind == "investor" else 0.7,
            subject=subject,
            occurrence=when,
        )


# A sentence that itemises the one before: "Specifically, A, B and C bought 1.95 million, 1
# million and 500,000 shares, respectively."
_ELABORATES = re.compile(
    r"^(?:Specifically|In\s+detail|In\s+particular|Namely|Of\s+(?:which|these|this|them)|"
    r"That\s+is|Broken\s+down),?\s"
)


def _day_otherwise(
    text: str,
    investor: Mention,
    own_end: int,
    ctx: Context,
    before: tuple[int, Occurrence | None],
) -> Occurrence | None:
    """The day of a trade its own clause does not date: one told before the trader ("It was
    reported on June 14 that ... Wong Kai bought shares on June 13": the trade's own, not the
    telling's), or that of the trade the sentence before told, which this one itemises
    ("Specifically, A, B and C bought ...")."""
    if _TOLD_BEFORE_TRADER.search(text, 0, investor.start):
        return _clause_time(text, investor.start, own_end, ctx)
    index, when = before
    return when if _ELABORATES.match(text) and index == ctx.index - 1 else None


def _traders(
    investor: Mention, text: str, shares: float | None, ctx: Context
) -> list[tuple[str, float | None]]:
    """Who trades, and how many shares each: every name of a list its count "respectively"
    when the sentence gives one each, else the sentence's count."""
    listed = _each_listed(investor, ctx)
    each = _respective_counts(text, len(listed))
    return [(who, each[i] if each else shares) for i, who in enumerate(listed)]


def _respective_counts(text: str, names: int) -> list[float] | None:
    """The share counts a list of ``names`` traders bought or sold "respectively", one each,
    when the sentence lists as many as there are names."""
    if names < 2 or "respectively" not in text:
        return None
    found = _RESPECTIVE_LIST.search(text)
    counts = [c.value for c in find_counts(found["list"])] if found else []
    return counts if len(counts) == names else None


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
        found = _direction(clause)
        company = _stake_in(clause, ctx) or _stake_in(text, ctx)
        if alone := _OFFICER_ALONE.match(clause):  # "...; CEO bought S$2.7m shares"
            investor = alone["role"]
            company = company or _named_before(text[: cut.start()], ctx)
            if company is None:
                continue  # an officer of no company the line names
        elif (actor := _ACTOR_FIRST.match(clause)) and _unknown_actor(actor["name"], ctx):
            investor = canonical(_full_form(_holder(actor["name"]), ctx), "investor")
        else:
            continue
        if found is None:
            continue
        shares = [c for c in find_counts(clause) if _SHARES.match(clause[c.end :])]
        money = [a for a in find_money(clause) if not _per_share_price(clause, a)]
        counted = money[0] if money else (shares[0] if shares else None)
        yield Draft(
            "stake_change",
            {
                "investor": investor,
                "direction": found[0],
                "amount": money[0].value if money else None,
                "currency": money[0].currency if money else None,
                "shares": shares[0].value if shares else None,
                "qualifier": counted.qualifier if counted else "exact",
            },
            confidence=0.7,
            subject=company,
        )


# The company a line's clause names last, not at its head: "Analysts downgrade Zorvex"
_LAST_NAME = re.compile(
    r"(?:^|(?<=[\s•]))(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})[^A-Z]*$"
)


def _named_before(clause: str, ctx: Context) -> str | None:
    """The company named last in a clause before an officer's trade told by the role alone
    ("Analysts downgrade Zorvex; CEO bought S$2.7m shares": Zorvex's CEO), if any."""
    m = _LAST_NAME.search(clause)
    if m is None or is_place(m["name"]) or m["name"].lower() in _NOT_HOLDERS:
        return None
    if m["name"].split()[0] in _NOT_GIVEN:
        return None  # "The company posts a record profit": no name
    return ctx.subjects.id_of(m["name"])


# Another act of the same holder, told in a clause of its own: "Quillon acquired a 5% stake in
# May 2022, and then raised that stake to 6.07% in January", "..., later cutting it to 4%",
# "..., after buying 4.1 million shares on December 30"
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
    # or an earlier act told after it: "sold 2.6 million shares on January 3, after buying 4.1
    # million shares on December 30"
    r"(?:(?:,\s+|\s+)(?:and\s+)?(?:then|later|subsequently)|,\s+(?:after|before))\s+(?P<verb>"
    + "|".join(_THEN_DIRECTION)
    + r")\s+(?=(?:it|them|that|this|the|its|his|her|their|an?|another|more|further)\b|[\d$€£₹])",
    re.I,
)
_TO_LEVEL = re.compile(r"\bto\s+(?:about\s+|around\s+|nearly\s+)?(?P<pct>\d+(?:\.\d+)?)" + _PCT)


def _then_clauses(text: str) -> list[tuple[int, int, str]]:
    """The later clauses of a holder's acts in a sentence ("..., and then raised that stake to
    6.07% in January"): where each begins and ends, and its direction."""
    if not any(w in text for w in ("then", "later", "subsequently", "after", "before")):
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


# The same holder's trade in another company, told as what it did meanwhile: "Quillon had
# halved its stake in Zorvex while adding a position in Brevik Motors", "..., while cutting
# its holding in Osprey Bank"
_MEANWHILE_VERBS = {
    "adding": "increase",
    "raising": "increase",
    "boosting": "increase",
    "increasing": "increase",
    "buying": "buy",
    "purchasing": "buy",
    "acquiring": "buy",
    "selling": "sell",
    "offloading": "sell",
    "trimming": "decrease",
    "cutting": "decrease",
    "reducing": "decrease",
    "paring": "decrease",
    "exiting": "exit",
    "initiating": "new_position",
    "opening": "new_position",
}
_MEANWHILE_ACT = gated(
    r"(?:,\s+|\s+)(?:while|whilst|as\s+well\s+as|besides|and)\s+(?P<verb>"
    + "|".join(_MEANWHILE_VERBS)
    + r")\s+(?P<new>(?:an?\s+)?(?:new\s+)?(?:position|stake)\b)?"
)


@_named_in_full
def meanwhile_trades(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """A trader's trade in another company told after its first as what it did meanwhile
    ("... halved its stake in Zorvex while adding a position in Brevik Motors"): its own
    direction and company; the first trade is `stakes`'."""
    text = sentence.text
    acts = list(_MEANWHILE_ACT.finditer(text)) if "ing " in text else []
    if not acts:
        return
    trade = _trade(sentence, ctx)
    if trade is None or trade[2] >= acts[0].start() or trade[0].id == ctx.subject:
        return
    first = _stake_in(text[: acts[0].start()], ctx)
    for i, act in enumerate(acts):
        clause = text[act.start("verb") : acts[i + 1].start() if i + 1 < len(acts) else len(text)]
        company = _stake_in(clause, ctx)
        if company is None or company == first:
            continue
        direction = _MEANWHILE_VERBS[act["verb"].lower()]
        if act["new"] and direction == "increase":
            direction = "new_position"  # "adding a position in Brevik": a stake new to it
        yield Draft(
            "stake_change",
            {"investor": trade[0].id, "direction": direction},
            confidence=0.7,
            subject=company,
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
    written = _LINKED.sub("", investor.text.rstrip(","))  # "Specifically, A, B and C bought"
    parts = [p for p in NAMES_SPLIT.split(written) if p.strip()]
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
# "A and B were among investors who shed their stake", "A was among the funds that added
# shares": traders listed as some of a class of holders, the trade told after it
_AMONG_TRADERS = gated(
    r"^(?:[^,]{0,40}\bto\s+[^,]{1,30},\s+)?"
    r"(?P<names>[A-Z][^;:]{2,400}?)\s+(?:were|was)\s+(?:also\s+)?among\s+(?:the\s+)?"
    r"(?:other\s+)?(?:[a-z-]+\s+){0,2}(?:investors|funds|holders|shareholders|institutions|"
    r"firms|managers|buyers|sellers)\s+(?:who|that|which)\s+(?:have\s+|had\s+|also\s+)*"
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
    direction = None
    if m is None:
        m = _AMONG_TRADERS.search(sentence.text)
        found = _direction(sentence.text, m.end()) if m else None
        if m is None or found is None or found[1] != m.end():
            return
        direction = found[0]
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
                "direction": direction or ("buy" if (m["buy"] or m["buy2"]) else "sell"),
            },
            confidence=0.7,
            subject=company,
        )


# Two trades of one holder told together, each on its day: "reduced their holdings on October
# 14 and October 17, selling 78.517 million and 22.801 million shares respectively"
_RESPECTIVE_COUNTS = gated(
    rf"(?P<a>{_COUNT})\s+and\s+(?P<b>{_COUNT})\s+(?:shares|units)\s*,?\s+respectively\b", re.I
)
# Counts listed in the order of the names they go with: "bought 1.95 million, 1 million and
# 500,000 shares, respectively"
_RESPECTIVE_LIST = gated(
    rf"(?P<list>{_COUNT}(?:\s*,\s*{_COUNT})*\s*,?\s+and\s+{_COUNT})"
    r"(?:\s+(?:shares|units|stocks))?\s*,?\s+respectively\b",
    re.I,
)
_TWO_DAYS = re.compile(
    rf"\bon\s+(?P<m1>{MONTH_NAMES})\.?\s+(?P<d1>\d{{1,2}})\s+and\s+(?:(?P<m2>{MONTH_NAMES})\.?\s+)?"
    rf"(?P<d2>\d{{1,2}})\b",
    re.I,
)


@_named_in_full
def respective_trades(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """A holder's two trades told together with their days and sizes "respectively" ("on
    October 14 and October 17, selling 78.517 million and 22.801 million shares
    respectively"): each its own trade, on its own day; the sentence's whole is `stakes`'."""
    text = sentence.text
    sizes = _RESPECTIVE_COUNTS.search(text) if "respectively" in text else None
    days = _TWO_DAYS.search(text) if sizes else None
    trade = _trade(sentence, ctx) if sizes and days else None
    if sizes is None or days is None or trade is None or trade[0].id == ctx.subject:
        return
    company = _stake_in(text, ctx)
    for size, when in zip((sizes["a"], sizes["b"]), _two_days(days, ctx), strict=True):
        yield Draft(
            "stake_change",
            {"investor": trade[0].id, "direction": trade[1], "shares": _int(size)},
            confidence=0.7,
            subject=company,
            occurrence=when,
        )


def _two_days(days: re.Match[str], ctx: Context) -> tuple[Occurrence | None, Occurrence | None]:
    """The two days "on October 14 and October 17" (or "and 17") tells, each resolved."""
    written = (f"{days['m1']} {days['d1']}", f"{days['m2'] or days['m1']} {days['d2']}")
    found = [
        resolve(f"on {d}", ctx.published, ctx.temporal, ctx.subjects.exchange) for d in written
    ]
    first, second = (None if w.precision == "unknown" else w for w in found)
    return first, second


def _whole_of_respective(
    text: str, shares: list[Amount], when: Occurrence | None, ctx: Context
) -> tuple[list[Amount], Occurrence | None]:
    """The shares and the days of a sentence's whole trade where it tells two "respectively"
    (`respective_trades`): the total told after them ("for a combined total of approximately
    101 million shares"), none else, from the first day to the last."""
    sizes = _RESPECTIVE_COUNTS.search(text) if "respectively" in text else None
    if sizes is None:
        return shares, when
    days = _TWO_DAYS.search(text)
    first, second = _two_days(days, ctx) if days else (None, None)
    if first and second and first.start and second.end:
        when = Occurrence(first.start, second.end, "day", "day")
    return [c for c in shares if c.start > sizes.end()], when
