"""The company a title names: title-case runs, and the words and forms that are no name."""

from __future__ import annotations

import re
from collections import Counter

from timeline.entities import canonical
from timeline.extract.mentions import find_entities
from timeline.extract.numbers import AMOUNT_WORDS, CURRENCY_CODES, word_number
from timeline.extract.places import is_place
from timeline.extract.subjects.datelines import _dateline
from timeline.extract.subjects.names import (
    _ABBREVIATION,
    _OWNED_AFTER,
    _SUFFIXES,
    WHAT_IT_DOES,
    _as_company,
    _broker_at_work,
    _not_company,
    _occurrences,
    _person,
    acts,
    product_mention,
    without_full_stop,
)
from timeline.extract.subjects.tickers import ACRONYMS

# A broker's action on a company in a title: "CFRA Lowers Opinion On Shares Of Darden
# Restaurants Inc To Sell From Hold", "Quenwick raises target for Zorvex to $40"
_RATED_IN_TITLE = re.compile(
    r"\b(?i:opinion|rating|target(?:\s+price)?|price\s+target|recommendation)\s+(?i:on|for)\s+"
    r"(?:(?i:shares|stock)\s+(?i:of)\s+)?"
    r"(?P<co>[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|&)){0,4}?)"
    r"(?=\s+(?i:to|from|at|after|amid|as|despite|ahead|following|with|on|over|in|by)\b|"
    r"\s*[,:;(]|$)"
)


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
        # a lead's opening preposition: "Under Hong Kong Stock Exchange rules, ..."
        "under",
        "across",
        "through",
        "against",
        "among",
        "between",
        "within",
        "following",
        "according",
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
        # who trades, not whose shares: "Directors make rare buys as purchases hit a high"
        "directors",
        "insiders",
        "executives",
        "bosses",
        "traders",
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


# A title about a trade in a counted number of a company's shares names that company: "Li
# Quon and His Son Sell 101 Million Shares of Bank of Zorvex, Sparking Debate", "Promoter buys
# 2 lakh shares in Zorvex"; the sellers and buyers before the verb are no subject
_SHARES_OF_IN_TITLE = re.compile(
    r"\b(?i:sells?|sold|selling|buys?|bought|buying|offloads?|offloaded|dumps?|acquires?|"
    r"acquired|purchases?|purchased|picks?\s+up|picked\s+up)\s+"
    r"(?:(?i:over|about|nearly|around|another|more\s+than)\s+)?\d[\d.,]*\s*"
    r"(?:(?i:million|billion|mn|bn|lakh|crore)\s+)?(?i:shares)\s+(?i:of|in)\s+"
    r"(?P<co>[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|&)){0,4}?)"
    r"(?=\s*(?:[(,:;]|$)|\s+(?i:for|at|worth|amid|after|as|on|via|through)\b)"
)


