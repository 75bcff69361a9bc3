"""The lines of a state's text summary (`timeline.State.summary`), as Polars expressions.

Each section the summary shows has one line per row, written by an expression over the
section's frame (`LINES`); every line of every subject is then put in its place by one sort
(`summary_lines`). No Python loop over rows: the 156,000 lines of 5,000 companies take about
a fifth of a second, where formatting them row by row in Python took half a second.

The text is Python's own formatting, character for character: ``f"{x:,.2f}"`` for money,
``str(x)`` for a percentage, ``None`` for a missing value. Polars writes floats to fixed
decimals in one place only, its CSV writer, which rounds the binary value exactly as Python
does; every number of a summary is written there (`_numbers`) and read back as text.

>>> frame = pl.DataFrame({"value": [1234567.125, 2.675, -1e4, None, float("nan")]})
>>> _numbers([(frame, "value:,.2f")])[0].to_list()
['1,234,567.12', '2.67', '-10,000.00', None, 'nan']
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Mapping

import polars as pl

__all__ = ["LINES", "ROWS_SHOWN", "shown", "summary_lines"]

# Python's whitespace (`str.isspace`), which `str.strip` removes:
# ''.join(c for c in map(chr, range(0x110000)) if c.isspace()) on Python 3.11
_SPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)
_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "HKD": "HK$"}
# a number to be written with Python's format spec: a column "<name>:<spec>" (`_number`)
_SPEC = re.compile(r"^(?P<name>.+):(?P<group>,?)\.(?P<places>\d)f$")


def _number(name: str, spec: str = ",.2f") -> pl.Expr:
    """Column ``name`` as ``format(value, spec)`` writes it (``spec``: ``,.2f``, ``.2f``,
    ``,.0f``...), null where it is null; `_numbers` makes the column."""
    return pl.col(f"{name}:{spec}")


def _text(name: str) -> pl.Expr:
    """Column ``name`` as ``f"{value}"`` writes it (``None`` when missing)."""
    return pl.col(name).cast(pl.String).fill_null("None")


def _truthy(name: str) -> pl.Expr:
    """Python's ``bool(value)`` of a number: neither None nor zero."""
    return pl.col(name).is_not_null() & (pl.col(name) != 0)


def _filled(name: str) -> pl.Expr:
    """Python's ``bool(value)`` of a text: neither None nor empty."""
    return pl.col(name).is_not_null() & (pl.col(name).cast(pl.String) != "")


def _money(value: str, currency: str = "currency") -> pl.Expr:
    """``_money(value, currency)`` of the summary: ``$1,234.50``, ``1,234.50 SEK``, ``-``."""
    number = _number(value)
    code = pl.col(currency).cast(pl.String)
    symbol = code.replace_strict(_SYMBOLS, default=None, return_dtype=pl.String)
    bare = pl.concat_str(number, pl.lit(" "), code.fill_null("")).str.strip_chars(_SPACE)
    return (
        pl.when(pl.col(value).is_null())
        .then(pl.lit("-"))
        .when(symbol.is_not_null())
        .then(pl.concat_str(symbol, number))
        .otherwise(bare)
    )


def _when(condition: pl.Expr, *parts: pl.Expr | str) -> pl.Expr:
    """The parts joined where ``condition`` holds, else the empty string."""
    joined = pl.concat_str([pl.lit(p) if isinstance(p, str) else p for p in parts])
    return pl.when(condition).then(joined).otherwise(pl.lit(""))


def _line(*parts: pl.Expr | str) -> pl.Expr:
    return pl.concat_str([pl.lit(p) if isinstance(p, str) else p for p in parts])


def _reported_consensus() -> pl.Expr:
    about = _when(pl.col("qualifier") == "approx", "about ")
    extra = _when(_truthy("analyst_count"), ", ", _text("analyst_count"), " analysts")
    return _line(
        "Reported consensus: ", about, _money("value"), " (", _text("subject"), extra,
        "; article ", _text("source_id"), " of ", pl.col("reported_at").dt.to_string("%Y-%m-%d"),
        ")",
    )  # fmt: skip


def _derived_consensus() -> pl.Expr:
    return _line(
        "Derived consensus: mean ", _money("mean"), ", median ", _money("median"), ", high ",
        _money("high"), ", low ", _money("low"), " from ", _text("count"), " firm(s): ",
        pl.col("firms").list.join(", "),
    )  # fmt: skip


def _fair_value() -> pl.Expr:
    return _line("Fair value (not in the consensus): ", _text("firm"), " ", _money("value"))


def _analyst() -> pl.Expr:
    action = _when(_filled("rating_action"), ", ", _text("rating_action"))
    shown = (
        pl.when(_filled("rating"))
        .then(_line(_text("rating"), " (", _text("rating_normalized"), action, ")"))
        .otherwise(pl.lit("-"))
    )
    label = pl.when(pl.col("target_type") == "fair_value").then(pl.lit("fair value"))
    value = _when(_truthy("target"), label.otherwise(pl.lit("target")), " ", _money("target"))
    previous = _when(_truthy("previous_target"), " (from ", _money("previous_target"), ")")
    line = _line("  ", _text("firm").str.pad_end(18), " ", shown.str.pad_end(32), " ", value)
    return _line(line, previous).str.strip_chars_end(_SPACE)


