"""A dateline opening an article or a title ("NEW YORK, March 20 (Reuters) -"): a place that
names no company.
"""

from __future__ import annotations

import re

from timeline.extract.places import is_place

# A dateline: "NEW YORK, March 20, 2026 (Reuters) -", "MUMBAI (Reuters) -", "Hong Kong, Jan 3 —"
# ("Catenaa, Friday, March 21, 2025- Hanwha ...": a weekday may head the date)
_DATELINE_DATE = r"(?:[A-Z][a-z]{2,5}day,?\s+)?[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s+\d{4})?\s*"
_DATELINE_AGENCY = r"\((?:[A-Za-z .]+)\)\s*"
# "NEW YORK, March 20 (Reuters) -", "Mumbai, Dec 30:", "Taipei, Aug. 11 (CNA) Shares ...",
# "Harare—The Zimbabwe ..."
_DATELINE_RE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Za-z.'\-]+(?:\s+[A-Z][A-Za-z.'\-]+){0,3})(?:,?\s+"
    rf"(?:(?P<dated>{_DATELINE_DATE})?(?P<agency>{_DATELINE_AGENCY})?[-—–]+|"
    rf"{_DATELINE_DATE}(?:{_DATELINE_AGENCY}[-—–:]*|[-—–:]+))|"
    # "Harare—The Zimbabwe Stock Exchange ...": a dash set close
    r"[—–]+(?=[A-Z]))\s*",
)


# A wire's time stamp: "11:41 AM EDT, 06/24/2024 (MT Newswires) --"
_STAMPED_DATELINE = re.compile(
    r"^\s*(?:\d{1,2}:\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{2,4})?,?\s*)?"
    r"(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2})\s*(?:\([^()]{2,40}\)\s*)?[-—–:]+\s*"
)


def _dateline(line: str) -> re.Match[str] | None:
    """A dateline opening ``line``: with a date or an agency, or a place before a dash
    ("NEW YORK -", "Mumbai -"), or an agency and a date in brackets ("[ET Net News Agency, 8
    December 2025]"); "Unilever – first-half profits jump" is a company and a dash."""
    if bracketed := _BRACKETED_DATELINE.match(line) or _STAMPED_DATELINE.match(line):
        return bracketed
    m = _DATELINE_RE.match(line)
    if m is None or m.group("dated") or m.group("agency"):
        return m
    place = m.group("place") or ""
    dashed = re.search(r"[-—–]+\s*$", m.group(0)) is not None
    return m if not dashed or place.isupper() or is_place(place) else None


_BRACKETED_DATELINE = re.compile(r"^\[[^\]]{3,80}\b(?:19|20)\d\d\]\s*")


def _dateline_span(text: str) -> tuple[int, int]:
    """Where a leading dateline's place and date stand (offsets into ``text``), if any."""
    offset = 0
    for line in text.split("\n")[:6]:
        m = _dateline(line)
        if m:
            return offset, offset + m.end()
        offset += len(line) + 1
    return 0, 0
