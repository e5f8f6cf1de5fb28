"""People a sentence makes the other party of an act whose side names only their state, beyond the act's own
clause (nlp/clause_people.py): the owner of the claim or demand a speech act answers ("the United States
rejected his claim", "the government disputed Trump's complaint": the claimant is the one answered), and
the people "the two governments" or "both leaders" point back to in the same sentence ("Trump welcomed
the crown prince, and the two governments signed a pact"). A person joins only the side that names their
state bare, so nobody lands on the wrong side; people merely named around the act are not reached.
Runs inside `event_links.settle`, after the clause's own people and the tellers are joined.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.antecedents import PRONOUNS, is_party_anaphor, last_person_before, mention_of
from detente.nlp.clause_people import bare_states, clause_verb
from detente.nlp.events import Draft
from detente.nlp.sides import children, inherited_subject

# acts that answer what the other side said or did: the owner of their object is the one answered; a
# sanction on what someone holds ("revoked his visa", "froze Petro's assets") is on its holder
ANSWERING_TYPES = {"REJECT", "ACCUSE", "SUPPORT", "SANCTION"}
# the parts of an earlier clause that name who acts with whom: what "the two governments" points back to
PAIR_DEPS = {"nsubj", "dobj", "dative", "pobj", "appos", "conj"}
PAIR_PREPS = {"with"}


def _person_at(tok: Token):
    """The person a token names: a name, or he/she/his/her read back to its antecedent."""
    if tok.lower_ in PRONOUNS:
        ref = last_person_before(tok.doc, tok)
    else:
        span = mention_of(tok.doc, tok)
        ref = span._.ref if span is not None else None
    return ref if ref is not None and ref.kind == "person" and ref.country else None


def _owners(d: Draft) -> list:
    """"rejected his claim", "disputed Trump's complaint", "revoked his visa": the possessor of the act's object."""
    if d.type not in ANSWERING_TYPES or d.token.pos_ != "VERB":
        return []
    owners = [p for o in children(d.token, {"dobj"}) for p in children(o, {"poss"})]
    return [ref for ref in map(_person_at, owners) if ref is not None]


def _pair_subject(token: Token) -> Token | None:
    """The act's subject when it is "the two governments", "both leaders" and the like."""
    verb = clause_verb(token)
    subjects = children(verb, {"nsubj", "nsubjpass"}) or (inherited_subject(verb) if verb.pos_ == "VERB" else [])
    return subjects[0] if subjects and is_party_anaphor(subjects[0]) else None


def _pair_people(d: Draft) -> list:
    """The people an earlier clause of the sentence names as its doer or other party, when the act's subject is
    "the two governments": the pair it points back to."""
    anaphor = _pair_subject(d.token)
    if anaphor is None:
        return []
    out = []
    for tok in d.sent:
        if tok.i >= anaphor.i:
            break
        if tok.dep_ in PAIR_DEPS and (tok.dep_ != "pobj" or tok.head.lower_ in PAIR_PREPS):
            ref = _person_at(tok)
            out += [ref] if ref is not None and all(ref.actor_id != r.actor_id for r in out) else []
    return out if len({r.country for r in out}) >= 2 else []  # a pair: people of two states


def join_party_people(drafts: list[Draft]) -> None:
    """Add the answered claimant and the people a pair word points back to, each to the side naming their state bare."""
    for d in drafts:
        bare = {side: bare_states(getattr(d, side)) for side in ("source", "target")}
        if not bare["source"] and not bare["target"]:
            continue
        people = _pair_people(d)
        # the answered owner belongs to the side answered: the target
        found = [(ref, ("source", "target")) for ref in people] + [(ref, ("target",)) for ref in _owners(d)]
        on_sides = {r.actor_id for r in d.source + d.target}
        for ref, sides in found:
            side = next((s for s in sides if ref.country in bare[s]), None)
            if side is not None and ref.actor_id not in on_sides:
                getattr(d, side).append(ref)
                on_sides.add(ref.actor_id)
