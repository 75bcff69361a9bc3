from __future__ import annotations

from tests.projections.conftest import Build, lazy
from timeline.events import Retraction
from timeline.projections import project_diff


def test_new_withdrawn_and_changed(ev: Build) -> None:
    old = ev("price_target", "2025-01-10", firm="Citi", value=100.0)
    gone = ev("price_move", "2025-01-10", percent=5.0, period="day")
    log = lazy(
        old,
        gone,
        ev("price_target", "2025-02-10", firm="Citi", value=120.0),
        Retraction(subject="ACME", target_event_id=gone.event_id, reason="wrong stock",
                   source_id="x", reported_at="2025-02-01"),
        ev("consensus", "2025-02-10", value=130.0),
    )  # fmt: skip
    out = project_diff(log, "2025-01-31", "2025-02-28").collect()
    changes = {(r["change"], r["kind"]) for r in out.to_dicts()}
    assert ("new", "price_target") in changes
    assert ("new", "consensus") in changes
    assert ("withdrawn", "price_move") in changes
    [target] = out.filter(out["change"] == "target_changed").to_dicts()
    assert (target["firm"], target["before"], target["after"]) == ("Citi", "100.0", "120.0")
    said = {(r["change"], r["kind"]): (r["before"], r["after"]) for r in out.to_dicts()}
    assert said[("new", "price_target")] == (
        None,
        "firm=Citi value=120.0 currency=USD target_type=price_target",
    )
    assert said[("withdrawn", "price_move")] == ("percent=5.0 period=day", None)
