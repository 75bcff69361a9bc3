"""When a market figure happened: the time cue of its clause, else the session the news
reports (the day the lead names, else the exchange's last trading day on or before
publication). A weekly report (its lead sums up a week: "closed the week", "w/w", "fell 1.6%
last week", written after the week's last session) tells its undated moves over that week and
its levels at the week's last session.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Literal

from timeline._time import MONTHS, WEEKDAYS
from timeline.extract.actors import clause, is_index, leading_actor
from timeline.extract.context import Context
from timeline.extract.gates import gated
from timeline.extract.markets import LISTING_SUFFIX
from timeline.extract.sessions import (
    next_session,
    previous_session,
    session_closes,
    session_on_or_before,
)
from timeline.extract.temporal import (
    TO_DATE,
    Occurrence,
    TemporalContext,
    resolve,
    span_as_of,
    without_reversed_days,
)
from timeline.extract.text import Sentence

_PERFECT = re.compile(
    r"\b(?:has|have|had)\s+(?:\w+\s+)?(?:been\s+)?(?!been\b|down\b)\w+(?:ed|en|wn)\b|"
    r"\bsince\b|\bso far\b|"
    r"\b(?:over|in|during)\s+the\s+(?:past|last|course)\b",
    re.I,
)


# A sentence's opening phrase, up to its first comma ("Since the beginning of this financial
# year, ..."), not a thousands' comma ("The ZSI rose 2.71 points from Tuesday to 19,975.50")
_OPENING = re.compile(r"^[^,]{3,60},(?!\d{3})")


def _cue(text: str, ctx: Context) -> Occurrence:
    """The time cue of ``text`` alone (the article's temporal memory is left as it was)."""
    if not text:  # three in four of the pieces `_when` reads are empty: no words, no cue
        return Occurrence.unknown()
    return resolve(text, ctx.published, replace(ctx.temporal), ctx.subjects.exchange)


@dataclass(slots=True)
class _Session:
    """The session an article reports, read once from its lead."""

    day: dt.date | None = None
    read: bool = False


# A lead about a market's session: "Investors ... recorded a N259 billion gain on Tuesday"
_SESSION_LEAD = re.compile(
    r"\b(?:shares?|stocks?|index|indices|market|session|trading|traded|clos(?:e|es|ed)|ends?|ended|"
    r"gain|loss|"
    r"rose|fell|rallied|slipped|climbed|dropped|jumped|declined|investors)\b",
    re.I,
)
_LEAD_SENTENCES = 3
_LEAD_WORDS = 4
# A day the lead names by its name or date ("on Tuesday", "on June 3", "yesterday"), not "the
# previous close"
_NAMED_DAY = gated(
    rf"\b(?:{'|'.join(WEEKDAYS)}|yesterday)\b|\b(?:{'|'.join(MONTHS)})\.?\s+\d{{1,2}}\b", re.I
)


# What happened outside a session: its day names none ("The result was announced after market
# hours yesterday", "reported after the bell on Tuesday")
_OUT_OF_HOURS = re.compile(
    r"\b(?:after|before)\s+(?:the\s+)?(?:market\s+(?:hours|close|closed)|close\s+of\s+"
    r"(?:trade|trading|the\s+market)|(?:closing\s+)?bell|(?:the\s+)?market\s+opened)\b",
    re.I,
)


def _session_day(ctx: Context) -> Occurrence:
    """The session the news reports: the day its lead names for a session ("... recorded a
    gain on Tuesday", in a story published on Wednesday), else the exchange's last trading day
    on or before P."""
    memory = ctx.memory(_Session)
    if not memory.read:
        memory.read = True
        for lead in _leads(ctx):
            if _SESSION_LEAD.search(lead.text) and _TODAY.search(lead.text):
                break  # "Shares ... surged this morning": P's session, whatever comes after
            told = _session_told(lead.text, ctx)
            if told is False:
                continue
            memory.day = told
            break
    day = memory.day or session_on_or_before(ctx.published, ctx.subjects.exchange)
    if memory.day is None and (_PRE_OPEN.search(ctx.article.title) or _closed_later(ctx)):
        # a report written before the day's session ("Daily European Equity Opening News",
        # "Morning briefing"), or of a close before that day's close: the session before
        day = previous_session(ctx.published, ctx.subjects.exchange)
    return _in_a_session(Occurrence(day, day, "day", "day"), ctx)


def _session_told(text: str, ctx: Context) -> dt.date | Literal[False] | None:
    """The session a sentence about a market's trading names by its day ("... recorded a gain
    on Tuesday", in a story published on Wednesday); None for a day too far before P to be
    the news's session; False when it names none (no session, no day, a day out of hours)."""
    # "rose 2.71 points from Tuesday to 19,975.50", "worth 15% less than last Friday's close":
    # that day is the base, not the session
    told = _BASE_CLOSE.sub(" ", _FROM_DAY.sub(" ", text))
    named = _NAMED_DAY.search(told) if _SESSION_LEAD.search(text) else None
    if named is None or _OUT_OF_HOURS.search(told):
        return False  # "announced after market hours yesterday": no session's day
    occ = _cue(told, ctx)
    if occ.precision != "day" or occ.start is None:
        return False
    if not 0 <= (ctx.published - occ.start).days <= _LEAD_SESSION_DAYS:
        return None
    if _AFTER_DAY.search(told, 0, named.start()):
        # "bounced back after Monday's bloodbath": the session after that day
        return min(next_session(occ.start, ctx.subjects.exchange), ctx.published)
    return occ.start


def _closed_later(ctx: Context) -> bool:
    """Whether the lead reports a close ("Spain's index closes above 17,000 points") in a story
    published, at a time it gives, before the close of that day's session (13:23 in Madrid):
    no close of that day was known yet, so the close is the session before's. A story known by
    its date alone (midnight UTC) says nothing of the hour."""
    at = ctx.article.published_at
    if at.time() == dt.time(0):
        return False
    today = session_on_or_before(ctx.published, ctx.subjects.exchange)
    close = session_closes(ctx.subjects.exchange).get(today)
    if close is None or at >= close:
        return False
    return any(
        _CLOSE.search(lead.text) and not _PART_CLOSED.search(lead.text) for lead in _leads(ctx)
    )


# A lead that reports a session's close; "closed the morning session" closes only its half
_CLOSE = re.compile(r"\b(?:clos(?:es|ed)|ended|settled|finished)\b", re.I)
_PART_CLOSED = re.compile(r"\b(?:morning|first|afternoon)\s+(?:session|half|trade)\b", re.I)


def _leads(ctx: Context) -> list[Sentence]:
    """The title and the first sentences; a line of a few words (a time stamp, a ticker line,
    a byline) is none of them."""
    return [s for s in ctx.sentences if not s.boilerplate and len(s.text.split()) >= _LEAD_WORDS][
        :_LEAD_SENTENCES
    ]


@dataclass(slots=True)
class _Week:
    """The week a weekly market report sums up, read once from its lead (None: no such
    report)."""

    week: Occurrence | None = None
    read: bool = False
    lead: int = 0  # the index of the sentence that says so


# A lead that sums up a week of trading: "The exchange closed the week on a mixed note",
# "Stocks ended the Mar. 20-24 trading period higher", "The index settled 2.4% w/w higher",
# "The top gainers for the week were ...", "The index fell 1.6% last week" (a figure told over
# the week, not "after last week's rally" nor "a report published last week")
_WEEKLY = gated(
    r"\b(?:closed(?:\s+out)?|ended|finished|wrapped\s+up|rounded\s+off)\s+the\s+(?:[\w.–-]+\s+){0,3}?"
    r"(?:trading\s+)?(?:week|period)\b|"
    r"\bw/w\b|\bweek[\s-]on[\s-]week\b|"
    r"\b(?:gainers|losers|performers?|laggards)\s+(?:for|on|of)\s+the\s+week\b|"
    r"\bweek\s+(?:ended|ending)\b|\bfor\s+the\s+week\b|"
    r"\d\s?(?:%|per\s?cent|percent|points?)\s+(?:\w+\s+){0,3}?(?:this\s+past|last|this|past)\s+"
    r"week\b(?!['’])",
    re.I,
)


# A report that names itself weekly: "A Weekly Recap of All Things Resources", "ASX Small Caps
# Weekly Form Guide", "Week Ending October 11th 2025", "The week in review"
_WEEKLY_REPORT = re.compile(
    r"\bweekly\s+(?:[\w&-]+\s+){0,3}?(?:recap|review|wrap|round-?up|form\s+guide|movers|stocks|"
    r"report|summary|turnover|update|performance|gainers|losers)\b|"
    r"^\W*week\s+(?:ended|ending)\b|\bthe\s+week\s+in\s+(?:review|markets|stocks)\b",
    re.I,
)


def _report_week(ctx: Context) -> Occurrence | None:
    """The week a weekly market report sums up, when it names itself weekly in its title or
    lead, or its lead says it sums one up and it was written after that week's last session
    (a Friday's report of the day may add "and 2% for the week"; the week's own report comes
    on the weekend or the Monday after). None for any other report."""
    memory = ctx.memory(_Week)
    if memory.read:
        return memory.week
    memory.read = True
    leads = _leads(ctx)
    named = next((s for s in leads if _WEEKLY_REPORT.search(s.text)), None)
    said = named or next(
        (s for s in leads if _WEEKLY.search(s.text) and _SESSION_LEAD.search(s.text)), None
    )
    if said is None:
        return None
    # (a report named weekly sums up the last week closed by P: not the Monday it comes out on)
    session = _week_close(ctx).start if named else _session_day(ctx).start
    week = _week_said(said.text, session or ctx.published, ctx)
    if week.end is None or (
        named is None and session_on_or_before(week.end, ctx.subjects.exchange) >= ctx.published
    ):
        return None
    memory.lead, memory.week = ctx.sentences.index(said), week
    return week


def _week_said(lead: str, session: dt.date, ctx: Context) -> Occurrence:
    """The week a weekly report's lead names: its words' week ("w/w": the week to the session
    reported; "last week", "for the week"), the days it names ("the Mar. 20-24 trading
    period"), else Monday..Sunday of the session reported (no later than P)."""
    named = _WEEKLY.search(lead)
    words = TemporalContext(last_day=session)
    for occ in (
        resolve(named.group(0) if named else "", ctx.published, words, ctx.subjects.exchange),
        _cue(lead, ctx),
    ):
        if occ.start is not None and occ.end is not None and occ.start < occ.end <= session:
            return Occurrence(occ.start, occ.end, "week", "week")
    monday = session - dt.timedelta(days=session.weekday())
    return Occurrence(monday, min(monday + dt.timedelta(days=6), ctx.published), "week", "week")


def _weekly(ctx: Context, *, level: bool) -> Occurrence | None:
    """When an undated figure of a weekly report happened: a move over its week, a level at
    its last session; once a sentence after the lead opens on a day ("In Friday's session,
    the market closed ..."), on that day. None for any other report."""
    week = _report_week(ctx)
    if week is None or week.end is None:
        return None
    if level:
        last = session_on_or_before(week.end, ctx.subjects.exchange)
        week = Occurrence(last, last, "day", "day")
    lead = ctx.memory(_Week).lead
    for sentence in reversed(ctx.sentences[lead + 1 : ctx.index + 1]):
        opening = _OPENING.match(sentence.text)
        day = _cue(opening.group(0), ctx) if opening else None
        if day is not None and day.precision == "day" and day.start == day.end:
            return _in_a_session(day, ctx)
    return week


_PRE_OPEN = re.compile(
    r"\b(?:open(?:ing)?\s+(?:news|call|briefing|report)|morning\s+(?:briefing|report|call|note|"
    r"wrap)|pre-?open)\b",
    re.I,
)


_TODAY = re.compile(r"\b(?:today|this\s+(?:morning|afternoon|evening)|tonight)\b", re.I)
_LEAD_SESSION_DAYS = 4  # a lead's "on Friday" in Monday's or Tuesday's paper
_AFTER_DAY = re.compile(r"\b(?:after|following)\s+(?:the\s+)?$", re.I)


# A level a week closed at: "closed the week higher at 6,264.49", "ended the week at $41.20"
_CLOSED_THE_WEEK = re.compile(
    r"\b(?:closed|ended|finished|settled|wrapped\s+up)\s+the\s+week\b[^.;]{0,40}?\bat\s+$", re.I
)


_FRIDAY = 4  # `date.weekday()`


def _week_close(ctx: Context) -> Occurrence:
    """The last session of the week a report says has closed: this week's, written from its
    Friday on; last week's, written from Monday to Thursday (the week under way has not)."""
    p = ctx.published
    end = p if p.weekday() >= _FRIDAY else p - dt.timedelta(days=p.weekday() + 1)
    day = session_on_or_before(end, ctx.subjects.exchange)
    return Occurrence(day, day, "day", "day")


def _when(text: str, start: int, end: int, ctx: Context, *, level: bool = False) -> Occurrence:
    """When the figure at ``text[start:end]`` happened: the time cue of its own clause ("The
    Dow fell 2.5% this week, its biggest drop since Oct. 25"), else of the sentence's opening
    ("On Tuesday, ..."), else the session the news reports: the last trading day of the
    listing's exchange on or before publication (a move told in the simple past or present,
    "Volkswagen spiked 3.56 percent", is the latest session's). A move "since" something, or
    one put in the perfect ("has fallen 30%"), has no day of its own and stays unknown, unless
    the sentence places it in the session under way ("in early trade", "intraday")."""
    if level and _NOW_BEFORE.search(text, max(0, start - 30), start):
        # "down 40% over the past year to now sit at $2.95": the price as the news is written
        return _session_under_way(ctx)
    if level and _CLOSED_THE_WEEK.search(text, max(0, start - 60), start):
        # "closed the week higher at 6,264.49": the last session of the week that closed
        return _week_close(ctx)
    written, at = _own_clause(text, start, end)
    own = _own_words(written, at, end, level=level)
    if level and (base := _FROM_DAY_TO.search(text, max(0, start - 40), start)):
        own = own.replace(base.group(0), " ")  # "rose 2.71 points from Tuesday to 19,975.50"
    opening = _OPENING.match(text)
    # "lagging the S&P 500's 9% gain": a comparison measures over the main clause's period
    compared = _COMPARED.search(text, max(0, start - 70), start)
    main = text[: compared.start()] if compared else ""
    if _SAME_PERIOD.search(own):
        main = main or text[:at]
    # "rose on Tuesday, closing at $10.48 for a gain of 3.76%": a participle or a phrase
    # without a verb of its own continues the clause before it, and is told at its time
    # ... and so does a relative clause of its time: "a 4% jump in the previous session, where
    # they hit an intra-day high of Rs 550.55"
    relative = _RELATIVE_BEFORE.search(text, max(0, at - 20), at)
    continued = text[:at] if _CONTINUED.match(own) or relative else ""
    # "On Monday, the index rose 1.47% ..., surpassed on Tuesday when the index rose 0.9%": a
    # day named after the opening and before the figure is the nearer one
    # (not "reversed some of yesterday's losses": the session before the one told)
    days = without_reversed_days(text)
    named = [
        m
        for m in _NAMED_DAY.finditer(days, opening.end() if opening else 0, start)
        if not _NOT_ITS_DAY.search(text, 0, m.start())
    ]
    in_session = bool(_IN_SESSION.search(own) or _PREMARKET.search(own))  # the session under way's
    nearer = text[max(0, named[-1].start() - 8) : named[-1].end() + 3] if named else ""
    nearer = "" if in_session else nearer
    # "top gainers for the week were: Zorvex (+3.7%), ...": the list's lead tells its time
    colon = text.rfind(":", 0, start)
    listed = text[:colon] if colon > 0 else ""
    # "increased by 40.7% (ytd)", "(-3.15% w/w)": a period tag in brackets right after it;
    # "for a weekly gain of 7 per cent": the period its noun is said over
    tag = _TAG_AFTER.match(text, end)
    tagged = tag.group(0) if tag else ""
    if over := _PERIOD_NOUN.search(text, max(0, start - 60), start):
        tagged = _OVER[over["adj"].lower()]
    # "Over the past month, it dropped 24%, and in the last three months, it has fallen 30%":
    # the phrase that leads its own clause, before the sentence's opening
    led = _LED_CLAUSE.search(text, 0, at)
    # "MSTR has seen its stock fall over 17% this week." then "Coinbase dropped more than 15%
    # over the same period, while MARA and RIOT shed 18% and 7%, respectively": the period of
    # the sentence before, for every figure of this one
    before = ctx.preceding() if _SAME_PERIOD.search(text) else None
    earlier = before.text if before else ""
    for piece in (
        tagged,
        own,
        led.group("lead") if led else "",
        nearer,
        opening.group(0) if opening else "",
        main,
        continued,
        listed,
        earlier,
    ):
        # a move's base is not its day: "15% below last Friday's closing price"
        occ = _cue(piece if level else _BASE_CLOSE.sub(" ", piece), ctx)
        # a cue naming a period that has no precision ("in the first half") dates it unknown
        if occ.precision != "unknown" or occ.period != "unspecified":
            # a span to date ends on a day "as of" names, or on the close it goes on from
            occ = span_as_of(text, occ, ctx.published, ctx.subjects.exchange)
            return _in_a_session(_to_the_close(occ, continued, ctx), ctx)
    return _told_without_cue(text, start, own, ctx, level=level, in_session=in_session)


def _session_under_way(ctx: Context) -> Occurrence:
    """The exchange's session on or before publication, the one the news is written in."""
    day = session_on_or_before(ctx.published, ctx.subjects.exchange)
    return Occurrence(day, day, "day", "day")


def _told_without_cue(
    text: str, start: int, own: str, ctx: Context, *, level: bool, in_session: bool
) -> Occurrence:
    """When a figure whose words name no time happened (`_when`): none for a move in the
    perfect, the session under way's for one told from inside it (``in_session``), the period
    an index's move goes on from, else the weekly report's or the session the news reports."""
    perfect = _PERFECT.search(_SINCE.sub("", own) if level else own)
    if perfect and not ctx.sentence.heading and not _IN_SESSION.search(text):
        return Occurrence.unknown()
    if in_session:
        return _session_under_way(ctx)
    if not level and (carried := _carried_period(text, start, ctx)) is not None:
        return carried
    if (framed := _framed_before(ctx)) is not None:
        return _in_a_session(framed, ctx)
    return _weekly(ctx, level=level) or _session_day(ctx)


# A session's close: "closed the June 20 session at", "ended Thursday at"
_CLOSED = re.compile(r"\b(?:clos|end|finish|settl)(?:ed|ing)\b", re.I)


def _to_the_close(occ: Occurrence, before: str, ctx: Context) -> Occurrence:
    """A span to date told right after a close on a day before P ends on that day: "closed the
    June 20 session at VND136,100, up more than 40% from the beginning of the year" runs from
    1 January to June 20 (``before``: the clause the figure goes on from)."""
    if occ.period not in TO_DATE or occ.end != ctx.published or occ.start is None:
        return occ
    if not before or not _CLOSED.search(before):
        return occ
    day = _cue(before, ctx)
    if day.precision != "day" or day.start is None or day.start != day.end:
        return occ
    if not occ.start <= day.start < ctx.published:
        return occ
    return Occurrence(occ.start, day.start, occ.precision, occ.period)


_LONGER_PERIODS = frozenset({"week", "month", "year", "ytd"})


def _carried_period(text: str, start: int, ctx: Context) -> Occurrence | None:
    """An index's move told with no time of its own, right after a sentence of its paragraph
    that opens on a period longer than a day: that period ("For the week, the S&P 500 slipped
    0.3%. The Nasdaq Composite retreated 0.7%.")."""
    before = ctx.preceding()
    if before is None or (opening := _OPENING.match(before.text)) is None:
        return None
    actor = leading_actor(text, start)
    if actor is None or not is_index(actor):
        return None
    period = _cue(opening.group(0), ctx)
    return period if period.period in _LONGER_PERIODS and period.start is not None else None


# A sentence opening on the day it tells of: "On Tuesday,", "Earlier on Monday,", "Yesterday,"
# (not a clause of another time: "After Friday's setback, the index regained momentum")
_DAY_FRAME = re.compile(r"^(?:(?:earlier|later)\s+)?(?:on\s+[^,]{3,30}|yesterday),", re.I)


def _framed_before(ctx: Context) -> Occurrence | None:
    """The day the sentence before, in the same paragraph, opens on ("On Tuesday, the
    exchange swung both ways. The index dropped 1.33% to 112,414.81."): the frame of a
    narrative goes on until a sentence names its own time or the paragraph ends. Else the
    session a sentence before in the paragraph names ("The STOXX 600 closed at a record on
    Thursday, ... Kering rose 8.7%" in Friday's note; "Shares opened at $44 on Wednesday, ...
    The stock closed 25% lower at $32")."""
    if ctx.index == 0:
        return None
    before = ctx.preceding()
    if before is not None and (opening := _DAY_FRAME.match(before.text)):
        occ = _cue(opening.group(0), ctx)
        return occ if occ.precision == "day" else None
    if _NOW_TOLD.search(ctx.sentence.text):
        return None  # "Rheinmetall is gaining more than 3%": the session under way's
    for earlier in reversed(ctx.sentences[max(0, ctx.index - _FRAME_BACK) : ctx.index]):
        if earlier.block != ctx.sentence.block:
            break
        if not _DAY_MOVED.search(earlier.text):
            continue
        if (told := _session_told(earlier.text, ctx)) is not False:
            return Occurrence(told, told, "day", "day") if told else None
    return None


_FRAME_BACK = 3  # sentences of the paragraph a session's day carries over
# A market that moved on a day it names, in the one clause: "closed at a record 574.43 points
# on Thursday", "Shares opened at a hair over $44 on Wednesday" (not "the closing price of
# NT$28.8 on Wednesday", "announced the acquisition ... on Wednesday")
_DAY_MOVED = re.compile(
    r"\b(?:closed|ended|finished|settled|opened|rose|fell|gained|lost|climbed|dropped|jumped|"
    r"slipped|declined|rallied|tumbled|surged|plunged|advanced|retreated|traded)\b[^,;]{0,60}?"
    rf"\b(?:on\s+)?(?:{'|'.join(WEEKDAYS)}|yesterday)\b",
    re.I,
)
# A move told as under way: "is gaining", "are up", "currently"
_NOW_TOLD = re.compile(r"\b(?:is|are)\s+(?:currently\s+)?(?:up|down|\w+ing)\b|\bcurrently\b", re.I)


def _own_words(written: str, at: int, end: int, *, level: bool) -> str:
    """A figure's own clause (``written``, at ``at`` in the text; the figure ends at ``end``)
    as its time cue reads it: the base of a comparison after the figure is not its day ("up
    7.32% from the previous day"; "the previous close of Rs 30.69" is), a price's "last
    closing price" is the prior close (a price's only: "a 30% upside from the previous closing
    price" dates no call), and a move from a day's price is a move since that day ("fell by 14
    per cent from HK$2.40 on October 11")."""
    own = _FROM_BEFORE.sub(lambda m: "" if at + m.start() >= end else m.group(0), written)
    own = _LAST_CLOSING.sub("prior close", own)
    return own if level else _FROM_A_DAYS_PRICE.sub("since ", own)


# The base of a move, a price on a calendar day: "from HK$2.40 on October 11"
_FROM_A_DAYS_PRICE = re.compile(
    r"\bfrom\s+[^\s,;]*\d[^\s,;]*(?:\s+[a-z]{1,8})?\s+on\s+"
    rf"(?=(?:{'|'.join(MONTHS)})\.?\s+\d)",
    re.I,
)


def _own_clause(text: str, start: int, end: int) -> tuple[str, int]:
    """The clause of the figure at ``text[start:end]``, its side of a comparison, and where it
    begins; a percentage restating the amount before it ("surged more than $70, or about 40%,
    since late May") goes on with the time told after it."""
    written = clause(text, start, end)
    at = text.rfind(written, 0, start + len(written))
    written, at = _own_side(written, at, start, end)
    if _RESTATED.fullmatch(written) and (comma := _COMMA_AFTER.match(text, end)):
        written = f"{written} {clause(text, comma.end(), comma.end())}"
    return written, at


# A percentage set off by commas that restates the amount before it: "..., or about 40%, ..."
_RESTATED = re.compile(
    r"or\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+|some\s+)?[+\-−]?[\d.,]+\s?"
    r"(?:%|per\s?cent|percent)",
    re.I,
)
# (or the price it reached, then its time: "added 90 cents, or 2.1%, to $43.55 on Wednesday")
_COMMA_AFTER = re.compile(r"\s*,\s*(?=(?:since|over|in|during|this|last|so\s+far|on|to)\b)", re.I)


# "36.09% gain for a year compared to 6-month loss of -18.28%": each side of a comparison
# keeps its own period
_VERSUS = re.compile(r"\s(?:compared\s+(?:with|to)|versus|vs\.?)\s", re.I)
_A_PERCENT = re.compile(r"\d\s?(?:%|per\s?cent|percent)", re.I)


def _own_side(written: str, at: int, start: int, end: int) -> tuple[str, int]:
    """The side of a comparison in clause ``written`` (at ``at`` in the text) that holds the
    figure at ``start:end``, and where that side begins."""
    before = list(_VERSUS.finditer(written, 0, start - at))
    after = _VERSUS.search(written, end - at)
    if after and not _A_PERCENT.search(written, after.end()):
        after = None  # "a 25% decline compared to the beginning of the year": its base
    first = before[-1].start() if before else 0
    return written[first : after.start() if after else len(written)], at + first


def _in_a_session(occ: Occurrence, ctx: Context) -> Occurrence:
    """A market figure of a day its market was shut is of the last session before it: the
    "SAT OCT 11 2025" of a Saturday paper's dateline, "on Sunday" of a US stock. Where the
    article's market is not known, a day is left as written (its week may not be New York's:
    Muscat trades Sunday to Thursday)."""
    if occ.precision != "day" or occ.start is None or occ.start != occ.end:
        return occ
    if ctx.subjects.market is None and not LISTING_SUFFIX.search(ctx.subject):
        return occ
    day = session_on_or_before(occ.start, ctx.subjects.exchange)
    return occ if day == occ.start else Occurrence(day, day, "day", occ.period)


_PERIOD_NOUN = re.compile(
    r"\b(?P<adj>weekly|monthly|yearly|annual)\s+(?:gain|loss|rise|fall|drop|decline|advance|"
    r"increase|decrease|jump|slide)s?\s+of\s+(?:(?:about|around|nearly|almost|more\s+than|over)\s+)?$",
    re.I,
)
_OVER = {
    "weekly": "week-on-week",
    "monthly": "over the past month",
    "yearly": "over the past year",
    "annual": "over the past year",
}
_LED_CLAUSE = re.compile(
    # "..., so that so far this year, the share has gained 18.63%"
    r"[,;]\s+(?:and|but|while|whereas|so(?:\s+that)?|thus|meaning(?:\s+that)?)\s+"
    r"(?P<lead>[^,;]{3,60}),\s*$",
    re.I,
)
_TAG_AFTER = re.compile(
    r"\s*(?:\(\s*[^()\d]{2,12}\)|(?:w/w|m/m|y/y|WoW|MoM|YoY|YTD|ytd)\b)|"
    # the period right after the figure, before the price and the day it reached: "jumped 2.4
    # per cent during the week to Tk 419.7 on Thursday"
    r"\s+(?:(?:during|over|in|for)\s+the|this)\s+(?:week|month|year)\b"
    r"(?!\s+(?:ago|before|earlier|ahead|ended|ending)\b)"
    # ... not a week to a day ("in the week to Friday", "the month to March 31")
    rf"(?!\s+to\s+(?:\d|{'|'.join(WEEKDAYS)}|{'|'.join(MONTHS)}))|"
    # "rose 26 percent in 2025 ... to finish ... on Tuesday": the year right after the figure
    r"\s+in\s+(?:19|20)\d\d\b(?!\s*(?:,|and|to|-|–)\s*(?:19|20)?\d)"
)
_NOW_BEFORE = re.compile(
    r"\b(?:now|currently)\s+(?:\w+\s+){0,3}$|"
    # "current share price: C$0.175"
    r"\bcurrent\s+(?:share\s+|stock\s+)?price\s*[:=]?\s*(?:[A-Z]{1,3}\s?[$€£]|[$€£])?$",
    re.I,
)
_FROM_BEFORE = re.compile(
    r"\b(?:from|than|compared\s+(?:to|with)|against|over|versus|vs\.?)\s+(?:the\s+|its\s+|a\s+)?"
    # "compared to the closing of the previous session at 6,471.95"
    r"(?:clos(?:e|ing)\s+(?:of|in)\s+the\s+)?"
    r"(?:previous|prior|preceding|last)\s+(?:day|session|trading\s+(?:day|session)|close|"
    r"closing\s+price)\b",
    re.I,
)
_LAST_CLOSING = re.compile(r"\b(?:previous|prior|last|preceding)\s+closing\s+price\b", re.I)
# A level reached from a day's ("from Tuesday to 19,975.50"): that day is the base, not its day
_BASE_DAY = rf"\bfrom\s+(?:{'|'.join(WEEKDAYS)})(?:['’]s(?:\s+close)?)?"
_FROM_DAY = re.compile(_BASE_DAY + r"(?=\s+(?:to|at)\s+\S*\d)", re.I)
_FROM_DAY_TO = re.compile(_BASE_DAY + r"\s+(?:to|at)\s+$", re.I)
# A day's close a figure is measured against: "15% less than last Friday's close"
_BASE_CLOSE = re.compile(
    r"\b(?:than|against|versus|vs\.?|compared\s+(?:with|to)|relative\s+to|from|below|above)\s+"
    r"(?:last\s+)?"
    rf"(?:{'|'.join(WEEKDAYS)})['’]s\s+(?:close|closing(?:\s+price)?|level|finish)\b",
    re.I,
)
# "for the second time after March 20": a day that bounds a period is not the figure's day
_NOT_ITS_DAY = re.compile(
    r"\b(?:after|since|before|from|until|till|than|to|below|above)\s+(?:last\s+|this\s+)?$", re.I
)
_CONTINUED = re.compile(
    r"^(?:and\s+)?[a-z]+ing\b|"
    r"^(?:(?:for|with)\s+)?an?\s+(?:\w+\s+)?(?:gain|loss|rise|fall|drop|decline|jump|advance)\b|"
    r"^(?:up|down|higher|lower)\s+(?:(?:by|more|less|than|about|around|nearly|almost|over|"
    r"some|roughly|just)\s+)*[+\-−]?[\d.]+",  # ("down -1.77% from ...": a sign written twice)
    re.I,
)
_RELATIVE_BEFORE = re.compile(r",\s+(?:where|when|during\s+which|in\s+which)\s+$", re.I)
# "the lowest price since August 2024 at SAR 26.85": a level's record, not its period
_SINCE = re.compile(r"\bsince\b", re.I)
_PREMARKET = re.compile(r"\b(?:pre-?market|premarket)\b", re.I)


_COMPARED = re.compile(
    r"\b(?:lagging|trailing|outpacing|outperforming|underperforming|beating|versus|vs\.?|ahead\s+of|"
    r"compared\s+(?:with|to)|against)\s+(?:the\s+)?[^,;]{0,40}"
    r"(?:,\s+which\s+[^,;]{0,30})?$",  # "as against the Nifty 50, which rose 11%"
    re.I,
)
# "which rose 11% during the same time frame": the period of the figure told before it
_SAME_PERIOD = re.compile(
    r"\b(?:in|over|during|for)\s+the\s+same\s+(?:period|time\s*frame|span|stretch|time)\b", re.I
)


# A figure told from inside the session being traded ("has been down 12% in early afternoon
# trade", "intraday", "at the time of writing"): the session's, even in the perfect.
_IN_SESSION = re.compile(
    r"\bin\s+(?:early|late|morning|afternoon|midday|mid-day|early\s+afternoon|late\s+morning|"
    r"opening|early\s+morning|lunchtime|noon)\s+(?:trade|trading|deals|dealings|session)\b|"
    # ("an intraday low of 1,107.79": a level's kind, of whichever session the story tells)
    r"\bat\s+lunchtime\b|\bintraday\b(?!\s+(?:high|low|peak|trough|record)s?\b)|"
    r"\bat\s+(?:the\s+)?time\s+of\s+writing\b|"
    r"\bat\s+press\s+time\b|\b(?:at|after)\s+the\s+(?:open|opening\s+bell)\b|"
    r"\bso\s+far\s+(?:during\s+the\s+(?:day|session)|today|in\s+(?:the\s+)?(?:session|trade))\b",
    re.I,
)
