"""Who "the two sides" are: a pair anaphor ("the two leaders met", "their call", "both countries agreed")
stands for the two parties of the engagement told before it, else for the article's main pair of people.
Runs inside `event_links.settle`.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.nlp.count_anaphors import fill_counted_parties
from detente.nlp.dyad_targets import GUESSED as INFERRED  # refs no word of the clause names: a place, a host, a guess
from detente.nlp.events import Draft
from detente.nlp.generic_pairs import fill_generic_pairs, meeting_people
from detente.nlp.mentions import state_ref
from detente.nlp.object_anaphors import fill_object_pairs
from detente.nlp.party_words import resolve_party_words
from detente.nlp.role_anaphors import role_pair
from detente.nlp.side_context import delegations
from detente.nlp.sides import geometry_by_place, inherited_subject


def _main_pair(doc: Doc):
    """The article's two most-mentioned people of different countries: who "the two leaders" are."""
    counts: dict[str, list] = {}
    for span in doc.spans.get("actors", []):
        ref = span._.ref
        if ref.kind == "person" and ref.country and not any(t._.skip for t in span):
            counts.setdefault(ref.actor_id, [0, ref])[0] += 1
    people = [r for _, r in sorted(counts.values(), key=lambda x: -x[0])]
    first = people[0] if people else None
    second = next((p for p in people[1:] if first and p.country != first.country), None)
    return (first, second) if first and second else None


def _main_states(doc: Doc):
    """The article's two most-mentioned states (by their own names and their people): who "the two
    countries" are when no engagement before names them and no two people lead the article."""
    from detente.nlp.context import current_kb
    counts: dict[str, int] = {}
    for span in doc.spans.get("actors", []):
        ref = span._.ref
        if ref is not None and ref.country and ref.kind in {"state", "person"} and not any(t._.skip for t in span):
            counts[ref.country] = counts.get(ref.country, 0) + 1
    ranked = sorted(counts, key=lambda c: -counts[c])
    if len(ranked) < 2 or (len(ranked) > 2 and counts[ranked[1]] == counts[ranked[2]]):
        return None  # a tie for second place names no pair
    return state_ref(ranked[0], current_kb(), "pair"), state_ref(ranked[1], current_kb(), "pair")


STATE_NOUNS = {"side", "country", "nation", "government", "state", "capital", "military", "army",
               "power", "delegation", "administration", "ally", "neighbor", "neighbour"}


def _anaphor_subject(token: Token) -> Token | None:
    """The subject of the clause an event word heads (or is the object of)."""
    verb = token if token.pos_ in {"VERB", "AUX"} else (token.head if token.dep_ in {"dobj", "pobj"} else None)
    if verb is not None and verb.pos_ == "ADP":
        verb = verb.head
    for _ in range(3):  # "the two officers are due to speak", "both sides plan to meet": the governing verb's subject
        if verb is None:
            return None
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None and verb.dep_ == "conj":  # "the two leaders signed X ... and chaired a call"
            subject = next(iter(inherited_subject(verb)), None)
        if subject is not None or verb.dep_ not in {"xcomp", "acomp"}:
            return subject
        verb = verb.head
    return None


def names_people(d: Draft) -> bool:
    """"the two presidents", "both leaders" name people; "the two sides", "the two" may not."""
    subject = _anaphor_subject(d.token)
    if subject is None or subject.pos_ != "NOUN":
        return False
    # "envoys from both countries": people standing for the pair of states, who may be states
    of_states = any(g.dep_ == "pobj" and g.lemma_.lower() in STATE_NOUNS for c in subject.children
                    if c.dep_ == "prep" and c.lower_ in {"from", "of"} for g in c.children)
    return subject.lemma_.lower() not in STATE_NOUNS and not of_states


