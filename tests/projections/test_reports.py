from __future__ import annotations

import polars as pl
import pytest

from tests.projections.conftest import Build, lazy
from timeline.events import FACT_KEYS
from timeline.projections import project_conflicts, project_reported_facts
from timeline.projections._core import reports, stories
from timeline.projections.reports import fact_label

Q3 = {"occurred_start": "2025-07-01", "occurred_end": "2025-09-30", "occurred_precision": "quarter"}
KPI = {"metric": "revenue", "segment": "cloud", "unit": "percent"}


def test_the_same_fact_from_three_articles_shows_once(ev: Build) -> None:
    log = lazy(
        ev("financial_kpi", "2025-12-06", value=34.0, basis="yoy", source_id="a", **KPI, **Q3),
        ev("financial_kpi", "2025-12-30", value=34.0, basis="change", source_id="b", **KPI),
        ev("financial_kpi", "2026-01-04", value=34.0, basis="yoy", source_id="c", **KPI, **Q3),
    )
    [fact] = project_reported_facts(log, "2026-01-05").collect().to_dicts()
    assert (fact["reports"], fact["sources"]) == (3, ["a", "b", "c"])
    assert fact["occurred_precision"] == "quarter"  # the most precise period any report gave


def test_copies_of_one_story_are_one_report_with_their_sources(ev: Build) -> None:
    def told(quote: str) -> dict[str, object]:
        return {"quote": quote, "span_start": 0, "span_end": len(quote)}

    wire = "Zorvex said cloud revenue grew 34% in the third quarter."
    log = lazy(
        ev("financial_kpi", "2025-12-06", value=34.0, source_id="a", **told(wire), **KPI, **Q3),
        # the wire's story on another outlet: the same sentence, cased and spaced its own way
        ev(
            "financial_kpi",
            "2025-12-06",
            value=34.0,
            source_id="b",
            **told(wire.upper().replace(" ", "  ")),
            **KPI,
            **Q3,
        ),
        ev(
            "financial_kpi",
            "2025-12-07",
            value=34.0,
            source_id="c",
            **told("Cloud sales rose 34% in Q3, the company said."),
            **KPI,
            **Q3,
        ),
    )
    [fact] = project_reported_facts(log, "2026-01-05").collect().to_dicts()
    assert (fact["reports"], fact["sources"]) == (2, ["a", "b", "c"])


def _stories_of(*quotes: str) -> int:
    told = pl.DataFrame({"quote": list(quotes), "source_id": [f"s{i}" for i in range(len(quotes))]})
    return int(told.select(stories().implode()).select(reports()).item())


@pytest.mark.parametrize(
    "copy",
    [
        # a house style's edits of a wire sentence
        "Shares of Kestrel Mining Ltd. jumped 4.1% on Thursday after the miner lifted its "
        "copper output guidance for 2026.",
        "Shares of Kestrel Mining jumped 4.1% Thursday after the miner lifted its copper "
        "output guidance for 2026.",
        "shares of kestrel mining ltd jumped 4.1% on thursday after the company lifted its "
        "copper output guidance for 2026",
        # a trailing clause cut
        "Shares of Kestrel Mining Ltd jumped 4.1% on Thursday after the miner lifted its "
        "copper output guidance.",
    ],
)
def test_an_edited_copy_of_a_sentence_is_the_same_story(copy: str) -> None:
    wire = (
        "Shares of Kestrel Mining Ltd jumped 4.1% on Thursday after the miner lifted its "
        "copper output guidance for 2026."
    )
    assert _stories_of(wire, copy) == 1


@pytest.mark.parametrize(
    "own",
    [
        "Kestrel Mining rose 4.1% as investors welcomed a higher copper forecast.",
        "Copper producer Kestrel added 4.1 per cent on Thursday, its best day in a month.",
        "The stock gained 4.1% after Kestrel lifted guidance.",
        # short sentences share most of their words by nature: they count apart unless equal
        "Kestrel rose 4.1%.",
    ],
)
def test_an_outlets_own_sentence_is_its_own_story(own: str) -> None:
    wire = (
        "Shares of Kestrel Mining Ltd jumped 4.1% on Thursday after the miner lifted its "
        "copper output guidance for 2026."
    )
    assert _stories_of(wire, own) == 2
    assert _stories_of("Kestrel jumped 4.1%.", "Kestrel rose 4.1%.") == 2


def test_edited_copies_and_own_stories_count_in_one_fact(ev: Build) -> None:
    def told(quote: str, source: str) -> dict[str, object]:
        return {"quote": quote, "span_start": 0, "span_end": len(quote), "source_id": source}

    wire = "Zorvex Corp said on Tuesday that cloud revenue grew 34% in the third quarter."
    edited = "Zorvex Corp. said Tuesday that its cloud revenue grew 34% in the third quarter."
    own = "Cloud sales rose 34% in Q3, the company said."
    log = lazy(
        *(
            ev("financial_kpi", "2025-12-06", value=34.0, **told(q, s), **KPI, **Q3)
            for q, s in [(wire, "a"), (edited, "b"), (own, "c"), (wire, "d")]
        )
    )
    [fact] = project_reported_facts(log, "2026-01-05").collect().to_dicts()
    assert (fact["reports"], fact["sources"]) == (2, ["a", "b", "c", "d"])


def _told(quote: str, source: str) -> dict[str, object]:
    return {"quote": quote, "span_start": 0, "span_end": len(quote), "source_id": source}


def test_reports_without_their_sentence_count_one_an_article(ev: Build) -> None:
    # a report without its sentence is its own article's story, whatever its source's name
    # (here a feed's headline, written as the wire's sentence folded)
    wire = "Zorvex Corp said on Tuesday that cloud revenue grew 34% in the third quarter."
    edited = "Zorvex Corp. said Tuesday that its cloud revenue grew 34% in the third quarter."
    headline = "zorvex corp said on tuesday that cloud revenue grew 34 in the third quarter"
    told = [(wire, "a"), (edited, "b"), ("", headline), ("", "feed-2"), ("", "feed-2")]
    log = lazy(
        *(
            ev("financial_kpi", "2025-12-06", value=34.0, **_told(q, s), **KPI, **Q3)
            for q, s in told
        )
    )
    [fact] = project_reported_facts(log, "2026-01-05").collect().to_dicts()
    assert fact["reports"] == 3  # the wire and its edit, and two articles


def test_different_values_for_one_period_are_a_conflict(ev: Build) -> None:
    log = lazy(
        ev("financial_kpi", "2025-12-06", value=34.0, source_id="a", **KPI, **Q3),
        ev("financial_kpi", "2025-12-07", value=43.0, source_id="b", **KPI, **Q3),
    )
    [conflict] = project_conflicts(log, "2025-12-31").collect().to_dicts()
    assert (conflict["values"], conflict["sources"]) == ([34.0, 43.0], ["a", "b"])
    assert project_conflicts(log, "2025-12-06").collect().is_empty()


def test_a_fact_is_labelled_by_its_kinds_keys_in_their_order() -> None:
    rows = [
        {"kind": kind, **{field: f"<{field}>" for keys in FACT_KEYS.values() for field in keys}}
        for kind in FACT_KEYS
    ]
    labels = pl.DataFrame(rows).with_columns(fact=fact_label()).select("kind", "fact").rows()
    for kind, label in labels:
        keys = [f for f in FACT_KEYS[kind] if f != "modality"]
        assert label == " ".join(f"{f}=<{f}>" for f in keys), kind
    other = pl.DataFrame([{**rows[0], "kind": "no_such_kind"}])
    assert other.select(fact_label()).item() is None
