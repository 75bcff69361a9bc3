"""Subjects: tickers in every exchange form, the article's company, each sentence's company."""

from __future__ import annotations

import pytest

from tests.extract.helpers import extract, only
from timeline.articles import Article
from timeline.events import EventBase
from timeline.extract import RuleExtractor
from timeline.extract.core import detect_subject
from timeline.extract.markets import dollar_of, exchange_of
from timeline.extract.subjects import Subjects, find_listed, ticker_id
from timeline.extract.subjects.datelines import _dateline
from timeline.extract.subjects.tickers import legal_bracket_tickers
from timeline.extract.subjects.titles import _title_runs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Canadian Solar Inc. (NASDAQ:CSIQ) rose", "CSIQ"),
        ("Canadian Solar Inc. (Nasdaq: CSIQ) rose", "CSIQ"),
        ("Sunny Optical (HKG:2382) fell", "2382.HK"),
        ("Sunny Optical (HKEX: 02382) fell", "2382.HK"),
        ("Infosys (NSE: INFY) gained", "INFY.NS"),
        ("Reliance (BSE: 500325) gained", "500325.BO"),
        ("Toyota (TSE:7203) fell", "7203.T"),
        ("Shopify (TSE:SHOP) fell", "SHOP.TO"),
        ("Siemens Energy (ETR:ENR) jumped", "ENR.DE"),
        ("Shell (LON:SHEL) slipped", "SHEL.L"),
        ("LVMH (EPA:MC) slipped", "MC.PA"),
        ("Samsung (KRX:005930) rose", "005930.KS"),
        ("Kweichow Moutai (SHA:600519) rose", "600519.SS"),
        ("TSMC (TPE:2330) rose", "2330.TW"),
        ("ZORVEX CORPORATION <7943> [TSE-P] announced its results", "7943.T"),
        ("the stock (0700.HK) rose", "TCEHY"),  # the alias table knows Tencent
        ("Alibaba (NYSE: BABA) and", "BABA"),
        ("Alibaba (HKG:9988) and", "BABA"),  # one company however it is listed
        ("Costco Wholesale Corporation (NASDAQ:COSTFree Report) by", "COST"),
        ("Berkshire (NYSE:BRK.B) rose", "BRK.B"),
        # the world's other exchanges, as their press writes them
        ("Zorvex Land (HoSE: ZVL) rose", "ZVL.VN"),
        ("Bank Zorvia (IDX: BZRV) rose", "BZRV.JK"),
        ("Zorvex Bhd (KLSE: ZORV) rose", "ZORV.KL"),
        ("Zorvex Holdings (PSE: ZVX) fell", "ZVX.PS"),
        ("Zorvex (TASE: ZRVX) fell", "ZRVX.TA"),
        ("Zorvex Ltd (JSE: ZVX) fell", "ZVX.JO"),
        ("Zorvex ON (B3: ZRVX3) fell", "ZRVX3.SA"),
        ("Zorvex ASA (OSL: ZRV) fell", "ZRV.OL"),
        ("Zorvex SA (WSE: ZRV) fell", "ZRV.WA"),
        ("Zorvex (BIST: ZRVX) fell", "ZRVX.IS"),
        ("Zorvex (ATHEX: ZRV) fell", "ZRV.AT"),
        ("Zorvex (PSX: ZRV) fell", "ZRV.KA"),
        ("Zorvex Public Co (ZRV.BK) rose", "ZRV.BK"),
        ("Zorvex Oyj (ZRV.HE) rose", "ZRV.HE"),
        # a code in letters, the market unsaid
        ("Zorvex Land Joint-Stock Company (code: ZVL) fell", "ZVL"),
        ("Zorvex Land (stock code: ZVL) fell", "ZVL"),
        # Bloomberg's ticker and market code, as research notes write them
        ("Zorvex (ZRV GY) - Q3 2025 revenue", "ZRV.DE"),
        ("Quillon Holdings Plc (QUIL LN) - Co. is looking", "QUIL.L"),
        ("Zorvex (ZRVX US) rose", "ZRVX"),
    ],
)
def test_tickers_in_every_form(text: str, expected: str) -> None:
    assert [listed.id for listed in find_listed(text)] == [expected]


def test_name_before_a_ticker_names_the_company_for_the_article() -> None:
    text = (
        "Solar stocks rally\nCanadian Solar Inc. (NASDAQ:CSIQ) rose 4% on Tuesday. "
        "Canadian Solar also raised its outlook."
    )
    subjects = Subjects.of(text, "Solar stocks rally")
    assert subjects.article == "CSIQ"
    assert [c for _, c in subjects.mentions("Canadian Solar also raised")] == ["CSIQ"]


def test_a_dateline_place_is_never_the_subject() -> None:
    text = "Adobe beats\nNEW YORK, March 20, 2026 (Reuters) - Adobe Inc (NASDAQ: ADBE) beat."
    assert Subjects.of(text, "Adobe beats").article == "ADBE"


def test_a_passing_mention_does_not_move_the_article() -> None:
    text = (
        "Adobe shares jump after results\n"
        "Adobe Inc. (NASDAQ: ADBE) shares rose 6% on Friday. Adobe said revenue grew 11%. "
        "Adobe competes with Microsoft in some markets. Adobe raised its forecast."
    )
    assert Subjects.of(text, text.splitlines()[0]).article == "ADBE"


def test_unknown_company_from_the_headline() -> None:
    text = "Zyntrax Shares Up 7.3%\nThe stock rose on Tuesday."
    assert Subjects.of(text, "Zyntrax Shares Up 7.3%").article == "Zyntrax"


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (  # an adjective heads the title; the company is the name the body repeats
            "Strong orders lift Kestrel Aero to a record",
            "Kestrel Aero rose 4%. Kestrel Aero said orders doubled. Analysts cheered.",
            "Kestrel Aero",
        ),
        (  # a dateline as the first line: its place is no name
            "Pune, Nov 4: The shares of Varanasi Motors Ltd jumped 3 per cent.",
            "Varanasi Motors said sales rose. Varanasi Motors shares hit a high in Pune.",
            "Varanasi Motors",
        ),
        (
            "Seoul, Jan. 9 (Yonhap) Shares of Hanbit Chem climbed on Friday",
            "Hanbit Chem rose 2%. Hanbit Chem plans a plant.",
            "Hanbit Chem",
        ),
        ("Quorvel upgraded to Buy at a small broker", "The stock rose.", "Quorvel"),
    ],
)
def test_an_unknown_company_is_the_title_name_the_body_repeats(
    title: str, body: str, expected: str
) -> None:
    assert Subjects.of(f"{title}\n{body}", title).article == expected


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (  # a column's label names its writer, not the company the body writes about
            "Leila’s view",
            "The market has soured on Quorvex. Quorvex is a buy for most analysts. Quorvex fell 9%.",
            "Quorvex",
        ),
        (
            "Tomasz's take",
            "Brelmor Energy shares slid. Brelmor Energy kept its dividend. Brelmor Energy rose.",
            "Brelmor Energy",
        ),
        (
            "Our picks: Ana's picks",
            "Zentrik rallied 5%. Zentrik has three buy ratings. Zentrik beat forecasts.",
            "Zentrik",
        ),
        # a company's own possessive in a title still names it ("Quillon's board")
        ("Quillon’s board meets", "The board will meet on Friday.", "Quillon"),
    ],
)
def test_a_column_label_names_no_company(title: str, body: str, expected: str) -> None:
    assert Subjects.of(f"{title}\n{body}", title).article == expected


@pytest.mark.parametrize(
    ("own", "sentence", "company"),
    [
        ("ACME", "➢ Zorvex Cables notched Q2 EPS of Rs.5.5 and Rs. 11.7 in H1.", "Zorvex Cables"),
        (
            "ACME",
            "• The Quillon Engineering notched 69% higher Q2 EPS of Rs.21.9.",
            "The Quillon Engineering",
        ),
        # beside an index's story (a market wrap) or where no company is known
        ("SPX", "Bank of Zorvia posted a record net profit of $3m.", "Bank of Zorvia"),
        ("UNKNOWN", "Brelmor reported H1 revenue of Rs 40 crore.", "Brelmor"),
        # the article's own company, written by name: still the article's
        ("ZRV.AX", "Zorvex reported revenue of $412 million for the half.", "ZRV.AX"),
        # no results of its own: the article's company
        ("ACME", "• Analysts posted revenue estimates of $3m.", "ACME"),
        ("ACME", "• The company notched Q2 EPS of Rs.5.5.", "ACME"),
        # a ticker is no part of the name
        ("SPX", "Zorvex Corp ZVX.N reported quarterly earnings of 13 cents.", "SPX"),
    ],
)
def test_a_name_reporting_its_results_is_the_sentences_company(
    own: str, sentence: str, company: str
) -> None:
    assert Subjects(own).of_sentence(sentence) == company


def test_given_subject_wins() -> None:
    text = "Apple and Microsoft\nMicrosoft (NASDAQ: MSFT) rose."
    assert Subjects.of(text, "Apple and Microsoft", given="AAPL").article == "AAPL"


def test_a_sentence_about_another_company_has_its_own_subject() -> None:
    text = "Wrap\nAcme Corp (NYSE: ACME) rose 3%. Globex Inc (NASDAQ: GLBX) fell 2%."
    subjects = Subjects.of(text, "Wrap")
    assert subjects.of_sentence("Globex Inc (NASDAQ: GLBX) fell 2%.") == "GLBX"
    assert subjects.of_sentence("Shares fell 2% in late trading.") == subjects.article
    assert subjects.of_sentence("Acme rose more than rival Globex.") == subjects.article


@pytest.mark.parametrize(
    ("subject", "calendar"),
    [("AAPL", "XNYS"), ("0700.HK", "XHKG"), ("INFY.NS", "XBOM"), ("7203.T", "XTKS")],
)
def test_exchange_of_subject(subject: str, calendar: str) -> None:
    assert exchange_of(subject) == calendar


def test_ticker_id_for_known_cross_listing() -> None:
    assert ticker_id("HKEX", "9988") == ticker_id("NYSE", "BABA") == "BABA"


@pytest.mark.parametrize(
    ("subject", "text", "expected"),
    [
        ("WTC.AX", "Wisetech shares are trading at $133.11, up 0.91% today.", "AUD"),
        ("SHOP.TO", "Shopify closed at $152.40 on the TSX.", "CAD"),
        ("D05.SI", "DBS shares rose to $38.20.", "SGD"),
        ("WTC.AX", "Its US$ notes and its shares at $133.11.", None),
        ("WTC.AX", "The ADR trades at U.S. $12.", None),
        ("SHOP.TO", "Revenue of $2.1 billion (USD) beat estimates.", None),
        ("NVDA", "Shares closed at $726.13.", None),
        ("0700.HK", "Tencent rose to $400.", None),  # HK press writes HK$: not guessed
        ("ZRV.JO", "The interim dividend came to 415 cents a share.", "ZAR"),
        ("ZRV.IR", "Basic earnings per share rose to 17.9 cents.", "EUR"),
        ("ZRV.JO", "Its ADR rose 5 cents to $3.10 in New York.", None),
        ("QNWK", "Earnings of 13 cents a share beat estimates.", None),
    ],
)
def test_a_bare_dollar_is_the_local_dollar_where_the_press_writes_it_so(
    subject: str, text: str, expected: str | None
) -> None:
    assert dollar_of(subject, text) == expected


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Globex Holdings Ltd (ASX: GLX)", "GLX.AX"),
        ("Globex Holdings (NYSE: GLX)", "GLX"),
        ("Microsoft Corporation", "MSFT"),  # a few words: the name alone opens the section
        ("Why investors prefer Microsoft to its noisy peers this spring", None),
        ("Globex Holdings (NYSE: GLX) and Initech (NYSE: INTC)", None),  # two companies
    ],
)
def test_a_heading_naming_one_company_opens_its_section(heading: str, expected: str | None) -> None:
    subjects = Subjects.of(f"News\nAcme Corp (NYSE: ACME) rose.\n{heading}\n", "News")
    assert subjects.of_heading(heading) == expected


