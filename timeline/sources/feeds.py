"""RSS and Atom feeds, read by feedparser: each item is an article.

An item's text is its full content where the feed carries it, else its summary (HTML read as
a page's text), headed by its title; its time is when it was published (else updated); its
address is its link, and its outlet the feed's title. An item with no text or no time is
reported and skipped (`RecordInvalid`), unless ``published`` (``--published``) dates them all.

>>> import tempfile
>>> feed = Path(tempfile.mkdtemp()) / "markets.rss"
>>> _ = feed.write_text('''<?xml version="1.0"?><rss version="2.0"><channel>
... <title>Daily Ledger: Markets</title>
... <item><title>Zorvex rises</title><link>https://x.example/a</link>
... <description>&lt;p&gt;Zorvex rose 3% on Tuesday.&lt;/p&gt;</description>
... <pubDate>Tue, 04 Mar 2025 14:30:00 GMT</pubDate></item>
... <item><title>Undated</title><description>No time.</description></item>
... </channel></rss>''')
>>> for read in read_feed(feed):
...     print(f"{read.outlet}: {read.text!r}" if isinstance(read, Article) else read)
... # doctest: +ELLIPSIS
Daily Ledger: Markets: 'Zorvex rises\\n\\nZorvex rose 3% on Tuesday.'
...markets.rss, item 2 ('Undated'): it has no publication time; it was skipped. ...
"""

from __future__ import annotations

import calendar
import datetime as dt
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from timeline._time import local_day, to_utc
from timeline.articles import Article, content_id
from timeline.entities import canonical
from timeline.errors import ArticleUnreadable, RecordInvalid
from timeline.sources.pages import headed, readable
from timeline.sources.records import written_time

__all__ = ["FEED_SUFFIXES", "is_feed", "read_feed"]

#: The suffixes of the feeds read here (an ``.xml`` file is read as one when it is a feed).
FEED_SUFFIXES = frozenset({".rss", ".atom", ".xml"})


def is_feed(head: str) -> bool:
    """Whether a file's first characters are those of an RSS or Atom feed.

    >>> is_feed('<?xml version="1.0"?><rss version="2.0">'), is_feed("<html>")
    (True, False)
    """
    start = head[:2048].lower()
    return "<rss" in start or "<feed" in start or "<rdf:rdf" in start


def read_feed(
    path: Path,
    *,
    published: dt.datetime | dt.date | str | None = None,
    subject: str | None = None,
) -> Iterator[Article | RecordInvalid]:
    """Each item of the feed at ``path``: its article, or why it is none."""
    import feedparser  # noqa: PLC0415 - only when a feed is read

    parsed = feedparser.parse(path.read_bytes())
    if not parsed.entries:
        reason = "it holds no feed items" + (
            f" (it is not a well-formed feed: {parsed.bozo_exception})" if parsed.bozo else ""
        )
        raise ArticleUnreadable(path, reason)
    outlet = parsed.feed.get("title") or None
    for n, item in enumerate(parsed.entries, start=1):
        where = f"item {n}" + (f" ({item.get('title')!r})" if item.get("title") else "")
        try:
            yield _article(
                path, where, item=item, outlet=outlet, published=published, subject=subject
            )
        except RecordInvalid as problem:
            yield problem


def _article(
    path: Path,
    where: str,
    *,
    item: Mapping[str, Any],
    outlet: str | None,
    published: dt.datetime | dt.date | str | None,
    subject: str | None,
) -> Article:
    contents = item.get("content") or []
    body = (contents[0].get("value") if contents else None) or item.get("summary") or ""
    text = readable(body)
    if not text:
        remedy = "A feed item needs a summary or content."
        raise RecordInvalid(path, where, "it has no text", remedy)
    text = headed(text, item.get("title"))
    if published is not None:
        when, day, basis = to_utc(published), local_day(published), "given"
    else:
        (when, day), basis = _when(path, where, item), "feed"
    return Article(
        article_id=content_id(text),
        path=path,
        text=text,
        published_at=when,
        date_basis=basis,
        subject=canonical(subject) if subject else None,
        published_day=day,
        url=item.get("link") or None,
        outlet=outlet,
    )


def _when(path: Path, where: str, item: Mapping[str, Any]) -> tuple[dt.datetime, dt.date]:
    """The item's publication instant and its day as the feed wrote it (a Tokyo feed's 08:00 on
    the 5th is the 4th in UTC, and still the 5th where it was published); else the time
    feedparser read (in UTC), where our reading of the text fails."""
    written = item.get("published") or item.get("updated")
    if written:
        try:
            when, day = written_time(written)
        except (ValueError, TypeError, OverflowError):
            pass
        else:
            return when, day or when.date()
    stamp: time.struct_time | None = item.get("published_parsed") or item.get("updated_parsed")
    if stamp is None:
        remedy = "Give every item a pubDate (RSS) or published (Atom), or pass --published."
        raise RecordInvalid(path, where, "it has no publication time", remedy)
    when = dt.datetime.fromtimestamp(calendar.timegm(stamp), dt.UTC)
    return when, when.date()
