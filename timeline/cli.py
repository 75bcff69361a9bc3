"""The ``timeline`` command line.

Exit codes: 0 ok; 1 a user error (one line on stderr says why and what to do); 2 a data problem
found by ``verify``.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sys
import warnings
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn, TextIO

import polars as pl
import typer

# NOTE: the commands that read articles import the extractor themselves (its patterns, exchange
# calendars and tables take a while to load): the store's commands, `asof` first, start without
from timeline._time import Instant, as_instant, to_utc
from timeline.entities import canonical
from timeline.errors import SealedGold, StoreCorrupt, TimelineError
from timeline.events import KINDS, event_json_schema
from timeline.front import Timeline
from timeline.log import frame_to_events
from timeline.projections.registry import PROJECTIONS
from timeline.store import DeltaStore, EventSource, open_store

if TYPE_CHECKING:
    from rich.console import Console
    from rich.table import Table

    from timeline.evaluate import EvalReport
    from timeline.state import State

__all__ = ["app", "main"]

app = typer.Typer(
    name="timeline",
    help="Turn financial news into a point-in-time event log you can query as of any date.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="markdown",
)


# NOTE: Rich loads when a command first prints through it (`timeline asof`'s text does not)
@cache
def _out() -> Console:
    from rich.console import Console  # noqa: PLC0415

    return Console(highlight=False, soft_wrap=True)


@cache
def _err() -> Console:
    from rich.console import Console  # noqa: PLC0415

    return Console(stderr=True, highlight=False, soft_wrap=True)  # a message is one line


# Exit codes, apart from Click's own 2 for a malformed command line (an unknown option, a
# missing argument): the README lists them.
EXIT_USER = 1  # a user error, said in one line
EXIT_DATA = 3  # a data problem: verify found one, or the store refuses to serve


class Engine(StrEnum):
    """Where `timeline asof` runs the projections."""

    polars = "polars"
    spark = "spark"


StoreOption = Annotated[
    str | None,
    typer.Option(
        "--store",
        help="Event store folder or URL. Default: $TIMELINE_STORE, else ./.timeline",
        show_default=False,
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON for programs.")]
SubjectOption = Annotated[
    str | None, typer.Option("--subject", help="One company, e.g. BABA.", show_default=False)
]
ArticleSubjectOption = Annotated[
    str | None,
    typer.Option(
        "--subject",
        help="The company the articles are about (a ticker or name), when the extractor "
        "would pick another.",
        show_default=False,
    ),
]
PathsArgument = Annotated[
    list[Path],
    typer.Argument(
        help="Articles: text files, saved web pages (.html), exports (.jsonl, .parquet, .csv), "
        "RSS or Atom feeds, or folders of them.",
        show_default=False,
    ),
]
MapOption = Annotated[
    str | None,
    typer.Option(
        "--map",
        help="An export's fields with other names than the common ones, as "
        "field=column pairs: body=content,published=time (fields: body, title, published, "
        "url, outlet, subject, id).",
        show_default=False,
    ),
]
PublishedOption = Annotated[
    str | None,
    typer.Option(
        "--published",
        help="Publication date YYYY-MM-DD (or a time with its zone, 2026-01-08T14:30:00+00:00) "
        "for articles with no manifest entry or dateline.",
        show_default=False,
    ),
]


def _date(value: str | None, option: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        _fail(f"{option} {value!r} is not a date; write it as YYYY-MM-DD")


_ZONE = re.compile(r"(?:Z|[+-]\d{2}:?\d{2})$")


def _published(value: str | None) -> dt.date | dt.datetime | None:
    """``--published``: a date, or a time with its zone (a time without one is refused)."""
    if value is None or len(value.strip()) <= 10:
        return _date(value, "--published")
    try:
        when = to_utc(value) if _ZONE.search(value.strip()) else None
    except TimelineError:
        when = None
    if when is None:
        _fail(
            f"--published {value!r} is neither a date (YYYY-MM-DD) nor a time with its zone "
            "(2026-01-08T14:30:00+00:00)"
        )
    return when


def _report_failures(failures: tuple[tuple[Path, TimelineError], ...]) -> None:
    for _, error in failures:
        _err().print(f"timeline: {error}", markup=False)


@app.command()
def schema(
    kind: Annotated[
        str | None, typer.Argument(help="One kind only, e.g. price_target.", show_default=False)
    ] = None,
) -> None:
    """Print the JSON Schema of every event kind (or of one).

    Example: `timeline schema price_target`
    """
    doc = event_json_schema()
    if kind is not None:
        if kind not in KINDS:
            _fail(f"unknown kind {kind!r}; known kinds: {', '.join(KINDS)}")
        doc = KINDS[kind].model_json_schema()
    _out().print_json(json.dumps(doc))


@app.command()
def verify(store: StoreOption = None, as_json: JsonOption = False) -> None:
    """Recompute every event's hash and check the log's sequence; exit 2 on problems.

    Example: `timeline verify --store .timeline`
    """
    st = open_store(store)
    report = st.verify()
    if as_json:
        problems = [
            {"check": p.check, "seq": p.seq, "event_id": p.event_id, "detail": p.detail}
            for p in report.problems
        ]
        _out().print_json(json.dumps({"events": report.events_checked, "problems": problems}))
    else:
        _out().print(f"{st.uri}: {report}", markup=False)
    if not report.ok:
        raise typer.Exit(EXIT_DATA)


@app.command()
def optimize(store: StoreOption = None) -> None:
    """Rewrite the store's data files sorted by subject: one subject's reads (`asof
    --subject`) then touch one file. It reads and rewrites the whole log: run it now and then.

    Example: `timeline optimize --store .timeline`
    """
    st = open_store(store)
    version = st.optimize()
    _out().print(f"{st.uri}: data files sorted by subject (table version {version})", markup=False)


@app.command()
def extract(
    paths: PathsArgument,
    published: PublishedOption = None,
    subject: ArticleSubjectOption = None,
    fields: MapOption = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="One JSON object per event, and nothing else.")
    ] = False,
) -> None:
    """Extract events from articles without storing them.

    Example: `timeline extract seeds/004_be3f86df37a2d424.txt --json`
    """
    from rich.markup import escape  # noqa: PLC0415

    from timeline.ingest import extract_articles  # noqa: PLC0415
    from timeline.sources import load_articles, parse_mapping  # noqa: PLC0415 - imports' NOTE

    mapping = parse_mapping(fields)
    loaded = load_articles(paths, published=_published(published), subject=subject, mapping=mapping)
    events = extract_articles(loaded.articles)
    if as_json:
        for event in events:
            sys.stdout.write(event.model_dump_json(exclude={"recorded_at", "seq"}) + "\n")
    else:
        for event in events:
            values = ", ".join(f"{k}={v}" for k, v in event.ev_payload().items() if v is not None)
            when = (
                f"{event.occurred_start}..{event.occurred_end} ({event.occurred_precision})"
                if event.occurred_start
                else "unknown"
            )
            _out().print(f"[bold]{event.kind}[/] {escape(f'{event.subject} {when}: {values}')}")
            _out().print(f"    [dim]{escape(event.quote)}[/]")
    _report_failures(loaded.failures)
    if loaded.failures:
        raise typer.Exit(EXIT_USER)


@app.command("ingest")
def ingest_command(
    paths: PathsArgument,
    published: PublishedOption = None,
    store: StoreOption = None,
    subject: ArticleSubjectOption = None,
    fields: MapOption = None,
    allow_future: Annotated[
        bool,
        typer.Option(
            "--allow-future",
            help="Accept articles published after now (a simulation); refused by default.",
        ),
    ] = False,
) -> None:
    """Extract events from articles and append them to the store.

    Example: `timeline ingest seeds/`
    """
    from timeline.ingest import ingest  # noqa: PLC0415 - see the imports' NOTE
    from timeline.sources import parse_mapping  # noqa: PLC0415

    mapping = parse_mapping(fields)
    st = open_store(store)
    report = ingest(
        paths,
        store=st,
        published=_published(published),
        subject=subject,
        allow_future=allow_future,
        mapping=mapping,
    )
    _out().print(f"{st.uri}: {report}", markup=False)
    _report_failures(report.failures)
    if report.failures:
        raise typer.Exit(EXIT_USER)


@app.command("eval")
def eval_command(
    gold: Annotated[
        Path, typer.Option("--gold", help="Folder of gold TOML files (one per article).")
    ] = Path("seeds/gold"),
    as_json: JsonOption = False,
    mistakes: Annotated[
        bool, typer.Option("--mistakes", help="List every missed and extra event.")
    ] = False,
    events: Annotated[
        Path | None,
        typer.Option(
            "--events",
            help="Score these extracted events (JSON lines from `timeline extract --json`) "
            "instead of running the extractor.",
        ),
    ] = None,
) -> None:
    """Score extraction against gold annotations: precision, recall, F1, date accuracy.

    Example: `timeline eval --gold tests/corpus/dev/gold`. A sealed set (a SEALED file in the
    gold folder) shows its totals only.
    """
    from timeline.evaluate import EventsFile, evaluate  # noqa: PLC0415 - only this command
    from timeline.extract import RuleExtractor  # noqa: PLC0415 - see the imports' NOTE

    if not gold.is_dir():
        _fail(f"no gold folder at {gold}; pass --gold with a folder of *.toml gold files")
    if events is not None and not events.is_file():
        _fail(f"no events file at {events}; write one with `timeline extract ... --json`")
    report = evaluate(gold, EventsFile(events) if events else RuleExtractor())
    if mistakes and report.sealed:
        _fail(str(SealedGold("its mistakes")))
    _print_report(report, as_json=as_json)
    if as_json:
        return
    if mistakes:
        for line in report.mistakes():
            _out().print(line, markup=False)


def _print_report(report: EvalReport, *, as_json: bool) -> None:
    """Per-kind, core and overall scores (per article too, unless the set is sealed)."""
    if as_json:
        doc: dict[str, object] = {
            "overall": report.overall(),
            "core": report.core(),
            "by_kind": report.by_kind().to_dicts(),
        }
        if not report.sealed:
            doc["by_article"] = report.by_article().to_dicts()
        _out().print_json(json.dumps(doc))
        return
    tables = [("by kind", report.by_kind())]
    if not report.sealed:
        tables.append(("by article", report.by_article()))
    for title, frame in tables:
        _out().print(_frame_table(title, frame))
    for name, o in (("core", report.core()), ("overall", report.overall())):
        _out().print(
            f"{name}: precision {o['precision']:.3f}  recall {o['recall']:.3f}  "
            f"f1 {o['f1']:.3f}  date accuracy {o['date_accuracy']:.3f}  ({o['gold']:.0f} gold, "
            f"{o['extracted']:.0f} extracted)"
        )


def _frame_table(title: str, frame: pl.DataFrame) -> Table:
    from rich.table import Table  # noqa: PLC0415

    table = Table(title=title, title_justify="left")
    for col in frame.columns:
        table.add_column(col, justify="right" if frame[col].dtype.is_numeric() else "left")
    for row in frame.iter_rows():
        table.add_row(*(f"{v:.3f}" if isinstance(v, float) else str(v) for v in row))
    return table


@app.command()
def asof(
    at: Annotated[
        str,
        typer.Argument(
            help="The date whose state you want, YYYY-MM-DD (its whole day), or an instant "
            "with its zone, 2026-02-12T10:00:00+09:00 (reports up to that instant)."
        ),
    ],
    known_at: Annotated[
        str | None,
        typer.Option(
            "--known-at",
            help="Count reports up to this date or instant (default: AT, no look-ahead).",
            show_default=False,
        ),
    ] = None,
    subject: SubjectOption = None,
    only: Annotated[
        str | None,
        typer.Option(
            "--only",
            help="Only these parts of the state, as tables, comma-separated: "
            + ", ".join(PROJECTIONS)
            + ".",
            show_default=False,
        ),
    ] = None,
    store: StoreOption = None,
    as_json: JsonOption = False,
    engine: Annotated[
        Engine,
        typer.Option(
            "--engine",
            help="Where the projections run: polars (this process) or spark (a Spark "
            "cluster, per subject; needs `pip install 'timeline[spark]'` and Java 17+).",
        ),
    ] = Engine.polars,
    master: Annotated[
        str | None,
        typer.Option(
            "--master",
            help="With --engine spark: the cluster, spark://host:port (default: "
            "$SPARK_MASTER, else local[*], this machine's cores).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Print the state as of a date: consensus, analysts, prices, stakes, products.

    Example: `timeline asof 2025-12-31 --subject BABA`, or
    `timeline asof 2025-12-31 --only analysts,last_price`, or on a Spark cluster
    `timeline asof 2025-12-31 --engine spark --master spark://head:7077`
    """
    when = _instant(at, "AT")
    known = _instant(known_at, "--known-at") if known_at is not None else None
    parts = [p.strip() for p in only.split(",") if p.strip()] if only is not None else None
    if unknown := [p for p in parts or [] if p not in PROJECTIONS]:
        _fail(f"--only {', '.join(unknown)}: not a part of the state; choose among "
              f"{', '.join(PROJECTIONS)}")  # fmt: skip
    who = canonical(subject) if subject else None
    st = open_store(store)
    if engine is Engine.spark:
        state = _on_spark(st, when, known, who, parts, master)
        if parts is None and not as_json:
            _print_text(state.summary())
            return
    else:
        tl = Timeline.open(st, subject=who)  # one subject: only the files that may hold it
        _hint_unknown_subject(tl, who, st)
        if parts is None and not as_json:
            _print_text(_summary(tl, when, known, who))
            return
        state = tl.asof(when, known, subject=who, only=parts)
    if as_json:
        _out().print_json(json.dumps(state.to_dict()))
    else:
        for name, frame in state.frames().items():
            _out().print(_frame_table(f"{PROJECTIONS[name].title} ({frame.height})", frame))


