"""Triggers a phrase decides, not a word: labour strikes, states of emergency, alerts, ceasefire
violations, withdrawn peacekeepers, halted mediation, suspensions of aid, and the like.

Each rule names a CAMEO/PLOVER category by its usual wording (PLOVER manual: COERCE 'martial-law',
PROTEST 'strike', MOBILIZE, SANCTION 'withdraw'); `phrase_trigger` is asked before the word lexicon.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.events.ontology import Trigger
from detente.nlp.trigger_accusations import accusation_phrase
from detente.nlp.trigger_diplomacy import diplomatic_act
from detente.nlp.trigger_custody import flown_home, handed_captives, handed_for_trial, took_back_people
from detente.nlp.trigger_pact_events import pact_in_force, withheld_joint_text
from detente.nlp.trigger_resumption import resumed_exchange
from detente.nlp.trigger_breadth import breadth_phrase
from detente.nlp.trigger_backing import solidarity_shown, took_side
from detente.nlp.trigger_membership import membership_act
from detente.nlp.trigger_impacts import impact_trigger
from detente.nlp.trigger_turns import turned_conduct
from detente.nlp.trigger_concessions import accepted_proposals, returned_envoy, undone_curb
from detente.nlp.trigger_joint import body_for_work, venture_launched
from detente.nlp.trigger_defence import mutual_defence
from detente.nlp.trigger_force_moves import (
    breached_space, entered_sovereign_space, scramble_purpose, scrambled_craft, stationed_forces,
)
from detente.nlp.trigger_incidents import (
    called_off_protest, craft_encounter, exchange_of, fired_missile_noun, held_patrols, missile_test,
    reported_violations, vowed_reprisal,
)
from detente.nlp.trigger_sanctions import sanction_measure
from detente.nlp.trigger_manual import manual_wording
from detente.nlp.trigger_relations import (
    advised_against_travel, affirmed_commitment, alleged_reason, allowed_access, brokered_pact, channel_set_up,
    declared_void, forces_moved_in, forces_pulled_back, handed_over_aid, lifted_pause, meal_with_guests,
    joint_vow, mutual_undertaking, recognised_ruler, scheme_started, spent_time_together,
)
from detente.nlp.trigger_topics import (
    expected_at, hosted_gathering, invited_to_place, received_guests, round_held, settled_on, severed_contacts,
    called_on_person, handed_papers, kept_in_contact, phoned_person, sat_down_with, shook_hands, stop_at_place,
    talk_topic, went_to_place,
)
from detente.nlp.trigger_threats import conditional_threat
from detente.nlp.spoken_acts import obliged, spoken_harm
from detente.nlp.trigger_partnership import partnership_formed
from detente.nlp.trigger_trade_curbs import trade_curb
from detente.nlp.trigger_border_checks import border_or_curb
from detente.nlp.trigger_commerce import commercial_exchange
from detente.nlp.trigger_naming import stigma_named
from detente.nlp.trigger_reminders import reminded_of_duty
from detente.nlp.trigger_regrets import regretted_act
from detente.nlp.trigger_listings import listed_as_terrorist
from detente.nlp.trigger_deliveries import carried_goods
from detente.nlp.trigger_offers import announced_aid, offered_aid

# Which phrase words say the strike is a labour action (a strike with no target), not a military one.
STRIKE_VERBS = {"stage", "hold", "call", "begin", "start", "join", "continue", "extend", "declare", "organise",
                "organize", "announce", "cancel", "end", "suspend", "escalate", "plan", "go", "remain", "stay",
                "be", "threaten", "postpone"}
LABOUR_MODIFIERS = {"general", "labour", "labor", "nationwide", "indefinite", "wildcat", "sit", "sit-in", "work",
                    "national", "workers", "teachers", "doctors", "transport", "rail", "token", "warning"}
MILITARY_MODIFIERS = {"air", "missile", "drone", "military", "nuclear", "rocket", "artillery", "preemptive",
                      "pre-emptive", "retaliatory", "precision", "surgical", "cruise", "first", "aerial", "coalition",
                      "deadly", "fatal"}
# Words that end or lift a state of emergency: the verb codes it (CONCEDE), not the noun.
LIFT_VERBS = {"lift", "end", "ease", "suspend", "revoke", "remove", "scrap", "relax", "rescind"}
EMERGENCY_WORDS = {"emergency", "siege", "exception", "alarm"}
KEEPERS = {"peacekeeper", "peacekeepers", "observer", "monitor", "inspector", "mission", "contingent"}
AID_WORKERS = {"worker", "staff", "agency", "ngo"}
PURPOSES = {"investigate", "probe", "inspect", "examine", "monitor", "assess", "verify", "review"}
SEND_VERBS = {"send", "dispatch", "deploy", "despatch"}
TALK_NOUNS = {"mediation", "talk", "talks", "negotiation", "dialogue", "mediate", "negotiate"}
HALT_VERBS = {"end", "halt", "suspend", "abandon", "terminate", "stop", "freeze", "quit"}
CEASEFIRES = {"ceasefire", "truce", "cease-fire", "armistice", "fire"}


CONTENT_POS = {"NOUN", "VERB", "PROPN", "ADJ", "AUX"}


def phrase_trigger(token: Token) -> Trigger | bool | None:
    """The trigger a phrase around the token decides; False when it makes the token no event, None when
    no phrase rule speaks."""
    if token.pos_ not in CONTENT_POS:
        return None  # every rule starts from a noun, verb or adjective: skip the rest cheaply
    for rule in (called_off_protest,  # before the protest noun's own rules: the verb tells it
                 _labour_strike, _state_of_emergency, _on_alert, reported_violations, _violated_truce, _withdrawn_keepers,
                 _halted_talks, _object_of_phrase, _suspension_of, _sent_to_investigate, _describing_participle,
                 _release_of_people, _opened_borders, _keepers_arrive, _naming_people,
                 # people let go from custody or taken back (trigger_custody)
                 handed_for_trial, handed_captives, flown_home, took_back_people,
                 _joined_protest, _obliged_act, _gave_money, offered_aid, announced_aid, _attended_rite, _crowd_control,
                 carried_goods,  # aid or arms told by the carrier's arrival (trigger_deliveries)
                 undone_curb, accepted_proposals,  # curbs undone, the other side's terms taken (trigger_concessions)
                 sanction_measure,  # borders closed, visas cancelled, treaties held in abeyance (trigger_sanctions)
                 listed_as_terrorist,  # bodies listed as terrorist (trigger_listings)
                 trade_curb,  # curbs on trade imposed or widened (trigger_trade_curbs)
                 border_or_curb,  # border checks, goods put under curbs, duties told by rate (trigger_border_checks)
                 commercial_exchange,  # foreign-made goods bought, sums invested abroad (trigger_commerce)
                 # relations between states (trigger_relations)
                 meal_with_guests, advised_against_travel, channel_set_up, body_for_work, mutual_defence,
                 spent_time_together, affirmed_commitment, partnership_formed,
                 declared_void, allowed_access, scheme_started, alleged_reason, handed_over_aid, mutual_undertaking,
                 forces_pulled_back, forces_moved_in, lifted_pause, brokered_pact, recognised_ruler, joint_vow,
                 # exchanges resumed, sides taken, envoys sent back (trigger_resumption, _backing, _concessions)
                 resumed_exchange, took_side, solidarity_shown, returned_envoy, venture_launched,
                 membership_act,  # bids to join, pacts joined, bids approved, texts adopted (trigger_membership)
                 turned_conduct,  # building halted, entry restored, work paid for, recognition switched (trigger_turns)
                 # pacts coming into force, joint texts not issued (trigger_pact_events)
                 pact_in_force, withheld_joint_text,
                 # incidents between forces and words a lexicon mistypes (trigger_incidents)
                 scramble_purpose, craft_encounter, missile_test,
                 # forces scrambled, sent into another state's airspace or kept in a place (trigger_force_moves)
                 scrambled_craft, entered_sovereign_space, breached_space, stationed_forces,
                 fired_missile_noun, vowed_reprisal, exchange_of, held_patrols,
                 impact_trigger,  # targets hit, rockets landed, vessels boarded (trigger_impacts)
                 spoken_harm,  # a cost laid on another party in a reported clause (spoken_acts)
                 conditional_threat,  # harm supposed on the other side's act, reported (trigger_threats)
                 # talks and contacts (trigger_topics)
                 talk_topic, expected_at, severed_contacts, invited_to_place, went_to_place, called_on_person, phoned_person,
                 stop_at_place, kept_in_contact, settled_on, received_guests, round_held, hosted_gathering,
                 sat_down_with, shook_hands, handed_papers,
                 # diplomatic acts: recalls, expulsions, summons, arms sales (trigger_diplomacy)
                 diplomatic_act,
                 # accusations, refusals and demands said in words; attacks told only as a charge (trigger_accusations)
                 reminded_of_duty,  # appeals told as reminders of a duty (trigger_reminders)
                 regretted_act,  # another side's act regretted: disapproval (trigger_regrets)
                 stigma_named,  # people or acts named with a stigma: branded, called regrettable (trigger_naming)
                 accusation_phrase, breadth_phrase,  # weapons given up, demands withdrawn, posts quit (trigger_breadth)
                 manual_wording):  # the manual's modes in news wording: control taken, entry barred (trigger_manual)
        found = rule(token)
        if found is not None:
            return found
    return None


def _labour_strike(token: Token) -> Trigger | bool | None:
    """"went on strike", "staged a general strike", "stopped work": workers' strikes are PROTEST 'strike';
    ending one is a concession, told by the verb."""
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma == "stop" and any(c.dep_ == "dobj" and c.lower_ == "work" for c in token.children):
        return Trigger("PROTEST", "strike")
    if token.pos_ == "VERB" and lemma in ENDING_VERBS and any(c.dep_ == "dobj" and _is_labour_strike(c) for c in token.children):
        return Trigger("CONCEDE")
    if token.pos_ != "NOUN" or not _is_labour_strike(token):
        return None
    if token.dep_ == "dobj" and token.head.lemma_.lower() in ENDING_VERBS:
        return False
    hunger = any(c.lower_ == "hunger" for c in token.children)
    return Trigger("PROTEST", "hunger" if hunger else "strike")


ENDING_VERBS = {"end", "suspend", "halt", "stop", "lift"}


def _is_labour_strike(token: Token) -> bool:
    """A strike noun with no target and a labour modifier or verb ("general strike", "went on strike")."""
    if token.pos_ != "NOUN" or token.lemma_.lower() != "strike":
        return False
    mods = {c.lower_ for c in token.children if c.dep_ in {"amod", "compound", "nmod"}}
    if mods & MILITARY_MODIFIERS or any(c.dep_ == "prep" and c.lower_ in {"on", "against"} for c in token.children):
        return False
    if mods & LABOUR_MODIFIERS:
        return True
    if any(c.dep_ in {"amod", "compound", "nmod", "poss"} and c.ent_type_ in {"NORP", "GPE"} for c in token.children):
        return False  # "the Israeli strike", "Russia's strike": a state's strike is a military one
    if token.dep_ == "pobj" and token.head.lower_ in {"on", "in"}:  # "went on strike", "took part in the strike"
        return token.head.head.lemma_.lower() in STRIKE_VERBS | JOINING_VERBS
    return token.dep_ in {"dobj", "nsubjpass"} and token.head.lemma_.lower() in STRIKE_VERBS | ENDING_VERBS


def _state_of_emergency(token: Token) -> Trigger | bool | None:
    """"declared a state of emergency / siege": PLOVER COERCE 'martial-law' (CAMEO 1721); lifting it concedes."""
    if token.pos_ == "VERB" and token.lemma_.lower() in LIFT_VERBS and \
            any(c.dep_ == "dobj" and _names_emergency(c) for c in token.children):
        return Trigger("CONCEDE")
    if token.pos_ != "NOUN" or not _names_emergency(token):
        return None
    if token.dep_ == "dobj" and token.head.lemma_.lower() in LIFT_VERBS:
        return False  # the lifting verb is the event
    return Trigger("COERCE", "martial-law", cameo="1721")


def _names_emergency(token: Token) -> bool:
    """"a state of emergency", "a 45-day state of siege"."""
    return token.lemma_.lower() == "state" and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.lemma_.lower() in EMERGENCY_WORDS for g in c.children)
        for c in token.children)


def _on_alert(token: Token) -> Trigger | None:
    """"troops remained on alert", "put forces on high alert": raised readiness is MOBILIZE (CAMEO 15)."""
    if token.pos_ != "NOUN" or token.lemma_.lower() != "alert" or token.dep_ != "pobj" or token.head.lower_ != "on":
        return None
    return Trigger("MOBILIZE", "troops")


def _violated_truce(token: Token) -> Trigger | None:
    """"violated the ceasefire": CAMEO 196 (violate ceasefire) is material conflict, not a rejection."""
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma in {"violate", "breach", "break"}:
        objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    elif token.pos_ == "NOUN" and lemma in {"violation", "breach"}:
        objects = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    else:
        return None
    if any(_is_ceasefire(o) for o in objects):
        return Trigger("ASSAULT", cameo="196")
    return None


def _object_of_phrase(token: Token) -> bool | None:
    """The object of a phrase rule ("violated the ceasefire", "ended mediation efforts") is no event of its own."""
    if token.pos_ != "NOUN":
        return None
    node = token.head if token.dep_ == "compound" else token
    head = node.head
    if node.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
    elif node.dep_ not in {"dobj", "nsubjpass"}:
        return None
    if head.i == token.i:
        return None
    return False if (_violated_truce(head) or _halted_talks(head)) else None


def _is_ceasefire(token: Token) -> bool:
    """"the ceasefire", "the ceasefire agreement", "the cease-fire", "the truce"."""
    words = {token.lower_, token.lemma_.lower()} | {c.lower_ for c in token.children if c.dep_ in {"compound", "amod"}}
    hyphened = token.i >= 2 and token.nbor(-1).text == "-" and f"{token.nbor(-2).lower_}-{token.lower_}" in CEASEFIRES
    return bool(words & (CEASEFIRES - {"fire"})) or hyphened


def _withdrawn_keepers(token: Token) -> Trigger | None:
    """"withdrew peacekeepers / observers / aid workers": PLOVER SANCTION 'withdraw' (CAMEO 166), not a retreat."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in {"withdraw", "pull", "recall"}:
        return None
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    if any(o.lemma_.lower() in KEEPERS or o.lower_ in KEEPERS or "peacekeep" in o.lower_ for o in objects):
        return Trigger("SANCTION", "withdraw", cameo="1661")
    if any(o.lemma_.lower() in AID_WORKERS and any(c.lower_ in {"aid", "humanitarian", "relief"} for c in o.children)
           for o in objects):
        return Trigger("SANCTION", "withdraw", cameo="1663")
    return None


