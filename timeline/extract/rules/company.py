"""The company: launches, product metrics, KPIs, investment plans, partners, legal, corporate.

Product names are taken as written (a quoted name, or a capitalised name after a launch verb or
in apposition: "its most advanced AI model to date, Qwen3-Max"). A metric or price without a
product name belongs to the product last named in the article. A KPI's segment comes from the
sentence, else from the sentence or heading before it ("Cloud Division: ...").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from timeline.extract.core import Context, Draft
from timeline.extract.mentions import find_entities, find_orgs
from timeline.extract.numbers import Amount, find_counts, find_money, find_percents
from timeline.extract.rules._common import PROJECTION
from timeline.extract.temporal import resolve
from timeline.extract.text import Sentence

__all__ = [
    "corporate",
    "kpis",
    "launches",
    "legal",
    "metrics",
    "partnerships",
    "plans",
    "segment_of",
]

_NAME = r"(?:[A-Z][\w’'\-+]*|i[A-Z][\w\-]*)(?:[\s-](?:[A-Z0-9][\w\-+]*))*"
_LAUNCH = re.compile(
    r"\b(?:launch(?:ed|es|ing)?|unveil(?:ed|s|ing)?|introduc(?:ed|es|ing)|releas(?:ed|es|ing)|"
    r"rolled\s+out|roll(?:s|ing)?\s+out|debut(?:ed|s)?|began\s+selling|started\s+selling|"
    r"went\s+on\s+sale)\b",
    re.I,
)
_NOT_LAUNCH = re.compile(
    r"\b(?:investigation|probe|lawsuit|buyback|repurchase|coverage|offering|bid|campaign|"
    r"beta\s+launch\s+in)\b",
    re.I,
)
_CATEGORIES = [
    ("wearables", re.compile(r"\bglasses\b|\bwearables?\b|\bwatch\b|\bheadset\b", re.I)),
    ("AI model", re.compile(r"\b(?:AI\s+)?model\b|\bLLM\b|language model", re.I)),
    ("app", re.compile(r"\bapp\b|\bapplication\b", re.I)),
    ("chip", re.compile(r"\bchips?\b|\bprocessors?\b|\bGPUs?\b|\baccelerators?\b", re.I)),
    ("smartphone", re.compile(r"\b(?:smart)?phones?\b", re.I)),
    ("vehicle", re.compile(r"\bvehicles?\b|\bcars?\b|\bSUV\b|\bEVs?\b|\bsedan\b", re.I)),
    ("drug", re.compile(r"\bdrug\b|\btreatment\b|\btherapy\b|\bvaccine\b", re.I)),
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
        "Alibaba's",
    ]
)
# "its public beta launch in November" in the sentence after a launch dates the launch
_LAUNCH_WHEN = re.compile(
    r"\blaunch\w*\s+(?:in|on|during)\s+[A-Z]\w+(?:\s+\d{1,2})?(?:,?\s+\d{4})?"
)
_PRICE_CUE = re.compile(
    r"\b(?:priced|starting|starts|costs?|retails?|sells)\s+(?:from|at|for)?\b", re.I
)


def _category(text: str) -> str | None:
    return next((name for name, p in _CATEGORIES if p.search(text)), None)


def _product_after(text: str, at: int) -> str | None:
    tail = text[at:]
    quoted = re.match(r"^[^.]{0,60}?[\"“‘']([^\"”’']{2,40})[\"”’']", tail)
    if quoted:
        return quoted.group(1).strip()
    appos = re.match(r"^[^.,]{0,70},\s+(?P<n>" + _NAME + r")", tail)
    if appos and appos.group("n").split()[0] not in _STOP_NAMES:
        return _trim(appos.group("n"))
    direct = re.match(
        r"^\s+(?:of\s+)?(?:(?:its|the|a|an|their|new|first|latest)\s+)*(?P<n>" + _NAME + r")", tail
    )
    if direct and direct.group("n").split()[0] not in _STOP_NAMES:
        return _trim(direct.group("n"))
    return None


def _product_before(text: str, at: int) -> str | None:
    m = re.search(
        r"(?P<n>" + _NAME + r")\s+(?P<kind>app|application|model|glasses|phone|chip)\b[^.]{0,60}$",
        text[:at],
    )
    if m and m.group("n").split()[-1] not in _STOP_NAMES:
        suffix = " app" if m.group("kind") in ("app", "application") else ""
        return _trim(m.group("n").split()[-1]) + suffix
    return None


def _trim(name: str) -> str:
    words = name.split()
    while words and words[-1].lower() in ("series", "line", "lineup", "family", "range"):
        words.pop()
    return " ".join(words)


def _price(text: str) -> Amount | None:
    cue = _PRICE_CUE.search(text)
    if cue is None:
        return None
    after = [a for a in find_money(text) if a.start >= cue.start()]
    return after[0] if after else None


def launches(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """A product launch, its category and starting price (this or the next sentence)."""
    text = sentence.text
    m = _LAUNCH.search(text)
    if m is None or _NOT_LAUNCH.search(text) or PROJECTION.search(text):
        return
    product = _product_after(text, m.end()) or _product_before(text, m.start())
    if not product or find_entities(product, kinds=("company", "firm", "investor", "index")):
        return
    nxt = ctx.following()
    price = _price(text) or (_price(nxt.text) if nxt else None)
    occurrence = None
    if ctx.occurrence.precision == "unknown" and nxt and _LAUNCH_WHEN.search(nxt.text):
        occurrence = resolve(_LAUNCH_WHEN.search(nxt.text).group(0), ctx.published)  # type: ignore[union-attr]
    ctx.last_product = product
    yield Draft(
        "product_launch",
        {
            "product": product,
            "category": _category(text),
            "price": price.value if price else None,
            "currency": price.currency if price else None,
        },
        confidence=0.8,
        occurrence=occurrence,
    )


_METRICS = [
    (
        "monthly_active_users",
        re.compile(r"monthly\s+active\s+users|\bMAUs?\b|monthly\s+users", re.I),
    ),
    ("daily_active_users", re.compile(r"daily\s+active\s+users|\bDAUs?\b", re.I)),
    ("downloads", re.compile(r"\bdownloads\b", re.I)),
    ("units_sold", re.compile(r"\bunits\b|\bdeliveries\b|\bshipments\b", re.I)),
    ("subscribers", re.compile(r"\bsubscribers\b|\bpaying\s+users\b", re.I)),
    ("parameters", re.compile(r"\bparameters?\b", re.I)),
]


def metrics(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """A product's usage metric: users, downloads, units, parameters, with the change."""
    text = sentence.text
    if PROJECTION.search(text) or re.search(r"\bby\s+20\d\d\b", text):
        return
    for name, pattern in _METRICS:
        cue = pattern.search(text)
        if cue is None:
            continue
        counts = [c for c in find_counts(text) if c.value >= 100 and not _is_year(c)]
        if not counts:
            continue
        count = min(counts, key=lambda c: abs(c.start - cue.start()))
        quoted = re.search(r"[\"“]([^\"”]{2,40})[\"”]", text)
        named_before = ctx.last_product if ctx.last_product and ctx.last_product in text else None
        product = quoted.group(1) if quoted else named_before or _product_before(text, cue.start())
        product = product or ctx.last_product
        if product is None:
            continue
        change = [p for p in find_percents(text) if re.search(r"\bby\s*$", text[: p.start])]
        yield Draft(
            "product_metric",
            {
                "product": product,
                "metric": name,
                "value": count.value,
                "change_percent": change[0].value if change else None,
                "qualifier": count.qualifier,
            },
            confidence=0.75,
        )
        return