def test_sentences_under_a_company_heading_are_about_that_company() -> None:
    from tests.extract.helpers import extract

    text = (
        "Five directors sold shares\n"
        "Insiders sold stock at several companies over the past two weeks.\n"
        "Globex Holdings Ltd (ASX: GLX)\n"
        "Globex shares are trading at $13.10, up 0.9% today.\n"
        "Initech Group Ltd (ASX: ITG)\n"
        "This ASX 200 software share is trading at $4.20, down 1.5% today.\n"
    )
    found = {(e.kind, e.subject) for e in extract(text, subject=None)}  # type: ignore[arg-type]
    assert ("price_level", "GLX.AX") in found
    assert ("price_move", "GLX.AX") in found
    assert ("price_level", "ITG.AX") in found
    assert ("price_move", "ITG.AX") in found
    assert not {s for _, s in found} & {"ASX200", "Globex"}


def test_a_first_word_names_the_listed_company_it_opens() -> None:
    subjects = Subjects("X", {"wisetech global": "WTC.AX", "western areas": "WSA.AX"})
    assert subjects.id_of("Wisetech") == "WTC.AX"
    assert subjects.id_of("Wesfarmers") == "Wesfarmers"  # no listed name opens with it


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("This ASX 200 property share is trading at $14.26.", None),
        ("The S&P 500 company said revenue rose.", None),
        ("The FTSE 100 mining stock fell 2%.", None),
        ("The ASX 200 rose 1%.", "ASX200"),
        ("The Nikkei 225 stock average fell 2%.", "N225"),
    ],
)
def test_an_index_before_a_company_noun_is_an_adjective(text: str, index: str | None) -> None:
    from timeline.extract.mentions import find_entities

    named = [m.id for m in find_entities(text, kinds=("index",))]
    assert named == ([index] if index else [])


@pytest.mark.parametrize(
    "written", ["Quorvane Ltd", "Quorvane's", "Quorvane’s", "Quorvane Limited"]
)
def test_another_form_of_the_article_name_is_the_article_company(written: str) -> None:
    assert Subjects("Quorvane").id_of(written) == "Quorvane"


def test_a_currency_or_amount_word_is_never_the_title_company() -> None:
    title = "Brelmor Chem posts 8 pc rise in profit to Rs 254 cr"
    body = "Brelmor Chem Ltd posted profit of Rs 253 crore, against Rs 233 crore, on sales of Rs 2,145 crore."
    assert Subjects.of(title + "\n" + body, title).article == "Brelmor Chem"


def test_a_product_the_body_names_more_often_does_not_displace_its_maker() -> None:
    title = "Vantrix announces Orbi 3, ships June 5 priced at $450"
    body = (
        "Vantrix has officially announced that the Orbi 3 will be released on June 5. "
        "The Orbi 3 has a larger screen than the Orbi. The Orbi 3 dock supports 4K."
    )
    assert Subjects.of(title + "\n" + body, title).article == "Vantrix"


@pytest.mark.parametrize(
    ("text", "calendar"),
    [
        ("Shares rose 2% to Rs 1,402 on the NSE after profit of Rs 7,364 crore.", "XBOM"),
        ("The Nikkei gained 1% and the Topix 0.8% as Kelvar rose.", "XTKS"),
        ("The Hang Seng rose 1%; Kelvar gained 3% to HK$41.", "XHKG"),
        ("Kelvar rose 2% on Wall Street; the Nasdaq and the Nikkei both gained.", "XNYS"),
        ("Kelvar rose 2% in Rs terms.", "XNYS"),  # one cue is not enough
    ],
)
def test_the_article_words_place_a_plain_subject_in_its_market(text: str, calendar: str) -> None:
    assert Subjects.of(text, "Kelvar shares rise").exchange == calendar


def test_a_listed_subject_keeps_its_own_market() -> None:
    text = "Kelvar (TSE: 6501) rose on the Nifty and the Sensex day, Rs and crore."
    assert Subjects.of(text, "Kelvar rises").exchange == "XTKS"


def test_a_title_without_a_company_takes_the_legal_name_the_body_repeats() -> None:
    title = "In case you missed it - broker upgrades and downgrades"
    body = (
        "QUORVANE HOLDINGS LIMITED Upgrade to Buy from Hold by Quenwick.\n"
        "Quorvane's quarterly update showed paid volumes growth, Quenwick notes.\n"
        "Quorvane's share price underperformance is considered an opportunity."
    )
    subjects = Subjects.of(title + "\n" + body, title)
    assert subjects.article == "Quorvane"
    assert subjects.id_of("Quorvane’s") == "Quorvane"


@pytest.mark.parametrize(
    ("title", "body", "subject"),
    [
        # a place is never the subject, however often the body names it
        (
            "Zorvex launches Kite EV in Japan to take on local makers",
            "Zorvex said the Kite EV goes on sale in Japan. Japan is hard. Japan buyers wait.",
            "Zorvex",
        ),
        (
            "Quenwick rolls out its Lumen drug in India",
            "In India, Quenwick said. India grows.",
            "Quenwick",
        ),
        # a broker acting in the title is not the company it acts on
        (
            "Research Alert: CFRA Lowers Opinion On Shares Of Zorvex Foods To Sell",
            "CFRA said. We lower our target on Zorvex Foods. Zorvex Foods fell.",
            "Zorvex Foods",
        ),
        # a quarter after the name ends it
        (
            "Zorvex Q3 results: profit falls 9%",
            "Zorvex said profit fell. Zorvex shares rose.",
            "Zorvex",
        ),
        # a name the title gives as a cause is no rival of its head, however often repeated
        (
            "Brevik Group 3Q profit surges 75%, driven by Brevik Cement recovery",
            "Brevik Group, parent of Brevik Cement, reported profit. Brevik Cement sales rose. "
            "Brevik Cement added plants.",
            "Brevik Group",
        ),
        # a title written as a sentence: its full stop is not the name's
        (
            "Helvion cuts rating on Quillon Gaming.",
            "Helvion analyst Jane Roe cut Quillon Gaming to Hold. Quillon Gaming shares fell.",
            "Quillon Gaming",
        ),
    ],
)
def test_the_subject_of_a_title_is_a_company(title: str, body: str, subject: str) -> None:
    text = f"{title}\n\n{body}"
    assert Subjects.of(text, title).article == subject


@pytest.mark.parametrize(
    ("title", "body", "subject"),
    [
        (  # Portuguese joiners inside a name: "do", "da", "dos", "das"
            "Banco do Zorval Faces Profit Plunge",
            "Banco do Zorval said profit fell. Banco do Zorval shares slid.",
            "Banco do Zorval",
        ),
        (
            "Caixa da Mirena posts record quarter",
            "Caixa da Mirena grew loans. Caixa da Mirena raised its dividend.",
            "Caixa da Mirena",
        ),
        (
            "Grupo dos Vales cuts outlook as sales slow",
            "Grupo dos Vales expects lower sales. Grupo dos Vales shares fell.",
            "Grupo dos Vales",
        ),
    ],
)
def test_a_portuguese_joiner_stays_inside_the_title_name(
    title: str, body: str, subject: str
) -> None:
    text = f"{title}\n\n{body}"
    assert Subjects.of(text, title).article == subject


def test_a_suffix_written_with_the_hong_kong_code_is_not_doubled() -> None:
    assert ticker_id("HK", "00027.HK") == "0027.HK"


def test_a_tickers_name_is_on_its_own_line() -> None:
    text = "Quenwick kept Buy on Globex.\n\nHK:00027.HK:GALAXY\n\nGalaxy rose. Initech Corp (NYSE: INI) fell."
    names = [(t.id, t.name) for t in find_listed(text)]
    assert names == [("0027.HK", None), ("INI", "Initech Corp")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Sociedad Quimica y Minera S.A. stock [NYSE: SQM] is up 5%.",
            "Sociedad Quimica y Minera S.A.",
        ),
        ("Initech Corp shares (NYSE: INI) fell.", "Initech Corp"),
    ],
)
def test_a_tickers_name_may_be_followed_by_its_stock(text: str, name: str) -> None:
    assert [t.name for t in find_listed(text)] == [name]


def test_one_passing_mention_loses_to_the_company_the_title_heads() -> None:
    title = "Bank of Zorvex slides after a profit warning"
    body = (
        "Bank of Zorvex said profit would fall. Its chief executive spoke to analysts for an hour "
        "about costs, deposits and the branch network, and about the outlook for next year. "
        "Bank of Zorvex shares slid 4%. Some investors compared it with Apple."
    )
    assert Subjects.of(f"{title}\n\n{body}", title).article == "Bank of Zorvex"


def test_the_title_company_the_body_repeats_beats_a_known_company_it_compares_with() -> None:
    title = "Zorvex unveils new phone and car"
    body = (
        "Zorvex's new phone and car were unveiled on Thursday, challenging Apple and Porsche. "
        "Zorvex will invest 105 billion yuan. Its camera outperforms Apple's iPhone 16. "
        "Zorvex ranked second in the market, ahead of Apple. Zorvex said demand was strong."
    )
    assert Subjects.of(f"{title}\n\n{body}", title).article == "Zorvex"
    # a known company the title names, or one given a ticker, keeps the article
    ticked = body.replace("challenging Apple", "challenging Apple Inc (NASDAQ: AAPL)")
    assert (
        Subjects.of(
            f"Zorvex unveils new phone and car\n\n{ticked}", "Zorvex unveils new phone and car"
        ).article
        == "AAPL"
    )
    title = "Apple shrugs off Zorvex's new phone"
    assert Subjects.of(f"{title}\n\n{body}", title).article == "AAPL"


@pytest.mark.parametrize(
    "lead",
    [
        # no title: the first line is the lead, a company in it is the article's
        "Global brokerage firm Quenwick has upgraded Zorvex Lifesciences to a 'Buy' rating, "
        "citing its pipeline. Quenwick raised its target price to Rs 1,450 from Rs 1,210.",
        "Zorvex Lifesciences Co. lifted its operating profit forecast for fiscal 2025 to "
        "JPY1.43 trillion from JPY1.33 trillion, beating the average estimate of 22 analysts. "
        "The maker cited demand.",
        "Zorvex Lifesciences ZVX.N reported quarterly earnings of 13 cents per share, higher "
        "than a year ago. Analysts had expected 10 cents.",
    ],
)
def test_a_lead_without_a_title_names_the_article_company(lead: str) -> None:
    first = lead.split("\n", maxsplit=1)[0]
    assert Subjects.of(lead, first).article in ("Zorvex Lifesciences", "ZVX")


def test_a_product_heading_the_title_is_not_the_company() -> None:
    title = "Zentrel, a weight-loss drug, launched in India: price and details"
    body = (
        "Zentrel, whose active ingredient is zentrelide, works on two hormones. "
        "Quenwick Pharma and Company (India) launched Zentrel on Thursday. "
        "Quenwick Pharma and Company said the drug costs Rs 3,500 a week."
    )
    assert Subjects.of(f"{title}\n\n{body}", title).article == "Quenwick Pharma"


