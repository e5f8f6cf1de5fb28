"""Event component: triggers with their actors, status, date and place; drafts become doc._.events."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.language import Language
from spacy.tokens import Doc, Token

from detente.events.ontology import Trigger
from detente.nlp.tense import ahead_of_governor, done_when_told, past_told_ahead
from detente.nlp.dyad_targets import own_phrase_party, partner_targets
from detente.nlp.one_way_pairs import rejoin_one_way
from detente.nlp.occasion_events import occasion_of_other_act, occasion_parties, occasion_sides
from detente.nlp.pledged_aid import pledged_status
from detente.nlp.place_targets import place_target
from detente.nlp.own_targets import own_side_targets
from detente.nlp.event_venues import (
    host_state, hosts_gathering, hosts_talks, talks_host, venue_host, without_possessive,
)
from detente.nlp.extensions import flagged
from detente.nlp.asked_acts import asker_of, relative_answer
from detente.nlp.audiences import is_audience, talks_to_public
from detente.nlp.answered_acts import answers_in_kind
from detente.nlp.arguments import refs_for, sentence_refs
from detente.nlp.antecedents import mention_of
from detente.nlp.mentions import Ref
from detente.nlp.metonym_sides import as_written
from detente.nlp.named_parties import at_location, placed
from detente.nlp.spoken_places import spoken_place
from detente.nlp.places import location_for
from detente.nlp.recalled_acts import recalled_acts
from detente.nlp.told_meetings import told_meetings
from detente.nlp.tour_legs import tour_legs
from detente.nlp.conjoined_attacks import conjoined_attacks
from detente.nlp.truce_accords import truce_accords
from detente.nlp.return_visits import returned_invitations
from detente.nlp.travel_places import without_destination
from detente.nlp.side_context import criticised_acts, delegations, earlier_gathering, pairs_told_before
from detente.nlp.sides import (
    ARRIVAL_VERBS, ATTENDING, GUEST_VERBS, PAIR_NOUNS, SUMMONING_VERBS, children, clause_subject,
    consult_geometry, inherited_subject, invited_sides, party_key, source_target, unique,
)
from detente.nlp.subject_actors import between_parties
from detente.nlp.agreed_terms import agreed_term_status
from detente.nlp.called_off import called_off_status
from detente.nlp.temporal_adjuncts import adjunct_status
from detente.nlp.modal_status import in_condition
from detente.nlp.status import (
    answering_verb, conjoined_answer, governor_of, offers_event, proposal_clause, status_of,
)
from detente.nlp.trigger_defence import defence_contingency
from detente.nlp.request_asks import told_mode
from detente.nlp.agreed_acts import settle_agreed_acts
from detente.nlp.spoken_backing import settle_spoken_backing
from detente.nlp.switched_ties import split_switched_ties
from detente.nlp.triggers import (
    LIGHT_VERBS, SIDELINE_WORDS, has_object, is_anaphoric, is_predicate_nominal, mode_for, prep_objects,
    trigger_for,
)
from detente.nlp.halted_efforts import halted_effort, halted_targets
from detente.nlp.refused_deals import refused_thing
from detente.nlp.clause_targets import CLAUSE_TARGET_TYPES, clause_subject_refs
from detente.nlp.threat_acts import conditional_harm, conditional_sides, threatened_act
from detente.nlp.spoken_acts import obliged
from detente.nlp.trigger_dates import date_for
from detente.nlp.trigger_topics import expected_at, invited_to_place
from detente.records import DateValue, Location

HOST_TYPES = {"MOBILIZE", "PROTEST", "COERCE"}
HOME_TYPES = HOST_TYPES | {"CONSULT", "ASSAULT"}


@dataclass
class Draft:
    """An event being read: mutable until links, responses and repeats are settled."""

    token: Token
    type: str
    mode: str | None
    status: str
    explicit: bool
    source: list[Ref]
    target: list[Ref]
    date: DateValue | None
    location: Location | None
    anaphoric: bool
    confidence: float
    past_governor: bool = False  # "the call was arranged": the status word tells history, not a new step
    response: object = None
    links: list[tuple[str, "Draft"]] = field(default_factory=list)
    party_anaphor: bool = False  # "the two ministers met": parties come from the previous engagement
    reciprocal: bool = False
    cameo: str | None = None  # the trigger word's own CAMEO code ("urged" is an appeal, 020), if the lexicon has one
    repeats: list[Token] = field(default_factory=list)  # later mentions merged into this one ("the talks ran ...")
    threatened: str | None = None  # a THREATEN's threatened act ("threatened to impose a curfew": COERCE)
    site_from_dateline: bool = False  # its place is the dateline's guess, which no other act may borrow

    @property
    def sent(self):
        return self.token.sent

    def last_sent_start(self) -> int:
        """Where the event was last told: a merged repeat keeps it in view for what follows."""
        return max([self.token.sent.start] + [t.sent.start for t in self.repeats])

    def absorb(self, later: "Draft") -> None:
        """Take a later mention of the same event as a repeat, filling what this one lacked from it."""
        self.repeats.append(later.token)
        self.date = self.date or later.date
        self.location = self.location or later.location
        self.mode = self.mode or later.mode
        self.source += [r for r in later.source if all(r.actor_id != s.actor_id for s in self.source)]
        self.target += [r for r in later.target if all(r.actor_id != s.actor_id for s in self.target)]

    def countries(self, side: str) -> set[str]:
        return {r.country for r in getattr(self, side) if r.country}

    def parties(self) -> set[str]:
        """The countries on either side."""
        return self.countries("source") | self.countries("target")


def _blocked(doc: Doc, token: Token, trigger_tokens: set[int]) -> set[int]:
    """Tokens inside another trigger's phrase or clause: their dates and places are not ours."""
    blocked = set()
    for t in token.subtree:
        if t.i != token.i and (t.i in trigger_tokens or t.dep_ in {"ccomp", "advcl", "relcl"}):
            blocked.update(x.i for x in t.subtree)
    return blocked


