"""Articles: reading text files and finding when each was published, and how we know.

The publication date is the article's knowledge time, so every event's ``reported_at`` rests on
it. It is looked for, in order, in:

1. ``published=`` given by the caller (``--published`` on the command line): basis ``given``;
2. the manifest (``manifest.toml`` beside the articles): basis as the manifest records it;
3. a dateline near the top (``30.12.2025 - 05:31:03``, ``2025-12-30``, ``2025/12/30``,
   ``2025年12月30日``, ``December 30th, 2025``, ``30 December 2025``, ``30-Dec-2025``): basis
   ``dateline``;
4. an explicit cue anywhere (``Published: ...``, ``Posted on Tuesday, ...``, ``Updated ...``
   with a full date): basis ``text_cue``.

A date with no year is never guessed, nor the order of a slashed day and month ("04/03/2025").
An article whose date cannot be found raises `ArticleDateMissing`, naming the file and how to
supply the date; `timeline.sources`, which reads batches of files of every kind, records the
failure and goes on with the rest.

Article ids are stable: the manifest's ``id`` when the manifest lists the file, else the first
16 hex digits of the SHA-256 of the text (so a copy under another name is the same article).

Examples
--------
>>> from timeline.articles import find_published
>>> find_published("Title\\n30.12.2025 - 05:31:03Alibaba US01609W1027\\nBody.")
(datetime.datetime(2025, 12, 30, 5, 31, 3, tzinfo=datetime.timezone.utc), 'dateline')
>>> find_published("Body only. September 27 is mentioned without a year.")
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import tomllib
import unicodedata
import warnings
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from timeline._time import MONTH_PATTERN, MONTHS, WEEKDAYS, local_day, to_utc, utc_now
from timeline.entities import canonical
from timeline.errors import (
    ArticleDateMissing,
    ArticleUnreadable,
    InstantInvalid,
    ManifestInvalid,
)

__all__ = [
    "MANIFEST_NAME",
    "Article",
    "ArticleEncodingWarning",
    "ArticleSkipped",
    "ManifestEntry",
    "RunQuestions",
    "content_id",
    "find_published",
    "load_article",
    "manifest_entries",
    "manifest_entry_of",
    "read_manifest",
    "read_text",
    "run_questions",
    "text_article",
]

MANIFEST_NAME = "manifest.toml"
MAX_BYTES = 2_000_000  # twenty times the longest news article: a corpus, not an article

_TIME = r"(?:[\sT,-]+(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?)?"
_ORDINAL = r"(?:st|nd|rd|th)?"
_DATELINES = [
    re.compile(r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})" + _TIME),
    # "2025-03-04", "2025/03/04", "2025.03.04": year first (a day-first or month-first slash
    # date is never guessed)
    re.compile(r"\b(?P<y>\d{4})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)(?P<d>\d{1,2})\b" + _TIME),
    re.compile(r"(?P<y>\d{4})年\s?(?P<m>\d{1,2})月\s?(?P<d>\d{1,2})日" + _TIME),  # "2025年3月4日"
    re.compile(
        MONTH_PATTERN + r"\s+(?P<d>\d{1,2})" + _ORDINAL + r",?\s+(?P<y>\d{4})" + _TIME,
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?P<d>\d{1,2})"
        + _ORDINAL
        + r"(?:\s+|-)"
        + MONTH_PATTERN
        + r",?(?:\s+|-)(?P<y>\d{4})"
        + _TIME,
        re.IGNORECASE,
    ),
]
# "Published:", "Posted on Tuesday,": the words before a date that say it is the page's own
_WEEKDAY = r"(?:(?:" + "|".join(WEEKDAYS) + r"|mon|tue|tues|wed|thu|thurs|fri|sat|sun)\.?,?\s+)?"
_CUE = re.compile(r"\b(?:published|posted|dated)\b[:\s]+(?:on\s+)?" + _WEEKDAY, re.IGNORECASE)
_UPDATED = re.compile(r"\b(?:updated|last updated)\b[:\s]+(?:on\s+)?" + _WEEKDAY, re.IGNORECASE)
_DATELINE_WINDOW = 400


class ArticleSkipped(UserWarning):
    """An article of a batch could not be read and was left out; the rest went on."""


class ArticleEncodingWarning(UserWarning):
    """An article was not UTF-8 and was decoded with a fallback encoding."""


@dataclass(frozen=True, slots=True)
class ManifestEntry:
    """One article as the manifest describes it."""

    file: str
    id: str
    published: dt.datetime
    date_basis: str
    subject: str | None = None
    published_day: dt.date | None = None  # the day as written, in the outlet's own offset
    url: str | None = None
    outlet: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """A loaded article: its text, id, publication time (UTC) and how that time was found,
    and where it was published (``url``, ``outlet``) when its source says."""

    article_id: str
    path: Path | None
    text: str
    published_at: dt.datetime
    date_basis: str
    subject: str | None = None
    encoding: str = "utf-8"
    published_day: dt.date | None = None  # the day as written, in the outlet's own offset
    url: str | None = None
    outlet: str | None = None

    @property
    def published_on(self) -> dt.date:
        """The calendar day of publication where the article was published: the day its
        "today" and "on Tuesday" count from (a Seoul paper's 06:42 on the 29th is the 28th
        in UTC, and still the 29th here)."""
        return self.published_day or self.published_at.date()

    @property
    def title(self) -> str:
        r"""The first non-empty line that is not a time stamp or a byline ("Updated: July 15,
        2025 14:19", "10.12.2025 - 06:53:04", "By Jane Roe, CNN" above a headline are no title).

        >>> text = "Updated: July 15, 2025 14:19\nZorvex rises"
        >>> Article.from_text(text, published="2025-07-15").title
        'Zorvex rises'
        """
        return _title(self.text)

    @classmethod
    def from_text(
        cls,
        text: str,
        *,
        published: dt.datetime | dt.date | str,
        article_id: str | None = None,
        subject: str | None = None,
    ) -> Article:
        """An article from a string (for notebooks and tests)."""
        return cls(
            article_id=article_id or content_id(text),
            path=None,
            text=text,
            published_at=to_utc(published),
            date_basis="given",
            subject=canonical(subject) if subject else None,
            published_day=local_day(published),
        )


# What a time stamp line is made of: dates, times, zones and the words that introduce them
_STAMP_WORDS = re.compile(
    r"\b(?:updated|published|posted|last|modified|on|at|am|pm|a\.m|p\.m|hrs|ist|gmt|utc|bst|cet|"
    r"cest|et|est|edt|pt|pst|pdt|jst|kst|hkt|sgt|aest|aedt|"
    + MONTH_PATTERN
    + r"|"
    + "|".join(WEEKDAYS)
    + r")\b\.?",
    re.I,
)


# A byline: "By Jordan Valinsky, CNN", "By Jane Roe and John Doe"
_BYLINE = re.compile(
    r"^By\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&)){0,5}(?:,\s*[A-Z][\w &.'’-]{1,40})?$"
)


@lru_cache(maxsize=8)  # asked of one article again and again: by the extractor, figure by figure
def _title(text: str) -> str:
    first = None
    for line in text.splitlines():
        if line := line.strip():
            if not _is_stamp(line):
                return line
            first = first or line
    return first or ""


def _is_stamp(line: str) -> bool:
    """A line of nothing but a date and a time (and words like "Updated:"), or a byline, or
    both in parts set apart by a bar ("Desk Team | Friday, 20 February 2026").

    >>> _is_stamp("Desk Team | Friday, 20 February 2026"), _is_stamp("By Jane Roe | Jan 5, 2025")
    (True, True)
    >>> _is_stamp("Zorvex | Shares jump 5% on Friday"), _is_stamp("Zorvex Q3 | 20 February 2026")
    (False, False)
    """
    parts = [p.strip() for p in _PARTS.split(line)]
    if len(parts) > 1:
        stamped = [_is_stamp(p) for p in parts]
        writers = (s or _WRITER.match(p) for p, s in zip(parts, stamped, strict=True))
        return any(stamped) and all(writers)
    rest = _STAMP_WORDS.sub("", line)
    stamp = bool(re.search(r"\d", line)) and not re.search(r"[^\W\d_]", rest)
    return stamp or _BYLINE.match(line) is not None


# The parts of a byline line: "ANI | Updated: Jan 5, 2025", "Desk Team · 20 February 2026"
_PARTS = re.compile(r"\s[|·•]\s")
# Who wrote it, beside a bar: a name or a desk ("India Pharma Outlook Team", "ANI", "By Jane Roe")
_WRITER = re.compile(
    r"^(?:By\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3}\s+(?:Team|Desk|Bureau|Staff)$|"
    r"^By\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}$|^[A-Z]{2,6}$"
)


def content_id(text: str) -> str:
    """The id of an article not in a manifest: 16 hex digits of the SHA-256 of its text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _date_from_match(m: re.Match[str]) -> dt.datetime | None:
    parts = m.groupdict()
    month = int(parts["m"]) if parts.get("m") else MONTHS[parts["month"].lower()]
    try:
        return dt.datetime(
            int(parts["y"]),
            month,
            int(parts["d"]),
            int(parts.get("h") or 0),
            int(parts.get("mi") or 0),
            int(parts.get("s") or 0),
            tzinfo=dt.UTC,
        )
    except ValueError:
        return None


_PLACE = re.compile(
    r"^\s*(?:(?:By\s+[^|\n]{2,60}\|\s*)|(?:[A-Z][A-Za-z.'\-]+(?:\s+[A-Z][A-Za-z.'\-]+){0,3},\s+))?"
)
_STANDALONE_REST = 25  # a date line may carry a time, a zone, a label


def _dateline(line: str, m: re.Match[str]) -> bool:
    """A date that heads its line ("NEW YORK, March 20, 2026 (Reuters) -", "30.12.2025 -
    05:31") or stands alone on a short line, not one inside a sentence about something else
    ("Tesla, which went public on June 29, 2010, ...")."""
    lead = _PLACE.match(line)
    rest = len(line.strip()) - (m.end() - m.start())
    return (lead is not None and lead.end() >= m.start()) or rest <= _STANDALONE_REST


def _cue_date(text: str, cue: re.Pattern[str]) -> dt.datetime | None:
    for found in cue.finditer(text):
        tail = text[found.end() : found.end() + 60]
        for pattern in _DATELINES:
            m = pattern.match(tail)
            if m and (when := _date_from_match(m)):
                return when
    return None


def find_published(text: str) -> tuple[dt.datetime, str] | None:
    """The publication time found in the text itself, with its basis, or ``None``.

    In order: a "Published:"/"Posted"/"Dated" cue anywhere; a dateline near the top (a date
    heading its line or alone on a short line); an "Updated" cue. A date inside a sentence is
    what the sentence is about, never the publication date. Times in a dateline carry no zone
    in most feeds; they are read as UTC.
    """
    when = _cue_date(text, _CUE)
    if when is not None:
        return when, "text_cue"
    for line in text[:_DATELINE_WINDOW].split("\n"):
        for pattern in _DATELINES:
            for m in pattern.finditer(line):
                if _dateline(line, m) and (when := _date_from_match(m)):
                    return when, "dateline"
    when = _cue_date(text, _UPDATED)
    return (when, "text_cue") if when is not None else None


@dataclass(frozen=True, slots=True)
class RunQuestions:
    """What a folder's manifest asks `timeline run`: dates, and a company, if it says."""

    dates: tuple[dt.date, ...] = ()
    subject: str | None = None


def run_questions(folder: Path) -> RunQuestions:
    """The ``[run]`` table of ``folder``'s manifest (empty when there is none).

    >>> from pathlib import Path
    >>> run_questions(Path("seeds")).subject
    'BABA'
    """
    path = folder / MANIFEST_NAME
    try:
        table = tomllib.loads(path.read_text("utf-8")).get("run", {})
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError):
        return RunQuestions()
    dates = tuple(d for d in table.get("dates", []) if isinstance(d, dt.date))
    subject = table.get("subject")
    return RunQuestions(dates, canonical(subject) if isinstance(subject, str) else None)


