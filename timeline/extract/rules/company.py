"""The company's own news: investment plans, partners, legal news, corporate actions.

Launches and product metrics live in `timeline.extract.rules.products`, KPIs in
`timeline.extract.rules.kpis`.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass

from timeline.entities import canonical, resolve
from timeline.extract.actors import SELF, actor_before, is_index, leading_actor
from timeline.extract.context import Context, Draft
from timeline.extract.gates import gated
from timeline.extract.mentions import find_entities, find_orgs
from timeline.extract.modality import modality_of
from timeline.extract.numbers import find_counts, find_money
from timeline.extract.places import is_place
from timeline.extract.rules._common import (
    PROPER_NAME,
    hypothetical_before,
    investing_company,
)
from timeline.extract.text import Sentence

__all__ = ["corporate", "legal", "partnerships", "plans"]

_PLAN = gated(
    r"\b(?:commitment|committed|commit|plans?\s+to\s+(?:invest|spend)|will\s+(?:invest|spend)|"
    r"to\s+invest|investment\s+(?:budget|program|programme|plan)|budget|capex|"
    r"capital\s+expenditures?|earmarked|allocat\w+|pledged?)\b",
    re.I,
)
_WORD_YEARS = {"two": 2, "three": 3, "four": 4, "five": 5, "ten": 10}
_HORIZON = re.compile(
    r"\b(?P<n>\d+|two|three|four|five|ten)[-\s]year\b|"
    r"\b(?:next|coming|following)\s+(?P<m>\d+|two|three|four|five|ten)\s+years\b",
    re.I,
)
_PURPOSE = re.compile(
    r"\b(?:dedicated\s+to|for\s+the\s+expansion\s+of|to\s+expand|on|for|into)\s+"
    r"(?:its\s+|the\s+|new\s+)*(?P<p>(?:AI|cloud|artificial|data|chip|infrastructure|research|"
    r"R&D|computing|semiconductor|factories|factory|plants?|capacity|network|logistics)"
    r"[\w\s&-]{0,50}?)(?=\s+(?:over|for|in|by|through|could|will)\b|[,.;]|$)",
)


def plans(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """An investment plan: amount, horizon in years, purpose."""
    text = sentence.text
    cue = _PLAN.search(text)
    if cue is None or re.search(r"\bprojected\b|\bforecast", text, re.I):
        return
    others = {m.id for m in find_entities(text, kinds=("company",))} - {ctx.subject}
    if len(others) >= 2 or investing_company(text, ctx) is not None:
        return  # about other companies' spending, or another company buying into this one
    money = [
        a for a in find_money(text) if a.value >= 1e6 and not hypothetical_before(text, a.start)
    ]
    if not money:
        return
    amount = min(money, key=lambda a: abs(a.start - cue.start()))
    horizon = _HORIZON.search(text)
    years = None
    if horizon:
        word = (horizon.group("n") or horizon.group("m")).lower()
        years = float(_WORD_YEARS.get(word) or word)
    purpose = _PURPOSE.search(text[amount.end :])
    yield Draft(
        "investment_plan",
        {
            "amount": amount.value,
            "currency": amount.currency,
            "horizon_years": years,
            "purpose": purpose.group("p").strip() if purpose else None,
            "qualifier": amount.qualifier,
        },
        confidence=0.75,
    )


_PARTNER_CUE = gated(
    r"\b(?:partnership|partnered|partnering|alliance|collaboration|collaborat\w+|joint\s+venture|"
    r"tie-up|teamed\s+up|(?:signed|struck|inked|reached)\s+(?:an?\s+)?(?:\w+\s+)?"
    r"(?:deal|agreement|pact)|supply\s+(?:deal|agreement))\b(?:[^.]{0,40}?\bwith\b)?",
    re.I,
)
# "Oracle will deploy up to 131,072 MI355X chips": a customer buying the subject's products
_CUSTOMER = re.compile(
    r"^(?P<n>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})\s+(?:will|has|had|agreed\s+to|plans\s+to)?\s*"
    r"(?:deploy|order|ordered|buy|purchase|purchased|procure)\w*\s+(?:up\s+to\s+)?[\d,]+"
    # (not a stake or shares bought: "Zorvex Fund purchased 6.7% stake in Quillon")
    r"(?![\d,.]*\s?(?:%|per\s?cent|percent|(?:\w+\s+){0,2}(?:shares|stake)\b))",
)


def _is_subject(name: str, ctx: Context) -> bool:
    return canonical(name) == ctx.subject or name.lower() in ("the company", "it")


_PROCURE = gated(
    r"\b(?:procure\w*|purchas\w+|order\w*|buy\w*)\s+(?:of\s+)?(?:up\s+to\s+)?"
    r"(?:[\d,.]+\s+(?:million\s+|thousand\s+)?)",
    re.I,
)


def partnerships(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """A partnership, alliance or supply deal with another company."""
    text = sentence.text
    customer = _CUSTOMER.match(text)
    if (
        customer
        and customer.group("n") != ctx.subject
        and not _is_subject(customer.group("n"), ctx)
    ):
        yield Draft(
            "partnership",
            {"partner": canonical(customer.group("n")), "description": "supply deal"},
            confidence=0.6,
        )
        return
    cue = _PARTNER_CUE.search(text)
    kind = "partnership"
    if cue is None:
        cue = _PROCURE.search(text)
        kind = "supply deal"
        if cue is None:
            return
    tail = text[cue.end() :]
    companies = [m for m in find_entities(tail, kinds=("company",)) if m.id != ctx.subject]
    if not cue.group(0).rstrip().endswith("with") and not companies and ctx.index:
        before = ctx.sentences[ctx.index - 1].text
        companies = [m for m in find_entities(before, kinds=("company",)) if m.id != ctx.subject]
    if companies and (companies[0].start < 40 or not cue.group(0).rstrip().endswith("with")):
        partner = companies[0].id
    elif kind == "partnership" and cue.group(0).rstrip().endswith("with"):
        m = re.match(r"\s*(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}(?P<n>" + PROPER_NAME + r")", tail)
        if m is None:
            return
        partner = m.group("n")
    else:
        return
    yield Draft(
        "partnership",
        {"partner": partner, "description": kind},
        confidence=0.75 if companies else 0.6,
    )


_LEGAL = [
    (
        "lawsuit",
        gated(
            r"\blawsuits?\b|\bclass[\s-]action\b|\bsued\b|\bsuing\b|"
            # "after losing a case against the securities regulator", "won its court case"
            r"\b(?:los(?:t|ing|es)|w(?:on|ins|inning))\s+(?:a|its|the|his|her|their)\s+"
            r"(?:court\s+|legal\s+)?(?:case|appeal|suit)\b",
            re.I,
        ),
    ),
    # "settled 1.8 per cent lower", "the shares settled with a gain" is a close, not a settlement
    (
        "settlement",
        gated(
            r"(?<!shares\s)(?<!stock\s)(?<!index\s)\bsettle(?:d|ment)\b"
            # "the shares settled with a gain of 6.71 per cent", "settled in the red"
            r"(?!\s+(?:at|higher|lower|up|down|flat|[\d.,]+|with\s+an?\s+(?:gain|loss|rise|fall|"
            r"decline|drop)|in\s+the\s+(?:red|green)))",
            re.I,
        ),
    ),
    # "fined", "a fine of", "hit with a R1 million fine", "$15 million in fines"
    (
        "fine",
        gated(
            r"\bfined\b|\bfine\s+of\b|\bpenalt(?:y|ies)\b|"
            r"\b(?:hit|slapped|handed|imposed|levied)\s+(?:with\s+)?(?:an?\s+)?[^.;]{0,30}?\bfines?\b",
            re.I,
        ),
    ),
    # a court's or a regulator's ruling, not "ruled out rate hikes", "the ruling party",
    # "ruled the roads"
    (
        "ruling",
        gated(
            r"\bruling\b(?!\s+(?:party|alliance|coalition|bloc|class|elite|government|junta|"
            r"family|camp))|\bruled\b(?!\s+(?:out|the\b|over\b))|\bverdict\b",
            re.I,
        ),
    ),
    (
        "regulatory_probe",
        gated(r"\b(?:antitrust|regulators?|regulatory)\s+(?:probe|investigation|review)\b", re.I),
    ),
    (
        "investigation",
        # (not "a key line of inquiry for investors": the questions an event raises)
        gated(r"\binvestigation\b|\bprobe\b|(?<!\bline\sof\s)(?<!\blines\sof\s)\binquiry\b", re.I),
    ),
]


def legal(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """Legal or regulatory news: investigations, lawsuits, fines, settlements, rulings."""
    text = sentence.text
    for action_type, pattern in _LEGAL:
        m = pattern.search(text)
        if m is None or hypothetical_before(text, m.start()):
            continue
        orgs = [
            o for o in find_orgs(text) if re.search(r"Law|LLP|Commission|Court|Department", o.id)
        ]
        authority = re.search(r"\b(?:SEC|FTC|DOJ|SAMR|CSRC|European Commission|CMA)\b", text)
        actor = orgs[0].id if orgs else authority.group(0) if authority else None
        yield Draft(
            "legal_action",
            {"actor": actor, "action_type": action_type, "description": text[m.start() :][:160]},
            confidence=0.7,
            subject=_party(text, m.start(), actor, ctx),
        )
        return


def _party(text: str, at: int, actor: str | None, ctx: Context) -> str | None:
    """The company a legal action is about: the name heading the clause of its word
    ("Vodacom, meanwhile, was hit with a R1 million fine"), unless that name is the authority
    acting; else the sentence's subject."""
    acted_on = _ACTED_ON.search(text)  # "The SEC fined Zorvex $5 million", "sued Zorvex"
    # (not the sum itself: "fined A$100m", "fined S$2 million" name no company)
    if acted_on and not any(a.start == acted_on.start("name") for a in find_money(text)):
        return ctx.subjects.id_of(acted_on["name"])
    head = leading_actor(text, at)
    if head is None or head in (SELF, actor) or ctx.subjects.is_word(head):
        return None
    return ctx.subjects.id_of(head)


