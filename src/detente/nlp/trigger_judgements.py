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
# "had done nothing / little to help": conduct that fell short, said without a negation.
SHORT_MARKS = {"nothing", "little"}
FAILING = {"fail"}
PARTY_ENTITIES = {"GPE", "ORG", "NORP", "PERSON"}
# Verdicts on conduct a copula gives ("the move was unjustified", "it was disrespectful of X to ...", "this is
# not a war but a genocide"): words that judge what a party does, not the state of things ("dangerous" or
# "grave" may describe a situation, and are left out).
VERDICT_WORDS = {"disrespectful", "unacceptable", "irresponsible", "unjustified", "unjustifiable", "unfair",
                 "unreasonable", "provocative", "illegal", "unlawful", "illegitimate", "reckless", "outrageous",
                 "shameful", "disgraceful", "absurd", "baseless", "hypocritical", "counterproductive", "deplorable",
                 "insulting", "offensive", "unfriendly", "arbitrary", "discriminatory", "inexcusable", "intolerable",
                 "aggressive", "destabilizing", "destabilising", "unprovoked", "unwarranted", "regrettable",
                 "aggression", "mistake", "error", "blunder", "provocation", "blackmail", "interference",
                 "insult", "disgrace", "lie", "farce", "betrayal", "bullying", "hypocrisy",
                 # a letdown, or harm done, by the act ("was a huge disappointment", "a devastating blow to peace")
                 "disappointment", "blow"}
# Names of crimes: saying an act was one ("was a genocide", "there had been violations") alleges a wrong
# done (ACCUSE allege), where a verdict word only disapproves.
CRIME_NAMES = {"genocide", "crime", "massacre", "atrocity", "terrorism", "piracy", "violation", "breach",
               "cleansing", "invasion", "occupation"}
COPULAS = {"be", "become", "constitute", "amount", "remain"}
# A copula under a modal supposes ("would be a big mistake"): a warning, not a verdict on what was done.
SUPPOSING = {"would", "will", "could", "might", "may", "can", "should", "must", "'ll", "wo"}


def told_clauses(verb: Token) -> list[Token]:
    """The clauses a telling verb tells: its that-clauses, and a that-clause the parser hung on the statement it
    was told in ("said in a statement that X ..." read as a clause of the noun)."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if verb.dep_ == "parataxis" and verb.head.pos_ in {"VERB", "AUX"}:
        clauses.append(verb.head)  # "What happened there, he said, was a crime": the told clause around it
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
        for noun in (g for g in prep.children if g.dep_ == "pobj" and g.lemma_.lower() in STATEMENT_NOUNS):
            clauses += [a for a in noun.children if a.dep_ == "acl" and _has_that(a) and _subject(a) is not None]
    return clauses


def judged_badly(clause: Token) -> bool:
    """The clause judges its subject's conduct badly: a verdict given in a copula, an error made, harm done to
    a relation or to peace, little done ("did nothing to help"), or, negated, conduct of good quality ("had not
    done a good job")."""
    if verdict_given(clause) is not None:
        return True
    negated = any(c.dep_ == "neg" for c in clause.children)
    if negated:
        return _fell_short(clause)
    chain = _verb_chain(clause)
    return _made_error(clause) or harms_party(clause) or any(_does_harm(v) or _did_little(v) for v in chain)


HARMED_PARTY_ENTS = {"GPE", "NORP"}


def harms_party(clause: Token) -> bool:
    """"said Belgium had undermined Rwanda", "had sought to destabilise its neighbour Chad": harm done to a state
    is a charge of specific wrongdoing (ACCUSE 'allege'), where harm to "tensions" only disapproves."""
    for verb in _verb_chain(clause):
        if verb.lemma_.lower() not in HARM_VERBS or any(c.dep_ == "neg" for c in verb.children):
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if any(t.ent_type_ in HARMED_PARTY_ENTS for o in objects for t in (o, *o.conjuncts)):
            return True
    return False


def verdict_given(clause: Token) -> str | None:
    """The ACCUSE mode of a copula whose complement is a verdict on conduct ("was unjustified": disapprove) or
    names a crime ("was not a war but a genocide": allege), not supposed under a modal; negated, only what
    "but" sets against the denied name counts."""
    if clause.lemma_.lower() not in COPULAS or any(c.lower_ in SUPPOSING for c in clause.children):
        return None
    complements = [c for c in clause.children if c.dep_ in {"acomp", "attr"}]
    if any(c.dep_ == "neg" for c in clause.children):
        complements = [g for c in complements for g in c.children if g.dep_ == "conj" and
                       any(m.lower_ == "but" for m in c.children)]  # "not A but B": B is the verdict
    words = {w for c in complements for t in _complement_words(c) for w in (t.lemma_.lower(), t.lower_)}
    return "allege" if words & CRIME_NAMES else "disapprove" if words & VERDICT_WORDS else None


def _complement_words(complement: Token) -> list[Token]:
    """The complement and its modifiers before it ("a grave mistake"), not what hangs after it ("of X to")."""
    return [complement] + [c for c in complement.children if c.i < complement.i and c.dep_ in {"amod", "compound"}]


def _did_little(verb: Token) -> bool:
    """"X had done nothing to help", "did little to stop", "had failed to protect": a party's conduct that fell
    short ("the talks failed to produce a deal" blames no one)."""
    lemma = verb.lemma_.lower()
    if lemma == "do":
        short = any(c.dep_ == "dobj" and c.lower_ in SHORT_MARKS for c in verb.children)
    else:
        short = lemma in FAILING and any(c.dep_ == "xcomp" and _infinitive(c) for c in verb.children)
    doer = _subject(verb) or (_subject(verb.head) if verb.dep_ == "conj" else None)
    return short and doer is not None and (doer.pos_ == "PROPN" or doer.ent_type_ in PARTY_ENTITIES)


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