def people_pair(d: Draft):
    """The two people of different countries an engagement is between (None when it is not)."""
    people = []
    for ref in sum(_sides_of(d), []):
        if ref.kind == "person" and ref.country and all(ref.actor_id != p.actor_id for p in people):
            people.append(ref)
    countries = {p.country for p in people}
    return (people[0], next(p for p in people if p.country != people[0].country)) \
        if len(people) >= 2 and len(countries) >= 2 else None


def pair_anaphors(doc: Doc, drafts: list[Draft]) -> set[int]:
    """Drafts whose parties are "the pair just spoken of": the flagged ones ("the two ministers met"),
    those whose subject is such a phrase but which got only a place's state ("proposed that the two
    leaders meet in the capital"), and events named with "their" ("their phone call in May") that
    do not already hold two people: "their" of an engagement is its two parties, not one state.
    Returned as ids, taken before repeats are merged (a merge may add a place's state as party)."""
    from detente.nlp.antecedents import _reported_pair, is_party_anaphor
    out = set()
    for d in drafts:
        subject = _anaphor_subject(d.token)
        possessive = d.token.pos_ == "NOUN" and any(c.dep_ == "poss" and c.lower_ == "their"
                                                    for c in d.token.children)
        unnamed = not d.source or all(r.kind == "group" for r in d.source)  # "the two men" read as a group
        if d.party_anaphor or (unnamed and subject is not None and is_party_anaphor(subject)) \
                or (not d.source and subject is not None and subject.lower_ == "they" and _reported_pair(subject)) \
                or (possessive and people_pair(d) is None):
            out.add(id(d))
    return out


def anaphor_words(drafts: list[Draft], anaphors: set[int]) -> set[int]:
    """The event words of the flagged drafts: a flagged act merged as a new status of an earlier one
    ("the two countries plan to hold another exercise") is a new draft object telling the same word."""
    return {d.token.i for d in drafts if id(d) in anaphors}


def still_anaphors(drafts: list[Draft], anaphors: set[int], words: set[int]) -> set[int]:
    """The flagged drafts after merging: those kept, and the siblings that tell a flagged word (they
    took over the earlier event's sides, which are not the pair's)."""
    return anaphors | {id(d) for d in drafts if d.token.i in words}


def _sides_of(p: Draft) -> tuple[list, list]:
    """An engagement's two sides; of a mediation ("talks mediated by Turkey" with both parties as target)
    the two parties mediated between, not the mediator."""
    countries = list(dict.fromkeys(r.country for r in p.target if r.country))
    if p.mode != "third-party" or len(countries) < 2 or {r.country for r in p.source} & set(countries):
        return list(p.source), list(p.target)
    return [r for r in p.target if r.country == countries[0]], [r for r in p.target if r.country != countries[0]]


def _pair_source(d: Draft, earlier: list[Draft], later: list[Draft]) -> tuple[list, list] | None:
    """The parties a pair anaphor stands for: of the latest two-sided engagement (of the same status
    when there is one; of two people when the anaphor names people, holding the office it names if it
    names one), else the last two holders of that office told before, else of the next engagement. "The two
    sides" of any act look first for an earlier meeting or call: a demand or charge in between
    ("the ministry rejected the charge about Russia") runs one way, from its speaker, and is no pair."""
    wants_people, office = names_people(d), office_words(d)
    named = role_pair(_anaphor_subject(d.token)) if wants_people else None
    if named is not None:  # "appointed special envoys, X and Y ... the envoys agreed" (nlp/role_anaphors.py)
        return named
    same, before = _same_sentence(d, earlier), earlier[::-1]
    met = [p for p in before if p.type == "CONSULT"]
    pools = ([p for p in same if p.type == "CONSULT"], met, same, before) if d.type == "CONSULT" else (same, met, before)
    for pool in pools:
        found = _pool_pair(d, pool, wants_people, office)
        if found is not None:
            return found
    holders = _office_holders(d, office) if office else None
    return ([holders[0]], [holders[1]]) if holders else _pool_pair(d, later, wants_people, office)


