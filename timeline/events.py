"""The event schema: frozen pydantic models, one envelope, a discriminated union of kinds.

Every event shares one envelope and adds a typed payload. The envelope keeps three times apart:

* **valid time**, when it happened: ``occurred_start`` .. ``occurred_end`` (dates, inclusive) at
  ``occurred_precision`` (day, week, month, quarter, year, or unknown when the article gives no
  usable cue; then both dates are ``None``);
* **knowledge time**, when it was reported: ``reported_at``, the source's publication time (UTC);
* **system time**, when it was recorded: ``recorded_at`` and ``seq``, assigned by the log only.

``event_id`` is a content hash of what the event says and where it came from (kind, subject,
valid and knowledge time, source span and payload); extractor name and confidence do not count,
and neither do ``recorded_at`` and ``seq``. Leave it out and it is computed; give it and it is
checked. Fields holding their default value are left out of the hash (``kind`` always counts),
so a field added to a kind later, with a default, leaves the ids of older events intact.

Examples
--------
>>> from timeline.events import parse_event
>>> ev = parse_event({
...     "kind": "price_target", "subject": "9988.HK", "firm": "JPMorgan",
...     "value": 230, "reported_at": "2025-12-06T11:11:04Z", "source_id": "demo",
... })
>>> ev.subject, ev.value, ev.currency, ev.target_type, ev.occurred_precision
('BABA', 230.0, 'USD', 'price_target', 'unknown')
>>> len(ev.event_id)
32
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cache
from typing import Annotated, Any, ClassVar, Literal, Self, get_args

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    TypeAdapter,
    ValidationError,
    field_validator,
    model_validator,
)

from timeline._time import UtcDatetime
from timeline.entities import canonical, canonical_metric
from timeline.errors import ArgumentInvalid, EventInvalid

__all__ = [
    "DIRECTION_SIGN",
    "FACT_KEYS",
    "KINDS",
    "AnalystRating",
    "ConsensusReported",
    "CorporateAction",
    "Correction",
    "Event",
    "EventBase",
    "FinancialKPI",
    "InvestmentPlan",
    "KindInfo",
    "LegalAction",
    "Modality",
    "OwnershipLevel",
    "Partnership",
    "Precision",
    "PriceLevel",
    "PriceMove",
    "PriceTarget",
    "ProductLaunch",
    "ProductMetric",
    "Retraction",
    "StakeChange",
    "TechnicalIndicator",
    "ValuationMultiple",
    "event_adapter",
    "event_json_schema",
    "fact_key",
    "parse_event",
]

Precision = Literal["day", "week", "month", "quarter", "year", "unknown"]
Qualifier = Literal["exact", "approx", "at_least", "at_most"]
Rating = Literal["buy", "hold", "sell"]
# Names of firms and investors are canonical however an event is made ("J.P. Morgan" and
# "JPMorgan" are one firm in every projection); unknown names are kept as written.
Firm = Annotated[str, Field(min_length=1), AfterValidator(lambda name: canonical(name, "firm"))]
Investor = Annotated[
    str, Field(min_length=1), AfterValidator(lambda name: canonical(name, "investor"))
]
Modality = Literal["actual", "estimate", "guidance", "plan"]
"""What a statement is: a fact (``actual``), the market's or analysts' expectation
(``estimate``), the company's own forecast (``guidance``), or its stated intention (``plan``).
Only actuals feed projections of what happened; for the others ``occurred_*`` is the horizon."""

_Modality = Annotated[
    Modality,
    Field(
        description="actual, estimate (analysts/market), guidance (the company), or plan; "
        "for all but actual, occurred_* is the period spoken of."
    ),
]

#: Fields of the shared envelope, in storage order.
ENVELOPE_FIELDS: tuple[str, ...] = (
    "event_id",
    "kind",
    "subject",
    "occurred_start",
    "occurred_end",
    "occurred_precision",
    "reported_at",
    "recorded_at",
    "seq",
    "source_id",
    "span_start",
    "span_end",
    "quote",
    "extractor",
    "confidence",
)
_NOT_HASHED = frozenset({"event_id", "recorded_at", "seq", "extractor", "confidence"})


@dataclass(frozen=True, slots=True)
class KindInfo:
    """Facts of one kind of event, declared beside its model; the tables the rest of the
    package uses (`FACT_KEYS`, the chart lanes, the review colours) are derived from these."""

    key: tuple[str, ...]  # the payload fields that identify "the same fact" (with the subject)
    lane: str | None = None  # its lane on the event timeline; None: never drawn (controls)
    colour: str | None = None  # its highlight on the review page
    label: str = (
        ""  # how people name it; by default from the model's name (PriceTarget: "Price target")
    )


class EventBase(BaseModel):
    """The envelope shared by every event. Subclasses add ``kind`` and a payload.

    Helper methods carry the ``ev_`` prefix so they never clash with event fields.
    """

    # NOTE: validators built when an event is first validated, not at import: the 19 models'
    # took a third of `import timeline`, and `timeline asof` never validates an event
    model_config = ConfigDict(frozen=True, extra="forbid", validate_default=True, defer_build=True)

    event_id: str = Field("", description="Content hash; computed when left empty.")
    kind: str
    subject: str = Field(min_length=1, description="Canonical entity id, e.g. BABA.")
    occurred_start: dt.date | None = None
    occurred_end: dt.date | None = None
    occurred_precision: Precision = "unknown"
    reported_at: UtcDatetime = Field(description="Publication time of the source, UTC.")
    recorded_at: UtcDatetime | None = Field(None, description="Set by the log on append.")
    seq: int | None = Field(None, ge=1, description="Log sequence number, set by the log.")
    source_id: str = Field(min_length=1, description="Id of the source article.")
    span_start: int = Field(0, ge=0)
    span_end: int = Field(0, ge=0)
    quote: str = Field("", description="Exact text of article[span_start:span_end].")
    extractor: str = Field("manual", description="Name and version of what made the event.")
    confidence: float = Field(1.0, ge=0.0, le=1.0)

    info: ClassVar[KindInfo]  # what the rest of the package needs to know of the kind
    _payload_names: ClassVar[tuple[str, ...]] = ()

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        cls._payload_names = tuple(n for n in cls.model_fields if n not in ENVELOPE_FIELDS)
        info = cls.__dict__.get("info")
        if isinstance(info, KindInfo) and not info.label:
            words = re.findall(r"[A-Z]+(?![a-z])|[A-Z][a-z]+", cls.__name__)
            label = " ".join([words[0], *(w if w.isupper() else w.lower() for w in words[1:])])
            cls.info = replace(info, label=label)

    @field_validator("subject")
    @classmethod
    def _resolve_subject(cls, value: str) -> str:
        return canonical(value)

    @model_validator(mode="after")
    def _check_envelope(self) -> Self:
        if self.occurred_precision == "unknown":
            if self.occurred_start is not None or self.occurred_end is not None:
                msg = "occurred_precision is 'unknown' but occurred dates were given"
                raise ValueError(msg)
        elif self.occurred_start is None:
            msg = f"occurred_precision is {self.occurred_precision!r} but occurred_start is missing"
            raise ValueError(msg)
        if self.occurred_start is not None and self.occurred_end is None:
            object.__setattr__(self, "occurred_end", self.occurred_start)
        if (
            self.occurred_start is not None
            and self.occurred_end is not None
            and self.occurred_end < self.occurred_start
        ):
            msg = f"occurred_end {self.occurred_end} is before occurred_start {self.occurred_start}"
            raise ValueError(msg)
        if self.span_end < self.span_start:
            msg = f"span_end {self.span_end} is before span_start {self.span_start}"
            raise ValueError(msg)
        if len(self.quote) != self.span_end - self.span_start:
            msg = (
                f"quote has {len(self.quote)} characters but the span "
                f"{self.span_start}..{self.span_end} has {self.span_end - self.span_start}"
            )
            raise ValueError(msg)
        digest = self.ev_content_hash()
        if not self.event_id:
            object.__setattr__(self, "event_id", digest)
        elif self.event_id != digest:
            msg = (
                f"event_id {self.event_id!r} does not match the event's content ({digest!r}); "
                "leave event_id out to have it computed"
            )
            raise ValueError(msg)
        return self

    def ev_content_hash(self) -> str:
        """The deterministic content hash that ``event_id`` must equal."""
        return hashlib.sha256(self.ev_canonical_json().encode("utf-8")).hexdigest()[:32]

    def ev_canonical_json(self) -> str:
        """The text `ev_content_hash` hashes: the hashed fields that differ from their
        defaults (``kind`` always), as JSON with sorted keys and no spaces.
        `timeline.hashing` writes the same text for a whole log frame at once."""
        content = self.model_dump(mode="json", exclude=set(_NOT_HASHED), exclude_defaults=True)
        content["kind"] = self.kind
        return json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)

    def ev_payload(self) -> dict[str, Any]:
        """The kind-specific fields as a dict (the envelope left out)."""
        return {name: getattr(self, name) for name in self._payload_names}

    def ev_with_log_fields(self, *, seq: int, recorded_at: dt.datetime) -> Self:
        """A copy carrying the system-time fields the log assigns (the id is unchanged)."""
        return self.model_copy(update={"seq": seq, "recorded_at": recorded_at})


# --- analyst opinion -----------------------------------------------------------------------


class AnalystRating(EventBase):
    """An analyst firm's rating: the words as written and their normalised class.

    ``rating_score`` is the 1-5 scale used by consensus vendors: 1 strong buy, 2 buy, 3 hold,
    4 sell (underperform), 5 strong sell.
    """

    info = KindInfo(key=("firm",), lane="analysts", colour="#f4a582")
    kind: Literal["analyst_rating"] = "analyst_rating"
    firm: Firm
    rating: str = Field(min_length=1, description="As written, e.g. 'Outperform'.")
    rating_normalized: Rating
    rating_score: int = Field(ge=1, le=5)
    action: Literal["initiate", "reiterate", "upgrade", "downgrade", "assign"] | None = None
    previous_rating: str | None = None


class PriceTarget(EventBase):
    """A firm's price target, or a fair-value estimate kept distinguishable from it."""

    info = KindInfo(key=("firm", "target_type"), lane="analysts", colour="#fddbc7")
    kind: Literal["price_target"] = "price_target"
    firm: Firm
    value: float = Field(gt=0)
    currency: str = "USD"
    previous_value: float | None = Field(None, gt=0)
    action: Literal["raise", "cut", "set", "maintain", "initiate"] | None = None
    target_type: Literal["price_target", "fair_value"] = "price_target"
    value_high: float | None = Field(None, gt=0, description="Top of a range, e.g. Rs 2,100-2,250.")
    horizon_months: int | None = Field(None, gt=0)
    qualifier: Qualifier = "exact"


