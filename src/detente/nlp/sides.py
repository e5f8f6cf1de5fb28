"""Who is on each side of an event, read from the syntax of its trigger.

A verb's subject (or passive agent) is the source and its objects the target; an event noun takes its
sides from owners ("Rubio's meeting"), "between" phrases, the light verb that holds it ("held talks")
or the clause around it; a proposal noun gives proposer -> the side asked. Written order is kept, so
"X and Y met" makes X the source. Context (other sentences, places) is filled in by nlp/events.py, and
by the passes over a document's drafts in nlp/side_context.py. The actors a subject names, and the
authors or leaders found through one (a summed-up clause, a led engagement, a relative clause on the noun),
moved to nlp/subject_actors.py to keep this module short.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from detente.nlp.arguments import refs_for
from detente.nlp.antecedents import mention_of
from detente.nlp.clause_subjects import (
    adjunct_subject, after_dateline, aux_subject, children, first_to, holder_subject, inherited_subject, is_dateline, keeper_subject,
    noun_holder,
    stray_subject,
)
from detente.nlp.bare_doers import document_holder
from detente.nlp.envoy_parties import expelling, foreign_envoys, small_clause_objects, withdrawn_envoys
from detente.nlp.body_gatherings import gathering_bodies
from detente.nlp.intruded_spaces import intruded_owners
from detente.nlp.joined_bodies import joined_objects
from detente.nlp.meeting_sides import (  # noqa: F401  (re-exported: the meeting geometry moved there)
    LEADER_ROLES, LEADER_VIA, consult_geometry, geometry_by_place, host_of_place, is_leader, leader_host, named_leader,
    on_sidelines, venue_host_person,
)
from detente.nlp.mentions import Ref
from detente.nlp.metonym_sides import as_written
from detente.nlp.object_parties import owning_states, past_own_thing
from detente.nlp.noun_agents import GIVEN_HELP_NOUNS, agent_destinations, agent_refs, wishing_subject
from detente.nlp.speaker_sides import state_voice, voicing_person
from detente.nlp.subject_actors import between_parties, led_sides, relative_authors, subject_refs, summed_authors
from detente.nlp.status import answering_verb
from detente.nlp.travel_places import departure_destination
from detente.nlp.trigger_diplomacy import recalled_envoy
from detente.nlp.triggers import LIGHT_VERBS, prep_objects


def party_key(ref: Ref) -> str | None:
    """What tells two parties apart in a sentence: their country, or IGO for international bodies."""
    return ref.country or ("IGO" if ref.sector == "IGO" else None)


# Engagements two parties hold together: a conjoined clause subject is the pair.
PAIR_NOUNS = {"talk", "talks", "meeting", "negotiation", "consultation", "conversation", "discussion", "dialogue",
              "summit", "call"}
THIRD_PARTY_NOUNS = {"mediation", "mediator", "facilitation", "arbitration"}


def source_target(doc: Doc, token: Token, governor: Token | None) -> tuple[list[Ref], list[Ref]]:
    """Source and target from the syntax of a verb or noun trigger, states named as the sentence names them."""
    source, target = _syntax_sides(doc, token, governor)
    return as_written(doc, token, source), as_written(doc, token, target)


def _syntax_sides(doc: Doc, token: Token, governor: Token | None) -> tuple[list[Ref], list[Ref]]:
    if governor is not None and governor.pos_ == "NOUN":
        return _proposal_sides(doc, token, governor, [], [])
    if token.pos_ == "VERB":
        return _verb_sides(doc, token)
    if token.pos_ == "ADJ":  # "X is due in Y": the predicate's subject goes; where it goes gives the host
        return subject_refs(doc, next(iter(children(token.head, {"nsubj"})), None)), []
    return _noun_sides(doc, token, governor)


def _verb_sides(doc: Doc, token: Token) -> tuple[list[Ref], list[Ref]]:
    subj = [s for s in children(token, {"nsubj"}) if not is_dateline(s)] or after_dateline(token) or \
        aux_subject(token) or inherited_subject(token) or keeper_subject(token) or holder_subject(token) or adjunct_subject(token) or stray_subject(doc, token) or \
        document_holder(token) or first_to(token)
    antecedents = {s.i: a for s in subj if (a := _relative_antecedent(s)) is not s}
    # "rifles seized by its coast guard": a participle on its object noun is passive too, the noun its subject
    reduced = token.dep_ == "acl" and token.tag_ == "VBN" and bool(children(token, {"agent"}))
    is_passive = reduced or any(c.dep_ in {"auxpass", "nsubjpass"} for c in token.children)
    agent = [g for c in children(token, {"agent"}) for g in c.children if g.dep_ == "pobj"] if is_passive else []
    passive = children(token, {"nsubjpass"}) + ([token.head] if reduced else [])
    if is_passive and agent and not passive and token.dep_ == "conj":  # "X arrived and was received by Y"
        passive = inherited_subject(token)
    # a relative clause's antecedent without the clause it heads (whose objects hang in its subtree)
    source = unique([r for head in (agent or subj or [None]) for r in (
        refs_for(doc, antecedents[head.i], with_conjuncts=False) if head is not None and head.i in antecedents
        else subject_refs(doc, head))])
    if not source and not agent and subj and subj[0].i in antecedents:  # "a ruling by the court that suspended X"
        source = unique([r for h in noun_holder(antecedents[subj[0].i]) for r in subject_refs(doc, h)])
    announced = is_passive and not agent and not source and not reduced
    source = announcer_refs(doc, token) if announced else source
    objects = departure_destination(token) or \
        children(token, {"dobj"}) + timeless(prep_objects(token, {"with", "to", "against", "on", "about", "over"}))
    objects = objects or shared_objects(token) or small_clause_objects(token) or joined_objects(token)
    if token.lemma_.lower() in SWAP_VERBS:  # "X and Y swapped prisoners": the captives move, the two swap them
        objects = [o for o in objects if o.lemma_.lower() not in ACTED_ON]
    own = {r.country for r in source} - {None}
    # "equipment seized by its soldiers": the loose owner of the seized thing is its seizer, never the target
    undergoing = [r for p in passive for r in refs_for(doc, p, loose=reduced)
                  if not (reduced and r.via == "owner" and r.country in own)]
    if is_passive and not agent and token.lemma_.lower() in FORCE_MOVING_VERBS and undergoing:
        source, undergoing = undergoing, []  # "jets were scrambled": the forces moved are the mover's own
    if is_passive and not agent and not source and recalled_envoy(token) is not None:
        source, undergoing = recalled_own(doc, passive), []  # "its envoy, who was called home": the envoy's state
    if is_passive and not agent and token.lemma_.lower() in SUMMONING_VERBS:
        return _summoned_sides(doc, token, undergoing)
    if source and announced:  # "the treaty was suspended": the thing acted on is no party; context gives the other
        undergoing = [r for r in undergoing if party_key(r) and party_key(r) not in own | {party_key(s) for s in source}]
    target = [r for o in objects for r in refs_for(doc, o, loose=True)] + undergoing
    target = _own_people_abroad(doc, token, past_own_thing(doc, token, target, own), own)
    if token.lemma_.lower() in ARRIVAL_VERBS:
        target = [r for r in target if not _unknown_destination(r)]
    moved = []
    if recalled_envoy(token) is not None:  # "pulled out its envoy X": one's own envoy is moved, not the target
        moved = withdrawn_envoys(doc, objects, target, own)
        target = [r for r in target if not (r.kind in {"person", "group"} and r.country in own)]
    elif expelling(token):
        target = foreign_envoys(target, own)
    if not any(party_key(r) and party_key(r) not in own for r in target):  # "jets flew into its airspace"
        target = intruded_owners(doc, token, own) or gathering_bodies(doc, token) or target
    if not any(party_key(r) for r in target):  # "break off relations with X", "summoned the envoys of X"
        target += [r for o in children(token, {"dobj"}) for p in prep_objects(o, {"with", "to", "against"})
                   for r in refs_for(doc, p)] or owning_states(doc, token, source)
    target = target or summed_authors(doc, token, own)
    if not _renamed(doc, subj, source):
        source, target = split_pair(source, target)
    return unique(source + moved) + state_voice(doc, token, source), target


def _renamed(doc: Doc, subj: list[Token], source: list[Ref]) -> bool:
    """"a spokeswoman for Lai, Karen Kuo, condemned": a name in apposition inside the subject renames
    someone in it, so the subject is one side named twice, not a pair that acted on each other."""
    renames = {span._.ref.actor_id for h in subj for t in h.subtree if t.dep_ == "appos"
               and (span := mention_of(doc, t)) is not None}
    return len(source) == 2 and source[1].actor_id in renames and source[1].country in {None, source[0].country}


# Verbs of taking one's own people back from where they are ("take back" with its particle).
READMITTING_VERBS = {"readmit", "repatriate", "reaccept"}


def _readmitting(token: Token) -> bool:
    """"readmitted", "took back": a verb of taking people back in."""
    lemma = token.lemma_.lower()
    return lemma in READMITTING_VERBS or lemma == "take" and any(c.dep_ in {"prt", "advmod"} and c.lower_ == "back"
                                                                for c in token.children)


def _own_people_abroad(doc: Doc, token: Token, target: list[Ref], own: set) -> list[Ref]:
    """"agreed to take back Honduran migrants living in Mexico": the source's own people, taken back from
    another state (told as being in it or sent from it), are moved between the two; that state is the target."""
    if not target or not own or not _readmitting(token) or any(r.country not in own for r in target):
        return target
    where = [p for o in children(token, {"dobj"}) for t in o.subtree if t.dep_ == "prep" and t.lower_ in {"in", "from"}
             for p in children(t, {"pobj"})]
    others = [r for p in where for r in refs_for(doc, p)
              if r.country and r.country not in own and r.kind in {"state", "place"}]
    return unique(others) or target


def _unknown_destination(ref: Ref) -> bool:
    """"travelled to Mamallapuram": a name the KB lacks, of no country or sector, that one travels to is a
    town the tagger took for an organisation, not a party the traveller engages."""
    return ref.kind == "organisation" and ref.via == "unknown" and ref.country is None and ref.sector is None


def _relative_antecedent(subject: Token) -> Token:
    """"Zelensky, who had met X" (and "who met X but stayed away"): the relative pronoun subject stands for
    the noun its clause describes."""
    if subject.lower_ not in RELATIVE_SUBJECTS:
        return subject
    verb = subject.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.head if verb.dep_ == "relcl" and verb.head.pos_ in {"PROPN", "NOUN"} else subject


RELATIVE_SUBJECTS = {"who", "that", "which"}


def recalled_own(doc: Doc, passive: list[Token]) -> list[Ref]:
    """The envoys a passive recall moves ("the ambassador, who was recalled") are their own state's."""
    envoys = [_relative_antecedent(p) for p in passive]
    return unique([r for e in envoys for r in refs_for(doc, e, with_conjuncts=False)
                   or [r for o in children(e, {"poss"}) for r in refs_for(doc, o)]])  # "Spain's ambassador"


