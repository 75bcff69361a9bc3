"""Who a figure in a clause is about: the company or index that heads the clause.

Market wraps and movers' lists name many companies in one sentence ("Deutsche Bank soared
5.34 percent, Volkswagen spiked 3.56 percent and E.ON sank 0.79 percent"). Each figure belongs
to the name heading its own clause, not to the article's subject. The clause is the text
between the last clause break (a comma, "while", "and", a parenthesis) and the verb; the name
is the run of capitalised words that ends it, after auxiliaries ("is", "closed", "shares")
are set aside. An apposition ("TSMC, the most heavily weighted local stock, rose") is stepped
over to the name before it.

>>> from timeline.extract.actors import actor_before, SELF
>>> text = "In Germany, Heidelberg Materials skyrocketed 6.07 percent, while E.ON sank 0.79 percent"
>>> actor_before(text, text.index("sank"))
'E.ON'
>>> actor_before("Shares of Charles River are up 15%", 28)
'Charles River'
>>> actor_before("The stock dropped 2.4%", 10) == SELF
True
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline._time import MONTH_NAMES, MONTHS, WEEKDAYS
from timeline.entities import canonical, resolve
from timeline.extract.gates import gated
from timeline.extract.numbers import AMOUNT_WORDS, find_money
from timeline.extract.places import is_place
from timeline.extract.subjects import find_listed, ticker_id
from timeline.extract.subjects.datelines import _dateline
from timeline.extract.subjects.names import WHAT_IT_DOES
from timeline.extract.text import LIST_MARKER

__all__ = [
    "CAUSE_WORDS",
    "DESCRIPTOR",
    "INDEX_WORDS",
    "SELF",
    "SHARE_CLASS",
    "actor_after",
    "actor_before",
    "clause",
    "full_firm",
    "is_index",
    "leading_actor",
]

#: Stands for "the article's (or sentence's) own company": "the stock", "its shares", "it".
SELF = "\x00self"

# a ticker in parentheses, or with its exchange in square brackets: "(ZVX)", "[HKG: 3691]"
_TICKER_PAREN = re.compile(
    r"\s*(?:\((?:[A-Z]{2,12}\s*:\s*)?[A-Z0-9][A-Z0-9.\-]{0,9}\)|"
    r"\[[A-Z]{2,12}\s*:\s*[A-Z0-9][A-Z0-9.\-]{0,9}\])"
)
_TICKER_SUFFIX = re.compile(r"\s+\.?[A-Z0-9]{1,6}\.[A-Z]{1,3}\b|\s+\.[A-Z0-9]{2,8}\b")
# "Salesforce, Inc." is one name: its comma is no clause break.
_SUFFIX_COMMA = re.compile(r",(\s+(?:Inc|Ltd|Corp|Co|LLC|plc|PLC|AG|SE|SA|NV|N\.V|S\.A)\b)")
#: The legal words that end a company's name.
_LEGAL_WORDS = r"Ltd|Limited|Inc|Corp|Corporation|plc|PLC|AG|SE|SA|NV|Holdings|Company|Co"
# The trade a name ends on after its "and": "Dhofar Food and Investment", "Teco Electric and
# Machinery"
_NAME_TRADES = (
    r"Investments?|Industries|Machinery|Power|Development|Finance|Insurance|Leasing|Engineering|"
    r"Manufacturing|Construction|Pneumatics?"
)
# ... and the trades a name ends on right after its "and" only ("Multiverse Mining and
# Exploration"; "Newmont and Barrick Mining" are two names)
_TRADE_WORDS = (
    _NAME_TRADES
    + r"|Exploration|Production|Services|Marketing|Technolog(?:y|ies)|Resources|Logistics|Mining"
)
_BREAK = re.compile(
    # a comma, not one inside a figure ("hitting 18,300 at 11:15")
    r"(?<!\d),|,(?!\d{3}(?!\d))|[;:(\[\]]|\)|"
    r"\s(?:while|whereas|but|with|as|after|before|where|when)\s|\s[-–—]\s|"
    r"^(?:But|And|Yet|So)\s|"  # a sentence that opens on a conjunction: "But Rivian has fallen"
    # "and" joins two clauses, not the words of one legal name ("Rathi Steel and Power Ltd",
    # "Dhofar Food and Investment", "Teco Electric and Machinery") or of one index's ("the
    # Industrial Products and Services Index")
    rf"\sand\s(?!(?:[A-Z][\w&'’-]*\s+){{1,3}}(?:{_LEGAL_WORDS}|[Ii]ndex)\b)"
    rf"(?!(?:[A-Z][\w&'’-]*\s+){{0,2}}(?:{_NAME_TRADES})\b)(?!(?:{_TRADE_WORDS})\b)"
)
#: A class of a company's shares, written before "shares": "ordinary shares", "preferred stock"
SHARE_CLASS = r"(?:ordinary|common|preferred|preference|voting|non-voting)"
_FILLER = re.compile(
    r"(?:\s+(?:is|are|was|were|has|have|had|been|also|further|sharply|each|both|last|now|"
    r"then|just|closed|ended|finished|settled|traded|trading|opened|edged|inched|ticked|moved|"
    r"noted|"  # "the major bank Zorvex was noted, which fell 7.0 percent"
    r"flat|unchanged|steady|"  # "while YTL was flat at RM3.82"
    # "Westpac was 22 cents higher at $33.10": the amount moved by and its direction
    r"higher|lower|firmer|weaker|(?:by\s+)?(?:[$€£¥₹]\d[\d,.]*|\d[\d,.]*\s?(?:cents?|c|pence|p|sen))|"
    r"more\s+than|nearly|almost|over|about|around|roughly|"
    rf"went|(?:{SHARE_CLASS}\s+)?(?:shares?|stocks?)(?:\s+prices?)?|"
    r"(?<=['’]s\s)prices?|"  # "Zorvex's price has risen 912%": its shares' price
    r"ADRs?|(?:American\s+)?depositary\s+(?:receipts|shares)|scrip|index|the\s+session|the\s+day|on\s+the\s+day|(?:by\s+)?\d[\d,.]*\s+points?|"
    r"or|by|[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?-(?:listed|traded)(?:\s+[A-Z])?|"
    # a move told as a noun: "Deyaar experienced a leap of", "Dubai Islamic Bank saw a rise of"
    r"(?:saw|posted|recorded|experienced|registered|logged|booked|notched|clocked|delivered)"
    r"(?:\s+(?:a|an|its))?(?:\s+[a-z]+)?|"
    # a move as large as the market allows: "JA Solar hit the 10% daily limit down"
    r"(?:hit|touched|reached)\s+(?:the|its|their)(?=\s*$)))+\s*$"
)
# A company spoken of by what it is, capitalised as some houses write it: "The Company", "the
# Group"
_GENERIC_NOUNS = frozenset(
    {"company", "group", "firm", "lender", "bank", "insurer", "carmaker", "automaker", "issuer"}
)
_SELF = re.compile(
    r"^(?:(?:the|its|their|this|that)(?:\s+|$))?(?:company['’]s\s+|group['’]s\s+|firm['’]s\s+|"
    r"lender['’]s\s+)?"
    # "The Company's Shenzhen-listed shares", "its Hong Kong-listed stock"
    r"(?:(?:[A-Z][\w]*\s+)?[\w]+-(?:listed|traded)\s+)?"
    r"(?:stock|shares?|share\s+price|stock\s+price|it|scrip|counter|ADRs?|company|group)?$",
    re.IGNORECASE,
)
# "The education group soared", "the Japanese carmaker fell": the company last named (after a
# name and a comma it describes that name instead: "Orsted, the wind farm developer, sank")
_DESCRIBED_SELF = re.compile(
    rf"^the\s+(?:[a-z][\w-]*\s+){{0,2}}(?:company|group|firm|{WHAT_IT_DOES})$", re.I
)
# "Automaker Toyota", "Uniqlo-operator Fast Retailing": what it does, written before the name
_DESCRIBED_NAME = re.compile(
    rf"^(?:(?:[\w&'’.-]+[\s-]+){{0,3}}?(?i:{WHAT_IT_DOES})|[\w&.]+-(?:listed|based)|"
    # "the 225-issue Nikkei Stock Average", "the 30-stock Dow": its size, no part of its name
    r"\d[\d,]*-(?:issue|stock|share|member|company|constituent)s?)\s+(?=[A-Z])"
)
# A headline's verb written in title case after its subject's name: "... as TCL Zhonghuan
# Invests $100 Million to Increase Stake to 69.3%", "Acme Capital Trims Stake": no part of it
_HEADLINE_VERB = re.compile(
    r"\s+(?:Invests|Buys|Sells|Acquires|Purchases|Raises|Lifts|Boosts|Ups|Cuts|Trims|Takes|"
    r"Increases|Reduces|Lowers|Adds|Sheds|Dumps|Offloads|Unloads|Divests|Exits|Doubles|Halves|"
    r"Builds|Discloses|Reveals|Rises|Falls|Drops|Jumps|Soars|Surges|Slides|Slumps|Plunges|"
    r"Tumbles|Climbs|Gains|Loses|Rallies|Sinks|Dips|Edges|Hits|Reaches|Nears|Tops|Rebounds)"
    r"(?:\s.*)?$"
)
# "units of Allied Properties REIT": a trust's shares; "those for Constellation Software"
_SHARES_OF = re.compile(
    r"\b(?:(?:shares?|stock|units|share\s+price|stock\s+price|ADRs?)\s+(?:of|in)|"
    r"those\s+(?:of|for))\s+(?P<rest>.+)$",
    re.I,
)
_WORD = r"(?:[A-Z0-9&][\w&.'’/\-]*|[a-z]+[A-Z][\w&.'’\-]*)"  # "easyJet", "eBay" too
# particles inside a name: "Bank of America", "Monte dei Paschi di Siena", "Van der Moolen",
# "Sociedad Quimica y Minera"
_PARTICLE = r"of|de|du|des|la|le|di|dei|del|della|da|do|dos|van|von|der|den|y|&"
# ... a slash set apart inside a name ("S&P / Zorvia IPC"), and "and" before a trade
_NAME_END = re.compile(
    rf"(?<![\w'’])(?P<name>{_WORD}(?:(?:\s+|\s+/\s+)"
    rf"(?:{_WORD}|{_PARTICLE}|and(?=\s+(?:{_TRADE_WORDS})\b)))*)$"
)
# "the CAC 40 in France", "Alibaba in Hong Kong": the place is where, not who.
_IN_PLACE = re.compile(rf"^(?P<who>.*?[A-Z0-9][\w&.'’\-]*)\s+(?:in|on)\s+(?:{_WORD}\s*)+$")
# "Exports from China": the name after a preposition is not who moved; "led by Zorvex" is, as
# are the names a list of movers is "topped by", "headed by", "occupied by"
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:from|of|in|at|(?<!led\s)(?<!followed\s)(?<!topped\s)(?<!headed\s)(?<!occupied\s)"
    r"(?<!dominated\s)by|for|to|on|with|into|than)\s+$"
)
# Not names: figures, amounts, "U.S.", a word with a lower-case part after a hyphen
# ("Intra-day", "Year-to-date"), a span of time told with its figure ("1-week", "52-week")
_NOT_A_NAME = re.compile(
    r"^(?:[A-Z][a-z]+(?:-[a-z]+)+|[\d.,]+(?:-[a-z]+)*|(?:USD|EUR|GBP|GBX|CHF|JPY|HKD|INR|CNY|RMB|DKK|SEK|NOK|KRW|TWD|SGD|AUD|CAD)"
    r"\s?[\d.,]+|U\.?S|U\.?K|EU)$"
)
# A stock exchange is where shares moved, never what moved ("On the BSE, the scrip settled ...")
_EXCHANGES = frozenset(
    {
        "NYSE",
        "NSE",
        "BSE",
        "LSE",
        "HKEX",
        "SGX",
        "ASX",
        "TSX",
        "JPX",
        "TSE",
        "XETRA",
        "EURONEXT",
        "JSE",
        "SIX",
        "KRX",
        "TWSE",
        "SSE",
        "SZSE",
        "BOURSE",
        "EXCHANGE",
        "STOCK EXCHANGE",
    }
)
_APPOSITION = re.compile(
    rf"^(?:(?:{WHAT_IT_DOES})\s+of\b|"  # "Advantest, maker of chip testers, rose 7%"
    r"the|a|an|which|who|whose|that|its|one|now|currently|once|formerly|itself|"
    r"[a-z]+ed\s+by|down|up)\b"
)
_NOT_NAMES = frozenset(
    {
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "they",
        "he",
        "she",
        "we",
        "i",
        "in",
        "on",
        "at",
        "for",
        "of",
        "by",
        "the",
        "a",
        "an",
        "and",
        "but",
        "yet",
        "or",
        "shares",
        "stock",
        "revenue",
        "sales",
        "profit",
        "earnings",
        "net",
        "income",
        "operating",
        "margin",
        "meanwhile",
        "also",
        "elsewhere",
        "overall",
        "however",
        "gains",
        "losses",
        "rates",
        "prices",
        "inflation",
        "unemployment",
        "exports",
        "imports",
        "gdp",
        "volume",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "yesterday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "q1",
        "q2",
        "q3",
        "q4",
        "h1",
        "h2",
        "fy",
        "so",
        "year",
        "month",
        "week",
        "day",
        "analysts",
        "investors",
        "during",
        "after",
        "before",
        "since",
        "with",
        "from",
        "over",
        "under",
        "among",
        "across",
        "amid",
        "despite",
        "following",
        "until",
        "benchmark",
        "last",
        "as",
        "against",
        "then",
        "later",
        "earlier",
        # quantifiers: "One other firm, ...", "All but three sub-indexes rose"
        "one",
        "all",
        "both",
        "each",
        "every",
        "most",
        "some",
        "many",
        "several",
        "few",
        "another",
        "other",
        "any",
        "none",
        "revenues",
        "expenses",
        "total",
        # conjunctions, prepositions and participles that open a sentence: "Given Zorvex's
        # shares are up", "Based on the current price"
        "given",
        "based",
        "according",
        "compared",
        "owing",
        "due",
        "thanks",
        "starting",
        "looking",
        "unlike",
        "like",
        "including",
        "excluding",
        "besides",
        "although",
        "though",
        "while",
        "whereas",
        "if",
        "unless",
    }
)
#: Words that make a name an index ("FTSE 100", "the Nikkei", "Nifty IT").
INDEX_WORDS = re.compile(
    r"\b(?:Index|Average|Composite|Nikkei|Topix|TOPIX|DAX|CAC|FTSE|Sensex|SENSEX|Nifty|NIFTY|"
    r"STI|Taiex|TAIEX|Kospi|KOSPI|Kosdaq|Hang\s+Seng|S&P|Dow|Nasdaq|Stoxx|STOXX|Ibex|IBEX|"
    r"MIB|AEX|SMI|ASX|TSX|Russell|Shanghai\s+Composite|CSI|Cboe|AIM\s+All-Share)\b"
)


def is_index(name: str) -> bool:
    """Whether ``name`` is a stock index rather than a company."""
    return (
        resolve(name, "index") is not None
        or bool(INDEX_WORDS.search(name))
        or name.lower().endswith(" index")  # "the Financials index", as written
    )


_OWN_NOUN = re.compile(r"\b(?P<name>[A-Z][\w&'’-]*)\s+(?:group|company)$")


# An index described by its exchange: "the general index of the Cyprus Stock Exchange", "the
# benchmark DAX 40 index on the Frankfurt Stock Exchange (FSE)"; the exchange is where it is
# listed, not what moved
# An exchange's name: "Zorvia Stock Exchange", its code after it in parentheses (as written, or
# blanked out by `_masked`)
_EXCHANGE = r"(?:[A-Z][\w&'’-]*\s+){1,4}Exchange"
_EXCHANGE_CODE = r"(?:\s*\([A-Z][A-Za-z]{1,7}\)|\s*\(\s+\))?"  # "(ZSE)", "(Zsx)"
_ON_EXCHANGE = gated(
    r"(?<![\w&'’-])(?P<head>(?:[\w&'’-]+\s+){0,4}?[Ii]ndex)\s+(?:of|on|at)\s+the\s+"
    rf"{_EXCHANGE}{_EXCHANGE_CODE}\s*$"
)


# Where shares trade, after who trades: "... on the Zorvia Stock Exchange (ZSE)", "the Zorvex
# Index for stocks on the Zorvia Stock Exchange"
_ON_VENUE = re.compile(
    r"\s+(?:(?:for\s+(?:[a-z][\w-]*\s+){1,3})?(?:on|at)\s+the\s+"
    rf"{_EXCHANGE}{_EXCHANGE_CODE}|"
    # "the ZAX-Index for the Unlisted Public Companies Market": the market it measures
    r"for\s+the\s+(?:[A-Z][\w&'’-]*\s+){1,5}Market)\s*$"
)


def _exchanges_index(segment: str) -> str | None:
    """The index an exchange's description names: the index the description holds ("DAX 40",
    the table's DAX), else the description as written, without its article.

    >>> _exchanges_index("the general index of the Zorvia Stock Exchange")
    'general index of the Zorvia Stock Exchange'
    >>> _exchanges_index("The benchmark DAX 40 index on the Frankfurt Stock Exchange")
    'DAX'
    """
    m = _ON_EXCHANGE.search(segment)
    if m is None:
        return None
    named = _name_in(m.group("head"))
    if named is not None and named != SELF and is_index(named):
        return named
    written = re.sub(r"\s*\([^)]*\)\s*$", "", m.group(0).strip())
    return re.sub(r"^(?:the|its)\s+", "", written, flags=re.I)


_LOWER_LEGAL_END = re.compile(r"(?<=[A-Za-z])\s+(?:plc|ltd|inc|limited|corp|llc)\.?$")


# A class of the company's shares heading the clause, no name: "Ordinary shares (PETR3)",
# "class B preferred shares (ELET6)", "Common stock"
_SHARE_CLASS = re.compile(
    rf"(?i:(?:class\s+[a-z]\s+)?{SHARE_CLASS}|"
    r"class\s+[a-z])(?:\s+(?:shares?|stocks?))?"
)


def _name_in(segment: str) -> str | None:
    """The name that ends ``segment`` (``SELF`` for "the stock"), or ``None``."""
    # "Quenwick on the Zorvia Stock Exchange": Quenwick (a filler after it, "was", is no name:
    # the fillers end the segment, so where the venue starts stays where it is)
    venue = _ON_VENUE.search(_FILLER.sub("", segment))
    special = _exchanges_index(segment) or _index_or_listing(
        segment[: venue.start()] if venue else segment
    )
    if venue and special is None:
        segment = segment[: venue.start()]
    if special is not None:
        return special
    segment = _TICKER_SUFFIX.sub("", _FILLER.sub("", segment)).strip(" \"“”'’")
    segment = _LOWER_LEGAL_END.sub("", segment)  # "Aviva plc decreased 0.8%": Aviva
    if not segment or _SHARE_CLASS.fullmatch(segment):
        return None  # "Ordinary shares (PETR3) fell": the company the sentence is about
    if _SELF.match(segment) or _DESCRIBED_SELF.match(segment):
        return SELF
    shares_of = _SHARES_OF.search(segment)
    if shares_of:
        segment = shares_of.group("rest")
        if _SELF.match(segment) or _DESCRIBED_SELF.match(segment):
            return SELF  # "shares in the group rising 2.3%"
    segment = _OWN_NOUN.sub(r"\g<name>", segment)  # "SoftBank group jumped": SoftBank
    in_place = _IN_PLACE.match(segment)
    if in_place:
        segment = in_place.group("who")
    known = _KNOWN_END.search(segment)  # "SK hynix": a known name in any case
    if known and resolve(known.group(0)) is not None:
        return known.group(0)
    return _written_name(segment)


_UNITS = frozenset(w.lower() for w in AMOUNT_WORDS)
_JOINED_BEFORE = re.compile(r"((?:[A-Z][\w&'’-]*\s+){1,3})and\s+$")
_LEGAL_END = re.compile(
    rf"\b(?:{_LEGAL_WORDS})\.?$|\band\s+(?:(?:[A-Z][\w&'’-]*\s+){{0,2}}(?:{_NAME_TRADES})|"
    rf"(?:{_TRADE_WORDS}))$"
)


def ends_legally(name: str) -> bool:
    """Whether ``name`` ends in a legal word ("Zorvex Steel and Power Limited"), or in a trade
    after its "and" ("Zorvex Food and Investment").

    >>> ends_legally("Zorvex Steel and Power Limited"), ends_legally("Zorvex and Quenwick")
    (True, False)
    >>> ends_legally("Zorvex Food and Investment")
    True
    """
    return _LEGAL_END.search(name) is not None


def _written_name(segment: str) -> str | None:
    """The capitalised name that ends ``segment``, when it names a mover."""
    m = _NAME_END.search(segment)
    if m is None or _PREPOSITION_BEFORE.search(segment[: m.start()]):
        return None  # "Exports from China": China is not who moved
    owner, *rest = re.split(r"['’]s\s+", m.group("name"))
    name = rest[-1] if rest and not is_place(rest[-1]) else owner  # "Zorvex's Hong Kong shares"
    # "Dow Jones Industrial Average The Dow Jones Industrial Average": a heading glued to its
    # paragraph as pages are copied; the name is the sentence's, after "The"
    name = re.split(r"\s(?:The|THE)\s", name)[-1]
    name = re.sub(r"^(?:The|THE)\s+", "", name).strip(" .")
    name = _OPENER.sub("", name)  # "But Zorvex has plummeted 47%": Zorvex
    name = _HEADLINE_VERB.sub("", name)
    name = _DESCRIBED_NAME.sub("", name)
    name = re.sub(r"(?:\s+[+\-−]?\d+[.,]\d+)+$", "", name)  # "Primoco UAV 0.57 percent": a figure
    if _no_mover(name) and resolve(name) is None:  # "All Ordinaries" is a name the table knows
        return None
    if re.sub(r"['’]s$", "", name.lower()) in _GENERIC_NOUNS:
        return SELF  # "The Company's Shenzhen-listed shares climbed": the company spoken of
    joined = _JOINED_BEFORE.search(segment[: m.start()])
    if joined and ends_legally(name):  # "Rathi Steel and Power Limited": one name
        name = f"{joined.group(1).strip()} and {name}"
    return None if is_place(name) else name  # "Tokyo stocks rose": a market, not a mover


# A conjunction or a sentence adverb that opens a sentence before a name
_OPENER = re.compile(
    r"^(?:But|And|Yet|So|Or|Also|Meanwhile|Elsewhere|However|Plus|Still|Then|Overall)\s+(?=[A-Z])"
)


def _no_mover(name: str) -> bool:
    """Whether a capitalised name is no mover: a word, a unit, a day or a date ("(Sep 11)",
    "closed Tuesday's trading", "(19 January)"), an amount or a figure ("Rs 32.80", "P2.70",
    "1.13-percent"), a pronoun, an exchange."""
    first = re.sub(r"['’]s$", "", name.split(maxsplit=1)[0].lower().strip(".")) if name else ""
    if not name or first in _NOT_NAMES or first in _UNITS or first in MONTHS or first in WEEKDAYS:
        return True
    if re.search(r"\d", name) and any(w.lower().strip(".") in MONTHS for w in name.split()):
        return True
    return bool(_NOT_A_NAME.match(name) or _no_name(name) or name.upper() in _EXCHANGES)


_PER_CENT = re.compile(r"\d\S*\s?(?:%|per\s?cent|percent)", re.I)
# A sentence adverb opening a sentence: an "-ly" word, or one of the few that are not
_ADVERB = re.compile(r"[A-Z][a-z]+ly|Still|Just|Even|Yet|Instead|Thus|Hence|Indeed|Rather")


def _no_name(name: str) -> bool:
    """Whether ``name`` is an amount of money as written ("P2.70", "Rs51.21"), a percentage
    ("1.13-percent") or a sentence adverb ("Only the mining index closed lower",
    "Additionally, the Dollar Index")."""
    money = find_money(name)
    if money and money[0].start == 0 and money[0].end >= len(name.rstrip(" .,")) - 1:
        return True
    return bool(_PER_CENT.search(name)) or (
        _ADVERB.fullmatch(name) is not None and resolve(name) is None
    )


# The last two words of a segment, for a known name written partly in lower case
_KNOWN_END = re.compile(r"\b[A-Z][\w&.-]*\s+[a-z][\w-]*$")

_EXCHANGE_TICKER = re.compile(
    r"(?:^|\s)(?P<ex>NYSE|NASDAQ|Nasdaq|NYSEAMERICAN|AMEX|LON|TSX|ASX|HKG|NSE|BSE|TYO|ETR|EPA)"
    # (a space or a colon between: "TSXV" is the venture exchange, no ticker "V" on the TSX)
    r"(?:\s*:\s*|\s+)(?P<t>[A-Z][A-Z0-9.\-]{0,9})$"
)
_DESCRIBED = gated(
    r"(?P<name>(?:[\w&'’-]+\s+){0,3}(?:benchmark|index|Nasdaq|Dow|S&P\s+500)"
    # the benchmark's name after it: "Bursa Malaysia's benchmark FBM KLCI"
    r"(?:\s+(?-i:[A-Z][\w&-]*)(?:\s+(?:(?-i:[A-Z][\w&-]*)|\d+)){0,3})?(?:\s+index)?)"
    r"(?:\s+(?:is|are|was|were|has|have|had|also|closed|ended|finished|settled|traded|opened|"
    r"edged|inched|then|now))*$",
    re.I,
)


def _described_index(segment: str) -> str | None:
    """The index a description names, per the alias table ("The pan-European benchmark",
    "the tech-heavy Nasdaq", "the French benchmark index")."""
    m = _DESCRIBED.search(segment)
    if m is None:
        return None
    words = m.group("name").split()
    for i in range(len(words) - 1):
        written = " ".join(words[i:])
        # (the word "index" after a name the table knows without it: "BIST 100 index")
        bare_name = re.sub(r"\s+index$", "", written, flags=re.I)
        if found := resolve(written, "index") or resolve(bare_name, "index"):
            return found
    # an index no table knows, named as written: "the Financials index", "the Industrial
    # Products and Services Index" (the scorer and the alias tables read "index" as optional)
    named = _NAMED_INDEX.search(segment, 0, m.end("name"))
    if named is None:
        return None
    bare = named.group("name").rsplit(maxsplit=1)[0]  # "the benchmark KOSPI index": KOSPI
    return resolve(bare, "index") or (None if resolve(bare) else named.group("name"))


_NAMED_INDEX = re.compile(
    r"(?<![\w&'’/-])(?:(?:The|the)\s+)?"
    r"(?P<name>(?!The\b)[A-Z][\w&'’/-]*(?:\s+(?:and|&|of|[A-Z][\w&'’/-]*)){0,5}\s+[Ii]ndex)$"
)


def _index_or_listing(segment: str) -> str | None:
    """An index named by description, or a listing written "NYSE OXY", ending ``segment``.

    The description is looked for before the fillers go: "index" is one of them ("the
    continent-wide index had slipped")."""
    bare = _FILLER.sub("", segment)
    described = _described_index(segment.strip()) or _described_index(bare)
    if described is not None:
        return described
    listed = _EXCHANGE_TICKER.search(bare)
    return ticker_id(listed.group("ex"), listed.group("t")) if listed else None


def _resolved(name: str) -> str:
    return name if name == SELF else canonical(name)


def _masked(text: str) -> str:
    """``text`` with a leading dateline ("Catenaa, Friday, March 21, 2025- "), tickers and
    exchanges' codes in parentheses blanked out, offsets kept."""
    if (dateline := _dateline(text)) and any(c.isdigit() for c in dateline.group(0)):
        text = " " * dateline.end() + text[dateline.end() :]  # (a dated one: no name's)
    masked = _TICKER_PAREN.sub(_blank, text)
    return _EXCHANGE_CODE_PAREN.sub(_blank, masked) if "Exchange" in masked else masked


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


# An exchange's code as some houses write it, after its name: "Zorvia Stock Exchange (Zsx)"
_EXCHANGE_CODE_PAREN = re.compile(r"(?<=Exchange)\s*\([A-Z][A-Za-z]{1,7}\)")


# An exchange's index named by the exchange, its code in parentheses kept as written: "The
# Athens Exchange (ATHEX) general index closed at ..."
_EXCHANGE_INDEX_NAME = rf"(?P<name>{_EXCHANGE}\s*\([A-Z]{{2,8}}\)\s+(?:[a-z][\w-]*\s+){{0,2}}index)"
_EXCHANGE_INDEX = re.compile(
    rf"(?:^(?:[Tt]he\s+)?|\b[Tt]he\s+){_EXCHANGE_INDEX_NAME}\s*(?:has\s+|had\s+|was\s+|is\s+)?$"
)
_EXCHANGE_INDEX_OPENS = re.compile(rf"^(?:[Tt]he\s+)?{_EXCHANGE_INDEX_NAME}\b")
_RELATIVE = re.compile(r",?\s+(?:which|that)(?:\s+(?:has|had|have|was|were|is|are))?\s*$")
_TRAILING_NAME = re.compile(r"(?<!\S)(?P<name>(?:[A-Z][\w&.'’-]*\s+){0,5}[A-Z][\w&.'’-]*)$")


# ", the publisher of the NZ Herald and BusinessDesk,": a description of the name before it,
# whatever names it holds
_ASIDE = re.compile(
    r"(?<=\w),\s+(?:the|a|an)\s+(?:[a-z][\w-]*\s+){1,3}(?:of|for|behind|to)\s+[^,;]*,"
)

# ", which tracks the top ten issuers," ", home to mid and small caps," ", where small caps
# list,": an aside between a name and its verb, told of the name before it (no figure of a
# move of its own, no clause of its own; ", which was Zorvex," names the mover instead)
_ASIDE_BEFORE_VERB = re.compile(
    r"(?<=\w),\s+(?!(?:which|who)\s+(?:is|was|are|were)\b)"
    r"(?:which|who|whose|where|home\s+to|[a-z]+ing)\s[^;:%()]*?,\s*$"
)

# A clause that opens on a figure or an amount ("64.86 million shares", "Rs51.21 rise"): told
# of the name before it, after "with"
_FIGURE_OPENS = re.compile(r"(?:[A-Z][A-Za-z]{0,2}\.?\s?|[$€£¥₹]\s?)?\d")


def _without_aside_before_verb(lead: str) -> str:
    """``lead`` without the aside that ends it ("The ZAX-Index, where small caps list, was"
    -> "The ZAX-Index"): an aside ends at the last comma, only fillers ("was") after it."""
    comma = lead.rfind(",")
    if comma <= 0 or _FILLER.sub("", f" {lead[comma + 1 :]}").strip():
        return lead
    aside = _ASIDE_BEFORE_VERB.search(lead, 0, comma + 1)
    return lead[: aside.start()] if aside else lead


def _told_of_before(segment: str, steps: int, *, after_with: bool) -> bool:
    """Whether a clause is told of the name before it, so that who moved is looked for
    further back: an aside after the verb's own clause (``steps`` clauses back: ", an RPG
    Group company,", ", which was flat,"), or figures after "with" ("followed by Zorvex with
    64.86 million shares at Rs5.40": Zorvex's)."""
    if after_with and _FIGURE_OPENS.match(segment):
        return True
    return bool(steps) and bool(
        re.match(r"(?:an?|one\s+of)\s", segment)
        or _DESCRIBED_SELF.match(segment)
        or (re.match(r"(?:which|who)\s", segment) and not re.search(r"\s[A-Z]", segment))
    )


def actor_before(text: str, at: int) -> str | None:
    """The company or index heading the clause that ends at ``at`` (usually a move verb).

    ``SELF`` when the clause speaks of "the stock" or "its shares"; ``None`` when the clause
    names nobody (the caller then falls back to the sentence's subject). A ticker written
    with the name ("UnitedHealth Group (UNH) shares") gives the id.
    """
    if described := _EXCHANGE_INDEX.search(text, 0, at):  # before tickers are masked
        return described.group("name")
    # "Nifty IT, which declined by 1.97%": the name the relative clause is about
    lead, relative = _RELATIVE.subn("", _SUFFIX_COMMA.sub(r" \1", text[:at]))
    tickers = [(t.start, t.id) for t in find_listed(lead)]
    lead = _ASIDE.sub(lambda m: " " * len(m.group(0)), _masked(lead))
    lead = _without_aside_before_verb(lead)
    cuts = [0, *(x for m in _BREAK.finditer(lead) for x in m.span()), len(lead)]
    spans = [(cuts[i], cuts[i + 1]) for i in range(0, len(cuts) - 1, 2)]
    for steps, (first, last) in enumerate(reversed(spans)):
        if steps > 2:
            break
        segment = lead[first:last].strip()
        if _told_of_before(segment, steps, after_with=lead.endswith(" with ", 0, first)):
            continue
        name = _name_in(segment)
        if name is None and relative and not steps and (tail := _TRAILING_NAME.search(segment)):
            # "gains on Ceylon Tobacco Holdings which ended 45 rupees stronger": the name
            # the relative clause is about ends a clause of its own
            name = _name_in(tail["name"])
        if name is not None and _ON_EXCHANGE.search(segment) and first > 0:
            # "The Taiex, the weighted index on the Taiwan Stock Exchange, ended up": the
            # index the description stands beside
            beside = _name_in(lead[:first].rstrip(" ,"))
            name = beside if beside is not None and is_index(beside) else name
        if name is not None:
            ticker = next((tid for start, tid in tickers if first <= start < last + 2), None)
            return ticker if ticker and name != SELF else _resolved(name)
        if segment and not _APPOSITION.match(segment) and _FILLER.sub("", f" {segment}").strip():
            return None  # a clause of its own; one of fillers only ("inched") looks further back
    return None


# "British Gas owner Centrica", "B&Q and Castorama owner Kingfisher", "EV maker Tesla": what
# the company does, written before its name
#: What a company is called by before its name, optionally: "EV maker ", "the Japanese carmaker "
DESCRIPTOR = rf"(?:(?:[\w&'’.-]+\s+){{0,4}}?(?i:{WHAT_IT_DOES})\s+)?"
_LEADING = re.compile(
    rf"^(?:(?:The|the)\s+)?(?P<shares>(?:[Ss]hares|[Ss]tock|[Ss]hare\s+price)\s+(?:of|in)\s+)?"
    rf"{DESCRIPTOR}"
    rf"(?P<name>{_WORD}(?:\s+(?:{_WORD}|(?:of|de)\b|&|and(?=\s+(?:{_TRADE_WORDS})\b)))*"
    r"(?:\s+(?:composite|index|average)\b)?)"
)


_OPENING_INDEX = re.compile(
    r"^(?:the\s+)?(?P<name>(?:[\w&'’-]+\s+){0,3}?(?:benchmark|index|Nasdaq)"
    # the index's name after the benchmark: "Borsa Istanbul's benchmark BIST 100 index"
    r"(?:\s+(?-i:[A-Z][\w&-]*)(?:\s+(?:(?-i:[A-Z][\w&-]*)|\d+)){0,3})?(?:\s+index)?)\b",
    re.I,
)


# A list item's marker before the clause's name: "• Quillon in focus after ..., fined A$1m"
# (not before a label: "• Price Target Range: The average price target ...")
_ITEM_OPENS = re.compile(rf"^{LIST_MARKER}\s+(?![^:,.]{{1,40}}:)")


# What a broker's possessive opens, its own work on a company: "Goldman's new target", "Morgan
# Stanley's $70 target", "JPMorgan's analysts"
_FIRMS_WORK = re.compile(
    r"\s+(?:(?:new|latest|revised|raised|lowered|higher|lower|current|12-month|price|\S*\d\S*)\s+)"
    r"{0,3}(?:target|objective|fair\s+value|note|call|rating|analysts?|estimates?|forecasts?|model|"
    r"valuation|view|upgrade|downgrade|research|team)\b",
    re.I,
)


def _a_firms(name: str) -> bool:
    """Whether ``name`` is a broker's possessive: "Goldman's", "Morgan Stanley's"."""
    owner, possessive = re.subn(r"['’]s?$", "", name)
    return bool(possessive) and resolve(owner, "firm") is not None


# The words a research house's name ends on, that a story may drop after naming it once
_FIRMS_END = re.compile(
    r"\s+(?:Securities|Research|Capital(?:\s+Markets)?|Investment\s+Bank(?:ing)?|Equities|"
    r"Brokerage|Broking|Asset\s+Management|Financial\s+Services)\b"
)


@lru_cache(maxsize=256)  # asked for every event with a firm: a roundup names one firm often
def full_firm(name: str, text: str) -> str:
    """A firm as an article first names it whole, where it goes on by a short form: "an
    analyst at InnovestX Securities" then "InnovestX gives the stock an 'outperform' rating".
    A firm the table knows keeps its id.

    >>> full_firm("InnovestX", "Ana Berg, an analyst at InnovestX Securities. InnovestX rates")
    'InnovestX Securities'
    >>> full_firm("Morgan Stanley", "Morgan Stanley Capital Markets said"), full_firm("UBS", "")
    ('Morgan Stanley', 'UBS')
    """
    if resolve(name, "firm") is not None or name not in text:
        return name
    for m in re.finditer(rf"(?<![\w&.'’-]){re.escape(name)}(?=\s)", text):
        if whole := _FIRMS_END.match(text, m.end()):
            return name + whole.group(0)
    return name


def leading_actor(text: str, at: int) -> str | None:
    """The name that opens the clause holding ``at``, else the sentence: "The KOSPI ended
    0.7% higher at 2,702.15" -> ``"KOSPI"`` for the level at the end."""
    lead = _masked(text[:at])
    breaks = [m.end() for m in _BREAK.finditer(lead)]
    # the clause holding ``at``, then the clauses before it back to the sentence's start
    # ("Despite this reduction, BAT will remain a holder of ITC, retaining 23%": BAT)
    if opens := _EXCHANGE_INDEX_OPENS.match(text):  # "The Athens Exchange (ATHEX) general index"
        return opens.group("name")
    for start in [*reversed(breaks[-3:]), 0]:
        opening = _ITEM_OPENS.sub("", lead[start:].lstrip(), count=1)
        described = _OPENING_INDEX.match(opening)
        if described and (index := _described_index(described.group("name"))):
            return index
        m = _LEADING.match(opening)
        if m and _FIRMS_WORK.match(opening, m.end()) and _a_firms(m.group("name")):
            continue  # "Goldman's new target implies 27% upside from Tuesday's close": the firm's
        if m:
            name = _name_in(m.group("name"))
            if name is not None and name != SELF:
                return _resolved(name)
    return None


_NOUN_AFTER = re.compile(
    r"^\s*(?:(?:gain|rise|increase|jump|advance|rally|drop|decline|fall|loss|slide|slump|plunge|"
    r"surge|tumble|crash|collapse|dive|spike|rebound|climb)s?\s+)?"
    rf"(?:in|on|for|at)\s+(?:the\s+)?(?:shares\s+of\s+)?"
    # "a 28.24% gain for the benchmark index, Nikkei 225"
    r"(?:(?:benchmark|broader|main|blue-chip)\s+(?:index|gauge),?\s+(?:the\s+)?)?"
    rf"{DESCRIPTOR}"
    rf"(?P<name>{_WORD}(?:\s+(?:{_WORD}|&))*)"
)


def actor_after(text: str, end: int) -> str | None:
    """The name a nominal move points to: "a 1.0% gain in BNP Paribas", "0.1% on the CAC"."""
    m = _NOUN_AFTER.match(text[end:])
    if m is None:
        return None
    name = _name_in(m.group("name"))
    if name is None or name == SELF or _VENUE.search(name):
        return None  # "fell as much as 12.33% in Korea Stock Exchange": where, not who
    return _resolved(name)


# A market a stock trades on, no mover: "Korea Stock Exchange", "the Tokyo bourse"
_VENUE = re.compile(r"\b(?:Exchange|[Bb]ourse)$")


#: The words that open a clause of a figure's cause or circumstance ("rose 5% as revenue beat
#: estimates", "fell after the results"), as a regex alternation ("as of" is a time, no cause).
CAUSE_WORDS = r"after|following|as(?!\s+of\b)|amid|despite|because|when|while"
# A comma before a calendar date ("on Tuesday, March 4th", "Tuesday, 4 March") ends no clause.
_CLAUSE_END = re.compile(
    rf"[;:(]|,(?!\d{{3}})(?!\s*(?:(?:{MONTH_NAMES})\.?\s+\d|\d{{1,2}}\s+(?:{MONTH_NAMES})\b))|"
    rf"\s(?:{CAUSE_WORDS}|whereas|but|and|"
    r"which|on\s+the\s+back\s+of|thanks\s+to|driven\s+by|led\s+by|"
    # a cause told with "on": "advanced 1 percent on expectations the profit will jump in the
    # second quarter" (the quarter is the profit's)
    r"on\s+(?:(?:the|growing|rising|renewed|fresh|strong|weak|upbeat|hopes\s+and)\s+)?"
    r"(?:expectations?|hopes?|fears?|worries|concerns?|speculation|news|optimism|pessimism|"
    r"reports?|bets?|signs?|talk|rumou?rs?|views?|forecasts?|prospects?|anticipation)\b|"
    # "its biggest drop since Oct. 25" is another clause, "lower on its value in year-to-date
    # trading" the same
    r"(?:its|their)(?!\s+(?:value|(?:share\s+)?price|shares|stock)\b))\s",
    re.I,
)


def clause(text: str, start: int, end: int) -> str:
    """The clause around ``text[start:end]``: from the last break before ``start`` to the first
    break after ``end`` (a reason clause, "after rejecting Friday's bid", is left out).

    >>> clause("The Dow fell 2.5% this week, its biggest drop since Oct. 25.", 4, 17)
    'The Dow fell 2.5% this week'
    >>> clause("Zorvex dropped 43.9% between 3 January and 27 December 2022 and rose.", 7, 20)
    'Zorvex dropped 43.9% between 3 January and 27 December 2022'
    """
    breaks = [m.end() for m in _BREAK.finditer(text, 0, start)]
    first = breaks[-1] if breaks else 0
    after = _CLAUSE_END.search(text, end)
    while after and after.group(0).strip() == "and" and _BETWEEN.search(text, end, after.start()):
        after = _CLAUSE_END.search(text, after.end())  # "between 3 January and 27 December"
    return text[first : after.start() if after else len(text)].strip()


# A span told between two times, its "and" no clause's end
_BETWEEN = re.compile(r"\bbetween\s+(?:(?!\band\b)[^,;]){1,30}$", re.I)


# What marks a name opening a sentence as a listed company's: its shares, or a legal suffix
# (not "Co": "Mitsui & Co" keeps it, where `_LEGAL_WORDS` ends a name that goes on with "and")
_LEGAL = r"(?:Ltd|Limited|Inc|Corp|Corporation|plc|Plc|PLC|AG|SE|SA|NV|Holdings)\.?$"
_COMPANY_MARK = re.compile(
    r"^\s*(?:['’]s\s+)?(?:shares?|stock|scrip|ADRs?)\b|\b"
    + _LEGAL
    # a move of its own ("Cipla extended its decline for a second session."), told of a name
    # whose next sentence speaks of "the stock"
    + r"|^\s+(?:also\s+)?(?:extended|snapped|fell|rose|gained|declined|dropped|slipped|slid|jumped|"
    r"surged|climbed|tumbled|plunged|rallied|was\s+the\s+(?:top|biggest|worst|best)|"
    # a wrap's leader: "Zorvex emerged as the dominant force behind the market's rise"
    r"(?:emerged|stood\s+out|ranked)\s+as\s+the\s+(?:top|biggest|worst|best|dominant|leading|most))\b"
    # a place in a chart of stocks: "Olympic Industries came second on the turnover chart",
    # "Grameenphone clinched the third spot", "Renata emerged as the fourth"
    r"|^\s+(?:came|ranked|finished|placed|emerged\s+as|clinched|took|secured|grabbed)\s+"
    r"(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|top|next)\b"
    r"|^\s+topped\s+the\s+(?:\w+\s+){0,2}(?:chart|list|table|gainers|losers)\b"
    # a company at work: "Zorvex reported a loss." then "The stock was up 3%."
    r"|^\s+(?:also\s+)?(?:reported|posted|announced|unveiled|launched|warned|cut|raised)\s+"
    r"(?:an?|its|their|the|quarterly|annual|first|second|third|fourth|record|higher|lower|weaker|"
    r"stronger)\b"
    # "Zorvex Bank reported weak results", "Zorvex posted a surprise quarterly loss"
    r"|^\s+(?:also\s+)?(?:reported|posted|announced|unveiled|missed|beat)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:results|profits?|loss(?:es)?|earnings|revenues?|sales|figures|estimates)\b"
    # "Zorvex announced on Thursday evening that ...", "Zorvex Cars has therefore lowered its
    # margin target": news of the company, told by its own act
    r"|^\s+(?:also\s+)?announced\s+(?:on|late|early|this|last|yesterday|today|that)\b"
    r"|^\s+(?:has|have|had)\s+(?:\w+\s+)?(?:lowered|raised|cut|reported|posted|announced|"
    r"unveiled|launched|warned|agreed|signed|completed|won)\b"
)


_SUFFIX_END = r"[\s,]+" + _LEGAL


_POSSESSIVE_END = re.compile(r"['’]s$")


def company_heading(text: str) -> str | None:
    """The company a sentence opens on, when the sentence marks it as one ("Maruti Suzuki
    stock traded above ₹12,000", "Shree Cement Limited announced ..."), for "the stock" in the
    sentence after; ``None`` otherwise (a person, a broker, a place, "Analysts").

    >>> company_heading("Maruti Suzuki stock traded above 12,000.")
    'Maruti Suzuki'
    >>> company_heading("Tim Cook said.") is None
    True
    >>> company_heading("CAP’s stock is currently trading at ₦30.00.")
    'CAP'
    """
    m = _LEADING.match(_masked(text))
    if m is None:
        return None
    name = _name_in(m.group("name"))
    if name is None or name == SELF:
        return None
    name = _POSSESSIVE_END.sub("", name)  # "CAP’s stock ...": the company, not its possessive
    after = text[m.end("name") :]
    # "The share price of Geregu Power closed ...": a name whose shares the sentence opens on
    marked = m["shares"] or _COMPANY_MARK.search(m["name"]) or _COMPANY_MARK.match(after)
    if not marked and resolve(name, "company") is None:
        return None
    return _resolved(re.sub(_SUFFIX_END, "", name))
