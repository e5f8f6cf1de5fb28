"""What a request asks for is not an event of its own: "urged Israel to withdraw", "called for a truce",
"pushed for a ceasefire" tell one request (its mode says what is asked), not a withdrawal or a truce."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.events.ontology import Trigger
from detente.nlp.syntax import infinitive_conjunct_head

# Acts whose asking is the news: asking another side to yield (PLOVER REQUEST 'yield').
YIELDING = {"RETREAT", "CONCEDE"}


def asker_of(doc: Doc, i: int, triggers: dict[int, Trigger]) -> int | None:
    """The REQUEST trigger that asks for the yielding act at token i ("urged X to withdraw" -> urged), or None;
    other acts asked for keep their own event with a proposal's status ("asked for a meeting")."""
    token = doc[i]
    token = infinitive_conjunct_head(token) or token  # "urged X to withdraw and to apologise": both asked
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "for":  # "called for a truce", "pushed for a ceasefire"
        head = head.head
    elif token.dep_ == "acl" and _that_clause(token):
        pass  # "renewed its demand that X lift the siege": the that-clause is what the demand asks
    elif token.dep_ == "ccomp" and _that_clause(token) and head.pos_ == "VERB":
        # "restated its demand yesterday that X free them": the parser hangs the clause on the verb
        head = next((c for c in head.children if c.dep_ == "dobj" and c.i in triggers), head)
    elif token.dep_ not in {"xcomp", "ccomp", "dobj"}:
        return None
    asker = triggers.get(head.i)
    asked = head.i != i and asker is not None and asker.type == "REQUEST" and triggers[i].type in YIELDING
    return head.i if asked else None


def _that_clause(token: Token) -> bool:
    """A clause opened by "that" ("... that Israel lift the siege")."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children)


def relative_answer(doc: Doc, asker: Token) -> tuple[list, object]:
    """"pushed for a ceasefire, which Moscow has refused to accept": the asked side, and its answer told in a
    relative clause on the thing asked for (([] , None) when there is none)."""
    from detente.nlp.arguments import refs_for
    from detente.nlp.evidence import evidence_of
    from detente.nlp.status import RESPONSE_STATUS
    from detente.records import Response
    asked = [g for c in asker.children if c.dep_ == "prep" and c.lower_ == "for" for g in c.children if g.dep_ == "pobj"]
    for verb in (c for a in asked for c in a.children if c.dep_ == "relcl"):
        status = RESPONSE_STATUS.get(verb.lemma_.lower())
        answerer = [r for s in verb.children if s.dep_ == "nsubj" for r in refs_for(doc, s)]
        if status and answerer and answerer[0].country:
            return answerer, Response(by=answerer[0].country, status=status, evidence=evidence_of(verb.sent))
    return [], None
