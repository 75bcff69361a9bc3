"""The ``timeline`` command line.

Exit codes: 0 ok; 1 a user error (one line on stderr says why and what to do); 2 a data problem
found by ``verify``.
"""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer
from rich.console import Console

from timeline.errors import TimelineError
from timeline.events import KINDS, event_json_schema
from timeline.store import open_store

__all__ = ["app", "main"]

app = typer.Typer(
    name="timeline",
    help="Turn financial news into a point-in-time event log you can query as of any date.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="markdown",
)
_out = Console(highlight=False, soft_wrap=True)
_err = Console(stderr=True, highlight=False)

StoreOption = Annotated[
    str | None,
    typer.Option(
        "--store",
        help="Event store folder or URL. Default: $TIMELINE_STORE, else ./.timeline",
        show_default=False,
    ),
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON for programs.")]


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
    _out.print_json(json.dumps(doc))


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
        _out.print_json(json.dumps({"events": report.events_checked, "problems": problems}))
    else:
        _out.print(f"{st.uri}: {report}")
    if not report.ok:
        raise typer.Exit(2)


def _fail(message: str) -> None:
    _err.print(f"timeline: {message}", markup=False)
    raise typer.Exit(1)


def main(argv: list[str] | None = None) -> None:
    """Entry point of the ``timeline`` console script."""
    try:
        app(args=argv, standalone_mode=True)
    except TimelineError as exc:
        _err.print(f"timeline: {exc}", markup=False)
        sys.exit(1)