# (a word glued to "$" is a currency's sign, not a name: "fined Zorvex Bank S$2 million")
_ACTED_ON = re.compile(
    r"\b(?:fined|sued|suing|penali[sz]ed|charged|probing|investigating)\s+"
    r"(?P<name>[A-Z][\w&.'’-]*(?![\w$])(?:\s+[A-Z][\w&.'’-]*(?![\w$])){0,3})"
)


# action types as the annotation guide names them; the first whose words a sentence holds
_CORPORATE = [
    (
        "buyback",
        gated(r"\bbuy-?backs?\b|\brepurchas\w+|\b(?:bought|buys?|buying)\s+back\b", re.I),
    ),
    (
        "dividend",  # paid or decided, not a yield, a policy or an income from other firms
        gated(
            r"\b(?:special|interim|final|quarterly|cash)\s+dividends?\b|"
            r"\b(?:declar|announc|pa(?:y|id|ys|ying)\b|propos|approv|recommend|rais|cut|hik|"
            r"slash|suspend|resum|reinstat|boost|distribut)\w*\s+(?:\w+\s+){0,3}?dividends?\b"
            r"(?!\s+(?:income|yields?|polic(?:y|ies)|payout|prospects?|stocks?|per\s+share))",
            re.I,
        ),
    ),
    ("split", gated(r"\b(?:stock|share)\s+split\b", re.I)),
    (
        "share_issuance",
        gated(
            r"\bissu(?:ance|ed|ing)\s+(?:of\s+)?(?:approximately\s+|about\s+)?[\d.,]+|"
            r"\brights\s+issue\b",
            re.I,
        ),
    ),
    ("spin_off", gated(r"\bspin[\s-]?off\b|\bspun\s+off\b", re.I)),
    ("restructuring", gated(r"\brestructur\w+|\bcost-cutting\s+program", re.I)),
    (
        "layoffs",
        gated(
            r"\blay(?:ing)?\s+off\b|\blaid\s+off\b|\blayoffs\b|\bjob\s+cuts\b|"
            # "will cut up to 3,000 jobs", "is axing about 500 roles", "to shed 1,200 staff"
            r"\b(?:cut|cuts|cutting|axe|axes|axing|shed|sheds|shedding|slash|slashes|slashing|"
            r"eliminat(?:e|es|ed|ing))\s+(?:up\s+to\s+|about\s+|around\s+|nearly\s+|some\s+|"
            r"more\s+than\s+|over\s+)?\d[\d,]*\s+(?:jobs|positions|roles|staff|employees|workers)\b",
            re.I,
        ),
    ),
    (
        "listing",
        gated(
            r"\binitial\s+public\s+offering\b|\bIPO\b|\bgo(?:es|ing)?\s+public\b|"
            r"\bwent\s+public\b|\bdelist(?:ing|ed)?\b",
            re.I,
        ),
    ),
    ("integration", gated(r"\bintegrat\w+\s+of\b[^;]{0,80}?\binto\b", re.I)),
    (
        "acquisition",  # a company bought, not shares or a stake in it (holdings' news)
        gated(
            r"\b(?:acqui(?:res?|red|ring|sition\s+of)|takeover\s+of|merg(?:er|ed|ing)\s+with)\s+"
            # (a decimal point is no sentence's end: "acquired 1.2 lakh shares")
            r"(?!(?:[^.;]|\.(?=\d)){0,60}?\b(?:stakes?|shares|positions?|holdings?|interest|units|"
            r"equity)\b)"
            # no company bought, only more of what is held: "shareholders ... to hold or acquire
            # more.", "investors may acquire some"
            r"(?!(?:more|some|further|additional|others?)\s*(?:[.;,)]|$))",
            re.I,
        ),
    ),
]