def test_a_company_before_a_dash_is_no_dateline() -> None:
    title = "Zorvex – first-half profits jump higher"
    text = f"{title}\n\nZorvex delivered a step change. Zorvex said margins rose."
    assert Subjects.of(text, title).article == "Zorvex"


@pytest.mark.parametrize(
    ("title", "subject"),
    [
        ("Quenwick Starts to Sell Zorvex Stake", "Zorvex"),
        ("Helvion Takes 15% Stake in Initech", "Initech"),
        ("Quenwick Sells More Bank of Zorvex Shares", "Bank of Zorvex"),
    ],
)
def test_a_stake_title_names_the_company_the_stake_is_in(title: str, subject: str) -> None:
    body = "Quenwick and Helvion said they may buy or sell. Quenwick said so again."
    assert Subjects.of(f"{title}\n\n{body}", title).article == subject


def test_a_place_heading_a_title_is_no_subject_even_unrepeated() -> None:
    title = "India Stocks Review: Indices fall to 2-week low"
    body = "Benchmark indices fell on Friday as profit taking intensified."
    assert Subjects.of(f"{title}\n\n{body}", title).article != "India"


def test_a_title_verb_without_a_stake_names_no_stake() -> None:
    title = "Zorvex’s Results Roar As Hong Kong & Mainland China Take a Breather"
    body = "Zorvex fell 1.2% in Hong Kong trading. Zorvex reported results after the close."
    assert Subjects.of(f"{title}\n\n{body}", title).article == "Zorvex"


def test_a_canadian_papers_ticker_names_a_tsx_listing() -> None:
    title = "Inside the Market’s roundup of some of today’s key analyst actions"
    body = "Two analysts downgraded Zorvex Brands Holdings Corp. (ZBH-T) on Tuesday."
    assert Subjects.of(f"{title}\n\n{body}", title).article == "ZBH.TO"


def test_a_title_case_headline_is_no_name_the_body_never_writes() -> None:
    title = "Mining Projects Attract Investor Confidence"
    body = "Analysts raise their price targets for Zorvex Gold and Quenwick Silver."
    assert Subjects.of(f"{title}\n\n{body}", title).article != "Mining Projects Attract Investor"


def test_the_company_whose_shares_move_beats_its_promoter() -> None:
    title = "Shares of this steel company surge as promoters increase stake"
    body = (
        "Shares of Zorvex Steel and Power Limited surged 10 percent on Monday, as its promoter, "
        "Quenwick Holdings, bought shares. Quenwick Holdings now holds 40%. Quenwick Holdings "
        "is the largest holder of Zorvex."
    )
    assert Subjects.of(f"{title}\n\n{body}", title).article == "Zorvex Steel and Power"


@pytest.mark.parametrize(
    "title",
    [
        "Quenwick Bank of America revised upward the price targets for all Greek banks",
        "Closing bell — Saudi main index drops 54 points to close at 10,952",
    ],
)
def test_no_subject_from_half_a_name_or_a_columns_label(title: str) -> None:
    body = "National Bank of Greece remains at neutral. The index fell 0.49 percent."
    article = Subjects.of(f"{title}\n\n{body}", title).article
    assert article not in ("Bank", "Bank of", "Closing")


@pytest.mark.parametrize(
    "text",
    [
        "- Zorvex Mining:\nQuenwick maintained a Buy rating with a target of Rs 530.",
        "Zorvex Mining:\nQuenwick maintained a Buy rating with a target of Rs 530.",
        "• Zorvex Mining:\nQuenwick maintained a Buy rating with a target of Rs 530.",
        "Calls rose. - Zorvex Mining:\n- Quenwick: Buy | Target at Rs 530",
    ],
)
def test_a_label_line_opens_a_section_for_the_company_it_names(text: str) -> None:
    events = [e for e in extract(text) if e.kind == "price_target"]
    assert [(e.subject, e.value) for e in events] == [("Zorvex Mining", 530.0)]


@pytest.mark.parametrize(
    "label", ["Key takeaways:", "CEO Jane Doe:", "Morgan Stanley:", "Analysts said:", "Top Picks:"]
)
def test_a_label_of_no_company_opens_no_section(label: str) -> None:
    text = f"{label}\nQuenwick maintained a Buy rating with a target of $53."
    assert [e.subject for e in extract(text) if e.kind == "price_target"] == ["ACME"]


@pytest.mark.parametrize(
    ("title", "index"),
    [
        ("NZ shares sink as dour earnings highlight soggy economy", "NZX50"),
        ("Stockholm close: OMXS30 edges up", "OMXS30"),
        ("PSX: KSE-100 crosses 100,000 points", "KSE100"),
    ],
)
def test_a_wrap_of_a_smaller_market_is_about_its_benchmark(title: str, index: str) -> None:
    body = {
        "NZX50": "The S&P/NZX 50 Index dropped 138.72 points, or 1.1%, to 12,451.11.",
        "OMXS30": "The OMX Stockholm 30 rose 0.4% to 2,512.",
        "KSE100": "The KSE-100 index gained 1,200 points.",
    }[index]
    assert Subjects.of(f"{title}\n{body} Zorvex fell 2%.", title).article == index


@pytest.mark.parametrize(
    ("title", "subject"),
    [
        ("FTSE 100 movers: Zorvex rallies on results; Quillon slumps", "Zorvex"),
        ("FTSE 100 Analysis: Helvion Insurance gets double upgrade to Buy", "Helvion Insurance"),
        ("FTSE 100 Live 06 January: Zorvex shares lower, services sector cuts jobs", "Zorvex"),
        ("Zorvex's listing drives the market to a two-week high", "Zorvex"),
        # an index or a market heads the title: the market's story
        ("Stockholm close: OMXS30 edges up; Zorvex gains", "OMXS30"),
        ("FTSE 100 ends higher; Zorvex up 4%", "FTSE100"),
        ("FTSE 100 movers: Miners weigh; Zorvex gains", "Zorvex"),
        ("FTSE 100 movers: Stocks flat as miners weigh", "FTSE100"),
    ],
)
def test_a_company_heading_a_wrap_title_s_clause_is_the_story_s(title: str, subject: str) -> None:
    body = (
        "The FTSE 100 was down 0.7% at 8,229 and the OMX Stockholm 30 rose 0.4%. "
        "Zorvex said profit rose 10%. Helvion Insurance said it had bottomed out. Zorvex "
        "rose 5%. Quillon fell 2%. Helvion Insurance rose 1%. The miners fell."
    )
    assert Subjects.of(f"{title}\n\n{body}", title).article == subject


@pytest.mark.parametrize(
    ("title", "body"),
    [
        # a rival the title or the body measures the story's company against
        (
            "Zorvex shares hit record highs after the success of new SUV - a Tesla competitor",
            "Zorvex shares soared. Zorvex said orders beat forecasts. Its founder criticised "
            "Tesla. Analysts said that Tesla may lower its prices.",
        ),
        (
            "Zorvex launches yet another 'Tesla killer' at half the price",
            "Zorvex said orders beat forecasts. It is cheaper than Tesla and mimicked Tesla's "
            "design.",
        ),
        (
            "Zorvex announces a cheap electric car",
            "The German automaker Zorvex has beaten rivals, most notably Tesla, to it.",
        ),
        # partners named beside it
        (
            "Zorvex adds five devices to its plan in partnership with Meta, Google and Quillon",
            "Zorvex said the devices cost less. Meta and Google apps come installed. Zorvex "
            "said more will follow. Phones reach Zorvex's network.",
        ),
        # one passing mention of a known company loses to the company heading the title
        (
            "Zorvex Telecom launches $14 cloud-based smartphone",
            "Zorvex Telecom said it runs apps such as YouTube and Facebook.",
        ),
    ],
)
def test_a_rival_or_a_partner_named_in_passing_is_not_the_subject(title: str, body: str) -> None:
    assert Subjects.of(f"{title}\n\n{body}", title).article.startswith("Zorvex")


@pytest.mark.parametrize(
    ("title", "body", "subject"),
    [
        ("Tesla unveils a Zorvex competitor", "Tesla said it will ship in May.", "TSLA"),
        (
            "Tesla shares rise as Zorvex lags",
            "Tesla said deliveries rose. Zorvex fell 2%. Tesla rose 3%.",
            "TSLA",
        ),
    ],
)
def test_a_company_the_story_is_about_stays_its_subject(
    title: str, body: str, subject: str
) -> None:
    assert Subjects.of(f"{title}\n\n{body}", title).article == subject


@pytest.mark.parametrize(
    ("title", "body", "subject"),
    [
        (
            "Zorvex Edge 50 series global launch is confirmed for 16 April",
            "The Zorvex Edge 50 Pro made its debut in India. The lineup includes the Zorvex Edge"
            " 50 Fusion and Zorvex Edge 50 Ultra. Zorvex announced the launch on X.",
            "Zorvex",
        ),
        (
            "Quillon Astra M03 launched at half the price",
            "Quillon Astra M03 deliveries start in May. Quillon said orders beat forecasts.",
            "Quillon",
        ),
        # a year, a share or an amount after the name is no model's number
        (
            "Zorvex Holdings 2025 profit beats forecasts",
            "Zorvex Holdings 2025 profit rose 12%. Zorvex Holdings said demand held up.",
            "Zorvex Holdings",
        ),
    ],
)
def test_a_name_with_a_model_number_is_a_product_not_the_subject(
    title: str, body: str, subject: str
) -> None:
    assert Subjects.of(f"{title}\n\n{body}", title).article == subject


def test_a_place_s_shares_beside_a_company_is_no_wrap_title() -> None:
    title = "Taiwan shares end up as Zorvex hits intraday high"
    body = "The Taiex rose 0.5%. Zorvex said demand was strong. Zorvex rose 3%."
    assert Subjects.of(f"{title}\n{body}", title).article == "Zorvex"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Pick n Pay slumps on loss\n\nRetailer Pick n Pay fell 13% after its loss.", "Pick n Pay"),
        (
            "Banca dei Zorvia jumps on bid\n\nBanca dei Zorvia rose 4% after the offer.",
            "Banca dei Zorvia",
        ),
    ],
)
def test_a_title_name_keeps_its_lowercase_particles(text: str, subject: str) -> None:
    assert detect_subject(Article.from_text(text, published="2025-03-07")) == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Zorvia Stock Exchange reports in-line results\n\nZorvia Stock Exchange said profit rose.",
            "Zorvia Stock Exchange",
        ),
        (
            "The chairman of the Bank of Zorvia (BOZ), Tony Ekwe, has acquired 1.2 billion shares.\n"
            "Bank of Zorvia said the purchase was filed on Friday.",
            "Bank of Zorvia",
        ),
        (
            "Earnings fall\n\nQuenwick Foods Ltd said its profit fell 8%. Quenwick Foods Ltd shares fell.",
            "Quenwick Foods",
        ),
    ],
)
def test_a_title_word_that_names_no_company(text: str, subject: str) -> None:
    """A story's word ("Earnings"), a person after a role, or the last word of "X Stock
    Exchange" is no article subject."""
    assert detect_subject(Article.from_text(text, published="2025-03-07")) == subject


