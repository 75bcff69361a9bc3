"""The verbs of a launch ("launched", "went on sale", "took the wraps off") and those that tell of
news, not of a product ("releasing its sales numbers", "said in a press release").
"""

from __future__ import annotations

import re

from timeline.extract.gates import gated
from timeline.extract.rules.products._names import _DATE_WORDS

_LAUNCH = gated(
    r"\b(?:launch(?:ed|es|ing)?|unveil(?:ed|s|ing)?|introduc(?:e|ed|es|ing)|releas(?:e|ed|es|ing)|"
    r"rolled\s+out|roll(?:s|ing)?\s+out|debut(?:ed|s|ing)?|began\s+selling|started\s+selling|"
    r"(?:went|go|goes|going)\s+on\s+sale|hits?\s+(?:[A-Z]\w*\s+)?(?:shelves|stores|showrooms)|"
    # "will land in Australian showrooms from next month", "arrives in UK dealerships on May 2"
    r"(?:lands?|landed|arriv(?:e|es|ed))\s+in\s+(?:[A-Z]\w*\s+)?(?:shelves|stores|showrooms|"
    r"dealerships)\b|"
    # (a thing after it: "presented an electric saloon", not "presented evidence")
    r"(?:presented|showcased|premiered)(?=\s+(?:its\s+|the\s+|an?\s+|their\s+)?(?:new\s+)?"
    r"(?!(?:evidence|data|findings|results|plans?|details|figures|proposals?|arguments?|reports?|"
    r"stud(?:y|ies)|analys[ie]s|updates?|overview|case|strategy|outlook|guidance|numbers)\b)\w)|"
    r"reveal(?:ed|s|ing)?(?=\s+(?:its|the|a|an|their|new|[A-Z])\b)(?!\s+(?:the\s+)?(?:plans?|details)\b)|"
    r"(?:begin|begins|began|beginning|start|starts|started|starting|commenc\w+)\s+"
    r"(?:selling|shipping|shipments\s+of|sales\s+of|deliver(?:ing|ies\s+of)|"
    # "started a longer-term test sale of", "began limited sales of"
    r"(?:an?\s+)?(?:[a-z][\w-]*\s+){1,2}sales?\s+of)|"
    r"made(?=\s+[^.]{2,60}?\bavailable\b)|(?:is|are)\s+now\s+(?:available|on\s+sale)|"
    # "Sales of the Nova X5 began on Friday", "Deliveries of the Vela start on June 20"
    r"(?:sales|deliveries)\s+of(?=\s+[^.;]{2,40}?\s+(?:began|begin|begins|started|start|starts|"
    r"commenc\w*|kick(?:s|ed)?\s+off|will\s+(?:begin|start|commence|kick\s+off))\b)|"
    # "took the wraps off its new phone", "brought the Zip EV to market"
    r"(?:took|takes|take|taking|pulled|pulls)\s+the\s+wraps\s+off|"
    r"(?:brought|brings|bring|bringing)(?=\s+[^.,;]{2,60}?\bto\s+(?:the\s+)?market\b)|"
    # "the Zorvex Nova series will make its global debut on Tuesday"
    r"(?:make|makes|made|making)\s+(?:its|their|a)\s+(?:[\w-]+\s+){0,2}?debut|"
    r"announc(?:e|es|ed|ing)(?=\s+(?:its|the|a|an)\s+(?:all-)?(?:new|latest|next|first)\b))\b",
    re.I,
)
# A present tense that may tell of a day to come ("launches June 5"); "is now available" is now
_PRESENT = re.compile(
    r"(?:launches|debuts|releases|goes|hits|arrives|lands|begins|starts|makes|sales|deliveries)\b",
    re.I,
)
_INTRANSITIVE = re.compile(
    r"launch(?:es|ed)?|debut(?:s|ed)|(?:go|goes|went)\s+on|hits?\s|arriv|lands?\s|landed\s|"
    r"(?:is|are)\s+now|"
    r"(?:make|makes|made)\s",
    re.I,
)
_NOT_LAUNCH = gated(
    # an analyst's coverage, not a patient's ("the price before insurance coverage")
    r"\b(?:investigation|probe|lawsuit|buyback|repurchase|(?<!insurance\s)(?<!health\s)coverage|"
    r"(?:share|stock|public|debt)\s+offering|bid|campaign|beta\s+launch\s+in)\b",
    re.I,
)
# A launch verb whose object is news, not a product: "releasing its sales numbers", "presented
# its Q3 results", "said in a press release" (the verb is passed over, not the sentence)
_NOT_PRODUCT_VERB = re.compile(
    r"(?:releas|present|showcas)\w*\s+(?:its\s+|their\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,2}(?:earnings|results|data|report|figures|numbers|statement|strategy|plan|"
    r"findings)\b|"
    # "is rolling out new advertising", "launched an ad campaign": marketing, no product
    r"(?:launch|roll|unveil|introduc|debut)\w*(?:\s+out)?\s+(?:its\s+|their\s+|the\s+|an?\s+)?"
    r"(?:[\w-]+\s+){0,2}(?:advertising|advertisements?|ads?|commercials?|marketing)\b",
    re.I,
)
_NEWS_RELEASE = re.compile(r"\b(?:(?:press|news|media|earnings)\s+|in\s+a\s+)$", re.I)


def _launch_verbs(text: str) -> list[re.Match[str]]:
    """The launch verbs of a sentence that may tell of a product, not one it is compared with
    ("It seems similar to the launch of Quillon Saga, which ...")."""
    return [
        m
        for m in _LAUNCH.finditer(text)
        if not _news_verb(text, m) and not _COMPARED_WITH.search(text, 0, m.start())
    ]


_COMPARED_WITH = re.compile(
    r"\b(?:similar\s+to|(?:just\s+)?like|unlike|compared\s+(?:to|with)|as\s+with|"
    r"reminiscent\s+of|akin\s+to)\s+(?:the|its|their)\s+$",
    re.I,
)


def _news_verb(text: str, verb: re.Match[str]) -> bool:
    """Whether a launch verb tells of news, not a product: "releasing its sales numbers",
    "announced in a press release".

    >>> v = _LAUNCH.search("Zorvex said in a press release on Monday")
    >>> _news_verb("Zorvex said in a press release on Monday", v)
    True
    """
    if _NOT_PRODUCT_VERB.match(text, verb.start()):
        return True
    return verb[0].lower() == "release" and _NEWS_RELEASE.search(text, 0, verb.start()) is not None


def _intransitive(text: str, verb: re.Match[str]) -> bool:
    """Whether the verb takes no object here: "launches June 5", "went on sale in China"."""
    return bool(_INTRANSITIVE.match(verb[0]) and _NO_OBJECT.match(text, verb.end()))


_NO_OBJECT = re.compile(
    r"\s*(?:$|[,.;:(]|(?:on|in|at|for|from|with|across|to|this|last|next|"
    r"worldwide|globally|nationwide|starting|priced|later|earlier|until|"
    + "|".join(sorted(_DATE_WORDS, key=len, reverse=True))
    + r")\b)",
    re.I,
)
