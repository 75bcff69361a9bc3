"""Article exports as news APIs and scrapers write them: JSON Lines, Parquet and CSV, one article
a record.

The fields are found by their common names (`FIELDS`: ``body``, ``text`` or ``content`` for the
text; ``published``, ``publishedAt``, ``date`` or ``time`` for the publication time; ``title``,
``url``, ``source``, ...); ``mapping`` names the others (``--map body=story,published=ts``). A
body in HTML is read as a page's text. The title, when the record has one apart from the body,
opens the article's text, as a headline opens a page.

A record that cannot be an article (a line that is no JSON, no text, no readable time) is
reported with its line or row and skipped (`RecordInvalid`); the others are read. The time is
ISO 8601, a date, an RFC 2822 time as feeds write it, or seconds or milliseconds since 1970;
without one, ``published`` (``--published``) dates the record.

>>> import json, tempfile
>>> folder = Path(tempfile.mkdtemp())
>>> lines = [
...     {"title": "Zorvex rises", "content": "Zorvex rose 3% on Tuesday.", "publishedAt":
...      "2025-03-04T14:30:00Z", "url": "https://x.example/a", "source": {"name": "Ledger"}},
...     "not json",
...     {"title": "No body"},
... ]
>>> export = folder / "news.jsonl"
>>> _ = export.write_text("\\n".join(json.dumps(r) if isinstance(r, dict) else r for r in lines))
>>> for read in read_records(export):
...     print(read.text if isinstance(read, Article) else read)  # doctest: +ELLIPSIS
Zorvex rises
<BLANKLINE>
Zorvex rose 3% on Tuesday.
...news.jsonl, line 2: it is not a JSON object (Expecting value at character 1); it was ...
...news.jsonl, line 3: it has no article text (looked for body, text, content, ...
"""

from __future__ import annotations

import csv
import datetime as dt
import email.utils
import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from timeline._time import local_day, to_utc
from timeline.articles import Article, content_id
from timeline.entities import canonical
from timeline.errors import ArgumentInvalid, InstantInvalid, RecordInvalid
from timeline.sources.pages import headed, readable

__all__ = ["FIELDS", "RECORD_SUFFIXES", "parse_mapping", "read_records", "written_time"]

#: What each field of an article is called in common exports, in the order they are looked for.
FIELDS: Mapping[str, tuple[str, ...]] = {
    "body": ("body", "text", "content", "article", "full_text", "story", "description", "summary"),
    "title": ("title", "headline", "head"),
    "published": (
        "published", "published_at", "publishedAt", "publish_date", "pub_date", "pubDate",
        "date", "datetime", "time", "timestamp", "created_at", "updated",
    ),
    "url": ("url", "link", "uri", "href"),
    "outlet": ("outlet", "source", "source_name", "publisher", "site", "site_name", "domain"),
    "subject": ("subject", "ticker", "symbol"),
    "id": ("id", "article_id", "uuid", "guid"),
}  # fmt: skip
#: The suffixes of the exports read here.
RECORD_SUFFIXES = frozenset({".jsonl", ".ndjson", ".parquet", ".csv"})
_MILLIS = 10**11  # a number of seconds since 1970 this large is milliseconds (after 5138)


def parse_mapping(text: str | None) -> dict[str, str]:
    """``--map body=content,published=time`` as a mapping of our field to the export's.

    >>> parse_mapping("body=story, published = ts")
    {'body': 'story', 'published': 'ts'}
    """
    if not text:
        return {}
    mapping: dict[str, str] = {}
    for pair in text.split(","):
        ours, sep, theirs = (part.strip() for part in pair.partition("="))
        if not sep or ours not in FIELDS or not theirs:
            accepted = f"pairs field=column, the fields among {', '.join(FIELDS)}"
            raise ArgumentInvalid("--map", text, accepted)
        mapping[ours] = theirs
    return mapping


def read_records(
    path: Path,
    *,
    mapping: Mapping[str, str] | None = None,
    published: dt.datetime | dt.date | str | None = None,
    subject: str | None = None,
) -> Iterator[Article | RecordInvalid]:
    """Each record of the export at ``path``: its article, or why it is none."""
    for where, record in _rows(path):
        if isinstance(record, RecordInvalid):
            yield record
            continue
        try:
            yield _article(
                path, where, record=record, mapping=mapping or {}, published=published,
                subject=subject,
            )  # fmt: skip
        except RecordInvalid as problem:
            yield problem


