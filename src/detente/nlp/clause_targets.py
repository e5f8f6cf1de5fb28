"""Who a speech act's that-clause names as asked, warned or accused ("urged that Israel ease", "warned that Iran
would pay", "said the boats had been sent by X"), for acts whose target the sentence gives only there."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.nlp.arguments import refs_for
from detente.nlp.clauses import condition_clauses
from detente.nlp.mentions import Ref
from detente.nlp.sides import children, party_key
from detente.nlp.trigger_accusations import shown_clause


# Types whose clause subject names who is asked, warned, accused or permitted ("demanded that Israel
# ease ...", "allowed the opposition to rally": the parser makes the permitted party a clause subject).
CLAUSE_TARGET_TYPES = {"REQUEST", "THREATEN", "ACCUSE", "REJECT", "CONCEDE"}


def clause_subject_refs(doc: Doc, token: Token, source: list[Ref]) -> list[Ref]:
    """The subject of a trigger's that-clause: "urged that Israel ease", "warned that Iran would pay"."""
    clauses = children(token, {"ccomp"})
    if token.pos_ == "NOUN":  # "Beijing's demand that Tokyo retract the remarks": the noun's own that-clause
        clauses += [c for c in children(token, {"acl"}) if any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]
    # "said it was clear that X had ...": the clause the verdict frames
    clauses = [f for f in (shown_clause(c) for c in clauses) if f is not None]
    # loose: "said the Philippine boats had intruded": the boats' state is the one accused
    refs = [r for c in clauses for subj in _doers(c) for r in refs_for(doc, subj, loose=True)]
    own = {party_key(r) for r in source} - {None}
    conditions = [a for c in clauses for a in condition_clauses(c)]
    if refs and own and conditions and all(party_key(r) in own for r in refs):
        return _condition_subject_refs(doc, conditions, own)  # the speaker's own side acts: not the one warned
    return refs


def _doers(clause: Token) -> list[Token]:
    """Who does what a clause tells: its subject, or the agent of a passive ("had been killed by X")."""
    agents = [o for a in children(clause, {"agent"}) for o in children(a, {"pobj"})]
    return agents if agents and children(clause, {"nsubjpass"}) else children(clause, {"nsubj", "nsubjpass"})


def _condition_subject_refs(doc: Doc, conditions: list[Token], own: set[str]) -> list[Ref]:
    """"warned that Washington would act if China kept supplying Moscow": the condition's subject is warned."""
    subjects = [s for a in conditions for s in children(a, {"nsubj", "nsubjpass"})]
    return [r for s in subjects for r in refs_for(doc, s, loose=True) if party_key(r) not in own]
