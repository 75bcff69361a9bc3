"""Price levels: a price the shares (or an index) closed, opened, traded or peaked at."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from timeline._time import MONTHS, WEEKDAYS
from timeline.extract.actors import INDEX_WORDS, SELF, actor_before, clause, is_index, leading_actor
from timeline.extract.context import Context, Draft
from timeline.extract.gates import gated
from timeline.extract.numbers import (
    Amount,
    find_money,
    find_percents,
    parse_number,
    qualifier_before,
)
from timeline.extract.rules._common import (
    CALL_OBJECT,
    ON_COMPANY,
    PER_SHARE,
    RESPECTIVELY,
    STOCK_FORECAST,
    expected_before,
    hypothetical_before,
    is_per_share,
)
from timeline.extract.rules.market._shared import (
    _COMMODITY_UNIT,
    _IT_BEFORE,
    _MOVE,
    _MOVED_TO,
    _NOT_PRICE,
    _NOT_SECURITY,
    _SIGNED_AFTER_NAME,
    _called,
    _listing,
    _mover,
    _named,
)
from timeline.extract.rules.market.dates import _cue, _when
from timeline.extract.rules.market.price_moves import (
    _TOLD_BEFORE,
    _paired_price,
    _respectively,
    listed_heads,
)
from timeline.extract.sessions import previous_session, session_on_or_before
from timeline.extract.temporal import Occurrence, past_year, year_back
from timeline.extract.text import Sentence

__all__ = ["levels"]


_LEVEL_CUE = re.compile(
    r"\b(?P<kind>clos(?:ed|ing|e)|end(?:ed|ing)?|settl(?:ed|ing|e)|finish(?:ed|ing)?|"
    r"open(?:ed|ing)?|trad(?:ed|ing|es|e)|hit|hits|hitting|touch(?:ed|es|ing)?|"
    r"reach(?:ed|ing|es)?|quoted|priced|was|hover(?:ed|ing|s)?|"  # "hover around $53.67"
    r"stood|to|at|and(?=\s+an?\s+(?:intraday\s+)?(?:high|low)\b)|"  # "... and a low of ₹3,210"
    # "closed 5c higher on $1.74", "was unchanged on $9.92": Australian wraps' "on"
    r"(?<=higher\s)on|(?<=lower\s)on|(?<=unchanged\s)on|(?<=flat\s)on|(?<=steady\s)on|"
    r"(?<=,\s)with(?=\s+an?\s+(?:high|low)\s+of\b)|"  # "52-week high is N292.00, with a low of"
    r"between(?=\s+an?\s+(?:intraday\s+)?(?:high|low)\b)|"  # "moving between an intraday high of"
    # "peaked at 25,021.55, and saw a low of 24,894.35", "recorded an intraday high of 1,412"
    r"(?:saw|sees|seeing|recorded|logged|marked|made)(?=\s+(?:an?|its|the\s+day['’]s)\s+"
    r"(?:intraday\s+|session\s+|mid-?day\s+|morning\s+|afternoon\s+)?(?:high|low)\s+of\b)|"
    # "the current share price of €3.14", "At the current €3.49", "current market price (RON 120.1)"
    r"current(?:\s+(?:market|share|stock))?(?:\s+price)?(?:\s+(?:of|at|is))?|"
    # "the previous closing price of Rs 1,113.80", "its closing price of Rs 351.75"
    r"(?:previous\s+)?(?:closing|opening)\s+price(?:\s+(?:of|was|at))?)\b"
    # "closed the month of June at N9.49", "ended today's trading at Kc17,760"
    r"(?:\s+(?:the|today['’]s|yesterday['’]s|this|last|its)\s+(?:month|week|year|quarter|"
    r"session|day|trading(?:\s+(?:day|session))?)(?:\s+of\s+[A-Z][a-z]+)?(?=\s+at\b))?"
    # "closed just above $101" (not "closed above the 17,000-point mark", a threshold crossed)
    r"(?:\s+(?:at|to|around|about|near|(?:just|slightly)\s+(?:above|below|under)))?"
    r"(?:\s+(?:a|an|its|their|the\s+day['’]s|"
    r"the\s+session['’]s|the)?\s*(?:new\s+)?"
    r"(?:(?:record|all[-\s]time|52-week|intraday|session|historical\s+intraday|"
    r"mid-?day|morning|afternoon|"  # "after reaching a midday high of EGP 99.80"
    r"[\w-]+-(?:day|week|month|year))\s+)?"  # "a three-week low of", "five-and-a-half-year high"
    # "to the level of 7,421.20", "at the level of Rp 6,225": a level told as the level
    # "touched an intraday record of 99,900 won": a record, its high
    r"(?:(?P<hl>high|low|peak|record(?=\s+(?:of|at)\b))|level|mark)?\s*(?:of|at)?)?\s*[(:]?\s*$",
    re.I,
)
# A price in brackets after a move: "Involys: +4.38% (MAD 100.95)"
_AFTER_ITS_MOVE = re.compile(r"[+\-−]?\s?\d+(?:\.\d+)?\s?%\s*\(\s*$")
_ITEM_CLOSES = re.compile(r"[^()]{1,25}\)\s*(?:[,;.]|and\b|$)")
# "its 52-week high": whose the price told just before is (`_its_owner`)
_ITS = re.compile(r"\bits\s+$", re.I)
# The words of the past year a 52-week range is told over
_PAST_YEAR = r"\b(?:(?:52|fifty-two)[\s-]weeks?|(?:twelve|12)[\s-]months?|(?:1|one)[\s-]year)"
# "a twelve month low of $34.78", "52-week high of $105.30", "1-year low of $150.11"
_RANGE_CUE = re.compile(
    _PAST_YEAR + r"\s+(?P<hl>high|low)(?:\s+price)?\s+(?:of|was|at|is)\s*$",
    re.I,
)
_NEW_EXTREME = re.compile(r"\b(?:new|fresh)\s+$", re.I)
# The close a level is measured from: "compared with 152,057.38 points recorded in the previous
# trading session", "adding 0.62% to Wednesday's 1,871.22 points", "compared to Friday's closing
# level of 19,543"
_BASE_BEFORE = re.compile(
    r"\b(?:compared\s+(?:with|to)|against|versus|vs\.?|from|to)\s+"
    r"(?P<day>(?P<weekday>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)['’]s\s+"
    r"(?:clos(?:e|ing)(?:\s+(?:level|price|value))?\s+(?:of\s+)?)?)?$",
    re.I,
)
_BASE_AFTER = re.compile(
    r"[\d.,]+(?:\s+points?)?\s+(?:(?:recorded|posted|registered|seen)\s+)?(?:in|on|at)\s+"
    r"the\s+(?:previous|prior|preceding)\s+(?:trading\s+)?(?:session|day)\b",
    re.I,
)
_AS_FAR_AS = re.compile(r"\bas\s+(?P<hl>high|low)\s+as\s*$", re.I)
# "while the lowest point was 2,605.03", "its highest level of 8,776.40": the session's extreme
_EXTREME_POINT = re.compile(
    r"\b(?P<own>its\s+|their\s+)?(?P<hl>high|low)est\s+(?:point|level)\s+(?:was|of|at)\s*$", re.I
)
_NOT_LEVEL = gated(
    # (a capitalised word may be a company's name: "Target shares closed at $86.33")
    r"(?-i:target|\bTARGET\b|\bTarget\s+(?:price|of|for|range)\b|\bTP\b|\bPT\b)|"
    r"fair[\s-]value|objective|worth|valued|values?\s+(?:the\s+|its\s+)?(?:stock|shares?|"
    r"(?-i:[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2}))\s+at|" + STOCK_FORECAST + r"|"
    r"market (?:value|cap)|revenue|budget|consensus|estimate|(?-i:investment)|commitment|"
    # an offer priced at, not "the stock was priced at 28.24p" (its market price)
    r"(?<!stock\swas\s)(?<!stock\sis\s)(?<!shares\swere\s)(?<!shares\sare\s)priced|"
    # (whole words: not "Costco shares closed at $900.50", "used-vehicle dealer CarMax")
    r"\bcosts?\b|retails?\s+(?:at|for)|price\s+tag|buyback|dividend|\bbuy\b|"
    # "the rand was trading at R18.60/$": a currency's rate, no share's price
    r"\bthe\s+(?:rand|rupee|yen|dollar|greenback|euro|won|yuan|ringgit|peso|lira|pound|naira|"
    r"real|rouble|ruble|baht|rupiah)\b|"
    r"purchase|acquire|(?-i:\b(?:offer(?:s|ed|ing)?|deals?)\b)|tender|analysts|\bsees?\b|"
    r"(?:floor|reserve|issue)\s+price|"
    # an insider's trade: "bought 5,000 shares at $20.10 per share"
    # (a participle's too: "..., picking up 100,000 shares on 11 Mar at $0.592 each")
    r"\b(?:bought|sold|purchased|acquired|got|received|disposed\s+of|offloaded|"
    r"(?:pick|scoop|snapp)(?:ed|ing)\s+up|buying|selling|purchasing|acquiring|disposing\s+of|"
    r"offloading)\s+"
    r"(?:an?\s+(?:additional|extra|further)\s+|another\s+)?(?:[\d,.]+|one|two|three|four|five|"
    r"six|seven|eight|nine|ten|twenty|fifty|hundred)\s+(?:(?:million|thousand)\s+)?"
    # "bought five million Zorvex shares": the company's name may stand before its shares
    r"(?:(?-i:[A-Z])[\w&.'’-]*\s+){0,2}shares|"
    # a result per share: "earnings per share for the fourth quarter was $0.80", "Basic
    # earnings per share increased to 17.9 cents", "net income per share to reach 79.80 yen"
    r"\bper\s+share\s+(?:for|of|in|was)\b|\bEPS\b|\bE\.P\.S\b|"
    r"\bper[\s-]share\s+(?:earnings|profit|income|loss)\b|"  # "per-share earnings came to $1.49"
    rf"\b(?:earnings|income|profits?|loss(?:es)?)\s+{PER_SHARE}\b|"
    # an economy's gauge, no market's: "the Consumer Confidence Index was at the level of 123.1"
    r"\b(?:confidence|sentiment|business\s+climate)\s+(?:index|indicator)\b|\bPMI\b|"
    r"\bpurchasing\s+managers",
    re.I,
)
# ... and what, just before a figure, makes it no market price: a figure expected ("Wall
# Street expected results to range from -1 cents to 5 cents"), a product's price ("The R1T
# truck starts at $70,000"), the market's activity ("Total turnover for the day reached
# Rs. 7.35 Arba"), a deal in the shares ("bought 94,593,705 units of shares at £0.9604", "has
# been buying more of the stock at $3", "issued 7.73-million new shares at 533c a share")
_NOT_LEVEL_NEAR = gated(
    r"\bexpect(?:s|ed|ing)?\b|\bforecast(?:s|ed|ing)?\b|"
    r"\bstart(?:s|ing)\s+(?:at|from)\b|\bkicks?\s+off\s+at\b|"
    r"\b(?:turnover|volumes?)(?:\s+[\w']+){0,4}\s+(?:was|were|reached|stood\s+at|totall?ed|of|at|to)"
    r"\s*$|"
    r"\bbuying\b|\bissu(?:ed|ing|es)\b|\bacquisition\b|\bunits\s+of\s+shares\b|"
    # a trade's count and price, not the market's: "1,000,000 shares at NGN7.40 per share",
    # "77, 202 units at N7.50" (not a volume leader's day: "the top-traded company with 179.22
    # million shares at Rs2.73 per share")
    r"(?<![\d,.])(?<!\bwith\s)\d[\d,.]*(?:,\s\d{3})?\s+(?:(?:million|billion)\s+)?(?:ordinary\s+)?(?:shares|units)\s+at\s*$|"
    # a trader's exit set for the stock, not a price it traded at: "set a stop loss at N9.90
    # and a take profit at N13.50"
    r"\bstop[\s-]?loss(?:es)?\b|\btake[\s-]?profits?\b",
    re.I,
)
# The price of a deal in the shares, not the market's: "a sale of 31.3 crore shares at Rs 413",
# "Shares are being marketed at QAR 12.40", "Both trades were executed at N31.00"
_DEAL_PRICE = re.compile(
    r"\b(?:sale|selling|sold|offload(?:ed|ing)?|divest\w*|placement|placing|marketed|executed|"
    r"book-?build\w*|stake)\b(?:(?!\b(?:clos|end|settl|finish|trad))(?:[^.;]|\.(?=\d))){0,60}\bat\s+(?:(?:\S+\s+){1,2}(?:to|and)\s+)?$",
    re.I,
)
# The price shares were first sold at, its figure right after it: "Its IPO price in 2018 was
# GH¢0.75", "a listing price of Rs 210" (not "from its listing price of HK$54.8, and closed at")
_OFFER_PRICE = re.compile(
    r"\b(?:IPO|listing|offer(?:ing)?|subscription)\s+price\s+(?:(?:in|of)\s+\d{4}\s+)?"
    r"(?:(?:was|is|of|at|set\s+at|fixed\s+at)\s+)?$",
    re.I,
)
_INDEX_LEVEL = re.compile(
    r"(?<![\w$€£¥.,])(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{3,6}\.\d{1,2}|"
    r"\d{3,6}(?=\s*points?\b))(?![\d%])"
    r"(?!\s*points?\s+(?:higher|lower|up|down)\b)"  # "141.78 points higher": a change
    # "424.61 million shares", "43,582 shares": a volume
    r"(?!\s*(?:million|billion|mn|bn|m)?\s*(?:shares|units|contracts|transactions|deals)\b)"
    # ... or a count in millions told against the last session's: "628.03 million shares were
    # traded, compared to 880.60 million in the previous session" (no level is in millions)
    r"(?!\s*(?:million|billion|trillion|crores?|lakhs?|mn|bn)\b)"
    r"(?P<pts>\s*points?)?"
)
_POINTS_BEFORE = re.compile(
    # "2.71 points higher from Tuesday to 19,975.50"
    r"\bpoints?\s+(?:higher|lower|up|down)(?:\s+from\s+[\w'’]+(?:\s+[\w'’]+){0,2}?)?\s+(?:at|to)\s+$|"
    # "advanced by 1,728.93 points or 0.53 per cent to close at 327,861.17"
    # ... or "gaining by 19.30 points (0.74%) to settle at 2,628.36"
    r"\bpoints?(?:,?\s+or\s+[\d.]+\s?(?:%|per\s?cent|percent)|\s*\(\s*[+\-−]?[\d.]+\s?%\s*\))?,?\s+"
    r"(?:to\s+(?:close|end|finish|settle)\s+at|closing\s+at|ending\s+at|settling\s+at)\s+$"
)
# Points written beside a percentage are the same change told in points, not a level: "HBL:
# +3.1% (153 points)", "rose 0.5% (or 61 points)"
_POINTS_OF_CHANGE = re.compile(r"(?:%|per\s?cent|percent)\s*(?:\(\s*|,?\s+or\s+)[+\-−]?$", re.I)


def _change_in_points(text: str, m: re.Match[str]) -> bool:
    """Whether the points at ``m`` are a change a percentage beside them tells too."""
    return (
        bool(m["pts"])
        and _POINTS_OF_CHANGE.search(text, max(0, m.start() - 20), m.start()) is not None
    )


# The index told of by its noun, heading the sentence or a clause: "The benchmark index opened
# at 2,606.73", "..., the gauge closed at 7,526"
_INDEX_TOLD = re.compile(
    r"(?:^\s*|[,;]\s+)the\s+(?:(?:benchmark|broader|main|key|composite|headline)\s+)?"
    r"(?:index|benchmark|gauge)\b(?![^,;]*\b(?:shares?|stock)\b)",
    re.I,
)
_BIG_UNITS = frozenset({"KRW", "JPY", "IDR", "VND"})


_CLAUSE_VERB = re.compile(r"\b(?:clos|end|finish|settl|open)\w*", re.I)
_CLOSING_VERB = re.compile(r"\b(?:closed|ended|finished|settled)\b", re.I)


def _level_type(word: str, high_low: str | None) -> str:
    word = word.lower()
    if word.startswith(("clos", "end", "settl", "finish")):
        return "close"  # "settled at a three-week low of 80,426.46": the close, at a low
    if high_low:
        return "high" if high_low.lower() in ("peak", "record") else high_low.lower()
    if word.startswith("open"):
        return "open"
    if word.startswith(("trad", "quoted", "priced", "was", "stood", "current", "hover")):
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
    moved_by: bool = False  # after the amount it moved by ("3 rupees up to 379"): no bound
    bounds_to: int = 0  # a range's bound: where the range ends, its time told for both


_NAME_BETWEEN = re.compile(r",\s+(?:and\s+)?[A-Z]")
_WHEN_WORDS = frozenset({*WEEKDAYS, *MONTHS, "today", "yesterday", "last", "this", "the"})
# The name whose price or shares the clause tells: "a premium based on Quillon's closing
# price of NT$28.8", "reports pushed down Zorvex's shares by 9.5% to RON 120.1"
_OWNER_BEFORE = re.compile(
    r"(?<![\w&.'’-])(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['’]s\s+"
    r"(?:(?:closing|opening|last|current|previous|share|stock|market)\s+)*"
    # (or the price's word itself: "closing price"; a ticker after the shares names them)
    r"(?:(?:price|shares|stock)\b[^,;()\[\]]{0,50})?$"
)


def _actor_at(text: str, at: int, ctx: Context) -> str | None:
    """The subject id of the company or index heading the clause that ends at ``at``: for a
    level after a move ("shares in the group rising 2.3% to €14.50"), the move's; after a
    call's consequence ("..., sending shares down by 2% or 83p to 4478p"), the call's."""
    if called := _called(text, at, ctx):
        return called
    if (
        (owner := _OWNER_BEFORE.search(text, max(0, at - 90), at))
        and owner["name"].split()[0].lower() not in _WHEN_WORDS  # "Friday's session at"
        and (owned := _named(owner["name"], ctx))
    ):
        return owned  # "based on Quillon's closing price of NT$28.8"
    moves = list(_MOVE.finditer(text, max(0, at - 60), at))
    # (not a move of a clause before another name's: "X traded at 72,816.03, up 0.24% as of
    # noon, Nifty 50 traded at 22,083.70")
    own = moves and not _NAME_BETWEEN.search(text, moves[-1].end(), at)
    told = _TOLD_BEFORE.search(text, 0, moves[-1].start()) if own else None
    if told and (head := actor_before(text, told.start("verb"))) not in (None, SELF):
        return _named(head, ctx)  # "Zorvex was the top gainer on the FTSE 100, up 5.2% at 410p"
    actor = actor_before(text, at)
    # the move before it, back to the verb whose clause names the mover ("ASPI gained 0.67% to
    # close 141.78 points higher at 21,226.87": ASPI's, not "higher"'s nobody)
    for moved in reversed(moves if actor is None else []):
        actor = actor_before(text, moved.start())
        if actor == SELF and _IT_BEFORE.search(text, 0, moved.start()):
            actor = leading_actor(text, moved.start())  # "X was top-traded as it rose 2% to"
        if actor == SELF:
            return ctx.sentence_subject
        if actor is not None:
            break
    if actor is None and (on := ON_COMPANY.search(text, 0, at) or CALL_OBJECT.search(text, 0, at)):
        # "Quenwick Securities gave a buy rating on Zorvex ..., from Friday's closing price of
        # Rs 672.95": the price of the company the call is on, not the broker's
        return _named(on["name"], ctx)
    return _named(actor or leading_actor(text, at), ctx)


_ITEM_TO = re.compile(
    r"(?<![\w&.'’-])(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|&|de|of|dos|da)){0,5})\s*"
    r"\(\s*[+\-−]\s?\d[\d.,]*\s?%,?\s+(?:to|at)\s+$"
)


def _item_price(text: str, start: int, ctx: Context) -> tuple[str | None, str, bool] | None:
    """A movers' list item's price: "Sonae (+0.33% to €1.81)", "Involys: +4.38% (MAD
    100.95)" (not a change in brackets: "0.66% (JPY 11.5) lower")."""
    if item := _ITEM_TO.search(text, 0, start):
        return _named(item["name"], ctx) or _actor_at(text, start, ctx), "intraday", False
    if (moved := _AFTER_ITS_MOVE.search(text, 0, start)) and _ITEM_CLOSES.match(text, start):
        signed = _SIGNED_AFTER_NAME.search(text, 0, moved.start())
        named = _named(signed["name"], ctx) if signed else None
        return named or _actor_at(text, start, ctx), "intraday", False
    return None


