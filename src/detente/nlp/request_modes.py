"""What a request asks for (PLOVER REQUEST modes): to meet, to yield, for assistance, or a change of policy;
read from the asked verb ("return to talks", "hand back the rifles") or the asked thing ("called for a truce")."""

from __future__ import annotations

from spacy.tokens import Token

from detente.nlp.asked_things import ASKED_THINGS, asked_thing, thing_mode
from detente.nlp.trigger_diplomacy import _is_weapon


REQUEST_MODES = {"meet": "meet", "talk": "meet", "negotiate": "meet", "visit": "meet", "resume": "meet",
                 "release": "yield", "withdraw": "yield", "stop": "yield", "end": "yield", "halt": "yield",
                 "return": "yield", "leave": "yield", "cease": "yield", "surrender": "yield", "free": "yield",
                 "ease": "yield", "lift": "yield",  # PLOVER yield: "ending sanctions, easing curfews"
                 "help": "assist", "provide": "assist", "send": "assist", "support": "assist", "aid": "assist",
                 "supply": "assist", "fund": "assist", "cooperate": "assist", "extradite": "assist",
                 "arrest": "assist", "disband": "yield", "demobilise": "yield", "demobilize": "yield"}


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
    if _back_to_talks(verb):
        return "meet"  # "return to talks", "come back to the table": resuming talks, not giving anything back
    if any(c.dep_ in {"prt", "advmod"} and c.lower_ == "back" for c in verb.children):
        return "yield"  # "hand back", "send back", "roll back the tariffs": returning what was taken
    return _judicial_or_relayed(verb) or _moving_mode(verb) or _measure_mode(verb) or _lexical_mode(verb)


def _judicial_or_relayed(verb: Token) -> str | None:
    """Asks the manual files under assist: a handover ("hand the suspect over"), a waived immunity, asking
    the target to press a third party ("urged Washington to demand ...", "to press for the release")."""
    lemma = verb.lemma_.lower()
    if lemma in HANDING_VERBS and any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children):
        return "assist"
    if any(c.dep_ == "dobj" and c.lemma_.lower() in JUDICIAL_OBJECTS for c in verb.children):
        return "assist"  # "waive the diplomats' immunity", "execute the warrant"
    if lemma in RELAYED_ASKS or lemma == "call" and any(c.dep_ == "prep" and c.lower_ in {"on", "for"} for c in verb.children):
        return "assist"  # using one's influence on a third party
    if lemma in LETTING_VERBS:
        return _let_mode(verb)
    if lemma in BUY_VERBS and any(c.dep_ == "dobj" and _is_weapon(c) for c in verb.children):
        return "assist"  # "let Turkey buy F-35 fighters": arms
    return None


def _moving_mode(verb: Token) -> str | None:
    """Withdrawing ("pull the ship out"), returning to a course ("return to its path": a change, unlike
    returning what was taken), using one's influence, joining talks or a body."""
    lemma = verb.lemma_.lower()
    if lemma in LEAVING_VERBS and any(c.lower_ == "out" and c.dep_ in {"prt", "prep", "advmod"} for c in verb.children):
        return "yield"  # "pull the ship out of the area": withdrawing
    if lemma == "return" and not any(c.dep_ == "dobj" for c in verb.children):
        return "change"  # "return to its Euro-Atlantic path": a course, nothing handed back
    if lemma in {"use", "exert", "wield", "leverage"} and \
            any(c.dep_ == "dobj" and c.lemma_.lower() in SWAY_NOUNS for c in verb.children):
        return "assist"  # "pressed Beijing to use its influence": help in bringing a third party round
    if lemma in JOINING_VERBS and (acts := [g for p in verb.children if p.dep_ == "prep" and p.lower_ == "in"
                                            for g in p.children if g.dep_ == "pcomp"]):
        return _asked_mode(acts[0]) or "change"  # "join France in recognising X": the act joined in
    if lemma in JOINING_VERBS:
        joined = [o for c in verb.children if c.dep_ in {"dobj", "prep"} for o in (c, *c.children) if o.pos_ == "NOUN"]
        return "meet" if any(thing_mode(o) == "meet" for o in joined) else "assist"  # talks, or membership
    return None


def _measure_mode(verb: Token) -> str | None:
    """Restarting a cut flow, stopping a hostility or a policy, lifting a curb."""
    lemma = verb.lemma_.lower()
    if lemma in RESTART_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in TRADE_FLOWS for c in verb.children):
        return "yield"  # "restart imports of seafood": lifting one's own curb on an exchange
    if lemma in STOP_VERBS:
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"]
        if objects and not any(_hostile_act(o) for o in objects):
            return "change"
        if any(not _hostile_doing(g) for g in _gerunds(verb)):
            return "change"  # "stop arming Taiwan", "stop selling it machine tools": a policy, not a hostility
    if lemma in LIFTING_VERBS and any(c.dep_ == "dobj" and c.lemma_.lower() in CURBS for c in verb.children):
        return "yield"  # "scrap the ban", "suspend the tariffs": ending one's sanctions (PLOVER yield)
    return None


def _lexical_mode(verb: Token) -> str | None:
    """The asked verb's own mode ("release", "negotiate"), else what its object names ("accept a truce",
    "hold talks")."""
    mode = REQUEST_MODES.get(verb.lemma_.lower())
    if mode:
        return mode
    return next((m for c in verb.children if c.dep_ == "dobj" and (m := ASKED_THINGS.get(c.lemma_.lower()))), None)


def _let_mode(verb: Token) -> str | None:
    """"let aid in", "allow aid to reach": letting aid through yields (the manual's easing of a blockade);
    letting the target do something else asks what that act asks ("let Turkey buy F-35s")."""
    let_in = [c for c in verb.children if c.dep_ in {"dobj", "nsubj"}]
    acts = [c for c in verb.children if c.dep_ in {"ccomp", "xcomp"} and c.pos_ in {"VERB", "AUX"}]
    let_in += [s for a in acts for s in a.children if s.dep_ in {"nsubj", "dobj"}]
    if any(ASKED_THINGS.get(t.lemma_.lower()) == "assist" and not _is_weapon(t) for t in let_in):
        return "yield"
    return next((m for a in acts if (m := _asked_mode(a))), None)


HANDING_VERBS = {"hand", "turn"}  # "hand X over": a handover (judicial cooperation, not a release)
JUDICIAL_OBJECTS = {"immunity", "warrant", "extradition", "handover"}
# Asked to ask: the target is to use its weight on a third party ("urged Washington to demand ...").
RELAYED_ASKS = {"ask", "urge", "press", "demand", "push", "pressure", "persuade", "convince", "lobby"}
LETTING_VERBS = {"let", "allow", "permit"}
BUY_VERBS = {"buy", "purchase", "acquire", "procure"}
JOINING_VERBS = {"join"}


# Verbs that end a measure; with a curb as object, asked, they ask to lift a sanction.
LIFTING_VERBS = {"scrap", "suspend", "remove", "drop", "rescind", "repeal", "cancel", "revoke", "withdraw",
                 "lift", "ease", "abolish", "end", "waive"}
CURBS = HOSTILE_ACTS | {"tariff", "tariffs", "duty", "duties", "levy", "curb", "control", "quota", "visa", "measure"}
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


_asked_thing = asked_thing  # the name triggers.py imports


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
