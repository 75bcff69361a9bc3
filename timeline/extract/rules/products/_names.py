"""What the product rules share: the words of a product's name and what is none (a determiner, a
date, a holiday, a category, a standard, a company), a name trimmed of its headline's and its
maker's words, the kinds and categories of products, and the memory of the products an article
told (`_Products`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from timeline._time import MONTHS, WEEKDAYS
from timeline.extract.context import Context, Draft
from timeline.extract.mentions import find_entities
from timeline.extract.places import is_country
from timeline.extract.rules._common import PROPER_NAME
from timeline.extract.temporal import Occurrence

# A product's name; or one whose prefix of capitals a point joins to a number or a word:
# "ID.1", "ID.Buzz" (never "U.S.")
_NAME = (
    r"(?:[A-Z]{1,3}\.(?:\d[\w-]*|[A-Z][a-z][\w-]*)(?:[\s-][A-Z0-9][\w+-]*)*|" + PROPER_NAME + ")"
)


_CATEGORIES = [
    ("wearables", re.compile(r"\bglasses\b|\bwearables?\b|\bwatch\b|\bheadset\b", re.I)),
    (
        "AI model",
        re.compile(r"\b(?:AI|[Ll]anguage|[Rr]easoning)\s+models?\b|\bLLMs?\b"),
    ),
    ("app", re.compile(r"\bapp\b|\bapplication\b", re.I)),
    ("chip", re.compile(r"\bchips?\b|\bprocessors?\b|\bGPUs?\b|\baccelerators?\b", re.I)),
    ("smartphone", re.compile(r"\b(?:smart)?phones?\b", re.I)),
    ("vehicle", re.compile(r"\bvehicles?\b|\bcars?\b|\bSUV\b|\bEVs?\b|\bsedan\b", re.I)),
    (
        "drug",
        re.compile(
            r"\bdrug\b|\btreatment\b|\btherapy\b|\bvaccine\b|\bpills?\b|\bmedic(?:ine|ation)\b",
            re.I,
        ),
    ),
    ("service", re.compile(r"\bservice\b|\bplatform\b|\bsubscription\b", re.I)),
]
_STOP_NAMES = frozenset(
    [
        "The",
        "Its",
        "A",
        "An",
        "This",
        "That",
        "Their",
        "In",
        "On",
        "With",
        "Chinese",
        "Global",
        "New",
        "At",
        "After",
        "Before",
        "From",
        "For",
        # a sentence's opening adverb: "First launched in 2008, ...", "Once released, ..."
        "First",
        "Last",
        "Once",
        "Originally",
        "Initially",
        "Since",
        "When",
        "Until",
        # a count of products is none of them: "Six new cars will be launched"
        "Two",
        "Three",
        "Four",
        "Five",
        "Six",
        "Seven",
        "Eight",
        "Nine",
        "Ten",
        "Several",
        "Many",
        "Both",
        "All",
        "Some",
        # a pronoun stands for a product, it names none: "It will retail at $299"
        "It",
        "They",
        "These",
        "Those",
        "He",
        "She",
        "We",
    ]
)
# Holidays and seasons date a launch, they name none: "it would launch after Thanksgiving"
_HOLIDAYS = re.compile(
    r"^(?:Thanksgiving|Christmas|Easter|Diwali|Deepavali|Ramadan|Eid|Halloween|Hanukkah|"
    r"Black\s+Friday|Cyber\s+Monday|(?:Lunar\s+|Chinese\s+)?New\s+Year|Golden\s+Week|"
    r"Singles['’]?\s+Day|Prime\s+Day|Spring|Summer|Autumn|Fall|Winter)\b"
)
# A name that is a category, no product: "the new action RPG launched", "a large SUV will
# launch"; or a market index ("the launch of the Zorvex Next 50 Index")
_CATEGORY_NAME = re.compile(
    r"^(?:(?:[A-Z]{2,4}\s+)?(?:SUVs?|EVs?|BEVs?|PHEVs?|MPVs?|RPGs?|GPUs?|CPUs?|PCs?|AI|VR|AR))$|"
    r"\s(?:Index|Indices)$"
)


# A compound adjective written with a capital: "AI-powered", "Cloud-based", "GPS-enabled"
_ADJECTIVE = re.compile(
    r"^[A-Z][\w.]*-(?:powered|based|driven|enabled|generated|native|ready|first|focused|led|"
    r"backed|centric|friendly|assisted|integrated|capable|style|like|type|class|sized|inspired)$"
)


def _stop_name(name: str) -> bool:
    """A name that is no product: a determiner, a date ("June 5", "Friday"), a country ("the
    India launch"; a city's name may be a product's: "the Aurora", "the Tucson"), or a
    company's possessive ("Acme's")."""
    first = name.split(maxsplit=1)[0]
    if first in _STOP_NAMES or first.lower().rstrip(".") in _DATE_WORDS or is_country(name):
        return True  # "At launch", "June 5", "the India launch"
    if _ADJECTIVE.match(name) or _STANDARD.match(name):
        return True  # "a large AI-powered language model": a description, no name; "Wi-Fi 7"
    if _HOLIDAYS.match(name) or _CATEGORY_NAME.search(name) or name.endswith(("'s", "’s")):
        return True  # "after Thanksgiving", "a large SUV", a possessive ("XVI's launch")
    owner = re.sub(r"['’]s$", "", first)
    return owner != first and bool(find_entities(owner, kinds=("company",)))


_DATE_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS) | {"today", "tomorrow", "yesterday"}


