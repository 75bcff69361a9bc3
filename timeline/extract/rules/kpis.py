"""Company KPIs: revenue, profit, bookings, deliveries, subscribers, market share, margins.

Every number in a sentence is paired with the metric named nearest before it ("revenue of $57.0
billion ..., up 62% year-over-year" gives a level and a growth rate of revenue). A percentage is
a growth rate, signed by the verb just before it, unless the metric is itself a share or a margin;
money is a level; a plain count is a level of a count metric (vehicles, subscribers). The segment
comes from the sentence, else from the sentence before in the same paragraph, else from the
section heading; "This figure ..." continues the previous sentence's metric.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from timeline.entities import resolve
from timeline.events import Modality
from timeline.extract.bases import (
    THAT_PERIOD,
    back,
    back_cue,
    base_tail,
    is_base,
    own_period,
    same_period_year,
    years_back,
)
from timeline.extract.context import Context, Draft
from timeline.extract.gates import Gated, gated
from timeline.extract.modality import modality_of
from timeline.extract.numbers import Amount, find_counts, find_money, find_percents
from timeline.extract.rules._common import (
    CAUSE_OPENS,
    FALL_WORDS,
    PER_SHARE,
    RESPECTIVELY,
    RISE_WORDS,
    hypothetical_before,
    is_per_share,
)
from timeline.extract.temporal import Occurrence, horizon
from timeline.extract.temporal import resolve as resolve_when
from timeline.extract.text import Sentence, per_sentence

__all__ = ["headings", "kpis", "segment_of"]

_SEGMENTS = [
    ("cloud", gated(r"\bcloud\b|\bweb\s+services\b|\bAWS\b|\bAzure\b", re.I)),
    ("e-commerce", gated(r"\be-?commerce\b|\bonline\s+retail\b|\bTaobao\b", re.I)),
    ("quick commerce", gated(r"\bquick\s+(?:commerce|delivery)\b", re.I)),
    ("advertising", gated(r"\badvertising\b|\bads\b|\bmarketing\s+services\b", re.I)),
    ("data center", gated(r"\bdata[\s-]cent(?:er|re)s?\s+(?:revenue|sales|segment)", re.I)),
    ("gaming", gated(r"\bgaming\b|\bgames\b", re.I)),
    ("services", gated(r"\bservices\s+(?:segment|revenue|business)\b", re.I)),
    ("automotive", gated(r"\bautomotive\b", re.I)),
    ("wearables", gated(r"\bwearables\b", re.I)),
]
# "... 13 cents per share", "... €0.65 a share": a figure per share written a little later
_PER_SHARE_LATER = r"(?:[^.;]|\.(?=\d)){0,40}?\b(?:per|a)\s+share\b"
# ... or written before its noun: "per-share earnings", "per-share profit"
_PER_SHARE_BEFORE = r"per[\s-]share\s+(?:earnings|profit)"
# (metric, pattern, kind): kind "money" takes money and growth, "per_share" money of any size
# (an EPS of 13 cents) and growth, "loss" money as a negative level, "level" money and no
# rate (a market capitalisation), "share" a percent level, "count" a plain count and growth,
# "none" nothing (a figure of no metric named here). Most specific first: "adjusted EBITA"
# before "EBITA".
_METRICS: list[tuple[str, Gated, str]] = [
    ("adjusted_ebita", gated(r"adjusted\s+EBITA\b", re.I), "money"),
    (
        "adjusted_eps",
        gated(
            r"(?:adjusted|non-GAAP|underlying)\s+(?:diluted\s+)?(?:EPS|"
            rf"(?:earnings|profit|income)\s+{PER_SHARE}|"
            rf"{_PER_SHARE_BEFORE}|"  # "Adjusted per-share earnings came to $1.49"
            rf"(?:earnings|profit)(?=\s+of\s+{_PER_SHARE_LATER}))",
            re.I,
        ),
        "per_share",
    ),
    # "Per-share profit rose to 82 cents": before the profit's own metric claims its word
    ("eps", gated(rf"\b{_PER_SHARE_BEFORE}", re.I), "per_share"),
    (
        "headline_eps",
        gated(r"headline\s+(?:EPS|earnings\s+per\s+share)|\bHEPS\b", re.I),
        "per_share",
    ),
    (
        "dividend_per_share",
        gated(
            r"\bdividends?\s+(?:per|a)\s+share\b|\bDPS\b|"
            r"\bper[\s-]share\s+(?:cash\s+)?dividend\b|"  # "a SAR 0.33 per share dividend"
            # "a dividend of €0.65 per share", "dividends, or P9 per share"
            rf"\bdividends?\b(?={_PER_SHARE_LATER})",
            re.I,
        ),
        "per_share",
    ),
    # "a net margin of 11.28%", "net profit margin" (before the profit claims its words); a
    # return on equity or a payout ratio is left unread: told of sectors, forecasts and
    # policies more often than of a company's period
    ("net_margin", gated(r"\bnet\s+(?:profit\s+)?margin\b", re.I), "share"),
    ("adjusted_net_income", gated(r"adjusted\s+net\s+(?:income|profit)", re.I), "money"),
    (
        "adjusted_pretax_profit",
        gated(r"adjusted\s+(?:pre-?tax\s+profit|profit\s+before\s+tax)", re.I),
        "money",
    ),
    (
        "pretax_profit",
        gated(r"pre-?tax\s+(?:profit|income|earnings)|profit\s+before\s+tax(?:ation)?", re.I),
        "money",
    ),
    ("ordinary_profit", gated(r"(?:ordinary|recurring)\s+profit", re.I), "money"),
    ("gross_profit", gated(r"gross\s+profit", re.I), "money"),
    ("net_interest_income", gated(r"net\s+interest\s+income", re.I), "money"),
    ("ebitdar", gated(r"\bEBITDAR\b", re.I), "money"),  # an airline's: EBITDA before rents
    ("ebitda", gated(r"\bEBITDA\b", re.I), "money"),
    ("ebita", gated(r"\bEBITA\b", re.I), "money"),
    ("ebit", gated(r"\bEBIT\b"), "money"),  # "operating profit (EBIT)": named by its letters
    ("operating_income", gated(r"operating\s+(?:income|profit)", re.I), "money"),
    (
        "net_income",  # a loss is a negative net income: "a net loss of $78 million"
        gated(
            r"\bnet\s+(?:annual\s+|quarterly\s+)?loss(?:es)?\b|\bloss(?:es)?\s+(?:after|before)\s+tax\b|"
            r"\b(?:quarterly|annual|half-year|full-year|first-half|second-half|nine-month)\s+"
            r"loss(?:es)?\b|\b(?:posted|reported|recorded|booked|swung\s+to)\s+an?\s+loss\b",
            re.I,
        ),
        "loss",
    ),
    (
        "net_income",
        gated(
            # (not "net income per diluted share": an EPS)
            # "net consolidated income", "net attributable profit"
            r"net\s+(?:(?:consolidated|attributable)\s+)?"
            rf"(?:income|profit|earnings)(?!\s+{PER_SHARE})|"
            rf"\bprofits?\b(?!\s+pressure)(?!\s+{PER_SHARE})|"
            r"\bbottom[\s-]line\s+of\b|"  # "a bottom line of C$4.27 billion"
            # "earnings of SAR 87.3 billion", not "earnings of 13 cents a share"
            rf"(?<![\w-])earnings\s+of\b(?!{_PER_SHARE_LATER})",
            re.I,
        ),
        "money",
    ),
    (
        "eps",
        gated(
            rf"(?:earnings|profit|income)\s+{PER_SHARE}|\bEPS\b|"
            # "earnings of 13 cents a share"
            rf"\b(?:earnings|profit)(?=\s+of\s+{_PER_SHARE_LATER})",
            re.I,
        ),
        "per_share",
    ),
    ("gross_margin", gated(r"gross\s+margin", re.I), "share"),
    ("operating_margin", gated(r"operating\s+margin", re.I), "share"),
    ("market_share", gated(r"market\s+share", re.I), "share"),
    ("free_cash_flow", gated(r"free\s+cash\s+flow", re.I), "money"),
    (
        "bookings",
        gated(r"\b(?:net\s+)?bookings\b|\border\s+intake\b", re.I),
        "money",
    ),
    # "order book" is the backlog's name in Indian and British results
    ("backlog", gated(r"\b(?:order\s+)?backlog\b|\border\s+book\b", re.I), "money"),
    # a level only: "With a market capitalisation of Rs 8,045 crore, the stock moved up 1.4%"
    # "a market worth around $3.16B": a stock profile's word for it
    (
        "market_cap",
        gated(r"\bmarket\s+(?:cap(?:itali[sz]ation)?|valuation|worth)\b", re.I),
        "level",
    ),
    (
        "operating_expenses",
        gated(r"\boperating\s+(?:expenses|expenditure|costs)\b|\bopex\b", re.I),
        "money",
    ),
    # what a business spends or moves that no metric here names: it claims its own figures
    # ("costs rose 50 percent", "volumes to decline by 1.8%") so that no metric before it does
    # (not a comparison's: "revenue rose faster than costs, up 9%")
    ("", gated(r"(?<!than\s)\b(?:costs|expenses|expenditures?|spending|volumes?)\b", re.I), "none"),
    # (not "asset sales", "share sales", "stake sales": disposals, no company's turnover)
    (
        "revenue",
        gated(r"\brevenues?\b|(?<!asset\s)(?<!share\s)(?<!stake\s)\bsales\b|\bturnover\b", re.I),
        "money",
    ),
    (
        "deliveries",  # not "the stock delivered an impressive performance"
        gated(
            r"\bdeliveries\b|\bdelivered\s+(?:a\s+record\s+)?(?:(?:about|around|nearly|over|"
            r"some|more\s+than|only)\s+)?\d",
            re.I,
        ),
        "count",
    ),
    ("subscribers", gated(r"\bsubscribers\b|\bsubscriptions\b", re.I), "count"),
    ("passengers", gated(r"\bpassengers\b", re.I), "count"),  # "carried 27.2 million passengers"
]
_UNITS = {"deliveries": "vehicles", "subscribers": "subscribers", "passengers": "passengers"}
_ADDITIONS = {"subscribers": "subscriber_additions", "deliveries": "delivery_additions"}
_YOY = gated(
    # (Korean and Japanese wires: "up 1,242 percent on-year")
    r"year[\s-]over[\s-]year|year[\s-]on[\s-]year|\bon[\s-]year\b|\byoy\b|\by/y\b|"
    r"(?:from|than|over)\s+a\s+year\s+"
    r"(?:earlier|ago|before)|(?:same|year-ago)\s+(?:period|quarter)|\bannual(?:ly)?\s+(?:growth|increase)",
    re.I,
)
_QOQ = gated(
    r"quarter[\s-](?:over|on)[\s-]quarter|\bon[\s-]quarter\b|sequential(?:ly)?|\bqoq\b|"
    r"(?:compared\s+(?:to|with)|from|versus|vs\.?)\s+the\s+(?:previous|prior|preceding)\s+quarter",
    re.I,
)
# a figure's rise or fall: the move verbs (`RISE_WORDS`, `FALL_WORDS`) and a business's own
_GROWTH = gated(
    rf"\b(?:{RISE_WORDS}|increase[ds]?|increasing|grew|growth|grow(?:ing|s)?|expand(?:ed|ing|s)?|accelerat\w*|"
    r"balloon(?:ed|ing|s)?)\b(?!\s+to\b)",
    re.I,
)
_SHRINK = gated(
    rf"\b(?:{FALL_WORDS}|decrease[ds]?|decreasing|shrank|shrink(?:s|ing)?|contracted|contraction)\b"
    r"(?<!\blosses)(?<!\bloss)",
    re.I,
)
# "a 26% revenue jump": a metric named after its number must follow closely
_AFTER_WINDOW = 30
# "shares rose 5%" is the stock's move; "earnings per share rose 5%" is not
_STOCK_LEAD = re.compile(
    r"\b(?<!per\s)(?<!a\s)(?:shares?|stock|equity|ADRs?)\b(?:[^,.;]|\.(?=\d)){0,30}$", re.I
)
# "lower-than-expected quarterly sales sent H&M down 4.3 per cent": what the figure did to
# the shares
_SENT_MOVING = re.compile(
    r"\b(?:sent|sending|sends|pushed|pushing|knocked|knocking|drove|driving|dragged|dragging|"
    r"lifted|lifting)\b[^.;]{0,60}\b(?:down|up|higher|lower)\s+(?:by\s+)?$",
    re.I,
)
_ANAPHORA = re.compile(r"^(?:This|That|The)\s+(?:figure|growth|rate|number|result)", re.I)
_GROUP_LEVEL = gated(
    r"\b(?:group|total|overall|company-wide|consolidated)\s+\w*\s*(?:revenue|sales)", re.I
)
_NOT_KPI = gated(r"upside|downside|below|above|\bof\s+(?:its|the)\s+(?:global|annual)", re.I)


# Words before a metric that name no segment: "total revenue", "quarterly sales", "its profit"
_NOT_SEGMENT_WORDS = """
    total net gross quarterly annual yearly full-year half-year interim overall group
    consolidated operating core reported adjusted underlying organic comparable same-store
    like-for-like record combined cumulative preliminary estimated expected projected
    forecast average monthly weekly daily new its the their his her our a an and or of in
    from for to with by at on as while whilst which that whose where when who whereas also than up
    down year quarter
    period higher lower strong stronger weak weaker solid flat robust global company
    company's firm's group's sequential annualized annualised non-gaap gaap ifrs non-ifrs
    statutory headline basic diluted peak first second third fourth last next this same
    prior previous current total fiscal calendar top-line bottom-line double-digit
    single-digit all-time said says saw sees see expects expect expected forecasts had has
    have lost hurt into steady main primary additional market value high low pending though
    further analysts bank per cent percent million billion trillion sale sales store
    after-tax pre-tax cash consensus estimate estimates guidance outlook target
    segment segments division divisions unit units business businesses arm
