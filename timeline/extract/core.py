"""The extractor protocol and the rule-based default extractor.

An extractor is anything with a ``name``, a ``version`` and ``extract(article) -> events``;
ingestion depends on nothing else, so a model-based extractor can be dropped in later.

The default `RuleExtractor` reads an article sentence by sentence. For each factual sentence
it resolves the temporal cue once (`timeline.extract.temporal`), then asks every rule (one
module per topic under `timeline.extract.rules`) for *drafts*: a kind, a payload and a
confidence. Drafts become validated events whose quote is the sentence and whose span is the
sentence's offsets, so ``article.text[span_start:span_end] == quote`` always holds. A draft
that fails validation is dropped, never raised. The same fact stated twice in one article
(the same kind and key fields) is kept once, the most complete statement winning; an investor's
trades in one company on different dates, of different sizes or directions are each kept. A
price move told in round figures in the lead ("fell almost 7%") and exactly in the body ("fell
6.84%") is kept once, at its exact figure.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, get_args, runtime_checkable

from pydantic_core import PydanticUndefined
from tqdm.auto import tqdm

from timeline.articles import Article
from timeline.errors import EventInvalid
from timeline.events import (
    DIRECTION_SIGN,
    KINDS,
    ConsensusReported,
    EventBase,
    PriceMove,
    fact_key,
)
from timeline.extract.actors import company_heading, full_firm, is_index
from timeline.extract.context import Context, Draft, Rule
from timeline.extract.fiscal import fiscal_year_end
from timeline.extract.gates import gated
from timeline.extract.markets import SHARED_NAMES, dollar_of, local_currency, yen_or_yuan
from timeline.extract.places import is_country
from timeline.extract.rules import DEFAULT_RULES, HEADING_RULES
from timeline.extract.subjects import Subjects, acts
from timeline.extract.temporal import Occurrence, resolve
from timeline.extract.text import Sentence, split_sentences

__all__ = ["Context", "Draft", "Extractor", "Rule", "RuleExtractor", "detect_subject"]


@runtime_checkable
class Extractor(Protocol):
    """Text and article metadata in, events out."""

    name: str
    version: str

    def extract(self, article: Article) -> list[EventBase]:
        """Every event the article states, in text order."""
        ...


def detect_subject(article: Article) -> str:
    """The company an article is about: the manifest's or the caller's, else the one the whole
    article is about (`timeline.extract.subjects`), never one its events show acting on a
    company (`RuleExtractor.read`)."""
    return RuleExtractor().read(article)[0].article


class RuleExtractor:
    """The default extractor: deterministic rules for the genre of financial news.

    Examples
    --------
    >>> from timeline.articles import Article
    >>> from timeline.extract import RuleExtractor
    >>> text = "Acme Corp (NASDAQ: ACME) News\\nOn Tuesday, Goldman Sachs raised its price "\\
    ...        "target on Acme to $230 from $178 and reiterated a Buy rating."
    >>> art = Article.from_text(text, published="2025-03-07", subject="ACME")
    >>> for ev in RuleExtractor().extract(art):
    ...     print(ev.kind, ev.firm, getattr(ev, "value", None), ev.occurred_start)
    analyst_rating Goldman Sachs None 2025-03-04
    price_target Goldman Sachs 230.0 2025-03-04
    """

    name = "rules"
    version = "1"

    def __init__(
        self, rules: Sequence[Rule] | None = None, headings: Sequence[Rule] | None = None
    ) -> None:
        self.rules = tuple(DEFAULT_RULES if rules is None else rules)
        self.headings = tuple(HEADING_RULES if headings is None else headings)

    def __repr__(self) -> str:
        return f"RuleExtractor({len(self.rules)} rules, version {self.version})"

    def extract(self, article: Article) -> list[EventBase]:
        return self.read(article)[1]

    def read(self, article: Article) -> tuple[Subjects, list[EventBase]]:
        """The article's companies and its events. A subject the events show acting on a
        company (the broker that rates it, the fund that buys it, as a name no table knows
        may be taken for the company) is not the article's: it is decided again without it."""
        sentences = split_sentences(article.text)
        subjects = Subjects.of(article.text, article.title, article.subject)
        events, acting, calling = self._events(article, subjects, sentences)
        shun: frozenset[str] = frozenset()
        for _ in range(_REDECIDED) if article.subject is None else ():
            if not acts(subjects.article, acting):
                break
            shun |= acting
            again = Subjects.of(article.text, article.title, None, shun)
            if again.article == subjects.article:
                break  # a ticker or the title keeps it: a name the table takes for it acts
            if again.article == "UNKNOWN" and not acts(subjects.article, calling):
                # no other company to take, and it only trades: "the company said it bought a
                # 9.9% stake in Austal" (a broker's calls are never its own company's news)
                break
            subjects, (events, acting, calling) = again, self._events(article, again, sentences)
        return subjects, events

    def _events(
        self, article: Article, subjects: Subjects, sentences: list[Sentence]
    ) -> tuple[list[EventBase], set[str], set[str]]:
        ctx = Context(article=article, subjects=subjects, sentences=sentences)
        ctx.temporal.fiscal_end = fiscal_year_end(article.text, subjects.exchange)
        events: dict[tuple[Any, ...], EventBase] = {}
        listed: set[tuple[Any, ...]] = set()  # the facts kept as a list item told them
        # an undated list item takes the date of the sentence that introduces the list ("The
        # following analysts published notes on Friday." then "• JPMorgan downgraded ...")
        lead = Occurrence.unknown()
        long = len(article.text) > _LONG_TEXT  # a long text shows its progress
        shown = tqdm(sentences, desc="sentences", unit="sentence", disable=not long, leave=False)
        whose = _Whose(subjects, article.text.find(article.title) + len(article.title))
        for i, sentence in enumerate(shown):
            ctx.index = i
            ctx.sentence_subject = whose.of(sentence)
            if sentence.factual:
                ctx.occurrence = resolve(
                    sentence.text, ctx.published, ctx.temporal, subjects.exchange
                )
                if sentence.item:
                    if ctx.occurrence.precision == "unknown":
                        ctx.occurrence = lead
                else:
                    lead = (
                        ctx.occurrence
                        if _LEADS_LIST.search(sentence.text)
                        else Occurrence.unknown()
                    )
                rules = self.rules
            elif sentence.heading and not sentence.boilerplate:
                rules = self.headings
            else:
                continue
            made: list[EventBase] = []
            for rule in rules:
                for draft in rule(sentence, ctx):
                    event = self._build(draft, sentence, ctx)
                    if event is not None:
                        made.append(event)
                        _keep(events, event, listed, sentence.item)
            whose.saw(sentence, made)
        ordered = sorted(events.values(), key=lambda e: (e.span_start, list(KINDS).index(e.kind)))
        kept = _without_headlines_told_again(_without_round_restatements(ordered), sentences)
        kept = _without_rounded_targets(kept)
        # (who acts at all, and who makes calls: a broker, a data provider)
        return (
            kept,
            ctx.acting | _acting(ordered, subjects),
            ctx.acting | _calling(ordered, subjects),
        )

    def _build(self, draft: Draft, sentence: Sentence, ctx: Context) -> EventBase | None:
        occ = draft.occurrence or ctx.occurrence
        model = KINDS[draft.kind]
        # a None leaves a field to its default, unless the field's default is a value and None
        # a choice (an index level's currency: none, where a price's default is USD)
        payload = {
            k: v for k, v in draft.payload.items() if v is not None or k in _said_none(model)
        }
        subject = draft.subject or ctx.sentence_subject
        if draft.kind in _COMPANY_CALLS and is_country(subject):
            return None  # a broker's weighting of a country ("upgraded Turkey to overweight")
        if isinstance(firm := payload.get("firm"), str):
            payload["firm"] = full_firm(firm, ctx.article.text)
        for name in _MONEY_FIELDS:  # the rules read "$" as USD, "Rs" as INR: the market decides
            code = payload.get(name)
            if code == "USD" and _DOLLAR.search(sentence.text):
                payload[name] = dollar_of(subject, sentence.text, ctx.subjects.market) or "USD"
            elif code and (shared := SHARED_NAMES.get(code)) and shared.search(sentence.text):
                payload[name] = local_currency(code, ctx.subjects.market or ctx.subjects.crowns)
            elif code == "CNY" and "¥" in sentence.text:
                payload[name] = yen_or_yuan(subject, ctx.article.text, ctx.subjects.market)
        try:
            return KINDS[draft.kind](
                subject=subject,
                occurred_start=occ.start,
                occurred_end=occ.end,
                occurred_precision=occ.precision,
                reported_at=ctx.article.published_at,
                source_id=ctx.article.article_id,
                span_start=sentence.start,
                span_end=sentence.end,
                quote=sentence.text,
                extractor=f"{self.name}/{self.version}",
                confidence=draft.confidence,
                **payload,
            )
        except (EventInvalid, ValueError):
            return None  # a rule's guess that does not validate is not an event


