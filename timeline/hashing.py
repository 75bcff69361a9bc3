"""Content hashes of a whole log frame at once: the vectorised twin of `EventBase.ev_content_hash`.

`verify` recomputes every event's hash. Validating each row as a pydantic model costs tens of
microseconds, minutes for a store of millions of events. Here the canonical JSON that
``ev_content_hash`` hashes is built for every row with Polars expressions and hashed in one
tight loop, two processes for large logs.

The model stays the judge. A row gets its JSON here only when Polars can prove it is a valid
event in canonical form: every field of the right type and within its constraints, names
already canonical, the envelope's rules kept (`vouched_json`). Every other row, and every row
whose hash differs from its ``event_id``, goes back to the model (`suspect_rows`), so a
verdict on a row is always the model's, in the model's words; this module only spares the
model the rows it would pass.

What a row must satisfy is read from the models themselves (field types, defaults,
``Literal`` choices, ``Gt``/``Ge``/``Le``/``MinLen`` constraints, after-validators applied to
each distinct value). A rule this module does not know (a new model validator, a new kind of
constraint) leaves that kind's rows to the model: slower, never wrong.
`tests/test_hashing.py` checks the JSON against the model's on random events and rows.

Examples
--------
>>> import polars as pl
>>> from timeline.events import PriceTarget
>>> from timeline.log import events_to_frame
>>> pt = PriceTarget(subject="BABA", firm="JPMorgan", value=230, source_id="a",
...                  reported_at="2025-12-06T11:11:04Z")
>>> frame = events_to_frame([pt])
>>> print(vouched_json(frame).item())
{"firm":"JPMorgan","kind":"price_target","reported_at":"2025-12-06T11:11:04Z","source_id":"a","subject":"BABA","value":230.0}
>>> suspect_rows(frame).to_list()
[False]
>>> suspect_rows(frame.with_columns(value=pl.lit(231.0))).to_list()
[True]
"""

from __future__ import annotations

import datetime as dt
import hashlib
import inspect
import math
import os
import subprocess
import sys
import threading
import types
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Annotated, Any, Literal, Union, get_args, get_origin

import annotated_types as at
import polars as pl
from pydantic import AfterValidator, BeforeValidator
from pydantic_core import PydanticUndefined

from timeline._time import _lenient_utc
from timeline.events import _NOT_HASHED, KINDS, EventBase

__all__ = ["KNOWN_MODEL_VALIDATORS", "check_batches", "suspect_rows", "vouched_json"]

#: Python's json escapes (``ensure_ascii=False``): backslash, quote, and every control character.
_ESCAPES: dict[str, str] = {
    "\\": "\\\\",
    '"': '\\"',
    "\b": "\\b",
    "\f": "\\f",
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
} | {chr(c): f"\\u{c:04x}" for c in range(0x20) if chr(c) not in "\b\f\n\r\t"}

#: The Polars type of each scalar type an event field has (`timeline.log` shares it).
SCALAR_DTYPES: dict[Any, pl.DataType] = {
    str: pl.String(),
    int: pl.Int64(),
    float: pl.Float64(),
    bool: pl.Boolean(),
    dt.date: pl.Date(),
    dt.datetime: pl.Datetime("us", "UTC"),
}

#: Model validators this module checks in Polars (``_rule_*`` below), by name.
KNOWN_MODEL_VALIDATORS = frozenset({"_check_envelope", "_says_something"})

#: Logs from this many rows are hashed by helper processes, one per core (a helper takes
#: ~30 ms to start); smaller ones in this process.
_PARALLEL_FROM = 200_000
_HELPERS = max(1, min(4, os.cpu_count() or 1))
_WORKER = Path(__file__).with_name("_sha_worker.py")
#: A kind whose rows come in more shapes (sets of fields present) than this gets one general
#: expression rather than one template per shape.
_MAX_SHAPES = 64
#: Rows checked at once: bounds the memory, and lets one batch be hashed while the next one's
#: JSON is built.
_BATCH = 2_000_000
#: Dates are written through a table of their texts when they span fewer days than this.
_MAX_TABLE_DAYS = 200_000


