"""Analyst opinion: firm ratings, price targets and fair values, reported consensus.

A rating needs a firm; a rating said of "analysts" in general is a consensus. A target needs a
target cue ("price target", "fair value", "targeting") before the amount; an amount written
"from $178" is the previous target.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from timeline._time import MONTH_NAMES
from timeline.entities import canonical
from timeline.entities import resolve as resolve_entity
from timeline.extract.actors import SELF, is_index, leading_actor
from timeline.extract.context import Context, Draft
from timeline.extract.gates import gated
from timeline.extract.mentions import Mention, find_entities, find_orgs
from timeline.extract.numbers import COUNT_WORDS, Amount, find_money, parse_number, word_number
from timeline.extract.places import is_place
from timeline.extract.rules._common import (
    ANALYST_ACTION,
    ANALYST_VERBS,
    BROKER_LINE,
    BROKER_VERB_LINE,
    CALL_OBJECT,
    FIRM_NAME,
    KEPT_AT,
    NAMES_SPLIT,
    NO_CALENDAR_WORD,
    ON_COMPANY,
    RATED_PASSIVE,
    SEES_PRICE,
    STOCK_FORECAST,
    VALUES_AT,
    TableState,
    analyst_named_before,
    analysts_firm,
    firms_in,
    is_per_share,
    nearest_before,
    table_cells,
    window,
)
from timeline.extract.sessions import session_on_or_before
from timeline.extract.temporal import Occurrence, resolve
from timeline.extract.text import Sentence, per_sentence
from timeline.extract.vocab import rate, rating_alternation, rating_pattern

__all__ = ["consensus", "ratings", "table", "targets"]

_AMBIGUOUS = frozenset({"buy", "hold", "sell", "add", "reduce", "neutral", "positive", "negative"})
_AMBIGUOUS |= {"perform", "mixed", "in line", "top pick", "overweight", "underweight"}
# "recommended buying the stock", "41 recommend buying": a rating only after such a verb
_RECOMMENDED = frozenset({"buying", "selling"})
_RECOMMEND_BEFORE = re.compile(r"\b(?:recommend|advis|suggest)\w*\s+$", re.I)
_RATING_CONTEXT = re.compile(
    r"(?:\bto|\bat|\bwith|\ban?|\brating\s+of|\brated|\brates|\bas|\bfrom|\bits|\bkept|"
    r"\bmaintains?|\breiterated?|\bassigned|\binitiated|\bstays?|\bremains?|\bretain(?:s|ed)?|"
    r"\bkeeps?)\s+(?:an?\s+)?[\"“‘']?$|"
    r"\w:\s*$",  # a broker's line: "Nuvama: Buy | Target raised to Rs 400"
    re.IGNORECASE,
)
_ACTIONS = [
    ("upgrade", re.compile(r"\bupgrad", re.I)),
    ("downgrade", re.compile(r"\bdowngrad", re.I)),
    (
        "initiate",
        re.compile(r"\b(?:re)?initiat|\bstarted coverage|\bbegan coverage|\bresumed", re.I),
    ),
    (
        "reiterate",
        re.compile(
            r"\breiterat|\bmaintain|\breaffirm|\bretain|\bkept|\bkeep(?:s|ing)\b|\bstuck with|"
            r"\brenew|\bconfirm|\bstays?\b|\bremains?\b",
            re.I,
        ),
    ),
    ("assign", re.compile(r"\bassign|\brates?\b|\brated\b|\bhas an?\b", re.I)),
]
_TARGET_CUE = gated(
    rf"(?P<fv>fair[\s-]value(?:\s+estimate)?|intrinsic value|{VALUES_AT})|"
    r"price\s+target|target\s+price|"
    r"price\s+objective|price\s+prediction|\bPT\b|\bTP\b|\btargeting\b|\btargets?\b|"
    # "Mizuho analysts increased their price from $94 to $116": a target without its noun
    r"\b(?:rais|increas|lift|boost|cut|lower|reduc|trim)\w*\s+(?:their|its|his|her|our)\s+price\b|"
    # "Downgraded its rating to Neutral ... but kept the price unchanged to $96": a profile
    # page's template
    r"\b(?:kept|left)\s+the\s+price\s+unchanged\b|"
    # "He lowered his forecast for the stock from $16 to $13": the analyst's forecast of its price
    rf"\b(?:their|its|his|her|our)\s+(?:price\s+)?{STOCK_FORECAST}\b|" + SEES_PRICE,
    re.IGNORECASE,
)
_CONSENSUS_CUE = gated(
    r"consensus|(?:average|mean|median)\s+(?:\d+-month\s+)?(?:analyst\s+)?(?:price\s+)?target|"
    r"analysts'?\s+average|"
    # "It currently has a 1-year price target of $21.08": the stock's, from no firm
    r"^(?:It|The\s+stock|The\s+shares|Shares)\s+(?:currently\s+|now\s+)?ha(?:s|ve)\s+an?\s+"
    r"(?:\d+-(?:year|month)\s+)?price\s+target(?=\s+of\b)",
    re.IGNORECASE,
)
# "consensus estimate(s) of $0.93", "consensus revenue forecast": results expected, a KPI
_ESTIMATE_AFTER = re.compile(
    r"\s*(?:(?:EPS|earnings|revenue|sales|profit|income)\s+)?"
    r"(?:estimates?|forecasts?|expectations?|projections?|view)\b",
    re.IGNORECASE,
)
# "a $400 price target", "its $275 target": the amount written just before its cue
_CUE_AFTER = re.compile(r"^\s*(?:\d+-month\s+)?(?:price\s+)?(?:target|objective)\b", re.IGNORECASE)
_RAISE = re.compile(
    r"\b(?:rais|lift|boost|increas|hik|bump|nudg|upped)\w*|\bup\s+(?=from\b)|\brevised\s+up(?:wards?)?\b|"
    r"\b(?:revis|adjust)\w*\s+(?:\w+\s+){0,6}?upwards?\b",  # "adjusted its target price upwards"
    re.I,
)
# "Reduce" as a rating ("Reduce | Target Price: Rs 1,180", "a Reduce rating") is no cut
_CUT = re.compile(
    r"\b(?:cut|lower|trim|slash|decreas)\w*|\bdropped\b|(?<![‘'\"“])\breduc(?:e[sd]?|ing|tion)\b(?!\s*[|(]|\s+rating)|"
    r"\bdown\s+(?=from\b)|\brevised\s+down(?:wards?)?\b|"
    r"\b(?:revis|adjust)\w*\s+(?:\w+\s+){0,6}?downwards?\b",
    re.I,
)
# A target's change told as a noun: "a solid jump from the previous $144", "the price target
# cut from $90"
_RAISE_NOUN = re.compile(r"jump|increase|rise|hike|boost|raise|bump", re.I)
_CHANGE_NOUN = rf"(?:{_RAISE_NOUN.pattern}|cut|drop|reduction|decrease|decline|trim)"
_KEEP = re.compile(r"\b(?:maintain|reiterat|kept|keeps|reaffirm)\w*", re.I)
_SETS = re.compile(r"\b(?:assign|set|sets|with a|initiat|targeting|has a)\w*", re.I)
_TARGET_ACTIONS = (("raise", _RAISE), ("cut", _CUT), ("maintain", _KEEP))
_SET_VERB = re.compile(r"\b(?:set|sets|assign(?:s|ed)?)\b", re.I)
_PRONOUN_START = re.compile(
    r"^[\"“‘']?(?:It|He|She|They|We|Its|His|Her|Their|Our|"  # '"We are reducing our target
    # "The target price is 32 SEK.": the target of the call the sentence before made
    # "The target for rival Leumi was 85.0 shekels": the same call's target for another company
    r"The\s+(?:new\s+)?(?:price\s+)?target(?:\s+price)?\s+(?:for|on)\s+(?:[a-z][\w-]*\s+){0,2}"
    r"[A-Z][^,;]{0,40}?\s+(?:is|was|stands\s+at|of)\b|"
    r"The\s+(?:new\s+)?(?:price\s+)?target(?:\s+price)?(?=\s+(?:is|was|stands|of|falls|"
    r"rises|drops|climbs|goes|moves|has\s+been|was\s+(?:raised|cut|lowered|trimmed))\b)|"
    r"The\s+(?:[\w.-]+\s+)?(?:firm|bank|broker|brokerage|house|analysts?)|"  # "The U.S. bank"
    # "Analyst Charlotte Keyworth assigned ...": a person, speaking for the firm last named
    r"(?:The\s+)?[Aa]nalysts?\s+(?:led\s+by\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\b"
)
# "..., while maintaining a buy recommendation, it lowered the target": a pronoun that acts
_PRONOUN_ACTS = gated(
    rf"(?:^|[,;:]\s*|\band\s+|\b(?:said|says|added|noted)\s+(?:that\s+)?)"
    r"(?:it|they|he|she|[Tt]he\s+(?:[\w.-]+\s+)?(?:firm|bank|broker|brokerage|lender|house|"
    r"financial\s+institution|investment\s+bank|analysts?))"
    # "he actually lowered the price target"
    r"\s+(?:also\s+|has\s+|have\s+|had\s+|now\s+|continues\s+to\s+|still\s+|[a-z]+ly\s+)*"
    rf"(?:{ANALYST_VERBS}|maintain)\b"
)
# A broker's note in its own shorthand, the call as an imperative: "Maintain BUY.", "Reiterate
# Add.", "Upgrade to Outperform.", "Initiate coverage with a Hold": the firm last named's
_IMPERATIVE_CALL = re.compile(
    r"^(?:Maintain|Reiterate|Retain|Keep|Upgrade\s+to|Downgrade\s+to|"
    r"Initiate\s+(?:coverage\s+)?(?:with|at))\s+(?:an?\s+|our\s+)?[\"“‘']?[A-Z]"
)
# A cue that only says "as of now": the rating the note told just before carries, of its day
_AS_NOW = re.compile(r"\b(?:currently|presently|now)\b", re.I)
# A broker that heads a sentence ("Shinhan Investment Corp. forecasted that ...") is who
# "it" is in the next one, whatever its verb.
_BROKER_OPENS = re.compile(
    r"^(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z&][\w&.'’-]*){0,4}\s+"
    r"(?:Securities|Investment(?:\s+Corp\.?)?|Research|Capital\s+Markets|Brokerage|"
    r"Financial\s+Group)(?:\s+(?:Co\.|Corp\.?|Ltd\.?|Limited|Inc\.?))?)\s+[a-z]"
)
# A target changed in the passive with no agent ("MTN Nigeria's target price was revised upward
# to N304.26"): the note of the firm last named
_UNSAID_AGENT = gated(
    r"\b(?:target(?:\s+price)?|price\s+target)s?\s+(?:was|were|has\s+been|have\s+been)\s+"
    r"(?:\w+\s+)?(?:raised|cut|lowered|revised|increased|trimmed|hiked|reduced)\b"
    r"(?![^.;]*\bby\s+[A-Z])|"
    # ... or told as a noun: "the price target jump from $22 to $34 is notable"; or a company's
    # rating changed, no one said by whom: "MARA Holdings (MARA) was also upgraded to neutral"
    rf"\b(?:target(?:\s+price)?|price\s+target)\s+{_CHANGE_NOUN}\s+from\b|" + RATED_PASSIVE
)
# ... and so is a name that opens a sentence raising or cutting its targets ("Afrinvest Limited
# has raised its target prices for telecom stocks"), which only a broker does
_TARGETS_OPEN = re.compile(
    r"^(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z&][\w&.'’-]*){0,4})\s+(?:has\s+|have\s+)?"
    r"(?:raised|cut|lowered|increased|revised|trimmed|hiked|slashed)\s+(?:its|their)\s+"
    r"(?:(?:12|twelve)[\s-]month\s+)?(?:price\s+targets?|target(?:\s+prices?)?s?)\b"
)
# A firm telling its view, no call yet: "Citigroup told clients that ...", "..., Raymond James
# says." The bank, or the analysts, of the next sentence are that firm's.
_FIRM_TELLS = gated(
    r"^(?P<lead>[A-Z][\w&.'’-]*(?:\s+[A-Z&][\w&.'’-]*){0,3})\s+"
    r"(?:told\s+(?:clients|investors)|said\s+in\s+a\s+(?:note|report)|(?:wrote|writes)\s+in\s+a\s+note)\b|"
    r",\s+(?P<tail>[A-Z][\w&.'’-]*(?:\s+[A-Z&][\w&.'’-]*){0,3})\s+(?:says|said)\.?$"
)


# ... or heading its sentence with any verb: "Citi is moving off the sidelines on Zorvex."
# then "The bank upgraded shares of the restaurant operator"
_FIRM_OPENS = re.compile(r"^(?P<lead>[A-Z][\w&.'’-]*(?:\s+[A-Z&][\w&.'’-]*){0,3})\s+(?=[a-z])")


# ... or the one firm a sentence names, telling its view as "the bank": "Wall Street giant
# JPMorgan (JPM) turned more bullish on miners, the bank said in a report on Tuesday."
_IT_TELLS = re.compile(
    r"\b(?:the|that)\s+(?:investment\s+)?(?:bank|firm|broker(?:age)?|lender)\s+(?:said|wrote|"
    r"told\s+(?:clients|investors))\b"
)


def _firm_speaking(text: str) -> str | None:
    """The analyst firm of the alias table a sentence has telling its view, or heading it,
    if any."""
    m = _FIRM_TELLS.search(text) or _FIRM_OPENS.match(text)
    told = _IT_TELLS.search(text)
    firms = find_entities(text, kinds=("firm",)) if told else ()
    if told and len({f.id for f in firms}) == 1 and firms[0].end <= told.start():
        return firms[0].id
    if m is None:
        return None
    name = m["lead"] or m["tail"]
    known = find_entities(name, kinds=("firm",))
    return known[0].id if known and known[0].start == 0 and known[0].end == len(name) else None


_CLAUSE_BREAK = re.compile(r",|\s(?:as|after|following|while|when|on|amid|because)\s")
# Openings that are no company, beyond those `leading_actor` already refuses (pronouns,
# weekdays, months, "Meanwhile", "Analysts", "Shares", ...).
# A participle's phrase opening a sentence: "Building on this,", "Looking ahead,"
_PARTICIPLE_OPENS = re.compile(r"[A-Z][a-z]+ing\s+(?:on|ahead|at|to|from|with|back|beyond|past)\b")
_NOT_COMPANY = re.compile(
    r"^(?:Analysts?|Investors?|Wall Street|Brokers?|Brokerages?|Stocks|Prior|Earlier|Later|"
    r"Separately|Finally|Additionally|Consensus|Sentiment|TP|PT)\b",
    re.I,
)


@dataclass(frozen=True, slots=True)
class _Who:
    """Who acts in an analyst's sentence, and on which company."""

    firms: list[Mention]
    pronoun: str | None  # the firm a pronoun ("They", "The firm") stands for
    subject: str | None  # the company acted on, when not the sentence's subject
    occurrence: Occurrence | None  # the date carried over to a pronoun's sentence


