"""The companies of one article (`Subjects`): its subject decided from the title, the body
and the mentions, a market wrap's index, and each sentence's, section heading's and label's
subject.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from timeline.entities import canonical, normalise, resolve
from timeline.extract.gates import gated
from timeline.extract.markets import LISTING_SUFFIX, crowns_market, exchange_of, market_of
from timeline.extract.mentions import find_entities
from timeline.extract.numbers import AMOUNT_WORDS
from timeline.extract.places import is_place
from timeline.extract.subjects.datelines import _dateline, _dateline_span
from timeline.extract.subjects.names import (
    _as_company,
    _broker_at_work,
    _occurrences,
    _short_names,
    acts,
    at_work,
    product_mention,
    reports_results,
    without_full_stop,
    written_form,
)
from timeline.extract.subjects.tickers import (
    ACRONYMS,
    EXCHANGES,
    Listed,
    _bare_ticker,
    _initials_of,
    find_listed,
    legal_bracket_tickers,
)
from timeline.extract.subjects.titles import (
    _TITLE_GENERIC,
    _TITLE_STOP,
    _from_title,
    _most_named,
    _owned_in_title,
    _staked,
    _title_runs,
    described_company,
)
from timeline.extract.text import LIST_MARKER, POSSESSIVE_END

__all__ = ["Subjects"]

# A list item's marker opening a sentence
_ITEM_OPENS = re.compile(rf"{LIST_MARKER}\s")


def _no_company(own: str) -> bool:
    """Whether an article's (or section's) subject ``own`` is no company: unknown, or an index
    (a market wrap's)."""
    return own == "UNKNOWN" or resolve(own, "index") is not None or own.lower().endswith(" index")


# A place's adjective before an index's name: "Spanish", "pan-European", "Japan's"
_PLACE_WORD = re.compile(r"^(?:[Pp]an-)?(?P<place>[A-Z][\w.]*?)(?:['’]s)?\s+(?P<rest>.+)$")


def _placed_index(name: str) -> str | None:
    """The index ``name`` is, written after the adjective of its place ("Spanish IBEX 35",
    "pan-European FTSEurofirst 300"), when the table knows it without that word.

    >>> _placed_index("Spanish IBEX 35"), _placed_index("Spanish Broadcasting System")
    ('IBEX35', None)
    """
    placed = _PLACE_WORD.match(name)
    if placed is None or not is_place(placed["place"]):
        return None
    return resolve(placed["rest"], "index")


# A company's name as an article writes it, not a ticker's id ("Zorvex", "Brelmor Energy")
_PLAIN_NAME = re.compile(r"[A-Z][a-z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}")
# A name and, in brackets, letters that may be its initials: "The Trade Desk (TTD)"
_ABBREVIATED = re.compile(
    r"(?P<name>[A-Z][\w&'’-]*(?:[ ]+(?:[A-Z][\w&'’-]*|&|of|and)){1,5})[ ]+\((?P<t>[A-Z]{2,5})\)"
)
_MARKET_NAME = re.compile(r"\b(?:Exchange|Index|Average|Market|Bourse)\b")
# How often the body must write a name to win over a title's head it never writes
_OUTNAMING = 3
_THE = re.compile(r"^The\s+")


def _count_listed(
    listed: list[Listed], body_start: int, counts: Counter[str], names: dict[str, str]
) -> None:
    """Each ticker's weight in the choice of the article's company (more in the title and the
    lead), and its company's names."""
    for ticker in listed:
        weight = 4 if ticker.start < body_start else 3
        counts[ticker.id] += weight + (2 if ticker.start < body_start + 400 else 0)
        for form in _short_names(ticker.name or ""):
            names.setdefault(normalise(form), ticker.id)


def _initialled(text: str) -> Iterator[tuple[str, str]]:
    """Companies no table knows, named with their initials in brackets that the story writes
    as a stock's: ("TTD", "The Trade Desk") for "The Trade Desk (TTD)" and "TTD stock"."""
    for m in _ABBREVIATED.finditer(text):
        letters, name = m["t"], m["name"]
        if resolve(letters) is not None or letters in ACRONYMS:
            continue
        # its legal form's letter may end them unwritten: "Reliance Industries (RIL)"
        initials = _initials_of(letters, name) or (
            letters[-1] in "LC" and len(letters) > 2 and _initials_of(letters[:-1], name)
        )
        if not initials or name[0] != letters[0] or _MARKET_NAME.search(name):
            continue
        if re.search(
            rf"(?<![\w$.&/-]){letters}(?:\s+(?:shares?|stock)\b|['’]s\s+(?:shares?|stock)\b)",
            text,
        ):
            yield letters, name


@dataclass(slots=True)
class Subjects:
    """The companies of one article: a local name table, the article's subject, its market,
    and every company mention of the article text (read once, used for each sentence)."""

    article: str
    names: dict[str, str] = field(default_factory=dict)
    found: tuple[tuple[int, str], ...] = ()
    market: str | None = None
    crowns: str | None = None  # whose crowns the article means, where no market is named
    words: frozenset[str] = frozenset()  # the words the article writes in lower case
    passing: frozenset[int] = frozenset()  # where a mention only compares ("a Zorvex rival")
    # the symbols of the article's listings, written bare later ("PTBI is 12.3% higher" after
    # "(NASDAQ:PTBI)"): symbol -> id
    symbols: dict[str, str] = field(default_factory=dict)
    text: str = ""  # the article's text, for what a heading's first word names
    _pattern: re.Pattern[str] | None = None
    _symbols_pattern: re.Pattern[str] | None = None

    @property
    def exchange(self) -> str:
        """The exchange-calendars code of the article's market: its subject's listing, else
        (a plain ticker or a name) the market the article's own words point to, else NYSE."""
        if LISTING_SUFFIX.search(self.article) or self.market is None:
            return exchange_of(self.article)
        return self.market

    @classmethod
    def of(
        cls, text: str, title: str, given: str | None = None, shun: frozenset[str] = frozenset()
    ) -> Subjects:
        """Decide the subject of an article (``given`` wins: the manifest's or ``--subject``);
        none of ``shun`` (names the article's own events show acting on a company: a broker
        that rates it, a fund that buys it) is its subject."""
        names: dict[str, str] = {}
        counts: Counter[str] = Counter()
        title, body_start = _heading(title)
        listed = find_listed(text)
        market = market_of(text)
        if market is None:  # a US article: "Brinker International Inc (EAT)" is a ticker too
            listed = sorted([*listed, *legal_bracket_tickers(text, listed)], key=lambda t: t.start)
        _count_listed(listed, body_start, counts, names)
        words = frozenset(re.findall(r"(?<![\w'’-])[a-z][a-z'’-]+(?![\w'’-])", text))
        crowns = None if market else crowns_market(text)
        subjects = cls(
            given or "UNKNOWN", names, market=market, crowns=crowns, words=words, text=text
        )
        subjects.symbols = _symbols(text, listed)
        subjects.found = tuple(subjects.mentions(text, listed))
        place = _dateline_span(text)
        subjects.passing = frozenset(at for at, _ in subjects.found if _passing(text, at))
        for mention, company in subjects.found:
            if place[0] <= mention < place[1]:
                continue  # a dateline's place is not a company
            if mention in subjects.passing:
                continue  # "a Zorvex competitor": a yardstick, not the story's company
            weight = 5 if mention < body_start else (2 if mention < body_start + 300 else 1)
            counts[company] += weight
        initialled = list(_initialled(text))
        for _, name in initialled:  # a company the story writes as a stock: a ticker's
            counts[subjects.id_of(_THE.sub("", name))] += 3
        for name in [c for c in counts if acts(c, shun)] if shun else ():
            counts.pop(name, None)  # in any legal form: "HDFC Securities Ltd"
        if given is None and (index := _wrapped_index(text, title, subjects.found, listed)):
            # a market wrap: the index its title's market moves with, unless a clause of the
            # title is about a company ("FTSE 100 movers: Zorvex rallies on results")
            body = text[body_start:]
            headed = _clause_company(title, body, words) or _title_story(title, body, words)
            subjects.article = subjects.id_of(headed) if headed else index
        elif given is None:
            subjects.article = subjects._company(
                text, title, body_start=body_start, counts=counts, listed=listed, shun=shun
            )
        subjects._abbreviations(initialled)
        return subjects

    def _abbreviations(self, initialled: list[tuple[str, str]]) -> None:
        """Letters in brackets after a company's name, its initials ("The Trade Desk (TTD)"),
        that the story writes as a stock's ("TTD stock has plunged 39%") stand for that company,
        where no table knows them; not an exchange's ("Bombay Stock Exchange (BSE)", a company
        of its own); ``initialled``: what `_initialled` found in the article."""
        for letters, name in initialled:
            if normalise(letters) not in self.names:
                self.names[normalise(letters)] = self.id_of(name)

    def _company(
        self,
        text: str,
        title: str,
        *,
        body_start: int,
        counts: Counter[str],
        listed: list[Listed],
        shun: frozenset[str],
    ) -> str:
        """The company of an article that is no market wrap: the one the mentions favour
        (``counts``), unless the title names another the body repeats."""
        body = text[body_start:]
        top = counts.most_common(1)[0] if counts else None
        titled = _from_title(title, body, shun)
        if titled and body_start == 0:  # a lead's "Korean Air Co." is "Korean Air"
            titled = written_form(titled, text)
        if titled in shun:
            titled = None
        named = _as_company(titled, body) if titled else 0
        if (
            top is not None
            and top[1] >= 3
            and not self._outnamed(top[0], titled, named, body_start, listed)
        ):
            titled = None  # a company the mentions favour, unless the title's outnames it
        if top is not None and top[1] < _OUTNAMING and titled is None and top[0] not in shun:
            # a known company named once in passing ("Antfin, a subsidiary of Alibaba Group")
            # loses to the one the body names with its legal form more often ("Shares of One97
            # Communications Ltd ... edged lower")
            bodied = self._from_body(body)
            if bodied and bodied not in shun and len(_occurrences(bodied, body)) > top[1]:
                return bodied
        if top is not None and (
            titled is None
            or (named < 2 and not self._outnamed(top[0], titled, named + 1, body_start, listed))
        ):
            return top[0]  # a ticker, or a company named early or in the title
        # one passing mention loses to the company the title heads and the body repeats; a
        # title's head the body never writes ("Smallcap stock wins order") to the company
        # the body names most
        unwritten = titled is not None and not _occurrences(titled, body)
        bodied = (
            (self._from_body(body) or self._most_named(body, title, titled, shun) or titled)
            if unwritten
            else titled or self._from_body(body)
        )
        if bodied and bodied not in shun:
            return bodied
        ticker = _bare_ticker(text)
        if ticker and ticker not in shun:
            return ticker
        # no title, listing or legal form names it: the name the text writes most as a company's,
        # else the one it tells by what it does
        return _most_named(text, self.words, shun) or described_company(text, shun) or "UNKNOWN"

    def _most_named(
        self, body: str, title: str, titled: str | None, shun: frozenset[str]
    ) -> str | None:
        """The name the body writes most as a company's, for a title's head it never writes;
        none when a stake or a rating in the title names the company ("Quenwick Starts to Sell
        Zorvex Stake": Zorvex, however unwritten), or the title writes it as a company's ("The
        Bank of Zorvia’s board is meeting")."""
        if titled == _staked(title):
            return None
        named = _most_named(body, self.words, shun)
        if titled and _owned_in_title(titled, title):
            # "The Bank of Zorvia’s board ...": the title writes it as a company, unless the
            # body writes another often ("Selected stock price target news of the day" above
            # six mentions of AutoZone)
            outnamed = named is not None and len(_occurrences(named, body)) >= _OUTNAMING
            return named if outnamed else None
        return named

    def _outnamed(
        self, top: str, titled: str | None, named: int, body_start: int, listed: list[Listed]
    ) -> bool:
        """Whether the company the title names (``titled``, which no table knows; the body
        names it as a company ``named`` times) outweighs the known company ``top`` the mentions
        favour: the title does not name ``top``, no ticker does, and the body names ``titled``
        more often than ``top`` ("Xiaomi unveils new phone and car" beside three mentions of
        Apple)."""
        if titled is None or normalise(titled) in self.names or top in self.names.values():
            return False
        if any(t.id == top for t in listed):
            return False
        mentions = [at for at, c in self.found if c == top and at not in self.passing]
        if any(at < body_start for at in mentions):
            return False
        return named > len(mentions)

    def _from_body(self, body: str) -> str | None:
        """The company of an article whose title names none ("Upgrades & Downgrades"): of
        the names the body gives with a legal suffix ("DOMAIN HOLDINGS LIMITED"), the one
        it names most often, in any case or by its first word, at least twice. Its forms
        join this article's name table.

        >>> s = Subjects("UNKNOWN")
        >>> s._from_body("ZORVEX MINING LIMITED was upgraded. Zorvex's target was cut.")
        'Zorvex Mining'
        >>> s.id_of("Zorvex")
        'Zorvex Mining'
        >>> Subjects("UNKNOWN")._from_body("After Quillon Group sold its unit, Quillon rose.")
        'Quillon'
        """
        tally: Counter[str] = Counter()
        written: dict[str, str] = {}
        for m in (*_LEGAL_NAME.finditer(body), *_SHARES_OF_NAME.finditer(body)):
            written_name = m.group(0).title() if m.group(0).isupper() else m.group(0)
            if not _short_names(written_name) or _broker_at_work(m.group(0), body):
                continue  # "analysis firms, ... and Brelmor Group (Brelmor)": who forecasts
            short = written_form(written_name, body)
            key = normalise(short)
            first = re.escape(short.split()[0])
            tally[key] = len(re.findall(rf"(?<![\w]){first}(?![\w])", body, re.I))
            if _SHARES_BEFORE.search(body, 0, m.start()) or _SHARES_AFTER.match(body, m.end()):
                tally[key] += 2  # "Shares of Rathi Steel and Power Limited surged": whose shares
            later = re.search(re.escape(short), body[m.end() :], re.I)
            written.setdefault(key, later.group(0) if later else short)
        if not tally:
            return None
        key, named = tally.most_common(1)[0]
        if named < 2:
            return None
        upper = written[key].isupper() and len(written[key]) > _ACRONYM
        name = written[key].title() if upper else written[key]
        self.names.setdefault(key, name)
        return name

    def mentions(self, text: str, listed: list[Listed] | None = None) -> list[tuple[int, str]]:
        """(offset, id) of every company named in ``text``: the alias table's and this
        article's own names and tickers (``listed``: the tickers, when already found)."""
        known = find_entities(text, kinds=("company",))
        out = [(m.start, m.id) for m in known]
        taken = [(m.start, m.end) for m in known]
        if self.names:
            if self._pattern is None:
                alts = sorted(self.names, key=len, reverse=True)
                body = "|".join(r"\s+".join(map(re.escape, a.split())) for a in alts)
                self._pattern = re.compile(rf"(?<![\w$])(?:{body})(?:['’]s)?(?![\w-])", re.I)
            for m in self._pattern.finditer(text):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                key = normalise(POSSESSIVE_END.sub("", m.group(0)))
                if key in self.names:
                    out.append((m.start(), self.names[key]))
                    taken.append(m.span())
        for ticker in find_listed(text) if listed is None else listed:
            if not any(a <= ticker.start < b + 3 for a, b in taken):
                out.append((ticker.start, ticker.id))
                taken.append((ticker.start, ticker.end))
        out += self._symbols_in(text, taken)
        return sorted(out)

    def _symbols_in(self, text: str, taken: list[tuple[int, int]]) -> list[tuple[int, str]]:
        """(offset, id) of the article's listings' symbols written bare in ``text``, in
        capitals, outside the spans ``taken`` ("PTBI is 12.3% higher")."""
        if not self.symbols:
            return []
        if self._symbols_pattern is None:
            written = "|".join(sorted(map(re.escape, self.symbols), key=len, reverse=True))
            self._symbols_pattern = re.compile(rf"(?<![\w$.:/-])(?:{written})(?![\w&-]|\.\w)")
        return [
            (m.start(), self.symbols[m.group(0)])
            for m in self._symbols_pattern.finditer(text)
            if not any(a <= m.start() < b for a, b in taken)
        ]

    def id_of(self, name: str) -> str:
        """The id of a company named in this article ("Amazon.com Inc." -> "AMZN"): the
        article's own names and tickers, then the alias table; a name no table holds is
        the article's own company when it is that company's name in another form ("Titan
        Ltd", "Titan's" in an article about "Titan"), else the name as written, without its
        possessive.

        >>> Subjects("ACME", {"acme": "ACME"}).id_of("Acme Corp.")
        'ACME'
        >>> s = Subjects("Zorvex")
        >>> s.id_of("Zorvex Ltd"), s.id_of("Zorvex’s"), s.id_of("Quillon Industries Inc.'s")
        ('Zorvex', 'Zorvex', 'Quillon Industries Inc.')
        >>> s.id_of("Quillon.")
        'Quillon'

        """
        name = POSSESSIVE_END.sub("", name.strip())
        name = without_full_stop(name)  # "for Zorvex.": the sentence's end, not the name's
        forms = _short_names(name) or [name]
        for form in forms:
            key = normalise(form)
            if key in self.names:
                return self.names[key]
            known = resolve(form)
            if known:
                return known
        if any(normalise(form) == normalise(self.article) for form in forms):
            return self.article
        if index := _placed_index(name):
            return index  # "the Spanish IBEX 35", "the pan-European STOXX 600"
        if self._opens_with_article(name):
            return self.article  # "Cogent Communications" in a story its title calls "Cogent"
        return self._by_first_word(name) or canonical(name)

    def _opens_with_article(self, name: str) -> bool:
        """Whether ``name`` is the article's own company, a one-word name no table knows,
        written with more words after it ("Cogent Communications" for "Cogent").

        >>> s = Subjects("Cogent", words=frozenset({"stock", "can"}))
        >>> s._opens_with_article("Cogent Communications"), s._opens_with_article("Cogentix")
        (True, False)
        >>> s._opens_with_article("Cogent Stock Can")
        False
        """
        article = normalise(self.article)
        words = normalise(name).split()
        return (
            len(words) > 1
            and words[0] == article
            and not any(w in self.words for w in words[1:])  # "Boeing Stock Can": words
            and " " not in article
            and self.article not in self.names.values()
            and _PLAIN_NAME.fullmatch(self.article) is not None
        )

    def company_named(self, name: str) -> str | None:
        """The id of the company ``name`` is, when it is surely one: the alias table's, this
        article's own, or a name with its legal form ("Shree Cement Limited"); else None (a
        broker, an investor, an index, or a capitalised name that may be anything).

        >>> s = Subjects("ACME", {"acme": "ACME"})
        >>> s.company_named("Acme's"), s.company_named("Zorvex Cement Limited")
        ('ACME', 'Zorvex Cement')
        >>> s.company_named("Morgan Stanley"), s.company_named("Marlow Lite")
        (None, None)
        """
        name = POSSESSIVE_END.sub("", name.strip())
        known = find_entities(name)
        if known and len(known[0].text) >= len(name) - 1:
            return known[0].id if known[0].kind == "company" else None
        if normalise(name) in self.names or normalise(name) == normalise(self.article):
            return self.id_of(name)
        if _LEGAL_NAME.fullmatch(name):
            return self.id_of(_short_names(name)[-1] if _short_names(name) else name)
        return None

    def is_word(self, name: str) -> bool:
        """Whether ``name`` is a word written with a capital, not a name: a currency or unit
        ("Rs"), or one word that no table knows and that the article writes in lower case
        elsewhere ("Based on ...": a sentence's first word).

        >>> s = Subjects.of("Based on this, Zorvex fell. It is based in Oslo.", "Zorvex falls")
        >>> s.is_word("Based"), s.is_word("Zorvex"), s.is_word("Rs")
        (True, False, True)
        """
        name = POSSESSIVE_END.sub("", name.strip())
        return name.lower().strip(".") in _AMOUNT_WORDS or (
            " " not in name
            and not name.isupper()
            and name.lower() in self.words
            and normalise(name) not in self.names
            and resolve(name) is None
        )

    def _by_first_word(self, name: str) -> str | None:
        """A one-word name that opens exactly one of this article's listed names: "Wisetech"
        after "WiseTech Global Ltd (ASX: WTC)"; or that opens the name of the article's own
        company no table knows: "Cogent" in a story on "Cogent Communications".

        >>> Subjects("X", {"wisetech global": "WTC.AX"})._by_first_word("Wisetech")
        'WTC.AX'
        >>> Subjects("Cogent Communications")._by_first_word("Cogent")
        'Cogent Communications'
        """
        if " " in name.strip() or len(name) < 4:
            return None
        key = normalise(name)
        ids = {i for n, i in self.names.items() if n.split()[0] == key and " " in n}
        if not ids and " " in self.article and normalise(self.article).split()[0] == key:
            return self.article
        return ids.pop() if len(ids) == 1 else None

    def names_article(self, start: int, end: int) -> bool:
        """Whether the article's own company is named between offsets ``start`` and ``end``:
        a mention of it, or, for a company no table knows (its id is the name the article
        writes: "Zorvex"), that name written there.

        >>> text = "Banks that follow Zorvex rate it a buy. Zorvex fell. Oil rose."
        >>> s = Subjects.of(text, "Zorvex view")
        >>> s.article, s.names_article(0, 40), s.names_article(53, 62)
        ('Zorvex', True, False)
        """
        if any(start <= at < end and c == self.article for at, c in self.found):
            return True
        if self.article in self.names.values() or not _PLAIN_NAME.fullmatch(self.article):
            return False
        own = rf"(?<![\w]){re.escape(self.article)}(?![\w])"
        return re.search(own, self.text[start:end]) is not None

    def of_sentence(self, text: str, start: int | None = None, section: str | None = None) -> str:
        """The subject of one sentence: the section's (``section``, else the article's),
        unless the sentence opens on another company and never names that one. With
        ``start``, the sentence's offset in the article, the mentions found when the
        article was read are used.

        >>> s = Subjects("ACME", {"acme": "ACME", "globex": "GBX"})
        >>> s.of_sentence("Globex shares rose 3%."), s.of_sentence("Shares rose 3%.", section="GBX")
        ('GBX', 'GBX')
        """
        own = section or self.article
        named = self._named_in(text, start)
        if start is not None:  # a rival, a partner or a shop named beside it is no subject
            named = [(at, c) for at, c in named if start + at not in self.passing]
        if not named:
            # "After Zorvex sold its unit, a fund raised its stake": a name no table knows,
            # doing what only a company does, is the sentence's company; so is one reporting
            # its results in a list's item or beside an index's story ("➢ Zorvex notched Q2
            # EPS of Rs.5.5"), where the article's own company is none
            working = at_work(text)
            if working is None and (_ITEM_OPENS.match(text) or _no_company(own)):
                working = reports_results(text)
            return self.id_of(working) if working and not self.is_word(working) else own
        if any(c == own for _, c in named):
            return own
        first_at, first = named[0]
        lead = text[:first_at]
        if first_at <= 60 and not re.search(r"\b(?:than|like|rival|peer|versus|vs)\b", lead, re.I):
            return first
        return own

    def only_named(self, text: str, start: int | None = None) -> str | None:
        """The one company ``text`` names (however often), or None when it names none or
        several: whose "the stock" is in the sentence after ("The year's laggard was Zorvex
        (ZVX)." then "The stock dropped 62%.").

        >>> s = Subjects("ACME", {"acme": "ACME", "globex": "GBX"})
        >>> s.only_named("Globex, a rival, beat Globex's own forecast.")
        'GBX'
        >>> s.only_named("Globex and Acme both beat."), s.only_named("Oil rose.")
        (None, None)
        """
        named = {c for _, c in self._named_in(text, start)}
        return named.pop() if len(named) == 1 else None

    def names_any(self, text: str, start: int | None = None) -> bool:
        """Whether ``text`` names any company (``start``: its offset in the article).

        >>> s = Subjects("ACME", {"acme": "ACME"})
        >>> s.names_any("Acme rose."), s.names_any("It sees 20% upside.")
        (True, False)
        """
        return bool(self._named_in(text, start))

    def of_heading(self, text: str, start: int | None = None) -> str | None:
        """The company a section heading introduces ("WiseTech Global Ltd (ASX: WTC)",
        "Acme Corp: buy"): the one company a short heading names, else None.

        >>> Subjects("ACME", {"acme": "ACME"}).of_heading("Globex Corp (NYSE: GBX)")
        'GBX'
        >>> Subjects("ACME").of_heading("Zorvex Corporation Ltd (ZVX)")
        'Zorvex Corporation Ltd'
        """
        # a rival a heading measures its company against opens no section ("Competition with
        # Zorvex")
        named = {
            c
            for at, c in self._named_in(text, start)
            if start is None or start + at not in self.passing
        }
        line = text.strip()
        if not named and (ticked := _NAME_TICKER_LINE.fullmatch(line)):
            name = ticked.group("name")  # "SOCO Corporation Ltd (SOC)": a section's company
            return None if find_entities(name) else self.id_of(name)
        if not named and _LEGAL_NAME.fullmatch(line) and not find_entities(line):
            # "Zorvex Health Services Limited": a section's company, named without its legal
            # form as the sentences name it
            forms = _short_names(line)
            return self.id_of(forms[1] if len(forms) > 1 else line)
        if not named and start is not None and len(text) <= _SECTION_HEADING_MAX:
            return self._legally_named(line, start + len(text))
        if len(named) != 1 or len(text) > _SECTION_HEADING_MAX:
            return None
        # a ticker, or a heading of a few words only: a section about the company, not a
        # subheading that mentions it ("Why analysts prefer Globex to its peers")
        return named.pop() if find_listed(text) or len(text.split()) <= 5 else None

    def _legally_named(self, heading: str, end: int) -> str | None:
        """The company a heading opens on by its first word, where the paragraph after it
        (from offset ``end``) opens on that company's name with its legal form: "Quillon nets
        $5.6B, up 29%" over "Quillon Foods Corp. grew its profit ...", as a results roundup
        heads each company's paragraphs.

        >>> text = "Quillon nets $5.6B\\nQuillon Foods Corp. grew its profit by 29%."
        >>> Subjects("ACME", text=text).of_heading("Quillon nets $5.6B", 0)
        'Quillon Foods'
        >>> text = "Profit nets $5.6B\\nProfit Foods Corp. grew its profit by 29%."
        >>> Subjects("ACME", text=text, words=frozenset(["profit"])).of_heading(text[:17], 0)
        """
        first = _FIRST_WORD.match(heading)
        after = _NON_BLANK.search(self.text, end)
        opening = _LEGAL_NAME.match(self.text, after.start()) if after else None
        if first is None or opening is None or first.group(0).lower() in self.words:
            return None
        name = opening.group(0)
        if not name.startswith(first.group(0)) or "\n" in name or find_entities(name):
            return None  # another name, or one the tables know ("Zorvex Securities Ltd")
        forms = _short_names(name)
        return self.id_of(forms[-1]) if forms else None

    def of_label(self, text: str) -> str | None:
        """The company a label line opens a section for: a line that is only a name and a
        colon ("- KEI Industries:", "Infosys:"), as stock-call lists head each company's
        calls. A broker, an index or a generic label ("Key takeaways:") opens none.

        >>> s = Subjects("ACME", {"acme": "ACME"})
        >>> s.of_label("- Zorvex Mining:"), s.of_label("Acme:"), s.of_label("Morgan Stanley:")
        ('Zorvex Mining', 'ACME', None)
        >>> s.of_label("Top Picks:"), s.of_label("Analysts said:")
        (None, None)
        >>> Subjects("ACME", words=frozenset(["ratios"])).of_label("Ratios:") is None
        True
        """
        m = _LABEL.fullmatch(text.strip())
        if m is None:
            return None
        name = m.group("name")
        words = [w.lower() for w in name.split()]
        if any(w in _TITLE_GENERIC or w in _TITLE_STOP or w in _LABEL_GENERIC for w in words):
            return None
        if all(self._a_word(w) for w in words):
            return (
                None  # "Ratios:", "Insider Transactions:": words the article writes in lower case
            )
        known = find_entities(name)
        if known and known[0].kind != "company" and len(known[0].text) == len(name):
            return None
        return self.id_of(name)

    def _a_word(self, word: str) -> bool:
        """Whether the article writes ``word`` (in lower case) in lower case, as such or in
        its other number ("transactions" where it writes "transaction")."""
        return any(w in self.words for w in (word, word.removesuffix("s"), f"{word}s"))

    def _named_in(self, text: str, start: int | None) -> list[tuple[int, str]]:
        if start is None:
            return self.mentions(text)
        end = start + len(text)
        return [(at - start, c) for at, c in self.found if start <= at < end]


def _passing(text: str, at: int) -> bool:
    """Whether the company named at offset ``at`` is named only beside the story's own: a
    rival it is measured against ("a Zorvex competitor", "yet another 'Zorvex 3 killer'",
    "cheaper than Zorvex", "has beaten rivals, most notably Zorvex"), or a partner it works
    with ("in partnership with Zorvex, Quillon and Helvion").

    >>> text = "Quillon unveils a Zorvex competitor, cheaper than Zorvex. Zorvex said no."
    >>> [_passing(text, m.start()) for m in re.finditer("Zorvex", text)]
    [True, True, False]
    >>> text = "Quillon, in partnership with Helvion, Zorvex and Brelmor, ships a phone."
    >>> [_passing(text, m.start()) for m in re.finditer("Quillon|Zorvex|Brelmor", text)]
    [False, True, True]
    """
    after = text[at : at + _COMPARED_REACH]
    name = re.match(r"[\w&.-]+(?:\s+[A-Z][\w&.-]*)*", after)
    end = at + (name.end() if name else 0)
    return bool(
        _COMPARED_BEFORE.search(text, max(0, at - _COMPARED_REACH), at)
        or _COMPARED_AFTER.match(text, end)
        or _PARTNER_BEFORE.search(text, max(0, at - _PARTNER_REACH), at)
        or _CHANNEL_BEFORE.search(text, max(0, at - _COMPARED_REACH), at)
        or product_mention(text, at, end)
    )


# Where a product is sold, not who makes it: "will go on sale from March 12 via Amazon",
# "available exclusively on Flipkart", "sold through Walmart and Target"
_CHANNEL_BEFORE = gated(
    r"\b(?i:via|through|exclusively\s+(?:on|at|from)|available\s+(?:on|at|from)|sold\s+(?:on|at)|"
    r"(?:on\s+sale|up\s+for\s+(?:sale|pre-?order)|pre-?orders?)\s+(?:[^,;.]{0,25}\s)?(?:on|at))"
    # the shops listed before this one ("via Amazon, Flipkart and"), each a capitalised name
    r"\s+(?:the\s+)?(?:[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,3},?\s(?:and\s|or\s)?){0,4}$"
)


# What compares a product or a company with a rival's, before or after the rival's name
_COMPARED_REACH = 40  # characters
_PARTNER_REACH = 100  # characters: the partners of a list before this one
_PARTNER_BEFORE = gated(
    r"\b(?:partnership|partnered|partnering|partners|teamed\s+up|tie-up|collaboration|"
    r"collaborating|collaborates|alliance)\s+with\s+(?:the\s+)?"
    r"(?:[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*,?\s+(?:and\s+)?)*$"
)
_COMPARED_BEFORE = gated(
    r"\b(?:than|like|unlike|versus|vs\.?|against|rivals?\s+(?:to|of)|compared\s+(?:to|with)|"
    r"tribute\s+to|mimick?ed|copied|(?:most\s+)?notably|take\s+on|takes\s+on|taking\s+on|"
    r"outsold|outsells?|outselling|"
    # "Competition with Zorvex", "the rivalry with Zorvex", "a price war against Zorvex"
    r"(?:competition|competing|competes|compete|rivalry|battle|war|fight)\s+(?:with|against))"
    r"\s+(?:the\s+)?[‘'\"“]?$",
    re.I,
)
_COMPARED_AFTER = re.compile(
    r"(?:['’]s)?[’'\"”]?(?:\s+[\w-]+){0,2}?[’'\"”]?\s+(?:competitor|rival|killer|challenger|"
    r"alternative|fighter|beater|clone|lookalike)s?\b",
    re.I,
)


def _heading(first_line: str) -> tuple[str, int]:
    """The title and where the body starts: a first line that is the lead, not a title, is
    body, and its first sentence stands for the title."""
    if _LEAD.search(first_line) or len(first_line) > _TITLE_MAX:
        return re.split(r"(?<=[a-z)’'][.!?])\s+(?=[A-Z])", first_line, maxsplit=1)[0], 0
    return first_line, len(first_line)


# A first line that is no title but the article's lead: sentences, or longer than titles run
_LEAD = re.compile(r"[a-z)’'][.!?]\s+[A-Z]")
_TITLE_MAX = 160  # characters


# A company's name with its legal form, in any case: "Acme Holdings Ltd", "ACME LIMITED"
_LEGAL_NAME = re.compile(
    # "After Zorvex Group sold ...": a clause's opening word is no part of the name
    r"\b(?!(?:After|Before|When|While|Since|Once|Following|Although|Though|As|If|In|On|At|For|"
    r"From|With|By|The|But|And|Also|Meanwhile)\s)"
    r"[A-Z][\w&'’-]*(?:\s+(?:and\s+)?[A-Z][\w&'’-]*){0,4}\s+"  # "Rathi Steel and Power Ltd"
    r"(?:(?i:Limited|Ltd|Inc|Incorporated|Corp|Corporation|plc|AG|SE|SA|NV|Holdings|Group)\b\.?|"
    r"(?:and|&)\s+(?:Company|Co)\b\.?)"  # "Eli Lilly and Company", "Procter & Gamble Co."
)
# A name whose shares the text speaks of, legal form or not: "Shares of Zorvex Toolroom hit"
_SHARES_OF_NAME = re.compile(
    r"(?<=\b[Ss]hares of )(?!the\b|[Tt]he\b)[A-Z][\w&'’-]*(?:\s+(?:and\s+)?[A-Z][\w&'’-]*){0,3}"
)
# A company whose shares the text speaks of: "Shares of Acme Ltd", "Acme Ltd's shares"
_SHARES_BEFORE = re.compile(r"\b(?:shares|stock|scrip)\s+of\s+$", re.I)
_SHARES_AFTER = re.compile(r"(?:['’]s)?\s+(?:shares|stock|scrip)\b", re.I)
_ACRONYM = 4  # letters: "PCR" stays as written, "DOMAIN HOLDINGS" is title-cased
_AMOUNT_WORDS = frozenset(w.lower() for w in AMOUNT_WORDS)
_SECTION_HEADING_MAX = 90  # characters: a name and a ticker, not a headline's sentence
_FIRST_WORD = re.compile(r"[A-Z][\w&'’-]+")

_NON_BLANK = re.compile(r"\S")
# A line that is a company's name and its bare ticker, as small-cap roundups head each company
_NAME_TICKER_LINE = re.compile(
    r"(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,5})\s*\((?:[A-Z]{2,6}:\s*)?[A-Z0-9]{2,6}\)"
)
# A label line: a list marker at most, a name of up to six words, a colon, nothing after it
_LABEL = re.compile(
    r"(?:[-•*·▪◦–]\s*)?(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:[A-Z0-9][\w&.'’-]*|of|and|&)){0,5})\s*:"
)
# Labels of an article's parts, not of a company: "Key takeaways:", "Outlook:", "Note:"
_LABEL_GENERIC = frozenset(
    [
        "key",
        "takeaways",
        "outlook",
        "note",
        "notes",
        "summary",
        "source",
        "sources",
        "disclaimer",
        "upgrades",
        "downgrades",
        "picks",
        "gainers",
        "losers",
        "sector",
        "sectors",
        "highlights",
        "view",
        "views",
        "rating",
        "ratings",
        "target",
        "targets",
        "verdict",
        "why",
        "also",
        "related",
        "read",
        "more",
        "updates",
        "earnings",
        "results",
        "q1",
        "q2",
        "q3",
        "q4",
        # a person's role: "CEO Jamie Dimon:" heads what a person said
        "ceo",
        "cfo",
        "chairman",
        "chairwoman",
        "founder",
        "president",
        "director",
        "analyst",
        "minister",
        "governor",
        "chief",
    ]
)


# A title about a market, not a company: "HK stocks end the day down", "Sensex falls 300 points"
_MARKET_TITLE = re.compile(
    r"\b(?i:stocks|equities|markets?|bourses?|indices|index|benchmarks?|blue[\s-]chips|"
    r"exchange|closing\s+bell|opening\s+bell)\b"
)
# A name's shares in a title: "Zorvex shares surge", "ZRV Stock Price Rises"
_NAME_SHARES = re.compile(
    r"\b(?!The\b)(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}?)(?:['’]s?)?\s+"
    r"(?i:shares|stock)\b(?!\s+(?i:exchange|market))"
)
# An index no table knows, as a wrap's opening names it: "the All-Share Index (ASI)",
# "DSEX, the premier index of ...", "its main index, MASI, rose"
_WRITTEN_INDEX = (
    re.compile(
        r"(?<![\w&'’/.-])(?P<name>(?!The\b)[A-Z][\w&'’/-]*(?:\.\w+)*"
        r"(?:[\s-](?:(?!The\b)[A-Z0-9][\w&'’/-]*(?:\.\w+)*|\([A-Z]{2,8}\))){0,5}\s+[Ii]ndex)\b"
    ),
    re.compile(r"\b(?P<name>[A-Z][A-Z0-9.-]{2,11}),\s+(?:the|its)\s+(?:[a-z]+\s+){0,2}index\b"),
    re.compile(
        r"\b(?:main|benchmark|key|broad|flagship|premier)\s+index,?\s+(?:the\s+)?"
        r"(?P<name>[A-Z][A-Z0-9.-]{2,11})\b"
    ),
)
_WRAP_LEAD = 600  # characters of the body where a wrap names its index
_SHARES_OF_PLACE = re.compile(r"\b(?P<place>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+(?i:shares)\b")


def _places_shares(title: str) -> bool:
    """Whether a title speaks of a market's shares and of no company: "NZ shares sink",
    "European shares rise" (not "Zorvex shares sink", "Taiwan shares end up as Zorvex hits a
    high").

    >>> _places_shares("NZ shares sink on earnings"), _places_shares("Zorvex shares sink")
    (True, False)
    >>> _places_shares("Taiwan shares end up as Zorvex hits intraday high")
    False
    """
    places = [m for m in _SHARES_OF_PLACE.finditer(title) if is_place(m.group("place"))]
    names = [" ".join(run) for run in _title_runs(title)[0]]
    return bool(places) and all(is_place(name) for name in names)


# What a market is called after its place's name: "Zorvagrad bourse", "Zorvagrad stocks"
_MARKET_AFTER = re.compile(
    r"\s+(?i:bourse|stocks|equities|stock\s+market|stock\s+exchange|market\s+(?:closes|opens))\b"
)
# Where a title's clauses part: after a column's label ("FTSE 100 movers:", "Stockholm
# close:") and between two clauses ("Miners weigh on the index; Zorvex shares plunge")
_TITLE_CLAUSE = re.compile(r"\s*[:;|]\s+")


def _clause_company(title: str, body: str, words: frozenset[str] = frozenset()) -> str | None:
    """The company heading a clause of a market wrap's title, when no index or market heads
    an earlier one: the title is that company's story, told beside the market's ("FTSE 100
    movers: Zorvex rallies on results; Quillon slumps", "Miners weigh on the index; Zorvex
    shares plunge"), not the index's ("Sensex ends higher; Zorvex up 4%", "Stockholm close:
    OMXS30 edges up"). A clause before a colon is a column's label; a name the body never
    gives as a company's, or writes in lower case ("Miners"), heads no clause.

    >>> body = "Zorvex said profit rose. Zorvex rose 5%. Quillon fell. Miners fell."
    >>> _clause_company("FTSE 100 movers: Zorvex rallies on results; Quillon slumps", body)
    'Zorvex'
    >>> _clause_company("Sensex ends higher; Zorvex up 4%", body) is None
    True
    """
    if dateline := _dateline(title):  # "Harare—The Zimbabwe Stock Exchange ...": no company
        title = title[dateline.end() :]
    clauses = _TITLE_CLAUSE.split(title.strip())
    seps = _TITLE_CLAUSE.findall(title.strip())
    for i, clause in enumerate(clauses):
        if i < len(seps) and seps[i].strip() == ":" and i + 1 < len(clauses):
            continue  # "FTSE 100 movers:": a column's label
        indices = find_entities(clause, kinds=("index",))
        if (indices and indices[0].start == 0) or _places_shares(clause):
            return None  # "Sensex ends higher", "Taiwan shares end up": the market's story
        runs, headed = _title_runs(clause)
        if not headed or not runs:
            continue
        for n in range(len(runs[0]), 0, -1):
            head = " ".join(runs[0][:n])
            if _no_name_heads(head, clause, words):
                break
            if _broker_at_work(head, clause):
                break  # "JP Morgan analysts upgraded ...": a broker's call heads the clause
            if _as_company(head, body) > 0 and not find_entities(head, kinds=("index",)):
                return head
    return None


_STORY_MENTIONS = 3  # a title's company the body names this often is the story's


def _title_story(title: str, body: str, words: frozenset[str] = frozenset()) -> str | None:
    """A company a wrap-like title names anywhere, not only at a clause's head, whose story
    the body tells: named as a company at least `_STORY_MENTIONS` times in a body that names
    no index ("IBEX 35 investors applaud STC's entrance into Telefónica" above eight mentions
    of Telefónica and none of the index); never a broker.

    >>> body = "Zorvex soared 3%. Zorvex's shares stand at 3.8 euros. Zorvex said it is glad."
    >>> _title_story("IBEX 35 investors applaud Quillon's entrance into Zorvex", body)
    'Zorvex'
    >>> _title_story("Sensex ends higher; Zorvex up 4%", "Sensex rose 1%. Zorvex rose 4%.") is None
    True
    """
    if find_entities(body, kinds=("index",)) or any(p.search(body) for p in _WRITTEN_INDEX):
        return None  # the body follows an index ("PX index dragged down by Erste"): the market's
    runs, _ = _title_runs(title)
    for run in runs:
        name = " ".join(run)
        if find_entities(name, kinds=("index", "firm")) or _no_name_heads(name, title, words):
            continue
        if _as_company(name, body) >= _STORY_MENTIONS:
            return name
    return None


def _no_name_heads(head: str, clause: str, words: frozenset[str]) -> bool:
    """Whether the run heading a title's clause is no name: a place, a place's market
    ("Zorvagrad bourse slightly weaker") or a word the body writes in lower case ("Miners weigh
    on ...")."""
    one_word = " " not in head and not head.isupper()
    return (
        is_place(head)
        or (one_word and head.lower() in words)
        or _MARKET_AFTER.match(clause, clause.find(head) + len(head)) is not None
    )


def _wrapped_index(
    text: str, title: str, found: tuple[tuple[int, str], ...], listed: list[Listed]
) -> str | None:
    """The index a market wrap is about: a title that names a market or an index and no
    company, and the first index the title or the body's opening names.

    >>> _wrapped_index("HK stocks fall\\n\\nThe Hang Seng Index fell 1%. Zorvex rose.",
    ...                "HK stocks fall", (), [])
    'HSI'
    >>> _wrapped_index("Zorvia Stock Exchange opens higher\\nIts main index, ZASI, rose 0.4%.",
    ...                "Zorvia Stock Exchange opens higher", (), [])
    'ZASI'
    """
    end = len(title)
    if any(at < end for at, _ in found) or any(t.start < end for t in listed):
        return None
    indices = find_entities(text[: end + _WRAP_LEAD], kinds=("index",))
    titled = [m for m in indices if m.start < end]
    if not titled and not (_MARKET_TITLE.search(title) or _places_shares(title)):
        return None
    if indices:
        return (titled or indices)[0].id
    if any(not is_place(m["name"]) for m in _NAME_SHARES.finditer(title)):
        return None  # "Emirates NBD shares surged ... the DFM Index rose": a company's story
    lead = text[: end + _WRAP_LEAD]
    written = [m for p in _WRITTEN_INDEX for m in p.finditer(lead)]
    return min(written, key=lambda m: m.start())["name"] if written else None


_SYMBOL = re.compile(r"[A-Z]{3,5}")


def _symbols(text: str, listed: list[Listed]) -> dict[str, str]:
    """The symbols of the article's listings as written there ("(NASDAQ:PTBI)" -> "PTBI"),
    which its later sentences may write bare; three to five capitals, no word of the trade
    ("CEO", "EPS").

    >>> _symbols("Box Inc (NYSE:BOX) and Plasmatech (NASDAQ:PTBI) rose.", find_listed(
    ...     "Box Inc (NYSE:BOX) and Plasmatech (NASDAQ:PTBI) rose."))
    {'BOX': 'BOX', 'PTBI': 'PTBI'}
    """
    out: dict[str, str] = {}
    for ticker in listed:
        written = _SYMBOL.findall(text[ticker.start : ticker.end])
        symbol = written[-1] if written else None
        if symbol and symbol not in ACRONYMS and symbol not in EXCHANGES:
            out.setdefault(symbol, ticker.id)
    return out
