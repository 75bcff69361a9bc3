"""Which market is an article about? Its listing's, or the one its own words name.

A subject listed abroad ("0700.HK") is on that listing's market; otherwise the article's words
(its index, exchange, currency and units) place it, and the market gives the sessions that
"the previous close" counts (`timeline.extract.sessions`) and what a bare "$" or "Rs" means.

>>> market_of("The Sensex rose 1% on the NSE; Zorvex gained Rs 24 to Rs 2,522.")
'XBOM'
>>> exchange_of("0700.HK"), exchange_of("AAPL")
('XHKG', 'XNYS')
"""

from __future__ import annotations

import re
from collections import Counter

from timeline.entities import resolve
from timeline.extract.gates import gated
from timeline.extract.sessions import WEEKDAYS

__all__ = [
    "LISTING_SUFFIX",
    "SHARED_NAMES",
    "crowns_market",
    "dollar_of",
    "exchange_of",
    "local_currency",
    "market_of",
    "yen_or_yuan",
]

# Yahoo suffix -> the exchange-calendars code of the market's sessions.
_CALENDARS: dict[str, str] = {
    "": "XNYS",
    ".HK": "XHKG",
    ".NS": "XBOM",
    ".BO": "XBOM",
    ".T": "XTKS",
    ".TO": "XTSE",
    ".V": "XTSE",
    ".DE": "XETR",
    ".L": "XLON",
    ".PA": "XPAR",
    ".AS": "XAMS",
    ".CO": "XCSE",
    ".SW": "XSWX",
    ".MI": "XMIL",
    ".MC": "XMAD",
    ".ST": "XSTO",
    ".KS": "XKRX",
    ".KQ": "XKRX",
    ".SS": "XSHG",
    ".SZ": "XSHG",
    ".TW": "XTAI",
    ".AX": "XASX",
    ".SI": "XSES",
    ".NZ": "XNZE",
    ".JK": "XIDX",
    ".KL": "XKLS",
    ".PS": "XPHS",
    ".TA": "XTAE",
    ".SR": "XSAU",
    ".JO": "XJSE",
    ".KA": "XKAR",
    ".SA": "BVMF",
    ".MX": "XMEX",
    ".OL": "XOSL",
    ".HE": "XHEL",
    ".WA": "XWAR",
    ".IS": "XIST",
    ".AT": "ASEX",
    ".BR": "XBRU",
    ".LS": "XLIS",
    ".VI": "XWBO",
    ".IR": "XDUB",
    ".BK": "XBKK",
}

# Markets whose press writes its own dollar as a bare "$" (exchange-calendars code -> currency).
_LOCAL_DOLLAR = {"XASX": "AUD", "XTSE": "CAD", "XSES": "SGD", "XNZE": "NZD"}
# Markets whose press writes the hundredths of a currency that is no dollar as "cents": a
# South African "415 cents a share" is 4.15 rand, an Irish "17.9 cents" 0.179 euros
_LOCAL_CENT = {
    "XJSE": "ZAR",
    "XCOL": "LKR",  # Colombo's "0.10 cents lower at 22.90": the rupee's cents
    **dict.fromkeys(
        ("XETR", "XPAR", "XAMS", "XMIL", "XMAD", "XHEL", "ASEX", "XBRU", "XLIS", "XWBO", "XDUB"),
        "EUR",
    ),
}
# A "$" that is the US dollar wherever it is written: "US$", "U.S. $", or "USD" nearby.
_US_DOLLAR = re.compile(r"\bU\.?S\.?\s?\$|\bUSD\b|\bdollars? \(US\)")


def dollar_of(subject: str, text: str, market: str | None = None) -> str | None:
    """The currency a bare "$" or "cents" in ``text`` means for ``subject``: the local
    dollar on a market whose press writes it so (an ASX or TSX company's "$14.26" is A$ or
    C$), unless the text says US dollars, and "cents" with no "$" the hundredths of a market's
    own currency (a Johannesburg "415 cents" is rand's); ``None`` where it is the US dollar's.
    A company no table knows, by a name or capitals with no listing ("Ampol", "SGX"), is
    listed on the article's ``market``.

    >>> dollar_of("WTC.AX", "Shares are trading at $133.11"), dollar_of("NVDA", "at $726")
    ('AUD', None)
    >>> dollar_of("Ampol", "a $33.00 target", "XASX"), dollar_of("Apple", "$190", "XASX")
    ('AUD', None)
    >>> dollar_of("SGX", "SGX shares surged to $12.20", "XSES")
    'SGD'
    >>> dollar_of("Zorvex", "a dividend of 415 cents", "XJSE"), dollar_of("NVDA", "13 cents")
    ('ZAR', None)
    """
    exchange = exchange_of(subject)
    if market and not LISTING_SUFFIX.search(subject) and resolve(subject, "company") is None:
        exchange = market
    local = _LOCAL_DOLLAR.get(exchange) or (None if "$" in text else _LOCAL_CENT.get(exchange))
    return None if local is None or _US_DOLLAR.search(text) else local