class ConsensusReported(EventBase):
    """A consensus figure an article reports: target and/or rating counts, and who computed it."""

    info = KindInfo(key=("value", "analyst_count", "rating"), lane="analysts", colour="#f7c8e0")
    kind: Literal["consensus"] = "consensus"
    provider: str | None = None
    value: float | None = Field(None, gt=0, description="Average price target.")
    currency: str = "USD"
    rating: str | None = Field(None, description="Consensus rating as written, e.g. 'Buy'.")
    analyst_count: int | None = Field(None, ge=0)
    buy_count: int | None = Field(None, ge=0)
    hold_count: int | None = Field(None, ge=0)
    sell_count: int | None = Field(None, ge=0)
    qualifier: Qualifier = "exact"

    @model_validator(mode="after")
    def _says_something(self) -> Self:
        fields = (self.value, self.rating, self.analyst_count, self.buy_count)
        if all(f is None for f in fields):
            msg = "a consensus needs at least one of value, rating, analyst_count, buy_count"
            raise ValueError(msg)
        return self


# --- ownership -----------------------------------------------------------------------------


#: Whether each direction of a stake change adds to the investor's holding (1) or takes from
#: it (-1): "buy" and "increase" tell one way of one act.
DIRECTION_SIGN: dict[str, int] = {
    "buy": 1,
    "new_position": 1,
    "increase": 1,
    "sell": -1,
    "decrease": -1,
    "exit": -1,
}