def _is_year(amount: Amount) -> bool:
    return amount.value.is_integer() and 1900 <= amount.value <= 2100


_SEGMENTS = [
    ("cloud", re.compile(r"\bcloud\b", re.I)),
    ("e-commerce", re.compile(r"\be-?commerce\b|\bonline\s+retail\b|\bTaobao\b", re.I)),
    ("quick commerce", re.compile(r"\bquick\s+(?:commerce|delivery)\b", re.I)),
    ("advertising", re.compile(r"\badvertising\b|\bads\b", re.I)),
    ("data center", re.compile(r"\bdata[\s-]cent(?:er|re)s?\b", re.I)),
    ("gaming", re.compile(r"\bgaming\b|\bgames\b", re.I)),
    ("services", re.compile(r"\bservices\s+(?:segment|revenue|business)\b", re.I)),
    ("automotive", re.compile(r"\bautomotive\b", re.I)),
    ("wearables", re.compile(r"\bwearables\b", re.I)),
]
_KPI_METRICS = [
    ("adjusted_ebita", re.compile(r"adjusted\s+EBITA\b", re.I)),
    ("ebitda", re.compile(r"\bEBITDA\b", re.I)),
    ("ebita", re.compile(r"\bEBITA\b", re.I)),
    ("operating_income", re.compile(r"operating\s+(?:income|profit)", re.I)),
    ("net_income", re.compile(r"net\s+(?:income|profit)|\bprofit\b", re.I)),
    ("eps", re.compile(r"earnings\s+per\s+share|\bEPS\b", re.I)),
    ("gross_margin", re.compile(r"gross\s+margin", re.I)),
    ("operating_margin", re.compile(r"operating\s+margin", re.I)),
    ("market_share", re.compile(r"market\s+share", re.I)),
    ("free_cash_flow", re.compile(r"free\s+cash\s+flow", re.I)),
    ("revenue", re.compile(r"\brevenues?\b|\bsales\b|\bturnover\b", re.I)),
]
_YOY = re.compile(
    r"year[\s-]over[\s-]year|year[\s-]on[\s-]year|\byoy\b|from\s+a\s+year\s+(?:earlier|ago)|"
    r"annual(?:ly)?\b",
    re.I,
)
_QOQ = re.compile(
    r"quarter[\s-](?:over|on)[\s-]quarter|sequential(?:ly)?|\bqoq\b|"
    r"(?:compared\s+(?:to|with)|from|versus|vs\.?)\s+the\s+(?:previous|prior|preceding)\s+quarter",
    re.I,
)
_GROWTH = re.compile(
    r"\b(?:grew|growth|gr[eo]w(?:ing|s)?|rose|rise|increase[ds]?|expand(?:ed|ing|s)?|soared|"
    r"jump(?:ed|s)?|climb(?:ed|s)?|up|gain(?:ed|s)?|accelerat\w*)\b",
    re.I,
)
_SHRINK = re.compile(
    r"\b(?:fell|fall|declined?|decrease[ds]?|dropped|drop|plummeted|plunged|shrank|down|slid)\b",
    re.I,
)
_ANAPHORA = re.compile(r"^(?:This|That|The)\s+(?:figure|growth|rate|number|result)", re.I)


