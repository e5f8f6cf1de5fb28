"""The mood a verb is told in: modals, conditions, promises and reported speech (and negation), split out of status.py to keep it short."""

from __future__ import annotations

from spacy.tokens import Token

from detente.events.status import ASPECTUAL_VERBS, CONDITIONED_MODALS, FUTURE_MODALS, HYPOTHETICAL_MODALS, INSTRUCTING
from detente.nlp.clauses import CONDITION_MARKS, condition_clauses
from detente.nlp.modal_phrases import able_to, still_owed
from detente.nlp.tense import tense_verb


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in token.children)


REPORTING = {"say", "announce", "tell", "state", "confirm", "add", "pledge", "promise", "declare", "vow", "agree",
             "expect", "hope", "report", "indicate", "signal", "suggest"}


def reported_clause(verb: Token) -> bool:
    """A clause reported by a speech verb ("said he would ...")."""
    if _told_audience_clause(verb):
        return True
    if verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "that"
                                                                  for c in verb.children):
        return reported_clause(verb.head)  # "said the talks had gone well and that both would meet again"
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING and \
        not any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in verb.children)


def _told_audience_clause(verb: Token) -> bool:
    """"told a news conference that Seoul would send aid": the parser hangs the that-clause on the audience as
    a relative clause; with a subject of its own and "that" as no gap in it, it is what was told."""
    audience = verb.head
    if verb.dep_ != "relcl" or audience.dep_ != "dobj" or audience.head.lemma_.lower() not in REPORTING:
        return False
    children = list(verb.children)
    if not any(c.dep_ == "nsubj" and c.lower_ not in {"that", "which", "who"} for c in children):
        return False
    objects = [c for c in children if c.dep_ == "dobj"]
    return any(c.lower_ == "that" and (c.dep_ == "mark" or (c.dep_ == "dobj" and len(objects) > 1))
               for c in children)


def in_condition(token: Token) -> bool:
    """"would act if China kept supplying Russia": what a condition supposes is the condition of the
    event it hangs on, not an event of the sentence (the analyst records the threat, not the supplying)."""
    verb = tense_verb(token)
    for _ in range(4):  # up through "kept supplying", "did A and B" to the clause that carries the "if"
        if verb.dep_ == "advcl":
            return any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in verb.children)
        if verb.dep_ not in {"xcomp", "conj"} or verb.head.pos_ not in {"VERB", "AUX"}:
            return False
        verb = verb.head
    return False


def conditioned(verb: Token) -> bool:
    """"would consider the accord void if X sent troops": a condition clause hangs on the verb, before
    or after it, so its "would" is a supposition even in reported speech."""
    return bool(condition_clauses(verb))


def _modal_status(verb: Token) -> str | None:
    children = list(verb.children)
    if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in children):
        return "hypothetical"
    if _supposed(verb):
        return "hypothetical"  # "will strike if X attacks", "must help if either is attacked"
    for c in children:
        if c.dep_ == "aux" and c.lower_ in FUTURE_MODALS:
            return "planned"
        if c.dep_ == "aux" and c.lower_ == "would" and reported_clause(verb) and not conditioned(verb):
            return "planned"  # "said he would halve the tariff": future in reported speech
        if c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_MODALS:
            return "hypothetical"
    if verb.dep_ == "xcomp" and verb.head.lemma_ == "be" and verb.tag_ == "VB" and ranked_doer(verb):
        return _modal_status(verb.head)  # "was the first leader to visit": as told of the copula
    if verb.dep_ in {"relcl", "acl"} and verb.head.dep_ == "attr" and verb.tag_ == "VB" and ranked_doer(verb):
        return _modal_status(verb.head.head)  # "will be the first leader to visit": the copula's future
    if verb.dep_ == "xcomp" and verb.head.lemma_ == "be" and verb.tag_ == "VB" and verb.lemma_ != "blame":
        return "planned"  # "is to visit" (but "is to blame" says who is at fault)
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in INSTRUCTING:
        return "planned"  # "instructed their envoys to meet"
    if verb.dep_ == "xcomp" and verb.head.lower_ in {"going", "due", "set", "poised", "slated"}:
        return "planned"  # "is due to speak again", "is set to visit"
    if verb.lemma_ == "expect" and any(c.dep_ == "auxpass" and c.tag_ in {"VBZ", "VBP"} for c in verb.children):
        return "planned"  # "both men are expected at the forum": attendance told as awaited
    if able_to(verb):
        return _modal_status(verb.head.head)  # "would be able to join": the mood of "would be able"
    if still_owed(verb):
        return "planned"  # "still has to be ratified": an obligation that lies ahead
    if verb.dep_ == "xcomp" and verb.head.pos_ == "VERB" and verb.head.lemma_.lower() in ASPECTUAL_VERBS:
        # "would start buying gas", "agreed to keep talking": the start's modal or promise is the buying's
        return _modal_status(verb.head) or _promised(verb.head)
    return None


# Verbs of promising: what is promised to go on ("agreed to keep talking") lies ahead.
PROMISING = {"agree", "pledge", "promise", "vow", "commit", "decide", "undertake", "resolve"}


def _promised(verb: Token) -> str | None:
    """"agreed to keep discussing trade": an aspectual verb under a promise carries the promise forward."""
    head = verb.head
    if verb.dep_ == "xcomp" and head.lemma_.lower() in PROMISING and not _negated(head):
        return "planned"
    return None


def _supposed(verb: Token) -> bool:
    """A modal verb with an "if"/"unless" clause of its own: what it says holds only on that condition."""
    return conditioned(verb) and any(c.dep_ == "aux" and c.lower_ in CONDITIONED_MODALS for c in verb.children)


def _volitional_future(verb: Token) -> bool:
    """"will not", "won't", "would not" (in reported speech): the actor says it refuses."""
    for c in verb.children:
        if c.dep_ == "aux" and (c.lower_ in FUTURE_MODALS or c.lower_ in {"wo", "will"}):
            return True
        if c.dep_ == "aux" and c.lower_ == "would" and reported_clause(verb):
            return True
    return False


# Words that rank the doer among those who did an act ("the only country to sign", "the first leader to visit").
RANKING = {"only", "first", "last", "second", "third", "sole"}


def ranked_doer(verb: Token) -> bool:
    """"had been the only country to sign up": an infinitive on a noun ranked by "only", "first" or an
    ordinal names an act that singles out its doer, told done, not an act to come ("is to visit")."""
    head = verb.head
    nouns = [c for c in head.children if c.dep_ == "attr"] if head.lemma_ == "be" else [head]
    return any(c.dep_ == "amod" and (c.lower_ in RANKING or c.ent_type_ == "ORDINAL")
               for n in nouns if n.pos_ in {"NOUN", "PROPN"} for c in n.children)