# A name the title gives as the cause of what its head did: never the head's rival
_CAUSE_BEFORE = re.compile(
    r"\b(?:(?:driven|led|boosted|helped|lifted|powered|dragged|hit|weighed(?:\s+down)?)\s+by|"
    r"thanks\s+to|amid|despite)\s+(?:the\s+|a\s+|an\s+)?$",
    re.I,
)


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
    if (staked := _staked(title)) and staked not in shun:
        # "Elliott Starts to Sell Southwest Stake", "Truist cuts rating on Boyd Gaming."
        return staked
    runs, headed = _title_runs(title)
    best: tuple[int, str] | None = None
    for at, run in enumerate(runs):
        heads = [
            head
            for n in range(len(run), 0, -1)
            # "Bank of" and "Bank" are no names where the title writes "Bank of America"
            if run[n - 1] not in _JOINERS
            and (n == len(run) or run[n] not in _JOINERS)
            # "Quillon Astra M03": a name that ends on a model's code is a product's
            and (n == 1 or not _MODEL_CODE.fullmatch(run[n - 1]))
            # "2024 Quillon Astra launch": a run after a model year names a model, its maker
            # all but the model's last word
            and not (n == len(run) > 1 and _YEAR_BEFORE.search(title, 0, title.find(run[0])))
            # "Zorvia Assembled Smartphone Unveiled": a name that ends on a product's noun is
            # a product's, and so is its head ending on a word the body writes in lower case
            and run[n - 1].lower() not in _PRODUCT_NOUNS
            # "Cost is KES 7,499": one word the body writes in lower case is a word, no name,
            # unless the body writes it as a company's too ("Zorvex Limited reports")
            and not (
                n == 1
                and not run[0].isupper()
                and _lower_in(run[0], body)
                and not any(_COMPANY_AFTER.match(body, e) for _, e in _occurrences(run[0], body))
            )
            and not (
                any(w.lower() in _PRODUCT_NOUNS for w in run[n:]) and _lower_in(run[n - 1], body)
            )
            and (head := _as_written(run[:n], body))
        ]
        # the longest the body names as a company: "the Goodyear Tire & Rubber Company's
        # investors" names none, "Goodyear's board" does
        scored = [(h, _as_company(h, body)) for h in heads]
        head, named = next(((h, n) for h, n in scored if n > 0), scored[0] if scored else (None, 0))
        # "The Bank of Zorvia’s board ...": a lead's head after its article, written as a
        # company's
        first = at == 0 and (
            headed or (title.startswith("The ") and _owned_in_title(" ".join(run), title))
        )
        if head is None and first and not _title_case(title):
            head = " ".join(run)  # the title's head, as written, when the body never names it
        if head is None or _no_company(head, named, title, body, shun):
            continue
        if best is not None and _CAUSE_BEFORE.search(title, 0, max(0, title.find(head))):
            continue  # "Grupo Argos profit surges, driven by Cementos Argos recovery": a cause
        if _CUSTOMER_BEFORE.search(title, 0, max(0, title.find(head))):
            continue  # "This Company Bags Order From Zorvex": a customer, not the story's
        score = 2 * named + first
        if best is None or score > best[0]:
            best = (score, head)
    return canonical(without_full_stop(best[1]), "company") if best else None


def _as_written(words: list[str], body: str) -> str | None:
    """The name of a title's words as the body writes it: the same words, or with an
    ampersand or "and" the title left out between two of them ("Zorvex Mining Finance
    Reports ..." above "Zorvex Mining & Finance Limited said ..."); None when the body never
    writes it.

    >>> _as_written(["Zorvex", "Mining", "Finance"], "Zorvex Mining & Finance Ltd said.")
    'Zorvex Mining & Finance'
    >>> _as_written(["Zorvex", "Mining"], "Zorvex Mining & Finance Ltd said.")
    'Zorvex Mining'
    >>> _as_written(["Zorvex", "Finance"], "Zorvex Mining & Finance Ltd said.") is None
    True
    """
    name = " ".join(words)
    if _occurrences(name, body):
        return name
    if len(words) < _JOINED_WORDS:
        return None  # "Zorvex & Quillon" in the body is two companies, not one's name
    if not all(word in body for word in words):
        return None  # no pattern compiled for a name whose words the body lacks
    joined = r"\s+(?:(?:&|and)\s+)?".join(map(re.escape, words))
    m = re.search(rf"(?<![\w]){joined}(?![\w])", body)
    return m.group(0) if m else None


_JOINED_WORDS = 3  # words a name needs before an ampersand the title left out is looked for


# What a columnist's possessive labels: "Matthew’s view", "Lex's take", "Ana's picks" (a
# column's heading names its writer, no company)
_COLUMN_NOUN = r"(?:views?|takes?|picks?|notebook|column|corner|diary|verdict|word|thoughts)\b"
# A company's legal form, possessive (not a column's label) or speaking verb after its name
_COMPANY_AFTER = re.compile(
    rf"(?:{_SUFFIXES.pattern[:-1]}\b|['’]s\b(?!\s+{_COLUMN_NOUN})|\s+(?:said|says|reports|"
    r"reported|announced|announces|unveiled|unveils|posted|posts)\b)"
)


def _owned_in_title(name: str, title: str) -> bool:
    """Whether ``title`` writes ``name`` as a company's: with what a company owns, its legal
    form or a company's verb after it ("The Bank of Zorvia’s board is meeting").

    >>> _owned_in_title("Bank of Zorvia", "The Bank of Zorvia’ board is meeting today")
    True
    >>> _owned_in_title("Cheap", "Cheap electric car is here!")
    False
    >>> _owned_in_title("Quill", "Quill’s view"), _owned_in_title("Quill", "Quill’s board meets")
    (False, True)
    """
    return any(
        _OWNED_AFTER.match(title, end) or _COMPANY_AFTER.match(title, end)
        for _, end in _occurrences(name, title)
    )


