"""Lines that state a price: movers' table rows and lists, a section's price field, market
snapshots and template headlines.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from timeline.extract.actors import is_index
from timeline.extract.context import Context, Draft
from timeline.extract.gates import gated
from timeline.extract.numbers import find_money, parse_number, qualifier_before
from timeline.extract.rules.market.dates import _cue, _session_day
from timeline.extract.temporal import Occurrence
from timeline.extract.text import Sentence

__all__ = ["fields", "rows"]


# A field of a company's section in a roundup: "Share price movement: -27.2%", "Price change:
# +3.4%", "Stock performance: up 5.1%"
_PRICE_FIELD = re.compile(
    r"(?:[-•*]\s*)?(?:(?:share|stock)\s+(?:price\s+|percent(?:age)?\s+)?|price\s+|"
    r"(?P<unit>percent(?:age)?\s+))(?:movement|move|change|performance)\s*"
    r"(?:\(\s*(?:today|1D|day)\s*\)\s*)?:\s*(?P<dir>up|down|[+\-−–])?\s*(?P<num>\d+(?:\.\d+)?)"
    r"\s*(?P<pct>%)?",
    re.I,
)


# A dashboard's fields on one line, "•" or "|" between them: "Current Price: $185.07 •
# Consensus Target: $357.22 • Upside Potential: 93.0%"
_FIELD_SPLIT = re.compile(r"\s*[•|;]\s*")
_PRICE_NOW = re.compile(
    r"(?P<kind>current|last|share|stock|closing)?\s*price\s*:\s*(?P<amount>\S{0,4}\d[\d,.]*)", re.I
)
_CONSENSUS_FIELD = re.compile(
    r"(?:consensus|average|mean|median)\s+(?:price\s+)?target\s*:\s*(?P<amount>\S{0,4}\d[\d,.]*)",
    re.I,
)


# A move over a period as a field: "Weekly gain: 133.33 percent", "YTD return: -4.2%"
_PERIOD_MOVE_FIELD = re.compile(
    r"(?P<period>daily|weekly|monthly|ytd|year-to-date|1-week|one-week|1-month|one-month)\s+"
    r"(?:share\s+price\s+|price\s+)?(?:(?P<up>gain|rise|increase)|(?P<down>loss|decline|drop|fall)|"
    r"change|return|move|performance)\s*:\s*(?P<sign>[+\-−–])?\s*(?P<num>\d+(?:\.\d+)?)\s*"
    r"(?:%|per\s?cent|percent)",
    re.I,
)
# what each period's field is measured over, as the date table words it ("": the session)
_FIELD_CUES = {
    "daily": "",
    **dict.fromkeys(("weekly", "1-week", "one-week"), "over the past week"),
    **dict.fromkeys(("monthly", "1-month", "one-month"), "over the past month"),
    **dict.fromkeys(("ytd", "year-to-date"), "year-to-date"),
}
_WEEK_JUST_ENDED = {0: "last week", 5: "this week", 6: "this week"}  # by P's weekday


def _over(cue: str, ctx: Context) -> Occurrence:
    """The span a period's words name up to the news (`_cue`); none: the session of the news."""
    return _cue(cue, ctx) if cue else _session_day(ctx)


def _period_move(m: re.Match[str], ctx: Context) -> Draft:
    """The move a period's field states ("Weekly gain: 133.33 percent"), over that period up
    to the session of the news."""
    cue = _FIELD_CUES[m["period"].lower()]
    if cue == "over the past week":  # a weekly list of a Monday or a weekend: the week ended
        cue = _WEEK_JUST_ENDED.get(ctx.published.weekday(), cue)
    occ = _over(cue, ctx)
    down = m["down"] is not None or m["sign"] in ("-", "−", "–")
    return Draft(
        "price_move",
        {"percent": (-1.0 if down else 1.0) * float(m["num"]), "period": occ.period},
        confidence=0.8,
        occurrence=occ,
    )


def _dashboard(line: str, ctx: Context) -> Iterator[Draft]:
    """The price, the consensus target and the moves over periods a dashboard line gives, as
    of the session of the news: "Current Price: $185.07 • Consensus Target: $357.22", "Weekly
    gain: 89.47 percent; current share price: C$0.18"."""
    for field in _FIELD_SPLIT.split(line):
        if m := _PERIOD_MOVE_FIELD.fullmatch(field):
            yield _period_move(m, ctx)
            continue
        if (m := _PRICE_NOW.fullmatch(field)) and (money := find_money(m["amount"])):
            kind = "close" if (m["kind"] or "").lower() == "closing" else "current"
            yield Draft(
                "price_level",
                {"price": money[0].value, "currency": money[0].currency, "level_type": kind},
                confidence=0.8,
                occurrence=_session_day(ctx),
            )
        elif (m := _CONSENSUS_FIELD.fullmatch(field)) and (money := find_money(m["amount"])):
            yield Draft(
                "consensus",
                {"value": money[0].value, "currency": money[0].currency},
                confidence=0.8,
                occurrence=_session_day(ctx),
            )