def _halted_talks(token: Token) -> Trigger | None:
    """"ended mediation efforts", "suspended the talks": withdrawing from talks is SANCTION (CAMEO 164/165)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in HALT_VERBS:
        return None
    for obj in (c for c in token.children if c.dep_ == "dobj"):
        words = {obj.lemma_.lower()} | {c.lemma_.lower() for c in obj.children if c.dep_ in {"compound", "amod"}}
        # "suspended its efforts to mediate": the effort's own verb names the talks
        words |= {c.lemma_.lower() for c in obj.children if c.dep_ in {"acl", "relcl"} and c.pos_ == "VERB"}
        if words & TALK_NOUNS:
            return Trigger("SANCTION", "withdraw", cameo="165" if "mediation" in words else "164")
    return None


def _suspension_of(token: Token) -> Trigger | None:
    """"announced a suspension of aid": the noun codes what suspending its object codes."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in {"suspension", "halt", "cutoff", "cut-off", "freeze"}:
        return None
    from detente.nlp.triggers import VERB_OBJECT_TRIGGERS
    for obj in (g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children):
        found = VERB_OBJECT_TRIGGERS.get(("suspend", obj.lemma_.lower()))
        if found is not None:
            return found
        if obj.lemma_.lower() in {"link", "flight", "connection", "service"}:
            return Trigger("SANCTION", "discontinue")
    return None