def _lower_in(word: str, body: str) -> bool:
    """Whether ``body`` writes ``word`` in lower case ("cost" for a title's "Cost").

    >>> _lower_in("Cost", "The cost is high."), _lower_in("Zorvex", "Zorvex rose.")
    (True, False)
    """
    return bool(_occurrences(word.lower(), body, joiners="'’-"))


# Nouns of products a title's run may end on: "Zorvia Assembled Smartphone", "Quill Phone"
_PRODUCT_NOUNS = frozenset(
    ["smartphone", "smartphones", "phone", "phones", "car", "cars", "suv", "sedan", "hatchback",
     "drug", "game", "console", "laptop", "tablet", "smartwatch", "app", "device", "devices",
     "vehicle", "truck", "scooter", "motorcycle"]
)  # fmt: skip
# A model year right before a title's run: "2024 Quillon Astra launch today"
_YEAR_BEFORE = re.compile(r"(?:^|\s)(?:19|20)\d\d\s+$")


def _staked(title: str) -> str | None:
    """The company a title marks as the one a stake, a trade in shares or a broker's rating
    is about ("Quenwick Starts to Sell Zorvex Stake", "Truist cuts rating on Boyd Gaming."),
    however seldom the body names it.

    >>> _staked("Quenwick Starts to Sell Zorvex Stake"), _staked("Zorvex profit rises")
    ('Zorvex', None)
    """
    staked = (
        _STAKE_IN_TITLE.search(title)
        or _SHARES_IN_LEAD.search(title)
        or _SHARES_OF_IN_TITLE.search(title)
        or _RATED_IN_TITLE.search(title)
    )
    return canonical(without_full_stop(staked["co"]), "company") if staked else None


# A model's code as a product's name ends on it: "M03", "50", "S24", "16e"
_MODEL_CODE = re.compile(r"[A-Z]{0,2}\d{1,3}[A-Za-z]{0,3}")


# A name the title gives as a customer: "bags order from Zorvex", "wins Rs 500 crore contract
# from Zorvex", "secures a deal worth $2 billion from Zorvex"
_CUSTOMER_BEFORE = re.compile(
    r"\b(?:orders?|contracts?|deals?|mandates?|tenders?)\s+(?:worth\s+\S+(?:\s+[a-z]+)?\s+)?"
    r"(?:from|by)\s+(?:the\s+)?$",
    re.I,
)


def _no_company(head: str, named: int, title: str, body: str, shun: frozenset[str]) -> bool:
    """Whether a title's name is no company the article is about: one the events show acting,
    a role, a count or a legal form alone, who tells the news, a place, a broker, an index, a
    person, or a name the body gives only as a product's (``named``: as a company's)."""
    return (
        acts(canonical(head, "company"), shun)  # "MBK" of "MBK Partners", a buyer
        or head in ACRONYMS  # "The CEO said ..."
        or _no_name(head)  # "One of ...", "Holdings"
        # "Reuters reported on Friday that ..."
        or any(_REPORTED_THAT.match(title, end) for _, end in _occurrences(head, title))
        or is_place(head)  # "BYD launches Dolphin EV in Japan"
        or _not_company(head, title)
        or _person(head, title, body)
        # named in the body only as a product ("launched Mounjaro")
        or (named <= 0 and bool(_occurrences(head, body)))
        or _part_of_title_name(head, f"{title}\n{body}")
    )


def _part_of_title_name(head: str, text: str) -> bool:
    """Whether ``head`` is only ever written as a part of a longer name built on a possessive,
    a game's, a film's or a book's ("Zorvex's Creed Shadows": neither "Zorvex" nor "Creed
    Shadows" is a company), twice at least; an owner's name written alone as well ("Quillon's
    Zorvex Holdings" then "Quillon said") is a name of its own.

    >>> text = "Zorvex's Creed Shadows sold well. Zorvex's Creed Shadows is a hit."
    >>> _part_of_title_name("Zorvex", text), _part_of_title_name("Creed Shadows", text)
    (True, True)
    >>> _part_of_title_name("Quillon", "Quillon's Zorvex Holdings rose. Quillon said so.")
    False
    """
    found = _occurrences(head, text)
    return len(found) >= _BODY_TIMES and all(
        _POSSESSES_AFTER.match(text, end) or _POSSESSED_BEFORE.search(text, max(0, at - 30), at)
        for at, end in found
    )


