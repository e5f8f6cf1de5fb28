"""Triggers decided by talks and contacts: the topic of talks is no event, being expected at a gathering is
attendance, and cutting off contacts between states is a sanction (PLOVER SANCTION 'discontinue', CAMEO 16x).
Visits and meetings a phrase tells (PLOVER CONSULT covers meetings of any form): an invitation to a place, a
leader going to one, guests received, a round held somewhere; terms settled on are an agreement; hosting the
gathering a sentence names is no visit."""

from __future__ import annotations

from spacy.tokens import Token

from detente.events.ontology import MULTILATERAL_VENUES, Trigger
from detente.nlp.syntax import prep_objects

# Nouns and verbs whose "on/about X" or object X is what is talked about, not an act of its own.
TOPIC_HOLDERS = {"talk", "talks", "negotiation", "discussion", "dialogue", "consultation", "conversation",
                 "agreement", "deal", "accord", "debate"}
TOPIC_PREPS = {"on", "about", "over", "regarding", "concerning"}
TOPIC_VERBS = {"discuss", "negotiate", "debate"}


def talk_topic(token: Token) -> bool | None:
    """"held talks on rail tariffs", "discussed tariffs": the topic noun is no event (False), else None."""
    if token.pos_ != "NOUN" or token.lemma_.lower() in TOPIC_HOLDERS:
        return None
    head = token.head
    if token.dep_ == "pobj" and head.lower_ in TOPIC_PREPS and head.head.lemma_.lower() in TOPIC_HOLDERS:
        return False
    if token.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in TOPIC_VERBS:
        return False
    return None


GATHERING_ENTS = {"GPE", "FAC", "LOC", "EVENT", "ORG"}  # the model often tags a capital as ORG
# Who can be expected somewhere in person ("a decision is expected in Brussels" is no attendance).
ATTENDERS = {"minister", "leader", "president", "premier", "chief", "envoy", "delegation", "official",
             "diplomat", "head", "king", "queen", "chancellor", "secretary", "ambassador", "counterpart", "general",
             "man", "woman", "pair"}  # "both men are expected at the forum": the people the text just named


def expected_at(token: Token) -> Trigger | None:
    """"Both ministers are expected at the summit in Lima": someone expected at a gathering or place attends."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "expect":
        return None
    subject = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
    if subject is None or not (subject.lemma_.lower() in ATTENDERS or subject.ent_type_ in {"PERSON", "GPE", "NORP"}):
        return None
    if any(c.dep_ in {"xcomp", "ccomp", "dobj"} for c in token.children):
        return None  # "expected to attend" is coded by its own verb
    places = [g for c in token.children if c.dep_ == "prep" and c.lower_ in {"at", "in"}
              for g in c.children if g.dep_ == "pobj"]
    if any(p.lemma_.lower() in MULTILATERAL_VENUES for p in places):
        return Trigger("CONSULT", "multilateral")
    if any(p.pos_ == "PROPN" and p.ent_type_ in GATHERING_ENTS for p in places):
        return Trigger("CONSULT", "visit")
    return None


SEVERING_VERBS = {"cut", "sever", "break", "suspend", "freeze", "halt"}
CONTACTS = {"contact", "communication", "communications", "channel", "exchange", "link", "hotline"}


def severed_contacts(token: Token) -> Trigger | None:
    """"cut off military contacts", "severed communication channels", "the links that Tokyo suspended":
    reducing relations is a SANCTION."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in SEVERING_VERBS:
        return None
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    if token.dep_ == "relcl" and all(o.lower_ in {"that", "which"} for o in objects):
        objects.append(token.head)  # the relative clause's object is the noun it describes
    if any(o.lemma_.lower() in CONTACTS for o in objects):
        return Trigger("SANCTION", "discontinue", cameo="161")
    return None


PLACE_ENTS = {"GPE", "FAC", "LOC"}


def _kind(token: Token) -> str | None:
    """The kind of actor the token names ("state" for "Moscow", "person" for "Putin"), when actors ran first."""
    span = (token.doc._.mention_at or {}).get(token.i)
    return span._.ref.kind if span is not None else None


def _place_objects(verb: Token, preps: set[str]) -> list[Token]:
    """The named places a verb's prepositions lead to ("to Moscow", "in Rio")."""
    return [g for c in verb.children if c.dep_ == "prep" and c.lower_ in preps for g in c.children
            if g.dep_ == "pobj" and g.pos_ == "PROPN" and (g.ent_type_ in PLACE_ENTS or _kind(g) == "state")]


