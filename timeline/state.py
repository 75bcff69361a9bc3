"""The state of the news as of one date: a frozen bundle of projection frames.

Its frames are the projections of `timeline.projections.registry.PROJECTIONS`, each an
attribute (``state.derived_consensus``) and a section. `State` prints as a plain-text summary,
renders as escaped HTML in notebooks (article text never becomes markup), and converts to a
JSON-ready dict for programs.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import polars as pl

from timeline._lines import LINES, ROWS_SHOWN, summary_lines
from timeline._templates import render
from timeline.projections.registry import PROJECTIONS

__all__ = ["SUMMARY_COLUMNS", "SUMMARY_SECTIONS", "State"]


#: The sections `State.summary` reads.
SUMMARY_SECTIONS = tuple(LINES)
#: The columns of the log those sections read to write the summary (`Timeline.summary` reads
#: no other: the article's quote, which no line shows, is half a read of the log);
#: tests/test_state.py checks them against the columns Polars' optimiser reads.
SUMMARY_COLUMNS = (
    "event_id", "kind", "subject", "occurred_start", "occurred_end", "reported_at", "seq",
    "source_id", "firm", "rating", "rating_normalized", "rating_score", "action", "value",
    "currency", "previous_value", "target_type", "qualifier", "analyst_count", "investor",
    "direction", "amount", "shares", "holder", "percent", "price", "level_type", "metric",
    "product", "modality", "target_event_id", "replacement_event_id",
)  # fmt: skip


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
        head = f"State of {who} as of {self.at} (known at {self.known_at:%Y-%m-%d %H:%M} UTC)"
        subjects = self.subjects() if subjects is None else sorted(subjects)
        shown = {
            name: frame.filter(ROWS_SHOWN[name]) if name in ROWS_SHOWN else frame
            for name, frame in ((name, getattr(self, name)) for name in SUMMARY_SECTIONS)
        }
        # several companies: each under its own name; every frame is read once, whatever the
        # number of subjects (a frame filtered per subject costs a pass per subject)
        several = self.subject is None and len(subjects) > 1
        body = summary_lines(shown, subjects if several else None)
        return str(pl.concat([pl.Series([head]), body]).str.join("\n").item())

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