def fields(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """A company's price move written as a field of its section ("Share price movement:
    -27.2%"), that day's move for the section's company; a dashboard line's price and
    consensus target (`_dashboard`)."""
    line = sentence.text.strip()
    if _FIELD_SPLIT.search(line):
        yield from _dashboard(line, ctx)
        return
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


# A row of a table of tickers, their price and their signed change, an arrow after it:
# "BAT.zw 5686.7500 +15.00%▲", "DLTA.zw 1769.5629 -1.05%▼", "MTNN 230.00 +9.99%"
_TICKER_ROW = re.compile(
    r"^(?P<t>[A-Z][A-Z0-9]{1,9}(?:\.[A-Za-z]{1,3})?)\s+(?P<price>\d[\d,]*(?:\.\d+)?)\s+"
    r"(?P<pct>[+\-−]\d+(?:\.\d+)?)\s?%\s*[▲▼△▽↑↓]?(?:\s+[\d,]+(?:\.\d+)?)?$"
)
# The unit a table's header gives its prices in: "SYMBOL VALUE (ZWG cents) CHANGE"
_CENTS_HEADER = re.compile(r"\((?P<cur>[A-Z]{3})\s+[Cc]ents\)")
_HEADER_BACK = 40  # lines


def _signed(written: str) -> float:
    """A percentage written with its sign ("-1.05", "+15.00", "−0.4"; none: a rise)."""
    value = parse_number(written.lstrip("+−-"))
    return -value if written[0] in "-−" else value


def _table_day(before: Sequence[Sentence], ctx: Context) -> Occurrence:
    """The day of a table's rows: the one the line leading into the table (among ``before``,
    the lines above the row) names ("... how shares exchanged hands by close of business
    yesterday:"), else the session of the news."""
    for line in reversed(before):
        if line.text.rstrip().endswith(":"):
            occ = _cue(line.text, ctx)
            if occ.precision == "day":
                return occ
            break
    return _session_day(ctx)


def _ticker_row(row: re.Match[str], ctx: Context) -> Iterator[Draft]:
    """A ticker table's row: the ticker's move of the session, and its price, in the unit the
    table's header names ("(ZWG cents)": hundredths of that currency)."""
    before = ctx.sentences[max(0, ctx.index - _HEADER_BACK) : ctx.index]
    occ = _table_day(before, ctx)
    subject = ctx.subjects.id_of(row["t"])
    move = {"percent": _signed(row["pct"]), "period": "day"}
    yield Draft("price_move", move, confidence=0.75, subject=subject, occurrence=occ)
    header = next((h for s in reversed(before) if (h := _CENTS_HEADER.search(s.text))), None)
    price = parse_number(row["price"])
    level = {
        "price": price / 100 if header else price,
        "currency": header["cur"] if header else None,
        "level_type": "close",
    }
    yield Draft("price_level", level, confidence=0.75, subject=subject, occurrence=occ)


# A table of returns by period, a column for each company or index, as a page's table is
# copied: "| Return Period | NDAQ | S&P 500 |", then "| 1D | 0.7% | -0.0% |", "| 7D (Current
# Streak) | 6.9% | 1.9% |", "| 1M (21D) | 11.8% | 2.4% |", "| YTD 2025 | 30.1% | 17.8% |",
# "| 2024 | 34.8% | 23.3% |"
_PERIOD_CELL = re.compile(
    r"(?:(?P<n>\d{1,3})\s?(?P<unit>[DWMY])\b|(?P<ytd>YTD)\b|(?P<year>(?:19|20)\d\d)$)", re.I
)
_PERIOD_HEADER = re.compile(r"\b(?:period|return|performance|horizon)s?\b", re.I)
_CELL_PCT = re.compile(r"(?P<pct>[+\-−]?\d+(?:\.\d+)?)\s?%")
_UNIT_CUES = {"d": "sessions", "w": "weeks", "m": "months", "y": "years"}


def _cells(line: str) -> list[str] | None:
    """The cells of a table's row written between bars, or None for no such row."""
    line = line.strip()
    if not (line.startswith("|") and line.endswith("|")):
        return None
    return [c.strip() for c in line[1:-1].split("|")]


def _period_cue(m: re.Match[str]) -> str:
    """The words of the date table a period's label stands for: "7D" the past seven sessions,
    "1M" the past month, "YTD" the year to date, "2024" that year."""
    if m["year"]:
        return f"in {m['year']}"
    if m["ytd"]:
        return "year-to-date"
    n, unit = int(m["n"]), m["unit"].lower()
    if n == 1:
        return "" if unit == "d" else f"over the past {_UNIT_CUES[unit][:-1]}"
    return f"over the past {n} {_UNIT_CUES[unit]}"


def _period_table(cells: list[str], ctx: Context) -> Iterator[Draft]:
    """A row of a returns table (`_PERIOD_CELL` its first cell): each column's move over the
    row's period, for the company or index its header names; an unchanged one ("-0.0%")
    tells no move."""
    period = _PERIOD_CELL.match(cells[0])
    if period is None:
        return
    header = None
    for before in reversed(ctx.sentences[max(0, ctx.index - _TABLE_BACK) : ctx.index]):
        head = _cells(before.text)
        if head is not None and _PERIOD_HEADER.search(head[0]):
            header = head
            break
    if header is None or len(header) != len(cells):
        return
    occ = _over(_period_cue(period), ctx)
    for name, cell in zip(header[1:], cells[1:], strict=True):
        m = _CELL_PCT.fullmatch(cell)
        if m is None or not name or (value := _signed(m["pct"])) == 0:
            continue
        move = {"percent": value, "period": occ.period}
        subject = ctx.subjects.id_of(name)
        yield Draft("price_move", move, confidence=0.75, subject=subject, occurrence=occ)


_TABLE_BACK = 12  # lines: a returns table's header and its rows


def rows(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """Heading-like lines that state a price: movers' table rows and template headlines."""
    text = sentence.text.strip()
    if (cells := _cells(text)) is not None and len(cells) > 1:
        yield from _period_table(cells, ctx)
        return
    if ticker_row := _TICKER_ROW.match(text):
        yield from _ticker_row(ticker_row, ctx)
        return
    table = _table_rows(text)
    for row in table:
        subject = ctx.subjects.id_of(row.group("name").strip())
        occ = _session_day(ctx)
        move = {"percent": _signed(row.group("pct")), "period": "day"}
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
        return
    yield from _titled_moves(text, ctx)


# A news headline's move, its verb in the present: "Tesla jumps 4% amid strong demand", "Kura
# Sushi Soars 6.02% on Strong Q3 Results", "DE40: Muted gains on DAX. Rheinmetall gains 4%"
_UP = (
    r"gains?|jumps?|soars?|surges?|rises?|climbs?|rall(?:ies|y)|spikes?|pops?|rockets?|leaps?|"
    r"advances?|adds?|rebounds?|spurts?|zooms?|skyrockets?|climb|up|higher"
)
_DOWN = (
    r"falls?|drops?|slides?|slips?|tumbles?|plunges?|sinks?|slumps?|dips?|declines?|sheds?|"
    r"tanks?|crash(?:es)?|plummets?|retreats?|loses?|sags?|skids?|craters?|nosedives?|down|lower"
)
_TITLED = re.compile(
    r"(?:^|(?<=[.:;!?])\s+)(?P<name>(?:(?-i:[A-Z0-9])[\w&.'’-]*\s+){0,4}?(?-i:[A-Z0-9])[\w&.'’-]*?)"
    r"(?:['’]s)?"
    r"(?:\s+(?:stock|shares?|share\s+price|stock\s+price))?\s+(?:is\s+|are\s+)?"
    rf"(?:(?P<up>{_UP})|(?P<down>{_DOWN}))\s+(?:by\s+)?"
    r"(?:(?:over|nearly|almost|about|around|more\s+than|as\s+much\s+as|up\s+to)\s+)?"
    r"(?P<pct>\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b|percent\b)",
    re.I,
)


def _titled_moves(text: str, ctx: Context) -> Iterator[Draft]:
    """The moves a headline tells of a company the article names, or of an index the tables
    know (not of a figure: "Revenue jumps 20%", nor a commodity: "Oil falls 3%")."""
    for m in _TITLED.finditer(text):
        subject = _mover_named(m["name"], ctx)
        if subject is None:
            continue
        sign = -1.0 if m["down"] else 1.0
        # the headline's own span, if it tells one ("Sasol's shares are down 70% since 2022")
        told = _cue(text[m.start() :], ctx)
        occ = told if told.period in _SPANS else _heading_day(ctx)
        yield Draft(
            "price_move",
            {
                "percent": sign * float(m["pct"]),
                "period": occ.period,
                # "plunges nearly 40%": as the words before it qualify it
                "qualifier": qualifier_before(text, m.start("pct")),
            },
            confidence=0.75,
            subject=subject,
            occurrence=occ,
        )


#: The spans a headline may tell its move over (not a quarter or a half: its results')
_SPANS = frozenset({"ytd", "qtd", "mtd", "since", "week", "month", "year"})


def _mover_named(name: str, ctx: Context) -> str | None:
    """The id of a company the article names, or of an index a table knows, written ``name``."""
    if _NOT_MOVER.search(name) or ctx.subjects.is_word(name):
        return None
    named = ctx.subjects.id_of(name)
    if is_index(named) or named == ctx.subject or ctx.subjects.mentions(name):
        return named
    return None


# What a headline's figure may be of that is no share: the business's figures, an economy's,
# a commodity's
_NOT_MOVER = re.compile(
    r"\b(?:revenues?|sales|profits?|earnings|income|EPS|margins?|orders|deliveries|shipments|"
    r"exports|imports|output|inflation|prices|costs?|rates?|yields?|dividends?|volumes?|"
    r"oil|crude|brent|gold|silver|copper|bitcoin|ether|dollar|euro|yen|yuan|rupee|bonds?|"
    r"GDP|CPI|PMI|unemployment|jobs|wages|rents?|traffic|subscribers|users|bookings)\b",
    re.I,
)
