"""The actors a subject names, and who an event's authors or leaders are by a subject: of a summed-up clause, a led engagement, a relative clause on the noun (moved out of sides.py to keep it short)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.nlp.antecedents import mention_of
from detente.nlp.arguments import refs_for
from detente.nlp.clause_subjects import children, is_dateline
from detente.nlp.mentions import Ref
from detente.nlp.syntax import governing_verb
from detente.nlp.triggers import LIGHT_VERBS, prep_objects


def subject_refs(doc: Doc, head: Token | None) -> list[Ref]:
    """The subject's actors, plus people the parser hung inside it ("Hegseth and Indian Defense Minister Singh")."""
    refs = refs_for(doc, head)
    if head is None:
        return refs
    for t in head.subtree:
        span = mention_of(doc, t)
        if span is not None and span._.ref.kind == "person" and all(r.actor_id != span._.ref.actor_id for r in refs) \
                and not _kin_of(t, head):
            refs.append(span._.ref)
    return sorted(refs, key=lambda r: _first_named(doc, head, r))


def _kin_of(token: Token, head: Token) -> bool:
    """"The prince, a younger brother of X, met ...": a person in the "of" phrase of an apposition
    describes the subject, who is someone else."""
    node = token
    while node.i != head.i and node.head.i != node.i:
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.dep_ == "appos":
            return True
        node = node.head
    return False


def between_parties(doc: Doc, head: Token) -> list[Ref]:
    """The parties after "between": its object and its conjuncts, and people the parser hung inside it
    ("between Xi and President Biden" parsed with Xi as a modifier of Biden), in written order."""
    return subject_refs(doc, head)


def _first_named(doc: Doc, head: Token, ref: Ref) -> int:
    """Where the subject first names an actor: "X and Y met" keeps the written order even when the
    parser hangs X inside Y's name."""
    return next((t.i for t in head.subtree if (span := mention_of(doc, t)) is not None
                 and span._.ref.actor_id == ref.actor_id), head.i)


# Nouns that sum up the clause they are set beside: "X opened a probe, a move Y condemned".
SUMMARY_NOUNS = {"step", "move", "decision", "measure", "action", "act", "gesture", "announcement", "development"}


def _set_beside(noun: Token) -> bool:
    """A noun phrase after a comma that the parser hung on the clause (as an apposition, adverb or second object)."""
    after_comma = noun.left_edge.i > 0 and noun.doc[noun.left_edge.i - 1].text == ","
    return noun.dep_ in {"npadvmod", "appos"} or (noun.dep_ == "dobj" and after_comma)


def summed_authors(doc: Doc, token: Token, own: set) -> list[Ref]:
    """"Brussels opened a probe last year, a step Beijing condemned": a verb in a relative clause on a noun
    that sums up the main clause acts on that clause's subject (its author), not on whoever else is named."""
    noun = token.head
    if token.dep_ != "relcl" or noun.lemma_.lower() not in SUMMARY_NOUNS or not _set_beside(noun):
        return []
    summed = governing_verb(noun.head)  # "a probe, a step ...": the noun may hang on the object of the summed clause
    subjects = [s for s in children(summed, {"nsubj"}) if not is_dateline(s)]
    return [r for r in subject_refs(doc, next(iter(subjects), None)) if r.country not in own or r.sector == "IGO"]


# Verbs by which an engagement names who leads it ("talks led by X", "a mission headed by Y").
LEADING_VERBS = {"lead", "head", "chair"}


def led_sides(doc: Doc, token: Token) -> tuple[list[Ref], list[Ref]]:
    """"Talks would be led by X and Y, together with Z officials", "negotiations headed by X": whoever leads
    an engagement takes part in it; leaders of another state, and those it is held "with", are the other side."""
    verbs = [token.head] if token.dep_ == "nsubjpass" else []
    verbs += [c for c in token.children if c.dep_ == "acl" and c.tag_ == "VBN"]  # "talks led by X"
    for verb in (v for v in verbs if v.lemma_.lower() in LEADING_VERBS):
        agents = [g for c in children(verb, {"agent"}) for g in c.children if g.dep_ == "pobj"]
        leaders = [r for a in agents for r in subject_refs(doc, a)]
        own = next((r.country for r in leaders if r.country), None)
        if own is not None:
            # "together with Z officials" may hang on the verb or on a leader's name
            holders = [verb, *agents, *(c for a in agents for c in a.conjuncts)]
            others = [r for h in holders for o in prep_objects(h, {"with"}) for r in refs_for(doc, o, loose=True)]
            return [r for r in leaders if r.country in {own, None}], \
                [r for r in leaders + others if r.country and r.country != own]
    return [], []


# Verbs by which a relative clause tells who did the act its noun names ("the sanctions that X set in motion").
AUTHOR_VERBS = LIGHT_VERBS | {"set", "trigger", "initiate", "reimpose", "invoke", "enforce", "introduce", "place", "put", "adopt", "apply"}
RELATIVE_PRONOUNS = {"that", "which"}


def relative_authors(doc: Doc, token: Token) -> list[Ref]:
    """"the tariffs (that) Washington imposed": the subject of a relative clause whose object is the event
    noun did the act, not the subject of the clause around the noun ("Russia condemned the sanctions that ...")."""
    holders = [token]
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN":
        holders.append(token.head.head)  # "the restoration of sanctions that X set in motion": it may hang there
    for rel in (r for h in holders for r in children(h, {"relcl"})):
        if rel.lemma_.lower() not in AUTHOR_VERBS or children(rel, {"nsubjpass", "auxpass"}):
            continue
        objects = children(rel, {"dobj"})
        if objects and not all(o.lower_ in RELATIVE_PRONOUNS for o in objects):
            continue  # "the sanctions that hit its banks": the noun is the clause's subject
        subjects = [s for s in children(rel, {"nsubj"}) if s.lower_ not in RELATIVE_PRONOUNS | {"who"}]
        if subjects:
            return subject_refs(doc, subjects[0])
    return []
