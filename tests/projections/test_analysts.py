from __future__ import annotations

from tests.projections.conftest import Build, lazy
from timeline.projections import project_analyst_table, project_rating_distribution


def _rating(
    ev: Build, on: str, firm: str, rating: str, cls: str, score: int, **kw: object
) -> object:
    return ev("analyst_rating", on, firm=firm, rating=rating, rating_normalized=cls,
              rating_score=score, **kw)  # fmt: skip


def test_latest_rating_and_target_with_previous_value(ev: Build) -> None:
    log = lazy(
        _rating(ev, "2025-01-10", "Citi", "Buy", "buy", 2),
        ev("price_target", "2025-01-10", firm="Citi", value=100.0),
        _rating(ev, "2025-02-10", "Citi", "Neutral", "hold", 3, action="downgrade"),
        ev("price_target", "2025-02-10", firm="Citi", value=80.0),
        ev("price_target", "2025-03-10", firm="UBS", value=150.0, previous_value=140.0),
    )
    table = project_analyst_table(log, "2025-03-31").collect()
    rows = {r["firm"]: r for r in table.to_dicts()}
    assert (rows["Citi"]["rating"], rows["Citi"]["rating_action"]) == ("Neutral", "downgrade")
    assert (rows["Citi"]["target"], rows["Citi"]["previous_target"]) == (80.0, 100.0)
    assert (rows["UBS"]["rating"], rows["UBS"]["target"]) == (None, 150.0)
    assert rows["UBS"]["previous_target"] == 140.0  # as the article stated it


def test_distribution_counts_each_firms_latest_rating(ev: Build) -> None:
    log = lazy(
        _rating(ev, "2025-01-10", "Citi", "Buy", "buy", 2),
        _rating(ev, "2025-02-10", "Citi", "Sell", "sell", 5),
        _rating(ev, "2025-01-10", "UBS", "Strong Buy", "buy", 1),
        _rating(ev, "2025-01-10", "HSBC", "Hold", "hold", 3),
    )
    [row] = project_rating_distribution(log, "2025-03-01").collect().to_dicts()
    assert (row["buy"], row["hold"], row["sell"], row["firms"]) == (1, 1, 1, 3)
    assert row["mean_score"] == 3.0
