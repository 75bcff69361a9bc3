from __future__ import annotations

import datetime as dt
import inspect
from typing import Any

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from polars.testing import assert_frame_equal

from tests.conftest import MakeEvent
from timeline.errors import EventInvalid, EventReferenceMissing
from timeline.events import ENVELOPE_FIELDS, KINDS, Correction, Retraction, parse_event
from timeline.log import (
    TEXT_COLUMNS,
    EventLog,
    compact,
    complete,
    conform,
    held,
    log_schema,
    stored,
    stored_schema,
    visible,
)
from timeline.projections import project_derived_consensus
from timeline.projections.registry import collect

T0 = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)


def test_append_assigns_seq_and_recorded_at(make_event: MakeEvent) -> None:
    a, b = make_event(value=1.0), make_event(value=2.0)
    log, report = EventLog().appended([a, b], recorded_at=T0)
    frame = log.frame
    assert frame.get_column("seq").to_list() == [1, 2]
    assert frame.get_column("recorded_at").to_list() == [T0, T0]
    assert (report.new_count, report.duplicate_count, report.first_seq) == (2, 0, 1)
    later = log.append([make_event(value=3.0)])
    assert later.frame.get_column("seq").to_list() == [1, 2, 3]


def test_append_is_idempotent(make_event: MakeEvent) -> None:
    ev = make_event()
    once = EventLog().append([ev])
    again, report = once.appended([ev, ev])
    assert report.new_count == 0
    assert report.duplicate_count == 2
    assert_frame_equal(again.frame, once.frame)


def test_duplicates_inside_one_batch_are_kept_once(make_event: MakeEvent) -> None:
    ev = make_event()
    log, report = EventLog().appended([ev, ev.model_dump(), ev])
    assert len(log) == 1
    assert report.duplicate_count == 2


def test_append_returns_a_new_log_and_leaves_the_old_unchanged(make_event: MakeEvent) -> None:
    empty = EventLog()
    grown = empty.append([make_event()])
    assert len(empty) == 0
    assert len(grown) == 1


def test_no_mutating_api() -> None:
    public = {name for name, _ in inspect.getmembers(EventLog) if not name.startswith("_")}
    mutators = {"update", "delete", "remove", "drop", "set", "replace", "clear", "pop", "insert"}
    assert not {n for n in public if any(n.startswith(m) for m in mutators)}
    with pytest.raises(AttributeError):
        EventLog()._held = compact(pl.DataFrame())  # type: ignore[misc]


def test_frames_given_out_cannot_alter_the_log(make_event: MakeEvent) -> None:
    log = EventLog().append([make_event()])
    frame = log.frame
    frame[0, "value"] = 1.0
    frame.drop_in_place("firm")
    assert log.frame.get_column("value").to_list() == [230.0]
    assert "firm" in log.frame.columns


def test_the_schema_is_fixed_and_typed() -> None:
    schema = log_schema()
    assert schema["reported_at"] == pl.Datetime("us", "UTC")
    assert schema["occurred_start"] == pl.Date()
    assert schema["seq"] == pl.Int64()
    assert schema["value"] == pl.Float64()
    assert EventLog().frame.schema == schema


def test_conform_upcasts_frames_from_older_versions(make_event: MakeEvent) -> None:
    frame = stored(EventLog().append([make_event()]).frame).drop("qualifier", "horizon_months")
    upcast = conform(frame).collect()
    assert upcast.schema == stored_schema()
    assert upcast.get_column("qualifier").to_list() == ["exact"]  # the field's default
    assert upcast.get_column("horizon_months").to_list() == [None]
    assert EventLog.from_frame(frame).frame.schema == log_schema()


def test_the_log_is_held_in_narrow_types_and_stored_as_text(make_event: MakeEvent) -> None:
    events = [make_event(), make_event("analyst_rating"), make_event("stake_change")]
    log = EventLog().append(events)
    schema = log.frame.schema
    assert schema["kind"] == pl.Enum(sorted(KINDS))  # sorted as text: answers keep their order
    assert schema["subject"] == schema["firm"] == schema["currency"] == pl.Categorical()
    assert all(schema[name] == pl.String for name in TEXT_COLUMNS)
    assert set(stored_schema().values()) >= {pl.String()}
    assert pl.Categorical() not in set(stored_schema().values())
    as_stored = stored(log.frame)
    assert as_stored.schema == stored_schema()
    assert_frame_equal(EventLog.from_frame(as_stored).frame, log.frame)  # a round trip
    assert [e.event_id for e in log.events()] == [e.event_id for e in events]  # re-checked
    assert log.verify().ok