# Verbs by which a state makes its own act known: the passive act in their clause is the announcer's.
ANNOUNCING_VERBS = {"announce", "declare", "proclaim"}


def announcer_refs(doc: Doc, token: Token) -> list[Ref]:
    """"The minister announced that the treaty was suspended": a passive act with no agent, told in the
    clause of an announcing verb, is done by the announcer's side (not "said the ship was seized", which
    reports anyone's act), unless the announcer is the one it is done to."""
    head = token.head
    if token.dep_ != "ccomp" or head.lemma_.lower() not in ANNOUNCING_VERBS:
        return []
    # "After a meeting chaired by X, Y announced ...": the parser may hang a past "announced" on Y as a modifier
    speakers = [head.head] if head.dep_ == "acl" and head.tag_ == "VBD" else children(head, {"nsubj"})
    announcers = [r for s in speakers if not is_dateline(s) for r in refs_for(doc, s) if not r.outlet]
    undergoing = {party_key(r) for p in children(token, {"nsubjpass"}) for r in refs_for(doc, p)} - {None}
    return [r for r in announcers if party_key(r) not in undergoing]


def each_others(token: Token) -> bool:
    """"X and Y each expelled the other's envoys", "X and Y accused each other": a conjoined subject acting
    on one another is one reciprocal act (both directions)."""
    subj = next(iter(children(token, {"nsubj"})), None) if token.pos_ == "VERB" else None
    if subj is None or not subj.conjuncts:
        return False
    objects = children(token, {"dobj"}) + prep_objects(token, {"to", "with", "against", "on", "of"})
    words = [t.lower_ for o in objects for t in o.subtree]
    each = any(t.lower_ == "each" for t in subj.subtree) or any(c.lower_ == "each" for c in token.children)
    pairs = {(a, b) for a, b in zip(words, words[1:])}
    return (each and "other" in words) or bool(pairs & {("each", "other"), ("one", "another")})


