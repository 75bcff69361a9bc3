"""A store written by an older version still loads: new fields come back with their defaults."""

from __future__ import annotations

import shutil
from pathlib import Path

import polars as pl

from tests.conftest import Reliability
from timeline.events import PriceTarget
from timeline.front import Timeline
from timeline.store import DeltaStore

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "store-v0"


def test_an_older_store_upcasts_and_verifies(tmp_path: Path, reliability: Reliability) -> None:
    shutil.copytree(FIXTURE, tmp_path / "store")
    store = DeltaStore(tmp_path / "store")
    raw = pl.read_delta(store.table_uri)
    assert "qualifier" not in raw.columns  # written before the field existed
    assert "horizon_months" not in raw.columns

    log = store.load()
    assert log.frame.filter(pl.col("kind") == "price_target").get_column("qualifier").to_list() == [
        "exact",
        "exact",
    ]
    [jpm] = [e for e in log.events() if getattr(e, "firm", None) == "JPMorgan"]
    assert isinstance(jpm, PriceTarget)
    assert (jpm.qualifier, jpm.horizon_months) == ("exact", None)
    assert store.verify().ok  # the old ids still match the content

    fields = jpm.model_dump(exclude={"event_id", "seq", "recorded_at"})
    store.append([PriceTarget(**{**fields, "value": 231.0, "source_id": "v1"})])
    assert len(store.load()) == 4
    assert store.verify().ok
    analysts = Timeline.open(store).asof("2026-01-05").analysts
    assert set(analysts.get_column("firm")) == {"Arete", "Bernstein", "JPMorgan"}
    reliability.record(
        "a store written before two fields existed (fixture in tests/fixtures/store-v0)",
        1,
        "loaded with the fields defaulted, verify() passed, appends continued",
    )