# A digest's line that opens on a company's name and a colon, its news told after in lower
# case: "BHEL: received an order ...", "Tata Motors: incorporated a new step-down subsidiary"
_INLINE_LABEL = re.compile(r"(?P<label>[A-Z][^:\n]{1,40}:)\s+[a-z]")


@dataclass(slots=True)
class _Whose:
    """Whose each sentence is, as the article is read in order: the section a heading naming
    one company opened, and the company the sentence before opened on ("Maruti Suzuki stock
    hit a record." then "The stock rose 1.94 per cent." is Maruti Suzuki's).

    The company a sentence opens on (`company_heading`, costly) is read only when a later
    sentence of its paragraph asks what the paragraph last spoke of: until then the sentence
    waits among ``unread``."""

    subjects: Subjects
    title_end: int
    section: str | None = None
    previous: Sentence | None = None
    # the company the paragraph last spoke of, other than the article's: (its block, its id,
    # whether a broker's call on it told it), as of the last sentence before ``unread``
    carried: tuple[int, str, bool] | None = None
    # the paragraph's sentences since ``carried`` was set, oldest first: the latest of them
    # that opens on a company sets it anew
    unread: list[Sentence] = field(default_factory=list)
    # the last company other than an index a sentence's events were about, in any paragraph
    company: str | None = None

    def of(self, sentence: Sentence) -> str:
        subject = self._of(sentence)
        if (
            self.company is not None
            and _THE_STOCK.search(sentence.text)  # (the cheap tests first)
            and is_index(subject)
            and not self.subjects.names_any(sentence.text, sentence.start)
        ):
            # a wrap's stock spoken of again in a paragraph of its own: "Shares of Zomato
            # surged 6%." then "The stock has fallen 18% from its 52-week high." (an index
            # is no stock)
            return self.company
        return subject

    def _of(self, sentence: Sentence) -> str:
        if sentence.heading and sentence.start > self.title_end:
            self.section = self.subjects.of_heading(sentence.text, sentence.start) or self.section
        if (sentence.heading or sentence.item) and sentence.text.endswith(":"):
            self.section = self.subjects.of_label(sentence.text) or self.section
        subject = self.subjects.of_sentence(sentence.text, sentence.start, self.section)
        if (inline := _INLINE_LABEL.match(sentence.text)) and (
            labelled := self.subjects.of_label(inline["label"])
        ):
            subject = labelled  # "Tata Motors: incorporated a new subsidiary ...": its line
        before, self.previous = self.previous, sentence
        if self.unread and self.unread[0].block != sentence.block:
            self.unread.clear()  # a paragraph before this one carries nothing into it
        if before is not None and before.block == sentence.block and _ANAPHOR.match(sentence.text):
            # read only when it is needed: the company the sentence before opened on, or its
            # clause after "that" opened on ("it was noted that Boliden announced ..."), or
            # the one company it names ("Shares of Eternal fell.", "The laggard was Raizen."),
            # else the one the paragraph last spoke of ("Zorvex is a maker of lathes." then
            # "The company is worth Rs 441 crore." then "The stock opened at Rs 411.")
            said = _SAID_THAT.search(before.text)
            subject = (
                company_heading(before.text)
                or (company_heading(before.text[said.end() :]) if said else None)
                or self.subjects.only_named(before.text, before.start)
                or self._carried(sentence)
                or subject
            )
            self._carry(sentence, subject)
            return subject
        self.unread.append(sentence)
        if (
            self.carried
            and self.carried[2]  # a sentence read later carries no call: it only undoes one
            and self.carried[0] == sentence.block
            and subject == self._own
            and not self.subjects.names_any(sentence.text, sentence.start)
            and (carried := self._carried(sentence))
            and self.carried[2]
        ):
            # a roundup's paragraph: a sentence naming no company goes on about the company
            # of the call before ("Quenwick raised Zorvex to Buy." then "It sees 20% upside."),
            # unless a sentence since, or this one, opens on a company of its own
            subject = carried
        return subject

    def _carried(self, sentence: Sentence) -> str | None:
        """The company ``sentence``'s paragraph last spoke of, other than the article's: the
        one the latest unread sentence opens on, else the one carried before them."""
        while self.unread:
            latest = self.unread.pop()
            if (opened := company_heading(latest.text)) is not None:
                self._carry(latest, self.subjects.id_of(opened))
                break
        if self.carried is None or self.carried[0] != sentence.block:
            return None
        return self.carried[1]

    @property
    def _own(self) -> str:
        return self.section or self.subjects.article

    def saw(self, sentence: Sentence, events: list[EventBase]) -> None:
        """What the rules made of a sentence: the one company its events are about, when not
        the article's, is the one the paragraph speaks of next ("- Zorvex Bank: Buy, target
        €3.89." then "At the current €3.49, the stock has 12% upside.")."""
        subjects = {e.subject for e in events}
        if len(subjects) == 1:
            subject = subjects.pop()
            if subject not in ("", "UNKNOWN") and not is_index(subject):
                self.company = subject
            # the same company's next fact ("The consensus target is $35.58.") keeps its call
            kept = self.carried is not None and self.carried[1:] == (subject, True)
            called = kept or any(e.kind in _CALLS for e in events)
            self._carry(sentence, subject, called)

    def _carry(self, sentence: Sentence, subject: str, called: bool = False) -> None:
        self.unread.clear()
        if subject == self.subjects.article or subject in ("", "UNKNOWN"):
            self.carried = None
        else:
            self.carried = (sentence.block, subject, called)