SUMMONING_VERBS = {"summon", "convoke"}
FORCE_MOVING_VERBS = {"scramble", "deploy", "station", "position", "mobilize", "mobilise", "dispatch"}


def _summoned_sides(doc: Doc, token: Token, summoned: list[Ref]) -> tuple[list[Ref], list[Ref]]:
    """"The envoy was summoned to the ministry": the body one is summoned to summons (the source); the
    summoned envoy's side is the target."""
    summoner = [r for o in prep_objects(token, {"to", "by"}) for r in refs_for(doc, o)]
    return unique(summoner), summoned


TIME_ENTITIES = {"DATE", "TIME"}


def timeless(objects: list[Token]) -> list[Token]:
    """"On Thursday it declared X persona non grata": a day after "on" or "over" tells when, not upon whom."""
    return [o for o in objects if o.ent_type_ not in TIME_ENTITIES]


def unique(refs: list[Ref]) -> list[Ref]:
    """Each actor once: "the Council (UNSC) met" names one body twice, as two subjects."""
    return [r for i, r in enumerate(refs) if all(r.actor_id != o.actor_id for o in refs[:i])]


def shared_objects(token: Token) -> list[Token]:
    """"rammed and boarded the boats": an object-less verb shares the object of the verb conjoined after it
    when that verb has no subject of its own (one clause, two acts on the same thing)."""
    later = [c for c in children(token, {"conj"}) if c.pos_ == "VERB" and c.i > token.i
             and not children(c, {"nsubj", "nsubjpass"})]
    return [o for c in later[:1] for o in children(c, {"dobj"})]