# "Zorvex's Creed": a possessive inside a longer name, before and after its "'s"
_POSSESSES_AFTER = re.compile(r"['’]s\s+[A-Z]")
_POSSESSED_BEFORE = re.compile(r"\b[A-Z][\w-]*['’]s\s+$")


_REPORTED_THAT = re.compile(
    r"\s+(?:also\s+)?(?:reported|reports|wrote|writes|revealed)(?:\s+on\s+\w+(?:\s+\d{1,2})?)?"
    r",?\s+that\b"
)


def _no_name(head: str) -> bool:
    """Whether a title's run is a count or a legal form alone, no company's name ("One of
    Zorvex's investors", the "Holdings" a bracket cut from "First Bank (FBN) Holdings").

    >>> _no_name("One"), _no_name("Holdings"), _no_name("Zorvex Holdings")
    (True, True, False)
    """
    return word_number(head) is not None or _SUFFIXES.fullmatch(f" {head}") is not None


# Words inside a name: "Bank of America", "Procter & Gamble", "Pick n Pay", "Monte dei Paschi",
# "Banco do Brasil" (Portuguese "do", "da", "dos", "das")
_JOINERS = frozenset(
    {"of", "for", "&", "de", "n", "dei", "di", "del", "della", "der", "van", "von", "du"}
    | {"do", "da", "dos", "das"}
)


def _title_case(title: str) -> bool:
    """Whether ``title`` capitalises its words whatever they are ("Mining Projects Attract
    Investor Confidence"), so that a capital says nothing of a name.

    >>> _title_case("Mining Projects Attract Investor Confidence"), _title_case("Zorvex jumps 5%")
    (True, False)
    """
    words = [w for w in title.split()[1:] if len(w) >= 4 and w[:1].isalpha()]
    return len(words) >= 2 and sum(w[:1].isupper() for w in words) >= 0.6 * len(words)


# Adjectives that open lead sentences before a common noun ("Global brokerage firm", "Leading
# carmaker"), and open company names only before another capitalised word ("Global Payments")
_DESCRIPTIVE = frozenset(
    ["global", "leading", "domestic", "foreign", "international", "major", "local", "regional"]
)


# A name that begins in lower case before a capital: "tTech", "eBay", "iRobot"
_LOWER_INITIAL = re.compile(r"[a-z]{1,2}[A-Z]")
_BRACKETED = re.compile(_ABBREVIATION)  # an abbreviation inside a name: "(FBN)"
_TITLE_WORDS = 12  # a lead standing for the title is read this far, and to the end of a name


def _title_runs(title: str) -> tuple[list[list[str]], bool]:
    """Title-case runs of up to four words (generic words and calendar names left out), and
    whether the first run is the title's head."""
    runs: list[list[str]] = []
    words: list[str] = []
    headed = False
    raws = title.strip().split()
    bracket = False  # inside "(...)": an aside, no name ("(Nasdaq Tallinn AS)")
    for i, raw in enumerate(raws):
        if i >= _TITLE_WORDS and not words:
            break  # a run the twelfth word begins or continues ends as written
        opens, closes = raw.startswith("("), raw.rstrip(",:;.!?").endswith(")")
        if (bracket or opens) and not _BRACKETED.fullmatch(raw.rstrip(",:;.!?")):
            bracket = not closes
            if words:
                runs.append(words)
                words = []
            continue
        word = re.sub(r"(?:['’‘]s?|[,:;.!?])$", "", raw)
        following = raws[i + 1] if i + 1 < len(raws) else ""
        if words and raw in _JOINERS and following[:1].isupper():
            words.append(raw)  # "Bank of America", "Procter & Gamble": one name
            continue
        if words and _BRACKETED.fullmatch(raw) and following[:1].isupper():
            words.append(raw)  # "First Bank of Nigeria (FBN) Holdings": one name
            continue
        generic = word.lower() in _TITLE_GENERIC or word in _CALENDAR or word in CURRENCY_CODES
        exchange = word == "Stock" and following.startswith("Exchange")  # "London Stock Exchange"
        name_like = (
            (word[:1].isupper() or _LOWER_INITIAL.match(word) is not None)  # "tTech", "eBay"
            and (word.lower() not in _TITLE_STOP or exchange)
            and word.lower() not in AMOUNT_WORDS
            and not (generic and not words)
            # "Global brokerage firm Jefferies": an adjective before a common noun, no name
            and not (word.lower() in _DESCRIPTIVE and not words and following[:1].islower())
            and word not in _CALENDAR  # "Infosys Q3 results": the quarter ends the name
            and not (word.isupper() and len(word) > 5)
            # "Buffalo-based M&T Bank": where a company is, not its name
            and not word.lower().endswith(("-based", "-headquartered"))
            and not re.fullmatch(r"[A-Z0-9]+\.[A-Z]{1,2}", word)  # "CCL.N": a ticker ends it
        )
        if name_like:
            words.append(word)
            headed = headed or i == 0
        named_words = sum(w not in _JOINERS and not _BRACKETED.fullmatch(w) for w in words)
        if words and (not name_like or word != raw or named_words == 4):
            runs.append(words)
            words = []
    if words:
        runs.append(words)
    return runs, headed


