"""Conjoined verbs share their first verb's modal: "said it would lift the pause and restart aid".

A base-form verb conjoined to a verb with a modal, with no subject or auxiliary of its own, is told under
that same modal ("would lift ... and restart"), so the restarting lies ahead as much as the lifting.
"""

from __future__ import annotations

from spacy.tokens import Token

# dependents that make a conjoined verb a clause of its own, with its own tense and doer
OWN_CLAUSE_DEPS = {"nsubj", "nsubjpass", "aux", "auxpass", "mark"}


def _bare_form(verb: Token, head: Token) -> bool:
    """A base-form verb, or one the tagger read as present ("would summon X, declare Y") after a head whose
    own modal it follows: with no subject of its own, a present-tense conjunct cannot be finite."""
    if verb.tag_ == "VB":
        return True
    if verb.tag_ == "JJ" and verb.dep_ == "conj" and any(c.dep_ == "dobj" for c in verb.children):
        return True  # "would recall X, expel Y and suspend Z": an "adjective" with an object is a verb
    return verb.tag_ == "VBP" and any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)


def modal_bearer(verb: Token) -> Token:
    """The verb whose modal tells the mood of `verb`: itself, or the first verb of its conjunction
    when `verb` is a bare infinitive conjoined to it."""
    for _ in range(3):  # "would lift, ease and restart": up a short chain of conjuncts
        head = verb.head
        if verb.dep_ != "conj" or not _bare_form(verb, head) or head.i == verb.i:
            return verb
        if head.pos_ not in {"VERB", "AUX"} and not _bare_form(head, head.head):
            return verb
        if any(c.dep_ in OWN_CLAUSE_DEPS and not _parallel_to(c, head) for c in verb.children):
            return verb
        verb = head
    return verb


def _parallel_to(aux: Token, head: Token) -> bool:
    """"is due to address X and to meet Y": a repeated "to" joins two infinitives under one governor; it is
    no auxiliary of a clause of its own."""
    return aux.dep_ == "aux" and aux.lower_ == "to" and any(c.dep_ == "aux" and c.lower_ == "to" for c in head.children)
