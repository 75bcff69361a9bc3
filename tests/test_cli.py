"""The command line, invoked as a user would: a subprocess of ``python -m timeline``."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from deltalake import DeltaTable

from tests.conftest import MakeEvent, Reliability
from timeline.events import KINDS
from timeline.store import DeltaStore


def timeline(
    *args: str, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "timeline", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
        env={**os.environ, **(env or {})},
    )


def test_help_lists_the_commands() -> None:
    result = timeline("--help")
    assert result.returncode == 0
    for command in ("schema", "verify"):
        assert command in result.stdout


def test_the_command_line_starts_without_the_extractor_or_the_charts() -> None:
    # a fresh interpreter: what `timeline asof` loads before it reads the store
    probe = (
        "import sys, timeline.cli; "
        "print(' '.join(m for m in ('timeline.extract', 'timeline.articles', 'timeline.ingest', "
        "'exchange_calendars', 'pycountry', 'altair', 'jinja2', 'tqdm') if m in sys.modules))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert loaded.split() == []


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
    assert bad.returncode == 3
    checks = {p["check"] for p in json.loads(bad.stdout)["problems"]}
    assert checks == {"foreign-commit", "hash"}


def test_optimize_leaves_the_answers_as_they_were(tmp_path: Path, make_event: MakeEvent) -> None:
    store = DeltaStore(tmp_path / "s")
    store.append([make_event(subject="BABA", value=1.0), make_event(subject="NVDA", value=2.0)])
    store.append([make_event(subject="BABA", firm="UBS", value=3.0)])
    asked = ("asof", "2025-12-31", "--subject", "BABA", "--store", store.uri)
    before = timeline(*asked)
    done = timeline("optimize", "--store", store.uri)
    assert done.returncode == 0, done.stderr
    assert "sorted by subject (table version 2)" in done.stdout
    assert timeline(*asked).stdout == before.stdout
    assert timeline("verify", "--store", store.uri).returncode == 0


SEED_004 = str(Path(__file__).resolve().parents[1] / "seeds" / "004_be3f86df37a2d424.txt")
SEEDS_DIR = Path(__file__).resolve().parents[1] / "seeds"


def test_extract_json_prints_only_events_with_quotes() -> None:
    result = timeline("extract", SEED_004, "--json")
    assert result.returncode == 0, result.stderr
    events = [json.loads(line) for line in result.stdout.splitlines()]
    text = Path(SEED_004).read_text()
    for e in events:
        assert text[e["span_start"] : e["span_end"]] == e["quote"]

    def has(kind: str, **fields: object) -> bool:
        return any(
            e["kind"] == kind and all(e.get(k) == v for k, v in fields.items()) for e in events
        )

    assert has("analyst_rating", firm="Bernstein", rating="Outperform")
    assert has("price_target", firm="Bernstein", value=190.0, target_type="price_target")
    assert has("price_target", firm="JPMorgan", value=230.0, target_type="price_target")
    assert has("price_target", firm="Morningstar", value=258.0, target_type="fair_value")
    assert has("consensus", value=192.0, qualifier="approx")
    assert has("price_move", percent=86.4, period="ytd", occurred_start="2025-01-01")
    assert has("financial_kpi", segment="cloud", value=34.0, occurred_end="2025-09-30")
    assert has("product_launch", product="Quark AI Glasses", price=1899.0, currency="CNY")
    assert has("product_metric", metric="monthly_active_users", value=18.34e6)


def test_extract_any_text_file_with_a_given_date(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("Needham raised its price target on Acme to $230 from $178.")
    missing = timeline("extract", str(path), "--json")
    assert missing.returncode == 1
    assert "--published" in missing.stderr
    given = timeline("extract", str(path), "--published", "2025-03-07", "--json")
    [event] = [json.loads(line) for line in given.stdout.splitlines()]
    assert (event["firm"], event["value"], event["previous_value"]) == ("Needham", 230.0, 178.0)
    bad = timeline("extract", str(path), "--published", "07/03/2025")
    assert bad.returncode == 1
    assert "YYYY-MM-DD" in bad.stderr


def test_ingest_reports_new_and_present(tmp_path: Path) -> None:
    store = str(tmp_path / "s")
    seeds = str(Path(SEED_004).parent)
    first = timeline("ingest", seeds, "--store", store)
    assert first.returncode == 0, first.stderr
    assert "0 already present" in first.stdout
    again = timeline("ingest", seeds, "--store", store)
    assert " 0 new" in again.stdout


def test_eval_prints_scores() -> None:
    root = Path(SEED_004).parents[1]
    result = timeline("eval", "--gold", str(root / "seeds" / "gold"), "--json", cwd=root)
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["overall"]["f1"] >= 0.85
    assert {row["kind"] for row in doc["by_kind"]} >= {"price_target", "analyst_rating"}


def test_run_asof_and_diff_on_the_default_store(tmp_path: Path) -> None:
    root = Path(SEED_004).parents[1]
    run = timeline("run", "--seeds", str(root / "seeds"), cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "2025-10-01: none reported yet" in run.stdout
    assert "2026-01-05: BABA ~$205.00" in run.stdout
    assert (tmp_path / ".timeline" / "events").is_dir()

    asof = timeline("asof", "2025-12-31", "--subject", "9988.HK", cwd=tmp_path)
    assert asof.returncode == 0, asof.stderr
    assert "about $200.00" in asof.stdout
    doc = json.loads(timeline("asof", "2026-01-05", "--json", cwd=tmp_path).stdout)
    assert doc["reported_consensus"][0]["value"] == 205.0
    assert {r["firm"] for r in doc["analysts"]} >= {"Arete", "Bernstein", "JPMorgan"}
    assert doc["last_price"][0]["price"] == 155.74
    then = timeline("asof", "2025-10-01", "--known-at", "2026-01-05", "--json", cwd=tmp_path)
    assert "Westend" in then.stdout

    changes = json.loads(
        timeline("diff", "2025-12-29", "2026-01-05", "--json", cwd=tmp_path).stdout
    )
    assert {"change": "consensus_changed", "before": "192.0", "after": "205.0"}.items() <= next(
        c for c in changes if c["change"] == "consensus_changed"
    ).items()

    bad = timeline("asof", "31.12.2025", cwd=tmp_path)
    assert bad.returncode == 1
    assert "YYYY-MM-DD" in bad.stderr


@pytest.mark.parametrize(
    "kind", ["timeline", "consensus", "price", "ownership", "kpis", "explorer"]
)
def test_chart_command_writes_each_kind(kind: str, seeded_store: Path, tmp_path: Path) -> None:
    out = tmp_path / f"{kind}.svg"
    result = timeline("chart", kind, "--out", str(out), "--store", str(seeded_store))
    assert result.returncode == 0, result.stderr
    assert b"<svg" in out.read_bytes()[:200]


def test_chart_command_errors(seeded_store: Path, tmp_path: Path) -> None:
    bad_kind = timeline(
        "chart", "pie", "--out", str(tmp_path / "x.png"), "--store", str(seeded_store)
    )
    assert bad_kind.returncode == 1
    assert "unknown chart 'pie'" in bad_kind.stderr
    bad_out = timeline(
        "chart", "kpis", "--out", str(tmp_path / "x.gif"), "--store", str(seeded_store)
    )
    assert bad_out.returncode == 1
    assert ".png, .svg or .html" in bad_out.stderr


def test_chart_dates_come_from_the_data_and_an_empty_chart_says_so(tmp_path: Path) -> None:
    store = str(tmp_path / "s")
    article = tmp_path / "a.txt"
    article.write_text(
        "Acme Corp (NASDAQ: ACME) notes\nOn Tuesday, Citi raised its price target on Acme to "
        "$40 from $35. On Wednesday, UBS cut its target on Acme to $30 from $33."
    )
    ingested = timeline("ingest", str(article), "--published", "2021-03-05", "--store", store)
    assert ingested.returncode == 0, ingested.stderr
    svg = tmp_path / "c.svg"
    drawn = timeline("chart", "consensus", "--out", str(svg), "--store", store)
    assert drawn.returncode == 0, drawn.stderr
    width = re.search(r'<svg[^>]*width="([\d.e+]+)"', svg.read_text())
    assert width is not None
    assert 100 < float(width.group(1)) < 5000
    other = timeline("chart", "consensus", "--subject", "TSLA", "--out", str(svg), "--store", store)
    assert other.returncode == 1
    assert "no consensus data for TSLA" in other.stderr
    assert "subjects in the store: ACME" in " ".join(other.stderr.split())
    early = timeline("chart", "price", "--out", str(svg), "--store", store)
    assert (early.returncode, "nothing to draw" in early.stderr) == (1, True)


@pytest.fixture(scope="module")
def seeded_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from timeline.ingest import ingest

    path = tmp_path_factory.mktemp("store")
    ingest([Path(SEED_004).parent], store=DeltaStore(path))
    return path


def test_review_command(tmp_path: Path) -> None:
    out = tmp_path / "r.html"
    result = timeline("review", SEED_004, "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "gold 004_be3f86df37a2d424.toml: 0 missed, 0 extra" in result.stdout
    assert 'class="event' in out.read_text()


def test_events_command_filters(seeded_store: Path) -> None:
    store = ["--store", str(seeded_store)]
    table = timeline("events", "--subject", "9988.HK", "--kind", "price_target", *store)
    assert table.returncode == 0, table.stderr
    assert "JPMorgan" in table.stdout
    rows = timeline("events", "--kind", "price_target", "--firm", "J.P. Morgan", "--json", *store)
    [event] = [json.loads(line) for line in rows.stdout.splitlines()]
    assert (event["firm"], event["value"]) == ("JPMorgan", 230.0)
    dated = timeline("events", "--since", "2026-01-01", "--json", "--limit", "0", *store)
    assert {json.loads(line)["source_id"] for line in dated.stdout.splitlines()} == {
        "3fc017c5b5f71fae"
    }
    bad = timeline("events", "--kind", "rumour", *store)
    assert bad.returncode == 1
    assert "unknown kind 'rumour'" in bad.stderr
    limited = timeline("events", "--limit", "3", *store)
    assert "3 of 53 events (--limit 0 shows all)" in limited.stdout
    every = timeline("events", "--json", *store)
    assert len(every.stdout.splitlines()) == 53


def test_asof_only_prints_the_parts_asked_for(seeded_store: Path) -> None:
    store = ["--store", str(seeded_store)]
    tables = timeline(
        "asof", "2026-01-05", "--subject", "BABA", "--only", "analysts,last_price", *store
    )
    assert tables.returncode == 0, tables.stderr
    assert "Analysts (4)" in tables.stdout
    assert "Last price (1)" in tables.stdout
    assert "Stake changes" not in tables.stdout
    as_json = timeline("asof", "2026-01-05", "--only", "last_price", "--json", *store)
    data = json.loads(as_json.stdout)
    assert [k for k in data if k not in ("at", "known_at", "subject")] == ["last_price"]
    assert data["last_price"][0]["date"] == "2026-01-02"
    wrong = timeline("asof", "2026-01-05", "--only", "analyst", *store)
    assert wrong.returncode == 1
    assert "--only analyst: not a part of the state; choose among" in wrong.stderr


def test_asof_prints_the_summary_of_the_whole_state(seeded_store: Path) -> None:
    from timeline import Timeline

    for at in ("2025-12-07", "2026-01-05"):
        printed = timeline("asof", at, "--store", str(seeded_store))
        assert printed.returncode == 0, printed.stderr
        assert printed.stdout == Timeline.open(seeded_store).asof(at).summary() + "\n"
    assert "\nHSTECH:\n" in printed.stdout  # a subject of no section the summary shows


def test_lab_command_starts_jupyterlab(tmp_path: Path) -> None:
    import socket
    import time
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    root = Path(SEED_004).parents[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "timeline", "lab", "--no-browser", "--allow-root", f"--port={port}",
         "--ServerApp.token=", "--ServerApp.ip=127.0.0.1"],
        cwd=root, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                status = json.loads(
                    urllib.request.urlopen(f"http://127.0.0.1:{port}/api/status").read()
                )
                break
            except OSError:
                assert time.monotonic() < deadline, "JupyterLab did not start"
                time.sleep(0.5)
        assert "started" in status
        files = json.loads(urllib.request.urlopen(f"http://127.0.0.1:{port}/api/contents").read())
        assert any(f["name"] == "01_quickstart.ipynb" for f in files["content"])
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    missing = timeline("lab", "--notebooks", str(tmp_path / "none"))
    assert missing.returncode == 1


def test_every_command_has_help_with_an_example() -> None:
    commands = ["schema", "verify", "extract", "ingest", "eval", "asof", "diff", "run", "chart",
                "review", "events", "lab", "optimize"]  # fmt: skip
    listing = timeline("--help").stdout
    for command in commands:
        assert command in listing
        page = timeline(command, "--help")
        assert page.returncode == 0
        assert "Example" in page.stdout, command


def test_asof_an_instant_sees_nothing_reported_after_it(
    tmp_path: Path, make_event: MakeEvent
) -> None:
    store = DeltaStore(tmp_path / "s")
    store.append([make_event(value=400.0, reported_at="2026-02-12T15:00:00+00:00")])
    morning = timeline("asof", "2026-02-12T19:00:00+09:00", "--store", store.uri, "--json")
    evening = timeline("asof", "2026-02-12", "--store", store.uri, "--json")
    assert morning.returncode == 0, morning.stderr
    assert json.loads(morning.stdout)["analysts"] == []
    assert len(json.loads(evening.stdout)["analysts"]) == 1
    bad = timeline("asof", "12/02/2026", "--store", store.uri)
    assert bad.returncode == 1
    assert "neither a date" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_a_report_from_the_future_is_refused_unless_asked_for(tmp_path: Path) -> None:
    store = str(tmp_path / "s")
    future = timeline("ingest", SEED_004, "--published", "2030-01-01", "--store", store)
    assert future.returncode == 1
    assert "cannot come from the future" in future.stderr
    assert "Traceback" not in future.stderr
    allowed = timeline(
        "ingest", SEED_004, "--published", "2030-01-01", "--allow-future", "--store", store
    )
    assert allowed.returncode == 0, allowed.stderr
    verified = timeline("verify", "--store", store, "--json")
    assert verified.returncode == 3
    checks = {p["check"] for p in json.loads(verified.stdout)["problems"]}
    assert checks == {"reported-after-recorded"}


@pytest.mark.parametrize("damage", ["delete", "empty"])
def test_a_lost_commit_is_never_silent(tmp_path: Path, make_event: MakeEvent, damage: str) -> None:
    store = DeltaStore(tmp_path / "s")
    store.append([make_event(value=1.0)])
    store.append([make_event(value=2.0), make_event(value=3.0)])
    last = sorted((Path(store.table_uri) / "_delta_log").glob("*.json"))[-1]
    if damage == "delete":
        last.unlink()
    else:
        last.write_text("")
    verified = timeline("verify", "--store", store.uri, "--json")
    assert verified.returncode == 3, verified.stdout + verified.stderr
    checks = {p["check"] for p in json.loads(verified.stdout)["problems"]}
    assert {"lost-commit", "orphan-file"} <= checks
    asof = timeline("asof", "2026-01-01", "--store", store.uri)
    assert asof.returncode != 0
    assert "verify" in asof.stderr
    assert "Traceback" not in asof.stderr


def test_reingesting_with_another_date_is_refused_with_the_stored_time(tmp_path: Path) -> None:
    store = str(tmp_path / "s")
    first = timeline(
        "ingest", SEED_004, "--published", "2025-06-02T13:30:00+00:00", "--store", store
    )
    assert first.returncode == 0, first.stderr
    other = timeline("ingest", SEED_004, "--published", "2025-06-03", "--store", store)
    assert other.returncode == 1
    assert "--published 2025-06-02T13:30:00+00:00" in " ".join(other.stderr.split())
    same = timeline(
        "ingest", SEED_004, "--published", "2025-06-02T13:30:00+00:00", "--store", store
    )
    assert (same.returncode, "0 new" in same.stdout) == (0, True)
    naive = timeline("ingest", SEED_004, "--published", "2025-06-02T13:30:00", "--store", store)
    assert naive.returncode == 1
    assert "with its zone" in naive.stderr


def _damage(table: Path, how: str) -> None:
    data = sorted(table.glob("*.parquet"))[0]
    raw = bytearray(data.read_bytes())
    if how == "truncated":
        data.write_bytes(bytes(raw[: len(raw) // 2]))
    elif how == "edited":  # one name changed in place: same size, and it still reads
        assert raw.count(b"Bernstein") >= 1
        data.write_bytes(bytes(raw).replace(b"Bernstein", b"Bernsteen"))
    else:  # 40 bytes flipped in place: the size stays, the content breaks
        for i in range(len(raw) // 3, len(raw) // 3 + 40):
            raw[i] ^= 0xFF
        data.write_bytes(bytes(raw))


@pytest.mark.parametrize(
    ("how", "command"),
    [("truncated", "asof"), ("truncated", "ingest"), ("flipped", "asof"), ("edited", "asof")],
)
def test_a_damaged_data_file_is_one_line_pointing_to_verify(
    tmp_path: Path, how: str, command: str, reliability: Reliability
) -> None:
    store = tmp_path / "s"
    assert timeline("ingest", str(SEEDS_DIR), "--store", str(store)).returncode == 0
    _damage(store / "events", how)
    article = tmp_path / "new.txt"
    article.write_text("Acme news\nGoldman Sachs upgraded Acme to Buy.")
    args = (
        ("asof", "2026-01-01")
        if command == "asof"
        else ("ingest", str(article), "--published", "2025-06-03")
    )
    got = timeline(*args, "--store", str(store))
    assert got.returncode == 3  # a data problem, not a user error
    assert "Traceback" not in got.stderr
    assert "panicked" not in got.stderr
    assert f"timeline verify --store {store}" in " ".join(got.stderr.split())
    if how == "edited":  # verify names the file and the altered events
        checks = {p["check"] for p in json.loads(timeline("verify", "--store", str(store),
                                                          "--json").stdout)["problems"]}  # fmt: skip
        assert checks == {"storage", "hash"}
    damage = {
        "truncated": "a truncated",
        "flipped": "40 flipped bytes in a",
        "edited": "a value edited in place (same size, still readable) in a",
    }[how]
    reliability.record(
        f"{damage} data file, then `timeline {command}`",
        1,
        "exit 3, one message pointing to `timeline verify`; no traceback or Rust panic",
    )


@pytest.mark.parametrize(
    ("where", "said"),
    [
        ("a-file", "it is a file"),
        ("/proc/no/such/store", "a folder you can write to"),
        ("s3://no-bucket/prefix", "credentials"),
    ],
)
def test_an_unusable_store_location_is_one_line(
    tmp_path: Path, where: str, said: str, reliability: Reliability
) -> None:
    shown = where
    if where == "a-file":
        where = str(tmp_path / "a-file")
        Path(where).write_text("not a store")
    offline = {"AWS_EC2_METADATA_DISABLED": "true", "AWS_ENDPOINT_URL": "http://127.0.0.1:9"}
    got = timeline("ingest", SEED_004, "--published", "2025-06-03", "--store", where, env=offline)
    assert got.returncode == 1
    assert "Traceback" not in got.stderr
    assert said in " ".join(got.stderr.split())
    reliability.record(
        f"`--store {shown}` ({said})", 1, "exit 1, one line saying what is wrong and what to do"
    )


def test_a_file_url_is_the_local_folder(tmp_path: Path) -> None:
    got = timeline("ingest", SEED_004, "--store", f"file://{tmp_path}/s", cwd=tmp_path)
    assert got.returncode == 0, got.stderr
    assert (tmp_path / "s" / "events").is_dir()
    assert not (tmp_path / "file:").exists()


def test_an_unknown_subject_is_named_and_reversed_dates_refused(seeded_store: Path) -> None:
    store = ["--store", str(seeded_store)]
    state = timeline("asof", "2026-01-01", "--subject", "TSLA", "--json", *store)
    assert state.returncode == 0, state.stderr
    assert json.loads(state.stdout)["subject"] == "TSLA"
    assert "no events for TSLA in the store; its subjects: " in state.stderr
    assert "BABA" in state.stderr
    reversed_ = timeline("diff", "2026-01-05", "2025-12-29", *store)
    assert reversed_.returncode == 1
    assert "END 2025-12-29 is before START 2026-01-05" in reversed_.stderr


def test_a_missing_argument_is_a_usage_error_apart_from_data_problems(tmp_path: Path) -> None:
    got = timeline("asof", "--store", str(tmp_path / "s"))
    assert got.returncode == 2  # Click's usage error; 3 is a data problem, 1 a user error
    assert "Missing argument" in got.stderr


def test_a_warning_is_one_line_not_source_code(tmp_path: Path, reliability: Reliability) -> None:
    article = tmp_path / "latin1.txt"
    article.write_bytes(
        "Acme news\nGoldman Sachs raised its target on Acme to £230.".encode("cp1252")
    )
    got = timeline("extract", str(article), "--published", "2025-06-03")
    assert got.returncode == 0
    warning = [line for line in got.stderr.splitlines() if line.strip()]
    assert warning == [f"timeline: warning: {article}: not UTF-8; decoded as cp1252. Re-save it "
                       "as UTF-8 to be sure."]  # fmt: skip
    reliability.record(
        "a cp1252 article on the command line", 1, "extracted; one warning line, no source code"
    )


@pytest.mark.parametrize(
    "page",
    [
        "<!DOCTYPE html><html><head><script>var x = 'Acme rose 40% to $99';</script></head>"
        "<body><nav><a href='/'>Home</a></nav><p>Goldman Sachs upgraded Acme to Buy from Hold."
        "</p></body></html>",
        "<html>\n<head><script>var ad = 'Acme rose 40% to $99';</script></head>\n"
        "<p>Goldman Sachs upgraded Acme to Buy from Hold.</p>",
    ],
)
def test_an_html_page_saved_as_text_is_read_for_its_text_not_its_markup(
    tmp_path: Path, page: str, reliability: Reliability
) -> None:
    saved = tmp_path / "page.txt"
    saved.write_text(page)
    got = timeline("extract", str(saved), "--published", "2025-06-03", "--subject", "ACME")
    assert got.returncode == 0, got.stderr
    assert "firm=Goldman Sachs" in got.stdout
    assert "40" not in got.stdout  # nothing from the script
    reliability.record(
        f"an HTML page saved as text ({page[:14]}...)", 1,
        "read as a page: the article's text extracted, its scripts and menus left out",
    )  # fmt: skip


def test_a_page_with_no_article_text_is_refused_in_one_line(tmp_path: Path) -> None:
    saved = tmp_path / "menu.html"
    saved.write_text(
        "<html><body><nav><a href='/'>Home</a></nav><script>var x;</script></body></html>"
    )
    got = timeline("extract", str(saved), "--published", "2025-06-03")
    assert got.returncode == 1
    assert "no article text was found in the page" in got.stderr
    assert "Traceback" not in got.stderr


def test_run_outside_the_repository_says_where_the_seeds_are(tmp_path: Path) -> None:
    got = timeline("run", "--store", str(tmp_path / "s"), cwd=tmp_path)
    assert got.returncode == 1
    assert "--seeds FOLDER" in got.stderr
    assert not (tmp_path / "s").exists()  # nothing half-done


def test_a_long_text_shows_progress_and_a_corpus_is_refused(
    tmp_path: Path, reliability: Reliability
) -> None:
    story = "On Tuesday, Goldman Sachs raised its price target on Acme to $230 from $178. "
    long = tmp_path / "long.txt"
    long.write_text(
        "Acme news\n" + "\n".join(story.replace("230", str(100 + i)) for i in range(1600))
    )
    got = timeline("extract", str(long), "--published", "2025-06-03", "--json")
    assert got.returncode == 0
    assert "sentence" in got.stderr  # the bar, on stderr, beside the JSON on stdout
    assert json.loads(got.stdout.splitlines()[0])["firm"] == "Goldman Sachs"
    corpus = tmp_path / "corpus.txt"
    corpus.write_text(story * 30_000)  # 2.3 MB
    refused = timeline("extract", str(corpus), "--published", "2025-06-03")
    assert refused.returncode == 1
    assert "split it into its articles" in refused.stderr
    reliability.record(
        "a 2.3 MB text (a corpus, not an article); a 130 KB article", 1,
        "the corpus refused in one line (split it); the long article extracted with a progress bar",
    )  # fmt: skip


def test_square_brackets_in_an_article_are_text_not_markup(tmp_path: Path) -> None:
    article = tmp_path / "brackets.txt"
    article.write_text("Acme news\nGoldman Sachs [/] raised its target on Acme to $230 [bold].")
    got = timeline("extract", str(article), "--published", "2025-06-03")
    assert got.returncode == 0, got.stderr
    assert "Goldman Sachs [/] raised its target on Acme to $230 [bold]." in got.stdout


def test_run_asks_a_folder_without_questions_about_its_own_dates(tmp_path: Path) -> None:
    folder = Path(SEED_004).parents[1] / "tests" / "holdout"
    got = timeline("run", "--seeds", str(folder), "--store", str(tmp_path / "s"), cwd=tmp_path)
    assert got.returncode == 0, got.stderr
    asked = re.findall(r"^  (\d{4}-\d{2}-\d{2}): ", got.stdout, flags=re.MULTILINE)
    assert asked == ["2025-05-09", "2025-06-17", "2025-07-08", "2025-09-04", "2025-11-03",
                     "2025-11-05"]  # fmt: skip
    assert "State of CRM as of 2025-11-05" in got.stdout  # the company most events concern
    assert "2026-01-05" not in got.stdout  # nothing of the seeds' demo


def test_ingest_an_export_with_a_map_reports_each_bad_record_and_stores_the_rest(
    tmp_path: Path,
) -> None:
    export = tmp_path / "news.jsonl"
    good = {"story": "Helvion Securities upgraded Zorvex Corp (NASDAQ: ZVX) to buy from hold.",
            "ts": "2025-03-04T14:30:00Z"}  # fmt: skip
    export.write_text(json.dumps(good) + "\n{broken\n" + json.dumps({"story": "No time."}) + "\n")
    store = tmp_path / "store"
    got = timeline("ingest", str(export), "--map", "body=story,published=ts", "--store", str(store))
    assert got.returncode == 1  # some records failed; the others are stored
    assert "1 articles" in got.stdout
    assert f"{export}, line 2: it is not a JSON object" in got.stderr
    assert f"{export}, line 3: it has no publication time (looked for ts)" in got.stderr
    assert "Traceback" not in got.stderr
    assert DeltaStore(store).scan().collect().height >= 1
    bad = timeline("ingest", str(export), "--map", "bodi=story", "--store", str(store))
    assert bad.returncode != 0
    assert "field=column" in bad.stderr


def test_events_show_the_outlet_and_url_of_their_article(tmp_path: Path) -> None:
    store = tmp_path / "store"
    page = Path(__file__).parent / "sources" / "data" / "ledger_zorvex_upgrade.html"
    assert timeline("ingest", str(page), "--store", str(store)).returncode == 0
    table = timeline("events", "--store", str(store), env={"COLUMNS": "200"})
    assert "Daily Ledger" in table.stdout
    rows = [
        json.loads(line)
        for line in timeline("events", "--store", str(store), "--json").stdout.splitlines()
    ]
    assert rows
    assert {(r["outlet"], r["url"]) for r in rows} == {
        ("Daily Ledger", "https://www.dailyledger.example/markets/2025/03/04/zorvex-upgrade")
    }


def test_prices_and_an_event_study_chart_from_the_command_line(tmp_path: Path) -> None:
    store = ["--store", str(tmp_path / "store")]
    page = Path(__file__).parent / "sources" / "data" / "ledger_zorvex_upgrade.html"
    assert timeline("ingest", str(page), *store).returncode == 0  # an upgrade on 2025-03-04
    days = [f"2025-02-{d:02d}" for d in (24, 25, 26, 27, 28)] + [
        f"2025-03-{d:02d}" for d in (3, 4, 5, 6, 7, 10, 11)
    ]
    bars = tmp_path / "zvx.csv"
    bars.write_text("date,close\n" + "".join(
        f"{d},{45.3 if d < '2025-03-04' else 48.1}\n" for d in days
    ))  # fmt: skip
    added = timeline("prices", "add", str(bars), "--subject", "ZVX", *store)
    assert added.returncode == 0, added.stderr
    assert "12 bars added, 0 already held (ZVX)" in added.stdout
    again = timeline("prices", "add", str(bars), "--subject", "ZVX", *store)
    assert "0 bars added, 12 already held" in again.stdout
    out = tmp_path / "study.png"
    drawn = timeline("chart", "event-study", "--out", str(out), "--at", "2025-03-11", *store)
    assert drawn.returncode == 0, drawn.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "2 events" in drawn.stdout  # the upgrade and the target raised with it
    no_subject = tmp_path / "bad.csv"
    no_subject.write_text("date,close\n2025-03-04,10\n")
    refused = timeline("prices", "add", str(no_subject), *store)
    assert refused.returncode == 1
    assert "it has no subject column. Pass --subject TICKER." in refused.stderr
    assert "Traceback" not in refused.stderr
