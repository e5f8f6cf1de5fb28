"""Title phrases around a person's name: the role words before it ("foreign ministry spokeswoman"), the
ranks ("Lt. Gen."), an appositive role ("X, an aide to Y") or the title it stands beside ("Japan's
ambassador, X"). Read by nlp/actors.py to give a person an office, a country and a sector.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from detente.events.dates import MONTHS, WEEKDAYS
from detente.nlp.mentions import RANKS


ROLE_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "ambassador", "minister", "secretary", "adviser",
              "advisor", "aide", "director", "director-general", "chief", "general", "commander", "envoy",
              "official", "negotiator", "head", "chairman", "chairwoman", "president", "premier", "governor",
              "representative", "deputy", "diplomat", "officer", "admiral", "lawmaker", "senator", "leader",
              "commissioner", "d'affaires", "d’affaires"}  # the last token of "chargé d'affaires"


# Words after an office that name one who is to hold it: "Commerce Secretary nominee X".
DESIGNATE_NOUNS = {"nominee", "designate", "pick"}


def _date_word(token: Token) -> bool:
    """A day or month name ("On Wednesday spokesperson X"): it dates the clause, it is no part of a role."""
    return token.lower_ in WEEKDAYS or token.lower_ in MONTHS and token.pos_ == "PROPN"


def _role_phrase_before(doc: Doc, start: int) -> Span | None:
    """"foreign ministry spokeswoman Mao Ning", "Commerce Secretary nominee X": the role words written right
    before a name."""
    i = start
    while i > 0 and doc[i - 1].lower_ in RANKS - ROLE_NOUNS:
        i -= 1
    end, left = i, i
    role_end = end - 1 if end > 1 and doc[end - 1].lower_ in DESIGNATE_NOUNS else end
    while left > 0 and start - left < 7 and (doc[left - 1].pos_ in {"NOUN", "PROPN", "ADJ"}
                                            or doc[left - 1].tag_ == "POS") and not doc[left].is_sent_start \
            and not _date_word(doc[left - 1]):
        left -= 1
    if role_end > left and doc[role_end - 1].lower_ in ROLE_NOUNS:
        return doc[left:end]
    return None


def _rank_phrase_before(doc: Doc, start: int) -> Span | None:
    """"Indian Lt. Gen. Rajiv Ghai": with no role word or apposition, the ranks before a name (and the
    nationality before them) are the office."""
    i = start
    while i > 0 and doc[i - 1].lower_ in RANKS - ROLE_NOUNS:
        i -= 1
    left = i - 1 if i > 0 and doc[i - 1].pos_ in {"ADJ", "PROPN"} and not doc[i].is_sent_start else i
    return doc[left:start] if i < start else None


def _role_phrase_after(doc: Doc, span: Span) -> Span | None:
    """"Masaaki Kanai, the Japanese foreign ministry's top Asia official,": an appositive role."""
    if span.end + 2 >= len(doc) or doc[span.end].text != ",":
        return None
    stop = span.end + 1
    while stop < len(doc) and stop - span.end < 12 and doc[stop].text not in {",", ".", ";", "\n"} \
            and (doc[stop].pos_ not in {"VERB", "AUX"} or doc[stop].dep_ == "amod"):  # "the acting head"
        stop += 1
    phrase = doc[span.end + 1:stop]
    words = [t for t in phrase if t.lower_ not in {"the", "a", "an"}]
    if words and words[-1].lower_ in ROLE_NOUNS:
        return doc[words[0].i:words[-1].i + 1]
    # "Vladimir Medinsky, an aide to President Vladimir Putin": the role, then whom it serves
    role = next((t for t in words if t.lower_ in ROLE_NOUNS), None)
    if role is not None and role.i + 1 < stop and doc[role.i + 1].lower_ in {"to", "of", "for", "at", "on", "in"}:
        return doc[words[0].i:stop]
    return None


RANK_WORDS = {"gen", "gen.", "maj", "maj.", "lt", "lt.", "col", "col.", "adm", "adm.", "brig", "brig.",
              "general", "admiral", "colonel", "major", "lieutenant", "marshal", "commander", "captain"}


# Prepositions that tell where an office holder is posted: "ambassador in Nairobi", "envoy to the U.N.".
POST_PREPS = {"in", "to", "at"}


def _title_appositive(doc: Doc, span: Span) -> Span | None:
    """"Japan's ambassador, Kenji Kanasugi": the title phrase a name stands in apposition to."""
    head = span.root.head
    if span.root.dep_ != "appos" or head.i >= span.start or head.lower_ not in ROLE_NOUNS | {"counterpart"}:
        return _title_by_position(doc, span)
    comma = _comma_before(doc, span, head.i)
    if comma is None or comma <= head.left_edge.i:
        return None
    return doc[head.left_edge.i:comma]


def _comma_before(doc: Doc, span: Span, floor: int) -> int | None:
    """The comma before a name, over ranks: "Pakistan's Director General ..., Maj. Gen. Kashif Abdullah"."""
    comma = span.start - 1
    while comma > floor and doc[comma].text != "," and span.start - comma <= 5:
        comma -= 1
    return comma if comma > floor and doc[comma].text == "," else None


def _title_by_position(doc: Doc, span: Span) -> Span | None:
    """"his Chinese counterpart, Liu Jinsong,": the same apposition read by position when the parser
    hung the name elsewhere; the name must close with punctuation, as an apposition does."""
    comma = _comma_before(doc, span, 0)
    closed = span.end >= len(doc) or doc[span.end].is_punct
    if comma is None or not closed or comma < 1:
        return None
    noun = _posted_title(doc[comma - 1])
    if noun.pos_ != "NOUN" or noun.lower_ not in ROLE_NOUNS | {"counterpart"} or noun.left_edge.i >= comma:
        return None
    return doc[noun.left_edge.i:comma]


def _posted_title(last: Token) -> Token:
    """"Ukraine's ambassador in Nairobi, X": a title closed by its post ("in Nairobi", "to the U.N.") ends in the
    post's place; the title noun is the one the place hangs on."""
    prep = last.head if last.dep_ == "pobj" else None
    if prep is not None and prep.lower_ in POST_PREPS and prep.head.i < prep.i and prep.head.lower_ in ROLE_NOUNS:
        return prep.head
    return last