def _sent_to_investigate(token: Token) -> Trigger | bool | None:
    """"sent a team to investigate the attack": sending investigators is the investigation (CAMEO 09), told
    once, on the sending verb that has the sender as its subject."""
    if token.pos_ == "VERB" and _purpose_of_sending(token):
        return False
    if token.pos_ != "VERB" or token.lemma_.lower() not in SEND_VERBS:
        return None
    return Trigger("ACCUSE", "investigate") if any(_purpose_of_sending(c) for c in token.children) else None


def _purpose_of_sending(token: Token) -> bool:
    """"(sent experts) to investigate": an infinitive of inquiry that hangs on a sending verb."""
    return token.dep_ in {"advcl", "xcomp"} and token.lemma_.lower() in PURPOSES and \
        token.head.lemma_.lower() in SEND_VERBS and any(a.dep_ == "aux" and a.lower_ == "to" for a in token.children)


def _describing_participle(token: Token) -> bool | None:
    """"the internationally recognised government": a participle that describes a noun tells no event."""
    if token.pos_ == "VERB" and token.dep_ == "amod" and token.tag_ == "VBN":
        return False
    return None


PEOPLE = {"prisoner", "captive", "detainee", "hostage", "citizen", "national", "journalist", "activist", "soldier",
          "sailor", "fisherman", "worker", "student", "tourist", "crew", "pow", "man", "woman", "child", "people",
          "civilian", "dissident", "opposition", "leader", "reporter", "aid", "member", "officer", "pilot"}


