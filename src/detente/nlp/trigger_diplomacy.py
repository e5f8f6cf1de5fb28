"""Triggers for diplomatic acts: recalling one's envoys, sending another state's envoys away, declaring
someone persona non grata, summoning an envoy, and approving an arms sale.

PLOVER manual: SANCTION 'withdraw' is withdrawing one's non-military resources (diplomats) from a country,
SANCTION 'expel' covers the expulsion of ambassadors and similar diplomats (CAMEO 161 for both); summoning
an in-country ambassador to complain is ACCUSE 'disapprove', not CONSULT; a sale is mutual exchange
(COOPERATE; CAMEO 062 for arms). Every rule tests the token's lemma against a small set first.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from detente.events.ontology import Trigger, first_trigger
from detente.nlp.clauses import within_own_clause

# People whose withdrawal or expulsion reduces diplomatic relations.
DIPLOMATS = {"ambassador", "envoy", "diplomat", "chargé", "charge", "attaché", "attache", "consul", "emissary",
             "nuncio", "legate"}
# Officials withdrawn are resources withdrawn too; summoning one is no protest of its own (the lodged
# protest it goes with is), so summons count diplomats only.
ENVOYS = DIPLOMATS | {"official", "delegation", "delegate", "representative"}
DIPLOMATIC_ROLES = re.compile(r"ambassador|envoy|diplomat|high commissioner|consul|chargé|charge d", re.I)
STAFF = {"staff", "personnel", "team", "mission"}  # only with a diplomatic modifier ("embassy staff")
STAFF_MODIFIERS = {"diplomatic", "embassy", "consular"}

RECALL_VERBS = {"recall", "withdraw", "pull", "call", "bring", "order", "summon"}
HOMEWARD = {"home", "back"}
WITHDRAWN = Trigger("SANCTION", "withdraw", cameo="161")
EXPELLED = Trigger("SANCTION", "expel", cameo="161")


def is_envoy(token: Token, nouns: set[str] = ENVOYS) -> bool:
    """A diplomat or official noun ("its ambassador", "the high commissioner", "embassy staff") or a person
    the text names as a diplomat."""
    lemma = token.lemma_.lower()
    if lemma in nouns or token.lower_ in nouns:
        return True
    if lemma == "commissioner":  # "high commissioner", not a police commissioner
        before = token.doc[token.i - 1].lower_ if token.i else ""
        return before == "high" or any(c.lower_ == "high" for c in token.children)
    if lemma in STAFF:
        return any(c.lower_ in STAFF_MODIFIERS for c in token.children)
    if token.pos_ == "PROPN":
        span = (token.doc._.mention_at or {}).get(token.i)  # the actor mention, when actors ran first
        role = span._.ref.role if span is not None else None
        return bool(role and DIPLOMATIC_ROLES.search(role))
    return False


def _envoy_objects(verb: Token, nouns: set[str] = ENVOYS) -> list[Token]:
    """The diplomats a verb acts on: its object or passive subject, their conjuncts and appositions, and
    the group in "six of the other's diplomats"."""
    found = []
    for obj in (c for c in verb.children if c.dep_ in {"dobj", "nsubjpass", "dative"}):
        obj = _relative_antecedent(verb, obj)
        for t in [obj, *obj.conjuncts, *(c for c in obj.children if c.dep_ == "appos")]:
            found.append(t)
            found += [g for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
    return [t for t in found if is_envoy(t, nouns)]


def _relative_antecedent(verb: Token, obj: Token) -> Token:
    """"the ambassador, who was called home": a relative pronoun stands for the noun its clause modifies."""
    return verb.head if obj.tag_ in {"WP", "WDT"} and verb.dep_ == "relcl" else obj


def recalled_envoy(token: Token) -> Trigger | None:
    """"recalled its envoy", "called its ambassador home", "is pulling out its high commissioner":
    withdrawing one's own diplomats is SANCTION 'withdraw' (CAMEO 161), not a military retreat or a call."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma not in RECALL_VERBS:
        return None
    words = {c.lower_ for c in token.children if c.dep_ in {"advmod", "prt", "prep", "oprd", "npadvmod"}}
    if lemma == "pull" and not words & {"out", "back"}:
        return None
    if lemma in {"call", "bring", "order", "summon"} and not words & HOMEWARD:
        return None  # "summoned the ambassador" is a complaint; "summoned its ambassador home" a recall
    return WITHDRAWN if _envoy_objects(token) else None


CONSULTATION_NOUNS = {"consultation", "consultations", "meeting", "talk", "talks"}


