"""Saved web pages: the article's own text, title, time, address and outlet, read from the page
by trafilatura, a maintained extractor of the main text of web pages.

Menus, scripts, styles, advertisements, comments and lists of related stories are left out;
what is kept is the headline, then the article's paragraphs, one per line with a blank line
between. That text is the article: every event's span points into it, and `timeline extract`,
`review` and the store's quotes show it.

The publication time is, in order: the caller's (``--published``), the manifest's, the page's
own metadata (``article:published_time``, JSON-LD, ``<time>``; basis ``page``), then a dateline
or "Published:" cue in the kept text (`timeline.articles.find_published`). The address is the
page's canonical URL, else the manifest's; the outlet is the page's site name, else the
manifest's, else the host name.

>>> page = (
...     "<html><head><title>Zorvex rises | Daily Ledger</title>"
...     '<meta property="og:site_name" content="Daily Ledger">'
...     '<meta property="article:published_time" content="2025-03-04T14:30:00+00:00">'
...     "</head><body><nav><a href='/'>Home</a> <a href='/m'>Markets</a></nav><article>"
...     "<h1>Zorvex rises</h1><p>Shares of Zorvex Corp rose 6.2% to $48.10 on Tuesday.</p>"
...     "<p>Helvion Securities upgraded the stock to buy from hold.</p></article>"
...     "<aside><a href='/x'>Five stocks to buy now</a></aside></body></html>"
... )
>>> article = page_article(page, source="page.html")
>>> print(article.text)
Zorvex rises
<BLANKLINE>
Shares of Zorvex Corp rose 6.2% to $48.10 on Tuesday.
<BLANKLINE>
Helvion Securities upgraded the stock to buy from hold.
>>> article.published_at.isoformat(), article.date_basis, article.outlet
('2025-03-04T14:30:00+00:00', 'page', 'Daily Ledger')
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
import warnings
from pathlib import Path

from timeline._time import local_day, to_utc
from timeline.articles import Article, ManifestEntry, content_id, find_published
from timeline.entities import canonical
from timeline.errors import ArticleDateMissing, ArticleUnreadable, InstantInvalid

__all__ = ["headed", "is_html", "page_article", "page_text", "readable"]

_HTML = re.compile(
    r"\A\s*(?:<!doctype\s+html|<html[\s>])|<(?:body|head|script|article|p)[\s>]", re.I
)
_MIN_WORDS = 5  # in the whole of what the extractor kept: fewer is a menu or a caption
_DOCUMENT = re.compile(r"<html[\s>]|<body[\s>]", re.I)
# htmldate's time format: the page's own time of publication, with its offset where it gives one
_DATE_FORMAT = "%Y-%m-%dT%H:%M:%S%z"


def is_html(text: str) -> bool:
    """Whether ``text`` is (the start of) an HTML page or fragment.

    >>> is_html("<!DOCTYPE html><html>"), is_html("  <p>Shares rose.</p>"), is_html("Shares rose.")
    (True, True, False)
    """
    return _HTML.search(text[:4096]) is not None


def page_text(html: str) -> str:
    """The readable text of an HTML fragment (a feed item's or an export's body): every line of
    text, markup and scripts left out, for content that is the article already.

    >>> page_text("<p>Shares <b>rose</b> 3%.</p><script>var x = 1;</script><p>Then fell.</p>")
    'Shares rose 3%.\\n\\nThen fell.'
    >>> page_text("Zorvex rose 3% on Tuesday.<br>")
    'Zorvex rose 3% on Tuesday.'
    """
    import trafilatura  # noqa: PLC0415 - a heavy import, only when a page is read

    page = html if _DOCUMENT.search(html[:4096]) else f"<html><body>{html}</body></html>"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        text = trafilatura.extract(page, favor_recall=True, include_comments=False)
        # a fragment too short for the extractor to call it an article: all of its text
        text = text or trafilatura.html2txt(page, clean=True)
    lines = (line.strip() for line in text.splitlines())
    return "\n\n".join(line for line in lines if line)


def readable(body: str) -> str:
    """The text of a record's or a feed item's body: HTML read as a page's text, else as is.

    >>> readable("<p>Zorvex rose 3%.</p>"), readable("  Zorvex rose 3%. ")
    ('Zorvex rose 3%.', 'Zorvex rose 3%.')
    """
    return page_text(body) if is_html(body) else body.strip()


def headed(text: str, title: object = None) -> str:
    """An article's text: ``text`` headed by its title unless it opens with it.

    >>> headed("Zorvex rose 3%.", "Zorvex rises")
    'Zorvex rises\\n\\nZorvex rose 3%.'
    """
    if isinstance(title, str) and title.strip() and not text.startswith(title.strip()):
        text = f"{title.strip()}\n\n{text}"
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n"))


def page_article(
    html: str,
    *,
    source: Path | str,
    published: dt.datetime | dt.date | str | None = None,
    entry: ManifestEntry | None = None,
    subject: str | None = None,
) -> Article:
    """The article of one saved page (``source``: where it was read, for messages and ids)."""
    import trafilatura  # noqa: PLC0415 - a heavy import, only when a page is read
    from trafilatura.settings import Document  # noqa: PLC0415

    path = Path(source)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # htmldate's own deprecation notices
        doc = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            # NOTE: without it, a short page's text comes from the fallback extractor as one
            # run of words, headline and byline included ("... after its run By Jane Roe
            # Marlow Partners downgraded ..."), and a byline's name is read as a broker
            favor_precision=True,
            date_extraction_params={"outputformat": _DATE_FORMAT, "original_date": True},
        )
    if not isinstance(doc, Document):
        doc = Document()  # nothing the extractor could call an article
    body = [line.strip() for line in (doc.text or "").splitlines()]
    body = [line for line in body if line]
    if sum(len(line.split()) for line in body) < _MIN_WORDS:  # a menu's "Home", not an article
        raise ArticleUnreadable(
            path, "no article text was found in the page (only navigation, scripts or markup)"
        )
    title = (doc.title or "").strip()
    if title and body[0] != title:
        body.insert(0, title)
    text = unicodedata.normalize("NFC", "\n\n".join(body))
    meta = _stamped(html, doc.date) or doc.date
    when, basis, day = _publication(path, text, meta, published, entry)
    return Article(
        article_id=entry.id if entry else content_id(text),
        path=path,
        text=text,
        published_at=when,
        date_basis=basis,
        subject=canonical(subject) if subject else (entry.subject if entry else None),
        published_day=day,
        url=doc.url or (entry.url if entry else None),
        outlet=doc.sitename or (entry.outlet if entry else None) or doc.hostname,
    )


# Where pages state their time of publication to the second (schema.org and Open Graph)
_STAMPS = (
    "//meta[@property='article:published_time' or @name='article:published_time' or "
    "@itemprop='datePublished' or @name='pubdate']/@content | //time[@datetime]/@datetime"
)


def _stamped(html: str, day: str | None) -> str | None:
    """The page's time of publication with its time of day, where the page states one for the
    day the extractor found (htmldate keeps the day of a JSON-LD or Open Graph time, and
    drops its time: a story of 14:30 would be known from midnight)."""
    from lxml import html as lxml_html  # noqa: PLC0415 - trafilatura's own parser

    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, TypeError):  # pragma: no cover - trafilatura read it already
        return None
    found = [str(v) for v in tree.xpath(_STAMPS)]
    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        try:
            data = json.loads(script)
        except ValueError:
            continue
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict) and isinstance(item.get("datePublished"), str):
                found.append(item["datePublished"])
    for value in found:
        if "T" in value and (day is None or value.startswith(day[:10])):
            return value.strip()
    return None


def _publication(
    path: Path,
    text: str,
    meta: str | None,
    published: dt.datetime | dt.date | str | None,
    entry: ManifestEntry | None,
) -> tuple[dt.datetime, str, dt.date | None]:
    """The publication time, its basis and the day as the outlet wrote it."""
    if published is not None:
        return to_utc(published), "given", local_day(published)
    if entry is not None:
        return entry.published, entry.date_basis, entry.published_day
    if meta:
        try:
            stamped = dt.datetime.strptime(meta, _DATE_FORMAT)
        except ValueError:
            stamped = None
        if stamped is not None:
            return to_utc(stamped), "page", stamped.date()
        try:
            return to_utc(meta), "page", local_day(meta)
        except InstantInvalid:
            pass
    found = find_published(text)
    if found is None:
        raise ArticleDateMissing(path, ["--published", "manifest.toml", "page metadata", "text"])
    return found[0], found[1], None
