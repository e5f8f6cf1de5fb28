"""Triggers for phrases about relations between states that no single word codes: meals with guests, advice
to one's people to stay away from a country, channels set up between two sides, time spent together,
commitments affirmed, pacts declared void, access granted, joint schemes that start, undertakings of both
sides, goods handed over to help, forces pulled back or moved in, halts on exchanges lifted, pacts brokered;
and the reasons for a charge, which are no events of their own.

Each rule follows a PLOVER manual definition: CONSULT covers meetings of any form; SANCTION "all reductions in
existing, routine, or cooperative relations" (CAMEO 16); RETREAT 'access' lets observers or aid in; REJECT
'assist' refuses any form of exchange. The rules are asked by `trigger_phrases.phrase_trigger` before the word
lexicon.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.events.ontology import VERB_TRIGGERS, Trigger

# A meal given for or shared with guests is a meeting (PLOVER CONSULT), whoever sits at the table.
MEALS = {"dinner", "lunch", "luncheon", "breakfast", "banquet", "supper", "brunch", "reception", "feast"}
GUEST_VERBS = {"hold", "give", "throw", "join", "have", "share", "offer", "eat"}


def meal_with_guests(token: Token) -> Trigger | None:
    """"invited X to a leaders' dinner", "had lunch with X", "a banquet for the visiting king": a meeting;
    a guest invited to a host's table visits the host."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in MEALS:
        return None
    verb = token.head.head if token.dep_ == "pobj" and token.head.lower_ in {"to", "for", "at"} else \
        token.head if token.dep_ == "dobj" else None
    if verb is not None and verb.lemma_.lower() in VERB_TRIGGERS:
        return None  # "hosted a dinner", "met at a lunch": the verb tells the meeting
    if verb is not None and verb.lemma_.lower() in {"invite", "welcome"}:
        return Trigger("CONSULT", "visit")
    companions = [c for c in token.children if c.dep_ == "prep" and c.lower_ in {"with", "for"}]
    if verb is not None and verb.lemma_.lower() in GUEST_VERBS:
        # "had lunch with X": the companion hangs on the verb
        companions += [c for c in verb.children if c.dep_ == "prep" and c.lower_ in {"with", "for"}]
    return Trigger("CONSULT") if companions else None


# Telling one's own people to stay away from a country curtails exchanges with it (PLOVER SANCTION
# 'discontinue', CAMEO 16): "advised its citizens to avoid travel to Japan", "warned nationals against visiting".
ADVISING_VERBS = {"advise", "warn", "urge", "tell", "ask", "caution", "instruct", "remind", "call"}
SHUNNING_VERBS = {"avoid", "shun", "reconsider", "postpone", "cancel", "suspend", "defer", "delay", "halt", "stop"}
JOURNEYS = {"travel", "trip", "visit", "journey", "tourism", "holiday", "vacation", "tour", "study", "flight"}


def advised_against_travel(token: Token) -> Trigger | bool | None:
    """The journey a state tells its people to shun is the event (a SANCTION towards the destination), as is
    a travel warning; the advising verb, told once through the journey, is none."""
    if token.pos_ == "VERB" and token.lemma_.lower() in ADVISING_VERBS and \
            any(_shunned_journey(t) for t in token.subtree if t.i != token.i):
        return False
    travel_notice = token.pos_ == "NOUN" and token.lemma_.lower() in {"warning", "advisory", "alert"} and \
        any(c.dep_ in {"compound", "amod"} and c.lemma_.lower() in {"travel", "tourism"} for c in token.children)
    if not travel_notice and not _shunned_journey(token):
        return None
    return Trigger("SANCTION", "discontinue", cameo="160")


def _shunned_journey(token: Token) -> bool:
    """"(to avoid) travel to Japan", "(against) visiting Korea": a journey under an advice to shun it."""
    if token.lemma_.lower() not in JOURNEYS and not (token.pos_ == "VERB" and token.lemma_.lower() in {"go", "fly"}):
        return False
    head = token.head
    if token.dep_ in {"dobj", "xcomp"} and head.lemma_.lower() in SHUNNING_VERBS:
        return head.dep_ == "xcomp" and head.head.lemma_.lower() in ADVISING_VERBS
    if token.dep_ in {"pobj", "pcomp"} and head.lower_ in {"against", "from"}:
        return head.head.lemma_.lower() in ADVISING_VERBS | {"advisory", "warning", "refrain"}
    return False


