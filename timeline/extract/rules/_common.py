"""Helpers shared by the rule modules: who acts in a sentence, and words near a position."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from timeline._time import MONTHS, WEEKDAYS
from timeline.entities import canonical
from timeline.extract.actors import CAUSE_WORDS, DESCRIPTOR
from timeline.extract.context import Context
from timeline.extract.gates import gated
from timeline.extract.mentions import Mention, find_entities, find_orgs
from timeline.extract.numbers import Amount, word_number
from timeline.extract.text import POSSESSIVE_END, Sentence
from timeline.extract.vocab import rate, rating_alternation

__all__ = [
    "ANALYST_ACTION",
    "ANALYST_VERBS",
    "CAUSE_OPENS",
    "FALL_WORDS",
    "NAMES_SPLIT",
    "ON_COMPANY",
    "PER_SHARE",
    "PROJECTION",
    "PROPER_NAME",
    "RATED_PASSIVE",
    "RESPECTIVELY",
    "RISE_WORDS",
    "SECTOR_WORDS",
    "SEES_PRICE",
    "VALUES_AT",
    "TableState",
    "expected_before",
    "firms_in",
    "hypothetical_before",
    "investors_in",
    "is_per_share",
    "nearest_before",
    "table_cells",
    "window",
]

#: A result's "per share" ("earnings per share", "net income per diluted share", "profit per
#: basic share"), as a regex fragment.
PER_SHARE = r"per\s+(?:diluted\s+|basic\s+)?share"

#: The verbs and words of a rise (a price's, an index's, a company's figure), as a regex
#: alternation.
RISE_WORDS = (
    r"rose|rise|rising|rises|gained|gaining|gains?|jumped|jumping|jumps?|climbed|climbing|"
    r"advanced|advancing|advance|rallied|rally|rallying|surged|surging|surges?|soared|soaring|"
    r"added|appreciated|rebounded|rebound|up|higher|increased|spiked|popped|leapt|leaped|"
    r"skyrocketed|recovered|risen|adding|accelerated|improved|firmed|perked|collected|"
    r"augment(?:ed|ing|s)?|"  # "with Eurobank augmenting 2.18%"
    r"strengthened|climbs?|jumped|rocketed|zoomed|spurted|surged|boosted|soars?|jump|climb|grew|"
    r"surge|spikes?|spiking|leaps?|rockets?|zooms?|advances|rallies|rebounds|rebounding|hiked|expanded|"
    # a wrap's livelier verbs: "Altus Group vaulting $2.79, or 4.8%", "Rogers tacked on 87 cents"
    r"vault(?:s|ed|ing)?|sprint(?:s|ed|ing)?|bolt(?:s|ed|ing)?|catapult(?:s|ed|ing)?|"
    r"(?:shot|shoots|shooting)\s+(?:up|higher)|(?:tacked|tacking|piled|piling)\s+on|grabbed|"
    r"upper(?=\s+circuit)|"  # "hit the 5% upper circuit": India's daily limit up
    r"ripped|"  # "Zorvex's stock has ripped nearly 89% this year"
    r"(?:ran|runs|running|moved|moving|forged|pushed)\s+ahead|"  # "its shares ran ahead $1.45"
    r"stronger|firmer|"  # "shares were 3% firmer at 412p"
    r"earned|earning"  # translated wraps: "Alpha earned 2.37%", "Bank of Cyprus earning 0.95%"
)
#: The verbs and words of a fall, as a regex alternation.
FALL_WORDS = (
    r"fell|falling|falls?|dropped|dropping|drops?|declined|declining|declines?|slid|sliding|"
    r"slipped|tumbled|tumbling|plunged|plunging|plunges?|sank|sinking|lost|losing|shed|"
    r"corrected|correction|retreated|retreat|down|lower|decreased|slumped|dipped|sell-off|"
    r"losses|loss|plummeted|crashed|eased|fallen|sunk|tanked|slumping|shedding|slipping|"
    r"easing|weakened|dipping|retreating|tumbles|slides|sheds|skidded|slumps|dips?|"
    r"weaker|softer|"  # "shares in Zorvex were 3% weaker at 412p"
    # "off 2%", not "capped off by a 0.88% rise", "kicked off", "paid off"
    r"(?<!capped\s)(?<!topped\s)(?<!kicked\s)(?<!rounded\s)(?<!started\s)(?<!paid\s)"
    r"(?<!set\s)(?<!tipped\s)(?<!finished\s)(?<!ended\s)(?<!cap\s)off|"
    r"plummets?|plummeting|plunge|slump|slips?|sinks?|tumble|slide|sag(?:s|ged|ging)?|"
    r"tank(?:s|ing)?|crash(?:es|ing)?|decline|drop|skid(?:s|ding)?|nosedived?|trimmed|"
    r"gave\s+up|giving\s+up|gives\s+up|pared|shaved|depreciated|"
    # "Loblaw fading $4.56, or 2%", "Chartwell letting go of 24 cents", "withered $173.62"
    r"fad(?:es|ed|ing)|wither(?:s|ed|ing)?|wilt(?:s|ed|ing)?|(?:let|lets|letting)\s+go\s+of|"
    r"(?:dished|dishing|sloughed|sloughing|backed|backing)\s+off|(?:backed|backing)\s+down|"
    r"cede[sd]?|ceding|"
    r"surrender(?:s|ed|ing)?|relinquish(?:es|ed|ing)?|forfeit(?:s|ed|ing)?|gave\s+back|"
    r"giving\s+back|bled|bleeding|"
    # Prague's wraps: "Photon Energy wrote off 1.35 percent", "having written down 1.75 percent"
    r"(?:wrote|written|writes|writing)\s+(?:off|down)|"
    # translated wraps: "Eurobank contracted 0.61%", "Jumbo parted with 1.42%"
    r"contracted|(?:parted|parting|parts)\s+with|"
    # "LPP collapsed 35.8% on March 15", "shares cratered 20%"
    r"collaps(?:e|es|ed|ing)|crater(?:s|ed|ing)?"
)

#: Where a clause of a figure's cause or circumstance begins, after the figure: "rose 5% as
#: revenue beat estimates", "fell 3% after sales missed forecasts" (the revenue and the sales
#: are not what moved).
CAUSE_OPENS = re.compile(rf"(?<![\w-])(?:{CAUSE_WORDS}|on|since)(?![\w-])|[,;]", re.I)

#: "respectively" closing a list of figures, right after its last: ", respectively"
RESPECTIVELY = re.compile(r",?\s+respectively\b", re.I)

#: A market sector, as wraps name one: what moves as a group, not a company or an index.
SECTOR_WORDS = (
    r"real\s+estate|property|financials?|banks?|banking|lenders|insurers|insurance|utilities|"
    r"energy|oil\s+and\s+gas|technology|tech|health\s*care|pharma(?:ceutical)?s?|industrials?|"
    r"materials|mining|miners|metals?|consumer\s+(?:staples|discretionary)|telecoms?|"
    r"communication\s+services|retail(?:ers)?|autos?|automakers|carmakers|chipmakers|semiconductors?"
)

#: A product's or a partner's name: capitalised words, model numbers ("Gemini 2.5 Pro"), and
#: names that begin in lower case before a capital or digit ("iPhone 17", "bZ3X").
PROPER_NAME = (
    # "iPhone 16", "eCitan", and a prefix set off by a point or a hyphen: "e.MAS 7", "e-Golf"
    r"(?:[A-Z][\w’'\-+]*|[a-z]{1,2}[.-]?[A-Z0-9][\w\-]*)(?:[\s-](?:[A-Z0-9][\w\-+]*(?:\.\d+)*))*"
)
_CELL = re.compile(r"\s*[│|┃\t]\s*")


def table_cells(line: str) -> list[str]:
    """The cells of a table's row, as pages copy tables ("UBS│Buy│261 HKD", "a | b | c |").

    >>> table_cells("| 2023-03-31 | Dana Vale | 2% |")
    ['2023-03-31', 'Dana Vale', '2%']
    """
    return _CELL.split(line.strip(" │|┃\t"))


@dataclass(slots=True)
class TableState:
    """A table being read, line by line: the columns its header named (role -> cell
    position) and the sentence index of the header or the last row read. Each table rule
    keeps its own (a subclass, for `Context.memory`)."""

    columns: dict[str, int] | None = None
    row: int = -1

    def row_of(
        self, cells: list[str], index: int, header: Callable[[list[str]], dict[str, int] | None]
    ) -> dict[str, int] | None:
        """The columns to read the cells of the line at ``index`` by: None for a line that is
        no row (one cell), the header (``header`` gives its roles), a line after another kind
        of line (which ends the table) or a row with too few cells."""
        if len(cells) < 2 or index != self.row + 1:
            self.columns = None  # any other line between ends the table
        if len(cells) < 2:
            return None
        self.row = index
        if (named := header(cells)) is not None:
            self.columns = named
            return None
        if self.columns is None or len(cells) <= max(self.columns.values()):
            return None
        return self.columns


#: Where a written list of names splits: "A, B and C", "A and B".
NAMES_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
#: Words that make a sentence a forecast or a hypothetical, not a reported fact.
PROJECTION = gated(
    r"\b(?:projected|project|forecasts?|forecasted|expected to|estimated to|predicts?|"
    r"anticipates?)\b",
    re.IGNORECASE,
)
# A modal right before a figure makes the figure hypothetical: "could reach $72 billion",
# "may face a fine of up to 6%". A modal elsewhere in the sentence does not.
_HYPOTHETICAL = re.compile(
    r"\b(?:could|may|might|would|can)\s+(?:\w+\s+){0,2}?(?:reach|top|hit|face|be|exceed|total|"
    # "the stock can go up by 45%", "can give returns of up to 55%"
    r"rise|fall|climb|cost|see|go|give|deliver|gain|jump|surge|grow|double|offer|yield|"
    # "which may lead to FY24 EPS of Rs.90", "could translate into a profit of $2 billion"
    r"lead|translate|take|touch|result)\b"
    r"[^.;]{0,40}$",
    re.IGNORECASE,
)


_INVEST_IN = gated(
    r"(?:agreed\s+to\s+|will\s+|plans\s+to\s+|to\s+)?invest(?:ed|s|ing)?\s+"
    r"(?:about\s+|roughly\s+|nearly\s+)?(?:US)?[$€£¥]\s?[\d.,]+\s*(?:\w+\s+)?in\b",
    re.IGNORECASE,
)


def investing_company(text: str, ctx: Context) -> Mention | None:
    """Another company that invests money in the subject ("Nvidia agreed to invest $5 billion in
    the chipmaker"), named before the verb."""
    m = _INVEST_IN.search(text)
    if m is None:
        return None
    before = [
        c for c in find_entities(text[: m.start()], kinds=("company",)) if c.id != ctx.subject
    ]
    return before[-1] if before else None


# An expectation of the figure: "expects the stock to surge 126.9%", "sees shares rising 20%",
# "forecast the index to end the year 8% higher"
_EXPECTED = gated(
    r"\b(?:expects?|expected|expecting|sees?|saw|forecasts?|forecasted|predicts?|predicted|"
    r"projects?|projected|anticipates?|anticipated|believes?|estimates?|estimated)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:to\s+(?:\w+\s+){0,2}|\w+ing\s+(?:by\s+|as\s+much\s+as\s+)?)"
    r"(?:(?:about|around|roughly|nearly|another|a\s+further)\s+)?[^\w\s]?$|"
    # "The analyst forecast Samsung shares could reach as high as 3.4 million won"
    r"\b(?:expects?|expected|forecasts?|forecasted|predicts?|predicted|projects?|projected|"
    r"anticipates?|anticipated|believes?|estimates?|estimated)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:could|may|might|would|will|can)\s+(?:[\w'’-]+\s+){0,4}?[^\w\s]?$|"
    # "To hit the forecast high, the stock's price needs a -91.26% plunge"
    r"\b(?:needs?|needed|requires?|required)\s+(?:an?|to\s+\w+)\s+[^\w\s]?$",
    re.IGNORECASE,
)


def hypothetical_before(text: str, at: int) -> bool:
    """Whether the words just before ``at`` make the figure there hypothetical."""
    return _HYPOTHETICAL.search(text[max(0, at - 60) : at]) is not None


def expected_before(text: str, at: int) -> bool:
    """Whether the words just before ``at`` make the figure there somebody's expectation.

    >>> expected_before("the most optimistic analyst expects the stock to surge 126.9%", 55)
    True
    >>> expected_before("The stock surged 12.9%", 17)
    False
    """
    return _EXPECTED.search(text[max(0, at - 60) : at]) is not None


# A firm's name: capitalised words, joined by "of", "&" or "and" ("Royal Bank of Canada",
# "JPMorgan Chase & Co.", "Wells Fargo & Company").
FIRM_NAME = r"[A-Z][\w&.'’-]*(?:\s+(?:(?:of|and|&)\s+)?[A-Z&][\w&.'’-]*){0,4}"
# ... and as an agent after "at", "by" or "from" writes it, without a full stop: "kept at Buy by
# Goldman Sachs.", "received an upgrade from Quenwick."
_AGENT = r"(?P<name>[A-Z][\w&'’-]*(?:\s+(?:(?:of|and|&)\s+)?[A-Z&][\w&'’-]*){0,4})"
#: What an analyst firm does to a rating or a target, in the active voice.
ANALYST_VERBS = (
    r"upgraded|downgraded|initiated|reiterated|reissued|restated|reaffirmed|affirmed|"
    r"maintained|raised|lifted|upped|hiked|bumped|boosted|increased|elevated|cut|lowered|"
    r"reduced|decreased|dropped|trimmed|slashed|assigned|rates|rated|resumed|started|began|"
    r"assumed|set|kept|issued|gave|gives|giving|moved|placed|upgrades|downgrades|initiates|"
    r"reiterates|"
    r"maintains|raises|lifts|cuts|lowers|trims|sets|keeps|moves|retained|retains|shifted|"
    r"shifts|lifting|cutting|raising|lowering|trimming|renewed|renews|confirmed|confirms|"
    # an absolute clause of a list of calls: "and Craig-Hallum reaffirming its Buy rating"
    r"reaffirming|reiterating|maintaining|hiking|boosting|increasing|upgrading|downgrading|"
    r"initiating|keeping|retaining|slashing|reducing|"
    r"revised|revises|adjusted|adjusts|values(?=\s+(?:the\s+)?(?:stock|shares)\s+at\b)"
)
#: An analyst's forecast of a share's price, a target by other words: "his forecast for the
#: stock" (no price of the market's, nor a move)
STOCK_FORECAST = r"forecast\s+for\s+(?:the\s+)?(?:stock|shares)"
#: The company a call is on, after the analyst's verb: "downgraded EV maker Rivian from",
#: "raised Zorvex's price target", "cut Zorvex shares to Sell"
CALL_OBJECT = re.compile(
    rf"\b(?:{ANALYST_VERBS})\s+(?:(?:the\s+)?shares\s+of\s+)?{DESCRIPTOR}"  # "upgraded shares of X"
    r"(?P<name>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,5}?)"
    r"(?:['’]s\s+(?:\d+-month\s+)?(?:price\s+)?(?:target|rating|objective)|"
    # (its ticker, and what it is, may stand between: "upgraded New Gold Inc (TSX: NGD), a
    # miner with assets in Canada, to outperform", "Quillon, which makes pumps, to hold")
    r"(?:\s*\([^()]{1,24}\))?(?:,\s+(?:an?|the|which|that|whose|one)\s[^;:()]{1,80}?,)?"
    r"\s+(?:shares\s+)?(?:to|from)\b|\s+(?:TP|PT|target(?:\s+price)?)\s+to\b)"
)
#: Not a company's name but the day or month a call was made: "its rating on Tuesday", "its
#: target on July 12", "on Sept. 4".
NO_CALENDAR_WORD = (
    r"(?!(?i:" + "|".join(sorted([*MONTHS, *WEEKDAYS], key=len, reverse=True)) + r")\b)"
)
# A view turned on a company: "Citi turned bullish on Zorvex Corp, raising the stock to buy"
_STANCE = (
    r"(?:turned|turns|turning|grew|became|becomes|is|was|are|were|remains?|stays?)\s+"
    r"(?:more\s+|less\s+|increasingly\s+)?"
    r"(?:bullish|bearish|positive|negative|cautious|constructive|optimistic|upbeat)"
)
#: The company a call is on, named after the call's noun: "a buy rating on Zorvex", "its
#: target price for Quillon", "Jefferies' downgrade of Zorvex".
ON_COMPANY = re.compile(
    # "raised their ratings on Intesa Sanpaolo": a note's ratings, plural
    r"\b(?:ratings?|target(?:\s+price)?s?|price\s+targets?|call|recommendations?|stance|coverage|"
    + _STANCE
    + r"|"
    r"(?:upgrade|downgrade)(?=\s+of\b)|"  # "Jefferies' downgrade of Zorvex"
    # "set a price target of 89.5 shekels for Hapoalim": the company after the target's value
    r"(?:price\s+)?target(?:\s+price)?\s+of\s+[^,;]{1,25}?(?=\s+(?:on|for)\s))"
    r"\s+(?:on|for|of)\s+(?:shares\s+of\s+)?(?:(?:rival|peer|its|local|smaller|larger)\s+)?"
    r"(?![A-Z][A-Za-z]{0,2}\.?\$?\s?\d)"  # "a target of HKD120", "of Rs 4,690": no name
    rf"{NO_CALENDAR_WORD}"
    r"(?P<name>[A-Z][\w.&-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w.&-]*){0,5})"
)

#: A rating kept under a firm, company first: "Ping An kept at Buy by Goldman Sachs",
#: "CPIC stays Neutral at Goldman Sachs", "New China Life remains Sell at Nomura".
KEPT_AT = re.compile(
    r"\b(?:kept|stays?|remains?|maintained|rated|upgraded|downgraded|reiterated|raised|"
    r"lifted|boosted|bumped|cut|lowered|trimmed|moved|initiated|started|resumed|reinstated)\s+"
    r"(?:at\s+|as\s+|to\s+|with\s+an?\s+)?[\"'“‘]?(?P<rating>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)"
    r"[\"'”’]?(?:\s+rating)?"
    # "downgraded to Neutral from Buy at Citi": the rating it had, between
    r"(?:\s+from\s+[\"'“‘]?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?[\"'”’]?)?\s+(?:at|by)\s+(?:the\s+)?"
    + _AGENT
)
#: An analyst's verb, or the noun of one ("an upgrade"), after the firm's name.
#: A firm's value of a company's shares: "now values GTCO at N92.77 per share", "values the share
#: at 274 euro".
VALUES_AT = (
    r"\bvalues?\s+(?:the\s+|its\s+)?"
    r"(?:stock|shares?|(?-i:[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2}))\s+at\b"
)
#: A price a firm sees the shares reach, a target without its noun: "Quenwick now sees the stock
#: reaching $150", "sees Zorvex shares reaching $95", "expects Zorvex shares to climb to $95",
#: "a price tag of $95 on Zorvex".
SEES_PRICE = (
    r"\b(?:sees?|expects?)\s+(?:the\s+)?(?:(?-i:[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2})\s+)?"
    r"(?:stock|shares)\s+(?:reaching|rising\s+to|hitting|at|going\s+(?:up\s+)?to|"
    r"to\s+(?:climb|rise|reach|hit|fall|drop|decline|go|trade)\s+(?:up\s+|down\s+)?(?:to\b)?)|"
    r"\bprice\s+tag\b"
)
ANALYST_ACTION = gated(
    rf"\b(?:{ANALYST_VERBS}|rate|ratings?|recommend\w*|upgrades?|downgrades?|coverage|"
    r"target\w*|objective|fair\s+value|call|TP|PT)\b|"
    + VALUES_AT
    + "|"
    + SEES_PRICE
    + "|"
    + KEPT_AT.pattern,
    re.I,
)
#: A broker's line in a list of calls, the firm before a colon and its rating: "Emkay: Buy |
#: Target raised to Rs 430", "- Elara: Buy | Target at Rs 415".
#: A firm with its rating in parentheses: "Oddo (rating: neutral)".
RATED_IN_PARENS = re.compile(
    rf"(?<![\w&.'’-])(?P<name>{FIRM_NAME})\s*\(\s*(?i:rating|recommendation)\s*:\s*[^)]{{1,25}}\)"
)
#: A firm before its analyst's name: "Quenwick analyst Dana Vale maintained ...".
FIRM_BEFORE_ANALYST = re.compile(
    rf"(?<![\w&.'’-])(?P<name>{FIRM_NAME})\s+(?i:analysts?|strategists?)\s+[A-Z][a-z]+\s+[A-Z]"
)
BROKER_LINE = re.compile(
    rf"^[\s•*·-]*(?P<name>{FIRM_NAME})\s*:\s*[\"'“‘]?(?i:{rating_alternation()})[\"'”’]?\s*"
    r"(?:[|,;(]|$)",
    re.M,
)
_ACTOR_VERB = re.compile(
    rf"(?<![\w'’])(?P<name>{FIRM_NAME})(?:\s+|(?=,\s+(?:which|who)\s))(?:analysts?\s+)?"
    r"(?:has\s*|have\s*|had\s*)?(?:,\s+[a-z][^,]{1,30},\s+)?"  # "has, at the same time, cut"
    r"(?:,\s+(?:which|who)\s+(?:has\s+|have\s+|had\s+)?)?"  # "including CIBC, which raised"
    r"(?:recently\s+|also\s+|now\s+)?"
    # "Bank of America on Wednesday initiated", "Shore Capital in March kept": the time between
    # the firm and its verb
    rf"(?:(?:(?:on|in)\s+)?(?:\d{{1,2}}\s+)?(?i:{'|'.join(WEEKDAYS)}|today|yesterday|"
    rf"{'|'.join(MONTHS)})\.?(?:\s+\d{{1,2}})?\s+)?"
    rf"(?:{ANALYST_VERBS})\b"
)
# The firm heading a clause that a participle of its call ends: "Lake Street showed even more
# optimism, hiking its price target from $62 to $98"
_ACTOR_THEN_CALL = re.compile(
    rf"(?<![\w'’])(?P<name>{FIRM_NAME})\s+[a-z][^,;()]{{1,40}},\s+(?:hik|rais|lift|boost|bump|"
    r"cutt|lower|trimm|slash|reiterat|maintain|reaffirm|upgrad|downgrad|initiat|keep)\w*ing\s+"
    r"(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:target|rating|recommendation|objective|call)\b"
)
# The firms of a list that shares one verb, each with its values: "CIBC, which raised its
# target from US$26.30 to US$30.70, BMO Capital Markets from US$26.30 to US$27.80, and RBC
# from US$32.20 to US$32.95"
_LISTED_AFTER = re.compile(
    rf"[,;]\s+(?:and\s+)?(?P<name>{FIRM_NAME})\s+(?:from\s+[^\s,;]{{1,14}}\s+)?to\s+(?=[^\s,;]*\d)"
)
#: A broker's line whose call is a verb: "CICC: Maintains Zorvex (01177.HK) Outperform rating".
BROKER_VERB_LINE = re.compile(rf"^(?P<name>{FIRM_NAME}):\s+(?i:{ANALYST_VERBS})\b")
# "Mark Petrie, a CIBC analyst, upgraded ...", "the Jefferies analyst said"
_AN_ANALYST_OF = re.compile(
    rf"\b(?i:an?|the)\s+(?P<name>{FIRM_NAME})\s+(?i:analysts?|strategists?)\b(?!\s+[A-Z][a-z])"
)
_ANALYSTS_AT = re.compile(
    rf"\b(?:[Aa]nalysts?|[Ss]trategists?|[Rr]esearch)\s+(?:at|from)\s+(?P<name>{FIRM_NAME})"
)
# "Upgrade to Buy from Overweight by Jarden", "was downgraded by Helvion Partners": the agent
# of a passive rating change
_BY_AGENT = re.compile(
    r"\b(?:[Uu]pgrade[ds]?|[Dd]owngrade[ds]?|[Ii]nitiated|raised|lifted|cut|lowered|"
    r"reiterated|maintained)\b[^.;]{0,50}?\bby\s+(?:the\s+)?" + _AGENT
)
# "Zorvex received an upgrade from Quenwick to Outperform", "got a fresh downgrade from ...":
# the firm a company received its call from
_FROM_AGENT = re.compile(
    r"\b(?:received|receives|got|gets|earned|drew|won)\s+(?:an?\s+)?(?:[a-z]+\s+)?"
    r"(?:upgrade|downgrade|initiation|double[\s-]upgrade|double[\s-]downgrade)\s+from\s+"
    r"(?:the\s+)?" + _AGENT
)
# "a downgrade from Buy to Hold at Quenwick", "upgraded from Sell to Neutral by Helvion": the
# firm after the change of rating it made
_CHANGED_AT = gated(
    r"\b(?:[Uu]pgrade[ds]?|[Dd]owngrade[ds]?)\s+from\s+[\"'“‘]?[\w-]+(?:\s+[\w-]+)?[\"'”’]?\s+"
    r"to\s+[\"'“‘]?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?[\"'”’]?\s+(?:at|by)\s+(?:the\s+)?" + _AGENT
)
# The phrasings that name a firm, in the order their names are taken; those only a broker's
# phrasing can be (no company "raised" or "cut" in them)
_PHRASES = (
    KEPT_AT,
    BROKER_LINE,
    BROKER_VERB_LINE,
    RATED_IN_PARENS,
    FIRM_BEFORE_ANALYST,
    _ACTOR_VERB,
    _ACTOR_THEN_CALL,
    _ANALYSTS_AT,
    _AN_ANALYST_OF,
    _BY_AGENT,
    _FROM_AGENT,
    _CHANGED_AT,
    _LISTED_AFTER,
)
_BROKER_PHRASES = (
    KEPT_AT,
    BROKER_LINE,
    BROKER_VERB_LINE,
    RATED_IN_PARENS,
    FIRM_BEFORE_ANALYST,
    _AN_ANALYST_OF,
    _ANALYSTS_AT,
    _FROM_AGENT,
    _CHANGED_AT,
)
_NOT_FIRMS = frozenset(
    [
        "tp",
        "pt",
        "target",
        "brokerages",
        "brokers",
        "analysts",
        "the",
        "a",
        "an",
        "it",
        "its",
        "they",
        "analysts",
        "analyst",
        "wall",
        "street",
        "investors",
        "shares",
        "stock",
        "company",
        "management",
        "investment",
        "firm",
        "and",
        "meanwhile",
        "however",
        "also",
        "on",
        "in",
        "separately",
        "elsewhere",
        "he",
        "she",
        "we",
        "finally",
        "additionally",
        "several",
    ]
)


def window(text: str, start: int, end: int, before: int = 40, after: int = 40) -> str:
    """The text around ``start..end``."""
    return text[max(0, start - before) : end + after]


def _clean(name: str) -> str:
    words = name.strip().split()
    while words and words[0].lower() in _NOT_FIRMS:
        words = words[1:]
    name = " ".join(words).strip(" ,’'")
    if name.lower().rstrip(".") in _LEGAL_WORDS:
        return ""  # "Target Corp's": a company's legal form, its name taken for a word
    analyst = _FIRMS_ANALYST.match(name)  # "National Bank’s Vishal Shreedhar": the firm
    name = analyst.group("firm") if analyst else name
    return _LEGAL_FORM.sub("", name) if " " in _LEGAL_FORM.sub("", name).strip() else name


_LEGAL_WORDS = frozenset({"corp", "corporation", "inc", "ltd", "limited", "co", "plc", "group"})
# Words no firm is named by, alone: "Bank analysts lowered their target" is the bank named before
_NOT_FIRM_NAMES = _NOT_FIRMS | {"bank", "broker", "brokerage"}
# A firm's legal form, no part of the name it is known by: "Ventura Securities Limited"
_LEGAL_FORM = re.compile(r",?\s+(?:Limited|Ltd|Inc|LLC|LLP|plc|PLC|Pvt\.?\s+Ltd)\.?$")


# A firm's analyst by name: "Stifel’s Martin Landry", "National Bank’s Vishal Shreedhar"
_FIRMS_ANALYST = re.compile(r"^(?P<firm>.+?)['’]s\s+[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+){1,2}$")


_NAME_GOES_ON = re.compile(r"\s+of\s+[A-Z]")
_PERIOD_TOKEN = re.compile(r"^(?:FY|Q[1-4]|H[12]|CY)\s?'?\d{2,4}\b", re.I)


# What a call is on, before the name of the company it is on
_RATED_ON = re.compile(
    # ("values Zorvex Corp at $95", "sees Zorvex Corp shares reaching $95": the company valued)
    r"\b(?:(?:rating|target|call|recommendation|stance|" + _STANCE + r")\s+(?:on|for)|"
    r"values?|sees?|expects?|"
    r"coverage\s+(?:on|of|for)|"
    r"target\s+(?:price\s+)?of\s+[^,;]{1,25}?\s+(?:on|for))\s+"  # "target of 89.5 shekels for"
    r"(?:shares\s+of\s+)?(?:(?:rival|peer|its|local|smaller|larger)\s+)?$",
    re.I,
)


def _phrased(text: str, ctx: Context) -> list[Mention]:
    """The names a firm's phrasing gives, in `_PHRASES` order. One only a broker's phrasing
    gives ("analysts at X", "X analyst Dana Vale") that is the article's subject tells the
    extractor a broker was taken for the company."""
    phrased = [
        (
            pattern,
            Mention(
                _clean(m.group("name")), "firm", m.start("name"), m.end("name"), m.group("name")
            ),
        )
        for pattern in _PHRASES
        for m in pattern.finditer(text)
    ]
    if any(m.id == ctx.subject for pattern, m in phrased if pattern in _BROKER_PHRASES):
        ctx.acting.add(ctx.subject)
    return [m for _, m in phrased]


# A person's name: "Adam Jonas", "Jane Q. Roe", "Ana Lopez-Ruiz"
_PERSON = r"(?P<person>[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+(?P<last>[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?))"
# "Morgan Stanley analyst Adam Jonas", "UBS analysts Jane Roe": a firm's analyst by name
_ANALYST_OF = re.compile(rf"\banalysts?\s+{_PERSON}\b(?!\s+[A-Z])")
# "Analyst Maria Lopez of Jefferies", "Maria Lopez, an analyst at Jefferies": the firm after
_ANALYST_AT = re.compile(
    rf"(?:\b[Aa]nalysts?\s+{_PERSON}|{_PERSON.replace('?P<', '?P<a_')},?\s+(?:an?\s+|the\s+)?"
    r"(?:(?:senior|equity|research|lead|sector)\s+)?(?:analysts?|researchers?))\s+"
    r"(?:of|at|with|from)\s+"  # "Cho Sang-hoon, a researcher at Shinhan Securities"
)


# A person written right after a firm's name, its analyst: "Truist Securities Barry Jonas",
# "Stifel's Martin Landry" (the firm is read from ``lead`` by the alias table)
_FIRMS_PERSON = re.compile(
    rf"(?P<lead>[A-Z][\w&.'’-]*(?:[ \t]+[A-Z&][\w&.'’-]*){{0,3}}?(?:['’]s)?[ \t]+)"
    rf"{_PERSON}(?![\w'’-]|\s+[A-Z])"
)


@dataclass(slots=True)
class _Analysts:
    """The firm of each analyst the article names with it, by full name and by surname, for
    the sentences that name the analyst alone ("Jonas also lowered General Motors")."""

    firm_of: dict[str, str] | None = None
    named: list[tuple[int, str]] = field(default_factory=list)  # (offset, firm), in order


def _analysts(ctx: Context) -> _Analysts:
    memory = ctx.memory(_Analysts)
    if memory.firm_of is None:
        memory.firm_of = {}
        for at, firm, names in _analysts_named(ctx):
            memory.named.append((at, firm))
            for key in names:
                memory.firm_of.setdefault(key, firm)
        memory.named.sort()
    return memory


# A line that is a firm's name alone: the heading of a broker's paragraph ("Kotak
# Institutional Equities" above "The brokerage also maintained a 'Sell' rating ...")
_HEADING_LINE = re.compile(r"(?m)^[ \t]*(?P<name>[A-Z][\w&.'’-]*(?:[ \t]+[\w&.'’-]+){0,5})[ \t]*$")


def _firms_speaking(ctx: Context) -> Iterator[tuple[int, str, tuple[str, ...]]]:
    """(offset, firm, ()) where a firm is named as the voice of what follows, with no analyst:
    a heading line of its name alone, or "analysts at ICICI Securities"."""
    text = ctx.article.text
    for m in _HEADING_LINE.finditer(text):
        firms = find_entities(m["name"], kinds=("firm",))
        if len(firms) == 1 and firms[0].start == 0 and firms[0].end == len(m["name"]):
            yield m.start("name"), firms[0].id, ()
    for m in _ANALYSTS_AT.finditer(text):
        firms = find_entities(m["name"], kinds=("firm",))
        if firms and firms[0].start == 0:
            yield m.start(), firms[0].id, ()


def _analysts_named(ctx: Context) -> Iterator[tuple[int, str, tuple[str, ...]]]:
    """(offset, firm, (full name, surname)) of each analyst the article names with a firm,
    and (offset, firm, ()) of each firm named as a voice without one (`_firms_speaking`)."""
    text = ctx.article.text
    yield from _firms_speaking(ctx)
    for m in _ANALYST_OF.finditer(text):  # "Morgan Stanley analyst Adam Jonas"
        firms = find_entities(text[max(0, m.start() - 40) : m.start()], kinds=("firm",))
        firm = firms[-1].id if firms else _named_firm_before(text, m.start(), ctx)
        if firm is not None:
            yield m.start(), firm, (m["person"], m["last"])
    for m in _FIRMS_PERSON.finditer(text):  # "Truist Securities' Barry Jonas"
        firms = find_entities(m["lead"], kinds=("firm",))
        if firms and firms[-1].end == len(POSSESSIVE_END.sub("", m["lead"].rstrip())):
            yield m.start("person"), firms[-1].id, (m["person"], m["last"])
    for m in _ANALYST_AT.finditer(text):  # "Maria Lopez, an analyst at Jefferies"
        firms = find_entities(text[m.end() : m.end() + 40], kinds=("firm",))
        firm = (
            firms[0].id if firms and firms[0].start == 0 else _named_firm_after(text, m.end(), ctx)
        )
        if firm is not None:
            names = (m["person"] or m["a_person"], m["last"] or m["a_last"])
            yield m.start(), firm, names


_NAME_AT = re.compile(FIRM_NAME)


def _named_firm_after(text: str, at: int, ctx: Context) -> str | None:
    """The firm no table knows named right after "an analyst at" at ``at`` ("a researcher at
    Quenwick Investment & Securities"): a name that is no company, index or investor."""
    m = _NAME_AT.match(text, at)
    if m is None:
        return None
    return _unknown_firm(_clean(m.group(0)), ctx)


# The name written just before "analyst Craig Irwin": the analyst's firm, if no table knows it
_NAME_BEFORE = re.compile(rf"(?<![\w&.'’-])(?P<name>{FIRM_NAME})\s+$")
# Words that open "<...> analyst Jane Roe" without naming a firm: "Senior analyst", "Equity
# analyst", "Independent analyst", "Wall Street analyst"
_NO_FIRM_BEFORE_ANALYST = frozenset(
    {
        "senior",
        "lead",
        "equity",
        "research",
        "sector",
        "independent",
        "veteran",
        "former",
        "chief",
        "industry",
        "market",
        "technical",
        "credit",
        "principal",
        "street",
        "an",
        "one",
    }
)


# ... and the words of those that never open a firm's name ("Former Goldman analyst")
_NEVER_OPENS_FIRM = frozenset(
    {"senior", "lead", "chief", "independent", "veteran", "former", "an", "one"}
)


def _named_firm_before(text: str, at: int, ctx: Context) -> str | None:
    """The firm no table knows named right before "analyst Jane Roe" at ``at`` ("Roth MKM
    analyst Craig Irwin"): a name that is no company, index or investor the article or the
    tables know."""
    line = text.rfind("\n", 0, at) + 1  # a name never runs over a line's end
    m = _NAME_BEFORE.search(text, max(line, at - 60), at)
    if m is None:
        return None
    name = _clean(m["name"])
    words = name.lower().split()
    # "Credit analyst" is a role, "Credit Suisse analyst" a firm's: a role's word ends the name
    if not words or words[0] in _NEVER_OPENS_FIRM or words[-1] in _NO_FIRM_BEFORE_ANALYST:
        return None
    return _unknown_firm(name, ctx)


def _unknown_firm(name: str, ctx: Context) -> str | None:
    """The firm a name written beside an analyst is, when no table knows it: any name but a
    word's, a period's ("FY26"), the article's company, or a company, index or investor the
    article or the tables know."""
    if not name or name.lower() in _NOT_FIRM_NAMES or _PERIOD_TOKEN.match(name):
        return None
    if name == ctx.subject or ctx.subjects.mentions(name):
        return None
    if find_entities(name, kinds=("company", "index", "investor")):
        return None
    return canonical(name, "firm")


_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+")  # "Ms. Landry": the analyst Landry


def analysts_firm(name: str, ctx: Context) -> str | None:
    """The firm of the analyst ``name`` (a surname or a full name) the article named with a
    firm of the alias table before ("Morgan Stanley analyst Adam Jonas"), else None."""
    return (_analysts(ctx).firm_of or {}).get(POSSESSIVE_END.sub("", _HONORIFIC.sub("", name)))


def analyst_named_before(at: int, ctx: Context) -> tuple[int, str] | None:
    """Where the article last named an analyst with a firm before offset ``at``, and the
    firm: whom "The analyst" or "He" speaks for when no firm acted since."""
    before = [(offset, firm) for offset, firm in _analysts(ctx).named if offset < at]
    return before[-1] if before else None


def _firm_like(cand: Mention, text: str, ctx: Context, others: set[str]) -> str | None:
    """The firm a name no table knows is, when nothing says it is something else."""
    name = _clean(cand.id)
    something_else = (
        # "Analyst Charlotte Keyworth assigned", "analysts led by David Long": persons
        re.match(r"(?i)(?:the\s+)?analysts?\s", cand.text)
        or re.search(r"\bled\s+by\s+$", text[: cand.start])
        # "FY26", or a company the article names: not the firm
        or _PERIOD_TOKEN.match(cand.text)
        or ctx.subjects.mentions(cand.text)
        or not name
        or name.lower() in _NOT_FIRM_NAMES
        or name in others
        or name == ctx.subject
        or word_number(name) is not None  # "Eleven analysts have rated it": a count
        or rate(name) is not None  # "a downgrade from Buy to Hold": a rating
        # "National Bank of Greece remains at a neutral rating": a company
        or _NAME_GOES_ON.match(text, cand.end)
        # another kind of name, or "a Buy rating on Zorvex First Bank": the company rated
        or find_entities(name, kinds=("company", "index", "investor"))
        or _RATED_ON.search(text, 0, cand.start)
        # "MARA Holdings (MARA) was also upgraded to neutral": the company rated, in the passive
        or _RATED_PASSIVE.match(text, cand.end)
    )
    return None if something_else else name


#: A company's rating changed by a firm its sentence does not name, told in the passive after
#: the company's name and ticker ("MARA Holdings (MARA) was also upgraded to neutral"), as a
#: regex fragment.
RATED_PASSIVE = (
    r"(?:\s+\([^()]{1,16}\))?\s+(?:was|were|has\s+been|have\s+been)\s+(?:also\s+)?"
    r"(?:upgraded|downgraded)\b(?![^.;]*\bby\s+(?:the\s+)?(?-i:[A-Z]))"
)
_RATED_PASSIVE = re.compile(RATED_PASSIVE)


def firms_in(sentence: Sentence, ctx: Context) -> list[Mention]:
    """Analyst firms named in the sentence: the alias table's, then firm-like names; an
    analyst named alone stands for the firm the article named the analyst with."""
    text = sentence.text
    # a firm's name that goes on is another's: "National Bank of Greece" is no National Bank
    found = [
        m for m in find_entities(text, kinds=("firm",)) if not _NAME_GOES_ON.match(text, m.end)
    ]
    taken = [(m.start, m.end) for m in found]
    others = {m.id for m in find_entities(text) if m.kind != "firm"}
    # the name before an analyst's verb first: it is the whole name
    candidates = [*_phrased(text, ctx), *(m for m in find_orgs(text) if m.id not in others)]
    for cand in candidates:
        if re.search(r"\banalysts?\s+$", text[: cand.start], re.I):
            continue  # "Wells Fargo analyst Michael Turrin": a person, the firm is before
        if any(a <= cand.start < b or cand.start <= a < cand.end for a, b in taken):
            continue
        if _AMOUNT_GOES_ON.match(text, cand.end):
            continue  # "from US$32.20": a currency's prefix, no firm
        if _COVERING.search(text, 0, cand.start) or _HAS_CONSENSUS.match(text, cand.end):
            continue  # "the 14 analysts covering Zorvex Corp", "Zorvex Corp has a consensus ..."
        firm = analysts_firm(_clean(cand.id), ctx) or _firm_like(cand, text, ctx, others)
        if firm is not None:
            taken.append((cand.start, cand.end))
            found.append(Mention(firm, "firm", cand.start, cand.end, cand.text))
    return [_in_full(m, ctx) for m in _without_objects(text, sorted(found, key=lambda m: m.start))]


def _without_objects(text: str, firms: list[Mention]) -> list[Mention]:
    """``firms`` without those a firm named before acts on: "Wells Fargo upgraded JPMorgan to
    overweight", "UBS lifted Hoxton Group TP to HKD8.5", "Barclays has a buy rating on
    Citigroup" (a bank covering a bank: the one acted on is the company)."""
    if len(firms) < 2:
        return firms
    objects = [(m.start("name"), m.end("name")) for m in CALL_OBJECT.finditer(text, firms[0].end)]
    return [
        f
        for f in firms
        if f is firms[0]
        or not (
            any(a <= f.start < b for a, b in objects)
            or _RATED_ON.search(text, max(0, f.start - 60), f.start)
        )
    ]


_AMOUNT_GOES_ON = re.compile(r"[$€£¥₹]|\s?\d")
# The company analysts cover, or whose consensus is told, named by its legal form as a firm
# would be: "Of the 14 analysts covering Zorvex Corp", "Zorvex Corp has a consensus rating"
_COVERING = re.compile(r"\b(?:covering|cover|covers|following|follow)\s+(?:shares\s+of\s+)?$", re.I)
_HAS_CONSENSUS = re.compile(
    r"(?:['’]s?)?\s+(?:currently\s+|now\s+)?(?:has|have|had|holds|carries|earns)\s+an?\s+"
    r"(?:consensus|average|mean)\b",
    re.I,
)


@dataclass(slots=True)
class _FirmsNamed:
    """The firms an article has named so far, in full."""

    names: list[str] = field(default_factory=list)


def _in_full(firm: Mention, ctx: Context) -> Mention:
    """``firm`` by the full name the article gave it before: "ABG" after "ABG Sundal Collier"
    (a later sentence's short form of a firm no table knows)."""
    named = ctx.memory(_FirmsNamed).names
    full = next((n for n in named if n.startswith(firm.id + " ")), None)
    if full is None:
        if firm.id not in named:
            named.append(firm.id)
        return firm
    return Mention(full, firm.kind, firm.start, firm.end, firm.text)


def investors_in(sentence: Sentence) -> list[Mention]:
    """Investors named in the sentence: the alias table's, then fund-like names."""
    text = sentence.text
    found = list(find_entities(text, kinds=("investor",)))
    taken = [(m.start, m.end) for m in found]
    for org in find_orgs(text):
        if not any(a <= org.start < b or org.start <= a < org.end for a, b in taken):
            found.append(Mention(org.id, "investor", org.start, org.end, org.text))
    return sorted(found, key=lambda m: m.start)


def nearest_before(mentions: list[Mention], pos: int) -> Mention | None:
    """The last mention starting before ``pos``, else the first after it."""
    before = [m for m in mentions if m.start < pos]
    if before:
        return before[-1]
    return mentions[0] if mentions else None


_SCALED = re.compile(
    r"\d\s?-?(?:[kmbt]|bn|mn|tn|million|billion|trillion|thousand|lakh|crore|cr)\b", re.I
)
# The top of a range whose scale is written once, after it: "Rs 6.5-7 lakh crore"
_SCALED_RANGE_TOP = re.compile(
    r"\s?[-–]\s?\d[\d.,]*\s?(?:million|billion|trillion|lakh|crore)\b", re.I
)


# The dearest share prices quoted in each currency are of these orders (Berkshire's $700,000
# excepted): a figure above is an amount of money, not a price per share.
_MAX_SHARE_PRICE = {"KRW": 5e6, "JPY": 1e6, "INR": 5e5, "IDR": 1e6, "VND": 1e6, "TWD": 1e5}


_SMALL_UNITS = frozenset({"KRW", "JPY", "IDR", "VND"})


def is_per_share(amount: Amount, text: str) -> bool:
    """Whether a money amount reads as a share price: no million or billion, and a size that
    share prices have in its currency (270,000 won is one; $270,000 is not)."""
    limit = _MAX_SHARE_PRICE.get(amount.currency or "", 1e5)
    scaled = _SCALED.search(text[amount.start : amount.end]) or _SCALED_RANGE_TOP.match(
        text, amount.end
    )
    # "a target of 1.5 million won": a share price in a currency of small units
    return amount.value < limit and (not scaled or amount.currency in _SMALL_UNITS)
