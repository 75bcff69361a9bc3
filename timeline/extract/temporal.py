"""When did it happen? Temporal cues resolved against the publication date, honestly.

Each cue gives an interval and a precision; no cue (or "recently") leaves the occurrence
unknown, while the event is still known from its publication date.

=========================================  ======================================  =========
cue (article published on P)               interval                                 precision
=========================================  ======================================  =========
"recently", "lately", no cue (not "its     unknown                                  unknown
recently approved drug": an attribute;
not "recently announced the sale ... on
July 8": the telling's, the sale dated;
not "Most recently, X sold ... on January
3": an opening that orders the news)
"since April 2021", "since March 3",       that day (the month's or year's first)   day
"since 2022", "since the start of June"    ..P; not "its highest since ..." (a record)
"since late May", "since mid-June"         the month's first..P (its day untold)    month
"since the end of the third quarter",      the period's last (or first) day..P; none   day
"since the beginning of Q3"                when the period is not told
"over the past three months", "past four   P - that span..P (52 weeks: as "52-week";  month, week,
weeks", "in the 30-day time frame"         "one month": as "the past month")        day, year
"the quarter ending in September", "the     the three months ending that month (the  quarter
quarter ended Jan. 31", "the three and     quarter the article then speaks of: "the
six months ending October 31, 2024", "the  quarter", its figures with no period)
March-to-May period"
"the year to 25 September", "the three     the months ending that day (whole months   year,
months to March 31st", "the year ended     when it ends a month; else from the same   quarter,
December 31, 2023", "six months to June",  day earlier)                             month
"the quarter through March"
"Q2 FY26", "FY2026 Q2", "the fourth       that quarter of the fiscal year as the   quarter
quarter of fiscal year 2024"               article tells its calendar
                                           (`timeline.extract.fiscal`; March-end on
                                           NSE/BSE, Tokyo); untold: the calendar
                                           quarter once ended, else none
"during the 3rd quarter", "Q3 2025",       that calendar quarter (no year: the      quarter
"3Q25" ("3QFY25": as "Q3 FY25"), "the      latest starting 30+ days before P; the
last quarter of 2024"                      fiscal one where the article's fiscal
                                           year is no calendar year)
"latest/last/most recent quarter"          the quarter the article named, if ended  quarter
                                           by P; else the last quarter that ended
                                           30+ days before P
"the preceding quarter", "that quarter"    the quarter before / the quarter last    quarter
                                           named
"this quarter" (none named before),        the first day of P's quarter..P          day
"quarter-to-date", "in the second quarter
so far" (P's quarter)
"between June 10 and July 8", "from 3 to   those days, first..last (no year: the    day
5 March", "from Jan. 20 to Thursday"       latest <= P; a weekday: its last <= P)
"between January 2021 and February 2022"   those months, whole: the first's 1st..  month
                                           the last's last day
"Tuesday, March 4th", "March 4, 2025"      that date; an explicit date wins over    day
"11-Jun-2025", "13 Jun 25"                 its weekday (no year: the latest <= P)
"2025-03-04", "2025/03/04", "04.03.2025",  that date: year first, else day first;    day
"04/03/2025" (April 3 on a US listing),    slashes month first on NYSE/Nasdaq (the
"01/06/25" (a short year, slashes only)    other order where that one is after P)
"on the 4th"                               the latest 4th of a month <= P           day
"at the end of March", "at end-March",     the last day of that month or year (no   day
"at year-end 2024"                         year: the latest ended by P; "at the end
                                           of the third quarter" is that quarter)
"the last trading day in 2023", "ended     the exchange's last session of that year    day
(trading-)year 2024 at", "concluded 2024   (none for a year not ended by P)
at", "at trading year-end 2023"
"the week ended June 6", "week to Friday"  Monday..that day                         week
"the first week of November"; "the last    its 1st..7th; its last seven days          week
week of June"
"that day", "the same day", "On the day,"   the day the article last named           day
"on Friday", "Friday", "on Fri.", "on     the last Friday on or before P (before   day
Thurs"; "last Friday"; "on Tuesday last    P for "last Friday"); that day of the
week"                                      week before P's
"since Monday"                             the last Monday <= P..P                  day
"two days ago", "the day before           P - 2 days                               day
yesterday"
"yesterday", "last night"; "today",        P - 1 day; P                             day
"currently", "this morning", "earlier in
the day", "presently", "the current
consensus", "as of 1 pm" (a clock time, no
day named)
"the previous session", "the day before",  the exchange session before the day the  day
"previous close", "last trading day",      article last named (else P's session)
"the past session"
"reversed some of yesterday's losses",     no cue of the clause's own: the day       -
"recouped Monday's losses", "extended      named is the session before the one the
Friday's gains"                            clause tells of
"over the past five sessions", "five-day   those sessions: first..last, ending at   day
streak", "in five straight sessions"       the last session by P
"this week", "week-to-date"; "last week";  Monday..P; Mon..Sun before; P-7..P       week
"past (trading) week", "the last week"
"for the week", "in the week", "the        Monday..P (on a Monday: the week before)   week
week's"
"to end the week", "to close out the       that week's last session                 day
week"
"in the past fortnight", "last two weeks"  P-14..P                                  week
"w/w", "week-on-week"; "a weekly gain of   the week up to the session reported      week
7%" (the figure's own: a market rule)      (the day last named, else P's session)
"month-to-date", "this month", "for the     the 1st..P                               month
month", "since the start of the month"
"the first three months of the year"       the first quarter                        quarter
"for the July-September period", "the      those months, the latest such span to    quarter,
April-June quarter", "the October to       end by P (three months: a quarter)       month
December quarter"
"the first nine months of 2024"            1 January..30 September                  day
"in the first half", "H1 2024", "1H24",    unknown (a half year has no precision;   unknown
"half-year", "first six months"            its period "half": a market figure's day
                                           is not guessed)
"in September", "the month of May", "last  that month; the month before P's;        month
month", "over a month", "dates back to     P-1 month..P
December 2021, when ..."
"so far in September" (P in September)     the 1st..P                               day
"since the beginning of this financial      the fiscal year's first day..P (the      day
year", "financial year-to-date"            article's year; July on the ASX, April
                                           on NSE/BSE and Tokyo; else January)
"since the start of the year", "YTD",      1 January..P (a span to date ends on     day
"(ytd)" after the figure, "compared to     the day an "as of", "as at" or "through"
the beginning of the year", "from the      names, on or before P: "this year through
price it started the year at"              Wednesday's close")
"in 2025", "last year", "for the year",    that calendar year (P's own: 1 January..P,  year
"in calendar 2024", "throughout 2024"      the whole year on 31 December)
"in fiscal 2024", "in FY24"                that fiscal year (as the article tells   year
                                           it; March-end on NSE/BSE, Tokyo), once
                                           ended by P
"52-week high", "twelve-month low"         P - 364 days..P (the range data sites   year
(both extremes of a range told together)   publish)
"52-week high of $53.20 reached on May     that day: the day an extreme was         day
11, 2024"                                  reached wins over its range
"jumped 6% to a new 52-week high",         the session the sentence tells (a new    day
"a fresh 52-week low"                      extreme is that day's, not a range)
"over the past year", "a one-year return", the same day a year before P..P (a return  year
"in the last 12 months"                    is measured from the close a year ago)
"a three-month performance", "6-month      P - that span..P, as "over the past     month,
loss", "up 46% in 6 months", "risen 77.4%  three months" ("five-day": sessions);   week,
over 12 months"                            not a figure looked forward to ("12%    day
                                           in three years" after "expects")
=========================================  ======================================  =========

What an estimate, guidance or plan speaks of (`horizon`) may lie after P: "Q2 2026", "FY26"
(the fiscal year the article tells, else April..March where companies close their year in
March: NSE/BSE, Tokyo, else the calendar year), "next quarter" and
"current quarter" (P's quarter: last quarter's results are out), a quarter without its year
("fourth-quarter revenue", "Q4 EPS": the first whose results can still be awaited, ended at most
two months before P or still to end), "next year", "this/current (fiscal) year", "full-year",
"by 2027"; none of these is ever an actual's date.

Sessions are the exchange's (`timeline.extract.sessions`, holidays included), for the market of
the article's subject or the market its words name (NYSE when neither is known; every weekday,
no holidays, for a market the calendar library does not have, such as Dubai or Lagos). A lead
that names the day of its session ("... surged on Tuesday", published that Tuesday) dates the
undated moves and levels of the report. A weekly report (its lead sums up a closed week, or its
title or lead names it weekly: "A Weekly Recap ...", "Small Caps Weekly Form Guide", "Week
Ending ...") gives its undated moves the week (the last week closed by P: a Monday's report
tells the week before) and its undated levels that week's last session, but for a price told
as current ("current share price: C$0.18": the session P reports).

Examples
--------
>>> import datetime as dt
>>> from timeline.extract.temporal import resolve
>>> sunday = dt.date(2026, 1, 4)
>>> occ = resolve("On Friday, shares surged 6.39%.", sunday)
>>> occ.start, occ.end, occ.precision
(datetime.date(2026, 1, 2), datetime.date(2026, 1, 2), 'day')
>>> resolve("shares fell 15% during the fourth quarter", dt.date(2025, 12, 30)).period
'quarter'
>>> resolve("Arete recently downgraded the stock", sunday).precision
'unknown'
>>> resolve("Acme said on Friday its recently approved drug is now on sale", sunday).precision
'day'
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from timeline._time import MONTH_NAMES, MONTH_PATTERN, MONTHS, WEEKDAYS
from timeline.extract.fiscal import (
    APRIL_FISCAL,
    fiscal_now,
    fiscal_quarter,
    fiscal_year,
    month_end,
)
from timeline.extract.gates import Gates, gated
from timeline.extract.numbers import word_number

__all__ = [
    "TO_DATE",
    "Occurrence",
    "TemporalContext",
    "horizon",
    "past_year",
    "planned",
    "quarter_of",
    "resolve",
    "shifted",
    "span_as_of",
    "without_reversed_days",
    "year_back",
]

_WEEKDAYS = list(WEEKDAYS)
_MONTH_RE = MONTH_PATTERN
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}
_ORDINAL |= {"1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_REPORTING_LAG = dt.timedelta(days=30)


@dataclass(frozen=True, slots=True)
class Occurrence:
    """A resolved valid-time interval; ``period`` names its length for price moves."""

    start: dt.date | None
    end: dt.date | None
    precision: str
    period: str

    @classmethod
    def unknown(cls) -> Occurrence:
        return cls(None, None, "unknown", "unspecified")


@dataclass(slots=True)
class TemporalContext:
    """What earlier sentences of the same article established (for "the preceding quarter")."""

    #: the quarter last named: a calendar quarter or a fiscal one ("the quarter ended Jan. 31")
    last_quarter: Occurrence | None = None
    last_day: dt.date | None = None
    exchange: str = "XNYS"
    #: the month the company's fiscal year ends, as the article tells it
    #: (`timeline.extract.fiscal.fiscal_year_end`); None: the market's custom
    fiscal_end: int | None = None
    #: the article spoke of a quarter of a fiscal year that is no calendar one, its months
    #: untold ("the fourth quarter of fiscal year 2024" in October 2024): its other quarters
    #: named without a year are as undated
    fiscal_untold: bool = False

    def year_end(self) -> int | None:
        """The month the fiscal year ends: the article's word, else March on NSE/BSE and
        Tokyo, else None (the calendar year, untold)."""
        return self.fiscal_end or (3 if self.exchange in APRIL_FISCAL else None)


def _month_no(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def quarter_of(year: int, q: int) -> Occurrence:
    """Calendar quarter ``q`` of ``year``.

    >>> q3 = quarter_of(2025, 3)
    >>> str(q3.start), str(q3.end), q3.precision
    ('2025-07-01', '2025-09-30', 'quarter')
    """
    start = dt.date(year, 3 * q - 2, 1)
    return Occurrence(start, month_end(year, 3 * q), "quarter", "quarter")


def _latest_year_with_start(month: int, published: dt.date) -> int:
    return published.year if dt.date(published.year, month, 1) <= published else published.year - 1


def _latest_reported_quarter(published: dt.date) -> tuple[int, int]:
    year, q = published.year, (published.month - 1) // 3 + 1
    while quarter_of(year, q).end + _REPORTING_LAG > published:  # type: ignore[operator]
        year, q = (year, q - 1) if q > 1 else (year - 1, 4)
    return year, q


def shifted(period: Occurrence, months: int) -> Occurrence:
    """The period of the same length ``months`` later (earlier when negative): "the same
    quarter a year earlier" of a fiscal quarter is ``shifted(quarter, -12)``. A period of whole
    months stays whole (its end the month's last day).

    >>> fiscal_q1 = Occurrence(dt.date(2024, 12, 1), dt.date(2025, 2, 28), "quarter", "quarter")
    >>> q = shifted(fiscal_q1, -12)
    >>> str(q.start), str(q.end)
    ('2023-12-01', '2024-02-29')
    """
    if period.start is None or period.end is None:
        return period
    start = _minus_months(period.start, -months)
    end = _minus_months(period.end, -months)
    if period.end == month_end(period.end.year, period.end.month):
        end = month_end(end.year, end.month)
    return Occurrence(start, end, period.precision, period.period)


def _minus_months(d: dt.date, months: int) -> dt.date:
    """The same day ``months`` earlier, the month's last where it has no such day."""
    year, month = divmod(d.year * 12 + d.month - 1 - months, 12)
    return dt.date(year, month + 1, min(d.day, month_end(year, month + 1).day))


Rule = Callable[[re.Match[str], dt.date, TemporalContext], Occurrence | None]


def _weekday(m: re.Match[str], p: dt.date, ctx: TemporalContext) -> Occurrence:
    target = _weekday_no(m.group("wd") or m.groupdict()["wd2"])
    back = (p.weekday() - target) % 7
    said = m.group(0).lower()
    if back == 0 and said.startswith("last"):
        back = 7  # "last Friday", said on a Friday: the week before's
    if said.startswith("since"):  # "up 4% since Monday": that day..P
        ctx.last_day = p - dt.timedelta(days=back)
        return Occurrence(ctx.last_day, p, "day", "since")
    if _OF_LAST_WEEK.match(m.string, m.end()):  # "on Tuesday last week": the week before's
        monday = p - dt.timedelta(days=p.weekday() + 7)
        return _day(monday + dt.timedelta(days=target), ctx)
    return _day(p - dt.timedelta(days=back), ctx)


_OF_LAST_WEEK = re.compile(r"\s+(?:of\s+)?last\s+week\b", re.I)


def _relative_day(m: re.Match[str], p: dt.date, ctx: TemporalContext) -> Occurrence:
    before = " ".join(m.group(0).lower().split()) in ("yesterday", "last night")
    return _day(p - dt.timedelta(days=1) if before else p, ctx)


def _month_day(m: re.Match[str], p: dt.date, ctx: TemporalContext) -> Occurrence | None:
    groups = m.groupdict()
    two_figures = groups.get("yy")  # "13 Jun 25"
    year = groups.get("year") or (str(_full_year(two_figures)) if two_figures else None)
    when = _month_day_of(_month_no(m["month"]), int(m["day"]), year, p)
    return _day(when, ctx) if when is not None else None


def _this_week(_: re.Match[str], p: dt.date, __: TemporalContext) -> Occurrence:
    return Occurrence(p - dt.timedelta(days=p.weekday()), p, "week", "week")


def _the_week(m: re.Match[str], p: dt.date, ctx: TemporalContext) -> Occurrence:
    """ "For the week", "the week's": the week a report sums up, this one, or on a Monday (no
    week's trading yet to sum up) the week before."""
    if p.weekday() == 0:
        return Occurrence(p - dt.timedelta(days=7), p - dt.timedelta(days=1), "week", "week")
    return _this_week(m, p, ctx)


def _week_end(m: re.Match[str], p: dt.date, ctx: TemporalContext) -> Occurrence:
    """ "To end the week": the last session of the week "for the week" names."""
    from timeline.extract.sessions import session_on_or_before  # noqa: PLC0415

    week = _the_week(m, p, ctx)
    day = session_on_or_before(min(week.end or p, p), ctx.exchange)
    return _day(day, ctx)


def _week_on_week(_: re.Match[str], p: dt.date, ctx: TemporalContext) -> Occurrence:
    from timeline.extract.sessions import session_on_or_before  # noqa: PLC0415

    last = session_on_or_before(ctx.last_day or p, ctx.exchange)
    return Occurrence(last - dt.timedelta(days=7), last, "week", "week")


def _week(m: re.Match[str], p: dt.date, _: TemporalContext) -> Occurrence:
    which = m.group("which").lower()
    if m.group("span").lower() != "week" and which != "this":
        return Occurrence(p - dt.timedelta(days=14), p, "week", "week")  # "the past fortnight"
    monday = p - dt.timedelta(days=p.weekday())
    if which == "this":
        return Occurrence(monday, p, "week", "week")
    if which == "last" and not m.group("the"):
        return Occurrence(
            monday - dt.timedelta(days=7), monday - dt.timedelta(days=1), "week", "week"
        )
    return Occurrence(p - dt.timedelta(days=7), p, "week", "week")


def _fiscal_quarter_ending(m: re.Match[str], p: dt.date, ctx: TemporalContext) -> Occurrence:
    month = _month_no(m.group("month"))
    year = int(m.group("year")) if m.group("year") else p.year
    if month_end(year, month) > p:
        year -= 1
    end = month_end(year, month)
    start_month = (month - 3) % 12 + 1
    start = dt.date(year if start_month <= month else year - 1, start_month, 1)
    quarter = Occurrence(start, end, "quarter", "quarter")
    if not _BEFORE_THIS.search(m.string, max(0, m.start() - 20), m.start()):
        ctx.last_quarter = quarter  # (not "the previous June quarter": a comparison's)
    return quarter


_BEFORE_THIS = re.compile(r"\b(?:previous|prior|preceding|year[\s-]ago)\s+$", re.I)


def _named_quarter(m: re.Match[str], p: dt.date, ctx: TemporalContext) -> Occurrence | None:
    q = int(m.group("qn")) if m.group("qn") else _ORDINAL[m.group("ord").lower()]
    if m.group("year") is None and (fiscal := _OF_FISCAL.match(m.string, m.end())):
        return _quarter_of_fiscal(_full_year(fiscal["fy"]), q, p, ctx)
    end = ctx.year_end()
    written = m.group("year") or m.group("year2") or m.group("cy")
    if not written and end is None and ctx.fiscal_untold:
        return Occurrence.unknown()  # "the fourth-quarter" of an untold fiscal calendar
    if not written and end is not None and end != 12:  # "the third quarter": a fiscal one
        fy = fiscal_now(p, end)
        while fiscal_quarter(fy, q, end)[0] > p - _REPORTING_LAG:
            fy -= 1
        return _quarter_of_fiscal(fy, q, p, ctx)
    base = _AS_BASE.search(m.string, max(0, m.start() - 25), m.start()) is not None
    if m.group("year") is None and (m.group("year2") or m.group("cy")):
        named = quarter_of(_full_year(m.group("year2") or m.group("cy")), q)
        if not base:
            ctx.last_quarter = named
        return named
    if m.group("year"):
        year = int(m.group("year"))
    else:  # the latest quarter under way long enough to be spoken of in the past
        year = p.year if dt.date(p.year, 3 * q - 2, 1) <= p - _REPORTING_LAG else p.year - 1
    named = quarter_of(year, q)
    if not base:
        ctx.last_quarter = named
    if named.end is not None and named.end > p and _SO_FAR.match(m.string, m.end()):
        return Occurrence(named.start, p, "day", "qtd")  # "in the second quarter so far"
    return named


_SO_FAR = re.compile(r"\s+(?:so\s+far|to\s+date)\b", re.I)
# A quarter named as a comparison's base ("9.1% above that of Q3 2024", "higher than in the
# second quarter of 2024"): not the quarter the story reports, which the next figures belong to
_AS_BASE = re.compile(
    r"\b(?:that|those)\s+of\s+(?:the\s+)?$|\bthan\s+(?:(?:in|during)\s+)?(?:the\s+)?$|"
    r"\bcompared\s+(?:with|to)\s+(?:the\s+)?$|\b(?:versus|vs\.?)\s+(?:the\s+)?$",
    re.I,
)
# "the fourth quarter of fiscal year 2024", "third quarter of FY25", "Q2 of fiscal 2026"
_OF_FISCAL = re.compile(
    r",?\s+(?:of\s+|for\s+)?(?:the\s+|its\s+)?(?:(?:fiscal|financial)\s+(?:year\s+)?|FY\s?)"
    r"'?(?P<fy>20\d{2}|\d{2})\b",
    re.I,
)


def _quarter_of_fiscal(fy: int, q: int, p: dt.date, ctx: TemporalContext) -> Occurrence | None:
    """Quarter ``q`` of fiscal year ``fy``: as the article's fiscal calendar has it; where the
    article tells none, the calendar quarter only if it has ended by P (the fourth quarter of a
    fiscal 2024 reported in October 2024 is no calendar quarter: its months are untold)."""
    if ctx.year_end() is None and quarter_of(fy, q).end > p:  # type: ignore[operator]
        ctx.last_quarter, ctx.fiscal_untold = None, True
        return Occurrence.unknown()
    return _fiscal_quarter_of(fy, q, ctx)


def _latest_quarter(_: re.Match[str], p: dt.date, ctx: TemporalContext) -> Occurrence:
    """ "the most recent quarter": the quarter the article named, if it has ended by P (a 13F
    story's "during the 4th quarter" then "at the end of the most recent quarter"), else the
    last quarter ended 30 days or more before P."""
    named = ctx.last_quarter
    if named is not None and named.end is not None and named.end < p:
        return named
    ctx.last_quarter = quarter_of(*_latest_reported_quarter(p))
    return ctx.last_quarter


def _preceding_quarter(_: re.Match[str], p: dt.date, ctx: TemporalContext) -> Occurrence:
    named = ctx.last_quarter or quarter_of(*_latest_reported_quarter(p))
    return shifted(named, -3)


def _context_quarter(m: re.Match[str], p: dt.date, ctx: TemporalContext) -> Occurrence | None:
    """ "the quarter", "that quarter": the quarter last named; "this quarter" is it only when
    it is a calendar quarter or still under way (a share's fall "this quarter" after a fiscal
    quarter ended Feb. 28 is the calendar quarter's, to date)."""
    named = ctx.last_quarter
    if named is None or named.start is None or named.end is None:
        return None
    if m[0].lower().startswith("this") and named.start.month % 3 != 1 and named.end < p:
        return None
    return named


def _ytd(_: re.Match[str], p: dt.date, __: TemporalContext) -> Occurrence:
    return Occurrence(dt.date(p.year, 1, 1), p, "day", "ytd")


def _past_month(m: re.Match[str], p: dt.date, _: TemporalContext) -> Occurrence:
    if m.group(0).lower().startswith("last month"):
        prev = _minus_months(p.replace(day=1), 1)
        return Occurrence(prev, month_end(prev.year, prev.month), "month", "month")
    return Occurrence(_minus_months(p, 1), p, "month", "month")


def _in_month(m: re.Match[str], p: dt.date, _: TemporalContext) -> Occurrence:
    """ "in September": that month; "so far in September" in September: its first day..P (as
    "so far in 2025" is 1 January..P)."""
    month = _month_no(m.group("month"))
    year = int(m.group("year")) if m.group("year") else _latest_year_with_start(month, p)
    if m.group("so_far") and (year, month) == (p.year, p.month):
        return Occurrence(p.replace(day=1), p, "day", "mtd")
    return Occurrence(dt.date(year, month, 1), month_end(year, month), "month", "month")


def _year(m: re.Match[str], p: dt.date, ctx: TemporalContext) -> Occurrence | None:
    text = m.group(0).lower()
    # the base of a comparison is not the figure's year: "up 4.9% from the same period last
    # year", "down 11% compared to the same period in 2024"
    if _COMPARED_FROM.search(m.string, max(0, m.start() - 40), m.start()):
        return None
    if _SAME_PERIOD.search(m.string, max(0, m.start() - 30), m.end()):
        return None  # "$287.3 million for the same period last year": a base however told
    fiscal_year = m.group("fy") or ((m.group("kind") or "").lower() == "fiscal" and m.group("year"))
    if fiscal_year:  # "in fiscal 2024", "in FY24": once ended
        fiscal = _fiscal_year(_full_year(fiscal_year), ctx.year_end())
        return fiscal if fiscal.end is not None and fiscal.end <= p else None
    if "last year" in text:
        year = p.year - 1
    elif m.group("year"):
        year = int(m.group("year"))
    else:
        year = p.year  # "for the year", "in the year": the year of publication
    if year > p.year:
        return None  # a forecast ("by 2026"), not when something happened
    if year == p.year and (p.month, p.day) != (12, 31):  # on 31 December the year is whole
        return Occurrence(dt.date(year, 1, 1), p, "day", "ytd")
    return Occurrence(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", "year")


def _full_year(text: str) -> int:
    """ "26" -> 2026; "2026" -> 2026."""
    year = int(text)
    return year + 2000 if year < 100 else year


def _fiscal_quarter(m: re.Match[str], p: dt.date, ctx: TemporalContext) -> Occurrence:
    """ "Q2 FY26": with April-start fiscal years, Q1 is April..June of the year before FY."""
    q, fy = int(m.group("qn") or m.group("qn2")), _full_year(m.group("fy") or m.group("fy2"))
    return _fiscal_quarter_of(fy, q, ctx)


def _fiscal_quarter_of(fy: int, q: int, ctx: TemporalContext) -> Occurrence:
    """Quarter ``q`` of fiscal year ``fy``: the calendar quarter, or where years start in April
    (NSE/BSE, Tokyo) the calendar quarter after it, in the year before ``fy`` for Q1..Q3."""
    end = ctx.year_end()
    if end is None:
        ctx.last_quarter = quarter_of(fy, q)
        return ctx.last_quarter
    ctx.last_quarter = Occurrence(*fiscal_quarter(fy, q, end), "quarter", "quarter")
    return ctx.last_quarter


def _day(day: dt.date, ctx: TemporalContext) -> Occurrence:
    ctx.last_day = day
    return Occurrence(day, day, "day", "day")


def _that_day(_: re.Match[str], __: dt.date, ctx: TemporalContext) -> Occurrence | None:
    """ "that day", "the same day": the day the article last named, if it named one."""
    return _day(ctx.last_day, ctx) if ctx.last_day else None


def _previous_session(_: re.Match[str], p: dt.date, ctx: TemporalContext) -> Occurrence:
    from timeline.extract.sessions import previous_session, session_on_or_before  # noqa: PLC0415

    reference = ctx.last_day or session_on_or_before(p, ctx.exchange)
    day = previous_session(reference, ctx.exchange)
    return Occurrence(day, day, "day", "day")


def _sessions_back(m: re.Match[str], p: dt.date, ctx: TemporalContext) -> Occurrence:
    from timeline.extract.sessions import sessions_back  # noqa: PLC0415

    groups = m.groupdict()
    word = (groups.get("n") or groups.get("n2") or groups["n3"]).lower()
    count = int(word) if word.isdigit() else word_number(word)
    if not count:  # the pattern admits only numbers and number words
        return Occurrence.unknown()
    first, last = sessions_back(ctx.last_day or p, count, ctx.exchange)
    return Occurrence(first, last, "day", f"{count} sessions")


def _to_date(m: re.Match[str], p: dt.date, _: TemporalContext) -> Occurrence:
    if m.group("what").lower() == "week":
        return Occurrence(p - dt.timedelta(days=p.weekday()), p, "week", "week")
    return Occurrence(p.replace(day=1), p, "month", "month")


#: Markets whose press means July..June by "the financial year" (Australia's, whatever a
#: company's own year)
_JULY_FINANCIAL_YEAR = frozenset({"XASX"})


def _fiscal_year_to_date(_: re.Match[str], p: dt.date, ctx: TemporalContext) -> Occurrence:
    """ "Since the beginning of this financial year": the first day of the fiscal year P is
    in (the article's year, else July on the ASX, April on NSE/BSE and Tokyo, else January)
    ..P."""
    end = ctx.year_end() or (6 if ctx.exchange in _JULY_FINANCIAL_YEAR else 12)
    start_month = end % 12 + 1
    year = p.year if p.month >= start_month else p.year - 1
    return Occurrence(dt.date(year, start_month, 1), p, "day", "since")


def _month_to_date(_: re.Match[str], p: dt.date, __: TemporalContext) -> Occurrence:
    return Occurrence(p.replace(day=1), p, "month", "month")


def past_year(p: dt.date) -> Occurrence:
    """The year up to ``p``, as "52-week high" means it: P - 364 days..P."""
    return Occurrence(p - dt.timedelta(days=364), p, "year", "year")


def _past_year(_: re.Match[str], p: dt.date, __: TemporalContext) -> Occurrence:
    return past_year(p)


def year_back(p: dt.date) -> Occurrence:
    """The year a return "over the past year" is measured over: from the same day a year
    before ``p`` (as "over the past month" is from the same day a month before), where a
    52-week range is the 52 weeks up to ``p`` (`past_year`).

    >>> year_back(dt.date(2024, 7, 8)).start, past_year(dt.date(2024, 7, 8)).start
    (datetime.date(2023, 7, 8), datetime.date(2023, 7, 10))
    """
    return Occurrence(_minus_months(p, 12), p, "year", "year")


def _year_back(_: re.Match[str], p: dt.date, __: TemporalContext) -> Occurrence:
    return year_back(p)


def _unknown(_: re.Match[str], __: dt.date, ___: TemporalContext) -> Occurrence:
    return Occurrence.unknown()


# "the past 52 weeks" is the 52-week range's span; "the past 12 months" a year back
_WHOLE_YEARS: dict[tuple[str, int], Callable[[dt.date], Occurrence]] = {
    ("week", 52): past_year,
    ("month", 12): year_back,
    ("year", 1): year_back,
}


_ONE: dict[str, Callable[[dt.date], Occurrence]] = {
    "day": lambda p: Occurrence(p - dt.timedelta(days=1), p, "day", "day"),
    "week": lambda p: Occurrence(p - dt.timedelta(days=7), p, "week", "week"),
    "month": lambda p: Occurrence(_minus_months(p, 1), p, "month", "month"),
}


def _past_units(m: re.Match[str], p: dt.date, _: TemporalContext) -> Occurrence | None:
    """ "over the past three months" -> P - 3 months..P, precision month."""
    found = m.groupdict()
    word = (found["n"] or found.get("n2") or "").lower()
    n = int(word) if word.isdigit() else word_number(word)
    unit = (found["unit"] or found.get("unit2") or "").lower().rstrip("s")
    if not n:
        return None
    # "over the past one month": as "over the past month"
    whole = _WHOLE_YEARS.get((unit, n)) or (_ONE.get(unit) if n == 1 else None)
    if whole is not None:
        return whole(p)
    if unit == "day":
        precision = "month" if n in (30, 31) else "day"
        return Occurrence(p - dt.timedelta(days=n), p, precision, f"{n} days")
    if unit == "week":
        return Occurrence(p - dt.timedelta(weeks=n), p, "week", f"{n} weeks")
    if unit == "month":
        return Occurrence(_minus_months(p, n), p, "month", f"{n} months")
    return Occurrence(_minus_months(p, 12 * n), p, "year", f"{n} years")


# What a figure will or may be in some years is no span it was over: "margins of 12% in three
# years", "it aims to grow 10% over five years"
_FORWARD = re.compile(
    r"\b(?:will|would|could|may|might|expects?|expected|forecasts?|projects?|projected|aims?|"
    r"plans?|targets?|targeting|sees|hopes?|goals?|ambitions?|guidance|outlook)\b",
    re.I,
)


def _figure_span(m: re.Match[str], p: dt.date, ctx: TemporalContext) -> Occurrence | None:
    """ "up 46% in 6 months": the span up to P a figure is over, unless the figure is
    looked forward to."""
    clause = re.split(r"[;:]|,\s+(?:while|but|and)\b", m.string[: m.start()])[-1]
    if _FORWARD.search(clause):
        return None
    return _sessions_back(m, p, ctx) if m["unit"] == "sessions" else _past_units(m, p, ctx)


def _since_month(m: re.Match[str], p: dt.date, _: TemporalContext) -> Occurrence | None:
    """ "since April 2021", "since March 3": that day (the month's first)..P; not a record
    ("its lowest since August 2024", "the first time since 2021": a day's level)."""
    if _RECORD_SINCE.search(m.string, 0, m.start()):
        return None
    month = _month_no(m.group("month"))
    day = int(m.group("day")) if m.group("day") else 1
    year = int(m.group("year")) if m.group("year") else _latest_year_with_start(month, p)
    try:
        start = dt.date(year, month, day)
    except ValueError:
        return None
    # "since late May": a day of May, which the text does not tell
    precision = "month" if m.group("part") and not m.group("day") else "day"
    return Occurrence(start, p, precision, "since") if start <= p else None


_RECORD_SINCE = re.compile(
    r"\b(?:high|low|highest|lowest|level|best|worst|peak|biggest|largest|strongest|weakest|"
    r"sharpest|steepest|time|record|first|last)\w*\s+(?:[\w,]+\s+){0,4}$|"
    # "recorded his first purchase in optical products maker Arts Optical since 2008": a first
    # of its kind since then, however long its object's name
    r"\bfirst\s+(?:[A-Za-z,’'-]+\s+){0,8}$",
    re.I,
)


def _since_year(m: re.Match[str], p: dt.date, _: TemporalContext) -> Occurrence | None:
    """ "down 70% since 2022": 1 January of that year..P; not a record ("highest since 2015")."""
    if _RECORD_SINCE.search(m.string, 0, m.start()) or int(m.group("year")) >= p.year:
        return None
    return Occurrence(dt.date(int(m.group("year")), 1, 1), p, "day", "since")


def _quarter_to_date(_: re.Match[str], p: dt.date, __: TemporalContext) -> Occurrence:
    """ "this quarter", "quarter-to-date": the first day of P's quarter..P."""
    return Occurrence(quarter_of(p.year, (p.month + 2) // 3).start, p, "day", "qtd")


_YEAR = r"(?:,?\s+(?:of\s+)?(?P<year>(?:19|20)\d{2}))?"


# "for the July-September period", "in the October to December quarter": the months named,
# the latest such span to end by P; joined by a dash they need no noun ("in January-September
# of 2023"), and the year may follow the noun ("the January-June period of 2023")
_MONTHS_SPAN = re.compile(
    r"\b"
    + _MONTH_RE.replace("month", "first")
    # "the March-to-May period", "the April to June first quarter"
    + r"\s*(?:(?P<dash>-|–|—|-to-)|to|through)\s*"
    + _MONTH_RE
    + _YEAR
    + r"(?:\s+(?:(?:first|second|third|fourth|fiscal)[\s-])?"
    + r"(?P<noun>period|quarter|months|half)\b(?:\s+of\s+(?P<year2>(?:19|20)\d{2})\b)?)?",
    re.I,
)


def _months_span(m: re.Match[str], p: dt.date, ctx: TemporalContext) -> Occurrence | None:
    if not (m.group("noun") or m.group("dash")):
        return None  # "from January to March": a move's path, perhaps, not a period
    first, last = _month_no(m.group("first")), _month_no(m.group("month"))
    months = (last - first) % 12 + 1
    written = m.group("year") or m.group("year2")
    year = int(written) if written else p.year
    if not written and month_end(year, last) > p:
        year -= 1
    start = _minus_months(dt.date(year, last, 1), months - 1)
    # a span that is no quarter, half or year is told to the day, as "the first nine months"
    precision = {3: "quarter", 6: "month", 12: "year"}.get(months, "day")
    span = Occurrence(start, month_end(year, last), precision, precision)
    if months == 3:
        ctx.last_quarter = span
    return span


def _written_day(tag: str) -> str:
    """A day of a month as the press writes it, "June 10" or "10 June", its groups tagged."""
    return (
        rf"(?:(?P<m{tag}>{MONTH_NAMES})\.?\s+(?P<d{tag}>\d{{1,2}})(?:st|nd|rd|th)?\b|"
        rf"(?P<e{tag}>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<n{tag}>{MONTH_NAMES})\b\.?)"
        rf"(?:,?\s+(?P<y{tag}>(?:19|20)\d{{2}}))?"
    )


# "between June 10 and July 8", "from 3 to 5 March", "from 4-7 Mar": the days from one to the
# other
_RANGE = re.compile(
    r"\b(?:between|from)\s+(?:(?P<bare>\d{1,2})(?:st|nd|rd|th)?|" + _written_day("a") + r")"
    r"(?:\s+(?:and|to|until|till|through)\s+|\s*[-–]\s*)(?:" + _written_day("b") + r"|"
    # "between September 23 and 25": the later day in the earlier one's month
    r"(?P<bareb>\d{1,2})(?:st|nd|rd|th)?\b(?![.,]?\d|\s*(?:%|per\s?cent|percent))|"
    # "from Jan. 20 to Thursday": the later day a weekday, the last on or before P
    rf"(?P<wdb>{'|'.join(_WEEKDAYS)})\b)",
    re.I,
)


def _range(m: re.Match[str], p: dt.date, ctx: TemporalContext) -> Occurrence | None:
    """A range of days: the later day resolved as a date is (the latest on or before P when
    no year is written), the earlier one in its year or the year before."""
    written_a, written_b = m["ma"] or m["na"], m["mb"] or m["nb"]
    if m["wdb"]:
        return _to_weekday(m, p, ctx)
    if written_b is None and (written_a is None or m["bare"]):
        return None  # "from 3 to 5": no month at all
    month_b = _month_no(written_b or written_a)
    month_a = _month_no(written_a) if written_a else month_b
    day_a, day_b = int(m["bare"] or m["da"] or m["ea"]), int(m["bareb"] or m["db"] or m["eb"])
    year = m["yb"] or m["ya"]
    try:
        end = dt.date(int(year) if year else p.year, month_b, day_b)
        if not year and end > p:
            end = end.replace(year=end.year - 1)
        start = dt.date(end.year, month_a, day_a)
    except ValueError:
        return None
    if start > end:
        start = start.replace(year=start.year - 1)
    ctx.last_day = end
    return Occurrence(start, end, "day", "day")


# "between January 2021 and February 2022", "from March to June 2024": the months from one to
# the other, whole
_MONTH_RANGE = re.compile(
    rf"\b(?:between|from)\s+(?P<ma>{MONTH_NAMES})\.?(?:\s+(?P<ya>(?:19|20)\d{{2}}))?\s+"
    rf"(?:and|to|until|till|through)\s+(?P<mb>{MONTH_NAMES})\.?\s+(?P<yb>(?:19|20)\d{{2}})\b",
    re.I,
)


def _month_range(m: re.Match[str], p: dt.date, _: TemporalContext) -> Occurrence | None:
    """The months from one to the other: the first's first day to the last's last (the
    first in the last's year, or the year before, when its own is not written)."""
    end_year, month_a, month_b = int(m["yb"]), _month_no(m["ma"]), _month_no(m["mb"])
    start_year = int(m["ya"]) if m["ya"] else end_year - (month_a > month_b)
    start, end = dt.date(start_year, month_a, 1), month_end(end_year, month_b)
    return Occurrence(start, end, "month", "month") if start <= end and start <= p else None


def _to_weekday(m: re.Match[str], p: dt.date, ctx: TemporalContext) -> Occurrence | None:
    """ "from Jan. 20 to Thursday": the written day (the latest before the weekday) to the
    last such weekday on or before P."""
    if m["bare"] or not (m["ma"] or m["na"]):
        return None  # "from 3 to Friday": no month
    end = p - dt.timedelta(days=(p.weekday() - _weekday_no(m["wdb"])) % 7)
    year = int(m["ya"]) if m["ya"] else end.year
    try:
        start = dt.date(year, _month_no(m["ma"] or m["na"]), int(m["da"] or m["ea"]))
    except ValueError:
        return None
    if not m["ya"] and start > end:
        start = start.replace(year=start.year - 1)
    if start > end:
        return None
    ctx.last_day = end
    return Occurrence(start, end, "day", "day")


# "over the year to 25 September", "in the three months to March 31st", "for the year ended
# December 31, 2023", "the six months to March": a span of months ending on a day or a month
_SPAN_TO = re.compile(
    r"\b(?P<span>year|12\s+months|twelve\s+months|six\s+months|half[\s-]year|three\s+months|"
    r"quarter)\s+(?:to|ended|ending|through)\s+(?:in\s+)?(?:the\s+end\s+of\s+)?"
    r"(?:(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
    + _MONTH_RE
    + r"|"
    + _MONTH_RE.replace("month", "month2")
    + r"\.?(?:\s+(?P<day2>\d{1,2})(?:st|nd|rd|th)?\b)?)"
    + _YEAR,
    re.I,
)
_SPAN_MONTHS = {"year": 12, "12": 12, "twelve": 12, "six": 6, "half": 6, "three": 3, "quarter": 3}


def _span_to(m: re.Match[str], p: dt.date, ctx: TemporalContext) -> Occurrence | None:
    """A span of months ending on the day or month written (no year: the latest by P): a
    reporting period of whole months when it ends on a month's last day ("the year ended
    December 31": January..December), else from the same day earlier ("over the year to 25
    September": a return since the close a year before). Precision: year, month or quarter."""
    months = _SPAN_MONTHS[re.split(r"[\s-]", m["span"].lower())[0]]
    month = _month_no(m["month"] or m["month2"])
    written = m["day"] or m["day2"]
    year = int(m["year"]) if m["year"] else p.year
    try:
        end = dt.date(year, month, int(written)) if written else month_end(year, month)
    except ValueError:
        return None
    if not m["year"] and end > p:
        end = month_end(year - 1, month) if not written else end.replace(year=year - 1)
    if end == month_end(end.year, end.month):
        first = _minus_months(end.replace(day=1), months - 1)
    else:
        first = _minus_months(end, months)
    precision = {12: "year", 6: "month", 3: "quarter"}[months]
    span = Occurrence(first, end, precision, precision)
    if months == 3 and first.day == 1:  # "the three months to March 31st": the quarter named
        ctx.last_quarter = span
    return span


# "the Mar. 20-24 trading period", "June 3–7, 2024": a range of days in one month, by a dash
_DASH_RANGE = re.compile(
    r"\b" + _MONTH_RE + r"\s+(?P<a>\d{1,2})\s?[-–]\s?(?P<b>\d{1,2})\b(?![-–.,:]?\d)"
    r"(?:,?\s+(?P<year>(?:19|20)\d{2})\b)?",
    re.I,
)


def _dash_range(m: re.Match[str], p: dt.date, ctx: TemporalContext) -> Occurrence | None:
    """A range of days in one month: in the year written, else the latest ending by P."""
    month, a, b = _month_no(m["month"]), int(m["a"]), int(m["b"])
    try:
        end = dt.date(int(m["year"]) if m["year"] else p.year, month, b)
        if not m["year"] and end > p:
            end = end.replace(year=end.year - 1)
        start = dt.date(end.year, month, a)
    except ValueError:
        return None
    if start >= end:
        return None  # "Sep 5-3": no range
    ctx.last_day = end
    return Occurrence(start, end, "day", "day")


# "2025-03-04", "2025/03/04", "04.03.2025", "04/03/2025" (US listings: "03/04/2025" is March 4),
# "01/06/25" (a data site's short year, slashes only: "24/7" and "1-2-3" are no dates)
_NUMERIC_DATE = re.compile(
    r"(?:(?P<iy>20\d\d)(?P<isep>[-/.])(?P<im>\d\d?)(?P=isep)(?P<id>\d\d?)|"
    r"(?P<a>\d\d?)(?P<sep>[-/.])(?P<b>\d\d?)(?P=sep)(?P<y>20\d\d)|"
    r"(?P<sa>\d\d?)(?P<ssep>/)(?P<sb>\d\d?)/(?P<sy>[12]\d))(?!\d|[.,/-]\d|\s*%)"
)
_NOT_BEFORE_A_DATE = frozenset("0123456789.,/-")
#: Exchanges whose press writes a numeric date month first ("06/10/2025" is June 10).
_MONTH_FIRST = frozenset({"XNYS"})


def _numeric_date(m: re.Match[str], p: dt.date, ctx: TemporalContext) -> Occurrence | None:
    """A date written in figures: year first (ISO, "2025/03/04"), else day first, or month first
    with slashes where a listing's press writes so; with slashes, a reading that falls after P,
    or is no date, gives way to the other order. A date after P is no date of what happened."""
    if m.start() and m.string[m.start() - 1] in _NOT_BEFORE_A_DATE:
        return None  # "1.10.06.2025", "v2025.06.10": part of another figure
    if m["iy"]:
        readings = [(int(m["iy"]), int(m["im"]), int(m["id"]))]
    else:
        a, b, year = (int(m[g]) for g in (("a", "b", "y") if m["a"] else ("sa", "sb", "sy")))
        year += 0 if m["a"] else 2000
        slashed = (m["sep"] or m["ssep"]) == "/"
        readings = [(year, b, a)] + ([(year, a, b)] if slashed else [])
        if slashed and ctx.exchange in _MONTH_FIRST:
            readings.reverse()
    for year, month, day in readings:
        try:
            when = dt.date(year, month, day)
        except ValueError:
            continue
        if when <= p:
            return _day(when, ctx)
    return None


def _weekday_no(name: str) -> int:
    """Monday 0 .. Sunday 6, of a weekday's name or the press's abbreviation ("Weds", "Thurs")."""
    name = name.lower()
    return next(i for i, full in enumerate(_WEEKDAYS) if full.startswith(name[:3]))


# "the 10th" (a day of this month, else of the month before): not "the 10th anniversary"
def _bare_day(m: re.Match[str], p: dt.date, ctx: TemporalContext) -> Occurrence | None:
    """ "on the 10th": the latest 10th of a month on or before P."""
    day = int(m["day"])
    month_start = p.replace(day=1)
    for _ in range(2):
        try:
            when = month_start.replace(day=day)
        except ValueError:
            when = None
        if when is not None and when <= p:
            return _day(when, ctx)
        month_start = _minus_months(month_start, 1)
    return None


_DAYS_COUNT = re.compile(
    r"\b(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|the)\s+$", re.I
)


def _days_ago(m: re.Match[str], p: dt.date, ctx: TemporalContext) -> Occurrence | None:
    """ "two days ago", "the day before yesterday": P - 2 days."""
    count = _DAYS_COUNT.search(m.string, max(0, m.start() - 8), m.start())
    if count is None:
        return None  # "days ago" with no count: "a few days ago" is no day
    word = count["n"].lower()
    if (word == "the") != m.group(0).lower().startswith("day before"):
        return None  # "the days ago", "two day before yesterday"
    n: int | None = 2 if word == "the" else 1 if word in ("a", "one") else None
    n = n or (int(word) if word.isdigit() else word_number(word))
    return _day(p - dt.timedelta(days=n), ctx) if n else None


# A half year has no precision of its own (the annotation convention): its figures are undated
_HALF_YEAR = re.compile(
    r"(?i:\b(?:first|second|1st|2nd)[\s-]half\b"
    r"(?!\s+of\s+(?:the\s+|today['’]s\s+)?(?:session|day|trading|trade|hour|month))|"
    r"\b(?:first|last)\s+six\s+months\b|(?<!\ba[\s-])\bhalf[\s-]year(?:ly)?\b)|"
    r"\b(?:H[12]|[12]H)(?:[\s-]?FY'?\d{2,4}|[\s-]'?(?:20)?\d{2}|'\d{2}|(?<=[12]H)(?:20)?\d{2})?\b"
)


def _half_year(_: re.Match[str], __: dt.date, ___: TemporalContext) -> Occurrence:
    """A half year: a period is named, but no precision can hold it (its period says so, that
    a market figure's time is not guessed from the session)."""
    return Occurrence(None, None, "unknown", "half")


def _week_ended(m: re.Match[str], p: dt.date, ctx: TemporalContext) -> Occurrence | None:
    """ "the week ended June 6", "the week to Friday": that day's week, Monday..that day."""
    written = m["mw"] or m["nw"]
    if written:
        end = _month_day_of(_month_no(written), int(m["dw"] or m["ew"]), m["yw"], p)
    elif m["wd"]:
        end = p - dt.timedelta(days=(p.weekday() - _weekday_no(m["wd"])) % 7)
    else:
        return None
    if end is None:
        return None
    ctx.last_day = end
    return Occurrence(end - dt.timedelta(days=end.weekday()), end, "week", "week")


def _month_day_of(month: int, day: int, year: str | None, p: dt.date) -> dt.date | None:
    """That day of that month, in the year written, else the latest on or before P."""
    try:
        when = dt.date(int(year) if year else p.year, month, day)
        if not year and when > p:
            when = when.replace(year=when.year - 1)
    except ValueError:
        return None
    return when


# "the first three months of the year", "the first nine months of 2024": from 1 January
_FIRST_MONTHS = re.compile(
    r"\bfirst\s+(?P<n>three|nine|3|9)\s+months\b(?:\s+of\s+(?:the\s+year|this\s+year|"
    r"(?:fiscal\s+|calendar\s+)?(?P<year>(?:19|20)\d{2})))?",
    re.I,
)


def _first_months(m: re.Match[str], p: dt.date, ctx: TemporalContext) -> Occurrence | None:
    """The first three months: the first quarter; the first nine months: 1 January..30
    September (day, as "between January and the end of September"); of the year written, else
    of the latest year whose span ended by P."""
    months = 3 if m["n"] in ("three", "3") else 9
    year = int(m["year"]) if m["year"] else p.year
    if not m["year"] and month_end(year, months) > p:
        year -= 1
    if months == 3:
        ctx.last_quarter = quarter_of(year, 1)
        return ctx.last_quarter
    return Occurrence(dt.date(year, 1, 1), month_end(year, 9), "day", "9 months")


_WEEK_OF_MONTH = {"first": 0, "second": 1, "third": 2, "fourth": 3}


def _week_of_month(m: re.Match[str], p: dt.date, _: TemporalContext) -> Occurrence | None:
    """ "the first week of November": its 1st..7th; "the last week of June": its last seven
    days (no year: the latest month begun by P)."""
    month = _month_no(m["month"])
    year = int(m["year"]) if m["year"] else _latest_year_with_start(month, p)
    last = month_end(year, month)
    nth = _WEEK_OF_MONTH.get(m["ord"].lower())
    start = last - dt.timedelta(days=6) if nth is None else dt.date(year, month, 1 + 7 * nth)
    end = min(start + dt.timedelta(days=6), last)
    return Occurrence(start, end, "week", "week") if start <= p else None


# "at the end of May", "at year-end 2024": a state's day
_END_OF = re.compile(
    r"\b(?:at|by|as\s+(?:of|at))\s+(?:(?:the\s+)?end of\s+(?:the\s+)?|end-(?=[a-z]))(?:"
    r"(?P<last>last)\s+year|(?:month\s+of\s+)?"
    + _MONTH_RE
    + r")"
    + _YEAR
    + r"\b|\b(?:(?:at|by|as\s+(?:of|at))\s+(?:the\s+)?end of\s+|"
    r"(?:at\s+)?(?:year[ -]end\s+|end-))(?P<year2>(?:19|20)\d{2})\b",
    re.I,
)


def _end_of(m: re.Match[str], p: dt.date, ctx: TemporalContext) -> Occurrence | None:
    """The last day of the month or year named (a quarter's end is its quarter, as holdings
    stories' gold has it): in the year written, else the latest ended by P (none while the
    period named is still under way: a plan's; none for the base of a comparison, "fell from
    285 at the end of 2023")."""
    if _COMPARED_FROM.search(m.string, max(0, m.start() - 40), m.start()):
        return None
    written = m["year"] or m["year2"]
    year = int(written) if written else p.year - (m["last"] is not None)
    if m["month"]:
        first = month = _month_no(m["month"])
    else:
        first, month = 1, 12
    end = month_end(year, month)
    if end > p and not written and not m["last"]:
        if dt.date(year, first, 1) <= p:
            return None
        end = month_end(year - 1, month)
    return _day(end, ctx) if end <= p else None


# A year's last session: "the last trading day in 2023", "ended trading-year 2024 at HKD33.00",
# "concluded 2024 at HKD4.46", "at trading year-end 2023"
_YEAR_LAST_SESSION = re.compile(
    r"\blast\s+trading\s+(?:day|session)\s+(?:of|in)\s+(?:the\s+year\s+)?(?P<y>(?:19|20)\d{2})\b|"
    r"\b(?:ended|concluded|closed|finished)\s+(?:the\s+)?(?:trading[\s-])?(?:year\s+)?"
    r"(?P<y2>(?:19|20)\d{2})\s+(?:at|on)\b|"
    r"\btrading[\s-]year[\s-]end\s+(?P<y3>(?:19|20)\d{2})\b",
    re.I,
)


def _year_last_session(m: re.Match[str], p: dt.date, ctx: TemporalContext) -> Occurrence | None:
    """The last session of the year named, on the exchange's calendar; none for a year not
    ended by P."""
    from timeline.extract.sessions import session_on_or_before  # noqa: PLC0415

    year = int(m["y"] or m["y2"] or m["y3"])
    if dt.date(year, 12, 31) > p:
        return None
    return _day(session_on_or_before(dt.date(year, 12, 31), ctx.exchange), ctx)


# "since the end of the quarter", "since the close of September", "since the beginning of Q3":
# from that period's edge to P (not the period itself)
_SINCE_EDGE = re.compile(
    r"\bsince\s+the\s+(?P<edge>end|close|start|beginning)\s+of\s+"
    # (the start of the year, the month or the quarter: to date)
    r"(?!(?:the|this)\s+(?:year|month|quarter)\b)(?P<period>[^,;.]{3,40})",
    re.I,
)


def _since_edge(m: re.Match[str], p: dt.date, ctx: TemporalContext) -> Occurrence | None:
    """The day a period named after "since the end/start of" ends or starts, to P."""
    period = resolve("in " + m["period"], p, ctx, ctx.exchange)
    if period.start is None or period.precision == "unknown":
        return None
    edge = period.start if m["edge"].lower() in ("start", "beginning") else period.end
    return Occurrence(edge, p, "day", "since") if edge is not None and edge <= p else None


# "the same period last year", "the corresponding quarter of 2023": a comparison's base
_SAME_PERIOD = re.compile(
    r"\b(?:same|corresponding|comparable|year[\s-]ago)\s+(?:period|quarter|months)\s+"
    r"(?:(?:of|in)\s+)?(?:last\s+year|(?:19|20)\d{2})\b",
    re.I,
)
_COMPARED_FROM = re.compile(
    r"\b(?:from|than|compared\s+(?:to|with)|versus|vs\.?|against)\s+(?:[^\s,;]+\s+){0,4}$", re.I
)


def _quarter_first(m: re.Match[str], p: dt.date, ctx: TemporalContext) -> Occurrence:
    """ "3Q25", "1Q2024": that calendar quarter; "4QFY24": that fiscal quarter, as "Q4 FY24"."""
    q, year = int(m["q"]), _full_year(m["y"])
    if m["fy"]:
        return _fiscal_quarter_of(year, q, ctx)
    ctx.last_quarter = quarter_of(year, q)
    return ctx.last_quarter


# Not after a determiner: "its recently approved drug", "the recently launched Nova"
_ATTRIBUTE = "".join(
    rf"(?<!\b{w}\s)" for w in ("its", "the", "a", "an", "their", "his", "her", "our", "this")
)


_TELLING = r"(?:announced|disclosed|reported|revealed|filed|notified|informed|said|told)\b"

# Ordered by specificity: the first rule that matches anywhere in the sentence wins.
_RULES: list[tuple[re.Pattern[str], Rule]] = [
    # not "its recently approved drug": an attribute of a thing, no time of the sentence's event
    (
        # nor a telling's: "recently announced the sale of 1 million shares on July 8" (the
        # sale's day)
        re.compile(
            # nor an opening that orders the news: "Most recently, X sold ... on January 3"
            _ATTRIBUTE + r"\brecently\b(?!\s+" + _TELLING + r"|,)|"
            r"\brecently\b(?!\s+\w+ed\s+[\w-]+|\s+" + _TELLING + r"|,)|\blately\b",
            re.I,
        ),
        _unknown,
    ),
    (_YEAR_LAST_SESSION, _year_last_session),
    (_RANGE, _range),
    (_MONTH_RANGE, _month_range),
    (_DASH_RANGE, _dash_range),
    (_SINCE_EDGE, _since_edge),
    (_END_OF, _end_of),
    (
        re.compile(
            r"\bweek\s+(?:ended|ending|to|through)\s+(?:on\s+)?"
            rf"(?:(?P<wd>{'|'.join(_WEEKDAYS)})\b,?\s*)?(?:{_written_day('w')})?",
            re.I,
        ),
        _week_ended,
    ),
    (
        re.compile(
            r"\bsince\s+(?:(?P<part>early\s+|late\s+|mid-)|the\s+(?:start|beginning)\s+of\s+)?"
            + _MONTH_RE
            + r"(?:\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?)?"
            + _YEAR
            + r"\b",
            re.I,
        ),
        _since_month,
    ),
    (
        re.compile(
            r"\bsince\s+(?:the\s+(?:start|beginning)\s+of\s+)?(?P<year>(?:19|20)\d{2})\b"
            r"(?!\s*['’]s)",
            re.I,
        ),
        _since_year,
    ),
    (
        re.compile(
            r"\b(?:over|in|during|for|across|within)\s+the\s+(?:past|last|previous|prior|latest)\s+"
            r"(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
            r"(?P<unit>days?|weeks?|months?|years?)\b|"  # "the past one month" as "past month"
            r"\b(?:in|over|during)\s+the\s+(?P<n2>\d{1,3})-(?P<unit2>day|week|month|year)\s+"
            r"(?:time\s*frame|period|window|span)\b",
            re.I,
        ),
        _past_units,
    ),
    (_MONTHS_SPAN, _months_span),
    (
        re.compile(
            # "the three and six months ending October 31": the quarter's and the half's
            r"\b(?:quarter|three(?:\s+and\s+(?:six|nine))?\s+months)\s+(?:ending|ended)\s+"
            r"(?:in\s+)?" + _MONTH_RE + r"(?:\s+\d{1,2}(?:st|nd|rd|th)?\b)?" + _YEAR,
            re.I,
        ),
        _fiscal_quarter_ending,
    ),
    (re.compile(r"\b" + _MONTH_RE + r"(?:-|\s)quarter" + _YEAR, re.I), _fiscal_quarter_ending),
    (_SPAN_TO, _span_to),
    (
        re.compile(
            r"\bQ(?P<qn>[1-4])\s*[-']?\s*FY\s*'?(?P<fy>\d{4}|\d{2})\b|"
            r"\bFY\s*'?(?P<fy2>\d{4}|\d{2})\s*[-']?\s*Q(?P<qn2>[1-4])\b",
            re.I,
        ),
        _fiscal_quarter,
    ),
    (
        re.compile(
            r"\b(?:(?P<ord>first|second|third|fourth|final|1st|2nd|3rd|4th|"
            r"last(?=\s+quarter,?\s+(?:of\s+)?(?:19|20)\d{2}))[\s-](?:fiscal\s+)?quarter|"
            r"Q(?P<qn>[1-4]))(?:\s*'(?P<year2>\d{2})\b|\s+CY(?P<cy>\d{2,4}))?" + _YEAR,
            re.I,
        ),
        _named_quarter,
    ),
    (
        re.compile(r"\b(?P<q>[1-4])Q\s?(?P<fy>FY)?\s?'?(?P<y>20\d{2}|\d{2})\b", re.I),
        _quarter_first,
    ),
    (re.compile(r"\b(?:preceding|previous|prior)\s+quarter\b", re.I), _preceding_quarter),
    (
        re.compile(
            r"\b(?:latest|last|most recent|recent|past|just-ended|reported)\s+"
            r"(?:fiscal\s+)?quarter\b",
            re.I,
        ),
        _latest_quarter,
    ),
    (re.compile(r"\b(?:the|that|this|same)\s+quarter\b", re.I), _context_quarter),
    (
        re.compile(
            r"\b(?:so\s+far\s+)?this\s+quarter\b|\bquarter[\s-]to[\s-]date\b|"
            r"\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+quarter\b",
            re.I,
        ),
        _quarter_to_date,
    ),
    (_NUMERIC_DATE, _numeric_date),
    # "11-Jun-2025", "13 Jun 25": a day, a month and its year (its last two figures), spaced or
    # joined by dashes as filings write them
    (
        re.compile(
            r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?[\s-]"
            + _MONTH_RE
            + r"[\s-](?:(?P<year>20\d{2})|'?(?P<yy>\d{2}))\b"
            r"(?![\d,.:]\d|\s*(?:%|per|points?|bps|cents?)\b)",
            re.I,
        ),
        _month_day,
    ),
    (
        re.compile(r"\b" + _MONTH_RE + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b" + _YEAR, re.I),
        _month_day,
    ),
    (
        re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_RE + _YEAR, re.I),
        _month_day,
    ),
    # "That day, the shares closed at $31.57": the day the article last named
    (
        # "On the day, Samsung Securities lifted ...": a sentence opening on the day just told
        re.compile(
            r"\b(?:that|the\s+same)\s+day\b(?!\s+(?:a|last|next)\s)|^(?i:on\s+the\s+day),", re.I
        ),
        _that_day,
    ),
    (
        re.compile(r"\b(?:on|last|this|since)\s+(?P<wd>" + "|".join(_WEEKDAYS) + r")\b", re.I),
        _weekday,
    ),
    (
        re.compile(
            rf"\b(?P<wd>{'|'.join(_WEEKDAYS)})\b(?!['’]s)|"
            # "adding 0.64% to Monday's 1,337.42 points": Monday's level is the base compared
            # with, not when the move happened
            rf"(?<!to\s)(?<!from\s)(?<!than\s)(?<!over\s)\b(?P<wd2>{'|'.join(_WEEKDAYS)})['’]s\b",
            re.I,
        ),
        _weekday,
    ),
    # "on Weds.", "on Thurs": the press's abbreviations, capitalised, after "on"
    (re.compile(r"\bon\s+(?-i:(?P<wd>Mon|Tues?|Weds?|Thu(?:rs?)?|Fri))\b\.?", re.I), _weekday),
    (
        re.compile(
            r"\b(?i:on) the (?P<day>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)\b"
            r"(?=\s*(?:[,.;:)]|$|(?:and|when|after|before|as|at|in|with|of\s+this\s+month)\b))"
        ),
        _bare_day,
    ),
    (re.compile(r"[Dd](?i:ays?\s+ago|ay\s+before\s+yesterday)\b"), _days_ago),
    (
        re.compile(
            # ("last night": the evening before P, "Last night in after-market trading")
            r"\b(?:yesterday|last\s+night|today|currently|presently|at present|right now|tonight|"
            # "the current consensus", "the current average analyst rating": as of P
            r"(?:the\s+)?current\s+(?:consensus|average|mean|median)|"
            # a clock time with no day: the day written, "trading at Rs 28.26 as of 1 pm"
            r"as\s+of\s+\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\b\.?|hrs\b|IST\b|GMT\b|ET\b)|"
            r"this\s+(?:morning|afternoon|evening)|(?:earlier|later)\s+in\s+the\s+day)\b",
            re.I,
        ),
        _relative_day,
    ),
    (
        re.compile(
            r"\b(?:previous|prior|last|preceding|past)\s+(?:trading\s+|market\s+|day['’]s\s+)?"
            r"(?:session|trading\s+day|close)\b|"
            r"\bthe\s+(?:day|session)\s+before\b|\bthe\s+previous\s+day\b",
            re.I,
        ),
        _previous_session,
    ),
    (
        re.compile(
            r"\b(?:past|last|previous|prior)\s+(?P<n>\d+|two|three|four|five|six|seven|ten)\s+"
            r"(?:trading\s+)?(?:sessions|trading\s+days)\b|"
            r"\b(?P<n2>two|three|four|five|six|seven|ten|\d)-(?:day|session)\s+"
            r"(?:losing\s+|winning\s+)?(?:(?:share\s+)?price\s+)?(?:streak|run|rally|slide|skid|gain|"
            # "the 5-day performance at 64.41%", "a five-day price change of -3%"
            r"loss|decline|stretch|performance|return|change|increase|decrease|rise|drop|fall)",
            re.I,
        ),
        _sessions_back,
    ),
    # "in five straight sessions", "for three consecutive trading days"
    (
        re.compile(
            r"\b(?P<n3>\d+|two|three|four|five|six|seven|eight|nine|ten)\s+"
            r"(?:straight|consecutive|successive)\s+(?:trading\s+)?(?:sessions|days)\b",
            re.I,
        ),
        _sessions_back,
    ),
    (re.compile(r"\b(?P<what>week|month)[\s-]to[\s-]date\b", re.I), _to_date),
    (
        re.compile(
            r"\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+(?:financial|fiscal)\s+"
            r"year\b|\b(?:financial|fiscal)[\s-]year[\s-]to[\s-]date\b",
            re.I,
        ),
        _fiscal_year_to_date,
    ),
    # "closed this month with a loss of 1.12%", "For the month, the index added 2%"
    (
        re.compile(
            r"\b(?:so\s+far\s+)?this\s+month\b|\bthe\s+month['’]s\b|"
            r"\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+month\b|"
            r"\b(?:for|over)\s+the\s+month\b(?!\s+(?:ago|earlier|before|of\b))",
            re.I,
        ),
        _month_to_date,
    ),
    # "last week": the calendar week before; "during the last week": the seven days to P;
    # "the past fortnight", "the last two weeks": fourteen days to P
    (
        re.compile(
            r"\b(?P<the>the\s+)?(?P<which>this|last|past)\s+(?:trading\s+)?"
            r"(?P<span>week|fortnight|two\s+weeks)\b"
            r"(?!\s+of\b)",
            re.I,
        ),
        _week,
    ),
    # "For the week, the index added 2.1 per cent", "the week's star performer": this week
    (
        re.compile(
            r"\b(?:for|on|over|in|during)\s+the\s+(?:trading\s+)?week\b"
            r"(?!\s+(?:ago|before|earlier|ahead|of|to|ended|ending)\b)|"
            r"\bthe\s+week['’]s\b",
            re.I,
        ),
        _the_week,
    ),
    # "shares fell 3% to end the week": the week's last session
    (
        re.compile(r"\bto\s+(?:end|close|finish)(?:\s+out)?\s+the\s+(?:trading\s+)?week\b", re.I),
        _week_end,
    ),
    # "TRANSCORP (-3.15% w/w)", "up 2.4% week-on-week": the week up to the session reported
    (re.compile(r"\bw/w\b|\bweek[\s-]on[\s-]week\b|\bWoW\b"), _week_on_week),
    (_FIRST_MONTHS, _first_months),
    (
        re.compile(
            r"\b(?P<ord>first|second|third|fourth|last|final)\s+week\s+of\s+"
            r"(?:the\s+month\s+of\s+)?" + _MONTH_RE + _YEAR + r"\b",
            re.I,
        ),
        _week_of_month,
    ),
    (_HALF_YEAR, _half_year),
    (
        re.compile(
            r"\b(?:(?:since|from|compared\s+(?:to|with))\s+the\s+(?:start|beginning)\s+of\s+"
            r"(?:the|this)\s+year|year[\s-]to[\s-]date|ytd|"
            r"so far this year|this year|since january|"
            # "since the year began", "since the turn of the year": to date
            r"since\s+the\s+year\s+(?:began|started|opened|kicked\s+off)|"
            r"since\s+the\s+turn\s+of\s+the\s+year|"
            # "up by 1508.47% from N0.59 it started the year with"
            r"(?:start(?:ed|s)?|began|begun|opened|entered)\s+the\s+year)\b",
            re.I,
        ),
        _ytd,
    ),
    (
        re.compile(
            r"\b(?:last month|(?:over|in|during)\s+the\s+(?:past|last)\s+month|"
            r"past month|on a monthly basis|month-on-month|"
            # "was up by 9.12% over a month" (not "in over a month", "over a month ago")
            r"(?<!\bin\s)over\s+a\s+month(?!\s+(?:ago|earlier|before|later)))\b",
            re.I,
        ),
        _past_month,
    ),
    (
        re.compile(
            # "dates back to December 2021, when ...": the when-clause's month
            r"\b(?P<so_far>so\s+far\s+)?(?:in|during|as\s+(?:of|per|at)|through|for|till|until|"
            r"back\s+to)\s+(?:data\s+till\s+|the\s+month\s+of\s+)?"
            r"(?:early\s+|late\s+|mid-)?" + _MONTH_RE + _YEAR + r"\b",
            re.I,
        ),
        _in_month,
    ),
    (
        re.compile(
            r"\b(?:in|during|for|of|back\s+to|throughout)\s+(?:(?P<kind>calendar|fiscal)\s+(?:year\s+)?)?"
            r"(?P<year>(?:19|20)\d{2})\b|\blast year\b|"
            r"\b(?:in|during|for|throughout)\s+(?:the\s+)?FY\s?'?(?P<fy>20\d{2}|\d{2})\b"
            r"(?!\s*(?:Q|H)\d|\s?[-–/]\s?\d)|"
            # (not "in the year-ago period": a comparison's base)
            r"\b(?:for|in|over)\s+the\s+(?:full\s+|calendar\s+)?year\b"
            r"(?![\s-]+(?:ago|earlier|before))",
            re.I,
        ),
        _year,
    ),
    (
        # (not "a new 52-week high", reached in the session the sentence tells)
        re.compile(
            r"(?<!new\s)(?<!fresh\s)\b52[\s-]week\b|\b(?:twelve|12)[\s-]month\s+(?:highs?|lows?|range)\b",
            re.I,
        ),
        _past_year,
    ),
    (
        re.compile(
            r"\b(?:over|in)\s+the\s+(?:past|last)\s+(?:12\s+months|year)\b|"
            # "registered 36.09% gain for a year": a move's noun over the year to P
            r"\b(?:gain|loss|return|rise|decline|drop|fall|performance)s?\s+(?:for|over)\s+"
            r"(?:a|one)\s+year\b",
            re.I,
        ),
        _year_back,
    ),
    # "a one-year return of 31%", "the 12-month gain", "6-month loss of -18.28%": the span up
    # to P its adjective names
    (
        re.compile(
            r"\b(?P<n>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
            r"[\s-](?P<unit>week|month|year)\s+(?:(?:share\s+)?price\s+)?(?:return|gain|loss|"
            r"performance|change|decline|rise|rally|drop|fall|slide|slump|advance|surge|jump|"
            r"increase|decrease)s?\b",
            re.I,
        ),
        _past_units,
    ),
    # "up 46% in 6 months", "risen 77.4% over 12 months": the span a figure is over
    (
        re.compile(
            r"(?:%|\bper\s?cent|\bpercent)\+?\s+(?:in|over)\s+(?P<n>\d{1,2}|one|two|three|four|"
            r"five|six|seven|eight|nine|ten|eleven|twelve)\s+(?P<unit>weeks?|months?|years?|sessions)\b"
            r"(?!['’]|\s+(?:ago|earlier|before|later|from|after|time|prior)\b)",
            re.I,
        ),
        _figure_span,
    ),
]
# Most sentences name no time at all: a pattern runs only where the words it needs are
_GATES = Gates(pattern for pattern, _ in _RULES)


def resolve(
    sentence: str,
    published: dt.date,
    context: TemporalContext | None = None,
    exchange: str = "XNYS",
) -> Occurrence:
    """The occurrence the sentence's temporal cue gives, relative to ``published``."""
    ctx = context or TemporalContext()
    ctx.exchange = exchange
    sentence = without_reversed_days(sentence)
    for (_, rule), m in zip(_RULES, _GATES.searches(sentence), strict=True):
        if m is None:
            continue
        found = rule(m, published, ctx)
        if found is not None:
            return _as_of(sentence, m, found, published, exchange)
    return Occurrence.unknown()


def without_reversed_days(sentence: str) -> str:
    """``sentence`` with the days of the moves it reverses or extends blanked out, offsets
    kept: "reversed some of yesterday's losses" names no day of its own.

    >>> without_reversed_days("It recouped Monday's losses on Tuesday.")
    'It recouped          losses on Tuesday.'
    """
    if "'s" not in sentence and "’s" not in sentence:  # (the cheap test first)
        return sentence
    for day in reversed(list(_REVERSED_DAY.finditer(sentence))):
        start, end = day.span("day")
        sentence = sentence[:start] + " " * (end - start) + sentence[end:]
    return sentence


# A session's moves that the clause reverses or extends, named by their day: "reversed some of
# yesterday's losses", "recouped Monday's losses", "extended Friday's gains": the day named is
# the session before the one the clause tells of, never its own
_REVERSED_DAY = re.compile(
    r"\b(?:reversed|reverses|reversing|recouped|recoups|recouping|recovered|recovers|erased|"
    r"erases|erasing|pared|pares|paring|extended|extends|extending|trimmed|trims|wiped\s+out)\s+"
    r"(?:(?:some|part|most|all|much|half)\s+of\s+)?(?:the\s+)?"
    r"(?P<day>(?:yesterday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)['’]s)\b",
    re.I,
)
# "As at Wednesday, SIA shares have rallied 35.6 per cent in 2023", "gained 35% this year
# through Wednesday's close": the day a span to date runs to
_AS_OF = re.compile(r"\b(?:as\s+(?:at\s+|of\s+)?|through\s+|thru\s+|until\s+|up\s+to\s+)$", re.I)
_AS_OF_DAY = re.compile(r"\b(?:as\s+(?:at|of|on)|through|thru|until|up\s+to)\s+", re.I)
#: The periods of a span to date, which ends at P unless a day is named
TO_DATE = frozenset({"ytd", "mtd", "qtd", "since"})


def _as_of(
    sentence: str, m: re.Match[str], found: Occurrence, published: dt.date, exchange: str
) -> Occurrence:
    """A day an "as of" names ends the span to date the rest of the sentence tells, if any
    ("as at Wednesday, ... rallied 35.6 per cent in 2023": 1 January..that Wednesday)."""
    if found.period in TO_DATE:
        return span_as_of(sentence, found, published, exchange)
    day = found.start
    if found.precision != "day" or day is None or found.end != day or day > published:
        return found
    if not _AS_OF.search(sentence, max(0, m.start() - 9), m.start()):
        return found
    rest = resolve(sentence[: m.start()] + sentence[m.end() :], published, exchange=exchange)
    if rest.period in TO_DATE and rest.end == published and rest.start and rest.start <= day:
        return Occurrence(rest.start, day, rest.precision, rest.period)
    return found


def span_as_of(
    sentence: str, span: Occurrence, published: dt.date, exchange: str = "XNYS"
) -> Occurrence:
    """A span to date (year-, quarter-, month-to-date, "since") ends on the day before P an
    "as of" in ``sentence`` names, else at P; any other occurrence is as it was.

    >>> p = dt.date(2025, 6, 13)
    >>> text = "Zorvex has gained 12% since March 3, as of June 10."
    >>> span_as_of(text, resolve("gained 12% since March 3", p), p).end
    datetime.date(2025, 6, 10)
    """
    if span.period not in TO_DATE:
        return span
    if span.end != published or span.start is None or not _AS_OF_DAY.search(sentence):
        return span
    for m in _AS_OF_DAY.finditer(sentence):
        day = resolve(sentence[m.end() : m.end() + 40], published, exchange=exchange)
        one_day = day.precision == "day" and day.start is not None and day.start == day.end
        if one_day and day.start is not None and span.start <= day.start < published:
            return Occurrence(span.start, day.start, span.precision, span.period)
    return span


# What an estimate, guidance or plan speaks of: the cue classes of the future, most specific
# first. A fiscal year is the calendar year except where the market's companies mostly close
# their year in March (India, Japan: FY26 is April 2025..March 2026).
def _fiscal_year(fy: int, end: int | None) -> Occurrence:
    return Occurrence(*fiscal_year(fy, end), "year", "year")


Horizon = Callable[[re.Match[str], dt.date, int | None], Occurrence]
# A calendar quarter named without a year in a forecast ("second-quarter revenue forecast of
# $36.5 billion", "analysts expect Q4 EPS of $1.10"); a fiscal quarter or one with a year is
# another rule's
_QUARTER_AHEAD = re.compile(
    r"(?<!fiscal\s)(?<!financial\s)\b(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)"
    r"[\s-]quarter|Q(?P<q>[1-4]))\b(?!\s*(?:of\s+)?(?:fiscal|financial|FY|this|next|last|"
    r"20\d\d|'?\d\d\b))",
    re.I,
)
#: How long after a quarter's end its results may still be awaited: a forecast of "the fourth
#: quarter" in January is of the quarter just ended.
_RESULTS_AWAITED = dt.timedelta(days=60)


def _unreported_quarter(m: re.Match[str], p: dt.date, end: int | None) -> Occurrence:
    """The quarter a forecast names without a year: the first whose results can still be
    awaited at ``p`` (ended at most two months before it, or not yet ended). Where fiscal years
    end in March, the first quarter is April to June."""
    q = _ORDINAL[m.group("ord").lower()] if m.group("ord") else int(m.group("q"))
    last = ((end or 12) + 3 * q - 1) % 12 + 1  # the month the fiscal quarter ends
    year = next(
        y for y in (p.year - 1, p.year, p.year + 1) if month_end(y, last) >= p - _RESULTS_AWAITED
    )
    return _three_months_to(year, last)


def _three_months_to(year: int, month: int) -> Occurrence:
    """The quarter (fiscal or calendar) ending with ``month`` of ``year``."""
    start = _minus_months(dt.date(year, month, 1), 2)
    return Occurrence(start, month_end(year, month), "quarter", "quarter")


def _fiscal_quarter_ahead(m: re.Match[str], p: dt.date, end: int | None) -> Occurrence:
    """ "Q2 2026": that calendar quarter; "Q2 FY26": that quarter of the fiscal year."""
    q, year = int(m["q"]), _full_year(m["y"])
    if m["fy"] and end is not None:
        return Occurrence(*fiscal_quarter(year, q, end), "quarter", "quarter")
    return quarter_of(year, q)


_HORIZONS: list[tuple[re.Pattern[str], Horizon]] = [
    (
        re.compile(r"\bQ(?P<q>[1-4])\s*(?P<fy>FY\s*|fiscal\s+)?'?(?P<y>20\d\d|\d\d)\b", re.I),
        _fiscal_quarter_ahead,
    ),
    (
        re.compile(r"\b(?:FY\s*|fiscal\s+(?:year\s+)?)'?(?P<y>20\d\d|\d\d)E?\b", re.I),
        lambda m, p, x: _fiscal_year(_full_year(m.group("y")), x),
    ),
    (
        re.compile(r"\b(?:next|following|coming|current)\s+quarter\b", re.I),
        lambda m, p, x: quarter_of(p.year, (p.month - 1) // 3 + 1),  # results are a quarter late
    ),
    (
        re.compile(r"\b(?:next|following|coming)\s+(?:fiscal\s+|financial\s+)?year\b", re.I),
        lambda m, p, x: _fiscal_year(fiscal_now(p, x) + 1, x),
    ),
    (
        re.compile(
            r"\b(?:this|current|the\s+current)\s+(?:fiscal\s+|financial\s+|full[\s-])?year\b|"
            r"\bfull[\s-]year\b|\bfor\s+the\s+(?:fiscal\s+)?year\b|\bannual\b|"
            # "to more pubs as the year continues": the rest of this year
            r"\bas\s+the\s+year\s+(?:continues|progresses|goes\s+on|unfolds|wears\s+on)\b",
            re.I,
        ),
        lambda m, p, x: _fiscal_year(fiscal_now(p, x), x),
    ),
    (
        # "in 2024", "in early 2024", "by mid-2026", "late 2025": that year
        re.compile(
            r"\b(?:(?:in|for|of|during|by)\s+(?:(?:early|late|mid)[\s-]+)?|"
            r"(?:early|late|mid)[\s-]+)(?P<y>20\d\d)\b",
            re.I,
        ),
        lambda m, p, x: _fiscal_year(int(m.group("y")), None),
    ),
    (_QUARTER_AHEAD, _unreported_quarter),
]


def horizon(
    sentence: str, published: dt.date, exchange: str = "XNYS", fiscal_end: int | None = None
) -> Occurrence:
    """The period a forward-looking statement speaks of ("EPS of $6.40 next year"), which may
    lie after ``published``; unknown when the text names none. A fiscal year ends in the month
    ``fiscal_end`` (the article's word, `timeline.extract.fiscal.fiscal_year_end`), else in
    March on NSE/BSE and Tokyo, else in December.

    >>> p = dt.date(2025, 11, 20)
    >>> [horizon(t, p).start for t in ("next year", "Q2 2026", "the current fiscal year")]
    [datetime.date(2026, 1, 1), datetime.date(2026, 4, 1), datetime.date(2025, 1, 1)]
    >>> horizon("FY26 EPS", p, "XBOM").start, horizon("by then", p).precision
    (datetime.date(2025, 4, 1), 'unknown')
    >>> horizon("to more pubs as the year continues", p).start
    datetime.date(2025, 1, 1)
    """
    end = TemporalContext(exchange=exchange, fiscal_end=fiscal_end).year_end()
    for pattern, rule in _HORIZONS:
        if m := pattern.search(sentence):
            return rule(m, published, end)
    return Occurrence.unknown()


# When a plan is to happen ("will go on sale on June 5", "launches in September", "next
# month"): the first such day or month on or after P; else the horizon's period.
_PLANNED_DAY = gated(
    r"\b"
    + _MONTH_RE
    + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\b"
    + _YEAR
    + r"|\b(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?"
    + _MONTH_RE.replace("month", "month2")
    + _YEAR.replace("year", "year2"),
    re.I,
)
_PLANNED_MONTH = re.compile(
    r"\b(?:in|during|by|from|for|until|(?:early|late|mid)[\s-])\s*(?:early\s+|late\s+|mid-)?"
    + _MONTH_RE
    + _YEAR
    + r"\b|\b(?P<rel>next|this)\s+month\b",
    re.I,
)
# A calendar quarter of a plan: "in the fourth quarter of this year", "in Q3 2026", "in the
# first quarter" (a fiscal quarter is the horizon's: "the third quarter of fiscal 2026")
_PLANNED_QUARTER = re.compile(
    r"\b(?:in|during|by|for)\s+(?:the\s+)?(?:(?P<ord>first|second|third|fourth|final|1st|2nd|"
    r"3rd|4th)\s+quarter|Q(?P<q>[1-4])|"
    # "in the last three months of 2024", "the first three months of next year": a quarter (a
    # year's, never "in the last three months", a span up to now)
    r"(?P<months>first|last|final)\s+three\s+months(?=\s+of\s+(?:the\s+year|(?:this|next)\s+"
    r"year|20\d\d)\b))(?:\s+of)?(?:\s+(?:the\s+year|(?P<rel>this|next)\s+year|(?P<y>20\d\d)))?"
    r"\b(?!\s+(?:of\s+)?(?:fiscal|financial|FY))",
    re.I,
)
_PLANNED_WEEKDAY = gated(
    r"\b(?:on\s+|this\s+|next\s+)?(?P<wd>" + "|".join(_WEEKDAYS) + r")\b", re.I
)


def _planned_quarter(m: re.Match[str], published: dt.date) -> Occurrence:
    """The quarter `_PLANNED_QUARTER` found: without a year, the next one to end."""
    if m.group("months"):
        q = 1 if m.group("months").lower() == "first" else 4
    else:
        q = _ORDINAL[m.group("ord").lower()] if m.group("ord") else int(m.group("q"))
    rel = (m.group("rel") or "").lower()
    year = int(m.group("y")) if m.group("y") else published.year + (rel == "next")
    if not m.group("y") and not rel and month_end(year, 3 * q) < published:
        year += 1
    return quarter_of(year, q)


def planned(sentence: str, published: dt.date, exchange: str = "XNYS") -> Occurrence:
    """When something planned is to happen: a day or month named without a year is the first on
    or after ``published``; otherwise the period `horizon` finds (unknown when none).

    >>> p = dt.date(2025, 3, 7)
    >>> [planned(t, p).start for t in ("on sale June 5", "in January", "next month", "Friday")]
    [datetime.date(2025, 6, 5), datetime.date(2026, 1, 1), datetime.date(2025, 4, 1), \
datetime.date(2025, 3, 7)]
    >>> planned("launch in the second half of 2026", p).precision
    'year'
    >>> planned("launch in the fourth quarter of this year", p).start
    datetime.date(2025, 10, 1)
    >>> planned("due to hit shelves in the last three months of 2025", p).start
    datetime.date(2025, 10, 1)
    """
    if m := _PLANNED_DAY.search(sentence):
        month = _month_no(m.group("month") or m.group("month2"))
        day = int(m.group("day") or m.group("day2"))
        year = m.group("year") or m.group("year2")
        try:
            when = dt.date(int(year) if year else published.year, month, day)
        except ValueError:
            return Occurrence.unknown()
        if not year and when < published:
            when = when.replace(year=when.year + 1)
        return Occurrence(when, when, "day", "day")
    if m := _PLANNED_MONTH.search(sentence):
        if m.group("rel"):
            first = published.replace(day=1)
            if m.group("rel").lower() == "next":
                first = (first + dt.timedelta(days=32)).replace(day=1)
        else:
            month = _month_no(m.group("month"))
            year = int(m.group("year")) if m.group("year") else published.year
            if not m.group("year") and month < published.month:
                year += 1
            first = dt.date(year, month, 1)
        return Occurrence(first, month_end(first.year, first.month), "month", "month")
    if m := _PLANNED_QUARTER.search(sentence):
        return _planned_quarter(m, published)
    if m := _PLANNED_WEEKDAY.search(sentence):
        target = _WEEKDAYS.index(m.group("wd").lower())
        when = published + dt.timedelta(days=(target - published.weekday()) % 7)
        return Occurrence(when, when, "day", "day")
    return horizon(sentence, published, exchange)