def _base_close(text: str, start: int, ctx: Context) -> tuple[str | None, str, bool] | None:
    """The close a level at ``start`` is measured from ("compared with 152,057.38 points
    recorded in the previous trading session", "to Wednesday's 1,871.22 points"): the mover's,
    told after its move; ``None`` when the price at ``start`` is no such close."""
    lead = text[max(0, start - 45) : start]
    base = _BASE_BEFORE.search(lead)
    if base is None or not (base["day"] or _BASE_AFTER.match(text, start)):
        return None
    at = start - len(lead) + base.start()
    moved = list(_MOVE.finditer(text, 0, at))
    return _actor_at(text, moved[-1].start() if moved else at, ctx), "close", False


def _extreme_at(text: str, start: int, ctx: Context) -> tuple[str | None, str, bool] | None:
    """A session's high or low told as an extreme ("went as low as Rs 947.2", "the lowest
    point was 2,605.03", "it touched its highest point at $16.74"), or ``None``."""
    lead = text[max(0, start - 45) : start]
    extreme = _AS_FAR_AS.search(lead) or _EXTREME_POINT.search(lead)
    if extreme is None:
        return None
    if extreme.groupdict().get("own"):  # "its highest point": the sentence's subject's
        return ctx.sentence_subject, extreme["hl"].lower(), False
    return _actor_at(text, start - len(lead) + extreme.start(), ctx), extreme["hl"].lower(), False