_CALLS = frozenset({"analyst_rating", "price_target"})  # a broker's call on a company
# A company's stock spoken of without its name
_THE_STOCK = re.compile(r"\b(?:the|its)\s+(?:stock|shares|scrip|counter|company)\b", re.I)


# A sentence that speaks of the company the sentence before opened on
_ANAPHOR = re.compile(
    # ("The largest market-cap stock closed at Tk 344": a stock called by what it is)
    r"^(?:[^,]{0,30},\s+)?(?:the\s+(?:[a-z-]+\s+){1,3}(?:stock|scrip|counter)\b|"
    r"(?:the|its)\s+(?:stock|shares?|scrip|counter|"
    r"company(?:['’]s\s+shares)?)|it|"  # "Year to date, it grew by 150.63%"
    # a figure the sentence before told, restated: "This represented a 1-week gain of 6.61%"
    r"(?:this|that)\s+(?:(?:represent|mark|extend)(?:s|ed)?|brings?|brought|takes?|took|"
    r"translat(?:es|ed))|"
    # "The tech giant estimated ...": a company called by what it is
    r"the\s+(?:[a-z-]+\s+)?(?:giant|firm|group|maker|chipmaker|carmaker|automaker|lender|"
    r"bank|insurer|miner|retailer|airline|conglomerate|telco|brewer))\b",
    re.I,
)
_SAID_THAT = re.compile(r"\b(?:that|after|as|when)\s+(?=[A-Z])")
_LONG_TEXT = 100_000  # characters: ten long articles, a second of work

