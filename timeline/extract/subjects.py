"""Whose fact is it? Listed companies from tickers and names, for the article and each sentence.

Tickers are read in every form financial news writes them (``(NASDAQ:CSIQ)``, ``(NYSE: BABA)``,
``(HKG:9988)``, ``NSE: INFY``, ``(TSE:7203)``, ``9988.HK``) and turned into one id: the alias
table's when it knows the company (so cross-listings meet), else the plain ticker for a US
listing and the Yahoo form (``0700.HK``, ``INFY.NS``, ``7203.T``, ``SIE.DE``) elsewhere. A
company absent from the alias table is still a subject: the name written before its ticker
names it for the rest of the article.

The article's subject is decided from the whole article: the headline, the tickers, and how
often and where each company is named; a dateline's place name never counts. A sentence about
another company (a market wrap, a peer) gives its own subject.

Examples
--------
>>> from timeline.extract.subjects import ticker_id, Subjects
>>> ticker_id("HKG", "2382"), ticker_id("NSE", "INFY"), ticker_id("NASDAQ", "CSIQ")
('2382.HK', 'INFY.NS', 'CSIQ')
>>> ticker_id("NYSE", "BABA"), ticker_id("HKEX", "9988")  # the alias table knows both
('BABA', 'BABA')
>>> text = "NEW YORK, March 20 (Reuters) - Canadian Solar Inc. (NASDAQ:CSIQ) rose 4%."
>>> s = Subjects.of(text, "Canadian Solar shares rise")
>>> s.article, s.exchange
('CSIQ', 'XNYS')
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from timeline.entities import canonical, normalise, resolve
from timeline.extract.markets import LISTING_SUFFIX, exchange_of, market_of
from timeline.extract.mentions import find_entities
from timeline.extract.numbers import AMOUNT_WORDS, CURRENCY_CODES
from timeline.extract.places import is_place

__all__ = ["Subjects", "find_listed", "ticker_id"]

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
}
# Yahoo suffix -> the first exchange prefix that gives it (to read "0700.HK" as "HKG: 700")
_SUFFIX_EXCHANGE = {v: k for k, v in reversed(_EXCHANGES.items()) if k != "TSE:NUM"}
_PREFIX = "|".join(sorted((re.escape(k) for k in _EXCHANGES if k != "TSE:NUM"), key=len)[::-1])
# The exchange in any case ("Nasdaq:"); the ticker in capitals, so that a link glued to it
# ("(NASDAQ:COSTFree Report)") is not read as part of it.
_TICKER = re.compile(
    rf"(?P<open>[(\[]\s*)?\b(?P<ex>(?i:{_PREFIX}))\s*[:：]\s*"
    r"(?P<t>[A-Z0-9](?:[A-Z0-9]|[.\-](?=[A-Z0-9])){0,11})(?![a-z])?"
)
_YAHOO = re.compile(r"\b(?P<t>[A-Z0-9][A-Z0-9\-]{0,9})(?P<sfx>\.(?:HK|NS|BO|T|DE|PA|L|AS|CO|SW))\b")
# Canadian papers' ticker in parentheses: "(PBH-T)" on the TSX, "(XYZ-X)" on the TSX Venture
_DASH_LISTING = {"T": "TSX", "X": "TSXV"}
_DASH_TICKER = re.compile(r"\((?P<t>[A-Z][A-Z0-9.]{0,6})-(?P<ex>[TX])\)")
# Japanese papers' code in angle brackets: "NICHIHA CORPORATION <7943> [TSE-P]"
_ANGLE_CODE = re.compile(r"<(?P<t>\d{4}|\d{3}[A-Z])>")
_STOCK_CODE = re.compile(r"\((?:HK\s*)?(?:stock\s+code|code)[:\s]+(?P<t>\d{1,5})\)", re.I)
_SUFFIXES = re.compile(
    r"[\s,]+(?:(?:and|&)\s+(?:Co|Company)|Inc|Incorporated|Corp|Corporation|Co|Company|Ltd|Limited|"
    r"plc|PLC|AG|SE|SA|S\.A|NV|"
    r"N\.V|Holdings?|Group|LLC|LP|Bhd|Tbk|ASA|AB|A/S|Oyj|SpA|KK|K\.K)\.?$"
)
_NAME_BEFORE = re.compile(
    r"(?P<name>[A-Z][\w&'’.\-]*(?:\s+(?:[A-Z0-9][\w&'’.\-]*|&|and|of|de))*"
    r"(?:,?\s+(?:Inc|Corp|Co|Ltd|plc|PLC|AG|SE|SA|NV|LLC|Limited|Holdings)\.?)?)\s*$"
)
# A dateline: "NEW YORK, March 20, 2026 (Reuters) -", "MUMBAI (Reuters) -", "Hong Kong, Jan 3 —"
_DATELINE_DATE = r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?\s*"
_DATELINE_AGENCY = r"\((?:[A-Za-z .]+)\)\s*"
# "NEW YORK, March 20 (Reuters) -", "Mumbai, Dec 30:", "Taipei, Aug. 11 (CNA) Shares ..."
_DATELINE_RE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Za-z.'\-]+(?:\s+[A-Z][A-Za-z.'\-]+){0,3}),?\s+"
    rf"(?:(?P<dated>{_DATELINE_DATE})?(?P<agency>{_DATELINE_AGENCY})?[-—–]+|"
    rf"{_DATELINE_DATE}(?:{_DATELINE_AGENCY}[-—–:]*|[-—–:]+))\s*",
)


def _dateline(line: str) -> re.Match[str] | None:
    """A dateline opening ``line``: with a date or an agency, or a place before a dash
    ("NEW YORK -", "Mumbai -"), or an agency and a date in brackets ("[ET Net News Agency, 8
    December 2025]"); "Unilever – first-half profits jump" is a company and a dash."""
    if bracketed := _BRACKETED_DATELINE.match(line):
        return bracketed
    m = _DATELINE_RE.match(line)
    if m is None or m.group("dated") or m.group("agency"):
        return m
    place = m.group("place") or ""
    dashed = re.search(r"[-—–]+\s*$", m.group(0)) is not None
    return m if not dashed or place.isupper() or is_place(place) else None


