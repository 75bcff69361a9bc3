"""The product a launch verb names: a quoted name, a name in apposition, after the verb or before
it ("the Switch 2 will be released"), a list of products launched together, or the product a
noun stands for ("the console", "such a service"), last named in the article.
"""

from __future__ import annotations

import re

from timeline.extract.context import Context
from timeline.extract.gates import gated
from timeline.extract.rules.products._names import (
    _KINDS,
    _NAME,
    _STOP_NAMES,
    _is_entity,
    _other_product,
    _Products,
    _same_kind,
    _stop_name,
    _trim,
)
from timeline.extract.rules.products.verbs import _intransitive

# "The console will be released ...", "BMW said the new model will go on sale ...": the
# product last named
_ANAPHOR_NOUN = (
    r"(?P<noun>console|phone|smartphone|handset|device|vehicle|car|SUV|sedan|headset|drug|game|"
    r"product|laptop|tablet|watch|chip|model|system|service|pill|medicine)s?"
)
_PRODUCT_ANAPHOR = re.compile(
    r"(?:^|\s)(?i:the|this|that|these|those|its|their)\s+(?:[a-z][\w-]*\s+){0,2}"
    + _ANAPHOR_NOUN
    # "the products, due to hit US shelves in ...": a plan told in apposition
    + r"(?:\s+(?:will(?:\s+be)?|(?:is|are)\s+(?:set|slated|scheduled|due)\s+to(?:\s+be)?|"
    r"(?:is|was|were)|has\s+been)|,\s+(?:set|slated|scheduled|due)\s+to(?:\s+be)?)?\s*$"
)
# The same after the verb: "was planning to launch such a service in March"
_ANAPHOR_AFTER = re.compile(
    r"\s+(?:such\s+an?|the|this|these|those)\s+(?:new\s+)?" + _ANAPHOR_NOUN + r"\b"
)
# "The Renault 5 is an electric compact hatchback set to go on sale": the product described
_DESCRIBED_PRODUCT = gated(
    r"(?:^|[\s,:;])(?:(?i:the|its|their|new)\s+)*(?P<n>" + _NAME + r")\s+(?:is|was)\s+an?\s+"
    r"(?:[\w-]+\s+){1,5}(?:set|slated|scheduled|due|expected)\s+to\s+$"
)


def _product_after(text: str, at: int) -> str | None:
    tail = text[at:]
    # a quoted name: capitalised ("the 'Vital Pursuit' range") or one word ("the 'e-Vitara'"),
    # not a quoted phrase ("said the price hikes 'will be modest in nature.'")
    quoted = re.match(r"^[^.]{0,60}?[\"“‘'](?P<q>[A-Z0-9][^\"”’'.]{1,39}|[\w-]{2,30})[\"”’']", tail)
    if quoted and not _PLATFORM.match(tail, quoted.end()):  # "from its 'Neue Klasse' platform"
        return quoted.group("q").strip()
    appos = _APPOSITION.match(tail)
    if appos and _LISTED_FIRST.match(tail):
        appos = None  # "launched the Vela A3, A5 and A7": a list, the first named first
    if appos and not _stop_name(appos.group("n")):
        return _trim(appos.group("n"))
    direct = re.match(r"^\s+(?:of\s+)?" + _DESCRIBED + r"(?P<n>" + _NAME + r")", tail)
    attribute = direct and (_ATTRIBUTE.match(direct[0]) or _SYSTEM.match(direct["n"]))
    if direct and attribute and _KIND_NEXT.match(tail, direct.end()):
        return None  # "a new Android smartphone", "the first Android tablet": a kind of
        # product, its name not told
    direct = direct or _AFTER_COLON.match(tail)
    if direct and not _stop_name(direct.group("n")):
        return _trim(direct.group("n"))
    return None


# A name after an indefinite article and before a kind of product is a platform, a brand or a
# technology the product is of, not its name: "a new Android smartphone", "an Intel laptop"
_ATTRIBUTE = re.compile(r"\s+(?:[a-z][\w-]*\s+)*?an?\s")
# An operating system a product runs, whatever its determiner: "the first Android tablet"
_SYSTEM = re.compile(r"(?:Android|iOS|iPadOS|watchOS|Windows|HarmonyOS|ChromeOS|Linux)\b")