def read_manifest(path: Path) -> dict[str, ManifestEntry]:
    """The manifest's entries by file name. Raises `ManifestInvalid` on the first bad entry."""
    entries, problems = manifest_entries(path)
    if problems:
        raise problems[0]
    return entries


def manifest_entries(path: Path) -> tuple[dict[str, ManifestEntry], list[ManifestInvalid]]:
    """Good entries by file name, and one error per bad entry (the others still count)."""
    try:
        table = tomllib.loads(path.read_text("utf-8"))
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        return {}, [ManifestInvalid(path, "(file)", str(exc).splitlines()[0])]
    entries: dict[str, ManifestEntry] = {}
    problems: list[ManifestInvalid] = []
    for raw in table.get("article", []):
        try:
            entry = _manifest_entry(path, raw)
        except ManifestInvalid as exc:
            problems.append(exc)
            continue
        entries[entry.file] = entry
    return entries, problems


def _manifest_entry(path: Path, raw: dict[str, Any]) -> ManifestEntry:
    name = str(raw.get("file", ""))
    if not name:
        raise ManifestInvalid(path, "(unnamed)", "`file` is missing")
    if not (path.parent / name).is_file():
        raise ManifestInvalid(path, name, f"names a file that does not exist in {path.parent}")
    published = raw.get("published")
    try:
        instant = published if isinstance(published, dt.date) else str(published)
        when, day = to_utc(instant), local_day(instant)
    except InstantInvalid:
        raise ManifestInvalid(path, name, f"`published` {published!r} is not a date") from None
    basis = str(raw.get("date_basis") or "manifest")
    subject = raw.get("subject")
    url, outlet = raw.get("url"), raw.get("outlet")
    return ManifestEntry(
        file=name,
        id=str(raw.get("id") or Path(name).stem),
        published=when,
        date_basis=basis,
        subject=canonical(subject) if subject else None,
        published_day=day,
        url=str(url) if url else None,
        outlet=str(outlet) if outlet else None,
    )


