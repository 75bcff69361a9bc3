"""What the ownership rules share: the words of a holding and of a trade's direction, the
company a stake is in, and a holder's name in full as the article gave it ("the fund" for
"Quenwick Capital Fund")."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import wraps

from timeline._time import MONTHS, WEEKDAYS
from timeline.extract.context import Context, Draft, Rule
from timeline.extract.gates import Gated, gated
from timeline.extract.mentions import find_entities
from timeline.extract.numbers import Amount
from timeline.extract.places import is_place
from timeline.extract.rules._common import is_per_share
from timeline.extract.subjects.names import _occurrences
from timeline.extract.text import POSSESSIVE_END, Sentence

# An officer's role as a dealings column writes it before the name, one role or several
# joined: "Executive director", "Joint chairman", "Chairman & CEO", "CEO and group MD",
# "Deputy CEO", "Group managing director", "Non-executive chairman"
_ROLE_WORD = (
    r"(?:(?:joint|deputy|group|executive|non-executive|independent|managing|finance|senior|"
    r"lead|alternate|acting|interim|vice)[\s-]+|co-)*"
    # "Promoter entity Brevik Ventures", "promoter group company Quillon Investments"
    r"(?:promoter(?:\s+group)?(?:\s+(?:entity|company|firm))?|"
    r"chairman|chairwoman|chairperson|chair|director|president|founder|"
    r"chief\s+[a-z]+\s+officer|chief\s+executive(?:\s+officer)?|CEO|CFO|COO|CTO|CIO|MD|"
    r"company\s+secretary|(?:substantial|major)\s+shareholder|insider)"
)
_OFFICER_ROLE = rf"(?i:{_ROLE_WORD}(?:\s*(?:&|\band\b|/)\s*{_ROLE_WORD})*)"
# A person's role written before the name, in apposition: "The chairman of the United Bank for
# Africa (UBA), Tony Elumelu, has acquired ..." (the holder is the person)
_ROLE_OF = (
    r"(?:[Tt]he\s+(?:[\w&.'’()-]+\s+){0,3}?(?:chairman|chairwoman|chief\s+executive|CEO|founder|"
    r"co-founder|president|owner|promoter|director)\s+of\s+[^,]{2,60},\s+)?"
)


#: A percentage sign as the press writes it: "5%", "5 per cent", "5 percent", and joined to its
#: noun as an adjective: "a 4.57-percent stake", "a 10-per-cent holding"
_PCT = r"(?:\s|-)?(?:%|per[\s-]?cent|percent)"
_HOLDING = (
    r"(?:stake|position|holding|holdings|interest|shares|investment|ownership|shareholding)s?\b"
)
# A trade announced as a noun: "announced the sale of 1 million shares of DXG", "completed the
# purchase of 2.5 million shares", "disclosed the acquisition of a 5.1% stake", "announced a
# net purchase of 5.11 million STB shares", "made a purchase of 40,000 shares"
_TOLD_AS_NOUN = (
    r"\b(?:announced|completed|disclosed|reported|finali[sz]ed|confirmed|made|executed)\s+"
    r"(?:the\s+|its\s+|an?\s+)?(?:net\s+|further\s+|additional\s+|new\s+)?"
    r"(?:{noun})\s+of\s+(?:an?\s+|another\s+)?[\d.,]+\s?(?:million\s+|billion\s+)?"
    r"(?:(?-i:[A-Z][\w.&-]*)\s+)?(?:(?:ordinary\s+)?shares|%|per\s?cent|percent)"
)
# A trade kept up or taken up again: "resumed buying", "continued to sell", "kept adding"
_KEPT = r"\b(?:resumed|continued|kept|started|began)\s+(?:to\s+)?"
_KEPT_BUYING = (
    _KEPT + r"(?:buy(?:ing)?|purchas(?:e|ing)|acquir(?:e|ing)|accumulat(?:e|ing)|add(?:ing)?)\b"
)
_KEPT_SELLING = _KEPT + r"(?:sell(?:ing)?|offload(?:ing)?|dispos(?:e|ing)|trim(?:ming)?)\b"
_KEPT_UP = rf"(?:{_KEPT_BUYING}|{_KEPT_SELLING})"
_DIRECTIONS: list[tuple[str, Gated]] = [
    (
        "new_position",
        gated(
            r"\b(?:established|initiated|opened|built|took|disclosed|acquired|purchased|bought|"
            r"bought\s+into|took\s+up|started|added)\s+(?:a\s+|an\s+)?(?:new\s+)?"
            r"(?:position|stake)s?\s+in\b|\bnew\s+(?:position|stake)s?\b|\bfirst\s+investment\b|"
            # "acquired a 10 per cent stake in": a stake bought whole (the article left out:
            # "purchased 6.7% stake in", as Indian English writes it)
            r"\b(?:acquired|purchased|bought|took|picked\s+up|snapped\s+up)\s+(?:an?\s+)?"
            r"(?:(?:about|around|nearly|roughly)\s+)?[\d.,]+\s?(?:%|per\s?cent|percent)\s+"
            r"(?:stake|holding|interest)\s+in\b",
            re.I,
        ),
    ),
    (
        "exit",
        gated(
            r"\bexited\b|\bsold\s+(?:off\s+)?(?:all|its|their)\s+(?:\w+\s+)?entire\b|"
            # "shed their full stake in Zorvex", "dumped its whole position", "sold its
            # remaining 2% stake", "sold the State's remaining 2 per cent stake"
            r"\b(?:shed|sold|dumped|unloaded|offload(?:ed)?)\s+(?:its|their|his|her|"
            r"(?:the\s+)?[A-Z][\w&.-]*['’]s)\s+(?:full|entire|whole|remaining)\s+"
            r"(?:[\d.,]+" + _PCT + r"\s+)?(?:stake|position|holding)s?\b|"
            r"\bsold\s+all\s+of\b|\bdumped\s+all\b|\bliquidated\b",
            re.I,
        ),
    ),
    (
        "increase",
        gated(
            r"\b(?:increased|boosted|raised|upped|lifted|grew|added\s+to|expanded|extended|bumped\s+up|"
            # "after building its stake from Jan. 20 to Thursday", "built up its holding"
            r"hiked|topped\s+up|doubled|building(?:\s+up)?|built\s+up|"
            # a headline's present: "Brevik Capital Boosts Stake in Quillon to 12.5%"
            r"increases|boosts|raises|ups|lifts|adds\s+to|expands|hikes|tops\s+up|doubles|"
            r"builds(?:\s+up)?)\s+(?:\w+\s+){0,2}" + _HOLDING,
            re.I,
        ),
    ),
    (
        "decrease",
        gated(
            # "began reducing its Tele2 stake", "had begun to sell down its holdings"
            r"\b(?:began|begun|started)\s+(?:to\s+)?(?:sell(?:ing)?|reduc(?:e|ing)|cut(?:ting)?|"
            r"trim(?:ming)?|par(?:e|ing))(?:\s+down)?\s+(?:\w+\s+){0,2}" + _HOLDING + "|"
            r"\b(?:trimmed|reduced|cut|lowered|lessened|pared|slashed|shrank|decreased|halved|"
            r"trims|reduces|cuts|lowers|pares|slashes|decreases|halves|"  # a headline's present
            r"scaled\s+back|sold\s+(?:\w+\s+){0,3}"
            r"of)\s+(?:\w+\s+){0,2}" + _HOLDING,
            re.I,
        ),
    ),
    (
        "buy",
        gated(
            r"\bagreed\s+(?:a\s+deal\s+)?to\s+(?:buy|purchase|acquire)\b|"
            # "spent $45.9 million on Friday to acquire an additional 21,216,389 shares", "parted
            # with a total of N22.50 million to acquire three million shares"
            r"\b(?:spent|paid|parted\s+with|splashed\s+(?:out\s+)?|shelled\s+out|forked\s+out)\s+"
            r"[^;]{1,60}?\bto\s+(?:buy|purchase|acquire)\b|"
            r"\bafter\s+(?:acquiring|buying|purchasing)\b|" + _KEPT_BUYING + "|"
            # a headline's present, its object said: "Norges Bank Takes 5% Stake in Quillon"
            # (not "as Alex Kayyal takes over the position": a post)
            r"\b(?:buys|acquires|purchases|takes(?!\s+over)|opens|initiates|picks\s+up|"
            r"snaps\s+up)\s+"
            r"(?:[\w.,%$€£-]+\s+){0,3}?(?:stake|position|holding|shares)\b|"
            r"\b(?:bought|purchased|acquired|snapped\s+up|picked\s+up|accumulated|scooped\s+up|"
            r"re-?established\s+(?:a\s+)?positions?|reopened\s+(?:a\s+)?positions?|re-?entered|"
            r"added\s+(?:(?:nearly|about|around|roughly|some|almost|approximately|over|"
            r"more\s+than|slightly\s+more\s+than)\s+)?(?:[\d.,]+\s+(?:million\s+)?)?shares)\b|"
            # a participle's trade of a count of shares: "..., buying 10,000 shares"
            r"\b(?:buying|purchasing|acquiring|adding|picking\s+up|scooping\s+up|snapping\s+up|"
            r"mopping\s+up)\s+(?:an?\s+(?:further|additional)\s+|another\s+)?"
            r"[\d.,]+\s+(?:million\s+)?(?:more\s+)?shares\b|"
            + _TOLD_AS_NOUN.format(noun="purchase|acquisition"),
            re.I,
        ),
    ),
    (
        "sell",
        gated(
            r"\bagreed\s+(?:a\s+deal\s+)?to\s+(?:sell|offload|divest|dispose\s+of)\b|"
            r"\b(?:sold|offloaded|dumped|unloaded|divested|disposed\s+of|trimmed|sold\s+off|"
            r"hived\s+off|off-?loaded|after\s+(?:selling|offloading|disposing\s+of))\b|"
            r"\b(?:selling|offloading|disposing\s+of|unloading)\s+(?:another\s+)?[\d.,]+\s+"
            r"(?:million\s+)?shares\b|" + _KEPT_SELLING + "|"
            # a headline's present, its object said: "Brevik Sells Its Quillon Stake"
            r"\b(?:sells|offloads|dumps|unloads|divests|sheds|disposes\s+of)\s+"
            r"(?:[\w.,%$€£-]+\s+){0,3}?(?:stake|position|holding|shares)\b|"
            # "shed their stake", "shed 40,000 shares" (not a price's "shed 3%")
            r"\bshed\s+(?:(?:its|their|his|her|some|part\s+of\s+(?:its|their|his|her))\s+)?"
            r"(?:[\d.,]+\s+(?:million\s+)?)?(?:[A-Z][\w.&-]*\s+)?"
            r"(?:stakes?|positions?|holdings?|shares)\b|"
            + _TOLD_AS_NOUN.format(noun="sale|disposal|divestment"),
            re.I,
        ),
    ),
]
_OBJECT = gated(
    r"\b(?:stake|position|shares|equity|ADRs?|ADSs?|holdings?|stock|ownership|shareholding)\b",
    re.I,
)
_SHARES = re.compile(r"^\s*(?:\w+\s+){0,2}(?:shares|ADRs|ADSs|stock)\b", re.I)
# A trade told after the level it brought: "after acquiring", "after selling"
_AFTER_TRADING = (
    r"after\s+(?:acquiring|buying|purchasing|selling|offloading|disposing\s+of|building)\b"
)
# The verb of a trade, right after who traded
_TRADE_VERB = (
    r"(?=(?:increased|boosted|raised|upped|lifted|grew|added|expanded|extended|bumped|hiked|trimmed|"
    r"reduced|"
    r"cut|lowered|lessened|scaled|pared|slashed|shrank|decreased|sold|acquired|purchased|bought|"
    r"took|initiated|snapped|picked|scooped|divested|offloaded|dumped|unloaded|disposed|"
    r"established|opened|built|exited|liquidated|started|began|begun|halved|doubled|hived|spent|"
    r"paid|parted|splashed|shelled|forked|"
    # a headline's present: "Brevik Capital Boosts Stake in Quillon"
    r"increases|boosts|raises|ups|lifts|adds|expands|hikes|trims|reduces|cuts|lowers|pares|"
    r"slashes|sells|acquires|purchases|buys|takes|initiates|snaps|picks|divests|offloads|dumps|"
    r"unloads|disposes|opens|builds|halves|doubles|sheds|"
    # "Dana Vale resumed buying shares", "Lars Holm continued to sell": a trade kept up
    r"shed|agreed\s+(?:a\s+deal\s+)?to|" + _KEPT_UP + r"|"
    # "Ng Kim Ying recorded his first purchase in Arts Optical since 2008, with five million
    # shares bought on November 22", "Ann Lee made her first on-market trade since 2015,
    # picking up 100,000 shares": a trade told as the holder's noun
    r"(?:recorded|made|completed|reported)\s+(?:his|her|its|their)\s+(?:[a-z-]+\s+){0,2}?"
    r"(?:purchase|sale|acquisition|disposal|trade|buy)|"
    # "... now holds a 9.41 per cent stake in the bank after acquiring N18.9 billion worth"
    r"(?:now\s+)?(?:holds|owns)\b(?=[^;]*\b" + _AFTER_TRADING + r"))\b)"
)
# What the holder is, in lower case before its name: "large fund manager Coronation has
# increased", "the activist investor Quenwick Partners sold", "Japanese conglomerate Zorvex
# bought", "the Public Investment Corporation (PIC) increased"; where it is from may open it
# with a capital: "the Swedish founders Ana Berg and Lars Holm sold"
_HOLDER_DESCRIPTOR = (
    r"(?:(?:[Tt]he\s+|[Aa]n?\s+)?(?:[a-z$][\w$.,’'-]*\s+|[A-Z][a-z]+\s+(?=[a-z]))?"
    r"(?:[a-z$][\w$.,’'-]*\s+){0,3}?"
    r"(?:fund\s+manager|asset\s+manager|money\s+manager|investor|fund|billionaire|tycoon|"
    r"conglomerate|investment\s+(?:firm|company|group|manager|vehicle)|activist|insurer|"
    r"shareholder|businessman|businesswoman|entrepreneur|magnate|mogul|founders|co-founders|"
    r"promoters|owners)"
    # in apposition: "the majority shareholder in the company, Zorvex sold ..."
    r"(?:\s+(?:in|of)\s+(?:the|its)\s+(?:company|firm|group|bank|lender|business))?(?:,\s+|\s+)|"
    r"[Tt]he\s+(?=[A-Z])|"
    # a person's descriptor heading the sentence: "Billionaire Femi Quadrant bought ..."
    r"(?:Billionaire|Tycoon|Businessman|Businesswoman|Entrepreneur|Magnate|Mogul)\s+(?=[A-Z]))?"
)
# The holdings-story clause: "Acme Capital LLC raised its position in shares of X by 3.4%".
_ACTOR_FIRST = re.compile(
    r"^(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?:\s+)?"  # a dateline: "Hyderabad: ..."
    # who reported it: "Arab News also reported on February 17 that ..."
    r"(?:(?:[A-Z][\w&.'’-]*\s+){1,3}(?:also\s+)?(?:reported|reports|said|says|noted|notes|"
    r"wrote|writes|showed|shows|revealed|reveals|disclosed|discloses|announced|announces)"
    r"(?:\s+on\s+[^,]{1,25}?)?\s+that\s+|It\s+means\s+(?:that\s+)?|"
    # "It was reported on June 14 that ...": a filing's news told in the passive
    r"It\s+(?:was|has\s+been)\s+(?:reported|disclosed|announced)(?:\s+on\s+[^,]{1,25}?)?\s+"
    r"that\s+|"
    # "A regulatory filing for the quarter showed Buffett had halved ...": a filing tells it
    # ("Zorvex Inc’s recent filing unveils that its President Dana Vale unloaded ...")
    r"(?:A|An|The|Its|His|Her|Their|(?:[A-Z][\w&.-]*\s+){1,4}?[A-Z][\w&.-]*['’]s)\s+"
    r"(?:[\w’'-]+\s+){0,3}?(?:filings?|disclosures?|data|"
    r"documents?|reports?|records?)\b[^,;]{0,80}?\s+(?:showed|shows|revealed|reveals|"
    r"indicated|indicates|unveils|unveiled|discloses|disclosed)\s+(?:that\s+)?)?"
    # "According to HKEX filings, Executive director Chan Siu Ming bought ..."
    r"(?:(?i:according\s+to)\s+[^,;]{1,90},\s+)?"
    r"(?:(?:Also|Finally|Additionally|Meanwhile|Separately|In addition|In (?:other|related) "
    # "In a bulk deal on the NSE on Wednesday, Quillon Fund bought ..."
    r"news|(?:On|In|During|Earlier|Last|Between|Through|Via)\s+[^,]{1,50}(?:,\s+(?:19|20)\d\d)?),?\s+)?"
    # "After Zorvex sold its unit, the fund ...": a clause of its own before the holder's
    r"(?:(?:After|When|Once|Since|Although|Though|Following)\s+[^,]{1,80},\s+)?"
    + _HOLDER_DESCRIPTOR
    # "Executive director Ng Kim Ying", "Chairman & CEO Dana Vale", "its President Dana Vale"
    + r"(?:(?:(?i:its|their)\s+)?"
    + _OFFICER_ROLE
    + r"\s+)?"
    + _ROLE_OF
    # "InterGlobe Aviation promoter Rakesh Gangwal": a company's role before a person's name
    + r"(?P<name>[A-Z0-9][\w&.,'’\-]*(?:\s+(?:[A-Z0-9&][\w&.,'’\-]*|of|de|and|&|"
    r"promoter|founder|co-founder|chairman|chairwoman))*?)"
    r"(?:\s+\([A-Z&]{2,8}\))?"  # "the Public Investment Corporation (PIC) increased"
    # "Michael Dell, the founder and CEO of Dell Technologies, recently sold ..."
    # "..., a firm linked to Zorvex board member, Ann Lee, has acquired": one more comma
    # "Rheos, which manages a popular fund, holds 5.12% ... after building its stake"
    # "Namsen Limited, controlled by Andrei Verevsky, the majority shareholder, bought ..."
    r"(?:,\s+(?:the|its|a|an|which|who|(?:controlled|owned|backed|led|run|founded|managed|"
    r"chaired|headed)\s+by)\s+[^,]{1,70}(?:,\s+(?:[A-Z]|the\s)[^,]{1,60})?,)?"
    # "Torvald Sigma, meanwhile, added 250,000 shares": a word of the story's between commas
    r"(?:,\s+(?:meanwhile|however|too|also|likewise|similarly|in\s+turn|for\s+(?:its|his|her|"
    r"their)\s+part|(?:by|in)\s+contrast|on\s+the\s+other\s+hand),)?"
    # "... and his family trust": who acted with the holder, one holder with it; "... with its
    # affiliates": the holder alone
    r"(?:\s+(?P<joint>and\s+(?:his|her|their|its)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)|"
    r"\s+with\s+(?:his|her|their|its)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)?"
    # "on Tuesday", "last week", "earlier this month": when, between holder and verb
    r"(?:\s+(?:on\s+\w+(?:\s+\d{1,2})?|(?:last|this|earlier\s+this|late\s+last)\s+\w+))?"
    # "... disclosed that he sold", "... has confirmed it has purchased": the holder speaks
    # of its own trade
    r"(?:\s+(?:(?:has|have|had)\s+)?(?:said|disclosed|revealed|announced|reported|confirmed)"
    r"\s+(?:that\s+)?"
    r"(?:he|she|it|they))?"
    r"(?:,?\s+(?:which|who))?,?\s+"  # "Equinor, which acquired ...", "Orvale Investment, bought"
    r"(?:has\s+|have\s+|had\s+)?(?:(?:recently|also|since|now|further|again|\w+ly)\s+)?"
    + _TRADE_VERB
)
# A directors'-dealings line: the company (with its ticker, a colon, its possessive or a role
# in lower case after it), the officer's role and name, when, then the trade: "Hilton Food
# Group (LSE: HFG) chairman Robert Watson last Friday sold", "Zorvex Holdings (1234): Chairman &
# CEO Dana Vale resumed buying", "Quillon: Joint chairman Lars Holm continued buying",
# "Kestrel Land's deputy CEO Lim Hui Ling sold", "Zorvex plc chief executive Dana Vale has bought"
_COMPANY_OFFICER = re.compile(
    # an opening phrase: "In a similar vein, Zorvex’s Vice President, Ms. Ann Lee, sold ..."
    r"^(?:[-•*·▪]\s*)?(?:(?:In|On|At|Also|Meanwhile|Separately|Elsewhere|Similarly)\b"
    r"[^,;.:]{0,30},\s+)?(?!"
    + _OFFICER_ROLE
    + r"\s)(?P<company>[A-Z][\w&.'’-]*(?:\s+[A-Z0-9&][\w&.'’-]*){0,4}?"
    r"(?:\s+(?:plc|Bhd|Berhad|Ltd|Limited|Inc|Corp))?\.?)"
    r"(?:\s*\((?:[A-Za-z]{2,8}\s*:\s*)?[A-Z0-9][A-Z0-9.-]{0,9}\)(?:\s*:)?|['’]s|\s*:|"
    r"(?=\s+[a-z]))\s+" + _OFFICER_ROLE + r",?\s+(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})"
    r",?"
    r"(?:\s+(?:on\s+\d{1,2}\s+[A-Z][a-z]+|on\s+[A-Z][a-z]+(?:\s+\d{1,2})?|"
    r"(?:last|this|earlier\s+this)\s+\w+|over\s+[^,;]{1,30}?))?\s+"
    r"(?:(?:has|had|also|again|further)\s+)*" + _TRADE_VERB
)
# An officer named by the role alone, heading the clause of a trade: "CEO bought S$2.7m
# shares", "Zorvex's chairman sold 40,000 shares", "Its finance director has bought ..." (the
# holder is the role as written; the company, when named, the stake's)
_OFFICER_ALONE = re.compile(
    r"(?:[-•*·▪]\s*)?(?:(?:The|Its|Their)\s+(?:company['’]s\s+)?|"
    r"(?P<company>[A-Z][\w&.'’-]*(?:\s+[A-Z0-9&][\w&.'’-]*){0,3}?)(?:['’]s)?\s+(?!\w+\s+[A-Z]))?"
    r"(?P<role>" + _OFFICER_ROLE + r")\s+(?:(?:has|had|also|again|further)\s+)*" + _TRADE_VERB
)
_BY_PERCENT = re.compile(r"\bby\s+(?:about\s+|approximately\s+)?(?P<p>\d+(?:[.,]\d+)?)" + _PCT)
_HELD = re.compile(
    r"\b(?:now\s+)?(?:owned|owns|holds|held|owning|holding|"
    # "The transaction leaves him with 2.17m shares", "Kear's holding amounts to 1,270,752"
    r"(?:leaves|leaving|left)\s+(?:him|her|them|it)\s+with|holding\s+(?:amounts|comes)\s+to)\s+"
    r"(?:a\s+total\s+of\s+)?"
    r"(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s?(?:m|mn|million)?)\s+"
    r"(?:ordinary\s+|common\s+)?(?:shares|ADRs|ADSs|units)",
    re.I,
)
_CHANGED = re.compile(
    r"\b(?:after|by)\s+(?:buying|purchasing|acquiring|selling|disposing\s+of|adding)\s+"
    r"(?:an\s+additional\s+|a\s+further\s+)?(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s+(?:shares|ADRs|ADSs)",
    re.I,
)
_WORTH = re.compile(r"\b(?:valued\s+at|worth)\b", re.I)
# "worth" tells the value of a holding only where a holding is spoken of ("a new stake ...
# valued at $41,000", "now owns 901 shares worth $88,000"); "acquired equity valued at $7.8
# billion" is what was paid.
_HOLDING_CONTEXT = re.compile(r"\b(?:stake|position|holdings?|owns|owned|holds|held)\b", re.I)
_CONTINUATION = re.compile(
    r"^(?:The\s+(?:institutional\s+investor|fund|firm|hedge\s+fund|investor|company|bank|"
    r"investment\s+(?:firm|manager)|asset\s+manager|insurer|pension\s+fund|"
    r"sovereign(?:\s+wealth)?\s+fund|conglomerate|group|billionaire|tycoon)|"
    # "The trade increased his holdings by 30 per cent to 21.65 million shares": its details
    r"The\s+(?:trade|purchase|acquisition|sale|disposal|transaction|deal)\s+\w+\s+"
    r"(?:his|her|its|their)\s+(?:holdings?|stake|position|shareholding)\b|"
    # "The transaction leaves him with 2.17m shares in the company"
    r"The\s+(?:trade|purchase|acquisition|sale|disposal|transaction|deal)\s+leaves\s+"
    r"(?:him|her|them|it)\s+with\b|"
    r"The\s+(?:shares|stock)\s+(?:were|was)\s+(?:sold|bought|purchased|acquired))\b",
    re.I,
)
# "for a total value of $2,810,000", "for a total of $1.2 million": the money traded
_TOTAL = re.compile(
    r"\b(?:total\s+(?:value|transaction(?:\s+value)?|consideration|amount)\s+of|"
    r"for\s+a\s+total\s+of|in\s+total\s+for)\s+",
    re.I,
)


# A person's role written before the name: "Director Jane Doe", "Acme CEO Jane Doe", "EVP
# John Smith", "Non-Executive Director Ann Lee". The holder is the person.
_ROLE = re.compile(
    r"^(?:[A-Z][\w&.'’-]*\s+){0,3}?(?:(?:Chief\s+\w+\s+Officer|CEO|CFO|COO|CTO|CIO|EVP|SVP|VP|"
    r"(?:Executive\s+|Senior\s+)?Vice\s+President|President|(?:Executive\s+|Non-[Ee]xecutive\s+"
    r"|Managing\s+|Independent\s+)?Director|(?:Executive\s+|Non-[Ee]xecutive\s+)?Chair(?:man|woman|"
    r"person)?|General\s+Counsel|Secretary|Founder|Co-[Ff]ounder|Insider|Treasurer|Officer|"
    r"promoter|founder|co-founder|chairman|chairwoman)"
    r"(?:\s+and\s+[A-Z][\w-]*)?),?\s+(?=[A-Z][a-z])"
)


# A person's role in brackets after the name: "Dana T. Vale (MD)"
_ROLE_AFTER = re.compile(
    r"\s*\((?:MD|CEO|CFO|COO|CTO|Chairman|Chairwoman|Chairperson|Director|Founder|Promoter|"
    r"MD\s*(?:&|and)\s*CEO)\)$"
)


# A trade or a holding still to come, not made: "will buy a 20% stake", "seeks to raise its
# holding ... to 19.9%", "plans to acquire" (an agreed deal, "agreed to buy", is a trade)
_TO_COME = (
    r"\b(?:will|would|shall|plans?\s+to|planning\s+to|intends?\s+to|seeks?\s+to|aims?\s+to|"
    r"hopes?\s+to|wants?\s+to|(?:is|are)\s+(?:set|expected|poised|looking|due)\s+to)\s+"
)
_PLANNED = re.compile(_TO_COME + r"(?:\w+\s+)?$", re.I)
# ... and the level such a trade would bring ("plans to ... maintain its 10% stake" is held)
_PLANNED_LEVEL = re.compile(
    _TO_COME
    + r"(?:buy|acquire|purchase|raise|increase|lift|boost|take(?!\s+part)|build|sell|cut|reduce)\w*"
    r"\b[^.;,]{0,50}$",
    re.I,
)


def _holder(name: str) -> str:
    """The holder a name stands for, without the role written before a person's name.

    >>> _holder("Acme CEO Jane Doe"), _holder("Director Richard Roe"), _holder("Vanguard Group")
    ('Jane Doe', 'Richard Roe', 'Vanguard Group')
    >>> _holder("While Dr. Jane Doe’s"), _holder("Quenwick Partners'")
    ('Jane Doe', 'Quenwick Partners')
    >>> _holder("Roe’s Yew Oak Consortium"), _holder("The chairman of Zorvex Bank, Jane Doe")
    ('Yew Oak Consortium', 'Jane Doe')
    >>> _holder("Dana Q. Roe’s Quillon Capital Limited")
    'Quillon Capital Limited'

    >>> _holder("Saudi Arabia's Public Investment Fund"), _holder("Dana T. Vale (MD)")
    ('Public Investment Fund', 'Dana T. Vale')
    >>> _holder("Hong Kong-based hedge fund Quillon Asset Management")
    'Quillon Asset Management'
    """
    name = _ROLE_AFTER.sub("", name.strip().rstrip(","))
    name = _ROLE.sub("", POSSESSIVE_END.sub("", name))
    name = _OWNED_BY_PERSON.sub("", _OPENER.sub("", name))
    place = _OWNED_BY_PLACE.match(name)  # "Saudi Arabia's Public Investment Fund"
    return name[place.end() :] if place and is_place(place["owner"]) else name


# The word that ends a holder's full name: "Yew Tree" is the article's "Yew Tree Consortium"
_ORG_WORD = (
    r"(?:Consortium|Capital|Holdings?|Group|Partners|Fund|Investments?|Management|Trust|"
    r"Ventures|Advisors|Advisers|Works|Associates)\b"
)


def _full_form(name: str, ctx: Context) -> str:
    """The holder's full name where the article gives it with an organisation's words after a
    shorter form ("Yew Tree" for "Yew Tree Consortium", "Elliott" for "Elliott Investment
    Management", "Rheos Capital" for "Rheos Capital Works")."""
    text = ctx.article.text
    for at, end in _occurrences(name, text):  # found without compiling a pattern per name
        if text[at - 1 : at] != "-" and (longer := _ORG_WORDS_AFTER.match(text, end)):
            return text[at : longer.end()]
    return name


_ORG_WORDS_AFTER = re.compile(rf"(?:\s+{_ORG_WORD})+")


# --- a holder's name in full -----------------------------------------------------------------

# A name with its abbreviation after it: "the Public Investment Fund (PIF)", "The Abu Dhabi
# Investment Authority (Adia)", "National Pension Service (NPS)"
_ABBREVIATED = re.compile(
    r"(?P<full>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|for|and|&)){1,7})\s+"
    r"\((?P<abbr>[A-Z][A-Za-z&]{1,7})\)"
)
_LINKS = frozenset({"of", "for", "and", "&"})


def _abbreviated(full: str, abbr: str) -> str | None:
    """The words of ``full`` that ``abbr`` abbreviates, by their initials, else None.

    >>> _abbreviated("Saudi Arabia's Public Investment Fund", "PIF")
    'Public Investment Fund'
    >>> _abbreviated("The Abu Dhabi Investment Authority", "Adia")
    'Abu Dhabi Investment Authority'
    >>> _abbreviated("Zorvex Holdings", "ZH"), _abbreviated("Zorvex Holdings", "NYSE")
    ('Zorvex Holdings', None)
    """
    words = full.split()
    for i in range(len(words) - 1):
        initials = "".join(w[0] for w in words[i:] if w not in _LINKS)
        if initials.upper() == abbr.upper().replace("&", ""):
            return " ".join(words[i:])
    return None


@dataclass(slots=True)
class _Abbreviations:
    """The names the article abbreviates, by their abbreviation."""

    full: dict[str, str] | None = None


def _in_full(name: str, ctx: Context) -> str:
    """A holder's name as the article writes it in full: "PIF" for the "Public Investment Fund
    (PIF)" named before, "Saudi Arabia's Public Investment Fund" without its country, "Elliott"
    with its organisation's words, a surname with the given name the article names it with."""
    memory = ctx.memory(_Abbreviations)
    if memory.full is None:
        memory.full = {}
        for m in _ABBREVIATED.finditer(ctx.article.text):
            if (full := _abbreviated(m["full"], m["abbr"])) is not None:
                memory.full.setdefault(m["abbr"].upper(), full)
    place = _OWNED_BY_PLACE.match(name)
    if place and is_place(place["owner"]):
        name = name[place.end() :]
    if " " not in name and name.upper() in memory.full:
        return memory.full[name.upper()]
    full = _full_form(name, ctx)
    if " " in full or full.lower() in _NOT_HOLDERS or ctx.subjects.is_word(full):
        return full  # "Institutions", a word the article writes in lower case: no surname
    return _given_name(full, ctx.article.text) or full


# A given name before a surname: "Femi Otedola", "Jane Q. Roe"
# ("Krishna Prasad Chigurupati": two given names)
_GIVEN = r"(?P<given>[A-Z][a-z]+(?: [A-Z][a-z]+)?(?: [A-Z]\.)?) "  # on one line
# Words written with a capital before a name that are no given names
# Prepositions that may open a sentence before a name, no part of it: "Like Quillon, Zorvex
# Trust acquired its shares"
_OPENING_PREPOSITIONS = (
    "Like", "Unlike", "Besides", "Despite", "Beyond", "Alongside", "Among", "Including",
    "Excluding",
)  # fmt: skip
_NOT_GIVEN = frozenset(
    [
        *_OPENING_PREPOSITIONS,
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "As",
        "By",
        "For",
        "From",
        "With",
        "After",
        "Before",
        "When",
        "While",
        "Since",
        "Once",
        "But",
        "And",
        "Also",
        "Meanwhile",
        "However",
        "Mr",
        "Mrs",
        "Ms",
        "Dr",
        "Sir",
        "Dame",
        "Chairman",
        "Chairwoman",
        "Director",
        "Founder",
        "Billionaire",
        "Investor",
        "Tycoon",
        "Chief",
        "President",
        "Minister",
        "Promoter",
        "Analyst",
        "Shares",
        "Stock",
        "Shareholder",
        "Swedish",
        "American",
        "British",
        "Indian",
        "Chinese",
        "Japanese",
        "Korean",
        "Nigerian",
        "Saudi",
    ]
)


def _given_name(surname: str, text: str) -> str | None:
    """The full name of a person the article names in full and elsewhere by the surname
    ``surname`` alone (one capitalised word, no acronym, no company the tables know), else
    None.

    >>> _given_name("Roe", "Dana Roe bought shares. Later, Roe sold.")
    'Dana Roe'
    >>> _given_name("Roe", "In Roe's view, Mr Roe sold."), _given_name("PIF", "The Saudi PIF")
    (None, None)
    """
    if not re.fullmatch(r"[A-Z][a-z][\w’'-]*", surname) or find_entities(surname):
        return None
    for m in re.finditer(rf"(?<![\w’'-]){_GIVEN}{re.escape(surname)}(?![\w-])", text):
        words = m["given"].split()
        while words and (words[0] in _NOT_GIVEN or is_place(words[0]) or find_entities(words[0])):
            words = words[1:]  # "Billionaire Femi Quadrant": the given name after the title
        if words and not words[0].endswith("."):
            return f"{' '.join(words)} {surname}"
    return None


_NAMED = {"stake_change": "investor", "ownership_level": "holder"}


def _named_in_full(rule: Callable[[Sentence, Context], Iterator[Draft]]) -> Rule:
    """A rule whose holders are named in full (`_in_full`); the name as written is one the
    events show acting, never the article's company."""

    @wraps(rule)
    def read(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
        for draft in rule(sentence, ctx):
            key = _NAMED.get(draft.kind)
            written = draft.payload.get(key) if key else None
            if key and isinstance(written, str) and (full := _in_full(written, ctx)) != written:
                draft.payload[key] = full
                ctx.acting.add(ctx.subjects.id_of(written))  # "Adia" acts: no company of it
            yield draft

    return read


# A word that links the sentence to the one before, with its comma: "Then, Dana Vale sold",
# "Accordingly, Dragon Capital bought", "Specifically, Acme Fund ..." (any "-ly" adverb)
_LINK = (
    r"(?:Then|Later|Previously|Earlier|Next|Likewise|However|Moreover|Thereafter|Therefore|"
    r"Furthermore|Further|Besides|Meanwhile|Indeed|Instead|Overall|Thus|Hence|In\s+addition|"
    r"In\s+particular|In\s+detail|(?:Before|After)\s+that|[A-Z][a-z]{4,}ly),\s+"
)
_LINKED = re.compile("^" + _LINK)
# What opens a clause or a name, not a holder: "While Daniel Ek sold", "Dr. Jane Doe's holding"
_OPENER = re.compile(
    r"^(?:(?:While|Whereas|As|After|Although|Meanwhile|Also|But|And)\s+|"
    + _LINK
    + r")?"
    + _ROLE_OF
    # "Sweden-based Kinnevik", "Hong Kong-based hedge fund Viridian Asset Management"
    + r"(?:(?:[A-Z][\w.]*\s+)?[A-Z][\w.]*-based\s+(?:[a-z][\w-]*\s+){0,3}(?=[A-Z]))?"
    r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Sir|Dame)\.?\s+)?"
)
# "Stroll's Yew Tree Consortium": the holder is the consortium its owner's name is written on
_OWNED_BY_PERSON = re.compile(r"^(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s\s+(?=[A-Z])")
# ("the Kingdom of Saudi Arabia's Public Investment Fund": a state named in full)
_OWNED_BY_PLACE = re.compile(
    r"^(?:(?:the\s+)?(?:Kingdom|Republic|State|Sultanate|Emirate|Government)\s+of\s+)?"
    r"(?P<owner>(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*)['’]s\s+(?=[A-Z])"
)