_CLAUSE_BREAK = re.compile(r"\band\b|[,;]")
# An action told as a possibility is no event: "a high likelihood of special dividends", "the
# chance of a buyback", "could raise its dividend", "it could potentially raise $17 billion
# through the spin-off", "the bank may consider a buyback" (not "would" of a plan told in
# reported speech, nor a possibility in the past: "may have ended its buyback")
_SPECULATED = re.compile(
    r"\b(?:likelihood|possibility|chances?|prospects?|odds|speculation|hopes?)\s+(?:of|for)\s+"
    r"(?:an?\s+|more\s+|further\s+|higher\s+|bigger\s+|another\s+)?(?:(?:share|stock)\s+)?$|"
    r"\b(?:could|may|might)\s+(?:(?:also|even|still|well|potentially|possibly)\s+)?(?!have\b)"
    r"(?:\w+[^.;]*)?$",
    re.I,
)
_SPECULATED_REACH = 70  # characters before the action's word


@dataclass(slots=True)
class _Told:
    """The company the last sentence was about, that "The result" or "It" in the next one
    means when the article's subject is an index."""

    company: str | None = None
    index: int = -1


# A sentence opening on what the one before told of: "The result included an interim cash
# dividend of Rs.7 per share", "It also declared ...", "The company will pay ..."
_ANAPHOR_OPENING = re.compile(
    r"^\s*(?:It|They|The\s+(?:result|results|company|group|bank|lender|firm|board))\b"
)