# A capitalised run of up to four words in a body: "Zorvex", "Bank of Zorvia", "Quillon & Co"
# (not "Zorvex and Quillon": two companies)
_BODY_RUN = re.compile(
    r"(?<![\w&'’.-])[A-Z][\w&'’-]*(?:\.[A-Z][\w&'’-]*)*"
    r"(?:\s+(?:(?:of|&)\s+)?[A-Z][\w&'’-]*(?:\.[A-Z][\w&'’-]*)*){0,3}"
)
# A given name and a middle initial, or a patronymic, before a surname: "Ramon S. ", "bin "
_INITIALLED = re.compile(r"(?:\b[A-Z][a-z]+\s+[A-Z]\.|\b(?:bin|bint|ibn))\s+$")
# A product's noun before its name: "the anti-obesity drug Zorvexa", "its new phone Quill"
_PRODUCT_BEFORE = re.compile(
    r"\b(?:drug|medicine|treatment|therapy|pill|tablet|vaccine|injection|game|phone|smartphone|"
    r"car|vehicle|SUV|sedan|model|app|brand|product|device|console)"
    # "The once-a-day pill, known as Zorvexa, ...", "a phone called the Nova"
    r"(?:,?\s+(?:known\s+as|called|dubbed|named|branded|sold\s+as)(?:\s+the)?)?\s+$"
)
# Words of a role or a title that open a person's name: "President Zorvak", "Mr Ekwe"
_ROLES = frozenset(
    ["president", "chairman", "chairwoman", "chair", "ceo", "cfo", "chief", "founder", "mr",
     "mrs", "ms", "dr", "sir", "dame", "minister", "governor", "director", "analyst", "senator",
     "king", "queen", "prince", "princess", "crown", "sheikh", "emir", "sultan"]
)  # fmt: skip
_BODY_TIMES = 2  # mentions a name needs to be the company of an article that names no other


def _most_named(body: str, words: frozenset[str], shun: frozenset[str] = frozenset()) -> str | None:
    """The company of an article that names none in its title, lists none and gives none a
    legal form: the capitalised name its body writes most often (twice at least) and as a
    company's, not a person's, a place's, a broker's, an index's or a word written in lower
    case elsewhere ("Earnings fall" above "Zorvex has seen profit slump ... Zorvex said"). A
    sentence's opening word is no part of a name the body writes in lower case.

    >>> body = "Overall, Zorvex has seen profit slump. Analysts expected more. Zorvex said it "\\
    ...        "would recover. Chief Executive Ana Berg said so. Ana Berg is in Oslo."
    >>> _most_named(body, frozenset(["overall", "analysts"]))
    'Zorvex'
    >>> _most_named("Mr Ekwe bought shares. Mr Ekwe now holds 9%.", frozenset()) is None
    True
    """
    tally = _body_names(body, words)
    for name, times in list(tally.items()):
        head = name.split()[0]
        if head != name and head in tally:
            tally[head] += times  # "Astellas Pharma" then "Astellas said": one company
    for name, times in tally.most_common():
        if times < _BODY_TIMES:
            return None
        if _no_body_company(name, body, shun):
            continue
        return name
    return None


