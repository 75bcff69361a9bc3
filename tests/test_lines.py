"""The summary's lines written by Polars are those Python's formatting writes, row by row."""

from __future__ import annotations

import datetime as dt
import inspect
from collections import defaultdict
from collections.abc import Callable, Mapping
from typing import Any

import polars as pl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline._lines import LINES, summary_lines

# --- the reference: the summary as Python's f-strings wrote it, one row at a time -----------


def _money(value: float | None, currency: str | None = "USD") -> str:
    if value is None:
        return "-"
    symbol = {"USD": "$", "EUR": "€", "GBP": "£", "HKD": "HK$"}.get(currency or "", "")
    return f"{symbol}{value:,.2f}" if symbol else f"{value:,.2f} {currency or ''}".strip()


def _reported_consensus(
    *, subject: str, value: float | None, currency: str | None, qualifier: str | None,
    analyst_count: int | None, source_id: str, reported_at: dt.datetime,
) -> str:  # fmt: skip
    about = "about " if qualifier == "approx" else ""
    extra = f", {analyst_count} analysts" if analyst_count else ""
    return (
        f"Reported consensus: {about}{_money(value, currency)} ({subject}{extra}; "
        f"article {source_id} of {reported_at:%Y-%m-%d})"
    )


def _derived_consensus(
    *, currency: str | None, mean: float, median: float, high: float, low: float, count: int,
    firms: list[str],
) -> str:  # fmt: skip
    return (
        f"Derived consensus: mean {_money(mean, currency)}, median {_money(median, currency)}, "
        f"high {_money(high, currency)}, low {_money(low, currency)} from {count} firm(s): "
        f"{', '.join(firms)}"
    )


def _fair_value(*, firm: str, value: float | None, currency: str | None) -> str:
    return f"Fair value (not in the consensus): {firm} {_money(value, currency)}"


def _analyst(
    *, firm: str, rating: str | None, rating_normalized: str | None, rating_action: str | None,
    target: float | None, target_type: str | None, previous_target: float | None,
    currency: str | None,
) -> str:  # fmt: skip
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
    *, investor: str, direction: str | None, amount: float | None, currency: str | None,
    shares: float | None, occurred_start: dt.date | None, occurred_end: dt.date | None,
) -> str:  # fmt: skip
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


