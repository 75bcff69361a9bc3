from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.articles import (
    MANIFEST_NAME,
    Article,
    ArticleEncodingWarning,
    content_id,
    find_published,
    load_article,
    read_manifest,
)
from timeline.errors import ArticleDateMissing, ArticleUnreadable, ManifestInvalid
from timeline.extract import RuleExtractor
from timeline.sources import load_articles

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def test_every_seed_has_a_date_and_its_basis() -> None:
    loaded = load_articles([SEEDS])
    assert not loaded.failures
    by_id = {a.article_id: a for a in loaded.articles}
    assert by_id["773378267ce6a58c"].published_at == dt.datetime(
        2025, 12, 30, 4, 31, 3, tzinfo=dt.UTC
    )
    assert by_id["19a79cd8923a105a"].published_at.date() == dt.date(2025, 9, 27)
    assert by_id["19a79cd8923a105a"].date_basis.startswith("text_cue")
    assert by_id["487aa0ac80a42232"].published_at.date() == dt.date(2025, 10, 3)
    assert by_id["487aa0ac80a42232"].date_basis.startswith("external")
    assert {a.subject for a in loaded.articles} == {"BABA"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Title\n30.12.2025 - 05:31:03Alibaba\nBody", dt.datetime(2025, 12, 30, 5, 31, 3)),
        ("Title\n2026-01-12\n\nBody", dt.datetime(2026, 1, 12)),
        ("Title\nNovember 18, 2025\nBody", dt.datetime(2025, 11, 18)),
        ("Title\nOct 30, 2025\nBody", dt.datetime(2025, 10, 30)),
        ("Title\n13 November 2025\nBody", dt.datetime(2025, 11, 13)),
        ("Title\nSEOUL, July 8, 2025\nBody", dt.datetime(2025, 7, 8)),
        # ordinals, year-first slashes and dots, East Asian dates, filings' dashes
        ("Title\n4th March 2025\nBody", dt.datetime(2025, 3, 4)),
        ("Title\nMarch 4th, 2025\nBody", dt.datetime(2025, 3, 4)),
        ("Title\n2025/03/04 09:30\nBody", dt.datetime(2025, 3, 4, 9, 30)),
        ("Title\n2025.03.04\nBody", dt.datetime(2025, 3, 4)),
        ("Title\n2025年3月4日\nBody", dt.datetime(2025, 3, 4)),
        ("Title\n04-Mar-2025\nBody", dt.datetime(2025, 3, 4)),
    ],
)
def test_datelines(text: str, expected: dt.datetime) -> None:
    found = find_published(text)
    assert found == (expected.replace(tzinfo=dt.UTC), "dateline")


def test_a_date_cue_deeper_in_the_text() -> None:
    text = "Title\n" + "Body text without dates. " * 30 + "Published: March 3, 2025."
    assert find_published(text) == (dt.datetime(2025, 3, 3, tzinfo=dt.UTC), "text_cue")


def test_a_day_without_a_year_is_not_guessed() -> None:
    assert find_published("Analysis from September 27 delivers the answer.") is None


def test_missing_date_names_the_file_and_the_fix(tmp_path: Path) -> None:
    path = tmp_path / "undated.txt"
    path.write_text("Shares rose 4% on Tuesday.")
    with pytest.raises(ArticleDateMissing) as info:
        load_article(path)
    assert str(path) in str(info.value)
    assert "--published" in str(info.value)
    assert load_article(path, published="2025-03-07").date_basis == "given"