def _release_of_people(token: Token) -> Trigger | None:
    """"announced the release of two nationals": freeing people is RETREAT 'release' (not "a press release")."""
    if token.pos_ != "NOUN" or token.lemma_.lower() != "release":
        return None
    freed = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    if any(g.lemma_.lower() in PEOPLE or g.ent_type_ in {"PERSON", "NORP"} for g in freed):
        return Trigger("RETREAT", "release", cameo="0841")
    return None


REFUGEES = {"refugee", "migrant", "asylum-seeker", "evacuee", "people", "civilian", "displaced", "family"}


def _opened_borders(token: Token) -> Trigger | None:
    """"opened its borders to refugees": taking in people who flee is humanitarian aid (CAMEO 075)."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "open" or \
            not any(c.dep_ == "dobj" and c.lemma_.lower() in {"border", "door"} for c in token.children):
        return None
    taken = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.subtree]
    # "opened the frontier to Sudanese families": a people named by nationality are let in
    people = [t for t in taken if t.ent_type_ == "NORP" and t.pos_ in {"PROPN", "NOUN"}]
    if people or any(t.lemma_.lower() in REFUGEES or t.lower_ in REFUGEES for t in taken):
        return Trigger("AID", cameo="075")
    return None


def _keepers_arrive(token: Token) -> Trigger | None:
    """"peacekeepers arrived in Juba", "peacekeepers began deploying": peacekeeping is aid (CAMEO 074)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in {"arrive", "deploy", "land"}:
        return None
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if not subjects and token.dep_ == "xcomp":  # "began deploying": the subject is the governing verb's
        subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
    if any("peacekeep" in t.lower_ for s in subjects for t in s.subtree):
        return Trigger("AID", cameo="074")
    return None


