from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import polars as pl
from polars.io.plugins import register_io_source

from tests.conftest import MakeEvent
from timeline import Timeline
from timeline.articles import Article
from timeline.events import FACT_KEYS
from timeline.extract import RuleExtractor
from timeline.front import _summary_plans
from timeline.log import EventLog
from timeline.projections.registry import read
from timeline.state import SUMMARY_COLUMNS, SUMMARY_SECTIONS

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def test_summary_names_the_answers() -> None:
    text = Timeline.from_articles([SEEDS]).asof("2026-01-05", subject="BABA").summary()
    assert "Reported consensus: about $205.00" in text
    assert "Arete" in text
    assert "Neutral (hold, downgrade)" in text
    assert "Fair value (not in the consensus): Morningstar $258.00" in text
    assert "Last price: $155.74 close on 2026-01-02" in text
    assert "implied 2026-01-01: $146.39" in text


def test_html_escapes_article_text() -> None:
    text = 'Headline\n<script>alert("x")</script> Goldman Sachs raised its price target to $230.'
    art = Article.from_text(text, published="2025-03-07", subject="ACME")
    state = Timeline.from_events(RuleExtractor().extract(art)).asof("2025-03-08")
    page = state._repr_html_()
    assert "<script>" not in page
    assert "&lt;script&gt;" in page


def test_to_dict_is_json() -> None:
    state = Timeline.from_articles([SEEDS]).asof("2026-01-05")
    doc = json.loads(json.dumps(state.to_dict()))
    assert doc["reported_consensus"][0]["value"] == 205.0
    assert doc["analysts"]
    assert doc["last_price"][0]["date"] == "2026-01-02"


def test_a_state_of_several_subjects_labels_each(make_event: MakeEvent) -> None:
    events = [
        make_event(subject="BABA", firm="JPMorgan", value=230.0),
        make_event(subject="NVDA", firm="UBS", value=200.0),
        make_event("price_level", subject="NVDA", price=180.5, currency="USD"),
    ]
    text = Timeline.from_events(events).asof("2025-12-31").summary()
    baba, nvda = text.split("\n\nBABA:\n")[1].split("\n\nNVDA:\n")
    assert ("target $230.00" in baba, "UBS" in baba, "$180.50" in baba) == (True, False, False)
    assert ("target $200.00" in nvda, "Last price: $180.50" in nvda) == (True, True)
    one = Timeline.from_events(events).asof("2025-12-31", subject="NVDA").summary()
    assert ("NVDA:" in one, "Last price: $180.50" in one) == (False, True)


def test_each_subject_of_a_summary_reads_as_its_own_state() -> None:
    tl = Timeline.from_articles([SEEDS, SEEDS.parent / "tests" / "articles"])
    state = tl.asof("2026-06-01")
    assert len(state.subjects()) > 2
    blocks = state.summary().split("\n\n")[1:]
    for subject, block in zip(state.subjects(), blocks, strict=True):
        own = state.of(subject).summary().splitlines()[1:]
        assert block.splitlines() == [f"{subject}:", *(f"  {line}" for line in own)]


def test_the_summary_of_its_own_sections_given_the_subjects_is_the_whole_summary() -> None:
    tl = Timeline.from_articles([SEEDS, SEEDS.parent / "tests" / "articles"])
    whole = tl.asof("2026-06-01")
    part = tl.asof("2026-06-01", only=SUMMARY_SECTIONS)
    assert set(part.subjects()) < set(whole.subjects())  # an index only moves: no section shown
    assert part.summary(tl.subjects("2026-06-01")) == whole.summary()


def test_a_summary_reads_the_columns_it_declares() -> None:
    # the columns Polars' optimiser reads for the summary's plans, from a source that records
    # them: none other may be left unread (`read(columns=...)` makes them null). The plans
    # read the withdrawal rule's spans, which the read computes from the ids
    # (`knowledge.spans_once`): those are what it must read
    schema = read(EventLog().lazy(), SUMMARY_SECTIONS, rows_of=FACT_KEYS).collect_schema()
    seen: set[str] = set()

    def source(
        with_columns: list[str] | None, predicate: Any, n_rows: Any, batch_size: Any
    ) -> Iterator[pl.DataFrame]:
        columns = list(schema) if with_columns is None else with_columns
        seen.update(columns)
        yield pl.DataFrame(schema={c: schema[c] for c in columns})

    events = register_io_source(source, schema=schema)
    for subject in (None, "BABA"):
        sections, every = _summary_plans(events, "2026-01-05", None, subject)
        pl.collect_all([*sections.values(), *every])
    spans, ids = (
        {"known_from", "known_until"},
        {"event_id", "target_event_id", "replacement_event_id"},
    )
    assert spans <= seen
    assert sorted((seen - spans) | ids) == sorted(SUMMARY_COLUMNS)
