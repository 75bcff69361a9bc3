"""Reviewing extraction: the article with every event's span highlighted, and the events beside.

`review` gives a `Review`, which renders inline in notebooks (``_repr_html_``) and writes a
self-contained HTML page (`Review.write`; no network, no external scripts). Spans are coloured by
kind; each event in the side list links to its span, and clicking it scrolls there. When a gold
file exists for the article (``gold/<file stem>.toml`` beside it), missed facts are listed and
underlined in the text, and events the gold does not have are marked as extra. All article text
is escaped.

>>> from timeline.review import review
>>> page = review("seeds/004_be3f86df37a2d424.txt")
>>> len(page.events) >= 16, page.gold is not None, page.missed
(True, True, ())
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from timeline._templates import render
from timeline.articles import Article
from timeline.errors import ArgumentInvalid
from timeline.evaluate import load_gold, match_events
from timeline.events import KINDS, EventBase
from timeline.extract import Extractor, RuleExtractor
from timeline.extract.core import detect_subject
from timeline.sources import load_articles

__all__ = ["KIND_COLOURS", "Review", "review"]

KIND_COLOURS = {kind: model.info.colour for kind, model in KINDS.items() if model.info.colour}
_STYLE = """
body{font-family:system-ui,sans-serif;margin:0;display:flex;height:100vh}
#text{flex:3;overflow:auto;padding:1.5em 2em;line-height:1.6;white-space:pre-wrap}
#events{flex:2;overflow:auto;padding:1em;border-left:1px solid #ccc;background:#fafafa}
mark{border-radius:3px;padding:0 1px;scroll-margin-top:40vh}
mark.active{outline:3px solid #d6604d}
.missed{border-bottom:2px dashed #b2182b}
.event{display:block;margin:.4em 0;padding:.4em .6em;border-radius:4px;color:inherit;
text-decoration:none;border:1px solid #ddd}
.event:hover{border-color:#888}.extra{border:2px solid #b2182b}
.kind{font-weight:600}.when{color:#555;font-size:.9em}
h2{font-size:1.05em;margin:1em 0 .3em}.gap{color:#b2182b}
"""
_SCRIPT = """
document.querySelectorAll('a.event').forEach(function(a){a.addEventListener('click',function(e){
e.preventDefault();var m=document.getElementById(a.dataset.span);
document.querySelectorAll('mark.active').forEach(function(x){x.classList.remove('active')});
m.classList.add('active');m.scrollIntoView({block:'center'});});});
"""


@dataclass(frozen=True, slots=True)
class Review:
    """An article, its extracted events, and (when a gold file exists) the comparison."""

    article: Article
    events: tuple[EventBase, ...]
    gold: Path | None = None
    missed: tuple[dict[str, Any], ...] = ()
    extra: tuple[str, ...] = ()  # event ids the gold does not have

    def _pieces(self) -> list[dict[str, Any]]:
        """The article cut at every span edge; each piece with its highlight, if any."""
        text = self.article.text
        cuts = {0, len(text)}
        spans = [(e.span_start, e.span_end) for e in self.events]
        missed = [
            (text.find(g["quote"]), text.find(g["quote"]) + len(g["quote"])) for g in self.missed
        ]
        for a, b in [*spans, *[m for m in missed if m[0] >= 0]]:
            cuts |= {a, b}
        anchors: dict[int, list[str]] = {}
        for i, e in enumerate(self.events):
            anchors.setdefault(e.span_start, []).append(f"span-{i}")
        pieces = []
        for a, b in itertools.pairwise(sorted(cuts)):
            covering = [e for e in self.events if e.span_start <= a and b <= e.span_end]
            pieces.append(
                {
                    "text": text[a:b],
                    "colour": KIND_COLOURS.get(covering[0].kind, "#eee") if covering else None,
                    "kinds": ", ".join(sorted({KINDS[e.kind].info.label for e in covering})),
                    "anchors": anchors.get(a, []) if covering else [],
                    "missed": any(m0 <= a and b <= m1 for m0, m1 in missed if m0 >= 0),
                }
            )
        return pieces

    def _event_items(self) -> list[dict[str, Any]]:
        return [
            {
                "anchor": f"span-{i}",
                "kind": KINDS[e.kind].info.label,
                "colour": KIND_COLOURS.get(e.kind, "#eee"),
                "extra": e.event_id in self.extra,
                "values": ", ".join(
                    f"{k}={v}"
                    for k, v in e.ev_payload().items()
                    if v is not None and k != "description"
                ),
                "when": f"{e.occurred_start}..{e.occurred_end} ({e.occurred_precision})"
                if e.occurred_start
                else "occurrence unknown",
            }
            for i, e in enumerate(self.events)
        ]

    def _render(self, template: str) -> str:
        return render(
            template,
            title=self.article.title,
            source={
                "outlet": self.article.outlet,
                "url": self.article.url,
                "link": (self.article.url or "").startswith(("https://", "http://")),
                "published": f"{self.article.published_at:%Y-%m-%d %H:%M} UTC",
                "basis": self.article.date_basis,
            },
            pieces=self._pieces(),
            events=self._event_items(),
            gold=self.gold.name if self.gold else None,
            missed=self.missed,
            extra_count=len(self.extra),
            style=_STYLE,
            script=_SCRIPT,
        )

    def to_html(self) -> str:
        """A self-contained page: inline style and script, no network; text is escaped."""
        return self._render("review.html.j2")

    def _repr_html_(self) -> str:
        return self._render("review_inline.html.j2")

    def write(self, path: Path | str) -> Path:
        """Write the page; returns its path."""
        out = Path(path)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(self.to_html(), encoding="utf-8")
        return out


def _gold_for(article: Article) -> Path | None:
    if article.path is None:
        return None
    candidate = article.path.parent / "gold" / f"{article.path.stem}.toml"
    return candidate if candidate.is_file() else None


def _one(source: Path | str, published: str | None, subject: str | None) -> Article:
    """The one article of a file: a text, a saved page, or an export or feed of one."""
    loaded = load_articles([source], published=published, subject=subject)
    if loaded.failures:
        raise loaded.failures[0][1]
    if len(loaded.articles) != 1:
        accepted = "a file of one article (a text or a page); this one holds "
        raise ArgumentInvalid("source", source, accepted + f"{len(loaded.articles)}")
    return loaded.articles[0]


def review(
    source: Path | str | Article,
    *,
    extractor: Extractor | None = None,
    published: str | None = None,
    subject: str | None = None,
) -> Review:
    """Extract an article and compare with its gold file when one exists."""
    article = source if isinstance(source, Article) else _one(source, published, subject)
    events = tuple((extractor or RuleExtractor()).extract(article))
    gold_path = _gold_for(article)
    if gold_path is None:
        return Review(article, events)
    gold = load_gold(gold_path)
    subject_ = gold.subject or detect_subject(article)
    _, missed, extra = match_events(gold.events, events, subject_, gold)
    return Review(article, events, gold_path, tuple(missed), tuple(e.event_id for e in extra))
