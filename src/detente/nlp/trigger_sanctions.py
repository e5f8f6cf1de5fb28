"""Triggers for sanction measures a verb and its object name together: closing a border or airspace,
cancelling or no longer issuing visas, putting a treaty in abeyance, halting exchanges, sending another
state's defence advisers away, restricting the movement of its trucks and goods, and raising duties.

PLOVER manual, SANCTION: "all reductions in existing, routine, or cooperative relations"; 'discontinue'
curtails or terminates diplomatic, commercial or material exchanges (international sanctions included),
'withdraw' takes oneself out of a group or organisation, 'expel' covers the expulsion of diplomats. Every
rule tests the token's lemma against a small set first (the GATE below), so other tokens cost one lookup.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.events.ontology import Trigger, first_trigger

DISCONTINUED = Trigger("SANCTION", "discontinue")
CLOSED_PASSAGE = Trigger("SANCTION", "discontinue", cameo="191")  # CAMEO 191: restrict movement
# Another state's mission closed on one's soil sends its diplomats away (records: 190, 248 code it 'expel').
CLOSED_MISSION = Trigger("SANCTION", "expel", cameo="161")
EXPELLED = Trigger("SANCTION", "expel", cameo="161")
WITHDRAWN = Trigger("SANCTION", "withdraw", cameo="161")

OBJECT_DEPS = {"dobj", "nsubjpass"}
RELATIVES = {"that", "which", "whom"}
OWN = {"its", "their", "our", "his", "her"}  # possessives that make the thing acted on the actor's own


def objects_of(verb: Token) -> list[Token]:
    """What a verb acts on: its object or passive subject and their conjuncts; for a relative clause with
    neither ("the contacts which Oslo froze"), the noun the clause describes."""
    found = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    if verb.dep_ == "relcl" and verb.head.pos_ == "NOUN" and all(o.lower_ in RELATIVES for o in found):
        found = [verb.head]
    return [t for o in found for t in (o, *o.conjuncts)]


# --- closing a border, crossing, airspace or port ---------------------------------------------------------

CLOSE_VERBS = {"close", "shut", "seal"}
PASSAGES = {"border", "frontier", "crossing", "crossings", "airspace", "embassy", "consulate"}
# Places closed for many reasons (storms, strikes): a passage only when closed to someone ("its ports to X").
CLOSED_TO = {"port", "ports", "seaport", "harbour", "harbor", "waters", "checkpoint"}
# Modifiers that make a post or route a border one ("the border post", "the land route").
PASSAGE_MODIFIERS = {"border", "frontier", "land", "crossing"}
PASSAGE_HEADS = {"post", "point", "route", "gate", "station"}
MISSIONS = {"embassy", "consulate"}


def is_passage(noun: Token) -> bool:
    """"its airspace", "the land crossing", "the border post", "its embassy" (a crossing may parse as a verb)."""
    if noun.lemma_.lower() in PASSAGES or noun.lower_ in PASSAGES:
        return True
    mods = {c.lower_ for c in noun.children if c.dep_ in {"compound", "amod"}}
    return noun.lemma_.lower() in PASSAGE_HEADS and bool(mods & PASSAGE_MODIFIERS)


# "kept the crossings closed": the verb that holds a passage in the closed state carries its object.
KEEPING = {"keep", "leave", "hold"}


def _closed_objects(token: Token) -> list[Token]:
    """What a closing verb acts on: its own objects, or those of the keeping verb it completes ("kept the
    border crossings closed until March", where the parser hangs the crossings on "kept")."""
    if token.dep_ in {"ccomp", "xcomp", "oprd", "acomp"} and token.head.lemma_.lower() in KEEPING \
            and token.head.i < token.i:
        return objects_of(token) + objects_of(token.head)
    held = token.head  # "kept the frontier sealed": the parser may make the participle describe the object
    if token.dep_ == "acl" and token.tag_ == "VBN" and held.dep_ == "dobj" and held.head.lemma_.lower() in KEEPING:
        return [held, *held.conjuncts]
    return objects_of(token)


def closed_passage(token: Token) -> Trigger | None:
    """"closed its airspace to X's carriers", "shut the road crossing", "sealed the border post", "kept the
    crossings closed": closing a passage between states, or keeping it closed, curtails exchanges (SANCTION
    'discontinue'; reopening is no sanction); closing one's own embassy withdraws its diplomats ('withdraw')."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in CLOSE_VERBS:
        return None
    if any(c.dep_ == "prt" and c.lower_ == "down" for c in token.children):
        return None  # "shut down the port": a coercive closure, told by its own phrase
    objects = _closed_objects(token)
    closed = [o for o in objects if is_passage(o)]
    if not closed and any(o.lemma_.lower() in CLOSED_TO for o in objects) and \
            any(c.dep_ in {"prep", "dative"} and c.lower_ == "to" for o in (token, *objects) for c in o.children):
        return CLOSED_PASSAGE
    if not closed:
        return None
    return _closing_of(closed)


def _closing_of(closed: list[Token]) -> Trigger:
    """What closing these passages codes: a diplomatic post cuts relations (one's own withdraws its diplomats,
    another's sends them away), any other passage cuts movement."""
    if all(o.lemma_.lower() in MISSIONS for o in closed):
        own = all(any(c.dep_ == "poss" and c.lower_ in OWN for c in o.children) for o in closed)
        return WITHDRAWN if own else CLOSED_MISSION
    return CLOSED_PASSAGE


CLOSURE_NOUNS = {"closure", "closing", "shutdown", "shutting"}


def closure_named(token: Token) -> Trigger | None:
    """"ordered the closure of Iran's consulates", "the closing of the border crossing": the closing told by its
    noun codes as the closing verb does."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in CLOSURE_NOUNS:
        return None
    closed = [o for o in _of_objects(token) if is_passage(o)]
    return _closing_of(closed) if closed else None


def _of_objects(noun: Token) -> list[Token]:
    """The objects of the noun's "of"; when the parser left "of" with none, the first noun after it in the
    phrase ("the closure of all three consulates general", where the parser hangs "consulates" elsewhere)."""
    found = []
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        objects = [g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
        if not objects:  # no noun object ("of all three Chinese" read as a noun phrase): the next noun
            objects = [t for t in noun.doc[prep.i + 1:prep.i + 6] if t.pos_ == "NOUN" or is_passage(t)][:1]
        found += [t for o in objects for t in (o, *o.conjuncts)]
    return found


# --- visas and permits ----------------------------------------------------------------------------------

VISA_NOUNS = {"visa", "visas"}
PERMITS = {"permit", "permits"}  # only permits to enter, work or stay ("building permits" are no sanction)
PERMIT_KINDS = {"entry", "work", "residence", "residency", "transit", "travel", "landing", "overflight"}
VISA_CUT_VERBS = {"cancel", "suspend", "revoke", "annul", "rescind", "void", "freeze", "cut", "reduce", "halve",
                  "curb", "restrict", "limit", "stop", "halt", "withdraw", "scrap"}
# "stopped issuing visas": the verb that ends the issuing, with the issuing verb as its complement.
ISSUE_VERBS = {"issue", "grant", "process", "deliver"}
QUANTITY_NOUNS = {"number", "quota", "amount", "share", "count"}


def _visa_objects(verb: Token) -> bool:
    """The verb acts on visas: "cancelled visas", "cut the number of visas", "stopped issuing visas"."""
    for obj in objects_of(verb):
        if obj.lemma_.lower() in VISA_NOUNS or obj.lower_ in VISA_NOUNS:
            return True
        if obj.lower_ in PERMITS and {c.lower_ for c in obj.children} & PERMIT_KINDS:
            return True
        if obj.lemma_.lower() in QUANTITY_NOUNS and any(
                g.lemma_.lower() in VISA_NOUNS for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children):
            return True
    issuing = [c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in ISSUE_VERBS]
    return any(_visa_objects(c) for c in issuing)


def cancelled_visas(token: Token) -> Trigger | None:
    """"revoked the transit visas of X's traders", "stopped granting visas", "reduced the number of
    visas issued": withholding entry from another state's people curtails exchanges (SANCTION 'discontinue')."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in VISA_CUT_VERBS:
        return None
    return DISCONTINUED if _visa_objects(token) else None


# --- treaties held in abeyance, suspended, left ---------------------------------------------------------

PACTS = {"treaty", "agreement", "accord", "pact", "convention", "memorandum", "protocol", "arrangement"}
SUSPEND_PACT_VERBS = {"suspend", "freeze"}
# Ending a pact outright reduces relations as suspending it does ("scrapped the accord", "tore up the treaty").
END_PACT_VERBS = {"scrap", "terminate", "annul", "abrogate", "revoke", "rescind", "nullify", "tear", "ditch"}
HOLD_VERBS = {"hold", "put", "place", "keep"}
# "in abeyance", "on hold", "on ice": the state a held treaty is put into.
IN_ABEYANCE = {("in", "abeyance"), ("on", "hold"), ("on", "ice")}
LEAVE_VERBS = {"withdraw", "exit", "quit", "leave"}
BODIES = {"alliance", "bloc", "organisation", "organization", "union", "grouping", "community"}  # not a council one resigns from


def _held_in_abeyance(verb: Token) -> bool:
    """"held the treaty in abeyance", "the accord was put on hold"."""
    return any(c.dep_ == "prep" and (c.lower_, g.lower_) in IN_ABEYANCE
               for c in verb.children for g in c.children if g.dep_ == "pobj")


def is_pact(noun: Token) -> bool:
    """A pact noun, by lemma or by a plural form the lemmatiser leaves ("treaties", "accords")."""
    return noun.lemma_.lower() in PACTS or noun.lower_ in {"treaties", "agreements", "accords", "pacts"}


def suspended_pact(token: Token) -> Trigger | None:
    """"held the water treaty in abeyance", "suspended the trade accord", "scrapped the pact", "withdrew from
    the pact": leaving or ending a treaty, or leaving a body, reduces relations (SANCTION 'discontinue';
    leaving a group is 'withdraw')."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma not in SUSPEND_PACT_VERBS | HOLD_VERBS | LEAVE_VERBS | END_PACT_VERBS:
        return None
    if lemma == "tear" and not any(c.dep_ in {"prt", "advmod"} and c.lower_ == "up" for c in token.children):
        return None  # "tore up" ends a pact; "tore" alone does not
    if lemma in LEAVE_VERBS:
        left = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children]
        left += objects_of(token) if lemma in {"quit", "exit", "leave"} else []
        if any(is_pact(g) or g.lemma_.lower() in BODIES or names_body(g) for g in left):
            return WITHDRAWN
        return None
    pacts = [o for o in objects_of(token) if is_pact(o)]
    if not pacts:
        return None
    if lemma in HOLD_VERBS and not _held_in_abeyance(token):
        return None
    return DISCONTINUED


KEEPING_TO = {"abide", "honour", "honor", "comply", "observe", "respect"}
KEPT_ANAPHORS = {"it", "any", "all"}  # "no longer abide by any of it": the pact told in the sentence before


def stopped_keeping_pact(token: Token) -> Trigger | None:
    """"declared it would no longer abide by the accord", "will no longer honour the treaty": ceasing to keep a
    pact ends one's part in it (SANCTION 'discontinue', as suspending it does)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in KEEPING_TO or not _no_longer(token):
        return None
    kept = objects_of(token) + [g for c in token.children if c.dep_ == "prep" and c.lower_ in {"by", "with"}
                                for g in c.children if g.dep_ == "pobj"]
    kept += [g for k in kept for c in k.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return DISCONTINUED if any(is_pact(k) or k.lower_ in KEPT_ANAPHORS for k in kept) else None


def _no_longer(verb: Token) -> bool:
    """"no longer", the parser's "no" as negation and "longer" as an adverb."""
    return any(c.lower_ == "longer" and c.dep_ == "advmod" for c in verb.children) and \
        any(t.lower_ == "no" for c in verb.children for t in c.subtree if c.dep_ in {"neg", "advmod"})


def names_body(noun: Token) -> bool:
    """"left ECOWAS", "quit the Economic Community of ...": the noun names an international body (actors ran
    first), so leaving it is leaving a group, whatever the body's own head word."""
    span = (noun.doc._.mention_at or {}).get(noun.i)
    return span is not None and span._.ref.sector == "IGO" and span._.ref.kind != "person"


# One's own part in a body: freezing or suspending it takes oneself out of the group ("frozen its participation
# in the alliance"), PLOVER SANCTION 'withdraw'; a body suspending a member's is 'expel' (suspended_member).
OWN_PARTS = {"participation", "membership", "involvement"}
OWN_PRONOUNS = {"its", "their", "our", "his", "her"}


def own_part_frozen(token: Token) -> Trigger | None:
    """"Armenia has frozen its participation in the bloc", "suspended their membership": a withdrawal."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in SUSPEND_PACT_VERBS:
        return None
    parts = [o for o in objects_of(token) if o.lemma_.lower() in OWN_PARTS]
    own = any(c.dep_ == "poss" and c.lower_ in OWN_PRONOUNS for o in parts for c in o.children)
    return WITHDRAWN if own else None


EXCLUDE_VERBS = {"suspend", "expel", "exclude", "bar", "eject", "oust", "remove"}
# A joint arms or research programme a partner state is put out of ("removed X from the F-35 programme").
PROGRAMMES = {"programme", "program", "project", "consortium"}
# What a member is put out of: a group's seat, its organs or its meetings ("suspended X from its bodies").
MEMBER_PLACES = BODIES | {"body", "membership", "organ", "institution", "council", "assembly", "summit", "meeting"}


def suspended_member(token: Token) -> Trigger | None:
    """"the union suspended Gabon from all its organs", "expelled X from the union": putting a member
    out of a group, for a time or for good, is PLOVER SANCTION 'expel' (the manual: "temporarily expel")."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in EXCLUDE_VERBS or not objects_of(token):
        return None
    out_of = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children]
    if any(g.lemma_.lower() in MEMBER_PLACES or names_body(g) for g in out_of):
        return EXPELLED
    states = any(o.ent_type_ == "GPE" for o in objects_of(token))  # "removed Turkey from the jet programme"
    return EXPELLED if states and any(g.lemma_.lower() in PROGRAMMES for g in out_of) else None


# --- halting exchanges ------------------------------------------------------------------------------------

HALT_VERBS = {"halt", "pause", "freeze", "suspend", "stop", "cut", "withhold", "sever"}
EXCHANGES = {"aid", "assistance", "sharing", "contact", "contacts", "trade", "cooperation", "exchange", "exchanges",
             "flight", "flights", "delivery", "deliveries", "shipment", "shipments", "supply", "supplies",
             "funding", "investment", "import", "imports", "export", "exports", "transfer", "transfers"}
ANAPHORS = {"both", "them"}
FIRE = {"fire", "gunfire", "shots", "blows", "artillery"}  # "stopped the exchange of fire" is a truce, not a sanction


def _names_exchanges_before(verb: Token) -> bool:
    """"Oslo had halted both": the pronoun stands for exchanges the sentence before names."""
    sent = verb.sent
    if sent.start == 0:
        return False
    before = verb.doc[sent.start - 1].sent
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in EXCHANGES for t in before)


def _of_fire(noun: Token) -> bool:
    return any(g.lower_ in FIRE for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children)


# --- movement of another state's vehicles or goods restricted ------------------------------------------------

RESTRICT_VERBS = {"restrict", "limit", "curb", "halt", "stop", "suspend", "block", "ban", "bar", "slow"}
MOVEMENT_NOUNS = {"movement", "traffic", "transit", "passage", "entry", "crossing"}
# Carriers of trade: restricting their movement across a border curtails commerce, not people's freedoms.
CARRIERS = {"truck", "trucks", "lorry", "lorries", "vehicle", "vehicles", "cargo", "freight", "goods", "haulier",
            "hauliers", "trucker", "truckers", "carrier", "carriers", "car", "cars", "bus", "buses", "shipment",
            "shipments", "train", "trains", "railcar", "wagon", "wagons", "tanker", "tankers", "container",
            "containers"}


def _is_carrier(noun: Token) -> bool:
    return noun.lemma_.lower() in CARRIERS or noun.lower_ in CARRIERS


def _moved_carriers(noun: Token) -> bool:
    """"the movement of X-registered trucks", "freight transit", "traffic for foreign lorries"."""
    if noun.lemma_.lower() not in MOVEMENT_NOUNS:
        return False
    if any(c.dep_ in {"compound", "amod"} and _is_carrier(c) for c in noun.children):
        return True
    return any(_is_carrier(g) for p in noun.children if p.dep_ == "prep" and p.lower_ in {"of", "for", "by"}
               for g in p.children if g.dep_ == "pobj")


def _foreign_carriers(noun: Token) -> bool:
    """"Lithuanian-registered trucks", "Polish lorries": carriers marked as another state's."""
    return _is_carrier(noun) and any(t.ent_type_ in {"NORP", "GPE"} for t in noun.subtree if t.i < noun.i)


def restricted_movement(token: Token) -> Trigger | None:
    """"restricted the movement of X-registered trucks", "halted freight transit", "barred Polish lorries":
    curbing the movement of another state's vehicles or goods curtails commercial exchanges (PLOVER SANCTION
    'discontinue'; COERCE 'restrict' stays for curbs on people's freedom of movement)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in RESTRICT_VERBS:
        return None
    objects = objects_of(token)
    if any(_moved_carriers(o) or _foreign_carriers(o) for o in objects):
        return CLOSED_PASSAGE
    return None


def halted_exchanges(token: Token) -> Trigger | None:
    """"paused military aid", "halted intelligence sharing", "the contacts which X froze", "had halted both"
    (the aid and sharing just named): curtailing material exchanges is SANCTION 'discontinue'."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in HALT_VERBS:
        return None
    objects = objects_of(token)
    # the head noun names what is halted: "paused export controls" lifts a restriction, halts no exports
    if any({o.lemma_.lower(), o.lower_} & EXCHANGES and not _of_fire(o) for o in objects):
        return DISCONTINUED
    # "had halted both in May": the parser may hang the pronoun on a time phrase after it
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    anaphor = any(o.lower_ in ANAPHORS for o in objects) or \
        (not objects and following is not None and following.lower_ in ANAPHORS)
    if anaphor and _names_exchanges_before(token):
        return DISCONTINUED
    return None


# --- expelling another state's defence advisers ----------------------------------------------------------

# Diplomats the envoy lexicon may miss: the plural a lemmatizer leaves, and service advisers and attachés
# posted to an embassy or high commission.
ATTACHES = {"attaché", "attachés", "attache", "attaches"}
ADVISERS = {"adviser", "advisers", "advisor", "advisors"}
SERVICE_WORDS = {"defence", "defense", "military", "naval", "air", "army"}
ORDER_VERBS = {"order", "give", "tell", "instruct", "direct"}
LEAVING = {"leave", "depart", "quit", "exit"}


def _is_posted_officer(noun: Token) -> bool:
    """"the military attachés", "X's naval advisers" (not a president's own advisers)."""
    if noun.lower_ in ATTACHES or noun.lemma_.lower() in ATTACHES:
        return True
    mods = {c.lower_ for c in noun.children if c.dep_ in {"compound", "amod"}}
    return (noun.lower_ in ADVISERS or noun.lemma_.lower() in ADVISERS) and bool(mods & SERVICE_WORDS)


def _told_to_go(verb: Token) -> bool:
    """"gave them five days to leave", "ordered them out": the order is to go away."""
    if any(c.lower_ == "out" and c.dep_ in {"prt", "prep", "advmod"} for c in verb.children):
        return True
    for t in verb.subtree:
        if t.pos_ == "VERB" and t.lemma_.lower() in LEAVING and t.i > verb.i:
            node = t.head  # the leaving verb hangs in the ordering verb's own clause
            while node.i != verb.i and node.pos_ not in {"VERB", "AUX"} and node.head.i != node.i:
                node = node.head
            if node.i == verb.i:
                return True
    return False


def expelled_officers(token: Token) -> Trigger | None:
    """"told X's air advisers to leave by Friday", "ordered the naval attaché out":
    sending another state's posted officers away is SANCTION 'expel'."""
    lemma = token.lemma_.lower()
    if token.pos_ != "VERB" or lemma not in ORDER_VERBS:
        return None
    officers = [o for o in objects_of(token) + [c for c in token.children if c.dep_ == "dative"] if _is_posted_officer(o)]
    if not officers or not _told_to_go(token):
        return None
    own = all(any(c.dep_ == "poss" and c.lower_ in OWN for c in o.children) for o in officers)
    return WITHDRAWN if own else EXPELLED  # "ordered its attachés out" calls one's own officers home


# --- duties raised ------------------------------------------------------------------------------------------

LEVY_VERBS = {"raise", "impose", "slap", "levy", "increase", "hike", "double", "triple", "introduce", "put", "place",
              "add"}  # "added duties on X's wine": a further levy
# Tariffs are event nouns of the lexicon already; a duty or levy is one only when laid on another's goods.
DUTIES = {"duty", "duties", "levy", "levies"}
DUTY_MODIFIERS = {"customs", "import", "export", "retaliatory", "punitive", "anti-dumping", "countervailing",
                  "dumping"}  # the parser splits "anti-dumping" into "anti", "-", "dumping"
# A trade-remedy deposit ("anti-dumping deposits") is a duty collected ahead of the final ruling.
DEPOSITS = {"deposit", "deposits"}


def _is_duty(noun: Token) -> bool:
    """"duties on X's goods", "customs duties" ("his duty to", "duties on tobacco" are no levy)."""
    modified = bool({c.lower_ for c in noun.children} & DUTY_MODIFIERS)
    if noun.lemma_.lower() in DEPOSITS or noun.lower_ in DEPOSITS:
        return modified  # a bank deposit is no levy
    if noun.lemma_.lower() not in DUTIES and noun.lower_ not in DUTIES:
        return False
    if modified:
        return True
    # "duties on American goods", "levies on imports from Brazil" (a duty on tobacco is a domestic tax)
    taxed = [t for h in (noun, noun.head) for p in h.children if p.dep_ == "prep" and p.lower_ in {"on", "against"}
             for t in p.subtree]
    return any(t.ent_type_ in {"NORP", "GPE"} or t.lemma_.lower() in {"import", "export"} for t in taxed)


def levied_duty(token: Token) -> Trigger | None:
    """"raised duties on X's rice to 40%", "imposed customs duties": taxing another state's goods curtails
    trade with it (SANCTION 'discontinue'), told on the noun as a tariff is (its "on" phrase names the target)."""
    if token.pos_ != "NOUN" or not _is_duty(token):
        return None
    node = token.head if token.dep_ == "conj" else token
    levied = node.dep_ in OBJECT_DEPS and node.head.lemma_.lower() in LEVY_VERBS
    return DISCONTINUED if levied else None


SIGNING = {"sign"}
# A ruler's own instrument: signing one is no agreement between parties; the measure it orders is the event.
ORDER_NOUNS = {"order", "decree", "proclamation", "directive", "ordinance"}


def signed_order(token: Token) -> bool | None:
    """"signed an (executive) order halting aid / imposing a tariff", "signed the tariff order": the order's
    measure (told by its own word) is the event, the signing no AGREE (False)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in SIGNING:
        return None
    orders = [c for c in token.children if c.dep_ in OBJECT_DEPS and c.lemma_.lower() in ORDER_NOUNS]
    from detente.nlp.triggers import trigger_for  # what the order carries is whatever the lexicon codes
    for order in orders:
        carried = [c for c in order.children if c.dep_ in {"acl", "relcl", "compound", "amod"}]
        carried += [g for c in carried for g in c.children if g.dep_ in OBJECT_DEPS]  # "imposing (a tariff)"
        if any(trigger_for(c) is not None for c in carried):
            return False
    return None


VERB_RULES = (closed_passage, cancelled_visas, suspended_pact, stopped_keeping_pact, own_part_frozen, suspended_member, halted_exchanges, expelled_officers,
              restricted_movement)
ACTED_ON = PACTS | EXCHANGES | VISA_NOUNS | PASSAGES | QUANTITY_NOUNS | MOVEMENT_NOUNS | CARRIERS | OWN_PARTS | {
    "treaties", "agreements", "accords", "pacts"}


def measure_object(token: Token) -> bool | None:
    """The object of a sanction verb ("paused military aid", "revoked the visas", "suspended the accord") is no
    event of its own (False): the verb and its object tell one measure."""
    if token.pos_ != "NOUN" or (token.lemma_.lower() not in ACTED_ON and token.lower_ not in ACTED_ON):
        return None
    node = token.head if token.dep_ == "conj" else token
    if node.dep_ in OBJECT_DEPS:
        verb = node.head
    elif node.dep_ == "pobj":
        verb = node.head.head
    else:
        return None
    if verb.pos_ != "VERB" or verb.i == token.i:
        return None
    return False if any(rule(verb) is not None for rule in VERB_RULES) else None


GATE = CLOSE_VERBS | CLOSURE_NOUNS | KEEPING_TO | VISA_CUT_VERBS | SUSPEND_PACT_VERBS | END_PACT_VERBS | HOLD_VERBS | LEAVE_VERBS | HALT_VERBS | \
    ORDER_VERBS | ACTED_ON | DUTIES | DEPOSITS | EXCLUDE_VERBS | SIGNING | RESTRICT_VERBS
RULES = (*VERB_RULES, closure_named, measure_object, levied_duty, signed_order)


def sanction_measure(token: Token) -> Trigger | bool | None:
    """The trigger a sanction-measure rule gives the token (first that speaks), or None."""
    if token.lemma_.lower() not in GATE and token.lower_ not in GATE:
        return None
    return first_trigger(RULES, token)
