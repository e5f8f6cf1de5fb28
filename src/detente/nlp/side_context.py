"""Sides told around an event's own clause, across the drafts of a document: the gathering gone to, the
people of each delegation, the pair "the two officers" or "a meeting between the two leaders" stands for,
the author of an act a critic condemns. Called by nlp/events.py once every trigger has its draft; the
delegations again by nlp/pair_anaphors.py once repeats are merged and anaphoric meetings have their pair.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from detente.nlp.arguments import refs_for, with_country
from detente.nlp.antecedents import mention_of
from detente.nlp.mentions import Ref, state_ref
from detente.nlp.pronoun_companions import companions_of_pronoun
from detente.nlp.sides import (
    ARRIVAL_VERBS, ATTENDING, LEADER_VIA, THIRD_PARTY_NOUNS, children, inherited_subject, named_leader, party_key,
)
from detente.nlp.subject_actors import subject_refs
from detente.nlp.triggers import has_object, is_anaphoric, prep_objects


GATHERING_NOUNS = {"summit", "forum", "conference", "meeting", "dialogue", "assembly", "gathering", "congress"}
TRIP_NOUNS = {"trip", "journey", "visit"}


def _goes_to_gathering_told(token: Token) -> bool:
    """Going with no place of its own: bare "attend", "make the trip", "travel to the summit" (a gathering told before)."""
    lemma = token.lemma_.lower()
    if lemma in ATTENDING:
        return not has_object(token) or any(o.lemma_.lower() in GATHERING_NOUNS and is_anaphoric(o)
                                            for o in children(token, {"dobj"}))
    if token.pos_ == "NOUN" and lemma in TRIP_NOUNS:
        return is_anaphoric(token) and not prep_objects(token, {"to", "in"})
    places = prep_objects(token, {"to", "for"})
    return lemma in ARRIVAL_VERBS and bool(places) and all(
        p.lemma_.lower() in GATHERING_NOUNS and any(c.lower_ == "the" for c in p.children) for p in places)


def earlier_gathering(drafts: list) -> None:
    """"NATO leaders gather for a summit ... Trump is expected to attend": going, with no destination of its
    own, is to the gathering of an organisation told in the sentences just before (PLOVER multilateral)."""
    for i, draft in enumerate(drafts):
        if draft.type != "CONSULT" or any(party_key(r) for r in draft.target) or not _goes_to_gathering_told(draft.token):
            continue
        before = [d for d in drafts[:i] if d.type == "CONSULT" and d.mode == "multilateral"
                  and draft.sent.start - d.sent.start < 400 and _organisers(d)]
        if before:
            own = {party_key(r) for r in draft.source}
            draft.mode = "multilateral"
            draft.target = [r for r in _organisers(before[-1]) if party_key(r) not in own]
            draft.location = draft.location or before[-1].location


ACCOMPANY_VERBS = {"join", "accompany", "flank", "assist"}  # "Rubio joined Trump": Rubio is on Trump's side
BESIDE_VERBS = {"sit", "stand", "travel", "come", "be"}  # "Lavrov sat with Putin"
BESIDE_PREPS = {"with", "alongside", "beside", "next"}


def delegations(doc: Doc, drafts: list) -> None:
    """"The talks took place three on three: Rubio and Witkoff joined Trump, while Lavrov sat with Putin":
    people told as accompanying a party of a meeting, in its sentence or the next, are on that party's side,
    and so are the heads and members of its delegations told in the two sentences after it (after any
    sentence that tells it again: "... a meeting. The talks lasted four hours. X joined Rubio")."""
    for draft in (d for d in drafts if d.type == "CONSULT" and not _in_relative_clause(d.token)):
        for told in {t.sent.start: t.sent for t in [draft.token, *draft.repeats]}.values():
            _told_delegations(doc, draft, told)


def _told_delegations(doc: Doc, draft, sent) -> None:
    """The people who accompany a party, and the delegations' heads, told around one telling of the meeting."""
    close = _sent_and_next(doc, sent)
    # the delegations may be told one sentence further ("... talks. X led the U.S. team. Kyiv's was ...")
    later = _sent_and_next(doc, close[-1].sent)[len(close[-1].sent):] if close else []
    for verb in (t for t in close + later if t.pos_ in {"VERB", "AUX"} and t.i != draft.token.i):
        if verb.i <= close[-1].i:
            for chief, members in _accompanied(doc, verb):
                _join_side(draft, chief, members)
        for member in companions_of_pronoun(doc, verb):  # "X travelled with him": the compatriot's side
            if any(r.kind == "person" and r.country == member.country for r in draft.source + draft.target):
                _join_side(draft, member, [member])
        for country, ref in _delegation_heads(doc, verb):
            side = _delegation_side(draft, country, _names_team(verb))
            if side is not None and all(r.actor_id != ref.actor_id for r in side):
                side.append(with_country(ref, country))