_BRACKETED_DATELINE = re.compile(r"^\[[^\]]{3,80}\b(?:19|20)\d\d\]\s*")

# A broker's action on a company in a title: "CFRA Lowers Opinion On Shares Of Darden
# Restaurants Inc To Sell From Hold", "Quenwick raises target for Zorvex to $40"
_RATED_IN_TITLE = re.compile(
    r"\b(?i:opinion|rating|target(?:\s+price)?|price\s+target|recommendation)\s+(?i:on|for)\s+"
    r"(?:(?i:shares|stock)\s+(?i:of)\s+)?"
    r"(?P<co>[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|&)){0,4}?)"
    r"(?=\s+(?i:to|from|at|after|amid|as|despite|ahead|following|with|on|over|in|by)\b|"
    r"\s*[,:;(]|$)"
)

_SHARE_WORDS = frozenset(
    {"shares", "stock", "stocks", "share", "price", "target", "the", "a", "an", "its", "analysts"}
)


def ticker_id(exchange: str, ticker: str) -> str:
    """The id of a listing: the alias table's company when known, else the ticker in Yahoo
    form (plain for US listings)."""
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
    return f"{t}{suffix}"


@dataclass(frozen=True, slots=True)
class Listed:
    """A listed company named in the text: its id and where the mention is."""

    id: str
    start: int
    end: int
    name: str | None = None


def find_listed(text: str) -> list[Listed]:
    """Every ticker in ``text`` with the company name written just before it, in order."""
    if not any(c in text for c in (":", "：", ".", "code", "-T)", "-X)", "<")):
        return []  # no exchange prefix, Yahoo suffix or stock code can be there
    found: list[Listed] = []
    for m in _TICKER.finditer(text):
        ticker = m.group("t")
        if text[m.end() : m.end() + 1].islower():
            ticker = ticker[:-1]  # "COSTFree Report": the F starts the glued link
        if ticker:
            found.append(Listed(ticker_id(m.group("ex"), ticker), m.start(), m.end()))
    for m in _YAHOO.finditer(text):
        if not any(f.start <= m.start() < f.end + 2 for f in found):
            exchange = _SUFFIX_EXCHANGE[m.group("sfx")]
            found.append(Listed(ticker_id(exchange, m.group("t")), *m.span()))
    for m in _DASH_TICKER.finditer(text):
        found.append(Listed(ticker_id(_DASH_LISTING[m.group("ex")], m.group("t")), *m.span()))
    for pattern, exchange in ((_STOCK_CODE, "HKG"), (_ANGLE_CODE, "TSE")):
        found += [Listed(ticker_id(exchange, m["t"]), *m.span()) for m in pattern.finditer(text)]
    out = []
    for f in sorted(found, key=lambda x: x.start):
        # the name on the ticker's own line ("Goldman Sachs." ending the paragraph above a
        # "HK:00027.HK:GALAXY" line names nothing)
        lead = text[max(0, f.start - 80) : f.start].rsplit("\n", 1)[-1].rstrip(" (,[")
        named = _NAME_BEFORE.search(lead)
        name = named.group("name").strip() if named else None
        out.append(Listed(f.id, f.start, f.end, name))
    return out


def _short_names(name: str) -> list[str]:
    """A company name and its forms without a legal suffix: "Canadian Solar Inc." ->
    ["Canadian Solar Inc.", "Canadian Solar"]."""
    words = name.split()
    while words and words[0].lower() in _SHARE_WORDS | {"shares", "of"}:
        words = words[1:]
    full = " ".join(words)
    out = [full] if full else []
    bare = _SUFFIXES.sub("", full)
    while bare != full and bare:
        out.append(bare)
        full, bare = bare, _SUFFIXES.sub("", bare)
    return [n for n in out if len(n) >= 3 and n[:1].isupper()]