def _ratings() -> pl.Expr:
    return _line(
        "Ratings: ", _text("buy"), " buy, ", _text("hold"), " hold, ", _text("sell"),
        " sell; mean score ", _number("mean_score", ".2f"), " (1 strong buy .. 5 sell)",
    )  # fmt: skip


def _last_price() -> pl.Expr:
    return _line("Last price: ", _money("price"), " ", _text("level_type"), " on ", _text("date"))


def _implied_price() -> pl.Expr:
    flag = _when(pl.col("conflict").fill_null(value=False), " CONFLICT")
    return _line(
        "  implied ", _text("date"), ": ", _money("price"), " (", _text("basis"), ")", flag
    )


def _stake() -> pl.Expr:
    money = _when(_truthy("amount"), _money("amount"))
    count = _when(_truthy("shares"), _number("shares", ",.0f"), " shares")
    size = pl.when(money != "").then(money).otherwise(count)
    return _line(
        "Stake: ", _text("investor"), " ", _text("direction"), _when(size != "", " ", size),
        _when(pl.col("occurred_start").is_not_null(), " (", _text("occurred_start"), "..",
              _text("occurred_end"), ")"),
    )  # fmt: skip


def _ownership_level() -> pl.Expr:
    return _line("Ownership: ", _text("holder"), " ", _repr("percent"), "%")


def _product() -> pl.Expr:
    shown = _when(_truthy("price"), " from ", _money("price"))
    return _line("Product: ", _text("product"), shown, " (launched ", _text("launched"), ")")


def _repr(name: str) -> pl.Expr:
    """A float as ``str(value)`` writes it. Polars writes the same shortest digits, but
    positions those between 1e-5 and 1e-4 where Python writes an exponent, and writes an
    exponent's one digit alone: Python's ``1e-05`` and ``1.5e-07`` are its ``0.00001`` and
    ``1.5e-7``."""
    text = pl.col(name).cast(pl.String)
    parts = text.str.extract_groups(r"^(-?)0\.(0{4,})(\d)(\d*)$")
    sign, zeros, first, rest = (parts.struct.field(str(i)) for i in range(1, 5))
    exponent = (zeros.str.len_chars() + 1).cast(pl.String)
    fraction = pl.when(rest != "").then(pl.concat_str(pl.lit("."), rest)).otherwise(pl.lit(""))
    return (
        pl.when(pl.col(name).is_nan())
        .then(pl.lit("nan"))
        .when(zeros.is_not_null())
        .then(pl.concat_str(sign, first, fraction, pl.lit("e-"), exponent.str.zfill(2)))
        .otherwise(text.str.replace(r"e-(\d)$", "e-0${1}"))
        .fill_null("None")
    )