def _told_company(ctx: Context) -> str | None:
    """The company the sentence before was about, when this one opens on "It" or "The
    result" (and the sentence's own subject is an index); records this sentence's company."""
    told = ctx.memory(_Told)
    before = told.company if told.index == ctx.index - 1 else None
    own = ctx.sentence_subject
    told.company, told.index = (None if is_index(own) else own), ctx.index
    return before if _ANAPHOR_OPENING.match(ctx.sentence.text) else None


def corporate(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """Corporate actions: buybacks, dividends, splits, issuance, spin-offs, restructurings.
    No index buys, pays or lists: in a wrap, the action is the company's that heads its clause
    or that the sentence before was about; else it is none."""
    text = sentence.text
    told = _told_company(ctx)
    for action_type, pattern in _CORPORATE:
        m = pattern.search(text)
        if m is None:
            continue
        if _SPECULATED.search(text, max(0, m.start() - _SPECULATED_REACH), m.start()):
            return  # "said it could potentially raise $17 billion through the spin-off"
        # (not a figure of another clause before it: "reported a profit of GH¢3.98 billion and
        # declared a dividend of GH¢0.175 per share"; "declared P11 billion in cash dividends" is)
        money = [
            a
            for a in find_money(text)
            if a.start >= m.start()
            or (a.start > m.start() - 40 and not _CLAUSE_BREAK.search(text, a.end, m.start()))
        ]
        counts = [
            c
            for c in find_counts(text[m.start() :])
            if re.match(
                r"\s*(?:\w+\s+){0,3}(?:shares|units|RSUs|stock)", text[m.start() + c.end :], re.I
            )
        ]
        modality = modality_of(text, m.start(), m.end(), ctx.sentence_subject)
        acting = _acting_company(text, m.start(), ctx) or told
        if acting is None and is_index(ctx.sentence_subject):
            return
        yield Draft(
            "corporate_action",
            {
                "action_type": action_type,
                "modality": modality,
                "description": text[m.start() :][:160],
                "shares": counts[0].value if counts else None,
                "amount": money[0].value if money else None,
                "currency": money[0].currency if money else None,
                "qualifier": (counts[0].qualifier if counts else money[0].qualifier)
                if (counts or money)
                else "exact",
            },
            confidence=0.7,
            subject=acting,
        )
        return


def _acting_company(text: str, at: int, ctx: Context) -> str | None:
    """The company whose corporate action is told at ``at`` when the sentence's subject is an
    index ("the Nikkei came under pressure as SoftBank Group fell after it announced plans to
    acquire ..."); ``None`` (the sentence's subject) otherwise."""
    if not is_index(ctx.sentence_subject):
        return None
    actor = actor_before(text, at)
    if actor in (None, SELF):
        actor = leading_actor(text, at)
    if actor in (None, SELF) or is_index(actor) or ctx.subjects.is_word(actor):
        return None
    # a name the article or the tables know, or one whose first word the article never writes
    # in lower case ("Market participants", "Holding firms" are words)
    first = actor.split(maxsplit=1)[0]
    known = (
        ctx.subjects.mentions(actor)
        or resolve(actor) is not None
        or not (ctx.subjects.is_word(first) or is_place(actor))
    )
    return ctx.subjects.id_of(actor) if known else None
