"""Triggers for incidents between armed forces and for acts a word alone mistypes: warplanes and warships that
fly close, shadow, buzz or intercept another side's craft, vessels that collide or face off, missile tests,
vows of reprisal, exchanges of people, and protests called off.

Each rule follows the PLOVER manual: MOBILIZE is military posturing short of force that shows what a force
can do, and moving ships, aircraft or vehicles is its mode 'weapons'; THREATEN is a warning of grave harm;
COOPERATE covers exchanges of people that are no prisoner swap; CONCEDE covers suspending protests. The rules are
asked by `trigger_phrases.phrase_trigger` before the word lexicon.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.events.ontology import Trigger

SHOW_OF_FORCE = Trigger("MOBILIZE", "weapons")
# Craft that are armed forces' own by their name, and words that make any craft a military one.
MILITARY_CRAFT = {"warplane", "warship", "bomber", "fighter", "destroyer", "frigate", "submarine", "corvette",
                  "cruiser", "gunboat", "drone", "jet", "interceptor", "carrier", "cutter", "helicopter"}
CRAFT = MILITARY_CRAFT | {"aircraft", "plane", "airplane", "ship", "vessel", "boat", "speedboat", "craft",
                          "patrol", "trawler", "flotilla", "squadron", "fleet", "navy"}
MILITARY_MARKS = {"military", "naval", "navy", "war", "fighter", "spy", "surveillance", "reconnaissance",
                  "patrol", "coast", "coastguard", "guard", "missile", "attack", "combat", "air", "force", "armed",
                  "maritime", "militia"}
UNCREWED = {"drone", "missile", "rocket"}  # intercepting these is air defence, not posturing
CIVIL_MARKS = {"cargo", "aid", "passenger", "commercial", "merchant", "hospital", "cruise", "civilian", "relief",
               "container", "fishing", "research", "rescue", "ferry", "charter", "private", "flotilla"}
PASSING_VERBS = {"fly", "sail", "pass", "come", "approach", "cruise", "transit", "steam", "manoeuvre",
                 "maneuver", "enter", "intrude", "venture", "loiter"}
NEARNESS = {"close", "near", "within", "past", "alongside", "over", "into", "toward", "towards", "around",
            "closer", "dangerously", "perilously", "unsafely", "nearby"}
HOUNDING_VERBS = {"buzz", "shadow", "tail", "intercept", "chase", "stalk", "track",
                  "confront", "collide", "approach"}


def is_craft(token: Token, national: bool = False) -> bool:
    """A warship, warplane or a craft marked as a force's ("patrol ship", "coast guard vessel"); with `national`,
    also a craft named only by its state ("Chinese boats"), but never a civil one ("a Turkish aid ship")."""
    lemma = token.lemma_.lower()
    if lemma not in CRAFT:
        return False
    before = [t for t in token.subtree if t.i < token.i]
    if any(t.lower_ in CIVIL_MARKS for t in before):
        return False
    if lemma in MILITARY_CRAFT:
        return True
    return any(t.lower_ in MILITARY_MARKS or (national and t.ent_type_ in {"NORP", "GPE"}) for t in before)


def verb_subjects(verb: Token) -> list[Token]:
    """The verb's subjects, conjoined ones included ("Vietnamese and Chinese boats")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj"]
    return subjects + [c for s in subjects for c in s.children if c.dep_ == "conj"]


def craft_encounter(token: Token) -> Trigger | None:
    """"a warplane flew dangerously close to a patrol plane", "speedboats buzzed a destroyer", "patrol ships
    confronted each other", "a coast guard ship collided with a fishing boat": posturing between forces."""
    if token.pos_ != "VERB":
        return None
    lemma = token.lemma_.lower()
    subjects = verb_subjects(token)
    if lemma in {"intercept", "shadow", "buzz", "tail", "escort"} and any(
            c.dep_ == "dobj" and is_craft(c) and c.lemma_.lower() not in UNCREWED for c in token.children):
        return SHOW_OF_FORCE  # "Britain scrambled jets and intercepted two Russian bombers"
    if lemma in HOUNDING_VERBS and any(is_craft(s, national=True) for s in subjects):
        return SHOW_OF_FORCE
    if not any(is_craft(s) for s in subjects):
        return None
    if lemma in PASSING_VERBS and any(t.lower_ in NEARNESS for t in token.subtree if t.i > token.i):
        return SHOW_OF_FORCE
    return None