def _on_spark(
    store: DeltaStore,
    at: Instant,
    known_at: Instant | None,
    subject: str | None,
    only: list[str] | None,
    master: str | None,
) -> State:
    """The state as of ``at`` with every projection run on a Spark cluster."""
    from timeline import spark  # noqa: PLC0415 - only this engine loads pyspark

    with spark.session(master or os.environ.get("SPARK_MASTER")) as session:
        return spark.asof(session, store, at, known_at, subject=subject, only=only)


def _summary(tl: Timeline, at: Instant, known_at: Instant | None, subject: str | None) -> str:
    """The state's text summary (`Timeline.summary`: the sections it shows only, and the
    subjects from the same read of the events)."""
    return tl.summary(at, known_at, subject=subject)


def _print_text(text: str) -> None:
    """Plain text as it is: Rich would first make it styled text (emoji codes replaced, tabs
    expanded, every line measured), seconds for the state of thousands of companies."""
    sys.stdout.write(f"{text}\n")


@app.command()
def diff(
    start: Annotated[str, typer.Argument(help="From this date, YYYY-MM-DD.")],
    end: Annotated[str, typer.Argument(help="To this date, YYYY-MM-DD.")],
    subject: SubjectOption = None,
    store: StoreOption = None,
    as_json: JsonOption = False,
) -> None:
    """What changed between two dates: new and withdrawn facts, changed opinions.

    Example: `timeline diff 2025-12-29 2026-01-05`
    """
    a, b = _required_date(start, "START"), _required_date(end, "END")
    if b < a:
        _fail(f"END {end} is before START {start}; give the earlier date first")
    who = canonical(subject) if subject else None
    st = open_store(store)
    tl = Timeline.open(st, subject=who)
    _hint_unknown_subject(tl, who, st)
    changes = tl.diff(a, b, subject=who)
    if as_json:
        _out().print_json(changes.write_json())
    else:
        _out().print(_frame_table(f"changes {start} -> {end}", changes))