@dataclass(slots=True)
class Subjects:
    """The companies of one article: a local name table, the article's subject, its market,
    and every company mention of the article text (read once, used for each sentence)."""

    article: str
    names: dict[str, str] = field(default_factory=dict)
    found: tuple[tuple[int, str], ...] = ()
    market: str | None = None
    words: frozenset[str] = frozenset()  # the words the article writes in lower case
    _pattern: re.Pattern[str] | None = None

    @property
    def exchange(self) -> str:
        """The exchange-calendars code of the article's market: its subject's listing, else
        (a plain ticker or a name) the market the article's own words point to, else NYSE."""
        if LISTING_SUFFIX.search(self.article) or self.market is None:
            return exchange_of(self.article)
        return self.market

    @classmethod
    def of(
        cls, text: str, title: str, given: str | None = None, shun: frozenset[str] = frozenset()
    ) -> Subjects:
        """Decide the subject of an article (``given`` wins: the manifest's or ``--subject``);
        none of ``shun`` (names the article's own events show acting on a company: a broker
        that rates it, a fund that buys it) is its subject."""
        names: dict[str, str] = {}
        counts: Counter[str] = Counter()
        title, body_start = _heading(title)
        listed = find_listed(text)
        for ticker in listed:
            weight = 4 if ticker.start < body_start else 3
            counts[ticker.id] += weight + (2 if ticker.start < body_start + 400 else 0)
            for form in _short_names(ticker.name or ""):
                names.setdefault(normalise(form), ticker.id)
        words = frozenset(re.findall(r"(?<![\w'’-])[a-z][a-z'’-]+(?![\w'’-])", text))
        subjects = cls(given or "UNKNOWN", names, market=market_of(text), words=words)
        subjects.found = tuple(subjects.mentions(text, listed))
        place = _dateline_span(text)
        for mention, company in subjects.found:
            if place[0] <= mention < place[1]:
                continue  # a dateline's place is not a company
            weight = 5 if mention < body_start else (2 if mention < body_start + 300 else 1)
            counts[company] += weight
        for name in shun:
            counts.pop(name, None)
        if given is None and (index := _wrapped_index(text, title, subjects.found, listed)):
            subjects.article = index  # a market wrap: the index its title's market moves with
        elif given is None:
            subjects.article = subjects._company(
                text, title, body_start=body_start, counts=counts, listed=listed, shun=shun
            )
        return subjects

    def _company(
        self,
        text: str,
        title: str,
        *,
        body_start: int,
        counts: Counter[str],
        listed: list[Listed],
        shun: frozenset[str],
    ) -> str:
        """The company of an article that is no market wrap: the one the mentions favour
        (``counts``), unless the title names another the body repeats."""
        body = text[body_start:]
        top = counts.most_common(1)[0] if counts else None
        titled = _from_title(title, body, shun)
        if titled and body_start == 0:  # a lead's "Korean Air Co." is "Korean Air"
            titled = (_short_names(titled) or [titled])[-1]
        if titled in shun:
            titled = None
        named = _as_company(titled, body) if titled else 0
        if (
            top is not None
            and top[1] >= 3
            and not self._outnamed(top[0], titled, named, body_start, listed)
        ):
            titled = None  # a company the mentions favour, unless the title's outnames it
        if top is not None and (titled is None or named < 2):
            return top[0]  # a ticker, or a company named early or in the title
        # one passing mention loses to the company the title heads and the body repeats
        bodied = titled or self._from_body(body)
        if bodied and bodied not in shun:
            return bodied
        ticker = _bare_ticker(text)
        return ticker if ticker and ticker not in shun else "UNKNOWN"

    def _outnamed(
        self, top: str, titled: str | None, named: int, body_start: int, listed: list[Listed]
    ) -> bool:
        """Whether the company the title names (``titled``, which no table knows; the body
        names it as a company ``named`` times) outweighs the known company ``top`` the mentions
        favour: the title does not name ``top``, no ticker does, and the body names ``titled``
        more often than ``top`` ("Xiaomi unveils new phone and car" beside three mentions of
        Apple)."""
        if titled is None or normalise(titled) in self.names or top in self.names.values():
            return False
        if any(t.id == top for t in listed):
            return False
        if any(at < body_start for at, c in self.found if c == top):
            return False
        return named > sum(1 for _, c in self.found if c == top)

    def _from_body(self, body: str) -> str | None:
        """The company of an article whose title names none ("Upgrades & Downgrades"): of
        the names the body gives with a legal suffix ("DOMAIN HOLDINGS LIMITED"), the one
        it names most often, in any case or by its first word, at least twice. Its forms
        join this article's name table.

        >>> s = Subjects("UNKNOWN")
        >>> s._from_body("ZORVEX MINING LIMITED was upgraded. Zorvex's target was cut.")
        'Zorvex Mining'
        >>> s.id_of("Zorvex")
        'Zorvex Mining'
        """
        tally: Counter[str] = Counter()
        written: dict[str, str] = {}
        for m in _LEGAL_NAME.finditer(body):
            forms = _short_names(m.group(0).title() if m.group(0).isupper() else m.group(0))
            if not forms:
                continue
            key = normalise(forms[-1])
            first = re.escape(forms[-1].split()[0])
            tally[key] = len(re.findall(rf"(?<![\w]){first}(?![\w])", body, re.I))
            if _SHARES_BEFORE.search(body, 0, m.start()) or _SHARES_AFTER.match(body, m.end()):
                tally[key] += 2  # "Shares of Rathi Steel and Power Limited surged": whose shares
            later = re.search(re.escape(forms[-1]), body[m.end() :], re.I)
            written.setdefault(key, later.group(0) if later else forms[-1])
        if not tally:
            return None
        key, named = tally.most_common(1)[0]
        if named < 2:
            return None
        upper = written[key].isupper() and len(written[key]) > _ACRONYM
        name = written[key].title() if upper else written[key]
        self.names.setdefault(key, name)
        return name

    def mentions(self, text: str, listed: list[Listed] | None = None) -> list[tuple[int, str]]:
        """(offset, id) of every company named in ``text``: the alias table's and this
        article's own names and tickers (``listed``: the tickers, when already found)."""
        known = find_entities(text, kinds=("company",))
        out = [(m.start, m.id) for m in known]
        taken = [(m.start, m.end) for m in known]
        if self.names:
            if self._pattern is None:
                alts = sorted(self.names, key=len, reverse=True)
                body = "|".join(r"\s+".join(map(re.escape, a.split())) for a in alts)
                self._pattern = re.compile(rf"(?<![\w$])(?:{body})(?:['’]s)?(?![\w-])", re.I)
            for m in self._pattern.finditer(text):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                key = normalise(_POSSESSIVE.sub("", m.group(0)))
                if key in self.names:
                    out.append((m.start(), self.names[key]))
                    taken.append(m.span())
        for ticker in find_listed(text) if listed is None else listed:
            if not any(a <= ticker.start < b + 3 for a, b in taken):
                out.append((ticker.start, ticker.id))
        return sorted(out)

    def id_of(self, name: str) -> str:
        """The id of a company named in this article ("Amazon.com Inc." -> "AMZN"): the
        article's own names and tickers, then the alias table; a name no table holds is
        the article's own company when it is that company's name in another form ("Titan
        Ltd", "Titan's" in an article about "Titan"), else the name as written, without its
        possessive.

        >>> Subjects("ACME", {"acme": "ACME"}).id_of("Acme Corp.")
        'ACME'
        >>> s = Subjects("Zorvex")
        >>> s.id_of("Zorvex Ltd"), s.id_of("Zorvex’s"), s.id_of("Quillon Industries Inc.'s")
        ('Zorvex', 'Zorvex', 'Quillon Industries Inc.')
        >>> s.id_of("Quillon.")
        'Quillon'

        """
        name = _POSSESSIVE.sub("", name.strip())
        if name.endswith(".") and name[:-1].rsplit(maxsplit=1)[-1].lower() not in _ABBREVIATIONS:
            name = name[:-1]  # "for Zorvex.": the sentence's end, not the name's
        forms = _short_names(name) or [name]
        for form in forms:
            key = normalise(form)
            if key in self.names:
                return self.names[key]
            known = resolve(form)
            if known:
                return known
        if any(normalise(form) == normalise(self.article) for form in forms):
            return self.article
        return self._by_first_word(name) or canonical(name)

    def company_named(self, name: str) -> str | None:
        """The id of the company ``name`` is, when it is surely one: the alias table's, this
        article's own, or a name with its legal form ("Shree Cement Limited"); else None (a
        broker, an investor, an index, or a capitalised name that may be anything).

        >>> s = Subjects("ACME", {"acme": "ACME"})
        >>> s.company_named("Acme's"), s.company_named("Zorvex Cement Limited")
        ('ACME', 'Zorvex Cement')
        >>> s.company_named("Morgan Stanley"), s.company_named("Marlow Lite")
        (None, None)
        """
        name = _POSSESSIVE.sub("", name.strip())
        known = find_entities(name)
        if known and len(known[0].text) >= len(name) - 1:
            return known[0].id if known[0].kind == "company" else None
        if normalise(name) in self.names or normalise(name) == normalise(self.article):
            return self.id_of(name)
        if _LEGAL_NAME.fullmatch(name):
            return self.id_of(_short_names(name)[-1] if _short_names(name) else name)
        return None

    def is_word(self, name: str) -> bool:
        """Whether ``name`` is a word written with a capital, not a name: a currency or unit
        ("Rs"), or one word that no table knows and that the article writes in lower case
        elsewhere ("Based on ...": a sentence's first word).

        >>> s = Subjects.of("Based on this, Zorvex fell. It is based in Oslo.", "Zorvex falls")
        >>> s.is_word("Based"), s.is_word("Zorvex"), s.is_word("Rs")
        (True, False, True)
        """
        name = _POSSESSIVE.sub("", name.strip())
        return name.lower().strip(".") in _AMOUNT_WORDS or (
            " " not in name
            and not name.isupper()
            and name.lower() in self.words
            and normalise(name) not in self.names
            and resolve(name) is None
        )

    def _by_first_word(self, name: str) -> str | None:
        """A one-word name that opens exactly one of this article's listed names: "Wisetech"
        after "WiseTech Global Ltd (ASX: WTC)".

        >>> Subjects("X", {"wisetech global": "WTC.AX"})._by_first_word("Wisetech")
        'WTC.AX'
        """
        if " " in name.strip() or len(name) < 4:
            return None
        key = normalise(name)
        ids = {i for n, i in self.names.items() if n.split()[0] == key and " " in n}
        return ids.pop() if len(ids) == 1 else None

    def names_article(self, start: int, end: int) -> bool:
        """Whether the article's own company is named between offsets ``start`` and ``end``."""
        return any(start <= at < end and c == self.article for at, c in self.found)

    def of_sentence(self, text: str, start: int | None = None, section: str | None = None) -> str:
        """The subject of one sentence: the section's (``section``, else the article's),
        unless the sentence opens on another company and never names that one. With
        ``start``, the sentence's offset in the article, the mentions found when the
        article was read are used.

        >>> s = Subjects("ACME", {"acme": "ACME", "globex": "GBX"})
        >>> s.of_sentence("Globex shares rose 3%."), s.of_sentence("Shares rose 3%.", section="GBX")
        ('GBX', 'GBX')
        """
        own = section or self.article
        named = self._named_in(text, start)
        if not named or any(c == own for _, c in named):
            return own
        first_at, first = named[0]
        lead = text[:first_at]
        if first_at <= 60 and not re.search(r"\b(?:than|like|rival|peer|versus|vs)\b", lead, re.I):
            return first
        return own

    def of_heading(self, text: str, start: int | None = None) -> str | None:
        """The company a section heading introduces ("WiseTech Global Ltd (ASX: WTC)",
        "Acme Corp: buy"): the one company a short heading names, else None.

        >>> Subjects("ACME", {"acme": "ACME"}).of_heading("Globex Corp (NYSE: GBX)")
        'GBX'
        >>> Subjects("ACME").of_heading("Zorvex Corporation Ltd (ZVX)")
        'Zorvex Corporation Ltd'
        """
        named = {c for _, c in self._named_in(text, start)}
        if not named and (ticked := _NAME_TICKER_LINE.fullmatch(text.strip())):
            name = ticked.group("name")  # "SOCO Corporation Ltd (SOC)": a section's company
            return None if find_entities(name) else self.id_of(name)
        if len(named) != 1 or len(text) > _SECTION_HEADING_MAX:
            return None
        # a ticker, or a heading of a few words only: a section about the company, not a
        # subheading that mentions it ("Why analysts prefer Globex to its peers")
        return named.pop() if find_listed(text) or len(text.split()) <= 5 else None

    def of_label(self, text: str) -> str | None:
        """The company a label line opens a section for: a line that is only a name and a
        colon ("- KEI Industries:", "Infosys:"), as stock-call lists head each company's
        calls. A broker, an index or a generic label ("Key takeaways:") opens none.

        >>> s = Subjects("ACME", {"acme": "ACME"})
        >>> s.of_label("- Zorvex Mining:"), s.of_label("Acme:"), s.of_label("Morgan Stanley:")
        ('Zorvex Mining', 'ACME', None)
        >>> s.of_label("Top Picks:"), s.of_label("Analysts said:")
        (None, None)
        """
        m = _LABEL.fullmatch(text.strip())
        if m is None:
            return None
        name = m.group("name")
        words = [w.lower() for w in name.split()]
        if any(w in _TITLE_GENERIC or w in _TITLE_STOP or w in _LABEL_GENERIC for w in words):
            return None
        known = find_entities(name)
        if known and known[0].kind != "company" and len(known[0].text) == len(name):
            return None
        return self.id_of(name)

    def _named_in(self, text: str, start: int | None) -> list[tuple[int, str]]:
        if start is None:
            return self.mentions(text)
        end = start + len(text)
        return [(at - start, c) for at, c in self.found if start <= at < end]


