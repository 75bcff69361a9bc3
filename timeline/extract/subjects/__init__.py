"""Whose fact is it? Listed companies from tickers and names, for the article and each sentence.

Tickers are read in every form financial news writes them (``(NASDAQ:CSIQ)``, ``(NYSE: BABA)``,
``(HKG:9988)``, ``NSE: INFY``, ``(TSE:7203)``, ``9988.HK``) and turned into one id: the alias
table's when it knows the company (so cross-listings meet), else the plain ticker for a US
listing and the Yahoo form (``0700.HK``, ``INFY.NS``, ``7203.T``, ``SIE.DE``) elsewhere. A
company absent from the alias table is still a subject: the name written before its ticker
names it for the rest of the article.

The article's subject is decided from the whole article: the headline, the tickers, and how
often and where each company is named; a dateline's place name never counts. A sentence about
another company (a market wrap, a peer) gives its own subject.

One module per topic, imports flowing one way (``article`` above the others, ``titles`` above
``names`` and ``datelines``):

- `tickers`: tickers and listings (`ticker_id`, `Listed`, `find_listed`), bare tickers;
- `article`: the companies of one article (`Subjects`): its subject from the title, the body
  and the mentions, a market wrap's index, each sentence's, heading's and label's subject;
- `titles`: the company a title names, its title-case runs;
- `names`: company names' forms, whether a name is written as a company's, and whether it
  is one the events show acting (`acts`);
- `datelines`: a dateline's place, which names no company.

Examples
--------
>>> from timeline.extract.subjects import ticker_id, Subjects
>>> ticker_id("HKG", "2382"), ticker_id("NSE", "INFY"), ticker_id("NASDAQ", "CSIQ")
('2382.HK', 'INFY.NS', 'CSIQ')
>>> ticker_id("NYSE", "BABA"), ticker_id("HKEX", "9988")  # the alias table knows both
('BABA', 'BABA')
>>> text = "NEW YORK, March 20 (Reuters) - Canadian Solar Inc. (NASDAQ:CSIQ) rose 4%."
>>> s = Subjects.of(text, "Canadian Solar shares rise")
>>> s.article, s.exchange
('CSIQ', 'XNYS')
"""

from __future__ import annotations

from timeline.extract.subjects.article import Subjects
from timeline.extract.subjects.names import acts
from timeline.extract.subjects.tickers import Listed, find_listed, ticker_id

__all__ = ["Listed", "Subjects", "acts", "find_listed", "ticker_id"]