@app.command()
def run(
    seeds: Annotated[Path, typer.Option("--seeds", help="Folder of articles.")] = Path("seeds"),
    store: StoreOption = None,
) -> None:
    """The main job: ingest the seeds into the store, then print the as-of answers.

    Example: `timeline run`
    """
    from timeline.articles import run_questions  # noqa: PLC0415 - see the imports' NOTE
    from timeline.ingest import ingest  # noqa: PLC0415

    if not seeds.is_dir():
        _fail(
            f"no folder of articles at {seeds}: run `timeline run` in the repository's root, "
            "where seeds/ is, or pass --seeds FOLDER"
        )
    st = open_store(store)
    report = ingest([seeds], store=st)
    _out().print(f"ingested {seeds} into {st.uri}: {report}", markup=False)
    _report_failures(report.failures)
    check = st.verify()
    _out().print(f"verify: {check}", markup=False)
    tl = Timeline.open(st)
    asked = run_questions(seeds)  # the manifest's questions, else the data's own
    frame = tl.log.frame
    dates = (
        list(asked.dates) or sorted(set(frame.get_column("reported_at").dt.date().to_list()))[-6:]
    )
    subject = asked.subject or _most_told(frame)
    consensus = tl.project_reported_consensus(dates)
    _out().print("\nReported consensus target as of each date:")
    for day in dates:
        rows = consensus.filter(pl.col("at") == day)
        found = ", ".join(f"{r['subject']} ~${r['value']:.2f}" for r in rows.iter_rows(named=True))
        _out().print(f"  {day}: {found or 'none reported yet'}", markup=False)
    if subject is not None and dates:
        _out().print()
        _print_text(_summary(tl, dates[-1], None, subject))
    if not check.ok:
        raise typer.Exit(EXIT_DATA)


