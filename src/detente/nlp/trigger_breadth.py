"""Verb-and-object wordings of the categories a single word codes least well: weapons given up, captives set free,
posts quit, ground abandoned and forces pulled back (RETREAT 'disarm', 'release', 'resign', 'withdraw'); demands
withdrawn, stances softened, defeat accepted, regret voiced and apologies offered (CONCEDE); suspension from a body
(SANCTION 'expel'); anger voiced and suits brought (ACCUSE); thanks voiced, weight thrown behind, embassies reopened
(SUPPORT); utilities cut off, outlets blocked, groups banned, individuals expelled (COERCE 'withhold', 'censor',
'restrict', 'deport').

Each rule follows the PLOVER manual's description and mode table of its category (and the CAMEO-to-PLOVER table
where the two part: verdicts stay ACCUSE, aid workers sent away stay SANCTION). `breadth_phrase` tests the token's
lemma against a small set first, so most tokens cost one lookup.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.events.ontology import Trigger, first_trigger
from detente.nlp.syntax import prep_objects

OBJECT_DEPS = {"dobj", "nsubjpass"}
PARTY_ENTS = {"GPE", "NORP", "ORG"}


def _objects(verb: Token) -> list[Token]:
    """What a verb acts on (object or passive subject) with their conjuncts."""
    found = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    return [t for o in found for t in (o, *o.conjuncts)]


def _lemmas(tokens: list[Token]) -> set[str]:
    return {t.lemma_.lower() for t in tokens}


def _particles(verb: Token) -> set[str]:
    """The verb's particles, also when tagged as adverbs ("laid their arms down")."""
    return {c.lower_ for c in verb.children if c.dep_ in {"prt", "advmod"}}


# --- RETREAT 'disarm': weapons handed in, surrendered or decommissioned ------------------------------------

WEAPONS = {"weapon", "arm", "arsenal", "stockpile", "rifle", "gun", "ammunition", "munition", "warhead", "explosive"}
DISARM_VERBS = {"surrender", "decommission", "relinquish", "dismantle", "hand", "turn", "give", "lay"}
DISARM_PARTICLES = {"hand": {"over", "in"}, "turn": {"over", "in"}, "give": {"up"}, "lay": {"down"}}
DISARMED = Trigger("RETREAT", "disarm")


def weapons_given_up(token: Token) -> Trigger | None:
    """"the rebels handed in their weapons", "surrendered its arsenal", "gave up its nuclear arms": disarming
    (RETREAT 'disarm'); weapons handed to another state ("handed over rifles to Kyiv") are aid, not told here."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma not in DISARM_VERBS:
        return None
    needed = DISARM_PARTICLES.get(lemma, set())
    # the parser may take the particle for a preposition ("handed in | its weapons")
    objects = _objects(token) + prep_objects(token, needed)
    if not _lemmas(objects) & WEAPONS or needed and not (_particles(token) | _prep_words(token)) & needed:
        return None
    if any(g.ent_type_ in PARTY_ENTS for h in (token, *objects) for g in prep_objects(h, {"to"})):
        return None  # given to a state or army: a transfer between sides
    return DISARMED


def _prep_words(token: Token) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ == "prep"}


# --- RETREAT 'release': captives set free ------------------------------------------------------------------

def set_free(token: Token) -> Trigger | None:
    """"set the hostages free", "the sailors were set free": releasing captives (RETREAT 'release')."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "set":
        return None
    freed = any(c.lower_ in {"free", "loose"} and c.dep_ in {"oprd", "acomp", "advmod", "xcomp", "ccomp", "amod"}
                for c in (*token.children, *[g for o in _objects(token) for g in o.children]))
    return Trigger("RETREAT", "release") if freed else None


# --- RETREAT 'resign': posts quit ----------------------------------------------------------------------------

POSTS = {"post", "position", "job", "office", "seat", "role", "portfolio", "premiership", "presidency", "throne"}
RESIGNED = Trigger("RETREAT", "resign", cameo="0831")


