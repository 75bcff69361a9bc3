"""The state of the news as of one date: a frozen bundle of projection frames.

Its frames are the projections of `timeline.projections.registry.PROJECTIONS`, each an
attribute (``state.derived_consensus``) and a section. `State` prints as a plain-text summary,
renders as escaped HTML in notebooks (article text never becomes markup), and converts to a
JSON-ready dict for programs.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import polars as pl

from timeline._templates import render
from timeline.projections.registry import PROJECTIONS

__all__ = ["State"]


def _money(value: float | None, currency: str | None = "USD") -> str:
    if value is None:
        return "-"
    symbol = {"USD": "$", "EUR": "€", "GBP": "£", "HKD": "HK$"}.get(currency or "", "")
    return f"{symbol}{value:,.2f}" if symbol else f"{value:,.2f} {currency or ''}".strip()


@dataclass(frozen=True, slots=True)
class State:
    """What was known about the subject(s) as of ``at``, with knowledge up to ``known_at``."""

    at: dt.date
    known_at: dt.datetime
    subject: str | None
    sections: Mapping[str, pl.DataFrame]

    def __getattr__(self, name: str) -> pl.DataFrame:
        """A projection's frame by its name: ``state.analysts``."""
        if name.startswith("_") or name == "sections":
            raise AttributeError(name)
        try:
            return self.sections[name]
        except KeyError:
            known = ", ".join(self.sections)
            raise AttributeError(f"State has no frame {name!r}; it has {known}") from None

    def __dir__(self) -> list[str]:
        return sorted({*super().__dir__(), *self.sections})

    def frames(self) -> dict[str, pl.DataFrame]:
        """Every frame of the state by name, in the order of the registry."""
        return dict(self.sections)

    # --- text ------------------------------------------------------------------------------

    def summary(self) -> str:
        """A plain-text summary: consensus, analysts, last price, stakes, products."""
        who = self.subject or "all subjects"
        lines = [f"State of {who} as of {self.at} (known at {self.known_at:%Y-%m-%d %H:%M} UTC)"]
        subjects = self.subjects()
        if self.subject is not None or len(subjects) <= 1:
            return "\n".join(lines + self._lines())
        for subject in subjects:  # several companies: each under its own name
            lines += ["", f"{subject}:", *(f"  {line}" for line in self.of(subject)._lines())]
        return "\n".join(lines)

    def subjects(self) -> list[str]:
        """The subjects the state speaks of, sorted."""
        named = [f.get_column("subject") for f in self.sections.values()]
        return sorted(set(pl.concat(named).drop_nulls().to_list())) if named else []

    def of(self, subject: str) -> State:
        """The part of this state about one subject."""
        frames = {
            name: frame.filter(pl.col("subject") == subject)
            for name, frame in self.sections.items()
        }
        return State(self.at, self.known_at, subject, frames)

    def _lines(self) -> list[str]:
        lines = self._consensus_lines() + self._analyst_lines() + self._price_lines()
        return lines + self._ownership_lines() + self._product_lines()

    def __str__(self) -> str:
        return self.summary()

    def __repr__(self) -> str:
        who = self.subject or "all subjects"
        return f"<State of {who} as of {self.at}, known at {self.known_at:%Y-%m-%d %H:%M} UTC>"

    def _consensus_lines(self) -> list[str]:
        out = []
        if self.reported_consensus.is_empty():
            out.append("Reported consensus: none reported yet")
        for r in self.reported_consensus.iter_rows(named=True):
            about = "about " if r["qualifier"] == "approx" else ""
            extra = f", {r['analyst_count']} analysts" if r["analyst_count"] else ""
            out.append(
                f"Reported consensus: {about}{_money(r['value'], r['currency'])} ({r['subject']}"
                f"{extra}; article {r['source_id']} of {r['reported_at']:%Y-%m-%d})"
            )
        for r in self.derived_consensus.iter_rows(named=True):
            out.append(
                f"Derived consensus: mean {_money(r['mean'], r['currency'])}, median "
                f"{_money(r['median'], r['currency'])}, high {_money(r['high'], r['currency'])}, "
                f"low {_money(r['low'], r['currency'])} from {r['count']} firm(s): "
                f"{', '.join(r['firms'])}"
            )
        for r in self.fair_values.iter_rows(named=True):
            value = _money(r["value"], r["currency"])
            out.append(f"Fair value (not in the consensus): {r['firm']} {value}")
        return out

    def _analyst_lines(self) -> list[str]:
        if self.analysts.is_empty():
            return ["Analysts: none"]
        out = ["Analysts:"]
        for r in self.analysts.iter_rows(named=True):
            rating = "-"
            if r["rating"]:
                action = f", {r['rating_action']}" if r["rating_action"] else ""
                rating = f"{r['rating']} ({r['rating_normalized']}{action})"
            label = "fair value" if r["target_type"] == "fair_value" else "target"
            target = f"{label} {_money(r['target'], r['currency'])}" if r["target"] else ""
            if r["previous_target"]:
                target += f" (from {_money(r['previous_target'], r['currency'])})"
            out.append(f"  {r['firm']:<18} {rating:<32} {target}".rstrip())
        for r in self.rating_distribution.iter_rows(named=True):
            out.append(
                f"Ratings: {r['buy']} buy, {r['hold']} hold, {r['sell']} sell; "
                f"mean score {r['mean_score']:.2f} (1 strong buy .. 5 sell)"
            )
        return out

    def _price_lines(self) -> list[str]:
        out = []
        for r in self.last_price.iter_rows(named=True):
            out.append(
                f"Last price: {_money(r['price'], r['currency'])} {r['level_type']} on {r['date']}"
            )
        for r in self.implied_prices.filter(pl.col("basis") != "reported").iter_rows(named=True):
            flag = " CONFLICT" if r["conflict"] else ""
            price = _money(r["price"], r["currency"])
            out.append(f"  implied {r['date']}: {price} ({r['basis']}){flag}")
        return out or ["Last price: none reported yet"]

    def _ownership_lines(self) -> list[str]:
        out = []
        for r in self.stakes.iter_rows(named=True):
            amount = _money(r["amount"], r["currency"]) if r["amount"] else ""
            shares = f"{r['shares']:,.0f} shares" if r["shares"] else ""
            when = f" ({r['occurred_start']}..{r['occurred_end']})" if r["occurred_start"] else ""
            size = f" {amount or shares}" if amount or shares else ""
            out.append(f"Stake: {r['investor']} {r['direction']}{size}{when}")
        for r in self.ownership_levels.iter_rows(named=True):
            out.append(f"Ownership: {r['holder']} {r['percent']}%")
        return out

    def _product_lines(self) -> list[str]:
        out = []
        for r in self.products.iter_rows(named=True):
            price = f" from {_money(r['price'], r['currency'])}" if r["price"] else ""
            out.append(f"Product: {r['product']}{price} (launched {r['launched']})")
        return out

    # --- HTML and JSON ---------------------------------------------------------------------

    def _repr_html_(self) -> str:
        """Tables for notebooks; every value is escaped."""
        shown = [
            {"title": PROJECTIONS[name].title, "frame": frame}
            for name, frame in self.sections.items()
            if not frame.is_empty()
        ]
        return render("state.html.j2", heading=self.summary().splitlines()[0], sections=shown)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: every frame as a list of rows, dates and times as ISO strings."""
        return {
            "at": self.at.isoformat(),
            "known_at": self.known_at.isoformat(),
            "subject": self.subject,
            **{name: json.loads(frame.write_json()) for name, frame in self.sections.items()},
        }
