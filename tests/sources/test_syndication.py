"""The same story from several outlets: every copy stored, each fact counted once."""

from __future__ import annotations

import json
from pathlib import Path

from timeline.ingest import ingest
from timeline.projections import project_reported_facts
from timeline.store import DeltaStore

DATA = Path(__file__).parent / "data"
STORY = (
    "Shares of Zorvex Corp (NASDAQ: ZVX) rose 6.2% to $48.10 on Tuesday after Helvion "
    "Securities upgraded the stock to buy from hold and raised its price target to $60 from $45."
)


def test_a_syndicated_pair_is_stored_whole_and_counted_once(tmp_path: Path) -> None:
    # the Daily Ledger's page, and the same story in a wire export, with its own headline
    # and a line of its own
    export = tmp_path / "wire.jsonl"
    record = {"title": "Zorvex jumps on an upgrade", "body": STORY + "\n\nMore to follow.",
              "published": "2025-03-04T15:00:00Z", "source": "Wire Example"}  # fmt: skip
    # and a third site's edit of the wire: its own house style, one word changed
    edited = {"title": "Zorvex rallies", "source": "Regional Business Daily",
              "published": "2025-03-04T16:10:00Z",
              "body": STORY.replace("Zorvex Corp", "Zorvex Corp.").replace("rose", "climbed")}  # fmt: skip
    export.write_text(json.dumps(record) + "\n" + json.dumps(edited) + "\n")
    # a third outlet that wrote its own story of the same upgrade
    own = tmp_path / "own.jsonl"
    own.write_text(json.dumps({
        "body": "Helvion Securities moved Zorvex Corp (NASDAQ: ZVX) up to buy from hold on "
                "Tuesday, with a price target of $60, up from $45.",
        "published": "2025-03-04T18:00:00Z", "source": "Other Desk"}) + "\n")  # fmt: skip
    store = DeltaStore(tmp_path / "store")
    report = ingest([DATA / "ledger_zorvex_upgrade.html", export, own], store=store, progress=False)
    assert (report.articles, report.failures) == (4, ())
    log = store.scan().collect()
    assert log.height == report.new_count  # nothing lost: every copy's events are stored
    assert log.get_column("source_id").n_unique() == 4

    facts = project_reported_facts(store.scan(), "2025-03-05").collect()
    target = facts.filter(kind="price_target", subject="ZVX").to_dicts()
    [upgrade] = facts.filter(kind="analyst_rating", subject="ZVX").to_dicts()
    [target_fact] = target
    # the page, the wire's copy and its edit tell it in one sentence, nearly: one report; the
    # other desk, two
    assert (upgrade["reports"], len(upgrade["sources"])) == (2, 4)
    assert (target_fact["reports"], len(target_fact["sources"])) == (2, 4)
    moves = facts.filter(kind="price_move", subject="ZVX").to_dicts()
    [move] = [m for m in moves if "6.2%" in m["quote"]]
    assert (move["reports"], len(move["sources"])) == (1, 3)  # only the three copies tell it