def _hosted_by_other(doc: Doc, token: Token, sides: list[Ref]) -> bool:
    """"talks hosted by Egypt", "on the margins of a gathering hosted by X": a host who is no side (PLOVER third-party)."""
    holders = [token] + ([token.head] if token.dep_ == "dobj" else [])
    scopes = [token] + [c for h in holders for c in h.children
                        if c.dep_ == "prep" and any(t.lower_ in SIDELINE_WORDS for t in c.subtree)]
    hosting = [t for scope in scopes for t in scope.subtree if t.dep_ == "acl" and t.lemma_.lower() == "host"]
    hosts = [r for h in hosting for a in children(h, {"agent"}) for o in children(a, {"pobj"}) for r in refs_for(doc, o)]
    own = {party_key(r) for r in sides} - {None}
    # "the two leaders talked on the margins of a gathering hosted by X": parties told before are not its host
    return (bool(own) or _party_anaphor(token)) and any(party_key(r) and party_key(r) not in own for r in hosts)


def _proposal_response(doc: Doc, governor: Token | None, target: list[Ref]):
    """The asked side's answer when the sentence gives it ("Beijing declined a request for talks")."""
    if governor is None or governor.pos_ not in {"NOUN", "VERB"}:
        return None
    verb, status = answering_verb(governor) if governor.pos_ == "NOUN" else conjoined_answer(governor)
    answerer = refs_for(doc, next(iter(children(verb, {"nsubj"})), None)) if verb is not None else []
    if not answerer or not answerer[0].country:
        return None
    from detente.nlp.evidence import evidence_of
    from detente.records import Response
    return Response(by=answerer[0].country, status=status, evidence=evidence_of(verb.sent))


JOINT_TYPES = {"CONSULT", "AGREE", "COOPERATE"}


# Relations two states hold together: "X and Y upgraded their ties" is one act of both.
RELATION_NOUNS = {"tie", "relation", "relationship", "cooperation", "partnership"}


def _mutual_relation(token: Token) -> bool:
    """"X and Y restored their ties": a conjoined subject acting on the relation they share."""
    subj = next(iter(children(token, {"nsubj"})), None)
    return subj is not None and bool(subj.conjuncts) and any(
        o.lemma_.lower() in RELATION_NOUNS and any(c.lower_ == "their" for c in o.children)
        for o in children(token, {"dobj"}))