# --- what a field must satisfy, read from the model ---------------------------------------


@dataclass(frozen=True, slots=True)
class _Field:
    name: str
    base: type  # one of SCALAR_DTYPES
    required: bool
    default: Any  # None when the field has none (or it is None)
    choices: tuple[Any, ...] | None  # a Literal's values
    constraints: tuple[Any, ...]  # annotated_types constraints
    after: tuple[Callable[[Any], Any], ...]  # after-validators, applied to distinct values
    provable: bool  # False: a rule this module does not know (the model decides the kind)


def _unwrap(annotation: Any) -> tuple[type | None, tuple[Any, ...] | None, tuple[Any, ...]]:
    """The base type of an annotation (None: not one this module writes), a ``Literal``'s
    values, and the metadata of an ``Annotated`` inside it (``UtcDatetime | None``)."""
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        inner = [a for a in get_args(annotation) if a is not type(None)]
        return _unwrap(inner[0]) if len(inner) == 1 else (None, None, ())
    if origin is Annotated:
        base, choices, metadata = _unwrap(get_args(annotation)[0])
        return base, choices, metadata + tuple(annotation.__metadata__)
    if origin is Literal:
        values = get_args(annotation)
        kinds = {type(v) for v in values}
        return (kinds.pop(), values, ()) if len(kinds) == 1 else (None, None, ())
    return (annotation, None, ()) if annotation in SCALAR_DTYPES else (None, None, ())


def _field(cls: type[EventBase], name: str) -> _Field:
    info = cls.model_fields[name]
    base, choices, inner = _unwrap(info.annotation)
    provable = base is not None
    constraints: list[Any] = []
    after: list[Callable[[Any], Any]] = []
    for meta in (*info.metadata, *inner):
        if isinstance(meta, (at.Gt, at.Ge, at.Lt, at.Le, at.MinLen, at.MaxLen)):
            constraints.append(meta)
        elif isinstance(meta, AfterValidator) and _takes_one_argument(meta.func):
            after.append(meta.func)  # type: ignore[arg-type]  # one argument: checked
        elif isinstance(meta, BeforeValidator) and meta.func is _lenient_utc:
            pass  # it reads text and dates as UTC times; a datetime column is one already
        else:
            provable = False
    for decorator in cls.__pydantic_decorators__.field_validators.values():
        if name in decorator.info.fields:
            func = getattr(cls, decorator.cls_var_name)
            if decorator.info.mode == "after" and _takes_one_argument(func):
                after.append(func)
            else:
                provable = False
    default = None if info.default is PydanticUndefined else info.default
    return _Field(
        name=name,
        base=base or object,
        required=info.is_required(),
        default=default,
        choices=choices,
        constraints=tuple(constraints),
        after=tuple(after),
        provable=provable and info.default_factory is None,
    )


def _takes_one_argument(func: Callable[..., Any]) -> bool:
    try:
        return len(inspect.signature(func).parameters) == 1
    except (TypeError, ValueError):
        return False


@cache
def _fields(kind: str) -> tuple[_Field, ...]:
    cls = KINDS[kind]
    return tuple(_field(cls, name) for name in cls.model_fields if name != "event_id")


@cache
def _provable(kind: str) -> bool:
    """Whether Polars can vouch for rows of this kind at all."""
    validators = KINDS[kind].__pydantic_decorators__.model_validators
    known = all(name in KNOWN_MODEL_VALIDATORS for name in validators)
    return known and all(f.provable for f in _fields(kind))


# --- validity: is a row one the model keeps exactly as it is --------------------------------


def _column(schema: pl.Schema, f: _Field) -> pl.Expr:
    """The field's column; all null when the frame lacks it, as a row without the field."""
    if f.name in schema:
        return pl.col(f.name)
    return pl.lit(None, dtype=SCALAR_DTYPES[f.base]).alias(f.name)


