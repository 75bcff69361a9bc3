"""The command line, invoked as a user would: a subprocess of ``python -m timeline``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from deltalake import DeltaTable

from tests.conftest import MakeEvent
from timeline.events import KINDS
from timeline.store import DeltaStore


def timeline(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "timeline", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
    )


def test_help_lists_the_commands() -> None:
    result = timeline("--help")
    assert result.returncode == 0
    for command in ("schema", "verify"):
        assert command in result.stdout


def test_schema_prints_every_kind() -> None:
    result = timeline("schema")
    assert result.returncode == 0
    doc = json.loads(result.stdout)
    titles = {d.get("properties", {}).get("kind", {}).get("const") for d in doc["$defs"].values()}
    assert set(KINDS) <= titles


def test_schema_of_one_kind_and_of_an_unknown_kind() -> None:
    one = json.loads(timeline("schema", "price_target").stdout)
    assert "firm" in one["properties"]
    bad = timeline("schema", "rumour")
    assert bad.returncode == 1
    assert "unknown kind 'rumour'" in bad.stderr


def test_verify_exit_codes(tmp_path: Path, make_event: MakeEvent) -> None:
    missing = timeline("verify", "--store", str(tmp_path / "none"))
    assert missing.returncode == 1
    assert "no event store" in missing.stderr
    assert "Traceback" not in missing.stderr

    store = DeltaStore(tmp_path / "s")
    store.append([make_event(value=1.0), make_event(value=2.0)])
    good = timeline("verify", "--store", store.uri)
    assert good.returncode == 0
    assert "verified 2 events: ok" in good.stdout

    DeltaTable(store.table_uri).update(updates={"value": "9.0"}, predicate="seq = 1")
    bad = timeline("verify", "--store", store.uri, "--json")
    assert bad.returncode == 2
    assert json.loads(bad.stdout)["problems"][0]["check"] == "hash"
