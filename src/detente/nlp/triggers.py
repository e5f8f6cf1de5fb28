"""Event triggers: which word names an interaction, of which PLOVER type and mode (status: nlp/status.py)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from detente.nlp.trigger_incidents import names_time, reported_violations
from detente.nlp.trigger_accords import (
    CONCLUDING_NOUNS, accord_verb, completed_negotiations, concluded_pact, concluding_noun,
)
from detente.nlp.trigger_joint import joint_work, object_gap
from detente.nlp.trigger_wording import (
    CLAIM_VERBS, DENIAL_VERBS, NAMING_VERBS, _declines_comment, _denies_blame, _names_badly, _names_proposal,
    _rebutted, _tells_wrongdoing,
)
from detente.nlp.trigger_phrases import phrase_trigger
from detente.nlp.trigger_force_moves import entered_sovereign_space, state_carries_out  # a breach of waters is no aid
from detente.nlp.trigger_frames import frame_trigger, help_from_trigger
from detente.nlp.trigger_concessions import CONCESSION_PAIRS
from detente.nlp.trigger_topics import kept_in_contact
from detente.nlp.request_modes import REQUEST_MODES
from detente.nlp.request_asks import _owned_that_clause, _verb_that_clause, request_mode
from detente.nlp.syntax import prep_objects  # also imported from here by other modules
from detente.nlp.weapon_modes import weapon_mode
from detente.nlp.spoken_calls import spoken_remotely
from detente.events.ontology import (
    MODE_MODIFIERS, MULTILATERAL_VENUES, MODIFIED_NOUN_TRIGGERS, NOUN_TRIGGERS, PARTICLE_TRIGGERS, VERB_TRIGGERS,
    Trigger,
)

# Verb + object phrases that name an event only together ("raised concerns").
PHRASE_TRIGGERS = {
    # CAMEO codes concern as a pessimistic comment (012), not as criticism (11x).
    ("raise", "concern"): Trigger("ACCUSE", "disapprove", cameo="012"),
    ("express", "concern"): Trigger("ACCUSE", "disapprove", cameo="012"),
    ("voice", "concern"): Trigger("ACCUSE", "disapprove", cameo="012"), ("lodge", "protest"): Trigger("ACCUSE", "disapprove"),
    ("convey", "concern"): Trigger("ACCUSE", "disapprove", cameo="012"),  # conveyed to the other side: expressed
    ("express", "opposition"): Trigger("ACCUSE", "disapprove"), ("voice", "opposition"): Trigger("ACCUSE", "disapprove"),
    ("express", "support"): Trigger("SUPPORT"), ("pledge", "support"): Trigger("SUPPORT"),
    ("express", "regret"): Trigger("CONCEDE"), ("make", "concession"): Trigger("CONCEDE"),
    ("lift", "sanction"): Trigger("CONCEDE"), ("ease", "restriction"): Trigger("CONCEDE"),
    ("issue", "warning"): Trigger("THREATEN"),  # a warning issued to someone, not "despite warnings of"
}
for _verb in ("reiterate", "reaffirm", "affirm", "restate", "voice", "declare", "signal"):
    PHRASE_TRIGGERS.setdefault((_verb, "support"), Trigger("SUPPORT"))  # saying one's support again is support
# CAMEO 01 comments: optimism (013), pessimism (012) and empathy (018) are statements, not (dis)approval.
for _verb in ("express", "voice", "offer", "extend", "convey", "send", "pay"):
    for _obj, _code in (("optimism", "013"), ("hope", "013"), ("condolence", "018"), ("sympathy", "018"),
                        ("respect", "018"), ("tribute", "018"), ("pessimism", "012"), ("skepticism", "012"),
                        ("scepticism", "012"), ("doubt", "012")):
        PHRASE_TRIGGERS.setdefault((_verb, _obj), Trigger("SUPPORT" if _code != "012" else "ACCUSE", cameo=_code))
# A verb whose object changes what it codes ("struck a deal" is an agreement, "struck a note" nothing).
VERB_OBJECT_TRIGGERS = {
    ("strike", "deal"): Trigger("AGREE"), ("strike", "agreement"): Trigger("AGREE"),
    ("strike", "note"): None, ("strike", "tone"): None, ("strike", "chord"): None, ("strike", "balance"): None,
    ("reach", "deal"): Trigger("AGREE"), ("reach", "agreement"): Trigger("AGREE"),
    ("reach", "consensus"): Trigger("AGREE"), ("seal", "deal"): Trigger("AGREE"),
}
for _obj in ("handover", "extradition", "repatriation"):  # "has sought his handover": asking for a person
    VERB_OBJECT_TRIGGERS[("seek", _obj)] = Trigger("REQUEST", "assist")
VERB_OBJECT_TRIGGERS.update({("seek", "asylum"): Trigger("REQUEST"), ("seek", "refuge"): Trigger("REQUEST"),
                             ("close", "border"): Trigger("SANCTION", cameo="191"), ("close", "embassy"): Trigger("SANCTION")})
# Verbs that reduce or end relations between states (PLOVER SANCTION: reductions in cooperative relations).
RELATION_ENDING_VERBS = ("sever", "cut", "break", "downgrade", "suspend", "freeze", "end", "terminate")
for _obj in ("tie", "relation"):  # diplomatic relations: recognised (SUPPORT) or broken off (SANCTION)
    for _verb in ("restore", "establish", "upgrade", "elevate", "normalize", "normalise", "resume", "renew"):
        VERB_OBJECT_TRIGGERS[(_verb, _obj)] = Trigger("SUPPORT")
    for _verb in RELATION_ENDING_VERBS:
        VERB_OBJECT_TRIGGERS[(_verb, _obj)] = Trigger("SANCTION", "discontinue")
for _verb in RELATION_ENDING_VERBS:  # "suspended its strategic partnership": PLOVER's reduced relations
    VERB_OBJECT_TRIGGERS[(_verb, "partnership")] = Trigger("SANCTION", "discontinue")
for _verb in ("suspend", "halt", "cut", "freeze", "reduce", "end", "withhold", "stop", "curb", "ban", "restrict"):
    # curtailing material exchanges, trade included, is PLOVER SANCTION 'discontinue'
    for _obj in ("aid", "assistance", "supply", "program", "programme", "funding", "cooperation", "shipment",
                 "import", "export", "trade"):
        VERB_OBJECT_TRIGGERS[(_verb, _obj)] = Trigger("SANCTION", "discontinue")
for _verb in ("strengthen", "bolster", "boost", "reinforce", "mass", "build"):
    for _obj in ("force", "troop", "presence", "garrison", "deployment"):
        VERB_OBJECT_TRIGGERS[(_verb, _obj)] = Trigger("MOBILIZE", "troops")
# Sending, giving or delivering goods, money or people to help is aid; sending troops is a deployment.
AID_OBJECTS = {"aid", "assistance", "supply", "food", "medicine", "equipment", "weapon", "arm", "vehicle", "team",
               "expert", "fund", "money", "loan", "relief", "firearm", "ammunition", "vaccine", "dose", "tent",
               "blanket", "water", "fuel", "grain", "support", "donation", "package", "shipment", "doctor",
               "material", "materiel"}
for _verb in ("send", "deliver", "give", "ship", "hand", "airlift", "dispatch", "allocate", "contribute", "lend",
              "donate", "provide", "grant", "pledge"):
    for _obj in AID_OBJECTS:
        VERB_OBJECT_TRIGGERS.setdefault((_verb, _obj), Trigger("AID"))
    for _obj in ("troop", "soldier", "force", "warship", "jet", "reinforcement", "marine", "paratrooper", "unit",
                 "army", "navy", "battalion", "brigade", "regiment"):
        VERB_OBJECT_TRIGGERS.setdefault((_verb, _obj), Trigger("MOBILIZE", "troops"))
for _verb in ("declare", "proclaim"):  # "declared a partnership with no limits": the pact is made in the saying
    VERB_OBJECT_TRIGGERS[(_verb, "partnership")] = Trigger("AGREE")
VERB_OBJECT_TRIGGERS[("pledge", "support")] = Trigger("SUPPORT")  # pledging support is said, not given
for _verb in ("pledge", "promise", "offer", "give", "provide", "send", "extend"):  # "pledged Turkish help"
    VERB_OBJECT_TRIGGERS[(_verb, "help")] = Trigger("AID")  # help given or pledged, not help asked for
# Imposing restrictions is coercion (PLOVER COERCE 'restrict'); imposing sanctions stays SANCTION.
for _obj in ("restriction", "curb", "control", "ban"):
    VERB_OBJECT_TRIGGERS[("impose", _obj)] = Trigger("COERCE", "restrict")
for _obj in ("demand", "condition", "requirement"):  # "met the demands": gave in
    VERB_OBJECT_TRIGGERS[("meet", _obj)] = Trigger("CONCEDE")
for _verb in ("halve", "cut", "reduce", "lower", "lift", "ease", "suspend", "drop", "remove", "scrap", "relax",
              "waive", "pause", "shorten", "end"):
    for _obj in ("tariff", "sanction", "restriction", "control", "ban", "curb", "duty", "levy", "curfew",
                 "measure", "blockade", "siege", "emergency"):
        VERB_OBJECT_TRIGGERS[(_verb, _obj)] = Trigger("CONCEDE")
# Halting one's own hostilities is a ceasefire (PLOVER RETREAT 'ceasefire'), not the assault named by the object.
for _verb in ("halt", "pause", "stop", "suspend", "cease", "end"):
    for _obj in ("strike", "airstrike", "attack", "offensive", "fighting", "hostility", "bombing", "shelling",
                 "bombardment", "assault"):
        VERB_OBJECT_TRIGGERS.setdefault((_verb, _obj), Trigger("RETREAT", "ceasefire", cameo="0871"))
# PLOVER RETREAT: the actual release or exchange of prisoners (promising one is AGREE).
CAPTIVES = ("prisoner", "captive", "detainee", "hostage", "pow", "soldier", "body")
for _verb in ("exchange", "swap", "trade"):
    for _obj in CAPTIVES:
        VERB_OBJECT_TRIGGERS[(_verb, _obj)] = Trigger("RETREAT", "release")
for _obj in ("official", "delegation", "delegate", "envoy", "deputy", "representative", "emissary", "minister"):
    VERB_OBJECT_TRIGGERS[("send", _obj)] = Trigger("CONSULT")  # "send an envoy to the talks": taking part through one
VERB_OBJECT_TRIGGERS[("exchange", "view")] = Trigger("CONSULT")  # "exchanged views on the war": consulting (CAMEO 040)
# CAMEO 015: claiming or acknowledging responsibility is a statement, before the act claimed.
for _verb in ("claim", "acknowledge", "admit", "accept"):
    VERB_OBJECT_TRIGGERS[(_verb, "responsibility")] = Trigger("CONCEDE", cameo="015")
for _obj in ("refugee", "migrant", "asylum", "evacuee"):  # taking in refugees is humanitarian aid (CAMEO 075)
    VERB_OBJECT_TRIGGERS[("accept", _obj)] = Trigger("AID", cameo="075")
    VERB_OBJECT_TRIGGERS[("admit", _obj)] = Trigger("AID", cameo="075")
for _obj in ("demand", "condition", "request"):  # "accepted the protesters' demands": gave in (CAMEO 08)
    VERB_OBJECT_TRIGGERS[("accept", _obj)] = Trigger("CONCEDE")
for _verb in ("set", "give", "issue"):  # a deadline to comply is an ultimatum (CAMEO 13)
    VERB_OBJECT_TRIGGERS[(_verb, "deadline")] = Trigger("THREATEN")
VERB_OBJECT_TRIGGERS.update(CONCESSION_PAIRS)  # curbs waived, amnesties granted, debts forgiven, arms handed over
COPULAS = {"be", "mark", "represent", "constitute", "become", "remain", "signal", "amount"}
LIGHT_VERBS = {"hold", "have", "make", "pay", "conduct", "host", "join", "stage", "launch", "take",
               "attend", "begin", "start", "resume", "open", "carry", "deliver", "give", "impose", "slap",
               "levy", "unveil", "announce", "issue", "sign", "reach", "conclude", "seal", "extend",
               "provide", "send", "lodge", "raise", "express", "voice", "reiterate", "lift", "ease", "file", "level", "mount", "stage", "order", "carry", "wrap"}
DEFINITE = {"the", "this", "that", "these", "those", "such"}


def trigger_for(token: Token) -> Trigger | None:
    """The trigger a token is, by part of speech and lemma; proper names never trigger."""
    found = _trigger_for(token)
    if found is not None and found.needs_object and _passive(token):
        return replace(found, needs_object=False)  # "were freed": the passive subject is the object
    if found is not None and found.needs_object and found.type == "ASSAULT" and state_carries_out(token):
        return replace(found, needs_object=False)  # "Pakistan carried out strikes in Khost": a state's blows
    if found is not None and found.type == "MOBILIZE" and entered_sovereign_space(token) is None \
            and (_sends_help(token) or _offered(token)):
        return Trigger("AID", cameo="074")  # CAMEO 074: military protection or peacekeeping is aid
    if found is not None and found.type == "AGREE" and token.dep_ == "xcomp" and token.head.lemma_.lower() == "fail":
        return Trigger("REJECT")  # "failed to reach agreement": no agreement, the sides' positions clash
    if found is not None and found.type in CLAIMED_TYPES and _claimed_by_doer(token):
        return replace(found, cameo="015")  # CAMEO 015: the doer's own claim is what CAMEO codes
    return found


CLAIMED_TYPES = {"ASSAULT", "COERCE"}
OWN_CLAIMS = {"claim", "admit", "acknowledge"}


def _claimed_by_doer(token: Token) -> bool:
    """"the rebels claimed that they had attacked the base": an act known only from its doer's claim."""
    if token.pos_ != "VERB" or token.dep_ != "ccomp" or token.head.lemma_.lower() not in OWN_CLAIMS:
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lower_ in {"they", "it", "we", "he", "she"}


