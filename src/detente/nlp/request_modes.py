"""What a request asks for (PLOVER REQUEST modes): to meet, to yield, for assistance, or a change of policy;
read from the asked verb ("return to talks", "hand back the rifles") or the asked thing ("called for a truce")."""

from __future__ import annotations

from spacy.tokens import Token


REQUEST_MODES = {"meet": "meet", "talk": "meet", "negotiate": "meet", "visit": "meet", "resume": "meet",
                 "release": "yield", "withdraw": "yield", "stop": "yield", "end": "yield", "halt": "yield",
                 "return": "yield", "leave": "yield", "cease": "yield", "surrender": "yield", "free": "yield",
                 "ease": "yield", "lift": "yield",  # PLOVER yield: "ending sanctions, easing curfews"
                 "help": "assist", "provide": "assist", "send": "assist", "support": "assist", "aid": "assist",
                 "supply": "assist", "fund": "assist"}


# What ending or stopping yields (PLOVER: ceasefires, ending sanctions, easing curfews and boycotts);
# ending anything else ("end its support for the rebels") is a change of policy.
HOSTILE_ACTS = {"war", "fighting", "fight", "attack", "strike", "offensive", "hostility", "violence", "bombing",
                "shelling", "fire", "firing", "blockade", "siege", "sanction", "curfew", "boycott", "occupation",
                "raid", "incursion", "operation", "campaign", "assault", "invasion", "killing", "aggression",
                "embargo", "restriction", "ban", "crackdown", "detention", "airstrike", "bombardment", "hostilities",
                "provocation", "harassment", "intimidation", "incursion"}
STOP_VERBS = {"end", "stop", "halt", "cease"}
SWAY_NOUNS = {"influence", "leverage", "sway", "clout", "weight", "pressure", "good offices"}


def _asked_mode(verb: Token) -> str | None:
    """The mode of one asked-for act: "hand back the rifles" yields, "end its collusion" changes policy."""
    if any(c.dep_ == "prt" and c.lower_ == "back" for c in verb.children):
        return "yield"  # "hand back", "give back", "send back": returning what was taken
    if _back_to_talks(verb):
        return "meet"  # "return to talks", "come back to the table": resuming talks, not giving anything back
    lemma = verb.lemma_.lower()
    if lemma in LEAVING_VERBS and any(c.lower_ == "out" and c.dep_ in {"prt", "prep", "advmod"} for c in verb.children):
        return "yield"  # "pull the ship out of the area": withdrawing
    if lemma in RESTART_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in TRADE_FLOWS for c in verb.children):
        return "yield"  # "restart imports of seafood": lifting one's own curb on an exchange
    if lemma in {"use", "exert", "wield", "leverage"} and \
            any(c.dep_ == "dobj" and c.lemma_.lower() in SWAY_NOUNS for c in verb.children):
        return "assist"  # "pressed Beijing to use its influence": help in bringing a third party round
    if lemma in STOP_VERBS:
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
        if objects and not any(_hostile_act(o) for o in objects):
            return "change"
        if any(not _hostile_doing(g) for g in _gerunds(verb)):
            return "change"  # "stop arming Taiwan", "stop selling it machine tools": a policy, not a hostility
    if lemma in LIFTING_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in CURBS for c in verb.children):
        return "yield"  # "scrap the ban", "suspend the tariffs": ending one's sanctions (PLOVER yield)
    return REQUEST_MODES.get(lemma)


# Verbs that end a measure; with a curb as object, asked, they ask to lift a sanction.
LIFTING_VERBS = {"scrap", "suspend", "remove", "drop", "rescind", "repeal", "cancel", "revoke", "withdraw",
                 "lift", "ease", "abolish", "end", "waive"}
CURBS = HOSTILE_ACTS | {"tariff", "tariffs", "duty", "duties", "levy", "curb", "control", "quota", "visa"}
# Doing these is hostile; stopping them yields ("stop attacking", "cease firing").
HOSTILE_DOINGS = {"attack", "strike", "fire", "shell", "bomb", "fight", "raid", "harass", "block", "blockade",
                  "kill", "shoot", "launch", "invade", "occupy", "detain", "threaten", "intimidate", "provoke"}