# "at an average price of $112.40", "at an average cost of $21.10", "at $2.20": the price of
# each share traded; not the whole sum ("at the cost of N16 billion", "valued at N1.9 billion")
_PER_SHARE_PRICE = re.compile(
    r"(?:\b(?:average\s+)?price\s+of|\baverage(?:\s+(?:cost|price))?(?:\s+of)?|"
    r"(?<!valued\s)(?<!priced\s)\bat)\s+"
    r"(?:about\s+|approximately\s+)?$",
    re.I,
)


def _per_share_price(text: str, amount: Amount) -> bool:
    """Whether ``amount`` is the price of each share traded, not the sum paid.

    >>> from timeline.extract.numbers import find_money
    >>> paid = ("sold at $2.20", "at the cost of $16 million", "bought 9 shares for $7.55 each")
    >>> [_per_share_price(t, find_money(t)[0]) for t in paid]
    [True, False, True]
    """
    if not is_per_share(amount, text):
        return False  # "N16.02 billion": a sum, whatever the word before it
    if _EACH_AFTER.match(text, amount.end):
        return True  # "bought 758,447 shares for $77.55 per share", "for $73.92 each"
    return _PER_SHARE_PRICE.search(text, max(0, amount.start - 30), amount.start) is not None


_EACH_AFTER = re.compile(r"\s*(?:per\s+share|a\s+share|each|apiece|/\s?share)\b", re.I)