OFFERING = {"offer", "volunteer", "ready", "willing"}


def _offered(token: Token) -> bool:
    """"offered to send troops", "is ready to contribute troops": troops offered are help, not a show of force."""
    return token.dep_ == "xcomp" and token.head.lemma_.lower() in OFFERING


def _passive(token: Token) -> bool:
    """A passive verb ("were freed"): its subject is what was acted on."""
    return token.pos_ == "VERB" and any(c.dep_ == "nsubjpass" for c in token.children)


def _trigger_for(token: Token) -> Trigger | None:
    """The trigger by part of speech, lemma and the words around it, before voice and purpose adjust it."""
    phrased = phrase_trigger(token)
    if phrased is not None:
        return phrased or None
    if token.pos_ == "VERB":
        special = _verb_by_object(token)
        if special is not None:
            return special or None
        # a passive subject is the object acted on ("sanctions were lifted")
        obj = _relative_object(token) or \
            next((c.lemma_.lower() for c in token.children if c.dep_ in {"dobj", "nsubjpass"}), None)
        key = (token.lemma_.lower(), obj)
        if key in VERB_OBJECT_TRIGGERS:
            return VERB_OBJECT_TRIGGERS[key]
        modifier = _object_modifier_trigger(token)
        if modifier is not None:
            return modifier
        if any(c.dep_ in {"prep", "prt"} and c.lower_ in {"on", "upon"} for c in token.children) and \
                token.lemma_.lower() in {"seize", "jump", "pounce"}:
            return None  # "seized on that phrase": took up words, not property
        for child in (c for c in token.children if c.i > token.i):  # "On Thursday, X called ...": not "call on"
            if _particle_like(child) and (token.lemma_.lower(), child.lower_) in PARTICLE_TRIGGERS \
                    and not names_time(child):  # "fired on Sunday" is no "fire on"
                return PARTICLE_TRIGGERS[(token.lemma_.lower(), child.lower_)]
        if stays_away(token):
            return Trigger("CONSULT", "multilateral")
        if _hosting_told(token):
            return None  # "a gathering hosted by X": who hosts the event named, not a visit of its own
        if token.lemma_.lower() in NAMING_VERBS and _names_badly(token):
            return Trigger("REJECT", "change") if _names_proposal(token) else Trigger("ACCUSE", "disapprove")
        if token.lemma_.lower() in CLAIM_VERBS and _tells_wrongdoing(token):
            return Trigger("ACCUSE", "allege")  # "X said Y had intruded illegally": X alleges Y's wrong
        if _declines_comment(token):
            return None
        if token.lemma_.lower() in DENIAL_VERBS and _denies_blame(token):
            return Trigger("REJECT", cameo="016")  # CAMEO 016: deny responsibility
        return joint_work(token) or VERB_TRIGGERS.get(token.lemma_.lower()) or frame_trigger(token)
    if token.pos_ == "ADJ" and _due_at_place(token):
        return Trigger("CONSULT", "visit")
    if token.pos_ == "NOUN":
        if _rebutted(token) or _coded_with_verb(token) or _under_no_comment(token):
            return None
        if token.lemma_.lower() in CAMPAIGN_NOUNS and (prep_objects(token, {"against"}) or
                                                       (token.dep_ == "dobj" and prep_objects(token.head, {"against"}))):
            return Trigger("ASSAULT")  # "an operation against militants": a military campaign
        if token.dep_ == "compound" and trigger_for_head(token.head):
            return None
        modified = _modified_noun_trigger(token)
        if modified is not None:
            return modified
        if token.lower_ in CONCLUDING_NOUNS:
            return concluding_noun(token)
        completed = completed_negotiations(token)  # "completed negotiations on X": the agreement
        if completed is not None:
            return completed
        if token.lemma_.lower() == "call" and _is_appeal(token):
            return Trigger("REQUEST", cameo="020")
        helped = help_from_trigger(token)
        if helped is not None:
            return helped
        phrase = PHRASE_TRIGGERS.get((token.head.lemma_.lower(), token.lemma_.lower()))
        if phrase is not None and token.dep_ == "dobj":
            return phrase
        return NOUN_TRIGGERS.get(token.lower_) or NOUN_TRIGGERS.get(token.lemma_.lower()) or _split_compound(token)
    return None