def _heading(first_line: str) -> tuple[str, int]:
    """The title and where the body starts: a first line that is the lead, not a title, is
    body, and its first sentence stands for the title."""
    if _LEAD.search(first_line) or len(first_line) > _TITLE_MAX:
        return re.split(r"(?<=[a-z)’'][.!?])\s+(?=[A-Z])", first_line, maxsplit=1)[0], 0
    return first_line, len(first_line)


# A first line that is no title but the article's lead: sentences, or longer than titles run
_LEAD = re.compile(r"[a-z)’'][.!?]\s+[A-Z]")
_TITLE_MAX = 160  # characters


# A company's name with its legal form, in any case: "Acme Holdings Ltd", "ACME LIMITED"
_LEGAL_NAME = re.compile(
    r"\b[A-Z][\w&'’-]*(?:\s+(?:and\s+)?[A-Z][\w&'’-]*){0,4}\s+"  # "Rathi Steel and Power Ltd"
    r"(?:(?i:Limited|Ltd|Inc|Incorporated|Corp|Corporation|plc|AG|SE|SA|NV|Holdings|Group)\b\.?|"
    r"(?:and|&)\s+(?:Company|Co)\b\.?)"  # "Eli Lilly and Company", "Procter & Gamble Co."
)
# A company whose shares the text speaks of: "Shares of Acme Ltd", "Acme Ltd's shares"
_SHARES_BEFORE = re.compile(r"\b(?:shares|stock|scrip)\s+of\s+$", re.I)
_SHARES_AFTER = re.compile(r"(?:['’]s)?\s+(?:shares|stock|scrip)\b", re.I)
# Words a name may end on with their period: "Quillon Industries Inc."
_ABBREVIATIONS = frozenset(
    ["inc", "corp", "co", "cos", "ltd", "bhd", "plc", "hldgs", "intl", "mfg", "bros", "n.v", "s.a"]
)
_ACRONYM = 4  # letters: "PCR" stays as written, "DOMAIN HOLDINGS" is title-cased
_AMOUNT_WORDS = frozenset(w.lower() for w in AMOUNT_WORDS)
_POSSESSIVE = re.compile(r"['’]s?$")
_SECTION_HEADING_MAX = 90  # characters: a name and a ticker, not a headline's sentence
# A line that is a company's name and its bare ticker, as small-cap roundups head each company
_NAME_TICKER_LINE = re.compile(
    r"(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,5})\s*\((?:[A-Z]{2,6}:\s*)?[A-Z0-9]{2,6}\)"
)
# A label line: a list marker at most, a name of up to six words, a colon, nothing after it
_LABEL = re.compile(
    r"(?:[-•*·▪◦–]\s*)?(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:[A-Z0-9][\w&.'’-]*|of|and|&)){0,5})\s*:"
)
# Labels of an article's parts, not of a company: "Key takeaways:", "Outlook:", "Note:"
_LABEL_GENERIC = frozenset(
    [
        "key",
        "takeaways",
        "outlook",
        "note",
        "notes",
        "summary",
        "source",
        "sources",
        "disclaimer",
        "upgrades",
        "downgrades",
        "picks",
        "gainers",
        "losers",
        "sector",
        "sectors",
        "highlights",
        "view",
        "views",
        "rating",
        "ratings",
        "target",
        "targets",
        "verdict",
        "why",
        "also",
        "related",
        "read",
        "more",
        "updates",
        "earnings",
        "results",
        "q1",
        "q2",
        "q3",
        "q4",
        # a person's role: "CEO Jamie Dimon:" heads what a person said
        "ceo",
        "cfo",
        "chairman",
        "chairwoman",
        "founder",
        "president",
        "director",
        "analyst",
        "minister",
        "governor",
        "chief",
    ]
)