# Words for many, written with a capital at a sentence's head: "INVESTORS bought shares",
# "Companies in which the fund holds stakes of 10% ..."
_NOT_HOLDERS = frozenset(
    [
        "investors",
        "companies",
        "shareholders",
        "traders",
        "funds",
        "firms",
        "institutions",
        "foreigners",
        "stocks",
        "shares",
        "analysts",
        "buyers",
        "sellers",
        "banks",
        "brokers",
        # a role, not who holds it: "(where he is also vice chairman and COO), owns .02%"
        "ceo",
        "cfo",
        "coo",
        "cto",
        "chairman",
        "chairwoman",
        "president",
    ]
)


# A public holder heading the clause: "The government currently holds a 25.3% stake",
# "The state's stake in ...", "The Treasury now owns 38.7%"; kept as written, without "the"
_PUBLIC = r"(?i:government|state|treasury|sovereign(?:\s+wealth)?\s+fund|finance\s+ministry)"


_PUBLIC_HOLDER = re.compile(
    r"^(?:[^,]{0,40},\s+)?(?:[Tt]he\s+)?(?P<holder>(?:[A-Z][\w-]*\s+)?" + _PUBLIC + ")"
    r"(?=['’]s\s|\s+(?:\w+ly\s+|now\s+|still\s+|also\s+)?"
    r"(?:holds|owns|held|owned|retains|controls|has|had)\b)"
)