# Who an event noun can describe as a modifier ("protest leaders", "strike committee"): people, not an event.
PEOPLE_HEADS = {"leader", "organiser", "organizer", "committee", "group", "movement", "figure", "spokesman",
                "spokeswoman", "spokesperson", "participant", "veteran", "camp", "site", "organisation",
                "organization", "coordinator", "negotiator"}


def _naming_people(token: Token) -> bool | None:
    """"Protest leaders agreed ...": an event noun that modifies a noun for people names them, not an event."""
    if token.pos_ == "NOUN" and token.dep_ == "compound" and token.head.lemma_.lower() in PEOPLE_HEADS:
        return False
    return None


JOINING_VERBS = {"participate", "take", "join", "engage"}
PROTEST_NOUNS = {"strike", "protest", "demonstration", "rally", "march", "boycott", "sit-in", "walkout", "riot"}


def _joined_protest(token: Token) -> bool | None:
    """"participating in a hunger strike", "joined the protest": the protest is the event, not a gathering."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in JOINING_VERBS:
        return None
    joined = [c for c in token.children if c.dep_ == "dobj"] + \
        [g for c in token.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children if g.dep_ == "pobj"]
    return False if any(o.lemma_.lower() in PROTEST_NOUNS for o in joined) else None


OBLIGATION = {"must", "should"}
TELLING_VERBS = {"say", "tell", "insist", "stress", "reaffirm", "add", "state", "declare", "argue", "emphasize",
                 "emphasise", "underline", "assert", "conclude", "write"}


def _obliged_act(token: Token) -> Trigger | None:
    """"X said Y must ensure security": telling another party what it must do is a demand (CAMEO 10)."""
    if token.pos_ != "VERB" or token.dep_ != "ccomp" or token.head.lemma_.lower() not in TELLING_VERBS:
        return None
    from detente.events.ontology import VERB_TRIGGERS
    if token.lemma_.lower() in VERB_TRIGGERS or not obliged(token):  # "must stop", "would have to leave"
        return None
    subject = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.pos_ == "PRON":
        return None  # "we must act": the speaker's own resolve, not a demand on another
    return Trigger("REQUEST", "change")


GIVING_VERBS = {"allocate", "give", "lend", "loan", "pledge", "provide", "contribute", "donate", "grant", "disburse",
                "earmark", "send", "transfer", "release"}
MONEY_WORDS = {"million", "billion", "dollar", "euro", "pound", "yen", "yuan", "franc", "rupee", "krone", "$", "€"}


def _gave_money(token: Token) -> Trigger | None:
    """"allocated 95 million euros", "lent $1 billion to Indonesia": giving money is aid (CAMEO 071)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in GIVING_VERBS:
        return None
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    if any(o.ent_type_ == "MONEY" or o.lemma_.lower() in MONEY_WORDS for o in objects):
        return Trigger("AID", cameo="071")
    return None