def test_a_currency_code_or_a_time_stamp_in_a_title_is_no_name() -> None:
    runs, _ = _title_runs("11:41 AM EDT, Phone Unveiled, Cost is KES 7,499")
    assert all(w not in ("AM", "EDT", "KES") for run in runs for w in run)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "ZORVIA CITY - A report of a share sale by state investor Quenwick sent shares of "
            "Globex Airlines (GXA) tumbling on Friday.\nQuenwick said it would keep a stake.",
            "Globex Airlines",
        ),
        (
            "Investment company Quenwick plans an exit from its holding in Globex Group, "
            "selling its last shares.\nQuenwick said the sale was final.",
            "Globex",
        ),
        (
            "By Jane Roe, CNN\nGlobex Foods cuts its forecast\nGlobex Foods said sales fell.",
            "Globex Foods",
        ),
    ],
)
def test_the_company_traded_not_the_investor_nor_a_byline(text: str, subject: str) -> None:
    assert detect_subject(Article.from_text(text, published="2025-03-07")) == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Research Alert: CFRA Lowers Opinion On Shares Of Zorvex Foods Inc To Sell From Hold\n"
            "CFRA cut its view on the shares.",
            "Zorvex Foods Inc",
        ),
        (
            "[Quenwick News Agency, 8 December 2025] HSBC lowered the target price for Zorvex "
            "Biogene (02367) to HKD46.4 from HKD69.3.",
            "Zorvex Biogene",
        ),
        (
            "Globex Lowers Price Target for Zorvex Despite Strategic Optimism\nGlobex said so.",
            "Zorvex",
        ),
    ],
)
def test_the_company_a_broker_acts_on_in_a_title(text: str, subject: str) -> None:
    assert detect_subject(Article.from_text(text, published="2025-12-08")) == subject


def test_a_ticker_written_bare_and_often_is_the_subject_of_an_untitled_article() -> None:
    text = (
        "With 0.89 million shares changed hands, the volume of the stock remained light. The "
        "52-week range on ZVXQ shows a high of $16.74. The price performance of ZVXQ was down "
        "2.12% over the past week. At present, 154.09 million ZVXQ shares are outstanding."
    )
    assert detect_subject(Article.from_text(text, published="2025-05-20")) == "ZVXQ"


def test_a_ticker_written_bare_and_often_once_in_brackets_after_its_name_is_the_subject() -> None:
    text = (
        "Analyst upgrades don't always move stocks. Only three names made our screen: ZVXQ, "
        "QLN and BRM. Quillon Zorvex Holdings (ZVXQ) is the one that jumps off the page. ZVXQ "
        "received two upgrades on March 12:\n- Harlow Capital upgraded the stock and raised its "
        "target from $47 to $69."
    )
    article = Article.from_text(text, published="2026-03-18")
    assert detect_subject(article) == "ZVXQ"
    targets = [e for e in RuleExtractor().extract(article) if e.kind == "price_target"]
    assert [t.subject for t in targets] == ["ZVXQ"]


@pytest.mark.parametrize("acronym", ["ESG", "EPS", "CEO"])
def test_an_acronym_in_brackets_after_its_words_is_no_subject(acronym: str) -> None:
    text = (
        f"{acronym} rules tighten. Environmental Social Governance ({acronym}) matters. "
        f"{acronym} is discussed widely."
    )
    assert detect_subject(Article.from_text(text, published="2026-03-18")) != acronym


def test_a_role_written_in_capitals_is_no_subject() -> None:
    text = "The CEO spoke on Monday. The CEO said revenue rose. The company's CEO shares a view."
    assert detect_subject(Article.from_text(text, published="2025-05-20")) != "CEO"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # the lead stands for the title; the name its twelfth word begins is read whole
        (
            "The government proposed to sell up to a 2.5% stake in Quillon Zinc through"
            " an offer for sale. Quillon Zinc shares fell 3%. Quillon Zinc said the sale is"
            " routine.",
            "Quillon Zinc",
        ),
        # a count heading the lead is no name; the company its body names as one is
        (
            "One of the Zorvex Tire & Rubber Company's largest investors on Thursday called"
            " for change. Zorvex stock rose 20% to $14.02. Zorvex's board said it would"
            " respond.",
            "Zorvex",
        ),
        # an abbreviation in brackets is inside the name, and "Holdings" alone is none: the
        # whole name, as the text writes no shorter one
        (
            "Femi Ade, the chairman of Quillon Bank of Zorvia (QBZ) Holdings, raised his"
            " stake to 13.15 percent. Quillon Bank of Zorvia (QBZ) Holdings said the"
            " purchase was disclosed.",
            "Quillon Bank of Zorvia (QBZ) Holdings",
        ),
    ],
)
def test_a_lead_standing_for_the_title_names_its_company_whole(text: str, subject: str) -> None:
    assert detect_subject(Article.from_text(text, published="2025-03-07")) == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Quenwick Investment & Securities raised Zorvex's target price from 250,000 won"
            " to 300,000 won.\n\nQuenwick Investment & Securities said Zorvex is undervalued.",
            "Zorvex",
        ),
        (
            "Quenwick Partners cuts its price target on Zorvex to $30\n\nQuenwick Partners"
            " said Zorvex faces weaker demand. Zorvex fell 2%.",
            "Zorvex",
        ),
    ],
)
def test_a_broker_moving_a_target_in_the_title_is_no_subject(text: str, subject: str) -> None:
    assert detect_subject(Article.from_text(text, published="2025-03-07")) == subject


@pytest.mark.parametrize(
    ("text", "index"),
    [
        # an exchange in the title, an index no table knows in the opening, as written
        (
            "Zorvia Stock Exchange opens on a positive note\nIts main index, ZASI, rose 0.42%"
            " to 15,039.81 points. Quillon Bank gained 2%.",
            "ZASI",
        ),
        (
            "Stocks gain for second day\nZDEX, the premier index of the Zorvia Stock Exchange,"
            " added 24.34 points. Quillon Bank rose 1%.",
            "ZDEX",
        ),
        (
            "Investors at Zorvian Exchange Limited gained N259 billion on Tuesday. The"
            " All-Share Index (ASI) rose 0.37 percent to 112,427.48.",
            "All-Share Index",
        ),
        (
            "ZSX Closing Bell: Fading out on Friday\nThe benchmark KSE-100 Index fell 0.78%.",
            "KSE100",
        ),
        (
            "The Zorvia Stock Exchange (ZSE) Combined Index closed higher on Wednesday. It rose"
            " 0.53 per cent.",
            "Zorvia Stock Exchange (ZSE) Combined Index",
        ),
    ],
)
def test_a_wrap_is_about_the_index_its_opening_names(text: str, index: str) -> None:
    title = text.split("\n", maxsplit=1)[0]
    assert Subjects.of(text, title).article == index


def test_a_company_s_shares_in_the_title_keep_the_story_its() -> None:
    text = (
        "Dubai: Zorvex NBD shares surged 6 per cent on Tuesday, lifting the Dubai Financial"
        " Market. The DFM Index rose by 1.33 per cent. Zorvex NBD led the gains."
    )
    assert detect_subject(Article.from_text(text, published="2025-03-07")) == "Zorvex NBD"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # a wire's time stamp and source is a dateline, no name
        (
            "11:41 AM EDT, 06/24/2024 (MT Newswires) -- Zorvex ( ZRVX ) said Monday its Unity"
            " system received clearance.\nThe company said it will launch it in 2025.",
            "Zorvex",
        ),
        # where a company is based is no part of its name
        (
            "Buffalo-based Quillon Bank was among 10 banks downgraded by Moody's.\n"
            "Quillon Bank's stock has dropped by about 4% this week. Quillon Bank said so.",
            "Quillon Bank",
        ),
    ],
)
def test_what_stands_around_a_lead_s_name_is_no_name(text: str, subject: str) -> None:
    assert detect_subject(Article.from_text(text, published="2025-03-07")) == subject


def test_a_bracketed_aside_in_a_title_names_nothing() -> None:
    runs, _ = _title_runs("Most companies on the Zorvia Stock Exchange (Nasdaq Zorvia AS) pay")
    assert ["Nasdaq", "Zorvia", "AS"] not in runs
    assert not any(w.endswith(")") for run in runs for w in run)


def test_who_reports_the_news_is_no_subject() -> None:
    text = (
        "Reuters reported on Friday that Quillon Fund has raised its stake in Zorvex from 5%"
        " to 6.03%.\nReuters said the fund declined to comment."
    )
    assert detect_subject(Article.from_text(text, published="2025-03-07")) != "Reuters"


def test_an_investor_heading_the_lead_is_no_subject() -> None:
    text = (
        "Quillon Continent Investment, a firm linked to Zorvex Africa board member, Ann Lee,"
        " has acquired a substantial amount of the telco shares.\n"
        "In a notice filed on Thursday, Quillon Continent Investment bought 94,593,705 units"
        " at £0.9604. Zorvex Africa did not comment."
    )
    subject = detect_subject(Article.from_text(text, published="2025-03-07"))
    assert subject == "Zorvex Africa"


def test_words_in_brackets_are_no_bloomberg_ticker() -> None:
    assert find_listed("the deal (IN US) closed") == []


@pytest.mark.parametrize("people", ["Nigerian", "Kenyan", "Sri Lankan", "Pakistani", "Ghanaian"])
def test_a_people_heading_a_title_is_no_subject(people: str) -> None:
    title = f"{people} billionaire Quenwick Rao raises his stake"
    body = "Quenwick Rao now holds 9.4 per cent of the lender after buying shares on Thursday."
    assert Subjects.of(f"{title}\n\n{body}", title).article != people


@pytest.mark.parametrize(
    ("text", "kind", "subject"),
    [
        # "the stock" two sentences on: the company the paragraph last opened on
        (
            "Zorvex Machines Limited makes lathes. The company holds a market value of Rs 441 "
            "crore. The stock opened at Rs 411 and rose 20% to Rs 441.30.",
            "price_move",
            "Zorvex Machines",
        ),
        # "the stock" after a call on another company in a list
        (
            "Quenwick revised its targets for the banks. - Quillon Bank: Continues with a Buy "
            "rating, with a target of €3.89 (from €3.59). At the current €3.49, the stock has "
            "12% upside.",
            "price_level",
            "Quillon Bank",
        ),
        # a roundup's sentence naming no company goes on about the call before it
        (
            "Helvion Mining Ltd shares jumped after Quenwick raised its target on Helvion "
            "Mining to C$30 from C$26. The move triggered upward revisions from other firms, "
            "including Brelmor, which raised its target from C$26.30 to C$30.70.",
            "price_target",
            "Helvion Mining",
        ),
    ],
)
def test_a_sentence_naming_no_company_goes_on_about_the_paragraph_s(
    text: str, kind: str, subject: str
) -> None:
    assert {e.subject for e in extract(text) if e.kind == kind} == {subject}


@pytest.mark.parametrize(
    "text",
    [
        # a new paragraph is the article's again
        "Quenwick revised its targets for the banks. - Quillon Bank: Continues with a Buy "
        "rating, with a target of €3.89 (from €3.59).\n\nAt the current €3.49, the stock has "
        "12% upside.",
        "Zorvex Machines Limited makes lathes.\n\nThe stock opened at Rs 411 and rose 20% to "
        "Rs 441.30.",
        # the article's company named in between
        "Zorvex Machines Limited makes lathes. ACME Corp (NYSE: ACME) makes drills. The stock"
        " opened at Rs 411 and rose 20% to Rs 441.30.",
        # after a move of another company, not a call, a sentence naming none is the article's
        "Quillon Holdings Ltd fell 2% to $12. Analysts see the shares at $15, with the price "
        "up 4% to $12.40 on Tuesday.",
    ],
)
def test_a_company_spoken_of_before_does_not_reach_past_its_paragraph(text: str) -> None:
    events = [e for e in extract(text) if e.kind in ("price_level", "price_move")]
    assert events
    assert events[-1].subject == "ACME"


