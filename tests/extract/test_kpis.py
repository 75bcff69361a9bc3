def test_an_indian_fiscal_quarter_on_an_unlisted_name_is_april_based() -> None:
    from tests.extract.helpers import extract

    text = (
        "Brelmor Chem's Q2FY26 consolidated net profit rose 12% to Rs 1,120 crore on the NSE "
        "after revenue of Rs 9,400 crore, it said in a filing to the BSE."
    )
    kpis = [e for e in extract(text, "2025-10-17", None) if e.kind == "financial_kpi"]  # type: ignore[arg-type]
    assert kpis
    assert {(e.occurred_start.isoformat(), e.occurred_end.isoformat()) for e in kpis} == {  # type: ignore[union-attr]
        ("2025-07-01", "2025-09-30")
    }