@dataclass(slots=True)
class _Firms:
    """The firm last named with an analyst's verb, when it acted and on which company, for the
    sentence after ("They issued a “neutral” rating", "He also raised his target to $260")."""

    last: str | None = None
    when: Occurrence | None = None
    about: str | None = None
    index: int = -1
    who: _Who | None = None
    acted: int = -10  # the sentence in which ``last`` acted
    day: Occurrence | None = None  # the day a roundup says its calls are of (`_CALLS_OF_DAY`)


# A roundup's words for the day of the calls it tells: "These are the top analyst upgrades,
# downgrades and initiations seen on Monday, November 23, 2020.", "Tuesday's analyst calls",
# or the days of the week it covers: "Between May 21 and May 27, 2026, analysts issued multiple
# revisions."
_CALLS_OF_DAY = gated(
    r"(?:^(?:(?:These|Here)\s+(?:are|were)|The\s+following\s+(?:are|were))|\b[Rr]ound-?up\s+of)"
    r"\s+(?:the\s+|some\s+of\s+)?"
    r"(?:[\w,'’-]+\s+){0,4}?(?:upgrades|downgrades|initiations|rating\s+changes|calls|"
    r"(?:analyst|broker|brokerage)s?['’]?\s+(?:calls|notes|actions|moves))\b|"
    r"\b(?:[Aa]nalysts|[Bb]rokers|[Bb]rokerages)\s+(?:issued|made|published|announced)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:(?:price[\s-]+)?target\s+)?(?:revisions|changes|calls|actions)\b",
)


# a firm's next call told in the sentence after its last, with no date of its own, is of that
# call's day ("upgraded ... today." then "Ohmes increased his price target from $120 to $135.")
_SAME_NOTE = 2


_ACTS_WITHIN = 60  # characters after a firm's name to its analyst's verb
_ALONE_ACTS_WITHIN = 120
_AGENT_BEFORE = re.compile(r"\b(?:from|by|at)\s+(?:the\s+)?$")
_CALL_WORD = re.compile(
    r"\b(?:ratings?|recommendation|upgrad\w*|downgrad\w*|(?:price\s+)?target)\b"
)


def _who(sentence: Sentence, ctx: Context) -> _Who:
    """The firms of the sentence, and what a pronoun and an unnamed company stand for.

    Read once per sentence, whichever rule asks first; the firm named with an analyst's verb
    ("UBS Group began coverage on ...") is remembered for the next sentence."""
    memory = ctx.memory(_Firms)
    if memory.index == ctx.index and memory.who is not None:
        return memory.who
    text = sentence.text
    firms = _firms_named(sentence, ctx)
    memory.day = _calls_day(text, firms, ctx) or memory.day
    firms, labelled, given = _firms_acting(text, firms)
    when, about = memory.when, memory.about
    item = sentence.item  # a list under a note: each item is the note's firm's
    speaks = not firms and (
        _PRONOUN_START.match(text)
        or _PRONOUN_ACTS.search(text)
        or _FIRST_PERSON.search(text)
        or given
        or item
        or _UNSAID_AGENT.search(text)
        or _IMPERATIVE_CALL.match(text)
    )
    # "Morgan Stanley analyst Adam Jonas." then "The analyst downgraded Ford": the analyst's firm
    pronoun = _speaker(sentence, memory, ctx) if speaks else None
    if pronoun and when is None and pronoun == _note_author(ctx):
        when = ctx.memory(_NoteAuthor).day  # "we" of the note: the calls are of its date
    if pronoun:
        # "The firm currently has an outperform rating": as the note just told says, of its day
        dated = when is not None and when.precision != "unknown"
        own = ctx.occurrence.precision != "unknown" and not (dated and _AS_NOW.search(text))
        # the company the sentence names ("set a price target ... for Hapoalim"), else the one
        # the call before was about
        named = (
            given
            or labelled
            or ON_COMPANY.search(text)
            or CALL_OBJECT.search(text)  # "The analyst downgraded Ford from overweight"
            or _RATED_PASSIVE.match(text)  # "MARA Holdings (MARA) was also upgraded to ..."
        )
        about = ctx.subjects.id_of(named["name"]) if named else about
        who = _Who(firms, pronoun, about, None if own else when)
    else:
        first = firms[0].start if firms else len(text)
        covered = _covered(sentence, ctx, first) if firms else None
        carried = _moved_on_it(text, first, ctx) if firms else None
        if (
            firms
            and carried is None
            and ctx.occurrence.precision == "unknown"
            and firms[0].id == memory.last
            and ctx.index - memory.acted <= _SAME_NOTE
        ):
            carried = when
        who = _Who(firms, None, covered, carried)
    # (a firm alone in its sentence acts farther on: "Goldman Sachs analyst Mike Burton had a
    # change of heart on Imax Corp (IMAX), flipping his rating ...")
    acting = [
        f
        for f in firms
        if ANALYST_ACTION.search(text, f.end, f.end + _ACTS_WITHIN)
        or (len(firms) == 1 and _CALL_WORD.search(text, f.end, f.end + _ALONE_ACTS_WITHIN))
        # the agent of a call the company received: "has received a buy rating from Axis"
        or (
            _AGENT_BEFORE.search(text, max(0, f.start - 12), f.start) is not None
            and _CALL_WORD.search(text, 0, f.start) is not None
        )
    ]
    if acting:
        memory.last, memory.about, memory.acted = acting[-1].id, who.subject, ctx.index
        memory.when = who.occurrence or ctx.occurrence
    elif pronoun and ANALYST_ACTION.search(text):
        # "UniCredit also received ...": the same note goes on; "The analyst wrote in a note
        # today that he is downgrading ...": the note's day, for the calls told after it
        if pronoun != memory.last or ctx.occurrence.precision == "day":
            memory.when = ctx.occurrence if ctx.occurrence.precision == "day" else None
        memory.last, memory.acted = pronoun, ctx.index
    elif not firms and (opens := _BROKER_OPENS.match(text) or _TARGETS_OPEN.match(text)):
        name = canonical(opens.group("name"), "firm")
        memory.last, memory.when, memory.about = name, None, None  # its date is of its own verb
    elif (speaker := _firm_speaking(text)) is not None:
        # "JPMorgan turned more bullish on miners, the bank said in a report on Tuesday": the
        # report's day, for the calls told after it
        # (the day the report is said to be of, not the results it follows)
        note = _DATES_THE_NOTE.search(text)
        day = _day_told(text[note.start() :], ctx) if note else None
        memory.last, memory.when, memory.about = speaker, day, None
    memory.index, memory.who = ctx.index, who
    return who


def _firms_named(sentence: Sentence, ctx: Context) -> list[Mention]:
    """The firms an analyst's sentence names: not a broker that is also a call's company ("on
    HSBC (940 pence from 870, Neutral)"); an analyst named before, by a possessive opening it
    ("Volkert's price target for the stock is $210"), is his firm."""
    text = sentence.text
    if not ANALYST_ACTION.search(text):
        return []
    firms = firms_in(sentence, ctx)
    if firms and (items := _call_items(text)):
        firms = [f for f in firms if not any(m.start("name") <= f.start < m.end() for m in items)]
    if len(firms) > 1 and (told := _FOR_COMPANY.match(text)):
        # "For Quillon Bank, HSBC raised its target": the bank the call is on (but "For
        # Goldman, the pick is ...": a firm alone speaks)
        firms = [f for f in firms if not told.start("name") <= f.start < told.end("name")]
    if (
        not firms
        and (owner := _ANALYSTS_OWN.match(text))
        and (firm := analysts_firm(owner["name"], ctx))
    ):
        firms = [Mention(firm, "firm", 0, owner.end("name"), owner["name"])]
    return firms


# The company a sentence opens on, its rating changed by the firm last named
_RATED_PASSIVE = re.compile(r"(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})" + RATED_PASSIVE)
# A person's possessive opening a sentence: "Volkert's price target", "Mark Delaney's note"
_ANALYSTS_OWN = re.compile(r"(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['’]s?\s")
_TO_FIGURE = re.compile(r"\s+to\s+\S{0,4}\d")


def _firms_acting(
    text: str, firms: list[Mention]
) -> tuple[list[Mention], re.Match[str] | None, re.Match[str] | None]:
    """The firms of a sentence that act in it, with the company its label names and the one
    its "received" names, if any."""
    # "CGS International on Mapletree Industrial Trust: Reiterate Add ...", or a record naming
    # its firm after its company
    if (named := _firm_on_label(text) or _RECORD_FIRM.match(text)) is not None:
        name = named["firm"]
        firms = [
            Mention(canonical(name, "firm"), "firm", named.start("firm"), named.end("firm"), name)
        ]
    labelled = _LABEL_COMPANY.match(text)
    if labelled and (BROKER_LINE.match(text) or BROKER_VERB_LINE.match(text)):
        labelled = None  # "CICC: Maintains Zorvex ...": the label is the firm
    if labelled:  # "- Eurobank: New price target ...": no firm
        firms = [f for f in firms if f.start >= labelled.end("name")]
    given = _RECEIVED.match(text)  # "NTPC also received a 'Buy' rating": from the firm last named
    if given:  # the company receiving, and a second one ("..., and Banco BPM to 12 euros")
        firms = [
            f
            for f in firms
            if f.start >= given.end("name")
            and (not _TO_FIGURE.match(text, f.end) or find_entities(f.text, kinds=("firm",)))
        ]
    return firms, labelled, given


def _speaker(sentence: Sentence, memory: _Firms, ctx: Context) -> str | None:
    """Whom "He" or "The firm" stands for: the firm that last acted, unless an analyst was
    named with a firm since ("Daishin raised its target." then "Cho Sang-hoon, a researcher at
    Shinhan Securities, said ..." then "He also raised the target price"); whom "we" stands for
    in a research house's note reposted whole: its author."""
    named = analyst_named_before(sentence.start, ctx)
    if memory.last is None:
        if named:
            return named[1]
        if _FIRST_PERSON.search(sentence.text):
            return _note_author(ctx)
        return _acted_unread(ctx)
    acted = ctx.sentences[memory.acted].start if 0 <= memory.acted < len(ctx.sentences) else 0
    return named[1] if named and named[0] > acted else memory.last


_LOOK_BACK = 10  # sentences
_ACCORDING_TO = re.compile(r"\baccording\s+to\s+$", re.I)