#: Each section the summary shows, in the order it shows them, with the expression that writes
#: its line for a row.
LINES: Mapping[str, Callable[[], pl.Expr]] = {
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


#: The rows a section shows where not all: a reported level is the last price's line already.
ROWS_SHOWN = {"implied_prices": pl.col("basis") != "reported"}


def shown(name: str) -> list[str]:
    """The columns of section ``name`` its lines read, its subject and those that choose its
    rows (`ROWS_SHOWN`).

    >>> shown("ownership_levels")
    ['holder', 'percent', 'subject']
    """
    read = {*LINES[name]().meta.root_names(), "subject"}
    if name in ROWS_SHOWN:
        read.update(ROWS_SHOWN[name].meta.root_names())
    return sorted({(match["name"] if (match := _SPEC.match(c)) else c) for c in read})


def _grouped(text: pl.Series, where: pl.Series) -> pl.Series:
    """Numbers as written (``-1234.50``), with a comma between thousands (``-1,234.50``)
    ``where`` true; ``inf`` and ``nan`` as they are. Only the numbers of four digits or more
    are rewritten."""
    long = (where & text.str.contains(r"^-?\d{4}")).arg_true()
    if long.is_empty():
        return text
    parts = text.gather(long).str.extract_groups(r"^(-?)(\d+)(.*)$").struct.unnest()
    digits = pl.col("2").str.reverse().str.replace_all(r"(\d{3})", "${1},")
    grouped = parts.select(pl.concat_str("1", digits.str.strip_chars_end(",").str.reverse(), "3"))
    return text.scatter(long, grouped.to_series())


def _numbers(wanted: list[tuple[pl.DataFrame, str]]) -> list[pl.Series]:
    """For each (frame, ``name:spec``) (`_number`), the numbers of the frame's column
    ``name`` as Python's ``format(value, spec)`` writes them; the numbers of all frames are
    written at once.

    NOTE: Polars' CSV writer is the one writer of floats to fixed decimals in Polars; it
    rounds the binary value exactly, as Python does (2.675 is 2.67, 0.125 is 0.12), where a
    cast to Decimal or ``round`` do not. NaN is its ``NaN``, Python's ``nan``.
    """
    matches = []
    for _, spec in wanted:
        if (match := _SPEC.match(spec)) is None:
            raise ValueError(f"not a number's format: {spec!r}")
        matches.append(match)
    out = [pl.Series(spec, dtype=pl.String) for _, spec in wanted]
    for places in sorted({int(m["places"]) for m in matches}):
        chosen = [i for i, m in enumerate(matches) if int(m["places"]) == places]
        parts = [wanted[i][0].get_column(matches[i]["name"]).cast(pl.Float64) for i in chosen]
        group = [pl.repeat(bool(matches[i]["group"]), len(parts[n]), eager=True)
                 for n, i in enumerate(chosen)]  # fmt: skip
        # the flag also keeps every line of the CSV from being empty (a null is an empty field)
        numbers = pl.DataFrame({"group": pl.concat(group), "value": pl.concat(parts)})
        if numbers.is_empty():
            continue  # no row to write: the empty columns are the answer
        csv = numbers.write_csv(include_header=False, float_precision=places)
        text = pl.read_csv(
            io.StringIO(csv), has_header=False, new_columns=numbers.columns, infer_schema=False
        )
        written = text.get_column("value").replace("NaN", "nan")
        written = _grouped(written, numbers.get_column("group"))
        start = 0
        for n, i in enumerate(chosen):
            out[i] = written.slice(start, len(parts[n])).alias(wanted[i][1])
            start += len(parts[n])
    return out


def _specs(line: pl.Expr) -> list[str]:
    """The numbers ``line`` writes (`_number`)."""
    return sorted({name for name in line.meta.root_names() if _SPEC.match(name)})


# where each section's lines go in a subject's block; 3 is the analysts' heading
_SLOTS = dict(zip(LINES, (0, 1, 2, 4, 5, 6, 7, 8, 9, 10), strict=True))
_ANALYSTS, _PRICES = 4, (6, 7)


def summary_lines(sections: Mapping[str, pl.DataFrame], subjects: list[str] | None) -> pl.Series:
    """The summary's lines after its first: one block of every row of every section, or with
    ``subjects`` a block for each of them in that order (a subject's rows only, under its
    name, indented).

    A block is the reported consensus (or none reported), the derived consensus, the fair
    values, the analysts with the rating distribution (or none), the last price and the
    implied prices (or none reported), the stakes, ownership levels and products.
    """
    by_subject = subjects is not None
    who = pl.col("subject").cast(pl.String) if by_subject else pl.lit("")
    written = {name: write() for name, write in LINES.items()}
    wanted = [(sections[name], spec) for name, line in written.items() for spec in _specs(line)]
    numbers = iter(_numbers(wanted))
    rows = pl.concat(
        [
            sections[name]
            .lazy()
            .with_columns([next(numbers) for _ in _specs(line)])
            .select(
                who.alias("who"), pl.lit(_SLOTS[name], pl.Int8).alias("slot"), line.alias("line")
            )
            for name, line in written.items()
        ]
    ).with_row_index("row")
    # NOTE: collected before placing: planned together with the joins below, the sections'
    # expressions took longer to optimise than to run (60 ms against 20 for one subject)
    rows = rows.collect().lazy()
    order = pl.LazyFrame({"who": subjects if by_subject else [""]}, schema={"who": pl.String})
    slot = pl.col("slot")
    has = rows.group_by("who").agg(
        reported=(slot == 0).any(),
        analysts=(slot == _ANALYSTS).any(),
        price=slot.is_in(_PRICES).any(),
    )
    blocks = order.with_row_index("rank").join(has, on="who", how="left").fill_null(value=False)
    placed = pl.concat(
        [
            rows.join(blocks, on="who").filter(pl.col("analysts") | (slot != _ANALYSTS + 1)),
            blocks.filter(~pl.col("reported")).select(
                "rank", slot=0, line=pl.lit("Reported consensus: none reported yet")
            ),
            blocks.select(
                "rank",
                slot=3,
                line=pl.when("analysts")
                .then(pl.lit("Analysts:"))
                .otherwise(pl.lit("Analysts: none")),
            ),
            blocks.filter(~pl.col("price")).select(
                "rank", slot=_PRICES[0], line=pl.lit("Last price: none reported yet")
            ),
        ],
        how="diagonal_relaxed",
    )
    if by_subject:  # each block under its subject's name, after an empty line
        heads = blocks.select("rank", slot=-2, line=pl.lit(""))
        names = blocks.select("rank", slot=-1, line=pl.col("who") + ":")
        placed = pl.concat(
            [placed.with_columns(line="  " + pl.col("line")), heads, names], how="diagonal_relaxed"
        )
    ordered = placed.sort("rank", "slot", "row", nulls_last=False)
    return ordered.select("line").collect().to_series()