# A currency's rate told as a price: "the U.S. dollar traded at 41.38 liras", "the euro was
# quoted at $1.17", "the U.S. dollar briefly strengthened to 149.64 yen"
_CURRENCY_TRADED = re.compile(
    r"\bthe\s+(?:[\w.]+\s+){0,2}?(?:dollar|greenback|euro|yen|yuan|renminbi|lira|rupee|rupiah|"
    r"ringgit|baht|rand|ruble|rouble|peso|franc|sterling|pound|shekel|naira|cedi|kwacha|dirham|"
    r"riyal|dong|won|real)\s+(?:was\s+|is\s+|has\s+)?(?:\w+ly\s+)?(?:trad\w+|st(?:ood|ands)|ended|closed|"
    r"changed\s+hands|quoted|fetch\w*|weaken\w*|strengthen\w*|at)\b[^,;]{0,20}$",
    re.I,
)


def _its_owner(text: str, at: int, ctx: Context) -> str | None:
    """Whose "its" at the end of ``text[:at]`` is: the subject of the price told just before
    it ("Quillon Inc's 52-week low is $12.10 and its 52-week high is $30.55")."""
    if not _ITS.search(text, 0, at):
        return None
    before = [a for a in find_money(text[:at]) if is_per_share(a, text)]
    seen = _level_at(text, before[-1].start, ctx) if before else None
    return seen[0] if seen else None


