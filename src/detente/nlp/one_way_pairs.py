"""A conjoined subject of a one-way act is one acting side: "the EU and Spain condemned the raid", "a charge
Iran and Russia deny", "Britain and France urged restraint" are both doing it, not the first to the second.
The verb reader splits "X and Y <verb>" with no one else named into X -> Y, which is right for acts done
together with each other (meeting, agreeing); for a charge, a denial, a demand, a threat or a backing the two
stand side by side, and whom the act is aimed at comes from its object or from the story around it.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.clause_subjects import children, inherited_subject
from detente.nlp.sides import each_others

# acts a side does to someone else: two subjects doing one of them do it together
from detente.nlp.subject_actors import subject_refs
ONE_WAY_TYPES = {"ACCUSE", "REJECT", "REQUEST", "THREATEN", "SUPPORT"}


def _conjoined_subject(token: Token) -> Token | None:
    """The verb's subject (its own, or the one a conjoined verb shares) when it is "X and Y"."""
    if token.pos_ != "VERB":
        return None
    subj = next(iter(children(token, {"nsubj"}) or inherited_subject(token)), None)
    return subj if subj is not None and subj.conjuncts else None


def rejoin_one_way(token: Token, kind: str, source: list, target: list) -> tuple[list, list]:
    """Put back on the acting side the subject conjuncts a one-way act was split into (X -> Y)."""
    from detente.nlp.generic_pairs import _each_other  # "pledged not to threaten each other": both ways
    if kind not in ONE_WAY_TYPES or not target or each_others(token) or _each_other(token):
        return source, target
    subj = _conjoined_subject(token)
    if subj is None:
        return source, target
    named = {r.actor_id for r in subject_refs(token.doc, subj)}
    if not all(r.actor_id in named for r in target):
        return source, target
    return source + [r for r in target if all(r.actor_id != s.actor_id for s in source)], []