def test_the_log_holds_only_the_columns_that_carry_a_value(make_event: MakeEvent) -> None:
    log = EventLog().append([make_event(), make_event("analyst_rating")])
    kept = compact(log.frame)
    assert {"firm", "value", "rating", "rating_score"} <= set(kept.frame.columns)
    assert not {"amount", "investor", "price", "description"} & set(kept.columns())
    assert set(ENVELOPE_FIELDS) <= set(kept.columns())  # the envelope stays whole
    assert kept.frame.schema["rating_score"] == kept.frame.schema["seq"] == pl.Int8()
    assert log.lazy().collect_schema() == log.frame.schema == log_schema()
    assert log.frame.get_column("amount").to_list() == [None, None]
    assert_frame_equal(complete(kept).collect(), log.frame)
    whole = held(stored(log.frame)).collect()  # every column a buffer, as before
    assert log.nbytes < whole.to_arrow(compat_level=pl.CompatLevel.newest()).nbytes / 2
    grown = log.append([make_event("stake_change")])  # a column that now carries a value
    assert grown.frame.get_column("amount").to_list() == [None, None, 16.3e6]
    assert "amount" in compact(grown.frame).columns()
    assert grown.of_kind("stake_change").get_column("amount").to_list() == [16.3e6]


def test_columns_that_different_kinds_fill_share_one(make_event: MakeEvent) -> None:
    events = [make_event(), make_event("analyst_rating"), make_event("stake_change")]
    log = EventLog().append(events)
    kept = compact(log.frame)
    shared = {name: (column, kinds) for name, column, kinds in kept.shared}
    assert shared["investor"] == ("firm", ("stake_change",))  # a firm's, a rating's rows
    assert shared["firm"] == ("firm", ("analyst_rating", "price_target"))
    assert "investor" not in kept.frame.columns
    assert kept.frame.get_column("firm").to_list() == [
        *log.frame.get_column("firm").to_list()[:2],
        log.frame.get_column("investor").to_list()[2],
    ]
    assert_frame_equal(complete(kept).collect(), log.frame)
    assert_frame_equal(complete(kept.filter(pl.col("seq") > 1)).collect(), log.frame[1:])
    assert_frame_equal(log.append([make_event(firm="Z")]).frame[:3], log.frame)
    # a row of a kind this version does not know: its columns are not shared
    unknown = log.frame.with_columns(kind=pl.lit(None, log_schema()["kind"]))
    assert_frame_equal(complete(compact(unknown)).collect(), unknown)
    assert not compact(unknown).shared


def test_a_column_holding_one_value_in_every_row_is_held_once(make_event: MakeEvent) -> None:
    log = EventLog().append([make_event(value=float(v)) for v in range(1, 4)])
    kept = compact(log.frame)
    same = dict(kept.same)
    assert (same["subject"], same["confidence"], same["quote"]) == ("BABA", 1.0, "")
    assert same["reported_at"] == dt.datetime(2025, 12, 6, 11, 11, 4, tzinfo=dt.UTC)
    assert not {"subject", "confidence", "quote"} & set(kept.frame.columns)
    assert {"event_id", "kind", "recorded_at", "seq", "value"} <= set(kept.frame.columns)
    assert_frame_equal(complete(kept).collect(), log.frame)
    grown = log.append([make_event(subject="AAPL")])  # no longer one value: a column again
    assert "subject" in compact(grown.frame).frame.columns
    assert grown.frame.get_column("subject").to_list() == ["BABA"] * 3 + ["AAPL"]
    # a float of zero is not one value: -0.0 == 0.0, and the sign must come back
    signed = log.frame.with_columns(confidence=pl.Series([0.0, -0.0, 0.0]))
    assert "confidence" in compact(signed).frame.columns
    assert str(complete(compact(signed)).collect().get_column("confidence")[1]) == "-0.0"