# A clause of its own about the shares, after one about something else: "... and its shares
# ran ahead", "; the stock closed"
_SHARES_CLAUSE = re.compile(
    r"(?:\band|\bwhile|\bwhereas|,|;)\s+(?:its\s+|the\s+|their\s+)?(?:shares|stock)\b", re.I
)


# The price a target's upside or a distance is measured from: "upside of 27.6% from the
# current price of $25.86", "compared with its current share price of Rs 1,240"
_FROM_CURRENT = re.compile(
    r"\b(?:from|over|above|below|to|vs\.?|versus|against|compared\s+(?:with|to))\s+(?:the|its)\s+"
    r"(?:current|latest|prevailing)\s+(?:share\s+|stock\s+|market\s+|trading\s+)?price\s+"
    r"(?:of\s+)?\(?$",
    re.I,
)


def _told_as_such(text: str, start: int, ctx: Context) -> tuple[str | None, str, bool] | None:
    """A price at ``start`` that its words tell as a level whatever else the sentence says: a
    52-week range's end, a session's extreme, a list item's price, the close a move is
    measured from, the current price a target is measured from."""
    lead = text[max(0, start - 45) : start]
    if span := _RANGE_CUE.search(lead):
        # "Quillon Inc's 52-week low is $12.10": the name heading the clause, if any
        at = start - len(lead) + span.start()
        # "jumped 6% to a new 52-week high of Rs 280": reached in the session told, no range
        reached = _NEW_EXTREME.search(text, max(0, at - 8), at) is None
        return _its_owner(text, at, ctx) or _actor_at(text, at, ctx), span["hl"].lower(), reached
    found = _extreme_at(text, start, ctx) or _item_price(text, start, ctx)
    if (found := found or _base_close(text, start, ctx)) is not None:
        return found
    if _FROM_CURRENT.search(lead):
        # "an upside of 13.46% from the current price of $94.29": the price now, whatever
        # target the sentence tells before it
        return ctx.sentence_subject, "current", False
    return None


