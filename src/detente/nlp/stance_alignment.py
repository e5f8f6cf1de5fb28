"""Opposition shared with the other side ("the two countries will stand together against protectionism",
"urged Hanoi to resist bullying"): what the parties oppose side by side, or what one asks the other to
oppose, is a third thing, so its hostile words say nothing against the other party; opposing it together
draws the two closer."""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.stance_joint import both_parties

# Verbs of setting oneself against something ("resist", "reject protectionism", "fight terrorism").
OPPOSING_VERBS = {"resist", "oppose", "reject", "fight", "counter", "combat", "confront", "tackle", "withstand"}
# Verbs of asking someone to act: what the addressee is asked to oppose is opposed on the asker's side.
ASKING_VERBS = {"urge", "call", "press", "ask", "appeal", "encourage", "invite"}
JOINTLY = {"together", "jointly"}
# Adjectives that make a danger one both parties face ("common security threats", "a shared enemy").
SHARED = {"common", "shared"}


def _opposition(token: Token) -> Token | None:
    """The verb of opposing ("resist") or the "against" that the word is, or stands in the object of."""
    node = token
    for _ in range(6):
        if node.pos_ == "VERB" and node.lemma_.lower() in OPPOSING_VERBS:
            return node
        if node.lower_ == "against" and node.dep_ == "prep":
            return node
        if node.dep_ not in {"dobj", "pobj", "prep", "amod", "compound", "conj", "cc", "appos", "nmod"} or \
                node.head.i == node.i:
            return None
        node = node.head
    return None


def _clause_verbs(opposition: Token) -> list[Token]:
    """The verb of the opposing clause and the verbs joined to it ("to resist X and to protect Y together")."""
    verb = opposition.head if opposition.lower_ == "against" else opposition
    first = verb.head if verb.dep_ == "conj" else verb
    return [first] + [c for c in first.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"}]


def _jointly(verbs: list[Token]) -> bool:
    """Opposed by the two parties together: "the two countries" as subject, or "together" on the verbs."""
    return any(c.dep_ == "nsubj" and both_parties(c) or c.dep_ == "advmod" and c.lower_ in JOINTLY
               for verb in verbs for c in verb.children)


def _asked(verbs: list[Token]) -> bool:
    """Opposition the addressee is asked for ("urged Tokyo to reject protectionism")."""
    first = verbs[0]
    return first.dep_ == "xcomp" and first.head.lemma_.lower() in ASKING_VERBS


def shared_opposition(token: Token) -> str | None:
    """"joint" when the word is what the two parties oppose together, "asked" when it is what the other
    side is asked to oppose, else None."""
    opposition = _opposition(token)
    if opposition is None:
        return None
    verbs = _clause_verbs(opposition)
    if _jointly(verbs):
        return "joint"
    return "asked" if _asked(verbs) else None


def opposed_together(token: Token) -> bool:
    """The verb of opposing (or its "against") when the two parties oppose together: a conciliatory act."""
    is_opposition = (token.pos_ == "VERB" and token.lemma_.lower() in OPPOSING_VERBS) or \
        (token.lower_ == "against" and token.dep_ == "prep")
    return is_opposition and _jointly(_clause_verbs(token))


def shared_danger(token: Token) -> bool:
    """"facing common threats", "a shared enemy": a danger both parties face, no charge against the other
    side ("issues of common concern" only names a topic, and is left to the caller)."""
    return any(c.dep_ == "amod" and c.lower_ in SHARED for c in token.children)
