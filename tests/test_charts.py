"""Every chart builds, validates against Vega-Lite 6, is deterministic, and exports offline."""

from __future__ import annotations

import json
from pathlib import Path

import altair as alt
import pytest

from tests.conftest import MakeEvent
from timeline import Timeline
from timeline import charts as c
from timeline.events import KINDS, Retraction

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture(scope="module")
def tl() -> Timeline:
    return Timeline.from_articles([SEEDS])


def draw(name: str, tl: Timeline) -> alt.TopLevelMixin:
    """A chart from the one registry the CLI also draws from."""
    return c.CHARTS[name].draw(tl, at="2026-01-05", start="2025-09-01", subject="BABA")


def test_every_chart_draws_only_kinds_that_exist() -> None:
    for chart in c.CHARTS.values():
        assert chart.kinds is None or set(chart.kinds) <= set(KINDS), chart.name
    assert c.CHARTS["consensus"].kinds == ("consensus", "price_target")
    assert c.CHARTS["kpis"].kinds == ("financial_kpi",)  # reported_facts adds no kind


@pytest.mark.parametrize("name", list(c.CHARTS))
def test_charts_validate_and_are_deterministic(name: str, tl: Timeline) -> None:
    first = draw(name, tl).to_dict()
    again = draw(name, tl).to_dict()
    assert "/vega-lite/v6" in first["$schema"]
    assert json.dumps(first, sort_keys=True) == json.dumps(again, sort_keys=True)
    if name != "kpis":  # the KPI chart's x axis is the fiscal period, not a time scale
        assert '"utc"' in json.dumps(first)  # time is drawn on UTC scales


def test_the_event_timeline_marks_unknown_occurrences(tl: Timeline) -> None:
    spec = json.dumps(c.plot_event_timeline(tl).to_dict())
    assert "unknown: at report date" in spec
    assert '"x2"' in spec  # intervals are spans


def test_the_explorer_has_a_date_slider_and_a_brush(tl: Timeline) -> None:
    spec = draw("explorer", tl).to_dict()
    params = {p["name"]: p for p in spec["params"]}
    slider = params["asof"]
    assert slider["bind"]["input"] == "range"
    assert slider["bind"]["step"] == 86_400_000  # one day in epoch milliseconds
    text = json.dumps(spec)
    assert '"zoom"' in text
    assert '"param": "zoom"' in text  # the detail's domain follows the brush


def test_consensus_shows_fair_values_distinctly(tl: Timeline) -> None:
    spec = json.dumps(draw("consensus", tl).to_dict())
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


def test_a_withdrawn_target_is_not_drawn(make_event: MakeEvent) -> None:
    kept = make_event("price_target", firm="Citi", value=200.0, reported_at="2026-01-02")
    wrong = make_event("price_target", firm="UBS", value=999.0, reported_at="2026-01-02")
    oops = Retraction(
        subject=wrong.subject, target_event_id=wrong.event_id, reason="misquoted",
        source_id="r", reported_at="2026-01-03",
    )  # fmt: skip
    tl = Timeline.from_events([kept, wrong, oops])
    before = json.dumps(c.plot_consensus(tl, "2026-01-01", "2026-01-02").to_dict())
    after = json.dumps(c.plot_consensus(tl, "2026-01-01", "2026-01-05").to_dict())
    assert "999.0" in before
    assert "999.0" not in after
    assert "999.0" not in json.dumps(c.plot_event_timeline(tl).to_dict())


def test_a_chart_draws_from_a_lazy_frame_of_the_log(tl: Timeline) -> None:
    from_frame = c.plot_price(tl.events(), "2026-01-05", subject="BABA").to_dict()
    from_timeline = c.plot_price(tl, "2026-01-05", subject="BABA").to_dict()
    assert json.dumps(from_frame, sort_keys=True) == json.dumps(from_timeline, sort_keys=True)


@pytest.mark.parametrize("suffix", [".png", ".svg", ".html"])
def test_export_offline(suffix: str, tl: Timeline, tmp_path: Path) -> None:
    out = c.save_chart(draw("consensus", tl), tmp_path / f"chart{suffix}")
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
        c.save_chart(draw("kpis", tl), tmp_path / "chart.gif")


def test_offline_rendering_uses_the_jupyter_renderer() -> None:
    before = alt.renderers.active
    try:
        c.enable_offline_rendering()
        assert alt.renderers.active == "jupyter"
    finally:
        alt.renderers.enable(before)


def _rows(chart: alt.TopLevelMixin) -> list[dict[str, object]]:
    return [row for rows in chart.to_dict()["datasets"].values() for row in rows]


def test_the_price_chart_draws_the_closes_and_flags_a_level_off_them(make_event: MakeEvent) -> None:
    import datetime as dt

    import polars as pl

    from timeline.prices import known_from

    tl = Timeline.from_events([
        make_event("price_level", subject="ZVX", price=48.1, currency="USD",
                   reported_at="2025-03-04T21:00:00Z", occurred_start="2025-03-04",
                   occurred_precision="day"),
        make_event("price_level", subject="ZVX", price=45.2, currency="USD",
                   reported_at="2025-03-05T21:00:00Z", occurred_start="2025-03-05",
                   occurred_precision="day"),
    ])  # fmt: skip
    days = [dt.date(2025, 3, d) for d in (3, 4, 5, 6)]
    bars = known_from(pl.DataFrame({"subject": ["ZVX"] * 4, "date": days,
                                    "close": [44.0, 45.0, 45.3, 46.0]}))  # fmt: skip
    chart = c.plot_price(tl, "2025-03-05", subject="ZVX", prices=bars)
    checks = {(r["price"], r["check"]) for r in _rows(chart) if "check" in r}
    assert checks == {(48.1, "off the close"), (45.2, "agrees")}
    closes = sorted(r["price"] for r in _rows(chart) if "check" not in r and "price" in r)
    assert closes == [44.0, 45.0, 45.3]  # the 6th's close is not known on the 5th
    assert "red: 1 level(s) off the close by more than 2%" in json.dumps(chart.to_dict())


def test_catalyst_labels_take_rows_so_that_none_runs_into_another(make_event: MakeEvent) -> None:
    events = [
        make_event("stake_change", subject="ZVX", investor=f"Investor number {i}",
                   direction="buy", reported_at=f"2025-03-{4 + i:02d}")
        for i in range(4)
    ] + [make_event("price_level", subject="ZVX", price=48.1, currency="USD",
                    reported_at="2025-06-30")]  # fmt: skip
    chart = c.plot_price(Timeline.from_events(events), "2025-06-30", subject="ZVX")
    rows = [r["row"] for r in _rows(chart) if "row" in r]
    assert sorted(rows) == [0, 1, 2, 3]  # four labels a day apart: four rows