def _most_told(frame: pl.DataFrame) -> str | None:
    """The company the most events are about."""
    counts = frame.group_by("subject").len().sort(["len", "subject"], descending=[True, False])
    return counts.get_column("subject")[0] if counts.height else None


ChartKind = Annotated[
    str,
    typer.Argument(
        help="timeline, consensus, price, ownership, kpis, explorer, or event-study (needs "
        "prices: `timeline prices add`)."
    ),
]


@app.command()
def chart(
    kind: ChartKind,
    out: Annotated[Path, typer.Option("--out", help="Where to write: .png, .svg or .html.")],
    at: Annotated[
        str | None,
        typer.Option("--at", help="As of this date (YYYY-MM-DD); default: the last report drawn."),
    ] = None,
    start: Annotated[
        str | None,
        typer.Option(
            "--start",
            help="Series start for consensus and explorer; default: the first report drawn.",
        ),
    ] = None,
    subject: SubjectOption = None,
    store: StoreOption = None,
) -> None:
    """Draw a chart of the store and write it as PNG, SVG or self-contained HTML, offline.

    Example: `timeline chart consensus --out consensus.png --subject BABA`
    """
    from timeline import charts  # noqa: PLC0415 - altair and vl-convert load only for charts

    if kind != "event-study" and kind not in charts.CHARTS:
        _fail(f"unknown chart {kind!r}; choose one of {', '.join(charts.CHARTS)}")
    if out.suffix.lower() not in (".png", ".svg", ".html"):
        _fail(f"cannot write {out.name}: give --out a .png, .svg or .html file name")
    who = canonical(subject) if subject else None
    st = open_store(store)
    if kind == "event-study":
        _event_study_chart(out, at, who, st)
        return
    tl = Timeline.open(st)
    drawing = charts.CHARTS[kind]
    first_report, last_report = _reported_span(tl, drawing.kinds, who, kind)
    day = _date(at, "--at") or last_report
    first = _date(start, "--start") or first_report
    if day < first_report:
        _fail(
            f"nothing to draw: the first {kind} data{_for(who)} is reported on {first_report}, "
            f"after --at {day}"
        )
    bars = st.prices.read() if drawing.takes_prices else None
    written = charts.save_chart(
        drawing.draw(tl, at=day, start=first, subject=who, prices=bars), out
    )
    _out().print(f"wrote {written}", markup=False)


