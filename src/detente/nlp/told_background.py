"""Background acts told in a relative clause of their own: "the tariffs they had imposed in the spring",
"a plan the Security Council endorsed last October".

A clause with its own subject, in the past or perfect, hanging on a noun tells something that has already
happened to what the noun names. An event noun so told is that past act, whatever verb governs the noun
("agreed to roll back the tariffs they had imposed": the imposing took place); a clause hanging on a noun
of aim ("a plan the council endorsed") answers the plan, it is not what the plan proposes.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.events.status import GOVERNING_VERBS
from detente.nlp.tense import told_as_past

RELATIVE_PRONOUNS = {"WDT", "WP", "WP$"}
# what a governor may do to the noun's own act: its fate, which the noun's past clause does not override
# ("put on hold the tariffs he had ordered": the tariffs are put on hold)
FATES = {"cancelled", "declined", "negated"}
# a clause that takes something else as its object ("which he said X had backed") is not the noun's act
OTHER_OBJECTS = {"dobj", "ccomp", "xcomp"}


def past_own_clause(verb: Token) -> bool:
    """A relative or adnominal clause with a subject of its own (not a relative pronoun), told as past."""
    if verb.dep_ not in {"relcl", "acl"} or verb.pos_ != "VERB" or not told_as_past(verb):
        return False
    return any(c.dep_ == "nsubj" and c.tag_ not in RELATIVE_PRONOUNS for c in verb.children)


def told_as_done(token: Token, gov_status: str | None) -> bool:
    """"the tariffs they had imposed": an event noun whose own past clause, with a subject of its own and
    the noun as its object, tells the act as done (unless what governs the noun ends it: its fate). A clause
    of aiming or answering ("a deal Ankara had sought") governs the noun instead."""
    if token.pos_ != "NOUN" or gov_status in FATES:
        return False
    return any(past_own_clause(c) and c.lemma_.lower() not in GOVERNING_VERBS
               and not any(g.dep_ in OTHER_OBJECTS for g in c.children) for c in token.children)
