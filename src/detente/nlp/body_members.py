"""Who a bare plural of office-holders stands for: "Leaders agreed in 2022 to admit it", "Ministers backed the
plan", written with no article, owner or modifier, in a story about an international body.

With no "the" the noun points back to no pair ("the leaders" is the pair just told, nlp/antecedents.py) and
with no owner to no state; news writes it so for the members of the body the story is about, acting together
as that body. It is read so only when such a body was named in its own right within the few sentences just
before (nlp/body_anaphors.py); otherwise the noun stays no one's, as `arguments.group_ref` leaves it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.nlp.body_anaphors import near_body
from detente.nlp.mentions import Ref

# Office-holders who, met as a body's members, act as the body.
MEMBER_OFFICES = {"leaders", "ministers", "heads"}


def _bare_plural(head: Token) -> bool:
    """"Leaders", "ministers" alone: no article, owner, modifier or "of"/"from" phrase telling whose."""
    return head.lower_ in MEMBER_OFFICES and head.tag_ == "NNS" and \
        not any(c.dep_ in {"det", "poss", "amod", "compound", "nmod", "nummod", "prep", "appos"} for c in head.children)


def members_body(doc: Doc, head: Token) -> Ref | None:
    """The international body named just before, for a bare plural of office-holders acting as a subject."""
    if head.dep_ not in {"nsubj", "nsubjpass"} or not _bare_plural(head):
        return None
    return near_body(doc, head)