def anaphor_countries(d: Draft, earlier: list[Draft]) -> set[str]:
    """The states of the pair an anaphor stands for, from the acts told before it (none when none is told)."""
    pair = _pair_source(d, earlier, [])
    return {r.country for side in pair for r in side if r.country} if pair is not None else set()


def _pool_pair(d: Draft, pool: list[Draft], wants_people: bool, office: list[str] | None):
    """The sides of the first two-sided engagement of a pool that fits the anaphor (see _pair_source)."""
    two_sided = [p for p in pool if p.source and p.target and p is not d and _two_states(p)]
    if wants_people:
        two_sided = [p for p in two_sided if people_pair(p) is not None]
    if office and wants_people:  # "the two presidents": not a president and a prime minister; "the ministers
        # of the two countries" stand for the states, which need no pair of people
        two_sided = [p for p in two_sided if all(holds_office(r, office) for r in people_pair(p))]
    alike = [p for p in two_sided if _as_fact(p) == _as_fact(d)]
    for p in alike[:1] or two_sided[:1]:
        pair = _told_order(people_pair(p), p) if wants_people else None
        return ([pair[0]], [pair[1]]) if pair else _sides_of(p)
    return None


def _as_fact(d: Draft) -> bool:
    """Whether an act is told as what did (or did not) happen, not as a plan: "the leaders did not issue a
    statement" speaks of the pair that met, not of a meeting only proposed."""
    return d.status in {"occurred", "negated"}


def _two_states(p: Draft) -> bool:
    """Whether an engagement's sides are of two states (or of no known state): one state's people on both
    sides ("X visited his own capital", a misplaced guest) are no pair "the two sides" could stand for."""
    source, target = ({r.country for r in side if r.country} for side in _sides_of(p))
    return not source or not target or source != target


# Offices a pair anaphor can name ("the two presidents", "both foreign ministers", "the two premiers").
OFFICE_NOUNS = {"president", "minister", "premier", "chancellor", "secretary"}
COUNT_WORDS = {"two", "both"}


def office_words(d: Draft) -> list[str] | None:
    """The words of the office a people anaphor names ("the two prime ministers": prime, minister), if any."""
    subject = _anaphor_subject(d.token)
    if subject is None or subject.pos_ != "NOUN" or subject.lemma_.lower() not in OFFICE_NOUNS:
        return None
    mods = [c.lower_ for c in subject.children if c.dep_ in {"amod", "compound"} and c.lower_ not in COUNT_WORDS]
    return [_spelt(w) for w in mods] + [subject.lemma_.lower()]


def _spelt(word: str) -> str:
    """One spelling for words of office titles (defense/defence)."""
    return word.replace("defense", "defence")


def holds_office(ref, office: list[str]) -> bool:
    """Whether a person's role (on the article's date) is the named office: every word of it, and no
    "vice" or "deputy" the anaphor did not say."""
    role = _spelt((ref.role or "").lower())
    deputy = any(w in role.split() for w in ("vice", "deputy")) and not any(w in office for w in ("vice", "deputy"))
    return bool(role) and not deputy and all(w in role for w in office)


def _office_holders(d: Draft, office: list[str]):
    """"Trump ... President Sheinbaum ... the two presidents spoke": the last two people of different
    countries told before the anaphor who hold the office it names, in the order first told."""
    latest: dict[str, tuple[int, object]] = {}
    for span in d.token.doc.spans.get("actors", []):
        ref = span._.ref
        if span.start < d.token.sent.start and ref is not None and ref.kind == "person" and ref.country \
                and holds_office(ref, office):
            latest[ref.actor_id] = (span.start, ref)
    people = [r for _, r in sorted(latest.values(), key=lambda x: -x[0])]
    other = next((p for p in people[1:] if people and p.country != people[0].country), None)
    return _told_order((other, people[0]), d) if other is not None else None


