"""Holders' tables: "Date Reported | Holder | Percentage | Shares | Value"."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from timeline.extract.context import Context, Draft
from timeline.extract.rules._common import (
    TableState,
    table_cells,
)
from timeline.extract.temporal import Occurrence
from timeline.extract.text import Sentence

__all__ = ["table"]

# --- holders' tables ------------------------------------------------------------------------

# The columns of a holders' table ("Date Reported | Holder | Percentage | Shares | Value"),
# each found by its header's words
_HOLDER_COLUMNS = {
    "holder": re.compile(r"^(?:top\s+)?(?:holder|shareholder|investor|institution|owner)s?$", re.I),
    "percent": re.compile(r"^(?:%|percent(?:age)?|pct|stake|%\s*(?:held|out|of\s+shares))", re.I),
    "shares": re.compile(r"^(?:shares(?:\s+held)?|position|holding)$", re.I),
    "date": re.compile(r"^(?:date(?:\s+reported)?|as\s+of|reported)$", re.I),
}
_PERCENT_CELL = re.compile(r"^(?P<p>\d+(?:\.\d+)?)\s?%$")
_COUNT_CELL = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+$")


class _HolderTable(TableState):
    """The holders' table being read."""


def table(sentence: Sentence, ctx: Context) -> Iterator[Draft]:
    """Rows of a holders' table under a header that names a holder's column and a
    percentage's ("Date Reported | Holder | Percentage | Shares | Value", then "2023-03-31 |
    Vanguard Group, Inc. | 1% | 256,935 | $143,883"): each row a holder's level, of its date
    when the table gives one. Any other line between rows ends the table."""
    cells = table_cells(sentence.text)
    columns = ctx.memory(_HolderTable).row_of(cells, ctx.index, _holders_header)
    if columns is None:
        return
    holder = cells[columns["holder"]].strip()
    pct = _PERCENT_CELL.match(cells[columns["percent"]].strip())
    if not holder or pct is None or not re.search(r"[A-Za-z]", holder) or not float(pct["p"]):
        return  # the "---|---" line under a header, a row with no level, or one rounded to 0%
    shares = cells[columns["shares"]].strip() if "shares" in columns else ""
    day = _table_day(cells[columns["date"]]) if "date" in columns else None
    yield Draft(
        "ownership_level",
        {
            "holder": holder,
            "percent": float(pct["p"]),
            "shares": float(shares.replace(",", "")) if _COUNT_CELL.match(shares) else None,
            "qualifier": "exact",
        },
        confidence=0.75,
        occurrence=Occurrence(day, day, "day", "day") if day else None,
    )


def _holders_header(cells: list[str]) -> dict[str, int] | None:
    """The roles of a holders' table's header: a holder's column and a percentage's."""
    roles = {
        role: i
        for role, pattern in _HOLDER_COLUMNS.items()
        for i, cell in reversed(list(enumerate(cells)))
        if pattern.search(cell.strip())
    }
    return roles if "holder" in roles and "percent" in roles else None


def _table_day(cell: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(cell.strip())
    except ValueError:
        return None