def recall_for_consultations(token: Token) -> bool | None:
    """"recalled its envoy for consultations", "summoned the envoy to a meeting": the recall or the
    summons is the act (PLOVER: summoning an envoy is ACCUSE, not CONSULT); the noun is no event."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in CONSULTATION_NOUNS:
        return None
    if token.dep_ != "pobj" or token.head.lower_ not in {"for", "to"}:
        return None
    verb = token.head.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in RECALL_VERBS:
        return None
    if verb.lemma_.lower() == "summon" and _envoy_objects(verb, DIPLOMATS):
        return False
    return False if recalled_envoy(verb) is not None else None


ORDER_VERBS = {"order", "give", "tell", "instruct", "direct"}
LEAVE_VERBS = {"leave", "depart", "quit", "exit"}


def sent_envoys_away(token: Token) -> Trigger | None:
    """"ordered Peru's ambassador and two aides to leave", "gave four diplomats until Sunday to
    leave the country": telling another state's diplomats to go expels them (SANCTION 'expel', CAMEO 161)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in ORDER_VERBS:
        return None
    if not (_envoy_objects(token) or _included_envoys(token)):
        return None
    leaving = any(t.pos_ == "VERB" and t.lemma_.lower() in LEAVE_VERBS and within_own_clause(t, token)
                  for t in token.subtree)
    return EXPELLED if leaving or _ordered_out(token) else None


def _included_envoys(verb: Token) -> list[Token]:
    """Diplomats among the people sent away: "ordered six nationals to leave, including the acting consul"."""
    return [t for p in verb.children if p.dep_ == "prep" and p.lower_ in {"including", "among"}
            for o in p.children if o.dep_ == "pobj" for t in [o, *o.conjuncts] if is_envoy(t)]


def _ordered_out(verb: Token) -> bool:
    """"ordered 12 officials out of the country": the order sends them out, with no verb of leaving."""
    return any(c.lower_ == "out" and c.dep_ in {"prep", "prt", "advmod"} and
               any(g.lower_ == "of" for g in c.children) for c in verb.children)


EXPEL_VERBS = {"expel", "eject", "kick", "throw", "oust"}
ACT_NOUNS = {"expulsion": EXPELLED, "recall": WITHDRAWN, "withdrawal": WITHDRAWN, "pullout": WITHDRAWN}


def expelled_envoys(token: Token) -> Trigger | None:
    """"expelled six of its diplomats", "the expulsion of two envoys", "the recall of its ambassador":
    acts on diplomats are CAMEO 161 (reduce diplomatic relations), whatever the verb's usual code."""
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma in EXPEL_VERBS:
        if lemma in {"kick", "throw"} and not any(c.dep_ == "prt" and c.lower_ == "out" for c in token.children):
            return None
        return EXPELLED if _envoy_objects(token) else None
    if token.pos_ == "NOUN" and lemma in ACT_NOUNS:
        of = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
        if any(is_envoy(t) for g in of for t in (g, *g.conjuncts)):
            return ACT_NOUNS[lemma]
    return None


def recalled_in_protest(token: Token) -> bool | None:
    """"withdrew its ambassador in protest", "expelled two envoys in protest": "in protest" tells why the
    diplomatic act was done; it is no demonstration of its own."""
    if token.pos_ != "NOUN" or token.lemma_.lower() != "protest" or token.dep_ != "pobj" or token.head.lower_ != "in":
        return None
    verb = token.head.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in RECALL_VERBS | EXPEL_VERBS | ORDER_VERBS:
        return None
    acts = (recalled_envoy, sent_envoys_away, expelled_envoys, summoned_envoy)
    return False if any(act(verb) is not None for act in acts) else None


DECLARING_VERBS = {"declare", "tell", "inform", "deem", "pronounce"}


def _is_png(token: Token) -> bool:
    """The "persona" of "persona non grata" (or "personae non gratae")."""
    doc = token.doc
    return token.lower_ in {"persona", "personae"} and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "non"


def _declared_png(verb: Token) -> bool:
    """"declared the envoy persona non grata", "told him that X would be persona non grata": the verb that
    declares the ban, with the phrase in its object or complement (however the parser hangs the Latin)."""
    return any(_is_png(t) for c in verb.children if c.dep_ in {"ccomp", "oprd", "xcomp", "dobj", "attr"}
               for t in c.subtree)


def persona_non_grata(token: Token) -> Trigger | bool | None:
    """"declared the envoy persona non grata": a ban on the person, coded as PLOVER codes the expulsion of
    diplomats (SANCTION 'expel', CAMEO 161), on the declaring verb (its subject declares, its object is told);
    the phrase itself is then no second event."""
    if token.pos_ == "VERB" and token.lemma_.lower() in DECLARING_VERBS:
        return EXPELLED if _declared_png(token) else None
    if token.lower_ not in {"persona", "personae"} or not _is_png(token):
        return None
    verb = next((a for a in token.ancestors if a.pos_ == "VERB"), None)
    declared = verb is not None and verb.lemma_.lower() in DECLARING_VERBS and _declared_png(verb)
    return False if declared else EXPELLED


SUMMONING_PLACES = {"ministry", "office", "department", "foreign"}  # "summoned to the (foreign) ministry"
SUMMONED = Trigger("ACCUSE", "disapprove")