# A level a price may move to, no price yet: "the SET Index could dip to 1,050 points", "may
# test $40 again", "could find support in $43 to $47 range", "at risk of dropping to 1,050"
# ("would", reported speech, is no such word)
_COULD_MOVE_TO = re.compile(
    r"\b(?:could|may|might|can)\s+(?:\w+\s+){0,2}?(?:dip|drop|slip|slide|decline|sink|tumble|"
    r"plunge|fall|rise|climb|test|retest|breach|head|return|rebound|rally|extend|find)\b[^.;]{0,40}$|"
    r"\b(?:at\s+risk\s+of|risks?|risking)\s+(?:\w+\s+)?\w+ing\b[^.;]{0,30}$",
    re.I,
)


# The top of a range of figures, which the figure before it opens: "outlook to a range of $14.58
# to $14.78 per share", "a band of 170,000 won and 200,000 won" ("rose from $10 to $12" is a
# price's move to a level, no range)
_RANGE_TOP = re.compile(
    r"\b(?:range|band|between)\s+(?:of\s+)?[^\s\d]{0,4}\d[\d,.]*\s*\S{0,4}\s+(?:to|and|-|–)\s+"
    r"[^\s\d]{0,4}$",
    re.I,
)


def _level_at(text: str, start: int, ctx: Context) -> tuple[str | None, str, bool] | None:
    """(subject, level type, whether a 52-week range) of a price at ``start``, or ``None``
    when it is no market price."""
    if (
        expected_before(text, start)
        or hypothetical_before(text, start)
        or _COULD_MOVE_TO.search(text, max(0, start - 70), start)
        or _RANGE_TOP.search(text, max(0, start - 50), start)
    ):
        # "Nomura expects the Kospi to rise to 5,000 points", "the SET Index could dip to
        # 1,050 points": a forecast, no level
        return None
    if (found := _told_as_such(text, start, ctx)) is not None:
        return found
    lead = text[max(0, start - 45) : start]
    cue = _LEVEL_CUE.search(lead)
    if (
        cue is None
        or _NOT_LEVEL.search(lead)
        or _NOT_LEVEL_NEAR.search(lead)
        or _DEAL_PRICE.search(text, 0, start)
        or _OFFER_PRICE.search(lead)
        or _NOT_SECURITY.search(lead)
        or _CURRENCY_TRADED.search(lead)  # "the U.S. dollar traded at 41.38 liras"
        or _COMMODITY_UNIT.match(text, start)  # "closing at $72.38 per barrel"
    ):
        return None
    word = cue.group("kind").lower()
    closing = word.startswith(("clos", "end", "settl", "finish", "open"))
    own = max((m.start() for m in _SHARES_CLAUSE.finditer(text, 0, start)), default=0)
    if not closing and _NOT_LEVEL.search(text, own, start):
        # "the average target ... stands at $212": not a market price (but "Revenue rose 10.3
        # per cent ... and its shares ran ahead $1.45 to $28.87": the shares' own clause)
        return None
    at = start - len(lead) + cue.start()
    subject = _actor_at(text, at, ctx)
    if word in ("to", "at"):  # "ended 0.7% higher at 2,702.15": the clause's verb says which
        verb = _CLAUSE_VERB.search(clause(text, at, at))
        # ... else a close the sentence tells before it: "Tokyo stocks ended higher, with the
        # Nikkei 225 gaining 312.45 points, or 0.82 pct, to 38,452.10"
        verb = verb or _CLOSING_VERB.search(text, 0, at)
        word = verb.group(0).lower() if verb else word
    return subject, _level_type(word, cue.group("hl")), False


# "ended 45.00 rupees stronger at 1,600", "closed 12 cents lower at $4.50": the amount a price
# moved by, then the level it moved to (a bare number: in the amount's money); the percentage
# may stand beside the amount ("closed S$0.05, or 3%, higher", "ended 12 sen (5%) lower"), and
# the amount may be told against a price ("closing S$0.08 or 9.1% above its offer price")
_MOVED_BY = re.compile(
    r"(?:,?\s+or\s+[\d.]+\s?(?:%|per\s?cent|percent),?|\s*\(\s*[+\-−]?[\d.]+\s?%\s*\))?"
    r"\s+(?:higher|lower|up|down|stronger|weaker|firmer|softer|above|below)\b"
    r"(?:\s+(?:at|to)\s+(?P<level>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?![\d,.]*(?:[A-Za-z$€£¥₹]|\s?(?:%|per\s?cent|percent|points?\b|times\b))))?",
    re.I,
)


_AT_LEVEL = re.compile(r"\b(?:at|to)\s+$", re.I)


def _moved_by(text: str, a: Amount, ctx: Context) -> _Level | None:
    """The level a price moved to after moving by ``a``, when written as a bare number."""
    moved = _MOVED_BY.match(text, a.end)
    if moved is None or moved["level"] is None:
        return None
    seen = _level_at(text, a.start, ctx)
    if seen is None:  # "moved 7.65 rupees up to 105.75": the clause's verb says which
        verb = _CLAUSE_VERB.search(clause(text, a.start, a.start))
        seen = _actor_at(text, a.start, ctx), _level_type(verb[0] if verb else "to", None), False
    start, end = moved.span("level")
    return _Level(parse_number(moved["level"]), a.currency, start, end, *seen, moved_by=True)