def invited_to_place(token: Token) -> Trigger | None:
    """"invited her Chilean counterpart to Lisbon": asking someone to come to a place proposes a visit there;
    the guest would be the visitor (read as for "invited X to visit")."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "invite":
        return None
    if not any(c.dep_ == "dobj" for c in token.children) or any(c.dep_ in {"xcomp", "advcl"} for c in token.children):
        return None  # "invited X to visit / to attend": the visit verb is the event
    return Trigger("CONSULT", "visit") if _place_objects(token, {"to"}) else None


GOING_VERBS = {"go", "come", "head"}
TRAVELLERS = ATTENDERS - {"man", "woman", "pair"} | {"prime", "pope", "delegate", "emperor", "crown", "prince"}


# Setting out for a place: "left for Vienna", "departed for Beijing" (the goal follows "for", not "to").
SETTING_OUT = {"leave", "depart"}


def went_to_place(token: Token) -> Trigger | None:
    """"Abe first went to Tehran in 2019", "the minister came to Delhi", "Scholz left for Vienna": a leader or
    official going or setting out to a named place visits it (the verb "travel" is in the lexicon; plain "go"
    needs a traveller and a place)."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma not in GOING_VERBS | SETTING_OUT or token.dep_ == "xcomp":
        return None
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None or not (subject.ent_type_ == "PERSON" or _kind(subject) == "person"
                               or subject.lemma_.lower() in TRAVELLERS):
        return None
    goal = {"for"} if lemma in SETTING_OUT else {"to"}
    return Trigger("CONSULT", "visit") if _place_objects(token, goal) else None


CALL_VERBS = {"call", "ring"}
# Complements that make "called X ..." a naming ("called him a liar") or a summons ("called X in"), no telephone call.
NAMING_DEPS = {"oprd", "attr", "acomp", "ccomp", "prt", "dative"}


def phoned_person(token: Token) -> Trigger | None:
    """"Erdogan called Putin on Tuesday", "the chancellor rang his French counterpart": calling a named leader or
    state (the object, with no naming complement) is a telephone call, PLOVER CONSULT 'phone'."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in CALL_VERBS or token.tag_ == "VBN":
        return None  # a participle is a naming ("the so-called", "a man called X") or passive
    if any(c.dep_ in NAMING_DEPS for c in token.children):
        return None
    callee = next((c for c in token.children if c.dep_ == "dobj"), None)
    if callee is None or callee.lower_ in {"it", "that", "this", "what"} or _particle_objects(token, {"on", "upon"}):
        return None  # "called on the minister": a call in person (called_on_person), no telephone
    named = _kind(callee) in {"person", "state"} or callee.lemma_.lower() in {"counterpart"}
    return Trigger("CONSULT", "phone") if named else None


def called_on_person(token: Token) -> Trigger | None:
    """"called on the prime minister later in the day": calling on a person, with no act asked of them, is a
    courtesy visit, PLOVER CONSULT 'visit' ("called on Beijing to stop ..." stays the lexicon's request)."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "call" or (_asks_act(token) and not _errand(token)):
        return None
    hosts = [h for h in prep_objects(token, {"on", "upon"}) if h.ent_type_ not in {"DATE", "TIME"}] \
        or _particle_objects(token, {"on", "upon"})  # "on Thursday" tells the day, not the host
    if not hosts or any(_asks_act(h) for h in hosts):
        return None
    return Trigger("CONSULT", "visit") if all(_is_person(h) and _kind(h) != "state" for h in hosts) else None


def _particle_objects(verb: Token, particles: set[str]) -> list[Token]:
    """The objects of a phrasal verb whose particle is in `particles` ("calling on X" parsed as a particle, or a
    bare preposition right after the verb, and an object)."""
    if not any(c.dep_ in {"prt", "prep"} and c.lower_ in particles and c.i == verb.i + 1 and not list(c.children)
               for c in verb.children):
        return []
    return [c for c in verb.children if c.dep_ == "dobj"]


# what a caller comes to do at the host's office: "called on the minister to convey the decision"
ERRAND_VERBS = {"convey", "deliver", "relay", "discuss", "bid", "pay"}


def _errand(token: Token) -> bool:
    """The call's only clause is a purpose infinitive of the caller's own errand ("called on X on Thursday to
    convey the decision", "to pay his respects"), not an act asked of the host."""
    clauses = [c for c in token.children if c.dep_ in {"xcomp", "ccomp", "advcl"}]
    return len(clauses) == 1 and clauses[0].lemma_.lower() in ERRAND_VERBS and \
        any(a.dep_ == "aux" and a.lower_ == "to" for a in clauses[0].children) and \
        not any(c.dep_ == "prep" and c.lower_ == "for" for c in token.children)


def _asks_act(token: Token) -> bool:
    """The word governs an act asked for: an infinitive or clause ("to stop"), or a "for" phrase ("for calm")."""
    return any(c.dep_ in {"xcomp", "ccomp", "advcl"} or (c.dep_ == "prep" and c.lower_ == "for")
               for c in token.children)


def settled_on(token: Token) -> Trigger | None:
    """"the envoys settled on a text for the communique": choosing terms together is an agreement (the lexicon's
    "settle" wants an object: "settled the dispute")."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "settle":
        return None
    terms = [g for c in token.children if c.dep_ == "prep" and c.lower_ in {"on", "upon"} for g in c.children]
    return Trigger("AGREE") if any(t.pos_ == "NOUN" for t in terms) else None


GUESTS = ATTENDERS - {"man", "woman", "pair", "general"} | {"counterpart", "delegate", "guest", "visitor"}


def received_guests(token: Token) -> Trigger | None:
    """"will receive the Kenyan president on Monday", "received a Chinese delegation": a host meeting
    officials who come to it (as "host" is in the lexicon); receiving inspectors is access (allowed_access)."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "receive":
        return None
    if any(c.dep_ in {"advcl", "xcomp"} for c in token.children):
        return None  # "received X to discuss the dispute": the purpose verb tells the meeting
    guests = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}] or _shared_subjects(token)
    if not any(_is_person(g) for g in guests):
        return None
    # "the bloc's foreign ministers", "NATO defence ministers": a grouping's members meet at the host's
    bloc = any(_of_grouping(c) for g in guests for c in g.children if c.dep_ in {"poss", "compound", "nmod"})
    return Trigger("CONSULT", "multilateral" if bloc else "visit")