_HTML = re.compile(r"\A\s*(?:<!doctype\s+html|<html[\s>])|<(?:body|head|script)[\s>]", re.I)


def _decode(path: Path, data: bytes) -> tuple[str, str]:
    if not data.strip():
        raise ArticleUnreadable(path, "the file is empty")
    if b"\x00" in data[:4096]:
        raise ArticleUnreadable(path, "the file is binary (it contains NUL bytes)")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        warnings.warn(
            f"{path}: not UTF-8; decoded as {encoding}. Re-save it as UTF-8 to be sure.",
            ArticleEncodingWarning,
            stacklevel=3,
        )
        return text, encoding
    raise ArticleUnreadable(path, "the text is in no encoding we can read")  # pragma: no cover


def read_text(path: Path) -> tuple[str, str]:
    """The text of a file and the encoding it was read in: UTF-8, else cp1252 or Latin-1 with
    a warning. Raises `ArticleUnreadable` for a file that is missing, empty, binary or larger
    than one article can be."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ArticleUnreadable(
                path,
                f"the file is {size:,} bytes, over the {MAX_BYTES:,}-byte limit for one article; "
                "split it into its articles",
            )
        data = path.read_bytes()
    except OSError as exc:
        raise ArticleUnreadable(path, exc.strerror or str(exc)) from None
    return _decode(path, data)


def manifest_entry_of(
    path: Path, manifest: dict[str, ManifestEntry] | None = None
) -> ManifestEntry | None:
    """What ``manifest`` (by default, the manifest beside the file) says of the file."""
    if manifest is None:
        manifest_path = path.parent / MANIFEST_NAME
        manifest = read_manifest(manifest_path) if manifest_path.is_file() else {}
    return manifest.get(path.name)


def load_article(
    path: Path | str,
    *,
    published: dt.datetime | dt.date | str | None = None,
    manifest: dict[str, ManifestEntry] | None = None,
    subject: str | None = None,
) -> Article:
    """Read one plain-text article and find its publication date (see the module docstring).
    An HTML page is refused here: `timeline.sources.load_articles` reads a page's own text."""
    path = Path(path)
    text, encoding = read_text(path)
    if _HTML.search(text[:4096]):
        raise ArticleUnreadable(
            path,
            "it is an HTML page, and its markup and scripts would be read as the article; "
            "load it with timeline.sources.load_articles (as every command does), which reads "
            "a page's own text",
        )
    return text_article(
        path, text, encoding, published=published, entry=manifest_entry_of(path, manifest),
        subject=subject,
    )  # fmt: skip


