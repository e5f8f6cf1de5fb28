"""A side the event's own sentence names by a capital acting ("Moscow summoned the ambassador", "London suspended
the treaty") or acted on ("accused Moscow of", "urged Tokyo to", "cut ties with Kyiv") keeps that name on the
event, so the record says who took part as the text does; its country, and so the party, stays the state's.
The actor list still folds the capital into the state (nlp/metonym_roles.py).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from detente.nlp.context import current_kb
from detente.nlp.mentions import Ref, clean_name
from detente.nlp.metonym_roles import metonym_role


# "accused Moscow", "gave Moscow ten days", "asked for Beijing's help": the capital as the party acted on
OBJECT_DEPS = {"dobj", "dative", "poss"}
# "relations with Kyiv", "an explanation from Beijing", "sanctions against Moscow", "talks between London and
# Brussels": a party in a phrase
PARTY_PREPOSITIONS = {"with", "from", "against", "on", "to", "between"}


def _acting(span: Span) -> bool:
    """The capital is a clause's subject or a passive's agent ("Moscow summoned", "was suspended by London"),
    or the party acted on (an object, a possessor, the object of "with", "from", "against"), not a place or a
    modifier ("visited Beijing", "talks in London", "a Beijing visit"): metonym_role rules out the places."""
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:  # "Washington and Beijing agreed"
        root = root.head
    if root.dep_ in {"nsubj", "nsubjpass"} | OBJECT_DEPS:
        return True
    return root.dep_ == "pobj" and (root.head.dep_ == "agent" or root.head.lower_ in PARTY_PREPOSITIONS)


def _stands_for_government(span: Span) -> bool:
    """The capital acts as the government (the test metonym_roles makes, and a subject's or agent's place)."""
    return _acting(span) and metonym_role(current_kb(), span, replace(span._.ref, role=None)).role is not None


def _capital_mentions(doc: Doc, sent: Span, ref: Ref) -> set[str]:
    """How the sentence writes the state as its government's capital."""
    return {clean_name(span.text) for span in doc.spans["actors"]
            if sent.start <= span.start < sent.end and span._.ref.actor_id == ref.actor_id
            and span._.ref.via == "metonym" and _stands_for_government(span)}


def _subject_it(token: Token) -> Token | None:
    """The subject "it" of the trigger's clause, through conjoined verbs ("it shut the post and ordered ...")."""
    verb = token if token.pos_ in {"VERB", "AUX"} else token.head
    while True:
        subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is not None or verb.dep_ != "conj" or verb.head.i == verb.i:
            return subj if subj is not None and subj.lower_ == "it" else None
        verb = verb.head


def _pronoun_capital(doc: Doc, token: Token, ref: Ref) -> set[str]:
    """"Quito had asked ... On Thursday it declared ...": a subject "it" takes up the party's last mention
    (in its sentence or the one before); when that mention is the capital acting, "it" is the capital."""
    pronoun = _subject_it(token)
    if pronoun is None or pronoun.sent.start == 0:
        return set()
    floor = doc[pronoun.sent.start - 1].sent.start
    last = next((span for span in reversed(doc.spans["actors"]) if floor <= span.start < pronoun.i
                 and span._.ref.actor_id == ref.actor_id), None)
    if last is None or last._.ref.via != "metonym" or not _stands_for_government(last):
        return set()
    return {clean_name(last.text)}


def as_written(doc: Doc, token: Token, refs: list[Ref]) -> list[Ref]:
    """The sides, a state (or body) named by its capital alone in the trigger's sentence renamed to that capital,
    or to the capital a subject "it" takes up."""
    out = []
    for ref in refs:
        # a body's seat counts as a capital does ("Brussels" for the European Union); the side may have come
        # from another mention ("China's support ... if Beijing did not act"), so the sentence's wording decides
        names = _capital_mentions(doc, token.sent, ref) if ref.kind in {"state", "organisation"} else set()
        if not names and ref.kind == "state":
            names = _pronoun_capital(doc, token, ref)
        out.append(replace(ref, name=names.pop()) if len(names) == 1 else ref)
    return out