RELATIVE_WORDS = {"that", "which", "who", "whom", "whose", "what"}


def _relative_object(token: Token) -> str | None:
    """"the deal their governments struck", "the aid that Washington froze": a relative clause whose object is
    the noun it describes (no object of its own beside its subject, or a relative word as object) gives that
    noun's lemma, so verb-object pairs read it as they read "struck a deal"."""
    if token.dep_ != "relcl" or token.head.pos_ != "NOUN":
        return None
    kids = list(token.children)
    if any(c.dep_ == "dobj" and c.lower_ in RELATIVE_WORDS for c in kids):
        return token.head.lemma_.lower()
    if any(c.dep_ in {"dobj", "nsubjpass", "ccomp", "xcomp"} for c in kids):
        return None
    subject = next((c for c in kids if c.dep_ == "nsubj"), None)
    return token.head.lemma_.lower() if subject is not None and subject.lower_ not in RELATIVE_WORDS else None


PARTICLE_ADVERBS = {"back", "out", "down", "off", "up", "away"}


def _particle_like(child: Token) -> bool:
    """A verb's particle or preposition; the parser often tags the particle of "pulled its troops back" or
    "agreed to pull back forces" as an adverb, which is still the phrasal verb's particle."""
    return child.dep_ in {"prt", "prep", "dobj"} or (child.dep_ == "advmod" and child.lower_ in PARTICLE_ADVERBS)