# A title about a market, not a company: "HK stocks end the day down", "Sensex falls 300 points"
_MARKET_TITLE = re.compile(
    r"\b(?i:stocks|equities|markets?|bourses?|indices|index|benchmarks?|blue[\s-]chips)\b"
)
_WRAP_LEAD = 600  # characters of the body where a wrap names its index
_SHARES_OF_PLACE = re.compile(r"\b(?P<place>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+(?i:shares)\b")


def _places_shares(title: str) -> bool:
    """Whether a title speaks of a market's shares and of no company: "NZ shares sink",
    "European shares rise" (not "Zorvex shares sink", "Taiwan shares end up as Zorvex hits a
    high").

    >>> _places_shares("NZ shares sink on earnings"), _places_shares("Zorvex shares sink")
    (True, False)
    >>> _places_shares("Taiwan shares end up as Zorvex hits intraday high")
    False
    """
    places = [m for m in _SHARES_OF_PLACE.finditer(title) if is_place(m.group("place"))]
    names = [" ".join(run) for run in _title_runs(title)[0]]
    return bool(places) and all(is_place(name) for name in names)


def _wrapped_index(
    text: str, title: str, found: tuple[tuple[int, str], ...], listed: list[Listed]
) -> str | None:
    """The index a market wrap is about: a title that names a market or an index and no
    company, and the first index the title or the body's opening names.

    >>> _wrapped_index("HK stocks fall\\n\\nThe Hang Seng Index fell 1%. Zorvex rose.",
    ...                "HK stocks fall", (), [])
    'HSI'
    """
    end = len(title)
    if any(at < end for at, _ in found) or any(t.start < end for t in listed):
        return None
    indices = find_entities(text[: end + _WRAP_LEAD], kinds=("index",))
    titled = [m for m in indices if m.start < end]
    if not titled and not (_MARKET_TITLE.search(title) or _places_shares(title)):
        return None
    return (titled or indices)[0].id if indices else None


def _dateline_span(text: str) -> tuple[int, int]:
    """Where a leading dateline's place and date stand (offsets into ``text``), if any."""
    offset = 0
    for line in text.split("\n")[:6]:
        m = _dateline(line)
        if m:
            return offset, offset + m.end()
        offset += len(line) + 1
    return 0, 0