def quit_post(token: Token) -> Trigger | None:
    """"quit his post", "quit as defence minister", "vacated the premiership": an official resignation
    (RETREAT 'resign'); quitting a body or a treaty is told by the sanction rules."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in {"quit", "vacate", "relinquish"}:
        return None
    if _lemmas(_objects(token)) & POSTS:
        return RESIGNED
    return RESIGNED if token.lemma_.lower() == "quit" and any(
        c.dep_ == "prep" and c.lower_ == "as" for c in token.children) else None


# --- CONCEDE: demands, claims and charges dropped ------------------------------------------------------------

DROPPED = {"demand", "objection", "claim", "precondition", "condition", "opposition", "veto", "charge", "insistence",
           "complaint", "lawsuit", "suit", "case", "reservation", "resistance"}
# "drop" is left out: "after X dropped its objections" would become the latest deed that a following "welcomed the
# decision" answers (side_context.criticised_acts takes the latest act, even one in an "after" clause).
DROP_VERBS = {"withdraw", "abandon", "waive", "relinquish", "forgo", "forego"}


def dropped_demand(token: Token) -> Trigger | None:
    """"withdrew its demand for reparations", "withdrew its objection", "abandoned its claim to the islands":
    giving up a position is a concession (PLOVER CONCEDE), not a military withdrawal."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in DROP_VERBS:
        return None
    return Trigger("CONCEDE") if _lemmas(_objects(token)) & DROPPED else None


# --- SANCTION 'expel': a member put out of a group (verdicts stay ACCUSE: CAMEO 116 'find guilty') ----------

MEMBERSHIP = {"membership", "seat", "participation", "voting", "right", "accreditation"}
GROUPS = {"organisation", "organization", "bloc", "union", "alliance", "council", "body", "league", "federation",
          "commonwealth", "community", "assembly", "group", "grouping", "forum"}


def suspended_member(token: Token) -> Trigger | None:
    """"suspended Mali from the bloc", "Russia's membership was suspended": putting a member out of a group,
    for a time or for good (PLOVER SANCTION 'expel')."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in {"suspend", "expel", "bar", "exclude"}:
        return None
    if token.lemma_.lower() == "suspend" and _lemmas(_objects(token)) & MEMBERSHIP:
        return Trigger("SANCTION", "expel")
    bodies = prep_objects(token, {"from"})
    if any(b.lemma_.lower() in GROUPS or b.ent_type_ == "ORG" for b in bodies):
        return Trigger("SANCTION", "expel")
    return None


# --- ACCUSE 'disapprove' and SUPPORT said as a feeling ------------------------------------------------------

SAYING = {"express", "voice", "register", "convey", "air", "vent"}
ANGER = {"outrage", "anger", "dismay", "displeasure", "indignation", "disapproval", "dissatisfaction",
         "disappointment", "frustration", "objection", "unhappiness", "irritation", "annoyance", "alarm"}
THANKS = {"gratitude", "appreciation", "admiration", "thanks", "approval", "backing"}
# Regret or remorse voiced for an act or a situation is CONCEDE, as the PLOVER manual says (an apology).
REGRET = {"regret", "remorse", "contrition", "apology"}


def feeling_voiced(token: Token) -> Trigger | None:
    """"expressed outrage at the raid", "voiced displeasure over the visit": disapproval (ACCUSE); "expressed
    gratitude for the aid", "voiced backing for the plan": approval (SUPPORT). The noun is the event."""
    if token.pos_ != "NOUN" or token.dep_ != "dobj" or token.head.lemma_.lower() not in SAYING:
        return None
    lemma = token.lemma_.lower()
    if lemma in ANGER:
        return Trigger("ACCUSE", "disapprove")
    if lemma in REGRET:
        return None if _that_clause_on(token) else Trigger("CONCEDE")
    return Trigger("SUPPORT") if lemma in THANKS else None


def _that_clause_on(noun: Token) -> bool:
    """"expressed regret that the talks failed": regret at how things went, owning no wrong to another side."""
    clauses = [c for h in (noun, noun.head) for c in h.children if c.dep_ in {"acl", "ccomp"}]
    return any(m.dep_ == "mark" and m.lower_ == "that" for c in clauses for m in c.children)


APOLOGY_VERBS = {"offer", "extend", "issue", "tender", "make", "deliver"}


def apology_made(token: Token) -> Trigger | None:
    """"offered an apology to Namibia", "issued a formal apology": an apology given, not proposed (CONCEDE);
    the verb is the event, so "offered" is told as done."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in APOLOGY_VERBS:
        return None
    return Trigger("CONCEDE") if "apology" in _lemmas(_objects(token)) else None


def pulled_back(token: Token) -> Trigger | None:
    """"pull back troops from the valley", "agreed to draw its forces back": forces moved back from where they
    stood are a withdrawal (RETREAT 'withdraw'); the parser often hangs "back" on the object."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in {"pull", "draw", "move", "bring", "take"}:
        return None
    forces = [o for o in _objects(token) if o.lemma_.lower() in FORCES]
    backs = {c.lower_ for h in (token, *forces) for c in h.children if c.dep_ in {"prt", "advmod", "amod"}}
    return WITHDRAWN if forces and "back" in backs else None


