"""Who is on each side of an event, read from the syntax of its trigger.

A verb's subject (or passive agent) is the source and its objects the target; an event noun takes its
sides from owners ("Rubio's meeting"), "between" phrases, the light verb that holds it ("held talks")
or the clause around it; a proposal noun gives proposer -> the side asked. Written order is kept, so
"X and Y met" makes X the source. Context (other sentences, places) is filled in by nlp/events.py.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.nlp.arguments import mention_of, refs_for
from detente.nlp.mentions import Ref
from detente.nlp.status import answering_verb
from detente.nlp.triggers import LIGHT_VERBS, prep_objects

def children(token: Token, deps: set[str]) -> list[Token]:
    """The token's dependents with these relations."""
    return [c for c in token.children if c.dep_ in deps]


def party_key(ref: Ref) -> str | None:
    """What tells two parties apart in a sentence: their country, or IGO for international bodies."""
    return ref.country or ("IGO" if ref.sector == "IGO" else None)


THIRD_PARTY_NOUNS = {"mediation", "mediator", "facilitation", "arbitration"}


def source_target(doc: Doc, token: Token, governor: Token | None) -> tuple[list[Ref], list[Ref]]:
    """Source and target from the syntax of a verb or noun trigger."""
    if governor is not None and governor.pos_ == "NOUN":
        return _proposal_sides(doc, token, governor, [], [])
    if token.pos_ == "VERB":
        return _verb_sides(doc, token)
    return _noun_sides(doc, token, governor)


def subject_refs(doc: Doc, head: Token | None) -> list[Ref]:
    """The subject's actors, plus people the parser hung inside it ("Hegseth and Indian Defense Minister Singh")."""
    refs = refs_for(doc, head)
    if head is None:
        return refs
    for t in head.subtree:
        span = mention_of(doc, t)
        if span is not None and span._.ref.kind == "person" and all(r.actor_id != span._.ref.actor_id for r in refs):
            refs.append(span._.ref)
    return sorted(refs, key=lambda r: _first_named(doc, head, r))


def _first_named(doc: Doc, head: Token, ref: Ref) -> int:
    """Where the subject first names an actor: "X and Y met" keeps the written order even when the
    parser hangs X inside Y's name."""
    return next((t.i for t in head.subtree if (span := mention_of(doc, t)) is not None
                 and span._.ref.actor_id == ref.actor_id), head.i)


def inherited_subject(token: Token) -> list[Token]:
    """"Syria is willing to withdraw", "agreed to talk": the subject of the clause an xcomp hangs from."""
    node = token
    for _ in range(3):
        if node.dep_ not in {"xcomp", "conj", "acomp"} or node.head.i == node.i:
            return []
        node = node.head
        subj = children(node, {"nsubj", "nsubjpass"})
        if subj:
            return subj
    return []


DASHES = {"\u2014", "\u2013", "--", "-"}


def is_dateline(token: Token) -> bool:
    """"MANILA — The officer demanded ...": a dateline the parser took for a second subject."""
    return token.i == token.sent.start and any(c.dep_ == "punct" and c.text in DASHES for c in token.children)


def _verb_sides(doc: Doc, token: Token) -> tuple[list[Ref], list[Ref]]:
    subj = [s for s in children(token, {"nsubj"}) if not is_dateline(s)] or inherited_subject(token)
    is_passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in token.children)
    agent = [g for c in children(token, {"agent"}) for g in c.children if g.dep_ == "pobj"] if is_passive else []
    passive = children(token, {"nsubjpass"})
    source = [r for head in (agent or subj or [None]) for r in subject_refs(doc, head)]
    objects = children(token, {"dobj"}) + prep_objects(token, {"with", "to", "against", "on", "about", "over"})
    target = [r for o in objects for r in refs_for(doc, o, loose=True)] + \
        [r for p in passive for r in refs_for(doc, p)]
    if not any(party_key(r) for r in target):  # "break off relations with X", "send aid to X"
        target += [r for o in children(token, {"dobj"}) for p in prep_objects(o, {"with", "to", "against"})
                   for r in refs_for(doc, p)]
    return split_pair(source, target)


def split_pair(source: list[Ref], target: list[Ref]) -> tuple[list[Ref], list[Ref]]:
    """"X and Y met", "X and Y held talks": with no one else named, the first named is the source."""
    if len(source) > 1 and not target:
        return source[:1], source[1:]
    return source, target


def _modifier_refs(doc: Doc, token: Token) -> list[Ref]:
    """Actors named before an event noun: "Rubio's meeting", "a Trump-Xi summit"."""
    refs: list[Ref] = []
    for child in children(token, {"poss", "nmod", "compound"}):
        for t in child.subtree:
            for ref in refs_for(doc, t, False) if t.dep_ in {"poss", "nmod", "compound", "pobj"} or t.i == child.i else []:
                if all(r.actor_id != ref.actor_id for r in refs):
                    refs.append(ref)
    return refs