def _is_reciprocal(token: Token, trigger: Trigger) -> bool:
    """A joint action: "X and Y met", "talks between X and Y", "the two leaders agreed"."""
    if token.pos_ == "VERB" and _mutual_relation(token):
        return True
    if trigger.type not in JOINT_TYPES:
        return False
    if token.pos_ == "VERB":
        subj = next(iter(children(token, {"nsubj"}) or inherited_subject(token)), None)
        # "Hungarian and Romanian officials agreed": the conjunction is on the nationality
        joint_owners = subj is not None and any(c.dep_ in {"amod", "compound"} and c.conjuncts for c in subj.children)
        return subj is not None and (bool(subj.conjuncts) or joint_owners or _party_anaphor(token))
    between = prep_objects(token, {"between"})
    paired = bool(between) and (bool(between[0].conjuncts) or len(between_parties(token.doc, between[0])) > 1)
    return paired or _pair_subject(token)


def _pair_subject(token: Token) -> bool:
    """"Israel and Lebanon renewed negotiations": a conjoined clause subject and no other party named."""
    if token.lemma_.lower() not in PAIR_NOUNS or prep_objects(token, {"with", "to"}):
        return False
    subj = clause_subject(token)
    return subj is not None and bool(subj.conjuncts)


def _party_anaphor(token: Token) -> bool:
    """Is the event's subject "the two ministers" / "both sides"? (verb, or the verb governing a noun)"""
    from detente.nlp.antecedents import is_party_anaphor
    if defence_contingency(token):
        return True  # "each side must give aid if the other is attacked": a treaty's clause binds its pair
    verb = token if token.pos_ == "VERB" else (token.head if token.dep_ in {"dobj", "pobj"} else None)
    if verb is not None and verb.pos_ == "ADP":
        verb = verb.head
    subj = next(iter(children(verb, {"nsubj", "nsubjpass"})), None) if verb is not None else None
    return subj is not None and is_party_anaphor(subj)


def _is_venue(token: Token, trigger_tokens: set[int]) -> bool:
    """"a meeting ... at the G20 summit": the summit is where the event happens, not an event of its own."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in {"at", "during", "of"}:
        return False
    host = prep.head
    if prep.lower_ == "of" and host.pos_ in {"NUM", "PRON"} and host.dep_ == "pobj":
        return _is_venue(host, trigger_tokens)  # "at one of the summits": the summit is still the venue
    if prep.lower_ == "of" and host.lower_ in {"sidelines", "margins", "sideline"}:
        return True
    # "signed a pact during Sharif's visit": an owned visit or meeting is an event of its own (nlp/occasion_events.py)
    return host.i in trigger_tokens and prep.lower_ in {"at", "during"} and not occasion_of_other_act(token)


OBLIGATION_MODALS = {"must", "should", "ought"}


def _obliging_speaker(doc: Doc, token: Token) -> list[Ref]:
    """Who says the event's actor must act: the speaker of a reported "X must ..." clause, else nobody."""
    verb = token if token.pos_ in {"VERB", "AUX"} else token.head
    if token.pos_ == "NOUN" and not (token.dep_ == "dobj" and verb.lemma_.lower() in LIGHT_VERBS):
        return []
    if not obliged(verb):  # "must withdraw", "would have to leave" (nlp/spoken_acts.py)
        return []
    if verb.dep_ not in {"ccomp", "acl"} or any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in verb.children):
        return []  # "is weighing whether Lee should go": an open question, not a demand
    teller = verb.head
    if teller.pos_ == "NOUN" and teller.head.pos_ in {"VERB", "AUX"}:  # "issued a reminder that ..."
        teller = teller.head
    return [r for subj in children(teller, {"nsubj"}) for r in refs_for(doc, subj)]


# Acts done to another state: with one foreign party named, it receives them even if another event has it too.
HOSTILE_ACTS = {"COERCE", "ASSAULT", "SANCTION", "THREATEN"}
# Acts aimed at one's own government when no one else is named: protests, demands, crackdowns, refusals.
DOMESTIC_TYPES = {"PROTEST", "REQUEST", "ACCUSE", "REJECT", "COERCE", "ASSAULT", "THREATEN", "CONCEDE"}
STATE_SECTORS = {"GOV", "MIL", "IGO"}