_TITLE_STOP = frozenset(
    [
        "stock",
        "stocks",
        "shares",
        "share",
        "says",
        "said",
        "can",
        "could",
        "will",
        "may",
        "is",
        "are",
        "has",
        "have",
        "to",
        "as",
        "on",
        "in",
        "at",
        "for",
        "of",
        "and",
        "after",
        "with",
        "from",
        "by",
        "up",
        "down",
        "gains",
        "gain",
        "falls",
        "fall",
        "rises",
        "rise",
        "jumps",
        "drops",
        "beats",
        "misses",
        "reports",
        "posts",
        "sees",
        "raises",
        "cuts",
        "lifted",
        "upgraded",
        "downgraded",
        "crash",
        # closed-class words heading a title: "Inside the Market's roundup", "Why Zorvex ..."
        "inside",
        "outside",
        "behind",
        "beyond",
        "amid",
        "into",
        "why",
        "how",
        "what",
        "when",
        "where",
        "who",
        "which",
        "this",
        "these",
        "here",
        "there",
        "despite",
        "ahead",
        "before",
        "during",
    ]
)
_CALENDAR = frozenset(
    [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Jan",
        "Feb",
        "Mar",
        "Apr",
        "Jun",
        "Jul",
        "Aug",
        "Sep",
        "Sept",
        "Oct",
        "Nov",
        "Dec",
        "Q1",
        "Q2",
        "Q3",
        "Q4",
        "FY",
    ]
)
_TITLE_GENERIC = frozenset(
    [
        "the",
        "a",
        "an",
        "why",
        "how",
        "what",
        "here",
        "this",
        "these",
        "stocks",
        "markets",
        "market",
        "wall",
        "street",
        "top",
        "best",
        "buy",
        "sell",
        "hot",
        "new",
        "analyst",
        "analysts",
        "brokerages",
        "brokers",
        "benchmark",
        "benchmarks",
        "indices",
        "index",
        "shares",
        "equities",
        "investors",
        "breaking",
        "update",
        "exclusive",
        "watch",
        "live",
        # a column's label: "Closing bell — Saudi main index drops", "Morning briefing: ..."
        "closing",
        "opening",
        "morning",
        "evening",
        "midday",
        "weekly",
        "daily",
        "briefing",
        "wrap",
        "roundup",
        # a column's or a story's word, not a name: "Earnings fall", "Movers, shakers and ..."
        "earnings",
        "results",
        "movers",
        "shakers",
        # a time stamp's: "11:41 AM EDT, 06/24/2024 (MT Newswires) -- Alcon ..."
        "am",
        "pm",
        "edt",
        "est",
        "gmt",
        "bst",
        "ist",
        "utc",
    ]
)


# A lead about a trade in a company's shares names it so: "... sent shares of Singapore
# Airlines (SIA) tumbling", "an exit from its holding in Tele2 Group", "a sale of its stake in
# Ooredoo"; the investor trading them is no subject
_SHARES_IN_LEAD = re.compile(
    r"\b(?:(?:sent|pushed|drove|sending|pushing)\s+shares\s+(?:of|in)|"
    r"(?:exit|sale|sell-down)\s+(?:from|of)\s+(?:its|their|his|her|the)\s+(?:remaining\s+)?"
    r"(?:holding|stake|shares)\s+in)\s+"
    r"(?P<co>[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|&)){0,3}?)"
    r"(?=\s*(?:\(|,|\s+(?:tumbling|tumble|sliding|lower|higher|soaring|plunging|down|up|to|for|"
    r"Group|$))|$)"
)
# A title about an investor's stake names the company the stake is in: "Elliott Starts to Sell
# Southwest Stake", "Exor Takes 15% Stake in Philips", "Hancock Raises Liontown Holding"; the
# stake is always named ("Markets Take a Breather" is no stake)
_STAKE_IN_TITLE = re.compile(
    r"\b(?i:sells?|selling|buys?|buying|takes?|taking|raises?|cuts?|trims?|boosts?|builds?|"
    r"dumps?|exits?|ups|lifts?|adds?\s+to|starts?\s+to\s+sell|offloads?)\s+"
    r"(?:(?i:its|a|an|the|entire|more|stake\s+in)\s+)*(?:[\d.]+\s?(?:%|(?i:per\s?cent|percent))\s+)?"
    r"(?:(?P<in>(?i:stake|holding|interest|position)\s+(?i:in)\s+))?"
    r"(?P<co>[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.-]*|of|&)){0,3}?)(?:['’]s)?"
    r"(?:\s+(?i:stake|holding|shares|position)\b|(?(in)(?:\s*$|\s*[,:;])|(?!)))"
)


