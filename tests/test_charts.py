"""Every chart builds, validates against Vega-Lite 6, is deterministic, and exports offline."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import altair as alt
import pytest

from tests.conftest import MakeEvent
from timeline import Timeline
from timeline import charts as c

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture(scope="module")
def tl() -> Timeline:
    return Timeline.from_articles([SEEDS])


BUILDERS: dict[str, Callable[[Timeline], alt.TopLevelMixin]] = {
    "timeline": lambda tl: c.plot_event_timeline(tl, subject="BABA"),
    "consensus": lambda tl: c.plot_consensus(tl, "2025-09-01", "2026-01-10", subject="BABA"),
    "price": lambda tl: c.plot_price(tl, "2026-01-05", subject="BABA"),
    "ownership": lambda tl: c.plot_ownership(tl, "2026-01-05", subject="BABA"),
    "kpis": lambda tl: c.plot_kpis(tl, "2026-01-05", subject="BABA"),
    "explorer": lambda tl: c.plot_asof_explorer(tl, "2025-09-01", "2026-01-10", subject="BABA"),
}


def test_every_chart_kind_has_a_builder() -> None:
    assert set(BUILDERS) == set(c.CHARTS)


@pytest.mark.parametrize("name", list(BUILDERS))
def test_charts_validate_and_are_deterministic(name: str, tl: Timeline) -> None:
    first = BUILDERS[name](tl).to_dict()
    again = BUILDERS[name](tl).to_dict()
    assert "/vega-lite/v6" in first["$schema"]
    assert json.dumps(first, sort_keys=True) == json.dumps(again, sort_keys=True)
    if name != "kpis":  # the KPI chart's x axis is the fiscal period, not a time scale
        assert '"utc"' in json.dumps(first)  # time is drawn on UTC scales


def test_the_event_timeline_marks_unknown_occurrences(tl: Timeline) -> None:
    spec = json.dumps(c.plot_event_timeline(tl).to_dict())
    assert "unknown: at report date" in spec
    assert '"x2"' in spec  # intervals are spans


def test_the_explorer_has_a_date_slider_and_a_brush(tl: Timeline) -> None:
    spec = BUILDERS["explorer"](tl).to_dict()
    params = {p["name"]: p for p in spec["params"]}
    slider = params["asof"]
    assert slider["bind"]["input"] == "range"
    assert slider["bind"]["step"] == 86_400_000  # one day in epoch milliseconds
    text = json.dumps(spec)
    assert '"zoom"' in text
    assert '"param": "zoom"' in text  # the detail's domain follows the brush


def test_consensus_shows_fair_values_distinctly(tl: Timeline) -> None:
    spec = json.dumps(BUILDERS["consensus"](tl).to_dict())
    assert "fair_value" in spec
    assert "step-after" in spec


def test_kpis_of_two_companies_are_two_lines(make_event: MakeEvent) -> None:
    kpi = {"metric": "revenue", "unit": "USD", "occurred_precision": "quarter"}
    q3 = {"occurred_start": "2025-07-01", "occurred_end": "2025-09-30", "fiscal_period": "2025-Q3"}
    q4 = {"occurred_start": "2025-10-01", "occurred_end": "2025-12-31", "fiscal_period": "2025-Q4"}
    events = [
        make_event("financial_kpi", subject=who, value=value, **kpi, **when)
        for who, value, when in [("BABA", 1e9, q3), ("BABA", 2e9, q4), ("NVDA", 5e9, q4)]
    ]
    data = c.plot_kpis(Timeline.from_events(events), "2026-01-05").data
    series = dict(data.group_by("series").len().iter_rows())
    assert series == {"BABA · group revenue (USD)": 2, "NVDA · group revenue (USD)": 1}


@pytest.mark.parametrize("suffix", [".png", ".svg", ".html"])
def test_export_offline(suffix: str, tl: Timeline, tmp_path: Path) -> None:
    out = c.save_chart(BUILDERS["consensus"](tl), tmp_path / f"chart{suffix}")
    data = out.read_bytes()
    if suffix == ".png":
        assert data.startswith(b"\x89PNG")
    elif suffix == ".svg":
        assert b"<svg" in data[:200]
    else:
        assert b"<script src" not in data  # self-contained: vega is inlined
        assert b"vega-embed" in data or b"vegaEmbed" in data


def test_export_refuses_other_formats(tl: Timeline, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"\.png, \.svg or \.html"):
        c.save_chart(BUILDERS["kpis"](tl), tmp_path / "chart.gif")


def test_offline_rendering_uses_the_jupyter_renderer() -> None:
    before = alt.renderers.active
    try:
        c.enable_offline_rendering()
        assert alt.renderers.active == "jupyter"
    finally:
        alt.renderers.enable(before)
