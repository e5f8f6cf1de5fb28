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
# links from the act's verb up to the head of the clause a cue reports
CLIMB_DEPS = {"xcomp", "aux", "acomp"}
CLAUSE_POS = {"VERB", "AUX", "ADJ"}
SUBJECT_PRONOUNS = {"he", "she"}
# outlets and firms report or trade: they are no party (the readout keeps them off the sides)
NO_PARTY_SECTORS = {"JRN", "BUS"}


def _teller(token: Token) -> Token | None:
    """The subject of the verb of telling whose complement clause is the act's ("X said Y would ...")."""
    verb = _reported_clause(clause_verb(token))
    head = verb.head
    if verb.dep_ != "ccomp" or head.lemma_.lower() not in TELLING_LEMMAS:
        return None
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    # "called the attack a breach and announced that ...": the first verb's subject, also when the parser
    # made a word of the first verb's object ("breach") the subject of the second
    if head.dep_ == "conj" and (subject is None or mention_of(head.doc, subject) is None):
        subject = next(iter(inherited_subject(head)), None) or subject
    return subject


def _reported_clause(verb: Token) -> Token:
    """The clause a cue's complement starts with: up through "was due to recall" (xcomp, aux), "was willing to
    work" (an adjective's xcomp), "would go on backing" and a conjoined predicate ("said India had paid and would go on backing"),
    which shares its first conjunct's cue."""
    while verb.head.i != verb.i and (verb.dep_ in CLIMB_DEPS or verb.dep_ == "conj" and verb.pos_ in CLAUSE_POS
                                     and verb.head.pos_ in CLAUSE_POS or _phrasal_step(verb)):
        verb = verb.head
    return verb


def _phrasal_step(verb: Token) -> bool:
    """"would go on backing": the verb a preposition joins to its clause ("on" under "go")."""
    return verb.dep_ == "pcomp" and verb.head.dep_ == "prep" or verb.pos_ == "ADP" and verb.dep_ == "prep" \
        and verb.head.pos_ in {"VERB", "AUX"}


def _speaker(d: Draft):
    """The person or body (no outlet or firm) who tells the act, if the sentence names one."""
    subject = _teller(d.token)
    if subject is not None and subject.lower_ in SUBJECT_PRONOUNS:  # "he said Manila was willing": who "he" is
        return _pronoun_speaker(d.token.doc, subject)
    return speaker_ref(d.token.doc, subject) if subject is not None else None


def _pronoun_speaker(doc: Doc, pronoun: Token):
    """The person a "he"/"she" cue subject is, read as the statements read it (the last speaker, else the
    previous sentence's subject), as the actor mention that names them."""
    from detente.nlp.speech import speaker_ref as statement_speaker  # (speech reads the parse after the drafts)
    found = statement_speaker(doc, pronoun)
    if found is None or found.actor_id is None:
        return None
    return next((m._.ref for m in doc.spans.get("actors", []) if m._.ref.actor_id == found.actor_id
                 and m._.ref.kind == "person" and m._.ref.country), None)


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
