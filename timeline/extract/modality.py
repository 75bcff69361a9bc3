"""Modality: whether a figure is what happened or what someone expects, guides or plans.

A figure is an **actual** unless a cue governs it. The cue is the last one written before the
figure since the last contrast ("vs", "compared with", "but", "while", ";"), or a word of
expectation right after it ("$6.28 billion expected"):

========================  ======================================================  ===========
cue class                 examples                                                modality
========================  ======================================================  ===========
analysts / market         "analysts expect", "is expected to report", "consensus  estimate
                          estimate", "Wall Street had expected", "Morgan Stanley
                          expects", "$6.28 billion expected", "market
                          forecasts, which had predicted", "fell short of
                          analysts' estimate of"
the company               "guidance", "guided", "outlook", "the company expects",  guidance
                          "it now sees", "raised its forecast", "aims for
                          revenue of", "targets sales of"
intention                 "plans to", "will", "is set to", "is scheduled to",      plan
                          "intends to", "aims to", "said it would", "is going to",
                          "due to hit shelves"
========================  ======================================================  ===========

"Expects" is an estimate when an analyst, a broker or the market expects, guidance when the
company (its name, "the company", "it", "management", an executive) does; a broker the entity
table does not know is known by its name ("... Securities", "... Research"). The estimates a
figure beat or missed are the verb's object ("missed estimates at $459 million": an actual), and
a past "saw" is what happened. The occurrence of a
non-actual figure is the period it speaks of, as for an actual.
"""

from __future__ import annotations

import re

from timeline.events import Modality
from timeline.extract.gates import gated
from timeline.extract.mentions import find_entities

__all__ = ["modality_of"]

# Where a sentence turns from one statement to another: a cue before it governs no more.
# "missed estimates at $459 million": the estimates beaten or missed are the verb's object, and
# the figure after them is the actual ("beat estimates of $6.28 billion": the estimate's own)
_CONTRAST = gated(
    r";|\b(?:(?:beating|beat|beats|topped|tops|missed|misses|missing|exceeding|exceeded|"
    r"surpassing|surpassed)\s+"
    r"(?>(?:the\s+)?(?:(?:analysts?['’]?|market|Wall\s+Street|street|consensus|average)\s+)?"
    # (not "beat estimates of $6.28 billion": the estimate's own figure; "beat forecasts for
    # profit and revenue as it posted ..." beats them with the figures after)
    r"(?:estimates?|expectations?|forecasts?|consensus)\b)"
    r"(?!\s+(?:of|at\s+about)\b|\s+for\s+[^a-z.;]{0,6}\d)|"
    r"vs\.?|versus|compared\s+(?:with|to)|against|but|while|whereas|after|"
    r"(?:fell|falls|falling|fall)\s+short\s+of|"  # "... fell short of analysts' estimate of"
    r"ahead\s+of|beating|beats?|topped|tops|topping|missed|missing|misses|exceeding|exceeded|"
    r"exceeds|surpassing|surpassed|surpasses)\b",
    re.I,
)
# What a figure beat or missed, named before it: the market's expectation ("beating the
# forecast of $2.04"), never the company's
_OUTDONE = re.compile(r"^(?:beat|top|miss|exceed|surpass)", re.I)
_EXPECTATION = re.compile(
    r"^\s*(?:the\s+|an?\s+)?(?:[\w’'-]+\s+){0,2}?(?:forecasts?|estimates?|expectations?|"
    r"projections?|consensus)\s+(?:of|for|at)\s+(?:about\s+|around\s+)?$",
    re.I,
)
_AFTER = re.compile(
    r"^\s*(?:\w+\s+){0,3}?(?:(?:had\s+been\s+|was\s+)?(?:expected|estimated|forecast|anticipated|"
    r"projected)|(?:consensus|analysts?['’]?\s+)?\w*estimates?|consensus|a\s+(?:consensus|estimate))\b",
    re.I,
)
_TAIL_END = re.compile(
    r"[,;(]|\b(?:beat\w*|miss\w*|top\w*|vs|versus|compared|than|above|below|ahead|from)\b", re.I
)
_ESTIMATE = gated(
    r"\b(?:(?:is|are|was|were|be)\s+(?:widely\s+)?(?:expected|estimated|forecast|projected|"
    r"anticipated|seen)\s+(?:to|at)|(?:estimated|projected|forecast)\s+at|consensus|"
    r"\w*estimates?|Wall\s+Street|the\s+Street|analysts?|brokers?|expectations?|"
    r"market\s+(?:forecasts?|projections?)|"  # "market forecasts, which had predicted"
    r"on\s+average)\b",
    re.I,
)
_EXPECTS = gated(
    r"\b(?:now\s+)?(?:expects?|expected|forecasts?|forecasted|projects?|projected|"
    r"predicts?|predicted|sees|anticipates?)\b",
    re.I,
)
_GUIDANCE = re.compile(
    # "it aims for revenue of $48 billion by 2035", "targets sales of": the company's goal
    r"\b(?:aims?\s+(?:for|at)|aiming\s+(?:for|at)|(?:is\s+)?targeting|targets?(?=\s+(?:an?\s+)?"
    r"(?:annual\s+)?(?:revenue|sales|turnover|profit|net\s+profit|earnings|ebitda|margin)s?\b))|"
    r"\b(?:guid(?:ed|es|ing|ance)|outlook|(?:raised|lifted|cut|lowered|trimmed|reaffirmed|"
    r"reiterated|maintained)\s+(?:its\s+)?(?:full[\s-]year\s+|annual\s+|fiscal\s+)?"
    r"(?:forecasts?|targets?|projections?))\b",
    re.I,
)
_COMPANY_SPEAKER = re.compile(
    r"\b(?:the\s+company|the\s+group|it|management|(?:chief\s+executive|chief\s+financial|"
    r"CEO|CFO|executives?|the\s+firm['’]s\s+management))\s+(?:now\s+|also\s+|still\s+)?$",
    re.I,
)
_PLAN = re.compile(
    r"\b(?:plans?\s+to|planned|planning\s+to|will|is\s+(?:set|scheduled|slated|due)\s+to|"
    r"would|(?:is|are)\s+going\s+to|(?:is|are)\s+(?:poised|preparing)\s+to|due\s+to\s+"
    r"(?:hit|launch|arrive|go|start|begin|be\s+(?:launched|released|available))|"
    r"(?:set|scheduled|slated)\s+(?:to|for)|intends?\s+to|aims?\s+to|is\s+to|are\s+to|"
    r"look(?:s|ing)?\s+forward\s+to|upcoming|forthcoming)\b",
    re.I,
)


