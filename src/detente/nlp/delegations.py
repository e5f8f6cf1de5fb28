"""Who leads a delegation: "The Russian team was led by X", "X headed the delegation", "X, head of the
delegation"; the delegation's words (or the state that sent it) may name the leader's state."""

from __future__ import annotations

from spacy.tokens import Doc, Span

DELEGATION_NOUNS = {"delegation", "team"}
LEAD_VERBS = {"lead", "head"}
HEAD_NOUNS = {"head", "chief", "leader"}


def delegation_led(doc: Doc, span: Span) -> Span | None:
    """"The Russian team was led by X", "X headed the delegation", "X, head of the delegation", and a
    state's answer in the same sentence ("...; Ukraine sent Y"): the delegation (or the sender) the person
    leads, whose words may name its state; None when the person leads none."""
    root = span.root
    verb = root.head.head if root.dep_ == "pobj" and root.head.dep_ == "agent" else \
        root.head if root.dep_ == "nsubj" else None
    if verb is not None and verb.lemma_.lower() in LEAD_VERBS:
        led = next((c for c in verb.children if c.dep_ in {"nsubjpass", "dobj"}
                    and c.lemma_.lower() in DELEGATION_NOUNS), None)
        return doc[led.left_edge.i:led.i + 1] if led is not None else None
    head = next((c for c in root.children if c.dep_ == "appos" and c.lower_ in HEAD_NOUNS
                 and any(t.lemma_.lower() in DELEGATION_NOUNS for t in c.subtree)), None)
    if head is not None:
        return doc[head.left_edge.i:head.right_edge.i + 1]
    sender = next((c for c in root.head.children if c.dep_ == "nsubj"), None) if root.dep_ == "dobj" else None
    if root.head.lemma_.lower() == "send" and sender is not None and sender.ent_type_ in {"GPE", "NORP"} \
            and any(t.lemma_.lower() in DELEGATION_NOUNS for t in span.sent):
        return doc[sender.left_edge.i:sender.i + 1]
    return None