@pytest.mark.parametrize(
    "title",
    [
        "This Company Bags Order From Quillon; Stock Hits Upper Circuit After Q2 Results",
        "Smallcap stock wins Rs 500 crore contract from Quillon",
        "Multibagger secures a deal worth $2 billion from the Quillon Group",
    ],
)
def test_a_customer_named_in_the_title_is_not_the_subject(title: str) -> None:
    body = (
        "Shares of Zorvex Toolroom hit the 2% upper circuit at Rs 12.16. Net profit surged."
        " The company secured orders from Quillon. Shares of Zorvex Toolroom rose again."
    )
    assert Subjects.of(f"{title}\n\n{body}", title).article == "Zorvex Toolroom"


def test_a_customer_is_still_the_subject_of_its_own_story() -> None:
    title = "Quillon places order worth $2 billion with Zorvex"
    body = "Quillon said the order would be delivered in 2027. Quillon shares rose 2%."
    assert Subjects.of(f"{title}\n\n{body}", title).article == "Quillon"


@pytest.mark.parametrize(
    "lead",
    [
        "Zorvex Ghana emerged as the dominant force behind the market's resurgence.",
        "Zorvex Ghana stood out as the top traded stock of the session.",
        "Zorvex Ghana ranked as the biggest gainer of the day.",
    ],
)
def test_a_wrap_s_leader_is_whose_the_company_s_share_price_is(lead: str) -> None:
    text = f"{lead} The company's share price advanced from GHC 3.76 to GHC 3.90."
    levels = [e for e in extract(text, subject="GSE") if e.kind == "price_level"]
    assert levels
    assert {e.subject for e in levels} == {"Zorvex Ghana"}


def test_a_leader_told_without_a_leader_s_verb_leaves_the_share_price_the_article_s() -> None:
    text = "Zorvex Ghana emerged from talks. The company's share price advanced to GHC 3.90."
    levels = [e for e in extract(text, subject="GSE") if e.kind == "price_level"]
    assert {e.subject for e in levels} == {"GSE"}


@pytest.mark.parametrize(
    "line",
    [
        "Harare—The Zorvia Stock Exchange All Share Index rose 1.1 percent on Tuesday.",
        "Lisbon–Quillon Bank shares rose 2% on Tuesday.",
    ],
)
def test_a_dateline_set_close_to_its_dash_is_no_name(line: str) -> None:
    m = _dateline(line)
    assert m is not None
    assert m.group(0) in ("Harare—", "Lisbon–")


def test_a_brokers_call_heading_a_wrap_title_is_not_its_company() -> None:
    title = "SINGAPORE -- Helvion Securities analysts upgraded Zorvia equities to overweight"
    body = "Helvion Securities said the Straits Times Index could rise. Helvion Securities likes banks."
    assert Subjects.of(f"{title}\n\n{body}", title).article != "Helvion Securities"


@pytest.mark.parametrize(
    ("text", "mover"),
    [
        # an aside between the name and its verb is told of the name
        (
            "The Zorvia All-Share Index, home to mid and small caps, rose 0.95% on Monday.",
            "Zorvia All-Share Index",
        ),
        (
            "The ZAX-Index at the Zorvia Stock Exchange, where small caps list, was up 0.98%.",
            "ZAX-Index",
        ),
        (
            "The narrower index ZORVEX20, which tracks the top twenty issuers by free float, "
            "market capitalisation and liquidity, added 1.63% on Monday.",
            "ZORVEX20",
        ),
        (
            "Meanwhile, the Quillon Mid and Small Cap index, representing smaller companies, "
            "climbed by 0.64% on Monday.",
            "Quillon Mid and Small Cap index",
        ),
        ("Quillon Mining, according to traders, fell 2.1% on Monday.", "Quillon Mining"),
        # where its shares trade is no name: "for stocks on the ... Exchange"
        ("The ZAX-Index for stocks on the Zorvia Stock Exchange rose 0.5% on Monday.", "ZAX-Index"),
        # ", which was Quillon," names the mover
        (
            "Only one blue chip fell, which was QLN of retailer Quillon Mart, down 0.6%.",
            "Quillon Mart",
        ),
    ],
)
def test_an_aside_between_a_name_and_its_move_is_stepped_over(text: str, mover: str) -> None:
    moves = [e for e in extract(text) if e.kind == "price_move"]
    assert [e.subject for e in moves] == [mover]


@pytest.mark.parametrize(
    ("text", "price", "company"),
    [
        (
            "Zorvex Bank remained the top-traded company with 179.22 million shares at Rs8.85 per "
            "share, followed by Quillon Power with 64.86 million shares at Rs5.40 per share.",
            5.40,
            "Quillon Power",
        ),
        (
            "Zorvex Foods Limited closed at Rs19,494.84, followed by Quillon Industries Limited "
            "with Rs51.21 rise in its per share price to Rs1,226.69.",
            1226.69,
            "Quillon Industries Limited",
        ),
        (
            "Zorvex Maize Limited closed at Rs7,878, followed by Quillon Holding Limited with "
            "Rs21.7 decline to close at Rs880.58.",
            880.58,
            "Quillon Holding Limited",
        ),
    ],
)
def test_a_figure_after_with_is_the_name_before_it_s(text: str, price: float, company: str) -> None:
    levels = only(text, "price_level")
    assert [e["subject"] for e in levels if e["price"] == price] == [company]


@pytest.mark.parametrize(
    "city", ["Prague", "Athens", "Zagreb", "Bucharest", "Nairobi", "Cairo", "Zorvagrad"]
)
def test_a_bourse_s_city_heading_a_wrap_title_is_no_company(city: str) -> None:
    title = f"{city} bourse slightly weaker, ZX index dragged down by Zorvex Bank"
    body = (
        f"{city}, March 25 (ZNA) - The {city} Stock Exchange weakened slightly today, with the "
        "ZX index falling by 0.15 percent to 2,116.20 points. Zorvex Bank shares gave up gains."
    )
    assert Subjects.of(f"{title}\n\n{body}", title).article == "ZX index"


@pytest.mark.parametrize(
    ("text", "mover"),
    [
        # the exchange's code as some houses write it is no mover
        (
            "The ZVX index of the Zorvia Stock Exchange (Zsx) fell 1.78% to 1,161.04 on Monday.",
            "ZVX index",
        ),
        (
            "The All Quillon Index of the Quillon Stock Exchange (Qse) rose 0.5% on Monday.",
            "All Quillon Index",
        ),
        # the market an index measures is no mover either
        (
            "The ZAX-Index rose 0.95%, while the ZUP-Index for the Unlisted Public Companies "
            "Market went up 0.32% on Monday.",
            "ZUP-Index",
        ),
    ],
)
def test_an_index_s_exchange_or_market_is_not_what_moved(text: str, mover: str) -> None:
    moves = [e for e in extract(text) if e.kind == "price_move"]
    assert moves[-1].subject == mover


@pytest.mark.parametrize("opener", ["But", "And", "Yet", "Also", "Plus", "Still"])
def test_a_conjunction_opening_a_sentence_is_no_part_of_the_mover_s_name(opener: str) -> None:
    text = (
        f"Shares of Zorvex are down 14.31% this year. {opener} Quillon Motors has plummeted 47.7%."
    )
    assert [(e["subject"], e["percent"]) for e in only(text, "price_move")] == [
        ("Zorvex", -14.31),
        ("Quillon Motors", -47.7),
    ]


@pytest.mark.parametrize("level", ["18,300", "1,300.50", "300"])
def test_a_figure_s_thousands_comma_ends_no_clause(level: str) -> None:
    text = (
        f"It was a choppy day, with the Zorvia Composite hitting {level} at 11:15 before "
        "falling to 18,142 in the next hour."
    )
    levels = only(text, "price_level")
    assert [e["subject"] for e in levels if e["price"] == 18142] == ["Zorvia Composite"]


@pytest.mark.parametrize(
    "heading",
    ["Competition with Quillon", "The rivalry with Quillon", "A price war against Quillon"],
)
def test_a_heading_naming_a_rival_opens_no_section_of_it(heading: str) -> None:
    text = (
        "Acme shares rose to a record after its new car sold out.\n\n"
        f"{heading}\n\n"
        "Acme's founder criticised Quillon (NASDAQ: QLNM) during the launch.\n\n"
        "What do analysts think?\n\n"
        "Helvion Securities raised its target price by 6% to 69 Hong Kong dollars."
    )
    targets = only(text, "price_target")
    assert [t["subject"] for t in targets] == ["ACME"]


@pytest.mark.parametrize(
    ("ticker", "listing"),
    [
        ("[HKG: 3691]", "3691.HK"),
        ("[SGX: Z74]", "Z74.SI"),
        ("[TYO: 7201]", "7201.T"),
        ("[LON: ZVX]", "ZVX.L"),
    ],
)
def test_a_ticker_in_square_brackets_is_the_listing_that_moved(ticker: str, listing: str) -> None:
    text = f"Zorvex’s shares {ticker} rose 0.2 percent today to close at 90.65 dollars apiece."
    assert [e["subject"] for e in only(text, "price_level")] == [listing]


@pytest.mark.parametrize(
    ("text", "index"),
    [
        (
            "Zorvex rose 2.1% on Tuesday, as the broader All Ordinaries gained 0.27% to 8,824.2.",
            "AORD",
        ),
        ("Zorvex rose 2.1% on Tuesday, while the Euro Stoxx 50 fell 0.8% to 5,642.", "SX5E"),
    ],
)
def test_a_name_the_table_knows_is_a_mover_whatever_its_first_word(text: str, index: str) -> None:
    assert [e["subject"] for e in only(text, "price_move")] == ["Zorvex", index]


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("Zorvex rose 2.1% on Monday, while the S&P / Zorvia IPC fell 1.6%.", "S&P / Zorvia IPC"),
        ("Zorvex rose 2.1% on Monday, while the FTSE / Quillon 40 fell 1.6%.", "FTSE / Quillon 40"),
        ("Zorvex rose 2.1% on Monday, while the S&P / BMV IPC fell 1.6%.", "MXX"),
    ],
)
def test_a_slash_set_apart_inside_an_index_s_name_is_part_of_it(text: str, index: str) -> None:
    assert [e["subject"] for e in only(text, "price_move")] == ["Zorvex", index]


ROUNDUP = (
    "Analyst Upgrades: Zorvex, Quillon and Brevik\n"
    "Analysts are weighing in on Zorvex Inc (NYSE:ZRVX), Quillon Corp (NASDAQ:QLNQ) and Brevik "
    "Corp (NYSE:BRVK).\n"
    "• ZRVX is 12.9% higher in pre-market action after Tarrow Securities raised its target to $21.\n"
    "• QLNQ is positioned 12.3% higher, thanks to Lumen Capital, which started the stock with a "
    "buy rating.\n"
    "Lumen Capital raised its QLNQ price target to $16 from $12.\n"
)


def test_a_listings_symbol_written_bare_later_is_that_company() -> None:
    events = RuleExtractor().extract(Article.from_text(ROUNDUP, published="2025-06-11"))
    got = {(e.kind, e.subject) for e in events if e.kind in ("price_move", "price_target")}
    assert ("price_move", "QLNQ") in got
    assert ("price_target", "QLNQ") in got
    assert ("price_move", "ZRVX") in got