_PLATFORM = re.compile(r"\s+(?:platform|architecture|chassis|technology)\b", re.I)
# "a new credit card, the Kestrel Platinum card, ...", "two variants, the X7 Pro and the X7 Max":
# a name in apposition, ending where the clause or a coordination does (a product noun may
# follow it: "the Kestrel Platinum card")
_APPOSITION = re.compile(
    r"^(?!\s*(?:across|in|on|at|for|to|from|with|via|through|into)\b)"  # "across PC, PS5": places
    r"[^.,:]{0,70},\s+(?:the\s+)?(?P<n>" + _NAME + r")"
    # (a name that speaks is the speaker: "launched the Nova X5 in 2022, Zorvex said")
    r"(?!\s+(?:said|says|told|tells|added|adds|noted|notes|reported|reports|announced|stated|"
    r"explained|wrote|writes)\b)"
    r"(?=\s*(?:[,.;)]|$)|\s+(?:and|or)\s|\s+[a-z]+\s*[,.;)])"
)
# A list after a colon or a dash: "introduced three phones: the Nova 7, Nova 7 Pro and Nova 7
# Max", "launched two phones in India on Monday – the Nova X5 and the Nova X5 Pro"
_AFTER_COLON = re.compile(
    r"^\s+(?:[\w-]+\s+){0,6}?[\w-]+(?::|\s+[–—-])\s+(?:(?:the|its|their)\s+)?(?P<n>" + _NAME + r")"
)
_LISTED_FIRST = re.compile(r"\s+(?:(?:the|its|their)\s+)?" + _NAME + r"\s*,")
# Further products coordinated with the first: "the Sollen One and the Sollen One Plus",
# "the A3, A5 and A7"
_AND_NAME = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+|its\s+)?(?P<n>" + _NAME + r")")
# What may stand between a launch verb and the product's name: determiners and up to three
# descriptive words ("its all-new Creta EV", "a 97-inch wireless OLED TV")
_DESCRIBED = (
    r"(?:(?:its|the|a|an|their|his|her|new|first|latest|brand-new|all-new|"
    r"(?:the\s+)?(?:company|group|firm|brand)['’]s|"
    r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}['’]s)\s+)*"  # its maker's: "Zorvex Ltd's"
    r"(?:(?!(?:in|on|at|to|for|with|from|by|as|and|or|that|which|this|its|their|of|across|"
    r"into|onto|over|under|through|via|today|tomorrow|yesterday|after|before|until|till|"
    r"during|since|following|around|ahead|any|every|each|some|other|another)\b)"
    # "its hugely popular anti-obesity drug Wegovy": up to four
    r"[a-z0-9][\w.-]*\s+){0,4}?"
)
# A product named before an intransitive launch verb: "Nintendo Switch 2 launches June 5",
# "the new iPhone 17 lineup goes on sale Friday", "Wegovy is now available"
_NAMED_BEFORE = re.compile(
    r"(?:^|(?<=[\s,:;]))(?:(?:The|Its|Their)\s+)?(?P<n>"
    + _NAME
    + r")(?:\s+(?:lineup|series|range|models?|family|line))?"
    r"(?:\s+with\s+[^,.;]{2,40}?)?"  # "the Zorvex Edge 5 with its Nova 3 chip made its debut"
    r"(?:,\s+which|\s+(?:will|would|is|are|was|were|has|have))?,?\s+"
    r"(?:officially\s+|finally\s+)?$"  # "the M03, officially debuted in early July"
)