def test_an_end_is_held_as_its_days_after_the_start(make_event: MakeEvent) -> None:
    day = {"occurred_precision": "day", "occurred_start": dt.date(2025, 12, 1)}
    log = EventLog().append([make_event(**day), make_event(value=1.0)])  # a day; no date
    kept = compact(log.frame)
    assert kept.spans == ("occurred_end",)
    assert dict(kept.same)["occurred_end"] == 0  # one-day events: no column at all
    assert_frame_equal(complete(kept).collect(), log.frame)
    month = {"occurred_precision": "month", "occurred_start": dt.date(2025, 11, 1)}
    grown = log.append([make_event(**month, occurred_end=dt.date(2025, 11, 30), value=2.0)])
    held_days = compact(grown.frame).frame.get_column("occurred_end")
    assert (held_days.dtype, held_days.to_list()) == (pl.Int8(), [0, 0, 29])
    assert grown.frame.get_column("occurred_end").to_list()[2] == dt.date(2025, 11, 30)
    # an end without a start (no valid event) is held as the date it is
    odd = log.frame.with_columns(occurred_start=pl.lit(None, pl.Date))
    assert not compact(odd).spans
    assert_frame_equal(complete(compact(odd)).collect(), odd)


def test_a_log_frame_in_any_order_is_held_in_seq_order(make_event: MakeEvent) -> None:
    log = EventLog().append([make_event(value=float(v)) for v in range(1, 6)])
    assert_frame_equal(EventLog.from_frame(log.frame.reverse()).frame, log.frame)
    assert_frame_equal(EventLog.from_frame(stored(log.frame)).frame, log.frame)  # in order


def test_numbers_are_held_no_wider_than_their_values(make_event: MakeEvent) -> None:
    log = EventLog().append([make_event(value=float(v)) for v in range(1, 131)])
    assert compact(log.frame).frame.schema["seq"] == pl.Int16()  # 130 events: past 8 bits
    assert log.frame.get_column("seq").to_list() == list(range(1, 131))
    frame = log.frame.with_columns(
        seq=pl.col("seq") + 2**31, span_end=pl.int_range(pl.len(), dtype=pl.Int64) - 2**15 - 1
    )
    assert compact(frame).frame.schema["seq"] == pl.Int64()  # a cast would lose it: kept as is
    assert compact(frame).frame.schema["span_end"] == pl.Int32()
    assert_frame_equal(complete(compact(frame)).collect(), frame)


def test_a_projection_answers_the_same_from_the_held_log(make_event: MakeEvent) -> None:
    events = [make_event(firm=f, value=100.0 + i) for i, f in enumerate(["A", "B", "C"])]
    log = EventLog().append([*events, make_event("analyst_rating")])
    whole = held(stored(log.frame)).collect().lazy()  # not compact: nulls in buffers
    at = dt.date(2025, 12, 31)
    assert_frame_equal(
        project_derived_consensus(log.lazy(), at).collect(),
        project_derived_consensus(whole, at).collect(),
    )
    answers, expected = collect(log.lazy(), at), collect(whole, at)
    assert answers.keys() == expected.keys()
    for name, frame in answers.items():
        assert_frame_equal(frame, expected[name])


def test_a_kind_this_version_does_not_know_reads_as_null(make_event: MakeEvent) -> None:
    frame = stored(EventLog().append([make_event(), make_event(value=2.0)]).frame)
    newer = frame.with_columns(
        kind=pl.when(pl.col("seq") == 2).then(pl.lit("rumour")).otherwise("kind")
    )
    assert EventLog.from_frame(newer).frame.get_column("kind").to_list() == ["price_target", None]


def test_round_trip_to_models(make_event: MakeEvent) -> None:
    events = [make_event(), make_event("analyst_rating"), make_event("stake_change")]
    log = EventLog().append(events)
    back = log.events()
    assert [e.event_id for e in back] == [e.event_id for e in events]
    assert [e.seq for e in back] == [1, 2, 3]