def _event_study_chart(out: Path, at: str | None, who: str | None, st: DeltaStore) -> None:
    """The event study of the store's news over its prices, as of ``at`` (default: today)."""
    from timeline import charts  # noqa: PLC0415

    prices = st.prices.read()
    if prices.filter(pl.col("subject") == who).is_empty() if who else prices.is_empty():
        _fail(f"no prices{_for(who)} in the store: add daily bars with `timeline prices add FILE`")
    day = _date(at, "--at") or dt.date.today()
    study = Timeline.open(st).event_study(prices, day, subject=who)
    if study.is_empty():
        _fail(
            f"nothing to draw: no rating change, target change or stake purchase{_for(who)} "
            f"with a close before and after it, known on {day}"
        )
    written = charts.save_chart(charts.plot_event_study(study), out)
    _out().print(f"wrote {written}: {study.get_column('event_id').n_unique()} events", markup=False)


prices_app = typer.Typer(
    help="Daily price bars kept beside the log, point in time.", no_args_is_help=True
)
app.add_typer(prices_app, name="prices")


@prices_app.command("add")
def prices_add(
    file: Annotated[
        Path,
        typer.Argument(
            help="A CSV or Parquet file: date, close, optional open, high, "
            "low, volume, currency, subject.",
            show_default=False,
        ),
    ],
    subject: Annotated[
        str | None,
        typer.Option(
            "--subject", help="The company, for a file with no subject column.", show_default=False
        ),
    ] = None,
    currency: Annotated[
        str | None,
        typer.Option(
            "--currency",
            help="The currency, for a file with no currency column.",
            show_default=False,
        ),
    ] = None,
    store: StoreOption = None,
) -> None:
    """Add daily bars to the store; each is known from its session's close.

    Example: `timeline prices add zvx.csv --subject ZVX`
    """
    from timeline.prices import read_prices  # noqa: PLC0415

    bars = read_prices(file, subject=subject, currency=currency)
    st = open_store(store)
    added, held = st.prices.add(bars)
    subjects = ", ".join(bars.get_column("subject").unique().sort().to_list())
    _out().print(f"{st.uri}: {added} bars added, {held} already held ({subjects})", markup=False)


