"""The state of the news as of one date: a frozen bundle of projection frames.

Its frames are the projections of `timeline.projections.registry.PROJECTIONS`, each an
attribute (``state.derived_consensus``) and a section. `State` prints as a plain-text summary,
renders as escaped HTML in notebooks (article text never becomes markup), and converts to a
JSON-ready dict for programs.
"""

from __future__ import annotations

import datetime as dt
import inspect
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


def _reported_consensus(
    *,
    subject: str,
    value: float | None,
    currency: str | None,
    qualifier: str | None,
    analyst_count: int | None,
    source_id: str,
    reported_at: dt.datetime,
) -> str:
    about = "about " if qualifier == "approx" else ""
    extra = f", {analyst_count} analysts" if analyst_count else ""
    return (
        f"Reported consensus: {about}{_money(value, currency)} ({subject}{extra}; "
        f"article {source_id} of {reported_at:%Y-%m-%d})"
    )


def _derived_consensus(
    *,
    currency: str | None,
    mean: float,
    median: float,
    high: float,
    low: float,
    count: int,
    firms: list[str],
) -> str:
    return (
        f"Derived consensus: mean {_money(mean, currency)}, median {_money(median, currency)}, "
        f"high {_money(high, currency)}, low {_money(low, currency)} from {count} firm(s): "
        f"{', '.join(firms)}"
    )


def _fair_value(*, firm: str, value: float | None, currency: str | None) -> str:
    return f"Fair value (not in the consensus): {firm} {_money(value, currency)}"


def _analyst(
    *,
    firm: str,
    rating: str | None,
    rating_normalized: str | None,
    rating_action: str | None,
    target: float | None,
    target_type: str | None,
    previous_target: float | None,
    currency: str | None,
) -> str:
    shown = "-"
    if rating:
        action = f", {rating_action}" if rating_action else ""
        shown = f"{rating} ({rating_normalized}{action})"
    label = "fair value" if target_type == "fair_value" else "target"
    value = f"{label} {_money(target, currency)}" if target else ""
    if previous_target:
        value += f" (from {_money(previous_target, currency)})"
    return f"  {firm:<18} {shown:<32} {value}".rstrip()


def _ratings(*, buy: int, hold: int, sell: int, mean_score: float) -> str:
    return (
        f"Ratings: {buy} buy, {hold} hold, {sell} sell; "
        f"mean score {mean_score:.2f} (1 strong buy .. 5 sell)"
    )


def _last_price(
    *, price: float | None, currency: str | None, level_type: str | None, date: dt.date
) -> str:
    return f"Last price: {_money(price, currency)} {level_type} on {date}"


def _implied_price(
    *, date: dt.date, price: float | None, currency: str | None, basis: str, conflict: bool
) -> str:
    flag = " CONFLICT" if conflict else ""
    return f"  implied {date}: {_money(price, currency)} ({basis}){flag}"


def _stake(
    *,
    investor: str,
    direction: str | None,
    amount: float | None,
    currency: str | None,
    shares: float | None,
    occurred_start: dt.date | None,
    occurred_end: dt.date | None,
) -> str:
    money = _money(amount, currency) if amount else ""
    count = f"{shares:,.0f} shares" if shares else ""
    when = f" ({occurred_start}..{occurred_end})" if occurred_start else ""
    size = f" {money or count}" if money or count else ""
    return f"Stake: {investor} {direction}{size}{when}"


def _ownership_level(*, holder: str, percent: float | None) -> str:
    return f"Ownership: {holder} {percent}%"


def _product(*, product: str, price: float | None, currency: str | None, launched: dt.date) -> str:
    shown = f" from {_money(price, currency)}" if price else ""
    return f"Product: {product}{shown} (launched {launched})"


#: One line per row of each section the summary shows, in the order it shows them; each
#: function's parameters are the columns it reads.
_LINES: Mapping[str, Callable[..., str]] = {
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
# only these columns are turned into Python values, row by row
_READS = {name: list(inspect.signature(line).parameters) for name, line in _LINES.items()}

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
            rows = frame.select(_READS[name]).iter_rows(named=True)
            subjects = (
                frame.get_column("subject").to_list() if by_subject else [None] * frame.height
            )
            for subject, row in zip(subjects, rows, strict=True):
                out[subject][name].append(line(**row))
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
