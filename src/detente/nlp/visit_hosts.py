"""Who received a visitor, told in the visit's own sentence: "a state visit made at the invitation of the
king, X, who received him at the palace", "Y and Prime Minister X announced the deal when Y visited Canberra".
A visit's target often names only the visited state, or a leader inferred as its host; the person of the
visited state whom the sentence shows receiving the visitor, or acting together with the visitor as one
subject, was the host. People merely mentioned ("the visitor's father") do neither and stay out.
Runs inside `event_links.settle`, after the clause's own people are joined.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.arguments import refs_for
from detente.nlp.antecedents import mention_of
from detente.nlp.events import Draft
from detente.nlp.subject_actors import subject_refs

RECEIVING_LEMMAS = {"receive", "host", "welcome", "greet"}
GUEST_PRONOUNS = {"him", "her", "them"}
RELATIVE_WORDS = {"who", "that"}


def _visitors(d: Draft) -> set[str]:
    return {r.actor_id for r in d.source if r.kind == "person"}


def _is_guest(tok: Token, visitors: set[str]) -> bool:
    """The received one is the visitor: by a pronoun, or by a mention of the visitor."""
    span = mention_of(tok.doc, tok)
    return tok.lower_ in GUEST_PRONOUNS or (span is not None and span._.ref.actor_id in visitors)


def _receiver(verb: Token) -> Token | None:
    """The subject of a receiving verb, through a relative pronoun to the noun its clause describes."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.lower_ in RELATIVE_WORDS and verb.dep_ == "relcl":
        return verb.head
    return subj


def _receivers(d: Draft) -> list:
    """People who received the visitor in the visit's sentence: "X, who received him", "X welcomed Y"."""
    visitors, out = _visitors(d), []
    for verb in (t for t in d.sent if t.lemma_.lower() in RECEIVING_LEMMAS and t.pos_ == "VERB"):
        if any(c.dep_ == "dobj" and _is_guest(c, visitors) for c in verb.children):
            out += refs_for(d.token.doc, _receiver(verb), with_conjuncts=False)
    return out


def _partners(d: Draft) -> list:
    """People named as one subject with the visitor ("Y and X announced ..."): together they met."""
    visitors, out = _visitors(d), []
    for verb in (t for t in d.sent if t.pos_ in {"VERB", "AUX"}):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]  # the parser may give "X and Y" two heads
        if len(subjects) < 2 and not any(s.conjuncts for s in subjects):
            continue
        refs = [r for s in subjects for r in subject_refs(d.token.doc, s)]
        if visitors & {r.actor_id for r in refs}:
            out += refs
    return out


def _hosts(d: Draft) -> list:
    """People of the visited state (a target state that is not the visitor's) who received the visitor."""
    own = {r.country for r in d.source}
    visited = {r.country for r in d.target if r.country} - own
    return [r for r in _receivers(d) + _partners(d) if r.kind == "person" and r.country in visited]


def join_visit_hosts(drafts: list[Draft]) -> None:
    """Add to each visit the hosts its sentence names."""
    for d in (d for d in drafts if d.type == "CONSULT" and d.mode == "visit" and _visitors(d)):
        taken = {r.actor_id for r in d.source + d.target}
        d.target += [h for h in dict((h.actor_id, h) for h in _hosts(d)).values() if h.actor_id not in taken]
