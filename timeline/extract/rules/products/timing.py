"""Whether a launch was made ("actual") or is intended ("plan"), none when it is guessed at,
denied or called off; and when: the launch's own time, a day to come for a plan, else the day
of the launch event the article tells of.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline._time import WEEKDAYS
from timeline.events import Modality
from timeline.extract.context import Context
from timeline.extract.gates import gated
from timeline.extract.modality import modality_of
from timeline.extract.rules._common import PROJECTION
from timeline.extract.rules.products._names import _Products
from timeline.extract.rules.products.naming import _LAUNCH_LIST
from timeline.extract.rules.products.verbs import _PRESENT
from timeline.extract.temporal import Occurrence, planned, resolve
from timeline.extract.text import Sentence

# "its public beta launch in November" in the sentence after a launch dates the launch
_LAUNCH_WHEN = re.compile(
    r"\blaunch\w*\s+(?:in|on|during)\s+[A-Z]\w+(?:\s+\d{1,2})?(?:,?\s+\d{4})?"
)


# The day a launch event is told of, its verb passive or the event named: "were unveiled on
# Thursday night", "announced on Wednesday at a launch event", "at a product launch event on
# Thursday"; not "released its results on Monday"
_WEEKDAY = "(?:" + "|".join(day.capitalize() for day in WEEKDAYS) + ")"


def _day(group: str) -> str:
    return rf"(?P<{group}>{_WEEKDAY}|today|yesterday|[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}})\b"


_EVENT = r"(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?launch\s+(?:event|ceremony)"
_LAUNCH_DAY = gated(
    r"\b(?:is|are|was|were|been)\s+(?:officially\s+|formally\s+)?(?:unveiled|launched|"
    r"introduced|released|revealed|debuted|rolled\s+out)\s+on\s+" + _day("d") + r"|"
    r"\bon\s+" + _day("e") + r"(?:\s+\w+)?\s+(?:at|during)\s+" + _EVENT + r"|"
    r"\b(?:at|during)\s+" + _EVENT + r"\s+(?:[^.;\n]{0,30}?\s)?on\s+" + _day("f")
)


def _launch_day(ctx: Context) -> Occurrence | None:
    """The day of the launch event an article tells of, when every mention dates it alike: it
    dates a launch or price the article tells without a date ("BYD launches Dolphin EV" in
    the title, "The Dolphin will start from 3.63 million yen, BYD announced on Wednesday at a
    launch event")."""
    memory = ctx.memory(_Products)
    if not memory.day_read:
        memory.day_read = True
        days = {
            resolve(m["d"] or m["e"] or m["f"], ctx.published)
            for m in _LAUNCH_DAY.finditer(ctx.article.text)
        }
        days = {d for d in days if d.precision == "day"}
        memory.day = days.pop() if len(days) == 1 else None
    return memory.day


def _launch_modality(text: str, verb: re.Match[str], ctx: Context) -> Modality | None:
    """Whether a launch was made ("actual") or is intended ("plan"); none when others expect
    or guess at it, or when it was not made, is denied, called off or only weighed."""
    modality = modality_of(text, verb.start(), verb.end(), ctx.sentence_subject)
    if modality == "guidance":
        modality = "plan"  # "Acme expects to launch the Nova X5 in 2026": its own intention
    if modality not in ("actual", "plan") or PROJECTION.search(text[: verb.start()]):
        return None  # what analysts expect a company to launch is no launch, nor its plan
    before = max(0, verb.start() - 90)
    if _SPECULATED.search(text, 0, verb.start()):
        return None  # "could launch the Nova X6 as early as next month": no launch, nor a plan
    if _CALLED_OFF.search(text, before, verb.start()):
        # "did not launch", "scrapped plans to launch"; "won't go on sale until March": then
        return "plan" if _UNTIL.match(text, verb.end()) else None
    if _deferred(text, verb) or _INTENDS.search(text, before, verb.start()):
        modality = "plan"  # "delayed the launch of X to 2026", "hopes to launch": to come
    elif modality == "plan" and not _PLANNED_HERE.search(text, before, verb.start()):
        modality = "actual"  # "Plans for X would ... before the M03 officially debuted in July"
    return modality


def _deferred(text: str, verb: re.Match[str]) -> bool:
    """Whether a launch is told put off: "delayed the launch of", "pushed back the release of",
    "The launch of the Nova X5 has been delayed until 2026"."""
    before = _DEFERRED.search(text, max(0, verb.start() - 90), verb.start())
    return before is not None or _DEFERRED_AFTER.match(text, verb.end()) is not None


def _deferred_to(text: str, verb: re.Match[str], ctx: Context) -> Occurrence:
    """When a launch put off is now to be: "delayed ... to 2026", "pushed back ... to March";
    unknown when untold (never the day it was put off: "postponed ... on Monday")."""
    to = _PUT_OFF_TO.search(text, verb.end())
    return (
        planned("in " + to["when"], ctx.published, ctx.subjects.exchange)
        if to
        else Occurrence.unknown()
    )


_PUT_OFF_TO = re.compile(
    r"\b(?:to|until|till|into)\s+(?:early\s+|late\s+|mid-)?(?P<when>(?:[A-Z][a-z]+\s+)?20\d\d|"
    r"[A-Z][a-z]+)\b"
)


# Words between a verb of calling off, putting off or intending and the launch, in its clause
_BETWEEN = r"(?:(?!(?:and|but|then|after|before|while|as|when|since|to|for)\b)[\w.'’-]+\s+){0,3}"
# A launch not made, denied, called off or only weighed: "did not launch", "has yet to
# launch", "has no plans to launch", "denied it would launch", "scrapped plans to launch",
# "cancelled the launch of", "is considering launching"
_CALLED_OFF = re.compile(
    r"(?:\b(?:not(?!\s+only)|never|no\s+plans?\s+(?:to|for)|yet\s+to)|n['’]t)\s+(?:[\w-]+\s+){0,2}$|"
    r"\bden(?:y|ies|ied|ying)\b[^,.;]{0,25}?\b(?:would|will|had|has|was|plans?)\s+"
    r"(?:[\w-]+\s+){0,2}$|"
    r"\b(?:cancel\w*|scrap(?:s|ped|ping)?|abandon\w*|shelv\w*|call(?:s|ed|ing)?\s+off|"
    r"ax(?:e|es|ed|ing)|kill(?:s|ed|ing)?|suspend\w*|rul(?:e|es|ed|ing)\s+out|consider\w*|"
    r"mull\w*|weigh\w*|explor\w*)\s+(?:(?:its|the|their)\s+)?(?:plans?\s+(?:to|for)\s+|"
    + _BETWEEN
    + r")$",
    re.I,
)
_UNTIL = re.compile(r"[^.;]{0,40}?\buntil\b", re.I)
# A launch put off is still to come: "delayed the launch of", "pushed back the release of",
# "The launch of the Nova X5 has been delayed until 2026"
_DEFERRED = re.compile(
    r"\b(?:delay(?:s|ed|ing)?|postpon\w+|push(?:es|ed|ing)?\s+back|defer(?:s|red|ring)?|"
    r"reschedul\w+)\s+(?:its|the|their)\s+" + _BETWEEN + r"$",
    re.I,
)
# (the launch itself put off, its noun the subject: "The launch of the Nova X5 has been
# delayed", "The Nova X5 launch was postponed"; not "launched it after production was delayed")
_DEFERRED_AFTER = re.compile(
    r"(?:\s+of\s+(?:(?!(?:after|before|and|but|as|when|while|because|since)\b)[^\s.;,]+\s+)"
    r"{1,5}?|\s+)(?:has|have|had|was|were|is|are|will|would)\s+(?:been\s+|be\s+)?"
    r"(?:delayed|postponed|pushed\s+back|deferred|rescheduled)\b",
    re.I,
)
# A company's wish or talks to launch, a plan: "hopes to launch", "is in talks to launch"
_INTENDS = re.compile(
    r"\b(?:hop(?:e|es|ed|ing)|wants?|wanted|wish(?:es|ed)?|seek(?:s|ing)?|sought|looking|"
    r"eye(?:s|ing)?|talks)\s+to\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)


def _when(
    text: str, verb: re.Match[str], modality: Modality, nxt: Sentence | None, ctx: Context
) -> tuple[Modality, Occurrence | None]:
    """The launch's modality and date: a present tense with a day to come is a plan ("the
    Switch 2 launches June 5", written before June 5), and a plan's day is the next such day;
    "its public beta launch in November" in the next sentence dates an undated launch."""
    if modality == "actual" and _to_come(text, verb, ctx):
        modality = "plan"
    if modality == "plan":  # the time after the verb first: "a wrap for 2022, stating its
        # launches for 2023 will be ..."; else the sentence's ("In May, it will launch ...")
        after = planned(text[verb.start() :], ctx.published, ctx.subjects.exchange)
        if after.precision != "unknown":
            return modality, after
        return modality, planned(text, ctx.published, ctx.subjects.exchange)
    if _BACKGROUND.search(text, 0, verb.start()):  # the sentence's date is its news, not the
        # launch's, unless the launch has its own: "Since its launch in March, the Nova X5 ..."
        return modality, _own_time(text, verb, ctx) or Occurrence.unknown()
    if own := _own_time(text, verb, ctx):
        return modality, own  # "announced in April before the M03 debuted in early July"
    if ctx.occurrence.precision == "unknown" and nxt and (when := _LAUNCH_WHEN.search(nxt.text)):
        return modality, resolve(when.group(0), ctx.published)
    # undated: the article's launch event's day ("BYD launches Dolphin EV in Japan", a title)
    return modality, _launch_day(ctx) if ctx.occurrence.precision == "unknown" else None


def _to_come(text: str, verb: re.Match[str], ctx: Context) -> bool:
    """Whether a launch told without a word of intention is still to come."""
    if _PRESENT.match(verb.group(0)):  # "the Switch 2 launches June 5", written before June 5
        ahead = planned(text, ctx.published, ctx.subjects.exchange)
        if ahead.start is not None and ahead.start > ctx.published:
            return True
    own = _own_time(text, verb, ctx)
    told = own.start if own else ctx.occurrence.start  # "... launched it on Monday": its own
    if verb[0][:1].lower() in "sd" and _BEGINS_LATER.match(text, verb.end()):
        return True  # "Sales of the Nova X6 will begin in July"
    return (
        _ahead(text, ctx.published)  # "confirmed the launch of the EV4 for next year"
        or _LICENSED_TO.search(text, 0, verb.start()) is not None  # "won approval to launch"
        or _CONFIRMED.search(text, 0, verb.start()) is not None  # "has confirmed the release of"
        or _DUE_TO.search(text, 0, verb.start()) is not None  # "the range, due to hit shelves"
        or _SOLD_LATER.search(text, verb.end()) is not None  # "..., which will ship this fall"
        # "its launches for 2023 will be the Kona, ..."
        or bool((counted := _LAUNCH_LIST.match(text, verb.end())) and counted["will"][:4] == "will")
        # "announced the launch ...; it will debut on Tuesday, 16 April"
        or (told is not None and told > ctx.published)
    )


def _own_time(text: str, verb: re.Match[str], ctx: Context) -> Occurrence | None:
    """The time written right after a launch verb or noun ("debuted in early July", "its
    launch in March, ..."), which is the launch's whatever else the sentence dates."""
    own = _OWN_TIME.match(text, verb.end())
    dated = resolve(own.group(0), ctx.published) if own else None
    return dated if dated and dated.precision != "unknown" else None


# The launch clause's own time, right after its verb or its object: "debuted in early July",
# "its launch in March, ...", "launched the Nova X5 in India on Monday."
_OWN_TIME = re.compile(r"[^,.;]{0,40}?\s(?:in|on|last|earlier)\b[^,.;]{1,30}(?=[,.;]|$)")
_BEGINS_LATER = re.compile(r"[^.;]{2,40}?\s+will\s+(?:begin|start|commence|kick\s+off)\b")
# A product shown now and sold later: "unveiled ..., which will ship this fall", "..., which
# is due to go on sale next year", "..., and will be available from July"
_SOLD_LATER = re.compile(
    r",\s+(?:which|and)\s+(?:(?:will|(?:is|are)\s+(?:set|due|slated|scheduled|expected)\s+to)\s+"
    r"(?:(?:first|only)\s+)?(?:ship|go\s+on\s+sale|hit\s+(?:\w+\s+)?(?:shelves|stores)|"
    r"be\s+(?:available|released|sold|launched|shipped|delivered)|arrive|reach|start\s+"
    r"(?:shipping|selling)|roll\s+out|launch|debut|go\s+into\s+production)|"
    # ... told in the present, its day to come: "..., which goes on sale on March 21"
    r"(?:ships|goes\s+on\s+sale|hits\s+(?:\w+\s+)?(?:shelves|stores)|arrives|"
    r"(?:is|are)\s+available)\s+(?:on|from|in)?\s*(?:[A-Z][a-z]+\.?\s+\d+|next|later))\b",
    re.I,
)
# A launch told as the background of the sentence's news: "Shares gained 2.7% on July 15
# following the successful US launch of its drug"
_BACKGROUND = re.compile(
    r"\b(?:following|after|since|despite|amid|on\s+the\s+back\s+of|thanks\s+to|buoyed\s+by|"
    r"boosted\s+by|driven\s+by|helped\s+by|lifted\s+by|fu(?:e)?ll?ed\s+by)\s+(?:the|its|their|a)\s+(?:[\w-]+\s+){0,3}$",
    re.I,
)
# A word of intention in the launch verb's own clause, at most four words before it and no
# comma between: "will launch", "plans to formally unveil", "is set to be released"
_PLANNED_HERE = re.compile(
    r"\b(?:plans?|planned|planning|will|would|set|scheduled|slated|due|intends?|aims?|going|"
    r"poised|preparing|upcoming|forthcoming|(?:is|are)\s+to|forward\s+to)\b(?:\s+[\w'’.-]+){0,4}?"
    r"\s*$",
    re.I,
)
# A launch only guessed at: "could launch", "is said to be preparing the launch of", "is
# tipped to debut", "is rumoured to launch"
_SPECULATED = re.compile(
    r"\b(?:could|may|might|(?:is|are)\s+(?:likely|tipped|rumou?red|said|believed|reported)\s+to"
    r"(?:\s+be)?)\s+(?:[\w-]+\s+){0,3}$",
    re.I,
)
# A launch the sentence allows, readies or chooses a place for, not one made: "approval to
# launch", "the green light to sell", "the sixth country in which to launch", "ready to ship"
_LICENSED_TO = re.compile(
    r"\b(?:in\s+which|where|approval|permission|licen[cs]e|nod|go-ahead|green\s+light|"
    r"clearance|right|rights|decision|ready|preparing|gearing\s+up)\s+to\s+$",
    re.I,
)
# "Due to" right before a launch verb is a plan ("the products, due to hit US shelves in
# October"), where "due to strong demand" is a cause
_DUE_TO = re.compile(r"\bdue\s+to\s+$", re.I)
# A launch confirmed is one to come: "has confirmed the release of", "confirming the launch of"
_CONFIRMED = re.compile(r"\bconfirm(?:s|ed|ing)?\s+(?:the|its|their|a)\s+(?:[\w-]+\s+){0,2}$", re.I)
# A time after publication, however the verb is written: "for next year", "in 2026"
_AHEAD = re.compile(
    r"\b(?:for|in|during|by)\s+next\s+(?:year|month|quarter|week)\b|"
    r"\b(?:later|by\s+the\s+end\s+of)\s+this\s+year\b|\b(?:in|for|by)\s+(?P<year>20\d{2})\b",
    re.I,
)


def _ahead(text: str, published: dt.date) -> bool:
    """Whether ``text`` places what it tells after ``published``.

    >>> p = dt.date(2024, 12, 3)
    >>> _ahead("confirmed the launch of the EV4 for next year", p), _ahead("launched in 2024", p)
    (True, False)
    """
    return any(not m["year"] or int(m["year"]) > published.year for m in _AHEAD.finditer(text))
