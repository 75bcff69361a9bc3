"""Company names: their forms without a legal suffix, and whether a name is written as a
company's (not a product's, a person's, a broker's or an index's).
"""

from __future__ import annotations

import re

from timeline.extract.gates import gated
from timeline.extract.mentions import find_entities
from timeline.extract.text import LIST_MARKER

# An organisation's abbreviation in brackets: "the United Bank for Africa (UBA)", "First Bank
# of Nigeria (FBN) Holdings"
_ABBREVIATION = r"\((?P<abbr>[A-Z][A-Z&]{1,6})\)"
_SUFFIXES = re.compile(
    r"[\s,]+(?:(?:and|&)\s+(?:Co|Company|Industries|Sons|Partners)|Inc|Incorporated|Corp|Corporation|Co|Company|Ltd|Limited|"
    r"plc|PLC|AG|SE|SA|S\.A|NV|"
    # Türkiye's "A.Ş." (anonim şirketi) and "A.O." (anonim ortaklığı), often written "A.S."
    r"N\.V|Holdings?|Group|LLC|LP|Bhd|Tbk|ASA|AB|A/S|Oyj|SpA|KK|K\.K|A\.[SŞ]|A\.O)\.?$"
)

# A name with its abbreviation before its last words: "First Bank of Nigeria (FBN) Holdings"
_ABBREVIATION_INSIDE = re.compile(rf"[A-Z][^()]*?\s+{_ABBREVIATION}\s+(?P<rest>[A-Z][^()]*)")

_SHARE_WORDS = frozenset(
    {"shares", "stock", "stocks", "share", "price", "target", "the", "a", "an", "its", "analysts"}
)


# Words a name may end on with their period: "Quillon Industries Inc."
_ABBREVIATIONS = frozenset(
    ["inc", "corp", "co", "cos", "ltd", "bhd", "plc", "hldgs", "intl", "mfg", "bros", "n.v", "s.a"]
)


def without_full_stop(name: str) -> str:
    """``name`` without the full stop of the sentence it ended ("for Zorvex." -> "Zorvex"); an
    abbreviation keeps its own ("Quillon Industries Inc.").

    >>> without_full_stop("Boyd Gaming."), without_full_stop("Quillon Industries Inc.")
    ('Boyd Gaming', 'Quillon Industries Inc.')
    """
    if name.endswith(".") and name[:-1].rsplit(maxsplit=1)[-1].lower() not in _ABBREVIATIONS:
        return name[:-1]
    return name


def _short_names(name: str) -> list[str]:
    """A company name and its forms without a legal suffix: "Canadian Solar Inc." ->
    ["Canadian Solar Inc.", "Canadian Solar"]. A name with its abbreviation inside ("First
    Bank of Nigeria (FBN) Holdings") is one company: its short form is the abbreviation with
    what follows it ("FBN Holdings"), never the words before the bracket.

    >>> _short_names("Bank of Zorvia (BOZ) Group Ltd")
    ['Bank of Zorvia (BOZ) Group Ltd', 'BOZ Group Ltd', 'BOZ Group', 'BOZ']
    """
    words = name.split()
    while words and words[0].lower() in _SHARE_WORDS | {"shares", "of"}:
        words = words[1:]
    full = " ".join(words)
    if inside := _ABBREVIATION_INSIDE.fullmatch(full):
        return [full, *_short_names(f"{inside['abbr']} {inside['rest']}")]
    out = [full] if full else []
    bare = _SUFFIXES.sub("", full)
    while bare != full and bare:
        out.append(bare)
        full, bare = bare, _SUFFIXES.sub("", bare)
    return [n for n in out if len(n) >= 3 and n[:1].isupper()]


def written_form(name: str, text: str) -> str:
    """The shortest form of ``name`` without its legal suffix; a form that opens on an
    abbreviation only where ``text`` writes it on its own: "FBN Holdings", not "FBN", where
    the text writes only "FBN Holdings" and "(FBN)"; the whole name where it writes neither.

    >>> written_form("Zorvex Air Co.", "Zorvex Air Co. said.")
    'Zorvex Air'
    >>> written_form("Bank of Zorvia (BOZ) Holdings", "BOZ Holdings’ board met.")
    'BOZ Holdings'
    >>> written_form("Bank of Zorvia (BOZ) Holdings", "Bank of Zorvia (BOZ) Holdings met.")
    'Bank of Zorvia (BOZ) Holdings'
    >>> written_form("BOZ Holdings", "BOZ Holdings rose. BOZ said.")
    'BOZ'
    """
    forms = _short_names(name) or [name]
    for form in reversed(forms[1:]):
        if not form.split()[0].isupper() or any(
            not _NAME_GOES_ON.match(text, end) for _, end in _occurrences(form, text)
        ):
            return form
    return forms[0]


