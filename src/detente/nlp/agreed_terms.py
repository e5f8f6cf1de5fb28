"""Terms of a reached agreement: "reached an understanding under which Beijing would resume purchases".
The "would" of a clause hung on an agreement noun that was reached or signed is the future of that deal,
not a supposition, so the act it tells is planned (unless an "if" clause makes it conditional)."""

from __future__ import annotations

from spacy.tokens import Token

from detente.events.status import AGREEMENT_NOUNS
from detente.nlp.clauses import condition_clauses
from detente.nlp.conjoined_modals import modal_bearer
from detente.nlp.speech_objects import CONCLUDING_VERBS
from detente.nlp.tense import tense_verb, told_as_past

# Verbs that bring an agreement into being ("reached", "signed", "struck" a deal); "discussed a deal" does not.
REACHING = CONCLUDING_VERBS | {"reach", "clinch", "agree", "approve", "ratify", "adopt"}


def _would_clause(verb: Token) -> bool:
    """"would resume", not "would have recognised" (a counterfactual of what did not happen)."""
    aux = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    return "would" in aux and "have" not in aux


def _reached(noun: Token) -> bool:
    """The agreement noun is the object of a reaching verb told as past and not negated ("reached", "signed")."""
    verb = noun.head
    return noun.dep_ in {"dobj", "nsubjpass"} and verb.lemma_.lower() in REACHING and told_as_past(verb) and \
        not any(c.dep_ == "neg" for c in verb.children)


def agreed_term_status(token: Token, status: str) -> str:
    """A hypothetical act told by a "would" clause relative to a reached agreement: planned."""
    if status != "hypothetical":
        return status
    verb = modal_bearer(tense_verb(token))
    noun = verb.head
    if verb.dep_ != "relcl" or noun.lemma_.lower() not in AGREEMENT_NOUNS or not _would_clause(verb):
        return status
    if condition_clauses(verb) or not _reached(noun):
        return status
    return "planned"