def _acted_unread(ctx: Context) -> str | None:
    """The firm that last acted in a sentence before this one that no analyst's rule read (no
    figure, no rating of its own), or that it quotes: the headline's "Barclays Lowers Price
    Target for Airbus" is whom "The investment bank lowered the price target ..." speaks for,
    and "according to DNB Markets" whom "The Norwegian bank lifted the target price"."""
    for earlier in reversed(ctx.sentences[max(0, ctx.index - _LOOK_BACK) : ctx.index]):
        text = earlier.text
        if not ANALYST_ACTION.search(text) and "according to" not in text:
            continue
        acting = [
            f
            for f in firms_in(earlier, ctx)
            if ANALYST_ACTION.search(text, f.end, f.end + _ACTS_WITHIN)
            # "Odfjell is 'attractively valued', according to DNB Markets."
            or _ACCORDING_TO.search(text, max(0, f.start - 20), f.start)
        ]
        if acting:
            return acting[-1].id
    return None


# A research house's own words: "We revise our call on Dialog to TRADING BUY", "Hence, we raise
# our target price (TP) to RM2.15/share", "Our TP is cut to RM1.20"
_FIRST_PERSON = gated(
    r"(?:^(?:[•*·▪-]\s*)?|[,;]\s*|\band\s+)[\"“‘']?(?:[Ww]e\s+(?:(?:now|also|therefore|thus|hence)\s+)?"
    r"(?:raise|lift|increase|cut|lower|trim|reduce|revise|upgrade|downgrade|maintain|reiterate|"
    r"keep|retain|reaffirm|initiate|reinitiate|resume|assign|set|have)\b|"
    # "Our DCF based target price for ILP is PKR 108/share"
    r"Our\s+(?:[\w-]+\s+){0,3}?(?:TP|target|call|rating|recommendation)\b)"
)
# The note's author, told on a line of its own: "Source: AmInvest Research - 14 Feb 2025",
# "Source: Kenanga Research"
_NOTE_SOURCE = re.compile(
    rf"^Source:\s*(?P<firm>{FIRM_NAME}?)"
    r"(?:\s*[-–—|,]\s*\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})?\s*$|"
    # ... or a line that is only a research house's name, its word last: "Ismail Iqbal
    # Securities" under a reposted note's date line
    r"^(?P<house>[A-Z][\w&.'’-]*(?:\s+[A-Z&][\w&.'’-]*){0,3}\s+(?:Securities|Research|"
    r"Capital\s+Markets|Investment\s+Bank|Equities|Broking))\s*$"
)


@dataclass(slots=True)
class _NoteAuthor:
    """The research house a reposted note names as its source, read once per article."""

    read: bool = False
    firm: str | None = None
    day: Occurrence | None = None  # the note's date, when its line gives one


def _note_author(ctx: Context) -> str | None:
    """The firm an article's "Source:" line names, when it is a firm (a known one, or a name
    ending in a firm's word: "AmInvest Research", "Kenanga Investment Bank"), and the note's
    day: the one its line gives, else (a line that is only the house's name) the one a date
    line just before it gives ("Nov 4 2025" above "Ismail Iqbal Securities")."""
    memo = ctx.memory(_NoteAuthor)
    if not memo.read:
        memo.read = True
        for i, line in enumerate(ctx.sentences):
            m = _NOTE_SOURCE.match(line.text)
            if m is None:
                continue
            name = m.group("firm") or m.group("house")
            known = find_entities(name, kinds=("firm",)) or find_orgs(name)
            if known and known[0].start == 0 and known[0].end == len(name):
                memo.firm = canonical(name, "firm")
                dated = resolve(line.text, ctx.published)
                if m.group("house") and i and _DATE_LINE.fullmatch(ctx.sentences[i - 1].text):
                    dated = resolve(ctx.sentences[i - 1].text, ctx.published)
                memo.day = dated if dated.precision == "day" else None
    return memo.firm


# A line that is only a date: "Nov 4 2025", "4 November 2025", "November 4, 2025"
_DATE_LINE = re.compile(
    rf"\s*(?:(?:{MONTH_NAMES})\.?\s+\d{{1,2}},?|\d{{1,2}}\s+(?:{MONTH_NAMES})\.?)\s+\d{{4}}\s*",
    re.I,
)


def _calls_day(text: str, firms: list[Mention], ctx: Context) -> Occurrence | None:
    """The day a roundup's sentence says the calls told after it are of, if it says one."""
    if not firms and ctx.occurrence.precision == "day" and _CALLS_OF_DAY.search(text):
        return ctx.occurrence
    return None


def _call_time(carried: Occurrence | None, ctx: Context) -> Occurrence:
    """When a call was made: the date carried over to the sentence (`_Who.occurrence`), else
    the sentence's own; never the span a return is measured over ("Given the shares are up 33%
    year-to-date, ... moved his recommendation to hold": the call's day is not told), nor a
    quarter, which is the results a call follows ("raised its target after 2Q25 EBITDA beat"),
    never when a broker spoke."""
    occ = carried or ctx.occurrence
    if (
        carried is None
        and occ.precision != "unknown"
        and _CLOSE_REFERENCE.search(ctx.sentence.text)
    ):
        # "Morgan Stanley's $70 target suggests a 30% gain from the stock's last close": the
        # close's day is the price's, not the call's
        unpriced = _CLOSE_REFERENCE.sub(lambda m: " " * len(m[0]), ctx.sentence.text)
        occ = resolve(unpriced, ctx.published, exchange=ctx.subjects.exchange)
    if occ.precision == "unknown":
        dated = _dated_after(ctx)
        day = ctx.memory(_Firms).day
        return day if dated.precision == "unknown" and day is not None else dated
    return Occurrence.unknown() if occ.period in ("ytd", "quarter") else occ


# The share's close a call is measured against: "from Tuesday's close", "above the stock's last
# closing price of $53.80"
_CLOSE_REFERENCE = re.compile(
    r"\b(?:from|over|above|below|versus|vs\.?|to|on)\s+(?:the\s+(?:stock|shares?)['’]s?\s+|its\s+|"
    r"their\s+|the\s+|\w+day['’]s\s+)?(?:(?:last|previous|prior|latest|most\s+recent)\s+)?"
    r"(?:close|closing(?:\s+(?:price|level))?)\b",
    re.I,
)


# A sentence that only dates the note just told: "The rating was released on February 1,
# 2024.", "Quenwick's estimates were contained in a research note released on Monday, December
# 12, 2022.", "Quenwick published their figures in a note issued to investors on Thursday."
_DATES_THE_NOTE = gated(
    r"^(?:(?:The|This|That|Its|Their|His|Her)\s+(?:new\s+)?(?:rating|note|report|call|upgrade|"
    r"downgrade|recommendation|research(?:\s+note)?|(?:price\s+)?target)(?:\s+change)?\s+"
    r"(?:was|were)\s+(?:released|issued|published|made|announced|given)\b|"
    r"[A-Z][\w&.'’-]*(?:\s+[A-Z&][\w&.'’-]*){0,3}?(?:['’]s?\s+(?:estimates|figures|views|"
    r"ratings?|calls?|targets?|forecasts)\s+(?:were|was)\s+(?:contained|published|released|"
    r"issued|set\s+out)|\s+(?:published|released|issued)\s+(?:their|its|his|her)\s+"
    r"(?:figures|estimates|views|ratings?|calls?|forecasts))\s+in\s+an?\s+(?:research\s+)?"
    r"(?:note|report))|"
    # "..., he wrote in a study published on Tuesday", "the analysts said in a note to clients
    # on Monday"
    r"\b(?:wrote|said|noted|argued|explained|stated|commented)\s+in\s+(?:a|an|the|their|his|her)\s+"
    r"(?:(?:research|client)\s+)?(?:note|study|report|analysis|commentary)(?:\s+to\s+"
    r"(?:clients|investors))?\s+(?:(?:published|released|issued|dated|sent)\s+)?on\s",
)


def _dated_after(ctx: Context) -> Occurrence:
    """The day the next sentence of the paragraph gives a note told undated, where that
    sentence only dates it (`_DATES_THE_NOTE`)."""
    nxt = ctx.following()
    if nxt is None or nxt.block != ctx.sentence.block or not _DATES_THE_NOTE.search(nxt.text):
        return Occurrence.unknown()
    return _day_told(nxt.text, ctx) or Occurrence.unknown()


def _day_told(text: str, ctx: Context) -> Occurrence | None:
    """The day ``text`` names, if it names one to the day."""
    day = resolve(text, ctx.published, exchange=ctx.subjects.exchange)
    return day if day.precision == "day" else None


def _agent_after(text: str, firms: list[Mention], end: int) -> Mention | None:
    """The firm written just after a rating, as its agent ("kept at Buy by Goldman Sachs",
    "stays Neutral at Nomura")."""
    return next(
        (
            f
            for f in firms
            if re.fullmatch(
                r"[\"'”’]?(?:\s+rating)?\s+(?:at|by)\s+(?:the\s+)?", text[end : f.start]
            )
        ),
        None,
    )


# "Kingfisher rallied after RBC Capital Markets upgraded the stock": a note that moved the
# shares in the session the story reports is that session's
_MOVED_AFTER = gated(
    r"\b(?:rallied|rose|jumped|gained|climbed|surged|soared|advanced|fell|dropped|slid|slipped|"
    r"tumbled|sank|declined|slumped|were\s+(?:up|down|higher|lower)|traded\s+(?:up|down|higher|"
    r"lower))\b[^.;]{0,80}?\b(?:after|as|following|when)\s+$",
    re.I,
)


def _moved_on_it(text: str, first: int, ctx: Context) -> Occurrence | None:
    """The session day, for a note the sentence gives as the reason its shares moved."""
    if ctx.occurrence.precision != "unknown" or not _MOVED_AFTER.search(text, 0, first):
        return None
    day = session_on_or_before(ctx.published, ctx.subjects.exchange)
    return Occurrence(day, day, "day", "day")


def _passive_agent(text: str, firms: list[Mention]) -> Mention | None:
    """The firm a passive names after "by" ("Upgrade to Buy from Overweight by Jarden")."""
    return next((f for f in firms if re.search(r"\bby\s+(?:the\s+)?$", text[: f.start])), None)


# "Jarden moves Acme to Underweight", "lifting Acme's target": the company an analyst's verb
# acts on, named as its object

# "Ping An kept at Buy by Goldman Sachs", "New China Life (NCI) remains Sell at Goldman Sachs":
# the company heads the sentence
_KEPT_COMPANY = re.compile(
    r"^(?P<name>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,4}?)\s+(?:\([^()]{1,12}\)\s+)?"
    r"(?:was\s+|is\s+)?(?=" + re.sub(r"\(\?P<\w+>", "(?:", KEPT_AT.pattern) + ")"
)
# A list item labelled with the company it is about: "- Eurobank: New price target of €4.45"
# "Acme Foods (Quenwick): Add | Target Price: Rs 90": a broker's record, its firm in brackets
_RECORD_FIRM = re.compile(
    r"^[\s•*·-]*[A-Z][^():|]{1,40}\((?P<firm>[A-Z][\w&.'’ -]{1,30})\):\s*[^|:]{1,30}\|\s*"
    r"(?:TP|Target|Price\s+target)\b"
)
# "Acme Foods: Buy | ...", "Acme Foods (Quenwick): Buy | ...": the company a record is about
_LABEL_COMPANY = gated(
    # "- National Bank of Greece (NBG): Maintains a Neutral rating"; not a label of the call's
    # own words ("• Price Target: The investment bank lowered ...", "Recommendation: ...")
    r"^[\s•*·-]*(?!(?:(?:Price\s+|Share\s+)?Targets?(?:\s+Price)?|Recommendations?|Ratings?|"
    r"Analysts?(?:\s+(?:View|Take|Rating|Verdict))?|Consensus|Outlook|Valuation|Verdict|Upside|"
    r"Downside|Fair\s+Value)\s*:)"
    r"(?P<name>[A-Z][\w.&'’-]*(?:\s+(?:(?:of|de|and|&)\s+)?[A-Z][\w.&'’-]*){0,3})"
    r"(?:\s*\([^()]{1,30}\))?:\s+\S"
)
# "HSBC on Lupin: The brokerage maintains a 'hold' call", "Jefferies on L&T Finance: ...": a
# line of the day's calls, labelled with the firm and the company it is on
_FIRM_ON_LABEL = re.compile(
    rf"^[\s•*·-]*(?P<firm>{FIRM_NAME})\s+on\s+"
    r"(?P<name>[A-Z][\w.&'’-]*(?:\s+(?:(?:of|de|and|&)\s+)?[A-Z&][\w.&'’-]*){0,4}):\s+\S"
)
# "For Dabur India, Jefferies maintained its 'Buy' rating": the company the call is on
_FOR_COMPANY = re.compile(
    r"^(?:For|On|As\s+for|In\s+the\s+case\s+of)\s+"
    # (not a day: "On Tuesday, Citi turned bullish on Zorvex")
    rf"{NO_CALENDAR_WORD}(?P<name>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){{0,4}}),"
)
# "NTPC also received a 'Buy' rating with a target of Rs 440": the company a call is given
_RECEIVED = gated(
    r"^(?:(?:In|Among|Within|On)\s[^,]{1,40},\s+)?(?P<name>[A-Z][\w.&-]*(?:\s+(?:of\s+)?[A-Z][\w.&-]*){0,4}?)\s+"
    r"(?:(?:also|has|have|had|was)\s+){0,2}"
    r"(?:received|receives|gets|got|earned|earns|was\s+given|won)\s+an?\s"
)
# "a 'neutral' rating on Samvardhana Motherson", "its target price for Hyundai Motor": the
# company a rating or a target is of