# "¥" is the yen's and the yuan's sign: the yuan's in an article about a mainland Chinese or
# Hong Kong company, one placed in those markets, or one whose words are of China; else the
# yen's (English-language financial press writes the yuan "yuan", "RMB" or "CNY")
_CHINA_WORDS = re.compile(r"\b(?:yuan|renminbi|RMB|CNY|China|Chinese|Shanghai|Shenzhen)\b")
_CHINA_MARKETS = frozenset({"XSHG", "XSHE", "XHKG"})


def yen_or_yuan(subject: str, text: str, market: str | None) -> str:
    """The currency "¥" means in an article (``text``) about ``subject``.

    >>> yen_or_yuan("7974.T", "at ¥10,700", None), yen_or_yuan("BYD", "at ¥250", "XSHG")
    ('JPY', 'CNY')
    >>> yen_or_yuan("Nintendo", "Nintendo's shares hit ¥10,700", None)
    'JPY'
    >>> yen_or_yuan("Moutai", "Chinese liquor maker Moutai fell to ¥1,500", None)
    'CNY'
    """
    exchange = exchange_of(subject) if LISTING_SUFFIX.search(subject) else market
    if exchange:
        return "CNY" if exchange in _CHINA_MARKETS else "JPY"
    return "CNY" if _CHINA_WORDS.search(text) else "JPY"


# Currency names several markets share, and what each market's press means by them: "Rs" is
# India's rupee unless the article is Pakistan's, Sri Lanka's or Nepal's; "pesos" Mexico's
# unless the Philippines'
_SHARED_NAMES: dict[str, dict[str, str]] = {
    "INR": {"XKAR": "PKR", "XCOL": "LKR", "XNEP": "NPR"},
    "MXN": {"XPHS": "PHP"},
    # "crowns" alone: Copenhagen's, unless the article is of Stockholm, Oslo, Prague or Iceland
    "DKK": {"XSTO": "SEK", "XOSL": "NOK", "XPRA": "CZK", "XICE": "ISK"},
}
_LOCAL_RUPEE = _SHARED_NAMES["INR"]
# The written names each shared currency is read from ("Rs 29.40", "248.61 pesos")
SHARED_NAMES = {
    "INR": re.compile(r"\bRs\.?\s?\d|\brupees?\b", re.I),
    "MXN": re.compile(r"\bpesos?\b", re.I),
    "DKK": re.compile(r"(?<!danish\s)\bcrowns?\b", re.I),
}


def local_currency(code: str, market: str | None) -> str:
    """What a currency name several markets share (read as ``code``) means in an article of
    ``market``.

    >>> local_currency("INR", "XKAR"), local_currency("INR", "XBOM"), local_currency("MXN", "XPHS")
    ('PKR', 'INR', 'PHP')
    >>> local_currency("DKK", "XSTO"), local_currency("DKK", "XCSE")  # "384 crowns"
    ('SEK', 'DKK')
    """
    return _SHARED_NAMES.get(code, {}).get(market or "", code)


# The peoples whose money is called crowns, and their markets: "Swedish major Ericsson ... 53.3
# billion crowns" are kronor
_CROWN_PEOPLES = {
    "Swedish": "XSTO",
    "Norwegian": "XOSL",
    "Danish": "XCSE",
    "Czech": "XPRA",
    "Icelandic": "XICE",
}
_CROWN_PEOPLE = re.compile(r"\b(?:" + "|".join(_CROWN_PEOPLES) + r")\b")


def crowns_market(text: str) -> str | None:
    """The market whose crowns an article means when no market's cue says (`market_of`): that
    of the only crown-paying people it names; None when it names none or several.

    >>> crowns_market("Swedish major Ericsson said sales fell to 53.3 billion crowns.")
    'XSTO'
    >>> crowns_market("Danish and Norwegian banks; 4 billion crowns"), crowns_market("no money")
    (None, None)
    """
    if "rown" not in text:  # no "crowns": nothing to tell
        return None
    peoples = {_CROWN_PEOPLES[m] for m in _CROWN_PEOPLE.findall(text)}
    return peoples.pop() if len(peoples) == 1 else None