def _accompanied(doc: Doc, verb: Token) -> list[tuple[Ref, list[Ref]]]:
    """(chief, companions) a verb tells: "X joined Y", "X sat with Y", and the passive "Y was accompanied
    by X" (the chief the subject, the companions the agents)."""
    lemma = verb.lemma_.lower()
    passive = lemma in ACCOMPANY_VERBS and bool(children(verb, {"nsubjpass"}))
    chiefs = children(verb, {"nsubjpass"}) if passive else children(verb, {"dobj"}) if lemma in ACCOMPANY_VERBS \
        else prep_objects(verb, BESIDE_PREPS) if lemma in BESIDE_VERBS else []
    companions = [g for a in children(verb, {"agent"}) for g in children(a, {"pobj"})] if passive \
        else children(verb, {"nsubj"})
    found = []
    for chief in (r for c in chiefs for r in refs_for(doc, c) if r.kind == "person" and r.country):
        found.append((chief, [with_country(r, chief.country) for s in companions for r in refs_for(doc, s)
                              if r.kind == "person" and r.country in {None, chief.country}]))
    return found


def _delegation_side(draft, country: str | None, team: bool) -> list[Ref] | None:
    """The side of a meeting a delegation of `country` belongs to: the one holding that country, else, for a
    team the text names as such ("Kyiv's delegation was headed by X"), an empty target when the source holds
    another country's delegation head (the counterpart of "talks" told without it)."""
    if not country:
        return None
    sides = [side for side in (draft.source, draft.target) if any(r.country == country for r in side)]
    if len(sides) == 1:
        return sides[0]
    # only the counterpart of a side whose own team the text tells ("X led the American team"): a host
    # opening a meeting is no party to it
    led = any(r.country and r.country != country and "head of delegation" in (r.role or "") for r in draft.source)
    return draft.target if not sides and team and not draft.target and led else None


def _names_team(verb: Token) -> bool:
    """"The Ukrainian delegation was headed by X", "X led the American team": the clause names a delegation."""
    subject = verb.head if verb.dep_ == "conj" else verb  # "... was headed by X and included Y"
    return any(t.lemma_.lower() in DELEGATION_NOUNS for t in children(subject, {"nsubjpass", "nsubj", "dobj"}))


def _in_relative_clause(token: Token) -> bool:
    """"contacts that Beijing cut off after a 2022 visit": an engagement told inside a relative clause is
    background to the sentence's news, not the meeting whose delegations the text goes on to name."""
    return any(a.dep_ == "relcl" for a in token.ancestors) or token.dep_ == "relcl"


LEADING_VERBS = {"lead", "head"}
SENDING_VERBS = {"send", "dispatch"}
MEMBER_VERBS = {"include", "comprise"}
DELEGATION_NOUNS = {"delegation", "team", "side"}
PART_NOUNS = {"part", "member"}


def _delegation_heads(doc: Doc, verb: Token) -> list[tuple[str | None, Ref]]:
    """"The Russian team was led by X", "X headed the Russian delegation", "Ukraine sent X": (state whose
    team it is, person) for each person who leads it or was sent; a gapped second agent ("..., and
    China's by Y") leads the team of the state named right before it."""
    lemma = verb.lemma_.lower()
    if lemma in LEADING_VERBS:
        passive = bool(children(verb, {"nsubjpass"}))
        teams = children(verb, {"nsubjpass"} if passive else {"dobj"})
        people = [(a, g) for a in _agents(verb) for g in children(a, {"pobj"})] if passive \
            else [(None, p) for p in children(verb, {"nsubj"})]
    elif lemma in SENDING_VERBS:
        teams, people = children(verb, {"nsubj"}), [(None, p) for p in children(verb, {"dobj"})]
    elif lemma in MEMBER_VERBS:  # "Kyiv's delegation ... included X and Y": members, of the team's state
        teams = [t for t in _own_subjects(verb) if t.lemma_.lower() in DELEGATION_NOUNS]
        people = [(None, p) for p in children(verb, {"dobj"})] if teams else []
    elif lemma == "be":  # "X was also part of the Russian delegation", "X was a member of Kyiv's team"
        teams = [g for a in children(verb, {"attr"}) if a.lemma_.lower() in PART_NOUNS
                 for g in prep_objects(a, {"of"}) if g.lemma_.lower() in DELEGATION_NOUNS]
        people = [(None, p) for p in children(verb, {"nsubj"})] if teams else []
    else:
        return []
    owners = [m._.ref.country for t in teams for x in t.subtree if (m := mention_of(doc, x)) is not None and m._.ref.country]
    team = owners[0] if owners else None
    found = []
    for agent, person in people:
        country = _gapped_owner(doc, agent) or team
        refs = _members(doc, person) if lemma in MEMBER_VERBS else refs_for(doc, person)
        found += [(country, r) for r in refs if r.kind == "person" and r.country in {None, country}]
    return found