def weight_behind(token: Token) -> Trigger | None:
    """"threw its weight behind the plan", "lent its support to Kyiv's bid": verbal backing (SUPPORT)."""
    if token.pos_ != "VERB":
        return None
    lemma, objects = token.lemma_.lower(), _lemmas(_objects(token))
    if lemma == "throw" and "weight" in objects and any(c.lower_ == "behind" for c in token.subtree):
        return Trigger("SUPPORT")
    return Trigger("SUPPORT") if lemma == "lend" and objects & {"support", "backing", "voice", "name"} else None


# --- COERCE 'withhold' and 'censor' ---------------------------------------------------------------------------

UTILITIES = {"internet", "electricity", "power", "water", "utility", "network", "telecommunication",
             "telecommunications", "connectivity"}
OUTLETS = {"website", "site", "newspaper", "broadcaster", "channel", "platform", "app", "outlet", "account",
           "telegram", "whatsapp", "facebook", "twitter", "youtube", "x"}


def cut_utilities(token: Token) -> Trigger | None:
    """"cut off the internet", "shut down electricity to the region": withholding public services (COERCE
    'withhold'); "blocked news websites": censorship (COERCE 'censor')."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma not in {"cut", "shut", "switch", "turn", "block", "ban"}:
        return None
    objects = _lemmas(_objects(token))
    if lemma in {"block", "ban"}:
        return Trigger("COERCE", "censor") if objects & OUTLETS else None
    if objects & UTILITIES and _particles(token) & {"off", "down"} or lemma == "cut" and objects & UTILITIES:
        return Trigger("COERCE", "withhold")
    return None


# --- RETREAT 'withdraw': ground given up, forces thinned ----------------------------------------------------

FORCES = {"troop", "force", "soldier", "army", "unit", "fighter", "militant", "rebel", "militia", "garrison",
          "contingent", "battalion", "brigade"}
GROUND = {"position", "base", "post", "outpost", "city", "town", "village", "territory", "area", "region", "stronghold",
          "bridgehead", "control", "enclave", "province", "district", "island", "zone"}
WITHDRAWN = Trigger("RETREAT", "withdraw", cameo="0874")


def ground_given_up(token: Token) -> Trigger | None:
    """"the army abandoned its positions", "troops left the city", "handed over control of the base",
    "ceded the district": a retreat from territory (RETREAT 'withdraw')."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma not in {"abandon", "leave", "vacate", "hand", "transfer", "relinquish"}:
        return None
    ground = _lemmas(_objects(token)) & GROUND
    subjects = _lemmas([c for c in token.children if c.dep_ == "nsubj"])
    if lemma in {"abandon", "vacate", "relinquish"} and ground:
        return WITHDRAWN
    if lemma == "leave" and subjects & FORCES and (ground or _left_state(token)):
        return WITHDRAWN
    if lemma in {"hand", "transfer"} and "control" in ground:
        return WITHDRAWN
    return None


def _left_state(verb: Token) -> bool:
    """"troops left Mali and Niger": the place left is a state named, not a post or a meeting."""
    return any(o.ent_type_ in {"GPE", "LOC"} for o in _objects(verb) if o.dep_ != "nsubjpass")


def forces_thinned(token: Token) -> Trigger | None:
    """"cut its troops in the region", "scaled back forces from the border": fewer forces in a place is a
    partial withdrawal (RETREAT 'withdraw'); a cut in the size of an army with no place named is none."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in {"reduce", "cut", "scale", "draw", "thin", "halve"}:
        return None
    forces = [o for o in _objects(token) if o.lemma_.lower() in FORCES]
    placed = prep_objects(token, {"from", "in", "on", "along", "near"}) + \
        [g for o in forces for g in prep_objects(o, {"from", "in", "on", "along", "near"})]
    return WITHDRAWN if forces and placed else None


# --- ACCUSE 'allege': taken to court ---------------------------------------------------------------------------

COURTS = {"court", "tribunal", "arbitration", "icj", "icc", "wto"}  # "bring to justice" is mostly a vow
CASES = {"case", "suit", "lawsuit", "charge", "claim", "complaint", "petition"}


def taken_to_court(token: Token) -> Trigger | None:
    """"took Tokyo to the world court", "brought a case against Myanmar", "filed charges against the general":
    suing or bringing to court (ACCUSE 'allege')."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma not in {"take", "bring", "file", "lodge", "launch"}:
        return None
    if lemma in {"take", "bring"} and any(g.lemma_.lower() in COURTS for g in prep_objects(token, {"to", "before"})):
        return Trigger("ACCUSE", "allege")
    cases = [o for o in _objects(token) if o.lemma_.lower() in CASES]
    against = prep_objects(token, {"against"}) + [g for o in cases for g in prep_objects(o, {"against"})]
    return Trigger("ACCUSE", "allege") if cases and against else None