MISSILES = {"missile", "missiles", "rocket", "icbm", "slbm", "projectile", "warhead"}
LAUNCH_VERBS = {"fire", "launch", "test", "test-fire", "testfire", "conduct"}
TESTED_ARMS = {"nuclear", "weapon", "weapons", "ballistic", "hypersonic", "atomic"}  # "a nuclear test"
TEST_NOUNS = {"test", "launch", "test-firing", "firing"}
# Where a test shot falls: the sea, not a target.
WATERS = {"sea", "ocean", "water", "waters", "gulf", "bay", "zone", "range", "pacific", "atlantic"}
TARGET_PREPS = {"at", "on", "against", "toward", "towards", "into", "upon"}


def missile_test(token: Token) -> Trigger | bool | None:
    """"fired a ballistic missile into the sea", "test-fired two cruise missiles", "conducted a missile test":
    a show of weapons (MOBILIZE 'weapons'); missiles fired at a place are an aerial assault."""
    if token.pos_ == "NOUN" and token.lemma_.lower() in TEST_NOUNS and \
            any(c.dep_ in {"compound", "amod"} and c.lemma_.lower() in MISSILES | TESTED_ARMS for c in token.children):
        return SHOW_OF_FORCE
    if token.pos_ != "VERB" or _launch_lemma(token) not in LAUNCH_VERBS:
        return None
    fired = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in MISSILES]
    if not fired:
        return None
    aims = [g for c in token.children if c.dep_ == "prep" and c.lower_ in TARGET_PREPS
            for g in c.children if g.dep_ == "pobj"]
    if any(a.lemma_.lower() not in WATERS and not _when(a) for a in aims):
        return Trigger("ASSAULT", "aerial")
    return SHOW_OF_FORCE


def names_time(prep: Token) -> bool:
    """A preposition whose object is a time ("on Sunday"), read as no particle of the verb before it."""
    return prep.dep_ == "prep" and any(g.dep_ == "pobj" and _when(g) for g in prep.children)


def _when(word: Token) -> bool:
    """"on Sunday", "at dawn": a time, not a target (a place name the tagger took for a time stays a place)."""
    return word.ent_type_ == "DATE" or (word.ent_type_ == "TIME" and word.pos_ != "PROPN")


def _launch_lemma(verb: Token) -> str:
    """"test-fired" comes as one token or as "test - fired"."""
    if verb.i >= 2 and verb.nbor(-1).text == "-" and verb.nbor(-2).lower_ == "test":
        return "test-fire"
    return verb.lemma_.lower()


def fired_missile_noun(token: Token) -> bool | None:
    """The missile of "fired a missile" is told by the verb, not an event of its own."""
    if token.pos_ == "NOUN" and token.lemma_.lower() in MISSILES and token.dep_ in {"dobj", "nsubjpass"} and \
            _launch_lemma(token.head) in LAUNCH_VERBS:
        return False
    return None


REPRISAL_VERBS = {"retaliate", "respond", "react", "hit"}
REPRISAL_NOUNS = {"countermeasure", "countermeasures", "retaliation", "reprisal", "reprisals", "response",
                  "measure", "measures", "step", "steps", "action", "consequence", "consequences"}
# What makes "measures" a reprisal and not a policy ("take measures to boost growth").
FORCEFUL = {"necessary", "resolute", "firm", "decisive", "strong", "forceful", "reciprocal", "all", "retaliatory",
            "countermeasures", "appropriate", "tough", "severe", "serious", "harsh", "corresponding"}
TAKING_VERBS = {"take", "adopt", "launch"}  # not "face": who faces the measures is threatened
FUTURE_WORDS = {"will", "would", "'ll", "shall"}
VOWING = {"vow", "pledge", "promise", "threaten", "warn", "reserve", "swear", "ready", "prepared"}


def vowed_reprisal(token: Token) -> Trigger | None:
    """"Moscow would retaliate", "vowed to respond", "will take necessary measures", "will face consequences":
    a state's vow of reprisal is a threat (PLOVER THREATEN); a reprisal told as done is not."""
    if token.pos_ != "VERB":
        return None
    lemma = token.lemma_.lower()
    reprisal = lemma in {"retaliate"} or (lemma in REPRISAL_VERBS and _answers_other(token)) or \
        (lemma in PUNISHING and any(c.dep_ == "dobj" and c.lemma_.lower() in HOSTILE_ACTS for c in token.children))
    unhesitating = _unhesitating(token)
    taken = (lemma in TAKING_VERBS or (unhesitating and lemma in ORDERING)) and \
        any(c.dep_ == "dobj" and (_forceful_measure(c) or (unhesitating and c.lemma_.lower() in REPRISAL_NOUNS))
            for c in token.children)
    if not (reprisal or taken) or not (_vowed(token) or unhesitating):
        return None
    if token.dep_ in {"xcomp", "ccomp"} and token.head.lemma_.lower() in {"threaten", "warn"}:
        return False  # "warned that it would retaliate": the warning is the threat, told once
    return Trigger("THREATEN", cameo="130")