def split_pair(source: list[Ref], target: list[Ref]) -> tuple[list[Ref], list[Ref]]:
    """"X and Y met", "X and Y held talks": with no one else named, the first named is the source."""
    if len(source) > 1 and not target:
        return source[:1], source[1:]
    return source, target


# People an act is done to, named before its noun ("a prisoner exchange", "hostage release").
ACTED_ON = {"prisoner", "captive", "detainee", "hostage", "pow", "refugee", "migrant"}
SWAP_VERBS = {"exchange", "swap", "trade"}


def _modifier_refs(doc: Doc, token: Token) -> list[Ref]:
    """Actors named before an event noun: "Rubio's meeting", "a Trump-Xi summit"."""
    refs: list[Ref] = []
    for child in children(token, {"poss", "nmod", "compound"}):
        if child.dep_ == "compound" and child.lemma_.lower() in ACTED_ON:
            continue  # "a prisoner exchange": who is exchanged, not who exchanges
        for t in child.subtree:
            for ref in refs_for(doc, t, False) if t.dep_ in {"poss", "nmod", "compound", "pobj"} or t.i == child.i else []:
                if all(r.actor_id != ref.actor_id for r in refs):
                    refs.append(ref)
    return refs


VENUE_KINDS = {"organisation", "place"}