# A ticker written bare, as stock sites write it: "The 52-week range on WVE", "WVE shares"
_BARE_TICKER = re.compile(r"(?<![\w$.&/-])[A-Z]{2,5}(?![\w&/-]|\.\w)")
_STOCK_AFTER = re.compile(r"\s+(?:shares?|stock)\b|['’]s\s+(?:shares?|stock)\b")
_STOCK_BEFORE = re.compile(r"\b(?:shares\s+of|performance\s+of|range\s+on|for)\s+$")
_NOT_TICKERS = frozenset(
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
    """
    counts = Counter(m.group(0) for m in _BARE_TICKER.finditer(text))
    for token, n in counts.most_common(3):
        if n < _TICKER_TIMES or token in _NOT_TICKERS or token in CURRENCY_CODES:
            continue
        for m in re.finditer(rf"(?<![\w$.&/-]){token}(?![\w&/-])", text):
            if _STOCK_AFTER.match(text, m.end()) or _STOCK_BEFORE.search(text, 0, m.start()):
                return token
    return None


def _from_title(title: str, body: str = "", shun: frozenset[str] = frozenset()) -> str | None:
    """The company a title names, as written (the alias table lacks it): of the title-case
    runs of the title ("BioNTech upgraded to Buy", "Impressive numbers drive Siemens to
    13-month high"), the one the body names most often, the head of the title winning a tie;
    of a run ("Dongsan Ocean Achieves 200 Trillion Won"), the longest head the body also names. A
    dateline at the head of the title is no name, nor a name in ``shun``.

    >>> _from_title("Dongsan Ocean Achieves Record", "On this day, Dongsan Ocean closed higher.")
    'Dongsan Ocean'
    >>> _from_title("Impressive numbers drive Siemens higher", "Siemens rose. Siemens said.")
    'Siemens'
    """
    if dateline := _dateline(title):
        title = title[dateline.end() :]
    staked = (
        _STAKE_IN_TITLE.search(title)
        or _SHARES_IN_LEAD.search(title)
        or _RATED_IN_TITLE.search(title)
    )
    if staked and canonical(staked.group("co"), "company") not in shun:
        return canonical(staked.group("co"), "company")  # "Elliott Starts to Sell Southwest Stake"
    runs, headed = _title_runs(title)
    best: tuple[int, str] | None = None
    for at, run in enumerate(runs):
        head = next(
            (
                " ".join(run[:n])
                for n in range(len(run), 0, -1)
                # "Bank of" and "Bank" are no names where the title writes "Bank of America"
                if run[n - 1] not in _JOINERS
                and (n == len(run) or run[n] not in _JOINERS)
                and re.search(rf"(?<![\w]){re.escape(' '.join(run[:n]))}(?![\w])", body)
            ),
            None,
        )
        named = _as_company(head, body) if head else 0
        first = at == 0 and headed
        if head is None and first and not _title_case(title):
            head = " ".join(run)  # the title's head, as written, when the body never names it
        if head and canonical(head, "company") in shun:
            continue
        if head and (is_place(head) or _not_company(head, title) or _person(head, title, body)):
            continue  # "BYD launches Dolphin EV in Japan": a place, a broker, an index, a person
        if head and named <= 0 and re.search(rf"(?<![\w]){re.escape(head)}(?![\w])", body):
            continue  # named in the body only as a product ("launched Mounjaro"): no company
        score = 2 * named + first
        if head and (best is None or score > best[0]):
            best = (score, head)
    return canonical(best[1], "company") if best else None


# Words inside a name: "Bank of America", "Procter & Gamble", "Pick n Pay", "Monte dei Paschi"
_JOINERS = frozenset(
    {"of", "for", "&", "de", "n", "dei", "di", "del", "della", "der", "van", "von", "du"}
)


def _title_case(title: str) -> bool:
    """Whether ``title`` capitalises its words whatever they are ("Mining Projects Attract
    Investor Confidence"), so that a capital says nothing of a name.

    >>> _title_case("Mining Projects Attract Investor Confidence"), _title_case("Zorvex jumps 5%")
    (True, False)
    """
    words = [w for w in title.split()[1:] if len(w) >= 4 and w[:1].isalpha()]
    return len(words) >= 2 and sum(w[:1].isupper() for w in words) >= 0.6 * len(words)


def _not_company(name: str, title: str) -> bool:
    """Whether ``name`` is, in this title, no company: an index, or a broker (or investor)
    acting as one ("CFRA Downgrades Darden"); a bank in its own news ("HSBC profit beats")
    is a company."""
    known = find_entities(name)
    if not known or len(known[0].text) != len(name):
        return _broker_at_work(name, title)
    if known[0].kind == "company":
        return False
    acting = any(_ACTING_AFTER.match(title, end) for _, end in _occurrences(name, title, fold=True))
    return known[0].kind == "index" or acting


# A person's name is written after a title or a role ("Mr Otedola", "billionaire Femi
# Otedola", "chairman Tony Elumelu"), or in apposition to one ("The chairman of UBA, Tony
# Elumelu, ...")
_PERSON_BEFORE = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Sir|Dame|billionaire|tycoon|chairman|chairwoman|CEO|founder|"
    r"co-founder|chief\s+executive|investor|magnate)\.?\s+|"
    r"\b(?:chairman|chairwoman|chief\s+executive|CEO|founder|president)\s+of\s+[^,]{2,60},\s+)$",
    re.I,
)


def _person(name: str, title: str, body: str) -> bool:
    """Whether the article writes ``name`` as a person's: after a title or a role.

    >>> _person("Tony Ekwe", "The chairman of Zorvex Bank, Tony Ekwe, bought shares", "")
    True
    >>> _person("Zorvex Bank", "The chairman of Zorvex Bank, Tony Ekwe, bought shares", "")
    False
    """
    text = f"{title}\n{body}"
    return any(
        _PERSON_BEFORE.search(text, max(0, at - 80), at) for at, _ in _occurrences(name, text)
    )


def _broker_at_work(name: str, title: str) -> bool:
    """Whether a name no table knows is a broker in this title: called one ("brokerage firm
    Quenwick") or upgrading, downgrading, initiating another company ("Quenwick upgrades ...").

    >>> _broker_at_work("Quenwick", "Global brokerage firm Quenwick has upgraded Zorvex")
    True
    >>> _broker_at_work("Zorvex", "Zorvex raises its dividend")
    False
    """
    called = any(
        _CALLED_BROKER.search(title, 0, at) for at, _ in _occurrences(name, title, fold=True)
    )
    return called or any(_UPGRADES.match(title, end) for _, end in _occurrences(name, title))


def _occurrences(name: str, text: str, *, fold: bool = False) -> list[tuple[int, int]]:
    """Where ``name`` stands in ``text`` as a whole word (no word character either side),
    found without compiling a pattern for it; ``fold``: in any case.

    >>> _occurrences("Zorvex", "Zorvex, Zorvexes, zorvex"), _occurrences("Ab", "AB ab", fold=True)
    ([(0, 6)], [(0, 2), (3, 5)])
    """
    hay, needle = (text.casefold(), name.casefold()) if fold else (text, name)
    out: list[tuple[int, int]] = []
    at = hay.find(needle)
    while at >= 0 and needle:
        end = at + len(needle)
        before = text[at - 1] if at else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before == "_") and not (after.isalnum() or after == "_"):
            out.append((at, end))
        at = hay.find(needle, at + 1)
    return out


# "brokerage firm Quenwick", and "Quenwick upgrades Zorvex" (not "Quenwick upgraded to Buy")
_CALLED_BROKER = re.compile(
    r"\b(?:brokerage|broker|research\s+firm|investment\s+bank)\s+(?:firm\s+)?$", re.I
)
_UPGRADES = re.compile(
    r"\s+(?:has\s+|have\s+)?(?:upgrad|downgrad|initiat)\w*\s+(?!to|from|by|at|with)\b"
)


# What a broker or investor does in a title about another company
_ACTS = (
    r"(?:upgrad|downgrad|rais|cut|lift|lower|trim|boost|initiat|reiterat|revis|start|begin|rate|say|"
    r"see|take|buy|sell|sold|bought|boost|build|stake|target)"
)
_ACTING_AFTER = re.compile(rf"\W+(?:\w+\W+){{0,2}}?{_ACTS}", re.I)


# What a company does in news and a product does not: speak, report, announce.
_COMPANY_VERB = (
    r"(?:has\s+|have\s+|had\s+)?(?:officially\s+)?(?:said|says|announced|announces|reported|"
    r"reports|posted|posts|unveiled|unveils|launched|launches|confirmed|confirms|plans|expects)\b"
)


# What is launched, or described as a product, is no company: "launched its drug Mounjaro",
# "Mounjaro, a diabetes and weight-loss drug, ..."
_LAUNCHED = (
    r"\b(?:launch(?:ed|es|ing)?|unveil\w*|releas\w*|introduc\w*|debut\w*|launch\s+of|sales\s+of|"
    r"copies\s+of|version\s+of)\s+(?:(?:its|the|a|an|new|latest)\s+)*(?:[a-z][\w-]*\s+){0,3}"
)
_PRODUCT_NOUN = (
    r"[\w\s-]{0,40}?\b(?:drug|medicine|treatment|game|phone|smartphone|car|vehicle|SUV|sedan|model|"
    r"app|console|device|service|platform|chip|beverage|drink|cola|beer|stout)\b"
)


# "the Acme brand", "the Acme board": an article before a company's name, not a product's
_OWNED = r"(?:brand|group|company|shares?|stock|board|management|team|chief|CEO|unit)\b"


def _as_company(name: str, body: str) -> int:
    """How often ``body`` names ``name`` the way it names a company: each mention counts, one
    that speaks or reports ("Zorvex said") twice, one led by an article ("the Zorvex 2", a
    product) not at all.

    >>> _as_company("Zorvex", "Zorvex has announced the Zorvex 2. The Zorvex 2 ships soon.")
    2
    >>> _as_company("Zorvex", "Sales of the Zorvex brand rose.")
    1
    >>> _as_company("Bank of Zorvia", "The chairman of the Bank of Zorvia (BOZ) bought shares.")
    1
    """
    score = 0
    for start, end in _occurrences(name, body):
        lead = body[max(0, start - _LEAD_REACH) : start]
        # "the United Bank for Africa (UBA)": a name with its abbreviation is an organisation's
        led = (
            _LED.search(lead) is not None
            and _OWNED_AFTER.match(body, end) is None
            and _ABBREVIATED_AFTER.match(body, end) is None
        )
        speaks = _SPEAKS_AFTER.match(body, end) is not None
        launched = _LAUNCHED_BEFORE.search(lead) is not None
        described = _DESCRIBED_AFTER.match(body, end) is not None
        score += 1 - led + speaks - 2 * (launched + described)
    return score


# What stands around a company's name in `_as_company`, compiled once
_LEAD_REACH = 80  # characters: a launch verb and what describes its product
_LED = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+$")
_OWNED_AFTER = re.compile(rf"\s+{_OWNED}")
_SPEAKS_AFTER = re.compile(rf"\s+{_COMPANY_VERB}")
_LAUNCHED_BEFORE = re.compile(rf"{_LAUNCHED}$")
_DESCRIBED_AFTER = re.compile(rf",\s+(?:a|an|the)\s+{_PRODUCT_NOUN}")
_ABBREVIATED_AFTER = re.compile(r"\s*\([A-Z][A-Z&]{1,6}\)")


# Adjectives that open lead sentences before a common noun ("Global brokerage firm", "Leading
# carmaker"), and open company names only before another capitalised word ("Global Payments")
_DESCRIPTIVE = frozenset(
    ["global", "leading", "domestic", "foreign", "international", "major", "local", "regional"]
)


def _title_runs(title: str) -> tuple[list[list[str]], bool]:
    """Title-case runs of up to four words (generic words and calendar names left out), and
    whether the first run is the title's head."""
    runs: list[list[str]] = []
    words: list[str] = []
    headed = False
    raws = title.strip().split()[:12]
    for i, raw in enumerate(raws):
        word = re.sub(r"(?:['’‘]s?|[,:;.!?])$", "", raw)
        following = raws[i + 1] if i + 1 < len(raws) else ""
        if words and raw in _JOINERS and following[:1].isupper():
            words.append(raw)  # "Bank of America", "Procter & Gamble": one name
            continue
        generic = word.lower() in _TITLE_GENERIC or word in _CALENDAR or word in CURRENCY_CODES
        exchange = word == "Stock" and following.startswith("Exchange")  # "London Stock Exchange"
        name_like = (
            word[:1].isupper()
            and (word.lower() not in _TITLE_STOP or exchange)
            and word.lower() not in AMOUNT_WORDS
            and not (generic and not words)
            # "Global brokerage firm Jefferies": an adjective before a common noun, no name
            and not (word.lower() in _DESCRIPTIVE and not words and following[:1].islower())
            and word not in _CALENDAR  # "Infosys Q3 results": the quarter ends the name
            and not (word.isupper() and len(word) > 5)
            and not re.fullmatch(r"[A-Z0-9]+\.[A-Z]{1,2}", word)  # "CCL.N": a ticker ends it
        )
        if name_like:
            words.append(word)
            headed = headed or i == 0
        if words and (not name_like or word != raw or len(words) == 4):
            runs.append(words)
            words = []
    if words:
        runs.append(words)
    return runs, headed