def _is_person(token: Token) -> bool:
    """A person or an official by their noun ("the Kenyan president", "a delegation", "Macron")."""
    return token.lemma_.lower() in GUESTS or token.ent_type_ == "PERSON" or _kind(token) == "person"


def _shared_subjects(token: Token) -> list[Token]:
    """"Macron arrived on Tuesday and was received by the king": a conjoined verb's subject is the first verb's."""
    if token.dep_ != "conj" or token.head.pos_ != "VERB":
        return []
    return [c for c in token.head.children if c.dep_ in {"nsubj", "nsubjpass"}]


HANDING_VERBS = {"hand", "deliver", "present", "give", "pass"}
# Papers handed over in person: a letter, a message, credentials, formal papers (a protest note is a protest).
PAPERS = {"letter", "message", "paper", "papers", "credential", "credentials", "document", "invitation"}


def handed_papers(token: Token) -> Trigger | None:
    """"handed the formal papers to the Palestinian prime minister", "presented his credentials to the king",
    "delivered a letter from Lula to Xi": papers given to a person in person are a meeting (PLOVER CONSULT)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in HANDING_VERBS or any(c.dep_ == "neg" for c in token.children):
        return None
    if not any(c.dep_ in {"dobj", "nsubjpass"} and (c.lemma_.lower() in PAPERS or c.lower_ in PAPERS)
               for c in token.children):
        return None
    receivers = [g for c in token.children if c.dep_ in {"prep", "dative"} and c.lower_ == "to"
                 for g in c.children if g.dep_ == "pobj"]
    receivers += [c for c in token.children if c.dep_ == "dative" and c.lower_ != "to"]
    return Trigger("CONSULT") if any(_is_person(r) or _named_person(r) for r in receivers) else None


PLACE_ENTS = {"GPE", "ORG", "LOC", "FAC", "NORP"}


def _named_person(token: Token) -> bool:
    """A proper name the tagger gave no person type but no place or body type either ("President Ruto")."""
    return token.pos_ == "PROPN" and token.ent_type_ not in PLACE_ENTS


SEATING_VERBS = {"sit"}


def sat_down_with(token: Token) -> Trigger | bool | None:
    """"sat down with the Russian foreign minister", "will sit down with Kim": a meeting told by sitting down
    together (the plain "sat with" of someone beside one at a table is no meeting)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in SEATING_VERBS:
        return None
    if not any(c.dep_ in {"prt", "advmod"} and c.lower_ == "down" for c in token.children):
        return None
    if _after_journey(token):
        return False
    met = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
           if g.dep_ == "pobj"]
    return Trigger("CONSULT") if any(_is_person(m) or _kind(m) in {"state", "org"} for m in met) else None


