"""The date of an act told through the act it was done by: "settled the border in a treaty signed in January",
"told X in a call on Saturday night". The inner act of the same kind is the same act named again, so its date
is the outer one's (the outer trigger's own date search leaves another act's phrase alone)."""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.events import Draft


def _means_tokens(token: Token) -> set[int]:
    """The nouns held by the trigger's prepositions, and the participles describing them ("a treaty signed ...")."""
    nouns = [g for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return {n.i for n in nouns} | {c.i for n in nouns for c in n.children if c.dep_ == "acl"}


def date_by_means(drafts: list[Draft]) -> None:
    """An undated act takes the date of a dated act of its own type held in its prepositional phrase."""
    for d in (d for d in drafts if d.date is None):
        held = _means_tokens(d.token)
        inner = next((p for p in drafts if p is not d and p.type == d.type and p.date is not None
                      and p.token.i in held), None)
        if inner is not None:
            d.date = inner.date


def date_by_past_complement(drafts: list[Draft], published) -> None:
    """"agreed to build the plant in 2018": a day already past told in the infinitive of a done act cannot be the
    day of the act still to come that the infinitive names, so it is the governing act's (a day to come stays
    the later act's alone)."""
    if published is None:
        return
    for d in (d for d in drafts if d.date is None and d.status == "occurred" and d.token.tag_ == "VBD"):
        inner = next((p for p in drafts if p.token.dep_ == "xcomp" and p.token.head.i == d.token.i
                      and p.status != "occurred" and p.date is not None and p.date.last
                      and p.date.last < published.isoformat()), None)
        if inner is not None:
            d.date = inner.date