def _venue_owners(doc: Doc, token: Token, owners: list[Ref]) -> list[Ref]:
    """"an Oval Office meeting between X and Y": a building or body before the noun is where the parties
    named after "between" met, not one of them; a state or person before it stays a party."""
    if not owners or any(r.kind not in VENUE_KINDS for r in owners):
        return owners
    between = prep_objects(token, {"between"})
    parties = between_parties(doc, between[0]) if between else []
    return parties if len(parties) >= 2 else owners


# Nouns of going to see someone: a place or building named before one is where the visitor went.
VISIT_NOUNS = {"visit", "trip", "tour", "stopover", "journey"}


def visited_hosts(token: Token, owners: list[Ref]) -> tuple[list[Ref], list[Ref]]:
    """"during a White House visit", "his Beijing trip": a state, place or building named as a modifier of a
    visit noun (not its owner "Xi's visit") is the host (PLOVER target); people before it stay visitors."""
    if token.lemma_.lower() not in VISIT_NOUNS or any(c.dep_ == "poss" for c in token.children):
        return owners, []
    hosts = [r for r in owners if r.kind in VENUE_KINDS | {"state"}]
    return [r for r in owners if r not in hosts], hosts


def _nationality_refs(doc: Doc, token: Token) -> list[Ref]:
    """"Israeli and U.S. strikes", "a Chinese attack": the states a nationality adjective names own the act."""
    refs = []
    for adj in children(token, {"amod"}):
        for t in [adj] + list(adj.conjuncts):
            span = mention_of(doc, t)
            if span is not None and span._.ref.kind in {"state", "place"} and span._.ref.country:
                refs.append(span._.ref)
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
    outer = _small_clause_verb(token)
    if outer is not None:
        return next(iter(children(outer, {"nsubj"}) or inherited_subject(outer)), None)
    while node.dep_ in {"pobj", "prep", "dobj", "conj", "appos", "npadvmod"} and node.head.i != node.i:
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            subj = next((c for c in node.children if c.dep_ in {"nsubj"}), None)
            if subj is None:  # "Xi is expected to make a trip", "it stands ready to impose a curfew"; a
                # subjectless adjunct takes its clause's subject: "Speaking after talks with X, Y said ..."
                adjunct = adjunct_subject(node) if node.dep_ in {"advcl", "acl"} else []  # not "accused X of violating"
                subj = next(iter(inherited_subject(node) or adjunct), None)
            return subj
    return None


def clause_subject_refs(doc: Doc, token: Token) -> list[Ref]:
    """The actors of clause_subject; a relative "who" stands for the noun its clause describes ("Xi, who
    paired the summit with a visit to X, and Putin met": Xi alone, not the pair his name is joined to)."""
    subject = clause_subject(token)
    acting = subject is not None and subject.head.pos_ == "VERB"  # "who was on a visit": no act of the noun's own
    antecedent = _relative_antecedent(subject) if acting else subject
    return refs_for(doc, antecedent, with_conjuncts=antecedent is subject)


def _small_clause_verb(token: Token) -> Token | None:
    """"declared a curfew to begin at dusk": the parser makes the noun the subject of the to-clause, but it
    is the object of the verb above (a to-clause with no dobj beside it), whose subject acts."""
    clause = token.head
    if token.dep_ == "nsubj" and clause.dep_ in {"ccomp", "xcomp"} and any(c.tag_ == "TO" for c in clause.children) \
            and not children(clause.head, {"dobj"}) and clause.head.pos_ == "VERB":
        return clause.head
    return None