def _for(subject: str | None) -> str:
    return f" for {subject}" if subject else ""


def _subjects(tl: Timeline) -> str:
    """The store's subjects, the first twelve, for a hint."""
    known = tl.events().select(pl.col("subject").unique().sort()).collect().to_series().to_list()
    return ", ".join(known[:12]) + (", ..." if len(known) > 12 else "")


def _hint_unknown_subject(
    tl: Timeline, subject: str | None, store: EventSource | None = None
) -> None:
    """Say on stderr when a subject has no events at all (a typo, or another alias). ``store``:
    where to list the subjects when ``tl`` holds only ``subject``'s events."""
    if subject is None or tl.events(subject).head(1).collect().height:
        return
    every = Timeline.open(store) if store is not None else tl
    _err().print(
        f"timeline: no events for {subject} in the store; its subjects: "
        f"{_subjects(every) or 'none'}",
        markup=False,
    )


def _reported_span(
    tl: Timeline, kinds: tuple[str, ...] | None, subject: str | None, chart: str
) -> tuple[dt.date, dt.date]:
    """The first and last report dates of what a chart draws; an empty chart is refused."""
    lf = tl.events(subject)
    if kinds is not None:
        lf = lf.filter(pl.col("kind").is_in(kinds))
    first, last = (
        lf.select(
            pl.col("reported_at").min().dt.date().alias("first"),
            pl.col("reported_at").max().dt.date().alias("last"),
        )
        .collect()
        .row(0)
    )
    if first is None:
        subjects = _subjects(tl)
        hint = f"; subjects in the store: {subjects}"
        _fail(
            f"nothing to draw: no {chart} data{_for(subject)} in the store"
            + (hint if subject and subjects else "")
        )
    return first, last


@app.command()
def review(
    article: Annotated[Path, typer.Argument(help="The article to review.")],
    out: Annotated[Path, typer.Option("--out", help="Where to write the HTML page.")] = Path(
        "review.html"
    ),
    published: PublishedOption = None,
    subject: ArticleSubjectOption = None,
) -> None:
    """Write an HTML page: the article with each event's span highlighted, events beside.

    Example: `timeline review seeds/004_be3f86df37a2d424.txt --out review.html`
    """
    from timeline.review import review as make_review  # noqa: PLC0415

    page = make_review(article, published=published, subject=subject)
    written = page.write(out)
    gold = (
        f"; gold {page.gold.name}: {len(page.missed)} missed, {len(page.extra)} extra"
        if page.gold
        else ""
    )
    _out().print(f"wrote {written}: {len(page.events)} events{gold}", markup=False)


