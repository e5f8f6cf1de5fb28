"""People told as going along with a party named only by a pronoun: "Her foreign minister travelled with her",
"The trade minister accompanied him". The pronoun stands for the person of the meeting just told, so the
companion joins the side of his own state's person there (side_context.delegations decides the side).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.nlp.arguments import refs_for
from detente.nlp.mentions import Ref
from detente.nlp.sides import children
from detente.nlp.syntax import prep_objects

GOING_VERBS = {"travel", "fly", "go", "come"}  # "X flew with him"
ACCOMPANYING_VERBS = {"accompany", "join"}  # "X accompanied him"
PERSON_PRONOUNS = {"him", "her"}


def _pronoun_chief(verb: Token) -> bool:
    """Whether the verb tells going along with "him" or "her"."""
    lemma = verb.lemma_.lower()
    chiefs = prep_objects(verb, {"with", "alongside"}) if lemma in GOING_VERBS \
        else children(verb, {"dobj"}) if lemma in ACCOMPANYING_VERBS else []
    return any(c.lower_ in PERSON_PRONOUNS for c in chiefs)


def companions_of_pronoun(doc: Doc, verb: Token) -> list[Ref]:
    """The placed people who are the verb's subject when it tells going along with "him" or "her"."""
    if not _pronoun_chief(verb):
        return []
    return [r for s in children(verb, {"nsubj"}) for r in refs_for(doc, s) if r.kind == "person" and r.country]