# Qualities that make an act named by a bland noun a hostile one: "its dangerous actions", "aggressive moves".
HOSTILE_QUALITIES = {"dangerous", "aggressive", "provocative", "hostile", "reckless", "coercive", "unsafe",
                     "destabilising", "destabilizing", "unprovoked", "illegal", "unlawful"}


def _hostile_act(noun: Token) -> bool:
    """A hostility by its noun ("the blockade") or by its quality ("its dangerous actions")."""
    return noun.lemma_.lower() in HOSTILE_ACTS or \
        any(c.dep_ == "amod" and c.lower_ in HOSTILE_QUALITIES for c in noun.children)


def _gerunds(verb: Token) -> list[Token]:
    """The -ing verbs a stopping verb governs: "stop arming Taiwan" -> arming."""
    return [c for c in verb.children if c.dep_ in {"xcomp", "dobj", "ccomp"} and c.tag_ == "VBG"]


def _hostile_doing(gerund: Token) -> bool:
    """Whether the stopped doing is a hostility ("attacking"), or imposes one ("imposing sanctions")."""
    return gerund.lemma_.lower() in HOSTILE_DOINGS or \
        any(c.dep_ == "dobj" and c.lemma_.lower() in CURBS for c in gerund.children)


# Verbs that, with "out", move forces or craft away ("pull out", "move its ships out"): asked, a withdrawal.
LEAVING_VERBS = {"pull", "move", "take", "get", "withdraw", "bring", "ship"}
# Restarting a flow of goods or travel that one side had cut is giving way on a curb (PLOVER yield).
RESTART_VERBS = {"resume", "restart", "reopen", "restore", "reinstate"}
TRADE_FLOWS = {"import", "imports", "export", "exports", "purchase", "purchases", "shipment", "shipments",
               "flight", "flights", "trade", "sale", "sales", "delivery", "deliveries"}
BACK_VERBS = {"return", "come", "go", "get"}  # going back to the table
TALK_PLACES = {"table", "negotiating table", "talks", "talk", "negotiation", "negotiations", "dialogue"}


def _back_to_talks(verb: Token) -> bool:
    """"return to talks", "come back to the negotiating table": going back to where talks are held."""
    if verb.lemma_.lower() not in BACK_VERBS:
        return False
    places = [o for p in (*verb.children, *(c for a in verb.children if a.lower_ == "back" for c in a.children))
              if p.dep_ == "prep" and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
    return any(o.lemma_.lower() in TALK_PLACES or o.lower_ in TALK_PLACES for o in places)


# What asking for a thing seeks, by the thing's noun (asking to do something is read from the verb).
ASKED_THINGS = {"ceasefire": "yield", "truce": "yield", "cease-fire": "yield", "withdrawal": "yield",
                "release": "yield", "return": "yield", "help": "assist", "aid": "assist", "assistance": "assist",
                "support": "assist", "talk": "meet", "talks": "meet", "meeting": "meet", "negotiation": "meet",
                "dialogue": "meet", "summit": "meet"}


def _asked_thing(things: list[Token]) -> str | None:
    """The mode of asking for a thing: a truce yields, help assists, talks meet; a plan or rule is a change."""
    for thing in things:
        return ASKED_THINGS.get(thing.lemma_.lower(), ASKED_THINGS.get(thing.lower_, "change"))
    return None


DURATION_NOUNS = {"month", "year", "week", "day", "decade", "hour"}


def stray_infinitives(token: Token) -> list[Token]:
    """The asked act where the parser hangs it off the request: "called on Beijing to stop ..." (advcl),
    "pressing Minsk for months to release ..." (a relative clause on the duration)."""
    def infinitive(v: Token) -> bool:
        return v.pos_ in {"VERB", "AUX"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)
    stray = [c for c in token.children if c.dep_ == "advcl" and infinitive(c)]
    spans = [o for p in token.children if p.dep_ == "prep" for o in p.children
             if o.dep_ == "pobj" and o.lemma_.lower() in DURATION_NOUNS]
    return stray + [c for o in spans for c in o.children if c.dep_ in {"relcl", "acl"} and infinitive(c)]
