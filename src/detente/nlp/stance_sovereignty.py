"""A state's sovereignty or territorial integrity affirmed ("recognised Somalia's sovereignty", "committed
to the independence of Afghanistan"): vouching for the other side's statehood is conciliatory, though
"sovereignty" itself takes no side (defending one's own sovereignty is a warning)."""

from __future__ import annotations

from spacy.tokens import Token

# What makes a state a state, as a speaker may vouch for it.
STATEHOOD_NOUNS = {"sovereignty", "integrity", "independence", "unity"}
# Verbs and adjectives of vouching for a thing ("recognise", "uphold", "committed to", "supported").
AFFIRMING = {"recognise", "recognize", "respect", "support", "back", "uphold", "affirm", "reaffirm",
             "guarantee", "honour", "honor", "commit", "committed"}
# Possessors that make the sovereignty the speaker's own ("our sovereignty").
OWN = {"our", "my", "own"}


def affirmed_statehood(noun: Token) -> bool:
    """A statehood noun that an affirming verb governs, directly or through "to" ("committed to the
    sovereignty of"), not negated and not the speaker's own."""
    if noun.pos_ != "NOUN" or noun.lower_ not in STATEHOOD_NOUNS or _own(noun):
        return False
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "to":
        verb = verb.head
    elif noun.dep_ not in {"dobj", "nsubjpass"}:
        return False
    if verb.lemma_.lower() not in AFFIRMING and verb.lower_ not in AFFIRMING:
        return False
    return not any(c.dep_ == "neg" for c in verb.children)


def _own(noun: Token) -> bool:
    """"our sovereignty", "its own independence": the speaker's side's statehood."""
    return any(c.dep_ in {"poss", "amod"} and c.lower_ in OWN for c in noun.children) or \
        any(g.lower_ in OWN for c in noun.children if c.dep_ == "poss" for g in c.children)