def _ranked(doc: Doc, span: Span) -> bool:
    """A military rank written right before the name: "Lt. Gen. Rajiv Ghai" (not "Director General of
    Customs, Joao Ferreira": the rank must touch the name)."""
    i, ranks = span.start - 1, 0
    while i >= 0 and span.start - i <= 4 and (doc[i].lower_ in RANK_WORDS or doc[i].text == "."):
        ranks += doc[i].lower_ in RANK_WORDS
        i -= 1
    return ranks > 0


def _office(role: str | None) -> bool:
    """A role naming an office, not ranks alone ("Pakistani Maj. Gen."): a counterpart holds the same
    office, not the same rank."""
    offices = ROLE_NOUNS - (RANK_WORDS - {"commander"})
    return any(word.lower() in offices for word in re.findall(r"[\w-]+", role or ""))


def _role_text(title: Span) -> str | None:
    """The office in a title phrase, without its owner: "Pakistan's Director General" -> "Director General"."""
    words = [t for t in title if not (t.dep_ in {"det", "poss", "case"} or t.tag_ == "POS" or
                                      t.head.dep_ == "poss" and t.head.i > t.i)]
    text = " ".join(t.text for t in words).strip()
    return None if not text or title.root.lower_ == "counterpart" else text


PORTFOLIO_PREPS = {"for", "on"}
SPOKES_NOUNS = {"spokesman", "spokeswoman", "spokesperson"}


def spoken_for(prep: Token) -> bool:
    """"spokesman for Mali's junta": after a spokesperson, "for" names whom he speaks for, not a portfolio."""
    if prep.lower_ != "for" or prep.i == 0 or prep.nbor(-1).lower_ not in SPOKES_NOUNS:
        return False
    # "the coast guard's spokesman for the sea": a spokesman who has his owner already has a portfolio here
    return not any(c.dep_ in {"poss", "compound", "amod"} for c in prep.nbor(-1).children)


def owner_parts(title: Span) -> list[Span]:
    """The parts of a title that can name its owner's state: "Deputy Assistant Secretary of Defense for China",
    "Special Envoy for Iran" name a portfolio after "for"/"on", not the state the official serves."""
    prep = next((t for t in title if t.lower_ in PORTFOLIO_PREPS and t.pos_ == "ADP"), None)
    # "spokesman for Mali's junta": a spokesperson speaks for the owner named after "for"
    if prep is None or spoken_for(prep):
        return [title]
    last = max(t.i for t in prep.subtree)
    parts = [title.doc[title.start:prep.i], title.doc[last + 1:title.end]]
    return [p for p in parts if len(p)]


def owner_phrases(title: Span) -> list[str]:
    """The owners written with "'s" in a title: "the Philippine coast guard's spokesman" -> ["Philippine coast
    guard"]."""
    doc = title.doc
    found = []
    for t in title:
        if t.tag_ == "POS" and t.i > title.start:
            owner = doc[t.i - 1]
            start = max(owner.left_edge.i, title.start)
            words = [w.text for w in doc[start:t.i] if w.dep_ != "det"]
            if words:
                found.append(" ".join(words))
    return found