def _context_target(doc: Doc, token: Token, source: list[Ref], type_: str, kb, taken: set[str]) -> list[Ref]:
    """No recipient in the syntax: the one other party the sentence names, or at home for domestic acts.

    Parties that another event of the sentence already has (`taken` actor ids) are not candidates.
    The ref is marked via="context" so a reader can tell it was inferred, not parsed.
    """
    own = {party_key(r) for r in source}
    reporters = _reporters(doc, token)
    others = [r for r in sentence_refs(doc, token) if party_key(r) and party_key(r) not in own
              and r.actor_id not in taken | reporters and not r.outlet]  # outlets report events, not receive them
    named = [r for r in sentence_refs(doc, token) if party_key(r) and party_key(r) not in own
             and r.actor_id not in reporters and not r.outlet]
    if not others and len({party_key(r) for r in named}) == 1 and type_ in HOSTILE_ACTS:
        others = named  # "demanded that China return rifles seized by its coast guard": the one foreign party
    others = own_phrase_party(doc, token, named, others)  # "condemned actions by China and reaffirmed ..."
    if len({party_key(r) for r in others}) == 1:
        other = others[0]
        return [replace(host_state(other, kb) if other.kind in {"place", "state"} else other, via="context")]
    home = source[0]
    if named or len(own) != 1 or not home.country:  # a foreign party is named: no act at home
        return []
    if type_ in DOMESTIC_TYPES and (home.sector not in STATE_SECTORS or type_ in {"COERCE", "CONCEDE"}):
        return [replace(host_state(home, kb), via="context")]
    return []


REPORTING_VERBS = {"say", "report", "tell", "add", "quote", "cite", "announce"}


def _reporters(doc: Doc, token: Token) -> set[str]:
    """Actors who only report the event ("..., Thai police said", "according to X"): never its recipient."""
    heads = [t for t in token.sent if t.i != token.i and (t.lemma_.lower() in REPORTING_VERBS or t.lower_ == "according")]
    found = set()
    for head in heads:
        speakers = children(head, {"nsubj"}) + prep_objects(head, {"to"})
        for t in (x for s in speakers for x in s.subtree):
            span = mention_of(doc, t)
            found |= {span._.ref.actor_id} if span is not None else set()
    return found


