"""Hostile acts a side offers to stop: "would stop the bombing", "help end a war" reach out, though
"bombing" and "war" are hostile words; not wanting to stop them ("does not want to end the war") is
hostile. Stopping asked of someone ("urged Tokyo to halt the strikes") stays a demand."""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.stance_lexicon import HOSTILE, lexicon_forms
from detente.nlp.stance_negation import negated_word
from detente.nlp.stance_relief import demanded

CEASING_VERBS = {"end", "stop", "halt", "cease", "suspend", "pause"}
# Verbs that name the stopping as a topic or a question, not an offer ("talks about ending the war",
# "how to end the war", "the goal of stopping the raids").
TOPIC_DEPS = {"pcomp", "acl", "relcl", "csubj", "nsubj", "pobj"}


def _offered(verb: Token) -> bool:
    """The stopping is put forward as done or to be done, not named as a topic or asked about."""
    return verb.dep_ not in TOPIC_DEPS and not any(c.tag_ in {"WRB", "WP"} for c in verb.children)


def _ceaser(noun: Token) -> Token | None:
    """The verb that stops this act: the one it is the object of ("stop the bombing")."""
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head  # "end the strikes and raids": stopped together
    verb = noun.head
    if noun.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lemma_.lower() in CEASING_VERBS:
        return verb
    return None


def ceasing_stance(token: Token) -> str | None:
    """"conciliatory" for a hostile act a side offers to stop, "hostile" for stopping it refused, None for
    any other word."""
    if token.pos_ != "NOUN" or not lexicon_forms(token) & HOSTILE:
        return None
    verb = _ceaser(token)
    if verb is None or demanded(verb) or not _offered(verb):
        return None
    return "hostile" if negated_word(verb) else "conciliatory"