def light_verb(token: Token) -> Token | None:
    """"held talks", "imposed sanctions": the verb whose subject is the event's source."""
    return token.head if token.dep_ == "dobj" and token.head.lemma_.lower() in LIGHT_VERBS else None


def _subject_light_verb(token: Token) -> Token | None:
    """"weighing whether Lee should make the trip": a light verb with a subject of its own names who acts,
    before the verb governing the event's status (whose subject only weighs or asks)."""
    verb = light_verb(token)
    subjects = [s for s in children(verb, {"nsubj"}) if not is_dateline(s)] if verb is not None else []
    return verb if subjects and refs_for(token.doc, subjects[0]) else None  # "the government" alone names no one


# Verbs whose subject undergoes the act their object names ("Iran faces sanctions").
FACING_VERBS = {"face", "suffer", "endure", "undergo", "incur"}


def _faced_by(token: Token) -> Token | None:
    """"Iran faced any hostile action, including sanctions": the subject of a facing verb whose object holds it."""
    node, via_object = token, False
    while node.dep_ in {"pobj", "prep", "dobj", "appos", "conj"} and node.head.i != node.i:
        via_object = via_object or node.dep_ == "dobj"
        node = node.head
        if node.pos_ in {"VERB", "AUX"} and node.dep_ != "prep":  # "including" is a preposition here
            if not via_object or node.lemma_.lower() not in FACING_VERBS and not _drawn(token, node):
                return None
            subjects = [s for s in children(node, {"nsubj"}) if not is_dateline(s)] or inherited_subject(node)
            if not subjects and node.dep_ == "advcl" and _drawn(token, node):  # "held drills, drawing ..."
                subjects = [s for s in children(node.head, {"nsubj"}) if not is_dateline(s)]
            return next(iter(subjects), None)
    return None


def unique_tokens(*tokens: Token) -> list[Token]:
    """The tokens, each once, in the order given."""
    return list({t.i: t for t in tokens}.values())


def _drawn(token: Token, verb: Token) -> bool:
    """"(the drills) drew complaints from X": the act's doer faces what it drew from another party."""
    from detente.nlp.trigger_accusations import DRAWING_VERBS, drawn_from  # the accusation module reads the phrase
    return verb.lemma_.lower() in DRAWING_VERBS and token.head.i == verb.i and bool(drawn_from(token))


def _suffered_sides(doc: Doc, token: Token, sufferer: Token, owners: list[Ref]) -> tuple[list[Ref], list[Ref]]:
    """Who did the faced act (its relative clause, its owner, "from"/"by" X) -> the one who faces it."""
    # "(China's) drills drew criticism": the act's owner faces what it drew
    victims = subject_refs(doc, sufferer) or refs_for(doc, sufferer, loose=True)
    givers = [o for h in unique_tokens(token, sufferer.head, token.head) for o in prep_objects(h, {"from", "by"})]
    doers = relative_authors(doc, token) or owners or _nationality_refs(doc, token) or \
        [r for o in givers for r in refs_for(doc, o)]
    keys = {r.actor_id for r in victims}
    return [r for r in doers if r.actor_id not in keys], victims


