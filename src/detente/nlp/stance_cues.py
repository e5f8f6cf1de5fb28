"""Stance a cue verb takes by itself ("questioned whether", "proposed", "said angrily"), whatever the
content's words; and the cue readings that leave the stance to the words (a denial, a ruling welcomed)."""

from __future__ import annotations

from spacy.tokens import Token

# Cue verbs that carry a stance of their own, whatever the content's words: questioning or dismissing
# what the other side says is a challenge; proposing, inviting or praising is an overture.
CUE_STANCE = {**dict.fromkeys({"question", "doubt", "dismiss", "deride", "mock", "ridicule", "denounce",
                               "slam", "criticize", "criticise", "condemn", "blast", "decry", "demand",
                               "accuse", "threaten", "scoff", "reject", "rebuff", "rebuke", "berate", "scold",
                               "chide", "lambaste", "castigate", "excoriate", "assail", "rail", "attack",
                               # laying fault on the other side ("blamed Kyiv for", "alleged that")
                               "blame", "allege", "complain", "protest",
                               # naming the other side by a label ("branded the vote a farce")
                               "brand"}, "hostile"),
              **dict.fromkeys({"propose", "invite", "praise", "hail", "commend", "thank", "welcome",
                               "applaud",
                               # a promise or assurance given ("pledged to", "assured Kyiv that")
                               "pledge", "assure", "reassure", "congratulate",
                               # owning a wrong done to the other side ("apologised that the crash ...")
                               "apologize", "apologise"}, "conciliatory")}
# How a thing was said, named by an adverb of manner on the cue ("said angrily", "warmly thanked").
MANNER_STANCE = {**dict.fromkeys({"angrily", "sharply", "bluntly", "furiously", "indignantly", "testily",
                                  "defiantly", "sternly", "harshly", "bitterly", "scathingly"}, "hostile"),
                 **dict.fromkeys({"warmly", "cordially", "graciously", "fondly", "glowingly",
                                  "approvingly"}, "conciliatory")}

def cue_stance(cue: Token | None) -> str | None:
    """The stance of a cue verb that takes sides by itself ("questioned whether", "proposed")."""
    if cue is None or cue.pos_ != "VERB" or denies_charge(cue) or _welcomes_ruling(cue):
        return None
    return _manner_stance(cue) or CUE_STANCE.get(cue.lemma_.lower()) or _rating_stance(cue) or \
        demand_to_stop(cue) or appeal_to_all(cue) or _addressed_warning(cue) or _elaborated_stance(cue)


def _addressed_warning(cue: Token) -> str | None:
    """"warned Seoul that ...", "warned against interference": a warning addressed to someone or against
    something holds out a cost; "warned that the talks could take years" only forecasts."""
    if cue.lemma_.lower() != "warn":
        return None
    addressed = any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "against") for c in cue.children)
    return "hostile" if addressed else None


def _manner_stance(cue: Token) -> str | None:
    """"said angrily", "warmly thanked": the manner of saying, named by an adverb on the cue, is the
    article's own judgment of the statement's stance."""
    return next((MANNER_STANCE[c.lower_] for c in cue.children
                 if c.dep_ == "advmod" and c.lower_ in MANNER_STANCE), None)


# What one is charged with: rejecting it is a denial, which takes a side only by its words ("rejected the
# charge" is neutral, "rejected the preposterous charge" hostile).
CHARGE_NOUNS = {"charge", "accusation", "allegation", "claim", "imputation", "suggestion", "report",
                "complaint", "criticism"}
DENIAL_CUES = {"reject", "dismiss", "rebuff", "deny"}


def denies_charge(cue: Token) -> bool:
    """"reject the charge", "dismissed the allegations", "the accusation was rejected": a denial, not a
    rebuff of the other side (convention 17)."""
    return cue.lemma_.lower() in DENIAL_CUES and any(
        c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in CHARGE_NOUNS for c in cue.children)


# What a court or tribunal hands down: welcoming it is no overture to the other party (convention 18).
RULING_NOUNS = {"ruling", "verdict", "judgment", "judgement",
                # a court's order or an arbitral award ("welcomed the order", "welcomed the award")
                "order", "award"}
WELCOME_CUES = {"welcome", "hail", "applaud", "praise"}


def _welcomes_ruling(cue: Token) -> bool:
    """"welcomed the ruling": a side's welcome of a third body's decision takes no side towards the other
    party by itself; its words decide."""
    return cue.lemma_.lower() in WELCOME_CUES and any(
        c.dep_ == "dobj" and c.lemma_.lower() in RULING_NOUNS for c in cue.children)