def _due_at_place(token: Token) -> bool:
    """"Zelensky is due at the White House", "Lula is due in Beijing": someone expected somewhere is to go there."""
    if token.lower_ != "due" or token.dep_ != "acomp":
        return False
    subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    places = [o for o in prep_objects(token, {"at", "in"}) if o.ent_type_ in {"GPE", "FAC", "LOC"}]
    return subject is not None and (subject.pos_ == "PROPN" or subject.ent_type_ in {"PERSON", "GPE", "NORP", "ORG"}) \
        and bool(places)


CAMPAIGN_NOUNS = {"operation", "offensive", "campaign", "incursion"}
# What one fights that is no enemy: "to fight the epidemic" is no assault.
ILLS = {"epidemic", "pandemic", "outbreak", "virus", "disease", "coronavirus", "covid", "covid-19", "ebola",
        "malaria", "cholera", "poverty", "hunger", "famine", "corruption", "inflation", "drought", "wildfire",
        "fire", "climate", "unemployment", "cancer", "hiv", "aids", "polio", "illiteracy", "crisis",
        "malnutrition", "spread", "infection", "flood", "locust",
        # crimes fought by police and joint work, not an enemy attacked (the fight against them is cooperation)
        "smuggling", "trafficking", "terrorism", "crime", "piracy", "fraud", "laundering", "extremism",
        "cybercrime", "poaching", "narcotics"}
