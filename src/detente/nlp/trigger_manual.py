"""News wordings of PLOVER modes the single-word lexicon misses, taken from the manual type by type.

COERCE 'seize' ("took control of the plant", "searched the offices of"), COERCE 'arrest' ("took X into custody"),
RETREAT 'release' ("let the sailors go"), AID ("paid compensation to", "paid Namibia 1.1 billion euros": the
manual puts reparations and voluntary settlements under AID), REJECT ("barred the envoy from entering": the manual
codes barring entry as REJECT, expelling as COERCE; "blocked the sanctions package": a veto, not an obstruction
of passage), REQUEST ("the court ordered X to ..."), SANCTION ("curbs on Chinese diplomats": a reduction of
relations with a state, not domestic repression; "pulled out of the alliance": SANCTION 'withdraw'), ACCUSE
("protested to Belarus": a diplomatic protest, not a street one) and THREATEN ("vowed revenge").
Each rule starts from a small lemma set, so most tokens cost one lookup.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.events.ontology import Trigger, first_trigger
from detente.nlp.syntax import direct_objects, prep_objects
from detente.nlp.trigger_sanctions import BODIES, WITHDRAWN, is_pact, names_body

PARTY_ENTS = {"GPE", "NORP", "ORG"}


# --- COERCE 'seize' and 'arrest' -------------------------------------------------------------------------------
CONTROL_VERBS = {"take", "assume", "gain", "wrest"}
# Places, sites and craft whose control is taken by force (not "control of the situation" or "of the team").
SITES = {"plant", "airport", "airfield", "port", "harbour", "harbor", "city", "town", "village", "territory", "island",
         "base", "border", "crossing", "checkpoint", "facility", "field", "oilfield", "mine", "pipeline", "station",
         "region", "area", "province", "district", "building", "strait", "refinery", "dam", "bridge", "highway",
         "reactor", "ship", "vessel", "tanker", "embassy", "consulate", "compound", "headquarters", "outpost",
         "garrison", "enclave", "corridor", "terminal", "canal", "waterway", "reef", "shoal", "platform", "rig"}


def took_control(token: Token) -> Trigger | None:
    """"took control of the plant", "took the activist into custody": seizure and arrest told by light verbs."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in CONTROL_VERBS:
        return None
    if token.lemma_.lower() == "take" and any(o.lemma_.lower() == "custody" for o in prep_objects(token, {"into"})):
        return Trigger("COERCE", "arrest")
    controls = [o for o in direct_objects(token) if o.lemma_.lower() == "control"]
    held = [g for c in controls for g in prep_objects(c, {"of", "over"})] + \
        (prep_objects(token, {"of", "over"}) if controls else [])
    if any(g.lemma_.lower() in SITES or g.ent_type_ in {"GPE", "FAC", "LOC"} for g in held):
        return Trigger("COERCE", "seize")
    return None


PREMISES = {"office", "home", "house", "headquarters", "premises", "residence", "ship", "vessel", "tanker", "boat",
            "embassy", "consulate", "compound", "apartment", "aircraft", "plane", "bureau", "newsroom", "studio"}


def searched_premises(token: Token) -> Trigger | None:
    """"police searched the offices of the broadcaster": a search of premises (COERCE 'seize': execute search)."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "search":
        return None
    return Trigger("COERCE", "seize") if any(o.lemma_.lower() in PREMISES for o in direct_objects(token)) else None


# --- RETREAT 'withdraw' and 'release' ------------------------------------------------------------------------------------------
# What is wound down that is a force on the ground (not "a standoff" or "a war", whose end is told otherwise).
FORCE_NOUNS = {"troop", "force", "presence", "mission", "operation", "deployment", "contingent", "base", "garrison",
               "soldier", "footprint"}


def wound_down(token: Token) -> Trigger | None:
    """"began to wind down its military presence in Syria": forces drawn down (RETREAT 'withdraw')."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in {"wind", "draw", "scale"}:
        return None
    if not any(c.lower_ == "down" and c.dep_ in {"prt", "advmod", "prep"} for c in token.children):
        return None
    return Trigger("RETREAT", "withdraw") if any(o.lemma_.lower() in FORCE_NOUNS for o in direct_objects(token)) else None


HELD_PEOPLE = {"prisoner", "captive", "detainee", "hostage", "sailor", "crew", "soldier", "journalist", "activist",
               "national", "citizen", "fisherman", "tourist", "worker", "pilot", "student", "man", "woman"}


