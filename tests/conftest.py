"""Shared fixtures: small hand-built events."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from timeline.events import EventBase, parse_event

MakeEvent = Callable[..., EventBase]


@pytest.fixture
def make_event() -> MakeEvent:
    """Build a valid event of any kind; keyword arguments override the defaults."""

    defaults: dict[str, dict[str, Any]] = {
        "price_target": {"firm": "JPMorgan", "value": 230.0},
        "analyst_rating": {
            "firm": "Arete",
            "rating": "Neutral",
            "rating_normalized": "hold",
            "rating_score": 3,
        },
        "stake_change": {"investor": "ARK Invest", "direction": "buy", "amount": 16.3e6},
        "price_level": {"price": 155.74},
    }

    def make(kind: str = "price_target", **overrides: Any) -> EventBase:
        data: dict[str, Any] = {
            "kind": kind,
            "subject": "BABA",
            "source_id": "article-1",
            "reported_at": dt.datetime(2025, 12, 6, 11, 11, 4, tzinfo=dt.UTC),
            **defaults.get(kind, {}),
            **overrides,
        }
        return parse_event(data)

    return make


class Reliability:
    """Rows of the reliability table: what was tried, how many times, and what happened."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, int, str]] = []

    def record(self, fault: str, tries: int, outcome: str) -> None:
        self.rows.append((fault, tries, outcome))

    def markdown(self) -> str:
        lines = [
            "# Reliability",
            "",
            "Produced by the test suite (`python3 dev.py test`); each row is a test that passed.",
            "",
            "| fault or bad input | tries | outcome |",
            "| --- | ---: | --- |",
        ]
        lines += [f"| {f} | {n} | {o} |" for f, n, o in sorted(self.rows)]
        return "\n".join(lines) + "\n"


@pytest.fixture(scope="session")
def reliability() -> Iterator[Reliability]:
    """Collects the reliability table; written to test-output/reliability.md at the end."""
    table = Reliability()
    yield table
    if table.rows:
        out = Path(__file__).resolve().parents[1] / "test-output" / "reliability.md"
        out.parent.mkdir(exist_ok=True)
        out.write_text(table.markdown())
