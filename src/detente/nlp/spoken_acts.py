"""Acts told only through what someone said: "said Israel would exact a price from Iran" (a threat),
"wrote that both sides should stop" (a demand). PLOVER codes the saying as the act when the
reported clause aims a harm or an obligation at another party named in it. Asked by
`trigger_phrases.phrase_trigger` (harms) and by `trigger_phrases._obliged_act` / `events._obliging_speaker`
(obligations).
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.events.ontology import Trigger

# Verbs that report what someone said or wrote; the clause they take is the speaker's.
SPEAKING = {"say", "tell", "add", "state", "declare", "warn", "write", "insist", "stress", "reply", "vow"}
# Modals that put the harm ahead of the saying ("would pay", "will face", "could suffer").
AHEAD = {"would", "will", "could", "'ll", "wo"}
# A cost borne by the one warned ("Tehran would pay a price", "face consequences") or exacted from it by the
# speaker's side ("would exact a price from Iran").
COSTS = {"price", "consequence", "cost"}
BORNE = {"pay", "face", "suffer", "bear", "incur"}
EXACTED = {"exact", "extract", "impose", "inflict"}
OBLIGATION_MODALS = {"must", "should", "ought"}
PARTY_ENTS = {"GPE", "NORP", "ORG"}


def reported_clause(verb: Token) -> bool:
    """A verb that heads (or is conjoined to) the that-clause of a speaking verb."""
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SPEAKING


def obliged(verb: Token) -> bool:
    """"must withdraw", "should stop": an act told as owed by the clause's subject."""
    return any(c.dep_ == "aux" and c.lower_ in OBLIGATION_MODALS for c in verb.children)


def _ahead(verb: Token) -> bool:
    """"would pay", "will face": a harm still to come, not denied ("would not pay")."""
    return any(c.dep_ == "aux" and c.lower_ in AHEAD for c in verb.children) and \
        not any(c.dep_ == "neg" for c in verb.children)


def _cost(verb: Token, verbs: set[str]) -> bool:
    """The verb is one of `verbs` and takes a cost as its object ("pay a heavy price")."""
    return verb.lemma_.lower() in verbs and \
        any(c.dep_ in {"dobj", "attr"} and c.lemma_.lower() in COSTS for c in verb.children)


def _party(token: Token) -> bool:
    return token.ent_type_ in PARTY_ENTS


def _subject_party(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" and _party(c) for c in verb.children)


# The ties between the speaker's side and the one told ("relations would suffer consequences"): a cost the
# speaker lays on both, which the one warned bears as much as a named party would.
TIES = {"relation", "relationship", "tie"}


def _subject_ties(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in TIES for c in verb.children)


def spoken_harm(token: Token) -> Trigger | None:
    """"said Israel would exact a price from Iran" (the clause verb) and "warned that Tehran would pay a heavy
    price" (the speaking verb, whose speaker threatens the payer): a cost laid ahead on another named party is a
    threat made when told (PLOVER THREATEN). A cost with no party named ("the region would pay") is no threat."""
    if token.pos_ != "VERB":
        return None
    if reported_clause(token) and _ahead(token) and _cost(token, EXACTED) and _subject_party(token):
        # the parser hangs "from Iran" on the verb or on the cost ("exact a price from Iran")
        holders = [token] + [c for c in token.children if c.dep_ == "dobj"]
        from_party = [g for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ in {"from", "on"}
                      for g in p.children if g.dep_ == "pobj" and _party(g)]
        return Trigger("THREATEN") if from_party else None
    if token.lemma_.lower() not in SPEAKING:
        return None
    clauses = [c for c in token.children if c.dep_ == "ccomp"]
    told = any(c.dep_ in {"dobj", "dative"} for c in token.children)  # ties hurt: a warning only to the one told
    if any(_ahead(c) and _cost(c, BORNE) and (_subject_party(c) or (told and _subject_ties(c))) for c in clauses):
        return Trigger("THREATEN")
    return None
