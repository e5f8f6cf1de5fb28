"""People an act's own clause names for a state its side names only as a state: "Barrot flew to Algiers on
Sunday to meet Tebboune" (Algeria's side is Tebboune too), "the two governments named envoys, Turkey's X and
Armenia's Y". The sides were read from the clause's state words; a person of that state the same clause
names as an argument takes part for it. Clauses the act only governs (a relative clause, a reported
statement, a clause of time) tell other acts, and their people stay out.
Runs inside `event_links.settle`, before the engagement's people are joined.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.antecedents import mention_of
from detente.nlp.events import Draft
from detente.nlp.triggers import BESTOWING_VERBS, LIGHT_VERBS

# the parts of a clause that name who acts, with whom and upon whom: its subject and objects, the phrases
# "with X", "to X", "by X", "between X and Y", and a purpose clause ("to meet X"); not "after X met Y",
# "following X's inauguration" or a possessor ("Dong's predecessor"), which tell other acts or people
ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "dative", "agent", "pobj", "appos", "conj", "xcomp", "attr", "oprd",
                 "nmod", "compound"}
PARTY_PREPS = {"with", "to", "by", "between", "among", "including", "against", "for"}
PURPOSE_MARKS = {"to"}  # "flew to Algiers to meet X": the purpose clause is the act's own


def clause_verb(token: Token) -> Token:
    """Where the act's clause starts: its trigger, or the light verb an event noun is the object of ("paid a
    visit"); an event noun another verb governs ("condemned the arrest") has only its own phrase."""
    if token.pos_ not in {"VERB", "AUX"} and token.dep_ in {"dobj", "nsubj", "nsubjpass", "attr"} \
            and token.head.lemma_.lower() in LIGHT_VERBS:
        return token.head
    return token


def _own_tokens(verb: Token) -> list[Token]:
    """The verb's own arguments, through its party phrases and purpose clause."""
    out, todo = [], [verb]
    while todo:
        tok = todo.pop()
        out.append(tok)
        todo += [c for c in tok.children if _argument(c)]
    return out


def _argument(tok: Token) -> bool:
    if tok.dep_ == "prep":
        return tok.lower_ in PARTY_PREPS or _honoured(tok)
    if tok.dep_ == "advcl":  # only a purpose clause: "to meet X"
        return any(m.dep_ == "aux" and m.lower_ in PURPOSE_MARKS for m in tok.children)
    return tok.dep_ in ARGUMENT_DEPS


def _honoured(prep: Token) -> bool:
    """"conferred the order on X": X receives the honour ("on" hangs on the verb or on its object)."""
    head = prep.head.head if prep.head.dep_ == "dobj" else prep.head
    return prep.lower_ == "on" and head.lemma_.lower() in BESTOWING_VERBS


def _clause_people(d: Draft) -> list:
    doc = d.token.doc
    seen, people = set(), []
    for tok in _own_tokens(clause_verb(d.token)):
        m = mention_of(doc, tok)
        if m is not None and m._.ref.kind == "person" and m._.ref.country and m.start not in seen:
            seen.add(m.start)
            people.append(m._.ref)
    return people


def bare_states(side: list) -> set[str]:
    """Countries a side names without a person of them."""
    return {r.country for r in side if r.country and r.kind != "person"} - \
        {r.country for r in side if r.kind == "person"}


def join_clause_people(drafts: list[Draft]) -> None:
    """Add to each side that names a state alone the people of that state its act's clause names."""
    for d in drafts:
        bare = {side: bare_states(getattr(d, side)) for side in ("source", "target")}
        if not bare["source"] and not bare["target"]:
            continue
        on_sides = {r.actor_id for r in d.source + d.target}
        for ref in _clause_people(d):
            side = next((s for s in ("source", "target") if ref.country in bare[s]), None)
            if side is not None and ref.actor_id not in on_sides:
                getattr(d, side).append(ref)
                on_sides.add(ref.actor_id)