def _members(doc: Doc, listed: Token) -> list[Ref]:
    """The people a delegation "included": the listed names, also those the parser hung inside one another,
    but not a person named in a phrase about one ("an aide to President X")."""
    return [r for r in subject_refs(doc, listed)
            if not any((m := mention_of(doc, t)) is not None and m._.ref.actor_id == r.actor_id
                       and t.dep_ == "pobj" for t in listed.subtree)]


def _own_subjects(verb: Token) -> list[Token]:
    """A verb's subject, or its first conjunct's ("was headed by X and included Y")."""
    own = children(verb, {"nsubj", "nsubjpass"})
    return own or (children(verb.head, {"nsubj", "nsubjpass"}) if verb.dep_ == "conj" else [])


def _agents(verb: Token) -> list[Token]:
    """The "by" phrases of a passive, with a gapped one the parser hangs on the first agent's conjunct
    ("led by X, and China's by Y")."""
    agents = children(verb, {"agent"})
    gapped = [conj for a in agents for g in children(a, {"pobj"}) for conj in g.conjuncts] + \
        [conj for conj in verb.conjuncts if conj.pos_ in {"PROPN", "NOUN"}]  # or on the verb itself
    return agents + [c for conj in gapped for c in conj.children if c.dep_ in {"prep", "agent"} and c.lower_ == "by"]


def _gapped_owner(doc: Doc, agent: Token | None) -> str | None:
    """"..., and China's by Y": the state whose possessive stands right before a gapped "by"."""
    if agent is None or agent.i < 2 or doc[agent.i - 1].tag_ != "POS":
        return None
    owner = mention_of(doc, doc[agent.i - 2])
    return owner._.ref.country if owner is not None else None


def _sent_and_next(doc: Doc, sent) -> list[Token]:
    """A sentence and the one after it (the parser may cut "... met: X joined Y" at the colon)."""
    nxt = doc[sent.end].sent if sent.end < len(doc) else None
    return list(sent) + (list(nxt) if nxt is not None else [])


def _join_side(draft, chief: Ref, members: list[Ref]) -> None:
    """Add a delegation's head and members to the one side of the draft that holds the head's country."""
    sides = [side for side in (draft.source, draft.target) if any(r.country == chief.country for r in side)]
    if len(sides) != 1 or not members:
        return
    for ref in [chief] + members:
        if all(r.actor_id != ref.actor_id for r in sides[0]):
            sides[0].append(ref)


def _organisers(draft) -> list[Ref]:
    """The international bodies whose gathering an event is."""
    return [r for r in draft.source + draft.target if r.sector == "IGO"]


# Definite nouns that name an act told before ("condemned the measures", "rejected the move").
ACT_NOUNS = {"measure", "move", "decision", "step", "sanction", "action", "restriction", "ban", "strike",
             "attack", "policy", "tariff", "deployment", "seizure", "arrest", "expulsion", "incident",
             # military shows of force ("condemned the drills"): MOBILIZE acts named by their kind
             "drill", "exercise", "manoeuvre", "maneuver", "patrol", "incursion", "blockade", "launch"}