class TestKnowledgeTime:
    def test_only_what_was_reported_by_then(self, make_event: MakeEvent) -> None:
        early = make_event(value=1.0, reported_at="2025-12-06")
        late = make_event(value=2.0, reported_at="2025-12-30")
        log = EventLog().append([early, late])
        assert len(log.known_at("2025-12-05")) == 0
        assert len(log.known_at("2025-12-06")) == 1  # a date includes the whole day
        assert len(log.known_at("2025-12-30")) == 2

    def test_retraction_applies_from_its_own_report_on(self, make_event: MakeEvent) -> None:
        ev = make_event(reported_at="2025-12-06")
        retraction = Retraction(
            subject="BABA", target_event_id=ev.event_id, reason="wrong firm",
            source_id="erratum", reported_at="2025-12-20",
        )  # fmt: skip
        log = EventLog().append([ev, retraction])
        assert log.known_at("2025-12-19").of_kind("price_target").height == 1
        assert log.known_at("2025-12-20").of_kind("price_target").height == 0
        assert len(log) == 2  # the original stays in the log forever

    def test_correction_applies_from_its_own_report_on(self, make_event: MakeEvent) -> None:
        wrong = make_event(value=320.0, reported_at="2025-12-06")
        right = make_event(value=230.0, reported_at="2025-12-20", source_id="erratum")
        fix = Correction(
            subject="BABA", target_event_id=wrong.event_id, replacement_event_id=right.event_id,
            reason="digits swapped", source_id="erratum", reported_at="2025-12-20",
        )  # fmt: skip
        log = EventLog().append([wrong, right, fix])

        def values(day: str) -> list[float]:
            return log.known_at(day).of_kind("price_target").get_column("value").to_list()

        assert values("2025-12-19") == [320.0]
        assert values("2025-12-20") == [230.0]

    def test_a_replacement_stays_hidden_until_its_correction_is_known(
        self, make_event: MakeEvent
    ) -> None:
        wrong = make_event(value=320.0, reported_at="2025-12-06")
        early_replacement = make_event(value=230.0, reported_at="2025-12-10", source_id="x")
        fix = Correction(
            subject="BABA", target_event_id=wrong.event_id,
            replacement_event_id=early_replacement.event_id,
            reason="late erratum", source_id="x", reported_at="2025-12-20",
        )  # fmt: skip
        log = EventLog().append([wrong, early_replacement, fix])
        mid = log.known_at("2025-12-15").of_kind("price_target")
        assert mid.get_column("value").to_list() == [320.0]

    def test_visible_is_a_lazy_function(self, make_event: MakeEvent) -> None:
        log = EventLog().append([make_event()])
        assert isinstance(visible(log.lazy(), "2026-01-01"), pl.LazyFrame)

    def test_references_must_exist(self, make_event: MakeEvent) -> None:
        orphan = Retraction(
            subject="BABA", target_event_id="f" * 32, reason="?", source_id="x",
            reported_at="2025-12-20",
        )  # fmt: skip
        with pytest.raises(EventReferenceMissing, match=r"f{32}"):
            EventLog().append([make_event(), orphan])


def test_models_changed_without_validation_are_refused(make_event: MakeEvent) -> None:
    sneaky = make_event().model_copy(update={"value": 1.0})  # skips validation, keeps the id
    with pytest.raises(EventInvalid, match="model_copy"):
        EventLog().append([sneaky])


def test_recorded_by_is_system_time(make_event: MakeEvent) -> None:
    log = EventLog().append([make_event(value=1.0)], recorded_at=T0)
    log = log.append([make_event(value=2.0)], recorded_at=T0 + dt.timedelta(days=1))
    assert len(log.recorded_by(T0)) == 1
    assert len(log.recorded_by(T0 + dt.timedelta(days=1))) == 2


def test_recorded_at_never_goes_back(make_event: MakeEvent) -> None:
    log = EventLog().append([make_event(value=1.0)], recorded_at=T0)
    log = log.append([make_event(value=2.0)], recorded_at=T0 - dt.timedelta(hours=1))
    assert log.frame.get_column("recorded_at").to_list() == [T0, T0]


