"""The public and the press as the other side of speech: talking to them is no consultation, and they
are no target ("told reporters that X ...": the press hears, X is aimed at)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.nlp.arguments import refs_for
from detente.nlp.clause_subjects import children
from detente.nlp.mentions import Ref
from detente.nlp.syntax import prep_objects

NON_PARTIES = {"reporter", "journalist", "press", "media", "audience", "crowd", "supporter", "student",
               "voter", "television", "camera", "newspaper", "radio"}


def talks_to_public(doc: Doc, token: Token) -> bool:
    """"speaking to reporters", "told the press", "in an interview with a network": talking to the public
    (or to a news outlet, which the knowledge base or the press-noun reader marks JRN) is no consultation."""
    objects = children(token, {"dobj", "dative"}) + prep_objects(token, {"to", "with"})
    return bool(objects) and all(o.lemma_.lower() in NON_PARTIES or _outlet(doc, o) for o in objects)


def _outlet(doc: Doc, token: Token) -> bool:
    """A news outlet the knowledge base or the press-noun reader knows (sector JRN)."""
    refs = refs_for(doc, token)
    return bool(refs) and all(r.sector == "JRN" and r.kind == "organisation" for r in refs)


def is_audience(ref: Ref) -> bool:
    """A group named by a word for the public or the press ("reporters", "journalists") is an audience."""
    words = ref.name.lower().split()
    return ref.kind == "group" and bool(words) and (words[-1] in NON_PARTIES or words[-1].rstrip("s") in NON_PARTIES)