class StakeChange(EventBase):
    """An investor buying or selling, with the amount in money and/or shares."""

    info = KindInfo(key=("investor",), lane="ownership", colour="#d1e5f0")
    kind: Literal["stake_change"] = "stake_change"
    investor: Investor
    direction: Literal["buy", "sell", "new_position", "increase", "decrease", "exit"]
    amount: float | None = Field(None, ge=0)
    currency: str | None = None
    shares: float | None = Field(None, ge=0, description="Shares bought or sold.")
    qualifier: Qualifier = "exact"
    change_percent: float | None = Field(None, description="The position changed by this %.")
    shares_held: float | None = Field(None, ge=0, description="Shares held after the change.")
    value_held: float | None = Field(None, ge=0, description="Value of the holding after it.")


class OwnershipLevel(EventBase):
    """A reported level of ownership (percent of shares) by a holder or group of holders."""

    info = KindInfo(key=("holder", "percent"), lane="ownership", colour="#92c5de")
    kind: Literal["ownership_level"] = "ownership_level"
    holder: str = Field(min_length=1)
    percent: float = Field(ge=0, le=100)
    previous_percent: float | None = Field(None, ge=0, le=100)
    shares: float | None = Field(None, ge=0)
    qualifier: Qualifier = "exact"


# --- market --------------------------------------------------------------------------------