# Who is sent to keep a peace or to help is aid (CAMEO 07), not a show of force (15).
PEACE_WORDS = {"peacekeeping", "peacekeeper", "peacekeepers", "observer", "monitor", "rescuer", "medic",
               "humanitarian", "search-and-rescue", "rescue", "relief", "train", "training", "instructor"}
DRILL_NOUNS = {"exercise", "drill", "game", "manoeuvre", "maneuver", "manoeuvres", "maneuvers", "operation",
               "mission"}
SENT_PARTS = {"dobj", "nsubjpass", "prep", "advcl", "xcomp", "npadvmod", "oprd", "dative"}
RETURN_VERBS = {"return", "repatriate", "restitute"}


def _verb_by_object(token: Token) -> Trigger | bool | None:
    """A verb whose objects decide what it codes; False when they make it no event, None when they say nothing."""
    lemma = token.lemma_.lower()
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    if lemma in RETURN_VERBS and objects and not any(o.lemma_.lower() == "fire" for o in objects):
        return Trigger("RETREAT", "release", cameo="084")  # "returned the artifacts": CAMEO 084 return, release
    if lemma in {"fight", "combat", "tackle", "battle"} and _against_ill(token):
        return joint_work(token) or False  # "will jointly fight smuggling" is still joint work
    if lemma == "release" and _releases_text(token, objects):
        return False  # "a communique released after the talks": a text made public, no one freed
    if lemma == "convene" and objects:
        return False  # "convened a meeting": the meeting is the event, told by its noun
    if lemma in BESTOWING_VERBS and any(o.dep_ == "dobj" for o in objects):
        return Trigger("SUPPORT", cameo="051")  # "conferred an order on him": an honour given, not talks held
    if lemma == "agree" and _agrees_with_view(token):
        return False
    if lemma == "find" and any(c.lower_ == "guilty" and c.dep_ in {"oprd", "acomp", "ccomp", "xcomp"}
                               for c in token.children):
        return Trigger("ACCUSE", "allege")  # "found X guilty": a conviction
    if lemma in {"attend", "participate", "join"} and _joins_drill(token):
        return Trigger("COOPERATE", cameo="062")  # taking part in exercises or missions: military cooperation
    return accord_verb(token)