@pytest.mark.parametrize(
    "text",
    [
        "Zorvex Inc (NYSE:ZRVX) named a new CEO. The CEO said EPS rose.",  # words of the trade
        "Zorvex Inc (NYSE:ZRVX) rose. NYSE volumes were light.",  # the exchange's own name
    ],
)
def test_no_symbol_from_a_word_of_the_trade_or_an_exchange(text: str) -> None:
    subjects = Subjects.of(text, text.split(".", maxsplit=1)[0])
    assert set(subjects.symbols) == {"ZRVX"}


def test_a_heading_that_is_a_companys_legal_name_opens_its_section() -> None:
    text = (
        "Stocks to buy: Quillon and 5 other stocks\n"
        "Following are the stocks brokerages recommend.\n"
        "Zorvex Health Services Limited\n"
        "The stock moved up by 1.4 percent on BSE on Friday.\n"
        "Brevik Engineering Limited\n"
        "The stock moved up by 1.8 percent on BSE on Friday.\n"
    )
    events = RuleExtractor().extract(Article.from_text(text, published="2024-08-17"))
    moves = [(e.subject, e.ev_payload()["percent"]) for e in events if e.kind == "price_move"]
    assert moves == [("Zorvex Health Services", 1.4), ("Brevik Engineering", 1.8)]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Zorvex Capital Finance Reports 40% Jump in Q2 Profit\n"
            "Zorvex Capital & Finance Limited's net profit rose 40% to Rs 12 crore. "
            "The company's revenue rose 12%.",
            "Zorvex Capital & Finance",
        ),
        (
            "Quillon Steel Power posts loss\n"
            "Quillon Steel and Power Ltd reported a net loss of Rs 3 crore. Its shares fell 2%.",
            "Quillon Steel and Power",
        ),
        (
            "Brevik Leasing Credit Q3 results: profit doubles\n"
            "Net profit of Brevik Leasing & Credit Ltd doubled to Rs 8 crore in the quarter.",
            "Brevik Leasing & Credit",
        ),
    ],
)
def test_a_title_that_leaves_out_a_names_ampersand_names_the_company_as_the_body_writes_it(
    text: str, subject: str
) -> None:
    assert detect_subject(Article.from_text(text, published="2025-11-12")) == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Earnings fall\n\nLathe and drill maker Zorvex has seen operating profit slump 4.8% "
            "after sales fell in Brazil. Analysts had expected a 4.5% fall. Zorvex had warned "
            "in July that sales would slow.",
            "Zorvex",
        ),
        (
            "“After hearing the evidence, the panel was satisfied that Mr Tallis acted alone.\n\n"
            "Tallis holds 9.97% of QRVM’s shares. The panel said QRVM will be told of its "
            "ruling. Tallis said he was pleased.",
            "QRVM",
        ),
        (
            "26% to 35%: a holder's big step\n\nTycoon Brandon K. Velo has increased his "
            "stake in Quilltop from 26% to 35%. Velo paid 10.9 billion pesos. Quilltop will use "
            "the funds for expansion. Velo is its second-largest holder.",
            "Quilltop",
        ),
        (
            "Markets wrap\n\nPresident Halvers said rates would hold. President Halvers spoke "
            "in Oslo. Shares rose 1%.",
            "UNKNOWN",
        ),
    ],
)
def test_an_article_no_title_ticker_or_legal_form_names_is_the_company_its_body_names_most(
    text: str, subject: str
) -> None:
    assert detect_subject(Article.from_text(text, published="2025-03-07")) == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Cheap electric car is here!\nThe Every1 is a small concept car. Quillmotors has "
            "now finally presented the Every1 as a concept. Quillmotors said it will cost "
            "20,000 euros.",
            "Quillmotors",
        ),
        (
            "Stunning turnaround!\nBrevik Air has posted a profit, Newswire reported on Tuesday. "
            "According to Newswire, the carrier will pay a dividend. The figures were seen by "
            "Newswire. Brevik Air shares rose 3%, Newswire's calculations show.",
            "Brevik Air",
        ),
    ],
)
def test_a_title_head_the_body_never_writes_yields_to_the_company_the_body_names_most(
    text: str, subject: str
) -> None:
    assert detect_subject(Article.from_text(text, published="2025-03-07")) == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (  # a run after a model year names a model: its maker is the run but its last word
            "2025 Quillon Astra launch today: live updates\nThe 2025 Quillon Astra is here. "
            "Quillon Astra bookings opened. Quillon said the sedan costs Rs 7 lakh.",
            "Quillon",
        ),
        (  # a possessive inside a game's name: neither part is a company
            "Zorvex's Creed Shadows is quietly becoming one of the most important games that "
            "publisher Quillsoft has ever released.\nZorvex's Creed Shadows sold 2 million "
            "copies. Quillsoft said its shares rose 7%. Quillsoft is based in Paris.",
            "Quillsoft",
        ),
        (  # a run ending on a product's noun, and a word the body writes in lower case
            "History Made as Ghana Assembled Smartphone Unveiled, Cost is GHS 900\n"
            "Ghana opened a plant for locally assembled smartphones, a partnership between "
            "Quillcom and others. The Ghana Assembled Smartphone ships soon, Quillcom said. "
            "Cost: GHS 900. Quillcom said the cost is low. Quillcom will sell them.",
            "Quillcom",
        ),
        (  # a word the body writes in lower case is still a name it gives a legal form
            "Tempest Unveils Storm Tracker, Eyes Growth in FY26\nTempest Limited reports steady "
            "results. The tempest season lifted sales of the tracker. Tempest said so.",
            "Tempest",
        ),
    ],
)
def test_a_title_head_that_is_a_product_or_a_word_names_no_company(text: str, subject: str) -> None:
    assert detect_subject(Article.from_text(text, published="2025-03-07")) == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Quenwick, Brelmor close in on majority of Zorvex Mining\n"
            "A consortium of Quenwick Partners and Brelmor Corp. has raised its stake in Zorvex "
            "Mining to 46.7%. Quenwick said it would bid again. Quenwick, a buyout firm, has "
            "won before.",
            "Zorvex Mining",
        ),
        (
            "Halvik nears control of Quillon Foods\n"
            "Halvik Capital has raised its stake in Quillon Foods to 48%. Halvik said it would "
            "buy more. Halvik has done so before.",
            "Quillon Foods",
        ),
    ],
)
def test_a_title_head_that_shortens_a_buyers_name_is_not_the_company(
    text: str, subject: str
) -> None:
    assert detect_subject(Article.from_text(text, published="2025-03-07")) == subject


@pytest.mark.parametrize(
    "title",
    [
        "Under Zorvian listing rules, Quillon Foods must disclose its holders.",
        "Following Zorvian rules, Quillon Foods must disclose its holders.",
        "Across Zorvian markets, Quillon Foods leads.",
    ],
)
def test_a_leads_opening_preposition_is_no_part_of_a_name(title: str) -> None:
    assert _title_runs(title)[0][0] == ["Zorvian"]


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "The Bank of Zorvia’s board of directors is convening today to review the group's "
            "results.\n\nThe bank will release the results on Tuesday.\n\nTwo financial "
            "analysis firms, Quenwick, Brelmor & Co (QBC) and Halvik Ventures Group (Halvik), "
            "have provided their forecasts. The bank's net interest income is projected to "
            "reach €194 million. Halvik expects a dividend. QBC expects growth. Halvik's "
            "analysts said so.",
            "Bank of Zorvia",
        ),
        (
            "The Quillon Steel board meets today to approve the annual results.\n\nResearch "
            "houses Halvik Securities Limited and Brelmor see profit falling. Halvik's analysts "
            "expect a loss. Halvik said so. Halvik has cut its forecast.",
            "Quillon Steel",
        ),
    ],
)
def test_a_leads_company_is_not_the_analysis_firms_that_forecast_its_results(
    text: str, subject: str
) -> None:
    assert detect_subject(Article.from_text(text, published="2025-02-17")) == subject


@pytest.mark.parametrize(
    "name",
    [
        "Kestrel Enerji A.Ş. (NYSE: KEST)",
        "Kestrel Enerji A.S. (NYSE: KEST)",
        "Kestrel Enerji Anonim Ortakligi A.O. (NYSE: KEST)",
    ],
)
def test_a_turkish_legal_form_is_no_part_of_the_companys_name(name: str) -> None:
    text = (
        f"{name} is 4% lower in year-to-date trading and has touched a low of $2.33 in the "
        "current 52-week trading range."
    )
    assert [e.subject for e in extract(text, subject="KEST") if e.kind == "price_level"] == ["KEST"]