_PRODUCT_NOUN = (
    r"app|application|model|glasses|phone|chip|assistant|chatbot|service|platform|marketplace|"
    r"console|headset|vehicle|drug|device"
)
_BEFORE_NOUN = gated(
    r"(?P<n>" + _NAME + r")\s+(?:(?!(?:said|says|told|tells|is|was|are|were|has|had|have|will|"
    r"would|the|a|an|its|their|that|this|and|or|to|of|for|with)\b)[a-z][\w-]*\s+){0,2}"
    r"(?P<kind>" + _PRODUCT_NOUN + r")\b.{0,60}$"
)
_KIND_AFTER = r"(?:\s+(?:[a-z][\w-]*\s+){0,3}" + _KINDS + r")?"
_KIND_NEXT = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}" + _KINDS + r"\b")
# A launch's object told by its kind alone, its name left to the next sentence: "presented an
# electric saloon at the show. The Zorvex EZ-6 ...", "unveiled its first foldable phone."
_A_KIND = re.compile(
    r"\s+(?:an?|its|their)\s+(?:(?!(?:of|in|on|at|for|to|with|from|by)\b)[\w-]+\s+){0,3}?"
    + _KINDS
    + r"\b(?!\s+(?:of|from|by)\b)",
    re.I,
)
# The name the next sentence opens on: "The Zorvex EZ-6 was developed with ..."
_NAMED_NEXT = re.compile(r"(?:The|Its|Their)\s+(?:new\s+)?(?P<n>" + _NAME + r")")
# "the Switch 2 will be released", "Gemini 3 was unveiled", "the Model Q is set to go on sale"
_NAMED_BEFORE_VERB = re.compile(
    r"(?:^|[\s,:;])(?:(?i:the|its|their|new)\s+)*(?P<n>" + _NAME + r")" + _KIND_AFTER +
    # "Shadow Quest, which is set to launch in November": a relative clause, of a plan only
    r"(?:,?\s+(?:which|that)(?=\s+(?:will|(?:is|are)\s+(?:set|slated|scheduled|due)\s+to)\b))?\s+"
    r"(?:(?:will|won['’]t|will\s+not)(?:\s+officially)?(?:\s+be)?|"
    r"(?:is|are)\s+(?:set|slated|scheduled|due)\s+to(?:\s+be)?|"
    r"was|were|has\s+been|have\s+been|is\s+being|is|are)\s+(?:officially\s+|finally\s+)?$"
)
# Products listed before a passive verb: "new devices, including the Neon S and Neon U, were
# introduced", "two models, namely the X7 and X9, have been launched"
_LISTED_BEFORE = re.compile(
    r"\b(?:including|such\s+as|namely)\s+(?:the\s+)?(?P<n>" + _NAME + r")"
    r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?" + _NAME + r")*,?\s+"
    r"(?:were|was|have\s+been|has\s+been|are|is)\s+(?:officially\s+|also\s+|now\s+)?$"
)
# The launches a company counts: "its three big launches for 2023 will be the new-generation
# Kona, the Ioniq 5 N ...", "its launches this year include the Vela X7 and ..."
_LAUNCH_LIST = re.compile(
    r"\s+(?:for|in|of|this|next)\s+[^,.;]{1,20}?\s+(?P<will>will\s+(?:be|include)|includes?|are)\s+"
    r"(?:(?:the|its)\s+)?(?:[a-z][\w-]*\s+){0,2}?(?P<n>" + _NAME + r")"
)
# A name and its apposition before a passive verb: "The Zip EV, Zorvex's first scooter, was
# launched", "Zorvex's first scooter, the Zip EV, was launched"
_APPOSED_BEFORE = re.compile(
    r"(?:(?:^|[\s:;])(?:(?i:the|its|their|new)\s+)*(?P<n>" + _NAME + r"),\s+[^,.;]{2,60}?|"
    r",\s+(?:the\s+)?(?P<n2>" + _NAME + r")),\s+(?:was|were|has\s+been|have\s+been|is|are|"
    # a plan: "Apple Vision Pro, the company's all-new AR/VR product, will hit stores in 2024"
    r"will(?:\s+be)?|(?:is|are)\s+(?:set|slated|scheduled|due)\s+to(?:\s+be)?)\s+"
    r"(?:officially\s+|finally\s+|also\s+)?$"
)
# The name a launch's phrase before it is told of: ", the Nova X5"
_THEN_NAMED = r",\s+(?:(?i:the|its|their)\s+)?(?P<n>" + _NAME + r")"
# A launch told with its own time before the name: "Since its launch in March, the Nova X5 has
# sold 5 million units"
_SINCE_ITS_LAUNCH = re.compile(
    r"(?i:launch|debut|release|introduction)\s+(?:in|on|last|earlier)\b[^,.;]{0,30}" + _THEN_NAMED
)
# A participle opening the sentence: "Launched in March, the Zip EV has sold 20,000 units"
_OPENING_PARTICIPLE = re.compile(
    r"(?i:launched|introduced|unveiled|released|debuted|rolled\s+out)\b[^,.;]{0,40}" + _THEN_NAMED
)
_PASSIVE = re.compile(r"\b(?:be|been|being|was|were|is|are)\s+(?:officially\s+|finally\s+)?$")


