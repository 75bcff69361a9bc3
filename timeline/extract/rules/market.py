"""The market: price moves, price levels, technical readings, valuation multiples.

A price move is a percentage tied to a move verb or noun ("surged 6.39%", "a 15% decline",
"doubled") in a sentence about the stock or an index, and not about revenue, users, upside or
ownership. Its sign comes from the verb; its period from the sentence's temporal cue.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from timeline._time import MONTHS, WEEKDAYS
from timeline.extract.actors import (
    INDEX_WORDS,
    SELF,
    actor_after,
    actor_before,
    clause,
    ends_legally,
    is_index,
    leading_actor,
)
from timeline.extract.context import Context, Draft
from timeline.extract.gates import gated
from timeline.extract.mentions import find_entities
from timeline.extract.numbers import (
    Amount,
    find_money,
    find_percents,
    parse_number,
    qualifier_before,
)
from timeline.extract.places import is_place
from timeline.extract.rules._common import (
    NAMES_SPLIT,
    PROJECTION,
    hypothetical_before,
    is_per_share,
)
from timeline.extract.sessions import next_session, session_on_or_before
from timeline.extract.temporal import Occurrence, past_year, resolve
from timeline.extract.text import Sentence

__all__ = ["fields", "levels", "moves", "rows", "technicals", "valuations"]

_UP = (
    r"rose|rise|rising|rises|gained|gaining|gains?|jumped|jumping|jumps?|climbed|climbing|"
    r"advanced|advancing|advance|rallied|rally|rallying|surged|surging|surges?|soared|soaring|"
    r"added|appreciated|rebounded|rebound|up|higher|increased|spiked|popped|leapt|leaped|"
    r"skyrocketed|recovered|risen|adding|accelerated|improved|firmed|perked|collected|"
    r"strengthened|climbs?|jumped|rocketed|zoomed|spurted|surged|boosted|soars?|jump|climb|"
    r"surge|spikes?|spiking|leaps?|rockets?|zooms?|advances|rallies|rebounds|rebounding|hiked|expanded|"
    r"upper(?=\s+circuit)"  # "hit the 5% upper circuit": India's daily limit up
)
_DOWN = (
    r"fell|falling|falls?|dropped|dropping|drops?|declined|declining|declines?|slid|sliding|"
    r"slipped|tumbled|tumbling|plunged|plunging|plunges?|sank|sinking|lost|losing|shed|"
    r"corrected|correction|retreated|retreat|down|lower|decreased|slumped|dipped|sell-off|"
    r"losses|loss|plummeted|crashed|eased|fallen|sunk|tanked|slumping|shedding|slipping|"
    r"easing|weakened|dipping|retreating|tumbles|slides|sheds|skidded|slumps|off|dips?|"
    r"plummets?|plummeting|plunge|slump|slips?|sinks?|tumble|slide|sag(?:s|ged|ging)?|"
    r"tank(?:s|ing)?|crash(?:es|ing)?|decline|drop|skid(?:s|ding)?|nosedived?|trimmed|"
    r"gave\s+up|giving\s+up|gives\s+up|pared|shaved|depreciated"
)
_MOVE = re.compile(rf"\b(?P<up>{_UP})\b|\b(?P<down>{_DOWN})\b", re.I)
_MULTIPLE = gated(r"\b(?P<w>doubl(?:ed|ing|es)|tripl(?:ed|ing|es)|halv(?:ed|ing|es))\b", re.I)
_ABOUT_STOCK = gated(
    r"\b(?:shares?|stock|scrip|counter|equity|ADRs?|depositary|index|Index|benchmark|gauge|"
    r"trading|traded|"
    r"share price|market value|performance|rally|sell-off|closed|closing|opened|settled|ended|"
    r"on the day)\b",
    re.IGNORECASE,
)
_NOT_PRICE = gated(
    r"\b(?:revenue|sales|income|profit|earnings|EBITA|EBITDA|margin|users|downloads|ownership|"
    r"stake|market share|upside|downside|below|above|short interest|float|weighting|growth|"
    r"units|subscribers|budget|costs?|expenses|capex|guidance|dividend|yield|GDP|inflation|EPS)\b",
    re.I,
)
_YEAR_ON_YEAR = re.compile(
    r"\s*(?:over|from|versus|vs\.?|on|compared\s+(?:with|to))\s+(?:the\s+)?(?:prior|previous|"
    r"last|a)\s+(?:year|quarter)|\s*(?:year[\s-]on[\s-]year|year[\s-]over[\s-]year|y/?o/?y|"
    r"from\s+a\s+year\s+(?:earlier|ago)|quarter[\s-]on[\s-]quarter|q/?o/?q)\b",
    re.I,
)
# A sentence about a figure of the results ("Underlying EPS rose 8.4%", "Adjusted revenue fell")
_KPI_OPENING = re.compile(
    r"^(?:(?:underlying|adjusted|diluted|basic|core|organic|comparable|reported|preliminary|"
    r"non-gaap|gaap|quarterly|annual|net|operating|total|group)\s+)*"
    r"(?:EPS|earnings\s+per\s+share|revenues?|sales|profits?|income|margins?|EBITDA|EBIT|"
    r"turnover|orders|bookings|deliveries|shipments)\b",
    re.I,
)
# "rose to 11%" is a level and "from 8.6%" a previous value: neither is a move.
_LEVEL_NOT_MOVE = re.compile(r"\b(?:to|from|at)\s+(?:a\s+)?(?:about\s+|around\s+)?$", re.I)
_LISTING = [
    ("HKEX", gated(r"Hong Kong[-\s]listed|in Hong Kong|HK-listed|\bHKEX\b", re.I)),
    ("NYSE", gated(r"U\.?S\.?[-\s]listed|\bADRs?\b|New York[-\s]listed|\bNYSE\b", re.I)),
]


def _listing(text: str) -> str | None:
    return next((name for name, p in _LISTING if p.search(text)), None)


def _mover(text: str, at: int, ctx: Context) -> str:
    """The index when an index, not the company, is what moved."""
    before = find_entities(text[:at], kinds=("index", "company"))
    if before and before[-1].kind == "index":
        return before[-1].id
    if not before and (_INDEX_ANAPHORA.match(text) or _INDEX_BEFORE.search(text, 0, at)):
        return _last_index(ctx) or ctx.subject
    named = re.search(
        r"\b(?!The\b)(?P<n>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})\s+[Ii]ndex\b[^.]{0,30}$",
        text[:at],
    )
    if named and not before:
        return named.group("n")  # an index the alias table does not know, kept as written
    return ctx.sentence_subject


# "The index is up about 6 points, or .03%": the index the last sentences named
_INDEX_NOUN = r"index|benchmark|gauge|composite"  # what a wrap calls its index
_INDEX_ANAPHORA = re.compile(rf"^\s*the\s+(?:{_INDEX_NOUN}|average)\b", re.I)


# "At the close, the benchmark gave up around 224 points, or about 0.9 percent", "On Thursday,
# the index opened lower at 7,526, down 27.82 points or 0.37 percent": the index moved
_INDEX_BEFORE = re.compile(rf"(?:^|,\s+)the\s+(?:{_INDEX_NOUN})\s+[a-z]")


def _last_index(ctx: Context) -> str | None:
    """The index the last sentences named: one the alias table knows, or a name that says it
    is one ("the IDX Composite", "the Zorvia All-Share Index")."""
    for sentence in reversed(ctx.sentences[max(0, ctx.index - 4) : ctx.index]):
        if named := find_entities(sentence.text, kinds=("index",)):
            return named[-1].id
        if written := list(_INDEX_NAME.finditer(sentence.text)):
            return written[-1].group("name")
    return None


# An index named by what it is: "IDX Composite", "Zorvia All-Share Index"
_INDEX_NAME = re.compile(
    r"\b(?:the\s+)?(?P<name>(?:[A-Z][\w&-]*\s+){1,3}(?:Composite|Index|Average))\b(?!\s+of\b)"
)


# "Hero Motocorp (2.70%)", "UPL (higher by 3.53 per cent)", "Wipro (-2.58%)": a list item.
_LIST_ITEM = re.compile(
    r"\(\s*(?:[+\-−]?[\d,.]+\s*(?:points?|pts)?\s*,\s*)?"  # "(-155.8, -0.6%)": points first
    r"(?P<word>higher|lower|up|down)?\s*(?:by\s+)?[+\-−]?\s*$",
    re.I,
)
_POLARITY = re.compile(
    rf"\b(?P<up>gain(?:er)?s|gained|risers|advancers|winners|(?:top|best)\s+performers|led|{_UP})\b|"
    rf"\b(?P<down>los(?:er)?s|laggards|fallers|decliners|declines|dragged|"
    rf"(?:worst|weakest)\s+performers|{_DOWN})\b",
    re.I,
)
# Between a verb and its figure only the points or the amount may stand.
_SAME_CLAUSE = re.compile(
    r"^\s*(?:by\s+|of\s+|(?:stands?|stood|is|was)(?:\s+at)?\s+)?"
    r"(?:(?:as much as|about|around|roughly|approximately|nearly|almost|some|close to|just|"
    r"more than|over|less than|under|another|a further|a|an|~)\s*)*"
    r"(?:(?:Rs\.|[\w$€£¥₹]{0,3})\s?[\d,.]+\s*(?:points?|pts|won|yen|yuan|rupees?|euros?|pence|p|"
    r"cents?|dollars?)?,?\s*(?:or\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+)?"
    r"|\()?|"
    r"by\s+|another\s+|a\s+)?"
    r"(?:[+\-–−]\s)?$",  # a sign set apart: "GEREGU up + 6.25%", "AIICO down – 5.00%"
    re.I,
)


def _verb_of(text: str, p: Amount) -> re.Match[str] | None:
    """The move verb that governs percentage ``p``: in its clause before it, or just after."""
    before = list(_MOVE.finditer(text, max(0, p.start - 45), p.start))
    if before and _SAME_CLAUSE.match(text[before[-1].end() : p.start]):
        return before[-1]
    after = _MOVE.search(text, p.end, p.end + 14)
    if after and not text[p.end : after.start()].strip(" ,"):
        return after
    # "closed 0.2 per cent or 9.36 points up", "closed 0.66% (JPY 11.5) lower"
    aside = _ASIDE.match(text, p.end)
    after = _MOVE.match(text, aside.end()) if aside else None
    return after if after and after.group(0).lower() in ("up", "down", "higher", "lower") else None


# A bare direction after a comma that restates the clause before it: "The forest company SCA
# also fell sharply, down 4.3 percent", "The share fell moderately, down 1.1 percent"
_TOLD_BEFORE = re.compile(
    r"\b(?P<verb>fell|rose|gained|lost|dropped|climbed|jumped|slipped|declined|advanced|"
    r"traded|closed|ended|finished|moved|was\s+(?:trading|quoted))\b[^,;]{0,40},\s*$"
)


# What may stand between a percentage and the direction written after it: the points or the
# amount ("or 9.36 points", ", or S$0.16,", "(JPY 11.5)")
_ASIDE = re.compile(
    r"\s*(?:\([^()]{1,24}\)|,?\s*or\s+[\w$€£¥₹]{0,3}\s?[\d,.]+\s*(?:points?|pts)?)\s*,?\s*"
)
# "ended 1% and 2% higher, respectively": the direction may stand before the word
_RESPECTIVELY = re.compile(r"(?P<dir>\s+(?:higher|lower|up|down))?,?\s+respectively\b", re.I)
_NAMES_START = re.compile(r"\b(?:with|while|as|led\s+by|including)\s|[;:(]")


def _respectively(text: str, percents: Sequence[Amount]) -> dict[int, tuple[str | None, float]]:
    """Moves paired with names in order: "Advantest and Tokyo Electron down 1.99% and
    1.87%, respectively", and without the word when the list of names and the list of moves
    are as long ("Galp, Amorim and Altri were falling by 0.60% to €16.57, 0.30% to €6.74 and
    0.29% to €2.41") -> {start of each percent: (its name, the verb's sign)}."""
    out: dict[int, tuple[str | None, float]] = {}
    for chain, said in _chains(text, percents):
        verb = _verb_of(text, chain[0])
        head = text[: verb.start() if verb is not None else chain[0].start]
        if verb is None and _HOLDING_VERB.search(head):
            continue  # "State Street and Vanguard held 5.3% and 5%, respectively": stakes
        cut = max((m.end() for m in _NAMES_START.finditer(head)), default=0)
        names = [n for n in NAMES_SPLIT.split(head[cut:].strip()) if n]
        if not said:  # no "respectively": the names a list of their own, before its verb
            listed = _COORDINATED.search(head)
            if listed is None or verb is None:
                continue
            names = [n for n in NAMES_SPLIT.split(listed.group("names")) if n]
        if len(names) != len(chain):
            continue
        after = _RESPECTIVELY.match(text, _after_price(text, chain[-1].end))
        down = after is not None and (after["dir"] or "").strip().lower() in ("lower", "down")
        sign = -1.0 if down or (verb is not None and verb.group("down")) else 1.0
        for p, name in zip(chain, names, strict=True):
            out[p.start] = (actor_before(name, len(name)), sign)
    return out


_HOLDING_VERB = re.compile(r"\b(?:held|holds?|holding|owns?|owned|stakes?|shareholding)\b", re.I)


# After a move in a list of moves, its price: "0.60% to €16.57, 0.30% to €6.74"
_TO_PRICE = r"(?:\s+to\s+[^\s,;]{1,14})?"
_PRICE_AFTER = re.compile(_TO_PRICE)
_MOVE_TO = re.compile(r"[+\-−]?[\d.,]+\s?(?:%|per\s?cent|percent)\s+to\s+")
_CHAIN_GAP = re.compile(_TO_PRICE + r"\s*(?:,|,?\s+and)\s*")
_CHAIN_END = re.compile(_TO_PRICE + r"\s*(?:[.;),]|$|(?:on|in|at|for|during|over|this|last)\b)")


def _chains(text: str, percents: Sequence[Amount]) -> Iterator[tuple[list[Amount], bool]]:
    """Runs of two or more percentages joined by commas and "and", each with whether
    "respectively" follows it; a run without the word must end its clause."""
    run: list[Amount] = []
    for p in [*percents, None]:
        if p is not None and run and _CHAIN_GAP.fullmatch(text, run[-1].end, p.start):
            run.append(p)
            continue
        if len(run) >= 2:
            said = _RESPECTIVELY.match(text, _after_price(text, run[-1].end)) is not None
            if said or _CHAIN_END.match(text, run[-1].end):
                yield run, said
        run = [p] if p is not None else []


def _paired_price(text: str, at: int, paired: dict[int, tuple[str | None, float]]) -> str | None:
    """The name a price at ``at`` goes with when it follows a paired move ("0.30% to €6.74")."""
    for start, (name, _) in paired.items():
        p = _MOVE_TO.match(text, start)
        if p is not None and p.end() == at:
            return name
    return None


def _after_price(text: str, at: int) -> int:
    m = _PRICE_AFTER.match(text, at)
    return m.end() if m else at


_SIGNED_AFTER_NAME = re.compile(
    r"(?:^[-•*·]?\s*|[,;:(]\s*|\b(?:and|for|with|including|like|in|by)\s+)"
    r"(?P<name>[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,3}):?\s*$"
)


# a name with its figure in brackets: "MTNN (+10.8%", "Hero Motocorp (2.70"
_NAME_BRACKET = re.compile(
    r"(?<![\w&.'’-])(?P<name>[A-Z][A-Za-z&.'’-]*(?:\s+(?:[A-Z][A-Za-z&.'’-]*|&|"
    r"de|di|dei|del|della|da|das|do|dos|du|van|von|der|den|la|le|of|and)){0,6})"
    r"\s*\(\s*[+\-−]?\s*$"
)
# the item's figure closes its brackets, perhaps with its period: "(-3.15% w/w)"
_ITEM_END = re.compile(r"\s*(?:(?:w/w|d/d|m/m|y/y|YTD|ytd|WoW|DoD|YoY)\s*)?\)")


def _list_item(text: str, p: Amount) -> float | None:
    """The signed move of a movers' list item, "Name (2.70%)", or ``None``."""
    m = _LIST_ITEM.search(text[max(0, p.start - 20) : p.start])
    if m is None or not _ITEM_END.match(text, p.end):
        return None
    if p.value < 0 or (m.group("word") or "").lower() in ("lower", "down"):
        return -abs(p.value)
    if m.group("word") or "+" in m.group(0):
        return abs(p.value)
    before = list(_POLARITY.finditer(text, 0, p.start))
    cue = before[-1] if before else _POLARITY.search(text, p.end)  # "... were the only winners"
    if cue is None:
        return None
    return abs(p.value) if cue.group("up") else -abs(p.value)


_PERFECT = re.compile(
    r"\b(?:has|have|had)\s+(?:\w+\s+)?(?:been\s+)?(?!been\b|down\b)\w+(?:ed|en|wn)\b|"
    r"\bsince\b|\bso far\b|"
    r"\b(?:over|in|during)\s+the\s+(?:past|last|course)\b",
    re.I,
)


_OPENING = re.compile(r"^[^,]{3,40},")


def _cue(text: str, ctx: Context) -> Occurrence:
    """The time cue of ``text`` alone (the article's temporal memory is left as it was)."""
    return resolve(text, ctx.published, replace(ctx.temporal), ctx.subjects.exchange)


@dataclass(slots=True)
class _Session:
    """The session an article reports, read once from its lead."""

    day: dt.date | None = None
    read: bool = False


# A lead about a market's session: "Investors ... recorded a N259 billion gain on Tuesday"
_SESSION_LEAD = re.compile(
    r"\b(?:shares?|stocks?|index|indices|market|session|trading|traded|closed?|ended|gain|loss|"
    r"rose|fell|rallied|slipped|climbed|dropped|jumped|declined|investors)\b",
    re.I,
)
_LEAD_SENTENCES = 3
_LEAD_WORDS = 4
# A day the lead names by its name or date ("on Tuesday", "on June 3"), not "the previous close"
_NAMED_DAY = re.compile(
    rf"\b(?:{'|'.join(WEEKDAYS)})\b|\b(?:{'|'.join(MONTHS)})\.?\s+\d{{1,2}}\b", re.I
)


def _session_day(ctx: Context) -> Occurrence:
    """The session the news reports: the day its lead names for a session ("... recorded a
    gain on Tuesday", in a story published on Wednesday), else the exchange's last trading day
    on or before P."""
    memory = ctx.memory(_Session)
    if not memory.read:
        memory.read = True
        # the title and the first sentences; a line of a few words (a time stamp, a ticker
        # line, a byline) is none of them
        leads = [
            s for s in ctx.sentences if not s.boilerplate and len(s.text.split()) >= _LEAD_WORDS
        ][:_LEAD_SENTENCES]
        for lead in leads:
            named = _NAMED_DAY.search(lead.text) if _SESSION_LEAD.search(lead.text) else None
            occ = _cue(lead.text, ctx) if named else None
            if named is None or occ is None or occ.precision != "day" or occ.start is None:
                continue
            if 0 <= (ctx.published - occ.start).days <= _LEAD_SESSION_DAYS:
                memory.day = occ.start
                if _AFTER_DAY.search(lead.text, 0, named.start()):
                    # "bounced back after Monday's bloodbath": the session after that day
                    memory.day = min(next_session(occ.start, ctx.subjects.exchange), ctx.published)
            break
    day = memory.day or session_on_or_before(ctx.published, ctx.subjects.exchange)
    return Occurrence(day, day, "day", "day")


_LEAD_SESSION_DAYS = 4  # a lead's "on Friday" in Monday's or Tuesday's paper
_AFTER_DAY = re.compile(r"\b(?:after|following)\s+(?:the\s+)?$", re.I)


def _named(actor: str | None, ctx: Context) -> str | None:
    """The subject id of a named actor; ``None`` for "the stock" or nobody."""
    if actor is None or actor == SELF or ctx.subjects.is_word(actor):
        return None
    return ctx.subjects.id_of(actor)


def _when(text: str, start: int, end: int, ctx: Context, *, level: bool = False) -> Occurrence:
    """When the figure at ``text[start:end]`` happened: the time cue of its own clause ("The
    Dow fell 2.5% this week, its biggest drop since Oct. 25"), else of the sentence's opening
    ("On Tuesday, ..."), else the session the news reports: the last trading day of the
    listing's exchange on or before publication (a move told in the simple past or present,
    "Volkswagen spiked 3.56 percent", is the latest session's). A move "since" something, or
    one put in the perfect ("has fallen 30%"), has no day of its own and stays unknown, unless
    the sentence places it in the session under way ("in early trade", "intraday")."""
    written = clause(text, start, end)
    at = text.rfind(written, 0, start + len(written))
    # "up 7.32% from the previous day", "at Rs 32.80 against the previous close": the base of
    # a comparison after the figure is not its day ("the previous close of Rs 30.69" is)
    own = _FROM_BEFORE.sub(lambda m: "" if at + m.start() >= end else m.group(0), written)
    opening = _OPENING.match(text)
    # "lagging the S&P 500's 9% gain": a comparison measures over the main clause's period
    compared = _COMPARED.search(text, max(0, start - 60), start)
    main = text[: compared.start()] if compared else ""
    # "rose on Tuesday, closing at $10.48 for a gain of 3.76%": a participle or a phrase
    # without a verb of its own continues the clause before it, and is told at its time
    continued = text[:at] if _CONTINUED.match(own) else ""
    # "On Monday, the index rose 1.47% ..., surpassed on Tuesday when the index rose 0.9%": a
    # day named after the opening and before the figure is the nearer one
    named = [
        m
        for m in _NAMED_DAY.finditer(text, opening.end() if opening else 0, start)
        if not _NOT_ITS_DAY.search(text, 0, m.start())
    ]
    in_session = _IN_SESSION.search(own) or _PREMARKET.search(own)  # the session under way's
    nearer = text[max(0, named[-1].start() - 8) : named[-1].end() + 3] if named else ""
    nearer = "" if in_session else nearer
    for piece in (own, nearer, opening.group(0) if opening else "", main, continued):
        occ = _cue(piece, ctx)
        if occ.precision != "unknown":
            return occ
    perfect = _PERFECT.search(_SINCE.sub("", own) if level else own)
    if perfect and not ctx.sentence.heading and not _IN_SESSION.search(text):
        return Occurrence.unknown()
    if in_session:  # the session under way, not the lead's
        day = session_on_or_before(ctx.published, ctx.subjects.exchange)
        return Occurrence(day, day, "day", "day")
    return _session_day(ctx)


_FROM_BEFORE = re.compile(
    r"\b(?:from|than|compared\s+(?:to|with)|against|over|versus|vs\.?)\s+(?:the\s+|its\s+)?"
    r"(?:previous|prior|preceding)\s+(?:day|session|trading\s+(?:day|session)|close)\b",
    re.I,
)
# "for the second time after March 20": a day that bounds a period is not the figure's day
_NOT_ITS_DAY = re.compile(r"\b(?:after|since|before|from|until|till|than|to)\s+$", re.I)
_CONTINUED = re.compile(
    r"^(?:and\s+)?[a-z]+ing\b|"
    r"^(?:(?:for|with)\s+)?an?\s+(?:\w+\s+)?(?:gain|loss|rise|fall|drop|decline|jump|advance)\b|"
    r"^(?:up|down|higher|lower)\s+[\d.]+",
    re.I,
)
# "the lowest price since August 2024 at SAR 26.85": a level's record, not its period
_SINCE = re.compile(r"\bsince\b", re.I)
_PREMARKET = re.compile(r"\b(?:pre-?market|premarket)\b", re.I)


_COMPARED = re.compile(
    r"\b(?:lagging|trailing|outpacing|outperforming|underperforming|beating|versus|vs\.?|"
    r"compared\s+(?:with|to)|against)\s+(?:the\s+)?[^,;]{0,40}$",
    re.I,
)


# A figure told from inside the session being traded ("has been down 12% in early afternoon
# trade", "intraday", "at the time of writing"): the session's, even in the perfect.
_IN_SESSION = re.compile(
    r"\bin\s+(?:early|late|morning|afternoon|midday|mid-day|early\s+afternoon|late\s+morning|"
    r"opening|early\s+morning|lunchtime|noon)\s+(?:trade|trading|deals|dealings|session)\b|"
    r"\bat\s+lunchtime\b|\bintraday\b|\bat\s+(?:the\s+)?time\s+of\s+writing\b|"
    r"\bat\s+press\s+time\b|\b(?:at|after)\s+the\s+(?:open|opening\s+bell)\b",
    re.I,
)


# What moves that is no share or index: a commodity, a currency pair, a futures contract
# ("Brent crude rose 0.4% to $82.56 a barrel", "the EUR/NOK traded at 11.33, down 0.19%")
_NOT_SECURITY = re.compile(
    r"\b(?:crude|Brent|WTI|futures|spot\s+gold|gold\s+(?:prices?|futures)|natural\s+gas|"
    r"bullion|Dollar\s+Index|(?-i:[A-Z]{3}/[A-Z]{3}))\b",
    re.I,
)
# ... and the unit a commodity is priced in ("$72.38 per barrel", "$9,410 a tonne, up 1.2%")
_UNIT = r"\b(?:per|a|an)\s+(?:barrel|(?:troy\s+)?ounce|tonne|MWh|bushel)\b"
_COMMODITY_UNIT = re.compile(rf"(?:[^,;]|,(?=\d)){{0,14}}?{_UNIT}", re.I)
_UNIT_BEFORE = re.compile(rf"{_UNIT}[^.;]{{0,12}}$", re.I)
# The market's activity, not its prices: "Equity turnover at the NSE surged by 28.2%",
# "Trading on the exchange increased by 45%", "foreigner buys contracted by 35.4%"
_ACTIVITY = re.compile(
    r"\b(?:turnover|volumes?|value\s+traded|traded\s+value|inflows?|outflows?|"
    r"foreign(?:ers?)?\s+(?:buys|sales|buying|selling|purchases)|"
    r"(?:^|\s)[Tt]rading\s+(?:on|in|volumes?|values?|activity))\b"
)


def _not_a_move(text: str, lead: str, tail: str) -> bool:
    """Whether the percentage between ``lead`` and ``tail`` is a figure of the business, a
    level or a previous value rather than a move of the shares."""
    return bool(
        _NOT_SECURITY.search(lead)
        or _UNIT_BEFORE.search(lead)
        or _COMMODITY_UNIT.match(tail)
        or _NOT_PRICE.search(lead + tail[:15])
        or _LEVEL_NOT_MOVE.search(lead)
        or _YEAR_ON_YEAR.match(tail)  # "down 25% over prior year": a result's change
        or _KPI_OPENING.match(text)  # "Underlying EPS rose 8.4% ..., rising 23.7% to CHF 4.24"
        or PROJECTION.search(lead)
    )


# The stems of a session's verbs: "closed", "ending", "settles", "traded"
_SESSION_STEM = r"clos|end|finish|settl|trad"
_PARTICIPLE = re.compile(
    rf",\s+(?:{_SESSION_STEM}|open|conclud|wrapp)ing(?:\s+(?:the\s+)?(?:day|session|week))?\s+$"
)
_WITH_A = re.compile(r"\bwith\s+an?\s+(?:[a-z]+\s+)?$")


def _actor_of_verb(text: str, verb: re.Match[str], p: Amount) -> str | None:
    """Who moved, told by the move verb ``verb`` of percentage ``p``: the name heading its
    clause or written after it, the clause a bare direction restates ("X fell sharply, down
    4.3%"), or the sentence's head for a participle ("jumped, closing up 3.02%")."""
    actor = actor_before(text, min(verb.start(), p.start)) or actor_after(text, p.end)
    if actor is None and (told := _TOLD_BEFORE.search(text, 0, verb.start())):
        actor = actor_before(text, told.start("verb"))
    if actor is None and (absolute := _WITH_NAME_ING.search(text, 0, verb.end())):
        actor = absolute["n"]  # "with Optima rising 2.30%, Eurobank adding 2.18%"
    with_a = _WITH_A.search(text, 0, min(verb.start(), p.start))
    if actor is None and with_a:  # "followed by SM Prime with a 1.13-percent decline"
        actor = actor_before(text, with_a.start())
    if actor is None and (
        re.match(r"\w+ing\b", verb.group(0))
        or _PARTICIPLE.search(text, 0, verb.start())
        or _WITH_A.search(text, 0, verb.start())
    ):  # "rose 61 points, adding 0.1%", "jumped, closing up 3.02%", "with a gain of 4.9%"
        actor = leading_actor(text, verb.start())
    if actor == SELF and _IT_BEFORE.search(text, 0, verb.start()):
        # "Zorvex Land was the top-traded stock as it increased by 1.79%": "it" is the name
        # the sentence opened on
        actor = leading_actor(text, verb.start()) or actor
    return actor


_WITH_NAME_ING = re.compile(
    r"(?:\bwith|,)\s+(?P<n>[A-Z][\w&.'’-]*(?:\s+(?:of\s+)?[A-Z][\w&.'’-]*){0,3})\s+[a-z]+ing$"
)
_IT_BEFORE = re.compile(r"\bit\s+(?:\w+\s+){0,2}(?:[\d.,]+\s?(?:%|per\s?cent|percent)\s+)?$")


def _move_of(
    text: str,
    p: Amount,
    ctx: Context,
    paired: dict[int, tuple[str | None, float]],
    *,
    about_stock: bool,
) -> tuple[float, str] | None:
    """(signed percent, subject) of the move at percentage ``p``, or ``None`` when ``p`` is no
    share price move."""
    if p.start in paired:
        actor, sign = paired[p.start]
        return sign * abs(p.value), _named(actor, ctx) or ctx.sentence_subject
    lead = text[max(0, p.start - 45) : p.start]
    tail = text[p.end : p.end + 25]
    if _not_a_move(text, lead, tail) or hypothetical_before(text, p.start):
        return None
    own = clause(text, p.start, p.end)
    if _ACTIVITY.search(own[: max(0, own.find(text[p.start : p.end]))]):
        return None  # the clause's mover is the market's turnover, not a price
    verb = _verb_of(text, p)
    bracketed = _NAME_BRACKET.search(text, 0, p.start)
    if bracketed and find_money(bracketed["name"] + " 1"):  # "by Rs. 5 (14.53%)": an amount
        bracketed = None
    listed = _list_item(text, p) if bracketed else None
    if bracketed and listed is not None:  # "driven by gains in MTNN (+10.8%)": the item's name
        value, actor = listed, bracketed["name"]
    elif verb is not None:
        value = (-1.0 if verb.group("down") else 1.0) * abs(p.value)
        actor = _actor_of_verb(text, verb, p)
    elif (signed := _SIGNED_AFTER_NAME.search(text, 0, p.start)) and text[p.start] in "+-−":
        value = p.value  # "Hermès -2.18%, Kering -2.21%": a name and its signed move
        actor = signed.group("name")
    else:
        listed = _list_item(text, p)
        if listed is None:
            return None
        value = listed
        actor = actor_before(text, text.rindex("(", 0, p.start))
    named = _named(actor, ctx)
    if named is None and not about_stock:
        return None
    return value, named or _mover(text, p.start, ctx)


_NAME = r"[A-Z][\w&.'’-]*(?:\s+(?:[A-Z0-9][\w&.'’-]*|&|of))*"
# "Mitsui & Co, Sumitomo Corp, Itochu, and Marubeni, each posting gains exceeding 5%",
# "XPeng and Li Auto dropping over 1 percent": names that share one move
_COORDINATED = re.compile(
    r"(?:^|[,;:—–-]\s+|\bby\s+|\bwith\s+|\bwhile\s+)(?:(?:the\s+)?(?:heavyweights?|peers?|rivals?|"
    r"lenders|miners|banks|carmakers|automakers|chipmakers|insurers|retailers|stocks|shares)\s+)?"
    rf"(?P<names>{_NAME}(?:,\s+{_NAME})*,?\s+and\s+{_NAME})"
    r",?\s+(?:shares\s+)?(?:(?:each|both|all|also|were|have|had)\s+)*$"
)


def _peers(
    text: str, p: Amount, ctx: Context, about_stock: bool, *, index: bool = False
) -> list[str]:
    """The other names of a list that shares the move at ``p``, when its verb follows the
    list ("A, B and C each gained 5%"): names the article knows as companies, or any names in
    a sentence about shares. "Rathi Steel and Power Limited" is one name."""
    verb = _verb_of(text, p)
    if verb is None:
        return []
    if verb.start() > p.start:  # "The Dow and S&P 500 each closed 1.7% lower"
        closed = _CLOSED_BEFORE.search(text, 0, p.start)
        return _listed_before(text, closed.start(), ctx, about_stock, index=index) if closed else []
    return _listed_before(text, verb.start(), ctx, about_stock, index=index)


_CLOSED_BEFORE = re.compile(rf"\b(?:{_SESSION_STEM})\w*\s+$", re.I)


def _listed_before(
    text: str, verb: int, ctx: Context, about_stock: bool, *, index: bool = False
) -> list[str]:
    """The names of a list that ends where the verb at ``verb`` begins."""
    listed = _COORDINATED.search(text, 0, verb)
    if listed is None or (ends_legally(listed["names"]) and "," not in listed["names"]):
        return []
    names = re.split(r",\s+(?:and\s+)?|\s+and\s+", listed.group("names"))
    if not about_stock and (
        _NOT_PRICE.search(text) or not all(_names_mover(name, ctx) for name in names)
    ):
        return []
    out = []
    for name in names:
        named = _named(_written(name), ctx)
        if named is not None and is_index(named) == index:  # indices share an index's move
            out.append(named)
    return out


def _names_mover(name: str, ctx: Context) -> bool:
    """Whether ``name``, in a list that moved together, is a company or an index: one the
    article or the tables know, or a name of several words, or of one that the article never
    writes in lower case ("Sales and Marketing rose" are words)."""
    return bool(ctx.subjects.mentions(name)) or (
        not ctx.subjects.is_word(name.split(maxsplit=1)[0]) and not is_place(name)
    )


def _written(name: str) -> str | None:
    return actor_before(name, len(name))


# A field of a company's section in a roundup: "Share price movement: -27.2%", "Price change:
# +3.4%", "Stock performance: up 5.1%"
_PRICE_FIELD = re.compile(
    r"(?:[-•*]\s*)?(?:(?:share|stock)\s+(?:price\s+|percent(?:age)?\s+)?|price\s+|"
    r"(?P<unit>percent(?:age)?\s+))(?:movement|move|change|performance)\s*"
    r"(?:\(\s*(?:today|1D|day)\s*\)\s*)?:\s*(?P<dir>up|down|[+\-−–])?\s*(?P<num>\d+(?:\.\d+)?)"
    r"\s*(?P<pct>%)?",
    re.I,
)


def fields(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """A company's price move written as a field of its section ("Share price movement:
    -27.2%"), that day's move for the section's company."""
    line = sentence.text.strip()
    m = _PRICE_FIELD.fullmatch(line.rstrip("."))
    if m is None or not (m["pct"] or m["unit"]):
        return  # "Percent Change: +1.52" says its unit in its label; others write "%"
    sign = -1.0 if (m.group("dir") or "").lower() in ("down", "-", "−", "–") else 1.0
    yield Draft(
        "price_move",
        {"percent": sign * float(m.group("num")), "period": "day", "qualifier": "exact"},
        confidence=0.8,
        occurrence=_session_day(ctx)
        if sentence.heading or ctx.occurrence.precision != "day"
        else ctx.occurrence,
    )


def moves(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """Percentage moves of share prices and indices over a period, each for its own company.

    A move belongs to the name heading its clause ("Volkswagen spiked 3.56 percent"), or to a
    list item's name ("Gains were led by Antofagasta (4.22%)"); "the stock" and unnamed
    clauses are the sentence's subject, as is a move in a sentence about the shares.
    """
    text = sentence.text
    percents = find_percents(text)
    if not percents and not _MULTIPLE.search(text):
        return  # no figure a move is told in: the cheapest test first
    previous = ctx.sentences[ctx.index - 1] if ctx.index else None
    about_stock = bool(
        _ABOUT_STOCK.search(text)
        or (
            previous is not None
            and previous.block == sentence.block
            and _ABOUT_STOCK.search(previous.text)
        )
        # "it lost 2.08 per cent to Rs 5,307": a move to a price is the shares'
        or (
            " to " in text
            and any(is_per_share(a, text) for a in find_money(text))
            and _MOVED_TO.search(text)
            and not _NOT_PRICE.search(text)
        )
    )
    found: list[tuple[float, str, str, Occurrence]] = []
    paired = _respectively(text, percents)
    for p in percents:
        move = _move_of(text, p, ctx, paired, about_stock=about_stock)
        if move is not None:
            when = _when(text, p.start, p.end, ctx)
            found.append((move[0], move[1], p.qualifier, when))
            index = is_index(move[1])
            peers = _peers(text, p, ctx, about_stock, index=index) if p.start not in paired else []
            found += [(move[0], peer, p.qualifier, when) for peer in peers if peer != move[1]]
    for m in _MULTIPLE.finditer(text):
        if not about_stock or _NOT_PRICE.search(text[max(0, m.start() - 30) : m.end() + 30]):
            continue
        word = m.group("w").lower()
        value = 100.0 if word.startswith("doubl") else 200.0 if word.startswith("tripl") else -50.0
        subject = _named(actor_before(text, m.start()), ctx) or _mover(text, m.start(), ctx)
        when = _when(text, m.start(), m.end(), ctx)
        found.append((value, subject, "approx", when))
        verb = re.search(
            r"(?:(?:have|has|had)\s+)?(?:more\s+than\s+|nearly\s+|almost\s+)?$", text[: m.start()]
        )
        start = verb.start() if verb else m.start()
        peers = _listed_before(text, start, ctx, about_stock, index=is_index(subject))
        found += [(value, peer, "approx", when) for peer in peers if peer != subject]
    for value, subject, qualifier, occ in found:
        yield Draft(
            "price_move",
            {
                "percent": value,
                "period": occ.period,
                "listing": _listing(text),
                "qualifier": qualifier,
            },
            confidence=0.85,
            subject=subject,
            occurrence=occ,
        )


_LEVEL_CUE = re.compile(
    r"\b(?P<kind>clos(?:ed|ing|e)|end(?:ed|ing)?|settl(?:ed|ing|e)|finish(?:ed|ing)?|"
    r"open(?:ed|ing)?|trad(?:ed|ing|es|e)|hit|hitting|touched|reach(?:ed|ing|es)?|quoted|was|"
    r"stood|to|at|and(?=\s+an?\s+(?:intraday\s+)?(?:high|low)\b)|"  # "... and a low of ₹3,210"
    # "the current share price of €3.14", "At the current €3.49", "current market price (RON 120.1)"
    r"current(?:\s+(?:market|share|stock))?(?:\s+price)?(?:\s+(?:of|at|is))?|"
    # "the previous closing price of Rs 1,113.80", "its closing price of Rs 351.75"
    r"(?:previous\s+)?(?:closing|opening)\s+price(?:\s+(?:of|was|at))?)\b"
    r"(?:\s+(?:at|to|around|about|near))?(?:\s+(?:a|an|its|their|the\s+day['’]s|"
    r"the\s+session['’]s|the)?\s*(?:new\s+)?"
    r"(?:(?:record|all[-\s]time|52-week|intraday|session|historical\s+intraday|"
    r"[\w-]+-(?:day|week|month|year))\s+)?"  # "a three-week low of", "five-and-a-half-year high"
    r"(?P<hl>high|low|peak)?\s*(?:of)?)?\s*[(:]?\s*$",
    re.I,
)
# A price in brackets after a move: "Involys: +4.38% (MAD 100.95)"
_AFTER_ITS_MOVE = re.compile(r"[+\-−]?\s?\d+(?:\.\d+)?\s?%\s*\(\s*$")
_ITEM_CLOSES = re.compile(r"[^()]{1,25}\)\s*(?:[,;.]|and\b|$)")
# "a twelve month low of $34.78", "52-week high of $105.30", "1-year low of $150.11"
_RANGE_CUE = re.compile(
    r"\b(?:(?:52|fifty-two)[\s-]weeks?|(?:twelve|12)[\s-]months?|(?:1|one)[\s-]year)"
    r"\s+(?P<hl>high|low)(?:\s+price)?\s+(?:of|was|at|is)\s*$",
    re.I,
)
_MOVED_TO = re.compile(
    rf"\b(?:{_UP}|{_DOWN}|leap|gain|jump)\s+(?:(?:by|of)\s+)?(?:[\d.]+\s?(?:%|per\s?cent|percent)|"
    # "added 20 sen to RM12.80", "rose $1.20 to $45.10", "firmed eight sen to RM4.14"
    r"[^\s,;]{1,10}(?:\s(?:sen|cents?|pesewas?|kobo|pence|points?))?)\s+to\b",
    re.I,
)
_AS_FAR_AS = re.compile(r"\bas\s+(?P<hl>high|low)\s+as\s*$", re.I)
_NOT_LEVEL = gated(
    # (a capitalised word may be a company's name: "Target shares closed at $86.33")
    r"(?-i:target|\bTARGET\b|\bTarget\s+(?:price|of|for|range)\b)|"
    r"fair[\s-]value|objective|worth|valued|values?\s+(?:the\s+)?(?:stock|shares)\s+at|"
    r"market (?:value|cap)|revenue|budget|consensus|estimate|(?-i:investment)|commitment|priced|"
    r"costs?|retails?\s+(?:at|for)|price\s+tag|buyback|dividend|\bbuy\b|"
    # "the rand was trading at R18.60/$": a currency's rate, no share's price
    r"\bthe\s+(?:rand|rupee|yen|dollar|greenback|euro|won|yuan|ringgit|peso|lira|pound|naira|"
    r"real|rouble|ruble|baht|rupiah)\b|"
    r"purchase|acquire|(?-i:offer|deal)|tender|analysts|\bsees?\b|(?:floor|reserve|issue)\s+price|"
    # an insider's trade: "bought 5,000 shares at $20.10 per share"
    r"\b(?:bought|sold|purchased|acquired)\s+(?:an?\s+additional\s+)?[\d,.]+\s+(?:million\s+)?shares|"
    # a result per share: "earnings per share for the fourth quarter was $0.80"
    r"\bper\s+share\s+(?:for|of|in|was)\b|\bEPS\b",
    re.I,
)
# The price of a deal in the shares, not the market's: "a sale of 31.3 crore shares at Rs 413",
# "Shares are being marketed at QAR 12.40", "Both trades were executed at N31.00"
_DEAL_PRICE = re.compile(
    r"\b(?:sale|selling|sold|offload(?:ed|ing)?|divest\w*|placement|placing|marketed|executed|"
    r"book-?build\w*|stake)\b(?:(?!\b(?:clos|end|settl|finish|trad))(?:[^.;]|\.(?=\d))){0,60}\bat\s+(?:(?:\S+\s+){1,2}(?:to|and)\s+)?$",
    re.I,
)
_INDEX_LEVEL = re.compile(
    r"(?<![\w$€£¥.,])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{3,6}\.\d{1,2}|"
    r"\d{3,6}(?=\s*points?\b))(?![\d%])"
    r"(?!\s*points?\s+(?:higher|lower|up|down)\b)"  # "141.78 points higher": a change
    r"(?P<pts>\s*points?)?"
)
_POINTS_BEFORE = re.compile(
    r"\bpoints?\s+(?:higher|lower|up|down)\s+(?:at|to)\s+$|"
    # "advanced by 1,728.93 points or 0.53 per cent to close at 327,861.17"
    r"\bpoints?(?:,?\s+or\s+[\d.]+\s?(?:%|per\s?cent|percent))?,?\s+"
    r"(?:to\s+(?:close|end|finish|settle)\s+at|closing\s+at|ending\s+at|settling\s+at)\s+$"
)
_BIG_UNITS = frozenset({"KRW", "JPY", "IDR", "VND"})


_CLAUSE_VERB = re.compile(r"\b(?:clos|end|finish|settl|open)\w*", re.I)


def _level_type(word: str, high_low: str | None) -> str:
    word = word.lower()
    if word.startswith(("clos", "end", "settl", "finish")):
        return "close"  # "settled at a three-week low of 80,426.46": the close, at a low
    if high_low:
        return "high" if high_low.lower() == "peak" else high_low.lower()
    if word.startswith("open"):
        return "open"
    if word.startswith(("trad", "quoted", "was", "stood", "current")):
        return "current"
    return "intraday"


@dataclass(frozen=True, slots=True)
class _Level:
    """A market price found in a sentence, before it becomes a draft."""

    price: float
    currency: str | None
    start: int
    end: int
    subject: str | None
    level_type: str
    past_year: bool = False  # a 52-week high or low


def _actor_at(text: str, at: int, ctx: Context) -> str | None:
    """The subject id of the company or index heading the clause that ends at ``at``: for a
    level after a move ("shares in the group rising 2.3% to €14.50"), the move's."""
    actor = actor_before(text, at)
    # the move before it, back to the verb whose clause names the mover ("ASPI gained 0.67% to
    # close 141.78 points higher at 21,226.87": ASPI's, not "higher"'s nobody)
    for moved in reversed(list(_MOVE.finditer(text, max(0, at - 60), at)) if actor is None else []):
        actor = actor_before(text, moved.start())
        if actor == SELF and _IT_BEFORE.search(text, 0, moved.start()):
            actor = leading_actor(text, moved.start())  # "X was top-traded as it rose 2% to"
        if actor == SELF:
            return ctx.sentence_subject
        if actor is not None:
            break
    return _named(actor or leading_actor(text, at), ctx)


def _level_at(text: str, start: int, ctx: Context) -> tuple[str | None, str, bool] | None:
    """(subject, level type, whether a 52-week range) of a price at ``start``, or ``None``
    when it is no market price."""
    lead = text[max(0, start - 45) : start]
    span = _RANGE_CUE.search(lead)
    if span:
        return None, span.group("hl").lower(), True
    if extreme := _AS_FAR_AS.search(lead):  # "went as low as Rs 947.2": the session's low
        at = start - len(lead) + extreme.start()
        return _actor_at(text, at, ctx), extreme["hl"].lower(), False
    if (moved := _AFTER_ITS_MOVE.search(text, 0, start)) and _ITEM_CLOSES.match(text, start):
        # "Involys: +4.38% (MAD 100.95)": a mover's price (not "0.66% (JPY 11.5) lower")
        signed = _SIGNED_AFTER_NAME.search(text, 0, moved.start())
        named = _named(signed["name"], ctx) if signed else None
        return named or _actor_at(text, start, ctx), "intraday", False
    cue = _LEVEL_CUE.search(lead)
    if (
        cue is None
        or _NOT_LEVEL.search(lead)
        or _DEAL_PRICE.search(text, 0, start)
        or _NOT_SECURITY.search(lead)
        or _COMMODITY_UNIT.match(text, start)  # "closing at $72.38 per barrel"
    ):
        return None
    word = cue.group("kind").lower()
    closing = word.startswith(("clos", "end", "settl", "finish", "open"))
    if not closing and _NOT_LEVEL.search(text[:start]):
        return None  # "the average target ... stands at $212": not a market price
    at = start - len(lead) + cue.start()
    subject = _actor_at(text, at, ctx)
    if word in ("to", "at"):  # "ended 0.7% higher at 2,702.15": the clause's verb says which
        verb = _CLAUSE_VERB.search(clause(text, at, at))
        word = verb.group(0).lower() if verb else word
    return subject, _level_type(word, cue.group("hl")), False


def _prices(text: str, ctx: Context) -> list[_Level]:
    """Each market price in ``text``: per-share amounts of money, then index levels."""
    found: list[_Level] = []
    for a in find_money(text):
        big = a.currency in _BIG_UNITS and a.value < 10_000_000
        if not (is_per_share(a, text) or big):
            continue
        seen = _level_at(text, a.start, ctx)
        if seen is not None:
            found.append(_Level(a.value, a.currency, a.start, a.end, *seen))
    for m in _INDEX_LEVEL.finditer(text):
        if any(f.start <= m.start() < f.end for f in found):
            continue
        seen = _level_at(text, m.start(), ctx)
        if seen is None:
            continue
        subject, level_type, past_year = seen
        subject = subject or _mover(text, m.start(), ctx)
        # "2,702.15 points", an index's level, or "141.78 points higher at 21,226.87"
        pointed = _POINTS_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if m.group("pts") or is_index(subject) or pointed:
            price = parse_number(m.group("num"))
            found.append(_Level(price, None, m.start(), m.end(), subject, level_type, past_year))
    return found


_LEVEL_SENTENCE = gated(
    r"\b(?:shares?|stock|equity|ADRs?|clos\w+|trad\w+|open(?:ed|ing)|settled|finished|"
    r"index|points|high|low|current\s+(?:market\s+|share\s+|stock\s+)?price|quoted)\b|"
    r"\d\s?%\s*\(|"  # a mover's price in brackets: "Involys: +4.38% (MAD 100.95)"
    + INDEX_WORDS.pattern,
    re.I,
)


def levels(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """A price the shares (or an index) closed, opened, traded or peaked at, each for the
    company or index heading its clause; a 52-week high or low spans the past year."""
    text = sentence.text
    # "Acme fell 8.5% to 2,970 pence": a named mover's price, in a sentence about no figure
    # of the business
    if not _LEVEL_SENTENCE.search(text) and (
        " to " not in text or not _MOVED_TO.search(text) or _NOT_PRICE.search(text)
    ):
        return
    paired = _respectively(text, find_percents(text))
    for level in _prices(text, ctx):
        if name := _paired_price(text, level.start, paired):  # "0.60% to €16.57, 0.30% to €6.74"
            level = replace(level, subject=_named(name, ctx) or level.subject)  # noqa: PLW2901
        yield Draft(
            "price_level",
            {
                "price": level.price,
                "currency": level.currency,
                "level_type": level.level_type,
                "listing": _listing(text),
                "qualifier": qualifier_before(text, level.start),
            },
            confidence=0.85,
            subject=level.subject,
            occurrence=past_year(ctx.published)
            if level.past_year
            else _when(text, level.start, level.end, ctx, level=True),
        )


_RSI = gated(
    r"(?:(?P<win>\d+)[-\s]day\s+)?(?:relative\s+strength\s+index|\bRSI\b)(?:\s*\(RSI\))?", re.I
)
_VALUE_AFTER = re.compile(
    r"^[^.;]{0,50}?\b(?:at|of|to|reads?|is|stands at|registers at)\s+(?:an?\s+)?"
    r"(?:[a-z]+\s+){0,3}?(?P<v>\d+(?:\.\d+)?)\b(?!\s?%)",
    re.I,
)
_SIGNAL = re.compile(r"\b(?P<s>overbought|oversold|bullish|bearish)\b", re.I)
_MOVING_AVERAGE = gated(
    r"(?P<win>\d+)[-\s]day\s+(?:simple\s+|exponential\s+)?moving\s+average", re.I
)
_SHORT_INTEREST = re.compile(r"short\s+interest[^.%]{0,70}?(?P<v>\d+(?:\.\d+)?)\s?%", re.I)


def _signal(text: str) -> str | None:
    m = _SIGNAL.search(text)
    return m.group("s").lower() if m else None


def technicals(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """RSI, moving averages and short interest, with value, window and signal."""
    text = sentence.text
    previous = ctx.sentences[ctx.index - 1].text if ctx.index else ""
    for m in _RSI.finditer(text):
        v = _VALUE_AFTER.match(text[m.end() :])
        value = float(v.group("v")) if v else None
        signal = (
            _signal(text)
            or ("oversold" if value is not None and value < 30 else None)
            or ("overbought" if value is not None and value > 70 else None)
            or _signal(previous)
        )
        earlier = re.search(r"(\d+)[-\s]day", text[: m.start()])
        win = m.group("win") or (earlier.group(1) if earlier else None)
        window_days = int(win) if win else None
        yield Draft(
            "technical_indicator",
            {"indicator": "RSI", "value": value, "window": window_days, "signal": signal},
            confidence=0.9,
        )
        break
    for m in _MOVING_AVERAGE.finditer(text):
        money = [a for a in find_money(text) if a.start > m.end() and a.start - m.end() < 40]
        above = re.search(r"\babove\b", text[: m.start()], re.I)
        below = re.search(r"\bbelow\b", text[: m.start()], re.I)
        yield Draft(
            "technical_indicator",
            {
                "indicator": f"SMA{m.group('win')}",
                "value": money[0].value if money else None,
                "window": int(m.group("win")),
                "signal": "bullish" if above else "bearish" if below else _signal(text),
            },
            confidence=0.8,
        )
    si = _SHORT_INTEREST.search(text)
    if si:
        yield Draft(
            "technical_indicator",
            {"indicator": "short_interest", "value": float(si.group("v"))},
            confidence=0.8,
        )


_MULTIPLE_OF = gated(
    r"(?P<v>\d+(?:\.\d+)?)\s*(?:x|times)\s+(?P<basis>forward|trailing|next\s+year'?s|"
    r"this\s+year'?s|expected)?\s*(?P<what>earnings|sales|revenue|EBITDA|book(?:\s+value)?|"
    r"free\s+cash\s+flow)",
    re.I,
)
_RATIO_OF = gated(
    r"(?P<basis>forward|trailing)?\s*(?:P/E|price[-\s]to[-\s]earnings|PE)\s*(?:ratio|multiple)?"
    r"\s+(?:of\s+)?(?:about\s+|around\s+|roughly\s+)?(?P<v>\d+(?:\.\d+)?)",
    re.I,
)
_METRIC = {"earnings": "pe", "sales": "ps", "revenue": "ps", "ebitda": "ev_ebitda", "book": "pb"}


def valuations(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """Valuation multiples such as forward P/E; historical peaks are not current readings."""
    text = sentence.text
    if re.search(r"\bpeak\b|\ball-time\b|\bhistorical(?:ly)?\b|\bat its height\b", text, re.I):
        return
    m = _MULTIPLE_OF.search(text) or _RATIO_OF.search(text)
    if m is None:
        return
    what = (m.groupdict().get("what") or "earnings").split()[0].lower()
    basis = (m.group("basis") or "").lower()
    prefix = (
        "forward_"
        if basis.startswith(("forward", "next", "expected"))
        else ("trailing_" if basis.startswith("trailing") else "")
    )
    yield Draft(
        "valuation_multiple",
        {
            "metric": prefix + _METRIC.get(what, what),
            "value": float(m.group("v")),
            "qualifier": qualifier_before(text, m.start()),
        },
        confidence=0.85,
    )


# A movers' table row: "Tesco (TSCO) 454.20p 1.93%", "Coca-Cola Europacific Partners (DI)
# (CCEP) 6,840.00p -1.01%"; one to a line, or run together as pages are copied.
_ROW = re.compile(
    r"(?:^|(?<=%\s))(?P<name>[A-Z0-9][^()\d%]*?)\s*(?:\([A-Z0-9.:\s]{1,12}\)\s*)+"
    r"(?P<price>\d{1,3}(?:,\d{3})*(?:\.\d+)?)(?P<pence>p)?\s+(?P<pct>[+\-−]?\d+(?:\.\d+)?)\s?%"
    r"(?=\s|$)"
)
# A market snapshot: "S&P 500: Down 3.81 (-.10%)", "Russell 2000: Up 17.14 (Up .77%)", one
# to a line or run together as pages are copied.
_SNAPSHOT = gated(
    r"(?:^|(?<=\)\s))(?P<name>[A-Z][\w&.'’\- ]*?):\s+(?P<dir>Up|Down|Higher|Lower)\s+"
    r"[\d,]+(?:\.\d+)?(?:\s+points?)?\s+\((?:(?:Up|Down)\s+)?[+\-−]?(?P<pct>\d*\.?\d+)\s?%\)",
    re.IGNORECASE,
)
# A template headline: "Occidental Petroleum Trading Down 0.9%", "Realty Income Stock Down 0.7 %".
_HEADLINE = re.compile(
    r"^(?P<name>[A-Z][\w&.'’\- ]*?)\s+(?:Stock\s+Price|Share\s+Price|Shares|Stock|Trading)\s+"
    r"(?:Is\s+|Are\s+)?(?P<dir>Up|Down|Higher|Lower)\s+(?P<pct>\d+(?:\.\d+)?)\s?%"
)


def _table_rows(text: str) -> list[re.Match[str]]:
    """The rows of a movers' table, when the line is nothing but rows."""
    found = list(_ROW.finditer(text))
    rest = _ROW.sub("", text).strip()
    return found if found and not rest else []


def _stated_move(m: re.Match[str], confidence: float, ctx: Context, occ: Occurrence) -> Draft:
    """The day's move a snapshot or a template headline states: its name, Up/Down, percent."""
    sign = -1.0 if m.group("dir").lower() in ("down", "lower") else 1.0
    return Draft(
        "price_move",
        {"percent": sign * float(m.group("pct")), "period": "day"},
        confidence=confidence,
        subject=ctx.subjects.id_of(m.group("name")),
        occurrence=occ,
    )


def _heading_day(ctx: Context) -> Occurrence:
    """A heading's day: the day its section's first sentence names, else the publication."""
    following = ctx.following()
    if following is not None and not following.heading:
        occ = _cue(following.text, ctx)
        if occ.precision == "day":
            return occ
    return _session_day(ctx)


# A movers' list line: "Involys: +4.38% (MAD 100.95)", a name, its signed move, its price
_LISTED_MOVE = re.compile(
    r"(?P<name>[A-Z][^:;%()]{0,60}?):\s*(?P<pct>[+\-−]\s?\d+(?:\.\d+)?)\s?%"
    r"(?:\s*\((?P<price>[^()]{1,20})\))?\s*$"
)


def _listed_move(listed: re.Match[str], ctx: Context) -> Iterator[Draft]:
    subject = ctx.subjects.id_of(listed.group("name").strip())
    occ = _session_day(ctx)
    percent = parse_number(listed.group("pct").lstrip("+−- "))
    move = {"percent": percent if listed.group("pct")[0] == "+" else -percent, "period": "day"}
    yield Draft("price_move", move, confidence=0.8, subject=subject, occurrence=occ)
    money = find_money(listed.group("price") or "")
    if money:
        level = {"price": money[0].value, "currency": money[0].currency, "level_type": "intraday"}
        yield Draft("price_level", level, confidence=0.8, subject=subject, occurrence=occ)


def rows(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """Heading-like lines that state a price: movers' table rows and template headlines."""
    text = sentence.text.strip()
    table = _table_rows(text)
    for row in table:
        subject = ctx.subjects.id_of(row.group("name").strip())
        occ = _session_day(ctx)
        percent = parse_number(row.group("pct").lstrip("+−-"))
        move = {"percent": -percent if row.group("pct")[0] in "-−" else percent, "period": "day"}
        yield Draft("price_move", move, confidence=0.8, subject=subject, occurrence=occ)
        level = {
            "price": parse_number(row.group("price")),
            "currency": "GBX" if row.group("pence") else None,
            "level_type": "intraday",
        }
        yield Draft("price_level", level, confidence=0.8, subject=subject, occurrence=occ)
    if table:
        return
    if (listed := _LISTED_MOVE.match(text)) and not _PRICE_FIELD.match(text):
        yield from _listed_move(listed, ctx)
        return
    snapshots = list(_SNAPSHOT.finditer(text))
    for snapshot in snapshots:
        yield _stated_move(snapshot, 0.8, ctx, _session_day(ctx))
    if snapshots:
        return
    headline = _HEADLINE.match(text)
    if headline:
        yield _stated_move(headline, 0.75, ctx, _heading_day(ctx))