def _proposal_sides(doc, token, noun, source, target) -> tuple[list[Ref], list[Ref]]:
    """"Washington's request for a meeting, which Beijing declined": proposer -> the side asked."""
    proposer = [r for c in noun.children if c.dep_ == "poss" for r in refs_for(doc, c)]
    proposer += [r for o in prep_objects(noun, {"from", "by"}) for r in refs_for(doc, o)]
    verb, answered = answering_verb(noun)
    asked = refs_for(doc, next(iter(children(verb, {"nsubj"})), None)) if verb is not None else []
    if not proposer and noun.dep_ == "dobj" and verb is None:
        proposer = refs_for(doc, next(iter(children(noun.head, {"nsubj"})), None))
        asked = [r for o in children(noun.head, {"dobj", "dative"}) if o.i != noun.i for r in refs_for(doc, o)]
    places = children(token, {"dobj"}) if token.pos_ == "VERB" else []
    destination = [r for o in places + prep_objects(token, {"with", "to"}) for r in refs_for(doc, o)]
    if noun.lemma_.lower() == "invitation" and token.lemma_.lower() in {"visit", "attend", "travel", "come"}:
        return asked, proposer + [d for d in destination if d.country not in {p.country for p in proposer}]
    return (proposer or source), target + asked + destination


GUEST_VERBS = {"visit", "attend", "travel", "come"}


def invited_sides(doc: Doc, governor: Token | None, source: list[Ref], target: list[Ref]) -> tuple[list[Ref], list[Ref]]:
    """"X invited Y to the inauguration / to visit": Y would come (source), X hosts (target), as for an invitation noun."""
    if governor is None or governor.pos_ != "VERB" or governor.lemma_.lower() != "invite":
        return source, target
    guests = [r for o in children(governor, {"dobj"}) for r in refs_for(doc, o)]
    if not guests:
        return source, target
    hosts = [r for s in children(governor, {"nsubj"}) if not is_dateline(s) for r in subject_refs(doc, s)]
    keys = {r.actor_id for r in guests}
    rest = [r for r in source + target if r.actor_id not in keys]
    return guests, hosts + [r for r in rest if r.actor_id not in {h.actor_id for h in hosts}]


def clause_subject(token: Token) -> Token | None:
    """The subject of the verb whose object or prepositional phrase holds the event noun
    ("Sullivan spent two days in talks with Wang", "wrapped up a visit with a meeting with Zhang")."""
    node = token
    while node.dep_ in {"pobj", "prep", "dobj", "conj", "appos", "npadvmod"} and node.head.i != node.i:
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            subj = next((c for c in node.children if c.dep_ in {"nsubj"}), None)
            if subj is None:  # "Xi is expected to make a trip", "it is prepared to impose martial law"
                subj = next(iter(inherited_subject(node)), None)
            return subj
    return None


def light_verb(token: Token) -> Token | None:
    """"held talks", "imposed sanctions": the verb whose subject is the event's source."""
    return token.head if token.dep_ == "dobj" and token.head.lemma_.lower() in LIGHT_VERBS else None


def _noun_sides(doc: Doc, token: Token, governor: Token | None) -> tuple[list[Ref], list[Ref]]:
    owners = _modifier_refs(doc, token)
    source, target = owners[:1], owners[1:]
    third_party = token.lemma_.lower() in THIRD_PARTY_NOUNS
    if token.dep_ == "compound" and not governor:  # "a mediation effort between A and B": the phrase's head speaks
        token = token.head
    between = prep_objects(token, {"between"})
    if between and not source and third_party:  # the mediator is the clause's subject; both sides receive
        source, target = refs_for(doc, clause_subject(token)), target + refs_for(doc, between[0])
    elif between and not source:  # "a meeting between Li Qiang and Takaichi"
        sides = refs_for(doc, between[0])
        source, target = sides[:1], target + sides[1:]
    if governor is not None and governor.pos_ == "NOUN":
        return _proposal_sides(doc, token, governor, source, target)
    if not source:
        head = governor or light_verb(token)
        if head is not None:
            subjects = [s for s in children(head, {"nsubj"}) if not is_dateline(s)]
            source = subject_refs(doc, next(iter(subjects), None))
            if not prep_objects(token, {"with", "to"}):  # "X and Y held talks": no other party named
                source, target = split_pair(source, target)
    target += [r for o in prep_objects(token, {"with", "to", "against", "on", "about", "over"})
               for r in refs_for(doc, o, loose=token.lemma_.lower() not in {"meeting", "talk", "call"})]
    if not source:
        source = [r for r in refs_for(doc, clause_subject(token)) if r.actor_id not in {t.actor_id for t in target}]
    verb = governor or light_verb(token)
    if verb is not None and not target:
        objects = [o for o in children(verb, {"dobj", "dative"}) if o.i != token.i]
        objects += prep_objects(verb, {"on", "against", "with"})
        target += [r for o in objects for r in refs_for(doc, o)]
    return source, [t for t in target if all(t.actor_id != s.actor_id for s in source)]


def consult_geometry(token, mode, source, target, location):
    """Where a meeting happens tells its mode: the host's country -> visit (visitor as source), elsewhere -> third-party."""
    if token.lemma_.lower() == "host" and target:
        source, target = target, source
    if mode is not None or location is None or not location.country or not source or not target:
        return mode, source, target
    src = {r.country for r in source}
    tgt = {r.country for r in target}
    here = location.country
    if here in tgt and here not in src:
        return "visit", source, target
    if here in src and here not in tgt:
        return "visit", target, source
    return ("third-party" if here not in src | tgt else mode), source, target