# Standing channels between two sides: setting one up is a (planned) consultation.
CHANNELS = {"hotline", "channel", "mechanism", "line", "dialogue", "commission", "committee", "group", "council",
            "forum", "task force", "taskforce"}
CHANNEL_MARKS = {"working", "contact", "joint", "bilateral", "communication", "communications", "dialogue",
                 "consultation", "consultative", "coordination", "military", "crisis", "direct", "strategic",
                 "hot", "diplomatic", "trilateral"}
FOUNDING_VERBS = {"establish", "create", "form", "launch", "open", "set", "institute", "reopen", "restore", "revive"}


def channel_set_up(token: Token) -> Trigger | None:
    """"agreed to establish a military hotline", "would set up a crisis working group": a channel for talks
    between the sides (CONSULT); a lone "committee" or "line" needs a mark that it joins two sides."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma not in FOUNDING_VERBS:
        return None
    if lemma == "set" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in token.children):
        return None
    for obj in (c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}):
        marks = {c.lower_ for c in obj.children if c.dep_ in {"compound", "amod"}}
        if obj.lemma_.lower() == "hotline" or (obj.lemma_.lower() in CHANNELS and marks & CHANNEL_MARKS):
            return Trigger("CONSULT")
    return None


TIME_NOUNS = {"hour", "day", "minute", "week", "time", "evening", "morning", "afternoon", "night", "weekend"}


def spent_time_together(token: Token) -> Trigger | None:
    """"X and Y spent twelve hours together", "spent the evening with X": time spent with another is a meeting."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "spend":
        return None
    words = [t for c in token.children if c.dep_ in {"dobj", "npadvmod", "advmod"} for t in c.subtree]
    if not any(t.lemma_.lower() in TIME_NOUNS for t in words):
        return None
    together = any(t.lower_ == "together" for t in words) or \
        any(c.dep_ == "advmod" and c.lower_ == "together" for c in token.children)
    company = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children]
    return Trigger("CONSULT") if together or company else None


# Saying again that a commitment holds is support for those it protects (PLOVER SUPPORT).
AFFIRMING_VERBS = {"reaffirm", "affirm", "reiterate", "restate", "confirm", "underline", "underscore", "stress"}
COMMITMENTS = {"treaty", "commitment", "alliance", "pact", "guarantee", "obligation", "pledge", "promise",
               "support", "assurance", "partnership", "friendship"}
HOLDING_VERBS = {"cover", "apply", "extend", "remain", "stand", "hold", "protect", "include"}


def affirmed_commitment(token: Token) -> Trigger | None:
    """"reaffirmed that the defence treaty covers X", "reiterated its commitment to X": support."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in AFFIRMING_VERBS:
        return None
    if any(c.dep_ == "dobj" and c.lemma_.lower() in COMMITMENTS - {"support"} for c in token.children):
        return Trigger("SUPPORT")
    for clause in (c for c in token.children if c.dep_ == "ccomp" and c.lemma_.lower() in HOLDING_VERBS):
        if any(s.dep_ in {"nsubj", "nsubjpass"} and s.lemma_.lower() in COMMITMENTS for s in clause.children):
            return Trigger("SUPPORT")
    return None


# Declaring an agreement dead rejects the exchange it set up (PLOVER REJECT 'assist').
VOID_WORDS = {"void", "null", "invalid", "dead", "defunct", "obsolete", "moot", "nullified", "finished", "over"}
PACTS = {"arrangement", "agreement", "deal", "accord", "treaty", "pact", "understanding", "commitment", "truce",
         "ceasefire", "memorandum", "protocol", "framework", "armistice", "convention"}
DEEMING_VERBS = {"consider", "deem", "declare", "regard", "treat", "call", "pronounce", "render", "view"}


def declared_void(token: Token) -> Trigger | bool | None:
    """"would consider the arrangement void", "declared the treaty null and void": a rejection of the pact;
    the pact named is not an agreement of the sentence."""
    if token.pos_ == "NOUN" and token.lemma_.lower() in PACTS:
        deeming = next((a for a in list(token.ancestors)[:3] if a.lemma_.lower() in DEEMING_VERBS), None)
        return False if deeming is not None and token in _voided_pacts(deeming) else None
    if token.pos_ == "VERB" and token.lemma_.lower() in DEEMING_VERBS and _voided_pacts(token):
        return Trigger("REJECT", "assist")
    return None


def _voided_pacts(verb: Token) -> list[Token]:
    """The pacts a deeming verb's complement calls void ("the deal dead", "the treaty null")."""
    words = [t for c in verb.children if c.dep_ in {"dobj", "ccomp", "oprd", "xcomp", "acomp", "attr"}
             for t in c.subtree]
    if not any(t.lower_ in VOID_WORDS for t in words):
        return []
    return [t for t in words if t.lemma_.lower() in PACTS]