def _elaborated_stance(cue: Token) -> str | None:
    """"rejected the charge, calling it ...", "welcomed the deal, calling it ...": a participle that spells out
    what a stance-taking verb did takes that verb's stance."""
    head = cue.head
    if cue.dep_ != "advcl" or cue.tag_ != "VBG" or head.pos_ != "VERB" or head.i == cue.i or denies_charge(head) \
            or _welcomes_ruling(head):
        return None  # "rejected the charge, saying its trade is normal" spells out a denial, neutral by itself
    return CUE_STANCE.get(head.lemma_.lower())


REQUEST_CUES = {"urge", "call", "press", "ask", "appeal", "tell", "push", "implore", "demand"}
STOP_VERBS = {"stop", "cease", "halt", "end", "quit", "abandon", "withdraw", "refrain", "desist",
              # undoing what it did ("urged Berlin to reverse its decision")
              "reverse", "reconsider", "rescind", "revoke", "retract"}
# Phrasal verbs of stopping or giving up ("call off the drills", "pull out its troops", "back down").
STOP_PHRASES = {("call", "off"), ("give", "up"), ("pull", "out"), ("back", "down"), ("stand", "down"),
                ("pull", "back")}


def stop_verb(verb: Token) -> bool:
    """A verb of stopping, alone ("halt") or with its particle ("call off")."""
    if verb.lemma_.lower() in STOP_VERBS:
        return True
    return any(c.dep_ == "prt" and (verb.lemma_.lower(), c.lower_) in STOP_PHRASES for c in verb.children)


# Addressees that name every side at once ("urged all parties", "called on all sides").
ALL_SIDES = {"party", "parties", "side", "sides"}


def appeal_to_all(cue: Token) -> str | None:
    """"urged all parties to de-escalate", "urged the army and the militia to agree a truce": an appeal to
    every side, or to two addressees at once, comes from a third party and takes no side (convention 18)."""
    if cue.lemma_.lower() not in REQUEST_CUES or not _asks_an_act(cue):
        return None  # "told soldiers and guests that ...": words addressed, no act asked
    addressees = [c for c in cue.children if c.dep_ == "dobj"] + \
        [g for c in cue.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children if g.dep_ == "pobj"]
    for who in addressees:
        every = who.lemma_.lower() in ALL_SIDES and any(d.dep_ == "det" and d.lower_ == "all" for d in who.children)
        if every or any(c.dep_ == "conj" and c.pos_ in {"PROPN", "NOUN"} for c in who.children):
            return "neutral"
    return None


def _asks_an_act(cue: Token) -> bool:
    """"urged them to agree", "called on them to talk": the cue asks for an act by a to-infinitive."""
    verbs = [c for c in cue.children if c.dep_ in {"xcomp", "advcl", "ccomp"}]
    # (the parser may hang "to" on the cue as a preposition: "urged all parties to de-escalate")
    return any(any(g.dep_ == "aux" and g.lower_ == "to" for g in v.children) for v in verbs) or \
        any(c.dep_ == "prep" and c.lower_ == "to" and c.i > cue.i for c in cue.children)


def demand_to_stop(cue: Token) -> str | None:
    """"urged the United States to stop arming Taiwan": asking the other side to stop what it does is a
    complaint about it, a demand however politely it is cued."""
    if cue.lemma_.lower() not in REQUEST_CUES:
        return None
    asked = [c for c in cue.children if c.dep_ in {"xcomp", "advcl"} and stop_verb(c)
             and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)]
    return "hostile" if asked else None


RATING_VERBS = {"rate", "grade"}
TOP_MARKS, LOW_MARKS = 8, 3  # on the usual scale of ten


def _rating_stance(cue: Token) -> str | None:
    """"rated the talks a 10": a mark near the top of a scale of ten praises what it rates, one near the
    bottom disparages it; a middling mark takes no side."""
    if cue.lemma_.lower() not in RATING_VERBS:
        return None
    marks = [c for c in cue.children if c.dep_ in {"npadvmod", "oprd", "xcomp", "dobj"} and c.like_num]
    try:
        value = float(marks[0].text) if marks else None
    except ValueError:
        return None
    if value is None or value > 10:
        return None
    return "conciliatory" if value >= TOP_MARKS else "hostile" if value <= LOW_MARKS else None