@dataclass(frozen=True, slots=True)
class _Check:
    """One requirement on a field's values: row by row (``row``: True where the value passes),
    and for a whole column at once, through one aggregate (``whole``) of which ``holds`` tells
    whether every value passes. Most columns are proved whole; only the others cost a check
    per row."""

    row: pl.Expr
    whole: pl.Expr
    holds: Callable[[Any], bool]


def _bound(c: pl.Expr, bound: Any, *, low: bool, strict: bool) -> _Check:
    if low:
        row = c > bound if strict else c >= bound
        return _Check(row, c.min(), lambda v: v is None or (v > bound if strict else v >= bound))
    row = c < bound if strict else c <= bound
    return _Check(row, c.max(), lambda v: v is None or (v < bound if strict else v <= bound))


_YEARS = {  # pydantic writes years of four digits; others are left to the model
    dt.date: (dt.date(1000, 1, 1), dt.date(9999, 12, 31)),
    dt.datetime: (dt.datetime(1000, 1, 1, tzinfo=dt.UTC), dt.datetime.max.replace(tzinfo=dt.UTC)),
}


def _checks(c: pl.Expr, f: _Field, *, hashed: bool) -> list[_Check]:
    """What a present value must be for the model to take it unchanged and for this module to
    write it as Python's json does."""
    checks = []
    if f.base is float:
        # NaN compares above everything in Polars but fails every bound in Python; infinities
        # and the tiny numbers Python writes in exponent form ("1e-05") are left to the model
        checks.append(_Check(c.is_not_nan(), c.is_nan().any(), lambda v: not v))
        checks += [_bound(c, -math.inf, low=True, strict=True)]
        checks += [_bound(c, math.inf, low=False, strict=True)]
        if hashed:
            tiny = pl.when(c != 0).then(c.abs())
            checks.append(_Check(tiny.fill_null(1.0) >= 1e-4, tiny.min(), _none_or_at_least_tiny))
    if f.base in _YEARS:
        first, last = _YEARS[f.base]
        checks += [_bound(c, first, low=True, strict=False)]
        checks += [_bound(c, last, low=False, strict=False)]
    for meta in f.constraints:
        if isinstance(meta, at.MinLen) and meta.min_length == 1:  # not empty: bytes tell
            checks.append(_bound(c.str.len_bytes(), 1, low=True, strict=False))
        elif isinstance(meta, (at.MinLen, at.MaxLen)):
            low = isinstance(meta, at.MinLen)
            size = meta.min_length if isinstance(meta, at.MinLen) else meta.max_length
            checks.append(_bound(c.str.len_chars(), size, low=low, strict=False))
        else:
            low = isinstance(meta, (at.Gt, at.Ge))
            strict = isinstance(meta, (at.Gt, at.Lt))
            value = getattr(meta, type(meta).__name__.lower())
            checks.append(_bound(c, value, low=low, strict=strict))
    if f.choices is not None:
        inside = c.is_in(list(f.choices))
        checks.append(_Check(inside, inside.all(), bool))
    return checks


def _none_or_at_least_tiny(value: Any) -> bool:
    return value is None or value >= 1e-4


def _rule_check_envelope(col: Callable[[str], pl.Expr]) -> pl.Expr:
    """`EventBase._check_envelope`, where it keeps the row as it is (an occurred_end left out
    but filled in by the model is left to the model)."""
    precision = col("occurred_precision").fill_null("unknown")
    start, end = col("occurred_start"), col("occurred_end")
    span_start, span_end = col("span_start").fill_null(0), col("span_end").fill_null(0)
    undated = (precision == "unknown") & start.is_null() & end.is_null()
    dated = (precision != "unknown") & start.is_not_null() & end.is_not_null() & (end >= start)
    quote = col("quote").fill_null("").str.len_chars()
    return (undated | dated) & (span_end >= span_start) & (quote == span_end - span_start)


