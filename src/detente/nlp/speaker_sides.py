"""Speakers on their state's side: whoever voices a state's spoken act, or tells what his own state does,
acts with that state ("the spokesman repeated Beijing's demand", "X said Moscow would not take part")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.nlp.arguments import refs_for, with_country
from detente.nlp.clause_subjects import children, inherited_subject, is_dateline
from detente.nlp.mentions import Ref
from detente.nlp.triggers import trigger_for


# Acts done by saying: whoever voices a state's demand or complaint is its actor.
VERBAL_TYPES = {"ACCUSE", "REQUEST", "REJECT", "THREATEN"}
VOICING_DEPS = {"dobj", "conj", "ccomp", "xcomp", "pobj", "prep"}
# Verbs of saying, and light verbs of spoken acts ("raised concerns", "repeated a demand").
VOICING_VERBS = {"say", "tell", "add", "state", "announce", "repeat", "reiterate", "raise", "voice", "express",
                 "lodge", "renew", "stress", "insist", "deliver", "convey", "warn"}


def voicing_person(doc: Doc, token: Token, owners: list[Ref]) -> list[Ref]:
    """"He said he had raised U.S. concerns", "the spokeswoman repeated Beijing's demand": the person of the
    owning state who voices a spoken act (the subject of the clauses it hangs in) acts with the state."""
    if len(owners) != 1 or owners[0].kind != "state":
        return []  # the cheap test first: the trigger is looked up again only for a state's own act noun
    trigger = trigger_for(token)
    if trigger is None or trigger.type not in VERBAL_TYPES:
        return []
    node = token
    for _ in range(4):
        if node.dep_ not in VOICING_DEPS or node.head.i == node.i:
            return []
        node = node.head
        voicing = node.pos_ in {"VERB", "AUX"} and node.lemma_.lower() in VOICING_VERBS
        subjects = ([s for s in children(node, {"nsubj"}) if not is_dateline(s)] or inherited_subject(node)) \
            if voicing else []
        people = [r for s in subjects for r in refs_for(doc, s) if r.kind == "person"]
        if people:
            return people[:1] if people[0].country == owners[0].country else []
    return []


# Links inside what is said, from the act up to the saying verb: the reported clause ("said Moscow would
# act"), its conjuncts and complements ("was ready to give ... but would not negotiate"), and the object or
# phrase that holds an event noun ("did not rule out cooperation"), and a noun's content clause
# ("offered assurances that it would not ...").
SPOKEN_DEPS = {"ccomp", "conj", "xcomp", "acomp", "dobj", "pobj", "prep", "acl"}
# Who can speak for a state: its officials and bodies, not its opposition or citizens.
STATE_VOICES = {"GOV", "MIL", None}


def state_voice(doc: Doc, token: Token, source: list[Ref]) -> list[Ref]:
    """"Ambassador X said the United States stands with its ally", "Moscow did not rule out talks, X said":
    whoever tells what his own state does speaks for it, so the speaker (a person or a body of that state)
    is on the state's side too. Only the state, or a body, force or firm of it ("X said the embassy would stop
    issuing visas"), named inside what was said, is widened (by a body of the state only the state's side)."""
    if len(source) != 1 or not _state_side(source[0]) or token.dep_ not in SPOKEN_DEPS:
        return []  # the cheap test first
    saying, step = _saying_verb(token)
    if saying is None or step != "ccomp":
        # "X said A, and Russia did B": a conjunct of the saying is not what was said ("Russia did B, the
        # minister said" is what was said: a tag after the news names its own official as much as a lead-in)
        return []
    subjects = [s for s in children(saying, {"nsubj"}) if not is_dateline(s)] or inherited_subject(saying)
    refs = [r for s in subjects[:1] for r in refs_for(doc, s)][:1]
    if refs and refs[0].kind == "organisation" and refs[0].country is None and _pronoun_subject(token):
        # "The ministry said it would lodge a protest": "it" is the speaking body, whose state "it" was read as
        refs = [with_country(refs[0], source[0].country)]
    kinds = {"person", "organisation"} if source[0].kind == "state" else {"person"}
    return [r for r in refs if r.kind in kinds and r.country == source[0].country and r.sector in STATE_VOICES]


# Bodies and groups a state's leader or minister tells the doings of ("X said the embassy would stop issuing
# visas", "X said French companies would invest"): he announces their act for the state.
TOLD_SECTORS = {"GOV", "MIL", "BUS"}


def _state_side(ref: Ref) -> bool:
    """A state, or one of its official bodies, forces or firms (whose act a speaker of that state tells)."""
    return ref.kind == "state" or (ref.kind in {"organisation", "group"} and bool(ref.country)
                                   and ref.sector in TOLD_SECTORS)


def _pronoun_subject(token: Token) -> bool:
    """Whether the clause the act is in has "it" or "they" as its subject (a body speaking of itself)."""
    node = token
    while node.pos_ not in {"VERB", "AUX"} and node.head.i != node.i:
        node = node.head
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"it", "they"} for c in node.children)


def _saying_verb(token: Token) -> tuple[Token | None, str | None]:
    """The nearest verb of saying above the token within what is said, and the link that reaches it."""
    node = token
    for _ in range(7):
        if node.dep_ not in SPOKEN_DEPS or node.head.i == node.i:
            return None, None
        step, node = node.dep_, node.head
        # "said it would lodge a protest": a light verb holding the act's noun is the act, not its report
        if node.pos_ in {"VERB", "AUX"} and node.lemma_.lower() in VOICING_VERBS and step != "dobj":
            return node, step
    return None, None
