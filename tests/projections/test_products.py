from __future__ import annotations

import datetime as dt

from tests.projections.conftest import Build, lazy
from timeline.projections import project_kpis, project_product_metrics, project_products

Q3 = {"occurred_start": "2025-07-01", "occurred_end": "2025-09-30", "occurred_precision": "quarter"}


def test_products_with_their_metrics(ev: Build) -> None:
    log = lazy(
        ev("product_launch", "2025-12-06", product="Qwen app", category="app",
           occurred_start="2025-11-01", occurred_end="2025-11-30", occurred_precision="month"),
        ev("product_metric", "2025-12-06", product="Qwen app", metric="monthly_active_users",
           value=18.34e6),
        ev("product_metric", "2026-01-04", product="Qwen", metric="downloads", value=600e6),
    )  # fmt: skip
    [product] = project_products(log, "2026-01-05").collect().to_dicts()
    assert (product["product"], product["launched"]) == ("Qwen app", dt.date(2025, 11, 1))
    assert product["metrics"] == ["downloads=600000000.0", "monthly_active_users=18340000.0"]
    assert project_product_metrics(log, "2025-12-31").collect().height == 1


def test_latest_kpi_per_fiscal_period(ev: Build) -> None:
    log = lazy(
        ev("financial_kpi", "2025-11-20", metric="revenue", value=247.0, unit="CNY", **Q3),
        ev("financial_kpi", "2025-12-06", metric="revenue", value=248.0, unit="CNY", **Q3),
    )
    [kpi] = project_kpis(log, "2025-12-31").collect().to_dicts()
    assert kpi["value"] == 248.0
