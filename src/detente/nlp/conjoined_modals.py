"""Conjoined verbs share their first verb's modal: "said it would lift the pause and restart aid".

A base-form verb conjoined to a verb with a modal, with no subject or auxiliary of its own, is told under
that same modal ("would lift ... and restart"), so the restarting lies ahead as much as the lifting.
"""

from __future__ import annotations

from spacy.tokens import Token

# dependents that make a conjoined verb a clause of its own, with its own tense and doer
OWN_CLAUSE_DEPS = {"nsubj", "nsubjpass", "aux", "auxpass", "mark"}


def modal_bearer(verb: Token) -> Token:
    """The verb whose modal tells the mood of `verb`: itself, or the first verb of its conjunction
    when `verb` is a bare infinitive conjoined to it."""
    for _ in range(3):  # "would lift, ease and restart": up a short chain of conjuncts
        head = verb.head
        if verb.dep_ != "conj" or verb.tag_ != "VB" or head.pos_ not in {"VERB", "AUX"} or head.i == verb.i:
            return verb
        if any(c.dep_ in OWN_CLAUSE_DEPS for c in verb.children):
            return verb
        verb = head
    return verb