def segment_of(text: str) -> str | None:
    """The business segment a sentence or heading talks about, if any."""
    if re.search(r"\b(?:group|total|overall|company-wide|consolidated)\s+revenue", text, re.I):
        return None
    return next((name for name, p in _SEGMENTS if p.search(text)), None)


def _fiscal_period(ctx: Context) -> str | None:
    occ = ctx.occurrence
    if occ.start is None:
        return None
    if occ.precision == "quarter":
        return f"{occ.end.year}-Q{(occ.end.month - 1) // 3 + 1}" if occ.end else None
    if occ.precision == "year":
        return str(occ.start.year)
    return None


_GROUP_LEVEL = re.compile(r"\b(?:group|total|overall|company-wide|consolidated)\b", re.I)


def _first_number(text: str) -> int:
    numbers = [*find_percents(text), *find_money(text)]
    return min((n.start for n in numbers), default=len(text))


def _kpi_metric(text: str, ctx: Context) -> tuple[str, str | None] | None:
    at = _first_number(text)
    mentions: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for name, pattern in _KPI_METRICS:  # most specific first: "adjusted EBITA" before "EBITA"
        for m in pattern.finditer(text):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                taken.append((m.start(), m.end()))
                mentions.append((m.start(), name))
    mentions.sort()
    if mentions:
        before = [m for m in mentions if m[0] < at]
        name = before[-1][1] if before else mentions[0][1]
        if _GROUP_LEVEL.search(text):
            return name, None
        return name, segment_of(text) or _carried_segment(ctx)
    if _ANAPHORA.search(text) and ctx.last_kpi and ctx.index - ctx.last_kpi_index <= 1:
        return ctx.last_kpi[0], ctx.last_kpi[1]
    return None


