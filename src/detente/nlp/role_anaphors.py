"""Who "the envoys" are: a pair anaphor made of a plural role noun ("the envoys agreed", "the negotiators
met") stands for the people an earlier sentence named in apposition to the same noun ("appointed special
envoys, Turkey's X and Armenia's Y"), before any engagement's pair: the repeated noun is the link.
Runs inside `pair_anaphors.fill_parties`, through `_pair_source`.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.antecedents import mention_of


def _appositions(noun: Token) -> list[Token]:
    """The phrases set in apposition to a noun: its appos children, or the name the parser hung on it or
    beside it after a comma ("appointed envoys, X and Y" read with X as a conjunct, or Y as a second object)."""
    after = noun.i + 1
    if after >= len(noun.doc) or noun.doc[after].text != ",":
        return [c for c in noun.children if c.dep_ == "appos"]
    hung = [c for c in noun.children if c.dep_ in {"appos", "conj"} and c.i > after]
    beside = [t for t in noun.head.children if t.i > after and t.dep_ == noun.dep_ and t.i != noun.i]
    return hung + beside[:1]


def _named_people(noun: Token) -> list:
    """The people a noun names in apposition ("envoys, X and Y"), in the order written, one per actor."""
    people: dict[str, object] = {}
    for phrase in _appositions(noun):
        for t in phrase.subtree:
            span = mention_of(noun.doc, t)
            if span is not None and span._.ref.kind == "person" and span._.ref.country:
                people.setdefault(span._.ref.actor_id, span._.ref)
    return list(people.values())


def role_pair(subject: Token | None):
    """The two people of different states that the latest earlier mention of the subject's plural noun named
    in apposition, when the subject is "the" + that noun; None otherwise."""
    if subject is None or subject.pos_ != "NOUN" or subject.tag_ != "NNS" \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return None
    lemma = subject.lemma_.lower()
    earlier = (t for t in reversed(subject.doc[:subject.sent.start]) if t.lemma_.lower() == lemma)
    for noun in earlier:
        people = _named_people(noun)
        if people:
            other = next((p for p in people[1:] if p.country != people[0].country), None)
            return ([people[0]], [other]) if other is not None else None
    return None