# ... or owning the stake anywhere in the sentence: "reducing the State's shareholding in the
# bank to 57.4%"
_PUBLIC_STAKE = re.compile(
    r"\b[Tt]he\s+(?P<holder>" + _PUBLIC + r")['’]s?s?\s+(?:\w+\s+)?"
    r"(?:stake|shareholding|holding|ownership)\b"
)


# A public holder heading the sentence whatever its verb: "Earlier this month, the
# government reduced its shareholding", "The state sold its remaining 2 per cent stake"
_PUBLIC_AT_HEAD = re.compile(
    r"^(?:[^,]{0,40},\s+)?(?:[Tt]he\s+)?(?P<holder>(?:[A-Z][\w-]*\s+)?" + _PUBLIC + r")\b"
)


def _public_holder(text: str) -> tuple[str, int, int] | None:
    """The public holder (its name as written, where) a stake sentence speaks of, if any."""
    m = _PUBLIC_AT_HEAD.match(text) or _PUBLIC_STAKE.search(text)
    return (m["holder"], m.start("holder"), m.end("holder")) if m else None


def _stake_in(text: str, ctx: Context) -> str | None:
    """The subject id of the company a stake in the sentence is in, when it names one: the
    one its shares are written of ("bought 10,000 shares of Zorvex"), else the one whose
    officer heads the line ("D4t4 Solutions (AIM: D4T4) director ... sold 395,000 shares")."""
    m = next((m for m in _IN_COMPANY.finditer(text) if not _TIME_NAME.match(m["name"])), None)
    officer = _COMPANY_OFFICER.match(text) or _OFFICER_ALONE.match(text)
    if m is None and officer and officer["company"]:
        return ctx.subjects.id_of(officer["company"])
    if m is None:
        m = _COUNT_OF_COMPANY.search(text) or _NAMED_STAKE.search(text)
        if m is not None and (_SHARE_CLASS.match(m["name"]) or _TIME_NAME.match(m["name"])):
            return None
    if m is None or _DESCRIBED_BY_LISTING.search(m["name"]):
        return None  # "shares in the Junior Market-listed company": the article's own
    if is_place(m.group("name")):
        # "its 70% stake in Singapore's PLQ Mall": the company after its country's name
        # ... or after its people's name and what it does: "a 9.9% stake in Australian
        # shipbuilder Austal Ltd"
        owned = _PLACES_COMPANY.match(text, m.end("name")) or _PEOPLES_COMPANY.match(
            text, m.end("name")
        )
        return ctx.subjects.id_of(owned["name"]) if owned else None
    return ctx.subjects.id_of(m.group("name"))