def _told_order(pair, p: Draft):
    """"The two leaders" are the pair in the order the text named them ("the summit between A and B"),
    not the visitor-first order a visit's sides take."""
    if pair is None:
        return None
    first: dict[str, int] = {}
    for span in p.token.doc.spans.get("actors", []):
        ref = span._.ref
        if ref is not None and ref.actor_id and span.sent.start == p.sent.start:
            first.setdefault(ref.actor_id, span.start)
    a, b = pair
    return (b, a) if first.get(b.actor_id, 10**9) < first.get(a.actor_id, 10**9) else pair


def _same_sentence(d: Draft, earlier: list[Draft]) -> list[Draft]:
    """"A meeting between A and B was put on hold after the two spoke": an engagement told in the
    anaphor's own sentence is the nearest pair, whatever its status."""
    return [p for p in earlier[::-1] if p.sent.start == d.sent.start]


def fill_parties(drafts: list[Draft], doc: Doc | None = None, anaphors: set[int] | None = None) -> None:
    """"The two ministers first spoke in September": the parties of the latest two-sided engagement,
    else the article's main pair of people. A place's state a pair anaphor got ("meet in the capital") is
    replaced: the place stays its location."""
    counted = fill_counted_parties(doc, drafts) if doc is not None else set()  # "the three juntas": no pair
    # a flagged draft merged as another status of an earlier event is a new object: the flag still holds
    anaphors = ({id(d) for d in drafts if d.party_anaphor} | (anaphors or set())) - counted
    todo = [d for d in drafts if id(d) in anaphors]
    main_pair = _main_pair(doc) if doc is not None and todo else None
    main_states = _main_states(doc) if doc is not None and todo and main_pair is None else None
    for i, d in enumerate(drafts):
        if id(d) not in anaphors:
            continue
        pair = _pair_source(d, drafts[:i], drafts[i + 1:])
        if pair is None and main_pair is not None:
            pair = [main_pair[0]], [main_pair[1]]
        if pair is None and main_states is not None and _names_states(d):
            pair = [main_states[0]], [main_states[1]]  # "the two governments signed ...": the article's two states
        if pair is not None and one_way_joint(d):  # "both leaders called for a truce": side by side
            joint = joint_side(d, pair, drafts[:i])
            d.source, d.target = joint, _third_parties(d, joint)
        elif pair is not None:
            d.source, d.target = _placed_pair(d, pair)
        if d.type == "CONSULT" and d.mode is None:  # "the two sides met in Hanoi": the host's guest visits
            d.mode, d.source, d.target = geometry_by_place(d.mode, d.source, d.target, d.location)
    fill_object_pairs(drafts)  # "urged the two sides", "telephoned both leaders" (nlp/object_anaphors.py)
    if doc is not None:  # "negotiators settled on the terms": no anaphor, but the pair told around it
        fill_generic_pairs(doc, drafts)
        meeting_people(doc, drafts)
        # "... a meeting. The talks lasted four hours. X and Y joined Rubio": delegations told beside a
        # meeting that only now has its pair, or its later tellings merged in (the first pass, over the
        # single drafts, had no side to join them to)
        delegations(doc, drafts)
    resolve_party_words(drafts, lambda d, i, people: _word_pair(d, drafts[:i], people))


def _word_pair(d: Draft, earlier: list[Draft], people: bool):
    """The pair a leftover party word ("their governments") stands for: of the engagement told in its
    sentence, else of the latest one before it."""
    return _pool_pair(d, _same_sentence(d, earlier), people, None) or _pool_pair(d, earlier[::-1], people, None)


def _placed_pair(d: Draft, pair: tuple[list, list]) -> tuple[list, list]:
    """Where the pair goes: "the two leaders thanked him", "the two leaders jointly chaired a call" put
    both on the acting side (the one thanked, if named, is the target); "the two countries" are states."""
    source, target = pair
    own = _own_objects(d, source + target)
    if _jointly(d.token):  # "jointly chaired a call with X": X, if named, is whom the two meet
        mine = {r.actor_id for r in source + target}
        own = own or [r for r in d.target if r.via not in INFERRED and r.actor_id not in mine]
        source, target = source + target, own
    elif own:
        source, target = source + target, own
    if _names_states(d):
        source, target = states_of(source), states_of(target)
    return source, target