def _rule_says_something(col: Callable[[str], pl.Expr]) -> pl.Expr:
    """`ConsensusReported._says_something`."""
    return pl.any_horizontal(
        col(n).is_not_null() for n in ("value", "rating", "analyst_count", "buy_count")
    )


_RULES: dict[str, Callable[[Callable[[str], pl.Expr]], pl.Expr]] = {
    "_check_envelope": _rule_check_envelope,
    "_says_something": _rule_says_something,
}


def _kept(value: Any, validators: Sequence[Callable[[Any], Any]]) -> bool:
    """Whether the validators return ``value`` unchanged (a refusal is a change)."""
    kept = value
    try:
        for validator in validators:
            kept = validator(kept)
    except Exception:  # whatever it raises, the model will report it
        return False
    return type(kept) is type(value) and kept == value


def _changed(
    distinct: pl.Series, validators: Sequence[Callable[[Any], Any]], memo: _Memo
) -> list[Any]:
    """The ``distinct`` values the after-validators change or refuse (``"J.P. Morgan"``
    becomes ``"JPMorgan"``): one call per value, remembered across kinds and batches."""
    key = tuple(getattr(v, "__func__", v) for v in validators)  # one per method, not per class
    known = memo.setdefault(key, {})
    out = []
    for value in distinct.to_list():
        kept = known.get(value)
        if kept is None:
            kept = known[value] = _kept(value, validators)
        if not kept:
            out.append(value)
    return out


_Memo = dict[tuple[Any, ...], dict[Any, bool]]


# --- a plan per kind: what to check row by row, and the shapes of its rows ----------------


@cache
def _hashed(kind: str) -> tuple[_Field, ...]:
    """The fields the hash covers, in the order ``json.dumps(sort_keys=True)`` writes them."""
    return tuple(sorted((f for f in _fields(kind) if f.name not in _NOT_HASHED), key=_name))


def _name(f: _Field) -> str:
    return f.name


def _shown(c: pl.Expr, f: _Field) -> pl.Expr:
    """Whether the hash shows the value: present and not the default (``exclude_defaults``)."""
    return c.is_not_null() if f.default is None else c.is_not_null() & (c != f.default)


@dataclass(frozen=True, slots=True)
class _Writing:
    """How one kind's rows are written: string columns that hold characters json escapes,
    and the first day and texts of the dates they hold (None: too many days for a table)."""

    escaped: frozenset[str]
    first_day: int
    days: pl.Series | None


@dataclass(frozen=True, slots=True)
class _Plan:
    ok: pl.Expr  # the row is valid and canonical
    shape: pl.Expr  # bits: the fields shown, and the times with microseconds
    writing: _Writing


def _day(value: dt.date) -> int:
    """Days since 1970 of a date, or of a UTC time's date."""
    date = value.date() if isinstance(value, dt.datetime) else value
    return (date - dt.date(1970, 1, 1)).days


def _micros(c: pl.Expr) -> pl.Expr:
    """The microseconds within the second of a time (integer arithmetic: fast)."""
    return c.dt.epoch("us") % 1_000_000