def summoned_envoy(token: Token) -> Trigger | None:
    """"X summoned the ambassador", "Y was summoned to the ministry", "called in the envoy": summoning an
    envoy to complain is PLOVER ACCUSE 'disapprove' (manual: not CONSULT)."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma not in {"summon", "call"}:
        return None
    if lemma == "call":  # "called in the ambassador" (the parser hangs "in" as a preposition)
        called_in = [g for c in token.children if c.dep_ in {"prt", "prep"} and c.lower_ == "in"
                     for g in (c.children if c.dep_ == "prep" else ())]
        in_envoy = any(is_envoy(g, DIPLOMATS) for g in called_in)
        prt_in = any(c.dep_ == "prt" and c.lower_ == "in" for c in token.children)
        return SUMMONED if in_envoy or (prt_in and _envoy_objects(token, DIPLOMATS)) else None
    if _envoy_objects(token, DIPLOMATS):
        return SUMMONED
    places = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children]
    return SUMMONED if any(p.lemma_.lower() in SUMMONING_PLACES for p in places) else None


WEAPONS = {"arm", "arms", "weapon", "weaponry", "jet", "fighter", "warplane", "aircraft", "missile", "tank",
           "drone", "helicopter", "munition", "ammunition", "frigate", "submarine", "warship", "howitzer",
           "artillery", "rocket", "launcher", "interceptor", "bomber", "corvette", "destroyer", "rifle"}
MODEL_NAME = re.compile(r"^[A-Z]{1,3}-\d{1,3}[A-Z]?s?$")  # "F-16s", "S-400", "MQ-9"
SALE_NOUNS = {"sale", "transfer", "export", "purchase", "delivery", "deal"}
APPROVE_VERBS = {"approve", "clear", "authorize", "authorise", "greenlight", "okay"}
BUY_VERBS = {"buy", "purchase", "acquire", "procure"}
ARMS_SALE = Trigger("COOPERATE", cameo="062")


def _is_weapon(token: Token) -> bool:
    """"F-16 fighter jets", "arms", "40 new F-16s", "Patriot missiles"."""
    return token.lemma_.lower() in WEAPONS or token.lower_ in WEAPONS or bool(MODEL_NAME.match(token.text))


def _arms_sale(noun: Token) -> bool:
    """"the sale of F-16 jets", "an arms sale", "the F-35 deal"."""
    if noun.lemma_.lower() not in SALE_NOUNS:
        return False
    sold = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    sold += [c for c in noun.children if c.dep_ in {"compound", "nmod", "amod", "nummod"}]
    return any(_is_weapon(t) for t in sold)


def arms_sale(token: Token) -> Trigger | bool | None:
    """"approved the sale of tanks to X", "cleared Greece to buy F-35s", "sold tanks to X": selling
    arms is mutual exchange (PLOVER COOPERATE; CAMEO 062); the approved sale noun is no event of its own."""
    lemma = token.lemma_.lower()
    if token.pos_ == "NOUN" and lemma in SALE_NOUNS:
        approved = token.dep_ == "dobj" and token.head.lemma_.lower() in APPROVE_VERBS
        return False if approved and _arms_sale(token) else None
    if token.pos_ != "VERB" or lemma not in APPROVE_VERBS | {"sell"}:
        return None
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    if lemma == "sell":
        return ARMS_SALE if any(_is_weapon(o) for o in objects) else None
    if any(_arms_sale(o) for o in objects):
        return ARMS_SALE
    bought = [g for c in token.children if c.dep_ == "xcomp" and c.lemma_.lower() in BUY_VERBS
              for g in c.children if g.dep_ == "dobj"]
    return ARMS_SALE if objects and any(_is_weapon(g) for g in bought) else None


HALTING_VERBS = {"suspend", "halt", "cease", "stop"}
MISSIONS = {"embassy", "consulate", "mission", "legation"}


def suspended_mission(token: Token) -> Trigger | None:
    """"suspended operations at its embassy in Tehran", "halted the embassy's work": a mission that stops
    working withdraws one's diplomats from that country (PLOVER SANCTION 'withdraw', CAMEO 161)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in HALTING_VERBS:
        return None
    for obj in (c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}):
        if obj.lemma_.lower() not in {"operation", "work", "activity", "service"}:
            continue
        owners = [c for c in obj.children if c.dep_ in {"compound", "poss"}] + \
            [g for c in [*obj.children, *token.children] if c.dep_ == "prep" and c.lower_ in {"at", "of", "in"}
             for g in c.children]
        if any(o.lemma_.lower() in MISSIONS for o in owners):
            return WITHDRAWN
    return None


# Every lemma a rule here starts from: one set test keeps the rules off all other tokens.
GATE = (RECALL_VERBS | ORDER_VERBS | EXPEL_VERBS | set(ACT_NOUNS) | DECLARING_VERBS | CONSULTATION_NOUNS | SALE_NOUNS
        | APPROVE_VERBS | HALTING_VERBS | {"summon", "call", "protest", "sell", "persona", "personae"})
RULES = (recalled_envoy, sent_envoys_away, expelled_envoys, persona_non_grata, summoned_envoy,
         recall_for_consultations, recalled_in_protest, arms_sale, suspended_mission)


def diplomatic_act(token: Token) -> Trigger | bool | None:
    """The trigger a diplomatic-act rule gives the token (first that speaks), or None."""
    if token.lemma_.lower() not in GATE and token.lower_ not in {"persona", "personae"}:
        return None
    return first_trigger(RULES, token)