def draft_event(doc: Doc, token: Token, trigger: Trigger, trigger_tokens: set[int], kb,
                governed: tuple | None = None) -> Draft | None:
    """Read one trigger into a Draft, or None when it is not an event of its own."""
    if is_predicate_nominal(token) or (trigger.needs_object and not has_object(token)) or _is_venue(token, trigger_tokens):
        return None
    if trigger.type == "CONSULT" and talks_to_public(doc, token):
        return None
    governor, gov_status = governed if governed is not None else governor_of(token)
    if governor is None and trigger.mode == "visit" and invited_to_place(token) is not None:
        governor, gov_status = token, "proposed"  # "invited X to Moscow": the invitation proposes X's visit
    blocked = _blocked(doc, token, trigger_tokens)
    when = date_for(doc, token, blocked, trigger_tokens if governor is None else frozenset())
    source, target = source_target(doc, token, governor)
    speaker = _obliging_speaker(doc, token)
    if not speaker:  # "X and Y condemned it": side by side ("Z said X and Y must": Z asks them both)
        source, target = rejoin_one_way(token, trigger.type, source, target)
    target = [r for r in target if not is_audience(r)]  # "told reporters that X ...": the press hears, X is aimed at
    if not source and trigger.type == "CONSULT" and expected_at(token) is not None:
        source, target = target, []  # "the minister is expected at the forum": who is expected attends
    if trigger.type == "CONSULT" and (trigger.mode == "visit" or token.lemma_.lower() in GUEST_VERBS):
        source, target = invited_sides(doc, governor, source, target)
    target = target or halted_targets(doc, token, trigger)  # "suspended its efforts to mediate between A and B"
    if not target and trigger.type in CLAUSE_TARGET_TYPES:
        target = [r for r in clause_subject_refs(doc, token, source) if r.actor_id not in {s.actor_id for s in source}]
    # "Britain said Libya must hand over ...": Britain asks Libya (a told "must" verb is itself the request)
    told = bool(speaker) and (trigger.type != "REQUEST" or (token.pos_ == "VERB" and token.dep_ == "ccomp"))
    if told:
        trigger = Trigger("REQUEST", told_mode(token))
        source, target = speaker, [r for r in source if r.actor_id not in {s.actor_id for s in speaker}]
    # meetings, arrests, protests and shows of force are often at home: their unknown parties stay there
    facing = trigger.type not in HOME_TYPES
    source, target = placed(doc, token, source, target, True, facing), placed(doc, token, target, source, False, facing)
    source, target = unique(source), unique(target)  # a named firm keeps its side (records' `who` rule 6)
    mode = trigger.mode if told else mode_for(token, trigger)  # a told act is itself what is asked
    location = location_for(doc, token, blocked, kb) or spoken_place(doc, token, trigger.type, blocked, kb)
    source, target = at_location(source, location), without_destination(at_location(target, location), location)
    if trigger.type == "CONSULT":
        hosts, venue, multilateral = venue_host(doc, token, kb)
        # "travel to the summit": going to a gathering is taking part in it, not visiting a host
        moving = mode == trigger.mode == "visit" and token.lemma_.lower() in ARRIVAL_VERBS
        mode = "multilateral" if multilateral and (mode in {None, "multilateral"} or moving) else mode
        # "NATO leaders gather for a summit", "AU leaders met in Addis Ababa": a meeting within an organisation
        mode = "multilateral" if mode is None and source and all(r.sector == "IGO" for r in source + target) else mode
        target = target or hosts
        location = venue or location
    if trigger.type == "CONSULT" and hosts_gathering(token):
        gathering = {r.actor_id for o in children(token, {"dobj"}) for r in refs_for(doc, o, loose=True)}
        target, mode = [r for r in target if r.actor_id not in gathering], "multilateral"
        if location is None and source and source[0].country:
            location = Location(name=None, country=source[0].country)  # a gathering is held at its host's
    hosts = talks_host(doc, token) if trigger.type == "CONSULT" else []
    if hosts:
        source = [r for r in source if r.country != hosts[0].country]
        target = [r for r in target if r.country != hosts[0].country]
        location = location or Location(name=None, country=hosts[0].country)
    if trigger.type == "CONSULT":
        mode, source, target = consult_geometry(token, mode, source, target, location)
        mode = "third-party" if _hosted_by_other(doc, token, source + target) else mode
        if mode == "visit" and location is None and target and target[-1].country:
            location = Location(name=None, country=target[-1].country)  # a visit happens at the host's
    first, last = (when.first, when.last) if when and not past_told_ahead(token, when, doc._.published) else (None, None)
    status, explicit = status_of(token, governor, gov_status, first, last, doc._.published)
    status = pledged_status(token, trigger.type, status)  # "pledged $300 million" (nlp/pledged_aid.py)
    status = called_off_status(token, governor, status)  # "had been expected to meet, but" (nlp/called_off.py)
    status = agreed_term_status(token, status)  # "a deal under which X would resume" (nlp/agreed_terms.py)
    status = adjunct_status(token, status, explicit,  # "due to visit X before flying on" (nlp/temporal_adjuncts.py)
                            lambda v: status_of(v, None, None, None, None, doc._.published)[0])
    harm_on_condition = conditional_harm(token, trigger, status)
    threat = threatened_act(governor, trigger, mode, status, conditional=harm_on_condition)
    threatened = trigger.type if threat is not None else None
    if harm_on_condition:
        source, target = conditional_sides(doc, token, source, target)
    if threat is not None:  # "threatened to expel the troops": the threat is the event, made when told
        trigger, mode, status, explicit = threat, threat.mode, "occurred", True
    if status == "confirmed" and done_when_told(token):
        status = "occurred"  # "announced that it has earmarked aid": the announcement tells a done act
    # the envoy is called to the summoner's ministry
    summoned = token.lemma_.lower() in SUMMONING_VERBS and bool(target)
    if location is None and (trigger.type in HOST_TYPES and not target or summoned) and source and source[0].country:
        location = Location(name=None, country=source[0].country)
    # "turned down a request for Austin to meet Li": the request the parser hung the meeting on is answered
    response = _proposal_response(doc, governor or proposal_clause(token)[0], target)
    if trigger.type == "REQUEST" and response is None:  # "pushed for X, which Moscow refused to accept"
        asked, response = relative_answer(doc, token)
        target = target or [r for r in asked if r.actor_id not in {s.actor_id for s in source}]
    confidence = 0.5 + 0.2 * bool(source) + 0.15 * bool(target) + 0.15 * explicit
    return Draft(token, trigger.type, mode, status, explicit, source, target, when, location,
                 is_anaphoric(token), round(confidence, 2), reciprocal=_is_reciprocal(token, trigger),
                 past_governor=governor is not None and governor.tag_ in {"VBD", "VBN"} and not ahead_of_governor(token, governor),
                 response=response,
                 party_anaphor=not source and not target and _party_anaphor(token), cameo=trigger.cameo,
                 threatened=threatened)