def modality_of(text: str, at: int, end: int | None = None, company: str | None = None) -> Modality:
    """The modality of the figure at ``text[at:end]`` (``company``: the subject's id, whose
    own expectation is guidance).

    >>> modality_of("Revenue was $6.31 billion vs $6.28 billion expected.", 12, 25)
    'actual'
    >>> modality_of("Revenue was $6.31 billion vs $6.28 billion expected.", 29, 42)
    'estimate'
    >>> modality_of("Analysts expect revenue of $6.3 billion.", 27)
    'estimate'
    >>> modality_of("The company expects revenue of $6.3 billion.", 31)
    'guidance'
    >>> modality_of("The console will be released on June 5 at $450.", 42)
    'plan'
    >>> modality_of("EPS was $2.05, slightly beating the forecast of $2.04.", 48)
    'estimate'
    >>> modality_of("EPS beat the consensus estimate of $2.23, and revenue was $52.9 billion.", 58)
    'actual'
    >>> modality_of("Its forecast EBIT of €560m is below analysts' estimates of €693m.", 59)
    'estimate'
    >>> modality_of("Below the analyst expectation of $0.65, revenue reached $1.2 billion.", 56)
    'actual'
    """
    tail = _TAIL_END.split(text[end if end is not None else at :][:40], maxsplit=1)[0]
    if _AFTER.match(tail):
        return "estimate"
    lead = text[:at]
    turns = list(_CONTRAST.finditer(lead))
    lead = lead[turns[-1].end() :] if turns else lead
    if _GUIDANCE.search(lead):
        return "guidance"
    if turns and _OUTDONE.match(turns[-1].group(0)) and _EXPECTATION.match(lead):
        return "estimate"  # "EPS of $2.05, slightly beating the forecast of $2.04"
    expects = list(_EXPECTS.finditer(lead))
    estimates = list(_ESTIMATE.finditer(lead))
    # the expectation nearer the figure is its own: "The forecast EBIT of €560 million is
    # below analysts' previous estimates of €693 million" (the €693 million is the analysts')
    if expects and not (estimates and estimates[-1].start() > expects[-1].end()):
        return _whose(lead[: expects[-1].start()], expects[-1].group(0), company)
    if estimates and not (
        _ITS_OWN_FIGURE.match(lead, estimates[-1].end()) and _NEXT_FIGURE_TOLD.search(lead)
    ):
        return "estimate"
    return "plan" if _PLAN.search(lead) else "actual"


# An expectation's own figure right after it, which it governs instead of a later one: "beating
# the consensus estimate of $2.23 per share, and revenue of $52.86 billion" (the revenue is
# actual)
_ITS_OWN_FIGURE = re.compile(r"\s+(?:of|at)\s+(?:about\s+|around\s+|roughly\s+)?\S{0,4}\d")
# ... when the later figure is told as a new one, its noun and verb before it (not "estimates
# of $1.10 a share and $5 billion in revenue": a list of estimates); after a comma, with a verb
# of its own ("below the analyst expectation of $0.65, revenue reached $1.17 billion")
_NEXT_FIGURE_TOLD = re.compile(
    r"(?:\b(?:and|while|with)\s+(?:(?:its|the|total|net|quarterly|adjusted)\s+)?[a-z][\w-]*"
    r"(?:\s+[a-z][\w-]*){0,2}\s+(?:of|was|were|came\s+in\s+at|at|totall?ed|reached|hit)|"
    r",\s+(?:(?:its|the|total|net|quarterly|adjusted)\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}"
    r"\s+(?:was|were|came\s+in\s+at|totall?ed|reached|hit|(?:rose|grew|climbed|fell)\s+to))\s+"
    r"(?:about\s+|around\s+)?(?=[^\s\d]{0,4}\d|$)"
)


# A broker the entity table does not know, by the words of its name: "Sangsangin Investment &
# Securities forecasts", "KB Research expects"
_BROKER_NAME = re.compile(
    r"\b(?:Securities|Research|Brokerage|Equities|Investment\s+Bank(?:ing)?|Capital\s+Markets|"
    r"Stockbrokers?|Advisors|Advisers)\b[^,;.]{0,15}$"
)


def _whose(speaker: str, verb: str, company: str | None) -> Modality:
    """Who expects: analysts and the market estimate, the company guides."""
    if (
        _ESTIMATE.search(speaker)
        or _BROKER_NAME.search(speaker)
        or find_entities(speaker, kinds=("firm",))
    ):
        return "estimate"
    if _COMPANY_SPEAKER.search(speaker) or _names_company(speaker, company):
        return "guidance"
    return "estimate" if re.match(r"expected|estimated", verb, re.I) else "guidance"


def _names_company(speaker: str, company: str | None) -> bool:
    named = find_entities(speaker, kinds=("company",))
    return bool(named) and (company is None or named[-1].id == company)
