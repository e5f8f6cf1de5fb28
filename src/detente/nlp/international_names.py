"""Names of bodies the knowledge base lacks that read as international ones: "the Lima Group", "the
Inter-American Court of Human Rights", "the UNESCO World Heritage Committee", "the Board of Governors of
the IAEA".

Such a body belongs to no state, even when a place stands in its name: a grouping named after the city
where it first met ("the Lima Group", "the Paris Club"), a regional court ("Inter-American" is no
American body). Its country is PLOVER's code for international bodies (that of the international body
it belongs to, when it names one), and its sector IGO (a court JUD, as the records code courts).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.kb.loader import INTERNATIONAL_CODES
from detente.nlp.mentions import clean_name, international_code

# Nouns heading the name of an institution (not of a place, a firm or an event): "Court", "Committee".
INSTITUTION_HEADS = {"court", "tribunal", "commission", "committee", "council", "organisation", "organization",
                     "agency", "union", "fund", "bank", "group", "forum", "conference", "assembly", "parliament",
                     "panel", "board", "mission", "force", "coalition", "alliance", "community", "secretariat",
                     "office", "programme", "program", "club"}
# Nouns heading a grouping of states named after the city where it first met: "Lima Group", "Paris Club".
GROUPING_HEADS = {"group", "club", "format", "process", "quartet", "triangle", "initiative", "forum",
                  "dialogue", "nine"}
# Words that make a name's scope wider than one state: "International Court", "Inter-American", and
# regions written as adjectives ("European Court of Human Rights", "African Court").
# ("Regional Court" is a German state court, "Atlantic Council" an American think tank, "Islamic" names
# national bodies in Iran: none of them widens a name.)
SCOPE_WORDS = {"international", "intergovernmental", "multinational", "transnational", "european", "african",
               "asian", "arab", "pacific", "caribbean", "latin", "nordic", "eurasian", "andean", "world", "global"}
JUDICIAL_HEADS = {"court", "tribunal"}

_STATE_WORDS: dict[int, frozenset[str]] = {}


def _state_words(kb) -> frozenset[str]:
    """Lower-cased names and demonyms of states (not capitals or seats), built once per knowledge base."""
    if id(kb) not in _STATE_WORDS:
        _STATE_WORDS[id(kb)] = frozenset(t.lower() for t, label in kb.surface_forms() if label in {"COUNTRY", "DEMONYM"})
    return _STATE_WORDS[id(kb)]


def _head(span: Span) -> Token:
    """The noun heading a name: the one before "of"/"on"/"for" ("Court of Human Rights"), else the last."""
    words = [t for t in span if t.is_alpha]
    for i, t in enumerate(words[1:], 1):
        if t.lower_ in {"of", "on", "for", "against"}:
            return words[i - 1]
    return words[-1] if words else span.root


def _international_body(kb, text: str) -> str | None:
    """The code of an international body the knowledge base knows by this name ("IAEA" -> IGO)."""
    found = kb.candidates(clean_name(text)) if text.strip() else []
    actor = found[0].actor if found and found[0].via in {"name", "alias"} else None
    code = international_code(actor) if actor is not None and actor.kind == "organisation" else None
    return code if code in INTERNATIONAL_CODES else None


def _named_body(kb, span: Span, head: Token) -> str | None:
    """An international body named as the owner of the name ("Board of Governors of the IAEA", "the IAEA's
    Board") or among the words before its head ("UNESCO World Heritage Committee", "U.N. Committee against
    Torture"); never a run holding the head itself ("Security Council of the African Union" is the AU's)."""
    doc = span.doc
    for after in (head.i + 1, span.end):  # "Board of the IAEA", "Board of Governors of the IAEA"
        if after + 1 < len(doc) and doc[after].lower_ == "of":
            owner = next((e for e in doc.ents if after + 1 <= e.start <= after + 2), None)
            if owner is not None and (code := _international_body(kb, owner.text)):
                return code
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.tag_ == "POS" and before.i > 0:
        owner = next((e for e in doc.ents if e.end == before.i), None)
        if owner is not None:
            return _international_body(kb, owner.text)
    words = [t for t in span if t.i < head.i and (not t.is_punct or t.text == ".")]
    for size in (4, 3, 2, 1):
        for i in range(0, len(words) - size + 1):
            run = words[i:i + size]
            if run[0].text[:1].isupper() and not _addressed(run[0]) \
                    and (code := _international_body(kb, " ".join(t.text for t in run))):
                return code
    return None


def _addressed(token: Token) -> bool:
    """"Mission to the United Nations": a body sent to an international one is its sender's, not that body's."""
    doc, i = token.doc, token.i
    before = doc[i - 1] if i > 0 else None
    if before is not None and before.lower_ == "the" and i > 1:
        before = doc[i - 2]
    return before is not None and before.lower_ in {"to", "at"}


def _scope_word(span: Span, head: Token) -> bool:
    """A word in the name making it wider than a state, on an institution: "Inter-American Court"."""
    if head.lower_ not in INSTITUTION_HEADS:
        return False
    words = list(span)
    inter = any(t.lower_ == "inter" or t.lower_.startswith("inter-") for t in words)
    return inter or any(t.lower_ in SCOPE_WORDS and t.text[:1].isupper() for t in words)


def _city_grouping(kb, span: Span, head: Token) -> bool:
    """"the Lima Group", "the Paris Club": a grouping named after a city, no state's name or demonym in it."""
    if head.lower_ not in GROUPING_HEADS or head.i == span.start:
        return False
    places = [t for t in span if t.i < head.i and t.pos_ == "PROPN" and kb.country_code(clean_name(t.text))]
    return bool(places) and not any(t.lower_ in _state_words(kb) for t in span)


def international_reading(kb, span: Span) -> tuple[str, str] | None:
    """(country, sector) of a body name that reads as an international body's; None for any other name."""
    head = _head(span)
    sector = "JUD" if head.lower_ in JUDICIAL_HEADS else "IGO"
    code = _named_body(kb, span, head)
    if code is not None:
        return code, sector
    if _scope_word(span, head) and not _owned_by_state(kb, span):
        return "IGO", sector
    return ("IGO", sector) if _city_grouping(kb, span, head) else None


def _owned_by_state(kb, span: Span) -> bool:
    """A state's own name or demonym in the name, not after "Inter-": "Chinese International Trade Court"."""
    words = list(span)
    for i, t in enumerate(words):
        after_inter = i >= 2 and words[i - 1].text == "-" and words[i - 2].lower_ == "inter"
        if t.lower_ in _state_words(kb) and not after_inter and not t.lower_.startswith("inter-"):
            return True
    return False