def text_article(
    path: Path,
    text: str,
    encoding: str = "utf-8",
    *,
    published: dt.datetime | dt.date | str | None = None,
    entry: ManifestEntry | None = None,
    subject: str | None = None,
) -> Article:
    """The article of a plain text read from ``path``, dated as the module docstring says."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n"))
    found = _publication(path, text, published, entry)
    day = local_day(published) if published is not None else entry.published_day if entry else None
    return Article(
        article_id=entry.id if entry else content_id(text),
        path=path,
        text=text,
        published_at=found[0],
        date_basis=found[1],
        subject=canonical(subject) if subject else (entry.subject if entry else None),
        encoding=encoding,
        published_day=day,
        url=entry.url if entry else None,
        outlet=entry.outlet if entry else None,
    )


def _publication(
    path: Path,
    text: str,
    published: dt.datetime | dt.date | str | None,
    entry: ManifestEntry | None,
) -> tuple[dt.datetime, str]:
    if published is not None:
        return to_utc(published), "given"
    if entry is not None:
        return entry.published, entry.date_basis
    found = find_published(text)
    if found is None:
        raise ArticleDateMissing(path, ["--published", MANIFEST_NAME, "dateline", "text cues"])
    if found[0] > utc_now() + dt.timedelta(days=1):
        raise ArticleDateMissing(
            path, [f"{found[1]} gave {found[0]:%Y-%m-%d}, which is in the future"]
        )
    return found