# "Elara Capital has recommended buying Zorvex Industries shares": the company whose shares
# a broker tells investors to buy or sell
_RECOMMENDED_OBJECT = re.compile(
    r"\brecommend(?:s|ed|ing)?\s+(?:buying|investing\s+in|accumulating|adding|selling|"
    r"reducing)\s+(?P<name>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}?)(?:['’]s)?\s+"
    r"(?:shares|stock)\b"
)


# What a call's line says after its label: a rating, a call's verb or a target ("Kenanga
# Research on Dialog Group: Maintain OUTPERFORM with a TP of RM2.10", "CLSA on Titan: Buy")
_CALL_BODY_WORDS = (
    r"maintain|retain|reiterate|keep|upgrade|downgrade|initiate|raise|cut|lower|trim|target|TP|"
    r"price\s+target|target\s+price|fair\s+value|rating|recommendation|call"
)


@cache
def _call_body() -> re.Pattern[str]:
    return re.compile(
        rf"[\"“‘']?(?:{rating_alternation()}|(?:{_CALL_BODY_WORDS})\w*)(?![\w-])", re.I
    )


def _firm_on_label(text: str) -> re.Match[str] | None:
    """The label of a line of the day's calls, "<firm> on <company>: <call>" (groups ``firm``
    and ``name``): by a known firm, or by any name when what follows the label is a call ("UOB
    Kay Hian on DFI Retail Group: Maintain BUY")."""
    on = _FIRM_ON_LABEL.match(text)
    if on is None:
        return None
    body = text[on.end("name") + 1 :].lstrip()
    if not (
        find_entities(on["firm"], kinds=("firm",))
        or _call_body().match(body)
        or _FIRST_PERSON.match(body)
    ):
        return None
    return on


def _label_company(text: str) -> str | None:
    """The company a line's label names: "HSBC on Lupin: ..." (a firm's call on it), "-
    Eurobank: New price target of €4.45"; not "- Quenwick: Buy | Target at Rs 400", a broker's
    line, which is the label's call on the company of the section."""
    if (on := _firm_on_label(text)) is not None:
        return on["name"]
    labelled = _LABEL_COMPANY.match(text)
    if labelled and not (
        BROKER_LINE.match(text) or find_entities(labelled["name"], kinds=("firm",))
    ):
        return labelled["name"]
    return None


def _covered(sentence: Sentence, ctx: Context, at: int) -> str | None:
    """The company an analyst acts on when the sentence is not about the article's own: its
    line's label, the company the call is on, else the name heading the sentence."""
    if ctx.subjects.names_article(sentence.start, sentence.end):
        return None
    name = _label_company(sentence.text) or _acted_on(sentence.text, at, ctx)
    return ctx.subjects.id_of(name) if name else _heading_company(sentence, ctx, at)


def _acted_on(text: str, at: int, ctx: Context) -> str | None:
    """The company the call after ``at`` is on, as its own words name it: "For Dabur India,
    Jefferies ...", "downgraded Ford", "a 'neutral' rating on Samvardhana Motherson"."""
    acted = (
        _FOR_COMPANY.match(text)
        or CALL_OBJECT.search(text, at)
        or _RECOMMENDED_OBJECT.search(text, at)
        or ON_COMPANY.search(text, at)
        or _KEPT_COMPANY.match(text)
        or _RECEIVED.match(text)
    )
    if (
        acted
        and not _NOT_COMPANY.match(acted["name"])
        and not ctx.subjects.is_word(acted["name"])
        and not is_place(acted["name"])  # "coverage of Israel's banks" ("'s" is no part of a name)
        and analysts_firm(acted["name"], ctx) is None  # "Delaney's downgrade": an analyst's
    ):
        return acted["name"]
    return None


def _heading_company(sentence: Sentence, ctx: Context, at: int) -> str | None:
    """The company heading the sentence ("BP gushed higher as Jefferies upgraded the shares"),
    else the one company it names; for "the shares", the company heading the sentence before
    in the same paragraph."""
    text = sentence.text
    breaks = list(_CLAUSE_BREAK.finditer(text, 0, at))  # "BP gushed higher as Jefferies ..."
    lead = text[: breaks[-1].start()] if breaks else ""
    # a clause with a verb of its own heads the sentence; "Finally," and a participle's
    # phrase ("Building on this, Quenwick upgraded ...") do not
    clause = re.search(r"\s[a-z]{2,}", lead) and not _PARTICIPLE_OPENS.match(lead)
    name = leading_actor(text, len(lead)) if clause else None
    if name is None and (only := ctx.subjects.only_named(text, sentence.start)):
        # "Goldman Sachs analyst Mike Burton had a change of heart on Imax Corp (IMAX)": the
        # one company the call's sentence names, wherever it stands
        return only
    if name == SELF or (name is None and re.match(r"(?:The|Its)\s+shares\b", text)):
        before = ctx.preceding()
        if before is None:
            return None
        name = leading_actor(before.text, len(before.text))
    if (
        name is None
        or name == SELF
        or is_index(name)
        or _NOT_COMPANY.match(name)
        or analysts_firm(name, ctx) is not None  # "Delaney's downgrade follows ...": an analyst
        or ctx.subjects.is_word(name)
    ):
        return None
    return ctx.subjects.id_of(name)


# "downgraded the stock to equal-weight from overweight", "moves Acme to underweight": a
# rating in any case, after the verb that changes it
_CHANGED_TO = gated(
    r"\b(?:upgrad|downgrad|mov(?:e|es|ed|ing)\b|shift|cut|lower|rais|lift|chang|revis)\w*\b"
    # no sentence's end between: "Inc. to buy" is none
    r"(?:(?!outlook|guidance|forecast|view|estimate|expectation)(?:[^.;]|\.(?=\s+[a-z]))){0,110}?"
    r"\b(?:to|from)\s+(?:an?\s+)?$",
    re.I,
)


# (a quote mark may be written doubled: "a ‘’Buy’’ rating", as some sites type one)
# ("24 have a buy or equivalent rating", "a buy or better rating": the class, widened)
_RATING_NOUN = re.compile(
    r"\s*[\"”’']{0,2}\s*(?:or\s+(?:equivalent|better|higher|above|similar)\s+)?"
    r"(?:rating|recommendation|call|opinion|stance)\b"
)
# A determiner or possessive right before a rating term ("an outperform rating")
_OWNED = re.compile(r"\b(?:an?|its|their|his|her|our)\s+[\"“‘’']{0,2}$", re.I)


_FIELD_AFTER_LABEL = re.compile(r"[\w)]:\s*[\"“‘']?$")
_FIELD_END = re.compile(r"[\"”’']?\s*\|")
_RATING_LABEL = re.compile(
    r"\b(?:rating|recommendation|opinion)\s*:\s*[\"“‘']?$|"
    # "the consensus rating for Zorvex shares is hold", "an average recommendation of buy"
    r"\b(?:consensus|average|mean)\s+(?:analyst\s+)?(?:rating|recommendation)\s+"
    r"(?:(?:for|on)\s+[^.;]{1,40}?\s+)?(?:is|of|at|stands\s+at|remains)\s+(?:an?\s+)?[\"“‘']?$",
    re.I,
)


# "rate it a", "assign the stock": the verb of a counted rating, before the rating
_RATES_IT = re.compile(
    r"\b(?:rate[ds]?|assign(?:s|ed)?|give[sn]?|gave|deem(?:s|ed)?|consider(?:s|ed)?|calls?|"
    r"see|designat(?:e[ds]?))\s+(?:it|the\s+stock|the\s+shares|"
    # "Goldman Sachs rates Microsoft as a buy"
    r"(?-i:[A-Z][\w.&'’-]*)(?:\s+(?-i:[A-Z][\w.&'’-]*)){0,3}(?:['’]s)?(?:\s+(?:shares|stock))?)"
    r"\s+(?:as\s+|with\s+)?(?:an?\s+)?$|"
    # a tally's later counts, its verb left out: "18 rate it a buy, 9 a hold and 3 a sell"
    # "15 rate it a buy or higher, eight a hold and none a sell", "one analyst has rated
    # Zorvex with a sell, nine with a hold, and nine with a buy rating"
    r"\b(?:rate[ds]?|assign(?:s|ed)?|give[sn]?|gave)\s+(?:it|the\s+stock|the\s+shares|"
    r"(?-i:[A-Z][\w.&-]*))\s+(?:with\s+)?(?:an?\s+)?\w+(?:\s+\w+){0,2}"
    rf"(?:[,;]\s+(?:and\s+)?(?:\d+|{COUNT_WORDS})\s+(?:with\s+)?(?:an?\s+)?\w+(?:\s+\w+){{0,2}})*"
    # ... and without their article: "12 rate it buy, six hold and two sell"
    rf"(?:[,;]|,?\s+and)\s+(?:\d+|{COUNT_WORDS}|none)\s+(?:with\s+)?(?:an?\s+)?$",
    re.I,
)


def _is_rating_use(text: str, start: int, end: int, term: str) -> bool:
    if term.casefold() in _RECOMMENDED:
        return _RECOMMEND_BEFORE.search(text, max(0, start - 30), start) is not None
    return _is_rating_term_use(text, start, end, term)


def _is_rating_term_use(text: str, start: int, end: int, term: str) -> bool:
    quoted = text[max(0, start - 1) : start] in "\"“‘'" and start > 0
    if _CHANGED_TO.search(text[max(0, start - 130) : start]):
        return True
    follows = _RATING_NOUN.match(text, end) is not None
    if follows and _OWNED.search(text, max(0, start - 10), start):
        return True  # "an outperform rating", "its equal-weight rating", "a buy call": any case
    # a broker's line, "Quenwick: buy | TP ...", or a labelled rating, "Oddo (rating: neutral)"
    field = _FIELD_AFTER_LABEL.search(text, 0, start) and _FIELD_END.match(text, end)
    if field or _RATING_LABEL.search(text, 0, start):
        return True
    if term.casefold() not in _AMBIGUOUS:
        return term[:1].isupper() or quoted
    capitalised = (term[:1].isupper() and term[1:2].islower()) or term.isupper()
    rates_it = _RATES_IT.search(text, max(0, start - 200), start)
    counted = _counted(text, start) or _OUT_OF.search(text, 0, start)
    if rates_it or ((follows or capitalised or quoted) and counted):
        # "twelve have given it a hold rating", "18 assign it Buy", "12 rate it a buy", "13 of
        # the 19 analysts covering it rate it a buy": a count of ratings; "Goldman Sachs rates
        # Microsoft as a buy": a firm's; not a verb with its object, "18 rate it a buy; 9 hold
        # the shares in funds"
        return follows or capitalised or quoted or _HELD_AFTER.match(text, end) is None
    return (quoted or capitalised) and (
        follows or quoted or _RATING_CONTEXT.search(text[max(0, start - 30) : start]) is not None
    )


# What a verb "hold", "buy" or "sell" acts on: no rating follows it
_HELD_AFTER = re.compile(r"\s+(?:the|its?|their|some|shares?|stocks?|stakes?|positions?)\b", re.I)


@per_sentence  # asked by the ratings and the consensus, and of the sentence before
def _rating_terms(text: str) -> tuple[re.Match[str], ...]:
    return tuple(
        m
        for m in rating_pattern().finditer(text)
        if _is_rating_use(text, m.start(), m.end(), m.group("rating"))
    )


