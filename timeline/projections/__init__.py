"""Projections: state as of any date, from the event log, without look-ahead.

Every ``project_*`` function is pure: a LazyFrame of events and one date or many in, a
LazyFrame of state out, one row group per query point (``at``, ``known_at``). See
`timeline.projections._core` for the visibility rule they share. Two take a span of days
rather than points and answer collected: `project_diff`, and
`project_derived_consensus_intervals`, a series held as intervals of days (`per_day` turns
them into a row per day, as `project_derived_consensus_daily` gives them).
"""

from __future__ import annotations

from timeline.projections._core import facts, queries, visible
from timeline.projections._intervals import per_day
from timeline.projections.analysts import project_analyst_table, project_rating_distribution
from timeline.projections.consensus import (
    DEFAULT_STALENESS_DAYS,
    project_derived_consensus,
    project_derived_consensus_daily,
    project_derived_consensus_intervals,
    project_fair_values,
    project_reported_consensus,
)
from timeline.projections.diff import project_diff
from timeline.projections.event_study import mean_returns, project_event_study
from timeline.projections.ownership import project_ownership_levels, project_stake_changes
from timeline.projections.price import (
    project_implied_prices,
    project_last_price,
    project_price_moves,
)
from timeline.projections.products import project_kpis, project_product_metrics, project_products
from timeline.projections.reports import project_conflicts, project_reported_facts

__all__ = [
    "DEFAULT_STALENESS_DAYS",
    "facts",
    "mean_returns",
    "per_day",
    "project_analyst_table",
    "project_conflicts",
    "project_derived_consensus",
    "project_derived_consensus_daily",
    "project_derived_consensus_intervals",
    "project_diff",
    "project_event_study",
    "project_fair_values",
    "project_implied_prices",
    "project_kpis",
    "project_last_price",
    "project_ownership_levels",
    "project_price_moves",
    "project_product_metrics",
    "project_products",
    "project_rating_distribution",
    "project_reported_consensus",
    "project_reported_facts",
    "project_stake_changes",
    "queries",
    "visible",
]
