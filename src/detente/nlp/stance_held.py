"""Measures held until the other side acts ("will not sign until X changes its constitution", "the ban will
remain in place until X allows aid in", "would come into force only once the curbs are lifted"): a refusal
or measure kept on a condition the other side must meet presses it, a hostile stance, though no word of
the sentence is hostile by itself."""

from __future__ import annotations

from spacy.tokens import Span, Token

from detente.nlp.syntax import negated

# Marks of the awaited act: "until" holds the main clause until then; "once" does only with "only".
UNTIL_MARKS = {"until", "till"}
# Verbs of keeping a state in being ("remain frozen", "stay closed", "would last until").
KEEPING_VERBS = {"remain", "stay", "last", "continue", "keep"}
# Measures a side keeps against another: what "remains" or "lasts" is such a measure.
MEASURE_NOUNS = {"suspension", "ban", "freeze", "closure", "sanction", "sanctions", "restriction",
                 "restrictions", "curb", "curbs", "embargo", "boycott", "blockade", "measure", "measures",
                 "moratorium", "pause"}
# States a thing is kept in as a measure ("the talks remain frozen", "the border stays closed").
MEASURE_STATES = {"frozen", "closed", "suspended", "shut", "halted", "blocked", "banned", "paused"}
# Nouns that name a side as the doer of the awaited act ("until the government allows", "the authorities").
SIDE_NOUNS = {"government", "authorities", "side", "regime", "administration", "leadership", "country",
              "state", "office", "ministry", "junta"}
FIRST_PERSON = {"i", "we", "us"}


def held_until(span: Span) -> dict[int, set[int]]:
    """Each main verb held until the other side acts, with the words of the holding and of the awaited act
    (they are the condition, not words said for or against the other side)."""
    found: dict[int, set[int]] = {}
    for mark in span:
        awaited = mark.head
        if mark.dep_ != "mark" or awaited.dep_ != "advcl" or awaited.head.i == awaited.i:
            continue
        main = awaited.head
        only = _only(awaited) or _only(main)
        if mark.lower_ in UNTIL_MARKS and _by_a_side(awaited) and (negated(main) or _keeps_measure(main)):
            found[main.i] = _holding_words(main, awaited)
        elif mark.lower_ in UNTIL_MARKS | {"once", "when", "after"} and only and \
                (_by_a_side(awaited) or any(c.dep_ == "nsubjpass" and _measure(c) for c in awaited.children)):
            # "only once the restrictions are lifted": the other side's measure must go first
            found[main.i] = _holding_words(main, awaited)
    return found


def _only(verb: Token) -> bool:
    """"only once the curbs are lifted": "only" on the awaited act or on the verb it holds."""
    return any(c.dep_ == "advmod" and c.lower_ == "only" for c in verb.children)


def _keeps_measure(verb: Token) -> bool:
    """"the suspension would remain in place", "the talks would remain frozen": a measure kept in being."""
    if verb.lemma_.lower() not in KEEPING_VERBS:
        return False
    # "the suspension covered every product and would remain in place": a conjunct shares its subject
    holders = [verb, verb.head] if verb.dep_ == "conj" else [verb]
    subject = any(c.dep_ in {"nsubj", "nsubjpass"} and _measure(c) for v in holders for c in v.children)
    state = any(c.dep_ in {"acomp", "oprd", "xcomp"} and c.lower_ in MEASURE_STATES for c in verb.children)
    return subject or state


def _measure(noun: Token) -> bool:
    """A measure kept against a side, by its noun ("the suspension", "restrictions")."""
    return noun.lower_ in MEASURE_NOUNS or noun.lemma_.lower() in MEASURE_NOUNS


def _by_a_side(awaited: Token) -> bool:
    """The awaited act has a side as its doer: a named state, body or person, or a noun of a government
    ("until Brazil explains", "until the authorities allow"); not the speaker ("until we reach a deal")."""
    for c in awaited.children:
        if c.dep_ not in {"nsubj", "nsubjpass"} or c.lower_ in FIRST_PERSON:
            continue
        if c.ent_type_ in {"GPE", "ORG", "NORP", "PERSON"} or c.pos_ == "PROPN" or c.lemma_.lower() in SIDE_NOUNS:
            return True
    return False


def _holding_words(main: Token, awaited: Token) -> set[int]:
    """The main verb, its subject and complements, and the awaited act: one warning, counted once."""
    words = {main.i} | {t.i for t in awaited.subtree}
    for c in main.children:
        if c.dep_ in {"nsubj", "nsubjpass", "acomp", "oprd", "prep", "neg", "aux"} and c.i not in words:
            words |= {t.i for t in c.subtree}
    return words


def quoted_condition(clause: Span, quote: Span) -> bool:
    """A quoted fragment inside the awaited act of a held measure ("will not flow until X takes "concrete
    steps to repair ties""): the fragment is the condition set, and the clause says the stance."""
    held = set().union(*held_until(clause).values())
    return bool(held) and all(t.i in held for t in quote if not t.is_punct)