_PEOPLES_COMPANY = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){1,3}(?P<name>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})"
)
# A company described by where it is listed or based, not named: "the Nasdaq-listed company",
# "the Junior Market-listed firm", "the Lagos-based lender"
_DESCRIBED_BY_LISTING = re.compile(r"-(?:listed|quoted|traded|based|headquartered)$")
_PLACES_COMPANY = re.compile(
    r"['’]s\s+(?:(?:[a-z][\w-]*\s+){0,4}?(?:company|firm|group|maker|retailer|lender|bank|"
    r"insurer|operator|developer|producer)\s+)?(?P<name>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})"
)


# "a 15 per cent stake in beleaguered Philips", "its position in shares of Acme", "12.4 million
# shares of Occidental Petroleum": the company a stake is in
_IN_COMPANY = re.compile(
    # "a new $1.57 billion investment in UnitedHealth Group"
    r"\b(?:(?:stake|holding|interest|position|shareholder|ownership|shareholding|investment)s?"
    r"\s+in\s+"
    r"(?:shares\s+of\s+)?|"
    r"(?:stake|shareholding)s?\s+of\s+(?=[A-Z])|"  # "Jim Vale's 11.29% shareholding of Zorvex"
    r"(?:shares|stock|ADRs|ADSs)\s+(?:of|in)\s+|\d" + _PCT + r"\s+of\s+|"
    # "buying the 4.92% stake held by TECT Holdings in Contact Energy": its seller between
    r"(?:stake|holding|interest|shareholding)s?\s+(?:held|owned)\s+by\s+(?:[\w&.'’-]+\s+){1,6}?"
    r"in\s+)"
    r"(?:(?:the|beleaguered|embattled|rival|peer|fellow)\s+)*"
    # "a position in retail cosmetics company Ulta Beauty": what the company does, first
    r"(?:(?:[a-z][\w-]*\s+){0,5}?(?:company|firm|group|maker|retailer|lender|bank|insurer)\s+)?"
    # "tTech", "eBay", "Bank of America"
    r"(?P<name>(?:[A-Z]|[a-z]{1,2}[A-Z])[\w&-]*(?:\s+(?:of\s+)?[A-Z][\w&-]*){0,3})"
)