class PriceMove(EventBase):
    """A percentage move of the share price over a period (signed: a fall is negative)."""

    info = KindInfo(key=("percent",), lane="market", colour="#c7e9c0")
    kind: Literal["price_move"] = "price_move"
    percent: float
    period: str = Field(description="day, week, month, quarter, ytd, year, or as written.")
    listing: str | None = None
    qualifier: Qualifier = "exact"


class PriceLevel(EventBase):
    """A price the shares traded or closed at."""

    info = KindInfo(key=("price",), lane="market", colour="#a1d99b")
    kind: Literal["price_level"] = "price_level"
    price: float = Field(gt=0)
    # NOTE: the default stays USD: defaults are left out of an event's content hash, so a new
    # default would change the id of every stored level in dollars and `verify` would refuse
    # them; an index level says None (in points) explicitly
    currency: str | None = Field(
        "USD", description="The price's currency; None for an index level, in points."
    )
    level_type: Literal["close", "current", "open", "high", "low", "intraday"] = "close"
    listing: str | None = None
    qualifier: Qualifier = "exact"


class TechnicalIndicator(EventBase):
    """A technical reading such as a 14-day RSI, with its value and/or signal."""

    info = KindInfo(key=("indicator",), lane="market", colour="#e0f3db")
    kind: Literal["technical_indicator"] = "technical_indicator"
    indicator: str = Field(min_length=1)
    value: float | None = None
    window: int | None = Field(None, gt=0)
    signal: Literal["overbought", "oversold", "neutral", "bullish", "bearish"] | None = None


class ValuationMultiple(EventBase):
    """A valuation multiple such as forward P/E."""

    info = KindInfo(key=("metric", "value"), lane="market", colour="#ccebc5")
    kind: Literal["valuation_multiple"] = "valuation_multiple"
    metric: str = Field(min_length=1, description="e.g. forward_pe, trailing_pe, ev_ebitda.")
    value: float = Field(gt=0)
    qualifier: Qualifier = "exact"