_REFERENCE: Mapping[str, Callable[..., str]] = {
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


def _block(lines: Mapping[str, list[str]]) -> list[str]:
    out = lines["reported_consensus"] or ["Reported consensus: none reported yet"]
    out = out + lines["derived_consensus"] + lines["fair_values"]
    if lines["analysts"]:
        out += ["Analysts:", *lines["analysts"], *lines["rating_distribution"]]
    else:
        out.append("Analysts: none")
    out += lines["last_price"] + lines["implied_prices"] or ["Last price: none reported yet"]
    return out + lines["stakes"] + lines["ownership_levels"] + lines["products"]


def _reference(sections: Mapping[str, pl.DataFrame], subjects: list[str] | None) -> list[str]:
    by: defaultdict[str | None, dict[str, list[str]]] = defaultdict(
        lambda: {name: [] for name in _REFERENCE}
    )
    for name, line in _REFERENCE.items():
        frame = sections[name]
        reads = list(inspect.signature(line).parameters)
        rows = frame.select(reads).iter_rows(named=True)
        whose = frame.get_column("subject").to_list() if subjects else [None] * frame.height
        for subject, row in zip(whose, rows, strict=True):
            by[subject][name].append(line(**row))
    if subjects is None:
        return _block(by[None])
    out: list[str] = []
    for subject in subjects:
        out += ["", f"{subject}:", *(f"  {line}" for line in _block(by[subject]))]
    return out


# --- frames of every section, with the values that format differently ----------------------

TEXT = st.one_of(
    st.none(),
    st.sampled_from(["", "Buy", "approx", "fair_value", "USD", "EUR", "HKD", "SEK", " X\u3000"]),
    st.text(st.characters(exclude_categories=["Cs"]), max_size=24),
)
NAME = st.text(st.characters(exclude_categories=["Cs"]), max_size=24)
SOME_NUMBER = st.one_of(
    st.floats(width=64),
    st.sampled_from([0.0, -0.0, 2.675, 0.125, 999.995, 1234567.125, -1234.565, 1e-05, 1e22]),
    st.floats(-1e7, 1e7).map(lambda x: round(x, 3)),
)
NUMBER = st.one_of(st.none(), SOME_NUMBER)
COUNT = st.one_of(st.none(), st.integers(-5, 10**12))
DAY = st.dates(dt.date(1000, 1, 1), dt.date(9999, 12, 31))
SUBJECTS = ["A", "B", "Ü", "zz"]

_SCHEMA: dict[str, tuple[pl.DataType, st.SearchStrategy[Any]]] = {
    "subject": (pl.String(), st.sampled_from(SUBJECTS)),
    "value": (pl.Float64(), NUMBER),
    "currency": (pl.String(), TEXT),
    "qualifier": (pl.String(), TEXT),
    "analyst_count": (pl.Int64(), COUNT),
    "source_id": (pl.String(), NAME),
    "reported_at": (
        pl.Datetime("us", "UTC"),
        st.datetimes(dt.datetime(1000, 1, 1), timezones=st.just(dt.UTC)),
    ),
    "mean": (pl.Float64(), SOME_NUMBER),
    "median": (pl.Float64(), SOME_NUMBER),
    "high": (pl.Float64(), SOME_NUMBER),
    "low": (pl.Float64(), SOME_NUMBER),
    "count": (pl.UInt32(), st.integers(0, 300)),
    "firms": (pl.List(pl.String()), st.lists(NAME, max_size=4)),
    "firm": (pl.String(), NAME),
    "rating": (pl.String(), TEXT),
    "rating_normalized": (pl.String(), TEXT),
    "rating_action": (pl.String(), TEXT),
    "target": (pl.Float64(), NUMBER),
    "target_type": (pl.String(), TEXT),
    "previous_target": (pl.Float64(), NUMBER),
    "buy": (pl.UInt32(), st.integers(0, 300)),
    "hold": (pl.UInt32(), st.integers(0, 300)),
    "sell": (pl.UInt32(), st.integers(0, 300)),
    "mean_score": (pl.Float64(), SOME_NUMBER),
    "price": (pl.Float64(), NUMBER),
    "level_type": (pl.String(), TEXT),
    "date": (pl.Date(), DAY),
    "basis": (pl.String(), NAME),
    "conflict": (pl.Boolean(), st.one_of(st.none(), st.booleans())),
    "investor": (pl.String(), NAME),
    "direction": (pl.String(), TEXT),
    "amount": (pl.Float64(), NUMBER),
    "shares": (pl.Float64(), NUMBER),
    "occurred_start": (pl.Date(), st.one_of(st.none(), DAY)),
    "occurred_end": (pl.Date(), st.one_of(st.none(), DAY)),
    "holder": (pl.String(), NAME),
    "percent": (pl.Float64(), NUMBER),
    "product": (pl.String(), NAME),
    "launched": (pl.Date(), st.one_of(st.none(), DAY)),
}


@st.composite
def sections(draw: st.DrawFn) -> dict[str, pl.DataFrame]:
    out = {}
    for name, line in _REFERENCE.items():
        columns = ["subject", *(c for c in inspect.signature(line).parameters if c != "subject")]
        rows = draw(st.lists(st.tuples(*(_SCHEMA[c][1] for c in columns)), max_size=6))
        schema = {c: _SCHEMA[c][0] for c in columns}
        out[name] = pl.DataFrame(rows, schema=schema, orient="row")
    return out


def test_every_section_has_its_reference() -> None:
    assert list(LINES) == list(_REFERENCE)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sections(), st.one_of(st.none(), st.lists(st.sampled_from([*SUBJECTS, "C"]), max_size=5)))
def test_the_lines_are_pythons(frames: dict[str, pl.DataFrame], subjects: list[str] | None) -> None:
    assert summary_lines(frames, subjects).to_list() == _reference(frames, subjects)