RITES = {"ceremony", "commemoration", "celebration", "funeral", "memorial", "festival", "parade", "mass", "vigil",
         "anniversary", "wreath-laying", "burial", "service"}


def _attended_rite(token: Token) -> Trigger | None:
    """"attended a ceremony", "attended the funeral": taking part in a rite is a symbolic act (CAMEO 017)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in {"attend", "join"}:
        return None
    objects = [c for c in token.children if c.dep_ == "dobj"]
    if objects and all(o.lemma_.lower() in RITES for o in objects):
        return Trigger("CONSULT", "multilateral", cameo="017")
    return None


# Less-lethal weapons (PLOVER manual, ASSAULT 'crowd-control': tear gas, water cannon, ...), as (modifier, head).
CROWD_WEAPONS = {("tear", "gas"), ("water", "cannon"), ("rubber", "bullet"), ("pepper", "spray"),
                 ("stun", "grenade"), ("sound", "cannon"), ("plastic", "bullet")}
CROWD_WEAPON_WORDS = {"teargas", "baton", "truncheon", "lathi"}
WIELD_VERBS = {"fire", "use", "deploy", "spray", "turn", "shoot", "lob", "blast", "douse", "disperse", "charge",
               "hit", "beat", "attack", "repel"}


def _crowd_control(token: Token) -> Trigger | None:
    """"fired water cannon at a boat", "used tear gas against protesters", "dispersed them with batons":
    an assault whose weapon is a less-lethal one is 'crowd-control', whatever the verb says otherwise."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in WIELD_VERBS:
        return None
    held = [c for c in token.children if c.dep_ == "dobj"] + \
        [g for c in token.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children if g.dep_ == "pobj"]
    return Trigger("ASSAULT", "crowd-control") if any(_crowd_weapon(t) for h in held for t in h.subtree) \
        else None


def _crowd_weapon(token: Token) -> bool:
    lemma = token.lemma_.lower()
    return lemma in CROWD_WEAPON_WORDS or any((c.lower_, lemma) in CROWD_WEAPONS or (c.lower_, token.lower_) in CROWD_WEAPONS
                                              for c in token.children if c.dep_ in {"compound", "amod"})