def _carried_segment(ctx: Context) -> str | None:
    """The segment of the previous sentence in the same paragraph, else of the section heading."""
    if ctx.index:
        prev = ctx.sentences[ctx.index - 1]
        if prev.block == ctx.sentence.block and (seg := segment_of(prev.text)):
            return seg
    return ctx.last_segment


def kpis(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """A company KPI for a period: growth in percent, or a level in money or percent."""
    text = sentence.text
    if PROJECTION.search(text) or re.search(
        r"\b(?:shares?|stock)\b\s+(?:\w+\s+){0,2}(?:rose|fell|surged)", text
    ):
        return
    found = _kpi_metric(text, ctx)
    if found is None:
        return
    metric, segment = found
    payload = _kpi_value(text, metric)
    if payload is None:
        return
    basis = payload.get("basis")
    ctx.last_kpi = (metric, segment, basis if isinstance(basis, str) else None)
    ctx.last_kpi_index = ctx.index
    yield Draft(
        "financial_kpi",
        {"metric": metric, "segment": segment, "fiscal_period": _fiscal_period(ctx), **payload},
        confidence=0.75,
    )


def _kpi_value(text: str, metric: str) -> dict[str, object] | None:
    percents = [
        p
        for p in find_percents(text)
        if not re.search(r"upside|below|above", text[: p.start][-25:])
    ]
    if metric in ("market_share", "gross_margin", "operating_margin") and percents:
        p = percents[0]
        return {"value": p.value, "unit": "percent", "basis": None, "qualifier": p.qualifier}
    if percents and (_GROWTH.search(text) or _SHRINK.search(text)):
        p = percents[0]
        lead = text[max(0, p.start - 40) : p.end + 25]
        sign = -1.0 if _SHRINK.search(lead) and not _GROWTH.search(lead) else 1.0
        basis = "yoy" if _YOY.search(text) else "qoq" if _QOQ.search(text) else "change"
        return {
            "value": sign * abs(p.value),
            "unit": "percent",
            "basis": basis,
            "qualifier": p.qualifier,
        }
    money = [a for a in find_money(text) if a.value >= 1e6]
    if money:
        a = money[0]
        return {"value": a.value, "unit": a.currency, "basis": None, "qualifier": a.qualifier}
    return None


_PLAN = re.compile(
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
    if len(others) >= 2:
        return  # about other companies' spending
    money = [a for a in find_money(text) if a.value >= 1e6]
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


_PARTNER_CUE = re.compile(
    r"\b(?:partnership|partnered|partnering|alliance|collaboration|collaborat\w+|joint\s+venture|"
    r"tie-up|teamed\s+up|(?:signed|struck|inked|reached)\s+(?:an?\s+)?(?:\w+\s+)?"
    r"(?:deal|agreement|pact)|supply\s+(?:deal|agreement))\b[^.]{0,40}?\bwith\b",
    re.I,
)
_PROCURE = re.compile(
    r"\b(?:procure\w*|purchas\w+|order\w*|buy\w*)\s+(?:of\s+)?(?:up\s+to\s+)?"
    r"(?:[\d,.]+\s+(?:million\s+|thousand\s+)?)",
    re.I,
)


def partnerships(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """A partnership, alliance or supply deal with another company."""
    text = sentence.text
    cue = _PARTNER_CUE.search(text)
    kind = "partnership"
    if cue is None:
        cue = _PROCURE.search(text)
        kind = "supply deal"
        if cue is None:
            return
    tail = text[cue.end() :]
    companies = [m for m in find_entities(tail, kinds=("company",)) if m.id != ctx.subject]
    if companies and companies[0].start < 40:
        partner = companies[0].id
    elif kind == "partnership":
        m = re.match(r"\s*(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}(?P<n>" + _NAME + r")", tail)
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
    ("lawsuit", re.compile(r"\blawsuits?\b|\bclass[\s-]action\b|\bsued\b|\bsuing\b", re.I)),
    ("settlement", re.compile(r"\bsettle(?:d|ment)\b", re.I)),
    ("fine", re.compile(r"\bfined\b|\bfine\s+of\b|\bpenalt(?:y|ies)\b", re.I)),
    ("ruling", re.compile(r"\bruling\b|\bruled\b|\bverdict\b", re.I)),
    (
        "regulatory_probe",
        re.compile(
            r"\b(?:antitrust|regulators?|regulatory)\s+(?:probe|investigation|review)\b", re.I
        ),
    ),
    ("investigation", re.compile(r"\binvestigation\b|\bprobe\b|\binquiry\b", re.I)),
]


def legal(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """Legal or regulatory news: investigations, lawsuits, fines, settlements, rulings."""
    text = sentence.text
    for action_type, pattern in _LEGAL:
        m = pattern.search(text)
        if m is None:
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
        )
        return


_CORPORATE = [
    ("buyback", re.compile(r"\bbuy-?backs?\b|\bshare\s+repurchases?\b|\brepurchas\w+", re.I)),
    ("dividend", re.compile(r"\bdividend\b", re.I)),
    ("stock_split", re.compile(r"\b(?:stock|share)\s+split\b", re.I)),
    (
        "share_issuance",
        re.compile(
            r"\bissu(?:ance|ed|ing)\s+(?:of\s+)?(?:approximately\s+|about\s+)?[\d.,]+", re.I
        ),
    ),
    ("spin_off", re.compile(r"\bspin[\s-]?off\b|\bspun\s+off\b", re.I)),
    ("restructuring", re.compile(r"\brestructur\w+|\boverhaul\b|\breorganization\b", re.I)),
    (
        "integration",
        re.compile(r"\bintegrat\w+\s+of\b[^;]{0,80}?\binto\b|\bmerg(?:er|ed|ing)\b", re.I),
    ),
]


def corporate(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """Corporate actions: buybacks, dividends, splits, issuance, spin-offs, restructurings."""
    text = sentence.text
    for action_type, pattern in _CORPORATE:
        m = pattern.search(text)
        if m is None:
            continue
        money = [a for a in find_money(text) if a.start > m.start() - 40]
        counts = [
            c
            for c in find_counts(text[m.start() :])
            if re.match(
                r"\s*(?:\w+\s+){0,3}(?:shares|units|RSUs|stock)", text[m.start() + c.end :], re.I
            )
        ]
        yield Draft(
            "corporate_action",
            {
                "action_type": action_type,
                "description": text[m.start() :][:160],
                "shares": counts[0].value if counts else None,
                "amount": money[0].value if money else None,
                "currency": money[0].currency if money else None,
                "qualifier": (counts[0].qualifier if counts else money[0].qualifier)
                if (counts or money)
                else "exact",
            },
            confidence=0.7,
        )
        return
