"""Concessions and material help told by a verb with its object: curbs waived, assets unfrozen, amnesties
granted, envoys sent back (PLOVER CONCEDE); debts forgiven, hostages rescued, arms or money handed over
(PLOVER AID, by the manual's ambiguity notes)."""

from __future__ import annotations

from spacy.tokens import Token

from detente.events.ontology import Trigger

CURBS = ("requirement", "restriction", "rule", "fee", "visa", "quota", "ban", "embargo", "condition")
FROZEN = ("asset", "fund", "account", "reserve", "money", "deposit")
DEBTS = ("debt", "loan", "arrear")
CAPTIVES = ("hostage", "captive", "sailor", "crew", "abductee")


def _pairs() -> dict[tuple[str, str], Trigger]:
    """Verb and object lemmas that code together, added to the trigger table."""
    pairs: dict[tuple[str, str], Trigger] = {}
    for curb in CURBS:  # easing an administrative restriction is a concession (PLOVER CONCEDE)
        pairs[("waive", curb)] = Trigger("CONCEDE")
    for held in FROZEN:
        for verb in ("unfreeze", "unblock"):
            pairs[(verb, held)] = Trigger("CONCEDE")
    for held in ("asset", "reserve", "deposit"):  # "released funds" is as often money paid out as money unfrozen
        pairs[("release", held)] = Trigger("CONCEDE")
    for verb in ("grant", "declare", "announce", "offer", "extend"):
        pairs[(verb, "amnesty")] = Trigger("CONCEDE")  # amnesties and pardons are CONCEDE, releases RETREAT
        pairs[(verb, "pardon")] = Trigger("CONCEDE")
    for debt in DEBTS:  # debt forgiveness and loan cancellation are aid (PLOVER AID)
        for verb in ("forgive", "cancel", "write", "waive", "restructure", "reschedule"):
            pairs[(verb, debt)] = Trigger("AID")
    for captive in CAPTIVES:  # hostage rescues are aid to those rescued (PLOVER AID)
        pairs[("rescue", captive)] = Trigger("AID")
    for verb in ("grant", "give", "issue"):  # an exemption from a ban or a waiver eases a curb on the one exempted
        for relief in ("exemption", "waiver", "exception"):
            pairs[(verb, relief)] = Trigger("CONCEDE")
    pairs.update(_handed_arms())
    return pairs


AID_GOODS = ("aid", "assistance", "fund", "loan", "tranche", "grant", "equipment", "weapon", "arm",
             "ammunition", "supply", "vaccine")
# Weapons handed to another side are military aid; "send" or "fire" them is as often an attack and "transfer"
# them as often a move of one's own forces, so only verbs of giving take them.
ARMS = ("tank", "missile", "drone", "artillery", "howitzer", "shell", "rocket", "munition", "launcher",
        "interceptor", "fighter", "helicopter", "rifle", "armour", "armor")
HANDING_VERBS = ("supply", "donate", "furnish", "lend", "provide", "give")  # "hand back rifles" returns them


def _handed_arms() -> dict[tuple[str, str], Trigger]:
    """"transferred the aid to Kyiv", "disbursed the first tranche", "donated two tanks": help handed over (AID)."""
    pairs = {(verb, good): Trigger("AID") for verb in ("transfer", "disburse") for good in AID_GOODS}
    pairs.update({(verb, arm): Trigger("AID") for verb in HANDING_VERBS for arm in ARMS})
    return pairs


CONCESSION_PAIRS = _pairs()
ENVOYS = {"ambassador", "envoy", "diplomat", "commissioner", "chargé", "consul"}
RETURN_NOUNS = {"return", "reinstatement", "redeployment"}


def returned_envoy(token: Token) -> Trigger | None:
    """"returned its ambassador to Tehran", "the return of the envoys": sending back envoys once withdrawn undoes a
    diplomatic sanction (PLOVER CONCEDE); an envoy who returns home himself ("is returning to Paris") is no such act."""
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma in {"return", "reinstate", "restore"}:
        sent = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    elif token.pos_ == "VERB" and lemma == "send" and any(c.lower_ == "back" for c in token.children):
        sent = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    elif token.pos_ == "NOUN" and lemma in RETURN_NOUNS:
        sent = [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    else:
        return None
    return Trigger("CONCEDE") if any(t.lemma_.lower() in ENVOYS for s in sent for t in (s, *s.conjuncts)) else None


UNDOING_VERBS = {"revoke", "rescind", "repeal", "scrap", "overturn", "reverse", "annul"}
TIGHTENING_VERBS = {"tighten", "impose", "restrict", "expand", "widen", "toughen", "extend"}
CURB_NOUNS = {"curb", "restriction", "sanction", "ban", "embargo", "limit", "control"}


def undone_curb(token: Token) -> Trigger | None:
    """"will revoke a memorandum that tightened curbs on dealings with X": undoing a measure told as one that laid
    curbs eases them (PLOVER CONCEDE), not the ending of a tie (SANCTION)."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in UNDOING_VERBS:
        return None
    for obj in (c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}):
        for clause in (c for c in obj.children if c.dep_ == "relcl" and c.lemma_.lower() in TIGHTENING_VERBS):
            if any(o.dep_ == "dobj" and o.lemma_.lower() in CURB_NOUNS for o in clause.children):
                return Trigger("CONCEDE")
    return None


def accepted_proposals(token: Token) -> Trigger | None:
    """"accepted Armenia's proposals on the last two articles": taking up the other side's terms in a negotiation
    gives way to them (PLOVER CONCEDE, as accepting demands); a proposal "for" an act is that act's acceptance."""
    if token.pos_ != "VERB" or token.lemma_.lower() != "accept" or any(c.dep_ == "neg" for c in token.children):
        return None
    for obj in (c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() == "proposal"):
        owned = any(c.dep_ == "poss" for c in obj.children)
        for_act = any(c.dep_ in {"prep", "acl"} and c.lower_ in {"for", "to"} for c in obj.children)
        if owned and not for_act:
            return Trigger("CONCEDE")
    return None