JOURNEY_VERBS = {"fly", "travel", "go", "come", "arrive", "head", "visit", "jet"}


def _after_journey(token: Token) -> bool:
    """"flew to Caracas and sat down with Maduro": the meeting is the visit the journey verb already tells."""
    return token.dep_ == "conj" and token.head.lemma_.lower() in JOURNEY_VERBS


def shook_hands(token: Token) -> Trigger | bool | None:
    """"the two leaders shook hands at the summit", "Xi shook hands with Modi": a handshake is a meeting."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "shake":
        return None
    if not any(c.dep_ == "dobj" and c.lower_ == "hands" for c in token.children):
        return None
    if _after_journey(token):
        return False
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    together = any(c.dep_ == "conj" for s in subjects for c in s.children) or \
        any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children)
    return Trigger("CONSULT") if together else None


GROUPINGS = {"bloc", "alliance", "union", "group", "grouping", "organisation", "organization", "community", "club"}


def _of_grouping(token: Token) -> bool:
    """A grouping of states: a noun for one ("the bloc") or an intergovernmental body the text names."""
    span = (token.doc._.mention_at or {}).get(token.i)
    return token.lemma_.lower() in GROUPINGS or (span is not None and span._.ref.sector == "IGO")


HELD_VERBS = {"take", "hold", "open", "begin", "start", "resume", "convene", "be"}


def round_held(token: Token) -> Trigger | None:
    """"the third round will take place in Oslo", "a second round is to be held in Geneva": a bare round
    (of the talks just told) is a meeting; "a round of sanctions" is none."""
    if token.pos_ != "NOUN" or token.lemma_.lower() != "round" or token.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return None  # "the next round of talks" is coded by its talks; "of strikes" is no meeting
    verb = token.head
    # "is to be held": the held verb hangs on "is"
    verb = next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in HELD_VERBS), verb)
    if verb.lemma_.lower() not in HELD_VERBS:
        return None
    if verb.lemma_.lower() == "take" and not any(c.lower_ == "place" for c in verb.children):
        return None
    if verb.lemma_.lower() == "be" and not _place_objects(verb, {"in", "at"}):
        return None  # "the next round is in Geneva", not "the round was tough"
    return Trigger("CONSULT")


def hosted_gathering(token: Token) -> bool | None:
    """"the G20 summit, which Brazil hosted": hosting the gathering told is no visit to the host."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "host" or token.dep_ != "relcl":
        return None
    return False if token.head.lemma_.lower() in MULTILATERAL_VENUES else None


STOP_NOUNS = {"stop", "stopover", "layover"}


def stop_at_place(token: Token) -> Trigger | None:
    """"a short stop at an air base in Qatar", "a stopover in Hanoi": a traveller's stop at a named place
    is a visit to it, as going there is ("put a stop to" has no place and stays no event)."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in STOP_NOUNS:
        return None
    places = [g for c in token.children if c.dep_ == "prep" and c.lower_ in {"at", "in"} for g in c.children
              if g.dep_ == "pobj" and (g.ent_type_ in PLACE_ENTS | {"FAC"} or _kind(g) == "state")]
    return Trigger("CONSULT", "visit") if places else None


KEEPING_VERBS = {"keep", "stay", "remain", "maintain"}
CONTACT_NOUNS = {"contact", "touch", "communication", "communications", "dialogue"}


def kept_in_contact(token: Token) -> Trigger | None:
    """"agreed to stay in close touch", "will keep in contact", "to maintain communication": keeping up contact
    is further talks (PLOVER CONSULT; the readme's convention: an agreement to keep talking is a future CONSULT)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in KEEPING_VERBS:
        return None
    kept = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children if g.dep_ == "pobj"]
    # "keep in regular contact": the parser may make "in" a particle and the contact the object
    # "keep up a dialogue": "up" makes keeping the contact's continuation as well
    in_particle = any(c.dep_ == "prt" and c.lower_ in {"in", "up"} for c in token.children)
    kept += [c for c in token.children if c.dep_ == "dobj"] if token.lemma_.lower() == "maintain" or in_particle else []
    return Trigger("CONSULT") if any(k.lemma_.lower() in CONTACT_NOUNS for k in kept) else None