@pytest.mark.parametrize("bloc", ["Asean", "European Union"])
def test_a_bloc_of_countries_is_no_company(bloc: str) -> None:
    text = (
        f"e.Velo 7 to be {bloc} 2025 official car - PM\n\n"
        f"KUALA LUMPUR: Kraglund’s first electric vehicle (EV), the e.Velo 7, will be the "
        f"official car for Malaysia’s {bloc} Chairmanship in 2025, the Prime Minister unveiled "
        f"today.\n\nHe said the selection of e.Velo 7 as the official car for {bloc} meetings "
        f"next year signifies the government’s support for the production of the country’s "
        f"first electric car by Kraglund."
    )
    assert detect_subject(Article.from_text(text, published="2024-12-16")) == "Kraglund"


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "zTrade shares jump after results",
            "zTrade rose 4%. zTrade said orders doubled.",
            "zTrade",
        ),
        (
            "Quenwick gains control of tKode",
            "Quenwick has bought 20 per cent of tKode. Dana Vale ran tKode until July.",
            "tKode",
        ),
        (
            "eVolt Motors unveils a cheaper scooter",
            "eVolt Motors said the scooter costs $999. eVolt Motors shares rose.",
            "eVolt Motors",
        ),
    ],
)
def test_a_name_that_begins_in_lower_case_is_a_title_name(
    title: str, body: str, expected: str
) -> None:
    assert Subjects.of(f"{title}\n{body}", title, shun=frozenset({"Quenwick"})).article == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a lead: the name with its abbreviation inside is one company
            "Zorvan tycoon Ada Mbeki, the chairman of Merchant Bank of Zorvia (MBZ) Holdings, "
            "has raised her stake in the lender to 12.5 percent.\n"
            "The purchase lifted her interest in MBZ Holdings from 10.1 percent. MBZ Holdings’ "
            "board said nothing. MBZ Holdings shares rose.",
            "MBZ Holdings",
        ),
        (
            "Trust Corporation of Quillon (TCQ) Group said on Monday that its founder sold "
            "2 million shares for Q$40 million.\n"
            "TCQ Group did not name the buyer. TCQ Group stock fell 3%.",
            "TCQ Group",
        ),
        (  # a title naming no company; the body writes the abbreviation only with its suffix
            "Billionaire regains top spot at the lender\n"
            "Investor Tomas Reyes, the chairman of KVB Holdings, bought 9 million shares of "
            "KVB Holdings on Monday. KVB Holdings said his stake is now 8.2%. "
            "The stake in KVB Holdings makes him the largest holder.",
            "KVB Holdings",
        ),
    ],
)
def test_a_name_with_its_abbreviation_inside_is_one_company(text: str, expected: str) -> None:
    assert Subjects.of(text, text.splitlines()[0]).article == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "After Quillon Group sold its Australian subsidiary, the pension fund raised its "
            "stake to 25.8%.",
            "Quillon Group",
        ),
        (
            "On the heels of buying a soda brand, Brelmor is rolling out its own probiotic cola.",
            "Brelmor",
        ),
        ("This came just before Helvion declared a special dividend of 40c.", "Helvion"),
        ("Since Tarkon Mining divested its copper unit, the stock has doubled.", "Tarkon Mining"),
        # no company's own act, or no name: the article's company
        ("The lender is unveiling its new app.", "Zorvex"),
        ("Jane Roe sold her stake in the unit.", "Zorvex"),
        ("After the board met, the fund sold its stake.", "Zorvex"),
    ],
)
def test_a_name_doing_a_company_act_is_the_sentence_company(sentence: str, expected: str) -> None:
    assert Subjects("Zorvex").of_sentence(sentence) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "EARNINGS ROUNDUP\n\nZorvex profit drops 5%\n\nZorvex Holdings Inc. said its profit "
            "fell 5% to $8.8 billion.\n\nRevenue grew 8% to $107.5 billion.\n\n"
            "Quillon nets P5.66B, up 28.9%\n\nQuillon Foods Corp. grew its profit by 28.9 percent "
            "to P5.66 billion.\n\nRevenues jumped 10.9 percent to P128.52 billion.",
            "Quillon Foods",
        ),
        (
            "Zorvex profit falls in results wrap\n\nZorvex Holdings Inc. said its profit fell 5% "
            "to $8.8 billion. Zorvex cut its dividend.\n\n"
            "Brelmor swings to profit\n\nBrelmor Mining Ltd posted a profit of A$40 million.\n\n"
            "Sales rose 12% to A$900 million.",
            "Brelmor Mining",
        ),
    ],
)
def test_a_roundup_heading_opens_the_section_of_the_company_after_it(
    text: str, expected: str
) -> None:
    events = RuleExtractor().extract(Article.from_text(text, published="2024-08-15"))
    last = text.rsplit("\n\n", 1)[-1]
    assert {e.subject for e in events if e.quote in last} == {expected}


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "In Chile, the price war among EV makers rages on with yet another ‘Tesla 3 killer’"
            " launched; Quillon’s Vela sedan V05 costs half as much: 119,800 yuan. A Tesla Model"
            " 3 is offered from 231,900 yuan. Quillon said the Vela V05 took 10,000 orders. The"
            " Vela V05 is bigger than the Tesla 3. The Tesla is 4,720 mm long. Quillon has"
            " copied Tesla’s minimalist design.",
            "Quillon",
        ),
        (
            "Phone makers keep chasing the iPhone: this week brings a rival from Brelmor, the"
            " Brelmor Nova 7, at a third of the price. An Apple iPhone 16 costs $799 there. The"
            " Nova 7 is thinner than an Apple iPhone 16. Brelmor said the phone ships in May."
            " The Apple Watch also costs more. Brelmor has 12% of the market.",
            "Brelmor",
        ),
    ],
)
def test_a_rival_named_only_by_its_products_is_not_the_subject(text: str, subject: str) -> None:
    assert detect_subject(Article.from_text(text, published="2024-08-20")) == subject


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Regulator clears a new migraine treatment\n\nThe regulator has approved a new drug"
            " from Quillon Therapeutics for adults with chronic migraine.\n\nThe twice-daily"
            " tablet, known as Zorvexa, is meant to prevent attacks.\n\nZorvexa blocks a pain"
            " pathway.\n\nBy comparison, Zorvexa is not a steroid.\n\nQuillon said the drug"
            " will cost $400 a month.",
            "Quillon",
        ),
        (
            "A cheaper folding phone arrives\n\nShoppers can now buy a phone from Helvion Mobile"
            " that folds twice.\n\nThe phone, called Nova Fold, costs 4,999 yuan.\n\nNova Fold"
            " weighs 290 grams. Nova Fold ships in May.\n\nHelvion expects to sell a million.",
            "Helvion",
        ),
    ],
)
def test_a_product_known_by_its_name_is_not_its_makers_subject(text: str, subject: str) -> None:
    assert detect_subject(Article.from_text(text, published="2024-08-20")) == subject


@pytest.mark.parametrize(
    "text",
    [
        "Zorvia’s Crown Prince Khalid bin Faisal Al Zorv announced on 7 March that a 5% stake in"
        " Quillon Petroleum has been moved to the state fund. Quillon said it is not a party to"
        " the transfer. Quillon reports its results on 11 March.",
        "Investor Hamad bin Khalifa Al Quraan said on Monday that his family office sold a 3% stake in"
        " Quillon Petroleum. Quillon said its strategy is unchanged. Quillon shares fell 2%.",
    ],
)
def test_a_prince_or_a_patronymic_names_a_person_not_the_subject(text: str) -> None:
    assert detect_subject(Article.from_text(text, published="2024-03-08")) in {
        "Quillon",
        "Quillon Petroleum",
    }


@pytest.mark.parametrize(
    "text",
    [
        "A clutch of leading brokerages, including Quenwick, Brelmor Capital, Helvion Research,"
        " have converged on a set of Zorvian stocks with Buy ratings. Brelmor Capital has a"
        " Buy on several. Brelmor Capital sees upside.",
        "Several brokers such as Brelmor Capital and Quenwick turned bullish this week."
        " Brelmor Capital expects margins to widen. Brelmor Capital likes banks.",
    ],
)
def test_a_broker_listed_among_brokerages_is_no_subject(text: str) -> None:
    assert detect_subject(Article.from_text(text, published="2025-01-08")) != "Brelmor Capital"


def test_a_titles_one_word_company_is_its_longer_name_in_the_body() -> None:
    text = (
        "Zorvex shares tumble after downgrades\n"
        "Zorvex Communications (ZVXC) shares tumbled 5.41% in pre-market trading on Friday. "
        "Harlow Capital dealt the most severe blow, downgrading Zorvex from Overweight to Equal "
        "Weight and slashing its price target from $45 to $27."
    )
    events = RuleExtractor().extract(Article.from_text(text, published="2025-05-09"))
    assert {e.kind for e in events} >= {"price_move", "analyst_rating", "price_target"}
    assert len({e.subject for e in events}) == 1


def test_a_titles_company_is_not_a_longer_run_of_words_after_it() -> None:
    text = "Zorvex Stock Can Gain 25%, Says Analyst\nThe stock can gain as its orders grow."
    events = RuleExtractor().extract(Article.from_text(text, published="2025-05-09"))
    assert [e for e in events if e.kind == "price_move"] == []


def test_the_company_after_a_possessive_opener_is_the_opener() -> None:
    text = (
        "Key picks\n\nZORVEX\nZorvex’s stock is currently trading at ₦30.00. The company’s "
        "earnings per share (EPS) stands at ₦2.20."
    )
    [kpi] = only(text, "financial_kpi", subject="NGX All-Share Index")
    assert kpi["subject"] == "Zorvex"


@pytest.mark.parametrize("who", ["Directors", "Insiders", "Executives", "Traders"])
def test_who_trades_heading_a_title_is_no_company(who: str) -> None:
    text = f"{who} make rare buys as share purchases hit a high\nBuying rose for a fifth week."
    assert detect_subject(Article.from_text(text, published="2025-12-03")) != who


@pytest.mark.parametrize(
    ("title", "subject"),
    [
        ("Tony Ekwe and His Son Sell 101 Million Shares of Bank of Zorvex, Sparking Debate",
         "Bank of Zorvex"),
        ("Promoter Quon Lee buys 2 lakh shares in Zorvex Industries", "Zorvex Industries"),
        ("Helvion Capital Offloads 3.5 Million Shares of Quillon Petroleum for $40 Million",
         "Quillon Petroleum"),
    ],
)  # fmt: skip
def test_a_title_trading_counted_shares_of_a_company_names_that_company(
    title: str, subject: str
) -> None:
    body = (
        "Tony Ekwe, Quon Lee and Helvion Capital trade often. Tony Ekwe said so. Quon Lee "
        "agreed. Helvion Capital declined to comment."
    )
    assert Subjects.of(f"{title}\n\n{body}", title).article == subject


def test_a_company_selling_its_own_shares_is_still_the_subject() -> None:
    title = "Zorvex sells 2 million shares to fund its expansion"
    body = "Zorvex said the placing was priced at $4. Zorvex shares fell 3%."
    assert Subjects.of(f"{title}\n\n{body}", title).article == "Zorvex"


@pytest.mark.parametrize(
    "text",
    [
        # the holder named after his role and a comma
        "Tony Ekwe holds a 2.74% stake & gains Rs 4 crore: Small-cap chemical stock zooms 6%\n\n"
        "On Tuesday, shares of Quillon Chemicals Ltd zoomed 6 per cent. An ace investor, Tony "
        "Ekwe, holds a 2.74 per cent stake in the company. Quillon Chemicals Ltd makes dyes.",
        # the holder named with his kin
        "Tony Ekwe adds to his stake: what it means\n\nTony Ekwe and his son bought 2 million "
        "shares of Quillon Chemicals Ltd on Monday. Quillon Chemicals Ltd shares rose 3%.",
    ],
)
def test_an_investor_the_text_writes_as_a_person_is_not_the_subject(text: str) -> None:
    assert detect_subject(Article.from_text(text, published="2025-08-19")) in {
        "Quillon Chemicals",
        "Quillon Chemicals Ltd",
    }


def test_a_digest_line_opening_on_a_company_and_a_colon_is_that_companys() -> None:
    text = (
        "Helvion Airlines enters the index, & more\n\nStocks Updates\n"
        "Zorvex Motors: shares rose 4.2% after it won a truck order.\n"
        "Quillon Power: shares fell 2.5% after a plant outage.\n"
    )
    events = extract(text.split("\n", 1)[1], subject="HELV")
    moves = {(e.subject, e.ev_payload()["percent"]) for e in events if e.kind == "price_move"}
    assert moves == {("Zorvex Motors", 4.2), ("Quillon Power", -2.5)}


def test_a_brokers_name_and_a_colon_is_no_companys_line() -> None:
    events = extract("Morgan Stanley: raised its price target on Zorvex to $50.", subject="ZRVX")
    assert {e.subject for e in events if e.kind == "price_target"} == {"Zorvex"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brinker International Inc (EAT) rose 3% as Citi turned bullish.", "EAT"),
        ("Shares of Imax Corp. (IMAX) jumped after the upgrade.", "IMAX"),
        ("Jefferies moved Quillon Co. (QLL) from Hold to Buy.", "QLL"),
        ("Analysts like Quillon Holdings Inc, (QLN) again.", "QLN"),
    ],
)
def test_a_us_ticker_in_brackets_after_a_legal_name(text: str, expected: str) -> None:
    subjects = Subjects.of(text, "Headline")
    assert subjects.article == expected


@pytest.mark.parametrize(
    "text",
    [
        # no legal form: a brand or an agency
        "Reserve Bank (RBI) kept rates on hold; the rupee (INR) fell.",
        # a market outside the US: a local code or an abbreviation
        "Zorvex Inc (ZVX) rose 3% to Rs 240 on the NSE; the Sensex fell. The BSE Sensex ended "
        "lower and the Nifty on the NSE too.",
        # "Ltd", "plc": as often on the ASX or in London
        "Small caps closed higher.\n\nZorvex Corporation Ltd (ZVX)\n\nShare price: -27.2%",
    ],
)
def test_no_us_ticker_from_a_bracket_abroad_or_without_a_legal_form(text: str) -> None:
    assert find_listed(text) == []
    subjects = Subjects.of(text, "Headline")
    assert subjects.article not in {"PSE", "RBI", "INR", "ZVX"}