def _plan(rows: pl.DataFrame, kind: str, memo: _Memo) -> _Plan:
    """What the rows of one kind need checked row by row, found from one pass of aggregates:
    a column whose every value passes a check is not checked again row by row, and a field
    every row shows (or none does) adds no bit to the shape."""
    schema = rows.schema
    fields = {f.name: f for f in _fields(kind)}
    if any(n in schema and schema[n] != SCALAR_DTYPES[f.base] for n, f in fields.items()):
        return _Plan(pl.lit(False), pl.lit(0), _Writing(frozenset(), 0, None))  # the model's

    def col(name: str) -> pl.Expr:
        return _column(schema, fields[name])

    checks = {n: _checks(col(n), f, hashed=n not in _NOT_HASHED) for n, f in fields.items()}
    bits = _bits(kind, col)
    hashed = [f for f in _hashed(kind) if f.name != "kind" and f.name in schema]
    # texts that may need json's escapes: not a Literal's (its values are plain words); the
    # distinct values of those with validators are looked at anyway
    validated = [n for n, f in fields.items() if f.after and n in schema]
    distinct = {n: rows[n].drop_nulls().unique() for n in validated}
    texts = [f.name for f in hashed if f.base is str and not f.choices and f.name not in distinct]
    dates = [f.name for f in hashed if f.base in _YEARS]
    wholes: dict[str, pl.Expr] = {}
    for n, field_checks in checks.items():
        wholes |= {f"{n}:{i}": check.whole for i, check in enumerate(field_checks)}
        wholes[f"{n}:nulls"] = col(n).null_count()
    wholes |= {f"shown:{n}": shown.sum() for n, (_, shown) in bits.items()}
    wholes |= {f"escape:{n}": pl.col(n).str.contains_any(list(_ESCAPES)).any() for n in texts}
    wholes |= {f"first:{n}": pl.col(n).min() for n in dates}
    wholes |= {f"last:{n}": pl.col(n).max() for n in dates}
    found = rows.select(**wholes).row(0, named=True)

    per_row = []
    for n, f in fields.items():
        failing = [ch.row for i, ch in enumerate(checks[n]) if not ch.holds(found[f"{n}:{i}"])]
        if n in distinct and (changed := _changed(distinct[n], f.after, memo)):
            failing.append(~col(n).is_in(changed))
        if failing or (f.required and found[f"{n}:nulls"]):
            passes = pl.all_horizontal(failing) if failing else pl.lit(True)
            per_row.append(pl.when(col(n).is_null()).then(pl.lit(not f.required)).otherwise(passes))
    per_row += [_RULES[v](col) for v in KINDS[kind].__pydantic_decorators__.model_validators]
    ok = pl.all_horizontal(per_row) if per_row else pl.lit(True)

    constant, varying = 0, []
    for n, (bit, shown) in bits.items():
        count = found[f"shown:{n}"]
        if count == rows.height:
            constant |= 1 << bit
        elif count:
            varying.append(shown.cast(pl.Int64) * (1 << bit))
    shape = pl.sum_horizontal([pl.lit(constant, pl.Int64), *varying])

    escaped = [n for n in texts if found[f"escape:{n}"]]
    escaped += [
        n for n, values in distinct.items() if values.str.contains_any(list(_ESCAPES)).any()
    ]
    ends = [found[f"{end}:{n}"] for n in dates for end in ("first", "last")]
    days = [_day(value) for value in ends if value is not None]
    return _Plan(ok, shape, _writing(frozenset(escaped), days))


def _bits(kind: str, col: Callable[[str], pl.Expr]) -> dict[str, tuple[int, pl.Expr]]:
    """The bits of a row's shape: per hashed field whether the row shows it, then per time
    whether it has microseconds."""
    hashed = _hashed(kind)
    bits = {f.name: (i, _shown(col(f.name), f)) for i, f in enumerate(hashed) if f.name != "kind"}
    for i, f in enumerate(hashed):
        if f.base is dt.datetime:
            micro = (_micros(col(f.name)) != 0).fill_null(value=False)
            bits[f"{f.name}:micro"] = (i + len(hashed), micro)
    return bits


def _writing(escaped: frozenset[str], days: list[int]) -> _Writing:
    """How rows are written, given the texts to escape and the days their dates fall on."""
    if not days or max(days) - min(days) >= _MAX_TABLE_DAYS:
        return _Writing(escaped, 0, None)
    start = dt.date(1970, 1, 1) + dt.timedelta(days=min(days))
    table = pl.date_range(start, start + dt.timedelta(days=max(days) - min(days)), eager=True)
    return _Writing(escaped, min(days), table.cast(pl.String))


# --- the JSON: one template per shape of row -----------------------------------------------