# The Yahoo suffix of a listed subject's id ("0700.HK" -> ".HK"); a plain ticker has none.
LISTING_SUFFIX = re.compile(r"\.[A-Z]{1,2}$")


def exchange_of(subject: str) -> str:
    """The exchange-calendars code of a subject's market (NYSE for plain tickers)."""
    m = LISTING_SUFFIX.search(subject)
    return _CALENDARS.get(m.group(0) if m else "", "XNYS")


# Words that place an article in one market: its index, exchange, currency and units. US words
# count against the others (an American article that mentions the Nikkei stays on NYSE).
_MARKET_CUES: dict[str, re.Pattern[str]] = {
    market: re.compile(cues)
    for market, cues in {
        "XNYS": r"\b(?:NYSE|Nasdaq|NASDAQ|Wall Street|S&P 500|Dow Jones)\b",
        "XBOM": r"\b(?:NSE|BSE|Sensex|Nifty|Dalal Street|crores?|lakhs?)\b|₹",
        "XTKS": r"\b(?:Tokyo Stock Exchange|Nikkei|Topix|TOPIX|Prime Market|"
        r"Tokyo (?:stocks|shares)|Japanese (?:stocks|shares))\b",
        "XHKG": r"\b(?:Hang Seng|HKEX|Hong Kong-listed|Hong Kong stock exchange|"
        r"Hong Kong (?:stocks|shares))\b|HK\$",
        "XLON": r"\b(?:FTSE|London Stock Exchange|AIM-listed)\b",
        "XETR": r"\b(?:DAX|MDAX|Xetra|Frankfurt Stock Exchange)\b",
        "XPAR": r"\b(?:CAC 40|Euronext Paris|Paris Bourse)\b",
        "XASX": r"\b(?:ASX|S&P/ASX|ASX\s?[23]00|All Ordinaries|Australian (?:shares|stocks|"
        r"share\s?market|sharemarket|bourse))\b|\bA\$",
        "XKRX": r"\b(?:KOSPI|KOSDAQ|Kospi|Kosdaq|Korea Exchange|Seoul (?:stocks|shares))\b",
        "XTSE": r"\b(?:TSX|Toronto Stock Exchange|Canadian (?:shares|stocks)|Toronto stocks)\b|"
        r"\bC\$",
        "XSES": r"\b(?:SGX|Straits Times Index|STI|Singapore Exchange|Singapore-listed)\b|\bS\$",
        "XTAI": r"\b(?:Taiex|TAIEX|Taiwan Stock Exchange|TWSE)\b|\bNT\$",
        "XSHG": r"\b(?:Shanghai Composite|Shanghai Stock Exchange|CSI 300|Shenzhen)\b",
        "XKLS": r"\b(?:Bursa Malaysia|KLCI|FBM KLCI)\b|\bRM\d",
        "XIDX": r"\b(?:Indonesia Stock Exchange|IDX Composite|Jakarta Composite)\b",
        "XPHS": r"\b(?:Philippine Stock Exchange|PSEi)\b",
        "XBKK": r"\b(?:Stock Exchange of Thailand|SET index)\b",
        "XKAR": r"\b(?:Pakistan Stock Exchange|PSX|KSE-100)\b",
        "XSAU": r"\b(?:Tadawul|TASI|Saudi Exchange)\b",
        "ASEX": r"\b(?:Athens (?:Stock )?Exchange|ATHEX|Athex)\b",
        "XCYS": r"\b(?:Cyprus Stock Exchange)\b",
        "XZAG": r"\b(?:Zagreb Stock Exchange|Crobex|CROBEX)\b",
        "XBSE": r"\b(?:Bucharest Stock Exchange|BVB)\b",
        "XIST": r"\b(?:Borsa Istanbul|BIST)\b",
        "XJSE": r"\b(?:JSE|Johannesburg Stock Exchange)\b",
        "XCSE": r"\b(?:Copenhagen Stock Exchange|Nasdaq Copenhagen|OMXC25)\b",
        "XSTO": r"\b(?:Stockholm Stock Exchange|Nasdaq Stockholm|OMXS30)\b",
        "XOSL": r"\b(?:Oslo B(?:ø|o)rs|OBX|Oslo Stock Exchange)\b",
        "XHEL": r"\b(?:Helsinki Stock Exchange|Nasdaq Helsinki|OMXH25|OMX Helsinki)\b",
        "XMIL": r"\b(?:FTSE MIB|Borsa Italiana|Milan Stock Exchange|Piazza Affari)\b",
        "XMAD": r"\b(?:IBEX|Ibex|Madrid Stock Exchange|Spanish stock exchange)\b",
        "XLIS": r"\b(?:PSI index|Euronext Lisbon|Lisbon Stock Exchange)\b",
        "XAMS": r"\b(?:AEX|Euronext Amsterdam)\b",
        "XSWX": r"\b(?:SIX Swiss Exchange|Swiss Market Index|SMI)\b",
        "XWBO": r"\b(?:Vienna Stock Exchange|ATX)\b",
        "XWAR": r"\b(?:Warsaw Stock Exchange|WIG20|WIG)\b",
        "XNZE": r"\b(?:NZX|NZX 50|S&P/NZX\s?50|NZ sharemarket|New Zealand sharemarket)\b",
        "XMEX": r"\b(?:Mexican Stock Exchange|Bolsa Mexicana|S&P/BMV)\b",
        "BVMF": r"\b(?:Ibovespa|B3)\b",
        "XTAE": r"\b(?:Tel Aviv Stock Exchange|TA-35|TA-125)\b",
        "XDUB": r"\b(?:Euronext Dublin|ISEQ)\b",
        # markets with no calendar in the library: weekdays, no holidays
        WEEKDAYS: r"\b(?:Dubai Financial Market|DFM|Abu Dhabi Securities Exchange|ADX|"
        r"Nigerian Exchange|NGX|Ghana Stock Exchange|GSE|"
        r"VN-Index|HOSE|Nairobi Securities Exchange)\b",
        # markets the calendar library lacks that trade Sunday to Thursday
        "XMUS": r"\b(?:Muscat Stock Exchange|Muscat Securities Market|MSX|MSM\s?30)\b",
        "XCAI": r"\b(?:Egyptian Exchange|EGX\s?30|EGX)\b",
        "XKUW": r"\b(?:Boursa Kuwait|Kuwait Stock Exchange)\b",
        "DSMD": r"\b(?:Qatar Stock Exchange|QE Index)\b",
        "XBAH": r"\b(?:Bahrain Bourse|Bahrain All Share Index)\b",
        # markets the calendar library lacks, named for their currency: weekdays, no holidays
        "XCOL": r"\b(?:Colombo Stock Exchange|ASPI|S&P SL20)\b",
        "XNEP": r"\b(?:Nepal Stock Exchange|NEPSE)\b",
    }.items()
}