# "sold 1.33 million Zorvex shares", "bought 120,000 Quillon Bank shares": the company named
# between the count and its shares
_COUNT_OF_COMPANY = re.compile(
    r"\b\d[\d,.]*\s?(?:million|billion|mn|bn|m|lakh|crore)?\s+"
    r"(?P<name>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2})\s+(?:shares|stock|ADRs|ADSs)\b"
)


# ... or named as the stake's own before it: "began reducing its Tele2 stake", "sold $15.6
# million of Wyndham shares", "Berkshire's Apple holding"
_NAMED_STAKE = re.compile(
    r"(?:\b(?:its|his|her|their|of)|['’]s)\s+(?P<name>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]+){0,2}?)"
    # "their holdings of PSBC H shares": the class of its shares after the company's name
    r"(?:\s+[A-H])?\s+(?:stake|holding|shares|stock|shareholding|position)s?\b"
)


# Words before "shares" that tell a class of shares, no company: "Class A shares", "H shares"
_SHARE_CLASS = re.compile(r"^(?:Class\b|[A-Z]$|Series\b|Ordinary\b|Common\b|Preferred\b)")


# A time, no company, after "shares in": "bought 300,000 shares in January", "in Q2"
_TIME_NAME = re.compile(r"(?i:(?:" + "|".join([*MONTHS, *WEEKDAYS]) + r")\b)|Q[1-4]\b|H[12]\b|FY\d")


# "Shares in Aston Martin Lagonda jumped after ...": the company the news is about, no holder
_SHARES_IN = re.compile(r"^(?:Shares|Stock)\s+(?:of|in)\s+[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,5}")