@cache
def _times_of_day() -> pl.Series:
    """ "00:00:00" ... "23:59:59", indexed by the second of the day."""
    second = pl.int_range(86_400, dtype=pl.Int64)
    parts = [(second // 3600), (second // 60 % 60), (second % 60)]
    return pl.select(
        pl.concat_str([p.cast(pl.String).str.zfill(2) for p in parts], separator=":")
    ).to_series()


def _date_text(days: pl.Expr, writing: _Writing) -> pl.Expr:
    """A date (days since 1970) as ISO text, through the table when there is one."""
    if writing.days is None:
        return days.cast(pl.Date).cast(pl.String)
    return pl.lit(writing.days).gather(days - writing.first_day)


def _json_parts(c: pl.Expr, f: _Field, writing: _Writing, micro: bool | None) -> list[Any]:
    """A value as Python's ``json.dumps`` writes what pydantic's ``mode="json"`` dumps, as
    texts and expressions to concatenate. ``micro``: whether the time has microseconds
    (pydantic writes them only then); None: decide row by row."""
    if f.base is str:
        text = c.str.replace_many(_ESCAPES) if f.name in writing.escaped else c
        return ['"', text, '"']
    if f.base is bool:
        return [pl.when(c).then(pl.lit("true")).otherwise(pl.lit("false"))]
    if f.base is dt.date:
        return ['"', _date_text(c.cast(pl.Int32), writing), '"']
    if f.base is dt.datetime:  # floor division and modulo: right before 1970 too
        us = c.dt.epoch("us")
        day = _date_text(us // 86_400_000_000, writing)
        time = pl.lit(_times_of_day()).gather(us // 1_000_000 % 86_400)
        digits = (_micros(c) + 1_000_000).cast(pl.String).str.slice(1)
        fraction = pl.concat_str(pl.lit("."), digits)
        if micro is None:
            fraction = pl.when(_micros(c) != 0).then(fraction).otherwise(pl.lit(""))
        rest = [fraction] if micro is None or micro else []
        return ['"', day, "T", time, *rest, 'Z"']
    return [c.cast(pl.String)]  # int; float: Polars writes Python's repr from 1e-4 up


def _concat(parts: list[Any]) -> pl.Expr:
    """Concatenate texts and expressions, adjacent texts merged into one literal."""
    merged: list[Any] = []
    for part in parts:
        if isinstance(part, str) and merged and isinstance(merged[-1], str):
            merged[-1] += part
        else:
            merged.append(part)
    return pl.concat_str([pl.lit(p) if isinstance(p, str) else p for p in merged])


def _template(schema: pl.Schema, kind: str, shape: int | None, writing: _Writing) -> pl.Expr:
    """The JSON of rows of one ``shape`` (`_plan`), or of any shape when it is None."""
    hashed = _hashed(kind)
    parts: list[Any] = ["{"]
    pieces: list[pl.Expr] = []  # shape None: one per field, null when the field is not shown
    for i, f in enumerate(hashed):
        key = f'"{f.name}":'
        if f.name == "kind":
            value: list[Any] = [f'"{kind}"']
        elif shape is None:
            c = _column(schema, f)
            value = [pl.when(_shown(c, f)).then(_concat([key, *_json_parts(c, f, writing, None)]))]
            key = ""
        elif shape >> i & 1:
            micro = bool(shape >> (i + len(hashed)) & 1)
            value = _json_parts(_column(schema, f), f, writing, micro)
        else:
            continue
        pieces.append(_concat([key, *value]))
        parts += ([","] if len(parts) > 1 else []) + [key, *value]
    if shape is None:
        body = pl.concat_str(pieces, separator=",", ignore_nulls=True)
        return pl.concat_str(pl.lit("{"), body, pl.lit("}"))
    return _concat([*parts, "}"])


# --- rows to JSON ------------------------------------------------------------------------------


def vouched_json(frame: pl.DataFrame) -> pl.Series:
    """Per row, the JSON ``ev_content_hash`` hashes, or null for a row only the model can
    judge (invalid, not in canonical form, of an unknown kind, or beyond what this module
    proves). Equal to the model's ``ev_canonical_json()`` wherever it is not null."""
    indexed = frame.with_row_index("_row")
    found = _vouched(indexed).select("_row", "json")
    return indexed.select("_row").join(found, on="_row", how="left", maintain_order="left")["json"]


def _vouched(indexed: pl.DataFrame, memo: _Memo | None = None) -> pl.DataFrame:
    """``_row``, ``event_id`` and ``json`` of the rows vouched for (in no particular order).

    Each kind's rows, then each shape's, are gathered by their positions: filtering the whole
    batch once per kind would read every row once per kind.
    """
    empty = pl.DataFrame(schema={"_row": pl.UInt32, "event_id": pl.String, "json": pl.String})
    memo = {} if memo is None else memo
    parts = []
    for kind, positions in _positions(indexed, "kind").items():
        if kind in KINDS and _provable(kind):
            columns = [n for n in KINDS[kind].model_fields if n in indexed.schema]
            parts += _kind_parts(indexed.select("_row", *columns)[positions], kind, memo)
    return pl.concat(parts).collect() if parts else empty


def _positions(frame: pl.DataFrame, by: str) -> dict[Any, pl.Series]:
    """The row positions of each value of column ``by``."""
    index = pl.int_range(pl.len(), dtype=pl.UInt32).alias("_at")
    groups = frame.select(by, index).group_by(by).agg("_at")
    return dict(zip(groups.get_column(by).to_list(), groups.get_column("_at"), strict=True))


def _kind_parts(rows: pl.DataFrame, kind: str, memo: _Memo) -> list[pl.LazyFrame]:
    """The JSON of the valid rows of one kind, one lazy frame per shape."""
    plan = _plan(rows, kind, memo)
    vouched = rows.with_columns(_ok=plan.ok, _shape=plan.shape).filter("_ok")
    shapes = _positions(vouched, "_shape")
    if len(shapes) > _MAX_SHAPES:
        json = _template(rows.schema, kind, None, plan.writing)
        return [vouched.lazy().select("_row", "event_id", json=json)]
    parts = []
    for shape, positions in shapes.items():
        hashed = enumerate(_hashed(kind))
        shown = [f.name for i, f in hashed if shape >> i & 1 and f.name in rows.schema]
        json = _template(rows.schema, kind, shape, plan.writing)
        rows_of_shape = vouched.select("_row", "event_id", *shown)[positions]
        parts.append(rows_of_shape.lazy().select("_row", "event_id", json=json))
    return parts


# --- hashing -------------------------------------------------------------------------------


def _digests(texts: pl.Series) -> bytes:
    """The first 16 bytes of each text's SHA-256 (``ev_content_hash`` keeps 32 hex digits)."""
    sha = hashlib.sha256
    return b"".join([sha(t).digest()[:16] for t in texts.cast(pl.Binary).to_list()])


class _Hashing:
    """`_digests` of a batch of texts, worked out by helper processes, one per core, while
    the caller builds the next batch (hashing is the one step Polars cannot spread over the
    cores). JSON holds no raw newline: the helpers read one text a line. A part whose helper
    cannot start, or fails, is hashed in this process."""

    def __init__(self, texts: pl.Series) -> None:
        self.texts = texts
        self.parts: list[tuple[pl.Series, subprocess.Popen[bytes] | None, list[bytes]]] = []
        self.threads: list[threading.Thread] = []
        if texts.len() < _PARALLEL_FROM:
            return  # hashed here, when asked: a helper would cost more than it saves
        size = -(-texts.len() // _HELPERS)
        for start in range(0, texts.len(), size):
            part, got = texts.slice(start, size), list[bytes]()
            try:
                helper = subprocess.Popen(
                    [sys.executable, "-I", str(_WORKER)],
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                )
            except OSError:
                self.parts.append((part, None, got))
                continue
            self.parts.append((part, helper, got))
            self.threads += [
                threading.Thread(target=_feed, args=(helper.stdin, part), daemon=True),
                threading.Thread(target=_drain, args=(helper.stdout, got), daemon=True),
            ]
        for thread in self.threads:
            thread.start()

    def digests(self) -> bytes:
        """The digests, in the order of the texts."""
        if not self.parts:
            return _digests(self.texts)
        for thread in self.threads:
            thread.join()
        out = []
        for part, helper, got in self.parts:
            digests = b"".join(got)
            if helper is None or helper.wait() != 0 or len(digests) != 16 * part.len():
                digests = _digests(part)
            out.append(digests)
        return b"".join(out)


def _feed(pipe: Any, texts: pl.Series) -> None:
    try:
        texts.to_frame().write_csv(pipe, include_header=False, quote_style="never")
    except OSError:
        pass  # the helper died: its part is hashed here
    finally:
        pipe.close()


def _drain(pipe: Any, out: list[bytes]) -> None:
    while chunk := pipe.read(1 << 20):
        out.append(chunk)
    pipe.close()


def _differing(got: str, want: str, size: int = 32) -> list[int]:
    """Positions of the ``size``-character records that differ between ``got`` and ``want``."""
    if got == want:
        return []
    out: list[int] = []
    block = 4096 * size
    for start in range(0, len(got), block):
        if got[start : start + block] != want[start : start + block]:
            stop = min(start + block, len(got))
            out += [
                i // size
                for i in range(start, stop, size)
                if got[i : i + size] != want[i : i + size]
            ]
    return out


def _suspects(batch: pl.DataFrame, found: pl.DataFrame, hashing: _Hashing) -> pl.Series:
    """Per row of ``batch``, whether the model must look at it: not ``found`` (vouched for),
    or found but its JSON does not hash to its ``event_id``."""
    want = found.get_column("event_id").str.join("").item() or ""
    bad = _differing(hashing.digests().hex(), want)
    rows = found.get_column("_row")
    intact = rows.filter(~pl.int_range(rows.len(), eager=True).is_in(bad)) if bad else rows
    suspect = pl.repeat(True, batch.height, dtype=pl.Boolean, eager=True).alias("suspect")
    return suspect.scatter(intact, False)


def check_batches(
    batches: Iterable[pl.DataFrame],
) -> Iterator[tuple[pl.DataFrame, pl.Series]]:
    """Each batch of a log, with per row whether the model must look at it (`suspect_rows`).

    While helpers hash one batch, this process builds the JSON of the next: a batch comes
    back once the next one is under way.
    """
    memo: _Memo = {}
    pending: tuple[pl.DataFrame, pl.DataFrame, _Hashing] | None = None
    for batch in batches:
        if batch.is_empty() or not {"kind", "event_id"} <= set(batch.columns):
            found = pl.DataFrame(
                schema={"_row": pl.UInt32, "event_id": pl.String, "json": pl.String}
            )
        else:
            found = _vouched(batch.with_row_index("_row"), memo)
            found = found.filter(pl.col("event_id").str.contains("^[0-9a-f]{32}$"))
        hashing = _Hashing(found.get_column("json"))
        if pending is not None:
            yield pending[0], _suspects(*pending)
        pending = (batch, found, hashing)
    if pending is not None:
        yield pending[0], _suspects(*pending)


def suspect_rows(frame: pl.DataFrame) -> pl.Series:
    """Per row, whether the model must look at it: True unless the row is vouched for
    (`vouched_json`) and its JSON hashes to its ``event_id``. A large frame goes in batches
    (`check_batches`)."""
    slices = (frame.slice(start, _BATCH) for start in range(0, frame.height, _BATCH))
    masks = [mask for _, mask in check_batches(slices)]
    return pl.concat(masks) if masks else pl.Series("suspect", [], pl.Boolean)
