"""A state's body written as its state and a common noun ("Egypt's army", "the Iranian state media", "the
Lithuanian government") as two mentions: the state that owns it and the body itself.

The knowledge base gives every state such bodies (kb/state_bodies.py) and the matcher finds the whole phrase;
the owner word stays a mention of the state (other readings ask the state a "parliament" or "vessel" is of),
and the body is named as the article writes it, with the state's demonym ("Egyptian army").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span

from detente.kb.base import KnowledgeBase
from detente.kb.state_bodies import GOVERNMENT_NOUNS, STANDARD_SOURCE, body_nouns, owner_adjective
from detente.nlp.mentions import Ref
from detente.nlp.title_phrases import ROLE_NOUNS

# The label a state's own mention carries, by how the knowledge base matched it.
OWNER_LABELS = {"demonym": "DEMONYM", "country": "COUNTRY", "metonym": "METONYM"}
LINK_WORDS = {"'s", "\u2019s", "of", "the", "'"}
BODY_NOUNS = body_nouns()  # built once: every noun a standard body or government is written with


def _noun_part(span: Span) -> tuple[int, int] | None:
    """Where the body noun lies in the phrase: "Egypt's [army]", "[armed forces] of Iran"."""
    found = [(i, j) for i in range(span.start, span.end) for j in range(i + 1, span.end + 1)
             if span.doc[i:j].text.lower() in BODY_NOUNS]
    return max(found, key=lambda p: p[1] - p[0]) if found else None


def _owner_part(span: Span, noun: tuple[int, int]) -> Span | None:
    """The words naming the owner, without "'s", "of" and "the"."""
    doc = span.doc
    before = [t for t in doc[span.start:noun[0]] if t.lower_ not in LINK_WORDS and t.tag_ != "POS"]
    after = [t for t in doc[noun[1]:span.end] if t.lower_ not in LINK_WORDS and t.tag_ != "POS"]
    words = before or after
    return doc[words[0].i:words[-1].i + 1] if words else None


def _standard(kb: KnowledgeBase, ref: Ref) -> bool:
    """A body the knowledge base made for the state (not one the data lists), or the state's government."""
    if ref.kind == "state":
        return ref.via == "metonym"
    actor = kb.get(ref.actor_id) if ref.kind == "organisation" else None
    return actor is not None and actor.source == STANDARD_SOURCE


def owned_body_parts(kb: KnowledgeBase, span: Span, ref: Ref) -> tuple[Span, Span, Ref] | None:
    """(owner words, body words, the body's mention) of a state's standard body or government written with
    its state; None for any other mention."""
    if not _standard(kb, ref):
        return None
    noun = _noun_part(span)
    owner = _owner_part(span, noun) if noun is not None else None
    if owner is None:
        return None
    body = Span(span.doc, noun[0], noun[1], label="ACTOR")
    if ref.kind == "state":
        return (owner, body, ref) if body.text.lower() in GOVERNMENT_NOUNS else None
    actor = kb.get(ref.actor_id)
    return owner, body, replace(ref, name=f"{owner_adjective(actor.name)} {body.text}")


def owner_label(ref: Ref) -> str:
    """The label of the owner's mention: "DEMONYM" for "Egyptian", "COUNTRY" for "Egypt"."""
    return OWNER_LABELS.get(ref.via, "ACTOR")


def state_media(ref: Ref) -> bool:
    """"Chinese state media": the state's media as a body of that state, listed among actors (a named outlet
    such as Xinhua is a cited source instead)."""
    return ref.kind == "organisation" and ref.sector == "JRN" and ref.actor_id.endswith("-state-media") \
        and ref.via in {"name", "alias"}


def in_title(body: Span, titles: dict[int, Span]) -> bool:
    """"Lebanon's parliament speaker", "the Thai army chief": the body noun opens a title (a person's office)."""
    doc = body.doc
    if any(t.start <= body.start < t.end for t in titles.values()):
        return True
    after = doc[body.end] if body.end < len(doc) else None
    return after is not None and after.lower_ in ROLE_NOUNS and body[-1].dep_ in {"compound", "amod", "nmod"}