# verbs that give an honour or title when they take an object ("confer with X" stays talks)
BESTOWING_VERBS = {"confer", "bestow"}

TEXT_NOUNS = {"statement", "report", "video", "footage", "document", "readout", "communique", "communiqué",
              "data", "figure", "transcript", "photo", "image", "letter", "recording", "declaration", "text"}


def _releases_text(token: Token, objects: list[Token]) -> bool:
    """"released a statement", "a readout released by the ministry": what is released is a text."""
    released = objects + ([token.head] if token.dep_ == "acl" else [])
    return any(o.lemma_.lower() in TEXT_NOUNS for o in released)


def _object_modifier_trigger(token: Token) -> Trigger | None:
    """"eased curfew hours", "lifted the emergency law": the object's noun modifier names what is acted on."""
    for obj in (c for c in token.children if c.dep_ == "dobj"):
        for mod in (c for c in obj.children if c.dep_ == "compound"):
            found = VERB_OBJECT_TRIGGERS.get((token.lemma_.lower(), mod.lemma_.lower()))
            if found is not None:
                return found
    return None


def _against_ill(token: Token) -> bool:
    """"to fight the Ebola epidemic", "battling poverty": the object is an ill, not an enemy."""
    objects = [c for c in token.children if c.dep_ == "dobj"] + prep_objects(token, {"against"})
    return bool(objects) and all(any(t.lower_ in ILLS or t.lemma_.lower() in ILLS for t in o.subtree)
                                 for o in objects)


def _agrees_with_view(token: Token) -> bool:
    """"said they agree with X that ...": sharing an opinion, not an agreement between parties."""
    # agreeing on, to or over something, or to do something, is a deal; agreeing with someone alone is a view
    settles = any(c.dep_ in {"dobj", "xcomp"} or (c.dep_ == "prep" and c.lower_ in {"on", "to", "over", "upon"})
                  for c in token.children)
    return bool(prep_objects(token, {"with"})) and not settles


def _joins_drill(token: Token) -> bool:
    """"participate in the joint war game", "joined peacekeeping operations"."""
    objects = [c for c in token.children if c.dep_ == "dobj"] + prep_objects(token, {"in"})
    return any(o.lemma_.lower() in DRILL_NOUNS for o in objects)


def _sends_help(token: Token) -> bool:
    """"deployed election observers", "mobilising funds", "troops deployed as peacekeepers": sent to help."""
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    if any(o.lemma_.lower() in AID_OBJECTS - {"team"} for o in objects):
        return True
    # what is sent and where or as what: not the subject nor a reporting clause around the verb
    near = [t for c in token.children if c.dep_ in SENT_PARTS for t in c.subtree]
    words = "".join(t.lower_ for t in near)  # "peace-keeping" comes in three tokens
    return "peacekeep" in words or "peace-keep" in words or \
        any(t.lower_ in PEACE_WORDS or t.lemma_.lower() in PEACE_WORDS for t in near)


GUEST_NOUNS = {"delegation", "delegate", "guest", "visitor", "leader", "minister", "official", "envoy", "team",
               "president", "counterpart", "diplomat", "officer", "head", "chief", "premier", "king", "queen"}