def _own_objects(d: Draft, pair: list) -> list:
    """The parties the clause itself names as its object ("thanked him"), not one of the pair; a target
    taken over from an earlier event or a place is none."""
    from detente.nlp.arguments import refs_for
    if d.token.pos_ != "VERB":
        return []
    named = {r.actor_id for c in d.token.children if c.dep_ in {"dobj", "dative"} for r in refs_for(d.token.doc, c)}
    mine = {r.actor_id for r in pair}
    return [r for r in d.target if r.actor_id in named and r.via not in INFERRED and r.actor_id not in mine]


JOINT_WORDS = {"jointly", "together"}
SHARED_ROLES = {"chair", "host", "sponsor", "organise", "organize"}


def _jointly(token: Token) -> bool:
    """"jointly chaired a call", "co-hosted a dinner": the two act side by side, not towards each other."""
    verb = token.head if token.dep_ in {"dobj", "pobj"} and token.head.pos_ != "ADP" else token
    lemma = verb.lemma_.lower()
    # "co-chaired" is one word or three tokens ("co", "-", "chaired"; the parser may hang them apart)
    prefixed = lemma.startswith("co") and lemma[2:].lstrip("-") in SHARED_ROLES or \
        lemma in SHARED_ROLES and [t.lower_ for t in verb.doc[max(verb.i - 2, 0):verb.i]] == ["co", "-"]
    return prefixed or any(c.dep_ == "advmod" and c.lower_ in JOINT_WORDS for c in verb.children)


COUNTRY_NOUNS = {"country", "nation", "state", "government"}


def _names_states(d: Draft) -> bool:
    """"the two countries agreed", "both governments": the pair are the states, whoever spoke for them."""
    subject = _anaphor_subject(d.token)
    return subject is not None and subject.lemma_.lower() in COUNTRY_NOUNS


def states_of(side: list) -> list:
    """The states of a side's parties, in the order first named (a side of no known state stays as it is)."""
    from detente.nlp.context import current_kb
    countries = list(dict.fromkeys(r.country for r in side if r.country))
    if not countries:
        return side
    return [state_ref(code, current_kb(), "pair") for code in countries]


# Acts a pair does to someone else, not to each other: "both leaders called for a truce", "both governments
# said they opposed X's moves", "the ministers denounced the attack".
ONE_WAY_TYPES = {"ACCUSE", "REQUEST", "THREATEN", "REJECT", "SANCTION"}


def one_way_joint(d: Draft) -> bool:
    """A pair anaphor doing a one-way act that does not run between the two ("accused each other" does)."""
    from detente.nlp.generic_pairs import _each_other
    return d.type in ONE_WAY_TYPES and not _each_other(d.token)


def joint_side(d: Draft, pair: tuple[list, list], earlier: list[Draft]) -> list:
    """Who acts: "both leaders", "the two" are the pair; an uncounted "the ministers" after a meeting of more
    than two states is every party of that meeting, not the first two named."""
    side = pair[0] + pair[1]
    subject = _anaphor_subject(d.token)
    counted = subject is not None and any(w.lower_ in COUNT_WORDS for w in [subject, *subject.children])
    mine = {r.actor_id for r in side}
    meeting = next((p for p in earlier[::-1] if mine <= {r.actor_id for r in p.source + p.target}), None)
    if not counted and meeting is not None and len({r.country for r in meeting.source + meeting.target}) > 2:
        side = list({r.actor_id: r for r in meeting.source + meeting.target if r.country}.values())
    return states_of(side) if _names_states(d) else side


def _third_parties(d: Draft, joint: list) -> list:
    """Whom the joint act is aimed at: what its own clause names beyond the acting side (a guessed target is none)."""
    mine = {r.actor_id for r in joint}
    theirs = {r.country for r in joint}
    return [r for r in d.target if r.via not in INFERRED and r.actor_id not in mine and r.country not in theirs]
