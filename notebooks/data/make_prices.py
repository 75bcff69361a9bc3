"""Write prices.csv: SYNTHETIC daily closes for the notebook's fictional companies.

No price is downloaded when the notebooks run, and these companies do not exist: the closes
are a random walk (seed 7, 1.2% a session) over the New York sessions of 2025 from the
exchange calendar, moved on each page's news session by the reaction named below, so that
the event study has something to find. Run from this folder:
``python make_prices.py`` (the file it writes is kept in the repository).
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import polars as pl

from timeline.extract.sessions import session_closes

START = {"ZVX": 45.0, "QLN": 36.0, "BVM": 50.0}
#: each page's news session and the move the walk is given that session
REACTIONS = {
    ("ZVX", dt.date(2025, 3, 4)): 0.062,
    ("QLN", dt.date(2025, 4, 15)): -0.041,
    ("BVM", dt.date(2025, 5, 20)): -0.035,
    ("QLN", dt.date(2025, 6, 10)): 0.028,
    ("ZVX", dt.date(2025, 7, 8)): -0.052,
    ("BVM", dt.date(2025, 8, 12)): 0.044,
}


def main() -> None:
    rng = random.Random(7)
    days = sorted(d for d in session_closes("XNYS") if dt.date(2025, 1, 2) <= d <= dt.date(2025, 9, 30))
    rows = []
    for subject, close in START.items():
        for day in days:
            close *= 1 + rng.gauss(0, 0.012) + REACTIONS.get((subject, day), 0.0)
            rows.append((subject, day, round(close, 2)))
    frame = pl.DataFrame(rows, schema=["subject", "date", "close"], orient="row")
    frame.write_csv(Path(__file__).with_name("prices.csv"))


if __name__ == "__main__":
    main()
