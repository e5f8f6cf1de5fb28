"""Plural party words left standing as a side ("their governments signed", "the two men and X watched"):
such a word stands for the pair the sentence or the text before it names, so it becomes that pair's
people ("leaders", "men") or its states ("governments", "countries"), and simply goes when the pair is
already on the event. A side named "governments" or "men" names nobody a reader can look up.
"""

from __future__ import annotations

from detente.nlp.context import current_kb
from detente.nlp.mentions import state_ref

# words for the people of a pair, and for the states of one
PEOPLE_WORDS = {"leaders", "men", "women", "presidents", "premiers", "counterparts"}
STATE_WORDS = {"governments", "countries", "sides", "nations"}


def _anaphoric(d, ref) -> bool:
    """Whether the group ref is a party word of the draft's sentence said of a known pair: "their
    governments", "the two men", "both sides", "the leaders"."""
    from detente.nlp.antecedents import is_party_anaphor
    for token in d.sent:
        if token.lower_ != ref.name.lower():
            continue
        if is_party_anaphor(token) or any(c.dep_ == "poss" and c.lower_ == "their" for c in token.children):
            return True
    return False


def _leftovers(d) -> list:
    """The draft's sides that are unresolved party words."""
    words = PEOPLE_WORDS | STATE_WORDS
    return [r for r in d.source + d.target
            if r.kind == "group" and r.name.lower() in words and _anaphoric(d, r)]


def _pair_refs(pair, people: bool) -> list:
    """The pair as people (two refs) or as their states."""
    refs = [r for side in pair for r in side]
    if people:
        return [r for r in refs if r.kind == "person"]
    codes = list(dict.fromkeys(r.country for r in refs if r.country))
    return [state_ref(code, current_kb(), "pair") for code in codes]


def _own_pair(d, bad: list, people: bool):
    """"Starmer sat down with Xi, the first meeting between the leaders": the event itself already
    holds the pair (people, or states, of two countries); the word then adds nobody."""
    rest = [r for r in d.source + d.target if r not in bad and r.country and (r.kind == "person" or not people)]
    if len({r.country for r in rest}) < 2:
        return None
    return [r for r in rest if r.country == rest[0].country], [r for r in rest if r.country != rest[0].country]


def _replace(side: list, bad: list, new: list) -> list:
    """A side with its party words swapped for the pair members it does not hold."""
    kept = [r for r in side if r not in bad]
    return kept + [r for r in new if r not in kept] if len(kept) < len(side) else side


def _fresh(d, bad: list, new: list, other_side: list) -> list:
    """Pair members a side may take: not already on the event, and no state the other side holds
    ("Lula and Xi watched their governments sign": Brazil is already Lula's side)."""
    held = {r.actor_id for r in d.source + d.target if r not in bad}
    across = {r.country for r in other_side if r not in bad}
    return [r for r in new if r.actor_id not in held and (r.kind == "person" or r.country not in across)]


def resolve_party_words(drafts: list, find_pair) -> None:
    """Swap each leftover party word for the pair it stands for; `find_pair(d, i, people)` gives the
    pair told in the sentence or before it, None when there is none."""
    for i, d in enumerate(drafts):
        bad = _leftovers(d)
        if not bad:
            continue
        people = any(r.name.lower() in PEOPLE_WORDS for r in bad)
        pair = _own_pair(d, bad, people) or find_pair(d, i, people)
        new = _pair_refs(pair, people) if pair is not None else []
        if len(new) < 2:  # no pair told: the word stays rather than a guess
            continue
        source = _replace(d.source, bad, _fresh(d, bad, new, d.target))
        d.target = _replace(d.target, bad, [r for r in _fresh(d, bad, new, d.source) if r not in source])
        d.source = source
