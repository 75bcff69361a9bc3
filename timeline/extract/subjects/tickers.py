"""Tickers in every form financial news writes them, turned into one id, and the ticker an
article writes bare.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from timeline.entities import resolve
from timeline.extract.numbers import CURRENCY_CODES

__all__ = ["ACRONYMS", "EXCHANGES", "Listed", "find_listed", "legal_bracket_tickers", "ticker_id"]


# Prefixes read only inside brackets ("Zorvex (PSX: ZRV)"), as a column's label is not a
# listing ("PSX: KSE-100 crosses 100,000 points") -> the Yahoo suffix of that market.
_ABROAD: dict[str, str] = {
    "NZX": ".NZ",
    **dict.fromkeys(["HOSE", "HSX", "HNX"], ".VN"),
    "IDX": ".JK",
    **dict.fromkeys(["SET", "MAI"], ".BK"),  # the Stock Exchange of Thailand and its mai
    **dict.fromkeys(["KLSE", "MYX", "BURSA"], ".KL"),
    "PSE": ".PS",
    "TASE": ".TA",
    "TADAWUL": ".SR",
    "JSE": ".JO",
    "PSX": ".KA",
    **dict.fromkeys(["B3", "BVMF", "BOVESPA"], ".SA"),
    "BMV": ".MX",
    "OSL": ".OL",
    "HEL": ".HE",
    **dict.fromkeys(["WSE", "GPW"], ".WA"),
    "BIST": ".IS",
    "ATHEX": ".AT",
    **dict.fromkeys(["EBR", "EURONEXT BRUSSELS"], ".BR"),
    **dict.fromkeys(["ELI", "EURONEXT LISBON"], ".LS"),
    "VIE": ".VI",
    "AIM": ".L",  # London's junior market
    **dict.fromkeys(["ISE", "EURONEXT DUBLIN"], ".IR"),
}
# Exchange prefixes as news writes them -> the Yahoo suffix of that market ("" for the US).
_EXCHANGES: dict[str, str] = {
    **dict.fromkeys(
        ["NYSE", "NASDAQ", "NYSEAMERICAN", "NYSEARCA", "NYSEMKT", "AMEX", "OTC", "OTCMKTS"],
        "",
    ),
    **dict.fromkeys(["BATS", "CBOE", "NASDAQGS", "NASDAQGM", "NASDAQCM", "NYSE AMERICAN"], ""),
    **dict.fromkeys(["HKG", "HKEX", "HK", "SEHK"], ".HK"),
    "NSE": ".NS",
    **dict.fromkeys(["BSE", "BOM"], ".BO"),
    **dict.fromkeys(["TYO", "TOKYO", "TSE:NUM"], ".T"),
    **dict.fromkeys(["TSX", "TSE"], ".TO"),
    "TSXV": ".V",
    **dict.fromkeys(["ETR", "XETRA", "FRA", "FWB", "XETR"], ".DE"),
    **dict.fromkeys(["LON", "LSE"], ".L"),
    **dict.fromkeys(["EPA", "EURONEXT PARIS"], ".PA"),
    **dict.fromkeys(["AMS", "EURONEXT AMSTERDAM"], ".AS"),
    **dict.fromkeys(["CPH", "OMXC"], ".CO"),
    **dict.fromkeys(["SWX", "VTX", "SIX"], ".SW"),
    "BIT": ".MI",
    "BME": ".MC",
    **dict.fromkeys(["STO", "OMXS"], ".ST"),
    **dict.fromkeys(["KRX", "KOSPI"], ".KS"),
    "KOSDAQ": ".KQ",
    **dict.fromkeys(["SHA", "SSE"], ".SS"),
    **dict.fromkeys(["SHE", "SZSE"], ".SZ"),
    **dict.fromkeys(["TPE", "TWSE"], ".TW"),
    "ASX": ".AX",
    "SGX": ".SI",
    **_ABROAD,
}
# Yahoo suffix -> the first exchange prefix that gives it (to read "0700.HK" as "HKG: 700")
#: The exchanges' prefixes as written before a ticker ("NYSE", "NASDAQ", "HKG"): no symbol.
EXCHANGES = frozenset(code for code in _EXCHANGES if code.isalpha())
_SUFFIX_EXCHANGE = {v: k for k, v in reversed(_EXCHANGES.items()) if k != "TSE:NUM"}
_PREFIX = "|".join(sorted((re.escape(k) for k in _EXCHANGES if k != "TSE:NUM"), key=len)[::-1])
# The exchange in any case ("Nasdaq:"); the ticker in capitals, so that a link glued to it
# ("(NASDAQ:COSTFree Report)") is not read as part of it.
_TICKER = re.compile(
    rf"(?P<open>[(\[]\s*)?\b(?P<ex>(?i:{_PREFIX}))\s*[:：]\s*"
    r"(?P<t>[A-Z0-9](?:[A-Z0-9]|[.\-](?=[A-Z0-9])){0,11})(?![a-z])?"
)
_YAHOO = re.compile(
    r"\b(?P<t>[A-Z0-9][A-Z0-9\-]{0,9})(?P<sfx>\.(?:HK|NS|BO|T|DE|PA|L|AS|CO|SW|KS|KQ|SS|SZ|TW|"
    r"AX|SI|TO|JK|KL|BK|SR|JO|MX|OL|HE|WA|MI|MC|ST|NZ|VN))\b"
)
# Canadian papers' ticker in brackets or quotes: "(PBH-T)" on the TSX, "(XYZ-X)" or "(XYZ-V)" on
# the TSX Venture, the other listings after it ("‘FNV-T & N’": also on the NYSE)
_DASH_LISTING = {"T": "TSX", "X": "TSXV", "V": "TSXV"}
_DASH_TICKER = re.compile(
    r"[(‘'](?P<t>[A-Z][A-Z0-9.]{0,6})-(?P<ex>[TXV])(?:\s*(?:&|and)\s*[NQ])?[)’']"
)
# Bloomberg's ticker and market code, as research notes write them: "SAP (SAP GY)", "Wizz Air
# (WIZZ LN)", "Airbus (AIR FP)" -> the Yahoo suffix of that market
_BLOOMBERG_MARKETS = {
    "US": "", "UN": "", "UW": "", "LN": ".L", "GY": ".DE", "GR": ".DE", "FP": ".PA",
    "IM": ".MI", "SM": ".MC", "NA": ".AS", "SW": ".SW", "SE": ".SW", "SS": ".ST", "DC": ".CO",
    "NO": ".OL", "FH": ".HE", "BB": ".BR", "PL": ".LS", "ID": ".IR", "AV": ".VI", "HK": ".HK",
    "JP": ".T", "JT": ".T", "AU": ".AX", "CN": ".TO", "KS": ".KS", "IN": ".NS", "SP": ".SI",
}  # fmt: skip
_BLOOMBERG = re.compile(
    rf"\((?P<t>[A-Z0-9]{{1,6}}(?:/[A-Z])?)\s(?P<m>{'|'.join(_BLOOMBERG_MARKETS)})\)"
)
_NOT_TICKERS = frozenset({"IN", "ON", "AT", "TO", "OF", "IS", "US", "UK", "EU", "AND", "THE"})
# Japanese papers' code in angle brackets: "NICHIHA CORPORATION <7943> [TSE-P]"
_ANGLE_CODE = re.compile(r"<(?P<t>\d{4}|\d{3}[A-Z])>")
_STOCK_CODE = re.compile(r"\((?:HK\s*)?(?:stock\s+code|code)[:\s]+(?P<t>\d{1,5})\)", re.I)
# A code in letters, the market unsaid: "DXG Joint-Stock Company (code: DXG)"
_LETTER_CODE = re.compile(r"\((?i:stock\s+code|ticker|code)[:\s]+(?P<t>[A-Z]{2,5})\)")
# (the name may be followed by its "stock" or "shares": "Sociedad Quimica y Minera S.A. stock
# [NYSE: SQM]")
_NAME_BEFORE = re.compile(
    # ("Delta Electronics (Thailand) Public Company Limited": a country in brackets within)
    r"(?P<name>[A-Z][\w&'’.\-]*(?:\s+(?:[A-Z0-9][\w&'’.\-]*|&|and|of|de|y|\([A-Z][a-z]+\)))*"
    r"(?:,?\s+(?:Inc|Corp|Co|Ltd|plc|PLC|AG|SE|SA|NV|LLC|Limited|Holdings)\.?)?)"
    r"(?:\s+(?:stock|shares))?\s*$"
)


def ticker_id(exchange: str, ticker: str) -> str:
    """The id of a listing: the alias table's company when known, the index whose code the
    exchange gives it ("ASX: XJO"), else the ticker in Yahoo form (plain for US listings)."""
    ex = exchange.upper().strip()
    t = ticker.upper().strip()
    suffix = _EXCHANGES.get(ex, "")
    if ex == "TSE" and t.isdigit():
        suffix = ".T"
    if suffix and t.endswith(suffix):
        t = t[: -len(suffix)]  # "HK:00027.HK": the suffix written already
    if suffix == ".HK" and t.isdigit():
        t = t.lstrip("0").zfill(4)
    for candidate in (f"{t}{suffix}", f"{ex}: {t}", t if not suffix else ""):
        if candidate and (known := resolve(candidate, "company")):
            return known
    # an index's own code on its exchange ("S&P/ASX 200 (ASX: XJO)"): the index, not a company
    return resolve(f"{ex}: {t}", "index") or f"{t}{suffix}"


@dataclass(frozen=True, slots=True)
class Listed:
    """A listed company named in the text: its id and where the mention is."""

    id: str
    start: int
    end: int
    name: str | None = None


def find_listed(text: str) -> list[Listed]:
    """Every ticker in ``text`` with the company name written just before it, in order."""
    if not any(c in text for c in (":", "：", ".", "code", "-T", "-X", "-V", "<", "(")):
        return []  # no exchange prefix, Yahoo suffix or stock code can be there
    found = _prefixed(text)
    for m in _YAHOO.finditer(text):
        if not any(f.start <= m.start() < f.end + 2 for f in found):
            exchange = _SUFFIX_EXCHANGE.get(m.group("sfx"))  # ".BK": no prefix news writes
            ident = ticker_id(exchange, m["t"]) if exchange else resolve(m[0], "company") or m[0]
            found.append(Listed(ident, *m.span()))
    for m in _DASH_TICKER.finditer(text):
        if _abbreviates(m["t"] + m["ex"], text[: m.start()]):
            continue  # "the Income Tax (I-T) Department": its initials, no TSX ticker
        found.append(Listed(ticker_id(_DASH_LISTING[m.group("ex")], m.group("t")), *m.span()))
    for pattern, exchange in ((_STOCK_CODE, "HKG"), (_ANGLE_CODE, "TSE"), (_LETTER_CODE, "")):
        found += [Listed(ticker_id(exchange, m["t"]), *m.span()) for m in pattern.finditer(text)]
    for m in _BLOOMBERG.finditer(text):
        if m["t"] in _NOT_TICKERS:
            continue  # "(IN US)": words
        written = m["t"].replace("/", "-") + _BLOOMBERG_MARKETS[m["m"]]
        found.append(Listed(resolve(written, "company") or written, *m.span()))
    out = []
    for f in sorted(found, key=lambda x: x.start):
        # the name on the ticker's own line ("Goldman Sachs." ending the paragraph above a
        # "HK:00027.HK:GALAXY" line names nothing)
        lead = text[max(0, f.start - 80) : f.start].rsplit("\n", 1)[-1].rstrip(" (,[")
        named = _NAME_BEFORE.search(lead)
        name = named.group("name").strip() if named else None
        out.append(Listed(f.id, f.start, f.end, name))
    return out


# A company's ticker in brackets after its US legal form, the exchange unsaid, as US stock
# sites write it: "Brinker International Inc (EAT)", "Imax Corp. (IMAX)" (after "Ltd" or "plc"
# it is as often a code on the ASX or in London: "Zorvex Corporation Ltd (ZVX)")
_LEGAL_BRACKET = re.compile(r"\b(?:Inc|Corp|Co)\.?,?\s*\((?P<t>[A-Z]{1,5})\)")


def legal_bracket_tickers(text: str, listed: list[Listed]) -> list[Listed]:
    """The US tickers ``text`` writes in brackets after a company's legal name, where no
    exchange is written, outside the tickers ``listed`` already: a reading for articles of the
    US market only (elsewhere such a bracket holds a local code or an abbreviation). Initials
    of the words before, in brackets, are their abbreviation, no ticker.

    >>> [(t.id, t.name) for t in legal_bracket_tickers("Citi upgraded Imax Corp (IMAX).", [])]
    [('IMAX', 'Imax Corp')]
    >>> legal_bracket_tickers("The Philippine Stock Exchange Inc. (PSE) said so.", [])
    []
    """
    out = []
    for m in _LEGAL_BRACKET.finditer(text):
        ticker = m["t"]
        if (
            ticker in ACRONYMS
            or ticker in _NOT_TICKERS
            or any(f.start <= m.start("t") < f.end for f in listed)
        ):
            continue
        lead = text[max(0, m.start() - 80) : m.start("t") - 1].rsplit("\n", 1)[-1].rstrip(" (,")
        named = _NAME_BEFORE.search(lead)
        if named is None:
            continue
        name = named.group("name").strip()
        if not _initials_of(ticker, lead):
            out.append(Listed(ticker_id("NYSE", ticker), m.start("t") - 1, m.end(), name))
    return out


def _abbreviates(letters: str, before: str) -> bool:
    """Whether ``letters`` are the initials of the capitalised words right before them, one
    word each: "Income Tax (I-T)"."""
    words = re.findall(r"[A-Z][\w'’&-]*", before.rstrip()[-60:])
    tail = words[-len(letters) :] if len(words) >= len(letters) else []
    last = re.search(r"(?:[A-Z][\w'’&-]*\s+)*[A-Z][\w'’&-]*\s*$", before)
    joined = last is not None and len(last.group(0).split()) == len(letters)
    return joined and "".join(w[0] for w in tail) == letters


def _initials_of(letters: str, words: str) -> bool:
    """Whether ``letters`` are, in order, initials of the capitalised ``words`` (an
    abbreviation: "Quenwick, Brelmor & Co" gives "QBC")."""
    initials = iter(w[0] for w in re.findall(r"[A-Z][\w&'’.-]*", words))
    return all(letter in initials for letter in letters)


def _prefixed(text: str) -> list[Listed]:
    """The tickers written after their exchange: "(NASDAQ:CSIQ)", "NSE: INFY"."""
    found: list[Listed] = []
    for m in _tickers(text):
        if m["open"] is None and m["ex"].upper() in _ABROAD:
            continue  # "PSX: KSE-100 crosses ...": a column's label
        ticker = m.group("t")
        if text[m.end() : m.end() + 1].islower():
            ticker = ticker[:-1]  # "COSTFree Report": the F starts the glued link
        if ticker:
            found.append(Listed(ticker_id(m.group("ex"), ticker), m.start(), m.end()))
    return found


_COLON = re.compile("[:：]")
# room for "( ", the longest exchange's name and spaces before a colon; spaces and the longest
# ticker after it
_BEFORE_COLON = 12 + max(map(len, _PREFIX.split("|")))
_AFTER_COLON = 40


def _tickers(text: str) -> Iterator[re.Match[str]]:
    """`_TICKER`'s matches, as its `finditer` gives them, looked for only around a colon (every
    match has one; most text has few), so that the long exchange alternation is not tried at
    each position of an article."""
    end = 0  # matches do not overlap: the next starts after the last
    for colon in _COLON.finditer(text):
        lo = max(end, colon.start() - _BEFORE_COLON)
        m = _TICKER.search(text, lo, colon.end() + _AFTER_COLON)
        if m is not None and m.start() >= end:
            yield m
            end = m.end()


# A ticker written bare, as stock sites write it: "The 52-week range on WVE", "WVE shares"
_BARE_TICKER = re.compile(r"(?<![\w$.&/-])[A-Z]{2,5}(?![\w&/-]|\.\w)")
_STOCK_AFTER = re.compile(r"\s+(?:shares?|stock)\b|['’]s\s+(?:shares?|stock)\b")
_STOCK_BEFORE = re.compile(
    r"\b(?:shares\s+of|performance\s+of|range\s+on|for)\s+$|"
    # a company's name before its ticker in brackets: "Occidental Petroleum (OXY)"
    r"\b[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4}\s+\($"
)
#: Words written in capitals that are no company: roles, figures, filings, ratings
ACRONYMS = frozenset(
    {
        "CEO",
        "CFO",
        "COO",
        "CTO",
        "EPS",
        "ETF",
        "IPO",
        "GDP",
        "SEC",
        "FDA",
        "EBIT",
        "EBITDA",
        "NYSE",
        "AMEX",
        "OTC",
        "YTD",
        "YOY",
        "QOQ",
        "TTM",
        "ESG",
        "CAGR",
        "ROE",
        "ROI",
        "NAV",
        "AGM",
        "EGM",
        "BUY",
        "SELL",
        "HOLD",
        "PE",
        "PEG",
        "RSI",
        "MACD",
        "LLC",
        "INC",
        "LTD",
        "PLC",
        "USA",
        "AI",
        "EV",
        "EVS",
        "IT",
        "UK",
        "US",
        "EU",
        "UN",
        "CEOS",
        "NOTE",
    }
)
_TICKER_TIMES = 3  # a bare ticker the article writes at least this often, once beside "shares"


def _bare_ticker(text: str) -> str | None:
    """The ticker an article with no other subject writes bare and often, once as a stock's
    ("154.09 million WVE shares", "The price performance of WVE"), else None.

    >>> _bare_ticker("WVE fell. The range on WVE shows it. 154 million WVE shares trade.")
    'WVE'
    >>> _bare_ticker("The CEO spoke. The CEO left. CEO shares fell.") is None
    True
    >>> _bare_ticker("OXY led. Occidental Petroleum (OXY) stands out. OXY got two upgrades.")
    'OXY'
    >>> _bare_ticker("ESG rose. Environmental Rules (ESG) apply. ESG matters.") is None
    True
    """
    counts = Counter(m.group(0) for m in _BARE_TICKER.finditer(text))
    for token, n in counts.most_common(3):
        if n < _TICKER_TIMES or token in ACRONYMS or token in CURRENCY_CODES:
            continue
        for m in re.finditer(rf"(?<![\w$.&/-]){token}(?![\w&/-])", text):
            before = _STOCK_BEFORE.search(text, max(0, m.start() - 80), m.start())
            if _STOCK_AFTER.match(text, m.end()) or (
                before and (before.group(0)[-1] != "(" or text.startswith(")", m.end()))
            ):
                return token
    return None
