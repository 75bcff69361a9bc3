from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import polars as pl
import pytest

from timeline.errors import ArgumentInvalid, RecordInvalid
from timeline.ingest import ingest
from timeline.sources import load_articles
from timeline.sources.records import parse_mapping
from timeline.store import DeltaStore

DATA = Path(__file__).parent / "data"
EXPORT = DATA / "news.jsonl"


def test_a_broken_line_is_reported_with_its_number_and_the_rest_is_read() -> None:
    loaded = load_articles([EXPORT])
    assert [a.url for a in loaded.articles] == [
        "https://wire.example/quillon-cut",
        "https://wire.example/zorvex-ohio",
        "https://wire.example/borvale",
    ]
    problems = {e.where: e.reason for _, e in loaded.failures if isinstance(e, RecordInvalid)}
    assert set(problems) == {"line 3", "line 5"}
    assert problems["line 3"].startswith("it is not a JSON object")
    assert problems["line 5"].startswith("it has no publication time")
    assert all(path == EXPORT for path, _ in loaded.failures)


def test_a_records_fields_by_their_common_names() -> None:
    first, ohio, borvale = load_articles([EXPORT]).articles
    assert first.title == "Quillon Industries cut to sell at Marlow Partners"
    assert first.published_at == dt.datetime(2025, 3, 3, 21, 10, tzinfo=dt.UTC)
    assert (first.outlet, first.date_basis) == ("Wire Example", "record")
    assert "<p>" not in ohio.text  # an HTML body is read as a page's text
    assert ohio.text.endswith("Its shares rose 2.3% to $49.20.")
    assert borvale.published_at == dt.datetime(2025, 3, 6, 12, tzinfo=dt.UTC)  # RFC 2822


def test_an_export_ingested_twice_adds_its_facts_once(tmp_path: Path) -> None:
    store = DeltaStore(tmp_path / "store")
    first = ingest([EXPORT], store=store, progress=False)
    again = ingest([EXPORT], store=store, progress=False)
    assert (first.articles, len(first.failures)) == (3, 2)
    assert first.new_count > 0
    assert (again.new_count, again.duplicate_count) == (0, first.new_count)
    log = store.scan().collect()
    assert log.height == first.new_count
    assert log.get_column("event_id").n_unique() == log.height


def _rows() -> list[dict[str, object]]:
    return [
        {"headline": "Zorvex upgraded", "story": "Helvion Securities upgraded Zorvex Corp "
         "(NASDAQ: ZVX) to buy from hold on Tuesday.", "ts": "2025-03-04 14:30:00",
         "link": "https://x.example/a", "site": "Ledger"},
        {"headline": "Empty", "story": "", "ts": "2025-03-04", "link": "", "site": ""},
    ]  # fmt: skip


def test_a_csv_export_with_fields_named_by_the_mapping(tmp_path: Path) -> None:
    export = tmp_path / "news.csv"
    with export.open("w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(_rows()[0]))
        writer.writeheader()
        writer.writerows(_rows())
    loaded = load_articles([export], mapping=parse_mapping("body=story,published=ts"))
    [article] = loaded.articles
    assert article.text.startswith("Zorvex upgraded\n\nHelvion Securities upgraded")
    assert article.published_at == dt.datetime(2025, 3, 4, 14, 30, tzinfo=dt.UTC)
    assert (article.url, article.outlet) == ("https://x.example/a", "Ledger")
    [(_, problem)] = loaded.failures
    assert isinstance(problem, RecordInvalid)
    assert (problem.where, problem.reason) == (
        "line 3",
        "it has no article text (looked for story)",
    )


def test_a_parquet_export_with_times_as_instants_and_epochs(tmp_path: Path) -> None:
    export = tmp_path / "news.parquet"
    pl.DataFrame(
        {
            "text": ["Helvion Securities upgraded Zorvex Corp (NASDAQ: ZVX) to buy from hold."] * 2,
            "title": ["One", "Two"],
            "published": [dt.datetime(2025, 3, 4, 14, 30, tzinfo=dt.UTC), None],
            "epoch": [None, 1_741_098_600_000],  # milliseconds: 2025-03-04T14:30Z
        }
    ).write_parquet(export)
    loaded = load_articles([export])
    assert [a.title for a in loaded.articles] == ["One"]
    assert [e.where for _, e in loaded.failures] == ["row 2"]  # type: ignore[attr-defined]
    by_epoch = load_articles([export], mapping={"published": "epoch"})
    assert [a.published_at for a in by_epoch.articles] == [
        dt.datetime(2025, 3, 4, 14, 30, tzinfo=dt.UTC)
    ]


@pytest.mark.parametrize("text", ["body", "body=", "colour=red", "body=story,,"])
def test_a_mapping_that_cannot_be_read_says_how_to_write_one(text: str) -> None:
    with pytest.raises(ArgumentInvalid, match="field=column"):
        parse_mapping(text)


def test_a_line_that_is_json_but_no_object_is_skipped(tmp_path: Path) -> None:
    export = tmp_path / "news.jsonl"
    good = {"text": "Helvion upgraded Zorvex Corp to buy.", "date": "2025-03-04"}
    export.write_text("[1, 2]\n" + json.dumps(good) + "\n")
    loaded = load_articles([export])
    assert len(loaded.articles) == 1
    [(_, problem)] = loaded.failures
    assert str(problem).endswith(
        "line 1: it is not a JSON object; it was skipped. Each line of a JSON Lines file is one "
        "object."
    )