# --- company -------------------------------------------------------------------------------


class ProductLaunch(EventBase):
    """A product launch, with its category and starting price when given."""

    info = KindInfo(key=("product", "modality"), lane="company", colour="#fee391")
    kind: Literal["product_launch"] = "product_launch"
    product: str = Field(min_length=1)
    category: str | None = None
    price: float | None = Field(None, gt=0)
    currency: str | None = None
    modality: _Modality = "actual"


class ProductMetric(EventBase):
    """A usage metric of a product: downloads, monthly active users, units sold."""

    info = KindInfo(key=("metric", "value"), lane="company", colour="#fec44f")
    kind: Literal["product_metric"] = "product_metric"
    product: str = Field(min_length=1)
    metric: str = Field(min_length=1)
    value: float = Field(ge=0)
    unit: str | None = None
    change_percent: float | None = None
    qualifier: Qualifier = "exact"


class FinancialKPI(EventBase):
    """A company KPI for a fiscal period: revenue, growth, margin, market share."""

    info = KindInfo(
        key=("metric", "segment", "value", "modality"), lane="company", colour="#dadaeb"
    )
    kind: Literal["financial_kpi"] = "financial_kpi"
    metric: Annotated[str, AfterValidator(canonical_metric)] = Field(
        min_length=1, description="e.g. revenue, revenue_growth, market_share."
    )
    segment: str | None = None
    value: float
    unit: str = Field(description="percent, or a currency code for amounts.")
    basis: Literal["yoy", "qoq", "change"] | None = Field(
        None,
        description="Growth against a year ago, the quarter before, or unstated; None: a level.",
    )
    fiscal_period: str | None = Field(None, description="e.g. 2025-Q3 (calendar quarter).")
    qualifier: Qualifier = "exact"
    modality: _Modality = "actual"


class InvestmentPlan(EventBase):
    """A committed or planned investment: amount, horizon, purpose."""

    info = KindInfo(key=("amount",), lane="company", colour="#bcbddc")
    kind: Literal["investment_plan"] = "investment_plan"
    amount: float = Field(gt=0)
    currency: str = "USD"
    horizon_years: float | None = Field(None, gt=0)
    purpose: str | None = None
    qualifier: Qualifier = "exact"


class Partnership(EventBase):
    """A partnership or supply deal with another company."""

    info = KindInfo(key=("partner",), lane="company", colour="#fde0ef")
    kind: Literal["partnership"] = "partnership"
    partner: str = Field(min_length=1)
    description: str | None = None


class LegalAction(EventBase):
    """Legal or regulatory news: investigations, lawsuits, fines, rulings."""

    info = KindInfo(key=("action_type",), lane="company", colour="#f1b6da")
    kind: Literal["legal_action"] = "legal_action"
    actor: str | None = None
    action_type: Literal[
        "investigation", "lawsuit", "settlement", "regulatory_probe", "fine", "ruling", "other"
    ]
    description: str | None = None


class CorporateAction(EventBase):
    """A corporate action: share issuance, buyback, dividend, restructuring, spin-off."""

    info = KindInfo(key=("action_type", "modality"), lane="company", colour="#e6f5d0")
    kind: Literal["corporate_action"] = "corporate_action"
    action_type: str = Field(min_length=1)
    description: str | None = None
    shares: float | None = Field(None, ge=0)
    amount: float | None = Field(None, ge=0)
    currency: str | None = None
    qualifier: Qualifier = "exact"
    modality: _Modality = "actual"


# --- log-level kinds -----------------------------------------------------------------------


class Retraction(EventBase):
    """Withdraws an event from its own ``reported_at`` on; the original stays in the log."""

    info = KindInfo(key=("target_event_id",))
    kind: Literal["retraction"] = "retraction"
    target_event_id: str = Field(min_length=1)
    reason: str = Field(min_length=1)