def _product_before(text: str, at: int) -> str | None:
    """A product named before ``at``: "the standalone Qwen application", "Meta AI assistant"."""
    m = _BEFORE_NOUN.search(text[:at])
    if m is None:
        return None
    words = [
        w for w in m.group("n").split() if w not in _STOP_NAMES and not w.endswith(("'s", "’s"))
    ]
    if not words:
        return None
    suffix = " app" if m.group("kind") in ("app", "application") else ""
    return _trim(" ".join(words)) + suffix


def _launched(text: str, verb: re.Match[str]) -> str | None:
    """The product a launch verb speaks of: named before it with an auxiliary ("the Switch 2
    will be released"), after it ("unveiled the Galaxy S25"), before a product noun, or before
    an intransitive verb ("Nintendo Switch 2 launches June 5"); never a company or a date."""
    before = text[: verb.start()]
    named = _NAMED_BEFORE_VERB.search(before)
    intransitive = _NAMED_BEFORE.search(before)
    passive = named is not None and (
        (_PASSIVE.search(named.group(0)) is not None and not verb[0].endswith("ing"))
        or _intransitive(text, verb)
    )  # "the Switch 2 will be released", "the Nova Pro is set to go on sale": the product;
    # "Zorvex is debuting its cola": a company at work
    after = _product_after(text, verb.end())
    if after and _TOLD.match(verb[0]) and _CLAUSE_AFTER.match(text, text.find(after) + len(after)):
        after = None  # "Sony reveals the PS5 Pro is meant to ...": news of it, no launch
    described = _DESCRIBED_PRODUCT.search(before)
    listed_after = _LAUNCH_LIST.match(text, verb.end()) if verb[0].lower() == "launches" else None
    past = not verb[0].endswith("ing")
    listed = _LISTED_BEFORE.search(before) if past else None
    apposed = _APPOSED_BEFORE.search(before) if past else None
    opened = _OPENING_PARTICIPLE.match(text) if verb.start() == 0 else None
    opened = opened or _SINCE_ITS_LAUNCH.match(text, verb.start())
    postposed = _POSTPOSED.search(before) if _DATED_PARTICIPLE.match(text, verb.start()) else None
    for name in (
        _trim(listed_after.group("n")) if listed_after else None,
        _trim(listed.group("n")) if listed else None,
        _trim(apposed.group("n") or apposed.group("n2")) if apposed else None,
        _trim(opened.group("n")) if opened else None,
        _trim(postposed.group("n")) if postposed else None,
        # "X will launch ..." names the company: only a passive names the product
        _trim(named.group("n")) if named and passive else after,
        _trim(described.group("n")) if described and _intransitive(text, verb) else None,
        _product_before(text, verb.start()),
        _trim(intransitive.group("n")) if intransitive and _intransitive(text, verb) else None,
        (inn["n"] if (inn := _GENERIC_DRUG.match(text, verb.end())) else None),
    ):
        if name and not _stop_name(name) and not _is_entity(name):
            return name
    return None


# A drug's generic name, written in lower case by its international stem ("launched oral
# semaglutide in 2022", "introduced its pembrolizumab biosimilar"): a product, where a lower
# case word after a launch verb is none ("launched a study of semaglutide" is no launch)
_GENERIC_DRUG = re.compile(
    r"\s+(?:(?:its|their|the|a|an)\s+)?(?:(?!(?:of|in|on|for|to|with|by|and|as)\b)[a-z][\w-]*\s+)"
    r"{0,2}?(?P<n>[a-z]{4,}(?:mab|tinib|ciclib|lisib|rafenib|parib|zomib|glutide|tide|tirelin|vir|"
    r"sartan|statin|gliflozin|gliptin|prazole|olol|pril|parin|fungin|oxacin|conazole|tidine|"
    r"setron|triptan|dronate|semide)|[a-z]{5,}cept)\b"
)


# A verb of telling whose object may be a clause: "reveals the Nova 3 is faster"
_TOLD = re.compile(r"reveal|announc", re.I)
_CLAUSE_AFTER = re.compile(
    r"\s+(?:is|are|was|were|will|would|has|have|had|can|could|may|might|should|uses?|runs?|"
    r"offers?|features?|comes?|gets?)\b"
)


# A name its apposition calls a technology or a feature of a product, no product itself:
# "Spectral Resolution, an AI-driven upscaling that ...", "Nova Link, a charging standard"
_FEATURE = re.compile(
    r",\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:technology|technique|feature|upscaling|"
    r"standard|protocol|format|mode|capability|functionality)\b"
)