def let_go(token: Token) -> Trigger | None:
    """"Iran let the sailors go": captives allowed to leave are released (RETREAT 'release')."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "let":
        return None
    for clause in (c for c in token.children if c.dep_ in {"ccomp", "xcomp"} and c.lemma_.lower() == "go"):
        who = [c for c in clause.children if c.dep_ == "nsubj"] + direct_objects(token)
        if any(w.lemma_.lower() in HELD_PEOPLE or w.ent_type_ == "PERSON" for w in who):
            return Trigger("RETREAT", "release", cameo="0841")
    return None


# --- AID: amends paid --------------------------------------------------------------------------------------------
AMENDS = {"compensation", "reparation", "reparations", "indemnity", "restitution"}
MONEY_WORDS = {"million", "billion", "dollar", "euro", "pound", "yen", "yuan", "franc", "rupee", "$", "€"}


def paid_amends(token: Token) -> Trigger | None:
    """"paid compensation to the victims", "paid Namibia 1.1 billion euros": money given to another party with
    nothing bought (AID; a purchase is paid "for" something and is left out)."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "pay" or prep_objects(token, {"for"}):
        return None
    objects = direct_objects(token)
    if any(o.lemma_.lower() in AMENDS for o in objects):
        return Trigger("AID", cameo="071")
    paid_to = [c for c in token.children if c.dep_ == "dative"] + prep_objects(token, {"to"})
    money = any(o.ent_type_ == "MONEY" or o.lemma_.lower() in MONEY_WORDS for o in objects)
    if money and any(p.ent_type_ in PARTY_ENTS for p in paid_to):
        return Trigger("AID", cameo="071")
    return None


# --- REJECT: entry barred, decisions blocked ---------------------------------------------------------------------
BAR_VERBS = {"bar", "ban", "prohibit", "forbid"}
ENTERING = {"enter", "entry", "visit", "land", "travel", "attend"}


def barred_entry(token: Token) -> Trigger | None:
    """"barred the rapporteur from entering the country": refusing a party entry is REJECT (manual), where
    expelling it is COERCE."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in BAR_VERBS:
        return None
    holders = [token] + direct_objects(token)  # the parser may hang "from entering" on the one barred
    froms = [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "from"]
    if any(g.lemma_.lower() in ENTERING for f in froms for g in f.children if g.dep_ in {"pcomp", "pobj"}):
        return Trigger("REJECT")
    return None


# What a party blocks in a body by its vote: a veto (REJECT), not an obstruction of passage (PROTEST).
DECISIONS = {"package", "resolution", "bill", "proposal", "statement", "declaration", "sanction", "deal", "bid",
             "accession", "membership", "decision", "motion", "plan", "nomination", "candidacy", "appointment",
             "extension", "text", "communique", "consensus", "draft", "vote", "application", "expansion"}


def blocked_decision(token: Token) -> Trigger | None:
    """"Hungary blocked the EU sanctions package", "vetoed the resolution": a refusal by vote (REJECT)."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "block":
        return None
    return Trigger("REJECT") if any(o.lemma_.lower() in DECISIONS for o in direct_objects(token)) else None


# --- REQUEST: a court's order --------------------------------------------------------------------------------------
COURTS = {"court", "tribunal", "judge", "icj", "itlos", "arbitrator", "panel"}
ORDERED_ACTS = {"release", "withdrawal", "return", "halt", "suspension", "payment", "compensation", "reparation",
                "cessation", "end", "removal", "repatriation", "reopening", "restoration", "evacuation"}


def court_order(token: Token) -> Trigger | None:
    """"the court ordered Israel to prevent ...", "the tribunal ordered the release of ...": an order is a demand
    (PLOVER REQUEST: all requests, demands and orders); a government's orders to its own forces are left out."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "order":
        return None
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if not any(s.lemma_.lower() in COURTS or (s.ent_type_ == "ORG" and s.lower_ in COURTS) for s in subjects):
        return None
    ordered = direct_objects(token)  # a party told to act, or the act ordered ("ordered the release of the crew")
    if any(o.ent_type_ in PARTY_ENTS or o.lemma_.lower() in ORDERED_ACTS for o in ordered):
        return Trigger("REQUEST")
    return None  # "ordered the two men to leave the court": a courtroom order to people, no party's act


# --- SANCTION: curbs on another state's people, bodies left -----------------------------------------------------
CURB_NOUNS = {"restriction", "curb", "limit", "limitation"}
# Who or what of another state curbs fall on: its envoys, people, firms and exchanges (not its trade goods, told
# by trigger_trade_curbs).
FOREIGN_TARGETS = {"diplomat", "embassy", "envoy", "ambassador", "tourism", "tourist", "visa", "firm", "company",
                   "flight", "airline", "journalist", "national", "citizen", "student", "official", "media",
                   "broadcaster", "movement", "investment", "investor", "carrier", "vessel", "ship"}
IMPOSING = {"impose", "place", "put", "slap", "introduce", "announce", "tighten", "widen", "extend", "expand"}


def _foreign(noun: Token) -> bool:
    """A noun marked as another state's ("Chinese diplomats", "Russia's airlines", "the movement of US envoys")."""
    marks = [c for c in noun.children if c.dep_ in {"amod", "compound", "poss", "nmod"}] + prep_objects(noun, {"of"})
    return any(m.ent_type_ in {"GPE", "NORP"} or _foreign(m) for m in marks if m.lemma_.lower() in FOREIGN_TARGETS) or \
        any(m.ent_type_ in {"GPE", "NORP"} for m in marks)