# A company the body tells by what it does, before its name: "Norwegian chemical tanker owner
# Odjfell is ...", "the carmaker Zorvex said"
_DESCRIBED = re.compile(
    rf"\b(?i:{WHAT_IT_DOES})\s+(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){{0,2}})"
    r"(?=\s+(?:is|was|has|had|said|says|reported|posted|rose|fell|shares|stock)\b|['’]s?\s)"
)


def described_company(body: str, shun: frozenset[str] = frozenset()) -> str | None:
    """The company the body first tells by what it does ("tanker owner Odjfell is ..."), for
    an article whose title, listings, legal forms and repeated names give none.

    >>> described_company("Norwegian chemical tanker owner Odjfell is attractively valued.")
    'Odjfell'
    >>> described_company("The analyst Dana Vale said so.") is None
    True
    """
    for m in _DESCRIBED.finditer(body):
        name = m["name"]
        if not (is_place(name) or name in shun or find_entities(name, kinds=("firm", "index"))):
            return name
    return None


def _body_names(body: str, words: frozenset[str]) -> Counter[str]:
    """How often ``body`` writes each capitalised name, without a sentence's opening word,
    a person's role or a product's mention before or in it."""
    tally: Counter[str] = Counter()
    for m in _BODY_RUN.finditer(body):
        if product_mention(body, m.start(), m.end()):
            continue  # "a Zorvex Model 3", "the Zorvex 3": the product, not its maker
        run = re.sub(r"['’]s?$", "", m.group(0)).split()
        while run and (
            run[0].lower() in words
            or run[0].lower() in _TITLE_GENERIC
            or run[0].lower() in _TITLE_STOP
            or run[0] in _CALENDAR
            or run[0].lower() in AMOUNT_WORDS
        ):
            run = run[1:]  # "Overall Zorvex": a sentence's opening word
        if run and run[0].lower() in _ROLES:
            continue  # "President Zorvak", "Chief Executive Ana Berg": a person
        if run and run[0] not in _JOINERS and run[-1] not in _JOINERS:
            tally[" ".join(run)] += 1
    return tally


def _no_body_company(name: str, body: str, shun: frozenset[str]) -> bool:
    """Whether a name a body writes is no company: an actor of its events, a role, a count,
    a legal form, a place, a currency, a name the table gives to no company, a person, a
    broker at work, or a name written only as a product's."""
    known = find_entities(name)
    found = _occurrences(name, body)
    return (
        not found  # written across a line break: no name
        or acts(name, shun)
        or name in ACRONYMS
        or name in CURRENCY_CODES
        or _no_name(name)
        or is_place(name)
        or (bool(known) and known[0].kind != "company")
        or _person(name, "", body)
        or any(
            _INITIALLED.search(body, max(0, at - 40), at)  # "Ramon S. Ang" then "Ang"
            or _PRODUCT_BEFORE.search(body, max(0, at - 40), at)  # "its drug Zorvexa"
            for at, _ in found
        )
        or _broker_at_work(name, body)
        or any(  # "according to Reuters", "Reuters' calculations": who tells the news
            _TELLS_AFTER.match(body, end) or _TOLD_BEFORE.search(body, max(0, at - 30), at)
            for at, end in found
        )
        # "Reuters reported on Friday that ...", as the name is first written
        or _REPORTED_THAT.match(body, found[0][1]) is not None
        or _as_company(name, body) <= 0
        # written at least once as a company is: owning, acting or traded ("Zorvex's board",
        # "Zorvex has seen", "Zorvex shares"), not only as a label ("Overweight", "Other")
        or not any(_ACTS_AFTER.match(body, end) for _, end in found)
    )


# (not "Zorvex reported": a company reports its own results)
_TELLS_AFTER = re.compile(r"['’]s?\s+(?:calculations|reporting|sources)\b")
_TOLD_BEFORE = re.compile(
    r"\b(?:according\s+to|seen\s+by|told|reported\s+by|cited\s+by|quoted\s+by)\s+(?:the\s+)?$",
    re.I,
)
_ACTS_AFTER = re.compile(
    r"(?:['’]s?\s|\s+(?:has|had|have|is|was|will|would|said|says|reported|posted|announced|"
    r"expects|plans|shares|stock)\b)"
)