@dataclass(slots=True)
class _Products:
    """The product last named: a metric or price without a name belongs to it."""

    last: str | None = None
    day: Occurrence | None = None  # the day of the article's launch event (see `_launch_day`)
    told: Draft | None = None  # the last launch told alone and without a price
    told_in: str = ""  # its sentence
    day_read: bool = False
    # a launch shown now and priced in the next sentence for a sale to come: the plan that
    # sentence tells, kept for it (its index, the plan)
    to_come: tuple[int, Draft] | None = None
    # the launches told, by their name's spelling folded and modality: the name first written
    spellings: dict[tuple[str, str], str] = field(default_factory=dict)


def _category(text: str) -> str | None:
    return next((name for name, p in _CATEGORIES if p.search(text)), None)


# A standard a product supports is no product of its maker: "Wi-Fi 7 routers", "introduced
# USB-C charging", "Bluetooth 6.0 earbuds"
_STANDARD = re.compile(
    r"(?:Wi-?Fi|Bluetooth|USB|HDMI|NFC|LTE|[2-6]G|Qi2?|Thunderbolt|PCIe|eSIM|DisplayPort|"
    r"DDR\d|LPDDR\d)(?![\w])",
    re.I,
)


# A word of a headline written in title case, where a name ends: "Unveils Nova X5 With 200MP
# Camera, Price Starts At Rs 24,999"
_TITLE_WORD = re.compile(
    r"\s+(?:With|At|For|In|On|From|To|As|By|Via|And|Price|Priced|Starts|Starting)\b"
)
# What a name may be followed by, before its verb: descriptive words and the kind of product
# ("the all-new Zorvex Vela seven-seat large SUV will launch this year")
_KINDS = (
    r"(?:SUV|EV|crossover|sedan|saloon|hatch(?:back)?|pickup|"
    r"minivan|car|vehicle|(?:smart)?phone|handset|console|headset|laptop|tablet|chip(?:set)?|"
    r"processor|drug|treatment|therapy|vaccine|game|app|camera|watch|device)s?"
)


def _trim(name: str) -> str:
    name = _TITLE_WORD.split(name, maxsplit=1)[0]  # "Nova X5 With 200MP Camera" (a headline's)
    name = re.sub(r"^[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?['’]s\s+", "", name)  # "Nintendo's Switch 2"
    name = re.sub(r"^(?:EV|SUV|AI|5G)\s+(?=[A-Z])", "", name)  # "its new EV Model C": a category
    words = name.split()
    while words and words[-1].lower() in ("series", "line", "lineup", "family", "range"):
        words.pop()
    return " ".join(words)


def _is_entity(name: str) -> bool:
    """Whether a name is a company, a firm, an investor or an index the tables know (with its
    legal form at most), not a product named after its maker.

    >>> _is_entity("Meta Platforms Inc"), _is_entity("Meta Quest 3")
    (True, False)
    """
    return any(
        m.start == 0 and _LEGAL_TAIL.fullmatch(name, m.end)
        for m in find_entities(name, kinds=("company", "firm", "investor", "index"))
    )


# What may follow a company's name in its own name: "Inc", "Group Holdings", "Co."
_LEGAL_TAIL = re.compile(
    r"(?:['’]s)?\.?(?:\s+(?:Inc|Ltd|Limited|Corp|Corporation|Co|Company|Group|Holdings|plc|PLC|"
    r"AG|SA|SE|NV|LLC|Bhd|Berhad)\.?)*,?\s*"
)


def _same_kind(noun: str, launch: str) -> bool:
    """Whether "the tablet" may stand for the product a launch told: a generic noun, one the
    launch's sentence writes ("its Aero tablet"), or one of its category ("the car", a sedan).

    >>> _same_kind("tablet", "launched its Aero tablet"), _same_kind("car", "the Vela sedan")
    (True, True)
    >>> _same_kind("phone", "launched its Aero tablet")
    False
    """
    if noun.lower() in ("product", "model", "device") or noun.lower() in launch.lower():
        return True
    return _category(noun) is not None and _category(noun) == _category(launch)


def _other_product(name: str, ctx: Context) -> bool:
    return not (_stop_name(name) or _is_entity(name) or ctx.subjects.company_named(name))
