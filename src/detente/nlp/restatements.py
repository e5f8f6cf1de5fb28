"""Restatements in one sentence: a second word for the act just told is no second event.

"fired water cannon at the vessel on Monday, the latest clash in the strait" (a noun phrase set off by
a comma restates the act), "spoke with his counterpart by video call" (the noun after "by" is the
channel of the talk, not another talk).
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.events import Draft

CHANNEL_PREPS = {"by", "via", "over", "through"}


def _restating(noun: Token, verb: Token) -> bool:
    """A noun phrase hung on the verb after a comma: "..., the latest clash", "..., a third strike"."""
    if noun.pos_ != "NOUN" or noun.head.i != verb.i or noun.i < verb.i:
        return False
    start = min(t.i for t in noun.subtree)
    return start > 0 and noun.doc[start - 1].text == "," and noun.dep_ in {"dobj", "appos", "npadvmod", "attr"}


def _channel(noun: Token, verb: Token) -> bool:
    """"spoke ... by video call": the noun is the prepositional object the verb talks through."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.lower_ in CHANNEL_PREPS and prep.head.i == verb.i


def merge_restatements(drafts: list[Draft]) -> list[Draft]:
    """Fold a noun that restates, or names the channel of, the same-type act of its verb into that act."""
    by_token = {d.token.i: d for d in drafts}
    dropped: set[int] = set()
    for noun in drafts:
        head = noun.token.head if noun.token.dep_ != "pobj" else noun.token.head.head
        verb = by_token.get(head.i)
        if verb is None or verb is noun or verb.type != noun.type or id(verb) in dropped:
            continue
        if _restating(noun.token, verb.token) or _channel(noun.token, verb.token):
            verb.absorb(noun)
            dropped.add(id(noun))
    return [d for d in drafts if id(d) not in dropped]


# Verbs that tell whether or when an event happens: with these the clause's tense is the event's own status.
HAPPENING_VERBS = {"take", "happen", "occur", "go", "begin", "start", "resume", "proceed", "be", "come",
                   "continue", "end", "collapse", "fail", "stall", "last", "open", "close", "conclude", "get"}
DEFINITE = {"the", "these", "those", "this", "that"}


def tells_its_effect(d: Draft) -> bool:
    """"the sanctions would hurt Europe", "if the talks fail": a definite event noun as subject of what it
    does, or supposed in a condition, names the event told before; the clause's modal is not its status."""
    token, verb = d.token, d.token.head
    if token.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children):
        return False
    if d.status == "hypothetical":
        return True  # "if the talks fail": a supposition about the talks told before, not new talks
    return token.dep_ == "nsubj" and verb.pos_ == "VERB" and verb.lemma_.lower() not in HAPPENING_VERBS