# What continues a name after one of its shorter forms: "FBN" of "FBN Holdings", "(FBN)"
_NAME_GOES_ON = re.compile(r"\s+[A-Z]|\)")


def acts(name: str, acting: frozenset[str] | set[str]) -> bool:
    """Whether ``name``, or its form without a legal suffix, is one of the names the events
    show ``acting`` on a company, or its first words ("Quenwick" of "Quenwick Partners", as a
    title shortens it).

    >>> acts("Quenwick", {"Quenwick Partners"}), acts("Zorvex", {"Quenwick Partners"})
    (True, False)
    >>> acts("Quenwick Securities Ltd", {"Quenwick Securities"})  # its legal form aside
    True
    """
    forms = _short_names(name) or [name]
    return any(f in acting or any(a.startswith(f"{f} ") for a in acting) for f in forms)


#: What a company is called by what it does: "EV maker Tesla", "the Japanese carmaker".
WHAT_IT_DOES = (
    # any "-maker": "steelmaker ArcelorMittal", "the toolmaker Zorvex"
    r"owner|parent|[a-z]*maker|operator|producer|manufacturer|retailer|lender|miner|"
    r"insurer|supplier|provider|distributor|developer|investor|conglomerate|airline|brewer|"
    r"giant|heavyweights?|peers?|rivals?|"
    # in lower case only: "The forest company SCA", "utility firm Kenya Power", "the chemicals
    # group BASF", but "Zorvex Bank Holdings" and "Volvo Group" keep their names
    r"(?-i:company|companies|firm|utility|bank|group)"
)


def at_work(text: str) -> str | None:
    """The name heading a clause of ``text`` that does what only a company does: launches its
    own product, sells its subsidiary, declares a dividend ("After Zorvex Group sold its
    Australian unit, a fund raised its stake"); ``None`` when no clause does.

    >>> at_work("On the heels of a deal, Quillon is debuting its own prebiotic soda.")
    'Quillon'
    >>> at_work("After Zorvex Group sold its Australian subsidiary, the fund bought more.")
    'Zorvex Group'
    >>> at_work("This was just before Brelmor declared a special dividend.")
    'Brelmor'
    >>> at_work("Jane Roe sold her stake."), at_work("The fund sold its stake in Zorvex.")
    (None, None)
    """
    m = _AT_WORK.search(text)
    return m["name"] if m else None