def find_drafts(doc: Doc, kb) -> list[Draft]:
    """Every event draft in the coded (non-boilerplate, non-headline, non-quote) sentences."""
    headlines = doc._.headline_sents or set()
    skip, quoted = flagged(doc, "skip"), flagged(doc, "in_quote")
    # the flags before the trigger, the costly check
    triggers = {t.i: trig for t in doc if t.idx not in skip and t.idx not in quoted
                and (trig := trigger_for(t)) is not None and t.sent.start not in headlines and not in_condition(t)}
    governed = {i: governor_of(doc[i]) for i in triggers}
    governors = {g.i for g, _ in governed.values() if g is not None}
    drafts = []
    refusals = {g for g in governors if refused_thing(doc[g], triggers[g] if g in triggers else None)}
    for i, trig in triggers.items():
        if i in governors and i not in refusals and \
                doc[i].lemma_.lower() not in {"agree", "sign", "pledge", "promise", "commit"}:
            continue  # "accepted an invitation to visit", "refused to meet": the status of the other event
        if halted_effort(doc[i], triggers):
            continue  # "suspended its efforts to mediate": the halt (SANCTION withdraw) is the event, not talks
        if governed[i][0] is not None and governed[i][0].i in refusals:
            continue  # "will not accept the agreement": the refusal (REJECT) is the event, not the deal
        if hosts_talks(doc[i], triggers):
            continue  # "Turkey would host the talks": the talks are the event, Turkey their host
        if offers_event(doc[i], triggers):
            continue  # "would welcome a meeting": the meeting is offered (its status says so), nothing supported
        if asker_of(doc, i, triggers) is not None:
            continue  # "urged Israel to withdraw", "pushed for a truce": what is asked is told by the request's mode
        if doc[i].dep_ == "conj" and conjoined_answer(doc[i].head)[0] == doc[i]:
            continue  # "invited X to the summit, but X declined": the answer to that invitation
        draft = draft_event(doc, doc[i], trig, set(triggers), kb, governed[i])
        if draft is not None and not _market_reaction(draft):
            drafts.append(draft)
    _parties_from_agreement(drafts, governed)
    drafts = settle_agreed_acts(doc, drafts, triggers)  # rule 12: the agreed act, AGREE only when dated
    settle_spoken_backing(drafts)  # rule 15: backing promised in speech is SUPPORT occurred
    split_switched_ties(doc, drafts)  # "switched recognition from X to Y": ties ended and recognition extended
    occasion_sides(drafts)  # "signed a pact during Xi's visit": the visit is to the other signer
    occasion_parties(drafts)  # "a protocol signed in May, when X visited Y": those who met signed
    used = {g.i for d in drafts if (g := governed[d.token.i][0]) is not None}
    drafts += _ungoverning(doc, kb, triggers, governed, governors - used)
    drafts += recalled_acts(doc, drafts, set(triggers), kb)  # "the Lombok Treaty of 2006" (nlp/recalled_acts.py)
    drafts += told_meetings(doc, drafts, set(triggers), kb)  # "Kim told Shoigu in Pyongyang" (nlp/told_meetings.py)
    drafts += tour_legs(doc, drafts, kb)  # "a tour that began in Japan" (nlp/tour_legs.py)
    drafts += conjoined_attacks(doc, drafts, set(triggers), kb)  # "struck X and hit Y" (nlp/conjoined_attacks.py)
    drafts += truce_accords(doc, drafts, set(triggers), kb)  # "a truce brokered by X" (nlp/truce_accords.py)
    drafts = returned_invitations(doc, drafts)  # "Y returned the invitation" (nlp/return_visits.py)
    drafts.sort(key=lambda d: d.token.i)
    _attend_antecedent(drafts)
    earlier_gathering(drafts)
    delegations(doc, drafts)
    pairs_told_before(drafts)
    _fill_context_targets(doc, drafts, kb)
    partner_targets(drafts, kb)
    own_side_targets(drafts, kb)  # an act aimed at its own side goes to the partner (nlp/own_targets.py)
    criticised_acts(drafts)
    answers_in_kind(doc, drafts)  # acts done back in kind, once the acts they answer have their sides
    for d in drafts:  # each actor once on a side, whichever later step added it
        d.source, d.target = unique(d.source), unique(d.target)
    return drafts


