"""Companies the knowledge base lacks, told by how news names firms: a corporate word in the name ("Astellas
Pharma", "Vietnam Airlines", "Hanwha Ocean Holdings"), or a trade noun set before or beside it ("Japanese
drugmaker X", "the German carmaker X", "X, the Japanese steelmaker"), which also gives its country.
Used by the actor component for names it could not resolve.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

# words that end or fill the names of firms ("Nippon Steel", "Astellas Pharma", "Hyundai Motor Group")
CORPORATE_NAME_WORDS = {"pharma", "pharmaceutical", "pharmaceuticals", "steel", "airlines", "airways", "motor",
                        "motors", "holdings", "industries", "electronics", "telecom", "corp", "corp.", "inc",
                        "inc.", "ltd", "ltd.", "plc", "ag", "gmbh", "llc", "co.", "petroleum", "semiconductor",
                        "shipbuilding", "chemical", "chemicals", "aerospace", "automotive", "logistics",
                        "securities", "insurance", "technologies", "enterprises", "conglomerate"}
# nouns that say what trade a firm is in ("drugmaker", "lender", "carrier"); any "-maker" too
# ("group" and "bank" are left out: militant and rights groups, central banks are no firms)
TRADE_NOUNS = {"company", "firm", "corporation", "conglomerate", "giant", "manufacturer", "producer", "exporter",
               "importer", "lender", "airline", "carrier", "operator", "insurer", "retailer", "supplier",
               "contractor", "developer", "shipbuilder", "miner", "startup", "start-up", "refiner", "shipper",
               "automaker", "utility", "brand"}
DESCRIPTOR_SPAN = 5  # "the Chinese electric-vehicle battery maker CATL": words between the article and the name


def is_trade_noun(token: Token) -> bool:
    word = token.lower_
    return token.pos_ == "NOUN" and (word in TRADE_NOUNS or word.endswith("maker"))


def corporate_name(span: Span) -> bool:
    """A corporate word inside the name, after its first word ("Pharma", "Airlines", "Steel")."""
    return any(t.lower_ in CORPORATE_NAME_WORDS for t in list(span)[1:])


def trade_descriptor(doc: Doc, span: Span) -> Span | None:
    """The phrase ending in a trade noun right before the name ("Japanese drugmaker"), or set beside it
    after a comma ("X, the Japanese steelmaker,")."""
    before = _descriptor_before(doc, span.start)
    return before if before is not None else _descriptor_after(doc, span.end)


def _descriptor_before(doc: Doc, start: int) -> Span | None:
    if start == 0 or not is_trade_noun(doc[start - 1]):
        return None
    floor = max(doc[start - 1].sent.start, start - 1 - DESCRIPTOR_SPAN)
    i = start - 1
    while i > floor and doc[i - 1].pos_ in {"ADJ", "NOUN", "PROPN", "PUNCT", "PART"} and doc[i - 1].text not in {",", "("}:
        i -= 1
    return doc[i:start]


def _descriptor_after(doc: Doc, end: int) -> Span | None:
    if end >= len(doc) or doc[end].text != ",":
        return None
    stop = min(len(doc), end + 2 + DESCRIPTOR_SPAN)
    for j in range(end + 1, stop):
        if doc[j].is_punct:
            return None
        if is_trade_noun(doc[j]):
            return doc[end + 1:j + 1]
    return None