def _prices(text: str, ctx: Context) -> list[_Level]:
    """Each market price in ``text``: per-share amounts of money, then index levels."""
    found: list[_Level] = []
    for a in find_money(text):
        big = a.currency in _BIG_UNITS and a.value < 10_000_000
        if not (is_per_share(a, text) or big):
            continue
        if _MOVED_BY.match(text, a.end) and not _AT_LEVEL.search(
            text, max(0, a.start - 6), a.start
        ):
            # an amount moved by, not a price (but "closed at $96.82 up $0.37": the price)
            if (level := _moved_by(text, a, ctx)) is not None:
                found.append(level)
            continue
        seen = _level_at(text, a.start, ctx)
        if seen is not None:
            found.append(_Level(a.value, a.currency, a.start, a.end, *seen))
    found = _session_range(text, found, ctx)
    for m in _INDEX_LEVEL.finditer(text):
        if any(f.start <= m.start() < f.end for f in found) or _change_in_points(text, m):
            continue
        seen = _level_at(text, m.start(), ctx)
        if seen is None:
            continue
        subject, level_type, past_year = seen
        # "The benchmark index opened at 2,606.73": a bare figure the index's, unnamed
        told = subject is None and _INDEX_TOLD.search(text, 0, m.start()) is not None
        subject = subject or _mover(text, m.start(), ctx)
        # "2,702.15 points", an index's level, or "141.78 points higher at 21,226.87"
        pointed = _POINTS_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if m.group("pts") or is_index(subject) or pointed or told:
            price = parse_number(m.group("num"))
            found.append(_Level(price, None, m.start(), m.end(), subject, level_type, past_year))
    return found


# the money's word after a bare figure ("384.00 crowns"), not a time's preposition
_UNIT_WORD = (
    r"(?:\s(?!(?:over|in|on|during|within|for|since|at|this|last|today|yesterday|before|after|"
    r"and|as|while|then)\b)[a-z]{1,8})?"
)
# The range a price moved in: "after moving between 373.90 and 384.00 crowns", "traded
# between $41.10 and $42.50"
_BETWEEN = gated(
    r"\b(?:mov(?:ed|ing|es)|trad(?:ed|ing|es)|fluctuat\w+|rang(?:ed|ing|es)|swung|swinging|"
    rf"oscillat\w+|seesaw\w*)\s+between\s+(?P<low>(?:[^\s,;]|,(?=\d)){{1,16}}{_UNIT_WORD})\s+"
    rf"and\s+(?P<high>(?:[^\s,;]|,(?=\d)){{1,16}}{_UNIT_WORD})",
    re.I,
)


# The range of the past year written as one: "a 52-week range of $75.56 to $120.71", "its
# 12-month trading range is ₹410 - ₹655"
_YEAR_RANGE = re.compile(
    _PAST_YEAR + r"\s+(?:(?:price|trading)\s+)?range\s*(?:(?:of|is|was|at|between)\s+|:\s*)?"
    # each bound may carry its tag, the high first: "is ₦19.29 (high) to ₦4.00 (low)"
    r"(?P<low>(?:[^\s,;()]|,(?=\d)){1,16})(?:\s*\((?:high|low)\))?\s*(?:to|-|–|—|and)\s*"
    r"(?P<high>(?:[^\s,;()]|,(?=\d)){1,16})(?:\s*\((?:high|low)\))?",
    re.I,
)
# The two extremes of the past year named together, then their prices in the same order:
# "The stock's 52-week high and low are ₦35.95 and ₦16.20, respectively"
_YEAR_PAIR = re.compile(
    _PAST_YEAR + r"\s+(?:high|low)\s+and\s+(?:its\s+|the\s+)?(?:high|low)\s+"
    r"(?:are|were|stand\s+at|stood\s+at|of)\s+"
    r"(?P<low>(?:[^\s,;()]|,(?=\d)){1,16})\s+and\s+(?P<high>(?:[^\s,;()]|,(?=\d)){1,16}?)"
    r"(?=,?\s+respectively\b|[.;]?\s*$)",
    re.I,
)
# ... or of the day: "The counter touched an intraday high and low of ₹68.99, and ₹65.78,
# respectively"
_DAY_PAIR = re.compile(
    r"(?<!week\s)(?<!year\s)\b(?:intraday\s+|day['’]s\s+|session['’]s\s+)?(?:high|low)\s+and\s+"
    r"(?:its\s+|the\s+|a\s+)?(?:high|low)\s+(?:are|were|stand\s+at|stood\s+at|of|at)\s+"
    r"(?P<low>(?:[^\s,;()]|,(?=\d)){1,16}?),?\s+and\s+(?P<high>(?:[^\s,;()]|,(?=\d)){1,16}?)"
    r"(?=,?\s+respectively\b|[.;]?\s*$)",
    re.I,
)
# ... or a range a price moved in over that year: "traded between $40.01 and $62.30 over the
# past 52 weeks"
_OVER_PAST_YEAR = re.compile(
    r"\s*(?:over|in|during|within)\s+the\s+(?:past|last|previous|preceding)\s+"
    r"(?:(?:52|fifty-two)\s+weeks|(?:twelve|12)\s+months|year)\b",
    re.I,
)


# The range a price moved in, told as a range: "The JCI movement is in the range of
# 6,011.84-6,465.22", "the stock traded in a range of $41.10 to $42.50" (not the past year's)
_IN_RANGE = gated(
    r"\b(?:movement|mov(?:ed|ing|es)|trad(?:ed|ing|es)|fluctuat\w+)\s+(?:(?:is|was|has\s+been)\s+)?"
    r"(?:with)?in\s+(?:the|a)\s+range\s+of\s+"
    rf"(?P<low>(?:[^\s,;\-–—]|,(?=\d)){{1,16}}{_UNIT_WORD})\s*(?:-|–|—|to)\s*"
    rf"(?P<high>(?:[^\s,;]|,(?=\d)){{1,16}}{_UNIT_WORD})",
    re.I,
)