@app.command()
def events(
    subject: Annotated[
        str | None, typer.Option("--subject", help="Only this company.", show_default=False)
    ] = None,
    kind: Annotated[
        list[str] | None,
        typer.Option("--kind", help="Only these kinds (repeat).", show_default=False),
    ] = None,
    firm: Annotated[
        str | None, typer.Option("--firm", help="Only this firm or investor.", show_default=False)
    ] = None,
    since: Annotated[
        str | None,
        typer.Option("--since", help="Reported on or after YYYY-MM-DD.", show_default=False),
    ] = None,
    until: Annotated[
        str | None,
        typer.Option("--until", help="Reported on or before YYYY-MM-DD.", show_default=False),
    ] = None,
    limit: Annotated[
        int | None,
        typer.Option(
            "--limit", help="At most this many rows (0: all); default 50, all with --json."
        ),
    ] = None,
    store: StoreOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per event.")] = False,
) -> None:
    """List the events in the store, filtered.

    Example: `timeline events --subject BABA --kind price_target --since 2025-12-01`
    """
    for k in kind or []:
        if k not in KINDS:
            _fail(f"unknown kind {k!r}; known kinds: {', '.join(KINDS)}")
    day = pl.col("reported_at").dt.date()
    who = canonical(firm) if firm else None
    wanted = [
        pl.col("subject") == canonical(subject) if subject else None,
        pl.col("kind").is_in(kind) if kind else None,
        ((pl.col("firm") == who) | (pl.col("investor") == who)) if who else None,
        day >= _required_date(since, "--since") if since else None,
        day <= _required_date(until, "--until") if until else None,
    ]
    from timeline.store.articles import with_provenance  # noqa: PLC0415 - see the imports' NOTE

    st = open_store(store)
    lf = st.load().lazy()
    for condition in (w for w in wanted if w is not None):
        lf = lf.filter(condition)
    matched = lf.sort("seq").collect()
    shown = limit if limit is not None else (0 if as_json else 50)
    frame = matched.head(shown) if shown else matched
    sources = with_provenance(frame.select("source_id"), st.articles.read())
    if as_json:
        for e, outlet, url in zip(
            frame_to_events(frame), sources["outlet"], sources["url"], strict=True
        ):
            row = {**e.model_dump(mode="json"), "outlet": outlet, "url": url}
            sys.stdout.write(json.dumps(row) + "\n")
        return
    who_what = pl.coalesce("firm", "investor", "holder", "product", "metric", "indicator")
    rows = frame.select(
        "seq",
        "kind",
        "subject",
        pl.col("reported_at").dt.date().alias("reported"),
        pl.format("{}..{}", "occurred_start", "occurred_end").alias("happened"),
        who_what.alias("who/what"),
        pl.coalesce("value", "price", "percent", "amount").alias("value"),
        "source_id",
        # the outlet, when the store knows any (articles ingested with their provenance)
        *([sources["outlet"]] if sources["outlet"].is_not_null().any() else []),
    )
    title = (
        f"{frame.height} of {matched.height} events (--limit 0 shows all)"
        if frame.height < matched.height
        else f"{matched.height} events"
    )
    _out().print(_frame_table(title, rows))


@app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True})
def lab(
    ctx: typer.Context,
    folder: Annotated[Path, typer.Option("--notebooks", help="Folder to open.")] = Path(
        "notebooks"
    ),
) -> None:
    """Open JupyterLab on the notebooks (extra options go to JupyterLab).

    Example: `timeline lab --port 8890`
    """
    if not folder.is_dir():
        _fail(f"no folder {folder}; run from the project root or pass --notebooks")
    command = [sys.executable, "-m", "jupyter", "lab", f"--ServerApp.root_dir={folder}", *ctx.args]
    os.execv(sys.executable, command)  # JupyterLab takes this process's place (and signals)


def _instant(value: str, name: str) -> str:
    """A date (its whole day) or an instant with its zone (that instant), checked."""
    try:
        as_instant(value)
    except TimelineError:
        _fail(
            f"{name} {value!r} is neither a date (YYYY-MM-DD) nor an instant "
            "(2026-02-12T10:00:00+09:00)"
        )
    return value


def _required_date(value: str, name: str) -> dt.date:
    day = _date(value, name)
    if day is None:
        _fail(f"{name} is required, as YYYY-MM-DD")
    return day


def _fail(message: str) -> NoReturn:
    _err().print(f"timeline: {message}", markup=False)
    raise typer.Exit(EXIT_USER)


def main(argv: list[str] | None = None) -> None:
    """Entry point of the ``timeline`` console script."""
    warnings.showwarning = _warn_in_one_line
    try:
        app(args=argv, standalone_mode=True)
    except TimelineError as exc:
        _err().print(f"timeline: {exc}", markup=False)
        sys.exit(EXIT_DATA if isinstance(exc, StoreCorrupt) else EXIT_USER)


def _warn_in_one_line(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: TextIO | None = None,
    line: str | None = None,
) -> None:
    """A warning is news for the user, not a line of our source code."""
    _err().print(f"timeline: warning: {message}", markup=False)
