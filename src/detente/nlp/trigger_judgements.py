"""Told judgements: a speaker saying another party's conduct did harm or fell short criticises it.

PLOVER ACCUSE 'disapprove' covers criticism voiced by one party about another. News often tells it with no
verb of criticism, only the judgement inside a reported clause: "said Ruritania had made a grave error",
"said Ruritania had not done enough for its neighbours", "said Ruritania's patrols served only to inflame
tensions". The telling verb carries the criticism (its speaker is the source, the clause's party the target).
"""

from __future__ import annotations

from spacy.tokens import Token

ERROR_NOUNS = {"error", "mistake", "blunder", "miscalculation"}
# Verbs of harm done to a relation, to peace or to safety ("worsen tensions", "endanger regional security").
HARM_VERBS = {"worsen", "endanger", "undermine", "destabilize", "destabilise", "jeopardize", "jeopardise",
              "inflame", "escalate", "damage", "poison", "erode", "aggravate", "exacerbate", "heighten", "stoke",
              "imperil", "harm"}
# What such harm falls on: the relation between parties, or the peace and safety of a region.
HARMED = {"tension", "security", "stability", "peace", "relation", "tie", "trust", "confidence", "order",
          "situation", "dialogue", "relationship", "climate", "atmosphere", "crisis", "conflict"}
# Marks of conduct judged by its quality: negated, they say the party fell short ("had not done a good job").
GOOD_MARKS = {"good", "enough", "right", "fair", "proper", "responsible", "adequate", "sufficient", "great"}
STATEMENT_NOUNS = {"statement", "communique", "communiqué", "post", "letter", "note", "interview", "speech"}


def told_clauses(verb: Token) -> list[Token]:
    """The clauses a telling verb tells: its that-clauses, and a that-clause the parser hung on the statement it
    was told in ("said in a statement that X ..." read as a clause of the noun)."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
        for noun in (g for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() in STATEMENT_NOUNS):
            clauses += [a for a in noun.children if a.dep_ == "acl" and _has_that(a) and _subject(a) is not None]
    return clauses


def judged_badly(clause: Token) -> bool:
    """The clause judges its subject's conduct badly: an error made, harm done to a relation or to peace,
    or, negated, conduct of good quality ("had not done a good job")."""
    negated = any(c.dep_ == "neg" for c in clause.children)
    if negated:
        return _fell_short(clause)
    return _made_error(clause) or any(_does_harm(v) for v in _verb_chain(clause))


def _made_error(clause: Token) -> bool:
    """"had made a grave error": the error is the party's own."""
    return clause.lemma_.lower() == "make" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ERROR_NOUNS for c in clause.children)


def _fell_short(clause: Token) -> bool:
    """A negated verb whose object is marked good ("had not done a good job", "did not do enough")."""
    if clause.pos_ not in {"VERB", "AUX"} or any(c.lower_ in {"would", "will", "could", "should", "must"}
                                                 for c in clause.children):
        return False  # a promise or a hope not to do something well is no judgement of what was done
    for obj in (c for c in clause.children if c.dep_ == "dobj"):
        if obj.lemma_.lower() in GOOD_MARKS or any(m.dep_ == "amod" and m.lemma_.lower() in GOOD_MARKS
                                                   for m in obj.children):
            return True
    return False


def _does_harm(verb: Token) -> bool:
    """"worsen tensions", "endanger regional security": a harm verb with a harmed relation as its object."""
    if verb.lemma_.lower() not in HARM_VERBS or any(c.dep_ == "neg" for c in verb.children):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in HARMED for c in verb.children)


def _verb_chain(clause: Token) -> list[Token]:
    """The clause's verb, its conjoined verbs and the infinitives it leads to ("served only to worsen and
    endanger"), two steps deep: what the subject's conduct is told to do."""
    chain, frontier = [clause], [clause]
    for _ in range(2):
        frontier = [c for v in frontier for c in v.children
                    if c.pos_ == "VERB" and (c.dep_ == "conj" or (c.dep_ in {"xcomp", "advcl"} and _infinitive(c)))]
        chain += frontier
    return chain


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _has_that(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _subject(token: Token) -> Token | None:
    return next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
