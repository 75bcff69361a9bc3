"""timeline: an event-sourced, point-in-time timeline engine for financial news.

News articles become immutable, dated events in an append-only log; projections rebuild state
as of any date without look-ahead.

>>> import timeline
>>> timeline.__version__
'0.1.0'
"""

from __future__ import annotations

from timeline.errors import TimelineError
from timeline.events import (
    KINDS,
    AnalystRating,
    ConsensusReported,
    CorporateAction,
    Correction,
    Event,
    EventBase,
    FinancialKPI,
    InvestmentPlan,
    LegalAction,
    OwnershipLevel,
    Partnership,
    PriceLevel,
    PriceMove,
    PriceTarget,
    ProductLaunch,
    ProductMetric,
    Retraction,
    StakeChange,
    TechnicalIndicator,
    ValuationMultiple,
    event_json_schema,
    parse_event,
)
from timeline.front import Timeline
from timeline.log import EventLog, VerifyReport
from timeline.state import State
from timeline.store import DeltaStore, open_store

__version__ = "0.1.0"

__all__ = [
    "KINDS",
    "AnalystRating",
    "ConsensusReported",
    "CorporateAction",
    "Correction",
    "DeltaStore",
    "Event",
    "EventBase",
    "EventLog",
    "FinancialKPI",
    "InvestmentPlan",
    "LegalAction",
    "OwnershipLevel",
    "Partnership",
    "PriceLevel",
    "PriceMove",
    "PriceTarget",
    "ProductLaunch",
    "ProductMetric",
    "Retraction",
    "StakeChange",
    "State",
    "TechnicalIndicator",
    "Timeline",
    "TimelineError",
    "ValuationMultiple",
    "VerifyReport",
    "__version__",
    "event_json_schema",
    "open_store",
    "parse_event",
]
