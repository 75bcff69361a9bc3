"""The state of the news as of one date: a frozen bundle of projection frames.

Its frames are the projections of `timeline.projections.registry.PROJECTIONS`, each an
attribute (``state.derived_consensus``) and a section. `State` prints as a plain-text summary,
renders as escaped HTML in notebooks (article text never becomes markup), and converts to a
JSON-ready dict for programs.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import polars as pl

from timeline._templates import render
from timeline.projections.registry import PROJECTIONS

__all__ = ["SUMMARY_SECTIONS", "State"]


def _money(value: float | None, currency: str | None = "USD") -> str:
    if value is None:
        return "-"
    symbol = {"USD": "$", "EUR": "€", "GBP": "£", "HKD": "HK$"}.get(currency or "", "")
    return f"{symbol}{value:,.2f}" if symbol else f"{value:,.2f} {currency or ''}".strip()


_Row = Mapping[str, Any]


def _reported_consensus(r: _Row) -> str:
    about = "about " if r["qualifier"] == "approx" else ""
    extra = f", {r['analyst_count']} analysts" if r["analyst_count"] else ""
    return (
        f"Reported consensus: {about}{_money(r['value'], r['currency'])} ({r['subject']}"
        f"{extra}; article {r['source_id']} of {r['reported_at']:%Y-%m-%d})"
    )


def _derived_consensus(r: _Row) -> str:
    return (
        f"Derived consensus: mean {_money(r['mean'], r['currency'])}, median "
        f"{_money(r['median'], r['currency'])}, high {_money(r['high'], r['currency'])}, "
        f"low {_money(r['low'], r['currency'])} from {r['count']} firm(s): "
        f"{', '.join(r['firms'])}"
    )


def _fair_value(r: _Row) -> str:
    return f"Fair value (not in the consensus): {r['firm']} {_money(r['value'], r['currency'])}"


def _analyst(r: _Row) -> str:
    rating = "-"
    if r["rating"]:
        action = f", {r['rating_action']}" if r["rating_action"] else ""
        rating = f"{r['rating']} ({r['rating_normalized']}{action})"
    label = "fair value" if r["target_type"] == "fair_value" else "target"
    target = f"{label} {_money(r['target'], r['currency'])}" if r["target"] else ""
    if r["previous_target"]:
        target += f" (from {_money(r['previous_target'], r['currency'])})"
    return f"  {r['firm']:<18} {rating:<32} {target}".rstrip()


def _ratings(r: _Row) -> str:
    return (
        f"Ratings: {r['buy']} buy, {r['hold']} hold, {r['sell']} sell; "
        f"mean score {r['mean_score']:.2f} (1 strong buy .. 5 sell)"
    )


def _last_price(r: _Row) -> str:
    return f"Last price: {_money(r['price'], r['currency'])} {r['level_type']} on {r['date']}"


def _implied_price(r: _Row) -> str:
    flag = " CONFLICT" if r["conflict"] else ""
    return f"  implied {r['date']}: {_money(r['price'], r['currency'])} ({r['basis']}){flag}"


def _stake(r: _Row) -> str:
    amount = _money(r["amount"], r["currency"]) if r["amount"] else ""
    shares = f"{r['shares']:,.0f} shares" if r["shares"] else ""
    when = f" ({r['occurred_start']}..{r['occurred_end']})" if r["occurred_start"] else ""
    size = f" {amount or shares}" if amount or shares else ""
    return f"Stake: {r['investor']} {r['direction']}{size}{when}"


def _ownership_level(r: _Row) -> str:
    return f"Ownership: {r['holder']} {r['percent']}%"


def _product(r: _Row) -> str:
    price = f" from {_money(r['price'], r['currency'])}" if r["price"] else ""
    return f"Product: {r['product']}{price} (launched {r['launched']})"


#: One line per row of each section the summary shows, in the order it shows them.
_LINES: Mapping[str, Callable[[_Row], str]] = {
    "reported_consensus": _reported_consensus,
    "derived_consensus": _derived_consensus,
    "fair_values": _fair_value,
    "analysts": _analyst,
    "rating_distribution": _ratings,
    "last_price": _last_price,
    "implied_prices": _implied_price,
    "stakes": _stake,
    "ownership_levels": _ownership_level,
    "products": _product,
}

#: The sections `State.summary` reads.
SUMMARY_SECTIONS = tuple(_LINES)
# the rows it shows where not all: a reported level is the last price's line already
_ROWS_SHOWN = {"implied_prices": pl.col("basis") != "reported"}


def _block(lines: Mapping[str, list[str]]) -> list[str]:
    """One subject's summary (or one block for the whole state) from its sections' lines."""
    out = lines["reported_consensus"] or ["Reported consensus: none reported yet"]
    out = out + lines["derived_consensus"] + lines["fair_values"]
    if lines["analysts"]:
        out += ["Analysts:", *lines["analysts"], *lines["rating_distribution"]]
    else:
        out.append("Analysts: none")
    out += lines["last_price"] + lines["implied_prices"] or ["Last price: none reported yet"]
    return out + lines["stakes"] + lines["ownership_levels"] + lines["products"]


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

    def summary(self, subjects: Iterable[str] | None = None) -> str:
        """A plain-text summary: consensus, analysts, last price, stakes, products.

        ``subjects``: the companies shown, each under its name; by default those the state
        speaks of (`subjects`). A state of only the sections the summary reads
        (`SUMMARY_SECTIONS`) reads as the whole state's when given the whole state's
        (`Timeline.subjects`).
        """
        who = self.subject or "all subjects"
        lines = [f"State of {who} as of {self.at} (known at {self.known_at:%Y-%m-%d %H:%M} UTC)"]
        subjects = self.subjects() if subjects is None else sorted(subjects)
        if self.subject is not None or len(subjects) <= 1:
            return "\n".join(lines + _block(self._lines(by_subject=False)[None]))
        # several companies: each under its own name; every frame is read once, whatever the
        # number of subjects (a frame filtered per subject costs a pass per subject)
        blocks = self._lines(by_subject=True)
        for subject in subjects:
            lines += ["", f"{subject}:", *(f"  {line}" for line in _block(blocks[subject]))]
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

    def _lines(self, *, by_subject: bool) -> defaultdict[str | None, dict[str, list[str]]]:
        """The summary's line for every row of its sections, by subject (or all under
        ``None``), each subject's lines by section."""
        out: defaultdict[str | None, dict[str, list[str]]] = defaultdict(
            lambda: {name: [] for name in _LINES}
        )
        for name, line in _LINES.items():
            frame: pl.DataFrame = getattr(self, name)
            if name in _ROWS_SHOWN:
                frame = frame.filter(_ROWS_SHOWN[name])
            for row in frame.iter_rows(named=True):
                out[row["subject"] if by_subject else None][name].append(line(row))
        return out

    def __str__(self) -> str:
        return self.summary()

    def __repr__(self) -> str:
        who = self.subject or "all subjects"
        return f"<State of {who} as of {self.at}, known at {self.known_at:%Y-%m-%d %H:%M} UTC>"

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