# A clause's opening name, before what it does: at a sentence's or list item's start, after a
# comma or a clause's conjunction ("After Zorvex Group sold ...")
_CLAUSE_NAME = (
    rf"(?:^(?:{LIST_MARKER}\s+)?|[,;]\s+|\b(?:[Aa]fter|[Bb]efore|[Ww]hen|[Ww]hile|[Ss]ince|[Oo]nce)\s+)"
    # ("The Zorvex Engineering", a name of two words after it, opens on "The")
    r"(?!(?:The(?!\s+[A-Z][\w&'’.-]*\s+[A-Z])|This|That|It|He|She|They|We|After|Before|When|"
    r"While|Since|Once|But|And|So|Analysts|Investors|Traders|Brokers|Shares|Stocks|Markets)\b)"
    # ("Bank of Zorvia": "of" within a name; no ticker in it: "Zorvex Corp ZVX.N reported")
    r"(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:(?![A-Z0-9]{1,6}\.[A-Z]{1,3}\b)[A-Z][\w&'’.-]*|&|"
    r"of(?=\s+[A-Z]))){0,3})\s+"
    r"(?:(?:is|are|has|have|had|was|also|now|recently)\s+)*"
)
# A clause opening on a name that does a company's own act: "Quillon is debuting its own ...",
# "After Zorvex sold its Australian subsidiary", "before Brelmor declared a special dividend"
_AT_WORK = gated(
    _CLAUSE_NAME
    + r"(?:(?:debut|launch|unveil|introduc|releas)\w*\s+its\b|roll(?:s|ed|ing)?\s+out\s+its\b|"
    r"(?:sold|sells|selling|divested|divests)\s+its\s+(?:[\w-]+\s+){0,2}"
    r"(?:subsidiary|unit|business|division|arm|operations)\b|"
    r"(?:declared|declares|declaring)\s+(?:an?|its)\s+(?:[\w-]+\s+){0,2}dividend)"
)
# ... or reports its own results, with a figure: "Zorvex notched 69% higher Q2 EPS of Rs.21.9",
# "Quillon posted a record net profit of $3m", "Brelmor reported H1 revenue of Rs 40 crore"
# The period a result is of, written before its figure: "Q2", "3Q2025", "1QFY26", "H1 FY25",
# "9MCY25", "third-quarter", "first-half", "full-year", "nine-month"
_RESULT_PERIOD = (
    r"(?:Q[1-4]|[1-4]Q|H[12]|[1-2]H|9M)(?:\s?(?:FY|CY)?\s?\d{2,4})?|FY\s?\d{2,4}|"
    r"(?:first|second|third|fourth)[\s-](?:quarter|half)|full[\s-]year|nine[\s-]month|"
    r"quarterly|half-yearly|annual"
)
_REPORTS = gated(
    # (its ticker may follow the name: "Zorvex Bank Limited (ZRVX) reported 3Q2025 EPS of")
    _CLAUSE_NAME + r"(?:\([A-Z][A-Z0-9.:\s-]{0,15}\)\s+)?"
    r"(?:notched|posted|reported|logged|clocked|recorded|delivered|announced)\s+(?:an?\s+)?"
    rf"(?:(?:record|[\d.]+%\s+(?:higher|lower))\s+)?(?:{_RESULT_PERIOD}|"
    r"net|revenue|sales|profit|EPS|earnings)\b[^;]{0,40}?\d"
)


def reports_results(text: str) -> str | None:
    """The name heading a clause of ``text`` that reports its own results with a figure
    (`at_work`'s name, its act a results report); ``None`` when no clause does.

    >>> reports_results("➢ Zorvex Cables notched Q2 EPS of Rs.5.5 and Rs. 11.7 in H1.")
    'Zorvex Cables'
    >>> reports_results("Bank of Zorvia posted a record net profit of $3m.")
    'Bank of Zorvia'
    >>> reports_results("• Zorvex Bank Limited (ZRVX) reported 3Q2025 EPS of Rs.11.7.")
    'Zorvex Bank Limited'
    >>> reports_results("Quillon Pharma announced 1QFY26 EPS of Rs.1.67, up 184% YoY.")
    'Quillon Pharma'
    >>> reports_results("Brelmor posted third-quarter net profit of $1.2 billion.")
    'Brelmor'
    >>> reports_results("Analysts posted revenue estimates."), reports_results("It rose 3%.")
    (None, None)
    >>> reports_results("Zorvex announced a new plant costing $3m.")
    """
    m = _REPORTS.search(text)
    return m["name"] if m else None


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
_PERSON_BEFORE = gated(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Sir|Dame|billionaire|tycoon|chairman|chairwoman|CEO|founder|"
    r"co-founder|chief\s+executive|investor|magnate|prince|princess|sheikh|emir|sultan|"
    # a patronymic: "Muhammad bin Salman Al Saud"
    r"bin|binti|bint|ibn)\.?\s+|"
    r"\b(?:chairman|chairwoman|chief\s+executive|CEO|founder|president)\s+of\s+[^,]{2,60},\s+|"
    # the role before a comma: "An ace investor, Tony Ekwe, holds ..."
    r"\b(?:an?|the)\s+(?:[\w-]+\s+)?(?:investor|billionaire|tycoon|magnate)\s*,\s+)$",
    re.I,
)


def _person(name: str, title: str, body: str) -> bool:
    """Whether the article writes ``name`` as a person's: after a title or a role.

    >>> _person("Tony Ekwe", "The chairman of Zorvex Bank, Tony Ekwe, bought shares", "")
    True
    >>> _person("Zorvex Bank", "The chairman of Zorvex Bank, Tony Ekwe, bought shares", "")
    False
    >>> _person("Tony Ekwe", "An ace investor, Tony Ekwe, holds 3%", "")
    True
    >>> _person("Tony Ekwe", "Tony Ekwe and His Son Sell Shares", "")
    True
    """
    text = f"{title}\n{body}"
    return any(
        _PERSON_BEFORE.search(text, max(0, at - 80), at) or _PATRONYMIC_AFTER.match(text, end)
        for at, end in _occurrences(name, text)
    )


