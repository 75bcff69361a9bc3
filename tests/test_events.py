from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import MakeEvent
from timeline.errors import EventInvalid
from timeline.events import (
    FACT_KEYS,
    KINDS,
    Correction,
    PriceLevel,
    PriceTarget,
    event_json_schema,
    parse_event,
)


def test_every_kind_has_a_unique_tag_and_a_schema() -> None:
    schema = event_json_schema()
    assert len(KINDS) == 18
    for kind, cls in KINDS.items():
        assert cls.model_fields["kind"].default == kind
        assert cls.__name__ in schema["$defs"]


def test_unknown_kind_names_the_field_and_value() -> None:
    with pytest.raises(EventInvalid) as info:
        parse_event({"kind": "rumour", "subject": "BABA"})
    assert info.value.problems[0][:2] == ("kind", "rumour")
    assert "timeline schema" in str(info.value)


def test_bad_date_names_the_field_and_value(make_event: MakeEvent) -> None:
    with pytest.raises(EventInvalid) as info:
        make_event(reported_at="2025-13-06")
    fields = {p[0]: p[1] for p in info.value.problems}
    assert fields == {"reported_at": "2025-13-06"}


def test_missing_field_is_named() -> None:
    with pytest.raises(EventInvalid) as info:
        parse_event(
            {"kind": "price_target", "subject": "BABA", "value": 1.0, "source_id": "a"}
            | {"reported_at": "2025-01-01"}
        )
    assert [(p[0], p[1]) for p in info.value.problems] == [("firm", "(missing)")]
    assert "firm" in str(info.value)


def test_wrong_type_and_negative_price_are_named(make_event: MakeEvent) -> None:
    with pytest.raises(EventInvalid) as info:
        make_event(value=-3.0, previous_value="abc")
    assert {p[0] for p in info.value.problems} == {"value", "previous_value"}


def test_end_before_start_is_rejected(make_event: MakeEvent) -> None:
    with pytest.raises(EventInvalid, match="before occurred_start"):
        make_event(
            occurred_start="2025-09-30", occurred_end="2025-07-01", occurred_precision="quarter"
        )


def test_precision_and_dates_must_agree(make_event: MakeEvent) -> None:
    with pytest.raises(EventInvalid, match="occurred_start is missing"):
        make_event(occurred_precision="day")
    with pytest.raises(EventInvalid, match="'unknown' but occurred dates"):
        make_event(occurred_start="2025-01-02")
    day = make_event(occurred_start="2025-01-02", occurred_precision="day")
    assert day.occurred_end == dt.date(2025, 1, 2)


def test_quote_must_match_its_span_length(make_event: MakeEvent) -> None:
    with pytest.raises(EventInvalid, match="quote has 3 characters"):
        make_event(span_start=10, span_end=20, quote="abc")


def test_events_are_frozen(make_event: MakeEvent) -> None:
    ev = make_event()
    with pytest.raises(ValueError, match="frozen"):
        ev.value = 1.0  # type: ignore[misc]


def test_extra_fields_are_rejected(make_event: MakeEvent) -> None:
    with pytest.raises(EventInvalid, match="rating"):
        make_event(rating="Buy")


def test_subject_aliases_resolve_to_the_canonical_id(make_event: MakeEvent) -> None:
    assert {make_event(subject=s).subject for s in ("9988.HK", "US01609W1027", "BABA")} == {"BABA"}
    assert make_event(subject="Unknown Co").subject == "Unknown Co"


def test_reported_at_is_utc(make_event: MakeEvent) -> None:
    paris = dt.timezone(dt.timedelta(hours=1))
    ev = make_event(reported_at=dt.datetime(2025, 12, 30, 6, 31, 3, tzinfo=paris))
    assert ev.reported_at == dt.datetime(2025, 12, 30, 5, 31, 3, tzinfo=dt.UTC)
    assert make_event(reported_at="2025-12-30").reported_at.tzinfo == dt.UTC