_LEADS_LIST = gated(
    r":\s*$|\bthe following\b|\bas follows\b|\bhere(?:'s|’s| is| are) (?:what|how|the)\b", re.I
)
# A bare dollar ("$18.32", "50 cents"): the market's own dollar unless written as US
_DOLLAR = re.compile(r"\$|\d\s?cents?\b")
# The fields that hold a currency code: an amount's currency, a KPI's unit ("CAD" or "percent")
_MONEY_FIELDS = ("currency", "unit")


#: A broker's calls, made on a company: one "on" a country is a weighting of its market
_COMPANY_CALLS = frozenset({"analyst_rating", "price_target"})
_REDECIDED = 3  # times an article's subject is decided again: a list of brokers, one by one
# The fields that name who acts on a company: a broker, a data provider, a buyer, a holder
_ACTOR_FIELDS = ("firm", "provider", "investor", "holder")
_CALLER_FIELDS = ("firm", "provider")


@functools.cache
def _said_none(model: type[EventBase]) -> frozenset[str]:
    """The fields of ``model`` whose None is a value of its own: nullable, with a default that
    is not None."""
    return frozenset(
        name
        for name, f in model.model_fields.items()
        if type(None) in get_args(f.annotation) and f.default not in (None, PydanticUndefined)
    )