def _hosting_told(token: Token) -> bool:
    """"the talks hosted by Egypt", "an event hosted by a university": a participle describing a thing held,
    not a guest received ("a delegation hosted by Japan" stays a visit)."""
    head = token.head
    return token.lemma_.lower() == "host" and token.dep_ == "acl" and head.pos_ == "NOUN" and \
        head.lemma_.lower() not in GUEST_NOUNS


def _under_no_comment(token: Token) -> bool:
    """"declined to comment on the allegations": what one will not discuss is no event of the sentence."""
    return any(_declines_comment(a) for a in token.ancestors)


def stays_away(token: Token) -> bool:
    """"stayed away from the forum": not attending a gathering (a CONSULT that did not take place)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in {"stay", "keep"}:
        return False
    away = [c for c in token.children if c.lower_ == "away"]
    venues = [o for a in away for o in prep_objects(a, {"from"}) + prep_objects(token, {"from"})]
    return any(t.lower_ in MULTILATERAL_VENUES for v in venues for t in v.subtree)


def _split_compound(token: Token) -> Trigger | None:
    """"the swearing-in": a hyphenated event noun the tokenizer cut into a noun and a particle."""
    tail = next((c for c in token.children if c.i == token.i + 2 and token.nbor(1).text == "-"), None)
    if tail is not None:
        return NOUN_TRIGGERS.get(f"{token.lower_}-{tail.lower_}")
    # "a cease-fire": the parser may make the last part the head and the first its compound
    first = next((c for c in token.children if c.i == token.i - 2 and token.nbor(-1).text == "-"), None)
    return NOUN_TRIGGERS.get(f"{first.lower_}-{token.lower_}") if first is not None else None


DIPLOMAT_NOUNS = {"ambassador", "envoy", "diplomat", "chargé", "charge", "attaché", "attache", "consul"}
for _obj in DIPLOMAT_NOUNS:  # summoning a state's diplomat is how a government registers a protest
    VERB_OBJECT_TRIGGERS[("summon", _obj)] = Trigger("ACCUSE", "disapprove")


def _is_appeal(token: Token) -> bool:
    """"calls for a ceasefire", "calls to adopt reforms": an appeal, not a telephone call."""
    if any(c.dep_ in {"compound", "amod"} and c.lower_ in MODE_MODIFIERS for c in token.children):
        return False  # "a phone call for early September"
    authors = prep_objects(token, {"by", "from"})  # "calls by X for Y": the parser may hang "for" on X
    asked = [g for t in [token] + authors for g in prep_objects(t, {"for"}) if g.ent_type_ not in {"DATE", "TIME"}]
    return bool(asked) or any(c.dep_ in {"acl", "relcl"} and any(a.lower_ == "to" and a.dep_ == "aux"
                                                                 for a in c.children) for c in token.children)


def _coded_with_verb(token: Token) -> bool:
    """"suspended military aid": the verb and its object code one event together (a sanction), not two."""
    return token.dep_ in {"dobj", "nsubjpass"} and token.head.pos_ == "VERB" and \
        VERB_OBJECT_TRIGGERS.get((token.head.lemma_.lower(), token.lemma_.lower())) is not None \
        or concluded_pact(token) or (token.dep_ == "dobj" and kept_in_contact(token.head) is not None) \
        or any(_relative_object(c) == token.lemma_.lower() and
               VERB_OBJECT_TRIGGERS.get((c.lemma_.lower(), token.lemma_.lower())) is not None
               for c in token.children if c.dep_ == "relcl")  # "the deal they struck": the verb codes it


def _modified_noun_trigger(token: Token) -> Trigger | None:
    """"hunger strike", "martial law": a noun whose compound or adjective decides what it codes."""
    for child in token.children:
        if child.dep_ in {"compound", "amod"}:
            found = MODIFIED_NOUN_TRIGGERS.get((child.lemma_.lower(), token.lemma_.lower()))
            if found is not None:
                return found
    return None


def trigger_for_head(token: Token) -> bool:
    return token.pos_ == "NOUN" and (token.lemma_.lower() in NOUN_TRIGGERS or token.lower_ in NOUN_TRIGGERS)


def is_predicate_nominal(token: Token) -> bool:
    """"...would mark the first exchange": a nominal that describes another event, not a new one."""
    if reported_violations(token) is not None:
        return False  # "said there had been violations of the truce": "there" names no other event
    return token.dep_ in {"attr", "oprd", "acomp", "dobj"} and token.head.lemma_ in COPULAS and token.pos_ != "ADJ"


def has_object(token: Token) -> bool:
    """An object or an "of"-phrase: "signed an accord", "exchange of prisoners"."""
    for child in token.children:
        if child.dep_ in {"dobj", "obj", "attr"}:
            return True
        if child.dep_ == "prep" and child.lower_ in {"of", "on", "to", "against", "with", "between"}:
            return True
        if child.dep_ in {"prep", "agent"} and child.lower_ in {"by", "via", "over"} and _by_remote_means(token):
            return True
        if child.dep_ == "compound" and child.pos_ == "NOUN" and token.pos_ == "NOUN":
            return True
        if child.dep_ in {"ccomp", "xcomp"} and any(c.dep_ == "nsubj" for c in child.children):
            return True  # "allowed the opposition to hold a rally": the parser makes the object a subject
        if child.dep_ == "acl" and _owned_that_clause(token, child):
            return True  # "Beijing's demand that Tokyo retract the remarks": what is demanded is the that-clause
    return _verb_that_clause(token) or object_gap(token)


REMOTE_WORDS = {"phone", "telephone", "video", "videolink", "link", "videoconference", "teleconference",
                "call", "zoom", "hotline"}
SIDELINE_WORDS = {"sidelines", "margins", "sideline"}
SAME_MEETING = {"meet", "talk", "speak", "confer"}


def _by_remote_means(token: Token) -> bool:
    """"by video link", "over the phone", "via videoconference"."""
    for prep in (c for c in token.children if c.dep_ in {"prep", "agent"} and c.lower_ in {"by", "via", "over", "on", "in"}):
        if any(t.lower_ in REMOTE_WORDS for t in prep.subtree):
            return True
    return any(c.dep_ in {"advmod", "npadvmod"} and c.lower_ in {"virtually", "remotely"} for c in token.children)


def _on_sidelines(token: Token) -> bool:
    """"on the sidelines of the summit": a meeting held within a multilateral gathering."""
    return any(c.dep_ == "prep" and any(t.lower_ in SIDELINE_WORDS for t in c.subtree) for c in token.children)


def mode_for(token: Token, trigger: Trigger) -> str | None:
    """Mode from the trigger and its modifiers ("phone call", "by video link", "state visit", "sidelines")."""
    for child in token.children:
        if child.dep_ in {"compound", "amod"} and child.lower_ in MODE_MODIFIERS:
            return MODE_MODIFIERS[child.lower_] or trigger.mode
    if trigger.type == "CONSULT":
        holders = [token] + ([token.head] if token.dep_ == "dobj" else [])
        # "held talks, meeting for an hour on the sidelines of ...": the participle describes the same talks
        holders += [c for h in holders[1:] for c in h.children if c.dep_ == "advcl" and c.lemma_.lower() in SAME_MEETING]
        if any(_by_remote_means(t) for t in holders):
            return "phone"
        if any(_on_sidelines(t) for t in holders):
            return "multilateral"
        if trigger.mode is None and spoken_remotely(token):
            return "phone"  # "spoke with Trump on Wednesday": no place, no meeting (nlp/spoken_calls.py)
    if trigger.type == "REJECT" and trigger.mode:
        return trigger.mode  # the rule that found the refusal knows what is refused ("declared the pact void")
    if trigger.type == "REQUEST" and token.lemma_.lower() == "apply":
        return trigger.mode  # "applied to join": a bid to be admitted asks no change (nlp/trigger_membership.py)
    if trigger.type in {"REQUEST", "REJECT"}:
        return request_mode(token) or trigger.mode
    if trigger.type == "ASSAULT" and trigger.mode in {None, "firearms"}:
        # "aircraft opened fire": the weapon named, not guns guessed
        return weapon_mode(token) or _attacking_subject_mode(token) or trigger.mode
    return trigger.mode


# attacks from afar whose noun names no weapon ("a strike killed"): air or missile strikes (PLOVER 'aerial')
REMOTE_BLOWS = {"strike", "airstrike", "barrage", "salvo"}


def _attacking_subject_mode(verb: Token) -> str | None:
    """"an air strike killed four", "shelling hit the village": a plain verb whose subject is itself an
    attack tells that attack's harm, so it takes the attack's mode."""
    if verb.pos_ != "VERB":
        return None
    for subj in (c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"):
        found = trigger_for(subj)
        if found and found.type == "ASSAULT":
            return mode_for(subj, found) or ("aerial" if subj.lemma_.lower() in REMOTE_BLOWS else None)
    return None


def is_anaphoric(token: Token) -> bool:
    """A definite event noun ("the proposed conversation") may refer back to an event already read."""
    return token.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children)