def _noun_sides(doc: Doc, token: Token, governor: Token | None) -> tuple[list[Ref], list[Ref]]:
    if token.pos_ == "NOUN" and token.dep_ in {"nsubjpass", "nsubj", "dobj", "pobj"}:
        led = led_sides(doc, token)
        if led[0]:
            return led
    owners, hosts = visited_hosts(token, _venue_owners(doc, token, _modifier_refs(doc, token)))
    owners = owners or ([] if hosts else agent_refs(doc, token))
    sufferer = _faced_by(token)
    if sufferer is not None and (governor is None or governor.pos_ != "NOUN"):
        return _suffered_sides(doc, token, sufferer, owners)
    # "help from A and B": every giver gives; other conjoined owners are the act's two parties
    split = len(owners) if token.lemma_.lower() in GIVEN_HELP_NOUNS else 1
    source, target = owners[:split], owners[split:] + hosts
    source += voicing_person(doc, token, source)
    if not owners and not hosts and governor is None:  # "Israeli and U.S. strikes on Iran": joint authors; "Russian-Chinese talks": the pair
        nations = _nationality_refs(doc, token)
        other = prep_objects(token, {"on", "against", "with", "to"})
        source, target = (nations, []) if other else (nations[:1], nations[1:])
    third_party = token.lemma_.lower() in THIRD_PARTY_NOUNS
    if token.dep_ == "compound" and not governor:  # "a mediation effort between A and B": the phrase's head speaks
        token = token.head
    between = prep_objects(token, {"between"})
    if between and not source and third_party:  # the mediator is the clause's subject; both sides receive
        source, target = refs_for(doc, clause_subject(token)), target + refs_for(doc, between[0])
    elif between and not source:  # "a meeting between Li Qiang and Takaichi" (the parser may hang one inside the other)
        sides = between_parties(doc, between[0])
        source, target = sides[:1], target + sides[1:]
    if governor is not None and governor.pos_ == "NOUN":
        return _proposal_sides(doc, token, governor, source, target)
    authors = relative_authors(doc, token)  # "U.N. sanctions that Britain set in motion": who acted, not whose
    source, target = (authors, []) if authors else (source, target)
    if not source:
        head = _subject_light_verb(token) or governor or light_verb(token)
        if head is not None:
            subjects = [s for s in children(head, {"nsubj"}) if not is_dateline(s)]
            source = subject_refs(doc, next(iter(subjects), None))
            if not prep_objects(token, {"with", "to"}):  # "X and Y held talks": no other party named
                source, target = split_pair(source, target)
    loose = token.lemma_.lower() not in {"meeting", "talk", "call"}  # "talks with X" name X, not X's things
    target += [r for o in prep_objects(token, NOUN_TARGET_PREPS) + agent_destinations(token)
               for r in refs_for(doc, o, loose=loose)]
    if not source:
        source = [r for r in clause_subject_refs(doc, token) if r.actor_id not in {t.actor_id for t in target}]
        source = source or wishing_subject(doc, token)
        if not target and token.lemma_.lower() in PAIR_NOUNS:  # "X and Y signed it after talks": the two talked
            source, target = split_pair(source, target)
    verb = governor or light_verb(token)
    if verb is not None and not target:
        objects = [o for o in children(verb, {"dobj", "dative"}) if o.i != token.i]
        # "raised tariffs on Indian goods", "opened a probe into Chinese cars": the phrase may hang on the verb
        target += [r for o in objects for r in refs_for(doc, o)]
        target += [r for o in prep_objects(verb, {"on", "against", "with", "into"})
                   for r in refs_for(doc, o, loose=loose)]
    source = source + state_voice(doc, token, source)  # "X said Moscow did not rule out cooperation"
    if source and not any(party_key(t) for t in target):  # "Israeli strikes on its sites"
        target = intruded_owners(doc, token, {r.country for r in source} - {None}) or target
    return source, [t for t in target if all(t.actor_id != s.actor_id for s in source)]


# Prepositions whose object an event noun is aimed at ("sanctions on X", "a probe into X's firms").
NOUN_TARGET_PREPS = {"with", "to", "against", "on", "about", "over", "into"}


# Going somewhere: "arrived in Amman on a visit" (the place hangs on the verb of motion, the visit on "on").
ARRIVAL_VERBS = {"arrive", "travel", "go", "come", "fly", "head", "be"}
ATTENDING = {"attend", "participate", "join", "send"}