# Definite nouns that name a statement told before ("rejected the charge", "dismissed the warning").
SAID_NOUNS = {"charge", "accusation", "allegation", "claim", "criticism", "warning", "threat", "demand"}
HOSTILE_TYPES = {"SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "THREATEN", "PROTEST"}
SAYING_TYPES = {"ACCUSE", "THREATEN", "REQUEST", "REJECT"}
ANSWERING_TYPES = {"ACCUSE", "REJECT", "SUPPORT"}


def _told_by(draft, noun: str, earlier) -> bool:
    """Whether an earlier draft can be the act or statement the definite object `noun` of `draft` stands for:
    a hostile act for a critic, any deed for a supporter ("welcomed the decision"), a statement aimed at the
    answerer's side for a rejection ("rejected the charge")."""
    if noun in SAID_NOUNS:
        answering = {party_key(r) for r in draft.source}
        return earlier.type in SAYING_TYPES and bool(answering & {party_key(r) for r in earlier.target} - {None})
    if draft.type == "SUPPORT":
        return earlier.type not in SAYING_TYPES | {"SUPPORT"}
    return earlier.type in HOSTILE_TYPES


def _answered_act(draft, earlier: list):
    """Of the acts a definite noun may stand for, the one answered: a critic's, the latest done to its own
    side when one is told ("Qatar denounced the attack" after strikes on Qatar and on Iran), else the latest."""
    own = {party_key(r) for r in draft.source} - {None}
    aimed = [d for d in earlier if own & {party_key(r) for r in d.target}] if draft.type != "SUPPORT" else []
    return (aimed or earlier or [None])[-1]


def criticised_acts(drafts: list) -> None:
    """"Putin called the measures an unfriendly act", "Kyiv welcomed the decision", "Beijing rejected the
    charge": answering a definite act or statement noun with no one named answers the author of the latest
    such act told before (within a few sentences), if not the answerer's own; a target guessed from the
    sentence alone gives way."""
    for i, draft in enumerate(drafts):
        if draft.type not in ANSWERING_TYPES or not draft.source or \
                any(party_key(r) and r.via != "context" for r in draft.target):
            continue
        acts = [o.lemma_.lower() for o in children(draft.token, {"dobj"})
                if o.lemma_.lower() in ACT_NOUNS | SAID_NOUNS and is_anaphoric(o)]
        if not acts or (draft.type == "SUPPORT" and acts[0] in SAID_NOUNS):
            continue
        own = {party_key(r) for r in draft.source}
        earlier = [d for d in drafts[:i] if d.sent.start < draft.sent.start and _told_by(draft, acts[0], d)
                   and draft.sent.start - d.sent.start < 250 and any(party_key(r) not in own | {None} for r in d.source)]
        act = _answered_act(draft, earlier)
        if act is not None:
            draft.target = _sides_of_people([r for r in act.source if party_key(r) not in own])
    _authors_of_objects(drafts)
    _continued_acts(drafts)


ENACTING_TYPES = {"AGREE", "SANCTION", "AID", "COOPERATE"}


def _continued_acts(drafts: list) -> None:
    """"Parliament voted to admit Finland; the president then signed the measure": enacting a definite
    act noun with no one named carries on its own side's act told just before, so it goes to that act's target."""
    for i, draft in enumerate(drafts):
        if draft.type not in ENACTING_TYPES or not draft.source or any(party_key(r) for r in draft.target):
            continue
        if not any(o.lemma_.lower() in ACT_NOUNS | {"bill"} and is_anaphoric(o) for o in children(draft.token, {"dobj"})):
            continue
        own = {party_key(r) for r in draft.source} - {None}
        earlier = [d for d in drafts[:i] if d.token.i < draft.token.i and draft.sent.start - d.sent.start < 250
                   and own & {party_key(r) for r in d.source}]
        if earlier:
            draft.target = [r for r in earlier[-1].target if party_key(r) not in own | {None}]


def _sides_of_people(refs: list[Ref]) -> list[Ref]:
    """The states the people among these authors act for: an answer is to the side, not to the person
    (who took no part in the answer's occasion)."""
    from detente.nlp.context import current_kb
    out: list[Ref] = []
    for ref in refs:
        ref = state_ref(ref.country, current_kb(), "context") if ref.kind == "person" and ref.country else ref
        if all(ref.actor_id != r.actor_id for r in out):
            out.append(ref)
    return out


def _authors_of_objects(drafts: list) -> None:
    """"Russia condemned the sanctions the EU imposed": criticising an act told in its clause answers its author."""
    at = {d.token.i: d for d in drafts}
    for draft in (d for d in drafts if d.type in {"ACCUSE", "REJECT"} and not any(party_key(r) for r in d.target)):
        own = {party_key(r) for r in draft.source}
        acts = [at[o.i] for o in children(draft.token, {"dobj"}) if o.i in at and at[o.i].type in HOSTILE_TYPES]
        authors = [r for a in acts for r in a.source if party_key(r) not in own | {None}]
        draft.target = authors or draft.target


def _pair_before(drafts: list, i: int, window: int = 1500) -> tuple[list[Ref], list[Ref]] | None:
    """The two sides of the latest two-sided engagement told before draft i (within `window` characters)."""
    here = drafts[i].sent.start_char
    for d in reversed(drafts[:i]):
        keys = [{party_key(r) for r in side} - {None} for side in (d.source, d.target)]
        if d.type in {"CONSULT", "AGREE", "COOPERATE", "RETREAT"} and here - d.sent.start_char < window \
                and all(keys) and not keys[0] & keys[1]:
            return d.source, d.target
    return None


def _between_anaphor(token: Token) -> bool:
    """"a meeting between the two presidents": the pair named by a phrase that points back to them."""
    from detente.nlp.antecedents import is_party_anaphor
    return any(is_party_anaphor(o) for o in prep_objects(token, {"between"}))


def _object_anaphor(token: Token) -> bool:
    """"phoned both leaders", "met the two ministers": the pair just told, named as the one spoken with."""
    from detente.nlp.antecedents import is_party_anaphor
    objects = children(token, {"dobj"}) + prep_objects(token, {"with"}) if token.pos_ == "VERB" else []
    return any(is_party_anaphor(o) and any(c.lower_ in {"both", "two"} for c in o.children) for o in objects)


def pairs_told_before(drafts: list) -> None:
    """A mediation with no parties named, "a meeting between the two leaders" asked by one of them: the parties are
    the two sides of the engagement just told (the mediator is on neither; the asker's counterpart is the target)."""
    for i, draft in enumerate(drafts):
        if draft.type == "CONSULT" and (_unplaced_pair_subject(draft) or _unplaced_between(draft)):
            draft.source, draft.target, draft.party_anaphor = [], [], True  # event linking gives the pair
            continue
        if draft.type != "CONSULT" or not draft.source or any(party_key(r) for r in draft.target):
            continue
        mediating = draft.mode == "third-party" and draft.token.lemma_.lower() in MEDIATING
        mediating = mediating or _object_anaphor(draft.token)  # "phoned both leaders": a third party talks with each
        if not (mediating or _between_anaphor(draft.token)):
            continue
        pair = _pair_before(drafts, i)
        if pair is None:
            continue
        own = {party_key(r) for r in draft.source}
        sides = [side for side in pair if not own & {party_key(r) for r in side}]
        if mediating and len(sides) == 2:  # the mediator talks with both
            draft.target = sides[0] + sides[1]
        elif not mediating and len(sides) == 1:
            draft.target = list(sides[0])
            if _between_leaders(draft.token):  # "a meeting between the two presidents": the leaders meet
                draft.source = draft.source + leaders_of(draft.token.doc, draft.source)
                draft.target = leaders_of(draft.token.doc, draft.target) + draft.target


LEADER_NOUNS = {"leaders", "presidents", "premiers", "heads"}


def _between_leaders(token: Token) -> bool:
    """"between the two leaders / presidents": the pair named are the states' leaders themselves."""
    return any(o.lower_ in LEADER_NOUNS for o in prep_objects(token, {"between"}))


def leaders_of(doc: Doc, side: list[Ref]) -> list[Ref]:
    """The leaders of a side's states that the article names (the first named of each), not on the side yet."""
    out: list[Ref] = []
    for country in dict.fromkeys(r.country for r in side if r.country):
        leader = named_leader(doc, {country})
        if leader is not None and all(leader.actor_id != r.actor_id for r in side + out):
            out.append(replace(leader, via=LEADER_VIA))
    return out


MEDIATING = THIRD_PARTY_NOUNS | {"mediate", "broker", "facilitate", "arbitrate"}


def _unplaced_pair_subject(draft) -> bool:
    """"The two officers are due to speak again": a pair anaphor (also as the subject the verb inherits)
    read only as a group of no state stands for the two parties told before, not for a new actor."""
    from detente.nlp.antecedents import is_party_anaphor
    token = draft.token
    subjects = children(token, {"nsubj"}) or (inherited_subject(token) if token.pos_ == "VERB" else [])
    refs = draft.source + draft.target
    return bool(subjects) and is_party_anaphor(subjects[0]) and bool(refs) and \
        all(r.kind == "group" and not r.country for r in refs)


def _unplaced_between(draft) -> bool:
    """"a call between theater commanders": people of no state named only by their office, in a "between"
    phrase, are the two parties of the engagement told before (as "the two officers" are)."""
    from detente.nlp.antecedents import PARTY_NOUNS
    refs = draft.source + draft.target
    between = prep_objects(draft.token, {"between"})
    return bool(between) and between[0].lower_ in PARTY_NOUNS and not between[0].conjuncts and \
        all(r.kind == "group" and not r.country for r in refs)