def _market_reaction(draft: Draft) -> bool:
    """"Peso traders welcomed the news": a market's cheer at news that names no one, not an act towards a
    state (PLOVER codes businesses' demands and protests, which name whom they address)."""
    return draft.type == "SUPPORT" and not draft.target and bool(draft.source) and all(
        r.kind == "group" and r.sector == "BUS" for r in draft.source)


def _parties_from_agreement(drafts: list[Draft], governed: dict) -> None:
    """"signed a declaration committing both sides to begin talks": an act the agreement commits to, with
    no parties of its own, is held by the agreeing parties."""
    by_token = {d.token.i: d for d in drafts if d.type == "AGREE" and (d.source or d.target)}
    for d in drafts:
        governor = governed[d.token.i][0]
        if d.source or d.target or governor is None:
            continue
        # the committing word itself, or the signing it describes ("signed a declaration committing ...")
        agreement = next((by_token[t.i] for t in [governor, *list(governor.ancestors)[:2]] if t.i in by_token), None)
        if agreement is not None:
            d.source, d.target = list(agreement.source), list(agreement.target)


def _attend_antecedent(drafts: list[Draft]) -> None:
    """"invited X to the inauguration ... Y would attend", "A hosts a forum; B may send an official":
    attending with no gathering named is of the one the sentence just named: its mode, and its host."""
    for i, draft in enumerate(drafts):
        token = draft.token
        bare = not has_object(token) or (token.lemma_.lower() == "send" and not prep_objects(token, {"to"}))
        if draft.type != "CONSULT" or token.lemma_.lower() not in ATTENDING or not bare or draft.target:
            continue
        before = [d for d in drafts[:i] if d.type == "CONSULT" and d.sent == draft.sent
                  and (d.token.pos_ == "NOUN" or hosts_gathering(d.token))]
        if before:
            named, own = before[-1], {r.actor_id for r in draft.source}
            draft.mode = named.mode or draft.mode
            hosts = named.source if hosts_gathering(named.token) else named.target
            draft.target = [r for r in hosts if r.actor_id not in own]
            draft.location = draft.location or named.location
            draft.date = draft.date or named.date  # one takes part in a gathering when it is held


def _ungoverning(doc: Doc, kb, triggers: dict, governed: dict, idle: set[int]) -> list[Draft]:
    """Governors whose governed words made no event are events themselves ("rejected calls for aid":
    "aid" alone is none, so the calls are), innermost first so that each governs at most one event."""
    drafts: list[Draft] = []
    pending = {i for i in idle if i in triggers}
    while pending:
        ready = {i for i in pending if not any(j in pending for j, (g, _) in governed.items()
                                               if g is not None and g.i == i)}
        if not ready:
            break
        for i in sorted(ready):
            draft = draft_event(doc, doc[i], triggers[i], set(triggers), kb, governed[i])
            if draft is not None:
                drafts.append(draft)
                pending.discard(governed[i][0].i if governed[i][0] is not None else -1)
        pending -= ready
    return drafts


def _fill_context_targets(doc: Doc, drafts: list[Draft], kb) -> None:
    """Give recipient-less drafts the party their sentence implies (see _context_target)."""
    for draft in drafts:
        if not draft.source or any(party_key(r) for r in draft.target) or draft.type == "CONSULT":
            continue
        # a verb conjoined to this one ("called X unreasonable and asked for Y") speaks to the same side
        taken = {r.actor_id for d in drafts if d is not draft and d.token.sent == draft.token.sent
                 for r in d.source + (d.target if d.token not in draft.token.conjuncts else [])}
        # a group of no known state ("withdraw its troops from ...") is what is moved, not who receives it
        draft.target = (_context_target(doc, draft.token, draft.source, draft.type, kb, taken)
                        or place_target(draft, kb) or draft.target)


class EventComponent:
    """Doc -> Doc: fills doc._.events with Event records."""

    def __init__(self, kb):
        self.kb = kb

    def __call__(self, doc: Doc) -> Doc:
        from detente.nlp.event_links import settle
        drafts = find_drafts(doc, self.kb)
        for draft in drafts:  # sides filled from context still take the capital the sentence acts through
            draft.source = as_written(doc, draft.token, draft.source)
            draft.target = as_written(doc, draft.token, draft.target)
        doc._.events = settle(doc, drafts)
        return doc


@Language.factory("detente_events", default_config={})
def make_event_component(nlp, name):
    from detente.nlp.context import current_kb
    return EventComponent(current_kb())