def _product_of(text: str, verb: re.Match[str], ctx: Context) -> str | None:
    """The product a launch verb names, or the product last named for "the new model"."""
    product = _launched(text, verb) or _possessor(text, verb, ctx)
    if product is not None and ctx.subjects.company_named(product) is not None:
        product = None  # the article's company ("Sleep Number is rolling out new ads")
    if product is not None and _FEATURE.match(text, text.find(product) + len(product)):
        return None  # "introducing Spectral Resolution, an AI-driven upscaling": a feature
    if product is None and (anaphor := _PRODUCT_ANAPHOR.search(text, 0, verb.start())):
        # "The console will be released on November 7": the product last launched, or the
        # one an earlier sentence named ("The pill, known as Veozah, ...")
        return ctx.memory(_Products).last or _introduced(ctx, anaphor["noun"])
    if product is None and (anaphor := _ANAPHOR_AFTER.match(text, verb.end())):
        return _introduced(ctx, anaphor["noun"])  # "planning to launch such a service"
    if product is None and _A_KIND.match(text, verb.end()):
        return _named_next(ctx)  # "presented an electric saloon. The Zorvex EZ-6 ..."
    return _titled(product, text, ctx) if product else None


def _named_next(ctx: Context) -> str | None:
    """The product the next sentence opens on, when a launch told only its kind: "Zorvex
    presented an electric saloon at the show. The Zorvex EZ-6 was developed with ..."."""
    nxt = ctx.following()
    named = _NAMED_NEXT.match(nxt.text) if nxt else None
    if named is None:
        return None
    name = _trim(named["n"])
    if _stop_name(name) or _is_entity(name) or ctx.subjects.company_named(name) is not None:
        return None  # "The company said ...", "The Zorvex Group ..."
    return name


# A name an article gives a product before standing for it by a noun ("the drug will cost
# $550"): after a word of naming and the kind it names ("The pill, known as Veozah", 'a
# project called "Quill Bot"'), or before its kind ("its Unity cataract system", "the new
# Vital Pursuit brand")
_INTRO_KINDS = (
    r"(?:" + _KINDS + r"|(?:system|brand|range|service|platform|pill|project|product|offering|"
    r"chatbot|assistant)s?)"
)
_CALLED = gated(
    r"\b" + _INTRO_KINDS + r",?\s+(?:called|known\s+as|dubbed|named|branded)\s+[\"“‘']?"
    r"(?P<n>" + _NAME + r")"
)
_NAMED_KIND = gated(
    r"\b(?i:the|its|their|a|an)\s+(?:(?i:new)\s+)?(?P<n>" + _NAME + r")\s+"
    r"(?:[a-z][\w-]*\s+){0,2}?" + _INTRO_KINDS + r"\b"
    # the kind the head of its phrase, no modifier: "The FDA drug panel", "the Medicare drug
    # price talks" name no drug
    r"(?=\s*[,.;:)\"”’]|\s*$|\s+(?:is|was|are|were|has|had|have|will|would|which|that|in|on|for|"
    r"to|with|from|by|and|or|at|as|of|can|could|may|might|aimed|designed|made|built|used)\b)"
)
# The nouns that stand for a product of any kind
_ANY_KIND = frozenset({"product", "service", "system"})


def _introduced(ctx: Context, noun: str) -> str | None:
    """The product "the drug", "the products" or "such a service" stands for, when no launch
    told one: the name an earlier sentence last gave a product of that kind ("The once-a-day
    pill, known as Veozah, ..."; "Astellas said the drug will cost $550")."""
    for sentence in reversed(ctx.sentences[: ctx.index]):
        if noun.lower() not in _ANY_KIND and not _same_kind(noun, sentence.text):
            continue
        named = [*_NAMED_KIND.finditer(sentence.text), *_CALLED.finditer(sentence.text)]
        for m in reversed(named):  # a name given by a word of naming first, the last first
            name = _trim(m["n"])
            if not (_stop_name(name) or _is_entity(name) or ctx.subjects.company_named(name)):
                return name
    return None


# "At the time of Quillon Saga XVI's launch": the launch of what the possessive names
_POSSESSOR_LAUNCH = gated(r"(?P<n>" + _NAME + r")['’]s\s+(?:[a-z][\w-]*\s+){0,2}$")
_LAUNCH_NOUN = re.compile(r"(?:launch|debut|release|roll-?out|unveiling)$", re.I)