def _curbs_on_foreign(noun: Token) -> bool:
    targets = prep_objects(noun, {"on", "against"})
    return noun.lemma_.lower() in CURB_NOUNS and \
        any(t.lemma_.lower() in FOREIGN_TARGETS and _foreign(t) for t in targets)


def curbs_on_foreigners(token: Token) -> Trigger | bool | None:
    """"imposed curbs on Chinese diplomats", "travel restrictions on US envoys": reducing relations with a
    state (SANCTION 'discontinue'), where curbs on one's own people are repression (COERCE 'restrict')."""
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma in IMPOSING:
        return Trigger("SANCTION", "discontinue") if any(_curbs_on_foreign(o) for o in direct_objects(token)) else None
    if token.pos_ == "VERB" and lemma == "restrict":
        moved = [o for o in direct_objects(token) if o.lemma_.lower() == "movement"]
        return Trigger("SANCTION", "discontinue") if any(_foreign(m) for m in moved) else None
    if token.pos_ == "NOUN" and lemma in CURB_NOUNS and _curbs_on_foreign(token):
        # told by its imposing verb when it has one
        return False if token.dep_ in {"dobj", "nsubjpass"} and token.head.lemma_.lower() in IMPOSING else \
            Trigger("SANCTION", "discontinue")
    return None


# Joint undertakings one leaves as one leaves a pact (trigger_sanctions.PACTS holds the formal texts).
JOINT_SCHEMES = {"deal", "initiative", "scheme", "mechanism", "framework", "coalition", "partnership"}


def _left_group(nouns: list[Token]) -> bool:
    return any(is_pact(g) or g.lemma_.lower() in BODIES | JOINT_SCHEMES or names_body(g) for g in nouns)


def pulled_out_of_body(token: Token) -> Trigger | None:
    """"pulled out of the alliance", "withdrew from the grain deal": leaving a group or a joint scheme
    (SANCTION 'withdraw'), not forces pulled back from ground."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in {"pull", "drop", "opt", "walk", "withdraw", "wind", "draw", "scale"}:
        return None
    if token.lemma_.lower() == "withdraw":
        return WITHDRAWN if _left_group(prep_objects(token, {"from"})) and not direct_objects(token) else None
    outs = [c for c in token.children if c.lower_ == "out" and c.dep_ in {"prt", "prep", "advmod"}]
    left = [g for o in outs for g in prep_objects(o, {"of"})] + (prep_objects(token, {"of"}) if outs else [])
    return WITHDRAWN if _left_group(left) else None


# --- ACCUSE and THREATEN said in words -----------------------------------------------------------------------------
def protested_to(token: Token) -> Trigger | None:
    """"Poland protested to Belarus over the incident": a protest addressed to a government is diplomatic
    (PLOVER ACCUSE 'disapprove'), not a crowd's (PROTEST)."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "protest":
        return None
    addressed = prep_objects(token, {"to"})
    return Trigger("ACCUSE", "disapprove") if any(a.ent_type_ in PARTY_ENTS for a in addressed) else None


VOWS = {"vow", "promise", "swear", "pledge", "threaten"}
REVENGE = {"revenge", "retaliation", "reprisal", "retribution", "vengeance", "reprisals"}


def vowed_revenge(token: Token) -> Trigger | None:
    """"Iran vowed revenge against Israel", "promised retaliation": a vow of reprisal is a threat."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in VOWS:
        return None
    return Trigger("THREATEN", cameo="130") if any(o.lemma_.lower() in REVENGE for o in direct_objects(token)) else None


RULES = (took_control, searched_premises, wound_down, let_go, paid_amends, barred_entry, blocked_decision, court_order,
         curbs_on_foreigners, pulled_out_of_body, protested_to, vowed_revenge)
VERB_LEMMAS = CONTROL_VERBS | BAR_VERBS | IMPOSING | VOWS | {"search", "let", "pay", "block", "order", "restrict",
                                                              "pull", "drop", "opt", "walk", "protest",
                                                              "withdraw", "wind", "draw", "scale"}


def manual_wording(token: Token) -> Trigger | bool | None:
    """The first of this module's rules that speaks of the token (False: no event), or None."""
    if token.lemma_.lower() not in VERB_LEMMAS | CURB_NOUNS:
        return None
    return first_trigger(RULES, token)
