"""Regret takes its side from what is regretted: regretting what the other side did ("regretted Moscow's
decision") reproaches it, while regret over the state of the relation or over one's own shortcoming
("regret at the state of ties", "sorry that we could not come") reaches out."""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.stance_relations import RELATION_NOUNS

REGRET_WORDS = {"regret", "sorry", "regrettable", "regretful"}
# Named parties, whose possession marks a thing as their doing ("Baku's response").
PARTY_LABELS = {"GPE", "ORG", "NORP", "PERSON"}
# The speaker's own side, as subject of what is regretted ("sorry he could not come", "regret we were late").
OWN_SUBJECTS = {"i", "we", "he", "she"}


def _regretted(token: Token) -> list[Token]:
    """What the regret bears on: the verb's object or clause, the noun's or adjective's "at/over/for/about"
    phrase or clause ("regret at X", "sorry (that) he had ...")."""
    found = []
    # "voiced regret at X", "expressed regret over X": the parser may hang the phrase on the verb
    holders = [token, token.head] if token.dep_ == "dobj" and token.pos_ == "NOUN" else [token]
    for child in (c for h in holders for c in h.children):
        if child.i == token.i:
            continue
        if child.dep_ in {"dobj", "ccomp"}:
            found.append(child)
        elif child.dep_ == "prep" and child.lower_ in {"at", "over", "for", "about", "of"}:
            found += [g for g in child.children if g.dep_ in {"pobj", "pcomp"}]
    return found


def _regretter(token: Token) -> str | None:
    """Who regrets: the subject of the regret verb, or of the verb the noun or adjective hangs on."""
    verb = token if token.pos_ == "VERB" else token.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject.text if subject is not None else None


def _others_doing(thing: Token, regretter: str | None) -> bool:
    """A thing another named party owns or a clause it is the subject of ("Baku's response", "that Seoul
    left"); the regretter's own doing is no reproach ("Tokyo regretted that Tokyo ...")."""
    return any(c.dep_ in {"poss", "nsubj"} and c.ent_type_ in PARTY_LABELS and c.text != regretter
               for c in thing.children)


def _own_or_shared(thing: Token, regretter: str | None) -> bool:
    """A clause about the speaker's side ("he had no plane to offer", "Tokyo regretted that Tokyo ...") or
    the relation itself ("the state of relations")."""
    if any(c.dep_ == "nsubj" and (c.lower_ in OWN_SUBJECTS or c.text == regretter) for c in thing.children):
        return True
    return any(t.lower_ in RELATION_NOUNS for t in thing.subtree)


def regret_stance(token: Token) -> str | None:
    """"hostile" for regret at what a named party did, "conciliatory" for regret over one's own side or
    the relation, None for another word or a regret with neither."""
    if token.lemma_.lower() not in REGRET_WORDS and token.lower_ not in REGRET_WORDS:
        return None
    regretted, regretter = _regretted(token), _regretter(token)
    if any(_others_doing(t, regretter) for t in regretted):
        return "hostile"
    if any(_own_or_shared(t, regretter) for t in regretted):
        return "conciliatory"
    return None