def _session_range(text: str, found: list[_Level], ctx: Context) -> list[_Level]:
    """``found`` with the low and the high of the range a price moved in ("after moving
    between 373.90 and 384.00 crowns": the low written bare takes the high's currency), or of
    the past year's range, in place of the prices found there; in order."""
    ranges = [*_BETWEEN.finditer(text), *_IN_RANGE.finditer(text)]
    pairs = [*_YEAR_RANGE.finditer(text), *_YEAR_PAIR.finditer(text), *_DAY_PAIR.finditer(text)]
    for m in [*ranges, *pairs]:
        named = m.re in (_YEAR_RANGE, _YEAR_PAIR, _DAY_PAIR)  # its bounds in either order
        year = m.re is not _DAY_PAIR and (named or bool(_OVER_PAST_YEAR.match(text, m.end())))
        high, low = _bound(m["high"]), _bound(m["low"])
        high_at, low_at = m.span("high"), m.span("low")
        if named and high is not None and low is not None and low[0] > high[0]:
            (high, high_at), (low, low_at) = (low, low_at), (high, high_at)
        if high is None or low is None or low[0] >= high[0]:
            continue
        subject = _actor_at(text, m.start(), ctx) or _mover(text, m.start(), ctx)
        currency = high[1] or low[1]
        if currency is None and not is_index(subject):
            # bare figures bound an index's range ("between 23,887.25 and 24,249.05"): the
            # clause's name may be the index's short form the article's index stands for ("The
            # JCI movement is in the range of ...")
            subject = _mover(text, m.start(), ctx)
            if not is_index(subject):
                continue
        found = [f for f in found if not m.start("low") <= f.start < m.end("high")]
        found += [
            _Level(low[0], currency, *low_at, subject, "low", year, bounds_to=m.end()),
            _Level(high[0], currency, *high_at, subject, "high", year, bounds_to=m.end()),
        ]
    return sorted(found, key=lambda f: f.start)


def _bound(written: str) -> tuple[float, str | None] | None:
    """A range's bound: a share's price, or a bare figure (its currency, if any, the other
    bound's)."""
    money = next(iter(find_money(written)), None)
    if money is not None:
        return (money.value, money.currency) if is_per_share(money, written) else None
    bare = re.fullmatch(r"(\d[\d,]*(?:\.\d+)?)\.?", written.strip())  # a sentence's full stop
    return (parse_number(bare.group(1)), None) if bare else None


# Between two prices of a list: "at N1.80, N2.70 and N1.53 respectively"
_PRICE_SEP = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_BOTH = re.compile(r"\b(?:both|each)\b[^;]{0,40}$", re.I)


def _price_list(text: str, money: Sequence[Amount]) -> list[Amount]:
    """The prices listed from ``money[0]`` on: only commas and "and" between them."""
    chain = list(money[:1])
    for a in money[1:]:
        if not _PRICE_SEP.fullmatch(text[chain[-1].end : a.start]):
            break
        chain.append(a)
    return chain


def _with_list(
    found: list[_Level], first: _Level, chain: list[Amount], subjects: Sequence[str | None]
) -> list[_Level]:
    """``found`` with a level for each price of ``chain`` (``first`` for its type and day),
    each its subject, in place of those found at those prices; in order."""
    starts = {a.start for a in chain}
    listed = [
        replace(first, price=a.value, currency=a.currency, start=a.start, end=a.end, subject=s)
        for a, s in zip(chain, subjects, strict=True)
    ]
    return sorted([f for f in found if f.start not in starts] + listed, key=lambda f: f.start)


def _respective(text: str, found: list[_Level], ctx: Context) -> list[_Level]:
    """The levels, a list of prices told "respectively" for the names heading the clause
    each its name's ("... closed at N1.80, N2.70 and N1.53 respectively")."""
    money = find_money(text)
    out = list(found)
    i = 0
    while i < len(money):
        chain = _price_list(text, money[i:])
        i += len(chain)
        first = next((f for f in found if f.start == chain[0].start), None)
        if first is None or len(chain) < 2:
            continue
        # "..., respectively", or "A and B were both up by 0.87% to €6.94 and €4.30"
        if not (RESPECTIVELY.match(text, chain[-1].end) or _BOTH.search(text, 0, first.start)):
            continue
        heads = listed_heads(text, first.start, ctx)
        if len(heads) == len(chain):
            out = _with_list(out, first, chain, heads)
    return sorted(out, key=lambda f: f.start)


def _after_moves(
    text: str, found: list[_Level], paired: dict[int, tuple[str | None, float]], ctx: Context
) -> tuple[list[_Level], set[int]]:
    """The levels, the prices listed after the list of moves they end each the name of the
    move in its place ("KCB, Equity and StanChart dipped by 7.1%, 3.7% and 2.3% to KES
    35.30, KES 42.10 and KES 250.00"); and where those prices start."""
    first = next((f for f in found if paired and f.start > max(paired)), None)
    if first is None or len(paired) < 2:
        return found, set()
    chain = _price_list(text, [a for a in find_money(text) if a.start >= first.start])
    if len(chain) != len(paired):
        return found, set()
    names = [_named(paired[at][0], ctx) or first.subject for at in sorted(paired)]
    return _with_list(found, first, chain, names), {a.start for a in chain}


# "gained 2 pesewas from GHC 2.35 to GHC 2.37": the price it moved from, and to
_FROM = re.compile(r"\bfrom\s+$")
_TO = re.compile(r"\s+to\s+")


def _moved_from(text: str, found: list[_Level], ctx: Context) -> Iterator[Draft]:
    """The close a price moved from, the session before the one it moved in ("... from GHC
    2.35 to GHC 2.37")."""
    for a in find_money(text):
        reached = next((f for f in found if _TO.fullmatch(text[a.end : f.start])), None)
        if reached is None or not _FROM.search(text, max(0, a.start - 6), a.start):
            continue
        moved = _when(text, reached.start, reached.end, ctx, level=True)
        if moved.start is None:
            continue
        day = previous_session(moved.start, ctx.subjects.exchange)
        yield Draft(
            "price_level",
            {"price": a.value, "currency": a.currency, "level_type": "close", "qualifier": "exact"},
            confidence=0.8,
            subject=reached.subject,
            occurrence=Occurrence(day, day, "day", "day"),
        )


_LEVEL_SENTENCE = gated(
    r"\b(?:shares?|stock|equity|ADRs?|clos\w+|trad\w+|open(?:ed|ing)|settled|finished|ended|"
    r"index|points|high(?:est)?|low(?:est)?|current\s+(?:market\s+|share\s+|stock\s+)?price|"
    r"quoted|range)\b|"
    r"\b(?:flat|unchanged|steady)\s+at\b|"  # "Quillon Bank was unchanged at $4.10"
    # "Westpac was 22 cents higher at $33.10", "OZ Minerals was unchanged on $9.92"
    r"\b(?:higher|lower|unchanged|flat|steady|firmer|weaker)\s+(?:at|on)\s+\S{0,4}\d|"
    + INDEX_WORDS.pattern,
    re.I,
)
# (apart, so that the words above are looked for only where they start: these start on none)
_BRACKETED_PRICE = gated(
    r"\d\s?%\s*\(|"  # a mover's price in brackets: "Involys: +4.38% (MAD 100.95)"
    r"\([+\-−]\s?\d[\d.,]*\s?%\s+to\s",  # ... or after its move: "Sonae (+0.33% to €1.81)"
    re.I,
)


