from __future__ import annotations

from tests.projections.conftest import Build, lazy
from timeline.projections import project_ownership_levels, project_stake_changes


def test_stakes_appear_when_reported_not_when_they_happened(ev: Build) -> None:
    q3 = {
        "occurred_start": "2025-07-01",
        "occurred_end": "2025-09-30",
        "occurred_precision": "quarter",
    }
    log = lazy(
        ev("stake_change", "2025-09-27", investor="ARK Invest", direction="buy", amount=16.3e6),
        ev("stake_change", "2025-12-30", investor="Westend", direction="increase", **q3),
    )
    early = project_stake_changes(log, "2025-12-29").collect()
    assert early.get_column("investor").to_list() == ["ARK Invest"]
    late = project_stake_changes(log, "2025-12-30").collect()
    assert late.get_column("investor").to_list() == ["ARK Invest", "Westend"]
    # with today's knowledge, Westend's Q3 purchase was already true on 2025-10-01
    now = project_stake_changes(log, "2025-10-01", known_at="2026-01-31").collect()
    assert now.get_column("investor").to_list() == ["ARK Invest", "Westend"]
    assert project_stake_changes(log, "2025-06-30", known_at="2026-01-31").collect().height == 0


def test_ownership_levels_latest_per_holder(ev: Build) -> None:
    log = lazy(
        ev("ownership_level", "2025-09-01", holder="Vanguard", percent=7.0),
        ev("ownership_level", "2025-10-01", holder="Vanguard", percent=7.5, previous_percent=7.0),
        ev("ownership_level", "2025-10-01", holder="BlackRock", percent=5.1),
    )
    out = project_ownership_levels(log, "2025-10-31").collect()
    assert out.select("holder", "percent").rows() == [("BlackRock", 5.1), ("Vanguard", 7.5)]