# What opens a previous rating: "from Buy", "from an “overweight”", "from its previous
# “overweight” rating"
_FROM_RATING = (
    r"(?:\bfrom\s+(?:(?:an?|its|the|their)\s+)?(?:(?:previous|prior|earlier|former|existing)\s+)?|"
    # "Downgraded its rating to Neutral which previously was Overweight"
    r"\b(?:which|that)\s+(?:previously|earlier|formerly)\s+was\s+(?:an?\s+)?)"
    r"[\"“‘']?"
)
_BEFORE_PREVIOUS = re.compile(_FROM_RATING + "$", re.I)


@cache
def _previous_rating_pattern() -> re.Pattern[str]:
    return re.compile(rf"{_FROM_RATING}(?P<p>{rating_alternation()})(?![\w-])", re.IGNORECASE)


# Between a previous rating and the current one written after it: "from Hold to Buy", "from
# Sell all the way to Neutral"
_FROM_TO = re.compile(
    r"[\"”’']?(?:\s+(?:rating|recommendation|call|stance))?(?:\s+(?!target|price)[a-z]+){0,3}?"
    r"\s+to\s+(?:an?\s+)?[\"“‘']?"
)
_PREVIOUS_REACH = 45  # characters after the current rating: "to Add from its earlier Reduce"


@cache
def _bracketed_previous_pattern() -> re.Pattern[str]:
    """The previous rating in brackets right after the current one: "to 'buy' (hold)"."""
    return re.compile(
        rf"[\"”’']?\s*\(\s*[\"“‘']?(?P<p>{rating_alternation()})[\"”’']?\s*\)", re.IGNORECASE
    )


def _previous_of(text: str, term: re.Match[str]) -> str | None:
    """The previous rating of the rating ``term``: written after it ("to 'Add' from 'Reduce'",
    "to 'buy' (hold)") or before it ("from Hold to Buy"), in its own clause: in "retained
    'Hold' ..., while Kotak upgraded it to 'Add' from 'Reduce'", "Hold" has none."""
    if bracketed := _bracketed_previous_pattern().match(text, term.end()):
        return bracketed["p"]
    previous = _previous_rating_pattern()
    after = previous.search(text, term.end(), term.end() + _PREVIOUS_REACH)
    if after and not _rating_between(text, term.end(), after.start()):
        return after["p"]
    before = [
        m
        for m in previous.finditer(text, max(0, term.start() - _PREVIOUS_REACH), term.start())
        if _FROM_TO.fullmatch(text, m.end(), term.start())
    ]
    return before[-1]["p"] if before else None


def _rating_between(text: str, start: int, end: int) -> bool:
    return any(start <= m.start() < end for m in _rating_terms(text))


# A rating told by the way the firm moved it, the verb right before it: "was raised to
# Overweight at Stephens", "cut Acme to Sell", "lifted the shares to a buy"
_MOVED_TO = (  # "the shares" may come between, no target: "raised their target price to Neutral"
    r"\s+(?:(?!target|price)[\w.&'’-]+\s+){0,4}?to\s+(?:an?\s+)?[\"“‘']?$"
)
_MOVED = (
    ("upgrade", re.compile(r"\b(?:raised|lifted|boosted|bumped|moved\s+up)" + _MOVED_TO, re.I)),
    ("downgrade", re.compile(r"\b(?:cut|lowered|trimmed|moved\s+down)" + _MOVED_TO, re.I)),
)


def _action(text: str, current: int, previous: int | None, before: str = "") -> str | None:
    """The action of a call: the ratings' order when both are written, else the verb
    (``before``: the text up to the rating).

    >>> _action("was cut to Sell at Northland", 4, None, "was cut to ")
    'downgrade'
    >>> text = "raised its price target to $50 and kept it at Buy"
    >>> _action(text, 2, None, text[: text.index("Buy")])
    'reiterate'
    """
    if previous is not None and previous != current:
        return "upgrade" if current < previous else "downgrade"
    for name, moved in _MOVED:
        if moved.search(before[-80:]):
            return name
    # the verb nearest before the rating, else the first after it: in "Nuvama retained Hold,
    # while Kotak upgraded the stock to Add", Hold is kept
    found = sorted((m.start(), name) for name, p in _ACTIONS for m in p.finditer(text))
    told = [name for at, name in found if at < len(before)]
    return told[-1] if told else found[0][1] if found else None