@pytest.mark.parametrize(
    "text",
    [
        "The Philippine Stock Exchange Inc. (PSE) said turnover rose 3%.",
        "Two firms, Quenwick, Brelmor & Co (QBC) and Halvik, gave forecasts.",
    ],
)
def test_initials_in_brackets_are_an_abbreviation_no_ticker(text: str) -> None:
    assert legal_bracket_tickers(text, []) == []


@pytest.mark.parametrize(
    ("exchange", "ticker", "expected"),
    [
        ("ASX", "XJO", "ASX200"),  # the S&P/ASX 200's own code on its exchange
        ("ASX", "XAO", "AORD"),
        ("ASX", "CSL", "CSL.AX"),  # a company's code stays a listing
        ("NZX", "XJO", "XJO.NZ"),  # not that index's code on another exchange
    ],
)
def test_an_index_code_on_its_exchange_is_the_index(
    exchange: str, ticker: str, expected: str
) -> None:
    assert ticker_id(exchange, ticker) == expected


def test_a_wrap_naming_its_index_by_code_moves_the_index() -> None:
    text = (
        "The benchmark S&P/ASX 200 Index (ASX: XJO) fell 63.1 points, or 0.7 per cent, to "
        "8,896.2, while the broader All Ordinaries Index (ASX: XAO) shed 59.7 points to 9,173.8."
    )
    found = {(e.kind, e.subject) for e in extract(text, "2025-08-20", None)}  # type: ignore[arg-type]
    assert ("price_move", "ASX200") in found
    assert ("price_level", "AORD") in found
    assert not {s for _, s in found} & {"XJO.AX", "XAO.AX"}


@pytest.mark.parametrize(
    ("sentence", "company"),
    [
        (
            "• Zorvex Bank Limited (ZRVX) reported 3Q2025 EPS of Rs.11.7, down 7.4% QoQ.",
            "Zorvex Bank Limited",
        ),
        ("Quillon Pharma announced 1QFY26 EPS of Rs.1.67, up 184% YoY.", "Quillon Pharma"),
        ("Brelmor Cement posted first-half net profit of Rs 2.1 billion.", "Brelmor Cement"),
        ("Tarvo Textiles reported 9MCY25 earnings of Rs 4.2 per share.", "Tarvo Textiles"),
    ],
)
def test_a_company_reporting_a_period_result_in_an_index_wrap_is_the_kpi_subject(
    sentence: str, company: str
) -> None:
    kpis = _wrap_kpis(sentence)
    assert kpis
    assert {e.subject for e in kpis} == {company}


def _wrap_kpis(sentence: str) -> list[EventBase]:
    """The KPIs of a one-line company sentence in a KSE-100 wrap."""
    text = (
        "KSE-100 index falls 1,286 points\n"
        "The KSE-100 index closed at 163,304 points on the Pakistan Stock Exchange.\n" + sentence
    )
    article = Article.from_text(text, published="2025-10-24", subject=None)
    return [e for e in RuleExtractor().extract(article) if e.kind == "financial_kpi"]


def test_an_index_wrap_names_no_company_in_an_announcement_without_results() -> None:
    assert not _wrap_kpis("Zorvex Motors announced a new plant in Karachi costing Rs 3 billion.")


def test_an_exchange_prefix_of_a_ticker_is_no_index_mention() -> None:
    from timeline.extract.mentions import find_entities

    named = [m.id for m in find_entities("Zorvex Limited (ASX: ZVX) slid 3%.", kinds=("index",))]
    assert named == []
    assert [m.id for m in find_entities("The ASX 200 slid 3%.", kinds=("index",))] == ["ASX200"]


def test_a_broker_heading_its_standing_call_is_no_articles_subject() -> None:
    # a broker named after a bank the table knows ("HDFC"), in a list of picks
    text = (
        "Festive session: five stock recommendations that could give up to 36% returns\n\n"
        "Here are the top stock recommendations:\n"
        "1. ZOCL (Zorvex Oil Corporation Limited)\n"
        "According to HDFC Securities Ltd, ZOCL could provide a 36% return in one year. The "
        "brokerage firm has set a target of Rs 490-540 on the stock.\n"
        "2. Brelmor Bank\n"
        "HDFC Securities Ltd also has a Buy rating for Brelmor Bank with a target of Rs 115-122."
    )
    assert Subjects.of(text, text.splitlines()[0]).article != "HDFC Securities Ltd"
    calls = only(text.split("\n", 1)[1], "analyst_rating", subject=None)
    assert ("Brelmor Bank", "HDFC Securities") in {(c["subject"], c["firm"]) for c in calls}


@pytest.mark.parametrize(
    ("title", "subject"),
    [
        # a digest's title whose head is a word, the body all about one company
        ("Selected stock price target news of the day - September 26th, 2024", "Zorvex"),
        ("Featured stock news of the week", "Zorvex"),
    ],
)
def test_a_digest_title_s_head_loses_to_the_company_its_body_names_often(
    title: str, subject: str
) -> None:
    body = (
        "Zorvex Reports Q4 Sales Growth\n\nZorvex reported fourth-quarter net sales of $6.2 "
        "billion. Zorvex's earnings per share came in at $48.11. For the full year, Zorvex "
        "achieved $18.5 billion in sales. Zorvex opened 117 new stores."
    )
    assert Subjects.of(f"{title}\n\n{body}", title).article == subject


def test_a_title_s_company_stays_when_the_body_names_another_only_twice() -> None:
    title = "Quillon stock jumps after record quarter"
    body = "The lender beat forecasts. Brelmor Energy, a client, said Brelmor Energy was pleased."
    assert Subjects.of(f"{title}\n\n{body}", title).article == "Quillon"


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        (
            "Zorvex Electronics (Thailand) Public Company Limited (SET: ZORV) shares fell.",
            ("ZORV.BK", "Zorvex Electronics (Thailand) Public Company Limited"),
        ),
        ("Quillon Airports (mai: QAP) rose.", ("QAP.BK", "Quillon Airports")),
    ],
)
def test_a_thai_listing_and_a_country_within_a_name(text: str, listed: tuple[str, str]) -> None:
    [found] = find_listed(text)
    assert (found.id, found.name) == listed


def test_the_set_index_outside_brackets_is_no_listing() -> None:
    assert find_listed("SET: the index fell 1% as Zorvex slid.") == []


def test_a_firm_named_whole_once_keeps_its_whole_name() -> None:
    text = (
        'Zorvex shares resumed trading. "It deserves a premium," said Ana Berg, an analyst at '
        "Pellmor Securities. Pellmor gives the stock an outperform rating with a price target "
        "of 7.8 baht."
    )
    assert {r["firm"] for r in only(text, "analyst_rating", subject="Zorvex")} == {
        "Pellmor Securities"
    }


def test_initials_in_brackets_written_as_a_stock_are_the_company_named_before() -> None:
    text = (
        "Trade Desk stock plunges on Friday\n\nThe Trade Desk (TTD), a growth stock, fell. "
        "TTD stock has plunged 39% at the time of writing."
    )
    assert {m["subject"] for m in only(text, "price_move", subject=None)} == {"Trade Desk"}


@pytest.mark.parametrize(
    ("named", "letters"),
    [
        ("Quillon Industries", "QIL"),
        ("Quillon Industries", "QI"),
        ("Brevik Steel Corporation", "BSC"),
    ],
)
def test_a_company_named_with_its_initials_as_a_stock_is_the_article_s_over_a_legal_name(
    named: str, letters: str
) -> None:
    text = (
        f"By Dana Vale\nFri, 28 Jun 2024 02:40 PM (IST)\nThe shares of {named} ({letters}) "
        f"surged over 2% on Friday on the BSE. The surge in {letters} stock was seen after "
        "Quillon Telecom Ltd announced new plans.\nOn June 28, Quenwick raised its price target "
        f"for {named.split(maxsplit=1)[0]} to Rs 3,580 from Rs 3,380."
    )
    subjects = Subjects.of(text, text.splitlines()[0])
    assert subjects.article == named


def test_an_exchange_s_initials_stay_its_own() -> None:
    subjects = Subjects.of("Bombay Stock Exchange (BSE) shares rose. BSE shares hit a record.", "x")
    assert subjects.id_of("BSE") == "BSE"


def test_a_profile_template_s_section_labels_are_no_companies() -> None:
    text = (
        "Key Ratios of Zorvex Corp (NASDAQ: ZVX)\n\nThe price of Zorvex Corp (NASDAQ: ZVX) closed at "
        "$76.03 in the last session.\n\nRatios:\n\nWe take a closer look at ZVX's different ratios.\n\n"
        "On August 20, 2025, JP Morgan downgraded its rating to Neutral.\n\nInsider Transactions:\n\n"
        "A recent insider transaction occurred when Quillon Partners Ltd. bought 758,447 shares."
    )
    subjects = {e.subject for e in extract(text, subject=None)}
    assert subjects == {"ZVX"}


def test_a_known_company_named_once_in_passing_loses_to_the_legal_name_the_lead_moves() -> None:
    text = (
        "Quillon Media Network - Mumbai\nMumbai, May 13: Shares of Zorvex Communications Ltd, "
        "the parent company of payments app Zorpay, edged lower on Tuesday after a block trade. "
        "Media reports suggest that Antfin, a subsidiary of Alibaba Group, was the seller. "
        "Antfin holds a 9.85% stake in Zorvex Communications. Zorvex Communications reported "
        "a loss last week."
    )
    assert Subjects.of(text, text.splitlines()[0]).article == "Zorvex Communications"


def test_a_company_named_twice_keeps_the_article_over_one_passing_mention() -> None:
    text = (
        "Market report\nMumbai, May 13: Shares of Zorvex Communications Ltd edged lower on "
        "Tuesday. Alibaba Group shares rose. Alibaba Group said it would buy more. Alibaba "
        "Group's unit also said so."
    )
    assert Subjects.of(text, text.splitlines()[0]).article == "BABA"


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("Last week the Income Tax (I-T) Department sent Zorvex a notice.", []),
        ("Shares of Telus Corp (T-T) rose.", ["T.TO"]),
        ("Shares of Quillon Mining (QM-X) rose.", ["QM.V"]),
        # the TSX Venture's other letter, quotes for brackets, and a second listing after it
        ("Quillon Gold Corp. (QGC-V) soared 28.89%.", ["QGC.V"]),
        ("It lifted Zorvex Metals Corp. ‘ZVM-T & N’ to a high.", ["ZVM.TO"]),
        ("Zorvex ‘ZV-T’ rose.", ["ZV.TO"]),
    ],
)
def test_initials_in_brackets_are_no_canadian_ticker(text: str, listed: list[str]) -> None:
    assert [t.id for t in find_listed(text)] == listed


def test_a_company_told_by_what_it_does_is_the_article_s_when_nothing_else_names_one() -> None:
    text = (
        "Norwegian chemical tanker owner Zorvex is attractively valued, says a note.\n\n"
        "The bank lifted the target price to NOK 179 from NOK 168 for the Oslo-listed company."
    )
    assert Subjects.of(text, text.splitlines()[0]).article == "Zorvex"


def test_an_outlet_s_dateline_with_its_weekday_is_no_name() -> None:
    text = (
        "Newsdesk, Friday, March 21, 2025- Zorvex Aerospace, one of Asia's top-performing "
        "stocks this year, dropped by more than 12% on Friday, after disclosing a share sale.\n\n"
        "Shares of the weapons maker fell as much as 12.33% in Korea Stock Exchange on Friday."
    )
    article = Article.from_text(text, published="2025-03-21")
    moves = [e for e in RuleExtractor().extract(article) if e.kind == "price_move"]
    assert {e.subject for e in moves} == {"Zorvex Aerospace"}
