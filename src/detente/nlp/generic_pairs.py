"""Who acts when an engagement's own clause names nobody: "negotiators settled on the patrol terms", "the
next round will be held in Geneva", "a truce agreed on Monday", "ministers signed nine accords", "the truce
held", "each government blamed the other" are acts of the pair of states the article is telling about: the one
pair told around them, or its main pair when that is told there at least as often as any rival. The act's place
("talks in Doha") and broker ("a deal brokered by Oman") name no side, and an outcome told as not reached ("no
accord was announced") is the pair's as well.
Runs inside `pair_anaphors.fill_parties`, after the drafts with a party anaphor got their pair.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from spacy.tokens import Doc, Token

from detente.nlp.events import Draft
from detente.nlp.syntax import governing_verb

PAIR_TYPES = {"AGREE", "CONSULT", "RETREAT", "ACCUSE"}
# words that stand for one of the two sides, or for their joint business, without naming either
GENERIC_AGENTS = {"negotiator", "delegation", "side", "neighbour", "neighbor", "country", "government", "nation",
                  "team", "talk", "round", "negotiation", "truce", "ceasefire", "understanding", "deal",
                  "agreement", "accord", "meeting", "troop", "force", "disengagement", "de-escalation"}
# people who act for their side: plural and unnamed ("ministers signed", "officials initialled"), the two delegations
PEOPLE_AGENTS = {"minister", "official", "leader", "envoy", "diplomat", "representative", "delegate", "aide"}
PAIR_COUNTS = {"two", "both"}
JOINT_WITHDRAWALS = {"disengagement", "de-escalation", "pullback", "disengage"}
NEAR_BEFORE, NEAR_AFTER = 4, 2  # sentences around the act in which its pair is told
# where an act was held ("talks in the Qatari capital"): the place is no side of it
PLACE_PREPS = {"in", "at", "inside", "near"}
# "a deal brokered by X", "talks hosted by X": the one who brings the pair together is no side of their act
BROKER_VERBS = {"broker", "mediate", "host", "facilitate", "sponsor", "arrange"}
# outcomes told as not reached ("no agreement was announced", "no talks were held") are the pair's too
NEGATED_TYPES = {"AGREE", "CONSULT"}


def _agent_words(token: Token) -> list[Token]:
    """The words that could say who acts: the trigger noun itself, the noun an "agreed" phrase modifies,
    the clause's subject, and the of-object of a noun ("disengagement of troops")."""
    words = [token] if token.pos_ in {"NOUN", "PROPN"} else []
    if token.dep_ == "acl":  # "a truce agreed on Monday"
        words.append(token.head)
    verb = token
    while verb.dep_ in {"dobj", "pobj", "prep", "acl", "xcomp"} and verb.head.i != verb.i:
        verb = verb.head
        if verb.pos_ in {"VERB", "AUX"}:
            break
    words += [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    words += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    return words


def _scope(token: Token) -> list[Token]:
    """The act's own words: the noun phrase a subject trigger heads ("a truce agreed on Monday was
    followed by strikes": not the strikes), else its clause without the clauses hung on it."""
    noun = token.head if token.dep_ == "acl" else token
    if noun.dep_ in {"nsubj", "nsubjpass"} and noun.pos_ in {"NOUN", "PROPN"}:
        return list(noun.subtree)
    verb = governing_verb(token)
    cut = {t.i for c in verb.children if c.dep_ in {"ccomp", "advcl", "parataxis", "conj"} for t in c.subtree}
    return [t for t in verb.subtree if t.i not in cut]


def _generic(word: Token) -> bool:
    """A word standing for a side without naming it: a generic agent, or people of no named side in the plural
    ("ministers signed"; "a minister signed" is one side, which the words do not say)."""
    lemma = word.lemma_.lower()
    return lemma in GENERIC_AGENTS or (lemma in PEOPLE_AGENTS and word.tag_ == "NNS")


def _more_than_two(words: list[Token]) -> bool:
    """"the three juntas signed a pact": a count of parties other than two is no pair."""
    return any(c.dep_ == "nummod" and c.pos_ == "NUM" and c.lower_ not in PAIR_COUNTS for w in words for c in w.children)


def _unnamed(doc: Doc, d: Draft) -> bool:
    """A generic agent ("negotiators", "the round", "each government", "officials") acts and no actor is named in
    the act's own words (a speaker who tells it, "the minister said that ...", "according to X", is outside them)."""
    words = _agent_words(d.token)
    if not any(_generic(w) for w in words) or _more_than_two(words):
        return False
    scope = {t.i for t in _scope(d.token)} - _attributions(d.token) - _places_and_brokers(d.token)
    return not any(span.start <= i < span.end for span in doc.spans.get("actors", []) if _party(span) for i in scope)


def _places_and_brokers(token: Token) -> set[int]:
    """The words of the act's place ("talks in Riyadh") and of its broker ("a deal brokered by Qatar"): a
    place or go-between named in the act's phrase is not one of the two sides that act."""
    heads = [token, token.head] if token.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"} else [token]
    out = {t.i for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS for t in c.subtree}
    brokers = [c for c in token.children if c.dep_ == "acl" and c.lemma_.lower() in BROKER_VERBS]
    return out | {t.i for b in brokers for a in b.children if a.dep_ == "agent" for t in a.subtree}


def _attributions(token: Token) -> set[int]:
    """The words of "according to X" phrases in the act's sentence: the source of the report, not a party."""
    return {t.i for w in token.sent if w.lower_ == "according" and w.dep_ == "prep" for t in w.subtree}


def _party(span) -> bool:
    """A mention that could be a side: a known state, person or body ("the Line of Control", a name of no
    country or sector the reader could place, is a place-like name, not a party)."""
    ref = span._.ref
    return ref is not None and (ref.country is not None or ref.sector is not None or ref.kind in {"person", "state"})


def _state_pair(d: Draft) -> tuple[str, str] | None:
    """The two states of a two-sided engagement; a mediation or a call to both ("phoned both leaders"), a third
    party's dealing with the pair, is none (neither the pair nor a rival to it)."""
    a = {r.country for r in d.source if r.country}
    b = {r.country for r in d.target if r.country}
    if d.mode == "third-party" or len(a) != 1 or len(b) != 1 or a == b:
        return None
    pair = a.pop(), b.pop()
    from detente.nlp.context import current_kb
    # a bloc's code ("IGO") is no state: "the Malaysian premier chided ASEAN" is no rival pair of states
    return pair if all(current_kb().get(f"state:{c}") is not None for c in pair) else None


def _told_pair(doc: Doc, d: Draft, drafts: list[Draft], index: dict[int, int],
               main: frozenset | None = None) -> tuple[str, str] | None:
    """The pair of states the act belongs to: the one pair told in its sentence and those before (an unnamed act
    looks back to the engagement it is part of), else the one told just after it; among several, the article's
    main pair when it is told there at least as often as any other (news text tells its own engagement most)."""
    here = index[d.sent.start]
    near = [(x, p) for x in drafts if x is not d and (p := _state_pair(x))
            and -NEAR_BEFORE <= index[x.sent.start] - here <= NEAR_AFTER]
    # the act's own sentence tells its pairs with it: all of them count as told before
    before = [p for x, p in near if index[x.sent.start] <= here]
    after = [p for x, p in near if index[x.sent.start] > here]
    chosen = _one_pair(before or after, main)
    if chosen is None:
        return None
    told = [p for p in (_state_pair(x) for x in drafts) if p and frozenset(p) == chosen]
    return told[0]  # in the order the article first told them


def _one_pair(pairs: list[tuple[str, str]], main: frozenset | None) -> frozenset | None:
    """The only pair of a list, else the main pair if no other is told more often in it."""
    counts = Counter(frozenset(p) for p in pairs)
    if len(counts) == 1:
        return next(iter(counts))
    if main is not None and counts.get(main, 0) >= max(counts.values(), default=1):
        return main
    return None


def _main_pair(drafts: list[Draft]) -> frozenset | None:
    """The pair of states the article tells most acts between (None on a tie): the engagement it is about."""
    counts = Counter(frozenset(p) for p in map(_state_pair, drafts) if p).most_common(2)
    if not counts or (len(counts) == 2 and counts[0][1] == counts[1][1]):
        return None
    return counts[0][0]


def _each_other(token: Token) -> bool:
    """"each government blaming the other", "blamed each other": a charge running both ways."""
    words = {t.lower_ for t in token.subtree} | {c.lower_ for w in _agent_words(token) for c in w.children}
    return "each" in words and "other" in words


def _eligible(d: Draft) -> bool:
    """Acts the pair does together (agreeing, meeting, a joint pullback) or a charge each makes of the other."""
    negated = d.status == "negated" and d.type in NEGATED_TYPES
    if d.source or d.target or d.type not in PAIR_TYPES or (d.status not in {"occurred", "planned"} and not negated):
        return False
    if d.type == "RETREAT":  # a mutual pullback, or a ceasefire told as in force ("the truce took hold")
        return d.token.lemma_.lower() in JOINT_WITHDRAWALS or _in_force(d)
    return d.type != "ACCUSE" or _each_other(d.token)


def _in_force(d: Draft) -> bool:
    """"A ceasefire took effect", "the truce held": a ceasefire the subject of its own clause is the pair's halt
    of fire; as an object or after a preposition ("agreed to a truce", "under the ceasefire") it is the
    content of another act."""
    return d.mode == "ceasefire" and d.token.pos_ == "NOUN" and d.token.dep_ in {"nsubj", "nsubjpass"}


def fill_generic_pairs(doc: Doc, drafts: list[Draft]) -> None:
    """Give an unnamed joint act the pair told around it, both ways for a mutual charge."""
    todo = [d for d in drafts if _eligible(d) and _unnamed(doc, d)]
    if not todo:
        return
    from detente.nlp.context import current_kb
    from detente.nlp.mentions import state_ref
    from detente.nlp.sides import geometry_by_place
    index = {s.start: i for i, s in enumerate(doc.sents)}
    main = _main_pair(drafts)
    for d in todo:
        pair = _told_pair(doc, d, drafts, index, main)
        if pair is None:
            continue
        a, b = (state_ref(code, current_kb(), "pair") for code in pair)
        d.source, d.target, d.reciprocal = [a], [b], d.type != "ACCUSE"
        if d.type == "CONSULT" and d.mode is None:  # "talks in the Qatari capital": held where neither lives
            d.mode, d.source, d.target = geometry_by_place(d.mode, d.source, d.target, d.location)
        if d.type == "ACCUSE":  # "each blamed the other": two charges, one each way
            drafts.insert(drafts.index(d) + 1, replace(d, source=[b], target=[a], links=[], repeats=[]))


def _state_sides(d: Draft) -> tuple[str, str] | None:
    """The pair of an act whose sides are bare states ("Thailand and Cambodia agreed"), None if people are named."""
    if any(r.kind != "state" for r in d.source + d.target):
        return None
    return _state_pair(d)


def _people_by_country(d: Draft) -> dict[str, list]:
    """The people on the sides of a meeting, by their state."""
    out: dict[str, list] = {}
    for r in d.source + d.target:
        if r.kind == "person" and r.country:
            out.setdefault(r.country, []).append(r)
    return out


def _same_day(a: Draft, b: Draft) -> bool:
    """Two acts not dated apart (either undated, or on the same first day)."""
    return a.date is None or b.date is None or a.date.first == b.date.first


def meeting_people(doc: Doc, drafts: list[Draft]) -> None:
    """"X and Y agreed to a ceasefire. Their leaders A and B held talks ...": an agreement of two bare states
    told with the meeting that made it (same sentence or the next) is made by the people who met."""
    index = {s.start: i for i, s in enumerate(doc.sents)}
    for d in drafts:
        pair = _state_sides(d) if d.type == "AGREE" and d.status == "occurred" else None
        if pair is None:
            continue
        for m in drafts:
            if m.type != "CONSULT" or m.status != "occurred" or not 0 <= index[m.sent.start] - index[d.sent.start] <= 1:
                continue
            people = _people_by_country(m)
            if frozenset(people) == frozenset(pair) and _same_day(d, m):  # a hosted meeting too
                d.source = d.source + people[pair[0]]
                d.target = d.target + people[pair[1]]
                break
