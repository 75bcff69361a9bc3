"""Hand-built logs for projection tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import polars as pl
import pytest

from timeline.events import EventBase, parse_event
from timeline.log import EventLog

Build = Callable[..., EventBase]


@pytest.fixture
def ev() -> Build:
    """An event of ``kind`` reported on ``on`` (a date), with payload fields as keywords."""
    counter = iter(range(10_000))

    def build(kind: str, on: str, **fields: Any) -> EventBase:
        data = {
            "kind": kind,
            "subject": fields.pop("subject", "ACME"),
            "reported_at": on,
            "source_id": fields.pop("source_id", f"article-{next(counter)}"),
            **fields,
        }
        return parse_event(data)

    return build


def lazy(*events: EventBase) -> pl.LazyFrame:
    return EventLog().append(events).lazy()