_RUPEE_SIGN = re.compile(r"\bRs\.?\s?\d")
# Every market's cues in one pattern, read in one pass (the market of each hit is its group's
# name); a cue opens with a capital, "₹", or India's "crore"/"lakh", which the lookahead asks
# first so that other positions cost one test; gated, it is tried only where a cue's first word
# starts (an article's whole text: a third of the time)
_ANY_MARKET = gated(
    r"(?=[A-Z₹cl])(?:"
    # the US last: "Nasdaq Stockholm" is Stockholm's, "Nasdaq" alone New York's
    + "|".join(
        f"(?P<{market}>{cue.pattern})"
        for market, cue in sorted(_MARKET_CUES.items(), key=lambda kv: kv[0] == "XNYS")
    )
    + f"|(?P<RUPEE>{_RUPEE_SIGN.pattern}))"
)


def market_of(text: str) -> str | None:
    """The market an article's own words place it in, when they point to one outside the US
    at least twice and more often than to the US; else None.

    >>> market_of("Shares rose 3% to Rs 2,522 on the NSE; profit was Rs 254 crore.")
    'XBOM'
    >>> market_of("The Nikkei fell 1%. Acme (NYSE: ACM) rose on Wall Street.") is None
    True
    """
    counts = Counter(m.lastgroup for m in _ANY_MARKET.finditer(text))
    rupees = counts.pop("RUPEE", 0)
    if not any(counts[m] for m in _LOCAL_RUPEE):  # "Rs" is India's unless another is named
        counts["XBOM"] += rupees
    us = counts.pop("XNYS", 0)
    if not counts:
        return None
    market, hits = max(counts.items(), key=lambda kv: kv[1])
    return market if hits >= 2 and hits > us else None