def _rows(path: Path) -> Iterator[tuple[str, dict[str, Any] | RecordInvalid]]:
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        import polars as pl  # noqa: PLC0415 - only for a Parquet export

        for n, row in enumerate(pl.read_parquet(path).iter_rows(named=True), start=1):
            yield f"row {n}", row
    elif suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            for row in reader:
                yield f"line {reader.line_num}", dict(row)
    else:
        with path.open(encoding="utf-8-sig") as handle:
            for n, line in enumerate(handle, start=1):
                if line.strip():
                    yield f"line {n}", _json_object(path, f"line {n}", line)


def _json_object(path: Path, where: str, line: str) -> dict[str, Any] | RecordInvalid:
    try:
        value = json.loads(line)
    except json.JSONDecodeError as exc:
        at = "" if exc.msg.endswith(" at") else " at"  # "Invalid control character at"
        reason = f"it is not a JSON object ({exc.msg}{at} character {exc.pos + 1})"
        return RecordInvalid(path, where, reason, "Each line of a JSON Lines file is one object.")
    if not isinstance(value, dict):
        remedy = "Each line of a JSON Lines file is one object."
        return RecordInvalid(path, where, "it is not a JSON object", remedy)
    return value


def _field(record: Mapping[str, Any], name: str, mapping: Mapping[str, str]) -> Any:
    """The record's value of one of our fields: by ``mapping``'s name, else a common name."""
    if name in mapping:
        return record.get(mapping[name])
    for key in FIELDS[name]:
        value = record.get(key)
        if value not in (None, ""):
            return value
    return None


def _article(
    path: Path,
    where: str,
    *,
    record: Mapping[str, Any],
    mapping: Mapping[str, str],
    published: dt.datetime | dt.date | str | None,
    subject: str | None,
) -> Article:
    body = _field(record, "body", mapping)
    if not isinstance(body, str) or not body.strip():
        names = mapping.get("body") or ", ".join(FIELDS["body"])
        remedy = "Name its text column with --map body=COLUMN."
        raise RecordInvalid(path, where, f"it has no article text (looked for {names})", remedy)
    text = headed(readable(body), _field(record, "title", mapping))
    when, day = _when(path, where, _field(record, "published", mapping), published, mapping)
    given = subject or _field(record, "subject", mapping)
    ident = _field(record, "id", mapping)
    url = _field(record, "url", mapping)
    return Article(
        article_id=str(ident) if ident not in (None, "") else content_id(text),
        path=path,
        text=text,
        published_at=when,
        date_basis="given" if published is not None else "record",
        subject=canonical(given) if isinstance(given, str) and given else None,
        published_day=day,
        url=str(url) if url else None,
        outlet=_outlet(_field(record, "outlet", mapping)),
    )


def _outlet(value: Any) -> str | None:
    """An outlet's name, also from a nested source (``{"name": "Reuters"}``, as NewsAPI has it)."""
    if isinstance(value, Mapping):
        value = value.get("name") or value.get("title") or value.get("id")
    return str(value) if value not in (None, "") else None


def _when(
    path: Path,
    where: str,
    value: Any,
    published: dt.datetime | dt.date | str | None,
    mapping: Mapping[str, str],
) -> tuple[dt.datetime, dt.date | None]:
    """The record's publication instant and its day as the outlet wrote it."""
    if published is not None:
        return to_utc(published), local_day(published)
    if value in (None, ""):
        names = mapping.get("published") or ", ".join(FIELDS["published"][:6]) + ", ..."
        remedy = "Name its time column with --map published=COLUMN, or give --published."
        raise RecordInvalid(path, where, f"it has no publication time (looked for {names})", remedy)
    try:
        return written_time(value)
    except (InstantInvalid, ValueError, OverflowError, TypeError):
        remedy = "Give ISO 8601 (2025-03-04T14:30:00Z), a date, or seconds since 1970."
        raise RecordInvalid(path, where, f"its time {value!r} cannot be read", remedy) from None


def written_time(value: Any) -> tuple[dt.datetime, dt.date | None]:
    """A time as exports and feeds write it, as (its UTC instant, its day where it was written):
    ISO 8601, a date, RFC 2822, or seconds or milliseconds since 1970. Raises ValueError (or
    `InstantInvalid`, one) when it is none of them.

    >>> written_time("Tue, 04 Mar 2025 23:30:00 -0500")[1], written_time(1_741_098_600)[0].hour
    (datetime.date(2025, 3, 4), 14)
    """
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        seconds = value / 1000 if abs(value) >= _MILLIS else value
        instant = dt.datetime.fromtimestamp(seconds, dt.UTC)
        return instant, instant.date()
    if isinstance(value, str) and "," in value and not value[:4].isdigit():
        parsed = email.utils.parsedate_to_datetime(value)  # "Tue, 04 Mar 2025 14:30:00 GMT"
        return to_utc(parsed), parsed.date()
    return to_utc(value), local_day(value)
