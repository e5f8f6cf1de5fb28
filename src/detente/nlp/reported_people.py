"""The speaker who makes a state's act public takes part for that state: "Bukele wrote that El Salvador had
handed over the prisoners", "the spokeswoman announced that Pakistan was recalling its ambassador", "Trump
said Turkey would buy Boeing jets" (the buyer's partner speaks). The act's clause names only the state; the
person or body who reports it, of a state a side names bare, joins that side. A speaker of no side's state
(a mediator telling what the pair agreed, a foreign minister's comment on others) stays out.
Runs inside `event_links.settle`, after the clause's own people are joined.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.nlp.antecedents import mention_of
from detente.nlp.clause_people import bare_states, clause_verb
from detente.nlp.events import Draft
from detente.nlp.sides import inherited_subject

# verbs that make an act public: the reported clause is their complement
TELLING_LEMMAS = {"say", "announce", "write", "state", "confirm", "add", "post", "tell"}
# outlets and firms report or trade: they are no party (the readout keeps them off the sides)
NO_PARTY_SECTORS = {"JRN", "BUS"}


def _teller(token: Token) -> Token | None:
    """The subject of the verb of telling whose complement clause is the act's ("X said Y would ...")."""
    verb = clause_verb(token)
    while verb.dep_ in {"xcomp", "aux"} and verb.head.i != verb.i:  # "was due to recall": the governing verb
        verb = verb.head
    head = verb.head
    if verb.dep_ != "ccomp" or head.lemma_.lower() not in TELLING_LEMMAS:
        return None
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    # "called the attack a breach and announced that ...": the first verb's subject, also when the parser
    # made a word of the first verb's object ("breach") the subject of the second
    if head.dep_ == "conj" and (subject is None or mention_of(head.doc, subject) is None):
        subject = next(iter(inherited_subject(head)), None) or subject
    return subject


def _speaker(d: Draft):
    """The person or body (no outlet or firm) who tells the act, if the sentence names one."""
    subject = _teller(d.token)
    return speaker_ref(d.token.doc, subject) if subject is not None else None


def speaker_ref(doc: Doc, subject: Token):
    """The person or body of a known state (no outlet or firm) a telling verb's subject names, if any."""
    # "its spokesperson, Liu Dejun, said": the name in apposition, not whom the title word recalls
    named = [mention_of(doc, c) for c in subject.children if c.dep_ == "appos"]
    span = next((m for m in named if m is not None), None) or mention_of(doc, subject)
    ref = span._.ref if span is not None else None
    if ref is None or not ref.country or ref.kind not in {"person", "organisation"}:
        return None
    if ref.kind != "person" and ref.sector in NO_PARTY_SECTORS:
        return None
    return ref


def join_reported_people(drafts: list[Draft]) -> None:
    """Add the teller of each act to the side that names the teller's state only as a state."""
    for d in drafts:
        ref = _speaker(d)
        if ref is None or any(r.actor_id == ref.actor_id for r in d.source + d.target):
            continue
        side = next((s for s in ("source", "target") if ref.country in bare_states(getattr(d, s))), None)
        if side is not None:
            getattr(d, side).append(ref)