def test_the_batch_goes_on_past_a_bad_article(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Title\n2025-03-07\nShares rose 4%.")
    (tmp_path / "b.txt").write_text("No date at all.")
    (tmp_path / "c.txt").write_bytes(b"")
    loaded = load_articles([tmp_path])
    assert [a.path.name for a in loaded.articles if a.path] == ["a.txt"]
    assert [(p.name, type(e)) for p, e in loaded.failures] == [
        ("b.txt", ArticleDateMissing),
        ("c.txt", ArticleUnreadable),
    ]


def test_binary_files_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "blob.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    with pytest.raises(ArticleUnreadable, match="binary"):
        load_article(path, published="2025-01-01")


def test_other_encodings_fall_back_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "cp1252.txt"
    path.write_bytes("Nestlé shares rose 2% to €98 on Monday.".encode("cp1252"))
    with pytest.warns(ArticleEncodingWarning, match="not UTF-8"):
        article = load_article(path, published="2025-01-06")
    assert "Nestlé" in article.text
    assert article.encoding == "cp1252"


def test_a_dateline_in_the_future_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.txt"
    path.write_text("Title\n2099-01-01\nShares rose.")
    with pytest.raises(ArticleDateMissing, match="future"):
        load_article(path)


def test_ids_are_stable_and_derived_from_content(tmp_path: Path) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "copy of a.txt"
    a.write_text("Title\n2025-03-07\nShares rose 4%.")
    b.write_text(a.read_text())
    assert load_article(a).article_id == load_article(b).article_id == content_id(a.read_text())
    assert load_article(SEEDS / "004_be3f86df37a2d424.txt").article_id == "be3f86df37a2d424"


def test_manifest_errors_name_the_entry(tmp_path: Path) -> None:
    (tmp_path / "manifest.toml").write_text(
        '[[article]]\nfile = "gone.txt"\npublished = 2025-01-01\n'
    )
    with pytest.raises(ManifestInvalid, match=r"gone\.txt"):
        read_manifest(tmp_path / "manifest.toml")
    (tmp_path / "x.txt").write_text("x")
    (tmp_path / "manifest.toml").write_text('[[article]]\nfile = "x.txt"\npublished = "soon"\n')
    with pytest.raises(ManifestInvalid, match="not a date"):
        read_manifest(tmp_path / "manifest.toml")


def test_articles_from_strings() -> None:
    art = Article.from_text("Title\nBody", published="2025-01-02", subject="9988.HK")
    assert art.subject == "BABA"
    assert art.title == "Title"
    assert art.published_at == dt.datetime(2025, 1, 2, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("text", "expected", "basis"),
    [
        (
            "Tesla sales slip\nTesla, which went public on June 29, 2010, sold fewer cars.\n"
            "Published: January 8, 2026",
            "2026-01-08",
            "text_cue",
        ),
        ("Adobe beats\nNEW YORK, March 20, 2026 (Reuters) - Adobe rose.", "2026-03-20", "dateline"),
        ("Title\nBy Jane Roe | March 3, 2025\nBody.", "2025-03-03", "dateline"),
        (
            "Title\nDecember 30, 2025 5:31 AM ET\nIt listed on March 3, 2004.",
            "2025-12-30",
            "dateline",
        ),
    ],
)
def test_publication_date_never_from_a_sentence_about_something_else(
    text: str, expected: str, basis: str
) -> None:
    found = find_published(text)
    assert found is not None
    assert (found[0].date().isoformat(), found[1]) == (expected, basis)


def test_a_date_only_inside_prose_is_no_publication_date() -> None:
    text = "Tesla sales slip\nTesla, which went public on June 29, 2010, sold fewer cars last week."
    assert find_published(text) is None


def test_the_publication_day_is_the_outlets_own(tmp_path: Path) -> None:
    """A Seoul paper's 06:42 on the 29th is the 28th in UTC; its "today" is still the 29th."""
    (tmp_path / "a.txt").write_text("Title\nZorvex rose 3% today.\n", encoding="utf-8")
    (tmp_path / MANIFEST_NAME).write_text(
        '[[article]]\nfile = "a.txt"\npublished = 2026-01-29T06:42:36+09:00\n', encoding="utf-8"
    )
    article = load_article(tmp_path / "a.txt")
    assert article.published_at.date() == dt.date(2026, 1, 28)
    assert article.published_on == dt.date(2026, 1, 29)
    [move] = [e for e in RuleExtractor().extract(article) if e.kind == "price_move"]
    assert move.occurred_start == dt.date(2026, 1, 29)


def test_a_given_time_keeps_its_own_day() -> None:
    article = Article.from_text("Title\nText.", published="2025-09-23T00:15:00+05:30")
    assert (article.published_at.date(), article.published_on) == (
        dt.date(2025, 9, 22),
        dt.date(2025, 9, 23),
    )


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Updated: July 15, 2025 14:19\nZorvex gains on launch\nBody.", "Zorvex gains on launch"),
        ("Tuesday, 23 September 2025 00:15\nColombo stocks rise.", "Colombo stocks rise."),
        ("10.12.2025 - 06:53:04\nZorvex PK US0727303028\nBody.", "Zorvex PK US0727303028"),
        ("May 2025 sales rise 5%\nBody.", "May 2025 sales rise 5%"),
        (
            "Pharma Desk Team | Friday, 20 February 2026\nZorvex Labs to launch",
            "Zorvex Labs to launch",
        ),
        ("By Jane Roe | Jan 5, 2025 14:19 IST\nZorvex falls\nBody.", "Zorvex falls"),
        ("PTI | Updated: Jan 5, 2025\nZorvex falls\nBody.", "Zorvex falls"),
        ("Zorvex Q3 | 20 February 2026\nBody.", "Zorvex Q3 | 20 February 2026"),
    ],
)
def test_a_time_stamp_line_is_no_title(text: str, title: str) -> None:
    assert Article.from_text(text, published="2025-09-23").title == title


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Title\nPublished on Tuesday, March 4, 2025 at 9:30 AM ET\nBody.", dt.date(2025, 3, 4)),
        ("Title\nPublished 2025/03/04 09:30 KST\nBody.", dt.date(2025, 3, 4)),
        ("Title\nLast Updated: 4th Mar 2025\nBody.", dt.date(2025, 3, 4)),
    ],
)
def test_a_cue_before_a_weekday_an_ordinal_or_a_year_first_date(
    text: str, expected: dt.date
) -> None:
    found = find_published(text)
    assert found is not None
    assert found[0].date() == expected