# --- CONCEDE and SUPPORT: positions softened, defeat accepted, embassies reopened ----------------------------

STANCES = {"stance", "position", "line", "tone", "rhetoric", "demand", "opposition"}
DECISIONS = {"decision", "order", "decree", "ban", "policy", "move", "ruling"}


def position_softened(token: Token) -> Trigger | None:
    """"softened its stance on the border", "accepted defeat", "reversed the decision", "lifted its boycott":
    yielding (PLOVER CONCEDE); "reopened its embassy": diplomatic ties resumed (SUPPORT)."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma not in {"soften", "moderate", "accept", "admit", "concede", "reverse",
                                             "rescind", "end", "lift", "reopen"}:
        return None
    objects = _lemmas(_objects(token))
    if lemma in {"soften", "moderate"} and objects & STANCES or \
            lemma in {"accept", "admit", "concede"} and objects & {"defeat", "loss"} or \
            lemma in {"reverse", "rescind"} and objects & DECISIONS or \
            lemma in {"end", "lift"} and "boycott" in objects:
        return Trigger("CONCEDE")
    return Trigger("SUPPORT") if lemma == "reopen" and objects & {"embassy", "consulate"} else None


# --- COERCE: people expelled, parties banned, papers shut --------------------------------------------------------

# aid workers sent away are a withdrawal of aid agencies (SANCTION 'expel', CAMEO 1663), not deportation
PEOPLE = {"journalist", "reporter", "correspondent", "activist", "migrant", "national", "citizen",
          "missionary", "student", "refugee", "foreigner", "family", "resident", "laborer", "labourer"}
BANNED = {"party", "group", "organisation", "organization", "movement", "rally", "protest", "gathering",
          "demonstration", "march", "union", "opposition"}


def people_expelled(token: Token) -> Trigger | None:
    """"expelled two foreign journalists", "banned the opposition party", "shut down the newspaper": deporting
    individuals (COERCE 'deport', not a diplomatic expulsion), banning groups (COERCE 'restrict'), closing
    outlets (COERCE 'censor')."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma not in {"expel", "ban", "outlaw", "shut", "close"}:
        return None
    objects = _lemmas(_objects(token))
    if lemma == "expel" and objects & PEOPLE:
        return Trigger("COERCE", "deport")
    if lemma in {"ban", "outlaw"} and objects & BANNED:
        return Trigger("COERCE", "restrict")
    return Trigger("COERCE", "censor") if lemma in {"shut", "close"} and objects & OUTLETS else None


VERB_RULES = (weapons_given_up, set_free, quit_post, dropped_demand, suspended_member, weight_behind,
              cut_utilities, ground_given_up, forces_thinned, taken_to_court, position_softened,
              people_expelled, apology_made, pulled_back)
VERB_GATE = (DISARM_VERBS | DROP_VERBS |
             {"set", "quit", "vacate", "suspend", "expel", "bar", "exclude", "throw", "lend", "cut", "shut",
              "switch", "block", "ban", "abandon", "leave", "transfer", "reduce", "scale", "draw", "thin", "halve",
              "take", "bring", "file", "lodge", "launch", "soften",
              "moderate", "accept", "admit", "concede", "reverse", "rescind", "end", "lift", "reopen", "outlaw",
              "close"} | APOLOGY_VERBS | {"pull", "move"})
# Objects the verb rules read: as the object of a verb that codes with it, the noun is no event of its own
# (a banned rally stays a protest of its own, so BANNED is left out).
OBJECT_GATE = (WEAPONS | DROPPED | MEMBERSHIP | UTILITIES | OUTLETS | GROUND | CASES | STANCES | DECISIONS |
               PEOPLE | {"boycott", "defeat", "embassy", "weight", "apology"})
NOUN_GATE = ANGER | THANKS | REGRET


def breadth_phrase(token: Token) -> Trigger | bool | None:
    """The trigger one of the breadth rules gives the token (first that speaks); False for an object its verb
    codes with ("withdrew its lawsuit": the lawsuit is no accusation); None when no rule speaks."""
    lemma = token.lemma_.lower()
    if lemma in VERB_GATE and token.pos_ == "VERB":
        return first_trigger(VERB_RULES, token)
    if lemma in NOUN_GATE and token.pos_ == "NOUN" and (felt := feeling_voiced(token)) is not None:
        return felt
    if lemma in OBJECT_GATE and token.dep_ in OBJECT_DEPS and token.head.lemma_.lower() in VERB_GATE:
        return False if first_trigger(VERB_RULES, token.head) is not None else None
    return None