class TestEventId:
    def test_is_deterministic(self, make_event: MakeEvent) -> None:
        assert make_event().event_id == make_event().event_id

    def test_changes_with_the_fact_and_the_source(self, make_event: MakeEvent) -> None:
        base = make_event()
        assert make_event(value=231.0).event_id != base.event_id
        assert make_event(source_id="article-2").event_id != base.event_id
        assert make_event(reported_at="2025-12-07").event_id != base.event_id

    def test_ignores_extractor_confidence_and_log_fields(self, make_event: MakeEvent) -> None:
        base = make_event()
        other = make_event(extractor="rules/9", confidence=0.5, seq=7, recorded_at="2026-01-01")
        assert other.event_id == base.event_id
        assert base.ev_with_log_fields(seq=3, recorded_at=dt.datetime.now(dt.UTC)).event_id == (
            base.event_id
        )

    def test_a_given_id_is_checked(self, make_event: MakeEvent) -> None:
        good = make_event()
        assert make_event(event_id=good.event_id) == good
        with pytest.raises(EventInvalid, match="does not match"):
            make_event(event_id="0" * 32)


def test_payload_helper_leaves_the_envelope_out(make_event: MakeEvent) -> None:
    payload = make_event().ev_payload()
    assert payload["firm"] == "JPMorgan"
    assert "subject" not in payload
    assert "event_id" not in payload


def test_models_and_dicts_validate_the_same() -> None:
    model = PriceTarget(
        subject="BABA", firm="Morningstar", value=258, target_type="fair_value",
        source_id="a", reported_at="2025-12-06",
    )  # fmt: skip
    assert parse_event(model.model_dump()) == model
    assert parse_event(model) is model


def test_correction_names_target_and_replacement() -> None:
    c = Correction(
        subject="BABA", target_event_id="a" * 32, replacement_event_id="b" * 32,
        reason="typo", source_id="x", reported_at="2026-01-01",
    )  # fmt: skip
    assert c.kind == "correction"


def test_every_kind_declares_its_facts_beside_its_model() -> None:
    for kind, model in KINDS.items():
        info = model.info
        assert info.key, kind
        assert set(info.key) <= set(model.model_fields), (kind, info.key)
        control = kind in ("retraction", "correction")
        assert (info.lane is None, info.colour is None) == (control, control), kind
    assert {kind: model.info.key for kind, model in KINDS.items()} == FACT_KEYS


def test_every_kind_has_a_label_people_read() -> None:
    labels = {kind: model.info.label for kind, model in KINDS.items()}
    assert labels["price_target"] == "Price target"
    assert labels["financial_kpi"] == "Financial KPI"
    assert all(labels.values())
    assert len(set(labels.values())) == len(labels)


def test_a_price_levels_id_is_the_one_stores_hold() -> None:
    # defaults are left out of the content hash: a changed default would change the id of
    # every stored level in dollars, and verify() would refuse them
    level = PriceLevel(subject="BABA", price=151.5, currency="USD", source_id="b",
                       reported_at="2025-12-30")  # fmt: skip
    assert level.ev_content_hash() == "04f35b18a14b0fcf3045baeec52abb0e"
    index = PriceLevel(subject="HSI", price=25_000.0, currency=None, source_id="b",
                       reported_at="2025-12-30")  # fmt: skip
    assert index.currency is None
    assert index.ev_content_hash() != level.ev_content_hash()


def test_a_kpi_is_kept_under_one_name_for_one_line_of_the_accounts() -> None:
    kpi = {"kind": "financial_kpi", "subject": "ACME", "reported_at": "2025-06-13"}
    kpi |= {"source_id": "a", "value": 1e9, "unit": "EUR"}
    names = {
        parse_event({**kpi, "metric": metric}).ev_payload()["metric"]
        for metric in ("operating_profit", "operating_income")
    }
    assert names == {"operating_income"}