def _possessor(text: str, verb: re.Match[str], ctx: Context) -> str | None:
    """The product whose launch a noun tells, named as its possessor ("Quillon Saga's debut"),
    when no company is ("Zorvex's launch of the Nova" is Zorvex's)."""
    if not _LAUNCH_NOUN.match(verb[0]) or re.match(r"\s+of\b", text[verb.end() :]):
        return None
    m = _POSSESSOR_LAUNCH.search(text, 0, verb.start())
    if m is None or _stop_name(m["n"]) or _is_entity(m["n"]) or ctx.subjects.company_named(m["n"]):
        return None
    return m["n"]


# An owner written before a name: "Zorvex's Nova 3", "Assassin's Creed Shadows"
_POSSESSIVE_BEFORE = re.compile(r"(?P<o>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['’]s\s+$")


def _titled(product: str, text: str, ctx: Context) -> str:
    """A title that begins with a possessive keeps it ("Assassin's Creed Shadows"): an owner
    that is no company the tables or the article know and that the article never names
    without its "'s" is part of the name, where a company's ("Zorvex's Nova 3") is not."""
    at = text.find(product)
    owner = _POSSESSIVE_BEFORE.search(text, 0, at) if at > 0 else None
    if owner is None:
        return product
    name = owner["o"]
    if _is_entity(name) or ctx.subjects.company_named(name):
        return product
    if re.search(rf"(?<![\w-]){re.escape(name)}(?![\w'’-])", ctx.article.text):
        return product  # "Xiaomi" named alone: an owner
    return text[owner.start() : at] + product


def _coordinated(text: str, first: str, after: int, ctx: Context) -> list[str]:
    """The products named with ``first``: after it, "the A and the B", "A, B and C" (a name
    that is a company, or that a verb follows, begins another clause); before it, when it is
    named before the verb ("The A and the B were launched"). A one-word name after a longer
    one shares its leading words ("the Neon S and Ultra": the Neon Ultra)."""
    at = text.find(first, after)
    if at < 0:  # named before the verb: "including the A and the B, were introduced"
        at = text.find(first)
    if at < 0:
        return []
    out: list[str] = []
    end = at + len(first)
    while (nxt := _AND_NAME.match(text, end)) is not None:
        name = _trim(nxt.group("n"))
        if not _other_product(name, ctx) or _CLAUSE_VERB.match(text, nxt.end()):
            break
        words = first.split()
        out.append(" ".join([*words[:-1], name]) if " " not in name else name)
        end = nxt.end()
    start = at
    while at < after and (prev := _AND_BEFORE.search(text, 0, start)) is not None:
        if not _other_product(name := _trim(prev.group("n")), ctx):
            break
        out.insert(0, name)
        start = prev.start("n")
    return out


# A product named before another, in a list: "The Sollen One and [the Sollen One Plus]"
_AND_BEFORE = re.compile(
    r"(?:^|(?<=[\s,:;]))(?:(?i:the|its|their)\s+)?(?P<n>" + _NAME + r")"
    r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?:the|its|their)\s+)?$"
)


_CLAUSE_VERB = re.compile(
    r"\s+(?:said|says|is|was|were|are|will|would|has|have|had|also|shares|stock|rose|fell|"
    r"gained|jumped|launched|unveiled|introduced|released)\b"
)

# A launch told by a participle after its product, with its time, the sentence's verb after it:
# "The Vela X4 unveiled on Monday is to be available on Aug. 20", "The Orca S5, launched in
# May, will go on sale in Europe": the product, shown at that time (its determiner tells a
# product from a capitalised word: "Figures released last week were weak")
_POSTPOSED = re.compile(
    r"(?:^|[\s,:;])(?i:the|its|their)\s+(?:(?i:new|latest)\s+)?(?P<n>"
    + _NAME
    + r")"
    + _KIND_AFTER
    + r",?\s+$"
)
_DATED_PARTICIPLE = re.compile(
    r"(?:launched|introduced|unveiled|released|revealed|debuted|rolled\s+out|presented|"
    r"showcased)\s+(?:on|in|last|earlier|this)\b[^,.;]{1,30}?,?" + _CLAUSE_VERB.pattern,
    re.I,
)