def levels(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """A price the shares (or an index) closed, opened, traded or peaked at, each for the
    company or index heading its clause; a 52-week high or low spans the past year."""
    text = sentence.text
    # "Acme fell 8.5% to 2,970 pence": a named mover's price, in a sentence about no figure
    # of the business
    # (the business may be told after the price: "Zorvex dropped 4.8% to $1.98 after it met
    # its reduced earnings guidance")
    if not (_LEVEL_SENTENCE.search(text) or _BRACKETED_PRICE.search(text)) and (
        " to " not in text
        or (moved := _MOVED_TO.search(text)) is None
        or _NOT_PRICE.search(text, 0, moved.end())
    ):
        return
    paired = _respectively(text, find_percents(text))
    found = _respective(text, _prices(text, ctx), ctx)
    yield from _moved_from(text, found, ctx)
    found, listed = _after_moves(text, found, paired, ctx)
    for level in found:
        name = None if level.start in listed else _paired_price(text, level.start, paired)
        if name:  # "0.60% to €16.57, 0.30% to €6.74"
            level = replace(level, subject=_named(name, ctx) or level.subject)  # noqa: PLW2901
        yield Draft(
            "price_level",
            {
                "price": level.price,
                "currency": level.currency,
                "level_type": level.level_type,
                "listing": _listing(text),
                "qualifier": "exact" if level.moved_by else qualifier_before(text, level.start),
            },
            confidence=0.85,
            subject=level.subject,
            occurrence=_occurrence(text, level, ctx),
        )


def _occurrence(text: str, level: _Level, ctx: Context) -> Occurrence:
    """When the level was reached: the day written after it ("its 52-week high of $53.20
    reached on May 11, 2024"); else a 52-week high or low, or a high or low "over the past
    year" (the same range, as data sites publish it), spans the 52 weeks up to P. The two
    extremes of a range told together share its time ("as low as $52.24 and as high as
    $127.05 over the past year")."""
    base = _BASE_BEFORE.search(text, max(0, level.start - 45), level.start)
    if level.level_type == "close" and base and base["weekday"]:
        return _cue(f"on {base['weekday']}", ctx)  # "to Wednesday's 1,871.22 points"
    extreme = level.level_type in {"high", "low"}
    if extreme and (reached := _REACHED_ON.match(text, level.end)):
        occ = _cue(reached.group(0), ctx)
        if occ.precision in ("day", "month"):
            return occ
    if level.past_year or (
        extreme
        and (
            _RANGE_BEFORE.search(text, max(0, level.start - 90), level.start)
            or _RANGE_NAMED.search(text, 0, level.start)
        )
    ):
        return past_year(ctx.published)
    occ = _when(text, level.start, max(level.end, level.bounds_to), ctx, level=True)
    if extreme and (pair := _PAIR_AFTER.match(text, level.end)):
        paired = _when(text, level.start, pair.end(), ctx, level=True)
        occ = paired if paired.precision not in ("day", "unknown") else occ  # a range's span
    if extreme and occ == year_back(ctx.published):
        return past_year(ctx.published)
    if (
        (level.level_type == "close" or _MOVED_TO_LEVEL.search(text, 0, level.start))
        and occ.precision == "week"
        and occ.end is not None
        and occ.end < ctx.published
    ):
        # a past week's move ending at its close: the close of the week's last session ("last
        # week, resulting in a net loss of 0.9% at 4,265.98": Friday's close); a week running
        # up to publication ("this past week to close at 549.08") keeps its span
        day = session_on_or_before(occ.end, ctx.subjects.exchange)
        return Occurrence(day, day, "day", "day")
    return occ


# The end of a move told just before the level: "a net loss of 37 points or 0.9% at 4,265.98",
# "surging 10.4% to 158 baisas" (not a level reached: "reaching EGP 70 within the first week")
_MOVED_TO_LEVEL = re.compile(r"(?:%|\bper\s?cent|\bpoints?)\s+(?:to|at)\s+\S{0,4}$", re.I)
# "... high of €53.20 reached on May 11, 2024", "a 52-week low of Ksh11.50 on Monday this week"
_REACHED_ON = re.compile(
    r"\s*,?\s*(?:(?:which|that)\s+(?:it\s+)?)?(?:(?:was|were)\s+)?(?:(?:(?:first\s+)?(?:reached|hit|set|touched|"
    r"recorded|marked|seen|posted|struck|achieved|notched)\s+)?on|"
    # "its 52-week high of ₹4,140, achieved in November": the month
    r"(?:first\s+)?(?:reached|hit|set|touched|recorded|marked|seen|posted|struck|achieved|notched)"
    r"\s+in)\s+[^;()]{3,28}?"
    r"(?=[;()]|[.,](?!\s*\d)|\s+(?:and|but|when)\b|$)",
    re.I,
)
# "a twelve-month low of $51.80 and a high of $130.88": the second extreme of a 52-week range
_RANGE_BEFORE = re.compile(
    _PAST_YEAR
    + r"\s+(?:high|low)\b[^;]{0,40}(?:\band|,\s+with)\s+(?:a\s+|its\s+|the\s+)?(?:high|low)"
    r"(?:\s+price)?\s+"
    r"(?:of|at|was|is)\s*$",
    re.I,
)
# "The 52-week range on Zorvex shows that it touched its highest point at $16.74 and its lowest
# point at $4.25": the extremes of the range it names
_RANGE_NAMED = re.compile(r"\b(?:52|fifty-two)[\s-]weeks?\s+(?:price\s+|trading\s+)?range\b", re.I)
# "as low as $52.24 and as high as $127.05 over the past year": the other extreme, after
_PAIR_AFTER = re.compile(
    r"\s+and\s+(?:as\s+(?:high|low)\s+as|(?:a|its|the)\s+(?:high|low)\s+of)\s+[^\s,;]+",
    re.I,
)