def _named(events: list[EventBase], fields: tuple[str, ...]) -> list[str]:
    """The names the events write in ``fields``."""
    names = (getattr(e, f, None) for e in events for f in fields)
    return [n for n in names if isinstance(n, str) and n]


def _acting(events: list[EventBase], subjects: Subjects) -> set[str]:
    """The subject ids of every name the events show acting on a company, and of each of
    holders acting as one ("Quenwick Partners and Brelmor Corp": both act)."""
    written = _named(events, _ACTOR_FIELDS)
    each = {part for n in written for part in n.split(" and ")}
    return {subjects.id_of(n) for n in {*written, *each}}


def _calling(events: list[EventBase], subjects: Subjects) -> set[str]:
    """The subject ids of the brokers and data providers the events show making calls."""
    return {subjects.id_of(n) for n in _named(events, _CALLER_FIELDS)}


def _completeness(event: EventBase) -> int:
    return sum(v is not None for v in event.ev_payload().values()) + (
        event.occurred_precision != "unknown"
    )


#: Kinds whose key fields name an actor who may act several times in one article (a fund's
#: purchase on Monday and its sale on Friday): each differing act is its own event.
_REPEATED_ACTS = frozenset({"stake_change"})
#: The fields that tell two acts apart when both statements give them.
_ACT_SIZES = ("shares", "amount")


def _other_act(a: EventBase, b: EventBase) -> bool:
    """Whether two statements of one actor's act on one company tell of two acts: both dated,
    on different dates; both sized, by sizes more than 1 % apart; or in opposite directions.

    The statement that leaves the date or the size out is taken for a restatement."""
    if a.occurred_start and b.occurred_start and a.occurred_start != b.occurred_start:
        return True
    pa, pb = a.ev_payload(), b.ev_payload()
    if DIRECTION_SIGN.get(pa.get("direction", "")) != DIRECTION_SIGN.get(pb.get("direction", "")):
        return True
    for size in _ACT_SIZES:
        x, y = pa.get(size), pb.get(size)
        if x and y and abs(x - y) > 0.01 * max(x, y):
            return True
    return False


def _keep(
    events: dict[tuple[Any, ...], EventBase],
    event: EventBase,
    listed: set[tuple[Any, ...]],
    item: bool = False,
) -> None:
    """Keep ``event`` unless the article told the same fact as fully already; told as fully,
    a fact a list item (``item``; the keys of ``listed``) gave first is the prose's: a summary's
    points above a body that tells them again, with their dates ("• The STI fell 0.9% to
    4,265.98" above "... last week, resulting in a net loss of 0.9% at 4,265.98")."""
    key = fact_key(event.kind, event.subject, event.ev_payload())
    if event.kind in _REPEATED_ACTS:  # the first act this statement does not tell apart
        n = 0
        while (*key, n) in events and _other_act(events[(*key, n)], event):
            n += 1
        key = (*key, n)
    fuller = key not in events or _completeness(event) > _completeness(events[key])
    as_full = not fuller and _completeness(event) == _completeness(events[key])
    # as fully told, the body's statement is the fact's, not the title's: "Quillon stock soars
    # 12% after earnings" above "jumped more than 12% in extended trading Tuesday"
    titled = as_full and events[key].span_start == 0 and event.span_start > 0
    if fuller or titled or (not item and key in listed and as_full):
        events[key] = event
        if item:
            listed.add(key)
        else:
            listed.discard(key)


