"""Lines that state a price: movers' table rows and lists, a section's price field, market
snapshots and template headlines.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from timeline.extract.context import Context, Draft
from timeline.extract.gates import gated
from timeline.extract.numbers import find_money, parse_number
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