def ratings(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """A firm's rating, with its action and previous rating when written."""
    text = sentence.text
    who = _who(sentence, ctx)
    terms = _rating_terms(text)
    if not terms or (_CONSENSUS_CUE.search(text) and not who.firms):
        return
    firms = who.firms
    firm_names = [who.pronoun] if who.pronoun else []
    done: set[str] = set()
    for m in terms:
        if _BEFORE_PREVIOUS.search(text, max(0, m.start() - 30), m.start()):
            continue  # the previous rating; read below with the current one
        firm = _agent_after(text, firms, m.end()) or nearest_before(firms, m.start())
        firm = firm or _passive_agent(text, firms)
        name = firm.id if firm else (firm_names[0] if firm_names else None)
        if name is None or name in done:
            continue
        cls, score = rate(m.group("rating")) or ("hold", 3)
        previous = _previous_of(text, m)
        prev_rated = rate(previous) if previous else None
        prev_score = prev_rated[1] if prev_rated else None
        done.add(name)
        listed: list[str | None] = [
            *(_companies_listed(text, m.end(), ctx) or _objects_listed(text, m.start(), ctx))
        ]
        if not listed and (rated := _rated_company(text, m, ctx)) is not None:
            listed = [rated]
        together = _together(text, firm, firms) if firm else []
        done.update(together)
        call = {
            "rating": m.group("rating"),
            "rating_normalized": cls,
            "rating_score": score,
            "action": _action(text, score, prev_score, text[: m.start()]),
            "previous_rating": previous,
        }
        for subject, each in itertools.product(listed or [who.subject], [name, *together]):
            yield Draft(
                "analyst_rating",
                {"firm": each, **call},
                confidence=0.9 if firm else 0.6,
                subject=subject,
                occurrence=_call_time(who.occurrence, ctx),
            )


# "its buy recommendation for Akbank, Garanti, Yapı Kredi and İş Bankası", "for public banks
# Halkbank and Vakıfbank": a rating on each company of a list
_COMPANY_NAME = r"[A-ZÀ-ÖØ-Þİ][\w&.'’-]*(?:\s+[A-ZÀ-ÖØ-Þİ][\w&.'’-]*){0,3}"
_LISTED = re.compile(
    r"[\"”’']?\s*(?:rating|recommendation|call|stance)s?\s+(?:on|for)\s+(?:[a-z]+\s+){0,2}"
    rf"(?P<list>{_COMPANY_NAME}(?:\s*,\s*{_COMPANY_NAME})*,?\s+and\s+{_COMPANY_NAME})"
    # "... on Ostral, and Harlow Capital reiterated ...": a name with a verb opens a clause
    r"(?![\w&'’-]|\s+[A-ZÀ-ÖØ-Þİ])(?!\s+(?:has|have|had|also|is|was|[a-z]+ed)\b)"
)


# The company one rating of a sentence is on, named right after it ("while Nomura has maintained
# a 'neutral' rating on Samvardhana Motherson") or right before it ("while National Bank of
# Greece remains at a neutral rating")
_RATED_ON = re.compile(
    r"[\"”’']?\s*(?:rating|recommendation|call|stance)\s+(?:on|for)\s+(?:shares\s+of\s+)?"
    rf"{NO_CALENDAR_WORD}(?P<name>{_COMPANY_NAME})"
)
_KEPT_AT_RATING = re.compile(  # a second clause's (the first's is `_KEPT_COMPANY`'s)
    r"\b(?:while|whereas|and|but)\s+(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w&.'’-]*){0,4})\s+"
    r"(?:remains|stays|is\s+kept|was\s+kept)\s+(?:at\s+)?(?:an?\s+)?[\"“‘']?$"
)


def _rated_company(text: str, term: re.Match[str], ctx: Context) -> str | None:
    """The company the rating ``term`` is said to be on, when the words around it name one."""
    m = _RATED_ON.match(text, term.end()) or _KEPT_AT_RATING.search(text, 0, term.start())
    if m is None:
        return None
    name = m["name"].rstrip(".")
    if ctx.subjects.is_word(name) or is_index(name) or _NOT_COMPANY.match(name) or is_place(name):
        return None
    if find_entities(name, kinds=("firm", "investor", "index")):
        return None
    return ctx.subjects.id_of(name)


def _companies_listed(text: str, after: int, ctx: Context) -> list[str]:
    """The companies a rating is on when it names a list of them, each once."""
    m = _LISTED.match(text, after)
    if m is None:
        return []
    names = NAMES_SPLIT.split(m.group("list"))
    if any(find_entities(n, kinds=("firm", "investor", "index")) for n in names):
        return []
    return list(dict.fromkeys(ctx.subjects.id_of(n.strip().rstrip(".")) for n in names))


# The companies a call's verb acts on, listed before the rating: "The bank upgraded Cipher
# Mining (CIFR) and CleanSpark (CLSK) to overweight from neutral"
_LISTED_NAME = rf"{_COMPANY_NAME}(?:\s+\([^()]{{1,16}}\))?"
_OBJECTS = re.compile(
    r"\b(?:upgrad|downgrad|rais|cut|lower|mov|lift|initiat|reiterat|start)\w*\s+"
    r"(?:(?:coverage|shares)\s+(?:of|on)\s+)?"
    rf"(?P<list>{_LISTED_NAME}(?:\s*,\s*{_LISTED_NAME})*,?\s+and\s+{_LISTED_NAME})"
    r"\s+(?:each\s+|both\s+)?(?:to|at|with)\s+(?:an?\s+)?[\"“‘']?$",
    re.I,
)
_TICKER_BRACKET = re.compile(r"\s+\([^()]{1,16}\)")


def _objects_listed(text: str, at: int, ctx: Context) -> list[str]:
    """The companies a call's verb lists before the rating at ``at``, each once."""
    m = _OBJECTS.search(text, max(0, at - 200), at)
    if m is None:
        return []
    names = [n.strip() for n in NAMES_SPLIT.split(_TICKER_BRACKET.sub("", m["list"]))]
    if not all(n[:1].isupper() for n in names) or any(
        find_entities(n, kinds=("firm", "investor", "index")) or is_place(n) for n in names
    ):
        return []
    return list(dict.fromkeys(ctx.subjects.id_of(n) for n in names))


def _target_action(text: str) -> str | None:
    """The action of the target written at the end of ``text``: an initiation anywhere, else
    the verb nearest before it that raises, cuts or keeps ("Leerink reiterated a $75 target,
    while Wells Fargo nudged its target up to $55": a raise), else a set ("with a")."""
    if re.search(r"\binitiat|\b(?:start|began|begin|launch|assum|resum)\w*\s+coverage", text, re.I):
        return "initiate"
    found = [
        (m.start(), -rank, name)
        for rank, (name, pattern) in enumerate(_TARGET_ACTIONS)
        for m in pattern.finditer(text)
    ]
    if found and (sets := list(_SET_VERB.finditer(text))) and sets[-1].start() > max(found)[0]:
        return "set"  # "KB raised its target ..., while Mirae Asset set a target of 125,000 won"
    return max(found)[2] if found else "set" if _SETS.search(text) else None


def _cue_for(cues: list[re.Match[str]], text: str, start: int, end: int) -> re.Match[str] | None:
    """The target cue an amount belongs to: right after it ("a $400 price target") or before
    it within 70 characters ("price target of $190")."""
    if _CUE_AFTER.match(text[end:]):
        return next((c for c in cues if c.start() >= end), None)
    cue = next((c for c in reversed(cues) if c.start() < start), None)
    if cue is None:
        return None
    near = start - cue.end() <= 70
    listed = start - cue.end() <= _LIST_REACH and _FIRM_TO.search(text, cue.end(), start)
    named = start - cue.end() <= _NAMED_REACH and _FOR_NAME_TO.fullmatch(text, cue.end(), start)
    return cue if near or listed or named or _AND_FOR.search(text, cue.end(), start) else None


# "price target for Fomento Económico Mexicano, S.A.B. de C.V. (NYSE:FMX), known as FEMSA, from
# $107 to $105": a company's long name between the cue and its change, which ends the clause
_FOR_NAME_TO = re.compile(
    r"\s+(?:for|on)\s+[A-Z][^;$€£¥\d]*?\bfrom\s+\S{1,14}(?:\s+[a-z]{3,10})?\s+to\s*"
)
_NAMED_REACH = 130  # characters


# "raised their targets after the results: Morgan Stanley to $150, Goldman Sachs to $155 and
# UBS to $148": each firm's target, one item of a list after the cue
# ... or from its previous one ("..., Raymond James from US$24.90 to US$34.40")
_FIRM_TO = re.compile(
    r"(?:[,:;]\s*|\b(?:and|while|whereas)\s+)[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}\s+"
    # "..., while Morgan Stanley moved to $95 from $90"
    r"(?:(?:moved|went|raised|lifted|cut|lowered|trimmed|boosted)\s+(?:it\s+)?)?"
    r"(?:from\s+[^\s,;]{1,14}\s+)?to\s*$"
)
_LIST_REACH = 200  # characters


# "... its target price for Acme to 200,000 won and for Globex to 950,000 won": the same cue
_AND_FOR = re.compile(  # "and for SK hynix to": a name may end in a word in lower case
    r"\band\s+for\s+(?P<name>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}(?:\s+(?!to\b)[a-z][\w-]*)?)"
    r"\s+to\s+$"
)


_RANGE_JOIN = re.compile(r"\s*(?:-|–|—|to|and)\s*")
_BETWEEN = re.compile(r"\b(?:between|range\s+of|ranging\s+from|range)\s+(?:\w+\s+){0,2}$", re.I)


def _range_tops(text: str, amounts: list[Amount]) -> dict[int, Amount]:
    """The top of each range of targets, by the start of its bottom: "between Rs 2,100 and Rs
    2,250", "of $40-$45" ("from $80 to $95" is a change, not a range)."""
    return {
        a.start: b
        for a, b in itertools.pairwise(amounts)
        if _RANGE_JOIN.fullmatch(text[a.end : b.start])
        and (text[a.end : b.start].strip() in "-–—" or _BETWEEN.search(text, 0, a.start))
    }


# "to $95, from $80", "to HKD179 (USD22.92) a share from HKD206", "HKD120, down from HKD180",
# "$176 represents a solid jump from the previous $144 target"
_PREVIOUS_AFTER = re.compile(
    # "to RM2.15/share (from RM2.00/share previously)"
    r"\s*(?:\([^()]{1,20}\)\s*)?(?:(?:(?:a|per)\s+share|/\s?share|apiece|each)\s*)?[,(]?\s*"
    r"(?:(?:represents?|represented|marks?|marked|is|was)\s+an?\s+(?:[a-z-]+\s+){0,2}"
    rf"(?P<noun>{_CHANGE_NOUN})\s+)?"
    r"(?:(?P<dir>up|down)?\s*from\s+"
    # "from a previous", "from just $10.01", "from its earlier"
    r"(?:(?:a|an|its|the)\s+)?(?:previous|prior|earlier|just|only)?\s*|"
    # a broker's note: "to S$11.70 (previously S$10.85)", "RM5.60 (prev: RM5.20)"
    r"(?<=\()\s*(?:previously|prev\.?|earlier|old(?:\s+TP)?)\s*:?\s*)",
    re.I,
)


def _after_action(m: re.Match[str] | None) -> str | None:
    """The change a target's own words give after it (``m``: `_PREVIOUS_AFTER` matched there):
    "HKD120, down from HKD180" is a cut."""
    if m is None:
        return None
    if m.group("noun"):
        return "raise" if _RAISE_NOUN.fullmatch(m.group("noun")) else "cut"
    if m.group("dir") is None:
        return None
    return "raise" if m.group("dir").lower() == "up" else "cut"


_FROM_BEFORE = re.compile(
    r"\bfrom\s+(?:(?:a|an|its|the)\s+)?(?:(?:previous|prior|earlier|just|only)\s+)?$", re.I
)
_IN_BRACKETS = re.compile(r"\s*\(\s*")


def _previous_target(
    text: str, a: Amount, amounts: list[Amount], prev: re.Match[str] | None
) -> float | None:
    """The target before ``a``: written after it ("to $95, from $80") or first ("from $315.00
    to $280.00")."""
    if prev:
        later = [b for b in amounts if b.start >= prev.end() - 1]
        return later[0].value if later and later[0].start - prev.end() < 3 else None
    # "trimmed the price target to 48p (55p)": the previous one in brackets, in the same money
    # (not its translation: "HKD179 (USD22.92)")
    bracketed = next((b for b in amounts if b.start > a.end), None)
    if (
        bracketed is not None
        and bracketed.currency == a.currency
        and _IN_BRACKETS.fullmatch(text[a.end : bracketed.start])
        and text.startswith(")", bracketed.end)
    ):
        return bracketed.value
    earlier = [b for b in amounts if b.end <= a.start]
    written = earlier and re.fullmatch(
        # "from $315.00 to $280.00", "from 120 SEK down to 110 SEK"
        r"(?:/\s?share)?\s+(?:(?:apiece|each|a\s+share|per\s+share)\s+)?(?:(?:up|down)\s+)?to\s+",
        text[earlier[-1].end : a.start],
    )
    if written and _FROM_BEFORE.search(text, 0, earlier[-1].start):
        return earlier[-1].value
    # a bare figure first, in the money of the target after it: "from 95 to 120 euros"
    bare = _BARE_FROM.search(text, 0, a.start)
    if bare is None:
        return None
    value = parse_number(bare["n"])
    return value if a.value / 5 <= value <= a.value * 5 else None


_BARE_FROM = re.compile(
    r"\bfrom\s+(?:(?:a|an|its|the)\s+)?(?:(?:previous|prior|earlier)\s+)?"
    r"(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?)\s+(?:(?:up|down)\s+)?to\s+$",
    re.I,
)


def _changed(told: str | None, value: float, previous: float | None) -> str | None:
    """A target's action: the one its words tell (``told``), unless they tell only that it was
    set or kept while its previous value differs ("with a new target price of 890p (850p)": a
    raise)."""
    if told in (None, "set", "maintain") and previous is not None and previous != value:
        return _by(value, previous)
    return told


def _by(value: float, previous: float | None) -> str | None:
    """What a target's change did, told by its figures alone ("revised its price target from
    120 SEK down to 110 SEK")."""
    if previous is None or value == previous:
        return None
    return "raise" if value > previous else "cut"


def targets(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """Each firm's price target or fair value, with its previous value ("from $178"); a list
    of firms' targets (`_firms_targets`), or of one note's companies (`_companies_calls`),
    read as one."""
    who = _who(sentence, ctx)
    cues = list(_TARGET_CUE.finditer(sentence.text))
    listed = list(_firms_targets(sentence.text, bool(cues), ctx))
    if not listed and cues:
        listed = list(_companies_calls(sentence.text, who, ctx))
    yield from listed or (_each_target(sentence.text, cues, who, ctx) if cues else ())


# A company and one note's call on it in brackets, its target first: "on HSBC (940 pence from
# 870, Neutral)", "Santander (8.80 from 7.50 euros, Neutral)", "ING (25 from 22.60, Overweight)"
_CALL_ITEM = re.compile(
    rf"(?P<name>{_COMPANY_NAME})\s*\((?P<pre>[A-Z]{{3}}\s?|[$€£¥₹])?(?P<new>\d(?:[\d,.]*\d)?)"
    r"(?:\s*(?P<unit>[^\s\d,()]{1,6}))?\s+from\s+(?:[A-Z]{3}\s?|[$€£¥₹])?(?P<old>\d(?:[\d,.]*\d)?)"
    r"(?:\s*(?P<unit2>[^\s\d,()]{1,6}))?\s*(?:,\s*(?P<rating>[^(),\d]{2,30}?))?\s*\)"
)


# The same with the change drawn as an arrow, the old target first: "UNH (373→429)", "Acme
# ($41 ➝ $45, Buy)", as target roundups and ratings tables write them
_ARROWS = "→➝➔"
_ARROW_ITEM = re.compile(
    rf"(?P<name>{_COMPANY_NAME})\s*\((?P<pre>[A-Z]{{3}}\s?|[$€£¥₹])?(?P<old>\d(?:[\d,.]*\d)?)"
    rf"\s*[{_ARROWS}]\s*(?:[A-Z]{{3}}\s?|[$€£¥₹])?(?P<new>\d(?:[\d,.]*\d)?)"
    r"(?:\s*(?P<unit>[^\s\d,()]{1,6}))?\s*(?:,\s*(?P<rating>[^(),\d]{2,30}?))?\s*\)"
)


@per_sentence
def _call_items(text: str) -> tuple[re.Match[str], ...]:
    """The bracketed calls of a sentence (`_CALL_ITEM`, `_ARROW_ITEM`), in their order."""
    if "(" not in text:
        return ()
    items = [*_CALL_ITEM.finditer(text)] if " from " in text else []
    if any(arrow in text for arrow in _ARROWS):
        items += _ARROW_ITEM.finditer(text)
    return tuple(sorted(items, key=lambda m: m.start()))


def _companies_calls(text: str, who: _Who, ctx: Context) -> Iterator[Draft]:
    """One note's targets and ratings on several companies, each in brackets after its name:
    the firm is the sentence's, else the one a pronoun or the note just told stands for."""
    items = _call_items(text)
    if not items:
        return
    memory = ctx.memory(_Firms)
    recent = memory.last if ctx.index - memory.acted <= _SAME_NOTE else None
    for m in items:
        firm = nearest_before([f for f in who.firms if f.end <= m.start()], m.start())
        name = firm.id if firm else who.pronoun or recent
        subject = ctx.subjects.id_of(m["name"])
        if name is None or name in (subject, m["name"]):
            continue
        unit = m["unit"] or m.groupdict().get("unit2") or ""
        new, old = (
            find_money(f"{m['pre'] or ''}{m[g]} {unit}") if unit or m["pre"] else []
            for g in ("new", "old")
        )
        value, previous = parse_number(m["new"]), parse_number(m["old"])
        when = _call_time(who.occurrence, ctx)
        yield Draft(
            "price_target",
            {
                "firm": name,
                "value": value,
                "currency": (new or old)[0].currency if new or old else None,
                "previous_value": previous,
                "action": _by(value, previous),
                "target_type": "price_target",
                "qualifier": "exact",
            },
            confidence=0.8,
            subject=subject,
            occurrence=when,
        )
        written = (m["rating"] or "").strip()
        if rated := rate(written):
            yield Draft(
                "analyst_rating",
                {
                    "firm": name,
                    "rating": written,
                    "rating_normalized": rated[0],
                    "rating_score": rated[1],
                    "previous_rating": None,
                    "action": None,
                },
                confidence=0.8,
                subject=subject,
                occurrence=when,
            )


_BY_STEP = re.compile(
    r"\bby\s+(?:(?:more\s+than|over|about|around|nearly|almost|some|roughly)\s+)?$", re.I
)
_STEP_TO = re.compile(r"\s+(?:from\s+\S+(?:\s+[A-Z]{3}|\s+\w+)?\s+)?to\s", re.I)


def _each_target(text: str, cues: list[re.Match[str]], who: _Who, ctx: Context) -> Iterator[Draft]:
    """The target each amount near a target's cue (``cues``) is."""
    amounts = [a for a in find_money(text) if is_per_share(a, text)]
    tops = _range_tops(text, amounts)
    respective = _respective_companies(text, amounts, ctx)
    for a in amounts:
        if any(top.start == a.start for top in tops.values()):
            continue  # read as the top of the range before it
        cue = _cue_for(cues, text, a.start, a.end) or (cues[0] if a.start in respective else None)
        if cue is None:
            continue
        if re.search(r"\bfrom\s*$", text[max(0, a.start - 8) : a.start], re.I):
            continue
        if _PRICE_BEFORE.search(text, max(0, a.start - 40), a.start):
            continue  # "implies 27% upside from Tuesday's close of $49.23": the share's price
        if _BY_STEP.search(text, max(0, a.start - 30), a.start) and _STEP_TO.match(text, a.end):
            # "lowered the target by $29 to $187", "raised it by more than 30,000 KRW from
            # 114,000 KRW to 145,000 KRW": the step, not the target
            continue
        if _CONSENSUS_CUE.search(window(text, cue.start(), cue.end(), 30, 5)):
            continue
        firm = nearest_before(who.firms, a.start)
        name = firm.id if firm else who.pronoun
        if name is None:
            continue
        after = _PREVIOUS_AFTER.match(text, a.end)
        previous = _previous_target(text, a, amounts, after)
        target = {
            "value": a.value,
            "currency": a.currency,
            "previous_value": previous,
            "action": _changed(
                _after_action(after) or _target_action(text[: a.start]), a.value, previous
            ),
            "target_type": "fair_value" if cue.group("fv") else "price_target",
            "value_high": tops[a.start].value if a.start in tops else None,
            "qualifier": a.qualifier,
        }
        subject = respective.get(a.start) or _target_for(text, a.start, ctx) or who.subject
        together = _together(text, firm, who.firms) if firm and len(amounts) == 1 else []
        for each in [*together, name]:
            yield Draft(
                "price_target",
                {"firm": each, **target},
                confidence=0.9 if firm else 0.6,
                subject=subject,
                occurrence=_call_time(who.occurrence, ctx),
            )


# The share's price named before an amount: "Tuesday's close of $49.23", "the current price of
# $53.57", "the stock's last closing price of $53.80" (not "the fair value of Zenith Bank's
# share price at N69.78", a target)
_PRICE_BEFORE = re.compile(
    r"\b(?:close|closing(?:\s+(?:price|level))?|(?:current|last|latest|recent)\s+price)\s+"
    r"(?:of|at)\s+(?:about\s+|around\s+)?$",
    re.I,
)


# A firm and its target in a list of them: "BMO (to $128 from $107)", "Quenwick to $45 from
# $40", "RBC raised to $90 from $85", the target told once before them ("Other analysts making
# target adjustments include: ...", "The biggest increases came from ...")
_FIRM_ITEM = re.compile(
    rf"(?:^|[,;:]\s*|\band\s+|\bfrom\s+)(?P<name>{FIRM_NAME})\s*\(?\s*"
    # ("while Morgan Stanley moved to $95 from $90": a move says no direction, its figures do)
    r"(?:(?P<verb>raised|lifted|increased|bumped|boosted|hiked|cut|lowered|trimmed|reduced|moved|"
    r"went|took\s+it)\s+(?:it\s+)?)?"
    r"to\s+$"
)
# ... or the target first, then its firm: "Other targets include Rs 300 from Motilal, Rs 280
# from Nomura, and Rs 275 from Bernstein"
_ITEM_FROM_FIRM = re.compile(rf"\s+from\s+(?P<name>{FIRM_NAME})(?P<verb>)(?=\s*(?:[,;.]|and\b|$))")
_FIRMS_TARGETS_MIN = 2  # one firm "to $45" alone is any sentence's; a list of them is targets'


def _firms_targets(text: str, cued: bool, ctx: Context) -> Iterator[Draft]:
    """The targets of a list of firms, each "<firm> (to <new> from <old>)", in a sentence that
    names targets or after one that does."""
    before = ctx.preceding()
    if not cued and not (before is not None and _TARGET_CUE.search(before.text)):
        return
    amounts = [a for a in find_money(text) if is_per_share(a, text)]
    found = []
    for a in amounts:
        m = _FIRM_ITEM.search(text, max(0, a.start - 60), a.start)
        if m is None or m.end() != a.start:
            m = _ITEM_FROM_FIRM.match(text, a.end)  # "Rs 300 from Motilal, Rs 280 from Nomura"
            if m is None:
                continue
        name = _firm_named(m["name"], ctx)
        if name is None:
            continue
        after = _PREVIOUS_AFTER.match(text, a.end)
        previous = _previous_target(text, a, amounts, after) if after else None
        verb = (m["verb"] or "").lower()
        if verb in _UNDIRECTED:
            verb = ""  # "moved to $95 from $90": the figures tell the direction
        action = "raise" if verb in _RAISING else "cut" if verb else _by(a.value, previous)
        found.append((name, a, previous, action))
    if len(found) < _FIRMS_TARGETS_MIN:
        return
    who = _who(ctx.sentence, ctx)
    # the sentence's company, unless it is one of the firms ("Quenwick to $45 from $40, ...")
    named = {ctx.subjects.id_of(name) for name, *_ in found} | {name for name, *_ in found}
    subject = next(
        (s for s in (who.subject, ctx.sentence_subject) if s and s not in named), ctx.subject
    )
    for name, a, previous, action in found:
        yield Draft(
            "price_target",
            {
                "firm": name,
                "value": a.value,
                "currency": a.currency,
                "previous_value": previous,
                "action": action,
                "target_type": "price_target",
                "qualifier": a.qualifier,
            },
            confidence=0.8,
            subject=subject,
            occurrence=_call_time(who.occurrence, ctx),
        )


_RAISING = frozenset({"raised", "lifted", "increased", "bumped", "boosted", "hiked"})
_UNDIRECTED = frozenset({"moved", "went", "took it"})


def _firm_named(name: str, ctx: Context) -> str | None:
    """The firm ``name`` is, in a list of firms' targets: any name but a company's, a
    rating's or a word's."""
    name = name.strip()
    known = find_entities(name, kinds=("firm",))
    if known and known[0].start == 0:
        return known[0].id
    words = name.lower().split()
    if not words or words[0] in _NOT_FIRM_WORDS or rate(name) is not None:
        return None
    if ctx.subjects.mentions(name) or find_entities(name, kinds=("company", "index", "investor")):
        return None
    return canonical(name, "firm")


_NOT_FIRM_WORDS = frozenset({"the", "it", "its", "shares", "stock", "target", "price", "analysts"})


# "its target prices for Samsung Electronics and SK hynix to 240,000 won and 1.2 million won,
# respectively": a name may end in a word in lower case ("SK hynix")
_RESPECTIVE_NAME = _COMPANY_NAME + r"(?:\s+(?!(?:and|or|to)\b)[a-z][\w-]*)?"
_TARGETS_FOR_LIST = re.compile(
    r"\b(?:price\s+targets?|targets?(?:\s+prices?)?|fair\s+values?)\s+(?:for|on)\s+"
    rf"(?P<list>{_RESPECTIVE_NAME}(?:\s*,\s*{_RESPECTIVE_NAME})*,?\s+and\s+{_RESPECTIVE_NAME})"
    r"\s+(?:to|at|of)\s"
)


def _respective_companies(text: str, amounts: list[Amount], ctx: Context) -> dict[int, str]:
    """The company of each target a "respectively" pairs with a list of companies, by the
    start of its amount: the n-th amount after the list is the n-th company's."""
    if "respectively" not in text:
        return {}
    listed = _TARGETS_FOR_LIST.search(text)
    if listed is None:
        return {}
    names = [n.strip() for n in NAMES_SPLIT.split(listed["list"]) if n.strip()]
    after = [a for a in amounts if a.start >= listed.end("list")]
    if len(after) != len(names):
        return {}
    return {a.start: ctx.subjects.id_of(name) for a, name in zip(after, names, strict=True)}


def _together(text: str, firm: Mention, firms: list[Mention]) -> list[str]:
    """The other firms named with ``firm`` as one actor ("Citi and Barclays both raised their
    targets to $300", "Goldman Sachs and Investec ... recommended buying"): each makes the
    same call."""
    chain = [firm]
    for other in reversed([f for f in firms if f.end <= firm.start]):
        if not _JOINED.fullmatch(text, other.end, chain[0].start):
            break
        chain.insert(0, other)
    for other in [f for f in firms if f.start >= firm.end]:
        if not _JOINED.fullmatch(text, chain[-1].end, other.start):
            break
        chain.append(other)
    return [f.id for f in chain if f is not firm]


_JOINED = re.compile(r"\s*(?:,|,?\s*and|&)\s*")


def _target_for(text: str, at: int, ctx: Context) -> str | None:
    """The company a target at ``at`` is for, when its own clause names one ("raised its
    target for Samsung Electronics to 260,000 won and its target for SK hynix to 1.5 million
    won"): the last "target for X" before it, in the same clause."""
    lead = text[max(0, at - _TARGET_FOR_REACH) : at]
    if also := _AND_FOR.search(lead):
        return ctx.subjects.id_of(_in_full(also, lead))
    named = sorted(
        [*ON_COMPANY.finditer(lead), *_OWNED_TARGET.finditer(lead), *_ITS_NAMED.finditer(lead)],
        key=lambda m: m.end(),
    )
    if not named or re.search(r";|\band\s+(?:its|the|a)\s+(?!target)", lead[named[-1].end() :]):
        return None
    name = _in_full(named[-1], lead)
    if (
        ctx.subjects.is_word(name)
        or is_index(name)
        or _NOT_COMPANY.match(name)
        or analysts_firm(name, ctx) is not None  # "Volkert's price target": an analyst's own
        or resolve_entity(name, "firm") is not None  # "JPMorgan's target of $60": the firm's
    ):
        return None
    return ctx.subjects.id_of(name)


_TARGET_FOR_REACH = 90  # characters: a clause
_LOWER_TAIL = re.compile(r"\s+[a-z][\w-]*")


def _in_full(named: re.Match[str], text: str) -> str:
    """The company's name ``named`` matched in ``text``, with the word in lower case that ends
    it where the alias table knows the longer name ("SK hynix", not "SK")."""
    name = named["name"]
    tail = _LOWER_TAIL.match(text, named.end("name"))
    if tail is None:
        return name
    longer = name + tail[0]
    known = find_entities(longer, kinds=("company",))
    return longer if known and known[0].start == 0 and known[0].end == len(longer) else name


# "increased Airtel Africa's target price to N3,458", "MTN Nigeria's target price was revised"
_OWNED_TARGET = re.compile(
    r"(?<![\w&.'’-])(?P<name>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})['’]s\s+"
    r"(?:(?:12|twelve)[\s-]month\s+)?(?:price\s+target|target(?:\s+price)?)\b"
)
# ... or the firm's own target named by its company: "raised its CleanSpark price target to
# $17", "It raised its Riot Platforms (RIOT) price target to $16"
_ITS_NAMED = re.compile(
    r"\b(?:its|their|his|her)\s+(?P<name>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})"
    r"(?:\s+\([A-Z]{1,6}\))?\s+(?:(?:12|twelve)[\s-]month\s+)?(?:price\s+target|target(?:\s+price)?)\b"
)
# "10 of the 14 analysts", "10 of the 14 in coverage rating it a buy"
# "13 of the 19 analysts", "Thirteen of 19 banks that follow it", "13 out of 19 brokers"
_OUT_OF = gated(
    rf"\b(?P<n>\d+|{COUNT_WORDS})\s+(?:out\s+)?of\s+(?:the\s+)?(?P<of>\d+|{COUNT_WORDS})\s+"
    r"(?:(?:\w+\s+){0,2}(?:analysts?|banks|brokers?|brokerages|(?:brokerage|research|investment)\s+"
    r"(?:firms|houses))|in\s+coverage|covering)",
    re.I,
)
# Who a consensus is counted over: "31 analysts", "from 39 brokerage firms", "by the
# twenty-nine research firms", "a buy rating based on three opinions"
_ANALYST_COUNT = gated(
    rf"\b(?P<of>\d+|{COUNT_WORDS})\s+(?:(?:[\w-]+\s+){{0,2}}?(?:analysts?|brokers?|brokerages?|"
    r"(?:brokerage|research|investment)\s+(?:firms|houses)|opinions)\b"
    # ... not the count of one class of a tally: "Nine analysts have rated the stock a hold"
    r"(?!\s+(?:(?:who\s+)?(?:have|has)\s+)?(?:rated|rate|rates|assigned|assign|given|issued|"
    r"recommend\w*|say|says|see)\b)|"
    # "Of the 22 who cover it, 12 rate it a buy"
    r"(?:who|that)\s+(?:cover|follow|track)\s+(?:it|the\s+stock|the\s+shares|the\s+company)\b)",
    re.I,
)


# A rating no analyst gives, its clause counting none: "..., 0 give it an OVERWEIGHT rating"
_NONE_GIVE = re.compile(r"(?:^|[,;]|\band\b)\s*(?:0|none|no\s+analysts?)\s+[^,;]{0,40}$", re.I)
# The count of a consensus target told in the sentence after it: "The mean estimate comprises
# 15 short-term price targets", "It is based on twelve estimates"
_COUNT_NEXT = re.compile(
    rf"\b(?:comprises|comprising|based\s+on|drawn\s+from)\s+(?P<of>\d+|{COUNT_WORDS})\s+"
    r"(?:[\w-]+\s+){0,2}?(?:price\s+targets|targets|estimates)\b",
    re.I,
)


def _analyst_count(found: re.Match[str], group: str = "of") -> int | None:
    """The number an `_ANALYST_COUNT` or `_OUT_OF` match counts analysts by (``group``: "n",
    of an `_OUT_OF` match, the part of them that gives the rating).

    >>> _analyst_count(_ANALYST_COUNT.search("by the twenty-nine research firms covering it"))
    29
    >>> out_of = _OUT_OF.search("Thirteen of the 19 banks that follow it have a buy rating")
    >>> _analyst_count(out_of), _analyst_count(out_of, "n")
    (19, 13)
    """
    word = found.group(group)
    return int(word) if word.isdigit() else word_number(word)


_COUNT_BEFORE = re.compile(
    # "There are 3 analysts who recommend BUY ratings, while 0 suggest SELL ratings"
    rf"(?:^|[,;]|\band\b|\bwhile\b|\bwhereas\b|\bthere\s+(?:are|is)\b)\s*"
    # "while the remaining 10 deem it a hold"
    r"(?:the\s+(?:remaining|other|rest\s+of\s+the)\s+)?"
    # "Five investment analysts have rated the stock with a hold rating"
    rf"(?P<n>\d+|{COUNT_WORDS}|none)\s+(?:(?:equities|investment|sell-side)\s+)?(?:research\s+)?"
    r"(?:(?:analysts?|brokers?|brokerages?|firms?)\s+)?(?:have\s+|has\s+)?"
    r"(?:rated\s+(?:it|the\s+stock|the\s+shares|[A-Z][\w.&-]*)\s+(?:with\s+)?|"
    r"(?:rate|assign|give|deem|consider|call|see|designated?)\s+(?:it|the\s+stock|the\s+shares|"
    r"[A-Z][\w.&-]*)\s+(?:as\s+)?|"
    r"given\s+(?:(?:it|the\s+stock)\s+)?|"
    r"issued\s+|assigned\s+)?(?:(?:who\s+)?(?:says?|recommends?|suggests?|advises?)\s+)?"
    r"(?:with\s+)?(?:an?\s+)?[\"“'‘]?$",
    re.I,
)
_GENERAL_RATING = gated(
    r"\banalysts\b|\bconsensus\b|\bsell[\s-]side\b|\bWall Street\b|"
    # "the stock currently has an average rating of “Hold”": the street's, whoever counts it
    r"\b(?:average|mean)\s+(?:analyst\s+|brokerage\s+)?(?:rating|recommendation)\b",
    re.I,
)


def _counted(text: str, start: int) -> re.Match[str] | None:
    """The count before a rating ("twelve have given it a hold rating"), if any."""
    return _COUNT_BEFORE.search(text[max(0, start - 70) : start])


# A call's verb acting on a rating: "lowered their rating to", "upgrade the shares from a
# hold rating to a buy rating", "has lowered its recommendation on X to underweight"
_CALL_ON_RATING = gated(
    rf"\b(?:{ANALYST_VERBS}|upgrad\w+|downgrad\w+)\b(?:(?!\b(?:consensus|average|mean)\b)[^.;]){{0,80}}$",
    re.I,
)
# ... unless the rating is said to be the consensus: "the consensus rating is Buy"
_CONSENSUS_RATING = re.compile(
    r"\b(?:consensus|average|mean|overall)\s+(?:[\w-]+\s+){0,3}?(?:rating|recommendation|view)\b"
    r"[^.;]{0,40}$",
    re.I,
)


def _a_call(text: str, term: re.Match[str], *, counted: bool) -> bool:
    """Whether the rating ``term`` is one firm's call, not the street's: a call's verb acts on
    it ("lowered their rating to Market Perform") and no count nor consensus names it."""
    if counted or _counted(text, term.start()) or _CONSENSUS_RATING.search(text, 0, term.start()):
        return False
    return _CALL_ON_RATING.search(text, 0, term.start()) is not None


# A target's word: a consensus figure without one is of the results expected ("a consensus of
# three analysts had estimated earnings per share at 49 cents", "the consensus of 328.2 pence")
_TARGET_WORD = re.compile(
    r"\b(?:targets?|objective|fair\s+value|price\s+(?:goal|prediction)|valuation)\b", re.I
)


def _consensus_target(text: str) -> tuple[float | None, str | None, str]:
    """(value, currency, qualifier) of the consensus target the sentence states, if any."""
    for cue in _CONSENSUS_CUE.finditer(text):
        if _ESTIMATE_AFTER.match(text, cue.end()):
            continue  # "the consensus estimate of $3.95": earnings expected, not a target
        if not _TARGET_WORD.search(text):
            continue  # "slightly below the analysts' consensus of 328.2 pence": earnings
        after = [a for a in find_money(text) if a.start > cue.start() and is_per_share(a, text)]
        if after and after[0].start - cue.end() < 60:
            return after[0].value, after[0].currency, after[0].qualifier
    return None, None, "exact"


def _counts(text: str) -> dict[str, int | None]:
    """Ratings counted by class: "29 rate the stock a Buy, 8 a Hold and one a Sell", "13 Buys,
    16 Holds, and no Sells"."""
    counts: dict[str, int | None] = {"buy_count": None, "hold_count": None, "sell_count": None}
    for term in _rating_terms(text):
        n = _counted(text, term.start())
        r = rate(term.group("rating"))
        if n and r and counts[f"{r[0]}_count"] is None:
            word = n.group("n")
            counts[f"{r[0]}_count"] = int(word) if word.isdigit() else word_number(word)
    for plural in _PLURAL_TALLY.finditer(text):
        r = rate(plural["rating"])
        if r and counts[f"{r[0]}_count"] is None:
            word = plural["n"].lower()
            value = (
                0 if word in ("no", "zero") else int(word) if word.isdigit() else word_number(word)
            )
            counts[f"{r[0]}_count"] = value
    return counts


# A class of ratings counted in the plural: "based on 13 Buys, 16 Holds, and no Sells", "10
# buy ratings, 4 holds and 2 sells"
_PLURAL_TALLY = re.compile(
    rf"\b(?P<n>\d+|no|zero|{COUNT_WORDS})\s+(?P<rating>(?:strong\s+)?"
    r"(?:buy|hold|sell|outperform|underperform))(?:s|\s+(?:ratings|recommendations|calls))\b",
    re.I,
)


def _tally(text: str) -> bool:
    """Ratings counted by class, two or more ("One analyst has rated the stock with a sell
    rating, ten have issued a hold rating and eight have given a buy rating", "13 Buys, 16
    Holds"): the street's tally, whatever names it."""
    counted = sum(1 for t in _rating_terms(text) if _counted(text, t.start()))
    return counted + len(_PLURAL_TALLY.findall(text)) >= 2


def _street_rating(text: str, out_of: re.Match[str] | None) -> str | None:
    """The consensus rating a sentence states: its lone rating, or the one no count is of ("21
    of 30 rate it a Buy"), said of the street; not a firm's call, nor a rating no one gives
    ("0 out of 7 analysts rate the stock as a Sell")."""
    terms = _rating_terms(text)
    uncounted = [t for t in terms if not _counted(text, t.start())] or terms[:1] * (len(terms) == 1)
    # the street's when analysts (or a count of the banks that cover it) give it
    if not uncounted or not (_GENERAL_RATING.search(text) or out_of):
        return None
    if _a_call(text, uncounted[0], counted=out_of is not None):
        return None  # "Analysts led by D. Long lowered their rating to Market Perform"
    if (out_of and _analyst_count(out_of, "n") == 0) or _NONE_GIVE.search(
        text, 0, uncounted[0].start()
    ):
        return None
    return uncounted[0].group("rating")


# A consensus's source named after it: "according to Trendlyne", "data compiled by Koyfin",
# "polled by Quillon Data"
_PROVIDER_SAID = re.compile(
    r"\b(?:according\s+to|compiled\s+by|polled\s+by|surveyed\s+by|tracked\s+by)\s+"
    r"(?:(?:data|figures|estimates)\s+(?:from|compiled\s+by)\s+)?"
    r"(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2})"
)


def _provider(text: str) -> str | None:
    """The consensus's provider: one the alias table knows, else one the words giving the
    figure's source name, if no firm, company or index."""
    if known := next((m.id for m in find_entities(text, kinds=("provider",))), None):
        return known
    said = _PROVIDER_SAID.search(text)
    named = said["name"].rstrip(".") if said else None
    if named is None or _NOT_COMPANY.match(named):
        return None
    return None if find_entities(named, kinds=("firm", "company", "index")) else named


def consensus(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """A consensus figure: average target, analyst counts, consensus rating, provider."""
    text = sentence.text
    if not (_CONSENSUS_CUE.search(text) or _OUT_OF.search(text) or _tally(text)):
        if not (_GENERAL_RATING.search(text) and _rating_terms(text)):
            return
        if firms_in(sentence, ctx):
            return
    value, currency, qualifier = _consensus_target(text)
    out_of = _OUT_OF.search(text)
    rating = _street_rating(text, out_of)
    counts = _counts(text)
    if out_of and rating and (r := rate(rating)):
        counts[f"{r[0]}_count"] = _analyst_count(out_of, "n")
    counted = out_of or _ANALYST_COUNT.search(text)
    analyst_count = _analyst_count(counted) if counted else None
    nxt = ctx.following()
    if analyst_count is None and value is not None and nxt:
        # "The mean estimate comprises 15 short-term price targets": the count, told next
        next_count = _COUNT_NEXT.search(nxt.text)
        analyst_count = _analyst_count(next_count) if next_count else None
    if value is None and rating is None:
        if _tally(text) and not counted and nxt is not None and _CONSENSUS_CUE.search(nxt.text):
            return  # a bare tally, then the consensus it adds up to: one fact, told next
        if not counts["buy_count"]:
            return  # no buy counted, or none: no street's view
    elif (
        ctx.index
        and _tally(previous := ctx.sentences[ctx.index - 1].text)
        and not (_OUT_OF.search(previous) or _ANALYST_COUNT.search(previous))
    ):
        told = _counts(previous)
        counts = {k: v if v is not None else told[k] for k, v in counts.items()}
    yield Draft(
        "consensus",
        {
            "provider": _provider(text),
            "value": value,
            "currency": currency or "USD",
            "rating": rating,
            "analyst_count": analyst_count,
            **counts,
            "qualifier": qualifier,
        },
        confidence=0.85,
    )


_COLUMNS = {
    "firm": re.compile(r"broker|brokerage|firm|house|analyst|institution|bank", re.I),
    "previous": re.compile(r"(?:old|previous|prior|former)\s+(?:rating|recommendation|call)", re.I),
    "rating": re.compile(r"rating|recommendation|\bcall\b|stance|view", re.I),
    "target": re.compile(r"target|objective|fair\s+value", re.I),
    "company": re.compile(r"^(?:company|stock|name|security|scrip|ticker|code)$", re.I),
}


class _Table(TableState):
    """The ratings table being read."""


def table(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """Rows of a brokers' table ("Brokerage│Investment Rating│Target Price", then
    "UBS│Buy│261 HKD"): each row a firm's rating and target. The header row names the
    columns; any other line between rows ends the table. A table has no words of its own for
    its time: its rows are of the time the text leading into it gives ("the upgrades so far
    in September", "this week's calls"), as a holdings table's rows are, and unknown when that
    text gives none."""
    cells = table_cells(sentence.text)
    columns = ctx.memory(_Table).row_of(cells, ctx.index, _table_header)
    if columns is not None:
        yield from _row(cells, columns, ctx)


def _table_header(cells: list[str]) -> dict[str, int] | None:
    """The roles of a brokers' table's header: a firm's column and another."""
    roles: dict[str, int] = {}
    for i, cell in enumerate(cells):  # each cell its first role; each role its first cell
        role = next((r for r, pattern in _COLUMNS.items() if pattern.search(cell)), None)
        if role is not None and role not in roles and not find_money(cell):
            roles[role] = i
    return roles if "firm" in roles and len(roles) >= 2 else None


def _row(cells: list[str], columns: dict[str, int], ctx: Context) -> Iterator[Draft]:
    """The rating and the target of one row of a brokers' table."""
    firm = cells[columns["firm"]].strip()
    if not firm or find_money(firm):
        return
    firm = canonical(firm)
    subject = _row_company(cells[columns["company"]], ctx) if "company" in columns else None
    if "rating" in columns:
        written = re.sub(r"\s*\(.*\)\s*$", "", cells[columns["rating"]]).strip()
        rated = rate(written)
        before = cells[columns["previous"]].strip() if "previous" in columns else ""
        was = rate(before) if before else None
        if rated:
            yield Draft(
                "analyst_rating",
                {
                    "firm": firm,
                    "rating": written,
                    "rating_normalized": rated[0],
                    "rating_score": rated[1],
                    "previous_rating": before if was else None,
                    "action": _action("", rated[1], was[1]) if was else None,
                },
                confidence=0.8,
                subject=subject,
                occurrence=_call_time(None, ctx),
            )
    if "target" in columns:
        amounts = find_money(cells[columns["target"]])
        if amounts:
            yield Draft(
                "price_target",
                {
                    "firm": firm,
                    "value": amounts[0].value,
                    "currency": amounts[0].currency,
                    "target_type": "price_target",
                    "qualifier": amounts[0].qualifier,
                },
                confidence=0.8,
                subject=subject,
                occurrence=_call_time(None, ctx),
            )


def _row_company(cell: str, ctx: Context) -> str | None:
    """The company a table row is about: "Ampol (ALD)" -> Ampol's id (its name as written when
    the alias table lacks it)."""
    name = re.sub(r"\s*\([^()]*\)\s*$", "", cell).strip()
    return ctx.subjects.id_of(name) if name else None