def _without_headlines_told_again(
    events: list[EventBase], sentences: list[Sentence]
) -> list[EventBase]:
    """``events`` without a headline's price move that a sentence of the body tells again, the
    same figure or a rounding of it, on whatever day and under whatever name ("CBA shares
    tumble 3% on ..." above "In early trade, the banking giant's shares dropped 3%"): one fact,
    the body's."""
    headings = [(s.start, s.end) for s in sentences if s.heading]
    in_heading = [
        isinstance(e, PriceMove) and any(a <= e.span_start < b for a, b in headings) for e in events
    ]
    told = [
        (e.percent, e.qualifier)
        for e, heading in zip(events, in_heading, strict=True)
        if isinstance(e, PriceMove) and not heading
    ]
    return [
        e
        for e, heading in zip(events, in_heading, strict=True)
        if not (
            heading
            and isinstance(e, PriceMove)
            and any(
                percent == e.percent or _rounds((e.percent, e.qualifier), (percent, qualifier))
                for percent, qualifier in told
            )
        )
    ]


def _without_round_restatements(events: list[EventBase]) -> list[EventBase]:
    """``events`` without the price moves that only restate another of the same company and
    dates in round figures (`_rounds`)."""
    moves: dict[tuple[Any, ...], list[tuple[float, str]]] = {}
    for e in events:
        if isinstance(e, PriceMove) and e.occurred_start is not None:
            when = (e.subject, e.occurred_start, e.occurred_end)
            moves.setdefault(when, []).append((e.percent, e.qualifier))
    return [
        e
        for e in events
        if not (
            isinstance(e, PriceMove)
            and any(
                _rounds((e.percent, e.qualifier), other)
                for other in moves.get((e.subject, e.occurred_start, e.occurred_end), ())
            )
        )
    ]


def _without_rounded_targets(events: list[EventBase]) -> list[EventBase]:
    """``events`` without a consensus target that only restates another of the same company
    in whole units ("From the consensus target of $357, ..." after "Consensus Target:
    $357.22")."""
    told = {(e.subject, e.value) for e in events if isinstance(e, ConsensusReported) and e.value}
    return [
        e
        for e in events
        if not (
            isinstance(e, ConsensusReported)
            and e.value is not None
            and float(e.value).is_integer()
            and any(
                s == e.subject and not float(v).is_integer() and abs(v - e.value) < 1
                for s, v in told
            )
        )
    ]


def _rounds(told: tuple[float, str], precise: tuple[float, str]) -> bool:
    """Whether a move told as ``told`` (percent, qualifier) only restates ``precise`` in round
    figures: "nearly 7%", "more than 3%" or "2%" in the lead for "6.84%", "3.18%" or "1.94%" in
    the body (not "as much as 9.6%", an extreme of its own, nor a whole figure, itself round,
    unless told as "nearly 40%").

    >>> _rounds((-7.0, "approx"), (-6.84, "exact")), _rounds((3.0, "at_least"), (3.18, "exact"))
    (True, True)
    >>> _rounds((2.0, "exact"), (1.94, "exact")), _rounds((3.0, "exact"), (4.2, "exact"))
    (True, False)
    >>> _rounds((-40.0, "approx"), (-39.0, "exact")), _rounds((40.0, "exact"), (39.0, "exact"))
    (True, False)
    """
    (a, qualifier), (b, precise_qualifier) = told, precise
    if a * b <= 0 or a == b or precise_qualifier == "at_most":
        return False
    if float(b).is_integer() and qualifier != "approx":
        return False  # a whole figure is itself round, unless told as "nearly 40%" for 39%
    a, b = abs(a), abs(b)
    if qualifier == "approx":  # (not "fell 1.2% early" and "gave up about 0.9% at the close")
        return abs(b - a) <= 0.05 * a + 0.05
    if qualifier == "at_least":
        return a < b <= a + max(1.0, 0.5 * a)
    # a whole figure of a figure with decimals: "declined 2%" of "dipped 1.94%" (a figure
    # below 2 may well be another reading of a small day)
    return qualifier == "exact" and a.is_integer() and a >= 2 and abs(b - a) < 0.5