class Correction(EventBase):
    """Replaces an event by another from its own ``reported_at`` on.

    The replacement is an ordinary event of the same kind, appended in the same batch (or
    before); it stays invisible to ``known_at`` queries until this correction is known.
    """

    info = KindInfo(key=("target_event_id",))
    kind: Literal["correction"] = "correction"
    target_event_id: str = Field(min_length=1)
    replacement_event_id: str = Field(min_length=1)
    reason: str = Field(min_length=1)


Event = Annotated[
    AnalystRating
    | PriceTarget
    | ConsensusReported
    | StakeChange
    | OwnershipLevel
    | PriceMove
    | PriceLevel
    | TechnicalIndicator
    | ValuationMultiple
    | ProductLaunch
    | ProductMetric
    | FinancialKPI
    | InvestmentPlan
    | Partnership
    | LegalAction
    | CorporateAction
    | Retraction
    | Correction,
    Field(discriminator="kind"),
]
"""Any event; validate dicts with `parse_event` (discriminated on ``kind``)."""

#: Map of kind tag to its model class, in the union's order.
KINDS: dict[str, type[EventBase]] = {
    get_args(cls.model_fields["kind"].annotation)[0]: cls for cls in get_args(get_args(Event)[0])
}


#: The payload fields that identify "the same fact" of each kind (with the subject), from each
#: kind's `KindInfo`. Used to merge repeats within an article, to match extraction against
#: gold, and to group reports.
FACT_KEYS: dict[str, tuple[str, ...]] = {kind: model.info.key for kind, model in KINDS.items()}


def fact_key(kind: str, subject: str, payload: dict[str, Any]) -> tuple[Any, ...]:
    """The identity of a fact: kind, subject and the kind's key fields (names folded)."""
    values = []
    for name in FACT_KEYS.get(kind, ()):
        v = payload.get(name)
        values.append(v.casefold() if isinstance(v, str) else v)
    return (kind, subject, *values)


@cache
def event_adapter() -> TypeAdapter[Event]:
    """The pydantic adapter for the event union (validation and JSON Schema), built when
    first asked for (it builds every model's validator)."""
    return TypeAdapter(Event)


def parse_event(data: Mapping[str, Any] | EventBase) -> EventBase:
    """Validate one event from a dict (or pass a model through).

    Raises `EventInvalid` naming each bad field and value.

    >>> parse_event({"kind": "rumour", "subject": "BABA"})
    Traceback (most recent call last):
    ...
    timeline.errors.EventInvalid: an event is invalid:
      - kind: unknown kind; see `timeline schema` for the kinds (got 'rumour')
    Fix the named fields; `timeline schema` prints every kind's fields and types.
    """
    if isinstance(data, EventBase):
        return data
    if not isinstance(data, Mapping):
        accepted = "events as models (PriceTarget(...)) or dicts of their fields"
        raise ArgumentInvalid("events", data, accepted)
    kind = data.get("kind")
    if kind is not None and kind not in KINDS:
        problem = ("kind", kind, "unknown kind; see `timeline schema` for the kinds")
        raise EventInvalid(None, [problem])
    try:
        return event_adapter().validate_python(dict(data))
    except ValidationError as exc:
        raise _explain(kind if isinstance(kind, str) else None, data, exc) from None


def _explain(kind: str | None, data: Mapping[str, Any], exc: ValidationError) -> EventInvalid:
    problems: list[tuple[str, object, str]] = []
    for err in exc.errors(include_url=False):
        loc = [str(p) for p in err["loc"] if p != kind]
        value: object = data.get(loc[0], "(missing)") if loc else ...
        if err["type"] == "missing":
            value = "(missing)"
        problems.append((".".join(loc) or "(event)", value, err["msg"]))
    return EventInvalid(kind, problems)


def event_json_schema() -> dict[str, Any]:
    """The JSON Schema of the whole union (every kind under ``$defs``)."""
    return event_adapter().json_schema(mode="validation")