"""
_NOT_SEGMENT = frozenset(_NOT_SEGMENT_WORDS.split())
# what may stand before a segment's name: the sentence's start, a preposition, a determiner
_SEGMENT_LEAD_WORDS = """
    in of from for at its the their a an and while with by total overall as , ; : (
"""
_SEGMENT_LEAD = frozenset(_SEGMENT_LEAD_WORDS.split())
_SEGMENT_WORD = re.compile(r"[a-z][a-z&-]*")
# "sales of its cargo business", "revenue from the company's cloud division"
_SEGMENT_AFTER = re.compile(
    r"^\w+\s+(?:of|from|in|at)\s+(?:its|the(?:\s+company['’]s|\s+group['’]s)?|their)\s+"
    r"((?:[a-z][\w&-]*\s+){1,3}?)(?:business|unit|division|segment|arm|operations)\b"
)


def _written_segment(text: str, at: int) -> str | None:
    """The segment as the text writes it beside the metric that starts at ``at``: the common
    nouns right before it ("inside gross profit", "commodity derivatives revenue") or the unit
    it is "of" ("sales of its cargo business"). Verbs and words of period or scope are not."""
    if after := _SEGMENT_AFTER.match(text[at:]):
        return after.group(1).strip()
    if re.match(r"\w+ed\b", text[at:]):
        return None  # "the carmaker delivered": a verb's subject is the company, no segment
    lead = re.sub(r"([,;:(])", r" \1 ", text[max(0, at - 60) : at]).split()
    words: list[str] = []
    while lead and len(words) < 3:
        word = lead[-1]
        if (
            not _SEGMENT_WORD.fullmatch(word)
            or word in _NOT_SEGMENT
            or (word.endswith("ed") and "-" not in word)
            or word.endswith(("ly", "ing", "-quarter", "-half", "-year"))
        ):
            break
        words.insert(0, lead.pop())
    if not words or len(words) > 2:
        return None
    if lead and lead[-1].lower() not in _SEGMENT_LEAD and not lead[-1].endswith(("'s", "’s")):
        return None
    return " ".join(words)


@per_sentence
def segment_of(text: str) -> str | None:
    """The business segment a sentence or heading talks about, if any."""
    if _GROUP_LEVEL.search(text):
        return None
    return next((name for name, p in _SEGMENTS if p.search(text)), None)


@dataclass(slots=True)
class _Memory:
    """What the KPI rule remembers across sentences: the heading's segment, the last KPI."""

    segment: str | None = None
    kpi: tuple[str, str | None] | None = None
    kpi_index: int = -10
    longer: bool | None = None  # whether the article speaks of a longer period than a quarter


def headings(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """A heading starts a section: its segment (or none) applies to what follows."""
    ctx.memory(_Memory).segment = segment_of(sentence.text)
    return iter(())


def _carried_segment(ctx: Context) -> str | None:
    """The segment of the previous sentence in the same paragraph, else of the heading."""
    if (prev := ctx.preceding()) is not None and (seg := segment_of(prev.text)):
        return seg
    return ctx.memory(_Memory).segment


def _fiscal_period(occ: Occurrence) -> str | None:
    """The period's name: "2025-Q3" for a calendar quarter, "2025" for a calendar year, "FY2026"
    for a fiscal year that is no calendar one (named by the year it ends in); none for a
    fiscal quarter that is no calendar one ("the quarter ended Jan. 31")."""
    if occ.start is None or occ.end is None:
        return None
    if occ.precision == "quarter" and occ.start.month % 3 == 1:
        return f"{occ.end.year}-Q{(occ.end.month - 1) // 3 + 1}"
    if occ.precision == "year" and occ.start.month == 1:
        return str(occ.start.year)
    whole = occ.start.day == 1 and (occ.end + dt.timedelta(days=1)).day == 1
    return f"FY{occ.end.year}" if occ.precision == "year" and whole else None


_TRADING = gated(
    r"\b(?:shares?|units|contracts)\s+(?:were\s+)?(?:traded|changed\s+hands)|\btraded\b|"
    r"\btrading\b|\bsession\b|\b(?:market|equity|equities|bond|value|share|exchange)\s+"
    r"turnover|\bturnover\s+(?:stood|was|reached|totall?ing|of)\b[^.;]{0,60}\b(?:shares|units)\b|"
    r"\bturnover\s+(?:of|on|in)\s+the\s+(?:\w+\s+)?(?:market|exchange|bourse|board)\b|"
    # a share's move "on heavy turnover of Ft 26.5 billion": the value of its shares traded
    # (not "on higher turnover", a company's sales)
    r"\bon\s+(?:a\s+)?(?:heavy|heavier|light|lighter|thin|thinner|brisk)\s+turnover\b",
    re.I,
)


# "the total value of the share sales", "insider stock sales": a holder's disposals, no
# company's sales
_HOLDERS_SALES = re.compile(r"\b(?:share|stake|stock|equity|insider)\s+$", re.I)


@per_sentence
def _mentions(text: str) -> tuple[tuple[int, str, str], ...]:
    """Non-overlapping metric mentions: (offset, metric, kind), in text order. A market's
    turnover (the value of shares traded) is no company's revenue, nor are a holder's share
    sales."""
    found: list[tuple[int, str, str]] = []
    taken: list[tuple[int, int]] = []
    trading = _TRADING.search(text)
    for name, pattern, kind in _METRICS:
        for m in pattern.finditer(text):
            if trading and m.group(0).lower() == "turnover":
                continue
            if m.group(0).lower() == "sales" and _HOLDERS_SALES.search(
                text, max(0, m.start() - 10), m.start()
            ):
                continue
            if not any(a < m.end() and m.start() < b for a, b in taken):
                taken.append((m.start(), m.end()))
                found.append((m.start(), name, kind))
    return tuple(sorted(found))


_BEAT = gated(
    r"(?:(?:estimates?|expectations?|consensus|guidance|forecasts?)\s+|"
    r"\b(?:beat|beating|missed|missing|topped|topping|exceeded|exceeding)\b[^;]{0,40}\s)"
    r"by\s+(?:\w+\s+)?\(?$",
    re.I,
)
# "5 cents worse than the consensus", "2 cents above estimates": a per-share figure's distance
# to another (a company's "$6.31 billion above estimates" is its own figure)
_MARGIN_AFTER = re.compile(
    r"\)?\s+(?:(?:worse|better|higher|lower|more|less)\s+than|above|below|ahead\s+of|"
    r"short\s+of)\b",
    re.I,
)


# "3.29 billion kronor ($305 million)": the same figure in another currency, no second figure
_TRANSLATION = re.compile(
    r"\s*[(\[]\s*(?:(?:about|around|approximately|approx\.?|roughly|some|nearly|or)\s+)?", re.I
)


_POINTS = re.compile(r"(?:percentage|pct\.?|%)\s*points?\b", re.I)
# "driving the share price up by 0.15 pesewas": a change of the share price, no business figure
_PRICE_CHANGED_BY = re.compile(
    r"\b(?:share|stock)\s+price\s+(?:(?:up|down|higher|lower)\s+)?by\s+$", re.I
)


def _numbers(text: str) -> list[tuple[Amount, str]]:
    """Candidate values with their type (percent, money, count), in text order.

    A margin over estimates ("beating estimates by $3 billion") is not the metric itself, nor
    is a figure's translation into another currency in brackets after it.
    """
    out: list[tuple[Amount, str]] = []
    for p in find_percents(text):
        if _POINTS.search(text[p.start : p.end + 8]):
            continue  # "margins swelled by 5.5 percentage points": a margin's change, no rate
        lead = text[max(0, p.start - 30) : p.start]
        if not _NOT_KPI.search(lead + text[p.end : p.end + 25]) and not re.search(
            r"up\s+to\s*$", lead
        ):
            out.append((p, "percent"))
    money = find_money(text)
    out += [
        (a, "money")
        for i, a in enumerate(money)
        if not (i and _TRANSLATION.fullmatch(text[money[i - 1].end : a.start]))
        and not _RANGE_BOTTOM.search(text, max(0, a.start - 16), a.start)
    ]
    taken = [(a.start, a.end) for a, _ in out]
    for c in find_counts(text):
        clashes = any(a <= c.start < b for a, b in taken)
        if not clashes and c.value >= 1000 and not (1900 <= c.value <= 2100):
            out.append((c, "count"))
    return sorted(
        (
            n
            for n in out
            if not _BEAT.search(text[max(0, n[0].start - 60) : n[0].start])
            and not _PRICE_CHANGED_BY.search(text, max(0, n[0].start - 40), n[0].start)
            and not (
                n[1] == "money" and is_per_share(n[0], text) and _MARGIN_AFTER.match(text, n[0].end)
            )
        ),
        key=lambda n: n[0].start,
    )


# The bare bottom of a range right before an amount: "21 – 25 billion BRL" is no figure of 25
# billion (a KPI has no field for a range's top)
_RANGE_BOTTOM = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)?\s?[-–—]\s?$")


# A profit's figure per share, told beside or after the profit: its per-share metric
_PER_SHARE_OF = {"net_income": "eps", "adjusted_net_income": "adjusted_eps"}
# ... written as such right after the figure ("$2.10 per share", "23 cents a diluted share"),
# not a share price the profit's sentence tells ("take profit at N13.5")
_PER_SHARE_AFTER = re.compile(r"\s*(?:per|a)\s+(?:(?:diluted|basic)\s+)?share\b", re.I)


# "280 billion yen in operating profit", "$7.3 billion in sales", "$16 million in annual
# revenue": the figure of the metric written after it
_IN_METRIC = re.compile(
    r"\)?\s+in\s+(?:(?:annual|quarterly|full-year|total|adjusted|gross|reported)\s+)?$", re.I
)


def _named_after(
    text: str, number: Amount, mentions: Sequence[tuple[int, str, str]]
) -> tuple[int, str, str] | None:
    """The metric named just after ``number`` by "in" ("280 billion yen in operating
    profit"), which claims it over the metric named before (a list "1.19 trillion yen in net
    sales, 280 billion yen in operating profit" names each figure's metric after it)."""
    return next(
        (m for m in mentions if m[0] >= number.end and _IN_METRIC.match(text[number.end : m[0]])),
        None,
    )


# Metrics named together by slashes, then their figures in the same order: "3Q25 revenue/NPI
# of S$30.4m/S$25.9m", "net income/EBITDA of $1.2bn/$2.0bn"
_SLASHED = re.compile(r"(?<![\w/])[A-Za-z][\w&-]*(?:\s?/\s?[A-Za-z][\w&-]*)+")
_SLASH = re.compile(r"\s?/\s?")


def _in_list(text: str, numbers: Sequence[tuple[Amount, str]], i: int) -> int | None:
    """How many figures stand before the ``i``-th in its slashed list ("S$30.4m/S$25.9m"), or
    ``None`` when it stands in none."""
    k = 0
    while i - k > 0 and _SLASH.fullmatch(text[numbers[i - k - 1][0].end : numbers[i - k][0].start]):
        k += 1
    follows = i + 1 < len(numbers) and _SLASH.fullmatch(
        text[numbers[i][0].end : numbers[i + 1][0].start]
    )
    return k if k or follows else None


def _metric_list(text: str, at: int) -> re.Match[str] | None:
    """The names joined by slashes ("revenue/NPI") that the metric told at ``at`` is one of."""
    chain = next(
        (m for m in _SLASHED.finditer(text, max(0, at - 40), at + 60) if m.end() > at),
        None,
    )
    return chain if chain is not None and chain.start() <= at + 20 else None


def _slashed_names(text: str, chain: re.Match[str]) -> list[tuple[str, str] | None]:
    """The metrics named in ``chain`` ("revenue/NPI"), in order, as (metric, kind): ``None``
    for a name that is no metric this rule knows."""
    slashes = list(_SLASH.finditer(chain.group(0)))
    # each name with up to two words before it, its slash's side: "net income/EBITDA"
    begins = [max(0, chain.start() - 15)] + [chain.start() + m.end() for m in slashes]
    ends = [chain.start() + m.start() for m in slashes] + [chain.end()]
    return [_metric_ending(text, b, e) for b, e in zip(begins, ends, strict=True)]


def _metric_ending(text: str, begin: int, end: int) -> tuple[str, str] | None:
    """The metric (metric, kind) whose name ends the words ``text[begin:end]``, if any."""
    for name, pattern, kind in _METRICS:
        for found in pattern.finditer(text, begin, end):
            if found.end() == end:
                return name, kind
    return None


# Metrics named in a list, then their figures in a list after a verb, "respectively": "revenue
# and net property income were S$30.4m and S$25.9m, respectively"
_LIST_JOIN = re.compile(r",\s*(?:and\s+)?|,?\s+and\s+")
_LIST_VERB = re.compile(
    r"\s+(?:were|was|of|came\s+in\s+at|stood\s+at|at|reached|totall?ed|amounted\s+to)\s+$", re.I
)


def _respective(
    text: str, numbers: Sequence[tuple[Amount, str]], i: int
) -> tuple[int, int, int] | None:
    """(place, length, where the list starts) of the ``i``-th figure in a list of figures told
    "respectively", or ``None``."""
    first = last = i
    while first and _LIST_JOIN.fullmatch(text[numbers[first - 1][0].end : numbers[first][0].start]):
        first -= 1
    while last + 1 < len(numbers) and _LIST_JOIN.fullmatch(
        text[numbers[last][0].end : numbers[last + 1][0].start]
    ):
        last += 1
    if last == first or not RESPECTIVELY.match(text, numbers[last][0].end):
        return None
    return i - first, last - first + 1, numbers[first][0].start


def _respective_names(text: str, n: int, start: int) -> list[tuple[str, str] | None] | None:
    """The ``n`` metrics named in a list before the verb of figures told "respectively" from
    ``start``, as `_slashed_names` gives them; ``None`` when no list of metrics is told there
    (its first name no metric: "Zorvex and Quillon reported revenue of")."""
    verb = _LIST_VERB.search(text, max(0, start - 30), start)
    if verb is None:
        return None
    joins = list(_LIST_JOIN.finditer(text, max(0, verb.start() - 120), verb.start()))[-(n - 1) :]
    if len(joins) != n - 1:
        return None
    begins = [max(0, joins[0].start() - 40)] + [j.end() for j in joins]
    ends = [j.start() for j in joins] + [verb.start()]
    names = [_metric_ending(text, b, e) for b, e in zip(begins, ends, strict=True)]
    return names if names[0] is not None else None


# A share's target told before a figure, no metric named between them: "raised its target
# price to S$11.70", "TP of RM2.15" (a company's own "revenue target of $1.2 billion" is not)
_TARGET_BEFORE = re.compile(
    r"(?P<cue>\btarget\s+price|\bprice\s+(?:target|objective)|\bfair\s+value|(?-i:\bTP\b|\bPT\b))"
    r"[^.;]{0,40}$",
    re.I,
)


def _claimed(
    text: str,
    numbers: Sequence[tuple[Amount, str]],
    i: int,
    mentions: Sequence[tuple[int, str, str]],
) -> tuple[int, str, str] | None:
    """The metric mention (offset, metric, kind) that claims the ``i``-th figure: the one
    named after it by "in", else the one named nearest before it (else the first, if close
    after it); in a slashed list ("revenue/NPI of S$30.4m/S$25.9m") the metric in the
    figure's place, and none when that name is no metric this rule knows."""
    number = numbers[i][0]
    before = [m for m in mentions if m[0] < number.start]
    if not before and (
        mentions[0][0] - number.end > _AFTER_WINDOW
        or CAUSE_OPENS.search(text, number.end, mentions[0][0])
    ):
        return None  # "shares rose 5% after revenue topped estimates": not revenue's 5%
    target = _TARGET_BEFORE.search(text, max(0, number.start - 50), number.start)
    if target and not any(target.end("cue") <= m[0] < number.start for m in mentions):
        return None  # "lift our target price to US$4.00 to reflect higher EPS": a target
    at, metric, kind = _named_after(text, number, mentions) or (
        before[-1] if before else mentions[0]
    )
    k = _in_list(text, numbers, i)
    names: list[tuple[str, str] | None] | None = None
    if k is not None and (chain := _metric_list(text, at)) is not None:
        names = _slashed_names(text, chain)
    elif (respective := _respective(text, numbers, i)) is not None:
        k, n, start = respective
        names = _respective_names(text, n, start)
    if names is not None and k is not None:
        if k >= len(names) or (listed := names[k]) is None:
            return None
        metric, kind = listed
    return at, metric, kind


# an index no table knows, by its name: "NGX All-Share Index", "Tanzania Share Index"
_INDEX_NAME = re.compile(r"\bindex\b", re.I)
_LEAST_FIGURE = 1e5
# "a loss of 6 cents", "EPS of minus 3.40 cents", "a loss per share of 5 cents"
_LOSS_BEFORE = re.compile(r"\b(?:loss(?:\s+per\s+share)?\s+of|minus|negative)\s+$", re.I)


# the words between a figure and its noun: "12% year-over-year revenue decrease"
_TAIL_NOUN = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?(?=(?:decrease|decline|drop|fall)\w*\b)", re.I)


def _rate(text: str, number: Amount, metric_kind: str) -> dict[str, object] | None:
    """A percentage's reading: a share's or a margin's level, else a signed growth rate."""
    if metric_kind == "share":
        return {"value": number.value, "unit": "percent", "basis": None}
    if metric_kind in ("loss", "level", "none"):
        return None  # "the net loss narrowed 20%": a rate of a negative figure, no growth
    lead = text[max(0, number.start - 40) : number.start]
    tail = text[number.end : number.end + 40]  # "a 12% revenue decrease": its noun after it
    told_before = _GROWTH.search(lead) or _SHRINK.search(lead)
    if not (told_before or _GROWTH.search(text) or _SHRINK.search(tail)):
        return None
    falls = _SHRINK.search(lead) if told_before else _SHRINK.match(_TAIL_NOUN.sub("", tail))
    sign = -1.0 if falls and not _GROWTH.search(lead[-12:]) else 1.0
    basis = "yoy" if _YOY.search(text) else "qoq" if _QOQ.search(text) else "change"
    return {"value": sign * abs(number.value), "unit": "percent", "basis": basis}


def _value(
    text: str, number: Amount, kind: str, metric_kind: str, *, loss: bool = False
) -> dict[str, object] | None:
    if kind == "percent":
        return _rate(text, number, metric_kind)
    # a company's figure is at least 100,000 (smaller money is a price or a margin over
    # estimates); a per-share figure has a share price's size ("P11 billion in dividends, or
    # P9 per share")
    if kind == "money" and (
        (metric_kind in ("money", "loss", "level") and abs(number.value) >= _LEAST_FIGURE)
        or (metric_kind == "per_share" and is_per_share(number, text))
    ):
        lost = loss or metric_kind == "loss" or _LOSS_BEFORE.search(text, 0, number.start)
        value = -abs(number.value) if lost else number.value
        return {"value": value, "unit": number.currency, "basis": None}
    if kind == "count" and metric_kind == "count":
        return {"value": number.value, "basis": None}
    return None


# a story of a half year's results: the quarter it names is not its figures'
_LONGER_PERIOD = re.compile(
    r"\b(?:half[\s-]year(?:ly)?|(?:first|second)\s+half|H[12]\b|[12]H\b|"
    r"(?<!three\sand\s)six\s+months)",  # (not "the three and six months ended": a quarter's story)
    re.I,
)


# a period of the sentence's own that no rule dates ("In the 9M24 net income reached ...")
_OWN_PERIOD = re.compile(r"\b(?:9M|nine[\s-]months?|full[\s-]year|annual)", re.I)


def _reported(ctx: Context) -> Occurrence:
    """The quarter a quarter's results story named before ("its third-quarter 2025 results"),
    that a figure with no period of its own belongs to ("net income declined 10.7% to $1.4
    billion"); none in a story that speaks of a half year too."""
    named = ctx.temporal.last_quarter
    memory = ctx.memory(_Memory)
    if memory.longer is None:
        memory.longer = bool(_LONGER_PERIOD.search(ctx.article.text))
    if named is None or memory.longer:
        return Occurrence.unknown()
    ended = named.end is not None and named.end <= ctx.published
    return named if ended else Occurrence.unknown()


def _base_period(text: str, number: Amount, ctx: Context) -> Occurrence:
    """The period of a comparison's base (`timeline.extract.bases`): its own, told after it,
    else the period of the figure compared (the sentence's without the base's words, else the
    story's quarter) a year or a quarter back; with no cue, the sentence's period."""
    tail = base_tail(text, number)
    year = same_period_year(tail)
    cue = back_cue(text, number, tail)
    if year is None and cue is None:
        return own_period(tail, ctx.published, ctx.subjects.exchange) or ctx.occurrence
    if year is None and (own := own_period(tail, ctx.published, ctx.subjects.exchange)):
        return own  # "compared to Rs 0.43 in Q2FY24" in a year-on-year sentence
    # the figure compared's period: the sentence's, without the base's words
    cut = sorted([(number.end, number.end + len(tail)), *([cue[1:]] if cue else [])])
    rest = text[: cut[0][0]] + " " + text[cut[0][1] : cut[-1][0]] + " " + text[cut[-1][1] :]
    told = resolve_when(rest, ctx.published, replace(ctx.temporal), ctx.subjects.exchange)
    if told.period != "unspecified" or _OWN_PERIOD.search(text):
        period = told  # (a half year told is the figure's, though undated)
    elif THAT_PERIOD.search(tail) and ctx.temporal.last_quarter is not None:
        period = ctx.temporal.last_quarter  # "in the same quarter a year ago": the one named
    else:
        period = _reported(ctx)
    return back(period, years_back(period, year) if year is not None else cue[0] if cue else 0)


def _begun(occurrence: Occurrence, published: dt.date) -> Occurrence:
    """The period of a figure that happened: none when it begins after publication ("1QFY26
    EPS of Rs.1.67" read as January-March 2026 in October 2025 is a fiscal year the text does
    not define, not a quarter to come)."""
    if occurrence.start is not None and occurrence.start > published:
        return Occurrence.unknown()
    return occurrence


def _modality_and_period(
    text: str, number: Amount, ctx: Context, *, flow: bool = True, since: int = 0
) -> tuple[Modality, Occurrence]:
    """The figure's modality and the period it speaks of, which for an estimate or guidance
    may lie ahead: the period told with it (after the figure before it: "Q2 2025 EPS at
    $5.62, Q3 2025 EPS at $5.29"), else the sentence's horizon, else its period; an estimate
    the story's results were held against ("analysts had expected $5.75 billion") is of the
    quarter it reports. A figure a company aims at ("aims to reach $1 billion") is its guidance."""
    modality = modality_of(text, number.start, number.end, ctx.sentence_subject)
    if modality == "plan":
        modality = "guidance"
    if modality == "actual":
        # (a standing level, a market share or a value, is no figure of the quarter's)
        if ctx.occurrence.precision != "unknown" or not flow or _OWN_PERIOD.search(text):
            period = _begun(ctx.occurrence, ctx.published)
        else:
            period = _reported(ctx)
        if flow and is_base(text, number):  # "from 840 billion won a year earlier"
            return modality, _base_period(text, number, ctx)
        return modality, period
    return modality, _expected_period(text, number, ctx, modality, since)


def _expected_period(
    text: str, number: Amount, ctx: Context, modality: Modality, since: int
) -> Occurrence:
    """The period an estimate or guidance speaks of (`_modality_and_period`)."""
    fiscal_end, exchange, published = ctx.temporal.fiscal_end, ctx.subjects.exchange, ctx.published
    told = horizon(text[since : number.end], published, exchange, fiscal_end)
    if told.precision == "unknown":
        told = horizon(text, published, exchange, fiscal_end)
    if told.precision == "quarter" and ctx.temporal.fiscal_untold:
        return Occurrence.unknown()  # a quarter of a fiscal calendar the article leaves untold
    if told.precision != "unknown":
        return told
    sentence = ctx.occurrence
    if sentence.precision == "unknown" and modality == "estimate" and not _LOOKS_AHEAD.search(text):
        return _reported(ctx)
    return sentence


# an estimate still looked forward to: "analysts expect", "sees", "will", "the consensus now
# calls for"
_LOOKS_AHEAD = re.compile(
    r"\b(?:expects?|anticipates?|projects?|predicts?|forecasts|sees|will|now|calls\s+for)\b",
    re.I,
)


# An amount taken off or added to a market value, no value itself: "wiped about $20 billion off
# its market capitalisation", "added Rs 8,000 crore to the company's market value"
_CHANGE_OF_VALUE = re.compile(
    r"\s+(?:off|from|to|onto)\s+(?:its|the|their|[A-Z][\w&.'’-]*['’]s?)\s+"
    r"(?:(?:company|group|bank|firm)['’]s\s+)?(?:combined\s+|total\s+)?market\s+(?:cap|valu|worth)",
    re.I,
)


def _no_figure_of(metric: str, text: str, number: Amount) -> bool:
    """Whether ``number`` states no figure of ``metric``: a hypothetical one, or an amount
    taken off or added to a market value ("wiped about $20 billion off its market
    capitalisation")."""
    if metric == "market_cap" and _CHANGE_OF_VALUE.match(text, number.end):
        return True
    return hypothetical_before(text, number.start)


def kpis(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """Company KPIs for a period, one per number that a metric in the sentence claims, each
    with its modality (`timeline.extract.modality`): an estimate or guidance is kept as such."""
    subject = ctx.sentence_subject
    if subject and (resolve(subject, "index") or _INDEX_NAME.search(subject)):
        return  # a market wrap's sentence about no company: an index has no revenue or profit
    text = sentence.text
    mentions = _mentions(text)
    memory = ctx.memory(_Memory)
    if not mentions and _ANAPHORA.search(text) and memory.kpi and ctx.index - memory.kpi_index <= 1:
        mentions = ((0, memory.kpi[0], "money"),)
        segment: str | None = memory.kpi[1]
    else:
        segment = None if _GROUP_LEVEL.search(text) else segment_of(text) or _carried_segment(ctx)
    if not mentions:
        return
    previous_end = 0
    numbers = _numbers(text)
    for i, (number, kind) in enumerate(numbers):
        if kind == "percent" and (
            _STOCK_LEAD.search(text[: number.start])
            or _SENT_MOVING.search(text, max(0, number.start - 90), number.start)
        ):
            continue  # the stock's move, not a KPI
        if (claimed := _claimed(text, numbers, i, mentions)) is None:
            continue
        at, metric, metric_kind = claimed
        clause_segment = _written_segment(text, at) or segment_of(text[previous_end : number.start])
        since, previous_end = previous_end, number.end
        if _no_figure_of(metric, text, number):
            continue
        if kind == "money" and metric in _PER_SHARE_OF and _PER_SHARE_AFTER.match(text, number.end):
            # "net income of $1.2 billion, or $2.10 per share", "... fell short of
            # expectations of C$3.2 per share": the profit per share
            # ("a net loss of $78 million, or 23 cents per share": a loss per share)
            metric, lost = _PER_SHARE_OF[metric], metric_kind == "loss"
            metric_kind = "per_share"
        else:
            lost = False
        payload = _value(text, number, kind, metric_kind, loss=lost)
        if payload is None:
            continue
        added = metric_kind == "count" and re.search(
            r"\badd(?:ed|s)?\b", text[: number.start][-25:]
        )
        name = _ADDITIONS.get(metric, metric) if added else metric
        memory.kpi, memory.kpi_index = (metric, segment), ctx.index
        flow = metric_kind not in ("share", "level")
        modality, occurrence = _modality_and_period(text, number, ctx, flow=flow, since=since)
        yield Draft(
            "financial_kpi",
            {
                "metric": name,
                "segment": clause_segment or segment,
                "fiscal_period": _fiscal_period(occurrence),
                "qualifier": number.qualifier,
                "modality": modality,
                **payload,
                "unit": payload.get("unit") or _UNITS.get(metric, "count"),
            },
            confidence=0.75,
            occurrence=occurrence,
        )