# A given name before a patronymic ("Hamad bin Khalifa"), or a person's kin after the name
# ("Tony Ekwe and his son", "Tony Ekwe and His Wife Sell ...")
_PATRONYMIC_AFTER = re.compile(
    r"\s+(?:(?:bin|binti|bint|ibn)\s+[A-Z]|"
    r"(?i:and\s+(?:his|her)\s+(?:sons?|daughters?|wife|husband|brothers?|sisters?|family)\b))"
)


def _broker_at_work(name: str, title: str) -> bool:
    """Whether a name no table knows is a broker in this title: called one ("brokerage firm
    Quenwick") or upgrading, downgrading, initiating another company ("Quenwick upgrades ...").

    >>> _broker_at_work("Quenwick", "Global brokerage firm Quenwick has upgraded Zorvex")
    True
    >>> _broker_at_work("Quenwick", "Quenwick analysts upgraded Zorvia equities to overweight")
    True
    >>> _broker_at_work("Zorvex", "Zorvex raises its dividend")
    False
    >>> _broker_at_work("Quenwick & Co", "Quenwick & Co raised Zorvex's target price to $30")
    True
    >>> _broker_at_work("Brelmor", "Two analysis firms, Quenwick (QW) and Brelmor, forecast it")
    True
    >>> _broker_at_work("Quenwick Securities Ltd", "Quenwick Securities Ltd also has a Buy rating")
    True
    """
    called = any(
        _CALLED_BROKER.search(title, 0, at) for at, _ in _occurrences(name, title, fold=True)
    )
    return called or any(
        _UPGRADES.match(title, end)
        or _MOVES_TARGET.match(title, end)
        # (heading its sentence: not "the banks that follow Aramco have a buy rating")
        or (_HAS_CALL.match(title, end) and _SENTENCE_START.search(title, 0, start))
        for start, end in _occurrences(name, title)
    )


def _occurrences(
    name: str, text: str, *, fold: bool = False, joiners: str = ""
) -> list[tuple[int, int]]:
    """Where ``name`` stands in ``text`` as a whole word (no word character either side, nor
    one of ``joiners``), found without compiling a pattern for it; ``fold``: in any case.

    >>> _occurrences("Zorvex", "Zorvex, Zorvexes, zorvex"), _occurrences("Ab", "AB ab", fold=True)
    ([(0, 6)], [(0, 2), (3, 5)])
    >>> _occurrences("cost", "low-cost, cost's, cost", joiners="-'")
    [(18, 22)]
    """
    hay, needle = (text.casefold(), name.casefold()) if fold else (text, name)
    out: list[tuple[int, int]] = []
    at = hay.find(needle)
    while at >= 0 and needle:
        end = at + len(needle)
        before = text[at - 1] if at else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before == "_" or before in joiners) and not (
            after.isalnum() or after == "_" or after in joiners
        ):
            out.append((at, end))
        at = hay.find(needle, at + 1)
    return out