class TestVerify:
    def test_a_good_log_verifies(self, make_event: MakeEvent) -> None:
        log = EventLog().append([make_event(), make_event("analyst_rating")])
        report = log.verify()
        assert report.ok
        assert str(report) == "verified 2 events: ok"

    def test_a_tampered_event_is_caught(self, make_event: MakeEvent) -> None:
        log = EventLog().append([make_event(), make_event(value=1.0)])
        frame = log.frame
        frame[0, "value"] = 999.0
        report = EventLog.from_frame(frame).verify()
        assert not report.ok
        assert [(p.check, p.seq) for p in report.problems] == [("hash", 1)]
        assert "altered" in str(report)

    def test_a_sequence_gap_is_caught(self, make_event: MakeEvent) -> None:
        log = EventLog().append([make_event(value=v) for v in (1.0, 2.0, 3.0)])
        gapped = log.frame.filter(pl.col("seq") != 2)
        problems = EventLog.from_frame(gapped).verify().problems
        assert {p.check for p in problems} == {"sequence"}

    def test_a_gap_names_the_numbers_that_are_missing(self, make_event: MakeEvent) -> None:
        log = EventLog().append([make_event(value=float(v)) for v in range(1, 49)])
        lost_middle = log.frame.filter(~pl.col("seq").is_between(16, 33))
        (problem,) = EventLog.from_frame(lost_middle).verify().problems
        assert str(problem).endswith("seq 34, " + str(problem.event_id) + ": seq 16..33 "
                                     "missing: 18 event(s) lost before this one")  # fmt: skip
        lost_first = log.frame.filter(pl.col("seq") > 2)
        (first,) = EventLog.from_frame(lost_first).verify().problems
        assert "seq 1..2 missing" in first.detail
        repeated = pl.concat(
            [log.frame.head(3), log.frame.slice(2, 1).with_columns(event_id=pl.lit("x"))]
        )
        assert [p.detail for p in EventLog.from_frame(repeated).verify(content=False).problems] == [
            "seq 3 repeated"
        ]

    def test_a_duplicated_event_is_caught(self, make_event: MakeEvent) -> None:
        frame = EventLog().append([make_event()]).frame
        doubled = pl.concat([frame, frame.with_columns(seq=pl.lit(2, pl.Int64))])
        checks = {p.check for p in EventLog.from_frame(doubled).verify().problems}
        assert checks == {"duplicate-id"}


# --- fuzzing: any sequence of appends, retractions and corrections ------------------------


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["add", "retract", "correct"]),
            st.integers(0, 60),  # day of the report
            st.integers(0, 1_000),  # value / which earlier event
        ),
        min_size=1,
        max_size=30,
    )
)
def test_any_sequence_keeps_verify_passing_and_knowledge_monotone(
    steps: list[tuple[str, int, int]],
) -> None:
    log = EventLog()
    facts: list[Any] = []
    base = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
    for i, (op, day, n) in enumerate(steps):
        when = base + dt.timedelta(days=day, seconds=i)
        if op == "add" or not facts:
            ev = parse_event({"kind": "price_target", "subject": "ACME", "firm": f"F{n % 5}",
                              "value": float(n + 1), "source_id": f"s{i}", "reported_at": when})  # fmt: skip
            facts.append(ev)
            log = log.append([ev])
        elif op == "retract":
            target = facts[n % len(facts)]
            log = log.append([Retraction(subject="ACME", target_event_id=target.event_id,
                                         reason="fuzz", source_id=f"r{i}", reported_at=when)])  # fmt: skip
        else:
            target = facts[n % len(facts)]
            new = parse_event({**target.model_dump(exclude={"event_id", "seq", "recorded_at"}),
                               "value": float(n + 2), "source_id": f"c{i}", "reported_at": when})  # fmt: skip
            fix = Correction(subject="ACME", target_event_id=target.event_id,
                             replacement_event_id=new.event_id, reason="fuzz", source_id=f"c{i}",
                             reported_at=when)  # fmt: skip
            facts.append(new)
            log = log.append([new, fix])
    assert log.verify().ok
    frame = log.frame
    withdrawn_at = {
        r["target_event_id"]: r["reported_at"]
        for r in frame.filter(pl.col("kind").is_in(["retraction", "correction"]))
        .sort("reported_at", descending=True)
        .iter_rows(named=True)
    }
    for d1, d2 in [(5, 20), (20, 40), (0, 61)]:
        t1, t2 = base + dt.timedelta(days=d1), base + dt.timedelta(days=d2)
        early = set(log.known_at(t1).frame.get_column("event_id"))
        late = set(log.known_at(t2).frame.get_column("event_id"))
        for eid in early - late:  # only what was withdrawn in between may disappear
            assert t1 < withdrawn_at[eid] <= t2