# Manners of answering that make "respond" a reprisal, and hostile acts whose answer is one.
# (stance_formulas reads the same manners: a response promised in them is a warning)
ANSWER_MANNERS = {"firmly", "decisively", "forcefully", "resolutely", "accordingly", "strongly", "harshly",
                  "militarily", "appropriately", "proportionately", "proportionally", "robustly", "swiftly",
                  "adequately", "symmetrically", "kind"}
HOSTILE_ACTS = {"attack", "strike", "aggression", "provocation", "incursion", "assault", "raid", "bombing",
                "shelling", "sanction", "tariff", "measure", "move", "decision", "violation", "breach", "intrusion"}


def _answers_other(verb: Token) -> bool:
    """"respond firmly", "respond in kind", "respond if ...", "respond to the drone attack": an answer in kind to
    another side's act, not a reply to a question."""
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in ANSWER_MANNERS:
            return True
        if c.dep_ == "advcl" and any(m.lower_ in {"if", "should"} for m in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ in {"in", "to"} and \
                any(g.lower_ == "kind" or g.lemma_.lower() in HOSTILE_ACTS for g in c.children if g.dep_ == "pobj"):
            return True
    return False


def _forceful_measure(noun: Token) -> bool:
    """"necessary measures", "countermeasures", "all necessary steps", "serious consequences", "steps the
    other side would find unbearable"."""
    lemma = noun.lemma_.lower()
    if lemma in {"countermeasure", "retaliation", "reprisal"} or noun.lower_ in {"countermeasures", "reprisals"}:
        return True
    if lemma not in REPRISAL_NOUNS:
        return False
    if any(t.lower_ in FORCEFUL for t in noun.subtree if t.i < noun.i):
        return True
    # a relative clause that judges the measure by its harm to the one it falls on ("would find unbearable")
    return any(c.dep_ == "relcl" and any(g.dep_ in {"oprd", "acomp", "xcomp"} and g.lower_ in HARSH_JUDGEMENTS
                                         for g in c.children) for c in noun.children)


# "would punish any further provocation": punishing another side's hostile act (HOSTILE_ACTS) is a reprisal.
PUNISHING = {"punish", "avenge"}
# Verbs that put measures in hand once one "will not hesitate" ("to order further measures").
ORDERING = {"order", "use", "take", "adopt", "launch", "impose"}
# How a measure is judged by the side it falls on, in a relative clause after it.
HARSH_JUDGEMENTS = {"unbearable", "painful", "intolerable", "costly", "regrettable"}


def _unhesitating(verb: Token) -> bool:
    """"would not hesitate to order further measures": resolve told by a negated hesitation, a vow in itself."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.lemma_.lower() == "hesitate" and any(c.dep_ == "neg" for c in head.children)


def _vowed(verb: Token) -> bool:
    """Said as what one will do: a future modal, or under a vow or warning ("vowed to retaliate")."""
    if any(c.dep_ == "aux" and c.lower_ in FUTURE_WORDS for c in verb.children):
        return True
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() == "have" and _vowed(verb.head):
        return True  # "would have to respond": the future is on the verb of necessity
    return verb.dep_ in {"xcomp", "ccomp", "pobj", "pcomp"} and verb.head.lemma_.lower() in VOWING


EXCHANGE_WORDS = {"exchange", "swap"}
CAPTIVES = {"prisoner", "captive", "detainee", "hostage", "pow", "soldier", "body", "pows", "remains"}
PEOPLE_SWAPS = {"student", "cultural", "academic", "educational", "youth", "people", "scholar", "scientist",
                "expert", "teacher", "exchange", "scientific", "sport", "sports", "tourism", "journalist",
                "artist", "personnel", "staff", "official", "visit", "people-to-people", "professional", "research",
                "military", "medical", "parliamentary", "friendship", "trainee", "researcher", "university"}


FURTHERING = {"expand", "boost", "increase", "promote", "resume", "deepen", "strengthen", "encourage", "facilitate",
              "launch", "start", "restore", "intensify", "develop", "broaden", "enhance", "step", "revive", "hold"}


def exchange_of(token: Token) -> Trigger | bool | None:
    """What an "exchange" trades decides it: captives are released (RETREAT, the lexicon's), students or
    scholars are cooperation (COOPERATE, told by a verb that furthers them: "agreed to expand student
    exchanges"), fire is a clash, and anything else ("economic exchanges", "an exchange of views") no event."""
    if token.pos_ == "VERB" and token.lemma_.lower() in FURTHERING and \
            any(c.dep_ == "dobj" and _traded(c) == "people" for c in token.children):
        return Trigger("COOPERATE")
    traded = _traded(token)
    if traded is None:
        return None
    if traded == "people":
        furthered = token.dep_ == "dobj" and token.head.lemma_.lower() in FURTHERING
        return False if furthered else Trigger("COOPERATE")
    return Trigger("ASSAULT") if traded == "fire" else False


def _traded(token: Token) -> str | None:
    """What an exchange noun trades: "people", "fire", "other"; None when it names no goods or names captives."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in EXCHANGE_WORDS:
        return None
    # what is traded, not who trades ("an exchange between Kyiv and Moscow" is left to the lexicon)
    traded = [c for c in token.children if c.dep_ in {"compound", "amod", "nmod"}]
    traded += [g for c in token.children if c.dep_ == "prep" and c.lower_ in {"of", "involving"}
               for g in c.children if g.dep_ == "pobj"]
    words = {t.lemma_.lower() for c in traded for t in c.subtree} | {t.lower_ for c in traded for t in c.subtree}
    if not traded or words & CAPTIVES:
        return None
    if words & PEOPLE_SWAPS:
        return "people"
    return "fire" if words & {"fire", "gunfire", "shot", "shots", "artillery"} else "other"


# not "strike", which may be military (a labour strike's end is trigger_phrases' _labour_strike)
PROTEST_NOUNS = {"protest", "demonstration", "rally", "march", "sit-in", "boycott", "walkout"}
CALLING_OFF = {"postpone", "suspend", "cancel", "delay", "defer", "halt", "scrap", "shelve"}


def called_off_protest(token: Token) -> Trigger | bool | None:
    """"agreed to postpone the demonstration", "suspended the boycott": calling off a protest is a concession
    (PLOVER CONCEDE: "suspending protests"); the protest named is told by the verb, not an event of its own."""
    if token.pos_ == "VERB" and token.lemma_.lower() in CALLING_OFF and \
            any(c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in PROTEST_NOUNS for c in token.children):
        return Trigger("CONCEDE")
    if token.pos_ == "NOUN" and token.lemma_.lower() in PROTEST_NOUNS and token.dep_ in {"dobj", "nsubjpass"} and \
            token.head.lemma_.lower() in CALLING_OFF:
        return False
    return None


# What a violation is told of when a party reports it: a truce or another accord between the sides.
PACTS = {"ceasefire", "cease-fire", "truce", "armistice", "understanding", "agreement", "accord", "deal", "pact"}
SAYING = {"say", "state", "claim", "allege", "insist", "tell", "complain", "charge", "report"}


def reported_violations(token: Token) -> Trigger | None:
    """"said there had been violations of the truce": a party reporting breaches with no one named as
    breaking it charges the other side (PLOVER ACCUSE 'allege'), it does not report a clash of its own."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in {"violation", "breach"} or token.dep_ != "attr":
        return None
    verb = token.head
    pacts = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    if not any(p.lemma_.lower() in PACTS for p in pacts) or not any(c.dep_ == "expl" for c in verb.children):
        return None
    speech = verb.head  # "said there had been ...", "to say there had been ..."
    reported = verb.dep_ == "ccomp" and speech.lemma_.lower() in SAYING
    return Trigger("ACCUSE", "allege") if reported else None


# --- patrols held ------------------------------------------------------------------------------------------

# Verbs that hold a patrol ("conducted patrols") or name what was held ("what X described as patrols").
PATROL_HOLDERS = {"hold", "conduct", "carry", "stage", "launch", "begin", "start", "step", "mount", "intensify",
                  "increase", "send", "dispatch", "deploy", "resume", "describe", "call", "term", "dub", "label"}
# Words that make a patrol a police one (PLOVER MOBILIZE 'police': police or security units).
POLICE_MARKS = {"police", "law", "enforcement", "coast", "guard", "coastguard", "border", "security"}


def held_patrols(token: Token) -> Trigger | None:
    """"the coast guard conducted law enforcement patrols", "the navy stepped up patrols": patrols held are a
    force shown short of its use (PLOVER MOBILIZE, 'police' for police and coast-guard units); "joint patrols"
    are cooperation (the lexicon) and a patrol attacked is the attack's object, not a move."""
    if token.pos_ != "NOUN" or token.lemma_.lower() != "patrol" or token.dep_ == "compound":
        return None
    if any(c.lower_ in {"joint", "jointly", "coordinated"} for c in token.children):
        return None
    holder = token.head.head if token.dep_ == "pobj" and token.head.lower_ in {"as", "up"} else token.head
    if token.dep_ not in {"dobj", "pobj", "conj"} or holder.lemma_.lower() not in PATROL_HOLDERS:
        return None
    marks = {t.lower_ for t in token.subtree if t.i < token.i} | {t.lower_ for t in token.head.children}
    return Trigger("MOBILIZE", "police" if marks & POLICE_MARKS else "troops")
