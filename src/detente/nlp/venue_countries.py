"""The country of a venue the gazetteer does not know ("the Imperial Palace", "the National Palace"), from
the other places its sentence says the actors were at.

A palace, hall or residence is named by news without its country; the sentence that names it often tells
where the visitor was as well ("arrived in Tokyo and was received at the Imperial Palace", "on his visit to
Mexico, held talks at the National Palace"). When every place the sentence puts someone in or at ("arrived
in X", "met at X", "a visit to X") lies in one country, the venue is taken to lie there too; two countries, or none,
leave it without one. Places a sentence only mentions (a state as an actor, "flew to X" for a later leg)
do not count.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.kb.loader import NON_STATE_CODES
from detente.nlp.place_names import place_at

AT_PREPS = {"in", "at", "inside"}  # being somewhere: "arrived in Tokyo", "talks at the Kremlin"
VISIT_NOUNS = {"visit", "trip", "tour"}  # "on his visit to Mexico": going there, told as the occasion
NOT_TERRITORY = NON_STATE_CODES


def sentence_country(doc: Doc, token: Token, kb) -> str | None:
    """The one country of the places the trigger's sentence puts someone in, at, or on a visit to."""
    countries = set()
    for t in token.sent:
        if t.dep_ != "pobj" or not _being_there(t.head):
            continue
        cand = place_at(doc, t, kb)
        if cand is not None and cand.sure and cand.country and cand.country not in NOT_TERRITORY:
            countries.add(cand.country)
    return next(iter(countries)) if len(countries) == 1 else None


def _being_there(prep: Token) -> bool:
    """"arrived in X", "met at X", or the "to" of a visit noun ("a visit to X"); not a noun's "in X" ("the war
    in Ukraine"), which names a topic, not where anyone was."""
    if prep.dep_ != "prep":
        return False
    if prep.lower_ == "to":
        return prep.head.lemma_.lower() in VISIT_NOUNS
    return prep.lower_ in AT_PREPS and prep.head.pos_ in {"VERB", "AUX"}