# "brokerage firm Quenwick", and "Quenwick upgrades Zorvex" (not "Quenwick upgraded to Buy")
_CALLED_BROKER = re.compile(
    r"\b(?:brokerage|broker|research\s+firm|investment\s+bank)\s+(?:firm\s+)?$|"
    # "Two financial analysis firms, Quenwick (QW) and Brelmor Group (Brelmor), ...": a list
    # of the firms that forecast
    r"\b(?:(?:analysis|analyst|research|brokerage|broker)\s+(?:firms|houses)|brokerages|brokers)"
    r"\b,?[^.;:]{0,60}$",
    re.I,
)
# "Quenwick raised Zorvex's target price", "Quenwick cuts its target on Zorvex": a broker's
# verb reaching a target within a few words
_MOVES_TARGET = re.compile(
    r"\s+(?:has\s+|have\s+)?(?:rais|lift|cut|lower|trim|hik|boost|reduc|slash)\w*\s+"
    r"(?:[\w&.'’-]+\s+){0,4}?(?:price\s+)?target\b",
    re.I,
)
_SENTENCE_START = re.compile(r"(?:^|[.;:!?]\s+|\n\s*)$")
# "HDFC Securities Ltd also has a Buy rating for Federal Bank": a broker's standing call
_HAS_CALL = re.compile(
    r"\s+(?:also\s+)?(?:has|have|had|gives|gave|assigns|assigned|maintains|maintained)\s+an?\s+"
    r"[\"'“‘]?(?:buy|sell|hold|neutral|outperform|underperform|overweight|underweight|"
    r"accumulate|add|reduce)\b",
    re.I,
)
_UPGRADES = re.compile(  # "Quenwick upgrades ...", "Quenwick analysts upgraded ..."
    r"\s+(?:analysts?\s+|strategists?\s+)?(?:has\s+|have\s+)?(?:upgrad|downgrad|initiat)\w*\s+"
    r"(?!to|from|by|at|with)\b"
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
_OWNED = (
    r"(?:brand|group|company|shares?|stock|board|management|team|chief|CEO|unit|"
    # what analysts hold of it: "its Zorvex price target", "their Zorvex rating"
    r"(?:price\s+)?target|rating|position|stake|holdings?|estimates?|valuation|results)\b"
)


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
    >>> _as_company("Bank of Zorvia", "The Bank of Zorvia’ board of directors is meeting.")
    1
    >>> _as_company("Zorvex Edge", "Zorvex Edge 50 Pro ships. The 2024 Zorvex Edge is here.")
    0
    >>> _as_company("Zorvex", "Zorvex 2025 profit rose. Zorvex 5% higher. Zorvex said.")
    4
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
        # "the Zorvex Edge 50 Pro", "the 2024 Zorvex Dzire": a model's number or year
        modelled = _MODEL_AFTER.match(body, end) is not None or _MODEL_YEAR.search(lead) is not None
        score += 1 - (led or modelled) + speaks - 2 * (launched + described)
    return score


def product_mention(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is written as a product's, not its maker's:
    after an article ("a Zorvex Model 3", "The Zorvex is 4.7 m long") unless it owns what
    follows or ends on a legal form ("the Zorvex board", "The Zorvex Co."), or before a
    model's number ("Zorvex 3 killer").

    >>> text = "A Zorvex Model 3 costs more. The Zorvex is longer. The Zorvex board met."
    >>> [product_mention(text, m.start(), m.end()) for m in re.finditer("Zorvex", text)]
    [True, True, False]
    >>> product_mention("The Zorvex Co. said", 4, 14), product_mention("Zorvex said", 0, 6)
    (False, False)
    """
    lead = text[max(0, start - _LEAD_REACH) : start]
    led = (
        _LED.search(lead) is not None
        and _OWNED_AFTER.match(text, end) is None
        and _ABBREVIATED_AFTER.match(text, end) is None
        and _SUFFIXES.search(text[start:end]) is None
    )
    return led or _MODEL_AFTER.match(text, end) is not None or bool(_MODEL_WORD.match(text, end))


# What stands around a company's name in `_as_company`, compiled once
_LEAD_REACH = 80  # characters: a launch verb and what describes its product
_LED = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+$")
# "the Zorvex brand", "The Bank of Zorvia’s board": what a company owns, after its name
_OWNED_AFTER = re.compile(rf"(?:['’]s?)?\s+{_OWNED}")
_SPEAKS_AFTER = re.compile(rf"\s+{_COMPANY_VERB}")
_LAUNCHED_BEFORE = re.compile(rf"{_LAUNCHED}$")
_DESCRIBED_AFTER = re.compile(rf",\s+(?:a|an|the)\s+{_PRODUCT_NOUN}")
_ABBREVIATED_AFTER = re.compile(rf"\s*{_ABBREVIATION}")
# A model's number after a name: "Zorvex Edge 50", "Zorvex Mona M03", "Zorvex 16e" (not a
# year, a share or an amount: "Zorvex 2025 results", "Zorvex 5% higher", "Zorvex 3.2 million")
_MODEL_AFTER = re.compile(
    r"\s+(?!(?:19|20)\d\d\b)(?:[A-Z]{0,2}\d{1,3}[A-Za-z]{0,3})\b(?![.,]?\d|\s*%|\s*(?:per\s?cent|percent|"
    r"million|billion|points?|pc)\b)"
)
# A model's name after its maker's: "Zorvex Model 3"
_MODEL_WORD = re.compile(r"\s+Model\s+[A-Z0-9]")
# A model year before a name: "the 2024 Zorvex Dzire", "2025 Zorvex EV4" (not "in 2024 Zorvex")
_MODEL_YEAR = re.compile(r"(?:^|(?<![\w,])(?i:the|a|an|new|all-new|its)\s+)(?:19|20)\d\d\s+$")