# Letting observers, inspectors or aid in is PLOVER RETREAT 'access' (CAMEO 086: allow international involvement).
ADMITTING_VERBS = {"allow", "permit", "grant", "give", "approve", "authorize", "authorise", "let", "admit",
                   "guarantee", "restore", "provide", "resume"}
RECEIVING_VERBS = {"allow", "permit", "let", "admit", "receive", "accept", "welcome"}
WATCHERS = {"inspector", "observer", "monitor", "peacekeeper", "investigator"}


def allowed_access(token: Token) -> Trigger | None:
    """"granted the inspectors access", "inspectors' access must be approved", "welcomed an observer mission"."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma not in ADMITTING_VERBS | RECEIVING_VERBS:
        return None
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass", "dative"}]
    if lemma in ADMITTING_VERBS and any(o.lemma_.lower() == "access" and _access_in(o, token) for o in objects):
        return Trigger("RETREAT", "access", cameo="086")
    if lemma in RECEIVING_VERBS and any(_watchers(o) for o in objects):
        return Trigger("RETREAT", "access", cameo="086")
    return None


ACCESS_HOLDERS = WATCHERS | {"worker", "agency", "convoy", "relief", "aid", "ngo", "staff", "team", "inspection"}
PLACES = {"site", "area", "facility", "prison", "camp", "zone", "region", "town", "city", "plant", "reactor", "base",
          "detainee", "prisoner", "territory", "border", "village", "district", "province"}


def _access_in(access: Token, verb: Token) -> bool:
    """Access that lets outsiders in: humanitarian, for inspectors or aid workers, or to a place (not "access
    to a transcript")."""
    words = [t for c in access.children for t in c.subtree] + \
        [t for c in verb.children if c.dep_ in {"dative", "dobj"} and c.i != access.i for t in c.subtree]
    if any(t.lemma_.lower() in ACCESS_HOLDERS | {"humanitarian"} or "peacekeep" in t.lower_ for t in words):
        return True
    places = [g for c in access.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children]
    return any(p.lemma_.lower() in PLACES or p.ent_type_ in {"GPE", "LOC", "FAC"} for p in places)


def _watchers(token: Token) -> bool:
    """"observers", "peacekeepers", "an observer mission", "a team of monitors": people sent in to watch."""
    if token.lemma_.lower() in WATCHERS or "peacekeep" in token.lower_:
        return True
    parts = [c for c in token.children if c.dep_ in {"compound", "amod"}] + \
        [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return token.lemma_.lower() in {"mission", "convoy", "team", "delegation", "group"} and \
        any(p.lemma_.lower() in WATCHERS | {"inspection", "monitoring", "observation"} for p in parts)


# A joint scheme that begins or takes effect is the cooperation itself getting under way (PLOVER COOPERATE).
SCHEMES = {"scheme", "programme", "program", "pilot", "arrangement", "mechanism", "project", "initiative",
           "partnership", "framework", "exchange", "swap"}
STARTING = {"begin", "start", "launch", "commence", "operate"}


def scheme_started(token: Token) -> Trigger | None:
    """"the scheme would begin in the coming weeks", "the pilot takes effect on Monday": cooperation starts."""
    if token.pos_ != "VERB":
        return None
    lemma = token.lemma_.lower()
    takes_effect = lemma in {"take", "come", "enter", "go"} and any(
        t.lower_ in {"effect", "force", "operation"} for c in token.children for t in c.subtree)
    if lemma not in STARTING and not takes_effect:
        return None
    subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return Trigger("COOPERATE") if any(s.lemma_.lower() in SCHEMES for s in subjects) else None


# What someone is punished or accused for is the charge, not an act the sentence reports.
PUNISHING = {"arrest", "detain", "jail", "imprison", "sentence", "convict", "charge", "accuse", "fine", "punish",
             "prosecute", "indict", "expel", "deport", "execute", "sanction", "blame", "suspect", "try", "hang"}
CHARGES = {"charges", "accusations", "allegations", "suspicion", "suspicions"}


def alleged_reason(token: Token) -> bool | None:
    """"was detained for cooperating with a foreign service", "accused X of shelling Y": the reason is no event."""
    if token.pos_ != "VERB" or token.dep_ != "pcomp" or token.head.lower_ not in {"for", "of"}:
        return None
    charged = token.head.head
    # "on charges of spying" (not "in charge of talks": the post held, not a charge laid)
    if (charged.pos_ == "VERB" and charged.lemma_.lower() in PUNISHING) or charged.lower_ in CHARGES:
        return False
    return None


WEAPONS = {"weapon", "arm", "firearm", "ammunition", "rifle", "missile"}


def handed_over_aid(token: Token) -> Trigger | None:
    """"handed over two tonnes of vaccines to the health ministry": goods handed over to help are aid, not a release."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in {"hand", "turn"} or \
            not any(c.dep_ == "prt" and c.lower_ == "over" for c in token.children):
        return None
    from detente.nlp.triggers import AID_OBJECTS
    objects = [c for c in token.children if c.dep_ == "dobj"]
    goods = objects + [g for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children]
    # weapons handed over are laid down (a disarmament), not given to help
    return Trigger("AID") if any(g.lemma_.lower() in AID_OBJECTS - WEAPONS for g in goods) else None


# "Each side would set out its vision": what both sides are to do, told as settled, is a mutual undertaking.
PAIR_WORDS = {"side", "party", "country", "government", "nation", "delegation", "capital"}
UNDERTAKINGS = {"set", "present", "submit", "draw", "prepare", "exchange", "work", "continue", "maintain",
                "establish", "appoint", "name", "study", "review", "respect", "refrain", "implement", "draft",
                "outline", "share", "designate", "form", "pursue", "keep"}


def mutual_undertaking(token: Token) -> Trigger | None:
    """"each side would set out its own plan", "both parties will appoint envoys": an agreement (AGREE)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in UNDERTAKINGS or token.lemma_.lower() in VERB_TRIGGERS:
        return None
    if not any(c.dep_ == "aux" and c.lower_ in {"would", "will", "shall", "'ll"} for c in token.children):
        return None
    return Trigger("AGREE") if any(_both_sides(s) for s in token.children if s.dep_ == "nsubj") else None


def _both_sides(subject: Token) -> bool:
    """"each side", "both parties", "the two countries"."""
    if subject.lemma_.lower() not in PAIR_WORDS:
        return False
    return any(c.lower_ in {"each", "both", "two"} for c in subject.children if c.dep_ in {"det", "nummod", "predet"})


# Taking troops back from a line (PLOVER RETREAT 'withdraw'), told by a noun or by ending a presence.
PULLBACK_NOUNS = {"disengagement", "pullback", "drawdown"}
ENDING_PRESENCE = {"end", "terminate", "reduce", "dismantle", "withdraw"}


def forces_pulled_back(token: Token) -> Trigger | None:
    """"the accord brings the disengagement of both armies", "Kigali will end its military presence there":
    a withdrawal of forces (the word "presence" alone is no event)."""
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN" and lemma in PULLBACK_NOUNS:
        return Trigger("RETREAT", "withdraw")
    if token.pos_ != "VERB" or lemma not in ENDING_PRESENCE:
        return None
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    return Trigger("RETREAT", "withdraw") if any(o.lemma_.lower() == "presence" for o in objects) else None


FORCES = {"army", "troop", "force", "soldier", "unit", "battalion", "brigade", "division", "military", "tank"}
MOVING_VERBS = {"move", "redeploy", "march", "roll"}


def forces_moved_in(token: Token) -> Trigger | None:
    """"the Sudanese army moved into the valley", "troops rolled into the town": forces sent into a place
    are a deployment (MOBILIZE), not a withdrawal."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in MOVING_VERBS:
        return None
    if not any(c.dep_ == "prep" and c.lower_ in {"into", "to", "toward", "towards"} for c in token.children):
        return None
    subjects = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return Trigger("MOBILIZE", "troops") if any(s.lemma_.lower() in FORCES for s in subjects) else None


# Lifting a halt on an exchange resumes the exchange: its own type, not a concession (PLOVER COOPERATE/AID).
PAUSES = {"pause", "freeze", "suspension", "halt", "hold"}
RESUMED = {"sharing": "COOPERATE", "cooperation": "COOPERATE", "exchange": "COOPERATE", "trade": "COOPERATE",
           "aid": "AID", "assistance": "AID", "delivery": "AID", "shipment": "AID", "supply": "AID"}


def lifted_pause(token: Token) -> Trigger | None:
    """"will lift its freeze on military aid", "ended the suspension of data sharing": the exchange resumes."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in {"lift", "end", "reverse", "unfreeze"}:
        return None
    pauses = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in PAUSES]
    if not pauses:
        return None
    held = [g for h in (token, *pauses) for c in h.children if c.dep_ == "prep" and c.lower_ in {"on", "of"}
            for g in c.children]
    kinds = [RESUMED[t.lemma_.lower()] for g in held for t in (g, *g.conjuncts) if t.lemma_.lower() in RESUMED]
    return Trigger(kinds[0]) if kinds else None


BROKERING = {"broker", "mediate", "facilitate"}


def brokered_pact(token: Token) -> Trigger | None:
    """"a deal brokered by Oman", "Qatar brokered the prisoner swap": the brokers mediated (CONSULT
    'third-party'); the pact itself is told by its own noun."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in BROKERING:
        return None
    pacts = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    if token.dep_ == "acl":
        pacts.append(token.head)
    return Trigger("CONSULT", "third-party") if any(p.lemma_.lower() in PACTS for p in pacts) else None


RECOGNISING = {"recognise", "recognize"}
# What one is recognised as that makes the recognition political: a ruler, a government or a state.
RULER_NOUNS = {"president", "president-elect", "leader", "head", "ruler", "government", "authority", "state",
               "representative", "sovereign", "sovereignty", "winner", "prime", "premier"}


def recognised_ruler(token: Token) -> Trigger | None:
    """"Paris recognised her as interim president", "recognised the rival government": recognising a claimant or
    a state is political support (CAMEO 054 grant diplomatic recognition, PLOVER SUPPORT); "recognised the need
    for" is no event."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in RECOGNISING:
        return None
    roles = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "as" for g in c.children]
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    named = any(o.lemma_.lower() in RULER_NOUNS or o.lemma_.lower() in {"independence", "statehood"}
                or o.ent_type_ == "GPE" for o in objects)
    # "as president-elect" comes in three tokens: any ruler word in the role phrase
    if objects and (named or any(t.lemma_.lower() in RULER_NOUNS for r in roles for t in r.subtree)):
        return Trigger("SUPPORT", cameo="054")
    return None


JOINT_SUBJECTS = {"they", "we", "both"}


def joint_vow(token: Token) -> Trigger | None:
    """"they vowed together to widen trade", "both leaders swore to deepen ties": a vow the sides
    make together binds both (PLOVER AGREE); one state's vow to hit back or hunt down is no agreement."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in {"vow", "swear"}:
        return None
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None or not any(c.dep_ == "xcomp" for c in token.children):
        return None
    joint = subject.lower_ in JOINT_SUBJECTS or bool(subject.conjuncts) or \
        any(c.lower_ in {"both", "two"} for c in subject.children)
    return Trigger("AGREE") if joint else None
